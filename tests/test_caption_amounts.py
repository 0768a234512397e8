"""Distances and angles a caption gives, read from the tokens the normaliser leaves."""

from __future__ import annotations

import pytest

from posegen.caption_amounts import angle_of, distance_of, distance_range_of
from posegen.caption_text import normalise


@pytest.mark.parametrize("text, expected", [
    ("feet 30 cm apart", (0.30, 0.30)),
    ("feet 0.5 m apart", (0.5, 0.5)),
    ("feet 1 m apart", (1.0, 1.0)),
    ("the ankles 35-65 cm apart", (0.35, 0.65)),
    ("feet 1.0-1.3 m apart", (1.0, 1.3)),
    ("feet 0.9 to 1.4 m apart", (0.9, 1.4)),
])
def test_a_distance_or_a_range_of_distances(text, expected):
    words = set(normalise(text).split())
    assert distance_range_of(words) == pytest.approx(expected)
    assert distance_of(words) == pytest.approx(sum(expected) / 2)


def test_no_distance_and_an_angle():
    assert distance_range_of(set(normalise("feet apart").split())) is None
    assert angle_of(set(normalise("the left knee at a right angle").split())) == 90
    assert angle_of(set(normalise("elbow bent to 45 degrees").split())) == 45
