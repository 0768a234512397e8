"""The lexicon's plan amended with what the caption's constraints say that it missed.

Each pass reads the caption reader's constraints and changes the plan where composing
from the lexicon's reading alone would leave the fit too far to go (a hand on the
knee composed on the knee, a held foot folded up behind, a forward tip on one leg
taken down to a T); ``adjusted`` runs them one after another, before composing. The
passes about the arms are in ``adjust_arms``, those about the legs in ``adjust_legs``;
those about the posture and the trunk are here.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from posegen.constraints import Constraint
from posegen.skeleton import other_side

from . import adjust_arms as arms
from . import adjust_legs as legs
from .plan import FLOOR_SEATS, LYING, ONE_LEGGED, SIDED_STEPS, STANDING, UNPLACED_ARMS, Plan


def adjusted(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
    """The lexicon's plan with what the caption's constraints say that it missed, one pass after another."""
    for adjust in (arms.side_plank_on_the_hand, _plank_on_the_hands, _bridge_from_lifted_hips, _stepped_into_a_bend,
                   _stepped_ahead, _prone_on_the_forearms, _legs_split_into_a_lunge, _trunk_turned, legs.seated_feet_together, legs.sole_to_the_other_thigh, legs.bent_knee_raised,
                   arms.propped_behind,
                   legs.foot_at_the_standing_leg, arms.joined_hands_overhead, arms.joined_hands_forward, arms.crossed_arms,
                   _one_knee_down, arms.arms_holding_up, _side_lean, _lead_side, _torso_pitch, _upright_trunk, arms.hands_to_floor,
                   arms.side_lying_hand_down, arms.side_lying_arm_under_the_head, legs.hugged_knee_drawn_up, arms.hands_on_shins, arms.seated_fold_to_the_feet, legs.stance_width, legs.knee_angles, legs.held_foot,
                   legs.prone_held_feet, legs.crossed_feet_seated, _kneeling_bent_down_to_the_hands, _forehead_to_the_floor, _kneeling_down_on_the_hands,
                   legs.knees_up_feet_down, legs.side_lying_knee_forward, arms.hands_to_the_front_foot, legs.foot_on_the_wall,
                   legs.side_lying_leg, legs.ankle_over_knee, arms.arm_raise_angles, legs.leg_raise_angles, legs.chair_leg_extension, arms.hands_on_thighs):
        plan = adjust(plan, constraints)
    return plan


def _plank_on_the_hands(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
    """A plank held on straight arms ("a plank with the arms locked", "a high plank") is the top of
    a push-up: fitting straight arms from a forearm plank throws them out to the sides."""
    if plan.posture != "plank" or not any(c.kind == "elbow_straight" and not c.negated for c in constraints):
        return plan
    arms = {s: v for s, v in plan.arms.items() if v[0] != "forearm_support"}
    return replace(plan, posture="pushup", arms={**{s: ("support", 1.0, None) for s in ("left", "right")}, **arms})


def _bridge_from_lifted_hips(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
    """On the back with the hips said to be off the floor ("hips lifted off the ground", "pushed
    my hips up"): a bridge, on the feet and shoulders."""
    if plan.posture != "lie_back" or not any(c.kind == "joint_on_ground" and c.negated and (c.target or "").endswith("_hip") for c in constraints):
        return plan
    # (arms said to lie along the floor, or said nothing of, reach along it toward the feet)
    arms = {s: plan.arms[s] if plan.arms.get(s, ("down",))[0] not in ("down", "arms_down", "reach_down") else ("floor_toward_feet", 1.0, None)
            for s in ("left", "right")}
    return replace(plan, posture="bridge", arms=arms)


def _prone_on_the_forearms(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
    """Face down with both elbows bent and both forearms flat ("elbows under the shoulders, the
    forearms flat"): propped on the forearms, a sphinx."""
    if plan.posture != "lie_front":
        return plan
    flat = {c.side for c in constraints if c.kind == "segment_horizontal" and c.target == "forearm" and not c.negated}
    bent = {c.side for c in constraints if c.kind in ("elbow_bent", "elbow_angle") and not c.negated}
    if not {"left", "right"} <= flat & bent:
        return plan
    return replace(plan, posture="sphinx", arms={s: ("forearm_support", 1.0, None) for s in ("left", "right")})


def _stepped_into_a_bend(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
    """A step or stride, or a foot said far ahead, whose knee the caption bends to a right angle or
    so ("one big step in front, front knee at 90 degrees", "the left foot planted far forward with
    that knee bent to a right angle", "right leg forward and bent, left knee near the floor behind"):
    a lunge over that leg."""
    ahead = {c.side for c in constraints if c.kind == "foot_ahead" and not c.negated} & {"left", "right"}
    if plan.posture in ("step", "stride") and plan.posture_side in ("left", "right"):
        side = plan.posture_side
    elif plan.posture == "stand" and len(ahead) == 1:
        side = next(iter(ahead))
    else:
        return plan
    bent = any(c.kind == "knee_angle" and not c.negated and c.hi <= 130 and c.side in (side, "either", None) for c in constraints)
    # (or the back knee held just off the floor: "left knee near the floor behind")
    low_back_knee = any(c.kind == "knee_on_ground" and c.negated and c.side == other_side(side) for c in constraints)
    if not bent and not low_back_knee:
        return plan
    return replace(plan, posture="lunge", posture_side=side, posture_degree=max(plan.posture_degree, 2.0),  # (deep: the knee at its angle)
                   legs={s: v for s, v in plan.legs.items() if v[0] != "knee_bent"})


# What lifts or moves a foot off its place under the body: a foot said ahead with any of these is no plain step.
STEP_LIFTS = {"foot_off_ground", "knee_raised", "limb_raised_angle", "leg_forward", "leg_out", "leg_back", "knee_on_ground"}


def _stepped_ahead(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
    """Standing with one foot said ahead of the other, and not lifted ("front foot (left) about 70 cm
    ahead of the back foot") is a step onto it: fitted from feet side by side, the foot kicks up."""
    wanted = [c for c in constraints if not c.negated]
    ahead = {c.side for c in wanted if c.kind == "foot_ahead"} & {"left", "right"}
    if plan.posture != "stand" or len(ahead) != 1 or plan.legs:
        return plan
    side = next(iter(ahead))
    if any(c.side in (side, "either", "both", None) and c.kind in STEP_LIFTS for c in wanted):
        return plan
    return replace(plan, posture="step", posture_side=side)


def _legs_split_into_a_lunge(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
    """Standing with one leg stretched back, its foot not lifted, and the other knee bent or that
    foot ahead ("the weight on the bent left leg out front, the right leg stretched far behind")
    is a lunge over the front leg: composed standing, the back leg lifts behind (an arabesque)."""
    wanted = [c for c in constraints if not c.negated]
    back = {c.side for c in wanted if c.kind == "leg_back"} & {"left", "right"}
    if plan.posture != "stand" or len(back) != 1:
        return plan
    rear = next(iter(back))
    front = other_side(rear)
    if any(c.side in (rear, "either", "both", None) and c.kind in ("foot_off_ground", "knee_raised", "limb_raised_angle", "knee_on_ground")
           for c in wanted):
        return plan
    planted = any(c.kind == "foot_on_ground" and c.side == front for c in wanted)
    if not any(c.side == front and (c.kind in ("knee_bent", "leg_forward", "foot_ahead") or c.kind == "knee_angle" and c.hi <= 140)
               for c in wanted) and not (planted and plan.legs.get(front, ("",))[0] in ("knee_bent", "leg_forward")):
        return plan
    return replace(plan, posture="lunge", posture_side=front, legs={})


def _trunk_turned(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
    """A trunk turned toward a side that the lexicon did not turn is composed turned: fitting
    the spine alone to it tips the trunk as much as it turns it."""
    sides = {c.side for c in constraints if c.kind == "torso_twisted" and not c.negated}
    if len(sides) != 1 or "yaw" in plan.torso or plan.posture in LYING:
        return plan
    return replace(plan, torso={**plan.torso, "yaw": ("twist", next(iter(sides)), 1.0)})


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
    roll = plan.torso.get("roll", ("",))
    if roll[0] == "side_bend" and roll[1] in ("left", "right") and roll[2] <= 1.0 and plan.posture in SIDE_LEANS and any(
            c.kind == "hand_near" and not c.negated and c.side == roll[1] and "knee" in (c.target or "") for c in constraints):
        # (bent over to a side with that hand slid down to the knee: deeper, some 35 degrees, or
        # the fit reaches the knee by folding the trunk forward)
        return replace(plan, torso={**plan.torso, "roll": ("side_bend", roll[1], 2.0)})
    if "roll" in plan.torso or len(sides) != 1 or not sides <= {"left", "right"} or plan.posture not in SIDE_LEANS:
        return plan
    if any(c.kind == "hand_near" and any(part in (c.target or "") for part in ("knee", "shin", "ankle", "foot")) for c in constraints):
        return plan  # (a hand down to the shin leans further than a composed side bend: the fit takes it there)
    return replace(plan, torso={**plan.torso, "roll": ("side_bend", next(iter(sides)), 1.0)})


def _lead_side(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
    """A lunge or step the lexicon gave no side takes the side of the foot the caption puts ahead."""
    if plan.posture in SIDED_STEPS:
        ahead = [c.side for c in constraints if c.kind == "foot_ahead" and not c.negated and c.side in ("left", "right")]
        back = {c.side for c in constraints if c.kind == "leg_back" and not c.negated} & {"left", "right"}
        if plan.posture_side is None and ahead:
            return replace(plan, posture_side=ahead[0])
        # "a lunge with the left foot far behind", "Lunge, L leg back": the other leg leads
        # (a side the lexicon took from the back leg's words included)
        if len(back) == 1 and not ahead and plan.posture_side in (None, *back):
            return replace(plan, posture_side=other_side(next(iter(back))))
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


def _kneeling_bent_down_to_the_hands(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
    """Kneeling up and bending forward with both hands down on the floor ("kneeling on both knees,
    bending forward, hands in the soil in front of her knees"): bent far enough for the hands to
    reach it, the hips still over the knees (fitted from a slight bend, the trunk twists aside)."""
    down = {c.side for c in constraints if c.kind == "wrist_on_ground" and not c.negated}
    pitch = plan.torso.get("pitch")
    if plan.posture != "kneel_both" or not down >= {"left", "right"} or pitch is None or pitch[0] != "bend_forward" or pitch[2] > 1.2:
        return plan
    return replace(plan, torso={**plan.torso, "pitch": ("bend_forward", pitch[1], 1.6)})


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


def _kneeling_down_on_the_hands(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
    """Kneeling on both knees with both hands on the floor and no bend said ("both knees are put
    down on the ground and the hands are placed on the ground also") is on all fours: composed
    kneeling up, the fit folds the trunk down onto the thighs to put the hands there."""
    down = {c.side for c in constraints if c.kind == "wrist_on_ground" and not c.negated}
    upright = any(c.kind == "torso_upright" and not c.negated for c in constraints)
    # (not where the caption's posture is kneeling alone: all fours reads back as another posture)
    kneeling_alone = any(c.kind == "posture" and not c.negated and "other" not in (c.target or "").split("|") for c in constraints)
    if plan.posture != "kneel_both" or not down >= {"left", "right"} or "pitch" in plan.torso or upright or kneeling_alone:
        return plan
    arms = {s: ("support", 1.0, None) for s in ("left", "right") if plan.arms.get(s, ("down",))[0] in UNPLACED_ARMS}
    return replace(plan, posture="allfours", posture_side=None, arms={**plan.arms, **arms})
