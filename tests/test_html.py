"""The HTML review page: structure, escaping, determinism, and behaviour in a real headless chromium."""

from __future__ import annotations

import json
import re
import shutil
import struct
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from pipeline.cli import main
from pipeline.html import _marked, render_index, render_review, value_text
from pipeline.report import build_report
from pipeline.run import check_files, signature
from tests.browser import Chromium, find_chromium
from tests.helpers import SEED_DIR, SEED_EN, SEED_FR


class Page(HTMLParser):
    """What the tests look at: elements with their attributes, and the text inside each."""

    VOID = frozenset({"meta", "input", "col", "br", "img", "link"})

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.texts: list[list[str]] = []
        self.open: list[int] = []
        self.feed(text)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, {k: v or "" for k, v in attrs}))
        self.texts.append([])
        if tag not in self.VOID:
            self.open.append(len(self.elements) - 1)

    def handle_endtag(self, tag: str) -> None:
        while self.open:
            if self.elements[self.open.pop()][0] == tag:
                break

    def handle_data(self, data: str) -> None:
        for index in self.open:
            self.texts[index].append(data)

    def having(self, cls: str) -> list[tuple[str, dict[str, str]]]:
        return [e for e in self.elements if cls in e[1].get("class", "").split()]

    def text_of(self, element: tuple[str, dict[str, str]]) -> str:
        return "".join(self.texts[next(i for i, e in enumerate(self.elements) if e is element)])


def _pair(tmp_path: Path, name: str, edit: tuple[str, str] | None = None) -> tuple[Path, Path]:
    folder = tmp_path / name
    shutil.copytree(SEED_DIR, folder)
    if edit:
        fr = folder / "fr.txt"
        fr.write_text(fr.read_text(encoding="utf-8").replace(*edit, 1), encoding="utf-8")
    return folder / "en.txt", folder / "fr.txt"


def _review(en: Path, fr: Path) -> tuple[dict[str, Any], str]:
    result = check_files(en, fr)
    report = build_report(result, signature())
    return report, render_review(report, result.en.document.text, result.fr.document.text)


@pytest.fixture(scope="module")
def seed() -> tuple[dict[str, Any], str]:
    return _review(SEED_EN, SEED_FR)


# --- structure -----------------------------------------------------------------------------------------------


def test_one_row_per_bead_with_one_sided_beads_and_block_kinds(seed: tuple[dict[str, Any], str]) -> None:
    report, page_text = seed
    page = Page(page_text)
    rows = [e for e in page.elements if e[0] == "tr" and "bead" in e[1].get("class", "").split()]
    assert [r[1]["id"] for r in rows] == [f"bead-{i}" for i in range(len(report["beads"]))]
    one_sided = [i for i, b in enumerate(report["beads"]) if not b["en"] or not b["fr"]]
    assert [int(r[1]["id"][5:]) for r in rows if "one-sided" in r[1]["class"]] == one_sided
    assert len(page.having("missing")) == len(one_sided)
    kinds = {page.text_of(e) for e in page.having("kind")}
    assert {"dateline", "boilerplate", "caption", "title"} <= kinds


def test_every_finding_is_marked_at_each_of_its_spans(seed: tuple[dict[str, Any], str]) -> None:
    report, page_text = seed
    page = Page(page_text)
    markers = page.having("finding")
    assert len({m[1]["data-finding"] for m in markers}) == len(report["findings"])
    for index, finding in enumerate(report["findings"]):
        mine = [m for m in markers if m[1]["data-finding"] == str(index)]
        sides = [m[1]["id"].rsplit("-", 1)[1] for m in mine]
        assert sides == [s for s in ("en", "fr") if finding[s] is not None]
        assert all(f"{finding['code']} {finding['name']}" in page.text_of(m) for m in mine)
        hits = [h for h in page.having("hit") if str(index) in h[1]["data-findings"].split()]
        assert "".join(page.text_of(h) for h in hits) == "".join(
            finding[s]["text"] for s in ("en", "fr") if finding[s] is not None
        )


def test_facts_are_highlighted_from_their_offsets(seed: tuple[dict[str, Any], str]) -> None:
    report, page_text = seed
    page = Page(page_text)
    highlighted = "".join(page.text_of(e) for e in page.having("fact"))
    in_sentences = [f for side in ("en", "fr") for f in report["facts"][side] if f["sentence"] is not None]
    # Facts are shown in bead order, EN cell then FR cell; every fact's text is highlighted, nothing else.
    assert sorted(highlighted) == sorted("".join(f["text"] for f in in_sentences))
    assert 'title="percent 78.3"' in page_text and 'title="ratio 367/280"' in page_text


MARK_CASES = [
    pytest.param("a 7 b", 10, [], "a 7 b", id="no-marks"),
    pytest.param("a 7 b", 10, [(12, 13, "fact", "cardinal 7")], 'a <span class="fact" title="cardinal 7">7</span> b',
                 id="one-fact"),
    pytest.param("<7&>", 0, [(1, 2, "fact", 'x"y')], '&lt;<span class="fact" title="x&quot;y">7</span>&amp;&gt;',
                 id="escapes-text-and-titles"),
    pytest.param("ab", 0, [(0, 2, "fact", "t"), (1, 2, "error", "3")],
                 '<span class="fact" title="t">a</span><span class="fact hit on-error" title="t" data-findings="3" '
                 'data-severities="error">b</span>', id="overlap-splits-segments"),
    pytest.param("ab", 0, [(0, 2, "info", "1"), (0, 2, "warning", "0")],
                 '<span class="hit on-warning" data-findings="0 1" data-severities="warning info">ab</span>',
                 id="most-severe-shown-first"),
    pytest.param("ab", 5, [(0, 9, "error", "0")],
                 '<span class="hit on-error" data-findings="0" data-severities="error">ab</span>',
                 id="mark-wider-than-text-is-clipped"),
]


@pytest.mark.parametrize(("text", "start", "marks", "expected"), MARK_CASES)
def test_marked(text: str, start: int, marks: list[tuple[int, int, str, str]], expected: str) -> None:
    assert _marked(text, start, marks) == expected


VALUE_CASES = [
    pytest.param("78.3", "78.3", id="decimal"),
    pytest.param({"low": "2013", "high": "2015"}, "2013–2015", id="range"),
    pytest.param({"numerator": "367", "denominator": "280"}, "367/280", id="ratio"),
    pytest.param({"year": None, "month": 1, "day": 22}, "?-01-22", id="date-without-year"),
    pytest.param({"hour": 10, "minute": 8}, "10:08", id="time"),
]


@pytest.mark.parametrize(("value", "expected"), VALUE_CASES)
def test_value_text(value: Any, expected: str) -> None:
    assert value_text(value) == expected


def test_all_text_is_escaped(tmp_path: Path) -> None:
    hostile = '<script>alert("x")</script> & <img src=x onerror=alert(1)>'
    en, fr = _pair(tmp_path, "hostile")
    for path in (en, fr):
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("\n", f" {hostile}\n", 3), encoding="utf-8")
    report, page_text = _review(en, fr)
    assert page_text.count("<script") == 1 and "<img" not in page_text
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x" in page_text
    assert len(Page(page_text).having("bead")) == len(report["beads"])


def test_self_contained_and_deterministic(seed: tuple[dict[str, Any], str]) -> None:
    report, page_text = seed
    assert not re.search(r"https?://|<link|@import|url\(|\bsrc=|@font-face", page_text)
    assert "Content-Security-Policy" in page_text and "default-src 'none'" in page_text
    # From the same report read back from disk: same bytes.
    again = render_review(json.loads(json.dumps(report)), SEED_EN.read_text(encoding="utf-8"),
                          SEED_FR.read_text(encoding="utf-8"))
    assert again == page_text


def test_check_format_html_writes_the_page(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                           seed: tuple[dict[str, Any], str]) -> None:
    target = tmp_path / "review.html"
    status = main(["check", str(SEED_EN), str(SEED_FR), "--format", "html", "-o", str(target)])
    assert (status, capsys.readouterr().out) == (0, "")
    assert target.read_text(encoding="utf-8") == seed[1]


def test_index_links_every_pair_with_counts() -> None:
    corpus = {
        "signature": "sig", "corpus": "c<orp>",
        "pairs": [
            {"id": "a b/x", "status": "fail", "report": "a b/x/report.json",
             "summary": {"errors": 1, "warnings": 2, "infos": 3, "facts": {"en": 4, "fr": 5}}},
            {"id": "bad", "status": "unreadable", "error": "bad/fr.txt: <not UTF-8>"},
        ],
        "summary": {"pairs": 2, "passed": 0, "failed": 1, "unreadable": 1, "errors": 1, "warnings": 2, "infos": 3},
    }
    page = render_index(corpus)
    assert '<a href="a%20b/x/review.html">a b/x</a>' in page
    assert "<td>fail</td><td class=\"num\">1</td><td class=\"num\">2</td><td class=\"num\">3</td>" in page
    assert "bad/fr.txt: &lt;not UTF-8&gt;" in page and "c&lt;orp&gt;" in page
    assert "2 pairs: 0 passed, 1 failed, 1 unreadable" in page


# --- in a real browser ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser() -> Iterator[Chromium]:
    binary, why = find_chromium()
    if binary is None:
        pytest.skip(f"no headless browser: {why}")
    with Chromium(binary) as chromium:
        yield chromium


VISIBLE_FINDINGS = (
    "new Set(Array.from(document.querySelectorAll('.finding')).filter(e => e.offsetParent !== null)"
    ".map(e => e.dataset.finding)).size"
)


def test_review_in_chromium(tmp_path: Path, browser: Chromium) -> None:
    en, fr = _pair(tmp_path, "edited", ("7 300", "7 400"))
    report, page_text = _review(en, fr)
    assert report["summary"]["errors"] == 1
    page = tmp_path / "review.html"
    page.write_text(page_text, encoding="utf-8")
    browser.open(page)
    total = len(report["findings"])
    assert browser.evaluate("document.getElementById('shown').textContent") == str(total)
    assert browser.evaluate(VISIBLE_FINDINGS) == total

    # Keyboard: j/n forward, k/p back; the focus moves to the finding's marker, in page order.
    order = browser.evaluate(
        "Array.from(new Set(Array.from(document.querySelectorAll('.finding')).map(e => e.dataset.finding)))"
    )
    assert sorted(order, key=int) == [str(i) for i in range(total)]
    focused = []
    for key in ("j", "j", "n", "k", "p"):
        browser.press(key)
        focused.append(browser.evaluate("document.activeElement.dataset.finding"))
    assert focused == [order[0], order[1], order[2], order[1], order[0]]
    assert browser.evaluate("document.activeElement.classList.contains('current')") is True
    assert "finding 1 of" in browser.evaluate("document.getElementById('position').textContent")

    # Severity filter: hide info, then warnings.
    browser.evaluate("document.getElementById('show-info').click()")
    expected = report["summary"]["errors"] + report["summary"]["warnings"]
    assert browser.evaluate("document.getElementById('shown').textContent") == str(expected)
    assert browser.evaluate(VISIBLE_FINDINGS) == expected
    browser.evaluate("document.getElementById('show-warning').click()")
    assert browser.evaluate(VISIBLE_FINDINGS) == 1
    browser.press("j")
    error_index = str(next(i for i, f in enumerate(report["findings"]) if f["severity"] == "error"))
    assert browser.evaluate("document.activeElement.dataset.finding") == error_index
    browser.evaluate("document.getElementById('show-warning').click(); document.getElementById('show-info').click()")

    shot = tmp_path / "review.png"
    browser.screenshot(shot)
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert width == 1280 and height > 500 and len(data) > 20_000

    assert browser.console_errors() == []
    assert browser.requested_urls() == [page.resolve().as_uri()]


def test_run_index_in_chromium(tmp_path: Path, browser: Chromium, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "corpus"
    _pair(corpus, "a b", ("7 300", "7 400"))
    _pair(corpus, "good")
    out = tmp_path / "out"
    assert main(["run", str(corpus), "-o", str(out)]) == 1
    capsys.readouterr()
    browser.open(out / "index.html")
    links = browser.evaluate("Array.from(document.querySelectorAll('a')).map(a => a.href)")
    assert links == [(out / "a b" / "review.html").as_uri(), (out / "good" / "review.html").as_uri()]
    assert browser.console_errors() == []
    for folder, errors in (("a b", 1), ("good", 0)):
        browser.open(out / folder / "review.html")
        report = json.loads((out / folder / "report.json").read_text(encoding="utf-8"))
        assert report["summary"]["errors"] == errors
        assert browser.evaluate(VISIBLE_FINDINGS) == len(report["findings"]) == int(browser.evaluate(
            "document.getElementById('shown').textContent"))
        assert browser.console_errors() == []


def test_the_browser_harness_sees_script_errors_and_requests(tmp_path: Path, browser: Chromium) -> None:
    """The checks above can fail: a script error and a blocked network request are both reported."""
    broken = tmp_path / "broken.html"
    csp = re.search(r'<meta http-equiv="Content-Security-Policy"[^>]*>', render_index(
        {"pairs": [], "summary": {}}))
    assert csp is not None
    broken.write_text(f"<!DOCTYPE html><html><head>{csp.group(0)}</head><body>"
                      '<img src="http://example.invalid/x.png"><script>noSuchFunction();</script></body></html>',
                      encoding="utf-8")
    browser.open(broken)
    errors = browser.console_errors()
    assert any("noSuchFunction" in e for e in errors)
    assert any("Content Security Policy" in e for e in errors), errors
