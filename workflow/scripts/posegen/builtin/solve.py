"""Plan + caption constraints -> the canonical pose: compose, repair the posture, fit the limbs.

The plan is first amended with what the constraints say that the lexicon missed
(posegen.builtin.adjust). The composer's posture comes from the lexicon. When the caption reader's posture
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

from .adjust import adjusted
from .compose import Composed, Composer
from .fit import (ARM_JOINTS, FIXED_KINDS, LEG_JOINTS, LOW_TARGETS, TORSO_JOINTS, all_violations, fit_poses, short_of_aim,
                  violated_and_unclear)
from .parse import Intent
from .plan import FLOOR_SEATS, LYING, POSTURE_ARMS, SIDED_STEPS, STANDING, SUPPORT_POSTURES, Plan


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


LEG_KINDS = {"knee_angle", "knee_bent", "knee_straight", "knee_raised", "knee_on_ground", "foot_on_ground", "foot_off_ground", "foot_ahead"}

# Postures with both feet on the floor (a floor sit's heels too), and what a caption says of a
# leg that lifts its foot (or may: a leg "out to the side" is a step or a lift).
TWO_FEET = {"stand", "attention", "squat", "crouch", "side_lunge", "sit_floor", "fighting"}
SHAPES_A_LEG = {"knee_bent", "knee_angle", "knee_straight", "feet_distance", "foot_ahead"}  # fitted alone, these may lift a foot
LIFTS_A_FOOT = {"foot_off_ground", "knee_raised", "leg_forward", "leg_back", "leg_out", "foot_near", "limb_raised_angle",
                "segment_down", "segment_up", "segment_horizontal", "segment_vertical", "segment_forward", "foot_on_ground"}


def moderate_lean(plan: Plan, constraints: Sequence[Constraint]) -> tuple[Constraint, ...]:
    """A trunk "leaning forward" with no depth said is solved for short of the horizontal: read
    back, any forward lean past 15 degrees holds (a fold too), but a fit free to fold deeper
    swings the legs about to reach what the hands are asked. Solved for, not reported (a lean
    back is kept within reach by _lean_back_within_reach). A fold composed down to the floor
    ("forward bend, hands to the floor") is that deep already: held short of the horizontal,
    the fit would swing the legs back to unfold it; so is one down to the feet ("seated, legs long,
    leaning forward to hold the feet")."""
    out = []
    if plan.torso.get("pitch", ("",))[0] == "toe_touch" and not any(c.kind == "torso_horizontal" for c in constraints) \
            and any(not c.negated and (c.kind == "wrist_on_ground" or c.kind == "hand_near" and (c.target or "").endswith(("_foot", "_ankle")))
                    for c in constraints):
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
    if plan.posture not in TWO_FEET or plan.posture == "sit_floor" and "legs_crossed" in plan.stance:
        return ()  # (ankles crossed on the floor: one foot rests on the other)
    wanted = [c for c in constraints if not c.negated]

    def about(c: Constraint, side: str) -> bool:
        return c.side in (side, "either", "both", None)

    out = []
    for side in ("left", "right"):
        # (seated on the floor, every leg not lifted rests there: a fit reaching the hands down
        # would otherwise tip the whole body back and raise the legs)
        shaped = any(c.kind in SHAPES_A_LEG and about(c, side) for c in wanted) or plan.posture == "sit_floor" and any(
            c.kind == "wrist_on_ground" for c in wanted)
        lifted = any(c.kind in LIFTS_A_FOOT and about(c, side) for c in constraints)
        if shaped and not lifted:
            out.append(Constraint("foot_on_ground", side=side, phrase="standing"))
    return tuple(out)


def straight_standing_legs(plan: Plan, constraints: Sequence[Constraint]) -> tuple[Constraint, ...]:
    """Standing, a leg said straight that no phrase moves stays under the body: a fit reaching the
    hands down while it polishes the knee would otherwise swing straight legs forward from the hips
    and lower the body onto them. Solved for, not reported."""
    if plan.posture not in ("stand", "attention") or plan.stance or any(c.kind in ("feet_apart", "feet_distance") for c in constraints):
        return ()  # (legs set wide slant out from the hips)
    out = []
    for side in ("left", "right"):
        said = [c for c in constraints if c.side in (side, "both", None)]
        if any(c.kind == "knee_straight" and not c.negated for c in said) and not any(
                c.kind in LIFTS_A_FOOT - {"foot_on_ground"} | {"foot_ahead"} for c in said) and side not in plan.legs:
            out += [Constraint("segment_down", side=side, target=bone, phrase="standing") for bone in ("thigh", "shin")]
    return tuple(out)


def thighs_on_the_seat(plan: Plan, constraints: Sequence[Constraint]) -> tuple[Constraint, ...]:
    """On a chair, a thigh the caption does not lift or lower stays level on the seat: "feet
    together, hands on the knees" fitted freely swings the legs forward and the body drops off
    the seat to the floor. Solved for, not reported."""
    if plan.posture != "sit_chair":
        return ()
    shaped = {c.side for c in constraints if c.kind in LIFTS_A_FOOT - {"foot_on_ground"} | {"knee_on_ground", "knee_straight"}}
    if shaped & {"either", "both", None}:
        return ()
    return tuple(Constraint("segment_horizontal", side=side, target="thigh", phrase="sitting")
                 for side in ("left", "right") if side not in shaped)


def _reaches_low(constraints: Sequence[Constraint]) -> bool:
    """A hand said at or below the knees, or a trunk leaning sideways: standing legs help it there."""
    low = [part for part in LOW_TARGETS if part != "thigh"]
    return any(not c.negated and (c.kind == "hand_near" and any(p in (c.target or "") for p in low)
                                  or c.kind in ("wrist_on_ground", "torso_sideways") or c.kind == "wrist_below" and "knee" in (c.target or ""))
               for c in constraints)


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
    plans = [adjusted(plan, constraints) for plan, constraints in zip(plans, constraint_sets)]
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
    # (a repaired pose may be in another posture than its plan's)
    repaired = {i for i in range(len(plans)) if broken[i] or legs_missed[i]}
    _repair_arms(plans, composed, constraint_sets)
    placed = [placed_joints(i) for i in intents] if intents is not None else [set() for _ in plans]
    for plan, joints, constraints in zip(plans, placed, constraint_sets):
        if plan.posture in FLOOR_SEATS:  # legs laid along the floor: polishing them for a straighter knee swings them about
            joints |= {j for s in ("left", "right") for j in LEG_JOINTS[s]}
        elif plan.posture in ("stand", "attention") and not _reaches_low(constraints):
            # a standing leg with no action of its own: polished for a straighter knee, it steps
            # ahead of the other foot or out from under the body
            joints |= {j for s in ("left", "right") if s not in plan.legs for j in LEG_JOINTS[s]}
    legs_under = [straight_standing_legs(plan, constraints) if i not in repaired else ()
                  for i, (plan, constraints) in enumerate(zip(plans, constraint_sets))]
    implicit = [grounded_feet(plan, constraints) + moderate_lean(plan, constraints) + thighs_on_the_seat(plan, constraints) + legs
                for plan, constraints, legs in zip(plans, constraint_sets, legs_under)]
    solved_for = constraint_sets  # the caption's constraints as solved for, before the implicit ones
    constraint_sets = [(*constraints, *extra) for constraints, extra in zip(constraint_sets, implicit)]
    seated = [plan.posture == "sit_chair" for plan in plans]
    hinged = [len(legs) == 4 for legs in legs_under]  # (both legs held under the body)
    fits = fit_poses([c.rotvecs for c in composed], constraint_sets, neutral, placed=placed, seated=seated, hinged=hinged)
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
                           placed=[placed[i] for i in retry], seated=[seated[i] for i in retry], hinged=[hinged[i] for i in retry])
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
    if c.kind != "posture" or c.negated or "other" not in names or len(names) < 2 or plan.posture not in STANDING \
            or "allfours" in c.phrase.split():
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
