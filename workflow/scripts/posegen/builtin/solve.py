"""Plan + caption constraints -> the canonical pose: compose, repair the posture, fit the limbs.

The composer's posture comes from the lexicon. When the caption reader's posture
constraints ("lying on the right side", "kneeling") say otherwise, the postures
those constraints name are composed in turn and the first that satisfies them is
kept; then ``fit`` solves the limbs and torso for the remaining constraints.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

import numpy as np

from posegen.constraints import Constraint

from .compose import Composed, Composer
from .fit import FIXED_KINDS, fit_pose, violations
from .plan import Plan

# Composer postures (and their side) for each posture class the reader names.
POSTURES: dict[str, tuple[tuple[str, str | None], ...]] = {
    "lying": (("lie_back", None), ("lie_front", None), ("lie_side", "left"), ("lie_side", "right")),
    "sitting": (("sit_chair", None), ("sit_floor", None)),
    "kneeling": (("kneel_both", None), ("kneel_one", "left"), ("kneel_one", "right")),
    "squatting": (("squat", None),),
    "lunging": (("lunge", "left"), ("lunge", "right")),
    "standing": (("stand", None),),
    "bending": (("stand", None),),
    "other": (("allfours", None),),
}


def posture_candidates(constraints: Sequence[Constraint]) -> list[tuple[str, str | None]]:
    """Composer postures worth trying, in the order the caption's posture names them."""
    out: list[tuple[str, str | None]] = []
    for c in constraints:
        if c.kind == "posture" and not c.negated:
            for name in (c.target or "").split("|"):
                out += [p for p in POSTURES.get(name, ()) if p not in out]
        elif c.kind == "lying_on" and not c.negated:
            out += [p for p in POSTURES["lying"] if p not in out]
    return out


def solve(plan: Plan, constraints: Sequence[Constraint], neutral: np.ndarray) -> tuple[Composed, tuple[Constraint, ...]]:
    """The canonical pose and the constraints it still violates."""
    composed = Composer(plan).compose()
    violated = violations(constraints, composed.rotvecs)
    fixed = [c for c in constraints if c.kind in FIXED_KINDS]
    if any(c.kind in FIXED_KINDS for c in violated):
        best = (len(violations(constraints, composed.rotvecs)) + 100 * len(violations(fixed, composed.rotvecs)), composed)
        for posture, side in posture_candidates(fixed):
            if posture == plan.posture and side == plan.posture_side:
                continue
            other = Composer(replace(plan, posture=posture, posture_side=side, posture_degree=1.0)).compose()
            score = len(violations(constraints, other.rotvecs)) + 100 * len(violations(fixed, other.rotvecs))
            if score < best[0]:
                best = (score, other)
        composed = best[1]
        violated = violations(constraints, composed.rotvecs)
    fit = fit_pose(composed.rotvecs, constraints, neutral, violated=violated)
    return Composed(fit.rotvecs, composed.vary), fit.violated
