"""Caption -> constraints (posegen.constraints): what a description requires of a pose.

Follows the structure of a description rather than single words: the text is
cut into clauses ("while", "with", "and", ",", ";"); in each clause the first
arm or leg word with its side is the subject, body parts after a preposition
("on the left knee", "touching the head") are targets, and direction, height,
contact, amount ("slightly", "90 degrees") and negation ("without", "not") words
turn into constraints on the subject. Postures ("sitting", "kneeling") and
torso phrases ("leaning forward") need no subject. Styles: third person,
imperative ("Raise your left hand"), body part first ("The right knee is bent"),
progressive and passive read the same, since only the words matter.

Only what the joints can show is read; head turns, gaze, hand shapes and
objects are not checkable and are listed as unchecked. A caption with no
checkable phrase gets no constraints (its agreement is empty, not 1).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from posegen.constraints import Constraint

ARM_WORDS = {"arm", "hand", "wrist", "fist", "palm", "finger", "elbow", "forearm", "upperarm", "thumb", "bicep", "biceps"}
LEG_WORDS = {"leg", "knee", "foot", "ankle", "thigh", "shin", "heel", "calf"}
# Subjects that are one bone: their direction words constrain that bone, not the hand or foot.
SEGMENTS = {"upperarm": "upper_arm", "forearm": "forearm", "thigh": "thigh", "shin": "shin", "calf": "shin"}
# Prepositions of contact ("on the knee") and of place ("beside the thigh", "below the shoulder").
BESIDE = {"beside", "by", "along", "alongside", "next"}
BELOW = {"below", "under", "beneath", "underneath"}
TARGET_WORDS = {
    "head": "head", "face": "head", "chin": "head", "mouth": "head", "eye": "head", "forehead": "head",
    "ear": "head", "cheek": "head", "neck": "neck", "hip": "SAME_hip", "waist": "SAME_hip",
    "shoulder": "SHOULDER", "knee": "SAME_knee", "thigh": "SAME_knee", "chest": "spine3", "heart": "spine3",
    "belly": "spine1", "stomach": "spine1", "tummy": "spine1", "foot": "SAME_foot", "ankle": "SAME_ankle",
    "toe": "SAME_foot", "shin": "SAME_knee",
}
PLURALS = {
    "arms": "arm", "hands": "hand", "wrists": "wrist", "fists": "fist", "palms": "palm", "fingers": "finger",
    "elbows": "elbow", "forearms": "forearm", "legs": "leg", "knees": "knee", "feet": "foot", "ankles": "ankle",
    "upperarms": "upperarm", "thighs": "thigh", "shins": "shin", "heels": "heel", "hips": "hip", "shoulders": "shoulder", "toes": "toe",
    "eyes": "eye", "ears": "ear", "thumbs": "thumb", "calves": "calf", "cheeks": "cheek",
}
PREPOSITIONS = {"on", "to", "at", "onto", "toward", "towards", "touching", "touch", "touches", "against", "behind",
                "over", "above", "across", "near", "around", "in", "into", "upon"}
NEGATIONS = {"not", "without", "no", "never", "nor", "isnt", "arent", "doesnt", "dont", "neither"}
CLAUSE_BREAK = re.compile(r"[,;:.!?()]|\b(?:while|whilst|with|and|as|but|then|keeping|having|meanwhile|plus)\b|(?=\bwithout\b)")
# Verbs of contact: the body part after them is touched, like the object of "on".
CONTACT = {"shading", "shade", "shades", "covering", "cover", "covers", "holding", "hold", "holds", "scratching",
           "rubbing", "grabbing", "grasping", "clutching", "cupping", "hugging", "hug", "hugs", "reaching", "reach",
           "touched", "touch", "touching", "touches", "tapping", "patting"}
FILLER = {"the", "his", "her", "their", "your", "its", "a", "an", "left", "right", "both", "one", "other", "two",
          "each", "of", "top", "back", "person", "man", "woman", "someone", "figure", "he", "she", "they", "is", "are",
          "index", "middle", "pinky", "little", "ring", "open", "closed", "flat", "front", "tops", "outside", "inside"}
NUMBER_WORDS = {"ninety": 90, "forty five": 45, "thirty": 30, "sixty": 60, "forty": 40, "twenty": 20, "fortyfive": 45}

# Multi-word phrases made into one token before the words are read.
PHRASES = [
    (r"\b(?:above|over) (?:the |his |her |their |your |its |one'?s )?heads?\b", " overhead "),
    (r"\bup (?:high|in the air)\b|\bin the air\b|\b(?:to|toward|towards) the (?:sky|ceiling)\b|\bskywards?\b", " overhead "),
    (r"\bstraight up\b", " overhead "),
    (r"\bt[- ]?pose\b|\bt[- ]shape\b", " tpose "),
    (r"\b(?:on|onto) (?:all fours|(?:the |his |her |their |your )?hands and knees)\b", " allfours "),
    (r"\bcross[- ]legged\b|\blotus\b", " crosslegged "),
    (r"\bat (?:the |his |her |their |your )?sides\b|\bby (?:the |his |her |their |your )?sides\b|\balongside (?:the |his |her |their |your )?body\b", " bysides "),
    (r"\b(?:at|to) (?:about |roughly )?shoulder (?:height|level)\b|\bparallel to the (?:floor|ground)\b|\bhorizontal(?:ly)?\b|\blevel with the shoulders?\b", " shoulderheight "),
    (r"\bin front(?: of (?:the |his |her |their |your )?(?:body|chest|torso|him|her|them|you))?\b|\bstraight ahead\b", " forward "),
    (r"\b(?:to|toward|towards) the sides?\b|\bout to the sides?\b|\bsideways\b|\blaterally\b|\bout wide\b", " sideways "),
    (r"\bright angle\b|\bninety degrees?\b|\b90 ?(?:degrees?|°|deg)\b|\b90-degree\b", " angle90 "),
    (r"\b(\d{1,3}) ?(?:degrees?|°|deg)\b|\b(\d{1,3})-degree\b", r" angle\1\2 "),
    (r"\bbehind (?:the |his |her |their |your )?(?:head|neck)\b", " behindhead "),
    (r"\bbehind (?:the |his |her |their |your )?back\b", " behindback "),
    (r"\bupper body\b|\bupper torso\b", " torso "),
    (r"\bupper arms?\b", " upperarm "),
    (r"\blower arms?\b", " forearm "),
    (r"\blower legs?\b", " shin "),
    (r"\b(\d{1,3}) ?(?:centimet(?:re|er)s?|cm)\b", r" dist\1cm "),
    (r"\b(\d)(?:\.(\d))? ?(?:met(?:re|er)s?|m)\b", r" dist\1\2dm "),
    (r"\bhand[- ]?stand\b", " handstand "),
    (r"\bon (?:the |his |her |their |your |its )?back\b(?! of)", " onbody onback "),
    (r"\bon (?:the |his |her |their |your |its )?(?:stomach|belly|front|tummy)\b(?! of)", " onbody onfront "),
    (r"\bon (?:the |his |her |their |your |its )?side\b(?! of)", " onbody "),
    (r"\bface[- ]up\b|\bsupine\b", " onbody onback "),
    (r"\bface[- ]down\b|\bprone\b", " onbody onfront "),
    (r"\bon (?:the |his |her |their |its |your )?(left|right) side\b(?! of)", r" onbody onside\1 "),
    (r"\bside (?=(?:leg|kick|lunge|step|raise|bend|stretch))", " sideways "),
    (r"\bshoulder[- ]width\b", " wide "),
    (r"\bdon'?t\b|\bdoesn'?t\b|\bisn'?t\b|\baren'?t\b", " not "),
    (r"\bsit(?:s|ting)? (?:back )?on (?:the |his |her |their |your )?heels\b", " heelsit "),
    (r"\bbent over\b|\bbend(?:s|ing)? over\b|\bfold(?:s|ed|ing)? forward\b|\bbend(?:s|ing)? at the (?:waist|hips)\b", " foldforward "),
]
PHRASE_PATTERN = [(re.compile(p), r) for p, r in PHRASES]

# Word families, by stem.
RAISE = {"raise", "raised", "raising", "raises", "lift", "lifted", "lifting", "lifts", "up", "hoist", "elevated", "high", "higher", "reach", "reaching", "reaches", "reached"}
DOWN = {"down", "hang", "hangs", "hanging", "hung", "lowered", "lower", "relaxed", "dangling", "dangle", "bysides", "limp"}
FORWARD = {"forward", "forwards", "ahead"}
BACKWARD = {"back", "backward", "backwards", "behind", "rear"}
BENT = {"bent", "bend", "bends", "bending", "flexed", "flex", "flexing", "crooked", "folded", "fold"}
STRAIGHT = {"straight", "extended", "extend", "extending", "extends", "straightened", "locked", "outstretched", "stretched", "stretch", "stretching"}
TOGETHER = {"together", "clasped", "clasp", "clasping", "joined", "pressed", "prayer", "praying", "namaste", "clap", "clapping", "claps"}
CROSSED = {"crossed", "cross", "crossing", "folded", "fold", "folding"}
APART = {"apart", "wide", "spread", "straddle", "widely"}
SLIGHT = {"slightly", "slight", "little", "bit", "gently", "somewhat", "barely", "softly", "mildly"}
DEEP = {"deeply", "deep", "fully", "completely", "sharply", "far", "low", "all"}
SIDE_WORDS = {"left", "right"}


@dataclass(frozen=True)
class CaptionReading:
    caption: str
    constraints: tuple[Constraint, ...]
    checked: tuple[str, ...]  # clauses that gave constraints
    unchecked: tuple[str, ...]  # clauses with words but nothing checkable

    @property
    def checkable(self) -> bool:
        return bool(self.constraints)


@dataclass
class _Part:
    word: str  # singular part word
    side: str | None  # left / right / both / either
    position: int
    preposition: str | None = None  # the word that makes it an object ("on", "beside", "touching")


def _normalise(caption: str) -> str:
    text = caption.lower().replace("\u2019", "'").replace("*", " ").replace("_", " ")
    for pattern, replacement in PHRASE_PATTERN:
        text = pattern.sub(replacement, text)
    text = re.sub(r"'s\b", "", text).replace("'", "").replace("-", " ")
    for words, value in NUMBER_WORDS.items():
        text = text.replace(words + " degree", f" angle{value} ")
    return text


def _clauses(text: str) -> list[list[str]]:
    parts = CLAUSE_BREAK.split(text)
    return [words for words in (re.findall(r"[a-z0-9]+", p) for p in parts) if words]


def _parts(words: list[str], last_side: list[str | None]) -> list[_Part]:
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
                side = "either"
                break
            if w == "other" and last_side[0] in SIDE_WORDS:
                side = "right" if last_side[0] == "left" else "left"
                break
            if w in PREPOSITIONS or w in ("and", "or"):
                break
        if side is None:
            side = "both" if raw in PLURALS else "either"
        if side in SIDE_WORDS:
            last_side[0] = side
        found.append(_Part(word, side, i))
    return found


def _sides(side: str | None) -> tuple[str, ...]:
    return ("left", "right") if side == "both" else (side or "either",)


def _distance(words: set[str]) -> float | None:
    """A distance in metres written as "20 cm" or "0.5 m" (tokens dist20cm, dist05dm)."""
    for w in words:
        if w.startswith("dist") and w.endswith("cm") and w[4:-2].isdigit():
            return int(w[4:-2]) / 100.0
        if w.startswith("dist") and w.endswith("dm") and w[4:-2].isdigit():
            digits = w[4:-2]
            return int(digits[0]) + (int(digits[1:]) / 10.0 if len(digits) > 1 else 0.0)
    return None


def _angle(words: set[str]) -> int | None:
    for w in words:
        if w.startswith("angle") and w[5:].isdigit():
            return int(w[5:])
    return None


def _joint_range(angle: int) -> tuple[float, float]:
    """Accepted joint angles for "bent at N degrees": N as the inner angle or as the bend from straight."""
    inner = (angle, 180 - angle)
    return max(min(inner) - 25, 0), min(max(inner) + 25, 180)


def _joint(target: _Part) -> str:
    """The joint (or "a|b" joints) a touched body part stands for; SAME_x is x of the hand's side."""
    joint = TARGET_WORDS[target.word]
    if joint == "SHOULDER":
        return f"{target.side}_shoulder" if target.side in SIDE_WORDS else "left_shoulder|right_shoulder"
    if joint.startswith("SAME_") and target.side in SIDE_WORDS:
        return f"{target.side}_{joint[5:]}"
    return joint


def _segment(ws: set[str], part: _Part, segment: str, out: list[Constraint], add) -> list[Constraint]:
    """Direction of one bone: "the upper arm hangs", "the thigh is horizontal", "forearm forward"."""
    if ws & {"shoulderheight", "level", "horizontal", "flat"}:
        add("segment_horizontal", target=segment)
    elif ws & {"vertical", "vertically", "upright"}:
        add("segment_vertical", target=segment)
    elif ws & (DOWN | {"downward", "downwards", "floor", "ground"}):
        add("segment_down", target=segment)
    elif ws & FORWARD:
        add("segment_forward", target=segment)
    elif ws & (RAISE | {"overhead"}) - {"reach", "reaching", "reaches", "reached"}:
        add("segment_up", target=segment)
    return out


def _arm(words: list[str], ws: set[str], part: _Part, targets: list[_Part]) -> list[Constraint]:
    out: list[Constraint] = []
    sides = _sides(part.side)

    def add(kind, **kw):
        out.extend(Constraint(kind, side=s, **kw) for s in sides)

    target = targets[0] if targets else None
    segment = SEGMENTS.get(part.word)
    if part.word == "elbow" and not ws & (BENT | STRAIGHT) and _angle(ws) is None:
        return out  # where an elbow points ("elbows out") says little about the hand
    if segment is not None:
        return _segment(ws, part, segment, out, add)
    if "overhead" in ws or ("point" in " ".join(words) and "up" in ws and "overhead" not in ws):
        add("wrist_above_head")
    elif "tpose" in ws:
        add("arm_out")
        add("wrist_at_shoulder_height")
    elif part.side == "both" and ws & TOGETHER:
        out.append(Constraint("hands_together"))
    elif part.side == "both" and ws & CROSSED and part.word in ("arm", "hand", "wrist", "forearm"):
        out.append(Constraint("arms_crossed"))
    elif "behindhead" in ws:
        add("hand_near", target="head", lo=0.32)
    elif "behindback" in ws:
        add("wrist_behind_back")
    elif target is not None and target.preposition in BESIDE:
        if target.word in ("thigh", "hip", "leg", "side", "body", "knee"):
            add("arm_down")
    elif target is not None and target.preposition in BELOW | {"above", "over"}:
        joint = _joint(target)
        if "|" in joint:  # "below the shoulders": each hand and its own shoulder
            joint = "SAME_" + joint.split("|")[0].split("_", 1)[1]
        add("wrist_above" if target.preposition in ("above", "over") else "wrist_below", target=joint)
    elif target is not None:
        joint = _joint(target)
        if joint.endswith("hip"):
            add("hand_on_hip", target=joint)
        else:
            add("hand_near", target=joint, lo=0.38 if joint.endswith(("foot", "ankle")) else 0.32)
    elif ws & {"salute", "saluting", "salutes"}:
        add("hand_near", target="head", lo=0.32)
    elif "sideways" in ws or (ws & {"spread", "wide", "out"} and not ws & FORWARD and "up" not in ws):
        add("arm_out")
        if "shoulderheight" in ws:
            add("wrist_at_shoulder_height")
    elif ws & FORWARD or ("point" in " ".join(words) and not ws & DOWN):
        add("arm_forward")
        if "shoulderheight" in ws:
            add("wrist_at_shoulder_height")
    elif ws & DOWN:
        add("arm_down")
    elif ws & RAISE:
        add("wrist_above_shoulder")
    elif "shoulderheight" in ws:
        add("wrist_at_shoulder_height")
    angle = _angle(ws)
    if angle is not None and (part.word == "elbow" or ws & BENT or "elbow" in ws):
        lo, hi = _joint_range(angle)
        add("elbow_angle", lo=lo, hi=hi)
    elif angle is not None:
        add("limb_raised_angle", target="arm", lo=max(angle - 25.0, 0.0), hi=min(angle + 25.0, 180.0))
    elif ws & BENT and not (ws & CROSSED and part.side == "both" and "elbow" not in ws):
        add("elbow_bent")
    elif ws & {"straight", "extended", "straightened", "locked"} and not ws & SLIGHT:
        add("elbow_straight")
    return out


def _leg(words: list[str], ws: set[str], part: _Part, targets: list[_Part]) -> list[Constraint]:
    out: list[Constraint] = []
    sides = _sides(part.side)

    def add(kind, **kw):
        out.extend(Constraint(kind, side=s, **kw) for s in sides)

    segment = SEGMENTS.get(part.word)
    if segment == "shin" or (segment == "thigh" and ws & {"shoulderheight", "level", "horizontal", "vertical", "vertically", "flat"}):
        return _segment(ws, part, segment, out, add)
    distance = _distance(ws)
    if part.side == "both" and distance is not None and ws & (APART | {"between"}) and part.word in ("foot", "leg", "knee", "ankle", "heel"):
        out.append(Constraint("feet_distance", lo=max(distance - 0.15, 0.0), hi=distance + 0.15))
        return out
    if part.word in ("knee", "thigh") and ws & (RAISE | {"chest", "pulled", "bring", "brought", "drawn"}) and not ws & {"kneel", "kneeling", "kneels", "knelt"}:
        add("knee_raised")
    elif part.word == "knee" and ws & {"ground", "floor", "kneel", "kneeling", "kneels", "knelt", "mat"} and not ws & RAISE:
        add("knee_on_ground")
    elif part.word in ("leg", "foot", "ankle", "heel") and "sideways" in ws and ws & (RAISE | STRAIGHT | {"out", "kick", "kicking", "kicks", "step", "stepping", "sideways"}):
        add("leg_out")
    elif part.word in ("leg", "foot", "ankle", "heel") and ws & FORWARD and ws & (RAISE | STRAIGHT | {"kick", "kicking", "kicks", "out"}):
        add("leg_forward")
    elif part.word in ("leg", "foot") and ws & FORWARD:
        add("foot_ahead")
    elif part.word in ("leg", "foot", "heel") and ws & BACKWARD and ws & (RAISE | STRAIGHT | {"kick", "kicking", "kicks", "out"}):
        add("leg_back")
    elif part.side == "both" and part.word in ("leg", "foot", "knee", "ankle") and ws & APART:
        out.append(Constraint("feet_apart"))
    elif part.side == "both" and part.word in ("leg", "foot", "knee", "ankle", "heel") and "together" in ws:
        out.append(Constraint("feet_together"))
    elif part.word in ("foot", "leg") and ws & RAISE:
        add("foot_off_ground")
    angle = _angle(ws)
    if angle is not None and (part.word == "knee" or "knee" in ws or ws & BENT):
        lo, hi = _joint_range(angle)
        add("knee_angle", lo=lo, hi=hi)
    elif angle is not None and part.word in ("leg", "foot") and ws & (RAISE | FORWARD | BACKWARD | {"sideways", "out"}):
        add("limb_raised_angle", target="leg", lo=max(angle - 25.0, 0.0), hi=min(angle + 25.0, 180.0))
    elif ws & BENT and part.word in ("knee", "leg"):
        add("knee_angle", lo=0, hi=172) if ws & SLIGHT else add("knee_bent")
    elif ws & {"straight", "extended", "straightened", "locked"} and part.word in ("knee", "leg"):
        add("knee_straight")
    return out


POSTURE_VERBS = {"sit", "sits", "sitting", "seated", "sat", "lie", "lies", "lying", "laying", "lay", "rest", "rests",
                 "resting", "stand", "stands", "standing", "kneel", "kneels", "kneeling", "onbody"}


def _first(words: list[str], vocabulary: set[str]) -> int:
    return next((i for i, w in enumerate(words) if w in vocabulary), len(words))


def _whole_body(words: list[str], ws: set[str], parts: list[_Part]) -> list[Constraint]:
    """Postures and the torso: need no subject."""
    out: list[Constraint] = []
    has_arm = any(p.word in ARM_WORDS for p in parts)
    limbs = [p for p in parts if p.word in ARM_WORDS | LEG_WORDS and p.preposition is None]
    # "The hands sit on the hips", "the left arm lies along the body": the verb is the hand's.
    arm_first = bool(limbs) and limbs[0].word in ARM_WORDS and limbs[0].position < _first(words, POSTURE_VERBS)
    if arm_first:
        pass
    elif ws & {"sit", "sits", "sitting", "seated", "sat", "crosslegged"}:
        out.append(Constraint("posture", target="sitting|squatting" if ws & {"floor", "ground"} and ws & {"knee", "knees"} else "sitting"))
    elif "heelsit" in ws:
        out.append(Constraint("posture", target="kneeling|sitting"))
    elif "allfours" in ws:
        out.append(Constraint("posture", target="other|kneeling"))
    elif ws & {"kneel", "kneels", "kneeling", "knelt", "genuflect", "genuflecting"}:
        out.append(Constraint("posture", target="kneeling"))
        for part in parts:
            if part.word == "knee":
                out.extend(Constraint("knee_on_ground", side=s) for s in _sides(part.side))
    elif ws & {"squat", "squats", "squatting", "squatted"}:
        out.append(Constraint("posture", target="squatting"))
    elif ws & {"crouch", "crouches", "crouching", "crouched", "hunkered"}:
        out.append(Constraint("posture", target="squatting|kneeling|bending"))
    elif (ws & {"lie", "lies", "lying", "laying", "lay", "reclining", "reclines", "sprawled"} or "onbody" in ws) and not arm_first:
        out.append(Constraint("posture", target="lying"))
        for token, face in (("onback", "back"), ("onfront", "front"), ("onsideleft", "left"), ("onsideright", "right")):
            if token in ws:
                out.append(Constraint("lying_on", target=face))
    elif ws & {"lunge", "lunges", "lunging", "lunged"}:
        out.append(Constraint("posture", target="lunging|kneeling"))
        for part in parts:  # "a lunge on the left leg", "lunging with the right leg forward"
            if part.word in ("leg", "foot", "knee") and part.side in SIDE_WORDS and not ws & {"back", "behind", "rear"}:
                out.append(Constraint("foot_ahead", side=part.side))
                break
    elif ws & {"step", "steps", "stepping", "stride", "striding", "walk", "walking", "walks"} and not ws & {"onbody"}:
        out.append(Constraint("posture", target="standing|lunging|bending"))
    elif ws & {"stand", "stands", "standing", "stood"} or (
        ws & {"balance", "balancing", "balances"} and "on" in ws and any(p.word in ("leg", "foot") for p in parts)
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
                    out.append(Constraint("foot_off_ground", side="right" if part.side == "left" else "left"))
                break
    if ws & {"floor", "ground", "mat"} and "on" in ws:
        for part in parts:
            if part.word in ("shoulder", "hip", "head") and part.preposition is None:
                for s in _sides(part.side) if part.word != "head" else (None,):
                    joint = "head" if part.word == "head" else f"{s}_{part.word}" if s in SIDE_WORDS else None
                    if joint:
                        out.append(Constraint("joint_on_ground", target=joint))
    if "tpose" in ws:
        out += [Constraint(kind, side=s) for s in ("left", "right") for kind in ("arm_out", "wrist_at_shoulder_height")]
    torso_word = bool(ws & {"torso", "body", "trunk", "back", "spine", "waist"}) or not parts
    lean = ws & {"lean", "leans", "leaning", "leaned", "tilt", "tilted", "tilting", "tilts", "bend", "bends", "bending", "bent", "incline", "inclined", "inclining"}
    if "foldforward" in ws or (ws & {"bow", "bows", "bowing", "bowed"}) or ({"touch", "touching", "touches"} & ws and ws & {"toe", "toes"}):
        out.append(Constraint("torso_forward", lo=30.0))
    elif lean and torso_word and not has_arm and ws & FORWARD:
        angle = _angle(ws)
        if angle is not None:
            out.append(Constraint("torso_angle", lo=angle - 20.0, hi=angle + 20.0))
        else:
            out.append(Constraint("torso_forward", lo=8.0 if ws & SLIGHT else 15.0))
    elif lean and torso_word and not has_arm and ws & {"back", "backward", "backwards"} and not ws & {"forward"}:
        out.append(Constraint("torso_back"))
    elif (lean and torso_word and not has_arm and not parts) and ws & ({"sideways"} | SIDE_WORDS):
        side = "left" if "left" in ws else "right" if "right" in ws else "either"
        out.append(Constraint("torso_sideways", side=side))
    elif ws & {"arch", "arches", "arching", "arched"} and ws & {"back", "backward", "backwards", "spine"}:
        out.append(Constraint("torso_back"))
    elif ws & {"upright", "erect"} and (torso_word or not has_arm):
        out.append(Constraint("torso_upright"))
    return out


def _negated(words: list[str]) -> bool:
    return any(w in NEGATIONS for w in words)


def _negate(c: Constraint) -> Constraint:
    return Constraint(c.kind, c.side, c.target, c.lo, c.hi, not c.negated, c.phrase)


# Verbs whose subject is a hand or a foot ("point forward with the right hand").
LIMB_ACTIONS = {"point", "points", "pointing", "reach", "reaches", "reaching", "wave", "waves", "waving", "raise",
                "raises", "raising", "lift", "lifts", "lifting", "hold", "holds", "holding", "stretch", "stretches",
                "stretching", "extend", "extends", "extending", "kick", "kicks", "kicking", "salute", "saluting",
                "gesture", "gesturing", "clap", "clapping", "shade", "shading", "cover", "covering", "touch", "touching"}


def _body_parts(words: list[str]) -> list[str]:
    return [w for w in (PLURALS.get(x, x) for x in words) if w in ARM_WORDS | LEG_WORDS or w in TARGET_WORDS
            or w in ("torso", "body", "back", "trunk", "spine", "chest", "waist")]


def _merged_clauses(text: str) -> list[list[str]]:
    """Clauses, with clauses of body parts alone joined to the clause their verb is in.

    "lunging forward with the left leg": the leg joins the clause before it,
    which has no body part; "the left arm and the right leg are raised": the
    arm joins the clause after it.
    """
    clauses = _clauses(text)
    merged: list[list[str]] = []
    pending: list[str] = []

    def limbs(words):
        return [PLURALS.get(w, w) for w in words if PLURALS.get(w, w) in ARM_WORDS | LEG_WORDS]

    for words in clauses:
        parts_only = all(w in FILLER or PLURALS.get(w, w) in ARM_WORDS | LEG_WORDS for w in words) and bool(limbs(words))
        previous = merged[-1] if merged else None
        # "point forward with your right arm fully extended": the limb opens the clause
        # after a clause with no limb, whose verb it is the subject of.
        leads = (
            bool(limbs(words[:3])) and previous is not None and not _body_parts(previous)
            and bool(set(previous) & LIMB_ACTIONS)
        )
        unsided = previous is not None and bool(limbs(previous)) and not set(previous) & SIDE_WORDS and set(words) & SIDE_WORDS
        if previous is not None and (parts_only or leads) and not limbs(previous) and not _negated(previous + words):
            merged[-1] = previous + words
        elif parts_only and unsided and set(limbs(words)) <= set(limbs(previous)):
            merged[-1] = previous + words  # "a side leg raise with the left leg": the side of that leg
        elif parts_only:
            pending += words + ["and"]
        else:
            merged.append(pending + words)
            pending = []
    if pending:
        merged.append(pending)
    return merged


@lru_cache(maxsize=20000)
def read_caption(caption: str) -> CaptionReading:
    """The constraints a caption puts on a pose (cached: captions repeat)."""
    constraints: list[Constraint] = []
    checked, unchecked = [], []
    last_side: list[str | None] = [None]
    previous_subjects: list[_Part] = []
    for words in _merged_clauses(_normalise(caption)):
        ws = set(words)
        parts = _parts(words, last_side)
        subjects = [p for p in parts if p.word in ARM_WORDS | LEG_WORDS and not _after_preposition(words, p)]
        # One subject per limb word family and side ("the left hand ... the left arm" is one subject).
        subjects = list({(p.word in ARM_WORDS, p.side): p for p in subjects}.values())
        if not subjects and previous_subjects and not parts and len(words) <= 3 and ws & (BENT | STRAIGHT | RAISE | DOWN):
            subjects = previous_subjects  # "the left arm is bent and raised"
        targets = [p for p in parts if p not in subjects and p.word in TARGET_WORDS and _after_preposition(words, p)]
        found = _whole_body(words, ws, parts)
        for subject in subjects:
            found += (_arm if subject.word in ARM_WORDS else _leg)(words, ws, subject, targets)
        if subjects:
            previous_subjects = subjects
        phrase = " ".join(w for w in words if w != "and")
        if _negated(words):
            found = [_negate(c) for c in found if c.kind != "posture"]
        found = [Constraint(c.kind, c.side, c.target, c.lo, c.hi, c.negated, phrase) for c in found]
        (checked if found else unchecked).append(phrase)
        constraints.extend(found)
    unique = list({c.key(): c for c in constraints}.values())
    return CaptionReading(caption, tuple(unique), tuple(checked), tuple(u for u in unchecked if u))


def _after_preposition(words: list[str], part: _Part) -> bool:
    """Is the part the object of a preposition ("on the left knee", "touching the head")?
    Remembers the preposition on the part."""
    for back in range(1, 4):
        i = part.position - back
        if i < 0:
            return False
        if words[i] in PREPOSITIONS or words[i] in CONTACT or words[i] in BESIDE or words[i] in BELOW:
            part.preposition = words[i]
            return True
        if words[i] not in FILLER:
            return False
    return False
