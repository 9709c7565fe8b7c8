"""Score aligner settings side by side, for tuning: ``python -m eval.align_variants '{}' '{"prior_31": 4.0}'``.

Each argument is a JSON object of ``pipeline.align.AlignParams`` fields. For each, one line: strict F1 and one-sided
recall on the TransRead dev books (the ones to tune on), strict F1 and one-sided recall on the WMT 2008-2013 sets
with their altered copies, strict F1 on each alteration kind, and, for reference only, the test books' strict F1,
digit beads and one-sided beads found. 10-25 s a setting on two cores. Settings are chosen on dev and WMT; the
test columns are never a reason.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor

from eval.alignment import ALTERATIONS, DEV_BOOKS, Case, Counts, _links, _sentences, _total, count, load_cases, summary
from pipeline.align import AlignParams, align_sentences_with

_CASES: list[Case] = []


def _cases() -> list[Case]:
    if not _CASES:
        books, wmt_cases = load_cases()
        _CASES.extend(books + wmt_cases)
    return _CASES


def _run(job: tuple[AlignParams, int]) -> tuple[int, Counts]:
    params, index = job
    case = _cases()[index]
    return index, count(case, _links(align_sentences_with(_sentences(case.en), _sentences(case.fr), params)))


def score(params: AlignParams) -> dict[str, object]:
    cases = _cases()
    with ProcessPoolExecutor(2) as pool:
        counts = dict(pool.map(_run, [(params, i) for i in range(len(cases))], chunksize=8))
    books = [i for i, c in enumerate(cases) if c.group not in ALTERATIONS]
    dev_counts = _total(counts, [i for i in books if cases[i].name in DEV_BOOKS])
    dev = summary(dev_counts)
    test = _total(counts, [i for i in books if cases[i].name not in DEV_BOOKS])
    tuning = [i for i, c in enumerate(cases) if c.group in ALTERATIONS and not c.name.startswith("newstest2014")]
    wmt = summary(_total(counts, tuning))
    out: dict[str, object] = {"dev_f1": dev["f1"], "dev_one_sided": dev["one_sided_recall"],
                              "dev_digits": f"{dev_counts.digit_found}/{dev_counts.digit_gold}",
                              "wmt_tuning_f1": wmt["f1"], "wmt_one_sided": wmt["one_sided_recall"]}
    for kind in ALTERATIONS[1:]:
        out[f"wmt_{kind}_f1"] = summary(_total(counts, [i for i in tuning if cases[i].group == kind]))["f1"]
    out["test_f1 (reference)"] = summary(test)["f1"]
    out["test_digits (reference)"] = f"{test.digit_found}/{test.digit_gold}"
    out["test_one_sided (reference)"] = summary(test)["one_sided_recall"]
    return out


def main(argv: Sequence[str] | None = None) -> int:
    for spec in list(sys.argv[1:] if argv is None else argv) or ["{}"]:
        print(spec, json.dumps(score(AlignParams(**json.loads(spec)))), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
