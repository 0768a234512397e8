"""What shaped a pose and what was ignored: the account each builtin record carries.

Two readers look at a caption. The lexicon (``parse``) names the postures and limb
actions the composer knows; the caption reader (posegen.caption_reader) turns the
description's structure into constraints that the pose is then solved for. A clause
that names a body part or a pose verb and that neither reader understood is
*ignored*, and a constraint the solved pose still violates is *unmet*; ``matched``
is true only when something was understood and nothing was ignored or unmet.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from posegen.caption_body import POSTURE_VERBS
from posegen.caption_reader import CaptionReading
from posegen.caption_text import BENT, DOWN, RAISE, STRAIGHT, body_parts

from .parse import ParseResult, parse_caption

POSE_VERBS = POSTURE_VERBS | RAISE | DOWN | BENT | STRAIGHT | {
    "squat", "squats", "squatting", "kneel", "kneels", "kneeling", "lunge", "lunges", "lunging", "lean", "leans",
    "leaning", "crouch", "crouches", "crouching", "bow", "bows", "bowing", "twist", "twists", "twisting", "crossed",
    "spread", "apart", "together", "arched", "arch", "hunched", "tilted", "tilt", "kick", "kicks", "kicking",
}


@dataclass(frozen=True)
class Understanding:
    concepts: tuple[str, ...]  # lexicon concepts ("squat", "arms_up:left")
    constraints: tuple[str, ...]  # the caption's constraints, in words
    ignored: tuple[str, ...]  # pose phrases neither reader understood
    unmet: tuple[str, ...]  # constraints the generated pose still violates

    @property
    def matched(self) -> bool:
        return bool(self.concepts or self.constraints) and not self.ignored and not self.unmet

    def info(self) -> dict[str, Any]:
        return {
            "matched": self.matched,
            "understood": list(self.concepts),
            "constraints": list(self.constraints),
            "ignored": list(self.ignored),
            "unmet": list(self.unmet),
        }


def is_pose_phrase(phrase: str) -> bool:
    """Whether a clause speaks about the body: a body part or a verb of posture or movement."""
    words = phrase.split()
    return bool(body_parts(words)) or any(w in POSE_VERBS for w in words)


def ignored_phrases(reading: CaptionReading) -> tuple[str, ...]:
    """Clauses about the body that gave no constraint and name no concept the lexicon knows."""
    return tuple(p for p in reading.unchecked if is_pose_phrase(p) and not parse_caption(p).matched)


def understand(parse: ParseResult, reading: CaptionReading, unmet: tuple[str, ...]) -> Understanding:
    return Understanding(
        tuple(parse.understood), tuple(c.text for c in reading.constraints), ignored_phrases(reading), unmet
    )
