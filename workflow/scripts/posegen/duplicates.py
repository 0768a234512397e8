"""Near-duplicate poses over a whole dataset, in time near-linear and memory linear in its size.

Distance: the root-mean-square per-joint distance in millimetres after centring
the pelvis and turning each pose to face +z (posegen.posecodes.face_forward).
It is the Euclidean distance of the 66 coordinates divided by sqrt(22), so a
KD-tree (scipy) finds every pose within the threshold exactly.

Grouping is leader clustering: poses are visited best first (the keep order); a
pose joins the best leader within the threshold among the groups of its
candidates, else it leads a new group and claims every pose within the threshold
not yet placed (one ball query per group).
So every member of a group is within the threshold of the pose kept for it, and
no chain of small steps merges two far-apart poses. Each pose asks the tree for
at most ``neighbours`` candidates and each group's ball query returns each pose
once, which keeps time and memory near-linear whatever the duplication (500,000
copies of one pose form one group found by one query).
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

from posegen.posecodes import face_forward
from posegen.skeleton import NUM_JOINTS

CHUNK = 4096
PROJECTED_DIMENSIONS = 8


def normalised(poses: np.ndarray) -> np.ndarray:
    """(N, 66) float32: pelvis at the origin, facing +z, in millimetres / sqrt(22)."""
    turned = face_forward(np.asarray(poses, dtype=np.float64))
    turned -= turned[:, :1]
    return (turned.reshape(len(turned), -1) * (1000.0 / np.sqrt(NUM_JOINTS))).astype(np.float32)


def _project(vectors: np.ndarray) -> np.ndarray:
    """The vectors on their first principal axes (an orthonormal projection: a contraction)."""
    sample = vectors[:: max(1, len(vectors) // 20000)].astype(np.float64)
    mean = sample.mean(axis=0)
    _, _, axes = np.linalg.svd(sample - mean, full_matrices=False)
    return (vectors.astype(np.float64) - mean) @ axes[:PROJECTED_DIMENSIONS].T


def group_duplicates(
    vectors: np.ndarray,
    threshold_mm: float,
    order: Sequence[int] | None = None,
    neighbours: int = 32,
) -> np.ndarray:
    """Leader of each pose's group (its own index when it leads or stands alone).

    ``vectors`` come from ``normalised``; ``order`` lists the poses best first (the
    first pose of a group in this order is kept); default: index order.
    """
    from scipy.spatial import cKDTree

    n = len(vectors)
    leader = np.full(n, -1, dtype=np.int64)
    if n == 0:
        return leader
    order = np.arange(n) if order is None else np.asarray(order, dtype=np.int64)
    rank = np.empty(n, dtype=np.int64)
    rank[order] = np.arange(n)
    # The tree holds a projection on the main axes of variation: distances there never
    # exceed the full ones, so candidates within the radius are a superset, checked in
    # full afterwards. (A KD-tree in 66 dimensions cannot prune.)
    projected = _project(vectors)
    tree = cKDTree(projected)
    k = min(neighbours, n)
    radius = float(threshold_mm) * (1 + 1e-6)
    for start in range(0, n, CHUNK):
        chunk = order[start : start + CHUNK]
        _, found = tree.query(projected[chunk], k=k, distance_upper_bound=radius)
        found = np.asarray(found).reshape(len(chunk), k)
        valid = found < n
        safe = np.where(valid, found, 0)
        full = np.linalg.norm(vectors[safe] - vectors[chunk][:, None, :], axis=-1)
        valid &= full <= radius
        for row, pose in enumerate(chunk):
            if leader[pose] >= 0:
                continue  # claimed by an earlier leader
            candidates = safe[row][valid[row]]
            # Leaders of the candidates already placed (members or leaders), within the threshold.
            placed = np.unique(leader[candidates[leader[candidates] >= 0]])
            if len(placed):
                gaps = np.linalg.norm(vectors[placed] - vectors[pose], axis=1)
                placed = placed[gaps <= radius]
            if len(placed):
                leader[pose] = placed[np.argmin(rank[placed])]
            else:
                # A new group claims every unplaced pose within the threshold (all later in
                # keep order): one ball query per group, so a dense group is found whole and
                # each pose is placed once.
                leader[pose] = pose
                ball = np.asarray(tree.query_ball_point(projected[pose], radius), dtype=np.int64)
                ball = ball[leader[ball] < 0]
                if len(ball):
                    near = np.linalg.norm(vectors[ball] - vectors[pose], axis=1) <= radius
                    leader[ball[near]] = pose
    return leader


def duplicate_of(names: Sequence[str], leader: np.ndarray) -> list[str]:
    """For each pose the name of its group's kept pose, or "" when it is the kept one."""
    return [names[g] if g != i else "" for i, g in enumerate(leader)]
