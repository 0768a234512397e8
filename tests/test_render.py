"""Tests for posegen.render: PNG format, determinism, file hygiene, captions, contact sheet."""

from __future__ import annotations

import math

import numpy as np
import pytest
from PIL import Image

from posegen import render as render_module
from posegen import render_text
from posegen.png_file import PngStructureError, read_png_chunks
from posegen.render import PoseRenderer, RenderSettings, contact_sheet, read_png_info, wrap_caption
from posegen.skeleton import JOINT, NUM_JOINTS, PARENTS, to_conventions

# Offsets of each joint from its parent in a relaxed standing pose (metres, arms down).
_REST_OFFSETS = np.array(
    [
        [0.0, 0.0, 0.0],
        [0.06, -0.09, 0.0],
        [-0.06, -0.09, 0.0],
        [0.0, 0.11, -0.01],
        [0.01, -0.38, 0.0],
        [-0.01, -0.38, 0.0],
        [0.0, 0.13, 0.01],
        [0.0, -0.40, -0.04],
        [0.0, -0.40, -0.04],
        [0.0, 0.05, 0.0],
        [0.0, -0.05, 0.12],
        [0.0, -0.05, 0.12],
        [0.0, 0.21, -0.03],
        [0.08, 0.11, -0.02],
        [-0.08, 0.11, -0.02],
        [0.0, 0.09, 0.05],
        [0.12, 0.03, 0.0],
        [-0.12, 0.03, 0.0],
        [0.02, -0.26, 0.0],
        [-0.02, -0.26, 0.0],
        [0.0, -0.25, 0.02],
        [0.0, -0.25, 0.02],
    ]
)


def make_pose(directions: dict[str, tuple[float, float, float]] | None = None, pitch_deg: float = 0.0) -> np.ndarray:
    """Forward kinematics from the rest offsets, with some bones pointed along new
    directions (length kept), optionally pitched about the x axis, in project conventions."""
    joints = np.zeros((NUM_JOINTS, 3))
    for joint in range(1, NUM_JOINTS):
        offset = _REST_OFFSETS[joint]
        name = next(n for n, i in JOINT.items() if i == joint)
        if directions and name in directions:
            d = np.asarray(directions[name], dtype=float)
            offset = d / np.linalg.norm(d) * np.linalg.norm(offset)
        joints[joint] = joints[PARENTS[joint]] + offset
    a = math.radians(pitch_deg)
    rotation = np.array([[1, 0, 0], [0, math.cos(a), -math.sin(a)], [0, math.sin(a), math.cos(a)]])
    return to_conventions(joints @ rotation.T)


def sample_poses() -> dict[str, np.ndarray]:
    """A handful of recognisable poses, built by hand, for tests, benchmarks and looking."""
    arms_v = {"left_elbow": (0.5, 0.85, 0), "left_wrist": (0.5, 0.85, 0), "right_elbow": (-0.5, 0.85, 0), "right_wrist": (-0.5, 0.85, 0)}
    t_pose = {"left_elbow": (1, 0, 0), "left_wrist": (1, 0, 0), "right_elbow": (-1, 0, 0), "right_wrist": (-1, 0, 0)}
    squat = {
        "left_knee": (0.15, -0.3, 0.95), "right_knee": (-0.15, -0.3, 0.95),
        "left_ankle": (0, -1, -0.25), "right_ankle": (0, -1, -0.25),
        "spine1": (0, 0.9, 0.4), "spine2": (0, 0.9, 0.4),
        "left_elbow": (0.1, 0, 1), "left_wrist": (0, 0, 1), "right_elbow": (-0.1, 0, 1), "right_wrist": (0, 0, 1),
    }
    sitting = {
        "left_knee": (0.05, 0, 1), "right_knee": (-0.05, 0, 1),
        "left_ankle": (0, 0, 1), "right_ankle": (0, 0, 1),
        "left_foot": (0, 0.8, 0.4), "right_foot": (0, 0.8, 0.4),
        "left_elbow": (0.15, -0.9, -0.3), "left_wrist": (0, -1, -0.1),
        "right_elbow": (-0.15, -0.9, -0.3), "right_wrist": (0, -1, -0.1),
    }
    return {
        "standing": make_pose(),
        "arms_v": make_pose(arms_v),
        "t_pose": make_pose(t_pose),
        "squat": make_pose(squat),
        "lying_on_back": make_pose(t_pose | {"left_foot": (0, -0.2, 1), "right_foot": (0, -0.2, 1)}, pitch_deg=-90),
        "sitting_legs_forward": make_pose(sitting),
    }


POSES = sample_poses()
SMALL = RenderSettings(width=320, height=320, dpi=72)


def pixels(path) -> np.ndarray:
    with Image.open(path) as image:
        return np.asarray(image.convert("RGB"))


@pytest.fixture(scope="module")
def small_renderer() -> PoseRenderer:
    return PoseRenderer(SMALL)


@pytest.mark.parametrize(
    "settings",
    [
        RenderSettings(),
        RenderSettings(width=640, height=480, dpi=100),
        RenderSettings(width=900, height=500, dpi=120, views=("front", "side")),
    ],
    ids=["default", "640x480", "two-views"],
)
def test_png_has_configured_size_dpi_and_palette(tmp_path, settings):
    path = tmp_path / "pose.png"
    PoseRenderer(settings).render(POSES["t_pose"], "a person in a T-pose", path)
    info = read_png_info(path)
    assert (info["width"], info["height"]) == (settings.width, settings.height)
    assert info["dpi"] == pytest.approx((settings.dpi, settings.dpi), abs=0.05)
    assert info["mode"] == "P"
    with Image.open(path) as image:
        assert image.format == "PNG"
        assert len(image.getcolors(256)) <= 16


def test_rgb_when_palette_is_off(tmp_path):
    path = tmp_path / "pose.png"
    PoseRenderer(RenderSettings(width=200, height=200, palette=False)).render(POSES["standing"], "x", path)
    assert read_png_info(path)["mode"] == "RGB"


def test_default_file_is_small(tmp_path):
    renderer = PoseRenderer()
    sizes = []
    for name, pose in POSES.items():
        path = tmp_path / f"{name}.png"
        renderer.render(pose, f"a person, {name.replace('_', ' ')}, seen from the front " * 3, path)
        sizes.append(path.stat().st_size)
    assert np.mean(sizes) < 130_000


def test_different_poses_give_different_pictures(tmp_path, small_renderer):
    small_renderer.render(POSES["standing"], "same caption", tmp_path / "a.png")
    small_renderer.render(POSES["arms_v"], "same caption", tmp_path / "b.png")
    assert not np.array_equal(pixels(tmp_path / "a.png"), pixels(tmp_path / "b.png"))


def test_side_view_shows_depth(tmp_path):
    # Standing vs squatting arms forward: the side panel must differ, also where the
    # front panel alone could look alike.
    renderer = PoseRenderer(RenderSettings(width=400, height=300, views=("front", "side")))
    renderer.render(POSES["standing"], "", tmp_path / "a.png")
    renderer.render(POSES["standing"] * (1, 1, -1), "", tmp_path / "b.png")  # mirrored front/back
    a, b = pixels(tmp_path / "a.png"), pixels(tmp_path / "b.png")
    assert not np.array_equal(a[:, 200:], b[:, 200:])


def test_same_pose_twice_gives_identical_bytes(tmp_path, small_renderer):
    for name in ("a.png", "b.png"):
        small_renderer.render(POSES["squat"], "a person squatting", tmp_path / name, {"pose_sha1": "abc"})
    assert (tmp_path / "a.png").read_bytes() == (tmp_path / "b.png").read_bytes()


def test_writes_only_its_output_path_even_with_tmp_suffix(tmp_path, small_renderer):
    path = tmp_path / "pose.png.tmp"
    small_renderer.render(POSES["sitting_legs_forward"], "sitting", path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pose.png.tmp"]
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert read_png_info(path)["width"] == SMALL.width


def test_metadata_round_trips(tmp_path, small_renderer):
    metadata = {"pose_sha1": "0123456789abcdef0123456789abcdef01234567", "caption": "举起双手 🙌", "frame": "3"}
    small_renderer.render(POSES["arms_v"], "arms up", tmp_path / "p.png", metadata)
    assert read_png_info(tmp_path / "p.png")["text"] == metadata


def test_chunk_reader_agrees_with_pillow(tmp_path, small_renderer):
    metadata = {"pose_sha1": "0123456789abcdef0123456789abcdef01234567", "caption": "举起双手 🙌", "frame": "3"}
    path = tmp_path / "p.png"
    small_renderer.render(POSES["arms_v"], "arms up", path, metadata)
    decoded, chunks = read_png_info(path), read_png_chunks(path)
    assert {key: chunks[key] for key in decoded} == decoded


@pytest.mark.parametrize("damage", ["truncated", "byte flipped in the pixels", "IEND missing", "not a PNG"])
def test_chunk_reader_refuses_damaged_files(tmp_path, small_renderer, damage):
    path = tmp_path / "p.png"
    small_renderer.render(POSES["arms_v"], "arms up", path)
    data = bytearray(path.read_bytes())
    idat = data.index(b"IDAT")
    if damage == "truncated":
        data = data[: len(data) // 2]
    elif damage == "byte flipped in the pixels":
        data[idat + 40] ^= 0x10
    elif damage == "IEND missing":
        data = data[:-12]
    else:
        data[1:4] = b"JPG"
    path.write_bytes(bytes(data))
    with pytest.raises(PngStructureError):
        read_png_chunks(path)


@pytest.mark.parametrize(
    "caption",
    ["word " * 120 + "end", "一个人举起双手 🙌🏽 then bows 😀" * 20, "", "tab\tand\nnewline\x00nul"],
    ids=["600-chars", "chinese-emoji", "empty", "control-chars"],
)
def test_hard_captions_render(tmp_path, small_renderer, caption, recwarn):
    small_renderer.render(POSES["standing"], caption, tmp_path / "p.png")
    assert read_png_info(tmp_path / "p.png")["width"] == SMALL.width
    assert not [w for w in recwarn if "glyph" in str(w.message).lower()]


def test_long_caption_is_cut_to_a_few_lines_with_ellipsis(small_renderer):
    font = small_renderer.caption_font
    lines = wrap_caption("word " * 120, font, 200, 3)
    assert len(lines) == 3 and lines[-1].endswith("\u2026")
    assert all(render_text.text_length(font, line) <= 200 for line in lines)
    unbroken = wrap_caption("一" * 300, font, 200, 2)
    assert len(unbroken) == 2 and unbroken[-1].endswith("\u2026")
    assert wrap_caption("a short caption", font, 200, 3) == ["a short caption"]


def test_caption_looks_like_freetypes_own_lines():
    # Captions are pasted from remembered word tiles; they must match FreeType drawing
    # the whole lines: the same ink, the same rows, words at most a pixel apart.
    renderer = PoseRenderer(RenderSettings(width=600, height=600, show_labels=False))
    caption = "Someone balances on the left leg, AVAWAT office Type, 一个人 举起双手 🙌 (é) …"
    x0, y0, x1, _ = renderer.caption_box
    lines = wrap_caption(caption, renderer.caption_font, x1 - x0, 3)
    assert len(lines) > 1
    darkness = np.zeros(256)
    for level, slot in enumerate(render_text.TEXT_RAMP):
        darkness[slot] = level / (len(render_text.TEXT_RAMP) - 1)
    reference = darkness[np.asarray(render_text.text_strip(lines, renderer.caption_font, x1 - x0, renderer.caption_line_height))]
    drawn = darkness[np.asarray(renderer.draw(POSES["standing"], caption))[y0 : y0 + reference.shape[0], x0:x1]]
    assert drawn.sum() == pytest.approx(reference.sum(), rel=0.01)
    np.testing.assert_allclose(drawn.sum(axis=1), reference.sum(axis=1), atol=0.05 * reference.sum(axis=1).max())
    columns_drawn, columns_reference = np.cumsum(drawn.sum(axis=0)), np.cumsum(reference.sum(axis=0))
    assert np.abs(columns_drawn - columns_reference).max() <= reference.sum(axis=0).max()


def test_render_after_other_pictures_matches_a_fresh_renderer(tmp_path):
    # render() reuses one canvas and puts back only what it changed: nothing of an
    # earlier picture (long caption, limbs outside the world box) may survive.
    settings = RenderSettings(width=400, height=300, views=("front", "side"))
    far = POSES["t_pose"].copy()
    far[JOINT["left_wrist"]] = (5.0, 5.0, -5.0)
    used = PoseRenderer(settings)
    earlier = [(far, "word " * 120), (POSES["lying_on_back"], "一个人 🙌 lying down"), (POSES["squat"], "squat")]
    for i, (pose, caption) in enumerate(earlier):
        used.render(pose, caption, tmp_path / f"earlier{i}.png")
    used.render(POSES["standing"], "", tmp_path / "used.png")
    PoseRenderer(settings).render(POSES["standing"], "", tmp_path / "fresh.png")
    assert (tmp_path / "used.png").read_bytes() == (tmp_path / "fresh.png").read_bytes()
    assert np.array_equal(pixels(tmp_path / "used.png"), np.asarray(used.draw(POSES["standing"], "").convert("RGB")))


def test_caption_changes_the_picture(tmp_path, small_renderer):
    small_renderer.render(POSES["standing"], "standing", tmp_path / "a.png")
    small_renderer.render(POSES["standing"], "standing still", tmp_path / "b.png")
    assert not np.array_equal(pixels(tmp_path / "a.png"), pixels(tmp_path / "b.png"))


def test_limbs_outside_the_world_box_stay_in_their_panel(tmp_path):
    # Level camera, so moving a joint along x changes only the front panel's drawing.
    settings = RenderSettings(width=400, height=300, views=("front", "side"), elevation_deg=0, show_labels=False)
    renderer = PoseRenderer(settings)
    far_left, far_up = POSES["t_pose"].copy(), POSES["t_pose"].copy()
    far_left[JOINT["left_wrist"], 0] = 5.0  # leaves the front panel on its right edge
    far_up[JOINT["right_wrist"], 1] = 5.0  # leaves both panels at the top, under the caption
    reference = renderer.draw(POSES["t_pose"], "")
    moved_left = np.asarray(renderer.draw(far_left, ""))
    moved_up = np.asarray(renderer.draw(far_up, ""))
    reference = np.asarray(reference)
    assert not np.array_equal(moved_left[:, :200], reference[:, :200])
    assert np.array_equal(moved_left[:, 200:], reference[:, 200:])
    caption_bottom = renderer.caption_box[3]
    assert not np.array_equal(moved_up, reference)
    assert np.array_equal(moved_up[:caption_bottom], reference[:caption_bottom])


def test_same_scale_for_every_pose():
    # A pose lifted 0.5 m must appear 0.5 m higher, not be refitted to the frame.
    renderer = PoseRenderer(RenderSettings(width=320, height=320, show_labels=False, views=("front",)))
    low = renderer.draw(POSES["standing"], "")
    high = renderer.draw(POSES["standing"] + (0, 0.5, 0), "")
    rows_low = np.nonzero((np.asarray(low) == render_module._LEFT).any(axis=1))[0]
    rows_high = np.nonzero((np.asarray(high) == render_module._LEFT).any(axis=1))[0]
    scale = renderer.views[0].scale * math.cos(math.radians(SMALL.elevation_deg))
    assert rows_low.min() - rows_high.min() == pytest.approx(0.5 * scale, abs=2)


def test_rejects_bad_joint_arrays(small_renderer, tmp_path):
    with pytest.raises(ValueError):
        small_renderer.render(np.zeros((21, 3)), "", tmp_path / "p.png")
    bad = POSES["standing"].copy()
    bad[3, 1] = np.nan
    with pytest.raises(ValueError):
        small_renderer.render(bad, "", tmp_path / "p.png")
    assert not list(tmp_path.iterdir())


def test_contact_sheet_writes_one_png(tmp_path):
    items = [(pose, f"{name}: " + "a fairly long caption " * 4) for name, pose in POSES.items()] * 2
    path = tmp_path / "sheet.png"
    contact_sheet(items, path, columns=5, thumb_size=120)
    assert [p.name for p in tmp_path.iterdir()] == ["sheet.png"]
    info = read_png_info(path)
    assert (info["width"], info["height"]) == (5 * 120, 3 * 120)
    assert pixels(path)[:120, :120].std() > 0  # first cell has a drawing


def drawn_rows(image: Image.Image, slots) -> np.ndarray:
    return np.nonzero(np.isin(np.asarray(image), list(slots)).any(axis=1))[0]


BODY_SLOTS = (render_module._LEFT, render_module._RIGHT, render_module._CENTER) + (
    render_module._LEFT_FAR, render_module._RIGHT_FAR, render_module._CENTER_FAR
)


def test_default_view_is_the_three_quarter_perspective_and_the_body_fills_the_frame():
    assert RenderSettings().views == ("three_quarter",)
    renderer = PoseRenderer(RenderSettings(width=400, height=400, show_labels=False))
    rows = drawn_rows(renderer.draw(POSES["t_pose"], "a person in a T-pose"), BODY_SLOTS)
    # A standing body (feet to the top of the head) takes over half of the picture's height.
    assert (rows.max() - rows.min()) / 400 > 0.5
    # Perspective: of two equal bones, the one nearer the camera is drawn longer.
    camera = renderer.views[0]
    near, far = np.array([[0.3, 1.0, 0.6], [0.3, 1.3, 0.6]]), np.array([[0.3, 1.0, -0.6], [0.3, 1.3, -0.6]])
    length = lambda points: np.linalg.norm(np.diff(camera.project(points)[0], axis=0))  # noqa: E731
    assert length(near) > 1.1 * length(far)


def test_every_pose_gets_the_same_camera():
    # Lifting a pose moves its picture by the camera's own projection: nothing is refitted.
    renderer = PoseRenderer(RenderSettings(width=400, height=400, show_labels=False))
    camera = renderer.views[0]
    head = POSES["standing"][JOINT["head"]]
    top = drawn_rows(renderer.draw(POSES["standing"], ""), [render_module._CENTER]).min()
    for lift in (0.2, 0.4):
        lifted = drawn_rows(renderer.draw(POSES["standing"] + (0, lift, 0), ""), [render_module._CENTER]).min()
        rows = camera.project(np.array([head, head + (0, lift, 0)]))[0][:, 1]
        assert top - lifted == pytest.approx(rows[0] - rows[1], abs=3)


def test_limbs_behind_the_body_are_lighter_and_limbs_in_front_stronger():
    renderer = PoseRenderer(RenderSettings(width=400, height=400, show_labels=False))
    toward = renderer.views[0].level_toward  # towards the camera, level with the floor
    arm = [JOINT["right_elbow"], JOINT["right_wrist"]]
    ahead, behind = POSES["t_pose"].copy(), POSES["t_pose"].copy()
    ahead[arm] += 0.4 * toward  # the right arm moved towards the camera
    behind[arm] -= 0.4 * toward  # and away from it
    right = (render_module._RIGHT, render_module._RIGHT_FAR)
    # The arm's pixels: above the pelvis and left of the spine on screen (no legs).
    pelvis_x, pelvis_y = renderer.views[0].project(POSES["t_pose"][:1])[0][0]
    region = (slice(0, round(pelvis_y)), slice(0, round(pelvis_x) - 20))
    drawn_ahead, drawn_behind = (np.asarray(renderer.draw(pose, ""))[region] for pose in (ahead, behind))
    # Stronger lines in front: perspective alone gives about 1.4 times the pixels here.
    assert np.isin(drawn_ahead, right).sum() > 1.5 * np.isin(drawn_behind, right).sum()
    assert (drawn_behind == render_module._RIGHT_FAR).sum() > 0.8 * np.isin(drawn_behind, right).sum()
    assert (drawn_ahead == render_module._RIGHT_FAR).sum() < 0.2 * np.isin(drawn_ahead, right).sum()


def test_feet_on_the_floor_cast_a_contact_patch():
    renderer = PoseRenderer(RenderSettings(width=400, height=400, show_labels=False))
    standing = np.asarray(renderer.draw(POSES["standing"], ""))
    jumping = np.asarray(renderer.draw(POSES["standing"] + (0, 0.3, 0), ""))
    assert (standing == render_module._CONTACT).sum() > 20
    assert (jumping == render_module._CONTACT).sum() == 0


def test_captions_in_other_scripts_use_a_font_that_has_their_glyphs():
    primary = render_text.caption_font(20)
    if render_text.fallback_path("人") is None:
        pytest.skip("no font with CJK glyphs on this system (Debian/Ubuntu: apt install fonts-noto-cjk)")
    assert render_text.missing_glyphs("一个人举起双手 A person") == ""
    # Boxes would all look alike: real glyphs differ from each other.
    person, two = render_text.word_tile(primary, "人"), render_text.word_tile(primary, "二")
    assert np.asarray(person[0]).tobytes() != np.asarray(two[0]).tobytes()
    # Latin text keeps the caption font.
    assert render_text._font_for(primary, "A") is primary
