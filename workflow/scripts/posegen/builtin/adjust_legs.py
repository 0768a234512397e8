"""Plan passes about the legs and feet: held as the caption's constraints say where the lexicon
read them otherwise (posegen.builtin.adjust runs every pass, in order)."""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from posegen.constraints import Constraint
from posegen.skeleton import other_side

from .legs import HIP_WIDTH, WIDTH_PER_DEGREE, lunge_degree, raise_degree
from .plan import ONE_LEGGED, STANDING, Plan


def seated_feet_together(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
    """On a chair, feet (or knees) said to be together are composed together: fitting them
    together from a seat swings the legs off it. (Not with the hands on the knees: reaching
    knees drawn together, the forearms cross the thighs.) Seated on the floor with the legs
    long, likewise (bent knees with the feet together there are a butterfly, the lexicon's call)."""
    long_on_the_floor = plan.posture == "sit_floor" and not any(action[0] in ("knee_bent", "knee_up") for action in plan.legs.values())
    if not (plan.posture == "sit_chair" or long_on_the_floor) or "feet_together" in plan.stance or "legs_crossed" in plan.stance or not any(
            c.kind == "feet_together" and not c.negated for c in constraints) or any(
            c.kind == "hand_near" and "knee" in (c.target or "") and not c.negated for c in constraints):
        return plan
    return replace(plan, stance={**plan.stance, "feet_together": (None, 1.0)})


def sole_to_the_other_thigh(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
    """Seated on the floor, a foot said at the other leg's thigh ("the right leg bent so the
    sole presses the inner left thigh") folds in with its knee dropped out to the side, that leg
    long: composed as a knee bent up, the fit slides the foot over but leaves the knee half open."""
    if plan.posture != "sit_floor" or {"legs_aside", "legs_crossed", "feet_apart"} & set(plan.stance):
        return plan
    legs = dict(plan.legs)
    for c in constraints:
        if c.kind != "foot_near" or c.negated or c.side not in ("left", "right"):
            continue
        other = other_side(c.side)
        if (c.target or "").startswith(f"{other}_") and "thigh" in (c.target or "") \
                and legs.get(c.side, ("knee_bent",))[0] == "knee_bent" \
                and legs.get(other, ("leg_forward",))[0] in ("leg_forward", "leg_side"):
            legs[c.side] = ("sole_in", 1.0)
    return replace(plan, legs=legs) if legs != plan.legs else plan


HUGGING = {"hug", "hugs", "hugging", "hugged", "wrapped", "wraps", "wrapping", "around", "round", "clasping", "clasped", "holding", "holds"}


def hugged_knee_drawn_up(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
    """Seated on the floor, a bent knee whose shin or knee the hands hold ("the right knee bent up,
    hugging the right shin") is drawn up to the chest: composed as a knee bent over the foot, the
    hands reach down to it and the fit tips the trunk forward."""
    if plan.posture != "sit_floor" or {"legs_aside", "legs_crossed"} & set(plan.stance):
        return plan
    # (the shin, or the knee hugged: a hand resting on a knee leaves it where it is)
    held = {(c.target or "").split("_")[0] for c in constraints if c.kind == "hand_near" and not c.negated and (
        (c.target or "").endswith("_shin") or (c.target or "").endswith("_knee") and set(c.phrase.split()) & HUGGING)}
    # (a knee the lexicon did not bend that the caption says is bent: "the right knee bent up")
    bent = {c.side for c in constraints if c.kind == "knee_bent" and not c.negated and c.side in held and c.side not in plan.legs}
    legs = {**{s: ("knee_up", v[1]) if v[0] == "knee_bent" and s in held else v for s, v in plan.legs.items()},
            **{s: ("knee_up", 1.0) for s in bent}}
    return replace(plan, legs=legs) if legs != plan.legs else plan


def bent_knee_raised(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
    """On the feet, a knee said to be bent and raised ("the right knee is bent and drawn up level
    with the hip") comes up in front: composed bent, the shin folds up behind and the fit lifts
    that knee backward."""
    if plan.posture not in STANDING:
        return plan
    raised = {c.side for c in constraints if c.kind == "knee_raised" and not c.negated}
    legs = {s: ("knee_up", 1.0) if v[0] == "knee_bent" and s in raised else v for s, v in plan.legs.items()}
    return replace(plan, legs=legs) if legs != plan.legs else plan


def foot_at_the_standing_leg(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
    """On one leg, the lifted foot's sole pressed to the standing thigh or calf is the tree:
    composed with the knee bent behind, the fit cannot bring the foot round to the other leg."""
    if plan.posture != "one_leg" or plan.posture_side not in ("left", "right"):
        return plan
    lifted = other_side(plan.posture_side)
    at_the_leg = any(c.kind == "foot_near" and c.side == lifted and not c.negated and (c.target or "").startswith(plan.posture_side)
                     and any(part in (c.target or "") for part in ("thigh", "knee", "shin", "calf", "ankle")) for c in constraints)
    return replace(plan, posture="tree", legs={k: v for k, v in plan.legs.items() if k != lifted}) if at_the_leg else plan


def stance_width(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
    """Feet a given distance apart ("feet 30 cm apart") composed that far apart: the composer's
    wide stance is 56 cm, and fitting the legs to another width from it bends them oddly.
    Closer than the hips, or said together in no word the lexicon knows, they stand together."""
    if plan.posture not in ("stand", "attention", "sit_chair"):  # (seated: the knees turned out to set the feet apart)
        return plan
    distance = next((c for c in constraints if c.kind == "feet_distance" and not c.negated), None)
    if distance is None:
        if plan.posture == "stand" and not plan.stance and any(c.kind == "feet_together" and not c.negated for c in constraints):
            return replace(plan, stance={"feet_together": (None, 1.0)})  # ("heels 0 cm apart")
        return plan
    half = (distance.lo + distance.hi) / 4.0  # each ankle's distance from the middle
    if half < HIP_WIDTH - 0.02 and plan.posture != "sit_chair":  # ("heels 0 cm apart": closer than the hips, together)
        return replace(plan, stance={**{k: v for k, v in plan.stance.items() if k != "feet_apart"}, "feet_together": (None, 1.0)})
    degree = min(max((half - HIP_WIDTH) / WIDTH_PER_DEGREE, 0.0), 2.5)  # (legs.feet_apart_width, inverted)
    return replace(plan, stance={**plan.stance, "feet_apart": (None, degree)})


HOVERING = {"hovering", "hovers", "hover", "above", "just", "floating"}


def knee_angles(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
    """Sitting on the floor with a knee at an angle well short of straight ("knees at a right
    angle") composes that leg bent with the sole on the floor: fitting the angle from a leg
    laid along the floor lifts and swings it. Standing, both knees at such an angle sink the
    hips low on wide feet ("knees flexed to about 100 degrees"), not one foot lifted to bend it.
    A knee given an angle near straight ("knees at 180 degrees") is not bent, whatever word said it.
    A lunge's front knee at an angle sets the lunge's depth."""
    straight = {s for c in constraints if c.kind == "knee_angle" and not c.negated and c.lo >= 150 for s in _knee_sides(c)}
    if any(plan.legs.get(s, ("",))[0] == "knee_bent" for s in straight):
        plan = replace(plan, legs={s: v for s, v in plan.legs.items() if not (s in straight and v[0] == "knee_bent")})
    if plan.posture == "stand" and all(plan.legs.get(s, ("",))[0] == "knee_bent" for s in ("left", "right")):
        angled = {s for c in constraints if c.kind == "knee_angle" and not c.negated and (c.lo + c.hi) / 2.0 <= 110 for s in _knee_sides(c)}
        if angled >= {"left", "right"}:
            return replace(plan, legs={s: ("knee_bent", max(plan.legs[s][1], 1.3)) for s in ("left", "right")})
        return plan
    if plan.posture == "lunge" and plan.posture_side in ("left", "right"):
        # A lunge's front knee at a given angle ("the front knee at a right angle") sets how deep it goes.
        front = [(c.lo + c.hi) / 2.0 for c in constraints
                 if c.kind == "knee_angle" and not c.negated and plan.posture_side in _knee_sides(c) and (c.lo + c.hi) / 2.0 < 125]
        if front:
            return replace(plan, posture_degree=max(plan.posture_degree, round(lunge_degree(min(front)), 2)))
        # The back knee held just off the floor ("the right knee hovering a hand's width above the
        # floor", "just above the mat") is a deep lunge: the front knee near a right angle.
        back = other_side(plan.posture_side)
        if any(c.kind == "knee_on_ground" and c.negated and c.side == back and set(c.phrase.split()) & HOVERING for c in constraints):
            return replace(plan, posture_degree=max(plan.posture_degree, lunge_degree(95.0)))
        return plan
    if plan.posture != "sit_floor":
        return plan
    legs = dict(plan.legs)
    for c in constraints:
        if c.kind == "knee_angle" and not c.negated and (c.lo + c.hi) / 2.0 < 140:
            for side in (("left", "right") if c.side in (None, "both", "either") else (c.side,)):
                if legs.get(side, ("",))[0] not in ("knee_up", "kick", "sole_in"):
                    legs[side] = ("knee_bent", 1.0)
    return replace(plan, legs=legs) if legs != plan.legs else plan


def _knee_sides(c: Constraint) -> tuple[str, ...]:
    """The knees a constraint names: both when it names no side or both."""
    return ("left", "right") if c.side in (None, "both") else (c.side,)


def held_foot(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
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


def prone_held_feet(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
    """Face down, the hands holding the ankles or feet (a bow): those shins fold up behind and the
    hands reach back to them; fitting the hands to feet lying along the floor twists the body."""
    if plan.posture != "lie_front":
        return plan
    held = {c.side if c.target.startswith("SAME_") else c.target.split("_")[0] for c in constraints
            if not c.negated and c.kind == "hand_near" and c.side in ("left", "right") and (c.target or "").endswith(("_ankle", "_foot"))}
    held &= {"left", "right"}
    if not held:
        return plan
    legs = {**plan.legs, **{s: ("bow_leg", 1.0) for s in held}}
    arms = {**plan.arms, **{s: ("hold_heel_behind", 1.0, None) for s in held}}
    return replace(plan, legs=legs, arms=arms)


def crossed_feet_seated(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
    """Seated, a foot said crossed over the other that the lexicon did not cross ("the right ankle
    placed over the left one"): the ankles are composed crossed, that one over."""
    sides = {c.side for c in constraints if c.kind == "foot_crossed_in_front" and not c.negated}
    if plan.posture not in ("sit_chair", "sit_floor") or "legs_crossed" in plan.stance or not sides:
        return plan
    over = next(iter(sides)) if len(sides) == 1 and sides <= {"left", "right"} else None
    return replace(plan, stance={**plan.stance, "legs_crossed": (over, 1.0)})


def foot_on_the_wall(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
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


def knees_up_feet_down(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
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


def side_lying_knee_forward(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
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
    # (the upper knee bent and said to touch the floor: drawn up in front and dropped over the lower leg to it)
    down = {c.side for c in constraints if c.kind == "knee_on_ground" and not c.negated}
    upper = other_side(plan.posture_side) if plan.posture_side in ("left", "right") else None
    if upper in down & bent and legs.get(upper, ("knee_bent",))[0] in ("knee_bent", "knee_up"):
        legs[upper] = ("knee_to_floor", 1.0)
    return replace(plan, legs=legs) if legs != plan.legs else plan


def side_lying_leg(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
    """Lying on a side, the upper leg lifted "above the other" or "out to the side" is raised sideways
    (up off the lower leg), not swung forward: swung forward it rolls the body toward the floor."""
    if plan.posture != "lie_side" or plan.posture_side not in ("left", "right"):
        return plan
    upper = other_side(plan.posture_side)
    if plan.legs.get(upper, ("",))[0] not in ("leg_forward", "kick") or not any(
            c.kind == "leg_out" and c.side == upper and not c.negated for c in constraints):
        return plan
    return replace(plan, legs={**plan.legs, upper: ("leg_side", 1.0)})


def ankle_over_knee(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
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


def chair_leg_extension(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
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
    # (one knee straightened on a seat with its foot not said to stay down: a seated knee extension, the foot up)
    grounded = {c.side for c in wanted if c.kind == "foot_on_ground"}
    if len(straight) == 1 and straight <= {"left", "right"} and not straight & grounded:
        lifted |= straight
    for side in ("left", "right"):
        if side in straight & lifted and legs.get(side, ("",))[0] not in ("kick", "leg_forward"):  # (a "knee up" said straight is no knee up)
            legs[side] = ("leg_forward", 1.0)
        elif legs.get(side, ("",))[0] == "leg_forward" and side not in held_up and None not in held_up:
            legs[side] = ("leg_long", 1.0)
    return replace(plan, legs=legs) if legs != plan.legs else plan


def leg_raise_angles(plan: Plan, constraints: Sequence[Constraint]) -> Plan:
    """A leg raised forward to an angle ("the right leg lifted to 90 degrees", lying on the back or
    standing on the other leg) is composed at that angle: fitting it up from the composer's
    default swings the thigh out and bends the knee as often as it raises the leg."""
    legs = dict(plan.legs)
    for c in constraints:
        action = legs.get(c.side or "", ("",))
        if c.kind != "limb_raised_angle" or c.target != "leg" or c.negated:
            continue
        degree = raise_degree(plan.posture, action[0], (c.lo + c.hi) / 2.0)
        if degree is not None:
            legs[c.side] = (action[0], round(degree, 3))
    return replace(plan, legs=legs) if legs != plan.legs else plan
