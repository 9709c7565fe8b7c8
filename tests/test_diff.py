"""Corpus diff: fact matching within a language, drift between the languages, pairs added and removed, outputs
(JSON against its schema, text, SARIF, GitHub, JUnit), git revisions, bad input, and the README's catalogue."""

from __future__ import annotations

import json
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.diff import DIFF_CODES, CorpusDiff, PairDiff, diff_corpora, match_facts, read_corpus_dir
from pipeline.model import Lang
from pipeline.run import extract_text
from tests.corpus_edits import (
    EN_306_TO_316,
    EN_ADDED,
    EN_MAGNITUDE,
    EN_QUALIFIER_SAME_FAMILY,
    EN_REMOVED,
    EN_WORDING,
    FR_306_TO_316,
    FR_306_TO_326,
    FR_7300_TO_7400,
    FR_ADDED,
    FR_MAGNITUDE,
    FR_MAGNITUDE_CHANGED,
    FR_RESTYLED,
    Edit,
    write_corpus,
)
from tests.helpers import ROOT, SEED_DIR, validate

# --- fact matching within one language -----------------------------------------------------------------------

MATCH_CASES = [
    pytest.param("It had 306 people and 60 women.", "It had 316 people and 60 women.",
                 [("306", "316")], [], [], id="value-changed-is-one-change"),
    pytest.param("It had 306 people and 60 women.", "It had 306 people and 60 women in all.",
                 [], [], [], id="reworded-no-figure-change"),
    pytest.param("It helped 306, 15 and 21 people.", "It helped 306 and 21 people.",
                 [], ["15"], [], id="removed-in-the-middle"),
    pytest.param("A had 5 cars. B had 6 cars.", "A had 5 cars. C had 9 cars. B had 6 cars.",
                 [], [], ["9"], id="sentence-inserted"),
    pytest.param("A had 5 cars. B had 6 cars.", "A had 5 cars and B had 7 cars.",
                 [("6", "7")], [], [], id="sentences-merged-figure-changed"),
    pytest.param("The rate was 78.3% in 2015.", "The rate was 78.3 in 2015.",
                 [], ["78.3%"], ["78.3"], id="kind-changed-is-remove-and-add"),
    pytest.param("It had nearly 300 beds.", "It had more than 300 beds.",
                 [("300", "300")], [], [], id="qualifier-changed"),
    pytest.param("In 2013 it had 5 beds.", "In 2014 it had 5 beds.",
                 [("2013", "2014")], [], [], id="year-changed"),
    pytest.param("Thousands of people came.", "Hundreds of people came.",
                 [("Thousands", "Hundreds")], [], [], id="magnitude-changed"),
]


@pytest.mark.parametrize(("old", "new", "changed", "removed", "added"), MATCH_CASES)
def test_match_facts(old: str, new: str, changed: list[tuple[str, str]], removed: list[str], added: list[str]) -> None:
    a, b = extract_text(old, Lang.EN), extract_text(new, Lang.EN)
    match = match_facts(a.sentences, a.facts, b.sentences, b.facts)
    assert [(x.text, y.text) for x, y in match.changed] == changed
    assert [f.text for f in match.removed] == removed
    assert [f.text for f in match.added] == added
    assert len(match.unchanged) == len(a.facts) - len(changed) - len(removed)


# --- the seed pair, edited -----------------------------------------------------------------------------------

# id -> (edits of the old version, edits of the new version, codes of the pair's findings)
EDIT_CASES: dict[str, tuple[Sequence[Edit], Sequence[Edit], list[str]]] = {
    "en-only": ((), (EN_306_TO_316,), ["PF401"]),
    "fr-only": ((), (FR_7300_TO_7400,), ["PF402"]),
    "both-identical": ((), (EN_306_TO_316, FR_306_TO_316), ["PF403"]),
    "both-differently": ((), (EN_306_TO_316, FR_306_TO_326), ["PF406"]),
    "fr-fixed": ((FR_306_TO_326,), (), ["PF407"]),
    "fr-restyled": ((), (FR_RESTYLED,), []),
    "en-reworded": ((), (EN_WORDING,), []),
    "en-qualifier-same-family": ((), (EN_QUALIFIER_SAME_FAMILY,), ["PF407"]),
    "added-en-only": ((), (EN_ADDED,), ["PF408"]),
    "added-both": ((), (EN_ADDED, FR_ADDED), []),
    "removed-en-only": ((), (EN_REMOVED,), ["PF409"]),
    "removed-both": ((EN_ADDED, FR_ADDED), (), []),
    "en-restored": ((EN_REMOVED,), (), ["PF407"]),
    "fr-magnitude-drift": ((EN_MAGNITUDE, FR_MAGNITUDE), (EN_MAGNITUDE, FR_MAGNITUDE_CHANGED), ["PF402"]),
    "magnitude-added-both": ((), (EN_MAGNITUDE, FR_MAGNITUDE), []),
}


@pytest.fixture(scope="module")
def corpora(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("diff")
    old = {name: edits for name, (edits, _, _) in EDIT_CASES.items()}
    new = {name: edits for name, (_, edits, _) in EDIT_CASES.items()}
    old["same"] = new["same"] = ()
    old["gone"] = ()
    new["born"] = ()
    return write_corpus(root / "old", old), write_corpus(root / "new", new)


@pytest.fixture(scope="module")
def result(corpora: tuple[Path, Path]) -> CorpusDiff:
    return diff_corpora(read_corpus_dir(corpora[0]), read_corpus_dir(corpora[1]))


def _pair(result: CorpusDiff, pair_id: str) -> PairDiff:
    return next(p for p in result.pairs if p.id == pair_id)


@pytest.mark.parametrize("case", list(EDIT_CASES))
def test_edit_findings(result: CorpusDiff, case: str) -> None:
    pair = _pair(result, case)
    assert pair.status == "changed"
    assert [f.code for f in pair.findings] == EDIT_CASES[case][2]


def test_drift_points_at_old_and_new_spans(result: CorpusDiff, corpora: tuple[Path, Path]) -> None:
    (finding,) = _pair(result, "en-only").findings
    assert (finding.code, finding.name, finding.severity.value) == ("PF401", "drift-en-only", "error")
    assert finding.en_old is not None and finding.en_new is not None and finding.fr_new is not None
    assert (finding.en_old.text, finding.en_new.text, finding.fr_new.text, finding.fr_old) == ("306", "316", "306",
                                                                                               None)
    assert finding.en_old.path == str(corpora[0] / "en-only" / "en.txt")
    assert finding.en_new.path == str(corpora[1] / "en-only" / "en.txt")
    new_text = (corpora[1] / "en-only" / "en.txt").read_text(encoding="utf-8")
    assert new_text[finding.en_new.start:finding.en_new.end] == "316"
    line = new_text.split("\n")[finding.en_new.line - 1]
    assert line[finding.en_new.column - 1:].startswith("316")
    assert 'the French still says "306"' in finding.message


def test_changed_in_both_points_at_four_spans(result: CorpusDiff) -> None:
    (finding,) = _pair(result, "both-identical").findings
    spans = (finding.en_old, finding.en_new, finding.fr_old, finding.fr_new)
    assert [s.text if s else None for s in spans] == ["306", "316", "306", "316"]
    assert finding.severity.value == "info"


def test_pair_measures(result: CorpusDiff) -> None:
    pair = _pair(result, "en-only")
    assert [(a.text, b.text) for a, b in pair.en.changed] == [("306", "316")]
    assert (pair.en.added, pair.en.removed, pair.fr.changed) == ((), (), ())
    assert pair.fr.chrf == 100.0 and pair.en.chrf is not None and 95 < pair.en.chrf < 100
    assert pair.beads.added == pair.beads.removed == ()  # a changed figure does not change its bead
    reworded = _pair(result, "en-reworded")
    assert len(reworded.beads.added) == len(reworded.beads.removed) == 1
    assert reworded.en.changed == () and reworded.en.unchanged == 26


def test_pairs_added_removed_unchanged(result: CorpusDiff) -> None:
    assert (_pair(result, "born").status, _pair(result, "gone").status) == ("added", "removed")
    assert [f.code for f in _pair(result, "born").findings] == ["PF404"]
    assert [f.code for f in _pair(result, "gone").findings] == ["PF405"]
    assert len(_pair(result, "born").en.added) == len(_pair(result, "gone").en.removed) == 26
    assert "same" not in {p.id for p in result.pairs}
    assert (result.unchanged, result.old_pairs, result.new_pairs) == (1, len(EDIT_CASES) + 2, len(EDIT_CASES) + 2)


def test_swapping_old_and_new_mirrors_the_facts(corpora: tuple[Path, Path], result: CorpusDiff) -> None:
    back = diff_corpora(read_corpus_dir(corpora[1]), read_corpus_dir(corpora[0]))
    for pair in result.pairs:
        other = _pair(back, pair.id)
        for lang in ("en", "fr"):
            there, here = getattr(pair, lang), getattr(other, lang)
            assert [f.text for f in there.added] == [f.text for f in here.removed]
            assert [(a.text, b.text) for a, b in there.changed] == [(b.text, a.text) for a, b in here.changed]


# --- the command ---------------------------------------------------------------------------------------------


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_json_output_is_schema_valid_and_deterministic(
    corpora: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = _run(capsys, "diff", str(corpora[0]), str(corpora[1]))
    assert (status, err) == (1, "")
    report = json.loads(out)
    validate("diff", report)
    errors = sum(1 for c in EDIT_CASES.values() for code in c[2] if code in ("PF401", "PF402", "PF406", "PF408",
                                                                              "PF409"))
    assert report["summary"]["errors"] == errors
    edited = len(EDIT_CASES)  # each edited pair, plus "same" (unchanged), "gone" (removed) and "born" (added)
    assert report["summary"]["pairs"] == {"old": edited + 2, "new": edited + 2, "added": 1, "removed": 1,
                                          "changed": edited, "unchanged": 1}
    assert "|diff:1|chrF:nrefs:1|" in report["signature"]
    assert _run(capsys, "diff", str(corpora[0]), str(corpora[1]))[1] == out


def _one_pair(tmp_path: Path, edits: Sequence[Edit]) -> tuple[Path, Path]:
    return write_corpus(tmp_path / "old", {"p": ()}), write_corpus(tmp_path / "new", {"p": edits})


def test_text_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, new = _one_pair(tmp_path, [FR_7300_TO_7400])
    status, out, _ = _run(capsys, "diff", str(old), str(new), "--format", "text")
    assert status == 1
    lines = out.replace(str(tmp_path), "T").splitlines()
    assert lines[:-1] == [
        "T/old -> T/new",
        "  1 -> 1 pairs: 1 changed, 0 added, 0 removed, 0 unchanged",
        "  1 error, 0 warnings, 0 info",
        "changed p: EN chrF 100.00, facts +0 -0 ~0; FR chrF 99.90, facts +0 -0 ~1; beads +0 -0",
        'error PF402 drift-fr-only: changed in the French version only: "7 300" (cardinal nearly 7300) → "7 400" '
        '(cardinal nearly 7400); the English still says "7,300"',
        '    en new T/new/p/en.txt 5:37  "7,300"',
        '    fr old T/old/p/fr.txt 2:41  "7 300"',
        '    fr new T/new/p/fr.txt 2:41  "7 400"',
    ]
    assert lines[-1].startswith("signature: parafacts:")


def test_identical_change_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, new = _one_pair(tmp_path, [EN_306_TO_316, FR_306_TO_316])
    assert _run(capsys, "diff", str(old), str(new))[0] == 0


@pytest.mark.parametrize(("fail_on", "status"), [("error", 1), ("warning", 1), ("never", 0)])
def test_fail_on(tmp_path: Path, capsys: pytest.CaptureFixture[str], fail_on: str, status: int) -> None:
    old, new = _one_pair(tmp_path, [EN_306_TO_316])
    assert _run(capsys, "diff", str(old), str(new), "--fail-on", fail_on)[0] == status


def test_ci_formats(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, new = _one_pair(tmp_path, [EN_306_TO_316])
    status, out, _ = _run(capsys, "diff", str(old), str(new), "--format", "sarif")
    assert status == 1
    sarif = json.loads(out)
    run = sarif["runs"][0]
    assert {"PF101", "PF401", "PF409"} <= {rule["id"] for rule in run["tool"]["driver"]["rules"]}
    (result,) = run["results"]
    assert (result["ruleId"], result["level"]) == ("PF401", "error")
    places = [(p["physicalLocation"]["artifactLocation"]["uri"], p["physicalLocation"]["region"]["startLine"],
               p["physicalLocation"]["region"]["startColumn"]) for p in result["locations"]]
    assert [(Path(uri).parent.parent.name, line, col) for uri, line, col in places] == [
        ("new", 16, 53), ("old", 16, 53), ("new", 8, 57)
    ]  # new English, old English, the French that still says 306
    _, out, _ = _run(capsys, "diff", str(old), str(new), "--format", "github")
    assert out.startswith(f"::error file={new / 'p' / 'en.txt'},line=16,col=53,endLine=16,endColumn=56,"
                          "title=PF401 drift-en-only::changed in the English version only")
    assert len(out.splitlines()) == 3
    _, out, _ = _run(capsys, "diff", str(old), str(new), "--format", "junit")
    root = ET.fromstring(out)
    assert (root.get("tests"), root.get("failures")) == ("1", "1")
    assert root.find("testsuite").get("name") == "p"  # type: ignore[union-attr]


def test_output_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, new = _one_pair(tmp_path, [EN_306_TO_316])
    target = tmp_path / "diff.json"
    status, out, _ = _run(capsys, "diff", str(old), str(new), "-o", str(target))
    assert (status, out) == (1, "")
    validate("diff", json.loads(target.read_text(encoding="utf-8")))


BAD_CASES = [
    pytest.param(["diff", "{T}/nope", "{T}/old"], "nope: is not a directory", id="missing-folder"),
    pytest.param(["diff", "{T}/old", "{T}/new", "corpora"], "PATH and -C go with --git", id="path-without-git"),
    pytest.param(["diff", "{T}/old", "{T}/bad"], "bad/p/fr.txt: not UTF-8", id="undecodable-file"),
    pytest.param(["diff", "--git", "HEAD", "HEAD", "-C", "{T}/old"], "old: is not in a git repository",
                 id="not-a-repo"),
]


@pytest.mark.parametrize(("argv", "message"), BAD_CASES)
def test_bad_input_is_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, argv: list[str], message: str
) -> None:
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))  # even if tmp is inside a repository
    write_corpus(tmp_path / "old", {"p": ()})
    write_corpus(tmp_path / "new", {"p": ()})
    (write_corpus(tmp_path / "bad", {"p": ()}) / "p" / "fr.txt").write_bytes(b"Pr\xe8s de 7 300")
    target = tmp_path / "out.json"
    status, out, err = _run(capsys, *[a.replace("{T}", str(tmp_path)) for a in argv], "-o", str(target))
    assert (status, out) == (2, "")
    assert err.startswith("parafacts: error: ") and err.count("\n") == 1 and message in err
    assert not target.exists()


# --- git revisions -------------------------------------------------------------------------------------------


def _git(repo: Path, *args: str) -> str:
    done = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, check=True,
                          env={"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t", "GIT_COMMITTER_NAME": "t",
                               "GIT_COMMITTER_EMAIL": "t@t", "HOME": str(repo), "PATH": "/usr/bin:/bin"})
    return done.stdout


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    repo = tmp_path / "repo"
    repo.mkdir()
    _git(repo, "init", "-q", "-b", "main")
    write_corpus(repo / "corpora", {"a/one": (), "a/two": ()})
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "first")
    write_corpus(repo / "corpora", {"a/one": (FR_306_TO_316,), "b/three": ()})
    shutil.rmtree(repo / "corpora" / "a" / "two")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "second")
    (repo / "corpora" / "a" / "one" / "en.txt").write_text("uncommitted", encoding="utf-8")  # never read
    return repo


def test_git_revisions(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _run(capsys, "diff", "--git", "HEAD~1", "HEAD", "-C", str(repo))
    assert (status, err) == (1, "")
    report = json.loads(out)
    validate("diff", report)
    assert (report["old"], report["new"]) == ("HEAD~1:corpora", "HEAD:corpora")
    assert [(p["id"], p["status"]) for p in report["pairs"]] == [("a/one", "changed"), ("a/two", "removed"),
                                                                 ("b/three", "added")]
    (finding,) = report["pairs"][0]["findings"]
    assert finding["code"] == "PF402"
    assert (finding["fr"]["old"]["path"], finding["fr"]["new"]["path"]) == ("HEAD~1:corpora/a/one/fr.txt",
                                                                            "HEAD:corpora/a/one/fr.txt")
    assert _git(repo, "status", "--porcelain") == " M corpora/a/one/en.txt\n"  # the working tree is untouched


def test_git_path_and_github_paths(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(capsys, "diff", "--git", "HEAD~1", "HEAD", "corpora/a", "-C", str(repo), "--format",
                          "github")
    assert status == 1
    assert out.splitlines()[0].startswith("::error file=corpora/a/one/fr.txt,line=8,col=57,")  # one place: same file


def test_git_same_revision_is_unchanged(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(capsys, "diff", "--git", "HEAD", "main", "-C", str(repo))
    assert status == 0 and json.loads(out)["summary"]["pairs"]["unchanged"] == 2


@pytest.mark.parametrize("rev", ["nope", "--output=/tmp/x"])
def test_git_bad_revision(repo: Path, capsys: pytest.CaptureFixture[str], rev: str) -> None:
    status, out, err = _run(capsys, "diff", "--git", "-C", str(repo), "--", rev, "HEAD")
    assert (status, out) == (2, "")
    assert f'"{rev}" is not a revision' in err and err.count("\n") == 1


# --- documentation -------------------------------------------------------------------------------------------


def test_readme_documents_diff_and_its_codes() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "parafacts diff " in readme and "parafacts diff --git" in readme
    for code in DIFF_CODES:
        row = f"| `{code.code}` | {code.name} | {code.severity.value} |"
        assert row in readme, f"README lacks finding code {code.code}"
    assert len({c.code for c in DIFF_CODES}) == len(DIFF_CODES)


def test_seed_against_itself(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(capsys, "diff", str(SEED_DIR.parent.parent), str(SEED_DIR.parent.parent))
    assert status == 0
    assert json.loads(out)["pairs"] == []
