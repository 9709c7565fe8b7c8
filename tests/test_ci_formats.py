"""CI formats: SARIF 2.1.0 (validated against the official OASIS schema), GitHub workflow commands, JUnit XML, and
``--fail-on`` exit statuses."""

from __future__ import annotations

import json
import re
import shutil
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft4Validator

from pipeline import ci
from pipeline.cli import main
from pipeline.crosscheck import CODES
from pipeline.model import Severity
from pipeline.run import check_files
from tests.helpers import ROOT, SEED_DIR, SEED_EN, SEED_FR

SARIF_SCHEMA = ROOT / "tests" / "data" / "sarif" / "sarif-schema-2.1.0.json"


@cache
def sarif_validator() -> Draft4Validator:
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    assert schema["id"].endswith("/sarif-schema-2.1.0.json")
    Draft4Validator.check_schema(schema)
    return Draft4Validator(schema)


def validate_sarif(log: Any) -> None:
    errors = sorted(sarif_validator().iter_errors(log), key=lambda e: list(e.absolute_path))
    if errors:
        raise AssertionError(f"SARIF: {errors[0].message} at {list(errors[0].absolute_path)}")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.fixture
def edited(tmp_path: Path) -> tuple[Path, Path]:
    """The seed pair with one figure changed in the French version: one PF101 error with both spans."""
    folder = tmp_path / "pair"
    shutil.copytree(SEED_DIR, folder)
    fr = folder / "fr.txt"
    fr.write_text(fr.read_text(encoding="utf-8").replace("7 300", "7 400", 1), encoding="utf-8")
    return folder / "en.txt", fr


# --- locations -----------------------------------------------------------------------------------------------

LOCATION_CASES = [
    pytest.param("abc", 0, 3, (1, 1, 1, 4), id="first-line-whole"),
    pytest.param("ab\ncd", 3, 5, (2, 1, 2, 3), id="second-line"),
    pytest.param("ab\ncd", 1, 4, (1, 2, 2, 2), id="across-lines"),
    pytest.param("ab\n", 0, 2, (1, 1, 1, 3), id="up-to-line-end"),
    pytest.param("é€\n😀x", 3, 5, (2, 1, 2, 3), id="code-points-not-bytes"),
    pytest.param("abc", 2, 2, (1, 3, 1, 3), id="empty-span"),
]


@pytest.mark.parametrize(("text", "start", "end", "expected"), LOCATION_CASES)
def test_location_is_one_based_with_end_after_last_character(
    text: str, start: int, end: int, expected: tuple[int, int, int, int]
) -> None:
    place = ci.location("f.txt", text, start, end)
    assert (place.start_line, place.start_col, place.end_line, place.end_col) == expected


def test_locations_point_at_the_spans_in_both_files(edited: tuple[Path, Path]) -> None:
    result = check_files(*edited)
    findings = ci.findings_from_result(result)
    [index] = [i for i, f in enumerate(findings) if f.code == "PF101"]
    value, original = findings[index], result.findings[index]
    assert [p.path for p in value.locations] == [str(edited[0]), str(edited[1])]
    for place, analysis, span in zip(value.locations, (result.en, result.fr), (original.en, original.fr),
                                         strict=True):
        lines = analysis.document.text.split("\n")
        assert place.start_line == place.end_line
        assert span is not None
        assert lines[place.start_line - 1][place.start_col - 1:place.end_col - 1] == span.text


# --- SARIF ---------------------------------------------------------------------------------------------------


def test_sarif_of_the_seed_is_valid_and_lists_the_catalogue() -> None:
    result = check_files(SEED_EN, SEED_FR)
    log = ci.to_sarif(ci.findings_from_result(result))
    validate_sarif(log)
    assert log["version"] == "2.1.0"
    [run_] = log["runs"]
    rules = run_["tool"]["driver"]["rules"]
    assert [(r["id"], r["name"]) for r in rules] == [(c.code, c.name) for c in CODES]
    assert [r["ruleId"] for r in run_["results"]] == [f.code for f in result.findings]
    levels = {"error": "error", "warning": "warning", "info": "note"}
    assert [r["level"] for r in run_["results"]] == [levels[f.severity.value] for f in result.findings]
    for item in run_["results"]:
        assert rules[item["ruleIndex"]]["id"] == item["ruleId"]


def test_sarif_error_has_both_locations(edited: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "check", str(edited[0]), str(edited[1]), "--format", "sarif")
    assert (status, err) == (1, "")
    log = json.loads(out)
    validate_sarif(log)
    [error] = [r for r in log["runs"][0]["results"] if r["level"] == "error"]
    assert error["ruleId"] == "PF101" and "7 400" in error["message"]["text"]
    regions = [(loc["physicalLocation"]["artifactLocation"]["uri"], loc["physicalLocation"]["region"])
               for loc in error["locations"]]
    assert [uri.rsplit("/", 1)[-1] for uri, _ in regions] == ["en.txt", "fr.txt"]
    fr_text = edited[1].read_text(encoding="utf-8").split("\n")
    region = regions[1][1]
    assert fr_text[region["startLine"] - 1][region["startColumn"] - 1:region["endColumn"] - 1] == "7 400"


SARIF_EDGE_CASES = [
    pytest.param(ci.CiFinding("PF999", "new-check", Severity.WARNING, "m"), id="code-outside-catalogue"),
    pytest.param(ci.CiFinding("PF101", "value-differs", Severity.ERROR, "no place"), id="no-location"),
    pytest.param(ci.CiFinding("PF101", "value-differs", Severity.ERROR, "m",
                              (ci.CiLocation("dir with space/é.txt", 1, 1, 1, 2),)), id="path-needs-quoting"),
    pytest.param(ci.CiFinding("PF202", "one-sided-sentence", Severity.INFO, "m",
                              (ci.CiLocation("/abs/en.txt", 3, 1, 4, 1),)), id="absolute-path-multiline"),
]


@pytest.mark.parametrize("finding", SARIF_EDGE_CASES)
def test_sarif_edge_cases_stay_valid(finding: ci.CiFinding) -> None:
    log = ci.to_sarif([finding])
    validate_sarif(log)
    result = log["runs"][0]["results"][0]
    assert log["runs"][0]["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == finding.code
    for loc in result.get("locations", []):
        uri = loc["physicalLocation"]["artifactLocation"]["uri"]
        assert " " not in uri and re.fullmatch(r"[A-Za-z0-9%/._:~-]+", uri), uri


def test_sarif_is_deterministic() -> None:
    findings = ci.findings_from_result(check_files(SEED_EN, SEED_FR))
    assert len({ci.render("sarif", [ci.CiSuite("a", findings)]) for _ in range(3)}) == 1


# --- GitHub workflow commands --------------------------------------------------------------------------------

ESCAPE_CASES = [
    pytest.param("plain", "plain", "plain", id="plain"),
    pytest.param("78.3%", "78.3%25", "78.3%25", id="percent"),
    pytest.param("a\r\nb", "a%0D%0Ab", "a%0D%0Ab", id="newlines"),
    pytest.param("a,b:c", "a,b:c", "a%2Cb%3Ac", id="comma-colon-only-in-properties"),
    pytest.param("%0A", "%250A", "%250A", id="already-escaped-looking"),
]


@pytest.mark.parametrize(("raw", "data", "prop"), ESCAPE_CASES)
def test_github_escaping(raw: str, data: str, prop: str) -> None:
    assert (ci.escape_data(raw), ci.escape_property(raw)) == (data, prop)


GITHUB_LINE = re.compile(r"^::(error|warning|notice) (?P<props>[^:]*)::(?P<message>.*)$")


def test_github_lines_for_an_error_in_both_files(edited: tuple[Path, Path],
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "check", str(edited[0]), str(edited[1]), "--format", "github")
    assert status == 1
    lines = out.splitlines()
    assert all(GITHUB_LINE.match(line) for line in lines), lines
    errors = [line for line in lines if line.startswith("::error ")]
    assert len(errors) == 2  # one annotation in each file
    props = dict(p.split("=", 1) for p in GITHUB_LINE.match(errors[1]).group("props").split(","))  # type: ignore
    assert props["file"] == str(edited[1]).replace(":", "%3A").replace(",", "%2C")
    assert props["title"] == "PF101 value-differs"
    fr_lines = edited[1].read_text(encoding="utf-8").split("\n")
    line, col, end = int(props["line"]), int(props["col"]), int(props["endColumn"])
    assert fr_lines[line - 1][col - 1:end - 1] == "7 400" and props["endLine"] == props["line"]
    assert f"also at {edited[0]}:" in errors[1]
    severities = {line.split(" ", 1)[0] for line in lines}
    assert severities == {"::error", "::warning", "::notice"}


def test_github_escapes_properties_and_message() -> None:
    finding = ci.CiFinding("PF101", "value-differs", Severity.ERROR, "50% off\nnext line",
                           (ci.CiLocation("a,b:c.txt", 2, 3, 2, 5),))
    assert ci.to_github([finding]) == (
        "::error file=a%2Cb%3Ac.txt,line=2,col=3,endLine=2,endColumn=5,title=PF101 value-differs"
        "::50%25 off%0Anext line\n"
    )


def test_github_without_location() -> None:
    finding = ci.CiFinding("PF203", "source-language-block", Severity.INFO, "m")
    assert ci.to_github([finding]) == "::notice title=PF203 source-language-block::m\n"


# --- JUnit ---------------------------------------------------------------------------------------------------


def test_junit_is_well_formed_with_a_suite_per_pair(edited: tuple[Path, Path]) -> None:
    suites = [
        ci.CiSuite("seed", ci.findings_from_result(check_files(SEED_EN, SEED_FR))),
        ci.CiSuite("edited", ci.findings_from_result(check_files(*edited))),
        ci.CiSuite("clean", ()),
    ]
    root = ET.fromstring(ci.to_junit(suites))
    assert root.tag == "testsuites"
    assert [s.get("name") for s in root.findall("testsuite")] == ["seed", "edited", "clean"]
    seed, edit, clean = root.findall("testsuite")
    assert (seed.get("tests"), seed.get("failures")) == (str(len(suites[0].findings)), "0")
    assert edit.get("failures") == "1"
    [failure] = edit.findall("testcase/failure")
    assert failure.get("type") == "PF101 value-differs" and "7 400" in (failure.get("message") or "")
    assert [c.get("name") for c in clean.findall("testcase")] == ["figures agree"]
    assert root.get("tests") == str(sum(len(s.findall("testcase")) for s in root.findall("testsuite")))


FAIL_ON_JUNIT = [
    pytest.param("error", 0, id="error"),
    pytest.param("warning", 2, id="warning"),
    pytest.param("never", 0, id="never"),
]


@pytest.mark.parametrize(("fail_on", "failures"), FAIL_ON_JUNIT)
def test_junit_failures_follow_fail_on(fail_on: str, failures: int) -> None:
    suite = ci.CiSuite("seed", ci.findings_from_result(check_files(SEED_EN, SEED_FR)))
    root = ET.fromstring(ci.to_junit([suite], fail_on=fail_on))
    assert root.get("failures") == str(failures) == str(len(root.findall(".//failure")))


def test_junit_survives_characters_xml_cannot_hold() -> None:
    finding = ci.CiFinding("PF101", "value-differs", Severity.ERROR, 'a\x0bb <&> "q"\nline',
                           (ci.CiLocation("x\x01.txt", 1, 1, 1, 2),))
    text = ci.to_junit([ci.CiSuite("s\x02", (finding,))])
    failure = ET.fromstring(text).find(".//failure")
    assert failure is not None and failure.get("message") == 'a\ufffdb <&> "q"\nline'


def test_check_junit_cli(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "check", str(SEED_EN), str(SEED_FR), "--format", "junit")
    assert status == 0
    assert out.startswith('<?xml version="1.0" encoding="UTF-8"?>\n')
    [suite] = ET.fromstring(out).findall("testsuite")
    assert suite.get("name") == f"{SEED_EN} <> {SEED_FR}"


# --- --fail-on -----------------------------------------------------------------------------------------------

FAIL_ON_CASES = [
    pytest.param("seed", None, 0, id="seed-default"),
    pytest.param("seed", "error", 0, id="seed-error"),
    pytest.param("seed", "warning", 1, id="seed-warnings-fail"),
    pytest.param("seed", "never", 0, id="seed-never"),
    pytest.param("edited", None, 1, id="edited-default"),
    pytest.param("edited", "warning", 1, id="edited-warning"),
    pytest.param("edited", "never", 0, id="edited-never"),
    pytest.param("missing", "never", 2, id="input-error-is-still-2"),
]


@pytest.mark.parametrize(("pair", "fail_on", "expected"), FAIL_ON_CASES)
@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_fail_on_sets_the_exit_status(
    edited: tuple[Path, Path], capsys: pytest.CaptureFixture[str], pair: str, fail_on: str | None,
    expected: int, fmt: str,
) -> None:
    files = {"seed": (SEED_EN, SEED_FR), "edited": edited, "missing": (SEED_EN, edited[1].parent / "nope.txt")}
    options = ["--fail-on", fail_on] if fail_on else []
    status, _, err = run(capsys, "check", *map(str, files[pair]), "--format", fmt, *options)
    assert status == expected
    assert (err != "") == (expected == 2)


def test_fail_on_rejects_other_values(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["check", str(SEED_EN), str(SEED_FR), "--fail-on", "info"])
    assert info.value.code == 2 and "--fail-on" in capsys.readouterr().err


def test_fails_helper() -> None:
    warning = ci.CiFinding("PF301", "ratio-exceeds-whole", Severity.WARNING, "m")
    info = ci.CiFinding("PF201", "one-sided-block", Severity.INFO, "m")
    assert [ci.fails([warning, info], f) for f in ("error", "warning", "never")] == [False, True, False]
    assert not ci.fails([info], "warning")


def test_render_rejects_unknown_format() -> None:
    with pytest.raises(ValueError, match="choose one of sarif, github, junit"):
        ci.render("csv", [])


# --- run -----------------------------------------------------------------------------------------------------


@pytest.fixture
def corpus(tmp_path: Path, edited: tuple[Path, Path]) -> Path:
    root = tmp_path / "corpus"
    shutil.copytree(SEED_DIR, root / "good")
    shutil.copytree(edited[0].parent, root / "edited")
    return root


def test_run_writes_one_combined_sarif_and_junit(corpus: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert main(["run", str(corpus), "-o", str(out), "--format", "sarif"]) == 1
    log = json.loads((out / "results.sarif").read_text(encoding="utf-8"))
    validate_sarif(log)
    uris = {loc["physicalLocation"]["artifactLocation"]["uri"].split("/")[-2]
            for r in log["runs"][0]["results"] for loc in r["locations"]}
    assert uris == {"good", "edited"}
    assert [r["level"] for r in log["runs"][0]["results"]].count("error") == 1
    assert main(["run", str(corpus), "-o", str(out), "--format", "junit"]) == 1
    root = ET.fromstring((out / "junit.xml").read_text(encoding="utf-8"))
    assert [(s.get("name"), s.get("failures")) for s in root.findall("testsuite")] == [("edited", "1"), ("good", "0")]
    capsys.readouterr()


def test_run_github_annotations_go_to_stdout(corpus: Path, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["run", str(corpus), "-o", str(tmp_path / "out"), "--format", "github"]) == 1
    lines = capsys.readouterr().out.splitlines()
    annotations = [line for line in lines if line.startswith("::")]
    assert all(GITHUB_LINE.match(line) for line in annotations)
    assert sum(line.startswith("::error ") for line in annotations) == 2
    assert lines[-1].startswith("2 pairs: 1 passed, 1 failed, 0 unreadable")


RUN_FAIL_ON = [
    pytest.param("error", 1, "1 passed, 1 failed", id="error"),
    pytest.param("warning", 1, "0 passed, 2 failed", id="warning"),
    pytest.param("never", 0, "2 passed, 0 failed", id="never"),
]


@pytest.mark.parametrize(("fail_on", "status", "counts"), RUN_FAIL_ON)
def test_run_fail_on(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], fail_on: str, status: int,
                     counts: str) -> None:
    assert main(["run", str(corpus), "-o", str(tmp_path / "out"), "--fail-on", fail_on]) == status
    assert capsys.readouterr().out.splitlines()[-1].startswith(f"2 pairs: {counts}")
