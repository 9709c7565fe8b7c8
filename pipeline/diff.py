"""Corpus diff: what changed between two versions of a corpus, and did both languages change alike?

``read_corpus_dir(path)`` or ``read_corpus_git(rev, path, repo)`` give a ``Snapshot`` (every article pair's bytes);
``diff_corpora(old, new)`` compares two of them pair by pair (pairs are matched by id):

1. Pairs added or removed; pairs whose two files are byte-identical are unchanged and not analysed.
2. For a changed pair, both versions go through the whole pipeline (``run.check_documents``). Then, within each
   language, old and new facts are matched:

   - sentences are aligned old↔new on their text with digits masked (``7,300`` and ``7,400`` read alike), so a
     sentence whose figure changed still pairs with its old self; runs of sentences that do not align (rewritten,
     split, merged) form one group;
   - within a pair of sentences or a group, facts equal in kind, value, unit, scale and qualifier anchor the
     matching (a longest common subsequence, in reading order); between anchors, facts of the same class
     (cardinals, decimals and years are one class, as in the cross-check) pair up in reading order: that is a
     *changed* fact, not an addition and a removal. What is left is added or removed.

3. Each language's changes are set against the other's: an English change and a French change of the same figure
   (their old values agree as the cross-check would match them, in the same old bead, or anywhere when their new
   values agree too) are one change in both versions. A change in one language only is translation drift, an
   error, when the new versions disagree at that figure (the new cross-check has an error finding at it);
   otherwise (a fix, a one-sided caption) it is information.

Also per pair: the beads added and removed (a bead is identified by the texts of its sentences, digits masked: a
changed figure does not change its bead, a reworded sentence does) and a text-change measure per language:
sacrebleu's chrF of the new text against the old (100 = unchanged).

Additions and removals are set against each other the same way: a figure added (removed) in both languages is no
finding; in one language only it is an error when the versions now disagree at it, else information.
"""

from __future__ import annotations

import os
import subprocess
from collections import Counter
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

import regex

from .crosscheck import fact_class, format_value
from .errors import InputError
from .model import CheckResult, Code, DateValue, Document, Fact, Lang, Sentence, Severity
from .report import counts

if TYPE_CHECKING:
    from .ci import CiFinding, CiSuite

DIFF_VERSION = "1"
DIFF_SCHEMA = "parafacts/diff/1"

# The diff's codes: the same catalogue rules as ``crosscheck.CODES`` (a code never changes meaning).
DRIFT_EN_ONLY = Code("PF401", "drift-en-only", Severity.ERROR,
                     "a figure changed in the English version only; the French still disagrees")
DRIFT_FR_ONLY = Code("PF402", "drift-fr-only", Severity.ERROR,
                     "a figure changed in the French version only; the English still disagrees")
CHANGED_IN_BOTH = Code("PF403", "changed-in-both", Severity.INFO, "a figure changed identically in both versions")
PAIR_ADDED = Code("PF404", "pair-added", Severity.INFO, "an article pair is in the new corpus only")
PAIR_REMOVED = Code("PF405", "pair-removed", Severity.INFO, "an article pair is in the old corpus only")
CHANGED_DIFFERENTLY = Code("PF406", "changed-differently", Severity.ERROR,
                           "a figure changed in both versions, to values that disagree")
NOW_AGREES = Code("PF407", "one-sided-change-agrees", Severity.INFO,
                  "a figure changed, added or removed in one version only, and the versions now agree on it")
ADDED_ONE_SIDE = Code("PF408", "added-in-one-version", Severity.ERROR,
                      "a figure added to one version only, with no counterpart in the other")
REMOVED_ONE_SIDE = Code("PF409", "removed-from-one-version", Severity.ERROR,
                        "a figure removed from one version only; the other still has it")

DIFF_CODES: tuple[Code, ...] = (
    DRIFT_EN_ONLY,
    DRIFT_FR_ONLY,
    CHANGED_IN_BOTH,
    PAIR_ADDED,
    PAIR_REMOVED,
    CHANGED_DIFFERENTLY,
    NOW_AGREES,
    ADDED_ONE_SIDE,
    REMOVED_ONE_SIDE,
)

_OTHER = {Lang.EN: Lang.FR, Lang.FR: Lang.EN}
_DIGIT = regex.compile(r"\p{Nd}")


# --- snapshots -----------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PairVersion:
    """One version of one article pair: its bytes, a label per file for messages (a path, or ``REV:path``) and
    the file path a CI system knows it by."""

    id: str
    en: bytes
    fr: bytes
    en_label: str
    fr_label: str
    en_file: str
    fr_file: str


@dataclass(frozen=True, slots=True)
class Snapshot:
    label: str
    pairs: tuple[PairVersion, ...]


def read_corpus_dir(path: str | os.PathLike[str]) -> Snapshot:
    """Every article pair of a corpus folder (``run.find_pairs``), read into memory."""
    from .ingest import MAX_BYTES
    from .run import find_pairs

    pairs = []
    for pair in find_pairs(path):
        data = []
        for file in (pair.en, pair.fr):
            try:
                if file.stat().st_size > MAX_BYTES:
                    raise InputError(f"is {file.stat().st_size:,} bytes (at most {MAX_BYTES:,}); "
                                     "give one article per file", str(file))
                data.append(file.read_bytes())
            except PermissionError:
                raise InputError("cannot be read (permission denied); check its permissions", str(file)) from None
        pairs.append(PairVersion(pair.id, data[0], data[1], str(pair.en), str(pair.fr), str(pair.en), str(pair.fr)))
    return Snapshot(os.fspath(path), tuple(pairs))


def _git(repo: str, *args: str, stdin: bytes | None = None) -> bytes:
    try:
        done = subprocess.run(["git", "-C", repo, *args], input=stdin, capture_output=True, check=False)
    except FileNotFoundError:
        raise InputError("git is not installed; install git or compare two corpus folders") from None
    if done.returncode != 0:
        said = done.stderr.decode("utf-8", errors="replace").strip().splitlines()
        raise InputError(f"git {args[0]} failed ({said[-1] if said else f'status {done.returncode}'})", repo)
    return done.stdout


def read_corpus_git(rev: str, path: str = "corpora", repo: str | os.PathLike[str] = ".") -> Snapshot:
    """Every article pair under ``path`` at revision ``rev`` of the git repository ``repo``, read with
    ``git ls-tree`` and ``git cat-file`` (no checkout; the working tree is not touched). ``path`` is relative to
    ``repo``. A revision where ``path`` holds no pair gives an empty snapshot."""
    where = os.fspath(repo)
    if not Path(where).is_dir():
        raise InputError("is not a directory; give the folder of a git repository with -C", where)
    if not rev or rev.startswith("-"):
        raise InputError(f'"{rev}" is not a revision; give a commit, branch or tag')
    try:
        _git(where, "rev-parse", "--git-dir")
    except InputError:
        raise InputError("is not in a git repository; give the repository's folder with -C", where) from None
    try:
        _git(where, "rev-parse", "--verify", "--quiet", f"{rev}^{{tree}}")
    except InputError:
        raise InputError(f'"{rev}" is not a revision of the git repository; give a commit, branch or tag '
                         "(see git log)", where) from None
    root = PurePosixPath(path.replace(os.sep, "/")).as_posix().rstrip("/") or "."
    listing = _git(where, "ls-tree", "-r", "-z", rev, "--", root if root != "." else ".")
    blobs: dict[str, dict[str, str]] = {}
    for entry in listing.decode("utf-8", errors="surrogateescape").split("\0"):
        if not entry:
            continue
        meta, name = entry.split("\t", 1)
        _mode, kind, oid = meta.split()
        file = PurePosixPath(name)
        if kind == "blob" and file.name in ("en.txt", "fr.txt"):
            blobs.setdefault(str(file.parent), {})[file.name] = oid
    folders = sorted(f for f, names in blobs.items() if {"en.txt", "fr.txt"} <= names.keys())
    contents = _cat_blobs(where, [blobs[f][n] for f in folders for n in ("en.txt", "fr.txt")])
    pairs = []
    for folder in folders:
        relative = PurePosixPath(folder).relative_to(root) if root != "." else PurePosixPath(folder)
        pair_id = relative.as_posix() if str(relative) != "." else PurePosixPath(folder).name
        en_file, fr_file = f"{folder}/en.txt", f"{folder}/fr.txt"
        pairs.append(PairVersion(pair_id, contents[blobs[folder]["en.txt"]], contents[blobs[folder]["fr.txt"]],
                                 f"{rev}:{en_file}", f"{rev}:{fr_file}", en_file, fr_file))
    return Snapshot(f"{rev}:{root}", tuple(sorted(pairs, key=lambda p: p.id)))


def _cat_blobs(repo: str, oids: Sequence[str]) -> dict[str, bytes]:
    """The contents of blobs, all through one ``git cat-file --batch``."""
    if not oids:
        return {}
    wanted = sorted(set(oids))
    out = _git(repo, "cat-file", "--batch", stdin="".join(f"{oid}\n" for oid in wanted).encode())
    contents: dict[str, bytes] = {}
    position = 0
    for oid in wanted:
        newline = out.index(b"\n", position)
        header = out[position:newline].split()
        size = int(header[2])
        contents[oid] = out[newline + 1:newline + 1 + size]
        position = newline + 1 + size + 1
    return contents


# --- results -------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DiffSpan:
    """A place in one version of one file: offsets into its decoded text, and the 1-based line and column."""

    path: str
    file: str
    start: int
    end: int
    text: str
    line: int
    column: int
    sentence: int | None


@dataclass(frozen=True, slots=True)
class DiffFinding:
    code: str
    name: str
    severity: Severity
    message: str
    pair: str
    en_old: DiffSpan | None = None
    en_new: DiffSpan | None = None
    fr_old: DiffSpan | None = None
    fr_new: DiffSpan | None = None


@dataclass(frozen=True, slots=True)
class LangDiff:
    """What changed in one language of one pair. ``chrf`` is None for a pair added or removed."""

    added: tuple[Fact, ...]
    removed: tuple[Fact, ...]
    changed: tuple[tuple[Fact, Fact], ...]
    unchanged: int
    chrf: float | None


@dataclass(frozen=True, slots=True)
class BeadDiff:
    old: int
    new: int
    added: tuple[int, ...]  # new beads whose sentences (digits masked) do not form a bead of the old version
    removed: tuple[int, ...]  # indices of old beads gone from the new version


@dataclass(frozen=True, slots=True)
class PairDiff:
    id: str
    status: str  # added, removed or changed
    old: PairVersion | None
    new: PairVersion | None
    en: LangDiff
    fr: LangDiff
    beads: BeadDiff
    findings: tuple[DiffFinding, ...]


@dataclass(frozen=True, slots=True)
class CorpusDiff:
    old: str
    new: str
    old_pairs: int
    new_pairs: int
    unchanged: int
    pairs: tuple[PairDiff, ...]  # added, removed or changed pairs, by id

    @property
    def findings(self) -> tuple[DiffFinding, ...]:
        return tuple(f for p in self.pairs for f in p.findings)


# --- diffing -------------------------------------------------------------------------------------------------


def diff_corpora(old: Snapshot, new: Snapshot) -> CorpusDiff:
    """Compare two snapshots of a corpus, pair by pair. Raises ``InputError`` if a file cannot be read."""
    if not old.pairs and not new.pairs:
        raise InputError("no article pair in either version; check the corpus path", f"{old.label} / {new.label}")
    before = {p.id: p for p in old.pairs}
    after = {p.id: p for p in new.pairs}
    diffs = []
    unchanged = 0
    for pair_id in sorted(before.keys() | after.keys()):
        a, b = before.get(pair_id), after.get(pair_id)
        if a is not None and b is not None and a.en == b.en and a.fr == b.fr:
            unchanged += 1
            continue
        diffs.append(diff_pair(a, b))
    return CorpusDiff(old.label, new.label, len(old.pairs), len(new.pairs), unchanged, tuple(diffs))


def _check(version: PairVersion) -> CheckResult:
    from .run import check_documents

    return check_documents(_document(version.en, version.en_label, Lang.EN),
                           _document(version.fr, version.fr_label, Lang.FR))


def _document(data: bytes, label: str, lang: Lang) -> Document:
    from .ingest import MAX_BYTES, decode, parse_blocks

    if len(data) > MAX_BYTES:
        raise InputError(f"is {len(data):,} bytes (at most {MAX_BYTES:,}); give one article per file", label)
    text, encoding = decode(data, label)
    return Document(path=label, lang=lang, text=text, blocks=parse_blocks(text, lang), encoding=encoding)


def diff_pair(old: PairVersion | None, new: PairVersion | None) -> PairDiff:
    """The diff of one article pair; ``old`` or ``new`` is None for a pair added or removed."""
    if old is None and new is None:
        raise ValueError("diff_pair needs at least one version")
    before = _check(old) if old is not None else None
    after = _check(new) if new is not None else None
    pair_id = (new or old).id  # type: ignore[union-attr]
    if before is None or after is None:
        result = after or before
        assert result is not None
        version = new or old
        assert version is not None
        added = before is None
        sides = {
            lang: LangDiff(added=analysis.facts if added else (), removed=() if added else analysis.facts,
                           changed=(), unchanged=0, chrf=None)
            for lang, analysis in ((Lang.EN, result.en), (Lang.FR, result.fr))
        }
        beads = BeadDiff(old=0 if added else len(result.beads), new=len(result.beads) if added else 0,
                         added=tuple(range(len(result.beads))) if added else (),
                         removed=() if added else tuple(range(len(result.beads))))
        code = PAIR_ADDED if added else PAIR_REMOVED
        message = (f"pair {'added' if added else 'removed'}: {len(result.en.facts)} English and "
                   f"{len(result.fr.facts)} French facts, {len(result.findings)} cross-check findings")
        finding = DiffFinding(code.code, code.name, code.severity, message, pair_id)
        return PairDiff(pair_id, "added" if added else "removed", old, new, sides[Lang.EN], sides[Lang.FR], beads,
                        (finding,))
    assert old is not None and new is not None
    matches = {lang: match_facts(_analysis(before, lang).sentences, _analysis(before, lang).facts,
                                 _analysis(after, lang).sentences, _analysis(after, lang).facts)
               for lang in (Lang.EN, Lang.FR)}
    sides = {lang: _lang_diff(m, _analysis(before, lang).document.text, _analysis(after, lang).document.text)
             for lang, m in matches.items()}
    findings = _findings(pair_id, old, new, before, after, sides[Lang.EN], sides[Lang.FR])
    return PairDiff(pair_id, "changed", old, new, sides[Lang.EN], sides[Lang.FR], _bead_diff(before, after),
                    findings)


def _analysis(result: CheckResult, lang: Lang) -> Any:
    return result.en if lang is Lang.EN else result.fr


@dataclass(frozen=True, slots=True)
class FactMatch:
    """Old↔new facts of one language: unchanged and changed pairs, and what was removed or added."""

    unchanged: tuple[tuple[Fact, Fact], ...]
    changed: tuple[tuple[Fact, Fact], ...]
    removed: tuple[Fact, ...]
    added: tuple[Fact, ...]


def _mask(text: str) -> str:
    return _DIGIT.sub("0", " ".join(text.split()))


def _figure(fact: Fact) -> tuple[object, ...]:
    """What makes a figure the same figure within one language (the text may be restyled: ``7,300``/``7 300``)."""
    return (fact.kind, fact.value, fact.unit, fact.scale, fact.qualifier)


def sentence_groups(old: Sequence[Sentence], new: Sequence[Sentence]) -> list[tuple[range, range]]:
    """Old↔new sentence indices: single sentences that align on their digit-masked text, and the groups between."""
    matcher = SequenceMatcher(None, [_mask(s.text) for s in old], [_mask(s.text) for s in new], autojunk=False)
    groups: list[tuple[range, range]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            groups.extend((range(i1 + k, i1 + k + 1), range(j1 + k, j1 + k + 1)) for k in range(i2 - i1))
        else:
            groups.append((range(i1, i2), range(j1, j2)))
    return groups


def match_facts(
    old_sentences: Sequence[Sentence], old_facts: Sequence[Fact],
    new_sentences: Sequence[Sentence], new_facts: Sequence[Fact],
) -> FactMatch:
    """Match the facts of two versions of one text (see the module's description)."""
    by_old = _by_sentence(old_facts)
    by_new = _by_sentence(new_facts)
    unchanged: list[tuple[Fact, Fact]] = []
    changed: list[tuple[Fact, Fact]] = []
    removed: list[Fact] = []
    added: list[Fact] = []
    for old_range, new_range in sentence_groups(old_sentences, new_sentences):
        a = [f for i in old_range for f in by_old.get(old_sentences[i].index, [])]
        b = [f for j in new_range for f in by_new.get(new_sentences[j].index, [])]
        matcher = SequenceMatcher(None, [_figure(f) for f in a], [_figure(f) for f in b], autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                unchanged.extend(zip(a[i1:i2], b[j1:j2], strict=True))
                continue
            pairs, gone, new = _pair_in_order(a[i1:i2], b[j1:j2])
            changed.extend(pairs)
            removed.extend(gone)
            added.extend(new)
    return FactMatch(tuple(unchanged), tuple(changed), tuple(removed), tuple(added))


def _by_sentence(facts: Iterable[Fact]) -> dict[int, list[Fact]]:
    grouped: dict[int, list[Fact]] = {}
    for fact in facts:
        if fact.sentence is not None:
            grouped.setdefault(fact.sentence, []).append(fact)
    return grouped


def _pair_in_order(old: Sequence[Fact], new: Sequence[Fact]) -> tuple[list[tuple[Fact, Fact]], list[Fact], list[Fact]]:
    """Facts of the same class pair up in reading order (monotone); the rest are removed / added."""
    pairs: list[tuple[Fact, Fact]] = []
    used: set[int] = set()
    after = 0
    removed = []
    for fact in old:
        j = next((j for j in range(after, len(new)) if fact_class(new[j]) == fact_class(fact)), None)
        if j is None:
            removed.append(fact)
            continue
        pairs.append((fact, new[j]))
        used.add(j)
        after = j + 1
    return pairs, removed, [f for j, f in enumerate(new) if j not in used]


def _lang_diff(match: FactMatch, old_text: str, new_text: str) -> LangDiff:
    return LangDiff(added=match.added, removed=match.removed, changed=match.changed,
                    unchanged=len(match.unchanged), chrf=text_change(old_text, new_text))


def text_change(old: str, new: str) -> float:
    """sacrebleu chrF of the new text against the old (100: unchanged), rounded to two decimals."""
    if old == new:
        return 100.0
    from sacrebleu.metrics.chrf import CHRF

    score: float = CHRF().sentence_score(new, [old]).score
    return round(score, 2)


def chrf_signature() -> str:
    from sacrebleu.metrics.chrf import CHRF

    metric = CHRF()
    metric.sentence_score("", [""])  # the signature names the number of references, known once it has scored
    return str(metric.get_signature().format())


def _bead_key(result: CheckResult, index: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
    bead = result.beads[index]
    return (tuple(_mask(result.en.sentences[i].text) for i in bead.en),
            tuple(_mask(result.fr.sentences[i].text) for i in bead.fr))


def _bead_diff(before: CheckResult, after: CheckResult) -> BeadDiff:
    old_keys = [_bead_key(before, i) for i in range(len(before.beads))]
    new_keys = [_bead_key(after, i) for i in range(len(after.beads))]
    added = _not_in(new_keys, old_keys)
    removed = _not_in(old_keys, new_keys)
    return BeadDiff(len(before.beads), len(after.beads), added, removed)


def _not_in(keys: Sequence[Hashable], others: Sequence[Hashable]) -> tuple[int, ...]:
    """Indices of ``keys`` left over once each is matched against ``others`` as a multiset, first come first."""
    left = Counter(others)
    missing = []
    for i, key in enumerate(keys):
        if left[key] > 0:
            left[key] -= 1
        else:
            missing.append(i)
    return tuple(missing)


# --- findings ------------------------------------------------------------------------------------------------


def same_figure(a: Fact, b: Fact) -> bool:
    """Whether an English and a French fact state the same figure, as the cross-check matches them: same class,
    value (dates: every part both give agrees), unit and qualifier family."""
    if fact_class(a) != fact_class(b) or a.unit != b.unit:
        return False
    family = (a.qualifier.family if a.qualifier else None, b.qualifier.family if b.qualifier else None)
    if family[0] != family[1]:
        return False
    if isinstance(a.value, DateValue) and isinstance(b.value, DateValue):
        parts = [(x, y) for x, y in zip((a.value.year, a.value.month, a.value.day),
                                        (b.value.year, b.value.month, b.value.day), strict=True)
                 if x is not None and y is not None]
        return bool(parts) and all(x == y for x, y in parts)
    return a.value == b.value


def _flagged(result: CheckResult, errors_only: bool) -> set[tuple[Lang, int, int]]:
    """(language, start, end) of every span the cross-check reported (only error findings if ``errors_only``)."""
    spans = set()
    for finding in result.findings:
        if errors_only and finding.severity is not Severity.ERROR:
            continue
        for lang, span in ((Lang.EN, finding.en), (Lang.FR, finding.fr)):
            if span is not None:
                spans.add((lang, span.start, span.end))
    return spans


def _beads_of(result: CheckResult, lang: Lang) -> dict[int, int]:
    attr = lang.value
    return {s: b for b, bead in enumerate(result.beads) for s in getattr(bead, attr)}


def _bead(beads: dict[int, int], fact: Fact) -> int | None:
    return beads.get(fact.sentence) if fact.sentence is not None else None


def _describe(fact: Fact) -> str:
    qualifier = f"{fact.qualifier.value} " if fact.qualifier else ""
    return f'"{fact.text}" ({fact.kind.value} {qualifier}{format_value(fact)})'


class _Places:
    """Turns facts of a pair's old and new versions into ``DiffSpan``s."""

    def __init__(self, old: PairVersion, new: PairVersion, before: CheckResult, after: CheckResult) -> None:
        self.files = {
            (Lang.EN, "old"): (old.en_label, old.en_file, before.en.document.text),
            (Lang.FR, "old"): (old.fr_label, old.fr_file, before.fr.document.text),
            (Lang.EN, "new"): (new.en_label, new.en_file, after.en.document.text),
            (Lang.FR, "new"): (new.fr_label, new.fr_file, after.fr.document.text),
        }

    def span(self, lang: Lang, when: str, fact: Fact | None) -> DiffSpan | None:
        if fact is None:
            return None
        label, file, text = self.files[(lang, when)]
        line = text.count("\n", 0, fact.start) + 1
        column = fact.start - (text.rfind("\n", 0, fact.start) + 1) + 1
        return DiffSpan(label, file, fact.start, fact.end, fact.text, line, column, fact.sentence)


def _findings(
    pair_id: str, old: PairVersion, new: PairVersion, before: CheckResult, after: CheckResult,
    en: LangDiff, fr: LangDiff,
) -> tuple[DiffFinding, ...]:
    places = _Places(old, new, before, after)
    old_beads = {lang: _beads_of(before, lang) for lang in (Lang.EN, Lang.FR)}
    new_beads = {lang: _beads_of(after, lang) for lang in (Lang.EN, Lang.FR)}
    new_errors = _flagged(after, errors_only=True)
    old_any = _flagged(before, errors_only=False)
    findings: list[DiffFinding] = []

    def make(code: Code, message: str, spans: dict[str, DiffSpan | None]) -> None:
        findings.append(DiffFinding(code.code, code.name, code.severity, message, pair_id, **spans))

    # Changes: English and French changes of the same figure are one change in both versions.
    candidates = []
    for i, (a, b) in enumerate(en.changed):
        for j, (c, d) in enumerate(fr.changed):
            if not same_figure(a, c):
                continue
            same_bead = _bead(old_beads[Lang.EN], a) == _bead(old_beads[Lang.FR], c)
            mirrored = same_figure(b, d)
            if same_bead or mirrored:
                candidates.append(((not same_bead, not mirrored, a.start, c.start), i, j))
    taken_en: set[int] = set()
    taken_fr: set[int] = set()
    for _key, i, j in sorted(candidates):
        if i in taken_en or j in taken_fr:
            continue
        taken_en.add(i)
        taken_fr.add(j)
        (a, b), (c, d) = en.changed[i], fr.changed[j]
        spans = {"en_old": places.span(Lang.EN, "old", a), "en_new": places.span(Lang.EN, "new", b),
                 "fr_old": places.span(Lang.FR, "old", c), "fr_new": places.span(Lang.FR, "new", d)}
        disagree = (Lang.EN, b.start, b.end) in new_errors or (Lang.FR, d.start, d.end) in new_errors
        if same_figure(b, d) or not disagree:
            make(CHANGED_IN_BOTH, f"changed in both versions: English {_describe(a)} → {_describe(b)}, French "
                 f"{_describe(c)} → {_describe(d)}", spans)
        else:
            make(CHANGED_DIFFERENTLY, f"changed differently: English {_describe(a)} → {_describe(b)} but French "
                 f"{_describe(c)} → {_describe(d)}", spans)

    for lang, side, taken in ((Lang.EN, en, taken_en), (Lang.FR, fr, taken_fr)):
        other = _OTHER[lang]
        name, other_name = lang.display, other.display
        other_facts = _analysis(after, other).facts
        for i, (a, b) in enumerate(side.changed):
            if i in taken:
                continue
            # The other version's figure that still says the old value, in the bead of the new one.
            bead = _bead(new_beads[lang], b)
            still = next((f for f in other_facts if _bead(new_beads[other], f) == bead and same_figure(a, f)), None)
            spans = {f"{lang.value}_old": places.span(lang, "old", a), f"{lang.value}_new": places.span(lang, "new", b),
                     f"{other.value}_new": places.span(other, "new", still)}
            if (lang, b.start, b.end) in new_errors:
                code = DRIFT_EN_ONLY if lang is Lang.EN else DRIFT_FR_ONLY
                tail = f'; the {other_name} still says "{still.text}"' if still is not None else \
                    f"; the {other_name} version was not changed"
                make(code, f"changed in the {name} version only: {_describe(a)} → {_describe(b)}{tail}", spans)
            else:
                make(NOW_AGREES, f"changed in the {name} version only, and the versions now agree on it: "
                     f"{_describe(a)} → {_describe(b)}", spans)

    # Additions and removals: matched across the languages, else one-sided.
    for what, en_facts, fr_facts in (("added", en.added, fr.added), ("removed", en.removed, fr.removed)):
        when = "new" if what == "added" else "old"
        used_fr: set[int] = set()
        lonely: list[tuple[Lang, Fact]] = []
        for fact in en_facts:
            twin = next((k for k, f in enumerate(fr_facts) if k not in used_fr and same_figure(fact, f)), None)
            if twin is None:
                lonely.append((Lang.EN, fact))
            else:
                used_fr.add(twin)
        lonely.extend((Lang.FR, f) for k, f in enumerate(fr_facts) if k not in used_fr)
        for lang, fact in lonely:
            name, other_name = lang.display, _OTHER[lang].display
            spans = {f"{lang.value}_{when}": places.span(lang, when, fact)}
            if what == "added":
                mismatch = (lang, fact.start, fact.end) in new_errors
                code = ADDED_ONE_SIDE if mismatch else NOW_AGREES
                detail = f"with no counterpart in the {other_name}" if mismatch else "and the versions now agree on it"
            else:
                mismatch = (lang, fact.start, fact.end) not in old_any  # it had a counterpart, which is left alone
                code = REMOVED_ONE_SIDE if mismatch else NOW_AGREES
                detail = f"the {other_name} still has it" if mismatch else "and the versions now agree on it"
            make(code, f"{what} in the {name} version only: {_describe(fact)}, {detail}", spans)
    rank = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}

    def key(f: DiffFinding) -> tuple[int, int, str]:
        first = f.en_new or f.en_old or f.fr_new or f.fr_old
        return (first.start if first else -1, rank[f.severity], f.code)

    return tuple(sorted(findings, key=key))


# --- output --------------------------------------------------------------------------------------------------


def signature() -> str:
    from .run import signature as pipeline_signature

    return f"{pipeline_signature()}|diff:{DIFF_VERSION}|chrF:{chrf_signature()}"


def _span_json(span: DiffSpan | None) -> dict[str, Any] | None:
    if span is None:
        return None
    return {"path": span.path, "start": span.start, "end": span.end, "text": span.text, "line": span.line,
            "column": span.column, "sentence": span.sentence}


def finding_json(finding: DiffFinding) -> dict[str, Any]:
    return {
        "code": finding.code,
        "name": finding.name,
        "severity": finding.severity.value,
        "message": finding.message,
        "pair": finding.pair,
        "en": {"old": _span_json(finding.en_old), "new": _span_json(finding.en_new)},
        "fr": {"old": _span_json(finding.fr_old), "new": _span_json(finding.fr_new)},
    }


def _lang_json(diff: LangDiff, lang: str) -> dict[str, Any]:
    from .report import fact_json

    return {
        "chrf": diff.chrf,
        "added": [fact_json(f, lang) for f in diff.added],
        "removed": [fact_json(f, lang) for f in diff.removed],
        "changed": [{"old": fact_json(a, lang), "new": fact_json(b, lang)} for a, b in diff.changed],
        "unchanged": diff.unchanged,
    }


def _files(version: PairVersion | None) -> dict[str, str] | None:
    return None if version is None else {"en": version.en_label, "fr": version.fr_label}


def pair_json(pair: PairDiff) -> dict[str, Any]:
    return {
        "id": pair.id,
        "status": pair.status,
        "files": {"old": _files(pair.old), "new": _files(pair.new)},
        "beads": {"old": pair.beads.old, "new": pair.beads.new, "added": list(pair.beads.added),
                  "removed": list(pair.beads.removed)},
        "facts": {"en": _lang_json(pair.en, "en"), "fr": _lang_json(pair.fr, "fr")},
        "findings": [finding_json(f) for f in pair.findings],
    }


def summary_json(diff: CorpusDiff) -> dict[str, Any]:
    findings = diff.findings
    severities = Counter(f.severity for f in findings)
    statuses = Counter(p.status for p in diff.pairs)
    return {
        "pairs": {"old": diff.old_pairs, "new": diff.new_pairs, "added": statuses["added"],
                  "removed": statuses["removed"], "changed": statuses["changed"], "unchanged": diff.unchanged},
        "errors": severities[Severity.ERROR],
        "warnings": severities[Severity.WARNING],
        "infos": severities[Severity.INFO],
        "codes": dict(sorted(Counter(f.code for f in findings).items())),
    }


def build_diff_report(diff: CorpusDiff, signature: str) -> dict[str, Any]:
    """The JSON report of a corpus diff (``schemas/diff.schema.json``)."""
    return {
        "schema": DIFF_SCHEMA,
        "signature": signature,
        "old": diff.old,
        "new": diff.new,
        "summary": summary_json(diff),
        "pairs": [pair_json(p) for p in diff.pairs],
    }


def _where(label: str, span: DiffSpan | None) -> str:
    if span is None:
        return ""
    return f'\n    {label} {span.path} {span.line}:{span.column}  "{span.text}"'


def render_text(diff: CorpusDiff, signature: str) -> str:
    """A readable diff: counts, then per changed pair its measures and findings, each with its places."""
    summary = summary_json(diff)
    pairs = summary["pairs"]
    lines = [
        f"{diff.old} -> {diff.new}",
        f"  {pairs['old']} -> {pairs['new']} pairs: {pairs['changed']} changed, {pairs['added']} added, "
        f"{pairs['removed']} removed, {pairs['unchanged']} unchanged",
        f"  {counts(summary)}",
    ]
    for pair in diff.pairs:
        if pair.status == "changed":
            measures = "; ".join(
                f"{lang.upper()} chrF {side.chrf:.2f}, facts +{len(side.added)} -{len(side.removed)} "
                f"~{len(side.changed)}"
                for lang, side in (("en", pair.en), ("fr", pair.fr))
            )
            lines.append(f"changed {pair.id}: {measures}; beads +{len(pair.beads.added)} -{len(pair.beads.removed)}")
        else:
            lines.append(f"{pair.status} {pair.id}")
        for f in pair.findings:
            lines.append(
                f"{f.severity.value} {f.code} {f.name}: {f.message}"
                + _where("en old", f.en_old) + _where("en new", f.en_new)
                + _where("fr old", f.fr_old) + _where("fr new", f.fr_new)
            )
    lines.append(f"signature: {signature}")
    return "\n".join(lines) + "\n"


def rules() -> tuple[Code, ...]:
    """The cross-check's and the diff's codes, as CI rules."""
    from .ci import catalogue

    return (*catalogue(), *DIFF_CODES)


def ci_suites(diff: CorpusDiff) -> tuple[CiSuite, ...]:
    """One CI suite per added, removed or changed pair; a finding is located at its new places, and at its old
    places when they are other files (two corpus folders; with git, the old file has the same path)."""
    from .ci import CiSuite

    return tuple(CiSuite(p.id, tuple(_ci_finding(f) for f in p.findings)) for p in diff.pairs)


def _ci_finding(finding: DiffFinding) -> CiFinding:
    from .ci import CiFinding, CiLocation

    places = []
    sides = [(finding.en_new, finding.en_old), (finding.fr_new, finding.fr_old)]
    for new, old in sorted(sides, key=lambda side: side[1] is None):  # the language that changed first
        for span in (new, old):
            if span is None or (span is old and new is not None and new.file == old.file):
                continue
            end_col = span.column + len(span.text) if "\n" not in span.text else span.column
            places.append(CiLocation(span.file, span.line, span.column, span.line, end_col))
    return CiFinding(finding.code, finding.name, finding.severity, finding.message, tuple(places))


def render_ci(fmt: str, diff: CorpusDiff, *, fail_on: str = "error") -> str:
    """The diff in a CI format: ``sarif``, ``github`` or ``junit``."""
    from .ci import to_github, to_json, to_junit, to_sarif

    suites = ci_suites(diff)
    if fmt == "junit":
        return to_junit(suites, fail_on=fail_on, name="parafacts diff")
    findings = [f for s in suites for f in s.findings]
    if fmt == "sarif":
        return to_json(to_sarif(findings, rules()))
    if fmt == "github":
        return to_github(findings)
    raise ValueError(f"unknown CI format {fmt!r}")


def fails(diff: CorpusDiff, fail_on: str = "error") -> bool:
    """Whether the diff should fail a build: ``fail_on`` is ``error``, ``warning`` or ``never``."""
    if fail_on == "never":
        return False
    worst = {Severity.ERROR} if fail_on == "error" else {Severity.ERROR, Severity.WARNING}
    return any(f.severity in worst for f in diff.findings)

