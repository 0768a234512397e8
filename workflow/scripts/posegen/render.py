"""Fast PNG pictures of 22-joint poses: one renderer per process, one file per pose.

The renderer projects the skeleton itself (orthographic, the camera tilted down a
little so the floor shows) and draws with Pillow straight into a small-palette
("P" mode) image. Everything that does not depend on the pose (floor grid, view
labels, legend) is drawn once into a background that each picture starts from, so
a picture costs little more than its PNG encoding: one canvas is reused, only
what the last picture changed is put back, and caption words are pasted from
tiles remembered across pictures. Every pose is drawn with the same camera and
scale so pictures compare; limbs beyond the fixed world box are clipped at the
panel edge, never rescaled.
"""

from __future__ import annotations

import math
import os
import struct
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from posegen.skeleton import CHAINS, NUM_JOINTS, PARENTS, side_of

# Fixed world box (metres) every pose is drawn in; see the module docstring.
FLOOR_HALF_EXTENT = 1.0
HEIGHT_RANGE = (-0.05, 2.3)
FLOOR_GRID_STEP = 0.25
# zlib's run-length strategy suits flat-colour drawings: as small as level 6 of the
# default strategy and about twice as fast (measured with bench_render.py).
PNG_COMPRESS_LEVEL = 6
CAPTION_MAX_LINES = 3
ELLIPSIS = "\u2026"

# Sizes in metres, converted to pixels with each layout's scale.
BONE_WIDTH_M = 0.028
JOINT_RADIUS_M = 0.022
HEAD_RADIUS_M = 0.09
_HEAD = 15

_BONES = tuple((parent, child) for child, parent in enumerate(PARENTS) if parent >= 0)

# View name -> (screen-right direction, towards-camera direction), both in the floor plane.
# front: camera on +z looking at -z, so the person's left (+x) is on the viewer's right.
# side: camera on the person's left (+x) looking at -x, so the person faces the viewer's left.
_VIEW_AXES = {
    "front": ((1.0, 0.0, 0.0), (0.0, 0.0, 1.0)),
    "side": ((0.0, 0.0, -1.0), (1.0, 0.0, 0.0)),
}
_VIEW_LABELS = {
    "front": "front view",
    "side": "side view, from the person's left",
}

# Palette slots. 7 grey levels from background to ink let antialiased text survive the
# palette; 12 colours in all keep the PNG at 4 bits per pixel.
_BACKGROUND, _GRID, _SHADOW, _LEFT, _RIGHT, _CENTER, _INK = range(7)
_TEXT_RAMP = (_BACKGROUND, 7, 8, 9, 10, 11, _INK)
_SIDE_SLOT = {"left": _LEFT, "right": _RIGHT, "center": _CENTER}
_JOINT_SLOT = tuple(_SIDE_SLOT[side_of(joint)] for joint in range(NUM_JOINTS))


@dataclass(frozen=True)
class RenderSettings:
    width: int = 1200
    height: int = 1200
    dpi: int = 150
    views: tuple[str, ...] = ("front",)
    left_color: str = "#d62728"
    right_color: str = "#1f77b4"
    center_color: str = "#444444"
    background: str = "#ffffff"
    palette: bool = True
    elevation_deg: float = 20.0  # camera looking down this much, so the floor shows
    show_labels: bool = True  # view names and a left/right legend in the panels' top corners

    def __post_init__(self) -> None:
        unknown = [v for v in self.views if v not in _VIEW_AXES]
        if not self.views or unknown:
            raise ValueError(f"views must be taken from {sorted(_VIEW_AXES)}, got {self.views!r}")
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
    colors = [
        background,
        _blend(background, ink, 0.16),  # grid
        _blend(background, ink, 0.09),  # shadow: lighter than the grid but thick
        _rgb(settings.left_color),
        _rgb(settings.right_color),
        _rgb(settings.center_color),
        ink,
    ]
    colors += [_blend(background, ink, level / 6) for level in range(1, 6)]
    return [channel for color in colors for channel in color]


# Maps an antialiased 8-bit text mask to the palette's grey ramp.
_TEXT_LUT = [_TEXT_RAMP[round(v * (len(_TEXT_RAMP) - 1) / 255)] for v in range(256)]
_TEXT_TABLE = bytes(_TEXT_LUT)


@lru_cache(maxsize=8)
def _font(size: int) -> ImageFont.FreeTypeFont:
    # DejaVu Sans ships with matplotlib, so it exists wherever this package runs.
    # Glyphs it lacks (CJK, emoji) come out as boxes. BASIC layout gives identical
    # pictures whether or not libraqm is installed.
    from matplotlib import font_manager

    path = font_manager.findfont("DejaVu Sans", fallback_to_default=True)
    return ImageFont.truetype(path, size, layout_engine=ImageFont.Layout.BASIC)


@lru_cache(maxsize=16384)
def _length(font: ImageFont.FreeTypeFont, text: str) -> float:
    """Advance width of `text`, remembered: captions repeat their words a lot.

    A longer text's width is the sum of its characters' (as _word_tile places them),
    which skips FreeType laying out every new word; kerning, which the basic layout
    would add, is a small fraction of a pixel per pair with the bundled font."""
    if len(text) == 1:
        return font.getlength(text)
    return sum(_length(font, char) for char in text)


@lru_cache(maxsize=2048)
def _glyph(font: ImageFont.FreeTypeFont, char: str) -> tuple[np.ndarray, Image.Image, int, int] | None:
    """One character's antialiased mask cropped to its ink, the same as a palette-index
    tile, and their offset from the pen position (left edge, top of the line); None for
    a character without ink."""
    pad = math.ceil(font.size)  # room for glyphs reaching beyond their advance or the ascent
    ascent, descent = font.getmetrics()
    mask = Image.new("L", (math.ceil(_length(font, char)) + 2 * pad, ascent + descent + 2 * pad), 0)
    ImageDraw.Draw(mask).text((pad, pad), char, fill=255, font=font)
    ink = mask.getbbox()
    if ink is None:
        return None
    mask = mask.crop(ink)
    tile = Image.frombytes("P", mask.size, mask.tobytes().translate(_TEXT_TABLE))
    return np.asarray(mask), tile, ink[0] - pad, ink[1] - pad


@lru_cache(maxsize=4096)
def _word_tile(font: ImageFont.FreeTypeFont, word: str) -> tuple[Image.Image, int, int] | None:
    """One word as a palette-index tile cropped to its ink, and the tile's offset from
    the pen position (left edge, top of the line); None when the word leaves no ink.

    Remembered, so a caption costs a few pastes instead of rasterising every glyph
    again. A new word is put together from remembered glyphs, each at the pen position
    that FreeType's own basic layout would give it (hinted advances are whole pixels),
    overlaps keeping the darker value as FreeType does."""
    pieces = []
    pen = 0.0
    for char in word:
        glyph = _glyph(font, char)
        if glyph is not None:
            mask, tile, dx, dy = glyph
            pieces.append((mask, tile, round(pen) + dx, dy))
        pen += _length(font, char)
    if not pieces:
        return None
    left = min(piece[2] for piece in pieces)
    top = min(piece[3] for piece in pieces)
    right = max(x + tile.width for _, tile, x, _ in pieces)
    bottom = max(y + tile.height for _, tile, _, y in pieces)
    size = (right - left, bottom - top)
    if all(a[2] + a[1].width <= b[2] for a, b in zip(pieces, pieces[1:])):
        # Glyphs side by side, left to right (the usual case): paste their tiles.
        word_tile = Image.new("P", size, _BACKGROUND)
        for _, tile, x, y in pieces:
            word_tile.paste(tile, (x - left, y - top))
        return word_tile, left, top
    ink = np.zeros((size[1], size[0]), dtype=np.uint8)
    for mask, _, x, y in pieces:
        area = ink[y - top : y - top + mask.shape[0], x - left : x - left + mask.shape[1]]
        np.maximum(area, mask, out=area)
    return Image.frombytes("P", size, ink.tobytes().translate(_TEXT_TABLE)), left, top


def wrap_caption(text: str, font: ImageFont.FreeTypeFont, max_width: float, max_lines: int) -> list[str]:
    """Greedy word wrap by pixel width; words wider than a line break anywhere (CJK has
    no spaces); text beyond max_lines is cut with an ellipsis."""
    # Summed word widths skip kerning across spaces; a 2 % margin absorbs that and
    # saves measuring every growing line (the caption changes with every picture).
    budget = 0.98 * max_width
    space = _length(font, " ")
    lines: list[str] = []
    current, current_width = "", 0.0
    if not text.isprintable():
        text = "".join(ch if ch.isprintable() else " " for ch in text)
    for word in text.split():
        width = _length(font, word)
        if current and current_width + space + width <= budget:
            current, current_width = f"{current} {word}", current_width + space + width
            continue
        if current:
            lines.append(current)
        current, current_width = word, width
        if width > budget:  # too wide alone (CJK has no spaces): break between any characters
            current, current_width = "", 0.0
            for ch in word:
                ch_width = _length(font, ch)
                if current and current_width + ch_width > budget:
                    lines.append(current)
                    current, current_width = "", 0.0
                    if len(lines) > max_lines:
                        break
                current, current_width = current + ch, current_width + ch_width
        if len(lines) > max_lines:
            break
    if current:
        lines.append(current)
    if len(lines) <= max_lines:
        return lines
    last = lines[max_lines - 1]
    while last and font.getlength(last + ELLIPSIS) > max_width:
        last = last[:-1]
    return lines[: max_lines - 1] + [last.rstrip() + ELLIPSIS]


def _text_strip(lines: Sequence[str], font: ImageFont.FreeTypeFont, width: int, line_height: int) -> Image.Image:
    """Centred antialiased lines as a palette-index image (background where empty)."""
    mask = Image.new("L", (width, max(1, line_height * len(lines))), 0)
    draw = ImageDraw.Draw(mask)
    for row, line in enumerate(lines):
        x = (width - font.getlength(line)) / 2
        draw.text((x, row * line_height), line, fill=255, font=font)
    return Image.frombytes("P", mask.size, mask.point(_TEXT_LUT).tobytes())


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


class _ViewLayout:
    """Orthographic camera for one panel: world (x, y, z) -> pixel (px, py) and depth."""

    def __init__(self, view: str, box: tuple[int, int, int, int], elevation_deg: float):
        self.box = box
        right, toward = (np.array(a, dtype=np.float64) for a in _VIEW_AXES[view])
        tilt = math.radians(elevation_deg)
        up = np.array([0.0, 1.0, 0.0])
        # Camera looking down by `tilt`: points nearer the camera sit lower on screen.
        self.screen_up = up * math.cos(tilt) - toward * math.sin(tilt)
        self.toward_camera = toward * math.cos(tilt) + up * math.sin(tilt)
        self.screen_right = right
        floor = np.array([1.0, 0.0, 1.0])  # a shadow is its joint with y = 0
        self.axes = np.column_stack(
            [self.screen_right, self.screen_up, self.toward_camera, self.screen_right * floor, self.screen_up * floor]
        )
        ext = FLOOR_HALF_EXTENT
        low, high = HEIGHT_RANGE
        v_min = low * math.cos(tilt) - ext * math.sin(tilt)
        v_max = high * math.cos(tilt) + ext * math.sin(tilt)
        x0, y0, x1, y1 = box
        self.scale = min((x1 - x0) / (2 * ext), (y1 - y0) / (v_max - v_min))
        self.center_x = (x0 + x1) / 2
        # Floor at the bottom of the panel; spare height stays above the head.
        self.center_y = y1 + v_min * self.scale

    def project(self, points: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(n, 3) world points -> (n, 2) pixel coordinates and (n,) depth towards the camera."""
        pixels = np.empty((len(points), 2))
        pixels[:, 0] = self.center_x + (points @ self.screen_right) * self.scale
        pixels[:, 1] = self.center_y - (points @ self.screen_up) * self.scale
        return pixels, points @ self.toward_camera

    def project_with_shadows(self, joints: np.ndarray) -> tuple[list[float], list[float], list[float]]:
        """project() for the joints followed by their shadows on the floor (y = 0), as
        lists of px, py and the joints' depth: one matrix product, the rest in Python,
        which is faster than several NumPy calls for a few dozen points."""
        cx, cy, scale = self.center_x, self.center_y, self.scale
        right, up, depth, shadow_right, shadow_up = (joints @ self.axes).T.tolist()
        xs = [cx + a * scale for a in right + shadow_right]
        ys = [cy - b * scale for b in up + shadow_up]
        return xs, ys, depth


class PoseRenderer:
    """Draws poses to PNG files. Build once per process (fonts, background, layout);
    not thread-safe: use one renderer per thread."""

    def __init__(self, settings: RenderSettings | None = None):
        self.settings = s = settings or RenderSettings()
        self.palette = _palette(s)
        short_side = min(s.width, s.height)
        pad = max(4, round(0.02 * short_side))
        self.caption_font = _font(max(11, round(0.026 * short_side)))
        ascent, descent = self.caption_font.getmetrics()
        self.caption_line_height = ascent + descent + max(1, ascent // 6)
        self.caption_box = (pad, pad, s.width - pad, pad + CAPTION_MAX_LINES * self.caption_line_height)

        self.label_font = _font(max(10, round(0.02 * short_side)))
        panels_top = self.caption_box[3] + pad // 2
        panels_bottom = s.height - pad
        panel_width = (s.width - pad * (len(s.views) + 1)) / len(s.views)
        self.views = [
            _ViewLayout(
                view,
                (
                    round(pad + i * (panel_width + pad)),
                    panels_top,
                    round(pad + i * (panel_width + pad) + panel_width),
                    panels_bottom,
                ),
                s.elevation_deg,
            )
            for i, view in enumerate(s.views)
        ]
        scale = self.views[0].scale  # the same for every panel: they have the same size
        self.bone_width = max(2, round(BONE_WIDTH_M * scale))
        self.joint_radius = max(2, round(JOINT_RADIUS_M * scale), self.bone_width // 2 + 1)
        self.head_radius = max(self.joint_radius + 1, round(HEAD_RADIUS_M * scale))
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
        draw = ImageDraw.Draw(image)
        ticks = np.arange(-FLOOR_HALF_EXTENT, FLOOR_HALF_EXTENT + 1e-6, FLOOR_GRID_STEP)
        ext = FLOOR_HALF_EXTENT
        grid_width = max(1, round(0.004 * self.views[0].scale))
        for layout in self.views:
            for t in ticks:
                for a, b in (((t, 0, -ext), (t, 0, ext)), ((-ext, 0, t), (ext, 0, t))):
                    (p, q), _ = layout.project(np.array([a, b]))
                    draw.line([tuple(p), tuple(q)], fill=_GRID, width=grid_width)
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
            strip = _text_strip([text], font, math.ceil(font.getlength(text)) + 2, line_height)
            image.paste(strip, (round(x), y))
            return strip.width

        for layout, view in zip(self.views, self.settings.views):
            paste_text(_VIEW_LABELS[view], layout.box[0], layout.box[1])
        draw = ImageDraw.Draw(image)
        radius = max(3, line_height // 4)
        _, top, x, _ = self.views[-1].box
        y_mid = top + (ascent + descent) // 2
        for name, slot in (("right", _RIGHT), ("left", _LEFT)):
            x -= font.getlength(name) + 2
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
        space = _length(font, " ")
        words = self._words
        if len(words) > 8192:
            words.clear()
        left, top, right, bottom = image.width, image.height, 0, 0
        for row, line in enumerate(lines):
            entries = []
            for word in line.split(" "):
                entry = words.get(word)
                if entry is None:
                    entry = words[word] = (_length(font, word), _word_tile(font, word))
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

    def _draw_view(self, image: Image.Image, layout: _ViewLayout, joints: np.ndarray) -> _Box:
        """Draw one panel's skeleton; returns the box, inside the panel, that it may have changed."""
        xs, ys, depth = layout.project_with_shadows(joints)
        lo_x, hi_x, lo_y, hi_y = min(xs), max(xs), min(ys), max(ys)
        margin = self.head_radius + self.bone_width
        x0, y0, x1, y1 = layout.box
        inside = lo_x >= x0 + margin and hi_x <= x1 - margin and lo_y >= y0 + margin and hi_y <= y1 - margin
        # Far-away coordinates would overflow Pillow's integer drawing.
        limit = 10 * image.width
        if inside:
            xy = list(zip(xs, ys))
        else:
            xy = [(min(max(x, -limit), limit), min(max(y, -limit), limit)) for x, y in zip(xs, ys)]
        points, floor_points = xy[:NUM_JOINTS], xy[NUM_JOINTS:]
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
        width = self.bone_width
        for chain in CHAINS.values():  # one polyline per chain: the same pixels as bone by bone
            draw.line([floor_points[j] for j in chain], fill=_SHADOW, width=width)
        # Painter's order: bones further from the camera first, each joint's disc over
        # its bones. A joint is drawn once, with the last of its bones in that order:
        # drawing it again with each earlier bone would give the same pixels.
        key = [depth[parent] + depth[child] for parent, child in _BONES]
        order = sorted(range(len(_BONES)), key=key.__getitem__)
        last = {}
        for step, bone in enumerate(order):
            parent, child = _BONES[bone]
            last[parent] = last[child] = step
        r, h = self.joint_radius, self.head_radius
        for step, bone in enumerate(order):
            parent, child = _BONES[bone]
            a, b = points[parent], points[child]
            draw.line([a, b], fill=_JOINT_SLOT[child], width=width)
            for joint, (x, y) in ((parent, a), (child, b)):
                if last[joint] != step:
                    continue
                if joint == _HEAD:
                    draw.ellipse([x - h, y - h, x + h, y + h], fill=_BACKGROUND, outline=_CENTER, width=width)
                else:
                    draw.ellipse([x - r, y - r, x + r, y + r], fill=_JOINT_SLOT[joint], outline=_INK)
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
        save_png(canvas, path, self.settings.dpi, metadata, palette=self.settings.palette)


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _text_chunk(key: str, value: str) -> bytes:
    keyword = key.encode("latin-1")
    if not 1 <= len(keyword) <= 79 or b"\0" in keyword:
        raise ValueError(f"PNG text keys are 1-79 Latin-1 characters, got {key!r}")
    try:
        return _chunk(b"tEXt", keyword + b"\0" + value.encode("latin-1"))
    except UnicodeEncodeError:  # iTXt: uncompressed UTF-8, no language tag
        return _chunk(b"iTXt", keyword + b"\0\0\0\0\0" + value.encode("utf-8"))


def save_png(
    image: Image.Image,
    path: str | os.PathLike,
    dpi: float,
    metadata: dict[str, str] | None = None,
    palette: bool = True,
) -> None:
    """Write a "P"-mode `image` as an indexed PNG (any extension), its dpi in pHYs and
    `metadata` as text chunks; palette=False stores RGB instead.

    The file is assembled here rather than by Pillow's encoder, which tries five row
    filters on every row that is not all zeros (filters do not help indexed colour)
    and so took twice as long on these pictures as on a blank one.
    """
    if image.mode != "P":
        raise ValueError(f"expected a palette image, got mode {image.mode}")
    colors = image.getpalette() or []
    width, height = image.size
    if palette:
        bit_depth = 4 if len(colors) <= 3 * 16 else 8
        header = struct.pack(">IIBBBBB", width, height, bit_depth, 3, 0, 0, 0)
        rawmode, row_bytes = ("P;4", (width + 1) // 2) if bit_depth == 4 else ("P", width)
    else:
        header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
        image, rawmode, row_bytes = image.convert("RGB"), "RGB", 3 * width
    # Every PNG row starts with its filter byte (0: None). Pillow's raw encoder pads
    # each row at its end to the given stride, so one leading zero byte turns the
    # padding into the next row's filter byte; the last row's padding is dropped.
    # That saves copying the pixels into a separate buffer of rows.
    pixels = memoryview(image.tobytes("raw", rawmode, row_bytes + 1, 1))[:-1]
    compressor = zlib.compressobj(PNG_COMPRESS_LEVEL, zlib.DEFLATED, 15, 9, zlib.Z_RLE)
    pixels_per_metre = round(dpi / 0.0254)
    parts = [
        b"\x89PNG\r\n\x1a\n",
        _chunk(b"IHDR", header),
        *([_chunk(b"PLTE", bytes(colors))] if palette else []),
        _chunk(b"pHYs", struct.pack(">IIB", pixels_per_metre, pixels_per_metre, 1)),
        *(_text_chunk(str(k), str(v)) for k, v in (metadata or {}).items()),
        _chunk(b"IDAT", compressor.compress(b"\0") + compressor.compress(pixels) + compressor.flush()),
        _chunk(b"IEND", b""),
    ]
    with open(path, "wb") as out:
        out.writelines(parts)


def read_png_info(path: str | os.PathLike) -> dict:
    """Size, dpi (as Pillow reads pHYs: 150 comes back as about 150.01), mode and text chunks."""
    with Image.open(path) as image:
        image.load()  # text chunks after the image data are read only on load
        dpi = image.info.get("dpi", (0.0, 0.0))
        return {
            "width": image.width,
            "height": image.height,
            "dpi": (float(dpi[0]), float(dpi[1])),
            "mode": image.mode,
            "text": dict(image.text),
        }


def contact_sheet(
    items: Sequence[tuple[np.ndarray, str]],
    path: str | os.PathLike,
    columns: int = 8,
    thumb_size: int = 300,
    dpi: int = 100,
) -> None:
    """One PNG with a grid of small front-view drawings, each under its short caption."""
    if not items:
        raise ValueError("a contact sheet needs at least one pose")
    columns = max(1, min(columns, len(items)))
    rows = math.ceil(len(items) / columns)
    renderer = PoseRenderer(RenderSettings(width=thumb_size, height=thumb_size, dpi=dpi, show_labels=False))
    sheet = Image.new("P", (columns * thumb_size, rows * thumb_size), _BACKGROUND)
    sheet.putpalette(renderer.palette)
    for index, (joints, caption) in enumerate(items):
        row, column = divmod(index, columns)
        sheet.paste(renderer.draw(joints, caption), (column * thumb_size, row * thumb_size))
    draw = ImageDraw.Draw(sheet)
    for column in range(1, columns):
        draw.line([(column * thumb_size, 0), (column * thumb_size, sheet.height)], fill=_INK)
    for row in range(1, rows):
        draw.line([(0, row * thumb_size), (sheet.width, row * thumb_size)], fill=_INK)
    save_png(sheet, path, dpi)
