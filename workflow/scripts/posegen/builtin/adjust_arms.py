"""Plan passes about the arms: hands placed where the caption's constraints put them and the
lexicon did not (posegen.builtin.adjust runs every pass, in order)."""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

import numpy as np

from posegen.constraints import Constraint
from posegen.skeleton import other_side

from .plan import FLOOR_SEATS, STANDING, UNPLACED_ARMS, Plan


def side_plank_on_the_hand(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
    """A side plank held on a straight arm ("on the straight right arm", "on the left hand, arm
    locked") is held on the hand, not the forearm."""
    side = plan.posture_side or "left"
    if plan.posture != "side_plank" or not any(
            c.kind == "elbow_straight" and c.side == side and not c.negated for c in constraints):
        return plan
    return replace(plan, arms={**plan.arms, side: ("support", 1.0, None)})


def propped_behind(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
    """Sitting on the floor leaning back with the hands on the floor ("leaning back onto both
    hands behind you"): the arms prop the trunk from behind, straight down to the floor."""
    if plan.posture not in FLOOR_SEATS:
        return plan
    leaning = plan.torso.get("pitch", ("",))[0] == "lean_back"
    down = {c.side for c in constraints if c.kind == "wrist_on_ground" and not c.negated}
    # (or, upright, hands on the floor behind: "hands planted on the floor behind the hips")
    arms = {s: ("prop_behind", 1.0, None) for s in ("left", "right")
            if s in down and plan.arms.get(s, ("down",))[0] in (UNPLACED_ARMS + ("behind_back",) if leaning else ("behind_back",))}
    return replace(plan, arms={**plan.arms, **arms}) if arms else plan


def _named_side(target: str) -> str | None:
    """The side of a touched part the caption names ("left_knee"), None for either or its own ("SAME_knee")."""
    side = target.split("_")[0]
    return side if side in ("left", "right") and "|" not in target else None


def hands_on_shins(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
    """Sitting on the floor with the legs long and leaning forward, a hand said at the shin
    ("leaning forward, hands reaching to the shins") reaches forward along the leg to it; a hand at
    the shin of a knee bent up ("the left knee bent up, both arms wrapped around the left shin")
    reaches it sitting up: fitted from a hanging arm the trunk twists round or folds down instead."""
    if plan.posture != "sit_floor":
        return plan
    bent_up = {s for s, v in plan.legs.items() if v[0] in ("knee_up", "knee_bent")}
    # (upright with the legs long, the shins are out of reach)
    leaning = not bent_up and plan.torso.get("pitch", ("",))[0] in ("bend_forward", "bow")
    arms = dict(plan.arms)
    for c in constraints:
        target = c.target or ""
        # (a hug of the shin of a knee bent up holds that shin, not the chest)
        movable = UNPLACED_ARMS + (("hug",) if _named_side(target) in bent_up else ())
        if c.kind == "hand_near" and not c.negated and c.side in ("left", "right") and "shin" in target \
                and arms.get(c.side, ("down",))[0] in movable and (leaning or _named_side(target) in bent_up):
            arms[c.side] = ("on_shin", 1.0, _named_side(target))
    return replace(plan, arms=arms) if arms != plan.arms else plan


def seated_fold_to_the_feet(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
    """Sitting on the floor, hands said at a foot or ankle of a leg long along the floor ("legs
    straight, hands holding the ankles", "one knee bent, both hands holding the straight leg's
    foot") fold the trunk forward over the legs to it: fitted from an upright seat, a hand stops
    short of the foot (the fit reaches part way and stalls) or the trunk twists round."""
    # (legs spread wide, a hand to one foot reaches out to the side: the fit turns the trunk there)
    if plan.posture != "sit_floor" or set(plan.stance) - {"feet_together"} or plan.torso.get("roll") or plan.torso.get("pitch", ("bend_forward",))[0] not in (
            "bend_forward", "bow", "toe_touch"):
        return plan
    bent_up = {s for s, v in plan.legs.items() if v[0] in ("knee_up", "knee_bent")}
    reaching = {}
    for c in constraints:
        target = c.target or ""
        if c.kind == "hand_near" and not c.negated and c.side in ("left", "right") and target.endswith(("_foot", "_ankle")) \
                and plan.arms.get(c.side, ("down",))[0] in UNPLACED_ARMS + FOLDED_HANDS:
            named = _named_side(target)
            if named is None and "|" in target or (named or c.side) in bent_up:
                continue  # (either foot, or a foot drawn in: the fit finds it)
            reaching[c.side] = named
    if not reaching:
        return plan
    arms = {**plan.arms, **{s: ("toe_reach", 1.0, named) for s, named in reaching.items()}}
    return replace(plan, torso={**plan.torso, "pitch": ("toe_touch", None, 1.2)}, arms=arms)


def side_lying_hand_down(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
    """Lying on a side, the upper hand said on the floor ("the left hand on the floor in front of
    the chest for support") reaches down to it in front of the body: fitting it there from across
    the chest rolls the trunk face down instead."""
    if plan.posture != "lie_side" or plan.posture_side not in ("left", "right"):
        return plan
    upper = other_side(plan.posture_side)
    down = any(c.kind == "wrist_on_ground" and c.side == upper and not c.negated for c in constraints)
    if not down or plan.arms.get(upper, ("down",))[0] not in UNPLACED_ARMS + ("on_chest",):
        return plan
    return replace(plan, arms={**plan.arms, upper: ("floor_in_front", 1.0, None)})


def side_lying_arm_under_the_head(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
    """Lying on a side, the bottom arm under the head ("the left arm straight under the head like
    a pillow", read as raised past 120 degrees) reaches out along the floor past the head: fitted
    up from the side with the other arm placed, the trunk rolls off its side instead."""
    if plan.posture != "lie_side" or plan.posture_side not in ("left", "right"):
        return plan
    bottom = plan.posture_side
    under = any(c.kind == "limb_raised_angle" and c.side == bottom and c.target in ("arm", "upper_arm") and c.lo >= 120 and not c.negated
                for c in constraints)
    if not under or plan.arms.get(bottom, ("down",))[0] not in UNPLACED_ARMS:
        return plan
    return replace(plan, arms={**plan.arms, bottom: ("overhead", 1.0, None)})


def joined_hands_overhead(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
    """Hands together with both wrists above the head ("arms stretched out beyond his head with
    the wrists together") are joined up there, not in front of the chest."""
    above = {c.side for c in constraints if c.kind == "wrist_above_head" and not c.negated}
    if above < {"left", "right"} or not all(plan.arms.get(s, ("",))[0] in ("prayer", "clap") for s in ("left", "right")):
        return plan
    return replace(plan, arms={**plan.arms, **{s: ("prayer_overhead", 1.0, None) for s in ("left", "right")}})


def joined_hands_forward(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
    """Both arms said forward with the hands together ("arms stretched forward with the hands
    joined"): the arms reach straight out ahead, the hands meeting there, not at the chest."""
    forward = {c.side for c in constraints if c.kind == "arm_forward" and not c.negated}
    together = any(c.kind == "hands_together" and not c.negated for c in constraints)
    if forward < {"left", "right"} or not together or not all(plan.arms.get(s, ("",))[0] in ("prayer", "clap", "arms_forward") for s in ("left", "right")):
        return plan
    return replace(plan, arms={**plan.arms, **{s: ("joined_forward", 1.0, None) for s in ("left", "right")}})


def crossed_arms(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
    """Both arms composed crossed when the caption crosses them and the lexicon placed
    them otherwise ("arms folded in front", "arms crossed tightly, weight on the left
    leg"): fitting moves one limb at a time and does not find a crossing."""
    if not any(c.kind == "arms_crossed" and not c.negated for c in constraints):
        return plan
    if all(plan.arms.get(side, ("",))[0] == "crossed" for side in ("left", "right")):
        return plan
    return replace(plan, arms={**plan.arms, "left": ("crossed", 1.0, None), "right": ("crossed", 1.0, None)})


def hands_to_the_front_foot(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
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


def arms_holding_up(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
    """Pushed up face down (a cobra, a sphinx), the arms hold the body up: hands on the hips the
    lexicon read from "the hips stay down on the mat" are not composed unless the caption puts a
    hand on a hip."""
    if plan.posture not in ("cobra", "sphinx"):
        return plan
    on_hip = {c.side for c in constraints if c.kind == "hand_on_hip" and not c.negated}
    arms = {s: v for s, v in plan.arms.items() if v[0] != "on_hips" or s in on_hip}
    return replace(plan, arms=arms) if arms != plan.arms else plan


def hands_to_floor(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
    """Standing on straight legs with both hands on (or near) the floor or at the feet is a fold down to
    them ("palms flat on the floor beside the feet, legs straight", "bends forward, arms hanging
    down to the feet", "both hands dangling below the knees"), composed as one: fitting from upright finds odder ways down (the hips
    swung back, the body nearly lying, the knees folded into a crouch)."""
    wanted = [c for c in constraints if not c.negated]
    on_floor = {c.side for c in wanted if c.kind == "wrist_on_ground"}
    at_feet = {c.side for c in wanted if c.kind == "hand_near" and any(part in (c.target or "") for part in ("foot", "ankle"))}
    # (or below the knees: "letting both hands dangle down below his knees")
    at_feet |= {c.side for c in wanted if c.kind == "wrist_below" and any(part in (c.target or "") for part in ("knee", "shin", "ankle"))}
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


def arm_raise_angles(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
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


FOLDED_HANDS = ("hold_front", "clasp_low")  # the lexicon's hands held together in front of the body
SEATS_FOR_HANDS = {"sit_chair", "sit_floor", "sit_cross", "sit_heels", "kneel_both"}


def hands_on_thighs(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
    """Seated or kneeling upright, a hand "on the thigh" or "in the lap" rests on the top of a thigh
    (its own, unless the caption names the other): left hanging where the composer puts it, a hand
    beside the hip passes as near the thigh without being on it. A hand "on the knee", on the
    feet, seated or squatting, rests on the top of the knee ("bent forward, hands on the knees"):
    fitted from a hanging arm it stops short of the knee."""
    on_thighs = plan.posture in SEATS_FOR_HANDS and not plan.torso.get("pitch")
    # (not seated with the legs along the floor, nor in a lunge: reaching the knee tips the trunk)
    on_knees = plan.posture in (STANDING | SEATS_FOR_HANDS | {"squat", "crouch", "sit_knees_up"}) - {"sit_floor", "lunge", "side_lunge"} \
        and plan.torso.get("pitch", ("",))[0] != "toe_touch"  # (nor folded down to the feet)
    arms = dict(plan.arms)
    together = any(c.kind == "hands_together" and not c.negated for c in constraints)
    for c in constraints:
        if c.kind != "hand_near" or c.negated or c.side not in ("left", "right"):
            continue
        target = c.target or ""
        # (a hand said to rest on the knee: not wrapped around it, sliding toward it, between the knees)
        resting = not set(c.phrase.split()) & {"wrapped", "around", "round", "toward", "towards", "between", "hug", "hugging", "down", "slide"}
        # (bent forward on the feet, hands braced on the thighs rest by the knees: "leaning forward, hands braced on his legs")
        braced = "thigh" in target and plan.posture in STANDING and plan.torso.get("pitch", ("",))[0] == "bend_forward"
        pose = "on_thigh" if "thigh" in target and on_thighs else "on_knee" if ("knee" in target or braced) and on_knees and resting else None
        # (an arm the lexicon placed otherwise stays; hands folded together are in the lap when it says so;
        # knees drawn up are hugged unless the hands are said to rest on them)
        movable = UNPLACED_ARMS + (FOLDED_HANDS if together else ()) + (("hug_knees",) if plan.posture == "sit_knees_up" else ())
        if pose is None or arms.get(c.side, ("down",))[0] not in movable:
            continue
        side = target.split("_")[0]
        # (a hand across to the other knee reaches over the thigh: the fit places it; squatting with
        # the forearms crossed over the knees, each hand on the other knee is composed there)
        crossed = plan.posture in ("squat", "crouch") and any(
            o.kind == "hand_near" and not o.negated and o.side == side and (o.target or "").startswith(c.side) for o in constraints)
        if pose == "on_knee" and side in ("left", "right") and side != c.side and not crossed:
            continue
        arms[c.side] = (pose, 1.0, _named_side(target))
    return replace(plan, arms=arms) if arms != plan.arms else plan
