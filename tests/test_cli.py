"""The command line: exact contracts, exit statuses, bad input, and that the README documents it all."""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.crosscheck import CODES
from tests.helpers import ROOT, SEED_DIR, SEED_EN, SEED_FR, validate


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_check_json(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "check", str(SEED_EN), str(SEED_FR))
    assert (status, err) == (0, "")
    report = json.loads(out)
    validate("report", report)
    assert report["summary"]["errors"] == 0
    assert {"facts", "beads", "findings", "summary"} <= report.keys()
    assert all({"kind", "value", "text", "start", "end"} <= f.keys() for f in report["facts"]["en"])
    assert all({"en", "fr", "score"} <= b.keys() for b in report["beads"])


def test_check_reads_one_version_from_standard_input(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # "cat fr.txt | parafacts check en.txt -" gives the report that the two files give.
    status, from_files, _ = run(capsys, "check", str(SEED_EN), str(SEED_FR))
    monkeypatch.setattr(sys, "stdin", _Stdin(SEED_FR.read_bytes()))
    status_piped, piped, err = run(capsys, "check", str(SEED_EN), "-")
    assert (status_piped, err) == (status, "")
    expected, got = json.loads(from_files), json.loads(piped)
    assert got["files"]["fr"]["path"] == "<stdin>"
    del expected["files"], got["files"]
    assert got == expected


def test_check_refuses_both_versions_from_standard_input(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin(SEED_EN.read_bytes()))
    status, out, err = run(capsys, "check", "-", "-")
    assert (status, out) == (2, "")
    assert err.startswith("parafacts: error: ") and err.count("\n") == 1 and "standard input" in err


class _Stdin:
    """Standard input holding ``data``, as ``sys.stdin.buffer`` reads it."""

    def __init__(self, data: bytes) -> None:
        import io

        self.buffer = io.BytesIO(data)


def test_check_text_matches_golden(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "check", str(SEED_EN), str(SEED_FR), "--format", "text")
    assert status == 0
    out = out.replace(str(SEED_EN), "EN").replace(str(SEED_FR), "FR")
    assert out == (ROOT / "tests" / "golden" / "seed.report.txt").read_text(encoding="utf-8")


def test_output_file_is_written_whole(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "report.json"
    status, out, _ = run(capsys, "check", str(SEED_EN), str(SEED_FR), "-o", str(target))
    assert (status, out) == (0, "")
    validate("report", json.loads(target.read_text(encoding="utf-8")))
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]


def test_output_to_a_named_pipe_keeps_the_pipe(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`-o /dev/null` or `-o /dev/stdout` must not rename a file over the device: a pipe stands in for both."""
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()), daemon=True)
    reader.start()
    status, out, _ = run(capsys, "check", str(SEED_EN), str(SEED_FR), "-o", str(pipe))
    reader.join(timeout=30)
    assert (status, out) == (0, "")
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)
    validate("report", json.loads(received[0]))
    assert [p.name for p in tmp_path.iterdir()] == ["pipe"]


def test_output_through_a_symbolic_link_keeps_the_link(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "reports").mkdir()
    real = tmp_path / "reports" / "latest.json"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "latest.json"
    link.symlink_to(real)
    status, _, _ = run(capsys, "check", str(SEED_EN), str(SEED_FR), "-o", str(link))
    assert status == 0 and link.is_symlink()
    validate("report", json.loads(real.read_text(encoding="utf-8")))
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["latest.json", "latest.json", "reports"]


def test_output_to_a_directory_is_one_line_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "check", str(SEED_EN), str(SEED_FR), "-o", str(tmp_path))
    assert (status, out) == (2, "")
    assert err == f"parafacts: error: {tmp_path}: is a directory; give the path of a file to write\n"
    assert list(tmp_path.iterdir()) == []


def test_output_is_deterministic(capsys: pytest.CaptureFixture[str]) -> None:
    outputs = {run(capsys, "check", str(SEED_EN), str(SEED_FR))[1] for _ in range(3)}
    assert len(outputs) == 1


def _bad_inputs(tmp: Path) -> dict[str, tuple[Path, Path, str, Path]]:
    """name -> (en, fr, which file the error must name, which)"""
    french = SEED_FR.read_bytes()
    files = {
        "empty.txt": b"",
        "binary.txt": bytes(range(256)) * 4,
        "latin1.txt": "Près de 7 300 toxicomanes à Nghệ An".encode().replace("è".encode(), b"\xe8"),
        "french-again.txt": french,
    }
    for name, data in files.items():
        (tmp / name).write_bytes(data)
    with open(tmp / "huge.txt", "wb") as handle:  # a 50 MB single line
        handle.write(b"7" * (50 * 1024 * 1024))
    return {
        "missing-file": (tmp / "nope.txt", SEED_FR, "nope.txt", tmp),
        "empty-file": (SEED_EN, tmp / "empty.txt", "empty.txt", tmp),
        "binary-file": (tmp / "binary.txt", SEED_FR, "binary.txt", tmp),
        "undecodable": (SEED_EN, tmp / "latin1.txt", "latin1.txt", tmp),
        "both-french": (tmp / "french-again.txt", SEED_FR, "french-again.txt", tmp),
        "swapped": (SEED_FR, SEED_EN, str(SEED_FR), tmp),
        "fifty-megabyte-line": (SEED_EN, tmp / "huge.txt", "huge.txt", tmp),
    }


BAD = ["missing-file", "empty-file", "binary-file", "undecodable", "both-french", "swapped", "fifty-megabyte-line"]


@pytest.mark.parametrize("case", BAD)
def test_bad_input_is_one_line_exit_2_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    en, fr, named, _ = _bad_inputs(tmp_path)[case]
    target = tmp_path / "out" / "report.json"
    target.parent.mkdir()
    status, out, err = run(capsys, "check", str(en), str(fr), "-o", str(target))
    assert status == 2
    assert out == ""
    assert err.startswith("parafacts: error: ") and err.endswith("\n") and err.count("\n") == 1
    assert named in err
    assert "Traceback" not in err
    assert list(target.parent.iterdir()) == []


def test_usage_error_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["check", str(SEED_EN)])
    err = capsys.readouterr().err
    assert info.value.code == 2
    assert err.count("\n") == 1 and "parafacts check --help" in err


def test_check_pairs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pairs = tmp_path / "pairs.jsonl"
    rows = [
        {"id": "a", "en": "Nghe An has nearly 7,300 drug addicts.", "fr": "Nghe An compte près de 7 300 toxicomanes."},
        {"id": 2, "en": "The rate was 78.3% in 2015.", "fr": "Le taux était de 87,3 % en 2015."},
    ]
    pairs.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    status, out, _ = run(capsys, "check-pairs", str(pairs))
    lines = [json.loads(line) for line in out.splitlines()]
    for line in lines:
        validate("check-pairs-line", line)
    assert status == 1
    assert [line["id"] for line in lines] == ["a", 2]
    assert lines[0]["findings"] == []
    assert [f["name"] for f in lines[1]["findings"]] == ["value-differs"]
    assert lines[1]["findings"][0]["fr"]["text"] == "87,3 %"


def test_check_pairs_rejects_bad_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pairs = tmp_path / "pairs.jsonl"
    pairs.write_text('{"id": 1, "en": "a", "fr": "b"}\n{oops\n', encoding="utf-8")
    status, out, err = run(capsys, "check-pairs", str(pairs))
    assert (status, out) == (2, "")
    assert "line 2 is not valid JSON" in err and str(pairs) in err


def test_extract_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "in.txt"
    source.write_text("près de 7 300 toxicomanes\n\nle 22 janvier, 78,3 %\n", encoding="utf-8")
    status, out, _ = run(capsys, "extract", str(source), "--lang", "fr", "--lines")
    lines = [json.loads(line) for line in out.splitlines()]
    for line in lines:
        validate("extract-line", line)
    assert status == 0
    assert [line["line"] for line in lines] == [1, 2, 3]
    assert [[f["kind"] for f in line["facts"]] for line in lines] == [["cardinal"], [], ["date", "percent"]]
    assert lines[0]["facts"][0]["value"] == "7300" and lines[0]["facts"][0]["qualifier"] == "nearly"


def test_extract_whole_text(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "extract", str(SEED_EN), "--lang", "en")
    facts = [json.loads(line) for line in out.splitlines()]
    for fact in facts:
        validate("fact", fact)
    assert status == 0
    text = SEED_EN.read_text(encoding="utf-8")
    assert all(text[f["start"]:f["end"]] == f["text"] for f in facts)
    assert [f["text"] for f in facts][:3] == ["10:08", "7,300", "January 22"]


def test_align_presplit(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    en, fr = tmp_path / "en.txt", tmp_path / "fr.txt"
    en.write_text("It had 306 people.\nThere were 60 more.\nAll went home on January 22.\n", encoding="utf-8")
    fr.write_text("Il y avait 306 personnes.\nIl y en avait 60 de plus.\nTous sont rentrés le 22 janvier.\n",
                  encoding="utf-8")
    status, out, _ = run(capsys, "align", str(en), str(fr), "--presplit")
    data = json.loads(out)
    validate("align", data)
    assert status == 0
    assert [(b["en"], b["fr"]) for b in data["beads"]] == [([0], [0]), ([1], [1]), ([2], [2])]


def test_align_articles(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "align", str(SEED_EN), str(SEED_FR))
    data = json.loads(out)
    validate("align", data)
    assert status == 0
    covered = sorted(i for b in data["beads"] for i in b["en"])
    assert covered == list(range(len(data["sentences"]["en"])))


def test_run_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(SEED_DIR, corpus / "good")
    shutil.copytree(SEED_DIR, corpus / "edited")
    edited = corpus / "edited" / "fr.txt"
    edited.write_text(edited.read_text(encoding="utf-8").replace("22 janvier", "23 janvier"), encoding="utf-8")
    out_dir = tmp_path / "reports"
    status, out, _ = run(capsys, "run", str(corpus), "-o", str(out_dir), "--jobs", "2")
    assert status == 1
    assert out.splitlines()[0].startswith("FAIL edited: 1 error, 2 warnings")
    assert out.splitlines()[1].startswith("PASS good: 0 errors")
    assert out.splitlines()[-1].startswith("2 pairs: 1 passed, 1 failed, 0 unreadable")
    for pair in ("good", "edited"):
        validate("report", json.loads((out_dir / pair / "report.json").read_text(encoding="utf-8")))
    summary = json.loads((out_dir / "summary.json").read_text(encoding="utf-8"))
    validate("run-summary", summary)
    assert summary["summary"]["failed"] == 1
    # Worker count never changes the bytes written.
    serial = tmp_path / "serial"
    run(capsys, "run", str(corpus), "-o", str(serial))
    for name in ("edited/report.json", "good/report.json", "summary.json"):
        parallel_text = (out_dir / name).read_text(encoding="utf-8")
        assert (serial / name).read_text(encoding="utf-8") == parallel_text.replace(str(out_dir), str(serial))


@pytest.mark.parametrize("outdir", ["afile", "afile/sub"])
def test_run_into_a_file_is_one_line_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str], outdir: str) -> None:
    (tmp_path / "afile").write_text("kept", encoding="utf-8")
    status, out, err = run(capsys, "run", str(SEED_DIR.parent), "-o", str(tmp_path / outdir))
    assert (status, out) == (2, "")
    assert err == f"parafacts: error: {tmp_path / outdir}: is a file, or inside one, not a folder; " \
                  "give a folder for the output\n"
    assert [p.name for p in tmp_path.iterdir()] == ["afile"]
    assert (tmp_path / "afile").read_text(encoding="utf-8") == "kept"


def test_python_dash_m_and_console_script_agree() -> None:
    args = ["check", str(SEED_EN), str(SEED_FR), "--format", "text"]
    module = subprocess.run([sys.executable, "-m", "pipeline", *args], capture_output=True, text=True, check=False)
    script = Path(sys.executable).parent / "parafacts"
    command = subprocess.run([str(script), *args], capture_output=True, text=True, check=False)
    assert module.returncode == command.returncode == 0
    assert module.stdout == command.stdout != ""


def test_readme_documents_every_subcommand_and_code() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for command in ("check", "check-pairs", "extract", "align", "run"):
        assert re.search(rf"parafacts {command}\b", readme), f"README lacks an example of `parafacts {command}`"
    for code in CODES:
        assert f"`{code.code}`" in readme and code.name in readme, f"README lacks finding code {code.code}"
    assert "make run" in readme and "make test" in readme
