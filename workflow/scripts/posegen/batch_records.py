"""Batch records: what a finished render or BVH job wrote, so that completeness and
damage are known without declaring every pose file to Snakemake.

A job of kind ``render``, ``bvh`` or ``clip_bvh`` writes its batch's pose files, then
its record ``<output_dir>/.posegen/done/<kind>_<shard>_<batch>_<state>.json``
listing each file with its size, modification time and SHA-256. The record is the
job's declared output. ``state`` is the fingerprint of everything that decides the
files (the poses and the picture settings), so changed settings ask for a record
that does not exist yet, even when Snakemake's own metadata (``.snakemake/``) is
gone. When the workflow is parsed, each existing record is checked against the
folder with one ``stat`` per file: a file missing, resized or touched since it was
written (or found altered by verify's hashes) makes the batch ask for the record's
next repair state (``<fingerprint>-r<n>``), so that a rerun, and a dry run, shows
exactly that batch's job. The job then rewrites only the files that are not as
their record says, from the generated shard in temp_dir, without generating again.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path
from typing import Callable, Iterable, Mapping, Sequence

from posegen.ledger import LEDGER_DIR

RECORDS_DIR = "done"  # inside the output folder's .posegen/
_NAME = re.compile(r"^(render|bvh|clip_bvh)_([^_]+)_([^_]+)_([0-9a-f]+)(?:-r([0-9]+))?\.json$")


def parse_name(name: str) -> tuple[str, str, str, str, int] | None:
    """(kind, shard, batch, fingerprint, repair) of a record's file name, or None."""
    match = _NAME.match(name)
    if not match:
        return None
    kind, shard, batch, fingerprint, repair = match.groups()
    return kind, shard, batch, fingerprint, int(repair or 0)


def records_dir(output_dir: str | Path) -> Path:
    return Path(output_dir) / LEDGER_DIR / RECORDS_DIR


def output_dir_of(record: str | Path) -> str:
    """The output folder a record belongs to (inverse of record_path)."""
    return str(Path(record).parent.parent.parent)


def record_path(output_dir: str | Path, kind: str, shard: str, batch: str, state: str) -> str:
    return f"{records_dir(output_dir)}/{kind}_{shard}_{batch}_{state}.json"


def state_name(fingerprint: str, repair: int = 0) -> str:
    return fingerprint if repair == 0 else f"{fingerprint}-r{repair}"


def file_hash(path: str | Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def describe(output_dir: str | Path, paths: Iterable[str | Path], hashes: Mapping[str, str] | None = None) -> dict[str, list]:
    """relative path -> [size, mtime_ns, sha256] of files just written; ``hashes``
    (path as written, e.g. posegen.io.FileBatch.sha256 -> sha256) gives those known
    from what was written, which are not read back."""
    root = str(output_dir)
    return _describe(root, [relative_path(path, root) for path in paths], _relative_keys(hashes, root))


def _describe(root: str, relatives: Iterable[str], known: Mapping[str, str]) -> dict[str, list]:
    files = {}
    for relative in relatives:
        path = os.path.join(root, relative)
        info = os.stat(path)
        files[relative] = [info.st_size, info.st_mtime_ns, known.get(relative) or file_hash(path)]
    return files


def relative_path(path: str | Path, root: str | Path) -> str:
    """``path`` relative to ``root``: a prefix cut where path was written as root/...
    (os.path.relpath makes both absolute, which took most of merge's record refresh)."""
    path, root = os.fspath(path), os.fspath(root)
    prefix = root.rstrip("/") + "/"
    if path.startswith(prefix) and "/./" not in path and "/../" not in path and not path.endswith(("/.", "/..")):
        return os.path.normpath(path[len(prefix):].lstrip("/"))
    return os.path.relpath(path, root)


def _relative_keys(hashes: Mapping[str, str] | None, root: str) -> dict[str, str]:
    return {relative_path(path, root): sha for path, sha in (hashes or {}).items()}


def write_record(output_dir: str | Path, path: str | Path, files: Mapping[str, list], **facts) -> None:
    """Write a batch's record (the job's output) and remove the batch's older records;
    ``facts`` are stored beside the files (e.g. checked_pictures=True)."""
    from posegen.io import write_text

    path = Path(path)
    write_text(path, json.dumps({"files": dict(sorted(files.items())), **facts}, ensure_ascii=False) + "\n")
    match = _NAME.match(path.name)
    if match:
        kind, shard, batch = match.group(1, 2, 3)
        for other in path.parent.glob(f"{kind}_{shard}_{batch}_*.json"):
            if other != path and _NAME.match(other.name):
                other.unlink(missing_ok=True)


def read_record_data(path: str | Path) -> dict | None:
    """A record as written (``files`` and facts), or None when it is missing or unreadable."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and isinstance(data.get("files"), dict) else None


def read_record(path: str | Path) -> dict[str, list] | None:
    """A record's files, or None when it is missing or unreadable."""
    data = read_record_data(path)
    return None if data is None else data["files"]


def existing(output_dir: str | Path) -> dict[tuple[str, str, str], list[tuple[str, int]]]:
    """(kind, shard, batch) -> [(fingerprint, repair), ...] of the records in the folder."""
    found: dict[tuple[str, str, str], list[tuple[str, int]]] = {}
    try:
        entries = os.scandir(records_dir(output_dir))
    except (FileNotFoundError, NotADirectoryError):
        return found
    for entry in entries:
        match = _NAME.match(entry.name)
        if match:
            kind, shard, batch, fingerprint, repair = match.groups()
            found.setdefault((kind, shard, batch), []).append((fingerprint, int(repair or 0)))
    return found


def stale_files(output_dir: str | Path, files: Mapping[str, list], expected: Iterable[str]) -> list[str]:
    """Files of a record that are not as it says (missing, another size or time), and
    expected files it does not list; relative paths."""
    root = str(output_dir)
    stale = [name for name in expected if name not in files]
    for name, (size, mtime_ns, _) in files.items():
        try:
            info = os.stat(os.path.join(root, name))
        except OSError:
            stale.append(name)
            continue
        if info.st_size != size or info.st_mtime_ns != mtime_ns:
            stale.append(name)
    return stale


def plan_states(
    output_dir: str | Path,
    kind: str,
    batches: Mapping[tuple[str, str], tuple[str, Sequence[str] | Callable[[], Sequence[str]]]],
    damaged_records: set[str] = frozenset(),
    found: Mapping[tuple[str, str, str], list[tuple[str, int]]] | None = None,
) -> dict[tuple[str, str], str]:
    """The record state each batch asks for: (shard, batch) -> state, given per batch
    its fingerprint and the relative paths of its files (or a function giving them,
    called only for a batch that has a record).

    A batch whose newest record of this fingerprint matches the folder keeps that
    state (nothing to do); one whose files are not as recorded, or whose record verify
    found altered (``damaged_records``, file names), asks for the next repair state;
    one without a record of this fingerprint asks for the fingerprint itself.
    """
    found = existing(output_dir) if found is None else found
    states = {}
    for (shard, batch), (fingerprint, expected) in batches.items():
        repairs = [repair for fp, repair in found.get((kind, shard, batch), ()) if fp == fingerprint]
        if not repairs:
            states[(shard, batch)] = state_name(fingerprint)
            continue
        repair = max(repairs)
        state = state_name(fingerprint, repair)
        path = record_path(output_dir, kind, shard, batch, state)
        files = read_record(path)
        if callable(expected):
            expected = expected()
        if files is None or Path(path).name in damaged_records or stale_files(output_dir, files, expected):
            state = state_name(fingerprint, repair + 1)
        states[(shard, batch)] = state
    return states


def damaged_in_report(report_path: str | Path) -> set[str]:
    """Names of the records whose files verify found altered (its failed report's
    ``damaged_records``); empty when there is no such report or it is unreadable."""
    try:
        names = json.loads(Path(report_path).read_text(encoding="utf-8")).get("damaged_records", [])
    except (OSError, ValueError, AttributeError):
        return set()
    return {str(name) for name in names} if isinstance(names, list) else set()


def previous_record(path: str | Path) -> dict[str, list]:
    """The files of the batch's newest earlier record with the same fingerprint (a
    repair rewrites only what is not as recorded there); empty when there is none."""
    path = Path(path)
    match = _NAME.match(path.name)
    if not match:
        return {}
    kind, shard, batch, fingerprint, repair = match.groups()
    for earlier in range(int(repair or 0) - 1, -1, -1):
        files = read_record(path.with_name(f"{kind}_{shard}_{batch}_{state_name(fingerprint, earlier)}.json"))
        if files is not None:
            return files
    return {}


def intact_files(output_dir: str | Path, files: Mapping[str, list]) -> set[str]:
    """Of a record's files, those whose size, time and hash are still as recorded."""
    root = Path(output_dir)
    intact = set()
    for name, (size, mtime_ns, sha256) in files.items():
        path = root / name
        try:
            info = os.stat(path)
            if info.st_size == size and info.st_mtime_ns == mtime_ns and file_hash(path) == sha256:
                intact.add(name)
        except OSError:
            continue
    return intact


def refresh(output_dir: str | Path, rewritten: Iterable[str | Path], hashes: Mapping[str, str] | None = None) -> int:
    """Update the records that list files rewritten after their job (merge writes the
    curation fields into the JSON records); returns how many records changed.
    ``hashes``: the SHA-256 of rewritten files by path as written, where known."""
    root = str(output_dir)
    rewritten = {relative_path(path, root) for path in rewritten}
    if not rewritten:
        return 0
    known = _relative_keys(hashes, root)  # once, not per record
    changed = 0
    folder = records_dir(output_dir)
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else ():
        if not _NAME.match(path.name):
            continue
        data = read_record_data(path)
        if data is None or not rewritten.intersection(data["files"]):
            continue
        files = data["files"]
        files.update(_describe(root, rewritten.intersection(files), known))
        from posegen.io import write_text

        data["files"] = dict(sorted(files.items()))
        write_text(path, json.dumps(data, ensure_ascii=False) + "\n")
        changed += 1
    return changed

