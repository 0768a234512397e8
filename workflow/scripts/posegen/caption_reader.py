"""Caption -> constraints (posegen.constraints): what a description requires of a pose.

Follows the structure of a description rather than single words: the text is
cut into clauses ("while", "with", "and", ",", ";"); in each clause the first
arm or leg word with its side is the subject, body parts after a preposition
("on the left knee", "touching the head") are targets, and direction, height,
contact, amount ("slightly", "90 degrees") and negation ("without", "not")
words turn into constraints on the subject (posegen.caption_limbs, posegen.caption_legs). Postures
("sitting", "kneeling"), torso phrases ("leaning forward") and the head's pitch
("chin down") need no subject (posegen.caption_body). Styles: third person, imperative ("Raise your
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

from posegen.caption_amounts import angle_of
from posegen.caption_text import (
    APART,
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
    PLURALS,
    Part,
    RAISE,
    SEATS,
    SIDE_WORDS,
    STRAIGHT,
    TARGET_WORDS,
    after_preposition,
    find_parts,
    first_index,
    is_negated,
    own_words,
    touches_floor,
)
from posegen.caption_tokens import normalise
from posegen.caption_clauses import merged_clauses, resolve_one
from posegen.caption_body import LOOK, POSTURE_VERBS, SQUAT, STOOD_ON, whole_body
from posegen.caption_whole import implied_posture, settle
from posegen.caption_legs import leg_constraints
from posegen.caption_limbs import arm_constraints, negate
from posegen.constraints import Constraint


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
# "... and grip your left shoulder": the hand of the clause before takes hold.
GRIPS = {"grip", "grips", "gripping", "grab", "grabs", "grabbing", "grasp", "grasps", "grasping", "hold", "holds",
         "holding", "touch", "touches", "touching", "cup", "cups", "cupping", "clutch", "clutches",
         "support", "supports", "supporting", "brace", "braces", "bracing", "cradle", "cradles", "cradling",
         "catch", "catches", "catching", "seize", "seizes", "seizing"}


def _negated_constraints(words, ws, parts, subjects, targets, found) -> list[Constraint]:
    """A negation covers what follows it: "the right leg is not bent" negates only "bent".

    Constraints that the words before the negation give on their own stay as they are;
    "not ... either side" ("no hand", "neither arm") means both sides, and a bare
    negation about an unnamed side is too vague to check and is dropped.
    """
    cut = first_index(words, NEGATIONS)
    before = words[:cut]
    stated = list(whole_body(before, set(before), parts))
    early = [t for t in targets if t.position < cut]
    for subject in subjects:
        stated += (arm_constraints if subject.word in ARM_WORDS else leg_constraints)(before, set(before), subject, early)
    kept = {c.key() for c in stated}
    # "not with both feet down" says one of them is up, not which: too vague to check per side.
    # (nor is "not kneeling on both knees": the parts a posture word puts down are no subject)
    after = words[cut:]
    both_parts = any(w == "both" and n in PLURALS for w, n in zip(after, after[1:]))
    not_both = "both" in after and (any(p.side == "both" and p.position > cut for p in subjects) or both_parts) \
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
            if ws & {"neither", "no", "none", "nor", "either"}:  # ("don't lift either leg": neither)
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
        subjects = [p for p in parts if p.word in ARM_WORDS | LEG_WORDS and p.preposition != "of" and not after_preposition(words, p)
                    and not _in_front_of(words, p)]
        if not subjects:  # "holds the left arm out", "reach your left arm overhead": the limb moved is the subject
            subjects = [p for p in parts if (p.word in ARM_WORDS | {"leg"} and p.preposition in HOLDING | MOVING)
                        or (p.word in ("knee", "foot", "thigh") and p.preposition in MOVING)]
        # One subject per limb word family and side ("the left hand ... the left arm" is one subject).
        subjects = list({(p.word in ARM_WORDS, p.side): p for p in subjects}.values())
        if not subjects and previous_subjects and not parts and not ws & {"back", "torso", "spine", "body", "trunk", "head", "neck", "chest"} \
                and not ws & (POSTURE_VERBS | LOOK | TORSO_BENDS | SQUAT | {"upright", "tall"}) and len(words) <= (3 if is_negated(words) else 6) \
                and (ws & (BENT | STRAIGHT | RAISE | DOWN | HEIGHTS | TOGETHER | APART | {"behindback", "behindhead", "sideways"} | FORWARD) or angle_of(ws) is not None):
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
                   and not _a_support(words, p) and not (p.word == "elbow" and p.preposition not in ELBOW_HELD)]
        # "extends her right leg and slides her right hand down to that knee": the right knee
        targets = [_side_from(p, words, parts, previous_subjects) if p.position and words[p.position - 1] in DEMONSTRATIVES else p
                   for p in targets]
        if inherited:
            subjects = previous_subjects
            found = []
            for subject in subjects:
                found += arm_constraints(words, ws, subject, targets)
        else:
            found = whole_body(words, ws, parts)
            for subject in subjects:
                own = own_words(words, parts, subject)
                until = words.index("until") if "until" in words else len(words)
                reached = targets
                if subject.position > until and any(subject is p for p in parts):  # "bends backward until both hands reach his heels": not the hands' bend
                    own = [""] * until + own[until:]
                    reached = [t for t in targets if t.position > until]  # (nor the place of the bend: "folded over straight legs until the palms ...")
                found += (arm_constraints if subject.word in ARM_WORDS else leg_constraints)(own, set(own), subject, reached)
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
        # (sinking is going down whatever sinks: "sink as if onto a horse")
        knees_bent = any(c.kind in ("knee_bent", "knee_angle") and not c.negated and c.hi < 140 for c in constraints) or bool(
            all_words & {"lower", "lowers", "lowered", "lowering"} and all_words & {"hips", "pelvis", "seat", "bottom"}
            or all_words & {"sink", "sinks", "sank", "sinking"})
        constraints.append(Constraint("posture", target="standing|bending|lunging" + "|squatting" * knees_bent, phrase="upright"))
    if any(c.kind in ("torso_forward", "torso_back", "torso_angle") and not c.negated or c.kind == "posture" and c.target == "squatting"
           and not c.negated for c in constraints):
        # "bend forward, back straight": a straight back that bends is not upright; nor is a
        # squat's ("squatted down, back straight": flat, leaning over the thighs as a squat does)
        constraints = [c for c in constraints if not (c.kind == "torso_upright" and not {"upright", "erect"} & set(c.phrase.split()))]
    return CaptionReading(caption, tuple(settle(constraints, text, all_words)), tuple(checked), tuple(u for u in unchecked if u))


def _in_front_of(words: list[str], part: Part) -> bool:
    """ "The trunk folded down in front of straight legs": a place, not the limb the clause moves."""
    i = part.position - 1
    while i >= 0 and words[i] in LIMB_ADJECTIVES | {"the", "his", "her", "their", "your", "its", "both", "left", "right"}:
        i -= 1
    return i >= 1 and words[i] == "of" and words[i - 1] in ("infront", "front", "ahead", "outside", "inside")


def _a_support(words: list[str], part: Part) -> bool:
    """ "A man standing on his right leg holds his left knee": the leg stood on is no place for a
    hand (nor is the foot the weight is on)."""
    if part.preposition not in ("on", "upon") or part.word not in LEG_WORDS:
        return False
    at = max((i for i in range(max(part.position - 6, 0), part.position) if words[i] == part.preposition), default=-1)
    return at > 0 and bool(set(words[max(at - 2, 0) : at]) & STOOD_ON)


# An elbow is a hand's place only when held or touched ("the left hand on the right elbow"), not
# in "bent at the elbow", "up to the elbows".
ELBOW_HELD = {"on", "onto", "upon", "holding", "hold", "holds", "grasping", "grasps", "gripping", "grips", "cupping", "cups",
              "touching", "touches", "touch", "against", "supporting", "supports", "support", "grabbing", "grabs", "grab",
              "clutching", "clutches", "cradling", "cradles"}
RESTING_ON = {"resting", "rests", "rest", "touching", "touches", "pressed", "presses", "planted", "placed", "set"}
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
    # ("the fingers rest on the shoulder" after "the left elbow folded": one hand's fingers)
    fingers = part.side == "both" and part.word in ("finger", "toe") and before >= 0 and words[before] in ("the", "its", "his", "her", "their", "your")
    if (part.side != "either" and not fingers) or (part.position and (before < 0 or words[before] not in ("the", "its", "that") and not fingers)):
        return part
    same = [p for p in parts if p.position < part.position and (p.word in ARM_WORDS) == (part.word in ARM_WORDS)
            and p.word in ARM_WORDS | LEG_WORDS]
    if not same:
        same = [p for p in previous if (p.word in ARM_WORDS) == (part.word in ARM_WORDS)]
        if len({p.side for p in same}) != 1 or (fingers and len(same) != 1):
            return part
    if same[-1].side not in SIDE_WORDS:
        return part
    return Part(part.word, same[-1].side, part.position, part.preposition)
