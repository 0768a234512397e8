"""Caption constraints in the posecode vocabulary, and whether poses satisfy them.

A constraint is one checkable statement about a pose ("left wrist above the
head", "right knee on the ground", "torso upright", "posture: sitting"). Each
kind measures one quantity of a ``PoseReading`` (reference-body metres or
degrees) and holds when it passes a lenient threshold; a negated constraint
("without raising the arms") holds unless the quantity is clearly past a strict
one. Lenient for the positive and strict for the negation: a caption is only
called violated when the pose plainly contradicts it.

Sides: "left" / "right" name one side, "either" holds when one of the two sides
satisfies it (a caption that says "one arm" or "a hand" without a side).
"""

from __future__ import annotations

import re

from dataclasses import dataclass
from typing import Callable

import numpy as np

from posegen.posecodes import PoseReading
from posegen.reading_measures import (
    ahead_of,
    angle_from_torso_up,
    ankle_height,
    depth_below,
    facing_the_floor,
    feet_gap,
    head_back,
    head_forward,
    height_above,
    height_above_target,
    in_front_or_on_top,
    leg_out,
    nearest_distance,
    outward_sign,
    raised_degrees,
    segment_direction,
    twist_toward,
)
from posegen.skeleton import other_side

SIDED = ("left", "right", "either")


@dataclass(frozen=True)
class Kind:
    measure: Callable[..., np.ndarray]  # (reading, side, constraint) -> (N,) value; larger = more true
    holds: float  # value above which the constraint holds
    clearly: float  # value above which it clearly holds (a negation is violated there)
    text: str  # words, with {side}, {target}, {lo}, {hi}, {posture}


@dataclass(frozen=True)
class Constraint:
    kind: str
    side: str | None = None  # left / right / either / None for whole-body kinds
    target: str | None = None  # joint name (hand_near) or posture names joined by "|"
    lo: float = 0.0
    hi: float = 0.0
    negated: bool = False
    phrase: str = ""  # the caption words it came from

    @property
    def text(self) -> str:
        words = KINDS[self.kind].text.format(
            side="a" if self.side == "either" else (self.side or ""),
            target=_target_words(self.target),
            lo=f"{self.lo:g}",
            hi=f"{self.hi:g}",
        ).strip()
        words = re.sub(r"^a (?=[aeiou])", "an ", words)  # "an upper arm horizontal"
        words = words.replace("to the a", "to a side")  # ("torso leaning to a side": either one)
        if self.kind == "wrist_on_ground" and self.lo >= 0.1:
            words = words.replace("on the ground", "near the ground")  # ("hands near the floor": low, a hand's reach more)
        return f"not: {words}" if self.negated else words

    def key(self) -> tuple:
        return (self.kind, self.side, self.target, self.lo, self.hi, self.negated)


JOINT_WORDS = {"spine3": "chest", "spine2": "chest", "spine1": "belly", "SAME_": "", "OTHER_": "other "}


def _target_words(target: str | None) -> str:
    text = target or ""
    for name, words in JOINT_WORDS.items():
        text = text.replace(name, words)
    return text.replace("_", " ").replace("|", " or ")


def _range(value: np.ndarray, c: Constraint) -> np.ndarray:
    return np.minimum(value - c.lo, c.hi - value)


def _joint_range(value: np.ndarray, c: Constraint) -> np.ndarray:
    """A knee's or elbow's angle in its range; one up to 180 degrees, straight, has no upper limit
    (a knee at "175 degrees" or "locked" is not aimed back into the middle of its range: bent)."""
    return value - c.lo if c.hi >= 180.0 else _range(value, c)


def _posture(r: PoseReading, c: Constraint) -> np.ndarray:
    wanted = set((c.target or "").split("|"))
    return np.where(np.isin(r.posture.astype(str), list(wanted)), 1.0, -1.0)


# Each measure takes (reading, side, constraint); side is "left" or "right" for sided kinds.
KINDS: dict[str, Kind] = {
    # "Above the head" as the body means it: up in the world or along the torso (arms past
    # the head of a person lying down or bowing), whichever holds better.
    "wrist_above_head": Kind(lambda r, s, c: height_above(r, f"{s}_wrist", "head"), -0.05, 0.08, "{side} wrist above the head"),
    "wrist_above_shoulder": Kind(
        lambda r, s, c: height_above(r, f"{s}_wrist", f"{s}_shoulder"), -0.05, 0.10, "{side} wrist above the shoulder"
    ),
    "wrist_at_shoulder_height": Kind(
        lambda r, s, c: -np.abs(r.offset(f"{s}_wrist", f"{s}_shoulder")[:, 1]), -0.20, -0.08, "{side} wrist at shoulder height"
    ),
    # At the waist: the wrist a little above the pelvis joint, as high as the waist.
    "wrist_at_waist_height": Kind(
        lambda r, s, c: -np.abs(r.height(f"{s}_wrist") - r.height("pelvis") - 0.12), -0.20, -0.10, "{side} wrist at waist height"
    ),
    # Hanging: the wrist well below the shoulder and the elbow near straight (a hand on the
    # hip is as low); in units of the tolerance: 0 holds, 1 clearly.
    "arm_down": Kind(
        lambda r, s, c: np.minimum.reduce([
            (depth_below(r, f"{s}_wrist", f"{s}_shoulder") - 0.30) / 0.1,
            (r.angles[f"{s}_elbow"] - 110.0) / 20.0,
            (np.maximum(r.elevation[f"{s}_arm"], angle_from_torso_up(r, s)) - 130.0) / 10.0,  # hanging, not held out at 45 degrees
        ]),
        0.0,
        1.0,
        "{side} arm down",
    ),
    "wrist_in_front": Kind(lambda r, s, c: ahead_of(r, f"{s}_wrist", "spine3"), 0.05, 0.15, "{side} hand in front of the body"),
    "arm_out": Kind(
        lambda r, s, c: outward_sign(s) * r.offset(f"{s}_wrist", f"{s}_shoulder")[:, 0], 0.20, 0.35, "{side} arm out to the side"
    ),
    "arm_forward": Kind(lambda r, s, c: ahead_of(r, f"{s}_wrist", f"{s}_shoulder"), 0.20, 0.35, "{side} arm forward"),
    "arm_back": Kind(lambda r, s, c: ahead_of(r, f"{s}_shoulder", f"{s}_wrist"), 0.15, 0.25, "{side} arm back"),
    "wrist_behind_back": Kind(lambda r, s, c: ahead_of(r, "spine3", f"{s}_wrist"), 0.0, 0.08, "{side} wrist behind the back"),
    "elbow_bent": Kind(lambda r, s, c: 180.0 - r.angles[f"{s}_elbow"], 25.0, 45.0, "{side} elbow bent"),
    # Straight: past 150 degrees (PoseScript: 135-160 is "slightly bent", straight above 160;
    # 150 leaves room for bodies and for its tolerance). 140 had let a limb that looks bent pass.
    "elbow_straight": Kind(lambda r, s, c: r.angles[f"{s}_elbow"] - 150.0, 0.0, 20.0, "{side} arm straight"),
    "elbow_angle": Kind(lambda r, s, c: _joint_range(r.angles[f"{s}_elbow"], c), 0.0, 10.0, "{side} elbow at {lo}-{hi} degrees"),
    "knee_bent": Kind(lambda r, s, c: 180.0 - r.angles[f"{s}_knee"], 25.0, 45.0, "{side} knee bent"),
    "knee_straight": Kind(lambda r, s, c: r.angles[f"{s}_knee"] - 150.0, 0.0, 20.0, "{side} leg straight"),
    "knee_angle": Kind(lambda r, s, c: _joint_range(r.angles[f"{s}_knee"], c), 0.0, 10.0, "{side} knee at {lo}-{hi} degrees"),
    "hand_near": Kind(lambda r, s, c: c.lo - nearest_distance(r, f"{s}_wrist", c.target, s), 0.0, 0.08, "{side} hand at the {target}"),
    # A hanging hand is near the hip too: a hand on the hip also bends the elbow (scores in
    # units of the tolerance: 0 holds, 1 clearly).
    "hand_on_hip": Kind(
        lambda r, s, c: np.minimum(
            (0.25 - nearest_distance(r, f"{s}_wrist", c.target, s)) / 0.08, (155.0 - r.angles[f"{s}_elbow"]) / 20.0
        ),
        0.0,
        1.0,
        "{side} hand on the {target}",
    ),
    "hands_together": Kind(lambda r, s, c: 0.20 - r.distance("left_wrist", "right_wrist"), 0.0, 0.08, "hands together"),
    "arms_crossed": Kind(
        lambda r, s, c: np.minimum(-r.joint("left_wrist")[:, 0], r.joint("right_wrist")[:, 0]) / r.scale, -0.08, 0.02, "arms crossed"
    ),
    # By the hip's flexion (the torso-thigh angle: 180 standing straight, 90 with the knee at hip
    # height), which reads the same standing, lying (a knee drawn to the chest) or sitting.
    "knee_raised": Kind(lambda r, s, c: 150.0 - r.angles[f"{s}_hip"], 0.0, 20.0, "{side} knee raised"),
    "foot_off_ground": Kind(lambda r, s, c: ankle_height(r, s), 0.08, 0.15, "{side} foot off the ground"),
    "foot_on_ground": Kind(lambda r, s, c: -ankle_height(r, s), -0.12, -0.05, "{side} foot on the ground"),
    # Overhead in the body's own frame: the arm within 40 degrees of the torso's up axis (a bow or
    # a prone stretch reaching on past the head, whatever the torso's angle to the floor).
    "arm_along_torso": Kind(lambda r, s, c: 40.0 - angle_from_torso_up(r, s), 0.0, 10.0, "{side} arm reaching on past the head"),
    # (lo: how much higher the wrist may stand, as when only the fingertips touch)
    "wrist_on_ground": Kind(lambda r, s, c: c.lo - r.height(f"{s}_wrist"), -0.16, -0.10, "{side} hand on the ground"),
    # A foot against the other leg (the sole on the inner thigh or knee), in reference metres.
    "foot_near": Kind(lambda r, s, c: c.lo - np.minimum(nearest_distance(r, f"{s}_ankle", c.target, s), nearest_distance(r, f"{s}_foot", c.target, s)),
                      0.0, 0.08, "{side} foot at the {target}"),
    "knee_on_ground": Kind(lambda r, s, c: -r.height(f"{s}_knee"), -0.14, -0.08, "{side} knee on the ground"),
    # Out from its own hip (a leg raised sideways) or far out from the other foot (a side lunge,
    # whose pelvis moves over the bent leg).
    "leg_out": Kind(
        lambda r, s, c: leg_out(r, s),
        0.25,
        0.40,
        "{side} leg out to the side",
    ),
    "arm_vertical": Kind(lambda r, s, c: 25.0 - r.elevation[f"{s}_arm"], 0.0, 10.0, "{side} arm straight up"),
    "leg_forward": Kind(lambda r, s, c: ahead_of(r, f"{s}_ankle", f"{s}_hip"), 0.25, 0.40, "{side} leg forward"),
    "leg_back": Kind(lambda r, s, c: ahead_of(r, f"{s}_hip", f"{s}_ankle"), 0.15, 0.35, "{side} leg back"),
    "foot_ahead": Kind(
        lambda r, s, c: ahead_of(r, f"{s}_ankle", f"{other_side(s)}_ankle"), 0.25, 0.40, "{side} foot ahead of the other"
    ),
    # Apart sideways (a stride's feet are "apart" only fore and aft).
    "feet_apart": Kind(lambda r, s, c: feet_gap(r) - 0.30, 0.0, 0.15, "feet apart"),
    "feet_together": Kind(lambda r, s, c: 0.30 - r.distance("left_ankle", "right_ankle"), 0.0, 0.10, "feet together"),
    # Leaning or bending over may pass the horizontal (a fold leans forward too); the generator
    # aims short of it when no depth is said (posegen.builtin.solve.moderate_lean).
    "torso_forward": Kind(
        lambda r, s, c: np.minimum(r.incline["forward"] - c.lo, 200.0 - r.incline["forward"]),
        0.0,
        12.0,
        "torso leaning forward (>{lo} degrees)",
    ),
    # For the foot named: across the other (the ankles' left-right order swapped) and in front of it.
    "foot_crossed_in_front": Kind(
        lambda r, s, c: np.minimum(
            -outward_sign(s) * r.offset(f"{s}_ankle", f"{other_side(s)}_ankle")[:, 0],
            in_front_or_on_top(r, f"{s}_ankle", f"{other_side(s)}_ankle") + 0.03,
        ),
        0.0,
        0.05,
        "{side} foot crossed in front of the other",
    ),
    # Leaning back stops short of lying on the back, however far back (a camel's trunk leans back
    # some 70 degrees); hi, when given, is a nearer limit (the generator's,
    # posegen.builtin.solve._lean_back_within_reach).
    "torso_back": Kind(lambda r, s, c: np.minimum(-r.incline["forward"], (c.hi or 88.0) + r.incline["forward"]), 6.0, 18.0,
                       "torso leaning back"),
    "torso_sideways": Kind(
        lambda r, s, c: np.minimum(outward_sign(s) * r.incline["sideways"], 70.0 - np.abs(r.incline["sideways"])),
        6.0,
        18.0,
        "torso leaning to the {side}",
    ),
    # The head's lean in the torso's own frame (its rest sits about 0.03 forward of the neck).
    "head_down": Kind(lambda r, s, c: head_forward(r), 0.05, 0.07, "head bowed, chin down"),
    "head_up": Kind(lambda r, s, c: head_back(r), 0.0, 0.02, "head tipped back, chin up"),
    "head_sideways": Kind(lambda r, s, c: outward_sign(s) * (r.offset("head", "neck") * r.frame[0]).sum(-1), 0.02, 0.04, "head tilted to the {side}"),
    "torso_twisted": Kind(lambda r, s, c: twist_toward(r, s), 0.08, 0.15, "torso turned to the {side}"),
    "torso_upright": Kind(lambda r, s, c: 35.0 - r.elevation["torso"], 0.0, 15.0, "torso upright"),
    "torso_horizontal": Kind(lambda r, s, c: 35.0 - np.abs(r.elevation["torso"] - 90.0), 0.0, 15.0, "torso horizontal"),
    "torso_angle": Kind(lambda r, s, c: _range(r.incline["forward"], c), 0.0, 10.0, "torso inclined {lo}-{hi} degrees forward"),
    "wrist_above": Kind(lambda r, s, c: height_above_target(r, f"{s}_wrist", c.target, s), 0.0, 0.08, "{side} wrist above the {target}"),
    "wrist_below": Kind(lambda r, s, c: -height_above_target(r, f"{s}_wrist", c.target, s), 0.0, 0.08, "{side} wrist below the {target}"),
    "segment_down": Kind(lambda r, s, c: r.elevation[f"{s}_{c.target}"] - 135.0, 0.0, 15.0, "{side} {target} pointing down"),
    "segment_up": Kind(lambda r, s, c: 45.0 - r.elevation[f"{s}_{c.target}"], 0.0, 15.0, "{side} {target} pointing up"),
    "segment_horizontal": Kind(
        lambda r, s, c: 30.0 - np.abs(r.elevation[f"{s}_{c.target}"] - 90.0), 0.0, 15.0, "{side} {target} horizontal"
    ),
    "segment_vertical": Kind(
        lambda r, s, c: 30.0 - np.minimum(r.elevation[f"{s}_{c.target}"], 180.0 - r.elevation[f"{s}_{c.target}"]),
        0.0,
        15.0,
        "{side} {target} vertical",
    ),
    "segment_forward": Kind(lambda r, s, c: segment_direction(r, s, c.target)[:, 2], 0.5, 0.8, "{side} {target} pointing forward"),
    "limb_raised_angle": Kind(
        lambda r, s, c: np.max([_range(angle, c) for angle in raised_degrees(r, s, c.target)], axis=0),
        0.0, 10.0, "{side} {target} raised {lo}-{hi} degrees"
    ),
    "feet_distance": Kind(
        # Side to side, as "feet apart" is: a foot lifted behind is not a stance "60 cm apart".
        lambda r, s, c: _range(feet_gap(r), c), 0.0, 0.05,
        "feet {lo}-{hi} m apart"
    ),
    "joint_on_ground": Kind(lambda r, s, c: -r.height(c.target), -0.16, -0.10, "{target} on the ground"),
    "lying_on": Kind(lambda r, s, c: facing_the_floor(r, c.target), 0.4, 0.7, "lying on the {target}"),
    "posture": Kind(lambda r, s, c: _posture(r, c), 0.0, 0.0, "posture: {target}"),
}

# What generation aims at when it solves a pose for a constraint (posegen.builtin.fit): the
# typical pose the words mean, well past the lenient "holds" that checking uses ("arm out to the
# side" is a straight arm near the horizontal, not a bent one that just passes). Kinds not listed
# aim at "clearly"; negated constraints aim below "holds".
AIMS: dict[str, float] = {
    "wrist_above_head": 0.15, "wrist_above_shoulder": 0.20, "wrist_at_shoulder_height": -0.04, "wrist_at_waist_height": -0.05,
    "arm_down": 2.5, "wrist_in_front": 0.30, "arm_out": 0.48, "arm_forward": 0.48, "arm_back": 0.35, "wrist_behind_back": 0.12,
    "elbow_bent": 75.0, "elbow_straight": 30.0, "knee_bent": 75.0, "knee_straight": 30.0,
    "elbow_angle": 12.0, "knee_angle": 12.0, "hand_on_hip": 1.5, "hands_together": 0.14,
    "knee_raised": 55.0, "foot_off_ground": 0.22, "leg_out": 0.45, "leg_forward": 0.50, "leg_back": 0.40,
    "foot_ahead": 0.45, "feet_apart": 0.25, "feet_together": 0.16, "torso_forward": 15.0, "torso_back": 20.0,
    "torso_sideways": 20.0, "torso_twisted": 0.2, "segment_down": 25.0, "segment_up": 25.0, "segment_horizontal": 22.0,
    "segment_vertical": 22.0, "segment_forward": 0.85, "limb_raised_angle": 18.0, "head_down": 0.09,
    "head_up": 0.04, "wrist_on_ground": -0.08, "arm_along_torso": 15.0,
}


def aim(c: Constraint) -> float:
    """The value of the constraint's measure that generation aims at (above it for a positive
    constraint, below it for a negated one)."""
    kind = KINDS[c.kind]
    if c.negated:
        return kind.holds
    if c.kind in ("hand_near", "foot_near"):  # on a part: the wrist within TOUCH of it, whatever the part's lenience
        return c.lo - TOUCH
    return max(AIMS.get(c.kind, kind.clearly), kind.clearly)


TOUCH = 0.15  # reference metres from a touched joint to the wrist


# Whole-body kinds about both arms or both legs at once.
BOTH_ARMS = {"hands_together", "arms_crossed"}
BOTH_LEGS = {"feet_apart", "feet_together", "feet_distance"}

WHOLE_BODY = {"head_down", "head_up", "joint_on_ground", "lying_on", "hands_together", "arms_crossed", "feet_apart", "feet_together", "feet_distance", "torso_forward", "torso_back",
              "torso_upright", "torso_horizontal", "torso_angle", "posture"}


def measure(c: Constraint, reading: PoseReading) -> np.ndarray:
    """(N,) value of the constraint's quantity for every pose; "either" takes the better side."""
    kind = KINDS[c.kind]
    if c.kind in WHOLE_BODY:
        return kind.measure(reading, c.side, c)
    if c.side == "either":
        return np.maximum(kind.measure(reading, "left", c), kind.measure(reading, "right", c))
    return kind.measure(reading, c.side, c)


def holds(c: Constraint, value: np.ndarray) -> np.ndarray:
    """Whether a measured value satisfies the constraint (a negation: not clearly past it)."""
    kind = KINDS[c.kind]
    return value < kind.clearly if c.negated else value >= kind.holds


def shortfall(c: Constraint, value: np.ndarray) -> np.ndarray:
    """How far a measured value is from the constraint's aim (0 at or past it)."""
    return np.maximum(value - aim(c), 0.0) if c.negated else np.maximum(aim(c) - value, 0.0)


def satisfied(c: Constraint, reading: PoseReading) -> np.ndarray:
    """(N,) bool: does each pose satisfy the constraint."""
    return holds(c, measure(c, reading))
