"""parse_number / format_number: one table per language of valid and invalid numerals, and round trips."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.model import Lang
from pipeline.numerals import format_number, parse_number

EN, FR, VI = Lang.EN, Lang.FR, Lang.VI

NUMBER_CASES = [
    # English digits
    pytest.param(EN, "7,300", Decimal(7300), id="en-comma-thousands"),
    pytest.param(EN, "1,234.56", Decimal("1234.56"), id="en-comma-thousands-decimal-point"),
    pytest.param(EN, "1,234,567", Decimal(1234567), id="en-two-groups"),
    pytest.param(EN, "12,34,567.89", Decimal("1234567.89"), id="en-indian-grouping"),
    pytest.param(EN, "40 000", Decimal(40000), id="en-space-thousands"),
    pytest.param(EN, "40\u202f000", Decimal(40000), id="en-narrow-nbsp-thousands"),
    pytest.param(EN, "78.3", Decimal("78.3"), id="en-decimal-point"),
    pytest.param(EN, ".25", Decimal("0.25"), id="en-leading-point"),
    pytest.param(EN, "4.800", Decimal("4.8"), id="en-dot-is-never-thousands"),
    pytest.param(EN, "-12", Decimal(-12), id="en-negative"),
    pytest.param(EN, "0", Decimal(0), id="en-zero"),
    # English words
    pytest.param(EN, "three", Decimal(3), id="en-word-unit"),
    pytest.param(EN, "twenty-one", Decimal(21), id="en-word-hyphenated"),
    pytest.param(EN, "fifty - two", Decimal(52), id="en-word-spaced-hyphen"),
    pytest.param(EN, "one hundred and sixty-one", Decimal(161), id="en-word-hundred-and"),
    pytest.param(EN, "two thousand and two hundred", Decimal(2200), id="en-word-thousand-and-hundred"),
    pytest.param(EN, "two million", Decimal(2000000), id="en-word-million"),
    pytest.param(EN, "1.2 million", Decimal(1200000), id="en-digits-scale-word"),
    pytest.param(EN, "1.5 billion", Decimal(1500000000), id="en-billion-is-1e9"),
    pytest.param(EN, "a hundred", Decimal(100), id="en-article-hundred"),
    pytest.param(EN, "a million", Decimal(1000000), id="en-article-million"),
    pytest.param(EN, "3 hundred and 21", Decimal(321), id="en-mixed-digits-words"),
    pytest.param(EN, "two point five", Decimal("2.5"), id="en-point"),
    pytest.param(EN, "one and a half", Decimal("1.5"), id="en-mixed-fraction"),
    pytest.param(EN, "three quarters", Decimal("0.75"), id="en-fraction-terminating"),
    pytest.param(EN, "one and a half million", Decimal(1500000), id="en-fraction-scale"),
    pytest.param(EN, "fifty-three billion two hundred forty-three thousand seven hundred twenty-four",
                 Decimal(53000243724), id="en-long-words"),
    pytest.param(EN, "minus five", Decimal(-5), id="en-minus-word"),
    # English rejects
    pytest.param(EN, "3,5", None, id="en-rejects-decimal-comma"),
    pytest.param(EN, "0,4", None, id="en-rejects-decimal-comma-still"),
    pytest.param(EN, "half-a-billion", Decimal(500000000), id="en-half-a-billion-hyphens"),
    pytest.param(EN, "1,23", None, id="en-rejects-two-digit-group"),
    pytest.param(EN, "1.234,5", None, id="en-rejects-continental"),
    pytest.param(EN, "a", None, id="en-rejects-bare-article"),
    pytest.param(EN, "two thirds", None, id="en-rejects-non-terminating-fraction"),
    pytest.param(EN, "fifth", None, id="en-rejects-ordinal"),
    pytest.param(EN, "trois", None, id="en-rejects-french-word"),
    pytest.param(EN, "", None, id="en-rejects-empty"),
    pytest.param(EN, "12abc", None, id="en-rejects-trailing-letters"),
    pytest.param(EN, "millions", None, id="en-rejects-bare-plural-scale"),
    # French digits
    pytest.param(FR, "7 300", Decimal(7300), id="fr-space-thousands"),
    pytest.param(FR, "7\u00a0300", Decimal(7300), id="fr-nbsp-thousands"),
    pytest.param(FR, "7\u202f300", Decimal(7300), id="fr-narrow-nbsp-thousands"),
    pytest.param(FR, "7.300", Decimal(7300), id="fr-dot-thousands"),
    pytest.param(FR, "1.234.567", Decimal(1234567), id="fr-dot-thousands-two-groups"),
    pytest.param(FR, "1\u202f234,56", Decimal("1234.56"), id="fr-narrow-nbsp-thousands-decimal-comma"),
    pytest.param(FR, "78,3", Decimal("78.3"), id="fr-decimal-comma"),
    pytest.param(FR, "4,800", Decimal("4.8"), id="fr-comma-is-never-thousands"),
    pytest.param(FR, "3.5", Decimal("3.5"), id="fr-dot-decimal-when-not-a-group"),
    pytest.param(FR, ",08", Decimal("0.08"), id="fr-leading-comma"),
    # French words
    pytest.param(FR, "trois", Decimal(3), id="fr-word-unit"),
    pytest.param(FR, "vingt et un", Decimal(21), id="fr-vingt-et-un"),
    pytest.param(FR, "vingt-et-un", Decimal(21), id="fr-vingt-et-un-hyphens"),
    pytest.param(FR, "dix-sept", Decimal(17), id="fr-dix-sept"),
    pytest.param(FR, "soixante-dix", Decimal(70), id="fr-soixante-dix"),
    pytest.param(FR, "soixante et onze", Decimal(71), id="fr-soixante-et-onze"),
    pytest.param(FR, "quatre-vingts", Decimal(80), id="fr-quatre-vingts"),
    pytest.param(FR, "quatre-vingt-dix-neuf", Decimal(99), id="fr-quatre-vingt-dix-neuf"),
    pytest.param(FR, "quatre vingt dix neuf", Decimal(99), id="fr-quatre-vingt-dix-neuf-spaces"),
    pytest.param(FR, "septante-huit", Decimal(78), id="fr-septante"),
    pytest.param(FR, "nonante-cinq", Decimal(95), id="fr-nonante"),
    pytest.param(FR, "cent", Decimal(100), id="fr-bare-cent"),
    pytest.param(FR, "mille", Decimal(1000), id="fr-bare-mille"),
    pytest.param(FR, "deux cents", Decimal(200), id="fr-deux-cents"),
    pytest.param(FR, "deux millions", Decimal(2000000), id="fr-deux-millions"),
    pytest.param(FR, "1,5 million", Decimal(1500000), id="fr-decimal-comma-million"),
    pytest.param(FR, "2,5 milliards", Decimal(2500000000), id="fr-milliard-is-1e9"),
    pytest.param(FR, "un billion", Decimal(1000000000000), id="fr-billion-is-1e12"),
    pytest.param(FR, "un million et demi", Decimal(1500000), id="fr-million-et-demi"),
    pytest.param(FR, "deux cent virgule trois", Decimal("200.3"), id="fr-virgule"),
    pytest.param(FR, "neuf mille neuf cent quatre-vingt-dix neuf", Decimal(9999), id="fr-9999"),
    pytest.param(FR, "322 cent", Decimal(32200), id="fr-digits-singular-cent-multiplies"),
    pytest.param(FR, "un million et demi", Decimal(1500000), id="fr-un-million-et-demi-again"),
    pytest.param(FR, "deux millions deux", Decimal(2000002), id="fr-millions-then-number"),
    # French rejects
    pytest.param(FR, "39 cents", None, id="fr-rejects-digits-cents"),
    pytest.param(FR, "18,4 cents", None, id="fr-rejects-decimal-cents"),
    pytest.param(FR, "1 cent", None, id="fr-rejects-1-cent"),
    pytest.param(FR, "26,2 milles", None, id="fr-rejects-milles"),
    pytest.param(FR, "un mille", None, id="fr-rejects-un-mille"),
    pytest.param(FR, "320 millions un an", None, id="fr-rejects-millions-un-an"),
    pytest.param(FR, "un", None, id="fr-rejects-bare-un"),
    pytest.param(FR, "une", None, id="fr-rejects-bare-une"),
    pytest.param(FR, "1,234,567", None, id="fr-rejects-comma-groups"),
    pytest.param(FR, "three", None, id="fr-rejects-english-word"),
    pytest.param(FR, "cinquième", None, id="fr-rejects-ordinal"),
    pytest.param(FR, "deux tiers", None, id="fr-rejects-non-terminating-fraction"),
    # Vietnamese: digits only, French separators
    pytest.param(VI, "7.300", Decimal(7300), id="vi-dot-thousands"),
    pytest.param(VI, "78,3", Decimal("78.3"), id="vi-decimal-comma"),
    pytest.param(VI, "ba", None, id="vi-no-words"),
]


@pytest.mark.parametrize(("lang", "surface", "expected"), NUMBER_CASES)
def test_parse_number(lang: Lang, surface: str, expected: Decimal | None) -> None:
    assert parse_number(surface, lang) == expected


FORMAT_CASES = [
    pytest.param(EN, Decimal("1234.56"), "1,234.56", id="en-thousands-and-decimal"),
    pytest.param(EN, Decimal(7300), "7,300", id="en-thousands"),
    pytest.param(EN, Decimal(999), "999", id="en-no-group"),
    pytest.param(EN, Decimal(-1234567), "-1,234,567", id="en-negative"),
    pytest.param(EN, Decimal("0.5"), "0.5", id="en-fraction-only"),
    pytest.param(FR, Decimal("1234.56"), "1\u202f234,56", id="fr-narrow-nbsp-and-comma"),
    pytest.param(FR, Decimal(7300), "7\u202f300", id="fr-thousands"),
    pytest.param(FR, Decimal("78.3"), "78,3", id="fr-decimal-comma"),
    pytest.param(FR, Decimal("1E+3"), "1\u202f000", id="fr-exponent-form-expanded"),
]


@pytest.mark.parametrize(("lang", "value", "expected"), FORMAT_CASES)
def test_format_number(lang: Lang, value: Decimal, expected: str) -> None:
    assert format_number(value, lang) == expected


def test_format_number_rejects_non_finite() -> None:
    with pytest.raises(ValueError, match="finite"):
        format_number(Decimal("NaN"), EN)


@given(
    value=st.decimals(min_value=-(10**12), max_value=10**12, places=3, allow_nan=False, allow_infinity=False),
    lang=st.sampled_from([EN, FR]),
)
def test_format_then_parse_round_trips(value: Decimal, lang: Lang) -> None:
    assert parse_number(format_number(value, lang), lang) == value


@given(value=st.integers(min_value=0, max_value=10**15), lang=st.sampled_from([EN, FR]))
def test_integers_round_trip(value: int, lang: Lang) -> None:
    assert parse_number(format_number(Decimal(value), lang), lang) == value


@given(value=st.integers(min_value=1000, max_value=10**9))
def test_english_and_french_read_the_same_integer(value: int) -> None:
    english = format_number(Decimal(value), EN)
    french = format_number(Decimal(value), FR)
    assert parse_number(english, EN) == parse_number(french, FR) == value
    assert parse_number(french.replace("\u202f", "."), FR) == value  # French dot grouping
    assert parse_number(french.replace("\u202f", "\u00a0"), FR) == value
