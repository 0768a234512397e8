"""Named geometric predicates over one pose, for checking that a pose means what a description says.

A pose is a dict joint name -> xyz (metres, y up, the person facing +z, the
person's left towards +x, lowest joint on the floor). Heights are read in the
world (y); directions of the limbs ("out to the side", "forward", "down") are
read in the torso's own frame, so that they keep their meaning when the person
leans or lies down. Thresholds sit well between what a correct pose and a wrong
one give on a body about 1.7 m tall, so a check fails only on a clearly wrong pose.

``check(pose, spec)`` evaluates one spec string such as ``"wrist_above_head(left)"``,
``"elbow_angle_between(right, 70, 110)"`` or ``"not arm_down(left)"``; the spec is
parsed (a name and comma-separated words or numbers), never evaluated as code.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np

Pose = dict[str, np.ndarray]

SIDES = ("left", "right")

# Names a spec may use for a contact target; each maps to the joints whose nearest one counts.
TARGETS: dict[str, tuple[str, ...]] = {
    "head": ("head",),
    "face": ("head",),
    "neck": ("neck",),
    "chest": ("spine3",),
    "belly": ("spine1",),
    "pelvis": ("pelvis",),
    **{f"{s}_{part}": (f"{s}_{part}",) for s in SIDES for part in ("hip", "knee", "shoulder", "elbow", "ankle", "collar")},
    **{f"{s}_foot": (f"{s}_ankle", f"{s}_foot") for s in SIDES},
    **{f"{s}_wrist": (f"{s}_wrist",) for s in SIDES},
}

CONTACT_DISTANCE = 0.2  # a wrist this close to a joint touches that body part
FLOOR_CONTACT = 0.06  # a foot or ankle this high still rests on the floor
KNEE_ON_FLOOR = 0.15  # the knee joint sits about this high when the knee rests on the floor


# --- frames and small helpers


def _unit(v: np.ndarray) -> np.ndarray:
    return v / max(float(np.linalg.norm(v)), 1e-9)


def torso_frame(p: Pose) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(left, up, forward) unit axes of the torso: up from pelvis to neck, left across the shoulders."""
    up = _unit(p["neck"] - p["pelvis"])
    across = p["left_shoulder"] - p["right_shoulder"]
    left = _unit(across - np.dot(across, up) * up)
    return left, up, np.cross(left, up)


def hip_frame(p: Pose) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(left, up, forward) unit axes of the pelvis: left across the hips, up towards the neck."""
    across = _unit(p["left_hip"] - p["right_hip"])
    trunk = p["neck"] - p["pelvis"]
    up = _unit(trunk - np.dot(trunk, across) * across)
    return across, up, np.cross(across, up)


def _outward(side: str) -> float:
    """+1 for the left side (towards +left axis), -1 for the right."""
    return 1.0 if _side(side) == "left" else -1.0


def _side(side: str) -> str:
    if side not in SIDES:
        raise ValueError(f"side must be 'left' or 'right', not {side!r}")
    return side


def _other(side: str) -> str:
    return "right" if _side(side) == "left" else "left"


def _angle(a: np.ndarray, vertex: np.ndarray, b: np.ndarray) -> float:
    """Angle in degrees at vertex between the segments to a and to b (180 = straight)."""
    u, v = _unit(a - vertex), _unit(b - vertex)
    return float(np.degrees(np.arccos(np.clip(np.dot(u, v), -1.0, 1.0))))


def _arm_offset(p: Pose, side: str) -> tuple[float, float, float]:
    """Wrist minus shoulder in the torso frame as (outward, up, forward); outward > 0 is away from the body."""
    left, up, forward = torso_frame(p)
    d = p[f"{_side(side)}_wrist"] - p[f"{side}_shoulder"]
    return _outward(side) * float(np.dot(d, left)), float(np.dot(d, up)), float(np.dot(d, forward))


def _leg_offset(p: Pose, side: str) -> tuple[float, float, float]:
    """Ankle minus hip in the hip frame as (outward, up, forward)."""
    left, up, forward = hip_frame(p)
    d = p[f"{_side(side)}_ankle"] - p[f"{side}_hip"]
    return _outward(side) * float(np.dot(d, left)), float(np.dot(d, up)), float(np.dot(d, forward))


def _y(p: Pose, joint: str) -> float:
    return float(p[joint][1])


def _foot_height(p: Pose, side: str) -> float:
    """Height of the lowest of the ankle and the ball of the foot."""
    return min(_y(p, f"{_side(side)}_ankle"), _y(p, f"{side}_foot"))


def _target_distance(p: Pose, joint: str, target: str) -> float:
    if target not in TARGETS:
        raise ValueError(f"unknown contact target {target!r}")
    return min(float(np.linalg.norm(p[joint] - p[t])) for t in TARGETS[target])


def _torso_tilt(p: Pose) -> float:
    """Angle in degrees between the torso (pelvis to neck) and the world vertical."""
    trunk = _unit(p["neck"] - p["pelvis"])
    return float(np.degrees(np.arccos(np.clip(trunk[1], -1.0, 1.0))))


def _heading(p: Pose) -> tuple[np.ndarray, np.ndarray]:
    """Horizontal (left, forward) unit axes from the hips, for leaning and bending."""
    across = p["left_hip"] - p["right_hip"]
    left = _unit(np.array([across[0], 0.0, across[2]]))
    return left, np.cross(left, np.array([0.0, 1.0, 0.0]))


# --- arms


def wrist_above_head(p: Pose, side: str) -> bool:
    """The wrist is higher than the head joint (hand raised overhead)."""
    return _y(p, f"{_side(side)}_wrist") > _y(p, "head") + 0.02


def wrist_above_shoulder(p: Pose, side: str) -> bool:
    """The wrist is clearly higher than its shoulder (arm raised, not necessarily overhead)."""
    return _y(p, f"{_side(side)}_wrist") > _y(p, f"{side}_shoulder") + 0.1


def wrist_at_shoulder_height(p: Pose, side: str) -> bool:
    """The wrist is within 15 cm of its shoulder's height."""
    return abs(_y(p, f"{_side(side)}_wrist") - _y(p, f"{side}_shoulder")) < 0.15


def wrist_below_shoulder(p: Pose, side: str) -> bool:
    """The wrist is clearly lower than its shoulder (arm not raised)."""
    return _y(p, f"{_side(side)}_wrist") < _y(p, f"{side}_shoulder") - 0.15


def wrist_at_waist_height(p: Pose, side: str) -> bool:
    """The wrist is near the height of the waist (a little above the pelvis joint)."""
    return abs(_y(p, f"{_side(side)}_wrist") - (_y(p, "pelvis") + 0.12)) < 0.18


def arm_out_to_side(p: Pose, side: str) -> bool:
    """The wrist is far out sideways from its shoulder at about shoulder level, not much forward or back."""
    outward, up, forward = _arm_offset(p, side)
    return outward > 0.35 and abs(up) < 0.2 and abs(forward) < 0.25


def arm_forward(p: Pose, side: str) -> bool:
    """The wrist is well in front of its shoulder at about shoulder level (arm held out in front)."""
    outward, up, forward = _arm_offset(p, side)
    return forward > 0.35 and abs(up) < 0.22 and abs(outward) < 0.3


def wrist_in_front(p: Pose, side: str) -> bool:
    """The wrist is clearly in front of the body at any height (reaching or pointing forward)."""
    return _arm_offset(p, side)[2] > 0.25


def arm_back(p: Pose, side: str) -> bool:
    """The wrist is clearly behind its shoulder (arm swung or stretched backwards)."""
    return _arm_offset(p, side)[2] < -0.2


def arm_down(p: Pose, side: str) -> bool:
    """The arm hangs down beside the body: wrist far below the shoulder, close in, not forward or back,
    elbow nearly straight (so a hand on the hip is not an arm hanging down)."""
    outward, up, forward = _arm_offset(p, side)
    return up < -0.4 and abs(outward) < 0.2 and abs(forward) < 0.2 and elbow_angle_between(p, side, 140, 180)


def arm_elevation_between(p: Pose, side: str, lo: float, hi: float) -> bool:
    """Angle in degrees between shoulder-to-wrist and the torso's downward axis lies in [lo, hi]
    (0 = hanging, 90 = horizontal, 180 = straight up), in any direction."""
    _, up, _ = torso_frame(p)
    d = _unit(p[f"{_side(side)}_wrist"] - p[f"{side}_shoulder"])
    angle = float(np.degrees(np.arccos(np.clip(np.dot(d, -up), -1.0, 1.0))))
    return lo <= angle <= hi


def arm_across_body(p: Pose, side: str) -> bool:
    """The wrist has crossed the body's midline to the other side, in front of the torso."""
    left, _, forward = torso_frame(p)
    d = p[f"{_side(side)}_wrist"] - p["spine3"]
    return _outward(side) * float(np.dot(d, left)) < -0.03 and float(np.dot(d, forward)) > 0.0


def arms_crossed(p: Pose) -> bool:
    """Both forearms fold across the front of the torso: each wrist past the midline, between hip and neck height."""
    return all(
        arm_across_body(p, s) and _y(p, "pelvis") - 0.1 < _y(p, f"{s}_wrist") < _y(p, "neck") for s in SIDES
    )


def elbow_angle_between(p: Pose, side: str, lo: float, hi: float) -> bool:
    """Angle in degrees at the elbow between upper arm and forearm lies in [lo, hi] (180 = straight)."""
    s = _side(side)
    return lo <= _angle(p[f"{s}_shoulder"], p[f"{s}_elbow"], p[f"{s}_wrist"]) <= hi


def hand_on(p: Pose, side: str, target: str) -> bool:
    """The wrist is within 20 cm of the target body part (see TARGETS: head, chest, left_knee, right_foot...)."""
    return _target_distance(p, f"{_side(side)}_wrist", target) < CONTACT_DISTANCE


def hand_on_hip(p: Pose, side: str) -> bool:
    """The wrist rests by its own hip with the elbow bent (hand on the hip, not just an arm hanging past it)."""
    s = _side(side)
    return hand_on(p, s, f"{s}_hip") and elbow_angle_between(p, s, 0, 140)


def hand_behind_head(p: Pose, side: str) -> bool:
    """The wrist is close to the head and behind or level with it."""
    _, _, forward = torso_frame(p)
    behind = float(np.dot(p[f"{_side(side)}_wrist"] - p["head"], forward)) < 0.05
    return hand_on(p, side, "head") and behind


def hand_behind_back(p: Pose, side: str) -> bool:
    """The wrist is behind the torso, below the shoulders and not far out to the side."""
    left, up, forward = torso_frame(p)
    d = p[f"{_side(side)}_wrist"] - p["spine1"]
    return float(np.dot(d, forward)) < -0.06 and abs(float(np.dot(d, left))) < 0.3 and _arm_offset(p, side)[1] < -0.15


def hands_together(p: Pose) -> bool:
    """The two wrists are within 12 cm of each other (clasped, clapping, praying)."""
    return float(np.linalg.norm(p["left_wrist"] - p["right_wrist"])) < 0.12


def wrist_below_knee(p: Pose, side: str) -> bool:
    """The wrist is lower than the knee on the same side (reaching down towards the feet)."""
    return _y(p, f"{_side(side)}_wrist") < _y(p, f"{side}_knee")


# --- legs


def knee_angle_between(p: Pose, side: str, lo: float, hi: float) -> bool:
    """Angle in degrees at the knee between thigh and shin lies in [lo, hi] (180 = straight)."""
    s = _side(side)
    return lo <= _angle(p[f"{s}_hip"], p[f"{s}_knee"], p[f"{s}_ankle"]) <= hi


def knee_on_floor(p: Pose, side: str) -> bool:
    """The knee rests on the floor."""
    return _y(p, f"{_side(side)}_knee") < KNEE_ON_FLOOR


def foot_on_floor(p: Pose, side: str) -> bool:
    """The ankle or the ball of the foot touches the floor."""
    return _foot_height(p, side) < FLOOR_CONTACT


def foot_off_floor(p: Pose, side: str) -> bool:
    """Both the ankle and the ball of the foot are clearly off the floor (foot lifted)."""
    return _foot_height(p, side) > 0.1


def knee_raised(p: Pose, side: str) -> bool:
    """The knee is lifted to near hip height and well above the other knee."""
    s = _side(side)
    return _y(p, f"{s}_knee") > _y(p, f"{s}_hip") - 0.2 and _y(p, f"{s}_knee") > _y(p, f"{_other(s)}_knee") + 0.25


def leg_raised_forward(p: Pose, side: str) -> bool:
    """The ankle is well in front of its hip (in the pelvis frame) and the foot is off the floor."""
    return _leg_offset(p, side)[2] > 0.35 and _foot_height(p, side) > 0.15


def leg_raised_back(p: Pose, side: str) -> bool:
    """The ankle is well behind its hip and the foot is off the floor."""
    return _leg_offset(p, side)[2] < -0.3 and _foot_height(p, side) > 0.15


def leg_out_to_side(p: Pose, side: str) -> bool:
    """The ankle is far out sideways from its hip (wide step or leg lifted sideways)."""
    return _leg_offset(p, side)[0] > 0.3


def feet_apart(p: Pose) -> bool:
    """The ankles are more than 45 cm apart sideways (wide stance)."""
    left, _ = _heading(p)
    return abs(float(np.dot(p["left_ankle"] - p["right_ankle"], left))) > 0.45


def feet_together(p: Pose) -> bool:
    """The ankles are within 25 cm of each other."""
    return float(np.linalg.norm(p["left_ankle"] - p["right_ankle"])) < 0.25


def ankles_crossed(p: Pose) -> bool:
    """The left ankle is on the right of the right ankle (legs crossed)."""
    left, _, _ = hip_frame(p)
    return float(np.dot(p["left_ankle"] - p["right_ankle"], left)) < 0.0


def on_tiptoes(p: Pose) -> bool:
    """Both heels are lifted: the ankles stand well above the floor while the balls of the feet touch it."""
    return all(_y(p, f"{s}_ankle") > 0.11 and _y(p, f"{s}_foot") < FLOOR_CONTACT for s in SIDES)


def standing_on_one_leg(p: Pose, side: str) -> bool:
    """On the feet, with only the given foot on the floor and the other clearly lifted."""
    return standing(p) and foot_on_floor(p, side) and _foot_height(p, _other(side)) > 0.12


# --- whole-body postures


def torso_upright(p: Pose) -> bool:
    """The torso is within 20 degrees of vertical."""
    return _torso_tilt(p) < 20


def torso_tilt_between(p: Pose, lo: float, hi: float) -> bool:
    """The torso's angle from vertical, in degrees, lies in [lo, hi] (0 = upright, 90 = horizontal)."""
    return lo <= _torso_tilt(p) <= hi


def standing(p: Pose) -> bool:
    """On the feet: pelvis high, no knee near the floor, a foot on the floor."""
    return (
        _y(p, "pelvis") > 0.7
        and all(_y(p, f"{s}_knee") > 0.3 for s in SIDES)
        and min(_foot_height(p, s) for s in SIDES) < FLOOR_CONTACT
    )


def sitting_on_floor(p: Pose) -> bool:
    """The pelvis is low by the floor and the torso is more up than down."""
    return _y(p, "pelvis") < 0.3 and _torso_tilt(p) < 55 and _y(p, "head") > 0.65


def sitting_on_chair(p: Pose) -> bool:
    """Seated at chair height: pelvis at seat level, thighs about level and reaching forward, torso up, feet down."""
    thighs_level = all(abs(_y(p, f"{s}_knee") - _y(p, f"{s}_hip")) < 0.15 for s in SIDES)
    _, forward = _heading(p)
    knees_forward = all(float(np.dot(p[f"{s}_knee"] - p[f"{s}_hip"], forward)) > 0.25 for s in SIDES)
    return 0.3 < _y(p, "pelvis") < 0.75 and thighs_level and knees_forward and _torso_tilt(p) < 40


def sitting(p: Pose) -> bool:
    """Seated, on the floor or on a chair-height seat."""
    return sitting_on_floor(p) or sitting_on_chair(p)


def squatting(p: Pose) -> bool:
    """On the feet with both knees deeply bent, pelvis low but off the floor, knees off the floor,
    and the pelvis over the feet (within 30 cm sideways and fore-aft), which tells a squat from a chair."""
    between_ankles = (p["left_ankle"] + p["right_ankle"]) / 2 - p["pelvis"]
    return (
        0.15 < _y(p, "pelvis") < 0.62
        and float(np.hypot(between_ankles[0], between_ankles[2])) < 0.3
        and all(foot_on_floor(p, s) and not knee_on_floor(p, s) for s in SIDES)
        and all(knee_angle_between(p, s, 0, 120) for s in SIDES)
    )


def kneeling(p: Pose) -> bool:
    """Both knees on the floor, pelvis above them, torso more up than down."""
    return all(knee_on_floor(p, s) for s in SIDES) and _y(p, "pelvis") > 0.25 and _torso_tilt(p) < 50


def kneeling_on_one_knee(p: Pose, side: str) -> bool:
    """The given knee is on the floor, the other knee is up and its foot is on the floor."""
    other = _other(side)
    return knee_on_floor(p, side) and _y(p, f"{other}_knee") > 0.3 and foot_on_floor(p, other)


def lunging(p: Pose, side: str) -> bool:
    """Lunge with the given leg in front: its ankle far ahead of the other, its knee bent, pelvis lowered."""
    _, forward = _heading(p)
    ahead = float(np.dot(p[f"{_side(side)}_ankle"] - p[f"{_other(side)}_ankle"], forward))
    return ahead > 0.6 and knee_angle_between(p, side, 0, 140) and _y(p, "pelvis") < 0.85


def lying(p: Pose) -> bool:
    """The torso is roughly horizontal near the floor."""
    return _torso_tilt(p) > 60 and _y(p, "pelvis") < 0.4 and _y(p, "head") < 0.5


def lying_on_back(p: Pose) -> bool:
    """Lying with the chest facing the ceiling."""
    return lying(p) and torso_frame(p)[2][1] > 0.6


def lying_on_front(p: Pose) -> bool:
    """Lying with the chest facing the floor."""
    return lying(p) and torso_frame(p)[2][1] < -0.6


def lying_on_side(p: Pose, side: str) -> bool:
    """Lying on the given side: that shoulder is underneath the other."""
    return lying(p) and _outward(side) * float(torso_frame(p)[0][1]) < -0.6


def on_hands_and_knees(p: Pose) -> bool:
    """Both knees and both hands near the floor with the torso roughly horizontal."""
    return (
        all(knee_on_floor(p, s) and _y(p, f"{s}_wrist") < 0.15 for s in SIDES)
        and _torso_tilt(p) > 55
    )


def torso_bent_forward(p: Pose) -> bool:
    """The torso pitches forward more than about 35 degrees while the pelvis stays up off the floor."""
    _, forward = _heading(p)
    trunk = _unit(p["neck"] - p["pelvis"])
    return float(np.dot(trunk, forward)) > 0.55 and _y(p, "pelvis") > 0.3


def torso_leaning_back(p: Pose) -> bool:
    """The torso tips backwards: the neck clearly behind the pelvis."""
    _, forward = _heading(p)
    return float(np.dot(p["neck"] - p["pelvis"], forward)) < -0.08


def torso_leaning_side(p: Pose, side: str) -> bool:
    """The upper body leans towards the given side: head more than 15 cm out that way from the pelvis."""
    left, _ = _heading(p)
    return _outward(side) * float(np.dot(p["head"] - p["pelvis"], left)) > 0.15


def torso_twisted(p: Pose, side: str) -> bool:
    """The shoulders turn towards the given side relative to the hips (the other shoulder comes forward)."""
    _, forward = _heading(p)
    ahead = float(np.dot(p[f"{_other(side)}_shoulder"] - p[f"{_side(side)}_shoulder"], forward))
    return ahead > 0.15


def head_tilted(p: Pose, side: str) -> bool:
    """The head tips towards the given shoulder."""
    left, _, _ = torso_frame(p)
    return _outward(side) * float(np.dot(p["head"] - p["neck"], left)) > 0.03


def looking_down(p: Pose) -> bool:
    """The head drops forward of the neck (chin down)."""
    _, _, forward = torso_frame(p)
    return float(np.dot(p["head"] - p["neck"], forward)) > 0.06


def looking_up(p: Pose) -> bool:
    """The head tips back behind the neck (chin up)."""
    _, _, forward = torso_frame(p)
    return float(np.dot(p["head"] - p["neck"], forward)) < 0.0


PREDICATES: dict[str, Callable[..., bool]] = {
    f.__name__: f
    for f in (
        wrist_above_head, wrist_above_shoulder, wrist_at_shoulder_height, wrist_below_shoulder,
        wrist_at_waist_height, arm_out_to_side, arm_forward, wrist_in_front, arm_back, arm_down,
        arm_elevation_between, arm_across_body, arms_crossed, elbow_angle_between, hand_on, hand_on_hip,
        hand_behind_head, hand_behind_back, hands_together, wrist_below_knee,
        knee_angle_between, knee_on_floor, foot_on_floor, foot_off_floor, knee_raised, leg_raised_forward,
        leg_raised_back, leg_out_to_side, feet_apart, feet_together, ankles_crossed, on_tiptoes,
        standing_on_one_leg,
        torso_upright, torso_tilt_between, standing, sitting_on_floor, sitting_on_chair, sitting, squatting,
        kneeling, kneeling_on_one_knee, lunging, lying, lying_on_back, lying_on_front, lying_on_side,
        on_hands_and_knees, torso_bent_forward, torso_leaning_back, torso_leaning_side, torso_twisted,
        head_tilted, looking_down, looking_up,
    )
}

_SPEC = re.compile(r"^\s*(not\s+)?([a-z_]+)\s*\(([^()]*)\)\s*$")
_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")
_WORD = re.compile(r"^[a-z_]+$")


def parse_spec(spec: str) -> tuple[bool, str, tuple[str | float, ...]]:
    """Split a spec into (negated, predicate name, arguments); numbers become floats.

    Raises ValueError for a malformed spec or an unknown predicate name.
    """
    m = _SPEC.match(spec)
    if not m:
        raise ValueError(f"malformed check spec {spec!r}")
    negated, name, body = bool(m.group(1)), m.group(2), m.group(3).strip()
    if name not in PREDICATES:
        raise ValueError(f"unknown predicate {name!r} in {spec!r}")
    args: list[str | float] = []
    for raw in (a.strip() for a in body.split(",")) if body else ():
        if _NUMBER.match(raw):
            args.append(float(raw))
        elif _WORD.match(raw):
            args.append(raw)
        else:
            raise ValueError(f"bad argument {raw!r} in {spec!r}")
    return negated, name, tuple(args)


def check(pose: Pose, spec: str) -> bool:
    """Evaluate one spec (optionally prefixed with 'not ') on a pose."""
    negated, name, args = parse_spec(spec)
    try:
        result = bool(PREDICATES[name](pose, *args))
    except TypeError as error:
        raise ValueError(f"wrong arguments in {spec!r}: {error}") from error
    return result != negated


def split_checks(checks: str) -> list[str]:
    """The ';'-separated specs of a checks column, blanks dropped."""
    return [c.strip() for c in checks.split(";") if c.strip()]
