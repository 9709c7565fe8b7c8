"""A review page: the two versions side by side, bead by bead, figures and findings marked in the text.

:func:`render_review` builds one self-contained HTML file (inline CSS and JavaScript; a Content-Security-Policy
that forbids any network access) from a JSON report (``pipeline.report.build_report``) and the two document
texts, so that it works for any report, fresh or read back from disk. :func:`render_index` builds the page that
links the reviews of a corpus run. Same input, same bytes: nothing depends on time, locale or machine.

Keys on the page: ``j``/``n`` next finding, ``k``/``p`` previous finding; checkboxes filter by severity.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from html import escape
from itertools import pairwise
from typing import Any
from urllib.parse import quote

JSONDict = Mapping[str, Any]

SEVERITIES = ("error", "warning", "info")
_SEVERITY_LABEL = {"error": "errors", "warning": "warnings", "info": "info"}
_SIDE_NAME = {"en": "English", "fr": "French"}
_CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"

_CSS = """
:root { --error: #c62828; --warning: #b26a00; --info: #1565c0; --fact: #fff3b0; --line: #d0d7de; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f2328;
  background: #fff; }
header { position: sticky; top: 0; z-index: 2; background: #f6f8fa; border-bottom: 1px solid var(--line);
  padding: .6rem 1rem; }
h1 { font-size: 1.1rem; margin: 0 0 .2rem; word-break: break-all; }
header p { margin: .15rem 0; }
.files, .signature { color: #57606a; font-size: .85rem; word-break: break-all; }
#filters { display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; margin: .3rem 0; }
#filters label { cursor: pointer; }
kbd { border: 1px solid #8c959f; border-radius: 3px; padding: 0 .3em; font-size: .85em; background: #fff; }
main { padding: .5rem 1rem 3rem; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { border-bottom: 1px solid var(--line); vertical-align: top; padding: .35rem .5rem; text-align: left; }
th { background: #fff; }
col.n { width: 4.2rem; }
td.n { color: #57606a; font-size: .8rem; }
.score { display: block; }
tr.one-sided td.n { border-left: 4px solid #8c959f; }
td.missing { color: #8c959f; font-style: italic; background: repeating-linear-gradient(135deg, #fff, #fff 6px,
  #f6f8fa 6px, #f6f8fa 12px); }
p.sentence { margin: 0 0 .3rem; }
.kind { display: inline-block; font-size: .7rem; text-transform: uppercase; letter-spacing: .04em;
  border: 1px solid #8c959f; color: #57606a; border-radius: 3px; padding: 0 .3em; margin-right: .3em; }
.fact { background: var(--fact); border-radius: 2px; }
.hit { border-bottom: 3px solid transparent; }
.hit.on-error { border-bottom-color: var(--error); }
.hit.on-warning { border-bottom-color: var(--warning); }
.hit.on-info { border-bottom-color: var(--info); }
.finding { margin: .3rem 0; padding: .2rem .4rem; border-left: 4px solid; font-size: .85rem; background: #f6f8fa;
  outline: none; }
.finding.sev-error { border-color: var(--error); }
.finding.sev-warning { border-color: var(--warning); }
.finding.sev-info { border-color: var(--info); }
.finding .code { font-weight: 600; }
.finding.sev-error .code { color: var(--error); }
.finding.sev-warning .code { color: var(--warning); }
.finding.sev-info .code { color: var(--info); }
.finding.current { box-shadow: 0 0 0 2px #0969da; background: #ddf4ff; }
.hit.current { background: #ddf4ff; }
.hidden { display: none; }
body.only-findings tr.bead:not(.has-visible) { display: none; }
#general:empty { display: none; }
"""

_JS = """
(function () {
  "use strict";
  var body = document.body;
  var boxes = Array.prototype.slice.call(document.querySelectorAll("#filters input[data-severity]"));
  var onlyFindings = document.getElementById("only-findings");
  var shown = document.getElementById("shown");
  var position = document.getElementById("position");
  var order = [];
  var current = -1;
  var RANK = {error: 0, warning: 1, info: 2};

  function visibleSeverities() {
    var visible = {};
    boxes.forEach(function (box) { visible[box.dataset.severity] = box.checked; });
    return visible;
  }

  function markers(id) {
    return document.querySelectorAll('.finding[data-finding="' + id + '"]');
  }

  function refresh() {
    var visible = visibleSeverities();
    var seen = {};
    order = [];
    document.querySelectorAll(".finding").forEach(function (el) {
      var on = visible[el.dataset.severity];
      el.classList.toggle("hidden", !on);
      if (on && !seen[el.dataset.finding]) {
        seen[el.dataset.finding] = true;
        order.push(el.dataset.finding);
      }
    });
    document.querySelectorAll(".hit").forEach(function (el) {
      var best = null;
      el.dataset.severities.split(" ").forEach(function (s) {
        if (visible[s] && (best === null || RANK[s] < RANK[best])) { best = s; }
      });
      el.classList.remove("on-error", "on-warning", "on-info");
      if (best !== null) { el.classList.add("on-" + best); }
    });
    document.querySelectorAll("tr.bead").forEach(function (row) {
      row.classList.toggle("has-visible", row.querySelector(".finding:not(.hidden)") !== null);
    });
    shown.textContent = String(order.length);
    body.classList.toggle("only-findings", onlyFindings.checked);
    var at = order.indexOf(current >= 0 ? String(current) : "");
    select(at >= 0 ? at : -1, false);
  }

  function select(index, move) {
    document.querySelectorAll(".current").forEach(function (el) { el.classList.remove("current"); });
    if (index < 0 || index >= order.length) {
      current = -1;
      position.textContent = "";
      return;
    }
    var id = order[index];
    current = Number(id);
    markers(id).forEach(function (el) { el.classList.add("current"); });
    document.querySelectorAll('.hit[data-findings~="' + id + '"]').forEach(function (el) {
      el.classList.add("current");
    });
    position.textContent = "; finding " + (index + 1) + " of " + order.length;
    if (move) {
      var target = markers(id)[0];
      target.focus({preventScroll: true});
      target.scrollIntoView({block: "center"});
    }
  }

  function step(delta) {
    if (order.length === 0) { return; }
    var at = order.indexOf(String(current));
    var next = at < 0 ? (delta > 0 ? 0 : order.length - 1) : (at + delta + order.length) % order.length;
    select(next, true);
  }

  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) { return; }
    if (event.key === "j" || event.key === "n") { step(1); event.preventDefault(); }
    else if (event.key === "k" || event.key === "p") { step(-1); event.preventDefault(); }
  });
  boxes.forEach(function (box) { box.addEventListener("change", refresh); });
  onlyFindings.addEventListener("change", refresh);
  document.querySelectorAll(".finding").forEach(function (el) {
    el.addEventListener("click", function () { select(order.indexOf(el.dataset.finding), true); });
  });
  refresh();
}());
"""


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def value_text(value: Any) -> str:
    """A fact's value as a short readable string (``78.3``, ``367/280``, ``2016-01-22``, ``10:08``)."""
    if isinstance(value, Mapping):
        if "low" in value:
            return f"{value['low']}–{value['high']}"
        if "numerator" in value:
            return f"{value['numerator']}/{value['denominator']}"
        if "hour" in value:
            return f"{value['hour']:02d}:{value['minute']:02d}"
        if "month" in value:
            parts = (value.get("year"), value.get("month"), value.get("day"))
            return "-".join("?" if p is None else f"{p:02d}" for p in parts)
    return str(value)


def _fact_title(fact: JSONDict) -> str:
    words = [str(fact["kind"]), value_text(fact["value"])]
    for key in ("unit", "scale", "qualifier"):
        if fact.get(key):
            words.append(f"{key} {fact[key]}")
    return " ".join(words)


def _marked(text: str, start: int, marks: Sequence[tuple[int, int, str, str]]) -> str:
    """``text`` (which starts at document offset ``start``) with marks: (start, end, kind, payload) where kind is
    ``fact`` (payload: a title) or a severity (payload: a finding id). Overlaps are split into segments, so that
    tags never cross."""
    end = start + len(text)
    cuts = {start, end}
    for a, b, _, _ in marks:
        cuts.update((min(max(a, start), end), min(max(b, start), end)))
    points = sorted(cuts)
    out = []
    for a, b in pairwise(points):
        if a == b:
            continue
        chunk = _e(text[a - start:b - start])
        covering = [m for m in marks if m[0] <= a and b <= m[1] and m[0] < m[1]]
        facts = [m[3] for m in covering if m[2] == "fact"]
        hits = [m for m in covering if m[2] != "fact"]
        attributes = []
        classes = []
        if facts:
            classes.append("fact")
            attributes.append(f'title="{_e("; ".join(facts))}"')
        if hits:
            severities = sorted({m[2] for m in hits}, key=SEVERITIES.index)
            classes.append(f"hit on-{severities[0]}")
            attributes.append(f'data-findings="{" ".join(sorted({m[3] for m in hits}, key=int))}"')
            attributes.append(f'data-severities="{" ".join(severities)}"')
        if classes:
            chunk = f'<span class="{" ".join(classes)}" {" ".join(attributes)}>{chunk}</span>'
        out.append(chunk)
    return "".join(out)


def _finding_marker(index: int, finding: JSONDict, side: str | None) -> str:
    severity = _e(finding["severity"])
    both = " [both versions]" if finding.get("both_versions") else ""
    where = f' id="f{index}-{side}"' if side else f' id="f{index}"'
    return (
        f'<div class="finding sev-{severity}"{where} data-finding="{index}" data-severity="{severity}" '
        f'tabindex="-1"><span class="code">{_e(finding["code"])} {_e(finding["name"])}</span>{_e(both)}: '
        f'<span class="msg">{_e(finding["message"])}</span></div>'
    )


def _row_of(side_sentence_bead: Mapping[int, int], finding: JSONDict, side: str) -> int | None:
    span = finding.get(side)
    if span is None:
        return None
    sentence = span.get("sentence")
    if sentence is not None and sentence in side_sentence_bead:
        return side_sentence_bead[sentence]
    bead = finding.get("bead")
    return bead if isinstance(bead, int) else None


def render_review(report: JSONDict, en_text: str, fr_text: str) -> str:
    """The review page of one article pair: ``report`` is a JSON report, the texts are the decoded documents."""
    texts = {"en": en_text, "fr": fr_text}
    beads: Sequence[JSONDict] = report["beads"]
    sentences = {side: {s["index"]: s for s in report["sentences"][side]} for side in ("en", "fr")}
    sentence_bead = {side: {i: n for n, b in enumerate(beads) for i in b[side]} for side in ("en", "fr")}
    findings: Sequence[JSONDict] = report["findings"]

    # Where each finding goes: (bead row, side) -> finding ids; findings with no place go on top.
    placed: dict[tuple[int, str], list[int]] = {}
    general: list[int] = []
    for index, finding in enumerate(findings):
        where = {side: _row_of(sentence_bead[side], finding, side) for side in ("en", "fr")}
        if where["en"] is None and where["fr"] is None:
            bead = finding.get("bead")
            if isinstance(bead, int) and 0 <= bead < len(beads):
                side = "en" if beads[bead]["en"] else "fr"
                placed.setdefault((bead, side), []).append(index)
            else:
                general.append(index)
            continue
        for side, row in where.items():
            if row is not None:
                placed.setdefault((row, side), []).append(index)

    # Marks per sentence: facts, then finding spans.
    marks: dict[tuple[str, int], list[tuple[int, int, str, str]]] = {}
    for side in ("en", "fr"):
        for fact in report["facts"][side]:
            if fact.get("sentence") is not None:
                marks.setdefault((side, fact["sentence"]), []).append(
                    (fact["start"], fact["end"], "fact", _fact_title(fact))
                )
    for index, finding in enumerate(findings):
        for side in ("en", "fr"):
            span = finding.get(side)
            if span is not None and span.get("sentence") is not None:
                marks.setdefault((side, span["sentence"]), []).append(
                    (span["start"], span["end"], str(finding["severity"]), str(index))
                )

    rows = []
    for number, bead in enumerate(beads):
        one_sided = not bead["en"] or not bead["fr"]
        cells = []
        for side in ("en", "fr"):
            if not bead[side]:
                other = _SIDE_NAME["fr" if side == "en" else "en"]
                content = f"only in the {other} version"
                cell_class = f"{side} missing"
            else:
                parts = []
                for i in bead[side]:
                    sentence = sentences[side][i]
                    text = texts[side][sentence["start"]:sentence["end"]]
                    kind = sentence["kind"]
                    badge = "" if kind == "body" else f'<span class="kind">{_e(kind)}</span>'
                    body = _marked(text, sentence["start"], marks.get((side, i), []))
                    parts.append(f'<p class="sentence" data-sentence="{i}">{badge}{body}</p>')
                content = "".join(parts)
                cell_class = side
            content += "".join(_finding_marker(i, findings[i], side) for i in placed.get((number, side), []))
            cells.append(f'<td class="{cell_class}" lang="{side}">{content}</td>')
        row_class = "bead one-sided" if one_sided else "bead"
        rows.append(
            f'<tr id="bead-{number}" class="{row_class}"><td class="n">{number}'
            f'<span class="score" title="alignment score">{float(bead["score"]):.2f}</span></td>'
            f'{"".join(cells)}</tr>'
        )

    summary = report["summary"]
    files = report["files"]
    counts = {"error": summary["errors"], "warning": summary["warnings"], "info": summary["infos"]}
    title = f"{files['en']['path']} <> {files['fr']['path']}"
    filters = "".join(
        f'<label><input type="checkbox" id="show-{s}" data-severity="{s}" checked> {_SEVERITY_LABEL[s]} '
        f"({counts[s]})</label>"
        for s in SEVERITIES
    )
    general_html = "".join(_finding_marker(i, findings[i], None) for i in general)
    return "".join(
        [
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n",
            f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">\n',
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
            f"<title>parafacts review: {_e(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n<header>\n",
            f"<h1>{_e(title)}</h1>\n",
            f'<p class="files">EN {_e(files["en"]["path"])} · FR {_e(files["fr"]["path"])}</p>\n',
            f'<p class="summary">{counts["error"]} errors, {counts["warning"]} warnings, {counts["info"]} info; '
            f'{summary["facts"]["en"]} EN / {summary["facts"]["fr"]} FR facts; {summary["beads"]} beads '
            f'({summary["one_sided_beads"]} one-sided)</p>\n',
            f'<form id="filters" onsubmit="return false">{filters}<label><input type="checkbox" '
            f'id="only-findings"> only beads with findings</label></form>\n',
            f'<p id="status"><output id="shown">{len(findings)}</output> of {len(findings)} findings shown'
            '<span id="position"></span>. Keys: <kbd>j</kbd> or <kbd>n</kbd> next finding, <kbd>k</kbd> or '
            "<kbd>p</kbd> previous finding.</p>\n</header>\n<main>\n",
            f'<section id="general">{general_html}</section>\n',
            '<table id="beads">\n<colgroup><col class="n"><col><col></colgroup>\n',
            "<thead><tr><th>bead</th><th>English</th><th>French</th></tr></thead>\n<tbody>\n",
            "\n".join(rows),
            "\n</tbody>\n</table>\n",
            f'<p class="signature">{_e(report["signature"])}</p>\n</main>\n',
            f"<script>{_JS}</script>\n</body>\n</html>\n",
        ]
    )


def _index_row(pair: JSONDict) -> str:
    pair_id = str(pair["id"])
    if pair.get("status") == "unreadable":
        return (
            f'<tr class="unreadable"><td>{_e(pair_id)}</td><td>unreadable</td>'
            f'<td colspan="4">{_e(pair.get("error", ""))}</td></tr>'
        )
    summary = pair["summary"]
    href = quote(f"{pair_id}/review.html")
    return (
        f'<tr class="{_e(pair["status"])}"><td><a href="{_e(href)}">{_e(pair_id)}</a></td>'
        f'<td>{_e(pair["status"])}</td><td class="num">{summary["errors"]}</td>'
        f'<td class="num">{summary["warnings"]}</td><td class="num">{summary["infos"]}</td>'
        f'<td class="num">{summary["facts"]["en"]} / {summary["facts"]["fr"]}</td></tr>'
    )


_INDEX_CSS = """
body { margin: 1rem; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f2328; }
h1 { font-size: 1.2rem; } table { border-collapse: collapse; }
th, td { border-bottom: 1px solid #d0d7de; padding: .25rem .7rem; text-align: left; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.fail td:nth-child(2), tr.unreadable td:nth-child(2) { color: #c62828; font-weight: 600; }
.signature { color: #57606a; font-size: .85rem; }
"""


def render_index(corpus: JSONDict) -> str:
    """The page linking every pair's review of a run, with their counts: ``corpus`` is run's ``summary.json``."""
    pairs: Iterable[JSONDict] = corpus["pairs"]
    total = corpus.get("summary", {})
    line = (
        f'{total.get("pairs", 0)} pairs: {total.get("passed", 0)} passed, {total.get("failed", 0)} failed, '
        f'{total.get("unreadable", 0)} unreadable; {total.get("errors", 0)} errors, '
        f'{total.get("warnings", 0)} warnings, {total.get("infos", 0)} info'
    )
    return "".join(
        [
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n",
            f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">\n',
            f"<title>parafacts run: {_e(corpus.get('corpus', ''))}</title>\n<style>{_INDEX_CSS}</style>\n",
            "</head>\n<body>\n",
            f"<h1>parafacts run: {_e(corpus.get('corpus', ''))}</h1>\n<p>{_e(line)}</p>\n",
            "<table>\n<thead><tr><th>pair</th><th>status</th><th>errors</th><th>warnings</th><th>info</th>"
            "<th>facts EN / FR</th></tr></thead>\n<tbody>\n",
            "\n".join(_index_row(p) for p in pairs),
            "\n</tbody>\n</table>\n",
            f'<p class="signature">{_e(corpus.get("signature", ""))}</p>\n</body>\n</html>\n',
        ]
    )
