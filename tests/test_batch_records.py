"""Batch records: completeness and damage of a batch's files known from one record."""

import json
import os
from pathlib import Path

import pytest

from posegen import batch_records
from tests.config_helpers import example_plan


def write_batch(out, names, state="abc123", kind="render", shard="s000", batch="b00"):
    paths = []
    for name in names:
        path = Path(out) / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"content of {name}\n")
        paths.append(path)
    record = batch_records.record_path(out, kind, shard, batch, state)
    batch_records.write_record(out, record, batch_records.describe(out, paths))
    return record


def states(out, names, fingerprint="abc123", damaged=frozenset()):
    return batch_records.plan_states(out, "render", {("s000", "b00"): (fingerprint, names)}, damaged)


NAMES = ["a.npy", "a.json", "b.npy", "b.json"]


def test_a_batch_without_a_record_asks_for_its_fingerprint(tmp_path):
    assert states(tmp_path, NAMES) == {("s000", "b00"): "abc123"}


def test_an_intact_batch_keeps_its_record(tmp_path):
    write_batch(tmp_path, NAMES)
    assert states(tmp_path, NAMES) == {("s000", "b00"): "abc123"}


@pytest.mark.parametrize(
    "damage",
    [
        lambda p: p.unlink(),
        lambda p: p.write_text("other content of the same size?\n"),
        lambda p: os.utime(p, ns=(p.stat().st_atime_ns, p.stat().st_mtime_ns + 1_000_000)),
        lambda p: p.write_bytes(b""),
    ],
    ids=["deleted", "rewritten", "touched", "emptied"],
)
def test_a_file_not_as_recorded_asks_for_a_repair_of_its_batch(tmp_path, damage):
    write_batch(tmp_path, NAMES)
    damage(tmp_path / "b.json")
    assert states(tmp_path, NAMES) == {("s000", "b00"): "abc123-r1"}


def test_a_record_verify_found_altered_asks_for_a_repair(tmp_path):
    record = write_batch(tmp_path, NAMES)
    assert states(tmp_path, NAMES, damaged={Path(record).name}) == {("s000", "b00"): "abc123-r1"}


def test_a_file_the_record_does_not_list_asks_for_a_repair(tmp_path):
    write_batch(tmp_path, NAMES[:2])
    assert states(tmp_path, NAMES) == {("s000", "b00"): "abc123-r1"}


def test_other_settings_ask_for_another_record_and_writing_it_removes_the_old_one(tmp_path):
    old = write_batch(tmp_path, NAMES)
    assert states(tmp_path, NAMES, fingerprint="def456") == {("s000", "b00"): "def456"}
    new = write_batch(tmp_path, NAMES, state="def456")
    assert not Path(old).exists() and Path(new).exists()
    # Another batch's record stays.
    other = write_batch(tmp_path, NAMES, batch="b01")
    write_batch(tmp_path, NAMES, state="def456-r1")
    assert Path(other).exists() and not Path(new).exists()


def test_a_repair_keeps_exactly_the_files_still_as_recorded(tmp_path):
    write_batch(tmp_path, NAMES)
    (tmp_path / "a.json").write_text("edited by hand\n")
    (tmp_path / "b.npy").unlink()
    repair = batch_records.record_path(tmp_path, "render", "s000", "b00", "abc123-r1")
    previous = batch_records.previous_record(repair)
    assert sorted(previous) == sorted(NAMES)
    assert batch_records.intact_files(tmp_path, previous) == {"a.npy", "b.json"}


def test_a_file_altered_keeping_size_and_time_is_not_intact(tmp_path):
    record = write_batch(tmp_path, NAMES)
    path = tmp_path / "a.npy"
    before = path.stat()
    path.write_text(path.read_text().upper())
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    files = batch_records.read_record(record)
    assert batch_records.stale_files(tmp_path, files, NAMES) == []  # stat alone cannot tell
    assert "a.npy" not in batch_records.intact_files(tmp_path, files)  # the hash does


def test_refresh_records_files_rewritten_after_their_job(tmp_path):
    record = write_batch(tmp_path, NAMES)
    (tmp_path / "a.json").write_text('{"caption": "with curation fields"}\n')
    assert states(tmp_path, NAMES) == {("s000", "b00"): "abc123-r1"}
    assert batch_records.refresh(tmp_path, [tmp_path / "a.json"]) == 1
    assert states(tmp_path, NAMES) == {("s000", "b00"): "abc123"}
    assert json.loads(Path(record).read_text())["files"]["a.json"][0] == (tmp_path / "a.json").stat().st_size


def test_unreadable_records_and_reports_own_nothing(tmp_path):
    record = write_batch(tmp_path, NAMES)
    Path(record).write_text("{cut")
    assert states(tmp_path, NAMES) == {("s000", "b00"): "abc123-r1"}
    (tmp_path / "verify_failed.json").write_text("[1, 2")
    assert batch_records.damaged_in_report(tmp_path / "verify_failed.json") == set()
    assert batch_records.damaged_in_report(tmp_path / "missing.json") == set()


def test_record_names_round_trip():
    path = batch_records.record_path("out", "clip_bvh", "s012", "b03", "0123abcd-r2")
    assert batch_records.parse_name(Path(path).name) == ("clip_bvh", "s012", "b03", "0123abcd", 2)
    assert batch_records.output_dir_of(path) == "out"
    assert batch_records.parse_name("notes.json") is None


def test_scratch_names_follow_what_decides_them(tmp_path):
    plan = example_plan(tmp_path)
    reseeded = example_plan(tmp_path, seed=7)
    canonical = example_plan(tmp_path, variation=0)
    assert plan.shard_rows["s000"] != reseeded.shard_rows["s000"]  # the seeds are part of the rows
    assert plan.shard_rows["s000"] == canonical.shard_rows["s000"]  # same rows
    assert plan.generated_path("s000") != canonical.generated_path("s000")  # other poses
    assert plan.generated_path("s000") != reseeded.generated_path("s000")
    assert plan.generate_log("s000") != canonical.generate_log("s000")


def test_batch_fingerprints_follow_what_decides_the_files(tmp_path):
    key = ("s000", "b00")
    plan = example_plan(tmp_path, formats=["npy", "json", "png", "bvh"])
    smaller = example_plan(tmp_path, formats=["npy", "json", "png", "bvh"], dpi=100)
    reseeded = example_plan(tmp_path, formats=["npy", "json", "png", "bvh"], seed=7)
    assert plan.fingerprint("render", key) != smaller.fingerprint("render", key)
    assert plan.fingerprint("bvh", key) == smaller.fingerprint("bvh", key)  # pictures do not decide BVH
    assert plan.fingerprint("bvh", key) != reseeded.fingerprint("bvh", key)
    names = plan.batches[key]
    assert plan.batch_files("render", key) == [f"{n}.{e}" for n in names for e in ("npy", "json", "png")]
    assert plan.batch_files("bvh", key) == [f"{n}.bvh" for n in names]
    assert plan.kinds == ["render", "bvh"]


@pytest.mark.parametrize(
    "path, root",
    [
        ("out/a.json", "out"),
        ("out/s000/a.json", "out/"),
        ("./out/a.json", "out"),
        ("out/a.json", "./out"),
        ("out/../x/a.json", "out"),
        ("outer/a.json", "out"),
        ("/data/out/a.json", "/data/out"),
        ("out//s000/a.json", "out"),
    ],
)
def test_relative_paths_are_those_of_os_path_relpath(path, root):
    assert batch_records.relative_path(path, root) == os.path.relpath(path, root)


def test_refresh_uses_the_hashes_given_for_rewritten_files(tmp_path):
    record = write_batch(tmp_path, NAMES)
    (tmp_path / "a.json").write_text('{"caption": "rewritten"}\n')
    batch_records.refresh(str(tmp_path), [str(tmp_path / "a.json")], {str(tmp_path / "a.json"): "f" * 64})
    files = json.loads(Path(record).read_text())["files"]
    assert files["a.json"][2] == "f" * 64  # as written, not read back
    assert files["b.json"][2] == batch_records.file_hash(tmp_path / "b.json")
