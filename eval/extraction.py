"""Value-level accuracy of ``extract_facts`` on other projects' test suites (``python -m eval.extraction``).

Data: ``$PARAFACTS_SHARED/data/numspecs/`` (default ``<repo>/../shared``); it is read in place, never copied.

Scoring, per file: every case's input goes through ``extract_facts(input, lang)``; the facts are projected onto
the values the file's model reports (see ``PROJECTIONS``) and matched, as a multiset, against the expected values
(numbers compare with a relative tolerance of 1e-9, because references write 2/3 as 0.666666666666667).
Precision, recall and F1 are micro-averaged over the file's cases.

* Recognizers-Text: cases whose ``NotSupported`` mentions ``dotnet`` are left out (the reference fails them too).
  Ordinal results whose resolution is relative (``relativeTo`` other than ``start``: "last", "next",
  "the one before the last") are positions in a list, not figures: they are out of scope and counted as
  ``excluded`` rather than scored. Currency amounts in a subunit (``Cent``, ``Pence``, ``Penny``, ``Centimes``:
  "50 cents" is 50 there) are compared in the main unit, as parafacts records money (0.50 USD).
* Duckling: each input is one expression with one value; ``section: negative`` inputs must yield nothing.
* text2num: ``text2num`` cases read one numeral with ``parse_number``; ``alpha2digit`` cases compare every number
  extracted from the input, ordinals and the numbers of measures included (``project_all``), with the digit
  numbers in the expected output, as ``alpha2digit`` rewrites every numeral (``twenty-first`` -> ``21st``,
  ``twenty degrees`` -> ``20 degrees``).
* ``eval/extraction_skips.tsv`` lists (file, input, reason) for genuine convention differences; at most 10 % of
  any file's cases.
"""

from __future__ import annotations

import csv
import json
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from functools import partial
from pathlib import Path
from typing import Any, Final

import regex

from eval.wmt import shared_dir
from pipeline.facts import extract_facts
from pipeline.model import DateValue, Fact, FactKind, Lang, Range, Ratio, TimeValue
from pipeline.numerals import parse_number

REPO: Final = Path(__file__).resolve().parents[1]
SKIPS: Final = Path(__file__).with_name("extraction_skips.tsv")
OUT: Final = Path(__file__).with_name("out") / "extraction.json"
MAX_SKIP_SHARE: Final = 0.10
TOLERANCE: Final = Fraction(1, 10**9)
SIGNATURE: Final = (
    "extraction|match:value-multiset|tol:1e-9|dotnet-unsupported:excluded|relative-ordinals:excluded"
    "|subunits:main-unit|dimension:no-durations-no-temperatures|alpha2digit:every-number|magnitudes:excluded"
)
# Recognizers-Text currency units that are a hundredth of the main unit.
SUBUNITS: Final = frozenset({"cent", "pence", "penny", "centimes", "centime"})


# ------------------------------------------------------------------------------------------------------------
# Projections: facts -> the values a reference model reports
# ------------------------------------------------------------------------------------------------------------


def _number(value: object) -> list[Fraction]:
    if isinstance(value, Decimal):
        return [Fraction(value)]
    if isinstance(value, Ratio):
        if value.denominator == 0:
            return []
        return [Fraction(value.numerator) / Fraction(value.denominator)]
    if isinstance(value, Range):
        return [Fraction(value.low), Fraction(value.high)]
    return []


def _digits_in(text: str) -> list[Fraction]:
    return [Fraction(int(d)) for d in regex.findall(r"\d+", text)]


_DURATION_UNITS = frozenset({"a", "mo", "wk", "d", "h", "min", "s"})
_TEMPERATURE_UNITS = frozenset({"°C", "°F"})


def project_numbers(facts: Iterable[Fact]) -> list[Fraction]:
    """Recognizers ``NumberModel`` / Duckling ``Numeral``: every number, except ordinals and measurements.

    Like the reference, a number that is part of a measurement (``180ml``) or of a date written with a month
    name (``May 4th``) is not reported as a number; the digits of an all-numeric date or time are. A duration
    (``3 years``: a quantity with a time unit) is a DateTime matter in Recognizers-Text, whose Number model still
    reports its number, so it counts here as a number.
    """
    out: list[Fraction] = []
    for fact in facts:
        if fact.kind is FactKind.ORDINAL or (fact.kind is FactKind.QUANTITY and fact.unit not in _DURATION_UNITS):
            continue
        if fact.kind is FactKind.MAGNITUDE:
            continue  # "thousands of": an order, not a number, in every suite
        if isinstance(fact.value, (DateValue, TimeValue)):
            if not any(ch.isalpha() for ch in fact.text):
                out.extend(_digits_in(fact.text))
        else:
            out.extend(_number(fact.value))
    return out


def project_all(facts: Iterable[Fact]) -> list[Fraction]:
    """text2num ``alpha2digit``: every number including ordinals."""
    out: list[Fraction] = []
    for fact in facts:
        if fact.kind is FactKind.MAGNITUDE:
            continue
        if isinstance(fact.value, (DateValue, TimeValue)):
            out.extend(_digits_in(fact.text))
        else:
            out.extend(_number(fact.value))
    return out


def _values_of(facts: Iterable[Fact], keep: Callable[[Fact], bool]) -> list[Fraction]:
    return [value for fact in facts if keep(fact) for value in _number(fact.value)]


def _kind(*kinds: FactKind) -> Callable[[Iterable[Fact]], list[Fraction]]:
    def keep(fact: Fact) -> bool:
        return fact.kind in kinds or (fact.kind is FactKind.RANGE and fact.unit == "%" and FactKind.PERCENT in kinds)

    return partial(_values_of, keep=keep)


def project_dimensions(facts: Iterable[Fact]) -> list[Fraction]:
    """Recognizers ``DimensionModel``: quantities other than time spans and temperatures in a named scale (a duration
    is a DateTime matter there, "100° Celsius" one for its TemperatureModel; a bare "24 degrees" stays in)."""
    return _values_of(
        facts, lambda fact: fact.kind is FactKind.QUANTITY and fact.unit not in _DURATION_UNITS | _TEMPERATURE_UNITS
    )


def project_ranges(facts: Iterable[Fact]) -> list[Fraction]:
    """Recognizers ``NumberRangeModel``: range ends and hedged figures ("more than 30")."""
    return _values_of(facts, lambda fact: fact.kind is FactKind.RANGE or fact.qualifier is not None)


PROJECTIONS: Final[dict[str, Callable[[Iterable[Fact]], list[Fraction]]]] = {
    "NumberModel": project_numbers,
    "alpha2digit": project_all,
    "OrdinalModel": _kind(FactKind.ORDINAL),
    "PercentModel": _kind(FactKind.PERCENT),
    "NumberRangeModel": project_ranges,
    "CurrencyModel": _kind(FactKind.MONEY),
    "DimensionModel": project_dimensions,
    "Numeral": project_numbers,
    "Ordinal": _kind(FactKind.ORDINAL),
}


# ------------------------------------------------------------------------------------------------------------
# Cases
# ------------------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Case:
    input: str
    lang: Lang
    expected: tuple[Fraction, ...]
    excluded: int = 0  # expected results left out of scope (relative ordinals)
    parse_only: bool = False  # text2num(): one numeral through parse_number


def _to_fraction(raw: object, french: bool = False) -> Fraction | None:
    text = str(raw).strip().rstrip("%").strip()
    if french:
        text = text.replace(",", ".")
    try:
        return Fraction(Decimal(text))
    except (InvalidOperation, ValueError):
        return None


def recognizers_cases(path: Path, lang: Lang, model: str) -> Iterator[Case]:
    french = lang is Lang.FR
    for case in json.loads(path.read_text(encoding="utf-8-sig")):
        if "dotnet" in str(case.get("NotSupported", "")).lower():
            continue
        expected: list[Fraction] = []
        excluded = 0
        for result in case.get("Results", []):
            resolution = result.get("Resolution") or {}
            if model == "OrdinalModel" and resolution.get("relativeTo", "start") != "start":
                excluded += 1
                continue
            if model == "NumberRangeModel":
                ends = str(resolution.get("value", "")).strip("[]()").split(",")
                expected.extend(v for v in (_to_fraction(e) for e in ends if e.strip()) if v is not None)
                continue
            value = _to_fraction(resolution.get("value"), french)
            if value is None:
                excluded += 1
                continue
            if model == "CurrencyModel" and str(resolution.get("unit", "")).lower() in SUBUNITS:
                value /= 100
            expected.append(value)
        yield Case(case["Input"], lang, tuple(expected), excluded)


def duckling_cases(path: Path, lang: Lang) -> Iterator[Case]:
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        if row.get("section") == "negative":
            yield Case(row["input"], lang, ())
            continue
        value = _to_fraction(row.get("value"))
        if value is not None:
            yield Case(row["input"], lang, (value,))


def text2num_cases(path: Path, lang: Lang) -> Iterator[Case]:
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        text = row["args"][0]
        if row["func"] == "text2num":
            value = _to_fraction(row["expected"])
            if value is not None:
                yield Case(text, lang, (value,), parse_only=True)
        elif row["func"] == "alpha2digit":
            expected = [
                v
                for v in (_to_fraction(d) for d in regex.findall(r"-?\d+(?:[.,]\d+)?", str(row["expected"])))
                if v is not None
            ]
            yield Case(text, lang, tuple(expected))


@dataclass(frozen=True, slots=True)
class Source:
    name: str
    lang: Lang
    projection: str
    cases: Callable[[], Iterator[Case]]


def sources(root: Path) -> list[Source]:
    out: list[Source] = []
    rec = root / "recognizers"
    for lang, folder in ((Lang.EN, "English"), (Lang.FR, "French")):
        for model in ("NumberModel", "OrdinalModel", "PercentModel", "NumberRangeModel"):
            path = rec / "Number" / folder / f"{model}.json"
            out.append(Source(f"recognizers/Number/{folder}/{model}.json", lang, model,
                              partial(recognizers_cases, path, lang, model)))
        for model in ("CurrencyModel", "DimensionModel"):
            path = rec / "NumberWithUnit" / folder / f"{model}.json"
            out.append(Source(f"recognizers/NumberWithUnit/{folder}/{model}.json", lang, model,
                              partial(recognizers_cases, path, lang, model)))
    for lang, code in ((Lang.EN, "EN"), (Lang.FR, "FR")):
        for dim in ("Numeral", "Ordinal"):
            path = root / "duckling" / dim / code / "corpus.jsonl"
            out.append(Source(f"duckling/{dim}/{code}/corpus.jsonl", lang, dim,
                              partial(duckling_cases, path, lang)))
    for lang in (Lang.EN, Lang.FR):
        path = root / "text2num" / f"test_text_to_num_{lang.value}.jsonl"
        out.append(Source(f"text2num/test_text_to_num_{lang.value}.jsonl", lang, "alpha2digit",
                          partial(text2num_cases, path, lang)))
    return out


# ------------------------------------------------------------------------------------------------------------
# Scoring
# ------------------------------------------------------------------------------------------------------------


def load_skips(path: Path = SKIPS) -> dict[tuple[str, str], str]:
    skips: dict[tuple[str, str], str] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle, delimiter="\t"):
            if not row or row[0].startswith("#") or row[0] == "file":
                continue
            if len(row) != 3:
                raise ValueError(f"{path}: expected 3 tab-separated columns (file, input, reason), got {row!r}")
            text = regex.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), row[1])
            skips[(row[0], text)] = row[2]
    return skips


def _close(a: Fraction, b: Fraction) -> bool:
    return abs(a - b) <= TOLERANCE * max(Fraction(1), abs(b))


def match_values(predicted: list[Fraction], expected: Iterable[Fraction]) -> tuple[int, int, int]:
    """(true positives, false positives, false negatives) of a multiset match with tolerance."""
    remaining = list(predicted)
    tp = fn = 0
    for value in expected:
        for index, candidate in enumerate(remaining):
            if _close(candidate, value):
                del remaining[index]
                tp += 1
                break
        else:
            fn += 1
    return tp, len(remaining), fn


def predict(case: Case, projection: Callable[[Iterable[Fact]], list[Fraction]]) -> list[Fraction]:
    if case.parse_only:
        value = parse_number(case.input, case.lang)
        return [] if value is None else [Fraction(value)]
    return projection(extract_facts(case.input, case.lang))


def score_source(source: Source, skips: dict[tuple[str, str], str]) -> dict[str, Any]:
    projection = PROJECTIONS[source.projection]
    cases = list(source.cases())
    skipped = [case for case in cases if (source.name, case.input) in skips]
    if len(skipped) > MAX_SKIP_SHARE * len(cases):
        raise ValueError(
            f"{SKIPS.name}: {len(skipped)} of {len(cases)} cases of {source.name} skipped; the limit is 10 %"
        )
    tp = fp = fn = excluded = 0
    failures: list[dict[str, Any]] = []
    stale: list[str] = []
    for case in cases:
        if (source.name, case.input) in skips:
            if match_values(predict(case, projection), case.expected)[1:] == (0, 0):
                stale.append(case.input)  # a skip that now passes: remove it from the list
            continue
        excluded += case.excluded
        predicted = predict(case, projection)
        t, f_p, f_n = match_values(predicted, case.expected)
        tp, fp, fn = tp + t, fp + f_p, fn + f_n
        if f_p or f_n:
            failures.append({
                "input": case.input,
                "expected": [str(float(v)) for v in case.expected],
                "predicted": [str(float(v)) for v in predicted],
            })
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "file": source.name,
        "lang": source.lang.value,
        "cases": len(cases),
        "skipped": len(skipped),
        "excluded_results": excluded,
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "failures": failures,
        "stale_skips": stale,
    }


def evaluate(root: Path | None = None) -> dict[str, Any]:
    data = (root or shared_dir() / "data" / "numspecs")
    if not data.is_dir():
        raise FileNotFoundError(f"{data}: numspecs data not found; set PARAFACTS_SHARED to the shared folder")
    skips = load_skips()
    results = [score_source(source, skips) for source in sources(data)]
    return {"signature": SIGNATURE, "data": "numspecs", "files": results}


def render(report: dict[str, Any]) -> str:
    lines = [f"{'file':58} {'cases':>5} {'skip':>4} {'P':>6} {'R':>6} {'F1':>6}"]
    for row in report["files"]:
        lines.append(
            f"{row['file']:58} {row['cases']:>5} {row['skipped']:>4} "
            f"{row['precision']:>6.3f} {row['recall']:>6.3f} {row['f1']:>6.3f}"
        )
    lines.append(report["signature"])
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    started = time.perf_counter()
    report = evaluate()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(report, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(render(report))
    if "--failures" in args:
        for row in report["files"]:
            for failure in row["failures"]:
                print(row["file"], json.dumps(failure, ensure_ascii=False))
    print(f"wrote {OUT.relative_to(REPO)} in {time.perf_counter() - started:.1f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
