"""Plan -> per-joint rotation vectors of one canonical pose.

The pelvis sits at the origin while composing; each posture places the feet (and
hands, when they bear weight) relative to a floor it chooses, and the generator
later moves the lowest joint onto y = 0. Order: posture and torso, head, legs,
then arms, so that hands can reach for the floor, the knees or the feet.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from posegen.skeleton import NUM_JOINTS, PARENTS

from . import arms, legs
from .body import OFFSETS, matrix_to_rotvec, rot_x, rot_y, rot_z, rotvec_to_matrix_np, swing_rotvec, unit
from .limbs import ARM, LEG, SIDES
from .plan import LYING, STANDING, Plan

CHILD = {1: 4, 2: 5, 4: 7, 5: 8, 7: 10, 8: 11, 16: 18, 17: 19, 18: 20, 19: 21}


# Face down, the back arched per spine joint: a cobra up on straight arms, a sphinx on the forearms
# (enough that the shoulders clear the upper arm's length above the floor).
PRONE_ARCH = {"cobra": -15, "sphinx": -20}
# Forward pitch that brings the hands to the floor: from the feet, folded in two; from a squat,
# a lean; kneeling, less than from the feet (the hands reach the floor ahead before the head
# does, so the knees stay down).
TOE_TOUCH_PITCH = {"squat": 40, "crouch": 40, "kneel_both": 100, "kneel_one": 100, "sit_floor": 90}  # (seated: over the legs)
HUNCH_TUCK = 0.35  # on all fours, the pelvis tucks under by this share of the back's rounding (the arms stay straight)


# How far the trunk leans back (degrees) onto hands propped on the floor behind a floor seat.
PROPPED_LEAN = 34.0
# A side plank's body raised from the floor (degrees): on the forearm, or on the straight arm.
SIDE_PLANK_LIFT = {"forearm_support": 16.5, "support": 30.0}


@dataclass
class Composed:
    """Canonical pose: rotation vectors (22, 3) and which joints may take natural variation."""

    rotvecs: np.ndarray
    vary: np.ndarray  # (22,) weight of seeded variation per joint (0 for weight-bearing limbs)


class _Builder:
    """Places joints parent-first, tracking global rotations and positions."""

    def __init__(self, root: np.ndarray):
        self.rot = [np.eye(3)] * NUM_JOINTS
        self.pos = np.zeros((NUM_JOINTS, 3))
        self.rotvecs = np.zeros((NUM_JOINTS, 3))
        self.rot[0] = root
        self.rotvecs[0] = matrix_to_rotvec(root)

    def local(self, j: int, rotation: np.ndarray | None = None) -> None:
        p = PARENTS[j]
        self.pos[j] = self.pos[p] + self.rot[p] @ OFFSETS[j]
        if rotation is None:
            self.rot[j] = self.rot[p]
        else:
            self.rot[j] = self.rot[p] @ rotation
            self.rotvecs[j] = matrix_to_rotvec(rotation)

    def aim(self, j: int, direction: np.ndarray) -> None:
        """Rotate joint j so the bone to its child points along a world direction."""
        p = PARENTS[j]
        self.pos[j] = self.pos[p] + self.rot[p] @ OFFSETS[j]
        current = self.rot[p] @ unit(OFFSETS[CHILD[j]])
        swing = swing_rotvec(current, unit(direction))
        self.rot[j] = rotvec_to_matrix_np(swing) @ self.rot[p]
        self.rotvecs[j] = self.rot[p].T @ swing


class Composer:
    def __init__(self, plan: Plan):
        self.plan = plan
        self.posture = plan.posture
        self.side = plan.posture_side
        self.degree = plan.posture_degree
        # Seeded variation moves the spine, head and free arms; never the root (the body keeps
        # facing +z, lying bodies stay flat) nor the legs (feet stay planted where they were put).
        self.vary = np.ones(NUM_JOINTS)
        self.vary[[0, 1, 2, 4, 5, 7, 8, 10, 11]] = 0.0
        self.vary[[3, 6, 9, 13, 14]] = 0.5
        self.grounded_hands = False

    # --- public ---------------------------------------------------------------------------

    def compose(self) -> Composed:
        root, spine, hinge = self._posture_frame()
        pitch, roll, yaw, hunch = self._torso_angles()
        if self.posture in STANDING and hinge:
            root = root @ rot_x(pitch * 0.6)
            pitch *= 0.4
        elif self.posture in STANDING:
            root = root @ rot_x(pitch * 0.3)
            pitch *= 0.7
        elif self.posture in ("sit_chair", "sit_floor", "sit_cross", "kneel_one", "kneel_both") and self.plan.torso.get("pitch", ("",))[0] in ("bend_forward", "bow"):
            # Seated or kneeling, a forward lean tips the pelvis too (the legs keep their place on the seat or the floor).
            root = root @ rot_x(pitch * 0.4)
            pitch *= 0.6
        elif self.posture == "allfours" and hunch:
            # A cat's back rounds up between hands and knees that stay put: the pelvis tucks under
            # as the spine flexes, so the shoulders stay over straight arms.
            root = root @ rot_x(-hunch * HUNCH_TUCK)
        b = _Builder(root)
        spine_step = spine @ rot_y(yaw / 3) @ rot_z(-roll / 3) @ rot_x((pitch + hunch) / 3)
        for j in (3, 6, 9):
            b.local(j, spine_step)
        neck, head = self._head_rotations(hunch)
        b.local(12, neck)
        b.local(15)
        # A shrug lifts both collar bones.
        b.local(13, rot_z(12) if self.plan.shrug else None)
        b.local(14, rot_z(-12) if self.plan.shrug else None)
        b.local(1), b.local(2)
        for side, (thigh, shin, foot) in legs.leg_directions(self, b).items():
            hip, knee, ankle, toe = LEG[side]
            b.aim(hip, thigh)
            b.aim(knee, shin)
            b.aim(ankle, foot)
            b.local(toe)
        floor = min(b.pos[j, 1] for side in LEG for j in LEG[side])
        for side, s in SIDES.items():
            collar_j, shoulder, elbow, wrist = ARM[side]
            b.pos[shoulder] = b.pos[collar_j] + b.rot[collar_j] @ OFFSETS[shoulder]
            upper, lower = arms.arm_directions(self, b, side, s, floor)
            b.aim(shoulder, upper)
            b.aim(elbow, lower)
            b.local(wrist)
        return Composed(b.rotvecs.copy(), self.vary.copy())

    # --- posture: root orientation, spine shape, legs -------------------------------------------

    def side_plank_arm(self) -> str:
        """The arm a side plank is held on: the forearm unless the plan holds it on the hand."""
        pose = self.plan.arms.get(self.side or "left", ("forearm_support",))[0]
        return "support" if pose == "support" else "forearm_support"

    def _posture_frame(self) -> tuple[np.ndarray, np.ndarray, bool]:
        """Root rotation, per-spine-joint rotation and whether forward bends hinge at the hips."""
        p = self.posture
        eye = np.eye(3)
        if p == "lie_back":
            return rot_x(-90), eye, False
        if p in ("lie_front", "cobra", "sphinx"):
            return rot_x(90 - (legs.COBRA_LIFT if p == "cobra" else 0)), rot_x(PRONE_ARCH[p]) if p in PRONE_ARCH else eye, False
        if p in ("lie_side", "fetal"):
            s = SIDES.get(self.side or "left", 1)
            return rot_z(-s * 90) @ rot_x(-90), rot_x(15) if p == "fetal" else eye, False
        if p == "bridge":
            return rot_x(-112), eye, False
        if p == "pushup":
            return rot_x(71), eye, False
        if p == "plank":
            return rot_x(83), eye, False
        if p == "side_plank":  # lying on that side, the head end raised until the arm under the shoulder reaches the floor
            s = SIDES.get(self.side or "left", 1)
            return rot_x(SIDE_PLANK_LIFT[self.side_plank_arm()]) @ rot_z(-s * 90) @ rot_x(-90), eye, False
        if p == "allfours":
            return rot_x(76), eye, False
        if p == "downdog":
            return rot_x(130), eye, False
        if p == "childpose":
            return rot_x(102), rot_x(8), False  # the forehead near the floor, the knees the lowest joints
        if p == "sprinter":
            return rot_x(98), eye, False
        if p == "squat":
            # (arms held out in front counterbalance a squat: the trunk stays more upright)
            forward = all(self.plan.arms.get(sd, ("",))[0] in ("arms_forward", "point_forward") for sd in ("left", "right"))
            if "feet_apart" in self.plan.stance:  # (on wide feet, a sumo squat or horse stance, it sits nearly upright)
                return rot_x(8), rot_x(2), False
            return rot_x(18 if forward else 25), rot_x(4), False
        if p == "crouch":
            return rot_x(35), rot_x(8), False
        if p == "golf":
            return rot_x(20), rot_y(-15) @ rot_x(3), False
        if p == "hamstring":
            return rot_x(40), rot_x(6), False
        if p == "run":
            return rot_x(10), eye, False
        if p == "ballet":
            return rot_x(12), eye, False
        if p == "throw":
            s = SIDES[self.side or "right"]
            return eye, rot_y(s * 10), False
        if p in ("sit_chair", "sit_floor", "sit_knees_up", "sit_cross", "sit_heels", "kneel_both", "kneel_one"):
            return eye, eye, False
        return eye, eye, True

    def _torso_angles(self) -> tuple[float, float, float, float]:
        """Forward pitch, sideways roll (+ = to the left), yaw (+ = to the left), hunch, in degrees."""
        pitch = roll = yaw = hunch = 0.0
        propped = any(v[0] == "prop_behind" for v in self.plan.arms.values())  # (hands propped on the floor behind)
        for change, side, degree in self.plan.torso.values():
            s = SIDES.get(side or "", 0)
            if change == "bend_forward":
                pitch = 50 * degree
            elif change == "toe_touch":
                pitch = TOE_TOUCH_PITCH.get(self.posture, 135) * max(degree, 1.0)  # deeper: palms flat on the floor
            elif change == "bow":
                pitch = 40 * degree**1.5
            elif change == "arch_back":
                pitch = -35 * degree
            elif change == "lean_back":
                # Propped on the hands: well back, and never less than the hands need to reach the floor.
                pitch = -max(PROPPED_LEAN, 40 * degree) if propped else -20 * degree
            elif change == "hunch":
                hunch = 20 * degree
            elif change == "side_bend":
                roll = (s or 1) * 30 * degree
            elif change == "twist":
                yaw = (s or 1) * 45 * degree
        if pitch == 0.0 and propped:
            pitch = -PROPPED_LEAN  # (the trunk leans back onto the propping hands)
        if self.posture in LYING:
            pitch *= 0.3  # a lying body only lifts its chest a little
        return pitch, roll, yaw, hunch

    def _head_rotations(self, hunch: float) -> tuple[np.ndarray, np.ndarray]:
        pitch = hunch * 0.5
        roll = yaw = 0.0
        for change, side, degree in self.plan.head.values():
            s = SIDES.get(side or "", 1)
            if change == "look_up":
                pitch = -40 * degree
            elif change == "look_down":
                pitch = 40 * degree
            elif change == "head_tilt":
                roll = 25 * s * max(degree, 0.8)  # a slight tilt is still one that shows
            elif change == "head_turn":
                yaw = 60 * s * degree
        if "pitch" not in self.plan.head:
            if self.posture == "arch_back" or "arch_back" in (v[0] for v in self.plan.torso.values()):
                pitch = -15
            elif self.posture in ("bridge",):
                pitch = 35
            elif self.posture in ("pushup", "plank", "allfours", "cobra", "sprinter"):
                pitch = -20
        # The head joint is a leaf: only the neck's rotation moves it, so the neck takes it all.
        return rot_y(yaw) @ rot_z(-roll) @ rot_x(pitch), np.eye(3)
