"""The HumanML3D / SMPL 22-joint body skeleton and the project's coordinate conventions.

Every pose this project writes is (22, 3) float32 in metres, y up, the person
facing +z, the person's left towards +x, the lowest joint on the floor (min y = 0)
and the pelvis at x = z = 0.
"""

from __future__ import annotations

import numpy as np

JOINT_NAMES = (
    "pelvis",
    "left_hip",
    "right_hip",
    "spine1",
    "left_knee",
    "right_knee",
    "spine2",
    "left_ankle",
    "right_ankle",
    "spine3",
    "left_foot",
    "right_foot",
    "neck",
    "left_collar",
    "right_collar",
    "head",
    "left_shoulder",
    "right_shoulder",
    "left_elbow",
    "right_elbow",
    "left_wrist",
    "right_wrist",
)
NUM_JOINTS = len(JOINT_NAMES)
JOINT = {name: i for i, name in enumerate(JOINT_NAMES)}

PARENTS = (-1, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 9, 9, 12, 13, 14, 16, 17, 18, 19)

# Chains as the text-to-motion repositories draw them (t2m_kinematic_chain).
CHAINS = {
    "right_leg": (0, 2, 5, 8, 11),
    "left_leg": (0, 1, 4, 7, 10),
    "spine": (0, 3, 6, 9, 12, 15),
    "right_arm": (9, 14, 17, 19, 21),
    "left_arm": (9, 13, 16, 18, 20),
}

# Direction of each joint from its parent in the rest pose (t2m_raw_offsets; left is +x).
REST_DIRECTIONS = np.array(
    [
        [0, 0, 0],
        [1, 0, 0],
        [-1, 0, 0],
        [0, 1, 0],
        [0, -1, 0],
        [0, -1, 0],
        [0, 1, 0],
        [0, -1, 0],
        [0, -1, 0],
        [0, 1, 0],
        [0, 0, 1],
        [0, 0, 1],
        [0, 1, 0],
        [1, 0, 0],
        [-1, 0, 0],
        [0, 0, 1],
        [0, -1, 0],
        [0, -1, 0],
        [0, -1, 0],
        [0, -1, 0],
        [0, -1, 0],
        [0, -1, 0],
    ],
    dtype=np.float32,
)


def side_of(joint: int) -> str:
    """'left', 'right' or 'center' for drawing and checks."""
    name = JOINT_NAMES[joint]
    if name.startswith("left_"):
        return "left"
    if name.startswith("right_"):
        return "right"
    return "center"


def other_side(side: str) -> str:
    """The other of 'left' and 'right'."""
    return "right" if side == "left" else "left"


def bone_lengths(joints: np.ndarray) -> np.ndarray:
    """Length of each bone (joint to parent) for poses shaped (..., 22, 3); pelvis gets 0."""
    joints = np.asarray(joints, dtype=np.float64)
    parents = np.array([p if p >= 0 else 0 for p in PARENTS])
    return np.linalg.norm(joints - joints[..., parents, :], axis=-1)


def to_conventions(joints: np.ndarray) -> np.ndarray:
    """Translate poses (..., 22, 3) so the pelvis is at x = z = 0 and the lowest joint at y = 0."""
    joints = np.asarray(joints, dtype=np.float32).copy()
    joints[..., :, 0] -= joints[..., :1, 0]
    joints[..., :, 2] -= joints[..., :1, 2]
    joints[..., :, 1] -= joints[..., :, 1].min(axis=-1, keepdims=True)
    return joints
