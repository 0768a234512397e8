"""Legs for each posture: world bone directions (thigh, shin, foot) per side.

Weight-bearing feet are placed on a common floor with inverse kinematics, so
both feet touch it whenever the posture stands on both; the floor is as low as
the straightest supporting leg allows. Free legs follow joint angles in the
pelvis frame. Leg actions the posture cannot do are adapted or left out.
"""

from __future__ import annotations

import numpy as np

from posegen.skeleton import other_side

from .body import FOOT_DROP, SHIN, THIGH, rot_y, unit
from .limbs import FLAT_FOOT, LEG, SIDES, leg_from_angles, toe_foot, two_bone

REACH = (THIGH + SHIN) * 0.999
TIPTOE_ANKLE = 0.13
HIP_WIDTH, WIDTH_PER_DEGREE = 0.09, 0.19  # each ankle's distance from the middle: feet apart at degree d
FREE_ACTIONS = {"kick", "knee_up", "leg_side", "leg_back", "leg_forward", "heel_up"}
Dirs = tuple[np.ndarray, np.ndarray, np.ndarray]


# Degrees a leg raised forward is flexed at the hip per degree of its action: a free leg of a
# stance, and a leg raised lying on the back (at degree 1, off the floor toward the ceiling).
RAISE_PER_DEGREE = {"leg_forward": 45.0, "kick": 75.0}
LYING_RAISE_PER_DEGREE = 65.0
MAX_RAISE = {"leg_forward": 100.0, "kick": 110.0}


# Postures that stand on the feet and compose a lifted leg as a free leg (_free_leg).
FREE_LEG_POSTURES = ("stand", "attention", "jumpingjack", "one_leg", "tree", "ballet", "hamstring")


def raise_degree(posture: str, action: str, angle: float) -> float | None:
    """The degree of a leg's forward raise that flexes its hip to this angle, or None where the
    posture composes no such raise."""
    if action not in RAISE_PER_DEGREE or posture not in (*FREE_LEG_POSTURES, "lie_back"):
        return None
    per_degree = LYING_RAISE_PER_DEGREE if posture == "lie_back" else RAISE_PER_DEGREE[action]
    return min(angle, MAX_RAISE[action]) / per_degree


# A lunge's front knee angle (degrees) at each depth of the lunge, as composed below (the back foot
# set farther back, the pelvis lower); tests/test_builtin_geometry.py holds the composer to it.
LUNGE_FRONT_KNEE = ((1.0, 129.0), (1.6, 115.0), (2.0, 106.0), (2.5, 95.0), (3.0, 83.0))


def lunge_degree(front_knee: float) -> float:
    """The depth of a lunge whose front knee is bent to this angle (at most 3, about 80 degrees)."""
    degrees, angles = zip(*LUNGE_FRONT_KNEE)
    return float(np.interp(front_knee, angles[::-1], degrees[::-1]))


def feet_apart_width(degree: float) -> float:
    """Each ankle's sideways distance from the middle for feet apart at this degree (1.3, "wide", is about 55 cm apart)."""
    return HIP_WIDTH + WIDTH_PER_DEGREE * degree


def _free_leg(frame, side: str, action: str, degree: float) -> Dirs:
    s = SIDES[side]
    if action == "kick":
        return leg_from_angles(frame, s, flex=min(RAISE_PER_DEGREE["kick"] * degree, MAX_RAISE["kick"]), knee=5, ankle=20)
    if action == "knee_up":
        return leg_from_angles(frame, s, flex=min(90 * degree, 115), knee=95, ankle=25)
    if action == "leg_side":
        return leg_from_angles(frame, s, abduct=min(40 * degree, 70), knee=3, ankle=20)
    if action == "leg_back":
        return leg_from_angles(frame, s, flex=-min(42 * degree, 60), knee=5, ankle=40)
    if action == "leg_forward":
        return leg_from_angles(frame, s, flex=min(RAISE_PER_DEGREE["leg_forward"] * degree, MAX_RAISE["leg_forward"]), knee=3, ankle=15)
    if action == "tree":
        # Foot against the inside of the standing thigh, knee turned out.
        return leg_from_angles(frame, s, flex=35, abduct=55, turn=35, knee=145, ankle=10)
    if action == "heel_up" and degree > 1.2:  # the foot held up behind by the hand: the heel by the seat
        return leg_from_angles(frame, s, flex=-20, knee=130, ankle=20)
    if action == "heel_up":  # a knee said to be bent with its foot lifted behind: clearly bent
        return leg_from_angles(frame, s, flex=10, knee=100, ankle=20)
    return leg_from_angles(frame, s, flex=10, knee=80, ankle=20)  # foot lifted behind


class _Stance:
    """Feet on a floor: per side (x, z, ankle height, knee pole) relative to the pelvis."""

    def __init__(self, b):
        self.b = b
        self.feet: dict[str, tuple[float, float, float, np.ndarray, np.ndarray | None]] = {}

    def foot(self, side, x, z, ankle=FOOT_DROP, pole=(0.0, 0.0, 1.0), foot_dir=None):
        self.feet[side] = (x, z, ankle, np.asarray(pole, dtype=np.float64), foot_dir)

    def solve(self, drop: float = 0.0) -> dict[str, Dirs]:
        """Floor as low as every foot can reach, raised by drop (which bends all the knees)."""
        floor = -np.inf
        for side, (x, z, ankle, _, _) in self.feet.items():
            hip = self.b.pos[LEG[side][0]]
            level = (x - hip[0]) ** 2 + (z - hip[2]) ** 2
            floor = max(floor, hip[1] - np.sqrt(max(REACH**2 - level, 0.0)) - ankle)
        floor += drop
        result = {}
        for side, (x, z, ankle, pole, foot_dir) in self.feet.items():
            hip = self.b.pos[LEG[side][0]]
            thigh, shin = two_bone(hip, np.array([x, floor + ankle, z]), THIGH, SHIN, pole)
            if foot_dir is None:
                foot_dir = FLAT_FOOT if ankle <= FOOT_DROP + 1e-9 else toe_foot(ankle)
            result[side] = (thigh, shin, foot_dir)
        return result


# A cobra tips the pelvis up this far (degrees) as well as arching the back, so the shoulders rise
# near an arm's length over the floor; the hips extend as much, so the legs stay along the floor.
COBRA_LIFT = 30

# A seated knee drawn up to the chest, foot flat by the seat: the thigh steep (55 degrees up) and
# the shin near vertical, so the seat stays on the floor with the sole (a shallower thigh over a
# plumb shin leaves the pelvis hovering a hand's breadth up).
KNEE_DRAWN_UP = {"flex": 145.0, "abduct": 4.0, "knee": 140.0}


def leg_directions(c, b) -> dict[str, Dirs]:
    plan, posture = c.plan, c.posture
    frame = b.rot[0]
    actions = dict(plan.legs)
    stance = plan.stance
    side = c.side if c.side in ("left", "right") else None
    deg = c.degree

    if posture in FREE_LEG_POSTURES:
        return _standing(c, b, posture, side, actions, stance)
    st = _Stance(b)
    if posture in ("stride", "step", "run"):
        front = side or "left"
        length = {"stride": 0.34, "step": 0.26, "run": 0.45}[posture]
        st.foot(front, SIDES[front] * 0.09, length * 0.9)
        if posture == "run":
            out = st.solve(drop=0.04)
            out[other_side(front)] = leg_from_angles(frame, SIDES[other_side(front)], flex=-30, knee=100, ankle=40)
            # Running: the front leg is the stance leg, the back leg trails in the air.
            return out
        st.foot(other_side(front), -SIDES[front] * 0.09, -length, ankle=0.09 if posture == "stride" else FOOT_DROP)
        return st.solve()
    if posture == "lunge":
        front = side or "left"
        st.foot(front, SIDES[front] * 0.12, 0.45)
        st.foot(other_side(front), -SIDES[front] * 0.11, -0.62 - 0.08 * (deg - 1), ankle=0.11)
        return st.solve()
    if posture == "side_lunge":
        bent = side or "left"
        s = SIDES[bent]
        st.foot(bent, s * 0.45, 0.06, pole=(s * 0.5, 0.0, 1.0))
        st.foot(other_side(bent), -s * 0.70, 0.0, foot_dir=unit((-s * 0.3, -0.42, 0.85)))
        return st.solve()
    if posture in ("squat", "crouch"):
        # (a squat "on the toes, heels up" stands on the balls of the feet)
        ankle = TIPTOE_ANKLE if "tiptoe" in stance else FOOT_DROP if posture == "squat" else 0.10
        # Feet said wide (a sumo squat, a horse stance) stand further out than the hip-width squat,
        # under the hips (the knees go out to the sides, the trunk stays upright over the feet).
        width = max(0.19, feet_apart_width(stance["feet_apart"][1])) if "feet_apart" in stance else 0.19
        wide = width > 0.19
        z = (0.06 if wide else 0.16) if posture == "squat" else 0.10
        for sd, s in SIDES.items():
            st.foot(sd, s * width, z, ankle=ankle, pole=(s * (1.0 if wide else 0.35), 0.0, 1.0), foot_dir=unit((s * 0.25, -0.42, 0.88)) if ankle == FOOT_DROP else None)
        # The knee angle falls fast with the drop: a half squat (degree 0.65) sinks about 13 cm.
        # (on wide feet the hips sink less for the same depth: thighs level, not knees above the hips)
        depth = (0.46 if posture == "squat" else 0.40) - (0.10 if wide else 0.0)
        return st.solve(drop=depth * (min(deg, 1.3) if deg >= 1.0 else deg**3))
    if posture in ("fighting", "golf", "throw"):
        lead = "left" if posture != "throw" else other_side(side or "right")
        s = SIDES[lead]
        st.foot(lead, s * 0.14, 0.20 if posture != "golf" else 0.0)
        st.foot(other_side(lead), -s * 0.16, -0.20 if posture != "golf" else 0.0)
        return st.solve(drop=0.06)
    if posture == "jump":
        return {sd: leg_from_angles(frame, s, flex=55, knee=100, ankle=45) for sd, s in SIDES.items()}
    if posture == "sprinter":
        front = side or "left"
        s = SIDES[front]
        st.foot(front, s * 0.10, -0.02, ankle=0.10)
        st.foot(other_side(front), -s * 0.10, -0.42, ankle=0.10)
        return st.solve(drop=0.30)
    return _grounded_shapes(c, b, posture, side, actions)


def _standing(c, b, posture, side, actions, stance) -> dict[str, Dirs]:
    frame = b.rot[0]
    st = _Stance(b)
    free: dict[str, tuple[str, float]] = {}
    if posture == "tree":
        stand_on = side or "left"
        free[other_side(stand_on)] = ("tree", 1.0)
    elif posture == "ballet":
        stand_on = side or "left"
        free[other_side(stand_on)] = ("leg_back", 1.6)
    elif posture == "one_leg":
        # (on one leg with no side said: the leg not lifted, "the left leg raised in front, held there for balance")
        raised = [sd for sd, a in actions.items() if a[0] in FREE_ACTIONS]
        stand_on = side if side in SIDES else other_side(raised[0]) if len(raised) == 1 else "left"
        lifted = other_side(stand_on)
        free[lifted] = actions.get(lifted, ("lifted", 1.0))
    else:
        stand_on = None
        lifted_actions = {sd: a for sd, a in actions.items() if a[0] in FREE_ACTIONS}
        if len(lifted_actions) == 2:  # both knees up or both kicks at once cannot stand: keep one
            lifted_actions.pop("left")
        for sd, action in lifted_actions.items():
            free[sd] = action
            stand_on = other_side(sd)
    if posture == "hamstring":
        stretched = side or "left"
        s = SIDES[stretched]
        st.foot(stretched, s * 0.10, 0.45, foot_dir=unit((0.0, 0.55, 0.84)))
        st.foot(other_side(stretched), -s * 0.10, -0.08)
        return st.solve()
    if stand_on is not None:
        s = SIDES[stand_on]
        ankle = TIPTOE_ANKLE if "tiptoe" in stance or posture == "ballet" else FOOT_DROP
        st.foot(stand_on, s * 0.03, 0.0, ankle=ankle)  # the stance foot goes under the body
        out = st.solve()
        for sd, (action, degree) in free.items():
            out[sd] = _free_leg(frame, sd, action, degree)
        return out
    width = HIP_WIDTH
    if "feet_apart" in stance:
        width = feet_apart_width(stance["feet_apart"][1])  # the reading aims at 55 cm apart
    if posture == "jumpingjack":
        width = 0.38
    if "feet_together" in stance or posture == "attention":
        width = 0.06
    ankle = TIPTOE_ANKLE if "tiptoe" in stance else FOOT_DROP
    crossed = "legs_crossed" in stance
    bent = {sd for sd, a in actions.items() if a[0] == "knee_bent"}
    degree = min((actions[sd][1] for sd in bent), default=1.0)
    # Knees bent deep stand on feet set wider than the hips (on feet together they would make a
    # chair pose, which is not standing).
    deep = len(bent) == 2 and degree >= 1.25 and width > 0.06
    if deep:
        width = max(width, 0.18)
    for sd, s in SIDES.items():
        x = s * width if not crossed else -s * 0.05
        z = 0.0 if not crossed else (0.07 if sd == "left" else -0.05)
        foot_ankle = ankle
        if sd in bent:
            z += 0.10
            if len(bent) == 1:
                foot_ankle = max(ankle, 0.10)  # a relaxed bent leg rests on the ball of the foot
        st.foot(sd, x, z, ankle=foot_ankle)
    if len(bent) == 2:
        # Both knees bent on planted feet: the hips sink (a half squat), the knees clearly bent.
        # "Deeply" or "low" bent knees sink much further, to about a right angle (a grand plie).
        return st.solve(drop=0.18 if deep else 0.07 * degree)
    out = st.solve()
    for sd in bent:
        # The bent leg carries no weight: fold it a little more at the knee.
        hip = b.pos[LEG[sd][0]]
        thigh, shin, foot = out[sd]
        knee = hip + thigh * THIGH
        target = knee + shin * SHIN
        out[sd] = (*two_bone(hip, target + np.array([0.0, 0.03, 0.0]), THIGH, SHIN, (0.0, 0.0, 1.0)), foot)
    return out


def _grounded_shapes(c, b, posture, side, actions) -> dict[str, Dirs]:
    """Seated, kneeling, lying and support postures: legs from angles (pelvis or world frame)."""
    frame = b.rot[0]
    world = np.eye(3)
    lift = COBRA_LIFT if posture == "cobra" else 0
    out: dict[str, Dirs] = {}
    back_foot = unit((0.0, -0.35, -0.94))
    for sd, s in SIDES.items():
        action, degree = actions.get(sd, (None, 1.0))[:2]
        if posture == "sit_chair":
            crossed = c.plan.stance.get("legs_crossed")
            if crossed is not None and action not in ("kick", "leg_forward", "leg_long", "knee_up") and "ankle_over_knee" not in c.plan.stance:
                # Ankles crossed under the seat: both knees turned out so the feet meet past
                # the midline, the crossing foot a little ahead of the other.
                over = crossed[0] if crossed[0] in SIDES else "right"
                thigh = unit((s * 0.10, -0.05, 1.0))
                shin = unit((-s * 0.50, -1.0, 0.22 if sd == over else 0.08))
                out[sd] = (thigh, shin, unit((-s * 0.2, -0.3, 0.93)))
                continue
            if action in ("kick", "leg_forward"):  # (a knee extension: straight out level from the seat)
                out[sd] = leg_from_angles(world, s, flex=90, abduct=4, knee=0, ankle=10)
            elif action == "leg_long":  # stretched out from the seat down to the heel on the floor
                # (crossed at the ankles: each turned in, the crossing leg past the other and resting on it)
                over = None if crossed is None else crossed[0] if crossed[0] in SIDES else "right"
                flex, turn = (72, -5) if over is None else (80, 14) if sd == over else (69, 6)
                out[sd] = leg_from_angles(world @ rot_y(-s * turn), s, flex=flex, abduct=0, knee=0, ankle=-20)
            elif action == "knee_up":
                out[sd] = leg_from_angles(world, s, flex=125, abduct=4, knee=120, ankle=10)
            elif "feet_apart" in c.plan.stance:  # feet apart under the seat: each thigh turned out to put its foot there
                turn = np.degrees(np.arcsin(min((feet_apart_width(c.plan.stance["feet_apart"][1]) - HIP_WIDTH) / THIGH, 0.8)))
                out[sd] = leg_from_angles(world @ rot_y(s * turn), s, flex=90, abduct=0, knee=90)
            elif "feet_together" in c.plan.stance:  # knees and feet together: each thigh turned in a little
                out[sd] = leg_from_angles(world @ rot_y(-s * 8), s, flex=90, abduct=0, knee=90)
            else:
                out[sd] = leg_from_angles(world, s, flex=90, abduct=5, knee=90)
        elif posture == "sit_floor" and "legs_aside" in c.plan.stance:
            # Both legs folded to one side (side-saddle), lying on the floor: the far leg's thigh
            # swings out to that side and its shin folds back beside the hip; the near leg's thigh
            # points ahead and its shin crosses in front toward the far knee.
            toward = SIDES.get(c.plan.stance["legs_aside"][0] or "", 1)  # (unsaid: to the left)
            if s == toward:
                out[sd] = (unit((s * 0.8, -0.05, 0.55)), unit((s * 0.2, 0.0, -1.0)), unit((s * 0.3, -0.3, -0.9)))
            else:
                out[sd] = (unit((toward * 0.15, -0.05, 1.0)), unit((toward * 1.0, 0.0, -0.2)), unit((toward * 0.9, -0.3, -0.3)))
        elif posture == "sit_floor":
            if action == "kick":
                out[sd] = leg_from_angles(world, s, flex=55, knee=0, ankle=-15)
            elif action == "knee_up":
                out[sd] = leg_from_angles(world, s, **KNEE_DRAWN_UP)
            elif action == "knee_bent" and "feet_together" in c.plan.stance:
                # Soles together (the butterfly): the knees fall out low to the sides, the feet
                # meet at the midline in front of the groin.
                hip = b.pos[LEG[sd][0]]
                target = np.array([s * 0.04, hip[1] - 0.06, 0.30])
                thigh, shin = two_bone(hip, target, THIGH, SHIN, (s * 1.0, 0.1, 0.35))
                out[sd] = (thigh, shin, unit((-s * 0.45, -0.25, 0.85)))
            elif action == "sole_in":
                # The sole pressed to the other leg's inner thigh, that leg long (as reaching
                # over it to its foot): the knee falls out low to its side, the foot by the groin.
                hip = b.pos[LEG[sd][0]]
                target = np.array([-s * 0.03, hip[1] - 0.08, 0.30])
                thigh, shin = two_bone(hip, target, THIGH, SHIN, (s * 1.0, 0.1, 0.35))
                out[sd] = (thigh, shin, unit((-s * 0.6, -0.2, 0.75)))
            elif action == "knee_bent":
                # Knees bent with the soles on the floor in front: about a right angle at the knee
                # (feet apart: the legs turned out, as in a straddle).
                spread = world @ rot_y(s * 25) if "feet_apart" in c.plan.stance else world
                out[sd] = leg_from_angles(spread, s, flex=125, abduct=6, knee=90)
            else:
                # Seated legs lie along the floor; one "stretched out in front" only
                # straightens (a leg raised off the floor is a constraint for the solver).
                knee = 3 if action == "leg_forward" else 8
                # Legs spread apart on the floor open into a V (a straddle): each turned out
                # about the vertical, as abduction from a thigh held forward barely moves it.
                spread = world @ rot_y(s * 30) if "feet_apart" in c.plan.stance else world
                crossed = c.plan.stance.get("legs_crossed")
                if crossed is not None and "feet_apart" not in c.plan.stance:
                    # Crossed at the ankles: the crossing leg turned in and resting up on the other's ankle.
                    over = crossed[0] if crossed[0] in SIDES else "right"
                    out[sd] = leg_from_angles(world @ rot_y(-s * (18 if sd == over else 0)), s, flex=96 if sd == over else 86, knee=knee, ankle=-20)
                    continue
                if "feet_together" in c.plan.stance and "feet_apart" not in c.plan.stance:
                    # Long legs together: each turned in a little, so the heels meet.
                    out[sd] = leg_from_angles(world @ rot_y(-s * 4), s, flex=86, abduct=0, knee=knee, ankle=-20)
                    continue
                if action == "leg_side":  # (one leg out to the side along the floor, as half a wide straddle)
                    spread = world @ rot_y(s * 50)
                out[sd] = leg_from_angles(spread, s, flex=86, abduct=6, knee=knee, ankle=-20)
        elif posture == "sit_knees_up":
            out[sd] = leg_from_angles(world, s, **KNEE_DRAWN_UP)
        elif posture == "sit_cross":
            hip = b.pos[LEG[sd][0]]
            target = np.array([-s * 0.12, hip[1] - 0.05, 0.34 if sd == "left" else 0.20])
            thigh, shin = two_bone(hip, target, THIGH, SHIN, (s * 1.0, 0.2, 0.3))
            out[sd] = (thigh, shin, unit((-s * 0.8, -0.3, 0.4)))
        elif posture in ("sit_heels", "childpose"):
            thigh_dir = (0.0, -0.35, 0.94) if posture == "sit_heels" else (0.0, -0.75, 0.66)
            out[sd] = (unit((s * 0.08, *thigh_dir[1:])), unit((0.0, -0.06, -1.0)), back_foot)
        elif posture == "kneel_both":
            out[sd] = (unit((s * 0.05, -1.0, 0.0)), unit((0.0, -0.05, -1.0)), back_foot)
        elif posture == "kneel_one":
            kneeling = side or "left"
            if sd == kneeling:
                out[sd] = (unit((s * 0.04, -1.0, -0.05)), unit((0.0, -0.05, -1.0)), back_foot)
            else:
                out[sd] = leg_from_angles(world, s, flex=88, abduct=4, knee=88)
        elif posture == "allfours" and action in ("leg_back", "kick", "leg_forward"):
            # A leg stretched back from all fours (the bird dog): straight, at hip height.
            out[sd] = (unit((s * 0.03, 0.04, -1.0)), unit((s * 0.01, 0.02, -1.0)), unit((0.0, -0.55, -0.83)))
        elif posture == "allfours":
            out[sd] = (unit((s * 0.03, -1.0, 0.0)), unit((0.0, -0.02, -1.0)), back_foot)
        elif posture == "side_plank":  # straight in line with the body, the top foot stacked on the bottom one
            thigh, shin, _ = leg_from_angles(frame, s, abduct=-2)
            out[sd] = (thigh, shin, unit(frame @ (0.0, -0.3, 1.0)))
        elif posture in ("pushup", "plank"):
            thigh, shin, _ = leg_from_angles(frame, s, abduct=3)
            out[sd] = (thigh, shin, unit((0.0, -1.0, 0.35)))
        elif posture == "downdog":
            out[sd] = (unit((s * 0.06, -0.86, -0.5)), unit((s * 0.02, -0.86, -0.5)), unit((0.0, -0.2, 1.0)))
        elif posture == "bridge":
            hip = b.pos[LEG[sd][0]]
            shoulder_y = min(b.pos[13, 1], b.pos[14, 1])  # collars: the shoulders come later
            # (the feet about a shin's length ahead of the hips: the knees near a right angle, not folded tight)
            target = np.array([s * 0.12, shoulder_y + FOOT_DROP, 0.52])
            thigh, shin = two_bone(hip, target, THIGH, SHIN, (0.0, 1.0, 0.5))
            out[sd] = (thigh, shin, FLAT_FOOT)
        elif posture == "lie_back":
            if action in ("kick", "leg_forward"):
                out[sd] = leg_from_angles(frame, s, flex=min(LYING_RAISE_PER_DEGREE * degree, MAX_RAISE[action]), knee=3, ankle=10)
            elif action == "knee_up":
                out[sd] = leg_from_angles(frame, s, flex=100, knee=110, ankle=20)
            elif action == "knee_bent":
                # Knees bent with the soles on the floor (hook lying): the feet drawn in toward the seat.
                out[sd] = leg_from_angles(frame, s, flex=50, abduct=4, knee=100, ankle=30)
            else:
                # (legs spread apart on the floor, a starfish: each leg out to its side)
                out[sd] = leg_from_angles(frame, s, abduct=25 if "feet_apart" in c.plan.stance else 3, ankle=25)
        elif posture == "lie_front" and action == "bow_leg":
            out[sd] = leg_from_angles(frame, s, flex=-25, abduct=6, knee=115, ankle=10)  # a bow: thigh lifted, the shin folded up to the hands
        elif posture in ("lie_front", "cobra", "sphinx") and action == "knee_bent":
            out[sd] = leg_from_angles(frame, s, abduct=3, knee=90, ankle=20, flex=-lift)  # face down, the shins up
        elif posture in ("lie_front", "cobra", "sphinx"):
            out[sd] = leg_from_angles(frame, s, abduct=3, ankle=75 if action != "leg_back" else 40, flex=(-20 if action == "leg_back" else 0) - lift)
        elif posture in ("lie_side", "fetal"):
            down = SIDES.get(side or "left", 1)
            upper = s != down
            if action == "knee_to_floor" and upper:  # (drawn up in front and over the lower leg, the knee down on the floor)
                out[sd] = leg_from_angles(frame, s, flex=80, turn=-45, knee=95, ankle=20)
            elif posture == "fetal" or action == "knee_up":  # (a knee drawn up lying on the side: the fetal leg)
                out[sd] = leg_from_angles(frame, s, flex=95, knee=120, ankle=20)
            elif action == "knee_bent" and actions[sd][1] >= 1.0:  # (knees "slightly bent" stay nearly long)
                out[sd] = leg_from_angles(frame, s, flex=45, knee=85, ankle=20)
            elif upper and action in ("leg_side", "kick"):
                out[sd] = leg_from_angles(frame, s, abduct=40, knee=3, ankle=15)
            elif "feet_together" in c.plan.stance and action is None:  # stacked: alike, the upper leg resting on the lower
                out[sd] = leg_from_angles(frame, s, flex=10, knee=0, abduct=-7 if upper else 0, ankle=20)
            else:
                out[sd] = leg_from_angles(frame, s, flex=20 if upper else 8, knee=30 if upper else 15, ankle=20)
        else:
            out[sd] = leg_from_angles(frame, s)
    over_knee = c.plan.stance.get("ankle_over_knee")
    if posture == "sit_chair" and over_knee is not None:
        # Seated figure four: the crossing ankle rests on top of the other knee, its knee out to the side.
        crossing, under = over_knee[0], other_side(over_knee[0])
        s = SIDES[crossing]
        knee = b.pos[LEG[under][0]] + out[under][0] * THIGH
        thigh, shin = two_bone(b.pos[LEG[crossing][0]], knee + np.array([0.0, 0.09, 0.02]), THIGH, SHIN, (s * 1.0, 0.3, 0.3))
        out[crossing] = (thigh, shin, unit((-s * 0.6, -0.2, 0.75)))
    crossed = c.plan.stance.get("legs_crossed")
    if posture == "lie_back" and crossed is not None and crossed[0] in SIDES:
        bent = other_side(crossed[0])
        if actions.get(bent, (None,))[0] == "knee_bent":
            # Figure four: the crossing ankle rests over the bent knee of the other leg.
            s = SIDES[crossed[0]]
            hip, other_hip = b.pos[LEG[crossed[0]][0]], b.pos[LEG[bent][0]]
            knee = other_hip + out[bent][0] * THIGH
            thigh, shin = two_bone(hip, knee + frame @ np.array([0.0, 0.0, 0.06]), THIGH, SHIN, frame @ np.array([s * 1.0, 0.3, 0.3]))
            out[crossed[0]] = (thigh, shin, unit(frame @ np.array([-s * 0.6, -0.2, 0.75])))
    return out
