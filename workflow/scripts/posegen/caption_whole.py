"""What the clauses of a caption say together: the constraints of a whole caption settled.

posegen.caption_reader reads each clause on its own; these passes then look at all
of a caption's constraints: a later clause that places a limb replaces an earlier
one (posegen.caption_limb_places), a hand holding another part is at it
(posegen.caption_grips), the deepest forward bend subsumes a lean, a posture implied
by what the limbs do is added, arms "forward" of a body folded or lying face down
reach on past the head, and a side-lying body's top leg lifted, or arm under the
head, are read as what they are on a side.
"""

from __future__ import annotations

import re

from posegen.caption_grips import held_by_the_other_hand
from posegen.caption_limb_places import ARM_PLACE, LEG_PLACE, latest_per_limb
from posegen.caption_text import SEATS, SIDE_WORDS
from posegen.constraints import Constraint
from posegen.skeleton import other_side


def settle(constraints: list[Constraint], text: str, words: set[str]) -> list[Constraint]:
    """The constraints of a whole caption (its clauses' constraints, the normalised text and
    its words), after the passes below, in this order, with duplicates gone."""
    text = " ".join(text.split())  # the patterns below read single spaces
    constraints = forward_along_the_body(constraints, words, text)
    constraints = skyward_in_the_world(constraints)
    constraints = leg_up_from_the_back(constraints)
    constraints = knees_up_over_planted_feet(constraints)
    constraints = all_fours_but_the_lifted_limbs(constraints)
    constraints = top_leg_lifted_sideways(constraints)
    constraints = arm_under_the_head(constraints, text)
    constraints = held_by_the_other_hand(constraints, text)
    constraints = raise_of_a_bent_arm(constraints)
    constraints = seated_foot_at_the_other_leg(constraints)
    constraints = lying_hand_at_the_hip(constraints)
    constraints = raised_from_the_vertical(constraints, words)
    constraints = arched_face_down(constraints, words, text)
    constraints = steps_into_another_posture(constraints, words)
    constraints = squat_from_a_stance(constraints)
    constraints = seated_crossings_and_flat_feet(constraints)
    constraints = lunge_length(constraints)
    constraints = bent_arm_not_hanging(constraints)
    return deepest_bend(latest_per_limb(sided_over_either(list({c.key(): c for c in constraints}.values()))))


def bent_arm_not_hanging(constraints: list[Constraint]) -> list[Constraint]:
    """ "Elbows flexed near 90 degrees, the fists beside the hips": the hand is by the hip on a
    bent arm, which a hanging arm (near straight at the elbow) is not; the elbow's angle says more."""
    bent = {c.side for c in constraints if c.kind == "elbow_angle" and not c.negated and (c.lo + c.hi) / 2 < 110}
    return [c for c in constraints if not (c.kind == "arm_down" and not c.negated and c.side in bent)]


def lunge_length(constraints: list[Constraint]) -> list[Constraint]:
    """ "A lunge, roughly 1 m between the feet": the feet are that far apart front to back, which
    is the lunge's length, not a stance as wide (feet_distance measures side to side)."""
    if not any(c.kind == "posture" and (c.target or "").startswith("lunging") and not {"sideways", "lateral", "side"} & set(c.phrase.split())
               for c in constraints):
        return constraints  # (a side lunge's feet are apart side to side)
    return [c for c in constraints if c.kind != "feet_distance"]


def squat_from_a_stance(constraints: list[Constraint]) -> list[Constraint]:
    """ "Standing with the feet wide, he sinks into a low squat": the stance is where the squat
    starts; the squat is the pose."""
    postures = [c for c in constraints if c.kind == "posture" and not c.negated]
    if not any(c.target == "squatting" for c in postures):
        return constraints
    return [c for c in constraints if not (c in postures and "squatting" not in (c.target or "").split("|")
                                           and "standing" in (c.target or "").split("|"))]


STEP_WORDS = {"step", "steps", "stepping", "stepped", "stride", "striding", "walk", "walking", "walks", "walked"}


def steps_into_another_posture(constraints: list[Constraint], ws: set[str]) -> list[Constraint]:
    """A step taken on the way into another posture stands on nothing: "sit with both legs out,
    then step the left foot over the right knee" (a seat), "walks their feet back" into a plank
    (the feet are not lifted, and nobody stands)."""
    stepping = [c for c in constraints if not c.negated and set(c.phrase.split()) & STEP_WORDS]
    postures = [c for c in constraints if c.kind == "posture" and not c.negated and c not in stepping]
    other = any("standing" not in (c.target or "") for c in postures) or ws & {"plank", "planks", "sideplank"} or "allfours" in ws \
        or any(c.kind == "torso_horizontal" and not c.negated for c in constraints) \
        or bool(ws & {"toes", "tiptoe"}) and bool(ws & {"hands", "palms", "hand", "palm"}) and bool(ws & {"floor", "ground", "mat", "under"})
    if not stepping or not other:
        return constraints
    return [c for c in constraints if not (c in stepping and c.kind in ("posture", "foot_off_ground"))]


def seated_crossings_and_flat_feet(constraints: list[Constraint]) -> list[Constraint]:
    """Seated, a foot crossed over to the far side of the other knee is beside that knee, not
    ahead of the other ankle; a foot "not flat on the floor" may still touch it (the soles of a
    butterfly pressed together): only its flatness is denied."""
    seated = any(c.kind == "posture" and c.target == "sitting" and not c.negated for c in constraints)
    return [c for c in constraints
            if not (seated and c.kind == "foot_crossed_in_front" and "knee" in c.phrase.split())
            and not (c.kind == "foot_on_ground" and c.negated and "flat" in c.phrase.split())]


ARCH_WORDS = {"arch", "arches", "arching", "arched"}
FACE_DOWN_ON_THE_FLOOR = re.compile(r"\b(?:hips|pelvis|thighs|legs|belly|stomach)\b(?: \w+){0,8}? (?:on|down on|onto|against|to) the (?:floor|ground|mat)\b")


def arched_face_down(constraints: list[Constraint], ws: set[str], text: str) -> list[Constraint]:
    """A back arched face down (a cobra: "hips on the floor, chest lifted, back arched") lifts the
    chest off the floor; the trunk does not lean back as from standing."""
    prone = any(c.kind == "lying_on" and c.target == "front" and not c.negated for c in constraints) or "cobra" in ws \
        or bool(FACE_DOWN_ON_THE_FLOOR.search(text))
    if not prone or any(c.kind == "posture" and "standing" in (c.target or "") and not c.negated for c in constraints):
        return constraints
    return [c for c in constraints if not (c.kind == "torso_back" and not c.negated and ARCH_WORDS & set(c.phrase.split()))]


def forward_along_the_body(constraints: list[Constraint], ws: set[str], text: str) -> list[Constraint]:
    """Arms stretched "forward", "ahead" or "overhead" of a body folded forward, lying face down,
    on all fours or in a plank reach on past the head, in line with the torso (child's pose, a bow,
    Superman, the bird dog), not out from the chest or up to the sky."""
    folded = any(c.kind in ("torso_forward", "torso_angle") and not c.negated and c.lo >= 30 for c in constraints) or any(
        c.kind in ("lying_on", "torso_horizontal") and c.target in ("front", None) and not c.negated for c in constraints) \
        or "allfours" in ws or " in line" in text or "one line" in text or "straight line" in text
    if not folded:
        return constraints
    behind = {c.side for c in constraints if c.kind == "wrist_behind_back" and not c.negated}  # (clasped behind, raised: still behind)
    out = []
    for c in constraints:
        if c.kind in ("arm_forward", "wrist_above_head") and not c.negated and c.side in SIDE_WORDS and c.side not in behind:
            # (up "toward the ceiling" is up in the world, however the trunk is folded)
            skyward = c.kind == "wrist_above_head" and bool(set(c.phrase.split()) & SKYWARD)
            c = Constraint("segment_up", c.side, target="arm", phrase=c.phrase) if skyward else Constraint("arm_along_torso", c.side, phrase=c.phrase)
        out.append(c)
    return out


SKYWARD = {"ceiling", "sky", "skyward", "skywards", "heavens"}


def skyward_in_the_world(constraints: list[Constraint]) -> list[Constraint]:
    """Lying on the back, or with the trunk bent down (leaning forward, the other hand down at a
    foot or on the floor: a twisted triangle), an arm raised "toward the ceiling" points up in the
    world, not past the head along the body."""
    low_hand = any(c.kind == "hand_near" and not c.negated and any(part in (c.target or "") for part in ("ankle", "foot", "shin", "toe"))
                   or c.kind == "wrist_on_ground" and not c.negated for c in constraints)
    if not any(c.kind == "lying_on" and c.target == "back" and not c.negated or c.kind == "torso_forward" and not c.negated
               for c in constraints) and not low_hand:
        return constraints
    behind = {c.side for c in constraints if c.kind == "wrist_behind_back" and not c.negated}  # (hands clasped behind, raised: still behind)
    return [Constraint("segment_up", c.side, target="arm", phrase=c.phrase)
            if c.kind == "wrist_above_head" and not c.negated and c.side in SIDE_WORDS and c.side not in behind and set(c.phrase.split()) & SKYWARD
            else c for c in constraints]


def leg_up_from_the_back(constraints: list[Constraint]) -> list[Constraint]:
    """Lying on the back, a leg raised "straight up" or "toward the ceiling" points its thigh up
    (on a side or face down, a leg raised straight up goes out to the side or behind)."""
    if not any(c.kind == "lying_on" and c.target == "back" and not c.negated for c in constraints):
        return constraints
    up = []
    for c in constraints:
        words = set(c.phrase.split())
        if c.kind == "foot_off_ground" and not c.negated and c.side in SIDE_WORDS and words & {"leg", "legs"} \
                and words & {"vertical", "vertically"} and not any(w.startswith("angle") for w in words):  # (an angle said is the raise's own)
            up.append(Constraint("segment_up", c.side, target="thigh", phrase=c.phrase))
    return constraints + up


def knees_up_over_planted_feet(constraints: list[Constraint]) -> list[Constraint]:
    """Lying on the back, a knee "pulled up" whose foot stays on the floor is bent over it (a hook
    lying), not raised toward the chest."""
    if not any(c.kind == "lying_on" and c.target == "back" and not c.negated for c in constraints):
        return constraints
    planted = {c.side for c in constraints if c.kind == "foot_on_ground" and not c.negated}
    return [Constraint("knee_bent", c.side, phrase=c.phrase) if c.kind == "knee_raised" and not c.negated and c.side in planted else c
            for c in constraints]


# What lifts a knee off the floor of all fours ("on all fours, the right leg stretched back").
KNEE_LIFTS = {"knee_raised", "leg_out", "leg_forward", "leg_back", "foot_off_ground", "limb_raised_angle"}
# ...and what lifts a hand off it ("on all fours, right arm up to the ceiling": the arm pointing up).
ARM_AIMS = {"segment_up", "segment_horizontal", "segment_forward", "limb_raised_angle"}
ARM_SEGMENTS = {"arm", "upper_arm"}  # (not the forearm: "forearms flat on the floor" keep the wrists down)


def all_fours_but_the_lifted_limbs(constraints: list[Constraint]) -> list[Constraint]:
    """On all fours, both hands and knees are down, except a limb the caption places elsewhere,
    before or after ("on all fours, right arm forward and left leg back": the bird dog)."""
    lifted = {("arm", c.side) for c in constraints if not c.negated and (c.kind in ARM_PLACE - {"wrist_on_ground"} or c.kind in ARM_AIMS and c.target in ARM_SEGMENTS)} | {
        ("leg", c.side) for c in constraints if not c.negated and c.kind in KNEE_LIFTS and (c.kind != "limb_raised_angle" or c.target == "leg")}
    return [c for c in constraints if not (
        "allfours" in c.phrase.split() and c.kind in ("wrist_on_ground", "knee_on_ground")
        and ("arm" if c.kind == "wrist_on_ground" else "leg", c.side) in lifted)]


def sided_over_either(constraints: list[Constraint]) -> list[Constraint]:
    """ "One knee, the right, is on the floor": a sided statement says more than "a knee"."""
    sided = {(c.kind, c.target, c.negated) for c in constraints if c.side in SIDE_WORDS}
    return [c for c in constraints if not (c.side == "either" and (c.kind, c.target, c.negated) in sided)]


def implied_posture(constraints: list[Constraint], ws: set[str]) -> list[Constraint]:
    """Postures the limbs imply: both knees on the ground kneel ("both knees down, sitting tall"
    kneels or sits on the heels); hips low over two bent knees squat."""
    postures = [c for c in constraints if c.kind == "posture" and not c.negated]
    kneel = {c.side for c in constraints if c.kind == "knee_on_ground" and not c.negated} >= {"left", "right"}
    hands_down = any(c.kind == "wrist_on_ground" and not c.negated for c in constraints) or bool(
        ws & {"palm", "palms", "hand", "hands"} and ws & {"floor", "ground", "mat"})
    if kneel and not postures:
        posture = "other|kneeling" if hands_down else "kneeling|sitting"  # knees and palms down: all fours
        return constraints + [Constraint("posture", target=posture, phrase="knees on the ground")]
    heel_sit = any(c.target == "kneeling|sitting" for c in postures)  # ("sitting on the floor in seiza, hips on the heels")
    if (kneel and not ws & SEATS or heel_sit) and any(c.target == "sitting" for c in postures):  # "sitting" on the knees
        return [c if c.target != "sitting" else Constraint("posture", target="kneeling|sitting", phrase=c.phrase)
                for c in constraints]
    bent = {c.side for c in constraints if c.kind in ("knee_bent", "knee_angle") and not c.negated} >= {"left", "right"} \
        or bool(ws & {"heels", "splayed"})
    low = ws & {"pelvis", "hips", "bottom", "buttocks", "seat", "bum"} and ws & {"low", "lowered", "sinks", "sink", "dropped", "drops", "sunk"}
    if bent and low and not postures:
        return constraints + [Constraint("posture", target="squatting|sitting|kneeling|other", phrase="hips low")]
    # (a straight leg's knee on the floor is a leg lying along it, as in a pigeon: no kneel)
    straight_legs = {c.side for c in constraints if c.kind == "knee_straight" and not c.negated}
    one_knee = any(c.kind == "knee_on_ground" and not c.negated and c.side in SIDE_WORDS and c.side not in straight_legs for c in constraints)
    if one_knee and not postures:  # "the right knee set on the floor, the left foot ahead"
        return constraints + [Constraint("posture", target="kneeling|lunging|other", phrase="a knee on the ground")]
    bends = any(c.kind == "torso_forward" and not c.negated and set(c.phrase.split()) & BEND_WORDS for c in constraints)
    straight = {c.side for c in constraints if c.kind == "knee_straight" and not c.negated} >= {"left", "right"}
    if bends and straight and not postures and not ws & SEATS:  # "hinges forward at the hips with straight legs": on the feet
        return constraints + [Constraint("posture", target="bending|standing", phrase="bent over straight legs")]
    return constraints


BEND_WORDS = {"bend", "bends", "bending", "bent", "hinge", "hinges", "hinging", "hinged", "fold", "folds", "folded", "foldforward"}


HEAD_ON_ARM = re.compile(
    r"\bhead (?:\w+ ){0,3}?(?:on|upon|onto|against) (?:the |his |her |their |your |its )?"
    r"(outstretched |stretched |stretched out |extended |straight |long |bent |folded |crooked )?(left|right) (?:upper)?arm\b"
    r"|\b(left|right) arm (?:is |lies |lying |rests |resting |stretched |extended |outstretched |tucked |folded |bent )*"
    r"(?:\w+ ){0,3}?(?:under|beneath|below) (?:the |his |her |their |your )?head\b")  # ("stretched along the floor under the head")


def arm_under_the_head(constraints: list[Constraint], text: str) -> list[Constraint]:
    """Lying on a side with the head on the arm underneath ("his head resting on his outstretched
    left arm", "the left arm stretched under the head like a pillow"): that arm reaches past the
    head along the floor (less far when it is bent)."""
    if not any(c.kind == "lying_on" and not c.negated and c.target in ("left", "right") for c in constraints):
        return constraints
    match = HEAD_ON_ARM.search(text)
    if not match:
        return constraints
    side = match.group(2) or match.group(3)
    # (the wrist "under the head" is where the arm lies, not a place of its own)
    kept = [c for c in constraints if not (c.kind == "wrist_below" and c.side == side and c.target == "head")]
    if any(c.kind in ARM_PLACE and c.side == side and not c.negated for c in kept):
        return constraints
    bent = bool(match.group(1) and match.group(1).strip() in ("bent", "folded", "crooked")) or " bent " in match.group(0)
    return kept + [Constraint("limb_raised_angle", side=side, target="arm", lo=100.0 if bent else 125.0, hi=180.0, phrase=match.group(0))]


def top_leg_lifted_sideways(constraints: list[Constraint]) -> list[Constraint]:
    """Lying on a side, the upper leg "lifted" goes up sideways (the foot of the upper leg is off
    the floor anyway): "on the left side with the right leg raised" is the right leg out."""
    down = [c.target for c in constraints if c.kind == "lying_on" and not c.negated and c.target in ("left", "right")]
    if not down:
        return constraints
    up = other_side(down[0])
    placed = any(c.kind in LEG_PLACE and c.side == up and not c.negated for c in constraints)
    out = []
    for c in constraints:
        if c.kind == "foot_off_ground" and c.side == up and not c.negated and not placed:
            c = Constraint("leg_out", up, phrase=c.phrase)
        out.append(c)
    return out


RAISED_UP = {"v", "overhead", "up", "upward", "upwards", "skyward", "above"}
HANGING = {"hang", "hangs", "hanging", "down", "downward", "downwards", "dangle", "dangles", "dangling"}


def raised_from_the_vertical(constraints: list[Constraint], words: set[str]) -> list[Constraint]:
    """ "Both arms raised in a V, each about 45 degrees from the vertical": an arm raised up is
    that far from the vertical above the shoulder, 135 degrees from hanging (an arm hanging "20
    degrees from vertical" is 20 from hanging, as read)."""
    if not words & RAISED_UP or words & HANGING:
        return constraints
    return [Constraint(c.kind, c.side, c.target, 180.0 - c.hi, 180.0 - c.lo, c.negated, c.phrase)
            if c.kind == "limb_raised_angle" and c.target in ("arm", "upper_arm") and "fromvertical" in c.phrase.split() else c
            for c in constraints]


DRAWN_IN = {"in", "inner", "inside", "against", "toward", "towards", "tucked", "tucks", "tuck", "tucking", "drawn", "draw", "draws"}


def seated_foot_at_the_other_leg(constraints: list[Constraint]) -> list[Constraint]:
    """A foot against the other thigh is up off the floor for a body on its feet (the tree pose),
    but a seated one draws its heel in along the floor ("sitting, the right heel drawn in toward
    the inner left thigh", "tucks the right foot in against the left thigh"); a foot set on the
    thigh or knee (half lotus, an ankle over the knee) stays up."""
    postures = [set((c.target or "").split("|")) for c in constraints if c.kind == "posture" and not c.negated]
    if not postures or not all(p <= {"sitting", "kneeling"} for p in postures):
        return constraints
    drawn_in = {(c.side, c.phrase) for c in constraints if c.kind == "foot_near" and not c.negated
                and set(c.phrase.split()) & DRAWN_IN and not set(c.phrase.split()) & {"on", "onto", "over", "top", "across"}}
    return [c for c in constraints if not (c.kind == "foot_off_ground" and not c.negated and (c.side, c.phrase) in drawn_in)]


def lying_hand_at_the_hip(constraints: list[Constraint]) -> list[Constraint]:
    """Lying on a side, "the left hand resting on the left hip" is the upper arm laid along the
    body, its hand at the hip with the elbow straight: near the hip, not a hand on the hip with
    the elbow bent out as when standing."""
    if not any(c.kind == "lying_on" and not c.negated and c.target in ("left", "right") for c in constraints):
        return constraints
    return [Constraint("hand_near", c.side, c.target, 0.32, phrase=c.phrase) if c.kind == "hand_on_hip" and not c.negated else c
            for c in constraints]


def deepest_bend(constraints: list[Constraint]) -> list[Constraint]:
    """"Bend forward and touch your toes": the fold (which may pass the horizontal) subsumes the
    lean (which stops short of it); keep only the deepest forward bend."""
    bends = [c for c in constraints if c.kind == "torso_forward" and not c.negated]
    if len(bends) < 2:
        return constraints
    deepest = max(bends, key=lambda c: c.lo)
    return [c for c in constraints if c.kind != "torso_forward" or c.negated or c is deepest]


def raise_of_a_bent_arm(constraints: list[Constraint]) -> list[Constraint]:
    """ "Arms raised 90 degrees to the sides with the elbows bent 90 degrees": with the elbow
    bent, the angle a raised arm makes is the upper arm's (the forearms then point up)."""
    bent = {c.side for c in constraints if not c.negated and (c.kind == "elbow_bent" or (c.kind == "elbow_angle" and c.hi <= 130))}
    constraints = [Constraint(c.kind, c.side, "upper_arm", c.lo, c.hi, c.negated, c.phrase)
                   if c.kind == "limb_raised_angle" and c.target == "arm" and c.side in bent else c for c in constraints]
    # "Arms out to shoulder height, then the elbows bent so the forearms point straight up" (goal
    # posts): the elbow is at shoulder height, the hand above it.
    up = {side for c in constraints if c.kind in ("segment_up", "segment_vertical") and c.target == "forearm" and not c.negated
          for side in (("left", "right") if c.side == "either" else (c.side,))}
    return [Constraint("segment_horizontal", c.side, "upper_arm", phrase=c.phrase)
            if c.kind == "wrist_at_shoulder_height" and not c.negated and c.side in up else c for c in constraints]
