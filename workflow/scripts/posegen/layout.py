"""Where a pose's files go in the output folder (config ``output_layout``).

``flat``: every pose file directly in output_dir (``<name>.npy``, clips in
``clips/``). ``shards``: one subfolder per shard (``s004/<name>.npy``, clips in
``s004/clips/``), so that no folder holds more than shard_size poses' files: a
million poses make 2,000 folders of 1,500 files rather than one of 3,000,000. The
manifest's file columns give each file's path relative to output_dir in both.

Names are unique over the whole dataset in both layouts, so a pose keeps its name
when the layout or the sharding changes; only its folder does.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

LAYOUTS = ("flat", "shards")
CLIPS = "clips"
# Shard folders as posegen.plan names shards: s000, s001, ..., s1234.
_SHARD_FOLDER = re.compile(r"^s[0-9]{3,}$")


def check(layout: str) -> str:
    if layout not in LAYOUTS:
        raise ValueError(f"output_layout must be one of {', '.join(LAYOUTS)}, got {layout!r}")
    return layout


def pose_folder(layout: str, shard: str) -> str:
    """The folder of a shard's pose files relative to output_dir, with a trailing
    slash ("" in the flat layout)."""
    return "" if check(layout) == "flat" else f"{shard}/"


def pose_file(layout: str, shard: str, name: str, extension: str) -> str:
    return f"{pose_folder(layout, shard)}{name}.{extension}"


def clip_file(layout: str, shard: str, name: str) -> str:
    return f"{pose_folder(layout, shard)}{CLIPS}/{name}.bvh"


def is_pose_folder(relative: str) -> bool:
    """Whether a folder (relative to output_dir, "" for itself) holds pose files in
    some layout: the folder itself, clips/, a shard folder or its clips/."""
    parts = [part for part in relative.split("/") if part]
    if not parts:
        return True
    if parts[-1] == CLIPS:
        parts = parts[:-1]
    return not parts or (len(parts) == 1 and bool(_SHARD_FOLDER.match(parts[0])))


def scan(output_dir: str | Path, skip: tuple[str, ...] = ()) -> dict[str, os.DirEntry]:
    """Entries of output_dir by relative path; the files of pose subfolders (clips/,
    shard folders and their clips/) are listed one by one instead of the folder.
    Top-level names in ``skip`` are left out."""
    found: dict[str, os.DirEntry] = {}

    def walk(folder: str, prefix: str) -> None:
        try:
            entries = list(os.scandir(folder))
        except (FileNotFoundError, NotADirectoryError):
            return
        for entry in entries:
            if not prefix and entry.name in skip:
                continue
            relative = prefix + entry.name
            if entry.is_dir(follow_symlinks=False) and is_pose_folder(relative):
                walk(entry.path, relative + "/")
            else:
                found[relative] = entry

    walk(str(output_dir), "")
    return found


def remove_empty_folders(output_dir: str | Path, folders: set[str]) -> list[str]:
    """Remove those of the given pose subfolders (relative paths) that are empty,
    innermost first (a shard's clips/ before the shard folder); returns them."""
    removed = []
    candidates = set(folders) | {f.rsplit("/", 1)[0] for f in folders if "/" in f}
    for relative in sorted(candidates, key=lambda f: -f.count("/")):
        if not relative or not is_pose_folder(relative):
            continue
        path = Path(output_dir) / relative
        try:
            path.rmdir()  # only succeeds on an empty folder
        except OSError:
            continue
        removed.append(relative)
    return removed
