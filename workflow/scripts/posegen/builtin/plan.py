"""Intents -> one consistent plan of the body: a posture, torso and head changes, each arm, each leg.

Conflicts resolve by body region: the first specific posture decides the legs
(plain "standing" yields to any other), later arm and leg actions override
earlier ones on the same side, and leg actions that the posture cannot do are
adapted by the composer (e.g. a kick while seated extends the knee).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from posegen.skeleton import other_side

from .parse import Intent

# Named poses: posture, arms (both sides unless a dict), torso changes.
NAMED = {
    "tpose": ("stand", "tpose", ()),
    "apose": ("stand", "apose", ()),
    "tree": ("tree", "prayer_overhead", ()),
    "warrior": ("lunge", "overhead", ()),
    "downdog": ("downdog", "support", ()),
    "childpose": ("childpose", "support", ()),
    "bridge": ("bridge", "floor_toward_feet", ()),
    "cobra": ("cobra", "support", ()),
    "sphinx": ("sphinx", "forearm_support", ()),
    "fetal": ("fetal", "hug", ()),
    "sprinter": ("sprinter", "support", ()),
    "boxing": ("fighting", "guard", ()),
    "fighting": ("fighting", "guard", ()),
    "attention": ("attention", "down", ()),
    "ballet": ("ballet", {"left": "ballet_front", "right": "arms_side"}, ()),
    "golf": ("golf", "golf", ()),
    "throw": ("throw", None, ()),
    "jumpingjack": ("jumpingjack", "v_arms", ()),
    "hamstring": ("hamstring", "reach_leg", ()),
}
STANDING = {
    "stand", "attention", "tree", "one_leg", "hamstring", "golf", "throw", "fighting", "lunge", "side_lunge",
    "stride", "run", "step", "squat", "crouch", "ballet", "jumpingjack", "jump",
}
# Postures taken toward a side, on one leg, seated on the floor; and the arm poses a plan pass
# (posegen.builtin.adjust) may replace.
SIDED_STEPS = {"lunge", "stride", "step", "run"}
ONE_LEGGED = {"tree", "one_leg"}
FLOOR_SEATS = {"sit_floor", "sit_cross", "sit_knees_up"}
UNPLACED_ARMS = ("down", "arms_down", "reach_down")  # arm poses a pass may replace: the lexicon placed the arm nowhere in particular
# Postures a fighter's guard may be held in ("the fighter sinks into a deep lunge").
EXPLICIT_STANCES = {"lunge", "side_lunge", "squat", "crouch", "kneel_one", "kneel_both", "one_leg", "stride"}
LYING = {"lie_back", "lie_front", "lie_side", "bridge", "fetal", "cobra", "sphinx"}
# Named postures that say how a first, plainer posture is held.
REFINED_BY = {"lie_front": {"cobra", "sphinx"}, "lie_back": {"bridge"}, "lie_side": {"fetal"}}
SUPPORT_POSTURES = {"side_plank", "plank", "pushup", "allfours", "downdog", "childpose", "sprinter", "cobra", "sphinx"}
POSTURE_ARMS = {"side_plank": "forearm_support", "plank": "forearm_support", "pushup": "support", "allfours": "support"}
# Forward folds a posture does not take from the words that read as one: a child's pose is folded
# over the thighs already ("child's pose, forehead to the floor"); lying, "reaching along the
# floor" or "bending" is no fold from standing; on all fours "the floor is touched by both knees
# and both hands" touches no toes; a plank's "palms and toes touching the floor" neither, and the
# "front-leaning rest" folds nowhere.
UNFOLDED = {"childpose": ("toe_touch", "bend_forward", "bow"), **{p: ("toe_touch", "bend_forward") for p in LYING},
            "allfours": ("toe_touch",), **{p: ("toe_touch", "bend_forward") for p in ("plank", "pushup", "side_plank")}}
# Arm poses whose elbow is bent already: "with the elbows bent" says how they are held (not the
# biceps "flex", which "elbow flexed" often names by mistake).
BENT_ARMS = {"fist_up", "wave", "curl", "thumbsup", "hold_front", "salute", "cover_face", "shade_eyes", "touch_head",
             "behind_head", "on_hips", "on_shoulder", "on_chest", "prayer", "clap", "hug", "guard", "crossed", "behind_back"}
TWO_HANDED = {"clap", "clap_overhead", "prayer", "crossed", "hug", "golf", "prayer_overhead", "clasp_low"}
ONE_HANDED_DEFAULT_RIGHT = {
    "point_forward", "point_up", "skyward_point", "point_side", "point_down", "wave", "salute", "fist_up", "on_shoulder",
    "touch_head", "on_chest", "shade_eyes", "elbow_bent", "curl", "thumbsup", "hold_front", "throw",
}


@dataclass
class Plan:
    posture: str = "stand"
    posture_side: str | None = None
    posture_degree: float = 1.0
    torso: dict[str, tuple[str, str | None, float]] = field(default_factory=dict)  # axis -> (change, side, degree)
    head: dict[str, tuple[str, str | None, float]] = field(default_factory=dict)
    arms: dict[str, tuple[str, float, str | None]] = field(default_factory=dict)  # side -> (pose, degree, target)
    legs: dict[str, tuple[str, float]] = field(default_factory=dict)  # side -> (action, degree)
    stance: dict[str, tuple[str | None, float]] = field(default_factory=dict)
    shrug: bool = False

    def key(self) -> tuple:
        return (
            self.posture, self.posture_side, self.posture_degree, tuple(sorted(self.torso.items())),
            tuple(sorted(self.head.items())), tuple(sorted(self.arms.items())), tuple(sorted(self.legs.items())),
            tuple(sorted(self.stance.items())), self.shrug,
        )


def _sides(side: str | None, default: str) -> tuple[str, ...]:
    side = side or default
    return ("left", "right") if side == "both" else (side,)


def make_plan(intents: tuple[Intent, ...]) -> Plan:
    plan = Plan()
    posture_set = False
    stands_wide = any(i.name in ("feet_apart", "stand") for i in intents)
    arm_defaults: dict[str, tuple[str, float, str | None]] = {}
    for intent in intents:
        name, side, degree = intent.name, intent.side, intent.degree
        if intent.region in ("named", "posture"):
            posture, arms, _ = NAMED.get(name, (name, None, ()))
            if posture_set and plan.posture == "sit" and posture.startswith("sit_"):
                posture_set = False  # plain "sitting", then where: "sitting ... cross-legged on the floor"
            if posture_set and plan.posture == "sit" and (posture == "crouch" or posture == "squat" and stands_wide):
                posture_set = False  # "sits low in a horse stance, feet wide, thighs level": sits into a squat
            if posture_set and plan.posture == "squat" and posture == "sit_chair":
                posture_set = False  # "thighs level, she sits on a stool": level thighs are the seat's, not a squat's
            if posture_set and plan.posture in ("kneel_both", "sit_floor") and posture == "sit_heels":
                posture_set = False  # "kneeling, sat back on the heels", "sitting on the floor, hips on the heels": how it kneels
            if posture_set and plan.posture in ("stride", "step") and posture in ("plank", "pushup"):
                posture_set = False  # "walk your feet back until the body is one straight line": into a plank
            if posture_set and plan.posture == "fighting" and name not in ("boxing", "fighting") and posture in EXPLICIT_STANCES:
                posture_set = False  # "the fighter sinks into a deep lunge": a fighter's arms, the lunge's legs
            if posture_set and posture in REFINED_BY.get(plan.posture, ()):
                # "lying face down, propped on the forearms", "lying on the back, hips up in a
                # bridge", "lying on the right side, curled up": how it lies, on the side it lies on
                posture_set, side = False, side or plan.posture_side
            if posture_set or name == "stand":
                # Plain standing never replaces a posture; a second posture only lends its arms.
                if posture_set and isinstance(arms, str) and arms != "support":
                    for s in ("left", "right"):
                        arm_defaults.setdefault(s, (arms, 1.0, None))
                continue
            posture_set = True
            plan.posture, plan.posture_side, plan.posture_degree = posture, side, degree
            if name == "throw":
                throwing = side if side in ("left", "right") else "right"
                plan.posture_side = throwing
                arm_defaults[throwing] = ("throw", 1.0, None)
                arm_defaults[other_side(throwing)] = ("point_forward", 1.0, None)
            elif isinstance(arms, dict):
                flip = side == "right" and name == "ballet"
                for s, pose in arms.items():
                    arm_defaults[other_side(s) if flip else s] = (pose, 1.0, None)
            elif arms is not None:
                for s in ("left", "right"):
                    arm_defaults[s] = (arms, 1.0, None)
            if posture in POSTURE_ARMS:
                for s in ("left", "right"):
                    arm_defaults[s] = (POSTURE_ARMS[posture], 1.0, None)
        elif intent.region == "torso":
            plan.torso[_torso_axis(name)] = (name, side, degree)
        elif intent.region == "head":
            plan.head[_head_axis(name)] = (name, side, degree)
        elif intent.region == "shoulders":
            plan.shrug = True
        elif intent.region == "arms":
            default = "right" if name in ONE_HANDED_DEFAULT_RIGHT else "both"
            sides = ("left", "right") if name in TWO_HANDED else _sides(side, default)
            for s in sides:
                target = s if intent.target == "own" else intent.target or (other_side(s) if name == "on_shoulder" else None)
                if name == "crossed" and plan.arms.get(s, ("",))[0] == "on_shoulder" and plan.arms[s][2] == other_side(s):
                    continue  # a hand on the other shoulder already crosses the arms ("so the forearms form an X")
                if name == "elbow_bent" and plan.arms.get(s, ("",))[0] in BENT_ARMS:
                    continue  # "fists raised beside the head with the elbows bent": how the placed arm bends, not another place
                plan.arms[s] = (name, degree, target)
        elif intent.region == "legs":
            for s in _sides(side, "right"):
                if {name, plan.legs.get(s, ("",))[0]} == {"knee_bent", "leg_back"}:
                    if side is None and plan.posture in ("lunge", "side_lunge") and other_side(s) not in plan.legs:
                        s = other_side(s)  # a lunge's unsided "back leg" beside a bent knee is the other leg
                    else:
                        name = "heel_up"  # a knee bent and its foot lifted behind: the heel toward the seat
                plan.legs[s] = (name, degree)
        elif intent.region in ("stance", "heels"):
            plan.stance[name] = (side, degree)
    stretched_out = any(v[0] in ("leg_out", "leg_ahead", "leg_forward") for v in plan.legs.values())  # (crossed at the ankles, long)
    # (both, not lifted: "legs stretched out before him"; one leg "held out straight" may be a seated knee extension)
    laid_out = all(plan.legs.get(s, ("",))[0] in ("leg_out", "leg_ahead") for s in ("left", "right"))
    for s, (name, degree) in list(plan.legs.items()):
        # Legs stretched "out" or "out in front": sitting on the floor, the seat's own legs (out in
        # front already); on a seat, raised in front; standing, out to the side or in front.
        if name in ("leg_out", "leg_ahead") and plan.posture == "sit_floor":
            del plan.legs[s]
        elif name in ("leg_out", "leg_ahead"):
            sideways = name == "leg_out" and plan.posture not in ("sit", "sit_chair")
            plan.legs[s] = ("leg_side" if sideways else "leg_forward", degree)
    # (not a step out wide, "step your feet wide, bend the left knee", nor one standing tall on a step)
    if (plan.posture == "stride" or plan.posture == "step" and not stands_wide) and any(a == "knee_bent" and d >= 1.0 for a, d in plan.legs.values()):
        # "a long stride forward with the left foot, lower until the front knee bends": a lunge
        plan.posture = "lunge"
        plan.legs = {s: v for s, v in plan.legs.items() if v[0] != "knee_bent"}
    if not posture_set and any(v[0] in ("kick", "knee_up", "leg_side", "leg_back", "leg_forward", "heel_up") for v in plan.legs.values()):
        plan.posture = "stand"
    for s, (name, degree) in list(plan.legs.items()):
        if name == "heel_up" and plan.posture not in STANDING:
            plan.legs[s] = ("knee_bent", degree)  # (face down, the shins up; seated, the knee bent)
    if plan.posture == "sit_floor" and "legs_crossed" in plan.stance and not stretched_out:
        plan.posture = "sit_cross"  # sitting on the floor with the legs crossed: cross-legged
    if "legs_aside_unsaid" in plan.stance:
        # Both legs folded to one side unsaid: the side away from the one hand down on the floor
        # (the seat leans onto that hand), else the left.
        hands_down = [s for s in ("left", "right") if plan.arms.get(s, ("",))[0] in ("reach_down", "prop_behind", "support")]
        side = other_side(hands_down[0]) if len(hands_down) == 1 else None
        plan.stance["legs_aside"] = (side, plan.stance.pop("legs_aside_unsaid")[1])
    if "legs_aside" in plan.stance and plan.posture in ("sit", "sit_floor", "sit_knees_up", "sit_cross"):
        # Both legs folded to one side (side-saddle): on the floor, the legs shaped by the stance.
        plan.posture = "sit_floor"
        plan.legs = {}
    # Plain "sitting" with a leg laid out long, the legs spread wide or both hands propped behind:
    # on the floor, where legs lie along it ("casualty sitting, left leg straight out, propped on both hands behind")
    if plan.posture == "sit" and (laid_out or "feet_apart" in plan.stance
                                  or all(plan.arms.get(s, ("",))[0] == "behind_back" for s in ("left", "right"))):
        plan.posture = "sit_floor"
    if plan.posture in ("sit", "sit_floor"):
        # Plain "sitting": on the floor hugging the knees when both are pulled up, else on a seat
        # (sitting on the floor with both knees drawn up hugs them too).
        knees_up = all(plan.legs.get(s, ("",))[0] == "knee_up" for s in ("left", "right")) and (
            plan.posture == "sit" or all(plan.arms.get(s, ("hug",))[0] == "hug" for s in ("left", "right")))
        # (on the floor, arms hugging with nothing said of the legs: the knees are drawn up to be hugged)
        # (or with both knees bent: "knees bent and pointing up, arms wrapped around the shins")
        hugging = all(plan.arms.get(s, ("",))[0] == "hug" for s in ("left", "right"))
        knees_bent = all(plan.legs.get(s, ("",))[0] in ("knee_bent", "knee_up") for s in ("left", "right"))
        # (sitting anywhere, bent knees hugged are drawn up: "sit down, bend your knees up and hug them")
        knees_up = knees_up or (plan.posture == "sit_floor" and not plan.legs or knees_bent) and hugging
        plan.posture = "sit_knees_up" if knees_up else "sit_chair" if plan.posture == "sit" else plan.posture
        if knees_up:
            plan.legs = {}
            for s in ("left", "right"):
                arm_defaults.setdefault(s, ("hug_knees", 1.0, None))
    if plan.posture == "sit_knees_up":
        for s in ("left", "right"):
            if plan.arms.get(s, ("",))[0] == "hug":  # hugging, with the knees drawn up: the knees
                plan.arms[s] = ("hug_knees", 1.0, None)
    for s, (name, degree, target) in list(plan.arms.items()):
        if name in ("skyward", "skyward_point"):  # toward the ceiling: up off the chest lying on the back, else overhead
            if plan.posture == "lie_side" and s == plan.posture_side and other_side(s) in plan.arms:
                del plan.arms[s]  # (lying on a side, an arm said up without its side is the top one)
                continue
            upright = "point_up" if name == "skyward_point" else "overhead"
            # (folded down over the legs, the other hand down at the feet: a twisted fold, as on all fours)
            pitch = plan.torso.get("pitch", ("",))[0]
            folded = plan.posture in STANDING and (pitch == "toe_touch" or pitch in ("bend_forward", "bow")
                                                   and plan.arms.get(other_side(s), ("",))[0] in ("reach_down", "toe_touch"))
            plan.arms[s] = ("arms_forward" if plan.posture == "lie_back" else "arms_side" if plan.posture in ("lie_side", "side_plank", "allfours") or folded
                            else upright, degree, target)
            if plan.posture == "allfours" or folded:  # (on all fours an arm reaches up out to its side, the chest opened toward it)
                plan.torso.setdefault("yaw", ("twist", s, 1.0))
    if plan.torso.get("pitch", ("",))[0] in UNFOLDED.get(plan.posture, ()):
        del plan.torso["pitch"]
    # Support postures keep both hands down unless a single arm is freed (a child's pose may
    # stretch both arms on past the head: "arms long in front").
    stretched = plan.posture == "childpose" and all(plan.arms.get(s, ("",))[0] in ("arms_forward", "point_forward", "overhead") for s in ("left", "right"))
    # (a side plank frees its top arm: "on the left forearm, the right arm up" places both)
    # (a hand said to be on the floor is a support: "all fours, right arm up, left palm on the mat" frees the right)
    freed = {s: v for s, v in plan.arms.items() if v[0] not in ("reach_down", "support")}
    if plan.posture in SUPPORT_POSTURES - {"side_plank"} and len(plan.arms) == 2 and not stretched:
        plan.arms = freed if len(freed) == 1 else {}
    pitch = plan.torso.get("pitch", ("",))[0]
    if plan.posture == "sit_heels" and pitch in ("bend_forward", "bow", "toe_touch") or plan.posture == "kneel_both" and pitch == "toe_touch":
        # Sitting back on the heels and folded forward over the thighs, or kneeling folded down to
        # the floor: the child's pose, its arms on the floor by the knees or stretched on past the head.
        plan.posture = "childpose"
        del plan.torso["pitch"]
        arm_defaults.update({s: ("support", 1.0, None) for s in ("left", "right")})
        plan.arms = {s: v for s, v in plan.arms.items() if v[0] not in ("reach_down", "down", "arms_down")}  # (hands down: on the floor)
    raised = {i.name for i in intents if i.region == "arms"} & {"overhead", "point_up", "skyward", "skyward_point"}
    if raised and all(plan.arms.get(s, ("",))[0] == "prayer" for s in ("left", "right")):
        # "both arms overhead, palms together": the palms meet up there
        plan.arms = {**plan.arms, "left": ("prayer_overhead", 1.0, None), "right": ("prayer_overhead", 1.0, None)}
    merged = dict(arm_defaults)
    merged.update(plan.arms)
    plan.arms = merged
    if plan.posture in ("lunge", "side_lunge") and plan.posture_side not in ("left", "right"):
        # A lunge whose side the posture's words did not say: the side ahead of the leg stretched
        # back ("warrior two, right knee bent, left leg straight behind"; in a lunge forward a bent
        # knee may be the back one); a side lunge's, the one bent knee's ("the right knee bent over the ankle").
        back = [s for s, v in plan.legs.items() if v[0] == "leg_back"]
        bent = [s for s, v in plan.legs.items() if v[0] == "knee_bent"]
        if len(back) == 1:
            plan.posture_side = other_side(back[0])
            # (the stretched-back leg and a front knee's bend are the lunge's own)
            plan.legs = {s: v for s, v in plan.legs.items() if s != back[0] and v[0] != "knee_bent"}
        elif plan.posture == "side_lunge" and len(bent) == len(plan.legs) == 1:
            plan.posture_side = bent[0]
            plan.legs = {}
    return plan


def _torso_axis(name: str) -> str:
    return {"side_bend": "roll", "twist": "yaw", "hunch": "hunch"}.get(name, "pitch")


def _head_axis(name: str) -> str:
    return {"head_tilt": "roll", "head_turn": "yaw"}.get(name, "pitch")
