"""The ``parafacts`` command: argument parsing, output files and exit statuses; nothing else.

Exit statuses: 0 no error finding, 1 error findings, 2 usage or input error (one line on stderr, nothing written).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path
from typing import Any, NoReturn

from . import __version__
from .errors import InputError, ParafactsError
from .files import make_folder, read_bytes, write_text_atomic
from .model import Bead, BlockKind, CheckResult, Document, Lang, Sentence, Severity

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
CHECK_FORMATS = ("json", "text", "html", "sarif", "github", "junit")
FAIL_ON = ("error", "warning", "never")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"parafacts: error: {message}; see 'parafacts {self._sub()}--help'\n")

    def _sub(self) -> str:
        parts = self.prog.split()[1:]
        return " ".join(parts) + " " if parts else ""


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="parafacts", description="Check that the English and French versions of a news "
                     "article report the same figures.")
    parser.add_argument("--version", action="version", version=f"parafacts {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    check = sub.add_parser("check", help="check one article pair", description="Check one article pair.")
    check.add_argument("en", help="the English version (UTF-8 or UTF-16 text), or - for standard input")
    check.add_argument("fr", help="the French version, or - for standard input")
    check.add_argument("--format", choices=CHECK_FORMATS, default="json",
                       help="output format (default json): json, text, html (a review page), sarif, github, junit")
    check.add_argument("-o", "--output", help="write here instead of standard output")
    check.add_argument("--fail-on", choices=FAIL_ON, default="error",
                       help="exit 1 on error findings (default), on warnings too, or never")

    pairs = sub.add_parser("check-pairs", help="check aligned segment pairs (JSON Lines, TMX, XLIFF)",
                           description='Check aligned segment pairs: JSON Lines {"id": …, "en": …, "fr": …}, '
                           "or a TMX 1.4 / XLIFF 1.2 / 2.0 file (by extension .tmx, .xlf, .xliff, or by content).")
    pairs.add_argument("input", help="a JSON Lines, TMX or XLIFF file, or - for standard input")
    pairs.add_argument("-o", "--output", help="write here instead of standard output")

    extract = sub.add_parser("extract", help="extract numeric facts from one text",
                             description="Extract numeric facts as JSON Lines.")
    extract.add_argument("input", help="a text file, or - for standard input")
    extract.add_argument("--lang", required=True, choices=("en", "fr"), help="the text's language")
    extract.add_argument("--lines", action="store_true", help="treat every input line as its own text")
    extract.add_argument("-o", "--output", help="write here instead of standard output")

    align = sub.add_parser("align", help="align the sentences of an article pair",
                           description="Align the sentences of an article pair.")
    align.add_argument("en", help="the English version")
    align.add_argument("fr", help="the French version")
    align.add_argument("--presplit", action="store_true", help="each file already holds one sentence per line")
    align.add_argument("-o", "--output", help="write here instead of standard output")

    run = sub.add_parser("run", help="check every article pair of a corpus",
                         description="Check every article pair of a corpus folder (folders holding en.txt and fr.txt).")
    run.add_argument("corpus", nargs="?", default="corpora", help="the corpus folder (default corpora)")
    run.add_argument("-o", "--output", default="reports", help="where reports go (default reports/)")
    run.add_argument("-j", "--jobs", type=int, default=1, help="worker processes (default 1)")
    run.add_argument("--format", choices=("sarif", "github", "junit"),
                     help="also write all findings for CI: OUTDIR/results.sarif, OUTDIR/junit.xml, or GitHub "
                     "annotations on standard output")
    run.add_argument("--fail-on", choices=FAIL_ON, default="error",
                     help="a pair fails (exit 1) on error findings (default), on warnings too, or never")
    run_cache = run.add_mutually_exclusive_group()
    run_cache.add_argument("--cache", metavar="DIR", help="the cache of unchanged pairs (default OUTDIR/.cache)")
    run_cache.add_argument("--no-cache", action="store_true", help="recompute every pair; read and write no cache")
    _add_diff_and_export(sub)
    return parser


# --- output --------------------------------------------------------------------------------------------------


def _write(output: str | None, text: str) -> None:
    """Write ``text`` to ``output`` atomically (temporary file, then rename), or to standard output."""
    if output is None or output == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    write_text_atomic(output, text)


def _read_bytes(name: str) -> tuple[bytes, str]:
    """The bytes of a file, or of standard input for ``-``, and the label errors name it by."""
    if name == "-":
        return sys.stdin.buffer.read(), "<stdin>"
    return read_bytes(name), name


def _article(name: str, lang: Lang) -> Document:
    """One version of a pair, from its file or, for ``-``, from standard input."""
    from .ingest import document_from_bytes, read_document

    if name == "-":
        return document_from_bytes(sys.stdin.buffer.read(), "<stdin>", lang)
    return read_document(name, lang)


def _read_input(name: str) -> str:
    from .ingest import decode

    data, label = _read_bytes(name)
    return decode(data, label)[0]


def _exit_status(results: Iterable[CheckResult], fail_on: str = "error") -> int:
    """1 when a finding reaches ``fail_on`` (error, warning; never: always 0)."""
    failing = {"error": (Severity.ERROR,), "warning": (Severity.ERROR, Severity.WARNING), "never": ()}[fail_on]
    return EXIT_FINDINGS if any(f.severity in failing for r in results for f in r.findings) else EXIT_OK


# --- commands ------------------------------------------------------------------------------------------------


def _cmd_check(args: argparse.Namespace) -> int:
    from .report import build_report, render_text, to_json
    from .run import check_documents, signature

    if args.en == "-" and args.fr == "-":
        raise InputError("both versions cannot come from standard input; give one of them as a file", "-")
    result = check_documents(_article(args.en, Lang.EN), _article(args.fr, Lang.FR))
    if args.format == "text":
        text = render_text(result, signature())
    elif args.format == "json":
        text = to_json(build_report(result, signature()))
    elif args.format == "html":
        from .html import render_review

        text = render_review(build_report(result, signature()), result.en.document.text, result.fr.document.text)
    else:
        from .ci import CiSuite, findings_from_result, render

        suite = CiSuite(f"{args.en} <> {args.fr}", findings_from_result(result))
        text = render(args.format, [suite], fail_on=args.fail_on)
    _write(args.output, text)
    return _exit_status([result], args.fail_on)


def _parse_pairs(text: str, label: str) -> list[tuple[Any, str, str]]:
    rows = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(
                f"line {number} is not valid JSON ({exc.msg}); give one JSON object per line", label
            ) from None
        if not isinstance(row, dict) or not isinstance(row.get("en"), str) or not isinstance(row.get("fr"), str):
            raise InputError(
                f'line {number} needs an object with string fields "en" and "fr" (and an "id")', label
            )
        rows.append((row.get("id", number), row["en"], row["fr"]))
    return rows


def _cmd_check_pairs(args: argparse.Namespace) -> int:
    from .ingest import decode
    from .report import finding_json, to_json_line
    from .run import check_segments
    from .tm import parse_segment_pairs, sniff_format

    data, label = _read_bytes(args.input)
    if sniff_format(args.input, data) == "jsonl":
        rows = _parse_pairs(decode(data, label)[0], args.input)
    else:
        rows = [(p.id, p.en, p.fr) for p in parse_segment_pairs(data, label)]
    results = []
    out = []
    for pair_id, en, fr in rows:
        result = check_segments(en, fr, str(pair_id))
        results.append(result)
        out.append(to_json_line({"id": pair_id, "findings": [finding_json(f) for f in result.findings]}))
    _write(args.output, "".join(out))
    return _exit_status(results)


def _cmd_extract(args: argparse.Namespace) -> int:
    from .report import fact_json, to_json_line
    from .run import extract_text, sentence_facts

    text = _read_input(args.input)
    lang = Lang(args.lang)
    out = []
    if args.lines:
        for number, line in enumerate(text.split("\n"), start=1):
            if number == len(text.split("\n")) and not line:
                break
            sentence = Sentence(index=0, block=0, kind=BlockKind.BODY, start=0, end=len(line), text=line)
            facts = sentence_facts(sentence, lang) if line.strip() else ()
            out.append(to_json_line({"line": number, "facts": [_line_fact(fact_json(f, lang.value)) for f in facts]}))
    else:
        analysis = extract_text(text, lang, args.input)
        out.extend(to_json_line(fact_json(f, lang.value)) for f in analysis.facts)
        out.extend(to_json_line(fact_json(f, "vi")) for f in analysis.source_facts)
    _write(args.output, "".join(out))
    return EXIT_OK


def _line_fact(data: dict[str, Any]) -> dict[str, Any]:
    del data["sentence"], data["block"]
    return data


def _presplit_sentences(path: str, lang: Lang) -> tuple[Sentence, ...]:
    text = _read_input(path)
    sentences = []
    position = 0
    for number, line in enumerate(text.split("\n")):
        sentences.append(Sentence(index=number, block=0, kind=BlockKind.BODY, start=position,
                                  end=position + len(line), text=line))
        position += len(line) + 1
    if sentences and not sentences[-1].text:
        sentences.pop()
    return tuple(sentences)


def _cmd_align(args: argparse.Namespace) -> int:
    from .align import align_sentences
    from .ingest import read_document
    from .report import bead_json, sentence_json, to_json
    from .run import analyse

    data: dict[str, Any]
    beads: Sequence[Bead]
    if args.presplit:
        beads = align_sentences(_presplit_sentences(args.en, Lang.EN), _presplit_sentences(args.fr, Lang.FR))
        data = {"beads": [bead_json(b) for b in beads]}
    else:
        en = analyse(read_document(args.en, Lang.EN))
        fr = analyse(read_document(args.fr, Lang.FR))
        beads = align_sentences(en.sentences, fr.sentences)
        data = {
            "beads": [bead_json(b) for b in beads],
            "sentences": {"en": [sentence_json(s) for s in en.sentences],
                          "fr": [sentence_json(s) for s in fr.sentences]},
        }
    _write(args.output, to_json(data))
    return EXIT_OK


def _check_one(en: str, fr: str) -> Any:
    """Worker for ``run``: a ``pipeline.cache.Entry``, or the error message of an unreadable pair."""
    from .cache import Entry
    from .report import build_report, render_text
    from .run import check_files, signature

    try:
        result = check_files(en, fr)
    except ParafactsError as exc:
        return str(exc)
    return Entry(report=build_report(result, signature()), text=render_text(result, signature()),
                 en_text=result.en.document.text, fr_text=result.fr.document.text)


def _run_outcomes(args: argparse.Namespace, jobs: Sequence[tuple[str, str]], output: Path) -> tuple[list[Any], int]:
    """Each pair's entry (from the cache when its files and the pipeline are unchanged) or error; and how many
    came from the cache. Shows progress on a terminal."""
    from .cache import Cache, pair_key
    from .progress import Progress
    from .run import signature

    cache = None if args.no_cache else Cache(args.cache or output / ".cache")
    keys = [pair_key(en, fr, signature()) if cache else None for en, fr in jobs]
    outcomes: list[Any] = [cache.get(k) if cache and k else None for k in keys]
    todo = [i for i, outcome in enumerate(outcomes) if outcome is None]
    with Progress(len(jobs), sys.stderr) as progress:

        def done(i: int, outcome: Any) -> None:  # stored at once: an interrupted run keeps what it computed
            outcomes[i] = outcome
            key = keys[i]
            if cache and key and not isinstance(outcome, str):
                cache.put(key, outcome)
            progress.advance()

        progress.advance(len(jobs) - len(todo))
        if args.jobs == 1 or len(todo) < 2:
            for i in todo:
                done(i, _check_one(*jobs[i]))
        else:
            with ProcessPoolExecutor(max_workers=min(args.jobs, len(todo))) as pool:
                futures = {pool.submit(_check_one, *jobs[i]): i for i in todo}
                for future in as_completed(futures):
                    done(futures[future], future.result())
    return outcomes, len(jobs) - len(todo)


def _fails(summary: dict[str, Any], fail_on: str) -> bool:
    return bool({"error": summary["errors"], "warning": summary["errors"] + summary["warnings"],
                 "never": 0}[fail_on])


def _cmd_run(args: argparse.Namespace) -> int:
    from .html import render_index, render_review
    from .report import counts, plural, to_json
    from .run import find_pairs, signature

    if args.jobs < 1:
        raise InputError(f"--jobs must be at least 1, not {args.jobs}")
    pairs = find_pairs(args.corpus)
    output = Path(args.output)
    make_folder(output)
    jobs = [(str(p.en), str(p.fr)) for p in pairs]
    outcomes, cached = _run_outcomes(args, jobs, output)
    corpus: dict[str, Any] = {"signature": signature(), "corpus": args.corpus, "pairs": []}
    totals = {"errors": 0, "warnings": 0, "infos": 0}
    failed = unreadable = 0
    entries = []
    for pair, entry in zip(pairs, outcomes, strict=True):
        if isinstance(entry, str):
            unreadable += 1
            print(f"ERROR {pair.id}: {entry}")
            corpus["pairs"].append({"id": pair.id, "status": "unreadable", "error": entry})
            continue
        entries.append((pair.id, entry))
        report = entry.report
        folder = output / pair.id
        make_folder(folder)
        _write(str(folder / "report.json"), to_json(report))
        _write(str(folder / "report.txt"), entry.text)
        _write(str(folder / "review.html"), render_review(report, entry.en_text, entry.fr_text))
        summary = report["summary"]
        for key in totals:
            totals[key] += summary[key]
        status = "fail" if _fails(summary, args.fail_on) else "pass"
        failed += status == "fail"
        print(f"{status.upper()} {pair.id}: {counts(summary)}; "
              f"{summary['facts']['en']} EN / {summary['facts']['fr']} FR facts, "
              f"{summary['beads']} beads")
        corpus["pairs"].append({"id": pair.id, "status": status, "report": f"{pair.id}/report.json",
                                "summary": summary})
    corpus["summary"] = {"pairs": len(pairs), "passed": len(pairs) - failed - unreadable, "failed": failed,
                         "unreadable": unreadable, **totals}
    _write(str(output / "summary.json"), to_json(corpus))
    _write(str(output / "index.html"), render_index(corpus))
    if args.format:
        from .ci import CiSuite, findings_from_report, render

        suites = [CiSuite(pair_id, findings_from_report(e.report, e.en_text, e.fr_text)) for pair_id, e in entries]
        text = render(args.format, suites, fail_on=args.fail_on)
        if args.format == "github":
            sys.stdout.write(text)
        else:
            _write(str(output / ("results.sarif" if args.format == "sarif" else "junit.xml")), text)
    print(f"{plural(len(pairs), 'pair')}: {len(pairs) - failed - unreadable} passed, {failed} failed, "
          f"{unreadable} unreadable; "
          f"{counts(totals)}; reports in {output}/; "
          f"{cached} cached, {len(pairs) - cached} computed")
    if unreadable:
        return EXIT_USAGE
    return EXIT_FINDINGS if failed else EXIT_OK


# --- diff and export ---------------------------------------------------------------------------------------


def _add_diff_and_export(sub: Any) -> None:
    diff = sub.add_parser("diff", help="what changed between two versions of a corpus",
                          description="Compare two corpus folders, or a corpus folder at two git revisions: facts "
                          "added, removed and changed per language, and figures that changed in one language only.")
    diff.add_argument("old", help="the old corpus folder (with --git: the old revision)")
    diff.add_argument("new", help="the new corpus folder (with --git: the new revision)")
    diff.add_argument("path", nargs="?", help="with --git: the corpus folder in the repository (default corpora)")
    diff.add_argument("--git", action="store_true", help="OLD and NEW are git revisions; files are read with git, "
                      "without a checkout")
    diff.add_argument("-C", dest="repo", help="with --git: the repository's folder (default: the current one)")
    diff.add_argument("--format", choices=("json", "text", "sarif", "github", "junit"), default="json",
                      help="output format (default json)")
    diff.add_argument("--fail-on", choices=("error", "warning", "never"), default="error",
                      help="exit 1 on error findings (default), on warnings too, or never")
    diff.add_argument("-o", "--output", help="write here instead of standard output")

    export = sub.add_parser("export", help="write every fact of a corpus to Parquet, CSV or SQLite",
                            description="Write one row per fact of every pair of a corpus; the format follows "
                            "the output's extension: .parquet, .csv, .sqlite (or .db).")
    export.add_argument("corpus", nargs="?", default="corpora", help="the corpus folder (default corpora)")
    export.add_argument("-o", "--output", required=True, help="facts.parquet, facts.csv or facts.sqlite")


def _cmd_diff(args: argparse.Namespace) -> int:
    from . import diff

    if args.git:
        old = diff.read_corpus_git(args.old, args.path or "corpora", args.repo or ".")
        new = diff.read_corpus_git(args.new, args.path or "corpora", args.repo or ".")
    else:
        if args.path is not None or args.repo is not None:
            raise InputError("PATH and -C go with --git; to compare two folders give just OLD and NEW")
        old, new = diff.read_corpus_dir(args.old), diff.read_corpus_dir(args.new)
    result = diff.diff_corpora(old, new)
    if args.format == "json":
        from .report import to_json

        text = to_json(diff.build_diff_report(result, diff.signature()))
    elif args.format == "text":
        text = diff.render_text(result, diff.signature())
    else:
        text = diff.render_ci(args.format, result, fail_on=args.fail_on)
    _write(args.output, text)
    return EXIT_FINDINGS if diff.fails(result, args.fail_on) else EXIT_OK


def _cmd_export(args: argparse.Namespace) -> int:
    from .export import export_corpus
    from .report import plural

    pairs, facts = export_corpus(args.corpus, args.output)
    sys.stdout.write(f"{plural(facts, 'fact')} of {plural(pairs, 'pair')} written to {args.output}\n")
    return EXIT_OK


_COMMANDS = {
    "diff": _cmd_diff,
    "export": _cmd_export,
    "check": _cmd_check,
    "check-pairs": _cmd_check_pairs,
    "extract": _cmd_extract,
    "align": _cmd_align,
    "run": _cmd_run,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return _COMMANDS[args.command](args)
    except ParafactsError as exc:
        sys.stderr.write(f"parafacts: error: {exc}\n")
        return EXIT_USAGE
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
