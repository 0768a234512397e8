"""Limb placement: two-bone inverse kinematics and angle-based legs, with joint limits.

Limbs are described by world directions of their bones (upper, lower, end);
the composer turns those into joint rotations. Elbows and knees never bend past
MAX_FLEX degrees and always bend towards their pole (knees forward, elbows back
or out), so they cannot fold the wrong way.
"""

from __future__ import annotations

import numpy as np

from .body import OFFSETS, rot_x, rot_y, rot_z, unit

SIDES = {"left": 1, "right": -1}  # sign of the person's side along x
LEG = {"left": (1, 4, 7, 10), "right": (2, 5, 8, 11)}  # hip, knee, ankle, foot
ARM = {"left": (13, 16, 18, 20), "right": (14, 17, 19, 21)}  # collar, shoulder, elbow, wrist
MAX_FLEX = 155.0  # degrees, elbows and knees
FOOT_LENGTH = float(np.linalg.norm(OFFSETS[10]))
FLAT_FOOT = unit(OFFSETS[10])


def span(upper: float, lower: float, angle: float) -> float:
    """Distance from the root to the end of two bones meeting at this inner angle (degrees, 180 = straight)."""
    return float(np.sqrt(upper**2 + lower**2 - 2 * upper * lower * np.cos(np.radians(angle))))


def two_bone(root: np.ndarray, target: np.ndarray, upper: float, lower: float, pole) -> tuple[np.ndarray, np.ndarray]:
    """Directions of the two bones reaching from root towards target, bending towards pole."""
    offset = np.asarray(target, dtype=np.float64) - root
    distance = np.linalg.norm(offset)
    axis = offset / distance if distance > 1e-9 else unit((0.0, -1.0, 0.0))
    nearest = span(upper, lower, 180.0 - MAX_FLEX)
    distance = float(np.clip(distance, nearest, upper + lower))
    pole = np.asarray(pole, dtype=np.float64)
    bend = pole - np.dot(pole, axis) * axis
    if np.linalg.norm(bend) < 1e-9:
        bend = np.cross(axis, (1.0, 0.0, 0.0))
    bend = unit(bend)
    along = (upper**2 - lower**2 + distance**2) / (2 * distance)
    across = np.sqrt(max(upper**2 - along**2, 0.0))
    middle = root + along * axis + across * bend
    end = root + distance * axis
    return unit(middle - root), unit(end - middle)


def toe_foot(ankle_height: float) -> np.ndarray:
    """Foot direction (world) of a heel-raised foot whose ball touches the floor ankle_height below."""
    drop = min(ankle_height, FOOT_LENGTH * 0.98)
    return unit((0.0, -drop, np.sqrt(FOOT_LENGTH**2 - drop**2)))


def leg_from_angles(frame: np.ndarray, side: int, flex=0.0, abduct=0.0, knee=0.0, ankle=0.0, turn=0.0):
    """Leg bone directions from joint angles (degrees) in a body frame.

    flex > 0 swings the thigh forward (negative: backward), abduct > 0 takes it out
    to its own side, turn > 0 rotates the knee outwards, knee > 0 folds the shin
    back and ankle > 0 points the toes.
    """
    knee = min(knee, MAX_FLEX)
    hip = frame @ rot_z(side * abduct) @ rot_y(side * turn) @ rot_x(-flex)
    shin = hip @ rot_x(knee)
    down = np.array([0.0, -1.0, 0.0])
    return hip @ down, shin @ down, shin @ rot_x(ankle) @ FLAT_FOOT


def arm_from_angles(frame: np.ndarray, side: int, forward=0.0, out=0.0, elbow=0.0):
    """Arm bone directions from shoulder angles (forward raise, sideways raise) and elbow flexion."""
    shoulder = frame @ rot_z(side * out) @ rot_x(-forward)
    down = np.array([0.0, -1.0, 0.0])
    return shoulder @ down, shoulder @ rot_x(-min(elbow, MAX_FLEX)) @ down
