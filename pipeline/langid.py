"""Language of each block: en, fr, vi or other.

langdetect costs milliseconds a call and ~0.5 s to load its profiles, so it is the last resort. Cheaper evidence
decides first, in this order:

1. no letters at all (markup, figures only): the file's declared language;
2. letters only Vietnamese uses (ơ ư đ ă and the stacked tone marks): vi;
3. function words: a clear majority of English or French stop words;
4. short blocks (fewer than four words) with no evidence: the declared language;
5. otherwise langdetect, seeded so that results never vary.

``label_blocks`` also links each Vietnamese caption (and its credit) to the caption that translates it.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import Any

import regex

from .model import Block, BlockKind, Document, Lang

LANGID_VERSION = "1"

_WORD = regex.compile(r"\p{L}+(?:['’]\p{L}+)?")
_LETTER = regex.compile(r"\p{L}")
# Letters of Vietnamese that French and English never use (precomposed, after NFC).
_VIETNAMESE = regex.compile(
    r"[ơưđăƠƯĐĂạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĩũ"
    r"ẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸĨŨ]"
)
_EN_WORDS = frozenset(
    "the of and to in is are was were that for on with as by at from this these those which who has have "
    "had be been it its an or but not their they will would there than more most also said after in into "
    "among about up now over under between during we our you he she his her them what when where how".split()
)
_FR_WORDS = frozenset(
    "le la les des du de et à au aux est sont était dans pour sur avec par une un que qui ont ce cette "
    "ces il elle ils leur leurs été plus mais pas ne selon lors entre être avait ses nous vous sont aussi "
    "très après avant pendant depuis chez sous où dont".split()
)
_LANGDETECT_CODES = {"en": Lang.EN, "fr": Lang.FR, "vi": Lang.VI}


@cache
def _detector_factory() -> Any:
    from langdetect import DetectorFactory, detector_factory

    DetectorFactory.seed = 0
    detector_factory.init_factory()
    return detector_factory._factory


def _langdetect(text: str) -> Lang:
    from langdetect.lang_detect_exception import LangDetectException

    detector = _detector_factory().create()
    detector.append(text)
    try:
        code = detector.detect()
    except LangDetectException:
        return Lang.OTHER
    return _LANGDETECT_CODES.get(code, Lang.OTHER)


def detect_language(text: str, declared: Lang) -> Lang:
    """The language of one block of ``text`` found in a file declared to be in ``declared``."""
    if not _LETTER.search(text):
        return declared
    if len(_VIETNAMESE.findall(text)) >= 2:
        return Lang.VI
    words = [w.lower() for w in _WORD.findall(text)]
    en = sum(w in _EN_WORDS for w in words)
    fr = sum(w in _FR_WORDS or w.startswith(("l'", "d'", "l’", "d’", "qu'", "qu’")) for w in words)
    if (en >= 2 and en >= 3 * fr) or (en >= 1 and fr == 0):
        return Lang.EN
    if (fr >= 2 and fr >= 3 * en) or (fr >= 1 and en == 0):
        return Lang.FR
    if len(words) < 4:
        return declared
    return _langdetect(text)


def _block_language(block: Block, declared: Lang) -> Lang:
    # A credit or a byline is mostly a person's name: its keyword, not its words, tells the language.
    if block.kind is BlockKind.CREDIT:
        return Lang.VI if _VIETNAMESE.search(block.text.split(":")[0]) else declared
    if block.kind is BlockKind.BYLINE:
        return declared
    return detect_language(block.text, declared)


def label_blocks(document: Document) -> Document:
    """The document with every block's ``lang`` set and Vietnamese captions linked to their translations."""
    blocks = [replace(b, lang=_block_language(b, document.lang)) for b in document.blocks]
    # A run of source-language caption/credit blocks is translated by the run of declared-language
    # caption/credit blocks that follows it: link them kind by kind, in order.
    i = 0
    while i < len(blocks):
        if blocks[i].lang is Lang.VI and blocks[i].kind in (BlockKind.CAPTION, BlockKind.CREDIT):
            j = i
            while j < len(blocks) and blocks[j].lang is Lang.VI:
                j += 1
            k = j
            while k < len(blocks) and blocks[k].kind in (BlockKind.CAPTION, BlockKind.CREDIT) and (
                blocks[k].lang is not Lang.VI
            ):
                k += 1
            targets = list(range(j, k))
            for source in range(i, j):
                match = next((t for t in targets if blocks[t].kind is blocks[source].kind), None)
                if match is not None:
                    targets.remove(match)
                    blocks[source] = replace(blocks[source], translates=match)
            i = max(k, i + 1)
        else:
            i += 1
    return replace(document, blocks=tuple(blocks))


def dominant_language(document: Document) -> Lang:
    """The language most of the document's running text (title, lede, body) is in, by characters."""
    totals: dict[Lang, int] = {}
    for block in document.blocks:
        if block.kind in (BlockKind.TITLE, BlockKind.LEDE, BlockKind.BODY):
            totals[block.lang] = totals.get(block.lang, 0) + len(block.text)
    if not totals:
        return document.lang
    return max(sorted(totals), key=lambda lang: totals[lang])
