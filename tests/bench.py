"""``make bench``: time per stage and in total, on the seed pair and on a long article (the pair repeated 100
times), plus CLI start-up. Every time is also given as a ratio to a baseline measured in the same run (the spaCy
tokenizer over the same text for stages, a bare ``python -c pass`` for start-up), so figures from noisy 2-core
machines can be compared.
"""

from __future__ import annotations

import re
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from statistics import median
from typing import Any

from pipeline.align import AlignParams, align_sentences, align_sentences_with
from pipeline.crosscheck import Side, check_consistency, compare_facts
from pipeline.ingest import parse_blocks
from pipeline.langid import label_blocks
from pipeline.model import Document, Lang
from pipeline.run import check_documents, sentence_facts
from pipeline.segment import split_sentences

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpora" / "baonghean" / "2016-01-22-drug-addiction-treatment"


def _best(fn: Callable[[], Any], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def _stages(en_text: str, fr_text: str, repeat: int) -> dict[str, float]:
    timings: dict[str, float] = {}
    state: dict[str, Any] = {}

    def ingest() -> None:
        state["en"] = Document("en", Lang.EN, en_text, parse_blocks(en_text, Lang.EN))
        state["fr"] = Document("fr", Lang.FR, fr_text, parse_blocks(fr_text, Lang.FR))

    def langid() -> None:
        state["en_l"], state["fr_l"] = label_blocks(state["en"]), label_blocks(state["fr"])

    def sentences() -> None:
        state["en_s"], state["fr_s"] = split_sentences(state["en_l"]), split_sentences(state["fr_l"])

    def facts() -> None:
        state["en_f"] = [f for s in state["en_s"] for f in sentence_facts(s, Lang.EN)]
        state["fr_f"] = [f for s in state["fr_s"] for f in sentence_facts(s, Lang.FR)]

    def align() -> None:
        state["beads"] = align_sentences(state["en_s"], state["fr_s"])

    def align_one_pass() -> None:  # the same without the second, lexicon pass (which only long documents get)
        align_sentences_with(state["en_s"], state["fr_s"], AlignParams(lexicon_min_beads=0))

    def crosscheck() -> None:
        en = Side(Lang.EN, state["en_s"], state["en_f"])
        fr = Side(Lang.FR, state["fr_s"], state["fr_f"])
        compare_facts(state["beads"], en, fr)
        check_consistency(state["beads"], en, fr)

    for name, fn in [("ingest", ingest), ("langid", langid), ("sentences", sentences), ("facts", facts),
                     ("align", align), ("align, first pass only", align_one_pass), ("crosscheck", crosscheck)]:
        timings[name] = _best(fn, repeat)
    timings["total"] = _best(
        lambda: check_documents(
            Document("en", Lang.EN, en_text, parse_blocks(en_text, Lang.EN)),
            Document("fr", Lang.FR, fr_text, parse_blocks(fr_text, Lang.FR)),
        ),
        repeat,
    )
    timings[BASELINE] = _best(lambda: _reference_workload(en_text + fr_text), repeat)
    return timings


BASELINE = "baseline: reference workload"
_WORDS = re.compile(r"\w+|[^\w\s]")


def _reference_workload(text: str) -> int:
    return sum(len(_WORDS.findall(text)) for _ in range(10))


def _print_stages(title: str, timings: dict[str, float]) -> None:
    base = timings[BASELINE]
    print(f"\n{title}")
    print(f"  {'stage':<28}{'ms':>10}{'x baseline':>12}")
    for name, seconds in timings.items():
        print(f"  {name:<28}{seconds * 1000:>10.2f}{seconds / base:>12.2f}")


def _command(args: list[str], repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(args, check=False, capture_output=True)
        times.append(time.perf_counter() - start)
    return median(times)


def main() -> int:
    en_text = (SEED / "en.txt").read_text(encoding="utf-8")
    fr_text = (SEED / "fr.txt").read_text(encoding="utf-8")
    check_documents(  # warm caches (tokenizers, langdetect profiles) once, as a long-running job would
        Document("en", Lang.EN, en_text, parse_blocks(en_text, Lang.EN)),
        Document("fr", Lang.FR, fr_text, parse_blocks(fr_text, Lang.FR)),
    )
    seed = _stages(en_text, fr_text, repeat=20)
    _print_stages("seed pair (best of 20)", seed)
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    long = _stages("\n\n".join([en_text] * 100), "\n".join([fr_text] * 100), repeat=2)
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    _print_stages("long article: the pair repeated 100 times (best of 2)", long)
    print(f"\n  long/seed total time: {long['total'] / seed['total']:.1f}x for 100x the text "
          f"(linear would be 100x)")
    print(f"  peak memory: {rss_after / 1024:.0f} MiB after the long article "
          f"({rss_after / max(rss_before, 1):.2f}x the peak before it)")
    print(f"\nthroughput: {1 / seed['total']:.0f} article pairs per second on one core (seed pair, warm)")

    python = _command([sys.executable, "-c", "pass"])
    version = _command([sys.executable, "-m", "pipeline", "--version"])
    check = _command([sys.executable, "-m", "pipeline", "check", str(SEED / "en.txt"), str(SEED / "fr.txt")])
    print("\nCLI start-up (median of 3, wall)")
    print(f"  {'command':<36}{'s':>8}{'x python':>10}")
    for name, seconds in [("python -c pass (baseline)", python), ("parafacts --version", version),
                          ("parafacts check <seed pair> (cold)", check)]:
        print(f"  {name:<36}{seconds:>8.2f}{seconds / python:>10.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
