"""BVH files in the workflow: the formats key, verify's checks, and Blender's own importer
reading every file back (when a Python with ``bpy`` is at hand)."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from posegen.skeleton import JOINT_NAMES
from tests.conftest import EXAMPLE, REPO, dry_run_jobs, planned_jobs, snakemake

pytestmark = pytest.mark.slow

PARAPHRASES = REPO / "tests" / "data" / "bvh_paraphrases.md"
WITH_BVH = "formats=[npy,json,png,bvh]"


def output_dir(workdir: Path) -> Path:
    return workdir / "results" / "SinglePose"


def mtimes(out: Path, suffixes: tuple[str, ...]) -> dict[str, int]:
    """Modification times of the per-pose files (merge rewrites poses.npy on every change)."""
    return {p.name: p.stat().st_mtime_ns for p in out.iterdir() if p.suffix in suffixes and p.name != "poses.npy"}


@pytest.fixture(scope="module")
def bvh_run(tmp_path_factory):
    """The example and the paraphrases of other styles, run with BVH files."""
    workdir = tmp_path_factory.mktemp("bvh_run")
    prompts = workdir / "prompts.md"
    prompts.write_text(EXAMPLE.read_text(encoding="utf-8") + "\n" + PARAPHRASES.read_text(encoding="utf-8"), encoding="utf-8")
    snakemake(workdir, "--config", "preset=test", f"prompts={prompts}", WITH_BVH)
    return workdir, prompts


def test_bvh_files_are_written_verified_and_listed(bvh_run):
    workdir, _ = bvh_run
    out = output_dir(workdir)
    manifest = pd.read_csv(out / "manifest.csv", keep_default_na=False)
    assert len(manifest) == 48
    assert list(manifest["bvh"]) == [f"{name}.bvh" for name in manifest["name"]]
    assert all((out / name).exists() for name in manifest["bvh"])
    report = json.loads((workdir / "results" / "SinglePose_report" / "verify.json").read_text())
    assert report["ok"] and report["counts"]["bvh"] == 48


def test_adding_and_removing_bvh_touches_only_the_bvh_files(tmp_path, finished_run):
    workdir = tmp_path / "copy"
    shutil.copytree(finished_run, workdir, symlinks=True)
    out = output_dir(workdir)
    before = mtimes(out, (".npy", ".json", ".png"))
    jobs = planned_jobs(workdir, WITH_BVH)
    assert not any(rule in ("render", "generate", "curate") for rule in jobs)
    assert jobs.get("bvh") == 5  # one per render batch
    snakemake(workdir, "--config", "preset=test", f"prompts={EXAMPLE}", WITH_BVH)
    assert len(list(out.glob("*.bvh"))) == 28
    assert mtimes(out, (".npy", ".json", ".png")) == before
    # Removing bvh from formats removes the BVH files this run wrote, nothing else.
    snakemake(workdir, "--config", "preset=test", f"prompts={EXAMPLE}")
    assert not list(out.glob("*.bvh"))
    assert mtimes(out, (".npy", ".json", ".png")) == before
    report = json.loads((workdir / "results" / "SinglePose_report" / "verify.json").read_text())
    assert report["ok"] and "bvh" not in report["counts"]


@pytest.mark.parametrize(
    "damage, message",
    [
        (lambda text: text[: len(text) // 3], "not a BVH of this skeleton"),
        (lambda text: text.replace("JOINT left_knee", "JOINT knee_l"), "not a BVH of this skeleton"),
        # A plausible file of another pose: rotations of its first frame changed.
        (lambda text: text.rsplit("\n", 2)[0] + "\n" + " ".join(
            v if i < 6 else "10.0" for i, v in enumerate(text.rsplit("\n", 2)[1].split())) + "\n", "cm from"),
    ],
)
def test_verify_finds_damaged_bvh_files_and_a_rerun_repairs_them(tmp_path, bvh_run, damage, message):
    source, prompts = bvh_run
    workdir = tmp_path / "copy"
    shutil.copytree(source, workdir, symlinks=True)
    path = output_dir(workdir) / "arching_back.bvh"
    path.write_text(damage(path.read_text()))
    from posegen.plan import build_table
    from posegen.verify import verify_outputs
    table = build_table(prompts, seed=42, shard_size=12, poses_per_job=8, sequence_length=8)
    render = {"width": 1200, "height": 1200, "dpi": 150}
    report = verify_outputs(table, output_dir(workdir), render, formats=("npy", "json", "png", "bvh"))
    assert not report.ok and any(message in p and "arching_back.bvh" in p for p in report.problems)
    # A rerun repairs it: its batch's BVH job only.
    jobs = dry_run_jobs(workdir, "--config", "preset=test", f"prompts={prompts}", WITH_BVH)
    assert jobs.get("bvh") == 1
    assert not any(rule in ("render", "generate", "curate") for rule in jobs)
    snakemake(workdir, "--config", "preset=test", f"prompts={prompts}", WITH_BVH)
    report = verify_outputs(table, output_dir(workdir), render, formats=("npy", "json", "png", "bvh"))
    assert report.ok, report.problems[:3]


def blender_python() -> list[str] | None:
    """A command that runs Python with bpy: $BLENDER_PYTHON, or this interpreter if it has bpy."""
    if os.environ.get("BLENDER_PYTHON"):
        return [os.environ["BLENDER_PYTHON"]]
    if importlib.util.find_spec("bpy") is not None:
        return [sys.executable]
    return None


def blender_import(files, scratch: Path) -> dict:
    """Each file imported by Blender's own BVH importer (tests/blender/bvh_positions.py):
    {path: {"frames", "first_frame", "joints": {name: per-frame positions}}}; skips
    the test where no Python has bpy."""
    command = blender_python()
    if command is None:
        pytest.skip("no Python with bpy: set BLENDER_PYTHON (see .ci/run) or pip install bpy")
    result_path = scratch / "blender.json"
    subprocess.run(
        [*command, str(REPO / "tests" / "blender" / "bvh_positions.py"), str(result_path), *map(str, files)],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(result_path.read_text())


def in_blender_axes(points: np.ndarray) -> np.ndarray:
    """Blender's importer turns y up into z up: (x, y, z) -> (x, -z, y)."""
    return np.stack([points[..., 0], -points[..., 2], points[..., 1]], axis=-1)


def test_blender_imports_every_bvh_file_to_the_npy_joints(tmp_path, bvh_run):
    workdir, _ = bvh_run
    out = output_dir(workdir)
    files = sorted(out.glob("*.bvh"))
    assert len(files) == 48
    imported = blender_import(files, tmp_path)
    worst = 0.0
    for path in files:
        entry = imported[str(path)]
        assert entry["frames"] == 1 and entry["first_frame"] == 1
        blender = np.array([entry["joints"][name][0] for name in JOINT_NAMES])
        expected = in_blender_axes(np.load(out / f"{path.stem}.npy"))
        error = np.linalg.norm(blender - expected, axis=1).max()
        assert error < 0.01, f"{path.name}: a joint {error * 100:.2f} cm off in Blender"
        worst = max(worst, error)
    print(f"Blender import: {len(files)} files, worst joint {worst * 1000:.4f} mm from the NPY")


@pytest.fixture(scope="module")
def clip_run(tmp_path_factory):
    """The example with the whole generated motions as BVH clips."""
    workdir = tmp_path_factory.mktemp("clip_run")
    snakemake(workdir, "--config", "preset=test", f"prompts={EXAMPLE}", "bvh_clip=true")
    return workdir


def test_clips_hold_the_whole_motion_with_the_pose_at_its_frame(clip_run):
    from posegen.bvh import pose_frames, read_bvh

    out = output_dir(clip_run)
    manifest = pd.read_csv(out / "manifest.csv", keep_default_na=False)
    assert list(manifest["clip_bvh"]) == [f"clips/{name}.bvh" for name in manifest["name"]]
    for name in manifest["name"]:
        record = json.loads((out / f"{name}.json").read_text())
        frames = pose_frames(read_bvh(out / "clips" / f"{name}.bvh"))
        assert len(frames) == 8  # the test preset's sequence_length
        kept = frames[record["frame_index"]]
        assert np.abs(kept - np.load(out / f"{name}.npy")).max() < 1e-4
    report = json.loads((clip_run / "results" / "SinglePose_report" / "verify.json").read_text())
    assert report["ok"] and report["counts"]["clip_bvh"] == 28


def test_switching_clips_off_removes_them(tmp_path, clip_run):
    workdir = tmp_path / "copy"
    shutil.copytree(clip_run, workdir, symlinks=True)
    snakemake(workdir, "--config", "preset=test", f"prompts={EXAMPLE}")
    assert not (output_dir(workdir) / "clips").exists()
    report = json.loads((workdir / "results" / "SinglePose_report" / "verify.json").read_text())
    assert report["ok"] and "clip_bvh" not in report["counts"]


def test_blender_imports_clips_frame_by_frame(tmp_path, clip_run):
    from posegen.bvh import pose_frames, read_bvh

    out = output_dir(clip_run)
    files = sorted((out / "clips").glob("*.bvh"))[:8]
    imported = blender_import(files, tmp_path)
    for path in files:
        entry = imported[str(path)]
        blender = np.stack([np.array(entry["joints"][name]) for name in JOINT_NAMES], axis=1)  # (T, 22, 3)
        ours = pose_frames(read_bvh(path))
        assert entry["frames"] == len(ours)
        assert np.linalg.norm(blender - in_blender_axes(ours), axis=-1).max() < 0.001, path.name
        record = json.loads((out / f"{path.stem}.json").read_text())
        kept = blender[record["frame_index"]]
        assert np.linalg.norm(kept - in_blender_axes(np.load(out / f"{path.stem}.npy")), axis=1).max() < 0.01
