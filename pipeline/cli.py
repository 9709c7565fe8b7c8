"""The ``parafacts`` command: argument parsing, output files and exit statuses; nothing else.

Exit statuses: 0 no error finding, 1 error findings, 2 usage or input error (one line on stderr, nothing written).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any, NoReturn

from . import __version__
from .errors import InputError, ParafactsError
from .model import Bead, BlockKind, CheckResult, Lang, Sentence, Severity

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


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
    check.add_argument("en", help="the English version (UTF-8 or UTF-16 text)")
    check.add_argument("fr", help="the French version")
    check.add_argument("--format", choices=("json", "text"), default="json", help="output format (default json)")
    check.add_argument("-o", "--output", help="write here instead of standard output")

    pairs = sub.add_parser("check-pairs", help="check aligned segment pairs (JSON Lines)",
                           description='Check aligned segment pairs: JSON Lines {"id": …, "en": …, "fr": …}.')
    pairs.add_argument("input", help="a JSON Lines file, or - for standard input")
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
    return parser


# --- output --------------------------------------------------------------------------------------------------


def _write(output: str | None, text: str) -> None:
    """Write ``text`` to ``output`` atomically (temporary file, then rename), or to standard output."""
    if output is None or output == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    target = Path(output)
    directory = target.parent if str(target.parent) else Path(".")
    if not directory.is_dir():
        raise InputError("its folder does not exist; create it first or choose another output path", output)
    fd, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.replace(temporary, target)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise


def _read_input(name: str) -> str:
    from .ingest import decode

    if name == "-":
        data = sys.stdin.buffer.read()
        label = "<stdin>"
    else:
        label = name
        try:
            with open(name, "rb") as handle:
                data = handle.read()
        except FileNotFoundError:
            raise InputError("no such file; check the path", name) from None
        except IsADirectoryError:
            raise InputError("is a directory; give a file", name) from None
    return decode(data, label)[0]


def _exit_status(results: Iterable[CheckResult]) -> int:
    return EXIT_FINDINGS if any(f.severity is Severity.ERROR for r in results for f in r.findings) else EXIT_OK


# --- commands ------------------------------------------------------------------------------------------------


def _cmd_check(args: argparse.Namespace) -> int:
    from .report import build_report, render_text, to_json
    from .run import check_files, signature

    result = check_files(args.en, args.fr)
    if args.format == "text":
        text = render_text(result, signature())
    else:
        text = to_json(build_report(result, signature()))
    _write(args.output, text)
    return _exit_status([result])


def _parse_pairs(text: str, label: str) -> list[tuple[Any, str, str]]:
    rows = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"line {number} is not valid JSON ({exc.msg}); give one JSON object per line", label)
        if not isinstance(row, dict) or not isinstance(row.get("en"), str) or not isinstance(row.get("fr"), str):
            raise InputError(
                f'line {number} needs an object with string fields "en" and "fr" (and an "id")', label
            )
        rows.append((row.get("id", number), row["en"], row["fr"]))
    return rows


def _cmd_check_pairs(args: argparse.Namespace) -> int:
    from .report import finding_json, to_json_line
    from .run import check_segments

    rows = _parse_pairs(_read_input(args.input), args.input)
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
    from .report import bead_json, sentence_json, to_json
    from .run import analyse
    from .ingest import read_document

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


def _check_one(en: str, fr: str) -> tuple[dict[str, Any] | None, str, str | None]:
    """Worker for ``run``: (report, text summary, error message)."""
    from .report import build_report, render_text
    from .run import check_files, signature

    try:
        result = check_files(en, fr)
    except ParafactsError as exc:
        return None, "", str(exc)
    return build_report(result, signature()), render_text(result, signature()), None


def _cmd_run(args: argparse.Namespace) -> int:
    from .report import to_json
    from .run import find_pairs, signature

    if args.jobs < 1:
        raise InputError(f"--jobs must be at least 1, not {args.jobs}")
    pairs = find_pairs(args.corpus)
    output = Path(args.output)
    output.mkdir(parents=True, exist_ok=True)
    jobs = [(str(p.en), str(p.fr)) for p in pairs]
    if args.jobs == 1:
        outcomes = [_check_one(en, fr) for en, fr in jobs]
    else:
        with ProcessPoolExecutor(max_workers=args.jobs) as pool:
            outcomes = list(pool.map(_check_one, *zip(*jobs)))
    corpus: dict[str, Any] = {"signature": signature(), "corpus": args.corpus, "pairs": []}
    totals = {"errors": 0, "warnings": 0, "infos": 0}
    failed = unreadable = 0
    for pair, (report, text, error) in zip(pairs, outcomes):
        if error is not None or report is None:
            unreadable += 1
            print(f"ERROR {pair.id}: {error}")
            corpus["pairs"].append({"id": pair.id, "status": "unreadable", "error": error})
            continue
        folder = output / pair.id
        folder.mkdir(parents=True, exist_ok=True)
        _write(str(folder / "report.json"), to_json(report))
        _write(str(folder / "report.txt"), text)
        summary = report["summary"]
        for key in totals:
            totals[key] += summary[key]
        status = "fail" if summary["errors"] else "pass"
        failed += status == "fail"
        print(f"{status.upper()} {pair.id}: {summary['errors']} errors, {summary['warnings']} warnings, "
              f"{summary['infos']} info; {summary['facts']['en']} EN / {summary['facts']['fr']} FR facts, "
              f"{summary['beads']} beads")
        corpus["pairs"].append({"id": pair.id, "status": status, "report": f"{pair.id}/report.json",
                                "summary": summary})
    corpus["summary"] = {"pairs": len(pairs), "passed": len(pairs) - failed - unreadable, "failed": failed,
                         "unreadable": unreadable, **totals}
    _write(str(output / "summary.json"), to_json(corpus))
    print(f"{len(pairs)} pairs: {len(pairs) - failed - unreadable} passed, {failed} failed, {unreadable} unreadable; "
          f"{totals['errors']} errors, {totals['warnings']} warnings, {totals['infos']} info; reports in {output}/")
    if unreadable:
        return EXIT_USAGE
    return EXIT_FINDINGS if failed else EXIT_OK


_COMMANDS = {
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
