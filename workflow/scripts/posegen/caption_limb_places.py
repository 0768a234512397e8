"""Which limb a caption's constraint places, and the latest clause's place for each limb.

"In a T-pose while holding both arms forward": a later clause that places an arm or a
leg replaces what an earlier clause said of that limb's place (posegen.caption_whole
runs this among its passes over a whole caption).
"""

from __future__ import annotations

from posegen.caption_text import ARM_WORDS, LEG_WORDS, SIDE_WORDS
from posegen.constraints import BOTH_ARMS, BOTH_LEGS, Constraint


# Where a limb is: a later clause that places an arm or a leg replaces what an earlier clause
# said about that limb's place ("in a T-pose while holding both arms forward"), as the lexicon's
# plan does; how bent the elbow or knee is stays a separate aspect, and hands together is a
# relation between the hands, not a place ("raised overhead, the palms touching"), unless the
# clause says where ("hands together in front of the chest").
ARM_PLACE = {"wrist_above_head", "wrist_above_shoulder", "wrist_at_shoulder_height", "wrist_at_waist_height", "arm_down", "wrist_in_front",
             "arm_out", "arm_forward", "arm_back", "wrist_behind_back", "hand_near", "hand_on_hip", "arm_along_torso",
             "arms_crossed", "arm_vertical", "wrist_above", "wrist_below", "wrist_on_ground"}
# (how far apart the feet are is a relation between them, as hands together is, not a place that
# replaces "the left foot forward")
LEG_PLACE = {"knee_raised", "leg_out", "leg_forward", "leg_back", "foot_ahead",
             "foot_crossed_in_front", "feet_apart", "feet_together", "foot_near"}


def _places(c: Constraint) -> set[tuple[str, str]]:
    """The limbs (("arm", "left"), ...) whose place a constraint sets; empty for other aspects."""
    if c.negated or c.side == "either":
        return set()  # (an unsided "a foot off the ground" does not move a leg an earlier clause placed)
    if c.kind == "hand_near" and (c.target or "").startswith(("left_wrist", "right_wrist", "left_elbow", "right_elbow")) \
            and not (c.target or "").startswith(c.side or "-"):
        return set()  # a hand holding the other arm is a relation between the arms, as hands together is
    placed_together = c.kind == "hands_together" and bool(set(c.phrase.split()) & {"infront", "chest", "forward", "overhead", "sideways"})
    if c.kind in ARM_PLACE or placed_together or (c.kind == "limb_raised_angle" and c.target in ("arm", "upper_arm")):
        limb = "arm"
    elif c.kind in LEG_PLACE or (c.kind == "limb_raised_angle" and c.target == "leg"):
        limb = "leg"
    else:
        return set()
    sides = ("left", "right") if c.kind in BOTH_ARMS | BOTH_LEGS or c.side is None else (c.side,)
    return {(limb, s) for s in sides}


def latest_per_limb(constraints: list[Constraint]) -> list[Constraint]:
    """Drop a limb's place constraints from a clause when a later clause places that limb."""
    constraints = _summaries_dropped(constraints)
    clauses = list(dict.fromkeys(c.phrase for c in constraints))
    placed_later: dict[str, set[tuple[str, str]]] = {}
    later: set[tuple[str, str]] = set()
    for phrase in reversed(clauses):
        placed_later[phrase] = set(later)
        later |= {limb for c in constraints if c.phrase == phrase for limb in _places(c)}
    return [c for c in constraints if not (_places(c) & placed_later[c.phrase]) or _height_agrees(c, clauses, constraints)
            or _spread_from_a_height(c, clauses, constraints) or _direction_at_a_height(c, clauses, constraints)]


def _summaries_dropped(constraints: list[Constraint]) -> list[Constraint]:
    """A clause naming no side after clauses that placed each of its limbs by side sums them up
    ("left arm 45 degrees above horizontal, right arm 45 below, the two arms forming one diagonal
    line"): the sides' places stand."""
    placed_by_side: set[tuple[str, str]] = set()
    summed_up: set[int] = set()
    for phrase in dict.fromkeys(c.phrase for c in constraints):
        placing = [c for c in constraints if c.phrase == phrase and _places(c)]
        if _sided(phrase):
            ws = set(phrase.split())  # (a limb named with its side: not the hands of "the right knee hugged up")
            placed_by_side |= {(limb, side) for c in placing for limb, side in _places(c) if side in ws and ws & LIMB_WORDS[limb]}
        elif set(phrase.split()) & {"arms", "legs", "hands", "feet", "both", "two"}:  # (not a clause carrying on one limb)
            if set().union(*(_places(c) for c in placing)) <= placed_by_side:
                summed_up |= {id(c) for c in placing}
    return [c for c in constraints if id(c) not in summed_up]


LIMB_WORDS = {"arm": ARM_WORDS, "leg": LEG_WORDS}


def _sided(phrase: str) -> bool:
    return bool(set(phrase.split()) & SIDE_WORDS)


# A later clause that only says how high a hand is ("the right arm lifted to about 135 degrees,
# the hand well above the head") says the same of an arm raised to an angle that high: the least
# angle at which each height holds, and the most for shoulder height.
HEIGHT_ANGLES = {"wrist_above_head": (120.0, 180.0), "wrist_above_shoulder": (95.0, 180.0), "wrist_at_shoulder_height": (65.0, 115.0)}


def _height_agrees(c: Constraint, clauses: list[str], constraints: list[Constraint]) -> bool:
    """Is ``c``, an arm raised to an angle, placed by later clauses only with heights that angle
    reaches or with a direction alone?"""
    if c.kind != "limb_raised_angle" or c.target != "arm":
        return False
    mid = (c.lo + c.hi) / 2.0
    # (a later direction alone goes with the angle: "lifted 45 degrees from the body, straight, out to the side")
    return all(o.kind in DIRECTIONS or o.kind in HEIGHT_ANGLES and HEIGHT_ANGLES[o.kind][0] <= mid <= HEIGHT_ANGLES[o.kind][1]
               for o in _arm_placed_later(c, clauses, constraints))


def _arm_placed_later(c: Constraint, clauses: list[str], constraints: list[Constraint]) -> list[Constraint]:
    """The constraints of clauses after ``c``'s that place ``c``'s arm."""
    return [o for phrase in clauses[clauses.index(c.phrase) + 1:] for o in constraints
            if o.phrase == phrase and ("arm", c.side) in _places(o)]


DIRECTIONS = {"arm_out", "arm_forward"}


def _spread_from_a_height(c: Constraint, clauses: list[str], constraints: list[Constraint]) -> bool:
    """Is ``c`` a hand raised above the head or shoulder that later clauses only spread out to
    the side ("arms raised overhead, wide apart like a V": up and out, not lowered to a T)?"""
    if c.kind not in ("wrist_above_head", "wrist_above_shoulder") or c.negated:
        return False
    later = _arm_placed_later(c, clauses, constraints)
    return bool(later) and all(o.kind == "arm_out" for o in later)


def _direction_at_a_height(c: Constraint, clauses: list[str], constraints: list[Constraint]) -> bool:
    """Is ``c`` an arm pointed out or forward that later clauses only put at shoulder height
    ("the right arm pointing straight forward, at the height of the shoulder": still forward)?"""
    if c.kind not in DIRECTIONS or c.negated:
        return False
    later = _arm_placed_later(c, clauses, constraints)
    return bool(later) and all(o.kind == "wrist_at_shoulder_height" for o in later)
