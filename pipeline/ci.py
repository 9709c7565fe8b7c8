"""Findings for CI systems: SARIF 2.1.0, GitHub workflow commands and JUnit XML.

The renderers work over a generic list of :class:`CiFinding` (a code, a severity, a message and places in text
files), so that any command that finds something at a place in a file can use them; :func:`findings_from_result`
builds that list from a ``CheckResult``. Lines and columns are 1-based and count characters (Unicode code points)
of the decoded text; an end column is the column just after the last character, as in SARIF.

Output is deterministic: no timestamps, no absolute paths that the caller did not give, a fixed key order.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from . import __version__
from .model import Code, Severity

if TYPE_CHECKING:
    from .model import CheckResult, Finding

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
TOOL_NAME = "parafacts"

_SARIF_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
_GITHUB_COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


@dataclass(frozen=True, slots=True)
class CiLocation:
    """A region of a text file: 1-based lines and columns; ``end_col`` is just after the last character."""

    path: str
    start_line: int
    start_col: int
    end_line: int
    end_col: int


@dataclass(frozen=True, slots=True)
class CiFinding:
    code: str
    name: str
    severity: Severity
    message: str
    locations: tuple[CiLocation, ...] = ()


@dataclass(frozen=True, slots=True)
class CiSuite:
    """A group of findings, e.g. one article pair: a JUnit ``testsuite``."""

    name: str
    findings: tuple[CiFinding, ...]


# --- building findings ---------------------------------------------------------------------------------------


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset into ``text``."""
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def location(path: str, text: str, start: int, end: int) -> CiLocation:
    """The region of characters ``text[start:end]`` of the file ``path``."""
    start_line, start_col = line_col(text, start)
    end_line, end_col = line_col(text, max(end, start))
    return CiLocation(path, start_line, start_col, end_line, end_col)


def finding_from(finding: Finding, result: CheckResult) -> CiFinding:
    """One cross-check finding with its places in the English and/or French file."""
    places = []
    for span, analysis in ((finding.en, result.en), (finding.fr, result.fr)):
        if span is not None:
            document = analysis.document
            places.append(location(document.path, document.text, span.start, span.end))
    return CiFinding(finding.code, finding.name, finding.severity, finding.message, tuple(places))


def findings_from_result(result: CheckResult) -> tuple[CiFinding, ...]:
    return tuple(finding_from(f, result) for f in result.findings)


def findings_from_report(report: Mapping[str, Any], en_text: str, fr_text: str) -> tuple[CiFinding, ...]:
    """The same as :func:`findings_from_result`, from a JSON report (``pipeline.report.build_report``) and the
    decoded texts of both files (e.g. a report read back from a cache)."""
    texts = {"en": en_text, "fr": fr_text}
    out = []
    for finding in report["findings"]:
        places = tuple(
            location(report["files"][side]["path"], texts[side], finding[side]["start"], finding[side]["end"])
            for side in ("en", "fr")
            if finding.get(side) is not None
        )
        out.append(CiFinding(finding["code"], finding["name"], Severity(finding["severity"]), finding["message"],
                             places))
    return tuple(out)


def catalogue() -> tuple[Code, ...]:
    """parafacts' finding codes (``pipeline.crosscheck.CODES``), the rules of SARIF's ``tool.driver.rules``."""
    from .crosscheck import CODES

    return CODES


def fails(findings: Iterable[CiFinding | Finding], fail_on: str) -> bool:
    """Whether ``findings`` should fail a build: ``fail_on`` is ``error``, ``warning`` or ``never``."""
    if fail_on == "never":
        return False
    threshold = _RANK[Severity(fail_on)]
    return any(_RANK[f.severity] <= threshold for f in findings)


# --- SARIF 2.1.0 ---------------------------------------------------------------------------------------------


def _uri(path: str) -> str:
    from pathlib import PurePath
    from urllib.parse import quote

    pure = PurePath(path)
    if pure.is_absolute():
        return "file://" + quote(pure.as_posix())
    return quote(pure.as_posix())


def _sarif_location(place: CiLocation) -> dict[str, Any]:
    return {
        "physicalLocation": {
            "artifactLocation": {"uri": _uri(place.path)},
            "region": {
                "startLine": place.start_line,
                "startColumn": place.start_col,
                "endLine": place.end_line,
                "endColumn": place.end_col,
            },
        }
    }


def to_sarif(
    findings: Sequence[CiFinding], rules: Sequence[Code] | None = None, *, tool_version: str = __version__
) -> dict[str, Any]:
    """A SARIF 2.1.0 log with one run: a result per finding, the rules in ``tool.driver.rules``.

    ``rules`` defaults to parafacts' catalogue; a finding whose code is not among them is still reported (its
    rule is added, with the finding's name). Columns count Unicode code points (``columnKind``).
    """
    catalogue_rules = list(catalogue() if rules is None else rules)
    known = {r.code for r in catalogue_rules}
    for finding in findings:
        if finding.code not in known:
            known.add(finding.code)
            catalogue_rules.append(Code(finding.code, finding.name, finding.severity, finding.name))
    index = {rule.code: i for i, rule in enumerate(catalogue_rules)}
    results = []
    for finding in findings:
        result: dict[str, Any] = {
            "ruleId": finding.code,
            "ruleIndex": index[finding.code],
            "level": _SARIF_LEVEL[finding.severity],
            "message": {"text": finding.message},
        }
        if finding.locations:
            result["locations"] = [_sarif_location(place) for place in finding.locations]
        results.append(result)
    return {
        "$schema": SARIF_SCHEMA_URI,
        "version": SARIF_VERSION,
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": TOOL_NAME,
                        "version": tool_version,
                        "informationUri": "https://parafacts.invalid/",
                        "rules": [
                            {
                                "id": rule.code,
                                "name": rule.name,
                                "shortDescription": {"text": rule.summary},
                                "defaultConfiguration": {"level": _SARIF_LEVEL[rule.severity]},
                            }
                            for rule in catalogue_rules
                        ],
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }


# --- GitHub workflow commands --------------------------------------------------------------------------------


def escape_data(text: str) -> str:
    """Escape a workflow command's message."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a workflow command's property value (``file``, ``title``)."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def to_github(findings: Sequence[CiFinding]) -> str:
    """GitHub Actions annotations, one ``::error``/``::warning``/``::notice`` line per finding and place.

    A finding at places in two files is annotated in both; each message names the other place.
    """
    lines = []
    for finding in findings:
        command = _GITHUB_COMMAND[finding.severity]
        title = escape_property(f"{finding.code} {finding.name}")
        if not finding.locations:
            lines.append(f"::{command} title={title}::{escape_data(finding.message)}")
            continue
        for place in finding.locations:
            others = [o for o in finding.locations if o is not place]
            message = finding.message
            if others:
                message += " (also at " + ", ".join(
                    f"{o.path}:{o.start_line}:{o.start_col}" for o in others
                ) + ")"
            properties = (
                f"file={escape_property(place.path)},line={place.start_line},col={place.start_col},"
                f"endLine={place.end_line},endColumn={place.end_col},title={title}"
            )
            lines.append(f"::{command} {properties}::{escape_data(message)}")
    return "".join(line + "\n" for line in lines)


# --- JUnit XML -----------------------------------------------------------------------------------------------


def _xml_text(text: str) -> str:
    """Drop the characters XML 1.0 cannot hold (C0 controls other than tab and newline, lone surrogates)."""
    import re

    return re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]", "\ufffd", text)


def _where(place: CiLocation) -> str:
    return f"{place.path}:{place.start_line}:{place.start_col}"


def to_junit(suites: Sequence[CiSuite], *, fail_on: str = "error", name: str = TOOL_NAME) -> str:
    """JUnit XML: a ``testsuite`` per suite, a ``testcase`` per finding (or one passing testcase when a suite has
    none); a finding that fails the build under ``fail_on`` is a ``failure``, the others pass with their message in
    ``system-out``."""
    import xml.etree.ElementTree as ET

    root = ET.Element("testsuites", name=name)
    total_tests = total_failures = 0
    for suite in suites:
        element = ET.SubElement(root, "testsuite", name=_xml_text(suite.name))
        failures = 0
        cases = 0
        for finding in suite.findings:
            places = "; ".join(_where(p) for p in finding.locations)
            case_name = f"{finding.code} {finding.name}" + (f" at {places}" if places else "")
            case = ET.SubElement(element, "testcase", classname=_xml_text(suite.name), name=_xml_text(case_name))
            cases += 1
            detail = f"{finding.severity.value} {finding.code} {finding.name}: {finding.message}"
            if places:
                detail += "\n" + "\n".join(_where(p) for p in finding.locations)
            if fails([finding], fail_on):
                failures += 1
                failure = ET.SubElement(
                    case, "failure", message=_xml_text(finding.message), type=f"{finding.code} {finding.name}"
                )
                failure.text = _xml_text(detail)
            else:
                ET.SubElement(case, "system-out").text = _xml_text(detail)
        if not suite.findings:
            ET.SubElement(element, "testcase", classname=_xml_text(suite.name), name="figures agree")
            cases += 1
        element.set("tests", str(cases))
        element.set("failures", str(failures))
        element.set("errors", "0")
        element.set("skipped", "0")
        total_tests += cases
        total_failures += failures
    root.set("tests", str(total_tests))
    root.set("failures", str(total_failures))
    root.set("errors", "0")
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


FORMATS = ("sarif", "github", "junit")


def render(fmt: str, suites: Sequence[CiSuite], *, fail_on: str = "error") -> str:
    """The text of one CI format (``sarif``, ``github`` or ``junit``) for groups of findings (e.g. one per pair)."""
    if fmt == "junit":
        return to_junit(suites, fail_on=fail_on)
    findings = [f for suite in suites for f in suite.findings]
    if fmt == "sarif":
        return to_json(to_sarif(findings))
    if fmt == "github":
        return to_github(findings)
    raise ValueError(f"unknown CI format {fmt!r}; choose one of {', '.join(FORMATS)}")


def to_json(data: Any) -> str:
    """Deterministic JSON text for a SARIF log (two-space indent, UTF-8 characters kept, trailing newline)."""
    import json

    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
