"""The cross-check on real translations: false alarms, recall on injected changes, whole articles.

Run ``python -m eval.crosscheck``: scoreboard on stdout, progress on stderr, ``eval/out/crosscheck.json`` and
``eval/out/crosscheck-flagged.tsv`` (every flagged pair, for review) written. Deterministic: fixed seeds, no
timings in the files.

Data: the WMT EN–FR news sets, read in place (``eval/wmt.py``): every document of newstest2014 and the documents
of the other sets written in English or French (``origlang`` en/fr). Four measurements:

1. **Segment pairs.** ``pipeline.run.check_segments(en, fr)`` (what ``parafacts check-pairs`` runs) on every
   pair of segments with a digit on either side. A pair is *flagged* when it gets at least one finding of severity
   error. Flagged pairs were reviewed by hand: those whose translation really differs in a figure are listed in
   ``eval/confirmed_errors.tsv`` with a label (``wrong`` for a figure changed by the translator, ``omitted`` /
   ``added`` for a figure in one version only, ``converted`` for a figure restated in another unit or form,
   ``approx`` for a figure hedged or bounded in one version only). The false-alarm rate is the share of the other
   pairs, the *clean* ones, that are flagged.
2. **Injected changes.** On the clean pairs that nothing flags, one change at a time in the French side (kinds
   below; a kind applies only where its pattern occurs; fixed seed per pair and kind); recall is the share of
   changed pairs flagged.
3. **Baseline.** translate-toolkit's ``numbers`` check (``StandardChecker().numbers(en, fr)``, which raises
   ``FilterFailure`` on a mismatch; GPL, used here for evaluation only) on the same pairs and the same changes.
   Its recall is measured on the changed pairs whose original it passes (on the others it has already fired);
   ours is given on that subset too.
4. **Whole articles.** ``pipeline.run.check_documents`` on every document pair as running text (segments joined
   by blank lines as paragraphs, ``parse_blocks``; sentences split and aligned by the pipeline, not given):
   error findings per 100 sentences (mean of the English and French sentence counts), all of them and those not
   inside a segment of ``confirmed_errors.tsv``.
"""

from __future__ import annotations

import csv
import itertools
import random
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from eval.wmt import REPO, WmtDoc, clean_documents, signature_sets, write_json
from pipeline.crosscheck import CROSSCHECK_VERSION
from pipeline.ingest import parse_blocks
from pipeline.model import CheckResult, Document, Finding, Lang, Severity
from pipeline.run import check_documents, check_segments
from pipeline.run import signature as pipeline_signature

OUT = REPO / "eval" / "out" / "crosscheck.json"
FLAGGED = REPO / "eval" / "out" / "crosscheck-flagged.tsv"
CONFIRMED = REPO / "eval" / "confirmed_errors.tsv"
FALSE_ALARMS = REPO / "eval" / "false_alarms.tsv"
SEED = 20240611
TARGET_FALSE_ALARMS = 0.01  # flagged share of clean digit-bearing pairs
TARGET_RECALL = 0.99
TARGET_ARTICLE_ERRORS = 1.0  # per 100 sentences, confirmed translation errors aside
LABELS = ("wrong", "omitted", "added", "converted", "approx", "garbled")

_DIGIT = re.compile(r"\d")

# --- confirmed translation differences --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Confirmed:
    set: str
    docid: str
    seg: int
    label: str
    what: str


def read_confirmed(path: Path = CONFIRMED) -> dict[tuple[str, str, int], Confirmed]:
    """``eval/confirmed_errors.tsv``: set, docid, seg id, label, what differs (tab-separated; ``#`` comments)."""
    confirmed: dict[tuple[str, str, int], Confirmed] = {}
    if not path.exists():
        return confirmed
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != 5 or cells[3] not in LABELS or not cells[2].isdigit():
            raise ValueError(f"{path}:{n}: want set<TAB>docid<TAB>seg id<TAB>label ({'|'.join(LABELS)})<TAB>what")
        item = Confirmed(cells[0], cells[1], int(cells[2]), cells[3], cells[4])
        confirmed[(item.set, item.docid, item.seg)] = item
    return confirmed


# --- injected changes in the French side --------------------------------------------------------------------------

_NUMBER = re.compile(r"(?<![\w,.])\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d+)?(?![\w])|(?<![\w,.])\d+(?:,\d+)?")
_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre")
_MONTH_IN_DATE = re.compile(
    r"(?<=\d )(?:1er )?(" + "|".join(_MONTHS) + r")\b|\b(" + "|".join(_MONTHS) + r")(?= \d{4})", re.IGNORECASE
)
_NUMBER_WORDS = ("deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "quinze",
                 "vingt", "trente", "quarante", "cinquante", "soixante", "cent", "mille")
_NUMBER_WORD = re.compile(r"(?<![\w'-])(" + "|".join(_NUMBER_WORDS) + r")(?![\w'-])", re.IGNORECASE)
_SCALE = re.compile(r"(?<=\d[ \u00a0])(millions?|milliards?)\b|(?<=\d)\s?(M|Md)(?=\s?[$€£])")
_SCALE_SWAP = {"million": "milliard", "millions": "milliards", "milliard": "million", "milliards": "millions",
               "M": "Md", "Md": "M"}
_UNITS = {
    "km": "m", "kilomètres": "mètres", "mètres": "kilomètres", "m": "km", "kg": "g", "kilos": "grammes",
    "tonnes": "kilos", "euros": "dollars", "dollars": "euros", "livres": "euros", "€": "$", "$": "€", "£": "€",
    "heures": "minutes", "minutes": "secondes", "secondes": "minutes", "jours": "semaines", "semaines": "jours",
    "ans": "mois", "mois": "ans", "km/h": "mph", "°C": "°F", "hectares": "acres", "litres": "gallons",
}
_UNIT = re.compile(
    r"(?<=\d)(\s?)(" + "|".join(re.escape(u) for u in sorted(_UNITS, key=len, reverse=True)) + r")(?![\w/])"
)
_BOUND = re.compile(r"\b(plus|moins) d(?:e\s|')(?=\d|(?:" + "|".join(_NUMBER_WORDS) + r")\b)", re.IGNORECASE)
_BOUND_AU = re.compile(r"\bau (moins|plus) (?=\d)")


def _replace(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


def _numbers(text: str) -> list[re.Match[str]]:
    return list(_NUMBER.finditer(text))


def _is_year(surface: str) -> bool:
    return re.fullmatch(r"(?:1[89]|20)\d\d", surface) is not None


def inject_digit_changed(fr: str, rng: random.Random) -> str | None:
    spots = [m.start() + k for m in _numbers(fr) for k, ch in enumerate(m.group()) if ch.isdigit()]
    if not spots:
        return None
    at = rng.choice(spots)
    new = rng.choice([d for d in "0123456789" if d != fr[at]])
    return _replace(fr, at, at + 1, new)


def inject_digits_transposed(fr: str, rng: random.Random) -> str | None:
    spots = []
    for m in _numbers(fr):
        digits = [m.start() + k for k, ch in enumerate(m.group()) if ch.isdigit()]
        spots.extend((a, b) for a, b in itertools.pairwise(digits) if fr[a] != fr[b])
    if not spots:
        return None
    a, b = rng.choice(spots)
    return fr[:a] + fr[b] + fr[a + 1:b] + fr[a] + fr[b + 1:]


def inject_decimal_shifted(fr: str, rng: random.Random) -> str | None:
    choices = []
    for m in _numbers(fr):
        surface = m.group()
        if "," in surface and not re.search(r"[ \u00a0\u202f.]", surface):
            whole, frac = surface.split(",")
            digits = whole + frac
            options = [len(whole) - 1, len(whole) + 1]
            for cut in options:
                if 1 <= cut < len(digits):
                    choices.append((m, (digits[:cut].lstrip("0") or "0") + "," + digits[cut:]))
                elif cut == len(digits):
                    choices.append((m, digits.lstrip("0") or "0"))
        elif surface.isdigit() and len(surface) >= 2 and not _is_year(surface):
            choices.append((m, surface[:-1] + "," + surface[-1]))
    if not choices:
        return None
    m, new = rng.choice(choices)
    return _replace(fr, m.start(), m.end(), new)


def inject_scale_swapped(fr: str, rng: random.Random) -> str | None:
    spots = list(_SCALE.finditer(fr))
    if not spots:
        return None
    m = rng.choice(spots)
    group = 1 if m.group(1) else 2
    return _replace(fr, m.start(group), m.end(group), _SCALE_SWAP[m.group(group)])


def inject_unit_changed(fr: str, rng: random.Random) -> str | None:
    spots = list(_UNIT.finditer(fr))
    if not spots:
        return None
    m = rng.choice(spots)
    return _replace(fr, m.start(2), m.end(2), _UNITS[m.group(2)])


def inject_number_word_changed(fr: str, rng: random.Random) -> str | None:
    spots = [m for m in _NUMBER_WORD.finditer(fr) if not fr[: m.start()].lower().endswith("pour ")]
    if not spots:
        return None
    m = rng.choice(spots)
    word = m.group(1)
    new = rng.choice([w for w in _NUMBER_WORDS if w != word.lower()])
    return _replace(fr, m.start(1), m.end(1), new.capitalize() if word[0].isupper() else new)


def inject_bound_flipped(fr: str, rng: random.Random) -> str | None:
    spots = [(m, 1) for m in _BOUND.finditer(fr)] + [(m, 1) for m in _BOUND_AU.finditer(fr)]
    if not spots:
        return None
    m, group = rng.choice(spots)
    word = m.group(group)
    new = {"plus": "moins", "moins": "plus"}[word.lower()]
    return _replace(fr, m.start(group), m.end(group), new.capitalize() if word[0].isupper() else new)


def inject_month_changed(fr: str, rng: random.Random) -> str | None:
    spots = list(_MONTH_IN_DATE.finditer(fr))
    if not spots:
        return None
    m = rng.choice(spots)
    group = 1 if m.group(1) else 2
    word = m.group(group)
    new = rng.choice([x for x in _MONTHS if x != word.lower()])
    return _replace(fr, m.start(group), m.end(group), new.capitalize() if word[0].isupper() else new)


def inject_figure_dropped(fr: str, rng: random.Random) -> str | None:
    spots = _numbers(fr)
    if not spots:
        return None
    m = rng.choice(spots)
    start, end = m.start(), m.end()
    if end < len(fr) and fr[end] in " \u00a0\u202f":
        end += 1
    elif start > 0 and fr[start - 1] in " \u00a0\u202f":
        start -= 1
    return _replace(fr, start, end, "")


# A vague magnitude ("des centaines de", "plusieurs milliers") moved to the next order, as a translator's slip would.
_MAGNITUDE = re.compile(r"\b(?:des|plusieurs|quelques|les|de)\s+(dizaines|centaines|milliers|millions|milliards)\b",
                        re.IGNORECASE)
_MAGNITUDE_SWAP = {"dizaines": "centaines", "centaines": "milliers", "milliers": "centaines", "millions": "milliards",
                   "milliards": "millions"}


def inject_magnitude_changed(fr: str, rng: random.Random) -> str | None:
    spots = list(_MAGNITUDE.finditer(fr))
    if not spots:
        return None
    m = rng.choice(spots)
    return _replace(fr, m.start(1), m.end(1), _MAGNITUDE_SWAP[m.group(1).lower()])


INJECTIONS: dict[str, Callable[[str, random.Random], str | None]] = {
    "digit-changed": inject_digit_changed,
    "digits-transposed": inject_digits_transposed,
    "decimal-shifted": inject_decimal_shifted,
    "scale-swapped": inject_scale_swapped,
    "unit-changed": inject_unit_changed,
    "number-word-changed": inject_number_word_changed,
    "bound-flipped": inject_bound_flipped,
    "month-changed": inject_month_changed,
    "figure-dropped": inject_figure_dropped,
    "magnitude-changed": inject_magnitude_changed,
}


# --- the two checkers ---------------------------------------------------------------------------------------------


def errors(result: CheckResult) -> list[Finding]:
    return [f for f in result.findings if f.severity is Severity.ERROR]


def _ttk_checker() -> Callable[[str, str], bool]:
    """translate-toolkit's numbers check: True when it fires (raises ``FilterFailure``)."""
    from translate.filters import checks

    checker = checks.StandardChecker()

    def fires(en: str, fr: str) -> bool:
        try:
            checker.numbers(en, fr)
        except checks.FilterFailure:
            return True
        return False

    return fires


def _ttk_version() -> str:
    try:
        from translate.__version__ import sver

        return str(sver)
    except ImportError:  # pragma: no cover - depends on the installed package
        return "?"


# --- measurements -------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Pair:
    set: str
    docid: str
    seg: int
    en: str
    fr: str

    @property
    def key(self) -> tuple[str, str, int]:
        return (self.set, self.docid, self.seg)


def digit_pairs(docs: Iterable[WmtDoc]) -> list[Pair]:
    return [
        Pair(d.set, d.docid, i, en, fr)
        for d in docs
        for i, en, fr in zip(d.ids, d.en, d.fr, strict=True)
        if _DIGIT.search(en) or _DIGIT.search(fr)
    ]


def _rate(n: int, d: int) -> float:
    return round(n / d, 4) if d else 0.0


SegmentResult = tuple[dict[str, object], list[Pair], dict[tuple[str, str, int], bool], list[list[str]]]


def segment_pairs(pairs: Sequence[Pair], confirmed: dict[tuple[str, str, int], Confirmed],
                  ttk: Callable[[str, str], bool]) -> SegmentResult:
    flagged_rows: list[list[str]] = []
    clean_silent: list[Pair] = []
    ttk_original: dict[tuple[str, str, int], bool] = {}
    clean = flagged_clean = flagged_confirmed = ttk_clean = flagged_garbled = 0
    by_code: Counter[str] = Counter()
    labels: Counter[str] = Counter()
    unflagged_confirmed = []
    causes: Counter[str] = Counter()
    cause_example: dict[str, str] = {}
    reviewed = read_false_alarms()
    for pair in pairs:
        found = errors(check_segments(pair.en, pair.fr))
        ttk_fires = ttk(pair.en, pair.fr)
        ttk_original[pair.key] = ttk_fires
        item = confirmed.get(pair.key)
        if item is not None:
            labels[item.label] += 1
            flagged_confirmed += bool(found)
            flagged_garbled += bool(found) and item.label == "garbled"
            if not found:
                unflagged_confirmed.append(f"{pair.set}/{pair.docid}#{pair.seg}")
            continue
        clean += 1
        ttk_clean += ttk_fires
        if found:
            flagged_clean += 1
            by_code.update({f.name for f in found})
            cause = residual_cause(pair, reviewed)
            causes[cause] += 1
            cause_example.setdefault(cause, f"{pair.set}/{pair.docid}#{pair.seg}: {found[0].message[:140]}")
            flagged_rows.append([pair.set, pair.docid, str(pair.seg), " | ".join(f.message for f in found),
                                 pair.en, pair.fr])
        else:
            clean_silent.append(pair)
    report = {
        "digit_pairs": len(pairs),
        "confirmed": len(pairs) - clean,
        "confirmed_by_label": dict(sorted(labels.items())),
        "confirmed_caught": flagged_confirmed,
        "confirmed_not_caught": unflagged_confirmed,
        "clean_pairs": clean,
        "ours": {"flagged": flagged_clean, "false_alarm_rate": _rate(flagged_clean, clean),
                 # the same rate if garbled figures (misspelt, left untranslated) were counted as clean pairs
                 "false_alarm_rate_garbled_as_clean": _rate(flagged_clean + flagged_garbled,
                                                            clean + labels["garbled"]),
                 "flagged_by_code": dict(by_code.most_common())},
        "translate_toolkit": {"flagged": ttk_clean, "false_alarm_rate": _rate(ttk_clean, clean)},
        "target_false_alarm_rate": TARGET_FALSE_ALARMS,
        "residual_causes": {c: {"count": n, "example": cause_example[c]} for c, n in causes.most_common()},
    }
    return report, clean_silent, ttk_original, flagged_rows


def read_false_alarms(path: Path = FALSE_ALARMS) -> dict[tuple[str, str, int], str]:
    """``eval/false_alarms.tsv``: set, docid, seg id, cause of a reviewed false alarm (tab-separated; ``#``
    comments)."""
    causes: dict[tuple[str, str, int], str] = {}
    if not path.exists():
        return causes
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != 4 or not cells[2].isdigit():
            raise ValueError(f"{path}:{n}: want set<TAB>docid<TAB>seg id<TAB>cause")
        causes[(cells[0], cells[1], int(cells[2]))] = cells[3]
    return causes


def residual_cause(pair: Pair, reviewed: dict[tuple[str, str, int], str]) -> str:
    """The cause of a flagged clean pair, as reviewed by hand in ``eval/false_alarms.tsv``."""
    return reviewed.get(pair.key, "not reviewed yet (new since the last review)")


def miss_cause(en: str, fr: str, changed: str, result: CheckResult) -> str:
    """Why an injected change went without an error finding, read off the kinds of finding the checker gives the
    changed pair (``result``) more often than the original."""
    before = Counter(f.name for f in check_segments(en, fr).findings)
    new = sorted(Counter(f.name for f in result.findings) - before)
    if not new:
        return "not reported: the changed figure still agrees with the English as the checker reads them"
    return "reported as a warning, not an error: " + ", ".join(WARNING_REASONS.get(name, name) for name in new)


WARNING_REASONS = {
    "word-figure-one-sided": "the English says the figure in words (two, third), whose loss is only a warning "
                             "(word-figure-one-sided)",
    "label-missing": "the figure is part of a name (SA-8, 777X, Eastmain-1) (label-missing)",
    "name-number-missing": "the figure is the number of a name (Phase 1, Canon 4C) (name-number-missing)",
}


def injected(pairs: Sequence[Pair], ttk: Callable[[str, str], bool],
             ttk_original: dict[tuple[str, str, int], bool]) -> dict[str, object]:
    per_kind: dict[str, dict[str, int]] = {}
    misses: dict[str, list[str]] = defaultdict(list)
    causes: dict[str, Counter[str]] = defaultdict(Counter)
    cause_examples: dict[str, list[str]] = defaultdict(list)
    for kind, inject in INJECTIONS.items():
        n = ours = ttk_n = ttk_caught = ours_on_ttk = 0
        for pair in pairs:
            rng = random.Random(f"{SEED}|{kind}|{pair.set}|{pair.docid}|{pair.seg}")
            changed = inject(pair.fr, rng)
            if changed is None or changed == pair.fr:
                continue
            n += 1
            result = check_segments(pair.en, changed)
            caught = bool(errors(result))
            ours += caught
            if not caught:
                where = f"{pair.set}/{pair.docid}#{pair.seg}: {_diff(pair.fr, changed)}"
                cause = miss_cause(pair.en, pair.fr, changed, result)
                causes[cause][kind] += 1
                if len(cause_examples[cause]) < 5:
                    cause_examples[cause].append(where)
                if len(misses[kind]) < 5:
                    misses[kind].append(where)
            if not ttk_original[pair.key]:
                ttk_n += 1
                ttk_caught += ttk(pair.en, changed)
                ours_on_ttk += caught
        per_kind[kind] = {"changed": n, "ours_caught": ours, "ttk_base": ttk_n, "ttk_caught": ttk_caught,
                          "ours_caught_on_ttk_base": ours_on_ttk}
    total = {k: sum(v[k] for v in per_kind.values()) for k in next(iter(per_kind.values()))}
    rows = {kind: _recalls(v) for kind, v in per_kind.items()}
    rows["overall"] = _recalls(total)
    by_cause = sorted(causes.items(), key=lambda item: (-sum(item[1].values()), item[0]))
    missed_causes = {cause: {"count": sum(kinds.values()), "kinds": dict(sorted(kinds.items())),
                             "examples": cause_examples[cause]} for cause, kinds in by_cause}
    return {"base_pairs": len(pairs), "seed": SEED, "kinds": rows, "counts": per_kind,
            "missed_examples": dict(misses), "missed_causes": missed_causes, "target_recall": TARGET_RECALL}


def _recalls(v: dict[str, int]) -> dict[str, float | int]:
    return {"changed": v["changed"], "ours": _rate(v["ours_caught"], v["changed"]),
            "ttk_base": v["ttk_base"], "ttk": _rate(v["ttk_caught"], v["ttk_base"]),
            "ours_on_ttk_base": _rate(v["ours_caught_on_ttk_base"], v["ttk_base"])}


def _diff(a: str, b: str) -> str:
    start = 0
    while start < min(len(a), len(b)) and a[start] == b[start]:
        start += 1
    end_a, end_b = len(a), len(b)
    while end_a > start and end_b > start and a[end_a - 1] == b[end_b - 1]:
        end_a -= 1
        end_b -= 1
    return f"…{a[max(0, start - 25):start]}[{a[start:end_a]}→{b[start:end_b]}]{a[end_a:end_a + 15]}…"


def _document(doc: WmtDoc, lang: Lang) -> tuple[Document, list[tuple[int, int, int]]]:
    segs = doc.en if lang is Lang.EN else doc.fr
    spans, pos = [], 0
    for seg_id, text in zip(doc.ids, segs, strict=True):
        spans.append((pos, pos + len(text), seg_id))
        pos += len(text) + 2
    text = "\n\n".join(segs)
    return Document(path=doc.name, lang=lang, text=text, blocks=parse_blocks(text, lang)), spans


def _segment_at(spans: Sequence[tuple[int, int, int]], offset: int) -> int | None:
    for start, end, seg in spans:
        if start <= offset < end + 2:
            return seg
    return None


def articles(docs: Sequence[WmtDoc], confirmed: dict[tuple[str, str, int], Confirmed]) -> dict[str, object]:
    sentences = 0.0
    found = outside = 0
    failed: list[str] = []
    by_code: Counter[str] = Counter()
    examples: dict[str, list[str]] = {}
    for doc in docs:
        en, en_spans = _document(doc, Lang.EN)
        fr, fr_spans = _document(doc, Lang.FR)
        try:
            result = check_documents(en, fr)
        except Exception as exc:  # recorded, not hidden
            failed.append(f"{doc.name}: {exc}")
            continue
        sentences += (len(result.en.sentences) + len(result.fr.sentences)) / 2
        for f in errors(result):
            found += 1
            segs = set()
            if f.en is not None:
                segs.add(_segment_at(en_spans, f.en.start))
            if f.fr is not None:
                segs.add(_segment_at(fr_spans, f.fr.start))
            if not any((doc.set, doc.docid, s) in confirmed for s in segs if s is not None):
                outside += 1
                by_code[f.name] += 1
                where = "/".join(str(s) for s in sorted(s for s in segs if s is not None)) or "?"
                examples.setdefault(f.name, []).append(f"{doc.name}#{where}")
    per100 = round(100 * found / sentences, 2) if sentences else 0.0
    per100_clean = round(100 * outside / sentences, 2) if sentences else 0.0
    return {"documents": len(docs) - len(failed), "failed": failed, "sentences": sentences,
            "error_findings": found, "per_100_sentences": per100,
            "not_confirmed": outside, "not_confirmed_per_100_sentences": per100_clean,
            "not_confirmed_by_code": dict(by_code.most_common()),
            "not_confirmed_examples": {code: examples[code][:3] for code, _ in by_code.most_common()},
            "target_per_100": TARGET_ARTICLE_ERRORS}


def signature() -> str:
    return (f"crosscheck:parafacts|crosscheck:{CROSSCHECK_VERSION}|wmt:{signature_sets()}|origlang:en+fr"
            f"|seed:{SEED}|ttk:{_ttk_version()}")


def run() -> dict[str, object]:
    confirmed = read_confirmed()
    docs = clean_documents()
    pairs = digit_pairs(docs)
    ttk = _ttk_checker()
    started = time.perf_counter()
    report: dict[str, object] = {"signature": signature(), "pipeline": pipeline_signature()}
    seg_report, silent, ttk_original, flagged_rows = segment_pairs(pairs, confirmed, ttk)
    report["segment_pairs"] = seg_report
    print(f"crosscheck segment pairs: {time.perf_counter() - started:.1f} s", file=sys.stderr)
    started = time.perf_counter()
    report["injected"] = injected(silent, ttk, ttk_original)
    print(f"crosscheck injections: {time.perf_counter() - started:.1f} s", file=sys.stderr)
    started = time.perf_counter()
    report["articles"] = articles(docs, confirmed)
    print(f"crosscheck articles: {time.perf_counter() - started:.1f} s", file=sys.stderr)
    write_flagged(flagged_rows)
    return report


def write_flagged(rows: Sequence[Sequence[str]], path: Path = FLAGGED) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(["set", "docid", "seg", "findings", "en", "fr"])
        writer.writerows(rows)


def scoreboard(report: dict[str, object]) -> list[str]:
    seg = report["segment_pairs"]
    inj = report["injected"]
    art = report["articles"]
    assert isinstance(seg, dict) and isinstance(inj, dict) and isinstance(art, dict)
    lines = [f"cross-check on WMT  ({report['signature']})"]
    lines.append(
        f"  segment pairs with a digit: {seg['digit_pairs']}, confirmed translation differences "
        f"{seg['confirmed']} {seg['confirmed_by_label']}, clean {seg['clean_pairs']}"
    )
    lines.append(
        f"  false alarms on clean pairs: ours {seg['ours']['false_alarm_rate']:.2%} ({seg['ours']['flagged']}; "
        f"{seg['ours']['false_alarm_rate_garbled_as_clean']:.2%} if garbled figures counted as clean), "
        f"translate-toolkit {seg['translate_toolkit']['false_alarm_rate']:.2%} ({seg['translate_toolkit']['flagged']})"
        f"  [target ≤ {TARGET_FALSE_ALARMS:.0%}]"
    )
    lines.append(f"  injected changes on {inj['base_pairs']} silent clean pairs (recall; ttk on the pairs it passes):")
    for kind, r in inj["kinds"].items():
        lines.append(
            f"    {kind:<20} n {r['changed']:>5}  ours {r['ours']:.2%}   ttk {r['ttk']:.2%} (n {r['ttk_base']},"
            f" ours there {r['ours_on_ttk_base']:.2%})"
        )
    lines.append(
        f"  whole articles: {art['documents']} documents, {art['sentences']:.0f} sentences, error findings "
        f"{art['per_100_sentences']:.2f}/100 sentences, {art['not_confirmed_per_100_sentences']:.2f}/100 outside "
        f"confirmed differences  [target ≤ {TARGET_ARTICLE_ERRORS}]"
    )
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    report = run()
    write_json(report, OUT)
    print("\n".join(scoreboard(report)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
