"""Sentence boundaries of our segmenter against WMT segment boundaries, in English and French.

Run ``python -m eval.sentences``: scoreboard on stdout, progress on stderr, ``eval/out/sentences.json`` written
(deterministic: no timings in it).

Each WMT document (every set, every ``origlang``: only the language of the text matters here) becomes one
paragraph of running text, its segments joined by one space, and goes through ``pipeline.segment.split_block`` as
a body block. A gold boundary is the start of every segment but the first; a predicted boundary is the start of
every sentence but the first.

Two figures, both reported:

* ``raw``: the WMT segment boundaries are the gold, as they are. Two things in the data count against any
  segmenter here: headlines and subheads with no final punctuation (``The cradle of the dinosaurs`` then the
  next segment), which no rule on running text can find, and segments that hold two sentences, whose inner
  boundary counts as a false split.
* ``seen``: the gold is what punctuation shows. Gold boundaries after a segment that does not end in ``.``,
  ``!``, ``?``, ``…`` (closing quotes or brackets may follow) are left out of the gold (and not held against a
  split either); a split inside a segment counts as right when an independent judge, nltk's Punkt (Kiss &
  Strunk 2006) trained without supervision on the same language's WMT text, also splits there, and Punkt's
  inner splits that we miss count as misses. Nothing else is relaxed: every other split or miss counts.

A third figure reads each document the way ``parafacts`` reads an article file: where the SGML keeps its layout
markup (``<hl>``, ``<h1>`` … around a headline, ``<p>`` around a paragraph; every set but newstest2014), the headline
and every paragraph become a line of their own, blank lines between them, the segments of a paragraph joined by one
space. The whole text goes through ``pipeline.ingest.parse_blocks`` and ``split_block`` (so a paragraph that ingest
takes for a caption, a dateline or a byline is not split, as in the product), and is scored against every segment
boundary of the data, as it is:

* ``article``: no boundary is left out of the gold and no split is excused.

Residual errors of the ``seen`` and ``article`` figures are grouped by a likely cause (the word before the stop,
the first character after it) and listed with examples in the JSON.
"""

from __future__ import annotations

import re
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from eval.wmt import REPO, documents, layout, signature_sets, write_json
from pipeline.ingest import parse_blocks
from pipeline.model import Block, BlockKind, Lang
from pipeline.segment import SEGMENT_VERSION, split_block

OUT = REPO / "eval" / "out" / "sentences.json"
TARGET_F1 = 0.98
EXAMPLES_PER_CAUSE = 4

_VISIBLE_END = re.compile(r"[.!?…][\"'”’»)\]]*$")
_OPENING = frozenset("«“‘([")
_SENTENCE_START = re.compile(r"[^\W_]|[\"'“‘«(\[¿¡\-–—•`]")


@dataclass(frozen=True, slots=True)
class Text:
    name: str
    text: str
    gold: frozenset[int]  # segment starts after the first
    visible: frozenset[int]  # the gold boundaries after a segment that ends in final punctuation
    segment_of: tuple[tuple[int, int], ...]  # (start, end) of each segment


def texts(lang: Lang) -> list[Text]:
    out = []
    for doc in documents("all"):
        segs = [s for s in (doc.en if lang is Lang.EN else doc.fr) if s]
        if not segs:
            continue
        text, spans = _lay_out([segs])
        gold = frozenset(start for start, _ in spans[1:])
        visible = frozenset(
            spans[k + 1][0]
            for k in range(len(spans) - 1)
            if _VISIBLE_END.search(segs[k]) and _SENTENCE_START.match(segs[k + 1]) and not segs[k + 1][0].islower()
        )
        out.append(Text(doc.name, text, gold, visible, spans))
    return out


def _lay_out(paragraphs: Sequence[Sequence[str]]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Paragraphs of segments as one text (segments joined by a space, paragraphs by a blank line) and the span of
    every segment in it. Empty paragraphs are left out."""
    text = "\n\n".join(" ".join(segs) for segs in paragraphs if segs)
    spans: list[tuple[int, int]] = []
    pos = 0
    for segs in paragraphs:
        if not segs:
            continue
        for seg in segs:
            spans.append((pos, pos + len(seg)))
            pos += len(seg) + 1
        pos += 1  # the paragraph's space became "\n\n"
    return text, tuple(spans)


def articles(lang: Lang) -> tuple[list[Text], int]:
    """The documents that have layout markup, laid out as article files (see the module docstring), and how many
    documents have none. ``visible`` is unused here (the article figure has no relaxed gold)."""
    out: list[Text] = []
    without = 0
    for doc in documents("all"):
        groups = layout(doc, lang.value)
        if not groups:
            without += 1
            continue
        text_of = dict(zip(doc.ids, doc.en if lang is Lang.EN else doc.fr, strict=True))
        segs = ([unicodedata.normalize("NFC", " ".join(text_of[i].split())) for i in ids] for ids in groups)
        text, spans = _lay_out([[seg for seg in paragraph if seg] for paragraph in segs])
        if spans:
            gold = frozenset(start for start, _ in spans[1:])
            out.append(Text(doc.name, text, gold, gold, spans))
    return out, without


def predict_article(text: str, lang: Lang) -> frozenset[int]:
    starts = [start for block in parse_blocks(text, lang) for start, _ in split_block(block, lang)]
    return frozenset(starts[1:])


def evaluate_articles(lang: Lang) -> dict[str, object]:
    items, without = articles(lang)
    score = Score()
    errors = Errors()
    for item in items:
        pred = predict_article(item.text, lang)
        score.add(len(pred & item.gold), len(pred - item.gold), len(item.gold - pred))
        for at in sorted(pred - item.gold):
            errors.add(cause(item.text, at, missed=False), item.name, item.text, at)
        for at in sorted(item.gold - pred):
            errors.add(cause(item.text, at, missed=True), item.name, item.text, at)
    return {
        "documents": len(items),
        "documents_without_layout": without,
        "segments": sum(len(item.segment_of) for item in items),
        "score": score.summary(),
        "errors": {c: {"count": n, "examples": errors.examples[c]} for c, n in errors.counts.most_common()},
    }


def predict(text: str, lang: Lang) -> frozenset[int]:
    block = Block(index=0, kind=BlockKind.BODY, lang=lang, start=0, end=len(text), text=text)
    return frozenset(start for start, _ in split_block(block, lang)[1:])


def punkt_judge(items: Sequence[Text]) -> object:
    """nltk Punkt trained without supervision on the texts themselves (nothing downloaded)."""
    from nltk.tokenize.punkt import PunktSentenceTokenizer, PunktTrainer

    trainer = PunktTrainer()
    trainer.INCLUDE_ALL_COLLOCS = True
    trainer.train("\n\n".join(t.text for t in items), finalize=True)
    return PunktSentenceTokenizer(trainer.get_params())


def _punkt_boundaries(judge: object, text: str) -> frozenset[int]:
    """Punkt's boundaries, moved back over an opening quote it left on the previous sentence (``nation. « ‖Ce``)."""
    spans = list(judge.span_tokenize(text))  # type: ignore[attr-defined]
    out = set()
    for start, _ in spans[1:]:
        before = text[:start].rstrip()
        while before and (before[-1] in _OPENING or (before[-1] in "\"'" and before[-2:-1].isspace())):
            start = len(before) - 1
            before = text[:start].rstrip()
        out.add(start)
    return frozenset(out)


def _hidden_reason(item: Text, at: int) -> str:
    prev = item.text[:at].rstrip()
    if not _VISIBLE_END.search(prev):
        return "segment ends without final punctuation (headline, subhead, list item)"
    return "next segment starts in lower case (a WMT split inside a sentence, or after an abbreviation)"


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    def summary(self) -> dict[str, float | int]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": self.tp, "fp": self.fp,
                "fn": self.fn}


@dataclass
class Errors:
    counts: Counter[str] = field(default_factory=Counter)
    examples: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    def add(self, cause: str, name: str, text: str, at: int) -> None:
        self.counts[cause] += 1
        if len(self.examples[cause]) < EXAMPLES_PER_CAUSE:
            self.examples[cause].append(f"{name}: …{text[max(0, at - 50):at]}‖{text[at:at + 30]}…")


_WORD_BEFORE = re.compile(r"(\S+)\s*$")


def cause(text: str, at: int, missed: bool) -> str:
    """A likely cause of a wrong split (``missed`` False) or a missed boundary at offset ``at``."""
    before = text[:at].rstrip()
    after = text[at:]
    word = _WORD_BEFORE.search(before)
    last = word.group(1) if word else ""
    core = last.rstrip("\"'”’»)]")
    first = after[:1]
    if missed:
        if not core or core[-1] not in ".!?…":
            # Only the article figure counts such misses (the seen gold holds punctuated boundaries only).
            return "missed: no final punctuation (a segment break mid-sentence)"
        if first.islower():
            return "missed: next sentence starts in lower case"
        if len(core) == 2 and core[0].isupper() and core[1] == ".":
            return "missed: stop after a single capital (read as an initial)"
        if re.fullmatch(r"[^\W\d_]{1,5}\.", core):
            return "missed: stop after a short word (read as an abbreviation)"
        if re.fullmatch(r"(?:[^\W\d_]{1,2}\.){2,}", core):
            return "missed: stop after an acronym with dots"
        if after[:1] in "\"'“‘«(-–—" or after[:2] in ("- ",):
            return "missed: before an opening quote, bracket or dash"
        return "missed: other"
    if first.islower():
        return "split: before a lower-case word"
    if core.endswith("..") or core.endswith("…"):
        return "split: after an ellipsis inside a sentence"
    if re.fullmatch(r"[^\W\d_]{1,5}\.", core):
        return "split: after a short word with a stop (an abbreviation?)"
    if re.fullmatch(r"(?:[^\W\d_]{1,3}\.){2,}", core):
        return "split: after an acronym with dots"
    if core[-1:] in "!?":
        return "split: after ? or ! inside a sentence (quoted question, title)"
    return "split: other"


def evaluate(lang: Lang) -> dict[str, object]:
    items = texts(lang)
    judge = punkt_judge(items)
    raw, seen, recall_seen, punkt_raw = Score(), Score(), Score(), Score()
    hidden: Counter[str] = Counter()
    errors = Errors()
    segments = 0
    for item in items:
        pred = predict(item.text, lang)
        punkt = _punkt_boundaries(judge, item.text)
        segments += len(item.segment_of)
        raw.add(len(pred & item.gold), len(pred - item.gold), len(item.gold - pred))
        punkt_raw.add(len(punkt & item.gold), len(punkt - item.gold), len(item.gold - punkt))
        inner = punkt - item.gold  # splits the judge makes inside a segment
        right = pred & (item.gold | inner)
        wrong = pred - item.gold - inner
        missed = item.visible - pred
        seen.add(len(right), len(wrong), 0)
        recall_seen.add(len(pred & item.visible), 0, len(missed))
        hidden.update(_hidden_reason(item, at) for at in item.gold - item.visible)
        for at in sorted(wrong):
            errors.add(cause(item.text, at, missed=False), item.name, item.text, at)
        for at in sorted(missed):
            errors.add(cause(item.text, at, missed=True), item.name, item.text, at)
    seen.fn = recall_seen.fn
    seen_summary = seen.summary()
    recall = recall_seen.summary()["recall"]
    precision = seen_summary["precision"]
    seen_summary.update(
        recall=recall, f1=round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0,
        tp_recall=recall_seen.tp, gold_seen=recall_seen.tp + recall_seen.fn,
    )
    return {
        "documents": len(items),
        "segments": segments,
        "gold_boundaries": raw.tp + raw.fn,
        "raw": raw.summary(),
        "seen": seen_summary,
        "gold_not_seen": dict(hidden.most_common()),
        "punkt_raw": punkt_raw.summary(),
        "errors": {c: {"count": n, "examples": errors.examples[c]} for c, n in errors.counts.most_common()},
        "article": evaluate_articles(lang),
    }


def signature() -> str:
    return (
        f"sentences:parafacts|segment:{SEGMENT_VERSION}|wmt:{signature_sets()}|join:space|judge:punkt-unsupervised"
        "|article:sgml-layout"
    )


def run() -> dict[str, object]:
    report: dict[str, object] = {"signature": signature(), "target_f1": TARGET_F1}
    for lang in (Lang.EN, Lang.FR):
        started = time.perf_counter()
        report[lang.value] = evaluate(lang)
        print(f"sentences {lang.value}: {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return report


def scoreboard(report: dict[str, object]) -> list[str]:
    lines = [f"sentences vs WMT segment boundaries  ({report['signature']})"]
    for lang in ("en", "fr"):
        r = report[lang]
        assert isinstance(r, dict)
        for name in ("raw", "seen", "punkt_raw"):
            s = r[name]
            label = {"raw": "raw", "seen": "seen", "punkt_raw": "nltk Punkt, raw"}[name]
            lines.append(
                f"  {lang} {label:<16} P {s['precision']:.4f}  R {s['recall']:.4f}  F1 {s['f1']:.4f}"
                f"  (tp {s['tp']}, fp {s['fp']}, fn {s['fn']})"
            )
        a = r["article"]
        s = a["score"]
        lines.append(
            f"  {lang} {'article layout':<16} P {s['precision']:.4f}  R {s['recall']:.4f}  F1 {s['f1']:.4f}"
            f"  (tp {s['tp']}, fp {s['fp']}, fn {s['fn']}; {a['documents']} documents)"
        )
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    report = run()
    write_json(report, OUT)
    print("\n".join(scoreboard(report)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
