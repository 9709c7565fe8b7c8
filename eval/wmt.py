"""The WMT English–French news sets, read in place from the shared folder (never copied into the repository).

``$PARAFACTS_SHARED/data/wmt-enfr/`` (default ``<repo root>/../shared``) holds SGML: ``<doc docid=… origlang=…>``
around ``<seg id=…>``; the EN and FR files of one set are segment-aligned by id (see its PROVENANCE.md).

``clean_documents()`` yields the pairs the evaluations use: every document of newstest2014, and the documents of
the other sets whose ``origlang`` is ``en`` or ``fr`` (in the others both sides are translations of a third
language). Segments keep their text as distributed, with SGML entities decoded and surrounding space stripped.
"""

from __future__ import annotations

import html
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

# (set name, English file, French file, take every document whatever its origlang)
SETS: tuple[tuple[str, str, str, bool], ...] = (
    ("newstest2014", "newstest2014-fren-src.en.sgm", "newstest2014-fren-ref.fr.sgm", True),
    ("news-test2008", "news-test2008-src.en.sgm", "news-test2008-src.fr.sgm", False),
    ("newssyscomb2009", "newssyscomb2009-src.en.sgm", "newssyscomb2009-src.fr.sgm", False),
    ("newstest2009", "newstest2009-src.en.sgm", "newstest2009-src.fr.sgm", False),
    ("newstest2010", "newstest2010-src.en.sgm", "newstest2010-src.fr.sgm", False),
    ("newstest2011", "newstest2011-src.en.sgm", "newstest2011-src.fr.sgm", False),
    ("newstest2012", "newstest2012-src.en.sgm", "newstest2012-src.fr.sgm", False),
    ("newstest2013", "newstest2013-src.en.sgm", "newstest2013-src.fr.sgm", False),
)

_DOC = re.compile(r"<doc\b([^>]*)>(.*?)</doc>", re.S)
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_SEG = re.compile(r'<seg\s+id="?(\d+)"?\s*>(.*?)</seg>', re.S)
# The layout markup some sets keep around segments: a headline (``<hl>``, ``<h1>`` …) or a paragraph (``<p>``).
_GROUP = re.compile(r"<(hl|h\d|p)>(.*?)</\1>", re.S)
_SEG_ID = re.compile(r'<seg\s+id="?(\d+)"?')


def shared_dir() -> Path:
    return Path(os.environ.get("PARAFACTS_SHARED", str(REPO.parent / "shared")))


def wmt_dir() -> Path:
    return shared_dir() / "data" / "wmt-enfr"


@dataclass(frozen=True, slots=True)
class WmtDoc:
    """One article in both languages; ``en[i]`` translates ``fr[i]`` and both have segment id ``ids[i]``."""

    set: str
    docid: str
    origlang: str
    ids: tuple[int, ...]
    en: tuple[str, ...]
    fr: tuple[str, ...]

    @property
    def name(self) -> str:
        return f"{self.set}/{self.docid}"


@cache
def read_sgml(path: Path) -> dict[str, tuple[str, dict[int, str]]]:
    """``docid -> (origlang, {segment id: text})`` of one SGML file, in file order."""
    docs: dict[str, tuple[str, dict[int, str]]] = {}
    for match in _DOC.finditer(path.read_text(encoding="utf-8")):
        attrs = dict(_ATTR.findall(match.group(1)))
        segs = {int(i): html.unescape(t).strip() for i, t in _SEG.findall(match.group(2))}
        docs[attrs["docid"]] = (attrs.get("origlang", ""), segs)
    return docs


@cache
def read_layout(path: Path) -> dict[str, tuple[tuple[int, ...], ...]]:
    """``docid -> segment ids grouped by headline and paragraph``, in file order, for the documents of one SGML file
    that have layout markup (a set without it, such as newstest2014, gives none)."""
    layouts: dict[str, tuple[tuple[int, ...], ...]] = {}
    for match in _DOC.finditer(path.read_text(encoding="utf-8")):
        groups = tuple(
            ids for ids in (tuple(int(i) for i in _SEG_ID.findall(g.group(2))) for g in _GROUP.finditer(match.group(2)))
            if ids
        )
        if groups:
            layouts[dict(_ATTR.findall(match.group(1)))["docid"]] = groups
    return layouts


def layout(doc: WmtDoc, lang: str) -> tuple[tuple[int, ...], ...]:
    """The headline and paragraph groups of ``doc`` in ``lang`` ("en" or "fr"), or the other language's where it
    marks up more of the document (the files of a set are segment-aligned, so a paragraph holds the same ids in both;
    news-test2008's French file has almost no markup); ``()`` when neither side has any. Segments outside every
    group come as groups of their own, in order."""
    folder = wmt_dir()
    files = {name: (en_file, fr_file) for name, en_file, fr_file, _ in SETS}[doc.set]
    own, other = (files[0], files[1]) if lang == "en" else (files[1], files[0])
    candidates = [read_layout(folder / name).get(doc.docid, ()) for name in (own, other)]
    groups = max(candidates, key=lambda g: sum(len(ids) for ids in g))
    if not groups:
        return ()
    group_of = {i: k for k, ids in enumerate(groups) for i in ids}
    out: list[list[int]] = []
    previous: int | None = None
    for i in doc.ids:
        k = group_of.get(i)
        if k is None or k != previous or not out:
            out.append([])
        out[-1].append(i)
        previous = k
    return tuple(tuple(ids) for ids in out)


def documents(take: str = "clean") -> Iterator[WmtDoc]:
    """Every document pair, set by set in file order. ``take="clean"``: newstest2014 and origlang en/fr only."""
    folder = wmt_dir()
    for set_name, en_file, fr_file, take_all in SETS:
        en_docs, fr_docs = read_sgml(folder / en_file), read_sgml(folder / fr_file)
        for docid, (origlang, en_segs) in en_docs.items():
            if take == "clean" and not (take_all or origlang in ("en", "fr")):
                continue
            if docid not in fr_docs:
                continue
            fr_segs = fr_docs[docid][1]
            ids = tuple(i for i in en_segs if i in fr_segs)
            if not ids:
                continue
            yield WmtDoc(set_name, docid, origlang, ids, tuple(en_segs[i] for i in ids), tuple(fr_segs[i] for i in ids))


def clean_documents() -> list[WmtDoc]:
    return list(documents("clean"))


def signature_sets() -> str:
    return "+".join(name for name, *_ in SETS)


def write_json(report: object, path: Path) -> None:
    """Write an evaluation's figures as JSON (creating ``eval/out/``), the same bytes for the same figures."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
