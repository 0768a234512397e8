"""Phrases of where the legs and knees go, rewritten the same way by both readers of a description
(the caption reader and the built-in generator's lexicon). posegen.caption_phrases lists them, with
the phrases of the arms and the body, in BODY_PHRASES, the order they apply.
"""

from __future__ import annotations

# A knee "nearly touching the mat" is held just off it (a lunge's back knee), not down on it.
KNEE_NEARLY_DOWN = (r"\b(knees?)((?: [\w']+){0,2}?) (?:nearly|almost|not quite|just about|close to) (?:touching|touches|touch|on|brushing|brushes|grazing|grazes|kissing|kisses|reaching)"
                    r" (?:the )?(floor|ground|mat)\b", r"\1\2 just above the \3")
