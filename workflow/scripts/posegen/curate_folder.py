"""Curate a folder of poses this workflow did not make, without touching it.

The folder holds ``<name>.npy`` (22 x 3 joints in metres, y up) and, optionally,
``<name>.json`` with at least ``caption`` (as older batch scripts wrote them).
The curation table and report go to a separate folder (by default
``<folder>_curation`` beside it); no file of the pose folder is opened for writing.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable

import numpy as np
import pandas as pd

from posegen.curation import curate_poses, decide, manifest_columns
from posegen.curation_report import format_counts, write_curation_summary
from posegen.duplicates import normalised
from posegen.io import atomic_path, write_text
from posegen.pose_curation import CurationSettings
from posegen.skeleton import NUM_JOINTS

MARKER = ".posegen-curation"  # lists the files this tool wrote in a report folder
OUTPUT_FILES = (
    "curation.csv",
    "curated.csv",
    "curation.html",
    "worst_agreement.png",
    "duplicate_groups.png",
    "plots/postures.png",
    "plots/agreement.png",
    "plots/problems.png",
)


class CurateFolderError(ValueError):
    """The folder cannot be curated as asked; the message says why and what to do."""


def default_report_dir(folder: Path) -> Path:
    folder = folder.resolve()
    return folder.with_name(folder.name + "_curation")


def read_folder(folder: Path, log: Callable[[str], None] = print) -> tuple[pd.DataFrame, np.ndarray]:
    """Rows (name, caption, npy, json) and poses (N, 22, 3) of the folder's readable poses, by name."""
    rows, poses, skipped = [], [], []
    for npy in sorted(folder.glob("*.npy")):
        try:
            joints = np.load(npy, allow_pickle=False)
        except (OSError, ValueError) as err:
            skipped.append(f"{npy.name}: unreadable ({err})")
            continue
        if joints.shape != (NUM_JOINTS, 3):
            skipped.append(f"{npy.name}: shape {joints.shape}, not ({NUM_JOINTS}, 3)")
            continue
        record_path = npy.with_suffix(".json")
        caption = ""
        if record_path.exists():
            try:
                record = json.loads(record_path.read_text(encoding="utf-8"))
                caption = str(record.get("caption", "")) if isinstance(record, dict) else ""
            except (OSError, ValueError) as err:
                skipped.append(f"{record_path.name}: unreadable ({err}); its pose is read without a caption")
        rows.append({"name": npy.stem, "caption": caption, "npy": npy.name, "json": record_path.name if record_path.exists() else ""})
        poses.append(joints.astype(np.float64))
    for line in skipped[:20]:
        log(f"skipped {line}")
    if len(skipped) > 20:
        log(f"... and {len(skipped) - 20} more skipped")
    if not rows:
        raise CurateFolderError(f"{folder}: no <name>.npy files of {NUM_JOINTS} x 3 joints to curate")
    return pd.DataFrame(rows), np.stack(poses)


def _check_report_dir(folder: Path, report_dir: Path) -> None:
    folder, report_dir = folder.resolve(), report_dir.resolve()
    if report_dir == folder or folder in report_dir.parents:
        raise CurateFolderError(f"report folder {report_dir} is inside the pose folder; choose one beside it")
    if report_dir in folder.parents:
        raise CurateFolderError(f"report folder {report_dir} contains the pose folder; choose a folder of its own")
    marker = report_dir / MARKER
    ours = set(marker.read_text(encoding="utf-8").split("\n")) if marker.exists() else set()
    foreign = [name for name in OUTPUT_FILES if (report_dir / name).exists() and name not in ours]
    if foreign:
        raise CurateFolderError(
            f"{report_dir} already holds {', '.join(foreign[:3])} not written by this tool; "
            "choose another report folder (--report-dir)"
        )


def curate_folder(
    folder: str | Path,
    report_dir: str | Path | None = None,
    settings: CurationSettings | None = None,
    log: Callable[[str], None] = print,
) -> dict[str, Any]:
    """Curate every pose of ``folder``; write the table and report to ``report_dir``."""
    folder = Path(folder)
    if not folder.is_dir():
        raise CurateFolderError(f"{folder}: not a folder")
    report_dir = Path(report_dir) if report_dir is not None else default_report_dir(folder)
    _check_report_dir(folder, report_dir)
    settings = settings or CurationSettings()
    rows, poses = read_folder(folder, log)
    log(f"curating {len(rows)} poses of {folder}")
    fields = curate_poses(poses, list(rows["caption"]), settings)
    fields["name"] = rows["name"]
    finite = np.isfinite(poses).all(axis=(1, 2))
    vectors = np.zeros((len(rows), NUM_JOINTS * 3), dtype=np.float32)
    if finite.any():
        vectors[finite] = normalised(poses[finite])
    vectors[~finite] = np.float32(1e9) * np.arange(1, (~finite).sum() + 1, dtype=np.float32)[:, None]
    decided = decide(fields, vectors, settings)
    table = pd.concat([rows.reset_index(drop=True), manifest_columns(decided)], axis=1)

    report_dir.mkdir(parents=True, exist_ok=True)
    (report_dir / "plots").mkdir(exist_ok=True)
    write_text(report_dir / MARKER, "\n".join(OUTPUT_FILES) + "\n")
    with atomic_path(report_dir / "curation.csv") as tmp:
        table.to_csv(tmp, index=False)
    with atomic_path(report_dir / "curated.csv") as tmp:
        table[table["keep"] == "true"].to_csv(tmp, index=False)
    safe = np.where(np.isfinite(poses), poses, 0.0)
    counts = write_curation_summary(
        safe,
        table,
        {
            "postures": report_dir / "plots" / "postures.png",
            "agreement": report_dir / "plots" / "agreement.png",
            "problems": report_dir / "plots" / "problems.png",
            "worst": report_dir / "worst_agreement.png",
            "duplicates": report_dir / "duplicate_groups.png",
            "html": report_dir / "curation.html",
        },
    )
    log(format_counts(counts))
    log(f"wrote {report_dir}/curation.csv, curated.csv and the report")
    return counts
