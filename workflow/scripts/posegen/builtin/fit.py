"""Fit a composed pose to its caption's constraints: the vocabulary curation checks
(posegen.caption_reader, posegen.constraints) is what the pose is solved for.

The composer gives a natural start from the postures and limb phrases it knows.
Where that pose violates a constraint the caption reader found, a seeded evolution
strategy moves the rotations of the joints those constraints are about until every
constraint holds clearly, paying for each radian it turns away from the start (the
pose stays as natural as the composer made it) and for every plausibility problem
it would cause (a knee or elbow bent the wrong way, a limb through the torso, no
support). Deterministic: the same start and constraints give the same pose.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np

from posegen.constraints import KINDS, WHOLE_BODY, Constraint, aim, measure
from posegen.plausibility import pose_problems
from posegen.posecodes import read_poses

from .body import forward_kinematics, ground, rodrigues

# Joints (rotation of the bone to the child) each part of the body moves.
ARM_JOINTS = {"left": (13, 16, 18), "right": (14, 17, 19)}
LEG_JOINTS = {"left": (1, 4, 7), "right": (2, 5, 8)}
TORSO_JOINTS = (0, 3, 6, 9)
LEG_SEGMENTS = {"thigh", "shin", "leg"}
LOW_TARGETS = ("knee", "ankle", "foot", "shin", "thigh")
BOTH_ARMS = {"hands_together", "arms_crossed"}
BOTH_LEGS = {"feet_apart", "feet_together", "feet_distance"}
FIXED_KINDS = {"posture", "lying_on", "joint_on_ground"}  # decided by the composer's posture, not local turns

POPULATION = 16  # candidates per start and round
MAX_ROUNDS = 30
STALL_ROUNDS = 5  # rounds without improvement, once every constraint holds
START_STEP = 0.35  # radians
CHANGE_COST = 0.15  # per squared radian turned away from the start
PROBLEM_COST = 4.0  # per plausibility problem (a violated constraint costs at least 1 + its margin)


@dataclass(frozen=True)
class Fit:
    rotvecs: np.ndarray  # (22, 3)
    violated: tuple[Constraint, ...]  # constraints the fitted pose still violates
    moved: bool  # whether fitting changed the pose


def joints_of(rotvecs: np.ndarray) -> np.ndarray:
    """(N, 22, 3) grounded joint positions of (N, 22, 3) rotation vectors."""
    return ground(forward_kinematics(rodrigues(rotvecs)))


def free_joints(constraints: Sequence[Constraint]) -> list[int]:
    """The joints whose rotations may change to satisfy these constraints."""
    free: set[int] = set()
    for c in constraints:
        sides = ("left", "right") if c.side in (None, "either") else (c.side,)
        if c.kind in FIXED_KINDS:
            continue
        if c.kind.startswith("torso"):
            free |= set(TORSO_JOINTS)
        elif c.kind in BOTH_ARMS:
            free |= {j for s in ("left", "right") for j in ARM_JOINTS[s]}
        elif c.kind in BOTH_LEGS:
            free |= {j for s in ("left", "right") for j in LEG_JOINTS[s]}
        elif c.kind.startswith(("knee", "foot", "leg")) or c.target in LEG_SEGMENTS:
            free |= {j for s in sides for j in LEG_JOINTS[s]}
        elif c.kind not in WHOLE_BODY:
            free |= {j for s in sides for j in ARM_JOINTS[s]}
            if any(part in (c.target or "") for part in LOW_TARGETS):
                free |= set(TORSO_JOINTS)  # a standing person bends to reach the knees or feet
    return sorted(free)


def constraint_cost(constraints: Sequence[Constraint], joints: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(cost, number violated) per pose: 0 cost when every constraint reaches its aim; a
    violated constraint costs at least 1 more than one that holds only just."""
    reading = read_poses(joints)
    cost = np.zeros(len(joints))
    violated = np.zeros(len(joints), dtype=int)
    for c in constraints:
        kind = KINDS[c.kind]
        value = measure(c, reading)
        width = max(kind.clearly - kind.holds, 1e-6)
        if c.negated:  # aim below "holds"; violated from "clearly" on
            cost += np.maximum(value - aim(c), 0.0) / width
            bad = value >= kind.clearly
        else:
            cost += np.maximum(aim(c) - value, 0.0) / width
            bad = value < kind.holds
        cost += bad
        violated += bad
    return cost, violated


def violations(constraints: Sequence[Constraint], rotvecs: np.ndarray) -> tuple[Constraint, ...]:
    """The constraints one pose (22, 3) violates."""
    if not constraints:
        return ()
    joints = joints_of(rotvecs[None])
    reading = read_poses(joints)
    out = []
    for c in constraints:
        kind = KINDS[c.kind]
        value = measure(c, reading)[0]
        if (value >= kind.clearly) if c.negated else (value < kind.holds):
            out.append(c)
    return tuple(out)


def fit_pose(start: np.ndarray, constraints: Sequence[Constraint], neutral: np.ndarray | None = None,
             seed: int = 0, violated: tuple[Constraint, ...] | None = None) -> Fit:
    """The pose nearest ``start`` (22, 3 rotation vectors) that reaches every constraint's aim,
    when ``start`` violates one; moving only the joints the violated constraints are about.

    The search runs from the composed pose and, for the joints it may move, from the
    ``neutral`` pose (arms hanging, legs straight) and from the skeleton's rest rotations,
    so that a limb the composer put in a wrong place is not only nudged from there."""
    violated = violations(constraints, start) if violated is None else violated
    free = free_joints(violated)
    if not violated or not free:  # a composed pose that holds is kept as the composer made it
        return Fit(start, violated, False)
    starts = [start]
    for pose in (neutral, np.zeros_like(start)):
        if pose is not None:
            other = start.copy()
            other[free] = pose[free]
            starts.append(other)
    best = _search(np.stack(starts), constraints, free, np.random.default_rng(seed))
    return Fit(best, violations(constraints, best), True)


def short_of_aim(constraints: Sequence[Constraint], rotvecs: np.ndarray) -> list[Constraint]:
    """The constraints one pose does not reach the aim of (a fit would move it)."""
    reading = read_poses(joints_of(rotvecs[None]))
    out = []
    for c in constraints:
        value = float(measure(c, reading)[0])
        if (value > aim(c)) if c.negated else (value < aim(c)):
            out.append(c)
    return out


def _search(starts: np.ndarray, constraints: Sequence[Constraint], free: list[int],
            rng: np.random.Generator) -> np.ndarray:
    """An evolution strategy per start, all starts in one batch: each round draws POPULATION
    candidates around each start's best; the step grows on success and shrinks otherwise."""
    n = len(starts)
    origin = starts[:, free]

    def totals(poses: np.ndarray, which: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        cost, count = constraint_cost(constraints, joints_of(poses))
        return cost + CHANGE_COST * ((poses[:, free] - origin[which]) ** 2).sum(axis=(1, 2)), count

    best = starts.copy()
    best_total, best_count = totals(best, np.arange(n))
    step = np.full(n, START_STEP)
    stall = np.zeros(n, dtype=int)
    owner = np.repeat(np.arange(n), POPULATION)
    for _ in range(MAX_ROUNDS):
        candidates = best[owner].copy()
        noise = rng.standard_normal((len(owner), len(free), 3)) * step[owner, None, None]
        candidates[:, free] += noise
        total, count = totals(candidates, owner)
        total = total.reshape(n, POPULATION)
        k = total.argmin(axis=1)
        better = total[np.arange(n), k] < best_total - 1e-9
        chosen = np.arange(n) * POPULATION + k
        best[better] = candidates[chosen[better]]
        best_count[better] = count[chosen[better]]
        best_total[better] = total[np.arange(n), k][better]
        step = np.where(better, np.minimum(step * 1.3, 1.0), np.maximum(step * 0.7, 0.02))
        stall = np.where(better, 0, stall + 1)
        if ((best_count == 0) & (stall >= STALL_ROUNDS)).any() or (stall >= 2 * STALL_ROUNDS).all():
            break
    # Plausibility is checked once per start's result (checking it every round costs more than
    # the rest of the search): a start whose result bends a joint the wrong way, passes a limb
    # through the body or loses its support is taken only if every start's does.
    problems = pose_problems(read_poses(joints_of(best)))
    return best[int(np.argmin(best_total + PROBLEM_COST * problems))]
