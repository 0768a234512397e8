"""Typing slips in a description, mended before it is read ("feet togther", "arms straigt up",
"stdng on the lft leg"): a word neither reader knows that is one slip away from exactly one word
they do know is read as that word.

The known words are the readers' own vocabulary: every word in the word sets, tables and phrase
patterns of the caption reader and the built-in lexicon, gathered once. Slips mended: a letter
left out of a word of six letters or more (not the first: "hair" is not "chair"), a letter typed
twice or two neighbouring letters swapped in a word of five or more, and vowels left out
altogether in note style ("tgthr", "strght"). Other slips are not mended: too many real words
are a letter off a pose word ("bands" and "hands", "lounge" and "lunge", "camel" and "came").
Shorter words are left as they are, and so is anything with a digit.
"""

from __future__ import annotations

import re
import string
from functools import lru_cache

# The modules whose words are the vocabulary (imported when first needed: they import this one's
# caller, posegen.caption_prepare).
VOCABULARY_MODULES = ("posegen.caption_prepare", "posegen.caption_phrases", "posegen.caption_text", "posegen.caption_tokens", "posegen.caption_body",
                      "posegen.caption_limbs", "posegen.caption_legs", "posegen.caption_clauses", "posegen.caption_whole", "posegen.caption_limb_places",
                      "posegen.caption_grips", "posegen.caption_reader",
                      "posegen.builtin.lexicon")
# Everyday words the readers have no use for but which must never be "mended" into one they have.
EVERYDAY = frozenset("""
a about above across after again against all along also am an and any are as at away be because been before being
below between both but by can could did do does doing down during each few for from further had has have having he
her here hers him his how i if in into is it its just like me more most my no nor not now of off on once only or
other our out over own same she should so some such than that the their them then there these they this those
through to too under until up very was we were what when where which while who whom why will with would you your
one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty seventy eighty
ninety hundred wait waits waited waiting arc arcs arced arcing
""".split())
_ESCAPES = re.compile(r"\\[a-zA-Z]")
_WORD = re.compile(r"(?<![)\]])\b[a-z]{2,}\b(?![(\[])")
_VOWELS = set("aeiouy")


def _words_of(value, out: set[str]) -> None:
    if isinstance(value, str):
        out.update(_WORD.findall(_ESCAPES.sub(" ", value.lower())))
    elif isinstance(value, re.Pattern):
        _words_of(value.pattern, out)
    elif isinstance(value, dict):
        for key, item in value.items():
            _words_of(key, out)
            _words_of(item, out)
    elif isinstance(value, (set, frozenset, list, tuple)):
        for item in value:
            _words_of(item, out)
    elif hasattr(value, "__dataclass_fields__") and not isinstance(value, type):  # a lexicon concept: its word groups
        for name in value.__dataclass_fields__:
            _words_of(getattr(value, name), out)


@lru_cache(maxsize=1)
def vocabulary() -> frozenset[str]:
    """Every word the readers know (and the everyday words)."""
    import importlib

    words: set[str] = set(EVERYDAY)
    for name in VOCABULARY_MODULES:
        module = importlib.import_module(name)
        for attribute, value in vars(module).items():
            if not attribute.startswith("__"):
                _words_of(value, words)
    return frozenset(words)


@lru_cache(maxsize=1)
def _skeletons() -> dict[str, tuple[str, ...]]:
    """Known words of four letters or more by their consonants ("together" -> "tgthr")."""
    out: dict[str, list[str]] = {}
    for word in vocabulary():
        if len(word) >= 4:
            out.setdefault("".join(ch for ch in word if ch not in _VOWELS), []).append(word)
    return {key: tuple(sorted(words)) for key, words in out.items()}


@lru_cache(maxsize=50_000)
def mended(word: str) -> str:
    """The known word a slip of ``word`` stands for; ``word`` itself when it is known, too short,
    or not one slip from exactly one known word."""
    known = vocabulary()
    if len(word) <= 3 or word in known or not word.isalpha():
        return word
    candidates: set[str] = set()
    if not _VOWELS & set(word):  # note style: "tgthr", "strght", "stndng"
        candidates.update(_skeletons().get(word, ()))
    else:
        if len(word) >= 6:  # a letter left out (not the first) of a long word
            candidates.update(w for i in range(1, len(word) + 1) for ch in string.ascii_lowercase if (w := word[:i] + ch + word[i:]) in known)
        if len(word) >= 5:  # a letter typed twice, two neighbours swapped
            candidates.update(w for i in range(1, len(word)) if word[i] == word[i - 1] and (w := word[:i] + word[i + 1 :]) in known)
            candidates.update(w for i in range(len(word) - 1)
                              if word[i] != word[i + 1] and (w := word[:i] + word[i + 1] + word[i] + word[i + 2 :]) in known)
    return candidates.pop() if len(candidates) == 1 else word


def mend_slips(text: str) -> str:
    """``text`` (lower case) with each word's slip mended."""
    return re.sub(r"[a-z]+", lambda m: mended(m.group(0)), text)
