"""BVH files of 22-joint poses and clips, written from solved rotations and read back.

The hierarchy is the skeleton's own (joint names as in ``JOINT_NAMES``, y up,
metres), its rest pose and rotations those of ``posegen.joint_rotations``. The
root has position channels (absolute, ROOT OFFSET zero); every joint has
``Zrotation Xrotation Yrotation`` channels (local rotation Rz·Rx·Ry), as in the CMU
and SMPL BVH files most tools read. Joints at the ends of the chains carry an End
Site along their template direction.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy.spatial.transform import Rotation

from posegen.joint_rotations import CHILDREN, REST_TEMPLATE, ROTATION_ORDER, Motion, euler_angles, solve
from posegen.skeleton import JOINT_NAMES, NUM_JOINTS

FRAME_TIME = 0.05  # 20 frames per second, as HumanML3D's motions
END_SITE_LENGTH = 0.08  # metres beyond a chain's last joint (a hand, a toe, the top of the head)
POSITION_TOLERANCE = 0.01  # metres: verify's bound between a BVH's first frame and its NPY


def _number(value: float) -> str:
    text = f"{value:.6f}"
    return "0.000000" if text == "-0.000000" else text


def bvh_text(motion: Motion, frame_time: float = FRAME_TIME, frames: slice | None = None) -> str:
    """The BVH file of a Motion's frames (all, or a slice of frames that share one
    skeleton): hierarchy, then one line of channels per frame."""
    frames = frames or slice(None)
    local = motion.local_rotations[frames]
    roots = motion.root_positions[frames]
    skeleton = motion.offsets[frames][0]
    lines = ["HIERARCHY"]

    def write(joint: int, depth: int) -> None:
        pad = "  " * depth
        keyword = "ROOT" if joint == 0 else "JOINT"
        lines.append(f"{pad}{keyword} {JOINT_NAMES[joint]}")
        lines.append(f"{pad}{{")
        offset = (0.0, 0.0, 0.0) if joint == 0 else skeleton[joint]
        lines.append(f"{pad}  OFFSET {' '.join(_number(v) for v in offset)}")
        rotations = " ".join(f"{axis}rotation" for axis in ROTATION_ORDER)
        if joint == 0:
            lines.append(f"{pad}  CHANNELS 6 Xposition Yposition Zposition {rotations}")
        else:
            lines.append(f"{pad}  CHANNELS 3 {rotations}")
        if CHILDREN[joint]:
            for child in CHILDREN[joint]:
                write(child, depth + 1)
        else:
            tip = REST_TEMPLATE[joint] * END_SITE_LENGTH
            lines.append(f"{pad}  End Site")
            lines.append(f"{pad}  {{")
            lines.append(f"{pad}    OFFSET {' '.join(_number(v) for v in tip)}")
            lines.append(f"{pad}  }}")
        lines.append(f"{pad}}}")

    write(0, 0)
    count = len(local)
    euler = euler_angles(local)
    lines += ["MOTION", f"Frames: {count}", f"Frame Time: {frame_time:.6f}"]
    for t in range(count):
        values = list(roots[t]) + [v for joint in HIERARCHY_ORDER for v in euler[t, joint]]
        lines.append(" ".join(_number(v) for v in values))
    return "\n".join(lines) + "\n"


def _hierarchy_order() -> list[int]:
    """Joints in the order the hierarchy lists them (depth first): the order of the channels."""
    order = []

    def visit(joint: int) -> None:
        order.append(joint)
        for child in CHILDREN[joint]:
            visit(child)

    visit(0)
    return order


HIERARCHY_ORDER = tuple(_hierarchy_order())


def write_bvh(path: str | os.PathLike, frames: np.ndarray, rest_frame: int = 0, frame_time: float = FRAME_TIME) -> None:
    """Write a clip (T, 22, 3), its skeleton from ``rest_frame``, or one pose (22, 3)
    as a BVH file (atomically)."""
    from posegen.io import write_text

    write_text(path, bvh_text(solve(frames, rest_frame), frame_time))


class BvhError(ValueError):
    """A file that is not a BVH of this skeleton; the message says what is wrong."""


@dataclass(frozen=True)
class BvhFile:
    names: tuple[str, ...]  # in hierarchy order
    parents: tuple[int, ...]  # index into names; -1 for the root
    offsets: np.ndarray  # (J, 3)
    channels: tuple[tuple[str, ...], ...]
    frame_time: float
    motion: np.ndarray  # (T, total channels)

    def positions(self) -> np.ndarray:
        """Joint positions (T, J, 3) in hierarchy order, by the BVH convention: a joint's
        position is its parent's plus the parent's rotation applied to its offset; the
        rotation channels compose in the order listed (intrinsic)."""
        count = len(self.motion)
        positions = np.zeros((count, len(self.names), 3))
        rotations = np.empty((count, len(self.names), 3, 3))
        column = 0
        for joint, channels in enumerate(self.channels):
            values = self.motion[:, column : column + len(channels)]
            column += len(channels)
            location = np.zeros((count, 3))
            local = np.broadcast_to(np.eye(3), (count, 3, 3)).copy()
            axes = "".join(c[0].upper() for c in channels if c.endswith("rotation"))
            angles = [values[:, i] for i, c in enumerate(channels) if c.endswith("rotation")]
            for i, c in enumerate(channels):
                if c.endswith("position"):
                    location[:, "XYZ".index(c[0].upper())] = values[:, i]
            if axes:
                local = Rotation.from_euler(axes, np.stack(angles, axis=-1), degrees=True).as_matrix()
            parent = self.parents[joint]
            if parent < 0:
                positions[:, joint] = self.offsets[joint] + location
                rotations[:, joint] = local
            else:
                positions[:, joint] = positions[:, parent] + rotations[:, parent] @ self.offsets[joint] + location
                rotations[:, joint] = rotations[:, parent] @ local
        return positions


def read_bvh(path: str | os.PathLike) -> BvhFile:
    """Parse a BVH file; BvhError says what is wrong with one that cannot be read."""
    try:
        tokens = Path(path).read_text(encoding="utf-8").split()
    except (OSError, UnicodeDecodeError) as err:
        raise BvhError(f"cannot be read ({err})") from None
    names: list[str] = []
    parents: list[int] = []
    offsets: list[tuple[float, ...]] = []
    channels: list[tuple[str, ...]] = []
    stack: list[int] = []
    i = 0

    def take(n: int = 1) -> list[str]:
        nonlocal i
        if i + n > len(tokens):
            raise BvhError("ends early (truncated)")
        out = tokens[i : i + n]
        i += n
        return out

    try:
        if take()[0] != "HIERARCHY":
            raise BvhError("does not start with HIERARCHY")
        while True:
            word = take()[0]
            if word in ("ROOT", "JOINT"):
                if (word == "ROOT") != (not names):
                    raise BvhError("ROOT must come first and only once")
                names.append(take()[0])
                parents.append(stack[-1] if stack else -1)
                if take()[0] != "{":
                    raise BvhError(f"expected '{{' after {names[-1]}")
                stack.append(len(names) - 1)
                if take()[0] != "OFFSET":
                    raise BvhError(f"expected OFFSET in {names[-1]}")
                offsets.append(tuple(float(v) for v in take(3)))
                if take()[0] != "CHANNELS":
                    raise BvhError(f"expected CHANNELS in {names[-1]}")
                count = int(take()[0])
                channels.append(tuple(take(count)))
            elif word == "End":
                take()  # "Site"
                if take()[0] != "{" or take()[0] != "OFFSET":
                    raise BvhError("malformed End Site")
                take(3)
                if take()[0] != "}":
                    raise BvhError("malformed End Site")
            elif word == "}":
                if not stack:
                    raise BvhError("unbalanced braces")
                stack.pop()
            elif word == "MOTION":
                if stack:
                    raise BvhError("unbalanced braces before MOTION")
                break
            else:
                raise BvhError(f"unexpected {word!r} in the hierarchy")
        if take()[0] != "Frames:":
            raise BvhError("expected 'Frames:' after MOTION")
        count = int(take()[0])
        if take(2) != ["Frame", "Time:"]:
            raise BvhError("expected 'Frame Time:'")
        frame_time = float(take()[0])
        width = sum(len(c) for c in channels)
        values = tokens[i:]
        if len(values) != count * width:
            raise BvhError(f"MOTION holds {len(values)} values, expected {count} frames x {width} channels (truncated or altered)")
        motion = np.array(values, dtype=np.float64).reshape(count, width)
    except ValueError as err:
        if isinstance(err, BvhError):
            raise
        raise BvhError(f"malformed number ({err})") from None
    if not np.isfinite(motion).all():
        raise BvhError("MOTION holds non-finite values")
    return BvhFile(tuple(names), tuple(parents), np.array(offsets, dtype=np.float64), tuple(channels), frame_time, motion)


def pose_frames(bvh: BvhFile) -> np.ndarray:
    """Positions (T, 22, 3) in the skeleton's joint order, from a file of this skeleton."""
    if sorted(bvh.names) != sorted(JOINT_NAMES):
        raise BvhError(f"joints {list(bvh.names)[:4]}... are not the {NUM_JOINTS} joints of joint_names")
    positions = bvh.positions()
    return positions[:, [bvh.names.index(name) for name in JOINT_NAMES]]
