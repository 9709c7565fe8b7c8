"""Sentence alignment: a table of small articles with a known answer, and the invariants of every answer."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from pipeline.align import (
    ALIGN_VERSION,
    BEAD_TYPES,
    AlignParams,
    _band,
    _bead_costs,
    _drop_spent,
    _occurrences,
    _pair_dots,
    _path_centre,
    _side,
    _weights,
    align_sentences,
    align_sentences_with,
    sentence_anchors,
)
from pipeline.lang.lexicon import entries, lexicon_anchor
from pipeline.model import Bead, BlockKind, Sentence

B, C, D, T, Y, L = (
    BlockKind.BODY,
    BlockKind.CAPTION,
    BlockKind.DATELINE,
    BlockKind.TITLE,
    BlockKind.BYLINE,
    BlockKind.LEDE,
)

# A small article and its translation, sentence by sentence.
EN = [
    "Nghe An has nearly 7,300 drug addicts, but few have been successfully rehabilitated.",
    "On the morning of January 22, the Department of Labour held a conference in Vinh.",
    "According to the report, 367 of 480 communes and wards have drugs, or 78.3% of the total.",
    "Most addicts use opium and heroin.",
    "The province runs 8 centres and applies 3 treatment models at community level.",
    "These models helped 306 people recover and gave vocational training to 60 people.",
]
FR = [
    "Nghe An compte près de 7 300 toxicomanes, mais peu ont été réhabilités avec succès.",
    "Le matin du 22 janvier, le Département du Travail a organisé une conférence à Vinh.",
    "Selon le rapport, 367 des 480 communes et quartiers ont des drogues, soit 78,3 % du total.",
    "La plupart des toxicomanes consomment de l'opium et de l'héroïne.",
    "La province gère 8 centres et applique 3 modèles de traitement au niveau communautaire.",
    "Ces modèles ont permis à 306 personnes de guérir et ont formé 60 personnes à un métier.",
]
FR_2_3 = FR[2][:-1] + " ; " + FR[3][0].lower() + FR[3][1:]  # FR sentences 2 and 3 as one sentence
# FR sentences 0 to 3 as one sentence: with no 4-1 bead, one English sentence would be left out as untranslated.
FR_0_3 = (
    "Nghe An compte près de 7 300 toxicomanes, dont peu ont été réhabilités ; le 22 janvier, le Département du Travail"
    " a tenu une conférence à Vinh, où l'on a appris que 367 des 480 communes ont des drogues (78,3 %), et que la"
    " plupart consomment de l'opium et de l'héroïne."
)
EN_4_5 = EN[4][:-1] + ", and these models helped 306 people recover and trained 60 people."
CAPTION_EN = "Delegates at the conference. Photo: Hai Thuong."
CAPTION_FR = "Les délégués à la conférence. Photo : Hai Thuong."
DATELINE_EN = "VINH, Jan 23 (Baonghean.vn) -"


def sents(*items: tuple[str, BlockKind]) -> list[Sentence]:
    out, offset = [], 0
    for index, (text, kind) in enumerate(items):
        out.append(Sentence(index=index, block=index, kind=kind, start=offset, end=offset + len(text), text=text))
        offset += len(text) + 1
    return out


def body(texts: list[str]) -> list[tuple[str, BlockKind]]:
    return [(t, B) for t in texts]


def links(beads: tuple[Bead, ...]) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    return [(b.en, b.fr) for b in beads]


def one_to_one(count: int, start_en: int = 0, start_fr: int = 0) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    return [((start_en + k,), (start_fr + k,)) for k in range(count)]


ALIGN_CASES = [
    pytest.param(body(EN), body(FR), one_to_one(6), id="one-to-one"),
    pytest.param(
        [*body(EN[:2]), (CAPTION_EN, C), *body(EN[2:])],
        body(FR),
        [*one_to_one(2), ((2,), ()), *one_to_one(4, 3, 2)],
        id="caption-en-only",
    ),
    pytest.param(
        body(EN),
        [*body(FR[:3]), (CAPTION_FR, C), *body(FR[3:])],
        [*one_to_one(3), ((), (3,)), *one_to_one(3, 3, 4)],
        id="caption-fr-only",
    ),
    pytest.param(
        [*body(EN[:3]), (CAPTION_EN, C), *body(EN[3:])],
        [*body(FR[:3]), (CAPTION_FR, C), *body(FR[3:])],
        one_to_one(7),
        id="caption-both-sides",
    ),
    pytest.param(
        [(DATELINE_EN, D), (EN[0], L), *body(EN[1:])],
        [(FR[0], L), *body(FR[1:])],
        [((0,), ()), *one_to_one(6, 1, 0)],
        id="dateline-en-only",
    ),
    pytest.param(
        [("Nghe An: 7,300 drug addicts", T), *body(EN)],
        [("Nghe An : 7 300 toxicomanes", T), *body(FR)],
        one_to_one(7),
        id="title-then-body",
    ),
    pytest.param(
        # One headline ends with a full stop, so ingest calls it a lede; the other is a title. They still pair.
        [("Nghe An: 7,300 drug addicts", T), *body(EN)],
        [("Nghe An : 7 300 toxicomanes.", L), *body(FR)],
        one_to_one(7),
        id="title-pairs-with-headline-read-as-lede",
    ),
    pytest.param(
        [("Nghe An: 7,300 drug addicts", T), (EN[0], L), *body(EN[1:])],
        [(FR[0], L), *body(FR[1:])],
        [((0,), ()), *one_to_one(6, 1, 0)],
        id="title-en-only",
    ),
    pytest.param(
        body(EN), body([*FR[:2], FR_2_3, *FR[4:]]), [*one_to_one(2), ((2, 3), (2,)), *one_to_one(2, 4, 3)], id="2-1"
    ),
    pytest.param(body([*EN[:4], EN_4_5]), body(FR), [*one_to_one(4), ((4,), (4, 5))], id="1-2"),
    pytest.param(body(EN), body([FR_0_3, *FR[4:]]), [((0, 1, 2, 3), (0,)), *one_to_one(2, 4, 1)], id="4-1"),
    pytest.param(body([FR_0_3, *FR[4:]]), body(EN), [((0,), (0, 1, 2, 3)), *one_to_one(2, 1, 4)], id="1-4"),
    pytest.param(body(EN), body(FR[:2] + FR[3:]), [*one_to_one(2), ((2,), ()), *one_to_one(3, 3, 2)], id="deleted-fr"),
    pytest.param(body(EN[:1] + EN[2:]), body(FR), [((0,), (0,)), ((), (1,)), *one_to_one(4, 1, 2)], id="deleted-en"),
    pytest.param(
        body(EN),
        body([*FR[:2], FR[3], FR[2], *FR[4:]]),
        # The best monotone answer keeps both sentences paired: one 2-2 bead over the swapped pair.
        [*one_to_one(2), ((2, 3), (2, 3)), *one_to_one(2, 4, 4)],
        id="swapped-neighbours",
    ),
    pytest.param([], [], [], id="both-empty"),
    pytest.param(body(EN[:2]), [], [((0,), ()), ((1,), ())], id="fr-empty"),
    pytest.param([], body(FR[:2]), [((), (0,)), ((), (1,))], id="en-empty"),
    pytest.param(
        [(EN[0], B), ("Photo: Hai Thuong.", C)],
        [(EN[0].replace("7,300", "7 300"), B)],
        [((0,), (0,)), ((1,), ())],
        id="caption-not-merged-into-body",
    ),
    pytest.param(
        [("Minh Quan", Y)],
        [("Minh Quan", B)],
        # Neighbouring one-sided beads are ordered by relative position, then text, then kind ("body" < "byline").
        [((), (0,)), ((0,), ())],
        id="byline-never-pairs-with-body",
    ),
]


@pytest.mark.parametrize(("en", "fr", "expected"), ALIGN_CASES)
def test_align_cases(
    en: list[tuple[str, BlockKind]],
    fr: list[tuple[str, BlockKind]],
    expected: list[tuple[tuple[int, ...], tuple[int, ...]]],
) -> None:
    assert links(align_sentences(sents(*en), sents(*fr))) == expected


def test_good_pairs_score_high_and_one_sided_low() -> None:
    beads = align_sentences(sents(*body(EN[:2]), (CAPTION_EN, C), *body(EN[2:])), sents(*body(FR)))
    for bead in beads:
        if bead.en and bead.fr:
            assert bead.score > 0.8
        else:
            assert bead.score < 0.2


def test_poor_match_scores_lower_than_translation() -> None:
    good = align_sentences(sents((EN[2], B)), sents((FR[2], B)))
    poor = align_sentences(sents((EN[2], B)), sents((FR[3], B)))
    assert good[0].score > poor[0].score


def test_length_only_flag_ignores_words() -> None:
    params = AlignParams(lexical=False)
    beads = align_sentences_with(sents(*body(EN)), sents(*body(FR)), params)
    assert links(beads) == one_to_one(6)


def test_version_is_a_string() -> None:
    assert isinstance(ALIGN_VERSION, str) and ALIGN_VERSION


def test_long_repeated_article_aligns_one_to_one() -> None:
    # Far wider than the first band: the band has to be placed right all along (its speed is in ``make bench``).
    assert links(align_sentences(sents(*body(EN * 400)), sents(*body(FR * 400)))) == one_to_one(2400)


# A long article whose sentences share numbers and town names (so the first pass pairs them with confidence) and
# whose "winter" / "hiver" recur in the same pairs: enough for the second pass to learn that they translate.
TOWNS = ["Vinh", "Hanoi", "Hue", "Danang", "Saigon", "Cantho", "Haiphong", "Dalat", "Nhatrang", "Quynhon"]
TEMPLATES = [
    ("In {y}, the council of {t} built {k} houses near the river.",
     "En {y}, le conseil de {t} a construit {k} maisons près du fleuve."),
    ("That winter, {k} families in {t} lacked bread and wood.",
     "Cet hiver-là, {k} familles de {t} manquaient de pain et de bois."),
    ("The farmers of {t} sold {k} tonnes of rice in {y}.", "Les paysans de {t} ont vendu {k} tonnes de riz en {y}."),
    ("Every winter since {y}, the school of {t} has closed for {k} days.",
     "Chaque hiver depuis {y}, l'école de {t} ferme pendant {k} jours."),
    ("A bridge of {k} metres now links {t} to the coast.", "Un pont de {k} mètres relie désormais {t} à la côte."),
]
# One English sentence rendered as two French ones; the second shares nothing with it but "hiver" = "winter", and
# its length fits the next pair as well.
WINTER_EN = [
    "The harvest of Vinh ended with the summer of 1719, and the following winter was hard.",
    "The mayor, who had kept the old library of his father, ordered new books for the school and asked the farmers"
    " to pay for them with rice.",
]
WINTER_FR = [
    "La récolte de Vinh s'acheva avec la toute fin de l'été de l'année 1719.",
    "L'hiver suivant fut dur.",
    "Le maire, qui gardait la bibliothèque de son père, commanda des livres pour l'école, payés en riz.",
]


def long_article(pairs: int) -> tuple[list[str], list[str]]:
    """``pairs`` template pairs with the winter sentences in the middle."""
    en, fr = [], []
    for i in range(pairs):
        template_en, template_fr = TEMPLATES[i % len(TEMPLATES)]
        values = {"y": 1900 + 7 * i, "t": TOWNS[3 * i % len(TOWNS)], "k": 11 + 13 * i}
        en.append(template_en.format(**values))
        fr.append(template_fr.format(**values))
    half = pairs // 2
    return en[:half] + WINTER_EN + en[half:], fr[:half] + WINTER_FR + fr[half:]


def winter_beads(beads: tuple[Bead, ...], pairs: int) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    half = pairs // 2
    return [link for link in links(beads) if half in link[0] or half + 1 in link[0]]


# The learned lexicon's tests leave the built-in one out: it knows "winter" = "hiver" and "following" = "suivant".
NO_DICTIONARY = AlignParams(dictionary_weight=0.0)


def test_learned_lexicon_pairs_a_sentence_sharing_only_translated_words() -> None:
    en, fr = long_article(80)
    learned = align_sentences_with(sents(*body(en)), sents(*body(fr)), NO_DICTIONARY)
    assert winter_beads(learned, 80) == [((40,), (40, 41)), ((41,), (42,))]
    check_invariants(learned, sents(*body(en)), sents(*body(fr)))
    # Without the second pass, "L'hiver suivant fut dur." shares no anchor and goes with the next sentence.
    first_pass = align_sentences_with(
        sents(*body(en)), sents(*body(fr)), replace(NO_DICTIONARY, lexicon_min_beads=0)
    )
    assert winter_beads(first_pass, 80) == [((40,), (40,)), ((41,), (41, 42))]


def test_short_article_learns_no_lexicon() -> None:
    en, fr = long_article(40)  # fewer confident pairs than lexicon_min_beads
    assert AlignParams().lexicon_min_beads > 40
    default = align_sentences_with(sents(*body(en)), sents(*body(fr)), NO_DICTIONARY)
    first_pass = align_sentences_with(sents(*body(en)), sents(*body(fr)), replace(NO_DICTIONARY, lexicon_min_beads=0))
    assert default == first_pass
    assert winter_beads(default, 40) == [((20,), (20,)), ((21,), (21, 22))]
    # The same article learns a lexicon, and pairs the winter sentences, once the bar is lowered to its size.
    lowered = align_sentences_with(sents(*body(en)), sents(*body(fr)), replace(NO_DICTIONARY, lexicon_min_beads=30))
    assert winter_beads(lowered, 40) == [((20,), (20, 21)), ((21,), (22,))]


def test_built_in_lexicon_pairs_a_short_sentence_without_learning() -> None:
    # An article far too short to learn from: "L'hiver suivant fut dur." joins its translation through the
    # built-in "winter" = "hiver" and "following" = "suivant" alone.
    en, fr = body(WINTER_EN + EN), body(WINTER_FR + FR)
    beads = align_sentences(sents(*en), sents(*fr))
    assert links(beads)[:2] == [((0,), (0, 1)), ((1,), (2,))]
    check_invariants(beads, sents(*en), sents(*fr))
    assert links(align_sentences_with(sents(*en), sents(*fr), NO_DICTIONARY))[:2] == [((0,), (0,)), ((1,), (1, 2))]


def test_built_in_lexicon_anchors_are_shared_across_languages_and_plurals() -> None:
    assert "d:winter" in sentence_anchors("The following winter was hard.")
    assert sentence_anchors("L'hiver suivant fut dur.") >= {"d:winter", "d:following"}
    assert lexicon_anchor("hivers") == lexicon_anchor("winters") == "d:winter"
    assert lexicon_anchor("pays") is None  # also an English word ("he pays"): left out
    assert lexicon_anchor("bus") is None  # a word ending in s that is not a plural of a listed form


def test_number_words_anchor_as_their_number() -> None:
    assert "n:3" in sentence_anchors("Three people died.")
    assert "n:3" in sentence_anchors("Trois personnes sont mortes.")
    assert "n:3" in sentence_anchors("3 personnes sont mortes.")
    assert lexicon_anchor("sept") is None  # English "Sept." is September
    # A figure in words on one side and in digits on the other is an anchor the two sentences share.
    shared = sentence_anchors("The storm killed three people.") & sentence_anchors("La tempête a tué 3 personnes.")
    assert shared >= {"n:3", "d:killed"}


def test_a_dialogue_dash_is_a_quotation_mark_but_an_inner_dash_is_not() -> None:
    assert "q:quote" in sentence_anchors('" Well, we must go. "')
    assert "q:quote" in sentence_anchors("--Eh bien, il faut partir.")
    assert "q:quote" in sentence_anchors("Il se tut. --Eh bien ?")
    assert "q:quote" not in sentence_anchors("Until the end of June--and no later.")


def test_built_in_lexicon_lists_no_form_twice_and_no_cognate() -> None:
    forms = [form for english, french in entries() for form in english + french]
    assert len(forms) == len(set(forms)) > 500
    cognates = [(e, f) for english, french in entries() for e in english for f in french
                if min(len(e), len(f)) >= 4 and e[:4] == f[:4]]
    assert cognates == []


@pytest.mark.parametrize("half", [1, 3])
def test_second_pass_band_around_the_first_path_finds_the_full_band_answer(half: int) -> None:
    # A band of half-width 1 or 3 around the first pass's path has to widen until the answer clears its edges.
    en, fr = sents(*body(long_article(80)[0])), sents(*body(long_article(80)[1]))
    narrow = align_sentences_with(en, fr, AlignParams(guided_half_band=half))
    full = align_sentences_with(en, fr, AlignParams(guided_half_band=200))
    assert narrow == full
    assert winter_beads(full, 80) == [((40,), (40, 41)), ((41,), (42,))]


def test_path_centre_covers_one_sided_runs_and_merged_rows() -> None:
    t01, t11, t21 = BEAD_TYPES.index((0, 1)), BEAD_TYPES.index((1, 1)), BEAD_TYPES.index((2, 1))
    # Two French sentences alone, then 1-1, then a 2-1 bead: grid cells (0,1) (0,2) (1,3) (3,4).
    path = [(t01, 0, 1), (t01, 0, 2), (t11, 1, 3), (t21, 3, 4)]
    assert _path_centre(path, 3).tolist() == [1.0, 3.0, 3.5, 4.0]


def test_learned_lexicon_mirrors_when_sides_swap() -> None:
    en, fr = long_article(80)
    forward = align_sentences(sents(*body(en)), sents(*body(fr)))
    backward = align_sentences(sents(*body(fr)), sents(*body(en)))
    assert [Bead(b.fr, b.en, b.score) for b in backward] == list(forward)


# Properties -----------------------------------------------------------------------------------------------------

WORDS = ["the", "la", "report", "rapport", "Obama", "7,300", "7 300", "78.3", "22", "Vinh", "commune", "drogue", "?"]
KINDS = [B, B, B, L, C, D, Y, T, BlockKind.CREDIT, BlockKind.BOILERPLATE]

sentence_items = st.tuples(
    st.lists(st.sampled_from(WORDS), min_size=0, max_size=12).map(" ".join), st.sampled_from(KINDS)
)
sides = st.lists(sentence_items, min_size=0, max_size=14)

_GROUP = {B: 0, L: 0}
ALLOWED = set(BEAD_TYPES)
LEXICON_ALWAYS = AlignParams(lexicon_min_beads=1, lexicon_min_count=2)


def check_invariants(beads: tuple[Bead, ...], en: list[Sentence], fr: list[Sentence]) -> None:
    assert [i for b in beads for i in b.en] == list(range(len(en)))
    assert [j for b in beads for j in b.fr] == list(range(len(fr)))
    for b in beads:
        assert (len(b.en), len(b.fr)) in ALLOWED
        assert 0.0 <= b.score <= 1.0
        for side, sentences in ((b.en, en), (b.fr, fr)):
            groups = {_GROUP.get(sentences[k].kind, sentences[k].kind) for k in side}
            assert len(groups) <= 1, "sentences of different kinds merged"


# The defaults, the second pass forced on small articles (a lexicon learned from a single confident bead), and the
# coverage reward alone in charge of the lexical evidence.
PARAMS = [
    pytest.param(AlignParams(), id="defaults"),
    pytest.param(LEXICON_ALWAYS, id="second-pass"),
    pytest.param(AlignParams(lexical_weight=0.0, coverage_weight=12.0), id="coverage-only"),
]


def brute_force_cover(
    dense: list[list[float]], norm_en: list[float], norm_fr: list[float], i: int, j: int, a: int, b: int
) -> float:
    """The coverage of the a-b bead ending at grid cell (i, j), sentence by sentence."""
    en_side, fr_side = range(i - a, i), range(j - b, j)
    share = 0.0
    for k in en_side:
        if norm_en[k]:
            share += min(1.0, sum(dense[k][q] for q in fr_side) / norm_en[k])
    for q in fr_side:
        if norm_fr[q]:
            share += min(1.0, sum(dense[k][q] for k in en_side) / norm_fr[q])
    return share


@settings(max_examples=80, deadline=None)
@given(en_items=sides.filter(bool), fr_items=sides.filter(bool), half=st.sampled_from([1, 2, 40]))
def test_coverage_reward_matches_a_sentence_by_sentence_sum(
    en_items: list[tuple[str, BlockKind]], fr_items: list[tuple[str, BlockKind]], half: int
) -> None:
    # The vectorised coverage of every bead over the band (narrow bands included, where spans reach past the band's
    # edges) equals its definition: each sentence's dot with the other side's span over its own norm, at most 1.
    en, fr = sents(*en_items), sents(*fr_items)
    anchors_en = [sentence_anchors(s.text) for s in en]
    anchors_fr = [sentence_anchors(s.text) for s in fr]
    params = AlignParams(coverage_weight=1.0)
    weights = _weights(anchors_en, anchors_fr, params)
    ids = {anchor: k for k, anchor in enumerate(weights)}
    vector = np.array(list(weights.values()), dtype=np.float64)
    occ_en, occ_fr = _occurrences(anchors_en, ids, vector), _occurrences(anchors_fr, ids, vector)
    side_en, side_fr = _side(en, 100.0, params), _side(fr, 100.0, params)
    band = _band(side_en, side_fr, half)
    dots = _pair_dots(occ_en[:2], occ_fr[:2], vector, len(en), len(fr), band)
    args = (side_en, side_fr, band, dots, occ_en[2], occ_en[3], occ_fr[2], occ_fr[3])
    with_cover = _bead_costs(*args, params).cost
    without = _bead_costs(*args, AlignParams(coverage_weight=0.0)).cost
    # As for the cosine, a pair's dot counts only where the pair lies inside the band (row k holds lo[k] ..).
    def inside(k: int, q: int) -> bool:
        return int(band.lo[k]) <= q < int(band.lo[k]) + band.width

    dense = [
        [sum(weights.get(x, 0.0) for x in e & f) if inside(k, q) else 0.0 for q, f in enumerate(anchors_fr)]
        for k, e in enumerate(anchors_en)
    ]
    norm_en = [sum(weights.get(x, 0.0) for x in e) for e in anchors_en]
    norm_fr = [sum(weights.get(x, 0.0) for x in f) for f in anchors_fr]
    for t, (a, b) in enumerate(BEAD_TYPES):
        for i in range(len(en) + 1):
            for c in range(band.width):
                j = int(band.lo[i]) + c
                if not np.isfinite(without[t, i, c]) or not (a and b):
                    continue
                expected = -0.5 * brute_force_cover(dense, norm_en, norm_fr, i, j, a, b)
                assert with_cover[t, i, c] - without[t, i, c] == pytest.approx(expected, abs=1e-9)


@pytest.mark.parametrize("params", PARAMS)
@settings(max_examples=150, deadline=None)
@given(en_items=sides, fr_items=sides)
def test_beads_cover_every_sentence_once_in_order(
    params: AlignParams, en_items: list[tuple[str, BlockKind]], fr_items: list[tuple[str, BlockKind]]
) -> None:
    en, fr = sents(*en_items), sents(*fr_items)
    check_invariants(align_sentences_with(en, fr, params), en, fr)


@settings(max_examples=150, deadline=None)
@given(en_items=sides, fr_items=sides)
def test_alignment_is_deterministic(
    en_items: list[tuple[str, BlockKind]], fr_items: list[tuple[str, BlockKind]]
) -> None:
    en, fr = sents(*en_items), sents(*fr_items)
    assert align_sentences(en, fr) == align_sentences(list(en), list(fr))


@pytest.mark.parametrize("params", PARAMS)
@settings(max_examples=200, deadline=None)
@given(en_items=sides, fr_items=sides)
# Two pairs of equal cost that differ only in kind: the tie-breaker has to see the kind.
@example(en_items=[("", B), ("", BlockKind.BOILERPLATE)], fr_items=[("", BlockKind.BOILERPLATE), ("", B)])
# A tie whose position and progress breakers cancel exactly (1 sentence against 10, all empty): their weights must
# have no simple ratio, or the order of summation picks the bead.
@example(en_items=[("", B)], fr_items=[("", B)] * 10)
def test_swapping_sides_mirrors_beads(
    params: AlignParams, en_items: list[tuple[str, BlockKind]], fr_items: list[tuple[str, BlockKind]]
) -> None:
    en, fr = sents(*en_items), sents(*fr_items)
    forward = align_sentences_with(en, fr, params)
    backward = align_sentences_with(fr, en, params)
    assert [Bead(b.fr, b.en, b.score) for b in backward] == list(forward)


@settings(max_examples=60, deadline=None)
@given(items=st.lists(sentence_items, min_size=1, max_size=14))
def test_identical_sides_align_one_to_one(items: list[tuple[str, BlockKind]]) -> None:
    en = sents(*items)
    assert links(align_sentences(en, en)) == one_to_one(len(en))


def test_running_sums_are_freed_once_no_later_bead_type_builds_on_them() -> None:
    # Every running sum a bead type builds on: (x, b) for x <= a by rows, (a, y) for y <= b by columns.
    by_rows = {(x, b) for a, b in BEAD_TYPES if a and b for x in range(1, a + 1)}
    by_cols = {(a, y) for a, b in BEAD_TYPES if a and b for y in range(1, b + 1)}
    columns = {x for a, b in BEAD_TYPES if a and b for x in range(1, a + 1)}
    z = np.zeros(1)
    spans, en, fr, cols = ({k: z for k in by_rows}, {k: z for k in by_rows}, {k: z for k in by_cols},
                           {k: z for k in columns})
    for t in range(len(BEAD_TYPES)):
        later = BEAD_TYPES[t + 1 :]
        _drop_spent(later, spans, en, fr, cols)
        assert {(x, b) for a, b in later if a and b for x in range(1, a + 1)} <= set(spans) == set(en)
        assert {(a, y) for a, b in later if a and b for y in range(1, b + 1)} <= set(fr)
        assert {x for a, b in later if a and b for x in range(1, a + 1)} <= set(cols)
    assert not spans and not en and not fr and not cols
