"""The progress bar of long runs: on a terminal only, never under CI, and the final summary line stays."""

from __future__ import annotations

import io
import shutil
import sys
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.progress import Progress, bar_line, wanted
from tests.helpers import SEED_DIR


class FakeTTY(io.StringIO):
    def isatty(self) -> bool:
        return True


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


WANTED_CASES = [
    pytest.param(True, {}, True, id="terminal"),
    pytest.param(True, {"CI": "true"}, False, id="terminal-under-ci"),
    pytest.param(True, {"CI": ""}, False, id="ci-set-but-empty"),
    pytest.param(True, {"TERM": "xterm"}, True, id="other-variables"),
    pytest.param(False, {}, False, id="pipe-or-file"),
]


@pytest.mark.parametrize(("tty", "environ", "expected"), WANTED_CASES)
def test_wanted(tty: bool, environ: dict[str, str], expected: bool) -> None:
    stream = FakeTTY() if tty else io.StringIO()
    assert wanted(stream, environ) is expected


def test_a_closed_stream_wants_no_bar() -> None:
    with open(__file__, encoding="utf-8") as stream:  # a real stream: isatty() raises once it is closed
        pass
    assert wanted(stream, {}) is False


BAR_CASES = [
    pytest.param(0, 40, 0.0, "[------------------------] 0/40 pairs  0.0 pairs/s  --:-- left", id="start"),
    pytest.param(10, 40, 5.0, "[######------------------] 10/40 pairs  2.0 pairs/s  0:15 left", id="quarter"),
    pytest.param(1, 7201, 1.0, "[------------------------] 1/7201 pairs  1.0 pairs/s  2:00:00 left", id="hours"),
    pytest.param(40, 40, 8.0, "[########################] 40/40 pairs  5.0 pairs/s  done", id="done"),
    pytest.param(0, 0, 0.0, "[########################] 0/0 pairs  0.0 pairs/s  done", id="empty-corpus"),
]


@pytest.mark.parametrize(("done", "total", "elapsed", "expected"), BAR_CASES)
def test_bar_line(done: int, total: int, elapsed: float, expected: str) -> None:
    assert bar_line(done, total, elapsed) == expected


def test_progress_redraws_in_place_throttled_and_erases_itself() -> None:
    stream, clock = FakeTTY(), Clock()
    with Progress(4, stream, enabled=True, clock=clock) as progress:
        clock.now += 1
        progress.advance()
        progress.advance()  # same instant: not redrawn
        clock.now += 1
        progress.advance()
        progress.advance()  # the last one is always drawn
    frames = stream.getvalue().split("\r")
    assert frames[1].startswith("[------------------------] 0/4 pairs")
    assert frames[2].startswith("[######------------------] 1/4 pairs  1.0 pairs/s  0:03 left")
    assert frames[3].startswith("[##################------] 3/4 pairs  1.5 pairs/s  0:01 left")
    assert frames[4].startswith("[########################] 4/4 pairs  2.0 pairs/s  done")
    assert frames[5].strip() == "" and frames[6] == ""  # erased: blanks, then back to column 0
    assert "\n" not in stream.getvalue()


def test_disabled_progress_writes_nothing() -> None:
    stream = FakeTTY()
    with Progress(3, stream, enabled=False) as progress:
        for _ in range(3):
            progress.advance()
    assert stream.getvalue() == ""


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    for name in ("a", "b"):
        shutil.copytree(SEED_DIR, tmp_path / "corpus" / name)
    return tmp_path / "corpus"


def test_run_shows_a_bar_on_a_terminal(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    terminal = FakeTTY()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["run", str(corpus), "-o", str(tmp_path / "out"), "--no-cache"]) == 0
    bar = terminal.getvalue()
    assert "0/2 pairs" in bar and "2/2 pairs" in bar and "done" in bar
    assert bar.endswith("\r") and "\n" not in bar
    out = capsys.readouterr().out
    assert out.splitlines()[-1].startswith("2 pairs: 2 passed, 0 failed, 0 unreadable")
    assert "\r" not in out


def test_run_shows_no_bar_under_ci(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    terminal = FakeTTY()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["run", str(corpus), "-o", str(tmp_path / "out")]) == 0
    assert terminal.getvalue() == ""
    assert capsys.readouterr().out.splitlines()[-1].endswith("; 0 cached, 2 computed")


def test_run_shows_no_bar_when_stderr_is_not_a_terminal(corpus: Path, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    assert main(["run", str(corpus), "-o", str(tmp_path / "out")]) == 0
    assert capsys.readouterr().err == ""
