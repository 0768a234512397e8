"""End to end: output_layout: shards puts each shard's pose files in a folder of its
own, with the manifest's paths; reruns and repairs work there; switching layouts
moves only the workflow's files."""

import json
import shutil

import pandas as pd
import pytest

from tests.conftest import EXAMPLE, planned_batches, snakemake

pytestmark = pytest.mark.slow
SHARDS = ("--config", "preset=test", f"prompts={EXAMPLE}", "output_layout=shards", "bvh_clip=true")
FLAT = ("--config", "preset=test", f"prompts={EXAMPLE}", "output_layout=flat", "bvh_clip=true")


def files(out):
    return {str(p.relative_to(out)) for p in out.rglob("*") if p.is_file() and ".posegen" not in p.parts}


def test_shard_folders_hold_the_pose_files_and_the_manifest_gives_their_paths(tmp_path):
    snakemake(tmp_path, *SHARDS)
    out = tmp_path / "results" / "SinglePose"
    manifest = pd.read_csv(out / "manifest.csv", keep_default_na=False)
    shards = sorted(set(manifest["shard"]))
    assert len(shards) > 1
    assert sorted(p.name for p in out.iterdir() if p.is_dir() and p.name != ".posegen") == shards
    for column in ("npy", "json", "png", "clip_bvh"):
        for shard, path in zip(manifest["shard"], manifest[column]):
            assert path.startswith(f"{shard}/") and (out / path).is_file()
    assert not any(p.suffix == ".npy" for p in out.iterdir() if p.name != "poses.npy")
    report = json.loads((tmp_path / "results" / "SinglePose_report" / "verify.json").read_text())
    assert report["ok"] and report["counts"]["png"] == len(manifest) == report["counts"]["clip_bvh"]
    again = snakemake(tmp_path, *SHARDS)
    assert "Nothing to be done" in again.stdout + again.stderr

    # A deleted picture in a shard folder reruns its batch only.
    victim = out / manifest["png"][len(manifest) // 2]
    victim.unlink()
    batches = planned_batches(tmp_path, *SHARDS)
    assert len(batches) == 1 and batches[0].startswith(manifest["shard"][len(manifest) // 2])
    snakemake(tmp_path, *SHARDS)
    assert victim.is_file()

    # A user's file in a shard folder stops the run, as anywhere in the output folder.
    user_file = out / shards[0] / "my_notes.txt"
    user_file.write_text("mine")
    blocked = snakemake(tmp_path, *FLAT, check=False)
    assert blocked.returncode != 0 and "my_notes.txt" in blocked.stderr
    user_file.unlink()
    # Switching to the flat layout moves the poses and removes the emptied shard folders.
    keep = tmp_path / "keep"
    shutil.copytree(out, keep)
    snakemake(tmp_path, *FLAT)
    after = files(out)
    names = set(manifest["name"])
    assert {f"{n}.png" for n in names} <= after and {f"clips/{n}.bvh" for n in names} <= after
    assert not any("/" in f and not f.startswith("clips/") for f in after)
    assert not any((out / shard).exists() for shard in shards)
    # The same poses, byte for byte, in their new place.
    for name in list(names)[:5]:
        shard = manifest.loc[manifest["name"] == name, "shard"].item()
        assert (out / f"{name}.npy").read_bytes() == (keep / shard / f"{name}.npy").read_bytes()
