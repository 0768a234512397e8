"""Per-pose curation, run by a CPU job per generated shard: each pose's posture,
plausibility problems and agreement with its caption, and its normalised joints
for the near-duplicate search that merge runs over the whole dataset
(posegen.curation). Free of pandas, so that each job starts fast."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from posegen.caption_reader import add_readings, read_caption
from posegen.agreement import agreements
from posegen.duplicates import normalised
from posegen.io import atomic_path
from posegen.plausibility import PlausibilitySettings, check_poses
from posegen.posecodes import read_poses

# Bump when the reading of poses or captions changes: it reruns curation (a params value).
VERSION = "100"
POSE_FIELDS = ("posture", "plausible", "problems", "agreement", "disagreements", "constraints", "clear_disagreement")


@dataclass(frozen=True)
class CurationSettings:
    """The ``curation`` block of the config."""

    duplicate_threshold_mm: float = 20.0
    min_agreement: float = 1.0
    disagreement: str = "any"  # "any" violated constraint, or only "clear" evidence of a wrong pose
    drop_duplicates: bool = True
    drop_implausible: bool = True
    drop_disagreeing: bool = True
    bone_tolerance: float = 0.20
    symmetry_tolerance: float = 0.12
    hyperextension_degrees: float = 15.0
    penetration: float = 0.5
    limb_penetration: float = 0.35
    support_margin: float = 0.20

    def __post_init__(self) -> None:
        if self.disagreement not in ("any", "clear"):
            raise ValueError(f"curation disagreement must be 'any' or 'clear', not {self.disagreement!r}")

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
            "disagreement": self.disagreement,
            "drop_duplicates": self.drop_duplicates,
            "drop_implausible": self.drop_implausible,
            "drop_disagreeing": self.drop_disagreeing,
        }


def pose_fields(poses: np.ndarray, captions: Sequence[str], settings: CurationSettings,
                failed: Sequence[bool] | None = None) -> dict[str, list]:
    """Per-pose curation fields (POSE_FIELDS: one list each) for poses (N, 22, 3) and
    their captions; agreement is None where the caption names nothing checkable.

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
    clear = [False] * len(captions)
    if finite.any():
        index = np.flatnonzero(finite)
        reading = read_poses(poses[index])
        posture[index] = reading.posture
        readings = [read_caption(captions[i]).constraints for i in index]
        for k, result in zip(index, agreements(readings, reading)):
            scores[k] = None if result.score is None else round(result.score, 4)
            violated[k] = result.disagreements
            counts[k] = result.checked
            clear[k] = result.clear
    for i in np.flatnonzero(failed):
        problems[i] = ["generation_failed"]
    return {
        "posture": [str(p) for p in posture],
        "plausible": [not p for p in problems],
        "problems": [";".join(p) for p in problems],
        "agreement": scores,
        "disagreements": violated,
        "constraints": counts,
        "clear_disagreement": clear,
    }


def write_pose_curation(path: str | Path, names: Sequence[str], fields: dict[str, list], vectors: np.ndarray) -> None:
    """A shard's curation: the per-pose fields and the normalised poses for near-duplicates
    (read by posegen.curation.read_pose_curation)."""
    payload = {**{key: list(fields[key]) for key in POSE_FIELDS}, "name": list(names)}
    with atomic_path(path) as tmp:
        with open(tmp, "wb") as handle:
            np.savez(handle, vectors=np.asarray(vectors, dtype=np.float32), table=json.dumps(payload, ensure_ascii=False))


def curate_shard(
    shard_path: str | Path, out_path: str | Path, settings: CurationSettings, readings_path: str | Path | None = None
) -> dict[str, list]:
    """Curate the poses of one generated shard file (see posegen.shard_file). With
    ``readings_path``, the caption readings its generate job left there
    (posegen.reading_store) are used rather than made again, and the file is removed."""
    from posegen.shard_file import read_shard_file

    if readings_path is not None:
        from posegen import reading_store

        add_readings(reading_store.load(readings_path))
    poses = read_shard_file(shard_path)
    names = list(poses)
    joints = np.stack([poses[n][0] for n in names]) if names else np.zeros((0, 22, 3), dtype=np.float32)
    captions = [poses[n][1]["caption"] for n in names]
    failed = [poses[n][1].get("status") == "failed" for n in names]
    fields = pose_fields(joints, captions, settings, failed)
    write_pose_curation(out_path, names, fields, normalised(joints) if names else np.zeros((0, 66)))
    if readings_path is not None:
        Path(readings_path).unlink(missing_ok=True)  # used: scratch kept small on large runs
    return fields
