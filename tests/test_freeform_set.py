"""The free-form description set is well formed and its geometric predicates mean what they say.

These tests check the set's shape and the predicates on hand-made poses; they do
not run the generator (its accuracy is what tests/benchmarks/bench_freeform.py reports).
"""

from __future__ import annotations

import csv
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np
import pytest

from tests.freeform_predicates import PREDICATES, check, parse_spec, split_checks

DESCRIPTIONS = Path(__file__).resolve().parent / "data" / "freeform_descriptions.tsv"

# --- hand-made poses (metres, y up, facing +z, the person's left is +x)

PARENTS = {
    "left_hip": "pelvis", "right_hip": "pelvis", "spine1": "pelvis", "left_knee": "left_hip",
    "right_knee": "right_hip", "spine2": "spine1", "left_ankle": "left_knee", "right_ankle": "right_knee",
    "spine3": "spine2", "left_foot": "left_ankle", "right_foot": "right_ankle", "neck": "spine3",
    "left_collar": "spine3", "right_collar": "spine3", "head": "neck", "left_shoulder": "left_collar",
    "right_shoulder": "right_collar", "left_elbow": "left_shoulder", "right_elbow": "right_shoulder",
    "left_wrist": "left_elbow", "right_wrist": "right_elbow",
}
# Offsets of each joint from its parent in a standing pose with the arms hanging (about 1.7 m tall).
OFFSETS = {
    "left_hip": (0.09, -0.07, 0), "right_hip": (-0.09, -0.07, 0), "spine1": (0, 0.11, 0),
    "left_knee": (0, -0.41, 0), "right_knee": (0, -0.41, 0), "spine2": (0, 0.13, 0),
    "left_ankle": (0, -0.41, 0), "right_ankle": (0, -0.41, 0), "spine3": (0, 0.06, 0),
    "left_foot": (0, -0.06, 0.13), "right_foot": (0, -0.06, 0.13), "neck": (0, 0.2, 0),
    "left_collar": (0.08, 0.12, 0), "right_collar": (-0.08, 0.12, 0), "head": (0, 0.1, 0.03),
    "left_shoulder": (0.11, 0.02, 0), "right_shoulder": (-0.11, 0.02, 0), "left_elbow": (0, -0.28, 0),
    "right_elbow": (0, -0.28, 0), "left_wrist": (0, -0.25, 0), "right_wrist": (0, -0.25, 0),
}
UPPER_BODY = ("spine1", "spine2", "spine3", "neck", "head") + tuple(
    f"{s}_{j}" for s in ("left", "right") for j in ("collar", "shoulder", "elbow", "wrist")
)
SIGN = {"left": 1.0, "right": -1.0}


def rest() -> dict[str, np.ndarray]:
    """Standing, arms hanging, pelvis at the origin (not yet on the floor)."""
    p = {"pelvis": np.zeros(3)}
    for joint, parent in PARENTS.items():  # parents come before children in this order
        p[joint] = p[parent] + np.array(OFFSETS[joint], dtype=float)
    return p


def _unit(v) -> np.ndarray:
    v = np.asarray(v, dtype=float)
    return v / np.linalg.norm(v)


def set_arm(p, side, upper, fore=None) -> None:
    """Point the upper arm and the forearm along the given directions (forearm defaults to the upper arm's)."""
    p[f"{side}_elbow"] = p[f"{side}_shoulder"] + 0.28 * _unit(upper)
    p[f"{side}_wrist"] = p[f"{side}_elbow"] + 0.25 * _unit(upper if fore is None else fore)


def set_leg(p, side, thigh, shin=None, foot=(0, -0.06, 0.13)) -> None:
    """Point the thigh and the shin along the given directions; the foot keeps the given offset."""
    p[f"{side}_knee"] = p[f"{side}_hip"] + 0.41 * _unit(thigh)
    p[f"{side}_ankle"] = p[f"{side}_knee"] + 0.41 * _unit(thigh if shin is None else shin)
    p[f"{side}_foot"] = p[f"{side}_ankle"] + np.array(foot, dtype=float)


def rotate(p, axis: str, degrees: float, joints=None) -> None:
    """Rotate the given joints (all by default) about the pelvis, right-handed about the world axis."""
    c, s = np.cos(np.radians(degrees)), np.sin(np.radians(degrees))
    matrix = {
        "x": np.array([[1, 0, 0], [0, c, -s], [0, s, c]]),
        "y": np.array([[c, 0, s], [0, 1, 0], [-s, 0, c]]),
        "z": np.array([[c, -s, 0], [s, c, 0], [0, 0, 1]]),
    }[axis]
    for joint in joints or list(p):
        p[joint] = p["pelvis"] + matrix @ (p[joint] - p["pelvis"])


def ground(p) -> dict[str, np.ndarray]:
    """Put the lowest joint on the floor and the pelvis above the origin."""
    low = min(v[1] for v in p.values())
    shift = np.array([p["pelvis"][0], low, p["pelvis"][2]])
    return {joint: v - shift for joint, v in p.items()}


def build(name: str) -> dict[str, np.ndarray]:
    p = rest()
    if name == "t_pose":
        for side, s in SIGN.items():
            set_arm(p, side, (s, 0, 0))
    elif name == "arms_overhead":
        for side in SIGN:
            set_arm(p, side, (0, 1, 0))
    elif name == "arms_forward":
        for side in SIGN:
            set_arm(p, side, (0, 0, 1))
    elif name == "left_arm_back":
        set_arm(p, "left", (0, -0.7, -0.7))
    elif name == "hands_on_hips":
        for side, s in SIGN.items():
            set_arm(p, side, (0.6 * s, -0.75, -0.15))
            p[f"{side}_wrist"] = p[f"{side}_hip"] + np.array([0.08 * s, 0.05, 0])
    elif name == "arms_crossed":
        for side, s in SIGN.items():
            p[f"{side}_elbow"] = np.array([0.22 * s, 0.22, 0.12])
            p[f"{side}_wrist"] = np.array([-0.1 * s, 0.25, 0.2])
    elif name == "palms_together":
        for side, s in SIGN.items():
            p[f"{side}_elbow"] = np.array([0.25 * s, 0.15, 0.1])
            p[f"{side}_wrist"] = np.array([0.03 * s, 0.25, 0.25])
    elif name == "hands_behind_head":
        for side, s in SIGN.items():
            p[f"{side}_elbow"] = np.array([0.4 * s, 0.6, 0])
            p[f"{side}_wrist"] = p["head"] + np.array([0.08 * s, 0, -0.08])
    elif name == "hands_behind_back":
        for side, s in SIGN.items():
            p[f"{side}_elbow"] = np.array([0.22 * s, 0.2, -0.12])
            p[f"{side}_wrist"] = np.array([0.05 * s, -0.05, -0.15])
    elif name == "squat_hands_on_knees":
        for side in SIGN:
            set_leg(p, side, (0, 0.05, 0.41), (0, -0.36, -0.2))
            p[f"{side}_wrist"] = p[f"{side}_knee"] + np.array([0, 0.05, 0.05])
    elif name == "chair":
        for side in SIGN:
            set_leg(p, side, (0, 0, 1), (0, -1, 0))
    elif name == "kneel":
        for side in SIGN:
            set_leg(p, side, (0, -1, 0), (0, 0, -1), foot=(0, 0, -0.12))
    elif name == "kneel_left_knee":
        set_leg(p, "left", (0, -1, 0), (0, 0, -1), foot=(0, 0, -0.12))
        set_leg(p, "right", (0, 0, 1), (0, -1, 0))
    elif name == "floor_sit":
        for side in SIGN:
            set_leg(p, side, (0, 0, 1), foot=(0, 0.1, 0.06))
    elif name == "cross_legged":
        for side, s in SIGN.items():
            set_leg(p, side, (0.6 * s, -0.05, 0.8), (-s, 0, 0.1), foot=(0, 0.05, 0.1))
    elif name == "lying_on_back":
        rotate(p, "x", -90)
    elif name == "lying_on_front":
        rotate(p, "x", 90)
    elif name == "lying_on_right_side":
        rotate(p, "z", 90)
    elif name == "bent_forward":
        rotate(p, "x", 85, UPPER_BODY)
    elif name == "toe_touch":
        rotate(p, "x", 95, UPPER_BODY)
        for side in SIGN:
            p[f"{side}_wrist"] = p[f"{side}_ankle"] + np.array([0, 0.05, 0.25])
            p[f"{side}_elbow"] = (p[f"{side}_wrist"] + p[f"{side}_shoulder"]) / 2
    elif name == "leaning_back":
        rotate(p, "x", -25, UPPER_BODY)
    elif name == "leaning_left":
        rotate(p, "z", -25, UPPER_BODY)
    elif name == "twisted_left":
        rotate(p, "y", 40, UPPER_BODY)
    elif name == "head_tilted_left":
        p["head"] = p["neck"] + np.array([0.05, 0.09, 0.03])
    elif name == "looking_down":
        p["head"] = p["neck"] + np.array([0, 0.07, 0.08])
    elif name == "looking_up":
        p["head"] = p["neck"] + np.array([0, 0.09, -0.04])
    elif name == "right_knee_up":
        set_leg(p, "right", (0, 0, 1), (0, -1, 0))
    elif name == "right_leg_forward":
        set_leg(p, "right", (0, -0.3, 1))
    elif name == "left_leg_back":
        set_leg(p, "left", (0, -0.7, -0.7))
    elif name == "right_leg_side":
        set_leg(p, "right", (-0.7, -0.7, 0))
    elif name == "wide_stance":
        for side, s in SIGN.items():
            set_leg(p, side, (0.45 * s, -0.89, 0))
    elif name == "lunge_left":
        set_leg(p, "left", (0, -0.5, 0.87), (0, -1, 0))
        set_leg(p, "right", (0, -0.7, -0.7), (0, -0.5, -0.87))
    elif name == "tiptoes":
        for side in SIGN:
            p[f"{side}_foot"] = p[f"{side}_ankle"] + np.array([0, -0.14, 0.06])
    elif name == "all_fours":
        for side in SIGN:
            set_leg(p, side, (0, 0, 1), (0, -1, 0), foot=(0, -0.1, 0))
            set_arm(p, side, (0, 0, 1))
        rotate(p, "x", 90)
    elif name == "left_elbow_right_angle":
        set_arm(p, "left", (0, -1, 0), (0, 0, 1))
    elif name != "rest":
        raise KeyError(name)
    return ground(p)


# (pose, spec that must hold, spec that must not hold)
PAIRS = [
    ("rest", "standing()", "sitting()"),
    ("rest", "arm_down(left)", "arm_out_to_side(left)"),
    ("rest", "torso_upright()", "torso_bent_forward()"),
    ("rest", "feet_together()", "feet_apart()"),
    ("rest", "wrist_below_shoulder(right)", "wrist_above_shoulder(right)"),
    ("rest", "foot_on_floor(left)", "foot_off_floor(left)"),
    ("rest", "elbow_angle_between(left, 160, 180)", "elbow_angle_between(left, 0, 120)"),
    ("rest", "knee_angle_between(right, 160, 180)", "knee_angle_between(right, 0, 120)"),
    ("rest", "arm_elevation_between(left, 0, 15)", "hand_on_hip(left)"),
    ("rest", "not hands_together()", "lying()"),
    ("t_pose", "arm_out_to_side(left)", "wrist_above_head(left)"),
    ("t_pose", "arm_out_to_side(right)", "arm_down(right)"),
    ("t_pose", "wrist_at_shoulder_height(left)", "arm_forward(left)"),
    ("t_pose", "arm_elevation_between(right, 80, 100)", "arm_elevation_between(right, 0, 45)"),
    ("arms_overhead", "wrist_above_head(right)", "arm_out_to_side(right)"),
    ("arms_overhead", "wrist_above_shoulder(left)", "wrist_at_shoulder_height(left)"),
    ("arms_forward", "arm_forward(left)", "arm_out_to_side(left)"),
    ("arms_forward", "wrist_in_front(right)", "arm_down(right)"),
    ("left_arm_back", "arm_back(left)", "arm_back(right)"),
    ("hands_on_hips", "hand_on_hip(left)", "arm_down(left)"),
    ("hands_on_hips", "hand_on_hip(right)", "hand_on(right, head)"),
    ("hands_on_hips", "wrist_at_waist_height(left)", "wrist_at_shoulder_height(left)"),
    ("rest", "not wrist_at_waist_height(left)", "arms_crossed()"),
    ("arms_crossed", "arms_crossed()", "hands_together()"),
    ("arms_crossed", "arm_across_body(left)", "arm_out_to_side(left)"),
    ("rest", "not arm_across_body(left)", "arm_across_body(right)"),
    ("palms_together", "hands_together()", "arms_crossed()"),
    ("hands_behind_head", "hand_behind_head(left)", "hand_behind_back(left)"),
    ("hands_behind_head", "hand_on(right, head)", "hand_on(right, right_knee)"),
    ("hands_behind_back", "hand_behind_back(right)", "hand_behind_head(right)"),
    ("rest", "not hand_behind_back(right)", "hand_behind_head(left)"),
    ("squat_hands_on_knees", "squatting()", "standing()"),
    ("squat_hands_on_knees", "hand_on(left, left_knee)", "knee_on_floor(left)"),
    ("chair", "sitting_on_chair()", "squatting()"),
    ("chair", "sitting()", "sitting_on_floor()"),
    ("chair", "knee_angle_between(left, 65, 115)", "standing()"),
    ("kneel", "kneeling()", "standing()"),
    ("kneel", "knee_on_floor(right)", "kneeling_on_one_knee(right)"),
    ("kneel_left_knee", "kneeling_on_one_knee(left)", "kneeling_on_one_knee(right)"),
    ("kneel_left_knee", "knee_on_floor(left)", "knee_on_floor(right)"),
    ("floor_sit", "sitting_on_floor()", "sitting_on_chair()"),
    ("floor_sit", "sitting()", "ankles_crossed()"),
    ("cross_legged", "ankles_crossed()", "standing()"),
    ("lying_on_back", "lying_on_back()", "lying_on_front()"),
    ("lying_on_back", "lying()", "standing()"),
    ("lying_on_front", "lying_on_front()", "lying_on_back()"),
    ("lying_on_right_side", "lying_on_side(right)", "lying_on_side(left)"),
    ("bent_forward", "torso_bent_forward()", "torso_upright()"),
    ("bent_forward", "torso_tilt_between(70, 100)", "torso_tilt_between(0, 30)"),
    ("toe_touch", "wrist_below_knee(left)", "wrist_above_shoulder(left)"),
    ("rest", "not wrist_below_knee(left)", "torso_leaning_back()"),
    ("leaning_back", "torso_leaning_back()", "torso_bent_forward()"),
    ("leaning_left", "torso_leaning_side(left)", "torso_leaning_side(right)"),
    ("twisted_left", "torso_twisted(left)", "torso_twisted(right)"),
    ("head_tilted_left", "head_tilted(left)", "head_tilted(right)"),
    ("looking_down", "looking_down()", "looking_up()"),
    ("looking_up", "looking_up()", "looking_down()"),
    ("rest", "not looking_down()", "looking_up()"),
    ("right_knee_up", "knee_raised(right)", "knee_raised(left)"),
    ("right_knee_up", "standing_on_one_leg(left)", "standing_on_one_leg(right)"),
    ("right_knee_up", "foot_off_floor(right)", "foot_off_floor(left)"),
    ("right_leg_forward", "leg_raised_forward(right)", "leg_raised_back(right)"),
    ("left_leg_back", "leg_raised_back(left)", "leg_raised_forward(left)"),
    ("right_leg_side", "leg_out_to_side(right)", "leg_out_to_side(left)"),
    ("wide_stance", "feet_apart()", "feet_together()"),
    ("wide_stance", "standing()", "leg_raised_forward(left)"),
    ("lunge_left", "lunging(left)", "lunging(right)"),
    ("tiptoes", "on_tiptoes()", "foot_off_floor(left)"),
    ("rest", "not on_tiptoes()", "on_hands_and_knees()"),
    ("all_fours", "on_hands_and_knees()", "lying()"),
    ("left_elbow_right_angle", "elbow_angle_between(left, 80, 100)", "elbow_angle_between(left, 150, 180)"),
]


@pytest.mark.parametrize("pose_name,holds,fails", PAIRS)
def test_predicate_tells_right_from_wrong(pose_name, holds, fails):
    pose = build(pose_name)
    assert check(pose, holds), f"{holds} should hold on {pose_name}"
    assert not check(pose, fails), f"{fails} should not hold on {pose_name}"


def test_every_predicate_is_exercised_by_a_pair():
    used = {parse_spec(spec)[1] for _, holds, fails in PAIRS for spec in (holds, fails)}
    assert not set(PREDICATES) - used


def test_hand_made_poses_follow_the_conventions():
    for name in {pose for pose, _, _ in PAIRS}:
        pose = build(name)
        assert min(v[1] for v in pose.values()) == pytest.approx(0.0), name
        assert pose["pelvis"][0] == pytest.approx(0.0) and pose["pelvis"][2] == pytest.approx(0.0), name


def test_check_rejects_malformed_or_unknown_specs():
    pose = build("rest")
    for spec in ("standing", "flying()", "arm_down(left", "arm_down(__import__('os'))", "arm_down(middle)",
                 "elbow_angle_between(left)", "hand_on(left, nose)"):
        with pytest.raises(ValueError):
            check(pose, spec)


# --- the set's shape


def read_rows() -> list[dict[str, str]]:
    with DESCRIPTIONS.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def test_columns_and_size():
    rows = read_rows()
    assert len(rows) >= 400
    assert all(list(row) == ["split", "style", "text", "checks"] for row in rows)
    assert all(row["text"].strip() and row["checks"].strip() for row in rows)


def test_styles_are_large_enough_and_split_in_half():
    by_style: dict[str, Counter] = defaultdict(Counter)
    for row in read_rows():
        assert row["split"] in ("dev", "heldout")
        by_style[row["style"]][row["split"]] += 1
    assert len(by_style) >= 8
    for style, splits in by_style.items():
        assert splits["dev"] + splits["heldout"] >= 40, style
        assert abs(splits["dev"] - splits["heldout"]) <= 1, style


def test_no_duplicate_texts():
    texts = Counter(" ".join(row["text"].lower().split()) for row in read_rows())
    assert [text for text, n in texts.items() if n > 1] == []


def test_every_check_parses_and_runs():
    pose = build("rest")
    for row in read_rows():
        specs = split_checks(row["checks"])
        assert specs, row["text"]
        for spec in specs:
            check(pose, spec)  # raises ValueError on a bad name, argument or arity
