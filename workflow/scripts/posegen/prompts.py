"""Read a prompt file (Markdown / plain text, CSV / TSV, MARDM ``text#length``) into prompts.

Rules for text files, one description per line:
- blank lines, Markdown headings / ``#`` comments, HTML comments and ``---`` rules are ignored;
- list markers (``-``, ``*``, ``+``, ``1.``, ``1)``), bold / italic markers and surrounding
  spaces are stripped;
- when most content lines are list items (a Markdown list with a title or an intro
  sentence), only list items are prompts and other paragraphs are ignored;
- ``caption#120`` (MARDM style) sets a per-prompt length in frames.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import NamedTuple


class PromptFileError(ValueError):
    """A prompt file cannot be used; the message names the file and, where known, the line."""


class PromptFileWarning(UserWarning):
    """Something of a prompt file was changed to use it (a caption cut short); the
    message names the file and the lines. The workflow prints these when it is parsed."""


class Prompt(NamedTuple):
    caption: str
    line: int  # 1-based line (text) or row (CSV, header = 1) in the source file
    length: int | None = None  # frames, from ``text#length`` or a ``length`` column


_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s+(?P<text>.*)$")
_LENGTH_TAIL = re.compile(r"\s*(?P<length>\d{1,6})\s*")
_EMPHASIS = re.compile(r"^(\*\*\*|\*\*|\*|___|__|_)(?P<text>.+)\1(?P<tail>[.!?]?)$")
_HORIZONTAL_RULE = re.compile(r"^\s*([-*_])(\s*\1){2,}\s*$")
# C0/C1 control characters (tabs are turned into spaces separately); a caption never needs them.
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029]")

MAX_CAPTION_CHARS = 20_000
MAX_LINE_CHARS = 1_000_000  # a line this long is not a description (a file that is not a prompt list)
MAX_LENGTH_FRAMES = 1000  # as the schema's sequence_length


def read_prompts(path: str | Path) -> list[Prompt]:
    """All prompts of a file, in file order. Raises PromptFileError with file and line."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise PromptFileError(f"{path}: prompt file not found") from None
    except IsADirectoryError:
        raise PromptFileError(f"{path}: is a directory, not a prompt file") from None
    except OSError as err:
        raise PromptFileError(f"{path}: cannot read prompt file: {err.strerror}") from None
    text = _decode(path, raw)
    if path.suffix.lower() in (".csv", ".tsv"):
        prompts = _read_table(path, text, delimiter="\t" if path.suffix.lower() == ".tsv" else ",")
    else:
        prompts = _read_lines(path, text)
    cut = [p.line for p in prompts if len(p.caption) > MAX_CAPTION_CHARS]
    if cut:
        import warnings

        lines = ", ".join(map(str, cut[:10])) + (", ..." if len(cut) > 10 else "")
        warnings.warn(
            PromptFileWarning(
                f"{path}: {len(cut)} caption(s) longer than {MAX_CAPTION_CHARS:,} characters were cut to that "
                f"length (line(s) {lines})"
            ),
            stacklevel=2,
        )
        prompts = [Prompt(p.caption[:MAX_CAPTION_CHARS], p.line, p.length) for p in prompts]
    if not prompts:
        raise PromptFileError(
            f"{path}: no prompts found (expected one description per line, a Markdown list, "
            "or a CSV/TSV with a 'caption' or 'text' column)"
        )
    return prompts


def _decode(path: Path, raw: bytes) -> str:
    head = raw[:4096]
    if head.startswith((b"\x7fELF", b"MZ", b"PK\x03\x04", b"%PDF", b"\x89PNG", b"\x1f\x8b")):
        raise PromptFileError(f"{path}: is a binary file (a program, archive, PDF or picture), not a text file of descriptions")
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or (
        len(head) >= 4 and max(head[0::2].count(0), head[1::2].count(0)) > len(head) // 4
    ):
        raise PromptFileError(f"{path}: looks like UTF-16 text; save the file as UTF-8")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = raw.count(b"\n", 0, err.start) + 1
        raise PromptFileError(
            f"{path}:{line}: not valid UTF-8 (byte 0x{raw[err.start]:02x} at offset {err.start}); "
            "save the file as UTF-8"
        ) from None
    # Old Mac files end lines with a lone CR: one line per description there too.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise PromptFileError(f"{path}:{line}: contains a NUL byte; is this a text file?")
    return text


def clean_caption(text: str) -> str:
    """A caption as written, minus markup: control characters, emphasis markers, outer spaces."""
    text = _CONTROL.sub(" ", text).replace("\t", " ").strip()
    match = _EMPHASIS.match(text) if text[:1] in ("*", "_") else None
    if match and match.group(1) not in match["text"]:  # "*a* and *b*" is two spans, not one
        text = (match["text"] + match["tail"]).strip()
    return text


def _split_length(text: str) -> tuple[str, int | None]:
    """``caption#length`` (MARDM's format) -> (caption, length). Split at the last '#'
    rather than with one pattern over the line, which takes time quadratic in a run
    of spaces."""
    head, sep, tail = text.rpartition("#")
    match = _LENGTH_TAIL.fullmatch(tail) if sep else None
    if match and head.strip():
        return head.rstrip(), int(match["length"])
    return text, None


def _check_length(path: Path, line: int, length: int | None) -> int | None:
    if length is not None and not 1 <= length <= MAX_LENGTH_FRAMES:
        raise PromptFileError(f"{path}:{line}: length {length} frames is outside 1..{MAX_LENGTH_FRAMES}")
    return length


def _read_lines(path: Path, text: str) -> list[Prompt]:
    items: list[tuple[int, str, bool]] = []  # (line, text, is_list_item)
    in_html_comment = False
    # Only \n ends a line (str.splitlines would also split at form feeds, U+2028, ...).
    for number, line in enumerate(text.split("\n"), start=1):
        if len(line) > MAX_LINE_CHARS:
            raise PromptFileError(
                f"{path}:{number}: a line of {len(line):,} characters is not a description "
                "(descriptions are one per line); is this the right file?"
            )
        stripped = line.strip()
        if in_html_comment:
            in_html_comment = "-->" not in stripped
            continue
        if stripped.startswith("<!--"):
            in_html_comment = "-->" not in stripped
            continue
        if not stripped or stripped[0] == "#" or (stripped[0] in "-*_" and _HORIZONTAL_RULE.match(stripped)):
            continue
        match = _LIST_ITEM.match(line)
        items.append((number, match["text"] if match else stripped, bool(match)))
    list_items = sum(is_item for _, _, is_item in items)
    only_list_items = list_items * 2 > len(items)
    prompts = []
    cleaned: dict[str, tuple[str, int | None]] = {}  # body -> (caption, length): repeated lines once
    for number, body, is_item in items:
        if only_list_items and not is_item:
            continue
        if body not in cleaned:
            caption, length = _split_length(clean_caption(body))
            cleaned[body] = (clean_caption(caption), length)
        caption, length = cleaned[body]
        if caption:
            prompts.append(Prompt(caption, number, _check_length(path, number, length)))
    return prompts


def _read_table(path: Path, text: str, delimiter: str) -> list[Prompt]:
    # In TSV a quote is just text (a caption may start with one); CSV keeps its quoting.
    quoting = csv.QUOTE_NONE if delimiter == "\t" else csv.QUOTE_MINIMAL
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quoting=quoting)
    try:
        header = next(reader)
    except StopIteration:
        return []
    columns = [name.strip().lower() for name in header]
    for wanted in ("caption", "text"):
        if wanted in columns:
            caption_col = columns.index(wanted)
            break
    else:
        raise PromptFileError(
            f"{path}:1: no 'caption' or 'text' column in the header ({', '.join(header) or 'empty'})"
        )
    length_col = columns.index("length") if "length" in columns else None
    prompts = []
    for row in reader:
        number = reader.line_num
        if caption_col >= len(row):
            continue
        caption = clean_caption(row[caption_col])
        if not caption:
            continue
        length = None
        if length_col is not None and length_col < len(row) and row[length_col].strip():
            value = row[length_col].strip()
            if not value.isdigit():
                raise PromptFileError(f"{path}:{number}: length {value!r} is not a whole number of frames")
            length = _check_length(path, number, int(value))
        prompts.append(Prompt(caption, number, length))
    return prompts
