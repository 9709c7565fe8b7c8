"""``python -m eval`` (``make eval``): every evaluation, one scoreboard, ``eval/out/scoreboard.json`` and
``docs/accuracy.md``.

Runs, in order: numeric-fact extraction against other projects' test suites (``eval.extraction``), sentence
boundaries against WMT segments (``eval.sentences``), sentence alignment on TransRead and WMT (``eval.alignment``)
and the cross-check on WMT (``eval.crosscheck``). An evaluation that is missing or fails is recorded in the
scoreboard (with its error) and the others still run. The other evaluations' own scoreboards go to stderr; stdout
carries this one. Every figure is deterministic (seeded); the timings shown are not written to the JSON.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import importlib
import json
import subprocess
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from eval.wmt import write_json

REPO = Path(__file__).resolve().parents[1]
OUT_DIR = REPO / "eval" / "out"
SCOREBOARD = OUT_DIR / "scoreboard.json"
ACCURACY = REPO / "docs" / "accuracy.md"

REFERENCES = {
    "extraction": "Recognizers-Text ≈ 93 % EN / 99 % FR and Duckling ≈ 37 % EN / 43 % FR on the Number files",
    "alignment": "TransRead: length+numbers+cognates DP 0.873, hunalign 0.815, nltk Gale–Church 0.627 (F1)",
}


def _commit() -> str:
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True,
                             check=True)
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no", "--", ".", ":(exclude)docs/accuracy.md"],
            cwd=REPO, capture_output=True, text=True, check=True,
        ).stdout.strip()
        return out.stdout.strip() + ("+changes" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def _load(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else None
    except (OSError, ValueError):
        return None


def _run_other(module: str, out_file: str) -> dict[str, Any]:
    """Another engineer's evaluation: its ``main()``, its JSON read back. Its stdout goes to stderr."""
    try:
        mod = importlib.import_module(module)
        main: Callable[..., int] = mod.main
        with contextlib.redirect_stdout(sys.stderr):
            status = main([])
        report = _load(OUT_DIR / out_file)
        if report is None:
            return {"status": "failed", "error": f"{module}.main() wrote no {out_file}"}
        return {"status": "ok" if not status else f"exit {status}", "report": report}
    except Exception as exc:  # recorded in the scoreboard, not hidden
        traceback.print_exc(file=sys.stderr)
        return {"status": "failed", "error": f"{type(exc).__name__}: {exc}"}


def _run_own(module: str) -> dict[str, Any]:
    try:
        mod = importlib.import_module(module)
        report = mod.run()
        write_json(report, mod.OUT)
        return {"status": "ok", "report": report}
    except Exception as exc:  # recorded in the scoreboard, not hidden
        traceback.print_exc(file=sys.stderr)
        return {"status": "failed", "error": f"{type(exc).__name__}: {exc}"}


# --- figures vs targets ---------------------------------------------------------------------------------------


def _row(area: str, figure: str, value: str, target: str, ok: bool | None) -> dict[str, Any]:
    return {"area": area, "figure": figure, "value": value, "target": target,
            "meets": ok}


def _extraction_rows(result: dict[str, Any]) -> list[dict[str, Any]]:
    report = result.get("report")
    if not report:
        return [_row("extraction", "numspecs", result.get("error", "missing"), "", None)]
    rows = []
    for item in report.get("files", []):
        name = str(item.get("file", "?"))
        rows.append(_row("extraction", f"{name} ({item.get('cases', '?')} cases)", f"F1 {item.get('f1', 0):.3f}",
                         "reference: RT / Duckling" if "/Number/" in name or "Numeral" in name else "", None))
    return rows


def _alignment_rows(result: dict[str, Any]) -> list[dict[str, Any]]:
    report = result.get("report")
    if not report:
        return [_row("alignment", "TransRead / WMT", result.get("error", "missing"), "", None)]
    rows = []
    transread = report.get("transread", {})
    ours = transread.get("parafacts", {})
    if "test" in ours:
        test = ours["test"]
        refs = ", ".join(f"{name} {r['test']['f1']:.3f}" for name, r in transread.items()
                         if name != "parafacts" and "test" in r)
        rows.append(_row("alignment", "TransRead test books strict F1", f"{test['f1']:.3f} (lax {test['lax_f1']:.3f}; "
                         f"same run: {refs})", "≥ 0.90", test["f1"] >= 0.90))
        rows.append(_row("alignment", "TransRead test books, beads with digits on both sides found",
                         f"{test['digit_recall']:.3f} (of {test['digit_gold']})", "≥ 0.98",
                         test["digit_recall"] >= 0.98))
        rows.append(_row("alignment", "TransRead test books, one-sided beads found",
                         f"{test['one_sided_recall']:.3f} (of {test['one_sided_gold']})", "", None))
    if "dev" in ours:
        rows.append(_row("alignment", "TransRead dev books (tuned on) strict F1", f"{ours['dev'].get('f1', 0.0):.3f}",
                         "", None))
    own = transread.get("parafacts-own-sentences", {})
    if "test" in own:
        rows.append(_row("alignment", "TransRead test books, our own sentences within each line, strict F1",
                         f"{own['test']['f1']:.3f} (digit beads found {own['test']['digit_recall']:.3f}; dev "
                         f"{own['dev']['f1']:.3f})", "", None))
    wmt_own = report.get("wmt", {}).get("parafacts-own-sentences", {})
    for group, item in wmt_own.items():
        # Every document with layout markup is in the 2008-2013 sets: that row would repeat "all".
        if isinstance(item, dict) and not group.startswith("sets "):
            rows.append(_row("alignment", f"WMT {group}, our own sentences on the article text, strict F1 at "
                             "segment level", f"{item['f1']:.4f} (digit beads found {item['digit_recall']:.3f})",
                             "≥ 0.97", item["f1"] >= 0.97))
    wmt = report.get("wmt", {}).get("parafacts", {})
    for group, item in wmt.items():
        if isinstance(item, dict):
            rows.append(_row("alignment", f"WMT {group}, the gold segments as sentences, strict F1",
                             f"{item['f1']:.4f} (digit beads found {item['digit_recall']:.3f})", "", None))
    rows.append(_row("alignment", "every sentence in exactly one bead, in order",
                     "checked on every case of every aligner (the evaluation stops otherwise)", "", None))
    return rows


def _sentence_rows(result: dict[str, Any]) -> list[dict[str, Any]]:
    report = result.get("report")
    if not report:
        return [_row("sentences", "WMT boundaries", result.get("error", "missing"), "", None)]
    rows = []
    target = report.get("target_f1", 0.98)
    for lang in ("en", "fr"):
        r = report[lang]
        a = r["article"]
        s = a["score"]
        rows.append(_row("sentences", f"{lang} article layout ({a['documents']} documents with headline and "
                         "paragraph markup; every segment boundary is gold)",
                         f"P {s['precision']:.4f} R {s['recall']:.4f} F1 {s['f1']:.4f}", f"F1 ≥ {target}",
                         s["f1"] >= target))
        s = r["seen"]
        rows.append(_row("sentences", f"{lang} seen (one paragraph, punctuated gold, Punkt-judged inner splits)",
                         f"P {s['precision']:.4f} R {s['recall']:.4f} F1 {s['f1']:.4f}", f"F1 ≥ {target}",
                         s["f1"] >= target))
        s = r["raw"]
        rows.append(_row("sentences", f"{lang} raw (one paragraph, no layout: headlines run into the text), "
                         "reference", f"P {s['precision']:.4f} R {s['recall']:.4f} F1 {s['f1']:.4f}", "", None))
        p = r["punkt_raw"]
        rows.append(_row("sentences", f"{lang} nltk Punkt (unsupervised) raw, reference",
                         f"P {p['precision']:.4f} R {p['recall']:.4f} F1 {p['f1']:.4f}", "", None))
    return rows


def _crosscheck_rows(result: dict[str, Any]) -> list[dict[str, Any]]:
    report = result.get("report")
    if not report:
        return [_row("cross-check", "WMT", result.get("error", "missing"), "", None)]
    seg, inj, art = report["segment_pairs"], report["injected"], report["articles"]
    rows = [
        _row("cross-check", f"false alarms, clean digit pairs ({seg['clean_pairs']})",
             f"ours {seg['ours']['false_alarm_rate']:.2%} ({seg['ours']['flagged']}; "
             f"{seg['ours']['false_alarm_rate_garbled_as_clean']:.2%} if the garbled figures of the confirmed list "
             "were counted as clean); translate-toolkit "
             f"{seg['translate_toolkit']['false_alarm_rate']:.2%} ({seg['translate_toolkit']['flagged']})",
             f"≤ {seg['target_false_alarm_rate']:.0%}",
             seg["ours"]["false_alarm_rate"] <= seg["target_false_alarm_rate"]),
        _row("cross-check", "confirmed translation differences (eval/confirmed_errors.tsv)",
             f"{seg['confirmed']} {seg['confirmed_by_label']}, caught {seg['confirmed_caught']}", "", None),
    ]
    for kind, r in inj["kinds"].items():
        rows.append(_row("cross-check", f"recall, injected {kind} (n {r['changed']})",
                         f"ours {r['ours']:.2%}; translate-toolkit {r['ttk']:.2%} (n {r['ttk_base']}, ours there "
                         f"{r['ours_on_ttk_base']:.2%})", f"≥ {inj['target_recall']:.0%}" if kind == "overall" else "",
                         r["ours"] >= inj["target_recall"] if kind == "overall" else None))
    rows.append(_row("cross-check", f"whole articles ({art['documents']} documents, {art['sentences']:.0f} sentences)",
                     f"{art['not_confirmed_per_100_sentences']:.2f} error findings / 100 sentences outside confirmed "
                     f"differences ({art['per_100_sentences']:.2f} in all)", f"≤ {art['target_per_100']}",
                     art["not_confirmed_per_100_sentences"] <= art["target_per_100"]))
    return rows


# --- residual errors by cause ------------------------------------------------------------------------------------


def _where(example: str) -> str:
    """The location part of an example (``set/docid#seg`` or ``set/docid``): the data's text stays out of docs."""
    return example.split(": ", 1)[0]


def _residuals(results: dict[str, dict[str, Any]]) -> list[str]:
    """Residual errors grouped by cause, with counts and where to look (no text of the shared data: examples with
    their text are in ``eval/out/*.json``, which is not committed)."""
    lines: list[str] = []
    sentences = results["sentences"].get("report")
    if sentences:
        for lang in ("en", "fr"):
            article = sentences[lang]["article"]
            lines.append(f"### Sentences, {lang} (article layout figure; {article['documents_without_layout']} "
                         "documents without layout markup left out; examples with text in eval/out/sentences.json)")
            for cause, item in article["errors"].items():
                where = ", ".join(_where(e) for e in item["examples"][:2])
                lines.append(f"- {cause}: {item['count']} (e.g. {where})")
            lines.append("")
        for lang in ("en", "fr"):
            lines.append(f"### Sentences, {lang} (seen figure; examples with text in eval/out/sentences.json)")
            for reason, n in sentences[lang].get("gold_not_seen", {}).items():
                lines.append(f"- left out of the seen gold: {reason}: {n}")
            for cause, item in sentences[lang]["errors"].items():
                where = ", ".join(_where(e) for e in item["examples"][:2])
                lines.append(f"- {cause}: {item['count']} (e.g. {where})")
            lines.append("")
    cross = results["crosscheck"].get("report")
    if cross:
        seg = cross["segment_pairs"]
        lines.append("### Cross-check, flagged clean segment pairs, by cause (reviewed by hand in "
                     "eval/false_alarms.tsv; the pairs with their findings in eval/out/crosscheck-flagged.tsv)")
        for cause, item in seg.get("residual_causes", {}).items():
            lines.append(f"- {cause}: {item['count']} (e.g. {_where(item['example'])})")
        lines.append("")
        lines.append("### Cross-check, injected changes missed, by cause (the changes in eval/out/crosscheck.json)")
        for cause, item in cross["injected"].get("missed_causes", {}).items():
            kinds = ", ".join(f"{kind} {count}" for kind, count in item["kinds"].items())
            examples = ", ".join(_where(e) for e in item["examples"][:3])
            lines.append(f"- {cause}: {item['count']} ({kinds}; e.g. {examples})")
        lines.append("")
        art = cross.get("articles", {})
        if art.get("not_confirmed_by_code"):
            lines.append("### Cross-check, whole articles: error findings outside the confirmed differences, by code "
                         "(WMT segment ids)")
            for name, count in art["not_confirmed_by_code"].items():
                shown = ", ".join(art.get("not_confirmed_examples", {}).get(name, []))
                lines.append(f"- {name}: {count} (e.g. {shown})")
            lines.append("")
    alignment = results["alignment"].get("report")
    if alignment and alignment.get("transread_test_digit_misses"):
        lines.append("### Alignment, TransRead test beads with digits on both sides not found (sentence indices)")
        lines.extend(f"- {miss}" for miss in alignment["transread_test_digit_misses"])
        lines.append("")
    if alignment and alignment.get("wmt_own_sentence_errors"):
        lines.append("### Alignment, WMT on our own sentences: wrong beads by cause (segment indices; all cases, "
                     "altered copies included)")
        for cause, item in alignment["wmt_own_sentence_errors"].items():
            lines.append(f"- {cause}: {item['count']} (e.g. {'; '.join(item['examples'][:3])})")
        lines.append("")
    extraction = results["extraction"].get("report")
    if extraction:
        lines.append("### Extraction, failing cases per file (cases in eval/out/extraction.json)")
        for item in extraction.get("files", []):
            failures = item.get("failures") or []
            if failures:
                lines.append(f"- {item.get('file')}: {len(failures)} failing")
        lines.append("")
    return lines


def _markdown(board: dict[str, Any], results: dict[str, dict[str, Any]]) -> str:
    out = [
        "# Accuracy",
        "",
        f"Written by `python -m eval` (`make eval`) on {board['date']} at commit `{board['commit']}`; do not edit by "
        "hand. Data are read in place from the shared folder (`$PARAFACTS_SHARED`); every figure is seeded and "
        "repeats run to run.",
        "",
        "## Evaluations",
        "",
        "| evaluation | status | signature |",
        "|---|---|---|",
    ]
    for name, result in results.items():
        sig = (result.get("report") or {}).get("signature", "")
        status = result["status"] if result["status"] == "ok" else f"{result['status']}: {result.get('error', '')}"
        out.append(f"| {name} | {status} | `{sig}` |")
    out += ["", "## Figures and targets", "", "| area | figure | value | target | meets |", "|---|---|---|---|---|"]
    for row in board["rows"]:
        meets = "" if row["meets"] is None else ("yes" if row["meets"] else "**no**")
        out.append(f"| {row['area']} | {row['figure']} | {row['value']} | {row['target']} | {meets} |")
    out += ["", "## Reference points", ""]
    out += [f"- {area}: {text}" for area, text in REFERENCES.items()]
    out += [
        "",
        "## How the figures are made",
        "",
        "- Sentences (`eval/sentences.py`): *article layout* lays each WMT document out as an article file from "
        "its SGML markup (the headline and each paragraph a line of their own, blank lines between them, the "
        "segments of a paragraph joined by a space; newstest2014 has no markup and is left out), reads it with "
        "`pipeline.ingest.parse_blocks` and `pipeline.segment.split_block` as `parafacts` does, and scores against "
        "every segment boundary, none left out or excused. *raw* and *seen* join all the segments of a document "
        "into one paragraph; *raw* scores against every segment boundary, although headlines and subheads without "
        "a final stop then run into the next sentence with nothing to show the break; *seen* leaves out of the gold "
        "the boundaries after a segment without final punctuation or before a lower-case segment, and accepts a "
        "split inside a segment only where nltk's Punkt (trained without supervision on the same text) also splits. "
        "The article figure's residual splits are mostly WMT segments that hold two sentences, its misses WMT "
        "segment breaks inside a sentence.",
        "- Alignment (`eval/alignment.py`): TransRead lines and WMT segments are the gold units. *the gold segments "
        "as sentences* hands the aligner one unit per sentence. *our own sentences* runs it as `parafacts check` "
        "does: a TransRead line is a paragraph our segmenter may split further; a WMT document (with layout markup; "
        "newstest2014 has none and is left out) is laid out as an article file, as for the sentence figure, read "
        "with `parse_blocks` and `split_block`, so that the segmenter must find every segment break itself; "
        "each of our beads is then read back onto the gold units it touches (two units are in one bead when "
        "sentences of theirs are), and scored at unit level.",
        "- Cross-check (`eval/crosscheck.py`): `check_segments` on every digit-bearing WMT segment pair "
        "(newstest2014 and origlang en/fr); flagged = at least one error finding; confirmed translation "
        "differences (`eval/confirmed_errors.tsv`, reviewed by hand) are left out of the clean pairs; injected "
        "changes in the French side of silent clean pairs; translate-toolkit's `numbers` check on the same pairs; "
        "`check_documents` on whole articles.",
        "",
        "## Residual errors by cause",
        "",
    ]
    out += _residuals(results)
    return "\n".join(out).rstrip() + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    started = time.perf_counter()
    results: dict[str, dict[str, Any]] = {}
    timings: dict[str, float] = {}
    for name, runner in (
        ("extraction", lambda: _run_other("eval.extraction", "extraction.json")),
        ("sentences", lambda: _run_own("eval.sentences")),
        ("alignment", lambda: _run_other("eval.alignment", "alignment.json")),
        ("crosscheck", lambda: _run_own("eval.crosscheck")),
    ):
        t0 = time.perf_counter()
        print(f"== {name}", file=sys.stderr)
        results[name] = runner()
        timings[name] = time.perf_counter() - t0
    rows = (_extraction_rows(results["extraction"]) + _sentence_rows(results["sentences"])
            + _alignment_rows(results["alignment"]) + _crosscheck_rows(results["crosscheck"]))
    board = {
        "date": dt.date.today().isoformat(),
        "commit": _commit(),
        "status": {name: r["status"] for name, r in results.items()},
        "errors": {name: r["error"] for name, r in results.items() if "error" in r},
        "signatures": {name: (r.get("report") or {}).get("signature", "") for name, r in results.items()},
        "references": REFERENCES,
        "rows": rows,
    }
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    SCOREBOARD.write_text(json.dumps(board, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    ACCURACY.parent.mkdir(parents=True, exist_ok=True)
    ACCURACY.write_text(_markdown(board, results), encoding="utf-8")
    print(f"parafacts evaluation — {board['date']} — commit {board['commit']}")
    width = max(len(f"{r['area']}: {r['figure']}") for r in rows)
    for r in rows:
        mark = "" if r["meets"] is None else ("  ok" if r["meets"] else "  BELOW TARGET")
        target = f"  [{r['target']}]" if r["target"] else ""
        print(f"{r['area'] + ': ' + r['figure']:<{width}}  {r['value']}{target}{mark}")
    for name, r in results.items():
        if r["status"] != "ok":
            print(f"{name}: {r['status']}: {r.get('error', '')}")
    print(f"wrote {SCOREBOARD.relative_to(REPO)} and {ACCURACY.relative_to(REPO)}", file=sys.stderr)
    print("time: " + ", ".join(f"{k} {v:.0f} s" for k, v in timings.items())
          + f", total {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
