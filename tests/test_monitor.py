import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from posegen.monitor import RunPaths, collect, format_text
from tests.conftest import EXAMPLE, REPO
from tests.config_helpers import base_config, example_plan


@pytest.fixture
def run(tmp_path, finished_run):
    workdir = tmp_path / "run"
    shutil.copytree(finished_run, workdir, symlinks=True)
    plan = example_plan(workdir)
    return workdir, plan, RunPaths.from_config(workdir, base_config())


def test_finished_run(run):
    workdir, plan, paths = run
    table = plan.table
    snapshot = collect(plan, paths)
    assert snapshot["total"] == snapshot["generated"] == snapshot["rendered"] == len(table)
    assert snapshot["merged"] and snapshot["verify"]["ok"]
    assert {s["state"] for s in snapshot["shards"]} == {"done"}
    assert snapshot["snakemake"]["steps_done"] == snapshot["snakemake"]["steps_total"]
    assert not snapshot["snakemake"]["running"]


def test_run_in_progress(run):
    workdir, plan, paths = run
    table = plan.table
    # shard s001 half generated (its log says so), s002 generated but one of its two
    # render batches not rendered yet
    Path(plan.generated_path("s001")).unlink()
    (workdir / plan.generate_log("s001")).write_text(
        "[t] generate s001: 12 poses: 2 from cache, 10 to generate in batches of 4\n"
        "[t] generate s001: batch 1/3: 4/10 generated, 0 failed, 9.0 poses/s, ETA 1 s\n"
    )
    s001 = table[table.shard == "s001"]
    records = Path(paths.output_dir) / ".posegen" / "done"
    for record in list(records.glob("render_s001_*.json")) + list(records.glob("render_s000_b01_*.json")):
        record.unlink()
    (paths.output_dir / "manifest.csv").unlink()
    # The records that remain were written just now (the finished run may be minutes old).
    for record in records.glob("*.json"):
        os.utime(record)
    not_rendered = len(plan.batches[("s000", "b01")])
    snapshot = collect(plan, paths)
    states = {s["shard"]: s for s in snapshot["shards"]}
    assert states["s001"]["state"] == "generating" and states["s001"]["generated"] == 6
    assert states["s000"]["state"] == "rendering" and states["s000"]["rendered"] == 12 - not_rendered
    assert snapshot["generated"] == len(table) - len(s001) + 6
    assert snapshot["rendered"] == len(table) - len(s001) - not_rendered
    assert not snapshot["merged"]
    assert snapshot["render_rate_per_s"] > 0  # the pictures were written within the last minute
    # A shard rendered but not yet curated is not done.
    assert states["s002"]["state"] == "done"
    (paths.report_dir / "curation" / "s002.npz").unlink()
    states = {s["shard"]: s for s in collect(plan, paths)["shards"]}
    assert states["s002"]["state"] == "rendering" and states["s002"]["curated"] == 0
    text = format_text(snapshot)
    assert "s001  generating" in text and "rendered" in text


def test_cli_json_and_text(run):
    workdir, plan, _ = run
    table = plan.table
    command = [sys.executable, str(REPO / "workflow" / "scripts" / "monitor.py"), "-d", str(workdir), "--config", f"prompts={EXAMPLE}", "preset=test"]
    data = json.loads(subprocess.run(command + ["--json"], capture_output=True, text=True, check=True).stdout)
    assert data["total"] == len(table) and data["rendered"] == len(table)
    text = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    assert "verify OK" in text and "shards:" in text


def test_generate_log_parsing_long_logs_and_caption_errors(tmp_path):
    from posegen.monitor import shard_generated

    paths = RunPaths(tmp_path, tmp_path / "out", tmp_path / "tmp", tmp_path / "rep")
    plan = example_plan(tmp_path)
    log = tmp_path / plan.generate_log("s000")
    log.parent.mkdir(parents=True)
    lines = ["[t] generate s000: 500 poses: 100 from cache, 400 to generate in batches of 1"]
    lines += [f"[t] generate s000: batch {i}/400: {i}/400 generated, 0 failed, 9.0 poses/s, ETA 1 s" for i in range(1, 151)]
    log.write_text("\n".join(lines) + "\n")  # the first line is far outside the tail read
    assert shard_generated(paths, plan, "s000", 500) == (250, "generating")
    log.write_text(
        lines[0] + "\n[t] generate s000: generation failed for #3: RuntimeError: CUDA error: device-side assert\n"
        "[t] generate s000: batch 1/400: 1/400 generated, 1 failed, 9.0 poses/s, ETA 1 s\n"
    )
    assert shard_generated(paths, plan, "s000", 500) == (101, "generating")
    log.write_text(lines[0] + "\n[t] generate s000: error: cannot write x: no space left on the device\n")
    assert shard_generated(paths, plan, "s000", 500)[1] == "failed"


def monitor_text(workdir, *config):
    command = [sys.executable, str(REPO / "workflow" / "scripts" / "monitor.py"), "-d", str(workdir), "--config", f"prompts={EXAMPLE}", "preset=test", *config]
    return subprocess.run(command, capture_output=True, text=True)


def test_a_lock_left_by_a_killed_run_is_not_shown_as_running(run):
    workdir, _, _ = run
    locks = workdir / ".snakemake" / "locks"
    locks.mkdir(parents=True, exist_ok=True)
    (locks / "0.input.lock").write_text("")
    text = monitor_text(workdir).stdout
    assert "Snakemake: not running (a killed run left its lock" in text and "snakemake --unlock" in text


def test_an_old_verify_report_is_marked_out_of_date(run):
    workdir, plan, paths = run
    table = plan.table
    assert "verify OK\n" in monitor_text(workdir).stdout + "\n"
    picture = paths.output_dir / f"{table['name'].iloc[0]}.png"
    later = (paths.report_dir / "verify.json").stat().st_mtime + 5
    os.utime(picture, (later, later))  # a picture written again after verify (a dpi change, a repair)
    assert "verify OK, out of date: files changed since" in monitor_text(workdir).stdout


def test_an_unreadable_verify_report_is_said_not_a_traceback(run):
    workdir, _, paths = run
    (paths.report_dir / "verify.json").write_text("{broken")
    result = monitor_text(workdir)
    assert result.returncode == 0 and "verify report unreadable (verify.json:" in result.stdout
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "setting, message",
    [
        ("shard_size=0", "shard_size: 0 is less than the minimum of 1"),
        ("shard_size=abc", "shard_size: 'abc' is not of type"),
        ("batchsize=3", "'batchsize' was unexpected"),
        ("preset=turbo", "preset: unknown preset 'turbo'"),
    ],
)
def test_bad_settings_get_one_line_from_the_monitor(tmp_path, setting, message):
    result = monitor_text(tmp_path, setting)
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert result.stderr.strip().startswith("monitor: ") and message in result.stderr


def test_an_output_dir_that_is_a_file_gives_no_traceback(tmp_path):
    (tmp_path / "README.md").write_text("not a folder")
    result = monitor_text(tmp_path, "output_dir=README.md")
    assert result.returncode == 0 and "Traceback" not in result.stderr
    assert "rendered  [" in result.stdout
