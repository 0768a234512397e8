"""The record of what this workflow wrote into a folder, so that it touches nothing else.

The output folder is the user's. Every job that writes into it first records the
files it is about to write (``.posegen/ledger/<entry>.json``, written atomically
before the first file, so a job killed half-way still owns what it left), then
writes them. When the workflow is parsed, every file in the folder must be in the
ledger: a file it did not write stops the run before any job starts, unless the
user adopts the folder's files (``adopt_existing: true``), which records them as
they are. Merge removes the files of poses whose prompt is gone only when the
ledger says the workflow wrote them, and then drops them from the ledger.

Scratch and report folders hold only what the workflow writes; they carry a
marker file (``.posegen-folder``) from their creation, and a folder that already
holds other files without the marker is refused.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Iterable

LEDGER_DIR = ".posegen"  # inside the output folder
MARKER = ".posegen-folder"  # in temp_dir and report_dir


class ForeignFilesError(ValueError):
    """A folder holds files this workflow did not write; the message counts and names them."""


def ledger_dir(output_dir: str | Path) -> Path:
    return Path(output_dir) / LEDGER_DIR / "ledger"


def record(output_dir: str | Path, entry: str, paths: Iterable[str | Path], supersedes: str | None = None) -> None:
    """Record, before writing them, that the workflow writes ``paths`` (inside output_dir)
    under ``entry`` (one per job; a rerun of the job replaces it). Entries whose name
    starts with ``supersedes`` (the same batch's earlier jobs) and that own nothing
    more are removed, so that entries do not pile up over reruns."""
    from posegen.io import write_text

    root = Path(output_dir).resolve()
    files = sorted({os.path.relpath(Path(p).resolve(), root) for p in paths})
    write_text(ledger_dir(output_dir) / f"{entry}.json", json.dumps({"files": files}, ensure_ascii=False) + "\n")
    if not supersedes:
        return
    for path in ledger_dir(output_dir).glob(f"{supersedes}*.json"):
        if path.stem == entry:
            continue
        try:
            earlier = json.loads(path.read_text(encoding="utf-8"))["files"]
        except (OSError, ValueError, KeyError, TypeError):
            continue
        if set(earlier) <= set(files):
            path.unlink(missing_ok=True)


ADOPTED = "adopted_"  # ledger entries of files taken in by adopt_existing


def owned(output_dir: str | Path, adopted: bool = True) -> set[str]:
    """Paths (relative to output_dir) that the ledger says the workflow wrote, and
    (with ``adopted``) those it adopted. An unreadable ledger entry owns nothing (its
    files are then reported, never deleted)."""
    files: set[str] = set()
    folder = ledger_dir(output_dir)
    if not folder.is_dir():
        return files
    for path in folder.glob("*.json"):
        if not adopted and path.name.startswith(ADOPTED):
            continue
        try:
            files.update(json.loads(path.read_text(encoding="utf-8"))["files"])
        except (OSError, ValueError, KeyError, TypeError):
            continue
    return files


def forget(output_dir: str | Path, removed: set[str]) -> None:
    """Drop removed files from every ledger entry (entries left empty are deleted)."""
    from posegen.io import write_text

    folder = ledger_dir(output_dir)
    for path in folder.glob("*.json") if folder.is_dir() else ():
        try:
            files = json.loads(path.read_text(encoding="utf-8"))["files"]
        except (OSError, ValueError, KeyError, TypeError):
            continue
        kept = [f for f in files if f not in removed]
        if len(kept) == len(files):
            continue
        if kept:
            write_text(path, json.dumps({"files": kept}, ensure_ascii=False) + "\n")
        else:
            path.unlink(missing_ok=True)


def _is_temporary(name: str) -> bool:
    """A temporary file of posegen.io.atomic_path: ``.<file name>.<random>.tmp``."""
    return name.startswith(".") and name.endswith(".tmp")


def partial_prefixes(owned_files: set[str]) -> set[str]:
    """The names whose interrupted writes leave ``.<name[:100]>.<random>.tmp`` (see
    posegen.io.atomic_path), for is_partial_of."""
    return {own.rsplit("/", 1)[-1][:100] for own in owned_files}


def is_partial_of(name: str, prefixes: set[str]) -> bool:
    """Whether ``name`` is the temporary file of an interrupted write of an owned file."""
    if not _is_temporary(name):
        return False
    return name[1:-4].rsplit(".", 1)[0] in prefixes


def present(output_dir: str | Path) -> set[str]:
    """Files and folders in output_dir (relative paths), those of pose subfolders
    (clips/, shard folders: posegen.layout) one by one; the ledger's own folder and
    temporary files of interrupted writes left out."""
    from posegen.layout import scan

    return {relative for relative, entry in scan(output_dir, skip=(LEDGER_DIR,)).items() if not _is_temporary(entry.name)}


def foreign(output_dir: str | Path) -> list[str]:
    """Files in output_dir that the ledger does not list, sorted."""
    mine = owned(output_dir)
    return sorted(name for name in present(output_dir) if name not in mine)


def adopt(output_dir: str | Path, names: Iterable[str]) -> int:
    """Take files that the ledger does not list (foreign()) into it as they are
    (adopt_existing); returns how many."""
    names = sorted(names)
    if not names:
        return 0
    number = 0
    while (ledger_dir(output_dir) / f"{ADOPTED}{number}.json").exists():
        number += 1
    record(output_dir, f"{ADOPTED}{number}", [Path(output_dir) / n for n in names])
    return len(names)


def refuse_foreign(key: str, output_dir: str | Path, strangers: list[str]) -> None:
    """Refuse an output folder holding files the workflow did not write (``strangers``,
    from foreign()), counting and naming them and saying the choices."""
    if not strangers:
        return
    shown = ", ".join(strangers[:5]) + (", ..." if len(strangers) > 5 else "")
    raise ForeignFilesError(
        f"{key}: {output_dir} holds {len(strangers)} file(s) this workflow did not write ({shown}). "
        "It never overwrites or removes files it did not write. Choose another "
        f"{key}, or set adopt_existing: true to take these files into the workflow's record as "
        "they are (it may then write over one whose name a pose of the prompts takes, and "
        "leaves the others alone)."
    )


# What the workflow writes at the top of temp_dir and report_dir: a folder of an earlier
# version, made before the marker existed, holds only these.
SCRATCH_NAMES = {
    "temp_dir": {"shards", "generated", "cache", "gpu_locks", "prompt_table.tsv"},
    "report_dir": {
        "verify.json", "verify_failed.json", "verify.html", "contact_sheet.png", "plots", "curation",
        "failures", "curation.html", "worst_agreement.png", "duplicate_groups.png",
    },
}


def check_scratch_folder(key: str, folder: str | Path) -> None:
    """A scratch or report folder: the workflow's own (it has the marker, or holds only
    what the workflow writes there), new, or empty; refused when it holds other files."""
    path = Path(folder)
    if not path.exists():
        return
    if not path.is_dir():
        raise ForeignFilesError(f"{key}: {folder} is a file, not a folder")
    if (path / MARKER).exists():
        return
    entries = sorted(entry.name for entry in os.scandir(path))
    if entries and not set(entries) <= SCRATCH_NAMES.get(key, set()):
        shown = ", ".join(entries[:5]) + (", ..." if len(entries) > 5 else "")
        raise ForeignFilesError(
            f"{key}: {folder} already holds {len(entries)} file(s) this workflow did not write ({shown}); "
            f"choose an empty or new folder for {key}"
        )


def mark_scratch_folder(folder: str | Path) -> None:
    """Create the folder if needed and mark it as the workflow's own."""
    path = Path(folder)
    path.mkdir(parents=True, exist_ok=True)
    marker = path / MARKER
    if not marker.exists():
        marker.write_text("This folder is written by the pose dataset workflow.\n", encoding="utf-8")


LOCK_NAME = "run.lock"  # in the output folder's .posegen/: held by the Snakemake process of a run
_held: list = []  # the open lock files of this process (released by the kernel when it ends)


class FolderBusyError(RuntimeError):
    """Another run writes the same output folder; the message names it."""


def lock_output_folder(output_dir: str | Path, workdir: str | Path) -> None:
    """Take the output folder for this process until it ends, or raise FolderBusyError
    naming the run that holds it (another checkout or temp_dir sees the same lock,
    because it lives in the output folder itself)."""
    import fcntl
    import socket
    import time

    path = Path(output_dir) / LEDGER_DIR / LOCK_NAME
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = open(path, "a+", encoding="utf-8")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        handle.seek(0)
        holder = handle.read().strip() or "a run whose details are not recorded"
        handle.close()
        raise FolderBusyError(
            f"output_dir: {output_dir} is being written by another run ({holder}); wait for it to finish, "
            "or give this run another output_dir"
        ) from None
    handle.seek(0)
    handle.truncate()
    handle.write(
        f"pid {os.getpid()} on {socket.gethostname()}, working directory {Path(workdir).resolve()}, "
        f"since {time.strftime('%Y-%m-%d %H:%M:%S')}\n"
    )
    handle.flush()
    _held.append(handle)
