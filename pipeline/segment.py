"""Sentences: spaCy tokenizers plus boundary rules, one block at a time (a sentence never crosses a block).

English uses ``spacy.blank("en")``, whose tokenizer already keeps ``Mr.``, ``Jan.`` and ``U.S.`` whole. French uses
spaCy's language-neutral tokenizer (``spacy.blank("xx")``) and the abbreviation list in ``lang/abbreviations``:
importing ``spacy.lang.fr`` costs about 3.5 s (it compiles its hyphenated-word exceptions), more than the whole
start-up budget, and those exceptions do not move sentence boundaries.

Titles, datelines, credits, bylines and boilerplate are one sentence each. In running text a boundary falls after
``.``, ``!``, ``?`` or ``…`` (with any closing quotes or brackets that follow) when the next word starts with a
capital, a digit, an opening quote or a dash. A full stop that ends a word (``Mr.``, ``Inc.``, ``U.S.``, ``kW.``)
is an abbreviation's when ``lang/abbreviations`` says so for the word that follows: never a boundary after a title
(``Mr.``, ``M.``, ``Dr.``); after a number prefix (``No.``, ``art.``, ``p.``) only when no number follows; after
another abbreviation, an initial (``J. K. Rowling``) or a dotted acronym (``U.S.``, ``a.m.``) only when a
sentence-starting word follows (``… in the U.S. The …``). Decimal commas and points sit inside number tokens and
never split.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

import regex

from .ingest import LETTER_OR_DIGIT
from .lang import abbreviations
from .model import Block, BlockKind, Document, Lang, Sentence

SEGMENT_VERSION = "4"

_TERMINAL_CHARS = frozenset(".!?…")
_CLOSERS = frozenset("\"'”’»)]}")
_UNAMBIGUOUS_CLOSERS = frozenset("”»")
_OPENERS = frozenset("\"'“‘«([¿¡-–—•`")
_QUOTES = frozenset("\"'“‘«`")
_ROMAN_LETTERS = frozenset("IVX")
_ROMAN = regex.compile(r"[IVXLC]+")
_ACRONYM = regex.compile(r"(?:\p{L}{1,2}[.-]+)+\p{L}{1,2}")  # U.S, a.m, J.-P, Ph.D (without the final dot)
_ELISION = regex.compile(r"^\p{L}{1,3}['’]")
_INITIAL_TOKEN = regex.compile(r"\p{Lu}\.")
# Kinds split into sentences; the others (title, dateline, credit, byline, boilerplate) are one unit each.
_RUNNING_TEXT = frozenset({BlockKind.LEDE, BlockKind.BODY, BlockKind.CAPTION})


@cache
def _tokenizer(lang: Lang) -> Any:
    import spacy

    return spacy.blank("en" if lang is Lang.EN else "xx").tokenizer


def _is_terminal(token: str) -> bool:
    return bool(token) and all(ch in _TERMINAL_CHARS for ch in token)


def _starts_sentence(token: str) -> bool:
    first = token[0]
    return first.isupper() or first.isdigit() or first in _OPENERS


def _is_initial(word: str) -> bool:
    return len(word) == 1 and word.isupper() and word not in _ROMAN_LETTERS


def _is_starter(token: str, lang: Lang) -> bool:
    """Does ``token`` begin a sentence after an abbreviation that may end one (``Inc. The …``)?"""
    if token[0] in _QUOTES:
        return True
    starters = abbreviations.SENTENCE_STARTERS[lang.value]
    elided = _ELISION.match(token)
    return token in starters or (elided is not None and elided.group(0).replace("’", "'") in starters)


def _abbreviation_holds(word: str, following: str, lang: Lang) -> bool:
    """Is a full stop right after ``word`` part of an abbreviation or initial, given the token that follows it?"""
    code = lang.value
    elided = _ELISION.match(word)
    if elided is not None and len(word) > elided.end():
        word = word[elided.end():]  # l'U.S. -> U.S.
    if abbreviations.matches(word, abbreviations.TITLES[code]):
        return True
    if _INITIAL_TOKEN.fullmatch(following) and len(word) <= 2 and word[:1].isupper():
        return True  # a run of initials: I. P. Pavlova, Zs. B.
    if _is_initial(word) or _ACRONYM.fullmatch(word) or abbreviations.matches(word, abbreviations.OTHER[code]):
        return not _is_starter(following, lang)
    if abbreviations.matches(word, abbreviations.NUMBER_PREFIXES[code]):
        return following[0].isdigit() or _ROMAN.fullmatch(following) is not None
    return False


def _stop_word(tokens: Sequence[Any], i: int) -> str | None:
    """The word a full stop at ``tokens[i]`` ends (``Mr`` for ``Mr`` + ``.`` or for ``Mr.``), if it ends one."""
    text = tokens[i].text
    if text == "." and i > 0 and not tokens[i - 1].whitespace_:
        return str(tokens[i - 1].text)
    if len(text) > 1 and text.endswith(".") and not _is_terminal(text):
        return str(text[:-1])
    return None


# A stop that could end a sentence inside a block: any ``.!?…`` except one inside a number (``7.300``, ``78.3``)
# or glued to a lower-case letter (``Baonghean.vn``); the run of stops and closers that ends the block is not
# "inside". A block with none is one sentence, and needs no tokenizer (most captions and many paragraphs).
_STOP_INSIDE = regex.compile(r"[.!?…](?![\p{Ll}\d])|(?<!\d)[.!?…](?=\d)")
_TRAILING = regex.compile(r"[.!?…\"'”’»)\]}\s]*$")


def _may_split(text: str) -> bool:
    tail = _TRAILING.search(text)
    limit = tail.start() if tail is not None else len(text)
    return any(m.start() < limit for m in _STOP_INSIDE.finditer(text, 0, limit))


def split_block(block: Block, lang: Lang) -> list[tuple[int, int]]:
    """Sentence spans of one block, as offsets into the document text."""
    if block.kind not in _RUNNING_TEXT:
        return [(block.start, block.end)]
    if not _may_split(block.text):
        start = len(block.text) - len(block.text.lstrip())
        end = len(block.text.rstrip())
        return [(block.start + start, block.start + end)] if end > start else []
    doc = _tokenizer(lang)(block.text)
    tokens = [t for t in doc if not t.is_space]
    spans: list[tuple[int, int]] = []
    if not tokens:
        return spans
    begin = 0
    i = 0
    while i < len(tokens):
        text = tokens[i].text
        word = _stop_word(tokens, i)
        if _is_terminal(text) or word is not None:
            j = i + 1
            # Closing quotes and brackets belong to the sentence they close. French sets a space before
            # a closing guillemet; a straight quote after a space opens the next sentence instead.
            while j < len(tokens) and (
                tokens[j].text in _UNAMBIGUOUS_CLOSERS
                or (not tokens[j - 1].whitespace_ and (tokens[j].text in _CLOSERS or _is_terminal(tokens[j].text)))
            ):
                j += 1
            if (
                j < len(tokens)
                and _starts_sentence(tokens[j].text)
                and not (word is not None and j == i + 1 and _abbreviation_holds(word, tokens[j].text, lang))
            ):
                spans.append((tokens[begin].idx, tokens[j - 1].idx + len(tokens[j - 1].text)))
                begin = j
                i = j
                continue
            i = j
            continue
        i += 1
    spans.append((tokens[begin].idx, tokens[-1].idx + len(tokens[-1].text)))
    return [(block.start + s, block.start + e) for s, e in _attach_marks(block.text, spans)]


def _attach_marks(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans with no letter or digit (a stray ``".`` after ``(...)``, a lone ``.``) joined to the sentence before
    them, or to the one after when they come first: punctuation alone is never a sentence."""
    out: list[tuple[int, int]] = []
    pending: int | None = None
    for start, end in spans:
        if not LETTER_OR_DIGIT.search(text, start, end):
            if out:
                out[-1] = (out[-1][0], end)
            elif pending is None:
                pending = start
            continue
        out.append((start if pending is None else pending, end))
        pending = None
    if pending is not None:
        out.append((pending, spans[-1][1]))
    return out


def split_sentences(document: Document) -> tuple[Sentence, ...]:
    """Every sentence of the document's alignable blocks (all but source-language ones), in order."""
    sentences: list[Sentence] = []
    for block in document.blocks:
        if block.lang is Lang.VI:
            continue
        for start, end in split_block(block, document.lang):
            sentences.append(
                Sentence(
                    index=len(sentences),
                    block=block.index,
                    kind=block.kind,
                    start=start,
                    end=end,
                    text=document.text[start:end],
                )
            )
    return tuple(sentences)
