"""The builtin generator's poses mean what the captions say, checked on the joints of the held frame."""

from __future__ import annotations

import numpy as np
import pytest

from posegen.backends import GenerationSettings
from posegen.builtin import BuiltinGenerator
from posegen.skeleton import JOINT

GEN = BuiltinGenerator(GenerationSettings(variation=0.0), {})


def pose(caption: str) -> dict[str, np.ndarray]:
    joints = GEN.generate([caption], [0], [10]).motions[0, -1]
    return {name: joints[i] for name, i in JOINT.items()}


def x(p, j):
    return p[j][0]


def torso_pitch(p):
    """Degrees the trunk (pelvis to neck) leans from the vertical."""
    v = p["neck"] - p["pelvis"]
    return float(np.degrees(np.arccos(v[1] / np.linalg.norm(v))))


def knee_angle(p, side):
    """Degrees at the knee between thigh and shin (180 = straight)."""
    a, b = p[f"{side}_hip"] - p[f"{side}_knee"], p[f"{side}_ankle"] - p[f"{side}_knee"]
    return float(np.degrees(np.arccos(np.dot(a, b) / (np.linalg.norm(a) * np.linalg.norm(b)))))


def y(p, j):
    return p[j][1]


def dist(p, a, b):
    return float(np.linalg.norm(p[a] - p[b]))


def z(p, j):
    return p[j][2]


def head_above_wrists(p, side):
    return y(p, f"{side}_wrist") > y(p, "head")


CHECKS = {
    # arms
    "arms raised overhead": lambda p: head_above_wrists(p, "left") and head_above_wrists(p, "right"),
    "left wrist overhead only": lambda p: head_above_wrists(p, "left") and y(p, "right_wrist") < y(p, "pelvis") + 0.1,
    "right wrist overhead only": lambda p: head_above_wrists(p, "right") and y(p, "left_wrist") < y(p, "pelvis") + 0.1,
    "left arm out": lambda p: x(p, "left_wrist") > 0.6 and abs(y(p, "left_wrist") - y(p, "left_shoulder")) < 0.12,
    "right arm out": lambda p: x(p, "right_wrist") < -0.6 and abs(y(p, "right_wrist") - y(p, "right_shoulder")) < 0.12,
    "t": lambda p: x(p, "left_wrist") > 0.6 and x(p, "right_wrist") < -0.6,
    "a": lambda p: x(p, "left_wrist") > 0.4 and y(p, "left_wrist") < y(p, "left_shoulder") - 0.2,
    "arms forward": lambda p: z(p, "left_wrist") > 0.45 and z(p, "right_wrist") > 0.45
    and abs(y(p, "left_wrist") - y(p, "left_shoulder")) < 0.15,
    "v": lambda p: head_above_wrists(p, "left") and x(p, "left_wrist") - x(p, "right_wrist") > 0.9,
    "crossed": lambda p: x(p, "left_wrist") < 0.0 < x(p, "right_wrist") and z(p, "left_wrist") > 0.05,
    "on hips": lambda p: all(np.linalg.norm(p[f"{s}_wrist"] - p[f"{s}_hip"]) < 0.2 for s in ("left", "right")),
    "left on hip": lambda p: np.linalg.norm(p["left_wrist"] - p["left_hip"]) < 0.2,
    "behind head": lambda p: all(
        np.linalg.norm(p[f"{s}_wrist"] - p["head"]) < 0.2 and z(p, f"{s}_wrist") < z(p, "head") for s in ("left", "right")
    ),
    "right on left shoulder": lambda p: np.linalg.norm(p["right_wrist"] - p["left_shoulder"]) < 0.12,
    "touch head right": lambda p: np.linalg.norm(p["right_wrist"] - p["head"]) < 0.17,
    "face": lambda p: all(np.linalg.norm(p[f"{s}_wrist"] - p["head"]) < 0.2 for s in ("left", "right")),
    "point forward right": lambda p: z(p, "right_wrist") > 0.45 and z(p, "left_wrist") < 0.2,
    "point up left": lambda p: head_above_wrists(p, "left"),
    "wave right": lambda p: y(p, "right_wrist") > y(p, "right_shoulder") and x(p, "right_wrist") < x(p, "right_shoulder"),
    "salute right": lambda p: np.linalg.norm(p["right_wrist"] - p["head"]) < 0.15 and x(p, "right_elbow") < -0.3,
    "fists up": lambda p: all(y(p, f"{s}_wrist") > y(p, f"{s}_shoulder") and z(p, f"{s}_wrist") > 0.15 for s in ("left", "right")),
    "prayer": lambda p: np.linalg.norm(p["left_wrist"] - p["right_wrist"]) < 0.08 and z(p, "left_wrist") > 0.15,
    "clap overhead": lambda p: np.linalg.norm(p["left_wrist"] - p["right_wrist"]) < 0.1 and head_above_wrists(p, "left"),
    "flex": lambda p: all(y(p, f"{s}_wrist") > y(p, f"{s}_shoulder") and abs(x(p, f"{s}_elbow")) > 0.4 for s in ("left", "right")),
    "elbow bent left": lambda p: z(p, "left_wrist") > 0.2 and y(p, "left_wrist") < y(p, "left_shoulder"),
    "arms down": lambda p: all(y(p, f"{s}_wrist") < y(p, "pelvis") + 0.1 for s in ("left", "right")),
    # legs and postures
    "standing": lambda p: y(p, "pelvis") > 0.85 and y(p, "head") > 1.45 and max(y(p, "left_foot"), y(p, "right_foot")) < 0.02,
    "kneel both": lambda p: y(p, "left_knee") < 0.15 and y(p, "right_knee") < 0.15 and y(p, "pelvis") > 0.4,
    "kneel left": lambda p: y(p, "left_knee") < 0.15 and y(p, "right_knee") > 0.3,
    "kneel right": lambda p: y(p, "right_knee") < 0.15 and y(p, "left_knee") > 0.3,
    "squat": lambda p: y(p, "pelvis") < 0.6 and y(p, "head") > 0.8 and max(y(p, "left_foot"), y(p, "right_foot")) < 0.03,
    "sit chair": lambda p: 0.4 < y(p, "pelvis") < 0.65 and abs(y(p, "left_knee") - y(p, "left_hip")) < 0.1
    and z(p, "left_knee") > 0.3,
    "sit floor": lambda p: y(p, "pelvis") < 0.35 and y(p, "head") > 0.75 and z(p, "left_ankle") > 0.4,
    "cross-legged": lambda p: y(p, "pelvis") < 0.35 and y(p, "head") > 0.75 and x(p, "left_ankle") < x(p, "right_ankle"),
    "on heels": lambda p: y(p, "pelvis") < 0.45 and y(p, "left_knee") < 0.15 and y(p, "head") > 0.8,
    "lying": lambda p: y(p, "head") < 0.25 and y(p, "pelvis") < 0.25 and abs(z(p, "head")) > 0.4,
    "lying back": lambda p: y(p, "head") < 0.25 and z(p, "head") < -0.4 and y(p, "left_foot") > y(p, "left_ankle"),
    "lying front": lambda p: y(p, "head") < 0.3 and z(p, "head") > 0.4,
    "lying left side": lambda p: y(p, "head") < 0.35 and y(p, "left_shoulder") < y(p, "right_shoulder") - 0.2,
    "lunge": lambda p: y(p, "pelvis") < 0.8 and z(p, "left_ankle") - z(p, "right_ankle") > 0.8,
    "lunge right leg": lambda p: y(p, "pelvis") < 0.8 and z(p, "right_ankle") - z(p, "left_ankle") > 0.8,
    "plank": lambda p: abs(y(p, "head") - y(p, "left_ankle")) < 0.7 and abs(z(p, "head") - z(p, "left_ankle")) > 1.2
    and min(y(p, "left_wrist"), y(p, "left_elbow")) < 0.1,
    "one leg left": lambda p: y(p, "left_foot") < 0.02 and y(p, "right_foot") > 0.15 and abs(x(p, "left_ankle")) < 0.06,
    "stride": lambda p: abs(z(p, "left_ankle") - z(p, "right_ankle")) > 0.4 and max(y(p, "left_foot"), y(p, "right_foot")) < 0.03,
    "jump": lambda p: y(p, "left_knee") > 0.25 and z(p, "left_ankle") < z(p, "left_knee"),
    "bend forward": lambda p: z(p, "head") > 0.35 and y(p, "head") < 1.4,
    "toe touch": lambda p: z(p, "head") > 0.2 and y(p, "head") < 0.9 and y(p, "left_wrist") < 0.3,
    "arch back": lambda p: z(p, "head") < -0.1,
    "lean left": lambda p: x(p, "head") > 0.15,
    "lean right": lambda p: x(p, "head") < -0.15,
    "twist left": lambda p: z(p, "right_shoulder") - z(p, "left_shoulder") > 0.15,
    "twist right": lambda p: z(p, "left_shoulder") - z(p, "right_shoulder") > 0.15,
    "kick right": lambda p: y(p, "right_ankle") > 0.5 and z(p, "right_ankle") > 0.4 and y(p, "left_foot") < 0.02,
    "knee up left": lambda p: y(p, "left_knee") > 0.75 and z(p, "left_knee") > 0.3,
    "leg side right": lambda p: x(p, "right_ankle") < -0.35 and y(p, "right_ankle") > 0.15,
    "feet apart": lambda p: x(p, "left_ankle") - x(p, "right_ankle") > 0.4,
    "tiptoes": lambda p: y(p, "left_ankle") > 0.11 and y(p, "right_ankle") > 0.11,
    "head tilt left": lambda p: x(p, "head") - x(p, "neck") > 0.03,
    "head turn right": lambda p: True,
    "look up": lambda p: z(p, "head") - z(p, "neck") < 0.0,
    "look down": lambda p: z(p, "head") - z(p, "neck") > 0.06,
    "tree": lambda p: y(p, "right_foot") > 0.3 and x(p, "right_knee") < -0.25 and head_above_wrists(p, "left"),
    "downdog": lambda p: y(p, "pelvis") > y(p, "head") + 0.3 and y(p, "left_wrist") < 0.08 and y(p, "left_foot") < 0.08,
    "childpose": lambda p: y(p, "head") < 0.4 and y(p, "left_knee") < 0.16 and z(p, "left_wrist") > 0.5,
    "bridge": lambda p: y(p, "pelvis") > y(p, "left_shoulder") + 0.15 and y(p, "left_foot") < 0.05,
    "guard": lambda p: all(y(p, f"{s}_wrist") > y(p, f"{s}_shoulder") - 0.05 and z(p, f"{s}_wrist") > 0.15 for s in ("left", "right")),
    "attention": lambda p: x(p, "left_ankle") - x(p, "right_ankle") < 0.15 and y(p, "pelvis") > 0.9,
    "knees hugged": lambda p: y(p, "pelvis") < 0.35 and y(p, "left_knee") > y(p, "pelvis") + 0.1
    and np.linalg.norm(p["left_wrist"] - p["left_knee"]) < 0.25,
    "ballet": lambda p: y(p, "right_ankle") > 0.3 and z(p, "right_ankle") < -0.3,
    "right wrist at shoulder height": lambda p: abs(y(p, "right_wrist") - y(p, "right_shoulder")) < 0.12,
    "deep knee bend": lambda p: all(knee_angle(p, s) < 115 for s in ("left", "right")) and y(p, "pelvis") > 0.7,
    # level arms in front of a trunk that stays fairly upright: level in the world and about
    # perpendicular to the trunk
    "squat arms level": lambda p: all(abs(y(p, f"{s}_wrist") - y(p, f"{s}_shoulder")) < 0.12 for s in ("left", "right"))
    and torso_pitch(p) < 28,
    "straddle": lambda p: y(p, "pelvis") < 0.35 and x(p, "left_ankle") > 0.3 and x(p, "right_ankle") < -0.3,
}

CASES = [
    ("A person raising both arms overhead", "arms raised overhead"),
    ("someone holds up both hands above their head", "arms raised overhead"),
    ("The woman lifts her left arm up", "left wrist overhead only"),
    ("a man raised his right hand", "right wrist overhead only"),
    ("A person with the left arm out to the side", "left arm out"),
    ("the man extends his right arm sideways", "right arm out"),
    ("someone stretching both arms out to the sides", "t"),
    ("A person in a T-pose", "t"),
    ("a woman standing in an A-pose", "a"),
    ("she holds both arms straight out in front", "arms forward"),
    ("A person with both arms raised in a V shape", "v"),
    ("a man folds his arms across his chest", "crossed"),
    ("man puts both hands on his hips", "on hips"),
    ("一个人左手叉腰", "left on hip"),
    ("Someone with their hands behind the head", "behind head"),
    ("a person places the right hand on the left shoulder", "right on left shoulder"),
    ("the person touches the top of his head with the right hand", "touch head right"),
    ("someone covering the face with both hands", "face"),
    ("a man pointing straight ahead with his right index finger", "point forward right"),
    ("a woman points up with her left hand", "point up left"),
    ("a man waves with his right hand", "wave right"),
    ("someone salutes", "salute right"),
    ("a boxer with his fists up in a guard", "fists up"),
    ("she presses her palms together in prayer", "prayer"),
    ("a person clapping above the head", "clap overhead"),
    ("a bodybuilder flexing his biceps", "flex"),
    ("his left arm is bent at the elbow", "elbow bent left"),
    ("a person with arms hanging loosely at the sides", "arms down"),
    ("A person standing", "standing"),
    ("the man stands upright", "standing"),
    ("kneeling on both knees", "kneel both"),
    ("a woman kneels down on her knees", "kneel both"),
    ("A man kneeling on the left knee", "kneel left"),
    ("someone down on their right knee", "kneel right"),
    ("a person squatting", "squat"),
    ("someone is crouching down", "squat"),
    ("a man squats down low", "squat"),
    ("A person sitting on a chair", "sit chair"),
    ("a woman seated on a bench", "sit chair"),
    ("a person sits on the ground with legs stretched out", "sit floor"),
    ("sitting cross-legged on the floor", "cross-legged"),
    ("The person sitting with knees pulled up", "knees hugged"),
    ("a girl sits hugging her knees to her chest", "knees hugged"),
    ("the person sits on their heels", "on heels"),
    ("A person lying on the back", "lying back"),
    ("a man lies flat on his back", "lying back"),
    ("someone lying face down", "lying front"),
    ("a woman lies on her stomach", "lying front"),
    ("a person lying on the left side", "lying left side"),
    ("a person lunging forward", "lunge"),
    ("man doing a lunge with his right leg", "lunge right leg"),  # a side is not a side lunge
    ("someone holding a plank", "plank"),
    ("a man in push-up position", "plank"),
    ("a person standing on the left leg", "one leg left"),
    ("she balances on her left foot", "one leg left"),
    ("a man walking, frozen mid-stride", "stride"),
    ("A person in the middle of a jump", "jump"),
    ("a person jumping", "jump"),
    ("a person bending forward", "bend forward"),
    ("the man bends over to touch his toes", "toe touch"),
    ("someone arching back", "arch back"),
    ("a woman arches her back", "arch back"),
    ("a man leaning to the left", "lean left"),
    ("a person bends sideways to the right", "lean right"),
    ("twisting the torso to the left", "twist left"),
    ("a woman turns her upper body to the right", "twist right"),
    ("A person kicking forward with the right leg", "kick right"),
    ("a man kicks with his right foot", "kick right"),
    ("the person lifts the left knee high", "knee up left"),
    ("a woman raises her left knee", "knee up left"),
    ("a man with his right leg extended to the side", "leg side right"),
    ("a person standing with feet wide apart", "feet apart"),
    ("a person standing on tiptoes", "tiptoes"),
    ("someone rises onto the balls of her feet", "tiptoes"),
    ("a person tilting the head to the left", "head tilt left"),
    ("the man looks up at the sky", "look up"),
    ("a woman looking down at her feet", "look down"),
    ("a person in a yoga tree pose", "tree"),
    ("a person in a downward dog pose", "downdog"),
    ("someone in child's pose", "childpose"),
    ("a woman doing a bridge pose", "bridge"),
    ("a person in a boxing guard", "guard"),
    ("a soldier standing at attention", "attention"),
    ("a ballerina balancing on one leg", "ballet"),
    # combinations
    ("a person kneeling on both knees while raising both arms overhead", "kneel both"),
    ("a person kneeling on both knees while raising both arms overhead", "arms raised overhead"),
    ("a man squatting with his hands on his hips", "squat"),
    ("a man squatting with his hands on his hips", "on hips"),
    ("someone lying on the back with arms out to the sides", "lying back"),
    ("standing on the left leg, arms stretched out to the sides", "one leg left"),
    ("standing on the left leg, arms stretched out to the sides", "t"),
    ("a woman standing on her left leg and lifting her right arm to the side", "right arm out"),
    ("a man bending forward and waving with his right hand", "bend forward"),
    # A height is not a contact, heels up are tiptoes, clinical L and R are sides,
    # legs stretched out in front of a seated person lie along the floor.
    ("seated on a chair, both arms held straight out in front at shoulder height", "arms forward"),
    ("Rise up onto the balls of your feet with the heels lifted off the ground.", "tiptoes"),
    ("Rise up onto the balls of your feet with the heels lifted off the ground.", "standing"),
    ("pt kneeling on L knee, R foot flat in front", "kneel left"),
    ("a person sits on the ground with the legs stretched out in front", "sit floor"),
    ("Left palm cupping the back of the head, the person stands evenly on both feet.", "standing"),
    # Raised "to shoulder height" goes that high, not overhead.
    ("Raise your right arm to shoulder height.", "right wrist at shoulder height"),
    ("The right hand was raised to shoulder level.", "right wrist at shoulder height"),
    # Legs spread on the floor open into a V, both of them; the back flat on the mat lies on it.
    ("She sits on the floor with her legs spread wide apart.", "straddle"),
    ("Both knees pulled in to the chest, the back kept flat on the mat.", "lying back"),
    # Knees "deeply" bent sink to about a right angle, still on the feet.
    ("Standing with the knees deeply bent.", "deep knee bend"),
    ("Grand plie in second position.", "deep knee bend"),
    # arms held out in front counterbalance a squat: the trunk stays more upright
    ("He squats with both arms straight out in front at shoulder height.", "squat"),
    ("He squats with both arms straight out in front at shoulder height.", "squat arms level"),
]


@pytest.mark.parametrize("caption,check", CASES)
def test_pose_means_the_caption(caption, check):
    assert CHECKS[check](pose(caption)), caption


def test_sitting_kick_extends_the_leg_while_seated():
    p = pose("a person sitting on a chair while kicking with the right leg")
    assert CHECKS["sit chair"](p)
    assert z(p, "right_ankle") > 0.6 and y(p, "right_ankle") > 0.3  # shin out straight
    assert z(p, "left_ankle") < 0.5  # the other foot stays down


def test_stance_foot_under_body_and_both_feet_grounded():
    p = pose("a man kicks forward with his right leg")
    assert abs(x(p, "left_ankle")) < 0.06
    for caption in ("a person standing", "a person standing with feet wide apart", "a person lunging forward",
                    "a person squatting", "walking", "a man in a fighting stance"):
        p = pose(caption)
        assert max(y(p, "left_foot"), y(p, "right_foot")) < 0.03, caption


def test_elbows_and_knees_bend_within_limits():
    captions = [c for c, _ in CASES]
    joints = GEN.generate(captions, [1] * len(captions), [6] * len(captions)).motions[:, -1]
    for a, b, c in ((1, 4, 7), (2, 5, 8), (16, 18, 20), (17, 19, 21)):
        u = joints[:, a] - joints[:, b]
        v = joints[:, c] - joints[:, b]
        cos = (u * v).sum(-1) / np.linalg.norm(u, axis=-1) / np.linalg.norm(v, axis=-1)
        assert np.degrees(np.arccos(np.clip(cos, -1, 1))).min() >= 180 - 160


def test_left_is_plus_x_and_front_is_plus_z():
    p = pose("a person standing")
    assert x(p, "left_shoulder") > 0 > x(p, "right_shoulder")
    assert z(p, "left_foot") > z(p, "left_ankle")


def test_knees_hugged_to_the_chest_while_lying_are_raised():
    p = pose("I am lying on my back and hugging both knees into my chest")
    assert CHECKS["lying back"](p)
    for side in ("left", "right"):
        # Thighs towards the chest: the knees sit well above the hips' height off the floor.
        assert y(p, f"{side}_knee") > y(p, f"{side}_hip") + 0.2, side


def test_an_arm_hanging_straight_down_is_not_raised_and_abduction_is_sideways():
    p = pose("Standing, left arm abducted to 90 degrees, right arm at 0 degrees hanging straight down.")
    assert y(p, "right_wrist") < y(p, "pelvis") + 0.1
    assert x(p, "left_wrist") > 0.5  # out to the person's left (+x)


@pytest.mark.parametrize(
    "caption",
    ["Standing with both knees bent.", "A person stands with both knees bent at 110 degrees.", "Knees bent around 110°, torso upright."],
)
def test_standing_with_bent_knees_keeps_both_feet_on_the_floor(caption):
    p = pose(caption)
    for side in ("left", "right"):
        # Bent over planted feet (a half squat), not one foot lifted behind.
        assert y(p, f"{side}_ankle") < 0.15, side
        hip, knee, ankle = p[f"{side}_hip"], p[f"{side}_knee"], p[f"{side}_ankle"]
        u, v = hip - knee, ankle - knee
        angle = np.degrees(np.arccos(np.dot(u, v) / np.linalg.norm(u) / np.linalg.norm(v)))
        assert angle < 155, side
    assert y(p, "pelvis") < y(pose("Standing."), "pelvis") - 0.04  # lowered by the bend


def test_feet_a_distance_apart_stand_that_far_apart_side_to_side():
    p = pose("Standing with the feet 60 cm apart, the left arm out to the side.")
    assert 0.45 < x(p, "left_ankle") - x(p, "right_ankle") < 0.8
    assert max(y(p, "left_ankle"), y(p, "right_ankle")) < 0.15


def test_ankles_crossed_on_a_chair_cross_under_the_seat():
    for caption in ("woman on chair, R ankle crossed over L, hands resting in lap",
                    "The body is seated on a chair with the right ankle crossed over the left."):
        p = pose(caption)
        assert CHECKS["sit chair"](p), caption
        assert x(p, "left_ankle") < x(p, "right_ankle"), caption  # each foot past the other
        assert max(y(p, "left_ankle"), y(p, "right_ankle")) < 0.12, caption


def test_bent_over_with_the_hands_on_the_knees_folds_the_trunk_not_the_knees():
    from posegen.builtin import parse_caption

    caption = "I'm bent over with my hands on my knees, catching my breath after a run."
    assert not any(intent.name == "knee_bent" for intent in parse_caption(caption).intents)
    p = pose(caption)
    trunk = p["neck"] - p["pelvis"]
    assert trunk[2] > 0.5 * np.linalg.norm(trunk)  # pitched well forward
    assert y(p, "pelvis") > 0.7  # still on the feet


@pytest.mark.parametrize(
    "caption",
    ["The trunk is folded forward until almost horizontal, the hands dangle toward the floor.",
     "Bend forward until your back is flat like a table, arms hanging down."],
)
def test_a_fold_to_the_horizontal_is_horizontal_with_the_arms_hanging(caption):
    p = pose(caption)
    trunk = p["neck"] - p["pelvis"]
    tilt = np.degrees(np.arccos(trunk[1] / np.linalg.norm(trunk)))
    assert 60 < tilt < 110, tilt
    for side in ("left", "right"):
        assert y(p, f"{side}_wrist") < y(p, f"{side}_shoulder") - 0.2, side  # hanging, not along the back


def test_hands_on_the_hips_stay_there_when_the_trunk_bends_sideways():
    p = pose("I've got my hands on my hips and I'm bending sideways to the right, feet apart.")
    for side in ("left", "right"):
        assert np.linalg.norm(p[f"{side}_wrist"] - p[f"{side}_hip"]) < 0.2, side
    assert x(p, "head") < x(p, "pelvis") - 0.1  # leaning to the person's right (-x)


def test_an_activity_named_as_context_is_no_posture():
    p = pose("I'm bent over with my hands on my knees, catching my breath after a run.")
    assert max(y(p, "left_ankle"), y(p, "right_ankle")) < 0.12  # both feet down: not running



def test_sitting_on_the_floor_with_the_knees_bent_keeps_the_soles_down():
    p = pose("Sitting on the floor with both knees bent at about 90 degrees and the soles flat.")
    assert y(p, "pelvis") < 0.25  # on the floor, not raised onto the feet
    for side in ("left", "right"):
        assert y(p, f"{side}_knee") > y(p, "pelvis") + 0.1, side  # knees up
        assert y(p, f"{side}_ankle") < 0.1, side  # soles down


def test_sitting_then_cross_legged_on_the_floor_is_a_floor_seat():
    p = pose("Upper body turned about 60 degrees to the left, sitting with crossed legs on the floor.")
    assert y(p, "pelvis") < 0.25
    assert CHECKS["sit chair"](pose("Sitting on a chair with the legs crossed"))


def test_kneeling_folds_keep_the_knees_on_the_floor():
    for caption in ("She is resting in child's pose, sitting back on her heels with her forehead near the floor and her arms stretched forward.",
                    "She is kneeling and bowing forward until her forehead touches the mat, arms stretched out ahead."):
        p = pose(caption)
        for side in ("left", "right"):
            assert y(p, f"{side}_knee") < 0.12, (caption, side)
        trunk = p["neck"] - p["pelvis"]
        assert trunk[1] < 0.6 * np.linalg.norm(trunk), caption  # folded forward, not upright


def test_a_hand_on_the_floor_from_a_crouch_goes_outside_the_knee():
    from posegen.plausibility import check_poses

    captions = ["She is crouching low with the right hand touching the floor.", "A person squatting and touching the floor"]
    joints = GEN.generate(captions, [0, 0], [10, 10]).motions[:, -1]
    assert [list(problems) for problems in check_poses(joints)] == [[], []]
    p = pose(captions[0])
    assert y(p, "right_wrist") < 0.12 and y(p, "pelvis") < 0.65


def test_a_body_part_written_as_a_place_is_not_what_moves():
    # "on his right thigh": the hand goes there; the thigh is not lifted.
    p = pose("A man sits on a chair with his left hand resting on his right thigh.")
    assert abs(y(p, "right_knee") - y(p, "left_knee")) < 0.08
    assert y(p, "right_knee") < y(p, "pelvis") + 0.12
    # "against the right inner knee": a foot placed there while standing, not a kneel.
    p = pose("Weight on the right leg, the left sole pressed against the right inner knee.")
    assert y(p, "pelvis") > 0.8 and y(p, "right_ankle") < 0.1
    assert y(p, "left_ankle") > 0.25


@pytest.mark.parametrize("caption", [
    "Her arms are folded in front of her while the weight rests on the right leg.",
    "Arms crossed over the chest, left foot stepped forward.",
])
def test_arms_the_caption_crosses_are_crossed_whatever_else_placed_them(caption):
    assert CHECKS["crossed"](pose(caption)), caption


def test_elbows_pointing_somewhere_leave_the_hands_where_the_caption_put_them():
    p = pose("Standing, fingers interlaced behind the head and the elbows pointing out to the sides.")
    assert CHECKS["behind head"](p)
    p = pose("Hands on the hips with the elbows pointing out.")
    assert CHECKS["on hips"](p)


def test_an_upside_down_v_is_the_downward_dog():
    p = pose("Hands and feet on the floor, the body forming an upside-down V.")
    assert y(p, "pelvis") > max(y(p, "head"), y(p, "neck"))  # hips highest
    assert y(p, "left_wrist") < 0.12 and y(p, "left_ankle") < 0.12


@pytest.mark.parametrize("caption", [
    "Standing tall, the chin lifted and the heels raised.",
    "Both knees bent so that the feet point up, lying face down with the arms along the body.",
])
def test_raising_another_part_raises_no_arm(caption):
    p = pose(caption)
    for side in ("left", "right"):
        if "Standing" in caption:
            assert y(p, f"{side}_wrist") < y(p, f"{side}_shoulder"), (caption, side)
        else:  # along the body, not stretched past the head
            assert np.linalg.norm(p[f"{side}_wrist"] - p[f"{side}_hip"]) < 0.35, (caption, side)


def test_soles_together_on_the_floor_bend_both_knees():
    p = pose("Seated on the mat, the soles of the feet touching each other.")
    assert y(p, "pelvis") < 0.25
    assert np.linalg.norm(p["left_ankle"] - p["right_ankle"]) < 0.2
    for side in ("left", "right"):
        hip, knee, ankle = (p[f"{side}_{j}"] for j in ("hip", "knee", "ankle"))
        cosine = np.dot(hip - knee, ankle - knee) / np.linalg.norm(hip - knee) / np.linalg.norm(ankle - knee)
        assert np.degrees(np.arccos(cosine)) < 100, side


def test_reaching_along_the_floor_while_lying_folds_nothing():
    p = pose("Lying face down, both arms reaching along the floor past the head.")
    assert y(p, "pelvis") < 0.3
    assert max(y(p, "left_knee"), y(p, "right_knee")) < 0.2


def test_hands_on_top_of_the_head_rest_on_it():
    p = pose("Standing with both hands resting on top of the head.")
    for side in ("left", "right"):
        assert np.linalg.norm(p[f"{side}_wrist"] - p["head"]) < 0.14, side  # the hand on the crown, not above it
        assert y(p, f"{side}_wrist") > y(p, "head"), side


def test_a_slightly_bent_knee_is_only_slightly_bent():
    p = pose("She stands with the right knee slightly bent and the left leg straight, the left hand on the hip.")
    hip, knee, ankle = (p[f"right_{j}"] for j in ("hip", "knee", "ankle"))
    cosine = np.dot(hip - knee, ankle - knee) / np.linalg.norm(hip - knee) / np.linalg.norm(ankle - knee)
    assert 115 <= np.degrees(np.arccos(cosine)) <= 175


def test_a_dancer_is_a_person_not_a_ballet_pose():
    p = pose("The dancer is standing on the left leg with the right leg raised high to the front.")
    assert y(p, "pelvis") > 0.8 and y(p, "left_ankle") < 0.1
    assert z(p, "right_ankle") > 0.3 and y(p, "right_ankle") > 0.3


def test_legs_up_the_wall_are_raised_straight_up_while_lying():
    p = pose("Lying on her back, legs resting up the wall, arms by the sides.")
    assert y(p, "pelvis") < 0.25
    for side in ("left", "right"):
        assert y(p, f"{side}_ankle") > 0.6, side


def test_palms_on_the_floor_with_straight_legs_fold_forward_standing():
    p = pose("Palms flat on the floor beside the feet, legs straight.")
    assert y(p, "pelvis") > 0.6  # still on the feet, not lying
    assert y(p, "neck") < y(p, "pelvis") + 0.2  # folded down
    assert max(y(p, "left_wrist"), y(p, "right_wrist")) < 0.15


def test_a_one_legged_stance_stands_on_the_leg_the_caption_does_not_lift():
    p = pose("Tree pose: the right foot pressed against the left thigh, palms together overhead.")
    assert y(p, "left_ankle") < 0.12 and y(p, "right_ankle") > 0.25


def test_both_knees_bent_sink_the_hips_evenly_over_planted_feet():
    p = pose("Knees bent, palms pressed together at the chest.")
    knees = []
    for side in ("left", "right"):
        u, v = p[f"{side}_hip"] - p[f"{side}_knee"], p[f"{side}_ankle"] - p[f"{side}_knee"]
        knees.append(np.degrees(np.arccos(np.dot(u, v) / np.linalg.norm(u) / np.linalg.norm(v))))
        assert y(p, f"{side}_ankle") < 0.12, side
    assert max(knees) < 140 and abs(knees[0] - knees[1]) < 5
    assert np.linalg.norm(p["left_wrist"] - p["right_wrist"]) < 0.12


def test_a_half_squat_is_half_and_a_low_pelvis_is_a_squat():
    half = pose("Squatting halfway down, thighs about 45 degrees from horizontal.")
    u, v = half["left_hip"] - half["left_knee"], half["left_ankle"] - half["left_knee"]
    assert 95 < np.degrees(np.arccos(np.dot(u, v) / np.linalg.norm(u) / np.linalg.norm(v))) < 150
    low = pose("The pelvis is low to the ground, knees deeply bent and heels flat.")
    assert y(low, "pelvis") < 0.62 and y(low, "left_ankle") < 0.12


def test_a_slight_head_tilt_still_shows():
    p = pose("Standing, head tilted slightly to the right.")
    assert x(p, "head") - x(p, "neck") < -0.03  # towards the person's right (-x)


def test_the_bird_dog_lifts_the_leg_and_reaches_the_arm_forward():
    p = pose("Get on your hands and knees, then extend your right arm forward and your left leg back.")
    assert y(p, "right_knee") < 0.15 and y(p, "left_knee") > 0.3 and y(p, "left_ankle") > 0.3
    assert y(p, "right_wrist") > y(p, "right_shoulder") - 0.1 and z(p, "right_wrist") > z(p, "head")


def test_kneeling_then_sitting_back_on_the_heels_folds_the_knees():
    p = pose("Kneeling, sat back on heels, arms crossed.")
    for side in ("left", "right"):
        u, v = p[f"{side}_hip"] - p[f"{side}_knee"], p[f"{side}_ankle"] - p[f"{side}_knee"]
        assert np.degrees(np.arccos(np.dot(u, v) / np.linalg.norm(u) / np.linalg.norm(v))) < 60, side


def test_a_lunge_with_the_back_knee_down_kneels_on_the_back_knee():
    p = pose("lunge R fwd, back knee down, hands stacked on front knee")
    assert y(p, "left_knee") < 0.15 and y(p, "right_knee") > 0.3
    assert z(p, "right_ankle") - z(p, "left_ankle") > 0.5


def test_superman_lies_face_down_with_the_arms_on_past_the_head():
    p = pose("Lie face down, stretch both arms forward past your head and lift your hands and feet off the floor.")
    assert y(p, "pelvis") < 0.4 and y(p, "neck") < 0.5
    assert min(z(p, "left_wrist"), z(p, "right_wrist")) > z(p, "head") and min(y(p, "left_wrist"), y(p, "right_wrist")) > 0.05
    up, across = p["neck"] - p["pelvis"], p["left_shoulder"] - p["right_shoulder"]
    chest = np.cross(across, up)
    assert chest[1] / np.linalg.norm(chest) < -0.6  # the chest faces the floor (not rolled onto a side)


def test_sitting_on_the_heels_folded_over_the_thighs_is_the_childs_pose():
    p = pose("Knees on the mat, bottom sat back on the heels, chest folded down over the thighs and arms stretched forward along the floor.")
    assert y(p, "left_knee") < 0.12 and y(p, "right_knee") < 0.12 and y(p, "neck") < y(p, "pelvis")
    assert min(z(p, "left_wrist"), z(p, "right_wrist")) > z(p, "head") + 0.2


def test_leaning_forward_on_a_chair_tips_the_trunk_past_a_third_of_a_right_angle():
    p = pose("The man is sitting in a chair leaning forward, his elbows resting on his knees and his hands clasped together.")
    trunk = p["neck"] - p["pelvis"]
    assert np.degrees(np.arccos(trunk[1] / np.linalg.norm(trunk))) > 33 and y(p, "pelvis") > 0.35


def test_sitting_on_the_floor_hugging_both_knees_drawn_up():
    p = pose("Both knees are drawn up tight against the chest and are hugged by the arms, while the buttocks are planted on the floor.")
    assert y(p, "pelvis") < 0.35 and min(y(p, "left_knee"), y(p, "right_knee")) > 0.35
    assert np.linalg.norm(p["left_wrist"] - p["left_knee"]) < 0.25 and np.linalg.norm(p["right_wrist"] - p["right_knee"]) < 0.25


def test_a_fold_with_the_arms_hanging_to_the_feet_stays_on_straight_legs():
    p = pose("A woman bends her upper body forward from the hips, legs straight, letting both arms hang down toward her feet.")
    assert y(p, "pelvis") > 0.7 and min(y(p, "left_knee"), y(p, "right_knee")) > 0.35
    assert y(p, "neck") < y(p, "pelvis") + 0.3


def test_feet_a_given_distance_apart_in_a_fold_keep_the_legs_straight():
    p = pose("Torso bent forward 90 degrees at the hips, legs straight, feet 30 cm apart, arms hanging toward the floor.")
    assert y(p, "pelvis") > 0.7 and 0.15 < abs(x(p, "left_ankle") - x(p, "right_ankle")) < 0.45


def test_a_wrist_held_by_the_other_hand_is_in_it():
    p = pose("I hold my left wrist above my head with my right hand.")
    assert np.linalg.norm(p["left_wrist"] - p["right_wrist"]) < 0.12 and y(p, "left_wrist") > y(p, "head")


def test_fingers_laced_at_the_nape_are_behind_the_head():
    p = pose("A man is standing with his fingers laced at the nape of his neck and his elbows flared out to the sides.")
    for side in ("left", "right"):
        assert np.linalg.norm(p[f"{side}_wrist"] - p["head"]) < 0.3 and z(p, f"{side}_wrist") < z(p, "head") + 0.05, side


def test_soles_together_on_the_floor_drop_the_knees_out_to_the_sides():
    """The butterfly: the feet meet in front of the groin, the knees fall out low and wide."""
    p = pose("Sitting on the floor in butterfly pose, hands holding the feet.")
    assert np.linalg.norm(p["left_ankle"] - p["right_ankle"]) < 0.2 and z(p, "left_ankle") < 0.45
    assert x(p, "left_knee") - x(p, "right_knee") > 0.5 and max(y(p, "left_knee"), y(p, "right_knee")) < 0.3
    assert y(p, "head") > 0.6  # still sitting up, not folded over the feet


def test_a_squat_on_the_toes_lifts_the_heels():
    p = pose("squat on toes, heels up, fingertips on floor between feet")
    for side in ("left", "right"):
        assert y(p, f"{side}_ankle") > 0.1 and y(p, f"{side}_foot") < 0.05, side
    assert y(p, "pelvis") < 0.6


def test_lying_with_the_knees_bent_sets_the_soles_down_near_the_seat():
    """Hook lying on the back; face down the bent knees raise the shins; a figure four rests the
    crossing ankle on the bent knee."""
    p = pose("Lying on his back with knees bent, feet flat on the floor.")
    assert y(p, "pelvis") < 0.15 and min(y(p, "left_knee"), y(p, "right_knee")) > 0.25
    assert max(y(p, "left_ankle"), y(p, "right_ankle")) < 0.1 and abs(x(p, "left_ankle") - x(p, "right_ankle")) < 0.4
    p = pose("He lies on his stomach with his arms folded under his chin, and his lower legs are bent up so the soles face the ceiling.")
    assert min(y(p, "left_ankle"), y(p, "right_ankle")) > 0.3
    p = pose("Lying on the back, the left knee is bent with the sole flat on the floor, the right ankle rests across the left knee.")
    assert np.linalg.norm(p["right_ankle"] - p["left_knee"]) < 0.2 and y(p, "left_ankle") < 0.1


def test_legs_spread_wide_lying_on_the_back_go_out_to_the_sides():
    p = pose("Lying on the back like a starfish.")
    for side in ("left", "right"):
        assert abs(x(p, f"{side}_ankle")) > 0.3, side


def test_toward_the_ceiling_lying_on_the_back_is_straight_up_off_the_chest():
    """Upright, toward the ceiling is overhead; lying on the back, the arms stand up off the chest
    (not along the floor past the head), and legs "pointing at the ceiling" are raised."""
    p = pose("Lying on the back with both arms raised straight up toward the ceiling.")
    for side in ("left", "right"):
        assert y(p, f"{side}_wrist") - y(p, f"{side}_shoulder") > 0.35, side
    p = pose("on back, legs pointing at ceiling")
    assert y(p, "pelvis") < 0.2 and min(y(p, "left_ankle"), y(p, "right_ankle")) > 0.6
    p = pose("He stands and reaches both arms toward the ceiling.")
    assert min(y(p, "left_wrist"), y(p, "right_wrist")) > y(p, "head") + 0.2


def test_propped_on_the_forearms_face_down_lifts_the_chest():
    """The sphinx: face down, the elbows on the floor under the shoulders, the chest up."""
    for caption in ("Sphinx pose.", "Lie on your stomach and prop yourself up on your forearms, legs long behind you."):
        p = pose(caption)
        assert y(p, "pelvis") < 0.15 and y(p, "neck") > 0.25, caption
        for side in ("left", "right"):
            assert y(p, f"{side}_elbow") < 0.06 and y(p, f"{side}_wrist") < 0.06, (caption, side)
            assert abs(z(p, f"{side}_elbow") - z(p, f"{side}_shoulder")) < 0.12, (caption, side)
            assert z(p, f"{side}_wrist") > z(p, f"{side}_elbow") + 0.15, (caption, side)


def test_a_standing_fold_with_palms_to_the_floor_puts_them_there():
    for caption in ("Standing forward fold, hands to floor.", "stdg fwd fold, palms to floor, knees soft"):
        p = pose(caption)
        assert max(y(p, "left_wrist"), y(p, "right_wrist")) < 0.12, caption
        assert y(p, "pelvis") > 0.7 and y(p, "head") < 0.7, caption


def test_a_fighter_lunges_when_told_to_and_a_seat_on_the_floor_keeps_its_legs_down():
    """A fighter's guard does not override the lunge asked for; sitting on the floor with the
    legs straight, a hand on the other knee moves the arm, not the legs; knees at a right angle
    on the floor are bent up with the soles down."""
    p = pose("The fighter sinks into a deep lunge, left leg in front, and fires a straight right punch at shoulder height.")
    assert z(p, "left_ankle") - z(p, "right_ankle") > 0.5 and y(p, "pelvis") < 0.8
    assert z(p, "right_wrist") - z(p, "right_shoulder") > 0.4
    p = pose("Seated on the floor, legs straight, left hand on the right knee.")
    assert y(p, "pelvis") < 0.3 and max(y(p, "left_ankle"), y(p, "right_ankle")) < 0.08
    assert x(p, "left_ankle") > 0.05 and x(p, "right_ankle") < -0.05  # side by side, not crossed or flung apart
    assert abs(x(p, "left_ankle") - x(p, "right_ankle")) < 0.45
    p = pose("Sitting on the floor with the knees at a right angle.")
    assert y(p, "pelvis") < 0.3 and min(y(p, "left_knee"), y(p, "right_knee")) > 0.25
    assert max(y(p, "left_ankle"), y(p, "right_ankle")) < 0.08


def test_feet_not_together_but_wide_apart_are_a_wide_stance():
    p = pose("Put the figure in a standing pose with no arm raised and the feet not together but wide apart.")
    assert y(p, "pelvis") > 0.8 and 0.35 < abs(x(p, "left_ankle") - x(p, "right_ankle")) < 0.9


def test_palms_together_overhead_and_clasped_low_in_front():
    for caption in ("stdg, both arms overhead, palms touching, feet tog.", "Palms pressed together above the head."):
        p = pose(caption)
        assert min(y(p, "left_wrist"), y(p, "right_wrist")) > y(p, "head"), caption
        assert np.linalg.norm(p["left_wrist"] - p["right_wrist"]) < 0.15, caption
    p = pose("The groom is standing with his feet together and his hands clasped in front of his belt buckle.")
    assert np.linalg.norm(p["left_wrist"] - p["right_wrist"]) < 0.15
    assert y(p, "pelvis") - 0.15 < y(p, "left_wrist") < y(p, "pelvis") + 0.25 and z(p, "left_wrist") > 0.1


def test_a_lunge_keeps_the_side_said_with_the_back_knee_off_the_floor_and_shoulder_angles():
    p = pose("Lunge with the right foot roughly 80 cm ahead of the left, front knee bent to 90 degrees, "
             "back knee hovering 20 cm above the floor, hands on hips.")
    assert z(p, "right_ankle") - z(p, "left_ankle") > 0.5 and y(p, "left_knee") > 0.08
    p = pose("R lunge, back knee down on floor, arms up.")
    assert z(p, "right_ankle") - z(p, "left_ankle") > 0.5 and y(p, "left_knee") < 0.12
    p = pose("Set the right shoulder abduction to 90 degrees and the left one to 180, both elbows fully extended.")
    assert abs(y(p, "right_wrist") - y(p, "right_shoulder")) < 0.15 and x(p, "right_wrist") < -0.5
    assert y(p, "left_wrist") > y(p, "head") + 0.2


def test_a_seated_ankle_crossed_over_the_other_knee_rests_on_it_off_the_floor():
    for caption in ("A seat is taken on a chair, the right ankle is crossed over the left knee and the left foot is kept flat on the floor.",
                    "He sits on a chair with the right leg crossed over the left knee."):
        p = pose(caption)
        assert 0.4 < y(p, "pelvis") < 0.7, caption
        assert y(p, "right_ankle") > y(p, "left_knee") - 0.02 and np.linalg.norm(p["right_ankle"] - p["left_knee"]) < 0.2, caption
        assert y(p, "left_ankle") < 0.12, caption
    p = pose("Sitting on a chair with the ankles crossed.")  # crossed under the seat: both feet down
    assert max(y(p, "left_ankle"), y(p, "right_ankle")) < 0.15


def test_arms_reaching_ahead_of_a_trunk_tipped_far_forward_go_ahead_not_down():
    p = pose("I'm balancing on my left leg with my right leg stretched out long behind me and my chest tipped forward, "
             "arms reaching out ahead like Superman.")
    for side in ("left", "right"):
        assert z(p, f"{side}_wrist") > z(p, "head") + 0.2 and abs(y(p, f"{side}_wrist") - y(p, f"{side}_shoulder")) < 0.25, side
    p = pose("Stand tall with both arms forward.")  # upright, the arms still reach ahead of the chest
    assert z(p, "left_wrist") > 0.4 and abs(y(p, "left_wrist") - y(p, "left_shoulder")) < 0.15


def test_hands_clasped_in_the_small_of_the_back_are_behind_it():
    p = pose("I'm standing at parade rest with my feet apart and my hands clasped in the small of my back, eyes front.")
    assert z(p, "left_wrist") < z(p, "spine2") and z(p, "right_wrist") < z(p, "spine2")


def test_a_named_way_of_lying_said_after_the_plain_one_shapes_the_pose():
    # "lying on the back ... into a bridge": the hips go up; "on the right side, curled up": the fetal curl
    p = pose("She is lying on her back and pushing her hips up into a bridge, feet flat.")
    assert y(p, "pelvis") > y(p, "left_shoulder") + 0.15 and y(p, "left_foot") < 0.05
    p = pose("A person is lying on the right side, curled up with both knees drawn in.")
    assert knee_angle(p, "left") < 110 and knee_angle(p, "right") < 110
    assert x(p, "left_shoulder") > x(p, "right_shoulder") or y(p, "left_shoulder") > y(p, "right_shoulder")


def test_knees_drawn_up_lying_on_a_side_are_well_bent_and_slightly_bent_ones_barely():
    p = pose("The figure lies on her side, not on her back, her knees drawn up and not straightened.")
    assert knee_angle(p, "left") < 120 and knee_angle(p, "right") < 120
    p = pose("Lying on the left side with the knees slightly bent.")
    assert knee_angle(p, "left") > 140 and knee_angle(p, "right") > 140


def test_a_bent_knee_with_its_foot_lifted_behind_folds_the_shin_up_behind():
    p = pose("The right knee is sharply bent with that foot lifted up behind, while the straight left leg carries all the weight.")
    assert knee_angle(p, "right") < 100 and z(p, "right_ankle") < z(p, "right_knee") - 0.1
    assert y(p, "right_ankle") > y(p, "left_ankle") + 0.15 and knee_angle(p, "left") > 160


def _arm_elevation(p, side):
    """Degrees between the shoulder-to-wrist line and the trunk's downward axis (0 hanging, 180 up along it)."""
    down = p["pelvis"] - p["neck"]
    arm = p[f"{side}_wrist"] - p[f"{side}_shoulder"]
    return float(np.degrees(np.arccos(np.dot(arm, down) / (np.linalg.norm(arm) * np.linalg.norm(down)))))


def test_arms_composed_elsewhere_than_the_caption_puts_them_are_composed_there():
    # said only by the caption reader: past the head along the floor, not just past it
    p = pose("Lying on the back without bending the knees, the arms not by the sides but stretched out past the head along the floor.")
    assert _arm_elevation(p, "left") > 140 and _arm_elevation(p, "right") > 140
    # the lexicon's arms forward, the reader's out to the sides at shoulder height
    p = pose("The figure lies on its back with the legs straight, the arms are spread out to the sides at shoulder level resting on the ground.")
    assert abs(x(p, "left_wrist") - x(p, "left_shoulder")) > 0.4 and abs(x(p, "right_wrist") - x(p, "right_shoulder")) > 0.4
    # raised on a diagonal forward: ahead and up, not out to the side
    p = pose("The guide is pointing up the slope, his straight left arm raised diagonally forward and up, his right hand resting on his hip.")
    assert 105 < _arm_elevation(p, "left") < 165 and z(p, "left_wrist") - z(p, "left_shoulder") > 0.2
    # hands bearing weight stay on the floor whatever else the caption says of the arms
    p = pose("A man holding a plank with arms hanging loosely")
    assert min(y(p, "left_wrist"), y(p, "right_wrist")) < 0.12


def test_a_standing_fold_with_the_hands_on_the_floor_keeps_the_legs_under_the_hips():
    p = pose("Fwd bend, knees str, hands to floor, head hanging.")
    ankles_z = (z(p, "left_ankle") + z(p, "right_ankle")) / 2
    assert abs(z(p, "pelvis") - ankles_z) < 0.2 and knee_angle(p, "left") > 160 and knee_angle(p, "right") > 160
    assert min(y(p, "left_wrist"), y(p, "right_wrist")) < 0.2


def test_a_seated_knee_straightened_with_the_foot_off_the_floor_extends_level_from_the_seat():
    for caption, side in (("Sitting on a firm chair, straighten your left knee so the foot comes off the floor, and hold it there.", "left"),
                          ("Seated on a chair, left knee at about 90°, right knee straightened to roughly 180° so the right foot is lifted "
                           "to hip height.", "right")):
        p = pose(caption)
        assert 0.35 < y(p, "pelvis") < 0.75, caption
        assert knee_angle(p, side) > 160 and abs(y(p, f"{side}_knee") - y(p, f"{side}_hip")) < 0.15, caption
        assert y(p, f"{side}_ankle") > 0.25 and z(p, f"{side}_ankle") > z(p, f"{side}_knee") + 0.25, caption


def test_seated_hands_in_the_lap_or_on_the_thighs_rest_on_top_of_the_thighs():
    for caption in ("The office worker is sitting in a chair with her ankles crossed and her hands resting in her lap.",
                    "She sits on a stool with both palms lying flat on the tops of her thighs."):
        p = pose(caption)
        for side in ("left", "right"):
            hip, knee, wrist = p[f"{side}_hip"], p[f"{side}_knee"], p[f"{side}_wrist"]
            assert z(p, f"{side}_wrist") > z(p, f"{side}_hip") + 0.12, (caption, side)  # along the thigh, not beside the hip
            assert abs(wrist[1] - (hip[1] + knee[1]) / 2) < 0.15, (caption, side)


def test_a_seated_reach_to_the_toes_folds_over_the_legs_with_the_hands_at_the_feet():
    for caption in ("The woman is sitting on the floor and is stretching the arms to the front for to reach her toes, the legs are straight.",
                    "She is sitting on the floor with her legs straight out, folding forward and grasping her ankles."):
        p = pose(caption)
        assert y(p, "pelvis") < 0.3 and 45 < torso_pitch(p) < 115, caption
        for side in ("left", "right"):
            assert np.linalg.norm(p[f"{side}_wrist"] - p[f"{side}_ankle"]) < 0.3 and knee_angle(p, side) > 150, (caption, side)


def _torso_tilt(p):
    up = p["neck"] - p["pelvis"]
    return np.degrees(np.arccos(up[1] / np.linalg.norm(up)))


def test_a_squat_on_wide_feet_stands_wide_symmetric_and_upright():
    for caption in ("Squat with the feet wide apart.", "Low squat, feet wide, thighs parallel to the floor.",
                    "The karateka sits in a low horse stance with the feet wide and parallel and the thighs nearly level, back straight."):
        p = pose(caption)
        assert abs(x(p, "left_ankle") - x(p, "right_ankle")) > 0.5, caption
        assert abs(knee_angle(p, "left") - knee_angle(p, "right")) < 15 and knee_angle(p, "left") < 120, caption
        assert _torso_tilt(p) < 25 and y(p, "pelvis") > 0.3, caption  # on the feet, not sat on the floor
        assert min(y(p, "left_ankle"), y(p, "right_ankle")) < 0.12, caption


def test_a_stride_whose_front_knee_bends_is_a_lunge():
    p = pose("Take a long stride forward with the left foot, lower until the front knee bends over the ankle.")
    assert z(p, "left_ankle") - z(p, "right_ankle") > 0.6
    assert knee_angle(p, "left") < 130 and knee_angle(p, "right") > 140


def test_on_one_leg_a_hand_holding_the_foot_up_behind_keeps_the_body_upright():
    for caption, held in (("Stand on your right leg, bend the left knee to bring that foot up behind you and hold the left ankle with your left hand.", "left"),
                          ("I stand on my right foot and hold my left foot up behind me with my left hand.", "left"),
                          ("She balances on her left foot while her right heel is pulled up behind her, and her right hand holds that ankle.", "right")):
        p = pose(caption)
        assert _torso_tilt(p) < 25 and y(p, "head") > 1.4, caption  # not folded over to reach the foot
        assert knee_angle(p, held) < 80 and z(p, f"{held}_ankle") < z(p, "pelvis") - 0.2, caption
        assert np.linalg.norm(p[f"{held}_wrist"] - p[f"{held}_ankle"]) < 0.35, caption


def test_seated_on_the_floor_with_bent_knees_arms_around_the_shins_hugs_the_knees():
    p = pose("She is seated on the ground with her knees bent and pointing up, her feet flat on the floor, her arms wrapped around her shins.")
    assert y(p, "pelvis") < 0.3 and _torso_tilt(p) < 40
    for side in ("left", "right"):
        assert np.linalg.norm(p[f"{side}_wrist"] - p[f"{side}_knee"]) < 0.3, side
        assert y(p, f"{side}_ankle") < 0.15, side


def test_standing_knees_at_a_given_deep_angle_sink_the_hips_on_both_feet():
    p = pose("Stance roughly 70 cm wide, both knees flexed to about 100 degrees, arms straight forward at 90 degrees to the trunk.")
    assert abs(x(p, "left_ankle") - x(p, "right_ankle")) > 0.45
    assert max(y(p, "left_ankle"), y(p, "right_ankle")) < 0.12
    assert 70 < knee_angle(p, "left") < 130 and 70 < knee_angle(p, "right") < 130


def test_squats_crouches_cross_legged_seats_and_side_bends_keep_the_limbs_apart():
    # relaxed arms in a squat hang outside the knees, crossed shins lie one in front of the
    # other, the hand on the side of a side bend slides down outside the thigh: no limb passes
    # through another, with or without the workflow's default variation
    from posegen.plausibility import check_poses

    varied = BuiltinGenerator(GenerationSettings(), {})
    captions = ["A person squatting down low.", "Someone crouching.", "A person sitting on the ground cross-legged.",
                "A person bending sideways to the right.", "A man leaning to the left."]
    for caption in captions:
        seeds = list(range(8))
        poses = varied.generate([caption] * len(seeds), seeds, [10] * len(seeds)).motions[:, -1]
        flagged = [s for s, problems in zip(seeds, check_poses(poses)) if "interpenetration" in problems]
        assert not flagged, (caption, flagged)


def test_a_hand_resting_on_its_knee_is_composed_on_the_knee():
    for caption, sides in (("Torso tilted forward around 45 degrees from vertical, hands on the knees, knees slightly flexed at about 150°.",
                            ("left", "right")),
                           ("The guy is sitting on a chair with his legs wide apart and his right hand resting on his right knee.", ("right",)),
                           ("A person squatting with hands on the knees.", ("left", "right"))):
        p = pose(caption)
        for side in sides:
            assert np.linalg.norm(p[f"{side}_wrist"] - p[f"{side}_knee"]) < 0.18, (caption, side)


def test_on_one_leg_the_other_stretched_back_a_forward_tip_goes_down_to_a_t():
    for caption in ("I'm on my left foot only, my right leg straight out behind me, body tipped forward till it's nearly level.",
                    "The right leg reaches straight back and up off the floor, the body tips forward to counter it."):
        p = pose(caption)
        assert 55 < torso_pitch(p) < 110, caption
        assert y(p, "right_ankle") > 0.6 and z(p, "right_ankle") < z(p, "pelvis") - 0.5, caption
    p = pose("The dancer balances on her left leg, the right leg extended straight behind her at hip height, torso tipped slightly forward.")
    assert torso_pitch(p) < 45  # (said to tip only slightly, it does)


def test_knees_given_as_straight_by_angle_stay_straight_and_lying_arms_reaching_down_lie_along_the_body():
    p = pose("Trunk hinged forward 90° at the hips, legs vertical with the knees at 180°, arms hanging plumb toward the floor.")
    assert knee_angle(p, "left") > 160 and knee_angle(p, "right") > 160
    p = pose("The gentleman lies flat on his back on the floor mat, both arms parked alongside his body.")
    for side in ("left", "right"):
        assert y(p, f"{side}_wrist") < 0.25 and np.linalg.norm(p[f"{side}_wrist"] - p[f"{side}_hip"]) < 0.3, side  # by the hip


def test_lying_on_a_side_the_upper_leg_lifted_above_the_other_goes_up_sideways_and_the_body_stays_on_its_side():
    p = pose("The person is lying on the right side with the head resting on the extended right arm, the left hand is placed on "
             "the floor in front of the chest, and the left leg is lifted high above the right.")
    assert y(p, "left_shoulder") > y(p, "right_shoulder") + 0.2  # still on the right side
    assert y(p, "left_ankle") > y(p, "right_ankle") + 0.3 and y(p, "head") < 0.5


def test_standing_on_straight_legs_hands_reaching_toward_the_floor_fold_down_to_it():
    p = pose("The worker stands with the trunk bent sharply forward at the waist and the knees locked straight, "
             "both hands reaching down toward the floor.")
    assert y(p, "pelvis") > 0.8 and knee_angle(p, "left") > 150 and knee_angle(p, "right") > 150  # on straight legs
    assert torso_pitch(p) > 70 and y(p, "left_wrist") < 0.3 and y(p, "right_wrist") < 0.3
    assert abs(x(p, "left_ankle")) < 0.3 and abs(x(p, "right_ankle")) < 0.3  # (not swung out to reach down)


def test_a_foot_propped_flat_on_the_wall_behind_folds_up_behind_on_one_standing_leg():
    p = pose("He was standing with his back against the wall, the right foot flat against the wall behind him, hands in his pockets.")
    assert y(p, "left_foot") < 0.05 and y(p, "right_ankle") > 0.25  # on the left foot, the right up
    assert z(p, "right_ankle") < z(p, "pelvis") - 0.15 and abs(x(p, "right_ankle") - x(p, "right_hip")) < 0.2  # behind, not out


def test_seiza_sitting_on_the_floor_on_the_heels_kneels():
    p = pose("I am sitting on the floor in seiza style, knees folded and my hips on the heels, and my hands are on my thighs.")
    assert y(p, "left_knee") < 0.12 and y(p, "right_knee") < 0.12 and 0.15 < y(p, "pelvis") < 0.45


def test_lying_on_the_back_an_arm_up_toward_the_ceiling_points_up():
    p = pose("I'm flat on my back, legs straight, left arm thrown up toward the ceiling, right arm limp on the floor beside me.")
    assert y(p, "pelvis") < 0.3 and y(p, "left_wrist") > y(p, "left_shoulder") + 0.4  # up off the floor, not along it
    assert y(p, "right_wrist") < 0.25


def test_bent_forward_on_the_feet_hands_braced_on_the_legs_rest_above_the_knees():
    p = pose("When I saw him he was leaning forward, both hands braced on his legs, catching his breath.")
    assert torso_pitch(p) > 35
    for side in ("left", "right"):
        assert y(p, f"{side}_knee") < y(p, f"{side}_wrist") < y(p, f"{side}_hip") and abs(z(p, f"{side}_wrist") - z(p, f"{side}_knee")) < 0.25, side


def test_arms_out_at_an_angle_below_the_horizontal_are_composed_at_it():
    for caption in ("Arms flung out at 45 degrees either side.", "He leans back 30 degrees, arms flung out at 45 degrees either side."):
        p = pose(caption)
        for side in ("left", "right"):
            arm = p[f"{side}_wrist"] - p[f"{side}_shoulder"]
            elevation = np.degrees(np.arccos(-arm[1] / np.linalg.norm(arm)))
            assert 20 < elevation < 70 and abs(arm[0]) > 0.3, (caption, side, elevation)  # (not the horizontal)


def test_a_head_tilted_toward_a_shoulder_tips_to_that_side():
    p = pose("Standing, the head is inclined towards the right shoulder.")
    assert x(p, "head") < x(p, "neck") - 0.02


def test_kneeling_on_one_knee_hands_at_the_front_foot_bend_over_the_front_thigh():
    for caption in ("A person is kneeling on their right knee and tying the lace of their left shoe with both hands.",
                    "Kneeling on the right knee, both hands on the left foot."):
        p = pose(caption)
        assert y(p, "right_knee") < 0.12 and y(p, "left_knee") > 0.3, caption  # on the right knee only
        for side in ("left", "right"):
            assert np.linalg.norm(p[f"{side}_wrist"] - p["left_foot"]) < 0.3, (caption, side)
        assert y(p, "neck") > y(p, "pelvis") - 0.05 and y(p, "head") > 0.3, caption  # (not folded head-down past the knee)


def test_a_trunk_slumped_to_one_side_on_a_chair_leans_that_way():
    p = pose("The woman was sitting on a chair, slumping over to her left, her left arm dangling straight down beside the seat.")
    assert x(p, "neck") > x(p, "pelvis") + 0.08 and 0.4 < y(p, "pelvis") < 0.7


def test_a_lunge_whose_knee_is_bent_over_the_foot_keeps_the_trunk_upright_when_said():
    p = pose("The player is low in a lunge with the right foot forward and the right knee bent over it, the left leg stretched "
             "out behind, the torso upright, and the left arm raised across the front of the face.")
    assert torso_pitch(p) < 20
    assert x(p, "left_wrist") < x(p, "neck") and y(p, "left_wrist") > y(p, "left_shoulder") and z(p, "left_wrist") > z(p, "spine3")  # across the face


def test_lying_on_the_back_knees_up_over_flat_feet_bend_and_feet_in_the_air_draw_the_thighs_up():
    p = pose("Back flat on the floor, knees up with both feet flat, hands resting on the belly.")
    for side in ("left", "right"):
        assert 40 < knee_angle(p, side) < 130 and y(p, f"{side}_ankle") < 0.12, side  # bent over planted feet
    p = pose("On her back with knees bent over the hips and shins parallel to the floor, feet not touching the floor.")
    for side in ("left", "right"):
        assert 60 < knee_angle(p, side) < 120 and y(p, f"{side}_ankle") > 0.25, side  # a tabletop


def test_sitting_on_the_heels_with_the_forehead_on_the_floor_is_a_childs_pose():
    p = pose("He sits on the heels with knees on the floor, the body he lowers forward so the forehead is lying on the floor.")
    assert y(p, "head") < 0.25 and y(p, "left_knee") < 0.12 and y(p, "pelvis") > y(p, "head") + 0.15


def test_kneeling_upright_a_forward_bend_hinges_at_the_hips_and_arms_along_the_floor_fold_into_a_childs_pose():
    p = pose("The gardener is kneeling on both knees in the bed and bending forward, both hands down in the soil in front of her knees.")
    assert y(p, "left_knee") < 0.12 and torso_pitch(p) > 35
    p = pose("Someone is kneeling with the hips back and the arms stretched forward along the floor.")
    assert torso_pitch(p) > 50 and y(p, "left_wrist") < 0.25 and z(p, "left_wrist") > z(p, "head")



def test_a_childs_pose_with_the_arms_long_in_front_stretches_them_on_past_the_head():
    p = pose("Child's pose - knees down, bum on heels, forehead to floor, arms long in front.")
    assert y(p, "left_knee") < 0.12 and y(p, "head") < 0.3 and y(p, "pelvis") < 0.6
    for side in ("left", "right"):
        assert z(p, f"{side}_wrist") > z(p, "head") + 0.15 and y(p, f"{side}_wrist") < 0.25, side


def elbow_angle(p, side):
    upper, lower = p[f"{side}_shoulder"] - p[f"{side}_elbow"], p[f"{side}_wrist"] - p[f"{side}_elbow"]
    return float(np.degrees(np.arccos(np.dot(upper, lower) / np.linalg.norm(upper) / np.linalg.norm(lower))))


def test_legs_stretched_out_from_a_chair_rest_on_the_heels():
    for caption in ("She sits on a chair, legs stretched out long in front of her.",
                    "I'm sitting on a chair with my legs stretched out and crossed at the ankles, both hands behind my head."):
        p = pose(caption)
        assert 0.3 < y(p, "pelvis") < 0.6, caption  # on the seat, not dropped to the floor
        for side in ("left", "right"):
            assert knee_angle(p, side) > 150 and z(p, f"{side}_ankle") > 0.6, (caption, side)
        assert min(y(p, "left_ankle"), y(p, "right_ankle")) < 0.06, caption  # a heel down


def test_a_side_plank_is_held_sideways_on_the_forearm_or_the_straight_arm():
    p = pose("A side plank on the left forearm.")
    assert y(p, "left_elbow") < 0.06 and y(p, "left_wrist") < 0.06  # the forearm on the floor
    assert y(p, "left_ankle") < 0.08 and y(p, "right_shoulder") > y(p, "left_shoulder") + 0.25  # on its side, the feet down
    trunk = p["neck"] - p["pelvis"]
    assert 60 < np.degrees(np.arccos(trunk[1] / np.linalg.norm(trunk))) < 85  # raised off the floor, short of upright
    p = pose("Someone is holding a side plank on the straight right arm, body in one line, the left arm pointing up at the ceiling.")
    assert elbow_angle(p, "right") > 160 and y(p, "right_wrist") < 0.08 and y(p, "right_shoulder") > 0.45
    assert y(p, "left_wrist") > y(p, "left_shoulder") + 0.3  # the top arm up


def test_a_plank_on_straight_arms_is_held_on_the_hands():
    for caption in ("She holds a high plank with straight arms.",
                    "Plant your palms under your shoulders and walk your feet back until your body forms one straight line "
                    "from head to heels, arms locked."):
        p = pose(caption)
        for side in ("left", "right"):
            assert elbow_angle(p, side) > 160 and y(p, f"{side}_wrist") < 0.08, (caption, side)
            assert abs(x(p, f"{side}_wrist") - x(p, f"{side}_shoulder")) < 0.12, (caption, side)  # under the shoulder
        assert y(p, "pelvis") < 0.6 and y(p, "left_ankle") < 0.2, caption  # the body low and long, not standing


def test_a_floor_named_otherwise_is_the_floor():
    p = pose("He sits on the floorboards with his hands in his lap.")
    assert y(p, "pelvis") < 0.25


def test_a_trunk_turned_toward_a_side_brings_the_other_shoulder_forward():
    p = pose("She sits on a chair with her chest turned to the left.")
    assert z(p, "right_shoulder") > z(p, "left_shoulder") + 0.15 and 0.3 < y(p, "pelvis") < 0.7


def test_a_leg_pointing_at_the_ceiling_from_the_back_is_raised_upright():
    p = pose("Pt supine on floor, R hip flexed ~90° with R knee straight so the leg points at the ceiling, L leg flat.")
    thigh = p["right_knee"] - p["right_hip"]
    assert thigh[1] > 0.7 * np.linalg.norm(thigh) and y(p, "left_ankle") < 0.15


def test_folding_forward_until_the_hands_hold_the_toes_reaches_them():
    p = pose("Sit down on the floor with your legs straight out in front and fold forward until you can hold your toes.")
    for side in ("left", "right"):
        assert np.linalg.norm(p[f"{side}_wrist"] - p[f"{side}_foot"]) < 0.25, side


def test_knees_together_on_a_chair_stay_on_the_seat():
    p = pose("on chair, knees together, hands in lap, head bowed")
    assert 0.4 < y(p, "pelvis") < 0.7 and abs(x(p, "left_knee") - x(p, "right_knee")) < 0.12
    assert y(p, "left_ankle") < 0.12 and y(p, "right_ankle") < 0.12


def test_on_one_leg_with_no_side_said_stands_on_the_leg_not_raised():
    p = pose("The left leg is raised straight in front to hip height and held there, both arms being extended forward for balance.")
    assert y(p, "right_ankle") < 0.12 and y(p, "left_ankle") > 0.2 and z(p, "left_ankle") > 0.45


def test_a_foot_caught_behind_is_held_up_behind_without_folding_forward():
    p = pose("Balance on your left leg, bend your right knee and catch your right foot behind you with your right hand, free arm reaching straight up.")
    assert np.linalg.norm(p["right_wrist"] - p["right_ankle"]) < 0.25 and z(p, "right_ankle") < z(p, "pelvis")
    assert y(p, "head") > y(p, "pelvis") + 0.45  # upright, not folded down


def test_warrior_two_lunges_toward_the_bent_knee_with_the_arms_out():
    p = pose("The host is holding Warrior Two: right knee bent over the ankle, left leg straight behind, arms stretched long at shoulder height.")
    assert z(p, "right_ankle") > z(p, "left_ankle") + 0.5 and knee_angle(p, "right") < 140 and knee_angle(p, "left") > 150
    for side in ("left", "right"):
        assert abs(y(p, f"{side}_wrist") - y(p, f"{side}_shoulder")) < 0.15, side
    assert y(p, "pelvis") > 0.5


def test_a_bent_knee_drawn_up_comes_up_in_front():
    p = pose("The right knee is bent and drawn up level with the hip, the body is balanced on the left foot.")
    assert z(p, "right_knee") > z(p, "pelvis") + 0.25 and y(p, "right_knee") > y(p, "pelvis") - 0.2



def test_leaning_back_on_the_hands_props_them_on_the_floor_behind():
    p = pose("Sit on the floor with your legs stretched out, lean back onto both hands behind you and tip your face up to the sun.")
    assert y(p, "pelvis") < 0.3 and z(p, "neck") < z(p, "pelvis") - 0.1
    for side in ("left", "right"):
        assert y(p, f"{side}_wrist") < 0.1 and z(p, f"{side}_wrist") < z(p, f"{side}_shoulder") - 0.1, side


def test_a_sole_pressed_to_the_standing_thigh_is_a_tree():
    p = pose("The person stands on the right foot while the left leg is bent with the sole pressed against the inside of the right thigh.")
    assert knee_angle(p, "left") < 90 and y(p, "right_ankle") < 0.1
    assert y(p, "right_knee") < y(p, "left_ankle") < y(p, "right_hip") + 0.05 and abs(x(p, "left_ankle") - x(p, "right_knee")) < 0.2  # at the inner thigh


def test_all_fours_touching_the_floor_does_not_fold_to_the_toes():
    p = pose("The floor is touched by both knees and both hands.")
    assert y(p, "head") > y(p, "pelvis") - 0.2 and y(p, "left_wrist") < 0.08 and y(p, "left_knee") < 0.1


def test_a_hinge_to_level_hangs_the_arms_from_a_level_trunk():
    p = pose("Hinge at the hips with a neutral spine until your chest is almost parallel to the floor, arms hanging straight down toward your feet.")
    assert 60 < torso_pitch(p) < 95 and y(p, "left_ankle") < 0.12  # level, not folded on past it
    for side in ("left", "right"):
        assert y(p, f"{side}_wrist") < y(p, f"{side}_shoulder") - 0.4 and y(p, f"{side}_wrist") > 0.4, side  # hanging, well short of the feet


def test_lying_with_the_wrists_together_beyond_the_head_joins_them_up_there():
    p = pose("His arms were stretched out beyond his head with the wrists together, and his body lay flat on its back.")
    assert np.linalg.norm(p["left_wrist"] - p["right_wrist"]) < 0.2
    for side in ("left", "right"):
        assert z(p, f"{side}_wrist") < z(p, "head") - 0.1 or np.linalg.norm(p[f"{side}_wrist"] - p["head"]) > 0.25, side
        arm, trunk = p[f"{side}_wrist"] - p[f"{side}_shoulder"], p["neck"] - p["pelvis"]
        assert np.dot(arm, trunk) > 0.6 * np.linalg.norm(arm) * np.linalg.norm(trunk), side  # on past the head, along the body's line


def test_face_down_holding_the_ankles_is_a_bow():
    p = pose("I'm lying on my stomach, holding my ankles behind me with my hands so my chest and knees lift off the floor.")
    assert y(p, "pelvis") < 0.25
    for side in ("left", "right"):
        assert knee_angle(p, side) < 120 and y(p, f"{side}_ankle") > y(p, f"{side}_knee") + 0.1, side  # the shins folded up behind
        assert np.linalg.norm(p[f"{side}_wrist"] - p[f"{side}_ankle"]) < 0.15, side


def test_level_thighs_on_a_stool_sit_on_it():
    p = pose("Knees bent at right angles and thighs parallel to the floor, she sits on a stool with both palms lying flat on the tops of her thighs.")
    assert 0.35 < y(p, "pelvis") < 0.7
    for side in ("left", "right"):
        assert 70 < knee_angle(p, side) < 115 and y(p, f"{side}_wrist") > y(p, "pelvis") - 0.1, side
        assert z(p, f"{side}_wrist") > z(p, "pelvis") + 0.12, side  # on the thighs, not hanging by the hips


def test_hips_pushed_up_off_the_floor_lying_on_the_back_are_a_bridge():
    p = pose("Lying on my back with knees bent and feet flat, I've pushed my hips up so my body makes a ramp, arms flat on the floor by my sides.")
    assert y(p, "pelvis") > 0.15 and y(p, "pelvis") > y(p, "neck") + 0.08  # the hips up off the floor, above the shoulders
    for side in ("left", "right"):
        assert y(p, f"{side}_ankle") < 0.15 and y(p, f"{side}_wrist") < 0.15, side  # feet planted, arms along the floor


def test_kneeling_folded_down_to_the_floor_is_a_childs_pose():
    for caption in ("The buttocks sink back onto the heels, the knees rest on the floor, and the forehead touches the ground with both arms extended forward.",
                    "Kneel and bend forward to touch the floor with both hands."):
        p = pose(caption)
        assert y(p, "pelvis") < 0.45 and y(p, "head") < 0.25, caption  # sat back, the head down by the floor
        for side in ("left", "right"):
            assert y(p, f"{side}_wrist") < 0.3 and z(p, f"{side}_wrist") > z(p, f"{side}_knee"), (caption, side)


def test_one_knee_straightened_on_a_chair_lifts_its_foot():
    p = pose("Seated on a chair, slowly straighten the left knee to about 170 degrees and hold it for 10 seconds.")
    assert 0.35 < y(p, "pelvis") < 0.7 and knee_angle(p, "left") > 145
    assert y(p, "left_ankle") > y(p, "right_ankle") + 0.25  # the foot up, level with the seat


def test_upright_on_the_floor_the_hands_behind_prop_the_body():
    p = pose("Seated on the floor with the legs stretched out, the hands placed on the floor behind the hips with the arms straight.")
    assert y(p, "pelvis") < 0.3 and y(p, "head") > 0.65
    for side in ("left", "right"):
        assert y(p, f"{side}_wrist") < 0.1 and z(p, f"{side}_wrist") < z(p, "pelvis") - 0.1, side


def test_legs_long_on_the_floor_cross_at_the_ankles():
    p = pose("She sits on the floor with her legs stretched out in front, the left ankle crossed over the right.")
    assert y(p, "pelvis") < 0.3 and min(knee_angle(p, s) for s in ("left", "right")) > 150  # long, not cross-legged
    assert x(p, "left_ankle") < x(p, "right_ankle") - 0.03 and y(p, "left_ankle") > y(p, "right_ankle") + 0.05  # over it, on top


def test_lying_on_a_side_the_upper_knee_said_on_the_floor_drops_in_front():
    p = pose("The person is lying on the right side with the head resting on the extended right arm, the left hand is placed on the "
             "floor in front of the chest for support, and the left leg is bent with the knee touching the floor in front of the straight right leg.")
    assert y(p, "pelvis") < 0.3 and y(p, "left_knee") < 0.12 and knee_angle(p, "left") < 130
    assert y(p, "left_shoulder") > y(p, "right_shoulder") + 0.2  # still on the right side, not rolled face down


def test_a_foot_far_ahead_with_its_knee_at_a_right_angle_is_a_lunge():
    for caption, front in (("Left foot one big step (about 1 m) in front of the right, front knee at 90°, back leg straight, hands on hips.", "left"),
                           ("The right foot is planted far forward with that knee bent to roughly a right angle, both hands on the hips.", "right")):
        p = pose(caption)
        back = "right" if front == "left" else "left"
        assert z(p, f"{front}_ankle") > z(p, f"{back}_ankle") + 0.6 and knee_angle(p, front) < 120, caption
        assert y(p, f"{front}_ankle") < 0.12 and y(p, "pelvis") < 0.75, caption


def test_face_down_on_both_forearms_is_a_sphinx():
    p = pose("The body is lying on the front, both elbows are bent and placed on the floor under the shoulders with the forearms flat.")
    for side in ("left", "right"):
        assert y(p, f"{side}_elbow") < 0.1 and y(p, f"{side}_wrist") < 0.1 and y(p, f"{side}_shoulder") > 0.2, side


def test_arms_forward_with_the_hands_joined_meet_out_ahead():
    p = pose("The person is in a squatting position, the arms are stretched forward with the hands joined together.")
    assert np.linalg.norm(p["left_wrist"] - p["right_wrist"]) < 0.12
    assert z(p, "left_wrist") > z(p, "spine3") + 0.35  # out ahead, not at the chest


def test_propped_up_on_the_hands_behind_on_the_floor():
    p = pose("Sit on the floor with your legs straight out in front, and prop yourself up on your hands placed behind you.")
    assert y(p, "pelvis") < 0.3
    for side in ("left", "right"):
        assert y(p, f"{side}_wrist") < 0.1 and z(p, f"{side}_wrist") < z(p, "pelvis") - 0.1, side


def test_on_a_chair_an_ankle_placed_over_the_other_crosses_them():
    p = pose("A seated position is taken on the chair, with the right ankle placed over the left one and the hands folded together in the lap.")
    assert 0.35 < y(p, "pelvis") < 0.7 and abs(y(p, "left_knee") - y(p, "left_hip")) < 0.15  # on the seat, thighs level
    assert x(p, "right_ankle") > x(p, "left_ankle")  # the right ankle across past the left one


def test_on_a_chair_feet_apart_are_set_apart_by_the_knees_turned_out():
    p = pose("She sits on a stool with her knees at 90 degrees, feet 60 cm apart.")
    assert 0.35 < y(p, "pelvis") < 0.7 and abs(x(p, "left_ankle") - x(p, "right_ankle")) > 0.45
    for side in ("left", "right"):
        assert abs(y(p, f"{side}_knee") - y(p, f"{side}_hip")) < 0.15 and y(p, f"{side}_ankle") < 0.12, side
    p = pose("Seated on a chair, both feet flat on the floor roughly 20 cm apart.")
    assert 0.05 < abs(x(p, "left_ankle") - x(p, "right_ankle")) < 0.35


def test_a_chair_sit_fitted_for_a_slight_lean_is_not_tipped_over_its_feet():
    # (the seat carries the body: the fit does not fold it forward to bring its weight over the feet)
    p = pose("Seat the mannequin on a chair with both feet flat on the floor, bend its left elbow sharply so the hand "
             "cups the chin, and tip the trunk slightly forward.")
    up = p["neck"] - p["pelvis"]
    assert np.degrees(np.arccos(up[1] / np.linalg.norm(up))) < 35
    assert 0.35 < y(p, "pelvis") < 0.7


def test_lying_on_a_side_legs_stacked_rest_one_on_the_other():
    p = pose("I lie on my right side, my right arm stretched up past my head, legs straight one on the other.")
    assert np.linalg.norm(p["left_ankle"] - p["right_ankle"]) < 0.2 and y(p, "left_ankle") > y(p, "right_ankle") + 0.03
    assert knee_angle(p, "left") > 150 and knee_angle(p, "right") > 150


def test_lying_on_a_side_the_upper_hand_reaches_the_floor_in_front_without_rolling_the_body():
    p = pose("The woman is lying on her right side, her right arm stretched up above her head, her left hand on the floor "
             "in front of the chest for support, and both legs straight and stacked.")
    assert y(p, "left_wrist") < 0.1 and y(p, "left_shoulder") > y(p, "right_shoulder") + 0.2


def test_plain_sitting_with_a_leg_laid_out_or_propped_on_the_hands_behind_is_on_the_floor():
    for caption in ("Injured left leg straight out along the snow, right knee bent up with the foot flat; casualty sitting, propped on both hands behind.",
                    "Legs open wide in a V and both knees straight, back up; the girl sits like this.",
                    # (both legs stretched out, no seat named: it was a chair with the heels down)
                    "He sits up straight against the fence, legs stretched out, arms resting on his thighs."):
        p = pose(caption)
        assert y(p, "pelvis") < 0.3 and y(p, "neck") > y(p, "pelvis") + 0.3, caption


def test_plain_sitting_with_both_legs_lifted_forward_is_a_v_sit_on_the_floor():
    p = pose("Sit, lift both legs straight off the floor.")
    assert y(p, "pelvis") < 0.3 and y(p, "left_ankle") > 0.2 and y(p, "right_ankle") > 0.2


def test_sitting_on_the_floor_leaning_forward_the_hands_reach_along_the_legs_to_the_shins():
    p = pose("The man is sitting on the floor with the legs stretched at 180 degrees, trunk leaning forward about 30 degrees "
             "and hands reaching to the shins.")
    assert y(p, "pelvis") < 0.3 and y(p, "head") > 0.65 and abs(x(p, "neck")) < 0.08  # not twisted round to one side
    for side in ("left", "right"):
        assert z(p, f"{side}_wrist") > z(p, f"{side}_knee") and y(p, f"{side}_wrist") < 0.3, side


def test_kneeling_up_and_bending_forward_with_the_hands_down_bends_far_without_twisting():
    p = pose("The gardener is kneeling on both knees and bending forward, both hands down in the soil in front of her knees.")
    up = p["neck"] - p["pelvis"]
    assert np.degrees(np.arccos(up[1] / np.linalg.norm(up))) > 40 and abs(x(p, "neck")) < 0.08
    assert y(p, "left_knee") < 0.12 and y(p, "right_knee") < 0.12 and y(p, "pelvis") > 0.4


def test_on_a_chair_feet_together_with_the_hands_on_the_knees_stays_on_the_seat():
    for caption in ("Please sit on the chair straight, feet flat and together, and lay both palms on the knees.",
                    "I sit on a kitchen chair, my left leg straight forward with the heel on the floor, the right foot flat under the knee."):
        p = pose(caption)
        assert 0.35 < y(p, "pelvis") < 0.7, caption
        for side in ("left", "right"):  # the thighs level on the seat (a leg stretched out slopes a little)
            # (a knee held straight with its heel on the floor slopes the thigh down about 28 degrees from a
            # 0.47 m seat: about 0.19 m at the knee)
            stretched = side == "left" and "straight" in caption
            assert abs(y(p, f"{side}_knee") - y(p, f"{side}_hip")) < (0.25 if stretched else 0.15), caption


def test_one_leg_stretched_back_on_the_floor_and_the_other_knee_bent_is_a_lunge():
    for caption in ("The right knee is bent over the right foot and the left leg is stretched straight back.",
                    "The weight is on the bent right leg out in front, with the left leg extended far behind."):
        p = pose(caption)
        assert z(p, "right_ankle") - z(p, "left_ankle") > 0.6 and y(p, "left_ankle") < 0.12, caption  # the back foot down
        assert knee_angle(p, "right") < 140 and knee_angle(p, "left") > 150, caption


def test_standing_with_straight_or_locked_knees_keeps_the_feet_side_by_side_on_the_floor():
    for caption in ("Standing, legs straight, both arms raised overhead.", "Standing, knees at 175 degrees, both arms raised overhead.",
                    "Knees locked, standing tall, arms down."):
        p = pose(caption)
        assert np.linalg.norm(p["left_ankle"] - p["right_ankle"]) < 0.3, caption  # no step apart to straighten the knees
        assert y(p, "left_ankle") < 0.08 and y(p, "right_ankle") < 0.08, caption
        assert knee_angle(p, "left") > 160 and knee_angle(p, "right") > 160, caption


def test_a_straight_standing_leg_stays_under_the_body_when_the_other_knee_is_raised():
    for caption in ("The right knee is bent sharply and lifted to hip level while the left leg stays straight with the foot on the floor.",
                    "Left knee drawn up to hip height, the right leg straight and bearing all the weight."):
        p = pose(caption)
        stance = "left" if caption.startswith("The right") else "right"
        assert y(p, f"{stance}_ankle") < 0.08, caption
        assert np.hypot(x(p, f"{stance}_ankle") - x(p, "pelvis"), z(p, f"{stance}_ankle") - z(p, "pelvis")) < 0.16, caption


def test_sitting_on_the_floor_with_the_hands_down_keeps_the_legs_on_the_floor():
    # reaching the hands to the floor must not tip the whole body back and lift the legs
    for caption in ("Sit on the floor, legs straight out in front and together, palms on the floor beside the hips.",
                    "Seated on the ground with the feet touching, leaning back on straight arms."):
        p = pose(caption)
        assert y(p, "left_ankle") < 0.1 and y(p, "right_ankle") < 0.1, caption


def test_sitting_on_the_floor_with_the_legs_together_keeps_them_long_and_side_by_side():
    # legs together on the floor: turned in so the heels meet, not swung across or lifted
    # (said by the lexicon, or only by the reader: "legs straight and together")
    for caption in ("Sit on the floor, legs together.", "Sit on the floor, legs straight and together.",
                    "Sit floor, legs straight fwd + together, back upright, hands on floor by hips."):
        p = pose(caption)
        assert np.linalg.norm(p["left_ankle"] - p["right_ankle"]) < 0.12, caption
        assert y(p, "left_ankle") < 0.06 and y(p, "right_ankle") < 0.06, caption
        assert x(p, "left_ankle") > x(p, "right_ankle"), caption  # each foot on its own side
        assert y(p, "neck") - y(p, "pelvis") > 0.45, caption  # sitting up


def test_a_foot_said_ahead_is_a_step_with_both_feet_down():
    # fitted from feet side by side, a foot "ahead of the other" kicked up instead of stepping
    for caption in ("Split jerk held: front foot (left) about 70 cm ahead of the back foot, both elbows locked overhead.",
                    "Standing with the left foot a step ahead of the right, arms overhead."):
        p = pose(caption)
        assert y(p, "left_ankle") < 0.1 and y(p, "right_ankle") < 0.1, caption
        assert z(p, "left_ankle") - z(p, "right_ankle") > 0.3, caption


def test_a_lunge_leads_with_the_leg_that_is_not_said_back():
    # "the left foot far behind", "L leg back": the right leg leads (not a lunge onto the back leg)
    for caption in ("Hold a lunge with the left foot far behind, the right knee bent at 90 degrees over the ankle, and both hands on your waist.",
                    "Lunge, L leg back, R knee 90, torso tall, arms in T."):
        p = pose(caption)
        assert z(p, "right_ankle") - z(p, "left_ankle") > 0.5, caption
        assert knee_angle(p, "right") < 130, caption


def _raise(p, side):
    """Degrees a leg is raised from the line of the trunk (pelvis toward the feet, lying or standing)."""
    down = p["pelvis"] - p["neck"]
    leg = p[f"{side}_ankle"] - p[f"{side}_hip"]
    return float(np.degrees(np.arccos(np.dot(down, leg) / (np.linalg.norm(down) * np.linalg.norm(leg)))))


@pytest.mark.parametrize("caption, side, lo, hi", [
    ("Lie on back, right leg raised straight up to 90° from the floor, left leg flat on the floor.", "right", 70, 110),
    ("Lying on your back, the left leg raised to 45 degrees.", "left", 25, 65),
    ("Stand on the left leg, the right leg raised straight forward to 90 degrees.", "right", 65, 115),
])
def test_a_leg_raised_to_an_angle_is_raised_that_far_and_straight(caption, side, lo, hi):
    # composed at the angle: fitted up from the composer's default, the knee bent and swung out
    p = pose(caption)
    assert lo < _raise(p, side) < hi, caption
    assert knee_angle(p, side) > 150, caption


@pytest.mark.parametrize("caption, up", [
    ("On all fours, right arm up to the ceiling.", "right"),
    ("All 4s, R arm up to ceiling, elbow str8, L palm on mat.", "right"),
    ("On hands and knees, reach the left arm up towards the ceiling.", "left"),
])
def test_an_arm_up_to_the_ceiling_from_all_fours_points_up(caption, up):
    # out to its side with the chest turned toward it, the other hand and both knees down
    p = pose(caption)
    other = "left" if up == "right" else "right"
    assert y(p, f"{up}_wrist") > y(p, "head") + 0.2, caption
    assert y(p, f"{other}_wrist") < 0.12 and y(p, "left_knee") < 0.12 and y(p, "right_knee") < 0.12, caption


def test_feet_closer_than_the_hips_stand_together():
    # "heels 0 cm apart" was composed at the hips' width and fitted closer by bending the legs
    p = pose("Standing tall, heels 0 cm apart, both elbows bent 90 deg with the forearms horizontal in front at waist height.")
    assert abs(x(p, "left_ankle") - x(p, "right_ankle")) < 0.15
    assert y(p, "left_ankle") < 0.1 and y(p, "right_ankle") < 0.1 and y(p, "pelvis") > 0.85


def test_lying_on_a_side_an_arm_up_with_no_side_said_is_the_top_one():
    # both arms composed up to the ceiling put the bottom one through the floor and lifted the body
    p = pose("He is lying on his right side, the legs straight, and the arm raised straight up to the ceiling.")
    assert y(p, "pelvis") < 0.4
    assert y(p, "left_wrist") > y(p, "left_shoulder") + 0.3


def test_a_lunge_whose_front_knee_is_at_an_angle_goes_that_deep():
    # (composed at the default depth, the fit bent the front knee by swinging the feet apart sideways;
    # "1 m between the feet" of a lunge is its length, not a stance that wide)
    for caption in ("Hold a lunge with your left foot well out in front, the front knee bent to about a right angle and the back leg long, "
                    "and rest both hands on your front knee.",
                    "Lunge, left foot forward, roughly 1 m between the feet, front knee at 90°, back knee almost straight."):
        p = pose(caption)
        assert 65 < knee_angle(p, "left") < 115, caption
        assert z(p, "left_ankle") - z(p, "right_ankle") > 0.6 and abs(x(p, "left_ankle") - x(p, "right_ankle")) < 0.4, caption


def test_the_lunge_depth_table_matches_the_composer():
    # posegen.builtin.legs.LUNGE_FRONT_KNEE: the front knee angle the composer gives at each depth
    from dataclasses import replace

    from posegen.builtin.body import forward_kinematics, ground, rodrigues
    from posegen.builtin.compose import Composer
    from posegen.builtin.generator import read
    from posegen.builtin.legs import LUNGE_FRONT_KNEE

    plan = replace(read("A lunge with the left foot forward.")[2], posture_side="left")
    for degree, angle in LUNGE_FRONT_KNEE:
        joints = ground(forward_kinematics(rodrigues(Composer(replace(plan, posture_degree=degree)).compose().rotvecs)[None]))[0]
        p = {name: joints[i] for name, i in JOINT.items()}
        assert abs(knee_angle(p, "left") - angle) < 4, (degree, knee_angle(p, "left"))


def test_bent_over_to_a_side_with_the_hand_down_to_the_knee_leans_that_way():
    # a side bend too shallow for the hand to reach the knee was fitted into a forward fold
    p = pose("Stand with your feet wide apart, bend over to your left and slide your left hand down toward your knee "
             "while your right arm arcs over your head.")
    assert x(p, "neck") - x(p, "pelvis") > 0.15 and torso_pitch(p) < 45
    assert y(p, "right_wrist") > y(p, "right_shoulder")


def test_a_foot_ahead_with_the_back_knee_near_the_floor_is_a_lunge():
    # "left knee near floor behind" held just off it: a lunge over the right leg, not a stand that kicks the foot up
    p = pose("Right leg is forward and bent, left knee is near floor behind, and both hands are on the front knee.")
    assert z(p, "right_ankle") - z(p, "left_ankle") > 0.6 and knee_angle(p, "right") < 130
    assert y(p, "right_ankle") < 0.1 and y(p, "pelvis") < 0.75


def test_side_lying_with_the_bottom_arm_under_the_head_and_the_top_hand_down_stays_on_its_side():
    # the top hand fitted down to the floor from shoulder height, with the bottom arm fitted up past the head,
    # rolled the body off its side
    p = pose("Side-lying on L, L arm straight under head, R hand on floor in front of chest, legs stacked straight.")
    assert y(p, "right_shoulder") - y(p, "left_shoulder") > 0.25 and y(p, "pelvis") < 0.35
    assert y(p, "right_wrist") < 0.12 and z(p, "left_wrist") < z(p, "left_shoulder") - 0.3


def test_forearms_crossed_over_the_knees_of_a_squat_rest_each_hand_on_the_other_knee():
    # fitted from hands hanging outside the knees, the trunk turned instead of the arms crossing
    p = pose("I'm in a deep squat with my heels flat on the floor and my forearms crossed over my knees.")
    assert x(p, "left_wrist") < x(p, "pelvis") - 0.05 and x(p, "right_wrist") > x(p, "pelvis") + 0.05
    assert abs(z(p, "left_shoulder") - z(p, "right_shoulder")) < 0.1  # (the shoulders square, not turned)


def test_a_lunge_with_the_back_knee_hovering_above_the_floor_is_deep():
    # the back knee "just above the floor" was only a negation: a high lunge on a 130-degree front knee
    p = pose("A lunge with the left foot forward, the right knee just above the floor.")
    assert knee_angle(p, "left") < 110 and y(p, "right_knee") < 0.3


def test_a_twisted_fold_reaches_one_hand_to_the_other_foot_and_the_other_arm_up():
    # the arm up "toward the ceiling" was composed along the folded trunk and fitted up by unfolding it
    p = pose("The person is folded forward at the hips with the legs straight; the right hand reaches down to touch "
             "the left foot, while the left arm is stretched up toward the ceiling.")
    assert torso_pitch(p) > 45 and y(p, "left_wrist") > y(p, "left_shoulder") + 0.3
    assert np.linalg.norm(p["right_wrist"] - p["left_foot"]) < 0.25 and max(y(p, "left_ankle"), y(p, "right_ankle")) < 0.12


def test_both_arms_around_the_shin_of_a_knee_bent_up_sit_up_to_it():
    # fitted from hanging arms, the trunk folded down 35 degrees toward the shin
    p = pose("Sitting on the floor, the left knee bent to about 45 degrees with the foot flat, the right leg straight "
             "at 180 degrees, both arms wrapped around the left shin.")
    assert torso_pitch(p) < 20 and y(p, "head") > 0.7
    knee, shin = p["left_knee"], p["left_ankle"] - p["left_knee"]
    for side in ("left", "right"):  # (each wrist within 20 cm of the shin bone)
        t = np.clip(np.dot(p[f"{side}_wrist"] - knee, shin) / np.dot(shin, shin), 0.0, 1.0)
        assert np.linalg.norm(p[f"{side}_wrist"] - (knee + t * shin)) < 0.2


def test_hands_folded_in_the_lap_of_a_chair_rest_on_it_together():
    # one hand composed held in front at the chest and the other on a thigh met halfway down, below the lap
    p = pose("A seat is taken on a chair with the back held upright and the hands folded in the lap.")
    assert np.linalg.norm(p["left_wrist"] - p["right_wrist"]) < 0.2
    assert all(-0.05 < y(p, f"{s}_wrist") - y(p, "pelvis") < 0.2 for s in ("left", "right"))


def test_a_cat_back_on_all_fours_keeps_the_arms_straight():
    # the back's rounding lowered the shoulders, and the hands kept on the floor bent the elbows to 124 degrees
    p = pose("On all fours, the back rounded up toward the ceiling like a cat.")
    for side in ("left", "right"):
        upper, fore = p[f"{side}_elbow"] - p[f"{side}_shoulder"], p[f"{side}_wrist"] - p[f"{side}_elbow"]
        assert np.degrees(np.arccos(np.dot(upper, fore) / np.linalg.norm(upper) / np.linalg.norm(fore))) < 30
        assert y(p, f"{side}_wrist") < 0.1 and y(p, f"{side}_knee") < 0.1


def test_a_bridge_sets_the_feet_a_shin_away_with_the_knees_near_a_right_angle():
    # the feet were set so close under the seat that the knees folded to 41-55 degrees
    for caption in ("Bridge pose: lying on the back, feet flat, hips lifted high.",
                    "Lying on the back, the knees bent and the feet flat, she lifts her hips into a bridge."):
        p = pose(caption)
        for side in ("left", "right"):
            assert 60 < knee_angle(p, side) < 110
            assert y(p, f"{side}_foot") < 0.05
        assert y(p, "pelvis") > y(p, "left_shoulder") + 0.1


def test_a_fold_on_straight_legs_keeps_the_legs_under_the_body():
    # fitted for the hands, straight legs swung forward from the hips and the pelvis sank to 0.62 m,
    # the feet far ahead of it
    for caption in ("He folds his upper body far forward from the hips with the legs straight, letting both hands dangle below the knees.",
                    "Forward bend from standing, knees locked, fingertips to the toes."):
        p = pose(caption)
        assert y(p, "pelvis") > 0.7
        assert torso_pitch(p) > 45
        for side in ("left", "right"):
            thigh = p[f"{side}_knee"] - p[f"{side}_hip"]
            assert np.degrees(np.arccos(-thigh[1] / np.linalg.norm(thigh))) < 35  # within 35 degrees of straight down
            assert knee_angle(p, side) > 150


def test_knees_and_hands_on_the_floor_are_on_all_fours():
    # an all-fours said beside a fighter was composed as the fighter standing (the repair could only
    # kneel him up); both knees and both hands said down with no bend were composed kneeling up,
    # then folded down onto the thighs to put the hands on the floor
    for caption in ("The fallen fighter is on all fours with his knees under his hips and his hands under his shoulders, arms straight.",
                    "Both knees are put down on the ground and the hands are placed on the ground also, the head hanging down."):
        p = pose(caption)
        assert 60 < torso_pitch(p) < 115
        for side in ("left", "right"):
            assert y(p, f"{side}_knee") < 0.12 and y(p, f"{side}_wrist") < 0.12


def test_a_cobra_on_straight_arms_keeps_them_straight_and_the_legs_on_the_floor():
    # the cobra arched a little and bent the elbows, so "on straight arms" had the fit straighten
    # them by swinging the hands back to the hips and lifting the body and the legs off the floor;
    # "chest up on straight arms", "propping his chest up" face down were arms overhead, no cobra
    for caption in ("Lie on your tummy, then push your chest up on straight arms and look forward like a cobra.",
                    "prone, chest up on straight arms, hips + legs on floor",
                    "The man is lying face down but is propping his chest up on straight arms."):
        p = pose(caption)
        assert 15 < 90 - torso_pitch(p) < 80  # (the trunk raised from the floor, not upright)
        assert y(p, "pelvis") < 0.15
        for side in ("left", "right"):
            assert elbow_angle(p, side) > 150
            assert y(p, f"{side}_wrist") < 0.08 and y(p, f"{side}_knee") < 0.08
            assert z(p, f"{side}_wrist") > z(p, f"{side}_shoulder")  # (pushing up, not reaching back)


def test_warrior_two_lunges_sideways_over_the_bent_knee():
    # warrior two was a lunge forward over the left leg: "front right knee bent" had the fit bend the
    # right knee under the body; the unsided "back leg" beside it was put on the right leg too
    for caption in ("A trainee is holding Warrior Two: front right knee bent over the ankle, back leg straight, arms extended to the sides at shoulder level.",
                    "A side lunge: the right knee bent over the ankle, arms out to the sides."):
        p = pose(caption)
        assert x(p, "left_ankle") - x(p, "right_ankle") > 0.45  # (wide apart sideways)
        assert 60 < knee_angle(p, "right") < 130 and knee_angle(p, "left") > 150


def test_a_floor_seat_with_the_knees_drawn_up_sits_on_the_floor():
    # the thigh rose 40 degrees over a plumb shin, which left the pelvis hovering 0.29 m up; a
    # hug with the knees drawn up in the posture word kept the arms of a chest hug; hands said to
    # rest on drawn-up knees were hugging them
    for caption in ("Sit on the floor hugging your knees.",
                    "She sits on the rug with her knees pulled up to her chest and her feet flat.",
                    "Seated on the floor, the knees drawn up, each hand resting on its knee."):
        p = pose(caption)
        assert y(p, "pelvis") < 0.24 and torso_pitch(p) < 20
        assert y(p, "head") > 0.7
        for side in ("left", "right"):
            assert knee_angle(p, side) < 70 and y(p, f"{side}_knee") > 0.35
    hands_on_knees = pose("Seated on the floor, the knees drawn up, each hand resting on its knee.")
    for side, s in (("left", 1), ("right", -1)):
        assert s * x(hands_on_knees, f"{side}_wrist") > 0.0  # (each on its own knee, not crossed in a hug)


def test_a_floor_seat_propped_on_the_hands_leans_back_no_further_than_they_need():
    # "leans a little back" on hands propped behind leaned less than the propping hands need,
    # and the fit reached the floor by folding the trunk down to the side
    for caption in ("Sitting on the floor with the legs long, palms flat on the floor behind the hips, leaning back a little on them.",
                    "Sit on the floor, legs out straight, hands on the floor behind you."):
        p = pose(caption)
        assert y(p, "head") > 0.68 and y(p, "pelvis") < 0.22
        assert abs(x(p, "head")) < 0.06
        for side in ("left", "right"):
            assert y(p, f"{side}_wrist") < 0.1 and z(p, f"{side}_wrist") < z(p, "pelvis")


def test_seated_hands_at_the_feet_fold_forward_over_the_long_legs():
    # seated with the legs long, hands at the ankles stopped short of them (the fit reached part
    # way from upright and stalled); a foot at the other leg's inner thigh kept its knee half open
    # in the air, and reaching the long leg's foot the fit sat the trunk back up
    together = pose("Sitting on the floor, legs out straight and together, hands holding the ankles.")
    assert y(together, "pelvis") < 0.22
    for side in ("left", "right"):
        assert dist(together, f"{side}_wrist", f"{side}_ankle") < 0.18
    one_leg = pose("Seated on the floor, right leg long, left sole against the inner right thigh, both hands holding the right ankle, folded over.")
    assert y(one_leg, "pelvis") < 0.22 and torso_pitch(one_leg) > 45
    assert knee_angle(one_leg, "left") < 70 and y(one_leg, "left_knee") < 0.2  # (the knee dropped out low)
    assert dist(one_leg, "left_ankle", "right_knee") < 0.45  # (the sole in by the long leg's thigh)
    for side in ("left", "right"):
        assert min(dist(one_leg, f"{side}_wrist", "right_ankle"), dist(one_leg, f"{side}_wrist", "right_foot")) < 0.2


def test_a_floor_seat_with_the_soles_down_sits_on_its_seat():
    # knees bent with the soles on the floor left the feet short of the floor, so the pelvis sank
    # to 0.12 m and a lean back onto the hands dropped the head under a seated height
    for caption in ("Seated on the ground, knees bent and feet flat, arms resting at the sides.",
                    "She sits on the sand with her knees bent and feet planted, leaning back onto both hands behind her."):
        p = pose(caption)
        assert 0.15 < y(p, "pelvis") < 0.22 and y(p, "head") > 0.65, caption
        for side in ("left", "right"):
            assert 60 < knee_angle(p, side) < 120 and y(p, f"{side}_ankle") < 0.05, caption


def test_a_floor_seat_hugging_one_bent_knee_draws_it_up():
    # a bent knee whose shin both arms hold stayed half bent over its foot, and the hug stayed a
    # hug of the chest, so the fit tipped the trunk forward and sideways to reach the shin
    p = pose("Sitting on the floor, left leg out long, right knee bent up, both arms wrapped around the right shin.")
    assert y(p, "pelvis") < 0.22 and torso_pitch(p) < 20 and y(p, "head") > 0.7
    assert knee_angle(p, "right") < 70 and y(p, "right_knee") > 0.35 and knee_angle(p, "left") > 150
    for side in ("left", "right"):
        assert dist(p, f"{side}_wrist", "right_knee") < 0.3 and dist(p, f"{side}_wrist", "right_ankle") < 0.35
    assert dist(p, "left_wrist", "right_wrist") > 0.03  # (side by side, not one inside the other)
    resting = pose("Sitting on the floor, knees bent to one side, propped on the left hand, the right hand resting on the right knee.")
    assert knee_angle(resting, "right") > 70  # (a hand resting on a knee does not draw it up)


def test_legs_folded_to_one_side_sit_side_saddle_on_the_floor():
    # both legs folded to one side were read as both legs out to the sides (or not at all),
    # and composed as a chair seat or knees drawn up
    for caption, side in (("She sits on the floor with both legs folded to the right side, hands in her lap.", "right"),
                          ("Sitting side-saddle on the grass, legs tucked to the right.", "right"),
                          ("He is seated on the mat, legs swept to one side, propped on his right hand.", "left")):
        p = pose(caption)
        s = 1 if side == "left" else -1
        assert y(p, "pelvis") < 0.22 and y(p, "head") > 0.65
        for leg in ("left", "right"):
            assert knee_angle(p, leg) < 120
            assert s * (x(p, f"{leg}_ankle") - x(p, "pelvis")) > 0.1  # (both feet on that side)
