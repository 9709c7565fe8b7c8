"""Vague magnitudes: amounts named by their order, not by a figure.

``thousands of``, ``tens of thousands``, ``several hundred``, ``dozens of``, ``decades``; ``des milliers de``,
``plusieurs dizaines de milliers``, ``des centaines d'années``, ``des siècles``. Each is a ``magnitude`` fact whose
value is its order (``tens of thousands`` -> 10000; ``dozens`` and ``dizaines`` are both tens, as translators
render them). A span of years carries the unit ``a``: ``decades`` (10 a), ``centuries`` and ``hundreds of years``
(100 a), ``des décennies``, ``des dizaines d'années``, ``des millénaires``. A unit or currency named right after
the magnitude is its unit, and in its span (``millions of dollars``: USD; ``des milliers de kilomètres``: km;
``thousands of pounds``: GBP, as ``361 million pounds`` is sterling), from the extractor's language tables. A
count of them is a figure, not a magnitude (``two decades``, ``3 millions``); so are ``a dozen`` (12) and ``un
demi-siècle`` (50 a), which the extractor reads as such. The cross-check compares magnitudes by order, and by
currency where both name one.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Final

import regex

from pipeline.lang import en, fr
from pipeline.model import Fact, FactKind, Lang
from pipeline.numerals import fold, unit_words

_ORDERS: Final[dict[Lang, dict[str, int]]] = {
    Lang.EN: {
        "dozens": 10, "scores": 10, "tens": 10, "hundreds": 100, "thousands": 1000, "millions": 10**6,
        "billions": 10**9, "dozen": 10, "hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9,
        "decades": 10, "centuries": 100, "millennia": 1000,
    },
    Lang.FR: {
        "dizaines": 10, "douzaines": 10, "centaines": 100, "milliers": 1000, "millions": 10**6, "milliards": 10**9,
        "décennies": 10, "siècles": 100, "millénaires": 1000,
    },
}
_SPANS_OF_YEARS: Final = frozenset({"decades", "centuries", "millennia", "décennies", "siècles", "millénaires"})

_EN_MANY: Final = r"(?:dozens|hundreds|thousands|millions|billions)"
# "two decades" is a count, "the 19th and 20th centuries" are ranks: neither is a magnitude.
_COUNTED: Final = (
    r"(?<!\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+(?:st|nd|rd|th)?|[IVXLC]+|first|second|third"
    r"|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|\w+tieth)"
    r"[\s\u00a0]+)"
)
_PATTERNS: Final[dict[Lang, regex.Pattern[str]]] = {
    Lang.EN: regex.compile(
        r"(?<![\w.,-])(?<!\d[\s\u00a0])(?:"
        rf"(?P<head>tens|dozens|hundreds|thousands)\s+of\s+(?P<tail>thousands|millions|billions)\b"
        rf"|(?P<head>{_EN_MANY})\b"
        r"|(?P<head>scores)(?=\s+of\s+(?!\d))"  # "the scores were level", "scores of 200": no magnitude
        r"|(?:several|a\s+few|many|some)\s+(?P<head>dozen|hundred|thousand|million|billion)"
        r"(?:\s+(?P<tail>thousand|million|billion))?\b(?!\s*(?:and\b|-|\d))"
        rf"|{_COUNTED}(?P<head>decades|centuries|millennia)\b)",
        regex.IGNORECASE,
    ),
    Lang.FR: regex.compile(
        r"(?:(?<=\b(?:des|de|d['’]|les|ces|aux|ses|leurs|nos|vos|par)\s*)|(?:plusieurs|quelques)\s+)"
        r"(?<!(?:dizaines|douzaines|centaines|milliers)\s+de\s+)"  # the tail of a longer magnitude
        r"(?P<head>dizaines|douzaines|centaines|milliers|millions|milliards|décennies|siècles|millénaires)"
        r"(?:\s+de\s+(?P<tail>milliers|millions|milliards))?\b",
        regex.IGNORECASE,
    ),
}
# Words without which neither pattern can match: most sentences are passed over with one search.
_PREFILTER: Final[dict[Lang, regex.Pattern[str]]] = {
    Lang.EN: regex.compile(r"dozen|hundred|thousand|illion|scores|tens|decades|centuries|millennia", regex.IGNORECASE),
    Lang.FR: regex.compile(r"aines|mill|décennies|siècles", regex.IGNORECASE),
}


# The words after a magnitude that may name its unit: "of" + one or two words, "de"/"d'" + one or two words.
_UNIT_AFTER: Final[dict[Lang, regex.Pattern[str]]] = {
    Lang.EN: regex.compile(r"\s+of\s+(?P<w>[^\W\d_]+)(?P<w2>\s+[^\W\d_]+)?"),
    Lang.FR: regex.compile(r"\s+(?:de\s+|d['’]\s?)(?P<w>[^\W\d_]+)(?P<w2>\s+[^\W\d_]+)?"),
}
_WEIGHT_AFTER: Final = regex.compile(r"\s+(?:of|worth)\b", regex.IGNORECASE)  # "thousands of pounds of fish"


def _unit(text: str, end: int, lang: Lang) -> tuple[str | None, int]:
    """The unit named right after a magnitude ending at ``end``, and where the magnitude's span then ends."""
    m = _UNIT_AFTER[lang].match(text, end)
    if m is None:
        return None, end
    money_after_scale = getattr(en if lang is Lang.EN else fr, "MONEY_AFTER_SCALE", {})
    candidates = [(m["w"] + m["w2"], m.end())] if m["w2"] else []  # the longer name first: "square kilometres"
    for words, stop in [*candidates, (m["w"], m.end("w"))]:
        key = fold(" ".join(words.split()))
        if key in money_after_scale and _WEIGHT_AFTER.match(text, stop) is None:
            return money_after_scale[key], stop  # "thousands of pounds": sterling
        if key in unit_words(lang):
            return unit_words(lang)[key], stop
    return None, end


def order_of(lang: Lang, word: str) -> int:
    return _ORDERS[lang][word.lower()]


def magnitudes(text: str, lang: Lang) -> Iterator[Fact]:
    """The vague magnitudes of ``text`` in reading order, as ``magnitude`` facts (offsets into ``text``)."""
    if lang not in _PATTERNS or _PREFILTER[lang].search(text) is None:
        return
    for m in _PATTERNS[lang].finditer(text):
        head, tail = m["head"], m["tail"]
        order = order_of(lang, head) * (order_of(lang, tail) if tail else 1)
        # "decades of war": the span is the unit; "thousands of dollars": the unit follows.
        unit, end = ("a", m.end()) if head.lower() in _SPANS_OF_YEARS else _unit(text, m.end(), lang)
        yield Fact(FactKind.MAGNITUDE, Decimal(order), text[m.start() : end], m.start(), end, unit=unit)


def with_magnitudes(text: str, lang: Lang, facts: tuple[Fact, ...]) -> tuple[Fact, ...]:
    """``facts`` with the magnitudes of ``text`` that overlap none of them, sorted by start."""
    found = [
        m for m in magnitudes(text, lang) if not any(f.start < m.end and m.start < f.end for f in facts)
    ]
    if not found:
        return facts
    return tuple(sorted((*facts, *found), key=lambda f: (f.start, f.end)))
