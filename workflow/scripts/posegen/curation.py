"""Curation: read every pose back and decide what a training set keeps.

Per pose (per shard, beside generation): posture class, plausibility problems and
agreement with the caption's constraints. Per dataset (at merge): near-duplicate
groups and the keep decision. Information only: verify still fails on file
problems alone.

The fields, the same in manifest.csv and in each pose's JSON record:
posture, plausible, problems, agreement, disagreements, duplicate_of, keep.
The per-pose part, run by the per-shard jobs, is posegen.pose_curation (no pandas:
those jobs start faster); this module holds the tables and dataset decisions.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Sequence

import numpy as np
import pandas as pd

from posegen.duplicates import group_duplicates
from posegen.pose_curation import POSE_FIELDS, CurationSettings, pose_fields

FIELDS = ("posture", "plausible", "problems", "agreement", "disagreements", "duplicate_of", "keep")


def curate_poses(poses: np.ndarray, captions: Sequence[str], settings: CurationSettings,
                 failed: Sequence[bool] | None = None) -> pd.DataFrame:
    """Per-pose curation fields (posegen.pose_curation.pose_fields) as a table."""
    fields = pose_fields(poses, captions, settings, failed)
    return pd.DataFrame({**fields, "agreement": pd.array(fields["agreement"], dtype="Float64")})


def read_pose_curation(paths: Sequence[str | Path]) -> tuple[pd.DataFrame, np.ndarray]:
    """The per-pose fields (with ``name``) and normalised poses of shard curation files, in order."""
    tables, vectors = [], []
    for path in paths:
        with np.load(path, allow_pickle=False) as data:
            tables.append(pd.DataFrame(json.loads(str(data["table"]))))
            vectors.append(data["vectors"])
    table = pd.concat(tables, ignore_index=True) if tables else pd.DataFrame(columns=["name", *POSE_FIELDS])
    return table, (np.concatenate(vectors) if vectors else np.zeros((0, 66), dtype=np.float32))


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
    keep = np.ones(len(table), dtype=bool)
    if settings.drop_duplicates:
        keep &= (table["duplicate_of"] == "").to_numpy()
    if settings.drop_implausible:
        keep &= table["plausible"].astype(bool).to_numpy()
    if settings.drop_disagreeing:
        keep &= ~disagreeing(table, settings)
    table["keep"] = keep
    return table


def disagreeing(table: pd.DataFrame, settings: CurationSettings) -> np.ndarray:
    """(N,) bool: poses the keep policy counts as disagreeing with their captions: under
    min_agreement, and with ``disagreement: clear`` only where the violations are clear evidence
    of a wrong pose (the posture, two or more constraints, or a side swapped)."""
    agreement = pd.to_numeric(table["agreement"], errors="coerce")
    under = (agreement.notna() & (agreement < settings.min_agreement)).to_numpy()
    if settings.disagreement == "clear":
        under &= table["clear_disagreement"].astype(bool).to_numpy()
    return under


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
