"""The lexicon's plan amended with what the caption's constraints say that it missed.

Each pass reads the caption reader's constraints and changes the plan where composing
from the lexicon's reading alone would leave the fit too far to go (a hand on the
knee composed on the knee, a held foot folded up behind, a forward tip on one leg
taken down to a T); ``adjusted`` runs them one after another, before composing.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

import numpy as np

from posegen.constraints import Constraint
from posegen.skeleton import other_side

from .legs import HIP_WIDTH, WIDTH_PER_DEGREE
from .plan import LYING, STANDING, Plan

SIDED_STEPS = {"lunge", "stride", "step", "run"}
ONE_LEGGED = {"tree", "one_leg"}
FLOOR_SEATS = {"sit_floor", "sit_cross", "sit_knees_up"}
UNPLACED_ARMS = ("down", "arms_down", "reach_down")  # arm poses a pass may replace: the lexicon placed the arm nowhere in particular


def adjusted(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
    """The lexicon's plan with what the caption's constraints say that it missed, one pass after another."""
    for adjust in (_side_plank_on_the_hand, _plank_on_the_hands, _trunk_turned, _seated_feet_together, _bent_knee_raised, _propped_behind, _foot_at_the_standing_leg, _joined_hands_overhead, _crossed_arms, _one_knee_down, _arms_holding_up, _side_lean, _lead_side,
                   _torso_pitch, _upright_trunk, _hands_to_floor, _stance_width, _knee_angles, _held_foot,
                   _forehead_to_the_floor, _knees_up_feet_down, _side_lying_knee_forward, _hands_to_the_front_foot,
                   _foot_on_the_wall, _side_lying_leg, _ankle_over_knee, _arm_raise_angles, _chair_leg_extension, _hands_on_thighs):
        plan = adjust(plan, constraints)
    return plan


def _side_plank_on_the_hand(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
    """A side plank held on a straight arm ("on the straight right arm", "on the left hand, arm
    locked") is held on the hand, not the forearm."""
    side = plan.posture_side or "left"
    if plan.posture != "side_plank" or not any(
            c.kind == "elbow_straight" and c.side == side and not c.negated for c in constraints):
        return plan
    return replace(plan, arms={**plan.arms, side: ("support", 1.0, None)})


def _plank_on_the_hands(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
    """A plank held on straight arms ("a plank with the arms locked", "a high plank") is the top of
    a push-up: fitting straight arms from a forearm plank throws them out to the sides."""
    if plan.posture != "plank" or not any(c.kind == "elbow_straight" and not c.negated for c in constraints):
        return plan
    arms = {s: v for s, v in plan.arms.items() if v[0] != "forearm_support"}
    return replace(plan, posture="pushup", arms={**{s: ("support", 1.0, None) for s in ("left", "right")}, **arms})


def _trunk_turned(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
    """A trunk turned toward a side that the lexicon did not turn is composed turned: fitting
    the spine alone to it tips the trunk as much as it turns it."""
    sides = {c.side for c in constraints if c.kind == "torso_twisted" and not c.negated}
    if len(sides) != 1 or "yaw" in plan.torso or plan.posture in LYING:
        return plan
    return replace(plan, torso={**plan.torso, "yaw": ("twist", next(iter(sides)), 1.0)})


def _seated_feet_together(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
    """On a chair, feet (or knees) said to be together are composed together: fitting them
    together from a seat swings the legs off it. (Not with the hands on the knees: reaching
    knees drawn together, the forearms cross the thighs.)"""
    if plan.posture != "sit_chair" or "feet_together" in plan.stance or "legs_crossed" in plan.stance or not any(
            c.kind == "feet_together" and not c.negated for c in constraints) or any(
            c.kind == "hand_near" and "knee" in (c.target or "") and not c.negated for c in constraints):
        return plan
    return replace(plan, stance={**plan.stance, "feet_together": (None, 1.0)})


def _bent_knee_raised(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
    """On the feet, a knee said to be bent and raised ("the right knee is bent and drawn up level
    with the hip") comes up in front: composed bent, the shin folds up behind and the fit lifts
    that knee backward."""
    if plan.posture not in STANDING:
        return plan
    raised = {c.side for c in constraints if c.kind == "knee_raised" and not c.negated}
    legs = {s: ("knee_up", 1.0) if v[0] == "knee_bent" and s in raised else v for s, v in plan.legs.items()}
    return replace(plan, legs=legs) if legs != plan.legs else plan


def _propped_behind(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
    """Sitting on the floor leaning back with the hands on the floor ("leaning back onto both
    hands behind you"): the arms prop the trunk from behind, straight down to the floor."""
    if plan.posture not in FLOOR_SEATS or plan.torso.get("pitch", ("",))[0] != "lean_back":
        return plan
    down = {c.side for c in constraints if c.kind == "wrist_on_ground" and not c.negated}
    arms = {s: ("prop_behind", 1.0, None) for s in ("left", "right")
            if s in down and plan.arms.get(s, ("down",))[0] in UNPLACED_ARMS + ("behind_back",)}
    return replace(plan, arms={**plan.arms, **arms}) if arms else plan


def _foot_at_the_standing_leg(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
    """On one leg, the lifted foot's sole pressed to the standing thigh or calf is the tree:
    composed with the knee bent behind, the fit cannot bring the foot round to the other leg."""
    if plan.posture != "one_leg" or plan.posture_side not in ("left", "right"):
        return plan
    lifted = other_side(plan.posture_side)
    at_the_leg = any(c.kind == "foot_near" and c.side == lifted and not c.negated and (c.target or "").startswith(plan.posture_side)
                     and any(part in (c.target or "") for part in ("thigh", "knee", "shin", "calf", "ankle")) for c in constraints)
    return replace(plan, posture="tree", legs={k: v for k, v in plan.legs.items() if k != lifted}) if at_the_leg else plan


def _joined_hands_overhead(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
    """Hands together with both wrists above the head ("arms stretched out beyond his head with
    the wrists together") are joined up there, not in front of the chest."""
    above = {c.side for c in constraints if c.kind == "wrist_above_head" and not c.negated}
    if above < {"left", "right"} or not all(plan.arms.get(s, ("",))[0] in ("prayer", "clap") for s in ("left", "right")):
        return plan
    return replace(plan, arms={**plan.arms, **{s: ("prayer_overhead", 1.0, None) for s in ("left", "right")}})


def _crossed_arms(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
    """Both arms composed crossed when the caption crosses them and the lexicon placed
    them otherwise ("arms folded in front", "arms crossed tightly, weight on the left
    leg"): fitting moves one limb at a time and does not find a crossing."""
    if not any(c.kind == "arms_crossed" and not c.negated for c in constraints):
        return plan
    if all(plan.arms.get(side, ("",))[0] == "crossed" for side in ("left", "right")):
        return plan
    return replace(plan, arms={**plan.arms, "left": ("crossed", 1.0, None), "right": ("crossed", 1.0, None)})


def _one_knee_down(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
    """Kneeling read on both knees when the caption puts one knee only on the ground ("kneeling on
    their right knee and tying the lace of their left shoe with both hands": the "both" is the
    hands'): it kneels on that knee."""
    down = {c.side for c in constraints if c.kind == "knee_on_ground" and not c.negated}
    if plan.posture != "kneel_both" or len(down) != 1 or not down <= {"left", "right"}:
        return plan
    return replace(plan, posture="kneel_one", posture_side=next(iter(down)))


SIDE_LEANS = {"stand", "sit_chair", "sit_floor", "sit_cross", "kneel_both", "sit_heels"}  # (not a stride's or a lunge's legs)


def _side_lean(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
    """A trunk the caption leans to one side ("slumping over to her left") that the lexicon did not
    bend is composed bent that way: fitting the lean from upright twists the trunk and the arms
    instead."""
    sides = {c.side for c in constraints if c.kind == "torso_sideways" and not c.negated}
    if "roll" in plan.torso or len(sides) != 1 or not sides <= {"left", "right"} or plan.posture not in SIDE_LEANS:
        return plan
    if any(c.kind == "hand_near" and any(part in (c.target or "") for part in ("knee", "shin", "ankle", "foot")) for c in constraints):
        return plan  # (a hand down to the shin leans further than a composed side bend: the fit takes it there)
    return replace(plan, torso={**plan.torso, "roll": ("side_bend", next(iter(sides)), 1.0)})


def _hands_to_the_front_foot(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
    """Kneeling on one knee, hands at the front foot ("kneels on his right knee and ties the laces
    of his left shoe with both hands") reach down to it over a trunk bent forward: fitted from an
    upright kneel, the trunk folds past the front knee and twists."""
    if plan.posture != "kneel_one" or plan.posture_side not in ("left", "right"):
        return plan
    front = other_side(plan.posture_side)
    reaching = {c.side for c in constraints if c.kind == "hand_near" and not c.negated and c.side in ("left", "right")
                and (c.target or "") in (f"{front}_foot", f"{front}_ankle")}
    reaching = {side for side in reaching if plan.arms.get(side, ("down",))[0] in UNPLACED_ARMS}
    if not reaching:
        return plan
    torso = plan.torso if "pitch" in plan.torso else {**plan.torso, "pitch": ("bend_forward", None, 1.8)}
    return replace(plan, torso=torso, arms={**plan.arms, **{side: ("toe_reach", 1.0, front) for side in reaching}})


def _arms_holding_up(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
    """Pushed up face down (a cobra, a sphinx), the arms hold the body up: hands on the hips the
    lexicon read from "the hips stay down on the mat" are not composed unless the caption puts a
    hand on a hip."""
    if plan.posture not in ("cobra", "sphinx"):
        return plan
    on_hip = {c.side for c in constraints if c.kind == "hand_on_hip" and not c.negated}
    arms = {s: v for s, v in plan.arms.items() if v[0] != "on_hips" or s in on_hip}
    return replace(plan, arms=arms) if arms != plan.arms else plan


def _lead_side(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
    """A lunge or step the lexicon gave no side takes the side of the foot the caption puts ahead."""
    if plan.posture in SIDED_STEPS and plan.posture_side is None:
        ahead = [c.side for c in constraints if c.kind == "foot_ahead" and not c.negated and c.side in ("left", "right")]
        if ahead:
            return replace(plan, posture_side=ahead[0])
    if plan.posture in ONE_LEGGED:
        # The side of a one-legged stance is the leg it stands on: not the foot the caption lifts
        # ("tree pose, right sole on the left inner thigh" stands on the left).
        lifted = {c.side for c in constraints if c.kind == "foot_off_ground" and not c.negated}
        if len(lifted) == 1 and lifted <= {"left", "right"} and plan.posture_side in lifted | {None}:
            return replace(plan, posture_side=other_side(next(iter(lifted))))
    return plan


def _torso_pitch(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
    """A forward bend composed at the angle the caption gives ("folded forward until horizontal"),
    so that the arms hang from the torso as bent, rather than being left where a lesser bend put them."""
    seated = plan.posture in FLOOR_SEATS | {"sit_chair"}  # a seat's lean at the angle said ("leaning forward 30 degrees")
    angles = [c for c in constraints if c.kind == "torso_angle" and not c.negated and (c.lo >= 55 or seated)]  # near-horizontal folds
    # (a lean the lexicon read at its amount, "tipped slightly forward", or one only the reader found)
    leaning = plan.torso["pitch"][2] >= 1.0 if "pitch" in plan.torso else any(c.kind == "torso_forward" and not c.negated for c in constraints)
    balance = any(a == "leg_back" for a, _ in plan.legs.values()) and not any(a == "knee_bent" for a, _ in plan.legs.values())
    if not angles and plan.posture in ONE_LEGGED | {"stand"} and leaning and balance and plan.torso.get("pitch", ("bend_forward",))[0] == "bend_forward":
        # On one leg with the other stretched back, the body tipped forward goes down to about level
        # against it (a balance in a T, a warrior three): a half lean would leave the leg hanging low.
        return replace(plan, torso={**plan.torso, "pitch": ("bend_forward", None, 1.6)})
    # (on the feet, a trunk said level is folded to about level: "hinge until the chest is parallel to the floor")
    level = any(c.kind == "torso_horizontal" and not c.negated for c in constraints) and plan.posture in STANDING - ONE_LEGGED
    if not angles and level and plan.torso.get("pitch", ("bend_forward",))[0] == "bend_forward":
        return replace(plan, torso={**plan.torso, "pitch": ("bend_forward", None, 85.0 / 50.0)})
    if not angles or plan.posture not in STANDING and not seated:
        return plan  # (the angle wins over a pitch the lexicon read: "until your back is flat" is no lean back)
    degree = (angles[0].lo + angles[0].hi) / 2.0 / 50.0  # the composer bends 50 degrees at degree 1
    return replace(plan, torso={**plan.torso, "pitch": ("bend_forward", None, degree)})


def _upright_trunk(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
    """A forward bend the lexicon read where the caption keeps the trunk upright ("the right knee
    bent over it, ..., the torso upright": the knee's bend, not the trunk's) is not composed."""
    upright = any(c.kind == "torso_upright" and not c.negated for c in constraints)
    leaning = any(c.kind in ("torso_forward", "torso_angle", "torso_horizontal") and not c.negated for c in constraints)
    if upright and not leaning and plan.torso.get("pitch", ("",))[0] == "bend_forward":
        return replace(plan, torso={k: v for k, v in plan.torso.items() if k != "pitch"})
    return plan


def _hands_to_floor(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
    """Standing on straight legs with both hands on (or near) the floor or at the feet is a fold down to
    them ("palms flat on the floor beside the feet, legs straight", "bends forward, arms hanging
    down to the feet"), composed as one: fitting from upright finds odder ways down (the hips
    swung back, the body nearly lying, the knees folded into a crouch)."""
    wanted = [c for c in constraints if not c.negated]
    on_floor = {c.side for c in wanted if c.kind == "wrist_on_ground"}
    at_feet = {c.side for c in wanted if c.kind == "hand_near" and any(part in (c.target or "") for part in ("foot", "ankle"))}
    reach = on_floor if {"left", "right"} <= on_floor or on_floor & {"both", None} else at_feet
    if plan.posture != "stand" or plan.torso.get("pitch", ("bend_forward",))[0] not in ("bend_forward", "bow", "toe_touch") \
            or not ({"left", "right"} <= reach or reach & {"both", None}):
        return plan
    if any(c.kind in ("lying_on", "knee_bent", "knee_on_ground") or c.kind == "knee_angle" and c.lo < 110 for c in wanted) or any(
            c.kind == "posture" and not {"standing", "bending"} & set((c.target or "").split("|")) for c in wanted):
        return plan
    degree = 1.25 if reach is on_floor else 1.0  # down to the floor, or to the feet
    if plan.torso.get("pitch", ("",))[0] == "toe_touch":  # (a toe touch the lexicon read reaches the floor too: "reaching down toward the floor")
        degree = max(degree, plan.torso["pitch"][2])
    return replace(plan, torso={**plan.torso, "pitch": ("toe_touch", None, degree)})


def _stance_width(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
    """Feet a given distance apart ("feet 30 cm apart") composed that far apart: the composer's
    wide stance is 56 cm, and fitting the legs to another width from it bends them oddly."""
    if plan.posture not in ("stand", "attention"):
        return plan
    distance = next((c for c in constraints if c.kind == "feet_distance" and not c.negated), None)
    if distance is None:
        return plan
    half = (distance.lo + distance.hi) / 4.0  # each ankle's distance from the middle
    degree = min(max((half - HIP_WIDTH) / WIDTH_PER_DEGREE, 0.0), 2.5)  # (legs.feet_apart_width, inverted)
    return replace(plan, stance={**plan.stance, "feet_apart": (None, degree)})


def _knee_angles(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
    """Sitting on the floor with a knee at an angle well short of straight ("knees at a right
    angle") composes that leg bent with the sole on the floor: fitting the angle from a leg
    laid along the floor lifts and swings it. Standing, both knees at such an angle sink the
    hips low on wide feet ("knees flexed to about 100 degrees"), not one foot lifted to bend it.
    A knee given an angle near straight ("knees at 180 degrees") is not bent, whatever word said it."""
    straight = {s for c in constraints if c.kind == "knee_angle" and not c.negated and c.lo >= 150 for s in _knee_sides(c)}
    if any(plan.legs.get(s, ("",))[0] == "knee_bent" for s in straight):
        plan = replace(plan, legs={s: v for s, v in plan.legs.items() if not (s in straight and v[0] == "knee_bent")})
    if plan.posture == "stand" and all(plan.legs.get(s, ("",))[0] == "knee_bent" for s in ("left", "right")):
        angled = {s for c in constraints if c.kind == "knee_angle" and not c.negated and (c.lo + c.hi) / 2.0 <= 110 for s in _knee_sides(c)}
        if angled >= {"left", "right"}:
            return replace(plan, legs={s: ("knee_bent", max(plan.legs[s][1], 1.3)) for s in ("left", "right")})
        return plan
    if plan.posture != "sit_floor":
        return plan
    legs = dict(plan.legs)
    for c in constraints:
        if c.kind == "knee_angle" and not c.negated and (c.lo + c.hi) / 2.0 < 140:
            for side in (("left", "right") if c.side in (None, "both", "either") else (c.side,)):
                if legs.get(side, ("",))[0] not in ("knee_up", "kick"):
                    legs[side] = ("knee_bent", 1.0)
    return replace(plan, legs=legs) if legs != plan.legs else plan


def _knee_sides(c: Constraint) -> tuple[str, ...]:
    """The knees a constraint names: both when it names no side or both."""
    return ("left", "right") if c.side in (None, "both") else (c.side,)


def _held_foot(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
    """On one leg, a hand holding the lifted foot with that knee folded ("hold my left foot up
    behind me with my left hand", a quad stretch) folds the shin up behind: fitting the hand to a
    foot still hanging under the body tips the whole body over to reach it."""
    if plan.posture not in ONE_LEGGED or plan.posture_side not in ("left", "right"):
        return plan
    lifted = other_side(plan.posture_side)
    wanted = [c for c in constraints if not c.negated and c.side == lifted]
    folded = any(c.kind == "knee_angle" and c.hi <= 100 or c.kind in ("knee_bent", "leg_back") for c in wanted)
    holding = {c.side for c in constraints if not c.negated and c.kind == "hand_near"
               and c.target in (f"{lifted}_foot", f"{lifted}_ankle")} & {"left", "right"}
    behind = any(c.kind == "leg_back" for c in wanted)  # ("bring that foot up behind you": not the knee up in front)
    if not (folded and holding) or plan.legs.get(lifted, ("heel_up",))[0] not in ("heel_up", "knee_bent", "leg_back") + (("knee_up",) if behind else ()):
        return plan
    # (the holding hand goes back to the ankle, not onto the back)
    arms = {**plan.arms, **{s: ("hold_heel_behind", 1.0, None) for s in holding if plan.arms.get(s, ("behind_back",))[0] in ("behind_back", "hold_front", "overhead")}}
    # (nor does the trunk fold down to a foot held up behind: "grab your right foot behind you")
    torso = {k: v for k, v in plan.torso.items() if not (k == "pitch" and v[0] == "toe_touch")}
    return replace(plan, legs={**plan.legs, lifted: ("heel_up", 1.5)}, arms=arms, torso=torso)


def _foot_on_the_wall(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
    """Standing with a foot propped flat on the wall behind ("leaning back against the wall, the
    left foot flat against it"): that shin folds up behind, the sole at about knee height; the
    fit alone lifts the foot by swinging the leg out."""
    if plan.posture not in ("stand", "attention"):
        return plan
    propped = {c.side for c in constraints if c.kind == "foot_off_ground" and not c.negated and "wall" in c.phrase.split()} & {"left", "right"}
    if len(propped) != 1:
        return plan
    side = next(iter(propped))
    if plan.legs.get(side, ("knee_bent",))[0] not in ("knee_bent", "leg_back", "heel_up"):
        return plan  # (a knee the lexicon raised in front, a leg out to the side: placed already)
    return replace(plan, legs={**plan.legs, side: ("heel_up", 1.0)})


def _arm_raise_angles(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
    """An arm out to the side or in front at an angle below the horizontal ("arms flung out at 45
    degrees either side") is composed at that angle: fitting it down from the horizontal twists
    the trunk as often as it lowers the arm."""
    arms = dict(plan.arms)
    for c in constraints:
        pose = arms.get(c.side or "", ("",))
        if c.kind != "limb_raised_angle" or c.target != "arm" or c.negated or pose[0] not in ("arms_side", "arms_forward") or pose[1] < 1.0:
            continue
        angle = (c.lo + c.hi) / 2.0
        if angle < 80.0:
            # (arms.py blends hanging and the direction: at degree d the arm is atan(d / (1 - d)) from hanging)
            tangent = float(np.tan(np.radians(angle)))
            arms[c.side] = (pose[0], round(tangent / (1.0 + tangent), 3), pose[2])
    return replace(plan, arms=arms) if arms != plan.arms else plan


def _knees_up_feet_down(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
    """Lying on the back, "knees up" with the feet flat on the floor are bent knees over planted
    feet (a hook lying), not thighs drawn up over the hips with the feet in the air."""
    if plan.posture != "lie_back":
        return plan
    planted = {c.side for c in constraints if c.kind == "foot_on_ground" and not c.negated}
    legs = {s: ("knee_bent", 1.0) if v[0] == "knee_up" and s in planted else v for s, v in plan.legs.items()}
    # and the other way: bent knees with the feet off the floor ("knees bent over the hips, shins
    # parallel to the floor, feet not touching the floor") are drawn up over the hips
    lifted = {c.side for c in constraints if c.kind == "foot_on_ground" and c.negated or c.kind == "foot_off_ground" and not c.negated}
    bent = {c.side for c in constraints if c.kind == "knee_bent" and not c.negated}
    for s in ("left", "right"):
        if s in lifted and s in bent and plan.legs.get(s, ("knee_bent",))[0] == "knee_bent":
            legs[s] = ("knee_up", 1.0)
    return replace(plan, legs=legs) if legs != plan.legs else plan


def _forehead_to_the_floor(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
    """Sitting on the heels or kneeling with the head down on the floor, or folded forward with both
    arms stretched along the floor past the head, is a child's pose ("sits on the heels, the body
    lowered forward so the forehead lies on the floor"; "kneeling with the hips back and the arms
    stretched forward along the floor")."""
    head_down = any(c.kind == "joint_on_ground" and c.target == "head" and not c.negated for c in constraints)
    along = {c.side for c in constraints if c.kind == "arm_along_torso" and not c.negated} >= {"left", "right"}
    folded = any(c.kind == "torso_forward" and not c.negated and c.lo >= 30 for c in constraints)
    if plan.posture in ("sit_heels", "kneel_both") and (head_down or along and folded):
        return replace(plan, posture="childpose", torso={k: v for k, v in plan.torso.items() if k != "pitch"})
    return plan


def _side_lying_knee_forward(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
    """Lying on a side, a leg "bent forward" (its foot ahead, its knee bent) is drawn up in front,
    the thigh forward from the hip, not bent back at the knee alone."""
    if plan.posture != "lie_side":
        return plan
    ahead = {c.side for c in constraints if c.kind == "foot_ahead" and not c.negated}
    bent = {c.side for c in constraints if c.kind in ("knee_bent", "knee_angle") and not c.negated}
    legs = dict(plan.legs)
    for s in ahead & bent & {"left", "right"}:
        if legs.get(s, ("knee_bent",))[0] == "knee_bent":
            legs[s] = ("knee_up", 1.0)
    return replace(plan, legs=legs) if legs != plan.legs else plan


def _side_lying_leg(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
    """Lying on a side, the upper leg lifted "above the other" or "out to the side" is raised sideways
    (up off the lower leg), not swung forward: swung forward it rolls the body toward the floor."""
    if plan.posture != "lie_side" or plan.posture_side not in ("left", "right"):
        return plan
    upper = other_side(plan.posture_side)
    if plan.legs.get(upper, ("",))[0] not in ("leg_forward", "kick") or not any(
            c.kind == "leg_out" and c.side == upper and not c.negated for c in constraints):
        return plan
    return replace(plan, legs={**plan.legs, upper: ("leg_side", 1.0)})


def _ankle_over_knee(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
    """On a chair, a leg crossed with its foot off the floor ("the right ankle crossed over the left
    knee") rests its ankle on the other knee; crossed with both feet down, the ankles cross under the seat."""
    crossed = plan.stance.get("legs_crossed")
    if plan.posture != "sit_chair" or crossed is None or "ankle_over_knee" in plan.stance:
        return plan
    lifted = {c.side for c in constraints if c.kind == "foot_off_ground" and not c.negated} & {"left", "right"}
    side = crossed[0] if crossed[0] in lifted else next(iter(lifted)) if len(lifted) == 1 else None
    if side is None or any(c.kind == "foot_on_ground" and c.side == side and not c.negated for c in constraints):
        return plan
    return replace(plan, stance={**plan.stance, "ankle_over_knee": (side, 1.0)})


CHAIR_LEG_LIFTS = {"foot_off_ground", "knee_raised", "leg_forward", "limb_raised_angle", "segment_horizontal", "segment_up", "foot_near"}


def _chair_leg_extension(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
    """On a chair, a leg said to straighten with its foot off the floor ("straighten your left knee
    so the foot comes off the floor", "right knee straightened to 180 so the foot is at hip
    height") is extended forward from the seat, the thigh staying on it: fitting the knee
    straight from a foot on the floor swings the whole leg down instead."""
    if plan.posture != "sit_chair" or "ankle_over_knee" in plan.stance:
        return plan
    wanted = [c for c in constraints if not c.negated]
    straight = {c.side for c in wanted if c.kind == "knee_straight" or c.kind == "knee_angle" and c.lo >= 140}
    lifted = {c.side for c in wanted if c.kind == "foot_off_ground"}
    legs = dict(plan.legs)
    # and the other way: legs "stretched out" from the seat with nothing lifting them rest on their heels
    held_up = {c.side for c in wanted if c.kind in CHAIR_LEG_LIFTS} | {
        c.side for c in constraints if c.kind == "foot_on_ground" and c.negated}
    held_up -= {c.side for c in wanted if c.kind == "foot_on_ground"}  # ("stretch your right leg out in front, heel on the floor")
    for side in ("left", "right"):
        if side in straight & lifted and legs.get(side, ("",))[0] not in ("kick", "leg_forward"):  # (a "knee up" said straight is no knee up)
            legs[side] = ("leg_forward", 1.0)
        elif legs.get(side, ("",))[0] == "leg_forward" and side not in held_up and None not in held_up:
            legs[side] = ("leg_long", 1.0)
    return replace(plan, legs=legs) if legs != plan.legs else plan


SEATS_FOR_HANDS = {"sit_chair", "sit_floor", "sit_cross", "sit_heels", "kneel_both"}


def _hands_on_thighs(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
    """Seated or kneeling upright, a hand "on the thigh" or "in the lap" rests on the top of a thigh
    (its own, unless the caption names the other): left hanging where the composer puts it, a hand
    beside the hip passes as near the thigh without being on it. A hand "on the knee", on the
    feet, seated or squatting, rests on the top of the knee ("bent forward, hands on the knees"):
    fitted from a hanging arm it stops short of the knee."""
    on_thighs = plan.posture in SEATS_FOR_HANDS and not plan.torso.get("pitch")
    # (not seated with the legs along the floor, nor in a lunge: reaching the knee tips the trunk)
    on_knees = plan.posture in (STANDING | SEATS_FOR_HANDS | {"squat", "crouch"}) - {"sit_floor", "lunge", "side_lunge"} \
        and plan.torso.get("pitch", ("",))[0] != "toe_touch"  # (nor folded down to the feet)
    arms = dict(plan.arms)
    for c in constraints:
        if c.kind != "hand_near" or c.negated or c.side not in ("left", "right"):
            continue
        target = c.target or ""
        # (a hand said to rest on the knee: not wrapped around it, sliding toward it, between the knees)
        resting = not set(c.phrase.split()) & {"wrapped", "around", "round", "toward", "towards", "between", "hug", "hugging", "down", "slide"}
        # (bent forward on the feet, hands braced on the thighs rest by the knees: "leaning forward, hands braced on his legs")
        braced = "thigh" in target and plan.posture in STANDING and plan.torso.get("pitch", ("",))[0] == "bend_forward"
        pose = "on_thigh" if "thigh" in target and on_thighs else "on_knee" if ("knee" in target or braced) and on_knees and resting else None
        if pose is None or arms.get(c.side, ("down",))[0] not in UNPLACED_ARMS:
            continue  # (an arm the lexicon placed otherwise stays)
        side = target.split("_")[0]
        if pose == "on_knee" and side in ("left", "right") and side != c.side:
            continue  # (a hand across to the other knee reaches over the thigh: the fit places it)
        arms[c.side] = (pose, 1.0, side if side in ("left", "right") and "|" not in target else None)
    return replace(plan, arms=arms) if arms != plan.arms else plan
