"""Frozen value objects shared by every stage. No logic beyond trivial accessors.

Offsets (``start``/``end``) are always character offsets into ``Document.text``: the decoded, NFC-normalised text
of one file, so every report can point back into what the user sees.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum


class Lang(StrEnum):
    EN = "en"
    FR = "fr"
    VI = "vi"
    OTHER = "other"

    @property
    def display(self) -> str:
        """The language's name in messages: ``English``, ``French``, ``Vietnamese``, ``other``."""
        return {"en": "English", "fr": "French", "vi": "Vietnamese", "other": "other"}[self.value]


class BlockKind(StrEnum):
    TITLE = "title"
    LEDE = "lede"
    BODY = "body"
    CAPTION = "caption"
    CREDIT = "credit"
    BYLINE = "byline"
    DATELINE = "dateline"
    BOILERPLATE = "boilerplate"


class FactKind(StrEnum):
    CARDINAL = "cardinal"
    DECIMAL = "decimal"
    PERCENT = "percent"
    ORDINAL = "ordinal"
    DATE = "date"
    YEAR = "year"
    RANGE = "range"
    RATIO = "ratio"
    MONEY = "money"
    QUANTITY = "quantity"
    MULTIPLIER = "multiplier"
    FRACTION = "fraction"
    TIME = "time"
    LABEL = "label"
    MAGNITUDE = "magnitude"  # a vague amount named by its order: "thousands of", "des centaines de"


class Qualifier(StrEnum):
    """How a figure is hedged or bounded. ``family`` groups the words translators use interchangeably."""

    ABOUT = "about"  # about, around, some, approximately, environ, quelque, autour de
    NEARLY = "nearly"  # nearly, almost, près de, presque, quasi
    MORE_THAN = "more_than"  # more than, over, plus de, au-delà de
    AT_LEAST = "at_least"  # at least, au moins
    LESS_THAN = "less_than"  # less than, under, fewer than, moins de
    AT_MOST = "at_most"  # at most, up to, no more than, au plus, jusqu'à

    @property
    def family(self) -> str:
        return _QUALIFIER_FAMILY[self]


_QUALIFIER_FAMILY = {
    Qualifier.ABOUT: "approximate",
    Qualifier.NEARLY: "approximate",
    Qualifier.MORE_THAN: "lower_bound",
    Qualifier.AT_LEAST: "lower_bound",
    Qualifier.LESS_THAN: "upper_bound",
    Qualifier.AT_MOST: "upper_bound",
}


@dataclass(frozen=True, slots=True)
class Range:
    low: Decimal
    high: Decimal


@dataclass(frozen=True, slots=True)
class Ratio:
    numerator: Decimal
    denominator: Decimal


@dataclass(frozen=True, slots=True)
class DateValue:
    year: int | None = None
    month: int | None = None
    day: int | None = None


@dataclass(frozen=True, slots=True)
class TimeValue:
    hour: int
    minute: int


FactValue = Decimal | Range | Ratio | DateValue | TimeValue


@dataclass(frozen=True, slots=True)
class Fact:
    """One figure as written in one sentence.

    ``value`` is exact (never a float). ``scale`` is the scale word applied (``million``, ``milliard``), already
    folded into ``value``. ``unit`` is a normalised unit or ISO currency code. ``%`` is not a unit (percent is a
    kind), except on a range of percentages (``10-15%``: kind range, unit ``%``). ``start``/``end`` are offsets
    into the text handed to the extractor until the run stage rebases them onto the document and fills
    ``sentence`` and ``block``.
    """

    kind: FactKind
    value: FactValue
    text: str
    start: int
    end: int
    unit: str | None = None
    scale: str | None = None
    qualifier: Qualifier | None = None
    sentence: int | None = None
    block: int | None = None


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph-like unit of one file: a line, a table cell row, or part of one (a trailing photo credit)."""

    index: int
    kind: BlockKind
    lang: Lang
    start: int
    end: int
    text: str
    translates: int | None = None  # for a source-language caption: the index of the block that translates it


@dataclass(frozen=True, slots=True)
class Document:
    path: str
    lang: Lang  # the declared language of the file
    text: str
    blocks: tuple[Block, ...]
    encoding: str = "utf-8"


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    block: int
    kind: BlockKind
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Bead:
    """A link between consecutive sentences of each side; either side may be empty (a one-sided sentence)."""

    en: tuple[int, ...]
    fr: tuple[int, ...]
    score: float


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True, slots=True)
class Code:
    """A finding code of the catalogue (the cross-check's PF1xx–PF3xx, the diff's PF4xx); SARIF's rules."""

    code: str
    name: str
    severity: Severity
    summary: str


@dataclass(frozen=True, slots=True)
class Span:
    lang: Lang
    start: int
    end: int
    text: str
    sentence: int | None = None


@dataclass(frozen=True, slots=True)
class Finding:
    code: str
    name: str
    severity: Severity
    message: str
    en: Span | None = None
    fr: Span | None = None
    bead: int | None = None
    both_versions: bool = False


@dataclass(frozen=True, slots=True)
class Analysis:
    """One version after the monolingual stages."""

    document: Document
    sentences: tuple[Sentence, ...]
    facts: tuple[Fact, ...]  # facts of the sentences, offsets into the document text
    source_facts: tuple[Fact, ...] = ()  # facts of source-language blocks (Vietnamese captions): not cross-checked


@dataclass(frozen=True, slots=True)
class CheckResult:
    en: Analysis
    fr: Analysis
    beads: tuple[Bead, ...]
    findings: tuple[Finding, ...]
