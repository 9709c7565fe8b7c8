"""Translators' files (TMX, XLIFF 1.2 / 2.0): languages, inline markup, ids, hostile XML, and check-pairs on them."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.errors import InputError
from pipeline.model import Lang
from pipeline.tm import SegmentPair, inline_text, language, parse_segment_pairs, read_segment_pairs, sniff_format
from tests.helpers import ROOT, validate

TM = ROOT / "tests" / "data" / "tm"

LANGUAGE_CASES = [
    pytest.param("en", Lang.EN, id="en"),
    pytest.param("en-US", Lang.EN, id="en-US"),
    pytest.param("EN-GB", Lang.EN, id="EN-GB-upper"),
    pytest.param("en_us", Lang.EN, id="underscore"),
    pytest.param(" fr-FR ", Lang.FR, id="fr-FR-padded"),
    pytest.param("fr-CA", Lang.FR, id="fr-CA"),
    pytest.param("FR", Lang.FR, id="FR-upper"),
    pytest.param("eng", Lang.EN, id="iso639-2-eng"),
    pytest.param("fre", Lang.FR, id="iso639-2-fre"),
    pytest.param("fra", Lang.FR, id="iso639-2-fra"),
    pytest.param("de-DE", None, id="rejects-german"),
    pytest.param("english", None, id="rejects-a-name"),
    pytest.param("enm", None, id="rejects-middle-english"),
    pytest.param("", None, id="rejects-empty"),
    pytest.param(None, None, id="rejects-missing"),
]


@pytest.mark.parametrize(("code", "expected"), LANGUAGE_CASES)
def test_language(code: str | None, expected: Lang | None) -> None:
    assert language(code) is expected


SNIFF_CASES = [
    pytest.param("a.jsonl", b'{"id": 1, "en": "1", "fr": "1"}\n', "jsonl", id="jsonl"),
    pytest.param("-", b'{"id": 1}\n', "jsonl", id="stdin-jsonl"),
    pytest.param("a.txt", b"<?xml version='1.0'?>\n<!-- c -->\n<tmx version='1.4'>", "tmx", id="tmx-by-content"),
    pytest.param("-", b"\xef\xbb\xbf<xliff version='1.2'>", "xliff", id="stdin-xliff-utf8-bom"),
    pytest.param("a", "<?xml version='1.0' encoding='UTF-16'?><tmx>".encode("utf-16"), "tmx", id="utf16-bom"),
    pytest.param("a.XLF", b"<x:xliff xmlns:x='urn:oasis:names:tc:xliff:document:2.0'>", "xliff", id="prefixed"),
    pytest.param("a.tmx", b"  \n<tmx version='1.4'/>", "tmx", id="tmx-extension"),
    pytest.param("a.tmx", b"<xliff version='1.2'/>", "xliff", id="root-wins-over-extension"),
    pytest.param("a.xliff", b'{"id": 1}', "is not XML, but its extension says XLIFF", id="rejects-json-named-xliff"),
    pytest.param("a.xml", b"<html><body/></html>", "neither TMX nor XLIFF", id="rejects-other-xml"),
]


@pytest.mark.parametrize(("name", "data", "expected"), SNIFF_CASES)
def test_sniff_format(name: str, data: bytes, expected: str) -> None:
    if expected in ("jsonl", "tmx", "xliff"):
        assert sniff_format(name, data) == expected
    else:
        with pytest.raises(InputError, match=expected):
            sniff_format(name, data)


def _segment(inner: str) -> str:
    data = f'<seg xmlns:x="urn:oasis:names:tc:xliff:document:2.0">{inner}</seg>'.encode()
    from defusedxml.ElementTree import fromstring

    return inline_text(fromstring(data))


INLINE_CASES = [
    pytest.param("plain 7,300", "plain 7,300", id="plain"),
    pytest.param('<bpt i="1">&lt;b&gt;</bpt>306<ept i="1">&lt;/b&gt;</ept> people', "306 people", id="tmx-bpt-ept"),
    pytest.param('a<ph x="1">&lt;br/&gt;</ph> b', "a b", id="ph-native-code-dropped"),
    pytest.param('a <it pos="begin">&lt;i&gt;</it>b', "a b", id="it-dropped"),
    pytest.param("a <ut>{\\b}</ut>b", "a b", id="ut-dropped"),
    pytest.param('<hi type="b">78.3%</hi> rate', "78.3% rate", id="hi-kept"),
    pytest.param('<bpt i="1">&lt;a title="<sub>page 12</sub>"&gt;</bpt>2 reports', "2 reports", id="sub-dropped"),
    pytest.param('<g id="1">78,3 %</g> en 2015', "78,3 % en 2015", id="xliff1-g-kept"),
    pytest.param('a<x id="1"/> b', "a b", id="xliff1-x-empty"),
    pytest.param('<bx id="3"/>306<ex id="3"/>', "306", id="xliff1-bx-ex"),
    pytest.param('<mrk mtype="term">60</mrk> femmes', "60 femmes", id="mrk-kept"),
    pytest.param('<x:pc id="1">January <x:mrk id="m">22</x:mrk></x:pc>.', "January 22.", id="xliff2-pc-nested-mrk"),
    pytest.param('<x:sc id="3"/>10<x:ec startRef="3"/>', "10", id="xliff2-sc-ec"),
    pytest.param('<x:sm id="m"/>10<x:em startRef="m"/>', "10", id="xliff2-sm-em"),
    pytest.param('7<x:cp hex="202F"/>300', "7\u202f300", id="xliff2-cp-code-point"),
    pytest.param('7<x:cp hex="zz"/>300', "7300", id="xliff2-cp-invalid-dropped"),
    pytest.param("<unknown>kept</unknown> tail", "kept tail", id="unknown-element-text-kept"),
    pytest.param("e\u0301t\u00e9", "\u00e9t\u00e9", id="nfc"),
]


@pytest.mark.parametrize(("inner", "expected"), INLINE_CASES)
def test_inline_markup(inner: str, expected: str) -> None:
    assert _segment(inner) == expected


def test_tmx() -> None:
    assert read_segment_pairs(TM / "memory.tmx") == (
        SegmentPair("tu-agree", "The centre treated 306 people in 2015.", "Le centre a traité 306 personnes en 2015."),
        SegmentPair("tu-differs", "The rate was 78.3% last year.", "Le taux était de 87,3 % l'an dernier."),
        SegmentPair(3, "Nearly 7,300 drug addicts are followed.", "Près de 7 300 toxicomanes sont suivis."),
        SegmentPair("tu-sub", "See the 2 reports.", "Voir les 2 rapports."),
    )  # the en/de unit is skipped; a unit without tuid is named by its position


def test_xliff12_english_as_target() -> None:
    assert read_segment_pairs(TM / "fr-to-en.xlf") == (
        SegmentPair("p1", "The rate was 87.3% in 2015.", "Le taux était de 78,3 % en 2015."),
        SegmentPair("p2", "There were 306 people, of whom 60 women.", "Il y avait 306 personnes, dont 60 femmes."),
    )  # alt-trans ignored; untranslated and empty targets skipped


def test_xliff20_segments() -> None:
    assert read_segment_pairs(TM / "en-to-fr.xlf") == (
        SegmentPair("u1:s1", "On January 22, nearly 7,300 addicts were counted.",
                    "Le 22 janvier, près de 7 300 toxicomanes ont été recensés."),
        SegmentPair("u1:s2", "It had 10 rooms\u00a0only.", "Il avait 12 salles\u00a0seulement."),
        SegmentPair("u2", "The Center I opened in 2008.", "Le Center I a ouvert en 2008."),
    )


def _xliff1(units: str, source: str = 'source-language="en"', target: str = 'target-language="fr"') -> bytes:
    return (f'<xliff version="1.2"><file original="a" {source} {target}><body>{units}</body></file></xliff>').encode()


PARSE_CASES = [
    pytest.param(
        _xliff1('<trans-unit id="1"><source>5 cats</source><target>5 chats</target></trans-unit>'),
        (SegmentPair("1", "5 cats", "5 chats"),),
        id="xliff1-without-namespace",
    ),
    pytest.param(
        _xliff1('<trans-unit><source>5 cats</source><target>5 chats</target></trans-unit>', target=""),
        (SegmentPair(1, "5 cats", "5 chats"),),
        id="xliff1-no-target-language-no-id",
    ),
    pytest.param(
        b'<xliff version="1.2"><file original="a.html" source-language="en" target-language="fr"><body>'
        b'<trans-unit id="1"><source>1</source><target>1</target></trans-unit></body></file>'
        b'<file original="b.html" source-language="en" target-language="fr"><body>'
        b'<trans-unit id="1"><source>2</source><target>2</target></trans-unit></body></file></xliff>',
        (SegmentPair("a.html#1", "1", "1"), SegmentPair("b.html#1", "2", "2")),
        id="xliff1-two-files-prefix-ids",
    ),
    pytest.param(
        '<?xml version="1.0" encoding="UTF-16"?><tmx version="1.4"><body><tu tuid="é">'
        '<tuv lang="EN"><seg>3 dogs</seg></tuv><tuv xml:lang="fr"><seg>3 chiens</seg></tuv></tu></body></tmx>'
        .encode("utf-16"),
        (SegmentPair("é", "3 dogs", "3 chiens"),),
        id="tmx-utf16-and-tmx11-lang",
    ),
    pytest.param(
        b'<tmx version="1.4"><body><tu><tuv xml:lang="en"><seg>1</seg></tuv><tuv xml:lang="en-GB"><seg>2</seg>'
        b'</tuv><tuv xml:lang="fr"><seg>1</seg></tuv></tu></body></tmx>',
        (SegmentPair(1, "1", "1"),),
        id="tmx-first-variant-wins",
    ),
]


@pytest.mark.parametrize(("data", "expected"), PARSE_CASES)
def test_parse(data: bytes, expected: tuple[SegmentPair, ...]) -> None:
    assert parse_segment_pairs(data, "in.xlf") == expected


BAD_CASES = [
    pytest.param(b"<tmx><body><tu><tuv xml:lang='en'><seg>1</tuv></tu></body></tmx>", "not well-formed XML",
                 id="malformed"),
    pytest.param(b"<tmx version='1.4'><header/></tmx>", "TMX without a <body>", id="tmx-no-body"),
    pytest.param(b"<tmx><body><tu tuid='7'><tuv><seg>1</seg></tuv></tu></body></tmx>",
                 "<tu> 7 has a <tuv> without xml:lang", id="tmx-tuv-without-lang"),
    pytest.param(b"<tmx><body><tu><tuv xml:lang='en'><seg>1</seg></tuv><tuv xml:lang='de'><seg>1</seg></tuv>"
                 b"</tu></body></tmx>", "no unit with both an English and a French text", id="tmx-no-french"),
    pytest.param(_xliff1("", target='target-language="de"'), 'from "en" to "de"', id="xliff-english-german"),
    pytest.param(_xliff1("", source='source-language="fr"', target='target-language="fr-CA"'),
                 'from "fr" to "fr-CA"', id="xliff-french-french"),
    pytest.param(_xliff1("", source=""), "without a source language", id="xliff-no-source-language"),
    pytest.param(b'<xliff version="3.0"/>', 'XLIFF version "3.0"', id="xliff-version-3"),
    pytest.param(_xliff1("<trans-unit id='1'><source>1</source></trans-unit>"),
                 "no unit with both", id="xliff-nothing-translated"),
    pytest.param((TM / "billion-laughs.tmx").read_bytes(), r"declares XML entities \(lol\)", id="billion-laughs"),
    pytest.param((TM / "external-entity.xlf").read_bytes(), r"declares XML entities \(secret\)",
                 id="external-entity"),
    pytest.param(b'<!DOCTYPE tmx [<!ENTITY % p SYSTEM "http://192.0.2.1/x.dtd"> %p;]><tmx/>',
                 r"declares XML entities \(p\)", id="external-parameter-entity"),
]


@pytest.mark.parametrize(("data", "message"), BAD_CASES)
def test_bad_files(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message) as info:
        parse_segment_pairs(data, "in.tmx")
    assert str(info.value).startswith("in.tmx: ") and "\n" not in str(info.value)


def test_external_dtd_is_not_fetched(tmp_path: Path) -> None:
    """A DOCTYPE naming an external DTD is allowed (TMX files carry one) but never read, nor fetched."""
    secret = tmp_path / "secret.dtd"
    secret.write_text('<!ENTITY leak "SECRET">', encoding="utf-8")
    body = '<body><tu><tuv xml:lang="en"><seg>1 &leak;</seg></tuv><tuv xml:lang="fr"><seg>1</seg></tuv></tu></body>'
    with pytest.raises(InputError, match="undefined entity") as info:
        parse_segment_pairs(f'<!DOCTYPE tmx SYSTEM "{secret.as_uri()}"><tmx>{body}</tmx>'.encode(), "in.tmx")
    assert "SECRET" not in str(info.value)
    plain = body.replace(" &leak;", "")
    assert parse_segment_pairs(f'<!DOCTYPE tmx SYSTEM "http://192.0.2.1/tmx14.dtd"><tmx>{plain}</tmx>'.encode(),
                               "in.tmx") == (SegmentPair(1, "1", "1"),)


def test_read_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_segment_pairs(tmp_path / "nope.tmx")


# --- the command ---------------------------------------------------------------------------------------------


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, list[dict[str, object]], str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    lines = [json.loads(line) for line in captured.out.splitlines()]
    for line in lines:
        validate("check-pairs-line", line)
    return status, lines, captured.err


CLI_CASES = [
    pytest.param("memory.tmx", 1, {"tu-differs": ["PF101"]}, ["tu-agree", "tu-differs", 3, "tu-sub"], id="tmx"),
    pytest.param("fr-to-en.xlf", 1, {"p1": ["PF101"]}, ["p1", "p2"], id="xliff12"),
    pytest.param("en-to-fr.xlf", 1, {"u1:s2": ["PF101"]}, ["u1:s1", "u1:s2", "u2"], id="xliff20"),
]


@pytest.mark.parametrize(("name", "status", "codes", "ids"), CLI_CASES)
def test_check_pairs_reads_translators_files(
    capsys: pytest.CaptureFixture[str], name: str, status: int, codes: dict[str, list[str]], ids: list[object]
) -> None:
    got, lines, err = _run(capsys, "check-pairs", str(TM / name))
    assert (got, err) == (status, "")
    assert [line["id"] for line in lines] == ids
    found = {line["id"]: [f["code"] for f in line["findings"]] for line in lines if line["findings"]}  # type: ignore[attr-defined]
    assert found == codes


def test_check_pairs_spans_are_in_the_segment_text(capsys: pytest.CaptureFixture[str]) -> None:
    _, lines, _ = _run(capsys, "check-pairs", str(TM / "memory.tmx"))
    finding = lines[1]["findings"][0]  # type: ignore[index]
    assert (finding["en"]["text"], finding["fr"]["text"]) == ("78.3%", "87,3 %")
    assert "The rate was 78.3% last year."[finding["en"]["start"]:finding["en"]["end"]] == "78.3%"


def test_check_pairs_sniffs_standard_input(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    data = (TM / "fr-to-en.xlf").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    status, lines, _ = _run(capsys, "check-pairs", "-")
    assert status == 1 and [line["id"] for line in lines] == ["p1", "p2"]


@pytest.mark.parametrize("name", ["billion-laughs.tmx", "external-entity.xlf"])
def test_check_pairs_hostile_file_is_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str) -> None:
    target = tmp_path / "out.jsonl"
    status = main(["check-pairs", str(TM / name), "-o", str(target)])
    captured = capsys.readouterr()
    assert (status, captured.out) == (2, "")
    assert captured.err.startswith(f"parafacts: error: {TM / name}: declares XML entities")
    assert captured.err.count("\n") == 1
    assert not target.exists() and list(tmp_path.iterdir()) == []
