"""Caption readings a generation job made, left for its shard's curation job.

The built-in generator reads every caption of its shard (posegen.caption_reader)
to pose it; curation reads the same captions again to check the poses. Reading
costs about as much as checking, so the generate job writes the readings it made to
``<cache>/readings-<source hash>/<shard file's stem>.json`` and the curate job of
that shard uses them, then removes the file. A reading is the same whichever job
made it (it depends on the caption and the code only, and the folder's name holds a
hash of the code), so a missing or damaged file costs the curate job its own reading
and nothing else. Backends that read no caption leave no file.
"""

from __future__ import annotations

import json
from dataclasses import astuple
from pathlib import Path

from posegen.caption_reader import CaptionReading
from posegen.constraints import Constraint
from posegen.io import atomic_path
from posegen.source_version import source_hash


def shard_readings_path(cache_dir: str | Path, shard_path: str | Path) -> Path:
    """Where the generate job of ``shard_path`` leaves its readings."""
    return Path(cache_dir) / f"readings-{source_hash()}" / f"{Path(shard_path).stem}.json"


def save(path: str | Path, readings: dict[str, CaptionReading]) -> Path | None:
    """Write the readings (atomically); None when there are none."""
    if not readings:
        return None
    rows = [
        [caption, [astuple(c) for c in reading.constraints], list(reading.checked), list(reading.unchecked)]
        for caption, reading in readings.items()
    ]
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_path(path, sync_folder=False) as tmp:  # a lost file costs readings, not poses
        tmp.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    return path


def load(path: str | Path) -> dict[str, CaptionReading]:
    """The readings of a file; empty when it is missing, damaged or of another layout."""
    try:
        rows = json.loads(Path(path).read_text(encoding="utf-8"))
        readings = {}
        for caption, constraints, checked, unchecked in rows:
            readings[str(caption)] = CaptionReading(
                str(caption),
                tuple(Constraint(str(kind), side, target, float(lo), float(hi), bool(negated), str(phrase))
                      for kind, side, target, lo, hi, negated, phrase in constraints),
                tuple(str(clause) for clause in checked),
                tuple(str(clause) for clause in unchecked),
            )
        return readings
    except Exception:  # missing, truncated or another layout: the captions are read again
        return {}
