"""The cache of ``parafacts run``: what one article pair produced, keyed by everything that decides it.

A key is the SHA-256 of the cache format, the report schema, the pipeline's signature (``pipeline.run.signature()``,
which names the version of every stage), both file paths and the SHA-256 of both files' bytes. So a cached entry
is only ever found for exactly the same input and the same algorithms: a changed file, a changed stage or a moved
corpus is a miss and the pair is recomputed. An entry that cannot be read back whole (deleted, truncated, edited,
from another format) is a miss too; deleting the cache folder is always safe. Entries are written atomically
(temporary file, then rename), so a run that is interrupted never leaves half an entry.

An entry holds the JSON report, the text report and the two decoded documents, from which every other output
(HTML review, CI formats) is rendered the same way for fresh and cached pairs: same bytes either way.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import InputError
from .files import write_text_atomic

CACHE_FORMAT = "parafacts-cache/1"


@dataclass(frozen=True, slots=True)
class Entry:
    """What one pair produced: its JSON report, its text report and the decoded texts of both versions."""

    report: Mapping[str, Any]
    text: str
    en_text: str
    fr_text: str

    def to_json(self) -> dict[str, Any]:
        return {"report": self.report, "text": self.text, "documents": {"en": self.en_text, "fr": self.fr_text}}

    @staticmethod
    def from_json(data: Any) -> Entry:
        """Raises ``ValueError`` unless ``data`` is a whole entry."""
        if not isinstance(data, dict):
            raise ValueError("not an object")
        report, text, documents = data.get("report"), data.get("text"), data.get("documents")
        if not isinstance(report, dict) or not isinstance(text, str) or not isinstance(documents, dict):
            raise ValueError("missing report, text or documents")
        en, fr = documents.get("en"), documents.get("fr")
        if not isinstance(en, str) or not isinstance(fr, str):
            raise ValueError("missing a document")
        return Entry(report=report, text=text, en_text=en, fr_text=fr)


def file_digest(path: str | os.PathLike[str]) -> str:
    """SHA-256 of a file's bytes (hex)."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def pair_key(en: str | os.PathLike[str], fr: str | os.PathLike[str], signature: str) -> str | None:
    """The cache key of a pair of files, or ``None`` when a file cannot be read (never cached: the check reports
    the problem)."""
    from .report import REPORT_SCHEMA

    try:
        digests = [file_digest(en), file_digest(fr)]
    except OSError:
        return None
    material = json.dumps([CACHE_FORMAT, REPORT_SCHEMA, signature, os.fspath(en), os.fspath(fr), *digests])
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


class Cache:
    """A folder of entries, one JSON file per key (``ab/abcdef….json``)."""

    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root)
        if self.root.exists() and not self.root.is_dir():
            raise InputError("is not a folder; give a cache folder with --cache DIR, or use --no-cache",
                             str(self.root))

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def get(self, key: str) -> Entry | None:
        """The entry stored under ``key``, or ``None`` when there is none or it cannot be read back whole."""
        try:
            data = json.loads(self._path(key).read_text(encoding="utf-8"))
            if not isinstance(data, dict) or data.get("format") != CACHE_FORMAT or data.get("key") != key:
                return None
            return Entry.from_json(data.get("entry"))
        except (OSError, ValueError):
            return None

    def put(self, key: str, entry: Entry) -> None:
        """Store ``entry`` under ``key`` atomically."""
        target = self._path(key)
        text = json.dumps({"format": CACHE_FORMAT, "key": key, "entry": entry.to_json()}, ensure_ascii=False)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise InputError(f"cannot write the cache ({exc.strerror}); choose another folder with --cache DIR "
                             "or use --no-cache", str(self.root)) from None
        write_text_atomic(target, text)
