"""Language of blocks: cheap evidence first, seeded langdetect last."""

from __future__ import annotations

import pytest

import pipeline.langid as langid
from pipeline.ingest import read_document
from pipeline.langid import detect_language, dominant_language, label_blocks
from pipeline.model import Lang
from tests.helpers import SEED_EN, SEED_FR

CASES = [
    pytest.param("Toàn cảnh Hội nghị.", Lang.EN, Lang.VI, id="vi-letters"),
    pytest.param("Conference Overview.", Lang.EN, Lang.EN, id="short-falls-back-to-declared"),
    pytest.param("The number of people who have been treated is low.", Lang.FR, Lang.EN, id="en-stopwords"),
    pytest.param("Le nombre de personnes qui ont été traitées est faible.", Lang.EN, Lang.FR, id="fr-stopwords"),
    pytest.param("7 300 | 78,3 %", Lang.FR, Lang.FR, id="no-letters-declared"),
    pytest.param("Ein Bericht über die Behandlung von Drogenabhängigen wurde gestern veröffentlicht.",
                 Lang.EN, Lang.OTHER, id="german-via-langdetect"),
]


@pytest.mark.parametrize(("text", "declared", "expected"), CASES)
def test_detect_language(text: str, declared: Lang, expected: Lang) -> None:
    assert detect_language(text, declared) is expected


def test_langdetect_is_deterministic() -> None:
    text = "Ein Bericht über die Behandlung wurde gestern veröffentlicht, sagte sie."
    assert len({langid._langdetect(text) for _ in range(20)}) == 1


def test_seed_vietnamese_captions_are_linked_to_their_translations() -> None:
    document = label_blocks(read_document(SEED_EN, Lang.EN))
    links = {b.text: document.blocks[b.translates].text for b in document.blocks if b.translates is not None}
    assert links == {
        "Toàn cảnh Hội nghị.": "Conference Overview.",
        "Cán bộ Bệnh xá quân dân y Kỳ Sơn tư vấn điều trị Methadone cho người nghiện ma túy.":
            "Staff of Ky Son Military Medical Clinic provide Methadone treatment consultation for drug addicts.",
        "Ảnh: Hải Thượng": "Photo: Hai Thuong.",
        "Học viên cai nghiện học nghề mây tre đan tại Trung tâm GD-LĐXH 1 Nghệ An.":
            "Drug addicts learn rattan weaving at Nghe An Social Labor and Education Center 1.",
        "Ảnh: Trần Đức Thắng": "Photo: Tran Duc Thang.",
    }
    assert {b.lang for b in document.blocks if b.translates is None} == {Lang.EN}


def test_seed_needs_at_most_one_langdetect_call(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = langid._langdetect
    monkeypatch.setattr(langid, "_langdetect", lambda text: calls.append(text) or real(text))
    en = label_blocks(read_document(SEED_EN, Lang.EN))
    fr = label_blocks(read_document(SEED_FR, Lang.FR))
    assert len(calls) <= 1
    assert dominant_language(en) is Lang.EN
    assert dominant_language(fr) is Lang.FR
    assert {b.lang for b in fr.blocks} == {Lang.FR}
