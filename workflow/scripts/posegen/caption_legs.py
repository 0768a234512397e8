"""A leg subject's constraints: what "the left leg", "both knees", "the right foot" of a
clause are said to do (with posegen.caption_limbs, which reads an arm subject and holds
what both share): direction, lift, contact with the floor or the other leg, stance width,
amount and bend, as posegen.constraints kinds, one per side of the subject.
"""

from __future__ import annotations

from posegen.caption_amounts import TIGHT, angle_bound, bent_by_an_angle, distance_range_of, joint_range
from posegen.caption_limbs import REACH, adder, negate, raised_angle, segment_constraints
from posegen.caption_text import (
    APART,
    BACKWARD,
    BENT,
    FORWARD,
    LIFTED,
    Part,
    RAISE,
    SEGMENTS,
    SIDE_WORDS,
    SLIGHT,
    STRAIGHT,
    sides_of,
    target_joint,
    touches_floor,
)
from posegen.constraints import Constraint
from posegen.skeleton import other_side


# "Up" before a place ("steps the left foot up between the hands", "the left leg bends deeply up
# front") brings a foot forward, not off the floor.
UP_TO_A_PLACE = {"front", "forward", "infront", "ahead", "between", "beside", "next", "alongside"}


def _lifting(words: list[str]) -> bool:
    return any(w in RAISE and not (w == "up" and words[i + 1 : i + 2] and words[i + 1] in UP_TO_A_PLACE) for i, w in enumerate(words))


BUTTOCK = {"buttock", "buttocks", "bottom", "glute", "glutes", "bum", "seat", "backside", "rear"}
TOWARDS = {"to", "toward", "towards", "against", "into", "near", "under", "beneath", "touching", "touches", "touch"}


def _brought_to_the_buttock(words: list[str]) -> bool:
    """A buttock word a heel is brought to ("the heel pulled up to the buttock"), not one the
    seat is lifted off ("the bottom up off the heels") nor the seat dropped low in a squat."""
    # (a heel slid toward the bottom "until the knee points at the ceiling" is not folded tight)
    knee_up = bool(set(words) & {"points", "point", "pointing"} and set(words) & {"ceiling", "up", "upward", "sky"})
    return not knee_up and any(w in BUTTOCK and TOWARDS & set(words[max(0, i - 3) : i]) for i, w in enumerate(words))


def leg_constraints(words: list[str], ws: set[str], part: Part, targets: list[Part]) -> list[Constraint]:
    out: list[Constraint] = []
    sides = sides_of(part.side)
    add = adder(out, sides)

    if part.word in ("foot", "ankle", "leg") and (ws & {"crossed", "cross", "crosses", "crossing"} or "across" in ws and ws & {"front", "infront", "other"}) \
            and part.side in SIDE_WORDS:
        if not ws & {"behind", "back", "behindback"}:  # (a leg crossed behind the other is not in front of it)
            out.append(Constraint("foot_crossed_in_front", side=part.side))
        if ws & {"over", "on", "onto", "atop", "across"} and any(t.word in ("knee", "thigh") and t.side != part.side for t in targets):
            out.append(Constraint("foot_off_ground", side=part.side))  # an ankle crossed over the other knee is up off the floor
        return out
    if part.word in ("foot", "ankle") and part.side in ("both", None) and ws & {"crossed", "cross", "crosses", "crossing"} \
            and not ws & {"arm", "arms", "hand", "hands", "wrist", "wrists"}:
        out.append(Constraint("foot_crossed_in_front", side="either"))  # "ankles crossed": one over the other
        return out
    segment = SEGMENTS.get(part.word)
    if segment == "shin" or (segment == "thigh" and ws & {"shoulderheight", "level", "horizontal", "vertical", "vertically", "flat"}):
        return segment_constraints(ws, part, segment, out, add)
    distance = distance_range_of(ws)
    if part.side == "both" and distance is not None and ws & (APART | {"between"}) and part.word in ("foot", "leg", "knee", "ankle", "heel"):
        below = any(w.startswith("distbelow") for w in ws)
        if distance[1] <= 0.02 and not below:  # "heels 0 cm apart": together
            out.append(Constraint("feet_together"))
            return out
        out.append(Constraint("feet_distance", lo=0.0 if below else max(distance[0] - 0.15, 0.0), hi=distance[1] + (0.05 if below else 0.15)))
        return out
    if part.word == "foot" and "wall" in ws and ws & {"against", "on", "onto", "propped", "planted", "flat"} and not ws & {"floor", "ground", "mat"}:
        # "the right foot flat against the wall behind him": propped up on the wall, off the floor
        add("foot_off_ground")
        if ws & BACKWARD:
            add("knee_angle", lo=0, hi=120)  # (behind: the knee folds to put the sole on the wall)
        return out
    target = next((t for t in targets if t.word in ("knee", "thigh", "shin", "calf", "ankle", "foot")), None)
    laid_on = part.word == "leg" and target is not None and target.word in ("knee", "thigh") and ws & {"on", "onto", "upon", "atop"} \
        and not ws & {"cross", "crossed", "crosses", "crossing", "over"}  # ("my left leg is put on my right knee": its ankle there)
    if part.word in ("foot", "heel", "ankle") and target is not None and target.word in ("ankle", "foot") and target.side in SIDE_WORDS \
            and target.side not in sides and ws & {"over", "across", "atop"}:
        add("foot_crossed_in_front")  # ("the right ankle placed over the left one": crossed at the ankles)
        return out
    if (part.word in ("foot", "heel", "ankle", "toe") or laid_on) and target is not None and target.side in SIDE_WORDS and target.side not in sides:
        # "the sole of the right foot against the left inner thigh": that foot is up on the other leg
        joint = target_joint(target)
        add("foot_near", target=joint if not joint.endswith("_foot") else f"{target.side}_ankle", lo=0.30)
        # (not "the left foot flat on the floor beside the right knee": a knee up over a planted foot)
        add("foot_on_ground" if ws & {"floor", "ground", "mat"} and ws & {"flat", "planted", "on"} and not ws & {"over", "across", "atop", "top"}
            else "foot_off_ground")
        if target.word == "thigh":
            add("knee_angle", lo=0, hi=95)  # a sole up on the other thigh folds its knee (a tree, a half butterfly)
        return out
    if part.word in ("heel", "foot", "ankle") and ws & BACKWARD and ws & {"held", "hold", "holds", "holding", "pulled", "pull", "pulls", "grab", "grabs", "grips", "clasps", "catch", "catches"} \
            and not ws & {"lean", "leaning", "leans", "lie", "lying"}:
        add("leg_back")
        # "the left foot held up behind": the knee folds; pulled up to the buttock, tight
        add("knee_angle", lo=0, hi=60 if _brought_to_the_buttock(words) else 100)
        return out
    if part.word in ("heel", "foot", "ankle", "shin") and _brought_to_the_buttock(words):
        # "the heel pulled up to the buttock": the knee folded tight; a foot set flat "near the
        # bottom" (lying, a bridge) folds it less
        add("knee_angle", lo=0, hi=100 if ws & {"flat", "planted"} and "near" in ws else 60)
        return out
    # (not "bend the left knee to bring that foot up behind you": the heel goes up, the knee stays down)
    if part.word in ("knee", "thigh") and ws & (RAISE | {"chest", "pulled", "bring", "brought", "drawn", "hipheight"}) and not ws & {"kneel", "kneeling", "kneels", "knelt"} \
            and not touches_floor(words) and not ("behind" in ws and ws & {"foot", "heel", "ankle"}) \
            and not ("offground" in ws and part.word == "knee"):  # ("the knees lift off the floor": only off it)
        add("knee_raised")
        if "chest" in ws or ws & {"side", "sideways"} and ws & {"drawn", "pulled", "tucked", "brought", "bring", "draw", "pull", "tuck"}:
            add("knee_angle", lo=0, hi=110)  # a knee drawn to the chest, or drawn up to the side, folds
    elif part.word == "knee" and "offground" in ws:
        out.extend(negate(Constraint("knee_on_ground", side=s)) for s in sides)
    elif part.word == "knee" and (touches_floor(words) or words[part.position + 1: part.position + 2] == ["down"]) and not ws & RAISE - REACH:
        add("knee_on_ground")  # "the knee on the floor", "both knees down"
    elif part.word in ("leg", "foot", "ankle", "heel") and "sideways" in ws and ws & (RAISE | STRAIGHT | {"out", "kick", "kicking", "kicks", "step", "stepping", "sideways"}):
        add("leg_out")
    elif part.word in ("leg", "foot", "ankle", "heel") and ws & FORWARD and ws & (RAISE | STRAIGHT | {"kick", "kicking", "kicks", "out"}):
        add("leg_forward")
    elif part.word in ("leg", "foot") and ws & (FORWARD | {"infront", "leading", "leads", "lead"}) and part.side in SIDE_WORDS:
        add("foot_ahead")
    elif part.word in ("leg", "foot", "heel") and ws & BACKWARD and part.side in SIDE_WORDS and not ws & {"lean", "leaning", "leans", "lie", "lying"}:
        add("leg_back")
    elif part.side == "both" and part.word in ("leg", "foot", "ankle", "heel") and "shoulderwidth" in ws:
        out.append(Constraint("feet_distance", lo=0.2, hi=0.65))  # "feet shoulder-width apart"
    elif part.side == "both" and part.word in ("leg", "foot", "ankle", "heel", "knee") and "hipwidth" in ws:
        out.append(Constraint("feet_distance", lo=0.1, hi=0.5))  # "feet hip-width apart": neither together nor wide
    elif part.side == "both" and part.word in ("leg", "foot", "ankle", "heel") and "apart" in ws and ws & SLIGHT and not ws & (APART - {"apart"}):
        out.append(Constraint("feet_distance", lo=0.0, hi=0.35))  # "feet slightly apart", "a fist apart": narrow, not wide
    elif part.side == "both" and part.word in ("leg", "foot", "ankle") and ws & APART:
        out.append(Constraint("feet_apart"))  # (knees apart say little about the feet: crossed ankles)
    elif part.side == "both" and part.word in ("leg", "foot", "knee", "ankle", "heel") and "together" in ws:
        out.append(Constraint("feet_together"))
    elif part.word in ("foot", "leg") and (_lifting(words) or "offground" in ws or ws & {"pulled", "drawn", "hitched"}):
        add("foot_off_ground")
    elif part.word == "foot" and touches_floor(words):
        add("foot_on_ground")
        if part.side in SIDE_WORDS and "only" in words[max(part.position - 4, 0) : part.position]:  # "only the right foot touches the ground": the other is up
            out.append(Constraint("foot_off_ground", side=other_side(part.side)))
    elif part.word in ("foot", "heel") and (ws & {"flat", "planted", "grounded"} or words[part.position + 1 : part.position + 2] == ["down"]
                                             or part.word == "foot" and "down" in words[part.position + 2 : part.position + 3] and not ws & RAISE):
        # ("my right foot stays down"; not "no heel is down", a heel that may be up on the toes)
        add("foot_on_ground")  # "feet flat", "the right foot planted"
    if part.word in ("leg", "foot", "heel") and ("offground" in ws or ws & LIFTED) and any(c.kind in ("leg_back", "leg_forward", "leg_out") for c in out) \
            and not any(c.kind in ("foot_off_ground", "foot_on_ground") for c in out):
        add("foot_off_ground")  # "the left leg lifted off the floor behind", "the leg raised back": behind, and up
    if part.word in ("foot", "heel") and ws & {"flat", "planted", "grounded"} and not ws & RAISE and not any(
            c.kind in ("foot_off_ground", "foot_on_ground") for c in out):
        add("foot_on_ground")  # "keep your right foot flat ahead of you": ahead, and down
    angle = raised_angle(ws)
    bound = angle_bound(ws)
    if bound is not None and (part.word == "knee" or "knee" in ws or ws & BENT):
        add("knee_angle", lo=bound[0], hi=bound[1])
    elif angle is not None and (part.word == "knee" or "knee" in ws or ws & BENT):
        lo, hi = joint_range(angle, bool(ws & TIGHT), bent_by_an_angle(words, BENT))
        add("knee_angle", lo=lo, hi=hi)
    elif angle is not None and angle >= 160 and part.word == "leg" and ws & ({"straight"} | FORWARD) and not ws & RAISE:
        add("knee_straight")  # "both legs straight out in front at 180 degrees", "legs straight ahead at 180": the knees, not a raise
    elif angle is not None and part.word in ("leg", "foot") and ws & (RAISE | FORWARD | BACKWARD | {"sideways", "out"}):
        add("limb_raised_angle", target="leg", lo=max(angle - 25.0, 0.0), hi=min(angle + 25.0, 180.0))
        if part.word == "leg" and ws & {"straight", "extended"} and not ws & BENT:
            add("knee_straight")  # "the left leg raised straight to 90 degrees": a straight-leg raise
    elif ws & BENT and part.word in ("knee", "leg") and ws & {"halfway", "midway", "half"}:
        add("knee_angle", lo=85, hi=150)  # "knees bent about halfway": between straight and folded
    elif ws & BENT and part.word in ("knee", "leg"):
        add("knee_angle", lo=115, hi=172) if ws & SLIGHT else add("knee_bent")
    elif ws & {"straight", "extended", "straightened", "straighten", "straightens", "locked", "stretched",
               "outstretched", "long", "extend", "extends", "extending"} and part.word in ("knee", "leg"):
        add("knee_straight")
    elif "flat" in ws and part.word == "leg" and not ws & RAISE:
        # "the left leg flat (on the floor)": laid out long on it (a flat knee may be folded: a butterfly)
        add("knee_straight")
        add("foot_on_ground")
    return out
