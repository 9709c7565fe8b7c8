"""Evaluate the sentence aligner against manual and constructed gold alignments.

Run ``python -m eval.alignment``: prints a scoreboard on stdout, progress and timings on stderr, and writes
``eval/out/alignment.json`` (deterministic: no timings in it).

Data come from the shared folder (``$PARAFACTS_SHARED``, default ``<repo root>/../shared``) and are read in place,
never copied:

* TransRead EN-FR (``data/align-gold/transread-enfr``): 11 novels with manual beads. Dev books (used for tuning):
  JaneEyre, Emma, TheLastOfTheMohicans; test books: the other 8. Each line is one body sentence.
* WMT news (``data/wmt-enfr``): documents whose ``origlang`` is en or fr, and all of newstest2014; each segment is
  one sentence and gold is 1-1 by segment id. Altered copies with a known answer (fixed seed): a one-sided caption
  or byline inserted, one or two sentences deleted, two sentences merged into one, two neighbours swapped (gold:
  one 2-2 bead over the swapped pair, the best monotone answer), all on a random side. Settings were tuned on the
  2008-2013 sets; newstest2014 is reported apart as held out.

Scores follow Sennrich & Volk (2011) as implemented in vecalign's ``score.py``: strict precision counts every
predicted bead (one-sided ones too) that equals a gold bead; strict recall counts the two-sided gold beads found
among the two-sided predicted beads; lax counts a bead that overlaps one of the other side on both sides. We add:
``one_sided_recall``, the share of one-sided gold beads all of whose sentences come out one-sided, and
``digit_recall``, the strict recall of two-sided gold beads with a digit on both sides.

Baselines in the same run: ``nltk-gale-church`` (``nltk.translate.gale_church.align_blocks`` on the non-space
character lengths of whole documents; its links are grouped into beads by connected component, and sentences it
does not mention become 1-0/0-1 beads) and ``length-only`` (this aligner with ``AlignParams(lexical=False)``).
nltk's pure-Python quadratic DP is slow, so on WMT it runs on newstest2014 only unless ``--full-baselines``.

Flags: ``--quick`` (this aligner only, no speed check), ``--serial`` (one process), ``--full-baselines``.
"""

from __future__ import annotations

import json
import random
import re
import sys
import time
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from eval.wmt import SETS, WmtDoc, layout, read_sgml, shared_dir
from pipeline.align import ALIGN_VERSION, AlignParams, align_sentences, align_sentences_with
from pipeline.ingest import LETTER_OR_DIGIT, parse_blocks
from pipeline.model import Bead, Block, BlockKind, Lang, Sentence
from pipeline.segment import split_block

Link = tuple[tuple[int, ...], tuple[int, ...]]
Item = tuple[str, BlockKind]
Aligner = Callable[["Case"], list[Link]]

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "eval" / "out" / "alignment.json"
DEV_BOOKS = ("JaneEyre", "Emma", "TheLastOfTheMohicans")
SEED = 20240601
# The sets of eval/wmt.py with newstest2014 last: the seeded alterations are drawn in this order.
WMT_PAIRS = (*SETS[1:], SETS[0])
ALTERATIONS = ("original", "insert-aside", "delete-one", "delete-two", "merge-two", "swap-neighbours")


# Data ------------------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Case:
    """One document pair with its gold beads."""

    name: str
    group: str  # book name, or WMT alteration kind
    en: tuple[Item, ...]
    fr: tuple[Item, ...]
    gold: tuple[Link, ...]
    # For a WMT document with layout markup: the items that start a headline or a paragraph, per side (an empty set
    # when the SGML has none, as in newstest2014).
    en_breaks: frozenset[int] = frozenset()
    fr_breaks: frozenset[int] = frozenset()


def _parse_link(line: str) -> Link:
    left, right = line.strip().split("]:[")
    en = tuple(int(x) for x in left.strip("[] ").split(",") if x.strip())
    fr = tuple(int(x) for x in right.strip("[] ").split(",") if x.strip())
    return en, fr


def read_transread(folder: Path) -> list[Case]:
    cases = []
    for gold_path in sorted(folder.glob("*.gold")):
        book = gold_path.stem
        en = tuple((line.rstrip("\n"), BlockKind.BODY) for line in _lines(folder / f"{book}.en"))
        fr = tuple((line.rstrip("\n"), BlockKind.BODY) for line in _lines(folder / f"{book}.fr"))
        gold = tuple(_parse_link(line) for line in _lines(gold_path) if line.strip())
        cases.append(Case(book, book, en, fr, gold))
    return cases


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


@dataclass(frozen=True, slots=True)
class WmtPair:
    """One clean EN-FR document, segment-aligned 1:1, with the segments that start a headline or paragraph."""

    name: str
    en: tuple[str, ...]
    fr: tuple[str, ...]
    en_breaks: frozenset[int]
    fr_breaks: frozenset[int]


def read_wmt(folder: Path) -> list[WmtPair]:
    """Clean EN-FR document pairs, segment-aligned 1:1."""
    pairs = []
    for set_name, en_file, fr_file, take_all in WMT_PAIRS:
        en_docs, fr_docs = read_sgml(folder / en_file), read_sgml(folder / fr_file)
        for docid, (origlang, en_segs) in en_docs.items():
            if not (take_all or origlang in ("en", "fr")) or docid not in fr_docs:
                continue
            fr_segs = fr_docs[docid][1]
            ids = sorted(en_segs.keys() & fr_segs.keys())
            if not ids:
                continue
            doc = WmtDoc(set_name, docid, origlang, tuple(ids), tuple(en_segs[i] for i in ids),
                         tuple(fr_segs[i] for i in ids))
            breaks = [_breaks(layout(doc, lang), doc.ids) for lang in ("en", "fr")]
            pairs.append(WmtPair(f"{en_file.split('-src')[0]}/{docid}", doc.en, doc.fr, *breaks))
    return pairs


def _breaks(groups: Sequence[Sequence[int]], ids: Sequence[int]) -> frozenset[int]:
    """The positions in ``ids`` of the segments that start a layout group."""
    where = {i: k for k, i in enumerate(ids)}
    return frozenset(where[g[0]] for g in groups if g and g[0] in where)


ASIDES_EN = (
    ("Delegates attend the conference in the capital. Photo: Reuters", BlockKind.CAPTION),
    ("A view of the harbour at dawn. Photo: AFP/Getty Images", BlockKind.CAPTION),
    ("By Jonathan Smith and Maria Lopez", BlockKind.BYLINE),
    ("Police officers outside the court on Monday. (Photo: AP)", BlockKind.CAPTION),
)
ASIDES_FR = (
    ("Des délégués assistent à la conférence dans la capitale. Photo : Reuters", BlockKind.CAPTION),
    ("Vue du port à l'aube. Photo : AFP/Getty Images", BlockKind.CAPTION),
    ("Par Jean Dupont et Marie Lefèvre", BlockKind.BYLINE),
    ("Des policiers devant le tribunal lundi. (Photo : AP)", BlockKind.CAPTION),
)


def altered_cases(pair: WmtPair, rng: random.Random) -> list[Case]:
    """The original pair and one altered copy per alteration kind, each with its gold beads. A paragraph start
    deleted or merged away passes to the segment that takes its place; an inserted aside is a paragraph of its own."""
    name, n = pair.name, len(pair.en)
    items_en = [(t, BlockKind.BODY) for t in pair.en]
    items_fr = [(t, BlockKind.BODY) for t in pair.fr]
    one_to_one = [((i,), (i,)) for i in range(n)]
    cases = [Case(name, "original", tuple(items_en), tuple(items_fr), tuple(one_to_one), pair.en_breaks,
                  pair.fr_breaks)]

    def build(
        kind: str,
        side: str,
        changed: list[Item],
        gold: list[tuple[list[int], list[int]]],
        moved: Callable[[int], int | None],
    ) -> None:
        # ``gold`` holds (unchanged side, changed side) index lists; orient them as (EN, FR). ``moved`` gives the
        # new position of a paragraph start of the changed side (None: it went with a merged segment).
        links = [(tuple(u), tuple(c)) if side == "fr" else (tuple(c), tuple(u)) for u, c in gold]
        breaks = pair.fr_breaks if side == "fr" else pair.en_breaks
        changed_breaks = frozenset(k for k in map(moved, breaks) if k is not None and k < len(changed))
        if side == "fr":
            case = Case(name, kind, tuple(items_en), tuple(changed), tuple(links), pair.en_breaks, changed_breaks)
        else:
            case = Case(name, kind, tuple(changed), tuple(items_fr), tuple(links), changed_breaks, pair.fr_breaks)
        cases.append(case)

    for kind in ALTERATIONS[1:]:
        side = rng.choice(("en", "fr"))
        change = items_fr if side == "fr" else items_en
        if kind == "insert-aside":
            pos = rng.randint(0, n)
            aside = rng.choice(ASIDES_FR if side == "fr" else ASIDES_EN)
            changed = [*change[:pos], aside, *change[pos:]]
            gold = [([i], [i]) for i in range(pos)] + [([], [pos])] + [([i], [i + 1]) for i in range(pos, n)]
            build(kind, side, changed, gold, lambda k, pos=pos: k if k < pos else k + 1)
        elif kind in ("delete-one", "delete-two") and n >= 3:
            width = 1 if kind == "delete-one" else 2
            pos = rng.randint(0, n - width)
            changed = change[:pos] + change[pos + width :]
            gold = [([i], [i]) for i in range(pos)] + [([i], []) for i in range(pos, pos + width)]
            gold += [([i], [i - width]) for i in range(pos + width, n)]
            build(kind, side, changed, gold, lambda k, pos=pos, w=width: k if k < pos else max(pos, k - w))
        elif kind == "merge-two" and n >= 2:
            pos = rng.randint(0, n - 2)
            merged = (change[pos][0] + " " + change[pos + 1][0], BlockKind.BODY)
            changed = [*change[:pos], merged, *change[pos + 2 :]]
            gold = [([i], [i]) for i in range(pos)] + [([pos, pos + 1], [pos])]
            gold += [([i], [i - 1]) for i in range(pos + 2, n)]
            build(kind, side, changed, gold, lambda k, pos=pos: k if k <= pos else None if k == pos + 1 else k - 1)
        elif kind == "swap-neighbours" and n >= 2:
            pos = rng.randint(0, n - 2)
            changed = [*change[:pos], change[pos + 1], change[pos], *change[pos + 2 :]]
            gold = [([i], [i]) for i in range(pos)] + [([pos, pos + 1], [pos, pos + 1])]
            gold += [([i], [i]) for i in range(pos + 2, n)]
            build(kind, side, changed, gold, lambda k: k)
    return cases


# Aligners --------------------------------------------------------------------------------------------------------


def _sentences(items: Sequence[Item]) -> list[Sentence]:
    out, offset = [], 0
    for index, (text, kind) in enumerate(items):
        out.append(Sentence(index, 0, kind, offset, offset + len(text), text))
        offset += len(text) + 1
    return out


def _links(beads: Iterable[Bead]) -> list[Link]:
    return [(b.en, b.fr) for b in beads]


def parafacts_aligner(en: Sequence[Item], fr: Sequence[Item]) -> list[Link]:
    return _links(align_sentences(_sentences(en), _sentences(fr)))


def own_sentences(
    items: Sequence[Item], lang: Lang, breaks: frozenset[int] | None
) -> tuple[list[Sentence], list[tuple[int, ...]]]:
    """Our own sentences of one side, and for each the indices of the items (gold units) its text overlaps.

    ``breaks=None`` (a TransRead book): each item is a body paragraph of its own, which the segmenter may only split
    further, as it splits the paragraphs of an article. Otherwise (a WMT document with layout markup) the items are
    laid out as an article file: a line per headline and paragraph (an item in ``breaks``, and an aside, start one),
    blank lines between them, the segments of a paragraph joined by a space; the text is then read as ``parafacts``
    reads a file (``parse_blocks``, then ``split_block``), so the segmenter must find every other segment boundary.
    """
    texts = [t if breaks is None else unicodedata.normalize("NFC", " ".join(t.split())) for t, _ in items]
    paragraphs: list[list[int]] = []
    for index, (_, kind) in enumerate(items):
        joins = (
            breaks is not None
            and paragraphs
            and index not in breaks
            and kind is BlockKind.BODY
            and items[index - 1][1] is BlockKind.BODY
        )
        if joins:
            paragraphs[-1].append(index)
        else:
            paragraphs.append([index])
    spans: list[tuple[int, int, int]] = []
    offset = 0
    for paragraph in paragraphs:
        for index in paragraph:
            spans.append((index, offset, offset + len(texts[index])))
            offset += len(texts[index]) + 1
        offset += 1  # the paragraph's separator is "\n\n"
    text = "\n\n".join(" ".join(texts[index] for index in paragraph) for paragraph in paragraphs)
    if breaks is None:
        blocks: Sequence[Block] = [
            Block(index, items[index][1], lang, start, end, text[start:end]) for index, start, end in spans
        ]
    else:
        blocks = parse_blocks(text, lang)
    sentences: list[Sentence] = []
    covers: list[tuple[int, ...]] = []
    for block in blocks:
        for start, end in split_block(block, lang):
            sentences.append(Sentence(len(sentences), block.index, block.kind, start, end, text[start:end]))
            touched = [(index, max(a, start), min(b, end)) for index, a, b in spans if a < end and start < b]
            # A unit counts when the sentence holds a letter or digit of it, not just a stop it starts with.
            worded = tuple(index for index, a, b in touched if LETTER_OR_DIGIT.search(text, a, b))
            covers.append(worded or tuple(index for index, _, _ in touched))
    return sentences, covers


OwnSide = tuple[list[Sentence], list[tuple[int, ...]]]


def own_sides(case: Case) -> tuple[OwnSide, OwnSide]:
    """``own_sentences`` of both sides of ``case`` (article layout for a WMT case, line by line for a book)."""
    article = case.group in ALTERATIONS
    return (
        own_sentences(case.en, Lang.EN, case.en_breaks if article else None),
        own_sentences(case.fr, Lang.FR, case.fr_breaks if article else None),
    )


def own_sentences_aligner(case: Case, sides: tuple[OwnSide, OwnSide] | None = None) -> list[Link]:
    """This aligner as the ``check`` command runs it: on our own sentences (see ``own_sentences``; ``sides`` when
    already made), its beads then read back onto the gold units: an EN and a FR unit are in one bead when sentences
    of theirs are (units of a one-sided sentence stay one-sided beads of one unit each, as gold writes deletions)."""
    (en, en_covers), (fr, fr_covers) = own_sides(case) if sides is None else sides
    pairs = [
        (i, j)
        for bead in align_sentences(en, fr)
        for s in bead.en
        for t in bead.fr
        for i in en_covers[s]
        for j in fr_covers[t]
    ]
    return _contiguous(pairs, len(case.en), len(case.fr))


def _contiguous(pairs: list[tuple[int, int]], n: int, m: int) -> list[Link]:
    """``links_from_pairs``, each bead then widened to every unit between its first and last on each side (a unit
    whose sentences went to a bead and to a one-sided sentence around another unit), until no two beads interleave."""
    while True:
        links = links_from_pairs(pairs, n, m)
        if all(len(e) == e[-1] - e[0] + 1 and len(f) == f[-1] - f[0] + 1 for e, f in links if e and f):
            return links
        pairs = pairs + [(i, f[0]) for e, f in links if e and f for i in range(e[0], e[-1] + 1)]
        pairs += [(e[0], j) for e, f in links if e and f for j in range(f[0], f[-1] + 1)]


# The length-only baseline keeps the priors and length weight it was first measured with, so that it stays a fixed
# reference while the full aligner's weights are tuned (those were tuned with the lexical and coverage terms on).
LENGTH_ONLY = AlignParams(lexical=False, prior_skip=3.5, prior_32=6.0, prior_42=6.0, length_weight=1.0)


def length_only_aligner(en: Sequence[Item], fr: Sequence[Item]) -> list[Link]:
    return _links(align_sentences_with(_sentences(en), _sentences(fr), LENGTH_ONLY))


def _length(text: str) -> int:
    return sum(1 for ch in text if not ch.isspace())


def gale_church_aligner(en: Sequence[Item], fr: Sequence[Item]) -> list[Link]:
    """nltk's Gale-Church on whole documents; pairs grouped into beads by connected component."""
    from nltk.translate.gale_church import align_blocks

    if not en or not fr:
        return [((i,), ()) for i in range(len(en))] + [((), (j,)) for j in range(len(fr))]
    pairs = align_blocks([max(1, _length(t)) for t, _ in en], [max(1, _length(t)) for t, _ in fr])
    return links_from_pairs(pairs, len(en), len(fr))


def links_from_pairs(pairs: Sequence[tuple[int, int]], n: int, m: int) -> list[Link]:
    """Group monotone (i, j) pairs into beads (connected components); unmentioned sentences become one-sided."""
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def find(x: tuple[str, int]) -> tuple[str, int]:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    for i, j in pairs:
        parent[find(("e", i))] = find(("f", j))
    groups: dict[tuple[str, int], tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
    for i in range(n):
        if ("e", i) in parent:
            groups[find(("e", i))][0].append(i)
    for j in range(m):
        if ("f", j) in parent:
            groups[find(("f", j))][1].append(j)
    beads = [(tuple(e), tuple(f)) for e, f in groups.values()]
    beads += [((i,), ()) for i in range(n) if ("e", i) not in parent]
    beads += [((), (j,)) for j in range(m) if ("f", j) not in parent]
    return _order(beads, n, m)


def _order(beads: list[Link], n: int, m: int) -> list[Link]:
    """Two-sided beads in order, each run of one-sided beads before the two-sided bead that follows it."""
    two_sided = sorted((b for b in beads if b[0] and b[1]), key=lambda b: (b[0][0], b[1][0]))
    en_only = {b[0][0]: b for b in beads if b[0] and not b[1]}
    fr_only = {b[1][0]: b for b in beads if b[1] and not b[0]}
    out: list[Link] = []
    i = j = 0
    for bead in [*two_sided, ((n,), (m,))]:
        out.extend(en_only[k] for k in range(i, bead[0][0]) if k in en_only)
        out.extend(fr_only[k] for k in range(j, bead[1][0]) if k in fr_only)
        if bead[0][0] < n:
            out.append(bead)
        i = max(i, bead[0][-1] + 1)
        j = max(j, bead[1][-1] + 1)
    return out


ALIGNERS: dict[str, Aligner] = {
    "parafacts": lambda case: parafacts_aligner(case.en, case.fr),
    "parafacts-own-sentences": own_sentences_aligner,
    "length-only": lambda case: length_only_aligner(case.en, case.fr),
    "nltk-gale-church": lambda case: gale_church_aligner(case.en, case.fr),
}


def check_coverage(links: Sequence[Link], n: int, m: int, where: str) -> None:
    """Every sentence of both sides in exactly one bead, in order; raise otherwise."""
    en = [i for e, _ in links for i in e]
    fr = [j for _, f in links for j in f]
    if en != list(range(n)) or fr != list(range(m)) or any(not e and not f for e, f in links):
        raise RuntimeError(f"{where}: beads do not cover every sentence exactly once in order")


# Scoring ---------------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Counts:
    tp_strict_p: int = 0
    fp_strict_p: int = 0
    tp_lax_p: int = 0
    fp_lax_p: int = 0
    tp_strict_r: int = 0
    fn_strict_r: int = 0
    tp_lax_r: int = 0
    fn_lax_r: int = 0
    one_sided_gold: int = 0
    one_sided_found: int = 0
    digit_gold: int = 0
    digit_found: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(*(a + b for a, b in zip(asdict(self).values(), asdict(other).values(), strict=True)))


def _precision_counts(gold: Iterable[Link], test: Iterable[Link]) -> tuple[int, int, int, int]:
    """vecalign's ``_precision``: (tp strict, fp strict, tp lax, fp lax) of ``test`` against ``gold``."""
    test_set = {b for b in test if b[0] or b[1]}
    gold_set = {b for b in gold if b[0] or b[1]}
    targets: dict[int, set[int]] = defaultdict(set)
    for src, tgt in gold_set:
        for s in src:
            targets[s].update(tgt)
    tps = fps = tpl = fpl = 0
    for src, tgt in test_set:
        if (src, tgt) in gold_set:
            tps += 1
            tpl += 1
        else:
            fps += 1
            hit = set().union(*(targets[s] for s in src)) if src else set()
            if hit & set(tgt):
                tpl += 1
            else:
                fpl += 1
    return tps, fps, tpl, fpl


_DIGIT = re.compile(r"\d")


def _has_digit(side: Sequence[Item], idx: tuple[int, ...]) -> bool:
    return any(_DIGIT.search(side[k][0]) for k in idx)


def digit_beads(case: Case) -> list[Link]:
    """The two-sided gold beads with a digit on both sides."""
    return [b for b in case.gold if b[0] and b[1] and _has_digit(case.en, b[0]) and _has_digit(case.fr, b[1])]


def _span(idx: tuple[int, ...]) -> str:
    return f"{idx[0]}" if len(idx) == 1 else f"{idx[0]}-{idx[-1]}"


def digit_misses(case: Case, test: Sequence[Link]) -> list[str]:
    """Each gold digit bead not in ``test``, with the beads we give its sentences instead (indices only)."""
    found = set(test)
    out = []
    for en, fr in digit_beads(case):
        if (en, fr) in found:
            continue
        ours = [b for b in test if set(b[0]) & set(en) or set(b[1]) & set(fr)]
        given = " + ".join(f"{len(e)}-{len(f)} (EN {_span(e) if e else '-'} / FR {_span(f) if f else '-'})"
                           for e, f in ours)
        out.append(f"{case.name}: gold {len(en)}-{len(fr)} (EN {_span(en)} / FR {_span(fr)}); ours {given}")
    return out


OWN_CAUSES = (
    "a sentence of ours holds two gold segments (a break with no stop, before a lower-case word, or inside a sentence)",
    "ingest read a segment as a title, caption, credit, byline or dateline",
    "alignment",
)


def own_sentence_causes(case: Case, test: Sequence[Link], sides: tuple[OwnSide, OwnSide]) -> list[tuple[str, str]]:
    """For each bead of ``test`` (from ``own_sentences_aligner`` on ``sides``) that is not a gold bead:
    its likely cause (one of ``OWN_CAUSES``) and where it is. The first cause that applies: one of our sentences over
    two of the bead's units, then one of its sentences read as something other than running text, else the
    aligner's choice."""
    gold = set(case.gold)
    wrong = [b for b in test if b not in gold]
    if not wrong:
        return []
    out = []
    for bead in wrong:
        joined = aside = False
        for units, (sentences, covers) in zip(bead, sides, strict=True):
            for sentence, cover in zip(sentences, covers, strict=True):
                if set(cover) & set(units):
                    joined |= len(cover) > 1
                    aside |= sentence.kind not in (BlockKind.BODY, BlockKind.LEDE)
        cause = OWN_CAUSES[0] if joined else OWN_CAUSES[1] if aside else OWN_CAUSES[2]
        en, fr = bead
        out.append((cause, f"{case.name} ({case.group}) {len(en)}-{len(fr)} EN {_span(en) if en else '-'} / FR "
                           f"{_span(fr) if fr else '-'}"))
    return out


def count(case: Case, test: Sequence[Link]) -> Counts:
    tps, fps, tpl, fpl = _precision_counts(case.gold, test)
    test_two = [b for b in test if b[0] and b[1]]
    gold_two = [b for b in case.gold if b[0] and b[1]]
    rtps, rfps, rtpl, rfpl = _precision_counts(test_two, gold_two)
    one_sided_en = {i for e, f in test if not f for i in e}
    one_sided_fr = {j for e, f in test if not e for j in f}
    gold_one = [b for b in case.gold if not (b[0] and b[1])]
    found_one = sum(1 for e, f in gold_one if set(e) <= one_sided_en and set(f) <= one_sided_fr)
    test_set = set(test)
    digit_gold = digit_beads(case)
    return Counts(
        tps,
        fps,
        tpl,
        fpl,
        rtps,
        rfps,
        rtpl,
        rfpl,
        len(gold_one),
        found_one,
        len(digit_gold),
        sum(1 for b in digit_gold if b in test_set),
    )


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def summary(c: Counts) -> dict[str, float | int]:
    p = _ratio(c.tp_strict_p, c.tp_strict_p + c.fp_strict_p)
    r = _ratio(c.tp_strict_r, c.tp_strict_r + c.fn_strict_r)
    pl = _ratio(c.tp_lax_p, c.tp_lax_p + c.fp_lax_p)
    rl = _ratio(c.tp_lax_r, c.tp_lax_r + c.fn_lax_r)
    return {
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(_f1(p, r), 4),
        "lax_f1": round(_f1(pl, rl), 4),
        "one_sided_recall": round(_ratio(c.one_sided_found, c.one_sided_gold), 4),
        "one_sided_gold": c.one_sided_gold,
        "digit_recall": round(_ratio(c.digit_found, c.digit_gold), 4),
        "digit_gold": c.digit_gold,
        "gold_beads": c.tp_strict_r + c.fn_strict_r,
    }


# Running ---------------------------------------------------------------------------------------------------------


def run_case(args: tuple[str, Case]) -> tuple[str, str, list[Link], float, list[tuple[str, str]] | None]:
    """One aligner on one case: its beads, its seconds, and for ``parafacts-own-sentences`` on WMT the wrong beads
    by cause (from the same sentences the aligner ran on)."""
    aligner_name, case = args
    started = time.perf_counter()
    sides = None
    if aligner_name == "parafacts-own-sentences":
        sides = own_sides(case)
        links = own_sentences_aligner(case, sides)
    else:
        links = ALIGNERS[aligner_name](case)
    elapsed = time.perf_counter() - started
    check_coverage(links, len(case.en), len(case.fr), f"{aligner_name}: {case.name} ({case.group})")
    causes = own_sentence_causes(case, links, sides) if sides is not None and case.group in ALTERATIONS else None
    return aligner_name, case.name + "|" + case.group, links, elapsed, causes


def evaluate(
    cases: Sequence[Case], aligners: Sequence[str], workers: int, full_baselines: bool = False
) -> tuple[dict[str, dict[str, Counts]], dict[str, float], dict[str, list[str]], dict[str, list[tuple[str, str]]]]:
    """Counts per aligner per case key, total seconds per aligner, the gold digit beads our aligner misses per case
    key (``digit_misses``), and the wrong beads of ``parafacts-own-sentences`` on WMT by cause per case key
    (``own_sentence_causes``).

    ``parafacts-own-sentences`` runs on the TransRead books and on the WMT documents with layout markup only.

    The quadratic pure-Python nltk baseline is slow: unless ``full_baselines``, it runs on the TransRead books and
    on the held-out newstest2014 WMT cases only.
    """

    def wanted(aligner_name: str, case: Case) -> bool:
        if aligner_name == "parafacts-own-sentences":
            return case.group not in ALTERATIONS or bool(case.en_breaks and case.fr_breaks)
        if aligner_name != "nltk-gale-church" or full_baselines or case.group not in ALTERATIONS:
            return True
        return case.name.startswith("newstest2014")

    jobs = [(a, c) for a in aligners for c in cases if wanted(a, c)]
    # Longest first so that no long job is left alone on one core at the end.
    jobs.sort(key=lambda job: -len(job[1].en) * len(job[1].fr) * (50 if job[0] == "nltk-gale-church" else 1))
    by_key = {c.name + "|" + c.group: c for c in cases}
    counts: dict[str, dict[str, Counts]] = defaultdict(dict)
    seconds: dict[str, float] = defaultdict(float)
    misses: dict[str, list[str]] = {}
    causes: dict[str, list[tuple[str, str]]] = {}
    if workers > 1:
        with ProcessPoolExecutor(workers) as pool:
            results = list(pool.map(run_case, jobs, chunksize=4))
    else:
        results = [run_case(job) for job in jobs]
    for aligner_name, key, links, elapsed, wrong in results:
        counts[aligner_name][key] = count(by_key[key], links)
        seconds[aligner_name] += elapsed
        if aligner_name == "parafacts":
            misses[key] = digit_misses(by_key[key], links)
        if wrong is not None:
            causes[key] = wrong
    return counts, seconds, misses, causes


def _by_cause(causes_by_key: dict[str, list[tuple[str, str]]]) -> dict[str, dict[str, object]]:
    """Wrong beads grouped by cause: how many, and the first five (in case order)."""
    out: dict[str, dict[str, Any]] = {}
    for key in sorted(causes_by_key):
        for cause, where in causes_by_key[key]:
            item = out.setdefault(cause, {"count": 0, "examples": []})
            item["count"] += 1
            if len(item["examples"]) < 5:
                item["examples"].append(where)
    return {cause: out[cause] for cause in OWN_CAUSES if cause in out}


def _total(counts: dict[str, Counts], keys: Iterable[str]) -> Counts:
    total = Counts()
    for k in keys:
        total = total + counts[k]
    return total


def transread_report(cases: Sequence[Case], counts: dict[str, dict[str, Counts]]) -> dict[str, object]:
    out: dict[str, object] = {}
    for aligner_name, per_case in counts.items():
        dev = [c.name + "|" + c.group for c in cases if c.name in DEV_BOOKS]
        test = [c.name + "|" + c.group for c in cases if c.name not in DEV_BOOKS]
        out[aligner_name] = {
            "dev": summary(_total(per_case, dev)),
            "test": summary(_total(per_case, test)),
            "books": {k.split("|")[0]: summary(per_case[k]) for k in sorted(per_case)},
        }
    return out


def wmt_report(cases: Sequence[Case], counts: dict[str, dict[str, Counts]]) -> dict[str, object]:
    out: dict[str, object] = {}
    for aligner_name, per_case in counts.items():
        ran = [c for c in cases if c.name + "|" + c.group in per_case]
        groups: dict[str, list[str]] = defaultdict(list)
        for c in ran:
            groups[c.group].append(c.name + "|" + c.group)
        held_out = [c.name + "|" + c.group for c in ran if c.name.startswith("newstest2014")]
        tuning = [c.name + "|" + c.group for c in ran if not c.name.startswith("newstest2014")]
        block: dict[str, object] = {
            "cases": len(ran),
            "all": summary(_total(per_case, [c.name + "|" + c.group for c in ran])),
            **{g: summary(_total(per_case, groups[g])) for g in ALTERATIONS if g in groups},
        }
        if held_out:
            block["newstest2014 (held out)"] = summary(_total(per_case, held_out))
        if tuning:
            block["sets 2008-2013 (seen in tuning)"] = summary(_total(per_case, tuning))
        out[aligner_name] = block
    return out


def speed_check() -> dict[str, float]:
    """Milliseconds per typical WMT-sized article and for an article repeated 100 times (timings: stderr only)."""
    wmt = read_wmt(shared_dir() / "data" / "wmt-enfr")
    sample = [p for p in wmt if 15 <= len(p.en) <= 35][:100]
    started = time.perf_counter()
    for p in sample:
        align_sentences(_sentences([(t, BlockKind.BODY) for t in p.en]),
                        _sentences([(t, BlockKind.BODY) for t in p.fr]))
    typical = (time.perf_counter() - started) * 1000 / max(1, len(sample))
    en, fr = sample[0].en, sample[0].fr
    reps = max(1, 2500 // len(en))
    big_en = _sentences([(t, BlockKind.BODY) for t in en * reps])
    big_fr = _sentences([(t, BlockKind.BODY) for t in fr * reps])
    started = time.perf_counter()
    align_sentences(big_en, big_fr)
    big = (time.perf_counter() - started) * 1000
    return {"ms_per_article": round(typical, 2), "sentences_per_side": float(len(big_en)), "ms_repeated": round(big, 1)}


def signature() -> str:
    return f"align:parafacts|version:{ALIGN_VERSION}|transread-dev:{'+'.join(DEV_BOOKS)}|wmt-seed:{SEED}"


def _row(name: str, s: dict[str, float | int]) -> str:
    return (
        f"  {name:<34} P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}  lax {s['lax_f1']:.3f}"
        f"  1-sided {s['one_sided_recall']:.3f}/{s['one_sided_gold']}  digits {s['digit_recall']:.3f}/{s['digit_gold']}"
    )


def print_scoreboard(report: dict[str, Any], aligners: Sequence[str]) -> None:
    print(report["signature"])
    for aligner_name in aligners:
        tr = report["transread"][aligner_name]
        print(f"TransRead EN-FR, {aligner_name}")
        print(_row("dev", tr["dev"]))
        print(_row("test", tr["test"]))
        for book, s in tr["books"].items():
            print(_row(("  (dev) " if book in DEV_BOOKS else "  ") + book, s))
    for aligner_name in aligners:
        wm = report["wmt"][aligner_name]
        print(f"WMT news, {aligner_name} ({wm['cases']} document pairs)")
        for group, s in wm.items():
            if group != "cases":
                print(_row(group, s))


def load_cases() -> tuple[list[Case], list[Case]]:
    """The TransRead books, and the WMT document pairs with their seeded altered copies."""
    root = shared_dir() / "data"
    books = read_transread(root / "align-gold" / "transread-enfr")
    rng = random.Random(SEED)
    wmt_cases = [c for pair in read_wmt(root / "wmt-enfr") for c in altered_cases(pair, rng)]
    return books, wmt_cases


def main(argv: Sequence[str] | None = None) -> int:
    """Run the evaluation. Flags: --quick (this aligner only), --serial, --full-baselines (nltk on all WMT)."""
    args = list(sys.argv[1:] if argv is None else argv)
    workers = 1 if "--serial" in args else 2
    aligners = ["parafacts", "parafacts-own-sentences"] if "--quick" in args else list(ALIGNERS)
    started = time.perf_counter()

    books, wmt_cases = load_cases()
    print(f"loaded {len(books)} books, {len(wmt_cases)} WMT cases", file=sys.stderr)

    counts, seconds, misses_by_key, causes_by_key = evaluate(
        [*books, *wmt_cases], aligners, workers, "--full-baselines" in args
    )
    book_keys = {c.name + "|" + c.group for c in books}
    book_counts = {a: {k: v for k, v in per.items() if k in book_keys} for a, per in counts.items()}
    wmt_counts = {a: {k: v for k, v in per.items() if k not in book_keys} for a, per in counts.items()}
    misses = [m for c in books if c.name not in DEV_BOOKS for m in misses_by_key[c.name + "|" + c.group]]
    report: dict[str, Any] = {
        "signature": signature(),
        "transread_test_digit_misses": misses,
        "scoring": "strict/lax P/R/F1 as vecalign score.py; one_sided_recall, digit_recall as in eval/alignment.py",
        "transread": transread_report(books, book_counts),
        "wmt": wmt_report(wmt_cases, wmt_counts),
        "wmt_own_sentence_errors": _by_cause(causes_by_key),
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(report, indent=1, sort_keys=True) + "\n", encoding="utf-8")

    print_scoreboard(report, aligners)
    for aligner_name in aligners:
        print(f"time {aligner_name}: {seconds[aligner_name]:.1f} s of alignment (all workers)", file=sys.stderr)
    if "--quick" not in args:
        print(f"speed: {speed_check()}", file=sys.stderr)
    print(f"total {time.perf_counter() - started:.1f} s; wrote {OUT.relative_to(REPO)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
