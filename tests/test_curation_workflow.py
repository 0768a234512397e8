"""Curation inside the workflow: flags wrong poses from any backend, reruns only itself, curates any folder."""

import hashlib
import json
import os
import subprocess
import sys

import pandas as pd
import pytest
from PIL import Image

from tests.conftest import REPO, snakemake

pytestmark = pytest.mark.slow

# The mixed test backend serves the mirror image for captions naming the left side and a
# standing pose for captions about sitting; the rest are the built-in generator's poses.
MIXED_PROMPTS = """\
A person raising the left arm above the head
A man kneeling on the left knee with both arms raised
A woman sitting on a chair
A person raising the right arm above the head
A man bowing deeply
A person lying on the back
Someone standing with hands on hips
A person looking around
"""
WRONG = {0, 1, 2}
RIGHT = {3, 4, 5, 6}
NOTHING_CHECKABLE = {7}


@pytest.fixture(scope="module")
def mixed_run(tmp_path_factory):
    workdir = tmp_path_factory.mktemp("mixed")
    (workdir / "prompts.txt").write_text(MIXED_PROMPTS, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    snakemake(
        workdir, "--config", "preset=test", "prompts=prompts.txt", "backend=tests.plugins.mixed_backend:make", env=env
    )
    return workdir


def _manifest(workdir):
    return pd.read_csv(workdir / "results" / "SinglePose" / "manifest.csv", keep_default_na=False, dtype=str)


def test_wrong_poses_from_a_plugin_backend_are_flagged(mixed_run):
    manifest = _manifest(mixed_run)
    for i in WRONG:
        row = manifest.iloc[i]
        assert row["agreement"] != "" and float(row["agreement"]) < 1.0, row["caption"]
        assert row["keep"] == "false"
    assert "left" in manifest.iloc[0]["disagreements"] and "left" in manifest.iloc[1]["disagreements"]
    assert "posture: sitting" in manifest.iloc[2]["disagreements"]
    for i in RIGHT:
        row = manifest.iloc[i]
        assert row["agreement"] == "1" and row["disagreements"] == "" and row["keep"] == "true", row["caption"]
        assert row["plausible"] == "true" and row["posture"] in ("standing", "bending", "lying")
    for i in NOTHING_CHECKABLE:
        assert manifest.iloc[i]["agreement"] == "" and manifest.iloc[i]["keep"] == "true"
    curated = pd.read_csv(mixed_run / "results" / "SinglePose" / "curated.csv", keep_default_na=False, dtype=str)
    assert set(curated["name"]) == {manifest.iloc[i]["name"] for i in RIGHT | NOTHING_CHECKABLE}


def test_json_records_carry_the_manifest_fields(mixed_run):
    manifest = _manifest(mixed_run)
    folder = mixed_run / "results" / "SinglePose"
    for row in manifest.to_dict("records"):
        record = json.loads((folder / f"{row['name']}.json").read_text(encoding="utf-8"))
        assert record["posture"] == row["posture"]
        assert record["plausible"] == (row["plausible"] == "true")
        assert ";".join(record["problems"]) == row["problems"]
        assert ";".join(record["disagreements"]) == row["disagreements"]
        assert (record["agreement"] is None) == (row["agreement"] == "")
        assert (record["duplicate_of"] or "") == row["duplicate_of"]
        assert record["keep"] == (row["keep"] == "true")


def test_report_shows_the_worst_poses_and_the_counts(mixed_run):
    reports = mixed_run / "results" / "SinglePose_report"
    with Image.open(reports / "worst_agreement.png") as sheet:
        assert sheet.width >= 1000
    for name in ("postures", "agreement", "problems"):
        with Image.open(reports / "plots" / f"{name}.png") as plot:
            plot.load()
    page = (reports / "curation.html").read_text(encoding="utf-8")
    assert "<th>posture: standing</th>" in page
    log = (mixed_run / "logs" / "summary.log").read_text(encoding="utf-8")
    assert "curation: 8 poses, 5 kept" in log


def test_curation_settings_rerun_curation_only(mixed_run):
    common = ("--config", "preset=test", "prompts=prompts.txt", "backend=tests.plugins.mixed_backend:make")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    from tests.conftest import dry_run_jobs

    dataset_level = dry_run_jobs(mixed_run, *common, "curation={duplicate_threshold_mm: 50}", env=env)
    assert set(dataset_level) == {"merge", "verify", "summary", "all"}
    pose_level = dry_run_jobs(mixed_run, *common, "curation={bone_tolerance: 0.3}", env=env)
    assert pose_level.get("curate") == 1  # one shard
    assert not {"generate", "split"} & set(pose_level)
    assert "render" not in pose_level


def test_curation_threshold_change_rewrites_fields_without_rendering(tmp_path, mixed_run):
    import shutil

    workdir = tmp_path / "copy"
    shutil.copytree(mixed_run, workdir, symlinks=True)
    folder = workdir / "results" / "SinglePose"
    before = _manifest(workdir)
    pictures = {p.name: p.stat().st_mtime_ns for p in folder.glob("*.png")}
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    snakemake(
        workdir, "--config", "preset=test", "prompts=prompts.txt", "backend=tests.plugins.mixed_backend:make",
        "curation={min_agreement: 0.0, drop_duplicates: false}", env=env,
    )
    assert {p.name: p.stat().st_mtime_ns for p in folder.glob("*.png")} == pictures
    after = _manifest(workdir)
    # The wrong poses agree partly: kept under no minimum agreement, dropped under the default.
    partial = [i for i in WRONG if 0.0 < float(before.iloc[i]["agreement"]) < 1.0 and before.iloc[i]["plausible"] == "true"]
    assert partial
    assert all(before.iloc[i]["keep"] == "false" and after.iloc[i]["keep"] == "true" for i in partial)
    assert after["agreement"].tolist() == before["agreement"].tolist()


def test_curating_an_existing_folder_changes_none_of_its_files(tmp_path, finished_run):
    # An older batch script's folder: <name>.npy and <name>.json with caption and joints only.
    folder = tmp_path / "SinglePose"
    folder.mkdir()
    source = finished_run / "results" / "SinglePose"
    for npy in sorted(source.glob("*.npy"))[:12]:
        if npy.name == "poses.npy":
            continue
        (folder / npy.name).write_bytes(npy.read_bytes())
        record = json.loads(npy.with_suffix(".json").read_text(encoding="utf-8"))
        old = {key: record[key] for key in ("caption", "frame_index", "num_joints", "joints", "joint_names")}
        (folder / f"{npy.stem}.json").write_text(json.dumps(old), encoding="utf-8")
    (folder / "notes.txt").write_text("mine", encoding="utf-8")

    def fingerprint():
        return {p.name: (hashlib.sha1(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns) for p in folder.iterdir()}

    before = fingerprint()
    script = REPO / "workflow" / "scripts" / "curate_folder.py"
    result = subprocess.run([sys.executable, str(script), str(folder)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert fingerprint() == before
    report = tmp_path / "SinglePose_curation"
    table = pd.read_csv(report / "curation.csv", keep_default_na=False, dtype=str)
    assert len(table) == len(before) // 2 and {"posture", "plausible", "agreement", "keep"} <= set(table.columns)
    assert (report / "worst_agreement.png").exists() and (report / "curated.csv").exists()
    # A report folder inside the pose folder is refused, and so is one holding foreign files.
    inside = subprocess.run([sys.executable, str(script), str(folder), "--report-dir", str(folder / "r")], capture_output=True, text=True)
    assert inside.returncode != 0 and "inside the pose folder" in inside.stderr
    foreign = tmp_path / "theirs"
    foreign.mkdir()
    (foreign / "curation.csv").write_text("not ours", encoding="utf-8")
    refused = subprocess.run([sys.executable, str(script), str(folder), "--report-dir", str(foreign)], capture_output=True, text=True)
    assert refused.returncode != 0 and "not written by this tool" in refused.stderr
    assert (foreign / "curation.csv").read_text(encoding="utf-8") == "not ours"
    assert fingerprint() == before


def test_frame_best_and_samples_per_prompt_record_their_choice(tmp_path):
    (tmp_path / "prompts.txt").write_text("A person raising the left arm above the head\nA person squatting\n", encoding="utf-8")
    snakemake(tmp_path, "--config", "preset=test", "prompts=prompts.txt", "frame_index=best", "samples_per_prompt=3")
    folder = tmp_path / "results" / "SinglePose"
    for record_path in folder.glob("*.json"):
        record = json.loads(record_path.read_text(encoding="utf-8"))
        samples = record["generator"]["samples"]
        assert len(samples) == 3 and record["generator"]["sample"] in (0, 1, 2)
        chosen = samples[record["generator"]["sample"]]
        assert chosen["agreement"] == max(s["agreement"] for s in samples) == record["agreement"] == 1.0
        assert record["frame_index"] == chosen["frame_index"]
        assert record["settings"]["samples_per_prompt"] == 3 and record["settings"]["frame_index"] == "best"
