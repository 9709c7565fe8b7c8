"""The alignment evaluation's scoring on hand-made beads (no shared data needed): strict and lax counts as
vecalign's score.py defines them, one-sided recall, and beads with digits on both sides."""

from __future__ import annotations

from pathlib import Path

import pytest

from eval.alignment import Case, count, digit_beads, digit_misses, summary
from pipeline.model import BlockKind, Lang

B = BlockKind.BODY
EN = (("In 1719 it ended.", B), ("Winter came.", B), ("Books were found.", B), ("A caption.", B))
FR = (("En 1719, ce fut fini.", B), ("L'hiver vint.", B), ("On trouva des livres.", B))
GOLD = (((0, 1), (0, 1)), ((2,), (2,)), ((3,), ()))
CASE = Case("book", "book", EN, FR, GOLD)


def test_gold_scores_one_everywhere() -> None:
    s = summary(count(CASE, list(GOLD)))
    assert (s["precision"], s["recall"], s["f1"], s["lax_f1"]) == (1.0, 1.0, 1.0, 1.0)
    assert (s["one_sided_recall"], s["digit_recall"], s["digit_gold"]) == (1.0, 1.0, 1)


def test_split_bead_is_wrong_strictly_and_right_laxly() -> None:
    test = [((0,), (0,)), ((1,), (1,)), ((2,), (2,)), ((3,), ())]
    s = summary(count(CASE, test))
    # Strict: 2 of the 4 predicted beads are gold beads (the 1-1 on sentence 2 and the one-sided caption).
    assert s["precision"] == round(2 / 4, 4)
    assert s["lax_f1"] == 1.0
    assert s["digit_recall"] == 0.0
    assert digit_misses(CASE, test) == ["book: gold 2-2 (EN 0-1 / FR 0-1); ours 1-1 (EN 0 / FR 0) + 1-1 (EN 1 / FR 1)"]


def test_one_sided_bead_merged_is_not_found() -> None:
    test = [((0, 1), (0, 1)), ((2, 3), (2,))]
    s = summary(count(CASE, test))
    assert s["one_sided_recall"] == 0.0
    assert digit_misses(CASE, test) == []


def test_digit_beads_need_a_digit_on_both_sides() -> None:
    no_fr_digit = Case("b", "b", EN, (("En mil sept cent dix-neuf.", B), *FR[1:]), GOLD)
    assert digit_beads(CASE) == [((0, 1), (0, 1))]
    assert digit_beads(no_fr_digit) == []


# The cross-check evaluation: why an injected change was missed, from what the checker says about the changed pair.


def _cause(en: str, fr: str, changed: str) -> str:
    from eval.crosscheck import miss_cause
    from pipeline.run import check_segments

    return miss_cause(en, fr, changed, check_segments(en, changed))


def test_dropped_digit_against_a_word_figure_is_a_warning_cause() -> None:
    cause = _cause("Hamas injured five soldiers.", "Le Hamas a blessé 5 soldats.", "Le Hamas a blessé soldats.")
    assert cause.startswith("reported as a warning, not an error: ")
    assert "word-figure-one-sided" in cause


def test_dropped_model_number_is_a_label_cause() -> None:
    cause = _cause("The target was SA-8 missiles.", "La cible : des missiles SA-8.", "La cible : des missiles SA-.")
    assert cause.startswith("reported as a warning, not an error: ")
    assert "label-missing" in cause or "name-number-missing" in cause


def test_change_the_checker_does_not_see_is_its_own_cause() -> None:
    # "mid-evening news" carries no figure, so changing "20h" contradicts nothing the checker reads.
    cause = _cause("I was on the mid-evening news.", "J'étais au 20h.", "J'étais au 80h.")
    assert cause.startswith("not reported")


# The sentence evaluation's article layout: the SGML's headline and paragraph markup, and the boundaries the
# product's own reading of such a file gives.

SGML = """<srcset setid="t" srclang="any">
<doc docid="a/1" genre="news" origlang="en">
<hl>
<seg id="1"> Storm hits the coast </seg>
</hl>
<p>
<seg id="2"> Winds reached 150 km/h. </seg>
<seg id="3"> Two people died. </seg>
</p>
<seg id="4"> Police said. </seg>
<p>
<seg id="5"> Schools closed. </seg>
</p>
</doc>
<doc docid="b/2" genre="news" origlang="en">
<seg id="1"> No markup here. </seg>
</doc>
</srcset>
"""


def test_layout_groups_headline_and_paragraphs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from eval import wmt

    folder = tmp_path / "data" / "wmt-enfr"
    folder.mkdir(parents=True)
    (folder / "en.sgm").write_text(SGML, encoding="utf-8")
    (folder / "fr.sgm").write_text(SGML.replace("<p>", "").replace("</p>", ""), encoding="utf-8")
    monkeypatch.setenv("PARAFACTS_SHARED", str(tmp_path))
    monkeypatch.setattr(wmt, "SETS", (("t", "en.sgm", "fr.sgm", True),))
    assert wmt.read_layout(folder / "en.sgm") == {"a/1": ((1,), (2, 3), (5,))}
    docs = {d.docid: d for d in wmt.documents("all")}
    # A segment outside every group is a group of its own; the French file marks up less, so the English
    # layout serves both; a document with no markup on either side has none.
    assert wmt.layout(docs["a/1"], "en") == ((1,), (2, 3), (4,), (5,))
    assert wmt.layout(docs["a/1"], "fr") == ((1,), (2, 3), (4,), (5,))
    assert wmt.layout(docs["b/2"], "en") == ()


def test_article_layout_finds_the_headline_break() -> None:
    from eval.sentences import predict, predict_article

    text = "Storm hits the coast\n\nWinds reached 150 km/h. Two people died.\n\nSchools closed."
    gold = {text.index("Winds"), text.index("Two"), text.index("Schools")}
    assert predict_article(text, Lang.EN) == gold
    # The same segments run together in one paragraph: nothing marks the end of the headline.
    flat = " ".join(text.split())
    assert flat.index("Winds") not in predict(flat, Lang.EN)


# The alignment evaluation on our own sentences: units split by our segmenter, beads read back onto the units.


def test_own_sentences_split_a_line_and_map_back_to_it() -> None:
    from eval.alignment import own_sentences

    items = (("Là, tu aurais vu. --Eh bien ? Oui, il faut partir.", B), ("Va faire ta malle !", B))
    sentences, covers = own_sentences(items, Lang.FR, None)
    assert [s.text for s in sentences] == ["Là, tu aurais vu.", "--Eh bien ?", "Oui, il faut partir.",
                                           "Va faire ta malle !"]
    assert covers == [(0,), (0,), (0,), (1,)]


def test_own_sentences_on_an_article_find_segment_breaks_and_asides() -> None:
    from eval.alignment import own_sentences

    items = (("Storm hits the coast", B), ("Winds reached 150 km/h.", B), ("Two people died", B),
             ("and many were hurt.", B), ("Police outside the court. (Photo: AP)", BlockKind.CAPTION),
             ("Schools closed.", B))
    sentences, covers = own_sentences(items, Lang.EN, frozenset({0, 1, 5}))
    # The headline is a line of its own; "died" then a lower-case segment is one sentence over two units; the
    # aside is its own paragraph, which ingest splits into a caption and its credit.
    assert covers == [(0,), (1,), (2, 3), (4,), (4,), (5,)]
    assert [s.kind for s in sentences][3:5] == [BlockKind.CAPTION, BlockKind.CREDIT]


def test_beads_read_back_onto_units_are_widened_until_none_interleave() -> None:
    from eval.alignment import _contiguous

    # EN unit 0 has two sentences: one with FR 0, one with FR 2; FR 1 went one-sided between them.
    assert _contiguous([(0, 0), (0, 2), (1, 3)], 2, 4) == [((0,), (0, 1, 2)), ((1,), (3,))]
    assert _contiguous([(0, 0), (1, 1)], 2, 3) == [((0,), (0,)), ((1,), (1,)), ((), (2,))]


class _FixedDraws:
    """Stands in for the seeded generator: the first choice (the English side, the first aside), one position."""

    def __init__(self, pos: int) -> None:
        self.pos = pos

    def choice(self, options):  # type: ignore[no-untyped-def]
        return options[0]

    def randint(self, low: int, high: int) -> int:
        return self.pos


@pytest.mark.parametrize(("pos", "expected"), [
    (3, {"insert-aside": {0, 4}, "delete-one": {0, 3}, "delete-two": {0, 3}, "merge-two": {0, 3},
         "swap-neighbours": {0, 3}}),
    # Merged into the segment before it, the paragraph start at 3 is gone.
    (2, {"insert-aside": {0, 4}, "delete-one": {0, 2}, "delete-two": {0, 2}, "merge-two": {0},
         "swap-neighbours": {0, 3}}),
])
def test_altered_copies_keep_paragraph_starts(pos: int, expected: dict[str, set[int]]) -> None:
    from eval.alignment import WmtPair, altered_cases

    en = tuple(f"Sentence {i}." for i in range(6))
    fr = tuple(f"Phrase {i}." for i in range(6))
    pair = WmtPair("x/1", en, fr, frozenset({0, 3}), frozenset({0, 3}))
    cases = {c.group: c for c in altered_cases(pair, _FixedDraws(pos))}  # type: ignore[arg-type]
    assert cases.pop("original").en_breaks == {0, 3}
    assert {group: set(c.en_breaks) for group, c in cases.items()} == expected
    assert all(c.fr_breaks == {0, 3} for c in cases.values())


def test_whole_article_findings_outside_the_confirmed_list_are_grouped_by_code() -> None:
    from eval.crosscheck import Confirmed, articles
    from eval.wmt import WmtDoc

    doc = WmtDoc("set", "doc", "en", (1, 2), ("The storm killed 306 people.", "It rained for 3 days."),
                 ("La tempête a tué 316 personnes.", "Il a plu pendant 3 jours."))
    report = articles([doc], {})
    assert report["not_confirmed_by_code"] == {"value-differs": 1}
    assert report["not_confirmed_examples"] == {"value-differs": ["set/doc#1"]}
    confirmed = {("set", "doc", 1): Confirmed("set", "doc", 1, "wrong", "306 in EN, 316 in FR")}
    assert articles([doc], confirmed)["not_confirmed_by_code"] == {}
