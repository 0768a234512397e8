"""Caption text for the pictures: fonts with fallback for any script, word wrap by
pixel width, and words drawn as palette tiles remembered across pictures.

Characters the caption font (DejaVu Sans) lacks, such as Chinese or Japanese, are
drawn from a system font that has them, found through fontconfig's list of fonts,
the folders in $POSEGEN_FONT_PATH and a conda environment's fonts (Noto Sans CJK,
WenQuanYi, Droid Sans Fallback, ... preferred). Where there is none, they come out
as boxes: install one (Debian and Ubuntu: fonts-noto-cjk; conda: font-ttf-noto-cjk).

Text is antialiased into a grey ramp of palette slots: ``BACKGROUND``, the greys
``TEXT_GREYS`` and ``INK``; the renderer's palette gives those slots their colours.
"""

from __future__ import annotations

import math
import os
from collections.abc import Sequence
from functools import lru_cache

import numpy as np
from PIL import Image, ImageDraw, ImageFont

BACKGROUND = 0
INK = 4
TEXT_GREYS = (11, 12, 13, 14, 15)  # lightest to darkest
TEXT_RAMP = (BACKGROUND, *TEXT_GREYS, INK)
ELLIPSIS = "\u2026"

# Maps an antialiased 8-bit text mask to the palette's grey ramp.
TEXT_LUT = [TEXT_RAMP[round(v * (len(TEXT_RAMP) - 1) / 255)] for v in range(256)]
_TEXT_TABLE = bytes(TEXT_LUT)


@lru_cache(maxsize=1)
def caption_font_path() -> str:
    """DejaVu Sans as matplotlib ships it: the same file on every machine, found
    without importing matplotlib (a third of a second in every render job)."""
    import importlib.util

    spec = importlib.util.find_spec("matplotlib")
    for folder in spec.submodule_search_locations if spec else ():
        path = os.path.join(folder, "mpl-data", "fonts", "ttf", "DejaVuSans.ttf")
        if os.path.exists(path):
            return path
    from matplotlib import font_manager

    return font_manager.findfont("DejaVu Sans", fallback_to_default=True)


@lru_cache(maxsize=8)
def caption_font(size: int) -> ImageFont.FreeTypeFont:
    """The caption font: DejaVu Sans, which ships with matplotlib, so it exists wherever
    this package runs. Characters it lacks are drawn from a fallback font (see
    _font_for). BASIC layout gives identical pictures whether or not libraqm is installed."""
    return ImageFont.truetype(caption_font_path(), size, layout_engine=ImageFont.Layout.BASIC)


# Fonts preferred for characters DejaVu Sans lacks, best first (file names contain these).
FALLBACK_PREFERENCE = (
    "NotoSansCJK",
    "NotoSans-",
    "SourceHanSans",
    "wqy-microhei",
    "wqy-zenhei",
    "DroidSansFallback",
    "NotoSerifCJK",
    "NotoSans",
    "Noto",
)


@lru_cache(maxsize=None)
def _face(path: str):
    """The font file's first face (of a collection too) as FreeType reads it, or None."""
    from matplotlib.ft2font import FT2Font

    try:
        return FT2Font(path)
    except Exception:  # an unreadable font file is simply not a candidate
        return None


def has_glyph(path: str, code: int) -> bool:
    """Whether the font file has a glyph for the code point. FreeType's character map
    lookup: reading whole maps with fontTools took a render job a third of a second."""
    face = _face(path)
    return face is not None and face.get_char_index(code) != 0


@lru_cache(maxsize=1)
def fallback_candidates() -> tuple[str, ...]:
    """The system's font files (fontconfig's list where it exists), preferred ones first.
    Colour emoji fonts are left out: FreeType draws them only at one bitmap size."""
    from matplotlib import font_manager

    found = set(font_manager.findSystemFonts())
    # Fonts outside fontconfig's list: POSEGEN_FONT_PATH (folders, os.pathsep between
    # them) and a conda environment's own fonts (conda-forge's font-ttf-noto-cjk).
    extra = [p for p in os.environ.get("POSEGEN_FONT_PATH", "").split(os.pathsep) if p]
    if os.environ.get("CONDA_PREFIX"):
        extra += [os.path.join(os.environ["CONDA_PREFIX"], "fonts")]
    extra = [p for p in extra if os.path.isdir(p)]
    if extra:
        found |= set(font_manager.findSystemFonts(fontpaths=extra))
    files = sorted(f for f in found if "emoji" not in os.path.basename(f).lower())

    def rank(path: str) -> tuple[int, bool, str]:
        name = os.path.basename(path).lower()
        hits = [i for i, key in enumerate(FALLBACK_PREFERENCE) if key.lower() in name]
        weighted = any(w in name for w in ("bold", "black", "heavy", "light", "thin", "italic", "mono"))
        return (hits[0] if hits else len(FALLBACK_PREFERENCE), weighted, name)

    return tuple(sorted(files, key=rank))


@lru_cache(maxsize=4096)
def fallback_path(char: str) -> str | None:
    """A font file that has `char`, or None when the system has none."""
    code = ord(char)
    for path in fallback_candidates():
        if has_glyph(path, code):
            return path
    return None


@lru_cache(maxsize=64)
def _fallback_font(path: str, size: int) -> ImageFont.FreeTypeFont | None:
    try:
        return ImageFont.truetype(path, size, index=0, layout_engine=ImageFont.Layout.BASIC)
    except OSError:  # a font FreeType cannot scale to this size
        return None


@lru_cache(maxsize=8192)
def _font_for(primary: ImageFont.FreeTypeFont, char: str) -> ImageFont.FreeTypeFont:
    """`primary` when it has a glyph for `char` (or `char` is a space or control), else
    a system font of the same size that has one; `primary` (a box) when none has."""
    # Printable ASCII is in every caption font (DejaVu Sans): no need to ask the font.
    if char.isspace() or ord(char) < 127 or has_glyph(primary.path, ord(char)):
        return primary
    path = fallback_path(char)
    face = None if path is None else _fallback_font(path, primary.size)
    return primary if face is None else face


def missing_glyphs(text: str) -> str:
    """The characters of `text` that no font on this system can draw (they come out as boxes)."""
    primary = caption_font(12)
    return "".join(
        sorted(
            {
                c
                for c in text
                if c.isprintable()
                and not c.isspace()
                and _font_for(primary, c) is primary
                and not has_glyph(primary.path, ord(c))
            }
        )
    )


@lru_cache(maxsize=16384)
def text_length(font: ImageFont.FreeTypeFont, text: str) -> float:
    """Advance width of `text`, remembered: captions repeat their words a lot.

    A longer text's width is the sum of its characters' (as _word_tile places them),
    which skips FreeType laying out every new word; kerning, which the basic layout
    would add, is a small fraction of a pixel per pair with the bundled font."""
    if len(text) == 1:
        return _font_for(font, text).getlength(text)
    return sum(text_length(font, char) for char in text)


@lru_cache(maxsize=2048)
def _glyph(font: ImageFont.FreeTypeFont, char: str) -> tuple[np.ndarray, Image.Image, int, int] | None:
    """One character's antialiased mask cropped to its ink, the same as a palette-index
    tile, and their offset from the pen position (left edge, top of the line); None for
    a character without ink."""
    pad = math.ceil(font.size)  # room for glyphs reaching beyond their advance or the ascent
    ascent, descent = font.getmetrics()
    face = _font_for(font, char)
    # A fallback glyph sits on the caption font's baseline.
    baseline_shift = ascent - face.getmetrics()[0]
    mask = Image.new("L", (math.ceil(text_length(font, char)) + 2 * pad, ascent + descent + 2 * pad), 0)
    ImageDraw.Draw(mask).text((pad, pad + baseline_shift), char, fill=255, font=face)
    ink = mask.getbbox()
    if ink is None:
        return None
    mask = mask.crop(ink)
    tile = Image.frombytes("P", mask.size, mask.tobytes().translate(_TEXT_TABLE))
    return np.asarray(mask), tile, ink[0] - pad, ink[1] - pad


@lru_cache(maxsize=4096)
def word_tile(font: ImageFont.FreeTypeFont, word: str) -> tuple[Image.Image, int, int] | None:
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
        pen += text_length(font, char)
    if not pieces:
        return None
    left = min(piece[2] for piece in pieces)
    top = min(piece[3] for piece in pieces)
    right = max(x + tile.width for _, tile, x, _ in pieces)
    bottom = max(y + tile.height for _, tile, _, y in pieces)
    size = (right - left, bottom - top)
    if all(a[2] + a[1].width <= b[2] for a, b in zip(pieces, pieces[1:])):
        # Glyphs side by side, left to right (the usual case): paste their tiles.
        word_tile = Image.new("P", size, BACKGROUND)
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
    space = text_length(font, " ")
    lines: list[str] = []
    current, current_width = "", 0.0
    if not text.isprintable():
        text = "".join(ch if ch.isprintable() else " " for ch in text)
    for word in text.split():
        width = text_length(font, word)
        if current and current_width + space + width <= budget:
            current, current_width = f"{current} {word}", current_width + space + width
            continue
        if current:
            lines.append(current)
        current, current_width = word, width
        if width > budget:  # too wide alone (CJK has no spaces): break between any characters
            current, current_width = "", 0.0
            for ch in word:
                ch_width = text_length(font, ch)
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
    while last and text_length(font, last + ELLIPSIS) > max_width:
        last = last[:-1]
    return lines[: max_lines - 1] + [last.rstrip() + ELLIPSIS]


def text_strip(lines: Sequence[str], font: ImageFont.FreeTypeFont, width: int, line_height: int) -> Image.Image:
    """Centred antialiased lines as a palette-index image (background where empty)."""
    mask = Image.new("L", (width, max(1, line_height * len(lines))), 0)
    draw = ImageDraw.Draw(mask)
    ascent = font.getmetrics()[0]
    for row, line in enumerate(lines):
        x = (width - text_length(font, line)) / 2
        # Runs of characters that share a font, each drawn by FreeType as one text.
        run, run_face = "", None
        for char in line + "\0":
            face = _font_for(font, char) if char != "\0" else None
            if face is not run_face and run:
                shift = ascent - run_face.getmetrics()[0]
                draw.text((x, row * line_height + shift), run, fill=255, font=run_face)
                x += sum(text_length(font, c) for c in run)
                run = ""
            run, run_face = run + char, face
    return Image.frombytes("P", mask.size, mask.point(TEXT_LUT).tobytes())
