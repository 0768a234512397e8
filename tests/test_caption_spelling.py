"""Typing slips are mended before a description is read, and real words are left alone."""

from __future__ import annotations

import pytest

from posegen.caption_prepare import prepared
from posegen.caption_reader import read_caption
from posegen.caption_spelling import mended, vocabulary


@pytest.mark.parametrize("slip, word", [
    ("togther", "together"), ("straigt", "straight"), ("kneling", "kneeling"), ("shouler", "shoulder"),  # a letter left out
    ("stannding", "standing"),  # a letter typed twice
    ("rihgt", "right"), ("sholuder", "shoulder"),  # neighbours swapped
    ("tgthr", "together"), ("strght", "straight"), ("shldr", "shoulder"),  # note style, no vowels
])
def test_a_slip_one_step_from_one_known_word_is_mended(slip, word):
    assert mended(slip) == word


@pytest.mark.parametrize("word", [
    "hair", "bands", "lounge", "camel", "three", "waits", "stop", "shelf", "flower", "bride",  # real words a slip from pose words
    "bak", "lft",  # too short, or more than one known word away
    "left", "shoulders", "kneeling",  # known
])
def test_real_words_and_known_words_stay(word):
    assert mended(word) == word


def test_the_vocabulary_is_the_readers_words():
    words = vocabulary()
    assert {"together", "straight", "shoulder", "kneeling", "overhead", "heelsit"} <= words
    assert "togther" not in words


def test_both_readers_read_the_mended_text():
    assert "together" in prepared("stdg, both arms straigt up, feet togther")
    texts = {c.text for c in read_caption("supine, legs straight, feet tgthr").constraints}
    assert "feet together" in texts
