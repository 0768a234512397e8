"""Plan + caption constraints -> the canonical pose: compose, repair the posture, fit the limbs.

The composer's posture comes from the lexicon. When the caption reader's posture
constraints ("lying on the right side", "kneeling") say otherwise, the postures
those constraints name are composed in turn and the first that satisfies them is
kept; arms composed elsewhere than the constraints put them are composed there
when that violates fewer of them; then ``fit`` solves the limbs and torso for the
remaining constraints.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

import numpy as np

from posegen.constraints import Constraint
from posegen.skeleton import other_side

from .compose import Composed, Composer
from .fit import (ARM_JOINTS, FIXED_KINDS, LEG_JOINTS, LOW_TARGETS, TORSO_JOINTS, all_violations, fit_poses, short_of_aim,
                  violated_and_unclear)
from .parse import Intent
from .plan import LYING, POSTURE_ARMS, STANDING, SUPPORT_POSTURES, Plan

SIDED_STEPS = {"lunge", "stride", "step", "run"}
ONE_LEGGED = {"tree", "one_leg"}

# Composer postures (and their side) for each posture class the reader names.
POSTURES: dict[str, tuple[tuple[str, str | None], ...]] = {
    "lying": (("lie_back", None), ("lie_front", None), ("lie_side", "left"), ("lie_side", "right")),
    "sitting": (("sit_chair", None), ("sit_floor", None), ("sit_knees_up", None), ("sit_cross", None)),
    "kneeling": (("kneel_both", None), ("kneel_one", "left"), ("kneel_one", "right")),
    "squatting": (("squat", None),),
    "lunging": (("lunge", "left"), ("lunge", "right")),
    "standing": (("stand", None),),
    "bending": (("stand", None),),
    "other": (("allfours", None),),
}


FLOOR_SEATS = {"sit_floor", "sit_cross", "sit_knees_up"}
LEG_KINDS = {"knee_angle", "knee_bent", "knee_straight", "knee_raised", "knee_on_ground", "foot_on_ground", "foot_off_ground", "foot_ahead"}

# Postures with both feet on the floor (a floor sit's heels too), and what a caption says of a
# leg that lifts its foot (or may: a leg "out to the side" is a step or a lift).
TWO_FEET = {"stand", "attention", "squat", "crouch", "side_lunge", "sit_floor"}
SHAPES_A_LEG = {"knee_bent", "knee_angle", "knee_straight", "feet_distance"}  # fitted alone, these may lift a foot
LIFTS_A_FOOT = {"foot_off_ground", "knee_raised", "leg_forward", "leg_back", "leg_out", "foot_near", "limb_raised_angle",
                "segment_down", "segment_up", "segment_horizontal", "segment_vertical", "segment_forward", "foot_on_ground"}


def moderate_lean(plan: Plan, constraints: Sequence[Constraint]) -> tuple[Constraint, ...]:
    """A trunk "leaning forward" with no depth said is solved for short of the horizontal: read
    back, any forward lean past 15 degrees holds (a fold too), but a fit free to fold deeper
    swings the legs about to reach what the hands are asked. Solved for, not reported (a lean
    back is kept within reach by _lean_back_within_reach). A fold composed down to the floor
    ("forward bend, hands to the floor") is that deep already: held short of the horizontal,
    the fit would swing the legs back to unfold it."""
    out = []
    if plan.torso.get("pitch", ("",))[0] == "toe_touch" and not any(c.kind == "torso_horizontal" for c in constraints) \
            and any(c.kind == "wrist_on_ground" and not c.negated for c in constraints):
        return ()
    if any(c.kind == "torso_forward" and not c.negated and c.lo < 30 for c in constraints) and not any(
            c.kind == "torso_forward" and c.negated or c.kind == "torso_angle" for c in constraints):
        out.append(Constraint("torso_forward", lo=90.0, negated=True, phrase="leaning"))
    return tuple(out)


def _lean_back_within_reach(c: Constraint) -> Constraint:
    """A trunk leaning back, solved for short of 76 degrees (read back, anything short of lying
    holds): deeper, the fit swings the legs about."""
    return replace(c, hi=76.0) if c.kind == "torso_back" and not c.hi else c


def grounded_feet(plan: Plan, constraints: Sequence[Constraint]) -> tuple[Constraint, ...]:
    """Feet a standing caption keeps on the floor without saying so: "standing with both knees
    bent" bends them over planted feet (a half squat), where fitting the knee angles alone
    would lift a foot behind ("sitting on the floor, legs straight": the heels stay down).
    Only for legs the caption shapes and never lifts; these are solved for, not reported."""
    if plan.posture not in TWO_FEET:
        return ()
    wanted = [c for c in constraints if not c.negated]

    def about(c: Constraint, side: str) -> bool:
        return c.side in (side, "either", "both", None)

    out = []
    for side in ("left", "right"):
        shaped = any(c.kind in SHAPES_A_LEG and about(c, side) for c in wanted)
        lifted = any(c.kind in LIFTS_A_FOOT and about(c, side) for c in constraints)
        if shaped and not lifted:
            out.append(Constraint("foot_on_ground", side=side, phrase="standing"))
    return tuple(out)


def _seat_fits(posture: str, words: set[str]) -> bool:
    """ "Sitting on the floor" is no chair, "sitting on a stool" no floor sit."""
    if posture == "sit_chair":
        return not words & {"floor", "ground", "mat", "crosslegged"}
    if posture.startswith("sit_"):
        return not words & {"chair", "stool", "bench", "seat", "sofa", "couch", "box", "ledge"}
    return True


def _seated_or_low(constraints: Sequence[Constraint]) -> bool:
    """A posture constraint that names no standing posture: the postures it names differ in
    their legs (a seat with the legs out, the knees up or crossed; a kneel on one knee or two)."""
    postures = [c for c in constraints if c.kind == "posture" and not c.negated]
    return bool(postures) and not any("standing" in (c.target or "") for c in postures)


def posture_candidates(constraints: Sequence[Constraint]) -> list[tuple[str, str | None]]:
    """Composer postures worth trying, in the order the caption's posture names them."""
    out: list[tuple[str, str | None]] = []
    for c in constraints:
        if c.kind == "posture" and not c.negated:
            words = set(c.phrase.split())
            for name in (c.target or "").split("|"):
                out += [p for p in POSTURES.get(name, ()) if p not in out and _seat_fits(p[0], words)]
        elif c.kind == "lying_on" and not c.negated:
            out += [p for p in POSTURES["lying"] if p not in out]
    return out


def placed_joints(intents: Sequence[Intent]) -> set[int]:
    """Joints the composer places from phrases the lexicon knows: an arm or leg action names
    its limb, a torso change the spine. (A posture's default arms and a stance are not
    trusted: they are where the composer puts limbs that no phrase placed.)"""
    joints: set[int] = set()
    for intent in intents:
        if intent.region == "arms":
            sides = ("left", "right") if intent.side in (None, "both") else (intent.side,)
            joints |= {j for s in sides for j in ARM_JOINTS[s]}
        elif intent.region == "legs":
            sides = ("left", "right") if intent.side in (None, "both") else (intent.side,)
            joints |= {j for s in sides for j in LEG_JOINTS[s]}
        elif intent.region == "torso":
            joints |= set(TORSO_JOINTS)
    return joints


def solve(plans: Sequence[Plan], constraint_sets: Sequence[tuple[Constraint, ...]], neutral: np.ndarray,
          intents: Sequence[Sequence[Intent]] | None = None) -> list[tuple[Composed, tuple[Constraint, ...]]]:
    """The canonical pose of each plan and its caption's constraints, and the constraints it
    still violates (all fitted in one batch)."""
    asked_sets = constraint_sets
    constraint_sets = [tuple(_lean_back_within_reach(c) for c in constraints) for constraints in constraint_sets]
    plans = [_adjusted(plan, constraints) for plan, constraints in zip(plans, constraint_sets)]
    composed = [Composer(plan).compose() for plan in plans]
    fixed_sets = [tuple(_named_posture(c, plan) for c in constraints if c.kind in FIXED_KINDS)
                  for plan, constraints in zip(plans, constraint_sets)]
    broken = all_violations(fixed_sets, [c.rotvecs for c in composed])
    # The posture decides the legs: one whose legs miss what the caption says of them ("sitting on
    # the floor with the knees at a right angle" composed with straight legs) is worth trying
    # against the caption's other postures too, before the fit bends the legs into something odd.
    leg_sets = [tuple(c for c in constraints if c.kind in LEG_KINDS) if _seated_or_low(constraints) else ()
                for constraints in constraint_sets]
    legs_missed = all_violations(leg_sets, [c.rotvecs for c in composed])
    for i, (plan, constraints) in enumerate(zip(plans, constraint_sets)):
        if broken[i] or legs_missed[i]:
            composed[i] = _repair_posture(plan, composed[i], constraints, fixed_sets[i])
    _repair_arms(plans, composed, constraint_sets)
    placed = [placed_joints(i) for i in intents] if intents is not None else [set() for _ in plans]
    for plan, joints in zip(plans, placed):
        if plan.posture in FLOOR_SEATS:  # legs laid along the floor: polishing them for a straighter knee swings them about
            joints |= {j for s in ("left", "right") for j in LEG_JOINTS[s]}
    implicit = [grounded_feet(plan, constraints) + moderate_lean(plan, constraints) for plan, constraints in zip(plans, constraint_sets)]
    solved_for = constraint_sets  # the caption's constraints as solved for, before the implicit ones
    constraint_sets = [(*constraints, *extra) for constraints, extra in zip(constraint_sets, implicit)]
    fits = fit_poses([c.rotvecs for c in composed], constraint_sets, neutral, placed=placed)
    # Hands that cannot reach the knees or feet from an upright torso: compose a bend, fit again.
    bends, missed = {}, {}
    for i, fit in enumerate(fits):
        if "pitch" not in plans[i].torso and plans[i].posture in STANDING and _bend_for(constraint_sets[i]):
            short = short_of_aim(constraint_sets[i], fit.rotvecs)
            bend = _bend_for([*fit.violated, *short])
            if bend:
                bends[i], missed[i] = bend, (len(fit.violated), len(short))
    if bends:
        retry = list(bends)
        bent = [Composer(replace(plans[i], torso={**plans[i].torso, "pitch": bends[i]})).compose() for i in retry]
        refits = fit_poses([b.rotvecs for b in bent], [constraint_sets[i] for i in retry], neutral,
                           placed=[placed[i] for i in retry])
        for i, pose, fit in zip(retry, bent, refits):
            if (len(fit.violated), len(short_of_aim(constraint_sets[i], fit.rotvecs))) < missed[i]:
                composed[i], fits[i] = pose, fit
    # (reported as asked: a lean back solved for within reach is the caption's lean back)
    return [(Composed(fit.rotvecs, c.vary), tuple(a for a, r in zip(asked, fitted) if r in fit.violated))
            for c, fit, asked, fitted in zip(composed, fits, asked_sets, solved_for)]


# The arm pose that puts a wrist where each of these constraints wants it (the first missed wins).
ARM_SEEDS = {"limb_raised_angle": "v_arms", "wrist_above_head": "overhead", "arm_out": "arms_side", "arm_forward": "arms_forward",
             "arm_down": "down"}


def _seeds_an_arm(c: Constraint, posture: str) -> bool:
    if c.kind == "limb_raised_angle" and posture in LYING:  # (lying, an arm raised past the head lies along the floor beyond it)
        return c.target == "arm" and c.lo >= 120.0
    if c.kind == "limb_raised_angle":  # (raised on a diagonal, between the horizontal and straight up, on the feet or a seat)
        return c.target == "arm" and 105.0 <= (c.lo + c.hi) / 2.0 <= 150.0
    return c.kind in ARM_SEEDS


def _seeded_arms(plan: Plan, missed: Sequence[Constraint], constraints: Sequence[Constraint]) -> Plan | None:
    """The plan with each arm whose place the composed pose misses composed where the missed
    constraint puts it (both raised with the hands together: palms together overhead)."""
    arms = dict(plan.arms)
    for side in ("left", "right"):
        kinds = {c.kind for c in missed if c.side == side}
        pose = next((pose for kind, pose in ARM_SEEDS.items() if kind in kinds), None)
        ahead = any(c.kind == "limb_raised_angle" and set(c.phrase.split()) & {"forward", "front", "infront", "ahead"}
                    for c in missed if c.side == side)
        pose = "ballet_front" if pose == "v_arms" and ahead else pose  # (a diagonal forward and up, not out)
        pose = "overhead" if pose == "v_arms" and plan.posture in LYING else pose
        if pose is not None:
            arms[side] = (pose, 1.0, None)
    together = any(c.kind == "hands_together" and not c.negated for c in constraints)
    if together and all(arms.get(side, ("",))[0] == "overhead" for side in ("left", "right")):
        arms = {**arms, "left": ("prayer_overhead", 1.0, None), "right": ("prayer_overhead", 1.0, None)}
    return replace(plan, arms=arms) if arms != plan.arms else None


def _repair_arms(plans: list[Plan], composed: list[Composed], constraint_sets: Sequence[tuple[Constraint, ...]]) -> None:
    """Arms the lexicon composed elsewhere than the caption's constraints put them ("arms stretched
    out beyond the head with the wrists together" composed as palms together at the chest; arms
    said only by the reader, left hanging) are composed where the constraints say, when that
    violates fewer of the caption's constraints: fitting from far away stops at the first place
    that passes, short of what the words mean."""
    arm_sets = [tuple(c for c in constraints if _seeds_an_arm(c, plan.posture) and c.side in ("left", "right") and not c.negated)
                if plan.posture not in SUPPORT_POSTURES else ()  # (hands on the floor bear weight, whatever else is said)
                for plan, constraints in zip(plans, constraint_sets)]
    missed = [unclear for _, unclear in violated_and_unclear(arm_sets, [c.rotvecs for c in composed])]
    tries = {i: seeded for i, m in enumerate(missed) if m and (seeded := _seeded_arms(plans[i], m, constraint_sets[i]))}
    if not tries:
        return
    order = list(tries)
    candidates = [Composer(tries[i]).compose() for i in order]
    sets = [constraint_sets[i] for i in order]
    found = violated_and_unclear(sets * 2, [composed[i].rotvecs for i in order] + [c.rotvecs for c in candidates])
    counts = [(len(violated), len(unclear)) for violated, unclear in found]
    for k, (i, candidate) in enumerate(zip(order, candidates)):
        if counts[k + len(order)] < counts[k]:
            plans[i], composed[i] = tries[i], candidate


def _named_posture(c: Constraint, plan: Plan) -> Constraint:
    """A posture constraint that also allows "other" (checking's leeway for "the pelvis low to
    the ground") aims at the postures it names when a pose composed standing misses them: a half
    squat passes as "other" but is not what the words mean (all fours is "other" by right)."""
    names = (c.target or "").split("|")
    if c.kind != "posture" or c.negated or "other" not in names or len(names) < 2 or plan.posture not in STANDING:
        return c
    return replace(c, target="|".join(n for n in names if n != "other"))


def _bend_for(violated: Sequence[Constraint]) -> tuple[str, None, float] | None:
    """The torso change that brings the hands low enough for these violated constraints (not to
    a foot said to be lifted: "hold my left foot up behind me" is reached without a bend)."""
    lifted = tuple(f"{c.side}_" for c in violated if c.kind == "foot_off_ground" and not c.negated and c.side in ("left", "right"))
    low = [c for c in violated if c.kind in ("hand_near", "wrist_below") and not c.negated
           and any(part in (c.target or "") for part in LOW_TARGETS) and not (c.target or "").startswith(lifted or ("-",))]
    if any(part in (c.target or "") for c in low for part in ("foot", "ankle")) or any(
            c.kind == "wrist_on_ground" and not c.negated for c in violated):
        return ("toe_touch", None, 1.0)  # down to the feet, or the floor
    if low or any(c.kind == "torso_forward" and not c.negated for c in violated):
        return ("bend_forward", None, 1.0)
    return None


def _crossed_arms(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
    """Both arms composed crossed when the caption crosses them and the lexicon placed
    them otherwise ("arms folded in front", "arms crossed tightly, weight on the left
    leg"): fitting moves one limb at a time and does not find a crossing."""
    if not any(c.kind == "arms_crossed" and not c.negated for c in constraints):
        return plan
    if all(plan.arms.get(side, ("",))[0] == "crossed" for side in ("left", "right")):
        return plan
    return replace(plan, arms={**plan.arms, "left": ("crossed", 1.0, None), "right": ("crossed", 1.0, None)})


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
    if not angles or plan.posture not in STANDING and not seated:
        return plan  # (the angle wins over a pitch the lexicon read: "until your back is flat" is no lean back)
    degree = (angles[0].lo + angles[0].hi) / 2.0 / 50.0  # the composer bends 50 degrees at degree 1
    return replace(plan, torso={**plan.torso, "pitch": ("bend_forward", None, degree)})


def _stance_width(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
    """Feet a given distance apart ("feet 30 cm apart") composed that far apart: the composer's
    wide stance is 56 cm, and fitting the legs to another width from it bends them oddly."""
    if plan.posture not in ("stand", "attention"):
        return plan
    distance = next((c for c in constraints if c.kind == "feet_distance" and not c.negated), None)
    if distance is None:
        return plan
    half = (distance.lo + distance.hi) / 4.0  # each ankle's distance from the middle
    degree = min(max((half - 0.09) / 0.19, 0.0), 2.5)  # the composer's width: 0.09 + 0.19 * degree
    return replace(plan, stance={**plan.stance, "feet_apart": (None, degree)})


def _hands_to_floor(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
    """Standing on straight legs with both hands on the floor or at the feet is a fold down to
    them ("palms flat on the floor beside the feet, legs straight", "bends forward, arms hanging
    down to the feet"), composed as one: fitting from upright finds odder ways down (the hips
    swung back, the body nearly lying, the knees folded into a crouch)."""
    wanted = [c for c in constraints if not c.negated]
    on_floor = {c.side for c in wanted if c.kind == "wrist_on_ground"}
    at_feet = {c.side for c in wanted if c.kind == "hand_near" and any(part in (c.target or "") for part in ("foot", "ankle"))}
    reach = on_floor if {"left", "right"} <= on_floor or on_floor & {"both", None} else at_feet
    if plan.posture != "stand" or plan.torso.get("pitch", ("bend_forward",))[0] not in ("bend_forward", "bow") \
            or not ({"left", "right"} <= reach or reach & {"both", None}):
        return plan
    if any(c.kind in ("lying_on", "knee_bent", "knee_on_ground") or c.kind == "knee_angle" and c.lo < 110 for c in wanted) or any(
            c.kind == "posture" and not {"standing", "bending"} & set((c.target or "").split("|")) for c in wanted):
        return plan
    degree = 1.25 if reach is on_floor else 1.0  # down to the floor, or to the feet
    return replace(plan, torso={**plan.torso, "pitch": ("toe_touch", None, degree)})


def _seated_knees(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
    """Sitting on the floor with a knee at an angle well short of straight ("knees at a right
    angle") composes that leg bent with the sole on the floor: fitting the angle from a leg
    laid along the floor lifts and swings it. Standing, both knees at such an angle sink the
    hips low on wide feet ("knees flexed to about 100 degrees"), not one foot lifted to bend it.
    A knee given an angle near straight ("knees at 180 degrees") is not bent, whatever word said it."""
    straight = {s for c in constraints if c.kind == "knee_angle" and not c.negated and c.lo >= 150
                for s in (("left", "right") if c.side in (None, "both") else (c.side,))}
    if any(plan.legs.get(s, ("",))[0] == "knee_bent" for s in straight):
        plan = replace(plan, legs={s: v for s, v in plan.legs.items() if not (s in straight and v[0] == "knee_bent")})
    if plan.posture == "stand" and all(plan.legs.get(s, ("",))[0] == "knee_bent" for s in ("left", "right")):
        angled = {s for c in constraints if c.kind == "knee_angle" and not c.negated and (c.lo + c.hi) / 2.0 <= 110
                  for s in (("left", "right") if c.side in (None, "both") else (c.side,))}
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
    for side in ("left", "right"):
        if side in straight & lifted and legs.get(side, ("",))[0] not in ("kick", "leg_forward"):  # (a "knee up" said straight is no knee up)
            legs[side] = ("leg_forward", 1.0)
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
        pose = "on_thigh" if "thigh" in target and on_thighs else "on_knee" if "knee" in target and on_knees and resting else None
        if pose is None or arms.get(c.side, ("down",))[0] not in ("down", "arms_down", "reach_down"):
            continue  # (an arm the lexicon placed otherwise stays)
        side = target.split("_")[0]
        if pose == "on_knee" and side in ("left", "right") and side != c.side:
            continue  # (a hand across to the other knee reaches over the thigh: the fit places it)
        arms[c.side] = (pose, 1.0, side if side in ("left", "right") and "|" not in target else None)
    return replace(plan, arms=arms) if arms != plan.arms else plan


def _adjusted(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
    """The lexicon's plan with what the caption's constraints say that it missed, one pass after another."""
    for adjust in (_crossed_arms, _lead_side, _torso_pitch, _hands_to_floor, _stance_width, _seated_knees, _held_foot, _side_lying_leg, _ankle_over_knee,
                   _chair_leg_extension, _hands_on_thighs):
        plan = adjust(plan, constraints)
    return plan


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
    arms = {**plan.arms, **{s: ("hold_heel_behind", 1.0, None) for s in holding if plan.arms.get(s, ("behind_back",))[0] in ("behind_back", "hold_front")}}
    return replace(plan, legs={**plan.legs, lifted: ("heel_up", 1.5)}, arms=arms)


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


def _repair_posture(plan: Plan, composed: Composed, constraints: Sequence[Constraint],
                    fixed: Sequence[Constraint]) -> Composed:
    """The composed posture, among the plan's and those the constraints name, that violates
    the fewest posture constraints, then the fewest about the legs, then the fewest others."""
    poses = [composed]
    candidates = posture_candidates(fixed)
    if plan.posture in SIDED_STEPS and plan.posture_side in ("left", "right"):
        # A lunge with a knee down is a kneel on the back knee: tried first among equals.
        low = ("kneel_one", other_side(plan.posture_side))
        candidates = sorted(candidates, key=lambda p: p != low)
    for posture, side in candidates:
        if posture == plan.posture and side == plan.posture_side:
            continue
        arms = {s: (POSTURE_ARMS[posture], 1.0, None) for s in ("left", "right")} if posture in POSTURE_ARMS else plan.arms
        poses.append(Composer(replace(plan, posture=posture, posture_side=side, posture_degree=1.0, arms=arms)).compose())
    # All candidates read in one batch; the first with the fewest (posture, other) violations wins.
    wanted = (*fixed, *(c for c in constraints if c.kind not in FIXED_KINDS))
    found = all_violations([wanted] * len(poses), [p.rotvecs for p in poses])
    # Fitting places the arms and bends the back; the posture must bring the legs.
    scores = [(sum(c.kind in FIXED_KINDS for c in v), sum(c.kind in LEG_KINDS for c in v), len(v)) for v in found]
    return poses[min(range(len(poses)), key=lambda i: (scores[i], i))]
