"""How a pose agrees with its caption: the share of the caption's constraints it satisfies,
the violated ones named in words, and whether the violations are clear evidence of a wrong pose.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence

import numpy as np

from posegen.constraints import Constraint, satisfied
from posegen.posecodes import PoseReading
from posegen.skeleton import other_side


@dataclass(frozen=True)
class Agreement:
    """How a pose agrees with its caption: None when the caption names nothing checkable.
    ``clear``: the violations are clear evidence of a wrong pose (see clear_disagreement)."""

    score: float | None
    violated: tuple[str, ...]
    checked: int
    clear: bool = False

    @property
    def disagreements(self) -> str:
        return ";".join(self.violated)


def mirrored(c: Constraint) -> Constraint:
    """The same constraint on the other side of the body ("left hand on the left hip" ->
    "right hand on the right hip", "lying on the left" -> "lying on the right")."""
    target = c.target.replace("left", "@").replace("right", "left").replace("@", "right") if c.target else c.target
    side = other_side(c.side) if c.side in ("left", "right") else c.side
    return Constraint(c.kind, side, target, c.lo, c.hi, c.negated, c.phrase)


def clear_disagreement(violated: Sequence[Constraint], holds_on_the_pose: Callable[[Constraint], bool]) -> bool:
    """Are a pose's violated constraints clear evidence that it is the wrong pose, rather than one
    detail that a misread caption may explain? Yes when the posture is violated, when two or more
    constraints are, or when the one violated constraint names a side and holds on the other
    side (left and right swapped)."""
    if len(violated) >= 2 or any(c.kind == "posture" for c in violated):
        return True
    if len(violated) == 1 and (violated[0].side in ("left", "right") or violated[0].target in ("left", "right")):
        return holds_on_the_pose(mirrored(violated[0]))
    return False


def agreement(constraints: Sequence[Constraint], reading: PoseReading, index: int = 0) -> Agreement:
    """Share of the constraints that pose ``index`` of the reading satisfies, naming the violated ones."""
    if not constraints:
        return Agreement(None, (), 0)
    results = [bool(satisfied(c, reading)[index]) for c in constraints]
    violated = [c for c, ok in zip(constraints, results) if not ok]
    return Agreement(sum(results) / len(results), tuple(c.text for c in violated), len(results),
                     clear_disagreement(violated, lambda c: bool(satisfied(c, reading)[index])))


def agreement_matrix(constraints: Sequence[Constraint], reading: PoseReading) -> np.ndarray:
    """(N,) agreement of every pose of the reading with one caption's constraints (NaN when none)."""
    if not constraints:
        return np.full(len(reading), np.nan)
    return np.mean([satisfied(c, reading) for c in constraints], axis=0)


def agreements(captions: Sequence[Sequence[Constraint]], reading: PoseReading) -> list[Agreement]:
    """Agreement of pose i with constraints ``captions[i]`` for every pose; each distinct
    constraint is measured once over all poses (captions repeat a lot)."""
    results: dict[tuple, np.ndarray] = {}

    def holds(c: Constraint, i: int) -> bool:
        key = c.key()
        if key not in results:
            results[key] = satisfied(c, reading)
        return bool(results[key][i])

    out = []
    for i, constraints in enumerate(captions):
        if not constraints:
            out.append(Agreement(None, (), 0))
            continue
        flags = [holds(c, i) for c in constraints]
        violated = [c for c, ok in zip(constraints, flags) if not ok]
        out.append(Agreement(sum(flags) / len(flags), tuple(c.text for c in violated), len(flags),
                             clear_disagreement(violated, lambda c, i=i: holds(c, i))))
    return out
