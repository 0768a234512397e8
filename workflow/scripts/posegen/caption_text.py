"""The words of a pose description: vocabulary and body-part mentions.

Used by posegen.caption_reader, which turns them into constraints. Everything here
is about the words: which name a limb and its side, and which body parts are the
object of a preposition. The phrases made into one token before the words are read
("above the head" -> overhead, "90 degrees" -> angle90): posegen.caption_tokens.
Where clauses start and end: posegen.caption_clauses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from posegen.skeleton import other_side

ARM_WORDS = {"arm", "hand", "wrist", "fist", "palm", "finger", "elbow", "forearm", "upperarm", "thumb", "bicep", "biceps"}
LEG_WORDS = {"leg", "knee", "foot", "ankle", "thigh", "shin", "heel", "calf"}
# Subjects that are one bone: their direction words constrain that bone, not the hand or foot.
SEGMENTS = {"upperarm": "upper_arm", "forearm": "forearm", "thigh": "thigh", "shin": "shin", "calf": "shin"}
# Prepositions of contact ("on the knee") and of place ("beside the thigh", "below the shoulder").
BESIDE = {"beside", "by", "along", "alongside", "next"}
BELOW = {"below", "under", "beneath", "underneath"}
TARGET_WORDS = {
    "head": "head", "face": "head", "chin": "head", "mouth": "head", "eye": "head", "forehead": "head",
    "ear": "head", "cheek": "head", "neck": "neck", "throat": "neck", "hip": "SAME_hip", "waist": "SAME_hip",
    "shoulder": "SHOULDER", "knee": "SAME_knee", "thigh": "SAME_thigh", "chest": "spine3", "heart": "spine3",
    "belly": "spine1", "ribs": "spine3", "rib": "spine3", "abdomen": "spine1", "lowerback": "spine1", "upperback": "spine3", "stomach": "spine1", "tummy": "spine1", "foot": "SAME_foot", "ankle": "SAME_ankle", "heel": "SAME_ankle", "elbow": "SAME_elbow",
    "toe": "SAME_foot", "shin": "SAME_shin", "calf": "SAME_shin", "lap": "SAME_thigh", "leg": "SAME_thigh",
}
PLURALS = {
    "arms": "arm", "hands": "hand", "wrists": "wrist", "fists": "fist", "palms": "palm", "fingers": "finger",
    "elbows": "elbow", "forearms": "forearm", "legs": "leg", "knees": "knee", "feet": "foot", "ankles": "ankle",
    "upperarms": "upperarm", "thighs": "thigh", "shins": "shin", "heels": "heel", "hips": "hip", "shoulders": "shoulder", "toes": "toe",
    "eyes": "eye", "ears": "ear", "thumbs": "thumb", "calves": "calf", "cheeks": "cheek", "fingertips": "finger",
    "fingertip": "finger", "foots": "foot",
}
PREPOSITIONS = {"on", "to", "at", "onto", "toward", "towards", "touching", "touch", "touches", "against", "behind", "between",
                "over", "above", "across", "near", "around", "in", "into", "upon", "than", "round"}
NEGATIONS = {"not", "without", "no", "never", "nor", "isnt", "arent", "doesnt", "dont", "neither", "nothing", "nobody"}
# Verbs of contact: the body part after them is touched, like the object of "on".
CONTACT = {"tie", "ties", "tied", "tying", "shading", "shade", "shades", "shielding", "shield", "shields", "cupping", "cups", "covering", "cover", "covers", "holding", "hold", "holds", "scratching",
           "rubbing", "grabbing", "grasping", "clutching", "cupping", "hugging", "hug", "hugs", "reaching", "reach",
           "touched", "touch", "touching", "touches", "reaches", "reached", "tapped", "grabbed", "gripped", "grasped", "clutched", "tapping", "patting", "grip", "grips", "gripping", "grab", "grabs",
           "grasp", "grasps", "clutch", "clutches", "cups", "scratch", "scratches", "rub", "rubs", "pat", "pats", "tap", "taps",
           "massage", "massages", "massaging", "knead", "kneads", "kneading", "meet", "meets", "meeting",
           "support", "supports", "supporting", "brace", "braces", "bracing", "cradle", "cradles", "cradling",
           "catch", "catches", "catching", "caught", "seize", "seizes", "seizing", "seized"}
PEOPLE = {"person", "man", "woman", "someone", "figure"}
FILLER = {"the", "his", "her", "their", "your", "its", "a", "an", "left", "right", "both", "one", "other", "two",
          "each", "of", "top", "back", "he", "she", "they", "is", "are",
          "index", "middle", "pinky", "little", "ring", "open", "closed", "flat", "front", "tops", "outside", "inside",
          "inner", "outer", "sole", "soles", "bottom"} | PEOPLE

# Word families, by stem.
# Lifting words that leave a limb off the ground (reaching or "up" alone may not: "the leg reaching back" in a lunge).
LIFTED = {"raise", "raised", "raising", "raises", "lift", "lifted", "lifting", "lifts", "hoist", "hoisted", "hoists", "hoisting", "elevated"}
RAISE = LIFTED | {"up", "high", "higher", "reach", "reaching", "reaches", "reached"}
DOWN = {"down", "hang", "hangs", "hanging", "hung", "lowered", "lower", "relaxed", "dangling", "dangle", "bysides", "limp", "drop", "drops", "dropped"}
FORWARD = {"forward", "forwards", "ahead"}
BACKWARD = {"back", "backward", "backwards", "behind", "rear"}
BENT = {"bent", "bend", "bends", "bending", "flexed", "flex", "flexing", "crooked", "folded", "fold"}
STRAIGHT = {"straight", "extended", "extend", "extending", "extends", "straightened", "straighten", "straightens", "locked", "outstretched", "stretched", "stretch", "stretching"}
TOGETHER = {"together", "clasped", "clasp", "clasping", "joined", "prayer", "praying", "namaste", "clap", "clapping", "claps"}
CROSSED = {"crossed", "cross", "crossing", "folded", "fold", "folding"}
APART = {"apart", "wide", "spread", "straddle", "widely"}
SLIGHT = {"slightly", "slight", "little", "bit", "gently", "somewhat", "barely", "softly", "mildly", "quarter"}
DEEP = {"deeply", "deep", "fully", "completely", "sharply", "far", "low", "all"}
SIDE_WORDS = {"left", "right"}
# Things to sit on, and sitting words that are not verbs of sitting.
SEATS = {"chair", "stool", "bench", "seat", "cushion", "sofa", "couch", "saddle", "box", "ledge", "edge", "perch", "perches",
         "perched", "perching", "crosslegged", "sidesaddle", "sidesaddleany", "meditating", "meditates", "meditate", "squat", "squatting", "squats", "crouch",
         "crouching", "crouches", "heelsit"}


@dataclass
class Part:
    word: str  # singular part word
    side: str | None  # left / right / both / either
    position: int
    preposition: str | None = None  # the word that makes it an object ("on", "beside", "touching")


def find_parts(words: list[str], last_side: list[str | None]) -> list[Part]:
    """Body parts of a clause with their sides ("the left hand", "both arms", "one knee", "the other leg")."""
    found = []
    for i, raw in enumerate(words):
        word = PLURALS.get(raw, raw)
        if word not in ARM_WORDS | LEG_WORDS | set(TARGET_WORDS):
            continue
        side = None
        for back in range(1, 4):
            if i - back < 0:
                break
            w = words[i - back]
            if w in SIDE_WORDS:
                side = w
                break
            if w in ("both", "two", "each"):
                side = "both"
                break
            if w in ("one", "a", "an", "single"):
                # "a plank, arms straight": the article is another noun's unless only
                # adjectives come between ("an outstretched arm").
                if all(between in LIMB_ADJECTIVES | SLIGHT for between in words[i - back + 1 : i]):
                    side = "either"
                break
            if w == "other" and last_side[0] in SIDE_WORDS:
                side = other_side(last_side[0])
                break
            if w in PREPOSITIONS or w in ("and", "or"):
                break
        if side is None:
            side = "both" if raw in PLURALS else "either"
        if side in SIDE_WORDS and word in ARM_WORDS | LEG_WORDS:  # "the other arm": not the other of a touched shoulder
            last_side[0] = side
        found.append(Part(word, side, i, "of" if _partitive(words, i) else None))
    return found


def _partitive(words: list[str], i: int) -> bool:
    """ "of the two knees (only the left one ...)": the set a part is chosen from, not a subject."""
    before = words[max(i - 4, 0) : i]
    return "of" in before and bool(set(before[before.index("of") :]) & {"two", "both"})


def sides_of(side: str | None) -> tuple[str, ...]:
    return ("left", "right") if side == "both" else (side or "either",)


def touches_floor(words: list[str]) -> bool:
    """ "on the floor", "touching the ground", "meets the mat", "pressing into the floor" (not "above" it)."""
    text = " ".join(words)
    return bool(re.search(r"\b(?:on|onto|touch\w*|meets?|against|to|rests?|resting|down|into|press\w*|planted|reach\w*)\b(?: \w+){0,2} (?:floor|ground|mat)\b", text))


def target_joint(target: Part) -> str:
    """The joint (or "a|b" joints) a touched body part stands for; SAME_x is x of the hand's side."""
    joint = TARGET_WORDS[target.word]
    if joint == "SHOULDER":
        return f"{target.side}_shoulder" if target.side in SIDE_WORDS else "left_shoulder|right_shoulder"
    if joint.startswith("SAME_") and target.side in SIDE_WORDS:
        return f"{target.side}_{joint[5:]}"
    return joint


def first_index(words: list[str], vocabulary: set[str]) -> int:
    return next((i for i, w in enumerate(words) if w in vocabulary), len(words))


def is_negated(words: list[str]) -> bool:
    return any(w in NEGATIONS for w in words)


# Verbs whose subject is a hand or a foot ("point forward with the right hand").
LIMB_ACTIONS = {"point", "points", "pointing", "reach", "reaches", "reaching", "wave", "waves", "waving", "raise",
                "raises", "raising", "lift", "lifts", "lifting", "hold", "holds", "holding", "stretch", "stretches",
                "stretching", "extend", "extends", "extending", "kick", "kicks", "kicking", "salute", "saluting",
                "gesture", "gesturing", "clap", "clapping", "shade", "shading", "cover", "covering", "touch", "touching"}


def body_parts(words: list[str]) -> list[str]:
    return [w for w in (PLURALS.get(x, x) for x in words) if w in ARM_WORDS | LEG_WORDS or w in TARGET_WORDS
            or w in ("torso", "body", "back", "trunk", "spine", "chest", "waist")]


DEMONSTRATIVES = {"that", "this", "those", "these"}
# how a touched part feels ("kneading a sore right shoulder"): no word of the pose
FEELINGS = {"sore", "aching", "achy", "stiff", "tired", "tense", "painful", "injured", "bad", "hurting", "itchy"}


# Verbs that, opening a clause after a comma, take the limb of the clause before as subject.
def after_preposition(words: list[str], part: Part) -> bool:
    """Is the part the object of a preposition ("on the left knee", "touching the head")?
    Remembers the preposition on the part. A noun phrase has one determiner: "toward the
    right the left hand" does not put the hand after "toward"."""
    determiners = 0
    for back in range(1, 7):
        i = part.position - back
        if i < 0:
            return False
        if words[i] in PREPOSITIONS or words[i] in CONTACT or words[i] in BESIDE or words[i] in BELOW:
            part.preposition = words[i]
            return True
        if words[i] not in FILLER and words[i] not in LIMB_ADJECTIVES and words[i] not in DEMONSTRATIVES and words[i] not in FEELINGS:
            return False
        if words[i] in PEOPLE:
            return False  # "by the man both knees are put down": the man is the preposition's object
        determiners += words[i] in ("the", "his", "her", "their", "your", "its", "a", "an") or words[i] in DEMONSTRATIVES
        if words[i] == "of":
            determiners = 0  # "the outside of his right knee": a phrase inside the phrase
        if determiners > 1:
            return False
    return False


def own_words(words: list[str], parts: list[Part], subject: Part) -> list[str]:
    """The clause's words without those that describe another body part ("the bent left
    knee" while the hands are the subject): a word just before a part belongs to it."""
    taken = set()
    for part in parts:
        if part is subject:
            continue
        i = part.position - 1
        while i >= 0 and (words[i] in FILLER or words[i] in LIMB_ADJECTIVES):
            if words[i] in LIMB_ADJECTIVES:
                taken.add(i)
            i -= 1
    return [w if i not in taken else "" for i, w in enumerate(words)]


# Words that may stand between a preposition and a body part ("over straight legs").
LIMB_ADJECTIVES = {"straight", "bent", "long", "outstretched", "extended", "crossed", "folded", "raised", "lifted",
                   "upright", "spread", "flexed", "stretched", "locked"}
