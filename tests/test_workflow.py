"""End-to-end runs of the workflow with the test preset, each in its own temporary folder."""

import json
import os
import re
import shutil
import signal
import subprocess
import time

import numpy as np
import pandas as pd
import pytest
from PIL import Image

from tests.conftest import EXAMPLE, REPO, dry_run_jobs, planned_batches, planned_jobs, snakemake, snakemake_command

pytestmark = pytest.mark.slow


def output_dir(workdir):
    return workdir / "results" / "SinglePose"


def test_test_preset_produces_a_verified_dataset(finished_run):
    out = output_dir(finished_run)
    manifest = pd.read_csv(out / "manifest.csv", keep_default_na=False)
    n = len(manifest)
    assert n == 28  # every prompt of the example, duplicates included
    names = set(manifest["name"])
    assert len(names) == n
    expected = {f"{name}.{ext}" for name in names for ext in ("npy", "json", "png")}
    expected |= {"manifest.csv", "curated.csv", "poses.npy", "dataset.parquet", ".posegen"}  # .posegen: the ledger
    assert {p.name for p in out.iterdir()} == expected
    poses = np.load(out / "poses.npy")
    assert poses.shape == (n, 22, 3) and poses.dtype == np.float32
    for i, name in enumerate(manifest["name"]):
        assert np.array_equal(poses[i], np.load(out / f"{name}.npy"))
    report = json.loads((finished_run / "results" / "SinglePose_report" / "verify.json").read_text())
    assert report["ok"] and report["counts"]["png"] == n and report["unmatched_count"] == 0
    assert report["counts"]["parquet_rows"] == n
    packed = pd.read_parquet(out / "dataset.parquet")
    assert list(packed["name"]) == list(manifest["name"])
    assert np.array_equal(np.stack(packed["joints"].to_numpy()).reshape(n, 22, 3), poses)
    record = json.loads((out / "arching_back_2.json").read_text())
    assert record["caption"] == "a person arching back" and record["backend"]["backend"] == "builtin"
    assert {"sequence_length", "time_steps", "cfg", "frame_index", "variation"} <= record["settings"].keys()


def test_rerun_with_nothing_changed_does_nothing(finished_run):
    result = snakemake(finished_run, "--config", "preset=test", f"prompts={EXAMPLE}")
    assert "Nothing to be done" in result.stdout + result.stderr


def test_deleting_the_temp_dir_after_a_run_causes_no_work(tmp_path, finished_run):
    workdir = tmp_path / "copy"
    shutil.copytree(finished_run, workdir, symlinks=True)
    shutil.rmtree(workdir / "results" / "SinglePose_temp")
    assert planned_jobs(workdir) == {}


def mtimes(out):
    return {p.name: p.stat().st_mtime_ns for p in out.iterdir() if not p.name.startswith(".")}


def test_deleting_one_png_reruns_only_its_render_batch(tmp_path, finished_run):
    workdir = tmp_path / "copy"
    shutil.copytree(finished_run, workdir, symlinks=True)
    out = output_dir(workdir)
    victim = "waving_with_the_right_hand.png"
    (out / victim).unlink()
    jobs = planned_jobs(workdir)
    assert jobs.get("render") == 1 and "generate" not in jobs and "split" not in jobs
    before = mtimes(out)
    snakemake(workdir, "--config", "preset=test", f"prompts={EXAMPLE}")
    after = mtimes(out)
    assert (out / victim).exists()
    # Exactly the missing file is written again; merge rewrites the dataset files.
    changed = {name for name in after if before.get(name) != after[name]}
    assert changed == {victim, "manifest.csv", "curated.csv", "poses.npy", "dataset.parquet"}


def test_deleting_one_npy_regenerates_nothing(tmp_path, finished_run):
    workdir = tmp_path / "copy"
    shutil.copytree(finished_run, workdir, symlinks=True)
    out = output_dir(workdir)
    original = (out / "bowing_deeply.npy").read_bytes()
    (out / "bowing_deeply.npy").unlink()
    jobs = planned_jobs(workdir)
    assert "generate" not in jobs and jobs.get("render") == 1
    snakemake(workdir, "--config", "preset=test", f"prompts={EXAMPLE}")
    assert (out / "bowing_deeply.npy").read_bytes() == original


def test_deleting_npy_and_scratch_regenerates_one_shard_only(tmp_path, finished_run):
    workdir = tmp_path / "copy"
    shutil.copytree(finished_run, workdir, symlinks=True)
    shutil.rmtree(workdir / "results" / "SinglePose_temp")
    (output_dir(workdir) / "bowing_deeply.npy").unlink()
    jobs = planned_jobs(workdir)
    assert jobs.get("generate") == 1


def test_render_settings_rerender_without_regenerating_and_generation_settings_regenerate(finished_run):
    render_change = planned_jobs(finished_run, "dpi=100")
    assert "generate" not in render_change
    # 28 prompts in shards of 12 (12, 12, 4), batches of 8: 2 + 2 + 1 render jobs
    assert render_change.get("render") == 5
    generation_change = planned_jobs(finished_run, "variation=0.5")
    assert generation_change.get("generate") == 3  # every shard
    assert generation_change.get("render") == 5  # and every picture
    assert {"merge", "verify"} <= generation_change.keys()


def test_same_prompts_and_seed_give_identical_npys_whatever_the_sharding(tmp_path, finished_run):
    workdir = tmp_path / "other"
    workdir.mkdir()
    snakemake(workdir, "--config", "preset=test", f"prompts={EXAMPLE}", "shard_size=5", "batch_size=3", "poses_per_job=2")
    a, b = output_dir(finished_run), output_dir(workdir)
    npys = sorted(p.name for p in a.glob("*.npy"))
    assert npys == sorted(p.name for p in b.glob("*.npy"))
    for name in npys:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def test_an_emptied_pose_file_is_repaired_and_a_stray_file_stops_the_run(tmp_path, finished_run):
    workdir = tmp_path / "copy"
    shutil.copytree(finished_run, workdir, symlinks=True)
    out = output_dir(workdir)
    original = (out / "arching_back.npy").read_bytes()
    (out / "arching_back.npy").write_bytes(b"")  # what a power cut could once leave
    snakemake(workdir, "--config", "preset=test", f"prompts={EXAMPLE}")
    assert (out / "arching_back.npy").read_bytes() == original
    # A file the workflow did not write stops the run before any job, naming it.
    (out / "stray.txt").write_text("not part of the dataset")
    result = snakemake(workdir, "--config", "preset=test", f"prompts={EXAMPLE}", check=False)
    assert result.returncode != 0 and "did not write (stray.txt)" in result.stdout + result.stderr


def test_bad_prompt_file_is_one_clear_error(tmp_path):
    prompts = tmp_path / "bad.md"
    prompts.write_bytes(b"- A person waving\n- caf\xe9\n")
    result = snakemake(tmp_path, "--dry-run", "--config", f"prompts={prompts}", check=False)
    assert result.returncode != 0
    assert f"{prompts}:2: not valid UTF-8" in result.stdout + result.stderr
    assert not (tmp_path / "results").exists()


def test_10k_plan_has_a_few_hundred_jobs(tmp_path, shared_prompts):
    result = snakemake(tmp_path, "--dry-run", "--config", f"prompts={shared_prompts}")
    total = int(re.search(r"^total\s+(\d+)$", result.stdout, re.M).group(1))
    assert total <= 300
    assert "generate" in result.stdout


@pytest.mark.parametrize("target", ["job", "snakemake"])
def test_killing_a_generate_job_half_way_loses_no_finished_batch(tmp_path, target):
    prompts = tmp_path / "prompts.txt"
    prompts.write_text("\n".join(f"A person raising the arms, variant {i}" for i in range(40)) + "\n")
    call_log = tmp_path / "calls.txt"
    config = [
        "--config", f"prompts={prompts}", "preset=test", "shard_size=40", "batch_size=4",
        "backend=tests.plugins.slow_backend:make", f"backend_options={{call_log: {call_log}, seconds_per_batch: 0.4}}",
    ]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    process = subprocess.Popen(
        snakemake_command(tmp_path, *config), cwd=tmp_path, env=env,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )
    cache = tmp_path / "results" / "SinglePose_temp" / "cache"
    deadline = time.monotonic() + 120
    while len(list(cache.glob("*/*.npz"))) < 3:
        assert process.poll() is None and time.monotonic() < deadline, "generation did not start"
        time.sleep(0.05)
    if target == "job":
        jobs = _job_pids("generate.py", tmp_path)
        assert jobs
        for pid in jobs:
            os.kill(pid, signal.SIGKILL)  # the generation job only: Snakemake sees it die
    else:
        os.killpg(process.pid, signal.SIGKILL)  # Snakemake and its jobs at once
    process.wait()
    first = call_log.read_text().splitlines()
    finished = len(list(cache.glob("*/*.npz")))  # batches of 4 in the cache when the kill landed
    # A batch the backend returned but whose cache file had not landed is not finished: it may be redone.
    assert 12 <= 4 * finished <= len(first) <= 4 * finished + 4 and len(first) < 40
    assert not list((tmp_path / "results" / "SinglePose_temp" / "generated").glob("s000_*.npz"))

    if target == "snakemake":
        snakemake(tmp_path, "--unlock", *config, env=env)  # a killed Snakemake leaves its lock behind
    snakemake(tmp_path, *config, env=env)
    second = call_log.read_text().splitlines()[len(first):]
    assert len(list(cache.glob("*/*.npz"))) == 10  # every batch cached exactly once
    assert len(second) == 40 - 4 * finished  # no finished batch generated again
    assert set(first + second) == {f"A person raising the arms, variant {i}" for i in range(40)}
    assert json.loads((tmp_path / "results" / "SinglePose_report" / "verify.json").read_text())["ok"]


def test_failed_captions_are_reported_then_retried_alone(tmp_path):
    prompts = tmp_path / "prompts.txt"
    lines = [f"A person raising the left arm, take {i}" for i in range(10)]
    lines[4] = "A person with a bad pose"
    prompts.write_text("\n".join(lines) + "\n")
    flag = tmp_path / "fail_now"
    flag.touch()
    config = [
        "--config", f"prompts={prompts}", "preset=test", "shard_size=5", "poses_per_job=5",
        "backend=tests.plugins.flaky_backend:make", f"backend_options={{fail_flag: {flag}}}",
    ]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    first = snakemake(tmp_path, *config, check=False, env=env)
    output = first.stdout + first.stderr
    assert first.returncode != 0
    assert "1 caption(s) failed to generate, more than max_failures (0)" in output
    assert "CUDA out of memory (simulated)" in output
    record = json.loads((output_dir(tmp_path) / "with_a_bad_pose.json").read_text())
    assert record["status"] == "failed"
    failures = json.loads((tmp_path / "results" / "SinglePose_report" / "failures" / "s000.json").read_text())
    assert [f["name"] for f in failures["failed"]] == ["with_a_bad_pose"]

    # Allowing one failure lets the run finish, with the failure listed.
    snakemake(tmp_path, *config, "max_failures=1", env=env)
    report = json.loads((tmp_path / "results" / "SinglePose_report" / "verify.json").read_text())
    assert report["ok"] and report["failed_count"] == 1

    # Once the cause is gone, a rerun retries just that caption's shard.
    flag.unlink()
    jobs = dry_run_jobs(tmp_path, *config, env=env)
    assert jobs.get("generate") == 1 and planned_batches(tmp_path, *config, env=env) == ["s000_b00"]
    calls_before = len(list((tmp_path / "results" / "SinglePose_temp" / "cache").glob("*/*.npz")))
    snakemake(tmp_path, *config, env=env)
    record = json.loads((output_dir(tmp_path) / "with_a_bad_pose.json").read_text())
    assert record["status"] == "ok"
    # one new cache file: only the failed caption was generated
    assert len(list((tmp_path / "results" / "SinglePose_temp" / "cache").glob("*/*.npz"))) == calls_before + 1
    assert json.loads((tmp_path / "results" / "SinglePose_report" / "verify.json").read_text())["failed_count"] == 0
    again = snakemake(tmp_path, *config, env=env)
    assert "Nothing to be done" in again.stdout + again.stderr



def test_summary_and_snakemake_report(tmp_path, finished_run):
    reports = finished_run / "results" / "SinglePose_report"
    with Image.open(reports / "contact_sheet.png") as sheet:
        assert sheet.width > 1000
    for name in ("pelvis_height", "arm_elevation", "understood"):
        with Image.open(reports / "plots" / f"{name}.png") as plot:
            plot.load()
    assert "<h2>Verify</h2>" in (reports / "verify.html").read_text()
    workdir = tmp_path / "copy"
    shutil.copytree(finished_run, workdir, symlinks=True)
    snakemake(workdir, "--report", "report.html", "--config", "preset=test", f"prompts={EXAMPLE}")
    page = (workdir / "report.html").read_text()
    assert "contact_sheet.png" in page and "arm_elevation.png" in page and "verify.html" in page
    # The report embeds its nine summary pictures (PNG data starts with iVBORw0KGgo), never the poses' pictures.
    assert page.count("iVBORw0KGgo") == 9


def _job_pids(script_name, workdir):
    """PIDs of Snakemake script jobs running ``script_name`` for the run in ``workdir``."""

    pids = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            cmdline = open(f"/proc/{entry}/cmdline", "rb").read().decode(errors="replace")
            cwd = os.readlink(f"/proc/{entry}/cwd")
        except OSError:
            continue
        if script_name in cmdline and cwd == str(workdir):
            pids.append(int(entry))
    return pids


def test_killing_a_render_job_mid_render_then_rerunning_completes(tmp_path):
    prompts = tmp_path / "prompts.txt"
    prompts.write_text("\n".join(f"A person raising the left arm, take {i}" for i in range(300)) + "\n")
    config = ["--config", f"prompts={prompts}", "preset=test", "shard_size=300", "poses_per_job=300"]
    process = subprocess.Popen(snakemake_command(tmp_path, *config), cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    out = output_dir(tmp_path)
    deadline = time.monotonic() + 120
    killed = []
    while not killed:
        assert process.poll() is None and time.monotonic() < deadline, "rendering did not start"
        # A render job writes its batch under temporary names, then renames them all
        # (posegen.io.atomic_files): kill it while the temporaries pile up.
        if out.exists() and len(list(out.glob(".*.png.*.tmp"))) >= 20:
            killed = _job_pids("render.py", tmp_path)
            for pid in killed:
                os.kill(pid, signal.SIGKILL)  # the job only: Snakemake sees it die
        time.sleep(0.02)
    assert process.wait() != 0
    assert len(list(out.glob("*.png"))) < 300 and list(out.glob(".*.tmp"))

    snakemake(tmp_path, *config)
    report = json.loads((tmp_path / "results" / "SinglePose_report" / "verify.json").read_text())
    assert report["ok"] and report["counts"]["png"] == 300
    assert not list(out.glob(".*.tmp"))  # the killed job's temporaries are gone
    (generate_log,) = [p.read_text() for p in (tmp_path / "logs" / "generate").glob("s000_*.log")]
    assert generate_log.count("done:") == 1  # the shard was generated once


def test_editing_the_prompt_file_reruns_only_what_changed(tmp_path):
    prompts = tmp_path / "prompts.md"
    shutil.copy(EXAMPLE, prompts)
    config = ["--config", "preset=test", f"prompts={prompts}"]
    snakemake(tmp_path, *config)
    # Appending one prompt touches only the last shard (s002: prompts 25..29).
    with open(prompts, "a", encoding="utf-8") as handle:
        handle.write("29. A person hopping on the right foot\n")
    jobs = dry_run_jobs(tmp_path, *config)
    assert jobs.get("generate") == 1 and jobs.get("curate") == 1
    assert planned_batches(tmp_path, *config) == ["s002_b00"]
    snakemake(tmp_path, *config)
    # Editing a caption renames its pose: the old files go, verify passes.
    text = prompts.read_text(encoding="utf-8").replace("A man bowing deeply", "A man bowing slightly")
    prompts.write_text(text, encoding="utf-8")
    jobs = dry_run_jobs(tmp_path, *config)
    assert jobs.get("generate") == 1
    snakemake(tmp_path, *config)
    out = output_dir(tmp_path)
    assert not list(out.glob("bowing_deeply.*")) and (out / "bowing_slightly.png").exists()
    report = json.loads((tmp_path / "results" / "SinglePose_report" / "verify.json").read_text())
    assert report["ok"] and report["expected_poses"] == 29


def test_settings_that_do_not_change_poses_do_not_regenerate(finished_run):
    assert "generate" not in planned_jobs(finished_run, "gpus=[0]")
    assert set(planned_jobs(finished_run, "max_failures=3")) <= {"verify", "all"}
    regrouped = planned_jobs(finished_run, "poses_per_job=4")
    assert "generate" not in regrouped and "split" not in regrouped
    assert planned_jobs(finished_run, "render_nice=5") == {}
