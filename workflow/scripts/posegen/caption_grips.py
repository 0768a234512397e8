"""A hand that holds another part: "holding the left wrist with the right hand".

One hand gripping the other's wrist or elbow, a knee or an ankle, in any of the three
orders people say it; the holding hand is then at the part it holds (posegen.caption_whole
runs this among its passes over a whole caption).
"""

from __future__ import annotations

import re

from posegen.constraints import Constraint


GRIPPED = re.compile(
    r"\b(?:hold|holds|holding|held|grab|grabs|grabbing|grip|grips|gripping|grasp|grasps|grasping|clasp|clasps|clasping"
    r"|clutch|clutches|clutching|cup|cups|cupping|pull|pulls|pulling|support|supports|supporting)"
    r" (?:the |your |his |her |their |its )?(?:(left|right) )?(wrist|elbow|forearm|arm|ankle|foot|knee|shin|heel|it)\b"
    r"(?: (?:at|by) the (wrist|elbow|ankle|knee|heel)\b)?(?: \w+){0,5}? with (?:the |your |his |her |their )?(left|right|both|two) hands?\b")
# The hand named first: "his left hand gripping his right wrist".
HAND_GRIPPING = re.compile(
    r"\b(left|right) hand (?:is |firmly |lightly )?(?:holding|gripping|grasping|clasping|grabbing|clutching|cupping|holds|grips|grasps|clasps|grabs|clutches|cups)"
    r" (?:the |your |his |her |their |its |my )?(left|right) (wrist|elbow|forearm|arm|ankle|foot|knee|shin|heel)\b")
# The same said the other way round: "the left heel is pulled up to the bottom by the left hand",
# "left arm drawn across the chest and held there by the right hand at the elbow".
GRIPPED_BY = re.compile(
    r"\b(left|right) (wrist|elbow|forearm|arm|ankle|foot|knee|shin|heel)(?: \w+){0,6}? (?:is |are )?(?:held|grabbed|gripped|grasped|clasped|clutched|cupped|pulled|supported|hugged)"
    r"(?: \w+){0,7}? (?:by|in|with) (?:the |your |his |her |their |its )?(left|right|both|two) hands?\b(?: at the (wrist|elbow|ankle|knee|heel)\b)?")
GRIP_JOINTS = {"wrist": "wrist", "forearm": "wrist", "arm": "wrist", "elbow": "elbow", "ankle": "ankle", "foot": "ankle",
               "heel": "ankle", "knee": "knee", "shin": "ankle", "leg": "knee"}


def held_by_the_other_hand(constraints: list[Constraint], text: str) -> list[Constraint]:
    """ "I hold my left wrist above my head with my right hand", "pulling the left arm across,
    holding it at the elbow with the right hand": that hand is at the part it holds (a limb
    named "it" is the one named last before)."""
    out = list(constraints)
    def hands(hand: str) -> tuple[str, ...]:  # ("with both hands", "by the two hands": each)
        return ("left", "right") if hand in ("both", "two") else (hand,)

    grips = [(side, part, at, one, match) for match in GRIPPED.finditer(text) for side, part, at, hand in [match.groups()]
             for one in hands(hand)]
    grips += [(side, part, at, one, match) for match in GRIPPED_BY.finditer(text) for side, part, hand, at in [match.groups()]
              for one in hands(hand)]
    grips += [(side, part, None, hand, match) for match in HAND_GRIPPING.finditer(text) for hand, side, part in [match.groups()]]
    for side, part, at, hand, match in grips:
        if part == "it":
            before = re.findall(r"\b(left|right) (arm|leg|wrist|forearm|elbow|ankle|foot|heel|knee|shin)\b", text[: match.start()])
            if not before:
                continue
            side, part = before[-1]
        if side is None or (side == hand and part in ("wrist", "forearm", "arm", "elbow")):
            continue  # a hand cannot hold its own arm
        joint = f"{side}_{GRIP_JOINTS[at or part]}"
        # A held wrist is in the hand: the hands meet (a held elbow or knee is only near).
        held = Constraint("hand_near", side=hand, target=joint, lo=0.12 if joint.endswith("_wrist") else 0.32, phrase=match.group(0))
        if all(c.key() != held.key() for c in out):
            out.append(held)
        if joint.endswith("_wrist"):  # a wrist held behind the back is behind the back too
            out += [Constraint(c.kind, side, c.target, c.lo, c.hi, phrase=c.phrase) for c in constraints
                    if c.kind == "wrist_behind_back" and c.side == hand and not c.negated
                    and not any(d.kind == c.kind and d.side == side for d in constraints)]
    return out
