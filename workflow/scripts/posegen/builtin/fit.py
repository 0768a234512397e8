"""Fit a composed pose to its caption's constraints: the vocabulary curation checks
(posegen.caption_reader, posegen.constraints) is what the pose is solved for.

The composer gives a natural start from the postures and limb phrases it knows.
Where that pose falls short of a constraint the caption reader found (short of the
constraint's aim, posegen.constraints.AIMS), a seeded evolution strategy moves the
rotations of the joints those constraints are about until every constraint reaches
its aim, paying for each radian it turns away from the start (the pose stays as
natural as the composer made it); among its results, one that bends a knee or elbow
the wrong way, passes a limb through the torso or loses its support is taken last.

All poses of a batch are read and searched together, one forward kinematics and one
reading per round for the whole batch, because the cost of NumPy calls on small
arrays, not arithmetic, is what a per-pose search would spend its time on. A pose's
result does not depend on the rest of its batch: each has its own seeded noise.
Deterministic: the same start and constraints give the same pose.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np

from posegen.constraints import BOTH_ARMS, BOTH_LEGS, KINDS, WHOLE_BODY, Constraint, holds, measure, shortfall
from posegen.plausibility import cheap_problems, pose_problems
from posegen.posecodes import read_poses

from .body import forward_kinematics, ground, rodrigues

# Joints (rotation of the bone to the child) each part of the body moves.
ARM_JOINTS = {"left": (13, 16, 18), "right": (14, 17, 19)}
LEG_JOINTS = {"left": (1, 4, 7), "right": (2, 5, 8)}
TORSO_JOINTS = (0, 3, 6, 9)
SPINE_JOINTS = (3, 6, 9)
HEAD_JOINTS = (12,)  # the neck carries the head (the head joint is a leaf)
LEG_SEGMENTS = {"thigh", "shin", "leg"}
LOW_TARGETS = ("knee", "ankle", "foot", "shin", "thigh")
FIXED_KINDS = {"posture", "lying_on", "joint_on_ground"}  # decided by the composer's posture, not local turns

POPULATION = 16  # candidates per start and round
MAX_ROUNDS = 30
POLISH_ROUNDS = 12
STALL_ROUNDS = 5  # rounds without improvement, once every constraint holds
START_STEP = 0.35  # radians
CHANGE_COST = 0.15  # per squared radian turned away from the start
PROBLEM_COST = 4.0  # per plausibility problem (a violated constraint costs at least 1 + its margin)
# The spine bends forward far more readily than sideways: turning a spine joint about its
# forward (z) axis costs this much more than flexing or twisting it (a reach across the body
# still twists).
AXIS_COST = np.ones((22, 3))
AXIS_COST[list(SPINE_JOINTS), 2] = 4.0


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
            free |= set(SPINE_JOINTS)  # the root would swing the legs too (a seat, the stance)
        elif c.kind.startswith("head"):
            free |= set(HEAD_JOINTS)
        elif c.kind in BOTH_ARMS:
            free |= {j for s in ("left", "right") for j in ARM_JOINTS[s]}
        elif c.kind in BOTH_LEGS:
            free |= {j for s in ("left", "right") for j in LEG_JOINTS[s]}
        elif c.kind == "wrist_on_ground":
            free |= {j for s in sides for j in ARM_JOINTS[s]} | set(SPINE_JOINTS)  # reaching the floor bends the back
        elif c.kind.startswith(("knee", "foot", "leg")) or c.target in LEG_SEGMENTS:
            free |= {j for s in sides for j in LEG_JOINTS[s]}
        elif c.kind not in WHOLE_BODY:
            free |= {j for s in sides for j in ARM_JOINTS[s]}
            if any(part in (c.target or "") for part in LOW_TARGETS):
                free |= set(SPINE_JOINTS)  # bending the back to reach the knees or feet (the legs stay)
    return sorted(free)


def violations(constraints: Sequence[Constraint], rotvecs: np.ndarray) -> tuple[Constraint, ...]:
    """The constraints one pose (22, 3) violates."""
    return _violations([tuple(constraints)], rotvecs[None])[0]


def all_violations(constraint_sets: Sequence[tuple[Constraint, ...]], poses: Sequence[np.ndarray]) -> list[tuple[Constraint, ...]]:
    """The constraints each pose (22, 3 rotation vectors) violates, read in one batch."""
    return _violations(constraint_sets, np.stack(poses)) if len(poses) else []


def violated_and_unclear(constraint_sets: Sequence[tuple[Constraint, ...]],
                         poses: Sequence[np.ndarray]) -> list[tuple[tuple[Constraint, ...], tuple[Constraint, ...]]]:
    """Per pose, the constraints it violates and those it does not clearly satisfy (violated, or
    holding only just), from one reading of the batch."""
    if not len(poses):
        return []
    values = _values(constraint_sets, read_poses(joints_of(np.stack(poses))))
    out = []
    for i, constraints in enumerate(constraint_sets):
        violated = tuple(c for c in constraints if _violated(c, values[c.key()][i]))
        out.append((violated, tuple(c for c in constraints if c in violated or _unclear(c, values[c.key()][i]))))
    return out


def short_of_aim(constraints: Sequence[Constraint], rotvecs: np.ndarray) -> list[Constraint]:
    """The constraints one pose does not reach the aim of (a fit would move it)."""
    values = _values([tuple(constraints)], read_poses(joints_of(rotvecs[None])))
    return [c for c in constraints if _short(c, values[c.key()][0])]


def fit_pose(start: np.ndarray, constraints: Sequence[Constraint], neutral: np.ndarray | None = None,
             seed: int = 0) -> Fit:
    """The pose nearest ``start`` (22, 3 rotation vectors) that reaches every constraint's aim."""
    return fit_poses([start], [tuple(constraints)], neutral, seed)[0]


def fit_poses(starts: Sequence[np.ndarray], constraint_sets: Sequence[tuple[Constraint, ...]],
              neutral: np.ndarray | None = None, seed: int = 0,
              placed: Sequence[set[int]] | None = None, seated: Sequence[bool] | None = None,
              hinged: Sequence[bool] | None = None) -> list[Fit]:
    """``fit_pose`` for many poses at once.

    A pose moves only the joints of the constraints it falls short of. One that violates a
    constraint (a limb in a wrong place) is searched from three starts: as composed, and
    with those joints as in the ``neutral`` pose (arms hanging, legs straight) and at the
    skeleton's rest rotations. One that only falls short of an aim is polished from where
    it is, in fewer rounds, except on the joints in ``placed[i]``: those the composer put
    where a phrase it knows says, which a constraint that clearly holds does not overrule.
    ``seated[i]``: the pose sits on a seat, which carries it (it is not tipped over its feet).
    ``hinged[i]``: the pose stands on legs its constraints keep under it, so a back that bends may
    also fold at the hips (the pelvis tips forward over the legs)."""
    n = len(starts)
    sets = [tuple(c) for c in constraint_sets]
    begin = np.stack(starts) if n else np.zeros((0, 22, 3))
    values = _values(sets, read_poses(joints_of(begin))) if n else {}
    units: list[tuple[int, np.ndarray, np.ndarray, int]] = []  # (pose, start, free mask, rounds)
    violated_at_start: list[tuple[Constraint, ...]] = []
    for i, constraints in enumerate(sets):
        violated = tuple(c for c in constraints if _violated(c, values[c.key()][i]))
        trusted = placed[i] if placed is not None else set()
        short = [c for c in constraints if c in violated or _unclear(c, values[c.key()][i])
                 or (_short(c, values[c.key()][i]) and not set(free_joints([c])) <= trusted)]
        violated_at_start.append(violated)
        free = free_joints(short)
        if not free:
            continue
        if hinged is not None and hinged[i] and set(SPINE_JOINTS) <= set(free):
            free = sorted({0, *free, *(j for s in ("left", "right") for j in LEG_JOINTS[s])})
        mask = np.zeros(22, dtype=bool)
        mask[free] = True
        rounds = MAX_ROUNDS if violated else POLISH_ROUNDS
        units.append((i, begin[i], mask, rounds))
        if violated:
            for pose in (neutral, np.zeros((22, 3))):
                if pose is not None:
                    units.append((i, np.where(mask[:, None], pose, begin[i]), mask, rounds))
    if not units:
        return [Fit(begin[i], violated_at_start[i], False) for i in range(n)]
    fitted = _search(units, sets, seed, [bool(x) for x in seated] if seated is not None else [False] * n)
    order = list(fitted)
    after = dict(zip(order, _violations([sets[i] for i in order], np.stack([fitted[i] for i in order]))))
    return [Fit(fitted[i], after[i], True) if i in fitted else Fit(begin[i], violated_at_start[i], False)
            for i in range(n)]


def _violated(c: Constraint, value: float) -> bool:
    return not holds(c, value)


def _unclear(c: Constraint, value: float) -> bool:
    """Holds, but not clearly (a negated one: not clearly violated, but not below "holds")."""
    kind = KINDS[c.kind]
    return value > kind.holds if c.negated else value < kind.clearly


def _short(c: Constraint, value: float) -> bool:
    return shortfall(c, value) > 0.0


def _values(sets: Sequence[tuple[Constraint, ...]], reading) -> dict[tuple, np.ndarray]:
    """Each distinct constraint's value on every row of the reading (a value is only
    meaningful on rows whose pose has that constraint)."""
    distinct = {c.key(): c for constraints in sets for c in constraints}
    return {key: measure(c, reading) for key, c in distinct.items()}


def _violations(sets: Sequence[tuple[Constraint, ...]], rotvecs: np.ndarray) -> list[tuple[Constraint, ...]]:
    if not len(sets):
        return []
    values = _values(sets, read_poses(joints_of(rotvecs)))
    return [tuple(c for c in constraints if _violated(c, values[c.key()][i])) for i, constraints in enumerate(sets)]


def _costs(needed: dict[tuple, Constraint], has: dict[tuple, np.ndarray], which: np.ndarray,
           joints: np.ndarray, seated: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """(cost, number violated) per row (rows are candidates of units ``which``; ``has[key]``
    says which units' poses have that constraint): 0 cost when every constraint of the row's
    pose reaches its aim; a violated constraint costs at least 1 more than one that holds only just.
    ``seated[unit]``: a seat carries the unit's pose."""
    reading = read_poses(joints, posture=any(c.kind == "posture" for c in needed.values()))
    cost = np.zeros(len(joints))
    violated = np.zeros(len(joints), dtype=int)
    for key, c in needed.items():
        rows = np.flatnonzero(has[key][which])
        if not len(rows):
            continue
        kind = KINDS[c.kind]
        value = measure(c, reading)[rows]
        width = max(kind.clearly - kind.holds, 1e-6)
        bad = ~holds(c, value)
        cost[rows] += shortfall(c, value) / width + bad
        violated[rows] += bad
    return cost + PROBLEM_COST * cheap_problems(reading, seated=None if seated is None else seated[which]), violated


def _search(units: list[tuple[int, np.ndarray, np.ndarray, int]], sets: Sequence[tuple[Constraint, ...]],
            seed: int, seated: Sequence[bool]) -> dict[int, np.ndarray]:
    """An evolution strategy per unit (a pose and one of its starts), all units in one batch:
    each round draws POPULATION candidates around each unit's best; a unit's step grows on
    success and shrinks otherwise. Returns the best pose of each pose's units."""
    count_units = len(units)
    owner = np.array([u[0] for u in units])
    origin = np.stack([u[1] for u in units])
    mask = np.stack([u[2] for u in units]).astype(float)[:, :, None]
    rounds = np.array([u[3] for u in units])
    # One generator per pose, seeded by the seed alone: a pose's result does not depend on its batch.
    rngs = {int(i): np.random.default_rng(seed) for i in np.unique(owner)}

    needed = {c.key(): c for i in np.unique(owner) for c in sets[i]}
    keys = {int(i): {c.key() for c in sets[i]} for i in np.unique(owner)}
    has = {key: np.array([key in keys[int(i)] for i in owner]) for key in needed}
    on_seat = np.array([seated[int(i)] for i in owner])

    def totals(poses: np.ndarray, which: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        cost, count = _costs(needed, has, which, joints_of(poses), on_seat)
        return cost + CHANGE_COST * (((poses - origin[which]) ** 2) * mask[which] * AXIS_COST).sum(axis=(1, 2)), count

    best = origin.copy()
    best_total, best_count = totals(best, np.arange(count_units))
    step = np.full(count_units, START_STEP)
    stall = np.zeros(count_units, dtype=int)
    active = np.ones(count_units, dtype=bool)
    for round_index in range(int(rounds.max())):
        live = np.flatnonzero(active)
        if not len(live):
            break
        which = np.repeat(live, POPULATION)
        noise = np.concatenate([_draw(rngs, owner, live, i) for i in range(len(live))])
        candidates = best[which] + noise * step[which, None, None] * mask[which]
        total, count = totals(candidates, which)
        total = total.reshape(len(live), POPULATION)
        k = total.argmin(axis=1)
        chosen = np.arange(len(live)) * POPULATION + k
        better = total[np.arange(len(live)), k] < best_total[live] - 1e-9
        won = live[better]
        best[won] = candidates[chosen[better]]
        best_count[won] = count[chosen[better]]
        best_total[won] = total[np.arange(len(live)), k][better]
        step[live] = np.where(better, np.minimum(step[live] * 1.3, 1.0), np.maximum(step[live] * 0.7, 0.02))
        stall[live] = np.where(better, 0, stall[live] + 1)
        for i in np.unique(owner[live]):
            mine = owner == i
            done = ((best_count[mine] == 0) & (stall[mine] >= STALL_ROUNDS)).any() or (stall[mine] >= 2 * STALL_ROUNDS).all()
            if done or round_index + 1 >= rounds[mine].max():
                active[mine] = False
    # The full plausibility check (limbs through the body, the support polygon) runs once per
    # unit's result, since every round would cost more than the rest of the search: a result
    # with a problem is taken only if every start's result has one.
    score = best_total + PROBLEM_COST * pose_problems(read_poses(joints_of(best)))
    out = {}
    for i in np.unique(owner):
        mine = np.flatnonzero(owner == i)
        out[int(i)] = best[mine[int(np.argmin(score[mine]))]]
    return out


def _draw(rngs: dict[int, np.random.Generator], owner: np.ndarray, live: np.ndarray, index: int) -> np.ndarray:
    """Noise for one live unit from its pose's generator (units of a pose draw in turn)."""
    return rngs[int(owner[live[index]])].standard_normal((POPULATION, 22, 3))
