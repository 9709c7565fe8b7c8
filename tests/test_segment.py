"""Sentence segmentation: a table per language, and spans that tile each block."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.ingest import read_document
from pipeline.langid import label_blocks
from pipeline.model import Block, BlockKind, Lang
from pipeline.segment import split_block, split_sentences
from tests.helpers import SEED_EN, SEED_FR


def _split(text: str, lang: Lang) -> list[str]:
    block = Block(index=0, kind=BlockKind.BODY, lang=lang, start=0, end=len(text), text=text)
    return [text[s:e] for s, e in split_block(block, lang)]


CASES = [
    pytest.param(Lang.EN, "It rose 3.5% in 2015. Then it fell.", ["It rose 3.5% in 2015.", "Then it fell."],
                 id="en-decimal-point"),
    pytest.param(Lang.EN, "Storm No. 10 hit on Jan. 5. It was bad.", ["Storm No. 10 hit on Jan. 5.", "It was bad."],
                 id="en-no-and-month-abbreviations"),
    pytest.param(Lang.EN, "Mr. Smith met Dr. Lee. They talked.", ["Mr. Smith met Dr. Lee.", "They talked."],
                 id="en-titles"),
    pytest.param(Lang.EN, "J. K. Rowling wrote 7 books. She is rich.", ["J. K. Rowling wrote 7 books.", "She is rich."],
                 id="en-initials"),
    pytest.param(Lang.EN, 'He said: "We won." Then he left.', ['He said: "We won."', "Then he left."],
                 id="en-closing-quote-stays"),
    pytest.param(Lang.EN, '"Yes." he said.', ['"Yes." he said.'], id="en-lowercase-after-quote-no-split"),
    pytest.param(Lang.EN, "Is it 5? Yes! It is.", ["Is it 5?", "Yes!", "It is."], id="en-question-exclamation"),
    pytest.param(Lang.EN, "It is slow... Nobody knows.", ["It is slow...", "Nobody knows."], id="en-ellipsis"),
    pytest.param(Lang.EN, "In the U.S. economy, 5 people died.", ["In the U.S. economy, 5 people died."],
                 id="en-acronym"),
    pytest.param(Lang.FR, "Il a atteint 78,3 %. Puis il a baissé.", ["Il a atteint 78,3 %.", "Puis il a baissé."],
                 id="fr-decimal-comma"),
    pytest.param(Lang.FR, "M. Dupont a vu le n° 10. Il est parti.", ["M. Dupont a vu le n° 10.", "Il est parti."],
                 id="fr-monsieur-and-numero"),
    pytest.param(Lang.FR, "Mme Durand a dit : « Oui. » Ensuite, rien.",
                 ["Mme Durand a dit : « Oui. »", "Ensuite, rien."], id="fr-guillemets"),
    pytest.param(Lang.FR, "Le No. 5 est là. Le n° 6 aussi.", ["Le No. 5 est là.", "Le n° 6 aussi."], id="fr-no"),
    pytest.param(Lang.FR, "Il y avait 7.300 toxicomanes. Entre 2013 et 2015, rien.",
                 ["Il y avait 7.300 toxicomanes.", "Entre 2013 et 2015, rien."], id="fr-thousands-dot"),
    pytest.param(Lang.FR, "Il est parti… Personne ne sait.", ["Il est parti…", "Personne ne sait."],
                 id="fr-ellipsis-char"),
    pytest.param(Lang.FR, '" une dame est même décédée. "', ['" une dame est même décédée. "'],
                 id="fr-closing-straight-quote-after-space-at-block-end"),
    pytest.param(Lang.EN, "Nghe An has nearly 7,300 addicts (Baonghean.vn), 78.3% of them.",
                 ["Nghe An has nearly 7,300 addicts (Baonghean.vn), 78.3% of them."], id="en-one-sentence-shortcut"),
    pytest.param(Lang.FR, "Selon J.-P. Martin, c'est faux.", ["Selon J.-P. Martin, c'est faux."],
                 id="fr-hyphenated-initials"),
    # Regressions found on WMT news (eval/sentences.py): a stop that ends a token ("3m.", "kW.", "p.m.") ends the
    # sentence unless the word is an abbreviation.
    pytest.param(Lang.EN, "It cost just £3m. But it earned more.", ["It cost just £3m.", "But it earned more."],
                 id="en-stop-glued-to-unit"),
    pytest.param(Lang.EN, "They met at 4 p.m. We left.", ["They met at 4 p.m.", "We left."],
                 id="en-pm-then-starter"),
    pytest.param(Lang.FR, "Une puissance de 88 kW. Et alors ?", ["Une puissance de 88 kW.", "Et alors ?"],
                 id="fr-stop-glued-to-unit"),
    pytest.param(Lang.FR, "Les revenus ont reculé à 4,1 Md$. Les analystes", ["Les revenus ont reculé à 4,1 Md$.",
                 "Les analystes"], id="fr-stop-after-md-dollar"),
    # Number prefixes abbreviate only before a number: "vol", "art", "mer" are words too.
    pytest.param(Lang.FR, "Il y aura un retard de vol. Le deuxième avion", ["Il y aura un retard de vol.",
                 "Le deuxième avion"], id="fr-vol-is-a-word"),
    pytest.param(Lang.FR, "Il est à 11 km de la mer. On dépense plus.", ["Il est à 11 km de la mer.",
                 "On dépense plus."], id="fr-mer-is-a-word"),
    pytest.param(Lang.EN, "It is modern art. As a result, no.", ["It is modern art.", "As a result, no."],
                 id="en-art-is-a-word"),
    pytest.param(Lang.EN, "See art. 5 of the law.", ["See art. 5 of the law."], id="en-art-before-number"),
    # Abbreviations that may end a sentence do so before a sentence-starting word only.
    pytest.param(Lang.EN, "It sold shares to Boeing Inc. The deal closed.", ["It sold shares to Boeing Inc.",
                 "The deal closed."], id="en-inc-then-starter"),
    pytest.param(Lang.EN, "The U.S. Army left the U.S. The war ended.", ["The U.S. Army left the U.S.",
                 "The war ended."], id="en-acronym-then-starter"),
    pytest.param(Lang.FR, "Il vit à Washington D.C. Bien que riche, il", ["Il vit à Washington D.C.",
                 "Bien que riche, il"], id="fr-acronym-then-starter"),
    pytest.param(Lang.FR, "Selon l'U.S. Census Bureau, rien.", ["Selon l'U.S. Census Bureau, rien."],
                 id="fr-elided-acronym"),
    pytest.param(Lang.EN, "It might have been Nathaniel P. Morris who won.",
                 ["It might have been Nathaniel P. Morris who won."], id="en-initial-before-name"),
    pytest.param(Lang.EN, "The stations Florenc, I. P. Pavlova and Muzeum.",
                 ["The stations Florenc, I. P. Pavlova and Muzeum."], id="en-run-of-initials-with-roman-letter"),
    pytest.param(Lang.FR, "Il a vu M. Le Pen. Puis il est parti.", ["Il a vu M. Le Pen.", "Puis il est parti."],
                 id="fr-monsieur-before-starter-word"),
    pytest.param(Lang.FR, "Il court 3 m. Il s'arrête.", ["Il court 3 m.", "Il s'arrête."],
                 id="fr-lowercase-m-is-metres"),
    pytest.param(Lang.EN, "It came to nothing. `Luckily, it did.", ["It came to nothing.", "`Luckily, it did."],
                 id="en-backtick-opens-quote"),
    # Punctuation alone is never a sentence: it joins the sentence before it (found aligning WMT news on our own
    # sentences, eval/alignment.py).
    pytest.param(Lang.FR, '"Je réserve ma réflexion à mes partenaires (...) ". La veille, il a parlé.',
                 ['"Je réserve ma réflexion à mes partenaires (...) ".', "La veille, il a parlé."],
                 id="fr-quote-and-stop-after-bracketed-ellipsis"),
    pytest.param(Lang.EN, "We watch it closely . . Glitter came back.", ["We watch it closely . .",
                 "Glitter came back."], id="en-stray-stop"),
    pytest.param(Lang.EN, ". . . He came back. Then he left.", [". . . He came back.", "Then he left."],
                 id="en-leading-stops-join-the-next-sentence"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_split(lang: Lang, text: str, expected: list[str]) -> None:
    assert _split(text, lang) == expected


def test_seed_sentence_counts() -> None:
    en = split_sentences(label_blocks(read_document(SEED_EN, Lang.EN)))
    fr = split_sentences(label_blocks(read_document(SEED_FR, Lang.FR)))
    # 19 English text blocks (Vietnamese captions are source-language blocks), one of them two sentences.
    assert len(en) == 20
    assert len(fr) == 21
    assert en[11].text.startswith("In the period 2013 - 2015")
    assert fr[12].text.startswith("Entre 2013 et 2015")


_WORDS = st.sampled_from(
    ["It", "rose", "3.5%", "No.", "10", "Mr.", "Smith", "«", "»", "Oui", "M.", "le", "n°", "7 300", "78,3",
     "J.", "K.", "a", "b", "U.S.", "(5ème)", '"', "Yes", "…"]
)
_ENDS = st.sampled_from([".", "!", "?", "...", "", ".\"", ". »"])


@settings(max_examples=150, deadline=None)
@given(
    sentences=st.lists(st.tuples(st.lists(_WORDS, min_size=1, max_size=8), _ENDS), min_size=1, max_size=5),
    lang=st.sampled_from([Lang.EN, Lang.FR]),
)
def test_spans_tile_the_block(sentences: list[tuple[list[str], str]], lang: Lang) -> None:
    text = " ".join(" ".join(words) + end for words, end in sentences)
    block = Block(index=0, kind=BlockKind.BODY, lang=lang, start=3, end=3 + len(text), text=text)
    spans = split_block(block, lang)
    assert spans, "a block with text has at least one sentence"
    assert spans[0][0] == 3 and spans[-1][1] == 3 + len(text.rstrip())
    for (s1, e1), (s2, e2) in itertools.pairwise(spans):
        assert s1 < e1 <= s2 < e2
        assert text[e1 - 3:s2 - 3].strip() == "", "only white space between sentences"
