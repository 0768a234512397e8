"""Dataset-level files: manifest.csv (a row per pose, with the curation columns), curated.csv
(the rows the keep policy keeps) and poses.npy (N, 22, 3), in prompt order; each pose's JSON
record gets the curation fields."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Mapping, Sequence

import numpy as np
import pandas as pd

from posegen import layout as file_layout
from posegen.curation import FIELDS, decide, manifest_columns, read_pose_curation, record_fields
from posegen.dataset_file import FILE_NAME as PARQUET_NAME
from posegen.io import atomic_files, atomic_path, format_json, npy_from_bytes, patch_json, write_npy
from posegen.pose_curation import CurationSettings
from posegen.verify import DATASET_FILES, REPAIR

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
    "bvh",
    "clip_bvh",
    "status",
    "matched",
    "backend",
]


class DamagedPoseFiles(ValueError):
    """Pose files that exist but cannot be read; the message lists them and says what to do."""

    def __init__(self, paths: Sequence[str]):
        listed = ", ".join(Path(p).name for p in paths[:5]) + (", ..." if len(paths) > 5 else "")
        super().__init__(f"{len(paths)} pose file(s) cannot be read ({listed}): {REPAIR}")
        self.paths = list(paths)


class _Record(dict):
    """A pose's JSON record that remembers its file's text (see _read_and_update)."""

    text = ""


def _read_record(path: str | Path) -> dict:
    text = Path(path).read_text(encoding="utf-8")
    record = json.loads(text)
    if not isinstance(record, dict):
        raise ValueError("not a JSON object")
    record = _Record(record)
    record.text = text
    return record


def _read_pose(path: str | Path) -> np.ndarray:
    pose = npy_from_bytes(Path(path).read_bytes())
    if not isinstance(pose, np.ndarray) or pose.shape != (22, 3):
        raise ValueError("not a (22, 3) array")
    return pose


def manifest_rows(
    table: pd.DataFrame,
    json_paths: Sequence[str],
    records: Sequence[dict],
    formats: Sequence[str] = ("npy", "json", "png"),
    clips: bool = False,
    layout: str = "flat",
) -> pd.DataFrame:
    """One row per pose from the prompt table and the poses' JSON records (same order);
    the file columns give paths relative to output_dir (posegen.layout) and are
    empty for formats not written."""
    rows = []
    for row, json_path, record in zip(table.to_dict("records"), json_paths, records):
        if record["name"] != row["name"]:
            raise ValueError(f"{json_path}: record is for {record['name']!r}, expected {row['name']!r}")
        settings = record.get("settings", {})
        shard, name = row["shard"], row["name"]
        entry = {
            "index": row["index"],
            "caption": row["caption"],
            "name": row["name"],
            "shard": row["shard"],
            "seed": row["seed"],
            "line": row["line"],
            "length": row["length"],
            "frame_index": record["frame_index"],
            "npy": file_layout.pose_file(layout, shard, name, "npy"),
            "json": file_layout.pose_file(layout, shard, name, "json"),
            "png": file_layout.pose_file(layout, shard, name, "png") if "png" in formats else "",
            "bvh": file_layout.pose_file(layout, shard, name, "bvh") if "bvh" in formats else "",
            "clip_bvh": file_layout.clip_file(layout, shard, name) if clips else "",
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


POSE_FILE_FORMATS = ("npy", "json", "png", "bvh")
OPTIONAL_DATASET_FILES = (PARQUET_NAME,)


def pose_files(
    poses: Mapping[str, str], formats: Sequence[str], clips: bool, layout: str = "flat"
) -> set[str]:
    """Paths (relative to output_dir) of the files of the poses (name -> shard)."""
    files = {file_layout.pose_file(layout, shard, name, ext) for name, shard in poses.items() for ext in formats}
    if clips:
        files |= {file_layout.clip_file(layout, shard, name) for name, shard in poses.items()}
    return files


def remove_leftovers(
    output_dir: str | Path,
    names: Mapping[str, str] | set[str],
    formats: Sequence[str] = ("npy", "json", "png"),
    clips: bool = False,
    keep_removed_poses: bool = False,
    dataset_files: Sequence[str] = DATASET_FILES,
    layout: str = "flat",
) -> dict[str, list[str]]:
    """Delete, of the files the ledger says this workflow wrote (posegen.ledger), what
    this run does not produce: temporary files of writes killed half-way, the files of
    poses whose prompt is gone or renamed (unless ``keep_removed_poses``), and the
    pictures or BVH files of this run's poses when formats (or bvh_clip) no longer
    asks for them, and dataset files no longer asked for (``dataset_files``: those
    that are), and this run's pose files in the folders of another output_layout.
    ``names`` maps each pose's name to its shard (a set of names: the flat layout).
    Files the workflow did not write are never touched, and of folders only pose
    subfolders left empty by these removals. Returns the removed paths (relative to
    output_dir) by kind; they leave the ledger too."""
    from posegen import ledger

    output_dir = Path(output_dir)
    owned = ledger.owned(output_dir, adopted=False)  # adopted files are never removed
    prefixes = ledger.partial_prefixes(owned)
    removed: dict[str, list[str]] = {"partial": [], "stale": [], "dropped_format": []}
    if not isinstance(names, Mapping):
        names = dict.fromkeys(names, "")
    wanted = pose_files(names, formats, clips, layout) | set(dataset_files)
    folders = {"", "clips"} | {own.rpartition("/")[0] for own in owned}
    for folder in sorted(f for f in folders if file_layout.is_pose_folder(f)):
        for path in (output_dir / folder).glob(".*.tmp") if (output_dir / folder).is_dir() else ():
            if ledger.is_partial_of(path.name, prefixes):
                path.unlink(missing_ok=True)
                removed["partial"].append(os.path.relpath(path, output_dir))
    for relative in sorted(owned - wanted):
        folder, _, file_name = relative.rpartition("/")
        stem, _, extension = file_name.rpartition(".")
        if relative in OPTIONAL_DATASET_FILES:
            kind = "dropped_format"  # e.g. dataset.parquet after parquet: false
        elif not file_layout.is_pose_folder(folder) or extension not in POSE_FILE_FORMATS:
            continue  # only pose files are removed here
        else:
            kind = "dropped_format" if stem in names else "stale"
        if kind == "stale" and keep_removed_poses:
            continue
        path = output_dir / relative
        if path.is_file() and not path.is_symlink():
            path.unlink()
            removed[kind].append(relative)
    ledger.forget(output_dir, set(removed["stale"] + removed["dropped_format"]))
    emptied = {relative.rpartition("/")[0] for relative in removed["stale"] + removed["dropped_format"]}
    file_layout.remove_empty_folders(output_dir, {f for f in emptied if f})
    clip_dir = output_dir / "clips"
    if clip_dir.is_dir() and not clips and not any(clip_dir.iterdir()):
        clip_dir.rmdir()
    return removed


def curation_table(table: pd.DataFrame, curation_paths: Sequence[str], settings: CurationSettings) -> pd.DataFrame:
    """The curation fields of every pose, in prompt-table order, with duplicates and keep decided."""
    fields, vectors = read_pose_curation(curation_paths)
    position = {name: i for i, name in enumerate(fields["name"])}
    missing = [name for name in table["name"] if name not in position]
    if missing:
        raise ValueError(
            f"curation files lack {len(missing)} pose(s) of the prompt table (e.g. {missing[0]!r}); "
            "rerun to rebuild them"
        )
    order = [position[name] for name in table["name"]]
    fields = fields.iloc[order].reset_index(drop=True)
    return decide(fields, vectors[order], settings)


# What manifest_rows reads of a record: workers send back only these.
_MANIFEST_KEYS = ("name", "frame_index", "status", "generator", "backend", "settings")
_PART_ROWS = 500  # rows a worker reads at a time: small enough to share out evenly


def _read_each(paths: Sequence[Path], read, damaged: list[str]) -> list:
    """read(path) for every path that reads; the others go into ``damaged``."""
    values = []
    for path in paths:
        try:
            values.append(read(path))
        except Exception:  # empty, truncated or garbage: json and NumPy raise many types
            damaged.append(str(path))
    return values


def _read_and_update(json_paths: Sequence[Path], npy_paths: Sequence[Path], fields: Sequence[dict] | None):
    """A part of merge (run in a worker): read the poses and records, rewrite the
    records whose curation fields differ from ``fields``. Returns (the records'
    manifest fields, the poses, the unreadable paths, {rewritten path: SHA-256})."""
    damaged: list[str] = []
    records = _read_each(json_paths, _read_record, damaged)
    poses = _read_each(npy_paths, _read_pose, damaged)
    if damaged:
        return [], None, damaged, {}
    changed = []
    for path, record, wanted in zip(json_paths, records, fields or ()):
        if any(record.get(key) != value for key, value in wanted.items()):
            # Only the changed lines are written anew: encoding whole records again
            # took a third of merge's time.
            text = patch_json(record.text, wanted)
            record.update(wanted)
            changed.append((path, (format_json(record) if text is None else text).encode("utf-8")))
    with atomic_files() as batch:
        for path, data in changed:
            batch.write(path, data)
    slim = [{key: record[key] for key in _MANIFEST_KEYS if key in record} for record in records]
    return slim, np.stack(poses).astype(np.float32), [], dict(batch.sha256)


def read_and_update(
    output_dir: Path,
    json_paths: Sequence[Path],
    npy_paths: Sequence[Path],
    fields: Sequence[dict] | None = None,
    workers: int = 1,
) -> tuple[list[dict], np.ndarray, int]:
    """Read every pose and record (in order) and write ``fields`` (per record, the
    curation fields) into the records that differ, with ``workers`` processes; the
    rewritten files go into their batch records (posegen.batch_records), hashed as
    written. Returns (the records' manifest fields, the (N, 22, 3) poses, how many
    records changed); DamagedPoseFiles naming every file that cannot be read.

    Each part's records are replaced atomically, with one sync a part
    (posegen.io.atomic_files): a crash leaves every record old or new, and the rerun
    writes the rest."""
    from posegen import batch_records

    starts = range(0, len(json_paths), _PART_ROWS)
    parts = [
        (json_paths[i : i + _PART_ROWS], npy_paths[i : i + _PART_ROWS], None if fields is None else fields[i : i + _PART_ROWS])
        for i in starts
    ]
    if workers > 1 and len(parts) > 1:
        import multiprocessing

        # fork: the children need nothing imported again, and rule scripts have no
        # __main__ guard that spawn would need.
        with multiprocessing.get_context("fork").Pool(min(workers, len(parts))) as pool:
            results = pool.starmap(_read_and_update, parts, chunksize=1)
    else:
        results = [_read_and_update(*part) for part in parts]
    damaged = [path for result in results for path in result[2]]
    if damaged:
        raise DamagedPoseFiles(damaged)
    records = [record for result in results for record in result[0]]
    poses = np.concatenate([result[1] for result in results]) if results else np.zeros((0, 22, 3), np.float32)
    written = {path: sha for result in results for path, sha in result[3].items()}
    if written:
        batch_records.refresh(output_dir, list(written), written)
    return records, poses, len(written)


def write_merge(
    table: pd.DataFrame,
    output_dir,
    manifest_path,
    poses_path,
    curated_path=None,
    curation_paths: Sequence[str] = (),
    settings: CurationSettings | None = None,
    formats: Sequence[str] = ("npy", "json", "png"),
    clips: bool = False,
    parquet_path=None,
    parquet_png: bool = False,
    layout: str = "flat",
    workers: int = 1,
) -> dict[str, int]:
    """Write poses.npy, manifest.csv and, with curation files, curated.csv and the
    records' fields; with ``parquet_path``, the dataset file (posegen.dataset_file).
    ``workers`` processes read the pose files and rewrite the records."""
    output_dir = Path(output_dir)
    poses_by_row = list(zip(table["shard"], table["name"]))
    json_paths = [output_dir / file_layout.pose_file(layout, shard, name, "json") for shard, name in poses_by_row]
    npy_paths = [output_dir / file_layout.pose_file(layout, shard, name, "npy") for shard, name in poses_by_row]
    curation = None
    if curated_path is not None:
        curation = curation_table(table, curation_paths, settings or CurationSettings())
    fields = None if curation is None else [record_fields(row) for row in curation.to_dict("records")]
    records, poses, updated = read_and_update(output_dir, json_paths, npy_paths, fields, workers)
    manifest = manifest_rows(table, json_paths, records, formats, clips, layout)
    counts = {"records_updated": updated, "kept": len(manifest)}
    if curation is not None:
        columns = manifest_columns(curation)
        position = MANIFEST_COLUMNS.index("matched") + 1
        fixed, extra = manifest.iloc[:, :position], manifest.iloc[:, position:]
        manifest = pd.concat([fixed, columns, extra.drop(columns=[c for c in FIELDS if c in extra])], axis=1)
        counts["kept"] = int(curation["keep"].sum())
        counts["duplicates"] = int((curation["duplicate_of"] != "").sum())
        counts["implausible"] = int((~curation["plausible"].astype(bool)).sum())
    write_npy(poses_path, poses)
    with atomic_path(manifest_path) as tmp:
        manifest.to_csv(tmp, index=False)
    if curated_path is not None:
        with atomic_path(curated_path) as tmp:
            manifest[manifest["keep"] == "true"].to_csv(tmp, index=False)
    if parquet_path is not None:
        from posegen.dataset_file import write_parquet

        # The manifest as written: the same columns and values as in the CSV.
        written = pd.read_csv(manifest_path, keep_default_na=False, dtype=str)
        write_parquet(parquet_path, written, poses, output_dir if parquet_png else None)
    return counts
