"""verify_outputs on a finished run's folder, intact and damaged in each way it must catch."""

import json
import os
from pathlib import Path
import shutil

import numpy as np
import pandas as pd
import pytest

from posegen.verify import verify_outputs
from tests.config_helpers import example_plan

RENDER = {"width": 1200, "height": 1200, "dpi": 150}


@pytest.fixture
def dataset(tmp_path, finished_run):
    out = tmp_path / "SinglePose"
    shutil.copytree(finished_run / "results" / "SinglePose", out)
    table = example_plan(finished_run).table
    return table, out


def problems(table, out, render=RENDER):
    return verify_outputs(table, out, render).problems


def test_intact_run_passes_with_counts(dataset):
    table, out = dataset
    report = verify_outputs(table, out, RENDER)
    assert report.ok, report.problems
    assert report.counts["npy"] == report.counts["png"] == report.counts["json"] == len(table)
    assert report.disk_bytes > 0


def test_missing_and_extra_files(dataset):
    table, out = dataset
    (out / "bowing_deeply.png").unlink()
    (out / "notes.txt").write_text("x")
    found = problems(table, out)
    assert "missing: bowing_deeply.png" in found
    assert "unexpected file in the output folder: notes.txt" in found


@pytest.mark.parametrize(
    "array, message",
    [
        (np.zeros((21, 3), np.float32), "shape (21, 3)"),
        (np.zeros((22, 3), np.float64), "dtype float64"),
        (np.full((22, 3), np.nan, np.float32), "NaN"),
    ],
)
def test_bad_npy(dataset, array, message):
    table, out = dataset
    np.save(out / "bowing_deeply.npy", array)
    assert any(p.startswith("bowing_deeply.npy") and message in p for p in problems(table, out))


def test_json_missing_field_and_disagreeing_joints(dataset):
    table, out = dataset
    record = json.loads((out / "bowing_deeply.json").read_text())
    del record["frame_index"]
    (out / "bowing_deeply.json").write_text(json.dumps(record))
    record = json.loads((out / "waving_with_the_right_hand.json").read_text())
    record["joints"][20][1] += 0.1
    (out / "waving_with_the_right_hand.json").write_text(json.dumps(record))
    found = problems(table, out)
    assert "bowing_deeply.json: missing field(s) frame_index" in found
    assert "waving_with_the_right_hand.json: joints disagree with waving_with_the_right_hand.npy" in found


def test_truncated_stale_and_wrong_size_pictures(dataset):
    table, out = dataset
    data = (out / "bowing_deeply.png").read_bytes()
    (out / "bowing_deeply.png").write_bytes(data[: len(data) // 2])
    shutil.copy(out / "in_a_yoga_tree_pose.png", out / "waving_with_the_right_hand.png")
    found = problems(table, out)
    assert any(p.startswith("bowing_deeply.png: does not decode as PNG") for p in found)
    assert any(p.startswith("waving_with_the_right_hand.png: picture was not drawn from") for p in found)
    assert any("640x480 pixels, expected" in p or "expected 640x480" in p for p in problems(table, out, {**RENDER, "width": 640, "height": 480}))
    assert any("DPI" in p for p in problems(table, out, {**RENDER, "dpi": 300}))


def test_dataset_files_must_match_the_poses(dataset):
    table, out = dataset
    poses = np.load(out / "poses.npy")
    np.save(out / "poses.npy", poses[::-1].copy())
    manifest = pd.read_csv(out / "manifest.csv", keep_default_na=False)
    manifest.iloc[::-1].to_csv(out / "manifest.csv", index=False)
    found = problems(table, out)
    assert "manifest.csv: names or their order differ from the prompt table" in found
    assert any(p.startswith("poses.npy: row 0 differs") for p in found)


def test_unmatched_captions_are_listed(dataset):
    table, out = dataset
    record = json.loads((out / "bowing_deeply.json").read_text())
    record["generator"]["matched"] = False
    (out / "bowing_deeply.json").write_text(json.dumps(record))
    report = verify_outputs(table, out, RENDER)
    assert report.ok
    assert [u["name"] for u in report.unmatched] == ["bowing_deeply"]
    assert "did not understand: 1" in report.summary()


def test_partial_files_and_stale_poses_are_reported_and_merge_removes_only_its_own(dataset):
    from posegen import ledger
    from posegen.merge import remove_leftovers

    table, out = dataset
    (out / ".bowing_deeply.png.x1y2.tmp").write_bytes(b"half a picture")
    (out / ".thesis.tex.a1b2.tmp").write_bytes(b"the user's editor backup")
    for ext in ("npy", "json", "png"):  # a pose of this workflow whose prompt was since edited away
        shutil.copy(out / f"bowing_deeply.{ext}", out / f"bowing_slightly.{ext}")
        shutil.copy(out / f"bowing_deeply.{ext}", out / f"bowing_copy.{ext}")  # the user's copy
    ledger.record(out, "earlier_run", [out / f"bowing_slightly.{ext}" for ext in ("npy", "json", "png")])
    (out / "notes.txt").write_text("the user's own file")
    found = problems(table, out)
    assert "unexpected file in the output folder: .bowing_deeply.png.x1y2.tmp" in found
    assert "unexpected file in the output folder: bowing_slightly.json" in found
    removed = remove_leftovers(out, set(table["name"]))
    assert removed["partial"] == [".bowing_deeply.png.x1y2.tmp"]
    assert sorted(removed["stale"]) == [f"bowing_slightly.{ext}" for ext in ("json", "npy", "png")]
    assert not list(out.glob("bowing_slightly.*")) and not (out / ".bowing_deeply.png.x1y2.tmp").exists()
    # What the workflow did not write stays, for verify to report.
    assert (out / "notes.txt").exists() and (out / ".thesis.tex.a1b2.tmp").exists()
    assert len(list(out.glob("bowing_copy.*"))) == 3
    assert "bowing_slightly.npy" not in ledger.owned(out)


def test_manifest_rows_match_the_records(dataset):
    table, out = dataset
    manifest = pd.read_csv(out / "manifest.csv", keep_default_na=False, dtype={"name": str})
    for row in manifest.to_dict("records"):
        record = json.loads((out / f"{row['name']}.json").read_text())
        assert row["frame_index"] == record["frame_index"]
        assert row["status"] == record["status"] and row["seed"] == record["seed"]
        assert str(row["setting_frame_index"]) == str(record["settings"]["frame_index"])


@pytest.mark.parametrize(
    "victim, damage",
    [
        ("npy", b""),  # a power cut before the data reached the disk
        ("npy", b"garbage, not an array"),
        ("json", b""),
        ("json", b"[1, 2, 3]"),
        ("png", b"\x89PNG\r\n\x1a\n"),  # truncated after the signature
    ],
    ids=["empty-npy", "garbage-npy", "empty-json", "json-not-an-object", "truncated-png"],
)
def test_damaged_pose_files_are_reported_with_the_repair_not_a_crash(dataset, victim, damage):
    table, out = dataset
    name = table["name"].iloc[3]
    (out / f"{name}.{victim}").write_bytes(damage)
    records = sorted(str(p) for p in (out / ".posegen" / "done").glob("render_*.json"))
    report = verify_outputs(table, out, RENDER, records=records)
    assert not report.ok and f"{name}.{victim}" in report.damaged
    assert any(p.startswith(f"{name}.{victim}: ") for p in report.problems)
    assert "rerun the same command: the batches that wrote them rewrite exactly those files" in report.summary()
    assert report.as_dict()["damaged_count"] >= 1
    # The record of the batch that wrote the file is named, so that the next run repairs it.
    owner = [Path(r).name for r in records if f"{name}.{victim}" in json.loads(Path(r).read_text())["files"]]
    assert report.damaged_records == owner and len(owner) == 1


def test_a_file_altered_in_place_keeping_its_size_and_time_is_found_by_its_hash(dataset):
    table, out = dataset
    records = sorted(str(p) for p in (out / ".posegen" / "done").glob("render_*.json"))
    assert verify_outputs(table, out, RENDER, records=records).ok
    path = out / f"{table['name'].iloc[5]}.png"
    before = path.stat()
    data = bytearray(path.read_bytes())
    data[-20] ^= 0xFF  # inside the image data's CRC: still the same size
    path.write_bytes(bytes(data))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    report = verify_outputs(table, out, RENDER, records=records)
    assert not report.ok and path.name in report.damaged and len(report.damaged_records) == 1


@pytest.mark.parametrize("victim", ["npy", "json"])
def test_merge_names_unreadable_pose_files_instead_of_crashing(dataset, tmp_path, victim):
    from posegen.merge import DamagedPoseFiles, write_merge

    table, out = dataset
    name = table["name"].iloc[0]
    (out / f"{name}.{victim}").write_bytes(b"")
    with pytest.raises(DamagedPoseFiles, match=f"{name}.{victim}.*rerun the same command"):
        write_merge(table, out, tmp_path / "manifest.csv", tmp_path / "poses.npy")
    assert not (tmp_path / "manifest.csv").exists()


def test_records_made_with_other_settings_are_reported_as_stale(dataset):
    table, out = dataset
    record = json.loads((out / f"{table['name'].iloc[0]}.json").read_text())
    same = record["settings"]
    assert verify_outputs(table, out, RENDER, generation=same).ok
    other = {**same, "variation": 0.0, "seed": 7}
    report = verify_outputs(table, out, RENDER, generation=other)
    assert not report.ok and len(report.damaged) == len(table)
    assert any("made with other generation settings than the config" in p for p in report.problems)


def test_pictures_decoded_by_their_render_job_are_not_decoded_again(dataset, monkeypatch):
    from posegen import verify

    table, out = dataset
    records = sorted(str(p) for p in (out / ".posegen" / "done").glob("render_*.json"))
    decoded = []
    original = verify._check_png
    monkeypatch.setattr(verify, "_check_png", lambda path, *args: decoded.append(path.name) or original(path, *args))
    assert verify_outputs(table, out, RENDER, records=records).ok and decoded == []
    # A picture touched since its job wrote it is decoded again (and its hash compared).
    picture = out / f"{table['name'].iloc[2]}.png"
    os.utime(picture)
    assert verify_outputs(table, out, RENDER, records=records).ok and decoded == [picture.name]
    # Without records every picture is decoded.
    decoded.clear()
    assert verify_outputs(table, out, RENDER).ok and len(decoded) == len(table)


def test_render_jobs_read_back_pictures_and_catch_bad_ones(dataset):
    """check_pictures (run by each render job on what it wrote) passes intact pictures
    and names a cut-short one, one of another size, and one drawn from another NPY."""
    from posegen.verify import check_pictures

    table, out = dataset
    names = list(table["name"][:4])
    assert check_pictures(out, names, RENDER) == []
    cut, other_size, stale = names[:3]
    data = (out / f"{cut}.png").read_bytes()
    (out / f"{cut}.png").write_bytes(data[: len(data) - 100])
    shutil.copy(out / f"{names[3]}.png", out / f"{stale}.png")
    found = check_pictures(out, names, RENDER)
    assert check_pictures(out, [other_size], {**RENDER, "width": 640}) == [f"{other_size}.png: 1200x1200 pixels, expected 640x1200"]
    assert [p.split(":")[0] for p in found] == [f"{cut}.png", f"{stale}.png"]
    assert "does not decode as PNG" in found[0] and "not drawn from" in found[1]
