"""The shard file: a generated shard's poses, records and (optionally) clips in one
NumPy archive in temp_dir, written by its generation job and read by the render,
BVH and curation jobs of the shard. Free of pandas, so that those jobs start fast."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from posegen.io import atomic_path
from posegen.skeleton import NUM_JOINTS


def json_default(value: Any) -> Any:
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, np.ndarray):
        return value.tolist()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def padded_clips(clips: Sequence[np.ndarray] | None) -> dict[str, np.ndarray]:
    """Clips of different lengths as one zero-padded (N, T, 22, 3) array and their lengths
    (the keyword arguments of np.savez); nothing when there are no clips."""
    if clips is None:
        return {}
    longest = max((len(c) for c in clips), default=1)
    padded = np.zeros((len(clips), longest, NUM_JOINTS, 3), dtype=np.float32)
    for i, clip in enumerate(clips):
        padded[i, : len(clip)] = clip
    return {"clips": padded, "clip_lengths": np.array([len(c) for c in clips], dtype=np.int64)}


def unpad_clips(padded: np.ndarray, lengths: np.ndarray) -> list[np.ndarray]:
    return [padded[i, : int(n)] for i, n in enumerate(lengths)]


def write_shard_file(
    path: str | Path,
    names: Sequence[str],
    poses: np.ndarray,
    records: Sequence[dict],
    clips: Sequence[np.ndarray] | None = None,
    key: str = "",
) -> None:
    """A generated shard: poses (N, 22, 3) float32 and one JSON record per pose, in table
    order; with ``clips``, the clip each pose was taken from. ``key`` names the settings
    and rows it was generated for (checked by ``shard_file_intact``)."""
    with atomic_path(path) as tmp:
        with open(tmp, "wb") as handle:
            np.savez(
                handle,
                names=np.array(names, dtype=str),
                key=np.array(key),
                poses=np.asarray(poses, dtype=np.float32).reshape(len(names), NUM_JOINTS, 3),
                records=json.dumps(list(records), ensure_ascii=False, default=json_default),
                **padded_clips(clips),
            )


def shard_file_intact(path: str | Path, key: str | None = None) -> bool:
    """Whether a shard file's archive is whole (its directory at the end is there, which
    a file cut short lacks) and, given ``key``, was generated for that key: cheap enough
    to check every shard when the workflow is parsed."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            members = set(archive.namelist())
        if not {"names.npy", "poses.npy", "records.npy"} <= members:
            return False
        if key is None:
            return True
        if "key.npy" not in members:
            return False
        with np.load(path, allow_pickle=False) as data:  # reads only the member asked for
            return str(data["key"]) == key
    except (OSError, zipfile.BadZipFile, ValueError):
        return False


def read_shard_file(path: str | Path) -> dict[str, tuple[np.ndarray, dict[str, Any]]]:
    """name -> (pose, record) of a file written by ``write_shard_file``."""
    with np.load(path, allow_pickle=False) as data:
        names = [str(n) for n in data["names"]]
        poses = data["poses"]
        records = json.loads(str(data["records"]))
    return {name: (pose, record) for name, pose, record in zip(names, poses, records)}


def read_shard_clips(path: str | Path) -> dict[str, np.ndarray]:
    """name -> clip (T, 22, 3) of a shard file written with clips; empty when it has none."""
    with np.load(path, allow_pickle=False) as data:
        if "clips" not in data:
            return {}
        names = [str(n) for n in data["names"]]
        return dict(zip(names, unpad_clips(data["clips"], data["clip_lengths"])))


def remove_siblings(path: Path, prefix: str) -> None:
    """Scratch of earlier runs beside ``path``: same prefix and suffix, another digest."""
    for other in path.parent.glob(f"{prefix}*{path.suffix}"):
        if other != path:
            other.unlink(missing_ok=True)
