"""Body model of the builtin generator: bone offsets, rotation helpers and forward kinematics.

A pose is one rotation vector (axis * angle, radians) per joint: entry 0 is the
pelvis orientation in the world, entry j > 0 rotates joint j's children relative
to j's parent. Rotation vectors interpolate from the rest pose by plain scaling
(the same as slerp from the identity), which is how clips ease into a pose.
"""

from __future__ import annotations

import math

import numpy as np

from posegen.skeleton import NUM_JOINTS, PARENTS

# Rest pose (standing, arms hanging) offsets of each joint from its parent, in metres;
# x = the person's left, y up, z forward. About 1.7 m tall with the head top.
OFFSETS = np.array(
    [
        [0.0, 0.0, 0.0],  # pelvis
        [0.09, -0.07, 0.0],  # left_hip
        [-0.09, -0.07, 0.0],  # right_hip
        [0.0, 0.11, 0.0],  # spine1
        [0.0, -0.41, 0.0],  # left_knee
        [0.0, -0.41, 0.0],  # right_knee
        [0.0, 0.13, 0.0],  # spine2
        [0.0, -0.41, 0.0],  # left_ankle
        [0.0, -0.41, 0.0],  # right_ankle
        [0.0, 0.06, 0.0],  # spine3
        [0.0, -0.06, 0.13],  # left_foot (ball of the foot)
        [0.0, -0.06, 0.13],  # right_foot
        [0.0, 0.20, 0.0],  # neck
        [0.08, 0.12, 0.0],  # left_collar
        [-0.08, 0.12, 0.0],  # right_collar
        [0.0, 0.10, 0.03],  # head
        [0.11, 0.02, 0.0],  # left_shoulder
        [-0.11, 0.02, 0.0],  # right_shoulder
        [0.0, -0.28, 0.0],  # left_elbow
        [0.0, -0.28, 0.0],  # right_elbow
        [0.0, -0.25, 0.0],  # left_wrist
        [0.0, -0.25, 0.0],  # right_wrist
    ]
)
BONE_LENGTHS = np.linalg.norm(OFFSETS, axis=1)
PARENT_INDEX = np.array([max(p, 0) for p in PARENTS])

THIGH = BONE_LENGTHS[4]
SHIN = BONE_LENGTHS[7]
UPPER_ARM = BONE_LENGTHS[18]
FOREARM = BONE_LENGTHS[20]
FOOT_DROP = -OFFSETS[10, 1]  # height of the ankle above the ball of a flat foot
STANDING_PELVIS_HEIGHT = -OFFSETS[1, 1] + THIGH + SHIN + FOOT_DROP


def rest_positions() -> np.ndarray:
    """(22, 3) joint positions of the rest pose with the pelvis at the origin."""
    positions = np.zeros((NUM_JOINTS, 3))
    for j in range(1, NUM_JOINTS):
        positions[j] = positions[PARENTS[j]] + OFFSETS[j]
    return positions


# --- small rotation helpers (float64; plain math: these run per joint, numpy call overhead dominates)


def axis_angle(axis, angle: float) -> np.ndarray:
    """3x3 rotation about an axis by an angle in radians (right-handed)."""
    x, y, z = (float(v) for v in axis)
    n = math.sqrt(x * x + y * y + z * z)
    x, y, z = x / n, y / n, z / n
    c, s = math.cos(angle), math.sin(angle)
    t = 1.0 - c
    return np.array(
        [
            [t * x * x + c, t * x * y - s * z, t * x * z + s * y],
            [t * x * y + s * z, t * y * y + c, t * y * z - s * x],
            [t * x * z - s * y, t * y * z + s * x, t * z * z + c],
        ]
    )


def rot_x(deg: float) -> np.ndarray:
    """Positive angles turn +y towards +z (bends the upper body forward)."""
    return axis_angle((1.0, 0.0, 0.0), math.radians(deg))


def rot_y(deg: float) -> np.ndarray:
    """Positive angles turn +z towards +x (turns the body to its left)."""
    return axis_angle((0.0, 1.0, 0.0), math.radians(deg))


def rot_z(deg: float) -> np.ndarray:
    """Positive angles turn +x towards +y (tilts the upper body to its right)."""
    return axis_angle((0.0, 0.0, 1.0), math.radians(deg))


def unit(v) -> np.ndarray:
    x, y, z = (float(c) for c in v)
    n = math.sqrt(x * x + y * y + z * z)
    return np.array((x / n, y / n, z / n))


def swing_rotvec(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Rotation vector of the smallest rotation taking unit vector a to unit vector b."""
    ax, ay, az = (float(c) for c in a)
    bx, by, bz = (float(c) for c in b)
    cx, cy, cz = ay * bz - az * by, az * bx - ax * bz, ax * by - ay * bx
    sin = math.sqrt(cx * cx + cy * cy + cz * cz)
    cos = ax * bx + ay * by + az * bz
    if sin < 1e-9:
        if cos > 0:
            return np.zeros(3)
        # Opposite directions: turn about an axis perpendicular to a, preferring z then x.
        axis = np.cross(a, (0.0, 0.0, 1.0))
        if np.linalg.norm(axis) < 1e-6:
            axis = np.cross(a, (1.0, 0.0, 0.0))
        return unit(axis) * math.pi
    scale = math.atan2(sin, cos) / sin
    return np.array((cx * scale, cy * scale, cz * scale))


def matrix_to_rotvec(m: np.ndarray) -> np.ndarray:
    """Rotation vector of a 3x3 rotation matrix (stable near 0 and pi)."""
    cos = min(max((m[0, 0] + m[1, 1] + m[2, 2] - 1.0) / 2.0, -1.0), 1.0)
    angle = math.acos(cos)
    w = np.array([m[2, 1] - m[1, 2], m[0, 2] - m[2, 0], m[1, 0] - m[0, 1]])
    if angle < 1e-9:
        return 0.5 * w
    if math.pi - angle < 1e-4:
        # sin(angle) ~ 0: read the axis from the symmetric part instead.
        b = (m + np.eye(3)) / 2.0
        axis = unit(b[np.argmax(np.diag(b))])
        if np.dot(axis, w) < 0:
            axis = -axis
        return axis * angle
    return w * (angle / (2.0 * math.sin(angle)))


def rotvec_to_matrix_np(v: np.ndarray) -> np.ndarray:
    angle = math.sqrt(float(v[0]) ** 2 + float(v[1]) ** 2 + float(v[2]) ** 2)
    if angle < 1e-12:
        return np.eye(3)
    return axis_angle(v, angle)


def rodrigues(rotvecs: np.ndarray) -> np.ndarray:
    """(..., 3) rotation vectors -> (..., 3, 3) matrices.

    Called per sample with shapes that depend only on the sample, so the SIMD
    path numpy takes for sin/cos, and hence every bit of the result, does too.
    """
    angle = np.sqrt((rotvecs * rotvecs).sum(-1))
    safe = np.where(angle > 1e-12, angle, 1.0)
    x, y, z = np.moveaxis(rotvecs / safe[..., None], -1, 0)
    c, s = np.cos(angle), np.sin(angle)
    t = 1.0 - c
    return np.stack(
        [
            np.stack([t * x * x + c, t * x * y - s * z, t * x * z + s * y], -1),
            np.stack([t * x * y + s * z, t * y * y + c, t * y * z - s * x], -1),
            np.stack([t * x * z - s * y, t * y * z + s * x, t * z * z + c], -1),
        ],
        -2,
    )


# --- batched forward kinematics -------------------------------------------------------------
# NumPy arrays on the CPU, torch tensors on a GPU (torch is imported only then: it
# takes seconds to import, more than a CPU shard takes to generate). Arrays are
# component-major, (3, 3, N) and (3, N), so every step is an elementwise product or
# sum over contiguous rows: fast, the same bits in both libraries, and each sample's
# result the same whatever else is in the batch.


def _matmul(a, b):
    """a @ b for component-major (3, 3, N) rotation stacks."""
    return a[:, 0:1] * b[0:1] + a[:, 1:2] * b[1:2] + a[:, 2:3] * b[2:3]


def _matvec(a, v):
    """a @ v for (3, 3, N) and (3, N)."""
    return a[:, 0] * v[0:1] + a[:, 1] * v[1:2] + a[:, 2] * v[2:3]


HAS_CHILDREN = sorted({p for p in PARENTS if p >= 0})


def forward_kinematics(local):
    """Joint positions (N, 22, 3) from local rotation matrices (N, 22, 3, 3), a NumPy
    array or a torch tensor (the result is of the same kind); pelvis at the origin.

    Entry 0 of local is the pelvis orientation in the world.
    """
    n = local.shape[0]
    if isinstance(local, np.ndarray):
        rot = np.ascontiguousarray(local.transpose(1, 2, 3, 0))  # (22, 3, 3, N)
        offsets = np.asarray(OFFSETS, dtype=local.dtype)
        origin = np.zeros((3, n), dtype=local.dtype)
        stack = np.stack
    else:
        import torch

        rot = local.permute(1, 2, 3, 0).contiguous()
        offsets = torch.as_tensor(OFFSETS, dtype=local.dtype, device=local.device)
        origin = torch.zeros((3, n), dtype=local.dtype, device=local.device)
        stack = torch.stack
    glob = {0: rot[0]}
    positions = [origin]
    for j in range(1, NUM_JOINTS):
        p = PARENTS[j]
        offset = offsets[j][:, None]  # broadcast over the N samples
        positions.append(positions[p] + _matvec(glob[p], offset))
        if j in HAS_CHILDREN:
            glob[j] = _matmul(glob[p], rot[j])
    joints = stack(positions, 0)  # (22, 3, N)
    return joints.transpose(2, 0, 1) if isinstance(joints, np.ndarray) else joints.permute(2, 0, 1)


def ground(positions):
    """Translate (..., 22, 3) so the pelvis is at x = z = 0 and the lowest joint at y = 0
    (a NumPy array or a torch tensor)."""
    x = positions[..., 0] - positions[..., 0:1, 0]
    if isinstance(positions, np.ndarray):
        y = positions[..., 1] - positions[..., 1].min(-1, keepdims=True)
        return np.stack([x, y, positions[..., 2] - positions[..., 0:1, 2]], -1)
    import torch

    y = positions[..., 1] - positions[..., 1].min(-1, keepdim=True).values
    return torch.stack([x, y, positions[..., 2] - positions[..., 0:1, 2]], -1)
