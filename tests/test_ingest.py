"""Ingest: decoding, normalisation and block classification."""

from __future__ import annotations

import codecs

import pytest

from pipeline.errors import InputError
from pipeline.ingest import MAX_LINE_CHARS, decode, parse_blocks, read_document
from pipeline.model import BlockKind, Lang
from tests.helpers import SEED_EN, SEED_FR

DECODE_CASES = [
    pytest.param(b"7,300 addicts", "7,300 addicts", "utf-8", id="utf8-plain"),
    pytest.param(codecs.BOM_UTF8 + b"7 300", "7 300", "utf-8", id="utf8-bom-stripped"),
    pytest.param(codecs.BOM_UTF16_LE + "78,3 %".encode("utf-16-le"), "78,3 %", "utf-16-le", id="utf16-le-bom"),
    pytest.param(codecs.BOM_UTF16_BE + "22 janvier".encode("utf-16-be"), "22 janvier", "utf-16-be", id="utf16-be-bom"),
    pytest.param(b"a\r\nb\rc", "a\nb\nc", "utf-8", id="line-endings-unified"),
    pytest.param("Nghe\u0323 An".encode(), "Nghẹ An", "utf-8", id="nfc-composes"),
]


@pytest.mark.parametrize(("data", "text", "encoding"), DECODE_CASES)
def test_decode(data: bytes, text: str, encoding: str) -> None:
    assert decode(data, "x.txt") == (text, encoding)


DECODE_ERRORS = [
    pytest.param(b"caf\xe9 7 300", "not UTF-8 or UTF-16 with a BOM (byte 0xe9 at offset 3)", id="latin1"),
    pytest.param(b"\x00\x01\x02\x03abc", "binary file", id="binary-nul"),
    pytest.param(b"", "is empty", id="empty"),
    pytest.param(b" \n\n\t\n", "is empty", id="whitespace-only"),
    pytest.param(b"a" * (MAX_LINE_CHARS + 1), "split the article into one paragraph per line", id="huge-line"),
]


@pytest.mark.parametrize(("data", "needle"), DECODE_ERRORS)
def test_decode_rejects(data: bytes, needle: str) -> None:
    with pytest.raises(InputError) as info:
        decode(data, "corpora/x/fr.txt")
    message = str(info.value)
    assert message.startswith("corpora/x/fr.txt: ")
    assert needle in message
    assert "\n" not in message


def test_missing_file_is_input_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InputError, match="no such file"):
        read_document(tmp_path / "nope.txt", Lang.EN)


def _kinds(path, lang):  # type: ignore[no-untyped-def]
    return [(b.kind, b.text) for b in read_document(path, lang).blocks]


def test_seed_english_blocks() -> None:
    kinds = _kinds(SEED_EN, Lang.EN)
    assert [k for k, _ in kinds] == [
        BlockKind.TITLE, BlockKind.DATELINE, BlockKind.LEDE, BlockKind.BODY,
        BlockKind.CAPTION, BlockKind.CAPTION,
        BlockKind.BODY, BlockKind.BODY, BlockKind.BODY,
        BlockKind.CAPTION, BlockKind.CREDIT, BlockKind.CAPTION, BlockKind.CREDIT,
        BlockKind.BODY, BlockKind.BODY,
        BlockKind.CAPTION, BlockKind.CREDIT, BlockKind.CAPTION, BlockKind.CREDIT,
        BlockKind.BODY, BlockKind.BODY, BlockKind.BODY,
        BlockKind.BYLINE, BlockKind.BOILERPLATE,
    ]
    assert kinds[1][1] == "DNUM_CCZABZCABG 10:08"
    assert kinds[10][1] == "Ảnh: Hải Thượng"
    assert kinds[12][1] == "Photo: Hai Thuong."
    assert kinds[-2][1] == "Minh Quan"
    assert kinds[-1][1] == "RELATED NEWS"


def test_seed_french_blocks() -> None:
    kinds = _kinds(SEED_FR, Lang.FR)
    assert [k for k, _ in kinds] == [
        BlockKind.TITLE, BlockKind.LEDE, BlockKind.BODY,
        BlockKind.BOILERPLATE, BlockKind.CAPTION,
        BlockKind.BODY, BlockKind.BODY, BlockKind.BODY,
        BlockKind.BOILERPLATE, BlockKind.CAPTION, BlockKind.CREDIT,
        BlockKind.BODY, BlockKind.BODY,
        BlockKind.BOILERPLATE, BlockKind.CAPTION, BlockKind.CREDIT,
        BlockKind.BODY, BlockKind.BODY, BlockKind.BODY,
        BlockKind.BYLINE,
    ]
    # Table-cell pipes are markup, not caption text.
    assert kinds[4][1] == "Aperçu de la conférence."
    assert kinds[10][1] == "Photo : Hai Thuong."


BLOCK_CASES = [
    pytest.param("Title here\n\nBody one. More.\n\nBody two.", [BlockKind.TITLE, BlockKind.LEDE, BlockKind.BODY],
                 id="title-lede-body"),
    pytest.param("Title\n\nHANOI_ABCDEF 09:15\n\nBody.\n\nBody.", [BlockKind.TITLE, BlockKind.DATELINE,
                 BlockKind.LEDE, BlockKind.BODY], id="dateline-placeholder"),
    pytest.param("Title\n\nBody.\n\nBody.\n\nBy Jane Smith", [BlockKind.TITLE, BlockKind.LEDE, BlockKind.BODY,
                 BlockKind.BYLINE], id="byline-by"),
    pytest.param("Title\n\nBody.\n\nBody.\n\nRead more", [BlockKind.TITLE, BlockKind.LEDE, BlockKind.BODY,
                 BlockKind.BOILERPLATE], id="boilerplate-read-more"),
    pytest.param("Titre\nCorps un.\n![](x.jpg) |\nLégende de la photo. |\nCorps deux.",
                 [BlockKind.TITLE, BlockKind.LEDE, BlockKind.BOILERPLATE, BlockKind.CAPTION, BlockKind.BODY],
                 id="markdown-image-then-cell-caption"),
    pytest.param("Titre\nCorps un.\nUne vue du port. Photo : Jean Dupont. |\nCorps deux.",
                 [BlockKind.TITLE, BlockKind.LEDE, BlockKind.CAPTION, BlockKind.CREDIT, BlockKind.BODY],
                 id="caption-with-credit-split"),
    pytest.param("Title\n\nBody one.\n\nPolice outside the court. (Photo: AP)\n\nBody two.",
                 [BlockKind.TITLE, BlockKind.LEDE, BlockKind.CAPTION, BlockKind.CREDIT, BlockKind.BODY],
                 id="caption-with-bracketed-credit"),
    pytest.param("Title\n\nBody one.\n\nPrices rose 5% (source: INSEE)\n\nBody two.",
                 [BlockKind.TITLE, BlockKind.LEDE, BlockKind.BODY, BlockKind.BODY],
                 id="bracketed-source-ends-a-body-line"),
    pytest.param("Title\n\nBody one.\n\nBy Jonathan Smith and Maria Lopez\n\nBody two.",
                 [BlockKind.TITLE, BlockKind.LEDE, BlockKind.BYLINE, BlockKind.BODY], id="byline-mid-article"),
    pytest.param("Title\n\nBody one.\n\nBy contrast, prices fell.\n\nBody two.",
                 [BlockKind.TITLE, BlockKind.LEDE, BlockKind.BODY, BlockKind.BODY], id="by-contrast-is-body"),
]


@pytest.mark.parametrize(("text", "kinds"), BLOCK_CASES)
def test_block_kinds(text: str, kinds: list[BlockKind]) -> None:
    assert [b.kind for b in parse_blocks(text, Lang.EN)] == kinds


def test_bracketed_credit_is_split_from_its_caption() -> None:
    blocks = parse_blocks("Corps un.\n\nDes policiers devant le tribunal. (Photo : AP)\n\nCorps deux.", Lang.FR)
    assert [(b.kind, b.text) for b in blocks[1:3]] == [
        (BlockKind.CAPTION, "Des policiers devant le tribunal."),
        (BlockKind.CREDIT, "(Photo : AP)"),
    ]


def test_french_byline_with_several_names() -> None:
    blocks = parse_blocks("Corps un.\n\nPar Jean-Pierre Dupont, Marie Lefèvre et Paul Roux\n\nCorps deux.", Lang.FR)
    assert [b.kind for b in blocks] == [BlockKind.LEDE, BlockKind.BYLINE, BlockKind.BODY]


@pytest.mark.parametrize("path,lang", [(SEED_EN, Lang.EN), (SEED_FR, Lang.FR)])
def test_blocks_cover_every_visible_character(path, lang) -> None:  # type: ignore[no-untyped-def]
    """Nothing is dropped: outside the blocks there is only white space and table-cell pipes."""
    document = read_document(path, lang)
    covered = [False] * len(document.text)
    for block in document.blocks:
        assert document.text[block.start:block.end] == block.text
        for i in range(block.start, block.end):
            assert not covered[i], "blocks overlap"
            covered[i] = True
    leftover = {ch for ch, c in zip(document.text, covered, strict=False) if not c}
    assert leftover <= {" ", "\n", "|", "-"}
