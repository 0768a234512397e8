"""posegen.io: writes are atomic and durable (synced before the rename, the folder after)."""

from __future__ import annotations

import json
import os

import numpy as np

import pytest

from posegen import io


@pytest.fixture
def calls(monkeypatch):
    """Record fsync, sync and replace calls in order."""
    log = []
    real_fsync, real_replace, real_sync = os.fsync, os.replace, os.sync

    def sync():
        log.append(("sync", "all"))
        real_sync()

    def fsync(fd):
        log.append(("fsync", "folder" if os.path.isdir(f"/proc/self/fd/{fd}") else os.path.basename(os.readlink(f"/proc/self/fd/{fd}"))))
        real_fsync(fd)

    def replace(src, dst):
        log.append(("replace", os.path.basename(dst)))
        real_replace(src, dst)

    monkeypatch.setattr(io.os, "fsync", fsync)
    monkeypatch.setattr(io.os, "replace", replace)
    monkeypatch.setattr(io.os, "sync", sync)
    return log


def test_file_is_synced_before_the_rename_and_the_folder_after(tmp_path, calls):
    io.write_text(tmp_path / "a.txt", "hello")
    assert (tmp_path / "a.txt").read_text() == "hello"
    assert [kind for kind, _ in calls] == ["fsync", "replace", "fsync"]
    assert calls[0][1].endswith(".tmp") and calls[1] == ("replace", "a.txt") and calls[2] == ("fsync", "folder")


def test_many_files_sync_the_folder_once(tmp_path, calls):
    for name in ("a.json", "b.json", "c.json"):
        io.write_json(tmp_path / name, {"name": name}, sync_folder=False)
    io.fsync_folder(tmp_path)
    kinds = [kind for kind, _ in calls]
    assert kinds == ["fsync", "replace"] * 3 + ["fsync"] and calls[-1] == ("fsync", "folder")


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("old")
    with pytest.raises(RuntimeError):
        with io.atomic_path(path) as tmp:
            tmp.write_text("half")
            raise RuntimeError("killed")
    assert path.read_text() == "old" and [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def test_export_syncs_the_batch_once_before_renaming_and_each_folder_after(tmp_path, calls):
    import numpy as np

    from posegen.export import export_batch
    from posegen.shard_file import write_shard_file
    from tests.test_render import sample_poses

    poses = np.stack(list(sample_poses().values()))[:3]
    names = ["a", "b", "c"]
    records = [{"caption": n, "name": n, "status": "ok"} for n in names]
    write_shard_file(tmp_path / "shard.npz", names, poses, records)
    out = tmp_path / "out"
    out.mkdir()
    calls.clear()
    export_batch(tmp_path / "shard.npz", out, names, {"width": 200, "height": 200, "dpi": 50, "views": ["three_quarter"]})
    # Every file is complete on disk (one sync for the batch) before any takes its final name.
    kinds = [kind for kind, _ in calls]
    assert kinds == ["sync"] + ["replace"] * 9 + ["fsync"] and calls[-1] == ("fsync", "folder")
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{n}.{e}" for n in names for e in ("npy", "json", "png"))


def test_a_batch_of_files_is_synced_once_before_any_rename_and_each_folder_after(tmp_path, calls):
    with io.atomic_files() as batch:
        for name in ("a.txt", "sub/b.txt"):
            batch.temporary(tmp_path / name).write_text(name)
        assert not (tmp_path / "a.txt").exists()  # nothing under a final name before the end
    assert (tmp_path / "a.txt").read_text() == "a.txt" and (tmp_path / "sub" / "b.txt").read_text() == "sub/b.txt"
    assert calls == [("sync", "all"), ("replace", "a.txt"), ("replace", "b.txt"), ("fsync", "folder"), ("fsync", "folder")]


def test_a_failed_batch_leaves_the_old_files_and_no_temporaries(tmp_path):
    (tmp_path / "a.txt").write_text("old")
    with pytest.raises(RuntimeError):
        with io.atomic_files() as batch:
            batch.temporary(tmp_path / "a.txt").write_text("new")
            batch.temporary(tmp_path / "b.txt").write_text("half")
            raise RuntimeError("killed")
    assert (tmp_path / "a.txt").read_text() == "old" and [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def test_a_batch_write_error_names_the_file(tmp_path, monkeypatch):
    with pytest.raises(io.OutputError, match="cannot write .*b.txt: no space left on the device"):
        with io.atomic_files() as batch:
            batch.temporary(tmp_path / "a.txt").write_text("a")
            batch.temporary(tmp_path / "b.txt")
            raise OSError(28, "No space left on device")
    assert list(tmp_path.iterdir()) == []


def test_batch_write_gives_files_the_usual_mode_and_leaves_no_temporaries(tmp_path):
    with io.atomic_files() as batch:
        batch.write(tmp_path / "sub" / "a.json", "é\n")
        batch.write(tmp_path / "b.npy", b"\x93NUMPY")
    mask = os.umask(0)
    os.umask(mask)
    assert (tmp_path / "sub" / "a.json").read_text(encoding="utf-8") == "é\n" and (tmp_path / "b.npy").read_bytes() == b"\x93NUMPY"
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["a.json", "b.npy", "sub"]
    assert (tmp_path / "b.npy").stat().st_mode & 0o777 == 0o666 & ~mask


def test_a_failed_batch_write_names_the_file_and_removes_what_it_wrote(tmp_path):
    (tmp_path / "blocked").write_text("a file where a folder should be")
    with pytest.raises(io.OutputError, match="cannot write .*blocked/x.png"):
        with io.atomic_files() as batch:
            batch.write(tmp_path / "a.txt", "a")
            batch.write(tmp_path / "blocked" / "x.png", b"x")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["blocked"]


@pytest.mark.parametrize(
    "array",
    [
        np.arange(66, dtype=np.float32).reshape(22, 3),
        np.arange(66, dtype=np.float64).reshape(22, 3),
        np.zeros((21, 3), np.float32),
        np.asfortranarray(np.arange(66, dtype=np.float32).reshape(22, 3)),
        np.arange(66, dtype=">f4").reshape(22, 3),
    ],
    ids=["pose", "float64", "21-joints", "fortran-order", "big-endian"],
)
def test_npy_from_bytes_reads_what_np_load_reads(array):
    read = io.npy_from_bytes(io.npy_bytes(array))
    assert read.dtype == array.dtype and read.shape == array.shape and (read == array).all()
    assert read.flags.writeable


@pytest.mark.parametrize("data", [b"", b"\x93NUMPY", b"garbage" * 60])
def test_npy_from_bytes_refuses_what_is_not_an_array(data):
    with pytest.raises(Exception):
        io.npy_from_bytes(data)
    with pytest.raises(Exception):  # a pose file cut short
        io.npy_from_bytes(io.npy_bytes(np.zeros((22, 3), np.float32))[:-4])


def test_format_json_writes_what_json_dumps_writes():
    record = {"caption": "举起双手 🙌 \"quoted\"", "joints": [[0.5, 1e-7, -2.0]], "ok": True, "none": None, "n": 3}
    assert json.loads(io.format_json(record)) == record
    expected = ",\n".join(f"  {json.dumps(k, ensure_ascii=False)}: {json.dumps(v, ensure_ascii=False)}" for k, v in record.items())
    assert io.format_json(record) == "{\n" + expected + "\n}\n"


@pytest.mark.parametrize(
    "fields",
    [{"posture": "lying", "keep": False}, {"caption": "replaced, with a comma", "new": [1, 2]}, {}],
    ids=["new-keys", "replace-and-add", "nothing"],
)
def test_patch_json_writes_what_format_json_writes(fields):
    record = {"caption": "a, b\nc \"d\"", "joints": [[0.5, 1.0, 2.0]], "settings": {"a": [1, {"b": None}]}, "keep": True}
    patched = io.patch_json(io.format_json(record), fields)
    assert patched == io.format_json({**record, **fields})


@pytest.mark.parametrize("text", ['{"caption": "x"}', '{\n  "a": 1,\n  "b": {\n    "c": 2\n  }\n}\n', ""])
def test_patch_json_declines_other_layouts(text):
    assert io.patch_json(text, {"keep": True}) is None
