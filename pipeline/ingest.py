"""Ingest: bytes -> normalised text -> classified blocks.

``decode`` accepts UTF-8 (with or without BOM) and UTF-16 with a BOM, nothing else. The text is NFC-normalised and
line endings become ``\\n``; every offset the tool reports is into that text.

``parse_blocks`` splits the text into blocks and gives each a kind from layout alone (the language stage refines
captions once it knows which lines are Vietnamese). Two layouts occur in the corpus:

- paragraphs separated by blank lines, where a photo caption is a group of two or three short lines with no blank
  line between them (a Vietnamese caption, then its English translation ending in ``Photo: …``);
- one paragraph per line, where a photo is a markdown image marker ``![]() |`` followed by a table-cell row
  ``caption |``.

A trailing photo credit (``Photo: Hai Thuong.``, ``Ảnh: …``, ``Photo : …``) is split off its caption into a block of
kind credit. Nothing is dropped: every non-blank character of the text belongs to exactly one block.
"""

from __future__ import annotations

import codecs
import os
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from .errors import InputError
from .files import read_bytes
from .model import Block, BlockKind, Document, Lang

INGEST_VERSION = "2"

MAX_BYTES = 20 * 1024 * 1024
MAX_LINE_CHARS = 200_000

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_IMAGE_MARKER = regex.compile(r"!\[[^\]]*\]\([^)]*\)")
_CELL_EDGE = regex.compile(r"^\s*\|\s*|\s*\|\s*$")
_CREDIT = regex.compile(
    r"(?:\s+[-–—]\s+|\s+|^)(?P<credit>(?:Photo|Photos|Ảnh|Crédit(?:\s+photo)?|Photo\s+credit|Source)\s?:\s?"
    r"[^.:|]{1,60}\.?)\s*$",
    regex.IGNORECASE,
)
# Tried apart, and only on a line that ends in a bracket: one alternation of both is five times slower.
_BRACKETED_CREDIT = regex.compile(
    r"(?:\s+|^)(?P<credit>[(\[](?:Photo|Photos|Ảnh|Crédit(?:\s+photo)?|Photo\s+credit)\s?:\s?[^.:|()\[\]]{1,60}"
    r"[)\]]\.?)\s*$",
    regex.IGNORECASE,
)


def _credit(text: str, start: int = 0, end: int | None = None) -> regex.Match[str] | None:
    """A trailing credit in ``text[start:end]``: ``Photo: Reuters``, ``Ảnh: TTXVN.``, or a photo credit in
    brackets, ``(Photo : AP)`` (a bracketed ``(source: …)`` ends many a body sentence, so only photo words count)."""
    end = len(text) if end is None else end
    if text[start:end].rstrip().rstrip(".").endswith((")", "]")):
        found = _BRACKETED_CREDIT.search(text, start, end)
        if found is not None:
            return found
    return _CREDIT.search(text, start, end)
_PLACEHOLDER = regex.compile(r"\b[A-Z]{2,}_[A-Z0-9]{4,}\b")
_TIME = regex.compile(r"\b\d{1,2}[:h]\d{2}\b")
_DATE = regex.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b(?:19|20)\d{2}\b")
_BOILERPLATE = regex.compile(
    r"^\W*(?:related\s+(?:news|articles|stories)|read\s+more|see\s+also|share|tweet|advertisement|"
    r"tin\s+liên\s+quan|bài\s+liên\s+quan|lire\s+aussi|à\s+lire\s+aussi|voir\s+aussi|articles\s+liés|"
    r"actualités\s+liées|publicité|partager)\W*$",
    regex.IGNORECASE,
)
_BYLINE_WORDS = r"(?:By|Par|Theo)"
_NAME = r"\p{Lu}[\p{Ll}\p{M}'’.-]*"  # a capitalised name word: "Smith", "J.", "O'Neill"
_BYLINE_PREFIX = regex.compile(rf"^{_BYLINE_WORDS}\s+\p{{Lu}}", regex.UNICODE)
# A byline wherever it stands: the prefix, then only capitalised name words joined by commas, "and", "et", "và" or
# "&" (``By Jonathan Smith and Maria Lopez``); ``By contrast, …`` and ``Par Rapport aux …`` are not one.
_NAMED_BYLINE = regex.compile(
    rf"^{_BYLINE_WORDS}(?:\s+{_NAME}(?:-{_NAME})*,?)+(?:\s+(?:and|et|và|&)(?:\s+{_NAME}(?:-{_NAME})*)+)*$"
)
_NAME_WORD = regex.compile(rf"^{_NAME}$")
_TERMINAL = regex.compile(r"[.!?…:;»”\"')\]]\s*$")
LETTER_OR_DIGIT = regex.compile(r"[\p{L}\p{N}]")  # a line or a span holds text, not only marks


def decode(data: bytes, path: str) -> tuple[str, str]:
    """Bytes to normalised text; returns ``(text, encoding)``. Raises ``InputError`` with the fix on failure."""
    encoding = "utf-8"
    for bom, name in _BOMS:
        if data.startswith(bom):
            encoding = name
            break
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not UTF-8 or UTF-16 with a BOM (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "re-save it as UTF-8",
            path,
        ) from None
    if encoding == "utf-8-sig":
        encoding = "utf-8"
    elif encoding == "utf-16":
        encoding = "utf-16-le" if data.startswith(codecs.BOM_UTF16_LE) else "utf-16-be"
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\x00" in text:
        raise InputError("looks like a binary file (it contains NUL characters); give a plain-text article", path)
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    if not LETTER_OR_DIGIT.search(text):
        raise InputError("is empty (no letters or digits); give the article's text", path)
    longest = max(len(line) for line in text.split("\n"))
    if longest > MAX_LINE_CHARS:
        raise InputError(
            f"has a line of {longest:,} characters (at most {MAX_LINE_CHARS:,}); "
            "split the article into one paragraph per line",
            path,
        )
    return text, encoding


def read_document(path: str | os.PathLike[str], lang: Lang) -> Document:
    """Read one article file declared to be in ``lang``."""
    name = os.fspath(path)
    try:
        size = os.path.getsize(name)
        if size > MAX_BYTES:
            raise InputError(
                f"is {size:,} bytes (at most {MAX_BYTES:,}); give one article per file", name
            )
    except FileNotFoundError:
        raise InputError("no such file; check the path", name) from None
    data = read_bytes(name, "an article file (or use 'parafacts run DIR')")
    return document_from_bytes(data, name, lang)


def document_from_bytes(data: bytes, name: str, lang: Lang) -> Document:
    """An article read from ``data`` (a file's or standard input's bytes); ``name`` labels it in errors."""
    if len(data) > MAX_BYTES:
        raise InputError(f"is {len(data):,} bytes (at most {MAX_BYTES:,}); give one article per file", name)
    text, encoding = decode(data, name)
    return Document(path=name, lang=lang, text=text, blocks=parse_blocks(text, lang), encoding=encoding)


@dataclass(frozen=True, slots=True)
class _Line:
    start: int
    end: int
    text: str
    group: int  # index of the blank-line-separated group the line belongs to


def _lines(text: str) -> Iterator[_Line]:
    group = 0
    pos = 0
    previous_blank = True
    for raw in text.split("\n"):
        start, end = pos, pos + len(raw)
        pos = end + 1
        if not raw.strip():
            if not previous_blank:
                group += 1
            previous_blank = True
            continue
        previous_blank = False
        yield _Line(start, end, raw, group)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Narrow [start, end) of ``text`` to exclude surrounding white space and table-cell pipes."""
    segment = text[start:end]
    for match in _CELL_EDGE.finditer(segment):
        if match.start() == 0:
            start += match.end()
        elif match.end() == len(segment):
            end -= len(segment) - match.start()
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _is_dateline(line: str) -> bool:
    words = line.split()
    if len(words) > 8 or len(line) > 80:
        return False
    stripped = _PLACEHOLDER.sub("", line)
    stripped = _TIME.sub("", stripped)
    stripped = _DATE.sub("", stripped)
    had_cue = stripped != line
    rest = regex.sub(r"[\s,|/()–—-]+", " ", stripped).strip()
    # What is left may be a weekday or a month name; a dateline has few words besides its date and time.
    return had_cue and len(rest.split()) <= 3 and not _TERMINAL.search(line.rstrip(" |").rstrip()[-1:] or "")


def _is_byline(line: str) -> bool:
    if _BYLINE_PREFIX.match(line) and len(line) <= 60:
        return True
    words = line.split()
    return (
        not line.endswith((".", "!", "?", ":", ";", ","))
        and 1 <= len(words) <= 5
        and len(line) <= 50
        and all(_NAME_WORD.match(word) for word in words)
        and not any(ch.isdigit() for ch in line)
    )


def _is_title_like(line: str) -> bool:
    return len(line.split()) <= 30 and not line.rstrip().endswith((".", "!", "?", "…"))


def _layout_is_blank_separated(lines: list[_Line]) -> bool:
    groups = {line.group for line in lines}
    return len(lines) > 0 and len(groups) >= 0.6 * len(lines)


def parse_blocks(text: str, lang: Lang) -> tuple[Block, ...]:
    """Split ``text`` into blocks and classify each by layout. Every block's ``lang`` is ``lang`` for now."""
    lines = list(_lines(text))
    if not lines:
        return ()
    blank_separated = _layout_is_blank_separated(lines)
    group_sizes: dict[int, int] = {}
    for line in lines:
        group_sizes[line.group] = group_sizes.get(line.group, 0) + 1

    kinds: list[BlockKind] = []
    after_image = False
    for line in lines:
        content = line.text.strip()
        cell = content.endswith("|") or content.startswith("|")
        bare = _CELL_EDGE.sub("", _IMAGE_MARKER.sub("", content)).strip()
        if not LETTER_OR_DIGIT.search(bare) or _BOILERPLATE.match(bare):
            kind = BlockKind.BOILERPLATE
            after_image = bool(_IMAGE_MARKER.search(content))
            kinds.append(kind)
            continue
        if after_image or cell or (blank_separated and 2 <= group_sizes[line.group] <= 3 and len(bare) <= 400):
            kind = BlockKind.CAPTION
        elif _is_dateline(bare):
            kind = BlockKind.DATELINE
        elif len(bare) <= 80 and _NAMED_BYLINE.match(bare):
            kind = BlockKind.BYLINE
        elif _credit(bare) and len(bare) <= 300 and not _TERMINAL.search(bare[: -len(bare) // 2 or None]):
            kind = BlockKind.CAPTION
        else:
            kind = BlockKind.BODY
        after_image = False
        kinds.append(kind)

    # Title: the first content line, if it reads like one. Lede: the first body paragraph after it.
    content_indices = [i for i, k in enumerate(kinds) if k in (BlockKind.BODY, BlockKind.CAPTION)]
    if content_indices:
        first = content_indices[0]
        if kinds[first] is BlockKind.BODY and _is_title_like(lines[first].text) and len(content_indices) > 1:
            kinds[first] = BlockKind.TITLE
        for i in content_indices:
            if kinds[i] is BlockKind.BODY:
                kinds[i] = BlockKind.LEDE
                break
    # Byline: a short run of name words after the last body paragraph (boilerplate may follow it).
    for i in range(len(kinds) - 1, -1, -1):
        if kinds[i] is BlockKind.BOILERPLATE:
            continue
        if kinds[i] is BlockKind.BODY and _is_byline(lines[i].text.strip()):
            kinds[i] = BlockKind.BYLINE
        break

    blocks: list[Block] = []
    for line, kind in zip(lines, kinds, strict=False):
        start, end = _trim(text, line.start, line.end)
        if kind is BlockKind.BOILERPLATE:
            start, end = line.start, line.end
            while text[start].isspace():
                start += 1
            while text[end - 1].isspace():
                end -= 1
        if kind is BlockKind.CAPTION:
            credit = _credit(text, start, end)
            if credit is not None and credit.start("credit") > start:
                cap_end = credit.start()
                while cap_end > start and text[cap_end - 1] in " -–—":
                    cap_end -= 1
                blocks.append(_block(len(blocks), kind, lang, text, start, cap_end))
                blocks.append(_block(len(blocks), BlockKind.CREDIT, lang, text, credit.start("credit"), end))
                continue
            if credit is not None:
                kind = BlockKind.CREDIT
        blocks.append(_block(len(blocks), kind, lang, text, start, end))
    return tuple(blocks)


def _block(index: int, kind: BlockKind, lang: Lang, text: str, start: int, end: int) -> Block:
    return Block(index=index, kind=kind, lang=lang, start=start, end=end, text=text[start:end])
