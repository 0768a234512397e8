"""File names from captions: readable, safe on every file system, and never shared by two prompts."""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Iterable, Sequence

DEFAULT_SUBJECT_PREFIXES = (
    "a person",
    "the person",
    "person",
    "a man",
    "the man",
    "a woman",
    "the woman",
    "someone",
    "somebody",
    "a human",
    "the human",
    "a figure",
    "the figure",
)
MAX_NAME_BYTES = 200

# Names Windows refuses whatever the extension; also the dataset-level files of the output folder.
_WINDOWS_RESERVED = {"con", "prn", "aux", "nul"} | {f"{p}{i}" for p in ("com", "lpt") for i in range(10)}
RESERVED_NAMES = frozenset(_WINDOWS_RESERVED | {"manifest", "poses"})

_SEPARATORS = re.compile(r"[\s_\-]+")


def base_name(caption: str, prefixes: Iterable[str] = DEFAULT_SUBJECT_PREFIXES, max_bytes: int = MAX_NAME_BYTES) -> str:
    """The caption as a file name stem, before collisions are resolved; may be ''."""
    return _base_name(caption, _longest_first(tuple(prefixes)), max_bytes)


@functools.lru_cache(maxsize=16)
def _longest_first(prefixes: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted((p.casefold().strip() for p in prefixes), key=len, reverse=True))


# ASCII captions (most of them) take a regular-expression path with the same result.
_ASCII_DROPPED = re.compile(r"[^a-z0-9\s_\-]+")


def _base_name(caption: str, prefixes: tuple[str, ...], max_bytes: int) -> str:
    text = unicodedata.normalize("NFKC", caption).strip()
    lowered = text.casefold()
    for prefix in prefixes:
        if prefix and lowered.startswith(prefix) and lowered[len(prefix) : len(prefix) + 1].isspace():
            text = text[len(prefix) :]
            break
    if text.isascii():
        name = _SEPARATORS.sub("_", _ASCII_DROPPED.sub("", text.lower())).strip("_")
        return _truncate_utf8(name, max_bytes).rstrip("_")
    # Keep letters and digits of any script; spaces, '_' and '-' separate words; drop the rest.
    kept = []
    for char in text.casefold():
        category = unicodedata.category(char)
        if category[0] in "LN":
            kept.append(char)
        elif char.isspace() or char in "_-":
            kept.append("_")
        elif category[0] == "M" and kept:  # combining marks belong to the letter before them
            kept.append(char)
    name = _SEPARATORS.sub("_", "".join(kept)).strip("_")
    return _truncate_utf8(name, max_bytes).rstrip("_")


def _truncate_utf8(text: str, max_bytes: int) -> str:
    encoded = text.encode("utf-8")
    if len(encoded) <= max_bytes:
        return text
    return encoded[:max_bytes].decode("utf-8", errors="ignore")


def unique_names(
    captions: Sequence[str],
    prefixes: Iterable[str] = DEFAULT_SUBJECT_PREFIXES,
    max_bytes: int = MAX_NAME_BYTES,
) -> list[str]:
    """One distinct name per caption, in input order.

    A caption that leaves nothing is named ``pose_<index>`` (0-based); later
    prompts whose name is taken get ``_2``, ``_3``, ... by input order, so the
    result depends only on the captions and their order.
    """
    prefixes = _longest_first(tuple(prefixes))
    bases: dict[str, str] = {}  # caption -> base name: duplicated captions are named once
    used: set[str] = set()
    # The last suffix number tried per base: every lower one is taken (names are never
    # freed), so the search goes on from there. Linear in the number of captions
    # however many share a name (a search from 2 each time is quadratic).
    last_count: dict[str, int] = {}
    names = []
    for index, caption in enumerate(captions):
        base = bases.get(caption)
        if base is None:
            base = bases[caption] = _base_name(caption, prefixes, max_bytes)
        base = base or f"pose_{index}"
        if base in RESERVED_NAMES:
            base = f"{base}_pose"
        name, count = base, last_count.get(base, 1)
        if count > 1:
            name = _truncate_utf8(base, max_bytes - len(f"_{count}")).rstrip("_") + f"_{count}"
        while name in used:
            count += 1
            suffix = f"_{count}"
            name = _truncate_utf8(base, max_bytes - len(suffix)).rstrip("_") + suffix
        last_count[base] = count
        used.add(name)
        names.append(name)
    return names
