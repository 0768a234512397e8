"""Distances and angles a caption gives, read from the tokens the normaliser leaves."""

from __future__ import annotations

import pytest

from posegen.caption_amounts import angle_of, distance_of, distance_range_of
from posegen.caption_tokens import normalise


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


def test_of_two_angles_the_larger_whatever_the_set_order():
    # a set's order changes from run to run (string hashing): the reading must not
    assert angle_of({"angle90", "angle10"}) == 90
    assert angle_of({"angle10", "angle90", "angle30-45"}) == 90


def test_a_caption_with_two_angles_reads_the_same_in_every_process():
    import subprocess
    import sys
    from pathlib import Path

    scripts = Path(__file__).resolve().parents[1] / "workflow" / "scripts"
    code = ("import sys; sys.path.insert(0, sys.argv[1]); from posegen.caption_reader import read_caption; "
            "print([c.text for c in read_caption('Right elbow at 90 \u00b1 10 degrees, left elbow above 160.').constraints])")
    readings = {subprocess.run([sys.executable, "-c", code, str(scripts)], capture_output=True, text=True, check=True,
                               env={"PYTHONHASHSEED": str(seed), "PATH": ""}).stdout for seed in range(6)}
    assert len(readings) == 1 and "65-115" in readings.pop()
