"""Geometric quantities of a ``PoseReading`` that caption constraints measure.

Each function takes a reading (and a side, joint names) and returns an (N,) array in
reference-body metres or degrees, larger meaning more of the named property; the
constraint table in ``posegen.constraints`` turns them into thresholds and words.
"""

from __future__ import annotations

import numpy as np

from posegen.posecodes import PoseReading, heading_unknown, legs_out_behind
from posegen.skeleton import other_side


def in_front_or_on_top(r: PoseReading, joint: str, other: str) -> np.ndarray:
    """How far ``joint`` is ahead of ``other``; with both feet stretched far ahead of the pelvis
    (legs long on the floor), how far above it too: crossed at the ankles there, one rests on the other."""
    offset = r.offset(joint, other)
    stretched = np.minimum(r.offset(joint, "pelvis")[:, 2], r.offset(other, "pelvis")[:, 2]) > 0.45
    return np.where(stretched, np.maximum(offset[:, 2], offset[:, 1]), offset[:, 2])


def outward_sign(side: str) -> float:
    return 1.0 if side == "left" else -1.0  # the body's left is +x


def twist_toward(r: PoseReading, s: str) -> np.ndarray:
    """How far the other shoulder stands ahead of this side's, along the way the hips face
    (reference metres): the trunk turned toward this side. 0 where the hips give no heading
    (their line near vertical, as lying on a side)."""
    lateral = r.offset("left_hip", "right_hip") * np.array((1.0, 0.0, 1.0))
    width = np.linalg.norm(lateral, axis=-1)
    forward = np.stack((-lateral[:, 2], np.zeros_like(width), lateral[:, 0]), axis=-1) / np.maximum(width, 1e-6)[:, None]
    ahead = (r.offset(f"{other_side(s)}_shoulder", f"{s}_shoulder") * forward).sum(-1)
    return np.where(width > 0.06, ahead, 0.0)


def ankle_height(r: PoseReading, s: str) -> np.ndarray:
    return np.minimum(r.height(f"{s}_ankle"), r.height(f"{s}_foot"))


def nearest_distance(r: PoseReading, joint: str, targets: str, s: str) -> np.ndarray:
    """Distance from a joint to the nearest of "a|b" targets; SAME_x / OTHER_x are x of the side / other side."""
    names = [t.replace("SAME", s).replace("OTHER", other_side(s)) for t in targets.split("|")]
    return np.min([distance_to(r, joint, name) for name in names], axis=0)


def distance_to_segment(p: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    ab = b - a
    t = np.clip(((p - a) * ab).sum(-1) / np.maximum((ab * ab).sum(-1), 1e-12), 0.0, 1.0)
    return np.linalg.norm(p - (a + ab * t[:, None]), axis=-1)


WAIST_ABOVE_HIP = 0.10  # reference metres: a hand "on the hip" rests on the waist, above the hip joint


def distance_to(r: PoseReading, joint: str, target: str) -> np.ndarray:
    side, _, segment = target.partition("_")
    if segment in ("thigh", "shin"):  # anywhere along the bone
        a, b = SEGMENT_JOINTS[segment]
        return distance_to_segment(r.joint(joint), r.joint(f"{side}_{a}"), r.joint(f"{side}_{b}")) / r.scale
    if target.endswith("_hip"):
        offset = r.offset(joint, target)
        offset[:, 1] -= WAIST_ABOVE_HIP
        return np.linalg.norm(offset, axis=-1)
    return r.distance(joint, target)


SEGMENT_JOINTS = {"upper_arm": ("shoulder", "elbow"), "forearm": ("elbow", "wrist"), "thigh": ("hip", "knee"),
                  "shin": ("knee", "ankle"), "arm": ("shoulder", "wrist"), "leg": ("hip", "ankle")}


def ahead_of(r: PoseReading, joint: str, reference: str) -> np.ndarray:
    """How far a joint is in front of another, the better of the facing direction on the floor
    and the torso's own front (a person lying on a side reaches "forward" along the floor)."""
    offset = r.offset(joint, reference)
    # Lying on a side the facing direction on the floor is unknown (face_forward keeps whatever
    # heading the pose had): only the torso's front counts.
    return np.maximum(np.where(heading_unknown(r.joints), -np.inf, offset[:, 2]), (offset * r.frame[2]).sum(-1))


def leg_out(r: PoseReading, s: str) -> np.ndarray:
    # Along the hips' own left-right axis: lying on a side, a leg out to the side points up.
    across = r.joint("left_hip") - r.joint("right_hip")
    across = across / np.maximum(np.linalg.norm(across, axis=-1, keepdims=True), 1e-9)
    own = outward_sign(s) * (r.offset(f"{s}_ankle", f"{s}_hip") * across).sum(-1)
    apart = outward_sign(s) * (r.offset(f"{s}_ankle", f"{other_side(s)}_ankle") * across).sum(-1) - 0.30
    # The stance counts only for a foot that is itself out on its side of the body.
    return np.maximum(own, np.minimum(apart, own + 0.15))


def height_above(r: PoseReading, joint: str, reference: str) -> np.ndarray:
    offset = r.offset(joint, reference)
    return np.maximum(offset[:, 1], (offset * r.frame[1]).sum(-1))


def depth_below(r: PoseReading, joint: str, reference: str) -> np.ndarray:
    """How far a joint is below another, in the world or along the torso (an arm along the side
    of a person lying down is "down"), whichever holds better."""
    offset = r.offset(joint, reference)
    return np.maximum(-offset[:, 1], -(offset * r.frame[1]).sum(-1))


def angle_from_torso_up(r: PoseReading, s: str, segment: str = "arm") -> np.ndarray:
    """The limb's elevation measured from the torso's own up axis (180 = along the body towards
    the hips), so that arms lying along a body lying down count as down."""
    cos = (segment_direction(r, s, segment) * r.frame[1]).sum(-1)
    return np.degrees(np.arccos(np.clip(cos, -1.0, 1.0)))


def raised_degrees(r: PoseReading, s: str, limb: str) -> tuple[np.ndarray, ...]:
    """Degrees a limb is raised from hanging, one reading or two (the constraint holds by the
    better). When the body lies, along the torso: a leg "raised 90 degrees" lying on the back
    points at the ceiling, one flat on the floor is not raised, and an arm pointing at the
    ceiling is 90 degrees from the body, not "raised 180". Otherwise in the world, and for an
    arm also along the torso (the arms of a body lying face down reach "180 degrees overhead"
    along the floor)."""
    body = 180.0 - angle_from_torso_up(r, s, limb)
    lying = (r.elevation["torso"] > 50.0) & (r.height("pelvis") < 0.4)  # not a bend over a standing leg
    mainly = np.where(lying, body, 180.0 - r.elevation[f"{s}_{limb}"])
    return (mainly, body) if limb in ("arm", "upper_arm") else (mainly,)


def segment_direction(r: PoseReading, s: str, segment: str) -> np.ndarray:
    a, b = SEGMENT_JOINTS[segment]
    v = r.joint(f"{s}_{b}") - r.joint(f"{s}_{a}")
    return v / np.maximum(np.linalg.norm(v, axis=-1, keepdims=True), 1e-9)


def height_above_target(r: PoseReading, joint: str, target: str, s: str) -> np.ndarray:
    """Height of a joint above a target joint (SAME_x: x of the side; a thigh or shin: its middle),
    reference metres."""
    target = target.replace("SAME", s).replace("OTHER", other_side(s))
    side, _, part = target.partition("_")
    if part in ("thigh", "shin"):
        a, b = SEGMENT_JOINTS[part]
        middle = (r.joint(f"{side}_{a}") + r.joint(f"{side}_{b}")) / 2
        return (r.joint(joint)[:, 1] - middle[:, 1]) / r.scale
    return r.offset(joint, target)[:, 1]


def feet_gap(r: PoseReading) -> np.ndarray:
    """How far apart the ankles are side to side, reference metres."""
    return np.abs(r.offset("left_ankle", "right_ankle")[:, 0])


def facing_the_floor(r: PoseReading, face: str) -> np.ndarray:
    """How much the body's back / front / left / right side faces the floor (1 = squarely)."""
    lateral, _, forward = r.frame
    down = {"back": forward[:, 1], "front": -forward[:, 1], "left": -lateral[:, 1], "right": lateral[:, 1]}
    if face == "front":
        # (the chest pushed up high, a cobra, still lies on its front)
        return np.maximum(down[face], np.where(legs_out_behind(r), 0.8, -1.0))
    return down[face]


def head_back(r: PoseReading) -> np.ndarray:
    """How far the head tips back: against the torso, or, with the trunk up (a body arching back,
    gazing at the sky), against the vertical of the room."""
    world = np.where(r.elevation["torso"] < 60.0, -r.offset("head", "neck")[:, 2], -np.inf)
    return np.maximum(-head_forward(r), world)


def head_forward(r: PoseReading) -> np.ndarray:
    return (r.offset("head", "neck") * r.frame[2]).sum(-1)
