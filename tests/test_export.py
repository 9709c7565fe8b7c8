"""Facts out: canonical values, counterparts, each format read back row for row, atomic writes, bad input, and that
``check`` does not import the diff, translation-memory or export machinery."""

from __future__ import annotations

import csv
import json
import sqlite3
import subprocess
import sys
from dataclasses import astuple, fields
from decimal import Decimal
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline.cli import main
from pipeline.export import COLUMNS, FactRow, canonical_value, fact_rows
from pipeline.model import DateValue, Fact, FactKind, Range, Ratio, TimeValue
from tests.corpus_edits import FR_7300_TO_7400, write_corpus
from tests.helpers import ROOT, SEED_DIR, SEED_EN, SEED_FR

SEED_ID = "baonghean/2016-01-22-drug-addiction-treatment"

VALUE_CASES = [
    pytest.param(FactKind.CARDINAL, Decimal("7.3E+3"), "7300", id="scalar-no-exponent"),
    pytest.param(FactKind.DECIMAL, Decimal("78.30"), "78.3", id="scalar-no-trailing-zero"),
    pytest.param(FactKind.DECIMAL, Decimal("-0.5"), "-0.5", id="scalar-negative"),
    pytest.param(FactKind.RANGE, Range(Decimal(2013), Decimal(2015)), "2013..2015", id="range"),
    pytest.param(FactKind.RANGE, Range(Decimal(-5), Decimal(-3)), "-5..-3", id="range-negative"),
    pytest.param(FactKind.RATIO, Ratio(Decimal(367), Decimal(280)), "367/280", id="ratio"),
    pytest.param(FactKind.DATE, DateValue(2016, 1, 22), "2016-01-22", id="date-full"),
    pytest.param(FactKind.DATE, DateValue(None, 1, 22), "--01-22", id="date-no-year"),
    pytest.param(FactKind.DATE, DateValue(2016, 1, None), "2016-01", id="date-month"),
    pytest.param(FactKind.DATE, DateValue(2016, None, None), "2016", id="date-year-only"),
    pytest.param(FactKind.DATE, DateValue(None, 3, None), "--03", id="date-month-only"),
    pytest.param(FactKind.DATE, DateValue(None, None, 5), "---05", id="date-day-only"),
    pytest.param(FactKind.TIME, TimeValue(10, 8), "10:08", id="time"),
]


@pytest.mark.parametrize(("kind", "value", "expected"), VALUE_CASES)
def test_canonical_value(kind: FactKind, value: object, expected: str) -> None:
    fact = Fact(kind=kind, value=value, text="x", start=0, end=1)  # type: ignore[arg-type]
    assert canonical_value(fact) == expected


@pytest.fixture(scope="module")
def seed_rows() -> list[FactRow]:
    return list(fact_rows(ROOT / "corpora"))


def test_seed_rows(seed_rows: list[FactRow]) -> None:
    by_id = {row.id: row for row in seed_rows}
    assert len(by_id) == len(seed_rows)
    report = json.loads((ROOT / "tests" / "golden" / "seed.report.json").read_text(encoding="utf-8"))
    assert len(seed_rows) == len(report["facts"]["en"]) + len(report["facts"]["fr"])
    lede = by_id[f"{SEED_ID}:en:1"]
    assert (lede.kind, lede.value, lede.qualifier, lede.text, lede.line, lede.column) == ("cardinal", "7300", "nearly",
                                                                                          "7,300", 5, 37)
    assert (lede.sentence_text or "").startswith("(Baonghean.vn) - Nghe An has nearly 7,300")
    assert (lede.block_kind, lede.counterpart_id, lede.finding_code) == ("lede", f"{SEED_ID}:fr:0", None)
    assert by_id[f"{SEED_ID}:fr:0"].text == "7 300"
    period = next(r for r in seed_rows if r.kind == "range")
    assert (period.value, period.low, period.high, period.year) == ("2013..2015", "2013", "2015", None)
    date = next(r for r in seed_rows if r.kind == "date")
    assert (date.value, date.year, date.month, date.day) == ("--01-22", None, 1, 22)
    dateline = by_id[f"{SEED_ID}:en:0"]
    assert (dateline.kind, dateline.hour, dateline.minute, dateline.finding_code) == ("time", 10, 8, "PF201")
    en_text = SEED_EN.read_text(encoding="utf-8")
    fr_text = SEED_FR.read_text(encoding="utf-8").replace("\r\n", "\n")
    for row in seed_rows:
        assert (en_text if row.side == "en" else fr_text)[row.start:row.end] == row.text
        if row.counterpart_id is not None:
            assert by_id[row.counterpart_id].counterpart_id == row.id  # matched both ways
            assert by_id[row.counterpart_id].side != row.side
    assert {r.lang for r in seed_rows} == {"en", "fr", "vi"}
    assert all(r.counterpart_id is None for r in seed_rows if r.lang == "vi")


def test_value_differs_has_a_counterpart_and_its_code(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "c", {"p": (FR_7300_TO_7400,)})
    rows = {row.id: row for row in fact_rows(corpus)}
    assert (rows["p:en:1"].counterpart_id, rows["p:en:1"].finding_code) == ("p:fr:0", "PF101")
    assert (rows["p:fr:0"].value, rows["p:fr:0"].finding_code) == ("7400", "PF101")


def _as_text(rows: list[FactRow]) -> list[list[str]]:
    return [["" if v is None else str(v) for v in astuple(row)] for row in rows]


def _export(capsys: pytest.CaptureFixture[str], target: Path) -> None:
    status = main(["export", str(ROOT / "corpora"), "-o", str(target)])
    out = capsys.readouterr().out
    assert status == 0
    assert out == f"52 facts of 1 pair written to {target}\n"


def test_csv_round_trip(tmp_path: Path, capsys: pytest.CaptureFixture[str], seed_rows: list[FactRow]) -> None:
    target = tmp_path / "facts.csv"
    _export(capsys, target)
    with open(target, encoding="utf-8", newline="") as handle:
        table = list(csv.reader(handle))
    assert table[0] == [f.name for f in fields(FactRow)]
    assert table[1:] == _as_text(seed_rows)
    assert [p.name for p in tmp_path.iterdir()] == ["facts.csv"]


def test_parquet_round_trip(tmp_path: Path, capsys: pytest.CaptureFixture[str], seed_rows: list[FactRow]) -> None:
    target = tmp_path / "facts.parquet"
    _export(capsys, target)
    table = pq.read_table(target)
    assert table.column_names == [name for name, _ in COLUMNS]
    assert str(table.schema.field("start").type) == "int64" and str(table.schema.field("value").type) == "string"
    assert not table.schema.field("id").nullable and table.schema.field("unit").nullable
    assert [tuple(r.values()) for r in table.to_pylist()] == [astuple(row) for row in seed_rows]


def test_sqlite_round_trip(tmp_path: Path, capsys: pytest.CaptureFixture[str], seed_rows: list[FactRow]) -> None:
    target = tmp_path / "facts.sqlite"
    _export(capsys, target)
    connection = sqlite3.connect(target)
    try:
        columns = [(r[1], r[2]) for r in connection.execute("PRAGMA table_info(facts)")]
        assert columns == [(name, "INTEGER" if kind == "int" else "TEXT") for name, kind in COLUMNS]
        indexes = [r[1] for r in connection.execute("PRAGMA index_list(facts)")]
        assert "facts_pair_id" in indexes
        assert connection.execute("SELECT * FROM facts ORDER BY rowid").fetchall() == [astuple(r) for r in seed_rows]
        assert connection.execute("SELECT typeof(start), typeof(value) FROM facts LIMIT 1").fetchone() == (
            "integer", "text")
    finally:
        connection.close()


def test_overwrites_whole(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "facts.sqlite"
    target.write_bytes(b"an older export")
    _export(capsys, target)
    connection = sqlite3.connect(target)
    try:
        assert connection.execute("SELECT count(*) FROM facts").fetchone() == (52,)
    finally:
        connection.close()


BAD_CASES = [
    pytest.param("{T}/corpus", "{T}/facts.xlsx", "facts.xlsx: the extension names no export format", id="extension"),
    pytest.param("{T}/corpus", "{T}/nowhere/facts.csv", "its folder does not exist", id="missing-folder"),
    pytest.param("{T}/empty", "{T}/facts.csv", "holds no article pair", id="no-pairs"),
    pytest.param("{T}/bad", "{T}/facts.parquet", "bad/p/fr.txt: not UTF-8", id="unreadable-pair"),
]


@pytest.mark.parametrize(("corpus", "output", "message"), BAD_CASES)
def test_bad_input_is_exit_2_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], corpus: str, output: str, message: str
) -> None:
    write_corpus(tmp_path / "corpus", {"p": ()})
    (tmp_path / "empty").mkdir()
    (write_corpus(tmp_path / "bad", {"o": (), "p": ()}) / "p" / "fr.txt").write_bytes(b"Pr\xe8s de 7 300")
    before = sorted(p.name for p in tmp_path.iterdir())
    status = main(["export", corpus.replace("{T}", str(tmp_path)), "-o", output.replace("{T}", str(tmp_path))])
    captured = capsys.readouterr()
    assert (status, captured.out) == (2, "")
    assert captured.err.startswith("parafacts: error: ") and captured.err.count("\n") == 1 and message in captured.err
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_check_does_not_import_diff_tm_or_export() -> None:
    code = (
        "import sys\n"
        "from pipeline.cli import main\n"
        f"status = main(['check', {str(SEED_EN)!r}, {str(SEED_FR)!r}, '-o', '/dev/null'])\n"
        "heavy = ['pipeline.diff', 'pipeline.tm', 'pipeline.export', 'pyarrow', 'defusedxml', 'sqlite3']\n"
        "print(status, [m for m in heavy if m in sys.modules])\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert done.stdout.split("\n")[-2] == "0 []"


def test_seed_dir_is_a_corpus_of_one(seed_rows: list[FactRow]) -> None:
    rows = list(fact_rows(SEED_DIR))
    assert [r.text for r in rows] == [r.text for r in seed_rows]
    assert rows[0].id.startswith("2016-01-22-drug-addiction-treatment:en:")


def test_readme_documents_export() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "parafacts export " in readme
    for name, _ in COLUMNS:
        assert f"`{name}`" in readme, f"README does not describe the column {name}"
