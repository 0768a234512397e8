"""Fast PNG pictures of 22-joint poses: one renderer per process, one file per pose.

The default view, ``three_quarter``, looks at the person from the front-left and a
little above, in perspective, over a floor grid; the skeleton's shadow and a dark
contact patch under every joint that touches the floor tie the body to the ground,
and limbs are drawn far to near, the nearer ones with stronger lines and the ones
behind the body in a lighter shade, so leaning, bowing, lunging and lying read at
a glance. ``front`` and ``side`` are orthographic views for measuring.

The renderer projects the skeleton itself and draws with Pillow straight into a
small-palette ("P" mode) image. Everything that does not depend on the pose (floor
grid, view labels, legend) is drawn once into a background that each picture
starts from, so a picture costs little more than its PNG encoding: one canvas is
reused, only what the last picture changed is put back, and caption words are
pasted from tiles remembered across pictures. Every pose of a run is drawn with
the same camera and scale, so pictures compare; the camera frames a standing body
with raised hands, and limbs beyond the frame are clipped at the panel edge, never
rescaled.
"""

from __future__ import annotations

import math
import os
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageDraw

from posegen.png_file import png_bytes, read_png_info, save_png
from posegen.render_camera import FLOOR_GRID_STEP, FLOOR_HALF_EXTENT, make_camera
from posegen.render_text import BACKGROUND as _BACKGROUND
from posegen.render_text import INK as _INK
from posegen.render_text import TEXT_GREYS, caption_font, text_length, text_strip, word_tile, wrap_caption
from posegen.skeleton import CHAINS, NUM_JOINTS, PARENTS, side_of

__all__ = ["PoseRenderer", "RenderSettings", "contact_sheet", "read_png_info", "save_png", "wrap_caption"]

CAPTION_MAX_LINES = 3

# Sizes in metres, converted to pixels by the camera's scale at each joint.
BONE_WIDTH_M = 0.028
JOINT_RADIUS_M = 0.022
HEAD_RADIUS_M = 0.09
CONTACT_HEIGHT_M = 0.06  # a joint this close to the floor touches it
CONTACT_RADIUS_M = 0.075
# Depth cues: nearness runs from -1 (this far behind the pelvis) to 1 (this far in front).
DEPTH_RANGE_M = 0.45
DEPTH_EMPHASIS = 0.4  # lines and joints grow by this share when nearest, shrink as much when furthest
FAR_SHADE_BELOW = -0.25  # bones further back than this nearness take the lighter shade
_HEAD = 15

_BONES = tuple((parent, child) for child, parent in enumerate(PARENTS) if parent >= 0)

VIEWS = ("three_quarter", "front", "side")
_VIEW_LABELS = {
    "three_quarter": "three-quarter view, from the front-left",
    "front": "front view",
    "side": "side view, from the person's left",
}

# Palette slots (16 colours keep the PNG at 4 bits per pixel): background, floor grid,
# skeleton shadow, contact patch, ink; each side's colour near and far; then the
# greys that antialiased text needs (posegen.render_text).
_GRID, _SHADOW, _CONTACT = 1, 2, 3
_LEFT, _LEFT_FAR, _RIGHT, _RIGHT_FAR, _CENTER, _CENTER_FAR = range(5, 11)
_SIDE_SLOTS = {"left": (_LEFT, _LEFT_FAR), "right": (_RIGHT, _RIGHT_FAR), "center": (_CENTER, _CENTER_FAR)}
_JOINT_SLOTS = tuple(_SIDE_SLOTS[side_of(joint)] for joint in range(NUM_JOINTS))


@dataclass(frozen=True)
class RenderSettings:
    width: int = 1200
    height: int = 1200
    dpi: int = 150
    views: tuple[str, ...] = ("three_quarter",)
    left_color: str = "#d62728"
    right_color: str = "#1f77b4"
    center_color: str = "#444444"
    background: str = "#ffffff"
    palette: bool = True
    elevation_deg: float = 20.0  # the front and side cameras look down this much, so the floor shows
    azimuth_deg: float = 35.0  # the three-quarter camera's turn from the front towards the person's left
    perspective_elevation_deg: float = 15.0  # and how much it looks down
    show_labels: bool = True  # view names and a left/right legend in the panels' top corners

    def __post_init__(self) -> None:
        unknown = [v for v in self.views if v not in VIEWS]
        if not self.views or unknown:
            raise ValueError(f"views must be taken from {list(VIEWS)}, got {self.views!r}")
        if self.width < 64 or self.height < 64:
            raise ValueError("width and height must be at least 64 pixels")


def _rgb(color: str) -> tuple[int, int, int]:
    text = color.lstrip("#")
    if len(text) != 6:
        raise ValueError(f"colours are '#rrggbb' strings, got {color!r}")
    return tuple(int(text[i : i + 2], 16) for i in (0, 2, 4))


def _blend(a: tuple[int, ...], b: tuple[int, ...], t: float) -> tuple[int, ...]:
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b))


def _palette(settings: RenderSettings) -> list[int]:
    background = _rgb(settings.background)
    ink = (34, 34, 34)
    left, right, center = (_rgb(c) for c in (settings.left_color, settings.right_color, settings.center_color))
    colors = [
        background,
        _blend(background, ink, 0.16),  # grid
        _blend(background, ink, 0.09),  # shadow: lighter than the grid but thick
        _blend(background, ink, 0.32),  # contact patch
        ink,
        left,
        _blend(left, background, 0.5),
        right,
        _blend(right, background, 0.5),
        center,
        _blend(center, background, 0.5),
    ]
    colors += [_blend(background, ink, level / (len(TEXT_GREYS) + 1)) for level in range(1, len(TEXT_GREYS) + 1)]
    return [channel for color in colors for channel in color]


_Box = tuple[int, int, int, int]  # left, top, right, bottom (exclusive) in pixels


def _ink_boxes(image: Image.Image) -> list[_Box]:
    """Boxes around the non-background pixels of `image`, one per run of rows that
    have some (the labels' band, the floor grid)."""
    pixels = np.asarray(image) != _BACKGROUND
    rows = pixels.any(axis=1)
    boxes = []
    edges = np.flatnonzero(np.diff(np.concatenate([[False], rows, [False]]).astype(np.int8)))
    for top, bottom in zip(edges[::2].tolist(), edges[1::2].tolist()):
        columns = np.flatnonzero(pixels[top:bottom].any(axis=0))
        boxes.append((int(columns[0]), top, int(columns[-1]) + 1, bottom))
    return boxes


class PoseRenderer:
    """Draws poses to PNG files. Build once per process (fonts, background, layout);
    not thread-safe: use one renderer per thread."""

    def __init__(self, settings: RenderSettings | None = None):
        self.settings = s = settings or RenderSettings()
        self.palette = _palette(s)
        short_side = min(s.width, s.height)
        pad = max(4, round(0.02 * short_side))
        # Readable on a contact sheet's thumbnails as on a full picture.
        self.caption_font = caption_font(max(13, round(0.03 * short_side)))
        ascent, descent = self.caption_font.getmetrics()
        self.caption_line_height = ascent + descent + max(1, ascent // 6)
        self.caption_box = (pad, pad, s.width - pad, pad + CAPTION_MAX_LINES * self.caption_line_height)

        self.label_font = caption_font(max(10, round(0.02 * short_side)))
        panels_top = self.caption_box[3] + pad // 2
        panels_bottom = s.height - pad
        panel_width = (s.width - pad * (len(s.views) + 1)) / len(s.views)
        self.views = [
            make_camera(
                view,
                (
                    round(pad + i * (panel_width + pad)),
                    panels_top,
                    round(pad + i * (panel_width + pad) + panel_width),
                    panels_bottom,
                ),
                s.elevation_deg,
                s.azimuth_deg,
                s.perspective_elevation_deg,
            )
            for i, view in enumerate(s.views)
        ]
        self.background = self._draw_background()
        self._canvas = self.background.copy()
        self._changed: list[_Box] = []  # boxes of the canvas that differ from the background
        self._background_ink = _ink_boxes(self.background)
        self._words: dict[str, tuple[float, tuple[Image.Image, int, int] | None]] = {}  # caption font: width, tile

    # -- static parts --------------------------------------------------------------

    def _draw_background(self) -> Image.Image:
        s = self.settings
        image = Image.new("P", (s.width, s.height), _BACKGROUND)
        image.putpalette(self.palette)
        ticks = np.arange(-FLOOR_HALF_EXTENT, FLOOR_HALF_EXTENT + 1e-6, FLOOR_GRID_STEP)
        ext = FLOOR_HALF_EXTENT
        for camera in self.views:
            # Drawn on the panel alone, so that a grid in perspective stops at its edges.
            x0, y0, x1, y1 = camera.box
            panel = Image.new("P", (x1 - x0, y1 - y0), _BACKGROUND)
            draw = ImageDraw.Draw(panel)
            grid_width = max(1, round(0.004 * camera.scale))
            for t in ticks:
                for a, b in (((t, 0, -ext), (t, 0, ext)), ((-ext, 0, t), (ext, 0, t))):
                    (p, q), _, _ = camera.project(np.array([a, b]))
                    draw.line([(p[0] - x0, p[1] - y0), (q[0] - x0, q[1] - y0)], fill=_GRID, width=grid_width)
            image.paste(panel, (x0, y0))
        if s.show_labels:
            self._draw_labels(image)
        return image

    def _draw_labels(self, image: Image.Image) -> None:
        """View names in each panel's top-left corner; "● left ● right" in the last
        panel's top-right corner, where a pose inside the world box never reaches."""
        font = self.label_font
        ascent, descent = font.getmetrics()
        line_height = ascent + descent

        def paste_text(text: str, x: float, y: int) -> int:
            strip = text_strip([text], font, math.ceil(text_length(font, text)) + 2, line_height)
            image.paste(strip, (round(x), y))
            return strip.width

        for layout, view in zip(self.views, self.settings.views):
            paste_text(_VIEW_LABELS[view], layout.box[0], layout.box[1])
        draw = ImageDraw.Draw(image)
        radius = max(3, line_height // 4)
        _, top, x, _ = self.views[-1].box
        y_mid = top + (ascent + descent) // 2
        for name, slot in (("right", _RIGHT), ("left", _LEFT)):
            x -= text_length(font, name) + 2
            paste_text(name, x, top)
            x -= 3 * radius
            draw.ellipse([x, y_mid - radius, x + 2 * radius, y_mid + radius], fill=slot, outline=_INK)
            x -= 2 * radius

    # -- per pose ------------------------------------------------------------------

    def draw(self, joints: np.ndarray, caption: str) -> Image.Image:
        """The picture of one pose as a "P"-mode image (a fresh copy every call)."""
        joints = self._checked(joints)
        image = self.background.copy()
        self._draw_pose(image, joints, caption)
        return image

    @staticmethod
    def _checked(joints: np.ndarray) -> np.ndarray:
        joints = np.asarray(joints, dtype=np.float64)
        if joints.shape != (NUM_JOINTS, 3) or not np.isfinite(joints).all():
            raise ValueError(f"joints must be finite and shaped ({NUM_JOINTS}, 3), got {joints.shape}")
        return joints

    def _draw_pose(self, image: Image.Image, joints: np.ndarray, caption: str) -> list[_Box]:
        """Draw one pose and its caption on `image`, which holds the background; return
        boxes that cover every pixel changed."""
        changed = [self._draw_view(image, layout, joints) for layout in self.views]
        x0, y0, x1, _ = self.caption_box
        lines = wrap_caption(caption, self.caption_font, x1 - x0, CAPTION_MAX_LINES)
        changed.append(self._draw_caption(image, lines))
        return [box for box in changed if box[0] < box[2] and box[1] < box[3]]

    def _draw_caption(self, image: Image.Image, lines: Sequence[str]) -> _Box:
        """Centred caption lines from remembered word tiles (see _word_tile); returns the
        box the tiles cover."""
        font = self.caption_font
        x0, y0, x1, _ = self.caption_box
        space = text_length(font, " ")
        words = self._words
        if len(words) > 8192:
            words.clear()
        left, top, right, bottom = image.width, image.height, 0, 0
        for row, line in enumerate(lines):
            entries = []
            for word in line.split(" "):
                entry = words.get(word)
                if entry is None:
                    entry = words[word] = (text_length(font, word), word_tile(font, word))
                entries.append(entry)
            x = x0 + (x1 - x0 - sum(width for width, _ in entries) - space * (len(entries) - 1)) / 2
            y = y0 + row * self.caption_line_height
            for width, tile in entries:
                if tile is not None:
                    tile_image, dx, dy = tile
                    tile_x, tile_y = round(x) + dx, y + dy
                    image.paste(tile_image, (tile_x, tile_y))
                    if tile_x < left:
                        left = tile_x
                    if tile_y < top:
                        top = tile_y
                    if tile_x + tile_image.width > right:
                        right = tile_x + tile_image.width
                    if tile_y + tile_image.height > bottom:
                        bottom = tile_y + tile_image.height
                x += width + space
        return max(0, left), max(0, top), min(image.width, right), min(image.height, bottom)

    def _draw_view(self, image: Image.Image, camera, joints: np.ndarray) -> _Box:
        """Draw one panel's skeleton; returns the box, inside the panel, that it may have changed."""
        n = NUM_JOINTS
        floor = joints * (1.0, 0.0, 1.0)  # each joint's shadow: straight below it on the floor
        pixels, depth, scales = camera.project(np.concatenate([joints, floor]))
        xs, ys = pixels[:, 0].tolist(), pixels[:, 1].tolist()
        depth, scales = depth.tolist(), scales.tolist()
        lo_x, hi_x, lo_y, hi_y = min(xs), max(xs), min(ys), max(ys)
        grow = 1.0 + DEPTH_EMPHASIS
        margin = math.ceil(max(scales) * max(HEAD_RADIUS_M + BONE_WIDTH_M, CONTACT_RADIUS_M) * grow) + 2
        x0, y0, x1, y1 = camera.box
        inside = lo_x >= x0 + margin and hi_x <= x1 - margin and lo_y >= y0 + margin and hi_y <= y1 - margin
        # Far-away coordinates would overflow Pillow's integer drawing.
        limit = 10 * image.width
        if inside:
            xy = list(zip(xs, ys))
        else:
            xy = [(min(max(x, -limit), limit), min(max(y, -limit), limit)) for x, y in zip(xs, ys)]
        points, floor_points = xy[:n], xy[n:]
        # Everything drawn lies within `margin` of a joint or its shadow.
        reach_x0 = max(0, math.floor(max(lo_x, -limit)) - margin - 1)
        reach_y0 = max(0, math.floor(max(lo_y, -limit)) - margin - 1)
        reach_x1 = min(image.width, math.ceil(min(hi_x, limit)) + margin + 2)
        reach_y1 = min(image.height, math.ceil(min(hi_y, limit)) + margin + 2)
        kept = []
        if not inside:
            # A limb or a foot near the floor's front edge comes close to the panel's
            # edge or leaves it. Keep what lies outside the panel within reach of the
            # drawing and put it back afterwards, so nothing spills into the caption or
            # a neighbouring panel (cheaper than drawing on a crop of the whole panel).
            outside = (
                (reach_x0, reach_y0, reach_x1, y0),  # above the panel
                (reach_x0, y1, reach_x1, reach_y1),  # below
                (reach_x0, max(reach_y0, y0), x0, min(reach_y1, y1)),  # left
                (x1, max(reach_y0, y0), reach_x1, min(reach_y1, y1)),  # right
            )
            kept = [(image.crop(box), box[:2]) for box in outside if box[0] < box[2] and box[1] < box[3]]
        draw = ImageDraw.Draw(image)
        shadow_width = max(2, round(BONE_WIDTH_M * camera.scale))
        for chain in CHAINS.values():  # one polyline per chain: the same pixels as bone by bone
            draw.line([floor_points[j] for j in chain], fill=_SHADOW, width=shadow_width)
        squash = camera.floor_squash
        for joint in range(n):
            if joints[joint, 1] < CONTACT_HEIGHT_M:  # touches the floor: a dark patch under it
                x, y = floor_points[joint]
                rx = CONTACT_RADIUS_M * scales[n + joint]
                ry = max(1.0, rx * squash)
                draw.ellipse([x - rx, y - ry, x + rx, y + ry], fill=_CONTACT)
        # Nearness to the camera, relative to the pelvis, from -1 (behind) to 1 (in front),
        # measured level with the floor: with the camera above, feet are further from
        # it than hips, but they should not look further back.
        level = ((joints - joints[0]) @ camera.level_toward / DEPTH_RANGE_M).tolist()
        near = [min(1.0, max(-1.0, d)) for d in level]
        # Painter's order: bones further from the camera first, each joint's disc over
        # its bones. A joint is drawn once, with the last of its bones in that order.
        key = [depth[parent] + depth[child] for parent, child in _BONES]
        order = sorted(range(len(_BONES)), key=key.__getitem__)
        last = {}
        for step, bone in enumerate(order):
            parent, child = _BONES[bone]
            last[parent] = last[child] = step
        for step, bone in enumerate(order):
            parent, child = _BONES[bone]
            nearness = (near[parent] + near[child]) / 2
            width = max(2, round(BONE_WIDTH_M * (scales[parent] + scales[child]) / 2 * (1 + DEPTH_EMPHASIS * nearness)))
            far = nearness < FAR_SHADE_BELOW
            draw.line([points[parent], points[child]], fill=_JOINT_SLOTS[child][far], width=width)
            for joint in (parent, child):
                if last[joint] != step:
                    continue
                x, y = points[joint]
                size = scales[joint] * (1 + DEPTH_EMPHASIS * near[joint])
                joint_far = near[joint] < FAR_SHADE_BELOW
                slot = _JOINT_SLOTS[joint][joint_far]
                if joint == _HEAD:
                    h = max(3.0, HEAD_RADIUS_M * size)
                    draw.ellipse([x - h, y - h, x + h, y + h], fill=_BACKGROUND, outline=slot, width=width)
                else:
                    r = max(2.0, JOINT_RADIUS_M * size, width / 2 + 1)
                    draw.ellipse([x - r, y - r, x + r, y + r], fill=slot, outline=slot if joint_far else _INK)
        for strip, corner in kept:
            image.paste(strip, corner)
        return max(reach_x0, x0), max(reach_y0, y0), min(reach_x1, x1), min(reach_y1, y1)

    def render(
        self,
        joints: np.ndarray,
        caption: str,
        path: str | os.PathLike,
        metadata: dict[str, str] | None = None,
    ) -> None:
        """Write the picture of one pose to `path` as a PNG, whatever its extension."""
        data = self.png(joints, caption, metadata)
        with open(path, "wb") as out:
            out.write(data)

    def png(self, joints: np.ndarray, caption: str, metadata: dict[str, str] | None = None) -> bytes:
        """The picture of one pose as the bytes of a PNG file."""
        joints = self._checked(joints)
        # One canvas per renderer: only what the last picture changed is put back from
        # the background, rather than copying a fresh 1.4 MB image per pose.
        canvas = self._canvas
        for box in self._changed:
            # Background colour, then the background's grid and labels where they meet the box.
            canvas.paste(_BACKGROUND, box)
            for ink in self._background_ink:
                part = (max(box[0], ink[0]), max(box[1], ink[1]), min(box[2], ink[2]), min(box[3], ink[3]))
                if part[0] < part[2] and part[1] < part[3]:
                    canvas.paste(self.background.crop(part), part[:2])
        self._changed = [(0, 0, canvas.width, canvas.height)]  # until drawing has finished
        self._changed = self._draw_pose(canvas, joints, caption)
        return png_bytes(canvas, self.settings.dpi, metadata, palette=self.settings.palette)


def contact_sheet(
    items: Sequence[tuple[np.ndarray, str]],
    path: str | os.PathLike,
    columns: int = 8,
    thumb_size: int = 360,
    dpi: int = 100,
    views: tuple[str, ...] = ("three_quarter",),
) -> None:
    """One PNG with a grid of small drawings (each in the given views, side by side), each under its caption."""
    if not items:
        raise ValueError("a contact sheet needs at least one pose")
    columns = max(1, min(columns, len(items)))
    rows = math.ceil(len(items) / columns)
    width = thumb_size * len(views)
    renderer = PoseRenderer(
        RenderSettings(width=width, height=thumb_size, dpi=dpi, show_labels=len(views) > 1, views=tuple(views))
    )
    sheet = Image.new("P", (columns * width, rows * thumb_size), _BACKGROUND)
    sheet.putpalette(renderer.palette)
    for index, (joints, caption) in enumerate(items):
        row, column = divmod(index, columns)
        sheet.paste(renderer.draw(joints, caption), (column * width, row * thumb_size))
    draw = ImageDraw.Draw(sheet)
    for column in range(1, columns):
        draw.line([(column * width, 0), (column * width, sheet.height)], fill=_INK)
    for row in range(1, rows):
        draw.line([(0, row * thumb_size), (sheet.width, row * thumb_size)], fill=_INK)
    save_png(sheet, path, dpi)
