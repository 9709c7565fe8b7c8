"""Edited corpora made from the seed pair, for the diff and export tests (written to tmp dirs, never committed).

An ``Edit`` replaces one exact piece of text in one language; ``write_pair`` copies the seed pair with edits
applied and fails if a piece is not found exactly once, so the tests cannot silently test nothing.
"""

from __future__ import annotations

import shutil
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from tests.helpers import SEED_DIR


@dataclass(frozen=True, slots=True)
class Edit:
    lang: str  # "en" or "fr"
    old: str
    new: str


def edit_text(text: str, edits: Sequence[Edit], lang: str) -> str:
    for edit in edits:
        if edit.lang != lang:
            continue
        if text.count(edit.old) != 1:
            raise ValueError(f"{edit.old!r} occurs {text.count(edit.old)} times in the seed's {lang}.txt")
        text = text.replace(edit.old, edit.new)
    return text


def write_pair(folder: Path, edits: Sequence[Edit] = ()) -> Path:
    """The seed pair in ``folder`` (``en.txt``, ``fr.txt``, ``meta.json``) with ``edits`` applied."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SEED_DIR / "meta.json", folder / "meta.json")
    for lang in ("en", "fr"):
        text = (SEED_DIR / f"{lang}.txt").read_text(encoding="utf-8")
        (folder / f"{lang}.txt").write_bytes(edit_text(text, edits, lang).encode("utf-8"))
    return folder


def write_corpus(root: Path, pairs: Mapping[str, Sequence[Edit]]) -> Path:
    """A corpus folder with one seed copy per pair id, each with its edits."""
    root.mkdir(parents=True, exist_ok=True)
    for pair_id, edits in pairs.items():
        write_pair(root / pair_id, edits)
    return root


# Named edits of the seed pair. Figures: EN "306 people" / FR "306 personnes" (same bead), EN "7,300 drug addicts,
# but" / FR "7 300 toxicomanes, mais" (the lede).
EN_306_TO_316 = Edit("en", "306 people", "316 people")
FR_306_TO_316 = Edit("fr", "306 personnes", "316 personnes")
FR_306_TO_326 = Edit("fr", "306 personnes", "326 personnes")
FR_7300_TO_7400 = Edit("fr", "près de 7 300 toxicomanes, mais", "près de 7 400 toxicomanes, mais")
FR_RESTYLED = Edit("fr", "près de 7.300 toxicomanes", "près de 7 300 toxicomanes")
EN_WORDING = Edit("en", "successfully been rehabilitated is low", "been successfully rehabilitated remains low")
EN_ADDED = Edit("en", "for 21 people.", "for 21 people. The province also trained 40 nurses.")
FR_ADDED = Edit("fr", "pour 21 personnes.", "pour 21 personnes. La province a aussi formé 40 infirmières.")
EN_REMOVED = Edit("en", ", job referrals for 15 people", "")
EN_QUALIFIER_SAME_FAMILY = Edit("en", "Nghe An has nearly 7,300", "Nghe An has about 7,300")
# A vague magnitude in a sentence of its own after the same figure, and the French one moved to another order.
EN_MAGNITUDE = Edit("en", "for 21 people.", "for 21 people. Thousands of families took part.")
FR_MAGNITUDE = Edit("fr", "pour 21 personnes.", "pour 21 personnes. Des milliers de familles y ont participé.")
FR_MAGNITUDE_CHANGED = Edit("fr", "pour 21 personnes.", "pour 21 personnes. Des centaines de familles y ont participé.")
