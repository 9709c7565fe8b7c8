"""extract_facts: the seed pair exactly, per-language tables of figures and of non-figures, and invariants."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from pipeline.facts import _alternation, _trie_alternation, cldr_currency_names, extract_facts
from pipeline.model import DateValue, Fact, FactKind, FactValue, Lang, Qualifier, Range, Ratio, TimeValue
from pipeline.numerals import fold

EN, FR, VI, OTHER = Lang.EN, Lang.FR, Lang.VI, Lang.OTHER
D = Decimal
K = FactKind

Row = tuple[str, FactKind, FactValue, str | None, Qualifier | None]


def rows(text: str, lang: Lang) -> list[Row]:
    return [(f.text, f.kind, f.value, f.unit, f.qualifier) for f in extract_facts(text, lang)]


def comparable(facts: tuple[Fact, ...]) -> Counter[tuple[object, ...]]:
    return Counter((f.kind, f.value, f.unit, f.qualifier) for f in facts)


# --------------------------------------------------------------------------------------------------------------
# The seed pair (000_dbcf2cfc5380ca8d / 001_5a3d62727b55fa83): every figure, same facts in both languages
# --------------------------------------------------------------------------------------------------------------

SEED_PAIRS = [
    pytest.param(
        "DNUM_CCZABZCABG 10:08",
        None,
        [("10:08", K.TIME, TimeValue(10, 8), None, None)],
        id="dateline-time-after-placeholder",
    ),
    pytest.param(
        "(Baonghean.vn) - Nghe An has nearly 7,300 drug addicts, but the number of people who have successfully "
        "been rehabilitated is low.",
        "(Baonghean.vn) - Nghe An compte près de 7 300 toxicomanes, mais le nombre de personnes qui ont été "
        "réhabilitées avec succès est faible.",
        [("7,300", K.CARDINAL, D(7300), None, Qualifier.NEARLY)],
        id="lede-nearly-7300",
    ),
    pytest.param(
        "On the morning of January 22, the Department of Labor, War Invalids and Social Affairs held a conference "
        "to review drug addiction treatment and post-treatment management models in Nghe An province in the "
        "period 2013 - 2015.",
        "Le matin du 22 janvier, le Département du Travail, des Invalides de guerre et des Affaires sociales a "
        "organisé une conférence pour examiner les modèles de traitement de la toxicomanie et de gestion "
        "post-traitement dans la province de Nghe An au cours de la période 2013-2015.",
        [
            ("January 22", K.DATE, DateValue(None, 1, 22), None, None),
            ("2013 - 2015", K.RANGE, Range(D(2013), D(2015)), None, None),
        ],
        id="date-and-period",
    ),
    pytest.param(
        "According to the report, up to now, the whole province has nearly 7,300 drug addicts with controlled "
        "records (ranked 5th nationwide), 367/280 communes and wards have drugs (accounting for 78.3%), the "
        "majority of drug addicts are opium and heroin.",
        "Selon le rapport, jusqu'à présent, toute la province compte près de 7.300 toxicomanes avec des casiers "
        "contrôlés (classée 5ème au niveau national), 367/280 communes et quartiers ont des drogues "
        "(représentant 78,3%), la majorité des toxicomanes sont des toxicomanes à l'opium et à l'héroïne.",
        [
            ("7,300", K.CARDINAL, D(7300), None, Qualifier.NEARLY),
            ("5th", K.ORDINAL, D(5), None, None),
            ("367/280", K.RATIO, Ratio(D(367), D(280)), None, None),
            ("78.3%", K.PERCENT, D("78.3"), None, None),
        ],
        id="report-figures",
    ),
    pytest.param(
        "Currently, in addition to 8 centers with the function of drug addiction treatment and post-treatment "
        "management, the province applies 3 drug addiction treatment models: Drug addiction treatment.",
        "Actuellement, en plus de 8 centres ayant pour fonction le traitement de la toxicomanie et la gestion "
        "post-traitement, la province applique 3 modèles de traitement de la toxicomanie : le modèle.",
        [("8", K.CARDINAL, D(8), None, None), ("3", K.CARDINAL, D(3), None, None)],
        id="en-plus-de-is-not-more-than",
    ),
    pytest.param(
        "These models have organized drug rehabilitation for 306 people, vocational training for 60 people, job "
        "referrals for 15 people, and loan support to create jobs for 21 people.",
        "Ces modèles ont permis d’organiser la réhabilitation de 306 personnes, la formation professionnelle de "
        "60 personnes, l’orientation professionnelle de 15 personnes et le soutien sous forme de prêt pour créer "
        "des emplois pour 21 personnes.",
        [(t, K.CARDINAL, D(t), None, None) for t in ("306", "60", "15", "21")],
        id="four-cardinals",
    ),
    pytest.param(
        "In addition, since 2013, the province has implemented a model of converting the Social Labor Education "
        "Center I into a Voluntary Drug Rehabilitation Center.",
        "En outre, depuis 2013, la province a mis en œuvre un modèle de transformation du Centre d'éducation "
        "sociale et professionnelle I en centre de réadaptation volontaire pour toxicomanes.",
        [("2013", K.YEAR, D(2013), None, None), ("I", K.LABEL, D(1), None, None)],
        id="year-and-roman-label",
    ),
    pytest.param(
        "In the period 2013 - 2015, the center organized drug rehabilitation for 554 students, of which the "
        "number of compulsory drug rehabilitation was 212 (reaching 98% of the target), the number of voluntary "
        "drug rehabilitation was 342 (reaching 54% of the target).",
        "Entre 2013 et 2015, le centre a organisé une réadaptation pour toxicomanes pour 554 élèves, dont 212 en "
        "réadaptation obligatoire (atteignant 98 % de l'objectif) et 342 en réadaptation volontaire (atteignant "
        "54 % de l'objectif).",
        [
            ("2013 - 2015", K.RANGE, Range(D(2013), D(2015)), None, None),
            ("554", K.CARDINAL, D(554), None, None),
            ("212", K.CARDINAL, D(212), None, None),
            ("98%", K.PERCENT, D(98), None, None),
            ("342", K.CARDINAL, D(342), None, None),
            ("54%", K.PERCENT, D(54), None, None),
        ],
        id="center-results",
    ),
    pytest.param(
        "the progress of implementing the model of converting Social Labor Education Center I to Voluntary "
        "Rehabilitation Center is slow...",
        "les progrès de la mise en œuvre du modèle de conversion du Centre d'éducation au travail social I en "
        "Centre de réadaptation volontaire sont lents...",
        [("I", K.LABEL, D(1), None, None)],
        id="roman-label-again",
    ),
    pytest.param(
        "Drug addicts learn rattan weaving at Nghe An Social Labor and Education Center 1. Photo: Tran Duc Thang.",
        "Des toxicomanes apprennent le tissage du rotin au Centre social et éducatif de Nghe An 1. Photo : Tran "
        "Duc Thang. |",
        [("1", K.LABEL, D(1), None, None)],
        id="digit-label-after-name",
    ),
    pytest.param(
        "On this occasion, the Department of Labor, Invalids and Social Affairs presented gifts to 5 typical "
        "individuals who successfully cured drug addiction in the period 2013 - 2015.",
        "A cette occasion, le Département du Travail, des Invalides et des Affaires Sociales a offert des cadeaux "
        "à 5 personnes typiques qui ont réussi à guérir de leur toxicomanie au cours de la période 2013-2015.",
        [("5", K.CARDINAL, D(5), None, None), ("2013 - 2015", K.RANGE, Range(D(2013), D(2015)), None, None)],
        id="gifts",
    ),
    pytest.param(
        "Strengthening coordination among relevant sectors in drug addiction treatment",
        "Renforcer la coordination entre les secteurs concernés par le traitement de la toxicomanie",
        [],
        id="title-without-figures",
    ),
]


@pytest.mark.parametrize(("english", "french", "expected"), SEED_PAIRS)
def test_seed_english(english: str, french: str | None, expected: list[Row]) -> None:
    assert rows(english, EN) == expected


@pytest.mark.parametrize(
    ("english", "french"), [pytest.param(p.values[0], p.values[1], id=p.id) for p in SEED_PAIRS if p.values[1]]
)
def test_seed_french_matches_english(english: str, french: str) -> None:
    assert comparable(extract_facts(french, FR)) == comparable(extract_facts(english, EN))


def test_seed_french_spans() -> None:
    text = "toute la province compte près de 7.300 toxicomanes (classée 5ème) (représentant 78,3%)"
    assert [f.text for f in extract_facts(text, FR)] == ["7.300", "5ème", "78,3%"]
    assert [f.text for f in extract_facts("Entre 2013 et 2015, le centre", FR)] == ["2013 et 2015"]


# --------------------------------------------------------------------------------------------------------------
# Figures, per language: (text, lang) -> [(span, kind, value, unit, qualifier)]
# --------------------------------------------------------------------------------------------------------------

FACT_CASES = [
    # cardinals, decimals, locale separators
    pytest.param(EN, "about 7,300 people", [("7,300", K.CARDINAL, D(7300), None, Qualifier.ABOUT)], id="en-about"),
    pytest.param(FR, "environ 7 300", [("7 300", K.CARDINAL, D(7300), None, Qualifier.ABOUT)], id="fr-environ"),
    pytest.param(FR, "7\u00a0300 cas", [("7\u00a0300", K.CARDINAL, D(7300), None, None)], id="fr-nbsp-thousands"),
    pytest.param(FR, "7\u202f300 cas", [("7\u202f300", K.CARDINAL, D(7300), None, None)], id="fr-nnbsp-thousands"),
    pytest.param(EN, "a 3.5 rise", [("3.5", K.DECIMAL, D("3.5"), None, None)], id="en-decimal"),
    pytest.param(FR, "une hausse de 3,5", [("3,5", K.DECIMAL, D("3.5"), None, None)], id="fr-decimal-comma"),
    pytest.param(EN, "scores 3,5 and 7", [("3", K.CARDINAL, D(3), None, None), ("5", K.CARDINAL, D(5), None, None),
                                          ("7", K.CARDINAL, D(7), None, None)], id="en-3,5-is-two-numbers"),
    pytest.param(EN, "1.5 million people", [("1.5 million", K.CARDINAL, D(1500000), None, None)],
                 id="en-scale-million"),
    pytest.param(FR, "1,5 million de personnes", [("1,5 million", K.CARDINAL, D(1500000), None, None)],
                 id="fr-scale-million"),
    pytest.param(FR, "2,5 milliards", [("2,5 milliards", K.CARDINAL, D(2500000000), None, None)], id="fr-milliard"),
    pytest.param(FR, "un billion", [("un billion", K.CARDINAL, D(10**12), None, None)], id="fr-billion-1e12"),
    pytest.param(EN, "one billion", [("one billion", K.CARDINAL, D(10**9), None, None)], id="en-billion-1e9"),
    # number words
    pytest.param(EN, "three children", [("three", K.CARDINAL, D(3), None, None)], id="en-word"),
    pytest.param(FR, "trois enfants", [("trois", K.CARDINAL, D(3), None, None)], id="fr-word"),
    pytest.param(EN, "twenty-one days", [("twenty-one days", K.QUANTITY, D(21), "d", None)], id="en-twenty-one"),
    pytest.param(FR, "vingt et un jours", [("vingt et un jours", K.QUANTITY, D(21), "d", None)],
                 id="fr-vingt-et-un"),
    pytest.param(FR, "soixante-dix ans", [("soixante-dix ans", K.QUANTITY, D(70), "a", None)], id="fr-soixante-dix"),
    pytest.param(FR, "quatre-vingt-dix-neuf", [("quatre-vingt-dix-neuf", K.CARDINAL, D(99), None, None)],
                 id="fr-99"),
    pytest.param(EN, "two million", [("two million", K.CARDINAL, D(2000000), None, None)], id="en-two-million"),
    pytest.param(FR, "deux millions", [("deux millions", K.CARDINAL, D(2000000), None, None)], id="fr-2-millions"),
    pytest.param(EN, "one person died", [("one", K.CARDINAL, D(1), None, None)], id="en-one-is-a-number"),
    # qualifiers
    pytest.param(EN, "almost 12", [("12", K.CARDINAL, D(12), None, Qualifier.NEARLY)], id="en-almost"),
    pytest.param(EN, "more than 7", [("7", K.CARDINAL, D(7), None, Qualifier.MORE_THAN)], id="en-more-than"),
    pytest.param(EN, "at least 8", [("8", K.CARDINAL, D(8), None, Qualifier.AT_LEAST)], id="en-at-least"),
    pytest.param(EN, "fewer than 9", [("9", K.CARDINAL, D(9), None, Qualifier.LESS_THAN)], id="en-fewer-than"),
    pytest.param(EN, "up to 10", [("10", K.CARDINAL, D(10), None, Qualifier.AT_MOST)], id="en-up-to"),
    pytest.param(FR, "presque 12", [("12", K.CARDINAL, D(12), None, Qualifier.NEARLY)], id="fr-presque"),
    pytest.param(FR, "plus de 7", [("7", K.CARDINAL, D(7), None, Qualifier.MORE_THAN)], id="fr-plus-de"),
    pytest.param(FR, "au moins 8", [("8", K.CARDINAL, D(8), None, Qualifier.AT_LEAST)], id="fr-au-moins"),
    pytest.param(FR, "moins de 9", [("9", K.CARDINAL, D(9), None, Qualifier.LESS_THAN)], id="fr-moins-de"),
    pytest.param(FR, "jusqu'à 10", [("10", K.CARDINAL, D(10), None, Qualifier.AT_MOST)], id="fr-jusqu-a"),
    pytest.param(FR, "à peu près 13", [("13", K.CARDINAL, D(13), None, Qualifier.ABOUT)], id="fr-a-peu-pres"),
    # percents
    pytest.param(EN, "78.3%", [("78.3%", K.PERCENT, D("78.3"), None, None)], id="en-percent-sign"),
    pytest.param(EN, "20 percent", [("20 percent", K.PERCENT, D(20), None, None)], id="en-percent-word"),
    pytest.param(FR, "78,3 %", [("78,3 %", K.PERCENT, D("78.3"), None, None)], id="fr-percent-space"),
    pytest.param(FR, "78,3\u00a0%", [("78,3\u00a0%", K.PERCENT, D("78.3"), None, None)], id="fr-percent-nbsp"),
    pytest.param(FR, "20 pour cent", [("20 pour cent", K.PERCENT, D(20), None, None)], id="fr-pour-cent"),
    # ordinals
    pytest.param(EN, "the 5th", [("5th", K.ORDINAL, D(5), None, None)], id="en-5th"),
    pytest.param(EN, "the 1st and 22nd", [("1st", K.ORDINAL, D(1), None, None), ("22nd", K.ORDINAL, D(22), None,
                                                                                 None)], id="en-1st-22nd"),
    pytest.param(EN, "the fifth", [("fifth", K.ORDINAL, D(5), None, None)], id="en-fifth"),
    pytest.param(EN, "twenty-first", [("twenty-first", K.ORDINAL, D(21), None, None)], id="en-twenty-first"),
    pytest.param(FR, "le 5e", [("5e", K.ORDINAL, D(5), None, None)], id="fr-5e"),
    pytest.param(FR, "le 5è", [("5è", K.ORDINAL, D(5), None, None)], id="fr-5è"),
    pytest.param(FR, "le 5eme", [("5eme", K.ORDINAL, D(5), None, None)], id="fr-5eme"),
    pytest.param(FR, "le 1er", [("1er", K.ORDINAL, D(1), None, None)], id="fr-1er"),
    pytest.param(FR, "la 1re", [("1re", K.ORDINAL, D(1), None, None)], id="fr-1re"),
    pytest.param(FR, "la 1ère", [("1ère", K.ORDINAL, D(1), None, None)], id="fr-1ère"),
    pytest.param(FR, "la cinquième", [("cinquième", K.ORDINAL, D(5), None, None)], id="fr-cinquieme"),
    pytest.param(FR, "la première", [("première", K.ORDINAL, D(1), None, None)], id="fr-premiere"),
    pytest.param(FR, "vingt et unième", [("vingt et unième", K.ORDINAL, D(21), None, None)], id="fr-21e-words"),
    # dates and years
    pytest.param(EN, "on January 22", [("January 22", K.DATE, DateValue(None, 1, 22), None, None)],
                 id="en-month-day"),
    pytest.param(EN, "on Jan. 22, 2016", [("Jan. 22, 2016", K.DATE, DateValue(2016, 1, 22), None, None)],
                 id="en-abbreviated-month-day-year"),
    pytest.param(FR, "le 22 janvier 2016", [("22 janvier 2016", K.DATE, DateValue(2016, 1, 22), None, None)],
                 id="fr-day-month-year"),
    pytest.param(FR, "le 1er janvier", [("1er janvier", K.DATE, DateValue(None, 1, 1), None, None)],
                 id="fr-premier-janvier"),
    pytest.param(FR, "le 22/01/2016", [("22/01/2016", K.DATE, DateValue(2016, 1, 22), None, None)],
                 id="fr-numeric-day-first"),
    pytest.param(EN, "in January 2016", [("January 2016", K.DATE, DateValue(2016, 1, None), None, None)],
                 id="en-month-year"),
    pytest.param(EN, "since 2013", [("2013", K.YEAR, D(2013), None, None)], id="en-year"),
    pytest.param(FR, "depuis 2013", [("2013", K.YEAR, D(2013), None, None)], id="fr-year"),
    pytest.param(EN, "2013 people", [("2013", K.CARDINAL, D(2013), None, None)], id="en-count-not-year"),
    pytest.param(FR, "2013 personnes", [("2013", K.CARDINAL, D(2013), None, None)], id="fr-count-not-year"),
    pytest.param(EN, "In 2015 hospitals closed", [("2015", K.YEAR, D(2015), None, None)],
                 id="en-year-before-plural-noun"),
    pytest.param(EN, "the 1990s", [("1990s", K.YEAR, D(1990), None, None)], id="en-decade"),
    # ranges
    pytest.param(EN, "2013-2015", [("2013-2015", K.RANGE, Range(D(2013), D(2015)), None, None)], id="en-hyphen"),
    pytest.param(EN, "2013–2015", [("2013–2015", K.RANGE, Range(D(2013), D(2015)), None, None)], id="en-en-dash"),
    pytest.param(EN, "from 2013 to 2015", [("2013 to 2015", K.RANGE, Range(D(2013), D(2015)), None, None)],
                 id="en-from-to"),
    pytest.param(EN, "between 2013 and 2015", [("2013 and 2015", K.RANGE, Range(D(2013), D(2015)), None, None)],
                 id="en-between-and"),
    pytest.param(FR, "entre 2013 et 2015", [("2013 et 2015", K.RANGE, Range(D(2013), D(2015)), None, None)],
                 id="fr-entre-et"),
    pytest.param(FR, "de 2013 à 2015", [("2013 à 2015", K.RANGE, Range(D(2013), D(2015)), None, None)],
                 id="fr-de-a"),
    pytest.param(EN, "10-15%", [("10-15%", K.RANGE, Range(D(10), D(15)), "%", None)], id="en-percent-range"),
    pytest.param(FR, "10 à 15 %", [("10 à 15 %", K.RANGE, Range(D(10), D(15)), "%", None)],
                 id="fr-percent-range"),
    pytest.param(EN, "the 2015-16 season", [("2015-16", K.RANGE, Range(D(2015), D(2016)), None, None)],
                 id="en-short-year-range"),
    # ratios, fractions, multipliers
    pytest.param(EN, "367/280 communes", [("367/280", K.RATIO, Ratio(D(367), D(280)), None, None)], id="en-ratio"),
    pytest.param(EN, "3 out of 4", [("3 out of 4", K.RATIO, Ratio(D(3), D(4)), None, None)], id="en-out-of"),
    pytest.param(FR, "3 sur 4", [("3 sur 4", K.RATIO, Ratio(D(3), D(4)), None, None)], id="fr-sur"),
    pytest.param(EN, "3/4 of them", [("3/4", K.FRACTION, Ratio(D(3), D(4)), None, None)], id="en-slash-fraction"),
    pytest.param(EN, "half of them", [("half", K.FRACTION, Ratio(D(1), D(2)), None, None)], id="en-half"),
    pytest.param(EN, "a third of", [("a third", K.FRACTION, Ratio(D(1), D(3)), None, None)], id="en-a-third"),
    pytest.param(EN, "a third term", [("third", K.ORDINAL, D(3), None, None)], id="en-a-third-term-ordinal"),
    pytest.param(FR, "la moitié des", [("moitié", K.FRACTION, Ratio(D(1), D(2)), None, None)], id="fr-moitie"),
    pytest.param(FR, "un tiers des", [("un tiers", K.FRACTION, Ratio(D(1), D(3)), None, None)], id="fr-un-tiers"),
    pytest.param(EN, "two thirds", [("two thirds", K.FRACTION, Ratio(D(2), D(3)), None, None)], id="en-2-thirds"),
    pytest.param(EN, "twice as many", [("twice", K.MULTIPLIER, D(2), None, None)], id="en-twice"),
    pytest.param(EN, "three times more", [("three times", K.MULTIPLIER, D(3), None, None)], id="en-times"),
    pytest.param(EN, "rose x2", [("x2", K.MULTIPLIER, D(2), None, None)], id="en-x2"),
    pytest.param(FR, "trois fois plus", [("trois fois", K.MULTIPLIER, D(3), None, None)], id="fr-fois"),
    pytest.param(FR, "a doublé", [("doublé", K.MULTIPLIER, D(2), None, None)], id="fr-double"),
    # labels
    pytest.param(EN, "storm No. 10", [("10", K.LABEL, D(10), None, None)], id="en-no-label"),
    pytest.param(FR, "la tempête n° 10", [("10", K.LABEL, D(10), None, None)], id="fr-n-degree"),
    pytest.param(EN, "Route 66", [("66", K.LABEL, D(66), None, None)], id="en-route"),
    pytest.param(EN, "COVID-19 cases", [("COVID-19", K.LABEL, D(19), None, None)], id="en-covid"),
    pytest.param(EN, "the G7 summit", [("G7", K.LABEL, D(7), None, None)], id="en-g7"),
    pytest.param(EN, "Article 5 says", [("5", K.LABEL, D(5), None, None)], id="en-article"),
    pytest.param(EN, "Decree 15/2016/ND-CP", [("15/2016/ND-CP", K.LABEL, D(15), None, None)], id="en-decree"),
    pytest.param(EN, "H5N1 flu", [("H5N1", K.LABEL, D(5), None, None)], id="en-h5n1"),
    pytest.param(EN, "World War II", [("II", K.LABEL, D(2), None, None)], id="en-roman-ii"),
    pytest.param(EN, "a 5G network", [("5G", K.LABEL, D(5), None, None)], id="en-5g"),
    # times
    pytest.param(EN, "at 10:08", [("10:08", K.TIME, TimeValue(10, 8), None, None)], id="en-colon-time"),
    pytest.param(EN, "at 8 a.m.", [("8 a.m.", K.TIME, TimeValue(8, 0), None, None)], id="en-am"),
    pytest.param(EN, "at 8 p.m.", [("8 p.m.", K.TIME, TimeValue(20, 0), None, None)], id="en-pm"),
    pytest.param(FR, "à 10h08", [("10h08", K.TIME, TimeValue(10, 8), None, None)], id="fr-10h08"),
    pytest.param(FR, "à 10 h 08", [("10 h 08", K.TIME, TimeValue(10, 8), None, None)], id="fr-10-h-08"),
    pytest.param(FR, "à 14h", [("14h", K.TIME, TimeValue(14, 0), None, None)], id="fr-14h"),
    # money
    pytest.param(EN, "$5 million", [("$5 million", K.MONEY, D(5000000), "USD", None)], id="en-dollar-million"),
    pytest.param(EN, "5 million USD", [("5 million USD", K.MONEY, D(5000000), "USD", None)], id="en-usd-after"),
    pytest.param(EN, "10 euros", [("10 euros", K.MONEY, D(10), "EUR", None)], id="en-euros"),
    pytest.param(EN, "€10", [("€10", K.MONEY, D(10), "EUR", None)], id="en-euro-sign"),
    pytest.param(EN, "VND 5 billion", [("VND 5 billion", K.MONEY, D(5 * 10**9), "VND", None)], id="en-vnd"),
    pytest.param(EN, "US$ 3.5bn", [("US$ 3.5bn", K.MONEY, D(35 * 10**8), "USD", None)], id="en-usd-bn"),
    pytest.param(EN, "£20m", [("£20m", K.MONEY, D(2 * 10**7), "GBP", None)], id="en-pound-m"),
    pytest.param(FR, "5 millions de dollars", [("5 millions de dollars", K.MONEY, D(5000000), "USD", None)],
                 id="fr-millions-de-dollars"),
    pytest.param(FR, "10 €", [("10 €", K.MONEY, D(10), "EUR", None)], id="fr-euro-after"),
    pytest.param(FR, "5 milliards de VND", [("5 milliards de VND", K.MONEY, D(5 * 10**9), "VND", None)],
                 id="fr-milliards-vnd"),
    # quantities
    pytest.param(EN, "5 km", [("5 km", K.QUANTITY, D(5), "km", None)], id="en-km"),
    pytest.param(FR, "5 kilomètres", [("5 kilomètres", K.QUANTITY, D(5), "km", None)], id="fr-kilometres"),
    pytest.param(EN, "3.5 tonnes", [("3.5 tonnes", K.QUANTITY, D("3.5"), "t", None)], id="en-tonnes"),
    pytest.param(FR, "3,5 tonnes", [("3,5 tonnes", K.QUANTITY, D("3.5"), "t", None)], id="fr-tonnes"),
    pytest.param(EN, "20 ha", [("20 ha", K.QUANTITY, D(20), "ha", None)], id="en-ha"),
    pytest.param(EN, "30°C", [("30°C", K.QUANTITY, D(30), "°C", None)], id="en-celsius"),
    pytest.param(FR, "à 2 degrés centigrades", [("2 degrés centigrades", K.QUANTITY, D(2), "°C", None)],
                 id="fr-degres-centigrades"),
    pytest.param(EN, "in the last 16 years", [("16 years", K.QUANTITY, D(16), "a", None)], id="en-last-16-years"),
    # knockout rounds: a label holding the teams left, as "les 8es de finale" is the last 16
    pytest.param(EN, "we qualified for the last 16 in the right way.", [("16", K.LABEL, D(16), None, None)],
                 id="en-last-16-round"),
    pytest.param(EN, "failed to qualify for the last 16, despite", [("16", K.LABEL, D(16), None, None)],
                 id="en-last-16-round-comma"),
    pytest.param(FR, "qualifiés pour les 8es de finale avec la manière", [("8es", K.LABEL, D(16), None, None)],
                 id="fr-8es-de-finale"),
    pytest.param(FR, "lors du 8e de finale retour.", [("8e", K.LABEL, D(16), None, None)], id="fr-8e-de-finale"),
    pytest.param(EN, "will be pushed to Q1/15, said",
                 [("Q1", K.LABEL, D(1), None, None), ("15", K.YEAR, D(2015), None, None)],
                 id="en-quarter-two-digit-year"),
    pytest.param(EN, "Phase One will consist of a new line.", [("One", K.LABEL, D(1), None, None)],
                 id="en-phase-one-before-will"),
    pytest.param(EN, "there is only one doctor for every", [("one", K.CARDINAL, D(1), None, None)],
                 id="en-only-one-doctor"),
    pytest.param(FR, "Le metteur en scène cinquantenaire, ayant", [("cinquantenaire", K.QUANTITY, D(50), "a",
                 Qualifier.ABOUT)], id="fr-cinquantenaire-after-noun"),
    pytest.param(FR, "je suis au 20h, le lendemain", [("20h", K.LABEL, D(20), None, None)], id="fr-au-20h-bulletin"),
    pytest.param(FR, "à 20h", [("20h", K.TIME, TimeValue(20, 0), None, None)], id="fr-a-20h-time"),
    pytest.param(EN, "drafted to within 25 metres of", [("25 metres", K.QUANTITY, D(25), "m", Qualifier.AT_MOST)],
                 id="en-to-within-at-most"),
    pytest.param(EN, "within two weeks of taking up", [("two weeks", K.QUANTITY, D(2), "wk", None)],
                 id="en-within-not-a-bound"),  # French renders it "dans les deux semaines", "au bout de"
    pytest.param(FR, "40 mètres carrés", [("40 mètres carrés", K.QUANTITY, D(40), "m2", None)], id="fr-m2"),
    # bits and data rates, one symbol per rate in both languages
    pytest.param(EN, "the 16-bit chip on a 100 Mbit/s link", [("16-bit", K.QUANTITY, D(16), "bit", None),
                                                             ("100 Mbit/s", K.QUANTITY, D(100), "Mbps", None)],
                 id="en-bits-and-rate"),
    pytest.param(FR, "la puce 16 bits et 20 Mb/s", [("16 bits", K.QUANTITY, D(16), "bit", None),
                                                   ("20 Mb/s", K.QUANTITY, D(20), "Mbps", None)],
                 id="fr-bits-and-rate"),
    pytest.param(EN, "a bit more than 5", [("5", K.CARDINAL, D(5), None, Qualifier.MORE_THAN)],
                 id="en-a-bit-is-no-unit"),
    # currency subunits: "N cents" is money N/100 USD in both languages; "cent"/"deux cents" stay numbers
    pytest.param(FR, "39 cents par gallon", [("39 cents", K.MONEY, D("0.39"), "USD", None)], id="fr-cents-money"),
    pytest.param(FR, "18,4 cents", [("18,4 cents", K.MONEY, D("0.184"), "USD", None)], id="fr-decimal-cents"),
    pytest.param(FR, "même d'1 cent", [("1 cent", K.MONEY, D("0.01"), "USD", None)], id="fr-1-cent"),
    pytest.param(EN, "18.4 cents a gallon", [("18.4 cents", K.MONEY, D("0.184"), "USD", None)], id="en-cents"),
    pytest.param(EN, "between 30 and 40 cents", [("30 and 40 cents", K.RANGE, Range(D("0.3"), D("0.4")), "USD",
                                                   None)], id="en-cents-range"),
    # thousands written once, after the last end of a range, count for the first
    pytest.param(EN, "between 5 and 6,000 people", [("5 and 6,000", K.RANGE, Range(D(5000), D(6000)), None, None)],
                 id="en-shared-thousands"),
    pytest.param(EN, "raising $4-5,000 a year", [("$4-5,000", K.RANGE, Range(D(4000), D(5000)), "USD", None)],
                 id="en-shared-thousands-money"),
    pytest.param(EN, "release £10-11 000 million", [("£10-11 000 million", K.RANGE,
                                                      Range(D(10**10), D(11 * 10**9)), "GBP", None)],
                 id="en-shared-thousands-and-scale"),
    pytest.param(FR, "dépensent 300 à 450 000 couronnes", [("300 à 450 000", K.RANGE, Range(D(300_000), D(450_000)),
                                                           None, None)], id="fr-shared-thousands"),
    pytest.param(EN, "scored from 1 to 1,000", [("1 to 1,000", K.RANGE, Range(D(1), D(1000)), None, None)],
                 id="en-range-of-one-to-a-thousand-as-written"),
    pytest.param(FR, "entre 3 et 10 000 euros", [("3 et 10 000 euros", K.RANGE, Range(D(3), D(10_000)), "EUR", None)],
                 id="fr-range-far-apart-as-written"),
    pytest.param(EN, "between 5 and 6,500", [("5 and 6,500", K.RANGE, Range(D(5), D(6500)), None, None)],
                 id="en-range-not-whole-thousands-as-written"),
    pytest.param(FR, "cent personnes", [("cent", K.CARDINAL, D(100), None, None)], id="fr-cent-number"),
    pytest.param(FR, "deux cents autres", [("deux cents", K.CARDINAL, D(200), None, None)], id="fr-deux-cents"),
    pytest.param(FR, "le rappeur 50 Cent", [("50", K.CARDINAL, D(50), None, None)], id="fr-50-cent-name"),
    pytest.param(EN, "up 14 cents to $96.24", [("14 cents", K.MONEY, D("0.14"), "USD", None),
                                               ("$96.24", K.MONEY, D("96.24"), "USD", None)],
                 id="en-cents-change-then-level-no-range"),
    pytest.param(EN, "lower at 197 pence", [("197 pence", K.MONEY, D("1.97"), "GBP", None)], id="en-pence"),
    pytest.param(FR, "à 210 pence", [("210 pence", K.MONEY, D("2.1"), "GBP", None)], id="fr-pence"),
    # a whole amount and its subunit are one amount, in the whole amount's currency
    pytest.param(EN, "it cost 3 dollars 50 cents", [("3 dollars 50 cents", K.MONEY, D("3.5"), "USD", None)],
                 id="en-dollars-and-cents"),
    pytest.param(EN, "thirteen dollars and forty-five cents", [("thirteen dollars and forty-five cents", K.MONEY,
                                                                D("13.45"), "USD", None)], id="en-words-dollars-cents"),
    pytest.param(FR, "15 euros et 15 centimes", [("15 euros et 15 centimes", K.MONEY, D("15.15"), "EUR", None)],
                 id="fr-euros-et-centimes"),
    # cents left unnamed at the end of a clause, or between the sign and the figure as French prices are written
    pytest.param(EN, "It costs 15 dollars 50.", [("15 dollars 50", K.MONEY, D("15.5"), "USD", None)],
                 id="en-dollars-bare-cents"),
    pytest.param(EN, "it only cost thirteen dollars forty five", [("thirteen dollars forty five", K.MONEY,
                                                                   D("13.45"), "USD", None)], id="en-words-bare-cents"),
    pytest.param(FR, "le ticket passe à 1 euro 90.", [("1 euro 90", K.MONEY, D("1.9"), "EUR", None)],
                 id="fr-euro-bare-cents"),
    pytest.param(FR, "treize euros et quarante-cinq cents.", [("treize euros et quarante-cinq cents", K.MONEY,
                                                               D("13.45"), "EUR", None)], id="fr-words-cents-not-4500"),
    pytest.param(EN, "paid 15 dollars 50 times", [("15 dollars", K.MONEY, D(15), "USD", None),
                                                  ("50 times", K.MULTIPLIER, D(50), None, None)],
                 id="en-no-cents-before-a-noun"),
    pytest.param(EN, "prices between 10 dollars and 20.", [("10 dollars", K.MONEY, D(10), "USD", None),
                                                           ("20", K.CARDINAL, D(20), None, None)],
                 id="en-no-cents-in-a-range"),
    pytest.param(EN, "15 dollars 5.", [("15 dollars", K.MONEY, D(15), "USD", None),
                                       ("5", K.CARDINAL, D(5), None, None)], id="en-cents-are-two-digits"),
    pytest.param(FR, "le ticket à 1€90 et 2 € 50.", [("1€90", K.MONEY, D("1.9"), "EUR", None),
                                                    ("2 € 50", K.MONEY, D("2.5"), "EUR", None)], id="fr-sign-cents"),
    pytest.param(FR, "soit 10 € 50 %", [("10 €", K.MONEY, D(10), "EUR", None), ("50 %", K.PERCENT, D(50), None, None)],
                 id="fr-sign-then-percent"),
    pytest.param(EN, "at 1€90", [("1€90", K.MONEY, D("1.9"), "EUR", None)], id="en-glued-sign-cents"),
    pytest.param(EN, "USD115 and EUR2bn", [("USD115", K.MONEY, D(115), "USD", None),
                                           ("EUR2bn", K.MONEY, D(2_000_000_000), "EUR", None)], id="en-glued-code"),
    pytest.param(EN, "NT$300 and R$ 15", [("NT$300", K.MONEY, D(300), "TWD", None),
                                          ("R$ 15", K.MONEY, D(15), "BRL", None)], id="en-more-dollar-prefixes"),
    # currency signs shared by both languages, before or after the figure
    pytest.param(EN, "a fee of ₭50,000 or 100元", [("₭50,000", K.MONEY, D(50000), "LAK", None),
                                                  ("100元", K.MONEY, D(100), "CNY", None)], id="en-kip-yuan-signs"),
    pytest.param(FR, "un billet de 100 000 ₭ et 5 000 ៛", [("100 000 ₭", K.MONEY, D(100000), "LAK", None),
                                                         ("5 000 ៛", K.MONEY, D(5000), "KHR", None)],
                 id="fr-kip-riel-signs"),
    pytest.param(FR, "16,4 millions de $CAD et 20 $AU", [("16,4 millions de $CAD", K.MONEY, D(16_400_000), "CAD", None),
                                                         ("20 $AU", K.MONEY, D(20), "AUD", None)],
                 id="fr-dollar-country-codes-after"),
    pytest.param(FR, "a donné plus de$150 000", [("$150 000", K.MONEY, D(150_000), "USD", Qualifier.MORE_THAN)],
                 id="fr-sign-glued-after-de"),
    pytest.param(FR, "S$3 000 et 20 AUD", [("S$3 000", K.MONEY, D(3000), "SGD", None),
                                           ("20 AUD", K.MONEY, D(20), "AUD", None)], id="fr-dollar-prefixes"),
    pytest.param(EN, "10 dollars, 30 cents", [("10 dollars", K.MONEY, D(10), "USD", None),
                                              ("30 cents", K.MONEY, D("0.3"), "USD", None)],
                 id="en-listed-amounts-stay-apart"),
    pytest.param(EN, "5 dollars and 150 cents", [("5 dollars", K.MONEY, D(5), "USD", None),
                                                 ("150 cents", K.MONEY, D("1.5"), "USD", None)],
                 id="en-cents-beyond-a-unit-stay-apart"),
    # a hyphen before a written-out currency, as before a written-out unit
    pytest.param(EN, "he is 5 feet 2 inches", [("5 feet 2 inches", K.QUANTITY, D(62), "in", None)],
                 id="en-feet-and-inches"),
    pytest.param(EN, "she weighed 7 pounds and 3 ounces", [("7 pounds and 3 ounces", K.QUANTITY, D(115), "oz",
                                                           None)], id="en-pounds-and-ounces"),
    pytest.param(EN, "5 feet, 2 inches", [("5 feet", K.QUANTITY, D(5), "ft", None),
                                          ("2 inches", K.QUANTITY, D(2), "in", None)], id="en-feet-comma-inches-apart"),
    pytest.param(EN, "a 12-cent-a-share dividend", [("12-cent", K.MONEY, D("0.12"), "USD", None)],
                 id="en-hyphen-cent"),
    pytest.param(EN, "a five-dollar note", [("five-dollar", K.MONEY, D(5), "USD", None)], id="en-hyphen-dollar"),
    pytest.param(EN, "a 10-USD fee", [("10", K.CARDINAL, D(10), None, None)], id="en-hyphen-code-no-money"),
    # CLDR currency names (Babel) beyond the language tables
    pytest.param(EN, "for 420 million Finnish markka", [("420 million Finnish markka", K.MONEY, D(420000000), "FIM",
                                                         None)], id="en-cldr-markka"),
    pytest.param(EN, "1.5 million Mexican pesos", [("1.5 million Mexican pesos", K.MONEY, D(1500000), "MXN", None)],
                 id="en-cldr-pesos"),
    pytest.param(FR, "250 millions de florins néerlandais", [("250 millions de florins néerlandais", K.MONEY,
                                                              D(250000000), "NLG", None)], id="fr-cldr-florins"),
    pytest.param(FR, "3 livres turques.", [("3 livres turques", K.MONEY, D(3), "TRY", None)], id="fr-cldr-livres"),
    pytest.param(FR, "20 francs congolais", [("20 francs congolais", K.MONEY, D(20), "CDF", None)],
                 id="fr-cldr-longer-than-table-francs"),
    pytest.param(FR, "5 florins neerlandais", [("5 florins neerlandais", K.MONEY, D(5), "NLG", None)],
                 id="fr-cldr-without-accents"),
    pytest.param(EN, "3 Mexican pesos 50 cents", [("3 Mexican pesos 50 cents", K.MONEY, D("3.5"), "MXN", None)],
                 id="en-cldr-whole-and-cents"),
    pytest.param(EN, "3,200 new jobs", [("3,200", K.CARDINAL, D(3200), None, None)], id="en-cldr-adjective-no-comma"),
    # pounds after a scale word are sterling unless "of" or "worth" follows
    pytest.param(EN, "profit rose to 361 million pounds.", [("361 million pounds", K.MONEY, D(361000000), "GBP",
                                                            None)], id="en-million-pounds-sterling"),
    pytest.param(EN, "542 million pounds of pumpkin", [("542 million pounds", K.QUANTITY, D(542000000), "lb", None)],
                 id="en-million-pounds-of-weight"),
    pytest.param(EN, "600 million pounds worth of candy", [("600 million pounds", K.QUANTITY, D(600000000), "lb",
                                                           None)], id="en-million-pounds-worth-weight"),
    pytest.param(EN, "it weighs 25 pounds", [("25 pounds", K.QUANTITY, D(25), "lb", None)], id="en-pounds-weight"),
    # data sizes, capitalised short units, a hyphen before an abbreviation, fractions with a unit
    pytest.param(EN, "a file of 100 MB", [("100 MB", K.QUANTITY, D(100), "MB", None)], id="en-capital-mb"),
    pytest.param(EN, "a 500 gigabyte drive", [("500 gigabyte", K.QUANTITY, D(500), "GB", None)], id="en-gigabyte"),
    pytest.param(FR, "un disque de 500 Go", [("500 Go", K.QUANTITY, D(500), "GB", None)], id="fr-capital-go"),
    pytest.param(FR, "8 gigaoctets", [("8 gigaoctets", K.QUANTITY, D(8), "GB", None)], id="fr-gigaoctets"),
    pytest.param(FR, "une cuve de 75 L", [("75 L", K.QUANTITY, D(75), "l", None)], id="fr-capital-litres"),
    pytest.param(EN, "120 μg of lead", [("120 μg", K.QUANTITY, D(120), "µg", None)], id="en-greek-mu-micrograms"),
    pytest.param(EN, "a 2.5-km stretch", [("2.5-km", K.QUANTITY, D("2.5"), "km", None)], id="en-hyphen-km"),
    pytest.param(FR, "une portion 2,5-km", [("2,5-km", K.QUANTITY, D("2.5"), "km", None)], id="fr-hyphen-km"),
    pytest.param(EN, "a 3-in-1 device", [("3", K.CARDINAL, D(3), None, None), ("1", K.CARDINAL, D(1), None, None)],
                 id="en-3-in-1-no-inches"),
    pytest.param(EN, "a 1/4 mile oval", [("1/4 mile", K.QUANTITY, D("0.25"), "mi", None)], id="en-fraction-mile"),
    pytest.param(EN, "a 3/4-inch pipe", [("3/4-inch", K.QUANTITY, D("0.75"), "in", None)], id="en-fraction-inch"),
    pytest.param(EN, "1/4 of the people", [("1/4", K.FRACTION, Ratio(D(1), D(4)), None, None)],
                 id="en-fraction-of-no-unit"),
    # dimensions: each length a quantity, the unit written once at the end or after each
    pytest.param(EN, "the 1999-00 season", [("1999-00", K.RANGE, Range(D(1999), D(2000)), None, None)],
                 id="en-season-across-a-century"),
    pytest.param(EN, "the 5 x 7 m plot", [("5", K.QUANTITY, D(5), "m", None), ("7 m", K.QUANTITY, D(7), "m", None)],
                 id="en-dimension-unit-once"),
    pytest.param(EN, "1 m x 1 m", [("1 m", K.QUANTITY, D(1), "m", None), ("1 m", K.QUANTITY, D(1), "m", None)],
                 id="en-dimension-unit-each"),
    pytest.param(EN, "size 30x40cm", [("30", K.QUANTITY, D(30), "cm", None), ("40cm", K.QUANTITY, D(40), "cm", None)],
                 id="en-dimension-glued"),
    pytest.param(EN, "measuring 2 x 3 x 4 m", [("2", K.QUANTITY, D(2), "m", None), ("3", K.QUANTITY, D(3), "m", None),
                                               ("4 m", K.QUANTITY, D(4), "m", None)], id="en-dimension-three"),
    pytest.param(EN, "a 10 by 20 foot room", [("10", K.QUANTITY, D(10), "ft", None),
                                              ("20 foot", K.QUANTITY, D(20), "ft", None)], id="en-dimension-by"),
    pytest.param(FR, "une pièce de 5 m sur 7 m", [("5 m", K.QUANTITY, D(5), "m", None),
                                                  ("7 m", K.QUANTITY, D(7), "m", None)], id="fr-dimension-sur"),
    pytest.param(FR, "1,5 x 2,5 mètres", [("1,5", K.QUANTITY, D("1.5"), "m", None),
                                          ("2,5 mètres", K.QUANTITY, D("2.5"), "m", None)], id="fr-dimension-decimals"),
    pytest.param(EN, "the 4x100m relay", [("4x100m", K.LABEL, D(4), None, None)], id="en-relay-stays-a-code"),
    pytest.param(FR, "3 sur 4 Français", [("3 sur 4", K.RATIO, Ratio(D(3), D(4)), None, None)],
                 id="fr-sur-without-unit-is-a-ratio"),
    pytest.param(EN, "an area of 24703m2", [("24703m2", K.QUANTITY, D(24703), "m2", None)],
                 id="en-square-metres-ungrouped"),
    pytest.param(FR, "un terrain de 1500m2", [("1500m2", K.QUANTITY, D(1500), "m2", None)],
                 id="fr-square-metres-ungrouped"),
    pytest.param(EN, "10kmph or 10km/hr", [("10kmph", K.QUANTITY, D(10), "km/h", None),
                                           ("10km/hr", K.QUANTITY, D(10), "km/h", None)], id="en-kmph"),
    pytest.param(EN, "he is 5 ft 2 in", [("5 ft 2 in", K.QUANTITY, D(62), "in", None)], id="en-ft-in"),
    pytest.param(EN, "Water boils at 100° Celsius", [("100° Celsius", K.QUANTITY, D(100), "°C", None)],
                 id="en-degree-sign-celsius"),
    pytest.param(EN, "rotate 90 degrees", [("90 degrees", K.QUANTITY, D(90), "°", None)], id="en-degrees"),
    pytest.param(FR, "il fait 30 degrés Fahrenheit", [("30 degrés Fahrenheit", K.QUANTITY, D(30), "°F", None)],
                 id="fr-degres-fahrenheit"),
    pytest.param(FR, "il fait moins 15 degrés", [("moins 15 degrés", K.QUANTITY, D(-15), "°", None)],
                 id="fr-moins-temperature"),
    pytest.param(FR, "au moins 15 degrés", [("15 degrés", K.QUANTITY, D(15), "°", Qualifier.AT_LEAST)],
                 id="fr-au-moins-temperature-is-a-bound"),
    pytest.param(EN, "divisible down to the hundred millionth", [("hundred millionth", K.ORDINAL, D(100_000_000), None,
                                                                  None)], id="en-bare-hundred-before-an-ordinal"),
    pytest.param(EN, "hundred fifteen", [("hundred fifteen", K.CARDINAL, D(115), None, None)],
                 id="en-bare-hundred-before-a-ten"),
    pytest.param(FR, "ne devra pas dépasser chaque année 0,35%", [("0,35%", K.PERCENT, D("0.35"), None,
                                                                   Qualifier.AT_MOST)], id="fr-verb-adverb-figure"),
    pytest.param(EN, "must not exceed in any year 0.35%", [("0.35%", K.PERCENT, D("0.35"), None, Qualifier.AT_MOST)],
                 id="en-verb-adverb-figure"),
    pytest.param(FR, "plus de chaque année 5", [("5", K.CARDINAL, D(5), None, None)],
                 id="fr-adverb-only-after-a-verb"),
    pytest.param(FR, "son premier déficit en plus d'une décennie", [("premier", K.ORDINAL, D(1), None, None),
                                                                    ("une décennie", K.QUANTITY, D(10), "a",
                                                                     Qualifier.MORE_THAN)], id="fr-en-plus-d-une-span"),
    pytest.param(FR, "en plus de 3 000 euros", [("3 000 euros", K.MONEY, D(3000), "EUR", None)],
                 id="fr-en-plus-de-is-in-addition"),
    pytest.param(EN, "storm No.10 with", [("10", K.LABEL, D(10), None, None)], id="en-no-glued-label-not-a-decimal"),
    pytest.param(EN, "prices rose 3.5pc", [("3.5pc", K.PERCENT, D("3.5"), None, None)], id="en-glued-pc"),
    pytest.param(EN, "up 5p a litre, in 1080p", [("5p", K.MONEY, D("0.05"), "GBP", None),
                                                  ("1080p", K.LABEL, D(1080), None, None)], id="en-glued-pence"),
    pytest.param(EN, "from 20/1 to 25/1", [("20/1", K.DATE, DateValue(None, 1, 20), None, None),
                                           ("25/1", K.DATE, DateValue(None, 1, 25), None, None)], id="en-day-month"),
    pytest.param(FR, "le 22/1", [("22/1", K.DATE, DateValue(None, 1, 22), None, None)], id="fr-day-month"),
    pytest.param(EN, "on 2/9", [("2/9", K.RATIO, Ratio(D(2), D(9)), None, None)], id="en-day-month-ambiguous"),
    pytest.param(EN, "won 22/1", [("22/1", K.RATIO, Ratio(D(22), D(1)), None, None)],
                 id="en-day-month-needs-a-preposition"),
    pytest.param(EN, "rose 0.5 percentage points", [("0.5 percentage points", K.QUANTITY, D("0.5"), "pp", None)],
                 id="en-percentage-points"),
    pytest.param(EN, "a 25-basis-point cut", [("25-basis-point", K.QUANTITY, D(25), "bp", None)],
                 id="en-basis-points"),
    pytest.param(FR, "hausse de 0,5 point de pourcentage", [("0,5 point de pourcentage", K.QUANTITY, D("0.5"), "pp",
                                                             None)], id="fr-points-de-pourcentage"),
    pytest.param(FR, "la résolution 36-NQ/TW", [("36-NQ/TW", K.LABEL, D(36), None, None)],
                 id="fr-party-resolution-code"),
    pytest.param(EN, "yields of 6.5 tonnes/ha", [("6.5 tonnes", K.QUANTITY, D("6.5"), "t", None)],
                 id="en-unit-of-a-rate"),
    pytest.param(EN, "10 kg/m2", [("10 kg", K.QUANTITY, D(10), "kg", None)], id="en-per-square-metre-no-label"),
    pytest.param(FR, "près des deux tiers", [("deux tiers", K.FRACTION, Ratio(D(2), D(3)), None, Qualifier.NEARLY)],
                 id="fr-pres-des-share"),
    pytest.param(FR, "près des trois écoles", [("trois", K.CARDINAL, D(3), None, None)], id="fr-pres-des-place"),
    pytest.param(FR, "Il a la soixantaine.", [("soixantaine", K.QUANTITY, D(60), "a", Qualifier.ABOUT)],
                 id="fr-il-a-la-soixantaine"),
    pytest.param(FR, "mise à la quarantaine", [], id="fr-a-la-quarantaine-is-quarantine"),
    pytest.param(EN, "a total of three-and-a-half hours", [("three-and-a-half hours", K.QUANTITY, D("3.5"), "h", None)],
                 id="en-hyphenated-and-a-half"),
    pytest.param(EN, "loans at over three months", [("three months", K.QUANTITY, D(3), "mo", Qualifier.MORE_THAN)],
                 id="en-at-over-a-period-is-a-bound"),
    pytest.param(EN, "the Three Mile Island accident", [("Three Mile", K.LABEL, D(3), None, None)],
                 id="en-measure-in-a-name"),
    pytest.param(EN, "Five Years Later, the", [("Five Years", K.QUANTITY, D(5), "a", None)],
                 id="en-title-case-measure-stays"),
    pytest.param(FR, "l'université de Trente, a déclaré", [("Trente", K.LABEL, D(30), None, None)],
                 id="fr-capitalised-number-word-is-a-name"),
    pytest.param(FR, "« Quatre personnes »", [("Quatre", K.CARDINAL, D(4), None, None)],
                 id="fr-capitalised-number-word-opening-a-quote"),
    pytest.param(FR, "sous deux perspectives", [("deux", K.CARDINAL, D(2), None, None)], id="fr-sous-a-count-no-bound"),
    pytest.param(FR, "sous 48 heures", [("48 heures", K.QUANTITY, D(48), "h", Qualifier.LESS_THAN)],
                 id="fr-sous-a-span-bounds"),
    pytest.param(FR, "une zone d'ombre d'une cinquantaine d'années", [("une cinquantaine d'années", K.QUANTITY, D(50),
                                                                       "a", Qualifier.ABOUT)],
                 id="fr-cinquantaine-d-annees"),
    pytest.param(FR, "un trentenaire", [("trentenaire", K.QUANTITY, D(30), "a", Qualifier.ABOUT)], id="fr-trentenaire"),
    pytest.param(FR, "Un petit millier de sites", [("Un petit millier", K.CARDINAL, D(1000), None, Qualifier.ABOUT)],
                 id="fr-un-petit-millier"),
    pytest.param(EN, "a result at 6.30 that night", [("6.30", K.TIME, TimeValue(18, 30), None, None)],
                 id="en-dotted-time-that-night"),
    pytest.param(FR, "le premier vice-Premier ministre", [("premier", K.ORDINAL, D(1), None, None)],
                 id="fr-premier-ministre-is-a-title"),
    pytest.param(EN, "during the XXth century", [("XXth", K.ORDINAL, D(20), None, None)], id="en-roman-century"),
    pytest.param(EN, "not one but two", [("two", K.CARDINAL, D(2), None, None)], id="en-not-one"),
    pytest.param(EN, "a third-degree burn", [("third", K.ORDINAL, D(3), None, None)], id="en-third-compound-ordinal"),
    pytest.param(FR, "il mesure 1m80", [("1m80", K.QUANTITY, D("1.8"), "m", None)], id="fr-height-1m80"),
    pytest.param(EN, "code 24703m212", [("24703m212", K.LABEL, D(24703), None, None)], id="en-code-not-metres"),
    pytest.param(FR, "2 l'an", [("2", K.CARDINAL, D(2), None, None)], id="fr-elided-article-not-litres"),
    # "G" glued to a figure: a network generation, a scale only before a currency
    pytest.param(FR, "le réseau 5G", [("5G", K.LABEL, D(5), None, None)], id="fr-5g-label"),
    pytest.param(FR, "investira 2 G$", [("2 G$", K.MONEY, D(2000000000), "USD", None)], id="fr-g-dollars"),
    # pronoun "one", periods' halves
    pytest.param(EN, "the first half of 2013", [("first", K.ORDINAL, D(1), None, None),
                                                ("2013", K.YEAR, D(2013), None, None)], id="en-first-half-period"),
    pytest.param(FR, "la première moitié de 2013", [("première", K.ORDINAL, D(1), None, None),
                                                     ("2013", K.YEAR, D(2013), None, None)],
                 id="fr-premiere-moitie-period"),
    pytest.param(EN, "in the second half", [("second", K.ORDINAL, D(2), None, None)], id="en-second-half-no-fraction"),
    pytest.param(FR, "un T4 neuf", [("T4", K.LABEL, D(4), None, None)], id="fr-t4-neuf-not-9"),
    pytest.param(EN, "Two men, one experienced, the other not", [("Two", K.CARDINAL, D(2), None, None)],
                 id="en-two-men-one-the-other"),
    pytest.param(EN, "half of them and the other half", [("half", K.FRACTION, Ratio(D(1), D(2)), None, None),
                                                         ("half", K.FRACTION, Ratio(D(1), D(2)), None, None)],
                 id="en-half-still-a-fraction"),
    # French decimal commas in English text
    pytest.param(EN, "growth of 0,4%", [("0,4%", K.PERCENT, D("0.4"), None, None)], id="en-decimal-comma-percent"),
    pytest.param(EN, "out of 1,5 million controls", [("1,5 million", K.CARDINAL, D(1500000), None, None)],
                 id="en-decimal-comma-million"),
    pytest.param(EN, "between 1,2 and 1,4 milliards euros",
                 [("1,2 and 1,4 milliards euros", K.RANGE, Range(D(1200000000), D(1400000000)), "EUR", None)],
                 id="en-decimal-comma-range-milliards"),
    pytest.param(EN, "worth 1,3570 dollars", [("1,3570 dollars", K.MONEY, D("1.357"), "USD", None)],
                 id="en-decimal-comma-four-digits"),
    pytest.param(EN, "7,300 people", [("7,300", K.CARDINAL, D(7300), None, None)], id="en-thousands-not-decimal"),
    # decades: the year they begin
    pytest.param(EN, "In the 1980s", [("1980s", K.YEAR, D(1980), None, None)], id="en-1980s"),
    pytest.param(EN, "in the eighties", [("eighties", K.YEAR, D(1980), None, None)], id="en-eighties"),
    pytest.param(EN, "the '80s", [("'80s", K.YEAR, D(1980), None, None)], id="en-apostrophe-80s"),
    pytest.param(EN, "nineteen seventies", [("nineteen seventies", K.YEAR, D(1970), None, None)],
                 id="en-nineteen-seventies"),
    pytest.param(FR, "Dans les années 80", [("80", K.YEAR, D(1980), None, None)], id="fr-annees-80"),
    pytest.param(FR, "les années 1980", [("1980", K.YEAR, D(1980), None, None)], id="fr-annees-1980"),
    pytest.param(FR, "les années soixante-dix", [("soixante-dix", K.YEAR, D(1970), None, None)],
                 id="fr-annees-soixante-dix"),
    pytest.param(FR, "les années 70 et 80", [("70", K.YEAR, D(1970), None, None), ("80", K.YEAR, D(1980), None, None)],
                 id="fr-annees-70-et-80"),
    pytest.param(FR, "les années 20", [("20", K.YEAR, D(1920), None, None)], id="fr-annees-20-is-1920s"),
    pytest.param(FR, "les années 2000", [("2000", K.YEAR, D(2000), None, None)], id="fr-annees-2000"),
    # "and a half" on durations
    pytest.param(EN, "five and a half years", [("five and a half years", K.QUANTITY, D("5.5"), "a", None)],
                 id="en-five-and-a-half-years"),
    pytest.param(FR, "cinq ans et demi", [("cinq ans et demi", K.QUANTITY, D("5.5"), "a", None)],
                 id="fr-cinq-ans-et-demi"),
    pytest.param(FR, "12 ans et demi", [("12 ans et demi", K.QUANTITY, D("12.5"), "a", None)], id="fr-12-ans-et-demi"),
    pytest.param(EN, "12.5 years", [("12.5 years", K.QUANTITY, D("12.5"), "a", None)], id="en-12.5-years"),
    pytest.param(EN, "a year and a half", [("a year and a half", K.QUANTITY, D("1.5"), "a", None)],
                 id="en-a-year-and-a-half"),
    pytest.param(FR, "un an et demi", [("un an et demi", K.QUANTITY, D("1.5"), "a", None)], id="fr-un-an-et-demi"),
    # Canadian/French scale abbreviations before a currency sign
    pytest.param(FR, "290,4 M$", [("290,4 M$", K.MONEY, D(290400000), "USD", None)], id="fr-M-dollar"),
    pytest.param(FR, "entre 325 et 340 M$", [("325 et 340 M$", K.RANGE, Range(D(325000000), D(340000000)), "USD",
                                              None)], id="fr-range-M-dollar"),
    pytest.param(FR, "25 M€", [("25 M€", K.MONEY, D(25000000), "EUR", None)], id="fr-M-euro"),
    pytest.param(FR, "4,4 Md$", [("4,4 Md$", K.MONEY, D(4400000000), "USD", None)], id="fr-Md-dollar"),
    pytest.param(FR, "2 G$", [("2 G$", K.MONEY, D(2000000000), "USD", None)], id="fr-G-dollar"),
    pytest.param(FR, "3 Mds €", [("3 Mds €", K.MONEY, D(3000000000), "EUR", None)], id="fr-Mds-euro"),
    pytest.param(FR, "10 k€", [("10 k€", K.MONEY, D(10000), "EUR", None)], id="fr-k-euro"),
    pytest.param(FR, "5 M$ CA", [("5 M$ CA", K.MONEY, D(5000000), "CAD", None)], id="fr-M-dollar-ca"),
    pytest.param(EN, "CA$5", [("CA$5", K.MONEY, D(5), "CAD", None)], id="en-ca-dollar"),
    pytest.param(EN, "five $99 bicycles", [("five", K.CARDINAL, D(5), None, None),
                                           ("$99", K.MONEY, D(99), "USD", None)], id="en-symbol-before-next-number"),
    # French misreadings
    pytest.param(FR, "100 autres milliards", [("100 autres milliards", K.CARDINAL, D(10**11), None, None)],
                 id="fr-autres-milliards"),
    pytest.param(FR, "26,2 milles", [("26,2 milles", K.QUANTITY, D("26.2"), "mi", None)], id="fr-milles-miles"),
    pytest.param(FR, "ils ont tué neuf personnes", [("neuf", K.CARDINAL, D(9), None, None)], id="fr-neuf-count"),
    pytest.param(FR, "Il en a neuf.", [("neuf", K.CARDINAL, D(9), None, None)], id="fr-neuf-alone-count"),
    # "neuf" before a noun that is also a number cue, or after "état de", is still 9.
    pytest.param(FR, "Il a eu neuf ans.", [("neuf ans", K.QUANTITY, D(9), "a", None)], id="fr-neuf-ans"),
    pytest.param(FR, "Elle aurait pu faire neuf fois sa taille.", [("neuf fois", K.MULTIPLIER, D(9), None, None)],
                 id="fr-neuf-fois"),
    pytest.param(FR, "Il a fait état de neuf lettres.", [("neuf", K.CARDINAL, D(9), None, None)],
                 id="fr-etat-de-neuf-lettres"),
    pytest.param(FR, "320 millions un an plus tôt", [("320 millions", K.CARDINAL, D(320000000), None, None)],
                 id="fr-millions-then-un-an"),
    pytest.param(FR, "deux millions deux", [("deux millions deux", K.CARDINAL, D(2000002), None, None)],
                 id="fr-millions-deux-still-glued"),
    pytest.param(FR, "à 10 heures", [("10 heures", K.TIME, TimeValue(10, 0), None, None)], id="fr-a-10-heures"),
    pytest.param(FR, "à 8 heures du soir", [("8 heures du soir", K.TIME, TimeValue(20, 0), None, None)],
                 id="fr-heures-du-soir"),
    pytest.param(FR, "le 777-300ER", [("777-300ER", K.LABEL, D(777), None, None)], id="fr-er-only-after-1"),
    # durations: a unit after digits and words alike ("a", "mo", "wk", "d", "h", "min", "s")
    pytest.param(EN, "a 10-year wait", [("10-year", K.QUANTITY, D(10), "a", None)], id="en-10-year"),
    pytest.param(FR, "un délai de 10 mois", [("10 mois", K.QUANTITY, D(10), "mo", None)], id="fr-10-mois"),
    pytest.param(EN, "11 minutes", [("11 minutes", K.QUANTITY, D(11), "min", None)], id="en-11-minutes"),
    pytest.param(FR, "11 secondes", [("11 secondes", K.QUANTITY, D(11), "s", None)], id="fr-11-secondes"),
    pytest.param(EN, "a 37-year-old man", [("37-year", K.QUANTITY, D(37), "a", None)], id="en-37-year-old"),
    pytest.param(FR, "un homme de 37 ans", [("37 ans", K.QUANTITY, D(37), "a", None)], id="fr-37-ans"),
    pytest.param(EN, "3 weeks and 2 days", [("3 weeks", K.QUANTITY, D(3), "wk", None),
                                            ("2 days", K.QUANTITY, D(2), "d", None)], id="en-weeks-days"),
    pytest.param(EN, "two years", [("two years", K.QUANTITY, D(2), "a", None)], id="en-words-duration-unit"),
    pytest.param(FR, "deux ans", [("deux ans", K.QUANTITY, D(2), "a", None)], id="fr-words-duration-unit"),
    pytest.param(EN, "ten years", [("ten years", K.QUANTITY, D(10), "a", None)], id="en-ten-years"),
    pytest.param(EN, "six hours", [("six hours", K.QUANTITY, D(6), "h", None)], id="en-six-hours"),
    pytest.param(EN, "a ten-year wait", [("ten-year", K.QUANTITY, D(10), "a", None)], id="en-ten-year-hyphen"),
    pytest.param(EN, "two and a half hours", [("two and a half hours", K.QUANTITY, D("2.5"), "h", None)],
                 id="en-two-and-a-half-hours"),
    pytest.param(FR, "pendant dix heures", [("dix heures", K.QUANTITY, D(10), "h", None)], id="fr-dix-heures"),
    pytest.param(FR, "deux semaines", [("deux semaines", K.QUANTITY, D(2), "wk", None)], id="fr-deux-semaines"),
    pytest.param(FR, "cinq kilomètres", [("cinq kilomètres", K.QUANTITY, D(5), "km", None)], id="fr-words-km"),
    pytest.param(EN, "five kilometres", [("five kilometres", K.QUANTITY, D(5), "km", None)], id="en-words-km"),
    pytest.param(EN, "three million dollars", [("three million dollars", K.MONEY, D(3000000), "USD", None)],
                 id="en-words-million-dollars"),
    pytest.param(FR, "à six heures", [("six", K.CARDINAL, D(6), None, None)], id="fr-a-six-heures-clock-bare"),
    pytest.param(EN, "one day", [], id="en-one-day-once"),
    pytest.param(EN, "one year later", [], id="en-one-year-once"),
    pytest.param(FR, "un jour", [], id="fr-un-jour-once"),
    pytest.param(FR, "un an plus tard", [], id="fr-un-an-once"),
    pytest.param(EN, "from two to five years", [("two to five years", K.RANGE, Range(D(2), D(5)), "a", None)],
                 id="en-words-duration-range-in-years"),
    pytest.param(FR, "enfants de 2 à 7 ans", [("2 à 7 ans", K.RANGE, Range(D(2), D(7)), "a", None)],
                 id="fr-age-range-in-years"),
    pytest.param(FR, "enfants de 2 à 7 mois", [("2 à 7 mois", K.RANGE, Range(D(2), D(7)), "mo", None)],
                 id="fr-age-range-in-months"),
    # FACTS_VERSION 3: collective numbers, approximate dozens, trailing hedges
    pytest.param(FR, "une dizaine de personnes", [("une dizaine", K.CARDINAL, D(10), None, Qualifier.ABOUT)],
                 id="fr-une-dizaine-about-10"),
    pytest.param(FR, "plus d'une trentaine de pompiers", [("une trentaine", K.CARDINAL, D(30), None,
                                                           Qualifier.MORE_THAN)], id="fr-plus-d-une-trentaine"),
    pytest.param(FR, "un millier de manifestants", [("un millier", K.CARDINAL, D(1000), None, Qualifier.ABOUT)],
                 id="fr-un-millier"),
    pytest.param(FR, "une centaine de milliers selon", [("une centaine de milliers", K.CARDINAL, D(100000), None,
                                                         Qualifier.ABOUT)], id="fr-une-centaine-de-milliers"),
    pytest.param(FR, "une douzaine de pays", [("une douzaine", K.CARDINAL, D(12), None, Qualifier.ABOUT)],
                 id="fr-une-douzaine-about"),
    pytest.param(EN, "a dozen countries", [("a dozen", K.CARDINAL, D(12), None, Qualifier.ABOUT)],
                 id="en-a-dozen-about"),
    pytest.param(EN, "a queue of 20 or so people", [("20", K.CARDINAL, D(20), None, Qualifier.ABOUT)],
                 id="en-or-so"),
    pytest.param(EN, "50-odd shirts", [("50", K.CARDINAL, D(50), None, Qualifier.ABOUT)], id="en-odd"),
    pytest.param(EN, "men age 40 or over", [("40", K.QUANTITY, D(40), "a", Qualifier.AT_LEAST)], id="en-or-over"),
    pytest.param(FR, "il y a 20 ans environ", [("20 ans", K.QUANTITY, D(20), "a", Qualifier.ABOUT)],
                 id="fr-trailing-environ"),
    pytest.param(FR, "10 jours minimum", [("10 jours", K.QUANTITY, D(10), "d", Qualifier.AT_LEAST)],
                 id="fr-trailing-minimum"),
    pytest.param(FR, "sur 100, environ 20", [("100", K.CARDINAL, D(100), None, None),
                                             ("20", K.CARDINAL, D(20), None, Qualifier.ABOUT)],
                 id="fr-environ-before-next-figure"),
    # "over" + a period is "during"; "de plus de" is a bound
    pytest.param(EN, "Over five weeks, supplies rose", [("five weeks", K.QUANTITY, D(5), "wk", None)],
                 id="en-over-period-during"),
    pytest.param(EN, "£4,000 over three years", [("£4,000", K.MONEY, D(4000), "GBP", None),
                                                 ("three years", K.QUANTITY, D(3), "a", None)],
                 id="en-over-years-during"),
    pytest.param(EN, "spread over 13 categories", [("13", K.CARDINAL, D(13), None, None)], id="en-spread-over"),
    pytest.param(EN, "for over ten years", [("ten years", K.QUANTITY, D(10), "a", Qualifier.MORE_THAN)],
                 id="en-for-over-years-bound"),
    pytest.param(EN, "a case that is over 30 years old", [("30 years", K.QUANTITY, D(30), "a", Qualifier.MORE_THAN)],
                 id="en-over-years-old-bound"),
    pytest.param(EN, "equates to over 300 hours", [("300 hours", K.QUANTITY, D(300), "h", Qualifier.MORE_THAN)],
                 id="en-to-over-hours-bound"),
    pytest.param(EN, "citizens over 65", [("65", K.CARDINAL, D(65), None, Qualifier.MORE_THAN)], id="en-over-age"),
    pytest.param(FR, "des citoyens de plus de 65 ans", [("65 ans", K.QUANTITY, D(65), "a", Qualifier.MORE_THAN)],
                 id="fr-de-plus-de-bound"),
    # "les deux" / "the two" = both
    pytest.param(FR, "les deux premiers", [("deux", K.CARDINAL, D(2), None, None),
                                           ("premiers", K.ORDINAL, D(1), None, None)], id="fr-les-deux-premiers"),
    pytest.param(FR, "les deux tiers", [("deux tiers", K.FRACTION, Ratio(D(2), D(3)), None, None)],
                 id="fr-les-deux-tiers"),
    pytest.param(EN, "over the next two years", [("two years", K.QUANTITY, D(2), "a", None)], id="en-the-next-two"),
    # glued "m" = million before a noun
    pytest.param(EN, "Gaza's 1.7m people", [("1.7m", K.CARDINAL, D(1700000), None, None)], id="en-m-million-people"),
    pytest.param(EN, "more than 1m earthquake survivors", [("1m", K.CARDINAL, D(1000000), None, Qualifier.MORE_THAN)],
                 id="en-m-million-adjective-noun"),
    pytest.param(EN, "France's 5m-6m Muslims", [("5m-6m", K.RANGE, Range(D(5000000), D(6000000)), None, None)],
                 id="en-m-million-range"),
    pytest.param(EN, "25m high", [("25m", K.QUANTITY, D(25), "m", None)], id="en-m-metres-high"),
    pytest.param(EN, "a 100m race", [("100m", K.QUANTITY, D(100), "m", None)], id="en-m-metres-race"),
    pytest.param(EN, "the 100m hurdles", [("100m", K.QUANTITY, D(100), "m", None)], id="en-m-metres-hurdles"),
    pytest.param(EN, "25 m people", [("25 m", K.QUANTITY, D(25), "m", None)], id="en-m-spaced-metres"),
    # ranges sharing a currency or scale
    pytest.param(EN, "$4-5 million", [("$4-5 million", K.RANGE, Range(D(4000000), D(5000000)), "USD", None)],
                 id="en-range-currency-and-scale-shared"),
    pytest.param(FR, "de 4,2 à 4,1 Md$", [("4,2 à 4,1 Md$", K.RANGE, Range(D(4200000000), D(4100000000)), "USD",
                                            None)], id="fr-range-falling-scaled"),
    pytest.param(EN, "9 to 15 thousand million Euros", [("9 to 15 thousand million Euros", K.RANGE,
                                                         Range(D(9 * 10**9), D(15 * 10**9)), "EUR", None)],
                 id="en-range-thousand-million"),
    pytest.param(EN, "500,000 to 1 million", [("500,000 to 1 million", K.RANGE, Range(D(500000), D(1000000)), None,
                                               None)], id="en-range-first-end-unscaled"),
    # clock times
    pytest.param(EN, "arrived around 1530 hours", [("1530 hours", K.TIME, TimeValue(15, 30), None, None)],
                 id="en-military-time"),
    pytest.param(EN, "Tuesday evening (20.45 hrs)", [("20.45 hrs", K.TIME, TimeValue(20, 45), None, None)],
                 id="en-hrs-time"),
    pytest.param(EN, "1500 hours of community service", [("1500 hours", K.QUANTITY, D(1500), "h", None)],
                 id="en-hours-duration"),
    pytest.param(FR, "ont fermé à 17H00 GMT", [("17H00", K.TIME, TimeValue(17, 0), None, None)], id="fr-capital-H"),
    pytest.param(FR, "peu après 11 heures", [("11 heures", K.TIME, TimeValue(11, 0), None, None)],
                 id="fr-apres-heures-time"),
    pytest.param(FR, "entre 10 heures et 18 heures", [("10 heures", K.TIME, TimeValue(10, 0), None, None),
                                                      ("18 heures", K.TIME, TimeValue(18, 0), None, None)],
                 id="fr-entre-heures-et-heures"),
    pytest.param(FR, "pendant 10 heures", [("10 heures", K.QUANTITY, D(10), "h", None)], id="fr-pendant-heures"),
    # Roman ordinals, number words in names
    pytest.param(FR, "au XXe siècle", [("XXe", K.ORDINAL, D(20), None, None)], id="fr-roman-century"),
    pytest.param(FR, "le XIXème siècle", [("XIXème", K.ORDINAL, D(19), None, None)], id="fr-roman-eme"),
    pytest.param(FR, "la Ve République", [("Ve", K.ORDINAL, D(5), None, None)], id="fr-roman-single-before-noun"),
    pytest.param(EN, "Phase One trials", [("One", K.LABEL, D(1), None, None)], id="en-phase-one-label"),
    pytest.param(EN, "Formula One racing", [("One", K.LABEL, D(1), None, None)], id="en-formula-one-label"),
    pytest.param(FR, "la Formule 1", [("1", K.LABEL, D(1), None, None)], id="fr-formule-1-label"),
    pytest.param(EN, "Police Arrest Two Men", [("Two", K.CARDINAL, D(2), None, None)], id="en-title-case-count"),
    # digits-only languages
    pytest.param(VI, "7.300 người, 78,3%", [("7.300", K.CARDINAL, D(7300), None, None),
                                             ("78,3%", K.PERCENT, D("78.3"), None, None)], id="vi-digits"),
    pytest.param(OTHER, "at 10:08, ba", [("10:08", K.TIME, TimeValue(10, 8), None, None)], id="other-digits"),
    # FACTS_VERSION 5: English ages carry the year unit
    pytest.param(EN, "He was aged 33 when", [("33", K.QUANTITY, D(33), "a", None)], id="en-age-aged"),
    pytest.param(EN, "At age 33, she left", [("33", K.QUANTITY, D(33), "a", None)], id="en-age-at-age"),
    pytest.param(EN, "He died at the age of 43.", [("43", K.QUANTITY, D(43), "a", None)], id="en-age-at-the-age-of"),
    pytest.param(EN, "She died of cancer at 43.", [("43", K.QUANTITY, D(43), "a", None)], id="en-age-died-at"),
    pytest.param(EN, "When he was 28, he moved", [("28", K.QUANTITY, D(28), "a", None)], id="en-age-when-he-was"),
    pytest.param(EN, "I was 28 and", [("28", K.QUANTITY, D(28), "a", None)], id="en-age-i-was"),
    pytest.param(EN, "The score was 28.", [("28", K.CARDINAL, D(28), None, None)], id="en-age-score-was-28"),
    pytest.param(EN, "It was 28.", [("28", K.CARDINAL, D(28), None, None)], id="en-age-it-was-28"),
    pytest.param(EN, "He was 28 points ahead", [("28", K.CARDINAL, D(28), None, None)], id="en-age-was-not-clause-end"),
    pytest.param(EN, "Ali Ditta, 42, from Bolton", [("42", K.QUANTITY, D(42), "a", None)], id="en-age-appositive"),
    pytest.param(EN, "Smith, 42) was", [("42", K.QUANTITY, D(42), "a", None)], id="en-age-appositive-paren"),
    pytest.param(EN, "In 2013, 42 people died", [("2013", K.YEAR, D(2013), None, None),
                                                ("42", K.CARDINAL, D(42), None, None)], id="en-age-not-after-year"),
    pytest.param(EN, "Monday, 42, and", [("42", K.CARDINAL, D(42), None, None)], id="en-age-not-after-weekday"),
    pytest.param(EN, "Items A, 12, 13", [("12", K.CARDINAL, D(12), None, None), ("13", K.CARDINAL, D(13), None, None)],
                 id="en-age-not-in-list"),
    pytest.param(EN, "Ditta, 142, from", [("142", K.CARDINAL, D(142), None, None)], id="en-age-not-over-120"),
    pytest.param(EN, "aged over 80", [("80", K.QUANTITY, D(80), "a", Qualifier.MORE_THAN)], id="en-age-aged-over"),
    pytest.param(EN, "aged 2 to 7", [("2 to 7", K.RANGE, Range(D(2), D(7)), "a", None)], id="en-age-range"),
    # FACTS_VERSION 5: nouns that are figures
    pytest.param(EN, "It took a decade.", [("a decade", K.QUANTITY, D(10), "a", None)], id="en-a-decade"),
    pytest.param(EN, "two decades", [("two decades", K.QUANTITY, D(20), "a", None)], id="en-two-decades"),
    pytest.param(EN, "a two-decade low", [("two-decade", K.QUANTITY, D(20), "a", None)], id="en-two-decade-low"),
    pytest.param(EN, "for a decade and a half,", [("a decade and a half", K.QUANTITY, D(15), "a", None)],
                 id="en-decade-and-a-half"),
    pytest.param(EN, "almost a decade ago", [("a decade", K.QUANTITY, D(10), "a", Qualifier.NEARLY)],
                 id="en-almost-a-decade"),
    pytest.param(EN, "a fortnight ago", [("a fortnight", K.QUANTITY, D(14), "d", None)], id="en-a-fortnight"),
    pytest.param(EN, "The septuagenarian McCain", [("septuagenarian", K.QUANTITY, D(70), "a", Qualifier.ABOUT)],
                 id="en-septuagenarian"),
    pytest.param(EN, "a man in his eighties", [("eighties", K.QUANTITY, D(80), "a", Qualifier.ABOUT)],
                 id="en-in-his-eighties"),
    pytest.param(FR, "une décennie", [("une décennie", K.QUANTITY, D(10), "a", None)], id="fr-une-decennie"),
    pytest.param(FR, "deux décennies", [("deux décennies", K.QUANTITY, D(20), "a", None)], id="fr-deux-decennies"),
    pytest.param(FR, "un octogénaire", [("octogénaire", K.QUANTITY, D(80), "a", Qualifier.ABOUT)],
                 id="fr-octogenaire"),
    pytest.param(FR, "un centenaire", [("centenaire", K.QUANTITY, D(100), "a", Qualifier.ABOUT)],
                 id="fr-un-centenaire-person"),
    pytest.param(FR, "âgé dans la cinquantaine", [("cinquantaine", K.QUANTITY, D(50), "a", Qualifier.ABOUT)],
                 id="fr-dans-la-cinquantaine"),
    pytest.param(FR, "il y a une dizaine d'années", [("une dizaine d'années", K.QUANTITY, D(10), "a",
                                                     Qualifier.ABOUT)], id="fr-dizaine-d-annees-span"),
    pytest.param(FR, "une quinzaine de jours", [("une quinzaine de jours", K.QUANTITY, D(14), "d", Qualifier.ABOUT)],
                 id="fr-quinzaine-de-jours-fortnight"),
    # FACTS_VERSION 7: decades, event years, model numbers and other names
    pytest.param(EN, "communists in the 70s and 80s", [("70s", K.YEAR, D(1970), None, None),
                                                       ("80s", K.YEAR, D(1980), None, None)],
                 id="en-70s-and-80s"),
    pytest.param(EN, "the late '60s or early '70s", [("'60s", K.YEAR, D(1960), None, None),
                                                     ("'70s", K.YEAR, D(1970), None, None)],
                 id="en-60s-or-early-70s"),
    pytest.param(EN, "the 1980s and 90s", [("1980s", K.YEAR, D(1980), None, None),
                                           ("90s", K.YEAR, D(1990), None, None)], id="en-1980s-and-90s"),
    pytest.param(EN, "Unfolding in 1760s France", [("1760s", K.YEAR, D(1760), None, None)], id="en-1760s"),
    pytest.param(EN, "from the 'sixties onward", [("'sixties", K.YEAR, D(1960), None, None)],
                 id="en-apostrophe-sixties"),
    pytest.param(EN, "in the very early 60s", [("60s", K.YEAR, D(1960), None, None)], id="en-very-early-60s"),
    pytest.param(FR, "la France des années 1760", [("1760", K.YEAR, D(1760), None, None)], id="fr-annees-1760"),
    pytest.param(FR, "les années 1880 ou 1890", [("1880", K.YEAR, D(1880), None, None),
                                                 ("1890", K.YEAR, D(1890), None, None)], id="fr-annees-1880-ou-1890"),
    pytest.param(FR, "lors de l'Euro-2009 en petit bassin", [("2009", K.YEAR, D(2009), None, None)],
                 id="fr-euro-hyphen-2009"),
    pytest.param(FR, "l'organisation des JO-2012.", [("2012", K.YEAR, D(2012), None, None)], id="fr-jo-hyphen-2012"),
    pytest.param(EN, "at the Euro-2009 short course event", [("2009", K.YEAR, D(2009), None, None)],
                 id="en-euro-hyphen-2009"),
    pytest.param(FR, "Mondial-82 en Espagne", [("Mondial-82", K.LABEL, D(82), None, None)], id="fr-mondial-82-label"),
    pytest.param(FR, "redessinés pour le modèle 2014,", [("2014", K.YEAR, D(2014), None, None)],
                 id="fr-modele-2014-year"),
    pytest.param(FR, "six Boeing 787-8, surnommés", [("six", K.CARDINAL, D(6), None, None),
                                                    ("787-8", K.LABEL, D(787), None, None)], id="fr-787-8-model"),
    pytest.param(EN, "ordered six Boeing 787-8s, the", [("six", K.CARDINAL, D(6), None, None),
                                                       ("787-8s", K.LABEL, D(787), None, None)], id="en-787-8s-model"),
    pytest.param(EN, "a Boeing 777 crashed", [("777", K.LABEL, D(777), None, None)], id="en-boeing-777"),
    pytest.param(EN, "the 777X with an original 777 design", [("777X", K.LABEL, D(777), None, None),
                                                             ("777", K.LABEL, D(777), None, None)],
                 id="en-777-named-again"),
    pytest.param(EN, "a safari in a 4x4 at", [("4x4", K.LABEL, D(4), None, None)], id="en-4x4-vehicle"),
    pytest.param(FR, "les colonnes de 4X4 de", [("4X4", K.LABEL, D(4), None, None)], id="fr-4x4-vehicle"),
    pytest.param(FR, "en relais 4x50 m", [("4x50", K.LABEL, D(4), None, None)], id="fr-4x50-relay"),
    pytest.param(FR, "empêcher les visas 457 d'être", [("457", K.LABEL, D(457), None, None)], id="fr-visas-457"),
    pytest.param(EN, 'Moody\'s "Moody 4B" and', [("4B", K.LABEL, D(4), None, None)], id="en-moody-4b-title"),
    pytest.param(EN, "It raised $4B", [("$4B", K.MONEY, D(4000000000), "USD", None)], id="en-4b-money-still"),
    pytest.param(EN, "his team of CHOI 98,1 FM had", [("98,1 FM", K.LABEL, D("98.1"), None, None)],
                 id="en-radio-frequency"),
    pytest.param(EN, "no equal in Ligue 1, and", [("1", K.LABEL, D(1), None, None)], id="en-ligue-1"),
    pytest.param(FR, "autour de l'article 220, car", [("220", K.LABEL, D(220), None, None)], id="fr-l-article-220"),
    pytest.param(EN, "let go in Districts 8 and 9 in", [("8", K.LABEL, D(8), None, None),
                                                       ("9", K.LABEL, D(9), None, None)], id="en-districts-8-and-9"),
    pytest.param(FR, "dans les 8e et 9e Districts des", [("8e", K.LABEL, D(8), None, None),
                                                        ("9e", K.LABEL, D(9), None, None)], id="fr-8e-et-9e-districts"),
    pytest.param(FR, "le syndicat, Conseil du 37e District,", [("37e", K.LABEL, D(37), None, None)],
                 id="fr-37e-district"),
    pytest.param(FR, "le 8e arrondissement", [("8e", K.ORDINAL, D(8), None, None)], id="fr-8e-arrondissement-ordinal"),
    pytest.param(FR, "employées à l'école publique 36 de Harlem", [("36", K.LABEL, D(36), None, None)],
                 id="fr-ecole-publique-36"),
    pytest.param(FR, "(voir tableau 2).", [("2", K.LABEL, D(2), None, None)], id="fr-tableau-2"),
    pytest.param(EN, "(see chart 2).", [("2", K.LABEL, D(2), None, None)], id="en-chart-2"),
    pytest.param(EN, "a chart 2 metres wide", [("2 metres", K.QUANTITY, D(2), "m", None)], id="en-chart-2-metres"),
    pytest.param(FR, "les Symphonies n °3 et 4 de", [("3", K.LABEL, D(3), None, None),
                                                    ("4", K.LABEL, D(4), None, None)], id="fr-symphonies-n-3-et-4"),
    pytest.param(EN, "Symphonies No. 3 and 4 from", [("3", K.LABEL, D(3), None, None),
                                                    ("4", K.LABEL, D(4), None, None)], id="en-symphonies-no-3-and-4"),
    pytest.param(EN, 'his long "Tour 66", billed', [("66", K.LABEL, D(66), None, None)], id="en-tour-66"),
    # FACTS_VERSION 7: "$" named by its country after the amount; bounds
    pytest.param(FR, "des frais de 3 000 $ de Singapour par", [("3 000 $ de Singapour", K.MONEY, D(3000), "SGD", None)],
                 id="fr-dollars-de-singapour"),
    pytest.param(FR, "60 % des 66 M$ de Singapour qu'elle", [("60 %", K.PERCENT, D(60), None, None),
                                                            ("66 M$ de Singapour", K.MONEY, D(66000000), "SGD", None)],
                 id="fr-m-dollars-de-singapour"),
    pytest.param(EN, "NZ$5 million", [("NZ$5 million", K.MONEY, D(5000000), "NZD", None)], id="en-nz-dollars"),
    pytest.param(FR, "a plongé sous les 45 % cette", [("45 %", K.PERCENT, D(45), None, Qualifier.LESS_THAN)],
                 id="fr-sous-les-45-pourcent"),
    pytest.param(FR, "sous la barre des 105 yens", [("105 yens", K.MONEY, D(105), "JPY", Qualifier.LESS_THAN)],
                 id="fr-sous-la-barre-des"),
    pytest.param(FR, "(jusqu'à un maximum de 300 $ par famille)",
                 [("300 $", K.MONEY, D(300), "USD", Qualifier.AT_MOST)],
                 id="fr-un-maximum-de"),
    pytest.param(FR, "64 sur un maximum de 100", [("64", K.CARDINAL, D(64), None, None),
                                                  ("100", K.CARDINAL, D(100), None, Qualifier.AT_MOST)],
                 id="fr-sur-un-maximum-de"),
    pytest.param(EN, "the studio's 140-plus creditors", [("140", K.CARDINAL, D(140), None, Qualifier.MORE_THAN)],
                 id="en-140-plus"),
    pytest.param(EN, "costs $5 plus tax", [("$5", K.MONEY, D(5), "USD", None)], id="en-plus-tax-no-bound"),
    # inclusive bounds and "exceeding" in both languages
    pytest.param(EN, "less than or equal to 30", [("30", K.CARDINAL, D(30), None, Qualifier.AT_MOST)],
                 id="en-less-than-or-equal"),
    pytest.param(EN, "greater than or equal to 50", [("50", K.CARDINAL, D(50), None, Qualifier.AT_LEAST)],
                 id="en-greater-than-or-equal"),
    pytest.param(FR, "inférieurs ou égaux à 3,5 tonnes", [("3,5 tonnes", K.QUANTITY, D("3.5"), "t",
                                                            Qualifier.AT_MOST)], id="fr-inferieurs-ou-egaux"),
    pytest.param(FR, "un score supérieur ou égal à 50", [("50", K.CARDINAL, D(50), None, Qualifier.AT_LEAST)],
                 id="fr-superieur-ou-egal"),
    pytest.param(FR, "des décès dépassant 3 000", [("3 000", K.CARDINAL, D(3000), None, Qualifier.MORE_THAN)],
                 id="fr-depassant"),  # "exceeding 3,000"
    # comparison signs, in either language; not an arrow, not a formula glued to a letter
    pytest.param(EN, "inflation >5% a year", [("5%", K.PERCENT, D(5), None, Qualifier.MORE_THAN)],
                 id="en-sign-more-than"),
    pytest.param(EN, "primes < = 100", [("100", K.CARDINAL, D(100), None, Qualifier.AT_MOST)],
                 id="en-sign-spaced-at-most"),
    pytest.param(FR, "une dette ≥ 100 milliards", [("100 milliards", K.CARDINAL, D(10**11), None,
                                                    Qualifier.AT_LEAST)], id="fr-sign-at-least"),
    pytest.param(FR, "un taux <= 0,35 %", [("0,35 %", K.PERCENT, D("0.35"), None, Qualifier.AT_MOST)],
                 id="fr-sign-at-most"),
    pytest.param(EN, "prices went 5 -> 7", [("5", K.CARDINAL, D(5), None, None), ("7", K.CARDINAL, D(7), None, None)],
                 id="en-arrow-no-bound"),
    pytest.param(EN, "when x>10", [("10", K.CARDINAL, D(10), None, None)], id="en-formula-no-bound"),
    # comparatives of size and age
    pytest.param(EN, "larger than 10 and bigger than 20", [("10", K.CARDINAL, D(10), None, Qualifier.MORE_THAN),
                                                           ("20", K.CARDINAL, D(20), None, Qualifier.MORE_THAN)],
                 id="en-larger-bigger-than"),
    pytest.param(EN, "children younger than 5 and adults older than 65",
                 [("5", K.CARDINAL, D(5), None, Qualifier.LESS_THAN), ("65", K.CARDINAL, D(65), None,
                                                                         Qualifier.MORE_THAN)],
                 id="en-younger-older-than"),
    # a verb that passes the figure is a lower bound; denied, an upper bound
    pytest.param(EN, "the toll exceeded 3,000", [("3,000", K.CARDINAL, D(3000), None, Qualifier.MORE_THAN)],
                 id="en-exceeded"),
    pytest.param(EN, "surpassed the 1 million mark", [("1 million", K.CARDINAL, D(1000000), None,
                                                       Qualifier.MORE_THAN)], id="en-surpassed-the"),
    pytest.param(EN, "must not exceed 0.35% of GDP", [("0.35%", K.PERCENT, D("0.35"), None, Qualifier.AT_MOST)],
                 id="en-not-exceed"),
    pytest.param(EN, "it didn’t exceed 5%", [("5%", K.PERCENT, D(5), None, Qualifier.AT_MOST)],
                 id="en-didnt-exceed-curly"),
    pytest.param(EN, "has not exceeded 3,000", [("3,000", K.CARDINAL, D(3000), None, Qualifier.AT_MOST)],
                 id="en-has-not-exceeded"),
    pytest.param(EN, "could exceed 3,000", [("3,000", K.CARDINAL, D(3000), None, None)], id="en-could-exceed"),
    pytest.param(EN, "sales exceeded 2010 levels", [("2010", K.YEAR, D(2010), None, None)],
                 id="en-exceeded-year-no-bound"),
    pytest.param(FR, "le bilan a dépassé les 3 000 morts", [("3 000", K.CARDINAL, D(3000), None,
                                                             Qualifier.MORE_THAN)], id="fr-a-depasse-les"),
    pytest.param(FR, "dépasse la barre des 1 000", [("1 000", K.CARDINAL, D(1000), None, Qualifier.MORE_THAN)],
                 id="fr-depasse-la-barre-des"),
    pytest.param(FR, "ne doit pas dépasser 0,35 %", [("0,35 %", K.PERCENT, D("0.35"), None, Qualifier.AT_MOST)],
                 id="fr-pas-depasser"),
    pytest.param(FR, "le bilan n'a pas dépassé 3 000", [("3 000", K.CARDINAL, D(3000), None, Qualifier.AT_MOST)],
                 id="fr-n-a-pas-depasse"),
    pytest.param(FR, "ne dépasse pas 5 %", [("5 %", K.PERCENT, D(5), None, Qualifier.AT_MOST)],
                 id="fr-ne-depasse-pas"),
    pytest.param(EN, "scores of 200 or greater", [("200", K.CARDINAL, D(200), None, Qualifier.AT_LEAST)],
                 id="en-or-greater"),
    pytest.param(EN, "grades 6 through 8", [("6 through 8", K.RANGE, Range(D(6), D(8)), None, None)],
                 id="en-through-range"),
    # a time in hours, minutes and seconds is a span in seconds
    pytest.param(EN, "won in Berlin in 2:06:05 in 1998", [("2:06:05", K.QUANTITY, D(7565), "s", None),
                                                          ("1998", K.YEAR, D(1998), None, None)], id="en-race-time"),
    pytest.param(EN, "in 2:03:59.5", [("2:03:59.5", K.QUANTITY, D("7439.5"), "s", None)], id="en-race-time-tenths"),
    pytest.param(FR, "en 2h06'05", [("2h06'05", K.QUANTITY, D(7565), "s", None)], id="fr-race-time-h"),
    pytest.param(FR, "une victoire en 2 :03 :59 d'une course", [("2 :03 :59", K.QUANTITY, D(7439), "s", None)],
                 id="fr-race-time-spaced-colons"),
    pytest.param(FR, "à 10:30", [("10:30", K.TIME, TimeValue(10, 30), None, None)], id="fr-clock-not-a-race-time"),
    # "derniers"/"prochains" between a count and its time unit, as "the last 12 months"
    pytest.param(FR, "les 12 derniers mois", [("12 derniers mois", K.QUANTITY, D(12), "mo", None)],
                 id="fr-12-derniers-mois"),
    pytest.param(FR, "au cours des quatre dernières décennies", [("quatre dernières décennies", K.QUANTITY, D(40),
                                                                   "a", None)], id="fr-dernieres-decennies"),
    pytest.param(FR, "les trois prochaines années", [("trois prochaines années", K.QUANTITY, D(3), "a", None)],
                 id="fr-prochaines-annees"),
    pytest.param(FR, "les 3 derniers km", [("3", K.CARDINAL, D(3), None, None)], id="fr-derniers-km-not-a-span"),
    pytest.param(FR, "permet à deux ou plusieurs entreprises", [("deux", K.CARDINAL, D(2), None, Qualifier.AT_LEAST)],
                 id="fr-ou-plusieurs"),  # "two or more companies"
    pytest.param(FR, "cinq ou davantage", [("cinq", K.CARDINAL, D(5), None, Qualifier.AT_LEAST)], id="fr-ou-davantage"),
    pytest.param(FR, "les personnes de 21 ans et plus qui", [("21 ans", K.QUANTITY, D(21), "a", Qualifier.AT_LEAST)],
                 id="fr-21-ans-et-plus"),
    pytest.param(FR, "une peine de 6 ans de prison minimum.", [("6 ans", K.QUANTITY, D(6), "a", Qualifier.AT_LEAST)],
                 id="fr-6-ans-de-prison-minimum"),
    # "au moins" after the figure's noun and adjective ("at least four people were slightly injured")
    pytest.param(FR, "Quatre blessés légers au moins seraient à déplorer.",
                 [("Quatre", K.CARDINAL, D(4), None, Qualifier.AT_LEAST)], id="fr-noun-adjective-au-moins"),
    pytest.param(FR, "Dix morts au moins.", [("Dix", K.CARDINAL, D(10), None, Qualifier.AT_LEAST)],
                 id="fr-noun-au-moins"),
    pytest.param(FR, "Trois soldats ont au moins un parent", [("Trois", K.CARDINAL, D(3), None, None)],
                 id="fr-au-moins-after-a-verb-is-not-the-figure-s"),
    pytest.param(FR, "Cinq équipes joueront au moins deux matchs",
                 [("Cinq", K.CARDINAL, D(5), None, None), ("deux", K.CARDINAL, D(2), None, Qualifier.AT_LEAST)],
                 id="fr-au-moins-after-a-future-verb"),
    pytest.param(FR, "un Daspo pour au moins cinq ans", [("cinq ans", K.QUANTITY, D(5), "a", Qualifier.AT_LEAST)],
                 id="fr-au-moins-after-a-preposition"),
    pytest.param(FR, "passé d'un minimum de 40% en 2005", [("40%", K.PERCENT, D(40), None, None),
                                                          ("2005", K.YEAR, D(2005), None, None)],
                 id="fr-d-un-minimum-de-is-a-low"),
    pytest.param(EN, "aged 18 and over fits", [("18", K.QUANTITY, D(18), "a", Qualifier.AT_LEAST)],
                 id="en-aged-18-and-over"),
    pytest.param(EN, "for ages 3 and up)", [("3", K.QUANTITY, D(3), "a", Qualifier.AT_LEAST)], id="en-ages-3-and-up"),
    pytest.param(EN, "people 60 and older accounted", [("60", K.QUANTITY, D(60), "a", Qualifier.AT_LEAST)],
                 id="en-60-and-older-age"),
    pytest.param(EN, "rose by 5 and over the year", [("5", K.CARDINAL, D(5), None, None)],
                 id="en-and-over-the-preposition"),
    # FACTS_VERSION 7: durations in two units, hours in words, clock times
    pytest.param(EN, "cut to 2 hours 40 minutes.", [("2 hours 40 minutes", K.QUANTITY, D(160), "min", None)],
                 id="en-hours-minutes-duration"),
    pytest.param(FR, "réduit à 2 heures 40 minutes.", [("2 heures 40 minutes", K.QUANTITY, D(160), "min", None)],
                 id="fr-heures-minutes-duration"),
    pytest.param(EN, "will last 2 hours 45 minutes.", [("2 hours 45 minutes", K.QUANTITY, D("2.75"), "h", None)],
                 id="en-hours-quarter-minutes-in-hours"),
    pytest.param(FR, "le film dure 2 heures 40.", [("2 heures 40", K.QUANTITY, D(160), "min", None)],
                 id="fr-heures-bare-minutes-duration"),
    pytest.param(FR, "à 10 heures 30", [("10 heures 30", K.TIME, TimeValue(10, 30), None, None)],
                 id="fr-a-10-heures-30-still-time"),
    pytest.param(FR, "réduit à 2 heures 40 secondes.", [("2 heures", K.QUANTITY, D(2), "h", None),
                                                         ("40 secondes", K.QUANTITY, D(40), "s", None)],
                 id="fr-a-2-heures-40-secondes-not-a-time"),
    pytest.param(EN, "it took 1 second", [("1 second", K.QUANTITY, D(1), "s", None)], id="en-1-second-unit"),
    pytest.param(EN, "a 30-second spot", [("30-second", K.QUANTITY, D(30), "s", None)], id="en-30-second-unit"),
    pytest.param(EN, "in 2 second-round matches", [("2", K.CARDINAL, D(2), None, None),
                                                   ("second", K.ORDINAL, D(2), None, None)],
                 id="en-second-round-stays-ordinal"),
    pytest.param(FR, "s'être levé une heure trente plus tôt", [("une heure trente", K.QUANTITY, D("1.5"), "h", None)],
                 id="fr-une-heure-trente-duration"),
    pytest.param(FR, "à six heures trente", [("six heures trente", K.TIME, TimeValue(6, 30), None, None)],
                 id="fr-a-six-heures-trente-time"),
    pytest.param(FR, "Une heure du matin était", [("Une heure du matin", K.TIME, TimeValue(1, 0), None, None)],
                 id="fr-une-heure-du-matin"),
    pytest.param(FR, "pendant une heure et quart", [("une heure et quart", K.QUANTITY, D("1.25"), "h", None)],
                 id="fr-une-heure-et-quart"),
    pytest.param(FR, "de 12 ans trois quarts en", [("12 ans trois quarts", K.QUANTITY, D("12.75"), "a", None)],
                 id="fr-12-ans-trois-quarts"),
    pytest.param(EN, "a landmark 5 1/2-hour argument", [("5 1/2-hour", K.QUANTITY, D("5.5"), "h", None)],
                 id="en-mixed-number-hour"),
    pytest.param(FR, "s'est imposé en 20 sec 53 dans", [("20 sec 53", K.QUANTITY, D("20.53"), "s", None)],
                 id="fr-sec-hundredths"),
    pytest.param(EN, "At 5.13 on Monday morning a", [("5.13", K.TIME, TimeValue(5, 13), None, None)],
                 id="en-at-dot-time-morning"),
    pytest.param(EN, "shares closed at 5.13 on Monday", [("5.13", K.DECIMAL, D("5.13"), None, None)],
                 id="en-at-dot-price-not-time"),
    # FACTS_VERSION 7: ages, seasons, dates, shared signs, words that are figures
    pytest.param(EN, "But no 18-year-old should", [("18-year", K.QUANTITY, D(18), "a", None)],
                 id="en-no-18-year-old-not-label"),
    pytest.param(EN, "and 72% of under 8s, compared", [("72%", K.PERCENT, D(72), None, None),
                                                      ("8s", K.QUANTITY, D(8), "a", Qualifier.LESS_THAN)],
                 id="en-under-8s-age"),
    pytest.param(FR, "ses élèves, âgés de 6/7 ans,", [("6/7", K.RANGE, Range(D(6), D(7)), "a", None)],
                 id="fr-ages-6-slash-7"),
    pytest.param(EN, "in 2011/12 and 2020/2021", [("2011/12", K.RANGE, Range(D(2011), D(2012)), None, None),
                                                 ("2020/2021", K.RANGE, Range(D(2020), D(2021)), None, None)],
                 id="en-seasons-slash"),
    pytest.param(FR, "en 2020/21", [("2020/21", K.RANGE, Range(D(2020), D(2021)), None, None)], id="fr-season-slash"),
    pytest.param(EN, "2011/13", [("2011/13", K.RATIO, Ratio(D(2011), D(13)), None, None)], id="en-slash-not-season"),
    pytest.param(EN, "since 9/11, the", [("9/11", K.DATE, DateValue(None, 9, 11), None, None)], id="en-9-11-date"),
    pytest.param(EN, "28.8.09", [("28.8.09", K.DATE, DateValue(2009, 8, 28), None, None)], id="en-date-line-dots"),
    pytest.param(EN, "records 1.3 and 2.0% respectively", [("1.3", K.PERCENT, D("1.3"), None, None),
                                                          ("2.0%", K.PERCENT, D(2), None, None)],
                 id="en-percent-shared"),
    pytest.param(EN, "citizens over 65 and 20% of voters", [("65", K.CARDINAL, D(65), None, Qualifier.MORE_THAN),
                                                            ("20%", K.PERCENT, D(20), None, None)],
                 id="en-percent-not-shared-after-hedge"),
    pytest.param(FR, "sur les 5 premiers % des salariés", [("5 premiers %", K.PERCENT, D(5), None, None)],
                 id="fr-5-premiers-pourcent"),
    pytest.param(FR, "seuls neuf ont voté contre", [("neuf", K.CARDINAL, D(9), None, None)], id="fr-seuls-neuf"),
    pytest.param(FR, "n'est que d'un dollar symbolique.", [("un dollar symbolique", K.MONEY, D(1), "USD", None)],
                 id="fr-dollar-symbolique"),
    pytest.param(FR, "large d'un mètre de diamètre", [("un mètre", K.QUANTITY, D(1), "m", None)],
                 id="fr-large-d-un-metre"),
    pytest.param(EN, "a metre wide", [("a metre", K.QUANTITY, D(1), "m", None)], id="en-a-metre-wide"),
    pytest.param(EN, "shares were up 3c at", [("3c", K.MONEY, D("0.03"), "USD", None)], id="en-3c-cents"),
    pytest.param(FR, "50 centimes par litre", [("50 centimes", K.MONEY, D("0.5"), "USD", None)], id="fr-centimes"),
    pytest.param(FR, "de la soixantaine de maladies", [("soixantaine", K.CARDINAL, D(60), None, Qualifier.ABOUT)],
                 id="fr-la-soixantaine-de"),
    pytest.param(FR, "des 198 et 199es opus", [("198", K.CARDINAL, D(198), None, None),
                                               ("199es", K.ORDINAL, D(199), None, None)], id="fr-ordinal-plural-es"),
    pytest.param(EN, "the 500m2-space", [("500m2", K.QUANTITY, D(500), "m2", None)], id="en-500m2"),
    pytest.param(FR, "les 500 m2 des cuisines", [("500 m2", K.QUANTITY, D(500), "m2", None)], id="fr-500-m2"),
    pytest.param(EN, "Hagel Accuses 9 US States of Violating Homosexual Rights", [("9", K.CARDINAL, D(9), None, None)],
                 id="en-title-case-headline-not-label"),
    pytest.param(EN, "(see table 1).", [("1", K.LABEL, D(1), None, None)], id="en-table-1"),
    pytest.param(EN, "France only gives 10 centimes", [("10 centimes", K.MONEY, D("0.1"), "USD", None)],
                 id="en-centimes-untranslated"),
    pytest.param(EN, "Morris is a second-year student", [("second", K.ORDINAL, D(2), None, None)],
                 id="en-a-second-year-rank"),
    pytest.param(FR, "un cinquantenaire dynamique", [("cinquantenaire", K.QUANTITY, D(50), "a", Qualifier.ABOUT)],
                 id="fr-un-cinquantenaire-person"),
    pytest.param(EN, "the 40- to 49-year-old male", [("40- to 49-year", K.RANGE, Range(D(40), D(49)), "a", None)],
                 id="en-suspended-hyphen-range"),
    pytest.param(EN, "USD 75 million and 75 million USD", [("USD 75 million", K.MONEY, D(75_000_000), "USD", None),
                                                           ("75 million USD", K.MONEY, D(75_000_000), "USD", None)],
                 id="en-and-between-two-millions-money"),
    pytest.param(EN, "they raised 5 million and 3 million respectively",
                 [("5 million", K.CARDINAL, D(5_000_000), None, None),
                  ("3 million", K.CARDINAL, D(3_000_000), None, None)], id="en-and-between-two-millions"),
    pytest.param(EN, "two million and three hundred thousand people",
                 [("two million and three hundred thousand", K.CARDINAL, D(2_300_000), None, None)],
                 id="en-and-before-a-smaller-scale-joins"),
    pytest.param(EN, "it costs CAD$ 15 million", [("CAD$ 15 million", K.MONEY, D(15_000_000), "CAD", None)],
                 id="en-code-and-dollar-sign"),
    pytest.param(FR, "il coûte AUD$15", [("AUD$15", K.MONEY, D(15), "AUD", None)], id="fr-code-and-dollar-sign"),
    pytest.param(EN, "three hundred dozen eggs", [("three hundred dozen", K.CARDINAL, D(3600), None, Qualifier.ABOUT)],
                 id="en-hundred-dozen"),
    pytest.param(EN, "highs of 30C", [("30C", K.QUANTITY, D(30), "°C", None)], id="en-glued-celsius-after-cue"),
    pytest.param(EN, "a 40C heatwave", [("40C", K.QUANTITY, D(40), "°C", None)], id="en-glued-celsius-heatwave"),
    pytest.param(EN, "It was 104F (40C).", [("104F", K.QUANTITY, D(104), "°F", None),
                                             ("40C", K.QUANTITY, D(40), "°C", None)], id="en-glued-fahrenheit-pair"),
    pytest.param(EN, "a fever of 39.5C", [("39.5C", K.QUANTITY, D("39.5"), "°C", None)], id="en-glued-decimal-celsius"),
    pytest.param(EN, "Canon 4C, which states", [("4C", K.LABEL, D(4), None, None)], id="en-glued-c-no-cue-label"),
    pytest.param(EN, "Meteor-1C was lighter", [("Meteor-1C", K.LABEL, D(1), None, None)], id="en-hyphen-1c-label"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FACT_CASES)
def test_extract_facts(lang: Lang, text: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


NO_FACT_CASES = [
    pytest.param(EN, "See https://example.com/a/123 for details", id="en-url"),
    pytest.param(EN, "write to a1@b2.com today", id="en-email"),
    pytest.param(EN, "DNUM_CCZABZCABG", id="en-placeholder"),
    pytest.param(EN, "commit 3f2a9c8d1e was merged", id="en-hash"),
    pytest.param(EN, "The one you mentioned is invalid", id="en-the-one"),
    pytest.param(EN, "Which one do you prefer?", id="en-which-one"),
    pytest.param(EN, "one of them left", id="en-one-of"),
    pytest.param(EN, "a man and an apple", id="en-articles"),
    pytest.param(EN, "millions of people", id="en-bare-plural-scale"),
    pytest.param(EN, "several hundred thousand people", id="en-several-hundred-thousand"),
    pytest.param(EN, "the Hundred Days", id="en-bare-hundred-name"),
    pytest.param(EN, "an American urban one.", id="en-one-pronoun-after-an-adjective"),
    pytest.param(EN, "a book, one he describes as new", id="en-one-pronoun-before-a-subject"),
    pytest.param(EN, "until we die, whichever comes first", id="en-whichever-comes-first"),
    pytest.param(FR, "les Premiers ministres d'Italie", id="fr-premiers-ministres"),
    pytest.param(EN, "Yesterday I went home", id="en-pronoun-i"),
    pytest.param(EN, "It may rain in March", id="en-modal-may"),
    pytest.param(FR, "un homme et une femme", id="fr-articles"),
    pytest.param(EN, "one experienced, the other not", id="en-one-the-other"),
    pytest.param(EN, "from one hideout to another", id="en-one-to-another"),
    pytest.param(FR, "l'un aguerri, l'autre non", id="fr-l-un-l-autre"),
    pytest.param(EN, "the work of one extremist", id="en-of-one"),
    pytest.param(FR, "l'œuvre d'un extrémiste", id="fr-d-un"),
    pytest.param(EN, "One could argue that", id="en-one-pronoun-modal"),
    pytest.param(EN, "said one customer", id="en-said-one"),
    pytest.param(EN, "China's one-child policy", id="en-one-compound"),
    pytest.param(EN, "we would one day be freed", id="en-one-day"),
    pytest.param(FR, "un appartement neuf.", id="fr-appartement-neuf"),
    pytest.param(FR, "une voiture neuve", id="fr-voiture-neuve"),
    pytest.param(FR, "un immeuble flambant neuf", id="fr-flambant-neuf"),
    pytest.param(FR, "un appartement neuf et spacieux", id="fr-neuf-et"),
    pytest.param(FR, "Un bâtiment neuf sera construit.", id="fr-neuf-sera"),
    pytest.param(FR, "Il a remis à neuf la maison.", id="fr-remis-a-neuf"),
    pytest.param(FR, "Quoi de neuf ?", id="fr-quoi-de-neuf"),
    pytest.param(FR, "une moyenne d'un mille en", id="fr-un-mille-is-a-mile"),
    pytest.param(FR, "toutes deux devenues des stars", id="fr-toutes-deux-both"),
    pytest.param(EN, "in their twenties", id="en-twenties-age"),
    pytest.param(FR, "des milliers de personnes", id="fr-milliers"),
    pytest.param(FR, "A cette occasion", id="fr-capital-a"),
    pytest.param(FR, "des centaines de soldats", id="fr-des-centaines"),
    pytest.param(FR, "placé en quarantaine", id="fr-quarantaine-quarantine"),
    # FACTS_VERSION 5: ages and figure nouns
    pytest.param(EN, "for decades", id="en-decades-no-count"),
    pytest.param(EN, "over the next decade", id="en-the-next-decade"),
    pytest.param(FR, "la prochaine décennie", id="fr-la-prochaine-decennie"),
    pytest.param(FR, "depuis des décennies", id="fr-des-decennies"),
    pytest.param(FR, "le centenaire de la guerre", id="fr-centenaire-centenary"),
    pytest.param(EN, "dozens of people", id="en-dozens"),
    pytest.param(EN, "hundreds of soldiers", id="en-hundreds"),
    pytest.param(FR, "les deux partis", id="fr-les-deux-both"),
    pytest.param(FR, "des deux côtés", id="fr-des-deux-both"),
    pytest.param(EN, "both parties", id="en-both"),
    pytest.param(EN, "the two parties", id="en-the-two-both"),
    pytest.param(FR, "Ce soir", id="fr-ce-not-roman"),
    pytest.param(FR, "Ve", id="fr-roman-single-alone"),
    pytest.param(VI, "Toàn cảnh Hội nghị", id="vi-no-digits"),
    pytest.param(OTHER, "", id="empty"),
    # FACTS_VERSION 7: handles and phone numbers
    pytest.param(FR, "écrit @jemb123.", id="fr-handle"),
    pytest.param(EN, "to contact them on 08 11 00 06 95", id="en-phone-spaces"),
    pytest.param(FR, "sortir de la quarantaine", id="fr-la-quarantaine-quarantine"),
    pytest.param(FR, "le cinquantenaire de la mort", id="fr-cinquantenaire-anniversary"),
    pytest.param(EN, "wait a second", id="en-a-second-moment"),
    pytest.param(FR, "à contacter le 08.11.00.06.95", id="fr-phone-dots"),
    # knockout rounds and an idiom
    pytest.param(FR, "les deux agents immobiliers mises sur leur 31, Evgenia", id="fr-sur-leur-31"),
    pytest.param(FR, "en relais 4 nages", id="fr-4-nages-medley"),
    pytest.param(EN, "It is the only one.", id="en-the-only-one"),
    pytest.param(FR, "son centenaire", id="fr-son-centenaire-anniversary"),
]


@pytest.mark.parametrize(("lang", "text"), NO_FACT_CASES)
def test_no_facts(lang: Lang, text: str) -> None:
    assert extract_facts(text, lang) == ()


def test_extract_facts_leaves_sentence_and_block_empty() -> None:
    (fact,) = extract_facts("nearly 7,300 addicts", EN)
    assert fact.sentence is None and fact.block is None


# --------------------------------------------------------------------------------------------------------------
# Invariants on generated text
# --------------------------------------------------------------------------------------------------------------

_PIECES = st.sampled_from([
    "7,300", "7 300", "7.300", "78,3 %", "78.3%", "5th", "5ème", "1er", "January 22", "22 janvier", "2013 - 2015",
    "2013-2015", "367/280", "nearly", "près de", "between", "entre", "and", "et", "to", "à", "10:08", "$5 million",
    "5 km", "three", "vingt et un", "half", "moitié", "Center I", "No. 10", "COVID-19", "people", "personnes", "-",
    "/", ",", ".", "%", "(", ")", "one", "un", "twice", "x2", "http://a.b/1", "quatre-vingt-dix", "1,5 million",
])


@settings(max_examples=300, deadline=None)
@given(pieces=st.lists(_PIECES, max_size=14), separators=st.lists(st.sampled_from([" ", "", "  ", "\u00a0"]),
                                                                   min_size=14, max_size=14),
       lang=st.sampled_from([EN, FR, VI, OTHER]))
def test_offsets_invariants(pieces: list[str], separators: list[str], lang: Lang) -> None:
    text = "".join(piece + separators[index] for index, piece in enumerate(pieces))
    facts = extract_facts(text, lang)
    previous_end = 0
    for fact in facts:
        assert text[fact.start : fact.end] == fact.text
        assert fact.start >= previous_end
        assert fact.start < fact.end
        previous_end = fact.end
    assert extract_facts(text, lang) == facts  # deterministic


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=80), lang=st.sampled_from([EN, FR, VI, OTHER]))
# U+11BF0 is a digit to the regex module (Unicode 16) but not to Python 3.11's Decimal (Unicode 14).
@example(text="#\U00011bf0", lang=EN)
@example(text="A\U00011bf0", lang=EN)
def test_arbitrary_text_never_raises(text: str, lang: Lang) -> None:
    for fact in extract_facts(text, lang):
        assert text[fact.start : fact.end] == fact.text


def test_digits_python_cannot_value_give_no_figure_and_keep_offsets() -> None:
    facts = extract_facts("No. \U00011bf1\U00011bf2 and 12 people, No. \u0663", EN)
    assert [(f.text, f.value, f.start) for f in facts] == [("12", D(12), 11), ("\u0663", D(3), 26)]


@given(value=st.integers(min_value=1, max_value=10**9))
def test_english_and_french_integers_agree(value: int) -> None:
    english = f"nearly {value:,} people"
    french = "près de " + f"{value:,}".replace(",", "\u202f") + " personnes"
    assert comparable(extract_facts(english, EN)) == comparable(extract_facts(french, FR))


@pytest.mark.parametrize("lang", [EN, FR])
def test_cldr_currency_names_are_folded_phrases_of_real_currencies(lang: Lang) -> None:
    names = cldr_currency_names(lang)
    assert len(names) > 300  # singular and plural names of some 300 currencies
    assert all(" " in name and fold(name) == name for name in names)  # looked up as folded text is
    assert not any(code.startswith("X") for code in names.values())  # gold, test and fund codes
    assert {"won", "real", "rand", "dollar"}.isdisjoint(names)  # one-word names are the language tables' call
    assert names["vietnamese dong" if lang is EN else "dong vietnamien"] == "VND"


def test_cldr_names_never_override_the_language_tables() -> None:
    # "us dollars" is in the English table as USD; CLDR also names it. "francs" alone stays the table's CHF.
    assert extract_facts("20 francs", FR)[0].unit == "CHF"
    assert extract_facts("20 US dollars", EN)[0].unit == "USD"


_KEY = st.text(alphabet="abce $.", min_size=1, max_size=5).map(str.strip).filter(bool)


@given(words=st.lists(_KEY, min_size=1, max_size=12), text=st.text(alphabet="abcdeé $.", max_size=8))
def test_trie_alternation_matches_as_the_longest_first_alternation(words: list[str], text: str) -> None:
    flat = regex.compile(rf"(?:{_alternation(words)})(?![\w])", regex.IGNORECASE)
    trie = regex.compile(rf"(?:{_trie_alternation(words)})(?![\w])", regex.IGNORECASE)
    for start in range(len(text) + 1):
        got, want = trie.match(text, start), flat.match(text, start)
        assert (got and got.group()) == (want and want.group())


def test_an_english_penny_is_a_cent_unless_sterling_is_named() -> None:
    # "even one penny" in a US paper is a cent ("même d'1 cent"): reading it as GBP would make a unit mismatch.
    assert [(f.kind, f.value, f.unit) for f in extract_facts("raise the tax even one penny", EN)] == [
        (FactKind.MONEY, Decimal("0.01"), "USD")
    ]
    assert [f.unit for f in extract_facts("five pennies, where a pound buys little", EN)] == ["GBP"]
    assert [(f.kind, f.unit) for f in extract_facts("at 197 pence", EN)] == [(FactKind.MONEY, "GBP")]
    # French says "penny" of the British coin only: "cinq penny" for "five pence" (newstest2009, a BBC article).
    assert [(f.kind, f.unit) for f in extract_facts("cinq penny", FR)] == [(FactKind.MONEY, "GBP")]
