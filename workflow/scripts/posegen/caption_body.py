"""Caption -> constraints that need no limb as subject, within one clause: the posture
("sitting", "kneeling", "a lunge on the left leg", "on all fours"), what carries the body
("balances on both hands and the left foot"), the torso's lean, fold or arch, and where the
head looks ("chin down", "head tipped back"). The clause reader (posegen.caption_reader)
calls whole_body on every clause beside the limb readers.
"""
from __future__ import annotations

from posegen.caption_amounts import angle_of
from posegen.caption_text import (
    ARM_WORDS,
    FILLER,
    FORWARD,
    LEG_WORDS,
    LIFTED,
    NEGATIONS,
    SIDE_WORDS,
    SLIGHT,
    TARGET_WORDS,
    BENT,
    Part,
    first_index,
    is_negated,
    sides_of,
)
from posegen.caption_whole import ARCH_WORDS
from posegen.constraints import Constraint
from posegen.skeleton import other_side

LOWERING = {"lower", "lowers", "lowering", "lowered", "drop", "drops", "dropping", "sink", "sinks", "sinking", "come", "comes", "coming", "go", "goes", "going"}
HIPS = {"hip", "hips", "pelvis", "buttocks", "bottom", "butt", "seat"}
HIP_LIFTS = LIFTED | {"push", "pushed", "pushes", "pushing", "thrust", "thrusts"}
PLANKS = {"plank", "planks", "planking", "pushup", "sideplank"}
SQUAT = {"squat", "squats", "squatting", "squatted"}
POSTURE_VERBS = {"sit", "sits", "sitting", "seated", "sat", "lie", "lies", "lying", "laying", "lay", "rest", "rests",
                 "resting", "stand", "stands", "standing", "kneel", "kneels", "kneeling", "onbody"}


def _lays_a_limb(words: list[str], parts: list[Part]) -> bool:
    """ "Lay your right hand on the crown": lay with a limb as its object; "the forehead is lying on
    the floor", "the arms are lying along the body": a part that lies, not the body."""
    for i, w in enumerate(words):
        if w in ("lay", "lays", "laying", "laid") and any(i < p.position <= i + 4 for p in parts if p.word in ARM_WORDS | LEG_WORDS):
            return True
        if w in ("lie", "lies", "lying") and any(p.position == i - 1 or p.position == i - 2 and words[i - 1] in ("is", "are")
                                                  for p in parts if p.word not in ("body", "back", "side")):
            return True
    return False


# Sinking lean words ("slumping over to her left"); said alone, down, they are a slouch, not a bend forward.
SLUMPS = {"slump", "slumps", "slumped", "slumping", "sag", "sags", "sagged", "sagging"}


def whole_body(words: list[str], ws: set[str], parts: list[Part]) -> list[Constraint]:
    """Postures and the torso: need no subject."""
    out: list[Constraint] = []
    supports = _supports(words, parts)
    has_arm = any(p.word in ARM_WORDS and p not in supports for p in parts)
    limbs = [p for p in parts if p.word in ARM_WORDS | LEG_WORDS and p.preposition is None]
    # "The hands sit on the hips", "both shins lie flat on the mat": the verb is the limb's.
    verb = first_index(words, POSTURE_VERBS)
    arm_first = bool(limbs) and verb < len(words) and limbs[0].position < verb
    if arm_first:
        pass
    elif ws & SQUAT and ws & {"halfway", "half", "partway", "quarter", "slightly", "slight", "shallow", "mini"}:
        # a half squat stops with the pelvis well above a squat's (a chair pose, "standing" on wide feet)
        out.append(Constraint("posture", target="squatting|standing|bending|other"))
    elif ws & SQUAT and (ws & {"single", "pistol", "curtsy"} or any(p.word in ("leg", "foot") and p.side in SIDE_WORDS and p.preposition == "on" for p in parts)):
        # a squat on one leg ("a single-leg squat on the left", "squatting on her left leg"): the other
        # leg may hang or reach anywhere, which no two-footed class describes
        out.append(Constraint("posture", target="squatting|standing|bending|other"))
    elif ws & SQUAT:
        out.append(Constraint("posture", target="squatting"))  # "sits in a deep squat"
    elif "heelsit" in ws:  # ("sit your hips back onto your heels")
        out.append(Constraint("posture", target="kneeling|sitting"))
    elif ws & {"sit", "sits", "sitting", "seated", "sat", "crosslegged", "sidesaddle", "sidesaddleany", "perch", "perches", "perched", "perching"}:
        # (one "sits in a horse stance" or "on the floor, knees up" may squat as well)
        on_feet = ws & {"floor", "ground"} and ws & {"knee", "knees"} or "stance" in ws
        out.append(Constraint("posture", target="sitting|squatting" if on_feet else "sitting"))
    elif "allfours" in ws:
        out.append(Constraint("posture", target="other|kneeling"))
        # On all fours is on both hands and both knees, however it was worded.
        out.extend(Constraint(kind, side=s) for kind in ("knee_on_ground", "wrist_on_ground") for s in ("left", "right"))
    elif ws & PLANKS and first_index(words, PLANKS) < first_index(words, NEGATIONS):  # (not "not lifted into a plank")
        # The body held straight over the floor; on its side, raised off it as far as the arm holds it
        out.append(Constraint("posture", target="other|lying") if "sideplank" in ws else Constraint("torso_horizontal"))
    elif ws & {"kneel", "kneels", "kneeling", "knelt", "genuflect", "genuflecting"}:
        out.append(Constraint("posture", target="kneeling"))
        for part in parts:
            if part.word == "knee":
                out.extend(Constraint("knee_on_ground", side=s) for s in sides_of(part.side))
    elif ws & {"crouch", "crouches", "crouching", "crouched", "hunkered"}:
        # (a slight crouch is a stance with the knees flexed, still on the feet)
        slight = bool(ws & {"slightly", "slight", "little", "bit", "half"})
        out.append(Constraint("posture", target="squatting|kneeling|bending" + ("|standing" if slight else "")))
    elif ws & {"recline", "reclines", "reclining", "reclined"} and not "onbody" in ws:
        out.append(Constraint("posture", target="lying|sitting"))
    elif (ws & {"lie", "lies", "lying", "laying", "lay", "sprawled"} or "onbody" in ws) and not arm_first and not _lays_a_limb(words, parts):
        out.append(Constraint("posture", target="lying"))
        for token, face in (("onback", "back"), ("onfront", "front"), ("onsideleft", "left"), ("onsideright", "right")):
            if token in ws:
                out.append(Constraint("lying_on", target=face))
    elif ws & {"lunge", "lunges", "lunging", "lunged"}:
        out.append(Constraint("posture", target="lunging|kneeling"))
        side = next((w for w in words if w in SIDE_WORDS), None)
        if "sideways" in ws and side:  # "a side lunge to the right": that knee bends, the other leg is long
            other = other_side(side)
            out += [Constraint("knee_bent", side=side), Constraint("knee_straight", side=other)]
            return out
        for part in parts:  # "a lunge on the left leg", "lunging with the right leg forward"
            # (a knee leads when it is bent or forward: "the right knee doesn't touch the ground" is the back one)
            if part.word in ("leg", "foot", "knee") and part.side in SIDE_WORDS and not ws & {"back", "behind", "rear", "sideways"} \
                    and not (part.word == "knee" and not ws & (BENT | FORWARD | {"infront", "front", "leading", "lead"})):
                out.append(Constraint("foot_ahead", side=part.side))
                break
    elif ws & {"step", "steps", "stepping", "stride", "striding", "walk", "walking", "walks"} and not ws & {"onbody"} \
            and not any(p.word in ARM_WORDS for p in parts):  # ("walk your hands forward on the floor")
        out.append(Constraint("posture", target="standing|lunging|bending|kneeling|squatting"))  # (a step sets a stance, however low)
        legs = [p for p in parts if p.word in LEG_WORDS]
        side = next((w for w in words[first_index(words, {"step", "steps", "stepping", "stride", "striding"}):] if w in SIDE_WORDS), None)
        if not legs and side and ws & {"sideways", "wide", "out", "to"}:
            out.append(Constraint("leg_out", side=side))  # "steps wide to the left": that leg goes out
    elif not has_arm and ((words and words[0] in ("on", "down", "up")) or "on" in words[:2] or ws & ({"down", "rest", "rests", "resting", "upright", "tall"} | LOWERING)
                          or all(p.word == "knee" and p.side == "both" and p.position < len(words) for p in parts)  # ("placed on his knees")
                          or (ws & {"torso", "body", "trunk"} and not any(p.preposition is None and p.word != "knee" for p in parts))) and any(
        p.word == "knee" and p.preposition in ("on", "onto", "upon") for p in parts
    ) and not any(p.preposition is None and TARGET_WORDS.get(p.word) == "head" for p in parts):  # (a chin resting on the knees)
        out.append(Constraint("posture", target="kneeling"))  # "down on both knees"
        for part in parts:
            if part.word == "knee":
                out.extend(Constraint("knee_on_ground", side=s) for s in sides_of(part.side))
    elif ws & {"stand", "stands", "standing", "stood"} or any(p.word == "foot" and p.side == "both" and p.preposition == "on" for p in parts) and ws & {
            "stay", "stays", "staying", "remain", "remains", "get", "gets", "back", "up", "steady"} or (
        ws & {"balance", "balancing", "balances"} and "on" in ws and any(p.word in ("leg", "foot") for p in parts)
        and not any(p.word in ARM_WORDS for p in supports)  # (on the hands and a foot: no stance)
    ):
        if ws & {"handstand"}:
            return out
        out.append(Constraint("posture", target="standing|bending|lunging"))
        for part in parts:
            if part.preposition != "on":
                continue
            if part.word in ("leg", "foot") and part.side in ("left", "right", "either"):
                if part.side == "either":
                    out.append(Constraint("foot_off_ground", side="either"))
                else:
                    out.append(Constraint("foot_on_ground", side=part.side))
                    out.append(Constraint("foot_off_ground", side=other_side(part.side)))
                break
    if "trunkflat" in ws and not is_negated(words):
        out.append(Constraint("torso_horizontal"))  # "the chest almost parallel to the floor"
    for side in ("left", "right"):
        if f"weighton{side}" in ws or "weightonboth" in ws:  # "the weight is on the left leg", "on both feet"
            out.append(Constraint("foot_on_ground", side=side))
    # "chin on both hands", "head resting in the hands": the hands hold the head.
    if any(TARGET_WORDS.get(p.word) == "head" and p.preposition is None for p in parts):
        # ("the head resting on the folded forearms" face down: the hands under it too)
        for hand in (p for p in parts if p.word in ("hand", "palm", "fist", "forearm") and p.preposition in ("on", "in", "upon", "onto")):
            out += [Constraint("hand_near", side=s, target="head", lo=0.32) for s in sides_of(hand.side)]
    # Knees or shins hugged, arms wrapped around them: the hands hold the knees.
    if ws & {"hug", "hugs", "hugging", "hugged", "wrapped", "wrap", "wraps", "wrapping"} and not arm_first:
        for part in parts:
            if part.word in ("knee", "shin") and part.side in ("both", None):
                out += [Constraint("hand_near", side=s, target="SAME_knee", lo=0.32) for s in ("left", "right")]
                break
            if part.word == "knee" and part.side in SIDE_WORDS and not has_arm and ws & {"hug", "hugs", "hugging", "hugged"}:
                # "hug your right knee in to your chest": both arms go round that knee
                out += [Constraint("hand_near", side=s, target=f"{part.side}_knee", lo=0.32) for s in ("left", "right")]
                break
    # A knee hugged, pulled or drawn to the chest, up to hip height, or up.
    if ws & {"hug", "hugs", "hugging", "clasp", "clasping", "pull", "pulls", "pulling", "draw", "draws", "drawing", "hold", "holding"}:
        for part in parts:
            if part.word == "knee" and part.side in SIDE_WORDS and (
                    ws & {"chest", "hipheight"} or words[part.position + 1 : part.position + 2] == ["up"]):
                out.append(Constraint("knee_raised", side=part.side))
    if ws & {"floor", "ground", "mat"} and "on" in ws:
        for part in parts:
            # (the part before "on": not "the arms on the mat in front of your head")
            if part.word in ("shoulder", "hip", "head", "forehead") and part.preposition is None and part.position < words.index("on"):
                for s in sides_of(part.side) if part.word not in ("head", "forehead") else (None,):
                    joint = "head" if part.word in ("head", "forehead") else f"{s}_{part.word}" if s in SIDE_WORDS else None
                    if joint:
                        out.append(Constraint("joint_on_ground", target=joint))
    if _hips_lifted(words) and (not is_negated(words) or "offground" in words):
        # "her hips lifted off the ground", "I've pushed my hips up" (a bridge): the hips off the floor;
        # "without lifting the hips off the floor": on it (hips "not pushed up" stay where they are)
        out += [Constraint("joint_on_ground", target=f"{s}_hip", negated=True, phrase=" ".join(words)) for s in ("left", "right")]
    if "tpose" in ws:
        out += [Constraint(kind, side=s) for s in ("left", "right") for kind in ("arm_out", "wrist_at_shoulder_height")]
    if "apose" in ws:  # the arms slanted down and out from the body, straight
        out += [c for s in ("left", "right") for c in (Constraint("arm_out", side=s), Constraint("limb_raised_angle", side=s, target="arm", lo=20.0, hi=70.0))]
    if not has_arm:
        out += _head(ws) or _head_bent(words)
    torso_word = bool(ws & {"torso", "body", "trunk", "back", "spine", "waist", "chest", "hip", "hips"}) or not parts
    if "head" in ws and not ws & {"torso", "body", "trunk", "spine", "waist", "hip", "hips"}:
        torso_word = False  # "the head tipped back": the head's lean, not the torso's
    lean_words = {"lean", "leans", "leaning", "leaned", "tilt", "tilted", "tilting", "tilts", "bend", "bends", "bending", "bent",
                  *(("flex", "flexed", "flexion", "flexes") if ws & {"trunk", "torso", "spine"} else ()),  # ("trunk flex ~90°")
                  "ease", "eases", "easing", "incline", "inclined", "inclining", "tip", "tips", "tipped", "tipping"} | SLUMPS | FORWARD_BY_ITSELF
    limb_positions = {p.position for p in parts if p.word in ARM_WORDS | LEG_WORDS}
    if "sideways" in ws:
        lean_words = lean_words | {"stretch", "stretches", "stretching", "stretched"}  # "a side stretch to the right"
    # (a fold is the trunk's only when the trunk is named before it: not "the left shin folded back",
    # "folding across the chest", "not folded")
    trunk_at = first_index(words, {"trunk", "torso", "body", "chest", "waist", "spine"})
    lean = {w for i, w in enumerate(words) if w in lean_words and not limb_positions & {i + 1, i + 2, i + 3}
            and (w not in FOLDS or (trunk_at < i and "across" not in words))}
    turning = {"twist", "twists", "twisting", "twisted", "turn", "turns", "turning", "turned", "rotate", "rotates", "rotating", "rotated", "rotation",
               "swivel", "swivels", "swivelled", "swiveled", "swivelling", "swiveling", "screw", "screws", "screwed", "screwing"}
    if ws & {"torso", "trunk"} and not limb_positions and not ws & turning:
        lean = lean or {"lean"}  # "the upper body backward"
    fold = "foldforward" in ws and not any(p < words.index("foldforward") for p in limb_positions)
    bowing = ws & (BOWS - {"bow"}) or ("bow" in ws and words[max(words.index("bow") - 1, 0)] not in ("a", "the", "his", "her", "their", "your", "and"))
    # "the head bowed", "bows his head": the head alone (the trunk bows with "bowing deeply", "bows forward").
    # ("the head is bowed forward", "bows his head forward": that "forward" is the head's)
    head_forward = any(w in BOWS and {"head", "chin", "neck"} & set(words[max(i - 3, 0): i + 3]) and "forward" in words[i + 1: i + 4]
                       for i, w in enumerate(words))
    trunk_signals = {"deeply", "waist", "hips", "torso", "trunk", "body"} | (set() if head_forward else {"forward"})
    bowing = bowing and not (ws & {"head", "chin", "neck"} and not ws & trunk_signals)
    bowing = bowing and "sideways" not in ws  # "bowed to the right like a crescent": a side bend
    angle = angle_of(ws)
    if (fold or bowing) and angle is not None and not limb_positions:  # "hinge at the hips to 90 degrees"
        out.append(Constraint("torso_angle", lo=angle - 20.0, hi=angle + 20.0))
    elif fold or bowing or "touchtoes" in ws:
        out.append(Constraint("torso_forward", lo=30.0))
    elif lean and torso_word and not has_arm and (ws & FORWARD or (lean & FORWARD_BY_ITSELF or _undirected_lean(ws, lean, angle, words, trunk_at))
                                                  and not ws & (SIDE_WORDS | {"sideways", "back", "backward", "backwards"})):
        if angle is not None:
            out.append(Constraint("torso_angle", lo=angle - 20.0, hi=angle + 20.0))
        elif ws & {"halfway", "midway"}:
            out.append(Constraint("torso_angle", lo=30.0, hi=65.0))  # "tipped forward about halfway"
        else:
            # (a fold goes deeper than a lean: "the trunk folded down", "folded in half")
            out.append(Constraint("torso_forward", lo=8.0 if ws & SLIGHT else 30.0 if lean <= FOLDS else 15.0))
    elif lean and torso_word and not has_arm and _backwards(words) and not ws & {"forward"}:
        out.append(Constraint("torso_back"))
    elif (lean and torso_word and not has_arm and not parts) and ws & ({"sideways"} | SIDE_WORDS):
        side = "left" if "left" in ws else "right" if "right" in ws else "either"
        out.append(Constraint("torso_sideways", side=side))
    elif ws & ARCH_WORDS and ws & {"back", "backward", "backwards", "spine"}:
        out.append(Constraint("torso_back"))
    elif angle is not None and ws & {"flat", "straight"} and ws & {"back", "spine", "trunk", "torso"} and not limb_positions \
            and not ws & {"lie", "lies", "lying", "onbody", "floor", "ground", "mat", "wall", "sideways", "backward", "backwards"}:
        out.append(Constraint("torso_angle", lo=angle - 20.0, hi=angle + 20.0))  # "back flat ~45 deg": tipped forward that far
    elif ws & {"upright", "erect"} and (torso_word and not limb_positions or ws & {"torso", "trunk", "back", "spine", "body"}):
        out.append(Constraint("torso_upright"))
    elif ws & {"straight", "tall"} and ws & {"back", "spine", "torso", "trunk"} and not limb_positions and not ws & (lean_words | {"lie", "lies", "lying", "onbody"}):
        out.append(Constraint("torso_upright"))  # "the back straight": unless it bends (read_caption)
    # The trunk turned toward a side ("chest turned to the left", "shoulders rotated to the right"):
    # not the head, a limb, nor a body rolled onto its side.
    trunk_named = ws & {"torso", "trunk", "chest", "shoulders", "waist", "spine"} or "body" in ws and "upper" in ws
    if ws & turning and trunk_named and len(ws & {"left", "right"}) == 1 and not limb_positions and not ws & (
            {"head", "neck", "face", "chin", "eyes", "side", "onto", "over", "lie", "lies", "lying", "onbody"} | NEGATIONS):
        out.append(Constraint("torso_twisted", side="left" if "left" in ws else "right"))
    level = "shoulderheight" in ws or "trunkflat" in ws or ("flat" in ws and ws & {"back", "spine"} and not ws & {"onbody", "lie", "lies", "lying"})
    # (a trunk bent level with no direction said is bent forward: level to the side or back, it
    # would say so; not "folded past horizontal", "raised 60 degrees from horizontal")
    level_unsaid = bool(lean & ws - FORWARD_BY_ITSELF) and angle is None and not _backwards(words) and not ws & (
        SIDE_WORDS | {"sideways", "lie", "lies", "lying", "onbody", "prone", "supine", "past", "beyond", "below", "under", "from", "within"})
    if (fold or lean and torso_word and (ws & FORWARD or level_unsaid)) and not has_arm and level:
        # "back parallel to the floor", "folded forward until almost horizontal", "until the back is flat",
        # "the torso is bent almost parallel to the floor"
        out = [c for c in out if c.kind not in ("torso_forward", "torso_horizontal")] + [Constraint("torso_angle", lo=60.0, hi=110.0)]
    for part in supports:  # "balances on both hands and the left foot": each is on the floor
        out.extend(Constraint(ON_THE_FLOOR[part.word], side=s) for s in sides_of(part.side))
    return out


def _undirected_lean(ws: set[str], lean: set[str], angle: int | None, words: list[str], trunk_at: int) -> bool:
    """A trunk named leaning by an angle, down or over something, with no direction said, leans forward
    ("trunk inclined roughly 30 degrees", "the upper body bent down over the knees"; not "slumped
    down in the chair", a slouch). The trunk is named before the word, or just after it ("lean your
    chest over"); not a trunk placed relative to the floor ("within 20 degrees of horizontal")."""
    bent = [i for i, w in enumerate(words) if w in lean]
    if not bent or trunk_at >= len(words) or trunk_at >= bent[0] + 3 or ws & {
            "within", "from", "up", "upright", "raised", "horizontal", "vertical", "level", "floor", "ground", "of"}:
        return False
    return angle is not None or bool(ws & {"down", "over"}) and not lean <= SLUMPS


# A body carried by parts: "balances on both hands and the left foot", "his weight on the left leg";
# it may also rest or be propped on them, and stand or kneel on a leg.
CARRIED = {"balance", "balances", "balancing", "balanced", "weight", "stand", "stands", "standing", "stood", "hopping", "hops"}
SUPPORT_VERBS = CARRIED | {"propped", "props", "supported", "supports", "rest", "rests", "resting", "rested"}
STOOD_ON = CARRIED | {"kneel", "kneels", "kneeling", "knelt"}  # ("rests on" is also where a hand rests)
FLOORS = {"floor", "ground", "mat"}
ON_THE_FLOOR = {"hand": "wrist_on_ground", "palm": "wrist_on_ground", "forearm": "wrist_on_ground", "foot": "foot_on_ground",
                "knee": "knee_on_ground"}


def _hips_lifted(words: list[str]) -> bool:
    """The hips lifted or pushed up off the floor, no other part named between the two words."""
    hips, lift = first_index(words, HIPS), first_index(words, HIP_LIFTS)
    if hips == len(words) or lift == len(words) or not set(words) & {"offground", "up", "high"} or "off" in words:  # (not "off the knees")
        return False
    return not set(words[min(hips, lift) + 1: max(hips, lift)]) & (LEG_WORDS | ARM_WORDS | {"knee", "knees", "chest", "head"})


def _supports(words: list[str], parts: list[Part]) -> list[Part]:
    """The parts listed after "balances on", "propped on", "supported on" ("on both hands and the
    left foot", "on the knees and forearms") with the body as the subject, when every part of the
    list is one that can carry the body on the floor; empty otherwise."""
    at = next((i for i in range(1, len(words)) if words[i] in ("on", "upon") and words[i - 1] in SUPPORT_VERBS), None)
    if at is None or any(p.position < at for p in parts):
        return []  # ("the hands rest on the knees": the hands' place; "the chin rested on the palm")
    listed, end = [], at
    for part in sorted((p for p in parts if p.position > at), key=lambda p: p.position):
        if any(w not in FILLER and w not in ("and", "on") for w in words[end + 1 : part.position]):
            break
        listed.append(part)
        end = part.position
    after = [w for w in words[end + 1 :] if w not in FILLER]
    # the list ends the clause or is "on the floor" ("rest your weight on your hands at the knees": on the knees)
    grounded = not after or after[0] == "and" or after[0] in FLOORS or (after[0] == "on" and bool(set(after[1:2]) & FLOORS))
    return listed if listed and grounded and all(p.word in ON_THE_FLOOR for p in listed) else []


FOLDS = {"fold", "folds", "folded", "folding"}
# Bends that go forward without saying so: "hinge at the hips", "sits hunched", "stooped".
FORWARD_BY_ITSELF = {"hinge", "hinges", "hinging", "hinged", "hunch", "hunches", "hunched", "hunching", "stoop", "stoops",
                     "stooped", "stooping"} | FOLDS


def _backwards(words: list[str]) -> bool:
    """ "leans back", "backwards": a direction; "until the back is flat": the body part."""
    return any(w in ("backward", "backwards") or (w == "back" and (i == 0 or words[i - 1] not in DETERMINERS))
               for i, w in enumerate(words))


BOWS = {"bow", "bows", "bowing", "bowed"}
DETERMINERS = {"the", "his", "her", "their", "your", "its", "a", "my", "whole", "upper", "lower", "straight", "flat"}
LOOK = {"look", "looks", "looking", "gaze", "gazes", "gazing", "eyes", "stare", "stares", "staring", "glance", "glancing"}
HEAD_DOWN = {"down", "downward", "downwards", "floor", "ground", "feet", "chest", "lowered", "lowers", "lower", "lowering", "drops", "dropped", "drop",
             "tucked", "tuck", "tucks", "hangs", "hanging", "hung"} | BOWS
HEAD_UP = {"up", "upward", "upwards", "sky", "ceiling", "overhead", "lifted", "raised", "raises", "lifts"}
TIPPED = {"tipped", "tilted", "thrown", "tips", "tilts", "drops", "dropped", "falls", "fallen", "leans", "leaning", "tipping", "tilting",
          "throws", "throwing", "tip", "tilt", "drop", "fall", "falling", "lean", "let", "lets"}


def _head(ws: set[str]) -> list[Constraint]:
    """Where the head looks: "chin down", "looking at the floor", "head tipped back", "chin up"."""
    chin, head, look = "chin" in ws, "head" in ws, bool(ws & LOOK)
    # ("folded until her head hangs lower than her hips": where the head is, not its tilt)
    below_the_hips = bool(ws & {"lower", "below", "beneath", "under"} and ws & {"hip", "hips", "waist", "knees", "knee"})
    if (chin or look or head) and ws & HEAD_DOWN and not ws & HEAD_UP and not below_the_hips and (
            chin or look or ws & (BOWS | {"lowered", "hangs", "hanging", "drops", "dropped"})
            # ("do not drop the head", "drop the head forward"; a head let drop in a fold only hangs, and dropped back tips up)
            or "drop" in ws and ws & {"forward", "not", "never", "without"} and not ws & {"back", "backward", "backwards"}):
        return [Constraint("head_down")]
    if (chin or look) and ws & HEAD_UP and not ws & HEAD_DOWN:
        return [Constraint("head_up")]
    if head and ws & {"back", "backward", "backwards"} and ws & (TIPPED | HEAD_BENDS):
        return [Constraint("head_up")]  # "the head tipped back", "tipping his head backward"
    sides = ws & {"left", "right"}
    # (an ear dropped toward a shoulder is a tilt, not a bow)
    other_ways = HEAD_UP | HEAD_DOWN - ({"drops", "dropped", "drop", "lowered"} if "shoulder" in ws else set()) | {"back", "forward", "turned", "turns"}
    if (head or "ear" in ws) and ws & (TIPPED | HEAD_TILTED) and len(sides) == 1 and not ws & other_ways:
        return [Constraint("head_sideways", side=next(iter(sides)))]  # "the head inclined towards the right shoulder"
    return []


HEAD_BENDS = {"bent", "bend", "bends", "bending"}
HEAD_DIPS = {"tipped", "tilted", "tilts", "tips", "tip", "tilt", "inclined", "dipped", "dips", "dip"}


def _head_bent(words: list[str]) -> list[Constraint]:
    """ "Her head bent to look at it", "the head is bent down", "tilt your head forward": bowed (a
    head bent or dipped toward no side and not back; the verb next to the head, not a bent trunk's)."""
    ws = set(words)
    if ws & ({"left", "right", "back", "backward", "backwards", "turned", "turns"} | HEAD_UP):
        return []
    down = bool(ws & {"down", "downward", "downwards", "forward", "forwards"})
    for i, w in enumerate(words):
        if w != "head":
            continue
        near = set(words[i + 1 : i + 3]) | set(words[max(i - 2, 0) : i])
        if near & HEAD_BENDS or down and near & HEAD_DIPS:
            return [Constraint("head_down")]
    return []


HEAD_TILTED = {"inclined", "incline", "inclines", "inclining", "cocked", "cocks", "cock", "cocking", "bent", "bends", "bend", "bending", "canted"}
