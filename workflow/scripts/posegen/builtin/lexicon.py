"""Words the builtin generator understands: stems, synonyms, multi-word phrases and concepts.

Captions are reduced to canonical word stems ("raises", "lifting", "held up" ->
"raise"), multi-word names become single tokens ("downward-facing dog" ->
"downdog"), and each concept below fires when every one of its word groups
occurs in a clause. Tuning is by meaning (word families and synonyms), not by
any one file's wording.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from posegen.caption_standins import AIRBORNE
from posegen.caption_phrases import BACK_ON_THE_FLOOR, BENT_OVER, BODY_PHRASES, HEELS_UP, ON_A_SEAT, WEIGHT_ON
from posegen.caption_prepare import SIDE_SHORTHAND

def _hugging(m: re.Match) -> str:
    """Seated arms wrapped around the knees hug them; one sided arm around one knee hugs that knee
    ("the right arm is wrapped around the right knee"); both arms around one knee are left as said."""
    before, one_knee = m.group(1), m.group(2)
    if not one_knee:
        return f"{before} hugging the knees "
    return f"{before} arm hugging the knee " if before.endswith(("left ", "right ")) else m.group(0)


# Irregular forms and spellings mapped before suffix stripping.
IRREGULAR = {
    "lying": "lie", "lay": "lie", "lays": "lie", "laying": "lie", "lain": "lie", "lies": "lie",
    "sat": "sit", "seated": "sit", "knelt": "kneel", "bent": "bend", "held": "hold", "stood": "stand", "drawn": "pull", "drew": "pull",
    "feet": "foot", "foots": "foot", "toes": "toe", "tiptoe": "tiptoes", "tiptoeing": "tiptoes", "tippy": "tiptoes",
    "straddle": "spread", "straddling": "spread", "straddled": "spread", "leant": "lean", "swung": "swing", "threw": "throw", "thrown": "throw", "spread": "spread",
    "outspread": "spread", "outstretched": "stretch", "stretched": "stretch", "crouched": "crouch",
    "eyes": "eye", "knees": "knee", "put": "put", "puts": "put", "putting": "put", "rose": "raise",
    "risen": "raise", "bowed": "bow", "bows": "bow", "bowing": "bow", "overhead": "overhead",
    "arms": "arm", "hands": "hand", "legs": "leg", "his": "", "her": "", "their": "", "its": "",
    "the": "", "a": "", "an": "", "one's": "", "is": "", "are": "", "was": "", "being": "",
    "him": "", "them": "", "herself": "", "himself": "", "themselves": "", "himselves": "",
    "palms": "hand", "palm": "hand", "fingers": "finger", "thumb": "finger", "thumbs": "finger",
    "chin": "face", "mouth": "face", "nose": "face", "cheek": "face", "cheeks": "face", "forehead": "brow",
    "brow": "brow", "heels": "heel", "buttocks": "hip", "waist": "hip", "hips": "hip", "bum": "hip",
    "doing": "do", "does": "do", "did": "do", "done": "do", "forward": "forward", "forwards": "forward",
    "ahead": "forward", "front": "front", "backward": "backward", "backwards": "backward",
    "sideways": "sideways", "sidewards": "sideways", "laterally": "sideways", "outward": "out",
    "outwards": "out", "upward": "up", "upwards": "up", "downward": "down", "downwards": "down",
    "skyward": "sky", "skywards": "sky", "ceiling": "sky", "ceilingward": "ceilingward", "heavens": "sky", "heaven": "sky",
    "floor": "floor", "ground": "floor",
}

# Stem -> canonical word (word families and synonyms).
SYNONYMS = {
    "lift": "raise", "elevat": "raise", "hoist": "raise", "rais": "raise", "upraise": "raise",
    "stick": "put", "place": "put", "lay": "lie", "lie": "lie", "reclin": "lie",
    "sprawl": "lie", "perch": "sit", "kne": "knee", "kneel": "kneel", "genuflect": "kneel",
    "hunker": "crouch", "duck": "crouch", "stoop": "bend", "hing": "bend", "hunch": "hunch", "slouch": "hunch",
    "tilt": "tilt", "cock": "tilt", "incline": "tilt", "tip": "tilt", "fold": "fold", "cros": "cross",
    "akimbo": "hip", "stretch": "stretch", "extend": "extend", "straighten": "extend", "stick out": "extend",
    "wav": "wave", "salut": "salute", "point": "point", "aim": "point", "gestur": "point",
    "indicat": "point", "kick": "kick", "punch": "punch", "jab": "punch", "box": "box", "boxer": "box",
    "fight": "fight", "fighter": "fight", "combat": "fight", "martial": "fight", "karate": "fight",
    "guard": "guard", "jump": "jump", "leap": "jump", "hop": "hop", "spring": "jump", "bounc": "jump",
    "walk": "walk", "stroll": "walk", "march": "walk", "step": "step", "strid": "stride", "run": "run",
    "jog": "run", "sprint": "run", "dash": "run", "lung": "lunge", "squat": "squat", "crouch": "crouch",
    "bend": "bend", "lean": "lean", "bow": "bow", "arch": "arch", "twist": "twist", "rotat": "twist",
    "turn": "turn", "swivel": "twist", "screw": "twist", "look": "look", "gaz": "look", "star": "look", "glanc": "look",
    "peer": "look", "watch": "look", "fac": "look", "nod": "nod", "shrug": "shrug", "hug": "hug",
    "embrac": "hug", "clasp": "together", "join": "together", "press": "together", "pres": "together", "clap": "clap",
    "applaud": "clap", "pray": "pray", "prayer": "pray", "namaste": "pray", "flex": "flex",
    "bicep": "bicep", "biceps": "bicep", "curl": "curl", "cover": "cover", "hid": "cover", "shad": "shade",
    "shield": "shade", "touch": "touch", "pat": "touch", "scratch": "touch", "grab": "touch", "catch": "touch", "seiz": "touch",
    "hold": "hold", "grip": "hold", "carry": "hold", "throw": "throw", "toss": "throw", "pitch": "throw",
    "hurl": "throw", "swing": "swing", "golf": "golf", "golfer": "golf", "club": "golf", "balanc": "balance",
    "stand": "stand", "upright": "upright", "erect": "upright", "straight": "straight", "hang": "hang",
    "dangl": "hang", "drop": "hang", "relax": "relax", "loos": "relax", "limp": "relax", "rest": "relax",
    "up": "up", "above": "up", "high": "high", "higher": "high", "tall": "high", "overhead": "overhead",
    "floor": "floor", "mat": "floor", "chair": "chair", "bench": "chair", "stool": "chair", "sofa": "chair",
    "couch": "chair", "seat": "chair", "fist": "fist", "finger": "finger", "index": "finger",
    "plank": "plank", "sideplank": "sideplank", "pushup": "pushup", "press-up": "pushup", "tree": "tree", "warrior": "warrior",
    "downdog": "downdog", "childpose": "childpose", "bridge": "bridge", "cobra": "cobra", "sphinx": "sphinx",
    "ballet": "ballet", "ballerina": "ballet", "arabesque": "ballet", "pirouett": "ballet",
    "attention": "attention", "sprinter": "sprinter", "tpose": "tpose", "apose": "apose",
    "hamstring": "hamstring", "toe": "toe", "tiptoes": "tiptoe", "tiptoe": "tiptoe",
    "apart": "apart", "wide": "wide", "broad": "wide", "spread": "spread", "open": "spread",
    "together": "together", "cross": "cross", "crosslegged": "crosslegged", "lotus": "crosslegged", "sidesaddle": "sidesaddle",
    "sidesaddleany": "sidesaddleany",
    "v": "v", "vee": "v", "y": "v", "heel": "heel", "allfours": "allfours", "prone": "prone",
    "supine": "supine", "jumpingjack": "jumpingjack", "tuck": "tuck", "bysides": "down", "bysid": "down", "pull": "pull", "pul": "pull", "draw": "pull", "muscl": "muscle", "ris": "rise", "straddl": "straddle",
    "hugg": "hug", "reach": "reach", "grasp": "reach", "sky": "up", "abduct": "spread",
    "shoulder": "shoulder", "head": "head", "face": "face", "eye": "eye", "brow": "brow", "chest": "chest",
    "heart": "chest", "breast": "chest", "torso": "torso", "trunk": "torso", "upperbody": "torso",
    "bodi": "body", "body": "body", "back": "back", "spine": "back", "neck": "neck", "hip": "hip",
    "pelvi": "hip", "belly": "belly", "stomach": "belly", "tummy": "belly", "abdomen": "belly",
    "thigh": "thigh", "shin": "leg", "calf": "leg", "ankle": "foot", "ankl": "foot", "calv": "leg", "sol": "foot", "nap": "neck", "fingertip": "finger", "foot": "foot", "leg": "leg",
    "arm": "arm", "hand": "hand", "elbow": "elbow", "knee": "knee", "wrist": "hand",
    "forward": "forward", "front": "forward", "sides": "side", "stance": "stance", "backward": "backward", "behind": "behind", "rear": "behind",
    "sideways": "sideways", "side": "side", "out": "out", "down": "down", "low": "low", "lower": "low",
    "deep": "deep", "deeply": "deep", "slight": "slight", "slightly": "slight", "bit": "slight",
    "little": "slight", "gentl": "slight", "gently": "slight", "barely": "slight", "somewhat": "slight",
    "partial": "half", "partially": "half", "partly": "half", "half": "half", "halfway": "half",
    "midway": "half", "fully": "full", "full": "full", "completely": "full", "complet": "full",
    "far": "full", "way": "full", "maximum": "full", "very": "full", "extremely": "full",
    "left": "left", "right": "right", "both": "both", "two": "both", "each": "both", "either": "both",
    "one": "one", "single": "one", "stride": "stride", "jumping": "jump", "midair": "jump",
    "salute": "salute", "left-hand": "left", "right-hand": "right", "ear": "head",
    "temple": "head", "crown": "head", "hair": "head", "mid": "mid", "middle": "mid", "sit": "sit",
    "lunge": "lunge", "recov": "",
    "sideway": "sideways", "raise": "raise", "on": "on", "over": "over", "across": "cross",
    "around": "around", "in": "in", "to": "to", "at": "at", "by": "by", "of": "of", "into": "in",
    "under": "under", "below": "down", "beneath": "down", "underneath": "down", "backbend": "backbend",
    "guardup": "guard", "shadowbox": "box", "atten": "attention",
    "foetal": "fetal", "fetal": "fetal", 
    "loosely": "relax", "relaxed": "relax", "relaxedly": "relax", "limply": "relax", "loose": "relax",
    "goodby": "wave", "hello": "wave", "greet": "wave", "bye": "wave", "hi": "wave",
    "thumbsup": "thumbsup", "starjump": "jumpingjack", "x": "x", "foldforward": "foldforward",
}

# Multi-word phrases rewritten to single tokens before tokenising (applied in order).
PHRASES = [
    # "the left leg lies flat", "the arms lie along the floor": a limb laid, no lying body
    (r"\b((?:left |right |both |two )?(?:legs?|arms?|hands?|feet|foot|forearms?|shins?|palms?)) (?:is |are )?(?:lies|lie|lying|laid|lay|laying)\b", r" \1 "),
    ON_A_SEAT,
    WEIGHT_ON,
    BENT_OVER,
    *BODY_PHRASES,
    (r"\b(?:inverted|upside[- ]down) v\b", " downdog "),
    # An activity named as the context is no posture: "catching my breath after a run".
    (r"\b(?:after|from|before|during|post|mid) (?:a |an |the |his |her |my |your |their |our )?(?:long |hard |short |morning |evening )?(?:run|jog|walk|workout|race|sprint|hike|game|match|class)\b", " "),
    (r"\bt[- ]?pose\b|\bt[- ]shape\b|\bshape of (?:a|the) t\b", " tpose "),
    (r"\bdown(?:ward)?[- ]?(?:facing[- ])?dog\b", " downdog "),
    (r"\bchild'?s?[- ]pose\b|\bchild pose\b|\bbalasana\b", " childpose "),
    (r"\bcross[- ]legged\b|\bcrisscross\b|\bcriss[- ]cross(?: applesauce)?\b|\bindian style\b", " crosslegged "),
    (r"\b(?:jumping|star)[- ]jacks?\b|\bstar[- ]jump\b", " jumpingjack "),
    (r"\bmid[- ]?(?:air|jump|leap)\b|\bin the (?:middle|midst) of (?:a |the )?(?:jump|leap|hop)\b", " midjump "),
    (r"\bmid[- ]?(?:stride|step|walk)\b|\bin the (?:middle|midst) of (?:a |the )?(?:stride|step)\b", " stride "),
    (r"\bsprinter'?s?\b|\brunner'?s? start\b|\bstarting blocks?\b|\bon (?:your|his|her|their|the) marks?\b|\bstarting position\b|\bready to sprint\b", " sprinter "),
    (r"\bface[- ]?down\b|\bprone\b|(?<!palm )(?<!palms )(?<!hand )(?<!hands )\b(?:ly\w*|lie\w*|lay\w*|flat)\s+(?:down\s+)?(?:flat\s+)?on (?:the |his |her |their |your |its )?(?:stomach|belly|front|tummy|chest)\b", " lie prone "),
    # Seated, arms wrapped (or hands clasped) around the knees hug them.
    (r"^(?=.*\b(?:sit|sits|sitting|sat|seated|seat)\b)(.*?)\b(?:(?:the |his |her |their |your |my |both )?(?:arms?|hands?) (?:are |is )?(?:wrapped|wraps?|wrapping|locked|looped|clasped|clasping|laced|interlaced|linked)"
     r"|(?:wrap|wraps|wrapping|wrapped|clasp|clasps|clasping) (?:the |his |her |their |your |my |both )?(?:arms?|hands?))"
     r" (?:tightly |loosely )?(?:a)?round (?:the )?(?:front of )?(?:the |his |her |their |your |my |both )?(?:bent )?(?:(left|right) (?:bent )?(?:knee|shin|leg|lower leg)|knees|shins|legs|lower legs)\b",
     _hugging),
    (r"\bface[- ]?up\b|\bsupine\b", " supine "),
    (BACK_ON_THE_FLOOR, " supine "),
    # Face down and up on the forearms (not forearms and toes: a plank) is the sphinx.
    (r"\bsphinx(?: pose)?\b|^(?=.*\blie prone\b)(?!.*\b(?:plank|toes)\b)(.*?)\b(?:(?:propped|propping|props?|resting|rests?|leaning|leans?|supported|lifted|raised|up)"
     r"(?: (?:yourself|himself|herself|themselves|oneself|itself))?(?: up)? )?(?:on|onto) (?:the |his |her |their |your |my |both )?(?:forearms|elbows)\b", r"\1 sphinx "),
    # ... and the chest pushed up off the floor, the cobra ("pushed my chest up off the floor on straight arms").
    (r"^(?=.*\blie prone\b)(?!.*\b(?:plank|toes)\b)(.*?)\b(?:push\w*|press\w*|lift\w*|rais\w*)(?: \w+){0,2}? (?:chest|torso|upper body|trunk)"
     r"(?: up)? (?:up )?off (?:the )?(?:floor|ground|mat)\b", r"\1 cobra "),
    # ... and pushed up on straight arms, the cobra.
    (r"^(?=.*\blie prone\b)(?!.*\b(?:plank|toes)\b)(.*?)\b(?:push\w*|press\w*|propped|lifted|raised|held)(?: (?:yourself|himself|herself|themselves|oneself|itself))?"
     r"(?: up)? on (?:the |his |her |their |your |my |both )?(?:straight |extended |locked |long )?(?:arms|hands|palms)\b", r"\1 cobra "),
    # ... and the chest lifted with the arms straight ("prone, chest lifted off the floor with straight arms pushing up",
    # "chest up on straight arms", "propping his chest up on straight arms").
    (r"^(?=.*\blie prone\b)(?=.*\b(?:(?:straight|extended|locked) arms|arms (?:are |kept |held )?(?:straight|extended|locked))\b)(?!.*\b(?:plank|toes|forearms|elbows)\b)(.*?)"
     r"\b(?:(?:chest|torso|upper body|trunk) (?:is )?(?:lifted|raised|pushed up|pressed up|propped up|up)"
     r"|(?:push|press|prop|lift|rais)\w*(?: (?:the|his|her|their|your))? (?:chest|torso|upper body|trunk)(?: up)?)\b", r"\1 cobra "),
    # Sitting reclined leans back; it does not lie down.
    (r"^(?=.*\b(?:sit|sits|sitting|sat|seated)\b)(.*?)\breclin(?:e|es|ed|ing)\b", r"\1 leaning back"),
    (r"\bfetal position\b|\bcurled up\b|\bcurl up\b", " fetal "),
    (r"\bupper body\b|\bupper torso\b", " torso "),
    # The back (or spine) bent or rounded forward is the trunk's bend, not a lean back, said of it
    # ("his back is bent forward a bit") or done to it ("tip the spine forward").
    (r"\b(?:the |his |her |their |your )?(?:back|spine) (?:is |was )?(?:bent|rounded|curved|hunched|tipped|tilted|angled) (?=(?:\w+ ){0,2}?forward\b)"
     r"|\b(?:tip|tips|tipping|tilt|tilts|tilting|bend|bends|bending|round|rounds|rounding|curve|curves|curving) (?:the |his |her |their |your )?(?:back|spine) (?=forward\b)", " torso bent "),
    (r"\bthumbs? up\b", " thumbsup "),
    # "flex your right elbow to a right angle": a joint bent, not a muscle shown off
    (r"\bflex(?:es|ed|ing)? ((?:the |his |her |their |your |my )?(?:left |right |both )?elbows?)\b", r" bend \1 "),
    (r"\b(?:above|over|beyond|past) (?:the |his |her |their |your |its |one'?s )?heads?\b", " overhead "),  # (as the reader reads it)
    # (arms up by the ears are overhead, in line with the trunk; not a hand up by the ear)
    (r"\bup (?:by|beside|alongside|next to|close to) (?:the |his |her |their |your )?ears\b", " up overhead "),
    (r"\b(?:up )?(?:to|toward|towards|at|for) (?:the )?(?:sky|ceiling|heavens)\b|\bskywards?\b", " up high ceilingward "),
    (r"\bup high\b|\bup in the air\b|" + AIRBORNE + r"\bin the air\b", " up high "),
    # A knee hovering just above the floor (a lunge's back knee) is bent, not raised.
    (r"\b(knees?) (?:is |are )?(?:hovering|hovers|hover|floating|floats|kept|held|stays|staying)(?: [\w']+){0,4}? (?:above|off|over|clear of) (?:the )?(?:floor|ground|mat)\b", r"\1 bent"),
    # Hands on the floor beside the hips are on the floor, not on the hips.
    (r"\b((?:on|into|onto) (?:the )?(?:floor|ground|mat)) (?:beside|next to|by|at the sides of|either side of) (?:his |her |their |your |the )?(?:hips|seat|buttocks|bottom)\b", r" \1 "),
    # Pressed into the floor or against something is a push, not palms pressed together.
    (r"\bpress(?:es|ed|ing)?\b(?=(?:\s+\w+){0,3}?\s+(?:into|onto|on|against|down|to|through)\b(?!\s+each other|\s+one another))", " push"),
    (r"\bback[- ]?bend\b|\bbend(?:s|ing)? backwards?\b", " backbend "),
    (r"\bhand[- ]?stand\b", " handstand "),
    # (a soldier is a person who may do anything; standing like one is attention)
    (r"\bat attention\b|\bto attention\b|\b(?:like|as) (?:a |an )?(?:toy |tin )?soldier\b|\bsoldier(?:'?s)? (?:stance|posture|pose|statue)\b", " attention "),
    (r"\bsquat(?:s|ting)? down\b", " squat "),
    (r"\bcrouch(?:es|ing)? down\b", " crouch "),
    (r"\bon tip[- ]?toes?\b|\bon (?:the |his |her |their |your |my )?tip[- ]?toes?\b|\bon (?:the |his |her |their |your |my )?toes\b|\b(?:on|onto|up on) (?:the )?balls of (?:the |his |her |their |your |my )?feet\b|\bonto (?:the |his |her |their |your |my )?toes\b", " tiptoe "),
    (HEELS_UP, " tiptoe "),
    # What one rests or puts "on the knees" is the hands, not the body ("rest them on the knees").
    (r"\b(rest|rests|resting|put|puts|putting|place|places|placing|lay|lays|laying|set|sets|setting) them (on|onto|over|against)\b", r" \1 the hands \2 "),
    # A ballet master, teacher or dancer is a person: no ballet pose unless one is named.
    (r"\bballet (master|mistress|teacher|instructor|coach|dancer|student|pupil|class|school|company)\b", r" \1 "),
    # Above shoulder height is up, not at that height.
    (r"\b(?:above|over) (?:the )?shoulder[- ](?:height|level)\b", " above "),
    # A height is not a contact: "at shoulder height" puts no hand on the shoulder.
    (r"\b(?:at|to|around|near|about) (?:about |roughly |around |approximately )?(?:the )?(?:shoulder|chest|eye|head|face|hip|waist|knee|belly|navel) (?:height|level)\b|\b(?:shoulder|chest|eye|head|hip|waist)[- ](?:height|level)\b|\b(?:shoulder|chest|eye|head|hip|waist)-high\b", " level "),
    (r"\b(?:under|below|beneath) (?:the |his |her |their |your |my )?shoulders\b", " "),
    # Nor is a comparison or a span: "level with the shoulders", "higher than her shoulders",
    # "halfway between your hip and your shoulder", "shoulder-width apart".
    (r"\b(?:level|even|flush|higher|lower|wider|narrower) (?:with|than) (?:the |his |her |their |your |my )?shoulders?\b"
     r"|\bbetween (?:the |his |her |their |your |my )?(?:hips?|waist) and (?:the |his |her |their |your |my )?shoulders?\b", " level "),
    (r"\bshoulder[- ]width\b", " shoulderwidth "),
    # Hands on the lower back are behind the back.
    (r"\b(?:into|on|onto|against|to|at|in) (?:the |his |her |their |your |my )?(?:lower back|small of (?:the |his |her |their |your |my )?back)\b", " behind back "),
    (r"\b(?:the )?back of (?:the |his |her |their |your |my )?(?:head|neck)\b", " behind head "),
    (r"\b(?:evenly )?on both (?:feet|legs)\b", " "),
    # Hands that lie or rest somewhere are placed, not a lying posture.
    (r"\b(hands?|palms?|arms?|fingers?|fingertips|forearms?) (?:are |is )?(?:lying|lie|lies|laid|lay)\b", r" \1 resting "),
    # Forearms forward with the upper arms down are bent elbows, not arms held out.
    (r"\bforearms? (?:are |is )?(?:pointing|pointed|point|points|held|reaching|sticking) (?:straight )?(?:forward|ahead|out front|in front)\b", " elbow bend "),
    *SIDE_SHORTHAND,
    (r"\bhands[- ]on[- ]hips\b", " hand on hip "),
    (r"\bv[- ]shape[d]?\b|\bv[- ]position\b|\bshape of (?:a|the) v\b|\ba v\b|\bthe letter v\b|\by[- ]shape[d]?\b", " v "),
    (r"\bhigh[- ]knees?\b", " knee raise high "),
    (r"\bwarrior (?:two|2|ii)\b", " warrior two "),
    (r"\bfighting stance\b|\bfighter'?s stance\b|\bcombat stance\b|\bmartial arts? stance\b", " fight stance "),
    (r"\b(?:yoga )?tree pose\b|\bvrksasana\b", " tree "),
]
PHRASE_PATTERN = [(re.compile(p), r) for p, r in PHRASES]

# Words that split a caption into clauses.
CLAUSE_BREAKS = {"while", "and", "with", "whilst", "then", "as", "but", "plus", "meanwhile", "also", "where", "who", "which", "keeping", "having"}

SIDE_WORDS = {"left", "right", "both", "one"}
DEGREE_WORDS = {"slight": 0.5, "quarter": 0.5, "half": 0.65, "halfway": 0.65, "midway": 0.65, "full": 1.25, "deep": 1.3, "high": 1.2, "low": 1.25, "wide": 1.3}

# Body-part words whose side a concept reads (arm family and leg family).
ARM_PARTS = {"arm", "hand", "fist", "finger", "elbow"}
LEG_PARTS = {"leg", "knee", "foot", "thigh", "heel", "toe"}

# Small CJK table: common phrases -> English with the same meaning.
CJK = [
    ("单膝跪地", " kneeling on one knee "), ("双膝跪地", " kneeling on both knees "), ("跪", " kneeling "),
    ("双手举过头顶", " both arms raised overhead "), ("举手", " raising the arm "), ("举起", " raising "),
    ("向后弯腰", " arching back "), ("弯腰", " bending forward "), ("左手叉腰", " left hand on hip "),
    ("右手叉腰", " right hand on hip "), ("双手叉腰", " hands on hips "), ("叉腰", " hands on hips "),
    ("坐在地上", " sitting on the floor "), ("坐在椅子上", " sitting on a chair "), ("坐", " sitting "),
    ("站立", " standing "), ("站", " standing "), ("躺", " lying on the back "), ("蹲", " squatting "),
    ("跳", " jumping "), ("挥手", " waving "), ("敬礼", " saluting "), ("踢", " kicking "),
    ("双臂张开", " arms out to the sides "), ("张开双臂", " arms out to the sides "), ("抱臂", " arms crossed "),
    ("左手", " left hand "), ("右手", " right hand "), ("左腿", " left leg "), ("右腿", " right leg "),
]
CJK_RANGE = re.compile(r"[\u3400-\u9fff]")


@dataclass(frozen=True)
class Concept:
    """One recognisable meaning.

    name: concept id (what the composer acts on); region: which body part it decides
    (one concept per region per clause); groups: every group needs one of its words
    in the clause; exclude: none of these may occur; parts: body-part words whose side
    word gives the concept's side; label: what `understood` reports.
    """

    name: str
    region: str
    groups: tuple[frozenset, ...]
    exclude: frozenset = frozenset()
    parts: frozenset = frozenset()


def _concept(name, region, spec, exclude="", parts=()):
    groups = tuple(frozenset(g.split("|")) for g in spec.split())
    return Concept(name, region, groups, frozenset(exclude.split()), frozenset(parts))


A, L = ARM_PARTS, LEG_PARTS
# Order matters within a region: the first concept that fires in a clause wins it.
CONCEPTS = [
    # Named whole-body poses.
    _concept("tpose", "named", "tpose"),
    _concept("apose", "named", "apose"),
    _concept("tree", "named", "tree", exclude="top christmas", parts=L),  # (not "a star on top of the tree")
    _concept("warrior", "named", "warrior", parts=L),
    _concept("downdog", "named", "downdog"),
    _concept("childpose", "named", "childpose"),
    _concept("bridge", "named", "bridge"),
    _concept("cobra", "named", "cobra"),
    _concept("sphinx", "named", "sphinx"),
    _concept("fetal", "named", "fetal"),
    _concept("sprinter", "named", "sprinter", parts=L),
    _concept("boxing", "named", "box|guard|punch", exclude="golf", parts=A),
    _concept("fighting", "named", "fight|karate", parts=L),
    _concept("attention", "named", "attention"),
    _concept("ballet", "named", "ballet", parts=L),
    _concept("golf", "named", "golf"),
    _concept("throw", "named", "throw", exclude="up overhead sky air torso trunk", parts=A),  # (not "arms thrown up in a V", "trunk pitched forward")
    _concept("jumpingjack", "named", "jumpingjack"),
    _concept("hamstring", "named", "hamstring|toe_touch_stretch", parts=L),
    _concept("allfours", "posture", "allfours|crawl"),
    _concept("pushup", "posture", "pushup"),
    _concept("side_plank", "posture", "sideplank"),
    _concept("plank", "posture", "plank"),
    # Postures.
    _concept("lie_front", "posture", "lie|flat|down prone|belly"),
    _concept("lie_front", "posture", "prone"),
    _concept("lie_side", "posture", "lie side|sideways", exclude="prone supine back", parts=L | A | {"side"}),
    _concept("lie_back", "posture", "lie|supine"),
    _concept("sit_cross", "posture", "sit|crosslegged crosslegged|cross"),
    _concept("sit_cross", "posture", "crosslegged", exclude="stand"),
    _concept("sit_heels", "posture", "sit|kneel heel", exclude="tiptoe"),
    _concept("sit_knees_up", "posture", "sit knee pull|up|bend|hug|tuck|chest", exclude="chair"),
    _concept("sit_chair", "posture", "sit chair"),
    _concept("sit_floor", "posture", "sit floor"),
    _concept("sit_floor", "posture", "sit leg extend|straight|stretch|out"),
    _concept("sit", "posture", "sit"),
    _concept("kneel_one", "posture", "kneel|knee|genuflect one|left|right", exclude="both lift raise up bend flex fold high chest kick slight hand palm finger elbow forearm wrist balance stand pull straight lock off lunge over hug", parts=L),  # (not "the left knee 10 cm off the floor", "the left knee over the ankle")
    _concept("kneel_both", "posture", "kneel"),
    _concept("kneel_both", "posture", "on knee", exclude="hand hug chest elbow forearm arm wrist palm finger fist lift raise up high bend flex leg foot stand balance"),
    _concept("side_lunge", "posture", "lunge side|sideways", exclude="forward"),
    _concept("lunge", "posture", "lunge", parts=L),
    _concept("squat", "posture", "squat"),
    _concept("crouch", "posture", "crouch"),
    # Both thighs level with the floor, with no seat or knee down, is a squat (a horse stance).
    _concept("squat", "posture", "thigh parallel|horizontal", exclude="sit chair stool bench lie kneel lunge plank sideplank left right one"),
    _concept("jump", "posture", "midjump"),
    _concept("jump", "posture", "jump|hop", exclude="one"),
    _concept("run", "posture", "run"),
    _concept("stride", "posture", "stride|walk"),
    _concept("step", "posture", "step forward|out|front"),
    _concept("step", "posture", "step"),
    _concept("one_leg", "posture", "stand|balance|hop|on one|left|right leg|foot", exclude="extend kick raise lift knee side out apart bend cross slight", parts=L),
    _concept("one_leg", "posture", "balance", parts=L),
    _concept("stand", "posture", "stand|upright", exclude="handstand"),
    # Torso (the whole upper body).
    _concept("toe_touch", "torso", "touch|reach toe|foot|floor", parts=()),
    _concept("bend_forward", "torso", "foldforward"),
    _concept("arch_back", "torso", "backbend"),
    _concept("arch_back", "torso", "arch back|backward|torso|body|spine"),
    _concept("arch_back", "torso", "arch"),
    _concept("bow", "torso", "bow", exclude="head"),  # a bowed head is the head's (look_down)
    _concept("bow", "torso", "bow forward|deep|waist|hip|torso|trunk|body"),
    _concept("hunch", "torso", "hunch|round", exclude="twist turn"),
    _concept("side_bend", "torso", "bend|lean|tilt|fold sideways|side|left|right", exclude="forward backward back knee elbow head arm leg"),
    _concept("lean_back", "torso", "lean|tilt|bend back|backward", exclude="head"),
    _concept("bend_forward", "torso", "bend|lean|fold|tilt|hunch forward|over|down", exclude="head knee elbow arm leg"),
    # Bending (or hinging) at the waist or the hips is bending forward; the trunk level with the floor too.
    _concept("bend_forward", "torso", "bend hip|waist", exclude="head knee elbow arm leg side sideways back backward left right"),
    _concept("bend_forward", "torso", "trunkflat", exclude="lie prone supine plank sideplank pushup allfours"),
    _concept("twist", "torso", "twist|turn|rotate torso|body|waist|hip|trunk|back|shoulder|chest", exclude="head"),
    _concept("twist", "torso", "twist", exclude="head"),
    # Head.
    _concept("look_up", "head", "look|tilt|head up|sky|high|back|backward", exclude="down"),
    _concept("look_down", "head", "look|tilt|head|nod down|foot|floor|toe|nod"),
    _concept("look_down", "head", "head bow"),
    _concept("look_down", "head", "nod"),
    _concept("head_tilt", "head", "tilt|cock|lean|bend head|neck left|right|side|sideways"),
    _concept("head_turn", "head", "turn|look|rotate|twist|glance head|neck|over|look left|right|side|sideways|shoulder", exclude="torso"),
    # Shoulders.
    _concept("shrug", "shoulders", "shrug"),
    _concept("shrug", "shoulders", "raise|hunch|lift shoulder", exclude="hand arm"),
    # Arms (side from the arm word; plural or "both" -> both).
    _concept("clap_overhead", "arms", "clap overhead|up|high"),
    _concept("clap", "arms", "clap"),
    _concept("prayer", "arms", "pray"),
    # (hands clasped low in front: "in front of his belt buckle", "at the waist")
    _concept("clasp_low", "arms", "hand|palm|finger together hip|belly|stomach|groin|lap|belt|low|navel", exclude="behind overhead up back leg knee"),
    _concept("prayer_overhead", "arms", "hand|palm|finger together overhead|up|high", exclude="behind leg foot knee"),  # "palms together above the head"
    _concept("prayer", "arms", "hand|palm together", exclude="behind overhead up knee thigh shin foot brow"),  # (not together on a knee, or under the forehead)
    _concept("behind_head", "arms", "hand|arm|finger behind head|neck"),
    _concept("behind_back", "arms", "hand|arm behind back|behind", exclude="head neck"),
    _concept("cover_face", "arms", "cover|hand|touch|put face", parts=A),
    _concept("shade_eyes", "arms", "shade|cover|shield|hand eye|brow|sun", parts=A),
    _concept("salute", "arms", "salute", parts=A),
    _concept("on_hips", "arms", "hand|fist|arm|put hip|akimbo", exclude="lift raise kick side knee thigh", parts=A),
    _concept("on_shoulder", "arms", "hand|touch|put|arm shoulder", exclude="shrug hunch round behind up", parts=A),  # (not "high above your shoulders", "shoulders rounded")
    _concept("touch_head", "arms", "touch|hand|put|scratch|hold head", exclude="look tilt turn nod", parts=A),
    _concept("on_chest", "arms", "hand|put|touch|fist chest|belly", exclude="cross fold pray together hug", parts=A),
    # Folded arms cross; folded hands are clasped ("hands folded in the lap").
    _concept("crossed", "arms", "arm|forearm cross|fold", exclude="crosslegged leg foot knee forward under head pillow", parts=A),
    _concept("crossed", "arms", "hand cross", exclude="crosslegged leg foot knee forward", parts=A),
    _concept("hug", "arms", "hug"),
    _concept("curl", "arms", "curl", parts=A),
    _concept("flex", "arms", "flex|bicep|muscle", exclude="knee leg foot", parts=A),
    _concept("wave", "arms", "wave", parts=A),
    _concept("thumbsup", "arms", "thumbsup", parts=A),
    # (fists up by the face, the chin or the shoulders are held there, bent: a guard, not raised in the air)
    _concept("fist_up", "arms", "fist raise|up|high|pump|air", exclude="guard box fight face chin jaw cheek shoulder", parts=A),
    _concept("guard", "arms", "fist up|guard|face|chin|jaw|cheek"),
    # Toward the ceiling is overhead when upright; lying on the back, straight up off the chest (plan.py).
    _concept("skyward_point", "arms", "point ceilingward", exclude="leg foot knee thigh toe heel look head face brow neck eye", parts=A),
    _concept("skyward", "arms", "arm|hand|finger|fist|reach|raise|point|stretch|extend|hold ceilingward", exclude="leg foot knee thigh toe heel look head face brow neck eye clap", parts=A),
    _concept("point_up", "arms", "point up|overhead|high|raise", parts=A),
    _concept("point_down", "arms", "point down|floor|low", parts=A),
    _concept("point_side", "arms", "point side|sideways|out|left|right", exclude="forward", parts=A),
    _concept("point_forward", "arms", "point", parts=A),
    _concept("v_arms", "arms", "v|diagonal|x", exclude="leg sit", parts=A),
    _concept("overhead", "arms", "arm|hand|finger|fist|reach|raise|stretch overhead", exclude="clap", parts=A),
    # (not "the elbows opened wide": where the elbows point says little about the hands)
    _concept("arms_side", "arms", "arm|hand|raise|reach|stretch|extend|spread|open side|sideways|out|wide|spread|apart|wing|t", exclude="forward front leg foot knee lie bend lean hang relax down low elbow", parts=A),
    _concept("arms_forward", "arms", "arm|hand|reach|stretch|extend|raise|hold|point forward|front|ahead|out", exclude="leg foot knee bend lean fold", parts=A),
    _concept("arms_back", "arms", "arm|hand|swing|stretch backward", exclude="leg lean bend", parts=A),
    _concept("overhead", "arms", "arm|hand|reach|raise|stretch|hold up|high|sky|raise|overhead", exclude="leg foot knee thigh shoulder look head hang down low level", parts=A),
    _concept("elbow_bent", "arms", "elbow|arm bend|flex|bent", exclude="leg knee", parts=A),
    # "Reaching down", "hands to the floor": a reach; "arms down", "hands hang": hanging arms.
    _concept("reach_down", "arms", "reach down|floor", exclude="kneel off", parts=A),
    _concept("reach_down", "arms", "arm|hand floor", exclude="kneel off raise", parts=A),
    _concept("arms_down", "arms", "arm|hand hang|relax|down|side|low", exclude="up raise knee", parts=A),
    _concept("arms_down", "arms", "arm hang|relax"),
    # (not holding the hands on a body part: "holding the palms on the knees")
    _concept("hold_front", "arms", "hold|carry", exclude="leg plank sideplank pushup squat lunge stance position bridge pose warrior weight "
             "knee thigh lap hip waist head elbow shoulder neck chest", parts=A),
    # Legs (side from the leg word).
    _concept("kick", "legs", "kick", parts=L),
    # (not "folds forward until the chest meets the thighs": a fold)
    _concept("knee_up", "legs", "knee|thigh raise|up|lift|high|pull|bring|chest", exclude="kneel both bend slight sit meet", parts=L),
    # Knees hugged to the chest (lying or standing on one leg): raised knees, whatever the count.
    _concept("knee_up", "legs", "knee|thigh hug|pull|draw|tuck|bring chest|up", exclude="kneel sit meet", parts=L),
    _concept("leg_side", "legs", "leg|foot extend|out|raise|stretch|lift|kick side|sideways", exclude="forward front back backward behind", parts=L),
    # Legs stretched "out": out to the side standing, out in front sitting (posegen.builtin.plan).
    _concept("leg_out", "legs", "leg|foot extend|out|raise|stretch|lift|kick out", exclude="forward front back backward behind", parts=L),
    _concept("leg_back", "legs", "leg|foot extend|raise|stretch|lift|kick|straight back|backward|behind", exclude="lie", parts=L),
    _concept("leg_forward", "legs", "leg|foot raise|lift forward|front|out|raise", exclude="sit lie side fold", parts=L),
    # Stretched or straight out in front without a lift: raised standing, the seat's own legs sitting (posegen.builtin.plan).
    _concept("leg_ahead", "legs", "leg|foot extend|stretch|straight|out forward|front|out", exclude="sit lie side fold", parts=L),
    _concept("knee_bent", "legs", "knee|leg bend|flex|bent", exclude="kneel arm elbow sit", parts=L),
    _concept("legs_aside", "stance", "sidesaddle"),
    _concept("legs_aside_unsaid", "stance", "sidesaddleany"),
    _concept("legs_crossed", "stance", "leg|ankle|foot|crosslegged cross|crosslegged", exclude="sit"),
    _concept("feet_apart", "stance", "foot|leg|stance|stand apart|wide|spread|straddle|shoulder", exclude="together"),
    _concept("feet_together", "stance", "foot|leg|heel together"),
    # (a region of their own: the heels rise whatever the width of the feet, "feet apart on tiptoe")
    _concept("tiptoe", "heels", "tiptoe"),
    _concept("tiptoe", "heels", "toe|heel raise|up|lift|stand|rise"),
]

# Words that make a clause stand on its own; a clause without any (e.g. "with both hands")
# belongs to the clause before it.
ACTION_WORDS = frozenset(
    w
    for c in CONCEPTS
    for g in c.groups
    for w in g
    if w not in ARM_PARTS | LEG_PARTS | SIDE_WORDS | {"head", "face", "eye", "shoulder", "chest", "torso", "body", "back", "neck", "hip", "brow", "belly", "toe", "floor", "on", "over"}
)
