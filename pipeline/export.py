"""Facts out: every fact of a corpus as one row of a table, written as Parquet, CSV or SQLite.

``fact_rows(corpus)`` runs the pipeline on every pair (``run.find_pairs``, ``run.check_files``) and yields one
``FactRow`` per fact; ``export_corpus(corpus, output)`` writes them, in the format the output's extension names
(``.parquet``, ``.csv``, ``.sqlite`` / ``.sqlite3`` / ``.db``), atomically (a temporary file, then a rename).

A fact's ``id`` is ``<pair>:<side>:<n>``: ``side`` is the file it is in (``en`` or ``fr``), ``n`` its 0-based index in
that side's ``facts`` array of the pair's ``report.json`` (the cross-checked facts in reading order, then the facts of
source-language captions, whose ``lang`` is ``vi``). ``counterpart_id`` is the fact of the other file that the
cross-check paired it with: an exact match, or the other end of a finding about both versions (``value-differs``,
``qualifier-differs``, ``unit-differs``, ``scale-differs``, ``matched-in-other-bead``); ``finding_code`` is the
code of the cross-check finding at the fact, if any (``PF101`` for a differing value, ``PF102`` for a figure
missing from the French …).

Values: ``value`` is one canonical string for every kind — an exact decimal for scalars (``7300``, ``78.3``),
``low..high`` for ranges, ``numerator/denominator`` for ratios, ISO 8601 for dates, with truncated forms when the
text does not give every part (``2016-01-22``, ``2016-01``, ``--01-22``, ``2016``), ``HH:MM`` for times. The parts
are also columns of their own: ``low``, ``high``, ``numerator``, ``denominator`` (exact decimal strings) and
``year``, ``month``, ``day``, ``hour``, ``minute`` (integers), null when they do not apply. Decimals stay strings in
every format (never floats): cast them where needed.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import astuple, dataclass, fields
from pathlib import Path

from .errors import InputError
from .files import write_atomic
from .model import CheckResult, DateValue, Fact, Finding, Lang, Range, Ratio, TimeValue
from .report import decimal_text

EXPORT_VERSION = "1"


@dataclass(frozen=True, slots=True)
class FactRow:
    """One row of the ``facts`` table. Field order is column order."""

    id: str
    pair_id: str
    side: str
    n: int
    lang: str
    kind: str
    value: str
    low: str | None
    high: str | None
    numerator: str | None
    denominator: str | None
    year: int | None
    month: int | None
    day: int | None
    hour: int | None
    minute: int | None
    unit: str | None
    scale: str | None
    qualifier: str | None
    text: str
    start: int
    end: int
    line: int
    column: int
    sentence: int | None
    sentence_text: str | None
    block: int | None
    block_kind: str | None
    counterpart_id: str | None
    finding_code: str | None


_INT_COLUMNS = frozenset({"n", "year", "month", "day", "hour", "minute", "start", "end", "line", "column", "sentence",
                          "block"})
_REQUIRED = frozenset({"id", "pair_id", "side", "n", "lang", "kind", "value", "text", "start", "end", "line",
                       "column"})
COLUMNS: tuple[tuple[str, str], ...] = tuple(
    (f.name, "int" if f.name in _INT_COLUMNS else "text") for f in fields(FactRow)
)


def canonical_value(fact: Fact) -> str:
    """The fact's value as one string (see the module's description)."""
    value = fact.value
    if isinstance(value, Range):
        return f"{decimal_text(value.low)}..{decimal_text(value.high)}"
    if isinstance(value, Ratio):
        return f"{decimal_text(value.numerator)}/{decimal_text(value.denominator)}"
    if isinstance(value, DateValue):
        # ISO 8601 with its truncated forms: 2016-01-22, 2016-01, 2016, --01-22, --01, ---22.
        year = f"{value.year:04d}" if value.year is not None else "-"
        month = f"-{value.month:02d}" if value.month is not None else ("-" if value.day is not None else "")
        day = f"-{value.day:02d}" if value.day is not None else ""
        return f"{year}{month}{day}" if (month or day or value.year is not None) else ""
    if isinstance(value, TimeValue):
        return f"{value.hour:02d}:{value.minute:02d}"
    return decimal_text(value)


def counterparts(result: CheckResult) -> dict[tuple[Lang, int], tuple[Lang, int]]:
    """(side, index) -> (other side, index): the fact the cross-check paired each fact with (the first one, where a
    range was matched with its two ends written apart)."""
    from .crosscheck import Side, matched_facts

    en_side = Side(Lang.EN, result.en.sentences, result.en.facts)
    fr_side = Side(Lang.FR, result.fr.sentences, result.fr.facts)
    pairs: dict[tuple[Lang, int], tuple[Lang, int]] = {}
    for i, j in matched_facts(result.beads, en_side, fr_side):
        pairs.setdefault((Lang.EN, i), (Lang.FR, j))
        pairs.setdefault((Lang.FR, j), (Lang.EN, i))
    return pairs


def _finding_codes(findings: Sequence[Finding]) -> dict[tuple[Lang, int, int], str]:
    codes: dict[tuple[Lang, int, int], str] = {}
    for finding in findings:
        for lang, span in ((Lang.EN, finding.en), (Lang.FR, finding.fr)):
            if span is not None:
                codes.setdefault((lang, span.start, span.end), finding.code)
    return codes


def pair_rows(pair_id: str, result: CheckResult) -> list[FactRow]:
    """The rows of one checked pair, English file first."""
    matched = counterparts(result)
    codes = _finding_codes(result.findings)
    rows = []
    for side, analysis in ((Lang.EN, result.en), (Lang.FR, result.fr)):
        text = analysis.document.text
        sentences = {s.index: s for s in analysis.sentences}
        blocks = {b.index: b for b in analysis.document.blocks}
        facts = [(side.value, f) for f in analysis.facts] + [(Lang.VI.value, f) for f in analysis.source_facts]
        for n, (lang, fact) in enumerate(facts):
            other = matched.get((side, n)) if n < len(analysis.facts) else None
            sentence = sentences.get(fact.sentence) if fact.sentence is not None else None
            block = blocks.get(fact.block) if fact.block is not None else None
            value = fact.value
            line = text.count("\n", 0, fact.start) + 1
            rows.append(FactRow(
                id=f"{pair_id}:{side.value}:{n}",
                pair_id=pair_id,
                side=side.value,
                n=n,
                lang=lang,
                kind=fact.kind.value,
                value=canonical_value(fact),
                low=decimal_text(value.low) if isinstance(value, Range) else None,
                high=decimal_text(value.high) if isinstance(value, Range) else None,
                numerator=decimal_text(value.numerator) if isinstance(value, Ratio) else None,
                denominator=decimal_text(value.denominator) if isinstance(value, Ratio) else None,
                year=value.year if isinstance(value, DateValue) else None,
                month=value.month if isinstance(value, DateValue) else None,
                day=value.day if isinstance(value, DateValue) else None,
                hour=value.hour if isinstance(value, TimeValue) else None,
                minute=value.minute if isinstance(value, TimeValue) else None,
                unit=fact.unit,
                scale=fact.scale,
                qualifier=fact.qualifier.value if fact.qualifier else None,
                text=fact.text,
                start=fact.start,
                end=fact.end,
                line=line,
                column=fact.start - (text.rfind("\n", 0, fact.start) + 1) + 1,
                sentence=fact.sentence,
                sentence_text=sentence.text if sentence is not None else None,
                block=fact.block,
                block_kind=block.kind.value if block is not None else None,
                counterpart_id=f"{pair_id}:{other[0].value}:{other[1]}" if other is not None else None,
                finding_code=codes.get((side, fact.start, fact.end)) if lang != Lang.VI.value else None,
            ))
    return rows


def fact_rows(corpus: str | os.PathLike[str]) -> Iterator[FactRow]:
    """Every fact of every pair of ``corpus``, pairs in id order."""
    from .run import check_files, find_pairs

    for pair in find_pairs(corpus):
        yield from pair_rows(pair.id, check_files(pair.en, pair.fr))


# --- writers -------------------------------------------------------------------------------------------------

_FORMATS = {".parquet": "parquet", ".csv": "csv", ".sqlite": "sqlite", ".sqlite3": "sqlite", ".db": "sqlite"}


def output_format(output: str | os.PathLike[str]) -> str:
    name = os.fspath(output)
    fmt = _FORMATS.get(os.path.splitext(name)[1].lower())
    if fmt is None:
        raise InputError("the extension names no export format; end the name with .parquet, .csv or .sqlite", name)
    return fmt


def export_corpus(corpus: str | os.PathLike[str], output: str | os.PathLike[str]) -> tuple[int, int]:
    """Write every fact of ``corpus`` to ``output``; returns (pairs, facts). Nothing is written on an error."""
    from .run import find_pairs

    fmt = output_format(output)
    target = Path(output)
    if not (target.parent if str(target.parent) else Path(".")).is_dir():
        raise InputError("its folder does not exist; create it first or choose another output path", str(output))
    pairs = len(find_pairs(corpus))
    rows = list(fact_rows(corpus))
    write_rows(rows, target, fmt)
    return pairs, len(rows)


def write_rows(rows: Sequence[FactRow], target: Path, fmt: str) -> None:
    """Write ``rows`` to ``target`` atomically, as ``parquet``, ``csv`` or ``sqlite``."""
    writer: Callable[[Sequence[FactRow], str], None] = {"parquet": _parquet, "csv": _csv, "sqlite": _sqlite}[fmt]
    write_atomic(target, lambda temporary: writer(rows, temporary))


def _csv(rows: Sequence[FactRow], path: str) -> None:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle, lineterminator="\n")
        out.writerow([name for name, _ in COLUMNS])
        for row in rows:
            out.writerow(["" if value is None else value for value in astuple(row)])


def _parquet(rows: Sequence[FactRow], path: str) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([
        pa.field(name, pa.int64() if kind == "int" else pa.string(), nullable=name not in _REQUIRED)
        for name, kind in COLUMNS
    ])
    columns = list(zip(*(astuple(row) for row in rows), strict=True)) if rows else [() for _ in COLUMNS]
    table = pa.Table.from_arrays([pa.array(list(values), type=field.type) for values, field in zip(columns, schema,
                                                                                                     strict=True)],
                                 schema=schema)
    pq.write_table(table, path)


def _sqlite(rows: Sequence[FactRow], path: str) -> None:
    import sqlite3

    definitions = ", ".join(
        f'"{name}" {"INTEGER" if kind == "int" else "TEXT"}'
        + (" PRIMARY KEY" if name == "id" else " NOT NULL" if name in _REQUIRED else "")
        for name, kind in COLUMNS
    )
    connection = sqlite3.connect(path)
    try:
        with connection:
            connection.execute(f"CREATE TABLE facts ({definitions})")
            connection.execute("CREATE INDEX facts_pair_id ON facts (pair_id)")
            marks = ", ".join("?" for _ in COLUMNS)
            connection.executemany(f"INSERT INTO facts VALUES ({marks})", (astuple(row) for row in rows))
    finally:
        connection.close()
