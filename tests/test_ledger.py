"""The output folder is the user's: the workflow writes, replaces and removes only files
its ledger says it wrote; a folder holding other files stops the run before any job."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from posegen import ledger
from posegen.skeleton import JOINT_NAMES
from tests.config_helpers import example_plan
from tests.conftest import EXAMPLE, snakemake

FAST = ["preset=test", "image_width=240", "image_height=240", "dpi=50"]


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under folder with the SHA-1 of its bytes."""
    return {
        str(p.relative_to(folder)): hashlib.sha1(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def old_tool_folder(folder: Path, names) -> None:
    """A dataset made by the old batch script: <name>.png/.json/.npy, JSON with the same fields."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(0)
    for name in names:
        joints = rng.normal(size=(22, 3)).astype(np.float32)
        np.save(folder / f"{name}.npy", joints)
        record = {"caption": name.replace("_", " "), "frame_index": 0, "num_joints": 22,
                  "joints": joints.tolist(), "joint_names": list(JOINT_NAMES)}
        (folder / f"{name}.json").write_text(json.dumps(record))
        (folder / f"{name}.png").write_bytes(b"\x89PNG\r\n\x1a\n" + name.encode() * 20)


# As the workflow names them too ("A person waving" -> waving): a new pose can take an old name.
OLD = ["waving", "sitting", "someone_bowing", "arching_back_slowly"]


def prompts_file(folder: Path, lines) -> Path:
    path = folder / "prompts.md"
    path.write_text("".join(f"- {line}\n" for line in lines), encoding="utf-8")
    return path


# -- unit ------------------------------------------------------------------------


def test_ledger_records_before_writing_and_forgets_removed_files(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    ledger.record(out, "job", [out / "a.npy", out / "a.json", out / "clips" / "a.bvh"])
    assert ledger.owned(out) == {"a.npy", "a.json", "clips/a.bvh"}
    (out / "a.npy").write_bytes(b"x")
    (out / "mine.txt").write_text("the user's")
    (out / ".a.npy.x1y2.tmp").write_bytes(b"half")
    assert ledger.foreign(out) == ["mine.txt"]
    assert ledger.is_partial_of(".a.npy.x1y2.tmp", ledger.partial_prefixes(ledger.owned(out)))
    assert not ledger.is_partial_of(".mine.txt.x1y2.tmp", ledger.partial_prefixes(ledger.owned(out)))
    ledger.forget(out, {"a.npy", "a.json", "clips/a.bvh"})
    assert ledger.owned(out) == set() and not list(ledger.ledger_dir(out).glob("*.json"))


def test_adopted_files_are_owned_but_not_written(tmp_path):
    out = tmp_path / "out"
    old_tool_folder(out, OLD[:1])
    assert ledger.adopt(out, ledger.foreign(out)) == 3
    assert ledger.foreign(out) == []
    assert ledger.owned(out, adopted=False) == set() and len(ledger.owned(out)) == 3


@pytest.mark.parametrize("key", ["temp_dir", "report_dir"])
def test_scratch_folders_with_other_files_are_refused(tmp_path, key):
    folder = tmp_path / "scratch"
    folder.mkdir()
    ledger.check_scratch_folder(key, folder)  # empty: fine
    (folder / "thesis.tex").write_text("mine")
    with pytest.raises(ledger.ForeignFilesError, match=f"{key}: .* holds 1 file"):
        ledger.check_scratch_folder(key, folder)
    ledger.mark_scratch_folder(tmp_path / "ours")
    (tmp_path / "ours" / "cache").mkdir()
    ledger.check_scratch_folder(key, tmp_path / "ours")  # marked: the workflow's own


# -- the workflow on folders it did not write ------------------------------------



@pytest.mark.slow
@pytest.mark.parametrize("where", ["output_dir", "temp_dir", "report_dir"])
def test_a_folder_of_someone_elses_files_stops_the_run_and_stays_byte_identical(tmp_path, where):
    workdir = tmp_path / "work"
    folder = workdir / "theirs"
    old_tool_folder(folder, OLD)
    (folder / "notes.txt").write_text("my notes")
    before = snapshot(folder)
    result = snakemake(workdir, "--config", f"prompts={EXAMPLE}", *FAST, f"{where}=theirs", check=False)
    output = result.stdout + result.stderr
    assert result.returncode != 0 and "Traceback" not in output
    error = next(line for line in output.splitlines() if line.startswith("Error"))
    assert f"{where}: theirs" in error and "13 file(s)" in error and "did not write" in error
    if where == "output_dir":
        assert "adopt_existing: true" in error
    assert snapshot(folder) == before
    assert not (workdir / "results").exists() or where != "output_dir"


@pytest.mark.slow
def test_adopted_files_are_replaced_only_by_poses_of_their_name_and_never_removed(tmp_path):
    workdir = tmp_path / "work"
    out = workdir / "results" / "SinglePose"
    old_tool_folder(out, OLD)
    (out / "notes.txt").write_text("my notes")
    before = snapshot(out)
    prompts = prompts_file(tmp_path, ["A person waving", "A person kneeling", "Someone squatting"])
    snakemake(workdir, "--config", f"prompts={prompts}", *FAST, "adopt_existing=true")
    after = snapshot(out)
    untouched = {k: v for k, v in before.items() if not k.startswith("waving.")}
    assert all(after[k] == v for k, v in untouched.items())  # 9 pose files and the notes
    assert after["waving.npy"] != before["waving.npy"]  # replaced by the new pose of that name
    report = json.loads((workdir / "results" / "SinglePose_report" / "verify.json").read_text())
    assert report["ok"] and report["counts"]["kept_files"] == 10
    # A prompt edit later: the adopted files still stay; only the workflow's own go.
    prompts = prompts_file(tmp_path, ["A person kneeling", "Someone squatting"])
    snakemake(workdir, "--config", f"prompts={prompts}", *FAST)
    final = snapshot(out)
    assert all(final[k] == v for k, v in untouched.items())
    assert not (out / "waving.npy").exists()  # the workflow's own pose of a removed prompt
    log = (workdir / "logs" / "merge.log").read_text()
    assert "file(s) of poses no longer in the prompts: waving" in log


@pytest.mark.slow
def test_a_users_file_dropped_into_a_finished_dataset_stops_the_next_run(tmp_path, finished_run):
    workdir = tmp_path / "copy"
    shutil.copytree(finished_run, workdir, symlinks=True)
    out = workdir / "results" / "SinglePose"
    (out / "favourites.txt").write_text("arching_back, bowing_deeply")
    before = snapshot(out)
    result = snakemake(workdir, "--config", "preset=test", f"prompts={EXAMPLE}", check=False)
    assert result.returncode != 0 and "favourites.txt" in result.stdout + result.stderr
    assert snapshot(out) == before


@pytest.mark.slow
def test_keep_removed_poses_keeps_the_files_of_prompts_that_are_gone(tmp_path):
    workdir = tmp_path / "work"
    workdir.mkdir()
    out = workdir / "results" / "SinglePose"
    prompts = prompts_file(tmp_path, ["A person waving", "A person kneeling"])
    snakemake(workdir, "--config", f"prompts={prompts}", *FAST)
    waving = snapshot(out)["waving.npy"]
    prompts = prompts_file(tmp_path, ["A person kneeling"])
    snakemake(workdir, "--config", f"prompts={prompts}", *FAST, "keep_removed_poses=true")
    assert snapshot(out)["waving.npy"] == waving
    report = json.loads((workdir / "results" / "SinglePose_report" / "verify.json").read_text())
    assert report["ok"] and report["counts"]["kept_files"] == 3


@pytest.mark.slow
def test_a_second_run_on_the_same_output_folder_is_refused_naming_the_first(tmp_path, finished_run):
    import fcntl

    workdir = tmp_path / "copy"
    shutil.copytree(finished_run, workdir, symlinks=True)
    out = workdir / "results" / "SinglePose"
    before = snapshot(out)
    lock = out / ".posegen" / "run.lock"
    lock.parent.mkdir(parents=True, exist_ok=True)
    with open(lock, "a+") as held:  # another checkout's run, working on this folder now
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        held.seek(0)
        held.truncate()
        held.write("pid 4242 on gpu-node-7, working directory /elsewhere, since 2026-01-01 10:00:00\n")
        held.flush()
        result = snakemake(workdir, "--config", "preset=test", f"prompts={EXAMPLE}", "dpi=100", check=False)
        assert result.returncode != 0
        assert "is being written by another run (pid 4242 on gpu-node-7" in result.stdout + result.stderr
        after = snapshot(out)
        assert {k: v for k, v in after.items() if k != ".posegen/run.lock"} == {
            k: v for k, v in before.items() if k != ".posegen/run.lock"
        }
    # Once the other run has finished, the change goes through.
    snakemake(workdir, "--config", "preset=test", f"prompts={EXAMPLE}", "dpi=100")


@pytest.mark.slow
def test_a_shard_file_of_other_rows_under_this_runs_name_is_never_used(tmp_path, finished_run):
    workdir = tmp_path / "copy"
    shutil.copytree(finished_run, workdir, symlinks=True)
    out = workdir / "results" / "SinglePose"
    plan = example_plan(workdir)
    poses = {
        k: v for k, v in snapshot(out).items()
        if k.endswith((".npy", ".png", ".json")) and k != "poses.npy" and not k.startswith(".")
    }
    # Another shard's poses under s000's name (a copy gone wrong, another checkout).
    shutil.copy(plan.generated_path("s001"), plan.generated_path("s000"))
    for record in (out / ".posegen" / "done").glob("render_s000_*.json"):
        record.unlink()  # so that s000's batches are written again from its shard file
    result = snakemake(workdir, "--config", "preset=test", f"prompts={EXAMPLE}")
    shard_file = Path(plan.generated_path("s000"))
    assert f"generated/{shard_file.name}: damaged, or not generated for this run's" in result.stdout + result.stderr
    after = snapshot(out)
    assert all(after[k] == v for k, v in poses.items())  # the same poses, byte for byte
    report = json.loads((workdir / "results" / "SinglePose_report" / "verify.json").read_text())
    assert report["ok"] and report["expected_poses"] == 28


@pytest.mark.slow
def test_a_shard_file_and_a_cache_entry_cut_short_are_rebuilt_not_trusted(tmp_path, finished_run):
    workdir = tmp_path / "copy"
    shutil.copytree(finished_run, workdir, symlinks=True)
    out = workdir / "results" / "SinglePose"
    temp = workdir / "results" / "SinglePose_temp"
    poses = {k: v for k, v in snapshot(out).items() if k.endswith((".npy", ".png")) and k != "poses.npy"}
    plan = example_plan(workdir)
    shard = Path(plan.generated_path("s001"))
    shard.write_bytes(shard.read_bytes()[:1000])
    cache_entry = sorted((temp / "cache").glob("*/*.npz"))[0]
    cache_entry.write_bytes(cache_entry.read_bytes()[:500])
    # A pose file of the shard is gone too, so that its batch needs the shard file.
    (out / f"{plan.batches[('s001', 'b00')][0]}.npy").unlink()
    result = snakemake(workdir, "--config", "preset=test", f"prompts={EXAMPLE}")
    assert f"generated/{shard.name}: damaged, or not generated for this run's" in result.stdout + result.stderr
    after = snapshot(out)
    assert all(after[k] == v for k, v in poses.items())  # the same poses, byte for byte
    assert "from cache" in (workdir / plan.generate_log("s001")).read_text()
    report = json.loads((workdir / "results" / "SinglePose_report" / "verify.json").read_text())
    assert report["ok"]
