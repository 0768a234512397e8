"""One limb's constraints: what an arm subject of a clause is said to do, and what arms and
legs share (posegen.caption_legs reads a leg subject).

``arm_constraints`` reads the words of a clause that belong to one subject ("the left
arm", "both hands") with the body parts it is placed against (targets such as "on the
right knee"): direction, height, contact, amount and bend, as posegen.constraints
kinds, one per side of the subject.
"""

from __future__ import annotations

import re

from posegen.caption_amounts import TIGHT, angle_bound, angle_of, bent_by_an_angle, joint_range
from posegen.caption_text import (
    ARM_WORDS,
    BACKWARD,
    BELOW,
    BENT,
    BESIDE,
    CROSSED,
    DOWN,
    FORWARD,
    Part,
    RAISE,
    SEGMENTS,
    SIDE_WORDS,
    SLIGHT,
    STRAIGHT,
    TARGET_WORDS,
    TOGETHER,
    sides_of,
    target_joint,
    touches_floor,
)
from posegen.constraints import Constraint
from posegen.skeleton import other_side

# Held in against the body rather than hanging ("fists tucked at his sides").
TUCKED = {"tucked", "tuck", "tucks", "tucking", "chambered"}
# The hand and its parts, as find_parts names them (singular: "fingertips" is "finger").
HAND_WORDS = {"hand", "palm", "finger", "fist", "wrist"}
LACED = {"folded", "interlocked", "interlaced", "laced"}  # hands folded or laced are together; arms folded are crossed
REACH = {"reach", "reaches", "reaching", "reached"}
LOWERED = {"drop", "drops", "dropped", "dropping", "lower", "lowers", "lowered", "lowering"}


# A joint that is "not straight" is bent and one "not bent" is straight: the opposite
# statement, with its own threshold, rather than a bare denial that a pose just short of
# the line satisfies.
OPPOSITE_KINDS = {"elbow_straight": "elbow_bent", "elbow_bent": "elbow_straight",
                  "knee_straight": "knee_bent", "knee_bent": "knee_straight"}


def negate(c: Constraint, joint_named: bool = True) -> Constraint:
    """The same statement, denied ("the knee off the ground": not on the ground). A
    straight or bent joint turns into its opposite only where the words name the joint
    ("the elbow is not straight"), not a place ("neither arm is straight overhead")."""
    if c.kind in OPPOSITE_KINDS and not c.negated and joint_named:
        return Constraint(OPPOSITE_KINDS[c.kind], c.side, c.target, c.lo, c.hi, False, c.phrase)
    return Constraint(c.kind, c.side, c.target, c.lo, c.hi, not c.negated, c.phrase)


def segment_constraints(ws: set[str], part: Part, segment: str, out: list[Constraint], add) -> list[Constraint]:
    """Direction of one bone: "the upper arm hangs", "the thigh is horizontal", "forearm forward"."""
    angle = raised_angle(ws)
    if angle is not None and ws & (RAISE | {"from", "side", "sideways"}):
        add("limb_raised_angle", target=segment, lo=max(angle - 25.0, 0.0), hi=min(angle + 25.0, 180.0))
    elif ws & {"crossed", "cross", "crossing"}:
        if segment == "forearm" and part.side == "both":
            out.append(Constraint("arms_crossed"))  # "the forearms crossed on the knees" (crossed shins: no direction)
    elif ws & {"shoulderheight", "level", "horizontal", "flat"}:
        add("segment_horizontal", target=segment)
    elif ws & {"vertical", "vertically", "upright"}:
        # "the forearm pointing straight up" (read "overhead vertical"): up, not either way
        add("segment_up" if ws & {"overhead", "up", "upward", "upwards", "ceiling", "sky"} else "segment_vertical", target=segment)
    elif ws & (DOWN | {"downward", "downwards"}) and not ws & {"floor", "ground", "mat"}:
        add("segment_down", target=segment)
    elif segment == "upper_arm" and ws & {"tucked", "tuck", "pinned", "glued", "clamped", "hugging", "kept", "against", "pressed"} \
            and ws & {"ribs", "rib", "side", "sides", "bysides", "body", "torso", "trunk", "waist"}:
        add("segment_down", target=segment)  # "the upper arm tucked to the ribs": hanging by them
    elif ws & FORWARD:
        add("segment_forward", target=segment)
    elif ws & (RAISE | {"overhead"}) - {"reach", "reaching", "reaches", "reached"} and "supportedby" not in ws:
        add("segment_up", target=segment)
    elif segment == "shin" and ws & BENT:
        add("knee_bent")  # "his lower legs are bent": at the knee
    return out


def raised_angle(ws: set[str]) -> int | None:
    """The angle a caption gives, measured from hanging when it is given from the horizontal."""
    angle = angle_of(ws)
    if angle is not None and "abovehorizontal" in ws:
        return min(90 + angle, 180)
    if angle is not None and "belowhorizontal" in ws:
        return max(90 - angle, 0)
    return angle


def _own_side(joint: str, part: Part) -> str:
    """Both hands on both shoulders: each hand on its own one."""
    if "|" in joint and part.side == "both" and joint.startswith("left_"):
        return "SAME_" + joint.split("|")[0].split("_", 1)[1]
    return joint


def either_side(joint: str) -> str:
    """A touched knee, foot or thigh without a side may be either (a hand on "the knee")."""
    if joint.startswith("SAME_") and not joint.endswith("hip"):
        name = joint[5:]
        return f"left_{name}|right_{name}"
    return joint


def _hand_at(target: Part, part: Part, add) -> None:
    """The hand (or both, each on its own side) on a touched body part; an unsided knee or foot
    may be either, and a foot or ankle is allowed a little more room than the rest."""
    joint = _own_side(target_joint(target), part)
    joint = either_side(joint) if target.side in ("either", None) else joint
    add("hand_near", target=joint, lo=0.38 if joint.endswith(("foot", "ankle")) else 0.32)


def adder(out: list[Constraint], sides: tuple[str, ...]):
    """add(kind, ...): one constraint of that kind per side of the subject."""

    def add(kind, **kw):
        out.extend(Constraint(kind, side=s, **kw) for s in sides)

    return add


# Verbs that lay a hand over a part onto it ("hook your right hand over your left knee").
DRAPED = {"hook", "hooks", "hooked", "hooking", "drape", "drapes", "draped", "draping", "rest", "rests", "rested", "resting",
          "lay", "lays", "laid", "laying", "place", "places", "placed", "placing", "put", "puts", "wrap", "wraps", "wrapped", "cupped"}
PUNCHES = {"punch", "punches", "punched", "punching", "jab", "jabs", "jabbed", "jabbing"}
# A hand "near the floor" or reaching "toward" it: low, within this many reference metres more.
NEAR_THE_FLOOR = re.compile(r"\b(?:near|toward|towards|close to|just above|just off|nearly to|almost to)(?: the)? (?:floor|ground|mat)\b")
NEAR_FLOOR_HEIGHT = 0.15
FINGERTIP_REACH = 0.06  # reference metres the wrist may stand higher when only the fingertips touch the floor


def arm_constraints(words: list[str], ws: set[str], part: Part, targets: list[Part]) -> list[Constraint]:
    out: list[Constraint] = []
    sides = sides_of(part.side)
    add = adder(out, sides)

    target = targets[0] if targets else None
    if target is not None and target.preposition in ("along", "down") and len(targets) > 1 and targets[1].preposition in ("to", "onto", "on", "at"):
        target = targets[1]  # "slides along the left leg to the knee": where the hand ends
    floor_place = target is None or target.preposition in BESIDE | {"between", "near", "in", "behind"}  # "on the floor between the feet"
    segment = SEGMENTS.get(part.word)
    # (not "the elbow lifted high / level" of an archer's draw, at shoulder height)
    if part.word == "elbow" and words[part.position : part.position + 1] in (["elbow"], ["elbows"]) and set(words[part.position + 1 : part.position + 5]) & {"ceiling", "sky", "skyward", "up", "upward", "upwards", "overhead"} \
            and not ws & (DOWN | {"floor", "ground", "onbody", "lying", "lie", "lies", "prone", "supine", "level", "shoulderheight"}):
        add("segment_up", target="upper_arm")  # "the right elbow pointing at the ceiling": the upper arm up
    if part.word == "elbow" and not ws & (BENT | STRAIGHT) and angle_of(ws) is None:
        return out  # where an elbow points ("elbows out") says little about the hand
    if part.word == "elbow" and "bysides" in ws:
        # "the right elbow flexed to a right angle at the side": the upper arm hangs, the forearm
        # goes where the elbow's bend takes it
        add("segment_down", target="upper_arm")
        ws = ws - {"bysides"}
    if part.word == "forearm" and target is not None and target.word in ("thigh", "knee") and target.preposition in ("on", "onto", "upon", "across", "over"):
        _hand_at(target, part, add)  # "forearms resting on the thighs": the hands are on them too
        return out
    if segment is not None:
        return segment_constraints(ws, part, segment, out, add)
    if part.word == "finger" and touches_floor(words) and floor_place:
        add("wrist_on_ground", lo=FINGERTIP_REACH)  # "fingertips touching the floor": the wrist a hand's length higher
        return out
    if part.word in ("finger", "thumb") and not ws & {"point", "points", "pointing", "behindhead", "behindback"} and not targets:
        return out  # "fingers down", "thumb up": the hand's shape, not the arm's direction (fingers on a part place the hand)
    if "supportedby" in ws or "shoulderwidth" in ws and not ws & (RAISE | DOWN | FORWARD):
        return out  # arms that hold the body up, hands as wide as the shoulders: no direction
    if part.side == "both" and (ws & TOGETHER or (part.word == "wrist" and ws & CROSSED)) and ws & {
            "overhead", "infront", "chest", "forward"}:
        out.append(Constraint("hands_together"))  # "hands clasped above the head": together, and placed
    laced = part.word in ("hand", "palm", "finger") and bool(ws & LACED)
    if laced and part.side == "both" and "arm" not in ws:
        out.append(Constraint("hands_together"))  # folded hands are together (folded arms are crossed)
    if part.side == "both" and (ws & TOGETHER or laced) and ws & {"behindback", "behindhead"}:
        out.append(Constraint("hands_together"))  # "hands clasped behind the back / head"
        add("wrist_behind_back") if "behindback" in ws else add("hand_near", target="head", lo=0.32)
        return out
    if part.side == "both" and (ws & TOGETHER or laced) and target is not None and TARGET_WORDS.get(target.word) == "head":
        out.append(Constraint("hands_together"))  # "hands together under the chin"
        add("hand_near", target="head", lo=0.32)
        return out
    if part.side == "both" and ws & TOGETHER and target is not None and target.preposition == "above":
        out.append(Constraint("hands_together"))  # "hands together high above your shoulders": above them
        add("wrist_above", target=_own_side(target_joint(target), part))
        return out
    if part.side == "both" and (ws & TOGETHER or laced) and target is not None and target.preposition not in BESIDE | BELOW | {"behind"}:
        out.append(Constraint("hands_together"))  # "both hands clasped on the right knee", "folded on the belly": together, there
        _hand_at(target, part, add)
        return out
    if part.word in HAND_WORDS and NEAR_THE_FLOOR.search(" ".join(words)) and floor_place:
        add("wrist_on_ground", lo=NEAR_FLOOR_HEIGHT)  # "hands near the floor", "reaching down toward the floor": low, not on it
        return out
    if part.word in HAND_WORDS and touches_floor(words) and "supportedby" not in ws and floor_place:
        add("wrist_on_ground")  # "hands to the floor", "palms on the mat"
        return out
    angle = raised_angle(ws)
    if "overhead" in ws and "pastear" in ws:
        add("arm_along_torso")  # "the right arm sweeps past your ear", "straight up by the ears": in line with the trunk
        if "vertical" in ws:
            add("elbow_straight")
    elif "overhead" in ws and "vertical" in ws:
        add("arm_vertical")
        add("elbow_straight")  # "straight up": the arm as a line
    elif "overhead" in ws or ({"point", "points", "pointing"} & ws and "up" in ws):
        add("wrist_above_head")
    elif "tpose" in ws:
        add("arm_out")
        add("wrist_at_shoulder_height")
    elif part.side == "both" and (ws & TOGETHER or (part.word == "wrist" and ws & CROSSED) or laced):
        out.append(Constraint("hands_together"))  # clasped, or wrists crossed over each other
    elif part.side == "both" and (ws & CROSSED or "across" in ws and ws & {"chest", "ribs", "rib", "torso", "body", "front", "belly"}) \
            and part.word in ("arm", "hand", "wrist", "forearm"):
        out.append(Constraint("arms_crossed"))
    elif "behindhead" in ws:
        add("hand_near", target="head", lo=0.32)
    elif "behindback" in ws:
        add("wrist_behind_back")
    elif target is not None and (target.preposition in BESIDE or (target.preposition == "against" and part.word == "arm")):
        if TARGET_WORDS.get(target.word) == "head" and ws & RAISE and part.word == "arm":
            add("wrist_above_head")  # "arms up beside the ears" (a hand up by the ear is at the head)
        elif target.word in ("hip", "side", "body") and part.word in HAND_WORDS and ws & TUCKED:
            add("wrist_at_waist_height")  # "fists tucked in by the hips": held in, not hanging
        elif target.word in ("thigh", "hip", "leg", "side", "body", "knee"):
            add("arm_down")
        else:  # "beside the head": near it, not on it (a waving hand is up beside the head)
            joint = _own_side(target_joint(target), part)
            add("hand_near", target=either_side(joint) if target.side in ("either", None) else joint,
                lo=0.55 if TARGET_WORDS.get(target.word) == "head" else 0.32)
    elif target is not None and target.preposition == "near":
        add("hand_near", target=target_joint(target), lo=0.32)
    elif target is not None and target.preposition == "behind" and target.word not in ("head", "neck"):
        pass  # behind the hips, behind the knees: a place, not a contact
    elif target is not None and target.preposition == "over" and ws & DRAPED and target.word in TARGET_WORDS:
        _hand_at(target, part, add)  # "hook your right hand over your left knee": on it, not above it
    elif target is not None and target.preposition in BELOW | {"above", "over"}:
        joint = target_joint(target)
        if "|" in joint:  # "below the shoulders": each hand and its own shoulder
            joint = "SAME_" + joint.split("|")[0].split("_", 1)[1]
        add("wrist_above" if target.preposition in ("above", "over") else "wrist_below", target=joint)
    elif target is not None and part.word == "arm" and part.side in SIDE_WORDS and target.preposition == "across" \
            and target.word in ("chest", "body", "torso") and ws & (STRAIGHT | {"stretched", "stretch", "stretches", "drawn", "pulled"}):
        # "the right arm stretched straight across the chest" (a shoulder stretch): the long arm
        # carries the hand over to the far shoulder, in front of the chest
        add("hand_near", target=f"{other_side(part.side)}_shoulder", lo=0.32)
        add("elbow_straight")
        add("wrist_in_front")  # (in front of the chest, not through it)
    elif target is not None:
        joint = target_joint(target)
        if joint.endswith("hip") and part.side in SIDE_WORDS and joint.startswith(("left_", "right_")) and not joint.startswith(part.side):
            add("hand_near", target=joint, lo=0.25)  # across the body to the other hip
        elif joint.endswith("hip") and part.word == "arm" and ws & {"resting", "rests", "rest", "lying", "lies", "laid", "draped", "along"}:
            add("hand_near", target=joint, lo=0.32)  # an arm resting on the hip lies along the side, the hand near it
        elif joint.endswith("hip"):
            add("hand_on_hip", target=joint)
        elif target.word in ("lowerback", "upperback"):
            add("wrist_behind_back")  # "hands on the lower back", "a hand up between the shoulder blades"
        else:
            _hand_at(target, part, add)
            if target.word in ("foot", "ankle", "heel") and target.side in SIDE_WORDS and ws & BACKWARD:
                # "holds the left foot behind her": that knee folds for the hand to reach it
                out.append(Constraint("knee_angle", side=target.side, lo=0, hi=100))
    elif ws & {"salute", "saluting", "salutes"}:
        add("hand_near", target="head", lo=0.32)
    elif ws & {"point", "points", "pointing", "aimed", "aiming"} and ws & {"floor", "ground", "down", "downward", "downwards"}:
        add("wrist_below", target="SAME_shoulder")
        if ws & (FORWARD | {"infront", "front"}):
            add("wrist_in_front")  # "pointing at the floor a few steps in front": out from the body
    elif (ws & {"slanted", "slanting", "slants", "angled", "angling", "flared", "flaring"} and ws & {"down", "downward", "downwards"} and ws & {"away", "out", "sideways"}) \
            or (ws & {"spread", "open", "opened", "wide"} and "low" in ws and part.word == "arm" and part.side == "both"):  # ("arms spread low and open")
        add("arm_out")  # "both arms slanted down away from my body": an A, out from the sides
        add("limb_raised_angle", target="arm", lo=20.0, hi=70.0)
    elif ws & PUNCHES and not ws & {"sideways", "overhead", "up", "upward", "down", "downward", "behind", "backward", "back", "sky", "ceiling", "air", "skyward"}:
        add("arm_forward")  # "the right fist punched straight out at shoulder height": a punch goes forward
    elif "infront" in ws and ws & ({"out", "held", "hold", "holds", "holding"} | STRAIGHT) and "down" in ws and not ws & {"out", "shoulderheight"}:
        add("wrist_in_front")  # "straight arms held down in front of the body": low in front, not raised
        add("limb_raised_angle", target="arm", lo=0.0, hi=60.0)
    elif "infront" in ws and ws & ({"out", "held", "hold", "holds", "holding"} | STRAIGHT) and "hipheight" in ws:
        add("wrist_in_front")  # "both hands held in front at waist height": forward, low
        add("wrist_at_waist_height")
    elif "infront" in ws and ws & ({"out", "held", "hold", "holds", "holding"} | STRAIGHT):
        add("arm_forward")
    elif "sideways" in ws and ws & LOWERED and not ws & {"out", "shoulderheight", "spread", "wide", "up", "away"}:
        add("arm_down")  # "drop the left arm to the side": down by it
    elif "sideways" in ws or (
        (ws & {"spread", "wide"} or ("out" in ws and part.word == "arm"))
        and not ws & (FORWARD | {"infront", "up"} | ({"floor", "ground"} if part.word != "arm" else set()))
    ):
        if not (ws & SLIGHT and not ws & (ARM_WORDS | {"arms", "hands"})):
            add("arm_out")  # (not "... flung up high, and a little out to the side": a touch off its line)
        if "shoulderheight" in ws:
            add("wrist_at_shoulder_height")
    elif ws & FORWARD and "hipheight" in ws:
        add("wrist_in_front")  # "both hands held out in front at waist height": forward, low
        add("wrist_at_waist_height")
    elif ws & FORWARD and ws & {"upward", "upwards", "up"} and "and" in ws and not ws & {"shoulderheight", "down", "downward"}:
        # "lifted forward and upward": on a diagonal in front, above the horizontal
        add("limb_raised_angle", target="arm", lo=110.0, hi=165.0)
        add("wrist_above_shoulder")
    elif ws & FORWARD:
        add("arm_forward")
        if "shoulderheight" in ws:
            add("wrist_at_shoulder_height")
    elif target is None and ws & {"back", "backward", "backwards", "behind"} and not ws & {"lean", "leaning", "leans", "lie", "lying"} and not (
        ws & {"pulled", "pull", "pulls", "drawn", "draw", "draws"} and not ws & {"straight", "extended", "outstretched"}
    ) and " back of " not in f" {' '.join(words)} ":  # (an arm "pulled back" bends, one pulled back straight reaches back)
        add("arm_back")  # "the arm stretched back behind him"; not "at the back of the head"
    elif "infront" in ws:
        add("wrist_in_front")
    elif "bysides" in ws and ws & {"open", "opened", "spread", "wide"} and not ws & (DOWN - {"bysides"}):
        add("arm_out")  # "arms open at the sides": out from them, not hanging
    elif "bysides" in ws and part.word in HAND_WORDS and ws & TUCKED and not ws & (DOWN - {"bysides"}):
        add("wrist_at_waist_height")  # "fists tucked at his sides": held in at the waist, not hanging
    elif ws & DOWN and not (ws & DOWN == {"bysides"} and ws & RAISE):  # (not "curls both arms up at the sides")
        add("arm_down")
    elif ws & RAISE and "shoulderheight" in ws and not ws & {"overhead", "high"}:
        add("wrist_at_shoulder_height")  # "raised to shoulder level": that high, no higher
    elif ws & RAISE and not ws & {"propped", "offground"} and not (angle or 90) < 80 and not ({"across"} & ws and not ws & (RAISE - REACH)):
        add("wrist_above_shoulder")  # raised, unless to an angle below the horizontal ("raised 45 degrees")
    elif "offground" in ws and part.word in ("hand", "arm", "wrist", "forearm", "elbow"):
        # "hands lifted off the floor" (lying face down): up from the floor, wherever they were placed
        out.extend(negate(Constraint("wrist_on_ground", side=s)) for s in sides)
    elif "shoulderheight" in ws:
        add("wrist_at_shoulder_height")
    elif "hipheight" in ws:
        add("wrist_at_waist_height")  # "her left hand resting on the counter at waist height"
    bound = angle_bound(ws)
    if angle is None and "aboveshoulderheight" in ws and part.word in HAND_WORDS:
        add("wrist_above_shoulder")  # "the hand lifted to head height": the hand, however the elbow bends
    elif angle is None and "aboveshoulderheight" in ws:
        add("limb_raised_angle", target="arm", lo=95.0, hi=150.0)
    elif angle is None and ws & {"diagonally", "diagonal"}:
        add("limb_raised_angle", target="arm", lo=110.0, hi=165.0) if ws & (RAISE | {"upward", "upwards", "overhead"}) else add(
            "limb_raised_angle", target="arm", lo=15.0, hi=70.0)
    if bound is not None and (part.word == "elbow" or ws & BENT or "elbow" in ws):
        add("elbow_angle", lo=bound[0], hi=bound[1])
    elif angle is not None and (part.word == "elbow" or ws & BENT or "elbow" in ws):
        lo, hi = joint_range(angle, bool(ws & TIGHT), bent_by_an_angle(words, BENT))
        add("elbow_angle", lo=lo, hi=hi)
    elif angle is not None:
        add("limb_raised_angle", target="arm", lo=max(angle - 25.0, 0.0), hi=min(angle + 25.0, 180.0))
    elif ws & BENT and not (ws & CROSSED and part.side == "both" and "elbow" not in ws):
        add("elbow_bent")
    elif ws & {"straight", "extended", "straightened", "straighten", "straightens", "locked"} and not ws & SLIGHT and not ws & (CROSSED | {"across"}):
        add("elbow_straight")
    return out
