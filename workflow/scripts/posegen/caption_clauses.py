"""Clauses of a pose description: where they start and end, and what each is about.

A description is cut at commas, semicolons, dashes and joining words ("while",
"with", "and", "but"); then clauses that belong together are joined: a limb named
alone goes with the verb next to it ("lunging forward with the left leg"), a label
before a colon with what follows it ("Left arm: hanging"), a negation cut off by
"with" with the clause it negates; a clause with no limb of its own takes the
limb of the clause before ("the hands not in the lap but resting on the head",
"... it rests along the body"), and a place said once after two limbs is both
limbs' ("lifting both hands and both feet off the floor"). Used by
posegen.caption_reader on text from posegen.caption_tokens.normalise.
"""

from __future__ import annotations

import re

from posegen.caption_text import (
    ARM_WORDS,
    FILLER,
    LEG_WORDS,
    LIMB_ACTIONS,
    NEGATIONS,
    PLURALS,
    SIDE_WORDS,
    TARGET_WORDS,
    body_parts,
    is_negated,
)

CLAUSE_BREAK = re.compile(r"[,;:.!?()\u2013\u2014]|\b(?:while|whilst|with|and|as|but|then|keeping|having|meanwhile|plus|so|when|whereas|because|since)\b|(?=\bwithout\b)")


def split_clauses(text: str) -> list[tuple[str, list[str]]]:
    """(the word or mark that opened the clause, its words) for each clause."""
    out, opener, start = [], "", 0
    for match in CLAUSE_BREAK.finditer(text):
        words = re.findall(r"[a-z0-9]+", text[start : match.start()])
        if words:
            out.append((opener, _with_subject(opener, words, out)))
        following = match.group(0).strip() or "without"
        # (", and" opens a statement of its own: it shares no complement with the clause before)
        opener, start = ", and" if not words and opener == "," and following == "and" else following, match.end()
    words = re.findall(r"[a-z0-9]+", text[start:])
    if words:
        out.append((opener, _with_subject(opener, words, out)))
    return [("and" if opener == ", and" else opener, words)
            for opener, words in _participles_carried(_shared_complements(_negation_carried(_labels_joined(out))))]


# (and the participles that set a limb down: "the hands clasped together and laid on the right knee")
CARRIED_ACTIONS = LIMB_ACTIONS | {"resting", "hanging", "dangling", "laid", "placed", "rested", "pressed", "tucked"}
DIRECTION_WORDS = {"up", "upward", "upwards", "down", "downward", "downwards", "out", "outward", "outwards", "forward", "forwards",
                   "back", "backward", "backwards", "behind", "ahead", "infront", "high", "higher", "sideways", "overhead", "slightly", "a", "bit", "little"}


def _participles_carried(clauses: list[tuple[str, list[str]]]) -> list[tuple[str, list[str]]]:
    """ "Her knees bent and pointing up": a limb's action after "and" with no limb of its own is
    that limb's, unless a limb follows with "with" ("standing on the right leg and pointing
    forward with the right hand": the hand points) or the limb before is only a place; a bare
    direction after "and" ("lifted forward and upward") is the clause before's."""
    out: list[tuple[str, list[str]]] = []
    for opener, words in clauses:
        # "lifted forward and upward", "out and up": a bare direction after "and" goes on the clause before
        if out and opener == "and" and set(words) <= DIRECTION_WORDS:
            out[-1] = (out[-1][0], out[-1][1] + ["and"] + words)
        else:
            out.append((opener, words))
    for i in range(1, len(out)):
        opener, words = out[i]
        if opener != "and" or words[0] not in CARRIED_ACTIONS or _subject(_without_places(words)):
            continue
        if set(_without_places(words)) & {"left", "right", "one", "other", "body", "torso", "head", "chin", "gaze"}:
            continue
        following = out[i + 1] if i + 1 < len(out) else None
        if following is not None and following[0] == "with" and _subject(following[1][:4]):
            continue
        subject = _subject(_without_places(out[i - 1][1]))
        if subject:
            out[i] = (opener, subject + words)
    return out


TRUNK_LABELS = {"trunk", "torso", "hips", "hip", "pelvis", "head", "spine", "body", "chest", "chin", "gaze"}


def _labels_joined(clauses: list[tuple[str, list[str]]]) -> list[tuple[str, list[str]]]:
    """ "Left arm: hanging": a limb (or the trunk, the hips, the head) named alone before a colon is
    the subject of what follows it ("Trunk: curved over to the right" is the trunk's)."""
    out: list[tuple[str, list[str]]] = []
    for i, (opener, words) in enumerate(clauses):
        label = out[-1][1] if out else []
        trunk = bool(label) and all(w in FILLER or w in TRUNK_LABELS for w in label) and bool(set(label) & TRUNK_LABELS)
        if out and opener == ":" and label and (trunk or all(
                w in FILLER or PLURALS.get(w, w) in ARM_WORDS | LEG_WORDS for w in label) and _subject(label)):
            out[-1] = (out[-1][0], out[-1][1] + words)
        else:
            out.append((opener, words))
    return out


def _negation_carried(clauses: list[tuple[str, list[str]]]) -> list[tuple[str, list[str]]]:
    """ "but not with both feet down": a clause of a negation alone negates the clause after it."""
    out: list[tuple[str, list[str]]] = []
    carried: list[str] = []
    for index, (opener, words) in enumerate(clauses):
        # (not past a colon, a semicolon or a full stop: "held without a club: the hands joined high")
        ends = index + 1 < len(clauses) and clauses[index + 1][0] in (":", ";", ".", "!", "?")
        # ("not a tall, locked-knee stance": the negation of a noun phrase cut at its comma)
        if not ends and (all(w in NEGATIONS for w in words) or (len(words) <= 3 and words[0] in NEGATIONS and words[1:2] in (["a"], ["an"]))):
            carried += words
            continue
        out.append((opener, carried + words))
        carried = []
    return out


SHARED_PLACES = {"offground", "overhead", "sideways", "forward", "forwards", "infront", "up", "upward", "upwards", "high",
                 "out", "wide", "behindback", "behindhead", "shoulderheight", "aboveshoulderheight", "vertical"}


def _shared_complements(clauses: list[tuple[str, list[str]]]) -> list[tuple[str, list[str]]]:
    """ "lifting both hands and both feet off the floor": the place after the second limb is the
    first one's too, when the first clause ends on its limb and the second has no verb."""
    out = list(clauses)
    for i in range(1, len(out)):
        opener, words = out[i]
        before = out[i - 1][1]
        if opener != "and" or not before or PLURALS.get(before[-1], before[-1]) not in ARM_WORDS | LEG_WORDS:
            continue
        limbs = [k for k, w in enumerate(words) if PLURALS.get(w, w) in ARM_WORDS | LEG_WORDS]
        if not limbs or any(w not in FILLER and k < limbs[-1] and k not in limbs for k, w in enumerate(words)):
            continue
        complement = words[limbs[-1] + 1 :]
        if complement and len(complement) <= 4 and set(complement) <= SHARED_PLACES | FILLER and set(complement) & SHARED_PLACES:
            out[i - 1] = (out[i - 1][0], before + complement)
    return out


SUBJECT_SIDES = {"left", "right", "both", "each"}


def _subject(words: list[str], last: bool = False) -> list[str]:
    """The limb a clause is about, with its side words ("the right arm" -> right arm); empty when none.
    ``last``: the limb named last instead of first."""
    for i in (reversed(range(len(words))) if last else range(len(words))):
        raw = words[i]
        if PLURALS.get(raw, raw) in ARM_WORDS | LEG_WORDS:
            start = i
            while start and words[start - 1] in SUBJECT_SIDES:
                start -= 1
            return words[start : i + 1]
    return []


_PLACES = {"on", "onto", "at", "against", "to", "toward", "towards", "over", "under", "beside", "behind", "near", "by",
           "across", "into", "above", "below"}


def _without_places(words: list[str]) -> list[str]:
    """The words without the places they name ("stays on the left knee" -> "stays"): a
    limb after "on" is where something is, not what the clause is about."""
    out, skipping = [], False
    for w in words:
        if w in _PLACES:
            skipping = True
            continue
        # (and what part of it: "pressed on the inside of the left knee")
        if skipping and (w in SUBJECT_SIDES or w in ("the", "a", "an", "his", "her", "their", "your", "its", "inside", "outside",
                                                     "inner", "outer", "top", "middle", "of")):
            continue
        if skipping and (PLURALS.get(w, w) in ARM_WORDS | LEG_WORDS or w in TARGET_WORDS):
            skipping = False
            continue
        skipping = False
        out.append(w)
    return out


def _with_subject(opener: str, words: list[str], before: list[tuple[str, list[str]]]) -> list[str]:
    """A clause whose subject is the limb of the clause before: "the hands not in the lap but
    resting on the head" (the hands rest there), "the right arm not raised: it rests by the side"."""
    if not before:
        return words
    if words[0] in ("which", "that") and len(words) > 1 and words[1] in ("are", "is", "stay", "stays", "remain", "remains"):
        # "... spread over both feet, which are set wide apart": the limb named just before, even as a place
        named_last = _subject(before[-1][1], last=True)
        if named_last:
            return named_last + words[1:]
    subject = _subject(before[-1][1])
    if not subject and words[0] == "it" and "head" in before[-1][1]:
        return ["the", "head"] + words[1:]  # "the head is not straight, it is tilted to the right"
    if not subject:
        return words
    if words[0] in ("it", "they", "theyre"):  # ("they're just resting on his knees": "they" are)
        return subject + (["are"] if words[0] == "theyre" else []) + words[1:]
    own = _without_places(words)
    if opener == "but" and not _subject(own) and not set(own) & {"left", "right", "one", "other", "body", "torso"} \
            and not set(words[:3]) & {"head", "chin", "neck", "gaze", "eyes"}:
        return subject + words  # (not "... but keeps the left one down", whose subject is its own)
    if opener == "and" and words[0] in SHARED_PARTICIPLES and not _subject(own) and not set(own) & {"left", "right", "one", "other", "body", "torso"}:
        return subject + words  # "the right knee is bent sharply and hoisted toward the chest": the knee is both
    return words


# Participles that, after "and", say more of the limb just named ("bent and raised", "crossed and held").
SHARED_PARTICIPLES = {"raised", "lifted", "hoisted", "drawn", "pulled", "held", "kept", "bent", "straightened", "extended",
                      "tucked", "pressed", "placed", "stretched", "brought", "hugged", "folded", "locked", "crossed", "clasped",
                      "joined", "laid", "rested", "planted"}  # ("both hands laid flat and crossed on her breast")


CONTINUING_VERBS = {"sits", "sit", "rests", "rest", "lies", "lie", "stays", "stay", "hangs", "hang", "points", "point",
                    "reaches", "reach", "stretches", "stretch", "is", "are", "remains", "remain"}


def merged_clauses(text: str) -> list[list[str]]:
    """Clauses, with clauses of body parts alone joined to the clause their verb is in.

    "lunging forward with the left leg": the leg joins the clause before it,
    which has no body part; "the left arm and the right leg are raised": the
    arm joins the clause after it.
    """
    clauses = split_clauses(text)
    merged: list[list[str]] = []
    pending: list[str] = []

    def limbs(words):
        return [PLURALS.get(w, w) for w in words if PLURALS.get(w, w) in ARM_WORDS | LEG_WORDS]

    for index, (opener, words) in enumerate(clauses):
        # "hands and feet on the floor": a part named alone before "and <parts> <verb>" shares that verb
        following = clauses[index + 1] if index + 1 < len(clauses) else None
        shared = following is not None and following[0] == "and" and bool(limbs(following[1][:3]))
        # ("R leg back": a limb and where it goes, not a limb named alone)
        backward = any(w == "back" and k and PLURALS.get(words[k - 1], words[k - 1]) in ARM_WORDS | LEG_WORDS for k, w in enumerate(words))
        # ("with her straight right arm": a limb named with how it is held is still named alone; not
        # "with straight legs", a state of the legs)
        parts_only = all(w in FILLER - {"flat"} or PLURALS.get(w, w) in ARM_WORDS | LEG_WORDS
                         or (w in LIMB_ADJECTIVES and k + 1 < len(words) and words[k + 1] in ("left", "right"))
                         for k, w in enumerate(words)) and bool(limbs(words)) and not backward
        previous = merged[-1] if merged else None
        # "point forward with your right arm fully extended": the limb opens the clause
        # after a clause with no limb, whose verb it is the subject of.
        leads = (
            bool(limbs(words[:3])) and previous is not None and not body_parts(previous)
            and bool(set(previous) & LIMB_ACTIONS) and opener not in (";", ":", ".", "while", "whilst", "whereas", "but", "then", "when")
        )
        unsided = previous is not None and bool(limbs(previous)) and not set(previous) & SIDE_WORDS and set(words) & SIDE_WORDS
        # "scratches the top of his head with his left hand, and the right arm droops": the hand
        # does what the clause before says to the place it names (not the arm's verb after "and")
        # ("step forward into a lunge with your right foot and put your hands on your hips": that
        # foot steps)
        instrument = parts_only and opener == "with" and previous is not None and not limbs(previous) and (
            (any(w in TARGET_WORDS for w in previous) and set(limbs(words)) <= HANDS) or bool(set(previous) & STEPS))
        # "the right elbow folded tight (~40 degrees)": an amount in brackets measures the clause before
        amount = opener == "(" and previous is not None and all(
            w in {"about", "roughly", "around", "approximately", "approx", "ca", "nearly", "almost", "some"}
            or w.startswith(("angle", "dist")) for w in words)
        if amount:
            merged[-1] = previous + words
        elif instrument:
            merged[-1] = previous + ["with"] + words
        elif parts_only and shared:
            pending += words + ["and"]
        # (not after a clause whose own subject is the head or trunk: "his chin drops to his chest,
        # and his right arm, empty of its sword, hangs straight down")
        elif previous is not None and (parts_only or leads) and not limbs(previous) and not is_negated(previous + words) \
                and not (opener == "and" and set(previous[:3]) & HEAD_AND_TRUNK):
            merged[-1] = previous + (["with"] if opener == "with" else []) + words
        elif parts_only and unsided and set(limbs(words)) <= set(limbs(previous)):
            merged[-1] = previous + words  # "a side leg raise with the left leg": the side of that leg
        elif previous is not None and opener == "," and words[0] in CONTINUING_VERBS and limbs(previous) and not limbs(words):
            merged[-1] = previous + words  # "one hand, the right, sits on top of the head"
        elif parts_only and opener == "with" and previous is not None:
            merged[-1] = previous + ["with"] + words  # "pulls the heel up with her right hand": the hand does it
        elif parts_only and opener == "and" and previous is not None and _ends_on_a_place(previous):
            merged[-1] = previous + ["and"] + words  # "balances on both hands and the left foot": one list of places
        elif parts_only:
            pending += words + ["and"]
        elif pending and merged and opener in NEW_ACTION:
            # "... shared by both palms and both knees, keeping the elbows straight": the knees
            # end the clause before; they are not what "keeping" keeps straight
            merged[-1] = merged[-1] + pending[:-1]
            merged.append(words)
            pending = []
        else:
            merged.append(pending + words)
            pending = []
    if pending:
        merged.append(pending)
    return merged


def _ends_on_a_place(words: list[str]) -> bool:
    """Does the clause end on a limb after "on" ("balances on both hands")?"""
    end = len(words) - 1
    if end < 0 or PLURALS.get(words[end], words[end]) not in ARM_WORDS | LEG_WORDS:
        return False
    i = end - 1
    while i >= 0 and words[i] in FILLER and words[i] not in ("on", "onto", "upon"):
        i -= 1
    return i >= 0 and words[i] in ("on", "onto", "upon")


LIMB_ADJECTIVES = {"straight", "outstretched", "extended", "stiff", "locked", "free", "other"}
HEAD_AND_TRUNK = {"chin", "head", "neck", "face", "chest", "torso", "trunk", "back", "spine", "body"}
STEPS = {"step", "steps", "stepping", "stepped", "lunge", "lunges", "lunging", "stride", "strides", "striding"}
HANDS = {"hand", "palm", "fist", "finger", "fingertip"}
NEW_ACTION = {"keeping", "having", "while", "whilst", "with", "as", "then", "but", "so", "when", "whereas", "meanwhile", "because", "since", ";", ":", "."}


BOTH_THEN = {"are", "were", "stay", "stays", "remain", "remains", "is", "hang", "hangs", "hanging", "reach", "reaches", "reaching",
             "point", "points", "pointing",
             "stretched", "extended", "raised", "lifted", "held", "bent", "straight", "rest", "resting", "rests", "lie", "lies"}
BOTH_ADVERBS = {"only", "just", "simply", "still", "then", "also", "too", "now"}


def resolve_one(words: list[str], last_limb: list[str]) -> list[str]:
    """ "the left one" stands for the limb named last ("neither arm ...: the left one is up")."""
    out = []
    for i, w in enumerate(words):
        # "the left is pulled up": a side standing alone is that of the limb named last
        # (not a direction: "point to the left with your left arm")
        if w in SIDE_WORDS and i and words[i - 1] == "the" and i + 1 < len(words) and not any(map(_names_a_part, words[i + 1 : i + 4])) \
                and not (i > 1 and words[i - 2] in ("to", "toward", "towards")):
            out += [w, last_limb[0]]
            continue
        # "neither arm hangs down; both are stretched out": both of the limb named last
        # (not "both straight legs", whose limb follows)
        then = [n for n in words[i + 1 : i + 4] if n not in BOTH_ADVERBS]  # ("both only hanging")
        if w in ("both", "each") and then and then[0] in BOTH_THEN \
                and not any(PLURALS.get(n, n) in ARM_WORDS | LEG_WORDS for n in then[1:3]):
            out += [w, last_limb[0]]
            continue
        if w == "one" and i and words[i - 1] in SIDE_WORDS and not (i + 1 < len(words) and PLURALS.get(words[i + 1], words[i + 1]) in ARM_WORDS | LEG_WORDS):
            w = last_limb[0]
        if w == "them" and i and not any(PLURALS.get(n, n) in ARM_WORDS | LEG_WORDS for n in out):
            # "don't put your hands on the floor, put them on your knees": the limbs named last,
            # in a clause before (not "walk your hands forward between them", the hands themselves)
            out.append(PLURAL_OF[last_limb[0]])
            continue
        out.append(w)
        limb = PLURALS.get(w, w)
        if limb in ("arm", "hand", "leg", "foot", "knee", "elbow", "ankle", "wrist", "heel"):  # ("the right ankle over the left one")
            last_limb[0] = limb
    return out


PLURAL_OF = {singular: plural for plural, singular in PLURALS.items()}  # (for the limbs resolve_one tracks)


def _names_a_part(word: str) -> bool:
    word = PLURALS.get(word, word)
    return word in ARM_WORDS | LEG_WORDS or word in TARGET_WORDS or word in ("one", "side", "sides", "and", "or", "of")
