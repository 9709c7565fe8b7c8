"""The stages, called in order. Read top to bottom: ingest -> language -> sentences -> facts -> alignment ->
cross-check. I/O happens only in ``check_files`` (reading); writing belongs to ``report`` and ``cli``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

from . import __version__
from .align import ALIGN_VERSION, align_sentences
from .crosscheck import (
    CROSSCHECK_VERSION,
    Side,
    check_consistency,
    compare_facts,
    sort_findings,
    untranslated_source_blocks,
)
from .errors import InputError
from .facts import FACTS_VERSION, extract_facts
from .ingest import INGEST_VERSION, parse_blocks, read_document
from .langid import LANGID_VERSION, dominant_language, label_blocks
from .model import Analysis, Bead, Block, BlockKind, CheckResult, Document, Fact, Lang, Sentence
from .segment import SEGMENT_VERSION, split_sentences


def signature() -> str:
    """Names the version of every stage, so that two reports can be compared (sacrebleu-style)."""
    return (
        f"parafacts:{__version__}|ingest:{INGEST_VERSION}|langid:{LANGID_VERSION}|segment:{SEGMENT_VERSION}"
        f"|align:{ALIGN_VERSION}|facts:{FACTS_VERSION}|crosscheck:{CROSSCHECK_VERSION}"
    )


def sentence_facts(sentence: Sentence, lang: Lang) -> tuple[Fact, ...]:
    """The facts of one sentence, with offsets into the document and their sentence and block set."""
    return tuple(
        replace(f, start=f.start + sentence.start, end=f.end + sentence.start, sentence=sentence.index,
                block=sentence.block)
        for f in extract_facts(sentence.text, lang)
    )


def _block_facts(block: Block) -> tuple[Fact, ...]:
    return tuple(
        replace(f, start=f.start + block.start, end=f.end + block.start, block=block.index)
        for f in extract_facts(block.text, block.lang)
    )


def analyse(document: Document) -> Analysis:
    """The monolingual stages on one document: language per block, sentences, facts."""
    document = label_blocks(document)
    sentences = split_sentences(document)
    facts = tuple(f for s in sentences for f in sentence_facts(s, document.lang))
    source = tuple(f for b in document.blocks if b.lang is Lang.VI for f in _block_facts(b))
    return Analysis(document=document, sentences=sentences, facts=facts, source_facts=source)


def _language_name(lang: Lang) -> str:
    return "neither English nor French" if lang is Lang.OTHER else lang.display


def _check_language(analysis: Analysis, expected: Lang, other: Analysis) -> None:
    found = dominant_language(analysis.document)
    if found is expected:
        return
    path = analysis.document.path
    if found is dominant_language(other.document) and found in (Lang.EN, Lang.FR):
        raise InputError(
            f"both files are in {_language_name(found)}; give the English version first, then the French one", path
        )
    raise InputError(
        f"the text is {_language_name(found)}, not {_language_name(expected)}; "
        "give the English version first, then the French one",
        path,
    )


def compare(en: Analysis, fr: Analysis) -> CheckResult:
    """Alignment and cross-check of two analysed versions."""
    beads = align_sentences(en.sentences, fr.sentences)
    en_side = Side(Lang.EN, en.sentences, en.facts)
    fr_side = Side(Lang.FR, fr.sentences, fr.facts)
    findings = (
        compare_facts(beads, en_side, fr_side)
        + check_consistency(beads, en_side, fr_side)
        + untranslated_source_blocks(Lang.EN, en.document.blocks)
        + untranslated_source_blocks(Lang.FR, fr.document.blocks)
    )
    return CheckResult(en=en, fr=fr, beads=beads, findings=sort_findings(findings))


def check_documents(en: Document, fr: Document) -> CheckResult:
    en_analysis, fr_analysis = analyse(en), analyse(fr)
    _check_language(en_analysis, Lang.EN, fr_analysis)
    _check_language(fr_analysis, Lang.FR, en_analysis)
    return compare(en_analysis, fr_analysis)


def check_files(en_path: str | os.PathLike[str], fr_path: str | os.PathLike[str]) -> CheckResult:
    """The whole pipeline on one article pair read from disk."""
    return check_documents(read_document(en_path, Lang.EN), read_document(fr_path, Lang.FR))


def _segment_analysis(text: str, lang: Lang, label: str) -> Analysis:
    """An already aligned segment as one sentence of running text."""
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    block = Block(index=0, kind=BlockKind.BODY, lang=lang, start=start, end=end, text=text[start:end])
    document = Document(path=label, lang=lang, text=text, blocks=(block,) if end > start else ())
    sentences = (
        (Sentence(index=0, block=0, kind=BlockKind.BODY, start=start, end=end, text=text[start:end]),)
        if end > start
        else ()
    )
    facts = tuple(f for s in sentences for f in sentence_facts(s, lang))
    return Analysis(document=document, sentences=sentences, facts=facts)


def check_segments(en_text: str, fr_text: str, label: str = "") -> CheckResult:
    """Cross-check one pair of segments that are already aligned (a translation unit)."""
    en = _segment_analysis(en_text, Lang.EN, label)
    fr = _segment_analysis(fr_text, Lang.FR, label)
    beads: tuple[Bead, ...] = ()
    if en.sentences or fr.sentences:
        beads = (Bead(en=tuple(s.index for s in en.sentences), fr=tuple(s.index for s in fr.sentences), score=1.0),)
    en_side = Side(Lang.EN, en.sentences, en.facts)
    fr_side = Side(Lang.FR, fr.sentences, fr.facts)
    findings = compare_facts(beads, en_side, fr_side) + check_consistency(beads, en_side, fr_side)
    return CheckResult(en=en, fr=fr, beads=beads, findings=sort_findings(findings))


def extract_text(text: str, lang: Lang, label: str = "-") -> Analysis:
    """Facts of a whole text, found the way ``check`` finds them (blocks, sentences, offsets into ``text``)."""
    blocks = parse_blocks(text, lang)
    return analyse(Document(path=label, lang=lang, text=text, blocks=blocks))


# --- corpora -------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PairFiles:
    id: str
    en: Path
    fr: Path


def find_pairs(corpus: str | os.PathLike[str]) -> tuple[PairFiles, ...]:
    """Every article pair under ``corpus``: each folder holding ``en.txt`` and ``fr.txt``, sorted by path."""
    root = Path(corpus)
    if not root.is_dir():
        raise InputError("is not a directory; give a corpus folder (one folder per article pair)", str(root))
    pairs = []
    for folder, dirs, files in os.walk(root):
        dirs.sort()
        if "en.txt" in files and "fr.txt" in files:
            path = Path(folder)
            pair_id = path.relative_to(root).as_posix()
            pairs.append(PairFiles(id=pair_id if pair_id != "." else path.name, en=path / "en.txt", fr=path / "fr.txt"))
    if not pairs:
        raise InputError("holds no article pair (a folder with en.txt and fr.txt); see the README's corpus layout",
                         str(root))
    return tuple(sorted(pairs, key=lambda p: p.id))
