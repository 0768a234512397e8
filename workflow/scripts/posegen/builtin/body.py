"""Body model of the builtin generator: bone offsets, rotation helpers and forward kinematics.

A pose is one rotation vector (axis * angle, radians) per joint: entry 0 is the
pelvis orientation in the world, entry j > 0 rotates joint j's children relative
to j's parent. Rotation vectors interpolate from the rest pose by plain scaling
(the same as slerp from the identity), which is how clips ease into a pose.
"""

from __future__ import annotations

import numpy as np
import torch

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


# --- small numpy rotation helpers (float64) -------------------------------------------------


def axis_angle(axis, angle: float) -> np.ndarray:
    """3x3 rotation about a unit axis by an angle in radians (right-handed)."""
    x, y, z = np.asarray(axis, dtype=np.float64) / np.linalg.norm(axis)
    c, s = np.cos(angle), np.sin(angle)
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
    return axis_angle((1.0, 0.0, 0.0), np.radians(deg))


def rot_y(deg: float) -> np.ndarray:
    """Positive angles turn +z towards +x (turns the body to its left)."""
    return axis_angle((0.0, 1.0, 0.0), np.radians(deg))


def rot_z(deg: float) -> np.ndarray:
    """Positive angles turn +x towards +y (tilts the upper body to its right)."""
    return axis_angle((0.0, 0.0, 1.0), np.radians(deg))


def unit(v) -> np.ndarray:
    v = np.asarray(v, dtype=np.float64)
    return v / np.linalg.norm(v)


def swing_rotvec(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Rotation vector of the smallest rotation taking unit vector a to unit vector b."""
    cross = np.cross(a, b)
    sin = np.linalg.norm(cross)
    cos = float(np.dot(a, b))
    if sin < 1e-9:
        if cos > 0:
            return np.zeros(3)
        # Opposite directions: turn about any axis perpendicular to a, preferring z then x.
        axis = np.cross(a, (0.0, 0.0, 1.0))
        if np.linalg.norm(axis) < 1e-6:
            axis = np.cross(a, (1.0, 0.0, 0.0))
        return unit(axis) * np.pi
    return cross / sin * np.arctan2(sin, cos)


def matrix_to_rotvec(m: np.ndarray) -> np.ndarray:
    """Rotation vector of a 3x3 rotation matrix (stable near 0 and pi)."""
    cos = np.clip((np.trace(m) - 1.0) / 2.0, -1.0, 1.0)
    angle = np.arccos(cos)
    w = np.array([m[2, 1] - m[1, 2], m[0, 2] - m[2, 0], m[1, 0] - m[0, 1]])
    if angle < 1e-9:
        return 0.5 * w
    if np.pi - angle < 1e-4:
        # sin(angle) ~ 0: read the axis from the symmetric part instead.
        b = (m + np.eye(3)) / 2.0
        axis = unit(b[np.argmax(np.diag(b))])
        if np.dot(axis, w) < 0:
            axis = -axis
        return axis * angle
    return w / (2.0 * np.sin(angle)) * angle


def rotvec_to_matrix_np(v: np.ndarray) -> np.ndarray:
    angle = np.linalg.norm(v)
    if angle < 1e-12:
        return np.eye(3)
    return axis_angle(v / angle, angle)


# --- batched torch forward kinematics -------------------------------------------------------


def _matmul3(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    """a @ b for (..., 3, 3) by explicit products and sums.

    Written out so each output entry is computed the same way whatever the batch
    size: a sample's pose must not change with the batch it is generated in.
    """
    return (
        a[..., :, 0:1] * b[..., 0:1, :]
        + a[..., :, 1:2] * b[..., 1:2, :]
        + a[..., :, 2:3] * b[..., 2:3, :]
    )


def _matvec3(a: torch.Tensor, v: torch.Tensor) -> torch.Tensor:
    return a[..., :, 0] * v[..., 0:1] + a[..., :, 1] * v[..., 1:2] + a[..., :, 2] * v[..., 2:3]


def rotvec_to_matrix(rotvecs: torch.Tensor) -> torch.Tensor:
    """Rodrigues' formula for (..., 3) rotation vectors -> (..., 3, 3)."""
    angle = torch.sqrt((rotvecs * rotvecs).sum(-1, keepdim=True))
    safe = torch.where(angle > 1e-12, angle, torch.ones_like(angle))
    axis = torch.where(angle > 1e-12, rotvecs / safe, torch.zeros_like(rotvecs))
    x, y, z = axis[..., 0], axis[..., 1], axis[..., 2]
    c = torch.cos(angle[..., 0])
    s = torch.sin(angle[..., 0])
    t = 1.0 - c
    rows = [
        torch.stack([t * x * x + c, t * x * y - s * z, t * x * z + s * y], -1),
        torch.stack([t * x * y + s * z, t * y * y + c, t * y * z - s * x], -1),
        torch.stack([t * x * z - s * y, t * y * z + s * x, t * z * z + c], -1),
    ]
    return torch.stack(rows, -2)


def forward_kinematics(rotvecs: torch.Tensor) -> torch.Tensor:
    """Joint positions (N, 22, 3) from per-joint rotation vectors (N, 22, 3), pelvis at the origin."""
    local = rotvec_to_matrix(rotvecs)
    offsets = torch.as_tensor(OFFSETS, dtype=rotvecs.dtype, device=rotvecs.device)
    glob = [local[:, 0]]
    positions = [torch.zeros_like(rotvecs[:, 0])]
    for j in range(1, NUM_JOINTS):
        p = PARENTS[j]
        positions.append(positions[p] + _matvec3(glob[p], offsets[j].expand_as(positions[p])))
        glob.append(_matmul3(glob[p], local[:, j]))
    return torch.stack(positions, 1)


def ground(positions: torch.Tensor) -> torch.Tensor:
    """Translate (..., 22, 3) so the pelvis is at x = z = 0 and the lowest joint at y = 0."""
    shift_xz = positions[..., 0:1, :] * torch.tensor([1.0, 0.0, 1.0], dtype=positions.dtype, device=positions.device)
    positions = positions - shift_xz
    lowest = positions[..., 1].min(-1, keepdim=True).values
    return torch.cat([positions[..., 0:1], positions[..., 1:2] - lowest[..., None], positions[..., 2:3]], -1)
