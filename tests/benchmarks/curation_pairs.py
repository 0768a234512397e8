"""A labelled benchmark of caption/pose pairs for a pose-curation checker.

``build_pairs(seed)`` returns a deterministic list of ``Pair`` records. Every base
pose below is defined by joint rotations (bone directions, hinge angles and a few
two-bone reaches for hands and feet that touch something), posed by a small
forward kinematics over the 22-joint skeleton with per-sample body proportions
(1.55-1.95 m tall, each limb bone +-8 %) and up to 4 degrees of noise per joint.
Each base pose carries hand-written captions in several styles; every caption
lists the geometric predicates it asserts, and the builder checks them on every
pose it pairs the caption with (true for matching pairs, clearly false for
mismatched ones).

Pair kinds:
  correct        the caption's own base pose (source "spec"), or the built-in
                 generator's pose for the caption when the predicates hold on it
                 (source "builtin")
  swapped        a caption that names a side, with its base pose mirrored
  other_posture  a caption that names a posture, with a pose of a clearly
                 different posture from the same split (the same half in dev)
  stretched      a matching pair with one limb bone 25-50 % too long
  knee_backward  a matching pair with one knee bent 30-60 degrees backwards
  elbow_backward a hanging arm with the forearm bent 40-80 degrees backwards
  through_body   a wrist placed inside the torso (elbow outside)
  duplicate      2-4 captions sharing byte-identical joints (dup_group)

Splits:
  dev      every caption of TABLE (its two halves, "dev-a" and "dev-b") and of DEV_C_TABLE
           ("dev-c": 14 base poses of its own, _dev_c_specs, and some TABLE poses described
           afresh), all used while tuning a checker. Other-posture partners and planted
           pairs are drawn within a part; the dev-c spec poses keep every arm bone at least
           0.06 m from both thigh axes (contact_problems).
           "dev-d" (DEV_D_TABLE, 12 base poses of its own, _dev_d_specs, and some earlier poses
           described afresh) was likewise held out until it was looked at while tuning.
           "dev-e" (DEV_E_TABLE, 8 base poses of its own, _dev_e_specs, and some earlier poses
           described afresh) likewise.
           "dev-f" (DEV_F_TABLE, 10 base poses of its own, _dev_f_specs, and some earlier poses
           described afresh) likewise.
           "dev-g" (DEV_G_TABLE, 7 base poses of its own, _dev_g_specs, and some earlier poses
           described afresh) likewise.
           "dev-h" (DEV_H_TABLE, 6 base poses of its own, _dev_h_specs: a three-legged downward
           dog, a high lunge with one arm up, a kneeling side stretch, a seated reach to one
           straight leg, a face-down lift of one arm and the other leg, a standing knee hug;
           and 7 earlier poses described afresh, 80 captions) likewise; it was the held-out part
           before the present one and keeps its random stream (6), so it makes the same pairs
           as when it was held out.
           "dev-i" (DEV_I_TABLE, 6 base poses of its own, _dev_i_specs: a chair pose with the knees
           bent and both arms overhead, a standing forward fold with the hands clasped behind the back
           and lifted, a horse-riding stance with the fists at the hips, a balance on both hands and
           the right knee with the straight left leg stretched back, sitting on the floor hugging both
           knees, lying face down with the forehead on the stacked hands; and 8 earlier poses described
           afresh, 90 captions), written apart from the checker to tune it on more wording; it has its
           random stream (8).
           "dev-j" (DEV_J_TABLE, 6 base poses of its own, _dev_j_specs: sitting on a chair twisted to
           the right with the left hand on the right knee, lying on the left side propped on the left
           elbow with the head on the left hand, a bridge with the hips lifted and the arms along the
           floor, a high plank on straight arms, a boat pose balanced on the seat with the straight legs
           raised and the arms reaching forward, a wide-legged standing fold with the palms on the
           floor; and 8 earlier poses described afresh, 90 captions), likewise written apart from the
           checker to tune it on more wording; it has its random stream (9).
           "dev-k" (DEV_K_TABLE, 6 base poses of its own, _dev_k_specs: a standing calf stretch as if
           against a wall with the left foot forward, the straight right leg back with the heel down
           and both arms reaching forward, a child's pose with the arms stretched forward on the floor,
           a camel pose kneeling with the back arched and the hands on the heels, a happy baby on the
           back holding both feet, a runner's lunge on the left foot with the hands on the floor, a
           wave with the bent right arm; and 8 earlier poses described afresh, 90 captions), likewise
           written apart from the checker to tune it on more wording; it has its random stream (10).
           "dev-l" (DEV_L_TABLE, 6 base poses of its own, _dev_l_specs: a standing thinker with the
           left forearm across the waist, the right elbow resting on the left hand and the right fist
           under the chin, a pigeon pose with the left shin across in front of the hips, the right leg
           stretched straight back along the floor and the hands on the floor beside the hips, sitting
           on a chair leaning forward with the forearms on the thighs and the hands clasped, lying on
           the right side with the straight left leg lifted high sideways and the head on the right
           arm stretched along the floor past it, a standing side bend to the left (deeper than
           side_bend_left) with the right arm arched over the head and the left hand on the hip, a
           sprinter's set position with the left foot forward and the hips a little above the
           shoulders; and 8 earlier poses described afresh, 93 captions), likewise written apart from
           the checker to tune it on more wording; it has its random stream (11).
           "dev-m" (DEV_M_TABLE, 6 base poses of its own, _dev_m_specs: a dancer's pose on the straight
           right leg with the left foot held up behind in the left hand, the trunk tipped forward and
           the right arm reaching forward and up, a low plank on the forearms, a seated twist to the
           left with the right leg straight, the left foot set outside the right knee, the right elbow
           against the outside of the left knee and the left hand on the floor behind, a seated
           butterfly with the soles together holding the feet, standing on the left leg with the
           straight right leg lifted out to the side and both arms out, a cobra with the chest lifted
           on straight arms and the hips on the floor; and 8 earlier poses described afresh, 92
           captions), likewise written apart from the checker to tune it on more wording; it has its
           random stream (12).
           "dev-n" (DEV_N_TABLE, 6 base poses of its own, _dev_n_specs: a standing crescent moon with the
           feet together, the hips pushed out to the left, the trunk arched over to the right and the
           palms pressed together overhead, a reclined bound angle on the back with the soles together,
           the knees dropped open and the arms out to the sides along the floor, a figure-four balance on
           the bent left leg with the right ankle across the left thigh, the hips sunk back and the palms
           together at the chest, a warrior two with the right knee bent over the right ankle, the left
           leg straight, the trunk upright, the arms out level and the head turned to the right, a supine
           twist with the bent knees dropped together to the right, the arms out in a T and the head
           turned to the left, a crouch on the balls of the feet with the heels raised, the knees wide and
           the fingertips on the floor between the feet; and 8 earlier poses described afresh, 90
           captions), likewise written apart from the checker to tune it on more wording; it has its
           random stream (13).
           "dev-o" (DEV_O_TABLE, 6 base poses of its own, _dev_o_specs: a contrapposto with the weight
           on the straight right leg, the left knee eased, the right hand on the hip and the left arm
           hanging, sitting on the floor in a wide straddle with the trunk upright and both arms out
           at shoulder height, a low squat with the right hand on the floor and the left arm straight
           up, a superman lying face down with both arms and both legs lifted off the floor, standing
           on tiptoe with both arms straight forward at shoulder height, a standing hamstring stretch
           with the right heel a step ahead (the toes up, the leg straight), the left knee bent, the
           trunk tipped forward and both hands on the right thigh; and 8 earlier poses described
           afresh, 90 captions), likewise written apart from the checker to tune it on more wording;
           it has its random stream (14).
           "dev-p" (DEV_P_TABLE, 6 base poses of its own, _dev_p_specs: a bird-dog on the left hand and
           the right knee with the right arm reaching forward and the left leg stretched back, both
           level, lying on the back with both knees bent, the feet flat and both hands on the belly,
           sitting on a chair with the right ankle across the left knee and both hands on the raised
           right shin, a triangle pose over the straight right leg with the right hand on the shin and
           the left arm straight up, standing with goal-post arms (the upper arms out level, the
           forearms straight up), a reverse table top face up on the straight arms and the flat feet
           with the hips lifted; and 8 earlier poses described afresh, 90 captions), likewise written
           apart from the checker to tune it on more wording; it has its random stream (15).
           "dev-q" (DEV_Q_TABLE, 6 base poses of its own, _dev_q_specs: a reverse tabletop with the hands
           and the flat feet on the floor, the belly up, the knees bent square and the trunk level, a
           skater's squat on the bent left leg with the right leg crossed behind it off the floor, the
           right arm swung forward and the left arm back, lying on the back with both straight legs
           raised vertical and the arms out to the sides on the floor, a bow lying on the belly with
           each hand holding its own ankle and the chest and the knees lifted, standing in an overhead
           triceps stretch with the right elbow raised above the head, the right hand down behind the
           neck and the left hand holding the right elbow, sitting on a chair with the right ankle
           across the left knee and the hands clasped behind the head; and 8 earlier poses described
           afresh, 93 captions), likewise written apart from the checker to tune it on more wording;
           it has its random stream (16).
  heldout  the captions of HELDOUT_TABLE, written separately from all of them: 6 base poses of
           their own (_heldout_specs: a warrior-three balance on the right leg with the arms reaching
           forward, a seated forward fold holding both ankles, kneeling back on the heels with the
           left arm raised, a side lunge to the right with both hands on the bent knee, lying on the
           back with the straight right leg raised, a side plank on the right hand with the left arm
           up; and 7 development poses described afresh, 80 captions in all), drawn from a random
           stream of its own (7). The spec poses of dev-d to dev-q and heldout
           keep the arms clear of the thighs too, and a pose that is not seated or lying keeps
           its centre of mass over its support (balance_problems).
Each part (TABLE, DEV_C_TABLE to DEV_Q_TABLE, HELDOUT_TABLE) draws from a random
stream of its own, so the pairs of one part are the same whether or not the others are built.
No caption text is in both splits.

Usage: python tests/benchmarks/curation_pairs.py [--seed N] [--dropped]
"""

from __future__ import annotations

import argparse
import math
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "workflow" / "scripts"))

from posegen.builtin.body import OFFSETS  # noqa: E402
from posegen.skeleton import JOINT, JOINT_NAMES, NUM_JOINTS, PARENTS, to_conventions  # noqa: E402

KINDS = (
    "correct",
    "swapped",
    "other_posture",
    "stretched",
    "knee_backward",
    "elbow_backward",
    "through_body",
    "duplicate",
)
STYLES = (
    "third_person",
    "imperative",
    "body_part_first",
    "progressive",
    "passive",
    "multi_clause",
    "numeric",
    "negation",
)
POSTURES = ("standing", "sitting", "kneeling", "squatting", "lying", "lunging", "bending", "other")


@dataclass(frozen=True)
class Pair:
    caption: str
    joints: np.ndarray  # (22, 3) float32, project conventions
    kind: str
    split: str  # "dev" | "heldout"
    style: str
    source: str  # "spec" | "builtin"
    mismatched: bool
    planted: str | None
    dup_group: int | None
    base: str


# ---------------------------------------------------------------------------------------------
# Rotations and the skeleton

J = JOINT
SIDES = {"l": "left", "r": "right"}
SIGN = {"l": 1.0, "r": -1.0}
OTHER = {"l": "r", "r": "l"}
MIRROR = np.array(
    [JOINT[n.replace("left_", "@").replace("right_", "left_").replace("@", "right_")] for n in JOINT_NAMES]
)
CHILDREN = {p for p in PARENTS if p >= 0}


def rot(axis: str, deg: float) -> np.ndarray:
    """Right-handed rotation about x, y or z. rot("x", +a) turns +y towards +z (bends the trunk
    forward), rot("z", +a) turns +x towards +y (tilts the trunk to the person's right)."""
    c, s = math.cos(math.radians(deg)), math.sin(math.radians(deg))
    if axis == "x":
        return np.array([[1, 0, 0], [0, c, -s], [0, s, c]])
    if axis == "y":
        return np.array([[c, 0, s], [0, 1, 0], [-s, 0, c]])
    return np.array([[c, -s, 0], [s, c, 0], [0, 0, 1]])


def rots(seq) -> np.ndarray:
    m = np.eye(3)
    for axis, deg in seq:
        m = m @ rot(axis, deg)
    return m


def rotvec(v: np.ndarray) -> np.ndarray:
    angle = float(np.linalg.norm(v))
    if angle < 1e-12:
        return np.eye(3)
    x, y, z = v / angle
    c, s, t = math.cos(angle), math.sin(angle), 1 - math.cos(angle)
    return np.array(
        [
            [t * x * x + c, t * x * y - s * z, t * x * z + s * y],
            [t * x * y + s * z, t * y * y + c, t * y * z - s * x],
            [t * x * z - s * y, t * y * z + s * x, t * z * z + c],
        ]
    )


def unit(v) -> np.ndarray:
    v = np.asarray(v, dtype=np.float64)
    return v / np.linalg.norm(v)


def perp(v: np.ndarray, axis: np.ndarray) -> np.ndarray | None:
    w = v - np.dot(v, axis) * axis
    n = np.linalg.norm(w)
    return None if n < 0.3 else w / n  # nearly parallel: let the caller pick another reference


def mirror(joints: np.ndarray) -> np.ndarray:
    """x -> -x with left and right joints swapped (a valid pose facing +z stays one)."""
    out = joints[MIRROR].copy()
    out[:, 0] *= -1
    return out


# ---------------------------------------------------------------------------------------------
# Pose specification


@dataclass(frozen=True)
class Limb:
    """One arm or leg. Directions are (outward, up, forward) in the limb's frame: x is
    mirrored for the right side, so (1, 0, 0) is "out to the side" for both.

    dir   direction of the upper bone (upper arm / thigh)
    flex  hinge flexion at the elbow / knee in degrees (negative = bent backwards)
    pole  direction the elbow / knee points (the forearm / shin bends away from it)
    frame "b" the pose's base frame, "c" the chest, "p" the pelvis, "w" the world
    ik    reach instead of dir/flex: (joint, offset, frame[, y_of, dy]); joint names
          without side ("hip", "knee", "shoulder", "ankle") are the limb's own side,
          with a leading "o" the other side; offset is (outward, up, forward) scaled
          with the body; y_of puts the target at that joint's height plus dy (scaled);
          a sixth entry "reach" slides the target horizontally until the limb is straight
    foot  legs: ("flat", pitch) keeps the foot level in the world (pitch > 0 lifts the
          heel), ("rel", deg) bends the ankle relative to the shin (deg > 0 points the toes)
    """

    dir: tuple | None = None
    flex: float = 6.0
    pole: tuple | None = None
    frame: str = ""
    ik: tuple | None = None
    foot: tuple = ("flat", 0.0)


@dataclass(frozen=True)
class Spec:
    frame: tuple = ()  # base frame (e.g. lying), a rotation sequence
    root: tuple | Callable = ()  # pelvis rotation within the base frame (e.g. bend forward), or body -> rotations
    spine: tuple = ((), (), ())  # local rotations of spine1, spine2, spine3
    neck: tuple = ()
    la: Limb = field(default_factory=lambda: ARM_DOWN)
    ra: Limb = field(default_factory=lambda: ARM_DOWN)
    ll: Limb = field(default_factory=lambda: LEG_STAND)
    rl: Limb = field(default_factory=lambda: LEG_STAND)

    def limb(self, key: str) -> Limb:
        return getattr(self, key)

    def with_limb(self, key: str, limb: Limb) -> "Spec":
        kwargs = {k: getattr(self, k) for k in ("frame", "root", "spine", "neck", "la", "ra", "ll", "rl")}
        kwargs[key] = limb
        return Spec(**kwargs)


ARM_DOWN = Limb(dir=(0.1, -1, 0), flex=8)
LEG_STAND = Limb(dir=(0.02, -1, 0), flex=4)

UPPER = {"la": 16, "ra": 17, "ll": 1, "rl": 2}  # joint whose rotation places the upper bone
HINGE = {"la": 18, "ra": 19, "ll": 4, "rl": 5}
END = {"la": 20, "ra": 21, "ll": 7, "rl": 8}
LIMB_OF = {16: "la", 17: "ra", 1: "ll", 2: "rl"}
HINGE_OF = {18: "la", 19: "ra", 4: "ll", 5: "rl"}
NOISE_DEG = 4.0


@dataclass(frozen=True)
class Body:
    """A sampled person: bone offsets and per-joint noise (drawn once, reused by variants)."""

    offsets: np.ndarray
    scale: float
    noise: np.ndarray  # (22, 3) rotation vectors, radians
    hinge_noise: dict


def sample_body(rng: np.random.Generator) -> Body:
    height = rng.uniform(1.55, 1.95)
    scale = height / 1.70  # the rest skeleton is about 1.70 m with the top of the head
    offsets = OFFSETS * scale
    for joints in ((4, 5), (7, 8), (18, 19), (20, 21)):  # thigh, shin, upper arm, forearm
        factor = rng.uniform(0.92, 1.08)
        for j in joints:
            offsets[j] = offsets[j] * factor
    axes = rng.standard_normal((NUM_JOINTS, 3))
    axes /= np.linalg.norm(axes, axis=1, keepdims=True)
    angles = rng.uniform(-NOISE_DEG, NOISE_DEG, NUM_JOINTS)
    hinge = {k: float(rng.uniform(-NOISE_DEG, NOISE_DEG)) for k in HINGE}  # about the hinge axis only
    return Body(offsets, scale, axes * np.radians(angles)[:, None], hinge)


def _joint_ref(name: str, key: str) -> int:
    side = key[0]
    if name.startswith("o") and name[1:] in ("hip", "knee", "ankle", "foot", "shoulder", "elbow", "wrist", "collar"):
        return J[f"{SIDES[OTHER[side]]}_{name[1:]}"]
    if name in ("hip", "knee", "ankle", "foot", "shoulder", "elbow", "wrist", "collar"):
        return J[f"{SIDES[side]}_{name}"]
    return J[name]


def _side_vec(v, key: str) -> np.ndarray:
    v = np.asarray(v, dtype=np.float64).copy()
    v[0] *= SIGN[key[0]]
    return v


def pose_joints(spec: Spec, body: Body) -> tuple[np.ndarray, dict]:
    """Forward kinematics: (22, 3) joints in project conventions and the hinge flexions used."""
    off = body.offsets
    base = rots(spec.frame)
    glob = [None] * NUM_JOINTS
    pos = np.zeros((NUM_JOINTS, 3))
    flexes: dict[str, float] = {}
    root = spec.root(body) if callable(spec.root) else spec.root
    glob[0] = base @ rots(root) @ rotvec(body.noise[0])
    frames = {"b": base, "w": np.eye(3)}
    local_spec = {3: spec.spine[0], 6: spec.spine[1], 9: spec.spine[2], 12: spec.neck}
    for j in _order(spec):
        p = PARENTS[j]
        pos[j] = pos[p] + glob[p] @ off[j]
        if j not in CHILDREN:
            continue
        frames["p"] = glob[0]
        if j in LIMB_OF:
            key = LIMB_OF[j]
            desired, flexes[key] = _limb_frame(spec.limb(key), key, pos, frames, body)
            local = glob[p].T @ desired
        elif j in HINGE_OF:
            key = HINGE_OF[j]
            flex = flexes[key] + body.hinge_noise[key]
            if flexes[key] >= 0:  # a planted backwards bend keeps its sign; others never go past straight
                flex = max(flex, 0.0)
            flexes[key] = flex
            glob[j] = glob[p] @ rot("x", -flex if key[1] == "a" else flex)
            continue
        elif j in (7, 8):
            limb = spec.limb("ll" if j == 7 else "rl")
            mode, deg = limb.foot
            local = glob[p].T @ rot("x", deg) if mode == "flat" else rot("x", deg)
        else:
            local = rots(local_spec.get(j, ()))
        glob[j] = glob[p] @ local @ rotvec(body.noise[j])
        if j == 9:
            frames["c"] = glob[9]
    return to_conventions(pos), flexes


CHAIN = {"ll": (1, 4, 7, 10), "rl": (2, 5, 8, 11), "la": (16, 18, 20), "ra": (17, 19, 21)}


def _order(spec: Spec) -> list[int]:
    """Joints in an order where parents come first and a limb that reaches for a joint of
    the other limb of its pair comes after that limb."""

    def pair(keys):
        first, second = keys
        ik = spec.limb(first).ik
        if ik is not None and any(str(ref).startswith("o") for ref in ik[:1] + ik[3:4]):
            first, second = second, first
        return list(CHAIN[first]) + list(CHAIN[second])

    return pair(("ll", "rl")) + [3, 6, 9, 12, 13, 14, 15] + pair(("la", "ra"))


def _limb_frame(limb: Limb, key: str, pos, frames, body: Body) -> tuple[np.ndarray, float]:
    """Global rotation of the upper bone's joint and the hinge flexion for a limb spec."""
    arm = key[1] == "a"
    frame = frames[limb.frame or ("c" if arm else "b")]
    root = pos[UPPER[key]]
    a = np.linalg.norm(body.offsets[HINGE[key]])
    b = np.linalg.norm(body.offsets[END[key]])
    default_pole = np.array([0.0, 0.0, -1.0 if arm else 1.0])
    pole = frame @ _side_vec(limb.pole, key) if limb.pole is not None else frame @ default_pole
    if limb.ik is not None:
        at, offset, fr = limb.ik[:3]
        target = pos[_joint_ref(at, key)] + frames[fr] @ _side_vec(offset, key) * body.scale
        if len(limb.ik) > 3:
            target[1] = pos[_joint_ref(limb.ik[3], key)][1] + limb.ik[4] * body.scale
        if len(limb.ik) > 5 and limb.ik[5] == "reach":
            # keep the height, slide the target along its horizontal direction until the
            # limb is nearly straight (palms on the floor with the arms straight)
            drop = target[1] - root[1]
            horizontal = np.array([target[0] - root[0], 0.0, target[2] - root[2]])
            h = math.sqrt(max((0.99 * (a + b)) ** 2 - drop * drop, 0.0))
            target = root + unit(horizontal) * h + np.array([0.0, drop, 0.0])
        d_vec = target - root
        d = float(np.clip(np.linalg.norm(d_vec), abs(a - b) + 1e-3, a + b - 1e-3))
        t = unit(d_vec)
        side = perp(pole, t)
        if side is None:
            side = perp(np.array([0.0, 1.0, 0.0]), t)
        cos_a = (a * a + d * d - b * b) / (2 * a * d)
        u = cos_a * t + math.sqrt(max(1 - cos_a * cos_a, 0.0)) * side
        elbow = root + a * u
        lower = unit(root + d * t - elbow)
        flex = math.degrees(math.acos(float(np.clip(np.dot(u, lower), -1, 1))))
        bend = perp(lower, u)
        if bend is None:
            bend = -perp(pole, u)
    else:
        u = unit(frame @ _side_vec(limb.dir, key))
        flex = limb.flex
        p = perp(pole, u)
        if p is None:
            p = perp(frame @ np.array([0.0, -1.0 if arm else 1.0, 0.0]), u)
        bend = -p  # the lower bone bends away from the pole (a negative flex bends it towards it)
    # local frame of the upper joint: -y along the bone; for arms +z is where the forearm
    # bends to, for legs +z is the knee's front (the shin bends to -z)
    ey = -u
    ez = bend if arm else -bend
    ex = np.cross(ey, ez)
    return np.column_stack([ex, ey, ez]), flex


# ---------------------------------------------------------------------------------------------
# Geometric predicates. A caption lists the predicates it asserts ("name:arg:arg", "!name" for
# "not"). Comparisons go through gt/lt so that a mismatch can be required to hold by a margin:
# with _SLACK[0] = 1 every threshold gives way by 0.05 m or 10 degrees.

_SLACK = [0.0]
TOL = {"m": 0.05, "d": 10.0}


def gt(x: float, thr: float, unit: str = "m") -> bool:
    return x > thr - _SLACK[0] * TOL[unit]


def lt(x: float, thr: float, unit: str = "m") -> bool:
    return x < thr + _SLACK[0] * TOL[unit]


def within(x: float, lo: float, hi: float, unit: str = "m") -> bool:
    """lo <= x <= hi (inclusive: "180 degrees" admits a straight joint, "0 m" a joint on the floor)."""
    slack = _SLACK[0] * TOL[unit]
    return lo - slack <= x <= hi + slack


def jn(side: str, part: str) -> int:
    return J[f"{SIDES[side]}_{part}"]


def angle_at(p, a: int, b: int, c: int) -> float:
    u, v = p[a] - p[b], p[c] - p[b]
    cos = np.dot(u, v) / (np.linalg.norm(u) * np.linalg.norm(v))
    return math.degrees(math.acos(float(np.clip(cos, -1.0, 1.0))))


def knee_angle(p, s):
    return angle_at(p, jn(s, "hip"), jn(s, "knee"), jn(s, "ankle"))


def elbow_angle(p, s):
    return angle_at(p, jn(s, "shoulder"), jn(s, "elbow"), jn(s, "wrist"))


def leg_length(p) -> float:
    return float(
        np.mean([np.linalg.norm(p[jn(s, "hip")] - p[jn(s, "knee")]) + np.linalg.norm(p[jn(s, "knee")] - p[jn(s, "ankle")]) for s in "lr"])
    )


def trunk(p) -> np.ndarray:
    return p[J["neck"]] - p[J["pelvis"]]


def incline(p) -> float:
    """Angle of the trunk (pelvis -> neck) from the vertical, degrees."""
    t = trunk(p)
    return math.degrees(math.acos(float(np.clip(t[1] / np.linalg.norm(t), -1, 1))))


def incline_fwd(p) -> float:
    """Forward (+) / backward (-) lean of the trunk in the person's sagittal plane, degrees."""
    t = trunk(p)
    return math.degrees(math.atan2(t[2], t[1]))


def incline_side(p) -> float:
    """Lean of the trunk towards the person's left (+) or right (-), degrees."""
    t = trunk(p)
    return math.degrees(math.atan2(t[0], t[1]))


def front(p) -> np.ndarray:
    """Unit normal of the front of the body (left x up = forward)."""
    return unit(np.cross(p[J["left_hip"]] - p[J["right_hip"]], trunk(p)))


def dist(p, a: int, b: int) -> float:
    return float(np.linalg.norm(p[a] - p[b]))


def seg_dist(x: np.ndarray, a: np.ndarray, b: np.ndarray) -> float:
    ab = b - a
    t = float(np.clip(np.dot(x - a, ab) / max(np.dot(ab, ab), 1e-12), 0, 1))
    return float(np.linalg.norm(x - (a + t * ab)))


SPINE_AXIS = (J["pelvis"], J["spine1"], J["spine2"], J["spine3"], J["neck"])


def points_to_polyline(points: np.ndarray, line: np.ndarray) -> np.ndarray:
    """Distance of each point (n, 3) to the polyline through line (m, 3)."""
    a, b = line[:-1][None], line[1:][None]  # (1, m-1, 3)
    x = np.asarray(points, dtype=np.float64).reshape(-1, 1, 3)
    ab = b - a
    t = np.clip(((x - a) * ab).sum(-1) / np.maximum((ab * ab).sum(-1), 1e-12), 0, 1)
    return np.linalg.norm(x - (a + t[..., None] * ab), axis=-1).min(-1)


def spine_distance(p, x: np.ndarray) -> float:
    """Distance of a point from the spine axis (pelvis - spine1 - spine2 - spine3 - neck)."""
    return float(points_to_polyline(x, np.asarray(p, dtype=np.float64)[list(SPINE_AXIS)])[0])


def foot_down(p, s) -> bool:
    return lt(min(p[jn(s, "ankle")][1], p[jn(s, "foot")][1]), 0.06)


def hand_on_thigh(p, s) -> bool:
    return lt(seg_dist(p[jn(s, "wrist")], p[jn(s, "hip")], p[jn(s, "knee")]), 0.16)


def y(p, name):
    return p[J[name]][1]


PRED: dict[str, Callable] = {}


def pred(fn):
    PRED[fn.__name__.rstrip("_")] = fn
    return fn


# postures ------------------------------------------------------------------------------------


@pred
def stand(p):
    return (
        lt(incline(p), 40, "d")
        and gt(y(p, "pelvis"), 0.95 * leg_length(p))
        and gt(y(p, "head") - y(p, "pelvis"), 0.45)
        and (foot_down(p, "l") or foot_down(p, "r"))
        and gt(min(y(p, "left_knee"), y(p, "right_knee")), 0.25)
    )


@pred
def upright(p):
    return lt(incline(p), 25, "d")


@pred
def feet_down(p):
    return foot_down(p, "l") and foot_down(p, "r")


@pred
def foot_on_floor(p, s):
    return foot_down(p, s)


@pred
def legs_straight(p):
    return gt(knee_angle(p, "l"), 155, "d") and gt(knee_angle(p, "r"), 155, "d")


@pred
def knee_straight(p, s):
    return gt(knee_angle(p, s), 155, "d")


@pred
def knee_bent(p, s):
    return lt(knee_angle(p, s), 135, "d")


def _on_a_seat(p) -> bool:
    """Hips at seat height, feet on the floor, thighs level and pointing forward, knees near 90 degrees."""
    ok = within(y(p, "pelvis"), 0.35, 0.75) and feet_down(p)
    for s in "lr":
        hip, knee = p[jn(s, "hip")], p[jn(s, "knee")]
        ok = ok and lt(abs(knee[1] - hip[1]), 0.12) and gt(knee[2] - hip[2], 0.25) and within(knee_angle(p, s), 60, 120, "d")
    return ok


@pred
def sit_chair(p):
    return _on_a_seat(p) and lt(incline(p), 30, "d")


@pred
def sit_floor(p):
    return lt(y(p, "pelvis"), 0.25) and gt(y(p, "neck") - y(p, "pelvis"), 0.3) and gt(y(p, "head"), 0.5)


@pred
def legs_forward(p):
    return all(
        gt(p[jn(s, "ankle")][2] - p[J["pelvis"]][2], 0.55) and gt(knee_angle(p, s), 150, "d") and lt(p[jn(s, "ankle")][1], 0.25)
        for s in "lr"
    )


@pred
def knees_up(p):
    return feet_down(p) and all(
        gt(p[jn(s, "knee")][1] - y(p, "pelvis"), 0.1) and lt(knee_angle(p, s), 110, "d") for s in "lr"
    )


@pred
def kneel2(p):
    return lt(y(p, "left_knee"), 0.1) and lt(y(p, "right_knee"), 0.1) and gt(y(p, "pelvis"), 0.35) and lt(incline(p), 30, "d")


@pred
def kneel(p, s):
    o = OTHER[s]
    return (
        lt(p[jn(s, "knee")][1], 0.1)
        and gt(p[jn(o, "knee")][1], 0.25)
        and foot_down(p, o)
        and within(knee_angle(p, o), 60, 125, "d")
        and gt(y(p, "pelvis"), 0.35)
    )


@pred
def squat(p):
    ankles_z = (p[J["left_ankle"]][2] + p[J["right_ankle"]][2]) / 2
    return (
        gt(y(p, "pelvis"), 0.15)
        and lt(y(p, "pelvis"), 0.55 * leg_length(p))
        and lt(knee_angle(p, "l"), 75, "d")
        and lt(knee_angle(p, "r"), 75, "d")
        and feet_down(p)
        and gt(min(y(p, "left_knee"), y(p, "right_knee")), 0.18)
        and gt(y(p, "head"), 0.65)
        and lt(abs(p[J["pelvis"]][2] - ankles_z), 0.22)
    )


@pred
def heels_down(p):
    return lt(y(p, "left_ankle"), 0.14) and lt(y(p, "right_ankle"), 0.14)


@pred
def lunge(p, s):
    o = OTHER[s]
    return (
        gt(p[jn(s, "ankle")][2] - p[jn(o, "ankle")][2], 0.55)
        and within(knee_angle(p, s), 60, 125, "d")
        and foot_down(p, s)
        and gt(p[jn(o, "knee")][1], 0.12)
        and gt(knee_angle(p, o), 120, "d")
        and lt(y(p, "pelvis"), 0.88 * leg_length(p))
        and lt(incline(p), 30, "d")
    )


@pred
def side_lunge(p, s):
    o = OTHER[s]
    shift = SIGN[s] * (p[J["pelvis"]][0] - (p[J["left_ankle"]][0] + p[J["right_ankle"]][0]) / 2)
    return (
        gt(abs(p[J["left_ankle"]][0] - p[J["right_ankle"]][0]), 0.75)
        and lt(knee_angle(p, s), 130, "d")
        and gt(knee_angle(p, o), 150, "d")
        and feet_down(p)
        and gt(shift, 0.1)
    )


@pred
def lie_back(p):
    return lt(y(p, "head"), 0.3) and lt(y(p, "pelvis"), 0.3) and lt(y(p, "neck"), 0.3) and gt(front(p)[1], 0.75)


@pred
def lie_front(p):
    return lt(y(p, "head"), 0.35) and lt(y(p, "pelvis"), 0.3) and lt(y(p, "neck"), 0.3) and lt(front(p)[1], -0.75)


@pred
def lie_side(p, s):
    o = OTHER[s]
    return (
        lt(y(p, "pelvis"), 0.4)
        and lt(y(p, "head"), 0.45)
        and lt(p[jn(s, "shoulder")][1], p[jn(o, "shoulder")][1] - 0.2)
        and lt(p[jn(s, "hip")][1], p[jn(o, "hip")][1] - 0.1)
    )


@pred
def lying(p):
    return lt(y(p, "head"), 0.45) and lt(y(p, "pelvis"), 0.4) and lt(y(p, "neck"), 0.45)


@pred
def all_fours(p):
    return (
        all(lt(p[jn(s, "wrist")][1], 0.1) and lt(p[jn(s, "knee")][1], 0.1) for s in "lr")
        and within(y(p, "pelvis"), 0.3, 0.8)
        and gt(incline(p), 60, "d")
        and gt(y(p, "head"), 0.35)
    )


@pred
def bend(p, lo, hi):
    return within(incline_fwd(p), float(lo), float(hi), "d")


@pred
def toes(p):
    return gt(incline_fwd(p), 70, "d") and all(
        lt(min(dist(p, jn(s, "wrist"), jn(s, "ankle")), dist(p, jn(s, "wrist"), jn(s, "foot"))), 0.3)
        and lt(p[jn(s, "wrist")][1], 0.3)
        for s in "lr"
    )


@pred
def side_bend(p, s, lo=15, hi=50):
    return within(SIGN[s] * incline_side(p), float(lo), float(hi), "d")


@pred
def head_low(p):
    return lt(y(p, "head"), y(p, "pelvis") + 0.2)


# arms -----------------------------------------------------------------------------------------


@pred
def over(p, s):
    return gt(p[jn(s, "wrist")][1], y(p, "head") + 0.05)


@pred
def down(p, s):
    return lt(p[jn(s, "wrist")][1], p[jn(s, "shoulder")][1] - 0.38) and gt(elbow_angle(p, s), 145, "d")


@pred
def below_shoulder(p, s):
    return lt(p[jn(s, "wrist")][1], p[jn(s, "shoulder")][1] - 0.1)


@pred
def below_head(p, s):
    return lt(p[jn(s, "wrist")][1], y(p, "head"))


@pred
def out(p, s):
    w, sh = p[jn(s, "wrist")], p[jn(s, "shoulder")]
    return gt(SIGN[s] * (w[0] - sh[0]), 0.35) and lt(abs(w[1] - sh[1]), 0.15) and gt(elbow_angle(p, s), 150, "d")


@pred
def fwd(p, s):
    w, sh = p[jn(s, "wrist")], p[jn(s, "shoulder")]
    return gt(w[2] - sh[2], 0.35) and lt(abs(w[1] - sh[1]), 0.15) and gt(elbow_angle(p, s), 140, "d")


@pred
def arm_straight(p, s):
    return gt(elbow_angle(p, s), 150, "d")


@pred
def on_hip(p, s):
    return (
        lt(dist(p, jn(s, "wrist"), jn(s, "hip")), 0.2)
        and lt(elbow_angle(p, s), 145, "d")
        and gt(SIGN[s] * (p[jn(s, "elbow")][0] - p[jn(s, "shoulder")][0]), 0.04)
    )


@pred
def behind_head(p, s):
    return lt(dist(p, jn(s, "wrist"), J["head"]), 0.22) and lt(p[jn(s, "wrist")][2], p[J["head"]][2] - 0.03)


@pred
def on_head(p, s):
    return lt(dist(p, jn(s, "wrist"), J["head"]), 0.22) and gt(p[jn(s, "wrist")][1], y(p, "head"))


@pred
def crossed(p):
    lw, rw = p[J["left_wrist"]], p[J["right_wrist"]]
    chest = p[J["spine3"]]
    return (
        lt(lw[0], -0.02)
        and gt(rw[0], 0.02)
        and gt(lw[2] - chest[2], 0.1)
        and gt(rw[2] - chest[2], 0.1)
        and within(lw[1], y(p, "pelvis") + 0.1, y(p, "neck") + 0.05)
        and within(rw[1], y(p, "pelvis") + 0.1, y(p, "neck") + 0.05)
    )


@pred
def elbow90(p, s):
    e, w, sh = p[jn(s, "elbow")], p[jn(s, "wrist")], p[jn(s, "shoulder")]
    return (
        within(elbow_angle(p, s), 65, 115, "d")
        and lt(e[1], sh[1] - 0.18)
        and gt(w[2] - e[2], 0.15)
        and lt(abs(w[1] - e[1]), 0.12)
    )


@pred
def elbow_bent(p, s):
    return lt(elbow_angle(p, s), 135, "d")


@pred
def on_knee(p, s):
    return lt(dist(p, jn(s, "wrist"), jn(s, "knee")), 0.18)


@pred
def on_thigh(p, s):
    return hand_on_thigh(p, s)


@pred
def hands_together(p):
    return lt(dist(p, J["left_wrist"], J["right_wrist"]), 0.12)


@pred
def hand_floor(p, s):
    return lt(p[jn(s, "wrist")][1], 0.1)


@pred
def by_hip(p, s):
    return lt(dist(p, jn(s, "wrist"), jn(s, "hip")), 0.28)


@pred
def arm_front(p, s):
    """The arm reaches out in front of the body (whatever the body's orientation)."""
    return gt(float(np.dot(p[jn(s, "wrist")] - p[jn(s, "shoulder")], front(p))), 0.35)


# legs -----------------------------------------------------------------------------------------


@pred
def knee_high(p, s):
    return (
        gt(p[jn(s, "knee")][1], p[jn(s, "hip")][1] - 0.1)
        and gt(p[jn(s, "foot")][1], 0.25)
        and lt(knee_angle(p, s), 115, "d")
        and gt(p[jn(s, "knee")][2] - p[jn(s, "hip")][2], 0.25)
    )


@pred
def on_leg(p, s):
    o = OTHER[s]
    return foot_down(p, s) and gt(knee_angle(p, s), 150, "d") and gt(min(p[jn(o, "foot")][1], p[jn(o, "ankle")][1]), 0.08)


@pred
def leg_side(p, s):
    a, h = p[jn(s, "ankle")], p[jn(s, "hip")]
    return gt(SIGN[s] * (a[0] - h[0]), 0.3) and gt(a[1], 0.08) and gt(knee_angle(p, s), 150, "d")


@pred
def leg_fwd(p, s):
    a, h = p[jn(s, "ankle")], p[jn(s, "hip")]
    return gt(a[2] - h[2], 0.4) and gt(a[1], 0.18) and gt(knee_angle(p, s), 150, "d")


@pred
def leg_back(p, s):
    a, h = p[jn(s, "ankle")], p[jn(s, "hip")]
    return lt(a[2] - h[2], -0.3) and gt(a[1], 0.08) and gt(knee_angle(p, s), 145, "d")


@pred
def feet_wide(p):
    return gt(abs(p[J["left_ankle"]][0] - p[J["right_ankle"]][0]), 0.6)


@pred
def feet_close(p):
    return lt(abs(p[J["left_ankle"]][0] - p[J["right_ankle"]][0]), 0.35)


@pred
def knee_raised(p, s):
    """Lying: the knee is drawn up off the floor with the foot flat."""
    return gt(p[jn(s, "knee")][1], 0.25) and foot_down(p, s) and lt(knee_angle(p, s), 120, "d")


@pred
def foot_front(p, s):
    return gt(p[jn(s, "ankle")][2] - p[jn(s, "hip")][2], 0.25)


@pred
def knee_floor(p, s):
    return lt(p[jn(s, "knee")][1], 0.1)


@pred
def heel_up(p, s):
    return gt(p[jn(s, "ankle")][1], 0.09) and lt(p[jn(s, "foot")][1], 0.05)


@pred
def toes_up(p):
    return all(gt(p[jn(s, "foot")][1] - p[jn(s, "ankle")][1], 0.03) for s in "lr")


@pred
def shins_down(p):
    return lt(y(p, "left_ankle"), 0.12) and lt(y(p, "right_ankle"), 0.12)


@pred
def legs_uncrossed(p):
    return gt(p[J["left_knee"]][0] - p[J["right_knee"]][0], 0.05) and gt(p[J["left_ankle"]][0] - p[J["right_ankle"]][0], 0.05)


@pred
def lean_back(p):
    return within(incline_fwd(p), -45, -12, "d")


@pred
def elbow_out(p, s):
    return gt(SIGN[s] * (p[jn(s, "elbow")][0] - p[jn(s, "shoulder")][0]), 0.05)


@pred
def wrists_low(p):
    return lt(y(p, "left_wrist"), 0.2) and lt(y(p, "right_wrist"), 0.2)


@pred
def stacked(p):
    """On all fours: wrists under the shoulders and knees under the hips."""
    ok = True
    for s in "lr":
        for a, b in (("wrist", "shoulder"), ("knee", "hip")):
            d = p[jn(s, a)] - p[jn(s, b)]
            ok = ok and lt(math.hypot(d[0], d[2]), 0.18)
    return ok


# numbers --------------------------------------------------------------------------------------


@pred
def elbow_deg(p, s, lo, hi):
    return within(elbow_angle(p, s), float(lo), float(hi), "d")


@pred
def knee_deg(p, s, lo, hi):
    return within(knee_angle(p, s), float(lo), float(hi), "d")


@pred
def knees_deg(p, lo, hi):
    return knee_deg(p, "l", lo, hi) and knee_deg(p, "r", lo, hi)


@pred
def pelvis_h(p, lo, hi):
    return within(y(p, "pelvis"), float(lo), float(hi))


@pred
def feet_apart(p, lo, hi):
    return within(float(np.linalg.norm(p[J["left_ankle"]] - p[J["right_ankle"]])), float(lo), float(hi))


@pred
def arm_abd(p, s, lo, hi):
    """Angle between the upper arm and the downward vertical, degrees."""
    u = unit(p[jn(s, "elbow")] - p[jn(s, "shoulder")])
    return within(math.degrees(math.acos(float(np.clip(-u[1], -1, 1)))), float(lo), float(hi), "d")


@pred
def thigh_deg(p, s, lo, hi):
    """Angle between the thigh and the downward vertical, degrees (90 = horizontal)."""
    u = unit(p[jn(s, "knee")] - p[jn(s, "hip")])
    return within(math.degrees(math.acos(float(np.clip(-u[1], -1, 1)))), float(lo), float(hi), "d")


@pred
def foot_h(p, s, lo, hi):
    return within(min(p[jn(s, "ankle")][1], p[jn(s, "foot")][1]), float(lo), float(hi))


@pred
def head_h(p, lo, hi):
    return within(y(p, "head"), float(lo), float(hi))


# poses of the third development part ------------------------------------------------------------


@pred
def seated(p):
    """Sitting on a seat whatever the lean of the trunk."""
    return _on_a_seat(p)


@pred
def prone_elbows(p):
    """Lying face down with the chest raised on the forearms."""
    return (
        lt(y(p, "pelvis"), 0.25)
        and lt(front(p)[1], -0.5)
        and forearm_floor(p, "l")
        and forearm_floor(p, "r")
        and gt(min(y(p, "left_shoulder"), y(p, "right_shoulder")), 0.18)
        and gt(y(p, "head"), 0.25)
    )


@pred
def forearm_floor(p, s):
    return lt(p[jn(s, "elbow")][1], 0.1) and lt(p[jn(s, "wrist")][1], 0.1)


@pred
def forearm_fwd(p, s):
    return gt(p[jn(s, "wrist")][2] - p[jn(s, "elbow")][2], 0.15)


@pred
def elbow_under_shoulder(p, s):
    d = p[jn(s, "elbow")] - p[jn(s, "shoulder")]
    return lt(math.hypot(d[0], d[2]), 0.12) and lt(d[1], -0.15)


@pred
def chest_lift(p, lo, hi):
    """Angle of the trunk above the horizontal, degrees."""
    return within(90.0 - incline(p), float(lo), float(hi), "d")


@pred
def elbow_on_knee(p, s):
    return lt(dist(p, jn(s, "elbow"), jn(s, "knee")), 0.22) and gt(p[jn(s, "elbow")][1] - p[jn(s, "knee")][1], 0.0)


@pred
def hands_before_knees(p):
    knees_z = max(p[J["left_knee"]][2], p[J["right_knee"]][2])
    return all(gt(p[jn(s, "wrist")][2] - knees_z, 0.1) for s in "lr")


@pred
def hands_chest(p):
    """Both hands together in front of the chest."""
    f = front(p)
    ok = hands_together(p)
    for s in "lr":
        w = p[jn(s, "wrist")]
        ok = ok and gt(float(np.dot(w - p[J["spine3"]], f)), 0.12) and within(w[1], y(p, "spine1"), y(p, "neck") + 0.05)
    return ok


@pred
def past_head(p, s):
    """The hand reaches beyond the top of the head along the body's long axis."""
    return gt(float(np.dot(p[jn(s, "wrist")] - p[J["head"]], unit(trunk(p)))), 0.08)


@pred
def arm_v(p, s):
    """The hand is above the head and well outside the shoulder (an arm raised on the diagonal)."""
    return over(p, s) and gt(SIGN[s] * (p[jn(s, "wrist")][0] - p[jn(s, "shoulder")][0]), 0.15)


@pred
def hands_apart(p, lo, hi):
    return within(dist(p, J["left_wrist"], J["right_wrist"]), float(lo), float(hi))


@pred
def arm_body(p, s, lo, hi):
    """Angle between the upper arm and the trunk's downward axis (neck to pelvis), degrees."""
    u = unit(p[jn(s, "elbow")] - p[jn(s, "shoulder")])
    down = unit(-trunk(p))
    return within(math.degrees(math.acos(float(np.clip(np.dot(u, down), -1, 1)))), float(lo), float(hi), "d")


@pred
def hand_behind(p, s):
    return lt(p[jn(s, "wrist")][2] - p[J["pelvis"]][2], -0.08)


@pred
def hands_ahead(p, lo, hi):
    """Both hands this far (m) in front of the foremost toes."""
    toes_z = max(p[J["left_foot"]][2], p[J["right_foot"]][2])
    return all(within(p[jn(s, "wrist")][2] - toes_z, float(lo), float(hi)) for s in "lr")


@pred
def foot_back(p, s):
    """Standing: the lower leg is folded up behind, the foot well off the floor behind the knee."""
    a, k = p[jn(s, "ankle")], p[jn(s, "knee")]
    return lt(knee_angle(p, s), 120, "d") and gt(min(a[1], p[jn(s, "foot")][1]), 0.25) and lt(a[2] - k[2], -0.2)


# poses of the fourth development part ------------------------------------------------------------


@pred
def nape(p, s):
    """The hand rests at the back of the neck, above the shoulder."""
    w = p[jn(s, "wrist")]
    return lt(dist(p, jn(s, "wrist"), J["neck"]), 0.2) and lt(w[2], p[J["neck"]][2] - 0.03) and gt(w[1], p[jn(s, "shoulder")][1])


@pred
def grips_shoulder(p, s):
    """The hand holds the opposite shoulder, the arm across the front of the chest."""
    w = p[jn(s, "wrist")]
    return (
        lt(dist(p, jn(s, "wrist"), jn(OTHER[s], "shoulder")), 0.15)
        and gt(w[2] - p[J["spine3"]][2], 0.05)
        and gt(SIGN[s] * (p[J["spine3"]][0] - w[0]), 0.08)
    )


@pred
def hands_behind_back(p):
    """Both hands meet behind the lower back."""
    ok = lt(dist(p, J["left_wrist"], J["right_wrist"]), 0.2)
    for s in "lr":
        w = p[jn(s, "wrist")]
        ok = ok and lt(w[2] - p[J["pelvis"]][2], -0.1) and within(w[1], y(p, "pelvis") - 0.15, y(p, "spine3"))
    return ok


@pred
def sit_heels(p):
    """Kneeling with both shins on the floor and the seat lowered onto the heels."""
    ankles = (p[J["left_ankle"]] + p[J["right_ankle"]]) / 2
    return (
        knee_floor(p, "l") and knee_floor(p, "r") and shins_down(p)
        and lt(y(p, "pelvis"), 0.33)
        and lt(math.hypot(p[J["pelvis"]][0] - ankles[0], p[J["pelvis"]][2] - ankles[2]), 0.15)
        and lt(incline(p), 30, "d")
    )


@pred
def knee_to_chest(p, s):
    """Lying: the knee is folded up over the chest (beyond the pelvis along the trunk)."""
    return (
        gt(p[jn(s, "knee")][1], 0.25)
        and lt(knee_angle(p, s), 90, "d")
        and gt(float(np.dot(p[jn(s, "knee")] - p[J["pelvis"]], unit(trunk(p)))), 0.12)
    )


@pred
def hold_knee(p, s, t):
    """The hand of side s holds the leg of side t just below its knee."""
    return lt(dist(p, jn(s, "wrist"), jn(t, "knee")), 0.2)


@pred
def cross_legged(p):
    """Sitting on the floor, the knees dropped wide and the feet tucked in near the middle."""
    return (
        sit_floor(p)
        and gt(p[J["left_knee"]][0] - p[J["right_knee"]][0], 0.6)
        and all(lt(abs(p[jn(s, "ankle")][0]), 0.15) and lt(p[jn(s, "knee")][1], 0.3) and lt(knee_angle(p, s), 70, "d")
                for s in "lr")
    )


@pred
def perched(p):
    """Sitting on a seat with the thighs level and at least one foot on the floor."""
    ok = within(y(p, "pelvis"), 0.35, 0.75) and lt(incline(p), 30, "d") and (foot_down(p, "l") or foot_down(p, "r"))
    for s in "lr":
        hip, knee = p[jn(s, "hip")], p[jn(s, "knee")]
        ok = ok and lt(abs(knee[1] - hip[1]), 0.12) and gt(knee[2] - hip[2], 0.25)
    return ok


@pred
def leg_level(p, s):
    """The leg is held straight out in front at hip height."""
    a, h = p[jn(s, "ankle")], p[jn(s, "hip")]
    return gt(knee_angle(p, s), 155, "d") and lt(abs(a[1] - h[1]), 0.15) and gt(a[2] - h[2], 0.6)


@pred
def toes_behind(p, s):
    """Standing: the knee is bent and only the toes of that foot touch the floor, behind the other foot."""
    return heel_up(p, s) and lt(knee_angle(p, s), 150, "d") and lt(p[jn(s, "ankle")][2] - p[jn(OTHER[s], "ankle")][2], -0.1)


@pred
def holds_ankle(p, s, t):
    return lt(dist(p, jn(s, "wrist"), jn(t, "ankle")), 0.18)


@pred
def tiptoe(p):
    return heel_up(p, "l") and heel_up(p, "r")


@pred
def knee_behind(p, s):
    """The knee is well behind the hip (the back leg of a lunge)."""
    return lt(p[jn(s, "knee")][2] - p[jn(s, "hip")][2], -0.2)


# poses of the fifth development part -------------------------------------------------------------


@pred
def low_back(p, s):
    """The hand rests on the lower back on its own side, behind the pelvis, the elbow bent."""
    w = p[jn(s, "wrist")]
    return (
        lt(w[2] - p[J["pelvis"]][2], -0.08)
        and within(w[1], y(p, "pelvis") - 0.05, y(p, "spine3"))
        and gt(SIGN[s] * w[0], 0.0)
        and lt(elbow_angle(p, s), 140, "d")
    )


@pred
def hands_between_knees(p):
    """Both palms on the floor in front of the seat, inside the line of the knees."""
    ok = True
    for s in "lr":
        w = p[jn(s, "wrist")]
        ok = (ok and lt(w[1], 0.1) and gt(w[2] - p[J["pelvis"]][2], 0.15)
              and gt(SIGN[s] * (p[jn(s, "knee")][0] - w[0]), 0.08))
    return ok


@pred
def shade_eyes(p, s):
    """The hand is held at the brow, just in front of the face, the elbow bent."""
    w = p[jn(s, "wrist")]
    return (
        lt(dist(p, jn(s, "wrist"), J["head"]), 0.22)
        and gt(w[2] - p[J["head"]][2], 0.06)
        and gt(w[1], y(p, "head") - 0.08)
        and lt(elbow_angle(p, s), 120, "d")
    )


@pred
def point_floor(p, s):
    """The straight arm points down at the floor in front, the hand well below the shoulder and
    well ahead of it."""
    w, sh = p[jn(s, "wrist")], p[jn(s, "shoulder")]
    return gt(elbow_angle(p, s), 150, "d") and lt(w[1], sh[1] - 0.15) and gt(w[2] - sh[2], 0.25)


@pred
def foot_crossed(p, s):
    """Standing with the foot of side s crossed over in front of the other one."""
    a, o = p[jn(s, "ankle")], p[jn(OTHER[s], "ankle")]
    return gt(SIGN[s] * (o[0] - a[0]), 0.03) and gt(a[2] - o[2], 0.06) and feet_down(p)


# poses of the sixth development part ------------------------------------------------------------


@pred
def drawn_back(p, s):
    """The hand is pulled back to the front of its own shoulder (drawing a bowstring), the elbow
    folded tight and raised to about shoulder height."""
    w, e, sh = p[jn(s, "wrist")], p[jn(s, "elbow")], p[jn(s, "shoulder")]
    return (
        lt(dist(p, jn(s, "wrist"), jn(s, "shoulder")), 0.24)
        and gt(w[2] - p[J["spine3"]][2], 0.04)
        and lt(elbow_angle(p, s), 80, "d")
        and lt(abs(e[1] - sh[1]), 0.15)
    )


@pred
def hand_opp_hip(p, s):
    """The hand of side s reaches across the front of the body to the other hip."""
    w = p[jn(s, "wrist")]
    return (
        lt(dist(p, jn(s, "wrist"), jn(OTHER[s], "hip")), 0.25)
        and gt(SIGN[s] * (p[J["pelvis"]][0] - w[0]), 0.03)
        and gt(w[2] - p[J["pelvis"]][2], 0.05)
    )


@pred
def head_in_hands(p, s):
    """The hand cradles the head (lying or upright), the elbow folded tight and opened out to the side."""
    return (
        lt(dist(p, jn(s, "wrist"), J["head"]), 0.2)
        and lt(elbow_angle(p, s), 90, "d")
        and gt(SIGN[s] * (p[jn(s, "elbow")][0] - p[jn(s, "shoulder")][0]), 0.06)
    )


@pred
def wide_squat(p):
    """Feet far apart, both knees bent and pushed out over the feet, the hips sunk well below standing."""
    return (
        feet_wide(p)
        and feet_down(p)
        and lt(knee_angle(p, "l"), 130, "d")
        and lt(knee_angle(p, "r"), 130, "d")
        and gt(p[J["left_knee"]][0] - p[J["right_knee"]][0], 0.45)
        and lt(y(p, "pelvis"), 0.8 * leg_length(p))
        and gt(min(y(p, "left_knee"), y(p, "right_knee")), 0.25)
        and lt(incline(p), 35, "d")
    )


# poses of the seventh development part ----------------------------------------------------------


@pred
def hands_low_front(p):
    """Both hands held out in front of the body at about waist height (between the hips and the
    lower chest), well ahead of the pelvis."""
    f = front(p)
    ok = True
    for s in "lr":
        w = p[jn(s, "wrist")]
        ok = ok and gt(float(np.dot(w - p[J["pelvis"]], f)), 0.25) and within(w[1], y(p, "pelvis") - 0.08, y(p, "spine3"))
    return ok


@pred
def across_up(p, s):
    """The hand of side s reaches up above the head and over past the midline to the other side."""
    w = p[jn(s, "wrist")]
    return over(p, s) and gt(SIGN[s] * (p[J["pelvis"]][0] - w[0]), 0.05)


@pred
def legs_up(p):
    """Lying: both legs are raised straight up, the feet well above the hips."""
    return all(
        thigh_deg(p, s, 150, 180) and gt(knee_angle(p, s), 150, "d") and gt(p[jn(s, "ankle")][1] - p[jn(s, "hip")][1], 0.6)
        for s in "lr"
    )


@pred
def foot_on_knee(p, s):
    """Standing on the other leg with the foot of side s resting against the inside of the other
    knee, the knee of side s bent and turned out to its own side."""
    k = p[jn(s, "knee")]
    return (
        lt(dist(p, jn(s, "ankle"), jn(OTHER[s], "knee")), 0.16)
        and lt(knee_angle(p, s), 90, "d")
        and gt(SIGN[s] * (k[0] - p[jn(s, "hip")][0]), 0.12)
    )


@pred
def hand_higher(p, s):
    """The wrist of side s is well above the other wrist."""
    return gt(p[jn(s, "wrist")][1] - p[jn(OTHER[s], "wrist")][1], 0.2)


# poses of the tenth development part -----------------------------------------------------------


@pred
def twist(p, s, lo=20, hi=90):
    """The shoulders are turned towards side s relative to the hips about the vertical, degrees
    (the angle between the hip line and the shoulder line seen from above)."""
    h = p[J["left_hip"]] - p[J["right_hip"]]
    sh = p[J["left_shoulder"]] - p[J["right_shoulder"]]
    angle = math.degrees(math.atan2(h[2] * sh[0] - h[0] * sh[2], h[0] * sh[0] + h[2] * sh[2]))  # + to the left
    return within(SIGN[s] * angle, float(lo), float(hi), "d")


@pred
def head_on_hand(p, s):
    """Propped on the elbow of side s: the elbow rests on the floor, the forearm rises from it and
    the head rests on that hand."""
    return (
        lt(dist(p, jn(s, "wrist"), J["head"]), 0.16)
        and lt(p[jn(s, "elbow")][1], 0.1)
        and gt(p[jn(s, "wrist")][1] - p[jn(s, "elbow")][1], 0.12)
    )


# poses of the twelfth development part ---------------------------------------------------------


def _lateral(p) -> np.ndarray:
    """Unit vector from the right hip to the left hip (the body's own left)."""
    return unit(p[J["left_hip"]] - p[J["right_hip"]])


@pred
def fist_under_chin(p, s):
    """The hand of side s props up the chin: the wrist just below and in front of the face, about
    shoulder height, the elbow folded."""
    w = p[jn(s, "wrist")]
    return (
        lt(dist(p, jn(s, "wrist"), J["head"]), 0.32)
        and within(y(p, "head") - w[1], 0.05, 0.35)
        and gt(float(np.dot(w - p[J["neck"]], front(p))), 0.08)
        and lt(elbow_angle(p, s), 110, "d")
    )


@pred
def forearm_across(p, s):
    """The forearm of side s lies across the front of the waist: the wrist past the middle toward
    the other side, in front of the belly and between the hips and the chest, the elbow bent."""
    w = p[jn(s, "wrist")]
    return (
        gt(SIGN[s] * float(np.dot(p[J["pelvis"]] - w, _lateral(p))), 0.03)
        and gt(float(np.dot(w - p[J["pelvis"]], front(p))), 0.1)
        and within(w[1], y(p, "pelvis") - 0.05, y(p, "spine3"))
        and lt(elbow_angle(p, s), 140, "d")
    )


@pred
def elbow_on_hand(p, s, t):
    """The elbow of side s rests on the hand of side t (that wrist just under it)."""
    return lt(dist(p, jn(s, "elbow"), jn(t, "wrist")), 0.15) and lt(p[jn(t, "wrist")][1], p[jn(s, "elbow")][1] + 0.02)


@pred
def shin_across(p, s):
    """Sitting low: the shin of side s lies across in front of the hips near the floor (the front
    leg of a pigeon pose), the knee bent and the ankle past the middle toward the other side."""
    f, k, a = front(p), p[jn(s, "knee")], p[jn(s, "ankle")]
    return (
        lt(knee_angle(p, s), 110, "d")
        and lt(max(k[1], a[1]), 0.2)
        and gt(float(np.dot(k - p[J["pelvis"]], f)), 0.15)
        and gt(float(np.dot(a - p[J["pelvis"]], f)), 0.15)
        and gt(SIGN[s] * float(np.dot(p[J["pelvis"]] - a, _lateral(p))), 0.03)
    )


@pred
def leg_back_floor(p, s):
    """The leg is stretched straight back along the floor behind the hips (the back leg of a
    pigeon pose or a split)."""
    a, h = p[jn(s, "ankle")], p[jn(s, "hip")]
    return gt(knee_angle(p, s), 150, "d") and lt(a[2] - h[2], -0.55) and lt(p[jn(s, "knee")][1], 0.15) and lt(a[1], 0.15)


@pred
def forearm_on_thigh(p, s):
    """Seated: the forearm of side s rests along the top of its own thigh, the elbow over the
    front part of the thigh (above it) and the wrist further along toward the knee or past it."""
    h, k, e, w = p[jn(s, "hip")], p[jn(s, "knee")], p[jn(s, "elbow")], p[jn(s, "wrist")]
    axis = k - h
    t = float(np.dot(e - h, axis) / max(float(np.dot(axis, axis)), 1e-12))
    return (
        within(t, 0.3, 1.05, "m")
        and lt(seg_dist(e, h, k), 0.2)
        and gt(e[1] - (h[1] + min(max(t, 0.0), 1.0) * axis[1]), 0.02)
        and gt(float(np.dot(w - e, unit(axis))), 0.08)
    )


@pred
def head_on_arm(p, s):
    """Lying on the side of s: the head rests on that arm, stretched along the floor past it."""
    return (
        past_head(p, s)
        and lt(seg_dist(p[J["head"]], p[jn(s, "shoulder")], p[jn(s, "elbow")]), 0.25)
        and lt(max(p[jn(s, "elbow")][1], p[jn(s, "wrist")][1]), 0.15)
    )


@pred
def leg_out(p, s):
    """The straight leg is swung out to its own side in the body's frame (standing or lying): the
    ankle well outside the hip along the line of the hips."""
    return gt(SIGN[s] * float(np.dot(p[jn(s, "ankle")] - p[jn(s, "hip")], _lateral(p))), 0.3) and gt(knee_angle(p, s), 150, "d")


@pred
def leg_abd(p, s, lo, hi):
    """Angle between the leg (hip to ankle) and the trunk's downward axis (neck to pelvis), degrees."""
    u = unit(p[jn(s, "ankle")] - p[jn(s, "hip")])
    return within(math.degrees(math.acos(float(np.clip(np.dot(u, unit(-trunk(p))), -1, 1)))), float(lo), float(hi), "d")


@pred
def hips_high(p):
    """The pelvis is higher than the shoulders (the body tipped forward and down over the hands)."""
    return gt(y(p, "pelvis") - (y(p, "left_shoulder") + y(p, "right_shoulder")) / 2, 0.03)


@pred
def wrist_under_shoulder(p, s):
    """The wrist is right below its shoulder: within 0.15 m of it horizontally and well lower."""
    d = p[jn(s, "wrist")] - p[jn(s, "shoulder")]
    return lt(math.hypot(d[0], d[2]), 0.15) and lt(d[1], -0.35)


@pred
def foot_ahead(p, s):
    """The foot of side s is set well ahead of the other one (a split stance, front to back)."""
    return gt(p[jn(s, "ankle")][2] - p[jn(OTHER[s], "ankle")][2], 0.2)


# poses of the thirteenth development part -------------------------------------------------------


@pred
def reach_up_fwd(p, s):
    """The straight arm reaches forward and up on a slant: the hand well ahead of the shoulder
    and well above it."""
    w, sh = p[jn(s, "wrist")], p[jn(s, "shoulder")]
    return gt(w[2] - sh[2], 0.2) and gt(w[1] - sh[1], 0.15) and gt(elbow_angle(p, s), 140, "d")


@pred
def elbow_at_knee(p, s, t):
    """The elbow of side s rests against the outer side of the knee of side t."""
    e, k = p[jn(s, "elbow")], p[jn(t, "knee")]
    return lt(dist(p, jn(s, "elbow"), jn(t, "knee")), 0.2) and gt(SIGN[t] * (e[0] - k[0]), 0.02)


@pred
def foot_by_knee(p, s):
    """Seated: the foot of side s is set on the floor just outside the other knee, that leg
    crossed over the other one."""
    a, k = p[jn(s, "ankle")], p[jn(OTHER[s], "knee")]
    return foot_down(p, s) and lt(math.hypot(a[0] - k[0], a[2] - k[2]), 0.25) and gt(SIGN[s] * (k[0] - a[0]), 0.03)


@pred
def knee_out(p, s):
    """The knee of side s is turned out well to its own side of the hip."""
    return gt(SIGN[s] * (p[jn(s, "knee")][0] - p[jn(s, "hip")][0]), 0.15)


@pred
def prone_chest_up(p):
    """Lying face down with the chest raised (a sphinx, a cobra): the hips and both knees on or
    near the floor, the legs stretched back behind the hips and the neck well above the pelvis."""
    return (
        lt(y(p, "pelvis"), 0.22)
        and lt(y(p, "left_knee"), 0.15)
        and lt(y(p, "right_knee"), 0.15)
        and all(lt(p[jn(s, "ankle")][2] - p[J["pelvis"]][2], -0.45) for s in "lr")
        and gt(y(p, "neck") - y(p, "pelvis"), 0.2)
    )


# poses of the fourteenth development part -------------------------------------------------------


@pred
def hips_shifted(p, s):
    """Standing: the pelvis is pushed out to side s of the feet (the hips swung over that way)."""
    mid = (p[J["left_ankle"]][0] + p[J["right_ankle"]][0]) / 2
    return gt(SIGN[s] * (p[J["pelvis"]][0] - mid), 0.08)


@pred
def ankle_on_thigh(p, s):
    """The ankle of side s rests across the top of the other thigh (a figure-four, a half lotus):
    within 0.2 m of that thigh's axis and above it, the knee of side s bent and turned out to its
    own side."""
    o = OTHER[s]
    a, h, k = p[jn(s, "ankle")], p[jn(o, "hip")], p[jn(o, "knee")]
    t = float(np.clip(np.dot(a - h, k - h) / max(float(np.dot(k - h, k - h)), 1e-12), 0, 1))
    return (
        lt(seg_dist(a, h, k), 0.2)
        and gt(a[1] - (h[1] + t * (k[1] - h[1])), 0.0)
        and lt(knee_angle(p, s), 100, "d")
        and gt(SIGN[s] * (p[jn(s, "knee")][0] - p[jn(s, "hip")][0]), 0.1)
    )


@pred
def knee_over_ankle(p, s):
    """The bent knee of side s is stacked over its ankle: within 0.15 m of it horizontally and well
    above it."""
    k, a = p[jn(s, "knee")], p[jn(s, "ankle")]
    return lt(math.hypot(k[0] - a[0], k[2] - a[2]), 0.15) and gt(k[1] - a[1], 0.25)


@pred
def chest_up(p):
    """Lying with the chest facing the ceiling: the shoulders flat on the floor, whatever the hips do
    (the front is read across the shoulders, not the hips)."""
    f = unit(np.cross(p[J["left_shoulder"]] - p[J["right_shoulder"]], trunk(p)))
    return lying(p) and gt(float(f[1]), 0.75)


@pred
def knees_dropped(p, s):
    """Lying: both knees are bent and dropped over to side s of the pelvis, low beside the body (a
    supine twist); sideways is read across the shoulders."""
    lat = unit(p[J["left_shoulder"]] - p[J["right_shoulder"]])
    return all(
        gt(SIGN[s] * float(np.dot(p[jn(t, "knee")] - p[J["pelvis"]], lat)), 0.25)
        and lt(p[jn(t, "knee")][1], 0.4)
        and lt(knee_angle(p, t), 130, "d")
        for t in "lr"
    )


@pred
def hands_between_feet(p):
    """Both hands reach down between the feet: each wrist inside the line of the ankles sideways,
    lower than the knees and within 0.25 m of the floor (the fingertips on it)."""
    ok = True
    for s in "lr":
        w = p[jn(s, "wrist")]
        ok = ok and gt(SIGN[s] * (p[jn(s, "ankle")][0] - w[0]), 0.03) and lt(w[1], 0.25) and lt(w[1], p[jn(s, "knee")][1])
    return ok


# poses of the fifteenth development part -------------------------------------------------------


@pred
def weight_on(p, s):
    """Standing with the weight on the leg of side s: seen from above, the centre of mass is at
    least 3 cm nearer that ankle than the other one."""
    com = centre_of_mass(p)[[0, 2]]
    near = {t: float(np.linalg.norm(com - p[jn(t, "ankle")][[0, 2]])) for t in "lr"}
    return lt(near[s] - near[OTHER[s]], -0.03)


@pred
def legs_spread(p, lo, hi):
    """Angle between the two legs (each from its hip to its ankle), degrees: how wide they open."""
    a = unit(p[J["left_ankle"]] - p[J["left_hip"]])
    b = unit(p[J["right_ankle"]] - p[J["right_hip"]])
    return within(math.degrees(math.acos(float(np.clip(np.dot(a, b), -1, 1)))), float(lo), float(hi), "d")


@pred
def toes_raised(p, s):
    """The foot of side s rests on its heel with the toes pulled up: the ankle near the floor and
    the ball of the foot at least 3 cm higher than the ankle."""
    return lt(p[jn(s, "ankle")][1], 0.12) and gt(p[jn(s, "foot")][1] - p[jn(s, "ankle")][1], 0.03)


@pred
def on_thigh_of(p, s, t):
    """The hand of side s rests on the thigh of side t (the wrist within 0.2 m of that thigh's
    axis): a hand on its own thigh or reaching across to the other one."""
    return lt(seg_dist(p[jn(s, "wrist")], p[jn(t, "hip")], p[jn(t, "knee")]), 0.2)


@pred
def prone_limbs_up(p):
    """Face down with the belly on the floor and all four limbs lifted off it (a superman or a
    locust): the pelvis low, both wrists and both feet at least 0.1 m up."""
    return (
        lt(y(p, "pelvis"), 0.15)
        and lt(front(p)[1], -0.5)
        and all(gt(p[jn(s, "wrist")][1], 0.1) and gt(min(p[jn(s, "ankle")][1], p[jn(s, "foot")][1]), 0.1)
                for s in "lr")
    )


# poses of the sixteenth development part -------------------------------------------------------


@pred
def on_belly(p, s):
    """The hand of side s rests on the belly (lying or upright): the wrist within 0.25 m of spine1,
    at least 0.05 m out in front of it and between the hips and the lower chest along the trunk."""
    w = p[jn(s, "wrist")]
    axis = unit(trunk(p))
    along = float(np.dot(w - p[J["pelvis"]], axis))
    return (
        lt(dist(p, jn(s, "wrist"), J["spine1"]), 0.25)
        and gt(float(np.dot(w - p[J["spine1"]], front(p))), 0.05)
        and within(along, -0.05, float(np.dot(p[J["spine3"]] - p[J["pelvis"]], axis)))
    )


@pred
def forearm_up(p, s):
    """The forearm of side s rises from the elbow: the wrist at least 0.15 m above the elbow (a
    goal-post arm, a hand held up)."""
    return gt(p[jn(s, "wrist")][1] - p[jn(s, "elbow")][1], 0.15)


@pred
def on_shin(p, s, t):
    """The hand of side s rests on the shin of side t: the wrist within 0.2 m of that shin's axis
    (knee to ankle)."""
    return lt(seg_dist(p[jn(s, "wrist")], p[jn(t, "knee")], p[jn(t, "ankle")]), 0.2)


@pred
def belly_up(p):
    """The front of the trunk faces the ceiling (on the back, in a bridge, in a reverse table top)."""
    return gt(float(front(p)[1]), 0.6)



# poses of the seventeenth development part -----------------------------------------------------


@pred
def belly_up_lifted(p):
    """Belly up with the hips held off the floor (a reverse tabletop, a reverse plank, a crab): the
    front of the body faces the ceiling and the pelvis is at least 0.2 m up."""
    return gt(front(p)[1], 0.6) and gt(y(p, "pelvis"), 0.2)


@pred
def belly_down(p):
    """Lying on the belly whatever the chest and the legs do (a bow, a locust): the pelvis on or
    near the floor and the front of the body turned toward it."""
    return lt(y(p, "pelvis"), 0.15) and lt(front(p)[1], -0.5)


@pred
def elbow_high(p, s):
    """The elbow of side s is lifted above the head joint (an arm folded up beside the head, the
    elbow pointing at the ceiling)."""
    return gt(p[jn(s, "elbow")][1], y(p, "head"))


@pred
def hand_upper_back(p, s):
    """The hand of side s reaches down behind the neck to the upper back: behind the chest, between
    the middle of the back and the head, within 0.3 m of the neck."""
    w = p[jn(s, "wrist")]
    return (
        lt(float(np.dot(w - p[J["spine3"]], front(p))), -0.06)
        and within(w[1], y(p, "spine2"), y(p, "head"))
        and lt(dist(p, jn(s, "wrist"), J["neck"]), 0.3)
    )


@pred
def holds_elbow(p, s, t):
    """The hand of side s holds the elbow of side t."""
    return lt(dist(p, jn(s, "wrist"), jn(t, "elbow")), 0.15)


@pred
def crossed_behind(p, s):
    """The foot of side s is crossed behind the other one: its ankle at least 0.2 m behind the other
    ankle and past it toward the other side."""
    a, o = p[jn(s, "ankle")], p[jn(OTHER[s], "ankle")]
    return lt(a[2] - o[2], -0.2) and gt(SIGN[s] * (o[0] - a[0]), 0.05)


@pred
def arm_behind(p, s):
    """The arm of side s is swung back behind the body: the wrist at least 0.15 m behind its
    shoulder along the way the body faces."""
    return lt(float(np.dot(p[jn(s, "wrist")] - p[jn(s, "shoulder")], front(p))), -0.15)


def check(p: np.ndarray, name: str, slack: float = 0.0) -> bool:
    """Evaluate one predicate string on joints p; slack > 0 loosens every threshold."""
    negate = name.startswith("!")
    parts = name.lstrip("!").split(":")
    saved = _SLACK[0]
    _SLACK[0] = -slack if negate else slack
    try:
        value = bool(PRED[parts[0]](p, *parts[1:]))
    finally:
        _SLACK[0] = saved
    return not value if negate else value


def holds(p: np.ndarray, preds: tuple[str, ...]) -> bool:
    return all(check(p, q) for q in preds)


def clearly_violated(p: np.ndarray, preds: tuple[str, ...]) -> bool:
    """Some predicate fails even with every threshold loosened by 0.05 m / 10 degrees."""
    return any(not check(p, q, slack=1.0) for q in preds)


# ---------------------------------------------------------------------------------------------
# Base poses


def arm(**kw) -> Limb:
    return Limb(**kw)


def leg(**kw) -> Limb:
    return Limb(**kw)


OVERHEAD = arm(dir=(0.18, 1, 0.05), flex=10, pole=(1, 0, -0.3))
T_ARM = arm(dir=(1, 0.02, 0), flex=6, pole=(0, 0, -1))
FORWARD = arm(dir=(0.08, 0, 1), flex=6, pole=(0, -1, 0))
ON_HIP = arm(ik=("hip", (0.07, 0.06, 0.0), "p"), pole=(1, 0, -0.7))
BEHIND_HEAD = arm(ik=("head", (0.07, 0.06, -0.11), "c"), pole=(1, 0.2, 0.1))
ON_HEAD = arm(ik=("head", (0.05, 0.12, 0.0), "c"), pole=(1, 0.4, 0.2))
ELBOW_90 = arm(dir=(0.05, -1, 0.02), flex=90, pole=(0, 0, -1))
POINT = arm(dir=(0.1, 0.03, 1), flex=3, pole=(0, -1, 0))
HAND_ON_KNEE = arm(ik=("knee", (0.0, 0.06, -0.1), "b"), pole=(0.6, 0, -1))
OVERHEAD_W = arm(dir=(0.18, 1, 0.05), flex=10, pole=(1, 0, -0.3), frame="b")
KNEE_HIGH = leg(dir=(0.05, 0.0, 1), flex=90, foot=("rel", 15))
LEG_WIDE = leg(dir=(0.4, -0.92, 0), flex=4)
KNEEL_DOWN = leg(dir=(0.03, -1, 0.0), flex=95, foot=("rel", 60))
KNEEL_UP = leg(ik=("hip", (0.03, 0.0, 0.48), "b", "oknee", 0.06), pole=(0, 0, 1))
SQUAT_LEG = leg(ik=("hip", (0.08, -0.26, 0.06), "b"), pole=(0.35, 0.1, 1))
LUNGE_FRONT = leg(dir=(0.05, -0.14, 1), flex=84)
LUNGE_BACK = leg(ik=("hip", (0.0, 0.0, -0.72), "b", "oankle", 0.07), pole=(0, -0.2, 1), foot=("flat", 35))
SIDE_LUNGE_STRAIGHT = leg(dir=(0.77, -0.64, 0.04), flex=3)
SIDE_LUNGE_BENT = leg(ik=("hip", (0.17, 0.0, 0.1), "b", "oankle", 0.0), pole=(0.5, 0, 1))
CHAIR_LEG = leg(dir=(0.08, 0.0, 1), flex=90)
FLOOR_LEG = leg(dir=(0.05, -0.08, 1), flex=3, foot=("rel", 15))
KNEES_UP_LEG = leg(ik=("hip", (0.06, 0.01, 0.45), "b"), pole=(0.1, 1, 0.3))
LIE_LEG = leg(dir=(0.04, -1, 0), flex=3, frame="b", foot=("rel", 20))
LIE_ARM = arm(dir=(0.15, -1, 0), flex=8)
ALL_FOURS_ARM = arm(ik=("shoulder", (0.0, 0.0, 0.03), "b", "knee", 0.0, "reach"), pole=(0, 0, -1), frame="b")
ALL_FOURS_LEG = leg(dir=(0.03, -1, 0), flex=90, foot=("rel", 60))
HANG_W = arm(dir=(0.08, -1, 0.05), flex=6, frame="b")

LEANING_FORWARD = dict(root=(("x", 62),), spine=((("x", 6),), (("x", 6),), (("x", 4),)), neck=(("x", -25),))
LYING_BACK = (("x", -90),)
LYING_FRONT = (("x", 90),)


def _all_fours_pitch(body: Body) -> tuple:
    """Trunk pitch that puts the shoulders one arm length above the floor when the thighs are
    vertical: cos(pitch) = (arm - thigh) / (pelvis to shoulder height)."""
    o = body.offsets
    arm_len = np.linalg.norm(o[18]) + np.linalg.norm(o[20])
    trunk_len = -o[1][1] + o[3][1] + o[6][1] + o[9][1] + o[13][1] + o[16][1]
    cos = (arm_len - np.linalg.norm(o[4])) / trunk_len
    return (("x", math.degrees(math.acos(float(np.clip(cos, 0.0, 0.6))))),)


def _specs() -> dict[str, Spec]:
    S = {}
    S["stand_arms_down"] = Spec()
    S["stand_arms_overhead"] = Spec(la=OVERHEAD, ra=OVERHEAD)
    S["stand_left_arm_overhead"] = Spec(la=OVERHEAD)
    S["stand_right_arm_overhead"] = Spec(ra=OVERHEAD)
    S["stand_t_pose"] = Spec(la=T_ARM, ra=T_ARM)
    S["stand_left_arm_out"] = Spec(la=T_ARM)
    S["stand_right_arm_out"] = Spec(ra=T_ARM)
    S["stand_arms_forward"] = Spec(la=FORWARD, ra=FORWARD)
    S["stand_hands_on_hips"] = Spec(la=ON_HIP, ra=ON_HIP)
    S["stand_left_hand_on_hip"] = Spec(la=ON_HIP)
    S["stand_right_hand_on_hip"] = Spec(ra=ON_HIP)
    S["stand_hands_behind_head"] = Spec(la=BEHIND_HEAD, ra=BEHIND_HEAD)
    S["stand_right_hand_on_head"] = Spec(ra=ON_HEAD)
    S["stand_left_hand_on_head"] = Spec(la=ON_HEAD)
    S["stand_arms_crossed"] = Spec(
        la=arm(ik=("spine3", (-0.13, -0.03, 0.19), "c"), pole=(1, -0.5, 0.5)),
        ra=arm(ik=("spine3", (-0.13, -0.07, 0.21), "c"), pole=(1, -0.5, 0.5)),
    )
    S["stand_left_elbow_90"] = Spec(la=ELBOW_90)
    S["stand_right_elbow_90"] = Spec(ra=ELBOW_90)
    S["stand_point_right"] = Spec(ra=POINT)
    S["stand_point_left"] = Spec(la=POINT)
    S["one_leg_left_knee_up"] = Spec(ll=KNEE_HIGH, rl=leg(dir=(-0.02, -1, 0), flex=4), la=T_ARM, ra=T_ARM)
    S["one_leg_right_knee_up"] = Spec(rl=KNEE_HIGH, ll=leg(dir=(-0.02, -1, 0), flex=4), la=T_ARM, ra=T_ARM)
    S["right_leg_to_side"] = Spec(rl=leg(dir=(0.66, -0.75, 0.02), flex=3), la=ON_HIP, ra=ON_HIP)
    S["left_leg_to_side"] = Spec(ll=leg(dir=(0.66, -0.75, 0.02), flex=3), la=ON_HIP, ra=ON_HIP)
    S["left_leg_forward"] = Spec(ll=leg(dir=(0.03, -0.62, 0.78), flex=3, foot=("rel", 10)), la=FORWARD, ra=FORWARD)
    S["right_leg_back"] = Spec(rl=leg(dir=(0.02, -0.73, -0.68), flex=5, foot=("rel", 25)))
    S["feet_wide_apart"] = Spec(ll=LEG_WIDE, rl=LEG_WIDE)
    S["bend_forward"] = Spec(**LEANING_FORWARD, la=HANG_W, ra=HANG_W)
    S["bend_hands_on_thighs"] = Spec(
        root=(("x", 58),),
        spine=((("x", 6),), (("x", 4),), ()),
        neck=(("x", -30),),
        ll=leg(dir=(0.03, -1, 0.3), flex=45),
        rl=leg(dir=(0.03, -1, 0.3), flex=45),
        la=arm(ik=("knee", (0.03, 0.13, -0.04), "b"), pole=(0.6, 0, -1)),
        ra=arm(ik=("knee", (0.03, 0.13, -0.04), "b"), pole=(0.6, 0, -1)),
    )
    S["lean_back"] = Spec(root=(("x", -10),), spine=((("x", -7),), (("x", -7),), (("x", -5),)), la=HANG_W, ra=HANG_W)
    S["side_bend_left"] = Spec(
        root=(("z", -9),),
        spine=((("z", -10),), (("z", -10),), (("z", -8),)),
        la=HANG_W,
        ra=arm(dir=(-0.3, 1, 0.05), flex=25, pole=(1, 0, -0.2)),
    )
    S["side_bend_right"] = Spec(
        root=(("z", 9),),
        spine=((("z", 10),), (("z", 10),), (("z", 8),)),
        ra=HANG_W,
        la=arm(dir=(-0.3, 1, 0.05), flex=25, pole=(1, 0, -0.2)),
    )
    S["sit_chair"] = Spec(root=(("x", 10),), ll=CHAIR_LEG, rl=CHAIR_LEG, la=HAND_ON_KNEE, ra=HAND_ON_KNEE)
    S["sit_chair_right_hand_up"] = Spec(root=(("x", 8),), ll=CHAIR_LEG, rl=CHAIR_LEG, la=HAND_ON_KNEE, ra=OVERHEAD)
    S["sit_floor_legs_straight"] = Spec(
        root=(("x", -6),),
        ll=FLOOR_LEG,
        rl=FLOOR_LEG,
        la=arm(ik=("knee", (0.02, 0.05, -0.15), "b"), pole=(0.5, 0, -1)),
        ra=arm(ik=("knee", (0.02, 0.05, -0.15), "b"), pole=(0.5, 0, -1)),
    )
    S["sit_floor_knees_up"] = Spec(
        root=(("x", -4),),
        ll=KNEES_UP_LEG,
        rl=KNEES_UP_LEG,
        la=arm(ik=("knee", (0.0, 0.05, 0.02), "b"), pole=(0.5, -0.3, -1)),
        ra=arm(ik=("knee", (0.0, 0.05, 0.02), "b"), pole=(0.5, -0.3, -1)),
    )
    S["kneel_both"] = Spec(ll=KNEEL_DOWN, rl=KNEEL_DOWN)
    S["kneel_both_arms_up"] = Spec(ll=KNEEL_DOWN, rl=KNEEL_DOWN, la=OVERHEAD, ra=OVERHEAD)
    S["kneel_left_knee"] = Spec(ll=KNEEL_DOWN, rl=KNEEL_UP)
    S["kneel_right_knee"] = Spec(rl=KNEEL_DOWN, ll=KNEEL_UP, la=ON_HIP)
    S["squat_arms_forward"] = Spec(
        root=(("x", 28),), spine=((("x", 4),), (), ()), neck=(("x", -20),), ll=SQUAT_LEG, rl=SQUAT_LEG,
        la=arm(dir=(0.08, 0, 1), flex=6, pole=(0, -1, 0), frame="b"),
        ra=arm(dir=(0.08, 0, 1), flex=6, pole=(0, -1, 0), frame="b"),
    )
    S["squat_right_arm_up"] = Spec(
        root=(("x", 28),), spine=((("x", 4),), (), ()), neck=(("x", -20),), ll=SQUAT_LEG, rl=SQUAT_LEG,
        la=arm(ik=("knee", (0.0, 0.08, 0.0), "b"), pole=(0.6, 0, -1)),
        ra=OVERHEAD_W,
    )
    S["lunge_left_forward"] = Spec(ll=LUNGE_FRONT, rl=LUNGE_BACK)
    S["lunge_right_forward"] = Spec(rl=LUNGE_FRONT, ll=LUNGE_BACK, la=ON_HIP, ra=ON_HIP)
    S["side_lunge_left"] = Spec(
        root=(("x", 18),), ll=SIDE_LUNGE_BENT, rl=SIDE_LUNGE_STRAIGHT,
        la=arm(dir=(0.08, 0, 1), flex=6, pole=(0, -1, 0), frame="b"),
        ra=arm(dir=(0.08, 0, 1), flex=6, pole=(0, -1, 0), frame="b"),
    )
    S["side_lunge_right"] = Spec(root=(("x", 18),), rl=SIDE_LUNGE_BENT, ll=SIDE_LUNGE_STRAIGHT, la=ON_HIP, ra=ON_HIP)
    S["lie_back"] = Spec(frame=LYING_BACK, ll=LIE_LEG, rl=LIE_LEG, la=LIE_ARM, ra=LIE_ARM)
    S["lie_back_right_knee_up"] = Spec(
        frame=LYING_BACK, ll=LIE_LEG,
        rl=leg(ik=("hip", (0.03, -0.5, 0.0), "b", "oankle", 0.06), pole=(0, 0, 1), frame="b", foot=("flat", 0)),
        la=LIE_ARM, ra=LIE_ARM,
    )
    S["lie_front"] = Spec(frame=LYING_FRONT, ll=leg(dir=(0.04, -1, 0), flex=3, foot=("rel", 60)),
                          rl=leg(dir=(0.04, -1, 0), flex=3, foot=("rel", 60)), la=LIE_ARM, ra=LIE_ARM)
    side_leg = leg(dir=(0.0, -0.9, 0.42), flex=35, foot=("rel", 20))
    S["lie_left_side"] = Spec(
        frame=(("x", -90), ("y", 90)), ll=side_leg, rl=leg(dir=(0.0, -0.9, 0.35), flex=30, foot=("rel", 20)),
        la=arm(dir=(0.0, 0.1, 1), flex=20, pole=(0, -1, 0)), ra=arm(dir=(0.1, -1, 0.1), flex=10),
    )
    S["lie_right_side"] = Spec(
        frame=(("x", -90), ("y", -90)), rl=side_leg, ll=leg(dir=(0.0, -0.9, 0.35), flex=30, foot=("rel", 20)),
        ra=arm(dir=(0.0, 0.1, 1), flex=20, pole=(0, -1, 0)), la=arm(dir=(0.1, -1, 0.1), flex=10),
    )
    S["all_fours"] = Spec(root=_all_fours_pitch, neck=(("x", -30),), ll=ALL_FOURS_LEG, rl=ALL_FOURS_LEG, la=ALL_FOURS_ARM, ra=ALL_FOURS_ARM)
    S["touch_toes"] = Spec(
        root=(("x", 104),),
        spine=((("x", 15),), (("x", 15),), (("x", 10),)),
        neck=(("x", 10),),
        ll=leg(dir=(0.02, -1, -0.03), flex=6),
        rl=leg(dir=(0.02, -1, -0.03), flex=6),
        la=arm(ik=("foot", (0.0, 0.05, 0.0), "b"), pole=(0.3, 0, -1), frame="b"),
        ra=arm(ik=("foot", (0.0, 0.05, 0.0), "b"), pole=(0.3, 0, -1), frame="b"),
    )
    S.update(_dev_c_specs())
    S.update(_dev_d_specs())
    S.update(_dev_e_specs())
    S.update(_dev_f_specs())
    S.update(_dev_g_specs())
    S.update(_dev_h_specs())
    S.update(_dev_i_specs())
    S.update(_dev_j_specs())
    S.update(_dev_k_specs())
    S.update(_dev_l_specs())
    S.update(_dev_m_specs())
    S.update(_dev_n_specs())
    S.update(_dev_o_specs())
    S.update(_dev_p_specs())
    S.update(_dev_q_specs())
    S.update(_heldout_specs())
    return S


def _dev_d_specs() -> dict[str, Spec]:
    """Base poses of the fourth development part (DEV_D_TABLE)."""
    S = {}
    S["stand_right_hand_nape_left_arm_forward"] = Spec(
        la=FORWARD,
        ra=arm(ik=("neck", (0.08, 0.0, -0.125), "c"), pole=(1, 0.1, 0.2)),
    )
    seiza = leg(dir=(0.07, -0.33, 1), flex=158, foot=("rel", 75))
    S["kneel_sit_on_heels_hands_thighs"] = Spec(
        ll=seiza, rl=seiza,
        la=arm(ik=("knee", (0.03, 0.11, -0.14), "b"), pole=(0.4, 0, -1), frame="b"),
        ra=arm(ik=("knee", (0.03, 0.11, -0.14), "b"), pole=(0.4, 0, -1), frame="b"),
    )
    S["lie_back_hug_left_knee"] = Spec(
        frame=LYING_BACK, rl=LIE_LEG,
        ll=leg(dir=(0.1, 0.75, 0.65), flex=128, pole=(0.0, 0.65, -0.75), frame="b", foot=("rel", 10)),
        la=arm(ik=("knee", (0.08, -0.1, 0.05), "b"), pole=(1, -0.3, 0.2), frame="b"),
        ra=arm(ik=("oknee", (0.06, -0.1, 0.06), "b"), pole=(1, -0.3, 0.2), frame="b"),
    )
    S["stand_hands_clasped_behind"] = Spec(
        la=arm(ik=("pelvis", (-0.03, 0.04, -0.17), "p"), pole=(1, 0, -1)),
        ra=arm(ik=("pelvis", (-0.03, 0.08, -0.17), "p"), pole=(1, 0, -1)),
    )
    S["stand_right_hand_on_left_shoulder"] = Spec(
        ra=arm(ik=("oshoulder", (0.02, -0.04, 0.1), "c"), pole=(0.2, -1, 0.6)),
    )
    S["low_lunge_right_knee_down_arms_up"] = Spec(
        rl=leg(dir=(-0.02, -0.82, -0.57), flex=55, foot=("rel", 60)),
        ll=leg(ik=("hip", (0.03, 0.0, 0.62), "b", "oknee", 0.06), pole=(0, 0, 1)),
        la=OVERHEAD, ra=OVERHEAD,
    )
    cross = leg(dir=(0.75, 0.2, 0.62), flex=130, pole=(1, 0.3, -0.2), foot=("rel", 20))
    S["sit_cross_legged_hands_knees"] = Spec(
        ll=cross, rl=cross,
        la=arm(ik=("knee", (-0.02, 0.09, 0.0), "b"), pole=(0.6, 0, -1), frame="b"),
        ra=arm(ik=("knee", (-0.02, 0.09, 0.0), "b"), pole=(0.6, 0, -1), frame="b"),
    )
    S["chair_left_leg_extended"] = Spec(
        root=(("x", 6),), ll=leg(dir=(0.08, 0.0, 1), flex=6, foot=("rel", 0)), rl=CHAIR_LEG,
        la=arm(dir=(0.22, -1, -0.08), flex=6, frame="b"), ra=arm(dir=(0.22, -1, -0.08), flex=6, frame="b"),
    )
    S["stand_tilt_arms_forward"] = Spec(
        root=(("x", 22),), spine=((("x", 3),), (("x", 3),), ()), neck=(("x", -20),),
        ll=leg(dir=(-0.01, -1, 0.2), flex=4), rl=leg(dir=(-0.01, -1, 0.2), flex=4),
        la=arm(dir=(0.05, 0.0, 1), flex=5, pole=(0, -1, 0), frame="w"),
        ra=arm(dir=(0.05, 0.0, 1), flex=5, pole=(0, -1, 0), frame="w"),
    )
    S["stand_left_weight_right_toes_behind"] = Spec(
        ll=leg(dir=(-0.06, -1, 0), flex=3),
        rl=leg(ik=("hip", (0.02, 0.0, -0.2), "b", "oankle", 0.08), pole=(0, 0, 1), foot=("rel", 55)),
    )
    S["stand_quad_stretch_right"] = Spec(
        ll=leg(dir=(-0.09, -1, 0), flex=3),
        rl=leg(dir=(0.0, -1, -0.1), flex=140, foot=("rel", 30)),
        ra=arm(ik=("ankle", (0.0, 0.0, -0.03), "b"), pole=(1, 0, -0.3), frame="b"),
        la=T_ARM,
    )
    tiptoe = leg(dir=(0.02, -1, -0.07), flex=3, foot=("flat", 35))
    S["stand_tiptoe_hands_hips"] = Spec(ll=tiptoe, rl=tiptoe, la=ON_HIP, ra=ON_HIP)
    return S


def _dev_e_specs() -> dict[str, Spec]:
    """Base poses of the fifth development part (DEV_E_TABLE)."""
    S = {}
    S["stand_hands_low_back_lean_back"] = Spec(
        root=(("x", -7),), spine=((("x", -5),), (("x", -5),), (("x", -4),)),
        la=arm(ik=("pelvis", (0.08, 0.12, -0.14), "p"), pole=(1, 0, -1)),
        ra=arm(ik=("pelvis", (0.08, 0.12, -0.14), "p"), pole=(1, 0, -1)),
    )
    S["kneel_left_knee_right_forearm_on_thigh"] = Spec(
        root=(("x", 26),), spine=((("x", 4),), (), ()), neck=(("x", -20),),
        ll=KNEEL_DOWN, rl=KNEEL_UP, la=HANG_W,
        ra=arm(ik=("knee", (0.0, 0.09, 0.04), "b"), pole=(0.3, -0.4, -1), frame="b"),
    )
    v_leg = leg(dir=(0.5, -0.08, 0.86), flex=3, foot=("rel", 15))
    S["sit_floor_legs_v_hands_between"] = Spec(
        root=(("x", 30),), spine=((("x", 4),), (("x", 4),), ()), neck=(("x", -20),),
        ll=v_leg, rl=v_leg,
        la=arm(ik=("pelvis", (0.1, 0.0, 0.44), "b", "ankle", 0.0), pole=(0.5, 0, -1), frame="b"),
        ra=arm(ik=("pelvis", (0.1, 0.0, 0.44), "b", "ankle", 0.0), pole=(0.5, 0, -1), frame="b"),
    )
    S["lie_front_arms_overhead"] = Spec(
        frame=LYING_FRONT,
        ll=leg(dir=(0.05, -1, 0), flex=3, foot=("rel", 60)),
        rl=leg(dir=(0.05, -1, 0), flex=3, foot=("rel", 60)),
        la=arm(dir=(0.2, 1, 0.0), flex=8, pole=(1, 0, 0.2)),
        ra=arm(dir=(0.2, 1, 0.0), flex=8, pole=(1, 0, 0.2)),
    )
    S["stand_right_hand_shading_eyes"] = Spec(
        ra=arm(ik=("head", (-0.01, 0.03, 0.13), "c"), pole=(1, -0.1, -0.3)),
    )
    S["stand_left_arm_pointing_at_floor"] = Spec(
        la=arm(dir=(0.12, -0.6, 0.8), flex=3, pole=(0, -1, 0)),
    )
    S["stand_right_foot_crossed_in_front"] = Spec(
        ll=leg(dir=(-0.08, -1, -0.04), flex=4),
        rl=leg(dir=(-0.26, -1, 0.15), flex=4),
    )
    S["lunge_left_hands_on_front_knee"] = Spec(
        root=(("x", 14),), spine=((("x", 4),), (), ()), neck=(("x", -12),),
        ll=LUNGE_FRONT, rl=LUNGE_BACK,
        la=arm(ik=("knee", (0.0, 0.09, 0.02), "b"), pole=(0.6, 0, -1), frame="b"),
        ra=arm(ik=("oknee", (0.04, 0.12, 0.0), "b"), pole=(0.6, 0, -1), frame="b"),
    )
    return S


def _dev_f_specs() -> dict[str, Spec]:
    """Base poses of the sixth development part (DEV_F_TABLE)."""
    S = {}
    S["stand_hail_right_arm_high"] = Spec(ra=arm(dir=(0.5, 1, 0.2), flex=8, pole=(1, 0, -0.3)))
    S["stand_archer_left_arm_out"] = Spec(
        la=T_ARM,
        ra=arm(ik=("shoulder", (0.04, -0.02, 0.16), "c"), pole=(1, 0.1, -0.3)),
    )
    S["kneel_right_knee_hands_on_left_knee"] = Spec(
        root=(("x", 14),), spine=((("x", 3),), (), ()), neck=(("x", -12),),
        rl=KNEEL_DOWN, ll=KNEEL_UP,
        la=arm(ik=("knee", (0.02, 0.1, 0.0), "b"), pole=(0.6, 0, -1), frame="b"),
        ra=arm(ik=("oknee", (0.05, 0.14, -0.02), "b"), pole=(0.6, 0, -1), frame="b"),
    )
    S["stand_both_hands_on_head"] = Spec(la=ON_HEAD, ra=ON_HEAD)
    sumo = leg(ik=("hip", (0.3, -0.44, 0.06), "b"), pole=(1, 0.1, 0.8))
    S["sumo_squat_hands_on_thighs"] = Spec(
        root=(("x", 12),), spine=((("x", 3),), (), ()), neck=(("x", -10),),
        ll=sumo, rl=sumo,
        la=arm(ik=("knee", (-0.13, 0.1, 0.0), "b"), pole=(1, 0, -0.6), frame="b"),
        ra=arm(ik=("knee", (-0.13, 0.1, 0.0), "b"), pole=(1, 0, -0.6), frame="b"),
    )
    S["airplane_on_left_leg"] = Spec(
        root=(("x", 62),), neck=(("x", -30),),
        ll=leg(dir=(-0.09, -1, 0.3), flex=5),
        rl=leg(dir=(0.02, 0.12, -1), flex=4, frame="b", foot=("rel", 30)),
        la=arm(dir=(1, 0.0, 0), flex=5, pole=(0, 0, -1)),
        ra=arm(dir=(1, 0.0, 0), flex=5, pole=(0, 0, -1)),
    )
    S["stand_right_hand_to_left_hip"] = Spec(
        ra=arm(ik=("ohip", (0.0, 0.06, 0.18), "p"), pole=(0.5, -1, 0.6)),
    )
    S["stand_arms_crossed_weight_left"] = Spec(
        ll=leg(dir=(-0.08, -1, 0), flex=3),
        rl=leg(ik=("hip", (0.06, 0.0, 0.1), "b", "oankle", 0.09), pole=(0, 0, 1), foot=("rel", 45)),
        la=arm(ik=("spine3", (-0.13, -0.03, 0.19), "c"), pole=(1, -0.5, 0.5)),
        ra=arm(ik=("spine3", (-0.13, -0.07, 0.21), "c"), pole=(1, -0.5, 0.5)),
    )
    S["chair_arms_crossed"] = Spec(
        root=(("x", 6),), ll=CHAIR_LEG, rl=CHAIR_LEG,
        la=arm(ik=("spine3", (-0.13, -0.03, 0.19), "c"), pole=(1, -0.5, 0.5)),
        ra=arm(ik=("spine3", (-0.13, -0.07, 0.21), "c"), pole=(1, -0.5, 0.5)),
    )
    S["lie_back_hands_behind_head"] = Spec(
        frame=LYING_BACK, ll=LIE_LEG, rl=LIE_LEG,
        la=arm(ik=("head", (0.07, 0.02, -0.1), "c"), pole=(1, 0.2, 0.1)),
        ra=arm(ik=("head", (0.07, 0.02, -0.1), "c"), pole=(1, 0.2, 0.1)),
    )
    return S


def _dev_g_specs() -> dict[str, Spec]:
    """Base poses of the seventh development part (DEV_G_TABLE)."""
    S = {}
    ready = leg(dir=(0.4, -1, 0.26), flex=34)
    S["stand_goalkeeper_ready"] = Spec(
        root=(("x", 10),), spine=((("x", 3),), (), ()), neck=(("x", -16),),
        ll=ready, rl=ready,
        la=arm(dir=(0.2, -0.75, 0.6), flex=40, pole=(0.2, -1, -0.3), frame="b"),
        ra=arm(dir=(0.2, -0.75, 0.6), flex=40, pole=(0.2, -1, -0.3), frame="b"),
    )
    S["stand_right_hand_up_across_left"] = Spec(ra=arm(dir=(-0.6, 0.9, 0.4), flex=8, pole=(1, 0, -0.3)))
    tiptoe_chair = leg(dir=(0.08, 0.0, 1), flex=80, foot=("flat", 45))
    on_knee = arm(ik=("knee", (0.03, 0.1, -0.02), "b"), pole=(0.6, 0, -1), frame="b")
    S["chair_tiptoe_hands_on_knees"] = Spec(root=(("x", 8),), ll=tiptoe_chair, rl=tiptoe_chair, la=on_knee, ra=on_knee)
    S["stand_left_hand_on_right_shoulder"] = Spec(
        la=arm(ik=("oshoulder", (0.02, -0.04, 0.1), "c"), pole=(0.2, -1, 0.6)),
    )
    up = leg(dir=(0.04, 0.03, 1), flex=4, foot=("rel", 10))
    S["lie_back_legs_vertical"] = Spec(frame=LYING_BACK, ll=up, rl=up, la=LIE_ARM, ra=LIE_ARM)
    S["tree_on_right_leg_palms_at_chest"] = Spec(
        rl=leg(dir=(-0.13, -1, 0), flex=3),
        ll=leg(ik=("oknee", (0.08, -0.03, 0.02), "b"), pole=(1, 0.1, 0.35), foot=("rel", 30)),
        la=arm(ik=("spine3", (0.035, -0.04, 0.27), "b"), pole=(1, -0.25, -0.1)),
        ra=arm(ik=("spine3", (0.035, -0.04, 0.27), "b"), pole=(1, -0.25, -0.1)),
    )
    S["stand_left_forearm_level_right_hand_on_hip"] = Spec(la=ELBOW_90, ra=ON_HIP)
    return S


def _dev_h_specs() -> dict[str, Spec]:
    """Base poses of the eighth development part (DEV_H_TABLE)."""
    S = {}
    # downward dog on the hands and the left foot, the straight right leg raised behind
    dog_arm = arm(ik=("shoulder", (0.06, 0.0, 0.1), "b", "left_ankle", -0.06, "reach"), pole=(0, 0, -1), frame="b")
    S["three_legged_dog_right_leg_up"] = Spec(
        root=(("x", 135),), neck=(("x", 10),),
        ll=leg(dir=(0.03, -1, -0.4), flex=3, foot=("flat", 20)),
        rl=leg(dir=(0.03, 0.5, -1), flex=4, foot=("rel", 30)),
        la=dog_arm, ra=dog_arm,
    )
    S["lunge_left_right_arm_up_left_hand_hip"] = Spec(ll=LUNGE_FRONT, rl=LUNGE_BACK, la=ON_HIP, ra=OVERHEAD)
    # gate pose: on the left knee, the straight right leg out to the side, bending over it to the right
    S["kneel_left_gate_side_bend_right"] = Spec(
        root=(("z", 12),), spine=((("z", 8.5),), (("z", 8.5),), (("z", 5),)),
        ll=KNEEL_DOWN,
        rl=leg(ik=("hip", (1.0, 0.0, 0.05), "b", "left_ankle", 0.0, "reach"), pole=(0, 1, 0.3)),
        la=arm(dir=(-0.35, 1, 0.05), flex=12, pole=(1, 0, -0.3)),
        ra=arm(ik=("knee", (0.0, 0.11, 0.03), "b"), pole=(0.3, 0, -1), frame="b"),
    )
    # seated on the floor, the left leg straight, the right heel drawn in, both hands on the left knee
    S["sit_floor_left_leg_long_hands_left_knee"] = Spec(
        root=(("x", 24),), spine=((("x", 4),), (("x", 4),), ()), neck=(("x", -10),),
        ll=FLOOR_LEG,
        rl=leg(ik=("oknee", (0.1, 0.0, -0.22), "b", "oknee", 0.0), pole=(1, 0.1, 0.5), foot=("rel", 20)),
        la=arm(ik=("knee", (0.03, 0.1, 0.03), "b"), pole=(0.6, 0, -1), frame="b"),
        ra=arm(ik=("oknee", (0.06, 0.1, 0.0), "b"), pole=(0.6, 0, -1), frame="b"),
    )
    # face down, the left arm reaching on past the head, the straight right leg lifted off the floor
    S["lie_front_left_arm_long_right_leg_lifted"] = Spec(
        frame=LYING_FRONT,
        ll=leg(dir=(0.05, -1, 0), flex=3, foot=("rel", 60)),
        rl=leg(dir=(0.03, -1, -0.32), flex=4, foot=("rel", 45)),
        la=arm(dir=(0.2, 1, 0.0), flex=8, pole=(1, 0, 0.2)),
        ra=LIE_ARM,
    )
    # on the right leg, the left knee drawn up and held below the knee with both hands
    S["stand_right_leg_hug_left_knee"] = Spec(
        root=(("x", 8),),
        ll=leg(dir=(0.06, 1.0, 1), flex=115, pole=(0, 1, -0.2), foot=("rel", 15)),
        rl=leg(dir=(-0.08, -1, 0.06), flex=3),
        la=arm(ik=("knee", (0.03, -0.1, 0.09), "b"), pole=(1, -0.3, -0.3), frame="b"),
        ra=arm(ik=("oknee", (0.07, -0.1, 0.09), "b"), pole=(1, -0.3, -0.3), frame="b"),
    )
    return S


def _dev_i_specs() -> dict[str, Spec]:
    """Base poses of the ninth development part (DEV_I_TABLE)."""
    S = {}
    # chair pose: feet together and flat, both knees bent to about 95 degrees with the hips sent
    # back, the trunk tipped some 35 degrees forward and both arms reaching up in line with it
    chair = leg(dir=(0.0, -0.55, 0.83), flex=86)
    S["chair_pose_knees_bent_arms_up"] = Spec(
        root=(("x", 32),), spine=((("x", 3),), (), ()), neck=(("x", -20),),
        ll=chair, rl=chair, la=OVERHEAD, ra=OVERHEAD,
    )
    # standing forward fold on straight legs (the feet set a little forward to keep the balance),
    # the hands clasped behind the back and the straight arms lifted away from it
    clasp = arm(ik=("pelvis", (-0.03, 0.12, -0.42), "p"), pole=(1, 0, 0.3))
    fold_leg = leg(dir=(0.02, -1, 0.3), flex=4)
    S["fold_hands_clasped_behind_raised"] = Spec(
        root=(("x", 84),), spine=((("x", 8),), (("x", 6),), ()), neck=(("x", -5),),
        ll=fold_leg, rl=fold_leg, la=clasp, ra=clasp,
    )
    # horse-riding stance: feet far apart, thighs about level, the trunk upright and both fists
    # drawn back to the sides of the waist, the elbows pointing behind
    horse = leg(ik=("hip", (0.34, -0.43, 0.04), "b"), pole=(1, 0.1, 0.6))
    fist = arm(ik=("hip", (0.07, 0.14, 0.0), "p"), pole=(0.2, 0, -1))
    S["horse_stance_fists_at_hips"] = Spec(root=(("x", 6),), neck=(("x", -6),), ll=horse, rl=horse, la=fist, ra=fist)
    # on both hands and the right knee, the straight left leg stretched back level with the hips
    palm = arm(ik=("shoulder", (0.0, 0.0, 0.03), "b", "right_knee", -0.04, "reach"), pole=(0, 0, -1), frame="b")
    S["right_knee_hands_floor_left_leg_back"] = Spec(
        root=_all_fours_pitch, neck=(("x", -30),), rl=ALL_FOURS_LEG,
        ll=leg(dir=(0.03, 0.04, -1), flex=4, foot=("rel", 40)), la=palm, ra=palm,
    )
    # sitting on the floor with the knees drawn up together, the arms wrapped round the shins
    # and the hands meeting in front of them just below the knees
    hug_leg = leg(ik=("hip", (0.01, 0.0, 0.40), "b"), pole=(0.05, 1, 0.3))
    hug = arm(ik=("knee", (-0.05, -0.09, 0.16), "b"), pole=(1, -0.2, -0.3), frame="b")
    S["sit_floor_hug_both_knees"] = Spec(
        root=(("x", 8),), spine=((("x", 6),), (("x", 6),), ()), neck=(("x", -10),),
        ll=hug_leg, rl=hug_leg, la=hug, ra=hug,
    )
    # face down with the legs long, the forehead resting on the stacked hands, elbows out wide
    pillow = arm(ik=("head", (0.05, 0.05, 0.05), "c"), pole=(1, -0.5, -0.3))
    prone_leg = leg(dir=(0.05, -1, 0), flex=3, foot=("rel", 60))
    S["lie_front_forehead_on_hands"] = Spec(frame=LYING_FRONT, neck=(("x", 10),), ll=prone_leg, rl=prone_leg,
                                            la=pillow, ra=pillow)
    return S


def _bisect_root(make: Callable, body: Body, too_far: Callable, lo: float = 0.0, hi: float = 60.0) -> float:
    """The root angle in [lo, hi] where too_far(joints of make(angle)) turns true (it must grow
    with the angle): a pose that rests on two places at once (a forearm and a hip, the shoulders
    and the feet, the hands and the toes) is tipped until both touch the floor."""
    for _ in range(16):
        mid = (lo + hi) / 2
        joints, _ = pose_joints(make(mid), body)
        if too_far(joints):
            hi = mid
        else:
            lo = mid
    return (lo + hi) / 2


def _propped_side(tilt: float) -> Spec:
    """On the left side, the trunk tilted up by tilt degrees, the head resting on the left hand."""
    side_leg = leg(dir=(0.0, -1, 0.08), flex=8, frame="b", foot=("rel", 20))
    return Spec(
        frame=(("x", -90), ("y", 78)), root=(("z", tilt),), spine=((("z", 4),), (("z", 4),), ()), neck=(("z", -28),),
        ll=side_leg, rl=leg(dir=(-0.02, -1, 0.04), flex=8, frame="b", foot=("rel", 20)),
        la=arm(ik=("head", (0.06, -0.1, 0.0), "w"), pole=(0.2, -1, -0.2), frame="w"),
        ra=arm(dir=(0.1, -1, 0.15), flex=10),
    )


def _propped_side_tilt(body: Body) -> tuple:
    """Tilt of the trunk that rests the left elbow on the floor."""
    return (("z", _bisect_root(_propped_side, body, lambda j: j[J["left_elbow"]][1] > 0.025)),)


def _bridge(pitch: float) -> Spec:
    """On the back, the hips lifted: the trunk pitched pitch degrees down toward the shoulders,
    the feet flat near the seat and the straight arms along the floor."""
    foot = leg(ik=("hip", (0.05, -0.34, 0.38), "w"), pole=(0, 1, 0.3), frame="w", foot=("flat", 0))
    along = arm(dir=(0.2, 0.0, 1), flex=6, pole=(0, 1, 0), frame="w")
    return Spec(frame=LYING_BACK, root=(("x", -pitch),), spine=((), (), (("x", 8),)), neck=(("x", 25),),
                ll=foot, rl=foot, la=along, ra=along)


def _bridge_pitch(body: Body) -> tuple:
    """Pitch that brings the shoulders down to the floor with the feet."""
    def too_far(j):
        feet = min(j[J[n]][1] for n in ("left_ankle", "left_foot", "right_ankle", "right_foot"))
        return (j[J["left_shoulder"]][1] + j[J["right_shoulder"]][1]) / 2 <= feet + 0.04

    return (("x", -_bisect_root(_bridge, body, too_far)),)


def _plank(lift: float) -> Spec:
    """Face down on straight arms and the toes, the straight body lifted lift degrees."""
    straight = leg(dir=(0.02, -1, 0), flex=3, frame="p", foot=("rel", 0))
    prop = arm(dir=(0.06, -1, 0.0), flex=4, pole=(0, 0, -1), frame="w")
    return Spec(frame=LYING_FRONT, root=(("x", -lift),), neck=(("x", -15),), ll=straight, rl=straight, la=prop, ra=prop)


def _plank_lift(body: Body) -> tuple:
    """Lift that sets the hands and the toes on the floor together."""
    def too_far(j):
        return min(j[J["left_wrist"]][1], j[J["right_wrist"]][1]) > max(j[J["left_foot"]][1], j[J["right_foot"]][1]) + 0.01

    return (("x", -_bisect_root(_plank, body, too_far)),)


def _dev_j_specs() -> dict[str, Spec]:
    """Base poses of the tenth development part (DEV_J_TABLE)."""
    S = {}
    # seated upright on a chair, the shoulders turned some 35 degrees to the right, the left hand
    # across on the outside of the right knee and the straight right arm reaching back to the seat
    S["chair_twist_right_left_hand_on_right_knee"] = Spec(
        root=(("x", 4),), spine=((("y", -12),), (("y", -12),), (("y", -10),)), neck=(("y", -12),),
        ll=CHAIR_LEG, rl=CHAIR_LEG,
        la=arm(ik=("oknee", (-0.05, 0.07, -0.03), "b"), pole=(0.3, -0.5, -1), frame="b"),
        ra=arm(ik=("hip", (0.1, 0.0, -0.25), "p", "hip", 0.02, "reach"), pole=(0.3, 0, 1)),
    )
    # lying on the left side with the trunk propped up on the left elbow and the head resting on
    # the left hand, the legs long and stacked, the right arm lying along the flank
    S["lie_left_side_propped_head_on_left_hand"] = Spec(
        **{k: getattr(_propped_side(0.0), k) for k in ("frame", "spine", "neck", "la", "ra", "ll", "rl")},
        root=_propped_side_tilt,
    )
    # bridge: on the back with the shoulders and the head on the floor, the hips lifted, the knees
    # bent and the feet flat, the straight arms along the floor toward the feet
    S["bridge_hips_lifted_arms_on_floor"] = Spec(
        **{k: getattr(_bridge(0.0), k) for k in ("frame", "spine", "neck", "la", "ra", "ll", "rl")},
        root=_bridge_pitch,
    )
    # high plank: the body straight from the head to the heels, on the toes and on straight arms
    # with the hands under the shoulders
    S["high_plank_on_straight_arms"] = Spec(
        **{k: getattr(_plank(0.0), k) for k in ("frame", "spine", "neck", "la", "ra", "ll", "rl")},
        root=_plank_lift,
    )
    # boat pose: balanced on the seat, the trunk leaning back, both straight legs raised about 45
    # degrees and both arms reaching forward level with the shoulders
    boat_leg = leg(dir=(0.06, 0.9, 1), flex=8, pole=(0, 1, -0.7), foot=("rel", 20))
    boat_arm = arm(dir=(0.06, 0, 1), flex=5, pole=(0, -1, 0), frame="w")
    S["boat_pose_legs_raised_arms_forward"] = Spec(
        root=(("x", -40),), spine=((("x", 6),), (("x", 4),), ()), neck=(("x", 12),),
        ll=boat_leg, rl=boat_leg, la=boat_arm, ra=boat_arm,
    )
    # wide-legged standing forward fold: the feet far apart, the legs straight, the trunk folded
    # down past level and the straight arms reaching to the floor a little ahead of the head
    wide = leg(dir=(0.55, -0.85, 0.1), flex=4, foot=("rel", 5))
    palm = arm(ik=("shoulder", (0.006, 0.0, 0.05), "b", "ankle", -0.03, "reach"), pole=(0.3, 0, -1), frame="b")
    S["wide_leg_fold_palms_on_floor"] = Spec(
        root=(("x", 104),), spine=((("x", 10),), (("x", 10),), (("x", 8),)), neck=(("x", 5),),
        ll=wide, rl=wide, la=palm, ra=palm,
    )
    return S


def _dev_k_specs() -> dict[str, Spec]:
    """Base poses of the eleventh development part (DEV_K_TABLE)."""
    S = {}
    # standing calf stretch as if against a wall: the left foot a step ahead with the knee bent,
    # the straight right leg stretched back with the heel flat, the trunk tipped a little forward
    # and both straight arms held out level in front (the palms on the imagined wall)
    wall = arm(dir=(0.05, 0.0, 1), flex=5, pole=(0, -1, 0), frame="w")
    S["calf_stretch_left_foot_forward_arms_forward"] = Spec(
        root=(("x", 15),), spine=((("x", 3),), (), ()), neck=(("x", -12),),
        ll=leg(dir=(0.04, -0.53, 0.848), flex=58),
        rl=leg(ik=("hip", (0.0, 0.0, -0.6), "b", "oankle", 0.0, "reach"), pole=(0, 0, 1), foot=("flat", 0)),
        la=wall, ra=wall,
    )
    # child's pose: kneeling with the seat back on the heels, the trunk folded forward over the
    # thighs, the head low and both straight arms stretched forward along the floor
    seiza = leg(dir=(0.07, -0.33, 1), flex=158, foot=("rel", 75))
    long = arm(ik=("shoulder", (0.04, 0.0, 0.3), "w", "knee", 0.0, "reach"), pole=(0.3, 1, 0), frame="w")
    S["child_pose_arms_forward"] = Spec(
        root=(("x", 75),), spine=((("x", 5),), (("x", 5),), (("x", 5),)), neck=(("x", -5),),
        ll=seiza, rl=seiza, la=long, ra=long,
    )
    # camel pose: kneeling up with the thighs near vertical and the hips forward, the shins and the
    # tops of the feet on the floor, the back arched far back and each straight arm reaching down
    # to hold its own heel
    camel = leg(dir=(0.04, -1, -0.25), flex=76, foot=("rel", 60))
    heel = arm(ik=("ankle", (0.03, 0.05, 0.0), "w"), pole=(0.5, 0, -1), frame="w")
    S["camel_kneel_hands_on_heels"] = Spec(
        root=(("x", -25),), spine=((("x", -28),), (("x", -28),), (("x", -28),)), neck=(("x", -30),),
        ll=camel, rl=camel, la=heel, ra=heel,
    )
    # happy baby: on the back, the knees bent and opened wide beside the trunk, the shins near
    # vertical with the soles to the ceiling, each straight arm reaching up to hold its own foot
    baby = leg(ik=("hip", (0.22, 0.3, 0.55), "b"), pole=(0.6, 1, 0.3), frame="b", foot=("rel", -10))
    grab = arm(ik=("ankle", (0.0, 0.0, 0.04), "b"), pole=(1, -0.3, -0.3), frame="b")
    S["happy_baby_holding_feet"] = Spec(frame=LYING_BACK, neck=(("x", 5),), ll=baby, rl=baby, la=grab, ra=grab)
    # runner's lunge: the left foot far forward with the knee bent to about 90 degrees, the straight
    # right leg stretched back on the toes, the trunk folded down over the front thigh and both
    # straight arms reaching to the floor on either side of the front foot
    S["runners_lunge_left_hands_on_floor"] = Spec(
        root=(("x", 76),), spine=((("x", 5),), (("x", 5),), ()), neck=(("x", -30),),
        ll=leg(dir=(0.12, -0.05, 1), flex=92),
        rl=leg(ik=("hip", (0.0, 0.0, -0.8), "b", "oankle", 0.09, "reach"), pole=(0, -0.2, 1), foot=("flat", 40)),
        la=arm(ik=("shoulder", (0.2, 0.0, 0.2), "w", "left_ankle", -0.03, "reach"), pole=(0.3, 0, -1), frame="w"),
        ra=arm(ik=("shoulder", (0.1, 0.0, 0.2), "w", "left_ankle", -0.03, "reach"), pole=(0.3, 0, -1), frame="w"),
    )
    # waving: standing, the right upper arm raised out to the side below shoulder level, the elbow
    # bent to about 80 degrees so the hand is up beside the head; the left arm hangs
    S["stand_wave_right_hand"] = Spec(ra=arm(dir=(1, -0.35, 0.35), flex=100, pole=(0, -1, 0.1)))
    return S


def _crouch_set(pitch: float) -> Spec:
    """A sprinter's set position with the trunk pitched pitch degrees forward: the balls of both
    feet on the floor (the left foot a step ahead of the right, the left knee bent near 90 degrees,
    the right one near 120), the straight arms hanging plumb from the shoulders."""
    plumb = arm(dir=(0.06, -1, 0.02), flex=4, pole=(0, 0, -1), frame="w")
    return Spec(
        root=(("x", pitch),), neck=(("x", -25),),
        ll=leg(ik=("hip", (0.02, -0.57, -0.08), "b"), pole=(0, 0, 1), foot=("flat", 40)),
        rl=leg(ik=("hip", (0.02, -0.57, -0.42), "b"), pole=(0, -0.5, 1), foot=("flat", 40)),
        la=plumb, ra=plumb,
    )


def _crouch_set_pitch(body: Body) -> tuple:
    """Pitch that brings the hands down to the floor with the balls of the feet."""
    def too_far(j):
        return min(j[J["left_wrist"]][1], j[J["right_wrist"]][1]) < max(j[J["left_foot"]][1], j[J["right_foot"]][1]) + 0.03

    return (("x", _bisect_root(_crouch_set, body, too_far, 60.0, 150.0)),)


def _dev_l_specs() -> dict[str, Spec]:
    """Base poses of the twelfth development part (DEV_L_TABLE)."""
    S = {}
    # the thinker, standing: the left forearm folded across the waist, the right elbow resting on
    # the left hand and the right forearm rising from it so the fist props up the chin
    S["stand_thinker_chin_on_right_fist"] = Spec(
        ra=arm(ik=("neck", (-0.01, -0.07, 0.21), "c"), pole=(-0.3, -1, 0.8)),
        la=arm(ik=("oelbow", (0.0, -0.05, 0.02), "c"), pole=(1, -0.3, 0.3)),
    )
    # pigeon pose: the left shin laid across the floor in front of the hips, the right leg stretched
    # straight back along the floor (the knee down, the top of the foot flat), the trunk upright and
    # the straight arms down to the floor beside the hips
    S["pigeon_left_shin_across_hands_beside_hips"] = Spec(
        root=(("x", 6),),
        rl=leg(dir=(0.0, -0.05, -1), flex=2, pole=(0, -1, 0), foot=("rel", 60)),
        ll=leg(ik=("ohip", (-0.04, 0.0, 0.34), "b", "right_knee", 0.0), pole=(1, 0.1, 0.5), foot=("rel", 20)),
        la=arm(ik=("hip", (0.18, 0.0, 0.03), "b", "right_knee", 0.0), pole=(0.3, 0, -1), frame="b"),
        ra=arm(ik=("hip", (0.18, 0.0, 0.03), "b", "right_knee", 0.0), pole=(0.3, 0, -1), frame="b"),
    )
    # sitting on a chair, leaning forward some 40 degrees with each forearm lying along the top of
    # its thigh (the elbow on the front half of the thigh) and the hands clasped in front of the knees
    clasp = arm(ik=("knee", (-0.1, 0.13, 0.08), "b"), pole=(0.0, -1, -0.4), frame="b")
    S["chair_lean_forearms_on_thighs_hands_clasped"] = Spec(
        root=(("x", 30),), spine=((("x", 8),), (("x", 8),), (("x", 4),)), neck=(("x", -30),),
        ll=CHAIR_LEG, rl=CHAIR_LEG, la=clasp, ra=clasp,
    )
    # lying on the right side (rolled some 10 degrees back from stacked hips), the head resting on
    # the straight right arm stretched along the floor past it, the straight left (top) leg lifted
    # some 40 degrees sideways, the left hand on the floor in front of the chest
    S["lie_right_side_left_leg_lifted_head_on_right_arm"] = Spec(
        frame=(("x", -90), ("y", -80)), neck=(("z", 18),),
        rl=leg(dir=(0.13, -1, 0.05), flex=4, foot=("rel", 20)),
        ll=leg(dir=(0.66, -0.75, 0.05), flex=3, foot=("rel", 20)),
        ra=arm(dir=(0.1, 1, 0.05), flex=6, pole=(0, 0, -1)),
        la=arm(ik=("spine3", (0.0, 0.0, 0.2), "b", "oelbow", 0.0), pole=(1, 0.5, 0.0)),
    )
    # standing side bend to the left, deeper than side_bend_left: the hips pushed out to the right,
    # the trunk curved some 30-35 degrees to the left, the left hand on the hip and the right arm
    # arched up over the head (the elbow softly bent, the hand past the head on the left)
    S["stand_side_bend_left_right_arm_arched_left_hand_hip"] = Spec(
        root=(("z", -9),), spine=((("z", -15),), (("z", -15),), (("z", -12),)), neck=(("z", 8),),
        ll=leg(dir=(0.1, -1, 0), flex=3), rl=leg(dir=(-0.02, -1, 0), flex=3),
        la=arm(ik=("hip", (0.07, 0.06, 0.0), "p"), pole=(1, 1.2, 0.0)),
        ra=arm(dir=(0.0, 1, 0.05), flex=55, pole=(1, 0, -0.2)),
    )
    # sprinter's set position: the straight arms plumb under the shoulders with the hands on the
    # floor, the left foot a step ahead of the right, both on the balls of the feet, the hips a
    # little higher than the shoulders
    S["sprint_set_position_left_foot_forward"] = Spec(
        **{k: getattr(_crouch_set(0.0), k) for k in ("frame", "spine", "neck", "la", "ra", "ll", "rl")},
        root=_crouch_set_pitch,
    )
    return S


def _forearm_plank(lift: float, roll: float = 0.0) -> Spec:
    """Face down on the forearms and the toes, the straight body lifted lift degrees and rolled
    roll degrees about its long axis."""
    straight = leg(dir=(0.02, -1, 0), flex=3, frame="p", foot=("rel", 0))
    prop = arm(dir=(0.08, -1, 0.0), flex=90, pole=(0, 0, -1), frame="w")
    return Spec(frame=LYING_FRONT, root=(("x", -lift), ("y", roll)), neck=(("x", -10),),
                ll=straight, rl=straight, la=prop, ra=prop)


def _forearm_plank_tilt(body: Body) -> tuple:
    """Lift and roll that set both elbows and both toes on the floor together: the lift evens the
    elbows with the toes, the roll the left pair with the right one."""
    def h(j, name):
        return j[J[name]][1]

    roll = lift = 0.0
    for _ in range(3):
        lift = _bisect_root(lambda a: _forearm_plank(a, roll), body,
                            lambda j: h(j, "left_elbow") + h(j, "right_elbow") > h(j, "left_foot") + h(j, "right_foot"))
        roll = _bisect_root(lambda r: _forearm_plank(lift, r), body,
                            lambda j: h(j, "left_elbow") + h(j, "left_foot") > h(j, "right_elbow") + h(j, "right_foot"),
                            -15.0, 15.0)
    return (("x", -lift), ("y", roll))


def _cobra(lift: float) -> Spec:
    """Face down with the legs long, the trunk raised lift degrees from the hips and arched on
    up through the spine, the straight arms propping it with the hands a little ahead."""
    prone_leg = leg(dir=(0.05, -1, 0), flex=3, foot=("rel", 60))
    prop = arm(dir=(0.1, -1, 0.7), flex=4, pole=(0, 0, -1), frame="w")
    return Spec(frame=LYING_FRONT, root=(("x", -lift),), spine=((("x", -12),), (("x", -12),), (("x", -12),)),
                neck=(("x", -15),), ll=prone_leg, rl=prone_leg, la=prop, ra=prop)


def _cobra_lift(body: Body) -> tuple:
    """Lift that brings the hands down to the floor level of the knees (the hips stay down)."""
    def too_far(j):
        return min(j[J["left_wrist"]][1], j[J["right_wrist"]][1]) > min(j[J["left_knee"]][1], j[J["right_knee"]][1])

    return (("x", -_bisect_root(_cobra, body, too_far, 0.0, 90.0)),)


def _dev_m_specs() -> dict[str, Spec]:
    """Base poses of the thirteenth development part (DEV_M_TABLE)."""
    S = {}
    # dancer's pose: on the straight right leg (the foot set a little forward to keep the balance),
    # the trunk tipped forward, the left thigh drawn back with the knee bent so the foot rises up
    # behind, the left hand holding that ankle and the straight right arm reaching forward and up
    S["dancer_on_right_leg_left_foot_in_hand"] = Spec(
        root=(("x", 33),), spine=((("x", -3),), (("x", -3),), ()), neck=(("x", -18),),
        rl=leg(dir=(-0.1, -1, 0.1), flex=3),
        ll=leg(dir=(0.06, -0.4, -1), flex=128, pole=(0, -1, 0.3), frame="w", foot=("rel", 30)),
        la=arm(ik=("ankle", (0.0, 0.0, 0.03), "w"), pole=(1, -0.5, -1), frame="w"),
        ra=arm(dir=(0.05, 0.65, 1), flex=5, pole=(0, -1, 0), frame="w"),
    )
    # low plank: face down, the body straight from the head to the heels on the toes and the
    # forearms, the elbows bent square under the shoulders
    S["low_plank_on_forearms"] = Spec(
        **{k: getattr(_forearm_plank(0.0), k) for k in ("frame", "spine", "neck", "la", "ra", "ll", "rl")},
        root=_forearm_plank_tilt,
    )
    # seated spinal twist on the floor: the right leg straight forward, the left knee bent up with
    # the left foot set on the floor outside the right knee, the shoulders turned some 60 degrees
    # to the left, the right elbow hooked against the outer side of the left knee with the forearm
    # up, the straight left arm propping on the floor behind (the trunk tipped back a little to
    # the left over it)
    S["seated_twist_left_right_elbow_outside_left_knee"] = Spec(
        root=(("x", -10), ("z", -8)), spine=((("y", 25),), (("y", 25),), (("y", 15),)), neck=(("y", 15),),
        rl=FLOOR_LEG,
        ll=leg(ik=("oknee", (-0.14, 0.0, -0.06), "b", "oankle", 0.0), pole=(0, 1, 0.3), foot=("rel", 10)),
        ra=arm(ik=("oknee", (-0.15, 0.2, 0.1), "w"), pole=(0, -1, -0.2), frame="w"),
        la=arm(ik=("shoulder", (0.25, 0.0, -1), "w", "oankle", 0.02, "reach"), pole=(0.3, 0, 1), frame="w"),
    )
    # seated butterfly: the soles together in front of the seat, the knees dropped out to the
    # sides, the trunk tipped a little forward and each straight arm reaching down to hold its foot
    butterfly = leg(ik=("hip", (-0.05, -0.05, 0.32), "b"), pole=(1, 0.35, 0.1), foot=("flat", 0))
    hold = arm(ik=("ankle", (0.0, 0.05, 0.05), "w"), pole=(1, 0, -0.3), frame="w")
    S["butterfly_soles_together_holding_feet"] = Spec(
        root=(("x", 12),), spine=((("x", 3),), (("x", 3),), ()), neck=(("x", -10),),
        ll=butterfly, rl=butterfly, la=hold, ra=hold,
    )
    # on the straight left leg (the foot set in under the body, the trunk tilted a touch to the
    # left), the straight right leg lifted out to the side about 50 degrees, both arms held out
    # level at the sides
    level = arm(dir=(1, 0.0, 0), flex=6, pole=(0, 0, -1), frame="w")
    S["stand_left_leg_right_leg_lifted_side_arms_out"] = Spec(
        root=(("z", -4),), spine=((("z", -2),), (("z", -2),), ()),
        ll=leg(dir=(-0.12, -1, 0.0), flex=3),
        rl=leg(dir=(0.8, -0.62, 0.04), flex=3, foot=("rel", 15)),
        la=level, ra=level,
    )
    # cobra: face down with the hips and the legs on the floor, the chest raised high and the back
    # arched on the straight arms, the hands on the floor a little ahead of the shoulders
    S["cobra_chest_lifted_on_straight_arms"] = Spec(
        **{k: getattr(_cobra(0.0), k) for k in ("frame", "spine", "neck", "la", "ra", "ll", "rl")},
        root=_cobra_lift,
    )
    return S


def _dev_n_specs() -> dict[str, Spec]:
    """Base poses of the fourteenth development part (DEV_N_TABLE)."""
    S = {}
    # standing crescent moon: the feet together and the legs straight, the hips pushed out to the
    # left, the trunk arched some 25 degrees over to the right and both arms stretched up overhead
    # with the palms pressed together above the head
    joined = arm(ik=("head", (0.0, 0.32, 0.03), "c"), pole=(1, 0, -0.3))
    S["crescent_moon_hips_left_palms_together_overhead"] = Spec(
        root=(("z", 3),), spine=((("z", 13),), (("z", 13),), (("z", 10),)), neck=(("z", -4),),
        ll=leg(dir=(-0.26, -1, 0), flex=3), rl=leg(dir=(0.26, -1, 0), flex=3),
        la=joined, ra=joined,
    )
    # reclined bound angle: on the back, the soles together near the groin, the knees bent and
    # dropped open to the sides, the straight arms out to the sides along the floor
    bound = leg(ik=("hip", (-0.06, -0.36, 0.0), "b"), pole=(1, 0.2, 0.3), frame="b", foot=("flat", 0))
    floor_t = arm(ik=("shoulder", (1.0, 0.0, 0.0), "w", "pelvis", -0.03, "reach"), pole=(0, 0, -1), frame="w")
    S["reclined_bound_angle_arms_out"] = Spec(frame=LYING_BACK, ll=bound, rl=bound, la=floor_t, ra=floor_t)
    # figure-four balance: on the left foot with the left knee bent to some 125 degrees and the hips
    # sunk back, the trunk tipped some 20 degrees forward, the right ankle laid across the top of
    # the left thigh just above the knee with the right knee opened out to the side, the palms
    # pressed together in front of the chest
    prayer = arm(ik=("spine3", (0.025, 0.12, 0.24), "c"), pole=(1, -0.25, -0.1))
    S["figure_four_on_left_leg_prayer_hands"] = Spec(
        root=(("x", 20),), spine=((("x", 2),), (), ()), neck=(("x", -16),),
        ll=leg(dir=(-0.1, -0.8, 0.55), flex=55),
        rl=leg(ik=("oknee", (-0.02, 0.13, 0.04), "b"), pole=(1, 0.3, 0.6), foot=("rel", 10)),
        la=prayer, ra=prayer,
    )
    # warrior two: the feet about 1.2 m apart along the line of the hips, the right foot turned out
    # with the right knee bent to some 110 degrees over the ankle (the thigh about 20 degrees below
    # level), the straight left leg reaching out to the left with the foot flat, the trunk upright,
    # both straight arms out level at the sides and the head turned to the right
    S["warrior_two_right_knee_bent_arms_out"] = Spec(
        neck=(("y", -55),),
        rl=leg(dir=(0.94, -0.34, 0.12), flex=70, pole=(0, 1, 0), foot=("rel", 0)),
        ll=leg(ik=("hip", (1.0, 0.0, 0.0), "b", "oankle", 0.0, "reach"), pole=(0, 0, 1), foot=("flat", 0)),
        la=T_ARM, ra=T_ARM,
    )
    # supine twist: on the back with the shoulders flat and the straight arms out in a T on the
    # floor, the pelvis rolled over to the right, both knees bent to about 90 degrees and dropped
    # together to the right (the left knee stacked on the right one), the head turned to the left
    S["supine_twist_knees_right_arms_out"] = Spec(
        frame=LYING_BACK, root=(("y", -55),), spine=((("y", 19),), (("y", 19),), (("y", 16),)), neck=(("y", 50),),
        rl=leg(dir=(0.94, 0.33, 0.1), flex=90, pole=(0, 1, 0), frame="b", foot=("rel", 20)),
        ll=leg(dir=(-0.94, 0.33, 0.04), flex=90, pole=(0, 1, 0), frame="b", foot=("rel", 20)),
        la=floor_t, ra=floor_t,
    )
    # crouch on the balls of the feet: the heels raised, the knees folded deep and opened wide, the
    # hips low, the trunk tipped some 45 degrees forward and both arms hanging down between the
    # knees so the fingertips touch the floor between the feet (the wrists a hand's length up)
    frog = leg(ik=("hip", (0.2, -0.18, 0.18), "b"), pole=(1, 0.2, 0.8), foot=("flat", 45))
    tips = arm(ik=("pelvis", (0.12, 0.0, 0.22), "w", "left_foot", 0.13), pole=(0.5, 0, -1), frame="w")
    S["crouch_on_toes_knees_wide_fingertips_down"] = Spec(
        root=(("x", 45),), spine=((("x", 5),), (("x", 5),), ()), neck=(("x", -25),),
        ll=frog, rl=frog, la=tips, ra=tips,
    )
    return S


def _squat_reach(pitch: float) -> Spec:
    """A low squat on flat feet with the trunk pitched pitch degrees forward and tilted toward the
    right, the straight right arm reaching down beside the right foot, the left arm straight up."""
    return Spec(
        root=(("x", pitch), ("z", 20)), spine=((("z", 4),), (("z", 4),), ()), neck=(("x", -35), ("z", -10)),
        rl=leg(ik=("hip", (0.1, -0.18, 0.08), "b"), pole=(0.35, 0.1, 1)),
        # the left foot level with the right one (the tilt lifts the left hip)
        ll=leg(ik=("hip", (0.1, -0.18, 0.08), "b", "oankle", 0.0), pole=(0.35, 0.1, 1)),
        ra=arm(dir=(0.2, -1, 0.1), flex=6, pole=(0, 0, -1), frame="w"),
        la=OVERHEAD_W,
    )


def _squat_reach_pitch(body: Body) -> tuple:
    """Pitch that brings the right hand down to the floor with the feet."""
    def too_far(j):
        return j[J["right_wrist"]][1] < min(j[J["left_foot"]][1], j[J["right_foot"]][1]) + 0.03

    return (("x", _bisect_root(_squat_reach, body, too_far, 0.0, 80.0)), ("z", 20))


def _dev_o_specs() -> dict[str, Spec]:
    """Base poses of the fifteenth development part (DEV_O_TABLE)."""
    S = {}
    # contrapposto: the weight on the straight right leg (its foot in under the body, the hips
    # dropped a little toward the left), the left knee eased forward with that foot resting a
    # little ahead and out, the right hand on the hip and the left arm hanging
    S["stand_contrapposto_right_leg_right_hand_hip"] = Spec(
        root=(("z", -5),), spine=((("z", 3),), (("z", 2),), ()), neck=(("z", 1),),
        rl=leg(dir=(-0.15, -1, 0.0), flex=3),
        ll=leg(ik=("hip", (0.07, 0.0, 0.14), "b", "oankle", 0.035), pole=(0.2, 0, 1), foot=("flat", 14)),
        ra=ON_HIP, la=ARM_DOWN,
    )
    # sitting on the floor in a wide straddle: the straight legs opened some 90 degrees apart in a
    # V, the trunk upright and both straight arms held out level at the sides
    straddle = leg(dir=(0.68, -0.1, 0.73), flex=3, foot=("rel", 10))
    level = arm(dir=(1, 0.0, 0), flex=5, pole=(0, 0, -1), frame="w")
    S["sit_floor_straddle_arms_out"] = Spec(
        root=(("x", -3),), spine=((("x", 2),), (), ()), ll=straddle, rl=straddle, la=level, ra=level,
    )
    # low squat on flat feet, the hips down near the heels, the trunk tipped forward and toward the
    # right so the straight right arm reaches the floor beside and ahead of the right foot, the
    # straight left arm pointing up at the ceiling
    S["squat_right_hand_floor_left_arm_up"] = Spec(
        **{k: getattr(_squat_reach(0.0), k) for k in ("frame", "spine", "neck", "la", "ra", "ll", "rl")},
        root=_squat_reach_pitch,
    )
    # superman: face down on the belly, the chest raised a little, both straight arms reaching on
    # past the head and lifted, both straight legs lifted off the floor behind
    lift = leg(dir=(0.04, -1, -0.38), flex=3, foot=("rel", 50))
    reach = arm(dir=(0.2, 1, -0.3), flex=6, pole=(1, 0, 0.2))
    S["superman_prone_arms_legs_lifted"] = Spec(
        frame=LYING_FRONT, spine=((("x", -9),), (("x", -9),), (("x", -4.5),)), neck=(("x", -15),),
        ll=lift, rl=lift, la=reach, ra=reach,
    )
    # standing high on the balls of both feet (the heels lifted), the legs straight and the feet
    # together, both straight arms held out in front level with the shoulders
    tiptoe = leg(dir=(0.02, -1, -0.04), flex=3, foot=("flat", 35))
    ahead = arm(dir=(0.06, 0.0, 1), flex=5, pole=(0, -1, 0), frame="w")
    S["stand_tiptoe_arms_forward"] = Spec(ll=tiptoe, rl=tiptoe, la=ahead, ra=ahead)
    # standing hamstring stretch: the straight right leg a step ahead resting on the heel with the
    # toes pulled up, the left knee bent under the hips, the trunk hinged forward some 50 degrees
    # over the right leg and both straight arms down to the right thigh (the right hand just above
    # the knee, the left one higher up)
    S["hamstring_stretch_right_heel_hands_on_right_thigh"] = Spec(
        root=(("x", 44),), spine=((("x", 4),), (("x", 4),), ()), neck=(("x", -20),),
        rl=leg(ik=("hip", (0.02, 0.0, 0.5), "b", "oankle", -0.04, "reach"), pole=(0, 0, 1), foot=("flat", -50)),
        ll=leg(dir=(0.03, -1, 0.35), flex=56),
        ra=arm(ik=("knee", (0.06, 0.14, -0.01), "b"), pole=(0.6, 0, -1), frame="b"),
        la=arm(ik=("oknee", (0.03, 0.22, -0.07), "b"), pole=(0.6, 0, -1), frame="b"),
    )
    return S


def _reverse_table(pitch: float) -> Spec:
    """Face up on the hands and the feet with the hips lifted, the trunk pitched pitch degrees up
    toward the head: the thighs level, the shins plumb over the flat feet and the straight arms
    plumb under the shoulders."""
    shin = leg(dir=(0.1, 0.0, 1), flex=90, frame="w")
    prop = arm(dir=(0.06, -1, 0.0), flex=4, pole=(0, 0, -1), frame="w")
    return Spec(frame=LYING_BACK, root=(("x", pitch),), neck=(("x", 10),), ll=shin, rl=shin, la=prop, ra=prop)


def _reverse_table_pitch(body: Body) -> tuple:
    """Pitch that brings the hands down to the floor with the feet."""
    def too_far(j):
        return min(j[J["left_wrist"]][1], j[J["right_wrist"]][1]) > min(j[J["left_foot"]][1], j[J["right_foot"]][1])

    return (("x", _bisect_root(_reverse_table, body, too_far, -30.0, 45.0)),)


def _dev_p_specs() -> dict[str, Spec]:
    """Base poses of the sixteenth development part (DEV_P_TABLE)."""
    S = {}
    # bird-dog: on the left hand (the arm straight, plumb under the shoulder) and the right knee
    # (the shin and the foot along the floor), the straight right arm reaching forward level with
    # the shoulder and the straight left leg stretched back level with the hip
    palm = arm(ik=("shoulder", (0.0, 0.0, 0.03), "b", "right_knee", -0.04, "reach"), pole=(0, 0, -1), frame="b")
    S["bird_dog_right_arm_forward_left_leg_back"] = Spec(
        root=_all_fours_pitch, neck=(("x", -30),), rl=ALL_FOURS_LEG,
        ll=leg(dir=(0.03, 0.04, -1), flex=4, foot=("rel", 40)), la=palm,
        ra=arm(dir=(0.05, 0.0, 1), flex=4, pole=(0, -1, 0), frame="w"),
    )
    # hook lying: on the back with both knees bent up and the feet flat on the floor, the elbows
    # resting on the floor at the sides and both hands on the belly
    hook = leg(ik=("hip", (0.04, -0.48, 0.0), "b", "pelvis", 0.0), pole=(0, 0, 1), frame="b", foot=("flat", 0))
    belly = arm(ik=("spine1", (0.08, 0.02, 0.13), "c"), pole=(1, 0, -0.6))
    S["lie_back_knees_bent_hands_on_belly"] = Spec(frame=LYING_BACK, ll=hook, rl=hook, la=belly, ra=belly)
    # sitting on a chair with the left foot flat (the left thigh sloping a little down to the
    # knee), the right ankle laid across the top of the left thigh just behind the knee and the
    # right knee opened out to the side, the right hand on the right shin by the knee and the left
    # hand holding the right ankle
    S["chair_right_ankle_on_left_knee_hands_on_shin"] = Spec(
        root=(("x", 10),),
        ll=leg(dir=(0.08, -0.17, 1), flex=90),
        rl=leg(ik=("oknee", (0.02, 0.11, -0.02), "b"), pole=(1, 0.15, 0.3), foot=("rel", 10)),
        ra=arm(ik=("knee", (-0.1, 0.06, 0.0), "b"), pole=(1, 0, -0.6), frame="b"),
        la=arm(ik=("oankle", (0.0, 0.07, 0.0), "b"), pole=(1, 0, -0.6), frame="b"),
    )
    # triangle pose to the right: the feet about a metre apart and flat, both legs straight, the
    # trunk tipped some 55-65 degrees over to the right, the straight right arm down to the right
    # shin just below the knee (the hand in front of it) and the straight left arm pointing up
    S["triangle_right_hand_on_shin_left_arm_up"] = Spec(
        root=(("z", 42),), spine=((("z", 11),), (("z", 11),), (("z", 8.25),)), neck=(("z", -15),),
        rl=leg(dir=(0.72, -0.7, 0.0), flex=3),
        ll=leg(ik=("hip", (1.0, 0.0, 0.0), "b", "oankle", 0.0, "reach"), pole=(0, 0, 1), foot=("flat", 0)),
        ra=arm(ik=("knee", (0.0, -0.12, 0.1), "w"), pole=(0.3, 0, -1), frame="w"),
        la=arm(dir=(0.0, 1, 0.0), flex=4, pole=(0, 0, -1), frame="w"),
    )
    # goal-post (cactus) arms: standing, both upper arms raised out to the sides level with the
    # shoulders, the elbows bent to about 90 degrees so the forearms point straight up
    cactus = arm(dir=(1, 0.0, 0.0), flex=90, pole=(0, -1, -0.15))
    S["stand_goal_post_arms"] = Spec(la=cactus, ra=cactus)
    # reverse table top: face up on the hands and the feet, the straight arms plumb under the
    # shoulders, the knees bent to about 90 degrees over the flat feet and the hips lifted so the
    # thighs and the trunk are about level
    S["reverse_table_top_hips_lifted"] = Spec(
        **{k: getattr(_reverse_table(0.0), k) for k in ("frame", "spine", "neck", "la", "ra", "ll", "rl")},
        root=_reverse_table_pitch,
    )
    return S



def _reverse_table_lifted(lift: float) -> Spec:
    """Belly up on the hands and the flat feet: the trunk lifted lift degrees from lying on the
    back, the thighs level with the knees bent square over the ankles and the straight arms
    plumb under the shoulders."""
    shin = leg(dir=(0.06, 0.0, 1), flex=88, pole=(0, 1, 0.2), frame="w", foot=("flat", 0))
    plumb = arm(dir=(0.08, -1, -0.05), flex=4, pole=(0, 0, -1), frame="w")
    return Spec(frame=LYING_BACK, root=(("x", lift),), neck=(("x", 10),), ll=shin, rl=shin, la=plumb, ra=plumb)


def _reverse_table_lifted_lift(body: Body) -> tuple:
    """Lift that sets the hands on the floor with the feet."""
    def too_far(j):
        return min(j[J["left_wrist"]][1], j[J["right_wrist"]][1]) > min(j[J["left_foot"]][1], j[J["right_foot"]][1])

    return (("x", _bisect_root(_reverse_table_lifted, body, too_far, -20.0, 40.0)),)


def _skater(pitch: float) -> Spec:
    """A squat on the left leg (the knee near 90 degrees, the foot in under the body) with the trunk
    pitched pitch degrees forward, the bent right leg crossed behind it off the floor, the straight
    right arm swung forward and the straight left arm back."""
    return Spec(
        root=(("x", pitch),), spine=((("x", 3),), (("y", -6),), ()), neck=(("x", -30),),
        ll=leg(dir=(-0.12, -0.64, 0.77), flex=88),
        rl=leg(dir=(-0.6, -0.85, -0.35), flex=70, pole=(0, -0.3, 1), foot=("rel", 30)),
        ra=arm(dir=(-0.3, -0.25, 1), flex=12, pole=(0, -1, 0), frame="w"),
        la=arm(dir=(0.2, -0.35, -1), flex=8, pole=(0, -1, 0), frame="w"),
    )


def _skater_pitch(body: Body) -> tuple:
    """Pitch that brings the centre of mass over the middle of the left foot."""
    def too_far(j):
        foot = (j[J["left_ankle"]] + j[J["left_foot"]]) / 2
        return centre_of_mass(j)[2] > foot[2]

    return (("x", _bisect_root(_skater, body, too_far, 0.0, 80.0)),)


def _dev_q_specs() -> dict[str, Spec]:
    """Base poses of the seventeenth development part (DEV_Q_TABLE)."""
    S = {}
    # reverse tabletop: belly up on the hands and the flat feet, the straight arms plumb under the
    # shoulders, the thighs and the trunk level, the knees bent square over the ankles
    S["reverse_tabletop_belly_up_knees_bent"] = Spec(
        **{k: getattr(_reverse_table_lifted(0.0), k) for k in ("frame", "spine", "neck", "la", "ra", "ll", "rl")},
        root=_reverse_table_lifted_lift,
    )
    # skater's squat: on the left foot with the knee bent near 90 degrees and the trunk tipped
    # forward over it, the bent right leg crossed behind the left one with its foot off the floor,
    # the straight right arm swung forward and the straight left arm back
    S["skater_squat_left_leg_right_leg_crossed_behind"] = Spec(
        **{k: getattr(_skater(0.0), k) for k in ("frame", "spine", "neck", "la", "ra", "ll", "rl")},
        root=_skater_pitch,
    )
    # on the back with both straight legs raised vertical and the straight arms out to the sides
    # along the floor
    up = leg(dir=(0.03, 0.03, 1), flex=4, foot=("rel", 10))
    floor_t = arm(ik=("shoulder", (1.0, 0.0, 0.0), "w", "pelvis", -0.03, "reach"), pole=(0, 0, -1), frame="w")
    S["lie_back_legs_vertical_arms_out"] = Spec(frame=LYING_BACK, neck=(("x", 5),), ll=up, rl=up, la=floor_t, ra=floor_t)
    # bow: on the belly with the chest raised and arched back, the knees bent and the thighs lifted
    # off the floor, each hand reaching back to hold its own ankle
    bow_leg = leg(dir=(0.1, -1, -0.5), flex=104, pole=(0, -0.4, 1), foot=("rel", 20))
    hold = arm(ik=("ankle", (0.0, 0.0, 0.02), "w"), pole=(0.3, -1, 0), frame="w")
    S["bow_prone_hands_holding_ankles"] = Spec(
        frame=LYING_FRONT, root=(("x", -22),), spine=((("x", -10),), (("x", -10),), (("x", -8),)), neck=(("x", -15),),
        ll=bow_leg, rl=bow_leg, la=hold, ra=hold,
    )
    # overhead triceps stretch, standing: the right elbow folded tight and raised beside the head
    # above it, the right hand down behind the neck on the upper back, the left arm reaching up over
    # the head to hold the right elbow
    S["stand_triceps_stretch_right_elbow_up"] = Spec(
        neck=(("x", 12),),
        ra=arm(ik=("neck", (0.07, -0.02, -0.14), "c"), pole=(0.2, 1, 0.3)),
        la=arm(ik=("oelbow", (0.0, 0.06, 0.03), "c"), pole=(0.7, 1.2, 0.2)),
    )
    # sitting on a chair, the trunk eased back a little: the left foot flat with the knee square,
    # the right ankle laid across the left thigh near the knee with the right knee opened out, the
    # hands clasped behind the head with the elbows wide
    S["chair_right_ankle_on_left_knee_hands_behind_head"] = Spec(
        root=(("x", -6),), spine=((), (("x", -3),), ()), neck=(("x", 6),),
        ll=CHAIR_LEG, rl=leg(ik=("oknee", (0.05, 0.1, -0.09), "b"), pole=(1, 0.35, 0.5), foot=("rel", 10)),
        la=BEHIND_HEAD, ra=BEHIND_HEAD,
    )
    return S


def _heldout_specs() -> dict[str, Spec]:
    """Base poses that only the held-out captions use."""
    S = {}
    # warrior three: on the straight right leg, the trunk and the straight left leg level, both
    # arms reaching on past the head (the standing foot set a little forward to keep the balance)
    reach = arm(dir=(0.12, 1, 0.1), flex=6, pole=(1, 0, -0.3))
    S["warrior_three_on_right_leg_arms_forward"] = Spec(
        root=(("x", 85),), neck=(("x", -15),),
        rl=leg(dir=(-0.14, -1, 0.32), flex=5),
        ll=leg(dir=(0.02, 0.08, -1), flex=4, frame="b", foot=("rel", 30)),
        la=reach, ra=reach,
    )
    # seated forward fold on the floor, both legs straight, each hand holding its own ankle
    to_ankle = arm(ik=("ankle", (0.0, 0.08, 0.0), "b"), pole=(0.5, 0, -1), frame="b")
    S["sit_floor_fold_holding_ankles"] = Spec(
        root=(("x", 45),), spine=((("x", 8),), (("x", 8),), (("x", 4),)), neck=(("x", 5),),
        ll=FLOOR_LEG, rl=FLOOR_LEG, la=to_ankle, ra=to_ankle,
    )
    # kneeling with the seat on the heels, the left arm straight up, the right hand on its thigh
    heels = leg(dir=(0.07, -0.33, 1), flex=158, foot=("rel", 75))
    S["kneel_on_heels_left_arm_up"] = Spec(
        ll=heels, rl=heels, la=OVERHEAD,
        ra=arm(ik=("knee", (0.03, 0.11, -0.14), "b"), pole=(0.4, 0, -1), frame="b"),
    )
    # side lunge over the bent right knee, the trunk leaning and turning toward it, both hands on it
    S["side_lunge_right_hands_on_right_knee"] = Spec(
        root=(("x", 32), ("z", 16)), spine=((("y", -14),), (("y", -14),), ()), neck=(("x", -15), ("y", 14)),
        rl=SIDE_LUNGE_BENT, ll=SIDE_LUNGE_STRAIGHT,
        ra=arm(ik=("knee", (-0.03, 0.1, 0.02), "b"), pole=(0.6, 0, -1), frame="b"),
        la=arm(ik=("oknee", (0.08, 0.1, 0.02), "b"), pole=(0.3, -0.2, -1), frame="b"),
    )
    # on the back, the straight right leg raised about 70 degrees off the floor, arms by the sides
    S["lie_back_right_leg_raised"] = Spec(
        frame=LYING_BACK, ll=LIE_LEG, rl=leg(dir=(0.04, -0.35, 0.94), flex=4, foot=("rel", 10)),
        la=LIE_ARM, ra=LIE_ARM,
    )
    # side plank: lying on the right side tilted up 24 degrees about the feet, the straight right
    # arm propping the shoulder (the hand on the floor a little toward the head), the left arm up
    S["side_plank_on_right_hand_left_arm_up"] = Spec(
        frame=(("x", -66), ("y", -90)),
        ll=leg(dir=(-0.05, -1, 0.02), flex=3, foot=("rel", 10)),
        rl=leg(dir=(0.02, -1, 0.0), flex=3, foot=("rel", 10)),
        ra=arm(ik=("shoulder", (0.0, 0.0, -0.05), "w", "right_foot", 0.03, "reach"), pole=(0, 0, -1), frame="w"),
        la=arm(dir=(0.0, 1, 0), flex=4, pole=(0, 0, 1), frame="w"),
    )
    return S


def _prone_on_elbows_pitch(body: Body) -> tuple:
    """Chest lift that puts the shoulders one upper arm above the floor with the forearms flat:
    sin(pitch) = upper arm / (hip to shoulder height)."""
    o = body.offsets
    trunk_len = -o[1][1] + o[3][1] + o[6][1] + o[9][1] + o[13][1] + o[16][1]
    sin = (np.linalg.norm(o[18]) + 0.03 * body.scale) / trunk_len
    return (("x", -math.degrees(math.asin(float(np.clip(sin, 0.0, 0.9))))),)


def _dev_c_specs() -> dict[str, Spec]:
    """Base poses of the third development part (DEV_C_TABLE)."""
    S = {}
    S["bend_hands_on_knees"] = Spec(
        root=(("x", 48),),
        spine=((("x", 5),), (("x", 5),), ()),
        neck=(("x", -30),),
        ll=leg(dir=(0.05, -1, 0.85), flex=68),
        rl=leg(dir=(0.05, -1, 0.85), flex=68),
        la=arm(ik=("knee", (0.02, 0.09, 0.05), "b"), pole=(0.7, 0, -1), frame="b"),
        ra=arm(ik=("knee", (0.02, 0.09, 0.05), "b"), pole=(0.7, 0, -1), frame="b"),
    )
    S["stand_left_reach_right_hip"] = Spec(la=FORWARD, ra=ON_HIP)
    S["kneel_right_knee_arms_up"] = Spec(rl=KNEEL_DOWN, ll=KNEEL_UP, la=OVERHEAD, ra=OVERHEAD)
    S["chair_lean_elbows_on_knees"] = Spec(
        root=(("x", 30),),
        spine=((("x", 10),), (("x", 10),), (("x", 6),)),
        neck=(("x", -35),),
        ll=CHAIR_LEG,
        rl=CHAIR_LEG,
        la=arm(dir=(-0.2, -1, 0.42), flex=68, pole=(0.5, 0.1, -1), frame="b"),
        ra=arm(dir=(-0.2, -1, 0.42), flex=68, pole=(0.5, 0.1, -1), frame="b"),
    )
    S["lie_back_arms_overhead"] = Spec(
        frame=LYING_BACK, ll=LIE_LEG, rl=LIE_LEG,
        la=arm(dir=(0.2, 1, 0.0), flex=8, pole=(1, 0, 0.2)),
        ra=arm(dir=(0.2, 1, 0.0), flex=8, pole=(1, 0, 0.2)),
    )
    S["lie_front_on_elbows"] = Spec(
        frame=LYING_FRONT,
        root=_prone_on_elbows_pitch,
        neck=(("x", 20),),
        ll=leg(dir=(0.05, -1, 0), flex=3, foot=("rel", 60)),
        rl=leg(dir=(0.05, -1, 0), flex=3, foot=("rel", 60)),
        la=arm(dir=(0.12, 0, 1), flex=88, pole=(0, -1, 0), frame="b"),
        ra=arm(dir=(0.12, 0, 1), flex=88, pole=(0, -1, 0), frame="b"),
    )
    S["stand_left_arm_up_right_out"] = Spec(la=OVERHEAD, ra=T_ARM)
    S["squat_palms_together"] = Spec(
        root=(("x", 26),), spine=((("x", 4),), (), ()), neck=(("x", -20),), ll=SQUAT_LEG, rl=SQUAT_LEG,
        la=arm(ik=("spine3", (0.035, -0.04, 0.27), "b"), pole=(1, -0.25, -0.1)),
        ra=arm(ik=("spine3", (0.035, -0.04, 0.27), "b"), pole=(1, -0.25, -0.1)),
    )
    S["lunge_left_arms_out"] = Spec(ll=LUNGE_FRONT, rl=LUNGE_BACK, la=T_ARM, ra=T_ARM)
    S["balance_right_leg_left_foot_back"] = Spec(
        rl=leg(dir=(-0.02, -1, 0), flex=4),
        ll=leg(dir=(0.03, -1, -0.2), flex=100, foot=("rel", 30)),
        la=T_ARM, ra=T_ARM,
    )
    S["fold_palms_on_floor"] = Spec(
        root=(("x", 108),),
        spine=((("x", 14),), (("x", 14),), (("x", 10),)),
        neck=(("x", 10),),
        ll=leg(dir=(0.03, -1, 0.2), flex=32),
        rl=leg(dir=(0.03, -1, 0.2), flex=32),
        la=arm(ik=("shoulder", (0.03, 0.0, 0.12), "b", "ankle", -0.02, "reach"), pole=(0.3, 0, -1), frame="b"),
        ra=arm(ik=("shoulder", (0.03, 0.0, 0.12), "b", "ankle", -0.02, "reach"), pole=(0.3, 0, -1), frame="b"),
    )
    S["stand_arms_v"] = Spec(
        la=arm(dir=(0.62, 1, 0.08), flex=6, pole=(1, 0, -0.5)),
        ra=arm(dir=(0.62, 1, 0.08), flex=6, pole=(1, 0, -0.5)),
    )
    hook = leg(ik=("hip", (0.04, -0.48, 0.0), "b", "pelvis", 0.0), pole=(0, 0, 1), frame="b", foot=("flat", 0))
    S["lie_back_knees_up_arms_out"] = Spec(
        frame=LYING_BACK, ll=hook, rl=hook,
        la=arm(dir=(1, -0.05, 0), flex=5, pole=(0, 0, -1)),
        ra=arm(dir=(1, -0.05, 0), flex=5, pole=(0, 0, -1)),
    )
    S["sit_floor_lean_back_on_hands"] = Spec(
        root=(("x", -24),),
        ll=FLOOR_LEG,
        rl=FLOOR_LEG,
        la=arm(ik=("shoulder", (0.1, 0.0, -0.15), "b", "ankle", 0.0, "reach"), pole=(0.3, 0, 1), frame="b"),
        ra=arm(ik=("shoulder", (0.1, 0.0, -0.15), "b", "ankle", 0.0, "reach"), pole=(0.3, 0, 1), frame="b"),
    )
    return S


# ---------------------------------------------------------------------------------------------
# Captions: (style, text, predicates it asserts). Every caption is true of its base pose.

STYLE_CODES = {
    "tp": "third_person",
    "imp": "imperative",
    "bpf": "body_part_first",
    "prog": "progressive",
    "pas": "passive",
    "mc": "multi_clause",
    "num": "numeric",
    "neg": "negation",
}
DEV, HELD = "dev", "heldout"
# the two halves of the development captions (the checker was tuned on both); other-posture
# partners and planted pairs are drawn within a half
HALF_A, HALF_B = "dev-a", "dev-b"
# the third development part: captions written apart from TABLE that were a held-out set until
# they too were looked at while tuning a checker
HALF_C = "dev-c"
# the fourth development part: captions written apart from the others, likewise held out until
# they were looked at while tuning a checker
HALF_D = "dev-d"
# the fifth development part: captions written apart from the others, likewise held out until
# they were looked at while tuning a checker (they keep their random stream)
HALF_E = "dev-e"
# the sixth development part: the captions held out before those of dev-g, likewise looked at
# while tuning a checker (they keep their random stream)
HALF_F = "dev-f"
# the seventh development part: the captions held out before those of dev-h, likewise
# looked at while tuning a checker (they keep their random stream)
HALF_G = "dev-g"
# the eighth development part: the captions held out before the present held-out set, likewise
# looked at while tuning a checker (they keep their random stream)
HALF_H = "dev-h"
# the ninth development part: captions written apart from the checker for tuning it, first run
# as if unseen and then looked at (a random stream of its own)
HALF_I = "dev-i"
# the tenth development part: captions written apart from the checker for tuning it on more
# wording, with base poses of its own (a random stream of its own)
HALF_J = "dev-j"
# the eleventh development part: captions written apart from the checker for tuning it on more
# wording, with base poses of its own (a random stream of its own)
HALF_K = "dev-k"
# the twelfth development part: captions written apart from the checker for tuning it on more
# wording, with base poses of its own (a random stream of its own)
HALF_L = "dev-l"
# the thirteenth development part: captions written apart from the checker for tuning it on more
# wording, with base poses of its own (a random stream of its own)
HALF_M = "dev-m"
# the fourteenth development part: captions written apart from the checker for tuning it on more
# wording, with base poses of its own (a random stream of its own)
HALF_N = "dev-n"
# the fifteenth development part: captions written apart from the checker for tuning it on more
# wording, with base poses of its own (a random stream of its own)
HALF_O = "dev-o"
# the sixteenth development part: captions written apart from the checker for tuning it on more
# wording, with base poses of its own (a random stream of its own)
HALF_P = "dev-p"
# the seventeenth development part: captions written apart from the checker for tuning it on more
# wording, with base poses of its own (a random stream of its own)
HALF_Q = "dev-q"

# (base pose, posture, caption family, split, captions)
TABLE = [
    ("stand_arms_down", "standing", "arms_down", HALF_A, [
        ("tp", "A man stands upright with both arms resting at his sides.", "stand upright down:l down:r"),
        ("imp", "Stand up straight and let your arms hang down by your sides.", "stand upright legs_straight down:l down:r"),
        ("pas", "Both arms are kept down alongside the body while the person stands still.", "stand down:l down:r"),
        ("pas", "The body is held upright with the legs straight and the feet close together.", "stand upright legs_straight feet_close"),
        ("neg", "A woman standing still, not lifting either arm and not bending her knees.", "stand below_shoulder:l below_shoulder:r legs_straight"),
        ("num", "A person stands upright with the feet about 20 centimetres apart and both arms hanging straight down.", "stand upright feet_apart:0.1:0.4 down:l down:r"),
        ("mc", "A person is standing in a relaxed neutral stance, the weight spread over both feet, with the arms falling loosely beside the thighs and the gaze straight ahead.", "stand upright feet_down down:l down:r"),
        ("prog", "Someone is standing quietly with the arms down.", "stand down:l down:r"),
    ]),
    ("stand_arms_overhead", "standing", "arms_overhead", HALF_B, [
        ("tp", "A woman stands with both hands stretched high above her head.", "stand over:l over:r"),
        ("imp", "Reach both arms straight up toward the ceiling.", "over:l over:r arm_straight:l arm_straight:r"),
        ("prog", "Someone is stretching upward, both arms lifted over the head.", "over:l over:r"),
        ("bpf", "Both wrists are above the head and the elbows are nearly straight.", "over:l over:r arm_straight:l arm_straight:r"),
        ("num", "Standing tall with both arms raised about 170 degrees from the sides, hands well above the head.", "stand arm_abd:l:150:180 arm_abd:r:150:180 over:l over:r"),
        ("neg", "A person on their feet with both arms up overhead; neither arm hangs down.", "stand over:l over:r !down:l !down:r"),
        ("mc", "The person stands on both feet with legs straight, lifting both arms up past the ears so the hands end up high above the head, as if reaching for something on a top shelf.", "stand feet_down legs_straight over:l over:r"),
    ]),
    ("stand_left_arm_overhead", "standing", "one_overhead", HALF_A, [
        ("tp", "A woman stands with her left arm raised above her head and her right arm down.", "stand over:l down:r"),
        ("imp", "Lift your left hand high over your head and keep the right one down.", "over:l down:r"),
        ("bpf", "The left hand is held up above the head while the right arm hangs beside the body.", "over:l down:r"),
        ("neg", "Standing with only the left arm up; the right arm is not raised.", "stand over:l below_shoulder:r"),
        ("num", "A man stands with his left arm raised to about 170 degrees, pointing straight up, while his right arm stays down.", "stand arm_abd:l:150:180 over:l down:r"),
        ("mc", "Someone standing upright raises the left arm straight up overhead as if asking a question, while the right arm rests loosely along the right side and both feet stay planted.", "stand upright over:l arm_straight:l down:r feet_down"),
    ]),
    ("stand_right_arm_overhead", "standing", "one_overhead", HALF_A, [
        ("tp", "A man standing with his right hand reaching up over his head.", "stand over:r"),
        ("prog", "Someone is holding the right arm straight up in the air, the left arm relaxed at the side.", "over:r arm_straight:r down:l"),
        ("pas", "The right arm is lifted high above the head; the left one is left hanging.", "over:r down:l"),
        ("imp", "Put your right arm straight up above your head, left arm by your side.", "over:r arm_straight:r down:l"),
        ("neg", "The person stands without raising the left arm, while the right hand goes up above the head.", "stand below_shoulder:l over:r"),
        ("mc", "A person stands on both feet, stretching the right arm up past the head with the elbow almost locked, and lets the left arm hang straight down beside the left thigh.", "stand feet_down over:r arm_straight:r down:l"),
    ]),
    ("stand_t_pose", "standing", "t_pose", HALF_A, [
        ("tp", "A man stands with both arms stretched out horizontally to the sides.", "stand out:l out:r"),
        ("imp", "Spread your arms out wide at shoulder height.", "out:l out:r"),
        ("pas", "Both arms are extended sideways, level with the shoulders.", "out:l out:r"),
        ("num", "A person standing with arms lifted 90 degrees out to the sides, forming a T.", "stand arm_abd:l:75:105 arm_abd:r:75:105 out:l out:r"),
        ("neg", "Arms straight out to the sides, not raised above the head and not hanging down.", "out:l out:r below_head:l below_head:r !down:l !down:r"),
        ("prog", "Someone is holding both arms out sideways like airplane wings.", "out:l out:r"),
        ("bpf", "The wrists are level with the shoulders, far out to either side of the body.", "out:l out:r"),
    ]),
    ("stand_left_arm_out", "standing", "one_out", HALF_B, [
        ("tp", "A woman stands with her left arm held straight out to the side at shoulder level.", "stand out:l"),
        ("bpf", "The left arm extends sideways at shoulder height while the right arm hangs down.", "out:l down:r"),
        ("imp", "Stretch your left arm out to the side and leave the right one down.", "out:l down:r"),
        ("num", "Standing, left arm abducted to about 90 degrees, right arm relaxed at the side.", "stand arm_abd:l:75:105 down:r"),
        ("mc", "A person standing upright holds the left arm out horizontally away from the body, palm down, as though signalling a turn, with the right arm resting along the right side.", "stand upright out:l down:r"),
    ]),
    ("stand_right_arm_out", "standing", "one_out", HALF_B, [
        ("tp", "A man standing with his right arm extended out to his right side.", "stand out:r"),
        ("prog", "Someone is stretching the whole right arm out sideways while the left arm stays at the side.", "out:r down:l"),
        ("pas", "The right arm is raised sideways to shoulder height; the left arm is kept down.", "out:r down:l"),
        ("neg", "A person stands with the right arm out to the side and does not lift the left arm.", "stand out:r below_shoulder:l"),
        ("num", "The right arm is held at about 90 degrees from the torso, out to the side, while the person stands upright.", "stand upright arm_abd:r:75:105 out:r"),
    ]),
    ("stand_arms_forward", "standing", "arms_forward", HALF_B, [
        ("tp", "A woman stands with both arms stretched straight out in front of her.", "stand fwd:l fwd:r arm_straight:l arm_straight:r"),
        ("imp", "Hold both arms out in front of you at chest height.", "fwd:l fwd:r"),
        ("prog", "A man is reaching forward with both arms parallel to the floor.", "fwd:l fwd:r"),
        ("bpf", "Both hands are in front of the body at shoulder level, elbows extended.", "fwd:l fwd:r arm_straight:l arm_straight:r"),
        ("num", "Standing with the arms raised forward to about 90 degrees, hands roughly half a metre in front of the shoulders.", "stand arm_abd:l:75:105 arm_abd:r:75:105 fwd:l fwd:r"),
        ("neg", "Standing with arms straight forward, neither arm raised above the head.", "stand fwd:l fwd:r below_head:l below_head:r"),
    ]),
    ("stand_hands_on_hips", "standing", "hands_hips", HALF_B, [
        ("tp", "A man stands with both hands resting on his hips, elbows pointing out.", "stand on_hip:l on_hip:r elbow_out:l elbow_out:r"),
        ("imp", "Plant your hands on your hips and stand tall.", "stand upright on_hip:l on_hip:r"),
        ("pas", "Both hands are placed on the hips with the elbows bent outward.", "on_hip:l on_hip:r elbow_bent:l elbow_bent:r elbow_out:l elbow_out:r"),
        ("prog", "Someone is standing akimbo, fists on the hips.", "stand on_hip:l on_hip:r"),
        ("bpf", "The hands sit on the hips and both elbows stick out to the sides.", "on_hip:l on_hip:r elbow_out:l elbow_out:r"),
        ("neg", "A person stands with hands on the hips, arms not hanging straight down.", "stand on_hip:l on_hip:r !down:l !down:r"),
        ("mc", "A confident standing pose: feet planted on the floor, legs straight, both hands set on the hips so that the elbows flare out to the sides.", "stand feet_down legs_straight on_hip:l on_hip:r elbow_out:l elbow_out:r"),
    ]),
    ("stand_left_hand_on_hip", "standing", "one_hip", HALF_A, [
        ("tp", "A woman stands with her left hand on her hip and her right arm relaxed.", "stand on_hip:l down:r"),
        ("bpf", "The left hand rests on the left hip, elbow out, while the right arm hangs straight.", "on_hip:l elbow_out:l down:r"),
        ("imp", "Put your left hand on your hip and let the right arm hang.", "on_hip:l down:r"),
        ("num", "Standing, left elbow bent to roughly 120 degrees with the hand on the hip, right arm straight at the side.", "stand elbow_deg:l:95:145 on_hip:l down:r"),
        ("neg", "Standing with one hand on the left hip; the right hand is not on the hip.", "stand on_hip:l !on_hip:r"),
    ]),
    ("stand_right_hand_on_hip", "standing", "one_hip", HALF_A, [
        ("tp", "A man stands with his right hand on his right hip.", "stand on_hip:r"),
        ("prog", "Someone is standing with the right hand propped on the hip and the left arm dangling.", "stand on_hip:r down:l"),
        ("pas", "The right hand is set on the right hip; the left arm is left at the side.", "on_hip:r down:l"),
        ("mc", "A person stands upright on both feet, the right hand propped on the right hip with the elbow sticking out sideways, while the left arm hangs loosely along the body.", "stand upright feet_down on_hip:r elbow_out:r down:l"),
        ("neg", "The person stands, props the right hand on the hip and keeps the left arm down, not touching the hip.", "stand on_hip:r down:l !on_hip:l"),
    ]),
    ("stand_hands_behind_head", "standing", "behind_head", HALF_A, [
        ("tp", "A man stands with his hands clasped behind his head, elbows spread wide.", "stand behind_head:l behind_head:r elbow_out:l elbow_out:r"),
        ("imp", "Lace your fingers behind your head and open your elbows.", "behind_head:l behind_head:r elbow_out:l elbow_out:r"),
        ("pas", "Both hands are placed at the back of the head.", "behind_head:l behind_head:r"),
        ("prog", "Someone is standing relaxed with both hands resting behind the head.", "stand behind_head:l behind_head:r"),
        ("num", "Standing with both elbows bent to about 60 degrees and the hands behind the head.", "stand elbow_deg:l:40:85 elbow_deg:r:40:85 behind_head:l behind_head:r"),
        ("mc", "The person stands straight with feet on the ground, bringing both hands up behind the head so the elbows point out to the sides, like someone stretching after a long day.", "stand feet_down behind_head:l behind_head:r elbow_out:l elbow_out:r"),
        ("neg", "Hands behind the head, and the arms are not down by the sides.", "behind_head:l behind_head:r !down:l !down:r"),
    ]),
    ("stand_right_hand_on_head", "standing", "hand_head", HALF_B, [
        ("tp", "A woman stands with her right hand resting on top of her head.", "stand on_head:r"),
        ("imp", "Place your right palm on top of your head and keep your left arm down.", "on_head:r down:l"),
        ("bpf", "The right hand touches the top of the head; the left arm hangs loosely.", "on_head:r down:l"),
        ("neg", "Standing, the right hand rests on the head and the left arm is not lifted.", "stand on_head:r below_shoulder:l"),
    ]),
    ("stand_left_hand_on_head", "standing", "hand_head", HALF_B, [
        ("tp", "A man standing with his left hand placed on his head.", "stand on_head:l"),
        ("prog", "Someone is patting the top of the head with the left hand.", "on_head:l"),
        ("pas", "The left hand is laid on top of the head while the right arm hangs down.", "on_head:l down:r"),
        ("num", "A person stands with the left elbow bent about 75 degrees, the left hand on the crown of the head.", "stand elbow_deg:l:55:100 on_head:l"),
        ("mc", "Standing on both feet, the person raises the left hand and rests it on top of the head, elbow out to the side, while the right arm stays straight down.", "stand feet_down on_head:l elbow_out:l down:r"),
    ]),
    ("stand_arms_crossed", "standing", "crossed", HALF_B, [
        ("tp", "A man stands with his arms folded across his chest.", "stand crossed"),
        ("imp", "Cross your arms over your chest.", "crossed"),
        ("prog", "Someone is standing with folded arms, looking impatient.", "stand crossed"),
        ("bpf", "The forearms cross in front of the chest, with both elbows bent.", "crossed elbow_bent:l elbow_bent:r"),
        ("neg", "Arms folded over the chest, not hanging at the sides and not raised.", "crossed !down:l !down:r below_head:l below_head:r"),
        ("num", "Standing with both elbows bent to roughly 100 degrees, forearms crossed over the chest.", "stand crossed elbow_deg:l:75:135 elbow_deg:r:75:135"),
    ]),
    ("stand_left_elbow_90", "standing", "elbow90", HALF_A, [
        ("tp", "A woman stands with her left elbow bent at a right angle, forearm pointing forward.", "stand elbow90:l"),
        ("num", "The left elbow is bent at 90 degrees with the upper arm vertical and the forearm horizontal; the right arm hangs straight.", "elbow90:l elbow_deg:l:70:110 down:r"),
        ("imp", "Keep your left upper arm at your side and bend the elbow so the forearm points ahead.", "elbow90:l"),
        ("neg", "Standing with the left forearm held forward; the right elbow is not bent.", "stand elbow90:l arm_straight:r"),
    ]),
    ("stand_right_elbow_90", "standing", "elbow90", HALF_A, [
        ("num", "Standing with the right elbow flexed to about 90 degrees, the forearm level with the floor.", "stand elbow90:r elbow_deg:r:70:110"),
        ("bpf", "The right elbow stays by the side and is bent so the forearm sticks straight out in front.", "elbow90:r"),
        ("prog", "Someone is holding the right forearm out in front like a waiter carrying a towel, the left arm down.", "elbow90:r down:l"),
        ("mc", "A person stands upright, the right upper arm hanging close to the body while the elbow bends to bring the forearm forward and level, and the left arm dangles straight at the side.", "stand upright elbow90:r down:l"),
        ("pas", "The right arm is bent at the elbow with the forearm held horizontally forward.", "elbow90:r"),
    ]),
    ("stand_point_right", "standing", "point", HALF_B, [
        ("tp", "A man stands pointing straight ahead with his right arm.", "stand fwd:r arm_straight:r"),
        ("imp", "Point forward with your right arm fully extended.", "fwd:r arm_straight:r"),
        ("pas", "The right arm is extended straight forward at shoulder height, the left arm kept down.", "fwd:r arm_straight:r down:l"),
        ("neg", "A person points ahead with the right arm while the left arm does not move from the side.", "fwd:r down:l"),
        ("num", "Standing with the right arm raised forward to about 90 degrees, pointing at something in front.", "stand arm_abd:r:75:105 fwd:r"),
    ]),
    ("stand_point_left", "standing", "point", HALF_B, [
        ("tp", "A woman stands and points forward with her left hand, arm straight.", "stand fwd:l arm_straight:l"),
        ("prog", "Someone is pointing ahead with the left arm outstretched.", "fwd:l arm_straight:l"),
        ("bpf", "The left arm reaches straight out in front at shoulder level while the right arm stays down.", "fwd:l arm_straight:l down:r"),
        ("mc", "A person stands upright and directs attention forward by stretching the left arm out in front of the body at shoulder height, with the right arm relaxed along the right thigh.", "stand upright fwd:l down:r"),
    ]),
    ("one_leg_left_knee_up", "standing", "knee_up", HALF_A, [
        ("tp", "A man balances on his right leg with his left knee pulled up to hip height and both arms spread sideways.", "stand on_leg:r knee_high:l out:l out:r"),
        ("imp", "Stand on your right foot, lift your left knee high, and spread your arms for balance.", "on_leg:r knee_high:l out:l out:r"),
        ("bpf", "The left knee is raised up to waist level while the right leg supports the body.", "knee_high:l on_leg:r"),
        ("num", "Standing on the right leg, the left thigh lifted to about 90 degrees, parallel to the floor, with the left knee bent at roughly 90 degrees.", "on_leg:r thigh_deg:l:70:110 knee_deg:l:70:110"),
        ("neg", "Balancing on one leg: the left foot is not on the ground and the right knee is not bent.", "stand !foot_on_floor:l knee_straight:r foot_on_floor:r"),
        ("mc", "Someone stands on the right foot alone, drawing the left knee up in front of the body to hip height with the shin hanging down, while both arms stretch out sideways to keep balance.", "on_leg:r knee_high:l out:l out:r"),
    ]),
    ("one_leg_right_knee_up", "standing", "knee_up", HALF_A, [
        ("tp", "A woman stands on her left leg, her right knee raised high in front of her.", "stand on_leg:l knee_high:r"),
        ("prog", "Someone is balancing on the left foot and drawing the right knee up to hip height.", "on_leg:l knee_high:r"),
        ("pas", "The right knee is drawn up to hip height; the body rests on the left leg.", "knee_high:r on_leg:l"),
        ("imp", "Shift your weight onto your left leg and raise your right knee up in front of you, arms held out to the sides.", "on_leg:l knee_high:r out:l out:r"),
        ("num", "A person stands on the left leg, the right knee bent about 90 degrees and lifted to hip level.", "stand on_leg:l knee_high:r knee_deg:r:70:110"),
        ("neg", "Standing on the left leg, the right foot not touching the floor.", "stand on_leg:l !foot_on_floor:r"),
    ]),
    ("right_leg_to_side", "standing", "leg_side", HALF_B, [
        ("tp", "A man stands on his left leg with his right leg lifted out to the side and his hands on his hips.", "stand on_leg:l leg_side:r on_hip:l on_hip:r"),
        ("imp", "With your hands on your hips, raise your right leg straight out sideways.", "leg_side:r on_hip:l on_hip:r"),
        ("bpf", "The right leg is extended to the side off the floor, the knee straight.", "leg_side:r !foot_on_floor:r"),
        ("num", "Standing on the left leg, the right leg swung about 35 degrees out to the side with the foot roughly 15 cm off the ground.", "on_leg:l leg_side:r thigh_deg:r:25:50 foot_h:r:0.07:0.3"),
        ("neg", "Hands on hips and the right leg out to the side; the right foot does not touch the floor.", "on_hip:l on_hip:r leg_side:r !foot_on_floor:r"),
    ]),
    ("left_leg_to_side", "standing", "leg_side", HALF_B, [
        ("tp", "A woman stands on her right foot with her left leg raised out to the side.", "stand on_leg:r leg_side:l"),
        ("prog", "Someone is doing a side leg raise with the left leg, hands resting on the hips.", "leg_side:l on_hip:l on_hip:r"),
        ("pas", "The left leg is held out sideways with the knee locked; the right leg bears the weight.", "leg_side:l on_leg:r"),
        ("mc", "Keeping the torso upright and both hands on the hips, the person balances on the right leg and swings the left leg out to the left so the foot hovers above the floor.", "upright on_hip:l on_hip:r on_leg:r leg_side:l !foot_on_floor:l"),
    ]),
    ("left_leg_forward", "standing", "leg_forward", HALF_A, [
        ("tp", "A man stands on his right leg with his left leg raised straight out in front of him.", "stand on_leg:r leg_fwd:l"),
        ("imp", "Lift your straight left leg forward and reach both arms ahead.", "leg_fwd:l fwd:l fwd:r"),
        ("bpf", "The left leg is held straight out forward, foot off the ground, while both arms point ahead at shoulder height.", "leg_fwd:l !foot_on_floor:l fwd:l fwd:r"),
        ("num", "Standing on the right leg, the left leg raised about 50 degrees forward, knee straight.", "on_leg:r thigh_deg:l:38:62 leg_fwd:l"),
        ("neg", "The left leg is raised in front without bending the knee, and the left foot is off the floor.", "leg_fwd:l knee_straight:l !foot_on_floor:l"),
    ]),
    ("right_leg_back", "standing", "leg_back", HALF_B, [
        ("tp", "A woman stands on her left leg and stretches her right leg out behind her.", "stand on_leg:l leg_back:r"),
        ("imp", "Extend your right leg back behind you and balance on your left foot.", "leg_back:r on_leg:l"),
        ("pas", "The right leg is lifted backward off the floor with the knee nearly straight.", "leg_back:r !foot_on_floor:r"),
        ("prog", "Someone is standing upright while sweeping the right leg back, the arms hanging at the sides.", "stand upright leg_back:r down:l down:r"),
        ("num", "Standing on the left leg, the right leg extended backward about 40 degrees from vertical, arms down.", "on_leg:l thigh_deg:r:28:52 leg_back:r down:l down:r"),
        ("mc", "Balancing on the left foot, the person lifts the right leg backward off the floor with the knee almost straight, keeping the upper body upright and the arms down.", "on_leg:l leg_back:r !foot_on_floor:r upright down:l down:r"),
    ]),
    ("feet_wide_apart", "standing", "wide", HALF_A, [
        ("tp", "A man stands with his feet planted wide apart and arms at his sides.", "stand feet_wide feet_down down:l down:r"),
        ("imp", "Take a wide stance, feet well beyond shoulder width, arms relaxed.", "feet_wide feet_down down:l down:r"),
        ("num", "A person stands with the feet about 80 centimetres apart and the legs straight.", "stand feet_apart:0.6:1.05 legs_straight"),
        ("neg", "Standing in a wide stance without bending the knees.", "stand feet_wide legs_straight"),
        ("prog", "Someone is standing with legs spread wide, both feet flat on the floor.", "stand feet_wide feet_down heels_down"),
        ("mc", "A person stands in a broad stance with the feet far apart and flat on the floor, the legs straight and the arms hanging by the sides.", "stand feet_wide feet_down legs_straight down:l down:r"),
    ]),
    ("bend_forward", "bending", "bend", HALF_A, [
        ("tp", "A woman bends forward at the waist, her arms hanging toward the floor.", "bend:55:100 feet_down below_shoulder:l below_shoulder:r arm_straight:l arm_straight:r"),
        ("imp", "Bend forward from the hips until your upper body is nearly level with the floor, legs straight.", "bend:55:100 legs_straight"),
        ("num", "A person bends the torso forward about 70 degrees with straight legs.", "bend:55:90 legs_straight"),
        ("prog", "Someone is bending over with the arms dangling down.", "bend:50:110 below_shoulder:l below_shoulder:r"),
        ("neg", "Bent forward at the hips, knees not bent, hands not touching the floor.", "bend:50:110 legs_straight !hand_floor:l !hand_floor:r"),
        ("mc", "Standing on both feet with the legs straight, the person folds forward at the hips so the back is almost horizontal, letting both arms hang straight down below the shoulders.", "feet_down legs_straight bend:55:100 below_shoulder:l below_shoulder:r arm_straight:l arm_straight:r"),
    ]),
    ("bend_hands_on_thighs", "bending", "bend_thighs", HALF_B, [
        ("tp", "A man bends forward with his hands resting on his thighs just above the knees.", "bend:40:90 on_thigh:l on_thigh:r"),
        ("prog", "Someone is catching their breath, bent over with hands on the thighs and knees slightly bent.", "bend:40:90 on_thigh:l on_thigh:r knee_deg:l:110:165 knee_deg:r:110:165"),
        ("pas", "Both hands are braced on the thighs while the upper body leans forward.", "on_thigh:l on_thigh:r bend:40:90"),
        ("num", "Torso tipped forward roughly 60 degrees, knees bent a little, hands pressed on the thighs.", "bend:45:80 knee_deg:l:110:165 knee_deg:r:110:165 on_thigh:l on_thigh:r"),
        ("neg", "Leaning forward with hands on the thighs, not squatting and not kneeling.", "bend:40:90 on_thigh:l on_thigh:r !squat !kneel2 !knee_floor:l !knee_floor:r"),
        ("mc", "The person stands with feet on the floor and knees softly bent, tilts the chest forward and rests both palms on the front of the thighs, like an athlete waiting between plays.", "feet_down knee_deg:l:110:170 knee_deg:r:110:170 bend:40:90 on_thigh:l on_thigh:r"),
    ]),
    ("lean_back", "bending", "lean_back", HALF_B, [
        ("tp", "A woman leans her upper body backward with her arms hanging down.", "lean_back below_shoulder:l below_shoulder:r"),
        ("imp", "Lean back a little from the waist, keeping your feet on the floor.", "lean_back feet_down"),
        ("num", "Standing with the torso tilted backward about 20 degrees.", "stand bend:-32:-10"),
        ("prog", "Someone is arching backward while standing on both feet.", "stand lean_back feet_down"),
        ("neg", "Leaning back, the person does not bend the knees or raise the arms.", "lean_back legs_straight below_shoulder:l below_shoulder:r"),
        ("mc", "Standing with the feet flat and the knees straight, the person tips the shoulders back behind the hips so the trunk leans backward, arms hanging loosely.", "stand feet_down legs_straight lean_back below_shoulder:l below_shoulder:r"),
    ]),
    ("side_bend_left", "bending", "side_bend", HALF_A, [
        ("tp", "A woman bends sideways to her left with her right arm arched over her head.", "side_bend:l over:r"),
        ("imp", "Lean your upper body to the left and sweep your right arm up over your head.", "side_bend:l over:r"),
        ("bpf", "The torso tilts to the left side while the right arm reaches over the head and the left arm hangs down.", "side_bend:l over:r down:l"),
        ("num", "Standing with the torso bent about 25 degrees to the left, right arm overhead.", "stand side_bend:l:12:42 over:r"),
        ("neg", "A sideways stretch to the left; the feet stay on the floor and the left arm is not raised.", "side_bend:l feet_down below_shoulder:l"),
    ]),
    ("side_bend_right", "bending", "side_bend", HALF_A, [
        ("tp", "A man leans his torso to the right, his left arm curving over his head.", "side_bend:r over:l"),
        ("prog", "Someone is doing a standing side stretch toward the right, with the left hand reaching overhead.", "stand side_bend:r over:l"),
        ("pas", "The upper body is bent to the right and the left arm is raised over the head.", "side_bend:r over:l"),
        ("mc", "With both feet planted and the legs straight, the person tips the trunk over to the right, lets the right arm hang down along the right leg and stretches the left arm up and over the head.", "feet_down legs_straight side_bend:r down:r over:l"),
        ("num", "A side bend of roughly 25 degrees to the right, left arm lifted above the head.", "side_bend:r:12:42 over:l"),
    ]),
    ("sit_chair", "sitting", "chair", HALF_A, [
        ("tp", "A man sits on a chair with his hands resting on his knees.", "sit_chair on_knee:l on_knee:r"),
        ("imp", "Sit upright on a chair with your feet flat and your hands on your knees.", "sit_chair upright feet_down heels_down on_knee:l on_knee:r"),
        ("pas", "The body is seated with thighs level and both feet flat on the floor.", "sit_chair feet_down heels_down"),
        ("num", "Seated on a chair, knees bent at about 90 degrees, hips roughly half a metre above the floor.", "sit_chair knees_deg:70:110 pelvis_h:0.4:0.7"),
        ("neg", "Sitting on a chair, not leaning back and not crossing the legs.", "sit_chair upright legs_uncrossed"),
        ("prog", "Someone is sitting up straight in a chair, palms on the knees.", "sit_chair upright on_knee:l on_knee:r"),
        ("mc", "A person sits upright on a chair with the thighs parallel to the ground and the feet flat, placing both hands on top of the knees as if waiting to be called in.", "sit_chair upright feet_down heels_down on_knee:l on_knee:r"),
    ]),
    ("sit_chair_right_hand_up", "sitting", "chair", HALF_A, [
        ("tp", "A woman sits on a chair and raises her right hand above her head.", "sit_chair over:r"),
        ("imp", "While seated, put your right hand up high and keep your left hand on your knee.", "sit_chair over:r on_knee:l"),
        ("bpf", "The right arm is raised straight up while the person sits on a chair; the left hand rests on the left knee.", "sit_chair over:r arm_straight:r on_knee:l"),
        ("neg", "Seated on a chair, right arm up; the left arm is not raised.", "sit_chair over:r below_shoulder:l"),
        ("prog", "Someone is sitting on a chair and holding the right hand up as if to ask a question.", "sit_chair over:r"),
    ]),
    ("sit_floor_legs_straight", "sitting", "floor", HALF_B, [
        ("tp", "A man sits on the floor with his legs stretched straight out in front of him.", "sit_floor legs_forward"),
        ("imp", "Sit on the ground, extend both legs forward and rest your hands on your thighs.", "sit_floor legs_forward on_thigh:l on_thigh:r"),
        ("pas", "The legs are stretched out straight along the floor while the person sits upright.", "sit_floor legs_forward upright"),
        ("num", "Seated on the ground with both knees straight, near 180 degrees, and the heels about 80 cm in front of the hips.", "sit_floor knees_deg:160:180 legs_forward"),
        ("neg", "Sitting on the floor with legs out in front, the knees not bent.", "sit_floor legs_forward legs_straight"),
        ("mc", "A person sits on the floor with the back upright, legs extended straight ahead and toes pointing up, with both hands resting on the tops of the thighs.", "sit_floor upright legs_forward toes_up on_thigh:l on_thigh:r"),
    ]),
    ("sit_floor_knees_up", "sitting", "knees_up", HALF_B, [
        ("tp", "A woman sits on the floor with her knees drawn up and her hands resting on them.", "sit_floor knees_up on_knee:l on_knee:r"),
        ("prog", "Someone is sitting on the ground with both knees bent up and feet flat.", "sit_floor knees_up heels_down"),
        ("bpf", "Both knees point up toward the ceiling while the person sits on the floor, feet flat on the ground.", "knees_up sit_floor heels_down"),
        ("num", "Sitting on the floor, knees bent to about 70 degrees and raised higher than the hips.", "sit_floor knees_deg:45:95 knees_up"),
        ("neg", "Seated on the floor, the legs are not stretched out; the knees are bent up.", "sit_floor !legs_forward knees_up"),
        ("imp", "Sit down on the floor, pull your feet in and rest your hands on your raised knees.", "sit_floor knees_up on_knee:l on_knee:r"),
    ]),
    ("kneel_both", "kneeling", "kneel2", HALF_B, [
        ("tp", "A man kneels upright on both knees with his arms at his sides.", "kneel2 down:l down:r"),
        ("imp", "Kneel down on both knees, keep your back straight and let your arms hang.", "kneel2 upright down:l down:r"),
        ("pas", "Both knees are on the floor and the thighs are upright.", "kneel2 thigh_deg:l:0:25 thigh_deg:r:0:25"),
        ("num", "Kneeling tall on both knees, hips about 50 cm above the floor, knees bent near 90 degrees.", "kneel2 pelvis_h:0.35:0.7 knees_deg:65:115"),
        ("neg", "A person kneeling upright, not sitting back on the heels.", "kneel2 pelvis_h:0.35:1.0"),
    ]),
    ("kneel_both_arms_up", "kneeling", "kneel2", HALF_B, [
        ("tp", "A woman kneels on both knees and stretches both arms up above her head.", "kneel2 over:l over:r"),
        ("prog", "Someone is kneeling upright with both hands raised high.", "kneel2 over:l over:r"),
        ("bpf", "Both arms point straight up over the head while both knees rest on the ground.", "over:l over:r arm_straight:l arm_straight:r kneel2"),
        ("mc", "Up on both knees with the torso upright and the shins flat on the floor behind, the person reaches both arms straight up toward the sky.", "kneel2 upright shins_down over:l over:r arm_straight:l arm_straight:r"),
        ("neg", "Kneeling with the arms raised overhead, hands not resting on the thighs.", "kneel2 over:l over:r !on_thigh:l !on_thigh:r"),
    ]),
    ("kneel_left_knee", "kneeling", "kneel1", HALF_A, [
        ("tp", "A man kneels on his left knee with his right foot planted in front of him.", "kneel:l foot_front:r"),
        ("imp", "Drop down onto your left knee and put your right foot forward.", "kneel:l foot_front:r"),
        ("bpf", "The left knee touches the ground while the right knee is bent at a right angle with the foot flat.", "kneel:l knee_deg:r:65:115 foot_on_floor:r"),
        ("num", "Kneeling on the left knee, the right thigh about horizontal and the right knee bent near 90 degrees.", "kneel:l thigh_deg:r:70:110 knee_deg:r:65:115"),
        ("neg", "Down on the left knee only; the right knee does not touch the floor.", "kneel:l !knee_floor:r"),
        ("mc", "Like someone about to propose, the person kneels on the left knee with the right foot flat on the floor in front, the torso upright and both arms hanging down.", "kneel:l foot_front:r foot_on_floor:r upright down:l down:r"),
    ]),
    ("kneel_right_knee", "kneeling", "kneel1", HALF_A, [
        ("tp", "A woman kneels on her right knee, her left hand on her hip.", "kneel:r on_hip:l"),
        ("prog", "Someone is down on the right knee, the left foot set forward.", "kneel:r foot_front:l"),
        ("pas", "The right knee is placed on the ground and the left foot is set flat in front.", "kneel:r foot_front:l foot_on_floor:l"),
        ("neg", "Kneeling on the right knee only; the left knee is not on the floor.", "kneel:r !knee_floor:l"),
        ("num", "Half-kneeling: right knee on the floor, left knee bent about 90 degrees, torso upright.", "kneel:r knee_deg:l:65:115 upright"),
        ("bpf", "The left foot is flat in front with the left knee up, and the right knee rests on the floor.", "kneel:r foot_front:l foot_on_floor:l"),
    ]),
    ("squat_arms_forward", "squatting", "squat", HALF_A, [
        ("tp", "A man squats down low with his arms stretched out in front for balance.", "squat fwd:l fwd:r"),
        ("imp", "Squat all the way down with your heels on the floor and reach your arms forward.", "squat heels_down fwd:l fwd:r"),
        ("prog", "Someone is crouching in a deep squat, arms held out ahead.", "squat fwd:l fwd:r"),
        ("num", "Deep squat: knees bent to about 40 degrees, hips roughly 40 cm above the floor, arms forward.", "squat knees_deg:25:60 pelvis_h:0.25:0.55 fwd:l fwd:r"),
        ("neg", "Squatting low without letting the knees touch the ground; the heels are not lifted.", "squat !knee_floor:l !knee_floor:r heels_down"),
        ("mc", "The person sinks into a full squat with the feet flat, the hips dropped just above the heels and the chest leaning slightly forward, both arms extended straight in front at shoulder height.", "squat heels_down bend:10:45 fwd:l fwd:r arm_straight:l arm_straight:r"),
    ]),
    ("squat_right_arm_up", "squatting", "squat_up", HALF_B, [
        ("tp", "A woman crouches in a deep squat with her right arm raised above her head.", "squat over:r"),
        ("bpf", "The right hand is lifted high while the body is down in a squat, the left hand on the left knee.", "squat over:r on_knee:l"),
        ("imp", "Sink into a squat, rest your left hand on your knee and raise your right arm up.", "squat on_knee:l over:r"),
        ("neg", "Squatting with the right arm up; the left arm is not raised.", "squat over:r below_shoulder:l"),
        ("pas", "A deep squat is held with the right arm raised overhead.", "squat over:r"),
        ("mc", "Crouched low in a squat with the heels down, the person reaches the right arm high above the head and rests the left hand on the left knee.", "squat heels_down over:r on_knee:l"),
    ]),
    ("lunge_left_forward", "lunging", "lunge", HALF_A, [
        ("tp", "A man lunges forward onto his left leg, the right leg stretched back.", "lunge:l"),
        ("imp", "Step forward with your left foot into a lunge, bending the front knee.", "lunge:l knee_bent:l"),
        ("bpf", "The left knee is bent over the left foot while the right leg extends behind.", "lunge:l"),
        ("num", "In a forward lunge, the left knee is bent about 100 degrees and the right foot is roughly a metre behind the left.", "lunge:l knee_deg:l:80:120 feet_apart:0.7:1.3"),
        ("neg", "A forward lunge on the left leg; the back knee does not touch the floor.", "lunge:l !knee_floor:r"),
        ("prog", "Someone is lunging with the left leg in front, arms relaxed down.", "lunge:l down:l down:r"),
        ("mc", "Taking a long stride, the person lowers into a lunge with the left foot flat in front, the right heel lifted behind, the torso upright and both arms hanging by the sides.", "lunge:l foot_on_floor:l heel_up:r upright down:l down:r"),
    ]),
    ("lunge_right_forward", "lunging", "lunge", HALF_A, [
        ("tp", "A woman lunges forward on her right leg with her hands on her hips.", "lunge:r on_hip:l on_hip:r"),
        ("prog", "Someone is holding a lunge, right foot forward, hands on the hips.", "lunge:r on_hip:l on_hip:r"),
        ("pas", "The right leg is bent in front and the left leg is extended back in a lunge.", "lunge:r"),
        ("imp", "Put your hands on your hips and lunge forward with your right leg.", "lunge:r on_hip:l on_hip:r"),
        ("num", "Right-leg lunge with the front knee near 100 degrees and the hips about 60 cm above the floor.", "lunge:r knee_deg:r:80:120 pelvis_h:0.45:0.8"),
        ("bpf", "The right knee is bent above the right foot; the left leg stretches back with the heel raised.", "lunge:r heel_up:l"),
    ]),
    ("side_lunge_left", "lunging", "side_lunge", HALF_B, [
        ("tp", "A man shifts into a side lunge to his left, bending his left knee with his right leg straight.", "side_lunge:l knee_straight:r"),
        ("imp", "Step wide to the left and bend your left knee, keeping the right leg straight; hold your arms out in front.", "side_lunge:l knee_straight:r fwd:l fwd:r"),
        ("num", "A lateral lunge to the left with the feet about a metre apart and the left knee bent near 90 degrees.", "side_lunge:l feet_apart:0.75:1.3 knee_deg:l:65:120"),
        ("bpf", "The left knee bends deeply while the right leg is stretched out sideways, both feet flat.", "side_lunge:l feet_down heels_down"),
        ("neg", "Side lunge to the left; the right knee is not bent.", "side_lunge:l knee_straight:r"),
    ]),
    ("side_lunge_right", "lunging", "side_lunge", HALF_B, [
        ("tp", "A woman, hands on her hips, does a side lunge to the right.", "side_lunge:r on_hip:l on_hip:r"),
        ("prog", "Someone is sinking into the right knee in a wide side lunge, left leg straight.", "side_lunge:r knee_straight:l"),
        ("pas", "The weight is shifted onto the bent right leg while the left leg is extended to the side.", "side_lunge:r"),
        ("mc", "From a wide stance, the person bends the right knee and drops the hips toward the right, keeping the left leg straight, the feet flat and both hands on the hips.", "side_lunge:r feet_down heels_down knee_straight:l on_hip:l on_hip:r"),
        ("neg", "A wide side lunge over the right leg, hands on hips, feet not lifted off the floor.", "side_lunge:r on_hip:l on_hip:r feet_down"),
    ]),
    ("lie_back", "lying", "lie_back", HALF_A, [
        ("tp", "A man lies flat on his back with his arms by his sides.", "lie_back by_hip:l by_hip:r legs_straight"),
        ("imp", "Lie down on your back with your legs straight and arms beside you.", "lie_back legs_straight by_hip:l by_hip:r"),
        ("pas", "The body is stretched out face up on the floor.", "lie_back legs_straight"),
        ("num", "Lying supine with both knees straight at about 180 degrees and the head at floor level.", "lie_back knees_deg:160:180 head_h:0:0.3"),
        ("neg", "Lying on the back, the knees are not bent and the arms are not raised.", "lie_back legs_straight wrists_low"),
        ("prog", "Someone is resting on their back, face up, legs together and stretched out.", "lie_back legs_straight feet_close"),
    ]),
    ("lie_back_right_knee_up", "lying", "lie_back", HALF_A, [
        ("tp", "A woman lies on her back with her right knee bent up and her right foot flat on the floor.", "lie_back knee_raised:r"),
        ("imp", "Lie on your back, keep your left leg straight and bend your right knee so the foot is flat.", "lie_back knee_straight:l knee_raised:r"),
        ("bpf", "The right knee points up toward the ceiling while the body lies face up.", "knee_raised:r lie_back"),
        ("neg", "Lying supine with only the right knee bent; the left leg is not bent.", "lie_back knee_raised:r knee_straight:l"),
        ("num", "On the back, right knee flexed to about 75 degrees, left leg straight.", "lie_back knee_deg:r:55:95 knee_straight:l"),
    ]),
    ("lie_front", "lying", "lie_front", HALF_B, [
        ("tp", "A man lies face down on the floor with his arms along his body.", "lie_front by_hip:l by_hip:r"),
        ("imp", "Lie on your stomach with your legs straight and your arms at your sides.", "lie_front legs_straight by_hip:l by_hip:r"),
        ("prog", "Someone is lying prone, belly on the ground.", "lie_front"),
        ("pas", "The body is laid out face down with the legs extended.", "lie_front legs_straight"),
        ("bpf", "The chest, hips and legs are flat against the floor, face down.", "lie_front legs_straight"),
        ("neg", "Lying on the stomach, the head is not lifted and the legs are not bent.", "lie_front head_h:0:0.3 legs_straight"),
        ("num", "Prone on the floor, both knees at roughly 180 degrees, ankles less than 30 cm apart.", "lie_front knees_deg:160:180 feet_apart:0:0.35"),
    ]),
    ("lie_left_side", "lying", "lie_side", HALF_B, [
        ("tp", "A woman lies on her left side with her left arm stretched out in front.", "lie_side:l arm_front:l"),
        ("imp", "Lie down on your left side, knees slightly bent, lower arm reaching forward.", "lie_side:l knee_deg:l:120:170 knee_deg:r:120:170 arm_front:l"),
        ("pas", "The body rests on its left side with the legs slightly bent.", "lie_side:l knee_deg:l:120:170 knee_deg:r:120:170"),
        ("neg", "Lying on the left side, not on the back and not face down.", "lie_side:l !lie_back !lie_front"),
        ("mc", "The person lies on the left side with the knees a little bent, the left arm extended forward along the floor and the right arm resting along the right side of the body.", "lie_side:l arm_front:l knee_deg:l:120:170 by_hip:r"),
    ]),
    ("lie_right_side", "lying", "lie_side", HALF_B, [
        ("tp", "A man lies on his right side, his right arm reaching out in front of him.", "lie_side:r arm_front:r"),
        ("prog", "Someone is resting on the right side, knees slightly bent.", "lie_side:r knee_deg:l:120:170 knee_deg:r:120:170"),
        ("bpf", "The right shoulder and right hip are on the floor; the left arm lies along the body.", "lie_side:r by_hip:l"),
        ("num", "Lying on the right side, both knees bent to roughly 150 degrees.", "lie_side:r knees_deg:125:170"),
        ("neg", "Lying on the right side; the body is not face up, and the left arm is not stretched forward.", "lie_side:r !lie_back !arm_front:l"),
    ]),
    ("all_fours", "other", "all_fours", HALF_A, [
        ("tp", "A man is on his hands and knees with his back level.", "all_fours"),
        ("imp", "Get down on all fours, hands under your shoulders and knees under your hips.", "all_fours stacked"),
        ("prog", "Someone is kneeling on all fours, palms flat on the floor.", "all_fours"),
        ("pas", "Both hands and both knees are placed on the floor, the torso horizontal.", "all_fours bend:60:110"),
        ("num", "On hands and knees with both knees bent to about 90 degrees and the arms straight.", "all_fours knees_deg:70:110 arm_straight:l arm_straight:r"),
        ("neg", "On all fours; the knees are on the floor, not lifted into a plank, and the arms are not bent.", "all_fours knee_floor:l knee_floor:r arm_straight:l arm_straight:r"),
        ("mc", "Positioned like a table, the person supports the body on both hands and both knees, with the wrists below the shoulders, the knees below the hips and the tops of the feet resting on the floor behind.", "all_fours stacked shins_down"),
    ]),
    ("touch_toes", "bending", "toes", HALF_B, [
        ("tp", "A woman bends down and touches her toes with straight legs.", "toes legs_straight"),
        ("imp", "Fold forward and reach your hands to your toes without bending your knees.", "toes legs_straight"),
        ("prog", "Someone is stretching the hamstrings, fingertips at the toes.", "toes"),
        ("bpf", "Both hands reach down to the feet while the legs stay straight and the head hangs low.", "toes legs_straight head_low"),
        ("num", "Folded forward more than 90 degrees at the hips, hands at the toes, knees straight.", "toes bend:90:170 legs_straight"),
        ("neg", "Touching the toes; the knees are not bent and the heels are not lifted.", "toes legs_straight heels_down"),
    ]),
]


# The third development part: captions written apart from TABLE, once held out and since used
# while tuning a checker. (base pose, posture, caption family, captions); the base poses of
# _dev_c_specs and some of the TABLE base poses, each with captions of its own.
DEV_C_TABLE = [
    # --- development base poses, new captions ---------------------------------------------
    ("stand_arms_down", "standing", "quiet_upright", [
        ("tp", "A man waits upright and motionless, his arms hanging slack along his sides.", "stand upright down:l down:r"),
        ("imp", "Stand tall and still, eyes forward, shoulders relaxed.", "stand upright"),
        ("neg", "Not a single limb is raised: the person simply stands upright, gaze level.", "stand upright below_shoulder:l below_shoulder:r"),
        ("num", "An upright figure, the head around 1.6 m above the floor, with each arm hanging within 20 degrees of vertical.", "stand upright head_h:1.3:1.9 arm_abd:l:0:20 arm_abd:r:0:20 down:l down:r"),
        ("prog", "Someone is standing at ease, the hands dangling close to the outside of the thighs.", "stand by_hip:l by_hip:r down:l down:r"),
        ("mc", "The person is standing in a completely neutral way: the back is straight, both heels rest on the ground, the knees are extended without being locked, and the arms simply hang by the sides with the palms turned toward the thighs.", "stand upright heels_down legs_straight down:l down:r"),
        ("pas", "The body is held erect and at rest, with nothing raised or reaching out.", "stand upright below_shoulder:l below_shoulder:r !out:l !out:r !fwd:l !fwd:r"),
    ]),
    ("stand_t_pose", "standing", "cross_shape", [
        ("tp", "A woman holds both arms horizontal, fully extended laterally, so that her body forms a cross.", "out:l out:r arm_straight:l arm_straight:r"),
        ("imp", "Raise each arm sideways until it is parallel to the floor, then lock the elbows.", "out:l out:r arm_straight:l arm_straight:r"),
        ("neg", "Neither arm hangs down; both are stretched straight out sideways at shoulder level, and the person stays upright.", "stand upright !down:l !down:r out:l out:r"),
        ("num", "Both upper arms are lifted roughly 90 degrees away from the torso and held there, level with the floor, while the person stands upright.", "stand upright arm_abd:l:70:110 arm_abd:r:70:110 out:l out:r"),
        ("prog", "A child is playing at being a scarecrow, standing tall with both arms held out flat to the sides.", "stand upright out:l out:r"),
        ("mc", "Standing straight with the feet side by side, the person lifts both arms out to the sides until they are level with the shoulders, elbows locked and fingers pointing away from the body, so the whole figure looks like a capital T.", "stand feet_close out:l out:r arm_straight:l arm_straight:r"),
    ]),
    ("stand_right_arm_overhead", "standing", "right_hand_skyward", [
        ("tp", "A man hoists his right arm straight up beside his ear while his left arm stays at his side.", "over:r arm_straight:r down:l"),
        ("pas", "The right arm has been hoisted to full height, its hand far above the crown, and the left arm has been allowed to dangle.", "over:r down:l"),
        ("neg", "No effort goes into the left arm, which is not lifted at all; only the right arm climbs high over the head.", "over:r below_shoulder:l"),
        ("num", "The right upper arm is elevated to about 170 degrees, close to the ear, and the left arm rests at roughly 0 degrees against the body.", "arm_abd:r:150:180 over:r arm_abd:l:0:25 down:l"),
        ("bpf", "Right fingertips reach for the ceiling, the left arm rests against the left hip, and the person stands upright on both feet.", "over:r down:l by_hip:l stand upright feet_down"),
    ]),
    ("stand_hands_behind_head", "standing", "cradled_head", [
        ("tp", "A man stands cradling the back of his head in both palms, elbows opened wide to the sides.", "stand behind_head:l behind_head:r elbow_out:l elbow_out:r"),
        ("bpf", "Both palms cup the back of the head while the elbows point outward, and the legs are straight beneath the upright torso.", "behind_head:l behind_head:r elbow_out:l elbow_out:r legs_straight upright"),
        ("neg", "Neither hand is at the sides: both are tucked behind the head, and the elbows stick out sideways.", "behind_head:l behind_head:r !down:l !down:r elbow_out:l elbow_out:r"),
        ("prog", "A woman is opening up her chest, fingers meeting behind her head and elbows pulled wide, feet flat on the floor.", "behind_head:l behind_head:r elbow_out:l elbow_out:r feet_down"),
        ("num", "Each elbow is sharply flexed, to roughly 60 degrees, so that both hands sit behind the head.", "elbow_deg:l:40:80 elbow_deg:r:40:80 behind_head:l behind_head:r"),
    ]),
    ("stand_arms_crossed", "standing", "folded_forearms", [
        ("tp", "A woman waits with her forearms folded over one another across her chest.", "stand crossed"),
        ("imp", "Wrap your arms across the front of your ribs and stay on your feet.", "stand crossed"),
        ("mc", "She stands upright with her weight evenly on both feet and her legs straight, wrapping her arms across the front of her torso so that the left hand ends up on the right side and the right hand on the left side.", "stand upright feet_down legs_straight crossed"),
        ("pas", "The arms are folded in front of the torso, both elbows bent and held close to the body.", "crossed elbow_bent:l elbow_bent:r"),
        ("neg", "Arms locked across the chest; no hand hangs down and none is raised above the shoulders.", "crossed !down:l !down:r below_shoulder:l below_shoulder:r"),
        ("bpf", "Forearms stacked across the chest, both elbows bent, both feet on the floor, the back straight.", "crossed elbow_bent:l elbow_bent:r feet_down upright"),
    ]),
    ("stand_left_elbow_90", "standing", "tray_forearm", [
        ("tp", "A woman keeps her left upper arm against her ribs and swings the forearm up to horizontal in front of her, while her right arm hangs straight.", "stand elbow90:l down:r"),
        ("num", "Left elbow flexed to roughly 90 degrees, upper arm vertical, forearm jutting forward parallel to the floor; right arm fully extended downward.", "elbow90:l elbow_deg:l:70:110 down:r"),
        ("neg", "Apart from the left forearm jutting forward from a bent elbow, there is no flexion in the arms: the right one hangs without any bend.", "elbow90:l arm_straight:r down:r"),
        ("imp", "Tuck your left elbow in at your waist and bring that forearm up until it is level, palm up, as if carrying a tray.", "elbow90:l"),
    ]),
    ("feet_wide_apart", "standing", "broad_base", [
        ("tp", "A man plants his feet much wider than his hips and keeps both knees locked.", "stand feet_wide legs_straight feet_down"),
        ("num", "Roughly 85 cm separates the two ankles; both legs are straight and the body is upright.", "stand upright feet_apart:0.65:1.05 legs_straight"),
        ("bpf", "Soles flat and set far wider than the hips, knees locked, torso vertical.", "stand feet_wide feet_down heels_down legs_straight upright"),
        ("prog", "Someone is bracing in a very wide straddle, soles flat, arms hanging loose.", "stand feet_wide feet_down down:l down:r"),
        ("neg", "A broad, straight-legged straddle: neither knee is bent and neither foot leaves the floor.", "stand feet_wide legs_straight feet_down"),
    ]),
    ("kneel_left_knee", "kneeling", "knee_down_left", [
        ("tp", "A man rests on his left knee, his right foot set flat ahead of him with that knee bent to a right angle.", "kneel:l foot_front:r foot_on_floor:r knee_deg:r:65:115"),
        ("pas", "The left knee is lowered to the ground while the right sole stays planted in front, the torso held vertical.", "kneel:l foot_front:r foot_on_floor:r upright"),
        ("num", "The weight sits on the left kneecap and the right foot; the right knee forms an angle of approximately 90 degrees and the hips are some 50 cm off the ground.", "kneel:l knee_deg:r:65:115 pelvis_h:0.35:0.7 foot_on_floor:r"),
        ("imp", "Lower yourself onto your left knee, keep your right foot flat ahead of you, and let both arms drop.", "kneel:l foot_front:r foot_on_floor:r down:l down:r"),
        ("neg", "The trunk does not lean, and of the two knees only the left one meets the floor, the right one staying up.", "kneel:l !knee_floor:r upright"),
    ]),
    ("kneel_both", "kneeling", "tall_kneel", [
        ("tp", "A woman is up on both knees, thighs vertical, her hands hanging beside her hips.", "kneel2 thigh_deg:l:0:25 thigh_deg:r:0:25 by_hip:l by_hip:r"),
        ("prog", "Someone is kneeling tall on a mat, both kneecaps and both shins on the ground, hips stacked over the knees.", "kneel2 shins_down thigh_deg:l:0:25 thigh_deg:r:0:25"),
        ("num", "With both knees on the ground, each bent at 80 to 100 degrees, the head ends up around 1.1 m above the floor.", "kneel2 knees_deg:75:105 head_h:0.9:1.35"),
        ("neg", "Both knees are down, yet the buttocks are kept well away from the heels and the trunk is not tipped forward.", "kneel2 pelvis_h:0.35:1.0 upright"),
        ("mc", "The person kneels upright with both knees and both shins on the floor, the thighs and back in one vertical line, and lets the arms hang loosely with the hands near the hips.", "kneel2 shins_down upright thigh_deg:l:0:25 thigh_deg:r:0:25 by_hip:l by_hip:r down:l down:r"),
    ]),
    ("lunge_left_forward", "lunging", "split_stance", [
        ("tp", "A man stands in a long split stance, left foot ahead with the knee bent, the right leg reaching back with its heel raised.", "lunge:l heel_up:r"),
        ("bpf", "Left knee bent over the left ankle, right leg extended far behind on the ball of the foot, torso upright.", "lunge:l heel_up:r upright"),
        ("num", "In this deep lunge the front (left) knee sits at around 95 degrees and the feet are 1 to 1.3 m apart from front to back.", "lunge:l knee_deg:l:80:112 feet_apart:0.9:1.4"),
        ("neg", "Lunging onto the left leg with no hand lifted and the trailing right knee kept clear of the ground.", "lunge:l below_shoulder:l below_shoulder:r !knee_floor:r"),
        ("pas", "The body is lowered into a lunge, the left leg bent in front and the right one stretched behind on its toes.", "lunge:l heel_up:r"),
    ]),
    ("squat_arms_forward", "squatting", "counterweight_squat", [
        ("tp", "A woman drops into a full squat, heels on the floor, both arms reaching straight ahead at shoulder height.", "squat heels_down fwd:l fwd:r"),
        ("num", "The knees are folded to roughly 40 degrees and each arm points forward at about 90 degrees from the hanging position.", "squat knees_deg:25:60 arm_abd:l:70:110 arm_abd:r:70:110 fwd:l fwd:r"),
        ("imp", "Lower your hips as far as they go, keep the soles flat, and hold your arms out in front like a counterweight.", "squat heels_down fwd:l fwd:r"),
        ("neg", "Crouched down low, neither knee resting on the floor, and neither arm dropped: both stretch forward.", "squat !knee_floor:l !knee_floor:r !down:l !down:r fwd:l fwd:r"),
        ("bpf", "Both arms stretch forward at shoulder level, elbows straight, while the hips hang low just above the heels.", "fwd:l fwd:r arm_straight:l arm_straight:r squat"),
    ]),
    ("sit_chair", "sitting", "stool_perch", [
        ("tp", "A woman perches upright on a stool, her palms resting on her kneecaps and her feet flat.", "sit_chair upright on_knee:l on_knee:r feet_down heels_down"),
        ("num", "Seated with the thighs horizontal, the hips some 55 cm above the floor, and each knee bent at about a right angle.", "sit_chair thigh_deg:l:70:110 thigh_deg:r:70:110 knees_deg:70:110 pelvis_h:0.4:0.72"),
        ("neg", "Sitting on a chair without slouching; no hand is lifted off the knees.", "sit_chair upright on_knee:l on_knee:r"),
        ("pas", "Both hands are laid on the knees and both soles are set on the floor while the person is seated on a bench.", "sit_chair feet_down on_knee:l on_knee:r"),
    ]),
    ("all_fours", "other", "tabletop", [
        ("tp", "A woman supports herself on her palms and knees, back flat like a tabletop.", "all_fours"),
        ("imp", "Drop onto your hands and knees, stack your wrists below your shoulders and keep your arms long.", "all_fours stacked arm_straight:l arm_straight:r"),
        ("num", "On hands and knees with the trunk tipped some 75 degrees from vertical and the hips near 45 cm high.", "all_fours bend:60:100 pelvis_h:0.3:0.65"),
        ("neg", "Four points of contact and no more: neither knee hovers and neither palm leaves the floor, the body held like a table.", "all_fours knee_floor:l knee_floor:r hand_floor:l hand_floor:r"),
        ("pas", "The weight is shared between the palms and the kneecaps, and the back is held roughly parallel to the floor.", "all_fours bend:60:110"),
    ]),
    ("touch_toes", "bending", "hamstring_fold", [
        ("prog", "A man is folding forward over straight legs, fingertips brushing his toes.", "toes legs_straight"),
        ("num", "Jackknifed forward by more than 110 degrees, the person reaches both hands to the feet while the knees stay extended.", "bend:105:160 toes legs_straight"),
        ("neg", "Hands at the toes, and neither knee is bent.", "toes legs_straight"),
        ("mc", "The person keeps the feet close together and the legs straight, folds the upper body down over the thighs so the head hangs lower than the hips, and lets both hands reach the toes.", "feet_close legs_straight head_low toes"),
    ]),
    ("right_leg_back", "standing", "leg_sweep_back", [
        ("tp", "A woman balances on her left foot and swings her straight right leg behind her, the foot clear of the ground.", "on_leg:l leg_back:r !foot_on_floor:r"),
        ("num", "The left leg is vertical and bears all the weight; the right foot is lifted about 15 cm off the floor well behind the hip.", "on_leg:l foot_h:r:0.08:0.3 leg_back:r"),
        ("imp", "Balance on your left leg and sweep your right leg back, keeping that knee straight.", "on_leg:l leg_back:r knee_straight:r"),
        ("pas", "The body is supported by the left leg alone while the right leg is carried backward, the arms resting at the sides.", "on_leg:l leg_back:r down:l down:r"),
        ("mc", "Standing on the left foot with the torso upright, the person extends the right leg backward with the knee straight so that the right foot hovers just above the floor behind, while both arms hang relaxed.", "on_leg:l upright leg_back:r knee_straight:r !foot_on_floor:r down:l down:r"),
    ]),
    ("one_leg_right_knee_up", "standing", "flamingo", [
        ("tp", "A man stands like a flamingo on his left leg, his right thigh raised level and both arms spread wide.", "on_leg:l knee_high:r out:l out:r"),
        ("num", "One foot down, the left; the right thigh is raised until it is roughly horizontal, near 90 degrees from hanging, and the right foot is some 40 cm off the ground.", "on_leg:l thigh_deg:r:70:110 foot_h:r:0.25:0.55"),
        ("neg", "All the weight is on a left leg that is not bent at all, and no part of the right foot is in contact with the floor.", "!foot_on_floor:r knee_straight:l on_leg:l"),
        ("mc", "With every bit of weight on the straight left leg, the person hitches the right knee up to hip level, lets the right shin dangle beneath it, and holds both arms out level to the sides to keep from wobbling.", "on_leg:l knee_high:r out:l out:r"),
    ]),
    ("side_lunge_left", "lunging", "lateral_shift", [
        ("tp", "A woman shifts her hips far over her bent left knee, the right leg extended straight out to the side, both arms held forward.", "side_lunge:l knee_straight:r fwd:l fwd:r"),
        ("num", "The left knee is bent to about 85 degrees while the right knee stays at nearly 180 degrees, the feet flat and far apart.", "side_lunge:l knee_deg:l:65:110 knee_deg:r:155:180 feet_down"),
        ("neg", "A sideways lunge to the left in which the right leg is not bent and neither heel is lifted.", "side_lunge:l knee_straight:r heels_down"),
        ("imp", "Step your left foot out wide, sink onto that bent leg, keep your right leg long and reach both hands forward.", "side_lunge:l knee_straight:r fwd:l fwd:r"),
        ("bpf", "Right leg straight and stretched out to the right, left knee deeply bent, hips shifted over the left foot, both arms extended in front.", "side_lunge:l knee_straight:r fwd:l fwd:r"),
    ]),
    ("lie_front", "lying", "prone_flat", [
        ("tp", "A man lies prone on the floor, arms alongside his torso and legs extended.", "lie_front by_hip:l by_hip:r legs_straight"),
        ("neg", "Face down on the ground, not propped up on the elbows, with the arms not stretched past the head.", "lie_front !prone_elbows !past_head:l !past_head:r"),
        ("pas", "The whole body is laid flat, belly down, with both hands kept beside the hips.", "lie_front by_hip:l by_hip:r"),
        ("num", "Prone and fully flat, the head less than 15 cm above the floor and the ankles some 25 cm apart.", "lie_front head_h:0:0.2 feet_apart:0.1:0.4"),
        ("mc", "The person lies on the stomach with the face close to the floor, the legs straight and slightly apart, and the arms resting along the body with the hands next to the hips.", "lie_front legs_straight by_hip:l by_hip:r head_h:0:0.2"),
    ]),
    # --- base poses of this part only ----------------------------------------------------------
    ("bend_hands_on_knees", "bending", "braced_on_knees", [
        ("tp", "A man leans forward from the hips, knees bent, with both palms propped on his kneecaps.", "bend:35:75 knees_deg:95:150 on_knee:l on_knee:r"),
        ("imp", "Bend your knees, hinge your chest forward and brace your hands on top of your knees.", "knee_bent:l knee_bent:r bend:35:75 on_knee:l on_knee:r"),
        ("prog", "A referee is crouching slightly forward to watch the play, hands pressed on top of the knees.", "bend:35:75 on_knee:l on_knee:r feet_down"),
        ("num", "The trunk is tilted about 55 degrees forward, the knees are bent to roughly 110 degrees, and each hand rests on the matching knee.", "bend:40:70 knees_deg:95:130 on_knee:l on_knee:r"),
        ("neg", "Bent forward with the hands on the knees; the knees do not touch the ground and the person is not in a full squat.", "bend:35:75 on_knee:l on_knee:r !knee_floor:l !knee_floor:r !squat"),
        ("mc", "Standing on flat feet with the knees bent, the person folds the upper body forward until it is roughly halfway to horizontal and leans onto both hands, which are planted on the knees, while the head is lifted to look ahead.", "feet_down heels_down knee_bent:l knee_bent:r bend:35:75 on_knee:l on_knee:r"),
        ("pas", "The trunk is tipped forward over half-bent legs, and its weight is taken by two hands pressed onto the knees.", "on_knee:l on_knee:r bend:35:75 knee_bent:l knee_bent:r"),
    ]),
    ("stand_left_reach_right_hip", "standing", "reach_and_akimbo", [
        ("tp", "A woman stands with her left arm stretched straight forward at shoulder height and her right fist planted on her right hip.", "stand fwd:l arm_straight:l on_hip:r"),
        ("bpf", "Left hand extended out in front of the chest, right hand resting on the right hip with the elbow angled outward.", "fwd:l on_hip:r elbow_out:r"),
        ("imp", "Set your right hand on your hip and push your left arm straight out ahead of you, as if pressing a doorbell.", "on_hip:r fwd:l arm_straight:l"),
        ("neg", "The left arm is held out forward, not sideways, and the right hand is not hanging but propped on the hip.", "fwd:l !out:l on_hip:r !down:r"),
        ("num", "The left arm is raised forward about 90 degrees so that it points straight ahead, while the right elbow makes an angle of roughly 115 degrees, its hand resting on the hip.", "arm_abd:l:70:110 fwd:l elbow_deg:r:95:140 on_hip:r"),
        ("pas", "The left arm is held out level in front of the body, and the right palm is pressed onto the right hip.", "fwd:l on_hip:r"),
        ("mc", "While standing upright with the feet close together, the person pushes the left arm straight out in front as if to stop traffic and rests the right hand on the right hip, so that the right elbow points out to the side.", "stand upright feet_close fwd:l arm_straight:l on_hip:r elbow_out:r"),
    ]),
    ("kneel_right_knee_arms_up", "kneeling", "kneel_reach_up", [
        ("tp", "A man is down on his right knee with the left foot planted ahead, and he hoists both arms straight overhead.", "kneel:r foot_front:l foot_on_floor:l over:l over:r arm_straight:l arm_straight:r"),
        ("prog", "Someone is celebrating on one knee, the right one, with both fists raised high above the head.", "kneel:r over:l over:r"),
        ("bpf", "Both hands stretch above the head; below, the right knee is on the ground and the left knee is bent at a right angle in front.", "over:l over:r kneel:r knee_deg:l:70:115 foot_front:l"),
        ("num", "Right knee on the floor, left knee bent to about 90 degrees, both arms raised roughly 170 degrees from the sides.", "kneel:r knee_deg:l:70:115 arm_abd:l:150:180 arm_abd:r:150:180"),
        ("neg", "Kneeling on the right knee only, the left knee off the ground, and neither arm down: both reach up above the head.", "kneel:r !knee_floor:l over:l over:r !down:l !down:r"),
        ("pas", "The right knee is set on the floor and the left foot is placed forward, while both arms are lifted vertically.", "kneel:r foot_front:l over:l over:r"),
        ("mc", "Down on the right knee with the left foot flat on the floor in front and the torso upright, the person lifts both arms straight up above the head, palms facing each other.", "kneel:r foot_on_floor:l foot_front:l upright over:l over:r arm_straight:l arm_straight:r"),
    ]),
    ("chair_lean_elbows_on_knees", "sitting", "chair_forward_lean", [
        ("tp", "A man sits on the edge of a chair, hunched forward with his elbows on his knees and his hands clasped in front.", "seated bend:30:65 elbow_on_knee:l elbow_on_knee:r hands_together"),
        ("prog", "Someone is waiting on a bench, leaning forward with the forearms resting near the knees and the fingers interlocked.", "seated bend:30:65 hands_together"),
        ("num", "Seated with the knees bent at about 90 degrees, the upper body pitched roughly 45 degrees forward, and the elbows resting just above the knees.", "seated knees_deg:70:110 bend:30:60 elbow_on_knee:l elbow_on_knee:r"),
        ("neg", "Sitting, but not upright: the chest leans forward over the thighs, and neither hand hangs by the side.", "seated !upright bend:30:65 !down:l !down:r"),
        ("bpf", "Elbows propped on the knees, hands joined out in front of the knees, feet flat, the back rounded forward over the lap.", "elbow_on_knee:l elbow_on_knee:r hands_together hands_before_knees feet_down heels_down seated bend:30:65"),
        ("mc", "The person sits on a chair with both feet on the floor and the thighs level, then leans the trunk forward until the elbows come to rest on top of the knees, letting the forearms angle forward so that the hands meet in front of the legs.", "seated feet_down elbow_on_knee:l elbow_on_knee:r hands_together hands_before_knees bend:30:65"),
        ("imp", "Sit on a chair, tip your chest forward and rest your elbows on your knees, hands loosely clasped.", "seated bend:30:65 elbow_on_knee:l elbow_on_knee:r hands_together"),
        ("pas", "The trunk is bent forward over the lap while the person is seated, the elbows resting on the knees.", "seated bend:30:65 elbow_on_knee:l elbow_on_knee:r"),
    ]),
    ("lie_back_arms_overhead", "lying", "supine_reach", [
        ("tp", "A woman lies flat on her back with both arms extended along the floor beyond her head.", "lie_back past_head:l past_head:r wrists_low"),
        ("imp", "Lie face up, legs long, and stretch both arms back over your head so they rest on the floor.", "lie_back legs_straight past_head:l past_head:r wrists_low"),
        ("pas", "Both arms are carried back past the head and laid down, the legs are kept straight, and the body is stretched out supine.", "lie_back past_head:l past_head:r legs_straight"),
        ("num", "Lying on the back with both elbows straight, near 180 degrees, the arms overhead on the floor and the knees extended.", "lie_back elbow_deg:l:155:180 elbow_deg:r:155:180 past_head:l past_head:r legs_straight"),
        ("neg", "On the back with the arms overhead; neither arm rests beside the hips and the knees are not drawn up.", "lie_back past_head:l past_head:r !by_hip:l !by_hip:r legs_straight"),
        ("prog", "Someone is lengthening the whole body on the floor, face up, hands reaching past the top of the head.", "lie_back past_head:l past_head:r"),
        ("mc", "Lying flat on the back with the legs together and straight, the person sweeps both arms over the head and lays them on the floor, making the body as long as possible from the fingertips to the heels.", "lie_back legs_straight feet_close past_head:l past_head:r wrists_low"),
    ]),
    ("lie_front_on_elbows", "lying", "sphinx", [
        ("tp", "A man lies on his stomach, chest lifted and propped on his forearms, legs stretched out behind.", "prone_elbows forearm_floor:l forearm_floor:r legs_straight"),
        ("imp", "Lie on your belly, bring your elbows under your shoulders and lift your chest, forearms flat on the floor.", "prone_elbows elbow_under_shoulder:l elbow_under_shoulder:r forearm_floor:l forearm_floor:r"),
        ("prog", "Someone is reading a book on the floor, lying face down and resting on both elbows.", "prone_elbows"),
        ("bpf", "Forearms flat on the ground and pointing ahead, elbows beneath the shoulders, hips and legs lying face down behind.", "forearm_floor:l forearm_floor:r forearm_fwd:l forearm_fwd:r elbow_under_shoulder:l elbow_under_shoulder:r prone_elbows"),
        ("num", "Lying prone with the upper body raised about 35 degrees off the floor and both elbows bent near 90 degrees.", "prone_elbows chest_lift:22:50 elbow_deg:l:70:110 elbow_deg:r:70:110"),
        ("mc", "Stretched out face down with the legs straight and the tops of the feet on the floor, the person raises the head and chest, supporting the upper body on both forearms, which lie parallel on the floor pointing forward.", "prone_elbows legs_straight forearm_floor:l forearm_floor:r forearm_fwd:l forearm_fwd:r"),
        ("pas", "The chest is held up off the floor on both forearms while the hips and legs are left lying flat.", "prone_elbows forearm_floor:l forearm_floor:r legs_straight"),
    ]),
    ("stand_left_arm_up_right_out", "standing", "up_and_out", [
        ("tp", "Standing, a man points his left arm straight up at the ceiling and extends his right arm laterally at shoulder height.", "stand over:l arm_straight:l out:r"),
        ("imp", "Shoot your left hand up toward the ceiling and stretch your right arm out to the right, level with your shoulder.", "over:l out:r"),
        ("bpf", "The left hand is high above the head; the right arm is held horizontally out to the side like a signpost.", "over:l out:r"),
        ("num", "The left arm is raised about 170 degrees and the right arm about 90 degrees, out to the side.", "arm_abd:l:145:180 arm_abd:r:70:110 over:l out:r"),
        ("neg", "Neither arm hangs down: the left one is straight up and the right one sticks out sideways, not forward.", "!down:l !down:r over:l out:r !fwd:r"),
        ("prog", "Someone is standing and signalling with one arm up, the left, while the right arm points out to the right side.", "stand over:l out:r"),
        ("pas", "The left arm is raised vertically overhead while the right arm is extended sideways at shoulder level; the legs are kept straight.", "over:l out:r legs_straight"),
    ]),
    ("squat_palms_together", "squatting", "prayer_squat", [
        ("tp", "A woman sinks into a deep squat, heels down, with her palms pressed together in front of her chest.", "squat heels_down hands_together hands_chest"),
        ("imp", "Sink down into a low crouch, keep both heels grounded and press your palms together in front of your sternum, elbows bent.", "squat heels_down hands_chest elbow_bent:l elbow_bent:r"),
        ("prog", "Someone is resting in a low squat, hands joined at chest height as if in greeting.", "squat hands_chest"),
        ("num", "In a squat so deep that each knee closes to roughly 35 to 45 degrees, the two hands touch each other in front of the chest.", "squat knees_deg:25:60 hands_together hands_chest"),
        ("neg", "The hands meet at the chest in a low crouch; no knee rests on the ground, and both heels stay down.", "squat hands_chest !knee_floor:l !knee_floor:r heels_down"),
        ("bpf", "Palms together at the breastbone, elbows bent and spread outward, hips dropped low between the flat feet.", "hands_chest elbow_bent:l elbow_bent:r elbow_out:l elbow_out:r squat heels_down"),
        ("mc", "Dropping into a deep squat with flat feet and the knees turned slightly outward, the person keeps the back fairly upright and brings the palms together before the breastbone, the elbows bent and spread.", "squat heels_down bend:10:45 hands_chest elbow_bent:l elbow_bent:r elbow_out:l elbow_out:r"),
    ]),
    ("lunge_left_arms_out", "lunging", "lunge_wings", [
        ("tp", "A man steps his left foot far forward into a lunge and stretches both arms out to the sides.", "lunge:l out:l out:r"),
        ("bpf", "Front knee (the left) flexed above its foot, right leg trailing back on the toes, and both arms spread laterally at shoulder height.", "lunge:l heel_up:r out:l out:r"),
        ("num", "A lunge with the left foot forward, the front knee bent to about 95 degrees, and both arms lifted 90 degrees from the body.", "lunge:l knee_deg:l:80:112 arm_abd:l:70:110 arm_abd:r:70:110 out:l out:r"),
        ("neg", "In this left-foot-forward lunge, neither arm hangs down and the trailing right knee is held off the floor.", "lunge:l !down:l !down:r !knee_floor:r out:l out:r"),
        ("imp", "Stride out with your left foot, sink until that knee is bent deeply, and open your arms wide at shoulder height.", "lunge:l knee_bent:l out:l out:r"),
        ("prog", "Someone is pausing mid-lunge, left foot in front, arms opened flat like wings.", "lunge:l out:l out:r"),
    ]),
    ("balance_right_leg_left_foot_back", "standing", "foot_up_behind", [
        ("tp", "A woman balances on her right leg, her left foot lifted up behind her with the knee bent, and both arms out to the sides.", "on_leg:r foot_back:l out:l out:r"),
        ("imp", "Balance on your right leg, curl your left foot up behind you, and keep both arms stretched sideways to steady yourself.", "on_leg:r foot_back:l out:l out:r"),
        ("bpf", "Left knee bent and pointing down, left foot lifted behind, right leg straight and planted, arms extended laterally.", "foot_back:l thigh_deg:l:0:30 on_leg:r out:l out:r"),
        ("num", "Standing only on the right leg; the left knee is bent to about 80 degrees with the foot some 60 cm off the floor behind, and both arms are raised to 90 degrees.", "on_leg:r knee_deg:l:60:100 foot_h:l:0.35:0.9 foot_back:l arm_abd:l:70:110 arm_abd:r:70:110"),
        ("neg", "Nothing but the right sole is on the floor: the left foot is tucked up behind, and the supporting knee is not flexed.", "!foot_on_floor:l foot_back:l knee_straight:r on_leg:r"),
        ("prog", "Someone is holding a one-legged balance on the right foot, the left shin folded back and the arms spread like a tightrope walker's.", "on_leg:r foot_back:l out:l out:r"),
        ("mc", "Standing tall on the right leg alone, the person bends the left knee so that the left foot rises behind the body, keeps both thighs roughly parallel, and holds both arms straight out to the sides at shoulder height to stay steady.", "stand upright on_leg:r foot_back:l thigh_deg:l:0:30 out:l out:r arm_straight:l arm_straight:r"),
    ]),
    ("fold_palms_on_floor", "bending", "palms_down_fold", [
        ("tp", "A man folds forward deeply, knees slightly bent, and plants both palms flat on the floor in front of his feet.", "bend:100:170 hand_floor:l hand_floor:r hands_ahead:0.1:0.8 feet_down knees_deg:130:170"),
        ("imp", "Hinge at the hips, let your head hang, and put your hands flat on the ground ahead of your toes.", "bend:100:170 head_low hand_floor:l hand_floor:r hands_ahead:0.1:0.8"),
        ("prog", "Someone is folding in half at the hips, palms planted on the floor and the head dangling below the hips.", "bend:100:170 hand_floor:l hand_floor:r head_low"),
        ("num", "The trunk is folded about 130 degrees forward, with both hands on the floor some 20 to 60 cm in front of the toes and the knees slightly bent, around 150 degrees.", "bend:110:150 hand_floor:l hand_floor:r hands_ahead:0.15:0.7 knees_deg:135:165"),
        ("neg", "Folded forward with both hands on the floor; the knees are not on the ground and the person is not squatting.", "bend:100:170 hand_floor:l hand_floor:r !knee_floor:l !knee_floor:r !squat"),
        ("pas", "The upper body is folded down over the legs and both palms are pressed flat against the floor.", "bend:100:170 hand_floor:l hand_floor:r"),
        ("bpf", "Head hanging below the hips, both palms flat on the floor ahead of the feet, the knees bent just a little.", "head_low hand_floor:l hand_floor:r hands_ahead:0.1:0.8 knees_deg:130:170"),
        ("mc", "From standing, the person hinges at the hips until the head hangs lower than the pelvis, softens the knees slightly, and walks the hands out so that both palms lie flat on the floor a little in front of the toes.", "bend:100:170 head_low knees_deg:130:170 hand_floor:l hand_floor:r hands_ahead:0.1:0.8"),
    ]),
    ("stand_arms_v", "standing", "finish_line", [
        ("tp", "A woman stands tall with both arms thrown up and apart above her head, like a runner crossing the finish line.", "stand upright over:l over:r arm_v:l arm_v:r"),
        ("imp", "Throw both arms up and out on a diagonal, hands well above your head and wider than your shoulders.", "over:l over:r arm_v:l arm_v:r"),
        ("num", "Both arms are raised about 145 degrees from the sides and angled outward, so the wrists are roughly 90 cm apart above the head.", "arm_abd:l:125:165 arm_abd:r:125:165 hands_apart:0.7:1.15 over:l over:r"),
        ("neg", "Neither arm is straight overhead nor out flat; each is lifted on a diagonal above shoulder height.", "!out:l !out:r arm_abd:l:120:168 arm_abd:r:120:168 arm_v:l arm_v:r"),
        ("prog", "Someone is cheering, both hands thrust high and wide above the head.", "over:l over:r arm_v:l arm_v:r"),
        ("mc", "The person stands upright on both feet and raises both straight arms diagonally upward and outward, so each hand is well above the head and far outside the line of the shoulders.", "stand upright feet_down arm_straight:l arm_straight:r over:l over:r arm_v:l arm_v:r"),
        ("bpf", "Both hands are raised high and held wide apart above the head, the arms straight, the feet on the floor.", "over:l over:r arm_v:l arm_v:r arm_straight:l arm_straight:r feet_down"),
    ]),
    ("lie_back_knees_up_arms_out", "lying", "hook_lying", [
        ("tp", "A man lies on his back with both knees bent up, feet flat on the floor, and his arms spread straight out to the sides.", "lie_back knee_raised:l knee_raised:r out:l out:r"),
        ("imp", "Lie on your back, draw both knees up with the soles on the floor, and open your arms out sideways along the floor.", "lie_back knee_raised:l knee_raised:r out:l out:r wrists_low"),
        ("num", "Supine with both knees bent to roughly 70 degrees and the arms stretched out at about 90 degrees from the body.", "lie_back knees_deg:50:95 arm_body:l:70:110 arm_body:r:70:110 out:l out:r"),
        ("neg", "Lying face up; neither leg is stretched flat, and the arms are not by the sides but out wide.", "lie_back knee_raised:l knee_raised:r !by_hip:l !by_hip:r out:l out:r"),
        ("bpf", "Both knees point toward the ceiling, both soles rest on the floor, and the arms lie extended laterally while the back is flat on the ground.", "knee_raised:l knee_raised:r feet_down out:l out:r lie_back"),
        ("prog", "Someone is resting on the back in a hook-lying position, arms out like a cross.", "lie_back knee_raised:l knee_raised:r out:l out:r"),
        ("pas", "The back is laid flat on the floor, both knees are bent upward with the feet set flat, and the arms are spread out sideways.", "lie_back knee_raised:l knee_raised:r feet_down out:l out:r"),
    ]),
    ("sit_floor_lean_back_on_hands", "sitting", "beach_sit", [
        ("tp", "A woman reclines slightly on the floor, legs stretched long in front of her, propped up on both hands placed behind her hips.", "sit_floor legs_forward lean_back hand_floor:l hand_floor:r hand_behind:l hand_behind:r"),
        ("imp", "Sit with your legs extended, lean back a little and prop yourself up on straight arms, palms on the floor behind you.", "sit_floor legs_forward lean_back arm_straight:l arm_straight:r hand_floor:l hand_floor:r hand_behind:l hand_behind:r"),
        ("prog", "Someone is lounging on the beach, legs long in front, leaning back on the palms.", "sit_floor legs_forward hand_floor:l hand_floor:r hand_behind:l hand_behind:r"),
        ("num", "With the torso reclined roughly 25 degrees behind vertical and the knees extended to about 180 degrees, the person sits on the ground, hands on the floor behind the hips.", "sit_floor bend:-40:-12 knees_deg:160:180 legs_forward hand_floor:l hand_floor:r hand_behind:l hand_behind:r"),
        ("neg", "Sitting on the floor without bending the knees, the weight leaning back onto the hands; neither hand is in front of the body.", "sit_floor legs_straight lean_back hand_behind:l hand_behind:r"),
        ("bpf", "Palms planted on the floor just behind the pelvis, arms straight and nearly vertical under the shoulders, legs extended forward along the ground.", "hand_floor:l hand_floor:r hand_behind:l hand_behind:r arm_straight:l arm_straight:r legs_forward sit_floor"),
        ("pas", "The weight is supported by the seat and by both hands set behind the hips, with the legs stretched out in front.", "sit_floor hand_behind:l hand_behind:r hand_floor:l hand_floor:r legs_forward"),
    ]),
]


# The fourth development part: captions written apart from the other parts, once held out and
# since used while tuning a checker. (base pose, posture, caption family, captions); the base
# poses of _dev_d_specs and some of the earlier base poses, each with captions of its own.
DEV_D_TABLE = [
    # --- development base poses, described afresh -------------------------------------------
    ("stand_arms_down", "standing", "at_rest", [
        ("mc", "A person stands completely at ease in the middle of the room, the head balanced over the shoulders, the chest neither puffed out nor sunken, and the whole body resting quietly without visible effort.", "stand upright"),
        ("bpf", "Hands by the thighs, fingers relaxed, chin level, the weight settled over both heels.", "stand by_hip:l by_hip:r heels_down"),
        ("tp", "A tall man waits at rest, facing straight ahead, doing nothing at all.", "stand upright"),
        ("pas", "The body is kept erect and relaxed, with no lean in any direction.", "stand upright"),
        ("neg", "Nothing is raised, bent or turned; the person only stands upright, looking ahead.", "stand upright legs_straight below_shoulder:l below_shoulder:r"),
        ("num", "Each arm hangs within about 15 degrees of vertical while the person stands upright, eyes level.", "stand upright arm_abd:l:0:20 arm_abd:r:0:20 down:l down:r"),
        ("prog", "Someone is waiting for a bus, perfectly still and upright.", "stand upright"),
    ]),
    ("stand_t_pose", "standing", "wingspan", [
        ("mc", "The person is standing straight with both arms lifted out to the sides until they are exactly level with the shoulders, the elbows fully extended, so that from the front the outline looks like a cross.", "stand upright out:l out:r arm_straight:l arm_straight:r"),
        ("tp", "A woman spreads both arms wide, straight and level, as though someone were measuring her wingspan.", "out:l out:r arm_straight:l arm_straight:r"),
        ("num", "Both upper arms make an angle of 90 degrees with the trunk, the wrists at shoulder height and the elbows opened to about 180 degrees.", "arm_abd:l:75:105 arm_abd:r:75:105 out:l out:r elbow_deg:l:155:180 elbow_deg:r:155:180"),
        ("neg", "The arms point neither up nor down but straight out sideways, and the body remains upright.", "out:l out:r upright !over:l !over:r !down:l !down:r"),
        ("prog", "Someone is pretending to be an aeroplane, upright, with straight arms reaching far out to either side.", "stand upright out:l out:r arm_straight:l arm_straight:r"),
    ]),
    ("lunge_left_forward", "lunging", "long_step", [
        ("bpf", "Left thigh nearly level over a planted left foot, right leg reaching far back, hips low between them.", "lunge:l thigh_deg:l:60:110 foot_on_floor:l"),
        ("mc", "Having stepped far forward with the left foot, the person bends that knee until the thigh is close to horizontal, lets the right leg extend long behind, and keeps the trunk upright and both arms relaxed at the sides.", "lunge:l thigh_deg:l:60:110 upright down:l down:r"),
        ("tp", "A man is caught in a deep forward lunge, left foot leading, right knee hovering just above the floor.", "lunge:l !knee_floor:r"),
        ("num", "The left foot is roughly 1.1 m ahead of the right one, and the left knee bends to close to 95 degrees while the right stays nearly straight.", "lunge:l feet_apart:0.85:1.4 knee_deg:l:80:115 knee_deg:r:140:180"),
        ("neg", "A long lunge with the left leg in front; the right knee does not quite reach the floor and the trunk is not tilted.", "lunge:l !knee_floor:r upright"),
        ("imp", "Take a big step forward with your left foot and sink your hips until that thigh is nearly level.", "lunge:l thigh_deg:l:60:110"),
        ("pas", "The hips are lowered between a bent left leg in front and a long right leg behind, the upper body held vertical.", "lunge:l upright"),
    ]),
    ("kneel_both", "kneeling", "high_kneel", [
        ("bpf", "Shins flat on the ground behind, thighs rising vertically to the hips, and the arms dangling straight beside the body.", "kneel2 shins_down thigh_deg:l:0:25 thigh_deg:r:0:25 down:l down:r"),
        ("prog", "Someone is kneeling upright in a garden bed, the back straight and the hips lifted well off the heels.", "kneel2 upright pelvis_h:0.35:1.0"),
        ("tp", "A man kneels tall on a mat, hips high above his heels and chest lifted.", "kneel2 upright pelvis_h:0.35:1.0"),
        ("pas", "The weight is taken on the two kneecaps, with the hips and shoulders stacked straight above them.", "kneel2 upright"),
        ("neg", "Down on both knees with the seat lifted off the heels; the trunk neither slumps nor tips.", "kneel2 upright pelvis_h:0.35:1.0"),
        ("num", "Both kneecaps are on the floor and the hip joints are 40 to 60 cm above it, the torso close to vertical.", "kneel2 pelvis_h:0.35:0.7 upright"),
    ]),
    ("squat_right_arm_up", "squatting", "crouch_wave", [
        ("mc", "Crouching all the way down so that the thighs press against the calves, the person keeps both heels on the ground, props the left hand on top of the left knee for support and reaches the right arm straight up as high as it goes.", "squat heels_down on_knee:l over:r arm_straight:r"),
        ("tp", "A man squats on flat feet, his left hand on his left knee and his right arm thrust up above his head.", "squat heels_down on_knee:l over:r"),
        ("num", "In a full squat with the hips about 40 cm off the floor and both knees closed to some 40 degrees, the right arm is raised to roughly 160 degrees.", "squat pelvis_h:0.28:0.55 knees_deg:25:60 arm_abd:r:140:180 over:r"),
        ("neg", "Crouching deep with the right hand up high; the left hand is not raised but stays on the left knee, and no knee touches down.", "squat over:r on_knee:l !knee_floor:l !knee_floor:r"),
        ("imp", "Get as low as you can with both heels grounded, steady yourself with the left hand on the left knee, and reach the right arm toward the ceiling.", "squat heels_down on_knee:l over:r"),
        ("prog", "Someone is hunkered down low, flagging a friend with the right hand held high overhead.", "squat over:r"),
    ]),
    ("all_fours", "other", "crawl_ready", [
        ("mc", "The person is on the floor on hands and knees, the arms straight and vertical under the shoulders, the thighs vertical under the hips, the back roughly level and the head in line with the spine.", "all_fours stacked arm_straight:l arm_straight:r"),
        ("prog", "Someone is scrubbing the floor on hands and knees.", "all_fours"),
        ("tp", "A man is down on his palms and knees like a toddler about to crawl.", "all_fours"),
        ("bpf", "Palms flat beneath the shoulders, knees beneath the hips, shins and insteps resting on the ground behind.", "all_fours stacked shins_down"),
        ("num", "Four points on the floor, both elbows straight at about 170 degrees and both knees bent near 90 degrees.", "all_fours elbow_deg:l:150:180 elbow_deg:r:150:180 knees_deg:70:110"),
        ("neg", "Not standing and not lying: the body is held up by straight arms and by both kneecaps pressing into the floor.", "all_fours arm_straight:l arm_straight:r knee_floor:l knee_floor:r !stand !lying"),
        ("imp", "Put both palms and both knees on the mat, the hands as wide as the shoulders, and let your back go flat like a table.", "all_fours hand_floor:l hand_floor:r"),
    ]),
    ("side_bend_left", "bending", "lateral_arc", [
        ("tp", "A man leans his whole upper body out to the left like a reed in the wind, the right arm sweeping up over the top of his head.", "side_bend:l over:r"),
        ("num", "The trunk tilts roughly 25 degrees toward the left, and the right upper arm is lifted to about 125 degrees from the side.", "side_bend:l:12:42 arm_abd:r:105:145 over:r"),
        ("neg", "Leaning over to the left without bending the knees; the left arm hangs and is not lifted at all.", "side_bend:l legs_straight below_shoulder:l"),
        ("imp", "Plant both feet, raise your right arm and let it draw your ribs over toward the left.", "side_bend:l over:r feet_down"),
        ("pas", "A curve to the left is held through the whole trunk, with the right hand lifted past the head and the left arm simply left to hang.", "side_bend:l over:r down:l"),
    ]),
    ("lie_right_side", "lying", "side_rest", [
        ("mc", "Curled a little as if asleep, the person lies on the right side; the lower arm, the right, is stretched out across the floor in front of the face, while the upper one rests along the left hip and the knees are softly bent.", "lie_side:r arm_front:r by_hip:l knees_deg:120:170"),
        ("tp", "A man rests on his right side with the knees slightly drawn up and his right arm reaching forward along the floor.", "lie_side:r arm_front:r knees_deg:120:170"),
        ("neg", "Lying down, but on neither the back nor the front: the right hip and right shoulder are underneath.", "lie_side:r !lie_back !lie_front"),
        ("num", "On the right side, both knees bent to about 145 degrees, the head less than 40 cm above the floor.", "lie_side:r knees_deg:125:170 head_h:0:0.4"),
        ("pas", "The body is turned onto its right side, the left arm laid along the left flank and the knees gently bent.", "lie_side:r by_hip:l knees_deg:120:170"),
    ]),
    # --- base poses of the held-out captions only --------------------------------------------
    ("stand_right_hand_nape_left_arm_forward", "standing", "nape_and_reach", [
        ("mc", "The person stands upright on both feet, lifts the right hand to the back of the neck as though massaging a tight muscle there, and at the same time reaches the left arm straight forward at shoulder height, palm down.", "stand upright feet_down nape:r fwd:l arm_straight:l"),
        ("tp", "A woman stands with her right palm cupping the back of her neck while her left arm reaches straight ahead at shoulder level.", "stand nape:r fwd:l arm_straight:l"),
        ("imp", "Slide your right hand round to the nape of your neck and push your left arm out in front of you, level with the shoulder.", "nape:r fwd:l"),
        ("bpf", "Right hand at the nape with the elbow lifted high; left arm extended forward, elbow locked.", "nape:r arm_abd:r:110:150 fwd:l arm_straight:l"),
        ("num", "The right elbow is folded to about 40 degrees so the hand rests on the back of the neck, and the left arm is raised some 90 degrees forward.", "elbow_deg:r:25:55 nape:r arm_abd:l:75:105 fwd:l"),
        ("neg", "No arm is idle: the right hand cups the nape, the left reaches forward rather than out to the side, and nothing hangs down.", "!down:l !down:r nape:r fwd:l !out:l"),
        ("prog", "Someone is rubbing a stiff neck with the right hand while holding the left arm out ahead, feet side by side on the floor.", "nape:r fwd:l feet_down feet_close"),
    ]),
    ("kneel_sit_on_heels_hands_thighs", "kneeling", "seiza", [
        ("prog", "Someone is kneeling at a low tea table, the seat resting on the heels and the hands on the thighs.", "sit_heels on_thigh:l on_thigh:r"),
        ("tp", "A man kneels and sits back on his heels, palms resting on his thighs, back upright.", "sit_heels on_thigh:l on_thigh:r upright"),
        ("pas", "The seat is lowered onto the heels, both shins lie flat on the mat, and the hands are laid on the tops of the thighs.", "sit_heels shins_down on_thigh:l on_thigh:r"),
        ("num", "Kneeling with each knee folded to roughly 20 degrees, the hips only about 25 cm above the floor and the hands on the thighs.", "sit_heels knees_deg:10:35 pelvis_h:0.12:0.35 on_thigh:l on_thigh:r"),
        ("neg", "Both knees are down, but the person is not kneeling tall: the buttocks rest on the heels, and neither hand leaves the thighs.", "sit_heels !kneel2 on_thigh:l on_thigh:r"),
        ("mc", "In the traditional Japanese sitting posture the person folds both legs underneath, so the knees and shins lie on the floor with the insteps flat behind, lowers the hips onto the heels and keeps the spine tall with the hands resting on the thighs.", "sit_heels shins_down upright on_thigh:l on_thigh:r"),
        ("bpf", "Knees and shins on the floor, buttocks settled on the heels, hands on the thighs, trunk vertical.", "sit_heels on_thigh:l on_thigh:r upright"),
    ]),
    ("lie_back_hug_left_knee", "lying", "knee_hug", [
        ("bpf", "Left knee folded up over the chest, both hands wrapped around the left shin, right leg long on the floor, back flat.", "knee_to_chest:l hold_knee:l:l hold_knee:r:l knee_straight:r lie_back"),
        ("tp", "A woman lies on her back hugging her left knee in toward her chest, her right leg stretched out flat.", "lie_back knee_to_chest:l knee_straight:r hold_knee:l:l hold_knee:r:l"),
        ("imp", "Lie face up, draw your left knee to your chest and wrap both hands around the shin, keeping the right leg long on the floor.", "lie_back knee_to_chest:l hold_knee:l:l hold_knee:r:l knee_straight:r foot_on_floor:r"),
        ("num", "Supine; only about 50 degrees remain at the left knee, which is folded over the chest, while the right leg lies at roughly 180 degrees along the floor.", "lie_back knee_deg:l:35:70 knee_to_chest:l knee_deg:r:160:180"),
        ("neg", "On the back with only one knee pulled in, the left; the right leg is not bent and stays on the floor.", "lie_back knee_to_chest:l knee_straight:r foot_on_floor:r !knee_to_chest:r"),
        ("pas", "The left thigh is drawn up over the chest and held there by both hands while the body lies supine.", "knee_to_chest:l hold_knee:l:l hold_knee:r:l lie_back"),
        ("prog", "Someone is easing a sore lower back, lying face up and clasping the left knee against the chest.", "lie_back knee_to_chest:l hold_knee:l:l hold_knee:r:l"),
    ]),
    ("stand_hands_clasped_behind", "standing", "parade_rest", [
        ("bpf", "Both hands joined behind the lower back, chest lifted, legs straight.", "hands_behind_back legs_straight upright"),
        ("mc", "The person stands straight with the feet under the hips and the head up, brings both arms behind the body and lets one hand hold the other just below the waist, so nothing is visible in front of the torso.", "stand upright hands_behind_back feet_down"),
        ("tp", "A man stands at parade rest, his hands joined behind the small of his back.", "stand hands_behind_back"),
        ("imp", "Bring both hands round behind you and clasp them at the base of your spine, chest open.", "hands_behind_back"),
        ("neg", "Standing tall, not a hand in view from the front: both are tucked behind the lower back.", "stand upright hands_behind_back"),
        ("num", "The person stands upright with the wrists held within about 15 cm of each other behind the hips, the head roughly 1.6 m off the ground.", "stand upright hands_apart:0:0.18 hands_behind_back head_h:1.35:1.9"),
        ("pas", "The body is kept upright and still, both hands held together behind the back.", "stand upright hands_behind_back"),
        ("prog", "A guard is waiting motionless and upright, one hand resting in the other behind his back.", "stand upright hands_behind_back"),
    ]),
    ("stand_right_hand_on_left_shoulder", "standing", "shoulder_hold", [
        ("pas", "The left shoulder is gripped by the right hand, which is brought across the chest, while the left arm is left dangling.", "grips_shoulder:r down:l"),
        ("tp", "A woman stands with her right arm across her chest, the right hand holding her left shoulder, the left arm hanging.", "stand grips_shoulder:r down:l"),
        ("imp", "Reach your right hand across your body and grip your left shoulder; let the other arm hang loose.", "grips_shoulder:r down:l"),
        ("bpf", "Right forearm across the front of the chest, right fingers on the left shoulder, left arm straight down by the side.", "grips_shoulder:r down:l arm_straight:l"),
        ("num", "The right elbow is bent near 90 degrees so that the right hand lands on the left shoulder, while the left arm stays within 15 degrees of vertical.", "elbow_deg:r:70:115 grips_shoulder:r arm_abd:l:0:20 down:l"),
        ("neg", "Only the right arm moves, folding across the chest to the opposite shoulder; the left arm is not raised.", "grips_shoulder:r below_shoulder:l"),
        ("mc", "Standing upright with the weight on both feet, the person brings the right arm across the chest and rests the right palm on top of the left shoulder, as if hurt or cold, while the left arm simply hangs along the body.", "stand upright feet_down grips_shoulder:r down:l"),
    ]),
    ("low_lunge_right_knee_down_arms_up", "kneeling", "low_lunge", [
        ("mc", "Kneeling on the right knee with the right leg trailing back, the person has the left foot placed flat on the floor well in front, the trunk vertical and both arms raised straight above the head in a crescent shape.", "kneel:r knee_behind:r foot_front:l foot_on_floor:l upright over:l over:r arm_straight:l arm_straight:r"),
        ("tp", "A man sinks into a low lunge with his left foot forward and his right knee resting on the floor far behind him, arms stretched overhead.", "kneel:r foot_front:l knee_behind:r over:l over:r"),
        ("imp", "Step your left foot well forward, lower your right knee to the ground behind you and sweep both arms up beside your ears.", "kneel:r knee_behind:r foot_front:l over:l over:r"),
        ("num", "Front knee (the left) bent near 110 degrees, rear knee on the floor some 25 cm behind the hip, and both arms raised roughly 170 degrees.", "knee_deg:l:90:130 kneel:r knee_behind:r arm_abd:l:150:180 arm_abd:r:150:180"),
        ("neg", "The back knee touches the floor, but the front one does not; the left foot is flat ahead and both hands are lifted high, neither resting on the thigh.", "knee_floor:r !knee_floor:l foot_on_floor:l over:l over:r !on_thigh:l !on_thigh:r"),
        ("prog", "Someone is opening the front of the right hip in a kneeling lunge, left sole planted ahead and both arms reaching for the ceiling.", "kneel:r foot_front:l over:l over:r"),
        ("pas", "Weight is shared between a planted left foot far in front and a right knee resting on the floor well behind the hip, and both arms are carried straight up.", "kneel:r knee_behind:r foot_front:l over:l over:r arm_straight:l arm_straight:r"),
    ]),
    ("sit_cross_legged_hands_knees", "sitting", "tailor_seat", [
        ("bpf", "Knees wide apart and low, ankles crossed under the opposite shins, seat on the floor, palms on the knees.", "cross_legged on_knee:l on_knee:r"),
        ("tp", "A woman has settled on the floor with her legs folded and crossed at the shins, one hand resting on each kneecap.", "cross_legged on_knee:l on_knee:r"),
        ("imp", "Sit on the floor, fold your shins in so each foot tucks under the opposite knee, and rest your hands on your knees.", "cross_legged on_knee:l on_knee:r"),
        ("num", "Seated on the floor with both knees folded to about 50 degrees and splayed out wide, the hip joints only some 15 cm above the ground.", "cross_legged knees_deg:30:65 pelvis_h:0.05:0.25"),
        ("neg", "Sitting on the ground with neither leg stretched out; the shins are crossed in front and the hands are not raised.", "cross_legged !legs_forward below_shoulder:l below_shoulder:r"),
        ("mc", "The person settles onto the floor in a comfortable cross-legged seat, knees falling out to the sides, ankles crossed near the centre, back straight, and both palms resting lightly on the knees.", "cross_legged upright on_knee:l on_knee:r"),
        ("prog", "Someone is meditating on a cushion, legs crossed, back tall, hands on the knees.", "cross_legged upright on_knee:l on_knee:r"),
    ]),
    ("chair_left_leg_extended", "sitting", "seated_leg_raise", [
        ("mc", "The person sits upright on a chair with the right foot flat on the floor and the right knee bent at a right angle, while the left knee is straightened so that the whole left leg sticks out level in front of the seat.", "perched upright foot_on_floor:r knee_deg:r:70:110 leg_level:l"),
        ("tp", "A man sits on a chair and holds his left leg straight out in front of him at seat height, his right foot flat on the floor.", "perched leg_level:l foot_on_floor:r knee_deg:r:70:110"),
        ("imp", "From a seated position, straighten your left knee until the leg is parallel to the floor, keeping the right foot planted.", "perched leg_level:l foot_on_floor:r"),
        ("num", "Seated, the left knee extended to nearly 180 degrees with the left heel about 40 cm off the ground; the right knee bent at roughly 90 degrees.", "perched knee_deg:l:160:180 foot_h:l:0.3:0.6 knee_deg:r:70:110"),
        ("neg", "Sitting, but not with both feet down: the left leg is raised straight forward, and the right knee stays bent with its sole on the floor.", "perched !foot_on_floor:l leg_level:l knee_bent:r foot_on_floor:r"),
        ("bpf", "Left leg lifted and stretched out level in front, right foot flat, hands resting on the seat beside the hips, trunk upright.", "leg_level:l foot_on_floor:r by_hip:l by_hip:r upright perched"),
        ("prog", "Someone is doing a seated knee extension with the left leg, sitting upright on a bench.", "perched leg_level:l upright"),
    ]),
    ("stand_tilt_arms_forward", "bending", "lean_and_reach", [
        ("bpf", "Feet together, knees straight, chest tipped a little forward, both arms stretched ahead at shoulder level.", "feet_close legs_straight bend:15:40 fwd:l fwd:r"),
        ("tp", "A woman stands with her feet together and tips her upper body slightly forward, both arms stretched out ahead at shoulder height.", "feet_close bend:15:40 fwd:l fwd:r"),
        ("imp", "Keep your feet together, lean forward a little from the hips and reach both arms straight ahead, level with your shoulders.", "feet_close bend:15:40 fwd:l fwd:r arm_straight:l arm_straight:r"),
        ("num", "Trunk inclined about 25 degrees forward, ankles less than 25 cm apart, arms raised 90 degrees in front with the elbows straight.", "bend:15:38 feet_apart:0:0.28 arm_abd:l:75:105 arm_abd:r:75:105 arm_straight:l arm_straight:r"),
        ("neg", "The knees do not bend while the chest leans forward slightly and both arms reach out ahead, not up.", "legs_straight bend:15:40 fwd:l fwd:r !over:l !over:r"),
        ("pas", "Both arms are held out horizontally in front while the upper body is inclined a little forward over straight legs.", "fwd:l fwd:r bend:15:40 legs_straight"),
        ("mc", "With the feet side by side and the legs straight, the person hinges slightly at the hips so the chest comes forward, and extends both arms parallel to each other toward something just out of reach.", "feet_close legs_straight bend:15:40 fwd:l fwd:r"),
    ]),
    ("stand_left_weight_right_toes_behind", "standing", "cocked_hip", [
        ("tp", "A man rests his weight on his left leg, the right knee bent and only the toes of the right foot touching the floor behind.", "stand toes_behind:r knee_straight:l"),
        ("imp", "Shift onto your left leg, let the right knee bend and rest just the ball of the right foot on the floor behind you.", "toes_behind:r knee_straight:l foot_on_floor:l"),
        ("num", "The left knee is straight at about 180 degrees and carries the body, while the right knee is bent to roughly 130 degrees with that heel raised.", "knee_deg:l:160:180 knee_deg:r:110:150 toes_behind:r"),
        ("neg", "Standing without any weight on the right leg, which is relaxed and bent, the toes barely touching down; the arms are not raised.", "stand toes_behind:r below_shoulder:l below_shoulder:r"),
        ("bpf", "Left leg straight and upright under the hips, right knee softly bent, right heel up and its toes resting on the ground a little behind.", "knee_straight:l toes_behind:r stand"),
        ("pas", "The body weight is taken by the straight left leg; the right one is unloaded, bent at the knee, with its heel lifted behind.", "stand knee_straight:l toes_behind:r"),
        ("prog", "Someone is waiting in a queue, hip cocked with the weight on the left leg and the right knee bent, both arms hanging loose.", "stand toes_behind:r down:l down:r"),
    ]),
    ("stand_quad_stretch_right", "standing", "quad_stretch", [
        ("tp", "A woman balances on her left leg and pulls her right heel up toward her buttock with her right hand, her left arm held out to the side.", "on_leg:l foot_back:r holds_ankle:r:r out:l"),
        ("imp", "Stand on your left foot, bend your right knee and catch the right ankle behind you with your right hand; hold your left arm out for balance.", "on_leg:l foot_back:r holds_ankle:r:r out:l"),
        ("num", "On the left leg only; the right knee is folded to about 40 degrees and the right foot is held some 80 cm above the floor behind the body.", "on_leg:l knee_deg:r:25:55 foot_h:r:0.6:1.1 foot_back:r"),
        ("neg", "One foot on the ground and not the other: the right shin is folded up behind and held there by the right hand, and the left knee is not bent.", "!foot_on_floor:r foot_back:r holds_ankle:r:r knee_straight:l on_leg:l"),
        ("mc", "Standing tall on the left leg with the knees side by side, the person bends the right leg back, grasps the right ankle with the right hand to stretch the front of the thigh, and stretches the left arm out sideways at shoulder height to stay steady.", "on_leg:l upright thigh_deg:r:0:20 foot_back:r holds_ankle:r:r out:l"),
        ("bpf", "Right hand clasping the right ankle behind the buttock, left arm stretched out laterally, left leg straight beneath the body.", "holds_ankle:r:r foot_back:r out:l knee_straight:l on_leg:l"),
        ("pas", "The right foot is drawn up behind the body and held by the right hand while the weight is kept on the left leg.", "foot_back:r holds_ankle:r:r on_leg:l"),
    ]),
    ("stand_tiptoe_hands_hips", "standing", "tiptoe", [
        ("bpf", "Heels lifted, weight on the balls of both feet, knees straight, hands resting on the hips with the elbows pointing out.", "tiptoe legs_straight on_hip:l on_hip:r elbow_out:l elbow_out:r"),
        ("mc", "Standing as tall as possible, the person rises onto the front of both feet so the heels leave the floor, keeps the legs straight and the body upright, and sets both hands on the hips.", "stand upright tiptoe legs_straight on_hip:l on_hip:r"),
        ("tp", "A man rises onto the balls of his feet, heels off the floor, hands planted on his hips.", "stand tiptoe on_hip:l on_hip:r"),
        ("imp", "Come up onto your tiptoes and put both hands on your hips, elbows out.", "tiptoe on_hip:l on_hip:r elbow_out:l elbow_out:r"),
        ("num", "Both heels are raised a few centimetres off the floor with straight knees, and each elbow is bent near 120 degrees with the hand on the hip.", "tiptoe legs_straight elbow_deg:l:95:150 elbow_deg:r:95:150 on_hip:l on_hip:r"),
        ("neg", "Neither heel touches the floor; the person stands high on the toes with straight legs and fists on the hips.", "tiptoe legs_straight on_hip:l on_hip:r"),
        ("prog", "Someone is peering over a crowd, up on tiptoe with both hands on the hips.", "tiptoe on_hip:l on_hip:r"),
    ]),
]


# The fifth development part: captions written for a fresh evaluation of a checker tuned on the
# four parts above, until they were looked at while tuning one. (base pose, posture, caption
# family, captions); the base poses of _dev_e_specs and some earlier base poses, each with
# captions of its own.
DEV_E_TABLE = [
    # --- new base poses ---------------------------------------------------------------------
    ("stand_hands_low_back_lean_back", "standing", "lumbar_arch", [
        ("tp", "A woman eases her upper body backward, her palms pressed into the small of her back on either side of the spine.", "stand lean_back low_back:l low_back:r"),
        ("imp", "Place both hands on your lower back, fingers down, and arch gently backward with your elbows flaring out.", "lean_back low_back:l low_back:r elbow_out:l elbow_out:r"),
        ("bpf", "Palms on the lumbar spine, elbows bent and winging outward, chest tipped a little toward the ceiling.", "low_back:l low_back:r elbow_out:l elbow_out:r lean_back"),
        ("num", "The trunk is tipped backward by roughly 10 to 30 degrees, supported by two hands at the small of the back, with both feet flat.", "stand lean_back bend:-35:-8 low_back:l low_back:r feet_down"),
        ("neg", "Both hands stay behind the hips at waist level instead of hanging, and the torso does not fold forward but arches gently back.", "stand low_back:l low_back:r !down:l !down:r lean_back"),
    ]),
    ("kneel_left_knee_right_forearm_on_thigh", "kneeling", "forearm_on_thigh", [
        ("prog", "Someone is resting on the left knee, leaning over the upright right leg with the right forearm laid across that thigh.", "kneel:l on_thigh:r elbow_bent:r"),
        ("pas", "The left kneecap is set on the ground and the right foot is planted ahead, the right forearm draped over the right thigh.", "kneel:l knee_floor:l foot_on_floor:r on_thigh:r"),
        ("mc", "After dropping the left knee to the ground, the person keeps the right foot flat in front with that knee at about a right angle, then leans forward and lets the right forearm settle along the top of the right thigh while the left arm hangs loosely.", "kneel:l foot_on_floor:r knee_deg:r:60:125 on_thigh:r below_shoulder:l"),
        ("num", "One knee down: the left knee touches the floor, the right knee is bent close to 90 degrees, and the right elbow is flexed well below 135 degrees with the forearm on the thigh.", "kneel:l knee_deg:r:60:125 elbow_bent:r on_thigh:r"),
        ("tp", "A hiker rests on his left knee, his right arm propped on his right thigh as he catches his breath.", "kneel:l on_thigh:r"),
    ]),
    ("sit_floor_legs_v_hands_between", "sitting", "straddle_reach", [
        ("imp", "Sit on the floor, open your straight legs into a wide V, and set both palms on the ground between them.", "sit_floor legs_straight feet_wide hands_between_knees"),
        ("bpf", "Legs stretched apart in a broad V along the floor, knees locked, hands planted flat in the gap between the legs.", "sit_floor legs_forward feet_wide hands_between_knees legs_straight"),
        ("prog", "Someone is doing a seated straddle stretch, walking both hands forward on the floor between the spread legs.", "sit_floor feet_wide hands_between_knees"),
        ("pas", "The seat rests on the ground, the legs are spread wide and kept straight, and both hands are pressed to the floor inside the V.", "sit_floor feet_wide legs_straight hands_between_knees"),
        ("neg", "Seated on the mat with the legs wide apart; neither knee is bent and neither hand leaves the floor.", "sit_floor feet_wide legs_straight hand_floor:l hand_floor:r"),
    ]),
    ("lie_front_arms_overhead", "lying", "prone_glide", [
        ("mc", "The person lies flat on the stomach with the face toward the floor, stretching both arms out straight beyond the head and extending the legs long behind, like a swimmer gliding.", "lie_front past_head:l past_head:r arm_straight:l arm_straight:r legs_straight"),
        ("num", "Lying prone with the body fully extended, both elbows open to about 170 degrees and both hands reaching well past the top of the head.", "lie_front elbow_deg:l:150:180 elbow_deg:r:150:180 past_head:l past_head:r"),
        ("neg", "Face down on the floor with the arms stretched overhead; no limb is bent and the chest is not raised.", "lie_front past_head:l past_head:r legs_straight arm_straight:l arm_straight:r !chest_lift:20:90"),
        ("tp", "A boy lies on his belly, arms reaching forward past his head along the ground.", "lie_front past_head:l past_head:r"),
        ("imp", "Lie face down and slide both arms straight out above your head.", "lie_front past_head:l past_head:r arm_straight:l arm_straight:r"),
    ]),
    ("stand_right_hand_shading_eyes", "standing", "visor_hand", [
        ("bpf", "Right hand cupped at the brow like a visor, right elbow bent, left arm loose at the side.", "shade_eyes:r elbow_bent:r down:l"),
        ("prog", "Someone is squinting into the sun, the right hand raised to the forehead to keep the glare off the eyes.", "stand shade_eyes:r"),
        ("pas", "The eyes are shielded by the right hand held flat above them, while the left arm is allowed to hang.", "shade_eyes:r down:l"),
        ("mc", "Out on a beach, the person raises the right hand to the forehead, palm down, to block the sun, keeps the left arm relaxed beside the body, and looks far out toward the horizon.", "stand shade_eyes:r down:l"),
        ("tp", "A sailor stays upright on deck, his right hand shielding his eyes as he scans the sea.", "stand upright shade_eyes:r"),
    ]),
    ("stand_left_arm_pointing_at_floor", "standing", "point_down", [
        ("num", "The left arm points at the ground some 35 degrees below horizontal, held straight, while the right arm hangs by the side.", "stand point_floor:l arm_abd:l:40:70 down:r"),
        ("neg", "The right arm is not raised; only the left one is extended, aimed at a spot on the floor a little ahead.", "stand below_shoulder:r point_floor:l"),
        ("imp", "Straighten your left arm and point at the ground a few steps in front of you.", "point_floor:l"),
        ("bpf", "Left index finger aimed at the floor ahead, the whole left arm straight and angled downward, the right hand by the thigh.", "point_floor:l by_hip:r down:r"),
        ("prog", "Someone is showing where a coin fell, upright and pointing down with the left arm.", "stand upright point_floor:l"),
    ]),
    ("stand_right_foot_crossed_in_front", "standing", "crossed_ankles", [
        ("pas", "The right foot is placed across and in front of the left one, both soles on the ground, the body held upright.", "stand upright foot_crossed:r feet_down"),
        ("mc", "The person stands with the weight shared between both feet, but the right foot has crossed over in front of the left so that the ankles overlap, and the upper body stays tall and relaxed.", "stand upright foot_crossed:r feet_down"),
        ("tp", "A woman waits with her right foot crossed over the front of her left, arms loose at her sides.", "stand foot_crossed:r down:l down:r"),
        ("imp", "Cross your right foot over in front of your left and keep both legs straight.", "foot_crossed:r legs_straight"),
        ("num", "Both feet flat, the right ankle set some 10 cm in front of the left and past it toward the left side, knees straight at close to 180 degrees.", "stand foot_crossed:r feet_down knees_deg:155:180"),
    ]),
    ("lunge_left_hands_on_front_knee", "lunging", "lunge_hands_knee", [
        ("neg", "In a forward lunge on the left leg, neither hand hangs free: both are stacked on the front knee, and the back knee stays off the floor.", "lunge:l hold_knee:l:l hold_knee:r:l !knee_floor:r"),
        ("bpf", "Both hands resting on top of the bent left knee, right leg stretched out behind, torso only slightly forward.", "lunge:l hold_knee:l:l hold_knee:r:l"),
        ("prog", "Someone is stretching the hip flexors in a lunge with the left foot forward, leaning into both hands on the left knee.", "lunge:l hold_knee:l:l hold_knee:r:l"),
        ("pas", "The left knee is bent over the front foot and both palms are placed on it, with the right leg extended far back.", "lunge:l hold_knee:l:l hold_knee:r:l"),
        ("mc", "Having taken a long step forward with the left leg, the person sinks the hips, lays one hand over the other on top of the left knee, and keeps the back leg long with only the ball of the right foot on the ground.", "lunge:l hold_knee:l:l hold_knee:r:l heel_up:r"),
    ]),
    # --- development base poses, described afresh -------------------------------------------
    ("stand_arms_down", "standing", "sentry", [
        ("tp", "A guard keeps perfectly still at his post, gaze fixed ahead.", "stand upright"),
        ("imp", "Stay tall and quiet, with your shoulders loose and your weight even.", "stand upright"),
        ("prog", "Someone is queuing patiently, upright, with both arms hanging by the sides.", "stand upright down:l down:r"),
        ("pas", "An erect, relaxed posture is kept, the arms simply left to dangle.", "stand upright down:l down:r"),
        ("neg", "The person is not sitting, crouching or reaching for anything; the body is simply upright.", "stand upright below_shoulder:l below_shoulder:r"),
        ("num", "At full height, with a gap of 10 to 35 cm between the ankles and the wrists hanging at least 40 cm below the shoulders.", "stand feet_apart:0.1:0.4 down:l down:r"),
    ]),
    ("squat_arms_forward", "squatting", "low_crouch_reach", [
        ("bpf", "Soles flat, knees folded tight, seat sunk close to the heels, and the two arms thrust out level in front of the chest.", "squat heels_down fwd:l fwd:r"),
        ("mc", "The person sinks into a low crouch with the whole of each foot on the ground and, to avoid toppling backward, extends both arms forward parallel to the floor.", "squat heels_down fwd:l fwd:r"),
        ("num", "Knees bent tighter than 75 degrees, hips under half a metre off the floor, and both arms extended forward at about 90 degrees.", "squat pelvis_h:0.15:0.55 fwd:l fwd:r arm_abd:l:65:115 arm_abd:r:65:115"),
        ("neg", "A deep crouch with no knee on the floor and neither arm lowered: both stretch out ahead at shoulder level.", "squat !knee_floor:l !knee_floor:r fwd:l fwd:r !down:l !down:r"),
        ("pas", "The body is lowered into a full squat and balanced by both arms held straight out in front.", "squat fwd:l fwd:r arm_straight:l arm_straight:r"),
    ]),
    ("all_fours", "other", "tabletop_again", [
        ("tp", "A woman is on all fours on a yoga mat, back flat like a tabletop.", "all_fours"),
        ("imp", "Get down on your hands and knees with your wrists under your shoulders and your knees under your hips.", "all_fours stacked"),
        ("bpf", "Knees and palms on the floor, arms locked straight, spine level between hips and shoulders.", "all_fours arm_straight:l arm_straight:r"),
        ("prog", "Someone is hunting for a dropped earring on hands and knees across the carpet.", "all_fours"),
        ("mc", "The person tips forward onto the hands so that the weight is shared by both palms and both knees, keeping the elbows straight, the thighs upright beneath the hips and the head level with the back.", "all_fours stacked arm_straight:l arm_straight:r"),
    ]),
    ("bend_hands_on_knees", "bending", "stooped_rest", [
        ("tp", "A tired runner stoops over after the race, resting his hands on his knees.", "bend:35:75 on_knee:l on_knee:r"),
        ("imp", "Let your knees give a little, lean your body forward and rest your weight on your hands at the knees.", "bend:35:75 knee_bent:l knee_bent:r on_knee:l on_knee:r"),
        ("bpf", "Hands braced on the knees, back slanted well forward, legs flexed and both soles flat.", "bend:35:75 on_knee:l on_knee:r knee_bent:l knee_bent:r feet_down"),
        ("prog", "Someone is catching their breath, hunched forward with the weight leaning on both hands at the knees.", "bend:35:75 on_knee:l on_knee:r"),
        ("pas", "The trunk is inclined forward and supported by the two arms, whose hands are set on the bent knees.", "bend:35:75 knee_bent:l knee_bent:r on_knee:l on_knee:r"),
    ]),
    ("one_leg_left_knee_up", "standing", "stork_balance", [
        ("mc", "Balancing on the straight right leg, the person draws the left knee up in front until the thigh is about level with the hip, and holds both arms out wide to the sides to stay steady.", "stand on_leg:r knee_high:l thigh_deg:l:65:115 out:l out:r"),
        ("num", "Single-leg balance: the right knee above 155 degrees, the left knee bent to roughly 90 degrees and lifted, the arms extended at 90 degrees from the body.", "on_leg:r knee_deg:r:155:180 knee_deg:l:70:115 knee_high:l arm_abd:l:70:110 arm_abd:r:70:110"),
        ("neg", "Only the right foot touches the ground; the left is pulled up with the knee forward, and neither arm hangs down.", "on_leg:r knee_high:l !down:l !down:r"),
        ("tp", "A dancer poises on her right foot, left knee lifted high in front, both arms spread like wings.", "stand on_leg:r knee_high:l out:l out:r"),
        ("bpf", "Left thigh raised horizontal, left shin hanging below it, right leg planted and straight, arms level out to either side.", "knee_high:l on_leg:r out:l out:r"),
    ]),
]


# The sixth development part: captions written for a fresh evaluation of a checker tuned on the
# five parts above, until they were looked at while tuning one. (base pose, posture, caption
# family, captions); the base poses of _dev_f_specs and some earlier base poses, each with
# captions of its own.
DEV_F_TABLE = [
    # --- new base poses ---------------------------------------------------------------------
    ("stand_hail_right_arm_high", "standing", "taxi_hail", [
        ("bpf", "Right arm up, left arm down.", "over:r down:l"),
        ("tp", "A woman on the kerb flags down a taxi, her right arm flung up high and a little out to the side while the left one hangs loose.", "stand over:r arm_v:r down:l"),
        ("imp", "Throw your right hand up high like you're hailing a cab, and leave the left one down.", "over:r down:l"),
        ("neg", "Only the right arm goes up, well above the head; the left is not raised at all.", "over:r !over:l below_shoulder:l"),
        ("num", "Right upper arm lifted roughly 150 degrees from the side with the elbow almost straight, left arm hanging at about 5 degrees.", "arm_abd:r:130:175 elbow_deg:r:155:180 arm_abd:l:0:25"),
        ("prog", "Someone is trying to catch the bus driver's eye, upright, the right hand stretched high over the head.", "stand upright over:r arm_straight:r"),
    ]),
    ("stand_archer_left_arm_out", "standing", "bow_draw", [
        ("tp", "An archer at full draw: his left arm is locked out sideways toward the target and his right hand is pulled back to just in front of the right shoulder.", "stand out:l arm_straight:l drawn_back:r"),
        ("mc", "Pretending to shoot a bow, she stretches the left arm straight out to the left at shoulder height, and with the right elbow lifted level and sharply bent she draws the right hand back close to her right shoulder.", "out:l arm_straight:l drawn_back:r elbow_bent:r"),
        ("num", "Left arm abducted about 90 degrees with the elbow near 175; the right elbow flexed to roughly 35 degrees and raised to shoulder level, the hand by the right shoulder.", "arm_abd:l:75:110 elbow_deg:l:155:180 elbow_deg:r:20:55 drawn_back:r"),
        ("pas", "The left arm is held straight out to the left, while the right hand is drawn back close to the right shoulder.", "out:l drawn_back:r"),
        ("imp", "Push your left arm out to the left, then bend your right elbow high and pull that fist in to your shoulder as if drawing a bowstring.", "out:l drawn_back:r elbow_bent:r"),
        ("neg", "Neither arm hangs: the left points straight out sideways and the right is folded up, its hand near the right shoulder.", "!down:l !down:r out:l drawn_back:r"),
    ]),
    ("kneel_right_knee_hands_on_left_knee", "kneeling", "proposal_kneel", [
        ("tp", "A man about to propose is down on his right knee, both hands resting on top of his raised left knee.", "kneel:r hold_knee:l:l hold_knee:r:l"),
        ("bpf", "Right knee on the ground, left foot flat in front, both palms stacked on the left knee.", "kneel:r foot_on_floor:l hold_knee:l:l hold_knee:r:l"),
        ("num", "Half-kneeling with the left knee bent close to 90 degrees, the right kneecap on the floor, the hips some 50 cm up and both hands on the left knee.", "kneel:r knee_deg:l:75:110 pelvis_h:0.38:0.68 hold_knee:l:l hold_knee:r:l"),
        ("prog", "Someone is resting after a sprint on the right knee, both hands piled on the bent-up left knee.", "kneel:r hold_knee:l:l hold_knee:r:l"),
        ("neg", "The left knee is not on the ground but bent up in front; it is the right one that touches down, and both hands rest on the left knee.", "!knee_floor:l kneel:r hold_knee:l:l hold_knee:r:l"),
        ("pas", "The weight is taken on the right knee and the left foot, with both hands placed on the upright left knee.", "kneel:r foot_on_floor:l hold_knee:l:l hold_knee:r:l"),
        ("mc", "Dropping onto the right knee with the left foot set flat ahead, the person leans in a little and lays one hand over the other on the raised left knee, the left shin close to vertical.", "kneel:r foot_on_floor:l hold_knee:l:l hold_knee:r:l"),
    ]),
    ("stand_both_hands_on_head", "standing", "hands_on_crown", [
        ("tp", "A boy stands with both palms flat on top of his head, elbows sticking out.", "stand on_head:l on_head:r elbow_out:l elbow_out:r"),
        ("imp", "Put both hands on top of your head, like you've just watched your team miss an open goal.", "on_head:l on_head:r"),
        ("num", "Both elbows flexed to around 75 degrees so the wrists sit on the crown of the head, roughly 1.4 to 1.8 m off the floor.", "elbow_deg:l:55:95 elbow_deg:r:55:95 on_head:l on_head:r head_h:1.3:1.85"),
        ("neg", "The hands are not behind the neck but right on top of the head, and neither knee is bent.", "on_head:l on_head:r legs_straight"),
        ("prog", "A fan is standing in disbelief, both hands clamped on top of the head.", "stand on_head:l on_head:r"),
        ("bpf", "Hands on head. Feet together. Legs straight.", "on_head:l on_head:r feet_close legs_straight"),
    ]),
    ("sumo_squat_hands_on_thighs", "squatting", "sumo_stance", [
        ("tp", "A sumo wrestler sinks into a wide stance, knees pushed out over his feet and palms pressing on his thighs.", "wide_squat on_thigh:l on_thigh:r"),
        ("mc", "With the feet planted much wider than the hips, the person drops the seat low, lets the knees open out to the sides, keeps the chest fairly upright and braces both hands on the thighs.", "wide_squat feet_wide upright on_thigh:l on_thigh:r"),
        ("num", "Ankles 70 to 95 cm apart, both knees bent to roughly 80 degrees, hands on the thighs.", "wide_squat feet_apart:0.65:1.05 knees_deg:65:105 on_thigh:l on_thigh:r"),
        ("imp", "Step your feet out wide, bend your knees out to the sides and sit low, bracing your hands on your thighs.", "wide_squat on_thigh:l on_thigh:r"),
        ("neg", "A wide, low stance with no knee touching the floor and neither hand leaving the thighs.", "wide_squat !knee_floor:l !knee_floor:r on_thigh:l on_thigh:r"),
        ("pas", "The hips are lowered between widely spread feet, the knees are opened outward and the hands are set on the thighs.", "wide_squat on_thigh:l on_thigh:r"),
    ]),
    ("airplane_on_left_leg", "other", "airplane_balance", [
        ("tp", "A gymnast balances on her left leg, tipping her chest forward while the right leg stretches out behind her and her arms spread like wings.", "on_leg:l leg_back:r bend:40:95 out:l out:r"),
        ("imp", "Stand on your left foot, hinge forward at the hips and lift your straight right leg out behind you, then open your arms to the sides.", "on_leg:l leg_back:r knee_straight:r bend:40:95 out:l out:r"),
        ("num", "Trunk pitched about 60 degrees forward, the right foot raised behind to roughly hip height (0.6 to 1.2 m), and all the weight on the straight left leg.", "bend:45:80 foot_h:r:0.6:1.2 leg_back:r on_leg:l"),
        ("neg", "Only the left foot is on the floor; the right leg is not bent but extended back, and neither arm hangs down.", "on_leg:l leg_back:r knee_straight:r !down:l !down:r"),
        ("prog", "Someone is flying like a toy aeroplane over a planted left leg, the right leg trailing straight out behind.", "on_leg:l leg_back:r bend:40:95"),
        ("bpf", "Left leg planted and straight, right leg lifted long behind, torso tilted forward, arms out to the sides.", "on_leg:l leg_back:r bend:40:95 out:l out:r"),
    ]),
    ("stand_right_hand_to_left_hip", "standing", "cross_reach_hip", [
        ("tp", "A man reaches his right hand across his belly to his left hip, as if about to draw a sword from his belt.", "stand hand_opp_hip:r"),
        ("bpf", "Right hand at the left hip, the arm crossing the front of the body; left arm relaxed at the side.", "hand_opp_hip:r down:l"),
        ("neg", "The right hand does not stay on its own side: it crosses over to the left hip, while the left arm only hangs.", "hand_opp_hip:r down:l"),
        ("prog", "Someone is patting the left-hand pocket of their jeans with the right hand, standing straight.", "stand upright hand_opp_hip:r"),
        ("num", "The right wrist is 5 to 15 cm to the left of the body's midline, next to the left hip, with the right elbow nearly straight at about 165 degrees.", "hand_opp_hip:r elbow_deg:r:145:180"),
        ("pas", "The right arm is brought across the stomach and the hand laid at the left hip; the legs are kept straight.", "hand_opp_hip:r legs_straight"),
    ]),
    ("stand_arms_crossed_weight_left", "standing", "impatient_wait", [
        ("tp", "A bored teenager slouches onto her left leg, arms folded across her chest, right knee cocked.", "stand crossed knee_straight:l knee_bent:r"),
        ("prog", "Someone is waiting impatiently with folded arms, the weight sunk into a straight left leg and the right heel off the floor.", "crossed knee_straight:l heel_up:r"),
        ("num", "Left knee locked near 180 degrees, right knee eased to about 125, forearms crossed in front of the chest.", "knee_deg:l:160:180 knee_deg:r:105:145 crossed"),
        ("neg", "Arms crossed, and the weight is not shared evenly: the left leg is straight while the right knee bends.", "crossed knee_straight:l knee_bent:r"),
        ("imp", "Cross your arms, stand on your left leg and let the right knee go soft, only its toes touching down.", "crossed knee_straight:l knee_bent:r heel_up:r"),
        ("mc", "Clearly fed up with the queue, the person stands with both arms crossed over the chest, keeps the left leg braced straight under the body and lets the right leg go slack, its knee bent and its heel lifted.", "stand crossed knee_straight:l knee_bent:r heel_up:r"),
    ]),
    ("chair_arms_crossed", "sitting", "seated_folded_arms", [
        ("tp", "A man sits on a chair with his arms crossed, both feet flat on the floor.", "sit_chair crossed feet_down"),
        ("pas", "The arms are folded over the chest while the body rests upright on a seat, the knees at right angles.", "sit_chair crossed knees_deg:70:115"),
        ("neg", "Seated with arms crossed, leaning neither forward nor back.", "sit_chair crossed upright"),
        ("imp", "Sit on a chair, back straight, and fold your arms.", "sit_chair upright crossed"),
        ("prog", "Someone is sitting through a dull meeting with folded arms.", "seated crossed"),
        ("num", "Sitting with the hips about 45 to 70 cm off the floor, knees near 90 degrees and both forearms crossed in front of the chest.", "seated pelvis_h:0.4:0.72 knees_deg:75:105 crossed"),
    ]),
    ("lie_back_hands_behind_head", "lying", "lazy_supine", [
        ("tp", "A man lies on his back in the grass, fingers laced behind his head, legs stretched out.", "lie_back head_in_hands:l head_in_hands:r legs_straight"),
        ("bpf", "Hands cradling the head, elbows wide, body flat on its back.", "lie_back head_in_hands:l head_in_hands:r elbow_out:l elbow_out:r"),
        ("num", "Supine, both elbows bent to about 50 degrees with the hands under the head, and both knees close to 180 degrees.", "lie_back elbow_deg:l:30:75 elbow_deg:r:30:75 head_in_hands:l head_in_hands:r knees_deg:160:180"),
        ("prog", "Someone is sunbathing face up, hands tucked under the head.", "lie_back head_in_hands:l head_in_hands:r"),
        ("neg", "Lying face up with no limb reaching out: the hands are behind the head and the legs are together and straight.", "lie_back head_in_hands:l head_in_hands:r feet_close legs_straight"),
        ("mc", "Stretched out on a beach towel, the person lies flat on the back, folds both arms so the hands rest under the head with the elbows pointing out to the sides, and leaves the legs straight and relaxed.", "lie_back head_in_hands:l head_in_hands:r elbow_out:l elbow_out:r legs_straight"),
    ]),
    # --- development base poses, described afresh -------------------------------------------
    ("stand_left_arm_out", "standing", "turn_signal", [
        ("tp", "A cyclist at a junction signals a left turn, the left arm held straight out sideways.", "out:l arm_straight:l"),
        ("prog", "Someone is signalling a left turn, standing still with the right side relaxed.", "stand out:l down:r"),
        ("num", "Left arm at 90 degrees from the body, the right one at about 5.", "arm_abd:l:75:105 arm_abd:r:0:20 out:l"),
        ("neg", "Just the left arm is lifted, level with the shoulder; the right is not.", "out:l below_shoulder:r"),
        ("imp", "Raise your left arm sideways to shoulder height and keep the right one at your side.", "out:l down:r"),
        ("mc", "Stopped at a red light, the rider takes the left hand off the handlebar and holds that arm out level to the left, elbow straight, while the right arm drops loosely by the body.", "out:l arm_straight:l down:r"),
    ]),
    ("stand_right_hand_on_head", "standing", "puzzled_pat", [
        ("tp", "A puzzled man rests his right palm on top of his head, his left arm by his side.", "stand on_head:r down:l"),
        ("neg", "One hand, the right, sits on top of the head; the left is not raised.", "on_head:r below_shoulder:l"),
        ("prog", "Someone is rubbing a bump on the crown with the right palm, feet together.", "on_head:r feet_close"),
        ("imp", "Lay your right hand flat on your crown and let the left arm hang.", "on_head:r down:l"),
        ("pas", "The crown of the head is covered by the right palm, the right elbow winging out and the left arm dangling.", "on_head:r elbow_out:r down:l"),
    ]),
    ("feet_wide_apart", "standing", "planted_wide", [
        ("tp", "A man stands with his feet planted far apart, well beyond shoulder width.", "stand feet_wide"),
        ("num", "Ankles some 70 to 95 cm apart, knees straight at close to 180 degrees.", "feet_apart:0.65:1.05 knees_deg:160:180"),
        ("neg", "A broad stance without any bend in the knees, the body upright.", "stand feet_wide legs_straight upright"),
        ("prog", "Someone is bracing against the sway of a train, legs spread wide.", "stand feet_wide"),
        ("imp", "Take a wide stance and lock your knees.", "feet_wide legs_straight"),
        ("pas", "The feet are set wide apart and the arms are left to dangle.", "feet_wide down:l down:r"),
    ]),
    ("lunge_right_forward", "lunging", "fencer_stride", [
        ("tp", "He strides out with the right foot far ahead and that knee bent, hands on his hips.", "lunge:r on_hip:l on_hip:r"),
        ("bpf", "Right knee bent over the right foot, left leg long behind, fists on hips.", "lunge:r on_hip:l on_hip:r"),
        ("num", "Right knee at roughly 95 degrees, left knee straighter than 135, the right ankle about a metre ahead of the left.", "lunge:r knee_deg:r:80:110 knee_deg:l:130:180"),
        ("neg", "It is the right foot, not the left, that leads this lunge, and the hands stay on the hips.", "lunge:r !lunge:l on_hip:l on_hip:r"),
        ("imp", "Step forward into a lunge with your right foot and put your hands on your hips.", "lunge:r on_hip:l on_hip:r"),
        ("mc", "After a long step forward with the right leg, the person bends that knee to about a right angle, leaves the left leg stretched behind and rests both hands on the hips, keeping the back tall.", "lunge:r upright on_hip:l on_hip:r"),
    ]),
    ("side_lunge_right", "lunging", "skater_shift", [
        ("tp", "A skater pushes off sideways, his weight over the bent right knee and the left leg straight out to the left.", "side_lunge:r knee_straight:l"),
        ("imp", "Shift sideways onto your right leg and bend it, keeping the left leg straight and your hands on your hips.", "side_lunge:r on_hip:l on_hip:r"),
        ("neg", "The left knee is not bent; only the right one is, as the hips sink over to the right.", "side_lunge:r knee_straight:l"),
        ("pas", "The body's weight is moved over the flexed right leg, the left leg is kept long, and the hands are set on the hips.", "side_lunge:r on_hip:l on_hip:r"),
        ("num", "Feet roughly a metre apart side to side, the right knee bent to about 85 degrees and the left fully straight.", "side_lunge:r knee_deg:r:65:105 knee_straight:l"),
    ]),
    ("lie_left_side", "lying", "side_nap", [
        ("tp", "A child naps on her left side with her knees slightly bent.", "lie_side:l knees_deg:125:165"),
        ("neg", "Down on the floor but neither supine nor prone: the body is turned onto its left side.", "lie_side:l !lie_back !lie_front"),
        ("bpf", "Left flank on the floor, knees softly bent, right hand by the right hip.", "lie_side:l by_hip:r knees_deg:125:165"),
        ("num", "On the left side with the head under 40 cm from the floor and the knees bent to about 145 degrees.", "lie_side:l head_h:0:0.4 knees_deg:125:165"),
        ("prog", "Someone is dozing on the left side, the left arm stretched out in front along the floor.", "lie_side:l arm_front:l"),
    ]),
    ("kneel_both_arms_up", "kneeling", "kneeling_cheer", [
        ("tp", "A goalkeeper drops onto both knees and punches both fists skyward after the save.", "kneel2 over:l over:r"),
        ("num", "Both knees on the floor and both arms raised to about 170 degrees.", "kneel2 arm_abd:l:145:180 arm_abd:r:145:180"),
        ("prog", "Someone is kneeling in the rain, arms flung straight up over the head.", "kneel2 over:l over:r"),
        ("neg", "No hand is lowered: the person kneels upright with both arms up.", "kneel2 upright over:l over:r !down:l !down:r"),
        ("imp", "Kneel tall and reach both hands to the ceiling.", "kneel2 upright over:l over:r"),
    ]),
    ("lean_back", "bending", "star_gazer", [
        ("tp", "A woman arches backward a little, gazing up at the night sky.", "lean_back"),
        ("num", "The trunk leans back about 20 degrees from vertical, with both feet flat.", "lean_back bend:-35:-10 feet_down"),
        ("neg", "Leaning back, not forward, with straight knees.", "lean_back legs_straight"),
        ("imp", "Tip your upper body backward a little and keep your knees straight.", "lean_back legs_straight"),
        ("bpf", "Chest tilted toward the sky, hips pushed forward, arms hanging below the shoulders.", "lean_back below_shoulder:l below_shoulder:r"),
    ]),
    ("side_bend_right", "bending", "reach_over_right", [
        ("tp", "A man stretches his left arm over his head and bends sideways to the right.", "side_bend:r over:l"),
        ("neg", "The body does not lean to the left; it curves to the right, with the left hand arcing overhead.", "side_bend:r !side_bend:l over:l"),
        ("num", "Torso tilted about 25 degrees to the right, the left wrist above the head.", "side_bend:r:15:40 over:l"),
        ("prog", "Someone is stretching the left flank, the left arm reaching over the head as the body tips to the right.", "side_bend:r over:l"),
        ("mc", "Keeping both feet on the floor, the person lifts the left arm up and over, lets the right arm hang, and bends the whole upper body over toward the right side.", "feet_down side_bend:r over:l below_shoulder:r"),
    ]),
    ("sit_chair_right_hand_up", "sitting", "class_question", [
        ("tp", "A student on a chair raises the right hand to ask a question, the left hand on the left knee.", "sit_chair over:r on_knee:l"),
        ("neg", "Only the right arm is up; the left stays down on the knee, and the person remains seated.", "sit_chair over:r on_knee:l !over:l"),
        ("num", "Seated with the knees bent at about 90 degrees, the right wrist well above the head.", "sit_chair knees_deg:75:110 over:r"),
        ("imp", "Sit on a chair and stick your right hand up, as if you know the answer.", "sit_chair over:r"),
        ("mc", "Sitting upright on a chair with both feet on the floor, the person keeps the left hand resting on the left knee and raises the right arm high above the head.", "sit_chair upright feet_down on_knee:l over:r"),
    ]),
]


# The seventh development part: captions written for a fresh evaluation of a checker tuned on the
# six parts above, until they were looked at while tuning one. (base pose, posture, caption
# family, captions); the base poses of _dev_g_specs and some earlier base poses (mostly ones few
# captions describe), each with captions of its own.
DEV_G_TABLE = [
    # --- new base poses ---------------------------------------------------------------------
    ("stand_goalkeeper_ready", "standing", "keeper_ready", [
        ("tp", "Between the posts, the keeper crouches slightly on widely spaced feet, both hands held out low in front, ready to dive either way.", "stand feet_wide hands_low_front knees_deg:125:165"),
        ("imp", "Set your feet wider than your shoulders, soften your knees and bring both hands out in front of your belly, palms facing the ball.", "feet_wide knees_deg:125:165 hands_low_front"),
        ("bpf", "Knees a touch bent, feet spread, palms open at waist level out in front.", "knees_deg:125:165 feet_wide hands_low_front"),
        ("num", "Ankles roughly 65-90 cm apart, both knees flexed to around 145°, hands a forearm's length ahead of the hips and no higher than the chest.", "feet_apart:0.6:0.95 knees_deg:130:160 hands_low_front"),
        ("neg", "Not a tall, locked-knee stance: the legs are spread and flexed, and neither hand drops to the side, both reaching forward at waist height.", "stand feet_wide !legs_straight !down:l !down:r hands_low_front"),
        ("prog", "Waiting for the penalty, she's bouncing lightly on wide-set feet with her knees soft and her gloves held out in front of her hips.", "stand feet_wide knees_deg:125:165 hands_low_front"),
    ]),
    ("stand_right_hand_up_across_left", "standing", "overhead_cross_reach", [
        ("tp", "Going for a ball lobbed high to his left, a man stretches his right hand up and across above his head.", "stand across_up:r over:r"),
        ("bpf", "Right arm: up high and angled across, the hand past the body's midline on the left side. Left arm: hanging.", "across_up:r down:l"),
        ("pas", "The right hand is raised above the head and carried over toward the left, and the left arm is left hanging loosely.", "across_up:r down:l"),
        ("mc", "She stays upright on both feet, lets her left arm dangle, and sweeps her right arm up diagonally so the right hand ends above her head on the left-hand side, far higher than the left hand.", "stand upright feet_down down:l across_up:r hand_higher:r"),
        ("neg", "Nothing dangles on the right: that hand is up past the top of the head and over on the left side, and the left arm is not lifted at all.", "across_up:r below_shoulder:l"),
        ("imp", "Reach your right hand up and over toward the top left corner of the room, keeping your left arm by your side.", "across_up:r down:l"),
    ]),
    ("chair_tiptoe_hands_on_knees", "sitting", "perched_on_toes", [
        ("tp", "A nervous interviewee sits on the edge of his chair, heels raised so only the balls of the feet touch, hands on his knees.", "sit_chair tiptoe on_knee:l on_knee:r"),
        ("imp", "Sit down on a chair, lift both heels off the floor and rest your palms on your kneecaps.", "sit_chair tiptoe on_knee:l on_knee:r"),
        ("num", "Seated with the thighs level (about 90 degrees from vertical), knees at roughly 100°, heels lifted and the hands on the knees.", "sit_chair thigh_deg:l:80:100 thigh_deg:r:80:100 knees_deg:85:115 tiptoe on_knee:l on_knee:r"),
        ("neg", "Sitting, but the heels don't touch the floor, only the toes do, and neither hand leaves its knee.", "sit_chair tiptoe on_knee:l on_knee:r"),
        ("prog", "He's perched on a stool, jiggling on the balls of his feet, hands clamped over his knees.", "seated tiptoe on_knee:l on_knee:r"),
        ("pas", "Both heels are held up off the ground and the hands are laid on the knees, the body seated upright.", "sit_chair upright tiptoe on_knee:l on_knee:r"),
    ]),
    ("stand_left_hand_on_right_shoulder", "standing", "shoulder_clasp_left", [
        ("tp", "A singer holds her left hand to her right shoulder, the right arm hanging loose beside her.", "stand grips_shoulder:l down:r"),
        ("imp", "Cross your left hand over to cup the top of your right shoulder, and let the right arm just hang there.", "grips_shoulder:l down:r"),
        ("bpf", "Left palm on right shoulder, forearm across the chest; right arm straight down.", "grips_shoulder:l down:r arm_straight:r"),
        ("num", "Elbow on the left folded to somewhere between 75 and 110°, which brings that hand onto the right shoulder; right arm dropped, less than 15° off plumb.", "elbow_deg:l:75:110 grips_shoulder:l arm_abd:r:0:20"),
        ("neg", "The left hand is not on its own side of the body but on the right shoulder, and the right arm does nothing at all.", "grips_shoulder:l down:r"),
        ("prog", "She's kneading a sore right shoulder with her left hand while waiting in line.", "stand grips_shoulder:l"),
        ("mc", "Standing quietly, the person lets the right arm hang straight and reaches the left hand over the chest until it cups the right shoulder.", "stand down:r arm_straight:r grips_shoulder:l"),
    ]),
    ("lie_back_legs_vertical", "lying", "legs_to_ceiling", [
        ("tp", "On the living-room floor, a woman lies on her back with both legs raised straight up toward the ceiling.", "lie_back legs_up"),
        ("imp", "Lie flat on your back and lift both legs until they point straight at the ceiling, arms resting by your sides.", "lie_back legs_up by_hip:l by_hip:r"),
        ("bpf", "Back on the mat, legs together and vertical, knees locked.", "lie_back legs_up legs_straight"),
        ("num", "Supine with both hips flexed to roughly 90 degrees, so the legs stand vertically and the ankles are some 75 to 100 cm above the floor.", "lie_back legs_up foot_h:l:0.65:1.1 foot_h:r:0.65:1.1"),
        ("neg", "Flat on the back, but the legs are not on the floor: both point straight up.", "lie_back legs_up !foot_on_floor:l !foot_on_floor:r"),
        ("prog", "He's lying on the rug with his legs propped straight up in the air, as if resting them against an invisible wall.", "lie_back legs_up"),
        ("mc", "Lying face up, the person keeps the arms flat beside the body, raises both straight legs together until they are vertical, and holds them there.", "lie_back legs_up legs_straight"),
    ]),
    ("tree_on_right_leg_palms_at_chest", "standing", "tree_balance", [
        ("tp", "A yogi balances on her right leg, the sole of her left foot pressed beside the right knee and her palms together at her chest.", "stand on_leg:r foot_on_knee:l hands_chest"),
        ("imp", "Stand on your right leg, turn your left knee out and rest that foot against the inside of your right knee, then press your palms together in front of your chest.", "on_leg:r foot_on_knee:l hands_chest"),
        ("bpf", "Left knee opened out to the side, left foot at the right knee, right leg straight, hands in prayer at the sternum.", "foot_on_knee:l on_leg:r knee_straight:r hands_chest"),
        ("num", "Weight on one straight right leg (knee near 180°), the left knee folded to about 65° and pointing out left, the left foot roughly 30 to 55 cm off the ground.", "on_leg:r knee_deg:r:160:180 knee_deg:l:50:80 foot_on_knee:l foot_h:l:0.25:0.6"),
        ("neg", "Only the right foot is on the floor; the left is tucked against the right knee, and the hands are not apart but pressed together at the chest.", "on_leg:r foot_on_knee:l hands_chest !foot_on_floor:l"),
        ("pas", "The whole weight is carried by the right leg, the left foot is placed against the right knee, and the palms are joined in front of the chest.", "on_leg:r foot_on_knee:l hands_chest"),
        ("mc", "Rooting down through the right foot, she lifts the left foot, turns that knee outward, sets the sole against her right knee and brings her palms together at her breastbone.", "on_leg:r foot_on_knee:l hands_chest"),
    ]),
    ("stand_left_forearm_level_right_hand_on_hip", "standing", "waiter_tray", [
        ("tp", "A waiter stands with his left forearm held level in front of him, as if balancing a tray, and his right fist on his hip.", "stand elbow90:l on_hip:r"),
        ("imp", "Bend your left elbow to a right angle with the forearm pointing forward, and plant your right hand on your hip.", "elbow90:l on_hip:r"),
        ("bpf", "Left upper arm by the ribs, left forearm jutting forward, right hand on the right hip with the elbow out.", "elbow90:l on_hip:r elbow_out:r"),
        ("num", "Left elbow at 90 degrees (give or take 10), that upper arm vertical; right elbow bent to about 120 with the hand on the hip.", "elbow_deg:l:80:100 arm_abd:l:0:20 elbow_deg:r:100:140 on_hip:r"),
        ("neg", "The right hand is not hanging but resting on the hip, and the left arm is not straight: its forearm sticks out level.", "on_hip:r !arm_straight:l elbow90:l"),
        ("mc", "Holding an imaginary notepad, the person stands straight, crooks the left arm so the forearm points ahead at waist height, and props the right hand on the right hip.", "stand upright elbow90:l on_hip:r"),
        ("pas", "A tray-carrying position is adopted: left forearm parallel to the floor, right hand propped at the waist.", "elbow90:l on_hip:r"),
    ]),
    # --- development base poses, described afresh -------------------------------------------
    ("stand_right_arm_out", "standing", "right_arm_sideways", [
        ("tp", "Directing traffic, a policeman stretches his right arm out to the side, level with the shoulder.", "stand out:r"),
        ("num", "Right arm abducted to 90° ±10, elbow fully extended; left arm at the side.", "arm_abd:r:80:100 elbow_deg:r:160:180 down:l"),
        ("neg", "One arm up and out, the right, and not the left, which hangs.", "out:r down:l !out:l"),
        ("prog", "She's showing a cyclist the way, her right arm stretched sideways at shoulder height, her right hand far higher than her left.", "out:r arm_straight:r hand_higher:r"),
        ("pas", "An upright posture is held, square to the front, the weight even.", "stand upright"),
        ("imp", "Raise just your right arm out to the side until it's level with your shoulder.", "out:r down:l"),
        ("bpf", "R arm out sideways, shoulder height. L arm down.", "out:r down:l"),
        ("tp", "He sticks his right arm straight out sideways like a signpost.", "out:r arm_straight:r"),
    ]),
    ("stand_point_right", "standing", "point_ahead_right", [
        ("imp", "Aim your right index finger at something straight ahead, arm fully extended at shoulder level.", "fwd:r arm_straight:r"),
        ("bpf", "Right arm: dead straight, aimed forward, level with the chest. Left: slack by the thigh.", "fwd:r arm_straight:r down:l"),
        ("mc", "Spotting a friend across the square, he stops, stands tall and thrusts his right arm straight out in front of him while the left one stays down.", "stand upright fwd:r down:l"),
        ("tp", "A lookout stands bolt upright at the rail, perfectly still.", "stand upright"),
        ("tp", "She aims her right arm straight ahead of her, the left arm hanging.", "fwd:r down:l"),
        ("num", "Right shoulder flexed to about 90 degrees with the wrist 50 to 70 cm in front of it; left arm vertical.", "arm_abd:r:80:100 fwd:r arm_abd:l:0:20"),
        ("neg", "Not pointing with the left: the right arm is the one stretched forward at shoulder height.", "fwd:r !fwd:l down:l"),
    ]),
    ("stand_right_elbow_90", "standing", "right_forearm_forward", [
        ("tp", "Checking the time, a man holds his right forearm level in front of him with the elbow bent at a right angle.", "stand elbow90:r"),
        ("pas", "The right elbow is flexed to a right angle at the side of the body, the forearm held level and pointing forward; the left arm is left straight.", "elbow90:r down:l"),
        ("prog", "He's carrying a folded coat over his right forearm, elbow tucked at his side and bent square.", "elbow90:r"),
        ("neg", "No bend at the hips or knees; the body stands straight and square.", "stand upright legs_straight"),
        ("num", "Right elbow at 90 ± 10 degrees, right wrist some 20 to 30 cm in front of the elbow, left elbow above 160.", "elbow_deg:r:80:100 elbow90:r elbow_deg:l:160:180"),
        ("mc", "Upright with the feet close together, he keeps the left arm straight at his side and bends the right elbow square, forearm forward.", "stand feet_close down:l elbow90:r"),
    ]),
    ("fold_palms_on_floor", "bending", "jackknife_palms", [
        ("tp", "Stretching after a long drive, a trucker jackknifes at the waist and lays both palms on the tarmac just beyond his shoes.", "bend:100:170 hand_floor:l hand_floor:r hands_ahead:0.05:0.9"),
        ("imp", "Fold all the way down, soften the knees a little, and walk your hands out onto the floor a short way past your toes.", "bend:100:170 knees_deg:130:170 hand_floor:l hand_floor:r hands_ahead:0.05:0.9"),
        ("num", "Torso flexed past horizontal, about 130°, both knees near 150° and the head under 55 cm from the floor, hands down.", "bend:115:145 knees_deg:135:165 head_h:0.3:0.55 hand_floor:l hand_floor:r"),
        ("neg", "Bent double but not kneeling or squatting: the knees are only a little flexed and both hands rest on the ground.", "bend:100:170 !kneel2 !squat knees_deg:130:170 hand_floor:l hand_floor:r"),
        ("prog", "She's letting her head hang heavy, folded over her legs with her palms on the mat.", "bend:100:170 head_low hand_floor:l hand_floor:r"),
        ("pas", "The weight is shared between the feet and the two flat hands, the trunk folded down and the head dropped below the hips.", "bend:100:170 feet_down hand_floor:l hand_floor:r head_low"),
    ]),
    ("squat_palms_together", "squatting", "namaste_squat", [
        ("tp", "A climber squats low at the foot of the wall, heels flat, palms pressed together in front of her chest.", "squat heels_down hands_chest"),
        ("imp", "Sink all the way down onto your haunches, keep your soles flat, and join your palms at your sternum.", "squat heels_down hands_chest"),
        ("num", "Hips about 35-50 cm off the floor, knees folded to roughly 40 degrees, hands joined at chest height.", "squat pelvis_h:0.33:0.5 knees_deg:30:50 hands_chest"),
        ("pas", "The body is lowered into a full squat and the hands are joined palm to palm before the chest.", "squat hands_chest"),
        ("bpf", "Hands together, elbows bent, seat near the heels.", "hands_together elbow_bent:l elbow_bent:r squat"),
        ("neg", "No knee touches the floor in this deep squat, and the hands aren't apart but pressed together at the chest.", "squat !knee_floor:l !knee_floor:r hands_chest"),
    ]),
    ("lunge_left_arms_out", "lunging", "warrior_left", [
        ("tp", "A yoga student sinks into a lunge with the left foot forward, both arms spread level to the sides.", "lunge:l out:l out:r"),
        ("mc", "Having stepped well forward with the left foot, she bends the left knee to about a right angle, keeps the right leg long behind her, and opens both arms wide at shoulder height.", "lunge:l knee_deg:l:80:110 out:l out:r"),
        ("neg", "The right knee stays off the floor, and neither arm hangs: both reach out to the sides over a bent left front leg.", "lunge:l !knee_floor:r !down:l !down:r out:l out:r"),
        ("num", "Left knee at about 95°, feet more than a metre apart front to back, arms at 90° from the trunk.", "lunge:l knee_deg:l:85:105 feet_apart:0.95:1.4 arm_abd:l:80:100 arm_abd:r:80:100"),
        ("imp", "Take a big step out with the left foot, sink until the front knee bends, and fling both arms wide like a T.", "lunge:l out:l out:r"),
        ("pas", "The left leg is bent forward, the right leg is stretched back, and both arms are held out level.", "lunge:l out:l out:r"),
    ]),
    ("kneel_right_knee", "kneeling", "half_kneel_right", [
        ("tp", "A knight kneels on his right knee before the queen, left hand on his hip, right arm hanging.", "kneel:r on_hip:l down:r"),
        ("bpf", "Right knee down, left foot flat in front with the shin upright, left fist on the hip.", "kneel:r foot_on_floor:l on_hip:l"),
        ("prog", "He's waiting on the right knee for the team photo, the left foot planted ahead.", "kneel:r foot_on_floor:l"),
        ("bpf", "Down on the right knee with the left foot flat out in front.", "kneel:r foot_on_floor:l"),
        ("num", "Right kneecap on the floor, left knee at roughly 90°, hips 45-60 cm up.", "kneel:r knee_deg:l:80:105 pelvis_h:0.42:0.62"),
        ("neg", "Not both knees: only the right one touches the ground, and the left hand rests on the hip.", "kneel:r !knee_floor:l on_hip:l"),
        ("pas", "Body weight is spread between the right kneecap and the flat left foot, with the back held tall.", "kneel:r foot_on_floor:l upright"),
    ]),
    ("airplane_on_left_leg", "other", "arabesque_tilt", [
        ("tp", "A skater holds a low arabesque on the left leg, chest forward, right leg raised behind, arms out like wings.", "on_leg:l leg_back:r bend:40:95 out:l out:r"),
        ("imp", "Balance on your left leg, tip your chest toward the floor and float your right leg back until it is level with your hips, arms wide.", "on_leg:l leg_back:r bend:40:95 out:l out:r"),
        ("num", "Standing leg (left) straight at about 175°, right thigh some 95 degrees from vertical, trunk inclined near 60°.", "on_leg:l knee_deg:l:160:180 thigh_deg:r:85:110 bend:50:75 leg_back:r"),
        ("pas", "Balance is kept on the left leg alone; behind it the right leg is lifted out straight, and both arms are spread wide.", "on_leg:l leg_back:r knee_straight:r out:l out:r"),
        ("prog", "She's tilting forward like a seesaw over her left foot, right leg stretched out behind her.", "on_leg:l leg_back:r bend:40:95"),
        ("neg", "Only the left foot touches the floor; the right leg is not lowered but held out straight behind.", "on_leg:l leg_back:r knee_straight:r"),
        ("bpf", "Tipped forward over a straight left leg, the right leg raised behind and both arms out to the sides.", "on_leg:l leg_back:r out:l out:r"),
    ]),
]


# The eighth development part: captions written for a fresh evaluation of a checker tuned on the
# seven parts above, until they were looked at while tuning one. (base pose, posture, caption
# family, captions); the base poses of _dev_h_specs and some earlier base poses (ones few
# captions describe), each with captions of its own.
DEV_H_TABLE = [
    # --- new base poses ---------------------------------------------------------------------
    ("three_legged_dog_right_leg_up", "other", "three_leg_dog", [
        ("tp", "A person balances on both hands and the left foot, hips pushed high, while the right leg rises up and back as an extension of the spine.", "hand_floor:l hand_floor:r foot_on_floor:l leg_back:r head_low bend:100:170"),
        ("imp", "From downward dog, inhale and send your right leg up behind you, keeping both palms rooted and your left heel reaching toward the mat.", "hand_floor:l hand_floor:r leg_back:r knee_straight:r foot_on_floor:l"),
        ("num", "Inverted-V position: trunk angled roughly 135° from upright, right hip extended so the right ankle sits about 1 to 1.5 m above the floor, left knee fully extended.", "bend:115:155 foot_h:r:0.9:1.6 leg_back:r knee_straight:l"),
        ("neg", "Only one foot touches the mat, the left; the right leg stays perfectly straight, not folded, and points toward the ceiling behind the hips.", "foot_on_floor:l !foot_on_floor:r leg_back:r knee_straight:r"),
        ("prog", "Currently working on my three-legged dog: right leg pointing way up, head hanging low between the arms, palms flat.", "leg_back:r !foot_on_floor:r head_low hand_floor:l hand_floor:r"),
        ("bpf", "Hands on floor, arms straight, hips very up, right leg go up to back, left foot stay on floor.", "hand_floor:l hand_floor:r arm_straight:l arm_straight:r leg_back:r foot_on_floor:l"),
        ("pas", "The body is propped on the two hands and the left sole, folded sharply at the hips, with the right leg raised high behind.", "hand_floor:l hand_floor:r foot_on_floor:l bend:100:170 leg_back:r"),
    ]),
    ("lunge_left_right_arm_up_left_hand_hip", "lunging", "crescent_one_arm", [
        ("tp", "The person sinks into a deep lunge, left foot leading, the left hand set on the hip and the right arm reaching straight up.", "lunge:l on_hip:l over:r arm_straight:r"),
        ("imp", "Take a long stride with your left foot, bend that knee over the ankle, keep the back knee hovering, and send the right arm skyward while the left hand waits on your hip.", "lunge:l !knee_floor:r over:r on_hip:l"),
        ("num", "Split stance, left knee flexed to about 95°, right shoulder elevated to roughly 165° with the elbow extended, feet 0.9 to 1.4 m apart.", "lunge:l knee_deg:l:80:110 arm_abd:r:145:180 arm_straight:r feet_apart:0.9:1.4"),
        ("neg", "In this left-leg lunge the trailing knee hovers with no contact, and just one arm, the right, is raised; the left fist remains on the hip.", "lunge:l !knee_floor:r over:r !over:l on_hip:l"),
        ("mc", "When he reaches the top of the stairs he drops into a lunge on his left foot, props his left hand on his waist and punches his right fist at the sky, that hand far higher than the other.", "lunge:l on_hip:l over:r hand_higher:r"),
        ("bpf", "Left leg in front with knee bend, right leg long in back, right arm up to ceiling, left hand on waist.", "lunge:l knee_behind:r over:r on_hip:l"),
    ]),
    ("kneel_left_gate_side_bend_right", "kneeling", "gate_stretch", [
        ("tp", "Kneeling on her left knee, she stretches the right leg sideways with the sole flat and arches her left arm over her head toward it, the right palm sitting on the right knee.", "knee_floor:l knee_straight:r foot_on_floor:r over:l side_bend:r on_knee:r"),
        ("imp", "Come onto your left knee, reach your right leg out sideways with the foot flat, then slide your right hand down to that knee as your left arm arcs overhead.", "knee_floor:l knee_straight:r foot_on_floor:r on_knee:r over:l"),
        ("num", "Half-kneeling on the left with the right leg abducted and straight (knee about 165°), trunk side-flexed roughly 25° to the right, left arm elevated overhead.", "knee_floor:l knee_deg:r:150:180 side_bend:r:15:40 over:l"),
        ("neg", "Just one knee, the left, meets the mat; the right leg reaches out sideways instead of bending, and the body curves rightward, not leftward.", "knee_floor:l !knee_floor:r knee_straight:r side_bend:r !side_bend:l"),
        ("bpf", "Left knee down, right leg long to the right side, left arm arching above the head, torso tilting right.", "knee_floor:l knee_straight:r feet_wide over:l side_bend:r"),
        ("prog", "She's stretching her side in gate pose on the living room rug, left hand swooping over her head toward the right.", "over:l across_up:l side_bend:r"),
        ("pas", "The load rests on the left knee and the flat right foot, while the left arm is carried up and across toward the right.", "knee_floor:l foot_on_floor:r over:l across_up:l"),
        ("mc", "Kneeling tall on the left knee, the yogi extends her right leg sideways, slides her right hand down to that knee and lengthens the left arm overhead so the whole left side opens.", "knee_floor:l knee_straight:r on_knee:r over:l"),
    ]),
    ("sit_floor_left_leg_long_hands_left_knee", "sitting", "head_to_knee_seat", [
        ("tp", "On the floor, a person keeps the left leg stretched out and the right knee folded in, with both hands laid on the left knee.", "sit_floor knee_straight:l knee_bent:r hold_knee:l:l hold_knee:r:l"),
        ("imp", "Sit tall, extend your left leg, draw the right heel in toward the inner left thigh, then lean forward a little and set your hands on your left knee.", "sit_floor knee_straight:l knee_bent:r bend:15:45 hold_knee:l:l hold_knee:r:l"),
        ("num", "Long sitting on the left leg (knee 170-180°), right knee folded to about 30° and turned out, trunk inclined some 30° forward, hands at the left knee.", "sit_floor knee_deg:l:165:180 knee_deg:r:15:50 bend:18:42 hold_knee:l:l hold_knee:r:l"),
        ("neg", "Seated on the ground but not with both legs out: the right one is tucked in with a sharp bend, only the left lies straight.", "sit_floor !legs_forward knee_bent:r knee_straight:l"),
        ("pas", "The left leg lies flat and straight, the right knee is folded out to the side, and the two palms rest on the left kneecap.", "knee_straight:l knee_bent:r hold_knee:l:l hold_knee:r:l"),
        ("mc", "After class she sits down on the mat, keeps the left leg long, tucks the right foot in against the left thigh and folds slightly forward to rest her hands on the left knee.", "sit_floor knee_straight:l knee_bent:r bend:15:45 hold_knee:l:l hold_knee:r:l"),
        ("prog", "post-run stretch on the grass, I'm sitting with my left leg out and leaning over it, hands on the knee", "sit_floor knee_straight:l bend:15:45 hold_knee:l:l hold_knee:r:l"),
    ]),
    ("lie_front_left_arm_long_right_leg_lifted", "lying", "prone_opposite_reach", [
        ("tp", "Lying face down, the person stretches the left arm forward past the head and lifts the straight right leg off the floor.", "lie_front past_head:l arm_straight:l leg_back:r knee_straight:r !foot_on_floor:r"),
        ("imp", "Lie on your stomach, reach your left arm long above your head along the floor, keep the right arm by your side and lift your right leg, knee straight.", "lie_front past_head:l by_hip:r !foot_on_floor:r knee_straight:r"),
        ("num", "Prone; left arm extended beyond the head with the elbow near 170°, right hip extended so the right ankle is 15-50 cm off the mat.", "lie_front past_head:l elbow_deg:l:155:180 foot_h:r:0.15:0.55"),
        ("neg", "Flat on the belly, not on the back; the left arm is not at the side but reaching forward beyond the head, while the right one lies along the hip.", "lie_front !lie_back past_head:l !by_hip:l by_hip:r"),
        ("bpf", "Belly on floor. Left arm long to front over head, right leg lift up little, knee not bend.", "lie_front past_head:l !foot_on_floor:r knee_straight:r"),
        ("pas", "The body is laid prone with the left arm extended beyond the head and the right leg raised clear of the floor.", "lie_front past_head:l !foot_on_floor:r leg_back:r"),
        ("prog", "Doing my back-strengthening exercises: lying on my tummy, left arm stretched ahead, right leg floating up behind.", "lie_front past_head:l leg_back:r"),
    ]),
    ("stand_right_leg_hug_left_knee", "standing", "knee_hug_balance", [
        ("tp", "A man balancing on his right leg hugs his left knee up toward his chest with both hands.", "stand on_leg:r knee_high:l hold_knee:l:l hold_knee:r:l"),
        ("imp", "Balance on your right foot, draw your left knee up toward your chest and clasp your hands around the shin just below it.", "on_leg:r knee_high:l hold_knee:l:l hold_knee:r:l"),
        ("num", "Single-leg stance on the right with that knee at about 175°, left hip flexed past 120° and the left knee bent to approximately 65°, both hands holding it.", "on_leg:r knee_deg:r:160:180 thigh_deg:l:115:155 knee_deg:l:50:85 hold_knee:l:l hold_knee:r:l"),
        ("neg", "Just the right foot supports him; the left is not on the floor but pulled up high, its knee hugged in with both arms.", "on_leg:r !foot_on_floor:l knee_high:l hold_knee:l:l hold_knee:r:l"),
        ("prog", "waiting for the bus and stretching my hip, standing on my right leg with my left knee squeezed to my chest", "stand on_leg:r knee_high:l"),
        ("mc", "Standing tall over a straight right leg, she lifts the left knee, wraps both hands around it and draws it in close while her spine stays upright.", "stand knee_straight:r knee_high:l hold_knee:l:l hold_knee:r:l upright"),
        ("pas", "The left knee is drawn up and held with both hands while the whole weight rests on the right leg.", "knee_high:l hold_knee:l:l hold_knee:r:l on_leg:r"),
    ]),
    # --- development base poses, described afresh -------------------------------------------
    ("stand_point_left", "standing", "left_arm_aim", [
        ("imp", "Show me where the car is parked: lift your left arm straight ahead of you, level with your shoulder, and leave the right one hanging.", "fwd:l arm_straight:l down:r"),
        ("num", "Left shoulder flexed to 90° (±15) with the elbow at full extension, right upper arm within 20° of vertical.", "arm_abd:l:75:105 arm_straight:l arm_abd:r:0:20"),
        ("neg", "He is not use the right hand, only the left arm is going forward straight like he show the way.", "fwd:l arm_straight:l !fwd:r"),
        ("pas", "A relaxed, upright position is kept with the head level and the gaze forward.", "stand upright"),
        ("prog", "Someone is giving directions on a street corner, left arm extended dead ahead, level with the shoulder.", "fwd:l arm_straight:l"),
    ]),
    ("stand_left_hand_on_head", "standing", "crown_touch_left", [
        ("tp", "my little brother posing for the camera with his left hand on his head and his right arm just hanging", "on_head:l down:r"),
        ("imp", "Place your left palm on the crown of your head, elbow pointing sideways, and let your right arm rest by your side.", "on_head:l elbow_out:l down:r"),
        ("prog", "Someone is waiting in the corridor, standing up tall and perfectly motionless.", "stand upright"),
        ("num", "Left elbow at roughly 80° of flexion so that the palm lies on top of the skull; right arm hanging within 20° of plumb.", "elbow_deg:l:55:100 on_head:l arm_abd:r:0:20"),
        ("mc", "Unsure which way to go, he stands with his weight on both feet, scratches the top of his head with his left hand, and the right arm droops at his side.", "stand feet_down on_head:l down:r"),
    ]),
    ("side_bend_left", "bending", "lateral_lean_left", [
        ("tp", "She leans her whole upper body over to the left, the right arm curving overhead like a crescent moon.", "side_bend:l over:r"),
        ("imp", "Lift your right hand high and carry it across toward the left until you feel a stretch all along your right flank.", "over:r across_up:r side_bend:l"),
        ("num", "Lateral flexion to the left of about 25°, right arm elevated above head level, left arm hanging with the elbow straight.", "side_bend:l:15:40 over:r down:l"),
        ("neg", "The body tips sideways toward the left, not forward, while the left arm just dangles.", "side_bend:l !bend:30:180 down:l"),
        ("prog", "The woman is making side stretch to left, her right arm is go over the head.", "side_bend:l over:r"),
    ]),
    ("stand_tilt_arms_forward", "bending", "forward_tilt_reach", [
        ("tp", "Trying to grab a frisbee just out of reach, he tips forward from the hips with both arms out level.", "bend:15:40 fwd:l fwd:r"),
        ("pas", "The chest is brought forward over locked legs and both arms are extended horizontally ahead.", "bend:15:40 legs_straight fwd:l fwd:r"),
        ("num", "Forward trunk lean of 20-30°, both shoulders flexed to 90°, heels under 30 cm apart.", "bend:15:38 arm_abd:l:75:105 arm_abd:r:75:105 feet_apart:0:0.3"),
        ("neg", "Neither arm is raised overhead or dropped; both point ahead, level with the shoulders, while the body leans only slightly.", "!over:l !over:r fwd:l fwd:r bend:15:40"),
        ("bpf", "Both arms: straight out ahead, level with the shoulders. Chest: inclined a touch toward the floor.", "fwd:l fwd:r arm_straight:l arm_straight:r bend:15:40"),
    ]),
    ("squat_right_arm_up", "squatting", "low_crouch_right_reach", [
        ("tp", "Kid crouched down low at the beach, right hand stretched up high to wave, left hand on her knee.", "squat over:r on_knee:l"),
        ("imp", "Go down in full squat, heels keep on floor, lift right arm over head and left hand put on left knee.", "squat heels_down over:r on_knee:l"),
        ("num", "Deep squat, each knee closed to around 40°, hips some 30-55 cm off the ground, right wrist above head height.", "squat knees_deg:25:60 pelvis_h:0.3:0.55 over:r"),
        ("neg", "Crouching, not kneeling: both knees hover above the ground, and the right arm alone goes up.", "squat !knee_floor:l !knee_floor:r over:r !over:l"),
        ("bpf", "Right arm high above head, left hand on left knee, bottom low near the heels.", "over:r on_knee:l squat"),
        ("mc", "As she drops into a deep crouch with her heels flat, she props her left hand on the left knee and stretches the right arm to full height above her.", "squat heels_down on_knee:l over:r"),
    ]),
    ("chair_left_leg_extended", "sitting", "seated_left_kick", [
        ("tp", "In the clinic the patient sits on the treatment bench and straightens the left knee fully, the right foot staying on the floor.", "perched knee_straight:l leg_level:l foot_on_floor:r"),
        ("imp", "Sit on the edge of the chair and slowly extend your left leg until it's straight and level, then hold.", "perched leg_level:l"),
        ("num", "Sitting, the angle at the left knee about 170°, the right knee close to 90°.", "perched knee_deg:l:155:180 knee_deg:r:70:110"),
        ("neg", "She stays seated; her left sole is not touching down, the leg being held out straight at hip level.", "perched !foot_on_floor:l leg_level:l"),
        ("bpf", "Left leg straight out front from chair, right foot on ground, back straight.", "perched leg_level:l foot_on_floor:r upright"),
        ("mc", "Sitting on a kitchen chair for her knee rehab, she keeps the right foot planted, lifts the left foot until the leg is straight and level with the seat, and holds it there.", "perched foot_on_floor:r leg_level:l"),
    ]),
    ("lie_right_side", "lying", "side_lying_right", [
        ("tp", "Grandpa dozing on a blanket on the floor, curled on his right side, knees gently bent.", "lie_side:r knees_deg:120:170"),
        ("imp", "Roll onto your right side, bend your knees slightly and rest your left arm along your body.", "lie_side:r by_hip:l knees_deg:120:170"),
        ("neg", "He rests on the right side, not face down and not on his back, the left hand near the left hip.", "lie_side:r !lie_front !lie_back by_hip:l"),
        ("pas", "The body is laid on its right side and the right arm is stretched out in front of the chest.", "lie_side:r arm_front:r"),
        ("bpf", "Right shoulder and hip underneath, knees soft, left hand resting at the left hip.", "lie_side:r knees_deg:120:170 by_hip:l"),
        ("mc", "Curled up on the right side after a long day, the person reaches the right arm forward along the floor and lets the left hand drop onto the left hip.", "lie_side:r arm_front:r by_hip:l"),
    ]),
]


# The ninth development part: captions written apart from the checker to tune it on more wording.
# (base pose, posture, caption family, captions); the base poses of _dev_i_specs and some earlier
# base poses (ones few captions describe), each with captions of its own.
DEV_I_TABLE = [
    # --- new base poses ---------------------------------------------------------------------
    ("chair_pose_knees_bent_arms_up", "squatting", "chair_pose_reach", [
        ("tp", "Coach Dana lowers into the pose as if sitting down on an invisible seat, feet side by side, knees bent deep and both arms stretched straight up beside her ears.", "feet_close feet_down knee_bent:l knee_bent:r over:l over:r arm_straight:l arm_straight:r"),
        ("imp", "Squeeze your feet together, send your hips back and down like you're about to sit on a stool that isn't there, and sweep both arms up past your ears.", "feet_close feet_down knee_bent:l knee_bent:r over:l over:r past_head:l past_head:r"),
        ("bpf", "Feet: together, flat. Knees: bent ~90. Torso: tipped fwd. Arms: straight up by the ears.", "feet_close feet_down heels_down knees_deg:75:110 bend:20:50 over:l over:r arm_straight:l arm_straight:r"),
        ("prog", "Utkatasana hold, minute two: I'm sitting back with my weight in my heels, knees bent and both hands reaching for the ceiling, thighs on fire.", "heels_down knee_bent:l knee_bent:r over:l over:r"),
        ("pas", "The knees are held deeply bent over flat feet, the trunk is inclined forward and both arms are raised overhead in line with it.", "knee_bent:l knee_bent:r feet_down bend:20:50 over:l over:r"),
        ("mc", "While the kettle boils, my daughter crouches halfway down with her feet side by side, pushes her bottom back as though perching on an imaginary chair, and throws both arms straight up over her head.", "feet_close feet_down knee_bent:l knee_bent:r over:l over:r arm_straight:l arm_straight:r"),
        ("num", "Knees flexed to about 95° (interior angle), thighs roughly 55° off vertical, trunk pitched ~35° forward, both upper arms elevated ~140° so the hands end 20-35 cm above the head.", "knees_deg:80:110 thigh_deg:l:45:70 thigh_deg:r:45:70 bend:25:45 arm_abd:l:125:160 arm_abd:r:125:160 over:l over:r"),
        ("neg", "Neither standing tall nor actually sitting: the knees stay bent, the heels don't come up, and neither arm drops from overhead.", "!stand !sit_chair !sit_floor knee_bent:l knee_bent:r heels_down !down:l !down:r over:l over:r"),
    ]),
    ("fold_hands_clasped_behind_raised", "bending", "clasped_fold", [
        ("tp", "Folded in half over straight legs, the dancer interlaces her fingers behind her back and lets her arms float up toward the ceiling, her head hanging below her hips.", "bend:75:115 legs_straight hands_together arm_straight:l arm_straight:r head_low over:l over:r"),
        ("imp", "Put the hands together behind of your back, make the elbows straight, then bend forward from the hips until the chest look to the knees.", "hands_together arm_straight:l arm_straight:r bend:75:115"),
        ("bpf", "hands locked behind back, arms straight + lifted, trunk folded ~90° over locked knees, head lower than hips", "hands_together arm_straight:l arm_straight:r bend:75:115 legs_straight head_low"),
        ("prog", "BUG-4471: the yoga instructor NPC is bending forward at the waist with her hands clasped behind her back during the whole cutscene instead of standing idle.", "bend:45:120 hands_together !upright"),
        ("pas", "The upper body is lowered until it hangs forward beneath the hips, the legs are kept straight, and the joined hands are raised behind the back.", "head_low bend:75:115 legs_straight hands_together"),
        ("mc", "After her run she stops beside the park bench, keeps her knees straight and her feet together, laces her fingers behind her lower back and folds forward until her head hangs lower than her hips, pulling the straight arms up and away from her spine.", "legs_straight feet_close feet_down hands_together bend:75:115 head_low arm_straight:l arm_straight:r"),
        ("num", "Trunk flexed to roughly 90-95° from vertical; knees near 175°; hands joined behind the back with both elbows extended to about 170°, the wrists some 40 cm higher than the head.", "bend:80:110 knees_deg:165:180 hands_together elbow_deg:l:155:180 elbow_deg:r:155:180 over:l over:r"),
        ("neg", "He's folded forward, but his hands aren't reaching for the floor; they're clasped behind him, up in the air, and his knees don't bend at all.", "bend:60:120 !hand_floor:l !hand_floor:r !toes hands_together legs_straight !knee_bent:l !knee_bent:r"),
    ]),
    ("horse_stance_fists_at_hips", "squatting", "horse_stance", [
        ("tp", "The kung fu student sinks into a deep horse stance, feet far apart and thighs almost level with the floor, fists pulled in tight at his hips.", "wide_squat feet_wide thigh_deg:l:65:100 thigh_deg:r:65:100 by_hip:l by_hip:r elbow_bent:l elbow_bent:r"),
        ("imp", "Step your feet wide, lower your hips until your thighs are nearly parallel to the ground, keep your back vertical and chamber both fists at your waist.", "feet_wide wide_squat thigh_deg:l:65:100 thigh_deg:r:65:100 upright by_hip:l by_hip:r elbow_bent:l elbow_bent:r"),
        ("bpf", "Feet: twice shoulder width. Knees: ~90°, pushed out. Back: straight up. Fists: at hips, elbows back.", "feet_wide knees_deg:65:110 upright by_hip:l by_hip:r elbow_bent:l elbow_bent:r wide_squat"),
        ("prog", "My nephew is showing off his karate stance in the hallway, legs spread and knees bent like he's riding a horse, both fists tucked at his sides.", "wide_squat feet_wide knee_bent:l knee_bent:r by_hip:l by_hip:r"),
        ("pas", "The hips are lowered between widely spaced feet, the back is kept upright, and both hands are closed and drawn back to the hips.", "feet_wide wide_squat upright by_hip:l by_hip:r elbow_bent:l elbow_bent:r"),
        ("mc", "Waiting for the instructor's count, she plants her feet far apart with the soles flat, sits down into her legs while her chest stays tall, and holds both fists at her hips with the elbows bent.", "feet_wide feet_down heels_down wide_squat upright by_hip:l by_hip:r elbow_bent:l elbow_bent:r"),
        ("num", "Stance about 0.9 m wide at the ankles, knees bent to roughly 85°, pelvis around 55-65 cm off the ground, elbows flexed near 90° with the fists beside the hips.", "feet_apart:0.7:1.1 knees_deg:65:105 pelvis_h:0.45:0.75 elbow_deg:l:70:110 elbow_deg:r:70:110 by_hip:l by_hip:r"),
        ("neg", "Not a narrow stance and not standing tall: the legs are spread wide and bent, the trunk doesn't lean forward, and the fists stay at the hips instead of punching out.", "!feet_close feet_wide !stand wide_squat upright by_hip:l by_hip:r !fwd:l !fwd:r"),
    ]),
    ("right_knee_hands_floor_left_leg_back", "other", "knee_hands_leg_back", [
        ("tp", "On the mat, a man supports himself on both palms and his right knee while his left leg extends straight back at hip height.", "hand_floor:l hand_floor:r knee_floor:r leg_back:l knee_straight:l thigh_deg:l:75:110"),
        ("imp", "From hands and knees, slide your left foot back until the leg is straight, then lift it to hip height; keep your arms straight and the right knee down.", "hand_floor:l hand_floor:r arm_straight:l arm_straight:r knee_floor:r leg_back:l knee_straight:l !foot_on_floor:l"),
        ("bpf", "L leg: straight back, lifted level w/ hips. R knee: on floor. Both hands: flat on floor, arms straight.", "leg_back:l knee_straight:l thigh_deg:l:75:110 knee_floor:r hand_floor:l hand_floor:r arm_straight:l arm_straight:r"),
        ("prog", "Physio homework on the living-room rug: I'm kneeling on my right knee with my hands on the floor and lifting my left leg out behind me, knee locked.", "knee_floor:r hand_floor:l hand_floor:r leg_back:l knee_straight:l"),
        ("pas", "The weight is carried by the two hands and the right knee; the left leg is raised behind and held straight.", "hand_floor:l hand_floor:r knee_floor:r leg_back:l knee_straight:l !foot_on_floor:l"),
        ("mc", "Kneeling on her right knee with her hands planted under her shoulders, she kicks her left leg back until it is straight and holds it up level with her back while her gaze stays on the floor.", "knee_floor:r hand_floor:l hand_floor:r elbow_under_shoulder:l elbow_under_shoulder:r leg_back:l knee_straight:l thigh_deg:l:75:110"),
        ("num", "Right knee on the floor and flexed to ~90°; left leg straight (knee over 165°) and about horizontal, the left ankle 35-55 cm above the floor; trunk pitched about 75° forward.", "knee_floor:r knee_deg:r:75:105 knee_deg:l:160:180 thigh_deg:l:75:110 foot_h:l:0.25:0.65 bend:60:95"),
        ("neg", "Only three points touch the mat, the two hands and the right knee; the left knee is not down, that leg is held out straight behind.", "hand_floor:l hand_floor:r knee_floor:r !knee_floor:l !foot_on_floor:l leg_back:l knee_straight:l"),
    ]),
    ("sit_floor_hug_both_knees", "sitting", "knee_hug_seated", [
        ("tp", "A teenager sits on the gym floor with her knees pulled up to her chest and her arms wrapped around her shins.", "sit_floor knees_up hold_knee:l:l hold_knee:r:r knee_to_chest:l knee_to_chest:r"),
        ("imp", "Sit down on the floor, bring your knees up close with the feet flat, and hug both legs in, hands clasped in front of your shins.", "sit_floor knees_up feet_down hands_together hold_knee:l:l hold_knee:r:r"),
        ("bpf", "Bottom on floor, knees up together near chest, arms round the shins, fingers locked.", "sit_floor knees_up feet_close knee_to_chest:l knee_to_chest:r hands_together"),
        ("prog", "She is sitting on the cold sand and hugging the knees, she wait for the sunrise.", "sit_floor knees_up hold_knee:l:l hold_knee:r:r"),
        ("pas", "The knees are drawn up to the chest and held there by both arms, with the seat and the soles resting on the ground.", "knees_up sit_floor feet_down hold_knee:l:l hold_knee:r:r"),
        ("mc", "When the fire drill is over, the kids sit back down on the gym floor, pull their knees in close with their feet flat, and wrap their arms around their legs while the teacher counts heads.", "sit_floor knees_up feet_down hold_knee:l:l hold_knee:r:r"),
        ("num", "Seated on the floor with the hips 10-20 cm up, knees flexed to ~55°, thighs within 40° of vertical, each wrist within 15 cm of its knee.", "sit_floor pelvis_h:0.05:0.25 knees_deg:40:75 thigh_deg:l:130:180 thigh_deg:r:130:180 hold_knee:l:l hold_knee:r:r"),
        ("neg", "Sitting on the ground, but the legs aren't stretched out and the hands aren't on the floor: the knees are tucked up and hugged with both arms.", "sit_floor !legs_forward !hand_floor:l !hand_floor:r knees_up hold_knee:l:l hold_knee:r:r"),
    ]),
    ("lie_front_forehead_on_hands", "lying", "prone_forehead_rest", [
        ("tp", "Worn out after the hike, he lies face down on the sleeping mat with his forehead resting on his stacked hands and his legs stretched out.", "lie_front head_in_hands:l head_in_hands:r legs_straight"),
        ("imp", "Lie on your belly, fold your arms so one hand rests on the other, and lay your forehead on them; let your legs lie long.", "lie_front head_in_hands:l head_in_hands:r elbow_bent:l elbow_bent:r legs_straight"),
        ("bpf", "Forehead on backs of hands, elbows out wide, belly down, legs long and together.", "head_in_hands:l head_in_hands:r elbow_out:l elbow_out:r lie_front legs_straight feet_close"),
        ("prog", "Getting a back massage, he's lying on his front with his face on his folded hands.", "lie_front head_in_hands:l head_in_hands:r"),
        ("pas", "The body is laid prone, the head is pillowed on the two hands and the elbows are bent out to either side.", "lie_front head_in_hands:l head_in_hands:r elbow_bent:l elbow_bent:r elbow_out:l elbow_out:r"),
        ("mc", "As the sun warms the deck, she settles onto her stomach, props her forehead on her crossed hands so that her elbows fan out, and lets both legs rest straight behind her.", "lie_front head_in_hands:l head_in_hands:r elbow_out:l elbow_out:r legs_straight"),
        ("num", "Prone; elbows flexed to about 60° and opened out to the sides, hands within 15 cm of the head, knees straight at 170-180°.", "lie_front elbow_deg:l:45:80 elbow_deg:r:45:80 elbow_out:l elbow_out:r head_in_hands:l head_in_hands:r knees_deg:165:180"),
        ("neg", "Face down, not on her back; the arms aren't stretched past the head but bent, the hands tucked under her forehead, and neither knee bends.", "lie_front !lie_back !past_head:l !past_head:r elbow_bent:l elbow_bent:r head_in_hands:l head_in_hands:r !knee_bent:l !knee_bent:r"),
    ]),
    # --- development base poses, described afresh -------------------------------------------
    ("stand_left_hand_on_hip", "standing", "hand_hip_left_idle", [
        ("tp", "A woman waits for the bus, standing straight and completely still.", "stand upright"),
        ("bpf", "L hand on L hip, elbow sticking out; R arm loose by side. Standing straight.", "on_hip:l elbow_out:l down:r stand upright"),
        ("prog", "Game bug: the shopkeeper is standing with her left fist jammed on her hip for the whole conversation while the right arm just hangs there.", "stand on_hip:l down:r"),
        ("neg", "Standing, she keeps her right arm down and relaxed, not on her hip, while the left hand is set on the left hip.", "stand down:r !on_hip:r on_hip:l"),
        ("num", "Upright; left elbow at about 115° with the hand at the hip and the elbow 5-15 cm out from the shoulder line; right upper arm within 15° of vertical.", "stand upright elbow_deg:l:95:140 on_hip:l elbow_out:l arm_abd:r:0:20"),
    ]),
    ("stand_right_hand_shading_eyes", "standing", "brow_shade_right", [
        ("tp", "A lifeguard on the beach scans the water, standing upright and motionless.", "stand upright"),
        ("imp", "Put your right hand flat over your brow like the visor of a cap and look far away; leave the left arm hanging.", "shade_eyes:r down:l"),
        ("mc", "Searching the arrivals crowd for his sister, he stands tall, holds his right hand up at his brow against the glare, and keeps the left arm at his side.", "stand upright shade_eyes:r down:l"),
        ("num", "Right elbow flexed to ~75° with the hand just in front of the forehead; left arm straight (elbow 160-180°) alongside the body.", "elbow_deg:r:60:90 shade_eyes:r elbow_deg:l:160:180 down:l"),
        ("neg", "He isn't shading his eyes with the left; that arm stays down, and it is the right hand that blocks the sun.", "!shade_eyes:l down:l shade_eyes:r"),
        ("pas", "The right hand is raised to the forehead, palm down, and the left arm is left hanging straight.", "shade_eyes:r down:l"),
    ]),
    ("stand_left_arm_pointing_at_floor", "standing", "floor_point_left", [
        ("tp", "The museum guide stands still and points down with her straight left arm at a crack in the marble a few steps ahead.", "stand point_floor:l arm_straight:l"),
        ("imp", "Stand tall and keep completely still for the photo.", "stand upright"),
        ("pas", "The left arm is extended forward and downward toward the ground and kept straight, while the right arm rests along the body.", "point_floor:l arm_straight:l down:r"),
        ("bpf", "L arm straight, angled down ~45° at the floor in front. R arm down.", "point_floor:l arm_straight:l arm_abd:l:35:70 down:r"),
        ("prog", "tester note: idle anim is wrong, the guard keeps pointing at the ground with his left arm the whole time, right arm hanging normally", "point_floor:l down:r"),
    ]),
    ("stand_right_hand_up_across_left", "standing", "cross_reach_right", [
        ("tp", "In the photo the goalie stretches his right arm high and over to the left above his head, trying to tip the ball away.", "over:r across_up:r arm_straight:r"),
        ("prog", "A boy is standing upright at the edge of the stage, waiting for his cue.", "stand upright"),
        ("num", "Right shoulder raised to ~140° and carried across so that the right wrist ends above the head, past the midline toward the left; left arm at 0-15°.", "arm_abd:r:125:160 across_up:r arm_abd:l:0:20"),
        ("pas", "The right arm is swung up over the head toward the left side, and the left one is let hang.", "across_up:r down:l"),
        ("neg", "Standing, his left hand never leaves his side; the right one is the one lifted, crossing over the top of his head to the left.", "stand down:l !over:l across_up:r"),
        ("bpf", "R arm: straight, up and over to the L above the head. L arm: down.", "arm_straight:r across_up:r down:l"),
    ]),
    ("lie_back_right_knee_up", "lying", "supine_right_knee_bent", [
        ("prog", "Recovering from surgery, the patient is lying supine in bed with the right knee bent up and the left leg flat.", "lie_back knee_raised:r knee_straight:l"),
        ("bpf", "Supine. R knee up, R foot flat. L leg straight. Arms by sides.", "lie_back knee_raised:r foot_on_floor:r knee_straight:l by_hip:l by_hip:r"),
        ("pas", "Pt positioned supine, R hip and knee flexed with the foot flat on the bed, L leg extended, arms resting at sides.", "lie_back knee_raised:r knee_straight:l by_hip:l by_hip:r"),
        ("neg", "Lying on the back, not the stomach, with the left leg flat and unbent and only the right knee pointing up.", "lie_back !lie_front knee_straight:l !knee_bent:l knee_raised:r"),
        ("mc", "Once she's lying face up with her arms beside her, she slides her right heel toward her bottom until the knee points at the ceiling, and keeps the left leg long.", "lie_back by_hip:l by_hip:r knee_raised:r knee_straight:l"),
    ]),
    ("kneel_left_knee_right_forearm_on_thigh", "kneeling", "kneel_lean_thigh", [
        ("tp", "A photographer drops onto her left knee for a low angle, leaning her right forearm across her right thigh, the left arm hanging.", "kneel:l on_thigh:r elbow_bent:r down:l"),
        ("imp", "Go down on your left knee, keep the right foot planted ahead, and rest your right forearm on that thigh while the left arm dangles.", "kneel:l foot_on_floor:r on_thigh:r elbow_bent:r down:l"),
        ("num", "Left knee on the ground; right knee at ~90° with the sole flat; trunk inclined 25-35° forward; right elbow flexed (under 135°) and resting on the thigh.", "kneel:l knee_floor:l knee_deg:r:75:108 foot_on_floor:r bend:20:40 elbow_bent:r on_thigh:r"),
        ("mc", "Halfway up the trail he kneels on his left knee to catch his breath, sets his right foot ahead with that knee bent, and leans his right forearm on the thigh.", "kneel:l knee_bent:r foot_on_floor:r on_thigh:r"),
        ("neg", "Only the left knee is on the ground, the right one isn't (its foot is flat in front), and the right hand doesn't hang but rests near the right knee.", "knee_floor:l !knee_floor:r foot_on_floor:r !down:r on_knee:r"),
    ]),
    ("sit_floor_legs_v_hands_between", "sitting", "straddle_palms", [
        ("tp", "Stretching before practice, the gymnast sits with her straight legs spread into a wide V and both hands on the floor in between.", "sit_floor legs_straight feet_wide hands_between_knees"),
        ("num", "Seated straddle: knees at 170° or more, ankles about 1 m apart, trunk inclined ~35° forward, palms on the floor between the knees.", "sit_floor knees_deg:165:180 feet_apart:0.8:1.35 bend:25:45 hands_between_knees"),
        ("mc", "The toddler plops down on the carpet, shoves his legs out wide in a V, leans forward and slaps both palms on the floor between them.", "sit_floor feet_wide bend:20:50 hands_between_knees"),
        ("bpf", "Seat on floor; legs wide apart and straight; both palms on the mat inside the V; chest leaning forward.", "sit_floor feet_wide legs_straight hands_between_knees bend:20:50"),
        ("imp", "Sit down, open your legs as wide as they go without bending the knees, and walk your hands forward on the floor between them.", "sit_floor feet_wide legs_straight hands_between_knees"),
    ]),
    ("lunge_left_hands_on_front_knee", "lunging", "lunge_knee_hands", [
        ("tp", "Before the race a sprinter stretches in a long lunge, left foot forward and both hands pressed on his left knee.", "lunge:l hold_knee:l:l hold_knee:r:l"),
        ("imp", "Step forward with your left foot, bend that knee to a right angle, keep the right leg long behind you, and stack both hands on the left knee.", "lunge:l knee_deg:l:75:110 knee_behind:r hold_knee:l:l hold_knee:r:l"),
        ("num", "Front (left) knee at about 95°, feet 1.0-1.3 m apart, trunk 10-25° forward, both wrists at the left knee.", "lunge:l knee_deg:l:80:110 feet_apart:0.9:1.4 bend:8:30 hold_knee:l:l hold_knee:r:l"),
        ("neg", "In this lunge the right knee doesn't touch the ground, and the hands aren't free: both rest on the bent left knee.", "lunge:l !knee_floor:r hold_knee:l:l hold_knee:r:l"),
        ("pas", "The left leg is bent in front, the right leg is stretched back with the heel lifted, and both hands are placed on the left knee.", "lunge:l leg_back:r heel_up:r hold_knee:l:l hold_knee:r:l"),
    ]),
]


# The tenth development part: captions written apart from the checker to tune it on more wording.
# (base pose, posture, caption family, captions); the base poses of _dev_j_specs and some earlier
# base poses (ones few captions describe), each with captions of its own.
DEV_J_TABLE = [
    # --- new base poses ---------------------------------------------------------------------
    ("chair_twist_right_left_hand_on_right_knee", "sitting", "seated_chair_twist", [
        ("tp", "Between meetings, an office worker sits upright on her chair and turns her shoulders to the right, left hand hooked over the outside of her right knee.", "sit_chair upright twist:r hold_knee:l:r"),
        ("imp", "Sit tall on a chair with both feet flat, turn your chest to the right, place your left hand on the outside of your right knee and reach your right hand back to the seat behind you.", "sit_chair feet_down upright twist:r hold_knee:l:r hand_behind:r"),
        ("bpf", "Seat: on chair. Feet: flat, knees at 90. Chest: rotated right. L hand: on R knee. R arm: straight, back behind hip.", "sit_chair feet_down knees_deg:75:110 twist:r hold_knee:l:r arm_straight:r hand_behind:r"),
        ("prog", "My grandmother is doing the seated spinal twist from her senior exercise video, looking over her right shoulder with her left hand on her right knee.", "seated twist:r hold_knee:l:r"),
        ("pas", "The trunk is rotated toward the right while the hips stay square on the seat; the left palm is placed against the right knee and the right arm is stretched out behind.", "seated twist:r hold_knee:l:r hand_behind:r arm_straight:r"),
        ("mc", "Once he has settled onto the kitchen chair with his feet planted, he twists to the right, grabs his right knee with his left hand and braces his right hand on the chair behind him.", "sit_chair feet_down twist:r hold_knee:l:r hand_behind:r"),
        ("num", "Seated, knees near 90°, shoulders rotated roughly 35° to the right of the hips, left wrist within 20 cm of the right knee, right elbow straight (over 150°).", "seated knees_deg:75:110 twist:r:25:50 hold_knee:l:r elbow_deg:r:150:180"),
        ("neg", "She isn't facing straight ahead: her shoulders are turned to the right, her left hand rests on her right knee rather than her own, and she stays seated without leaning forward.", "seated upright twist:r !twist:l hold_knee:l:r !hold_knee:l:l"),
    ]),
    ("lie_left_side_propped_head_on_left_hand", "lying", "side_lying_head_propped", [
        ("tp", "On the beach towel, a man lies on his left side with his head resting in his left hand, that elbow dug into the sand, legs stretched out long.", "lie_side:l head_on_hand:l legs_straight"),
        ("imp", "Lie down on your left side, prop yourself up on your left elbow and rest your head in that hand; keep your legs straight and lay your right arm along your hip.", "lie_side:l head_on_hand:l legs_straight by_hip:r arm_straight:r"),
        ("bpf", "Left elbow on the floor, left hand cradling the head, right arm resting on the right hip, legs straight and stacked.", "head_on_hand:l by_hip:r legs_straight feet_close"),
        ("prog", "Watching TV on the living-room floor, she's lying on her left side propped up on one elbow, cheek on her palm.", "lie_side:l head_on_hand:l"),
        ("pas", "The body is laid on its left side, the upper trunk is raised on the left forearm, and the head is supported by the left hand.", "lie_side:l lying head_on_hand:l"),
        ("num", "Side-lying on the left; left elbow on the floor and folded tight, to roughly 25-35°, so the hand reaches the head, which sits about 25-40 cm above the floor; both knees at 170° or more.", "lie_side:l head_on_hand:l elbow_deg:l:15:50 head_h:0.2:0.45 knees_deg:160:180"),
        ("neg", "Not on his back and not on his front: he lies on his left side, the left elbow under him and his head in his left hand, while the right arm doesn't leave his hip.", "!lie_back !lie_front lie_side:l head_on_hand:l by_hip:r"),
    ]),
    ("bridge_hips_lifted_arms_on_floor", "lying", "glute_bridge", [
        ("tp", "A physio patient lies on her back and pushes her hips up off the mat, knees bent, feet flat and arms pressed into the floor beside her.", "knee_bent:l knee_bent:r feet_down pelvis_h:0.25:0.55 hand_floor:l hand_floor:r head_h:0:0.15"),
        ("imp", "Lie face up with your knees bent and your feet flat near your bottom, then squeeze your glutes and lift your hips until your thighs and trunk form a ramp; keep your arms long on the floor.", "knee_bent:l knee_bent:r feet_down pelvis_h:0.25:0.55 hand_floor:l hand_floor:r arm_straight:l arm_straight:r"),
        ("bpf", "Head and shoulders down, hips high, knees bent about 70-80°, soles flat, arms straight along the floor.", "head_h:0:0.15 pelvis_h:0.25:0.55 knees_deg:55:95 heels_down hand_floor:l hand_floor:r arm_straight:l arm_straight:r"),
        ("prog", "I'm holding a bridge during my core workout, hips lifted, with only my shoulders, arms and feet touching the floor.", "pelvis_h:0.25:0.55 feet_down hand_floor:l hand_floor:r head_h:0:0.15 !knee_floor:l !knee_floor:r"),
        ("pas", "The pelvis is raised well clear of the floor while the shoulders and the back of the head stay down, the feet are planted flat and the arms are laid straight beside the body.", "pelvis_h:0.25:0.55 head_h:0:0.15 feet_down heels_down arm_straight:l arm_straight:r hand_floor:l hand_floor:r"),
        ("mc", "After the yoga teacher counts to three, everyone on their backs presses through their heels, peels their hips up from the mat and holds them there with the knees bent and the arms flat on the floor.", "feet_down pelvis_h:0.25:0.55 knee_bent:l knee_bent:r hand_floor:l hand_floor:r"),
        ("num", "Supine bridge: pelvis about 35 cm off the floor, knees flexed to roughly 75°, feet 20-35 cm apart, head resting at floor level.", "pelvis_h:0.25:0.5 knees_deg:55:95 feet_apart:0.15:0.45 head_h:0:0.15"),
        ("neg", "The hips aren't resting on the floor, the knees don't touch it either, and the head never lifts: only the feet, arms and shoulders bear the weight.", "pelvis_h:0.25:0.55 !knee_floor:l !knee_floor:r head_h:0:0.15 feet_down hand_floor:l hand_floor:r !lie_back"),
    ]),
    ("high_plank_on_straight_arms", "other", "high_plank", [
        ("tp", "At the start of his push-up, a soldier holds himself rigid on straight arms and his toes, body in one line from head to heels.", "hand_floor:l hand_floor:r arm_straight:l arm_straight:r legs_straight !knee_floor:l !knee_floor:r"),
        ("imp", "Get into a high plank: hands flat under your shoulders, arms locked, legs straight back and up on your toes, and don't let your knees touch the floor.", "hand_floor:l hand_floor:r elbow_under_shoulder:l elbow_under_shoulder:r arm_straight:l arm_straight:r legs_straight !knee_floor:l !knee_floor:r"),
        ("bpf", "Palms on floor below shoulders, elbows straight, knees straight and off the ground, trunk angled ~20° up from the floor.", "hand_floor:l hand_floor:r elbow_under_shoulder:l elbow_under_shoulder:r arm_straight:l arm_straight:r legs_straight !knee_floor:l !knee_floor:r chest_lift:5:35"),
        ("pas", "The body is held straight and raised off the floor, supported only by the extended arms and the toes.", "arm_straight:l arm_straight:r hand_floor:l hand_floor:r legs_straight !lying !knee_floor:l !knee_floor:r"),
        ("mc", "When the coach blows the whistle, the team drops to the turf, plants both hands beneath the shoulders and pushes up onto straight arms, keeping the hips in line with the shoulders and heels.", "hand_floor:l hand_floor:r elbow_under_shoulder:l elbow_under_shoulder:r arm_straight:l arm_straight:r legs_straight !lying"),
        ("num", "Plank hold: elbows at 160-180°, the line from hips to neck some 15-25° above horizontal, hips around 40-50 cm off the ground, hands roughly shoulder-width (25-50 cm) apart.", "elbow_deg:l:155:180 elbow_deg:r:155:180 chest_lift:8:32 pelvis_h:0.3:0.6 hands_apart:0.2:0.6 hand_floor:l hand_floor:r"),
        ("neg", "Not lying flat and not on all fours: no knee is down, the arms are straight rather than bent, and the body is held in a straight line above the floor.", "!lying !all_fours !knee_floor:l !knee_floor:r arm_straight:l arm_straight:r !elbow_bent:l !elbow_bent:r legs_straight"),
    ]),
    ("boat_pose_legs_raised_arms_forward", "sitting", "boat_balance", [
        ("tp", "Balancing on her sit bones, the yogi leans back and lifts both straight legs into the air, her arms reaching forward alongside them.", "sit_floor lean_back legs_straight !foot_on_floor:l !foot_on_floor:r fwd:l fwd:r"),
        ("imp", "Sit on the mat, lean back a little, lift both legs straight up to about 45 degrees and reach your arms forward at shoulder height.", "sit_floor lean_back legs_straight thigh_deg:l:115:150 thigh_deg:r:115:150 fwd:l fwd:r"),
        ("bpf", "Legs: straight, together, raised high off the floor. Arms: straight out in front, level with the shoulders. Back: tilted back, seat on the floor.", "legs_straight feet_close !foot_on_floor:l !foot_on_floor:r fwd:l fwd:r arm_straight:l arm_straight:r lean_back sit_floor"),
        ("prog", "Abs day: I'm sitting in boat pose with my feet floating up in front and my arms stretched out toward them.", "sit_floor !foot_on_floor:l !foot_on_floor:r fwd:l fwd:r"),
        ("pas", "The weight is balanced on the seat, the trunk is reclined, and both legs are held up straight with the feet well above the floor.", "sit_floor lean_back legs_straight foot_h:l:0.35:0.9 foot_h:r:0.35:0.9"),
        ("mc", "Halfway through the Pilates class, he sits on the floor, tips his chest back until his feet can float, raises both straight legs into a V with his body and holds his arms out level in front.", "sit_floor lean_back !foot_on_floor:l !foot_on_floor:r legs_straight fwd:l fwd:r"),
        ("num", "V-sit: trunk reclined about 35° behind vertical, both knees at 165-180°, thighs about 45° above horizontal, ankles 40-80 cm off the floor.", "sit_floor lean_back knees_deg:160:180 thigh_deg:l:120:150 thigh_deg:r:120:150 foot_h:l:0.35:0.9 foot_h:r:0.35:0.9"),
        ("neg", "Neither foot is on the floor and neither hand is on it either; she sits balanced on her seat with straight legs lifted and arms held out in front.", "!foot_on_floor:l !foot_on_floor:r !hand_floor:l !hand_floor:r sit_floor legs_straight fwd:l fwd:r"),
    ]),
    ("wide_leg_fold_palms_on_floor", "bending", "wide_straddle_fold", [
        ("tp", "With her feet spread far apart and her legs straight, the dancer folds forward from the hips and sets both palms on the floor in front of her.", "feet_wide legs_straight bend:90:150 hand_floor:l hand_floor:r"),
        ("imp", "Step your feet wide, well past shoulder width, keep your knees straight, hinge forward and place both hands flat on the floor.", "feet_wide legs_straight bend:90:150 hand_floor:l hand_floor:r"),
        ("bpf", "Feet wide apart, legs locked, head hanging below the hips, both hands flat on the mat, arms straight.", "feet_wide legs_straight head_low hand_floor:l hand_floor:r arm_straight:l arm_straight:r"),
        ("prog", "Someone in the park is folding forward over a wide straddle, both palms planted on the grass.", "feet_wide bend:90:150 hand_floor:l hand_floor:r"),
        ("mc", "Before the race the sprinter sets his feet about a metre apart, locks his knees, lets his upper body drop forward past horizontal and walks both hands out onto the track until his arms are straight.", "feet_apart:0.8:1.4 legs_straight bend:95:150 hand_floor:l hand_floor:r arm_straight:l arm_straight:r"),
        ("num", "Ankles roughly 1.0-1.2 m apart, knees 165° or straighter, trunk pitched some 120° from vertical, both wrists on the floor 25-55 cm apart.", "feet_apart:0.85:1.4 knees_deg:160:180 bend:100:140 hand_floor:l hand_floor:r hands_apart:0.25:0.6"),
        ("neg", "Standing with straight legs wide apart, but not upright: the trunk hangs forward and down, the head sits below the hips, and no knee bends.", "feet_wide legs_straight !upright bend:90:150 head_low !knee_bent:l !knee_bent:r"),
    ]),
    # --- development base poses, described afresh -------------------------------------------
    ("stand_right_hand_on_hip", "standing", "right_hip_hand_rest", [
        ("tp", "A guard stands at attention by the gate, body tall and perfectly still.", "stand upright"),
        ("imp", "Put your right fist on your hip so the elbow sticks out to the side, and let your left arm hang loose.", "on_hip:r elbow_out:r down:l"),
        ("pas", "The right hand is propped against the right hip with the elbow bent outward; the left arm is kept straight at the side.", "on_hip:r elbow_bent:r elbow_out:r down:l arm_straight:l"),
        ("num", "Standing; right elbow flexed to roughly 115° with the hand resting on the hip, left arm hanging within 20° of vertical.", "stand on_hip:r elbow_deg:r:95:140 arm_abd:l:0:20"),
        ("neg", "Only one hand is on a hip, the right; the left arm just hangs and never comes up.", "on_hip:r !on_hip:l down:l !over:l"),
        ("prog", "Waiting for the lift, she's standing with her right hand parked on her hip and her other arm by her side.", "stand on_hip:r down:l"),
    ]),
    ("stand_left_hand_on_right_shoulder", "standing", "cross_shoulder_clasp_left", [
        ("tp", "The choir singer lays her left hand across her chest on her right shoulder, the right arm straight down.", "grips_shoulder:l down:r arm_straight:r"),
        ("mc", "While the anthem plays, the goalkeeper stands upright and motionless, eyes fixed on the flag.", "stand upright"),
        ("bpf", "L hand on R shoulder, L forearm across the chest; R arm loose by the side; standing.", "grips_shoulder:l down:r stand"),
        ("num", "Left elbow bent to about 90° (75-105) so the left palm lands on the right shoulder; right arm hanging, under 20° from the body.", "elbow_deg:l:75:110 grips_shoulder:l arm_abd:r:0:20"),
        ("neg", "He doesn't touch his own side with the left hand; it reaches over to hold the right shoulder, and the right arm stays down without moving.", "grips_shoulder:l !grips_shoulder:r down:r"),
        ("pas", "The left hand is brought across the body to rest on the right shoulder, and the right arm is left hanging straight.", "grips_shoulder:l down:r arm_straight:r"),
    ]),
    ("stand_arms_overhead", "standing", "double_reach_up", [
        ("prog", "Someone is standing up after a long nap, stretching both arms toward the ceiling.", "stand over:l over:r"),
        ("imp", "Raise both arms straight above your head, hands about shoulder-width apart, and hold them there.", "over:l over:r arm_straight:l arm_straight:r hands_apart:0.2:0.6"),
        ("mc", "When her name is called out as the winner, the runner stays on her feet, throws both arms straight up above her head and keeps them there.", "stand over:l over:r arm_straight:l arm_straight:r"),
        ("num", "Upright stance, both upper arms elevated to 150-180°, elbows extended past 150°.", "stand upright arm_abd:l:150:180 arm_abd:r:150:180 elbow_deg:l:150:180 elbow_deg:r:150:180"),
        ("bpf", "Both arms up straight beside the ears, hands well over the head; feet together; body tall.", "over:l over:r arm_straight:l arm_straight:r feet_close stand upright"),
    ]),
    ("kneel_sit_on_heels_hands_thighs", "kneeling", "heel_sit_rest", [
        ("tp", "At the tea ceremony, the guest kneels with her seat resting on her heels, back straight and both palms laid on her thighs.", "sit_heels upright on_thigh:l on_thigh:r"),
        ("imp", "Kneel down, lower your bottom onto your heels, lay your shins flat and rest your hands on your thighs.", "sit_heels shins_down on_thigh:l on_thigh:r"),
        ("neg", "No arm is raised and no knee is off the floor; the person sits back on the heels with the hands on the tops of the thighs.", "!over:l !over:r knee_floor:l knee_floor:r sit_heels on_thigh:l on_thigh:r"),
        ("pas", "The knees and insteps are placed on the mat, the hips are lowered onto the heels, and the straight arms are rested on the thighs.", "knee_floor:l knee_floor:r sit_heels arm_straight:l arm_straight:r on_thigh:l on_thigh:r"),
        ("prog", "Before the judo bout, the fighter is kneeling back on his heels, hands on his thighs, waiting to bow.", "sit_heels on_thigh:l on_thigh:r"),
    ]),
    ("lunge_left_right_arm_up_left_hand_hip", "lunging", "lunge_hip_and_sky", [
        ("tp", "A dancer steps forward into a lunge on her left leg, her left hand resting on the hip and her right arm raised straight overhead.", "lunge:l on_hip:l over:r arm_straight:r"),
        ("prog", "Filming a workout reel, he's lunging with the left foot forward, left hand on the hip and right hand punching at the sky.", "lunge:l on_hip:l over:r"),
        ("bpf", "L knee bent over the L foot, R leg back with the heel lifted, R arm straight up, L hand on L hip.", "lunge:l heel_up:r over:r arm_straight:r on_hip:l"),
        ("pas", "The left knee is bent in front and the right leg is extended behind; the right arm is lifted high while the left hand is pressed to the hip.", "lunge:l knee_behind:r over:r on_hip:l"),
        ("num", "Left knee near 95° in front, rear (right) knee at 140° or more and clear of the floor, right arm elevated 145-180°, left elbow bent below 135° at the hip.", "lunge:l knee_deg:l:80:110 knee_deg:r:135:180 !knee_floor:r arm_abd:r:145:180 elbow_bent:l on_hip:l"),
        ("mc", "Stepping out with her left foot, the instructor bends that knee deep, keeps the right leg long behind her, sets her left hand on her waist and stretches her right arm up until it is higher than her head.", "lunge:l knee_behind:r on_hip:l over:r"),
    ]),
    ("chair_pose_knees_bent_arms_up", "squatting", "invisible_chair_reach", [
        ("tp", "A skier practising at home squats halfway down with his feet together and raises both straight arms beside his head.", "feet_close knee_bent:l knee_bent:r over:l over:r arm_straight:l arm_straight:r"),
        ("imp", "Bend your knees as if to sit, keep your heels down and your feet touching, lean forward a little and lift both arms up past your ears.", "knee_bent:l knee_bent:r heels_down feet_close bend:20:50 over:l over:r past_head:l past_head:r"),
        ("neg", "He is not standing straight and he is not sitting on anything; his knees are bent, his heels stay on the floor and both arms point up.", "!stand !sit_chair knee_bent:l knee_bent:r heels_down over:l over:r"),
        ("mc", "As the music swells, the instructor sinks her hips back and down with her knees together and bent, tilts her chest forward and sweeps both arms overhead.", "knee_bent:l knee_bent:r feet_close bend:20:50 over:l over:r"),
        ("pas", "Both knees are flexed deeply over flat feet, the hips are pushed back and the arms are held straight above the head.", "knee_bent:l knee_bent:r feet_down heels_down arm_straight:l arm_straight:r over:l over:r"),
        ("bpf", "Knees bent ~90°, feet side by side, hips back, chest tipped fwd, both hands high above the head.", "knees_deg:75:110 feet_close bend:20:50 over:l over:r"),
    ]),
    ("lie_front_arms_overhead", "lying", "prone_long_reach", [
        ("prog", "The swimmer is lying face down on the pool deck, stretching both arms past her head along the tiles.", "lie_front past_head:l past_head:r"),
        ("bpf", "Belly on the floor, arms straight out beyond the head, legs long and together.", "lie_front arm_straight:l arm_straight:r past_head:l past_head:r legs_straight feet_close"),
        ("mc", "After sliding off the couch onto the carpet, the boy lies on his front, reaches both hands out past the top of his head and lets his legs lie straight behind him.", "lie_front past_head:l past_head:r legs_straight"),
        ("num", "Prone, head and hips within 30 cm of the floor, elbows extended to 160° or more above the head, knees straight (over 165°).", "lie_front head_h:0:0.3 pelvis_h:0:0.3 elbow_deg:l:155:180 elbow_deg:r:155:180 past_head:l past_head:r knees_deg:160:180"),
        ("pas", "The body is stretched out face down with both arms extended forward beyond the head and the legs lying straight.", "lie_front past_head:l past_head:r arm_straight:l arm_straight:r legs_straight"),
    ]),
    ("kneel_right_knee_arms_up", "kneeling", "one_knee_double_reach", [
        ("tp", "After scoring, the striker drops onto his right knee with his left foot planted in front and thrusts both fists above his head.", "kneel:r foot_on_floor:l foot_front:l over:l over:r"),
        ("imp", "Go down on your right knee, plant your left foot ahead of you with that knee at a right angle, and stretch both arms straight up.", "kneel:r foot_front:l knee_deg:l:70:115 over:l over:r arm_straight:l arm_straight:r"),
        ("neg", "Only the right knee is on the ground; the left one is bent up with its foot flat, and neither hand is lowered.", "knee_floor:r !knee_floor:l knee_bent:l foot_on_floor:l !down:l !down:r over:l over:r"),
        ("num", "Right knee down, left knee at about 90°, trunk within 15° of vertical, both arms raised 150-180° with straight elbows.", "kneel:r knee_deg:l:75:110 upright arm_abd:l:150:180 arm_abd:r:150:180 arm_straight:l arm_straight:r"),
        ("mc", "Kneeling on one knee, the right, with the left sole flat on the floor ahead of her, the bride's sister lifts both arms high above her head and keeps her back upright.", "kneel:r foot_on_floor:l foot_front:l over:l over:r upright"),
        ("prog", "A fan is celebrating on the grass by the pitch, right knee down, arms raised overhead.", "kneel:r over:l over:r"),
    ]),
]


# The eleventh development part: captions written apart from the checker to tune it on more wording.
# (base pose, posture, caption family, captions); the base poses of _dev_k_specs and some earlier
# base poses (ones few captions describe), each with captions of its own.
DEV_K_TABLE = [
    # --- new base poses ---------------------------------------------------------------------
    ("calf_stretch_left_foot_forward_arms_forward", "lunging", "wall_calf_stretch", [
        ("tp", "A runner warming up by the track leans toward an imaginary wall, left foot forward with a soft knee, right leg straight back and its heel pressed flat, both arms held out in front.", "knee_bent:l knee_straight:r heels_down foot_front:l fwd:l fwd:r"),
        ("imp", "Face the wall and put your palms on it at shoulder height, then step your right foot well back, press that heel into the floor and bend your front knee.", "fwd:l fwd:r knee_straight:r heels_down feet_down knee_bent:l"),
        ("bpf", "R leg: straight, behind, heel down. L leg: in front, knee flexed. Arms: both straight ahead at shoulder height. Trunk: slight forward lean.", "knee_straight:r heels_down foot_front:l knee_bent:l fwd:l fwd:r arm_straight:l arm_straight:r bend:5:30"),
        ("prog", "I'm stretching out my right calf after the run, back leg locked, heel glued to the pavement, leaning into my hands like I'm pushing a stalled car.", "knee_straight:r heels_down fwd:l fwd:r"),
        ("pas", "The left knee is bent over the forward foot while the right leg is kept straight behind with the sole flat, and both arms are extended forward at shoulder level.", "knee_bent:l foot_front:l knee_straight:r foot_on_floor:r fwd:l fwd:r"),
        ("mc", "Having set both hands against the wall in front of her, the physio patient slides her right foot back until that leg is straight, keeps the heel on the floor, and lets her left knee bend so that her body tips slightly toward the wall.", "fwd:l fwd:r knee_straight:r heels_down knee_bent:l bend:5:30"),
        ("num", "Split stance with the ankles 0.75-1.1 m apart; front (left) knee near 120°, rear knee 160° or more; both arms raised forward to about 90°; trunk inclined roughly 15° forward.", "feet_apart:0.7:1.2 knee_deg:l:105:140 knee_deg:r:150:180 arm_abd:l:70:110 arm_abd:r:70:110 fwd:l fwd:r bend:5:30"),
        ("neg", "The right heel doesn't come up and the right knee doesn't bend; only the left knee gives, and neither hand drops below the shoulders.", "heels_down knee_straight:r !knee_bent:r knee_bent:l !below_shoulder:l !below_shoulder:r"),
    ]),
    ("child_pose_arms_forward", "kneeling", "childs_pose", [
        ("tp", "After the hard flow, a student sinks into child's pose, hips back over her heels, forehead near the mat and arms stretched long in front.", "knee_floor:l knee_floor:r pelvis_h:0.1:0.4 head_low hand_floor:l hand_floor:r past_head:l past_head:r"),
        ("imp", "Kneel, sink your hips back toward your heels, then walk your hands forward until your arms are straight and your chest rests on your thighs; let your head drop.", "knee_floor:l knee_floor:r pelvis_h:0.1:0.4 hand_floor:l hand_floor:r arm_straight:l arm_straight:r bend:60:120 head_low"),
        ("bpf", "Knees and shins on the floor, seat low, chest folded down over the thighs, both arms reaching forward with the palms flat on the ground beyond the head.", "knee_floor:l knee_floor:r shins_down pelvis_h:0.1:0.4 bend:60:120 hand_floor:l hand_floor:r past_head:l past_head:r"),
        ("prog", "My toddler is curled up face down on the rug, knees tucked under her and arms out in front, pretending to be a sleeping bunny.", "knee_floor:l knee_floor:r head_low past_head:l past_head:r"),
        ("pas", "The trunk is lowered onto the thighs, the buttocks are drawn back to the heels and the straight arms are laid forward along the floor.", "bend:60:120 pelvis_h:0.1:0.4 arm_straight:l arm_straight:r hand_floor:l hand_floor:r"),
        ("mc", "Before the bout the wrestler kneels on the mat, drops his seat onto his heels, folds forward until his head almost touches the floor, and slides both hands as far ahead as they will go.", "knee_floor:l knee_floor:r pelvis_h:0.1:0.4 head_low head_h:0:0.35 hand_floor:l hand_floor:r past_head:l past_head:r"),
        ("num", "Hips 10-30 cm off the floor, knees closed to under 40°, trunk pitched 70-100° forward, elbows above 150° and the wrists on the floor out beyond the head.", "pelvis_h:0.1:0.3 knees_deg:0:40 bend:70:100 elbow_deg:l:150:180 elbow_deg:r:150:180 hand_floor:l hand_floor:r past_head:l past_head:r"),
        ("neg", "Not on all fours: the seat isn't lifted but rests back on the heels, the arms lie straight ahead on the floor and the head is down by the mat.", "!all_fours pelvis_h:0.1:0.4 arm_straight:l arm_straight:r hand_floor:l hand_floor:r head_low"),
    ]),
    ("camel_kneel_hands_on_heels", "kneeling", "camel_backbend", [
        ("tp", "In the backbend part of the class, a yogi kneels up, arches far back and grabs both heels, her chest lifted toward the ceiling.", "knee_floor:l knee_floor:r holds_ankle:l:l holds_ankle:r:r bend:-85:-45"),
        ("imp", "Come up onto your knees with your hips over them, then lean back, open the chest and reach your hands down to hold your heels.", "knee_floor:l knee_floor:r thigh_deg:l:0:25 thigh_deg:r:0:25 bend:-85:-45 holds_ankle:l:l holds_ankle:r:r"),
        ("bpf", "Knees and shins on the mat, thighs nearly vertical, spine arched strongly backward, left hand on the left heel, right hand on the right heel, arms straight.", "knee_floor:l knee_floor:r shins_down thigh_deg:l:0:25 thigh_deg:r:0:25 bend:-85:-45 holds_ankle:l:l holds_ankle:r:r arm_straight:l arm_straight:r"),
        ("prog", "She's working on her camel: knees on the floor, hips pushed forward, bending way back with her hands on her feet.", "knee_floor:l knee_floor:r bend:-85:-45 holds_ankle:l:l holds_ankle:r:r"),
        ("pas", "The hips are held high above the knees, the back is bent deeply backward and each heel is gripped by the hand on its own side.", "pelvis_h:0.35:0.7 bend:-85:-45 holds_ankle:l:l holds_ankle:r:r"),
        ("mc", "Kneeling tall with the tops of her feet flat behind her, the dancer lets her head fall back, arches through the upper back and drops her hands one after the other onto her heels, keeping her elbows straight.", "knee_floor:l knee_floor:r shins_down bend:-85:-45 holds_ankle:l:l holds_ankle:r:r arm_straight:l arm_straight:r"),
        ("num", "On both knees; thighs within 25° of vertical, hips 40-60 cm above the floor, trunk reclined some 70° from upright, each wrist at its heel.", "knee_floor:l knee_floor:r thigh_deg:l:0:25 thigh_deg:r:0:25 pelvis_h:0.35:0.7 bend:-85:-55 holds_ankle:l:l holds_ankle:r:r"),
        ("neg", "He is not sitting back on his heels and not leaning forward; up on his knees, he bends backward and holds each heel with the hand on that side.", "!sit_heels !upright bend:-85:-45 knee_floor:l knee_floor:r holds_ankle:l:l holds_ankle:r:r"),
    ]),
    ("happy_baby_holding_feet", "lying", "happy_baby", [
        ("tp", "On her mat, a woman lies on her back in happy baby, knees bent and wide, hands gripping her feet, which point up at the ceiling.", "lie_back knees_deg:85:135 holds_ankle:l:l holds_ankle:r:r !foot_on_floor:l !foot_on_floor:r"),
        ("imp", "Lie on your back, draw your knees up toward your armpits, stack your ankles over your knees and catch each foot with the hand on the same side.", "lie_back holds_ankle:l:l holds_ankle:r:r foot_h:l:0.35:0.9 foot_h:r:0.35:0.9"),
        ("bpf", "Back flat on the floor; both knees bent about 110° and opened wide; shins upright; feet in the air; L hand holds L foot, R hand holds R foot.", "lie_back knees_deg:85:135 foot_h:l:0.35:0.9 foot_h:r:0.35:0.9 holds_ankle:l:l holds_ankle:r:r"),
        ("prog", "The baby is lying on his back, grabbing his own feet and giggling at the mobile.", "lie_back holds_ankle:l:l holds_ankle:r:r"),
        ("pas", "The body is laid supine with the legs drawn up and apart, and both feet are held up in the air by the straight arms.", "lie_back !foot_on_floor:l !foot_on_floor:r feet_apart:0.4:0.9 holds_ankle:l:l holds_ankle:r:r arm_straight:l arm_straight:r"),
        ("mc", "Once the cool-down starts, the boxer rolls onto his back, pulls his knees up wide beside his ribs and holds on to his feet so the soles face the ceiling, his head resting on the floor.", "lie_back holds_ankle:l:l holds_ankle:r:r !foot_on_floor:l !foot_on_floor:r head_h:0:0.2"),
        ("num", "Supine; thighs 100-120° from the downward vertical, knees at about 110°, feet 45-65 cm above the floor and 50-75 cm apart, each hand at its own ankle.", "lie_back thigh_deg:l:95:125 thigh_deg:r:95:125 knees_deg:85:135 foot_h:l:0.4:0.75 foot_h:r:0.4:0.75 feet_apart:0.45:0.9 holds_ankle:l:l holds_ankle:r:r"),
        ("neg", "Neither foot is on the floor and the legs are not straight: she lies face up with her knees bent and spread, holding her feet.", "!foot_on_floor:l !foot_on_floor:r !legs_straight lie_back knee_bent:l knee_bent:r holds_ankle:l:l holds_ankle:r:r"),
    ]),
    ("runners_lunge_left_hands_on_floor", "lunging", "runners_lunge", [
        ("tp", "A sprinter stretching before the race drops into a runner's lunge: left foot forward beside her hands, right leg long behind her, fingertips on the track.", "foot_front:l knee_bent:l knee_straight:r hand_floor:l hand_floor:r"),
        ("imp", "Step your left foot forward between your hands, bend that knee to a right angle, slide the right leg straight back onto the ball of the foot and keep both palms on the floor.", "foot_front:l knee_deg:l:70:110 knee_straight:r heel_up:r hand_floor:l hand_floor:r"),
        ("bpf", "Front (left) knee bent ~90°, back (right) knee straight and off the ground, right heel up, chest low over the front thigh, both hands flat on the floor.", "knee_deg:l:70:110 knee_straight:r !knee_floor:r heel_up:r bend:60:100 hand_floor:l hand_floor:r"),
        ("prog", "He's holding a deep lunge on the left leg with his upper body folded forward and both hands touching the ground.", "knee_bent:l foot_front:l bend:60:100 hand_floor:l hand_floor:r"),
        ("pas", "The left foot is planted well ahead with the knee flexed, the right leg is extended far back on its toes, and the weight is shared with the hands on the ground.", "foot_on_floor:l foot_front:l knee_bent:l knee_straight:r heel_up:r hand_floor:l hand_floor:r"),
        ("mc", "To open up his hip flexors, the hurdler steps his left foot far forward, sinks until his chest is close to the left thigh, keeps the right knee straight and off the floor, and plants his hands on the ground.", "foot_front:l knee_bent:l bend:60:100 knee_straight:r !knee_floor:r hand_floor:l hand_floor:r"),
        ("num", "Feet about 1-1.3 m apart front to back; left knee 80-95°, right knee above 155°; trunk pitched about 80° forward; both elbows straight and the wrists at floor level.", "feet_apart:0.9:1.5 knee_deg:l:70:105 knee_deg:r:155:180 bend:65:100 elbow_deg:l:150:180 elbow_deg:r:150:180 hand_floor:l hand_floor:r"),
        ("neg", "The back knee isn't down, so it's a high lunge: the right leg is straight and off the floor, the left knee is bent, and the hands are on the ground rather than on the thigh.", "!knee_floor:r knee_straight:r knee_bent:l hand_floor:l hand_floor:r !on_thigh:l !on_thigh:r"),
    ]),
    ("stand_wave_right_hand", "standing", "hello_wave", [
        ("tp", "A tour guide standing at the front of the bus waves hello with her right hand up beside her head, elbow bent, the other arm down.", "stand elbow_bent:r hand_higher:r !over:r down:l"),
        ("imp", "Lift your right hand to about head height with the elbow bent and wave at the camera; the left arm stays relaxed.", "hand_higher:r elbow_bent:r !over:r !below_shoulder:r down:l"),
        ("bpf", "Right upper arm out to the side, elbow bent near 80°, forearm up, hand level with the head; left arm hanging straight.", "elbow_out:r elbow_deg:r:60:110 !below_shoulder:r !over:r down:l arm_straight:l"),
        ("prog", "A little boy is standing on the doorstep waving goodbye to his grandma.", "stand upright"),
        ("pas", "The right hand is raised to the side of the head in a friendly wave while the body is held upright and the left arm hangs at the side.", "hand_higher:r !over:r upright down:l"),
        ("mc", "Spotting his neighbour across the street, the old man stays where he is, lifts his right hand a little above shoulder height with the elbow bent out to the side, and gives a small wave.", "stand elbow_bent:r elbow_out:r !below_shoulder:r"),
        ("num", "Right upper arm abducted about 70°, right elbow flexed to roughly 80°, the right wrist above the shoulder but below the top of the head; left arm within 20° of vertical.", "arm_abd:r:55:95 elbow_deg:r:60:110 !below_shoulder:r !over:r arm_abd:l:0:25"),
        ("neg", "She isn't raising her arm straight up and isn't holding it out flat: only the right hand, bent at the elbow, waves near her head, and the left arm doesn't leave her side.", "!over:r !out:r elbow_bent:r hand_higher:r down:l"),
    ]),
    # --- development base poses, described afresh -------------------------------------------
    ("stand_arms_forward", "standing", "sleepwalker_reach", [
        ("prog", "In the cartoon, the sleepwalker is standing in the hallway with both arms stuck straight out ahead of him at shoulder height.", "stand fwd:l fwd:r arm_straight:l arm_straight:r"),
        ("imp", "Stand tall and raise both straight arms in front of you until they are parallel with the floor, palms down.", "stand upright fwd:l fwd:r arm_straight:l arm_straight:r"),
        ("neg", "The arms aren't out to the sides or overhead; they point straight forward, and the person isn't bending at the waist.", "!out:l !out:r !over:l !over:r fwd:l fwd:r upright"),
        ("mc", "In the warm-up line, the volleyball player stands with her feet together, lifts both arms forward to shoulder level and holds them there with the elbows locked.", "stand feet_close fwd:l fwd:r arm_straight:l arm_straight:r"),
        ("pas", "The person is pictured upright and motionless, facing straight ahead.", "stand upright"),
    ]),
    ("stand_right_arm_overhead", "standing", "lone_right_reach", [
        ("tp", "A student in the back row stands and shoots his right hand up high to ask a question, his left arm at his side.", "stand over:r down:l"),
        ("bpf", "Right arm: straight up past the ear. Left arm: hanging. Body: upright.", "over:r arm_straight:r down:l upright"),
        ("imp", "Raise your right arm overhead as far as it goes, elbow straight, and let your left arm hang.", "over:r arm_straight:r down:l"),
        ("neg", "Only one arm is up, the right; the left isn't raised at all and hangs by the thigh.", "over:r !over:l down:l"),
        ("prog", "A fan is standing in the crowd at the concert, reaching up toward the stage lights.", "stand"),
    ]),
    ("fold_hands_clasped_behind_raised", "bending", "clasped_hands_forward_fold", [
        ("pas", "Both hands are interlaced behind the back with the elbows straight while the trunk is folded down over the straight legs.", "hands_together arm_straight:l arm_straight:r bend:75:115 legs_straight"),
        ("imp", "Clasp your hands behind you, straighten your arms, then fold forward over straight legs and let your knuckles drift toward the ceiling.", "hands_together arm_straight:l arm_straight:r bend:75:115 legs_straight over:l over:r"),
        ("num", "Hip hinge of about 85-100°, knees 165° or straighter, wrists joined (under 12 cm apart) and raised higher than the head.", "bend:75:115 knees_deg:160:180 hands_together over:l over:r"),
        ("neg", "Her palms aren't on the floor and her knees aren't bent: she hangs forward from the hips with her hands locked together behind her back.", "!hand_floor:l !hand_floor:r !knee_bent:l !knee_bent:r bend:60:120 hands_together"),
        ("mc", "Standing at the edge of the mat with her feet together, the climber links her fingers behind her, folds forward until her head drops below her hips and lets her straight arms lift up behind her toward the ceiling.", "feet_close bend:75:115 hands_together head_low arm_straight:l arm_straight:r over:l over:r"),
    ]),
    ("sit_floor_legs_straight", "sitting", "long_sit_floor", [
        ("tp", "A toddler sits on the kitchen floor with both legs stuck straight out in front and her hands on her thighs.", "sit_floor legs_forward on_thigh:l on_thigh:r"),
        ("mc", "After the stretch class ends, he stays on the mat, sits up straight, keeps both legs long in front of him with the toes pointing up, and rests his hands on the tops of his thighs.", "sit_floor upright legs_forward toes_up on_thigh:l on_thigh:r"),
        ("prog", "She's sitting on the beach towel with her legs straight out toward the water.", "sit_floor legs_forward"),
        ("num", "Long sitting: pelvis on the floor, both knees extended past 160°, ankles 55 cm or more in front of the hips, trunk within 20° of vertical.", "sit_floor knees_deg:160:180 legs_forward upright"),
        ("bpf", "Bottom on floor, legs straight ahead, heels on the ground, palms on thighs, back upright.", "sit_floor legs_forward heels_down on_thigh:l on_thigh:r upright"),
    ]),
    ("lie_back", "lying", "supine_rest", [
        ("tp", "A patient lies flat on his back on the treatment table, legs straight and arms resting alongside his body.", "lie_back legs_straight by_hip:l by_hip:r"),
        ("imp", "Lie down face up, let your legs go long and rest your arms by your sides.", "lie_back legs_straight by_hip:l by_hip:r"),
        ("bpf", "Back, head and heels on the floor; both knees straight; hands beside the hips.", "lie_back head_h:0:0.3 legs_straight by_hip:l by_hip:r"),
        ("pas", "She is laid out supine in corpse pose, the limbs relaxed and the legs straight.", "lie_back legs_straight"),
        ("neg", "Nobody would call this sitting: he lies on his back, neither knee is bent, and his hands stay down low.", "!sit_floor lie_back !knee_bent:l !knee_bent:r wrists_low"),
    ]),
    ("stand_left_reach_right_hip", "standing", "stop_sign_akimbo", [
        ("mc", "Halting the cars at the crossing, the traffic warden stands firm, thrusts his left arm straight out in front and keeps his right hand on his hip.", "stand fwd:l arm_straight:l on_hip:r"),
        ("prog", "She's directing the movers, pointing straight ahead with her left arm while her right fist rests on her hip.", "fwd:l on_hip:r"),
        ("bpf", "L arm straight forward at shoulder height; R hand on R hip, elbow out.", "fwd:l arm_straight:l on_hip:r elbow_out:r"),
        ("pas", "The left arm is extended horizontally ahead of the chest and the right hand is set on the hip with the elbow bent.", "fwd:l on_hip:r elbow_bent:r"),
        ("num", "Left shoulder flexed about 90° with the elbow straight (150-180°); right elbow bent to 95-140° with the hand on the hip.", "arm_abd:l:70:110 elbow_deg:l:150:180 fwd:l elbow_deg:r:95:140 on_hip:r"),
    ]),
    ("stand_hands_on_hips", "standing", "akimbo_stand", [
        ("tp", "A coach stands at the touchline with both fists on his hips and his elbows flared out.", "stand on_hip:l on_hip:r elbow_out:l elbow_out:r"),
        ("mc", "Waiting for the verdict, she plants her feet, straightens up and sets both hands on her hips so her elbows point out to either side.", "stand feet_down upright on_hip:l on_hip:r elbow_out:l elbow_out:r"),
        ("prog", "Someone is standing in the doorway looking impatient, hands on hips.", "stand on_hip:l on_hip:r"),
        ("num", "Both elbows bent to roughly 95-140°, each hand within 20 cm of its hip, upright stance with the feet less than 35 cm apart side to side.", "elbow_deg:l:90:145 elbow_deg:r:90:145 on_hip:l on_hip:r stand upright feet_close"),
        ("neg", "Neither hand hangs loose: both rest on the hips, and the person doesn't lean or bend.", "!down:l !down:r on_hip:l on_hip:r upright"),
        ("pas", "The hands are set on the hips with the elbows pushed outward, and the body is held straight.", "on_hip:l on_hip:r elbow_out:l elbow_out:r upright"),
    ]),
    ("sit_floor_lean_back_on_hands", "sitting", "lounge_on_palms", [
        ("tp", "At the picnic, a teenager sits on the grass with his legs out straight, leaning back on his hands.", "sit_floor legs_forward hand_floor:l hand_floor:r hand_behind:l hand_behind:r"),
        ("imp", "Sit with your legs straight out, put your hands on the floor behind your hips and lean back onto them.", "sit_floor legs_forward hand_floor:l hand_floor:r hand_behind:l hand_behind:r lean_back"),
        ("mc", "After the long swim she flops down on the pool deck, stretches both legs out in front of her and props herself up on straight arms, palms flat on the tiles behind her.", "sit_floor legs_forward arm_straight:l arm_straight:r hand_floor:l hand_floor:r hand_behind:l hand_behind:r"),
        ("num", "Seated on the floor, trunk reclined 12-40° behind vertical, knees at 160° or more, hands on the ground behind the pelvis.", "sit_floor bend:-40:-12 knees_deg:160:180 hand_floor:l hand_floor:r hand_behind:l hand_behind:r"),
        ("neg", "She isn't lying down and isn't sitting bolt upright: her trunk tilts back onto her hands, and her knees don't bend.", "!lying lean_back hand_behind:l hand_behind:r !knee_bent:l !knee_bent:r"),
        ("bpf", "Palms on the floor behind, arms straight, trunk leaning back a little, legs long in front.", "hand_floor:l hand_floor:r hand_behind:l hand_behind:r arm_straight:l arm_straight:r lean_back legs_forward"),
    ]),
]


# The twelfth development part: captions written apart from the checker to tune it on more wording.
# (base pose, posture, caption family, captions); the base poses of _dev_l_specs and some earlier
# base poses (ones few captions describe), each with captions of its own.
DEV_L_TABLE = [
    # --- new base poses ---------------------------------------------------------------------
    ("stand_thinker_chin_on_right_fist", "standing", "standing_thinker", [
        ("tp", "Lost in thought at the gallery, a man stands with his chin propped on his right fist, his left forearm folded across his waist to hold up the right elbow.", "stand fist_under_chin:r forearm_across:l elbow_on_hand:r:l"),
        ("imp", "Stand tall, fold your left forearm across your waist, rest your right elbow on that hand and bring your right fist up under your chin.", "stand upright forearm_across:l elbow_on_hand:r:l fist_under_chin:r"),
        ("bpf", "Chin: resting on the right fist. Right elbow: bent sharply, propped on the back of the left hand. Left forearm: across the belly. Legs: straight, feet together.", "fist_under_chin:r elbow_deg:r:30:100 elbow_on_hand:r:l forearm_across:l legs_straight feet_close"),
        ("prog", "He's standing at the whiteboard chewing over the problem, one fist under his chin and the other arm tucked across his middle.", "stand upright !over:l !over:r"),
        ("pas", "The chin is rested on the right fist while the right elbow is supported by the left hand, which is held across the waist.", "fist_under_chin:r elbow_on_hand:r:l forearm_across:l"),
        ("mc", "While the jury deliberates, the lawyer waits on her feet, crosses her left forearm over her stomach, props her right elbow on it and leans her chin on her right knuckles.", "stand feet_down forearm_across:l elbow_on_hand:r:l fist_under_chin:r"),
        ("num", "Right elbow flexed to roughly 65° with the right wrist just under chin level; left elbow at about 110-130°, the left wrist some 10 cm past the midline beneath the right elbow; feet less than 30 cm apart.", "elbow_deg:r:40:95 fist_under_chin:r elbow_deg:l:95:145 forearm_across:l elbow_on_hand:r:l feet_close"),
        ("neg", "Neither arm hangs down and neither is raised overhead: the right fist props up the chin and the left forearm lies across the waist.", "!down:l !down:r !over:l !over:r fist_under_chin:r forearm_across:l"),
    ]),
    ("pigeon_left_shin_across_hands_beside_hips", "sitting", "pigeon_hip_opener", [
        ("tp", "In the hip-opening part of the class, a yogi settles into pigeon: left shin across the front of the mat, right leg stretched long behind her, fingertips on the floor beside her hips.", "sit_floor shin_across:l leg_back_floor:r hand_floor:l hand_floor:r by_hip:l by_hip:r"),
        ("imp", "From all fours, slide your left knee forward and lay the shin across the mat in front of your hips, stretch your right leg straight back along the floor, then sit tall with your hands down beside you.", "shin_across:l leg_back_floor:r knee_straight:r upright hand_floor:l hand_floor:r"),
        ("bpf", "Left knee bent with the shin lying crosswise in front of the pelvis; right leg extended behind, knee straight and resting on the floor; torso upright; palms on the floor next to the hips.", "knee_bent:l shin_across:l leg_back_floor:r knee_straight:r upright hand_floor:l hand_floor:r by_hip:l by_hip:r"),
        ("prog", "She's sitting in pigeon pose on the studio floor, chest lifted, the back leg long and straight.", "sit_floor upright"),
        ("pas", "The left shin is folded across in front of the body, the right leg is laid out straight behind along the ground, and the trunk is held upright over the hips.", "shin_across:l leg_back_floor:r upright"),
        ("mc", "Starting on his hands and knees, the climber slides his left knee forward, lowers his hips to the mat, straightens his right leg out behind him and props himself up with both hands on the floor at his sides.", "sit_floor knee_bent:l leg_back_floor:r knee_straight:r hand_floor:l hand_floor:r by_hip:l by_hip:r"),
        ("num", "Front (left) knee at roughly 50-70° with the shin across the body, back (right) knee at 165° or more, the pelvis no more than 25 cm off the floor and the trunk within 20° of vertical.", "knee_deg:l:35:100 shin_across:l knee_deg:r:155:180 leg_back_floor:r pelvis_h:0:0.25 upright"),
        ("neg", "He isn't kneeling or lying down: his left shin lies across the floor in front of him, his right leg stretches straight back, and his hands rest on the floor, not in his lap.", "!kneel2 !lying shin_across:l leg_back_floor:r hand_floor:l hand_floor:r"),
    ]),
    ("chair_lean_forearms_on_thighs_hands_clasped", "sitting", "chair_forearms_on_thighs", [
        ("tp", "Waiting for the doctor, an old man sits hunched forward on a plastic chair, forearms resting on his thighs and his hands clasped in front of his knees.", "seated bend:20:70 forearm_on_thigh:l forearm_on_thigh:r hands_together"),
        ("imp", "Sit on the edge of a chair with your feet flat, lean forward, lay your forearms along your thighs and lace your fingers together in front of your knees.", "seated feet_down bend:20:70 forearm_on_thigh:l forearm_on_thigh:r hands_together"),
        ("bpf", "Feet flat on the floor, knees at about 90°, trunk tipped forward some 40°, both forearms lying on the thighs, fingers interlaced.", "feet_down knees_deg:70:115 bend:25:60 forearm_on_thigh:l forearm_on_thigh:r hands_together"),
        ("prog", "A coach is sitting on the bench during a timeout, leaning forward with his elbows on his legs and his hands together.", "seated !upright hands_together"),
        ("pas", "The upper body is tilted forward over the lap, the weight of the arms is taken by the thighs, and the hands are joined in front of the knees.", "bend:20:70 forearm_on_thigh:l forearm_on_thigh:r hands_together"),
        ("mc", "After the final whistle, the goalkeeper drops onto the bench, rests both forearms on his thighs, knits his fingers together and catches his breath.", "seated forearm_on_thigh:l forearm_on_thigh:r hands_together"),
        ("num", "Seated with the thighs level and the knees at 80-100°, trunk inclined roughly 40° forward, each elbow on the front half of its thigh, wrists under 10 cm apart.", "seated knees_deg:70:115 bend:25:60 forearm_on_thigh:l forearm_on_thigh:r hands_together"),
        ("neg", "He isn't sitting up straight and his arms aren't hanging: he slumps forward on the chair with both forearms on his thighs and his hands clasped.", "!upright !down:l !down:r seated forearm_on_thigh:l forearm_on_thigh:r hands_together"),
    ]),
    ("lie_right_side_left_leg_lifted_head_on_right_arm", "lying", "side_lying_leg_lift", [
        ("tp", "On her mat, a Pilates student lies on her right side with her head pillowed on her outstretched right arm and lifts her straight left leg high toward the ceiling.", "lie_side:r head_on_arm:r arm_straight:r leg_out:l knee_straight:l"),
        ("imp", "Lie on your right side, reach your right arm along the floor beyond your head and rest your head on it, then raise your top leg as high as you can without bending the knee.", "lie_side:r past_head:r head_on_arm:r leg_out:l knee_straight:l"),
        ("bpf", "Right side down; right arm straight along the floor past the head, the head resting on it; left leg straight and lifted well away from the right; left palm on the floor in front of the chest.", "lie_side:r arm_straight:r past_head:r head_on_arm:r knee_straight:l leg_out:l hand_floor:l"),
        ("prog", "I'm doing side-lying leg raises on the living-room carpet, lying on my right side and lifting my left leg straight up.", "lie_side:r leg_out:l knee_straight:l"),
        ("pas", "The body is laid on its right side, the head is supported by the extended right arm, and the left leg is raised sideways with the knee kept straight.", "lie_side:r head_on_arm:r arm_straight:r leg_out:l knee_straight:l"),
        ("mc", "Stretched out on her right side with her right arm reaching along the floor as a pillow, the dancer steadies herself with her left hand in front of her chest and swings her straight left leg up high.", "lie_side:r head_on_arm:r hand_floor:l knee_straight:l leg_out:l"),
        ("num", "Lying on the right side, the right arm reaching past the head with the elbow straight (165°+), the left leg raised about 40° away from the body with the knee straight, the left ankle some 70-100 cm off the floor.", "lie_side:r arm_straight:r past_head:r leg_abd:l:25:60 knee_straight:l foot_h:l:0.55:1.2"),
        ("neg", "She isn't on her back or her front: she lies on her right side, her head on her straight right arm, and her left leg is lifted without any bend at the knee.", "!lie_back !lie_front lie_side:r head_on_arm:r arm_straight:r leg_out:l knee_straight:l"),
    ]),
    ("stand_side_bend_left_right_arm_arched_left_hand_hip", "bending", "standing_crescent_left", [
        ("tp", "Warming up before the race, a runner bends sideways to the left with her left hand on her hip and her right arm curving up over her head.", "side_bend:l on_hip:l over:r across_up:r feet_down"),
        ("imp", "Set your left hand on your hip, sweep your right arm up and over your head in an arc, and lean your whole upper body over to the left, keeping both feet planted.", "on_hip:l over:r across_up:r side_bend:l feet_down"),
        ("bpf", "Left hand on the left hip; right arm arched overhead, elbow softly bent, hand reaching past the head to the left; trunk curved to the left; legs straight and feet flat.", "on_hip:l over:r across_up:r elbow_bent:r side_bend:l legs_straight feet_down"),
        ("prog", "A woman on her lunch break is stretching beside her desk, standing and leaning over to the left with one arm curved above her head.", "side_bend:l feet_down"),
        ("pas", "The trunk is bent well over to the left, the right arm is arched above the head and the left hand is placed on the hip.", "side_bend:l:20:55 over:r across_up:r on_hip:l"),
        ("mc", "Standing with her feet a little apart, the gymnast plants her left fist on her hip, lifts her right arm high and lets it carry her upper body into a deep curve to the left.", "feet_down on_hip:l over:r side_bend:l:20:55"),
        ("num", "Trunk side-bent about 30-35° to the left; right upper arm some 130° up from hanging with the elbow softly bent near 125°, the right wrist above the head and to its left; left elbow near 70° with the hand on the hip.", "side_bend:l:20:50 arm_abd:r:105:155 elbow_deg:r:105:145 across_up:r elbow_deg:l:45:100 on_hip:l"),
        ("neg", "She isn't reaching both arms up or bending forward: only the right arm arches overhead while her left hand stays on her hip and her body tips to the left.", "!over:l over:r on_hip:l side_bend:l !bend:25:120"),
    ]),
    ("sprint_set_position_left_foot_forward", "other", "sprint_start_set", [
        ("tp", "On the blocks, the sprinter rises into the set position: hands on the track under his shoulders, hips a little higher than his shoulders, left foot in front and both heels off the ground.", "hand_floor:l hand_floor:r wrist_under_shoulder:l wrist_under_shoulder:r hips_high foot_ahead:l tiptoe"),
        ("imp", "Put your hands on the line just below your shoulders with the arms straight, set your left foot ahead of your right, then lift your hips until they're slightly higher than your shoulders, up on the balls of both feet.", "hand_floor:l hand_floor:r wrist_under_shoulder:l wrist_under_shoulder:r arm_straight:l arm_straight:r foot_ahead:l hips_high tiptoe"),
        ("bpf", "Arms: straight and vertical, hands on the ground. Front (left) knee: about a right angle. Rear (right) knee: more open, near 120°. Hips: just above shoulder level. Heels: up.", "arm_straight:l arm_straight:r wrist_under_shoulder:l wrist_under_shoulder:r hand_floor:l hand_floor:r knee_deg:l:70:115 knee_deg:r:100:150 foot_ahead:l hips_high tiptoe"),
        ("prog", "My son is crouched at the start line of his school race, fingers on the track, bottom in the air, waiting for the gun.", "hand_floor:l hand_floor:r hips_high"),
        ("pas", "The weight is shared between the straight arms and the balls of the feet, the left foot is placed in front of the right, and the hips are raised above the shoulders with both knees off the ground.", "arm_straight:l arm_straight:r hand_floor:l hand_floor:r tiptoe foot_ahead:l hips_high !knee_floor:l !knee_floor:r"),
        ("mc", "When the starter calls set, the athlete lifts her hips slightly above her shoulders, keeps her straight arms planted under them, and loads her left leg in front at about ninety degrees while the right leg behind stays more open.", "hips_high arm_straight:l arm_straight:r wrist_under_shoulder:l wrist_under_shoulder:r foot_ahead:l knee_deg:l:70:115 knee_deg:r:100:155"),
        ("num", "Crouch start, set phase: front (left) knee 85-100°, rear knee 115-135°, hips about 10 cm higher than the shoulders, hands 40-50 cm apart directly below the shoulders, heels raised.", "knee_deg:l:70:115 knee_deg:r:100:150 foot_ahead:l hips_high hands_apart:0.3:0.6 wrist_under_shoulder:l wrist_under_shoulder:r tiptoe"),
        ("neg", "No knee touches the ground and no heel is down: she is poised on her hands and the balls of her feet, left foot forward, hips higher than her shoulders.", "!knee_floor:l !knee_floor:r tiptoe hand_floor:l hand_floor:r foot_ahead:l hips_high"),
    ]),
    # --- development base poses, described afresh -------------------------------------------
    ("stand_right_hand_on_left_shoulder", "standing", "opposite_shoulder_clutch", [
        ("tp", "Shivering at the bus stop, a teenager hugs her left shoulder with her right hand, her left arm hanging straight.", "grips_shoulder:r down:l arm_straight:l"),
        ("prog", "He's standing by the window, reaching across his chest to clutch his left shoulder as if it aches.", "stand grips_shoulder:r"),
        ("neg", "Only the right hand is busy, cupping the left shoulder across the front of the chest; the left arm doesn't lift at all.", "grips_shoulder:r !over:l below_shoulder:l"),
        ("num", "The right wrist lies within about 10 cm of the left shoulder, in front of the chest, with the right elbow bent to 70-110°; the left arm drops straight, under 20° from vertical.", "grips_shoulder:r elbow_deg:r:60:120 arm_abd:l:0:25 arm_straight:l"),
        ("imp", "Bring your right hand across to rest on your left shoulder and leave your left arm loose by your side.", "grips_shoulder:r down:l"),
    ]),
    ("stand_right_foot_crossed_in_front", "standing", "standing_ankle_cross", [
        ("bpf", "Right foot: crossed over in front of the left. Legs: straight. Arms: relaxed, hanging down.", "foot_crossed:r legs_straight down:l down:r"),
        ("pas", "The legs are crossed at the ankles with the right foot set in front, and the weight is kept on both soles.", "foot_crossed:r feet_down"),
        ("mc", "While the band sets up, the bassist stands around waiting, crosses his right foot over in front of his left and keeps his weight on both feet.", "stand foot_crossed:r feet_down"),
        ("prog", "A girl is standing in line for ice cream with her right ankle crossed in front of the left.", "stand foot_crossed:r"),
        ("neg", "Her feet aren't side by side: the right one has crossed over in front of the left, and neither heel leaves the floor.", "foot_crossed:r feet_down heels_down"),
        ("tp", "At the bus stop a man stands with his right foot crossed in front of his left one.", "stand foot_crossed:r"),
        ("imp", "Stand with your right foot crossed over in front of your left and let your arms hang.", "stand foot_crossed:r down:l down:r"),
    ]),
    ("stand_both_hands_on_head", "standing", "crown_hands_disbelief", [
        ("tp", "Watching his penalty sail over the bar, the striker freezes, both palms pressed onto the crown of his head.", "on_head:l on_head:r"),
        ("imp", "Lace your fingers, set them on the crown of your head with the elbows wide, and stand tall.", "stand upright on_head:l on_head:r elbow_out:l elbow_out:r"),
        ("num", "Both wrists resting on top of the head, elbows bent to about 60-90° and pointing outward, the head roughly 1.5-1.8 m above the floor.", "on_head:l on_head:r elbow_deg:l:45:100 elbow_deg:r:45:100 elbow_out:l elbow_out:r head_h:1.35:1.9"),
        ("pas", "The palms are laid on top of the head, the elbows are spread, and the body is held upright.", "on_head:l on_head:r elbow_out:l elbow_out:r upright"),
        ("mc", "Hearing the bad news, she stops in her tracks, puts both hands on top of her head and stands there with her elbows sticking out.", "stand on_head:l on_head:r elbow_out:l elbow_out:r"),
        ("prog", "Someone is standing in the hallway, both hands resting flat on top of the head.", "stand on_head:l on_head:r"),
    ]),
    ("stand_archer_left_arm_out", "standing", "pretend_archery", [
        ("bpf", "L arm: straight out to the side at shoulder height. R elbow: bent tight and lifted level with the shoulder, R hand pulled back to the front of the R shoulder.", "out:l arm_straight:l drawn_back:r elbow_bent:r"),
        ("prog", "My daughter is playing Robin Hood in the garden, her left arm stretched out toward the target and her right hand drawn back to her shoulder.", "out:l drawn_back:r"),
        ("neg", "He isn't holding a real bow, but the shape is there: the left arm doesn't bend as it points out sideways, and the right hand is tucked back by the right shoulder rather than hanging.", "arm_straight:l out:l drawn_back:r !down:r"),
        ("num", "Left arm abducted close to 90° and fully extended (elbow 165°+); right elbow folded to 25-50° with the wrist within about 20 cm of the right shoulder.", "arm_abd:l:70:110 elbow_deg:l:155:180 elbow_deg:r:15:60 drawn_back:r"),
        ("tp", "Pretending to aim an arrow, a boy stands and points his straight left arm out to the left while pulling his right fist back beside his right shoulder, elbow held high.", "stand out:l arm_straight:l drawn_back:r"),
    ]),
    ("horse_stance_fists_at_hips", "squatting", "ma_bu_stance", [
        ("imp", "Spread your feet about twice your shoulder width, sink as if onto an invisible horse, keep your spine tall and hold your fists at your hip bones.", "feet_wide wide_squat upright by_hip:l by_hip:r"),
        ("pas", "The feet are set far apart with the knees bent out over them, the trunk is kept vertical, and the clenched hands are held at the sides of the waist.", "feet_wide wide_squat upright by_hip:l by_hip:r elbow_bent:l elbow_bent:r"),
        ("mc", "Before the sparring starts, the karateka drops into a low, wide stance, keeps his back straight and draws both fists to his hips so his elbows point behind him.", "wide_squat feet_wide upright by_hip:l by_hip:r elbow_bent:l elbow_bent:r"),
        ("bpf", "Ankles ~0.9 m apart, soles flat; knees bent and turned out; thighs nearly horizontal; trunk vertical; fists at the hips.", "feet_wide feet_down heels_down wide_squat thigh_deg:l:60:105 thigh_deg:r:60:105 upright by_hip:l by_hip:r"),
        ("num", "Feet 75-100 cm apart, both knees at about 80-90°, hips some 50-65 cm above the floor, trunk within 10° of vertical, elbows near 90° with the fists at the hips.", "feet_apart:0.65:1.1 knees_deg:65:105 pelvis_h:0.4:0.75 upright elbow_deg:l:65:115 elbow_deg:r:65:115 by_hip:l by_hip:r"),
    ]),
    ("sit_cross_legged_hands_knees", "sitting", "floor_cross_legged_rest", [
        ("tp", "At storytime, a boy sits cross-legged on the library carpet with a hand on each knee.", "cross_legged on_knee:l on_knee:r"),
        ("neg", "She isn't kneeling or stretching her legs out: she sits on the floor with her shins crossed and her knees dropped wide, hands resting on them.", "!kneel2 !legs_forward cross_legged on_knee:l on_knee:r"),
        ("prog", "A monk is sitting on a straw mat with his legs folded and crossed, spine tall, each hand resting on a knee.", "cross_legged upright on_knee:l on_knee:r"),
        ("pas", "The legs are folded and crossed in front of the body, the seat is on the floor, and the hands are laid on the knees.", "cross_legged sit_floor on_knee:l on_knee:r"),
        ("mc", "When the campfire song ends, the scout settles onto the ground, tucks each foot under the opposite knee and rests his hands on his knees while sitting up tall.", "cross_legged upright on_knee:l on_knee:r"),
    ]),
    ("lie_back_hands_behind_head", "lying", "supine_hands_pillow", [
        ("imp", "Lie back on the grass, tuck both hands under your head with your elbows out wide and let your legs stretch long.", "lie_back head_in_hands:l head_in_hands:r elbow_out:l elbow_out:r legs_straight"),
        ("bpf", "Back on the ground, fingers interlaced under the head, elbows open to the sides, legs straight and together.", "lie_back head_in_hands:l head_in_hands:r elbow_out:l elbow_out:r legs_straight feet_close"),
        ("num", "Supine, elbows folded to roughly 40-60° with both hands under the back of the head, knees straight beyond 160°, head within 30 cm of the floor.", "lie_back elbow_deg:l:25:80 elbow_deg:r:25:80 head_in_hands:l head_in_hands:r knees_deg:155:180 head_h:0:0.3"),
        ("tp", "On the dock in the afternoon sun, a fisherman lies face up with his hands behind his head and his legs stretched out.", "lie_back head_in_hands:l head_in_hands:r legs_straight"),
        ("pas", "The body is laid flat on its back, the head is cradled in both hands and the legs are kept straight.", "lie_back head_in_hands:l head_in_hands:r legs_straight"),
        ("neg", "Not sitting up and not on his side: he lies flat on his back, hands under his head, neither knee bent.", "!sit_floor !lie_side:l !lie_side:r lie_back head_in_hands:l head_in_hands:r !knee_bent:l !knee_bent:r"),
    ]),
    ("kneel_right_knee_hands_on_left_knee", "kneeling", "half_kneel_hands_stacked", [
        ("mc", "Catching her breath after the relay, the runner drops onto her right knee, plants her left foot in front and leans her hands on her raised left knee.", "kneel:r foot_on_floor:l hold_knee:l:l hold_knee:r:l"),
        ("prog", "A gardener is kneeling on his right knee by the flower bed, both hands resting on his left knee.", "kneel:r hold_knee:l:l hold_knee:r:l"),
        ("imp", "Lower your right knee to the floor, keep your left foot flat ahead with that knee bent, and stack both hands on top of the left knee.", "kneel:r foot_on_floor:l knee_bent:l hold_knee:l:l hold_knee:r:l"),
        ("bpf", "R knee down; L knee up at ~90°, L foot flat; both hands piled on the L knee; trunk nearly upright.", "kneel:r knee_deg:l:70:115 foot_on_floor:l hold_knee:l:l hold_knee:r:l upright"),
        ("neg", "She isn't kneeling on both knees: only the right one is on the ground, while the left foot stays flat and both hands rest on the left knee.", "!kneel2 knee_floor:r !knee_floor:l foot_on_floor:l hold_knee:l:l hold_knee:r:l"),
        ("pas", "The body is lowered onto the right knee, the left shin is kept upright with the foot flat, and the hands are laid together on the left knee.", "kneel:r foot_on_floor:l hold_knee:l:l hold_knee:r:l"),
    ]),
]


# The thirteenth development part: captions written apart from the checker to tune it on more wording.
# (base pose, posture, caption family, captions); the base poses of _dev_m_specs and some earlier
# base poses (ones few captions describe), each with captions of its own.
DEV_M_TABLE = [
    # --- new base poses ---------------------------------------------------------------------
    ("dancer_on_right_leg_left_foot_in_hand", "standing", "dancer_pose", [
        ("tp", "In front of the studio mirror, a ballerina balances on her straight right leg, tips her chest forward and holds her left foot up behind her in her left hand while her right arm reaches ahead and upward.", "on_leg:r knee_straight:r holds_ankle:l:l hand_behind:l bend:10:55 reach_up_fwd:r"),
        ("imp", "Stand on your right leg, bend your left knee and catch the left ankle behind you with your left hand, then tilt forward and reach your right arm up in front of you.", "on_leg:r knee_bent:l holds_ankle:l:l hand_behind:l bend:10:55 reach_up_fwd:r"),
        ("bpf", "Right leg: straight, the only one touching the floor. Left knee: bent, thigh drawn back, foot raised high behind. Left hand: gripping the left ankle. Right arm: straight, angled forward and up. Chest: tilted forward.", "on_leg:r knee_straight:r foot_on_floor:r !foot_on_floor:l knee_bent:l knee_behind:l foot_h:l:0.6:1.6 holds_ankle:l:l arm_straight:r reach_up_fwd:r bend:10:55"),
        ("prog", "She's doing dancer pose at the end of the pier, balanced on her right leg, her left foot held in her left hand behind her and her right arm stretched out ahead of her.", "on_leg:r holds_ankle:l:l hand_behind:l arm_straight:r"),
        ("pas", "The weight is carried on the right leg alone; the left leg is bent behind with its foot held up by the left hand, and the right arm is raised forward to above the head.", "on_leg:r knee_bent:l holds_ankle:l:l over:r reach_up_fwd:r"),
        ("mc", "Once she has found her balance on the right foot, the gymnast lifts her left heel up behind her, takes hold of that ankle with her left hand, and leans her trunk forward as she sends her right arm up and out in front.", "on_leg:r holds_ankle:l:l bend:10:55 reach_up_fwd:r"),
        ("num", "On the right leg with that knee at 170° or more; left knee flexed to about 50°, left ankle a metre or so off the floor; trunk tilted some 30° forward; right arm raised about 125° from the side of the body.", "on_leg:r knee_deg:r:160:180 knee_deg:l:35:75 foot_h:l:0.8:1.5 bend:15:45 arm_abd:r:105:145"),
        ("neg", "Only the right foot touches the floor; the left one isn't resting on it but is held up behind in the left hand, and the right arm doesn't hang down but reaches up and forward.", "foot_on_floor:r !foot_on_floor:l holds_ankle:l:l hand_behind:l !down:r reach_up_fwd:r"),
    ]),
    ("low_plank_on_forearms", "other", "forearm_plank", [
        ("tp", "A boxer holds a forearm plank on the gym floor, elbows under his shoulders and his body one straight line from head to heels.", "forearm_floor:l forearm_floor:r elbow_under_shoulder:l elbow_under_shoulder:r legs_straight !knee_floor:l !knee_floor:r chest_lift:0:25"),
        ("imp", "Come down onto your forearms with your elbows right under your shoulders, stretch your legs straight back, tuck your toes and lift your knees and hips until your body is flat as a board.", "forearm_floor:l forearm_floor:r elbow_under_shoulder:l elbow_under_shoulder:r legs_straight !knee_floor:l !knee_floor:r pelvis_h:0.15:0.45 chest_lift:0:25"),
        ("bpf", "Forearms flat on the mat and pointing forward, elbows bent square beneath the shoulders, legs straight and close together, heels lifted with only the toes down, hips level with the shoulders.", "forearm_floor:l forearm_floor:r forearm_fwd:l forearm_fwd:r elbow_deg:l:70:110 elbow_deg:r:70:110 elbow_under_shoulder:l elbow_under_shoulder:r legs_straight feet_close heel_up:l heel_up:r chest_lift:0:25"),
        ("prog", "Core day: I'm holding a plank on my elbows and counting down the last ten seconds, knees off the floor and back flat.", "forearm_floor:l forearm_floor:r !knee_floor:l !knee_floor:r chest_lift:0:25"),
        ("pas", "The body is held rigid just above the floor, its weight resting on the forearms and the toes, the legs kept straight and the knees clear of the ground.", "forearm_floor:l forearm_floor:r legs_straight !knee_floor:l !knee_floor:r pelvis_h:0.15:0.45"),
        ("mc", "When the instructor calls for planks, the class drops onto their elbows, walks their feet back until their legs are straight, and holds their hips up so that nothing but forearms and toes touches the floor.", "forearm_floor:l forearm_floor:r legs_straight !knee_floor:l !knee_floor:r pelvis_h:0.15:0.45"),
        ("num", "Forearm plank: elbows at about 90° and within 12 cm of plumb below the shoulders, knees above 160°, pelvis some 20-35 cm off the floor, the trunk under 20° from horizontal.", "forearm_floor:l forearm_floor:r elbow_deg:l:70:110 elbow_deg:r:70:110 elbow_under_shoulder:l elbow_under_shoulder:r knees_deg:160:180 pelvis_h:0.15:0.45 chest_lift:0:25"),
        ("neg", "Not a push-up on straight arms and not lying flat: the elbows are bent and rest on the floor, the knees never touch down, and the legs don't bend.", "!arm_straight:l !arm_straight:r elbow_bent:l elbow_bent:r forearm_floor:l forearm_floor:r pelvis_h:0.15:0.45 !knee_floor:l !knee_floor:r legs_straight !knee_bent:l !knee_bent:r"),
    ]),
    ("seated_twist_left_right_elbow_outside_left_knee", "sitting", "seated_floor_twist", [
        ("tp", "On her mat, a yoga student sits with her right leg long and her left foot planted outside her right knee, and twists to the left, hooking her right elbow round the outside of her left knee while her left hand props her up from behind.", "sit_floor knee_straight:r foot_by_knee:l twist:l elbow_at_knee:r:l hand_floor:l hand_behind:l"),
        ("imp", "Sit with both legs out, then bend your left knee and step the left foot over to the outside of your right knee; turn to the left, press your right elbow against the outside of that left knee and put your left palm on the floor behind you.", "sit_floor knee_straight:r knee_bent:l foot_by_knee:l twist:l elbow_at_knee:r:l hand_floor:l hand_behind:l"),
        ("bpf", "Right leg: straight along the floor. Left foot: flat beside the right knee, on its outer side. Shoulders: rotated to the left. Right elbow: braced against the left knee. Left arm: straight, palm on the floor behind the hip.", "knee_straight:r foot_on_floor:r foot_by_knee:l twist:l elbow_at_knee:r:l arm_straight:l hand_floor:l hand_behind:l"),
        ("prog", "After the long drive, he's sitting on the grass wringing out his spine, turned to the left with his right elbow wedged against his raised left knee.", "sit_floor twist:l elbow_at_knee:r:l knee_bent:l"),
        ("pas", "The trunk is rotated toward the left over the seated hips, the left knee is drawn up with its foot crossed over beyond the right knee, and the body is steadied by the left hand on the floor behind.", "sit_floor twist:l knee_bent:l foot_by_knee:l hand_floor:l hand_behind:l"),
        ("mc", "Sitting on the studio floor with her right leg stretched out, the dancer crosses her left foot over to the far side of her right knee, hooks her right arm around the left knee so that the elbow holds it, and turns her chest to the left.", "sit_floor knee_straight:r foot_by_knee:l elbow_at_knee:r:l twist:l"),
        ("num", "Seated on the floor; right knee straight (over 160°), left knee bent to about 75°, shoulders turned 55-75° to the left of the hips, right elbow within 20 cm of the left knee, left wrist on the floor behind the pelvis.", "sit_floor knee_deg:r:155:180 knee_deg:l:50:100 twist:l:45:85 elbow_at_knee:r:l hand_floor:l hand_behind:l"),
        ("neg", "She doesn't face straight ahead and her legs aren't both stretched out: the left knee is bent up with the foot beside the right knee, the chest turns to the left, and it is the right elbow, not the hand, that presses on the left knee.", "!legs_forward twist:l !twist:r knee_bent:l foot_by_knee:l elbow_at_knee:r:l !hold_knee:r:l"),
    ]),
    ("butterfly_soles_together_holding_feet", "sitting", "butterfly_stretch", [
        ("tp", "Before ballet class, a girl sits on the floor in butterfly, the soles of her feet pressed together, her knees dropped out to the sides and both hands wrapped around her feet.", "sit_floor feet_apart:0:0.25 knee_out:l knee_out:r knee_bent:l knee_bent:r holds_ankle:l:l holds_ankle:r:r"),
        ("imp", "Sit down, bend both knees and bring the soles of your feet together close in front of you, let the knees fall open to the sides and hold on to your feet.", "sit_floor knee_bent:l knee_bent:r feet_apart:0:0.25 knee_out:l knee_out:r holds_ankle:l:l holds_ankle:r:r"),
        ("bpf", "Seat on the floor; knees bent sharply and splayed wide; feet touching sole to sole in front of the groin; both hands clasping the feet; back fairly tall.", "sit_floor knees_deg:20:80 knee_out:l knee_out:r feet_apart:0:0.25 holds_ankle:l:l holds_ankle:r:r bend:-10:35"),
        ("prog", "My little brother is sitting on the carpet holding his feet and flapping his knees like butterfly wings.", "sit_floor knee_out:l knee_out:r holds_ankle:l:l holds_ankle:r:r"),
        ("pas", "The soles are pressed together in front of the body, the knees are opened out to either side and the feet are held in both hands, the seat resting on the floor.", "feet_apart:0:0.25 knee_out:l knee_out:r holds_ankle:l:l holds_ankle:r:r sit_floor"),
        ("mc", "To loosen her hips before the splits, the gymnast sits on the mat, draws her heels in toward her body with the soles touching, lets both knees sink out sideways and grips her feet with both hands.", "sit_floor feet_apart:0:0.25 knee_out:l knee_out:r holds_ankle:l:l holds_ankle:r:r"),
        ("num", "Bound-angle sit: knees flexed to roughly 45° and each some 30 cm out beyond its hip, ankles less than 25 cm apart, trunk within 30° of vertical, both wrists at the feet.", "sit_floor knees_deg:20:75 knee_out:l knee_out:r feet_apart:0:0.25 bend:-35:35 holds_ankle:l:l holds_ankle:r:r"),
        ("neg", "Neither leg is straight: both knees bend and drop out to the sides, the soles press against each other instead of resting flat on the floor, and the hands don't let go of the feet.", "!knee_straight:l !knee_straight:r knee_out:l knee_out:r feet_apart:0:0.25 holds_ankle:l:l holds_ankle:r:r"),
    ]),
    ("stand_left_leg_right_leg_lifted_side_arms_out", "standing", "side_leg_lift", [
        ("tp", "At the barre, a dancer stands on her left leg and lifts her straight right leg out to the side, both arms stretched out level at shoulder height.", "on_leg:l leg_side:r knee_straight:r out:l out:r"),
        ("imp", "Balance on your left foot, raise your right leg straight out sideways as high as you can hold it and spread your arms out to the sides like a T.", "on_leg:l leg_side:r knee_straight:r out:l out:r arm_straight:l arm_straight:r"),
        ("bpf", "Left leg straight and planted; right leg straight and lifted to the side, its foot well off the floor; arms out horizontal on both sides; trunk upright.", "on_leg:l knee_straight:l leg_side:r knee_straight:r !foot_on_floor:r out:l out:r upright"),
        ("prog", "He's standing on one leg in the hallway with the other kicked out sideways, both arms flung wide for balance.", "stand arm_abd:l:60:120 arm_abd:r:60:120"),
        ("pas", "The right leg is raised straight out to the side with the foot clear of the floor, the body is balanced on the left leg and both arms are held out horizontally.", "leg_side:r knee_straight:r !foot_on_floor:r on_leg:l out:l out:r"),
        ("mc", "Steadying himself on his left leg, the goalkeeper swings his straight right leg out sideways until the foot is about knee height, and holds both arms out at shoulder level to keep from tipping over.", "on_leg:l leg_side:r knee_straight:r foot_h:r:0.2:0.65 out:l out:r"),
        ("num", "Single-leg stance on the left; the straight right leg raised about 50° from vertical, its foot 30-40 cm off the floor; both arms abducted to about 90° with the elbows straight (150-180°).", "on_leg:l thigh_deg:r:35:70 knee_straight:r foot_h:r:0.2:0.6 arm_abd:l:75:105 arm_abd:r:75:105 elbow_deg:l:150:180 elbow_deg:r:150:180"),
        ("neg", "The right foot is not on the ground and the right knee doesn't bend; only the left leg holds her up, and her arms aren't down but stretched out to either side.", "!foot_on_floor:r knee_straight:r !knee_bent:r on_leg:l !down:l !down:r out:l out:r"),
    ]),
    ("cobra_chest_lifted_on_straight_arms", "lying", "cobra_backbend", [
        ("tp", "On the mat, a yoga student lying on her belly presses up into cobra, straightening her arms so her chest rises high while her hips and legs stay on the floor.", "prone_chest_up arm_straight:l arm_straight:r hand_floor:l hand_floor:r pelvis_h:0:0.22 knee_floor:l knee_floor:r"),
        ("imp", "Lie face down, put your hands on the floor a little ahead of your shoulders and push up until your arms are straight, lifting your chest and keeping your hips and thighs down.", "prone_chest_up hand_floor:l hand_floor:r arm_straight:l arm_straight:r pelvis_h:0:0.22 knee_floor:l knee_floor:r"),
        ("bpf", "Hips and thighs on the floor, legs long behind, both arms straight with the palms flat on the ground, chest lifted high, back arched, head up.", "prone_chest_up pelvis_h:0:0.22 legs_straight arm_straight:l arm_straight:r hand_floor:l hand_floor:r chest_lift:40:85 head_h:0.4:1.0"),
        ("prog", "Lying on the living-room carpet, my dad is pushing his chest up off the floor with straight arms to stretch his sore back, his hips still flat on the ground.", "prone_chest_up arm_straight:l arm_straight:r hand_floor:l hand_floor:r pelvis_h:0:0.22"),
        ("pas", "The chest is raised well off the floor on extended arms, the back is arched, and the pelvis and the fronts of the legs are kept down on the mat.", "prone_chest_up arm_straight:l arm_straight:r hand_floor:l hand_floor:r pelvis_h:0:0.22 knee_floor:l knee_floor:r chest_lift:40:85"),
        ("mc", "After lying flat on his stomach for a moment, the swimmer plants his palms on the floor near his shoulders, straightens his elbows to raise his head and chest high, and leaves his pelvis resting on the ground.", "prone_chest_up hand_floor:l hand_floor:r arm_straight:l arm_straight:r pelvis_h:0:0.22 head_h:0.4:1.0"),
        ("num", "Prone backbend: pelvis within 20 cm of the floor, trunk raised 55-75° from horizontal, elbows at 160° or more, wrists on the floor, head some 50-75 cm up.", "prone_chest_up pelvis_h:0:0.2 chest_lift:45:85 elbow_deg:l:155:180 elbow_deg:r:155:180 hand_floor:l hand_floor:r head_h:0.4:1.0"),
        ("neg", "She is not on her back and not on all fours: she lies face down with her hips and thighs on the floor, her arms straight rather than bent, holding her chest high.", "!lie_back !all_fours prone_chest_up knee_floor:l knee_floor:r arm_straight:l arm_straight:r !elbow_bent:l !elbow_bent:r"),
    ]),
    # --- development base poses, described afresh -------------------------------------------
    ("stand_right_hand_on_left_shoulder", "standing", "hand_across_to_shoulder", [
        ("imp", "Cross your right arm over your chest, cup your left shoulder in that hand and leave your left arm down by your side.", "grips_shoulder:r down:l"),
        ("prog", "Someone is standing quietly at the back of the hall, perfectly still.", "stand upright"),
        ("pas", "The right hand is laid on the opposite shoulder, the forearm crossing in front of the chest, and the left arm is allowed to hang.", "grips_shoulder:r down:l"),
        ("num", "Right elbow folded to 65-115° so the right palm sits on the left shoulder; left arm within 20° of vertical with the elbow over 150°.", "elbow_deg:r:65:115 grips_shoulder:r arm_abd:l:0:20 elbow_deg:l:150:180"),
        ("neg", "Nothing is raised overhead: the right hand rests on the opposite shoulder and the left arm never leaves the side.", "!over:l !over:r grips_shoulder:r down:l"),
        ("mc", "Shivering at the bus stop, the teenager keeps his feet together, clamps his right hand on his left shoulder and lets his left arm dangle.", "feet_close grips_shoulder:r down:l"),
    ]),
    ("stand_left_elbow_90", "standing", "forearm_level_left", [
        ("tp", "A waiter stands at the table with a napkin draped over his left forearm, which he holds level in front of him with the elbow at his side; his right arm hangs.", "stand elbow90:l down:r"),
        ("prog", "Someone is standing in the queue for the museum, barely moving, looking straight ahead.", "stand upright"),
        ("pas", "The left forearm is held horizontal and pointing forward from a bent elbow kept close to the waist, while the right arm is left straight down.", "elbow90:l down:r arm_straight:r"),
        ("num", "Left upper arm close to vertical (within 30°), left elbow at 75-105°, right arm hanging with its elbow straighter than 150°.", "arm_abd:l:0:30 elbow_deg:l:70:110 down:r elbow_deg:r:150:180"),
        ("bpf", "L forearm: level, pointing forward. L elbow: bent square, tucked in at the side. R arm: straight down. Body: upright.", "elbow90:l down:r arm_straight:r upright"),
        ("neg", "Only the left forearm comes up, and it points forward rather than at the ceiling; the right arm isn't bent at all.", "elbow90:l !over:l arm_straight:r down:r"),
    ]),
    ("lie_back_arms_overhead", "lying", "supine_long_stretch", [
        ("tp", "After the marathon, a runner lies flat on his back on the grass with his arms flung back beyond his head and his legs straight.", "lie_back past_head:l past_head:r legs_straight"),
        ("imp", "Lie on your back, keep your legs long and reach both arms back along the floor behind your head.", "lie_back legs_straight past_head:l past_head:r wrists_low"),
        ("bpf", "Back on the floor, arms straight and extended past the head with the hands resting on the ground, legs together and long.", "lie_back arm_straight:l arm_straight:r past_head:l past_head:r wrists_low legs_straight feet_close"),
        ("num", "Supine with the head under 30 cm from the floor, both elbows above 155° and the hands beyond the head, both knees at 160-180°.", "lie_back head_h:0:0.3 elbow_deg:l:155:180 elbow_deg:r:155:180 past_head:l past_head:r knees_deg:160:180"),
        ("mc", "When the cool-down music starts, she rolls onto her back, lets her legs lie straight and sweeps both arms overhead until the backs of her hands touch the floor.", "lie_back legs_straight past_head:l past_head:r wrists_low"),
    ]),
    ("chair_lean_elbows_on_knees", "sitting", "elbows_on_knees_slump", [
        ("tp", "Waiting outside the principal's office, a boy sits on a plastic chair bent forward, elbows on his knees and fingers laced together in front of him.", "seated bend:30:65 elbow_on_knee:l elbow_on_knee:r hands_together"),
        ("imp", "Sit near the front of the seat with your feet flat, lean forward and rest both elbows on your knees, hands joined out in front.", "seated feet_down bend:30:65 elbow_on_knee:l elbow_on_knee:r hands_together"),
        ("pas", "The elbows are propped on the knees and the hands are linked out in front of them, the trunk tipped well forward over the seated hips.", "seated elbow_on_knee:l elbow_on_knee:r hands_together hands_before_knees bend:30:65"),
        ("prog", "My uncle is sitting on the porch chair, hunched over with his elbows on his knees, watching the rain.", "seated bend:30:65 elbow_on_knee:l elbow_on_knee:r"),
        ("bpf", "Seat on the chair, thighs level, feet flat; trunk tipped forward; elbows resting on the knees; hands clasped ahead of them.", "seated feet_down bend:30:65 elbow_on_knee:l elbow_on_knee:r hands_together hands_before_knees"),
    ]),
    ("wide_leg_fold_palms_on_floor", "bending", "straddle_fold_hands_down", [
        ("tp", "At the end of the yoga class, a man stands with his feet spread wide and folds over his straight legs until both palms rest flat on the mat.", "feet_wide legs_straight bend:90:150 hand_floor:l hand_floor:r"),
        ("imp", "Spread your feet far apart, keep both knees straight, fold forward from the hips and bring your hands down to the floor in front of you.", "feet_wide legs_straight bend:90:150 hand_floor:l hand_floor:r"),
        ("prog", "The artist's model is bending over in a wide stance, legs straight, her head hanging lower than her hips.", "feet_wide legs_straight head_low"),
        ("pas", "The legs are set wide and kept straight, the trunk is folded down past horizontal and the hands are placed flat on the floor.", "feet_wide legs_straight bend:95:150 hand_floor:l hand_floor:r"),
        ("num", "Feet roughly 1 m apart, knees at 160° or straighter, trunk pitched 100-140° from upright, both hands on the floor less than 60 cm apart.", "feet_apart:0.8:1.4 knees_deg:160:180 bend:100:140 hand_floor:l hand_floor:r hands_apart:0.2:0.6"),
        ("neg", "No knee is bent and the feet aren't close together: the legs straddle wide, the upper body folds down between them and both hands touch the ground.", "!knee_bent:l !knee_bent:r !feet_close feet_wide bend:90:150 hand_floor:l hand_floor:r"),
    ]),
    ("low_lunge_right_knee_down_arms_up", "kneeling", "crescent_low_lunge", [
        ("tp", "On the studio floor, a yogi sinks into a low lunge, her left foot flat in front, her right knee down behind her and both arms reaching straight up.", "kneel:r foot_front:l foot_on_floor:l over:l over:r arm_straight:l arm_straight:r"),
        ("bpf", "R knee: on the floor, behind the hip. L foot: flat, well forward. Trunk: vertical. Arms: straight overhead.", "knee_floor:r knee_behind:r foot_on_floor:l foot_front:l upright arm_straight:l arm_straight:r over:l over:r"),
        ("pas", "The right knee is rested on the ground behind, the left leg is bent with its sole flat in front, and both hands are lifted high overhead.", "kneel:r knee_behind:r foot_front:l foot_on_floor:l over:l over:r"),
        ("mc", "Having stepped her left foot far forward, the runner lowers her right knee to the grass, keeps her chest tall and lifts both arms above her head to stretch her hip.", "kneel:r foot_front:l upright over:l over:r"),
        ("neg", "Only one knee, the right, is down; the left foot stands flat in front, the back doesn't tip forward, and neither arm is lowered.", "knee_floor:r !knee_floor:l foot_on_floor:l foot_front:l upright !down:l !down:r over:l over:r"),
    ]),
    ("stand_arms_v", "standing", "victory_v_arms", [
        ("imp", "Raise both arms high and wide so they make a V, elbows straight and hands far outside your shoulders.", "over:l over:r arm_v:l arm_v:r arm_straight:l arm_straight:r"),
        ("prog", "A fan is celebrating the winning goal, both hands thrown high and apart over the head.", "over:l over:r arm_v:l arm_v:r"),
        ("pas", "The body is held upright while both straight arms are lifted diagonally above the head, the hands far apart.", "upright arm_straight:l arm_straight:r arm_v:l arm_v:r hands_apart:0.6:1.3"),
        ("num", "Upper arms raised 125-165° from the sides of the body, elbows over 150°, wrists 70-115 cm apart and above the top of the head.", "arm_abd:l:120:168 arm_abd:r:120:168 elbow_deg:l:150:180 elbow_deg:r:150:180 hands_apart:0.65:1.2 over:l over:r"),
        ("mc", "As the confetti falls, the singer stands tall on the stage, throws both arms up and outward on a diagonal and holds them there, hands well above her head.", "stand upright over:l over:r arm_v:l arm_v:r"),
        ("bpf", "Arms: straight, up and out in a wide V. Hands: high above the head, far apart. Body: tall and still.", "arm_straight:l arm_straight:r arm_v:l arm_v:r over:l over:r upright"),
    ]),
    ("horse_stance_fists_at_hips", "squatting", "horse_riding_stance", [
        ("tp", "In the dojo, a boy drops into a wide horse-riding stance with his thighs close to level and both fists pulled back to his hips.", "wide_squat feet_wide thigh_deg:l:60:105 thigh_deg:r:60:105 by_hip:l by_hip:r elbow_bent:l elbow_bent:r"),
        ("imp", "Set your feet about twice shoulder width apart, sink until your knees are bent to roughly a right angle, keep your back straight and hold your fists at your waist.", "feet_wide wide_squat knees_deg:65:115 upright by_hip:l by_hip:r"),
        ("bpf", "Feet: wide and flat. Knees: bent and pushed out over the toes. Trunk: upright. Hands: fisted at the hips, elbows bent.", "feet_wide feet_down wide_squat upright by_hip:l by_hip:r elbow_bent:l elbow_bent:r"),
        ("prog", "Grandpa is showing off his old kung fu stance, knees bent wide and low, both fists resting at his hips.", "wide_squat knee_bent:l knee_bent:r by_hip:l by_hip:r"),
        ("neg", "The stance isn't narrow and the legs aren't straight; the hips sink low between the feet and neither fist punches forward.", "feet_wide !legs_straight wide_squat !fwd:l !fwd:r"),
    ]),
]


# The fourteenth development part: captions written apart from the checker to tune it on more wording.
# (base pose, posture, caption family, captions); the base poses of _dev_n_specs and some earlier
# base poses (ones few captions describe), each with captions of its own.
DEV_N_TABLE = [
    # --- new base poses ---------------------------------------------------------------------
    ("crescent_moon_hips_left_palms_together_overhead", "bending", "standing_crescent_moon_right", [
        ("tp", "Halfway through the sun salutations, the teacher stands with her feet together, presses her palms together high above her head and arches her whole upper body over to the right, her hips sliding out to the left.", "feet_down feet_close over:l over:r hands_together side_bend:r hips_shifted:l"),
        ("imp", "Stand tall with your big toes touching, interlace your fingers overhead with the index fingers pointing up, then push your hips to the left and curve over to the right.", "feet_close over:l over:r hands_together hips_shifted:l side_bend:r"),
        ("bpf", "Feet: together, both legs straight. Hips: pushed out to the left. Trunk: curved over to the right. Arms: stretched up beside the ears, palms pressed together above the head.", "feet_close legs_straight hips_shifted:l side_bend:r over:l over:r hands_together"),
        ("prog", "I'm stretching out my side at the bus stop, both arms up over my head and leaning right.", "over:l over:r side_bend:r"),
        ("pas", "Both hands are joined above the head and the body is bowed to the right like a crescent, the pelvis swung out to the left over straight legs.", "hands_together over:l over:r side_bend:r hips_shifted:l legs_straight"),
        ("mc", "After lacing her fingers above her head, the dancer keeps both feet planted side by side, lets her hips drift to the left and sweeps her arms and chest over to the right.", "over:l over:r hands_together feet_down feet_close hips_shifted:l side_bend:r"),
        ("num", "Trunk side-bent some 25° to the right, the pelvis 15 cm or so left of the feet, both wrists within a few centimetres of each other well above the head, knees straight (over 170°).", "side_bend:r:12:40 hips_shifted:l hands_together over:l over:r knees_deg:160:180"),
        ("neg", "She isn't bending forward or back but sideways, to the right; her arms don't come down, they stay joined overhead, and her feet don't step apart.", "side_bend:r !side_bend:l !bend:25:120 !lean_back over:l over:r hands_together feet_close"),
    ]),
    ("reclined_bound_angle_arms_out", "lying", "reclined_butterfly", [
        ("tp", "At the end of the restorative class, a woman lies on her back with the soles of her feet together and her knees falling open to the sides, her arms resting out wide on the floor.", "lie_back feet_apart:0:0.25 knee_out:l knee_out:r knee_bent:l knee_bent:r hands_apart:0.9:2.2 hand_floor:l hand_floor:r"),
        ("imp", "Lie down on your back, bring the soles of your feet together, let your knees drop open like a book and stretch your arms out to the sides.", "lie_back feet_apart:0:0.25 knee_out:l knee_out:r out:l out:r"),
        ("bpf", "Back flat on the mat; knees bent and splayed out; feet touching sole to sole near the groin; arms straight out to the sides along the floor.", "lie_back knee_bent:l knee_bent:r knee_out:l knee_out:r feet_apart:0:0.25 out:l out:r hand_floor:l hand_floor:r"),
        ("prog", "I'm lying on the living-room rug in reclined butterfly, knees flopped open, just breathing.", "lie_back knee_out:l knee_out:r"),
        ("pas", "The body is laid supine, the feet are pressed together sole to sole, the knees are allowed to fall wide apart and the arms are spread out on the floor.", "lie_back feet_apart:0:0.25 knee_out:l knee_out:r hand_floor:l hand_floor:r"),
        ("mc", "She lies back on her mat, draws her heels in until the soles touch, lets both knees sink toward the floor on either side and opens her arms out into a T.", "lie_back feet_apart:0:0.25 knee_out:l knee_out:r out:l out:r"),
        ("num", "Supine, knees flexed to about 50° and each 30-45 cm out beyond its hip, ankles within 10 cm of each other, both upper arms at roughly 90° to the trunk along the floor.", "lie_back knees_deg:25:80 knee_out:l knee_out:r feet_apart:0:0.2 arm_body:l:65:115 arm_body:r:65:115 hand_floor:l hand_floor:r"),
        ("neg", "Her legs aren't stretched out and her feet aren't apart: the knees bend and fall open while the soles stay pressed together, and she lies flat on her back instead of sitting up.", "!legs_straight !knee_straight:l !knee_straight:r knee_out:l knee_out:r feet_apart:0:0.25 lie_back !sit_floor"),
    ]),
    ("figure_four_on_left_leg_prayer_hands", "standing", "standing_figure_four", [
        ("tp", "Balancing on her left foot, a yoga student crosses her right ankle over her left thigh just above the knee, sits her hips back as if into a chair and holds her palms together at her chest.", "foot_on_floor:l !foot_on_floor:r ankle_on_thigh:r knee_bent:l hands_chest hands_together"),
        ("imp", "Shift your weight onto your left leg, cross your right ankle over your left knee, bend the standing knee and sink your hips back with your hands in prayer at your heart.", "foot_on_floor:l !foot_on_floor:r ankle_on_thigh:r knee_bent:l hands_chest"),
        ("bpf", "Left foot flat on the floor, left knee bent; right ankle resting on the left thigh, right knee opened out to the side; palms pressed together in front of the sternum; chest tipped slightly forward.", "foot_on_floor:l knee_bent:l ankle_on_thigh:r knee_out:r hands_chest bend:5:45"),
        ("prog", "My physio has me doing this one at home: standing on my left leg with my right foot crossed on top of my left knee, like a number four.", "foot_on_floor:l !foot_on_floor:r ankle_on_thigh:r"),
        ("pas", "The weight is taken on the bent left leg, the right shin is laid across the left thigh with the knee turned out, and the hands are joined in prayer before the chest.", "foot_on_floor:l !foot_on_floor:r knee_bent:l ankle_on_thigh:r knee_out:r hands_chest"),
        ("mc", "Once he has his balance on the left foot, the runner lifts his right leg, hooks the ankle over his left thigh, pushes his hips back until he feels the stretch in his right glute and brings his hands together at his chest.", "foot_on_floor:l !foot_on_floor:r ankle_on_thigh:r knee_bent:l hands_chest"),
        ("num", "Left knee flexed to roughly 120-130°, right knee folded to about 55° with the right ankle on the left thigh, trunk inclined some 20° forward, wrists together 25 cm in front of the chest.", "knee_deg:l:105:145 knee_deg:r:35:80 ankle_on_thigh:r bend:8:35 hands_chest"),
        ("neg", "Only the left foot is on the floor; the right one doesn't touch down but rests across the left thigh, and the hands aren't hanging, they're pressed together at the chest.", "foot_on_floor:l !foot_on_floor:r ankle_on_thigh:r !down:l !down:r hands_chest"),
    ]),
    ("warrior_two_right_knee_bent_arms_out", "lunging", "warrior_two_right", [
        ("tp", "In the middle of the flow, a yogi holds warrior two: feet wide apart, right knee bent over the right ankle, left leg straight, arms stretched out to the sides at shoulder height and her gaze over the right fingertips.", "feet_wide knee_bent:r knee_over_ankle:r knee_straight:l out:l out:r"),
        ("imp", "Step your feet wide apart, turn your right foot out, bend your right knee until it's stacked over the ankle, keep the left leg straight, reach both arms out level with your shoulders and look past your right hand.", "feet_wide knee_bent:r knee_over_ankle:r knee_straight:l out:l out:r"),
        ("bpf", "Front (right) knee: bent deeply, right over the ankle. Back (left) leg: straight, foot flat. Torso: upright, centred between the legs. Arms: straight out to both sides, parallel to the floor. Head: turned to the right.", "knee_bent:r knee_over_ankle:r knee_straight:l foot_on_floor:l upright out:l out:r arm_straight:l arm_straight:r"),
        ("prog", "The instructor is demonstrating warrior II at the front of the room, her right knee bent deep and both arms spread wide.", "knee_bent:r hands_apart:0.9:2.2"),
        ("pas", "The legs are set wide with the right knee bent and the left leg kept straight, the trunk is held upright between them, and both arms are extended sideways at shoulder level.", "feet_wide knee_bent:r knee_straight:l upright out:l out:r"),
        ("mc", "Turning his head to look out over his right hand, the fencer widens his stance, sinks into his right knee until the thigh is nearly level, keeps the left knee locked and holds both arms out like a T.", "feet_wide knee_bent:r thigh_deg:r:55:100 knee_straight:l out:l out:r"),
        ("num", "Feet 1.0-1.3 m apart, right knee at about 110° directly over the ankle, left knee straighter than 160°, both arms abducted to 90° (±15), trunk within 10° of vertical.", "feet_apart:0.85:1.5 knee_deg:r:90:130 knee_over_ankle:r knee_deg:l:155:180 arm_abd:l:70:110 arm_abd:r:70:110 upright"),
        ("neg", "Not a forward lunge: the feet are spread wide side to side, the left knee does not bend, and the arms are not lowered but held out to the sides.", "!lunge:l !lunge:r feet_wide knee_straight:l !knee_bent:l out:l out:r !down:l !down:r"),
    ]),
    ("supine_twist_knees_right_arms_out", "lying", "supine_twist_right", [
        ("tp", "To unwind after her run, a woman lies on her back with her arms out in a T and lets both bent knees fall over to the right, turning her head to the left.", "lying chest_up knees_dropped:r knee_bent:l knee_bent:r out:l out:r"),
        ("imp", "Lie on your back, hug your knees in, then drop them together over to the right while your arms stay out wide and your shoulders stay down; turn your gaze to the left.", "chest_up knees_dropped:r hands_apart:0.9:2.2"),
        ("bpf", "Shoulders flat on the floor, arms straight out to the sides; knees bent about 90° and stacked, both lying over to the right of the hips; head turned to the left.", "chest_up out:l out:r arm_straight:l arm_straight:r knees_deg:60:120 knees_dropped:r"),
        ("prog", "Someone is doing a lying spinal twist on a yoga mat, knees tipped over to the right side, arms stretched out on the floor.", "lying knees_dropped:r hand_floor:l hand_floor:r"),
        ("pas", "The knees are bent together and lowered to the right, the shoulders are kept on the ground and both arms are laid out sideways, the face turned the other way.", "knees_dropped:r chest_up hand_floor:l hand_floor:r arm_body:l:50:130 arm_body:r:50:130"),
        ("mc", "Lying on the carpet after the workout, he spreads his arms out to the sides, lifts both knees, then lets them roll over to the right until they rest near the floor while his shoulders stay flat.", "lying chest_up out:l out:r knees_dropped:r"),
        ("num", "On the back with both knees flexed to roughly 90° and dropped some 40 cm to the right of the pelvis, both arms at about 90° to the trunk with the elbows straight (over 155°).", "chest_up knees_deg:60:120 knees_dropped:r arm_body:l:65:115 arm_body:r:65:115 elbow_deg:l:150:180 elbow_deg:r:150:180"),
        ("neg", "She isn't lying on her side: her shoulders stay flat with the arms out, and her knees don't fall to the left but lie over to the right.", "!lie_side:l !lie_side:r chest_up out:l out:r knees_dropped:r !knees_dropped:l"),
    ]),
    ("crouch_on_toes_knees_wide_fingertips_down", "squatting", "tiptoe_crouch_fingertips", [
        ("tp", "Waiting for the handover, a relay runner crouches low on the balls of his feet, heels up, knees wide, fingertips resting on the track between his feet.", "squat tiptoe knee_out:l knee_out:r hands_between_feet"),
        ("imp", "Come down into a deep squat on your toes with the heels lifted, let your knees open wide and touch the floor between your feet with your fingertips.", "squat tiptoe knee_out:l knee_out:r hands_between_feet"),
        ("bpf", "Heels: raised, the weight on the balls of the feet. Knees: deeply bent and spread apart. Hips: low, just above the heels. Hands: hanging between the feet, fingertips on the floor.", "tiptoe knees_deg:20:75 knee_out:l knee_out:r hands_between_feet pelvis_h:0.2:0.55"),
        ("prog", "A kid is squatting on his tiptoes by the puddle, knees apart, poking at the mud between his shoes.", "squat tiptoe"),
        ("pas", "The body is lowered into a full crouch on the toes, the heels lifted, the knees spread wide and the fingertips placed on the ground between the feet.", "squat tiptoe knee_out:l knee_out:r hands_between_feet"),
        ("mc", "Before the burpee set begins, she drops into a low crouch, rises onto the balls of her feet, opens her knees and rests her fingertips lightly on the floor between her feet.", "squat tiptoe knee_out:l knee_out:r hands_between_feet"),
        ("num", "Knees bent to 40-55°, pelvis roughly 35-45 cm off the floor, heels raised about 10 cm, trunk tipped some 45° forward, wrists around 15 cm above the floor between the feet.", "knees_deg:25:70 pelvis_h:0.25:0.55 tiptoe bend:30:65 hands_between_feet"),
        ("neg", "Neither heel is down and neither knee touches the ground: she crouches on the balls of her feet with her knees wide and only her fingertips on the floor between them.", "!knee_floor:l !knee_floor:r tiptoe knee_out:l knee_out:r hands_between_feet"),
    ]),
    # --- development base poses, described afresh -------------------------------------------
    ("stand_right_hand_on_head", "standing", "palm_on_crown_right", [
        ("tp", "Squinting at the departures board, a traveller rests his right hand flat on top of his head and lets his left arm hang by his side.", "on_head:r down:l"),
        ("prog", "A man is waiting by the lift doors, upright and motionless, facing straight ahead.", "stand upright"),
        ("bpf", "Right palm: flat on the crown. Right elbow: bent and pointing out sideways. Left arm: loose by the side. Body: upright.", "on_head:r elbow_out:r down:l upright"),
        ("num", "Right elbow bent to about 70° with the palm on the crown, left arm hanging within 20° of vertical, head roughly 1.5-1.7 m above the floor.", "elbow_deg:r:45:100 on_head:r arm_abd:l:0:25 head_h:1.3:1.9"),
        ("neg", "She doesn't raise her left arm at all; only her right hand goes up, and it rests on top of her head.", "!over:l below_shoulder:l on_head:r"),
        ("mc", "Realising his keys are still on the kitchen table, he stops dead, claps his right palm onto the top of his head and lets the other arm drop.", "stand on_head:r down:l"),
    ]),
    ("stand_point_left", "standing", "left_arm_held_forward", [
        ("imp", "Hold your left arm straight out in front of you at shoulder height, as if you were aiming a torch down a dark hallway, and keep your right arm down.", "fwd:l arm_straight:l down:r"),
        ("pas", "The figure is posed standing tall and square to the viewer, weight even, gaze level.", "stand upright"),
        ("tp", "At the school gate, a crossing guard stands with her left arm extended straight ahead to halt the traffic, her right arm at her side.", "stand arm_front:l arm_straight:l down:r"),
        ("bpf", "Left arm: horizontal, straight, reaching forward. Right arm: relaxed at the side. Body: upright, weight on both feet.", "fwd:l arm_straight:l down:r upright feet_down"),
        ("num", "Left arm raised about 90° forward with the elbow at 165° or more, right arm within 20° of hanging, feet under 35 cm apart.", "arm_abd:l:70:110 elbow_deg:l:155:180 arm_abd:r:0:25 feet_close"),
        ("prog", "He's showing the tourists the way to the station, his left arm stretched out in front of him.", "arm_front:l arm_straight:l"),
    ]),
    ("sit_floor_left_leg_long_hands_left_knee", "sitting", "half_straddle_hands_on_left_knee", [
        ("tp", "Cooling down after practice, a girl sits on the grass with her left leg stretched straight ahead, her right foot tucked in against the left thigh and both hands resting on her left knee.", "sit_floor knee_straight:l knee_bent:r hold_knee:l:l hold_knee:r:l"),
        ("imp", "Sit on the mat with your left leg long in front of you, fold your right knee out to the side with the sole against your left thigh, and reach both hands to your left knee.", "sit_floor knee_straight:l knee_bent:r knee_out:r hold_knee:l:l hold_knee:r:l"),
        ("neg", "She isn't sitting with both legs out straight: the right knee is folded in sharply, only the left leg lies long, and her hands aren't in her lap but on her left knee.", "sit_floor !legs_forward knee_bent:r knee_straight:l hold_knee:l:l hold_knee:r:l"),
        ("pas", "The trunk is inclined a little over the outstretched left leg, the right leg is bent with its knee dropped outward, and both palms are set on the left knee.", "bend:10:50 knee_straight:l knee_bent:r knee_out:r hold_knee:l:l hold_knee:r:l"),
        ("num", "Seated, left knee at 165° or more, right knee bent to roughly 30-40°, trunk tipped about 25-30° forward, both wrists within 20 cm of the left knee.", "sit_floor knee_deg:l:160:180 knee_deg:r:15:55 bend:15:45 hold_knee:l:l hold_knee:r:l"),
    ]),
    ("three_legged_dog_right_leg_up", "other", "down_dog_right_leg_lift", [
        ("prog", "At the back of the class a man is wobbling through his three-legged dog, right leg lifted high behind him, hands and left foot on the mat.", "hand_floor:l hand_floor:r foot_on_floor:l !foot_on_floor:r leg_back:r"),
        ("tp", "In an inverted V with her head hanging between her arms, a yogi pushes her palms into the mat, presses her left heel toward the floor and raises her straight right leg toward the ceiling behind her.", "hand_floor:l hand_floor:r head_low foot_on_floor:l leg_back:r knee_straight:r"),
        ("bpf", "Palms: flat on the floor, arms straight. Hips: the highest point. Left foot: on the mat. Right leg: straight, lifted up behind in line with the back.", "hand_floor:l hand_floor:r arm_straight:l arm_straight:r hips_high foot_on_floor:l leg_back:r knee_straight:r"),
        ("mc", "From downward dog the dancer shifts her weight onto her hands and left foot, lifts her right leg straight up behind her and lets her head drop between her arms.", "hand_floor:l hand_floor:r foot_on_floor:l !foot_on_floor:r leg_back:r knee_straight:r head_low"),
        ("imp", "Start in downward-facing dog, keep both hands planted and raise your right leg as high as you can behind you without bending the knee.", "hand_floor:l hand_floor:r leg_back:r knee_straight:r !foot_on_floor:r"),
    ]),
    ("lie_back_hug_left_knee", "lying", "one_knee_to_chest_left", [
        ("tp", "Stretching before bed, a man lies on his back and pulls his left knee in to his chest with both hands, his right leg long on the mattress.", "lie_back knee_to_chest:l hold_knee:l:l hold_knee:r:l knee_straight:r"),
        ("imp", "Lie flat, draw your left knee up toward your chest, wrap both hands around it and keep the right leg stretched along the floor.", "lie_back knee_to_chest:l hold_knee:l:l hold_knee:r:l knee_straight:r"),
        ("neg", "Only the left knee comes up to the chest; the right leg stays flat and straight on the floor, and she is on her back, not curled on her side.", "knee_to_chest:l !knee_to_chest:r knee_straight:r foot_on_floor:r lie_back !lie_side:l !lie_side:r"),
        ("pas", "The left thigh is hugged against the chest with both hands while the right leg lies extended and the back rests on the floor.", "knee_to_chest:l hold_knee:l:l hold_knee:r:l knee_straight:r lie_back"),
        ("num", "Supine, left knee folded to about 50° and pulled over the chest, right knee straight (over 160°), both wrists within 20 cm of the left knee.", "lie_back knee_deg:l:30:75 knee_to_chest:l knee_deg:r:155:180 hold_knee:l:l hold_knee:r:l"),
    ]),
    ("kneel_left_gate_side_bend_right", "kneeling", "gate_side_stretch_right", [
        ("bpf", "Left knee on the mat, thigh upright; right leg straight out to the right with the foot flat; right hand resting on the right knee; left arm arched over the head; body bending to the right.", "knee_floor:l knee_straight:r foot_on_floor:r on_knee:r over:l side_bend:r"),
        ("prog", "She's kneeling on her left knee on the yoga mat, leaning over her straightened right leg with her left arm reaching over her head.", "knee_floor:l knee_straight:r side_bend:r over:l"),
        ("pas", "The left knee is planted, the right leg is stretched out sideways and the trunk is tilted to the right, the left arm being swept over the head.", "knee_floor:l knee_straight:r side_bend:r over:l"),
        ("mc", "Kneeling up on her left knee, the gymnast slides her right leg out to the side until it's straight, rests her right hand on that knee and bends toward it as her left arm arcs overhead.", "knee_floor:l knee_straight:r on_knee:r side_bend:r over:l"),
        ("num", "Left knee on the floor, right knee straight (165° or more) with the right ankle well out to the side, trunk tilted 20-30° to the right, left wrist above the head.", "knee_floor:l knee_deg:r:155:180 leg_out:r side_bend:r:12:40 over:l"),
    ]),
    ("high_plank_on_straight_arms", "other", "straight_arm_plank_hold", [
        ("imp", "Plant your hands under your shoulders, straighten your arms, step your feet back and hold your body in one line on your toes.", "hand_floor:l hand_floor:r wrist_under_shoulder:l wrist_under_shoulder:r arm_straight:l arm_straight:r legs_straight !knee_floor:l !knee_floor:r"),
        ("tp", "In the gym, a woman holds the top of a push-up, arms locked and body straight from shoulders to heels, knees off the mat.", "arm_straight:l arm_straight:r hand_floor:l hand_floor:r legs_straight !knee_floor:l !knee_floor:r"),
        ("mc", "Between rounds, the boxer gets down on the floor, sets his palms shoulder-width apart, pushes up until his elbows are straight and holds still with his legs extended behind him.", "hand_floor:l hand_floor:r arm_straight:l arm_straight:r legs_straight hands_apart:0.2:0.7"),
        ("neg", "His knees aren't on the floor and his elbows aren't bent: he holds himself up on his hands and toes with his body straight, not sagging to the ground.", "!knee_floor:l !knee_floor:r !elbow_bent:l !elbow_bent:r hand_floor:l hand_floor:r legs_straight !lying"),
        ("num", "Hands about 30-45 cm apart under the shoulders, elbows at 160° or more, hips some 35-55 cm off the ground, body line 10-30° above horizontal.", "hands_apart:0.2:0.6 wrist_under_shoulder:l wrist_under_shoulder:r elbow_deg:l:155:180 elbow_deg:r:155:180 pelvis_h:0.3:0.65 chest_lift:5:35"),
    ]),
    ("chair_tiptoe_hands_on_knees", "sitting", "seated_up_on_toes", [
        ("prog", "My grandmother is sitting on the edge of her chair, up on her toes, hands resting on her knees while she waits for the taxi.", "seated tiptoe on_knee:l on_knee:r"),
        ("pas", "The body is seated on a chair with the thighs level, the heels are lifted off the floor and both hands are placed on the knees.", "sit_chair tiptoe on_knee:l on_knee:r"),
        ("mc", "Sitting on the bench before his name is called, the boy rests his hands on his knees, lifts both heels and bounces nervously on his toes.", "seated tiptoe on_knee:l on_knee:r"),
        ("bpf", "Seat on the chair, back upright, thighs horizontal, heels raised so only the balls of the feet touch the floor, hands on the knees.", "sit_chair upright thigh_deg:l:70:110 thigh_deg:r:70:110 tiptoe on_knee:l on_knee:r"),
        ("neg", "She is seated, not standing, and her heels don't touch the floor; her hands stay on her knees instead of in her lap.", "seated !stand tiptoe on_knee:l on_knee:r"),
    ]),
]


# The fifteenth development part: captions written apart from the checker to tune it on more wording.
# (base pose, posture, caption family, captions); the base poses of _dev_o_specs and some earlier
# base poses (ones few captions describe), each with captions of its own.
DEV_O_TABLE = [
    # --- new base poses ---------------------------------------------------------------------
    ("stand_contrapposto_right_leg_right_hand_hip", "standing", "contrapposto_rest", [
        ("tp", "Posing for the life-drawing class, the model stands in a relaxed contrapposto, her weight sunk into her straight right leg, the left knee softly bent, her right hand on her hip and her left arm hanging loose.", "stand weight_on:r knee_straight:r knee_deg:l:110:170 on_hip:r down:l"),
        ("imp", "Shift all your weight onto your right leg and let the left knee relax forward; put your right hand on your hip and let your left arm just hang.", "weight_on:r knee_deg:l:110:170 on_hip:r down:l"),
        ("bpf", "Right leg: straight, taking the weight. Left knee: eased forward, that foot resting lightly on the floor. Right hand: on the hip, elbow pointing out. Left arm: hanging by the side.", "knee_straight:r weight_on:r knee_deg:l:110:170 foot_on_floor:l on_hip:r elbow_out:r down:l"),
        ("prog", "A bored teenager is standing outside the corner shop with her hip cocked, all her weight slumped onto her right leg.", "stand upright weight_on:r"),
        ("pas", "The body's weight is carried by the right leg, the left knee is allowed to bend a little, and the right hand is set on the hip while the left arm hangs.", "weight_on:r knee_deg:l:110:170 on_hip:r down:l"),
        ("mc", "Waiting for the lift, he settles onto his right leg so that his left hip drops and that knee bends slightly, parks his right hand on his hip and lets the other arm dangle.", "stand weight_on:r knee_deg:l:110:170 on_hip:r down:l"),
        ("num", "Right knee locked at 170° or more under the body's weight, left knee eased to about 140°, right elbow bent near 110° with the hand on the hip, left arm within 15° of vertical.", "knee_deg:r:160:180 weight_on:r knee_deg:l:120:160 elbow_deg:r:80:140 on_hip:r arm_abd:l:0:25"),
        ("neg", "Her weight isn't shared evenly between her feet: the right leg takes it all while the left knee bends, and only the right hand rests on a hip; the left arm simply hangs.", "weight_on:r knee_deg:l:100:165 on_hip:r !on_hip:l down:l"),
    ]),
    ("sit_floor_straddle_arms_out", "sitting", "straddle_sit_arms_wide", [
        ("tp", "On the gym mat, a young gymnast sits tall with her straight legs spread wide in a V and both arms stretched out to the sides at shoulder height.", "sit_floor upright legs_straight feet_wide out:l out:r"),
        ("imp", "Sit on the floor and open your straight legs as wide as they comfortably go, lift your chest and hold your arms out to the sides, level with your shoulders.", "sit_floor legs_straight feet_wide upright out:l out:r"),
        ("bpf", "Seat on the floor; legs straight and split wide apart; spine vertical; arms extended sideways at shoulder level with the elbows straight.", "sit_floor legs_straight feet_wide upright out:l out:r arm_straight:l arm_straight:r"),
        ("prog", "The little boy is sitting on the living-room rug with his legs sprawled wide apart, arms stuck out to the sides like an aeroplane.", "sit_floor feet_wide out:l out:r"),
        ("pas", "The legs are opened into a wide V along the floor, the trunk is held vertical above the seat and the arms are kept out horizontally on either side.", "sit_floor feet_wide legs_spread:50:160 upright out:l out:r"),
        ("mc", "Settling into a wide straddle on the mat, the dancer locks both knees, lifts her torso tall, and spreads her arms out sideways at shoulder height, holding the shape for a slow count of eight.", "sit_floor legs_straight upright feet_wide out:l out:r"),
        ("num", "Seated on the floor with the legs about 90° apart and the knees straight (above 160°), the ankles more than a metre apart, the trunk within 15° of vertical and both arms raised about 90° to the sides.", "sit_floor legs_spread:65:115 knees_deg:155:180 feet_apart:1.0:2.0 upright arm_abd:l:70:110 arm_abd:r:70:110"),
        ("neg", "She isn't sitting cross-legged or on a chair: her straight legs stretch out wide on either side, and her arms don't rest on the floor but reach out level with her shoulders.", "!cross_legged !sit_chair sit_floor legs_straight feet_wide !hand_floor:l !hand_floor:r out:l out:r"),
    ]),
    ("squat_right_hand_floor_left_arm_up", "squatting", "deep_squat_one_hand_down", [
        ("tp", "At the bottom of a deep squat, a climber steadies himself with his right hand flat on the floor and reaches his left arm straight up overhead.", "squat hand_floor:r over:l arm_straight:l"),
        ("imp", "Sink into a low squat with your heels down, put your right palm on the floor beside your right foot and stretch your left arm up toward the ceiling.", "squat heels_down hand_floor:r over:l"),
        ("bpf", "Knees: folded deep. Heels: flat on the ground. Right hand: on the floor just outside the right foot. Left arm: straight, pointing up. Hips: low, close to the heels.", "knees_deg:15:70 heels_down feet_down hand_floor:r arm_straight:l over:l pelvis_h:0.15:0.5"),
        ("prog", "A street photographer is crouching low on the pavement for the shot, one hand down on the ground for balance and the other arm raised high.", "squat"),
        ("pas", "The hips are lowered almost to the heels, the right hand is pressed to the floor and the left arm is thrust straight up above the head.", "squat pelvis_h:0.15:0.5 hand_floor:r over:l arm_straight:l"),
        ("mc", "As the beat drops, the breakdancer sinks into a deep crouch, slaps his right palm on the floor, and throws his left arm up above his head.", "squat hand_floor:r over:l"),
        ("num", "Squatting with both knees bent to about 35°, the pelvis some 30 cm off the floor, the right wrist on the floor and the left arm raised about 170° with the elbow straight.", "squat knees_deg:15:60 pelvis_h:0.15:0.5 hand_floor:r arm_abd:l:140:180 arm_straight:l"),
        ("neg", "He isn't standing or kneeling: he crouches low on flat feet with only his right hand touching the ground, and his left arm points at the sky rather than hanging down.", "!stand !kneel2 !knee_floor:l !knee_floor:r squat heels_down hand_floor:r !hand_floor:l over:l !down:l"),
    ]),
    ("superman_prone_arms_legs_lifted", "lying", "superman_hold", [
        ("tp", "In the back-strengthening set, a woman lies on her stomach and lifts both straight arms and both legs off the mat at once, like Superman in flight.", "lie_front prone_limbs_up arm_straight:l arm_straight:r legs_straight past_head:l past_head:r"),
        ("imp", "Lie face down with your arms stretched out beyond your head, then raise your arms, chest and legs off the floor together and hold.", "lie_front past_head:l past_head:r prone_limbs_up"),
        ("bpf", "Belly on the floor; arms straight and reaching forward past the head, hands lifted clear of the ground; legs straight and together, feet hovering in the air; chest slightly raised.", "lie_front arm_straight:l arm_straight:r past_head:l past_head:r !hand_floor:l !hand_floor:r legs_straight feet_close !foot_on_floor:l !foot_on_floor:r chest_lift:0:35"),
        ("prog", "My son is lying on his tummy on the carpet, pretending to fly with his arms and legs up in the air.", "lie_front prone_limbs_up"),
        ("pas", "The body is laid face down on the belly, and the arms and legs are all raised off the ground with the knees kept straight.", "lie_front prone_limbs_up legs_straight"),
        ("mc", "Lying prone on the mat, the swimmer reaches both arms out in front, squeezes his glutes, and lifts his hands and feet clear of the floor.", "lie_front past_head:l past_head:r prone_limbs_up"),
        ("num", "Prone with the pelvis on the floor, the trunk within 30° of horizontal, both feet some 25-40 cm off the ground and the elbows and knees straight (over 160°).", "lie_front pelvis_h:0:0.1 chest_lift:0:30 foot_h:l:0.15:0.5 foot_h:r:0.15:0.5 elbow_deg:l:160:180 elbow_deg:r:160:180 knees_deg:160:180"),
        ("neg", "She's not on her back and not propped on her elbows: she lies flat on her belly with neither her hands nor her feet touching the floor.", "!lie_back !prone_elbows lie_front !hand_floor:l !hand_floor:r !foot_on_floor:l !foot_on_floor:r"),
    ]),
    ("stand_tiptoe_arms_forward", "standing", "tiptoe_reach_ahead", [
        ("tp", "Trying to see over the garden fence, a boy rises onto his toes with both arms stretched straight out in front of him at shoulder height.", "stand tiptoe fwd:l fwd:r arm_straight:l arm_straight:r"),
        ("imp", "Come up onto the balls of your feet, heels high, and reach both arms straight forward level with your shoulders.", "tiptoe fwd:l fwd:r"),
        ("bpf", "Heels off the floor, weight on the balls of the feet, legs straight and together, arms extended forward and parallel at shoulder height.", "tiptoe legs_straight feet_close fwd:l fwd:r arm_straight:l arm_straight:r"),
        ("prog", "A little girl is standing on tiptoe in the garden, reaching out ahead of her as if to catch a soap bubble.", "stand tiptoe"),
        ("pas", "Both heels are lifted off the ground, the body is stretched tall and the arms are held straight out in front at shoulder level.", "tiptoe upright fwd:l fwd:r arm_straight:l arm_straight:r"),
        ("mc", "At the start of the barre exercise, the dancer rises into relevé, keeps her legs straight, and floats both arms forward to shoulder height with the elbows long.", "tiptoe legs_straight fwd:l fwd:r"),
        ("num", "Standing on the balls of the feet, heels lifted, both arms raised about 90° straight in front (elbows over 160°), the hands roughly 45 cm apart and the head some 1.5-1.8 m off the floor.", "stand tiptoe fwd:l fwd:r arm_abd:l:70:110 arm_abd:r:70:110 elbow_deg:l:155:180 elbow_deg:r:155:180 hands_apart:0.25:0.7 head_h:1.3:1.85"),
        ("neg", "His heels don't touch the ground and his arms don't hang by his sides; he stands on his toes with both arms pointing straight ahead.", "stand tiptoe !down:l !down:r fwd:l fwd:r"),
    ]),
    ("hamstring_stretch_right_heel_hands_on_right_thigh", "bending", "standing_hamstring_stretch", [
        ("tp", "After his run, a man stretches his right hamstring: the heel planted a step ahead with the toes pulled up, the left knee bent, his chest hinged forward over the straight right leg and both hands resting on the right thigh.", "foot_ahead:r toes_raised:r knee_straight:r knee_bent:l bend:25:80 on_thigh_of:r:r on_thigh_of:l:r"),
        ("imp", "Step your right foot forward onto the heel and flex the toes up, bend your back knee, then hinge forward from the hips with both hands on your right thigh.", "foot_ahead:r toes_raised:r knee_bent:l bend:20:85 on_thigh_of:r:r on_thigh_of:l:r"),
        ("bpf", "Right leg: straight out in front, heel down, toes lifted. Left leg: knee bent, foot flat, carrying the weight. Torso: tipped forward over the front leg. Hands: stacked on the right thigh.", "knee_straight:r foot_ahead:r toes_raised:r knee_bent:l foot_on_floor:l bend:25:80 on_thigh_of:r:r on_thigh_of:l:r"),
        ("prog", "A hiker is stretching out the back of her right leg at the trailhead, leaning over it with both hands on her thigh.", "bend:20:85 on_thigh_of:r:r on_thigh_of:l:r"),
        ("pas", "The right heel is set down in front with the toes raised, the left knee is bent, and the upper body is lowered forward with both hands braced on the right thigh.", "foot_ahead:r toes_raised:r knee_bent:l bend:25:80 on_thigh_of:r:r on_thigh_of:l:r"),
        ("mc", "Before the match, the referee plants his right heel out ahead of him, sits back into his bent left knee, and folds his chest toward the straight right leg while his hands rest on that thigh.", "foot_ahead:r knee_bent:l knee_straight:r bend:25:80 on_thigh_of:r:r on_thigh_of:l:r"),
        ("num", "Front (right) knee at about 165° with the heel down and the toes up; back (left) knee at roughly 120°; trunk inclined some 50° forward; the ankles 35-65 cm apart.", "knee_deg:r:150:180 toes_raised:r foot_ahead:r knee_deg:l:100:140 bend:35:65 feet_apart:0.25:0.8"),
        ("neg", "Neither knee is on the floor and the right leg doesn't bend; the right foot rests only on its heel, and both hands are on the right thigh, not on the floor.", "!knee_floor:l !knee_floor:r !knee_bent:r knee_straight:r toes_raised:r on_thigh_of:r:r on_thigh_of:l:r !hand_floor:l !hand_floor:r"),
    ]),
    # --- development base poses, described afresh -------------------------------------------
    ("stand_wave_right_hand", "standing", "friendly_wave_right", [
        ("tp", "Across the car park, a woman spots her friend and waves with her right hand up beside her face, her left arm relaxed at her side.", "stand hand_higher:r elbow_bent:r !over:r down:l"),
        ("imp", "Raise your right hand next to your head with the elbow bent and give a wave; keep the left arm loose.", "hand_higher:r elbow_bent:r !over:r !below_shoulder:r below_shoulder:l"),
        ("prog", "An old man is standing at his window, greeting the postman with a friendly wave.", "stand upright"),
        ("num", "Right upper arm lifted some 60-80° from the side, the right elbow bent to roughly 80° so the hand is up beside the head; left elbow straight (150° or more) with that arm hanging.", "arm_abd:r:50:95 elbow_deg:r:55:110 hand_higher:r !below_shoulder:r elbow_deg:l:145:180 down:l"),
        ("neg", "Nobody's hailing a taxi here: the right hand isn't stretched above the head, just raised to ear level with the elbow bent, and the left arm stays down.", "!over:r !below_shoulder:r elbow_bent:r hand_higher:r down:l"),
        ("pas", "The right hand is lifted to head height in a wave, the elbow is bent out to the side, and the left arm is allowed to hang.", "hand_higher:r elbow_bent:r elbow_out:r !below_shoulder:r down:l"),
    ]),
    ("stand_hands_clasped_behind", "standing", "hands_clasped_at_back", [
        ("tp", "A museum guard stands by the doorway with his hands clasped behind his back, quietly watching the visitors.", "stand hands_behind_back"),
        ("imp", "Stand tall, reach both hands round behind you and lace your fingers together at the base of your spine.", "stand upright hands_behind_back"),
        ("bpf", "Hands linked behind the lower back, shoulders drawn back, body upright and still, nothing held in front.", "hands_behind_back upright"),
        ("mc", "While the anthem plays, the young cadet stands motionless with his chin up and one hand gripping the other wrist behind his back.", "stand upright hands_behind_back"),
        ("num", "Upright, the wrists held together (under 20 cm apart) some 15 cm behind the pelvis at about hip height.", "upright hands_apart:0:0.2 hand_behind:l hand_behind:r hands_behind_back"),
    ]),
    ("chair_tiptoe_hands_on_knees", "sitting", "chair_edge_on_toes", [
        ("bpf", "Seat on the front of the chair, thighs level, heels lifted so only the balls of the feet touch down, a hand resting on each knee.", "sit_chair tiptoe on_knee:l on_knee:r"),
        ("prog", "A kid is waiting on the edge of the piano bench with his heels raised off the floor and his hands on his knees.", "sit_chair tiptoe on_knee:l on_knee:r"),
        ("pas", "The seat is taken on the edge of a chair, both heels are lifted from the floor and the palms are rested on the knees.", "sit_chair tiptoe on_knee:l on_knee:r"),
        ("neg", "He isn't standing and his heels aren't on the floor: he sits on the chair's edge on the balls of his feet with his hands on his knees.", "!stand sit_chair tiptoe on_knee:l on_knee:r"),
        ("num", "Sitting on a chair with the knees bent to about 100°, both heels raised a few centimetres and the wrists resting on the kneecaps.", "sit_chair knees_deg:80:120 tiptoe on_knee:l on_knee:r"),
    ]),
    ("kneel_left_gate_side_bend_right", "kneeling", "gate_side_stretch", [
        ("mc", "Kneeling on her left knee, the dancer stretches her right leg out to the side with the foot flat, slides her right hand down onto that knee and arcs her left arm over her head toward the right.", "knee_floor:l knee_straight:r foot_on_floor:r leg_out:r on_knee:r over:l across_up:l"),
        ("imp", "Kneel on your left knee, extend your right leg straight out sideways, rest your right hand on that knee and sweep your left arm up and over to the right.", "knee_floor:l knee_straight:r leg_out:r on_knee:r over:l across_up:l"),
        ("bpf", "Left knee: on the mat. Right leg: straight, out to the right, sole down. Trunk: tilted over to the right. Left arm: curved above the head. Right hand: on the right knee.", "knee_floor:l knee_straight:r leg_out:r foot_on_floor:r side_bend:r over:l on_knee:r"),
        ("neg", "It isn't a lunge and she isn't kneeling on both knees: only the left knee is down, the right leg reaches sideways without bending, and the left arm curves up over her head.", "!lunge:l !lunge:r !kneel2 knee_floor:l !knee_floor:r knee_straight:r leg_out:r over:l"),
        ("prog", "A pilates instructor is kneeling on her left knee with the right leg out to the side, leaning over toward it with one arm arched above her head.", "knee_floor:l leg_out:r side_bend:r"),
    ]),
    ("three_legged_dog_right_leg_up", "other", "one_leg_down_dog", [
        ("tp", "Mid-flow, a yoga teacher holds downward dog on her hands and her left foot, her straight right leg lifted high behind her.", "hand_floor:l hand_floor:r foot_on_floor:l !foot_on_floor:r leg_back:r knee_straight:r"),
        ("imp", "From down dog, press your palms into the mat, keep the left heel reaching down, and raise your right leg straight up behind you.", "hand_floor:l hand_floor:r foot_on_floor:l leg_back:r knee_straight:r"),
        ("pas", "The weight is held on both hands and the left foot, the hips are lifted high above the head, and the right leg is extended up and back in line with the trunk.", "hand_floor:l hand_floor:r foot_on_floor:l hips_high head_low leg_back:r"),
        ("num", "Inverted V with the trunk tipped some 135° from upright, both elbows straight (over 155°), the right foot around 1.2 m in the air and the left knee straight.", "bend:115:155 elbow_deg:l:150:180 elbow_deg:r:150:180 foot_h:r:0.8:1.7 knee_straight:l"),
        ("mc", "Pushing the floor away with both hands, the climber lets his head drop between his arms, keeps his left foot planted, and swings his straight right leg up toward the ceiling.", "hand_floor:l hand_floor:r head_low foot_on_floor:l leg_back:r knee_straight:r"),
    ]),
    ("lie_back_legs_vertical", "lying", "supine_legs_to_sky", [
        ("imp", "Lie on your back with your arms resting along your sides and raise both legs straight up until your feet point at the ceiling.", "lie_back legs_up legs_straight by_hip:l by_hip:r"),
        ("bpf", "Shoulders and hips flat on the floor, both legs lifted vertically and held together, knees straight, arms lying beside the body.", "lie_back legs_up feet_close legs_straight by_hip:l by_hip:r"),
        ("pas", "The legs are lifted straight up from the floor and held upright, while the back and both arms stay flat on the ground.", "lie_back legs_up legs_straight wrists_low"),
        ("neg", "He isn't sitting up and his legs aren't resting on the floor: he lies on his back with both feet straight up in the air.", "!sit_floor lie_back !foot_on_floor:l !foot_on_floor:r legs_up"),
        ("mc", "After the long shift, the nurse lies down on the staffroom floor, swings both legs straight up so they point at the ceiling, and lets her arms rest on the floor beside her.", "lie_back legs_up legs_straight wrists_low"),
    ]),
    ("side_bend_right", "bending", "sideways_lean_right", [
        ("tp", "Waiting for the whistle, a footballer leans his upper body over to the right, his left arm arching above his head and his right arm hanging down.", "side_bend:r over:l down:r"),
        ("imp", "Keep both feet planted, sweep your left arm up and over your head and bend your trunk sideways to the right.", "feet_down over:l side_bend:r"),
        ("prog", "She's stretching her left side at the bus stop, curving her body to the right with her left hand reaching over the top of her head.", "side_bend:r over:l"),
        ("pas", "The trunk is tipped over to the right, the left arm is raised up and across above the head, and the right arm is let hang.", "side_bend:r over:l across_up:l below_shoulder:r"),
        ("num", "Standing side bend of about 25° toward the right, the left arm lifted some 125° from the side with the wrist above and to the right of the head, legs straight.", "side_bend:r:12:40 arm_abd:l:105:150 across_up:l legs_straight"),
        ("neg", "He doesn't lean forward or to the left: his torso curves to the right, the left arm reaching over his head while the right one stays down.", "!bend:25:120 !side_bend:l side_bend:r over:l below_shoulder:r"),
    ]),
    ("runners_lunge_left_hands_on_floor", "lunging", "low_sprint_lunge", [
        ("tp", "Between intervals, a cyclist drops into a deep lunge with her left foot forward, her straight right leg stretched back and both hands on the ground beside the front foot.", "foot_front:l knee_bent:l knee_straight:r hand_floor:l hand_floor:r"),
        ("mc", "To loosen her right hip, the runner steps her left foot up between her hands, bends that knee deeply, and lets the right leg stretch long behind her with the knee held off the floor.", "foot_front:l knee_bent:l knee_straight:r !knee_floor:r hand_floor:l hand_floor:r"),
        ("bpf", "Left foot flat well in front, left knee bent to about a right angle, right leg extended back with the knee lifted, chest low over the front thigh, fingertips on the floor.", "foot_on_floor:l foot_front:l knee_deg:l:65:115 knee_straight:r !knee_floor:r bend:55:105 hand_floor:l hand_floor:r"),
        ("prog", "He's stretching out his right hip flexor on the track, left foot forward in a deep lunge and both hands down on the ground.", "foot_front:l knee_bent:l hand_floor:l hand_floor:r"),
        ("neg", "The back knee doesn't touch the ground and the front knee isn't straight: the left leg bends deeply up front, the right leg stays long behind, and the hands rest on the floor.", "!knee_floor:r knee_bent:l !knee_straight:l knee_straight:r hand_floor:l hand_floor:r foot_front:l"),
    ]),
]


# The sixteenth development part: captions written apart from the checker to tune it on more wording.
# (base pose, posture, caption family, captions); the base poses of _dev_p_specs and some earlier
# base poses (ones few captions describe), each with captions of its own.
DEV_P_TABLE = [
    # --- new base poses ---------------------------------------------------------------------
    ("bird_dog_right_arm_forward_left_leg_back", "other", "bird_dog_right_arm_left_leg", [
        ("tp", "Halfway through her core routine, a woman balances on her left hand and right knee, reaching her right arm straight out in front and stretching her left leg straight back, both level with her back.", "hand_floor:l knee_floor:r !hand_floor:r !knee_floor:l fwd:r leg_back:l knee_straight:l thigh_deg:l:65:115"),
        ("imp", "Start on all fours, then reach your right arm forward and your left leg back until both are straight and in line with your spine; keep your left palm and right knee on the mat.", "fwd:r arm_straight:r leg_back:l knee_straight:l thigh_deg:l:65:115 hand_floor:l knee_floor:r"),
        ("bpf", "Left palm: flat on the floor under the shoulder, arm straight. Right knee: down, with the shin along the mat. Right arm: reaching ahead at shoulder height. Left leg: straight back at hip height. Back: flat, parallel to the floor.", "hand_floor:l wrist_under_shoulder:l arm_straight:l knee_floor:r foot_on_floor:r fwd:r leg_back:l thigh_deg:l:65:115 bend:55:105"),
        ("prog", "My physio has me doing bird-dogs on the lounge rug, right arm out front and left leg kicked back, and I'm trying hard not to wobble.", "fwd:r leg_back:l hand_floor:l knee_floor:r"),
        ("pas", "The body is supported on the left hand and the right knee, while the right arm is held out straight ahead and the left leg is extended behind, both at the height of the back.", "hand_floor:l knee_floor:r !hand_floor:r !knee_floor:l fwd:r arm_straight:r leg_back:l knee_straight:l thigh_deg:l:65:115"),
        ("mc", "Once she has steadied herself on hands and knees, the pilates student lifts her right hand off the mat and points it forward, then slides her left foot back and raises that leg until it is level with her hips.", "fwd:r !hand_floor:r hand_floor:l knee_floor:r leg_back:l thigh_deg:l:65:115"),
        ("num", "Trunk pitched about 70-80° from upright; right shoulder flexed to roughly 90° with the elbow straight; left thigh near horizontal (80-100° from vertical) with the knee over 165°; right knee bent to about 90° on the floor.", "bend:60:100 arm_abd:r:70:115 elbow_deg:r:155:180 thigh_deg:l:70:110 knee_deg:l:155:180 knee_deg:r:65:115 knee_floor:r"),
        ("neg", "She isn't on all fours: her right hand and her left knee don't touch the mat, because the right arm reaches forward and the left leg stretches out behind without bending.", "!all_fours !hand_floor:r !knee_floor:l fwd:r leg_back:l knee_straight:l"),
    ]),
    ("lie_back_knees_bent_hands_on_belly", "lying", "hook_lying_hands_on_belly", [
        ("tp", "Resting between sets, a man lies on his back with both knees bent and his feet flat on the floor, his hands folded on his belly.", "lie_back knee_raised:l knee_raised:r feet_down on_belly:l on_belly:r"),
        ("imp", "Lie down on your back, bend your knees so your feet are flat on the floor about hip-width apart, and rest both hands on your stomach to feel it rise and fall.", "lie_back knee_raised:l knee_raised:r feet_down feet_close on_belly:l on_belly:r"),
        ("bpf", "Back and head on the floor; knees pointing at the ceiling; soles flat on the ground; both palms resting on the belly with the elbows bent and out at the sides.", "lie_back knee_raised:l knee_raised:r feet_down on_belly:l on_belly:r elbow_bent:l elbow_bent:r"),
        ("prog", "I'm lying on the bedroom floor with my knees up and my hands on my tummy, doing the breathing exercise from the app.", "lie_back knee_raised:l knee_raised:r on_belly:l on_belly:r"),
        ("pas", "The body is laid on its back, the knees are drawn up with the soles set on the floor, and the hands are placed side by side on the abdomen.", "lie_back knee_raised:l knee_raised:r feet_down on_belly:l on_belly:r"),
        ("mc", "After the long drive, she stretches out on the living-room carpet, pulls her heels in toward her seat until her knees point up, and lays both hands across her stomach while she breathes slowly.", "lie_back knee_raised:l knee_raised:r on_belly:l on_belly:r"),
        ("num", "Supine with both knees flexed to about 70° and raised some 35-45 cm off the floor, the feet flat roughly 25 cm apart, the elbows bent near 90° with the wrists on the belly.", "lie_back knees_deg:45:100 knee_raised:l knee_raised:r feet_down feet_apart:0.1:0.45 elbow_deg:l:55:125 elbow_deg:r:55:125 on_belly:l on_belly:r"),
        ("neg", "He isn't lying with his legs flat and his arms aren't out to the sides: the knees are bent up, the feet stay on the floor and both hands rest on his belly.", "lie_back !legs_straight knee_raised:l knee_raised:r feet_down !out:l !out:r on_belly:l on_belly:r"),
    ]),
    ("chair_right_ankle_on_left_knee_hands_on_shin", "sitting", "seated_ankle_over_knee", [
        ("tp", "Waiting for his coffee, a man sits on a café chair with his right ankle resting across his left knee, his right hand on the raised shin and his left hand holding the ankle.", "perched foot_on_floor:l !foot_on_floor:r ankle_on_thigh:r on_shin:r:r holds_ankle:l:r"),
        ("imp", "Sit on the chair, cross your right ankle over your left knee so the right knee opens out to the side, and rest both hands on your right shin.", "perched foot_on_floor:l ankle_on_thigh:r knee_out:r on_shin:l:r on_shin:r:r"),
        ("bpf", "Left foot flat on the floor; right ankle laid over the left knee, right knee dropped out to the side; both hands on the right shin; back upright against the chair.", "foot_on_floor:l !foot_on_floor:r ankle_on_thigh:r knee_out:r on_shin:l:r on_shin:r:r upright perched"),
        ("prog", "My dad's sitting at the kitchen table with his right ankle propped on his left knee and both hands on that shin, reading the football scores.", "perched ankle_on_thigh:r on_shin:l:r on_shin:r:r"),
        ("pas", "The right ankle is crossed over the left knee, the right knee is let fall outward, and both hands are rested on the raised shin while the person stays seated upright.", "ankle_on_thigh:r knee_out:r on_shin:l:r on_shin:r:r perched upright"),
        ("mc", "Settling into the armchair for the interview, she plants her left foot, lifts her right leg to lay the ankle across her left knee, and loosely holds her right shin with both hands.", "perched foot_on_floor:l !foot_on_floor:r ankle_on_thigh:r on_shin:l:r on_shin:r:r"),
        ("num", "Seated with the thighs about level, the left knee at roughly 90° over a flat foot, the right knee folded to some 60° with the right ankle 5-15 cm above the left knee, both wrists within 20 cm of the right shin.", "perched knee_deg:l:70:115 foot_on_floor:l knee_deg:r:40:85 ankle_on_thigh:r on_shin:l:r on_shin:r:r"),
        ("neg", "He isn't sitting with both feet on the floor: only the left one is down, the right ankle rests on his left knee, and his hands aren't in his lap but on the right shin.", "!feet_down foot_on_floor:l !foot_on_floor:r ankle_on_thigh:r on_shin:l:r on_shin:r:r"),
    ]),
    ("triangle_right_hand_on_shin_left_arm_up", "bending", "triangle_pose_right", [
        ("tp", "On the studio floor, a yoga teacher holds triangle pose: feet wide, both legs straight, her trunk tipped far over to the right with her right hand on her right shin and her left arm reaching straight up to the ceiling.", "feet_wide legs_straight side_bend:r:40:80 on_shin:r:r over:l arm_straight:l"),
        ("imp", "Step your feet about a leg's length apart, keep both knees straight, reach out over your right leg and lower your right hand to your shin, then stretch your left arm straight up.", "feet_wide legs_straight on_shin:r:r side_bend:r:30:85 over:l arm_straight:l"),
        ("bpf", "Legs: wide apart, both straight. Trunk: tilted far over the right leg. Right hand: resting on the right shin. Left arm: pointing straight up, in line with the right arm.", "feet_wide legs_straight side_bend:r:40:85 on_shin:r:r over:l arm_straight:l arm_abd:l:145:180"),
        ("prog", "A dancer is stretching in the wings, legs spread wide and body leaning far to the right, one hand down on her shin and the other up in the air.", "feet_wide side_bend:r:30:85"),
        ("pas", "The feet are set wide apart with the knees kept straight, the upper body is lowered sideways toward the right leg, the right hand is placed on the shin and the left arm is raised vertically.", "feet_wide legs_straight side_bend:r:40:85 on_shin:r:r arm_abd:l:145:180 over:l"),
        ("mc", "Stepping her feet wide on the beach, the surfer straightens both legs, slides her right hand down her right leg until it rests on the shin, and sends her left arm up toward the sky so that her arms form one line.", "feet_wide legs_straight on_shin:r:r over:l arm_straight:l side_bend:r:30:85"),
        ("num", "Ankles about 1.0-1.3 m apart, both knees straighter than 160°, trunk side-bent some 55-65° to the right, right wrist on the shin just below the knee, left upper arm raised about 170-180° from the side.", "feet_apart:0.85:1.5 knees_deg:155:180 side_bend:r:45:75 on_shin:r:r arm_abd:l:150:180"),
        ("neg", "She isn't bending forward and her knees don't bend: the feet stay wide and flat, the body tips over to the right, the right hand rests on the shin and the left arm points up, not down.", "!bend:30:120 legs_straight !knee_bent:l !knee_bent:r feet_wide feet_down side_bend:r:30:85 on_shin:r:r !down:l over:l"),
    ]),
    ("stand_goal_post_arms", "standing", "goal_post_arms", [
        ("tp", "Caught in the torchlight, the burglar freezes with both hands up: upper arms level with his shoulders, elbows bent at right angles, forearms pointing at the ceiling.", "arm_abd:l:65:115 arm_abd:r:65:115 elbow_deg:l:60:120 elbow_deg:r:60:120 forearm_up:l forearm_up:r"),
        ("imp", "Stand tall and lift your arms out to the sides to shoulder height, then bend your elbows so your forearms point straight up, like a goal post.", "stand upright elbow_out:l elbow_out:r arm_abd:l:65:115 arm_abd:r:65:115 forearm_up:l forearm_up:r elbow_deg:l:55:125 elbow_deg:r:55:125"),
        ("bpf", "Upper arms: out to the sides, parallel to the floor. Elbows: bent to 90°. Forearms: vertical, palms facing forward. Legs: straight, feet together under the hips.", "arm_abd:l:65:115 arm_abd:r:65:115 elbow_out:l elbow_out:r elbow_deg:l:60:120 elbow_deg:r:60:120 forearm_up:l forearm_up:r legs_straight feet_close"),
        ("prog", "A fitness coach is standing at the front of the class showing the cactus-arms stretch, elbows bent and hands up beside her head.", "stand elbow_bent:l elbow_bent:r forearm_up:l forearm_up:r"),
        ("pas", "Both arms are raised sideways to shoulder level and bent at the elbows so that the hands point up, while the body is kept upright on straight legs.", "arm_abd:l:65:115 arm_abd:r:65:115 elbow_out:l elbow_out:r forearm_up:l forearm_up:r upright legs_straight"),
        ("mc", "When the referee blows the whistle, the defender stops, shows both palms, and holds his arms up with the elbows out wide and bent so everyone can see he didn't touch anyone.", "stand elbow_out:l elbow_out:r elbow_bent:l elbow_bent:r forearm_up:l forearm_up:r"),
        ("num", "Both upper arms abducted to about 90° (80-100) with the elbows flexed to roughly 90°, the wrists some 20-30 cm above the elbows and about 0.9-1.1 m apart; knees straight.", "arm_abd:l:70:110 arm_abd:r:70:110 elbow_deg:l:60:120 elbow_deg:r:60:120 forearm_up:l forearm_up:r hands_apart:0.7:1.3 legs_straight"),
        ("neg", "Neither arm hangs down and neither is stretched straight; each upper arm sticks out level to the side with the forearm bent up at the elbow.", "!down:l !down:r !arm_straight:l !arm_straight:r arm_abd:l:65:115 arm_abd:r:65:115 forearm_up:l forearm_up:r elbow_out:l elbow_out:r"),
    ]),
    ("reverse_table_top_hips_lifted", "other", "reverse_tabletop", [
        ("tp", "In the kids' yoga class, a girl makes a table with her body: belly up, hands on the floor under her shoulders, feet flat and hips lifted so she is level from her knees to her shoulders.", "belly_up hand_floor:l hand_floor:r wrist_under_shoulder:l wrist_under_shoulder:r feet_down thigh_deg:l:65:115 thigh_deg:r:65:115 chest_lift:-5:25 !lying"),
        ("imp", "Sit with your knees bent and your hands on the floor behind you, fingers toward your feet, then press up until your hips are level with your knees and your arms are straight.", "belly_up hand_floor:l hand_floor:r arm_straight:l arm_straight:r feet_down thigh_deg:l:65:115 thigh_deg:r:65:115 pelvis_h:0.3:0.75"),
        ("bpf", "Palms: on the floor beneath the shoulders, arms locked. Feet: flat, right under the knees. Hips: raised to knee height. Chest: facing the ceiling.", "hand_floor:l hand_floor:r wrist_under_shoulder:l wrist_under_shoulder:r arm_straight:l arm_straight:r feet_down knee_over_ankle:l knee_over_ankle:r belly_up thigh_deg:l:65:115 thigh_deg:r:65:115"),
        ("prog", "My nephew is doing the crab on the lawn, tummy up to the sky and hips held high, with his hands and feet on the grass.", "belly_up hand_floor:l hand_floor:r feet_down !lying pelvis_h:0.3:0.8"),
        ("pas", "The body is held up on straight arms and flat feet with the front turned to the ceiling, the hips raised level with the knees and the shins vertical.", "arm_straight:l arm_straight:r hand_floor:l hand_floor:r feet_down belly_up thigh_deg:l:65:115 thigh_deg:r:65:115 knee_over_ankle:l knee_over_ankle:r"),
        ("mc", "After the seated stretches, the trainer plants her hands on the mat behind her, bends her knees with the soles down, and lifts her pelvis until her thighs and trunk make a flat table top.", "hand_floor:l hand_floor:r feet_down belly_up thigh_deg:l:65:115 thigh_deg:r:65:115 chest_lift:-5:25 pelvis_h:0.3:0.75"),
        ("num", "Hands and feet on the floor with the belly up; elbows straight (over 165°), knees bent to about 90° (75-105), pelvis some 40-55 cm off the floor and the trunk within 15° of horizontal.", "hand_floor:l hand_floor:r feet_down belly_up elbow_deg:l:160:180 elbow_deg:r:160:180 knees_deg:70:110 pelvis_h:0.3:0.65 chest_lift:-10:25"),
        ("neg", "She isn't lying on her back and she isn't sitting on the floor: only her hands and feet touch the ground, her hips are held up and her front faces the ceiling.", "!lying !lie_back !sit_floor hand_floor:l hand_floor:r feet_down belly_up pelvis_h:0.3:0.75"),
    ]),
    # --- development base poses, described afresh -------------------------------------------
    ("stand_left_weight_right_toes_behind", "standing", "resting_on_left_leg", [
        ("neg", "His right heel isn't on the ground and his right knee isn't straight; all his weight sits on the locked left leg.", "heel_up:r !knee_straight:r knee_straight:l foot_on_floor:l"),
        ("num", "Left knee at 170° or more under the body, right knee eased to about 130-140°, the right heel raised with the ball of that foot set down some 30-45 cm behind the left toes.", "knee_deg:l:160:180 knee_deg:r:110:155 heel_up:r toes_behind:r"),
        ("prog", "Someone is killing time at the counter, resting on the left leg with the right foot propped on its toes behind.", "stand toes_behind:r knee_straight:l"),
        ("pas", "The body is propped on the straight left leg while the bent right leg is unweighted, its heel lifted and its toes set down behind.", "stand knee_straight:l toes_behind:r"),
        ("mc", "While the kettle boils, she props herself on her straight left leg, lets her right knee bend and rests only the toes of that foot on the floor behind her.", "knee_straight:l toes_behind:r foot_on_floor:l"),
    ]),
    ("stand_right_hand_shading_eyes", "standing", "hand_over_brow_right", [
        ("tp", "On the ferry deck, a tourist stands upright and squints toward the island, shielding her eyes from the glare.", "stand upright"),
        ("imp", "Raise your right hand to your forehead like a visor, keep the elbow bent and your left arm loose, and squint at the horizon.", "shade_eyes:r elbow_bent:r down:l"),
        ("num", "Right elbow bent to an angle of about 70°, the right wrist a few centimetres in front of the brow; left arm straight down (within 20° of vertical); trunk upright.", "elbow_deg:r:50:100 shade_eyes:r arm_abd:l:0:25 upright"),
        ("bpf", "Right palm flat above the eyebrows, right elbow bent; left arm hanging straight; body upright, weight on both feet.", "shade_eyes:r elbow_bent:r down:l upright feet_down"),
        ("neg", "She doesn't lift both hands; only the right one comes up, to shade her eyes, and the left arm doesn't leave her side.", "shade_eyes:r down:l !over:l"),
    ]),
    ("fold_hands_clasped_behind_raised", "bending", "forward_fold_hands_laced_behind", [
        ("tp", "Cooling down after the barre class, a ballerina folds forward over her straight legs, her fingers laced behind her back and her straight arms lifted up toward the ceiling.", "bend:70:120 legs_straight hands_together arm_straight:l arm_straight:r"),
        ("imp", "Interlace your fingers behind you, straighten your elbows, then fold forward from the hips with your knees straight and let your arms drop over toward your head.", "hands_together arm_straight:l arm_straight:r bend:70:120 legs_straight"),
        ("mc", "Before the race, the swimmer clasps her hands behind her back, locks her knees and bends forward until her chest is close to her thighs, lifting her joined hands as high as her shoulders allow.", "hands_together legs_straight bend:70:120 !hand_floor:l !hand_floor:r"),
        ("prog", "My brother is folding forward in the hallway with his hands locked behind his back, trying to open up his shoulders.", "bend:45:120 hands_together"),
        ("num", "Hips flexed so the trunk hangs some 85-100° from vertical, knees at 170° or more, hands joined behind with the elbows straight (over 160°) and the wrists well above the head.", "bend:75:115 knees_deg:160:180 hands_together elbow_deg:l:150:180 elbow_deg:r:150:180 over:l over:r"),
        ("pas", "The trunk is folded down in front of straight legs, the fingers are interlaced behind the back, and the straight arms are lifted away from the spine toward the ceiling.", "bend:70:120 legs_straight hands_together arm_straight:l arm_straight:r"),
    ]),
    ("stand_left_arm_up_right_out", "standing", "signpost_left_up_right_out", [
        ("tp", "On the parade ground, a drill instructor stands with his left arm thrust straight up and his right arm held out level to the right, like a railway signal.", "stand over:l arm_straight:l out:r"),
        ("neg", "Her arms aren't doing the same thing: the left one doesn't stop at shoulder height but goes straight up, while the right one stays out to the side at shoulder level, not above it.", "over:l !out:l out:r !over:r"),
        ("bpf", "Left arm: vertical, the hand high above the head. Right arm: horizontal, straight out to the right. Legs: straight, feet together.", "over:l arm_abd:l:145:180 out:r legs_straight feet_close"),
        ("prog", "A kid is standing on the beach doing semaphore, left arm straight up in the air and right arm stuck out sideways.", "stand over:l out:r"),
        ("mc", "To wave the traffic round the roadworks, the steward plants her feet, raises her left arm straight up above her head and swings her right arm out to the side at shoulder height.", "stand feet_down over:l arm_straight:l out:r"),
    ]),
    ("child_pose_arms_forward", "kneeling", "resting_childs_pose", [
        ("imp", "Kneel, sit your hips back onto your heels, fold forward and stretch both arms out along the floor in front of your head.", "knee_floor:l knee_floor:r pelvis_h:0.1:0.4 bend:60:120 hand_floor:l hand_floor:r past_head:l past_head:r"),
        ("num", "Seat some 15-25 cm above the floor over the heels, trunk folded 75-95° forward, the head lower than the hips, both elbows over 155° with the wrists on the floor beyond the head.", "pelvis_h:0.1:0.35 bend:65:105 head_low elbow_deg:l:150:180 elbow_deg:r:150:180 hand_floor:l hand_floor:r past_head:l past_head:r"),
        ("pas", "The knees are folded under the body, the hips are sunk back toward the heels and the arms are laid out straight in front along the mat.", "knee_floor:l knee_floor:r pelvis_h:0.1:0.4 arm_straight:l arm_straight:r hand_floor:l hand_floor:r"),
        ("neg", "She isn't up on her hands and knees: her seat sinks back toward her heels, her head hangs near the mat and her arms reach forward along the floor.", "!all_fours pelvis_h:0.1:0.4 head_low hand_floor:l hand_floor:r past_head:l past_head:r"),
        ("mc", "After the last sprint, the rugby player drops to his knees, sinks back onto his heels and folds forward until his chest is on his thighs, his arms stretched out ahead on the grass.", "knee_floor:l knee_floor:r pelvis_h:0.1:0.4 bend:60:120 hand_floor:l hand_floor:r past_head:l past_head:r"),
    ]),
    ("calf_stretch_left_foot_forward_arms_forward", "lunging", "wall_push_calf_stretch", [
        ("tp", "Before her run, a woman stretches her right calf against an imagined wall: left foot forward with the knee bent, right leg straight behind with the heel pressed down, both arms straight out in front at shoulder height.", "foot_front:l knee_bent:l knee_straight:r heels_down fwd:l fwd:r"),
        ("imp", "Hold both palms out in front of you at shoulder height, step your right foot a long way back, keep that leg straight with the heel on the floor and bend your left knee.", "fwd:l fwd:r knee_straight:r heels_down knee_bent:l foot_ahead:l"),
        ("bpf", "Front (left) knee bent, back (right) leg long with the heel grounded, hips square, arms reaching forward level with the shoulders, trunk inclined slightly forward.", "knee_bent:l knee_straight:r heels_down fwd:l fwd:r bend:3:35 foot_ahead:l"),
        ("prog", "A man is leaning into the lamp post with both hands, left foot forward and right heel flat, stretching out his right calf.", "foot_ahead:l heels_down knee_straight:r arm_front:l arm_front:r"),
        ("neg", "Neither heel leaves the floor and the back knee doesn't bend; the left knee bends over the front foot, and the arms aren't hanging but reaching forward.", "heels_down knee_straight:r !knee_bent:r knee_bent:l !down:l !down:r fwd:l fwd:r"),
        ("num", "Left ankle 0.7-1.0 m ahead of the right, left knee at about 120° (100-140), right knee over 165°, both heels on the floor, arms raised about 90° forward.", "foot_ahead:l feet_apart:0.6:1.2 knee_deg:l:100:145 knee_deg:r:155:180 heels_down arm_abd:l:70:110 arm_abd:r:70:110"),
    ]),
    ("lie_front_left_arm_long_right_leg_lifted", "lying", "prone_left_reach_right_leg_lift", [
        ("tp", "Face down on the mat, a swimmer reaches her left arm along the floor beyond her head and raises her straight right leg a little off the ground, her right arm resting by her hip.", "lie_front past_head:l leg_back:r knee_straight:r !foot_on_floor:r by_hip:r"),
        ("imp", "Lie on your belly, slide your left arm forward past your head, leave the right arm beside you and lift your right leg with the knee locked.", "lie_front past_head:l by_hip:r !foot_on_floor:r knee_straight:r"),
        ("bpf", "Chest and hips on the floor; left arm straight, reaching ahead beyond the head; right arm along the side; right leg straight and raised off the ground; left knee down.", "lie_front past_head:l arm_straight:l by_hip:r !foot_on_floor:r knee_straight:r knee_floor:l"),
        ("pas", "The body is laid face down, the left arm is extended past the head along the floor and the right leg is lifted behind with the knee kept straight.", "lie_front past_head:l leg_back:r knee_straight:r !foot_on_floor:r"),
        ("prog", "I'm lying on my stomach doing the opposite arm and leg drill, left arm out in front and right leg up.", "lie_front past_head:l !foot_on_floor:r"),
    ]),
    ("crouch_on_toes_knees_wide_fingertips_down", "squatting", "low_crouch_on_balls_of_feet", [
        ("tp", "At the start of the frog-jump race, a boy crouches on the balls of his feet with his knees spread wide and his fingertips on the ground between his shoes.", "squat tiptoe knee_out:l knee_out:r hands_between_feet"),
        ("bpf", "Heels lifted, knees wide and deeply folded, hips hovering low, trunk tipped forward, both hands dangling down between the feet to the floor.", "tiptoe knees_deg:20:75 knee_out:l knee_out:r bend:25:70 hands_between_feet"),
        ("neg", "He isn't kneeling and isn't sitting: his knees stay off the ground, his heels are up, and his hands reach down between his feet rather than resting on his knees.", "!kneel2 !knee_floor:l !knee_floor:r !sit_floor tiptoe hands_between_feet !on_knee:l !on_knee:r"),
        ("pas", "The body is folded into a low crouch on the toes, the knees are held apart and the hands are let fall to the floor between the feet.", "squat tiptoe knee_out:l knee_out:r hands_between_feet"),
        ("mc", "Before the whistle, the kid squats down on his tiptoes, spreads his knees apart and leans forward to rest his fingertips on the ground between his trainers.", "squat tiptoe knee_out:l knee_out:r hands_between_feet"),
    ]),
]



# The seventeenth development part: captions written apart from the checker to tune it on more
# wording. (base pose, posture, caption family, captions); the base poses of _dev_q_specs and some
# earlier base poses (ones few captions describe), each with captions of its own.
DEV_Q_TABLE = [
    # --- new base poses ---------------------------------------------------------------------
    ("reverse_tabletop_belly_up_knees_bent", "other", "reverse_tabletop", [
        ("tp", "Halfway through the kids' yoga class, a girl flips over into a reverse tabletop: hands and feet planted on the mat, tummy facing the ceiling, knees bent at right angles and her body flat as a table.", "belly_up_lifted hand_floor:l hand_floor:r feet_down knees_deg:65:115 chest_lift:-20:25"),
        ("imp", "Sit with your feet flat and your hands on the floor behind you, then press up until your hips are level with your shoulders, knees bent at ninety degrees and belly facing up.", "belly_up_lifted hand_floor:l hand_floor:r feet_down knees_deg:65:115 chest_lift:-20:25"),
        ("bpf", "Palms on the floor right under the shoulders, arms straight; soles flat, shins vertical, knees bent square; hips lifted level with the chest; front of the body turned to the ceiling.", "hand_floor:l hand_floor:r wrist_under_shoulder:l wrist_under_shoulder:r arm_straight:l arm_straight:r feet_down knee_over_ankle:l knee_over_ankle:r knees_deg:65:115 chest_lift:-20:25 belly_up_lifted"),
        ("prog", "The personal trainer is holding a tabletop with her tummy to the sky, hips pushed up level, palms and soles pressing into the floor.", "belly_up_lifted hand_floor:l hand_floor:r feet_down chest_lift:-20:25"),
        ("pas", "The hips are raised until the trunk is level, the weight is carried on the hands and the flat feet, and the knees are held bent at about a right angle with the chest turned upward.", "chest_lift:-20:25 hand_floor:l hand_floor:r feet_down knees_deg:65:115 belly_up_lifted"),
        ("mc", "From sitting, the climber places his hands behind his hips, plants both feet, and lifts his seat until his thighs and torso make one flat line with his face toward the ceiling.", "hand_floor:l hand_floor:r feet_down thigh_deg:l:60:120 thigh_deg:r:60:120 chest_lift:-20:25 belly_up_lifted"),
        ("num", "Belly up, wrists directly below the shoulders with the elbows straight (170° or more), knees at 90° (±10) over the ankles, hips some 45-55 cm off the floor and the trunk within 10° of level.", "belly_up_lifted wrist_under_shoulder:l wrist_under_shoulder:r elbow_deg:l:155:180 elbow_deg:r:155:180 knees_deg:70:115 knee_over_ankle:l knee_over_ankle:r pelvis_h:0.35:0.7 chest_lift:-20:20"),
        ("neg", "She isn't lying on her back or sitting on the floor: only her hands and feet touch the ground, her hips are lifted level with her shoulders and her belly faces up.", "!lie_back !sit_floor !knee_floor:l !knee_floor:r hand_floor:l hand_floor:r feet_down belly_up_lifted chest_lift:-20:25"),
    ]),
    ("skater_squat_left_leg_right_leg_crossed_behind", "squatting", "skater_single_leg_squat", [
        ("tp", "Mimicking a speed skater, a woman sinks into a deep squat on her left leg, sweeps her right leg back behind it without touching down, and swings her right arm forward and her left arm back.", "foot_on_floor:l !foot_on_floor:r knee_bent:l crossed_behind:r arm_front:r arm_behind:l"),
        ("imp", "Balance on your left foot, bend that knee deeply and sit back, reach your right foot behind your left heel without letting it touch the floor, and swing your right arm forward, left arm back.", "foot_on_floor:l !foot_on_floor:r knee_bent:l crossed_behind:r arm_front:r arm_behind:l"),
        ("bpf", "Left leg: bent to roughly a right angle, foot flat, carrying all the weight. Right leg: crossed behind the left and hovering off the floor. Trunk: tipped forward. Right arm: forward. Left arm: back past the hip.", "foot_on_floor:l knee_deg:l:65:125 crossed_behind:r !foot_on_floor:r bend:5:55 arm_front:r arm_behind:l hand_behind:l"),
        ("prog", "The hockey player is doing skater squats on his left leg in the gym, the other foot floating behind him.", "foot_on_floor:l !foot_on_floor:r knee_bent:l foot_ahead:l"),
        ("pas", "All the weight is taken on the bent left leg, the right foot is lifted and tucked behind it, and the arms are swung in opposition, the right one forward and the left one back.", "foot_on_floor:l !foot_on_floor:r knee_bent:l crossed_behind:r arm_front:r arm_behind:l"),
        ("mc", "Dropping into a curtsy-style squat on her left leg, the skier keeps her right foot in the air behind and to the left of the standing foot, leans her chest forward and drives her right arm ahead while the left one reaches back.", "foot_on_floor:l knee_bent:l !foot_on_floor:r crossed_behind:r bend:5:55 arm_front:r arm_behind:l"),
        ("num", "Single-leg squat on the left: knee flexed to about 90° (80-100), trunk tipped some 30° forward, right ankle 50-70 cm behind the left one and about 20 cm across toward the left, at least 20 cm off the floor.", "foot_on_floor:l knee_deg:l:70:115 bend:8:50 crossed_behind:r foot_h:r:0.15:0.7"),
        ("neg", "His right foot never touches the floor and his left knee is not straight: he's low on the bent left leg with the right leg hooked behind it, and his arms aren't by his sides but swinging forward and back.", "!foot_on_floor:r !knee_straight:l knee_bent:l foot_on_floor:l crossed_behind:r !down:l !down:r arm_front:r arm_behind:l"),
    ]),
    ("lie_back_legs_vertical_arms_out", "lying", "supine_legs_up_arms_wide", [
        ("tp", "At the end of the stretching session, a man lies flat on his back with both legs raised straight up toward the ceiling and his arms spread out wide on the floor.", "lie_back legs_up legs_straight out:l out:r hand_floor:l hand_floor:r"),
        ("imp", "Lie on your back, open your arms out to the sides on the floor, then lift both straight legs until your feet point at the ceiling.", "lie_back out:l out:r hand_floor:l hand_floor:r legs_up legs_straight"),
        ("bpf", "Back and head on the floor; both legs vertical, knees locked, feet together above the hips; arms stretched out sideways along the floor in a T.", "lie_back legs_up legs_straight feet_close out:l out:r hand_floor:l hand_floor:r"),
        ("prog", "I'm lying on the gym floor with my legs straight up in the air and my arms flung out to the sides, waiting to get my breath back.", "lie_back legs_up out:l out:r"),
        ("pas", "The body is laid out on the back, both legs are held up at right angles to the floor and the arms are extended sideways on the ground.", "lie_back legs_up legs_straight thigh_deg:l:150:180 thigh_deg:r:150:180 hand_floor:l hand_floor:r arm_body:l:60:120 arm_body:r:60:120"),
        ("mc", "While her legs rest straight up in the air with the soles toward the ceiling, the dancer keeps her lower back pressed down and lets her arms lie out wide to either side.", "lie_back legs_up legs_straight out:l out:r"),
        ("num", "Supine, legs raised vertical (within 15° of straight up) with the knees over 165°, ankles roughly 20-30 cm apart, and both arms out at about 90° to the trunk with the wrists on the floor some 1.3-1.6 m apart.", "lie_back thigh_deg:l:155:180 thigh_deg:r:155:180 knees_deg:155:180 feet_apart:0.05:0.45 arm_body:l:65:115 arm_body:r:65:115 hand_floor:l hand_floor:r hands_apart:1.1:1.8"),
        ("neg", "Her feet aren't on the floor and her arms aren't by her sides: she lies on her back with both legs pointing straight up and her arms out wide.", "!foot_on_floor:l !foot_on_floor:r !by_hip:l !by_hip:r lie_back legs_up out:l out:r"),
    ]),
    ("bow_prone_hands_holding_ankles", "lying", "bow_pose", [
        ("tp", "On her yoga mat, a woman lies on her belly, bends her knees and reaches back to catch both ankles, then lifts her chest and thighs off the floor in bow pose.", "belly_down knee_bent:l knee_bent:r holds_ankle:l:l holds_ankle:r:r chest_lift:20:60 !knee_floor:l !knee_floor:r"),
        ("imp", "Lie face down, bend both knees, take hold of your ankles and kick your feet back into your hands so your chest and knees rise off the mat.", "belly_down knee_bent:l knee_bent:r holds_ankle:l:l holds_ankle:r:r chest_lift:20:60 !knee_floor:l !knee_floor:r"),
        ("bpf", "Belly on the floor, chest lifted, arms reaching back, each hand gripping its own ankle, knees bent and raised off the mat, feet high behind.", "belly_down chest_lift:20:60 holds_ankle:l:l holds_ankle:r:r knee_bent:l knee_bent:r !knee_floor:l !knee_floor:r foot_h:l:0.25:0.9 foot_h:r:0.25:0.9"),
        ("prog", "My daughter is rocking on her tummy like a rocking horse, holding on to her ankles with her chest and knees up.", "belly_down holds_ankle:l:l holds_ankle:r:r !knee_floor:l !knee_floor:r chest_lift:15:65"),
        ("pas", "The body rests on the belly, the shins are drawn up behind, the ankles are held in the hands and the chest is raised well off the ground.", "belly_down knee_bent:l knee_bent:r holds_ankle:l:l holds_ankle:r:r chest_lift:20:60"),
        ("mc", "Lying prone after the core set, the gymnast folds her lower legs up, reaches back to hold her left ankle with her left hand and her right ankle with her right, and pulls into a deep arch that lifts her chest and thighs.", "belly_down knee_bent:l knee_bent:r holds_ankle:l:l holds_ankle:r:r chest_lift:20:60 !knee_floor:l !knee_floor:r"),
        ("num", "Prone on the belly with the knees bent to about 75° and lifted 15-20 cm off the floor, the chest raised some 40° and each wrist within a few centimetres of its ankle, the feet about half a metre up.", "belly_down knees_deg:50:100 !knee_floor:l !knee_floor:r chest_lift:25:55 holds_ankle:l:l holds_ankle:r:r foot_h:l:0.3:0.8 foot_h:r:0.3:0.8"),
        ("neg", "She isn't on all fours and she isn't lying flat: her belly stays on the mat while her hands hold her ankles behind her and her chest and knees lift off the floor.", "!all_fours belly_down holds_ankle:l:l holds_ankle:r:r !knee_floor:l !knee_floor:r chest_lift:20:60"),
    ]),
    ("stand_triceps_stretch_right_elbow_up", "standing", "overhead_triceps_stretch", [
        ("tp", "Before the swim meet, a girl stretches her right triceps: right elbow pointing at the ceiling, right hand dropped behind her neck, left hand pressing on the right elbow.", "stand elbow_high:r hand_upper_back:r holds_elbow:l:r"),
        ("imp", "Raise your right arm, bend the elbow so your hand drops down between your shoulder blades, then use your left hand to ease the right elbow back.", "elbow_high:r hand_upper_back:r elbow_bent:r holds_elbow:l:r"),
        ("bpf", "Right elbow: folded tight and lifted above the head. Right hand: resting on the upper back. Left hand: on top of the right elbow. Legs: straight, feet side by side.", "elbow_high:r elbow_deg:r:15:75 hand_upper_back:r holds_elbow:l:r legs_straight feet_down feet_close"),
        ("prog", "Waiting for the bus, a man is stretching the back of his upper arm, his right elbow up by his ear and his left hand holding it.", "stand elbow_high:r holds_elbow:l:r"),
        ("pas", "The right arm is bent sharply with its elbow raised above the head and its hand lowered behind the neck, while the left hand is placed on that elbow; the body stays upright.", "elbow_high:r elbow_bent:r hand_upper_back:r holds_elbow:l:r upright"),
        ("mc", "Standing tall at the back of the queue, the tennis player lifts her right elbow beside her head, lets the forearm fold down her back, and hooks her left hand over the top of her head to draw the elbow gently to the left.", "stand upright elbow_high:r hand_upper_back:r holds_elbow:l:r over:l"),
        ("num", "Right elbow flexed to about 40° and raised some 10 cm above the head, right wrist 15-20 cm behind the neck, left wrist within 10 cm of the right elbow, legs straight.", "elbow_deg:r:20:65 elbow_high:r hand_upper_back:r holds_elbow:l:r legs_straight"),
        ("neg", "Her right hand isn't reaching for the sky; it hangs down behind her neck while the elbow points up, and her left hand doesn't dangle at her side but holds that elbow.", "!over:r hand_upper_back:r elbow_high:r !down:l holds_elbow:l:r"),
    ]),
    ("chair_right_ankle_on_left_knee_hands_behind_head", "sitting", "figure_four_chair_lounge", [
        ("tp", "Sitting back in his office chair after the meeting, a man rests his right ankle on his left knee and laces his fingers behind his head, elbows wide.", "foot_on_floor:l ankle_on_thigh:r behind_head:l behind_head:r elbow_out:l elbow_out:r"),
        ("imp", "Sit on a chair, cross your right ankle over your left knee so the right knee drops out to the side, and clasp your hands behind your head.", "foot_on_floor:l ankle_on_thigh:r knee_out:r behind_head:l behind_head:r"),
        ("bpf", "Left foot flat on the floor, left knee at a right angle; right ankle laid across the left thigh near the knee, right knee open to the side; hands linked behind the head with the elbows out; back upright.", "foot_on_floor:l knee_deg:l:65:115 ankle_on_thigh:r knee_out:r behind_head:l behind_head:r elbow_out:l elbow_out:r upright"),
        ("prog", "My grandad is sitting in his armchair watching the cricket, one ankle propped on the other knee and both hands cupped behind his head.", "behind_head:l behind_head:r"),
        ("pas", "The weight rests on the seat with the left foot on the floor, the right leg is folded across so that its ankle lies on the left thigh, and the hands are clasped behind the head.", "foot_on_floor:l !foot_on_floor:r ankle_on_thigh:r behind_head:l behind_head:r"),
        ("mc", "Once the presentation is over, the designer sits back, swings her right foot up onto her left knee, and cradles the back of her head in both hands with her elbows spread.", "foot_on_floor:l ankle_on_thigh:r behind_head:l behind_head:r elbow_out:l elbow_out:r"),
        ("num", "Seated with the hips about 50 cm off the floor, the left knee at roughly 90° over a flat foot, the right knee folded to about 55° and turned out 20-30 cm to the right, the right ankle on the left thigh and both wrists 10-15 cm behind the head.", "pelvis_h:0.4:0.7 knee_deg:l:70:110 foot_on_floor:l knee_deg:r:35:80 knee_out:r ankle_on_thigh:r behind_head:l behind_head:r"),
        ("neg", "He isn't standing and his right foot isn't on the floor: it rests across his left knee while he sits with his hands clasped behind his head, not in his lap.", "!stand !foot_on_floor:r ankle_on_thigh:r foot_on_floor:l behind_head:l behind_head:r"),
    ]),
    # --- earlier base poses, described afresh -----------------------------------------------
    ("stand_left_weight_right_toes_behind", "standing", "hip_shot_rest", [
        ("tp", "Chatting at the bar, a woman leans her weight into her straight left leg, her right knee relaxed and just the ball of that foot resting on the floor a little behind.", "stand knee_straight:l toes_behind:r"),
        ("imp", "Put your weight on your left leg, soften the right knee and let only the toes of your right foot touch down behind you.", "knee_straight:l toes_behind:r foot_on_floor:l"),
        ("bpf", "Left leg locked and bearing the load; right heel raised, right knee bent, right toes touching the ground slightly behind; arms loose at the sides.", "knee_straight:l toes_behind:r down:l down:r"),
        ("prog", "A teenager is slouching by the school gate, standing on his left leg with his right knee bent and the tip of his right shoe on the pavement behind him.", "stand knee_straight:l toes_behind:r"),
        ("pas", "The left leg is kept straight under the body, the right knee is allowed to bend and the right heel is lifted, so only the ball of that foot rests behind.", "knee_straight:l toes_behind:r"),
        ("neg", "There's no weight on his right leg: the knee gives, the heel stays off the ground and only the toes touch down behind, while the left leg does all the work.", "toes_behind:r !knee_straight:r knee_straight:l"),
    ]),
    ("stand_left_arm_up_right_out", "standing", "signal_up_and_across", [
        ("tp", "A referee signals with his left arm stretched straight up and his right arm held out flat to the right at shoulder height.", "over:l arm_straight:l out:r"),
        ("mc", "To direct the traffic around the roadworks, the flagger raises her left arm high above her head and, at the same time, swings her right arm out level to the right.", "over:l out:r"),
        ("num", "Left arm raised to roughly 175° with the elbow straight, right arm abducted about 90° with the wrist level with the shoulder, feet about hip-width apart.", "arm_abd:l:150:180 arm_straight:l arm_abd:r:70:110 out:r feet_apart:0.05:0.45"),
        ("neg", "Her right arm doesn't go up and her left arm doesn't go sideways: the left reaches for the ceiling, the right sticks straight out to the right.", "!over:r !out:l over:l out:r"),
        ("prog", "A kid is pretending to be a clock in the hallway, left arm straight up for twelve o'clock and right arm straight out for three.", "over:l arm_straight:l out:r"),
        ("imp", "Reach your left arm up as high as it will go and hold your right arm straight out to the side at shoulder level.", "over:l out:r"),
        ("bpf", "Left arm: straight up beside the ear. Right arm: straight out sideways, parallel to the floor. Legs: straight, feet close together.", "over:l arm_straight:l out:r legs_straight feet_close"),
        ("pas", "The left arm is lifted straight overhead and the right one is stretched out horizontally to the right while the person stands still.", "stand over:l arm_straight:l out:r"),
    ]),
    ("child_pose_arms_forward", "kneeling", "childs_pose_rest", [
        ("imp", "Kneel with your big toes together, sit back onto your heels and fold forward, stretching your arms out long on the mat in front of your head.", "knee_floor:l knee_floor:r pelvis_h:0.1:0.4 bend:55:125 hand_floor:l hand_floor:r past_head:l past_head:r"),
        ("bpf", "Seat resting on the heels; forehead down near the floor; chest on the thighs; arms extended forward, palms down, beyond the head.", "pelvis_h:0.1:0.4 head_low head_h:0:0.4 bend:55:125 hand_floor:l hand_floor:r past_head:l past_head:r"),
        ("pas", "The knees are folded fully beneath the body, the hips are lowered back toward the heels and both arms are laid out straight ahead on the floor.", "knees_deg:0:50 knee_floor:l knee_floor:r pelvis_h:0.1:0.4 arm_straight:l arm_straight:r hand_floor:l hand_floor:r past_head:l past_head:r"),
        ("num", "Knees folded to about 20°, seat some 15-25 cm above the floor, trunk bent roughly 80° forward, head about as low as the hips, both elbows straight (160°+) with the hands on the ground ahead of the head.", "knees_deg:0:45 pelvis_h:0.1:0.35 bend:60:110 head_low elbow_deg:l:150:180 elbow_deg:r:150:180 hand_floor:l hand_floor:r past_head:l past_head:r"),
        ("mc", "Worn out after the sprint drills, the rugby player drops to his knees, sinks back onto his heels, and lays his chest and arms down on the grass with his hands reaching far forward.", "knee_floor:l knee_floor:r pelvis_h:0.1:0.4 bend:55:125 hand_floor:l hand_floor:r past_head:l past_head:r"),
    ]),
    ("camel_kneel_hands_on_heels", "kneeling", "kneeling_backbend_heels", [
        ("tp", "On the studio floor, a man kneels with his hips pushed forward and bends backward until both hands reach his heels, his chest opening to the ceiling.", "knee_floor:l knee_floor:r bend:-90:-40 holds_ankle:l:l holds_ankle:r:r"),
        ("prog", "Dad is attempting a camel on the lounge carpet, kneeling up and bending way back to grab his heels.", "knee_floor:l knee_floor:r bend:-90:-40 holds_ankle:l:l holds_ankle:r:r"),
        ("neg", "She is not sitting on her heels and not folding forward: her hips stay lifted over her knees, her back arches behind her, and her hands hold her heels.", "!sit_heels !bend:20:120 pelvis_h:0.35:0.7 bend:-90:-40 holds_ankle:l:l holds_ankle:r:r"),
        ("num", "Kneeling with the thighs within 20° of vertical, the hips about 50 cm up, the back arched some 65-75° from upright and both wrists resting at the heels.", "knee_floor:l knee_floor:r thigh_deg:l:0:30 thigh_deg:r:0:30 pelvis_h:0.35:0.7 bend:-85:-55 holds_ankle:l:l holds_ankle:r:r"),
        ("mc", "Keeping her shins and the tops of her feet on the mat, the gymnast drives her hips forward, lets her head drop back, and reaches her right hand to her right heel and then her left hand to her left.", "knee_floor:l knee_floor:r shins_down bend:-90:-40 holds_ankle:r:r holds_ankle:l:l"),
    ]),
    ("boat_pose_legs_raised_arms_forward", "sitting", "v_sit_hold", [
        ("imp", "Sit tall, lean back until you find your balance behind the sit bones, then float both legs up straight and reach your arms forward at shoulder height.", "sit_floor lean_back legs_straight !foot_on_floor:l !foot_on_floor:r fwd:l fwd:r"),
        ("bpf", "Seat on the floor; torso reclined; both legs straight, together and raised in the air; arms long and parallel, reaching forward at shoulder level.", "sit_floor lean_back legs_straight feet_close !foot_on_floor:l !foot_on_floor:r fwd:l fwd:r arm_straight:l arm_straight:r"),
        ("pas", "The body is balanced on the buttocks, the straight legs are lifted at about 45 degrees and the arms are held out in front, parallel to the floor.", "sit_floor legs_straight thigh_deg:l:110:160 thigh_deg:r:110:160 fwd:l fwd:r"),
        ("neg", "No hands on the floor and no feet on it either: he balances on his seat, leaning back, legs lifted straight, arms reaching forward.", "!hand_floor:l !hand_floor:r !foot_on_floor:l !foot_on_floor:r sit_floor lean_back legs_straight arm_front:l arm_front:r"),
        ("prog", "The abs instructor is holding a boat on her mat, legs up in a V and arms out straight in front of her.", "sit_floor !foot_on_floor:l !foot_on_floor:r fwd:l fwd:r"),
    ]),
    ("sprint_set_position_left_foot_forward", "other", "crouch_start_hips_up", [
        ("tp", "At the starter's call of set, the runner lifts her hips just above her shoulders, straight arms planted beneath them, left foot in front and both heels off the track.", "hips_high hand_floor:l hand_floor:r wrist_under_shoulder:l wrist_under_shoulder:r arm_straight:l arm_straight:r foot_ahead:l tiptoe"),
        ("mc", "With his fingertips on the line and his arms locked, the sprinter rocks forward over his hands, raises his hips, and bends his front left knee to about a right angle while the rear right leg stays more open.", "hand_floor:l hand_floor:r arm_straight:l arm_straight:r wrist_under_shoulder:l wrist_under_shoulder:r hips_high foot_ahead:l knee_deg:l:65:120 knee_deg:r:95:155"),
        ("num", "Set position: left foot 30-40 cm ahead of the right, hips roughly 10 cm above the shoulders, left knee near 90° and right knee near 120°, hands 40-50 cm apart straight below the shoulders, heels raised.", "foot_ahead:l hips_high knee_deg:l:70:115 knee_deg:r:95:150 hands_apart:0.3:0.6 wrist_under_shoulder:l wrist_under_shoulder:r tiptoe"),
        ("pas", "The body is held on straight arms and the balls of both feet, with the hips raised above shoulder level and the left foot set ahead of the right.", "arm_straight:l arm_straight:r hand_floor:l hand_floor:r tiptoe hips_high foot_ahead:l"),
        ("imp", "Crouch with your hands on the track below your shoulders and your left foot forward, then raise your hips a little higher than your shoulders and come up onto the balls of your feet.", "hand_floor:l hand_floor:r wrist_under_shoulder:l wrist_under_shoulder:r foot_ahead:l hips_high tiptoe"),
    ]),
    ("calf_stretch_left_foot_forward_arms_forward", "lunging", "wall_push_calf_stretch", [
        ("tp", "Pushing against an imaginary wall, a jogger stretches his right calf: right leg straight back with the heel flat, left knee bent in front, both arms stretched ahead at shoulder height.", "knee_straight:r heels_down knee_bent:l foot_front:l fwd:l fwd:r"),
        ("bpf", "Front foot: the left, knee flexed. Back foot: the right, leg straight, heel pressed down. Arms: forward and level with the shoulders, elbows straight. Upper body: leaning slightly forward.", "foot_front:l knee_bent:l knee_straight:r heels_down fwd:l fwd:r arm_straight:l arm_straight:r bend:3:35"),
        ("prog", "She's leaning into the wall outside the gym, left foot forward, right leg stretched back with the heel down, palms flat against the bricks.", "foot_front:l knee_straight:r heels_down arm_front:l arm_front:r"),
        ("neg", "The left leg isn't straight and the right heel isn't lifted: she bends the front knee, keeps the back leg long with its heel flat, and doesn't drop her arms, which reach forward.", "!knee_straight:l knee_bent:l knee_straight:r heels_down !below_shoulder:l !below_shoulder:r fwd:l fwd:r"),
        ("num", "Staggered stance with the left foot roughly 80-100 cm ahead, left knee about 120°, right knee 165° or straighter, both heels down, arms raised to 90° in front, trunk tilted about 15° forward.", "foot_ahead:l feet_apart:0.65:1.2 knee_deg:l:100:145 knee_deg:r:150:180 heels_down arm_abd:l:70:110 arm_abd:r:70:110 bend:3:35"),
        ("pas", "The weight is shifted forward onto the bent left knee, the right leg is extended back with its sole flat on the ground, and both hands are held out in front at shoulder level.", "knee_bent:l knee_straight:r foot_on_floor:r fwd:l fwd:r"),
    ]),
    ("stand_side_bend_left_right_arm_arched_left_hand_hip", "bending", "side_stretch_left_arc", [
        ("imp", "Keeping both feet flat, put your left hand on your waist, reach your right arm up and over toward the left, and let your ribs curve over to the left.", "feet_down on_hip:l over:r across_up:r side_bend:l"),
        ("mc", "Between sets, the swimmer stands with straight legs, props his left hand on his hip, and arcs his right arm over his head as his upper body tilts toward the left.", "legs_straight on_hip:l over:r side_bend:l"),
        ("neg", "He doesn't lean to the right or forward: his trunk bows to the left, the right arm curls overhead toward that side, and the left hand never leaves his hip.", "!side_bend:r !bend:25:120 side_bend:l over:r across_up:r on_hip:l"),
        ("bpf", "Feet: flat on the ground. Torso: tilted well over to the left. Left hand: resting on the hip, elbow out. Right arm: lifted overhead in a curve, the hand beyond the head on the left side.", "feet_down side_bend:l on_hip:l elbow_out:l over:r across_up:r"),
        ("tp", "Stretching his right side at the bus shelter, a commuter bends to the left with his left hand on his hip and his right arm sweeping up over his head.", "side_bend:l on_hip:l over:r"),
    ]),
]


# The held-out captions: written for a fresh evaluation of a checker tuned on all eight development
# parts. (base pose, posture, caption family, captions); the base poses of _heldout_specs and some
# development base poses (ones few captions describe), each with captions of its own.
HELDOUT_TABLE = [
    # --- new base poses ---------------------------------------------------------------------
    ("warrior_three_on_right_leg_arms_forward", "other", "warrior_three", [
        ("tp", "Warrior three on the right side: she hinges until her chest and her lifted left leg form one long line parallel to the floor, arms reaching ahead beside her ears.", "on_leg:r leg_back:l knee_straight:l bend:70:100 past_head:l past_head:r"),
        ("imp", "Shift all your weight into the right foot, then tip forward and float the left leg back until you look like a letter T, arms stretching out past your head. Hold for five breaths.", "on_leg:r leg_back:l bend:70:100 past_head:l past_head:r"),
        ("num", "Single-leg stance on R, knee ~175°; trunk pitched 80-90° from vertical; L hip extended so the thigh sits about horizontal (85-105° from vertical) with the L knee locked; shoulders flexed ~180°, wrists beyond the head.", "on_leg:r knee_deg:r:160:180 bend:72:98 thigh_deg:l:80:110 knee_straight:l past_head:l past_head:r"),
        ("neg", "Nothing touches the floor except the right foot: the left leg doesn't hang down but sticks out straight behind at hip height, and the arms aren't by the sides, they point forward.", "on_leg:r !foot_on_floor:l leg_back:l knee_straight:l !down:l !down:r fwd:l fwd:r"),
        ("bpf", "R leg planted & straight, L leg lifted back level with hips, torso flat, both arms fwd.", "on_leg:r knee_straight:r leg_back:l bend:70:100 fwd:l fwd:r"),
        ("prog", "In this pic my sister is doing that yoga balance where you tip forward on one leg, her right, with the other leg sticking out behind and her arms out in front like Superman.", "on_leg:r leg_back:l fwd:l fwd:r bend:60:100"),
        ("pas", "The body is balanced on the right leg alone, the trunk and the raised left leg are held horizontal, and both arms are extended forward past the head.", "on_leg:r leg_back:l bend:70:100 thigh_deg:l:75:110 past_head:l past_head:r fwd:l fwd:r"),
        ("mc", "Standing on her right foot, the dancer leans forward until her back is level, lifts the left leg straight behind her, and reaches both arms out in front so that fingertips and heel pull in opposite directions.", "on_leg:r bend:70:100 leg_back:l knee_straight:l fwd:l fwd:r"),
    ]),
    ("sit_floor_fold_holding_ankles", "sitting", "seated_fold", [
        ("tp", "Seated forward bend: with both legs long in front of him, he folds over them and takes hold of his ankles.", "legs_forward legs_straight bend:40:75 holds_ankle:l:l holds_ankle:r:r"),
        ("imp", "Sit with your legs stretched out together, toes pointing up. Breathe in to grow tall, breathe out, fold forward and catch your ankles.", "legs_forward legs_straight feet_close toes_up bend:40:75 holds_ankle:l:l holds_ankle:r:r"),
        ("pas", "The trunk is folded down over two straight legs, and each ankle is gripped by the hand on the same side.", "legs_forward legs_straight bend:40:75 holds_ankle:l:l holds_ankle:r:r"),
        ("num", "Long sitting, knees 165-180°, trunk inclined roughly 55° forward of vertical, wrists within about 15 cm of the ankles.", "legs_forward knees_deg:160:180 bend:42:70 holds_ankle:l:l holds_ankle:r:r"),
        ("neg", "person sitting on floor, knees are not bent, legs flat and straight, hands not on the thighs but all the way down at the ankles", "legs_forward legs_straight !knee_bent:l !knee_bent:r !on_thigh:l !on_thigh:r holds_ankle:l:l holds_ankle:r:r"),
        ("mc", "She sits down on the mat with her legs together in front of her, reaches both arms forward past her knees, and folds her chest toward her thighs until her hands close around her ankles.", "legs_forward feet_close hands_before_knees bend:40:75 holds_ankle:l:l holds_ankle:r:r"),
        ("bpf", "Legs: straight out front, together. Back: rounded forward over them. Hands: wrapped round both ankles.", "legs_forward legs_straight feet_close bend:40:75 holds_ankle:l:l holds_ankle:r:r"),
    ]),
    ("kneel_on_heels_left_arm_up", "kneeling", "heel_sit_one_arm_up", [
        ("tp", "She's the one at the front sitting back on her heels, her left hand shot straight up like she has a question and her right hand on her thigh.", "sit_heels over:l arm_straight:l on_thigh:r"),
        ("prog", "At the end of class the student is kneeling back on his heels and raising his left arm high to volunteer.", "sit_heels over:l"),
        ("bpf", "Knees on floor, bottom sit on the heels, left arm go up straight, right hand stay on the right leg.", "sit_heels over:l arm_straight:l on_thigh:r"),
        ("num", "Knees folded to about 20°, pelvis roughly 15-30 cm above the mat, left arm elevated ~170° with the elbow straight, right palm on the thigh.", "sit_heels knees_deg:10:35 pelvis_h:0.12:0.35 arm_abd:l:150:180 arm_straight:l on_thigh:r"),
        ("neg", "He isn't up on his knees: his seat rests on his heels. Only the left arm is raised; the right one isn't, its hand lies on his thigh.", "!kneel2 sit_heels over:l !over:r on_thigh:r"),
        ("pas", "The heels take the weight of the seat, the shins are laid along the floor, and the left arm is raised to the vertical.", "shins_down sit_heels over:l arm_abd:l:150:180"),
        ("mc", "After settling her knees and shins on the mat and sinking her hips back onto her heels, the girl keeps her back tall, rests her right hand on her thigh and stretches her left arm up toward the ceiling.", "shins_down sit_heels upright on_thigh:r over:l"),
    ]),
    ("side_lunge_right_hands_on_right_knee", "lunging", "braced_side_lunge", [
        ("tp", "A skier practises a lateral lunge, sinking over the bent right knee with the left leg stretched straight out to the side and both hands pressed on the right knee.", "side_lunge:r knee_straight:l hold_knee:r:r hold_knee:l:r"),
        ("imp", "Take a big step out to the right, sit your hips back into the right knee while the left leg stays long, and lay both palms on that bent knee.", "side_lunge:r knee_straight:l hold_knee:r:r hold_knee:l:r"),
        ("num", "Ankles 0.8-1.2 m apart side to side; right knee flexed to about 80°, left knee fully extended; trunk pitched 25-40° forward.", "side_lunge:r feet_apart:0.8:1.3 knee_deg:r:60:100 knee_straight:l bend:20:45"),
        ("mc", "Feet wide and flat, she shifts her weight over to the right, folding that knee while the left leg stays straight, and steadies herself with both hands on top of the right knee.", "feet_down side_lunge:r knee_straight:l hold_knee:r:r hold_knee:l:r"),
        ("neg", "Not a front lunge: the feet are far apart side to side, both soles stay flat, the left knee does not bend, and both hands rest on the right knee.", "!lunge:l !lunge:r feet_wide feet_down knee_straight:l !knee_bent:l hold_knee:r:r hold_knee:l:r"),
        ("prog", "Someone is stretching the inner left thigh by leaning sideways into the bent right knee, hands stacked on it.", "side_lunge:r hold_knee:r:r hold_knee:l:r"),
        ("bpf", "R knee bent deep, L leg straight out to the side, both hands on R knee, chest leaning fwd.", "side_lunge:r knee_straight:l hold_knee:r:r hold_knee:l:r bend:20:45"),
    ]),
    ("lie_back_right_leg_raised", "lying", "straight_leg_raise", [
        ("tp", "On her back on the mat, she raises her right leg straight toward the ceiling while the left leg stays flat on the floor.", "lie_back knee_straight:r !foot_on_floor:r knee_straight:l foot_on_floor:l"),
        ("imp", "Lie face up, arms beside you. Keeping the knee locked, raise your right leg as high as is comfortable, then hold.", "lie_back by_hip:l by_hip:r knee_straight:r !foot_on_floor:r"),
        ("num", "Supine SLR, right side: hip flexed to roughly 70° (thigh 150-170° from the downward vertical), knee at full extension, heel about 0.7-1 m above the plinth; the opposite leg flat.", "lie_back thigh_deg:r:145:175 knee_straight:r foot_h:r:0.6:1.1 knee_straight:l"),
        ("neg", "Lying on the back, not on the belly; the right leg isn't resting on the floor and isn't bent, and the left one lies straight.", "lie_back !lie_front !foot_on_floor:r knee_straight:r !knee_bent:r knee_straight:l"),
        ("bpf", "Back flat, arms by sides, R leg up straight ~70°, L leg down.", "lie_back by_hip:l by_hip:r knee_straight:r thigh_deg:r:145:175 knee_straight:l"),
        ("pas", "The right leg is raised high off the ground and kept straight while the body lies supine with the arms resting beside the hips.", "lie_back !foot_on_floor:r knee_straight:r by_hip:l by_hip:r"),
        ("mc", "Lying flat with his arms along his sides, the patient keeps the left leg down, locks the right knee, and lifts that whole leg until it points steeply up toward the ceiling.", "lie_back by_hip:l by_hip:r knee_straight:l knee_straight:r !foot_on_floor:r thigh_deg:r:135:180"),
    ]),
    ("side_plank_on_right_hand_left_arm_up", "other", "side_plank", [
        ("tp", "He holds a side plank on his right palm, body in one straight line from head to heels, left arm pointing up at the ceiling.", "hand_floor:r arm_straight:r legs_straight over:l arm_straight:l"),
        ("imp", "Roll onto your right hand, stack your feet and lift your hips off the mat. Reach your left hand to the sky and hold.", "hand_floor:r !knee_floor:l !knee_floor:r over:l !lying"),
        ("prog", "Here's me showing off at the beach, balancing sideways on my right hand with my left arm stuck up in the air.", "hand_floor:r over:l hand_higher:l"),
        ("num", "Support on the right hand (elbow >155°) and the right foot; body line inclined ~25° above horizontal, pelvis 40-60 cm off the floor; left arm vertical.", "hand_floor:r elbow_deg:r:155:180 foot_on_floor:r chest_lift:15:35 pelvis_h:0.38:0.66 over:l"),
        ("neg", "Not lying down and not on the knees: only the right hand and the right foot touch the floor, and the left arm isn't resting but raised straight up.", "!lying !knee_floor:l !knee_floor:r hand_floor:r foot_on_floor:r !foot_on_floor:l !hand_floor:l over:l arm_straight:l"),
        ("mc", "Balancing on the right hand and the outside edge of the right foot, the athlete keeps both legs straight and stacked, lifts the hips clear of the floor, and extends the left arm straight up.", "hand_floor:r foot_on_floor:r legs_straight !lying over:l arm_straight:l"),
        ("pas", "The body is held up sideways on the straight right arm, rigid from head to feet, with the left arm raised toward the ceiling.", "hand_floor:r arm_straight:r legs_straight over:l"),
    ]),
    # --- development base poses, described afresh -------------------------------------------
    ("stand_left_arm_overhead", "standing", "single_reach_left", [
        ("tp", "That's my dad at the finish line, left fist punched up above his head, the other arm just hanging.", "stand over:l down:r"),
        ("bpf", "L arm straight up, R arm down by side. Standing.", "over:l arm_straight:l down:r stand"),
        ("pas", "The subject is photographed standing tall and still, facing the camera.", "stand upright"),
        ("neg", "He isn't waving both arms, just the left one, held straight above his head while the right dangles.", "over:l arm_straight:l !over:r down:r"),
        ("num", "Abduction angles: left arm about 170° with a straight elbow, right arm under 15°; both soles on the ground.", "stand arm_abd:l:150:180 arm_straight:l arm_abd:r:0:25 feet_down"),
        ("imp", "Reach up with your left hand like you're trying to touch the ceiling light, and let the right one hang.", "over:l down:r"),
    ]),
    ("stand_hail_right_arm_high", "standing", "diagonal_wave_right", [
        ("tp", "A fan on her feet in the bleachers cheers with her right arm thrown up and out wide above her head; her left stays down.", "stand over:r arm_v:r down:l"),
        ("prog", "A man is queueing outside the bakery, upright, weight evenly spread, looking straight ahead.", "stand upright"),
        ("mc", "Spotting her friend across the platform, she stays upright, lets her left arm hang, and flings the right one up and out on a diagonal so the hand ends well above her head.", "stand upright down:l over:r arm_v:r"),
        ("num", "The right wrist is raised above the head and out past the shoulder line, the arm some 30° off vertical (about 150° of abduction); left elbow straight at 160-180°.", "over:r arm_v:r arm_abd:r:130:175 elbow_deg:l:160:180"),
        ("neg", "The left hand does not go up; it is the right that is raised, high and off to the side.", "!over:l below_shoulder:l over:r arm_v:r"),
        ("imp", "Goal! Right arm up and out in a big diagonal, left arm relaxed at your side.", "over:r arm_v:r down:l"),
    ]),
    ("stand_right_hand_to_left_hip", "standing", "crossbody_hip_touch", [
        ("tp", "Waiting at the till, a woman rests her right hand over on her left hip, across her tummy, and keeps her left arm slack.", "stand hand_opp_hip:r down:l"),
        ("imp", "Take the right hand and put it on the left hip, across the belly; the left arm you leave down.", "hand_opp_hip:r down:l"),
        ("pas", "The body is held erect and motionless, facing forward.", "stand upright"),
        ("prog", "Standing up straight, he's tucking his shirt in at the left hip using his right hand.", "stand upright hand_opp_hip:r"),
        ("bpf", "R hand across front to L hip; L arm hangs straight.", "hand_opp_hip:r down:l arm_straight:l"),
        ("neg", "Not the same-side hip: the right hand has gone over to the left hip, and the left arm never rises.", "!on_hip:r hand_opp_hip:r below_shoulder:l"),
    ]),
    ("stand_tilt_arms_forward", "bending", "zombie_reach", [
        ("prog", "My kid is doing his zombie walk again, leaning forward a bit with both arms stuck straight out in front.", "bend:15:40 fwd:l fwd:r arm_straight:l arm_straight:r"),
        ("mc", "Poised at the edge of the pool before the whistle, the swimmer keeps his legs straight, tips his chest forward a little and holds both arms out level ahead of him.", "legs_straight bend:15:40 fwd:l fwd:r"),
        ("imp", "Keep the knees locked, hinge slightly forward and push both hands out in front of you at shoulder height, as if shoving a heavy door.", "legs_straight bend:15:40 fwd:l fwd:r"),
        ("bpf", "Arms fwd at shoulder ht, elbows straight, trunk tipped ~25° fwd, feet together.", "fwd:l fwd:r arm_straight:l arm_straight:r bend:15:40 feet_close"),
        ("pas", "Both hands are pushed out ahead at chest level and the trunk is tilted a little forward, the knees being kept straight.", "fwd:l fwd:r bend:15:40 legs_straight"),
    ]),
    ("sumo_squat_hands_on_thighs", "squatting", "goddess_squat", [
        ("tp", "Before the lift, the athlete drops into a wide-legged squat with her knees turned out, both hands resting on the fronts of her thighs.", "wide_squat on_thigh:l on_thigh:r"),
        ("prog", "We're holding goddess pose: feet far apart, knees bent outward, hands on the thighs.", "wide_squat feet_wide on_thigh:l on_thigh:r"),
        ("num", "Stance width 0.7-1.0 m, knees flexed to an interior angle of about 80° (70-100), trunk within 20° of vertical.", "wide_squat feet_apart:0.65:1.05 knees_deg:65:105 upright"),
        ("neg", "The knees aren't collapsing in, they point out to the sides, and the hips aren't up at standing height but sunk low; hands rest on the thighs.", "wide_squat !stand on_thigh:l on_thigh:r"),
    ]),
    ("chair_arms_crossed", "sitting", "bench_folded_arms", [
        ("tp", "my grandpa parked on a kitchen chair looking grumpy, arms folded tight over his chest and feet planted", "sit_chair crossed feet_down"),
        ("imp", "Sit down on the bench, feet flat, and cross your forearms in front of your chest.", "sit_chair feet_down heels_down crossed"),
        ("mc", "While the coach talks, the player sits upright on the bench, thighs level and feet flat, keeping his arms crossed tightly.", "sit_chair upright feet_down crossed"),
        ("bpf", "Arms crossed on chest, sitting on chair, knees 90 degree, back straight.", "crossed sit_chair knees_deg:70:115 upright"),
    ]),
    ("lie_front_on_elbows", "lying", "sphinx_rest", [
        ("tp", "Belly-down on the carpet in front of the TV, a kid props his chest up on both elbows with his legs trailing out straight.", "prone_elbows legs_straight"),
        ("imp", "Sphinx: face down, forearms flat and parallel pointing forward, elbows right under the shoulders, chest up.", "prone_elbows forearm_floor:l forearm_floor:r forearm_fwd:l forearm_fwd:r elbow_under_shoulder:l elbow_under_shoulder:r"),
        ("neg", "He is not lying flat: his chest is raised off the ground and held up on the forearms, and he is not on his back.", "prone_elbows !lie_back !lie_front"),
        ("num", "Prone, chest elevation 25-45° above the floor plane, each elbow at roughly a right angle directly beneath its shoulder.", "prone_elbows chest_lift:22:50 elbow_deg:l:75:105 elbow_deg:r:75:105 elbow_under_shoulder:l elbow_under_shoulder:r"),
        ("pas", "Weight is taken through the forearms and the fronts of the legs; the head and chest are lifted.", "prone_elbows forearm_floor:l forearm_floor:r"),
        ("prog", "Reading a magazine on the beach, she's lying on her front, propped on her elbows.", "prone_elbows"),
    ]),
]


# ---------------------------------------------------------------------------------------------
# Base poses with their captions

POSTURE_PREDICATES = {
    "stand", "sit_chair", "sit_floor", "legs_forward", "knees_up", "kneel2", "kneel", "squat", "lunge",
    "side_lunge", "lie_back", "lie_front", "lie_side", "lying", "all_fours", "bend", "toes", "lean_back",
    "side_bend", "seated", "prone_elbows", "sit_heels", "cross_legged", "perched", "wide_squat",
    "prone_chest_up",
}
# caption posture -> postures of poses that clearly contradict it
CLEARLY_OTHER = {
    "standing": {"sitting", "kneeling", "squatting", "lying", "other"},
    "sitting": {"standing", "kneeling", "lying", "lunging", "bending"},
    "kneeling": {"standing", "sitting", "lying", "bending"},
    "squatting": {"standing", "lying"},
    "lying": {"standing", "sitting", "kneeling", "squatting", "lunging", "bending", "other"},
    "lunging": {"sitting", "lying"},
    "bending": {"sitting", "lying", "kneeling"},
    "other": {"standing", "sitting", "lying"},
}
ARM_WORDS = ("arm", "hand", "elbow", "wrist", "palm", "fist", "finger", "akimbo", "point")
LEG_WORDS = ("leg", "knee", "foot", "feet", "heel", "toe", "thigh", "shin", "stance", "lunge", "stride")


@dataclass(frozen=True)
class Caption:
    text: str
    style: str
    preds: tuple[str, ...]

    def names_side(self) -> bool:
        words = set(self.text.lower().replace(",", " ").replace(";", " ").replace(".", " ").split())
        return bool(words & {"left", "right"})

    def mentions(self, words: tuple[str, ...]) -> bool:
        text = self.text.lower()
        return any(w in text for w in words)

    def posture_preds(self) -> tuple[str, ...]:
        return tuple(q for q in self.preds if not q.startswith("!") and q.split(":")[0] in POSTURE_PREDICATES)


@dataclass(frozen=True)
class Base:
    name: str
    posture: str
    family: str
    split: str  # "dev" | "heldout"
    group: str  # where other-posture partners and planted pairs are drawn from
    spec: Spec
    captions: tuple[Caption, ...]

    @property
    def preds(self) -> tuple[str, ...]:
        """Everything any of its captions asserts (so any sample fits every caption)."""
        return tuple(dict.fromkeys(q for c in self.captions for q in c.preds))


def bases(split: str | None = None) -> list[Base]:
    """The base poses with their captions: the development ones (TABLE and DEV_C_TABLE to DEV_Q_TABLE)
    and the held-out ones (HELDOUT_TABLE, which reuses some development poses with captions of its own)."""
    specs = _specs()
    rows = [(name, posture, family, DEV, group, captions) for name, posture, family, group, captions in TABLE]
    rows += [(name, posture, family, DEV, HALF_C, captions) for name, posture, family, captions in DEV_C_TABLE]
    rows += [(name, posture, family, DEV, HALF_D, captions) for name, posture, family, captions in DEV_D_TABLE]
    rows += [(name, posture, family, DEV, HALF_E, captions) for name, posture, family, captions in DEV_E_TABLE]
    rows += [(name, posture, family, DEV, HALF_F, captions) for name, posture, family, captions in DEV_F_TABLE]
    rows += [(name, posture, family, DEV, HALF_G, captions) for name, posture, family, captions in DEV_G_TABLE]
    rows += [(name, posture, family, DEV, HALF_H, captions) for name, posture, family, captions in DEV_H_TABLE]
    rows += [(name, posture, family, DEV, HALF_I, captions) for name, posture, family, captions in DEV_I_TABLE]
    rows += [(name, posture, family, DEV, HALF_J, captions) for name, posture, family, captions in DEV_J_TABLE]
    rows += [(name, posture, family, DEV, HALF_K, captions) for name, posture, family, captions in DEV_K_TABLE]
    rows += [(name, posture, family, DEV, HALF_L, captions) for name, posture, family, captions in DEV_L_TABLE]
    rows += [(name, posture, family, DEV, HALF_M, captions) for name, posture, family, captions in DEV_M_TABLE]
    rows += [(name, posture, family, DEV, HALF_N, captions) for name, posture, family, captions in DEV_N_TABLE]
    rows += [(name, posture, family, DEV, HALF_O, captions) for name, posture, family, captions in DEV_O_TABLE]
    rows += [(name, posture, family, DEV, HALF_P, captions) for name, posture, family, captions in DEV_P_TABLE]
    rows += [(name, posture, family, DEV, HALF_Q, captions) for name, posture, family, captions in DEV_Q_TABLE]
    rows += [(name, posture, family, HELD, HELD, captions) for name, posture, family, captions in HELDOUT_TABLE]
    out = []
    for name, posture, family, split_, group, captions in rows:
        if split is not None and split_ != split:
            continue
        caps = tuple(Caption(text, STYLE_CODES[style], tuple(preds.split())) for style, text, preds in captions)
        out.append(Base(name, posture, family, split_, group, specs[name], caps))
    return out


def new_base_names() -> list[str]:
    """Base poses that only the held-out captions use."""
    dev = {name for table in (TABLE, DEV_C_TABLE, DEV_D_TABLE, DEV_E_TABLE, DEV_F_TABLE, DEV_G_TABLE,
                                                 DEV_H_TABLE, DEV_I_TABLE, DEV_J_TABLE, DEV_K_TABLE, DEV_L_TABLE,
                                                 DEV_M_TABLE, DEV_N_TABLE, DEV_O_TABLE, DEV_P_TABLE, DEV_Q_TABLE)
           for name, *_ in table}
    return list(dict.fromkeys(name for name, *_ in HELDOUT_TABLE if name not in dev))


# ---------------------------------------------------------------------------------------------
# Plausibility of a pose (what a "correct" pose must satisfy)

BONE_PAIRS = ((4, 5), (7, 8), (18, 19), (20, 21))  # thigh, shin, upper arm, forearm
BONE_CHILDREN = {"thigh": (4, 5), "shin": (7, 8), "upper_arm": (18, 19), "forearm": (20, 21)}


def knee_flexion_signed(p, s) -> float:
    """Knee flexion in degrees, negative when the knee bends backwards (hinge axis = the pelvis's
    left-right axis; a normal knee folds the shin behind the thigh)."""
    thigh = p[jn(s, "knee")] - p[jn(s, "hip")]
    shin = p[jn(s, "ankle")] - p[jn(s, "knee")]
    lateral = unit(p[J["left_hip"]] - p[J["right_hip"]])
    sin = float(np.dot(np.cross(unit(thigh), unit(shin)), lateral))
    cos = float(np.dot(unit(thigh), unit(shin)))
    return math.degrees(math.atan2(sin, cos))


def _segment_points(a: np.ndarray, b: np.ndarray, n: int = 6) -> np.ndarray:
    return a + np.linspace(0, 1, n)[:, None] * (b - a)


def _segment_gap(a0, a1, b0, b1) -> float:
    return float(points_to_polyline(_segment_points(a0, a1, 9), np.stack([b0, b1])).min())


def plausibility_problems(p: np.ndarray, flexes: dict | None = None) -> list[str]:
    """Why a pose would not pass as a plausible human pose (empty when it does)."""
    problems = []
    p = np.asarray(p, dtype=np.float64)
    if abs(p[:, 1].min()) > 1e-4:
        problems.append("not on the floor")
    if abs(p[0, 0]) > 1e-4 or abs(p[0, 2]) > 1e-4:
        problems.append("pelvis not at x = z = 0")
    bones = np.linalg.norm(p - p[[max(q, 0) for q in PARENTS]], axis=1)
    trunk_len = sum(bones[j] for j in (3, 6, 9, 12))
    for left, right in BONE_PAIRS:
        if abs(bones[left] - bones[right]) > 0.05 * max(bones[left], bones[right]):
            problems.append(f"{JOINT_NAMES[left]} bone differs from the other side")
    for j, lo, hi in ((4, 0.6, 1.15), (7, 0.6, 1.15), (18, 0.42, 0.78), (20, 0.36, 0.7)):
        ratio = min(bones[j], bones[j + 1]) / trunk_len, max(bones[j], bones[j + 1]) / trunk_len
        if ratio[0] < lo or ratio[1] > hi:
            problems.append(f"{JOINT_NAMES[j]} bone length out of proportion")
    for s in "lr":
        if knee_flexion_signed(p, s) < -8:
            problems.append(f"{SIDES[s]} knee bent backwards")
    for s in "lr":
        # a hanging upper arm whose forearm folds behind it (towards the back of the body)
        upper = unit(p[jn(s, "elbow")] - p[jn(s, "shoulder")])
        fore = p[jn(s, "wrist")] - p[jn(s, "elbow")]
        if upper[1] < -0.75 and elbow_angle(p, s) < 150 and float(np.dot(fore, front(p))) < -0.08:
            problems.append(f"{SIDES[s]} elbow bent backwards")
    if flexes is not None:
        for key, flex in flexes.items():
            if flex < -1e-6:
                problems.append(f"{key} hinge bent backwards")
    for s in "lr":
        wrist, elbow = p[jn(s, "wrist")], p[jn(s, "elbow")]
        if spine_distance(p, wrist) < 0.12:
            problems.append(f"{SIDES[s]} wrist inside the torso")
        elif points_to_polyline(_segment_points(elbow, wrist), p[list(SPINE_AXIS)]).min() < 0.09:
            problems.append(f"{SIDES[s]} forearm through the torso")
        o = OTHER[s]
        if _segment_gap(p[jn(s, "knee")], p[jn(s, "ankle")], p[jn(o, "hip")], p[jn(o, "knee")]) < 0.06:
            problems.append(f"{SIDES[s]} shin through the other thigh")
    return problems


def facing_ok(p: np.ndarray) -> bool:
    """Faces +z (left hip at +x); lying on a side has the hips stacked, so the front must be level."""
    if p[J["left_hip"]][0] > p[J["right_hip"]][0]:
        return True
    return abs(front(p)[1]) < 0.5 and abs(p[J["left_hip"]][0] - p[J["right_hip"]][0]) < 0.08


# ---------------------------------------------------------------------------------------------
# Building the pairs

# What each part from dev-h on makes (the held-out part's and the later development parts').
LATER_PART_TARGET = {
    "correct_spec": 66,
    "correct_builtin": 20,
    "swapped": 30,
    "other_posture": 28,
    "stretched": 7,
    "knee_backward": 7,
    "elbow_backward": 5,
    "through_body": 5,
    "duplicate_groups": 7,
    "duplicate_pairs": 18,
}
TARGET = {
    DEV: {
        "correct_spec": 110,
        "correct_builtin": 50,
        "swapped": 60,
        "other_posture": 60,
        "stretched": 15,
        "knee_backward": 15,
        "elbow_backward": 10,
        "through_body": 10,
        "duplicate_groups": 16,
        "duplicate_pairs": 44,
    },
    HALF_C: {
        "correct_spec": 80,
        "correct_builtin": 30,
        "swapped": 42,
        "other_posture": 42,
        "stretched": 10,
        "knee_backward": 10,
        "elbow_backward": 7,
        "through_body": 7,
        "duplicate_groups": 10,
        "duplicate_pairs": 28,
    },
    HALF_E: {
        "correct_spec": 62,
        "correct_builtin": 18,
        "swapped": 28,
        "other_posture": 28,
        "stretched": 7,
        "knee_backward": 7,
        "elbow_backward": 5,
        "through_body": 5,
        "duplicate_groups": 7,
        "duplicate_pairs": 18,
    },
    HALF_F: {
        "correct_spec": 58,
        "correct_builtin": 18,
        "swapped": 28,
        "other_posture": 28,
        "stretched": 7,
        "knee_backward": 7,
        "elbow_backward": 5,
        "through_body": 5,
        "duplicate_groups": 7,
        "duplicate_pairs": 18,
    },
    HALF_G: {
        "correct_spec": 58,
        "correct_builtin": 18,
        "swapped": 28,
        "other_posture": 28,
        "stretched": 7,
        "knee_backward": 7,
        "elbow_backward": 5,
        "through_body": 5,
        "duplicate_groups": 7,
        "duplicate_pairs": 18,
    },
    HALF_H: LATER_PART_TARGET,
    HALF_I: LATER_PART_TARGET,
    HALF_J: LATER_PART_TARGET,
    HALF_K: LATER_PART_TARGET,
    HALF_L: LATER_PART_TARGET,
    HALF_M: LATER_PART_TARGET,
    HALF_N: LATER_PART_TARGET,
    HALF_O: LATER_PART_TARGET,
    HALF_P: LATER_PART_TARGET,
    HALF_Q: LATER_PART_TARGET,
    HELD: LATER_PART_TARGET,
    HALF_D: {
        "correct_spec": 76,
        "correct_builtin": 22,
        "swapped": 40,
        "other_posture": 40,
        "stretched": 10,
        "knee_backward": 10,
        "elbow_backward": 7,
        "through_body": 7,
        "duplicate_groups": 10,
        "duplicate_pairs": 28,
    },
}
MAX_TRIES = 60


def contact_problems(p: np.ndarray) -> list[str]:
    """Arm bones that pass through a thigh: every upper-arm and forearm axis stays at least
    0.06 m from both thigh axes (a hand or an elbow resting on a leg lies on its surface)."""
    problems = []
    p = np.asarray(p, dtype=np.float64)
    for s in "lr":
        for bone, (a, b) in (("upper arm", ("shoulder", "elbow")), ("forearm", ("elbow", "wrist"))):
            for t in "lr":
                gap = _segment_gap(p[jn(s, a)], p[jn(s, b)], p[jn(t, "hip")], p[jn(t, "knee")])
                if gap < 0.06:
                    problems.append(f"{SIDES[s]} {bone} through the {SIDES[t]} thigh ({gap:.3f} m)")
    return problems


PARTS = (DEV, HALF_C, HALF_D, HALF_E, HALF_F, HALF_G, HALF_H, HALF_I, HALF_J, HALF_K, HALF_L, HALF_M, HALF_N, HALF_O, HALF_P,
         HALF_Q, HELD)  # built one after the other, each from a random stream of its own
PART_STREAM = {DEV: None, HALF_C: 1, HALF_D: 2, HALF_E: 3, HALF_F: 4, HALF_G: 5, HALF_H: 6, HELD: 7, HALF_I: 8, HALF_J: 9, HALF_K: 10,
               HALF_L: 11, HALF_M: 12, HALF_N: 13, HALF_O: 14, HALF_P: 15, HALF_Q: 16}
DEV_PARTS = (HALF_C, HALF_D, HALF_E, HALF_F, HALF_G, HALF_H, HALF_I, HALF_J, HALF_K, HALF_L, HALF_M, HALF_N, HALF_O,
             HALF_P, HALF_Q)


def part_bases(part: str) -> list[Base]:
    """The base poses of one part: DEV the two TABLE halves, HALF_C to HALF_Q the third to seventeenth
    development parts, HELD the held-out split."""
    if part == DEV:
        return [b for b in bases(DEV) if b.group not in DEV_PARTS]
    if part in DEV_PARTS:
        return [b for b in bases(DEV) if b.group == part]
    return bases(HELD)


# segment (parent, child) -> share of the body mass, placed at the segment's midpoint; the head's
# share sits at the head joint
MASS_SEGMENTS = (
    ((0, 3), 0.11), ((3, 6), 0.10), ((6, 9), 0.12), ((9, 12), 0.16), ((12, 15), 0.03),
    ((1, 4), 0.10), ((2, 5), 0.10), ((4, 7), 0.046), ((5, 8), 0.046), ((7, 10), 0.014), ((8, 11), 0.014),
    ((16, 18), 0.027), ((17, 19), 0.027), ((18, 20), 0.022), ((19, 21), 0.022),
)
HEAD_MASS = 0.07
SUPPORT_MARGIN = 0.07  # the feet, knees and hands are wider than their joints


def centre_of_mass(p: np.ndarray) -> np.ndarray:
    p = np.asarray(p, dtype=np.float64)
    total = HEAD_MASS * p[J["head"]]
    weight = HEAD_MASS
    for (a, b), m in MASS_SEGMENTS:
        total = total + m * (p[a] + p[b]) / 2
        weight += m
    return total / weight


def _hull_distance(point: np.ndarray, points: np.ndarray) -> float:
    """Distance (x, z) from a point to the convex hull of points (0 inside)."""
    pts = sorted(set(map(tuple, np.round(points, 6))))
    if len(pts) == 1:
        return float(np.linalg.norm(point - np.array(pts[0])))

    def cross(o, a, b):
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower, upper = [], []
    for q in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], q) <= 0:
            lower.pop()
        lower.append(q)
    for q in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], q) <= 0:
            upper.pop()
        upper.append(q)
    hull = [np.array(q) for q in lower[:-1] + upper[:-1]]
    edges = list(zip(hull, hull[1:] + hull[:1]))
    if len(hull) >= 3 and all(cross(a, b, point) >= 0 for a, b in edges):
        return 0.0
    return min(seg_dist(np.append(point, 0.0), np.append(a, 0.0), np.append(b, 0.0)) for a, b in edges)


def balance_problems(p: np.ndarray, posture: str) -> list[str]:
    """A pose that is not seated or lying keeps its centre of mass over its support: the (x, z)
    projection of the centre of mass lies within SUPPORT_MARGIN of the convex hull of the joints
    that touch the floor (feet, knees, hands, within 0.1 m of it)."""
    if posture in ("sitting", "lying"):
        return []
    p = np.asarray(p, dtype=np.float64)
    contact = [j for j in (7, 8, 10, 11, 4, 5, 20, 21) if p[j][1] < 0.1]
    if not contact:
        return ["nothing on the floor"]
    com = centre_of_mass(p)
    gap = _hull_distance(com[[0, 2]], p[contact][:, [0, 2]])
    return [f"centre of mass {gap:.3f} m outside the support"] if gap > SUPPORT_MARGIN else []


class _Builder:
    """Pairs of one part. The TABLE pairs keep their original random stream (seed), the other
    parts have their own ((seed, 1) to (seed, 16)), so each part's pairs are the same whether or
    not the others are built; duplicate groups are numbered from first_group + 1."""

    def __init__(self, seed: int, part: str = DEV, first_group: int = 0):
        self.part = part
        self.split = HELD if part == HELD else DEV
        stream = PART_STREAM[part]
        self.rng = np.random.default_rng(seed if stream is None else [seed, stream])
        self.bases = part_bases(part)
        self.pairs: list[Pair] = []
        self._dup_group = first_group

    # samples ---------------------------------------------------------------------------------

    def sample(self, base: Base) -> tuple[np.ndarray, Body]:
        """A plausible sample of a base pose on which every caption of the base holds."""
        for _ in range(MAX_TRIES):
            body = sample_body(self.rng)
            joints, flexes = pose_joints(base.spec, body)
            if holds(joints, base.preds) and not plausibility_problems(joints, flexes) and facing_ok(joints):
                if self.part == DEV or not contact_problems(joints):
                    if self.part not in (HALF_D, HALF_E, HALF_F, HALF_G, HALF_H, HALF_I, HALF_J, HALF_K, HALF_L, HALF_M, HALF_N,
                                         HALF_O, HALF_P, HALF_Q, HELD) or not balance_problems(joints, base.posture):
                        return joints, body
        raise AssertionError(f"{base.name}: no sample satisfies its captions in {MAX_TRIES} tries")

    def add(self, base: Base, caption: Caption, joints, kind: str, *, source="spec", mismatched=False,
            planted=None, dup_group=None) -> None:
        if not mismatched:
            assert holds(joints, caption.preds), (kind, base.name, caption.text)
        joints = np.array(joints, dtype=np.float32)  # a read-only copy per pair
        joints.flags.writeable = False
        assert joints.shape == (NUM_JOINTS, 3)
        self.pairs.append(Pair(caption.text, joints, kind, base.split, caption.style, source, mismatched, planted,
                               dup_group, base.name))

    def pick(self, items: list, n: int) -> list:
        if not items:
            return []
        order = self.rng.permutation(len(items))
        return [items[i] for i in order[:n]]

    def all_captions(self) -> list[tuple[Base, Caption]]:
        return [(b, c) for b in self.bases for c in b.captions]

    # kinds -----------------------------------------------------------------------------------

    def correct_spec(self, n: int) -> None:
        chosen = [(b, b.captions[int(self.rng.integers(len(b.captions)))]) for b in self.bases]
        rest = [bc for bc in self.all_captions() if bc not in chosen]
        chosen += self.pick(rest, n - len(chosen))
        for base, caption in chosen:
            joints, _ = self.sample(base)
            self.add(base, caption, joints, "correct")

    def correct_builtin(self, n: int) -> list[str]:
        """Built-in generator poses for captions whose predicates hold on them; returns the
        captions dropped because the pose does not do what they say."""
        from posegen.backends import GenerationSettings
        from posegen.builtin import BuiltinGenerator

        items = self.all_captions()
        generator = BuiltinGenerator(GenerationSettings(variation=1.0), {})
        seeds = [int(s) for s in self.rng.integers(0, 2**31 - 1, len(items))]
        kept, dropped, ok = [], [], []
        for (base, caption), seed in zip(items, seeds):
            try:  # compose each caption alone first: one the generator fails on only drops itself
                generator.canonical(caption.text)
            except Exception as error:  # noqa: BLE001
                dropped.append(f"{caption.text} [generator error: {type(error).__name__}: {error}]")
                continue
            ok.append((base, caption, seed))
        motions = generator.generate([c.text for _, c, _ in ok], [s for _, _, s in ok], [10] * len(ok)).motions
        for (base, caption, _), motion in zip(ok, motions):
            joints = to_conventions(motion[-1])
            if holds(joints, caption.preds) and not plausibility_problems(joints) and facing_ok(joints):
                kept.append((base, caption, joints))
            else:
                dropped.append(caption.text)
        for base, caption, joints in self.pick(kept, n):
            self.add(base, caption, joints, "correct", source="builtin")
        return dropped

    def swapped(self, n: int) -> None:
        candidates = [(b, c) for b, c in self.all_captions() if c.names_side()]
        made = 0
        for base, caption in self.pick(candidates, len(candidates)) * 3:
            if made == n:
                break
            joints, _ = self.sample(base)
            flipped = to_conventions(mirror(joints))
            if clearly_violated(flipped, caption.preds):
                self.add(base, caption, flipped, "swapped", mismatched=True)
                made += 1
        assert made == n, f"only {made} swapped pairs"

    def other_posture(self, n: int) -> None:
        candidates = [(b, c) for b, c in self.all_captions() if c.posture_preds()]
        made = 0
        for base, caption in self.pick(candidates, len(candidates)) * 3:
            if made == n:
                break
            others = [o for o in self.bases if o.group == base.group and o.posture in CLEARLY_OTHER[base.posture]]
            for other in self.pick(others, 3):
                joints, _ = self.sample(other)
                if clearly_violated(joints, caption.posture_preds()):
                    self.add(base, caption, joints, "other_posture", mismatched=True)
                    made += 1
                    break
        assert made == n, f"only {made} other_posture pairs"

    def _planted(self, kind: str, n: int, eligible: Callable, make: Callable, caption_ok: Callable) -> None:
        made = 0
        groups = list(dict.fromkeys(b.group for b in self.bases))
        pools = [[b for b in self.bases if eligible(b) and b.group == group] for group in groups]
        assert any(pools), kind
        for _ in range(n * 40):
            if made == n:
                break
            # alternate the groups (the development halves); an empty pool gives way to the next
            pool = next(p for k in range(len(pools)) if (p := pools[(made + k) % len(pools)]))
            base = pool[int(self.rng.integers(len(pool)))]
            captions = [c for c in base.captions if caption_ok(c)]
            if not captions:
                continue
            joints, body = self.sample(base)
            planted = make(base, joints, body)
            if planted is None:
                continue
            joints2, label = planted
            fitting = [c for c in captions if holds(joints2, c.preds)]
            if not fitting:
                continue
            caption = fitting[int(self.rng.integers(len(fitting)))]
            self.add(base, caption, joints2, kind, planted=label)
            made += 1
        assert made == n, f"only {made} {kind} pairs"

    def stretched(self, n: int) -> None:
        def make(base, joints, body):
            bone = list(BONE_CHILDREN)[int(self.rng.integers(4))]
            child = BONE_CHILDREN[bone][int(self.rng.integers(2))]
            factor = float(self.rng.uniform(1.25, 1.5))
            return stretch_bone(joints, child, factor), "bone_length"

        self._planted("stretched", n, lambda b: True, make, lambda c: True)

    def knee_backward(self, n: int) -> None:
        def make(base, joints, body):
            side = "lr"[int(self.rng.integers(2))]
            angle = float(self.rng.uniform(30, 60))
            out, _ = pose_joints(base.spec.with_limb(side + "l", knee_backwards_leg(angle)), body)
            if knee_flexion_signed(out, side) > -25:
                return None
            return out, "knee_hyperextended"

        eligible = lambda b: b.posture == "standing" and b.spec.ll == LEG_STAND and b.spec.rl == LEG_STAND  # noqa: E731
        self._planted("knee_backward", n, eligible, make, lambda c: not c.mentions(LEG_WORDS))

    def elbow_backward(self, n: int) -> None:
        def make(base, joints, body):
            sides = [s for s in "lr" if base.spec.limb(s + "a") == ARM_DOWN]
            side = sides[int(self.rng.integers(len(sides)))]
            angle = float(self.rng.uniform(40, 80))
            out, _ = pose_joints(base.spec.with_limb(side + "a", elbow_backwards_arm(angle)), body)
            if out[jn(side, "wrist")][2] > out[jn(side, "elbow")][2] - 0.1:
                return None
            return out, "elbow_hyperextended"

        eligible = lambda b: b.posture != "lying" and ARM_DOWN in (b.spec.la, b.spec.ra)  # noqa: E731
        self._planted("elbow_backward", n, eligible, make, lambda c: not c.mentions(ARM_WORDS))

    def through_body(self, n: int) -> None:
        def make(base, joints, body):
            sides = [s for s in "lr" if base.spec.limb(s + "a") == ARM_DOWN]
            side = sides[int(self.rng.integers(len(sides)))]
            at = ("spine2", "spine3")[int(self.rng.integers(2))]
            offset = (float(self.rng.uniform(0.0, 0.04)), float(self.rng.uniform(-0.03, 0.03)), float(self.rng.uniform(-0.02, 0.03)))
            out, _ = pose_joints(base.spec.with_limb(side + "a", wrist_inside_arm(at, offset)), body)
            wrist, elbow = out[jn(side, "wrist")], out[jn(side, "elbow")]
            if spine_distance(out, wrist) > 0.07 or spine_distance(out, elbow) < 0.12:
                return None
            return out, "interpenetration"

        eligible = lambda b: b.posture != "lying" and ARM_DOWN in (b.spec.la, b.spec.ra)  # noqa: E731
        self._planted("through_body", n, eligible, make, lambda c: not c.mentions(ARM_WORDS))

    def duplicates(self, groups: int, pairs: int) -> None:
        pool = [b for b in self.bases if len(b.captions) >= 4]
        made = made_groups = 0
        for base in self.pick(pool, len(pool)):
            if made_groups >= groups and made >= pairs:
                break
            size = int(self.rng.integers(2, 5))
            joints, _ = self.sample(base)
            self._dup_group += 1
            made_groups += 1
            for caption in self.pick(list(base.captions), size):
                self.add(base, caption, joints, "duplicate", dup_group=self._dup_group)
                made += 1
        assert made_groups >= groups and made >= pairs, (made_groups, made)


def stretch_bone(joints: np.ndarray, child: int, factor: float) -> np.ndarray:
    """Lengthen the bone ending at `child` by `factor`, moving the child's whole subtree."""
    out = np.asarray(joints, dtype=np.float64).copy()
    shift = (factor - 1.0) * (out[child] - out[PARENTS[child]])
    subtree = {child}
    for j in range(NUM_JOINTS):
        if PARENTS[j] in subtree:
            subtree.add(j)
    out[sorted(subtree)] += shift
    return to_conventions(out)


def knee_backwards_leg(angle: float) -> Limb:
    """Thigh back by half the angle, shin forward by the other half: the knee points backwards
    behind the hip-ankle line while the foot stays flat and the toes point forward."""
    half = math.radians(angle / 2)
    return Limb(dir=(0.02, -math.cos(half), -math.sin(half)), flex=-angle, pole=(0, 0, 1))


def elbow_backwards_arm(angle: float) -> Limb:
    """Upper arm hanging; the forearm folds backwards (towards -z) at the elbow."""
    return Limb(dir=(0.1, -1, 0), flex=-angle, pole=(0, 0, -1))


def wrist_inside_arm(at: str, offset: tuple) -> Limb:
    """Reach the wrist to a point a few centimetres from the spine, the elbow out to the side."""
    return Limb(ik=(at, offset, "c"), pole=(1, -0.3, 0.2))


def build_pairs(seed: int = 0) -> list[Pair]:
    """The labelled benchmark: deterministic for a seed. The development pairs come first."""
    pairs: list[Pair] = []
    for part in PARTS:
        target = TARGET[part]
        first_group = max((p.dup_group for p in pairs if p.dup_group is not None), default=0)
        builder = _Builder(seed, part, first_group)
        builder.correct_spec(target["correct_spec"])
        builder.correct_builtin(target["correct_builtin"])
        builder.swapped(target["swapped"])
        builder.other_posture(target["other_posture"])
        builder.stretched(target["stretched"])
        builder.knee_backward(target["knee_backward"])
        builder.elbow_backward(target["elbow_backward"])
        builder.through_body(target["through_body"])
        builder.duplicates(target["duplicate_groups"], target["duplicate_pairs"])
        pairs += builder.pairs
    return pairs


def builtin_dropped(seed: int = 0, split: str = DEV) -> list[str]:
    """Captions of a split whose built-in pose does not do what they say (left out of the
    builtin pairs)."""
    return [text for part in PARTS if (HELD if part == HELD else DEV) == split
            for text in _Builder(seed, part).correct_builtin(0)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--dropped", action="store_true", help="list captions whose built-in pose was left out")
    args = parser.parse_args()
    pairs = build_pairs(args.seed)
    print(f"{len(pairs)} pairs from {len({p.base for p in pairs})} base poses "
          f"({len(new_base_names())} of them used by held-out captions only)")
    for title, key in (("kind", lambda p: p.kind), ("split", lambda p: p.split), ("style", lambda p: p.style),
                       ("source", lambda p: p.source), ("planted", lambda p: p.planted),
                       ("mismatched", lambda p: p.mismatched)):
        counts = Counter(key(p) for p in pairs)
        print(f"{title}: " + ", ".join(f"{k}={v}" for k, v in sorted(counts.items(), key=lambda kv: str(kv[0]))))
    for split in (DEV, HELD):
        of = [p for p in pairs if p.split == split]
        print(f"\n{split}: {len(of)} pairs")
        for title, key in (("kind", lambda p: p.kind), ("style", lambda p: p.style), ("source", lambda p: p.source)):
            counts = Counter(key(p) for p in of)
            print(f"  {title}: " + ", ".join(f"{k}={v}" for k, v in sorted(counts.items())))
        print(f"  duplicate groups: {len({p.dup_group for p in of if p.dup_group is not None})}")
        captions = [c for b in bases(split) for c in b.captions]
        counts = Counter(c.style for c in captions)
        print(f"  captions: {len(captions)} on {len({b.name for b in bases(split)})} base poses; "
              + ", ".join(f"{k}={v}" for k, v in sorted(counts.items())))
        dropped = builtin_dropped(args.seed, split)
        print(f"  built-in generator: {len(captions) - len(dropped)} of {len(captions)} captions verified, "
              f"{len(dropped)} left out")
        if args.dropped:
            for text in dropped:
                print(f"    - {text}")


if __name__ == "__main__":
    main()
