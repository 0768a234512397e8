"""Phrase rules for words that stand in for a body part, a place or a pose: footwear for the
feet, gloves for the hands, outdoor floors for the floor, a load for the hands that hold it,
a hat or the hair for the head, a seat named as a note's heading for sitting on it, clinical
names for ways of lying, and the names of a task or of a held pose for nothing at all.

Each rule is (pattern, replacement); posegen.caption_phrases.BODY_PHRASES orders them among
the other phrase rules, read alike by the caption reader and the built-in lexicon.
"""

from __future__ import annotations

from posegen.caption_prepare import not_after

# Words before "in the air" that put the whole body there (a leap), not the arms up.
AIRBORNE = not_after("frozen", "suspended", "caught", "jumping", "leaping", "floating", "hovering", "hanging", "jump", "leap")
# "Poor lifting posture", "lifting technique": a name for the task, nothing raised.
LIFTING_TASK = (r"\b(?:lifting|lift|carrying|handling) (posture|technique|position|task|mechanics|pattern)\b", r" \1 ")
# A shoe (a boot, a sock) a hand is at is its foot: "both hands at the right shoe".
FOOTWEAR = (r"\b(at|on|to|toward|towards|touching|touches|holding|holds|grabbing|grabs|gripping|grips) (the |his |her |their |your )?(left |right |other |front |back )?"
            r"(?:shoe|boot|sneaker|trainer|sock|slipper|sandal)(s?)\b(?! (?:of|on) )", lambda m: f"{m.group(1)} {m.group(2) or ''}{m.group(3) or ''}{'feet' if m.group(4) else 'foot'}")
# A note that opens with its seat ("Stool, chair ht, thighs flat."): sitting on it.
SEAT_HEADING = (r"^\s*(?:on (?:a |the )?)?(stool|chair|bench|office chair|armchair)\b(?= *[,.;:])", r"sitting on a \1")
# Skates, boots, shoes set somewhere are the feet; gloves and mitts are the hands ("skates planted
# wide", "both gloves held low in front").
FOOTWEAR_PLACED = (r"\b(?:skates|boots|shoes|sneakers|trainers)\b(?= (?:are |is |kept |held )?(?:planted|set|spread|wide|apart|together|flat|parallel|touching|side by side|about|\d))"
                   r"|\b(?:(left|right) (?:skate|boot|shoe))\b(?= (?:is |was |kept |held )?(?:planted|set|flat|ahead|forward|behind|back|lifted|raised|up|down|off)\b)", lambda m: f"{m.group(1)} foot" if m.group(1) else "feet")
GLOVES = (r"\b(left |right )?(glove|mitt|mitten)(s?)\b(?! (?:arm|side|hand)\b)", lambda m: f"{m.group(1) or ''}{'hands' if m.group(3) else 'hand'}")
# "Hold a lunge", "holding the pose": the pose is kept, no hand holds anything.
HOLD_A_POSE = (r"\b(?:hold|holds|holding|held) (?:a |an |the |this |that |your |his |her |their )?((?:\w+ )?(?:lunge|pose|position|stance|squat|posture|balance|bridge|split|shape|freeze))\b",
               r" \1 ")
# Clinical lying: "left lateral decubitus" lies on the left side; dorsal on the back, ventral face down.
DECUBITUS = (r"\b(?:(left|right) (?:lateral )?|(dorsal|supine) |(ventral|prone) )decubitus\b",
             lambda m: f" lying on the {m.group(1)} side " if m.group(1) else " lying on the back " if m.group(2) else " lying face down ")
# Outdoor and household floors are the floor ("lowers her right knee to the grass").
OTHER_FLOORS = (r"\b(?:the |a |an )?(?:grass|lawn|carpet|rug|sand|turf|tatami|pool deck|pavement|beach|floor ?boards?|tiles|parquet|linoleum|snow|ice|gravel"
                r"|(?:beach |bath )?towel|(?:picnic )?blanket|dirt|mud|deck|court|soil|stone|concrete|tarmac|earth|(?:kneeling )?pad|kneeler|trampoline(?: bed)?)\b", " the floor ")
# A load held at the waist is held in both hands there ("load @ waist", "carrying the box at waist height").
LOAD_AT = (r"\b(?:the |a )?(?:load|box|tray|crate|parcel|package|basket|carton|sack)s? (?:is |are )?(?:held |carried |kept |gripped )?(?:at|to|@) "
           r"(?:the )?(waist|hip|chest)(?:[- ](?:height|level))?\b", r" both hands held in front at \1 height ")
# A hand in the hair, on the hat or its brim is at the head.
HAT_AND_HAIR = (r"\b(?:in|into|through) (?:the |his |her |their |your )?hair\b|\b(on|to|at|touching|touches|holding|holds|grips|gripping)"
                r" (?:the |his |her |their |your )?(?:(?:brim|peak|crown|top) of (?:the |his |her |their |your )?)?(?:hat|cap|helmet)\b",
                lambda m: f" {m.group(1) or 'on'} the head ")
# A ball sat on is a seat ("seated upright on a birth ball"); a pregnant belly is "her bump" (not "a bump on the crown").
BALL_SEAT = (r"\b(?:birth|exercise|gym|swiss|stability|fitness|physio|pilates|balance|peanut|yoga) ball\b", "stool")
BUMP = (r"\b(?:(?:her|the|their|your) (?:baby |pregnancy )?|baby |pregnancy )bump\b(?! on| of)", "belly")
# "A box" taken from a shelf is a thing held, not boxing.
BOX_OBJECT = (r"\b(a|an|the|his|her|their|your|my|that|this|one|heavy|big|small|large|cardboard) box(es)?\b", r"\1 parcel\2")
