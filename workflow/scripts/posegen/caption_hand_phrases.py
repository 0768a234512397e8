"""Phrases of where the hands and arms go, rewritten the same way by both readers of a description
(the caption reader and the built-in generator's lexicon): hands held, placed, tucked, pointed or
joined ("the hands stacked under the chin", "pointing at the door", "arms joined at the wrists"),
arms raised to an angle or held away from the body. posegen.caption_phrases lists them, with the
phrases of the body and legs, in BODY_PHRASES, the order they apply.
"""

from __future__ import annotations


def _knee(side: str | None) -> str:
    """ "left knee" for a side named, "knee" for none."""
    return f"{side} knee" if side else "knee"


# Where the palms face (or "look") is the hands' turn, not where the arms go ("arms out, palms to the
# ceiling", "palm looking down", "palms facing the floor").
PALMS_TURNED = (r"\b(?:with )?(?:the |his |her |their |your |both )?palms? (?:are |is )?"
                r"(?:(?:facing|faced|faces|turned|turning|looking|looks) (?:the )?(?:ceiling|sky|floor|ground)|"
                r"(?:facing |faced |faces |turned |turning |looking |looks |pointing |open |opened |to )?"
                r"(?:up|upward|upwards|down|downward|downwards|forward|forwards|in|inward|inwards|out|outward|outwards|"
                r"(?:to|toward|towards) (?:the )?(?:ceiling|sky|floor|ground|front|body|thighs?)))\b(?! (?:on|against|onto|to|front|contact)\b)", " palmturn ")
# In a fold, squat or lunge, palms "to the floor" are put there, not turned ("forward fold, palms to floor").
PALMS_TO_THE_FLOOR = (r"^(?=.*\b(?:fold\w*|bend\w*|bent|hinge\w*|squat\w*|crouch\w*|stoop\w*|lunge\w*)\b)(.*?)"
                      r"\b(?:the |his |her |their |your |both )?palms? (?:flat |down )?(?:to|onto) (?:the )?(?:floor|ground|mat)\b", r"\1 hands on the floor ")
# A punch or jab named by its side is that fist driven straight forward ("fires a straight right punch").
SIDED_PUNCH = (r"\b(?:(?:a|an|the|his|her|their|your|my) )?(?:(?:straight|quick|hard|fast|long|sharp|snapping) )*(left|right) (?:punch|jab)(?:es)?\b",
               r" \1 arm punched straight out in front ")
# "Holding her left foot in the left hand": the hand holds the foot (the hand is the one placed).
HELD_IN_THE_HAND = (r"\b(holding|holds|hold|held|grabbing|grabs|grab|grabbed|gripping|grips|grip|gripped|clasping|clasps|catching|catches)"
                    r" (?:the |his |her |their |your )?((?:left |right )?(?:foot|ankle|heel|knee|shin|toes|instep|wrist|elbow))"
                    r" (?:in|with|by) (?:the |his |her |their |your )?(left|right|same|other|one) hand\b", r"the \3 hand \1 the \2")
# Hands on the seat beside the body ("hands put on the bench at both sides", "gripping the seat by the hips"):
# down beside the hips (the seat is not a body part to reach).
HANDS_ON_THE_SEAT = (r"\b(hands?|palms?) (?:are |is )?(?:put |placed |resting |rest |rests |planted |set |pressed |gripping |grip |grips |holding |hold |holds )?"
                     r"(?:on |onto )?(?:the |her |his |their |your )?(?:bench|seat|chair seat|stool|edge of the (?:bench|seat|chair|bed)|bed)"
                     r"(?: (?:at|on|by) (?:both|either|each|her|his|their|your|the) sides?| beside (?:her|him|them|you|the hips)(?:self|selves)?| by (?:the|her|his|their|your) hips)\b",
                     r"\1 resting beside the hips")
# Arms along the floor behind the head reach on past it: no hand at the head.
ALONG_THE_FLOOR_OVERHEAD = (r"\balong the (?:floor|ground|mat) (?:behind|past|beyond|over|above) (?:your |his |her |their |the )?head\b", " overhead along the floor ")
# An elbow kept in at the waist is the elbow's place, not the hand's.
ELBOW_IN = (r"\b(elbows?) (?:kept |held |tucked |pinned )?(?:close |in |tight )?(?:to|at|against|by) (?:the |his |her |their |your )?(?:waist|sides?|ribs|body|trunk|torso)\b", r"\1 bent")
# The weight of the arms taken by the thighs: the forearms rest on them.
ARMS_BORNE_BY = (r"\bthe weight of (?:the |his |her |their |your )?(arms|forearms|hands) is (?:taken|borne|carried|supported|held) by (?:the |his |her |their |your )?(thighs|knees|legs)\b",
                 r" the \1 resting on the \2 ")
# A hand pulled "to the front of the shoulder" is at the shoulder.
TO_THE_FRONT_OF = (r"\b(?:to|at) the front of (?:the |his |her |their |your )?((?:(?:left|right|l|r) )?(?:shoulder|chest|hip|thigh|knee)s?)\b", r" at the \1")
# Held "low in front of the belly": at the belly, below the shoulders (held "out in front of" it, they reach forward).
IN_FRONT_OF_THE_BELLY = (r"\b(?<!out )(?<!forward )(?<!ahead )(?:low |down )?in front of (?:the |his |her |their |your |my )?(?:belly|stomach|tummy|waist|navel|abdomen|groin|lower belly)\b", " at the belly")
# Hands clasped "just below the right knee" hold the top of that shin.
BELOW_THE_KNEE_HELD = (r"\b(clasped|clasp|clasps|clasping|locked|interlaced|laced|wrapped|holding|hold|holds|held|gripping|grips|gripped)"
                       r" (?:just |right |directly )?(?:below|under|beneath) (?:the |his |her |their |your |my )?((?:left |right )?)knee\b", r"\1 around the \2shin")
# "The right knee is pulled up ... and she hugs it with both hands": the hands hold that knee.
KNEE_HUGGED_BY_PRONOUN = (r"^(?=.*\bknee\b)(.*?)\b(?:embrace|embraces|embracing|embraced|hug|hugs|hugging|hugged|hold|holds|holding|clasp|clasps|clasping|grab|grabs|grabbing|wrap|wraps|wrapping)"
                          r" it (?:with|in) (?:the |his |her |their |your |my )?(?:both |two )?(?:hands|arms)\b", r"\1 both hands holding the knee")
# "The left foot is pulled up behind ..., she is holding it by the left hand": the hand holds that foot.
FOOT_HELD_BY_PRONOUN = (r"^(?=.*\b(left|right) (?:foot|ankle|heel)\b)(.*?)\b(?:holding|holds|hold|held|grabbing|grabs|grab|gripping|grips|grip|catching|catches|catch)"
                        r" it (?:by|with|in) (?:the |his |her |their |your |my )?(left|right) hand\b", r"\2 the \3 hand holding the \1 foot")
# A hand "tucked under the cheek" (or ear; lying, the chin) is at the face (upright, a fist under the chin props it from below).
UNDER_THE_CHEEK = (r"\b(?:under|beneath|underneath) (?:the |his |her |their |your |my |its )?(?:left |right )?(?:cheek|cheeks|ear)\b", " at the cheek")
UNDER_THE_CHIN_LYING = (r"^(?=.*\b(?:lie|lies|lying|lay|laid|onbody|curled|prone|supine)\b)(.*?)\b(?:under|beneath|underneath) (?:the |his |her |their |your |my |its )?(?:chin|jaw)\b",
                        r"\1 at the cheek")
# Face down, hands or forearms "under the forehead" (a pillow) are at the head, the elbows bent.
UNDER_THE_HEAD_PRONE = (r"^(?=.*\b(?:face[- ]?down|prone|onfront|(?:lie|lies|lying|lay|laid) (?:down )?on (?:the |his |her |their |your |my )?(?:front|stomach|belly|tummy))\b)(.*?)"
                        r"\b(?:(?:fold|folds|folded|folding|cross|crosses|crossed|crossing|stack|stacks|stacked|stacking) )?(?:(?:your|his|her|their|my|the|both) )?"
                        r"(?:forearms|arms|hands|palms)? ?(?:folded |crossed |stacked )?(?:under|beneath|underneath) (?:the |his |her |their |your |my )?(?:forehead|head|chin|face)\b",
                        r"\1 the hands at the forehead")
# Reaching across the body to a sided part is the other side's hand ("reaching across his chest to
# clutch his left shoulder": the right hand on the left shoulder).
REACH_ACROSS_TO = (r"\breach(?:es|ing|ed)? (?:across|over) (?:his |her |their |your |the )?(?:chest|body|front|torso)?\s*to "
                   r"(?:clutch|grab|grip|hold|touch|clasp|rub|cup|squeeze|hug|pat)\w* (?:his |her |their |your |the )?(left|right) "
                   r"(shoulder|elbow|upper arm|arm|hip|knee|thigh)\b",
                   lambda m: f" the {'right' if m.group(1) == 'left' else 'left'} hand on the {m.group(1)} {m.group(2)} ")
# Joint-angle terms of a specification: shoulder abduction / flexion of N degrees raises that arm
# sideways / forward N degrees from hanging ("set the right shoulder abduction to 90 degrees",
# "L arm abd 90": an arm's abduction or flexion is the shoulder's; an arm "flexed" is its elbow).
SHOULDER_ANGLE = (r"\b(?:the )?(left|right|both) (?:shoulders?(?:'s)? (abduction|abducted|abd|flexion|flexed|flex)|arms?(?:'s)? (abduction|abducted|abd|flexion|flex))\.?(?: angle)?(?: (?:to|of|at|is|=))? (?:about |roughly )?(\d{1,3})"
                  r"(?: ?(?:degrees?|°|deg))?(?:,? and (?:the )?(left|right) (?:one|shoulder)(?: (?:to|of|at|is|=))? (?:about |roughly )?(\d{1,3})(?: ?(?:degrees?|°|deg)\b)?)?",
                  lambda m: "".join(f" {'both arms' if side == 'both' else f'the {side} arm'} raised {'sideways' if (m.group(2) or m.group(3)).startswith('abd') else 'forward'} to {angle} degrees ,"
                                    for side, angle in ((m.group(1), m.group(4)), (m.group(5), m.group(6))) if side))
# One hand "clasping" a body part holds it (clasped are two hands together): "R hand clasping L shoulder".
ONE_HAND_CLASPING = (r"\b((?:left|right) (?:hand|palm|fingers)) (?:is |are )?(?:clasp|clasps|clasping|clasped)\b(?= (?:on |onto |around |round |over )?"
                     r"(?:the |his |her |their |your |my )?(?:left |right |other |opposite )?(?:shoulder|elbow|knee|wrist|ankle|shin|thigh|foot|head|neck|arm|forearm|hip|waist|chest)s?\b)",
                     r"\1 holding")
# The small (or "low") back is the lower back; the face lifted (toward the sky) is the head tipped back.
SMALL_OF_THE_BACK = (r"\bsmall of (?:the |his |her |their |your )?back\b|\bback of (?:the |his |her |their |your )?waist\b|\blow back\b", "lower back")
# Pulling a knee to the chest "with both hands": the hands hold the knee there (the side named, that
# knee), they are not at the chest.
_TO_THE_CHEST_WITH_THE_HANDS = (r"(?:in ?to|into|to|toward|towards|against) (?:the |his |her |their |your )?chest) "
                                r"(?:with|using|by) (?:both|his|her|their|your|the) hands\b")
KNEE_TO_CHEST_WITH_HANDS = (r"\b((?:pull|pulls|pulling|pulled|hug|hugs|hugging|hugged|draw|draws|drawing|drew|drawn|bring|brings|bringing|brought|held|holds|hold|holding)"
                            r"(?: in)? (?:(?:the|his|her|their|your) )?(?:(left|right) )?(?:knees?|thighs?|legs?)(?: is| are)?(?: in)?(?: (?:hugged|pulled|drawn|held))? "
                            + _TO_THE_CHEST_WITH_THE_HANDS, lambda m: f"{m.group(1)}, both hands holding the {_knee(m.group(2))}")
KNEE_HUGGED_WITH_HANDS = (r"\b((?:the |his |her |their |your )?(?:(left|right) )?(?:knees?|thighs?) (?:is |are )?(?:hugged|pulled|drawn|held|clasped)(?: in)? "
                          + _TO_THE_CHEST_WITH_THE_HANDS, lambda m: f"{m.group(1)}, both hands holding the {_knee(m.group(2))}")
# Shorthand "tog" is together; palms or hands "touching" with no object touch each other.
TOGETHER_SHORTHAND = (r"\btog\b\.?", " together ")
HANDS_TOUCHING = (r"\b(palms|hands|fingertips) (?:are |is )?touching(?: (?:each other|one another))?\b(?!\s+(?:the|his|her|their|your|my|a|an)\b)", r"\1 together")
# Laying a hand or the head somewhere puts it there; nobody lies down ("lay your right palm on your chest").
LAY_A_PART = (r"\b(?:lay|lays|laid|laying)(?= (?:(?:the )?(?:backs?|tops?|fronts?|undersides?|edges?) of )?(?:(?:your|his|her|their|the|both|one|my) )?(?:(?:left|right) )?"
              r"(?:hands?|palms?|forearms?|arms?|fingers?|fingertips|fists?|head|cheek|chin|forehead)\b)", " put")
# Hands in the back pockets are behind the back.
BACK_POCKETS = (r"\bhands? (?:are |is |were |was )?(?:tucked |slipped |stuffed |shoved |pushed |jammed )?in(?:to)? (?:the |his |her |their |your |both )?(?:back|rear|hip) pockets?\b",
                " hands behind the back ")
# Palms that face each other are the hands' turn too (no face is touched).
PALMS_FACING = (r"\b(?:the |his |her |their |your |both )?palms? (?:are |stay |kept )?(?:face|faces|facing|turned to(?:ward)?) (?:each other|one another|inwards?|in)\b", " palmturn ")
# Chest height is a height, a little below the shoulders: no hand on the chest.
CHEST_HEIGHT = (r"\b(?:at|to|up to|around|about) (?:about |roughly |around )?(?:the )?(?:chest|breast) (?:height|level)\b|\bchest[- ](?:height|high|level)\b", " chestheight ")
# An arm or forearm laid over the eyes or face covers them with its hand ("right forearm flung over his eyes").
ARM_OVER_THE_EYES = (r"\b(left |right |both |one |an |the |his |her |their |your )?(?:fore)?arms? (?:is |are )?(?:flung|thrown|draped|laid|resting|rests|lying|lies|placed|crossed|folded)? ?"
                     r"(?:over|across) (?:his |her |their |your |the |both )?(eyes|face|forehead)\b", r"\1hand covering the \2")
# In a punch, a fist or arm "extended straight out" goes out in front ("firing a jab, his left fist extended straight out").
PUNCHED_OUT = (r"^(?=.*\b(?:jab|jabs|jabbing|punch\w*|uppercut|strike|strikes|striking)\b)(.*?)\b(fist|arm|hand) (?:is )?(extended|thrust|shot|fired|driven|snapped) (?:straight )?out\b(?! to)",
               r"\1\2 \3 straight forward")
# A hand on each knee is both hands, each on its own knee.
A_HAND_ON_EACH = (r"\b(?:a|one) (hand|palm|fist) (\w+ )?on each (knee|thigh|hip|shoulder|foot|ankle|shin|heel)\b",
                  lambda m: f" both {m.group(1)}s {m.group(2) or ''}on the {'feet' if m.group(3) == 'foot' else m.group(3) + 's'} ")
# "Do not let the hands reach the floor, keep them resting on the knees": "them" are the hands.
THEM_THE_HANDS = (r"^(.*?\b(hands|palms|fists)\b.*?)\b(keep|keeps|kept|keeping|leave|leaves|leaving|rest|rests|resting|place|places|placing|put|puts|putting|set|sets|setting|lay|lays|laying) them\b",
                  r"\1\3 the \2")
# Pointed "at the door", stretched out "toward them": at something ahead, not a part of the body
# or the room's floor, ceiling or sides.
POINTED_AT_SOMETHING = (r"\b((?:point|points|pointing|pointed|aim|aims|aiming|aimed|stretch|stretches|stretched|stretching|extend|extends|extended|extending)"
                        r"(?: out)?(?: (?:the |his |her |their |your |my )?(?:left |right )?(?:hand|arm|index finger|finger|fist))?(?: out)?)"
                        r" (?:at|toward|towards) (?:them|him|her|me|us|you|(?:the|a|an|his|her|their|your|my) (?!(?:\w+ )?(?:floor|ground|mat|ceiling|sky|roof|sun|left|right|side|sides|back|front|"
                        r"head|face|chest|feet|foot|toes?|knees?|hips?|shoulders?|legs?|arms?|hands?|body|belly|stomach|heels?|ankles?|thighs?|shins?|ears?|eyes?|nose|mouth|chin|neck|waist|"
                        r"wall|camera|lens|horizon|heavens|stars|moon)\b)\w+)\b", r"\1 forward")
# Arms "joined at the wrists" (a forearm pass): the hands together.
JOINED_AT_THE_WRISTS = (r"\b(joined|linked|connected|touching) (?:together )?at the wrists\b", r"\1 together")
# Hands that just meet are together: "the hands meet in front of the belly".
HANDS_MEET = (r"\b(hands|palms|fingertips|wrists|fists) (?:just |lightly |loosely )?(?:meet|meeting|touch each other|touching each other)\b", r"\1 together")
# Lying on the back, a hand under the head is behind it (the head rests on it).
UNDER_THE_HEAD_SUPINE = (r"^(?=.*\b(?:on (?:the |his |her |their |your |my )?back|supine|face[- ]?up)\b)(.*?)\b(?:under|beneath|underneath) (?:the |his |her |their |your |my )?head\b",
                         r"\1 behind the head ")
# Hands framing a foot are on the floor on either side of it (a low lunge).
FRAMING_A_FOOT = (r"\b(hands|palms|fingertips) (?:are |placed |planted )?(?:framing|frame|on either side of|either side of|on each side of)\s+(?:the |his |her |their |your |my )?((?:left |right |front )?foot)\b",
                  r" \1 on the floor beside the \2")
# Hands pressed against a wall reach forward to it ("pushing both palms against a wall").
HANDS_ON_A_WALL = (r"\b(palms|hands|palm|hand)\b((?: \w+){0,2}?) (?:against|on|into) (?:a|the) wall\b", r"\1\2 held out in front against the wall")
# Hands in the front pockets rest at the hips.
FRONT_POCKETS = (r"\b(hands?|thumbs?) (?:\w+ )?(?:in(?:to)?|on|through|behind) (?:the |his |her |their |your |both |my )?(?:front |trouser |pant |jeans |coat |jacket |side )?(?:pockets?|belt(?: ?loops?)?|waistband)\b",
                 lambda m: f" {'hands' if m.group(1).endswith('s') else 'hand'} at the hips ")
# Arms along, by or at the sides (of the body) hang there: no arm out to the side.
BY_THE_SIDES = (r"\b(?:along|by|at|down) (?:the |his |her |their |your |its |both )?(?:left |right )?sides? of (?:the |his |her |their |your |its )?body\b"
                r"|\b(?:along|by|down) (?:the |his |her |their |your |its )?(?:left |right )?sides?\b(?! of)", " bysides ")
# Hands at the nape of the neck are behind the head.
NAPE = (r"\b(?:at|on|to|against|behind|around) (?:the )?nape(?: of (?:the |his |her |their |your )?neck)?\b", " behind the head ")
# Clinical names of the limbs: "left upper limb: swung back", "both lower extremities straight".
UPPER_LIMBS = (r"\bupper (?:limbs|extremities)\b", " arms ")
UPPER_LIMB = (r"\bupper (?:limb|extremity)\b", " arm ")
# Arms making a cross (a crucifix) are out to the sides, not crossed; arms "X'd" on the chest are crossed.
ARMS_A_CROSS = (r"\b(?:making|forming|form|make|makes|forms|in|into|like) (?:a|the) (?:cross|crucifix)\b"
                r"(?![- ]?(?:light|lights|fire|wind|winds|bar|beam|roads?|walk|word|hairs?|section|country|fit|court|bow))", " in a tpose ")  # (not "in the cross-light")
# A cross-stick, crossbar or crossfire is a thing, not arms crossed ("arms lashed out along the cross-stick").
CROSS_THINGS = (r"\bcross[- ]?(stick|bar|piece|beam|light|fire|wind|road|walk|word|hair|section|country|fit|court|bow|trainer)(s?)\b",
                lambda m: f" {m.group(1)}{m.group(2)} ")
# An arm "in line with the shoulder" is level with it (not a hand on it); hips in line with the
# shoulders (a plank) keep their reading.
ARM_IN_LINE_WITH_SHOULDER = (r"\b((?:arms?|hands?)\b(?: [\w-]+){0,8}?) in (?:a )?line with (?:the |his |her |its |their |your |my )?shoulders?\b",
                             r"\1 at shoulder height")
# Fists "chambered at the belt" are at the hips, as "chambered at the hips" (hands joined "at the belt" stay in front).
AT_THE_BELT = (r"\b(chamber\w*|pulled back|drawn back|cocked) (?:at|to|by) (?:the |his |her |their |your |my )?belt\b(?! buckle| loop)", r"\1 at the hips")
X_CROSSED = (r"\bx'?e?d\b", " crossed ")
BREASTBONE = (r"\b(?:breastbone|sternum)\b", " chest ")
# Above the crown is above the head (a hand on the crown touches it).
ABOVE_THE_CROWN = (r"\b(above|over) ((?:the |his |her |their |your |its |one's )?)crown\b", r" \1 \2head ")
# Arms held a little, or some degrees, away from the body are raised sideways that far ("arms held
# slightly away from his body", "arms out to the sides, about 45 degrees away from your body").
ARMS_AWAY_FROM_THE_BODY = (r"\b(arms?|upper arms?) (?:are |is )?(?:held |kept |hanging |hang |hangs |lifted |raised |carried |out )?"
                           r"(?:slightly|a little|a bit|a touch|just) (?:away|out) from (?:the |his |her |their |your |my |its )?(?:body|sides?|torso|trunk|hips)\b",
                           r" \1 held out sideways to 20 degrees ")
ANGLE_AWAY_FROM_THE_BODY = (r",? (?:at |to )?(?:about |roughly |some |approximately )?(\d{1,3}) ?(?:degrees?|°) (?:away |out )?from (?:the |his |her |their |your |my |its )?"
                            r"(?:body|sides|torso|trunk)\b", r" to \1 degrees ")
# A hand pressed to the hip is on it ("R hand press hip", "the left palm pressed into her waist").
PRESSED_TO_THE_HIP = (r"\b(hands?|palms?|fists?) (?:is |are )?(?:press|presses|pressed|pressing) (?:in(?:to)? |against |on(?:to)? |to )?(?:the |his |her |their |your |my )?(left |right )?(hips?|waist)\b",
                      r" \1 on the \2\3 ")
# "Elbows inside the knees" (a garland squat): the elbows between them, no knees of their own.
ELBOWS_INSIDE = (r"\b(elbows?|forearms?) (?:pressed |placed |tucked |braced |kept |held )?(?:inside|within) (?:the |his |her |their |your )?(knees|thighs|legs)\b", r"\1 between the \2")
# "The right hand placed over the left (at the waist)": the hands meet, one on the other.
HAND_OVER_HAND = (r"\b(left|right) hand (?:is |was )?(?:placed |laid |resting |lying |folded |put |crossed |rested )?(?:over|on|on top of|atop|upon) "
                  r"(?:the|his|her|their|your) (left|right)(?: hand\b| one\b|(?= *(?:[,;.]|$|(?:at|in|on|over|and|while|with|against|across)\b)))",
                  lambda m: " hands together" if m.group(1) != m.group(2) else m.group(0))
# "Both arms flexed 90 degrees forward": flexed at the shoulder (raised forward), not at the elbow.
ARMS_FLEXED_FORWARD = (r"\b(arms?) (?:are |is )?flexed (?:to |by )?(?:about |roughly |around )?(\d{1,3}) ?(?:°|degrees?|deg)(?!\w)(?= *(?:forward|forwards|to the front|in front)\b)",
                       r"\1 raised \2 degrees")
# Hands that hang "lower than the knees" are below them.
LOWER_THAN = (r"\b(?:lower|further down) than (?:the |your |his |her |their )?(knees|ankles|hips|feet|shins|waist)\b", r"below the \1")
# "The hands higher than his head": above it (not in a fold, where "above the head" reaches on past it
# along the trunk, and the hands higher than the head are raised behind the back).
HIGHER_THAN = (r"^(?!.*\b(?:hinge\w*|fold\w*|foldforward|bow|bows|bowing|bowed|bent over|bend\w* (?:over|forward)|bent forward)\b)(.*?)"
               r"\b(?:higher|further up) than (?:the |your |his |her |their )?head\b", r"\1above the head")
# "Two hands in the back of him": behind his back.
IN_THE_BACK_OF = (r"\bin the back of (?:him|her|them|you|yourself|himself|herself|themselves|the body)\b", "behind the back")
# "Holding each foot with the hand of the same side", "each knee held by the hand of its own side": a hand on each.
EACH_BY_ITS_HAND = (r"\b(?:holding|holds|hold|grabbing|grabs|grab|grasping|grasps|clasping|clasps|gripping|grips|cupping|cups) each (foot|knee|ankle|shin|heel|thigh)\b"
                    r"(?: (?:with|by) the hand of (?:the same|(?:its|his|her|their|your|that)(?: own)?) side)?"
                    r"|\beach (foot|knee|ankle|shin|heel|thigh) (?:is )?(?:held|grabbed|gripped|grasped|clasped|cupped|taken) (?:by|in|with) the hand of (?:the same|(?:its|his|her|their|your|that)(?: own)?) side\b",
                    lambda m: f" a hand on each {m.group(1) or m.group(2)} ")
# Hands stacked (one on the other: CPR, a streamline, a pillow) meet.
HANDS_STACKED = (r"\b(hands|palms|fists)((?: \w+){0,2}?),? (?:are |were |is )?(?:put |placed |laid |set )?(?:stacked|one (?:on|over|upon) (?:top of )?(?:the other|another)|on top of each other)\b"
                 r"|\bstacked (hands|palms|fists)\b", lambda m: f"{m.group(1) or m.group(3)} together{m.group(2) or ''}")
# Hands "pressing his lower back" press on it: a part pressed is where the hands are, not hands pressed together.
PRESSING_A_PART = (r"\b(hands?|palms?|fingers?|fingertips|fists?) (?:are |is )?(press|presses|pressing)(?= (?:the |his |her |their |your |both |each )?"
                   r"(?:left |right |lower |upper )?(?:back|knees?|thighs?|hips?|chest|belly|stomach|abdomen|head|face|shoulders?|neck|ribs|waist|shins?|feet|foot|floor|ground|mat|wall)\b)",
                   r"\1 \2 on")
# "Each hand is propped on its own knee" ("its own" is read as "your" by then): each on its own side's.
EACH_HAND_ON_ITS = (r"\beach (hand|palm|fist) ((?:\w+ ){0,3}?)(on|at|to|against|over|onto) (?:your|the|a|one|his|her|their) (knee|thigh|hip|shoulder|shin|ear|cheek|ankle)\b",
                    r" both \1s \2\3 the \4s ")
# "The arms do not leave the sides", "neither arm moving away from the sides": they hang by them.
ARMS_KEPT_AT_THE_SIDES = (r"\b(?:neither|no) (?:arm|hand)s? (?:is |are )?(?:moving|moved|lifted|taken|coming|straying|leaving)(?: away)? from (?:the |his |her |their |your )?sides\b"
                          r"|\b(?:do not|does not|don't|doesn't|never|not|without) (?:leave|leaves|leaving|move away from|moves away from|moving away from|come away from|coming away from) (?:the |his |her |their |your )?sides\b",
                          lambda m: " both arms bysides " if m.group(0).startswith(("neither", "no ")) else " bysides ")
# "The right hand at the right side of the waist": on that hip.
SIDE_OF_THE_WAIST = (r"\b(?:at|on|against|to) (?:the )?(?:(left|right) )?sides? of (?:the |his |her |their |your )?(?:waist|hips?)\b",
                     lambda m: f" on the {m.group(1) + ' ' if m.group(1) else ''}hip ")
# Forearms crossed over the knees (a squat's rest): each hand over the other knee.
FOREARMS_CROSSED_ON_KNEES = (r"\b(?:fore)?arms (?:are )?(?:crossed|folded) (?:over|on top of|on|across|atop|upon) (?:the |his |her |their |your |both )?knees\b",
                             " left hand on the right knee and right hand on the left knee ")
