"""Read a pose from its 22 joints: PoseScript-style posecodes and a posture class.

The one vocabulary of pose properties in this project. Curation reads every pose
with it, caption constraints (posegen.constraints) are written in it, and
``frame_index: best`` chooses frames with it.

Everything is vectorised over poses shaped (N, 22, 3) in the project's conventions
(metres, y up; see shared STYLE). Poses are first turned about the vertical axis so
that the hips face +z (the person's left along +x), so "forward" and "to the left"
mean the body's own directions whatever the heading. Distances are divided by the
pose's own scale (leg length / the reference leg) before thresholds apply, so a
small and a tall person read the same.

Thresholds follow PoseScript (naver/posescript, posescript/posecodes.py):
knee/elbow angle 45/75/105/135/160 degrees from completely bent to straight;
distances 0.20/0.40/0.80 m (close, shoulder width, spread, wide); relative
positions +-0.05 m aligned, +-0.15 m clearly; orientation to the vertical 10 degrees
vertical and 80 degrees horizontal; ground contact <= 0.10 m above the lowest
joint; body incline 20/50 degrees forward or back, 15/30 degrees sideways.
PoseScript writes captions with these; a checker must accept what a caption could
honestly say, so constraints (posegen.constraints) allow a tolerance around them.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from posegen.skeleton import JOINT

REFERENCE_LEG = 0.82  # metres hip to ankle of the reference body (HumanML3D-sized)
GROUND_CONTACT = 0.10  # metres above the lowest joint
POSTURES = ("standing", "sitting", "kneeling", "squatting", "lying", "lunging", "bending", "other")
SIDES = ("left", "right")

# PoseScript's angle bins (degrees; 180 = straight).
ANGLE_BINS = ((45, "completely bent"), (75, "almost completely bent"), (105, "bent at a right angle"),
              (135, "partially bent"), (160, "slightly bent"), (181, "straight"))

SEGMENTS = {
    "upper_arm": ("shoulder", "elbow"),
    "forearm": ("elbow", "wrist"),
    "arm": ("shoulder", "wrist"),
    "thigh": ("hip", "knee"),
    "shin": ("knee", "ankle"),
    "leg": ("hip", "ankle"),
}


def _unit(v: np.ndarray) -> np.ndarray:
    return v / np.maximum(np.linalg.norm(v, axis=-1, keepdims=True), 1e-9)


def _angle(a: np.ndarray, b: np.ndarray, c: np.ndarray) -> np.ndarray:
    """Angle at b between b->a and b->c in degrees (180 = straight)."""
    u, v = _unit(a - b), _unit(c - b)
    return np.degrees(np.arccos(np.clip((u * v).sum(-1), -1.0, 1.0)))


def _lateral(poses: np.ndarray) -> np.ndarray:
    """(N, 3) left minus right of hips plus shoulders: the body's left-right axis."""
    return (poses[:, JOINT["left_hip"]] - poses[:, JOINT["right_hip"]]) + (
        poses[:, JOINT["left_shoulder"]] - poses[:, JOINT["right_shoulder"]]
    )


def heading_unknown(poses: np.ndarray) -> np.ndarray:
    """(N,) poses whose left-right axis is near vertical (lying on a side): they have no facing
    direction on the floor. Unchanged by turning about the vertical, as face_forward does."""
    lateral = _lateral(np.asarray(poses, dtype=np.float64))
    return np.hypot(lateral[:, 0], lateral[:, 2]) < 0.25 * np.maximum(np.linalg.norm(lateral, axis=-1), 1e-9)


def legs_out_behind(r: "PoseReading") -> np.ndarray:
    """(N,) the pelvis on the floor with both legs stretched out low behind the trunk's front (face
    down with the chest pushed up, a cobra), not ahead of it as in a seat."""
    behind = [(r.offset(f"{s}_knee", "pelvis") * r.frame[2]).sum(-1) < -0.15 for s in SIDES]
    low_knees = (r.height("left_knee") < 0.20) & (r.height("right_knee") < 0.20)
    return (r.height("pelvis") < 0.30) & behind[0] & behind[1] & low_knees


def face_forward(poses: np.ndarray) -> np.ndarray:
    """Poses turned about y so that the hips (and shoulders) face +z, the pelvis at x = z = 0.

    The heading is the horizontal part of hips + shoulders (left minus right); a
    pose whose left-right axis is vertical (lying on a side) keeps its heading.
    """
    poses = np.asarray(poses, dtype=np.float64)
    lateral = _lateral(poses)
    angle = np.where(heading_unknown(poses), 0.0, np.arctan2(lateral[:, 2], lateral[:, 0]))  # rotate lateral onto +x
    c, s = np.cos(angle), np.sin(angle)
    centred = poses - poses[:, :1] * np.array([1.0, 0.0, 1.0])
    x, y, z = centred[..., 0], centred[..., 1], centred[..., 2]
    turned = np.empty_like(centred)
    turned[..., 0] = c[:, None] * x + s[:, None] * z
    turned[..., 1] = y
    turned[..., 2] = -s[:, None] * x + c[:, None] * z
    return turned


@dataclass
class PoseReading:
    """Posecodes of N poses; every array has N rows. ``joints`` are facing +z, floor at y = 0."""

    joints: np.ndarray  # (N, 22, 3) body frame, metres
    scale: np.ndarray  # (N,) leg length / REFERENCE_LEG
    angles: dict[str, np.ndarray]  # "left_knee", "right_elbow", "left_hip" (torso-thigh) ... degrees
    elevation: dict[str, np.ndarray]  # "left_thigh", "torso" ...: degrees from pointing straight up
    incline: dict[str, np.ndarray]  # "forward" (+ forward / - back), "sideways" (+ to the left)
    ground: np.ndarray  # (N, 22) bool: joint within GROUND_CONTACT of the lowest joint
    posture: np.ndarray  # (N,) posture names
    frame: tuple[np.ndarray, np.ndarray, np.ndarray]  # (left, up, forward) unit axes of the torso, each (N, 3)

    def __len__(self) -> int:
        return len(self.scale)

    def joint(self, name: str) -> np.ndarray:
        return self.joints[:, JOINT[name]]

    def height(self, name: str) -> np.ndarray:
        """Height above the floor divided by scale (reference-body metres)."""
        return self.joints[:, JOINT[name], 1] / self.scale

    def offset(self, a: str, b: str) -> np.ndarray:
        """(N, 3) position of joint a relative to joint b, in reference-body metres."""
        return (self.joint(a) - self.joint(b)) / self.scale[:, None]

    def distance(self, a: str, b: str) -> np.ndarray:
        return np.linalg.norm(self.offset(a, b), axis=-1)


def read_poses(poses: np.ndarray, posture: bool = True) -> PoseReading:
    """All posecodes of poses shaped (N, 22, 3) or (22, 3); ``posture=False`` leaves the
    posture classes empty (a pose solver that needs no posture skips their cost)."""
    poses = np.asarray(poses, dtype=np.float64)
    if poses.ndim == 2:
        poses = poses[None]
    joints = face_forward(poses)
    joints[..., 1] -= joints[..., 1].min(axis=1, keepdims=True)
    j = {name: joints[:, i] for name, i in JOINT.items()}
    legs = [np.linalg.norm(j[f"{s}_hip"] - j[f"{s}_knee"], axis=-1) + np.linalg.norm(j[f"{s}_knee"] - j[f"{s}_ankle"], axis=-1) for s in SIDES]
    scale = np.maximum((legs[0] + legs[1]) / (2 * REFERENCE_LEG), 1e-3)
    torso = j["neck"] - j["pelvis"]
    angles: dict[str, np.ndarray] = {}
    elevation: dict[str, np.ndarray] = {"torso": _elevation(torso)}
    for s in SIDES:
        angles[f"{s}_knee"] = _angle(j[f"{s}_hip"], j[f"{s}_knee"], j[f"{s}_ankle"])
        angles[f"{s}_elbow"] = _angle(j[f"{s}_shoulder"], j[f"{s}_elbow"], j[f"{s}_wrist"])
        # Torso-thigh angle at the hip: 180 standing straight, ~90 seated, small when folded.
        angles[f"{s}_hip"] = _angle(j[f"{s}_hip"] + torso, j[f"{s}_hip"], j[f"{s}_knee"])
        for segment, (a, b) in SEGMENTS.items():
            elevation[f"{s}_{segment}"] = _elevation(j[f"{s}_{b}"] - j[f"{s}_{a}"])
    unit = _unit(torso)
    incline = {
        "forward": np.degrees(np.arctan2(unit[:, 2], unit[:, 1])),
        "sideways": np.degrees(np.arctan2(unit[:, 0], unit[:, 1])),
    }
    ground = joints[..., 1] <= GROUND_CONTACT * scale[:, None]
    reading = PoseReading(
        joints, scale, angles, elevation, incline, ground, np.empty(len(scale), dtype=object), torso_frame(j)
    )
    if posture:
        reading.posture = classify_posture(reading)
    return reading


def torso_frame(j: dict[str, np.ndarray]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(left, up, forward) unit axes of each pose's own torso: up from the pelvis to the neck,
    left from the shoulders and hips; a pose lying on a side has its front along the floor."""
    up = _unit(j["neck"] - j["pelvis"])
    left = (j["left_shoulder"] - j["right_shoulder"]) + (j["left_hip"] - j["right_hip"])
    left = _unit(left - (left * up).sum(-1, keepdims=True) * up)
    return left, up, np.cross(left, up)


def _elevation(vector: np.ndarray) -> np.ndarray:
    """Degrees between a vector and straight up: 0 up, 90 horizontal, 180 down."""
    return np.degrees(np.arccos(np.clip(_unit(vector)[:, 1], -1.0, 1.0)))


def angle_label(degrees: float) -> str:
    """PoseScript's words for a knee or elbow angle."""
    for bound, label in ANGLE_BINS:
        if degrees < bound:
            return label
    return "straight"


# Segment masses as shares of the body (after de Leva 1996), between two joints.
MASSES = [
    ("pelvis", "neck", 0.50),
    ("neck", "head", 0.08),
    *[(f"{s}_hip", f"{s}_knee", 0.10) for s in SIDES],
    *[(f"{s}_knee", f"{s}_ankle", 0.045) for s in SIDES],
    *[(f"{s}_ankle", f"{s}_foot", 0.015) for s in SIDES],
    *[(f"{s}_shoulder", f"{s}_elbow", 0.027) for s in SIDES],
    *[(f"{s}_elbow", f"{s}_wrist", 0.022) for s in SIDES],
]


def centre_of_mass(r: PoseReading) -> np.ndarray:
    """(N, 3) mass-weighted mean of the segments' midpoints."""
    total = sum(m for _, _, m in MASSES)
    return sum(m * (r.joint(a) + r.joint(b)) / 2 for a, b, m in MASSES) / total


def on_a_seat(r: PoseReading) -> np.ndarray:
    """(N,) the pelvis at a seat's height behind the feet, the thighs near level: the weight on a seat."""
    pelvis = r.height("pelvis")
    thighs = np.minimum(r.elevation["left_thigh"], r.elevation["right_thigh"])
    feet_mid = (r.joint("left_ankle") + r.joint("right_ankle")) / 2
    pelvis_over_feet = np.hypot(*(r.joint("pelvis") - feet_mid)[:, [0, 2]].T) / r.scale
    return (pelvis > 0.25) & (pelvis < 0.75) & (thighs > 55) & (thighs < 135) & (pelvis_over_feet > 0.25) \
        & ((feet_mid - r.joint("pelvis"))[:, 2] > 0.0)


def classify_posture(r: PoseReading) -> np.ndarray:
    """One of POSTURES per pose, from heights, angles and ground contact (first rule that holds).

    lying: the torso is near horizontal and low, or the pelvis is on the floor with both legs
    stretched out behind the trunk (a cobra with the chest pushed up high); not a plank held up off
    the floor on the forearms and toes. kneeling: a knee on the floor with
    the pelvis clearly above it. squatting: both knees deeply bent, pelvis low, no
    knee down, the pelvis over the feet. sitting: the pelvis low and nothing under it
    but the floor or a seat (thighs near horizontal with the pelvis behind the feet, which are ahead of it,
    or the pelvis on the floor with an upright torso, or folded forward over legs along the floor;
    not both thighs hanging straight down). lunging: feet far apart
    along the body's depth or width with one knee bent and the other straight.
    bending: standing legs with the torso inclined by more than 35 degrees.
    standing: the pelvis high on straight-ish legs, or on feet planted wide with the weight over
    them however bent the knees. Anything else is "other".
    """
    n = len(r)
    pelvis = r.height("pelvis")
    neck = r.height("neck")
    torso_tilt = r.elevation["torso"]
    # A knee down with its shin behind it (kneeling), not a knee low in front (sitting cross-legged).
    knee_down = {
        s: r.ground[:, _j(f"{s}_knee")] & (r.height(f"{s}_knee") < 0.14) & (r.offset(f"{s}_ankle", f"{s}_knee")[:, 2] < -0.10)
        for s in SIDES
    }
    ankles_down = r.ground[:, _j("left_ankle")] | r.ground[:, _j("left_foot")] | r.ground[:, _j("right_ankle")] | r.ground[:, _j("right_foot")]
    knees = np.stack([r.angles["left_knee"], r.angles["right_knee"]], axis=1)
    feet_mid = (r.joint("left_ankle") + r.joint("right_ankle")) / 2
    pelvis_over_feet = np.hypot(*(r.joint("pelvis") - feet_mid)[:, [0, 2]].T) / r.scale
    thighs = np.stack([r.elevation["left_thigh"], r.elevation["right_thigh"]], axis=1)
    ankle_gap = r.offset("left_ankle", "right_ankle")
    depth_gap, width_gap = np.abs(ankle_gap[:, 2]), np.abs(ankle_gap[:, 0])
    knee_hi, knee_lo = knees.max(axis=1), knees.min(axis=1)

    hip_fold = np.minimum(r.angles["left_hip"], r.angles["right_hip"])
    thigh_level = thighs.mean(axis=1)
    # Face down with the chest propped up (on the elbows) is lying too: the torso faces the floor.
    facing_down = _facing_down(r)
    lying = ((torso_tilt > 60) & (neck < 0.40) & (pelvis < 0.45)) | ((pelvis < 0.30) & (facing_down > 0.3) & (torso_tilt > 40))
    # A seated forward fold is sitting: the trunk folded down over legs stretched along the floor,
    # or over one such leg, whatever the other does (folded in, as reaching for one foot).
    long_legs = (np.abs(thighs - 90) < 25) & (knees > 130)
    folded_over = np.stack([r.angles[f"{s}_hip"] < 75 for s in SIDES], axis=1) & long_legs
    seated_fold = (pelvis < 0.30) & (facing_down > 0.3) & (((hip_fold < 75) & long_legs.all(axis=1)) | folded_over.any(axis=1))
    lying &= ~seated_fold
    # Face down with the chest pushed up high (a cobra, an upward dog on the thighs).
    lying |= legs_out_behind(r)
    # A forearm plank is held up off the floor on the forearms and toes: "other", as a plank on the hands.
    knees_up = ~r.ground[:, _j("left_knee")] & ~r.ground[:, _j("right_knee")]
    lying &= ~((pelvis > 0.17) & knees_up & ankles_down & (facing_down > 0.5))
    # The pelvis over the knee down, not a seat beside a folded-in shin (that knee is near the
    # pelvis's height); child's pose: knees down, the torso folded onto the thighs.
    under_pelvis = {s: knee_down[s] & (pelvis - r.height(f"{s}_knee") > 0.12) for s in SIDES}
    # (upright, or leaning far back over the heels as in a camel)
    leaning_back = (r.incline["forward"] < -20) & (torso_tilt < 85)
    kneeling = ((under_pelvis["left"] | under_pelvis["right"]) & (pelvis > 0.15) & ((torso_tilt < 60) | leaning_back)) | (
        (knee_down["left"] | knee_down["right"]) & (hip_fold < 35))
    # Weight on the feet (squatting) or on the seat (sitting): where the centre of mass is.
    feet = (r.joint("left_ankle") + r.joint("right_ankle") + r.joint("left_foot") + r.joint("right_foot")) / 4
    mass_over_feet = np.hypot(*(centre_of_mass(r) - feet)[:, [0, 2]].T) / r.scale
    squatting = (
        (knees.max(axis=1) < 115) & (pelvis > 0.20) & (pelvis < 0.62) & (mass_over_feet < 0.12) & ankles_down
        & (torso_tilt < 70)
    )
    sitting_floor = (pelvis < 0.30) & (torso_tilt < 60) & ((pelvis < 0.20) | (pelvis_over_feet > 0.30) | (mass_over_feet > 0.12))
    sitting_knees_up = (pelvis < 0.40) & (thigh_level < 65) & (torso_tilt < 45) & (hip_fold < 80) & (mass_over_feet > 0.12)
    sitting_seat = on_a_seat(r) & (torso_tilt < 50)
    sitting = sitting_floor | sitting_knees_up | sitting_seat | seated_fold
    lunging = ((depth_gap > 0.55) | (width_gap > 0.85)) & (knee_lo < 140) & (knee_hi > 145) & (pelvis > 0.45)
    # (the pelvis high over feet planted wide with both knees deeply bent, a horse stance or a
    # plie in second, is still standing on the feet: too high for a squat; with the feet together
    # it is a chair pose, "other")
    # (the pelvis well up on a knee bent a little more, as on one leg sitting back into a figure four)
    standing_legs = (pelvis > 0.66) & ((knee_hi > 125) | ((pelvis > 0.78) & (knee_hi > 110))
                                       | (ankles_down & (mass_over_feet < 0.12) & (width_gap > 0.30)))
    # Also with the knees half bent (hands on the knees, a referee's crouch).
    bending = (standing_legs | ((pelvis > 0.55) & (knee_hi > 95))) & (torso_tilt > 35)
    standing = standing_legs & (torso_tilt <= 35)

    posture = np.full(n, "other", dtype=object)
    # Later assignments win: order from the weakest to the most specific rule.
    for mask, name in ((standing, "standing"), (bending, "bending"), (lunging, "lunging"), (sitting, "sitting"),
                       (squatting, "squatting"), (lying, "lying"), (kneeling, "kneeling")):
        posture[mask] = name
    return posture


def _facing_down(r: PoseReading) -> np.ndarray:
    """How much the chest faces the floor (1: straight down), from the torso's own frame."""
    up = r.joint("neck") - r.joint("pelvis")
    lateral = r.joint("left_shoulder") - r.joint("right_shoulder")
    forward = np.cross(lateral, up)
    return -forward[:, 1] / np.maximum(np.linalg.norm(forward, axis=-1), 1e-9)


def _j(name: str) -> int:
    return JOINT[name]
