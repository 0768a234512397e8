"""Amounts a caption gives, from the tokens posegen.caption_tokens.normalise leaves: distances
("20 cm", "0.5 m", "35-65 cm", "1.0-1.3 m" become dist20cm, dist05dm, dist35to65cm, dist10to13dr)
and angles ("90 degrees", "a right angle", "between 30 and 45 degrees", "less than 120 degrees").
"""

from __future__ import annotations

import re


_DISTANCE_RANGE = re.compile(r"dist(\d+)to(\d+)(cm|dr)")


def _range_token(word: str) -> tuple[int, int, float] | None:
    """(shortest, longest, units per metre) of a range token (dist35to65cm, dist10to13dr)."""
    ranged = _DISTANCE_RANGE.fullmatch(word)
    if ranged is None:
        return None
    return int(ranged.group(1)), int(ranged.group(2)), 100.0 if ranged.group(3) == "cm" else 10.0


def distance_range_of(words: set[str]) -> tuple[float, float] | None:
    """A distance in metres written as "20 cm", "0.5 m" or a range ("35-65 cm", "1.0-1.3 m";
    tokens dist35to65cm, dist10to13dr in decimetres), as (shortest, longest)."""
    for w in words:
        ranged = _range_token(w)
        if ranged:
            return ranged[0] / ranged[2], ranged[1] / ranged[2]
    single = distance_of(words)
    return None if single is None else (single, single)


def distance_of(words: set[str]) -> float | None:
    """A distance in metres written as "20 cm" or "0.5 m" (tokens dist20cm, dist05dm); a range
    is its middle."""
    for w in words:
        ranged = _range_token(w)
        if ranged:
            return (ranged[0] + ranged[1]) / (2 * ranged[2])
        if w.startswith("distbelow") and w.endswith("cm") and w[9:-2].isdigit():
            return int(w[9:-2]) / 100.0
        if w.startswith("dist") and w.endswith("cm") and w[4:-2].isdigit():
            return int(w[4:-2]) / 100.0
        if w.startswith("dist") and w.endswith("dm") and w[4:-2].isdigit():
            digits = w[4:-2]
            return int(digits[0]) + (int(digits[1:]) / 10.0 if len(digits) > 1 else 0.0)
    return None


_ANGLE_RANGE = re.compile(r"anglerange(\d+)to(\d+)")


def _is_angle(word: str) -> bool:
    """An angle token of the normalised text ("angle90")."""
    return word.startswith("angle") and word[5:].isdigit()


def angle_of(words: set[str]) -> int | None:
    """The angle a clause names (the middle of a range: "30-45 degrees" is about 38); of two,
    the larger, whatever order a set gives them in (a reading must not change from run to run)."""
    angles = [int(w[5:]) for w in words if _is_angle(w)]
    angles += [(int(span.group(1)) + int(span.group(2))) // 2 for w in words if (span := _ANGLE_RANGE.fullmatch(w)) is not None]
    return max(angles) if angles else None


def angle_bound(words: set[str]) -> tuple[float, float] | None:
    """ "tighter than 75 degrees" (anglebelow75) -> (0, 85); "more than 120" -> (110, 180);
    "95-140 degrees" -> (85, 150)."""
    for w in sorted(words):  # (in a fixed order: a reading must not change from run to run)
        if w.startswith("anglebelow") and w[10:].isdigit():
            return 0.0, float(w[10:]) + 10.0
        if w.startswith("angleabove") and w[10:].isdigit():
            return float(w[10:]) - 10.0, 180.0
        if (span := _ANGLE_RANGE.fullmatch(w)) is not None:
            lo, hi = sorted((float(span.group(1)), float(span.group(2))))
            return max(lo - 10.0, 0.0), min(hi + 10.0, 180.0)
    return None


# Words that fold a joint well past a right angle: an angle said with them is the inner one.
TIGHT = {"tight", "tightly", "sharply", "fully", "deeply", "completely", "acutely"}


APPROXIMATELY = {"about", "roughly", "approximately", "approx", "around", "some", "nearly", "almost", "only", "just", "by"}


def bent_by_an_angle(words: list[str], bent: set[str]) -> bool:
    """A joint said bent or flexed by an angle ("knees flexed about 20 degrees", "bent by 30"),
    not bent to one ("bent to about 40 degrees": the angle it is at)."""
    for i, w in enumerate(words):
        if w in bent:
            j = i + 1
            while j < len(words) and words[j] in APPROXIMATELY:
                j += 1
            if j < len(words) and _is_angle(words[j]):
                return True
    return False


def joint_range(angle: int, tight: bool = False, flexed: bool = False) -> tuple[float, float]:
    """Accepted joint angles for "bent at N degrees": N as the inner angle or as the bend from straight.
    Past 100 degrees only the inner angle is meant ("knees at 120 degrees" are a little bent), and so
    it is for a joint said folded tight ("the elbow folded tight, about 40 degrees"). A joint
    ``flexed`` by a small angle (bent_by_an_angle) is bent that much from straight ("knees flexed
    about 20 degrees"): either reading would accept any angle at all."""
    if angle >= 100 or tight and angle <= 60:
        return max(angle - 25, 0), min(angle + 25, 180)
    if flexed and angle < 50:
        return max(155 - angle, 0), 180
    inner = (angle, 180 - angle)
    return max(min(inner) - 25, 0), min(max(inner) + 25, 180)
