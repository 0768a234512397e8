"""End to end: damaged pose files are repaired by a rerun (exactly those files, no
generation), and settings changed after Snakemake's metadata is gone still rerun."""

import json
import os
import shutil

import pytest

from tests.conftest import EXAMPLE, planned_batches, planned_jobs, snakemake

pytestmark = pytest.mark.slow
CONFIG = ("--config", "preset=test", f"prompts={EXAMPLE}")


def output_dir(workdir):
    return workdir / "results" / "SinglePose"


def contents(out):
    return {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}


def mtimes(out):
    return {p.name: p.stat().st_mtime_ns for p in out.iterdir() if p.is_file()}


def verify_report(workdir):
    return json.loads((workdir / "results" / "SinglePose_report" / "verify.json").read_text())


def edit_caption(path):
    record = json.loads(path.read_text())
    record["caption"] = "edited by hand"
    path.write_text(json.dumps(record))


def cut_short(path):
    path.write_bytes(path.read_bytes()[:100])


def empty(path):
    path.write_bytes(b"")


@pytest.mark.parametrize(
    "victim, damage",
    [("json", edit_caption), ("png", cut_short), ("npy", empty)],
    ids=["edited-json", "truncated-png", "emptied-npy"],
)
def test_a_damaged_pose_file_is_rewritten_exactly_by_a_rerun(tmp_path, finished_run, victim, damage):
    workdir = tmp_path / "copy"
    shutil.copytree(finished_run, workdir, symlinks=True)
    out = output_dir(workdir)
    before, times = contents(out), mtimes(out)
    path = out / f"bowing_deeply.{victim}"
    damage(path)
    jobs = planned_jobs(workdir)
    assert jobs.get("render") == 1 and "generate" not in jobs and "split" not in jobs
    snakemake(workdir, *CONFIG)
    after = contents(out)
    assert after[path.name] == before[path.name]  # the same bytes as the job first wrote
    # Only the damaged file (and merge's dataset files) were written again.
    rewritten = {name for name, t in mtimes(out).items() if times.get(name) != t}
    assert rewritten == {path.name, "manifest.csv", "curated.csv", "poses.npy", "dataset.parquet"}
    assert verify_report(workdir)["ok"]
    again = snakemake(workdir, *CONFIG)
    assert "Nothing to be done" in again.stdout + again.stderr


def test_a_file_altered_keeping_its_size_and_time_is_found_by_verify_and_repaired_next(tmp_path, finished_run):
    workdir = tmp_path / "copy"
    shutil.copytree(finished_run, workdir, symlinks=True)
    out = output_dir(workdir)
    path = out / "waving_with_the_right_hand.png"
    original, stat = path.read_bytes(), path.stat()
    data = bytearray(original)
    data[-20] ^= 0xFF
    path.write_bytes(bytes(data))
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert planned_jobs(workdir) == {}  # a stat cannot tell
    result = snakemake(workdir, "--forcerun", "verify", *CONFIG, check=False)
    text = result.stdout + result.stderr
    assert result.returncode != 0 and path.name in text and "rerun the same command" in text
    # The next run repairs that batch only, from the shard file: nothing is generated.
    assert len(planned_batches(workdir, *CONFIG)) == 1
    assert "generate" not in planned_jobs(workdir)
    snakemake(workdir, *CONFIG)
    assert path.read_bytes() == original and verify_report(workdir)["ok"]


def test_changed_settings_rerun_after_snakemake_metadata_is_gone(tmp_path, finished_run):
    workdir = tmp_path / "copy"
    shutil.copytree(finished_run, workdir, symlinks=True)
    shutil.rmtree(workdir / ".snakemake")
    assert planned_jobs(workdir) == {}  # nothing changed: nothing to do, even without the metadata
    jobs = planned_jobs(workdir, "variation=0", "seed=7")
    assert jobs.get("generate") == 3 and jobs.get("render") == 5
    snakemake(workdir, *CONFIG, "variation=0", "seed=7")
    records = [json.loads(p.read_text()) for p in output_dir(workdir).glob("*.json") if p.name not in ("manifest.json",)]
    settings = [r["settings"] for r in records if "settings" in r]
    assert settings and all(s["variation"] == 0 for s in settings)
    assert verify_report(workdir)["ok"]
    # Back to the first settings: the same poses as the first run, byte for byte.
    shutil.rmtree(workdir / ".snakemake")
    snakemake(workdir, *CONFIG)
    first = {k: v for k, v in contents(output_dir(finished_run)).items() if k.endswith(".npy")}
    assert {k: v for k, v in contents(output_dir(workdir)).items() if k.endswith(".npy")} == first
