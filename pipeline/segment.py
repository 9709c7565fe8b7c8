"""Sentences: spaCy tokenizers plus boundary rules, one block at a time (a sentence never crosses a block).

English uses ``spacy.blank("en")``, whose tokenizer already keeps ``Mr.``, ``Jan.`` and ``U.S.`` whole. French uses
spaCy's language-neutral tokenizer (``spacy.blank("xx")``) and the abbreviation list in ``lang/abbreviations``:
importing ``spacy.lang.fr`` costs about 3.5 s (it compiles its hyphenated-word exceptions), more than the whole
start-up budget, and those exceptions do not move sentence boundaries.

Titles, datelines, credits, bylines and boilerplate are one sentence each. In running text a boundary falls after ``.``, ``!``, ``?`` or ``…`` (with any closing quotes or brackets that follow) when the
next word starts with a capital, a digit, an opening quote or a dash, unless the stop ends an abbreviation
(``No.``, ``M.``, ``Dr.``) or an initial (``J. K. Rowling``). Decimal commas and points sit inside number tokens
and never split.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

from .lang import abbreviations
from .model import Block, BlockKind, Document, Lang, Sentence

SEGMENT_VERSION = "1"

_TERMINAL_CHARS = frozenset(".!?…")
_CLOSERS = frozenset("\"'”’»)]}")
_UNAMBIGUOUS_CLOSERS = frozenset("”»")
_OPENERS = frozenset("\"'“‘«([¿¡-–—•")
_ROMAN_LETTERS = frozenset("IVX")
# Kinds split into sentences; the others (title, dateline, credit, byline, boilerplate) are one unit each.
_RUNNING_TEXT = frozenset({BlockKind.LEDE, BlockKind.BODY, BlockKind.CAPTION})


@cache
def _tokenizer(lang: Lang) -> Any:
    import spacy

    return spacy.blank("en" if lang is Lang.EN else "xx").tokenizer


def _abbreviations(lang: Lang) -> frozenset[str]:
    return abbreviations.FR if lang is Lang.FR else abbreviations.EN


def _is_terminal(token: str) -> bool:
    return bool(token) and all(ch in _TERMINAL_CHARS for ch in token)


def _starts_sentence(token: str) -> bool:
    first = token[0]
    return first.isupper() or first.isdigit() or first in _OPENERS


def _is_abbreviation(tokens: Sequence[Any], i: int, lang: Lang) -> bool:
    """Is the full stop at ``tokens[i]`` the end of an abbreviation or an initial?"""
    if tokens[i].text != "." or i == 0:
        return False
    prev = tokens[i - 1]
    if prev.whitespace_:
        return False
    word = prev.text
    if word.lower() in _abbreviations(lang):
        return True
    if len(word) == 1 and word.isupper() and word not in _ROMAN_LETTERS:
        return True
    # Initials run together as one token: "J.K." is kept whole by the tokenizer; "U.S" + "." is not.
    return "." in word and all(part.isalpha() and len(part) <= 2 for part in word.split(".") if part)


def split_block(block: Block, lang: Lang) -> list[tuple[int, int]]:
    """Sentence spans of one block, as offsets into the document text."""
    if block.kind not in _RUNNING_TEXT:
        return [(block.start, block.end)]
    doc = _tokenizer(lang)(block.text)
    tokens = [t for t in doc if not t.is_space]
    spans: list[tuple[int, int]] = []
    if not tokens:
        return spans
    begin = 0
    i = 0
    while i < len(tokens):
        text = tokens[i].text
        if _is_terminal(text) and not _is_abbreviation(tokens, i, lang):
            j = i + 1
            # Closing quotes and brackets belong to the sentence they close. French sets a space before
            # a closing guillemet; a straight quote after a space opens the next sentence instead.
            while j < len(tokens) and (
                tokens[j].text in _UNAMBIGUOUS_CLOSERS
                or (not tokens[j - 1].whitespace_ and (tokens[j].text in _CLOSERS or _is_terminal(tokens[j].text)))
            ):
                j += 1
            if j < len(tokens) and _starts_sentence(tokens[j].text):
                spans.append((tokens[begin].idx, tokens[j - 1].idx + len(tokens[j - 1].text)))
                begin = j
                i = j
                continue
            i = j
            continue
        i += 1
    spans.append((tokens[begin].idx, tokens[-1].idx + len(tokens[-1].text)))
    return [(block.start + s, block.start + e) for s, e in spans]


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
