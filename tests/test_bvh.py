"""Tests for posegen.bvh: rotations solved from joint positions reproduce the pose,
the file format round-trips, hinges bend about their own axis, damaged files are told."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.spatial.transform import Rotation

from posegen import bvh
from posegen.joint_rotations import ROTATION_ORDER, euler_angles, forward_kinematics, solve
from posegen.builtin.generator import BuiltinGenerator
from posegen.settings import GenerationSettings
from posegen.skeleton import JOINT, JOINT_NAMES, bone_lengths
from tests.test_render import make_pose, sample_poses

CAPTIONS = (
    "A person stands with the arms down.",
    "A person squats down low.",
    "A person kneels on the right knee with the left elbow bent.",
    "A person lies on the back.",
    "A person lunges forward with the left leg, arms overhead.",
    "A person bends forward to touch the toes.",
    "A person sits cross-legged on the floor.",
    "A person balances on the left leg with the right knee raised.",
)


@pytest.fixture(scope="module")
def builtin_motions():
    generator = BuiltinGenerator(GenerationSettings(sequence_length=16), {})
    return np.asarray(generator.generate(list(CAPTIONS), list(range(len(CAPTIONS))), [16] * len(CAPTIONS)).motions)


def all_poses(motions) -> np.ndarray:
    rng = np.random.default_rng(3)
    hand_built = np.stack(list(sample_poses().values()))
    # Learned models drift: bone lengths and the hips' and shoulders' shape vary.
    drifted = motions[:, -1] + rng.normal(0, 0.03, motions[:, -1].shape)
    return np.concatenate([motions[:, -1], hand_built, drifted])


def test_solved_rotations_reproduce_every_joint(builtin_motions):
    poses = all_poses(builtin_motions)
    motion = solve(poses)
    assert np.abs(forward_kinematics(motion) - poses).max() < 1e-9
    # Offsets are the pose's own bone lengths.
    assert np.allclose(np.linalg.norm(motion.offsets, axis=-1), bone_lengths(poses))


def test_file_round_trip_reproduces_the_pose(tmp_path, builtin_motions):
    for k, pose in enumerate(all_poses(builtin_motions)):
        path = tmp_path / f"{k}.bvh"
        bvh.write_bvh(path, pose)
        parsed = bvh.read_bvh(path)
        assert parsed.names[0] == "pelvis" and sorted(parsed.names) == sorted(JOINT_NAMES)
        assert len(parsed.motion) == 1
        assert np.abs(bvh.pose_frames(parsed)[0] - pose).max() < 1e-5


def test_clip_shares_one_skeleton_and_reproduces_its_frames(tmp_path, builtin_motions):
    clip = builtin_motions[4]
    bvh.write_bvh(tmp_path / "clip.bvh", clip, rest_frame=len(clip) - 1)
    parsed = bvh.read_bvh(tmp_path / "clip.bvh")
    assert len(parsed.motion) == len(clip)
    assert np.abs(bvh.pose_frames(parsed) - clip).max() < 1e-5
    # Channels are continuous: no jump of a whole turn between frames.
    assert np.abs(np.diff(parsed.motion[:, 3:], axis=0)).max() < 90


def test_a_bent_knee_and_elbow_turn_about_their_hinge_axis():
    bent = make_pose(
        {
            "left_ankle": (0, -0.5, -0.87),  # knee bent 60 degrees, shin backwards
            "left_wrist": (0, 0.5, 0.87),  # elbow bent, forearm forwards and up
        }
    )
    motion = solve(bent)
    knee = Rotation.from_matrix(motion.local_rotations[0, JOINT["left_knee"]]).as_rotvec(degrees=True)
    elbow = Rotation.from_matrix(motion.local_rotations[0, JOINT["left_elbow"]]).as_rotvec(degrees=True)
    # The knee's rotation is about its own x axis (a hinge), by about the bend.
    assert abs(knee[0]) > 50 and np.hypot(knee[1], knee[2]) < 2
    # The elbow bends about one axis only (no twist about the forearm).
    axis = elbow / np.linalg.norm(elbow)
    assert abs(axis[1]) > 0.97


def test_large_bends_read_as_plain_angles():
    # Thigh forward, shin back under it: the knee bent about 150 degrees.
    deep = make_pose({"left_knee": (0, 0, 1), "left_ankle": (0, -0.5, -0.87)})
    motion = solve(deep)
    euler = euler_angles(motion.local_rotations)[0]
    knee = euler[JOINT["left_knee"]]
    # A knee bent well past 90 degrees reads as one large angle, not (180, x, 180).
    assert abs(knee[1]) > 120 and abs(knee[0]) < 10 and abs(knee[2]) < 10
    # The chosen triple still gives the same rotation.
    again = Rotation.from_euler(ROTATION_ORDER, euler, degrees=True).as_matrix()
    assert np.allclose(again, motion.local_rotations[0], atol=1e-9)


def test_standing_pose_rotates_little_from_the_t_pose():
    euler = euler_angles(solve(sample_poses()["t_pose"]).local_rotations)[0]
    legs = [JOINT[f"{side}_{part}"] for side in ("left", "right") for part in ("hip", "knee", "ankle")]
    assert np.abs(euler[legs]).max() < 25
    arms = [JOINT[f"{side}_{part}"] for side in ("left", "right") for part in ("shoulder", "elbow")]
    assert np.abs(euler[arms]).max() < 25


@pytest.mark.parametrize(
    "damage, message",
    [
        (lambda text: text[: len(text) // 2], "truncated"),
        (lambda text: text.rstrip("\n") + " 1.0\n", "MOTION holds"),
        (lambda text: text.replace("HIERARCHY", "HELLO"), "HIERARCHY"),
        (lambda text: text.replace("OFFSET", "OFFSET x", 1), "malformed number"),
        (lambda text: text.replace("left_knee", "knee_left"), "joint_names"),
        (lambda text: "", "truncated"),
    ],
)
def test_damaged_files_are_told(tmp_path, damage, message):
    path = tmp_path / "pose.bvh"
    bvh.write_bvh(path, sample_poses()["squat"])
    path.write_text(damage(path.read_text()))
    with pytest.raises(bvh.BvhError, match=message):
        bvh.pose_frames(bvh.read_bvh(path))


def test_bad_joints_are_refused_and_collapsed_bones_kept():
    with pytest.raises(ValueError, match="finite"):
        solve(np.full((22, 3), np.nan))
    collapsed = sample_poses()["standing"].copy()
    collapsed[JOINT["left_knee"]] = collapsed[JOINT["left_hip"]]
    # Two joints on one point (a drifting model): still a file that reproduces the pose.
    assert np.abs(forward_kinematics(solve(collapsed))[0] - collapsed).max() < 1e-6
