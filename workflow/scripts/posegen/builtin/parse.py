"""Caption -> structured intents: which concepts a caption names, on which side and how much.

Linear in the caption length: a fixed set of regex passes, one tokenising pass,
and per clause a fixed number of set look-ups.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from posegen.caption_prepare import name_top_and_bottom, prepared
from posegen.caption_text import LIMB_ADJECTIVES

from . import lexicon

_TOKEN = re.compile(r"[a-z]+|[,;:.!?()\[\]/]")
_BODY_WORDS = lexicon.ARM_PARTS | lexicon.LEG_PARTS | {
    "shoulder", "side", "hip", "eye", "head", "face", "chest", "torso", "body", "back", "neck", "brow",
}
_PLURAL_IRREGULAR = {"feet", "knees"}
_SIDE_REACH = 3  # a side word binds to a body part at most this many tokens later


@dataclass(frozen=True)
class Intent:
    """One recognised concept: name (see lexicon.CONCEPTS), the body region it decides,
    side ('left' / 'right' / 'both' / None = unspecified), degree (1 = normal),
    target side (e.g. which shoulder a hand is on) and its token position."""

    name: str
    region: str
    side: str | None = None
    degree: float = 1.0
    target: str | None = None
    position: int = 0

    @property
    def label(self) -> str:
        return self.name if self.side is None else f"{self.name}:{self.side}"


@dataclass(frozen=True)
class ParseResult:
    caption: str
    intents: tuple[Intent, ...]

    @property
    def matched(self) -> bool:
        return bool(self.intents)

    @property
    def understood(self) -> list[str]:
        return [i.label for i in self.intents]


@dataclass
class _Token:
    word: str  # canonical word
    plural: bool
    position: int
    side: str | None = None  # side word bound to this token (body parts only)
    before: tuple[str, ...] = ()  # the words just before it in the text, as written
    raw: str = ""  # the word as written


def _canonical(word: str) -> str:
    word = lexicon.IRREGULAR.get(word, word)
    if word in lexicon.SYNONYMS:
        return lexicon.SYNONYMS[word]
    return lexicon.SYNONYMS.get(stem(word), stem(word))


@lru_cache(maxsize=4096)
def stem(word: str) -> str:
    """Crude suffix stripping shared by captions and the lexicon (raises/raising/raised -> rais)."""
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and not word.endswith("ss"):
            word = word[: -len(suffix)]
            break
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiou":
        word = word[:-1]
    if len(word) > 3 and word.endswith("e"):
        word = word[:-1]
    return word


@lru_cache(maxsize=8192)
def _canonical_cached(word: str) -> str:
    return _canonical(word)


def normalise(caption: str) -> str:
    """Lower-case English text with multi-word names joined into single tokens."""
    text = caption
    if lexicon.CJK_RANGE.search(text):
        for source, english in lexicon.CJK:
            text = text.replace(source, english)
        text = lexicon.CJK_RANGE.sub(" ", text)
    text = prepared(text)  # as the caption reader prepares it
    for pattern, replacement in lexicon.PHRASE_PATTERN:
        text = pattern.sub(replacement, text)
    return name_top_and_bottom(text.replace("'s ", " ").replace("'", " "))


def _clauses(text: str) -> list[list[_Token]]:
    clauses: list[list[_Token]] = [[]]
    raws = _TOKEN.findall(text)
    for position, raw in enumerate(raws):
        if not raw[0].isalpha() or raw in lexicon.CLAUSE_BREAKS:
            if clauses[-1]:
                clauses.append([])
            continue
        word = _canonical_cached(raw)
        if not word:
            continue
        plural = raw in _PLURAL_IRREGULAR or (raw.endswith("s") and not raw.endswith("ss") and word in _BODY_WORDS)
        clauses[-1].append(_Token(word, plural, position, before=tuple(raws[max(0, position - 4) : position]), raw=raw))
    clauses = [c for c in clauses if c]
    # A clause with no action word ("with both hands") completes the clause before it; one that
    # names a limb and a direction ("... your right arm forward and your left leg back") does what
    # the clause before it does, to that limb.
    merged: list[list[_Token]] = []
    for clause in clauses:
        verb = next((t for t in merged[-1] if t.word in _GAPPED_VERBS), None) if merged else None
        if merged and clause[0].word in _SUBJECTS:
            merged.append(clause)  # "... as he ties his shoe": a statement of its own, however little it says
        elif verb is not None and not any(t.word in lexicon.ACTION_WORDS - _DIRECTIONS for t in clause) \
                and any(t.word in _BODY_WORDS - {"back", "side"} for t in clause) and any(t.word in _DIRECTIONS for t in clause):
            merged.append([_Token(verb.word, False, clause[0].position, raw=verb.raw), *clause])
        elif merged and not _acts(clause) and not _places_a_part(clause):
            merged[-1].extend(clause)
        elif merged and not _acts(merged[-1]) and not _places_a_part(merged[-1]) and merged[-1][0].word not in _SUBJECTS:
            merged[-1].extend(clause)
        else:
            merged.append(clause)
    for clause in merged:
        _bind_sides(clause)
    for previous, clause in zip(merged, merged[1:]):
        _carry_subject(previous, clause)
    return merged


def _acts(clause: list[_Token]) -> bool:
    """Whether a clause says what a part does or how it is held: an action the lexicon knows, or
    a limb's state ("elbows locked") that the caption reader checks."""
    return any(t.word in lexicon.ACTION_WORDS or t.raw in LIMB_ADJECTIVES for t in clause)


# Subject pronouns: a clause that opens with one says something new.
_SUBJECTS = {"he", "she", "they", "i", "we", "you"}


# Participles that go on saying what the part before did: "the right knee is bent and hoisted".
_PARTICIPLES = {"held", "kept", "drawn", "spread", "swung", "hung", "laid", "set", "put", "thrust", "brought", "bent", "stretched"}


def _carry_subject(previous: list[_Token], clause: list[_Token]) -> None:
    """A clause that opens with a participle, follows "but" or says "it" and names no body part
    ("... and hoisted to hip height") is about the subject of the clause before it: that part is
    put in front of it."""
    first = clause[0].raw
    contrast = clause[0].before[-1:] == ("but",)  # "the feet not together but wide apart"
    pronoun = clause[0].raw == "it"  # "the left arm is not on the floor, it is raised"
    # (a part named as a place is not the clause's own: "and pulled up toward the chest")
    if any(t.word in _BODY_WORDS and not _is_a_place(t) for t in clause) or not (first.endswith("ed") or first in _PARTICIPLES or contrast or pronoun):
        return
    subject = next((t for t in sorted(previous, key=_is_a_place) if t.word in _BODY_WORDS), None)
    if subject is not None:
        clause.insert(0, _Token(subject.word, subject.plural, clause[0].position, side=subject.side, raw=subject.raw))


def _places_a_part(clause: list[_Token]) -> bool:
    """A clause that puts a body part somewhere ("his elbows on his knees", "both feet stay on the
    ground"): a statement of its
    own, not the end of the clause before it (whose concepts its words would otherwise exclude)."""
    words = [t.word for t in clause]
    first = next((i for i, w in enumerate(words) if w in _BODY_WORDS), None)
    return first is not None and any(w in ("on", "against", "under", "over", "behind", "in", "at") for w in words[first + 1 :]) \
        and any(w in _BODY_WORDS or w in ("floor", "lap") for w in words[first + 2 :])


# Verbs a limb-and-direction clause borrows, and the directions that mark one.
_GAPPED_VERBS = {"extend", "stretch", "raise", "reach", "lift", "swing", "kick", "point", "hold", "hang", "drop"}
_DIRECTIONS = {"back", "backward", "behind", "forward", "front", "ahead", "up", "down", "out", "overhead", "sideways", "side", "high"}


def _bind_sides(clause: list[_Token]) -> None:
    """Give each body-part token the side word just before it ("the left hand", "both arms")."""
    pending, distance = None, 0
    for token in clause:
        if token.word in lexicon.SIDE_WORDS:
            pending, distance = token.word, 0
            continue
        distance += 1
        if token.word in _BODY_WORDS:
            if pending is not None and distance <= _SIDE_REACH:
                token.side = pending
            pending = None


def _side(concept: lexicon.Concept, clause: list[_Token], words: set[str]) -> str | None:
    parts = [t for t in clause if t.word in concept.parts]
    # A part written as a place says where, not which limb moves: "on her left foot, right knee
    # hugged up" raises the right knee.
    parts.sort(key=lambda t: _is_a_place(t, concept))
    for token in parts:
        if token.side in ("left", "right", "both"):
            return token.side
    if any(t.plural for t in parts) or "both" in words:
        return "both"
    for token in clause:
        if token.word in ("left", "right"):
            return token.word
    return None


def _target(clause: list[_Token], concept: lexicon.Concept) -> str | None:
    """The side of the part a hand is put on; "own" when it is left unsaid and nothing
    crosses ("the left hand at his shoulder" is at the left one), None when it crosses
    (the other side's, as in "across to the shoulder")."""
    for token in clause:
        if token.word in _BODY_WORDS and token.word not in concept.parts and token.side in ("left", "right"):
            return token.side
    return None if any(t.word in _CROSSING for t in clause) else "own"


_CROSSING = {"cross", "opposit", "other", "contralateral", "hug"}


def _degree(words: set[str]) -> float:
    degree = 1.0
    for word, value in lexicon.DEGREE_WORDS.items():
        if word in words:
            degree = value if degree == 1.0 else max(degree, value) if value > 1 else min(degree, value)
    return degree


# Concepts indexed by the words of their first group: a clause only tries concepts it can trigger.
_BY_TRIGGER: dict[str, list[int]] = {}
for _index, _concept in enumerate(lexicon.CONCEPTS):
    for _word in _concept.groups[0]:
        _BY_TRIGGER.setdefault(_word, []).append(_index)


# Words that negate what follows them in a clause ("without raising the arms", "don't bend");
# "don't" and "doesn't" reach here as "don" / "doesn" and "t".
NEGATIONS = {"not", "without", "no", "never", "nor", "neither", "don", "doesn", "isn", "aren", "didn", "cannot", "rather", "instead"}


def _match_clause(clause: list[_Token]) -> list[Intent]:
    """The concepts a clause names; none that a negation before them denies ("without
    raising the arms" names no raised arm: the caption reader's negated constraints keep it so)."""
    cut = next((k for k, t in enumerate(clause) if t.word in NEGATIONS), len(clause))
    intents = _concepts(clause[:cut]) if cut else []
    # "... not together but wide apart": what follows "but" is said again, unnegated.
    but = next((k for k in range(cut, len(clause)) if clause[k].word == "but"), None)
    if but is not None:
        taken = {i.region for i in intents}
        intents += [i for i in _match_clause(clause[but + 1:]) if i.region not in taken]
    return intents


# Words that make the body part after them a place rather than what moves ("the hand
# on the right thigh", "the foot against the inner knee"); a posture may be "on" a
# part ("resting on the left knee" kneels, "sitting between the heels").
_PLACE_WORDS = {"on", "onto", "against", "at", "to", "touching", "touches", "toward", "towards", "beside", "near",
                "over", "under", "behind", "between", "around", "across", "above", "below", "past", "into", "along"}
_PART_MODIFIERS = {"the", "a", "an", "his", "her", "their", "your", "its", "my", "left", "right", "both", "other",
                   "one", "each", "inner", "outer", "top", "bottom", "upper", "lower", "opposite"}


# Contacts go both ways: "the head propped on the left hand" puts that hand at the head.
_CONTACTS = {"cover_face", "touch_head", "shade_eyes", "on_hips", "on_shoulder", "on_chest", "behind_head",
             "behind_back", "prayer", "reach_down", "toe_touch"}


def _is_a_place(token: _Token, concept=None) -> bool:
    """The part is named after a place word ("on the left foot", "against the right knee"); a
    posture is "on" its part ("kneeling on the left knee")."""
    words = list(reversed(token.before))
    while words and words[0] in _PART_MODIFIERS:
        words.pop(0)
    allowed = {"on", "onto", "between"} if concept is not None and concept.region == "posture" else set()
    return bool(words) and words[0] in _PLACE_WORDS and words[0] not in allowed


def _only_as_object(clause: list[_Token], concept) -> bool:
    """True when every word naming the concept is a body part written as a place
    ("on the right thigh"): the concept is about another part."""
    if concept.name in _CONTACTS:
        return False
    parts = next((group for group in concept.groups if group & _BODY_WORDS), frozenset())
    naming = [t for t in clause if t.word in parts]
    return bool(naming) and all(t.word in _BODY_WORDS and _is_a_place(t, concept) for t in naming)


# Parts whose raising or stretching is their own ("the chin is lifted", "heels raised").
_OWN_MOVERS = lexicon.LEG_PARTS | {"head", "face", "chin", "neck", "chest", "torso", "hip", "shin", "ankle"}
_ARM_NAMES = lexicon.ARM_PARTS | {"forearm", "palm", "wrist"}


def _said_of_another_part(clause: list[_Token], concept) -> bool:
    """An arm concept named only by a verb ("lifted", "reaching") in a clause about
    another part and no arm: "the chin is lifted" raises no arm."""
    if concept.region != "arms" or concept.name == "hug":  # hugging the knees is the arms' doing
        return False
    words = {t.word for t in clause}
    return not words & _ARM_NAMES and bool(words & _OWN_MOVERS)


def _elbows_pointing(clause: list[_Token]) -> list[_Token]:
    """The clause without "pointing" said of the elbows ("the elbows pointing out", "the elbows
    are pointed out"): where the elbows point follows from where the hands are; no arm points anywhere."""
    return [t for t in clause if not (t.word == "point" and [w for w in t.before if w not in _AUXILIARIES][-1:] in (["elbow"], ["elbows"]))]


_AUXILIARIES = {"are", "is", "be", "being", "kept", "held", "both"}


def _concepts(clause: list[_Token]) -> list[Intent]:
    clause = _elbows_pointing(clause)
    words = {t.word for t in clause}
    candidates = sorted({i for w in words for i in _BY_TRIGGER.get(w, ())})
    taken: set[str] = set()
    intents = []
    for index in candidates:
        concept = lexicon.CONCEPTS[index]
        if concept.region in taken or not words.isdisjoint(concept.exclude):
            continue
        if not all(not words.isdisjoint(group) for group in concept.groups[1:]):
            continue
        if _only_as_object(clause, concept) or _said_of_another_part(clause, concept):
            continue
        taken.add(concept.region)
        first = concept.groups[0]
        position = next(t.position for t in clause if t.word in first)
        intents.append(
            Intent(
                name=concept.name,
                region=concept.region,
                side=_side(concept, clause, words),
                degree=_degree(words),
                target=_target(clause, concept) if concept.name == "on_shoulder" else None,
                position=position,
            )
        )
    return intents


@lru_cache(maxsize=20000)
def parse_caption(caption: str) -> ParseResult:
    """The concepts a caption names, in caption order (cached: captions repeat a lot)."""
    intents: list[Intent] = []
    for clause in _clauses(normalise(caption)):
        intents.extend(_match_clause(clause))
    intents.sort(key=lambda i: i.position)
    return ParseResult(caption, tuple(intents))
