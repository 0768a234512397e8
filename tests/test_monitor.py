import json
import os
import shutil
import subprocess
import sys

import pytest

from posegen.monitor import RunPaths, collect, format_text
from posegen.plan import read_table
from tests.conftest import EXAMPLE, REPO
from tests.config_helpers import base_config


@pytest.fixture
def run(tmp_path, finished_run):
    workdir = tmp_path / "run"
    shutil.copytree(finished_run, workdir, symlinks=True)
    table = read_table(workdir / "results" / "SinglePose_temp" / "prompt_table.tsv")
    return workdir, table, RunPaths.from_config(workdir, base_config())


def test_finished_run(run):
    workdir, table, paths = run
    snapshot = collect(table, paths)
    assert snapshot["total"] == snapshot["generated"] == snapshot["rendered"] == len(table)
    assert snapshot["merged"] and snapshot["verify"]["ok"]
    assert {s["state"] for s in snapshot["shards"]} == {"done"}
    assert snapshot["snakemake"]["steps_done"] == snapshot["snakemake"]["steps_total"]
    assert not snapshot["snakemake"]["running"]


def test_run_in_progress(run):
    workdir, table, paths = run
    # shard s001 half generated (its log says so), s002 generated but only partly rendered
    (paths.temp_dir / "generated" / "s001.npz").unlink()
    (workdir / "logs" / "generate" / "s001.log").write_text(
        "[t] generate s001: 12 poses: 2 from cache, 10 to generate in batches of 4\n"
        "[t] generate s001: batch 1/3: 4/10 generated, 0 failed, 9.0 poses/s, ETA 1 s\n"
    )
    s001 = table[table.shard == "s001"]
    s002 = table[table.shard == "s002"]
    for name in list(s001["name"]) + list(s002["name"])[:2]:
        (paths.output_dir / f"{name}.png").unlink()
    (paths.output_dir / "manifest.csv").unlink()
    # The pictures that remain were written just now (the finished run may be minutes old).
    for picture in paths.output_dir.glob("*.png"):
        os.utime(picture)
    snapshot = collect(table, paths)
    states = {s["shard"]: s for s in snapshot["shards"]}
    assert states["s001"]["state"] == "generating" and states["s001"]["generated"] == 6
    assert states["s002"]["state"] == "rendering" and states["s002"]["rendered"] == len(s002) - 2
    assert snapshot["generated"] == len(table) - len(s001) + 6
    assert snapshot["rendered"] == len(table) - len(s001) - 2
    assert not snapshot["merged"]
    assert snapshot["render_rate_per_s"] > 0  # the pictures were written within the last minute
    text = format_text(snapshot)
    assert "s001  generating" in text and "rendered" in text


def test_cli_json_and_text(run):
    workdir, table, _ = run
    command = [sys.executable, str(REPO / "workflow" / "scripts" / "monitor.py"), "-d", str(workdir), "--config", f"prompts={EXAMPLE}", "preset=test"]
    data = json.loads(subprocess.run(command + ["--json"], capture_output=True, text=True, check=True).stdout)
    assert data["total"] == len(table) and data["rendered"] == len(table)
    text = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    assert "verify OK" in text and "shards:" in text


def test_generate_log_parsing_long_logs_and_caption_errors(tmp_path):
    from posegen.monitor import shard_generated

    paths = RunPaths(tmp_path, tmp_path / "out", tmp_path / "tmp", tmp_path / "rep")
    log = tmp_path / "logs" / "generate" / "s000.log"
    log.parent.mkdir(parents=True)
    lines = ["[t] generate s000: 500 poses: 100 from cache, 400 to generate in batches of 1"]
    lines += [f"[t] generate s000: batch {i}/400: {i}/400 generated, 0 failed, 9.0 poses/s, ETA 1 s" for i in range(1, 151)]
    log.write_text("\n".join(lines) + "\n")  # the first line is far outside the tail read
    assert shard_generated(paths, "s000", 500) == (250, "generating")
    log.write_text(
        lines[0] + "\n[t] generate s000: generation failed for #3: RuntimeError: CUDA error: device-side assert\n"
        "[t] generate s000: batch 1/400: 1/400 generated, 1 failed, 9.0 poses/s, ETA 1 s\n"
    )
    assert shard_generated(paths, "s000", 500) == (101, "generating")
    log.write_text(lines[0] + "\n[t] generate s000: error: cannot write x: no space left on the device\n")
    assert shard_generated(paths, "s000", 500)[1] == "failed"
