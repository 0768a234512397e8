"""Caption -> constraints (posegen.constraints): what a description requires of a pose.

Follows the structure of a description rather than single words: the text is
cut into clauses ("while", "with", "and", ",", ";"); in each clause the first
arm or leg word with its side is the subject, body parts after a preposition
("on the left knee", "touching the head") are targets, and direction, height,
contact, amount ("slightly", "90 degrees") and negation ("without", "not")
words turn into constraints on the subject (posegen.caption_limbs). Postures
("sitting", "kneeling"), torso phrases ("leaning forward") and the head's pitch
("chin down") need no subject. Styles: third person, imperative ("Raise your
left hand"), body part first ("The right knee is bent"), progressive, passive
and first person ("my" reads as "your") read the same, since only the words matter.

Clauses come from posegen.caption_clauses; afterwards the whole caption's constraints
are settled (posegen.caption_whole): a later clause that places a limb replaces
what an earlier one said about its place, and a fold subsumes a lean. Only what the joints can show is read; head
turns, hand shapes and objects are not checkable and are listed as unchecked. A
caption with no checkable phrase gets no constraints (its agreement is empty, not 1).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from posegen.caption_text import (
    LIMB_ACTIONS,
    LIMB_ADJECTIVES,
    ARM_WORDS,
    TOGETHER,
    BENT,
    DOWN,
    FORWARD,
    LEG_WORDS,
    NEGATIONS,
    DEMONSTRATIVES,
    FILLER,
    Part,
    RAISE,
    SEATS,
    SIDE_WORDS,
    SLIGHT,
    STRAIGHT,
    TARGET_WORDS,
    after_preposition,
    angle_of,
    find_parts,
    first_index,
    is_negated,
    own_words,
    normalise,
    sides_of,
    touches_floor,
)
from posegen.caption_clauses import merged_clauses, resolve_one
from posegen.caption_whole import ARCH_WORDS, implied_posture, settle
from posegen.caption_limbs import arm_constraints, leg_constraints, negate
from posegen.constraints import Constraint
from posegen.skeleton import other_side


@dataclass(frozen=True)
class CaptionReading:
    caption: str
    constraints: tuple[Constraint, ...]
    checked: tuple[str, ...]  # clauses that gave constraints
    unchecked: tuple[str, ...]  # clauses with words but nothing checkable

    @property
    def checkable(self) -> bool:
        return bool(self.constraints)


HOLDING = {"hold", "holds", "holding", "held", "keep", "keeps", "keeping", "kept"}
MOVING = {"reach", "reaches", "reaching", "raise", "raises", "raising", "lift", "lifts", "lifting", "stretch", "stretches",
          "stretching", "extend", "extends", "extending", "swing", "swings", "swinging", "bring", "brings", "bringing"}
LOWERING = {"lower", "lowers", "lowering", "lowered", "drop", "drops", "dropping", "sink", "sinks", "sinking", "come", "comes", "coming", "go", "goes", "going"}
# "... and grip your left shoulder": the hand of the clause before takes hold.
GRIPS = {"grip", "grips", "gripping", "grab", "grabs", "grabbing", "grasp", "grasps", "grasping", "hold", "holds",
         "holding", "touch", "touches", "touching", "cup", "cups", "cupping", "clutch", "clutches",
         "support", "supports", "supporting", "brace", "braces", "bracing", "cradle", "cradles", "cradling"}
SQUAT = {"squat", "squats", "squatting", "squatted"}
POSTURE_VERBS = {"sit", "sits", "sitting", "seated", "sat", "lie", "lies", "lying", "laying", "lay", "rest", "rests",
                 "resting", "stand", "stands", "standing", "kneel", "kneels", "kneeling", "onbody"}


def _lays_a_limb(words: list[str], parts: list[Part]) -> bool:
    """ "Lay your right hand on the crown": lay with a limb as its object."""
    for i, w in enumerate(words):
        if w in ("lay", "lays", "laying", "laid") and any(i < p.position <= i + 4 for p in parts if p.word in ARM_WORDS | LEG_WORDS):
            return True
    return False


def _whole_body(words: list[str], ws: set[str], parts: list[Part]) -> list[Constraint]:
    """Postures and the torso: need no subject."""
    out: list[Constraint] = []
    supports = _supports(words, parts)
    has_arm = any(p.word in ARM_WORDS and p not in supports for p in parts)
    limbs = [p for p in parts if p.word in ARM_WORDS | LEG_WORDS and p.preposition is None]
    # "The hands sit on the hips", "both shins lie flat on the mat": the verb is the limb's.
    verb = first_index(words, POSTURE_VERBS)
    arm_first = bool(limbs) and verb < len(words) and limbs[0].position < verb
    if arm_first:
        pass
    elif ws & SQUAT and ws & {"halfway", "half", "partway", "quarter", "slightly", "slight", "shallow", "mini"}:
        # a half squat stops with the pelvis well above a squat's (a chair pose, "standing" on wide feet)
        out.append(Constraint("posture", target="squatting|standing|bending|other"))
    elif ws & SQUAT:
        out.append(Constraint("posture", target="squatting"))  # "sits in a deep squat"
    elif ws & {"sit", "sits", "sitting", "seated", "sat", "crosslegged", "perch", "perches", "perched", "perching"}:
        out.append(Constraint("posture", target="sitting|squatting" if ws & {"floor", "ground"} and ws & {"knee", "knees"} else "sitting"))
    elif "heelsit" in ws:
        out.append(Constraint("posture", target="kneeling|sitting"))
    elif "allfours" in ws:
        out.append(Constraint("posture", target="other|kneeling"))
        # On all fours is on both hands and both knees, however it was worded.
        out.extend(Constraint(kind, side=s) for kind in ("knee_on_ground", "wrist_on_ground") for s in ("left", "right"))
    elif ws & PLANKS and first_index(words, PLANKS) < first_index(words, NEGATIONS):  # (not "not lifted into a plank")
        out.append(Constraint("torso_horizontal"))  # the body held straight over the floor
    elif ws & {"kneel", "kneels", "kneeling", "knelt", "genuflect", "genuflecting"}:
        out.append(Constraint("posture", target="kneeling"))
        for part in parts:
            if part.word == "knee":
                out.extend(Constraint("knee_on_ground", side=s) for s in sides_of(part.side))
    elif ws & {"crouch", "crouches", "crouching", "crouched", "hunkered"}:
        # (a slight crouch is a stance with the knees flexed, still on the feet)
        slight = bool(ws & {"slightly", "slight", "little", "bit", "half"})
        out.append(Constraint("posture", target="squatting|kneeling|bending" + ("|standing" if slight else "")))
    elif ws & {"recline", "reclines", "reclining", "reclined"} and not "onbody" in ws:
        out.append(Constraint("posture", target="lying|sitting"))
    elif (ws & {"lie", "lies", "lying", "laying", "lay", "sprawled"} or "onbody" in ws) and not arm_first and not _lays_a_limb(words, parts):
        out.append(Constraint("posture", target="lying"))
        for token, face in (("onback", "back"), ("onfront", "front"), ("onsideleft", "left"), ("onsideright", "right")):
            if token in ws:
                out.append(Constraint("lying_on", target=face))
    elif ws & {"lunge", "lunges", "lunging", "lunged"}:
        out.append(Constraint("posture", target="lunging|kneeling"))
        side = next((w for w in words if w in SIDE_WORDS), None)
        if "sideways" in ws and side:  # "a side lunge to the right": that knee bends, the other leg is long
            other = other_side(side)
            out += [Constraint("knee_bent", side=side), Constraint("knee_straight", side=other)]
            return out
        for part in parts:  # "a lunge on the left leg", "lunging with the right leg forward"
            # (a knee leads when it is bent or forward: "the right knee doesn't touch the ground" is the back one)
            if part.word in ("leg", "foot", "knee") and part.side in SIDE_WORDS and not ws & {"back", "behind", "rear", "sideways"} \
                    and not (part.word == "knee" and not ws & (BENT | FORWARD | {"infront", "front", "leading", "lead"})):
                out.append(Constraint("foot_ahead", side=part.side))
                break
    elif ws & {"step", "steps", "stepping", "stride", "striding", "walk", "walking", "walks"} and not ws & {"onbody"} \
            and not any(p.word in ARM_WORDS for p in parts):  # ("walk your hands forward on the floor")
        out.append(Constraint("posture", target="standing|lunging|bending|kneeling|squatting"))  # (a step sets a stance, however low)
        legs = [p for p in parts if p.word in LEG_WORDS]
        side = next((w for w in words[first_index(words, {"step", "steps", "stepping", "stride", "striding"}):] if w in SIDE_WORDS), None)
        if not legs and side and ws & {"sideways", "wide", "out", "to"}:
            out.append(Constraint("leg_out", side=side))  # "steps wide to the left": that leg goes out
    elif not has_arm and ((words and words[0] in ("on", "down", "up")) or "on" in words[:2] or ws & ({"down", "rest", "rests", "resting", "upright", "tall"} | LOWERING)
                          or (ws & {"torso", "body", "trunk"} and not any(p.preposition is None and p.word != "knee" for p in parts))) and any(
        p.word == "knee" and p.preposition in ("on", "onto", "upon") for p in parts
    ) and not any(p.preposition is None and TARGET_WORDS.get(p.word) == "head" for p in parts):  # (a chin resting on the knees)
        out.append(Constraint("posture", target="kneeling"))  # "down on both knees"
        for part in parts:
            if part.word == "knee":
                out.extend(Constraint("knee_on_ground", side=s) for s in sides_of(part.side))
    elif ws & {"stand", "stands", "standing", "stood"} or any(p.word == "foot" and p.side == "both" and p.preposition == "on" for p in parts) and ws & {
            "stay", "stays", "staying", "remain", "remains", "get", "gets", "back", "up", "steady"} or (
        ws & {"balance", "balancing", "balances"} and "on" in ws and any(p.word in ("leg", "foot") for p in parts)
        and not any(p.word in ARM_WORDS for p in supports)  # (on the hands and a foot: no stance)
    ):
        if ws & {"handstand"}:
            return out
        out.append(Constraint("posture", target="standing|bending|lunging"))
        for part in parts:
            if part.preposition != "on":
                continue
            if part.word in ("leg", "foot") and part.side in ("left", "right", "either"):
                if part.side == "either":
                    out.append(Constraint("foot_off_ground", side="either"))
                else:
                    out.append(Constraint("foot_on_ground", side=part.side))
                    out.append(Constraint("foot_off_ground", side=other_side(part.side)))
                break
    if "trunkflat" in ws and not is_negated(words):
        out.append(Constraint("torso_horizontal"))  # "the chest almost parallel to the floor"
    for side in ("left", "right"):
        if f"weighton{side}" in ws:  # "the weight is on the left leg"
            out.append(Constraint("foot_on_ground", side=side))
    # "chin on both hands", "head resting in the hands": the hands hold the head.
    if any(TARGET_WORDS.get(p.word) == "head" and p.preposition is None for p in parts):
        for hand in (p for p in parts if p.word in ("hand", "palm", "fist") and p.preposition in ("on", "in", "upon", "onto")):
            out += [Constraint("hand_near", side=s, target="head", lo=0.32) for s in sides_of(hand.side)]
    # Knees or shins hugged, arms wrapped around them: the hands hold the knees.
    if ws & {"hug", "hugs", "hugging", "hugged", "wrapped", "wrap", "wraps", "wrapping"} and not arm_first:
        for part in parts:
            if part.word in ("knee", "shin") and part.side in ("both", None):
                out += [Constraint("hand_near", side=s, target="SAME_knee", lo=0.32) for s in ("left", "right")]
                break
            if part.word == "knee" and part.side in SIDE_WORDS and not has_arm and ws & {"hug", "hugs", "hugging", "hugged"}:
                # "hug your right knee in to your chest": both arms go round that knee
                out += [Constraint("hand_near", side=s, target=f"{part.side}_knee", lo=0.32) for s in ("left", "right")]
                break
    # A knee hugged, pulled or drawn to the chest, up to hip height, or up.
    if ws & {"hug", "hugs", "hugging", "clasp", "clasping", "pull", "pulls", "pulling", "draw", "draws", "drawing", "hold", "holding"}:
        for part in parts:
            if part.word == "knee" and part.side in SIDE_WORDS and (
                    ws & {"chest", "hipheight"} or words[part.position + 1 : part.position + 2] == ["up"]):
                out.append(Constraint("knee_raised", side=part.side))
    if ws & {"floor", "ground", "mat"} and "on" in ws:
        for part in parts:
            if part.word in ("shoulder", "hip", "head", "forehead") and part.preposition is None:
                for s in sides_of(part.side) if part.word not in ("head", "forehead") else (None,):
                    joint = "head" if part.word in ("head", "forehead") else f"{s}_{part.word}" if s in SIDE_WORDS else None
                    if joint:
                        out.append(Constraint("joint_on_ground", target=joint))
    if "tpose" in ws:
        out += [Constraint(kind, side=s) for s in ("left", "right") for kind in ("arm_out", "wrist_at_shoulder_height")]
    if not has_arm:
        out += _head(ws)
    torso_word = bool(ws & {"torso", "body", "trunk", "back", "spine", "waist", "chest", "hip", "hips"}) or not parts
    if "head" in ws and not ws & {"torso", "body", "trunk", "spine", "waist", "hip", "hips"}:
        torso_word = False  # "the head tipped back": the head's lean, not the torso's
    lean_words = {"lean", "leans", "leaning", "leaned", "tilt", "tilted", "tilting", "tilts", "bend", "bends", "bending", "bent",
                  "hunch", "hunches", "hunched", "hunching", "stoop", "stoops", "stooped", "stooping", "ease", "eases", "easing",
                  "incline", "inclined", "inclining", "hinge", "hinges", "hinging", "hinged", "tip", "tips", "tipped", "tipping"}
    limb_positions = {p.position for p in parts if p.word in ARM_WORDS | LEG_WORDS}
    if "sideways" in ws:
        lean_words = lean_words | {"stretch", "stretches", "stretching", "stretched"}  # "a side stretch to the right"
    lean = {w for i, w in enumerate(words) if w in lean_words and not limb_positions & {i + 1, i + 2, i + 3}}
    turning = {"twist", "twists", "twisting", "twisted", "turn", "turns", "turning", "turned", "rotate", "rotates", "rotating", "rotated", "rotation"}
    if ws & {"torso", "trunk"} and not limb_positions and not ws & turning:
        lean = lean or {"lean"}  # "the upper body backward"
    fold = "foldforward" in ws and not any(p < words.index("foldforward") for p in limb_positions)
    bowing = ws & (BOWS - {"bow"}) or ("bow" in ws and words[max(words.index("bow") - 1, 0)] not in ("a", "the", "his", "her", "their", "your", "and"))
    # "the head bowed", "bows his head": the head alone (the trunk bows with "bowing deeply", "bows forward").
    bowing = bowing and not (ws & {"head", "chin", "neck"} and not ws & {"forward", "deeply", "waist", "hips", "torso", "trunk", "body"})
    bowing = bowing and "sideways" not in ws  # "bowed to the right like a crescent": a side bend
    if fold or bowing or "touchtoes" in ws:
        out.append(Constraint("torso_forward", lo=30.0))
    elif lean and torso_word and not has_arm and ws & FORWARD:
        angle = angle_of(ws)
        if angle is not None:
            out.append(Constraint("torso_angle", lo=angle - 20.0, hi=angle + 20.0))
        else:
            out.append(Constraint("torso_forward", lo=8.0 if ws & SLIGHT else 15.0))
    elif lean and torso_word and not has_arm and _backwards(words) and not ws & {"forward"}:
        out.append(Constraint("torso_back"))
    elif (lean and torso_word and not has_arm and not parts) and ws & ({"sideways"} | SIDE_WORDS):
        side = "left" if "left" in ws else "right" if "right" in ws else "either"
        out.append(Constraint("torso_sideways", side=side))
    elif ws & ARCH_WORDS and ws & {"back", "backward", "backwards", "spine"}:
        out.append(Constraint("torso_back"))
    elif ws & {"upright", "erect"} and (torso_word and not limb_positions or ws & {"torso", "trunk", "back", "spine", "body"}):
        out.append(Constraint("torso_upright"))
    elif ws & {"straight", "tall"} and ws & {"back", "spine", "torso", "trunk"} and not limb_positions and not ws & (lean_words | {"lie", "lies", "lying", "onbody"}):
        out.append(Constraint("torso_upright"))  # "the back straight": unless it bends (read_caption)
    level = "shoulderheight" in ws or "trunkflat" in ws or ("flat" in ws and ws & {"back", "spine"} and not ws & {"onbody", "lie", "lies", "lying"})
    if (fold or lean and torso_word and ws & FORWARD) and not has_arm and level:
        # "back parallel to the floor", "folded forward until almost horizontal", "until the back is flat"
        out = [c for c in out if c.kind not in ("torso_forward", "torso_horizontal")] + [Constraint("torso_angle", lo=60.0, hi=110.0)]
    for part in supports:  # "balances on both hands and the left foot": each is on the floor
        out.extend(Constraint(ON_THE_FLOOR[part.word], side=s) for s in sides_of(part.side))
    return out


# A body carried by parts: "balances on both hands and the left foot", "his weight on the left leg";
# it may also rest or be propped on them, and stand or kneel on a leg.
CARRIED = {"balance", "balances", "balancing", "balanced", "weight", "stand", "stands", "standing", "stood", "hopping", "hops"}
SUPPORT_VERBS = CARRIED | {"propped", "props", "supported", "supports", "rest", "rests", "resting", "rested"}
STOOD_ON = CARRIED | {"kneel", "kneels", "kneeling", "knelt"}  # ("rests on" is also where a hand rests)
FLOORS = {"floor", "ground", "mat"}
ON_THE_FLOOR = {"hand": "wrist_on_ground", "palm": "wrist_on_ground", "forearm": "wrist_on_ground", "foot": "foot_on_ground",
                "knee": "knee_on_ground"}


def _supports(words: list[str], parts: list[Part]) -> list[Part]:
    """The parts listed after "balances on", "propped on", "supported on" ("on both hands and the
    left foot", "on the knees and forearms") with the body as the subject, when every part of the
    list is one that can carry the body on the floor; empty otherwise."""
    at = next((i for i in range(1, len(words)) if words[i] in ("on", "upon") and words[i - 1] in SUPPORT_VERBS), None)
    if at is None or any(p.position < at for p in parts):
        return []  # ("the hands rest on the knees": the hands' place; "the chin rested on the palm")
    listed, end = [], at
    for part in sorted((p for p in parts if p.position > at), key=lambda p: p.position):
        if any(w not in FILLER and w not in ("and", "on") for w in words[end + 1 : part.position]):
            break
        listed.append(part)
        end = part.position
    after = [w for w in words[end + 1 :] if w not in FILLER]
    # the list ends the clause or is "on the floor" ("rest your weight on your hands at the knees": on the knees)
    grounded = not after or after[0] == "and" or after[0] in FLOORS or (after[0] == "on" and bool(set(after[1:2]) & FLOORS))
    return listed if listed and grounded and all(p.word in ON_THE_FLOOR for p in listed) else []


def _backwards(words: list[str]) -> bool:
    """ "leans back", "backwards": a direction; "until the back is flat": the body part."""
    return any(w in ("backward", "backwards") or (w == "back" and (i == 0 or words[i - 1] not in DETERMINERS))
               for i, w in enumerate(words))


BOWS = {"bow", "bows", "bowing", "bowed"}
DETERMINERS = {"the", "his", "her", "their", "your", "its", "a", "my", "whole", "upper", "lower", "straight", "flat"}
LOOK = {"look", "looks", "looking", "gaze", "gazes", "gazing", "eyes", "stare", "stares", "staring", "glance", "glancing"}
HEAD_DOWN = {"down", "downward", "downwards", "floor", "ground", "feet", "chest", "lowered", "drops", "dropped", "drop",
             "tucked", "tuck", "tucks", "hangs", "hanging", "hung"} | BOWS
HEAD_UP = {"up", "upward", "upwards", "sky", "ceiling", "overhead", "lifted", "raised", "raises", "lifts"}
TIPPED = {"tipped", "tilted", "thrown", "tips", "tilts", "drops", "dropped", "falls", "fallen", "leans", "leaning", "tipping", "tilting",
          "throws", "throwing", "tip", "tilt", "drop", "fall", "falling", "lean", "let", "lets"}


def _head(ws: set[str]) -> list[Constraint]:
    """Where the head looks: "chin down", "looking at the floor", "head tipped back", "chin up"."""
    chin, head, look = "chin" in ws, "head" in ws, bool(ws & LOOK)
    # ("folded until her head hangs lower than her hips": where the head is, not its tilt)
    below_the_hips = bool(ws & {"lower", "below", "beneath", "under"} and ws & {"hip", "hips", "waist", "knees", "knee"})
    if (chin or look or head) and ws & HEAD_DOWN and not ws & HEAD_UP and not below_the_hips and (
            chin or look or ws & (BOWS | {"lowered", "hangs", "hanging", "drops", "dropped"})):
        return [Constraint("head_down")]
    if (chin or look) and ws & HEAD_UP and not ws & HEAD_DOWN:
        return [Constraint("head_up")]
    if head and ws & {"back", "backward", "backwards"} and ws & TIPPED:
        return [Constraint("head_up")]  # "the head tipped back", "tipping his head backward"
    return []


def _negated_constraints(words, ws, parts, subjects, targets, found) -> list[Constraint]:
    """A negation covers what follows it: "the right leg is not bent" negates only "bent".

    Constraints that the words before the negation give on their own stay as they are;
    "not ... either side" ("no hand", "neither arm") means both sides, and a bare
    negation about an unnamed side is too vague to check and is dropped.
    """
    cut = first_index(words, NEGATIONS)
    before = words[:cut]
    stated = list(_whole_body(before, set(before), parts))
    early = [t for t in targets if t.position < cut]
    for subject in subjects:
        stated += (arm_constraints if subject.word in ARM_WORDS else leg_constraints)(before, set(before), subject, early)
    kept = {c.key() for c in stated}
    # "not with both feet down" says one of them is up, not which: too vague to check per side.
    not_both = "both" in words[cut:] and any(p.side == "both" and p.position > cut for p in subjects) \
        and not ws & {"neither", "nor", "no", "none"}
    out = []
    for c in found:
        if c.key() in kept or c.kind == "posture":
            out.append(c) if c.key() in kept else None
            continue
        if not_both and c.side in ("left", "right"):
            continue
        if "allfours" in words[cut:] and c.kind in ("knee_on_ground", "wrist_on_ground"):
            continue  # "not on all fours" says not on all four together, not which one is up
        joint_named = bool(ws & {"elbow", "elbows", "knee", "knees", "bent", "bend", "bends", "bending"})
        if c.kind in ("elbow_straight", "knee_straight") and not joint_named and ws & {"overhead", "vertical", "up"}:
            continue  # "neither arm is straight overhead": no arm overhead, whatever its elbow does
        negated = negate(c, joint_named=joint_named)
        if c.side == "either":
            if ws & {"neither", "no", "none", "nor"}:
                out.extend(Constraint(negated.kind, s, c.target, c.lo, c.hi, negated.negated, c.phrase) for s in ("left", "right"))
            continue
        out.append(negated)
    # What the words before the negation state stays even where the whole clause reads
    # otherwise: "the chin is lifted rather than tucked", "arms raised, not lowered".
    given = {c.key() for c in out}
    out += [c for c in dict.fromkeys(stated) if c.kind != "posture" and c.key() not in given]
    return out


# Readings of this process, by caption (captions repeat); a job's generation can hand
# them to its curation (posegen.reading_store) through known_readings/add_readings.
_READINGS: dict[str, CaptionReading] = {}
_READINGS_KEPT = 20000


def read_caption(caption: str) -> CaptionReading:
    """The constraints a caption puts on a pose."""
    reading = _READINGS.get(caption)
    if reading is None:
        if len(_READINGS) >= _READINGS_KEPT:
            _READINGS.clear()
        reading = _READINGS[caption] = _read_caption(caption)
    return reading


def known_readings(captions) -> dict[str, CaptionReading]:
    """The readings this process already made of ``captions`` (none is made here)."""
    return {caption: _READINGS[caption] for caption in captions if caption in _READINGS}


def add_readings(readings: dict[str, CaptionReading]) -> None:
    """Readings made elsewhere of the same code (posegen.reading_store), used as this process's own."""
    for caption, reading in readings.items():
        if len(_READINGS) >= _READINGS_KEPT:
            break
        _READINGS.setdefault(caption, reading)


def _read_caption(caption: str) -> CaptionReading:
    constraints: list[Constraint] = []
    checked, unchecked = [], []
    last_side: list[str | None] = [None]
    previous_subjects: list[Part] = []
    last_limb: list[str] = ["arm"]
    previous_negated = False
    upright_body = False
    text = normalise(caption)
    for words in merged_clauses(text):
        words = resolve_one(words, last_limb)
        ws = set(words)
        parts = find_parts(words, last_side)
        subjects = [p for p in parts if p.word in ARM_WORDS | LEG_WORDS and p.preposition != "of" and not after_preposition(words, p)]
        if not subjects:  # "holds the left arm out", "reach your left arm overhead": the limb moved is the subject
            subjects = [p for p in parts if (p.word in ARM_WORDS | {"leg"} and p.preposition in HOLDING | MOVING)
                        or (p.word in ("knee", "foot", "thigh") and p.preposition in MOVING)]
        # One subject per limb word family and side ("the left hand ... the left arm" is one subject).
        subjects = list({(p.word in ARM_WORDS, p.side): p for p in subjects}.values())
        if not subjects and previous_subjects and not parts and not ws & {"back", "torso", "spine", "body", "trunk", "head", "neck", "chest"} \
                and not ws & (POSTURE_VERBS | LOOK | TORSO_BENDS | SQUAT | {"upright", "tall"}) and len(words) <= (3 if is_negated(words) else 6) \
                and (ws & (BENT | STRAIGHT | RAISE | DOWN | HEIGHTS | TOGETHER | {"behindback", "behindhead", "sideways"} | FORWARD) or angle_of(ws) is not None):
            # "the left arm is bent and raised", "the arm out, 45 degrees above horizontal",
            # "spread wide and held a little above shoulder height" (not "his back straight")
            subjects = previous_subjects
        elif not subjects and previous_subjects and not parts and len(words) <= 5 and words[0] in RESTING_ON and touches_floor(words):
            subjects = previous_subjects  # "the right knee is bent and resting on the floor"
        elif not subjects and previous_subjects and words[0] in LIMB_ACTIONS and all(p.preposition for p in parts) \
                and all(p.word in ARM_WORDS for p in previous_subjects) and words[0] not in POSTURE_VERBS:
            subjects = previous_subjects  # "straighten your left arm and point at the ground": the arm points
        # "The right arm is raised but the elbow is not straight": that arm's elbow.
        subjects = [_side_from(p, words, parts, previous_subjects) if any(p is q for q in parts) else p for p in subjects]
        # "The left hand is not on the head but on the left knee": the place goes to the hand before.
        inherited = (not subjects and bool(previous_subjects) and (words[:1] in (["on"], ["onto"], ["at"], ["against"]) or words[0] in GRIPS)
                     and bool(parts) and all(p.word in TARGET_WORDS for p in parts)
                     and all(p.word in ARM_WORDS for p in previous_subjects))
        # ("higher than the left hand": a comparison, no contact)
        targets = [p for p in parts if p not in subjects and p.word in TARGET_WORDS and after_preposition(words, p) and p.preposition != "than"
                   and not _a_support(words, p)]
        # "extends her right leg and slides her right hand down to that knee": the right knee
        targets = [_side_from(p, words, parts, previous_subjects) if p.position and words[p.position - 1] in DEMONSTRATIVES else p
                   for p in targets]
        if inherited:
            subjects = previous_subjects
            found = []
            for subject in subjects:
                found += arm_constraints(words, ws, subject, targets)
        else:
            found = _whole_body(words, ws, parts)
            for subject in subjects:
                own = own_words(words, parts, subject)
                found += (arm_constraints if subject.word in ARM_WORDS else leg_constraints)(own, set(own), subject, targets)
        if subjects:
            previous_subjects = subjects
        phrase = " ".join(w for w in words if w != "and")
        # "upright", "stands tall", "erect" with no limb as the subject: the body is
        upright_body |= bool(ws & {"upright", "tall", "erect"} and not subjects) and not is_negated(words)
        # "not sitting, crouching or kneeling": the list after a negation is negated too.
        listed = previous_negated and ws & {"or", "nor"} and not subjects
        if is_negated(words) or listed:
            found = _negated_constraints(words if not listed else ["not", *words], ws, parts, subjects, targets, found)
        previous_negated = is_negated(words) or bool(listed)
        found = [Constraint(c.kind, c.side, c.target, c.lo, c.hi, c.negated, phrase) for c in found]
        (checked if found else unchecked).append(phrase)
        constraints.extend(found)
    all_words = set(re.findall(r"[a-z0-9]+", text))
    if "crosslegged" in all_words:  # the ankles of a cross-legged seat cross either way
        constraints = [c for c in constraints if not (c.kind == "foot_crossed_in_front" and c.side == "either")]
    constraints = implied_posture(constraints, all_words)
    # "The body is held upright", "stays upright": on the feet, when nothing names a posture
    # and nothing to sit on ("perches upright on a stool", "drops the seat low").
    # (not "on the floor, spine tall": a seat on the floor, as likely as a stance)
    if upright_body and not any(c.kind == "posture" for c in constraints) and not all_words & (SEATS | {"floor", "ground", "mat"}):
        # (knees bent under an upright trunk may sink as low as a squat: "knees bent, trunk upright")
        knees_bent = any(c.kind in ("knee_bent", "knee_angle") and not c.negated and c.hi < 140 for c in constraints) or bool(
            all_words & {"lower", "lowers", "lowered", "lowering", "sink", "sinks", "sank", "sinking"} and all_words & {"hips", "pelvis", "seat", "bottom"})
        constraints.append(Constraint("posture", target="standing|bending|lunging" + "|squatting" * knees_bent, phrase="upright"))
    if any(c.kind in ("torso_forward", "torso_back", "torso_angle") and not c.negated for c in constraints):
        # "bend forward, back straight": a straight back that bends is not upright
        constraints = [c for c in constraints if not (c.kind == "torso_upright" and not {"upright", "erect"} & set(c.phrase.split()))]
    return CaptionReading(caption, tuple(settle(constraints, text, all_words)), tuple(checked), tuple(u for u in unchecked if u))


def _a_support(words: list[str], part: Part) -> bool:
    """ "A man standing on his right leg holds his left knee": the leg stood on is no place for a
    hand (nor is the foot the weight is on)."""
    if part.preposition not in ("on", "upon") or part.word not in LEG_WORDS:
        return False
    at = max((i for i in range(max(part.position - 6, 0), part.position) if words[i] == part.preposition), default=-1)
    return at > 0 and bool(set(words[max(at - 2, 0) : at]) & STOOD_ON)


RESTING_ON = {"resting", "rests", "rest", "touching", "touches", "pressed", "presses", "planted", "placed", "set"}
PLANKS = {"plank", "planks", "planking", "pushup"}
HEIGHTS = {"aboveshoulderheight", "shoulderheight", "chestheight", "abovehorizontal", "belowhorizontal", "overhead", "hipheight"}
TORSO_BENDS = {"bend", "bends", "bending", "lean", "leans", "leaning", "leaned", "leant", "tilt", "tilts", "tilting", "tilted", "tip", "tips",
               "tipping", "tipped", "hinge", "hinges", "hinging", "hinged", "fold", "folds", "folding"}


def _side_from(part: Part, words: list[str], parts: list[Part], previous: list[Part]) -> Part:
    """ "the elbow" after "the right arm" is that arm's elbow, and so is a bare "foot" in "the
    left leg held out, foot off the ground" (not "an elbow", "a foot"): the side of the nearest
    limb of the same family named before it, in the clause or else in the clause before."""
    before = part.position - 1
    while before >= 0 and words[before] in LIMB_ADJECTIVES:  # "that bent leg"
        before -= 1
    if part.side != "either" or (part.position and (before < 0 or words[before] not in ("the", "its", "that"))):
        return part
    same = [p for p in parts if p.position < part.position and (p.word in ARM_WORDS) == (part.word in ARM_WORDS)
            and p.word in ARM_WORDS | LEG_WORDS]
    if not same:
        same = [p for p in previous if (p.word in ARM_WORDS) == (part.word in ARM_WORDS)]
        if len({p.side for p in same}) != 1:
            return part
    if same[-1].side not in SIDE_WORDS:
        return part
    return Part(part.word, same[-1].side, part.position, part.preposition)
