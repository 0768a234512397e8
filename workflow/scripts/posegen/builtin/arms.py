"""Arm poses: world directions of the upper arm and forearm for each named arm pose.

Poses are given in the torso frame (they follow bends and twists of the upper
body) either as bone directions or as a wrist target near a body landmark,
reached with inverse kinematics and an elbow pole. Hands that bear weight or
hang loosely are placed in the world frame (on the floor, or along gravity).
"""

from __future__ import annotations

import numpy as np

from .body import FOREARM, UPPER_ARM, unit
from .limbs import LEG, span, two_bone
from .plan import LYING, STANDING

# Bone directions in the torso frame; s = +1 for the left arm, -1 for the right.
DIRECTIONS = {
    "down": lambda s: ((s * 0.06, -1, 0.02), (s * 0.03, -1, 0.1)),
    "overhead": lambda s: ((s * 0.15, 1, 0.03), (s * 0.12, 1, 0.05)),
    "v_arms": lambda s: ((s * 0.62, 0.78, 0.05), (s * 0.62, 0.78, 0.05)),
    "arms_side": lambda s: ((s, 0.02, 0.0), (s, 0.02, 0.0)),
    "tpose": lambda s: ((s, 0.0, 0.0), (s, 0.0, 0.0)),
    "apose": lambda s: ((s * 0.7, -0.7, 0.0), (s * 0.7, -0.7, 0.0)),
    "arms_forward": lambda s: ((s * 0.1, 0.0, 1.0), (s * 0.05, 0.0, 1.0)),
    "arms_back": lambda s: ((s * 0.1, -0.75, -0.65), (s * 0.1, -0.75, -0.65)),
    "point_forward": lambda s: ((s * 0.1, 0.05, 1.0), (s * 0.03, 0.05, 1.0)),
    "point_up": lambda s: ((s * 0.1, 1, 0.1), (s * 0.05, 1, 0.1)),
    "point_side": lambda s: ((s, 0.05, 0.0), (s, 0.05, 0.0)),
    "point_down": lambda s: ((s * 0.15, -0.7, 0.7), (s * 0.1, -0.7, 0.7)),
    "fist_up": lambda s: ((s * 0.2, 1, 0.05), (s * 0.05, 1, 0.15)),
    "wave": lambda s: ((s * 0.85, 0.3, 0.15), (s * 0.15, 1, 0.1)),
    "elbow_bent": lambda s: ((s * 0.05, -1, 0.0), (0, 0.0, 1.0)),
    "curl": lambda s: ((0.0, -1, 0.1), (0.0, 0.7, 0.7)),
    "flex": lambda s: ((s, 0.15, 0.0), (-s * 0.15, 1, 0.1)),
    "thumbsup": lambda s: ((0.0, -1, 0.1), (0.0, 0.3, 1.0)),
    "hold_front": lambda s: ((s * 0.05, -1, 0.2), (0.0, 0.2, 1.0)),
    "reach_down": lambda s: ((s * 0.1, -0.8, 0.6), (s * 0.1, -0.8, 0.6)),
    "throw": lambda s: ((s, 0.2, -0.25), (s * 0.1, 1, -0.35)),
    "ballet_front": lambda s: ((s * 0.15, 0.45, 0.88), (s * 0.05, 0.55, 0.83)),
}

# Wrist targets (torso frame, metres from the top spine joint) and elbow poles.
TARGETS = {
    "crossed": lambda s, t: ((-s * 0.14, 0.02, 0.17 + 0.03 * (s > 0)), (s * 0.6, -0.6, 0.5)),
    "on_hips": lambda s, t: ((s * 0.17, -0.31, -0.01), (s, 0.0, -0.6)),
    "behind_head": lambda s, t: ((s * 0.05, 0.34, -0.10), (s, 0.3, 0.2)),
    "behind_back": lambda s, t: ((s * 0.04, -0.30, -0.16), (s * 0.5, 0.0, -1)),
    "hold_heel_behind": lambda s, t: ((s * 0.09, -0.38, -0.33), (s, 0.0, -0.3)),  # the ankle of a shin folded up behind
    "cover_face": lambda s, t: ((s * 0.05, 0.30, 0.14), (s * 0.4, -1, 0.2)),
    "shade_eyes": lambda s, t: ((s * 0.02, 0.37, 0.14), (s, 0.1, 0.3)),
    "salute": lambda s, t: ((s * 0.08, 0.37, 0.10), (s, 0.1, 0.2)),
    "touch_head": lambda s, t: ((s * 0.06, 0.40, 0.02), (s, 0.3, 0.1)),  # the hand on the crown
    "on_shoulder": lambda s, t: ((t * 0.17, 0.16, 0.07), (s * 0.3, -1, 0.2)),
    "on_chest": lambda s, t: ((s * 0.04, 0.07, 0.14), (s, -1, 0.0)),
    "prayer": lambda s, t: ((s * 0.015, 0.06, 0.24), (s, -1, 0.0)),
    "clasp_low": lambda s, t: ((s * 0.02, -0.33, 0.17), (s, -0.2, -0.4)),
    "clap": lambda s, t: ((s * 0.015, 0.12, 0.38), (s, -0.5, 0.0)),
    "joined_forward": lambda s, t: ((s * 0.02, 0.2, 0.47), (s, -0.3, 0.0)),  # straight out ahead at shoulder height, the hands met
    "clap_overhead": lambda s, t: ((s * 0.03, 0.70, 0.10), (s, 0.2, 0.0)),
    "prayer_overhead": lambda s, t: ((s * 0.02, 0.72, 0.05), (s, 0.2, 0.0)),
    "hug": lambda s, t: ((-s * 0.10, 0.06, 0.30), (s, -0.3, 0.3)),
    "guard": lambda s, t: ((s * 0.10, 0.27, 0.24), (s * 0.3, -1, 0.0)),
    "golf": lambda s, t: ((-0.30, 0.26, 0.12), (s * 0.4, -1, 0.0)),
    # lying on a side, the top hand down on the floor in front of the chest (the floor is past the other shoulder)
    "floor_in_front": lambda s, t: ((-s * 0.24, 0.0, 0.32), (s * 0.3, 0.0, -1)),
}
SIDE_SIGN = {"left": 1, "right": -1}
# Shoulder to wrist of a cobra's arm, straight (as fitting aims a straight arm: 177 degrees at the elbow).
COBRA_REACH = span(UPPER_ARM, FOREARM, 177.0)
SQUAT_HANG = np.array((0.16, -0.20, 0.02))  # a relaxed hand in a squat, from its knee (x outward)


def arm_directions(c, b, side: str, s: int, floor: float) -> tuple[np.ndarray, np.ndarray]:
    plan = c.plan
    pose, degree, target_side = plan.arms.get(side, (_default_pose(c), 1.0, None))
    if pose == "reach_down" and c.posture in ("lie_back", "lie_front", "lie_side"):
        pose = "down"  # lying, arms reaching "down" lie along the body toward the feet, not up off the floor
    if pose in ("arms_forward", "point_forward") and c.posture in ("lie_front", "cobra", "sphinx"):
        pose = "overhead"  # lying face down, "forward" is on past the head, not down into the floor
    if pose in ("arms_forward", "point_forward", "overhead") and c.posture == "childpose":
        pose = "support"  # the child's pose's own arms: stretched ahead along the floor
    torso = b.rot[9]
    shoulder = b.pos[[16, 17][s < 0]]
    if c.posture == "side_plank":
        if side == (c.side or "left"):  # the arm it is held on, under the shoulder
            return _side_support(c, b, shoulder, c.side_plank_arm(), floor)
        if pose in ("support", "forearm_support"):
            pose = "down"  # (the top arm, unplaced, lies along the body)
    if pose in ("support", "forearm_support"):
        return _on_floor(c, b, shoulder, pose, floor)
    if pose == "floor_toward_feet":
        return unit((s * 0.15, -0.05, 1.0)), unit((s * 0.15, -0.05, 1.0))
    if pose == "reach_leg":
        ankle = b.pos[LEG[c.side or "left"][2]]
        return two_bone(shoulder, ankle + (0.0, 0.12, 0.0), UPPER_ARM, FOREARM, (s, 0.0, -1.0))
    if pose == "on_thigh":
        # Resting on the top of the thigh (its own, or the other's), a little past its middle.
        hip, knee = b.pos[LEG[target_side or side][0]], b.pos[LEG[target_side or side][1]]
        return two_bone(shoulder, hip + (knee - hip) * 0.6 + (0.0, 0.08, 0.0), UPPER_ARM, FOREARM, (s, 0.0, -0.6))
    if pose == "prop_behind":  # straight down to the floor behind and outside the hip, bearing weight
        c.vary[[16, 17, 18, 19]] = 0.0
        hip = b.pos[LEG[side][0]]
        back = 0.32 if "lean_back" in _torso_changes(c) else 0.24  # (upright, nearer the hip: the straight arm reaches the floor)
        return two_bone(shoulder, np.array([hip[0] + s * 0.10, floor + 0.03, hip[2] - back]), UPPER_ARM, FOREARM, (s * 0.3, 0.0, -1.0))
    if pose == "on_shin":  # seated with the legs long, reaching forward to the middle of the shin
        knee, ankle = b.pos[LEG[target_side or side][1]], b.pos[LEG[target_side or side][2]]
        apart = s * 0.04 if target_side else 0.0  # (both hands on one shin hold it side by side)
        return two_bone(shoulder, (knee + ankle) / 2 + (apart, 0.07, 0.0), UPPER_ARM, FOREARM, (s, 0.0, -0.6))
    if pose == "on_knee":  # resting on the top of the knee (its own, or the other's)
        knee = b.pos[LEG[target_side or side][1]]
        return two_bone(shoulder, knee + (0.0, 0.05, 0.04), UPPER_ARM, FOREARM, (s, 0.0, -0.6))
    if pose == "hug_knees":
        knee = b.pos[LEG[side][1]]
        return two_bone(shoulder, knee + (-s * 0.05, -0.12, 0.10), UPPER_ARM, FOREARM, (s, 0.0, 0.0))
    if c.posture in ("squat", "crouch") and pose in ("down", "arms_down") and "toe_touch" not in _torso_changes(c):
        # Relaxed arms in a squat hang outside the knees (straight down from the shoulder they
        # would pass through the thighs).
        knee = b.pos[LEG[side][1]]
        return two_bone(shoulder, knee + SQUAT_HANG * np.array((s, 1.0, 1.0)), UPPER_ARM, FOREARM, (s, 0.0, -0.3))
    if c.posture in ("squat", "crouch") and (pose in ("reach_down", "toe_reach") or "toe_touch" in _torso_changes(c) and pose == "down"):
        # From a squat the hand meets the floor beside and ahead of its foot, outside the knee.
        foot = b.pos[LEG[side][3]]
        return two_bone(shoulder, foot + (s * 0.14, 0.03, 0.10), UPPER_ARM, FOREARM, (s, 0.0, -1.0))
    reaching_on = pose in ("arms_forward", "point_forward") and c.posture == "sit_floor"  # (seated, forward over the legs is to the feet)
    if pose == "toe_reach" or (pose in ("down", "reach_down") or reaching_on) and "toe_touch" in _torso_changes(c):
        foot = b.pos[LEG[target_side or side][3]]  # (its own foot, or the one named: the front foot of a kneel)
        if c.posture == "sit_floor":  # (seated, the toes point up: the hand holds the foot's sole side, by the ankle)
            foot = (foot + b.pos[LEG[target_side or side][2]]) / 2
        return two_bone(shoulder, foot + (0.0, 0.03, 0.0), UPPER_ARM, FOREARM, (s * 0.3, 0.0, -1.0))
    if pose in ("arms_forward", "point_forward") and _tipped_forward(c, b):
        # On the feet with the trunk tipped far forward (a warrior three, a flat-back hinge), arms
        # reaching ahead go ahead of the body, level with the floor, not down along the chest's front.
        ahead, across = (_level(b.rot[0] @ np.array(axis)) for axis in ((0.0, 0.0, 1.0), (1.0, 0.0, 0.0)))
        reach = unit(ahead + across * s * 0.1)
        return reach, reach
    if pose in ("down", "arms_down", "reach_down") and _hangs(c, b):
        hang = unit((s * 0.05, -1.0, 0.08))
        return hang, hang
    if pose in ("down", "arms_down") and c.plan.torso.get("roll", ("", None))[:2] == ("side_bend", side):
        # Bent sideways over a relaxed arm, its hand slides down the outside of the thigh (hanging
        # along the trunk it would pass through the thigh).
        return unit((s * 0.30, -1.0, 0.03)), unit((s * 0.30, -1.0, 0.06))
    if pose == "arms_down":
        pose = "down"
    if pose in DIRECTIONS:
        upper, lower = DIRECTIONS[pose](s)
        upper, lower = _scale_raise(pose, np.asarray(upper, float), np.asarray(lower, float), degree)
        return torso @ unit(upper), torso @ unit(lower)
    if pose in TARGETS:
        t = SIDE_SIGN.get(target_side or "", -s)
        point, pole = TARGETS[pose](s, t)
        target = b.pos[9] + torso @ np.asarray(point, float)
        if pose == "on_hips":
            # On the hip itself, wherever the trunk bends or turns above it.
            target = b.pos[LEG[side][0]] + b.rot[0] @ np.array([s * 0.08, 0.08, -0.01])
        return two_bone(shoulder, target, UPPER_ARM, FOREARM, torso @ np.asarray(pole, float))
    upper, lower = DIRECTIONS["down"](s)
    return torso @ unit(upper), torso @ unit(lower)


def _default_pose(c) -> str:
    if "toe_touch" in _torso_changes(c):
        return "toe_reach"
    return "down"


def _torso_changes(c) -> set[str]:
    return {v[0] for v in c.plan.torso.values()}


def _hangs(c, b) -> bool:
    """Relaxed arms hang along gravity when the upper body leans far forward."""
    if c.posture in LYING or c.posture not in STANDING | {"sit_chair", "sit_floor", "kneel_both", "kneel_one"}:
        return False
    return _trunk_tilted_past(b, 35)


def _tipped_forward(c, b) -> bool:
    """On the feet with the trunk more than 45 degrees from upright."""
    return c.posture in STANDING and _trunk_tilted_past(b, 45)


def _trunk_tilted_past(b, degrees: float) -> bool:
    """Is the upper trunk more than ``degrees`` from upright?"""
    up = b.rot[9] @ np.array([0.0, 1.0, 0.0])
    return bool(up[1] < np.cos(np.radians(degrees)))


def _level(v: np.ndarray) -> np.ndarray:
    return unit(np.array([v[0], 0.0, v[2]]))


def _scale_raise(pose: str, upper: np.ndarray, lower: np.ndarray, degree: float):
    """'slightly raised' arms stop part-way between hanging and the named direction."""
    if degree >= 1.0 or pose not in ("overhead", "arms_side", "arms_forward", "v_arms", "point_up"):
        return upper, lower
    down = np.array([0.0, -1.0, 0.0])
    mix = lambda v: down + (unit(v) - down) * degree  # noqa: E731 - tiny local blend
    return mix(upper), mix(lower)


def _side_support(c, b, shoulder: np.ndarray, pose: str, floor: float):
    """A side plank's arm under its shoulder: straight down to the hand, or the upper arm down to an
    elbow on the floor with the forearm along it, ahead of the chest."""
    c.vary[[16, 17, 18, 19]] = 0.0
    ahead = b.rot[9] @ np.array((0.0, 0.0, 1.0))  # the way the chest faces
    ahead = unit((ahead[0], 0.0, ahead[2]))
    if pose == "forearm_support":
        upper = unit((0.0, -1.0, 0.0) + 0.08 * ahead)
        return upper, unit(ahead + (0.0, -0.05, 0.0))
    target = np.array([shoulder[0], floor + 0.03, shoulder[2]]) + 0.05 * ahead
    return two_bone(shoulder, target, UPPER_ARM, FOREARM, -ahead)


def _on_floor(c, b, shoulder: np.ndarray, pose: str, floor: float):
    """Weight-bearing hands (or forearms) on the floor under or ahead of the shoulders."""
    c.vary[[16, 17, 18, 19]] = 0.0
    ahead = {"downdog": 0.25, "childpose": 0.45}.get(c.posture, 0.0)
    if c.posture == "cobra":  # (pushed up on nearly straight arms: the hands as far ahead as that takes)
        ahead = float(np.sqrt(max(COBRA_REACH**2 - (shoulder[1] - floor - 0.03) ** 2, 0.0)))
    if pose == "forearm_support":
        elbow_target = np.array([shoulder[0], floor + 0.03, shoulder[2] - 0.02])
        upper = unit(elbow_target - shoulder)
        return upper, unit((-np.sign(shoulder[0]) * 0.1, 0.0, 1.0))
    target = np.array([shoulder[0] * 1.05, floor + 0.03, shoulder[2] + ahead])
    return two_bone(shoulder, target, UPPER_ARM, FOREARM, (np.sign(shoulder[0]) * 0.3, 0.2, -1.0))
