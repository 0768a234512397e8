"""Solving a pose for its caption's constraints: the vocabulary curation checks is what the
builtin generator poses, and each record says what shaped the pose and what was ignored."""

from __future__ import annotations

import numpy as np
import pytest

from posegen.agreement import agreement
from posegen.backends import GenerationSettings
from posegen.builtin import BuiltinGenerator
from posegen.builtin.fit import ARM_JOINTS, fit_pose, fit_poses, free_joints, joints_of, violations
from posegen.builtin.generator import neutral_pose
from posegen.builtin.solve import posture_candidates
from posegen.caption_reader import read_caption
from posegen.constraints import Constraint
from posegen.plausibility import check_poses
from posegen.posecodes import read_poses
from posegen.skeleton import JOINT


@pytest.fixture(scope="module")
def generator() -> BuiltinGenerator:
    return BuiltinGenerator(GenerationSettings(variation=0.0), {})


def held_pose(generator: BuiltinGenerator, caption: str) -> np.ndarray:
    return generator.generate([caption], [0], [8]).motions[0, -1]


def test_a_violated_constraint_moves_only_the_joints_it_is_about():
    start = neutral_pose()
    wanted = (Constraint("arm_out", side="left"), Constraint("wrist_at_shoulder_height", side="left"))
    assert violations(wanted, start)
    fit = fit_pose(start, wanted, start)
    assert fit.moved and fit.violated == ()
    changed = {j for j in range(22) if not np.array_equal(fit.rotvecs[j], start[j])}
    assert changed and changed <= set(ARM_JOINTS["left"])


def test_a_pose_that_reaches_the_aims_is_kept_as_composed_and_fitting_is_deterministic():
    start = neutral_pose()
    holds = (Constraint("wrist_below", side="left", target="SAME_shoulder"),)
    fit = fit_pose(start, holds, start)
    assert not fit.moved and np.array_equal(fit.rotvecs, start)
    wanted = (Constraint("wrist_above_head", side="right"),)
    assert np.array_equal(fit_pose(start, wanted, start).rotvecs, fit_pose(start, wanted, start).rotvecs)


def test_hands_that_must_reach_low_may_bend_the_torso():
    assert {3, 6, 9} <= set(free_joints([Constraint("hand_near", side="left", target="left_knee", lo=0.32)]))
    assert not {0, 3, 6, 9} & set(free_joints([Constraint("hand_near", side="left", target="head", lo=0.32)]))


@pytest.mark.parametrize(
    "caption",
    [
        "Put both hands on your knees.",  # the lexicon knows none of it
        "A person holds the left arm out to the side at shoulder height",
        "A person stands without raising the arms.",
        "She crouches and touches her right ankle with her left hand.",
    ],
)
def test_generated_poses_meet_their_captions_constraints(generator, caption):
    reading = read_caption(caption)
    pose = held_pose(generator, caption)
    result = agreement(reading.constraints, read_poses(pose))
    assert reading.constraints and result.score == 1.0, result.violated
    assert generator.understanding(caption).matched
    assert not check_poses(pose)[0]


def test_without_raising_the_arms_the_arms_hang(generator):
    pose = held_pose(generator, "A person stands without raising the arms.")
    for side in ("left", "right"):
        assert pose[JOINT[f"{side}_wrist"], 1] < pose[JOINT[f"{side}_shoulder"], 1] - 0.3


def test_a_posture_the_lexicon_misses_is_composed_from_the_readers_posture(generator):
    caption = "The body is turned onto its left side on the floor."
    reading = read_caption(caption)
    assert {c.kind for c in reading.constraints} >= {"posture", "lying_on"}
    pose = held_pose(generator, caption)
    assert agreement(reading.constraints, read_poses(pose)).score == 1.0
    assert ("lie_side", "left") in posture_candidates(reading.constraints)


def test_a_later_clause_that_places_a_limb_replaces_an_earlier_one():
    kinds = {(c.kind, c.side) for c in read_caption("Both hands are on the hips, then the right arm is raised overhead").constraints}
    assert ("hand_on_hip", "left") in kinds and ("hand_on_hip", "right") not in kinds
    assert ("wrist_above_head", "right") in kinds


def test_records_say_what_shaped_the_pose_and_what_was_ignored(generator):
    info = generator.understanding("A person stands, the left elbow draws a small circle").info()
    assert info["ignored"] == ["the left elbow draws a small circle"] and not info["matched"]
    info = generator.understanding("Put both hands on your knees.").info()
    assert info["matched"] and info["constraints"] == ["left hand at the knee", "right hand at the knee"]
    assert info["understood"] == [] and info["ignored"] == [] and info["unmet"] == []


def test_a_pose_fitted_in_a_batch_is_the_pose_fitted_alone():
    start = neutral_pose()
    sets = [(Constraint("arm_out", side="left"),), (Constraint("hand_near", side="right", target="head", lo=0.32),),
            (Constraint("wrist_below", side="left", target="SAME_shoulder"),)]
    together = fit_poses([start] * 3, sets, start)
    for constraints, fit in zip(sets, together):
        assert np.array_equal(fit.rotvecs, fit_pose(start, constraints, start).rotvecs)
    assert [f.moved for f in together] == [True, True, False]


def test_a_constraint_that_cannot_be_met_is_reported_unmet():
    start = neutral_pose()
    impossible = (Constraint("wrist_above_head", side="left"), Constraint("arm_down", side="left"))
    fit = fit_pose(start, impossible, start)
    assert fit.violated  # both cannot hold at once


def test_fitted_poses_keep_the_skeleton(generator):
    pose = held_pose(generator, "Put both hands on your knees.")
    again = joints_of(generator.canonical("Put both hands on your knees.").rotvecs[None])[0]
    assert np.allclose(pose, again, atol=1e-5)


@pytest.mark.parametrize(
    ("caption", "wanted"),
    [
        ("She swings her left arm back behind her.", {("arm_back", "left")}),
        ("Elbows bent, the hands up by the shoulders", {("hand_near", "left"), ("hand_near", "right")}),
        ("The right arm points diagonally up", {("limb_raised_angle", "right")}),
        ("The right leg is stretched out on the floor", {("knee_straight", "right")}),
    ],
)
def test_the_reader_places_limbs_it_used_to_skip(caption, wanted):
    assert wanted <= {(c.kind, c.side) for c in read_caption(caption).constraints}


@pytest.mark.parametrize(("caption", "low", "high"), [("Left arm raised 30 degrees above horizontal", 95, 145),
                                                      ("Left arm lowered to 30 degrees below horizontal", 35, 85)])
def test_angles_from_the_horizontal_count_from_hanging(caption, low, high):
    raised = [c for c in read_caption(caption).constraints if c.kind == "limb_raised_angle"]
    assert raised and low <= raised[0].lo and raised[0].hi <= high


def test_the_lexicon_names_no_concept_a_negation_denies():
    from posegen.builtin import parse_caption

    assert parse_caption("A person stands without raising the arms.").understood == ["stand"]
    assert parse_caption("She sits on the floor and does not cross her legs").understood == ["sit_floor"]
    assert parse_caption("He is not lying down; he kneels on both knees.").understood == ["kneel_both:both"]


@pytest.mark.parametrize(
    ("caption", "wanted"),
    [
        ("I lie on my back", {("lying_on", None)}),
        ("She lies on her back, both hands resting on her belly", {("hand_near", "left"), ("hand_near", "right")}),
        ("The right hand is not on the hip but on the right knee", {("hand_near", "right")}),
        ("Tuck your chin down", {("head_down", None)}),
        ("Clasp your hands together above your head", {("hands_together", None), ("wrist_above_head", "left")}),
    ],
)
def test_reader_structure(caption, wanted):
    assert wanted <= {(c.kind, c.side) for c in read_caption(caption).constraints}


def test_a_place_after_but_goes_to_the_hand_and_names_no_posture():
    constraints = read_caption("The right hand is not on the hip but on the right knee").constraints
    assert not any(c.kind == "posture" for c in constraints)
    assert any(c.kind == "hand_near" and c.target == "right_knee" and not c.negated for c in constraints)


def test_a_fold_subsumes_a_lean():
    bends = [c for c in read_caption("Lean forward and touch your toes").constraints if c.kind == "torso_forward"]
    assert len(bends) == 1 and bends[0].lo >= 30


def test_generated_poses_follow_structure_the_lexicon_misses(generator):
    crossed = held_pose(generator, "Sit on the floor with the legs crossed.")
    assert crossed[JOINT["left_ankle"], 0] < crossed[JOINT["right_ankle"], 0]  # the left foot crosses to the right
    chin = read_poses(held_pose(generator, "Tuck your chin down"))
    assert float((chin.offset("head", "neck") * chin.frame[2]).sum(-1)[0]) > 0.06
    lunge = held_pose(generator, "A deep lunge, the right foot in front.")
    assert lunge[JOINT["right_ankle"], 2] > lunge[JOINT["left_ankle"], 2] + 0.4


@pytest.mark.parametrize(
    ("caption", "specs"),
    [
        ("Lying face down, both arms stretched forward",
         ("lying_on_front()", "arm_elevation_between(left, 130, 180)", "arm_elevation_between(right, 130, 180)")),
        ("Kneeling, bowing forward with the arms stretched out ahead along the floor",
         ("torso_bent_forward()", "arm_elevation_between(left, 120, 180)")),
        ("He lies on his back with the arms alongside the body",
         ("lying_on_back()", "arm_elevation_between(left, 0, 35)", "arm_elevation_between(right, 0, 35)")),
        ("Both palms flat on the floor, legs straight", ("wrist_below_knee(left)", "wrist_below_knee(right)")),
        ("Standing on the left leg, the sole of the right foot pressed against the left inner thigh",
         ("standing_on_one_leg(left)", "knee_angle_between(right, 0, 100)")),
    ],
)
def test_poses_follow_what_the_reader_reads(caption, specs):
    """Arms along a folded or prone body, hands on the floor, a foot against the other leg."""
    from tests.freeform_predicates import check

    joints = BuiltinGenerator(GenerationSettings(variation=0.0), {}).generate([caption], [0], [10]).motions[0, -1]
    pose = {name: joints[i] for name, i in JOINT.items()}
    assert [spec for spec in specs if not check(pose, spec)] == []
