"""Dataset-level files: manifest.csv (a row per pose) and poses.npy (N, 22, 3), in prompt order."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Sequence

import numpy as np
import pandas as pd

from posegen.io import atomic_path, write_npy

MANIFEST_COLUMNS = [
    "index",
    "caption",
    "name",
    "shard",
    "seed",
    "line",
    "length",
    "frame_index",
    "npy",
    "json",
    "png",
    "status",
    "matched",
    "backend",
]


def manifest_rows(table: pd.DataFrame, json_paths: Sequence[str]) -> pd.DataFrame:
    """One row per pose from the prompt table and the poses' JSON records (same order)."""
    rows = []
    for row, json_path in zip(table.to_dict("records"), json_paths):
        record = json.loads(Path(json_path).read_text(encoding="utf-8"))
        if record["name"] != row["name"]:
            raise ValueError(f"{json_path}: record is for {record['name']!r}, expected {row['name']!r}")
        settings = record.get("settings", {})
        entry = {
            "index": row["index"],
            "caption": row["caption"],
            "name": row["name"],
            "shard": row["shard"],
            "seed": row["seed"],
            "line": row["line"],
            "length": row["length"],
            "frame_index": record["frame_index"],
            "npy": f"{row['name']}.npy",
            "json": f"{row['name']}.json",
            "png": f"{row['name']}.png",
            "status": record.get("status", "ok"),
            "matched": record.get("generator", {}).get("matched", ""),
            "backend": json.dumps(record.get("backend", {}), sort_keys=True),
        }
        for key, value in settings.items():
            # A setting named like a pose column (frame_index) must not hide the pose's own value.
            column = f"setting_{key}" if key in entry or key == "backend" else key
            entry[column] = json.dumps(value, sort_keys=True) if isinstance(value, (dict, list)) else value
        rows.append(entry)
    frame = pd.DataFrame(rows)
    extra = [c for c in frame.columns if c not in MANIFEST_COLUMNS]
    return frame[MANIFEST_COLUMNS + extra] if rows else pd.DataFrame(columns=MANIFEST_COLUMNS)


def stack_poses(npy_paths: Sequence[str]) -> np.ndarray:
    return np.stack([np.load(path) for path in npy_paths]).astype(np.float32)


def remove_leftovers(output_dir: str | Path, names: set[str]) -> dict[str, int]:
    """Delete what earlier runs left in the output folder that this run does not produce:
    ``.<name>.*.tmp`` files of jobs killed mid-write (see posegen.io.atomic_path), and the
    files of poses whose prompt is gone or renamed (recognised by their JSON record), so
    that the folder holds exactly the prompt table's poses."""
    output_dir = Path(output_dir)
    removed = {"partial": 0, "stale": 0}
    for path in output_dir.glob(".*.tmp"):
        path.unlink(missing_ok=True)
        removed["partial"] += 1
    for record_path in output_dir.glob("*.json"):
        if record_path.stem in names:
            continue
        try:
            record = json.loads(record_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if not (isinstance(record, dict) and "joint_names" in record and "caption" in record):
            continue  # not a pose record of this workflow: verify will report it
        for extension in (".npy", ".json", ".png"):
            record_path.with_suffix(extension).unlink(missing_ok=True)
        removed["stale"] += 1
    return removed


def write_merge(table: pd.DataFrame, output_dir, manifest_path, poses_path) -> None:
    output_dir = Path(output_dir)
    manifest = manifest_rows(table, [output_dir / f"{name}.json" for name in table["name"]])
    poses = stack_poses([output_dir / f"{name}.npy" for name in table["name"]])
    write_npy(poses_path, poses)
    with atomic_path(manifest_path) as tmp:
        manifest.to_csv(tmp, index=False)
