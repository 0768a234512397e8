"""Indexed PNG files written fast, with dpi and text chunks, and read back for checks."""

from __future__ import annotations

import os
import struct
import zlib

from isal import isal_zlib
from PIL import Image

# ISA-L's deflate (zlib format, any PNG reader decodes it) at level 1: on these
# drawings about 8 times as fast as zlib's run-length strategy and a little smaller
# (0.3 ms and 23.7 KB a default picture against 2.3 ms and 24.7 KB: bench_render.py).
PNG_COMPRESS_LEVEL = 1
_SIGNATURE = b"\x89PNG\r\n\x1a\n"


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
    """Write a "P"-mode `image` as an indexed PNG (any extension): see png_bytes."""
    with open(path, "wb") as out:
        out.write(png_bytes(image, dpi, metadata, palette))


def png_bytes(
    image: Image.Image,
    dpi: float,
    metadata: dict[str, str] | None = None,
    palette: bool = True,
) -> bytes:
    """A "P"-mode `image` as the bytes of an indexed PNG, its dpi in pHYs and
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
    compressor = isal_zlib.compressobj(PNG_COMPRESS_LEVEL)
    pixels_per_metre = round(dpi / 0.0254)
    parts = [
        _SIGNATURE,
        _chunk(b"IHDR", header),
        *([_chunk(b"PLTE", bytes(colors))] if palette else []),
        _chunk(b"pHYs", struct.pack(">IIB", pixels_per_metre, pixels_per_metre, 1)),
        *(_text_chunk(str(k), str(v)) for k, v in (metadata or {}).items()),
        _chunk(b"IDAT", compressor.compress(b"\0") + compressor.compress(pixels) + compressor.flush()),
        _chunk(b"IEND", b""),
    ]
    return b"".join(parts)


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


class PngStructureError(ValueError):
    """A file is not a whole PNG: signature, chunk order, a chunk's CRC or length."""


def read_png_chunks(path: str | os.PathLike) -> dict:
    """Size, dpi and text chunks of a PNG, read from its chunks without decoding the
    pixels (about 60 times faster than read_png_info on these pictures).

    Every chunk's CRC is checked, so a file cut short or changed after it was written
    fails here (PngStructureError); whether the pixel data decodes is not: use it on
    files this module wrote, whose encoding the tests decode with Pillow."""
    with open(path, "rb") as handle:
        data = memoryview(handle.read())
    if bytes(data[:8]) != _SIGNATURE:
        raise PngStructureError("no PNG signature")
    kinds, text, header, dpi = [], {}, None, (0.0, 0.0)
    position = 8
    while position < len(data):
        if position + 12 > len(data):
            raise PngStructureError("cut short inside a chunk header")
        (length,) = struct.unpack_from(">I", data, position)
        kind = bytes(data[position + 4 : position + 8])
        end = position + 8 + length
        if end + 4 > len(data):
            raise PngStructureError(f"cut short inside the {kind.decode('latin-1')} chunk")
        body = data[position + 8 : end]
        (crc,) = struct.unpack_from(">I", data, end)
        if zlib.crc32(body, zlib.crc32(kind)) != crc:
            raise PngStructureError(f"{kind.decode('latin-1')} chunk fails its CRC")
        kinds.append(kind)
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"pHYs":
            x, y, unit = struct.unpack(">IIB", body)
            if unit == 1:  # pixels per metre, read back as Pillow does
                dpi = (x * 0.0254, y * 0.0254)
        elif kind in (b"tEXt", b"iTXt"):
            key, _, value = bytes(body).partition(b"\0")
            text[key.decode("latin-1")] = value.decode("latin-1") if kind == b"tEXt" else _itxt_value(value)
        position = end + 4
    if not kinds or kinds[0] != b"IHDR" or kinds[-1] != b"IEND" or b"IDAT" not in kinds:
        raise PngStructureError("chunks missing or out of order (IHDR first, IDAT, IEND last)")
    width, height, bit_depth, color_type = header[:4]
    mode = {3: "P", 2: "RGB", 0: "L", 6: "RGBA"}.get(color_type, f"colour type {color_type}")
    return {"width": width, "height": height, "dpi": dpi, "mode": mode, "bit_depth": bit_depth, "text": text}


def _itxt_value(value: bytes) -> str:
    """An iTXt chunk's text after its keyword: compression flag and method, language
    tag, translated keyword, then the UTF-8 text."""
    compressed = value[:1] == b"\1"
    _, _, text = value[2:].split(b"\0", 2)
    return (zlib.decompress(text) if compressed else text).decode("utf-8")
