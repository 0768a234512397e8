"""Whole phrases that both readers of a description rewrite the same way: the caption reader
(posegen.caption_reader, through posegen.caption_tokens) and the built-in generator's lexicon
(posegen.builtin.lexicon). Each is a (pattern, replacement) pair that turns a way of saying a pose
into words both read alike ("on hands and knees" -> allfours, "the seat resting on the heels" ->
sitting on the heels); BODY_PHRASES lists them in the order they apply. The first steps of
reading a caption, before these, are in posegen.caption_prepare.
"""

from __future__ import annotations

from posegen.caption_standins import (
    LIFTING_TASK, FOOTWEAR, SEAT_HEADING, FOOTWEAR_PLACED, GLOVES, HOLD_A_POSE, DECUBITUS, OTHER_FLOORS, LOAD_AT, HAT_AND_HAIR,
    BALL_SEAT, BUMP, BOX_OBJECT,
)
from posegen.caption_hand_phrases import (
    ELBOWS_INSIDE, HAND_OVER_HAND, ARMS_FLEXED_FORWARD, LOWER_THAN, EACH_BY_ITS_HAND, HANDS_STACKED,
    PALMS_TURNED, PALMS_TO_THE_FLOOR, SIDED_PUNCH, HELD_IN_THE_HAND, HANDS_ON_THE_SEAT, ALONG_THE_FLOOR_OVERHEAD,
    ELBOW_IN, ARMS_BORNE_BY, TO_THE_FRONT_OF, IN_FRONT_OF_THE_BELLY, BELOW_THE_KNEE_HELD, KNEE_HUGGED_BY_PRONOUN,
    FOOT_HELD_BY_PRONOUN, UNDER_THE_CHEEK, UNDER_THE_CHIN_LYING, UNDER_THE_HEAD_PRONE, REACH_ACROSS_TO,
    SHOULDER_ANGLE, KNEE_TO_CHEST_WITH_HANDS, KNEE_HUGGED_WITH_HANDS, TOGETHER_SHORTHAND, HANDS_TOUCHING, LAY_A_PART,
    BACK_POCKETS, PALMS_FACING, CHEST_HEIGHT, ARM_OVER_THE_EYES, PUNCHED_OUT, A_HAND_ON_EACH, THEM_THE_HANDS,
    POINTED_AT_SOMETHING, JOINED_AT_THE_WRISTS, HANDS_MEET, UNDER_THE_HEAD_SUPINE, FRAMING_A_FOOT, HANDS_ON_A_WALL,
    FRONT_POCKETS, BY_THE_SIDES, NAPE, ARMS_A_CROSS, CROSS_THINGS, ARM_IN_LINE_WITH_SHOULDER, AT_THE_BELT, X_CROSSED,
    BREASTBONE, ABOVE_THE_CROWN, ARMS_AWAY_FROM_THE_BODY, ONE_HAND_CLASPING,
    ANGLE_AWAY_FROM_THE_BODY, PRESSED_TO_THE_HIP, UPPER_LIMBS, UPPER_LIMB, SMALL_OF_THE_BACK, PRESSING_A_PART, HIGHER_THAN,
    IN_THE_BACK_OF, EACH_HAND_ON_ITS, ARMS_KEPT_AT_THE_SIDES, SIDE_OF_THE_WAIST, FOREARMS_CROSSED_ON_KNEES,
)
from posegen.caption_leg_phrases import (
    KNEE_NEARLY_DOWN, FOOT_FLAT_BESIDE, POINTING_AT_THE_FLOOR, WEIGHT_BORNE_BY, STACKED, KNEELING_THIGHS_UP, CROSSED_FOOT_IN_FRONT,
    BALLS_OF_THE_FEET, BACK_KNEE_LIFTED, SOLES_TOGETHER, LEGS_UP_WALL, SOFT_KNEES, LEGS_POINTING_UP, PRONE_FEET_UP,
    TABLETOP_LEGS, FOOT_ONLY, LEGS_IN_BUTTERFLY, LEGS_TO_ONE_SIDE, LEGS_CROSSED_ON_THE_FLOOR, WIDER_THAN, ON_THE_RAISED_KNEE, CALF_RAISE,
    ON_ONE_LEG, SEAT_OVER_HEELS, JUST_ABOVE_KNEES, CROSSED_AT_THE_ANKLES, FEET_TOUCHING, WIDE_STANCE, HALF_KNEEL,
    FEET_TURNED_OUT, A_TREE_AROUND, A_TALL_TREE,
    SUPPORTED_ON_LEG, TIP_TOE, LOWER_LIMBS, LOWER_LIMB, KNEE_CHAMBERED, TAKE_A_KNEE, TOES_TOUCHING_DOWN,
    SITS_INTO_A_SQUAT, KNEES_TO_THE_CEILING, LEGS_IN_A_V,
)

# "Standing tall and straight": the body held up (not a limb said before it made straight; "upright" may be a leg's).
TALL_AND_STRAIGHT = (r"\btall and straight\b|\bstraight and tall\b", "tall")
# Rewrites the builtin generator's lexicon (posegen.builtin.lexicon) makes the same way.
# (not a heel pulled "up behind you", "up toward the seat": a knee folded)
HEELS_UP = r"\bheels? (?:are |is )?(?:lifted|raised|up|off)(?: (?:up|off))?(?: (?:the )?(?:floor|ground|mat))?\b(?!(?<=up) (?:behind|toward|towards|to|into|against)\b)"
# Where the weight is says nothing of sitting or lying: "the weight sits on the balls of the feet".
WEIGHT_ON = (r"\b((?:the |his |her |their |your )?(?:body )?weight) (?:sits|sitting|rests|resting|lies|lying|stays|staying)"
             r"(?= (?:mostly |mainly |fully |evenly )?(?:on|onto|over|in)\b)", r"\1 is")
# Bent over is a fold of the trunk, whatever is touched after it ("bent over with the hands on the knees").
BENT_OVER = (r"\b(?:bent|bend|bends|bending|hunched|hunching|doubled|doubling) over\b(?! (?:the |his |her |their |your |a )?(?:left |right |l |r |lower |other |upper |bottom |top )?(?:knee|leg|thigh|foot|feet|shin|ankle|toe|heel|table|desk|chair|rail|wall|bar|one)s?\b)"
             r"(?! (?:sideways|to (?:the |his |her |their |your )?(?:left|right))\b)", " foldforward ")  # (bent over to a side: BENT_OVER_SIDEWAYS)
# The back kept flat on the floor is lying on it: "the knees hugged, the back flat on the mat".
# ("Back and head on the floor; ...": a label with no determiner, another part with it)
BACK_ON_THE_FLOOR = (r"(?:\b(?:the|his|her|their|your|my|its) |\b[a-z]+'s |^\s*|[;:.,] )(?:whole |entire )?(?:back|spine)(?: and (?:the |his |her |their |your )?(?:head|shoulders|hips|pelvis))? (?:is |are |was |stays |stay |remains |remain )?"
                     r"(?:kept |pressed |held |resting |lying |glued |pinned |flat |fully |firmly |down )*(?:on|against|into|onto|to) (?:the )?(?:floor|ground|mat|rug|bed|mattress|futon|carpet|blanket|towel|grass|sand|snow|ice|table|couch|stretcher|trolley|plinth)\b")
# Resting on a seat with no posture word is sitting: "woman on chair, ankles crossed", "both knees bent
# at the edge of the chair" (not the hands on its edge).
ON_A_SEAT = (r"^(?!.*\b(?:stand\w*|stood|kneel\w*|knelt|lie|lies|lying|lay\w*|squat\w*|crouch\w*|sit\w*|sat|seated|perch\w*|step\w*|climb\w*|jump\w*|lean\w*)\b)"
             r"(.*?)(?<!hands )(?<!hand )(?<!palms )(?<!palm )\b(on|in|at) ((?:a |an |the |his |her |their |your )?(?:(?:front |very )?edge of (?:a |an |the |his |her |their |your )?)?(?:arm)?(?:chair|stool|bench|sofa|couch))\b",
             lambda m: f"{m.group(1)} sitting {m.group(2)} {m.group(3)}" if m.group(2) != "at" or "edge of" in m.group(3) else m.group(0))
# Going down onto the knees is kneeling: "he has dropped to both knees".
_GOING_DOWN = (r"drop|drops|dropped|dropping|sink|sinks|sank|sinking|come|comes|came|coming|go|goes|went|going|fall|falls|fell|falling"
               r"|knocked|forced|brought|thrown|pushed|beaten")  # ("knocked to his knees")
DOWN_TO_KNEES = (rf"\b(?:{_GOING_DOWN}|lower|lowers|lowered|lowering|get|gets|got|getting)(?: (?:back |right |straight )?down)? "
                 r"(?:on)?to (?:both |his |her |their |your |the |my )*knees\b", " kneeling on both knees ")
# ... and down to one knee ("drops to his right knee"): kneeling on it.
DOWN_TO_A_KNEE = (rf"\b(?:{_GOING_DOWN})(?: (?:back |right |straight )?down)? (?:on)?to (?:his |her |their |your |the |my )?(left|right) knee\b",
                  r" kneeling on the \1 knee ")
# "Body on L side": lying on it (a sentence that opens with the body on a side).
BODY_ON_A_SIDE = (r"(?:^|(?<=[,;.:] ))(?:the |his |her |their )?body (?:is |was )?(?:laid |placed |turned |resting |lying )?on (?:the |its |his |her |their )?(left|right) side\b",
                  r"lying on the \1 side")
# Bent "over sideways", "over to the left": a side bend, not a fold forward.
BENT_OVER_SIDEWAYS = (r"\b(bent|bends|bend|bending|tipped|tips|tip|leaning|leans|lean|tilted|tilts|tilt) over (?=sideways\b|to (?:the |his |her |their |your )?(?:left|right)\b)", r"\1 ")
# "Drop your head to the left side", "the ear near the left shoulder": the head tilted that way.
HEAD_TO_A_SIDE = (r"\b(?:drop|drops|dropped|dropping|tip|tips|tipped|tipping|let|lets|lower|lowers|lowered|fall|falls|falling|lean|leans|leaning|bend|bends|bent) "
                  r"(?:your |his |her |their |the )?head (?:\w+ )?(?:over )?to(?:ward|wards)? (?:the |your |his |her |their )?(left|right)(?: side| shoulder)?\b"
                  r"|\bear (?:is |comes |coming |drops |dropped )?(?:near|toward|towards|to|down to|close to) (?:the |your |his |her |their )?(left|right) shoulder\b"
                  # ("the head is let drop sideways onto the left shoulder", "head flopped over to the right shoulder")
                  r"|\bhead (?:is |was |had |has |being )?(?:let )?(?:drop|drops|dropped|dropping|flop|flops|flopped|flopping|loll|lolls|lolled|lolling|sag|sags|sagged|sagging"
                  r"|slump|slumps|slumped|fall|falls|fallen|falling|fell|hangs|hanging|hung)(?: (?:sideways|over|down|across))* "
                  r"(?:on|onto|to|toward|towards) (?:the |your |his |her |their |its )?(left|right) (?:side|shoulder)\b",
                  lambda m: f" head tilted to the {m.group(1) or m.group(2) or m.group(3)} ")
# Head, shoulders and back on the floor: lying on the back.
BACK_DOWN = (r"^(?!.*\b(?:sit|sits|sitting|sat|seated|kneel\w*|squat\w*)\b)(.*?)\b(?:(?:the )?(?:head|shoulders?|hips)(?:,| and) )*(?:the )?(?:whole )?back (?:is |are |stays |kept |lies |rests |flat |laid |placed |pressed |held )*(?:flat )?(?:on|against) (?:the )?(?:floor|ground|mat)\b",
             r"\1 lying on the back ")
# Seated at a height ("seated 45 cm above the floor"), or against a backrest: on a seat.
SEATED_ABOVE = (r"(?<!which )(?<!that )\b(sitting|sat|seated)\b(?= (?:about |roughly |some )?\d{1,3} ?(?:cm|centimet\w*) (?:above|off|over) (?:the )?(?:floor|ground))"
                r"|\b(?:against|on) (?:the |a )?back ?rest\b", lambda m: f" {m.group(1)} on a chair " if m.group(1) else " on a chair ")
# The ballet's second position: the feet apart, turned out.
SECOND_POSITION = (r"\b(?:wide |grand |a wide |in )?second(?: position)?\b(?=.*\b(?:plie|feet|knees|turned|ballet|weight|heels)\b)(?! (?:time|one|step|half|later))", " feet wide apart ")
# Sitting or leaning against a tree is against something at the back, as a wall (no tree pose).
AGAINST_A_TREE = (r"\b(against|on) (?:a |the )?tree(?: trunk)?\b", r"\1 the wall")
# Folding over the legs is the trunk's fold ("folds over his straight legs until the palms rest on the mat").
FOLDS_OVER = (r"\b(fold\w*|bend\w*|bent|hinge\w*|drape\w*|lean\w*) over (?:his |her |their |your |the |both )?(?:straight |outstretched |long |extended )?(?:legs|thighs|lap)\b", r"\1 forward")
# Knees lifted off the floor on the forearms or hands and the toes (a plank), not raised in front.
KNEES_OFF = (r"^(?=.*\b(?:toes|plank|planks|all fours|forearms|hands and knees)\b)(.*?)\b(?:lift|lifts|lifting|lifted|raise|raises|raising|raised) "
             r"(?:your |his |her |their |the |both )?knees(?: and (?:your |his |her |their |the )?hips)?\b(?! (?:up )?(?:to|toward|towards|into) )", r"\1 knees offground ")
# A start position named before another posture is left behind ("from all fours, ... then sit tall").
# ("from sitting, ... lifts his seat until the thighs and the trunk make one line": off the seat)
START_POSITION = (r"\b(?:from|starting (?:on|in|from)|start (?:on|in|from)|beginning (?:on|in))\s+(?:an? )?(?:all fours|(?:your |his |her |their |the )?hands and knees|tabletop(?: position)?"
                  r"|sitting|seated|a seated position|standing|kneeling|lying(?: down)?)\b"
                  r"(?=.*\b(?:sit|sits|sitting|sat|seated|stand|stands|standing|lie|lies|lying|lunge\w*|squat\w*|pigeon|lowers? (?:his |her |their |your )?hips"
                  r"|(?:lift|lifts|lifting|raise|raises|raising|press|presses|pressing|push|pushes|pushing) (?:up )?(?:his |her |their |your |the )?(?:seat|hips|pelvis|bottom|buttocks|body)"
                  r"|(?:press|presses|pressing|push|pushes|pushing) up)\b)", " ")
# Sitting "down into the legs" (a horse stance) lowers the hips; nobody sits on anything.
SITS_INTO = (r"\bsit(?:s|ting)? (?:down |back |deep )?into (?:her |his |their |your |the )?(?:legs|stance|hips|heels|thighs)\b", " lowers the hips ")
# Fists or hands drawn back to the hips are at the hips (chambered), not swung back.
DRAWN_BACK_TO = (r"\b(?:drawn|pulled|brought|chambered|tucked) back (?:to|at|by) (?:the |his |her |their |your )?(hips|waist|sides|ribs)\b", r" at the \1")
# Folded forward past the horizontal: a deep fold, with no upper bound ("lets his upper body drop
# forward past horizontal").
PAST_HORIZONTAL = (r"\b(?:drop|drops|dropped|dropping|fold|folds|folded|folding|bend|bends|bent|bending|tip|tips|tipped|tipping|lean|leans|leaning|hinge\w*) "
                   r"forward (?:past|beyond|below|lower than|further than) (?:the )?horizontal\b", " foldforward ")
# A head dropped or thrown back tips back; it does not bow.
HEAD_DROPPED_BACK = (r"\bhead (?:is |was )?(?:dropped|drops|dropping|falls|fallen|falling|hanging|hangs|hung|thrown|throws|tossed|lets? go) back(?:wards?)?\b", " head tipped back ")
FACE_LIFTED = (r"\b(?:face|chin|gaze) (?:is |was )?(?:lifted|raised|turned up|tilted up|tipped up)\b", " head tipped back ")
# Bending over to a side is a side bend, not a fold ("the upper body bending over to the left").
OVER_TO_A_SIDE = (r"\b(bend|bends|bending|bent|lean|leans|leaning|leant|leaned|tilt|tilts|tilting|tilted|curve|curves|curving|curved|arch|arches|arching|arched"
                  r"|sweep|sweeps|sweeping|swept|bow|bows|bowing|bowed) (over to|to) (?:the |her |his |their |your )?(left|right)\b",
                  lambda m: f"{m.group(1)} sideways to the {m.group(3)}" if m.group(2) == "over to" or m.group(1)[:3] in ("cur", "arc", "swe", "bow") else m.group(0))
# Hips pushed out to a side shift the pelvis; no leg goes out ("Hips: pushed out to the left").
HIPS_SHIFTED = (r"\b(?:the )?(?:hips|pelvis):? (?:is |are )?(?:pushed|shifted|swung|drifting|drift|drifts|jutting|jutted|swaying|swayed|pressed|popped)(?: out)? to (?:the )?(?:left|right)\b", " hips shifted ")
# In a plank, pushing up straightens the arms; nothing is raised overhead.
PUSHES_UP = (r"^(?=.*\b(?:plank|palms|hands) (?:\w+ )?(?:on|under|flat|shoulder)\b)(.*?)\bpush(?:es|ed|ing)? (?:himself |herself |themselves |yourself |the body )?up\b", r"\1 presses ")
# A bare number after a joint is its angle in degrees ("elbows ~90", "knees at 120").
JOINT_NUMBER = (r"\b(elbows?|knees?) (?:at |bent (?:to |at )?|flexed (?:to |at )?)?(?:about |roughly |approx\.? |approximately )?(\d{2,3})\b(?! ?(?:cm|mm|m\b|%|percent|in\b|inch\w*|degrees?|°|deg|-|\u2013|to \d|and \d))",
                r"\1 at \2 degrees")
# Legs sprawled are spread; nobody lies down ("sitting on the rug with his legs sprawled wide apart").
SPRAWLED_LIMBS = (r"\b(legs?|arms?) (?:are |is )?sprawl(?:ed|ing)\b", r"\1 spread")
# Legs lifted and "held upright" are vertical legs, not an upright trunk.
LIMBS_HELD_UPRIGHT = (r"\b((?:legs?|arms?)\b[^,;.]*?) and (?:are |is )?(?:held|kept) (?:upright|vertical)\b", r"\1 vertical")
# A side in brackets names the limb: "Front (right) knee", "the back (left) leg".
BRACKETED_SIDE = (r"\b(?:front|back|rear|leading|trailing|lead|supporting|standing|working|gesture|top|bottom|upper|lower) \(\s*(left|right)\s*\)\s*", r"\1 ")
# Long sitting (clinical): on the floor with the legs straight out in front.
LONG_SITTING = (r"\b(?:long|pike)[- ]?sit(?:ting|s)?\b(?! on (?:the |his |her |their |your |my )?(?:left|right|one))", " sitting on the floor with the legs straight ")
# "A seat is taken on the floor": sitting there.
SEAT_TAKEN = (r"\b(?:a |the )?seat is (?:taken|adopted|assumed|held)\b", " sitting ")
# On hands and knees, in either order, is on all fours.
ALL_FOURS = (r"\b(?:on|onto|upon|by|from|supportedby) (?:all fours|(?:both |the |his |her |their |your )?(?:hands|palms) and (?:both |the |his |her |their |your )?(?:knees|kneecaps)|"
             r"(?:both |the |his |her |their |your )?(?:knees|kneecaps) and (?:both |the |his |her |their |your )?(?:hands|palms)(?= *(?:$|[,;.]|and\b|while\b|with\b|in\b)))\b", " allfours ")
# What bears the weight on hands and knees: "supported by", "the weight on", "kneeling on", "down on"
# (not a hand put "on the left knee and the right hand on the chest", nor one that "is on" the knee).
BORNE_ON = (r"(?:supported (?:by|on)|supportedby|borne by|taken on|(?:weight|body) (?:is |rests |resting |taken |put |placed |shifted )?(?:on|onto)"
            r"|(?:kneel\w*|knelt|balanc\w*|propped|down|position) (?:on|onto|upon))")
# "Supported by the two knees and the right hand": on all fours with that hand down (the other free).
ON_KNEES_AND_ONE_HAND = (rf"\b{BORNE_ON} (?:both |the |his |her |their |your |the two |two )?knees and (?:the |his |her |their |your |one )?(left|right) (?:hand|palm)\b"
                         rf"|\b{BORNE_ON} (?:the |his |her |their |your )?(left|right) (?:hand|palm) and (?:both |the |his |her |their |your |the two |two )?knees\b",
                         lambda m: f" allfours, the {m.group(1) or m.group(2)} hand on the floor ")
# "Supported by the left hand and the right knee" (a bird dog): on all fours on those two.
ON_ONE_HAND_AND_KNEE = (rf"\b{BORNE_ON} (?:the |his |her |their |your )?(left|right) (?:hand|palm) and (?:the |his |her |their |your )?(left|right) knee\b"
                        rf"|\b{BORNE_ON} (?:the |his |her |their |your )?(left|right) knee and (?:the |his |her |their |your )?(left|right) (?:hand|palm)\b",
                        lambda m: f" allfours, the {m.group(1) or m.group(4)} hand on the floor and the {m.group(2) or m.group(3)} knee on the floor ")
# Kneeling, "sit tall" holds the trunk up; it is no seat ("kneel on both knees, sit tall").
KNEELING_TALL = (r"^(?=.*\b(?:kneel\w*|knelt)\b)(.*?)\b(?:sit|sits|sitting) (?:up )?(?:tall|straight|upright)\b", r"\1 upright ")
# A hand or foot that "sits" somewhere rests there: no seat ("the left hand sits at the shoulder").
PART_SITS = (r"\b(hands?|palms?|fingers?|fingertips|fists?|feet|foot|heels?|elbows?|forearms?|arms?|chin|head|weight) (?:sits|sit|sitting)\b", r"\1 rests")
# Arms and legs that share one verb each do it ("arms and legs spread wide"); a starfish or a
# spread eagle is that shape.
LIMBS_SHARED = (r"\b(?:the |his |her |their |your |both )?arms and (?:the |his |her |their |your )?legs (?:are |is )?"
                r"((?:spread|stretched|splayed|flung|opened|open|extended|thrown)(?: (?:wide|out|apart|wide apart|out wide))?|"
                r"(?:pointing|pointed|reaching|raised|lifted|held) (?:straight |vertically )?(?:up(?:ward)?|(?:at|to|toward|towards) (?:the )?(?:ceiling|sky))"
                r"(?: (?:at|to|toward|towards) (?:the )?(?:ceiling|sky))?)\b", r" arms \1 and legs \1 ")
# Folding "until you can hold your toes": the hands hold them.
UNTIL_HELD = (r"\buntil (?:you|he|she|they|we) (?:can |could |are able to |is able to )?(?:hold|holds|grab|grabs|grasp|grasps|catch|catches|touch|touches|reach|reaches) "
              r"(?:your |his |her |their |the |both )?(toes|feet|ankles|shins)\b", r", both hands at the \1")
# Two joints that share how they are held are each held so ("knees and hips fully straightened",
# "elbows and knees slightly bent").
# (the first opening its clause: not "knees under your hips and your arms straight")
JOINTS_SHARED = (r"(^|[,;:]\s*|\bwith\s+)(?:the |his |her |their |your |both )?(knees|elbows|arms|legs|hips) and (?:the |his |her |their |your |both )?(knees|elbows|arms|legs|hips) "
                 r"((?:are |stay |kept |held )?(?:fully |slightly |deeply |completely |softly |a little )?(?:straight|straightened|bent|locked|extended|flexed))\b",
                 r"\1\2 \4 and \3 \4 ")
# A note that starts "on back" with no posture word lies on the back ("on back, knees bent").
ON_BACK_BARE = (r"^(?!.*\b(?:stand\w*|stood|sit|sits|sitting|sat|seated|kneel\w*|knelt|squat\w*|crouch\w*|lie|lies|lying|lay|laying|lunge\w*)\b)"
                r"(\W*)on (?:the |his |her |their |your |my )?back\b(?! (?:foot|feet|leg|legs|knee|knees|heel|heels|toes|of)\b)", r"\1lying on the back")

HANDS_AND_FEET_OFF = (r"\b(hands|arms) and (?:the |his |her |their |your )?(feet|legs) (off (?:the )?(?:floor|ground|mat))\b", r"\1 \3 and \2 \3")
STARFISH = (r"\b(?:(?:like |as |in )?(?:a |an )?(?:starfish|spread[- ]eagled?|star[- ]shaped?|star shape)|like a star)\b", " arms spread wide and legs spread wide ")
# Push-ups and planks: a body held straight over the floor; on the forearms and toes is a plank.
PUSHUP = (r"\bpush[- ]?ups?\b|\bpress[- ]?ups?\b", " pushup ")
FOREARM_PLANK = (r"\b(?:on|by|onto|upon) (?:the |his |her |their |your |both )?(?:forearms|elbows|hands|palms) and (?:the |his |her |their |your )?toes\b"
                 r"|\b(?:on|by|onto|upon) (?:the |his |her |their |your )?toes and (?:the |his |her |their |your |both )?(?:forearms|elbows|hands|palms)\b", " plank ")
# A trunk draped or hanging forward from the hips is a forward fold.
DRAPED_FORWARD = (r"\b(?:drape[sd]?|draping|flop(?:s|ped|ping)?|hang(?:s|ing)?|sag(?:s|ged|ging)?) (?:forward|down) (?:from|at) (?:the |his |her |their |your )?(?:hips|waist)\b", " foldforward ")
# Straightening up is standing tall, not lifting anything: "she plants her feet, straightens up".
STRAIGHTENS_UP = (r"\bstraighten(?:s|ed|ing)? up\b", " stands upright ")
# Only the hands and toes on the floor: a plank.
HANDS_AND_TOES_DOWN = (r"\b(?:only )?(?:the |his |her |their |your )?hands and (?:the |his |her |their |your )?toes (?:touch\w*|on the (?:floor|ground|mat)|down)\b", " plank ")
# A side plank (one word for both readers: its side is the arm it is held on).
# On a hand or a straight arm, that arm is straight (the plain side plank is on the forearm).
SIDE_PLANK = (r"\bside[- ]?planks? (?:held )?on (?:the |his |her |their |your |a |one )?(?:straight |straightened |locked |extended )?(left|right) (?:hand|arm|palm)\b(?!\w)",
              r" sideplank on the \1 hand , the \1 arm straight ")
SIDE_PLANK_BARE = (r"\bside[- ]?planks?\b", " sideplank ")
# A high or straight-arm plank is held on the hands: the top of a push-up.
HIGH_PLANK = (r"\b(?:high|straight[- ]arm(?:ed)?) planks?\b", " pushup ")
# Warrior two (or II) opens the hips to the side over feet set wide apart, the front knee bent: a
# side lunge, with the arms out to the sides at shoulder height.
WARRIOR_TWO = (r"\bwarrior (?:two|2|ii)\b(?: pose)?", "side lunge , the arms out to the sides at shoulder height ,")
# Propping oneself up on the hands puts them on the floor ("prop yourself up on your hands placed behind you").
PROPPED_ON_HANDS = (r"\b(prop|props|propped|propping|push|pushes|pushing|pushed|hold|holds|holding|held|support|supports|supporting|supported) "
                    r"(?:yourself|himself|herself|themselves|oneself|myself|the body|the trunk|the torso) (?:up )?on (?:both |his |her |their |your |my |the |two )?(?:hands|palms)\b",
                    " , both hands on the floor")
# Leaning back on (or onto) the hands puts them on the floor behind.
LEAN_BACK_ON_HANDS = (r"\b(lean|leans|leaning|leaned|leant|propped|propping|props) back (?:on|onto) (?:both |his |her |their |your |the |two )?(?:(straight|straightened|locked|extended) )?(?:hands|palms|arms)"
                      r"(?: (?:behind|back)(?: (?:him|her|them|you|the body|the hips|the back))?)?\b",
                      lambda m: f"{m.group(1)} back , both hands on the floor behind" + (" , arms straight" if m.group(2) else ""))
# Leaning the body toward a side's leg or knee leans it to that side ("leans his body toward his left leg").
LEAN_TOWARD_A_LEG = (r"\b(lean|leans|leaning|leaned|tilt|tilts|tilting|tilted)(?: (?:his|her|their|your|the) (?:body|trunk|torso|upper body))? (?:over )?toward(?:s)? "
                     r"(?:his |her |their |your |the )?(left|right) (?:leg|knee|foot|thigh)\b", r"\1 to the \2")
# From a trunk held level, arms hanging "toward the feet" hang straight down: a direction, not a
# reach to the feet ("hinge until the chest is parallel to the floor, arms hanging straight down
# toward your feet"; from a plain forward bend they reach on down, and the fold goes deeper).
HANGING_TOWARD_THE_FEET = (r"^(?=.*\b(?:parallel|horizontal|horizontally|level|flat back|back flat)\b)(.*?)"
                           r"\b(hang|hangs|hanging|dangle|dangles|dangling|drop|drops|dropping)((?: straight| loosely| freely| limply)?(?: down)?) toward(?:s)? "
                           r"(?:the |your |his |her |their )?(?:feet|toes|ankles)\b", r"\1\2\3 down")
# Sitting said plainly where the caption puts the body itself on the floor ("was on the floor",
# not "feet flat on the floor"), with no seat named, is sitting on the floor ("the man was on the
# floor, not lying down but sitting").
SITTING_WHERE_THE_FLOOR_IS = (r"^(?=.*\b(?:is|was|are|were|be|being|get|gets|got|sink|sinks|sank|drop|drops|dropped|down) on (?:the |a )?(?:floor|ground|mat)\b)(?!.*\b(?:chair|armchair|stool|bench|sofa|couch|seat|box|ledge|stand\w*|stood|kneel\w*|knelt|squat\w*|crouch\w*)\b)"
                              r"(.*?)\b(sit|sits|sitting|sat|seated)\b(?! (?:on|in|down on|up on|back on|cross\w*))", r"\1\2 on the floor")
# Sitting "on the bottom" is sitting on the floor (nothing else is under it).
ON_THE_BOTTOM = (r"\b(sit|sits|sitting|sat|seated|fall|falls|falling|fell|drop|drops|dropping|dropped|plop|plops|plopped|land|lands|landed)"
                 r" (?:down |back )?on(?:to)? (?:your|his|her|their|the|its) (?:bottom|bum|butt|backside|buttocks|rear)\b", " sitting on the floor")
# A seat "hanging just above the heels" is low (a squat).
SEAT_HANGING = (r"\b(seat|hips|bottom|buttocks|bum|pelvis) (?:is |are )?(?:hanging|hangs|hovering|hovers|hovered) (?:just |right )?(?:above|over) (?:the |his |her |their |your |my )?(heels|ankles|floor|ground)\b",
                r"\1 low above the \2")
# "Bottom is on a chair": seated on it.
BOTTOM_ON_A_SEAT = (r"\b(?:the |his |her |their |your |my )?(?:bottom|bum|butt|backside|buttocks|behind|rear) (?:is |are |rests |stays |sits )?(?:on|upon) (?:a|the|his|her|their|your|my) (chair|stool|bench|seat|box|sofa|couch)\b",
                    r" sitting on a \1")
# A body held straight over the hands, with no other posture said, is a plank ("palms under the
# shoulders, the body one straight line from head to heels"; "up on straight arms, rigid as a
# board"; the drill's "front-leaning rest").
BODY_IN_LINE_ON_HANDS = (
    r"\bfront[- ]leaning rest\b|^(?!.*\b(?:lie|lies|lying|lay|prone|supine|face ?down|stomach|belly|tummy|kneel\w*|knelt|knees? (?:down|on)|forearms?|elbows? on|sit\w*|seated|sat|stand\w*|wall|side)\b)"
    r"(?=.*\b(?:(?:hands?|palms?|arms?)\b[^,;.]{0,25}\b(?:under|below|beneath) (?:the |your |his |her |their )?shoulders"
    r"|on (?:his |her |their |your |the |two |both )?(?:straight|locked|extended|stiff) arms|(?:hands?|palms?) (?:\w+ ){0,2}?on (?:the )?(?:floor|ground|mat))\b)"
    r"(?=.*\b(?:(?:(?:straight|rigid|stiff|stiffly) )?(?:as|like) (?:a )?boards?|(?:one |a )?(?:straight )?line from (?:the )?(?:head|heels|shoulders|neck|crown|ankles|feet|toes) to (?:the )?(?:heels|head|feet|toes|ankles|crown))\b)(.*)",
    r"\1 plank ")
# Held up "off the floor on straight arms": up on the arms (the hands are on the floor).
UP_OFF_THE_FLOOR_ON = (r"\b(himself|herself|themselves|yourself|oneself|the body) up off (?:the )?(?:floor|ground|mat) (?=on (?:\w+ )?(?:arms|hands|palms)\b)", r"\1 up ")
# Feet set some multiple of the shoulders' width apart are wide apart ("twice shoulder width", "2 shoulder widths").
WIDTHS_APART = (r"\b(?:about |roughly |approx\.? |approximately |some |nearly |almost )?(?:twice|double|two times|2 times|2x|1\.5 times|one and a half times|2|two|1\.5)"
                r" (?:the |his |her |their |your |my )?(?:shoulder[- ]?widths?|shoulderwidth|hip[- ]?widths?|hipwidth)(?: apart)?\b", " wide apart ")
# Hands under the shoulders with the knees down or under the hips: on all fours.
HANDS_UNDER_SHOULDERS = (r"^(?=.*\b(?:hands?|palms?)\b[^,;.]{0,25}\b(?:under|below|beneath) (?:the |your |his |her |their )?shoulders\b)(.*?)"
                         r"\bknees? (?:are |rest |resting |set |placed |stay )?(?:on (?:the )?(?:floor|ground|mat)|(?:under|below|beneath) (?:the |your |his |her |their )?hips)\b", r"\1 allfours ")
# The chest or trunk level with the floor: the trunk is horizontal.
TRUNK_LEVEL = (r"\b(?:chest|torso|trunk|back|upper body|spine) (?:is (?=\w+ed ))?(?:is |stays |kept |held |comes |lowered |tipped |tips |tilted |tilts |hinged |folded )?(?:forward |forwards |down )?(?:(?:flat|straight|long),? (?:and )?)?(?:almost |nearly |roughly |about |approximately |until |toward |towards |to )?"
               r"(?:(?:parallel to|level with|flat to) the (?:floor|ground)\b|horizontal(?:ly)?\b)", " trunkflat ")
# Folded "until it is level with the floor", "until your back is flat like a table top": that far.
TRUNK_LEVEL_UNTIL = (r"^(?!.*\b(?:allfours|all fours|hands and knees)\b)(?=.*\b(?:foldforward|hinge\w*|bend\w*|bent|fold\w*|tip\w*|tilt\w*|lean\w*)\b)(.*?)"
                     r"\b(?:until|till) (?:it |the (?:chest|torso|trunk|back) |(?:your|his|her|their|my) (?:back|trunk|torso|chest) )?(?:is |comes |lies )?"
                     r"(?:almost |nearly |roughly |about |approximately )?(?:(?:parallel to|level with|flat to) the (?:floor|ground)|flat (?:like|as) a (?:table ?(?:top)?|tabletop))\b",
                     r"\1 trunkflat ")
# Chest or belly down on the floor is lying face down.
CHEST_DOWN = (r"\b(?:chest|belly|stomach|tummy) (?:is )?(?:down|flat|pressed) (?:on|against|to) the (?:floor|ground|mat)\b", " lying face down ")
# Standing "on R" with no part named after the side stands on that leg ("1-leg stand on R, L leg back").
STAND_ON_A_SIDE = (r"\b(stand|stands|standing|stdg|balance|balances|balancing|balanced|bal) on (?:the )?(left|right|l|r)\b(?!\s*(?:-|\w))",
                   lambda m: f"{m.group(1)} on the {dict(l='left', r='right').get(m.group(2), m.group(2))} leg")
# The seat resting on the heels sits on them (kneeling, sitting back).
SEAT_ON_HEELS = (r"\b(?:the |his |her |their |your |my )?(?:seat|buttocks|bottom|bum|backside|hips|glutes) (?:is |are )?(?:lowered |lower |lowers |resting |rest |rests |sitting |sit |sits |sinking |sink |sinks |sunk |settled |settle |settles |dropped |drop |drops )?(?:back )?(?:down )?on(?:to)? (?:the |his |her |their |your |my )?heels\b", " sitting on the heels ")
# Never leaving a part stays on it ("hands never leaving the knees").
NEVER_LEAVING = (r"\b(?:never|not|without) (?:leaving|leave|leaves|coming off|come off|lifting off|lifted off) (?:the |his |her |their |your |my )?", " on the ")
# "No hand is lifted off the knees": both stay on them.
NO_PART_OFF = (r"\bno (hand|foot|knee)s? (?:is |are )?(?:lifted|raised|taken|moved|coming)(?: up)? off (?:the |his |her |their |your |my )?", r" both \1s on the ")
# Superman (face down, arms and legs lifted): the arms reach forward past the head.
SUPERMAN = (r"\b(?:like |as |in )?(?:a |the )?superman(?: pose| position| hold| shape)?\b", " with the arms stretched forward ")
# Lying with the chest or face to the floor is lying face down.
FACING_THE_FLOOR = (r"^(?=.*\b(?:lie|lies|lying|lay|laid)\b)(.*?)\b(?:the )?(?:chest|belly|stomach|face|front) (?:is )?(?:facing|turned to|turned toward|turned towards|toward|towards) (?:the )?(?:floor|ground|mat)\b",
                    r"\1 face down ")
# Eyes closed or open say nothing of the pose (and are no hand at the eyes).
EYES_SHUT = (r"\b(?:with )?(?:the |his |her |their |your |my )?eyes (?:are |is |stay |kept )?(?:closed|shut|open|opened|half[- ]closed)\b", " ")
# Elbows propped on the knees or thighs lean the trunk forward over them.
ELBOWS_ON_KNEES = (r"\b(?:(?:leans?|leaning|rests?|resting|props?|propped|propping|plants?|planted|with) (?:his |her |their |your |my |the |both )?elbows (?:are )?(?:resting |propped |planted |leaning |leant |leaned )?"
                   r"|(?:his |her |their |your |my |the |both )elbows (?:are )?(?:resting|propped|planted|leaning|leant|leaned) )(?:on|onto) (?:his |her |their |your |my |the |both )?(knees|thighs)\b",
                   r" leaning forward with the elbows on the \1 ")
# Leaning the trunk over one thigh or leg leans to that side ("lean your torso over the left thigh").
LEAN_OVER_A_LEG = (r"\b(lean|leans|leaning|leaned|tilt|tilts|tilting|tilted|tip|tips|tipping|tipped)(?: (?:the |your |his |her |their |my )?(?:torso|trunk|body|upper body|chest))? (?:out |sideways |down )?over (?:the |your |his |her |their |my )?(left|right) (?:thigh|leg|knee|hip)\b",
                   r" \1 to the \2 ")
# A side named once for two parts goes to both: "the left hip and knee flexed", "right hand and foot".
SIDE_FOR_TWO = (r"\b(left|right|l|r) (arm|hand|leg|knee|foot|hip|elbow|shoulder|thigh|shin|ankle|wrist|heel) and (arm|hand|leg|knee|foot|hip|elbow|shoulder|thigh|shin|ankle|wrist|heel)\b",
                lambda m: "{0} {1} and {0} {2}".format(dict(l="left", r="right").get(m.group(1), m.group(1)), m.group(2), m.group(3)))
# "Next to" is beside ("the hands next to the hips": by them, not on them).
NEXT_TO = (r"\bnext to\b", " beside ")
# Curled up face down with the knees tucked under the body: sitting back on the heels, folded
# forward over the knees (a child's pose), not lying.
CURLED_ON_THE_KNEES = (r"^(?=.*\b(?:knees|legs) (?:are )?(?:tucked|drawn|folded|pulled|curled) (?:up )?under (?:her|him|them|it|the body|the chest|the belly|the hips|the trunk|herself|himself|themselves)\b)"
                       r"(.*?)\b(?:curled (?:up )?|folded (?:up )?)?(?:face[- ]?down|prone)\b", r"\1 sitting back on the heels , folded forward ,")
# Kneeling with the forehead on (or near) the floor is folded forward over the knees (a child's pose).
FOREHEAD_DOWN = (r"^(?=.*\b(?:kneel\w*|knelt|knees|heels)\b)(?!.*\b(?:lie|lies|lying|lay|prone|face down|supine|onback|back and (?:the )?head)\b)(.*?)\b(forehead|brow|head) (?:is )?((?:resting |rests |rested |placed |pressed |touching |touches |down )*(?:on|to|against|onto|near|nearly on|nearly to|almost on|almost to|close to) (?:the )?(?:floor|ground|mat))\b",
                 r"\1 foldforward \2 \3")
# Kneeling with the arms stretched forward along (or on) the floor is folded forward over the knees too.
ARMS_ALONG_THE_FLOOR = (r"^(?=.*\b(?:kneel\w*|knelt|knees|heels)\b)(?!.*\b(?:lie|lies|lying|lay|prone|face down)\b)(.*?)\b(arms|hands|arm|hand) ((?:are |is )?(?:\w+ )?(?:out )?(?:forward|ahead|in front) (?:along|on) (?:the )?(?:floor|ground|mat))\b",
                        r"\1 foldforward \2 \3")
# Side-lying on a side, or a clause opening "on the left side": lying on that side.
SIDE_LYING = (r"\bside[- ]?lying on (?:the |his |her |their |your |my )?(left|right)(?: side)?\b|(^|[,;:.]\s*)on (?:the |his |her |their |your |my )?(left|right) side\b(?! of)"
              r"|\b(?:is |are )?(?:laid|lain|lay|lays|rolled|turned) (?:over )?(?:on|onto) (?:the |its |his |her |their |your |my )?(left|right) side\b"
              r"|\b(left|right)[- ]side[- ]?lying\b",
              lambda m: f"{m.group(2) or ''} lying on the {m.group(1) or m.group(3) or m.group(4) or m.group(5)} side")
# The shoulder and hip of one side underneath or on the floor: lying on that side.
SHOULDER_AND_HIP_DOWN = (r"\b(?:the |his |her |their |your |my )?(left|right) (?:shoulder and (?:the )?(?:(?:left|right) )?hip|hip and (?:the )?(?:(?:left|right) )?shoulder)"
                         r" (?:are |rest |resting |lie |lying )?(?:underneath|beneath|below|down|(?:on|against) (?:the )?(?:floor|ground|mat))\b",
                         r" lying on the \1 side ")
# The back against the chair (or its backrest) is a seat on it.
# So are the back supported by the chair, a body staying in its seat, and feet set in front of the seat.
BACK_TO_THE_CHAIR = (r"\b(?:back|spine|shoulders|torso|trunk)(?: \w+){0,3}? (?:against|supported by|resting on|rests on|leaning on) (?:the |a |his |her |their |your |my )?"
                     r"(?:chair|seat|backrest|chair back|chairback|seatback|seat back)\b"
                     r"|\b(?:remain|remains|remaining|stay|stays|staying|sit|sits|sitting|sat|seated|settled|slumped|slumps|back) in (?:your |his |her |their |the |a |an |my )"
                     r"(?:seat|chair|armchair|wheelchair|desk chair|office chair)\b"
                     r"|\b(?:feet|foot|heels) (?:\w+ ){0,6}?in front of (?:the |his |her |their |your |my |a )(?:seat|chair|stool|bench)\b",
                     lambda m: (" back against the chair" if any(w in m.group(0) for w in ("supported", "resting", "rests", "leaning")) and m.group(0).startswith("back")
                                else m.group(0)) + ", sitting on a chair,")
# Knocked, rolled or fallen onto the back or the front: lying on it.
ONTO_THE_BACK = (r"\b(?:knocked|thrown|rolled|rolls|roll|flipped|fallen|fell|falls|fall|landed|lands|land|laid|lies|lay|lying|flops|flopped|drops|dropped)"
                 r" (?:down |over |back |flat )?onto (?:the |his |her |their |your |my )?(back|stomach|belly|front)\b",
                 lambda m: f" lying on the {m.group(1)} ")
# Sitting said as a likeness ("as if sitting down on an invisible seat", "like you're about to sit
# on a stool that isn't there", "as though perching on an imaginary chair"): bent knees, no seat.
SEAT_LIKENESS = (r"\b(?:as if|as though|like)(?: (?:you|he|she|they|we|i)(?:'re|'s| are| is| were| was))?(?: about to| going to| trying to)?"
                 r" (?:sit|sits|sitting|perch|perches|perching)\w*(?: (?:down|back))?"
                 r"(?: (?:on|in|onto|into) (?:an? |the |your |his |her )?(?:invisible |imaginary |pretend |phantom |high )?(?:seat|chair|stool|bench|bar stool))?"
                 r"(?: that (?:isn't|is not|wasn't|was not) there)?",
                 " with both knees bent ")  # (the knees of a seat, on the feet)
# Knees and hands (resting) on the floor are all fours.
ON_KNEES_AND_HANDS = (r"\b(?:(?:both |the |his |her |their |your |my )?(?:knees|kneecaps) and (?:both |the |his |her |their |your |my )?(?:hands|palms)|(?:both |the |his |her |their |your |my )?(?:hands|palms) and (?:both |the |his |her |their |your |my )?(?:knees|kneecaps))"
                      r" (?:are |is )?(?:resting |placed |planted |pressed |flat )*(?:on|against) (?:the )?(?:floor|ground|mat)\b", " allfours ")
# Weight "on both knees and on the hands": on all fours.
ON_KNEES_AND_ON_HANDS = (r"\bon (?:both |the |his |her |their |your |my )?(?:knees|kneecaps) and on (?:both |the |his |her |their |your |my )?(?:hands|palms)\b"
                         r"|\bon (?:both |the |his |her |their |your |my )?(?:hands|palms) and on (?:both |the |his |her |their |your |my )?(?:knees|kneecaps)\b", " allfours ")
# "Hands and knees, ..." opening a clause: on all fours.
ALL_FOURS_BARE = (r"(^|[,;:.]\s*)(?:(?:on )?(?:the )?hands and knees|(?:on )?(?:the )?knees and hands|all fours|on fours?)\b", r"\1 allfours ")
# The cat and cow stretches and a tabletop are on all fours.
# ("flat like a tabletop" is a flat back, on the feet or the knees alike)
CAT_COW = (r"(?<!like a )(?<!like )\b(?:cat|cow|cat[- ]cow|table[- ]?top)(?: pose| position| stretch)?\b(?=.*\b(?:pose|position|stretch|hands|knees|allfours)\b)|\b(?:cat|cow|cat[- ]cow|table[- ]?top) (?:pose|position|stretch)\b", " allfours ")
# "The heel pulled up to the bottom": pulled to it (no "up" for an arm to take).
PULLED_UP_TO = (r"\b(pulled|drawn|brought|kicked|tucked|pulls|draws|pulling|drawing|bringing|kicking|tucking|pull|draw|bring|tuck) (?:((?:the |his |her |their |your |my )?(?:left |right )?(?:heel|heels|foot|feet|knee|knees|leg|legs|shin|ankle)) )?up (to|toward|towards|against|into) ",
                lambda m: f" {m.group(1)} {m.group(2) or ''} {m.group(3)} ")
# "As high as you can" is high ("as" would split the clause).
AS_FAR_AS = (r"\bas (high|far|low|wide|much|straight|deep|tall) as (?:you|he|she|they|i|we|one|possible)(?: can| could| possibly can| will go| goes| go)?\b", r" \1 ")
# The chest folded down over the thighs is a forward fold (a child's pose when sitting on the heels).
# (bent or curled "down over the knees", "forward over the thighs": the same fold)
CHEST_OVER_THIGHS = (r"\b(?:chest|torso|trunk|upper body|belly|stomach) (?:is |are )?(?:folded|folding|folds|lowered|resting|rests|sinks|sinking|dropped|drops|lies|lying"
                     r"|bent|bends|bending|curled|curls|curling|hunched|hunches|hunching)"
                     r" (?:down |forward )?(?:over|onto|on|to|toward|towards|against) (?:the |his |her |their |your )?(?:thighs|knees|legs)\b", " foldforward ")
# The buttocks on the floor sit on it.
SEAT_ON_FLOOR = (r"^seat on (?:the )?(?:floor|ground|mat)\b|\b(?:the |his |her |their |your )?(?:buttocks|bottom|bum|backside|behind|glutes|sit bones|seat) (?:is |are )?(?:planted |resting |rest |rests |placed |put |set |sitting |sits |firmly )*(?:on|against) (?:the )?(?:floor|ground|mat)\b"
                 # (the pelvis too, where nothing lies down: "pelvis on the floor, legs extended straight ahead")
                 r"|^(?!.*\b(?:lie|lies|lying|lay|laid|supine|prone|bridge|on (?:the|his|her|their|your) (?:back|front|side|stomach|belly))\b)(.*?)"
                 r"\bpelvis (?:is )?(?:planted |resting |placed |set |sitting |firmly )*on (?:the )?(?:floor|ground|mat)\b", r"\1 sitting on the floor ")
# Legs laid long along the floor with the trunk upright, no other posture said, sit on the floor
# ("both legs stretched long on the floor in front, back upright").
LEGS_LONG_UPRIGHT = (r"^(?!.*\b(?:lie|lies|lying|lay|supine|prone|stand\w*|kneel\w*|sit|sits|sitting|sat|seated|seat|plank\w*|squat\w*|lunge\w*|face down|face up|onbody|on (?:the|his|her|their|your|my) (?:back|front|side|stomach|belly))\b)"
                     r"(?=.*\b(?:upright|vertical|erect)\b)"
                     r"(.*?)\b((?:both |the |his |her |their |your |my )?(?:legs|(?:left |right |weak |good )*leg)) ((?:is |are )?(?:stretched |laid |lying |extended |kept |resting )?(?:out )?(?:straight |long )?(?:out )?(?:along|on) the (?:floor|ground|mat))",
                     r"\1sitting on the floor , \2 \3")
# Whole phrases that both the caption reader and the built-in lexicon read the same way.
# Ballet's words for positions, said as the other readers of a pose would say them: arms "in
# second" are out to the sides, "in fifth" overhead, "bras bas" low; a releve rises onto the toes,
# a plie bends the knees, a passe (retire) draws the foot to the other knee as in a tree pose,
# "a la seconde" is to the side; feet "in second position" are apart, "in first" heels together.
DANCE_TERMS = [
    (r"\barms? (?:\w+ ){0,3}?(?:in|to|at|into) (?:second|2nd)(?: position)?\b|\barms (?:in )?2nd\b", " arms out to the sides "),
    (r"\barms? (?:\w+ ){0,3}?(?:in|to|at|into) (?:fifth|5th)(?: position)?\b|\barms (?:in )?5th\b", " arms raised overhead "),
    (r"\bbras bas\b", " arms down "),
    # a leg "devant" is raised in front, "derriere" behind
    (r"\b(legs?|foot|feet) (?:is |are )?((?:extended|raised|lifted|stretched|held|pointed) )?(?:en )?devant\b", r" \1 \2forward "),
    (r"\b(legs?|foot|feet) (?:is |are )?((?:extended|raised|lifted|stretched|held|pointed) )?(?:en )?derri[eè]re\b", r" \1 \2back "),
    (r"\brelev[e\u00e9]s?\b", " on tiptoes "),
    (r"\bgrand pli[e\u00e9]s?\b", " knees deeply bent "),
    (r"\b(?:demi[- ])?pli[e\u00e9]s?\b", " knees bent "),
    (r"\b(?:in |into |to )?(?:a )?(?:pass[e\u00e9]|retir[e\u00e9])\b", " in tree pose "),
    (r"\b(?:[a\u00e0] la )?seconde\b", " out to the side "),
    (r"\b(?:in |from |into )?(?:the )?(?:second|2nd) position\b", " feet apart "),
    (r"\b(?:in |from |into )?(?:the )?(?:first|1st) position\b", " heels together "),
]
# What is about to be done is not done yet: "kneeling on his heels, waiting to bow".
ABOUT_TO = (r"\b(?:waiting|about|preparing|getting ready|poised|wanting|going|ready) to (?!(?:sprint|run|race)\b)\w+(?: (?:up|down|off|over|forward|back))?\b", " ")
# A relative clause's posture verb is its body part's: "the hand reaches the head, which sits 30 cm
# above the floor".
WHICH_SITS = (r"\b(which|that) (?:sits|sit|rests|lies|stands)\b", r"\1 is")
# A prop that "sits between the knees" is not a person sitting.
PROP_SITS = (r"\b((?:a|an|the) (?:\w+ )?(?:pad|pillow|cushion|block|towel|bolster|wedge|ball|blanket|book|roll|strap))"
             r" (?:sits|sit|rests|lies|stays)\b", r"\1 is")
# A simile names no limb of the pose ("arms straight like the legs of a table").
SIMILE_LIMBS = (r"\blike (?:the |a |an )?(?:legs?|arms?|feet|hands?) of (?:a |an |the )?\w+", " ")
# Stretched "out toward the feet", "out onto the track": toward something, not out to the side.
OUT_TOWARD = (r"\bout (?=(?:toward|towards|onto|over) (?!(?:the |his |her |their |your |both )?sides?\b))", " ")
# The hips sunk to the knees' height put the thighs level ("sink until your hips hover near knee level").
HIPS_AT_KNEE_LEVEL = (r"\b(?:hips?|pelvis|seat|bottom|buttocks|bum)\b(?: \w+){0,3}? (?:near|at|to|level with|down to|about|around|just above) (?:the )?knee (?:level|height)\b"
                      r"|\b(?:hips?|pelvis)\b(?: \w+){0,3}? level with (?:the |his |her |their |your |my )?knees\b", " thighs parallel to the floor ")
# Sitting tailor-fashion is cross-legged; the breastbone is the chest.
TAILOR_FASHION = (r"\btailor[- ]?(?:fashion|style|wise|seat|position)\b|\blike a tailor\b", " crosslegged ")
# The seat sunk as low as it goes, on the feet, is a squat.
SEAT_SUNK = (r"\b(?:sink|sinks|sinking|drop|drops|dropping|lower|lowers|lowering) (?:your |his |her |their |the )?(?:seat|hips|bottom|butt|bum|pelvis|backside) "
             r"(?:as low as (?:it|they|you|he|she) (?:will|can|could|would) go|all the way down|right down|to the floor)\b", " squat down ")
# A hip flexed to an angle raises that thigh forward ("the left hip and knee both flexed to a
# right angle" standing: the thigh level, the knee bent); the knee, when named too, keeps its angle.
HIP_FLEXED = (r"\b(?:the )?(left|right) hip( and (?:the )?knee)? (?:are |is )?(?:both )?(?:flexed|bent|in flexion|flexion)(?: to)?"
              r"(?: about| roughly| approximately| around)? (?:a right angle|(\d{2,3}) ?(?:degrees?|°|deg)?)\b",
              lambda m: (f" the {m.group(1)} knee raised to hip height" if int(m.group(3) or 90) >= 70 else f" the {m.group(1)} knee raised")
              + (f" , the {m.group(1)} knee bent to {m.group(3) or 90} degrees" if m.group(2) else "") + " , ")
# On the haunches is a squat ("sits on his haunches with the heels flat").
ON_THE_HAUNCHES = (r"\b(?:(?:sit|sits|sitting|sat|settled|settles|resting|rests|rest|down|crouched|crouching|squatting|squatted) )?on (?:his |her |their |your |my |the |its )?haunches\b",
                   " squatting ")
# Laid out on a side is lying on it.
LAID_ON_A_SIDE = (r"\b(?:is |are |was |has |have )?laid (?:him |her |them |it |me |you )?(?:out )?(?:flat )?on (?:its|his|her|their|the|one|my|your) (left|right) side\b", r" lying on the \1 side ")
# A side named after it ("lying on the side, the right side", "on her side - the left"): that side.
SIDE_NAMED_AFTER = (r"\b(lie|lies|lying|lay|laying|laid|lays|rest|rests|resting)(?: down)? on (?:the |his |her |their |your |my |its |one )?side\s*[,(\-\u2013\u2014:]\s*"
                    r"(?:the |his |her |their |your |my )?(left|right)(?: one| side)?\)?", r"\1 on the \2 side")
# A leg that "holds her up" bears the weight: it is not lifted.
HOLDS_UP = (r"\b(?:only |just )?(?:the |her |his |their |your )?(left|right) (leg|foot) (?:holds|hold|holding|keeps|supports|carries) "
            r"(?:her|him|them|you|me|the body|the weight)(?: up)?\b", r" the \1 \2 is on the floor ")
# "straightens his elbows to raise his head and chest": what is raised is the head and chest, a
# statement of its own, not the arms'.
RAISED_TO_LIFT = (r"\bto (raise|lift|bring) (?=(?:his |her |their |your |the )?(?:head|chest|hips|pelvis|torso|trunk|upper body|body)\b)",
                  lambda m: {"raise": ", raising ", "lift": ", lifting ", "bring": ", bringing "}[m.group(1)])
BODY_PHRASES = [TALL_AND_STRAIGHT, LEGS_TO_ONE_SIDE, CURLED_ON_THE_KNEES, ONE_HAND_CLASPING, KNEE_NEARLY_DOWN, FOOT_FLAT_BESIDE, POINTING_AT_THE_FLOOR, WEIGHT_BORNE_BY, PRESSING_A_PART, EACH_HAND_ON_ITS, HIP_FLEXED, ARMS_AWAY_FROM_THE_BODY, ANGLE_AWAY_FROM_THE_BODY, ON_THE_HAUNCHES, PRESSED_TO_THE_HIP, SIDE_OF_THE_WAIST, FOREARMS_CROSSED_ON_KNEES, BACK_DOWN, SEATED_ABOVE, SECOND_POSITION, DOWN_TO_A_KNEE, HAT_AND_HAIR, BALL_SEAT, BUMP, BOX_OBJECT, STACKED, HANDS_STACKED, LIFTING_TASK, FOOTWEAR, ELBOWS_INSIDE, KNEELING_THIGHS_UP, SEAT_HEADING, FOOTWEAR_PLACED, GLOVES, HAND_OVER_HAND, BODY_ON_A_SIDE, BENT_OVER_SIDEWAYS, HEAD_TO_A_SIDE, HOLD_A_POSE, ARMS_FLEXED_FORWARD, LOWER_THAN, HIGHER_THAN, IN_THE_BACK_OF, EACH_BY_ITS_HAND, DECUBITUS, AGAINST_A_TREE, A_TREE_AROUND, A_TALL_TREE, HELD_IN_THE_HAND, LOAD_AT, HANDS_ON_THE_SEAT, WIDTHS_APART, PROPPED_ON_HANDS, SITTING_WHERE_THE_FLOOR_IS, HANGING_TOWARD_THE_FEET, PUNCHED_OUT, LEAN_TOWARD_A_LEG, LEAN_BACK_ON_HANDS, FOOT_ONLY, LEGS_IN_BUTTERFLY, ARM_OVER_THE_EYES, WARRIOR_TWO, ON_THE_BOTTOM, BOTTOM_ON_A_SEAT, SEAT_HANGING, UNTIL_HELD, JOINTS_SHARED, SIDE_PLANK, SIDE_PLANK_BARE, HIGH_PLANK, BODY_IN_LINE_ON_HANDS, UP_OFF_THE_FLOOR_ON, KNEE_CHAMBERED, TAKE_A_KNEE, LAID_ON_A_SIDE, SIDE_NAMED_AFTER, TIP_TOE, ARMS_A_CROSS, CROSS_THINGS, ARM_IN_LINE_WITH_SHOULDER, AT_THE_BELT, X_CROSSED, TAILOR_FASHION, BREASTBONE, ABOVE_THE_CROWN, SEAT_SUNK, HIPS_AT_KNEE_LEVEL, UPPER_LIMBS, UPPER_LIMB, LOWER_LIMBS, LOWER_LIMB, *DANCE_TERMS, PRONE_FEET_UP, LEGS_CROSSED_ON_THE_FLOOR, WIDER_THAN, A_HAND_ON_EACH, THEM_THE_HANDS, POINTED_AT_SOMETHING, ON_THE_RAISED_KNEE, JOINED_AT_THE_WRISTS, HANDS_MEET, DRAPED_FORWARD, STRAIGHTENS_UP, TABLETOP_LEGS, HANDS_AND_TOES_DOWN, ABOUT_TO, WHICH_SITS, PROP_SITS, SIMILE_LIMBS, OUT_TOWARD, OTHER_FLOORS, BRACKETED_SIDE, SPRAWLED_LIMBS, BACK_KNEE_LIFTED, LIMBS_HELD_UPRIGHT, HIPS_SHIFTED, KNEE_TO_CHEST_WITH_HANDS, KNEE_HUGGED_WITH_HANDS, PUSHES_UP, JOINT_NUMBER, SMALL_OF_THE_BACK, FACE_LIFTED, OVER_TO_A_SIDE, BALLS_OF_THE_FEET, HEAD_DROPPED_BACK, PAST_HORIZONTAL, SITS_INTO_A_SQUAT, SITS_INTO, DRAWN_BACK_TO, SHOULDER_ANGLE, TOGETHER_SHORTHAND, HANDS_TOUCHING, START_POSITION, HOLDS_UP, FOLDS_OVER, KNEES_OFF, ALONG_THE_FLOOR_OVERHEAD, ELBOW_IN, ARMS_BORNE_BY, CROSSED_FOOT_IN_FRONT, TO_THE_FRONT_OF, IN_FRONT_OF_THE_BELLY, BELOW_THE_KNEE_HELD, KNEE_HUGGED_BY_PRONOUN, FOOT_HELD_BY_PRONOUN, UNDER_THE_HEAD_PRONE, UNDER_THE_CHEEK, UNDER_THE_CHIN_LYING, REACH_ACROSS_TO, RAISED_TO_LIFT, DOWN_TO_KNEES, SIDED_PUNCH, LAY_A_PART, LONG_SITTING, SEAT_TAKEN, PALMS_TO_THE_FLOOR, PALMS_TURNED, BACK_POCKETS, FRONT_POCKETS, SOLES_TOGETHER, LEGS_UP_WALL, ON_KNEES_AND_ONE_HAND, ON_ONE_HAND_AND_KNEE, ALL_FOURS, KNEELING_TALL, SOFT_KNEES, PART_SITS, PALMS_FACING, CHEST_HEIGHT, ON_BACK_BARE, LIMBS_SHARED, LEGS_POINTING_UP, KNEES_TO_THE_CEILING, LEGS_IN_A_V, HANDS_AND_FEET_OFF, STARFISH, PUSHUP, FOREARM_PLANK, CALF_RAISE, HANDS_UNDER_SHOULDERS, TRUNK_LEVEL, TRUNK_LEVEL_UNTIL, CHEST_DOWN, ON_ONE_LEG, SUPPORTED_ON_LEG, STAND_ON_A_SIDE, ON_KNEES_AND_HANDS, ON_KNEES_AND_ON_HANDS, SEAT_ON_HEELS, SEAT_OVER_HEELS, JUST_ABOVE_KNEES, ARMS_KEPT_AT_THE_SIDES, NEVER_LEAVING, NO_PART_OFF, SIDE_LYING, SHOULDER_AND_HIP_DOWN, BACK_TO_THE_CHAIR, SEAT_LIKENESS, ONTO_THE_BACK, FEET_TURNED_OUT, SUPERMAN, FACING_THE_FLOOR, UNDER_THE_HEAD_SUPINE, EYES_SHUT, CROSSED_AT_THE_ANKLES, FEET_TOUCHING, ELBOWS_ON_KNEES, WIDE_STANCE, LEAN_OVER_A_LEG, SIDE_FOR_TWO, HALF_KNEEL, NEXT_TO, FOREHEAD_DOWN, ARMS_ALONG_THE_FLOOR, FRAMING_A_FOOT, HANDS_ON_A_WALL, ALL_FOURS_BARE, CAT_COW, PULLED_UP_TO, AS_FAR_AS, CHEST_OVER_THIGHS, SEAT_ON_FLOOR, LEGS_LONG_UPRIGHT, BY_THE_SIDES, NAPE, TOES_TOUCHING_DOWN]
