"""Vague magnitudes ("thousands of", "des centaines de") as facts: what the extractor reads, and what it leaves."""

from __future__ import annotations

import io
import sys
from decimal import Decimal
from itertools import pairwise
from types import SimpleNamespace

import pytest

from pipeline.cli import main
from pipeline.crosscheck import Side, matched_facts
from pipeline.facts import extract_facts
from pipeline.model import FactKind, Lang
from pipeline.report import fact_json
from pipeline.run import check_segments, extract_text
from tests.helpers import ROOT, validate

EN, FR = Lang.EN, Lang.FR

MAGNITUDE_CASES = [
    pytest.param(EN, "millions of people", [("millions", 10**6, None)], id="en-bare-plural-scale"),
    pytest.param(EN, "several hundred thousand people", [("several hundred thousand", 10**5, None)],
                 id="en-several-hundred-thousand"),
    pytest.param(EN, "Tens of thousands marched", [("Tens of thousands", 10**4, None)], id="en-tens-of-thousands"),
    pytest.param(EN, "dozens of people", [("dozens", 10, None)], id="en-dozens"),
    pytest.param(EN, "scores of people", [("scores", 10, None)], id="en-scores-of"),
    pytest.param(EN, "hundreds of soldiers", [("hundreds", 100, None)], id="en-hundreds"),
    pytest.param(EN, "for decades", [("decades", 10, "a")], id="en-decades-no-count"),
    pytest.param(EN, "in the last decades", [("decades", 10, "a")], id="en-the-last-decades"),
    pytest.param(EN, "hundreds of years ago", [("hundreds of years", 100, "a")], id="en-hundreds-of-years"),
    pytest.param(EN, "over millennia", [("millennia", 1000, "a")], id="en-millennia"),
    pytest.param(FR, "des milliers de personnes", [("milliers", 1000, None)], id="fr-milliers"),
    pytest.param(FR, "des centaines de soldats", [("centaines", 100, None)], id="fr-des-centaines"),
    pytest.param(FR, "plusieurs dizaines de milliers de manifestants",
                 [("plusieurs dizaines de milliers", 10**4, None)], id="fr-plusieurs-dizaines-de-milliers"),
    pytest.param(FR, "depuis des décennies", [("décennies", 10, "a")], id="fr-des-decennies"),
    pytest.param(FR, "des centaines d'années de guerre", [("centaines d'années", 100, "a")],
                 id="fr-centaines-d-annees"),
    pytest.param(FR, "les milliards promis", [("milliards", 10**9, None)], id="fr-les-milliards"),
    pytest.param(FR, "depuis des millénaires", [("millénaires", 1000, "a")], id="fr-des-millenaires"),
    pytest.param(EN, "millions of US dollars", [("millions of US dollars", 10**6, "USD")], id="en-of-a-currency"),
    pytest.param(EN, "charged thousands of pounds a year", [("thousands of pounds", 1000, "GBP")],
                 id="en-thousands-of-pounds-is-sterling"),
    pytest.param(EN, "hundreds of pounds of uranium", [("hundreds of pounds", 100, "lb")], id="en-pounds-of-a-weight"),
    pytest.param(EN, "hundreds of square kilometres", [("hundreds of square kilometres", 100, "km2")],
                 id="en-of-a-two-word-unit"),
    pytest.param(FR, "des milliards d'euros", [("milliards d'euros", 10**9, "EUR")], id="fr-d-une-monnaie"),
    pytest.param(FR, "des centaines de kilomètres", [("centaines de kilomètres", 100, "km")], id="fr-d-une-unite"),
    pytest.param(FR, "des dizaines d'ans", [("dizaines d'ans", 10, "a")], id="fr-dizaines-d-ans"),
    pytest.param(FR, "des dizaines de milliers de personnes", [("dizaines de milliers", 10**4, None)],
                 id="fr-no-unit-after"),
]

# Counts of the same words are figures, and words that only look like magnitudes are none.
NOT_MAGNITUDE_CASES = [
    pytest.param(EN, "two decades", id="en-two-decades"),
    pytest.param(EN, "between the 10th and 15th centuries", id="en-ranks-of-centuries"),
    pytest.param(EN, "the nineteenth and twentieth centuries", id="en-ranks-of-centuries-in-words"),
    pytest.param(EN, "a dozen eggs", id="en-a-dozen"),
    pytest.param(EN, "the scores were level", id="en-scores-without-of"),
    pytest.param(EN, "scores of 200 or greater", id="en-scores-of-a-figure"),
    pytest.param(EN, "the Hundred Days", id="en-hundred-days"),
    pytest.param(EN, "several hundred-year-old trees", id="en-hundred-compound"),
    pytest.param(FR, "3 millions de personnes", id="fr-counted-millions"),
    pytest.param(FR, "un demi-siècle", id="fr-demi-siecle"),
    pytest.param(FR, "la prochaine décennie", id="fr-la-prochaine-decennie"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), MAGNITUDE_CASES)
def test_magnitudes_are_read_by_order(lang: Lang, text: str, expected: list[tuple[str, int, str | None]]) -> None:
    facts = extract_facts(text, lang)
    assert [(f.text, f.value, f.unit) for f in facts if f.kind is FactKind.MAGNITUDE] == [
        (t, Decimal(v), u) for t, v, u in expected
    ]
    assert all(text[f.start : f.end] == f.text for f in facts)


@pytest.mark.parametrize(("lang", "text"), NOT_MAGNITUDE_CASES)
def test_counts_and_look_alikes_are_no_magnitudes(lang: Lang, text: str) -> None:
    assert [f for f in extract_facts(text, lang) if f.kind is FactKind.MAGNITUDE] == []


def test_a_magnitude_never_overlaps_a_figure() -> None:
    facts = extract_facts("Some 3 millions of people, and then millions more.", EN)
    assert [f.kind for f in facts] == [FactKind.CARDINAL, FactKind.MAGNITUDE]
    assert all(a.end <= b.start for a, b in pairwise(facts))


def test_a_magnitude_of_one_side_only_is_no_missing_figure() -> None:
    result = check_segments("Thousands of people marched.", "Les gens ont défilé.")
    assert [f.code for f in result.findings] == []


def test_the_same_order_matches_whatever_the_unit_reading() -> None:
    # "decades" is a span of years (unit a), "des dizaines" reads none: the order alone is compared.
    result = check_segments("after decades of war", "après des dizaines de guerres")
    assert [f.code for f in result.findings] == []


def test_magnitudes_of_one_order_are_paired_for_the_export() -> None:
    result = check_segments("Millions lost millions of dollars, and thousands of jobs went.",
                            "Des millions ont perdu des millions de dollars, et des centaines d'emplois ont disparu.")
    en = Side(Lang.EN, result.en.sentences, result.en.facts)
    fr = Side(Lang.FR, result.fr.sentences, result.fr.facts)
    pairs = [(result.en.facts[i].text, result.fr.facts[j].text) for i, j in matched_facts(result.beads, en, fr)]
    # The same orders pair first, in reading order; the one left on each side is the PF112 pair.
    assert pairs == [
        ("Millions", "millions"), ("millions of dollars", "millions de dollars"), ("thousands", "centaines")
    ]
    assert [f.code for f in result.findings] == ["PF112"]


def test_a_magnitude_is_a_schema_valid_fact() -> None:
    analysis = extract_text("Des dizaines de milliers de personnes ont défilé pendant des décennies.\n", FR)
    facts = [fact_json(f, "fr") for f in analysis.facts]
    for fact in facts:
        validate("fact", fact)
    assert [(f["kind"], f["value"], f["unit"]) for f in facts] == [("magnitude", "10000", None),
                                                                   ("magnitude", "10", "a")]


@pytest.mark.parametrize(
    ("en_text", "fr_text", "code", "spans"),
    [
        pytest.param("The storm killed 5,000 people.", "La tempête a tué des milliers de personnes.", "PF102",
                     ("5,000", "milliers"), id="figure-in-english"),
        pytest.param("Thousands of people came.", "5 000 personnes sont venues.", "PF103", ("Thousands", "5 000"),
                     id="figure-in-french"),
        pytest.param("In 2009, people came.", "Des milliers de personnes sont venues.", "PF102",
                     ("2009", None), id="a-year-is-no-amount"),
    ],
)
def test_a_figure_rendered_as_a_magnitude_points_at_both(en_text: str, fr_text: str, code: str,
                                                          spans: tuple[str, str | None]) -> None:
    (finding,) = check_segments(en_text, fr_text).findings
    assert finding.code == code
    assert (finding.en.text if finding.en else None, finding.fr.text if finding.fr else None) == spans


@pytest.mark.parametrize(
    ("en_text", "fr_text", "codes"),
    [
        pytest.param("It stood for hundreds of years.", "Il a tenu pendant des siècles.", [],
                     id="hundreds-of-years-siecles"),
        pytest.param("for centuries", "pendant des centaines d'années", [], id="centuries-centaines-d-annees"),
        pytest.param("over millennia", "depuis des millénaires", [], id="millennia-millenaires"),
        pytest.param("It stood for thousands of years.", "Il a tenu pendant des siècles.", ["PF112"],
                     id="thousands-of-years-against-siecles"),
    ],
)
def test_spans_of_years_compare_by_order(en_text: str, fr_text: str, codes: list[str]) -> None:
    assert [f.code for f in check_segments(en_text, fr_text).findings] == codes


def test_the_readme_example_of_a_magnitude_is_what_extract_prints(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith('$ echo "des dizaines de milliers'))
    text = lines[at].split('"')[1]
    monkeypatch.setattr(sys, "stdin", SimpleNamespace(buffer=io.BytesIO(f"{text}\n".encode())))
    assert main(["extract", "-", "--lang", "fr", "--lines"]) == 0
    assert capsys.readouterr().out.splitlines() == [lines[at + 1]]


@pytest.mark.parametrize(
    ("en_text", "fr_text"),
    [
        pytest.param("Hundreds came.", "Ils ont payé 32 cents.", id="cents-are-no-hundreds"),
        pytest.param("Scores of people came.", "1 personne est venue.", id="one-is-no-score"),
    ],
)
def test_a_magnitude_is_no_counterpart_of_a_figure_of_another_order(en_text: str, fr_text: str) -> None:
    assert all(f.en is None or f.fr is None for f in check_segments(en_text, fr_text).findings)


@pytest.mark.parametrize(
    ("en_text", "fr_text", "codes"),
    [
        pytest.param("It cost millions of dollars.", "Cela a coûté des millions d'euros.", ["PF105"],
                     id="currencies-differ"),
        pytest.param("It cost millions of dollars.", "Cela a coûté des millions de dollars.", [], id="same-currency"),
        pytest.param("hundreds of miles away", "à des centaines de kilomètres", [], id="a-unit-converted"),
        pytest.param("It cost millions of dollars.", "Cela a coûté des millions.", [], id="currency-on-one-side"),
    ],
)
def test_magnitudes_of_one_order_compare_their_currencies(en_text: str, fr_text: str, codes: list[str]) -> None:
    assert [f.code for f in check_segments(en_text, fr_text).findings] == codes
