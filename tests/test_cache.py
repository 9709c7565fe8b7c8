"""Incremental runs: a re-run recomputes exactly the pairs whose input or pipeline changed, never gives a stale
answer, survives a damaged or deleted cache, and writes the same bytes as a fresh run."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import pipeline.run
from pipeline.cache import CACHE_FORMAT, Cache, Entry, pair_key
from pipeline.cli import main
from tests.helpers import SEED_DIR, validate

PAIRS = ("a", "b", "c")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    for name in PAIRS:
        shutil.copytree(SEED_DIR, root / name)
    return root


@pytest.fixture
def computed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The pair folders the pipeline actually checks, in order (the check function is wrapped and counted)."""
    calls: list[str] = []
    original: Callable[..., Any] = pipeline.run.check_files

    def counting(en: Any, fr: Any) -> Any:
        calls.append(Path(en).parent.name)
        return original(en, fr)

    monkeypatch.setattr(pipeline.run, "check_files", counting)
    return calls


def run(capsys: pytest.CaptureFixture[str], corpus: Path, out: Path, *options: str) -> tuple[int, str]:
    status = main(["run", str(corpus), "-o", str(out), *options])
    return status, capsys.readouterr().out


def outputs(out: Path) -> dict[str, bytes]:
    """Every file a run wrote, except the cache."""
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and ".cache" not in p.relative_to(out).parts}


def cache_entries(out: Path) -> list[Path]:
    return sorted((out / ".cache").rglob("*.json"))


def test_rerun_takes_every_pair_from_the_cache(corpus: Path, tmp_path: Path, computed: list[str],
                                               capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    status, first = run(capsys, corpus, out)
    assert status == 0 and computed == ["a", "b", "c"]
    assert first.splitlines()[-1].endswith("; 0 cached, 3 computed")
    before = outputs(out)
    assert {"a/review.html", "a/report.json", "a/report.txt", "index.html", "summary.json"} <= before.keys()
    status, second = run(capsys, corpus, out)
    assert status == 0 and computed == ["a", "b", "c"]  # nothing more
    assert second.splitlines()[-1].endswith("; 3 cached, 0 computed")
    assert outputs(out) == before  # cached and fresh outputs are byte-identical
    assert len(cache_entries(out)) == 3


def test_a_changed_file_is_recomputed_and_its_report_changes(corpus: Path, tmp_path: Path, computed: list[str],
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    run(capsys, corpus, out)
    computed.clear()
    fr = corpus / "b" / "fr.txt"
    fr.write_text(fr.read_text(encoding="utf-8").replace("7 300", "7 400", 1), encoding="utf-8")
    status, text = run(capsys, corpus, out)
    assert computed == ["b"]
    assert status == 1 and "FAIL b: 1 error, " in text
    assert text.splitlines()[-1].endswith("; 2 cached, 1 computed")
    report = json.loads((out / "b" / "report.json").read_text(encoding="utf-8"))
    validate("report", report)
    assert [f["code"] for f in report["findings"] if f["severity"] == "error"] == ["PF101"]
    # The same bytes as a run that uses no cache at all.
    fresh = tmp_path / "fresh"
    run(capsys, corpus, fresh, "--no-cache")
    assert not (fresh / ".cache").exists()
    assert _relocated(outputs(fresh), fresh, out) == outputs(out)


def _relocated(files: dict[str, bytes], old: Path, new: Path) -> dict[str, bytes]:
    return {k: v.replace(str(old).encode(), str(new).encode()) for k, v in files.items()}


def test_a_new_signature_recomputes_everything(corpus: Path, tmp_path: Path, computed: list[str],
                                               capsys: pytest.CaptureFixture[str],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    run(capsys, corpus, out)
    computed.clear()
    changed = pipeline.run.signature().replace("crosscheck:", "crosscheck:9") + "|new:1"
    monkeypatch.setattr(pipeline.run, "signature", lambda: changed)
    status, text = run(capsys, corpus, out)
    assert status == 0
    assert computed == ["a", "b", "c"]
    assert json.loads((out / "a" / "report.json").read_text(encoding="utf-8"))["signature"] == changed
    assert text.splitlines()[-1].endswith("; 0 cached, 3 computed")


DAMAGE = [
    pytest.param(lambda p: p.unlink(), id="deleted"),
    pytest.param(lambda p: p.write_bytes(p.read_bytes()[: len(p.read_bytes()) // 2]), id="truncated"),
    pytest.param(lambda p: p.write_bytes(b"\x00\xff garbage"), id="garbage"),
    pytest.param(lambda p: p.write_text("[]", encoding="utf-8"), id="wrong-shape"),
    pytest.param(lambda p: p.write_text(p.read_text(encoding="utf-8").replace(CACHE_FORMAT, "parafacts-cache/0"),
                                        encoding="utf-8"), id="older-format"),
    pytest.param(lambda p: p.write_text(p.read_text(encoding="utf-8").replace('"documents"', '"docs"'),
                                        encoding="utf-8"), id="missing-field"),
    pytest.param(lambda p: shutil.rmtree(p.parent.parent), id="whole-cache-deleted"),
]


@pytest.mark.parametrize("damage", DAMAGE)
def test_a_damaged_entry_is_recomputed(corpus: Path, tmp_path: Path, computed: list[str],
                                       capsys: pytest.CaptureFixture[str], damage: Callable[[Path], None]) -> None:
    out = tmp_path / "out"
    run(capsys, corpus, out)
    before = outputs(out)
    key = pair_key(corpus / "a" / "en.txt", corpus / "a" / "fr.txt", pipeline.run.signature())
    assert key is not None
    [entry] = [p for p in cache_entries(out) if p.stem == key]
    damage(entry)
    computed.clear()
    status, _ = run(capsys, corpus, out)
    assert status == 0 and "a" in computed
    assert outputs(out) == before
    assert len(cache_entries(out)) == 3  # repaired


def test_parallel_and_serial_runs_share_the_cache(corpus: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    _, first = run(capsys, corpus, out, "--jobs", "2")
    before = outputs(out)
    _, second = run(capsys, corpus, out, "--jobs", "2")
    assert first.splitlines()[-1].endswith("0 cached, 3 computed")
    assert second.splitlines()[-1].endswith("3 cached, 0 computed")
    assert outputs(out) == before


def test_cache_option_and_unreadable_pairs(corpus: Path, tmp_path: Path, computed: list[str],
                                           capsys: pytest.CaptureFixture[str]) -> None:
    (corpus / "c" / "fr.txt").write_bytes(b"")
    out, cache = tmp_path / "out", tmp_path / "shared-cache"
    assert run(capsys, corpus, out, "--cache", str(cache))[0] == 2
    assert not (out / ".cache").exists() and len(list(cache.rglob("*.json"))) == 2  # errors are not cached
    computed.clear()
    status, text = run(capsys, corpus, out, "--cache", str(cache))
    assert status == 2 and computed == ["c"] and "ERROR c:" in text
    assert text.splitlines()[-1].endswith("; 2 cached, 1 computed")


def test_cache_that_is_a_file_is_an_input_error(corpus: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "file"
    bad.write_text("x", encoding="utf-8")
    status = main(["run", str(corpus), "-o", str(tmp_path / "out"), "--cache", str(bad)])
    err = capsys.readouterr().err
    assert status == 2 and err.count("\n") == 1 and str(bad) in err and "--no-cache" in err


def test_cache_and_no_cache_exclude_each_other(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["run", str(corpus), "--cache", "x", "--no-cache"])
    assert info.value.code == 2 and "not allowed with" in capsys.readouterr().err


# --- the cache itself ----------------------------------------------------------------------------------------

ENTRY = Entry(report={"summary": {"errors": 0}}, text="t\n", en_text="en ü", fr_text="fr é")


def test_put_then_get_round_trips_atomically(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "c")
    assert cache.get("ab" * 32) is None
    cache.put("ab" * 32, ENTRY)
    assert cache.get("ab" * 32) == ENTRY
    assert [p.name for p in (tmp_path / "c").rglob("*")] == ["ab", f"{'ab' * 32}.json"]  # no temporary left
    assert cache.get("cd" * 32) is None


def test_an_entry_under_another_key_is_not_returned(tmp_path: Path) -> None:
    cache = Cache(tmp_path)
    cache.put("ab" * 32, ENTRY)
    moved = tmp_path / "ab" / f"{'ab' * 31}cd.json"
    (tmp_path / "ab" / f"{'ab' * 32}.json").rename(moved)
    assert cache.get("ab" * 31 + "cd") is None


KEY_CHANGES = [
    pytest.param("en", id="english-bytes"),
    pytest.param("fr", id="french-bytes"),
    pytest.param("signature", id="signature"),
    pytest.param("path", id="path"),
]


@pytest.mark.parametrize("change", KEY_CHANGES)
def test_key_depends_on_content_signature_and_path(tmp_path: Path, change: str) -> None:
    en, fr = tmp_path / "en.txt", tmp_path / "fr.txt"
    en.write_text("one", encoding="utf-8")
    fr.write_text("un", encoding="utf-8")
    before = pair_key(en, fr, "sig")
    assert before == pair_key(en, fr, "sig")
    signature = "sig"
    if change == "en":
        en.write_text("one ", encoding="utf-8")
    elif change == "fr":
        fr.write_text("deux", encoding="utf-8")
    elif change == "signature":
        signature = "sig2"
    else:
        en = en.rename(tmp_path / "en2.txt")
    assert pair_key(en, fr, signature) != before


def test_key_of_unreadable_files_is_none(tmp_path: Path) -> None:
    assert pair_key(tmp_path / "missing.txt", tmp_path / "fr.txt", "sig") is None


BAD_ENTRIES = [
    pytest.param([], id="list"),
    pytest.param({"report": [], "text": "", "documents": {"en": "", "fr": ""}}, id="report-not-object"),
    pytest.param({"report": {}, "text": 1, "documents": {"en": "", "fr": ""}}, id="text-not-string"),
    pytest.param({"report": {}, "text": "", "documents": {"en": ""}}, id="no-french"),
]


@pytest.mark.parametrize("data", BAD_ENTRIES)
def test_entry_rejects_what_is_not_whole(data: Any) -> None:
    with pytest.raises(ValueError):
        Entry.from_json(data)
