"""Translators' files: aligned segment pairs from TMX 1.4 and XLIFF 1.2 / 2.0.

``read_segment_pairs(path)`` returns one ``SegmentPair(id, en, fr)`` per translation unit (TMX ``<tu>``, XLIFF 1.2
``<trans-unit>``) or segment (XLIFF 2.0 ``<segment>``) that has both an English and a French text. The English side
may be the source or the target; language codes are matched on their primary subtag, in any case (``en``,
``en-US``, ``EN-GB``, ``fr-FR``, ``fr_CA``, ``eng``, ``fra``).

Ids point back into the file: the TMX ``tuid``, the XLIFF 1.2 ``trans-unit`` ``id``, the XLIFF 2.0 ``unit`` ``id``
(``unit:segment`` when a unit has more than one segment). A unit without an id gets its 1-based position among the
units of the file. With more than one ``<file>`` in an XLIFF document, ids are prefixed ``<file>#``.

Inline markup is dropped and its text kept or dropped per element (see ``_INLINE``):

- text kept: ``<g>``, ``<pc>``, ``<mrk>``, ``<hi>`` — they wrap translatable text (bold, a link, a term);
- content dropped: ``<bpt>``, ``<ept>``, ``<it>``, ``<ph>``, ``<ut>`` — their content is the original file's native
  code (``&lt;b&gt;``), not text; ``<sub>`` only occurs inside them and is a separate flow (a link title, an
  image's alt text), not part of the sentence, so it goes with them;
- empty: ``<x/>``, ``<bx/>``, ``<ex/>``, ``<sc/>``, ``<ec/>``, ``<sm/>``, ``<em/>`` — nothing is inserted, not even
  a space: the spaces around a code are in the text;
- ``<cp hex="…"/>`` (XLIFF 2.0) becomes the character it encodes.

Untranslated units (no target, or an empty one) are skipped. Parsing is defused (``defusedxml``): entity
declarations are refused (no billion laughs, no external entities), no DTD is fetched, nothing touches the network.
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal
from xml.etree.ElementTree import Element

import regex

from .errors import InputError
from .files import read_bytes
from .model import Lang

Format = Literal["jsonl", "tmx", "xliff"]

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

_KEEP, _DROP, _EMPTY = "keep", "drop", "empty"
_INLINE = {
    "g": _KEEP,
    "pc": _KEEP,
    "mrk": _KEEP,
    "hi": _KEEP,
    "bpt": _DROP,
    "ept": _DROP,
    "it": _DROP,
    "ph": _DROP,
    "ut": _DROP,
    "sub": _DROP,
    "x": _EMPTY,
    "bx": _EMPTY,
    "ex": _EMPTY,
    "sc": _EMPTY,
    "ec": _EMPTY,
    "sm": _EMPTY,
    "em": _EMPTY,
}

_EXTENSIONS: dict[str, Format] = {".tmx": "tmx", ".xlf": "xliff", ".xliff": "xliff"}
_ROOT = regex.compile(r"<(?:[\w.-]+:)?(tmx|xliff)[\s>/]")
_THREE_LETTER = {"eng": Lang.EN, "fra": Lang.FR, "fre": Lang.FR}


@dataclass(frozen=True, slots=True)
class SegmentPair:
    """One aligned pair: ``id`` points back to the unit in the file (a string, or a 1-based position)."""

    id: str | int
    en: str
    fr: str


def language(code: str | None) -> Lang | None:
    """English or French from a language tag (primary subtag, any case); ``None`` for anything else."""
    if not code:
        return None
    primary = code.strip().replace("_", "-").split("-")[0].lower()
    if primary in ("en", "fr"):
        return Lang(primary)
    return _THREE_LETTER.get(primary)


def sniff_format(name: str, data: bytes) -> Format:
    """``tmx`` or ``xliff`` by extension (``.tmx``, ``.xlf``, ``.xliff``) or by the root element; else ``jsonl``."""
    head = _head(data)
    by_extension = _EXTENSIONS.get(os.path.splitext(name)[1].lower()) if name != "-" else None
    if not head.lstrip().startswith("<"):
        if by_extension is not None:
            raise InputError(f"is not XML, but its extension says {by_extension.upper()}; give a TMX or XLIFF file "
                             "(or JSON Lines under another name)", name)
        return "jsonl"
    found = _ROOT.search(head)
    if found is None:
        raise InputError("is XML but neither TMX nor XLIFF (no <tmx> or <xliff> root); export the segments as "
                         "TMX 1.4 or XLIFF 1.2/2.0", name)
    return "tmx" if found.group(1) == "tmx" else "xliff"


def _head(data: bytes) -> str:
    start = data[:4096]
    if start.startswith((b"\xff\xfe", b"\xfe\xff")):
        return start.decode("utf-16", errors="ignore")
    return start.decode("utf-8", errors="ignore").lstrip("\ufeff")


def read_segment_pairs(path: str | os.PathLike[str]) -> tuple[SegmentPair, ...]:
    """Segment pairs of a TMX or XLIFF file on disk."""
    name = os.fspath(path)
    return parse_segment_pairs(read_bytes(name, "a TMX or XLIFF file"), name)


def parse_segment_pairs(data: bytes, label: str) -> tuple[SegmentPair, ...]:
    """Segment pairs of TMX or XLIFF bytes (the root element decides which). ``label`` names the file in errors."""
    root = _parse(data, label)
    kind = _local(root.tag)
    if kind == "tmx":
        pairs = tuple(_tmx(root, label))
    elif kind == "xliff":
        pairs = tuple(_xliff(root, label))
    else:
        raise InputError(f"the root element is <{kind}>, not <tmx> or <xliff>; export the segments as TMX 1.4 or "
                         "XLIFF 1.2/2.0", label)
    if not pairs:
        raise InputError("holds no unit with both an English and a French text; check the language codes and that "
                         "the units are translated", label)
    return pairs


def _parse(data: bytes, label: str) -> Element:
    from xml.etree.ElementTree import ParseError

    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        root: Element = fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        name = getattr(exc, "name", None)
        raise InputError(
            f"declares XML entities{f' ({name})' if name else ''}, which are refused for safety (entity expansion, "
            "external files); remove the <!DOCTYPE …[…]> internal subset and export the file again",
            label,
        ) from None
    except ParseError as exc:
        raise InputError(f"is not well-formed XML ({exc}); fix the file or export it again", label) from None
    return root


def _local(tag: object) -> str:
    text = tag if isinstance(tag, str) else ""
    return text.rsplit("}", 1)[-1]


def _children(element: Element, name: str) -> Iterator[Element]:
    return (child for child in element if _local(child.tag) == name)


def _child(element: Element, name: str) -> Element | None:
    return next(_children(element, name), None)


def inline_text(element: Element) -> str:
    """The text of a segment element, inline markup dropped as the module documents; NFC."""
    parts: list[str] = []
    _collect(element, parts)
    return unicodedata.normalize("NFC", "".join(parts).replace("\r\n", "\n").replace("\r", "\n"))


def _collect(element: Element, parts: list[str]) -> None:
    if element.text:
        parts.append(element.text)
    for child in element:
        name = _local(child.tag)
        rule = _INLINE.get(name, _KEEP)
        if name == "cp":
            parts.append(_code_point(child.get("hex", "")))
        elif rule == _KEEP:
            _collect(child, parts)
        if child.tail:
            parts.append(child.tail)


def _code_point(hex_value: str) -> str:
    try:
        return chr(int(hex_value, 16))
    except (ValueError, OverflowError):
        return ""


# --- TMX -----------------------------------------------------------------------------------------------------


def _tmx(root: Element, label: str) -> Iterator[SegmentPair]:
    body = _child(root, "body")
    if body is None:
        raise InputError("is TMX without a <body>; export the translation memory again", label)
    for position, tu in enumerate(_children(body, "tu"), start=1):
        unit_id: str | int = tu.get("tuid") or position
        texts: dict[Lang, str] = {}
        for tuv in _children(tu, "tuv"):
            code = tuv.get(XML_LANG) or tuv.get("lang")
            if code is None:
                raise InputError(f'<tu> {unit_id!s} has a <tuv> without xml:lang; add xml:lang="en" or "fr"', label)
            lang = language(code)
            seg = _child(tuv, "seg")
            if lang is not None and seg is not None and lang not in texts:
                texts[lang] = inline_text(seg)
        if texts.get(Lang.EN, "").strip() and texts.get(Lang.FR, "").strip():
            yield SegmentPair(unit_id, texts[Lang.EN], texts[Lang.FR])


# --- XLIFF ---------------------------------------------------------------------------------------------------


def _xliff(root: Element, label: str) -> Iterator[SegmentPair]:
    version = root.get("version", "")
    files = list(_children(root, "file"))
    two = version.startswith("2")
    if not two and not version.startswith("1"):
        raise InputError(f'is XLIFF version "{version}"; give XLIFF 1.2 or 2.0', label)
    for number, file in enumerate(files, start=1):
        if two:
            source = root.get("srcLang")
            target = root.get("trgLang")
            prefix = f"{file.get('id') or number}#" if len(files) > 1 else ""
        else:
            source = file.get("source-language")
            target = file.get("target-language")
            prefix = f"{file.get('original') or number}#" if len(files) > 1 else ""
        sides = _sides(source, target, label)
        units = _xliff2_units(file, sides) if two else _xliff1_units(file, sides)
        for unit_id, en, fr in units:
            yield SegmentPair(f"{prefix}{unit_id}" if prefix else unit_id, en, fr)


def _sides(source: str | None, target: str | None, label: str) -> tuple[Lang, Lang]:
    """(source language, target language); a file that is not English–French is an input error. Without a target
    language, the target is taken to be the other of English and French."""
    if source is None:
        raise InputError("XLIFF without a source language (srcLang / source-language); add it", label)
    a = language(source)
    b = language(target) if target is not None else ({Lang.EN: Lang.FR, Lang.FR: Lang.EN}.get(a) if a else None)
    if a is None or b is None or a is b:
        raise InputError(f'is XLIFF from "{source}" to "{target}"; parafacts compares English and French: give an '
                         "English–French file", label)
    return a, b


def _en_fr(sides: tuple[Lang, Lang], source: str, target: str) -> tuple[str, str]:
    return (source, target) if sides[0] is Lang.EN else (target, source)


def _walk_units(element: Element, name: str) -> Iterator[Element]:
    """Units in document order, through any nesting of ``<group>``."""
    for child in element:
        local = _local(child.tag)
        if local == name:
            yield child
        elif local in ("group", "body"):
            yield from _walk_units(child, name)


def _xliff1_units(
    file: Element, sides: tuple[Lang, Lang]
) -> Iterator[tuple[str | int, str, str]]:
    for position, unit in enumerate(_walk_units(file, "trans-unit"), start=1):
        source, target = _child(unit, "source"), _child(unit, "target")
        if source is None or target is None:
            continue
        en, fr = _en_fr(sides, inline_text(source), inline_text(target))
        if en.strip() and fr.strip():
            yield unit.get("id") or position, en, fr


def _xliff2_units(file: Element, sides: tuple[Lang, Lang]) -> Iterator[tuple[str | int, str, str]]:
    for position, unit in enumerate(_walk_units(file, "unit"), start=1):
        unit_id: str | int = unit.get("id") or position
        segments = list(_children(unit, "segment"))
        for number, segment in enumerate(segments, start=1):
            source, target = _child(segment, "source"), _child(segment, "target")
            if source is None or target is None:
                continue
            en, fr = _en_fr(sides, inline_text(source), inline_text(target))
            if not (en.strip() and fr.strip()):
                continue
            yield (f"{unit_id}:{segment.get('id') or number}" if len(segments) > 1 else unit_id), en, fr
