"""Reports: a ``CheckResult`` as JSON (``schemas/report.schema.json``) or as a readable text summary.

JSON is built from plain dicts in a fixed key order and written with sorted-free, deterministic formatting: same
input, same bytes. Scores are rounded to four decimals so that they do not vary across machines.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from .model import (
    Bead,
    Block,
    CheckResult,
    DateValue,
    Fact,
    Finding,
    Range,
    Ratio,
    Sentence,
    Severity,
    Span,
    TimeValue,
)

REPORT_SCHEMA = "parafacts/report/1"
JSONDict = dict[str, Any]


def decimal_text(value: Decimal) -> str:
    """An exact decimal as a plain string: no exponent, no trailing zeros after the point (``7300``, ``78.3``)."""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def value_json(fact: Fact) -> Any:
    value = fact.value
    if isinstance(value, Range):
        return {"low": decimal_text(value.low), "high": decimal_text(value.high)}
    if isinstance(value, Ratio):
        return {"numerator": decimal_text(value.numerator), "denominator": decimal_text(value.denominator)}
    if isinstance(value, DateValue):
        return {"year": value.year, "month": value.month, "day": value.day}
    if isinstance(value, TimeValue):
        return {"hour": value.hour, "minute": value.minute}
    return decimal_text(value)


def fact_json(fact: Fact, lang: str) -> JSONDict:
    return {
        "kind": fact.kind.value,
        "value": value_json(fact),
        "text": fact.text,
        "start": fact.start,
        "end": fact.end,
        "unit": fact.unit,
        "scale": fact.scale,
        "qualifier": fact.qualifier.value if fact.qualifier else None,
        "lang": lang,
        "sentence": fact.sentence,
        "block": fact.block,
    }


def span_json(span: Span | None) -> JSONDict | None:
    if span is None:
        return None
    return {"start": span.start, "end": span.end, "text": span.text, "sentence": span.sentence}


def finding_json(finding: Finding) -> JSONDict:
    return {
        "code": finding.code,
        "name": finding.name,
        "severity": finding.severity.value,
        "message": finding.message,
        "en": span_json(finding.en),
        "fr": span_json(finding.fr),
        "bead": finding.bead,
        "both_versions": finding.both_versions,
    }


def bead_json(bead: Bead) -> JSONDict:
    return {"en": list(bead.en), "fr": list(bead.fr), "score": round(bead.score, 4)}


def sentence_json(sentence: Sentence) -> JSONDict:
    return {
        "index": sentence.index,
        "block": sentence.block,
        "kind": sentence.kind.value,
        "start": sentence.start,
        "end": sentence.end,
        "text": sentence.text,
    }


def block_json(block: Block) -> JSONDict:
    return {
        "index": block.index,
        "kind": block.kind.value,
        "lang": block.lang.value,
        "start": block.start,
        "end": block.end,
        "translates": block.translates,
    }


def summary_json(findings: Sequence[Finding], result: CheckResult) -> JSONDict:
    severities = Counter(f.severity for f in findings)
    one_sided = sum(1 for b in result.beads if not b.en or not b.fr)
    return {
        "errors": severities[Severity.ERROR],
        "warnings": severities[Severity.WARNING],
        "infos": severities[Severity.INFO],
        "facts": {"en": len(result.en.facts), "fr": len(result.fr.facts)},
        "sentences": {"en": len(result.en.sentences), "fr": len(result.fr.sentences)},
        "beads": len(result.beads),
        "one_sided_beads": one_sided,
        "codes": dict(sorted(Counter(f.code for f in findings).items())),
    }


def build_report(result: CheckResult, signature: str) -> JSONDict:
    """The whole JSON report of one article pair."""
    en, fr = result.en, result.fr
    return {
        "schema": REPORT_SCHEMA,
        "signature": signature,
        "files": {
            side: {"path": a.document.path, "encoding": a.document.encoding, "chars": len(a.document.text)}
            for side, a in (("en", en), ("fr", fr))
        },
        "summary": summary_json(result.findings, result),
        "findings": [finding_json(f) for f in result.findings],
        "beads": [bead_json(b) for b in result.beads],
        "facts": {
            "en": [fact_json(f, "en") for f in en.facts] + [fact_json(f, "vi") for f in en.source_facts],
            "fr": [fact_json(f, "fr") for f in fr.facts] + [fact_json(f, "vi") for f in fr.source_facts],
        },
        "sentences": {"en": [sentence_json(s) for s in en.sentences], "fr": [sentence_json(s) for s in fr.sentences]},
        "blocks": {
            "en": [block_json(b) for b in en.document.blocks],
            "fr": [block_json(b) for b in fr.document.blocks],
        },
    }


def to_json(data: Any) -> str:
    """Deterministic JSON text (UTF-8 characters kept, two-space indent, trailing newline)."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def to_json_line(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset."""
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def _where(span: Span | None, text: str, label: str) -> str:
    if span is None:
        return ""
    line, col = line_col(text, span.start)
    return f'\n    {label} {line}:{col}  "{span.text}"'


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def counts(summary: JSONDict) -> str:
    """``0 errors, 1 warning, 5 info`` from a summary with ``errors``, ``warnings`` and ``infos``."""
    return f"{plural(summary['errors'], 'error')}, {plural(summary['warnings'], 'warning')}, {summary['infos']} info"


def render_text(result: CheckResult, signature: str) -> str:
    """A readable summary: counts, then each finding with where it is in both files."""
    en, fr = result.en, result.fr
    summary = summary_json(result.findings, result)
    lines = [
        f"{en.document.path} <> {fr.document.path}",
        f"  {summary['sentences']['en']} EN / {summary['sentences']['fr']} FR sentences, "
        f"{summary['beads']} beads ({summary['one_sided_beads']} one-sided), "
        f"{summary['facts']['en']} EN / {summary['facts']['fr']} FR facts",
        f"  {counts(summary)}",
    ]
    for finding in result.findings:
        both = " [both versions]" if finding.both_versions else ""
        lines.append(
            f"{finding.severity.value} {finding.code} {finding.name}{both}: {finding.message}"
            + _where(finding.en, en.document.text, "en")
            + _where(finding.fr, fr.document.text, "fr")
        )
    lines.append(f"signature: {signature}")
    return "\n".join(lines) + "\n"
