"""Joint rotations solved from 22 joint positions, and positions from rotations.

The skeleton's rest pose is a T-pose whose bone lengths are the pose's own: each
offset is a template direction (``REST_TEMPLATE``) times the bone's length, except
the children of the pelvis and of spine3, which move rigidly together, so their
offsets are the pose's own vectors turned back into the rest frame; that is what
lets the rotations reproduce every joint exactly rather than approximately.

Rotations are solved per joint, parents first. A joint with several children
(pelvis, spine3) takes the rotation that best maps its children's rest directions
onto the posed ones (Kabsch). A joint with one child points that bone exactly at
the child; the twist about the bone comes from further down the limb: the bend
plane of the knee or elbow when it is bent (so hinges bend about their own axis),
the foot's direction for a straight leg, the shoulder line for the spine. Where
nothing defines the twist (a straight arm, the neck, the collars, the ankles) the
bone turns the shortest way from its parent's frame. Joints at the ends of the
chains keep their parent's rotation.
"""

from __future__ import annotations

import math
import warnings
from dataclasses import dataclass

import numpy as np
from scipy.spatial.transform import Rotation

from posegen.skeleton import JOINT, JOINT_NAMES, NUM_JOINTS, PARENTS

ROTATION_ORDER = "ZXY"  # Euler order of the angles; the local rotation is Rz @ Rx @ Ry


def _unit(v) -> np.ndarray:
    v = np.asarray(v, dtype=np.float64)
    return v / np.linalg.norm(v)


# Rest (T-pose) direction of each joint from its parent; left is +x, facing +z.
REST_TEMPLATE = np.array(
    [
        (0, 0, 0),  # pelvis (root)
        _unit((0.55, -0.83, 0)),  # left_hip
        _unit((-0.55, -0.83, 0)),  # right_hip
        (0, 1, 0),  # spine1
        (0, -1, 0),  # left_knee
        (0, -1, 0),  # right_knee
        (0, 1, 0),  # spine2
        (0, -1, 0),  # left_ankle
        (0, -1, 0),  # right_ankle
        (0, 1, 0),  # spine3
        _unit((0, -0.35, 0.94)),  # left_foot
        _unit((0, -0.35, 0.94)),  # right_foot
        (0, 1, 0),  # neck
        _unit((0.55, 0.83, 0)),  # left_collar
        _unit((-0.55, 0.83, 0)),  # right_collar
        (0, 1, 0),  # head
        (1, 0, 0),  # left_shoulder
        (-1, 0, 0),  # right_shoulder
        (1, 0, 0),  # left_elbow
        (-1, 0, 0),  # right_elbow
        (1, 0, 0),  # left_wrist
        (-1, 0, 0),  # right_wrist
    ],
    dtype=np.float64,
)

# Bone lengths (metres) of an adult about 1.75 m tall, for the T-pose of a pose that
# has no joints of its own (a failed generation's placeholder).
STANDARD_LENGTHS = np.array(
    [0, 0.114, 0.114, 0.11, 0.41, 0.41, 0.13, 0.41, 0.41, 0.06, 0.143, 0.143]
    + [0.2, 0.144, 0.144, 0.104, 0.112, 0.112, 0.28, 0.28, 0.25, 0.25]
)


def t_pose(lengths: np.ndarray = STANDARD_LENGTHS) -> np.ndarray:
    """Joint positions (22, 3) of the rest T-pose with these bone lengths, feet on the floor."""
    joints = np.zeros((NUM_JOINTS, 3))
    for joint in range(1, NUM_JOINTS):
        joints[joint] = joints[PARENTS[joint]] + REST_TEMPLATE[joint] * lengths[joint]
    joints[:, 1] -= joints[:, 1].min()
    return joints


CHILDREN = tuple(tuple(c for c, p in enumerate(PARENTS) if p == j) for j in range(NUM_JOINTS))

# Axis a hinge bends about in the rest pose, as cross(upper bone, lower bone) of a
# flexed limb: knees bend the shin backwards (-z), elbows of the T-pose bring the
# forearm forwards (+z).
_HINGE_AXIS = {"leg": np.array([1.0, 0, 0]), "left_arm": np.array([0, -1.0, 0]), "right_arm": np.array([0, 1.0, 0])}


def _twist_sources(joint: str) -> list[tuple]:
    """What sets the twist of a one-child joint, best first: ("hinge", upper, middle,
    lower, rest axis) for the bend plane of upper-middle-lower, or ("vector", a, b,
    rest direction) for the bone a->b."""
    sources = []
    for side in ("left", "right"):
        hip, knee, ankle, foot = (JOINT[f"{side}_{p}"] for p in ("hip", "knee", "ankle", "foot"))
        shoulder, elbow, wrist = (JOINT[f"{side}_{p}"] for p in ("shoulder", "elbow", "wrist"))
        foot_vector = ("vector", ankle, foot, REST_TEMPLATE[foot])
        if joint == f"{side}_hip":
            sources = [("hinge", hip, knee, ankle, _HINGE_AXIS["leg"]), foot_vector]
        elif joint == f"{side}_knee":
            sources = [("hinge", hip, knee, ankle, _HINGE_AXIS["leg"]), foot_vector]
        elif joint in (f"{side}_shoulder", f"{side}_elbow"):
            sources = [("hinge", shoulder, elbow, wrist, _HINGE_AXIS[f"{side}_arm"])]
    if joint in ("spine1", "spine2"):
        sources = [("vector", JOINT["right_collar"], JOINT["left_collar"], np.array([1.0, 0, 0]))]
    return sources


_TWIST = tuple(_twist_sources(name) for name in JOINT_NAMES)
_MIN_PERPENDICULAR = 0.25  # sine of the smallest angle that still defines a twist (about 15 degrees)


def _perpendicular(v: np.ndarray, axis: np.ndarray) -> np.ndarray:
    """Part of v (..., 3) perpendicular to the unit axis (..., 3)."""
    return v - np.sum(v * axis, axis=-1, keepdims=True) * axis


def _frames(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Orthonormal frames (..., 3, 3) whose columns are a, the unit part of b perpendicular to a, and their cross."""
    u = _perpendicular(b, a)
    u = u / np.linalg.norm(u, axis=-1, keepdims=True)
    return np.stack([a, u, np.cross(a, u)], axis=-1)


def _shortest_rotation(a: np.ndarray, b: np.ndarray, fallback_axis: np.ndarray) -> np.ndarray:
    """Rotations (..., 3, 3) taking unit vectors a to b the shortest way; opposite
    vectors turn half a turn about fallback_axis made perpendicular to a."""
    axis = np.cross(a, b)
    sin = np.linalg.norm(axis, axis=-1)
    cos = np.sum(a * b, axis=-1)
    opposite = (sin < 1e-8) & (cos < 0)
    if opposite.any():
        alt = _perpendicular(fallback_axis, a)
        bad = np.linalg.norm(alt, axis=-1) < 1e-6
        alt[bad] = _perpendicular(np.broadcast_to([0.0, 0, 1], a.shape)[bad], a[bad])
        axis[opposite] = alt[opposite]
        sin = np.where(opposite, 0.0, sin)
    norm = np.linalg.norm(axis, axis=-1, keepdims=True)
    k = np.divide(axis, norm, out=np.zeros_like(axis), where=norm > 1e-12)
    angle = np.arctan2(sin, cos)
    angle = np.where(opposite, math.pi, angle)
    return Rotation.from_rotvec(k * angle[..., None]).as_matrix()


def _kabsch(rest: np.ndarray, posed: np.ndarray) -> np.ndarray:
    """Rotations (T, 3, 3) that best map rest directions (k, 3) onto posed ones (T, k, 3)."""
    h = np.einsum("ki,tkj->tij", rest, posed)  # sum of rest ⊗ posed
    u, _, vt = np.linalg.svd(h)
    d = np.sign(np.linalg.det(np.swapaxes(vt, -1, -2) @ np.swapaxes(u, -1, -2)))
    fix = np.ones(u.shape[:-1])
    fix[:, -1] = d
    return np.swapaxes(vt, -1, -2) @ (fix[:, :, None] * np.swapaxes(u, -1, -2))


@dataclass(frozen=True)
class Motion:
    """Per frame, the rest offsets (T, 22, 3), the root position (T, 3) and each
    joint's local rotation matrix (T, 22, 3, 3). A clip's frames share one skeleton
    (equal offsets); a batch of separate poses has one skeleton each."""

    offsets: np.ndarray
    root_positions: np.ndarray
    local_rotations: np.ndarray


def solve(frames: np.ndarray, rest_frame: int | None = None) -> Motion:
    """Rest offsets and local rotations that reproduce joint positions (T, 22, 3).

    With ``rest_frame`` None every frame is a pose of its own, with its own skeleton,
    reproduced exactly (vectorised over many poses). With an index, the frames are a
    clip: the offsets take their lengths and the rigid groups their shape from that
    frame, which is reproduced exactly, the others as far as their bone lengths
    agree with it.
    """
    frames = np.asarray(frames, dtype=np.float64)
    if frames.ndim == 2:
        frames = frames[None]
    if frames.ndim != 3 or frames.shape[1:] != (NUM_JOINTS, 3) or not np.isfinite(frames).all():
        raise ValueError(f"joints must be finite and shaped (T, {NUM_JOINTS}, 3), got {frames.shape}")
    count = len(frames)
    vectors = frames - frames[:, [max(p, 0) for p in PARENTS]]  # joint minus parent; pelvis row 0
    # A bone of zero length (two joints on one point) has no direction: it points
    # along its template, a nanometre long, which changes no position measurably.
    collapsed = np.linalg.norm(vectors, axis=-1) < 1e-9
    collapsed[:, 0] = False
    vectors = np.where(collapsed[..., None], REST_TEMPLATE * 1e-9, vectors)
    rest = vectors if rest_frame is None else np.broadcast_to(vectors[rest_frame], vectors.shape)
    lengths = np.linalg.norm(rest, axis=-1)
    offsets = REST_TEMPLATE * lengths[..., None]
    glob = np.empty((count, NUM_JOINTS, 3, 3))
    glob[:, :] = np.eye(3)
    for joint in range(NUM_JOINTS):
        children = CHILDREN[joint]
        parent_rotation = glob[:, PARENTS[joint]] if PARENTS[joint] >= 0 else np.broadcast_to(np.eye(3), (count, 3, 3))
        if not children:
            glob[:, joint] = parent_rotation
            continue
        posed = vectors[:, children] / np.linalg.norm(vectors[:, children], axis=-1, keepdims=True)
        if len(children) > 1:
            rotation = _kabsch(REST_TEMPLATE[list(children)], posed)
            glob[:, joint] = rotation
            # The group is rigid: its rest offsets are the rest frame's own vectors.
            rest_rotation = rotation if rest_frame is None else np.broadcast_to(rotation[rest_frame], rotation.shape)
            for child in children:
                offsets[:, child] = np.einsum("tji,tj->ti", rest_rotation, rest[:, child])
            continue
        child = children[0]
        target = posed[:, 0]
        rest_dir = REST_TEMPLATE[child]
        # Shortest turn from the parent's frame, then the twist where the limb defines one.
        swung = parent_rotation @ rest_dir
        rotation = _shortest_rotation(swung, target, parent_rotation[..., 0]) @ parent_rotation
        done = np.zeros(count, dtype=bool)
        for source in _TWIST[joint]:
            if source[0] == "hinge":
                _, upper, middle, lower, rest_b = source
                b = np.cross(vectors[:, middle], vectors[:, lower])
                b_scale = np.linalg.norm(vectors[:, middle], axis=-1) * np.linalg.norm(vectors[:, lower], axis=-1)
            else:
                _, start, end, rest_b = source
                b = frames[:, end] - frames[:, start]
                b_scale = np.linalg.norm(b, axis=-1)
            perpendicular = np.linalg.norm(_perpendicular(b, target), axis=-1) / np.maximum(b_scale, 1e-12)
            rest_perpendicular = np.linalg.norm(_perpendicular(rest_b, rest_dir))
            use = ~done & (perpendicular > _MIN_PERPENDICULAR) & (rest_perpendicular > _MIN_PERPENDICULAR)
            if use.any():
                rest_frame_axes = _frames(rest_dir[None], rest_b[None])[0]
                rotation[use] = _frames(target[use], b[use]) @ rest_frame_axes.T
                done |= use
        glob[:, joint] = rotation
    local = np.empty_like(glob)
    local[:, 0] = glob[:, 0]
    for joint in range(1, NUM_JOINTS):
        local[:, joint] = np.swapaxes(glob[:, PARENTS[joint]], -1, -2) @ glob[:, joint]
    return Motion(offsets=offsets, root_positions=frames[:, 0].copy(), local_rotations=local)


def forward_kinematics(motion: Motion) -> np.ndarray:
    """Joint positions (T, 22, 3) of a Motion."""
    local = motion.local_rotations
    count = len(local)
    glob = np.empty_like(local)
    positions = np.empty((count, NUM_JOINTS, 3))
    glob[:, 0] = local[:, 0]
    positions[:, 0] = motion.root_positions
    for joint in range(1, NUM_JOINTS):
        parent = PARENTS[joint]
        glob[:, joint] = glob[:, parent] @ local[:, joint]
        positions[:, joint] = positions[:, parent] + np.einsum("tij,tj->ti", glob[:, parent], motion.offsets[:, joint])
    return positions


def _wrap(angles: np.ndarray) -> np.ndarray:
    return (angles + 180.0) % 360.0 - 180.0


def euler_angles(local_rotations: np.ndarray) -> np.ndarray:
    """Channel angles in degrees (T, 22, 3), in ROTATION_ORDER, of local rotation
    matrices (T, 22, 3, 3), readable and continuous.

    Every rotation has two Euler triples, (a, b, c) and (a + 180, 180 - b, c + 180).
    SciPy gives the one with the middle angle within ±90°, so a knee bent 120° would
    read (180, 60, 180). The first frame takes the triple with the smaller angles
    (the knee reads (0, 120, 0)); each later frame takes the triple nearest the frame
    before, unwrapped by whole turns, so curves in an animation editor do not jump.
    """
    count = local_rotations.shape[0]
    with warnings.catch_warnings():
        # At ±90° about X the Z and Y angles share one degree of freedom; SciPy then
        # sets the last to zero and warns. The angles still give the same rotation.
        warnings.simplefilter("ignore", UserWarning)
        first = Rotation.from_matrix(local_rotations.reshape(-1, 3, 3)).as_euler(ROTATION_ORDER, degrees=True)
    first = first.reshape(count, NUM_JOINTS, 3)
    second = _wrap(first + np.array([180.0, 0.0, 180.0]))
    second[..., 1] = _wrap(180.0 - first[..., 1])
    out = np.empty_like(first)
    smaller = np.abs(second[0]).sum(-1) < np.abs(first[0]).sum(-1)
    out[0] = np.where(smaller[:, None], second[0], first[0])
    for t in range(1, count):
        previous = out[t - 1]
        candidates = [previous + _wrap(option[t] - previous) for option in (first, second)]
        distance = [np.abs(c - previous).sum(-1) for c in candidates]
        out[t] = np.where((distance[1] < distance[0])[:, None], candidates[1], candidates[0])
    return out
