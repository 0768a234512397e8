"""output_layout: where pose files go, how the output folder is listed, and which
emptied folders may go."""

import pytest

from posegen import layout
from posegen.ledger import present


def test_pose_paths_in_each_layout():
    assert layout.pose_file("flat", "s003", "waving", "png") == "waving.png"
    assert layout.pose_file("shards", "s003", "waving", "png") == "s003/waving.png"
    assert layout.clip_file("flat", "s003", "waving") == "clips/waving.bvh"
    assert layout.clip_file("shards", "s003", "waving") == "s003/clips/waving.bvh"
    with pytest.raises(ValueError, match="output_layout must be one of flat, shards"):
        layout.pose_folder("nested", "s003")


@pytest.mark.parametrize(
    "folder, expected",
    [("", True), ("clips", True), ("s000", True), ("s1234", True), ("s000/clips", True),
     ("s00", False), ("shots", False), ("s000/extra", False), ("clips/s000", False), ("a/s000", False)],
)
def test_pose_folders_are_the_folder_itself_clips_and_shard_folders(folder, expected):
    assert layout.is_pose_folder(folder) is expected


def test_scan_lists_the_files_of_pose_folders_one_by_one_and_other_folders_as_one_entry(tmp_path):
    (tmp_path / "s000" / "clips").mkdir(parents=True)
    (tmp_path / "s000" / "a.npy").write_bytes(b"1")
    (tmp_path / "s000" / "clips" / "a.bvh").write_text("x")
    (tmp_path / "clips").mkdir()
    (tmp_path / "clips" / "b.bvh").write_text("x")
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "mine.txt").write_text("x")
    (tmp_path / "s000" / "extra").mkdir()
    (tmp_path / ".posegen").mkdir()
    (tmp_path / "b.npy").write_bytes(b"2")
    found = layout.scan(tmp_path, skip=(".posegen",))
    assert set(found) == {"s000/a.npy", "s000/clips/a.bvh", "clips/b.bvh", "notes", "s000/extra", "b.npy"}
    # The ledger sees a user's file inside a shard folder as a file of its own.
    (tmp_path / "s000" / "mine.txt").write_text("x")
    assert "s000/mine.txt" in present(tmp_path)


def test_only_empty_pose_folders_are_removed(tmp_path):
    (tmp_path / "s000" / "clips").mkdir(parents=True)
    (tmp_path / "s001").mkdir()
    (tmp_path / "s001" / "kept.txt").write_text("a user's file")
    (tmp_path / "notes").mkdir()
    removed = layout.remove_empty_folders(tmp_path, {"s000/clips", "s001", "notes"})
    assert removed == ["s000/clips", "s000"]
    assert (tmp_path / "s001" / "kept.txt").exists() and (tmp_path / "notes").is_dir()
