"""Is a pose physically plausible? Problem codes from the 22 joints, vectorised over poses.

Codes (a pose may have several):
- ``nan_joints``: a coordinate is NaN or infinite (nothing else is checked then).
- ``degenerate``: two joints of a bone coincide, or the body has no extent.
- ``bone_length``: a limb bone or the spine is off the body's own proportions
  (learned models drift), or the left and right bones of a pair differ.
- ``knee_hyperextended``: a knee bent the wrong way (it points backwards while
  the toes point forwards).
- ``elbow_hyperextended``: with the upper arm hanging, the forearm bent backwards.
- ``interpenetration``: a limb passing through the torso, the head or another
  limb (capsules around the bones).
- ``below_floor``: a joint clearly below the floor (only for poses not put on the
  floor by this workflow: its own poses have min y = 0).
- ``no_support``: the body's centre of mass far outside what touches the floor
  (sitting poses are exempt: a seat carries them and is not in the joints).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from posegen.posecodes import SIDES, PoseReading, centre_of_mass, on_a_seat, read_poses
from posegen.skeleton import JOINT, PARENTS

PROBLEMS = ("nan_joints", "degenerate", "bone_length", "knee_hyperextended", "elbow_hyperextended",
            "interpenetration", "below_floor", "no_support")


@dataclass(frozen=True)
class PlausibilitySettings:
    bone_tolerance: float = 0.20  # a bone may differ this much (share) from the body's proportions
    symmetry_tolerance: float = 0.12  # left and right bones may differ this much
    hyperextension_degrees: float = 15.0  # a knee bent the wrong way by more than this
    penetration: float = 0.5  # a limb's and the torso's or head's axes closer than this share of their radii
    limb_penetration: float = 0.35  # two limbs' axes (soft tissue gives, hands rest on legs)
    support_margin: float = 0.20  # metres the centre of mass may lie outside the floor contacts
    floor_tolerance: float = 0.03  # metres below y = 0


# Limb bones (parent joint, child joint) and their length as a share of the leg (hip to ankle),
# from the HumanML3D / SMPL body (thigh and shin about half the leg each).
PROPORTIONS = {
    ("hip", "knee"): 0.49,
    ("knee", "ankle"): 0.50,
    ("shoulder", "elbow"): 0.33,
    ("elbow", "wrist"): 0.31,
}
SPINE_PROPORTION = 0.61  # pelvis to neck along the spine, as a share of the leg
REFERENCE_LEG = 0.82

# Capsules: (name, joint a, joint b, radius in metres, share of a->b covered).
CAPSULES = [
    ("torso", "spine1", "neck", 0.11, 1.0),
    ("head", "head", "head", 0.09, 1.0),
    *[(f"{s}_upper_arm", f"{s}_shoulder", f"{s}_elbow", 0.045, 1.0) for s in SIDES],
    *[(f"{s}_forearm", f"{s}_elbow", f"{s}_wrist", 0.04, 1.0) for s in SIDES],
    # A hand resting on a thigh or shin puts the wrist on its surface: against the legs
    # only the forearm's part nearer the elbow counts.
    *[(f"{s}_forearm_upper", f"{s}_elbow", f"{s}_wrist", 0.04, 0.7) for s in SIDES],
    *[(f"{s}_thigh", f"{s}_hip", f"{s}_knee", 0.07, 1.0) for s in SIDES],
    *[(f"{s}_shin", f"{s}_knee", f"{s}_ankle", 0.05, 1.0) for s in SIDES],
]
# Pairs that must not overlap (bones that meet at a joint, or always touch, are left out).
CAPSULE_PAIRS = [
    *[(f"{s}_forearm", "torso") for s in SIDES],
    *[(f"{s}_forearm", "head") for s in SIDES],
    *[(f"{s}_upper_arm", "head") for s in SIDES],
    *[(f"{s}_{limb}", "torso") for s in SIDES for limb in ("shin",)],
    *[(f"{s}_{a}", f"{o}_{b}") for s, o in (("left", "right"), ("right", "left")) for a, b in (("shin", "thigh"),)],
    ("left_shin", "right_shin"),
    *[(f"{s}_forearm_upper", f"{o}_thigh") for s in SIDES for o in SIDES],
    *[(f"{s}_forearm_upper", f"{o}_shin") for s in SIDES for o in SIDES],
]


def _segment_distance(p1, q1, p2, q2) -> np.ndarray:
    """Shortest distance between segments p1-q1 and p2-q2, all (N, 3)."""
    d1, d2, r = q1 - p1, q2 - p2, p1 - p2
    a = (d1 * d1).sum(-1)
    e = (d2 * d2).sum(-1)
    f = (d2 * r).sum(-1)
    c = (d1 * r).sum(-1)
    b = (d1 * d2).sum(-1)
    denom = a * e - b * b
    eps = 1e-12
    s = np.where(denom > eps, np.clip((b * f - c * e) / np.maximum(denom, eps), 0, 1), 0.0)
    s = np.where(a > eps, s, 0.0)
    t = np.where(e > eps, (b * s + f) / np.maximum(e, eps), 0.0)
    # Clamp t and recompute s where t left [0, 1].
    t_clamped = np.clip(t, 0, 1)
    s = np.where(t != t_clamped, np.where(a > eps, np.clip((b * t_clamped - c) / np.maximum(a, eps), 0, 1), 0.0), s)
    closest1 = p1 + d1 * s[:, None]
    closest2 = p2 + d2 * t_clamped[:, None]
    return np.linalg.norm(closest1 - closest2, axis=-1)


def _bone(joints: np.ndarray, a: str, b: str) -> np.ndarray:
    return np.linalg.norm(joints[:, JOINT[a]] - joints[:, JOINT[b]], axis=-1)


def check_poses(poses: np.ndarray, settings: PlausibilitySettings | None = None,
                reading: PoseReading | None = None) -> list[list[str]]:
    """Problem codes per pose (empty list: plausible) for poses shaped (N, 22, 3)."""
    settings = settings or PlausibilitySettings()
    poses = np.asarray(poses, dtype=np.float64)
    if poses.ndim == 2:
        poses = poses[None]
    n = len(poses)
    problems: list[list[str]] = [[] for _ in range(n)]
    finite = np.isfinite(poses).all(axis=(1, 2))
    for i in np.flatnonzero(~finite):
        problems[i].append("nan_joints")
    if not finite.any():
        return problems
    index = np.flatnonzero(finite)
    joints = poses[index]
    parents = np.array([max(p, 0) for p in PARENTS])
    bones = np.linalg.norm(joints - joints[:, parents], axis=-1)[:, 1:]
    degenerate = (bones < 0.01).any(axis=1) | (np.ptp(joints.reshape(len(index), -1), axis=1) < 0.2)
    flags: dict[str, np.ndarray] = {"degenerate": degenerate}
    safe = ~degenerate
    if safe.any():
        reading = read_poses(joints) if reading is None else reading
        flags["bone_length"] = _bone_lengths(joints, settings)
        flags["knee_hyperextended"] = _knees(reading, settings)
        flags["elbow_hyperextended"] = _elbows(reading)
        flags["interpenetration"] = _interpenetration(reading, settings)
        flags["below_floor"] = joints[..., 1].min(axis=1) < -settings.floor_tolerance
        flags["no_support"] = _unsupported(reading, settings)
    for code in PROBLEMS:
        mask = flags.get(code)
        if mask is None:
            continue
        if code != "degenerate":
            mask = mask & safe
        for k in np.flatnonzero(mask):
            problems[index[k]].append(code)
    return problems


def cheap_problems(reading: PoseReading, settings: PlausibilitySettings | None = None,
                   seated: np.ndarray | None = None) -> np.ndarray:
    """(N,) a quick count for a pose solver's every step: knees and elbows bent the wrong way,
    and the centre of mass beyond the box around the floor contacts by more than the support
    margin (a looser stand-in for ``no_support``, linear in the joints), except for the poses
    ``seated`` marks that sit on a seat."""
    settings = settings or PlausibilitySettings()
    flat = reading.joints[..., [0, 2]]
    touching = reading.ground
    low = np.where(touching[..., None], flat, np.inf).min(axis=1)
    high = np.where(touching[..., None], flat, -np.inf).max(axis=1)
    com = centre_of_mass(reading)[:, [0, 2]]
    gap = np.linalg.norm(np.maximum(np.maximum(low - com, com - high), 0.0), axis=-1)
    unsupported = gap > settings.support_margin * reading.scale
    if seated is not None and seated.any():  # (poses meant to sit: a seat carries them, as no_support exempts sitting)
        unsupported &= ~(seated & on_a_seat(reading))
    return _knees(reading, settings).astype(int) + _elbows(reading) + unsupported


def pose_problems(reading: PoseReading, settings: PlausibilitySettings | None = None) -> np.ndarray:
    """(N,) number of joint-limit, interpenetration and support problems of each pose: what a
    pose solver avoids (bone lengths, NaNs and the floor it cannot change)."""
    settings = settings or PlausibilitySettings()
    return (_knees(reading, settings).astype(int) + _elbows(reading) + _interpenetration(reading, settings)
            + _unsupported(reading, settings))


def _bone_lengths(joints: np.ndarray, settings: PlausibilitySettings) -> np.ndarray:
    lengths, expected = [], []
    for s in SIDES:
        for (a, b), share in PROPORTIONS.items():
            lengths.append(_bone(joints, f"{s}_{a}", f"{s}_{b}"))
            expected.append(share * REFERENCE_LEG)
    # Along the spine's bones, so that a bent back keeps its length.
    spine = ("pelvis", "spine1", "spine2", "spine3", "neck")
    lengths.append(sum(_bone(joints, a, b) for a, b in zip(spine, spine[1:])))
    expected.append(SPINE_PROPORTION * REFERENCE_LEG)
    lengths, expected = np.stack(lengths, axis=1), np.array(expected)
    ratio = lengths / expected
    # The body's own size: the median ratio, which one stretched bone cannot move.
    size = np.median(ratio, axis=1, keepdims=True)
    off = np.abs(ratio / np.maximum(size, 1e-9) - 1.0) > settings.bone_tolerance
    half = len(PROPORTIONS)
    left, right = lengths[:, :half], lengths[:, half : 2 * half]
    asymmetric = np.abs(left - right) / np.maximum((left + right) / 2, 1e-9) > settings.symmetry_tolerance
    implausible_size = (size[:, 0] < 0.55) | (size[:, 0] > 1.45)
    return off.any(axis=1) | asymmetric.any(axis=1) | implausible_size


def _perpendicular(v: np.ndarray, axis: np.ndarray) -> np.ndarray:
    axis = axis / np.maximum(np.linalg.norm(axis, axis=-1, keepdims=True), 1e-9)
    return v - (v * axis).sum(-1, keepdims=True) * axis


def _knees(r: PoseReading, settings: PlausibilitySettings) -> np.ndarray:
    """A bent knee must point the way the toes do: the knee's offset from the hip-ankle line
    and the foot's direction across the shin lie on the same side."""
    out = np.zeros(len(r), dtype=bool)
    for s in SIDES:
        hip, knee, ankle, foot = (r.joint(f"{s}_{j}") for j in ("hip", "knee", "ankle", "foot"))
        bend = 180.0 - r.angles[f"{s}_knee"]
        protrusion = _perpendicular(knee - (hip + ankle) / 2, ankle - hip)
        toes = _perpendicular(foot - ankle, ankle - knee)
        toe_len = np.linalg.norm(toes, axis=-1)
        cosine = (protrusion * toes).sum(-1) / np.maximum(np.linalg.norm(protrusion, axis=-1) * toe_len, 1e-9)
        clear = toe_len > 0.3 * np.linalg.norm(foot - ankle, axis=-1)
        out |= (bend > settings.hyperextension_degrees) & clear & (cosine < -0.5)
    return out


def _elbows(r: PoseReading) -> np.ndarray:
    """With the upper arm hanging along the torso (within 40 degrees), the forearm cannot bend
    towards the body's back: the upper arm's twist cannot turn the elbow's bend that far.
    Measured in the torso's own frame, so lying poses read the same."""
    up = r.frame[1]
    # Left-right from the shoulders alone: the arms hang from them, whatever the hips do.
    lateral = _perpendicular(r.joint("left_shoulder") - r.joint("right_shoulder"), up)
    forward = np.cross(lateral, up)
    forward = forward / np.maximum(np.linalg.norm(forward, axis=-1, keepdims=True), 1e-9)
    out = np.zeros(len(r), dtype=bool)
    for s in SIDES:
        shoulder, elbow, wrist = (r.joint(f"{s}_{j}") for j in ("shoulder", "elbow", "wrist"))
        upper = elbow - shoulder
        hanging = -(upper * up).sum(-1) > np.cos(np.radians(40)) * np.linalg.norm(upper, axis=-1)
        bend = 180.0 - r.angles[f"{s}_elbow"]
        across = _perpendicular(wrist - elbow, upper)
        backward = -(across * forward).sum(-1) / np.maximum(np.linalg.norm(across, axis=-1), 1e-9)
        out |= hanging & (bend > 25) & (backward > 0.7)
    return out


def _interpenetration(r: PoseReading, settings: PlausibilitySettings) -> np.ndarray:
    capsules = {name: (a, b, radius, share) for name, a, b, radius, share in CAPSULES}

    def ends(name):
        a, b, _, share = capsules[name]
        start = r.joint(a)
        return start, start + share * (r.joint(b) - start)

    out = np.zeros(len(r), dtype=bool)
    for first, second in CAPSULE_PAIRS:
        distance = _segment_distance(*ends(first), *ends(second)) / r.scale
        share = settings.penetration if second in ("torso", "head") else settings.limb_penetration
        out |= distance < share * (capsules[first][2] + capsules[second][2])
    return out


def _unsupported(r: PoseReading, settings: PlausibilitySettings) -> np.ndarray:
    """Centre of mass farther than the margin from every floor contact and every segment
    between two contacts (a cheap stand-in for the support polygon). Sitting and lying
    poses are exempt: a seat, or the body's own flesh below its joints, carries them."""
    joints = r.joints
    com = centre_of_mass(r)[:, [0, 2]]
    ground = r.ground
    flat = joints[..., [0, 2]]
    a = flat[:, :, None, :]
    ab = flat[:, None, :, :] - a
    ap = com[:, None, None, :] - a
    t = np.clip((ap * ab).sum(-1) / np.maximum((ab * ab).sum(-1), 1e-12), 0, 1)
    distance = np.linalg.norm(ap - ab * t[..., None], axis=-1)
    pair = ground[:, :, None] & ground[:, None, :]
    distance = np.where(pair, distance, np.inf).min(axis=(1, 2))
    exempt = np.isin(r.posture.astype(str), ["sitting", "lying"])
    return (distance > settings.support_margin * r.scale) & ~exempt
