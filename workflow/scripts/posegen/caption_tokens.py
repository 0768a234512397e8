"""A pose description made into the tokens the caption reader reads.

The text is prepared (posegen.caption_prepare), then multi-word phrases become one
token ("above the head" -> overhead, "90 degrees" -> angle90, "sitting on the heels"
-> heelsit), in the order of the table below: a later phrase sees what earlier ones
made. The words themselves: posegen.caption_text.
"""

from __future__ import annotations

import re

from posegen.caption_standins import AIRBORNE
from posegen.caption_phrases import BACK_ON_THE_FLOOR, BODY_PHRASES, HEELS_UP, ON_A_SEAT, WEIGHT_ON
from posegen.caption_prepare import LYING_WORDS, SIDE_SHORTHAND, name_top_and_bottom, not_after, prepared

NUMBER_WORDS = {"ninety": 90, "forty five": 45, "thirty": 30, "sixty": 60, "forty": 40, "twenty": 20, "fortyfive": 45}

# Multi-word phrases made into one token before the words are read.
PHRASES = [
    ON_A_SEAT,
    WEIGHT_ON,
    *BODY_PHRASES,
    # "Nothing but the right sole is on the floor": only that one, no negation.
    (r"\bnothing (?:but|except|other than|apart from) ", " only "),
    # "on one knee, the right one", "on one knee, the left,": that knee on the ground
    (r"\bon one knee,? the (left|right)(?: one\b|(?= *(?:[,;:.]|$)))", r"on one knee, the \1 knee on the ground"),
    # A long step is a step, not a straight leg ("a long step forward with the right leg").
    (r"\b(?:long|big|large|wide|giant|huge) (step|steps|stride|strides|pace|lunge|lunges)\b", r" \1 "),
    # Reaching past the knees or shins is reaching below them.
    (r"\b(?:beyond|past) (?:the |his |her |their |your )?(?:knees?|shins?|calf|calves)\b", " below the knees "),
    # An angle away from the body's side is a raise sideways: "45 degrees away from the sides of the body".
    (r"\b(\d+) ?(?:°|degrees?|deg) (?:out )?away from (?:the )?(?:sides? of (?:the |his |her |your |their )?body|sides?|body|torso|trunk|thighs?)\b",
     r" raised \1 degrees "),
    # An angle "from upright" measures from the vertical; it says nothing upright.
    (r"\b(?:away )?(?:from|off) (?:the )?(?:upright|vertical|erect)\b", " fromvertical "),
    # Abduction is raising a limb sideways, away from the body's midline; a leg abducted says
    # where it points, not that its foot leaves the floor (a kneeling gate pose, a wide seat).
    (r"\b(legs?|thighs?)((?: (?:is|are|held|kept|slightly|fully|widely|well))*) abducted\b", r" \1\2 out sideways "),
    (r"\babduct(?:ed|s|ing)?\b", " raised sideways "),
    # Heels up is standing on the toes, not a foot off the ground.
    (r"\b(?:(?:rise|rises|rising|raise|raises|raising|come|comes|coming|up) )*(?:on|onto|upon) (?:the |his |her |their |your )?(?:balls of (?:the |his |her |their |your )?feet|tip[- ]?toes?|toes)\b", " tiptoe "),
    (HEELS_UP, " tiptoe "),
    # A hand on the stomach touches the belly ("lying on your stomach" is a posture, below).
    (r"\b(hands?|palms?|arms?|fingers?|fists?)\b((?: \w+){0,2}) (?:on|onto|over|upon|across) (?:top of )?(?:the |his |her |their |your |its )?(?:stomach|belly|tummy)\b", r" \1\2 on the abdomen "),
    # An arm held across the waist lies across the belly (not a hand on the hip).
    (r"\bacross (?:the |his |her |their |your |my )?waist\b", " across the belly "),
    # A hand over the knee or thigh rests on it ("palms cupped over his kneecaps"), not above it.
    (r"\b(hands?|palms?|fingers?|fists?)\b((?: \w+){0,2}) over ((?:the |his |her |their |your |its |both |each )?(?:knees?|kneecaps?|thighs?|shins?|lap))\b", r" \1\2 on \3 "),
    (r"\b(?:above|over) (?:the |his |her |their |your |its |one'?s )?heads?\b", " overhead "),
    (r"\b(?:to|toward|towards) the (?:sky|ceiling)\b|\bskywards?\b", " overhead skyward "),  # (up in the world: posegen.caption_whole)
    # (not the whole body "frozen in the air", "jumping in the air")
    (r"\bup (?:high|in the air)\b|" + AIRBORNE + r"\bin the air\b", " overhead "),
    (r"\b(bent|drawn|pulled|tucked)[- ]up\b", r" \1 "),
    # (past the ear: along the trunk's line, however the trunk leans, as in a side angle stretch)
    (r"\b(?:beyond|past) (?:the |his |her |their |your )?ears?\b|\bup (?:by|beside|alongside|next to|close to) (?:the |his |her |their |your )?ears\b"
     r"|\bin (?:a )?line with (?:the |his |her |their |your )?ears\b",
     " overhead pastear "),  # (not "a hand up by the ear", a phone call)
    (r"\b(?:beyond|past) (?:the |his |her |their |your )?head\b(?= *(?:$|[,;.]|and|while|with))|\b(?:beyond|past) (?:the |his |her |their |your )?head\b", " overhead "),
    # (arms "straight overhead on the floor" lie along it beyond the head: no arm points up)
    (r"\bstraight overhead(?= (?:\w+ ){0,2}?(?:on|along|against) (?:the )?(?:floor|ground|mat)\b)", " overhead straight "),
    # (legs "held" up are raised: "the legs are held straight up toward the ceiling")
    (r"\b(legs?) (is |are )?held (?=(?:straight )?(?:up|overhead|vertical|vertically|toward|towards|high)\b)", r"\1 \2raised "),
    (r"\bstraight (?:up|overhead)\b|\b(?:vertically|straight) above (?:the |his |her |their |your )?head\b", " overhead vertical "),
    (r"\bt[- ]?pose\b|\bt[- ]shape\b|(?<=\barms )(?:in (?:a )?)?t\b(?= *(?:[,;.]|$))", " tpose "),
    (r"\b(?:the |his |her |their |your )?back (?:is |lies |lying |resting |rests |pressed )?(?:flat )?(?:on|against) (?:the )?(?:floor|ground|mat)\b", " onbody onback "),
    (r"\bforward fold\b", " foldforward "),
    (r"\bout front\b", " forward "),
    # The sole is the foot's ("the sole of the right foot", "left sole planted"); a kneecap is the knee.
    (r"\bsoles? of (?:the |his |her |their |your |its )?", " "),
    (r"\bsoles\b", " feet "),
    (r"\bsole\b", " foot "),
    (r"\bkneecaps\b", " knees "),
    (r"\bkneecap\b", " knee "),
    (r"\b(?:down )?on (?:one|a single|a) knee\b", " kneeling on one knee "),
    (r"\b(?:the |his |her |their |your )?(?:body )?weight (?:is )?(?:taken |borne |resting |rests |placed )?on (?:the |his |her |their |your )?(left|right) knee\b", r" kneeling on the \1 knee "),
    (r"\bcross[- ]legged\b|\blotus\b", " crosslegged "),
    (r"\b(?:at|by|along|down) (?:the |his |her |their |your )?sides?\b(?! of)|\balong(?:side)? (?:the |his |her |their |your )?(?:body|torso|flanks?)\b", " bysides "),
    # (after "straight up" and "to the side" became "overhead vertical" and "sideways")
    # The trunk "halfway to horizontal" is at about 45 degrees.
    (r"\b(?:roughly |about |around |some )?(?:halfway|midway|half way) (?:to|toward|towards|down to) (?:the )?(?:horizontal|parallel)\b", " about angle45 "),
    (r"\b(?:halfway|midway|half way) (?:between|from) +(?:the )?(?:horizontal|sideways|side|shoulder height|shoulderheight|level) +(?:and|to) +(?:the )?(?:vertical|overhead vertical|overhead|up)\b"
     r"|\b(?:halfway|midway|half way) (?:between|from) +(?:the )?(?:vertical|overhead vertical|overhead) +(?:and|to) +(?:the )?(?:horizontal|sideways|side|shoulder height|shoulderheight|level)\b", " diagonal "),
    # Flexion is counted from straight: "flexed past 100 degrees" is an inner angle under 80,
    # "bent 30 degrees from straight" one of 150.
    (r"\b(flexed|flexes|flexing|bent|bends) (?:past|beyond|more than|over|further than) (\d{1,3}) ?(?:°|degrees?|deg)(?!\w)",
     lambda m: f" {m.group(1)} anglebelow{max(180 - int(m.group(2)), 0)} "),
    (r"\b(flexed|bent) (?:about |roughly |around |approximately )?(\d{1,3}) ?(?:°|degrees?|deg) from straight\b",
     lambda m: f" {m.group(1)} angle{max(180 - int(m.group(2)), 0)} "),
    (r"\b(\d{1,3}) ?(?:°|degrees?|deg) of (?:knee |elbow )?flexion\b", lambda m: f" flexed angle{max(180 - int(m.group(1)), 0)} "),
    # (the hip's flexion is the thigh's, never a knee's angle)
    (r"\b\d{1,3} ?(?:°|degrees?|deg) of hip flexion\b", " hip flexion "),
    # "the palms touching", "fingertips meeting": the hands touch each other (not "touching the knee").
    (r"\b(palms|hands|fingertips|fingers|wrists) (?:are )?(?:touching|meeting|pressed together|touch|meet|in contact)\b(?!\s+(?:the|his|her|their|your|a|an|each)\b)", r" \1 together "),
    # An angle from the horizontal: "45 degrees above horizontal" is 135 degrees from hanging;
    # "arms forward at shoulder height, 0 degrees from horizontal" is horizontal, in the clause it
    # adds to (more, with no side of it said, is left unread).
    (r"(?:, *)?\b(?:0?\d|10) ?(?:°|degrees?|deg) (?:from|off) (?:the )?horizontal\b", " horizontal "),
    (r"\b(?:above|over) (?:the )?horizontal\b", " abovehorizontal "),
    (r"\b(?:below|under|beneath) (?:the )?horizontal\b", " belowhorizontal "),
    (r"\babove shoulder (?:height|level)\b|\b(?:at|to|up to|around|near) (?:about |roughly )?(?:the )?(?:eye|head|face|forehead) (?:height|level)\b|\beye[- ]level\b", " aboveshoulderheight "),
    (r"\b(?:to|at|up to) (?:about |roughly )?(?:hip|waist) (?:height|level)\b", " hipheight "),
    (r"\b(?:at|to) (?:about |roughly )?(?:the )?shoulder (?:height|level)\b|\b(?:as|so) high as (?:the |his |her |their |your |my )?shoulders?\b|\bparallel to the (?:floor|ground)\b|\bhorizontal(?:ly)?\b|\blevel with the shoulders?\b", " shoulderheight "),
    # In front of a body part is a place ("palms on the floor in front of the feet"); in front of
    # the chest or body is near the body; bare "in front" / "ahead" is a direction.
    (r"\b(?:in front of|ahead of) (?:the |his |her |their |your |its )?(?:feet|foot|toes|knees|legs|hips|heels|shins)\b", " "),
    (r"\bout (?:in front|ahead)(?: of (?:the |his |her |their |your )?(?:body|chest|torso|him|her|them|you))?\b", " forward "),
    # (in front of the face is by the head: a boxer's guard, hands before the eyes)
    (r"\bin front of (?:the |his |her |their |your )?(?:face|eyes|nose|chin|mouth)\b", " near the face "),
    (r"\bin front of (?:the |his |her |their |your )?(?:body|chest|torso|belly|stomach|him|her|them|you)\b", " infront "),
    (r"\b(ahead of|in front of|behind) (?:the |his |her |their |your )?(?:left|right) (?:one|foot|leg)\b", r" \1 the other "),
    (r"\bends? up\b|\bending up\b", " "),
    (r"\bstraight ahead\b", " forward "),
    (r"\b(?:to|toward|towards) the front\b|\bfrontwards?\b", " forward "),
    (r"\bin front\b", " infront "),
    (r"\b(?:well |much |far )?(?:beyond|past|wider than|more than|greater than|outside) (?:the |his |her |their |your )?shoulder[- ]?width\b", " wide "),
    (r"\bapart (?:from )?(?:front to back|back to front|fore and aft|forward and back|one in front of the other)\b", " staggered "),
    (r"\bas wide as (?:the |his |her |their |your )?shoulders\b|\bshoulder[- ]width(?: apart)?\b", " shoulderwidth "),
    (r"\bas wide as (?:the |his |her |their |your )?hips\b|\bhip[- ]width(?: apart)?\b", " hipwidth "),
    (r"\bupper back\b|\bshoulder[- ]?blades?\b", " upperback "),
    (r"\bapart at the (?:ankles|feet|heels)\b", " apart "),  # "legs straight and 1 m apart at the ankles"
    (r"\bstanding (leg|foot|knee|heel|side)\b", r" grounded \1 "),  # "behind the standing foot": no stance of its own
    (r"\b(?:held up|supported|propped up|borne) by\b", " supportedby "),
    # "until both hands reach his heels": they touch them (not a reach up)
    (r"\b(hands?|palms?|fingers|fingertips|fists?) (?:can |to )?reach(?:es|ed)? (?:back |down )?(?:to )?(the |his |her |their |your )?((?:left |right )?(?:heels?|ankles?|shins?|knees?|feet|foot))\b",
     r" \1 touching \2\3 "),
    (r"\btouch\w* (?:the |his |her |their |your )?toes\b", " touchtoes "),
    (r"\b(?:without|no) (?:any )?weight on (?:the |his |her |their |your )?(?:left|right) (?:leg|foot)\b", " "),
    # "the left hand props up the right elbow": holds it up
    (r"\b(?:prop|props|propped|propping) up (?=(?:the |his |her |their |your )?(?:left |right |other |raised |bent )?elbow)", " supporting "),
    (r"\bprop\w* (?:\w+ )?up\b", " propped "),
    # (a leg "straight behind" is straight, and behind: "left leg straight behind")
    (r"\b(legs?) straight (?=(?:behind|ahead|in front|forward)\b)", r"\1 straight and "),
    (r"\b(legs?) straight (?=back\b)", r"\1 extended "),  # ("L leg straight back off the floor": straight, and back)
    # (a leg "raised straight up", "lifted straight to 90 degrees" is a straight-leg raise)
    (r"\b(legs? (?:is |are )?(?:raised|lifted|lift|lifts|raise|raises|held|kept|extended)) straight (?=(?:up|to|toward|out)\b)"
     r"|\b((?:raise|raises|raising|lift|lifts|lifting|kick|kicks|kicking) (?:the |his |her |their |your )?(?:left |right |other |top )?legs?) straight (?=(?:up|to|toward|out)\b)",
     lambda m: f"{m.group(1) or m.group(2)} extended "),
    (r"\bstraight (?=(?:up|down|out|ahead|forward|back|overhead|over|above|in front|to|behind|toward)\b)", " "),
    # Where the weight is: "the right leg bears all the weight" stands on it; "the weight is on the
    # left leg" only says that foot is down.
    (r"\b(left|right) (leg|foot) (?:bears|carries|takes|supports|holds) (?:all|the whole|the full)(?: of)? (?:the |his |her |their |your |its )?(?:body )?weight\b", r" standing on the \1 \2 "),
    # (weight on both feet: on neither side, and not a hand's place)
    (r"\b(?:the |his |her |their |your )?(?:body )?weight (?:(?:is|evenly|spread|shared|balanced) )*(?:on|over|between) (?:the |his |her |their |your )?(?:both|two) (feet|legs)\b", r" weightonboth \1 "),
    (r"\b(?:the |his |her |their |your )?(?:body )?weight (?:(?:is|was|gets|been|being|rests|resting|shifted|shifts|shifting|placed|sits|loaded|loads|transferred|moved|kept|held|put|sunk|sinks|settled|dropped) )*(?:mostly |mainly |fully |well |back )?(?:on|onto|over|into|in) (?:the |his |her |their |your )?(?:straight |bent |standing |supporting )?(left|right) (?:leg|foot|knee)\b", r" weighton\1 "),
    (r"\b(left|right) (?:leg|foot) (?:bears|carries|takes|supports|holds) (?:the |his |her |their |your )?(?:body )?weight\b", r" weighton\1 "),
    (r"\bweight +(?:is +)?(?:supportedby|(?:carried|taken|borne|held) +(?:by|on)) +(?:the +|his +|her +|their +|your +)?(?:straight +|bent +|standing +|supporting +)?(left|right) +(?:leg|foot)\b", r" weighton\1 "),
    # (terse: "foot off floor"; "off the ice" is off the floor by now, spaced apart)
    (r"\b(?:off|above) +(?:the +)?(?:floor|ground|mat)\b", " offground "),
    (r"\bevery bit of\b", " all "),
    (r"\b(?:to|toward|towards) the sides?\b|\bout to the sides?\b|\bsideways\b|\blaterally\b|\bout wide\b", " sideways "),
    (r"\bout to (?:the |his |her |their |your )?(left|right)\b", r" sideways \1 "),
    # The inside (included) angle of a joint is the angle itself, not the bend from straight.
    (r"\b(?:an? |the )?(?:inside|inner|interior|included) (?:joint )?angle (?:of |at )?(?:about |roughly |around |approximately |some |nearly )?(\d{1,3}) ?(?:degrees?|°|deg)(?!\w)",
     lambda m: f" anglerange{max(int(m.group(1)) - 10, 0)}to{min(int(m.group(1)) + 10, 180)} "),
    (r"\b(?:(?:tighter|less|smaller|under|below|sharper|narrower|fewer|more bent) than|below|under) (?:about |roughly )?(\d{2,3})(?: ?(?:degrees?|°|deg)|(?![\d.]| ?(?:cm|mm|m|centimet\w*|met\w*|inch\w*|in|ft|feet|foot|percent|%)(?!\w)))", r" anglebelow\1 "),
    (r"\b(?:more|greater|over|above|wider|larger|beyond|straighter|more open) than (?:about |roughly )?(\d{2,3})(?: ?(?:degrees?|°|deg)|(?![\d.]| ?(?:cm|mm|m|centimet\w*|met\w*|inch\w*|in|ft|feet|foot|percent|%)(?!\w)))", r" angleabove\1 "),
    (r"\b(?:over|at least|upwards of) (?:about |roughly )?(\d{2,3}) ?(?:degrees?|°|deg)(?!\w)", r" angleabove\1 "),
    (r"\blower back\b|\bsmall of (?:the |his |her |their |your )?back\b", " lowerback "),
    # a trunk reclined leans back ("trunk reclined about 45 degrees"): the trunk's lean, not lying down
    # (not a slight one: "trunk reclined no more than 10 degrees", which leans back no further than that)
    (r"\b(torso|trunk|back|spine|upper body)( is| are| was)? reclin(?:ed|ing|es|e)\b(?!\s+(?:\w+\s+){0,2}?(?:no more than|not more than|less than|under|at most|slightly"
     r"|a little|a bit|(?:about |roughly |some )?(?:[0-9]|1[0-5]) ?(?:degrees?|°|deg)|(?:no |not )?angleabove\d|anglebelow\d))", r"\1\2 leaning back"),
    # ("the hands at the lower chest": at the chest, not lowered)
    (r"\b(?:lower|upper|mid) (chest|belly|abdomen|stomach|ribs|ribcage|torso)\b", r" \1 "),
    (r"\b(on|onto) (?:the )?top of\b", r"\1"),  # "fingers laced on top of the head": on the head
    # A range of angles: "bent to 95-140 degrees", "between 30 and 45 degrees".
    (r"\b(\d{1,3}) ?(?:-|\u2013|to|and) ?(\d{1,3}) ?(?:degrees?|°|deg)(?!\w)", r" anglerange\1to\2 "),
    (r"\bright angles?\b|\bninety degrees?\b|\b90 ?(?:degrees?|°|deg)(?!\w)|\b90-degree\b", " angle90 "),
    # "the knee bent roughly square": to a right angle
    (r"\b(bent|bends|bend|bending|flexed|folded|crooked)( (?:roughly|about|nearly|almost|approximately|fairly|more or less))? square\b", r"\1\2 angle90 "),
    (r"\b(\d{1,3}) ?(?:degrees?|°|deg)(?!\w)|\b(\d{1,3})-degree\b", r" angle\1\2 "),
    (r"\bbehind (?:the |his |her |their |your )?(?:head|neck)\b|\b(?:the )?back of (?:the |his |her |their |your )?(?:head|neck)\b", " behindhead "),
    *SIDE_SHORTHAND,
    (r"\bbehind (?:the |his |her |their |your )?back\b", " behindback "),
    # hands joined "behind him" are behind his back
    (r"\b(clasped|clasp|clasps|laced|joined|locked|interlaced|interlocked|linked|held|together) behind (?:him|her|them|you)(?:self|selves)?\b",
     r" \1 behindback "),
    (r"\bupper body\b|\bupper torso\b", " torso "),
    (r"\bupper arms?\b", " upperarm "),
    (r"\blower arms?\b", " forearm "),
    (r"\blower legs\b", " shins "),
    (r"\blower leg\b", " shin "),
    (r"\b(?:less|under|no more|fewer) than (?:about |roughly )?(\d{1,3}) ?(?:centimet(?:re|er)s?|cm)\b", r" distbelow\1cm "),
    # (a range of centimetres: "the ankles 35-65 cm apart")
    (r"\b(\d{1,3}) ?(?:-|\u2013|to) ?(\d{1,3}) ?(?:centimet(?:re|er)s?|cm)\b", lambda m: f" dist{m.group(1)}to{m.group(2)}cm "),
    (r"\b(\d{1,3}) ?(?:centimet(?:re|er)s?|cm)\b", r" dist\1cm "),
    # (a range of metres too: "feet 1.0-1.3 m apart", "0.9 to 1.4 m", in decimetres)
    (r"\b(\d)(?:\.(\d))? ?(?:-|\u2013|to) ?(\d)(?:\.(\d))? ?(?:met(?:re|er)s?|m)\b",
     lambda m: f" dist{int(m.group(1)) * 10 + int(m.group(2) or 0)}to{int(m.group(3)) * 10 + int(m.group(4) or 0)}dr "),
    (r"\b(\d)(?:\.(\d))? ?(?:met(?:re|er)s?|m)\b", r" dist\1\2dm "),
    # A heel pressed down is a foot on the floor ("the back leg straight with the heel pressed down"; the
    # lexicon needs no word for it: a foot is down unless lifted).
    (r"\b(?:the |his |her |their |your |my )?((?:left |right |back |front )?)heels? (?:is |are |stays |kept |held )?(?:(?:pressed|pushed|planted|grounded|rooted|sunk)(?: (?:down|into the floor|into the ground|to the floor|flat))?|(?:resting |rests |rested |placed |set )?on the (?:floor|ground|mat))\b(?! together)", r" the \1foot on the floor "),
    # "30 cm between the feet" is the feet 30 cm apart.
    (r"\b(dist\d+c?d?m)\s+between\s+(?:the |his |her |their |your )?(?:feet|heels|ankles)\b", r" feet \1 apart "),
    (r"\bhand[- ]?stand\b", " handstand "),
    (BACK_ON_THE_FLOOR, " onbody onback "),
    # (not a load "carried on the back", "strapped on her back")
    (not_after("carried", "carries", "carry", "carrying", "strapped", "slung", "worn", "tied", "bound", "wrapped")
     + r"\bon (?:the |his |her |their |your |its )?back\b(?! (?:of|foot|feet|leg|legs|knee|knees|heel|heels|toes)\b)", " onbody onback "),
    # (not "the hands are not under the head, they are on the belly": a place for what was named before)
    (r"(?<!\bthey are )(?<!\bthey rest )(?<!\bthey lie )(?<!\bit is )(?<!\bit rests )(?<!\bit lies )"
     r"\bon (?:the |his |her |their |your |its )?(?:stomach|belly|front|tummy)\b(?! of| (?:left |right )?(?:knee|foot|leg|thigh|shin|heel|toes?|hand|arm|edge|part|row|step|seat|legs?)s?\b)", " onbody onfront "),
    (r"\bon (?:the |his |her |their |your |its )?side\b(?! of)", " onbody "),
    (r"\bface[- ]up\b|\bsupine\b", " onbody onback "),
    (r"\bface[- ]down\b|\bprone\b", " onbody onfront "),
    # (a side to lie on only where the caption lies: "the hand past the midline on the left side" is a place)
    (rf"^(?=.*\b(?:{LYING_WORDS}|prone|supine|onbody)\b)(.*?)\bon(?:to)? (?:the |his |her |their |its |your )?(left|right) side\b(?! of)",
     r"\1 onbody onside\2 "),
    (r"\bside (?=(?:leg|kick|lunge|step|raise|bend|stretch))", " sideways "),

    (r"\bdon'?t\b|\bdoesn'?t\b|\bdidn'?t\b|\bisn'?t\b|\baren'?t\b|\bwasn'?t\b|\bweren'?t\b|\binstead of\b|\brather than\b", " not "),
    (r"\b(stand|stands|standing|sit|sits|sitting) up straight\b", r" \1 upright "),
    (r"\bon (?:the |his |her |their |your |my |both |two )?(?:straight|extended|locked|outstretched) arms\b", " with arms straight "),
    # "bend that knee deeply and sit back": the hips go back and down, on no seat
    (r"\bsit(?:s|ting)? (?:(?:your|his|her|their|the) (?:hips|seat|bottom|buttocks) )?back\b(?= *(?:$|[,;.]|and\b|while\b|with\b|as\b))", " sink "),
    (r"\b(?:sit|sits|sitting|sat|seated|lower|lowers|lowering|sink|sinks|sinking|drop|drops|dropping)(?: (?:the |his |her |their |your )?(?:hips|seat|bottom|buttocks|pelvis))?"
     r" (?:back )?(?:down )?on(?:to)? (?:the |his |her |their |your )?heels\b", " heelsit "),
    # (not "the left knee is bent over the left foot": a knee above its foot)
    (r"\b(knees?) ((?:is |are )?)(bent|bends|bend|bending) over\b", r"\1 \2\3 above"),
    (r"\b(?:bent|bend(?:s|ing)?) over\b(?! (?:the |his |her |their |your |a )?(?:left |right |lower |other |upper |bottom |top )?(?:knee|leg|thigh|foot|feet|shin|ankle|one)s?\b)|\bfold(?:s|ed|ing)? forward\b|\b(?:bend|bends|bending|bent|fold|folds|folded|folding|hinge|hinges|hinged|hinging) at the (?:waist|hips)\b", " foldforward "),
    # "from the fingertips to the heels": the body's length, no place for a hand
    (r"\bfrom (?:the |his |her |their |your )?(?:fingertips|fingers|hands|head|crown|toes|heels|feet|shoulders|knees) to (?:the |his |her |their |your )?(?:fingertips|fingers|hands|head|crown|toes|heels|feet|shoulders|knees)\b", " "),
]
PHRASE_PATTERN = [(re.compile(p), r) for p, r in PHRASES]


def normalise(caption: str) -> str:
    text = prepared(caption)
    for pattern, replacement in PHRASE_PATTERN:
        text = pattern.sub(replacement, text)
    text = re.sub(r"'s\b", "", text).replace("'", "").replace("-", " ")
    for words, value in NUMBER_WORDS.items():
        text = text.replace(words + " degree", f" angle{value} ")
    return name_top_and_bottom(text)
