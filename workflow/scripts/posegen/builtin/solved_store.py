"""Solved poses shared between the jobs of one run: a folder of small ``.npz`` files.

Ten shards of one description file ask for the same canonical poses again and
again (the 10K example: 3,963 solves over its shards, 2,082 distinct). Each job
reads the newest files other jobs left, solves only what they lack, and leaves
one file of what it solved itself. Only speed depends on the store: a pose is the
same whichever job solved it (solving is per pose), so a missing, partial or
unreadable file costs a solve and nothing else. The folder's name holds a hash of
the generator's source, so poses of other code are never reused.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Iterable

import numpy as np

from posegen.io import atomic_path
from posegen.source_version import source_hash

from .compose import Composed

# Files read per job, newest first: what repeats in a description file is found in
# recent shards, and a job's start stays bounded however many shards came before.
FILES_READ = 32


def key_name(key: tuple) -> str:
    """A stable name of a pose key (nested tuples of strings and numbers)."""
    return hashlib.blake2b(repr(key).encode("utf-8"), digest_size=16).hexdigest()


def store_folder(parent: str | Path) -> Path:
    return Path(parent) / f"solved-{source_hash()}"


def load(folder: str | Path) -> dict[str, tuple[Composed, tuple[str, ...]]]:
    """name -> (pose, unmet constraints) from the newest files of the folder."""
    folder = Path(folder)
    try:
        entries = [entry for entry in os.scandir(folder) if entry.name.endswith(".npz") and not entry.name.startswith(".")]
    except OSError:
        return {}
    entries.sort(key=lambda entry: _mtime(entry), reverse=True)
    found: dict[str, tuple[Composed, tuple[str, ...]]] = {}
    for entry in entries[:FILES_READ]:
        try:
            with np.load(entry.path, allow_pickle=False) as data:
                names = [str(name) for name in data["names"]]
                rotvecs, vary = data["rotvecs"], data["vary"]
                unmet = json.loads(str(data["unmet"]))
        except Exception:  # partial, damaged or another format: those poses are solved again
            continue
        if rotvecs.shape != (len(names), 22, 3) or vary.shape != (len(names), 22) or len(unmet) != len(names):
            continue
        for name, r, v, u in zip(names, rotvecs, vary, unmet):
            found.setdefault(name, (Composed(rotvecs=r, vary=v), tuple(u)))
    return found


def save(folder: str | Path, poses: Iterable[tuple[str, Composed, tuple[str, ...]]]) -> Path | None:
    """Write one file of solved poses (atomically); None when there is nothing to write."""
    poses = list(poses)
    if not poses:
        return None
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    names = [name for name, _, _ in poses]
    path = folder / f"{hashlib.sha1(''.join(names).encode()).hexdigest()[:16]}-{os.getpid()}.npz"
    with atomic_path(path, sync_folder=False) as tmp:  # a lost file costs solves, not poses
        with open(tmp, "wb") as handle:
            np.savez(
                handle,
                names=np.array(names),
                rotvecs=np.stack([pose.rotvecs for _, pose, _ in poses]).astype(np.float64),
                vary=np.stack([pose.vary for _, pose, _ in poses]).astype(np.float64),
                unmet=json.dumps([list(unmet) for _, _, unmet in poses]),
            )
    return path


def _mtime(entry: os.DirEntry) -> float:
    try:
        return entry.stat().st_mtime
    except OSError:
        return 0.0
