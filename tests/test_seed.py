"""The founding article pair end to end: every figure, every bead, the expected findings, and a table of
single-figure edits to the French file that must each be caught."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.model import BlockKind, CheckResult, Severity
from pipeline.report import build_report, to_json, value_json
from pipeline.run import check_files, signature
from tests.helpers import GOLDEN, SEED_EN, SEED_FR, validate


@pytest.fixture(scope="module")
def seed() -> CheckResult:
    return check_files(SEED_EN, SEED_FR)


def _facts(result: CheckResult, side: str) -> list[tuple[str, str, str | None]]:
    analysis = getattr(result, side)
    return [
        (f.kind.value, json.dumps(value_json(f), sort_keys=True), f.qualifier.value if f.qualifier else None)
        for f in analysis.facts
    ]


# Reviewed by hand against the two texts: kind, value, qualifier, in reading order.
_SHARED = [
    ("cardinal", '"7300"', "nearly"),
    ("date", '{"day": 22, "month": 1, "year": null}', None),
    ("range", '{"high": "2015", "low": "2013"}', None),
    ("cardinal", '"7300"', "nearly"),
    ("ordinal", '"5"', None),
    ("ratio", '{"denominator": "280", "numerator": "367"}', None),
    ("percent", '"78.3"', None),
    ("cardinal", '"8"', None),
    ("cardinal", '"3"', None),
    ("cardinal", '"306"', None),
    ("cardinal", '"60"', None),
    ("cardinal", '"15"', None),
    ("cardinal", '"21"', None),
    ("year", '"2013"', None),
    ("label", '"1"', None),  # Social Labor Education Center I
    ("range", '{"high": "2015", "low": "2013"}', None),
    ("cardinal", '"554"', None),
    ("cardinal", '"212"', None),
    ("percent", '"98"', None),
    ("cardinal", '"342"', None),
    ("percent", '"54"', None),
    ("label", '"1"', None),  # ... Center I to Voluntary ...
    ("label", '"1"', None),  # caption: Education Center 1
    ("cardinal", '"5"', None),
    ("range", '{"high": "2015", "low": "2013"}', None),
]
EXPECTED_EN = [("time", '{"hour": 10, "minute": 8}', None), *_SHARED]
EXPECTED_FR = _SHARED


def test_every_english_figure(seed: CheckResult) -> None:
    assert _facts(seed, "en") == EXPECTED_EN


def test_every_french_figure(seed: CheckResult) -> None:
    assert _facts(seed, "fr") == EXPECTED_FR


def test_fact_offsets_point_at_their_text(seed: CheckResult) -> None:
    for analysis in (seed.en, seed.fr):
        for fact in analysis.facts + analysis.source_facts:
            assert analysis.document.text[fact.start:fact.end] == fact.text


def test_french_thousands_forms(seed: CheckResult) -> None:
    texts = [f.text for f in seed.fr.facts if f.kind.value == "cardinal" and f.value == 7300]
    assert texts == ["7 300", "7.300"]


def test_vietnamese_caption_figures_are_extracted_as_source_facts(seed: CheckResult) -> None:
    # "Trung tâm GD-LĐXH 1 Nghệ An": Vietnamese text gets language-neutral, digits-only extraction.
    assert [(f.text, f.value, f.block) for f in seed.en.source_facts] == [("1", 1, 15)]


def test_beads(seed: CheckResult) -> None:
    en, fr = seed.en.sentences, seed.fr.sentences
    pairs = [
        ([en[i].text[:25] for i in b.en], [fr[i].text[:25] for i in b.fr]) for b in seed.beads
    ]
    one_to_one = [(e[0], f[0]) for e, f in pairs if len(e) == 1 and len(f) == 1]
    # 18 running-text, caption, credit and byline sentences a side pair 1-1; the rest is one-sided.
    assert len(one_to_one) == 18 == len(seed.beads) - 5
    assert ([en[i].kind for b in seed.beads if not b.fr for i in b.en]) == [BlockKind.DATELINE, BlockKind.BOILERPLATE]
    assert ([fr[i].kind for b in seed.beads if not b.en for i in b.fr]) == [BlockKind.BOILERPLATE] * 3
    for b in seed.beads:
        if b.en and b.fr:
            kinds = {en[i].kind for i in b.en} | {fr[i].kind for i in b.fr}
            assert len(kinds) == 1 or kinds <= {BlockKind.LEDE, BlockKind.BODY}
    by_start = dict(one_to_one)
    assert by_start["In the period 2013 - 2015"] == "Entre 2013 et 2015, le ce"
    assert by_start["Photo: Hai Thuong."] == "Photo : Hai Thuong."
    assert by_start["Minh Quan"] == "Minh Quan"


def test_findings(seed: CheckResult) -> None:
    assert not [f for f in seed.findings if f.severity is Severity.ERROR]
    names = {(f.name, f.severity.value, f.both_versions) for f in seed.findings}
    assert ("ratio-exceeds-whole", "warning", True) in names
    assert ("percent-contradicts-ratio", "warning", True) in names
    dateline = [f for f in seed.findings if f.en is not None and f.en.text == "10:08"]
    assert [(f.name, f.severity.value, f.fr) for f in dateline] == [("one-sided-block", "info", None)]


def test_report_is_schema_valid_and_matches_golden(seed: CheckResult) -> None:
    report = build_report(seed, signature())
    validate("report", report)
    golden = GOLDEN / "seed.report.json"
    expected = golden.read_text(encoding="utf-8")
    actual = to_json(json.loads(to_json(report).replace(str(SEED_EN), "EN").replace(str(SEED_FR), "FR")))
    assert actual == expected, "the report changed: review it, then run `make golden`"


# --- single-figure edits to the French file -----------------------------------------------------------------

EDITS = [
    pytest.param("près de 7 300 toxicomanes, mais", "près de 7 400 toxicomanes, mais", "value-differs", "7 400",
                 id="digit"),
    pytest.param("367/280", "376/280", "value-differs", "376/280", id="digits-transposed"),
    pytest.param("78,3%", "7,83%", "value-differs", "7,83%", id="decimal-shifted"),
    pytest.param("près de 7 300 toxicomanes, mais", "près de 7 300 millions de toxicomanes, mais", "scale-differs",
                 "7 300 millions", id="scale-word"),
    pytest.param("près de 7 300 toxicomanes, mais", "plus de 7 300 toxicomanes, mais", "qualifier-differs", "7 300",
                 id="qualifier-nearly-to-more-than"),
    pytest.param("près de 7 300 toxicomanes, mais", "moins de 7 300 toxicomanes, mais", "qualifier-differs", "7 300",
                 id="qualifier-nearly-to-less-than"),
    pytest.param("22 janvier", "janvier", "missing-in-fr", None, id="day-dropped-from-date"),
    pytest.param("applique 3 modèles", "applique quatre modèles", "value-differs", "quatre", id="number-word"),
    pytest.param("22 janvier", "22 février", "value-differs", "22 février", id="month"),
    pytest.param("classée 5ème", "classée 6ème", "value-differs", "6ème", id="ordinal"),
    pytest.param("atteignant 98 %", "atteignant 89 %", "value-differs", "89 %", id="percent"),
    pytest.param("depuis 2013", "depuis 2014", "value-differs", "2014", id="year"),
    pytest.param("Entre 2013 et 2015", "Entre 2013 et 2016", "value-differs", "2016", id="range-bound"),
    pytest.param("pour 21 personnes", "pour des personnes", "missing-in-fr", None, id="figure-dropped"),
    pytest.param("de 306 personnes", "de 306 personnes et 40 familles", "missing-in-en", "40", id="figure-added"),
]


def test_dropped_hedge_is_a_warning(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edited = tmp_path / "fr.txt"
    french = SEED_FR.read_text(encoding="utf-8")
    edited.write_text(french.replace("près de 7 300 toxicomanes, mais", "7 300 toxicomanes, mais", 1), encoding="utf-8")
    assert main(["check", str(SEED_EN), str(edited)]) == 0
    report = json.loads(capsys.readouterr().out)
    hedges = [f for f in report["findings"] if f["code"] == "PF108"]
    assert [(f["severity"], f["en"]["text"], f["fr"]["text"]) for f in hedges] == [("warning", "7,300", "7 300")]


@pytest.mark.parametrize(("old", "new", "name", "fr_text"), EDITS)
def test_single_french_edit_is_caught(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], old: str, new: str, name: str, fr_text: str | None
) -> None:
    french = SEED_FR.read_text(encoding="utf-8")
    assert french.count(old) >= 1
    edited = tmp_path / "fr.txt"
    edited.write_text(french.replace(old, new, 1), encoding="utf-8")
    status = main(["check", str(SEED_EN), str(edited)])
    report = json.loads(capsys.readouterr().out)
    validate("report", report)
    assert status == 1
    errors = [f for f in report["findings"] if f["severity"] == "error"]
    assert [f["name"] for f in errors] == [name]
    (finding,) = errors
    if fr_text is None:
        assert finding["fr"] is None and finding["en"] is not None
    else:
        assert fr_text in finding["fr"]["text"] or finding["fr"]["text"] in fr_text
        assert edited.read_text(encoding="utf-8")[finding["fr"]["start"]:finding["fr"]["end"]] == finding["fr"]["text"]
    if name != "missing-in-en":
        assert finding["en"] is not None
        assert SEED_EN.read_text(encoding="utf-8")[finding["en"]["start"]:finding["en"]["end"]] == finding["en"]["text"]
