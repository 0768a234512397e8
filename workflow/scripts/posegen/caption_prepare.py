"""The first steps of reading a caption, the same for the caption reader (posegen.caption_tokens)
and the built-in generator's lexicon (posegen.builtin.lexicon), before the phrases of
posegen.caption_phrases: lower case, eye-dialect spellings and note-taking shorthand spelled
out, dashes as clause breaks, and the front and back, top and bottom limbs of a stance or a
side-lying pose named by side.
"""

from __future__ import annotations

import re

from posegen.caption_spelling import mend_slips, vocabulary
from posegen.caption_text import ARM_WORDS, LEG_WORDS, PLURALS
from posegen.skeleton import other_side

# A spaced hyphen or slash, or any en or em dash: a clause break ("on the left knee only - the right one up", "L arm up / R arm down").
DASH = r"\s+-+\s+|[\u2013\u2014]|\s+/\s+"


def not_after(*words: str) -> str:
    """A regex guard that the match does not follow any of these words ("in the air", not
    "frozen in the air"), for the phrase rules of both readers."""
    return "".join(rf"(?<!{w} )" for w in words)

# Clinical shorthand: "L hip", "R leg".
SIDE_SHORTHAND = [
    *((rf"\b{letter}(?=\s+(?:arm|hand|leg|knee|kneecap|foot|hip|elbow|shoulder|wrist|ankle|thigh|shin|heel|calf|palm|forearm|toe|sole|fist|lunge|side lunge)s?\b)", side)
      for letter, side in (("l", "left"), ("r", "right"))),
]
# Note-taking shorthand, spelled out before any phrase is read ("R arm fwd at shoulder ht").
ABBREVIATIONS = [(re.compile(p), r) for p, r in (
    # "feet a fist apart", "a hand's width apart", "a few inches apart": a little apart
    (r"\b(?:(?:about|roughly|only|just) )?(?:a|one) (?:fist|hand|palm|foot)(?:'s|s)?(?: (?:width|breadth|length))?(?= apart\b)"
     r"|\b(?:(?:about|roughly|only|just) )?(?:a few|a couple of|two|three|four|five|six) inches(?= apart\b)", "a little"),
    # "R arm str8 bk", "arms ovhd"; clinical "bilat. UE abd. 90°", "LE ext." (upper and lower extremities)
    (r"\bbk\b", "back"), (r"\bo(?:ve)?rhd\b|\bovhd\b", "overhead"), (r"\bbilat(?:eral(?:ly)?)?\b\.?", "both"), (r"\bues?\b", "arms"),
    (r"\b(both|left|right|l|r) les?\b", r"\1 legs"), (r"(?:^|(?<=[.;,] ))les?(?= (?:ext|flex|abd|add|straight|extended|flexed|bent|together|apart)\b)", "legs"),
    (r"\b(ankles|feet|heels|knees|legs|hands|palms) (?:are )?approximated\b", r"\1 together"),
    (r"\blat\b\.?(?= (?:flex|flexion|flexed|bend|tilt)\b)", "lateral"),
    # "neck lat. flexion to L", "neck side-bent left": the head tilted (the neck carries it)
    (r"\bneck (?:is )?(?:in )?(?:lateral(?:ly)? |side[- ]?)?(?:flexion|flexed|bent|tilted|tipped|inclined|bend|tilt)\b(?= (?:to|toward|towards|over|l|r|left|right)\b)", "head tilted"),
    # "racket hand (R)", "the arm (left)": the side given after the part, in brackets
    (r"\b(hand|arm|leg|foot|knee|elbow|shoulder|hip) *\((l|r|left|right)\)", lambda m: f"{'left' if m.group(2)[0] == 'l' else 'right'} {m.group(1)}"),
    (r"\bshoulders (height|level)\b", r"shoulder \1"), (r"\blvl\b", "level"), (r"\byer\b", "your"), (r"\bnr\b", "near"), (r"\bw/o\b", "without"), (r"\bw/ ?", "with "),
    # "arms on shoulder height": at it; a figure's "proper left arm" is its own left
    (r"\bon (?:the )?(shoulder|chest|hip|waist|eye|head) (height|level)\b", r"at \1 \2"), (r"\bproper (left|right)\b", r"\1"),
    # "hands-and-knees position", "on hands-and-knees"
    (r"\bhands-and-knees\b", "hands and knees"),
    # "bent right over", "crouching right down": all the way (no side)
    (r"\b(bent|bend|bends|bending|crouch\w*|squat\w*|sink\w*|sank|sunk|lean\w*|fold\w*|doubled|hunched|get|gets|got|getting) right (over|down|back|forward)\b", r"\1 \2"),
    # "arms folded front of chest": in front of it
    (r"(?<!\bin )(?<!\bthe )(?<!\bto )\bfront of (?=(?:the |his |her |their |your )?(?:chest|body|face|belly|stomach|hips?|torso|thighs?|knees?|shins?|feet)\b)", "in front of "),
    (r"\bhnds\b", "hands"), (r"\bhnd\b", "hand"), (r"\bfwd\b", "forward"), (r"\bb(?:ac)?kwd\b|\bbwd\b", "backward"), (r"\bht\b", "height"), (r" *& *", " and "),
    (r"\bl(?= (?:forward|backward|up|down|out|side)\b)", "left"), (r"\br(?= (?:forward|backward|up|down|out|side)\b)", "right"),
    # ("L foot only", "R knee high": a side before a body part, for every phrase rule after)
    (r"\b(l|r)(?= (?:foot|feet|leg|knee|arm|hand|hip|elbow|shoulder|ankle|wrist|heel|toes?|thigh|shin)\b)",
     lambda m: "left" if m.group(1) == "l" else "right"),
    (r"\b(to|toward|towards|on) (?:the )?l(?= *(?:[,;.)]|$))", r"\1 the left"), (r"\b(to|toward|towards|on) (?:the )?r(?= *(?:[,;.)]|$))", r"\1 the right"),
    # "head tilted R", "trunk turned L": a side after the verb; "knees str": straight
    (r"\b(tilted|tilts|tilt|tilting|turned|turns|turn|turning|leaning|leans|lean|bent|bends|bend|twisted|twists|twist|rotated) (l|r)(?= *(?:[,;.)]|$))",
     lambda m: f"{m.group(1)} to the {'left' if m.group(2) == 'l' else 'right'}"),
    (r"\b(knees?|legs?|arms?|elbows?|back|spine) str\b(?:\.(?= *(?:back|behind|forward|fwd|up|out|and|ahead|in front|to)\b))?", r"\1 straight"), (r"\bstdg\b", "standing"),
    # "~90", "wt on L ft", "R leg ext fwd", "arms out shldr ht", "ft hip-w"
    (r" ?~ ?", " about "), (r"\bwt\b", "weight"), (r"\btog\b", "together"), (r"\bshldrs?\b", "shoulder"), (r"\bhip[- ]w(?:idth)?\b", "hip width"),
    (r"\b(l|r|left|right|both|the|his|her|your) ft\b", r"\1 foot"), (r"\bft (?=hip|shoulder|apart|together|wide)", "feet "),
    (r"\b(legs?|arms?|knees?|elbows?) ext\b", r"\1 extended"), (r"\bquadruped(?: position| stance)?\b", "on all fours"),
    # "his own knee", "the actor's own throat": that body's ("own" would stand between the determiner and the part)
    (r"\b(his|her|their|your|my|its) own\b", r"\1"), (r"\b(?:the |a |an )?[a-z]+(?:'s|s') own\b", "the"),
    (r"\b(on|to|at|behind|over|under|around|across|against|onto) own\b", r"\1 the"),  # ("hands on own knees")
    # "without putting a knee down she crouches": the negation ends where a subject begins its own clause
    (r"\b(without [^,;.]*?) (?=(?:she|he|they) (?!\w+ing\b)[a-z]+\b)", r"\1, "),
    # "bend forward without bending the knees until the palms reach the floor": the negation ends
    # where "until" begins its own clause
    (r"\b((?:without|not|never) [^,;.]*?) (until|till)\b(?= (?:the |his |her |their |your )?(?:palms?|hands?|fingers?|fingertips|chest|head|forehead)\b)", r"\1, \2"),
    # "slides along the leg until the knee": as far as it, to it
    # (not "sink until your hips hover near knee level": a clause of its own)
    (r"\buntil (?=the (?:left |right )?(?:knees?|ankles?|foot|feet|shins?|toes?|floor|ground)\b(?! (?:is|are|hover\w*|touch\w*|reach\w*|meet\w*|come\w*|rest\w*)\b))", "to "),
    # "ties the laces of his left shoe": the hands at that foot
    (r"\b(?:the )?(?:shoe ?)?laces? of (the |his |her |their |your )?(left |right )?shoes?\b", r"\1\2foot"),
    (r"\b(tie|ties|tied|tying) (the |his |her |their |your )?(left |right )?shoe(?: ?laces?)?\b", r"\1 \2\3foot"),
    # "on one foot, the right one": on the right foot; "on one knee (R down)": that knee on the ground
    (r"\bon one (foot|leg),? \(?(?:the |his |her |their |your )?(left|right)(?: one)?\b\)?", r"on the \2 \1"),
    (r"\bon one knee,? \((?:the |his |her |their |your )?(left|right)(?: one| down| knee)?\)", r"on one knee, the \1 knee on the ground"),
    # "frozen on the right foot", "poised on the left leg": standing on it
    (r"\b(?:frozen|poised|caught|perched|balanced|held|stopped|stuck) on (?:the |his |her |their |your )?(left|right) (foot|leg)\b", r"standing on the \1 \2"),
    # "tip your face up to the sun": the head tipped back (not lying face up)
    (r"\b(tip|tips|tipped|tipping|tilt|tilts|tilted|tilting|turn|turns|turned|turning|lift|lifts|lifted|lifting|raise|raises|raised|raising)"
     r" (your|his|her|their|the) face up\b", r"\1 \2 head back"),
    # The A-pose, however written (one word for both readers).
    (r"\ba-pose\b|\ba[- ]shape\b", "apose"), (r"\bin an a pose\b", "in apose"),
    # "on all 4s", "all-fours": on all fours
    (r"\ball[- ]?(?:4|four)s\b|\ball 4\b|\b(?:4|four)[- ]?(?:pt|point)(?: kneel\w*| position| stance)?\b", "all fours"),
    # "legs str8", "ankles x'd", "knee dn"
    (r"\bstr8\b", "straight"), (r"\bsq\.", "squat"), (r"\bx'?d\b", "crossed"), (r"\bdn\b", "down"),
    # "both kn bent", "heels twd seat", "elbs tucked", "kn slt flex", "stndg"
    (r"\bkns?\b", "knees"), (r"\btwds?\b", "toward"), (r"\belbs?\b", "elbows"), (r"\bslt\b", "slightly"), (r"\bstn?dg\b", "standing"),
    # "the heels are kept down", "the knees stay down": down on the floor, as "the heels down" is read
    (r"\b(heels?|knees?|feet|foot|soles?) (?:are |is )?(?:kept|held|staying|stays?|remains?|remaining|left|planted) down\b(?! (?:to|toward|towards|in|into|by|at|beside)\b)", r"\1 down"),
    # "trunk vertical", "the torso is held vertical", a note's "torso up": upright, as "the back straight"
    # is read (a trunk said upright would also stand the body up)
    (r"\b(?:the |his |her |their |your )?(?:trunk|torso|spine|upper body) (?:is |are |held |kept |stays |remains )*(?:vertical|vertically\b|up(?= *(?:[,;.]|$)))", "the back straight"),
    # "Hold still like a wax figure": keeping still, nothing held
    (r"\b(?:hold|holds|holding|held) (?:it |this |that |yourself |himself |herself |the pose |the position )?(still|steady|motionless|frozen)\b", r"keep \1"),
    # "Low lunge, L fwd, R knee on floor": a bare side said forward in a lunge is that foot's
    (r"^(?=.*\blunge)(.*?)(^|[,;:] *)(left|right) (?:fwd|forward)\b", r"\1\2\3 foot forward"),
    # An angle in words with no unit ("the knee bent about ninety") is in degrees; "near 90" is about it
    (r"\b(ninety|forty[- ]five|sixty|thirty)\b(?! ?(?:degrees?|°|deg|percent|per cent|%|cm|centimet\w*|mm|millimet\w*|inch\w*|seconds?|minutes?|breaths?|counts?|times|reps?|kilos?|kg|pounds?|lbs?|years?)\b)",
     r"\1 degrees"), (r"\bnear (?=\d{2,3}\b)", "about "),
    # Non-native comparatives: "hands hang down more low than the knees"
    (r"\bmore (low|high)\b", r"\1er"),
    # "arms opened at the height of the shoulders": at shoulder height
    (r"\bat the (height|level) of (?:the |his |her |their |your )?(shoulder|waist|hip|head|eye)s?\b", r"at \2 \1"),
    # "on the tips of both feet": on tiptoe
    (r"\b(?:the )?tips of (?:the |both |his |her |their |your )?(?:feet|toes)\b", "tiptoes"),
    # "keep the hands off the floor, both on the hips": "both" is the hands
    (r"\b(hands|arms|palms)\b((?:(?!\b(?:legs?|feet|foot|knees?|arm|leg|hand|elbows?|heels?|shoulders?)\b)[^.;])*?), both (?=(?:on|at|behind|over|against|resting|rest|placed)\b)", r"\1\2, both \1 "),
    # "with the rifle on my back": a thing carried there, no lying on the back
    (r"\bwith (?:the |a |an |your |his |her |their )(?!(?:left|right|body|weight|hands?|palms?|arms?|fingers?|fists?|forearms?|elbows?|wrists?|legs?|feet|foot|knees?|heels?|soles?|shins?|thighs?|head|neck|chin|back|spine|shoulders?|hips?)\b)"
     r"([a-z]+) (?:slung |strapped |carried )?on (?:the |your |his |her |their )?back\b(?! (?:foot|feet|leg|legs|knee|knees|heel|heels|of|side)\b)", r"with the \1"),
    # a hand "over the heart" is on it (on the chest), not above it
    (r"\b(?:over|across|upon) (the |his |her |their |your )?heart\b", r"on \1heart"),
    # "the upper body bent over toward the right side": a bend to that side (not over toward a leg)
    (r"\b(bent|bend|bends|bending|lean|leans|leaning|leaned|tipped|tilted) over (?:toward|towards|to) (?:the |your |his |her |their )?(left|right)(?: side)?\b"
     r"(?! (?:leg|legs|foot|feet|knee|knees|thigh|thighs|shin|shins|ankle|ankles|hand|arm|hip|shoulder)\b)", r"leaning to the \2"),
    # "bends forward to grab her toes with both hands": the trunk bends, then the hands hold (the bend is
    # no elbow's)
    (r"\b(bend|bends|bending|bent|lean|leans|leaning|leaned|leant|fold|folds|folding|folded|stoop|stoops|stooping|stooped)"
     r" (forward|down|over|low) to (?=(?:grab|grabs|touch|touches|hold|holds|catch|catches|clasp|clasps|take|takes|grip|grips|grasp|grasps)\b"
     r"(?:(?!\b(?:and|while|but|then)\b)[^,;.])*? with (?:both|the|his|her|their|your|two) hands\b)",
     r"\1 \2 and "),
    # "both hands together stretched out in front": joined, and stretched out (as with a comma between)
    (r"\btogether (?=(?:stretched|extended|reaching|pushed|outstretched) (?:\w+ )?(?:out|forward|ahead|in front)\b)", "together , "),
    # a ball crossed in ("going up for a cross", "claiming a high cross") crosses no arms
    (r"\b(?:for|claim|claims|claiming|catch|catches|catching|meet|meets|meeting|take|takes|taking) (?:a |the )?(?:high |deep |looping |whipped )?cross\b(?! (?:the|his|her|their|your|both|arms?|legs?|ankles?)\b)", " "),
    # "bending her body sideways over the left leg", "stretching to my right side": a side bend
    (r"\b(?:bend|bends|bending|bent|lean|leans|leaning|leaned|leant|tilt|tilts|tilting|tilted|tip|tips|tipping|tipped)"
     r" (?:(?:the |his |her |their |your )?(?:body|trunk|torso|upper body) )?sideways over (?:the |his |her |their |your )?(left|right) (?:leg|knee|thigh|foot|side)\b",
     r"leaning to the \1"),
    (r"(^|[,;:.] *)((?:(?!\b(?:arms?|hands?|fingers?|fingertips|fists?|legs?|feet|foot|knees?)\b)[^,;:.])*?)\bstretch(?:es|ing|ed)? (?:over )?to (?:the |your |his |her |their )?(left|right) side\b",
     r"\1\2leaning to the \3"),
    # "straddle sit": sitting with the legs spread wide
    (r"\bstraddle[- ](?:sit|seat|sitting)\b", "sitting on the floor with the legs spread wide"),
    # ... and a straddle "on the floor" with no posture said is sat in ("legs spread wide in a straddle on the floor")
    (r"^(?!.*\b(?:stand\w*|stood|kneel\w*|knelt|lie|lies|lying|lay\w*|squat\w*|sit|sits|sitting|sat|seated|seat|splits?|plank\w*|handstand\w*)\b)"
     r"(.*?)\b(?:in|into) (?:a |the )?(?:wide |full |deep |big )?straddle on (?:the )?(?:floor|mat|ground)\b",
     r"\1, sitting on the floor with the legs spread wide"),
    # "arms raised, bent at the elbows": a clause of its own, the elbows bent (as "elbows bent" is read)
    (r"(^|[,;:] *)(and |with )?((?:slightly|a little|softly|deeply|sharply) )?bent (?:at|in|from) the (elbows?|knees?)\b",
     lambda m: f"{m.group(1)}{m.group(2) or ''}the {m.group(4)} {m.group(3) or ''}bent"),
    # "R arm fwd, L leg back, both straight": "both" is the two limbs just named; a closing "hold" holds the pose
    (r"\b((?:left|right) (?:arm|leg))( [^,;]+), ((?:left|right) (?:arm|leg))( [^,;]+), both (straight|bent|extended|long)\b",
     r"\1\2, \3\4, \1 \5 and \3 \5"),
    # (a closing "hold still" or "hold steady" is read as "keep still" by the rule above)
    (r"[,;.] *(?:and )?hold(?: it| there)?(?: for [\w ]+)? *[.!]? *$", "."),
    # "the right way", "right away", "right now": no side ("squatted down the right way, both arms ...")
    (r"\bthe right way\b", "properly"), (r"\bright (?:away|now)\b", "now"),
    # (not shorthand, but said in one word all the same: a straddle is the legs spread wide)
    (r"\bstraddle\b(?! (?:with (?:the |his |her |their |your |my |both )?legs (?:spread|apart|wide|open)|legs))", "straddle with the legs spread wide"),
    # ("one-leg stand on the left": standing on the left leg)
    (r"\b(?:one|single)[- ]?leg(?:ged)? (?:stand|stance|balance) on the (left|right)\b(?! (?:leg|foot))", r"standing on the \1 leg"),
)]


def _dropped_consonant(m: re.Match) -> str:
    """ "han'", "lef'", "groun'": the word with its dropped last consonant, when that is a word
    the readers know."""
    stem = m.group(1)
    return next((stem + end for end in "dtg" if stem + end in vocabulary()), stem)


# Eye dialect and Caribbean English spellings ("Him lef' han' a res' pon him knee", "siddung
# wid di foot dem flat"), spelled as the readers know them before anything else is read.
DIALECT = [(re.compile(p), r) for p, r in (
    (r"\b([a-z]+)in'(?![a-z])", r"\1ing"), (r"\b([a-z]{2,})'(?![a-z])", _dropped_consonant),
    (r"\b(hand|arm|leg|knee|elbow|heel|shoulder|toe|finger|hip|ankle|wrist|thigh|shin|palm|fist) dem\b", r"\1s"), (r"\bfoot dem\b", "feet"),
    (r"\b(hands?|foot|feet|arms?|legs?|knees?|head) a (?=(?:rest|hold|point|stretch|reach|hang|lean|press|touch)\w*\b)", r"\1 "),
    (r"\bhim (?=(?:left|right|two|both|knees?|hands?|head|back|chest|arms?|legs?|foot|feet|hips?|waist)\b)", "his "), (r"\bmi a\b", "i am"), (r"\b(?:him|he) a\b", "he is"), (r"\b(?:she|shi|har) a\b", "she is"), (r"\bshi\b", "she"), (r"\bhar\b", "her"),
    (r"\bdem\b", "them"), (r"\bpon\b", "on"), (r"\bdi\b", "the"), (r"\bwid\b", "with"), (r"\bsiddung\b", "sitting"), (r"\bdung\b", "down"),
    (r"\btogeda\b", "together"), (r"\bova\b", "over"), (r"\bunda\b", "under"), (r"\byuh\b", "your"), (r"\bnuh\b", "do not"),
    (r"\btek\b", "take"), (r"\bmek\b", "make"), (r"\binna\b", "in"), (r"\bmi\b", "my"), (r"\bdeh\b", "is"),
)]


_LEAD = re.compile(r"\b(left|right) (?:foot|leg|knee) (?:\w+ ){0,3}?(?:forward|ahead|in front|leading)\b|\b(?:lunge|lunges|lunging|step|steps|stepping)"
                   r" (?:\w+ ){0,3}?(left|right)(?: (?:foot|leg))? (?:forward|ahead|in front)\b|\b(left|right) (?:forward|in front)\b"
                   # ("R lunge", "a right lunge", "lunging on the left leg")
                   r"|\b(left|right|l|r) (?:lunge|lunges|split squat)\b|\blung\w* (?:on|with|onto) (?:the |his |her |their |your )?(left|right) (?:leg|foot|knee)\b"
                   # ("make a long step forward with the right leg")
                   r"|\b(?:lunge|lunges|lunging|step|steps|stepping|stepped)(?: \w+)?? (?:forward|ahead|out in front) (?:with|on) (?:the |his |her |their |your )?(left|right) (?:leg|foot)\b")
_FRONT_PART = re.compile(r"\b(?:the |his |her |their |your )?(?:front|leading|lead|forward) (knee|leg|foot|thigh|shin|heel)\b")
_BACK_PART = re.compile(r"\b(?:the |his |her |their |your )?(?:back|rear|trailing|hind) (knee|leg|foot|thigh|shin|heel)\b")


def name_front_and_back(text: str) -> str:
    """ "The front knee", "the back foot" of a stance whose leading side the text names ("lunge
    right forward, back knee down") become that side's and the other's."""
    lead = _LEAD.search(text)
    if lead is None:
        return text
    side = next(g for g in lead.groups() if g)
    side = {"l": "left", "r": "right"}.get(side, side)
    other = other_side(side)
    text = _FRONT_PART.sub(lambda m: f" the {side} {m.group(1)}", text)
    return _BACK_PART.sub(lambda m: f" the {other} {m.group(1)}", text)


PAIRED_PARTS = r"(?:hands|arms|legs|feet|knees|elbows|palms|wrists|ankles|heels|shoulders|thighs|shins|fists|forearms|soles|hips|upper arms|lower legs)"


# Unpunctuated speech starts a new clause where a new subject starts ("no he's not standing he's
# sitting on the floor", "she's not sitting she's kneeling": the negation ends there), unless a
# word that joins clauses comes before it ("so that he's", "as if she's") or a body part, the
# object put first ("the left hand she is holding on her chest", "in his left hand he is carrying").
NEW_SUBJECT = re.compile(r"\b([a-z]+) (?=(?:he|she|they|you|we|i)(?:'s|'re|'m| is| are| am)\b)")
JOINING_WORDS = frozenset("that if though as when while because so like how way until till where what which who whom whose why "
                          "whether and but or nor since once after before than unless then".split())
BODY_PART_WORDS = frozenset(ARM_WORDS | LEG_WORDS | PLURALS.keys() | set("shoulder hip toe sole soles head back chest neck body trunk torso".split()))


def _new_clause(match: re.Match) -> str:
    word = match.group(1)
    return match.group(0) if word in JOINING_WORDS or word in BODY_PART_WORDS else f"{word} , "


def prepared(caption: str) -> str:
    """The first steps of reading a caption, the same for the caption reader and the built-in
    lexicon: lower case, eye-dialect spellings spelled out (DIALECT), typing slips mended (posegen.caption_spelling), first person as second
    ("on my back" is "on your back"), dashes as clause breaks, shorthand spelled out, and the
    front and back legs of a stance named."""
    text = caption.lower().replace("\u2019", "'").replace("*", " ").replace("_", " ")
    for pattern, replacement in DIALECT:
        text = pattern.sub(replacement, text)
    text = mend_slips(text)  # "feet togther", "arms straigt up"
    text = re.sub(r"\b(?:my|our|its)\b", "your", text)  # ("the mannequin with its arms at its sides")
    # "the two hands", "your both knees", "with two hands": both (one word for the pair, as every phrase reads it)
    text = re.sub(rf"\b(?:(?:the|your|his|her|their) (?:two|both)|(with|by|on|in|using) two)(?= {PAIRED_PARTS}\b)",
                  lambda m: f"{m.group(1)} both" if m.group(1) else "both", text)
    text = re.sub(DASH, " , ", text)  # a dash sets a clause apart, as a comma does
    text = NEW_SUBJECT.sub(_new_clause, text)  # ("he's not standing he's sitting": a new clause)
    text = re.sub(r"\bon to\b(?= (?:the|his|her|their|your|all|both|one|a|an|hands|knees|elbows|forearms)\b)", "onto", text)  # ("come on to your hands and knees")
    for pattern, replacement in ABBREVIATIONS:
        text = pattern.sub(replacement, text)
    # "stretching at the wall, both palms flat on it": on the wall
    text = re.sub(r"(\bwall\b.*?\b(?:on|against|onto|into)) it\b", r"\1 the wall", text)
    # (the top and bottom limbs of a side-lying body named before "lower leg" is read as the shin)
    return name_top_and_bottom(name_front_and_back(text))


# Words of a caption that lies down, in which "on the left side" is a side lain on (not a place:
# "the hand past the midline on the left side").
LYING_WORDS = r"lie|lies|lying|lay|laying|lain|sleep\w*|roll\w*|reclin\w*|sprawl\w*|curl\w*|rest\w*|turn\w*|floor|mat|ground|bed|positioned|placed"
# Lying on a side (the reader's token for it, or the words).
LYING_ON_A_SIDE = re.compile(
    rf"\bonside(left|right)\b|^(?=.*\b(?:{LYING_WORDS})\b)"
    r".*?\bon(?:to)? (?:the |his |her |their |its |your |my )?(left|right) side\b(?! of)")


def name_top_and_bottom(text: str) -> str:
    """Lying on a side, the top limbs are those of the other side and the bottom ones those of
    that side: "on the left side, the top leg lifted" lifts the right leg."""
    lying = LYING_ON_A_SIDE.search(text)
    if not lying:
        return text
    down = lying.group(1) or lying.group(2)
    up = other_side(down)
    text = re.sub(r"\b(?:top|uppermost|upside)\s+(arm|hand|leg|knee|foot|hip|shoulder)", rf"{up} \1", text)
    text = re.sub(r"\bupper\s+(hand|leg|knee|foot|hip)\b", rf"{up} \1", text)  # (the "upper arm" is a bone)
    text = re.sub(r"\blower\s+(hand|leg|knee|foot|hip)\b", rf"{down} \1", text)  # (and "lower legs", plural, the shins)
    return re.sub(r"\b(?:bottom|lowermost|underneath|underside)\s+(arm|hand|leg|knee|foot|hip|shoulder)", rf"{down} \1", text)
