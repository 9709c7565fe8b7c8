"""Cross-check: do aligned sentences carry the same figures? And is each version consistent with itself?

Facts are compared by *class* (cardinals, decimals and years compare as plain numbers; percentage points with
percents, so that ``0.5 percentage points`` against ``0,5 %`` is a unit that differs; every other kind with its
own kind) and exact value, then unit and qualifier family. Within each bead, in this order:

1. facts equal in class, value, unit and qualifier family are matched (a name's number with several runs of
   digits matches another only if the runs agree: ``777-300ER`` is not ``777-200ER``; an event named with the
   last two digits of its year matches that year: ``JO-92`` is ``the 1992 Olympic Games``);
2. facts equal in value but not in qualifier family or unit: ``unit-differs`` or ``qualifier-differs`` (errors),
   except a hedge (about, nearly) on one side only: ``hedge-one-sided`` (a warning); matched facts that both
   name what they are counted per, and name different periods or units, give ``rate-differs`` ("$300 a month" /
   "300 dollars par an", "per tonne" / "le kilo"; an error), and those whose words of change go opposite ways
   give ``direction-differs`` ("rose 9%" / "a reculé de 9 %"; an error);
3. a fact left over in its bead whose exact counterpart is left over in another bead: ``matched-in-other-bead``
   (a warning: the alignment, not the translation, is the likely fault);
4. leftovers of the same class on both sides of a bead pair up: ``scale-differs`` when they differ by a power of
   a thousand and name different scale words, else ``value-differs`` (errors);
5. what is still left is ``missing-in-fr`` / ``missing-in-en`` (error; warnings for a number that is part of a
   name, ``label-missing``, and for a small figure spelled out, ``word-figure-one-sided``), or
   ``one-sided-block`` (info) when its whole sentence is a caption, credit, dateline, byline or boilerplate
   present in one version only.

Internal checks run on each version alone; a problem found in both versions at the same bead is one finding
with both spans and ``both_versions``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from types import ModuleType
from typing import Final

import regex

from .lang import en as _en
from .lang import fr as _fr
from .model import (
    Bead,
    Block,
    BlockKind,
    Code,
    DateValue,
    Fact,
    FactKind,
    Finding,
    Lang,
    Range,
    Ratio,
    Sentence,
    Severity,
    Span,
    TimeValue,
)
from .numerals import alternation, fold, unit_words

CROSSCHECK_VERSION = "59"


# The catalogue. A code never changes meaning; new checks get new codes.
VALUE_DIFFERS = Code("PF101", "value-differs", Severity.ERROR, "the same figure has different values")
MISSING_IN_FR = Code("PF102", "missing-in-fr", Severity.ERROR, "a figure of the English text is not in the French")
MISSING_IN_EN = Code("PF103", "missing-in-en", Severity.ERROR, "a figure of the French text is not in the English")
QUALIFIER_DIFFERS = Code(
    "PF104", "qualifier-differs", Severity.ERROR, "approximate/bounded in one version, not the other"
)
UNIT_DIFFERS = Code("PF105", "unit-differs", Severity.ERROR, "the same number with a different unit or currency")
SCALE_DIFFERS = Code("PF106", "scale-differs", Severity.ERROR, "a scale word differs (million vs milliard …)")
LABEL_MISSING = Code("PF107", "label-missing", Severity.WARNING, "a number in a name is in one version only")
HEDGE_ONE_SIDED = Code(
    "PF108", "hedge-one-sided", Severity.WARNING, "about/nearly on one version's figure only, the value the same"
)
WORD_FIGURE_ONE_SIDED = Code(
    "PF109", "word-figure-one-sided", Severity.WARNING, "a small figure in words (one, three, first, half) on one side"
)
MATCHED_ELSEWHERE = Code(
    "PF110", "matched-in-other-bead", Severity.WARNING, "the figure's counterpart is in another sentence"
)
NAME_NUMBER_MISSING = Code(
    "PF111", "name-number-missing", Severity.ERROR, "the number of a numbered name (article 15, Route 131) is lost"
)
MAGNITUDE_DIFFERS = Code(
    "PF112", "magnitude-differs", Severity.ERROR, "a vague magnitude differs (tens of thousands vs des centaines de …)"
)
RATE_DIFFERS = Code(
    "PF113", "rate-differs", Severity.ERROR, "the same figure per a different period or unit (a month vs par an)"
)
DIRECTION_DIFFERS = Code(
    "PF114", "direction-differs", Severity.ERROR, "the same change a rise in one version, a fall in the other"
)
MONTH_ONE_SIDED = Code(
    "PF115", "month-one-sided", Severity.WARNING, "a month named alone (in July, en juillet) in one version only"
)
ONE_SIDED_BLOCK = Code(
    "PF201", "one-sided-block", Severity.INFO, "a caption, credit, dateline, byline or boilerplate in one version"
)
ONE_SIDED_SENTENCE = Code("PF202", "one-sided-sentence", Severity.INFO, "a sentence with no counterpart")
SOURCE_LANGUAGE_BLOCK = Code(
    "PF203", "source-language-block", Severity.INFO, "a source-language (Vietnamese) block with no translation"
)
RATIO_EXCEEDS_WHOLE = Code("PF301", "ratio-exceeds-whole", Severity.WARNING, "a ratio's numerator exceeds its whole")
PERCENT_CONTRADICTS_RATIO = Code(
    "PF302", "percent-contradicts-ratio", Severity.WARNING, "a percentage does not match the ratio beside it"
)
PARTS_EXCEED_TOTAL = Code("PF303", "parts-mismatch-total", Severity.WARNING, "listed parts do not add up to the total")

CODES: tuple[Code, ...] = (
    VALUE_DIFFERS,
    MISSING_IN_FR,
    MISSING_IN_EN,
    QUALIFIER_DIFFERS,
    UNIT_DIFFERS,
    SCALE_DIFFERS,
    LABEL_MISSING,
    HEDGE_ONE_SIDED,
    WORD_FIGURE_ONE_SIDED,
    MATCHED_ELSEWHERE,
    NAME_NUMBER_MISSING,
    MAGNITUDE_DIFFERS,
    RATE_DIFFERS,
    DIRECTION_DIFFERS,
    MONTH_ONE_SIDED,
    ONE_SIDED_BLOCK,
    ONE_SIDED_SENTENCE,
    SOURCE_LANGUAGE_BLOCK,
    RATIO_EXCEEDS_WHOLE,
    PERCENT_CONTRADICTS_RATIO,
    PARTS_EXCEED_TOTAL,
)

_METADATA_KINDS = frozenset(
    {BlockKind.CAPTION, BlockKind.CREDIT, BlockKind.DATELINE, BlockKind.BYLINE, BlockKind.BOILERPLATE}
)
_NUMBER_CLASS = frozenset({FactKind.CARDINAL, FactKind.DECIMAL, FactKind.YEAR})


@dataclass(frozen=True, slots=True)
class Side:
    """One version as the cross-check sees it. Facts must carry ``sentence`` indices into ``sentences``."""

    lang: Lang
    sentences: Sequence[Sentence]
    facts: Sequence[Fact]


def fact_class(fact: Fact) -> str:
    if fact.kind is FactKind.QUANTITY and fact.unit == "pp":
        return FactKind.PERCENT.value  # "0.5 percentage points" against "0,5 %": one figure, another unit
    return "number" if fact.kind in _NUMBER_CLASS else fact.kind.value


def _label_runs(fact: Fact) -> tuple[str, ...] | None:
    """The runs of digits of a name's number that has several ("777-300ER", "A380-800"), else None."""
    if fact.kind is not FactKind.LABEL:
        return None
    runs = tuple(_DIGIT_RUN.findall(fact.text))
    return runs if len(runs) > 1 else None


def _chains_differ(a: Fact, b: Fact) -> bool:
    """Two names' numbers with the same leading number but other runs of digits ("777-300ER" / "777-200ER")."""
    runs_a, runs_b = _label_runs(a), _label_runs(b)
    return runs_a is not None and runs_b is not None and len(runs_a) == len(runs_b) and runs_a != runs_b


def _same_value(a: Fact, b: Fact) -> bool:
    if fact_class(a) != fact_class(b):
        return False
    if _chains_differ(a, b):
        return False
    if isinstance(a.value, DateValue) and isinstance(b.value, DateValue):
        if a.value.month is not None and b.value.month is not None and (a.value.day is None) != (b.value.day is None):
            return False  # "8 January 2013" against "January 2013": the day is lost, not merely unsaid
        if a.value.month is not None and b.value.month is not None and (a.value.year is None) != (b.value.year is None):
            return False  # "11 September 2001" against "11 septembre", "March 2008" against "mars": the year is lost
        parts = zip(_date_parts(a.value), _date_parts(b.value), strict=True)
        pairs = [(x, y) for x, y in parts if x is not None and y is not None]
        return bool(pairs) and all(x == y for x, y in pairs)
    return a.value == b.value


def _date_parts(value: DateValue) -> tuple[int | None, int | None, int | None]:
    return (value.year, value.month, value.day)


def _family(fact: Fact) -> str | None:
    return fact.qualifier.family if fact.qualifier is not None else None


def _exact_key(fact: Fact) -> tuple[object, ...]:
    """What ``_exact`` compares, as a hashable key (dates must agree on every part)."""
    return (fact_class(fact), fact.value, fact.unit, _family(fact), _label_runs(fact))


def _exact(a: Fact, b: Fact) -> bool:
    return _same_value(a, b) and a.unit == b.unit and _family(a) == _family(b)


def _same_label(a: Fact, b: Fact) -> bool:
    """A name's number written alike in both ("HS2" / "HS2"), paired before "High Speed Two" takes it."""
    return a.kind is FactKind.LABEL and b.kind is FactKind.LABEL and a.text == b.text and _exact(a, b)


_NAMED_DEGREES = frozenset({"°C", "°F"})


def _degrees_unnamed(a: Fact, b: Fact) -> bool:
    """"40 degrees" against "40 °C": one side leaves the scale of a temperature unsaid."""
    units = {a.unit, b.unit}
    return "°" in units and len(units & _NAMED_DEGREES) == 1 and _same_value(a, b) and _family(a) == _family(b)


def format_value(fact: Fact) -> str:
    """A fact's value as a short, locale-free string for messages."""
    value = fact.value
    if isinstance(value, Range):
        text = f"{_num(value.low)}–{_num(value.high)}"
    elif isinstance(value, Ratio):
        text = f"{_num(value.numerator)}/{_num(value.denominator)}"
    elif isinstance(value, DateValue):
        text = iso_date(value)
    elif isinstance(value, TimeValue):
        text = f"{value.hour:02d}:{value.minute:02d}"
    else:
        text = _num(value)
    if fact.kind is FactKind.PERCENT:
        text += "%"
    if fact.unit:
        text += f" {fact.unit}"
    return text


def iso_date(value: DateValue) -> str:
    """ISO 8601 with the parts the text gives: ``2016-01-22``, ``2016-01``, ``--01-22`` (no year), ``2016``."""
    year = f"{value.year:04d}" if value.year is not None else "-"
    if value.month is None:
        return year if value.day is None else f"{year}-??-{value.day:02d}"
    text = f"{year}-{value.month:02d}"
    return text if value.day is None else f"{text}-{value.day:02d}"


def _num(value: Decimal) -> str:
    return format(value.normalize(), "f") if value == value.to_integral_value() else format(value, "f")


def _describe(fact: Fact) -> str:
    qualifier = f"{fact.qualifier.value} " if fact.qualifier else ""
    runs = _label_runs(fact)
    value = "-".join(runs) if runs is not None else format_value(fact)
    return f"{fact.kind.value} {qualifier}{value}"


def _span(lang: Lang, fact: Fact) -> Span:
    return Span(lang=lang, start=fact.start, end=fact.end, text=fact.text, sentence=fact.sentence)


@dataclass
class _Pool:
    """The facts of one side, grouped by bead, with what is matched so far."""

    side: Side
    by_bead: dict[int, list[int]]
    used: set[int]
    partners: dict[int, list[int]] = field(default_factory=dict)  # fact -> the facts it was compared with
    # The vague magnitudes by bead, as (order, fact index), in reading order: compared by order alone.
    magnitudes: dict[int, list[tuple[int, int]]] = field(default_factory=dict)

    def left(self, bead: int) -> list[int]:
        return [i for i in self.by_bead.get(bead, []) if i not in self.used]


def _pool(side: Side, bead_of: dict[int, int]) -> _Pool:
    by_bead: dict[int, list[int]] = {}
    magnitudes: dict[int, list[tuple[int, int]]] = {}
    for i, fact in enumerate(side.facts):
        if fact.sentence is None or fact.sentence not in bead_of:
            continue
        if fact.kind is FactKind.MAGNITUDE:
            if isinstance(fact.value, Decimal):  # compared by order alone (``_magnitudes_differ``)
                magnitudes.setdefault(bead_of[fact.sentence], []).append((int(fact.value), i))
            continue
        by_bead.setdefault(bead_of[fact.sentence], []).append(i)
    return _Pool(side, by_bead, set(), magnitudes=magnitudes)


def _link(a: _Pool, ia: int, b: _Pool, ib: int) -> None:
    """Record that fact ``ia`` of ``a`` and fact ``ib`` of ``b`` stand for each other (matched or compared)."""
    a.used.add(ia)
    b.used.add(ib)
    a.partners.setdefault(ia, []).append(ib)
    b.partners.setdefault(ib, []).append(ia)


def _bead_index(beads: Sequence[Bead], attr: str) -> dict[int, int]:
    return {s: b for b, bead in enumerate(beads) for s in getattr(bead, attr)}


def _one_side_finding(code: Code, message: str, span: Span, bead: int | None) -> Finding:
    """A finding that points into one version only (``span.lang`` says which)."""
    return Finding(
        code=code.code,
        name=code.name,
        severity=code.severity,
        message=message,
        en=span if span.lang is Lang.EN else None,
        fr=span if span.lang is not Lang.EN else None,
        bead=bead,
    )


def _pair_finding(code: Code, message: str, a: tuple[Side, Fact], b: tuple[Side, Fact], bead: int) -> Finding:
    spans = {a[0].lang: _span(a[0].lang, a[1]), b[0].lang: _span(b[0].lang, b[1])}
    return Finding(
        code=code.code,
        name=code.name,
        severity=code.severity,
        message=message,
        en=spans.get(Lang.EN),
        fr=spans.get(Lang.FR),
        bead=bead,
    )


def _greedy(
    a: _Pool, b: _Pool, candidates: Sequence[tuple[tuple[int, ...], int, int, int]]
) -> list[tuple[int, int, int]]:
    """Take candidate pairs (key, bead, ia, ib) best key first, each fact at most once; mark them used.

    Keys end with the English and French offsets (never "first side, second side"), so the result does not depend
    on which version is passed first.
    """
    taken = []
    for _key, bead, ia, ib in sorted(candidates):
        if ia in a.used or ib in b.used:
            continue
        _link(a, ia, b, ib)
        taken.append((bead, ia, ib))
    return taken


def _positions(a: _Pool, ia: int, b: _Pool, ib: int) -> tuple[int, int]:
    x, y = a.side.facts[ia], b.side.facts[ib]
    return (x.start, y.start) if a.side.lang is Lang.EN else (y.start, x.start)


def _match(
    beads: Sequence[Bead], a: _Pool, b: _Pool, test: Callable[[Fact, Fact], bool]
) -> list[tuple[int, int, int]]:
    """In-bead matching of the facts that pass ``test``, in reading order."""
    candidates = [
        ((bead, *_positions(a, ia, b, ib)), bead, ia, ib)
        for bead in range(len(beads))
        for ia in a.left(bead)
        for ib in b.left(bead)
        if test(a.side.facts[ia], b.side.facts[ib])
    ]
    return _greedy(a, b, candidates)


def _scale_differs(x: Fact, y: Fact) -> bool:
    if x.scale == y.scale or not isinstance(x.value, Decimal) or not isinstance(y.value, Decimal):
        return False
    if x.value == 0 or y.value == 0:
        return False
    ratio = max(x.value, y.value) / min(x.value, y.value)
    return ratio in {Decimal(10) ** k for k in (3, 6, 9, 12)}


_UNIT_KINDS = frozenset({FactKind.QUANTITY, FactKind.MONEY, FactKind.MULTIPLIER})
_GROUPED = regex.compile(r"(?<![\d.,])\d{1,3}(?:([.,])\d{3})+(?![\d.,]*\d)")


_MATCHDAYS: Final = regex.compile(r"journées?$", regex.IGNORECASE)


def _bare_against(bare: Fact, other: Fact) -> bool:
    """A bare number (or range) against a quantity, sum or multiplier (or a range in a unit) it can stand for; French
    "journées" are rounds of a league as often as days ("après 14 journées" / "after 14 rounds")."""
    if bare.unit is not None or not (_may_go_unsaid(other.unit) or _MATCHDAYS.search(other.text)):
        return False
    if bare.kind is FactKind.RANGE:
        return other.kind is FactKind.RANGE and other.unit is not None  # "aged 2 to 7" / "de 2 à 7 ans"
    return fact_class(bare) == "number" and other.kind in _UNIT_KINDS


_AGED_BEFORE = regex.compile(r"\b(?:aged|âgée?s?\s+de)(?:\s+\d+\s*(?:,|and|or|to|et|ou|à|-))*\s+$", regex.IGNORECASE)


class _Sentences:
    """The sentences of the two sides by index, for the text around a fact of either (side 0 or 1)."""

    def __init__(self, sides: tuple[Side, Side]) -> None:
        self.langs = (sides[0].lang, sides[1].lang)
        self.texts = [{s.index: s.text for s in side.sentences} for side in sides]
        self.starts = [{s.index: s.start for s in side.sentences} for side in sides]

    def text(self, side: int, fact: Fact) -> str:
        return self.texts[side].get(fact.sentence if fact.sentence is not None else -1, "")

    def before(self, side: int, fact: Fact) -> str:
        index = fact.sentence if fact.sentence is not None else -1
        return self.text(side, fact)[: max(0, fact.start - self.starts[side].get(index, 0))]

    def after(self, side: int, fact: Fact) -> str:
        return _text_after(fact, self.texts[side], self.starts[side])


def _words(words: Iterable[str]) -> str:
    """A regex for one of ``words`` as whole words ("d'" ends a word by its apostrophe)."""
    return rf"(?:{alternation(words)})(?:(?<=')|(?![\w']))"


_REACH: Final = 80  # characters before and after a figure searched for its rate or its word of change


@dataclass(frozen=True)
class _RateWords:
    """What a figure of one language is counted per, read from folded text: after it (up to three words between,
    none a digit, a conjunction or a preposition: "3 million visitors a year", "3 millions de visiteurs par an";
    French "le", "la", "l'" right after it: "5 % l'an") and before it ("a monthly wage of")."""

    after: regex.Pattern[str]
    before: regex.Pattern[str]
    bases: dict[str, str]
    adverbs: dict[str, str]
    adjectives: dict[str, str]

    @classmethod
    def of(cls, module: ModuleType) -> _RateWords:
        bases, adverbs = alternation(module.RATE_BASES), alternation(module.RATE_ADVERBS)
        between = rf"(?:\s+(?!{_words(module.RATE_NOT_BETWEEN)})[^\W\d_][\w'-]*){{0,3}}?"
        per = rf"(?:{alternation(module.RATE_PER)})\s+"
        if module.RATE_PER_NEXT:
            per = rf"(?:(?<=^\s*)(?:{alternation(module.RATE_PER_NEXT)})(?:(?<=')\s*|\s+)|{per})"
        after = regex.compile(
            rf"^{between}\s*(?:/\s*(?P<base>{bases})|{per}(?P<base>{bases})|(?P<adverb>{adverbs}))(?![\w'])"
            rf"(?!\s+{_words(module.RATE_NOT_AFTER)})(?!\s*\d)"
        )
        before = regex.compile(
            rf"\b(?P<adjective>{alternation(module.RATE_ADJECTIVES)})(?:\s+[^\W\d_][\w'-]*){{0,2}}\s+"
            r"(?:of|at|de|d'|a)(?:\s+[^\W\d_][\w'-]*)?\s*$"
        )
        return cls(after, before, module.RATE_BASES, module.RATE_ADVERBS, module.RATE_ADJECTIVES)

    def read(self, fact: Fact, before: str, after: str) -> str | None:
        slash = regex.search(r"/\s*([^\W\d_]+)$", fold(fact.text))
        if slash is not None and slash[1] in self.bases:
            return self.bases[slash[1]]  # "6.5 tonnes/ha"
        found = self.after.match(fold(after[:_REACH]))
        if found is not None:
            return self.bases[found["base"]] if found["base"] else self.adverbs[found["adverb"]]
        found = self.before.search(fold(before[-_REACH:]))
        return self.adjectives[found["adjective"]] if found is not None else None


_RATE_WORDS: Final = {Lang.EN: _RateWords.of(_en), Lang.FR: _RateWords.of(_fr)}
_AMOUNT_KINDS: Final = frozenset({
    FactKind.CARDINAL, FactKind.DECIMAL, FactKind.PERCENT, FactKind.RANGE, FactKind.MONEY, FactKind.QUANTITY,
    FactKind.MULTIPLIER,
})


@dataclass(frozen=True)
class _DirectionWords:
    """Which way a figure of one language moved, read from folded text: a word of change before it, with fillers
    and qualifiers between ("rose by nearly 9%", "en hausse de 35 %"), or right after it ("a 12% increase", "3 % de
    hausse")."""

    before: regex.Pattern[str]
    after: regex.Pattern[str]
    words_before: dict[str, str]
    words_after: dict[str, str]
    bare: frozenset[str]

    @classmethod
    def of(cls, module: ModuleType) -> _DirectionWords:
        fillers = _words((*module.DIRECTION_FILLERS, *module.QUALIFIERS))
        change = _words(module.DIRECTION_BEFORE)
        if module.DIRECTION_STEMS:
            change = rf"(?:{change}|(?P<stem>{alternation(module.DIRECTION_STEMS)})[\w]*)"
        before = regex.compile(rf"\b(?P<word>{change})(?P<fill>(?:\s*{fillers})*)\s*$")
        after = regex.compile(rf"^\s+(?P<word>{_words(module.DIRECTION_AFTER)})(?!\s+(?:or|ou)\b)")
        return cls(before, after, {**module.DIRECTION_STEMS, **module.DIRECTION_BEFORE}, module.DIRECTION_AFTER,
                   frozenset(module.DIRECTION_BARE))

    def read(self, fact: Fact, before: str, after: str) -> str | None:
        found = self.before.search(fold(before[-_REACH:]))
        if found is not None and not (
            found["word"] in self.bare and (found["fill"].strip() or fact.kind not in _BARE_CHANGE_KINDS)
        ):
            return self.words_before[found.groupdict().get("stem") or found["word"]]
        found = self.after.match(fold(after[:_REACH]))
        if found is None or (found["word"] in self.bare and fact.kind not in _BARE_CHANGE_KINDS):
            return None
        return self.words_after[found["word"]]


_BARE_CHANGE_KINDS: Final = frozenset({FactKind.PERCENT, FactKind.MONEY})
_DIRECTION_WORDS: Final = {Lang.EN: _DirectionWords.of(_en), Lang.FR: _DirectionWords.of(_fr)}


def _read_around(
    tables: Mapping[Lang, _RateWords | _DirectionWords], side: int, fact: Fact, around: _Sentences
) -> str | None:
    """What the words around an amount say of it: the period or unit it is counted per (``_RATE_WORDS``: "year"
    for "$300 a year", "5 % l'an"; "tonne" for "90 dollars la tonne"), or which way it moved (``_DIRECTION_WORDS``:
    "up" for "rose 9%", "une hausse de 9 %"; "down" for "9 % de moins"); None when they say nothing."""
    words = tables.get(around.langs[side])
    if fact.kind not in _AMOUNT_KINDS or words is None:
        return None
    return words.read(fact, around.before(side, fact), around.after(side, fact))


_CHANGES: Final = {"up": "a rise", "down": "a fall"}


def _rates_and_directions_differ(
    around: _Sentences, pairs: Iterable[tuple[int, int, int]], a_side: Side, b_side: Side
) -> list[Finding]:
    """Matched facts, one value, counted per a different period or unit ("$300 a month" / "300 dollars par an"), or
    a change that goes up in one version and down in the other ("rose 9%" / "a reculé de 9 %")."""
    findings = []
    names = (a_side.lang.display, b_side.lang.display)
    for bead, ia, ib in pairs:
        x, y = a_side.facts[ia], b_side.facts[ib]
        per_x = _read_around(_RATE_WORDS, 0, x, around)
        per_y = _read_around(_RATE_WORDS, 1, y, around) if per_x is not None else None
        if per_x is not None and per_y is not None and per_x != per_y:
            message = f'rate differs: {names[0]} "{x.text}" is per {per_x}, {names[1]} "{y.text}" is per {per_y}'
            findings.append(_pair_finding(RATE_DIFFERS, message, (a_side, x), (b_side, y), bead))
            continue
        way_x = _read_around(_DIRECTION_WORDS, 0, x, around)
        way_y = _read_around(_DIRECTION_WORDS, 1, y, around) if way_x is not None else None
        if way_x is not None and way_y is not None and way_x != way_y:
            message = (
                f'direction differs: {names[0]} "{x.text}" is {_CHANGES[way_x]}, {names[1]} "{y.text}" is '
                f"{_CHANGES[way_y]}"
            )
            findings.append(_pair_finding(DIRECTION_DIFFERS, message, (a_side, x), (b_side, y), bead))
    return findings


def _unit_elsewhere(around: _Sentences) -> Callable[[Fact, Fact], bool]:
    """A bare number against the same number in months, weeks or days, or a percentage, that unit named elsewhere
    in the bare number's sentence ("the next 12 months" / "les 12 prochains mois" with the unit read apart from the
    number; "1.3 and 2.0%" / "1,3% et 2%")."""
    folded: dict[tuple[int, int], str] = {}  # (side, sentence) -> folded text, made on first use

    def aged(side: int, fact: Fact) -> bool:
        """ "aged 10 and 11": an age in years, whatever other unit the sentence names."""
        return _AGED_BEFORE.search(around.before(side, fact)) is not None

    def sentence(side: int, fact: Fact) -> str:
        key = (side, fact.sentence if fact.sentence is not None else -1)
        if key not in folded:
            folded[key] = fold(around.text(side, fact))
        return folded[key]

    def test(x: Fact, y: Fact) -> bool:
        for side, bare, other in ((0, x, y), (1, y, x)):
            if fact_class(bare) != "number" or bare.value != other.value or _family(x) != _family(y):
                continue
            if other.kind is FactKind.PERCENT:
                if _POINT_AFTER.match(around.after(side, bare)):
                    continue  # "fell 5 points to 28%": see ``_points_as_percent``
                named = _PERCENT_WORD
            elif other.kind is FactKind.QUANTITY and other.unit in _UNIT_WORDS:
                named = _UNIT_WORDS[other.unit]
                if aged(side, bare):
                    continue
            else:
                continue
            if named.search(sentence(side, bare)):
                return True
        return False

    return test


# The noun after an ordinal that makes it a count, by the count's unit: "his 70th birthday", "le 50e anniversaire"
# (years); "the 35th minute", "la 35e minute" (minutes).
_ORDINAL_NOUNS: Final = {
    "a": regex.compile(r"[\s\u00a0]+(?:birthday|anniversary|anniversaire|jubilee)\b", regex.IGNORECASE),
    "min": regex.compile(r"[\s\u00a0]+minutes?\b", regex.IGNORECASE),
}

def _ordinal_as_count(around: _Sentences) -> Callable[[Fact, Fact], bool]:
    """An ordinal birthday or anniversary against the same number of years: "his 70th birthday" / "ses 70 ans",
    "le 50e anniversaire de la victoire" / "50 years since the victory"; the minute of a match against the minutes
    played: "after 35 minutes" / "dès la 35e minute"."""

    def test(x: Fact, y: Fact) -> bool:
        for side, rank, count in ((0, x, y), (1, y, x)):
            if rank.kind is FactKind.ORDINAL and count.kind is FactKind.QUANTITY and count.unit in _ORDINAL_NOUNS \
                    and rank.value == count.value and _family(count) is None:
                return _ORDINAL_NOUNS[count.unit].match(around.after(side, rank)) is not None
        return False

    return test


_GLUED_DEGREES: Final = regex.compile(r"(?P<n>\d{1,3}(?:\.\d)?)(?P<s>[CF])")


def _glued_degrees(x: Fact, y: Fact) -> bool:
    """A figure glued to C or F that its sentence gave no temperature word, read as a name ("It was 50F in
    Chicago"), against a temperature on the other side that converts to it ("10 °C")."""
    for label, degrees in ((x, y), (y, x)):
        glued = _GLUED_DEGREES.fullmatch(label.text) if label.kind is FactKind.LABEL else None
        if glued is not None and degrees.kind is FactKind.QUANTITY and degrees.unit in _NAMED_DEGREES:
            read = replace(label, kind=FactKind.QUANTITY, value=Decimal(glued["n"]), unit="°" + glued["s"])
            return _converted(read, degrees)
    return False


def _rise_as_factor(x: Fact, y: Fact) -> bool:
    """A rise in per cent against the factor it multiplies by: "rose 100%" / "ont doublé", "a 200% rise" /
    "tripled"."""
    for percent, factor in ((x, y), (y, x)):
        if percent.kind is FactKind.PERCENT and factor.kind is FactKind.MULTIPLIER and _family(percent) is None \
                and isinstance(percent.value, Decimal) and isinstance(factor.value, Decimal) and factor.value >= 2:
            return percent.value == (factor.value - 1) * 100
    return False


_POINT_AFTER: Final = regex.compile(
    r"[\s\u00a0-]*(?:of[\s\u00a0]+a[\s\u00a0]+|de[\s\u00a0]+|d['’])?(?:percentage[\s\u00a0-]+)?points?\b",
    regex.IGNORECASE,
)


def _basis_points_as_points(around: _Sentences) -> Callable[[Fact, Fact], bool]:
    """Basis points against the same change in points: "cut by 50 basis points" / "d'un demi-point", "8 basis
    points" / "0,08 point", "25 points de base" / "a quarter of a percentage point"."""

    def points(fact: Fact) -> Decimal | None:
        if fact.kind is FactKind.QUANTITY and fact.unit == "pp" and isinstance(fact.value, Decimal):
            return fact.value
        if isinstance(fact.value, Ratio) and fact.kind is FactKind.FRACTION and fact.value.denominator:
            return fact.value.numerator / fact.value.denominator
        if fact.kind in (FactKind.CARDINAL, FactKind.DECIMAL) and isinstance(fact.value, Decimal):
            return fact.value
        return None

    def test(x: Fact, y: Fact) -> bool:
        for side, basis, other in ((0, x, y), (1, y, x)):
            if basis.kind is not FactKind.QUANTITY or basis.unit != "bp" or not isinstance(basis.value, Decimal):
                continue
            value = points(other)
            if value is None or value * 100 != basis.value:
                continue
            if other.unit == "pp" or _POINT_AFTER.match(around.after(1 - side, other)):
                return True
        return False

    return test


def _signed_change(around: _Sentences) -> Callable[[Fact, Fact], bool]:
    """A change written with a minus sign on one side and as a fall on the other: "fell 0.9%" / "(-0,9 %)", "a
    reculé de 2 %" / "-2%". A plus sign is the same value already."""

    def test(x: Fact, y: Fact) -> bool:
        if x.kind is not y.kind or not isinstance(x.value, Decimal) or not isinstance(y.value, Decimal):
            return False
        if x.value == 0 or x.value != -y.value or x.unit != y.unit:
            return False
        side, unsigned = (0, x) if x.value > 0 else (1, y)
        return _read_around(_DIRECTION_WORDS, side, unsigned, around) == "down"

    return test


# Words that make the plain figure after them a ceiling or a floor (see ``CEILING_BEFORE``, ``FLOOR_BEFORE`` in the
# language modules), and how many words may stand between.
_BOUND_BEFORE: Final = {
    (lang, family): regex.compile(rf"(?:^|\W){_words(words)}(?:\s+[^\W\d_]+){{0,{gap}}}\s*$")
    for lang, module in ((Lang.EN, _en), (Lang.FR, _fr))
    for family, words, gap in (("upper_bound", module.CEILING_BEFORE, 2), ("lower_bound", module.FLOOR_BEFORE, 6))
}


def _plain_as_bound(around: _Sentences) -> Callable[[Fact, Fact], bool]:
    """A plain figure after a word that makes it a ceiling ("within", "reaching", "dans les", "atteint") or a floor
    (a verb of passing, with words between: "a dépassé mardi pour la première fois les 1 000 milliards") against the
    same figure bounded so: "within 1.8 million kilometres" / "à moins de 1,8 million de kilomètres", "less than two
    weeks" / "dans les deux semaines", "up to 200 metres" / "atteint par endroits 200 mètres", "topped $1 trillion"
    (more than) / that "dépassé"."""

    def test(x: Fact, y: Fact) -> bool:
        if x.value != y.value or x.unit != y.unit:
            return False
        for side, plain, bound in ((0, x, y), (1, y, x)):
            family = _family(bound)
            if plain.qualifier is None and family in ("upper_bound", "lower_bound"):
                words = _BOUND_BEFORE.get((around.langs[side], family))
                if words is not None and words.search(fold(around.before(side, plain)[-_REACH:])):
                    return True
        return False

    return test


def _points_as_percent(around: _Sentences) -> Callable[[Fact, Fact], bool]:
    """A bare number of points against a percentage of the same number: "fell 5 points to 28%" / "a baissé de 5 %".
    A fall of 5 points from 33% is not a fall of 5%: a unit that differs ("4.5 percentage points" / "4,5 %", in
    pp, is caught earlier as a unit that differs)."""

    def test(x: Fact, y: Fact) -> bool:
        for side, points, other in ((0, x, y), (1, y, x)):
            if other.kind is not FactKind.PERCENT or points.value != other.value:
                continue
            if points.kind in (FactKind.CARDINAL, FactKind.DECIMAL) and _POINT_AFTER.match(around.after(side, points)):
                return True
        return False

    return test


def _century_as_hundreds(x: Fact, y: Fact) -> bool:
    """A century by its hundreds against its ordinal: "the 1800s" / "le XIXe siècle"."""
    for hundreds, rank in ((x, y), (y, x)):
        if hundreds.kind is FactKind.YEAR and rank.kind is FactKind.ORDINAL and hundreds.text.endswith("s") \
                and isinstance(hundreds.value, Decimal) and hundreds.value % 100 == 0:
            return rank.value == hundreds.value // 100 + 1
    return False


def _bare_range(x: Fact, y: Fact) -> bool:
    """A range with no unit against the same range in a unit it can stand for ("aged 2 to 7" / "de 2 à 7 ans")."""
    return (
        x.kind is FactKind.RANGE
        and x.value == y.value
        and (_bare_against(x, y) or _bare_against(y, x))
        and _family(x) == _family(y)
    )


def _same_bare_figure(x: Fact, y: Fact) -> bool:
    """Same figure, one side bare: a number against a quantity, sum or multiplier of the same value (and hedge, or a
    hedge on one side only, which the caller reports), an ordinal against a plain number of the same value, or
    a number whose thousands separator the other locale reads as a decimal mark (``19,000`` read as 19 in French;
    a hedge on one side only is let pass then, as the misread figure often loses it; two different hedges are not).
    """
    if not isinstance(x.value, Decimal) or not isinstance(y.value, Decimal):
        return False
    one_bare = _bare_against(x, y) or _bare_against(y, x)
    if x.value == y.value:
        if one_bare and (_family(x) is None or _family(y) is None):
            return True  # "HUF 91" / "91", "more than HUF 91" / "91": the hedge, if one side lacks it, is reported
        # Days and ranks: "from the 8th to the 10th August" against "du 8 au 10 août".
        ordinal_and_number = {fact_class(x), fact_class(y)} == {"number", "ordinal"}
        return (one_bare or ordinal_and_number) and _family(x) == _family(y)
    same_kind = fact_class(x) == fact_class(y) and x.unit == y.unit
    # A sum whose currency one side names and the other leaves out ("HUF 350.000" / "350 000"), but not a measure:
    # "24,943-square-foot" / "24,943 pieds carrés" is a misread figure in a unit both name.
    bare_sum = one_bare and FactKind.MONEY in (x.kind, y.kind)
    if not (same_kind or bare_sum) or x.scale is not None or y.scale is not None:
        return False
    if _family(x) is not None and _family(y) is not None and _family(x) != _family(y):
        return False  # "more than 20,000" against "moins de 20,000": the bound still differs
    small, large = (x, y) if x.value < y.value else (y, x)
    grouped = _GROUPED.search(small.text)
    return grouped is not None and small.value * 1000 ** grouped.group(0).count(grouped.group(1)) == large.value


# Calendar spans a writer names: a bare "6" is an age in years ("our son was 6"), not "6 mois", unless the unit
# is in the sentence apart from the number ("the next 12 months", "14,5 jours ..., contre 17,8 en 2009"); and basis
# points, which a bare "8 points" does not say (8 percentage points, a hundred times more).
_ALWAYS_SAID = frozenset({"mo", "wk", "d", "bp"})
# Their words in either language, from the extractor's unit tables (folded: matched against folded text).
_UNIT_WORDS: dict[str, regex.Pattern[str]] = {
    unit: regex.compile(
        r"\b(?:" + "|".join(sorted(word for module in (_en, _fr) for word, symbol in module.UNITS_OF_MEASURE.items()
                                   if symbol == unit)) + r")\b"
    )
    for unit in sorted(_ALWAYS_SAID)
}
# Not the extractor's PERCENT_WORDS: "percentage points" and "pourcentage" name no percent of the figure.
_PERCENT_WORD = regex.compile(r"%|\b(?:per\s?cent|percent|pour\s?cent)\b")


def _may_go_unsaid(unit: str | None) -> bool:
    """Can a bare number on one side stand for a figure in ``unit`` on the other?"""
    return unit not in _ALWAYS_SAID


# Units a translator converts, by dimension: factor to a base unit (temperatures are converted apart).
_CONVERSIONS: dict[str, tuple[str, Decimal]] = {
    "km": ("length", Decimal(1000)), "m": ("length", Decimal(1)), "cm": ("length", Decimal("0.01")),
    "mm": ("length", Decimal("0.001")), "mi": ("length", Decimal("1609.344")), "ft": ("length", Decimal("0.3048")),
    "in": ("length", Decimal("0.0254")), "yd": ("length", Decimal("0.9144")),
    "kg": ("mass", Decimal(1)), "g": ("mass", Decimal("0.001")), "t": ("mass", Decimal(1000)),
    "lb": ("mass", Decimal("0.45359237")), "oz": ("mass", Decimal("0.028349523125")),
    "m2": ("area", Decimal(1)), "km2": ("area", Decimal(10**6)), "ha": ("area", Decimal(10**4)),
    "acre": ("area", Decimal("4046.8564224")), "mi2": ("area", Decimal("2589988.110336")),
    "nmi": ("length", Decimal(1852)), "q": ("mass", Decimal(100)), "kn": ("speed", Decimal("1.852")),
    "l": ("volume", Decimal(1)), "ml": ("volume", Decimal("0.001")), "m3": ("volume", Decimal(1000)),
    "gal": ("volume", Decimal("3.785411784")), "ft3": ("volume", Decimal("28.316846592")),
    "km/h": ("speed", Decimal(1)), "mph": ("speed", Decimal("1.609344")), "m/s": ("speed", Decimal("3.6")),
    "s": ("duration", Decimal(1)), "min": ("duration", Decimal(60)), "h": ("duration", Decimal(3600)),
    "d": ("duration", Decimal(86400)), "wk": ("duration", Decimal(604800)),
    "mo": ("duration", Decimal(2629800)), "a": ("duration", Decimal(31557600)),  # mean Gregorian month and year
}
_CONVERSION_TOLERANCE = Decimal("0.05")
# French counts the days of a week inclusively: "quinze jours" is two weeks, "huit jours" one (in words only).
_WEEK_IDIOMS = frozenset({(Decimal(15), Decimal(2)), (Decimal(8), Decimal(1))})


def _in_base(fact: Fact) -> tuple[str, Decimal] | None:
    if not isinstance(fact.value, Decimal) or fact.unit is None:
        return None
    if fact.unit in ("°C", "°F"):
        celsius = fact.value if fact.unit == "°C" else (fact.value - 32) * 5 / 9
        return ("temperature", celsius)
    known = _CONVERSIONS.get(fact.unit)
    return (known[0], fact.value * known[1]) if known is not None else None


_WARMING_TOLERANCE: Final = Decimal("0.15")


def _same_warming(x: Fact, y: Fact) -> bool:
    """A change of temperature in Fahrenheit against the same change in Celsius: "warming of 2.7F" / "1,5 °C" (a
    difference scales by 5/9, with no offset)."""
    if {x.unit, y.unit} != {"°C", "°F"} or not isinstance(x.value, Decimal) or not isinstance(y.value, Decimal):
        return False
    fahrenheit, celsius = (x.value, y.value) if x.unit == "°F" else (y.value, x.value)
    return celsius != 0 and abs(fahrenheit * 5 / 9 - celsius) <= _WARMING_TOLERANCE


def _converted(x: Fact, y: Fact) -> bool:
    """The same measure in two units of one dimension, equal within 5 % (or 1 degree) after conversion; and the
    French idioms ``quinze jours`` (two weeks, ``a fortnight``, ``14 days``) and ``huit jours`` (a week, ``7
    days``)."""
    if x.unit == y.unit == "d" and isinstance(x.value, Decimal) and isinstance(y.value, Decimal):
        # "a fortnight", "14 days" / "quinze jours"; "seven days" / "huit jours"
        idiom, exact_days = (x, y.value) if x.value > y.value else (y, x.value)
        return (idiom.value, exact_days / 7) in _WEEK_IDIOMS and not any(ch.isdigit() for ch in idiom.text)
    if x.unit == y.unit:
        return False
    if {x.unit, y.unit} == {"d", "wk"}:
        days, weeks = (x, y) if x.unit == "d" else (y, x)
        if (days.value, weeks.value) in _WEEK_IDIOMS and not any(ch.isdigit() for ch in days.text):
            return True  # "within the next two weeks" / "dans les quinze jours"
    bx, by = _in_base(x), _in_base(y)
    if bx is None or by is None or bx[0] != by[0]:
        return False
    if bx[0] == "temperature":
        return abs(bx[1] - by[1]) <= 1 or _same_warming(x, y)
    largest = max(abs(bx[1]), abs(by[1]))
    return largest > 0 and abs(bx[1] - by[1]) <= _CONVERSION_TOLERANCE * largest


# English "pounds" after a figure is read as a weight ("lost 25 pounds"); the other version may say it was sterling.
_POUND_WORD = regex.compile(r"\bpounds?\b", regex.IGNORECASE)


def _pounds_either_way(x: Fact, y: Fact) -> bool:
    """English "pounds" read as a weight against a sum in sterling: "fined 500 pounds" (read as 500 lb) and "500
    livres sterling" (GBP) may be one figure, the word naming either and the other version saying which."""
    weight, money = (x, y) if x.kind is FactKind.QUANTITY else (y, x)
    return (
        weight.kind is FactKind.QUANTITY
        and weight.unit == "lb"
        and money.kind is FactKind.MONEY
        and money.unit == "GBP"
        and _POUND_WORD.search(weight.text) is not None
    )


def _same_pounds(x: Fact, y: Fact) -> bool:
    """``_pounds_either_way`` with the same value and scale: the same figure (a hedge differing is reported)."""
    return _pounds_either_way(x, y) and x.value == y.value and x.scale == y.scale


def _clock_as_duration(x: Fact, y: Fact) -> bool:
    """"2h45" (read as a clock time) against "2 hours 45 minutes": French writes durations the clock's way. "up to 18
    hours" against "jusqu'à 18 heures" (read as until 18:00, its "jusqu'à" no bound then) too."""
    clock, span = (x, y) if isinstance(x.value, TimeValue) else (y, x)
    if not isinstance(clock.value, TimeValue) or span.kind is not FactKind.QUANTITY:
        return False
    base = _in_base(span)
    seconds = (clock.value.hour * 60 + clock.value.minute) * 60
    hedges = _family(clock) == _family(span) or (clock.qualifier is None and _family(span) == "upper_bound")
    return base is not None and base[0] == "duration" and base[1] == seconds and hedges


_DIGIT_RUN = regex.compile(r"\d+")
_TWO_DIGITS_AT_END = regex.compile(r"(?<!\d)\d\d$")


def _same_name_number(x: Fact, y: Fact) -> bool:
    """A number that is part of a name on one side and read as some other figure on the other ("article 220" /
    "l'article 220", "777s" / "777", "787-8s" / "787-8", "No. 1" / "première place"): the same value, or the same
    runs of digits. An event named with its year's last two digits matches that year ("JO-92" / "the 1992
    Olympic Games", "Euro 96" / "Euro 1996")."""
    if FactKind.LABEL not in (x.kind, y.kind) or _chains_differ(x, y):
        return False
    if isinstance(x.value, Decimal) and isinstance(y.value, Decimal) and x.value == y.value:
        return True
    if _short_year(x, y) or _short_year(y, x):
        return True
    runs = _DIGIT_RUN.findall(x.text)
    return bool(runs) and runs == _DIGIT_RUN.findall(y.text)


_NUMERIC_DATE = regex.compile(r"^\d{1,4}([/.-])\d{1,2}\1\d{1,4}$")


def _same_numeric_date(x: Fact, y: Fact) -> bool:
    """A date in digits whose day and month may be read either way: the same digits on both sides ("12/05/2023" /
    "12/05/2023"), or a reading that swaps them ("12/05/2023", month first in English, / "12 mai 2023": the
    English of a Vietnamese article writes the day first)."""
    if x.kind is not FactKind.DATE or y.kind is not FactKind.DATE:
        return False
    if not isinstance(x.value, DateValue) or not isinstance(y.value, DateValue):
        return False
    if _NUMERIC_DATE.match(x.text) is None and _NUMERIC_DATE.match(y.text) is None:
        return False
    if x.text == y.text:
        return True
    a, b = x.value, y.value
    return a.year == b.year and a.day is not None and a.day <= 12 and (a.day, a.month) == (b.month, b.day)


_WRITTEN_SHORT = regex.compile(r"^['’]\d\d$")


def _same_short_year(x: Fact, y: Fact) -> bool:
    """A year written by its last two digits ("the crash of '29", read 2029) and a year ending with them (1929)."""
    if x.kind is not FactKind.YEAR or y.kind is not FactKind.YEAR or x.value == y.value:
        return False
    if not isinstance(x.value, Decimal) or not isinstance(y.value, Decimal):
        return False
    short = _WRITTEN_SHORT.match(x.text) is not None or _WRITTEN_SHORT.match(y.text) is not None
    return short and x.value % 100 == y.value % 100 and _family(x) == _family(y)


def _short_year(label: Fact, year: Fact) -> bool:
    """A name's number of two digits ("JO-92") and a year that ends with them (1992)."""
    if label.kind is not FactKind.LABEL or year.kind is not FactKind.YEAR:
        return False
    if not isinstance(label.value, Decimal) or not isinstance(year.value, Decimal):
        return False
    return _TWO_DIGITS_AT_END.search(label.text) is not None and year.value % 100 == label.value


def _match_split_dates(beads: Sequence[Bead], a: _Pool, b: _Pool) -> None:
    """Two days of one month written the other way round: "September 6 and 7" (a date, then a number) against
    "les 6 et 7 septembre" (a number, then a date); "November 17-21" against "du 17 au 21 novembre"."""
    for bead in range(len(beads)):
        dates_a = [i for i in a.left(bead) if isinstance(a.side.facts[i].value, DateValue)]
        dates_b = [i for i in b.left(bead) if isinstance(b.side.facts[i].value, DateValue)]
        for ia in dates_a:
            for ib in dates_b:
                if ia in a.used or ib in b.used:
                    continue
                da, db = a.side.facts[ia].value, b.side.facts[ib].value
                assert isinstance(da, DateValue) and isinstance(db, DateValue)
                if da.month != db.month or da.day is None or db.day is None or da.day == db.day:
                    continue
                if da.year is not None and db.year is not None and da.year != db.year:
                    continue
                na = _day_number(a, bead, db.day)
                nb = _day_number(b, bead, da.day)
                if na is not None and nb is not None:
                    _link(a, ia, b, nb)
                    _link(a, na, b, ib)
                    # "from December 9 to 20, 2025" / "du 9 au 20 décembre 2025": the year written apart
                    for pool, other, date, dated in ((a, b, db, ib), (b, a, da, ia)):
                        year = _year_number(pool, bead, date.year)
                        if year is not None:
                            _link(pool, year, other, dated)


def _match_days_of_a_month(beads: Sequence[Bead], a: _Pool, b: _Pool) -> None:
    """A day written as a bare number beside a date of its month, against a full date on the other side: "between
    08 to 28 October" against "entre le 8 octobre et le 28 octobre"."""
    for bead in range(len(beads)):
        months = {f.value.month for i in a.by_bead.get(bead, []) if isinstance((f := a.side.facts[i]).value, DateValue)}
        for ib in b.left(bead):
            date = b.side.facts[ib].value
            if not isinstance(date, DateValue) or date.day is None or date.month not in months:
                continue
            ia = _day_number(a, bead, date.day)
            if ia is not None:
                _link(a, ia, b, ib)


def _match_ratio_terms(beads: Sequence[Bead], a: _Pool, b: _Pool) -> None:
    """A ratio against its two terms written apart on the other side: "five out of eight school aides" against
    "cinq aides scolaires sur huit"; a numerator of one may be an article ("un train sur deux")."""
    for bead in range(len(beads)):
        for ia in a.left(bead):
            ratio = a.side.facts[ia].value
            if a.side.facts[ia].kind is not FactKind.RATIO or not isinstance(ratio, Ratio):
                continue
            numbers = [i for i in sorted(b.left(bead), key=lambda i: b.side.facts[i].start)
                       if fact_class(b.side.facts[i]) == "number"]
            top = next((i for i in numbers if b.side.facts[i].value == ratio.numerator), None)
            after = [i for i in numbers if top is None or b.side.facts[i].start > b.side.facts[top].start]
            bottom = next((i for i in after if b.side.facts[i].value == ratio.denominator), None)
            if bottom is None or (top is None and ratio.numerator != 1):
                continue
            for ib in (top, bottom):
                if ib is not None:
                    _link(a, ia, b, ib)


def _year_number(pool: _Pool, bead: int, year: int | None) -> int | None:
    """A year of ``pool`` left in ``bead`` with the value ``year``."""
    if year is None:
        return None
    return next((i for i in pool.left(bead) if pool.side.facts[i].kind is FactKind.YEAR
                 and pool.side.facts[i].value == year), None)


def _day_number(pool: _Pool, bead: int, day: int) -> int | None:
    for i in pool.left(bead):
        fact = pool.side.facts[i]
        if fact.kind in (FactKind.CARDINAL, FactKind.ORDINAL) and fact.value == day:
            return i
    return None


def _range_end(fact: Fact, wanted: Decimal, unit: str | None, unit_after: bool = False) -> bool:
    """Can ``fact`` be one end of a range of ``wanted`` in ``unit``? The unit is often written once, on one end
    or on the range ("au moins deux ou trois ans" / "at least two to three years"); ``unit_after``: the other end,
    after this one, carries it ("two or three days" / "deux à trois jours")."""
    if fact.value != wanted:
        return False
    if fact.kind is FactKind.PERCENT:
        return unit == "%"  # "between 20% and 28%" against "20% et 28%"
    if fact_class(fact) != "number" and fact.kind not in _UNIT_KINDS:
        return False
    if fact.unit is None:
        return unit_after or _may_go_unsaid(unit)
    if unit is None:
        return _may_go_unsaid(fact.unit)  # "aged between 9 and 13" / "9 et 13 ans", not "9 et 13 mois"
    return fact.unit == unit


def _match_range_ends(beads: Sequence[Bead], a: _Pool, b: _Pool) -> None:
    """Match a leftover range of ``a`` with two leftover numbers of ``b`` in its bead equal to its two ends."""
    for bead in range(len(beads)):
        for ia in a.left(bead):
            x = a.side.facts[ia]
            if x.kind is not FactKind.RANGE or not isinstance(x.value, Range):
                continue
            candidates = sorted(b.left(bead), key=lambda i: b.side.facts[i].start)
            high = next((ib for ib in candidates if _range_end(b.side.facts[ib], x.value.high, x.unit)), None)
            # the high end in the range's unit lends it to a bare low end before it ("two or three days")
            lender = b.side.facts[high] if high is not None else None
            lent_from = lender.start if lender is not None and x.unit is not None and lender.unit == x.unit else -1
            low = next(
                (
                    ib
                    for ib in candidates
                    if ib != high and _range_end(b.side.facts[ib], x.value.low, x.unit,
                                                 unit_after=b.side.facts[ib].end <= lent_from)
                ),
                None,
            )
            ends = [ib for ib in (low, high) if ib is not None]
            if len(ends) == 2:
                for ib in ends:
                    _link(a, ia, b, ib)


def compare_facts(beads: Sequence[Bead], en: Side, fr: Side) -> tuple[Finding, ...]:
    """Findings that compare the two versions, bead by bead. Symmetric: swapping sides mirrors the result."""
    return _compare(beads, en, fr, "en", "fr")


def matched_facts(beads: Sequence[Bead], en: Side, fr: Side) -> tuple[tuple[int, int], ...]:
    """Every (English fact index, French fact index) the cross-check paired: matched as the same figure, or
    compared as two versions of one figure (the two spans of a ``value-differs``), in English order."""
    _, pool, _ = _run(beads, en, fr, "en", "fr")
    return tuple(sorted((i, j) for i, js in pool.partners.items() for j in js))


def _unit_text(fact: Fact) -> str:
    if fact.kind is FactKind.PERCENT and fact.unit is None:
        return "%"
    return {"pp": "percentage points", "bp": "basis points"}.get(fact.unit or "", fact.unit or "no unit")


def _points_text(fact: Fact) -> str:
    return "a percentage" if fact.kind is FactKind.PERCENT else "points"


def _compare(beads: Sequence[Bead], a_side: Side, b_side: Side, a_attr: str, b_attr: str) -> tuple[Finding, ...]:
    return _run(beads, a_side, b_side, a_attr, b_attr)[0]


def _run(
    beads: Sequence[Bead], a_side: Side, b_side: Side, a_attr: str, b_attr: str
) -> tuple[tuple[Finding, ...], _Pool, _Pool]:
    a = _pool(a_side, _bead_index(beads, a_attr))
    b = _pool(b_side, _bead_index(beads, b_attr))
    names = (a_side.lang.display, b_side.lang.display)
    findings: list[Finding] = []

    _match(beads, a, b, _same_label)
    _match(beads, a, b, _exact)
    _match(beads, a, b, _bare_range)
    _match(beads, a, b, _degrees_unnamed)

    around = _Sentences((a_side, b_side))
    _match(beads, a, b, _plain_as_bound(around))

    reported: set[tuple[int, int]] = set()  # matched pairs with a finding of their own
    for bead, ia, ib in _match(beads, a, b, _same_value):
        x, y = a_side.facts[ia], b_side.facts[ib]
        reported.add((ia, ib))
        if x.unit != y.unit:
            message = f'unit differs: {names[0]} "{x.text}" is {_unit_text(x)}, {names[1]} "{y.text}" is ' \
                      f"{_unit_text(y)}"
            findings.append(_pair_finding(UNIT_DIFFERS, message, (a_side, x), (b_side, y), bead))
        else:
            findings.append(_qualifier_finding((a_side, x), (b_side, y), bead))

    # A share as a fraction on one side and a percentage or a ratio on the other ("Two-thirds" / "67 %", "half" /
    # "un sur deux").
    for bead, ia, ib in _match(beads, a, b, _share_as_percent) + _match(beads, a, b, _share_as_ratio):
        x, y = a_side.facts[ia], b_side.facts[ib]
        if _family(x) != _family(y):
            reported.add((ia, ib))
            findings.append(_qualifier_finding((a_side, x), (b_side, y), bead))

    # A fraction word against its decimal ("half a percentage point" / "0,5 point de pourcentage").
    _match(beads, a, b, _fraction_as_decimal)

    # The same measure converted to another unit by the translator ("130mph" / "210 km/h", within 5 %).
    # The same figure written with a unit or kind on one side and as a bare number on the other ("11 times" /
    # "11 fois" read as a multiplier on one side only; "10 milliards de livres" whose currency was not read), or
    # in the other locale's grouping ("19,000" left in English style in French); and a range whose two ends are
    # written as two numbers on the other side ("from 1975 until 1979" / "de 1975 à 1979").
    _match(beads, a, b, _converted)
    same_figure = _match(beads, a, b, _same_pounds) + _match(beads, a, b, _same_bare_figure)
    for bead, ia, ib in same_figure:
        x, y = a_side.facts[ia], b_side.facts[ib]
        if x.value == y.value and _family(x) != _family(y):
            reported.add((ia, ib))
            findings.append(_qualifier_finding((a_side, x), (b_side, y), bead))
    for bead, ia, ib in _match(beads, a, b, _points_as_percent(around)):
        x, y = a_side.facts[ia], b_side.facts[ib]
        reported.add((ia, ib))
        message = f'unit differs: {names[0]} "{x.text}" is {_points_text(x)}, {names[1]} "{y.text}" is ' \
                  f"{_points_text(y)}"
        findings.append(_pair_finding(UNIT_DIFFERS, message, (a_side, x), (b_side, y), bead))
    _match(beads, a, b, _signed_change(around))
    _match(beads, a, b, _unit_elsewhere(around))
    _match(beads, a, b, _clock_as_duration)
    _match(beads, a, b, _ordinal_as_count(around))
    _match(beads, a, b, _century_as_hundreds)
    _match(beads, a, b, _glued_degrees)
    _match(beads, a, b, _rise_as_factor)
    _match(beads, a, b, _basis_points_as_points(around))
    _match(beads, a, b, _same_name_number)
    _match(beads, a, b, _same_short_year)
    _match(beads, a, b, _same_numeric_date)
    _match_range_ends(beads, a, b)
    _match_range_ends(beads, b, a)
    _match_split_dates(beads, a, b)
    _match_days_of_a_month(beads, a, b)
    _match_days_of_a_month(beads, b, a)
    _match_ratio_terms(beads, a, b)
    _match_ratio_terms(beads, b, a)
    bead_of_a = {ia: bead for bead, facts in a.by_bead.items() for ia in facts}
    matched = sorted(
        (bead_of_a[ia], ia, ib) for ia, ibs in a.partners.items() for ib in ibs if (ia, ib) not in reported
    )
    findings.extend(_rates_and_directions_differ(around, matched, a_side, b_side))

    # Leftovers whose exact counterpart is left over in another bead: a likely misalignment.
    b_left: dict[tuple[object, ...], list[tuple[int, int]]] = {}
    for other in range(len(beads)):
        for ib in b.left(other):
            b_left.setdefault(_exact_key(b_side.facts[ib]), []).append((other, ib))
    elsewhere = [
        ((abs(bead - other), *_positions(a, ia, b, ib)), bead, ia, ib)
        for bead in range(len(beads))
        for ia in a.left(bead)
        for other, ib in b_left.get(_exact_key(a_side.facts[ia]), [])
        if other != bead
    ]
    bead_of_b = {ib: other for found in b_left.values() for other, ib in found}
    for bead, ia, ib in _greedy(a, b, elsewhere):
        x, y = a_side.facts[ia], b_side.facts[ib]
        message = (
            f'{names[0]} "{x.text}" is matched by {names[1]} "{y.text}" in another sentence '
            f"(bead {bead_of_b[ib]}, not {bead}): check the alignment"
        )
        findings.append(_pair_finding(MATCHED_ELSEWHERE, message, (a_side, x), (b_side, y), bead))

    differing = [
        ((bead, *_distance(a_side.facts[ia], b_side.facts[ib]), *_positions(a, ia, b, ib)), bead, ia, ib)
        for bead in range(len(beads))
        for ia in a.left(bead)
        for ib in b.left(bead)
        if _comparable(a_side.facts[ia], b_side.facts[ib])
    ]
    for bead, ia, ib in _greedy(a, b, differing):
        x, y = a_side.facts[ia], b_side.facts[ib]
        if _scale_differs(x, y):
            code, what = SCALE_DIFFERS, "scale differs"
        else:
            code, what = VALUE_DIFFERS, "value differs"
        message = f'{what}: {names[0]} "{x.text}" ({_describe(x)}) vs {names[1]} "{y.text}" ({_describe(y)})'
        findings.append(_pair_finding(code, message, (a_side, x), (b_side, y), bead))

    findings.extend(_magnitudes_differ(a, b))
    findings.extend(_unmatched(beads, a, b, a_attr))
    findings.extend(_unmatched(beads, b, a, b_attr))
    findings.extend(_one_sided_sentences(beads, a_side, a_attr, a.by_bead))
    findings.extend(_one_sided_sentences(beads, b_side, b_attr, b.by_bead))
    return tuple(findings), a, b


def _is_currency(unit: str | None) -> bool:
    return unit is not None and len(unit) == 3 and unit.isupper()


def _magnitude_name(order: int) -> str:
    return f"of the order of {order:,}s"


def _magnitudes_differ(a: _Pool, b: _Pool) -> list[Finding]:
    """A vague magnitude on each side of a bead, of different orders ("tens of thousands" / "des centaines de
    milliers"): an error. The same order on both sides is a match; a magnitude on one side only says nothing (a
    translator may say "thousands" where the original gave none, or drop it). Each pair is linked in the pools."""
    a_side, b_side = a.side, b.side
    findings = []
    for bead_index in sorted(a.magnitudes.keys() & b.magnitudes.keys()):
        xs, ys = a.magnitudes[bead_index], b.magnitudes[bead_index]
        for order in sorted({o for o, _ in xs} & {o for o, _ in ys}):
            for (_, ia), (_, ib) in zip([x for x in xs if x[0] == order], [y for y in ys if y[0] == order],
                                        strict=False):
                _link(a, ia, b, ib)
                x, y = a_side.facts[ia], b_side.facts[ib]
                if _is_currency(x.unit) and _is_currency(y.unit) and x.unit != y.unit:
                    # "millions of dollars" / "des millions d'euros" (units of measure may be converted: not compared)
                    message = f'unit differs: {a_side.lang.display} "{x.text}" is {x.unit}, {b_side.lang.display} ' \
                              f'"{y.text}" is {y.unit}'
                    findings.append(_pair_finding(UNIT_DIFFERS, message, (a_side, x), (b_side, y), bead_index))
        for (ox, ia), (oy, ib) in zip([x for x in xs if x[1] not in a.used], [y for y in ys if y[1] not in b.used],
                                      strict=False):
            _link(a, ia, b, ib)
            x, y = a_side.facts[ia], b_side.facts[ib]
            message = (
                f'magnitude differs: {a_side.lang.display} "{x.text}" ({_magnitude_name(ox)}) vs '
                f'{b_side.lang.display} "{y.text}" ({_magnitude_name(oy)})'
            )
            findings.append(_pair_finding(MAGNITUDE_DIFFERS, message, (a_side, x), (b_side, y), bead_index))
    return findings


def _qualifier_finding(a: tuple[Side, Fact], b: tuple[Side, Fact], bead: int) -> Finding:
    """Two facts of one value whose qualifiers differ ("nearly 40" / "40")."""
    (a_side, x), (b_side, y) = a, b
    code = HEDGE_ONE_SIDED if _hedged_one_side(x, y) else QUALIFIER_DIFFERS
    message = (
        f'qualifier differs: {a_side.lang.display} "{x.text}" is {_qualifier_text(x)}, '
        f'{b_side.lang.display} "{y.text}" is {_qualifier_text(y)}'
    )
    return _pair_finding(code, message, a, b, bead)


_SHARES: Final = frozenset({FactKind.FRACTION, FactKind.RATIO})
# How far a percentage may stand from the share it restates: rounded to the unit ("two-thirds" / "67 %"), or,
# both hedged, a round figure for a round share ("about 30 percent" / "près d'un tiers").
_SHARE_ROUNDING: Final = Decimal("0.5")
_SHARE_HEDGED: Final = Decimal(4)


def _share_as_percent(x: Fact, y: Fact) -> bool:
    """"A fifth" against "20 %", "three out of 10" against "30 %": one share, as a fraction and as a percentage."""
    share, percent = (x, y) if x.kind in _SHARES else (y, x)
    if share.kind not in _SHARES or percent.kind is not FactKind.PERCENT or percent.unit == "pp":
        return False
    if not isinstance(share.value, Ratio) or not isinstance(percent.value, Decimal) or not share.value.denominator:
        return False
    gap = abs(100 * share.value.numerator / share.value.denominator - percent.value)
    if _family(x) == _family(y) == "approximate":
        return gap <= _SHARE_HEDGED
    return gap <= _SHARE_ROUNDING


def _comparable(x: Fact, y: Fact) -> bool:
    """Two leftovers of one bead that may be one figure changed: one class, a share and a percentage, a fraction
    word and a decimal, or English "pounds" and a sum in sterling."""
    if fact_class(x) == fact_class(y) or _pounds_either_way(x, y):
        return True
    kinds = {x.kind, y.kind}
    if kinds in ({FactKind.FRACTION, FactKind.DECIMAL}, {FactKind.FRACTION, FactKind.RATIO}):
        return True  # "a quarter point" / "0,75 point"; "a quarter" / "un adulte sur cinq"
    return {x.kind in _SHARES, y.kind in _SHARES} == {True, False} and FactKind.PERCENT in kinds


def _fraction_as_decimal(x: Fact, y: Fact) -> bool:
    """"half" against "0,5", "a quarter point" against "0.25 points": one value, as a word and in digits (the unit
    of a measure is often read on the digits' side only)."""
    share, other = (x, y) if x.kind is FactKind.FRACTION else (y, x)
    if share.kind is not FactKind.FRACTION or other.kind not in (FactKind.DECIMAL, FactKind.QUANTITY):
        return False
    if not isinstance(share.value, Ratio) or not isinstance(other.value, Decimal) or not share.value.denominator:
        return False
    return _family(x) == _family(y) and share.value.numerator / share.value.denominator == other.value


def _share_as_ratio(x: Fact, y: Fact) -> bool:
    """"half" against "un sur deux", "a quarter" against "one in four": one share, as a fraction and a ratio."""
    if {x.kind, y.kind} != {FactKind.FRACTION, FactKind.RATIO}:
        return False
    if not isinstance(x.value, Ratio) or not isinstance(y.value, Ratio):
        return False
    return x.value.numerator * y.value.denominator == y.value.numerator * x.value.denominator


_FAMILY_TEXT = {"approximate": "approximate", "lower_bound": "a lower bound", "upper_bound": "an upper bound"}


def _qualifier_text(fact: Fact) -> str:
    if fact.qualifier is None:
        return "exact"
    return f"{_FAMILY_TEXT[fact.qualifier.family]} ({fact.qualifier.value.replace('_', ' ')})"


def _hedged_one_side(x: Fact, y: Fact) -> bool:
    """One figure hedged (about, nearly), the other stated plainly: translators add and drop such hedges freely.
    A bound (more than, less than) on one side only, or two different qualifiers, changes the claim."""
    families = {_family(x), _family(y)}
    return families == {None, "approximate"}


def _distance(x: Fact, y: Fact) -> tuple[int, int]:
    """How far apart two facts of one class are (symmetric): characters of their values that differ, then
    whether one is spelled out and the other in digits ("5" pairs with "6" before "One" does)."""
    dx, dy = format_value(x), format_value(y)
    edits = sum(p != q for p, q in zip(dx, dy, strict=False)) + abs(len(dx) - len(dy))
    return (edits, int(_spelled(x) != _spelled(y)))


def _spelled(fact: Fact) -> bool:
    return not any(ch.isdigit() for ch in fact.text)


_SMALL = frozenset(Decimal(n) for n in range(11))


def is_word_figure(fact: Fact) -> bool:
    """A small figure spelled out in words, which translations rephrase freely: zero to ten, first to tenth, twice,
    half … (``un`` is also an article, ``l'un`` a pronoun, ``premier`` "leading", ``mi-temps`` is "half", "les deux
    seuls cas" is "the only cases", "trois sous" is "little money"). Its loss is a warning, not an error; where the
    other side says "both", "twin" or "a decade" instead, the count it implies must agree."""
    if not _spelled(fact):
        return False
    if fact.kind is FactKind.FRACTION:
        return True
    return fact.kind in (FactKind.CARDINAL, FactKind.ORDINAL, FactKind.MULTIPLIER) and fact.value in _SMALL


def _countable(fact: Fact) -> bool:
    """A count, a span of years, days or weeks, or a sum, which "both", "twin", "a decade", "un quinquennat" or
    "a euro" can stand for on the other side."""
    if fact.kind in (FactKind.CARDINAL, FactKind.ORDINAL, FactKind.MULTIPLIER):
        return True
    return fact.kind in (FactKind.QUANTITY, FactKind.MONEY) and fact.unit in _IMPLIED_UNITS


# Words that say how many without a figure: "both" / "tous deux", "twin attacks" / "deux attentats", "a couple of
# weeks" / "deux semaines" (a word figure left over against them is silent; a digit stays an error); the extractor
# does not read "the two" / "les deux" (a pronoun as often as a count), so they imply 2 here. A span of time names
# its unit: "a fortnight" is 14 or 15 days ("quinze jours"), never 15 weeks.
_IMPLIED_WORDS: dict[Lang, tuple[tuple[str, int, str | None], ...]] = {
    Lang.EN: (
        (r"both|twins?|pairs?|duos?|double|the\s+two|(?:a|the)\s+couple(?:\s+of)?", 2, None),
        (r"trio|triple|triplets", 3, None),
        (r"quartet|quadruplets", 4, None), (r"decades?", 10, "a"), (r"dozens?", 12, None), (r"fortnight", 14, "d"),
        (r"fortnight", 15, "d"), (r"half(?:\s+a|-)\s*century", 50, "a"),
        (r"(?:in|within|for|after|over|than|about|nearly|almost)\s+a\s+week", 1, "wk"),  # not "$5 a week"
    ),
    Lang.FR: (
        (r"jumea(?:u|ux)|jumelles?|paires?|duos?|binômes?|double|(?:les|des|aux|ces|tous|toutes|ses|leurs|nos|vos)"
         r"\s+deux|(?:un|le|du|au|ce)\s+couple", 2, None),
        (r"trio|triplés|triplées", 3, None), (r"quatuor|quadruplés", 4, None), (r"quinquennats?", 5, "a"),
        (r"septennats?", 7, "a"), (r"décennies?|décades?", 10, "a"), (r"douzaines?", 12, None),
        (r"quinzaines?", 15, None), (r"demi-siècles?", 50, "a"),
        (r"semestres?", 6, "mo"), (r"trimestres?", 3, "mo"),  # "au premier semestre" / "in the first six months"
    ),
}
_IMPLIED_COUNTS: dict[Lang, tuple[tuple[regex.Pattern[str], Decimal, str | None], ...]] = {
    lang: tuple(
        (regex.compile(rf"\b(?:{words})\b", regex.IGNORECASE), Decimal(value), unit) for words, value, unit in table
    )
    for lang, table in _IMPLIED_WORDS.items()
}


# One unit of a currency, a measure or a span of time in words: "a euro lent" / "1 € prêté", "un kilomètre" / "1
# km", "one mile" / "1,6 km", "un an" / "12 months". Not English "a year", as often "per year" ("$5 million a year").
_ONE_ARTICLE_BEFORE: Final[dict[Lang, tuple[str, str]]] = {  # before any unit, before a span of time
    Lang.EN: ("a|an|one", "one"),
    Lang.FR: ("un|une", "un|une"),
}
# Unit words whose currency the tables do not give ("a pound" is a sum as often as a weight, "une livre" too), and
# "an", too short for them ("un an").
_ONE_UNIT_EXTRA: Final[dict[Lang, dict[str, tuple[str, ...]]]] = {
    Lang.EN: {"pound": ("GBP",)},
    Lang.FR: {"livre": ("GBP", "lb"), "an": ("a",)},
}


def _one_unit_words(lang: Lang) -> dict[str, tuple[str, ...]]:
    """Folded unit and currency words of ``lang`` that say one of their unit after an article -> their units."""
    words: dict[str, tuple[str, ...]] = {k: (v,) for k, v in unit_words(lang).items()}
    for word, units in _ONE_UNIT_EXTRA[lang].items():
        words[word] = tuple(dict.fromkeys((*words.get(word, ()), *units)))
    return words


def _one_pattern(articles: str, words: Iterable[str]) -> regex.Pattern[str]:
    alternation = "|".join(sorted(map(regex.escape, words), key=len, reverse=True))
    return regex.compile(rf"\b(?:{articles})\s+(?P<w>{alternation})\b")


_ONE_UNIT_WORDS: Final = {lang: _one_unit_words(lang) for lang in _ONE_ARTICLE_BEFORE}
_IMPLIED_ONES: Final[dict[Lang, tuple[regex.Pattern[str], ...]]] = {
    lang: (
        _one_pattern(any_unit, (w for w, units in _ONE_UNIT_WORDS[lang].items()
                                if not set(units) <= _en.DURATION_UNITS)),
        _one_pattern(span, (w for w, units in _ONE_UNIT_WORDS[lang].items() if set(units) <= _en.DURATION_UNITS)),
    )
    for lang, (any_unit, span) in _ONE_ARTICLE_BEFORE.items()
}
# The units of the counts, spans and sums the words above imply; the figures in them may be said by those words.
_IMPLIED_UNITS: Final = frozenset(
    {None} | {unit for words in _ONE_UNIT_WORDS.values() for units in words.values() for unit in units}
)


def _implied(lang: Lang, texts: Iterable[str]) -> set[tuple[Decimal, str | None]]:
    """The counts (unit None), spans of time (their unit) and sums (their currency) that words like "both",
    "jumelles", "a decade" or "a euro" imply in these sentences."""
    found: set[tuple[Decimal, str | None]] = set()
    for text in texts:
        found.update((value, unit) for pattern, value, unit in _IMPLIED_COUNTS[lang] if pattern.search(text))
        folded = fold(text) if lang in _IMPLIED_ONES else ""
        for pattern in _IMPLIED_ONES.get(lang, ()):
            found.update((Decimal(1), unit) for m in pattern.finditer(folded) for unit in _ONE_UNIT_WORDS[lang][m["w"]])
    return found


# The articles that say "one" in each language: "One person died" / "Une personne est morte".
_ONE_ARTICLES: dict[Lang, regex.Pattern[str]] = {
    Lang.EN: regex.compile(r"\b(?:a|an|one)\b", regex.IGNORECASE),
    Lang.FR: regex.compile(r"(?<![\w-])(?:l['’])?une?\b", regex.IGNORECASE),
}


def _one_as_article(fact: Fact, other: Lang, texts: Iterable[str]) -> bool:
    """Whether a spelled-out one ("One", "un") is left over where the other side has an article that says it."""
    return _said_by_word(fact, FactKind.CARDINAL, _ONE_ARTICLES, other, texts)


def _said_by_word(
    fact: Fact, kind: FactKind, words: dict[Lang, regex.Pattern[str]], other: Lang, texts: Iterable[str]
) -> bool:
    """Whether ``fact`` is a spelled-out 1 of ``kind`` and the other side's ``texts`` hold one of ``words``."""
    pattern = words.get(other)
    if pattern is None or fact.kind is not kind or fact.value != 1 or not _spelled(fact):
        return False
    return any(pattern.search(text) for text in texts)


# The words that name noon and midnight: "at noon" / "à 12 heures", "12 midnight" / "à minuit".
_CLOCK_WORDS: dict[Lang, dict[tuple[int, int], regex.Pattern[str]]] = {
    Lang.EN: {(12, 0): regex.compile(r"\b(?:noon|midday|mid-day)\b", regex.IGNORECASE),
              (0, 0): regex.compile(r"\bmidnight\b", regex.IGNORECASE)},
    # not "après-midi", "après midi" (the afternoon) nor "le Midi" (the south of France)
    Lang.FR: {(12, 0): regex.compile(r"(?<![\w-])(?<!apr[èe]s\s)midi\b"),
              (0, 0): regex.compile(r"(?<![\w-])minuit\b", regex.IGNORECASE)},
}


def _clock_by_word(fact: Fact, other: Lang, texts: Iterable[str]) -> bool:
    """Whether ``fact`` is noon or midnight and the other side's ``texts`` name it in a word."""
    if fact.kind is not FactKind.TIME or not isinstance(fact.value, TimeValue):
        return False
    pattern = _CLOCK_WORDS.get(other, {}).get((fact.value.hour, fact.value.minute))
    return pattern is not None and any(pattern.search(text) for text in texts)


# Superlatives that say "first" in each language: "the biggest exporter" / "le premier exportateur".
_SUPERLATIVES: dict[Lang, regex.Pattern[str]] = {
    Lang.EN: regex.compile(
        r"\b(?:largest|biggest|greatest|leading|top|main|foremost|number\s+one)\b", regex.IGNORECASE
    ),
    Lang.FR: regex.compile(r"\b(?:plus\s+grande?s?|principale?s?|principaux|numéro\s+un)\b", regex.IGNORECASE),
}


# Figures the other version names in a word: "its 50th anniversary" / "son cinquantenaire", "le centième
# anniversaire" / "the centenary", "une vingtaine d'années" / "in her twenties", "la quarantaine" / "his forties".
_ANNIVERSARY_WORDS: Final[dict[Lang, dict[int, str]]] = {
    Lang.FR: {50: "cinquantenaire", 100: "centenaire", 150: "cent-cinquantenaire", 200: "bicentenaire",
              300: "tricentenaire", 1000: "millénaire"},
    Lang.EN: {25: r"silver\s+jubilee", 50: r"golden\s+jubilee", 60: r"diamond\s+jubilee",
              100: "centenary|centennial", 150: "sesquicentennial|sesquicentenary", 200: "bicentenary|bicentennial",
              300: "tercentenary|tricentennial", 1000: "millennium"},
}
_TENS_OF_AGE: Final[dict[int, str]] = {
    20: "twenties", 30: "thirties", 40: "forties", 50: "fifties", 60: "sixties", 70: "seventies", 80: "eighties",
    90: "nineties",
}


def _word_patterns(words: dict[int, str]) -> dict[int, regex.Pattern[str]]:
    return {value: regex.compile(rf"(?<![\w-])(?:{word})(?![\w-])", regex.IGNORECASE) for value, word in words.items()}


_ANNIVERSARY_PATTERNS: Final = {lang: _word_patterns(words) for lang, words in _ANNIVERSARY_WORDS.items()}
_TENS_OF_AGE_PATTERNS: Final = _word_patterns(_TENS_OF_AGE)


def _named_by_word(fact: Fact, after: str, other: Lang, texts: Iterable[str]) -> bool:
    """Whether the other side's ``texts`` name ``fact`` in a word: an anniversary by its noun, an approximate age
    in tens ("une vingtaine d'années", "la quarantaine") by the tens word. ``after`` is this side's text after it."""
    if not isinstance(fact.value, Decimal) or fact.value != fact.value.to_integral_value():
        return False
    value = int(fact.value)
    if fact.kind is FactKind.ORDINAL and _ORDINAL_NOUNS["a"].match(after):
        pattern = _ANNIVERSARY_PATTERNS.get(other, {}).get(value)
    elif other is Lang.EN and _family(fact) == "approximate" and "aine" in fact.text and fact.unit in ("a", None):
        pattern = _TENS_OF_AGE_PATTERNS.get(value)
    else:
        return False
    return pattern is not None and any(pattern.search(text) for text in texts)


def _first_as_superlative(fact: Fact, other: Lang, texts: Iterable[str]) -> bool:
    """Whether a spelled-out first ("premier", "first") is left over where the other side has a superlative."""
    return _said_by_word(fact, FactKind.ORDINAL, _SUPERLATIVES, other, texts)


def _implied_by(fact: Fact, implied: set[tuple[Decimal, str | None]]) -> bool:
    """Whether ``implied`` says ``fact``: a sum in its currency; a count or span by its value, a span of time in
    its unit or converted ("ten years" by "a decade", not "ten months"; "12 months" by "un an")."""
    if not isinstance(fact.value, Decimal):
        return False
    if fact.kind is FactKind.MONEY:
        return (fact.value, fact.unit) in implied
    if (fact.value, None) in implied:
        return True
    if fact.unit is not None:
        return (fact.value, fact.unit) in implied or any(_same_span(fact, value, unit) for value, unit in implied)
    return any(value == fact.value and unit in _IMPLIED_SPANS for value, unit in implied)


def _same_span(fact: Fact, value: Decimal, unit: str | None) -> bool:
    """Whether ``fact`` is a span of time equal, within 5 %, to ``value`` ``unit`` ("12 months" and "un an")."""
    if unit is None or unit not in _en.DURATION_UNITS or fact.unit not in _en.DURATION_UNITS:
        return False
    return _converted(fact, replace(fact, value=value, unit=unit))


_IMPLIED_SPANS = frozenset({"a", "d"})


_RESTATED_BETWEEN = regex.compile(r"[\s\u00a0]*[(/][\s\u00a0]*(?:about|some|around|environ|quelque|soit)?[\s\u00a0]*")


def _restated(side: Side, pool: _Pool, i: int) -> bool:
    """Whether leftover fact ``i`` restates in brackets a matched neighbour of its sentence in another unit: the
    translation kept one of "100 miles (160 km)" or "40C (104F)", and what it kept was matched."""
    fact = side.facts[i]
    if fact.sentence is None or _in_base(fact) is None:
        return False
    sentence = next((s for s in side.sentences if s.index == fact.sentence), None)
    if sentence is None:
        return False
    for j, other in enumerate(side.facts):
        if j == i or j not in pool.used or other.sentence != fact.sentence or not _converted(fact, other):
            continue
        first, second = (other, fact) if other.start < fact.start else (fact, other)
        gap = sentence.text[first.end - sentence.start : second.start - sentence.start]
        if _RESTATED_BETWEEN.fullmatch(gap):
            return True
    return False


def _text_after(fact: Fact, texts: dict[int, str], starts: dict[int, int]) -> str:
    """The text of ``fact``'s sentence after it."""
    index = fact.sentence if fact.sentence is not None else -1
    return texts.get(index, "")[fact.end - starts.get(index, 0) :]


def _month_alone(fact: Fact) -> bool:
    """ "in July", "en juillet": a date with its month only."""
    value = fact.value
    return isinstance(value, DateValue) and value.month is not None and value.year is None and value.day is None


def _unmatched(beads: Sequence[Bead], pool: _Pool, other_pool: _Pool, attr: str) -> list[Finding]:
    findings = []
    side, other = pool.side, other_pool.side.lang
    sentence_kind = {s.index: s.kind for s in side.sentences}
    texts = {s.index: s.text for s in side.sentences}
    starts = {s.index: s.start for s in side.sentences}
    other_texts = {s.index: s.text for s in other_pool.side.sentences}
    other_attr = "fr" if attr == "en" else "en"
    other_magnitudes = _unpaired_magnitudes(other_pool)
    for bead in range(len(beads)):
        one_sided = not getattr(beads[bead], other_attr)
        left = pool.left(bead)
        words = [i for i in left if _countable(side.facts[i])]
        implied: set[tuple[Decimal, str | None]] = set()
        unsaid: set[tuple[Decimal, str | None]] = set()
        if words:
            implied = _implied(other, [other_texts.get(k, "") for k in getattr(beads[bead], other_attr)])
        if implied:
            # A count the other side implies and this side does not ("the two sides" / "les cinq belligérants");
            # one both imply is said on both ("the two others" / "les deux autres") and contradicts nothing.
            unsaid = implied - _implied(side.lang, [texts.get(k, "") for k in getattr(beads[bead], attr)])
            # ... or a figure of this side matched to its counterpart says it ("the next one or two quarters" / "du
            # prochain trimestre ou des deux prochains trimestres": "two" is matched to "deux")
            for k in pool.by_bead.get(bead, ()):
                said = side.facts[k]
                if k in pool.used and isinstance(said.value, Decimal):
                    unsaid -= {(said.value, None), (said.value, said.unit)}
        bead_texts = [other_texts.get(k, "") for k in getattr(beads[bead], other_attr)]
        for i in left:
            fact = side.facts[i]
            kind = sentence_kind.get(fact.sentence if fact.sentence is not None else -1, BlockKind.BODY)
            span = _span(side.lang, fact)
            if one_sided and kind in _METADATA_KINDS:
                code = ONE_SIDED_BLOCK
                message = (
                    f'{kind.value} only in the {side.lang.display} version, with {_describe(fact)} '
                    f'"{fact.text}"'
                )
            elif fact.kind is FactKind.LABEL and fact.text.isdigit():
                code = NAME_NUMBER_MISSING
                message = f'{side.lang.display} "{fact.text}", the number of a name, has no counterpart in the ' \
                          f"{other.display} version"
            elif fact.kind is FactKind.LABEL:
                code = LABEL_MISSING
                message = f'{side.lang.display} "{fact.text}" is part of a name missing from the ' \
                          f"{other.display} version"
            elif i in words and _implied_by(fact, implied):
                continue  # "ses deux jumelles" against "her twin daughters"
            elif _restated(side, pool, i):
                continue  # "100 miles (160 km)" against "160 km": the conversion was left out, the figure is there
            elif _one_as_article(fact, other, bead_texts):
                continue  # "One person died" against "Une personne est morte": the article says the figure
            elif _first_as_superlative(fact, other, bead_texts):
                continue  # "le premier exportateur" against "the biggest exporter": the superlative says the rank
            elif _clock_by_word(fact, other, bead_texts):
                continue  # "12 noon" against "à midi": the word says the hour
            elif _named_by_word(fact, _text_after(fact, texts, starts), other, bead_texts):
                continue  # "its 50th anniversary" against "son cinquantenaire"
            elif _month_alone(fact):
                code = MONTH_ONE_SIDED  # often rephrased ("last month", "cet été", "au troisième trimestre")
                message = f'{side.lang.display} "{fact.text}", a month named alone, has no counterpart in the ' \
                          f"{other.display} version"
            elif is_word_figure(fact) and not any(unit is None or unit == fact.unit for _, unit in unsaid):
                # a count contradicts a count ("les deux soldats" / "One soldier"), not a span ("du trimestre")
                code = WORD_FIGURE_ONE_SIDED
                message = (
                    f'{side.lang.display} "{fact.text}" ({_describe(fact)}) has no counterpart in the '
                    f"{other.display} version; such words are often rephrased (an article, a pronoun, "
                    "\"both\", \"half-time\")"
                )
            else:  # a figure with no counterpart (or a word figure where the other side implies another count)
                code = MISSING_IN_FR if side.lang is Lang.EN else MISSING_IN_EN
                message = f'{side.lang.display} "{fact.text}" ({_describe(fact)}) has no counterpart in the ' \
                          f"{other.display} version"
                said_vaguely = other_magnitudes.get(bead, ())
                vague = next((i for i in said_vaguely if _may_stand_for(other_pool.side.facts[i], fact)), None)
                if vague is not None:
                    # "5,000" against "des milliers": the figure was rendered as a vague amount; point at both.
                    other_magnitudes[bead].remove(vague)
                    said = other_pool.side.facts[vague]
                    assert isinstance(said.value, Decimal)
                    message += f', which says "{said.text}" ({_magnitude_name(int(said.value))}) instead'
                    findings.append(_pair_finding(code, message, (side, fact), (other_pool.side, said), bead))
                    continue
            findings.append(_one_side_finding(code, message, span, bead))
    return findings


# Figures a vague magnitude may stand for ("5,000" / "des milliers", "$2 billion" / "des milliards de dollars").
_AMOUNTS: Final = frozenset({FactKind.CARDINAL, FactKind.DECIMAL, FactKind.MONEY, FactKind.QUANTITY})


def _may_stand_for(magnitude: Fact, fact: Fact) -> bool:
    """Whether a vague magnitude may render ``fact``: an amount from its order to a hundred times it ("des
    centaines" for 5,000, "thousands" for 5,000; not "hundreds" for 32 cents, nor "scores" for 1)."""
    if fact.kind not in _AMOUNTS or not isinstance(fact.value, Decimal) or not isinstance(magnitude.value, Decimal):
        return False
    return magnitude.value <= abs(fact.value) < magnitude.value * 100


def _unpaired_magnitudes(pool: _Pool) -> dict[int, list[int]]:
    """The magnitudes of ``pool`` that no magnitude of the other side paired with, by bead, in reading order."""
    out: dict[int, list[int]] = {}
    for bead, found in pool.magnitudes.items():
        left = [i for _, i in found if i not in pool.used]
        if left:
            out[bead] = left
    return out


def _one_sided_sentences(
    beads: Sequence[Bead], side: Side, attr: str, facts_by_bead: dict[int, list[int]]
) -> list[Finding]:
    findings = []
    other_attr = "fr" if attr == "en" else "en"
    by_index = {s.index: s for s in side.sentences}
    for b, bead in enumerate(beads):
        if getattr(bead, other_attr) or b in facts_by_bead:
            continue
        for index in getattr(bead, attr):
            sentence = by_index[index]
            code = ONE_SIDED_BLOCK if sentence.kind in _METADATA_KINDS else ONE_SIDED_SENTENCE
            span = Span(side.lang, sentence.start, sentence.end, sentence.text, sentence.index)
            message = f'{sentence.kind.value} only in the {side.lang.display} version: "{_shorten(sentence.text)}"'
            findings.append(_one_side_finding(code, message, span, b))
    return findings


def _shorten(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --- internal consistency ------------------------------------------------------------------------------------

# What introduces the parts of a total: "of which"/"dont" lists them all (group "w"); "including", "among them",
# "y compris" some of them only, whose sum may fall short of the total but not pass it.
_PARTS_CUE = regex.compile(
    r"\b(?:(?P<w>of\s+which|of\s+whom|dont)|including|among\s+them|among\s+which"
    r"|parmi\s+(?:eux|elles|lesquels|lesquelles)|y\s+compris)\b",
    regex.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _Internal:
    code: Code
    message: str
    facts: tuple[Fact, ...]


def _internal(side: Side) -> list[_Internal]:
    problems: list[_Internal] = []
    by_sentence: dict[int, list[Fact]] = {}
    for fact in side.facts:
        if fact.sentence is not None:
            by_sentence.setdefault(fact.sentence, []).append(fact)
    for sentence in side.sentences:
        facts = by_sentence.get(sentence.index, [])
        for fact in facts:
            if fact.kind is not FactKind.RATIO or not isinstance(fact.value, Ratio):
                continue
            num, den = fact.value.numerator, fact.value.denominator
            if den > 0 and num > den:
                problems.append(
                    _Internal(
                        RATIO_EXCEEDS_WHOLE,
                        f'ratio "{fact.text}": {_num(num)} out of {_num(den)} is more than the whole',
                        (fact,),
                    )
                )
            percents = [f for f in facts if f.kind is FactKind.PERCENT and isinstance(f.value, Decimal)]
            for percent in percents[:1]:
                assert isinstance(percent.value, Decimal)
                if den == 0 or num == 0:
                    continue
                candidates = (num * 100 / den, den * 100 / num)
                tolerance = max(Decimal("0.5"), abs(percent.value) * Decimal("0.01"))
                if _spelled(fact) and 0 < den <= 10:
                    tolerance = max(tolerance, 50 / den)  # "seven out of ten" rounds 69 %: a share to the nearest tenth
                if all(abs(c - percent.value) > tolerance for c in candidates):
                    problems.append(
                        _Internal(
                            PERCENT_CONTRADICTS_RATIO,
                            f'"{percent.text}" does not match the ratio "{fact.text}" beside it '
                            f"({_num(num)}/{_num(den)} = {candidates[0]:.1f}%)",
                            (fact, percent),
                        )
                    )
        problems.extend(_parts_vs_total(sentence, facts))
    return problems


def _parts_vs_total(sentence: Sentence, facts: Sequence[Fact]) -> list[_Internal]:
    cue = _PARTS_CUE.search(sentence.text)
    if cue is None:
        return []
    cue_at = sentence.start + cue.start()
    counts = [f for f in facts if f.kind is FactKind.CARDINAL and f.qualifier is None and isinstance(f.value, Decimal)]
    totals = [f for f in counts if f.end <= cue_at]
    parts = [f for f in counts if f.start >= cue_at]
    if not totals or len(parts) < 2:
        return []
    total = totals[-1]
    assert isinstance(total.value, Decimal)
    values = [p.value for p in parts if isinstance(p.value, Decimal)]
    added = sum(values, Decimal(0))
    if added == total.value:
        return []
    if any(sum(values[:n], Decimal(0)) == total.value for n in range(2, len(values))):
        return []  # "964 people (855 civilians, 65 policemen and 44 soldiers) ... and 1,600 injured": the list ended
    if cue["w"] is None and added < total.value:
        return []  # "81 substances, including 42 ...": a few of them, not all
    listed = " + ".join(p.text for p in parts)
    return [
        _Internal(
            PARTS_EXCEED_TOTAL,
            f'the parts {listed} = {_num(added)} do not add up to the total "{total.text}"',
            (total, *parts),
        )
    ]


def check_consistency(beads: Sequence[Bead], en: Side, fr: Side) -> tuple[Finding, ...]:
    """Internal-consistency findings of each version, merged where both versions have the same problem."""
    bead_en, bead_fr = _bead_index(beads, "en"), _bead_index(beads, "fr")
    fr_problems = _internal(fr)
    merged: set[int] = set()
    findings: list[Finding] = []
    for problem in _internal(en):
        first = problem.facts[0]
        bead = bead_en.get(first.sentence if first.sentence is not None else -1)
        twin = next(
            (
                j
                for j, other in enumerate(fr_problems)
                if j not in merged
                and other.code is problem.code
                and bead_fr.get(other.facts[0].sentence if other.facts[0].sentence is not None else -1) == bead
                and all(_same_value(x, y) for x, y in zip(problem.facts, other.facts, strict=False))
            ),
            None,
        )
        fr_span = None
        if twin is not None:
            merged.add(twin)
            fr_span = _span(Lang.FR, fr_problems[twin].facts[0])
        findings.append(
            Finding(
                code=problem.code.code,
                name=problem.code.name,
                severity=problem.code.severity,
                message=problem.message + (" (in both versions)" if twin is not None else " (English version)"),
                en=_span(Lang.EN, first),
                fr=fr_span,
                bead=bead,
                both_versions=twin is not None,
            )
        )
    for j, problem in enumerate(fr_problems):
        if j in merged:
            continue
        first = problem.facts[0]
        findings.append(
            Finding(
                code=problem.code.code,
                name=problem.code.name,
                severity=problem.code.severity,
                message=problem.message + " (French version)",
                fr=_span(Lang.FR, first),
                bead=bead_fr.get(first.sentence if first.sentence is not None else -1),
            )
        )
    return tuple(findings)


def untranslated_source_blocks(lang: Lang, blocks: Sequence[Block]) -> tuple[Finding, ...]:
    """Source-language blocks (Vietnamese) that no block of the file translates: they are in no bead, so say so."""
    findings = []
    for block in blocks:
        if block.lang is not Lang.VI or block.translates is not None:
            continue
        span = Span(lang, block.start, block.end, block.text)
        message = f'{block.kind.value} in Vietnamese with no translation in the {lang.display} file: ' \
                  f'"{_shorten(block.text)}"'
        findings.append(_one_side_finding(SOURCE_LANGUAGE_BLOCK, message, span, None))
    return tuple(findings)


def sort_findings(findings: Sequence[Finding]) -> tuple[Finding, ...]:
    """Reading order: by bead, then severity, then code, then position."""
    rank = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}

    def key(f: Finding) -> tuple[int, int, str, int, int]:
        return (
            f.bead if f.bead is not None else 1 << 30,
            rank[f.severity],
            f.code,
            f.en.start if f.en else -1,
            f.fr.start if f.fr else -1,
        )

    return tuple(sorted(findings, key=key))
