"""Curation: read every pose back and decide what a training set keeps.

Per pose (per shard, beside generation): posture class, plausibility problems and
agreement with the caption's constraints. Per dataset (at merge): near-duplicate
groups and the keep decision. Information only: verify still fails on file
problems alone.

The fields, the same in manifest.csv and in each pose's JSON record:
posture, plausible, problems, agreement, disagreements, duplicate_of, keep.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Sequence

import numpy as np
import pandas as pd

from posegen.caption_reader import read_caption
from posegen.constraints import agreements
from posegen.duplicates import group_duplicates, normalised
from posegen.io import atomic_path
from posegen.plausibility import PlausibilitySettings, check_poses
from posegen.posecodes import read_poses

# Bump when the reading of poses or captions changes: it reruns curation (a params value).
VERSION = "2"
FIELDS = ("posture", "plausible", "problems", "agreement", "disagreements", "duplicate_of", "keep")
POSE_FIELDS = ("posture", "plausible", "problems", "agreement", "disagreements", "constraints")


@dataclass(frozen=True)
class CurationSettings:
    """The ``curation`` block of the config."""

    duplicate_threshold_mm: float = 20.0
    min_agreement: float = 1.0
    drop_duplicates: bool = True
    drop_implausible: bool = True
    drop_disagreeing: bool = True
    bone_tolerance: float = 0.20
    symmetry_tolerance: float = 0.12
    hyperextension_degrees: float = 15.0
    penetration: float = 0.5
    limb_penetration: float = 0.35
    support_margin: float = 0.20

    @classmethod
    def from_config(cls, block: dict[str, Any] | None) -> "CurationSettings":
        return cls(**(block or {}))

    def plausibility(self) -> PlausibilitySettings:
        return PlausibilitySettings(
            bone_tolerance=self.bone_tolerance,
            symmetry_tolerance=self.symmetry_tolerance,
            hyperextension_degrees=self.hyperextension_degrees,
            penetration=self.penetration,
            limb_penetration=self.limb_penetration,
            support_margin=self.support_margin,
        )

    def pose_settings(self) -> dict[str, Any]:
        """What the per-pose reading depends on (a change reruns the per-shard jobs)."""
        return {**asdict(self.plausibility()), "version": VERSION}

    def dataset_settings(self) -> dict[str, Any]:
        """What the dataset-level decisions depend on (a change reruns merge only)."""
        return {
            "duplicate_threshold_mm": self.duplicate_threshold_mm,
            "min_agreement": self.min_agreement,
            "drop_duplicates": self.drop_duplicates,
            "drop_implausible": self.drop_implausible,
            "drop_disagreeing": self.drop_disagreeing,
        }


def curate_poses(poses: np.ndarray, captions: Sequence[str], settings: CurationSettings,
                 failed: Sequence[bool] | None = None) -> pd.DataFrame:
    """Per-pose curation fields for poses (N, 22, 3) and their captions.

    Poses whose generation failed (placeholders) get posture "other", the problem
    "generation_failed" and no agreement.
    """
    poses = np.asarray(poses, dtype=np.float64).reshape(len(captions), 22, 3)
    failed = np.zeros(len(captions), dtype=bool) if failed is None else np.asarray(failed, dtype=bool)
    problems = check_poses(poses, settings.plausibility())
    finite = np.isfinite(poses).all(axis=(1, 2)) & ~failed
    posture = np.full(len(captions), "other", dtype=object)
    scores: list[Any] = [None] * len(captions)
    violated: list[str] = [""] * len(captions)
    counts = [0] * len(captions)
    if finite.any():
        index = np.flatnonzero(finite)
        reading = read_poses(poses[index])
        posture[index] = reading.posture
        readings = [read_caption(captions[i]).constraints for i in index]
        for k, result in zip(index, agreements(readings, reading)):
            scores[k] = None if result.score is None else round(result.score, 4)
            violated[k] = result.disagreements
            counts[k] = result.checked
    for i in np.flatnonzero(failed):
        problems[i] = ["generation_failed"]
    return pd.DataFrame(
        {
            "posture": posture.astype(str),
            "plausible": [not p for p in problems],
            "problems": [";".join(p) for p in problems],
            "agreement": pd.array(scores, dtype="Float64"),
            "disagreements": violated,
            "constraints": counts,
        }
    )


def write_pose_curation(path: str | Path, names: Sequence[str], table: pd.DataFrame, vectors: np.ndarray) -> None:
    """A shard's curation: the per-pose fields and the normalised poses for near-duplicates."""
    payload = table.assign(name=list(names)).astype({"agreement": "object"})
    payload["agreement"] = [None if pd.isna(v) else float(v) for v in table["agreement"]]
    with atomic_path(path) as tmp:
        with open(tmp, "wb") as handle:
            np.savez(handle, vectors=np.asarray(vectors, dtype=np.float32),
                     table=json.dumps(payload.to_dict("list"), ensure_ascii=False))


def read_pose_curation(paths: Sequence[str | Path]) -> tuple[pd.DataFrame, np.ndarray]:
    """The per-pose fields (with ``name``) and normalised poses of shard curation files, in order."""
    tables, vectors = [], []
    for path in paths:
        with np.load(path, allow_pickle=False) as data:
            tables.append(pd.DataFrame(json.loads(str(data["table"]))))
            vectors.append(data["vectors"])
    table = pd.concat(tables, ignore_index=True) if tables else pd.DataFrame(columns=["name", *POSE_FIELDS])
    return table, (np.concatenate(vectors) if vectors else np.zeros((0, 66), dtype=np.float32))


def curate_shard(shard_path: str | Path, out_path: str | Path, settings: CurationSettings) -> pd.DataFrame:
    """Curate the poses of one generated shard file (see posegen.generation.write_shard_file)."""
    from posegen.generation import read_shard_file

    poses = read_shard_file(shard_path)
    names = list(poses)
    joints = np.stack([poses[n][0] for n in names]) if names else np.zeros((0, 22, 3), dtype=np.float32)
    captions = [poses[n][1]["caption"] for n in names]
    failed = [poses[n][1].get("status") == "failed" for n in names]
    table = curate_poses(joints, captions, settings, failed)
    write_pose_curation(out_path, names, table, normalised(joints) if names else np.zeros((0, 66)))
    return table


def keep_order(table: pd.DataFrame) -> np.ndarray:
    """Poses best first: plausible, then higher agreement (none counts as neutral), then prompt order."""
    agreement = pd.to_numeric(table["agreement"], errors="coerce").fillna(0.5).to_numpy()
    plausible = table["plausible"].astype(bool).to_numpy()
    return np.lexsort((np.arange(len(table)), -agreement, ~plausible))


def decide(table: pd.DataFrame, vectors: np.ndarray, settings: CurationSettings) -> pd.DataFrame:
    """Add duplicate_of and keep to the per-pose fields (rows in prompt order, with ``name``)."""
    table = table.copy()
    leader = group_duplicates(vectors, settings.duplicate_threshold_mm, order=keep_order(table))
    names = list(table["name"])
    table["duplicate_of"] = [names[g] if g != i else "" for i, g in enumerate(leader)]
    agreement = pd.to_numeric(table["agreement"], errors="coerce")
    keep = np.ones(len(table), dtype=bool)
    if settings.drop_duplicates:
        keep &= (table["duplicate_of"] == "").to_numpy()
    if settings.drop_implausible:
        keep &= table["plausible"].astype(bool).to_numpy()
    if settings.drop_disagreeing:
        keep &= (agreement.isna() | (agreement >= settings.min_agreement)).to_numpy()
    table["keep"] = keep
    return table


def record_fields(row: dict[str, Any]) -> dict[str, Any]:
    """The curation fields of one pose as they go into its JSON record."""
    agreement = row["agreement"]
    return {
        "posture": row["posture"],
        "plausible": bool(row["plausible"]),
        "problems": [p for p in str(row["problems"]).split(";") if p],
        "agreement": None if agreement is None or pd.isna(agreement) else float(agreement),
        "disagreements": [d for d in str(row["disagreements"]).split(";") if d],
        "duplicate_of": row["duplicate_of"] or None,
        "keep": bool(row["keep"]),
    }


def manifest_columns(table: pd.DataFrame) -> pd.DataFrame:
    """The curation columns as manifest.csv writes them (true/false, ;-lists, empty for none)."""
    agreement = pd.to_numeric(table["agreement"], errors="coerce")
    return pd.DataFrame(
        {
            "posture": table["posture"].astype(str),
            "plausible": np.where(table["plausible"].astype(bool), "true", "false"),
            "problems": table["problems"].astype(str),
            "agreement": [("" if pd.isna(v) else f"{v:.4g}") for v in agreement],
            "disagreements": table["disagreements"].astype(str),
            "duplicate_of": table["duplicate_of"].astype(str),
            "keep": np.where(table["keep"].astype(bool), "true", "false"),
        }
    )
