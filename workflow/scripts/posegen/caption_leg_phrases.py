"""Phrases of where the legs and knees go, rewritten the same way by both readers of a description
(the caption reader and the built-in generator's lexicon). posegen.caption_phrases lists them, with
the phrases of the arms and the body, in BODY_PHRASES, the order they apply.
"""

from __future__ import annotations

# A knee "nearly touching the mat", "near the floor" is held just off it (a lunge's back knee), not down on it.
KNEE_NEARLY_DOWN = (r"\b(knees?)((?: [\w']+){0,2}?) (?:(?:nearly|almost|not quite|just about|close to) (?:touching|touches|touch|on|brushing|brushes|grazing|grazes|kissing|kisses|reaching)"
                    r"|near|nearly to|almost to|close to) (?:the )?(floor|ground|mat)\b", r"\1\2 hovering just above the \3")
# A part "pointing down at the floor" points down; it is not on the floor ("the knee pointing down at the floor").
POINTING_AT_THE_FLOOR = (r"\b(pointing|points|point|pointed|aimed|aiming|aims|directed) (straight )?(?:down )?(?:at|to|toward|towards) (?:the )?(?:floor|ground|mat)\b",
                         r"\1 \2down")
# "The weight is borne by the left foot alone", "all weight is carried on the right foot": standing on that leg
# (a clause of its own, whose side is not the next limb's; a weight only "carried by the right leg" may
# rest a foot beside it, as a statue's relaxed leg does).
WEIGHT_BORNE_BY = (r"\b(?:(all|whole|entire|full) (?:the |his |her |their |your |body )?|(?:the |his |her |their |your )?(?:body )?)weight (?:is |being )?"
                   r"(?:borne|carried|taken|held|supported) (?:by|on) (?:the |his |her |their |your )?(left|right) (?:foot|leg)( alone| only)?\b",
                   lambda m: f"standing on the {m.group(2)} leg" if m.group(1) or m.group(3) else m.group(0))
