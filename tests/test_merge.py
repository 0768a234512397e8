"""Merge reads the pose files and rewrites the records in parts, in worker processes:
the same files as one process, every unreadable file named, batch records kept true."""

import json
from pathlib import Path
import shutil

import numpy as np
import pandas as pd
import pytest

from posegen import batch_records, merge
from posegen.pose_curation import CurationSettings
from tests.config_helpers import example_plan


def _merged(finished_run, tmp_path, label, workers, part_rows, monkeypatch, damage=()):
    out = tmp_path / label / "SinglePose"
    shutil.copytree(finished_run / "results" / "SinglePose", out)
    table = example_plan(finished_run).table
    for name, ext in damage:
        (out / f"{name}.{ext}").write_bytes(b"")
    curation = sorted(str(p) for p in (finished_run / "results" / "SinglePose_report" / "curation").glob("*.npz"))
    # The run's records already hold the fields: other settings make merge rewrite them.
    settings = CurationSettings.from_config({"duplicate_threshold_mm": 400.0})
    monkeypatch.setattr(merge, "_PART_ROWS", part_rows)
    files = tmp_path / label
    counts = merge.write_merge(
        table, out, files / "manifest.csv", files / "poses.npy", files / "curated.csv", curation, settings,
        workers=workers,
    )
    return table, out, files, counts


def test_workers_write_what_one_process_writes(finished_run, tmp_path, monkeypatch):
    table, one, one_files, one_counts = _merged(finished_run, tmp_path, "one", 1, 10_000, monkeypatch)
    _, many, many_files, many_counts = _merged(finished_run, tmp_path, "many", 2, 3, monkeypatch)
    assert len(table) > 6  # several parts
    assert one_counts == many_counts and many_counts["records_updated"] > 0
    for name in ("manifest.csv", "curated.csv"):
        pd.testing.assert_frame_equal(pd.read_csv(one_files / name), pd.read_csv(many_files / name))
    assert np.array_equal(np.load(one_files / "poses.npy"), np.load(many_files / "poses.npy"))
    for name in table["name"]:
        assert (one / f"{name}.json").read_bytes() == (many / f"{name}.json").read_bytes()
    # Some poses were marked duplicates by the wide threshold, in the records too.
    duplicates = [json.loads((many / f"{n}.json").read_text())["duplicate_of"] for n in table["name"]]
    assert any(duplicates)
    # The batch records hash the rewritten records: nothing looks damaged afterwards.
    for record in (many / ".posegen" / "done").glob("render_*.json"):
        files = batch_records.read_record(record)
        assert batch_records.stale_files(many, files, files) == []
        for relative, (_, _, sha256) in files.items():
            assert batch_records.file_hash(many / relative) == sha256, relative


def test_unreadable_files_of_every_part_are_named(finished_run, tmp_path, monkeypatch):
    table = example_plan(finished_run).table
    first, last = table["name"].iloc[0], table["name"].iloc[-1]
    with pytest.raises(merge.DamagedPoseFiles) as caught:
        _merged(finished_run, tmp_path, "damaged", 2, 3, monkeypatch, damage=[(first, "json"), (last, "npy")])
    assert sorted(Path(p).name for p in caught.value.paths) == sorted([f"{first}.json", f"{last}.npy"])
    assert not (tmp_path / "damaged" / "manifest.csv").exists()
