"""Phrases of where the legs and knees go, rewritten the same way by both readers of a description
(the caption reader and the built-in generator's lexicon). posegen.caption_phrases lists them, with
the phrases of the arms and the body, in BODY_PHRASES, the order they apply.
"""

from __future__ import annotations

# A knee "nearly touching the mat", "near the floor" is held just off it (a lunge's back knee), not down on it.
KNEE_NEARLY_DOWN = (r"\b(knees?)((?: [\w']+){0,2}?) (?:(?:nearly|almost|not quite|just about|close to) (?:touching|touches|touch|on|brushing|brushes|grazing|grazes|kissing|kisses|reaching)"
                    r"|near|nearly to|almost to|close to) (?:the )?(floor|ground|mat)\b", r"\1\2 hovering just above the \3")
# A foot flat "beside the other knee", "near the left knee" stands flat on the floor there (a knee bent
# up, seated or lying on the back); it is not lifted to that knee, as a foot "on" or "against" it is.
FOOT_FLAT_BESIDE = (r"\b((?:foot|feet|sole|soles)(?: (?:is|are|stands?|sits?|stays?|rests?|placed|planted|set|put|kept))*) flat (?:on the (?:floor|ground|mat) )?"
                    r"(?:near|beside|by|next to|close to|alongside|inside) (?:the |your |his |her |their |its )?(?:other |opposite |left |right )?(?:knee|shin|calf|ankle|thigh)s?\b",
                    r"\1 flat")  # (no place: "on the floor" after a foot would stand on it)
# A part "pointing down at the floor" points down; it is not on the floor ("the knee pointing down at the floor").
POINTING_AT_THE_FLOOR = (r"\b(pointing|points|point|pointed|aimed|aiming|aims|directed) (straight )?(?:down )?(?:at|to|toward|towards) (?:the )?(?:floor|ground|mat)\b",
                         r"\1 \2down")
# "The weight is borne by the left foot alone", "all weight is carried on the right foot": standing on that leg
# (a clause of its own, whose side is not the next limb's; a weight only "carried by the right leg" may
# rest a foot beside it, as a statue's relaxed leg does). SUPPORTED_ON_LEG, later in BODY_PHRASES, reads
# "supported on the right leg" and "all the weight rests on it" the same way.
WEIGHT_BORNE_BY = (r"\b(?:(all|whole|entire|full) (?:the |his |her |their |your |body )?|(?:the |his |her |their |your )?(?:body )?)weight (?:is |being )?"
                   r"(?:borne|carried|taken|held|supported) (?:by|on) (?:the |his |her |their |your )?(left|right) (?:foot|leg)( alone| only)?\b",
                   lambda m: f"standing on the {m.group(2)} leg" if m.group(1) or m.group(3) else m.group(0))
# Legs stacked, "one on the other" (lying on a side): together.
STACKED = (r"\b(legs|knees|feet|ankles|thighs)((?: \w+){0,3}?),? (?:are )?(?:stacked|one on (?:top of )?(?:the other|another)|on top of each other)\b", r"\1 together\2")
# Kneeling, thighs "straight up" rise from the knees to the hips: vertical, not raised.
KNEELING_THIGHS_UP = (r"^(?=.*\bkneel\w*\b)(.*?\bthighs?) (?:are |is )?(?:standing |held |kept |rising )?(?:straight up|upright|up straight|vertically)\b", r"\1 vertical")
# Ankles crossed with one foot "in front": crossed in front, not a step ahead.
CROSSED_FOOT_IN_FRONT = (r"^(?=.*\bcross\w*\b)(.*?)\b(left|right) (foot|ankle) (?:is )?(?:set |placed |kept |put )?in front\b(?! of)", r"\1 \2 \3 crossed in front")
# On the balls of the feet, however one got there ("rises onto the balls of both feet").
BALLS_OF_THE_FEET = (r"\b(?:rises?|rising|rose|risen|raise yourself|up|lifts?|lifting|comes?|coming|go|goes|balance|balances|balanced|balancing) (?:up )?(?:on|onto) (?:the |both |your |his |her |their )?balls of (?:the |both |her |his |their |your )*feet\b", " on tiptoe ")
# A back leg's knee "lifted" is off the floor ("right leg extended back with the knee lifted").
BACK_KNEE_LIFTED = (r"\b(legs? (?:\w+ ){0,3}?(?:back|behind)(?: \w+){0,3}?) the knee (?:is )?(?:lifted|raised|up)\b(?! (?:to|toward|towards|high))", r"\1 the knee offground")
# The soles pressed together bend both knees out to the sides (the butterfly or bound-angle seat).
SOLES_TOGETHER = (r"\b(?:butterfly|bound[- ]angle|cobbler'?s?) (?:pose|stretch|sit)\b|\b(?:the |your |his |her |their |both )?soles "
                  r"(?:of (?:the |your |his |her |their |both )?feet )?(?:are |is )?(?:pressed |placed |brought |held |put |kept )?"
                  r"(?:together|touching(?: each other)?)\b", " feet together with both knees bent out ")
# Legs up the wall: lying with both legs raised straight up.
LEGS_UP_WALL = (r"\b(?:(?:the |his |her |their |your |both )?legs (?:are )?(?:resting |stretched |propped |extended )?"
                r"(?:straight )?up (?:against )?(?:the |a )?wall|viparita karani)\b", " both legs raised straight up ")
# Soft knees are slightly bent ones ("hinge forward with soft knees", "knees soft").
SOFT_KNEES = (r"\bsoft (knees?)\b|\b(knees?) (?:kept |held |are |is |stay |staying |remain |remaining )?soft\b", r" \1\2 slightly bent ")
# Lying on the back, legs that point up are raised straight up ("on back, legs pointing at the ceiling").
LEGS_POINTING_UP = (r"^(?=.*\b(?:lie|lies|lying|lay|laying|supine|on (?:the |his |her |their |your |my )?back)\b)(.*?)\b(legs?) (?:are |is )?"
                    r"(?:(?:pointing|pointed|point|points|reaching|reach) (?:straight |vertically )?(?:up(?:ward)?|(?:at|to|toward|towards) (?:the )?(?:ceiling|sky))"
                    r"|(?:straight|vertically) up)(?: (?:at|to|toward|towards) (?:the )?(?:ceiling|sky))?\b", r"\1 \2 raised straight up ")
# Face down, feet kicked up in the air behind: the knees bent, the shins up.
PRONE_FEET_UP = (r"^(?=.*\b(?:prone|face[- ]?down|on (?:the |his |her |their |your )?(?:tummy|belly|stomach|front))\b)(.*?)"
                 r"\b(?:the |his |her |their |your )?(feet|heels|shins|lower legs) (?:are |is )?(?:kicking |kicked |swinging |swung |raised |lifted |waving )?up"
                 r"(?: (?:in|into) the air)?(?: behind (?:him|her|them|you|the body))?\b", r"\1 both knees bent with the \2 raised ")
# Pilates' tabletop legs (lying on the back): the thighs vertical, the knees at a right angle.
TABLETOP_LEGS = (r"\b(legs?|knees|shins) (?:are |is )?(?:lifted |raised |brought |held )?(?:up )?(?:in|into|to|at) (?:a )?table[- ]?top(?: position)?\b",
                 r" both knees bent at 90 degrees with the thighs vertical ")
# "L foot only", "on the right leg only": standing on it.
FOOT_ONLY = (r"^(?!.*\b(?:sit\w*|seated|lie|lies|lying|kneel\w*)\b)(.*?)\b(?:on )?(?:the )?(left|right) (foot|leg) only\b", r"\1standing on the \2 \3")
# Legs "in butterfly": the soles together.
LEGS_IN_BUTTERFLY = (r"\blegs (?:in|into) (?:a |the )?butterfly\b", "the soles together")
# Seated with both legs folded to one side (a side-saddle seat): both knees bent, the feet
# to that side ("sits on the floor with her legs tucked to the left"); not lying or kneeling
# ("knees dropped to the right" lying on the back is a twist). The side said comes first, for the
# generator's lexicon; one unsaid is its own word (the lexicon takes a later side word otherwise).
# (the last one said: "side-saddle, legs tucked to the right" names the side)
LEGS_TO_ONE_SIDE = (r"^(?=.*\b(?:sit\w*|seated|sat)\b)(?!.*\b(?:lie|lies|lying|lay\w*|supine|kneel\w*|knelt)\b)(.*)"
                    r"\b(?:(?:both |the |his |her |their |my |your )?(?:legs|knees|feet) (?:are |being )?(?:both )?"
                    r"(?:folded|tucked|swept|curled|drawn|bent)(?: (?:up|in|back|under|round|around|together|and (?:tucked|folded|bent)))*"
                    r"(?: over| off| away)? (?:to|toward|towards|on|onto) (?:(?:one|a|the|his|her|their|my|your) side"
                    r"|(?:the|his|her|their|my|your) (left|right)(?:[- ]hand)?(?: side)?(?![- ]angle))"
                    r"|side[- ]?saddle(?: (?:to|toward|towards|on) (?:the|his|her|their|my|your) (left|right))?)\b",
                    lambda m: f"{m[1]} both knees bent , " + (f"{m[2] or m[3]} sidesaddle " if m[2] or m[3] else " sidesaddleany "))
# Legs crossed on the floor are a cross-legged seat (on a chair, one knee over the other), said
# with a seat word or with no other posture ("floor, legs crossed, palms on knees").
LEGS_CROSSED_ON_THE_FLOOR = (r"^(?=.*\b(?:floor|ground|mat|rug|carpet|cushion)\b)(?:(?=.*\b(?:sit\w*|seated|sat)\b)|(?!.*\b(?:stand\w*|stood|lie|lies|lying|lay\w*|kneel\w*|knelt|chair|stool|bench)\b))"
                             r"(.*?)\b(?:crossed legs|legs (?:are |being |folded and )?crossed)\b", r"\1 crosslegged ")
# Feet wider than the shoulders or hips are apart (not a height "level with the shoulders").
WIDER_THAN = (r"\b(feet|legs|stance|heels|ankles|knees) (?:(?!no\b|not\b|never\b)\w+ ){0,3}?(?:(?:wider|broader) than|(?:well |far |way )?(?:beyond|past|outside) (?:the )?) ?(?:the |his |her |their |your )?(?:shoulders?|hips?)(?:[- ]width)?\b",
              r"\1 wide apart")
# An ankle or foot "on the raised left knee": that knee is bent up too.
ON_THE_RAISED_KNEE = (r"\b((?:ankle|foot|heel|shin|calf)s?\b[^,;.]{0,40}?\b(?:on|over|across|against|onto)) (?:the |his |her |its |their |your |my )?"
                      r"(?:raised|bent|lifted|upright|propped(?: up)?|bent up|drawn up) (left|right) knee\b",
                      r"\1 the \2 knee , the \2 knee bent up ,")
# A calf raise stands on the toes (no leg is raised).
CALF_RAISE = (r"\b(?:calf|calves|heel) raises?\b", " tiptoe ")
# "On the left leg only" opening a clause stands on that leg ("on R leg, L knee up").
ON_ONE_LEG = (r"(^|[,;:.]\s*)on (?:the |his |her |their |your |one )?(left|right|l|r) (?:leg|foot)(?: only| alone)?\b",
              lambda m: f"{m.group(1)} standing on the {dict(l='left', r='right').get(m.group(2), m.group(2))} leg ")
# The thighs just above the knees are at the knees ("hands on the thighs just above the knees").
JUST_ABOVE_KNEES = (r"\b(?:the |his |her |their |your |my )?(?:lower )?thighs? (?:just|right|slightly|a little) above (?:the |his |her |their |your |my )?(knees?)\b", r" the \1 ")
# The seat held "just above the heels" on the feet is a squat's (not a kneel's: "kneeling, the seat just above the heels").
SEAT_OVER_HEELS = (r"^(?!.*\b(?:kneel\w*|knelt|knees? (?:on|down|rest\w*))\b)(.*?)\b(?:the |his |her |their |your |my )?(?:seat|bottom|buttocks|bum|backside|butt)"
                   r" (?:is |are )?(?:hovering |hovers |held |kept |low |sunk |dropped |hanging )*(?:just |right )?(?:above|over) (?:the |his |her |their |your |my )?heels\b",
                   r"\1 squatting with the seat low")
# A tree picked from, stood under or grown tall like is no tree pose ("pick the last apple off the tree").
# (a tall tree said of no leg: "rise onto your tiptoes to be a tall, tall tree")
A_TREE_AROUND = (r"\b(off|from|under|beneath|up|at|by|beside|near|behind|toward|towards|of) (?:a |the |that |this )?(?:apple |oak |old |big )?tree\b", r"\1 the branch")
A_TALL_TREE = (r"^(?!.*\b(?:legs?|foot|feet|soles?|knees?|thighs?)\b)(.*?)\b(?:(?:tall|big|high|old)(?:,? (?:tall|big|high|old))* trees?|tall (?:like|as) a tree)\b", r"\1 tall")
# Legs crossed at the ankles: the ankles are crossed.
CROSSED_AT_THE_ANKLES = (r"\bcrossed at the ankles?\b", " ankles crossed ")
# Heels, feet or ankles touching are together (not touching something: "feet touching the wall").
FEET_TOUCHING = (r"\b(heels|feet|ankles|big toes|insides of the feet) (?:are |lightly |just )?(?:touching|meeting|touch|meet|pressed together)\b(?! (?:the|his|her|their|your|a|an|each)\b)", r" \1 together ")
# A wide stance stands with the feet wide apart.
WIDE_STANCE = (r"\b(?:wide|wide[- ]legged|broad|straddled?) (?:stance|base|footing)(?= *(?:[,;.:]|$|and\b|while\b|with\b))", " stance with the feet wide apart ")
# A half kneel kneels on one knee.
HALF_KNEEL = (r"\bhalf[- ]?kneel(?:ing)?(?: (?:position|stance|pose))?\b", " kneeling on one knee ")
# Feet or toes turned out (a turned-out stance): the feet's rotation, which no reader follows, not a leg raised.
FEET_TURNED_OUT = (r"\b(?:the )?(?:feet|toes|foot) (?:are |is )?(?:turned|pointing|pointed|splayed|rotated) (?:out|outward|outwards)"
                   r"(?: (?:at|by|to) (?:a |an |about |roughly |approximately )?\d+ ?(?:°|degrees?|deg)(?: angle)?)?",
                   " feetturnedout ")
# Supported or balanced on one leg is standing on it ("the weight is supported on the right leg alone").
SUPPORTED_ON_LEG = (r"\b(?:(?:supported|balanced|balancing|standing) |all (?:the |his |her |their |your )?weight (?:is |rests |resting )?)(?:only |solely |alone )?(?:by|on) (?:the |a |his |her |their |your )?(left|right) (leg|foot)(?: alone| only)?\b", r" standing on the \1 \2 ")
# "Tip-toe", "tippy toes": on the toes, the heels up (not the head tipped).
TIP_TOE = (r"\btip[- ]toe(?:s|d|ing)?\b|\btippy[- ]?toes?\b"
           # ("rise onto both toes", "up on the toes of both feet")
           r"|\b(?:rise|rises|rising|rose|risen|raise yourself|go|goes|come|comes|up) (?:up )?on(?:to)? (?:both |the |your |his |her |their )?toes\b", " tiptoe ")
LOWER_LIMBS = (r"\b(the|his|her|their|your|my|both|left|right) lower (?:limbs|extremities)\b", r" \1 legs ")
LOWER_LIMB = (r"\b(the|his|her|their|your|my|each|left|right|one) lower (?:limb|extremity)\b", r" \1 leg ")
# A knee "chambered" (for a kick) is drawn up high and bent, the kick not yet thrown.
KNEE_CHAMBERED = (r"\b(knee) (?:is |was |held )?chambered(?: high| up)?(?: (?:for|ready for|to throw) (?:a |the )?(?:\w+ )?kick)?\b|\bchamber(?:s|ed|ing)? (?:the |his |her |your |their )?(left |right )?knee\b",
                  lambda m: f" {m.group(2) or ''}knee raised high ")
# "Take a knee on your right": kneel on that knee.
TAKE_A_KNEE = (r"\b(?:take|takes|taking|took|drop|drops|dropping|dropped|go|goes|going|went) (?:down )?(?:on |to )?(?:a|one) knee,? on (?:your|his|her|their|the) (left|right)\b(?! (?:foot|leg|hand|arm|side))",
               r" kneel on the \1 knee ")
# Toes "touching the floor" rest on it: the toes are what touches, no hand reaches down to them.
TOES_TOUCHING_DOWN = (r"\b(toes?|toe tips|balls? of (?:the |his |her |their |your |my )?(?:foot|feet)) (?:are |is )?(?:just |lightly |only |barely |still )?"
                      r"(?:touching|touch|touches|resting on|rest on|rests on) (?:the )?(floor|ground|mat)\b", r"\1 on the \2")
# "Sits down into her crouch": a squat, not a seat.
SITS_INTO_A_SQUAT = (r"\bsit(?:s|ting)? (?:down |back |deep )?into (?:a |her |his |their |your |the )?(?:deep |low |full )?(?:crouch|squat)\b", " squatting ")
# Lying on the back with "the knees pointing to the roof": bent up over the feet.
KNEES_TO_THE_CEILING = (r"\b(?:knees(?: both| each)?|knee both) (?:are |is )?(?:both )?(?:pointing|pointed|point|points|aimed|aiming) (?:straight )?(?:up )?(?:to|at|toward|towards) (?:the )?(?:roof|ceiling|sky)\b", " knees bent up ")
# "Legs in a V", "legs opened into a wide V": spread wide apart.
LEGS_IN_A_V = (r"\blegs (?:are |is )?(?:spread |opened |open |set |held )?(?:in|into|forming|making) (?:a|the) (?:wide |big |broad )?v(?: shape)?\b(?! with (?:the |his |her |their |your )?(?:body|torso|trunk|upper body))", " legs spread wide apart ")
