"""Caption parsing: word families, sides, degrees, clause order, unmatched text, long lines."""

from __future__ import annotations

import gc
import time

import numpy as np
import pytest

from posegen.backends import GenerationSettings
from posegen.builtin import BuiltinGenerator, parse_caption
from posegen.builtin.generator import read


@pytest.mark.parametrize(
    "caption,expected",
    [
        ("The woman lifts her left arm up", ["overhead:left"]),
        ("a man raising his left arm", ["overhead:left"]),
        ("someone raised the left arm", ["overhead:left"]),
        ("A PERSON PUTS UP BOTH HANDS", ["overhead:both"]),
        ("someone is crouching down", ["crouch"]),
        ("man puts both hands on his hips", ["on_hips:both"]),
        ("a person kneeling on the right knee with the left arm bent at the elbow", ["kneel_one:right", "elbow_bent:left"]),
        ("a woman leaning to the left", ["side_bend:left"]),
        ("a man bowing deeply", ["bow"]),
        ("the person's right hand on the left shoulder", ["on_shoulder:right"]),
    ],
)
def test_understood_concepts(caption, expected):
    assert parse_caption(caption).understood == expected


def test_degree_and_target_side():
    bow = parse_caption("a man bowing deeply").intents[0]
    assert bow.degree > 1
    slight = parse_caption("the left knee slightly bent").intents[0]
    assert slight.degree < 1
    hand = parse_caption("the right hand on the left shoulder").intents[0]
    assert (hand.side, hand.target) == ("right", "left")


def test_understood_follows_caption_order():
    labels = parse_caption("saluting while squatting, looking up at the sky").understood
    assert labels == ["salute", "squat", "look_up"]


def test_nothing_understood_gives_neutral_standing_pose():
    gen = BuiltinGenerator(GenerationSettings(variation=0.0), {})
    batch = gen.generate(["quantum chromodynamics", "a person standing"], [0, 0], [6, 6])
    assert batch.info[0] == {"matched": False, "understood": [], "constraints": [], "ignored": [], "unmet": []}
    assert batch.info[1]["matched"]
    assert np.array_equal(batch.motions[0, -1], batch.motions[1, -1])


def test_long_captions_parse_in_linear_time():
    clause = "a person squatting while raising the left arm, "
    short, long = clause * 50, clause * 500

    def best_time(caption: str) -> float:
        # The best of three with the garbage collector paused: what the length costs, not what
        # the objects of earlier tests cost to collect.
        times = []
        gc.disable()
        try:
            for _ in range(3):
                start = time.perf_counter()
                parse_caption.__wrapped__(caption)  # past the cache
                times.append(time.perf_counter() - start)
        finally:
            gc.enable()
        return min(times)

    parse_caption.__wrapped__(clause * 5)  # warm up (compiled patterns, first allocations)
    t_short, t_long = best_time(short), best_time(long)
    assert t_long < 30 * t_short + 0.05


def test_describe_and_unknown_options():
    gen = BuiltinGenerator(GenerationSettings(), {"unknown": 1})
    assert gen.describe()["backend"] == "builtin" and gen.describe()["version"]


def test_every_concept_word_can_be_matched():
    """Caption words are reduced to canonical forms before matching: a concept word whose
    canonical form is not in its own group ("pull" while "pulled" reads as "pul") never fires."""
    from posegen.builtin import lexicon
    from posegen.builtin.parse import _canonical

    dead = [(c.name, w) for c in lexicon.CONCEPTS for group in c.groups for w in group if _canonical(w) not in group]
    verbs = ("pull", "lift", "raise", "reach", "stretch", "extend", "hug", "tuck", "kick", "point", "hold", "rise",
             "cross", "fold", "twist", "turn", "lean", "tilt", "arch", "wave", "clap", "touch", "cover", "bend")
    forms = {v: (v, v + "ed", v + "ing", v + "s") for v in verbs}
    forms.update(raise_=("raised", "raising"), rise=("rise", "rises", "rising"))
    groups = [group for c in lexicon.CONCEPTS for group in c.groups]
    unmatched = [form for verb, inflected in forms.items() for form in inflected
                 if not any(_canonical(form) in group for group in groups if verb.rstrip("_") in group or _canonical(verb.rstrip("_")) in group)]
    assert not dead and not unmatched, (dead, unmatched)


def test_the_buttocks_on_the_floor_sit_and_are_no_hands_on_the_hips():
    understood = set(parse_caption("Both knees drawn up and hugged by the arms, the buttocks planted on the floor").understood)
    assert "sit_floor" in understood and not {"on_hips", "on_hips:both"} & understood, understood


@pytest.mark.parametrize(
    "caption, side, shoulder",
    [
        ("His left elbow is folded so the left hand sits at his shoulder", "left", "left"),
        ("Her left hand rests on the other shoulder", "left", "right"),
        ("She crosses her left hand over to the shoulder", "left", "right"),
        ("The right hand rests on the left shoulder", "right", "left"),
    ],
)
def test_a_hand_at_a_shoulder_left_unnamed_is_at_its_own_unless_it_crosses(caption, side, shoulder):
    arms = read(caption)[2].arms
    assert arms[side][0] == "on_shoulder" and arms[side][2] == shoulder, arms


@pytest.mark.parametrize(
    "caption, expected",
    [
        ("Both arms stretched forward level with the shoulders", {"arms_forward:both"}),
        ("Both arms out to the sides with the hands higher than her shoulders", {"arms_side:both"}),
        ("Raise your right arm to the side, halfway between your hip and your shoulder", {"arms_side:right"}),
    ],
)
def test_a_height_by_the_shoulders_puts_no_hand_on_them(caption, expected):
    understood = set(parse_caption(caption).understood)
    assert expected <= understood and not any(u.startswith("on_shoulder") for u in understood), understood


def test_hands_on_the_lower_back_are_behind_it():
    understood = set(parse_caption("Leaning back, both hands pressing into his lower back").understood)
    assert "behind_back:both" in understood and "arms_down:both" not in understood, understood


def test_hands_on_the_other_shoulders_stay_there_when_the_arms_are_also_said_to_cross():
    arms = read("The right hand on the left shoulder and the left hand on the right shoulder, so the forearms form an X across the chest")[2].arms
    assert arms["right"] == ("on_shoulder", 1.0, "left") and arms["left"] == ("on_shoulder", 1.0, "right"), arms


def test_lying_on_the_back_a_hand_under_the_head_is_behind_it():
    understood = set(parse_caption("She lies on her back, her right hand tucked under her head").understood)
    assert {"lie_back", "behind_head:right"} <= understood and "touch_head:right" not in understood, understood
    # (lying on a side, the arm under the head is a pillow, read apart)
    assert "behind_head:left" not in set(parse_caption("Lying on the left side with the left arm under the head").understood)


@pytest.mark.parametrize(
    "caption, legs",
    [
        ("He sits on the floor with his legs stretched out", set()),
        ("He sits on the floor with both legs straight out in front", set()),
        ("Someone is sitting on a chair with the right leg stretched out in front", {"leg_forward"}),
        ("She stands with her left leg stretched out", {"leg_side"}),
        ("She stands on her right foot with the left leg stretched straight out in front", {"leg_forward"}),
    ],
)
def test_legs_stretched_out_are_the_seat_s_own_and_to_the_side_standing(caption, legs):
    plan = read(caption)[2]
    assert {name for name, _ in plan.legs.values()} == legs, plan.legs


# Whole phrases the lexicon reads as the body means them (caption, concepts understood, concepts
# not understood): first person and participles, the shared phrases, gapped verbs, shorthand,
# "rather than", "as high as you can", clauses that stand alone, arms along the sides, supported on
# one leg, knees and hands down, a straight knee, the seat on the heels, the top arm of a side-lying
# body, closed eyes, a half kneel, a side named once for two parts, a kneeling forehead on the floor.
PHRASE_CONCEPTS = [
    ("Seated on a stool, the left hand clasping the right shoulder.", {"on_shoulder:left"}, {"prayer:left"}),
    # hands on the "low back" are behind it (the lexicon read "low" as arms hanging)
    ("Bending back a little, both palms on her low back.", {"behind_back:both"}, {"arms_down:both"}),
    # both legs folded to one side sit side-saddle, on the side said last, or unsaid ("to one side");
    # a knee bent "to a right angle" is no side
    ("Sitting on the rug, her legs are folded over to the left side.", {"legs_aside:left", "knee_bent:both"}, set()),
    ("Sitting side-saddle on the grass, legs tucked to the right.", {"legs_aside:right"}, {"legs_aside_unsaid"}),
    ("He sits on the floor, legs swept to one side, propped on his right hand.", {"legs_aside_unsaid:right"}, {"legs_aside:right"}),
    ("Sitting with my back to the wall, both knees bent to a right angle.", set(), {"legs_aside:right"}),
    # hands clasped around the shins, seated, hug them (they were hands together in prayer)
    ("Seated on the floor, knees drawn up, her hands clasped around the front of her shins.", {"hug"}, {"prayer"}),
    # the trunk bent or curled "down over the knees", "forward over the thighs" folds forward
    ("The upper body is bent down over the knees and both hands are on the back of the head.", {"bend_forward"}, set()),
    ("Both knees are bent at the edge of the chair, the torso curls forward over the thighs.", {"sit_chair:both", "bend_forward"}, set()),
    # seated, one arm wrapped around one knee hugs it (the clause had no action, so it joined the knee's
    # clause and its arm word undid the bent knee); hugging a knee is no kneeling on it
    ("sitting on the floor with the right knee bent up, the right arm is wrapped around the right knee", {"sit_floor", "knee_bent:right", "hug:right"}, {"kneel_one:right"}),
    ("Sit on floor - R knee up, L leg str. fwd, R arm hugging R knee.", {"sit_floor"}, {"kneel_one:right"}),
    # a body part put first stays with its clause ("the left hand she is holding on her chest"), no new clause there
    ("Girl is standing and pointing forward with her straight right arm, the left hand she is holding on her chest.", {"on_chest:left"}, set()),
    # warrior two is a side lunge (feet wide apart sideways), not a lunge forward
    ("A yogi in warrior two.", {"side_lunge"}, {"warrior"}),
    # face down, the chest "up" or "propped up" on straight arms is the cobra (not arms raised overhead)
    ("prone, chest up on straight arms, hips + legs on floor", {"lie_front", "cobra"}, {"overhead:both"}),
    ("The man is lying face down but is propping his chest up on straight arms.", {"lie_front", "cobra"}, {"overhead:both"}),
    # "the tips of both feet" are tiptoes (not a look); arms "opened at the height of the shoulders" are out
    # to the sides (no hand on a shoulder)
    ("Up on the tips of both feet, arms overhead.", {"tiptoe", "overhead:both"}, {"look_up:both"}),
    ("Both arms are opened at the height of the shoulders.", {"arms_side:both"}, {"on_shoulder:both"}),
    # palms "facing the floor" look nowhere and reach nowhere
    ("Arms straight out in front at shoulder height, palms facing the floor.", {"arms_forward:both"}, {"reach_down:both", "look_down"}),
    # a trunk "screwed round" to a side is twisted (not hunched)
    ("Standing, trunk screwed round to the right, arms down.", {"twist:right"}, {"hunch:right"}),
    # a trunk said vertical stands nobody up
    ("Seat on the heels, trunk vertical.", {"sit_heels"}, {"stand"}),
    # "hold still" holds nothing; the back and head "down on the floor" lie on it; a knee and the other "both
    # pointing up at the ceiling" are bent up
    ("Hold still, both arms hanging at the sides.", {"arms_down:both"}, {"hold_front"}),
    ("The back and head down on the mat, the arms alongside.", {"lie_back"}, set()),
    ("Lying down, the left knee and the right knee both pointing up at the ceiling.", {"knee_bent:right"}, set()),
    # fists chambered at the belt are at the hips; hands joined "at the belt" stay in front
    ("Horse stance, fists chambered at the belt.", {"on_hips:both"}, set()),
    ("Standing, both hands clasped at the belt.", set(), {"on_hips:both"}),
    # balancing on the balls of the feet is on tiptoe, on both feet; a tree picked from or grown tall like
    # is no tree pose (one said with a foot against a knee still is)
    ("Arms out wide, balancing up on the balls of the feet.", {"tiptoe"}, {"one_leg", "one_leg:both"}),
    ("Up on the toes, picking a pear from the tree.", {"tiptoe"}, {"tree"}),
    ("Rise onto your toes and stretch up, as tall as a tree.", {"tiptoe"}, {"tree"}),
    ("I'm a tall tree: standing on my right leg, the left foot against my knee.", {"tree"}, set()),
    # shoulders "rounded" are hunched: the hands said next are not on them
    ("The shoulders rounded, both hands on the belly.", {"hunch:both"}, {"on_shoulder:both"}),
    # the foot that bears the weight alone is the standing one, not the side of the leg said next
    ("The weight is borne by the left foot alone; the right leg is extended straight behind.", {"one_leg:left", "leg_back:right"}, {"leg_back:left"}),
    # "a box" taken from a shelf is a thing held, no boxing
    ("She is standing on her toes and reaching with both hands up, as if taking a box from a high shelf.", {"tiptoe", "overhead:both"}, {"boxing"}),
    # "R knee nr floor" is the back knee just off the floor: it names no side of the lunge; a birth ball is a seat
    ("Lunge L fwd, R knee nr floor, torso twisted hard to L.", {"lunge:left"}, {"lunge:right"}),
    ("The mother is seated upright on a birth ball, the feet are placed wide apart on the floor.", {"sit_chair"}, {"sit_floor"}),
    # elbows "are pointed out" point no arm; an arm said "it" after its clause keeps its side;
    # bent over to a side is a side bend; hands pressing a part are on it, not pressed together
    ("The hands are clasped behind the neck, the elbows are pointed out to the sides.", {"behind_head"}, {"point_side:both", "point_side"}),
    ("Lying on the right side, the left arm is not on the floor, it is raised straight up to the ceiling.", {"skyward:left"}, {"skyward"}),
    ("The trunk is bent over to the left side.", {"side_bend:left"}, {"bend_forward:left", "bend_forward"}),
    ("He is standing with both hands pressing his lower back.", {"behind_back:both"}, {"prayer:both", "prayer"}),
    ("Kneeling, both arms flexed 90° forward.", {"arms_forward:both"}, {"flex:both", "flex"}),
    # a lunge's front knee "over the ankle" is no kneel on it; hands "laying on the belly" lay no body down
    ("I hold a lunge with my left foot in front, left knee over the ankle, right knee just above the floor.", {"lunge"}, {"kneel_one:left"}),
    ("Sitting on a chair, both hands are laying on the belly.", {"sit_chair:both"}, {"lie_front:both", "lie_front"}),
    # arms in the air are up (a body frozen in the air is not: posegen.caption_phrases.AIRBORNE)
    ("Both arms in the air.", {"overhead:both"}, set()),
    # arms stretched "past the head" are overhead, as the reader reads it; a flexed elbow is bent, no biceps flex
    ("Lying on the back, the arms stretched out past the head.", {"overhead:both"}, {"arms_side:both"}),
    ("Flex your right elbow to a right angle.", {"elbow_bent:right"}, {"flex:right"}),
    ("He flexes his right biceps.", {"flex:right"}, set()),
    # a limb that "lies flat" lays no body down; hands together on a knee or under the forehead are no prayer
    ("The left leg lies flat and straight, the right knee folded out to the side.", set(), {"lie_back", "lie_back:left"}),
    ("The hands are laid one on top of the other on the right knee.", set(), {"prayer"}),
    ("Lying face down, the forehead resting on the stacked hands.", {"lie_front"}, {"prayer"}),
    ("Palms together in front of the chest.", {"prayer"}, set()),
    # "keep them resting on the knees" after the hands: the hands rest there, nobody kneels
    ("Bend forward at the hips, the hands off the floor; keep them resting on the knees.", {"bend_forward"}, {"kneel_both"}),
    # face down, the chest held up on straight arms, or lifted with the arms straight: the cobra
    ("Lying on the belly, her chest is held up on straight arms.", {"cobra"}, set()),
    ("Prone, the chest lifted, the arms kept straight.", {"cobra"}, set()),
    # a star on top of the tree is no tree pose; in a seat or with the back supported by the chair sits on it;
    # on the haunches squats; a hand pressed to the hip is on it
    ("Both arms straight up with the palms together, a star on top of the tree.", {"overhead:both"}, {"tree", "tree:left", "tree:right"}),
    ("Remain in your seat with both feet flat and your arms folded over your chest.", {"sit_chair"}, set()),
    ("The back is supported by the chair and the hands rest in the lap.", {"sit_chair"}, set()),
    ("The old man sits on his haunches with his heels flat.", {"squat"}, {"sit"}),
    ("Stand, R hand press hip.", {"on_hips:right"}, set()),
    # palms joined "in front of" the chest are not palms turned; a four-point kneel is all fours
    ("Stand on your left foot only and join both palms in front of the chest.", {"prayer:both"}, set()),
    ("On the floor, 4-pt kneeling, arms straight.", {"allfours"}, set()),
    # holding the palms on the knees holds no object in front
    ("The woman is sitting on heels with knees on floor, and she is holding the palms on the knees.", {"sit_heels"}, {"hold_front:both", "hold_front"}),
    # rising onto the toes; the back on the floor lies on it; seated at a height is on a chair; ballet's second
    # position stands wide; "on four" is all fours; snow is a floor; leaning against a tree is no tree pose
    ("Rise onto both toes with the heels touching.", {"tiptoe"}, set()),
    ("Head, shoulders and back are on floor, knees are bent and the feet stand flat.", {"lie_back"}, set()),
    ("Seated 45 cm above the floor, thighs horizontal, knees at 90 degrees.", {"sit_chair"}, {"sit_floor"}),
    ("Weight centred between both feet in a wide second, the knees bent over the toes.", {"feet_apart:both"}, set()),
    ("on four (hands and knees), R arm stretched up to ceiling", {"allfours"}, set()),
    ("The casualty is seated on the snow with both legs stretched out.", {"sit_floor"}, set()),
    ("The casualty is sat upright against a tree, the left knee bent.", set(), {"tree"}),
    # "arcing" is a word of its own, not a slip for "arching"; dropping to a knee kneels on it; legs stacked are together
    ("Feet planted, right arm arcing up over my ear, body leaning left.", {"side_bend:left"}, {"arch_back", "arch_back:right"}),
    ("The character drops to its right knee with the left foot planted ahead.", {"kneel_one:right"}, set()),
    ("Lying on the left side, both legs straight and stacked.", {"feet_together:both"}, set()),
    # a body held like a board over the hands is a plank; the weight on both knees and on the hands is all fours
    ("Hands are on the floor, legs are straight and stretched back, the body is held like a board on the straight arms.", {"plank"}, set()),
    ("The weight is put on both knees and on the hands, the back is kept round like at a cat.", {"allfours"}, set()),
    ("bal on L, R foot up behind, arms fwd", {"one_leg:left"}, {"one_leg:right"}),
    # standing "on R" with no part named stands on that leg
    ("1-leg stand on R, L leg back & up, torso ~horizontal, arms fwd.", {"one_leg:right"}, {"one_leg:left"}),
    # holding a posture holds nothing in the hands
    ("She holds a high plank with straight arms.", {"pushup"}, {"hold_front"}),
    ("The karateka holds a low horse stance, knees well bent.", set(), {"hold_front"}),
    ("Holding a cup with both hands.", {"hold_front:both"}, set()),
    # toes touching the floor rest on it (no fold to them); carrying the weight holds nothing; a
    # trunk pitched forward throws nothing; arms said straight are not thereby raised overhead
    ("The right leg is stretched back with only the toes touching the floor, the left knee softly bent and carrying all the weight.",
     {"leg_back:right", "knee_bent:left"}, {"toe_touch", "hold_front"}),
    ("Bend down and touch your toes.", {"toe_touch"}, set()),
    ("Trunk pitched forward 45 degrees from vertical with a flat back, arms straight.", set(), {"throw", "overhead:both"}),
    ("The pitcher throws the ball.", {"throw"}, set()),
    # falling back onto the backside sits on the floor
    ("Fall back onto your backside and hold it there, legs straight out in front of you.", {"sit_floor"}, set()),
    # plain sitting where the body is said to be on the floor sits on the floor (not feet on the floor)
    ("The man was on the floor, not lying down but sitting with his back upright.", {"sit_floor"}, set()),
    ("I'm sitting at my desk with my feet flat on the floor.", set(), {"sit_floor"}),
    # face down with the chest lifted on straight arms is a cobra (the verb after the chest, too)
    ("Lying prone, chest lifted about 30 cm off the floor with straight arms pushing up, legs long.", {"cobra"}, set()),
    ("Lying prone, chest lifted, resting on the forearms.", set(), {"cobra"}),
    # a lunge that gives its front knee's angle is no kneel on that knee
    ("Lunge 1 m forward on the right foot, right knee ~100°, left leg straight behind.", {"lunge:right"}, {"kneel_one:right"}),
    # face down with the chest pushed up off the floor is a cobra
    ("I'm lying face down and I've pushed my chest up off the floor on straight arms, while my hips stay down.", {"cobra"}, set()),
    ("Take a knee on your right, left foot planted ahead of you, and hold.", {"kneel_one:right"}, {"kneel_one:left"}),
    # fists up by the face or chin are held there in a guard, not raised in the air; a chambered knee is drawn up bent
    ("The instructor kneels with both fists raised up by his face.", {"guard:both"}, {"fist_up:both"}),
    ("Seated on chair, R fist under jaw.", {"guard:right"}, {"fist_up:right"}),
    ("Balancing on the left leg with the right knee chambered high for a side kick.", {"knee_up:right"}, {"kick:right"}),
    ("A man with the right fist raised in the air.", {"fist_up:right"}, {"guard:right"}),
    # laid out on a side is lying on it
    ("The body is laid out on its right side on the mat.", {"lie_side:right"}, {"leg_side:both"}),
    # tailor-fashion is cross-legged; above the crown is overhead; the seat sunk as low as it goes squats
    ("Miss Okafor sits tailor-fashion on the rug.", {"sit_cross"}, set()),
    ("Baton hand hoisted straight above his crown.", {"overhead"}, {"touch_head"}),
    ("Plant both soles flat on the deck and sink your seat as low as it will go.", {"squat"}, set()),
    ("I am on the right knee with the arms extended to each side making a cross.", {"kneel_one:right"}, {"crossed:both", "legs_crossed:left"}),
    # "tip-toe" is on the toes; a ballet master is a person, not a ballet pose; what one rests
    # "on the knees" after "rest them" is the hands, not the body kneeling
    ("tip-toe, arms V overhead, legs tog", {"tiptoe", "v_arms:both"}, {"look_down"}),
    ("The ballet master rises onto the balls of his feet, heels lifted.", {"tiptoe"}, {"ballet"}),
    ("Lean forward from the hips; rest them on the knees.", {"bend_forward"}, {"kneel_both"}),
    # a knee folded while lying is no kneel; "and pulled up toward the chest" is that knee's
    ("Supine, left knee folded and pulled up toward the chest.", {"lie_back", "knee_up:left"}, {"kneel_one:left"}),
    # a limb's state said after a comma ("elbows locked", "knees locked") is a clause of its own,
    # not part of the arms' clause before it
    ("Assume a T-pose: feet together, arms horizontal out to the sides, elbows locked.", {"tpose", "feet_together", "arms_side:both"},
     {"arms_forward:both"}),
    ("The torso is bent almost parallel to the floor, the knees stay locked", set(), {"knee_bent:both"}),
    # arms thrown up are raised, not a throw; a straddle spreads the legs; typing slips mended
    ("Standing with both arms thrown up in a big V and my feet planted wide", {"v_arms:both", "feet_apart"}, {"throw", "throw:both"}),
    ("She sits on the floor in a wide straddle", {"sit_floor", "feet_apart"}, set()),
    ("stdg, both arms straigt up, feet togther", {"stand", "overhead:both", "feet_together"}, set()),
    # the back bent forward is no lean back
    ("In a squat, his back is bent forward a bit", {"squat"}, {"lean_back"}),
    ("She leans back with her arms stretched forward", {"lean_back", "arms_forward:both"}, set()),
    ("Feet apart, tip the spine forward", {"bend_forward"}, {"lean_back"}),
    # ballet's positions in the words of the other readers; the heels rise whatever the feet's width
    ("Demi plie in first position, arms in second", {"knee_bent:both", "feet_together", "arms_side:both"}, set()),
    ("Grand plie in second position, arms bras bas", {"knee_bent:both", "feet_apart", "arms_down:both"}, set()),
    ("Stand on the left leg, the right foot in passe, arms in fifth", {"one_leg:left", "tree:right", "overhead:both"}, set()),
    ("Extend your right leg a la seconde", {"leg_side:right"}, set()),
    ("The dancer rises into releve in second position", {"tiptoe", "feet_apart"}, set()),
    ("She stands with feet apart on tiptoes", {"tiptoe", "feet_apart"}, set()),
    # a side after the verb; above the shoulders is no hand on them; a knee off the floor kneels
    # on nothing; a hand in the lap is a clause of its own
    ("Stdg, wide stance, arms crossed, head tilted R.", {"head_tilt:right"}, set()),
    ("Hold your finish: stand tall with your hands together high above your shoulders", set(), {"on_shoulder:both", "on_shoulder"}),
    ("Lunge: R foot fwd, L knee ~10 cm off the floor", {"lunge"}, {"kneel_one:left", "kneel_one:right", "kneel_one"}),
    ("straight out in front of me; my left hand stays in my lap", set(), {"arms_forward:left"}),
    # where the elbows point says nothing of the hands; the back against a chair sits on it
    ("The hands are placed behind the head with the elbows opened wide", {"behind_head"}, {"arms_side:both", "arms_side"}),
    ("The back is upright against the chair, the knees are bent at right angles", {"sit_chair"}, set()),
    # a part placed on the floor is a clause of its own, not the end of the arm's clause
    ("The right hand cups the back of the head while the left arm hangs loose; both feet stay on the ground",
     {"arms_down:left"}, {"reach_down:left"}),
    # the chest meeting the thighs is a fold, not knees raised; a leg "straight back" goes back
    ("The torso folds forward over the legs until the chest nearly meets the thighs", set(), {"knee_up:both", "knee_up:left"}),
    ("I'm on all fours and my left leg straight back", {"allfours", "leg_back:left"}, set()),
    ("I'm on my hands and knees on the mat", {"allfours"}, set()),
    ("The right knee is bent and hoisted to hip level", {"knee_up:right"}, {"overhead"}),
    ("Hinge forward from the hips with soft knees", {"bend_forward"}, set()),
    ("Feet wide, knees bent, thighs parallel to the floor", {"squat"}, set()),
    ("Sitting with her ankles crossed and her hands folded in her lap", {"legs_crossed"}, {"crossed", "crossed:both"}),
    ("Kneeling, forearms folded across the chest", {"crossed"}, set()),
    ("Kneel on both knees, sit tall", {"kneel_both:both"}, {"sit"}),
    ("A standing calf raise", {"tiptoe"}, {"leg_forward"}),
    ("His left elbow is folded so the left hand sits at his shoulder", set(), {"sit", "sit:left"}),
    ("Get on your hands and knees, then extend your right arm forward and your left leg back",
     {"allfours", "arms_forward:right", "leg_back:left"}, set()),
    ("on R leg, L knee up, hands on hips", {"one_leg:right", "knee_up:left"}, set()),
    ("She sits on the floor rather than on a chair", {"sit_floor"}, {"sit_chair"}),
    ("hands & knees, chin lifted", {"allfours"}, set()),
    ("Turn your shoulders round to the left", {"twist:left"}, set()),
    ("A man balances on his left leg with the right knee drawn up to hip height", {"one_leg:left", "knee_up:right"}, {"kneel_one:left"}),
    ("The man sits in a chair, his elbows resting on his knees", set(), {"kneel_both"}),
    ("Reach both hands as high as you can towards the ceiling", {"skyward:both"}, set()),
    ("Lie face down and lift your hands and feet off the floor", {"lie_front"}, {"reach_down:both", "reach_down"}),
    ("I'm sitting on a chair, leaning forward, with my elbows on my knees", {"sit_chair", "bend_forward"}, set()),
    ("wide stance, side bend to R, R hand on R thigh, L arm over head", {"side_bend:right", "overhead:left"}, {"overhead:right"}),
    ("Lying on the right side, the right arm folded under the head like a pillow", {"lie_side:right"}, {"crossed", "crossed:right"}),
    # A clause opened by a subject says something new, even when nothing in it is understood.
    ("He kneels on his right knee as he ties his left shoe with both hands", {"kneel_one:right"}, {"kneel_both", "kneel_both:both"}),
    ("He keeps both feet on the floor and raises his arms out to the sides", {"arms_side:both"}, {"leg_side:both"}),
    ("The person lies on their back, arms straight along the sides of the body", {"lie_back", "arms_down:both"}, {"arms_side:both"}),
    ("I stand on tiptoe and reach both hands as high as I can above my head", {"overhead:both"}, {"touch_head:both"}),
    ("On my knees, sitting back on my heels, forehead resting on the floor", {"sit_heels", "bend_forward"}, set()),
    ("Lying face down with the forehead resting on the floor", {"lie_front"}, {"bend_forward"}),
    ("The weight is supported on the right leg alone, while the left leg is lifted out sideways", {"one_leg:right", "leg_side:left"}, {"leg_side:right"}),
    ("Her knees and hands are on the floor, hands under the shoulders", {"allfours"}, set()),
    ("The left leg is kicked out to the side, knee straight, while the right leg stays planted", {"kick:left"}, {"kneel_one:right"}),
    ("Knees tucked under and the seat resting on the heels, chest folded over the thighs", {"sit_heels"}, set()),
    ("side-lying on R, knees bent, top arm reaching to ceiling", {"lie_side:right", "skyward:left"}, {"skyward:both"}),
    ("on L side, both knees bent", {"lie_side:left"}, set()),
    ("Sitting on the floor, his hands folded on his belly and his eyes closed", {"sit_floor"}, {"shade_eyes", "shade_eyes:both"}),
    ("Half kneel: L knee down, R hip and knee both at 90 degrees", {"kneel_one"}, {"kneel_both"}),
    ("Lying on the back, the left hip and knee flexed", {"knee_bent:left"}, {"knee_bent"}),
    # a fold's "forward" is not the arms'; palms "to the floor" in a fold are put there
    ("Standing forward fold, hands to the floor", {"bend_forward", "reach_down:both"}, {"arms_forward:both"}),
    ("stdg fwd fold, palms to floor", {"bend_forward", "reach_down:both"}, set()),
    ("Arms out to the sides, palms to the floor", {"arms_side:both"}, {"reach_down:both"}),
    # a note starting "on back" lies on the back; legs pointing up while lying are raised
    ("on back, knees bent, feet flat", {"lie_back", "knee_bent:both"}, set()),
    ("On back, legs pointing at the ceiling", {"lie_back", "leg_forward:both"}, set()),
    ("hands on back, standing tall", {"stand"}, {"lie_back"}),
    # toward the ceiling, and propped on the forearms face down
    ("Lying on the back with both arms raised toward the ceiling", {"lie_back", "skyward:both"}, {"overhead:both"}),
    ("The left arm points up at the ceiling", {"skyward_point:left"}, set()),
    ("Lie on your stomach, prop yourself up on your forearms", {"sphinx"}, set()),
    ("Sphinx pose", {"sphinx"}, set()),
    ("Face down on the forearms and toes", {"plank"}, {"sphinx"}),
    # a part named as a place ("on her left foot") is not the limb that moves; a posture is on its part
    ("The girl wobbles on her left foot, right knee hugged up high in front", {"knee_up:right"}, {"knee_up:left"}),
    ("Weight all on the right foot; the left leg stretches straight out to the side, lifted off the ground",
     {"leg_side:left"}, {"leg_side:right", "leg_forward:right"}),
    ("The person kneels on the left knee, the right knee forms a right angle", {"kneel_one:left"}, {"kneel_one:right"}),
    # a soldier is a person, not a stance; a punch named by its side is that arm forward
    ("The soldier crouches low behind cover", {"crouch"}, {"attention"}),
    ("The boy stands like a soldier", {"attention"}, set()),
    ("The fighter sinks into a deep lunge and fires a straight right punch", {"lunge", "arms_forward:right"}, set()),
    # laying a palm somewhere lies nobody down; clinical and passive seats; all fours as a start
    ("Lay your right palm flat on your chest", {"on_chest:right"}, {"lie_front:right", "lie_front"}),
    ("long sit, trunk upright", {"sit_floor"}, set()),
    ("A seat is taken on the floor with both knees pulled up", {"sit_floor", "knee_up:both"}, set()),
    ("From hands and knees, extend your right arm straight ahead", {"allfours", "arms_forward:right"}, set()),
    ("Lying on the front, the upper body is pushed up on straight arms", {"cobra"}, set()),
    ("Seated on a chair, torso reclined about 20 degrees", {"sit_chair", "lean_back"}, {"lie_back"}),
    ("Sitting on the floor, wrap your arms around your knees", {"sit_floor", "hug"}, set()),
    # palms together up high; pressed into the floor is no prayer; clasped low in front
    ("Palms together above the head", {"prayer_overhead"}, {"overhead:both"}),
    ("Goddess: feet wide, knees bent, palms pressed overhead", {"prayer_overhead"}, set()),
    ("Press your palms into the floor", {"reach_down:both"}, {"prayer"}),
    ("Pressing both palms into the ground beside his hips", {"reach_down:both"}, {"on_hips:both", "prayer:both"}),
    ("He stands with his hands clasped in front of his belt buckle", {"stand", "clasp_low"}, {"prayer"}),
    # a lunge named by its side; a back knee hovering off the floor is not raised
    ("R lunge, back knee down on floor", {"lunge:right", "kneel_one:left"}, set()),
    ("Lunge, left knee hovering 20 cm above the floor", {"lunge", "knee_bent:left"}, {"knee_up:left"}),
    # the head tipped backward looks up
    ("Leaning back and tipping his head backward", {"lean_back", "look_up"}, set()),
    # a learner's plural; rising onto the balls of the feet
    ("Bend forward and touch your foots with the hands", {"bend_forward", "toe_touch"}, set()),
    ("The dancer rises onto the balls of both feet", {"tiptoe"}, set()),
    # a knee held to the chest with both hands: the hands hold the knee (placed there by the caption's
    # constraints), not an object in front, nor the chest
    ("I stand on my right leg and hold my left knee against my chest with both hands", {"knee_up:left"}, {"on_chest:both", "hold_front:both"}),
    # "not ... but ...": what follows "but" is said
    ("The feet not together but wide apart", {"feet_apart"}, set()),
    ("The arms are not raised but stretched out to the sides", {"arms_side:both"}, {"overhead"}),
]


@pytest.mark.parametrize("caption, expected, absent", PHRASE_CONCEPTS)
def test_phrase_concepts(caption, expected, absent):
    understood = set(parse_caption(caption).understood)
    assert expected <= understood and not absent & understood, understood


def test_elbows_said_bent_keep_an_arm_placed_bent_and_reshape_one_placed_straight():
    from posegen.builtin.plan import make_plan

    plan = make_plan(parse_caption("Feet wide, and the fists are raised beside the head with the elbows bent.").intents)
    assert plan.arms["left"][0] == "fist_up" and plan.arms["right"][0] == "fist_up"
    plan = make_plan(parse_caption("Standing with both elbows bent at 90 degrees, the upper arms tucked in at the sides and the "
                                   "forearms pointing forward.").intents)
    assert plan.arms["right"][0] == "elbow_bent"  # (said of no side: the right, as for one-handed actions)


def test_pushed_up_face_down_the_arms_hold_the_body_up_unless_a_hand_is_said_on_a_hip():
    """The lexicon reads "hips" near "arms" as hands on the hips; pushed up face down the arms
    hold the body up, unless the caption's constraints put a hand on a hip."""
    from posegen.builtin.adjust import adjusted
    from posegen.builtin.plan import Plan
    from posegen.caption_reader import read_caption

    plan = Plan(posture="cobra", arms={"left": ("on_hips", 1.0, None), "right": ("on_hips", 1.0, None)})
    assert adjusted(plan, read_caption("Lying face down, chest pushed up, the hips stay down on the mat.").constraints).arms == {}
    kept = adjusted(plan, read_caption("Lying face down in a cobra, the left hand on the hip.").constraints).arms
    assert kept == {"left": ("on_hips", 1.0, None)}


def test_standing_on_straight_legs_with_the_hands_below_the_knees_is_composed_as_a_fold_to_the_feet():
    """Hands "dangling below the knees" from straight legs reach down as a fold to the feet does:
    a half bend leaves the fit to find its own way down (the hips swung back, the knees folded)."""
    from posegen.builtin.adjust import adjusted
    from posegen.builtin.generator import read

    _, reading, plan, _ = read("He folds forward from the hips with his legs straight, letting both hands dangle down below his knees.")
    assert adjusted(plan, reading.constraints).torso["pitch"][0] == "toe_touch"
