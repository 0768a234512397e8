"""The caption/pose benchmark for the curation checker: its size, its labels and the honesty of its pairs."""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "benchmarks"))

import curation_pairs as cp  # noqa: E402

J = cp.JOINT
CAPTIONS = {c.text: c for b in cp.bases() for c in b.captions}
BASES = {(b.name, b.split): b for b in cp.bases()}  # a development pose can carry held-out captions too
SPLIT_OF = {c.text: b.split for b in cp.bases() for c in b.captions}
PLANTED = {
    "stretched": ("bone_length", "bone"),
    "knee_backward": ("knee_hyperextended", "knee bent backwards"),
    "elbow_backward": ("elbow_hyperextended", "elbow bent backwards"),
    "through_body": ("interpenetration", "inside the torso"),
}


@pytest.fixture(scope="module")
def pairs():
    return cp.build_pairs(0)


def test_size_kinds_splits_sources(pairs):
    assert len(pairs) >= 560
    assert sum(p.split == "dev" for p in pairs) >= 360
    kinds = Counter(p.kind for p in pairs)
    assert set(kinds) == set(cp.KINDS)
    assert kinds["correct"] >= 140 and kinds["swapped"] >= 50 and kinds["other_posture"] >= 50
    assert kinds["duplicate"] >= 40
    assert {p.split for p in pairs} == {"dev", "heldout"}
    for kind in cp.KINDS:
        assert {p.split for p in pairs if p.kind == kind} == {"dev", "heldout"}, kind
    assert sum(p.kind == "correct" and p.source == "builtin" for p in pairs) >= 40
    assert {p.source for p in pairs} == {"spec", "builtin"}
    assert all(p.source == "spec" for p in pairs if p.kind != "correct")


def test_joints_follow_the_conventions(pairs):
    for p in pairs:
        assert p.joints.shape == (22, 3) and p.joints.dtype == np.float32
        assert np.all(np.isfinite(p.joints))
        assert abs(float(p.joints[:, 1].min())) < 1e-6
        assert abs(float(p.joints[J["pelvis"], 0])) < 1e-6 and abs(float(p.joints[J["pelvis"], 2])) < 1e-6


def test_base_poses_and_captions():
    bases = cp.bases()
    assert len(bases) >= 40
    assert {b.posture for b in bases} <= set(cp.POSTURES)
    assert {"standing", "sitting", "kneeling", "squatting", "lying", "lunging", "bending"} <= {b.posture for b in bases}
    texts = [c.text for b in bases for c in b.captions]
    assert len(texts) == len(set(texts))
    for b in bases:
        assert 4 <= len(b.captions) <= 8, b.name
    styles = Counter(c.style for b in bases for c in b.captions)
    assert set(styles) == set(cp.STYLES) and min(styles.values()) >= 25, styles
    for b in bases:
        for c in b.captions:
            assert all(q.lstrip("!").split(":")[0] in cp.PRED for q in c.preds), c.text
            if c.style == "numeric":
                assert re.search(r"\d", c.text), c.text
            if c.style == "negation":
                assert re.search(r"\b(not|no|neither|without|only|nothing|never)\b|n't\b", c.text.lower()), c.text
            if c.style == "imperative":
                assert not c.text.lower().startswith(("a ", "the ", "someone", "standing")), c.text


def test_splits_follow_caption_families(pairs):
    families = defaultdict(set)
    for b in cp.bases():
        families[b.family].add(b.split)
    assert all(len(s) == 1 for s in families.values())
    by_text = defaultdict(set)
    for p in pairs:
        by_text[p.caption].add(p.split)
        assert p.split == SPLIT_OF[p.caption]
        assert (p.base, p.split) in BASES
    assert all(len(s) == 1 for s in by_text.values())


def test_no_caption_in_both_splits(pairs):
    dev = {c.text for b in cp.bases("dev") for c in b.captions}
    heldout = {c.text for b in cp.bases("heldout") for c in b.captions}
    assert dev and heldout and not dev & heldout
    normalise = lambda t: re.sub(r"[^a-z0-9]+", " ", t.lower()).strip()  # noqa: E731
    assert not {normalise(t) for t in dev} & {normalise(t) for t in heldout}
    assert not {p.caption for p in pairs if p.split == "dev"} & {p.caption for p in pairs if p.split == "heldout"}


def test_heldout_split(pairs):
    held = [p for p in pairs if p.split == "heldout"]
    assert len(held) >= 150
    kinds = Counter(p.kind for p in held)
    assert set(kinds) == set(cp.KINDS)
    minimum = {"correct": 70, "swapped": 25, "other_posture": 25, "stretched": 6, "knee_backward": 6,
               "elbow_backward": 4, "through_body": 4}
    assert all(kinds[k] >= n for k, n in minimum.items()), kinds
    assert sum(p.kind == "correct" and p.source == "builtin" for p in held) >= 15
    assert len({p.dup_group for p in held if p.kind == "duplicate"}) >= 6
    assert not {p.dup_group for p in held if p.dup_group is not None} & {
        p.dup_group for p in pairs if p.split == "dev" and p.dup_group is not None}
    styles = Counter(c.style for b in cp.bases("heldout") for c in b.captions)
    assert set(styles) == set(cp.STYLES) and min(styles.values()) >= 8, styles
    assert {p.style for p in held} == set(cp.STYLES)
    assert {b.posture for b in cp.bases("heldout")} == set(cp.POSTURES)
    # fresh base poses, used by no development caption and by no development pair
    new = cp.new_base_names()
    assert len(new) >= 6 and not set(new) & {b.name for b in cp.bases("dev")}
    assert set(new) <= {p.base for p in held if p.kind == "correct"}
    assert not set(new) & {p.base for p in pairs if p.split == "dev"}
    assert set(new) <= set(cp._heldout_specs()) and not set(cp._heldout_specs()) & set(cp._specs()) - set(cp._heldout_specs())


def test_earlier_heldout_part_is_development(pairs):
    """The captions once held out (DEV_C_TABLE) were looked at while tuning: they are dev now."""
    part = [b for b in cp.bases() if b.group == cp.HALF_C]
    assert part and {b.split for b in part} == {"dev"}
    texts = {c.text for b in part for c in b.captions}
    assert not texts & {p.caption for p in pairs if p.split == "heldout"}
    assert {p.split for p in pairs if p.caption in texts} == {"dev"}


def _former_heldout_part(pairs, group, table, specs):
    """Checks shared by every part that was held out once and is development now; returns
    the pairs its captions made."""
    part = [b for b in cp.bases() if b.group == group]
    assert part and {b.split for b in part} == {"dev"}
    assert len(part) == len(table)
    texts = {c.text for b in part for c in b.captions}
    assert texts == {text for *_, captions in table for _, text, _ in captions}
    assert not texts & {c.text for b in cp.bases("heldout") for c in b.captions}
    made = [p for p in pairs if p.caption in texts]
    assert made and {p.split for p in made} == {"dev"}  # the part still makes its pairs
    assert not set(specs) & set(cp.new_base_names())
    assert not set(specs) & set(cp._heldout_specs())
    return made


def _built_alone_is_the_same(group, made):
    """A part's pairs come from its own random stream: building the part alone gives the same
    correct spec pairs."""
    alone = cp._Builder(0, group, first_group=min(p.dup_group for p in made if p.dup_group) - 1)
    alone.correct_spec(cp.TARGET[group]["correct_spec"])
    if group != cp.HELD:
        alone.swapped(0)
    spec = [p for p in made if p.kind == "correct" and p.source == "spec"]
    assert [(p.caption, p.joints.tobytes()) for p in alone.pairs] == [(p.caption, p.joints.tobytes()) for p in spec]


def test_former_heldout_part_is_development(pairs):
    """The captions of the part held out before DEV_E_TABLE (DEV_D_TABLE) were looked at while
    tuning a checker: they are development captions now, and its base poses are no longer new."""
    _former_heldout_part(pairs, cp.HALF_D, cp.DEV_D_TABLE, cp._dev_d_specs())
    held_names = {name for name, *_ in cp.HELDOUT_TABLE}
    assert held_names & set(cp._specs()) - set(cp._heldout_specs()), "some development poses are reused"


def test_dev_e_part_is_development(pairs):
    """The captions of DEV_E_TABLE were looked at while tuning a checker: they are development
    captions now, with the pairs they made when held out."""
    made = _former_heldout_part(pairs, cp.HALF_E, cp.DEV_E_TABLE, cp._dev_e_specs())
    assert {p.kind for p in made} == set(cp.KINDS)
    assert cp.PART_STREAM[cp.HALF_E] != cp.PART_STREAM[cp.HELD]
    _built_alone_is_the_same(cp.HALF_E, made)


def test_dev_f_part_is_development(pairs):
    """The captions of the part held out before DEV_G_TABLE (DEV_F_TABLE) were looked at while tuning
    a checker: they are development captions now, with the pairs they made when held out."""
    made = _former_heldout_part(pairs, cp.HALF_F, cp.DEV_F_TABLE, cp._dev_f_specs())
    assert {p.kind for p in made} == set(cp.KINDS)
    assert sum(p.kind == "correct" and p.source == "builtin" for p in made) >= 15
    assert cp.PART_STREAM[cp.HALF_F] == 4 and cp.PART_STREAM[cp.HALF_F] != cp.PART_STREAM[cp.HELD]
    assert len(set(cp.PART_STREAM.values())) == len(cp.PART_STREAM)
    part = {b.name for b in cp.bases() if b.group == cp.HALF_F}
    assert part & set(cp._dev_f_specs()) == set(cp._dev_f_specs())
    _built_alone_is_the_same(cp.HALF_F, made)


def test_dev_g_part_is_development(pairs):
    """The captions of the part held out before DEV_H_TABLE (DEV_G_TABLE) were looked at while tuning
    a checker: they are development captions now, with the pairs they made when held out."""
    made = _former_heldout_part(pairs, cp.HALF_G, cp.DEV_G_TABLE, cp._dev_g_specs())
    assert {p.kind for p in made} == set(cp.KINDS)
    assert sum(p.kind == "correct" and p.source == "builtin" for p in made) >= 15
    assert cp.PART_STREAM[cp.HALF_G] == 5 and cp.PART_STREAM[cp.HALF_G] != cp.PART_STREAM[cp.HELD]
    assert len(set(cp.PART_STREAM.values())) == len(cp.PART_STREAM)
    assert cp.TARGET[cp.HALF_G] == cp.TARGET[cp.HALF_F]
    assert cp.HALF_G in cp.DEV_PARTS and cp.PARTS.index(cp.HALF_G) == cp.PARTS.index(cp.HALF_H) - 1
    part = {b.name for b in cp.bases() if b.group == cp.HALF_G}
    assert part & set(cp._dev_g_specs()) == set(cp._dev_g_specs())
    _built_alone_is_the_same(cp.HALF_G, made)


def test_dev_h_part_is_development(pairs):
    """The captions of the part held out before this one (DEV_H_TABLE) were looked at while tuning
    a checker: they are development captions now, with the pairs they made when held out (the
    random stream and the targets the held-out part had)."""
    made = _former_heldout_part(pairs, cp.HALF_H, cp.DEV_H_TABLE, cp._dev_h_specs())
    assert {p.kind for p in made} == set(cp.KINDS)
    assert sum(p.kind == "correct" and p.source == "builtin" for p in made) >= 15
    assert cp.PART_STREAM[cp.HALF_H] == 6 and cp.PART_STREAM[cp.HALF_H] != cp.PART_STREAM[cp.HELD]
    assert len(set(cp.PART_STREAM.values())) == len(cp.PART_STREAM)
    assert cp.HALF_H in cp.DEV_PARTS and cp.PARTS.index(cp.HALF_H) == cp.PARTS.index(cp.HALF_I) - 1
    part = {b.name for b in cp.bases() if b.group == cp.HALF_H}
    assert part & set(cp._dev_h_specs()) == set(cp._dev_h_specs())
    _built_alone_is_the_same(cp.HALF_H, made)


def test_heldout_part_has_a_stream_of_its_own(pairs):
    """The held-out pairs do not depend on the development parts being built."""
    _built_alone_is_the_same(cp.HELD, [p for p in pairs if p.split == "heldout"])
    # the held-out captions reuse the development poses that few captions described
    reused = {name for name, *_ in cp.HELDOUT_TABLE} - set(cp.new_base_names())
    uses = Counter(b.name for b in cp.bases("dev"))
    assert reused and max(uses[name] for name in reused) <= 2


def test_heldout_poses_keep_the_arms_clear_of_the_thighs(pairs):
    for p in pairs:
        sampled = p.kind in ("correct", "duplicate", "swapped", "other_posture")  # not a planted fault
        if p.split == "heldout" and p.source == "spec" and sampled:
            assert cp.contact_problems(p.joints) == [], (p.base, cp.contact_problems(p.joints))
            for s in "lr":
                assert cp.spine_distance(p.joints.astype(np.float64), p.joints[J[f"{cp.SIDES[s]}_wrist"]]) >= 0.12


def test_heldout_poses_are_balanced(pairs):
    """Held-out spec poses that are not seated or lying keep their centre of mass over their support."""
    checked = 0
    for p in pairs:
        own_pose = p.kind in ("correct", "duplicate", "swapped")  # joints of the caption's own base pose
        if p.split == "heldout" and p.source == "spec" and own_pose:
            posture = BASES[(p.base, p.split)].posture
            assert cp.balance_problems(p.joints, posture) == [], (p.base, cp.balance_problems(p.joints, posture))
            checked += posture not in ("sitting", "lying")
    assert checked >= 40


def test_correct_spec_poses_are_sane(pairs):
    for p in pairs:
        if p.kind != "correct" or p.source != "spec":
            continue
        j = p.joints.astype(np.float64)
        assert j[:, 1].min() == pytest.approx(0.0, abs=1e-6)
        assert j[J["pelvis"], 0] == pytest.approx(0.0, abs=1e-6) and j[J["pelvis"], 2] == pytest.approx(0.0, abs=1e-6)
        if p.base not in ("lie_left_side", "lie_right_side", "side_plank_on_right_hand_left_arm_up"):  # hips stacked on a side
            assert j[J["left_hip"], 0] > j[J["right_hip"], 0], p.base
        assert cp.facing_ok(j)
        assert cp.plausibility_problems(j) == [], (p.base, cp.plausibility_problems(j))
        assert cp.holds(j, CAPTIONS[p.caption].preds), p.caption
        # height within the sampled 1.55-1.95 m (head joint sits about 0.15 m below the top of the head)
        if BASES[(p.base, p.split)].posture == "standing":
            assert 1.2 < j[J["head"], 1] < 1.9


def test_builtin_pairs_do_what_the_caption_says(pairs):
    for p in pairs:
        if p.source == "builtin":
            assert p.kind == "correct" and not p.mismatched
            assert cp.holds(p.joints, CAPTIONS[p.caption].preds), p.caption
            assert cp.plausibility_problems(p.joints) == []


def test_labels_are_consistent(pairs):
    for p in pairs:
        assert p.caption in CAPTIONS and p.style == CAPTIONS[p.caption].style
        assert p.mismatched == (p.kind in ("swapped", "other_posture"))
        assert (p.dup_group is not None) == (p.kind == "duplicate")
        if p.kind in PLANTED:
            assert p.planted == PLANTED[p.kind][0]
        else:
            assert p.planted is None


def test_mismatched_pairs_clearly_contradict_their_caption(pairs):
    for p in pairs:
        caption = CAPTIONS[p.caption]
        if p.kind == "swapped":
            assert caption.names_side()
            assert cp.clearly_violated(p.joints, caption.preds), p.caption
            assert cp.plausibility_problems(p.joints) == []
        elif p.kind == "other_posture":
            posture = BASES[(p.base, p.split)].posture
            assert cp.clearly_violated(p.joints, caption.posture_preds()), p.caption
            assert cp.plausibility_problems(p.joints) == []
            assert posture in cp.CLEARLY_OTHER


def test_planted_problems_are_there_and_captions_still_hold(pairs):
    for p in pairs:
        if p.kind not in PLANTED:
            continue
        problems = cp.plausibility_problems(p.joints)
        assert any(PLANTED[p.kind][1] in q for q in problems), (p.kind, problems)
        assert cp.holds(p.joints, CAPTIONS[p.caption].preds), p.caption
        if p.kind == "knee_backward":
            assert min(cp.knee_flexion_signed(p.joints, s) for s in "lr") <= -25
        if p.kind in ("elbow_backward", "through_body"):
            assert not CAPTIONS[p.caption].mentions(cp.ARM_WORDS)


def test_duplicate_groups(pairs):
    groups = defaultdict(list)
    for p in pairs:
        if p.kind == "duplicate":
            groups[p.dup_group].append(p)
    assert len(groups) >= 15
    for members in groups.values():
        assert 2 <= len(members) <= 4
        assert len({m.caption for m in members}) == len(members)
        assert len({m.joints.tobytes() for m in members}) == 1
        assert not any(m.mismatched for m in members)
    assert len({m[0].joints.tobytes() for m in groups.values()}) == len(groups)


def test_deterministic_for_a_seed(pairs):
    again = cp.build_pairs(0)
    assert [(p.caption, p.kind, p.joints.tobytes()) for p in again] == [(p.caption, p.kind, p.joints.tobytes()) for p in pairs]


def test_a_chair_pose_on_feet_together_is_not_standing():
    """The pose reader counts knees bent deep over feet planted wide as standing (a horse stance),
    not over feet together: no sample of the chair pose of dev-i reads as standing."""
    from posegen.posecodes import read_poses

    base = next(b for b in cp.bases() if b.name == "chair_pose_knees_bent_arms_up")
    builder = cp._Builder(0, base.group)
    joints = np.stack([builder.sample(base)[0] for _ in range(8)])
    postures = set(read_poses(joints).posture)
    assert "other" in postures and "standing" not in postures, postures


def test_a_fold_past_the_horizontal_still_leans_forward():
    """A trunk folded down past the horizontal (a wide-legged fold, palms on the floor) is
    leaning forward: the reading of "bends forward" holds on every sample."""
    from posegen.caption_reader import read_caption
    from posegen.constraints import satisfied
    from posegen.posecodes import read_poses

    base = next(b for b in cp.bases() if b.name == "wide_leg_fold_palms_on_floor")
    builder = cp._Builder(0, base.group)
    reading = read_poses(np.stack([builder.sample(base)[0] for _ in range(8)]))
    lean = [c for c in read_caption("She bends forward at the waist").constraints if c.kind == "torso_forward"]
    assert lean and lean[0].lo < 30 and satisfied(lean[0], reading).all()


def test_a_camel_kneels_and_leans_back():
    """Kneeling with the trunk leaning far back (a camel, some 70 degrees) is kneeling, and it
    leans back: the pose reader's upright-trunk rule and the lean's limit short of lying hold it."""
    from posegen.caption_reader import read_caption
    from posegen.constraints import satisfied
    from posegen.posecodes import read_poses

    base = next(b for b in cp.bases() if b.name == "camel_kneel_hands_on_heels")
    builder = cp._Builder(0, base.group)
    reading = read_poses(np.stack([builder.sample(base)[0] for _ in range(8)]))
    assert set(reading.posture) == {"kneeling"}
    lean = [c for c in read_caption("Kneeling, she leans back").constraints if c.kind == "torso_back"]
    assert lean and satisfied(lean[0], reading).all()


# The development parts written apart from the checker after the held-out part: each with base
# poses and a random stream of its own, built one after the other (dev-j's poses include three
# that rest on two places at once: propped on an elbow, a bridge, a plank; dev-k's a calf
# stretch, a child's pose, a camel, a happy baby, a runner's lunge and a wave; dev-l's a standing
# thinker, a pigeon, a forward lean on a chair, a side-lying leg lift, a side bend and a sprinter's
# set position; dev-m's a dancer's pose, a forearm plank, a seated twist, a butterfly, a side leg
# lift and a cobra; dev-n's a standing crescent moon, a reclined bound angle, a figure-four balance,
# a warrior two, a supine twist and a crouch on the toes; dev-o's a contrapposto, a floor straddle with
# the arms out, a low squat with one hand down, a superman, a tiptoe reach forward and a standing
# hamstring stretch; dev-p's a bird-dog, a hook lying with the hands on the belly, an ankle over the
# knee on a chair, a triangle, goal-post arms and a reverse table top; dev-q's a reverse tabletop, a
# skater's squat, the legs raised vertical with the arms out on the floor, a bow, an overhead triceps
# stretch and an ankle-on-knee chair lounge).
LATER_PARTS = [("HALF_I", "DEV_I_TABLE", "_dev_i_specs", 8), ("HALF_J", "DEV_J_TABLE", "_dev_j_specs", 9),
               ("HALF_K", "DEV_K_TABLE", "_dev_k_specs", 10), ("HALF_L", "DEV_L_TABLE", "_dev_l_specs", 11),
               ("HALF_M", "DEV_M_TABLE", "_dev_m_specs", 12), ("HALF_N", "DEV_N_TABLE", "_dev_n_specs", 13),
               ("HALF_O", "DEV_O_TABLE", "_dev_o_specs", 14), ("HALF_P", "DEV_P_TABLE", "_dev_p_specs", 15),
               ("HALF_Q", "DEV_Q_TABLE", "_dev_q_specs", 16)]


@pytest.mark.parametrize("half, table, specs, stream", LATER_PARTS)
def test_later_part_is_development_with_a_stream_of_its_own(pairs, half, table, specs, stream):
    group, table, specs = getattr(cp, half), getattr(cp, table), getattr(cp, specs)()
    part = [b for b in cp.bases() if b.group == group]
    assert part and {b.split for b in part} == {"dev"} and len(part) == len(table)
    texts = {c.text for b in part for c in b.captions}
    assert 80 <= len(texts) <= 100
    made = [p for p in pairs if p.caption in texts]
    assert {p.kind for p in made} == set(cp.KINDS) and {p.split for p in made} == {"dev"}
    assert 170 <= len(made) <= 200
    assert not texts & {c.text for b in cp.bases("heldout") for c in b.captions}
    assert set(specs) <= {b.name for b in part} and not set(specs) & set(cp._heldout_specs())
    assert cp.PART_STREAM[group] == stream and len(set(cp.PART_STREAM.values())) == len(cp.PART_STREAM)
    # the later parts are built right after dev-h, in the order of their streams
    later = [g for g in cp.PARTS if g in cp.DEV_PARTS and cp.PART_STREAM[g] > cp.PART_STREAM[cp.HALF_H]]
    assert group in later and later == sorted(later, key=cp.PART_STREAM.get)
    assert cp.PARTS.index(later[0]) == cp.PARTS.index(cp.HALF_H) + 1 and cp.PARTS.index(later[-1]) == cp.PARTS.index(cp.HELD) - 1
    styles = Counter(c.style for b in part for c in b.captions)
    assert set(styles) == set(cp.STYLES) and max(styles.values()) - min(styles.values()) <= 3, styles
    for p in made:
        if p.source == "spec" and p.kind in ("correct", "duplicate", "swapped"):
            assert cp.contact_problems(p.joints) == [], (p.base, cp.contact_problems(p.joints))
            posture = BASES[(p.base, p.split)].posture
            assert cp.balance_problems(p.joints, posture) == [], (p.base, cp.balance_problems(p.joints, posture))
    _built_alone_is_the_same(group, made)


def test_the_held_out_part_is_built_last():
    assert cp.PARTS[-1] == cp.HELD and cp.PARTS.index(cp.HALF_Q) == len(cp.PARTS) - 2
