"""Numerals as written -> exact values, and back.

``parse_number(surface, lang)`` reads one numeral: digits with the locale's separators or number words.

Digit conventions
-----------------
* English: ``,`` groups thousands (``7,300``; Indian ``12,34,567`` too), ``.`` is the decimal point. A space,
  no-break space (U+00A0), narrow no-break space (U+202F) or thin space also groups thousands (``40 000``). A comma
  followed by anything but exact three-digit groups is *not* a decimal comma: ``3,5`` is rejected by
  ``parse_number`` (and read as two numbers by the extractor), never 3.5.
* French: spaces of any kind and ``.`` group thousands (``7 300``, ``7\u202f300``, ``7.300``) when followed by
  exact three-digit groups; ``,`` is the decimal comma (``78,3``). A dot followed by anything but three-digit groups
  is read as a decimal point (``3.5``), the way machine translations often write it.
* Vietnamese and other languages: French conventions for digits; no number words.

Number words
------------
Cardinals (``twenty-one``, ``vingt et un``, ``soixante-dix``, ``quatre-vingt-dix-neuf``, ``two million``), digits
mixed with scale words (``1,5 milliard``, ``3 hundred and 21``), decimals read out (``two point five``), fractions
(``two thirds``, ``un tiers``, ``one and a half``), ordinals (``twenty-first``, ``vingt et unième``). Scale words:
English ``billion`` = 10^9; French ``milliard`` = 10^9 and ``billion`` = 10^12. English also reads ``milliard(s)``
(10^9), left untranslated in texts translated from French. A bare English ``hundred`` starts a number only before
a number word under a hundred or an ordinal (``hundred fifteen`` 115, ``the hundred millionth``); ``several hundred
thousand`` and ``the Hundred Days`` hold no figure (French ``cent`` alone is always one).

Digits followed by a number word
--------------------------------
* French ``cent``/``cents`` after a digit numeral is the currency subunit, not a hundred: ``39 cents``,
  ``18,4 cents``, ``1 cent`` end the number (the extractor makes them money, 0.39 USD…). Only a singular ``cent``
  after an integer above 1 multiplies (``322 cent`` = 32 200): the subunit would be plural there.
* French ``un mille`` is a mile, not 1000 (the number is ``mille`` alone).
* French ``milles`` is the unit mile, never a scale (the number ``mille`` is invariable): ``26,2 milles``.
* French ``un``/``une`` after a scale word of a million or more is not glued onto the figure when a word follows
  it: ``320 millions un an plus tôt`` is 320 000 000 ("un an" is "one year").
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation, localcontext
from fractions import Fraction
from functools import cache, lru_cache
from types import ModuleType
from typing import Final, Literal, NamedTuple

import regex

from pipeline.lang import en as _en
from pipeline.lang import fr as _fr
from pipeline.model import Lang

__all__ = ["format_number", "parse_number"]

SPACES: Final = "\u0020\u00a0\u202f\u2009"
_SP: Final = "[\u0020\u00a0\u202f\u2009]"
_SP_HARD: Final = "[\u00a0\u202f\u2009]"


# --------------------------------------------------------------------------------------------------------------
# Word folding and language data
# --------------------------------------------------------------------------------------------------------------


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first (so "square metre" is tried before "square")."""
    return "|".join(regex.escape(word) for word in sorted(set(words), key=lambda w: (-len(w), w)))


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Lower-case, strip accents (keep ``đ``), normalise apostrophes: the key used for every word lookup."""
    lowered = word.lower().replace("\u2019", "'").replace("\u02bc", "'")
    if lowered.isascii():
        return lowered
    decomposed = unicodedata.normalize("NFD", lowered)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@dataclass(frozen=True, slots=True)
class LangData:
    """The word tables of one language, gathered from ``pipeline.lang.<code>``."""

    lang: Lang
    units: dict[str, int]
    teens: dict[str, int]
    tens: dict[str, int]
    hundred: frozenset[str]
    scales: dict[str, int]
    plural_scales: frozenset[str]
    dozens: dict[str, int]
    and_words: frozenset[str]
    point_words: frozenset[str]
    minus_words: frozenset[str]
    margin_words: tuple[str, ...]  # the words before a minus word that make it a margin ("plus or minus 3")
    articles_one: frozenset[str]
    ordinals: dict[str, int]
    scale_ordinals: dict[str, int]
    not_denominators: frozenset[str]
    fraction_words: dict[str, int]
    half_words: frozenset[str]
    share_articles: frozenset[str]  # "le tiers des voix": a definite article before a bare fraction word ...
    share_of: frozenset[str]  # ... and "of" after it make a share
    not_shares: frozenset[str]  # ... unless this word follows ("le quart de finale" is a quarter-final)
    module: ModuleType


def _load(lang: Lang, module: ModuleType) -> LangData:
    return LangData(
        lang=lang,
        units=module.UNITS,
        teens=module.TEENS,
        tens=module.TENS,
        hundred=module.HUNDRED,
        scales=module.SCALES,
        plural_scales=module.PLURAL_SCALES,
        dozens=module.DOZENS,
        and_words=module.AND_WORDS,
        point_words=module.POINT_WORDS,
        minus_words=module.MINUS_WORDS,
        margin_words=module.MARGIN_WORDS,
        articles_one=module.ARTICLES_ONE,
        ordinals=module.ORDINALS,
        scale_ordinals=module.SCALE_ORDINALS,
        not_denominators=module.NOT_DENOMINATORS,
        fraction_words=module.FRACTION_WORDS,
        half_words=module.HALF_WORDS,
        share_articles=getattr(module, "SHARE_ARTICLES", frozenset()),
        share_of=getattr(module, "SHARE_OF", frozenset()),
        not_shares=getattr(module, "NOT_SHARES_AFTER", frozenset()),
        module=module,
    )


_DATA: Final[dict[Lang, LangData]] = {Lang.EN: _load(Lang.EN, _en), Lang.FR: _load(Lang.FR, _fr)}


def lang_data(lang: Lang) -> LangData | None:
    """Word tables for ``lang``; None for languages read digits-only (Vietnamese, other)."""
    return _DATA.get(lang)


@cache
def unit_words(lang: Lang) -> dict[str, str]:
    """The unit and currency names of ``lang`` spelled in words of three letters or more ("kilometres", "ans",
    "square metres", "dollars"; not "km" or "t", which without a figure before them would be a guess), folded ->
    unit symbol or currency code. Empty for languages read digits-only."""
    data = _DATA.get(lang)
    if data is None:
        return {}
    words = {**data.module.UNITS_OF_MEASURE, **data.module.CURRENCY_WORDS}
    return {fold(k): v for k, v in words.items() if len(k) >= 3 and all(part.isalpha() for part in k.split())}


# --------------------------------------------------------------------------------------------------------------
# Digits
# --------------------------------------------------------------------------------------------------------------

_EN_DIGITS: Final = (
    r"(?:\d{1,2}(?:,\d{2})+,\d{3}(?![\d])"  # Indian grouping 12,34,567
    r"|\d{1,3}(?:,\d{3})+(?![\d])"
    rf"|\d{{1,3}}(?:{_SP}\d{{3}})+(?![\d])"
    r"|\d+)(?:\.\d+)?"
    r"|\.\d+"
)
_FR_DIGITS: Final = (
    rf"(?:\d{{1,3}}(?:{_SP}\d{{3}})+(?![\d])"
    r"|\d{1,3}(?:\.\d{3})+(?![\d.])"
    r"|\d+\.\d+(?![\d])"
    r"|\d+)(?:,\d+)?"
    r"|,\d+"
)
DIGIT_PATTERNS: Final[dict[Lang, str]] = {Lang.EN: _EN_DIGITS, Lang.FR: _FR_DIGITS}
_FULL_DIGITS: Final[dict[Lang, regex.Pattern[str]]] = {
    lang: regex.compile(rf"[-\u2212]?(?:{pattern})") for lang, pattern in DIGIT_PATTERNS.items()
}


def digit_pattern(lang: Lang) -> str:
    """The regular expression (source) of one digit numeral in ``lang``'s conventions."""
    return DIGIT_PATTERNS[Lang.EN] if lang is Lang.EN else DIGIT_PATTERNS[Lang.FR]


def parse_digits(surface: str, lang: Lang) -> Decimal | None:
    """A digit numeral already known to match ``digit_pattern(lang)`` (an optional sign allowed) -> value."""
    locale = Lang.EN if lang is Lang.EN else Lang.FR
    if _FULL_DIGITS[locale].fullmatch(surface) is None:
        return None
    text = surface.replace("\u2212", "-")
    for space in SPACES:
        text = text.replace(space, "")
    if locale is Lang.EN:
        text = text.replace(",", "")
    else:
        if regex.fullmatch(r"-?\d{1,3}(?:\.\d{3})+(?:,\d+)?", text):
            text = text.replace(".", "")
        text = text.replace(",", ".")
    try:
        return Decimal(text)
    except InvalidOperation:  # pragma: no cover - the pattern guarantees a valid literal
        return None


def format_number(value: Decimal, lang: Lang) -> str:
    """``value`` written the way ``lang`` writes numbers: en ``1,234.56``; fr ``1 234,56`` (U+202F groups)."""
    if not value.is_finite():
        raise ValueError(f"cannot format {value!r}: only finite numbers have a written form")
    sign = "-" if value.is_signed() and value != 0 else ""
    plain = format(abs(value), "f")
    whole, _, fraction = plain.partition(".")
    separator, point = (",", ".") if lang is Lang.EN else ("\u202f", ",")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    text = separator.join(groups)
    if fraction:
        text += point + fraction
    return sign + text


# --------------------------------------------------------------------------------------------------------------
# Tokens and the number-word parser
# --------------------------------------------------------------------------------------------------------------

TokenKind = Literal["num", "word", "hyph", "other"]


class Token(NamedTuple):
    """One token of ``tokenize``. A named tuple rather than a dataclass: texts are tokenised whole, so
    construction cost matters."""

    kind: TokenKind
    start: int
    end: int
    text: str
    key: str  # folded word, or the digits as written
    value: Decimal | None = None  # for "num" tokens


@lru_cache(maxsize=8)
def _token_pattern(lang: Lang) -> regex.Pattern[str]:
    # Words first, as the most frequent: no two of the first three alternatives can start on the same character.
    return regex.compile(
        rf"(?P<word>[^\W\d_]+)|(?P<num>(?<![\d])(?:{digit_pattern(lang)}))|(?P<hyph>[-\u2010\u2011])|(?P<other>\S)"
    )


@lru_cache(maxsize=4096)
def _digits_value(surface: str, lang: Lang) -> Decimal | None:
    return parse_digits(surface, lang)


def tokenize(text: str, lang: Lang, start: int = 0, end: int | None = None) -> list[Token]:
    """Split ``text[start:end]`` into digit numerals, words, hyphens and other single characters."""
    tokens: list[Token] = []
    append = tokens.append
    find = text.find
    position = start
    # ``findall`` yields each token's text by kind; only whitespace lies between tokens (``\S`` takes any other
    # character), so a token starts at the first occurrence of its text after the previous token.
    for word, num, hyph, other in _token_pattern(lang).findall(text, start, len(text) if end is None else end):
        if word:
            first = find(word, position)
            position = first + len(word)
            append(Token("word", first, position, word, fold(word)))
        elif num:
            first = find(num, position)
            position = first + len(num)
            append(Token("num", first, position, num, num, _digits_value(num, lang)))
        elif hyph:
            first = find(hyph, position)
            position = first + 1
            append(Token("hyph", first, position, hyph, "-"))
        else:
            first = find(other, position)
            position = first + 1
            append(Token("other", first, position, other, other))
    return tokens


NumberKind = Literal["cardinal", "ordinal", "fraction"]


@dataclass(frozen=True, slots=True)
class NumberParse:
    """A number read from tokens ``[first, last)``; ``value`` exact as a Fraction."""

    kind: NumberKind
    value: Fraction
    first: int
    last: int
    scale: str | None = None
    words: bool = True  # contains at least one number word
    plural: bool = False  # for ordinals: written as a plural ("fifths"), i.e. a denominator
    one_ish: bool = False  # a lone "a"/"an"/"one"/"un"/"une"


def _gap_ok(text: str, left: Token, right: Token) -> bool:
    gap = text[left.end : right.start]
    return gap == "" or gap.isspace()


@dataclass(slots=True)
class _Cardinal:
    total: Fraction
    group: Fraction
    last: str | None
    last_scale: int | None
    scale_name: str | None
    end: int
    words: bool
    and_split: tuple[Fraction, int] | None  # (value before the last "and", scale in force before it)
    one_ish: bool
    ten_part: int  # the tens value of the current group (for French 70-99)


def _classify(token: Token, data: LangData) -> tuple[str, int]:
    key = token.key
    if token.kind == "num":
        return "digit", 0
    if token.kind == "hyph":
        return "hyph", 0
    if token.kind != "word":
        return "other", 0
    if key in data.units:
        return "unit", data.units[key]
    if key in data.teens:
        return "teen", data.teens[key]
    if key in data.tens:
        return "ten", data.tens[key]
    if key in data.hundred:
        return "hundred", 100
    if key in data.scales:
        return "scale", data.scales[key]
    if key in data.and_words:
        return "and", 0
    if key in data.articles_one:
        return "article", 1
    if key in data.dozens:
        return "dozen", 12
    return "word", 0


def singular_scale(key: str) -> str:
    if key in ("mil", "milles"):
        return "mille"
    if key in ("lac", "lacs"):
        return "lakh"  # the Indian English spelling of one scale
    return key[:-1] if key.endswith("s") and key not in ("thousands",) else key.removesuffix("s")


def _noun_follows(tokens: list[Token], j: int, data: LangData, text: str) -> bool:
    """Whether a word that no number phrase continues with follows token ``j`` ("un an", "une fois")."""
    if j + 1 >= len(tokens) or not _gap_ok(text, tokens[j], tokens[j + 1]):
        return False
    following = tokens[j + 1]
    return following.kind == "word" and following.key not in _number_vocabulary(data.lang)


def _number_word_follows(tokens: list[Token], j: int, data: LangData, text: str) -> bool:
    """Whether a number word below a hundred or an ordinal follows ``tokens[j]`` in the same number: a bare English
    "hundred" starts a number only so ("hundred fifteen", "the hundred millionth"; "the Hundred Days" is none, and
    "several hundred thousand" no figure)."""
    if j + 1 >= len(tokens) or tokens[j + 1].kind != "word" or not _gap_ok(text, tokens[j], tokens[j + 1]):
        return False
    key = tokens[j + 1].key
    return _classify(tokens[j + 1], data)[0] in ("unit", "teen", "ten") or key in data.ordinals \
        or key in data.scale_ordinals


def _parse_cardinal(tokens: list[Token], i: int, data: LangData, text: str) -> _Cardinal | None:
    french = data.lang is Lang.FR
    state = _Cardinal(Fraction(0), Fraction(0), None, None, None, i, False, None, False, 0)
    best: _Cardinal | None = None
    best_at_scale: _Cardinal | None = None  # the number as it stood at its last scale word
    and_after_scale = False  # the group since that scale word began with an English "and"
    connector: str | None = None
    j = i
    n = len(tokens)
    while j < n:
        token = tokens[j]
        if j > i and not _gap_ok(text, tokens[j - 1], token):
            break
        cls, v = _classify(token, data)
        if cls in ("and", "hyph"):
            if state.last is None or (connector is not None and {connector, cls} != {"and", "hyph"}):
                break
            connector = "and" if "and" in (cls, connector) else cls
            j += 1
            continue
        last = state.last
        group = state.group
        ok = False
        if connector == "and":
            # English "and" after hundred/scale; French "et" between a ten and "un"/"onze".
            if french:
                if not (last == "ten" and ((cls == "unit" and v == 1) or (cls == "teen" and v == 11))):
                    break
            elif last not in ("hundred", "scale") or cls not in ("unit", "teen", "ten", "digit"):
                break
        if connector == "and" and state.last == "hundred" and j + 1 < n:
            if _classify(tokens[j + 1], data)[0] == "hundred":
                break  # "3 hundred and 2 hundred": two numbers
        if cls == "digit":
            value = token.value
            if connector == "and" and value == 0:
                break
            if value is None:
                break
            fv = Fraction(value)
            if last is None or (
                last == "scale" and value == value.to_integral_value() and state.last_scale and fv < 1000
            ):
                state.group = fv
                ok = True
            elif last == "hundred" and value == value.to_integral_value() and fv < 100 and group % 100 == 0:
                state.group = group + fv
                ok = True
        elif cls == "unit":
            if v == 0:
                ok = last is None
                state.group = Fraction(0)
            elif (
                french and v == 1 and last == "scale" and state.last_scale is not None and state.last_scale >= 10**6
                and _noun_follows(tokens, j, data, text)
            ):
                break  # "320 millions un an plus tôt": "un an" is "one year", not part of the figure
            elif (
                last is None
                or last in ("hundred", "scale")
                or (last == "ten" and group % 10 == 0 and state.ten_part % 10 == 0 and state.ten_part)
                or (french and last == "teen" and 7 <= v <= 9 and state.ten_part % 20 == 10)
            ):
                state.group = group + v
                ok = True
            if ok:
                state.ten_part = state.ten_part + v if last in ("ten", "teen") else v
        elif cls == "teen":
            if last is None or last in ("hundred", "scale"):
                state.group = group + v
                state.ten_part = v
                ok = True
            elif french and last == "ten" and state.ten_part in (60, 80):
                state.group = group + v
                state.ten_part += v
                ok = True
        elif cls == "ten":
            if last is None or last in ("hundred", "scale"):
                state.group = group + v
                state.ten_part = v
                ok = v != 20 or token.key != "vingts"
            elif french and v == 20 and last == "unit" and state.ten_part == 4:
                state.group = group + 76
                state.ten_part = 80
                ok = True
        elif cls == "hundred":
            part = group % 1000 if last != "digit" else group
            if french and last == "digit" and (
                token.key != "cent" or group <= 1 or group.denominator != 1 or not token.text.islower()
            ):
                break  # "39 cents", "18,4 cents", "1 cent": the currency subunit, not 3900 (see the docstring)
            if last == "digit" and group > 0 and (j == i + 1 or group < 100) and connector != "and":
                state.group = part * 100
                ok = True
            elif last in ("unit", "teen", "ten") and 0 < part < 100 and connector != "and":
                state.group = group - part + part * 100
                ok = part > 1 or not french
            elif french and (last is None or last == "scale"):
                state.group = group + 100
                ok = True
            elif last is None and token.text.islower() and _number_word_follows(tokens, j, data, text):
                state.group = Fraction(100)  # English "hundred fifteen", "the hundred millionth": one hundred
                ok = True
            elif last == "article":
                state.group = Fraction(100)
                ok = True
        elif cls == "scale":
            plural_only = token.key in data.plural_scales
            if french and v == 1000 and j == i + 1 and tokens[i].key in data.articles_one:
                break  # "un mille" is a mile: the number is "mille" alone
            if group > 0 and last != "scale" and state.last_scale is not None and (
                v == state.last_scale or (v > state.last_scale and and_after_scale)
            ):
                best = best_at_scale  # "5 million and 3 million", "2 thousand 3 thousand": two numbers
                break
            if group > 0 and last != "scale":
                if state.last_scale is not None and v > state.last_scale:
                    state.total = (state.total + group) * v
                else:
                    state.total += group * v
                ok = True
            elif last == "scale" and state.last_scale is not None and v > state.last_scale and state.total:
                state.total *= v
                ok = True
            elif french and last is None and v == 1000 and not plural_only:
                state.total = Fraction(1000)
                ok = True
            if ok:
                state.group = Fraction(0)
                state.last_scale = v
                state.scale_name = singular_scale(token.key)
        elif cls == "article":
            ok = last is None
            state.group = Fraction(1)
        elif cls == "dozen":
            if group > 0 and last in ("unit", "teen", "ten", "hundred", "digit", "article"):
                state.group = group * 12  # "two dozen", "three hundred dozen" (3600)
                ok = True
        if not ok:
            break
        if connector == "and" and not french:
            and_after_scale = last == "scale"
            state.and_split = (state.total + group, state.last_scale if last == "scale" and state.last_scale else 1)
        connector = None
        state.last = "digit" if cls == "digit" else cls
        if cls != "digit":
            state.words = True
        state.end = j + 1
        if state.last != "article":
            best = _Cardinal(
                state.total, state.group, state.last, state.last_scale, state.scale_name, state.end, state.words,
                state.and_split, False, state.ten_part,
            )
            if cls == "scale":
                best_at_scale = best
                and_after_scale = False
        j += 1
    if best is not None and best.end == i + 1 and tokens[i].kind == "word":
        best.one_ish = tokens[i].key in data.articles_one or tokens[i].key in ("one", "un", "une")
    return best


def _ordinal_word(token: Token, data: LangData) -> tuple[int, bool, bool] | None:
    """(value, is_scale_ordinal, plural) for an ordinal or fraction word."""
    if token.kind != "word":
        return None
    key = token.key
    for plural, stem in ((False, key), (True, key[:-1] if key.endswith("s") else "")):
        if not stem:
            continue
        if stem in data.ordinals:
            return data.ordinals[stem], False, plural
        if stem in data.scale_ordinals:
            return data.scale_ordinals[stem], True, plural
    if key == "halves":
        return 2, False, True
    return None


def _parse_ordinal_phrase(
    tokens: list[Token], i: int, data: LangData, text: str
) -> tuple[Fraction, int, bool, str] | None:
    """An ordinal written in words, possibly compound: (value, end, plural, last word key)."""
    cardinal = _parse_cardinal(tokens, i, data, text)
    j = cardinal.end if cardinal is not None else i
    hyphen = False
    if cardinal is not None and j < len(tokens) and tokens[j].kind == "hyph":
        hyphen = True
        j += 1
    if cardinal is not None and j < len(tokens) and tokens[j].key in data.and_words and data.lang is Lang.FR:
        j += 1
    if j >= len(tokens) or (j > i and not _gap_ok(text, tokens[j - 1], tokens[j])):
        return None
    word = _ordinal_word(tokens[j], data)
    if word is None:
        return None
    value, is_scale, plural = word
    if cardinal is None:
        return Fraction(value), j + 1, plural, tokens[j].key
    if data.lang is Lang.FR and tokens[j].key in data.not_denominators and (
        tokens[j].key.startswith("premi") or tokens[j].key.endswith("s")
    ):
        return None  # "les vingt premiers": a count and a rank (21st is "vingt et unième"), as "les trois premiers"
    group = cardinal.group
    if is_scale:
        if cardinal.last in ("unit", "teen", "ten", "digit", "hundred") and group > 0:
            return (cardinal.total + group) * value, j + 1, plural, tokens[j].key
        return None
    if value < 10 and cardinal.last == "ten" and cardinal.ten_part % 10 == 0:
        return cardinal.total + group + value, j + 1, plural, tokens[j].key
    if data.lang is Lang.FR and value == 20 and cardinal.last == "unit" and cardinal.ten_part == 4:
        return cardinal.total + group + 76, j + 1, plural, tokens[j].key
    if data.lang is Lang.FR and value in (10, 11, 12, 13, 14, 15, 16) and cardinal.ten_part in (60, 80):
        return cardinal.total + group + value, j + 1, plural, tokens[j].key
    if data.lang is Lang.FR and 7 <= value <= 9 and cardinal.last == "teen" and cardinal.ten_part % 20 == 10:
        return cardinal.total + group + value, j + 1, plural, tokens[j].key
    if cardinal.last in ("hundred", "scale") and not hyphen and tokens[i].kind == "word":
        return cardinal.total + group + value, j + 1, plural, tokens[j].key
    return None


def _fraction_after(
    tokens: list[Token], j: int, data: LangData, text: str, numerator: Fraction, one_ish: bool, single_unit: bool
) -> tuple[Fraction, int] | None:
    """A denominator written after ``numerator`` at token ``j``: (fraction value, end)."""
    if j >= len(tokens) or j == 0 or not _gap_ok(text, tokens[j - 1], tokens[j]):
        return None
    if tokens[j].kind == "hyph":
        j += 1
        if j >= len(tokens) or not _gap_ok(text, tokens[j - 1], tokens[j]):
            return None
    token = tokens[j]
    key = token.key
    if token.kind == "word" and key in data.fraction_words:
        return numerator / data.fraction_words[key], j + 1
    phrase = _parse_ordinal_phrase(tokens, j, data, text)
    if phrase is None:
        return None
    value, end, plural, last_key = phrase
    single_word = end == j + 1
    if (last_key in data.not_denominators and single_word) or value == 0:
        return None
    if plural or one_ish or (data.lang is Lang.FR and single_unit and single_word and value < 100):
        return numerator / value, end
    return None


def parse_tokens(tokens: list[Token], i: int, data: LangData, text: str) -> NumberParse | None:
    """The longest number (cardinal, ordinal or fraction) starting at token ``i``."""
    start = i
    sign = 1
    if tokens[i].kind == "word" and tokens[i].key in data.minus_words and i + 1 < len(tokens):
        margin = data.margin_words
        if margin and i >= len(margin) and tuple(t.key for t in tokens[i - len(margin) : i]) == margin:
            return None  # "plus or minus 3.1 points": a margin, its figure read on its own
        sign = -1
        i += 1
    result = _parse_core(tokens, i, data, text)
    if result is None:
        return None
    if sign < 0:
        if result.kind == "ordinal":
            return None
        return NumberParse(result.kind, -result.value, start, result.last, result.scale, True)
    return result


@lru_cache(maxsize=8)
def _number_vocabulary(lang: Lang) -> frozenset[str]:
    """Every token key that some step of ``parse_tokens`` looks for after a digit numeral."""
    data = _DATA[lang]
    keys: set[str] = {"halves", "of"}
    for table in (data.units, data.teens, data.tens, data.hundred, data.scales, data.plural_scales, data.dozens,
                  data.and_words, data.point_words, data.minus_words, data.articles_one, data.fraction_words,
                  data.half_words, data.not_denominators):
        keys.update(table)
    for table in (data.ordinals, data.scale_ordinals):
        keys.update(table)
        keys.update(key + "s" for key in table)  # plural ordinals: "fifths"
    return frozenset(keys)


def ends_after_digits(tokens: list[Token], i: int, data: LangData) -> bool:
    """True when ``parse_tokens(tokens, i, …)`` cannot read past the digit numeral ``tokens[i]``.

    That is when nothing follows it, or punctuation or a word that no number phrase continues with (``5 people``,
    ``5,``): the parse is then ``tokens[i]`` alone, so callers that only want longer numbers can skip it.
    """
    if i + 1 >= len(tokens):
        return True
    following = tokens[i + 1]
    return following.kind in ("word", "other") and following.key not in _number_vocabulary(data.lang)


def _is_fraction_word(token: Token, data: LangData) -> bool:
    return token.kind == "word" and token.key in data.fraction_words


def _definite_share(tokens: list[Token], i: int, data: LangData, text: str) -> bool:
    """A bare fraction word between a definite article and "of": "le tiers des voix", "du quart de la
    population" (never "pays tiers", "un quart d'heure", "les quarts de finale")."""
    if i == 0 or i + 1 >= len(tokens) or tokens[i].key in data.half_words:
        return False
    before, after = tokens[i - 1], tokens[i + 1]
    then = next((t.key for t in tokens[i + 2 : i + 4] if t.kind == "word"), "")  # past the apostrophe of "d'"
    return (
        before.key in data.share_articles and after.key in data.share_of and then not in data.not_shares
        and _gap_ok(text, before, tokens[i]) and _gap_ok(text, tokens[i], after)
    )


def _parse_core(tokens: list[Token], i: int, data: LangData, text: str) -> NumberParse | None:
    cardinal = _parse_cardinal(tokens, i, data, text)
    n = len(tokens)
    token = tokens[i]
    if cardinal is None:
        # An article before a fraction word or an ordinal ("a third", "a twenty-first", "une moitié").
        if token.kind == "word" and token.key in data.articles_one and i + 1 < n:
            after = _fraction_after(tokens, i + 1, data, text, Fraction(1), True, False)
            if after is not None:
                return _after_fraction(tokens, i, after[1], after[0], data, text)
        if _is_fraction_word(token, data):
            parsed = _after_fraction(tokens, i, i + 1, Fraction(1, data.fraction_words[token.key]), data, text)
            if parsed.kind == "cardinal" or token.key in data.half_words or _definite_share(tokens, i, data, text):
                return parsed
        phrase = _parse_ordinal_phrase(tokens, i, data, text)
        if phrase is not None and not phrase[2]:
            return NumberParse("ordinal", phrase[0], i, phrase[1], None, True)
        return None
    value = cardinal.total + cardinal.group
    end = cardinal.end
    scale_name = cardinal.scale_name
    if (
        scale_name == "million" and end + 1 < n and tokens[end].key == "de" and tokens[end + 1].key == "milliards"
        and _gap_ok(text, tokens[end - 1], tokens[end]) and _gap_ok(text, tokens[end], tokens[end + 1])
    ):
        # "un million de milliards", "2 millions de milliards": 10^15 (English "quadrillion")
        value, end, scale_name = value * 10**9, end + 2, "billiard"
    # Decimal read out: "two point five", "deux virgule cinq".
    if end < n and tokens[end].kind == "word" and tokens[end].key in data.point_words and cardinal.words:
        decimals = _read_decimals(tokens, end + 1, data, text)
        if decimals is not None:
            digits, end = decimals
            value = (cardinal.total + cardinal.group) + Fraction(Decimal("0." + digits))
            if end < n and _gap_ok(text, tokens[end - 1], tokens[end]) and tokens[end].key in data.scales:
                value *= data.scales[tokens[end].key]
                return NumberParse("cardinal", value, i, end + 1, singular_scale(tokens[end].key), True)
            return NumberParse("cardinal", value, i, end, cardinal.scale_name, True)
    # Ordinal written as words ("twenty-first", "two hundredth", "vingt et unième").
    phrase = _parse_ordinal_phrase(tokens, i, data, text)
    single_unit = end == i + 1 and cardinal.last == "unit"
    # Fraction: numerator then denominator ("three fifths", "un tiers", "a hundred trillionths").
    fraction = _fraction_after(tokens, end, data, text, value, cardinal.one_ish, single_unit)
    if fraction is not None:
        frac_value, frac_end = fraction
        if cardinal.and_split is not None:
            whole, unit = cardinal.and_split
            numerator = value - whole
            if 0 < numerator < 10 and value:
                scale_after = _scale_at(tokens, frac_end, data, text)
                if scale_after is not None and unit > 1:
                    # "one billion and three quarters million" = 1e9 + 0.75e6
                    _, factor = scale_after
                    total = whole + numerator * (frac_value / value) * factor
                    return NumberParse("cardinal", total, i, frac_end + 1, cardinal.scale_name, True)
                frac_value = whole + numerator * (frac_value / value) * unit
        if phrase is None or phrase[2] or phrase[1] < frac_end or cardinal.one_ish:
            return _after_fraction(tokens, i, frac_end, frac_value, data, text)
    if phrase is not None and not phrase[2] and phrase[1] > end:
        return NumberParse("ordinal", phrase[0], i, phrase[1], None, True)
    # Mixed numbers: "one and a half", "cent trois et deux tiers", "3 millions et demi".
    if end + 1 < n and tokens[end].key in data.and_words and _gap_ok(text, tokens[end - 1], tokens[end]):
        part = _fraction_part(tokens, end + 1, data, text)
        if part is not None:
            frac, frac_end = part
            unit = cardinal.last_scale if cardinal.last == "scale" and cardinal.last_scale else 1
            scaled = _after_fraction(tokens, end + 1, frac_end, frac, data, text)
            if scaled.kind == "cardinal" and cardinal.last == "scale":
                frac, frac_end, unit = scaled.value, scaled.last, 1
            total = value + frac * unit
            if cardinal.last == "scale":
                return NumberParse("cardinal", total, i, frac_end, cardinal.scale_name, True)
            return _after_fraction(tokens, i, frac_end, total, data, text, mixed=True)
    words = cardinal.words
    return NumberParse("cardinal", value, i, end, scale_name, words, one_ish=cardinal.one_ish)


def _scale_at(tokens: list[Token], j: int, data: LangData, text: str) -> tuple[str, int] | None:
    if j < len(tokens) and j > 0 and _gap_ok(text, tokens[j - 1], tokens[j]) and tokens[j].kind == "word":
        key = tokens[j].key
        if key in data.scales and key not in data.plural_scales:
            return key, data.scales[key]
    return None


def _fraction_part(tokens: list[Token], j: int, data: LangData, text: str) -> tuple[Fraction, int] | None:
    """The fraction after "and"/"et" in a mixed number: "a half", "demi", "three quarters", "un cinquième"."""
    if j >= len(tokens) or not _gap_ok(text, tokens[j - 1], tokens[j]):
        return None
    token = tokens[j]
    if token.kind == "word" and token.key in data.half_words:
        return Fraction(1, 2), j + 1
    if token.kind == "word" and token.key in data.articles_one:
        after = _fraction_after(tokens, j + 1, data, text, Fraction(1), True, False)
        return after
    cardinal = _parse_cardinal(tokens, j, data, text)
    if cardinal is None or cardinal.words is False:
        return None
    after = _fraction_after(
        tokens, cardinal.end, data, text, cardinal.total + cardinal.group, cardinal.one_ish,
        cardinal.end == j + 1 and cardinal.last == "unit",
    )
    return after


_ONE_SCALES: Final = frozenset({"million", "milliard"})  # after "de": "un quart de million"


def _after_fraction(
    tokens: list[Token], i: int, end: int, value: Fraction, data: LangData, text: str, mixed: bool = False
) -> NumberParse:
    """A fraction may be followed by a scale word ("half a million", "one and a half million", "demi-million")."""
    n = len(tokens)
    j = end
    if j < n and tokens[j].kind == "hyph":
        j += 1
    if j + 1 < n and tokens[j].kind == "word" and tokens[j].key == "of" and tokens[j + 1].key in data.articles_one:
        j += 1
    if j + 1 < n and tokens[j].kind == "word" and tokens[j].key == "de" and tokens[j + 1].key in _ONE_SCALES:
        j += 1  # "un quart de million", "un tiers de milliard"
    if j < n and tokens[j].kind == "word" and tokens[j].key in data.articles_one and j + 1 < n:
        j += 1
        if tokens[j].kind == "hyph" and j + 1 < n:
            j += 1  # "half-a-billion"
    if j < n and j > 0 and _gap_ok(text, tokens[j - 1], tokens[j]) and tokens[j].kind == "word":
        key = tokens[j].key
        if (key in data.scales and key not in data.plural_scales) or key in ("millions", "milliards"):
            return NumberParse("cardinal", value * data.scales[key], i, j + 1, singular_scale(key), True)
        if key in data.dozens:
            return NumberParse("cardinal", value * 12, i, j + 1, None, True)
    return NumberParse("fraction", value, i, end, None, True, plural=mixed)


def _read_decimals(tokens: list[Token], j: int, data: LangData, text: str) -> tuple[str, int] | None:
    digits = ""
    k = j
    while k < len(tokens) and _gap_ok(text, tokens[k - 1], tokens[k]):
        token = tokens[k]
        if token.kind == "word" and token.key in data.units:
            digits += str(data.units[token.key])
            k += 1
            continue
        break
    if len(digits) > 1 or (digits and k < len(tokens) and tokens[k].key not in data.tens):
        return digits, k
    cardinal = _parse_cardinal(tokens, j, data, text)
    if cardinal is None or cardinal.last == "scale":
        return (digits, k) if digits else None
    return str(int(cardinal.total + cardinal.group)), cardinal.end


# --------------------------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------------------------


def fraction_to_decimal(value: Fraction) -> Decimal | None:
    """The exact Decimal of ``value`` when its expansion terminates, else None."""
    denominator = value.denominator
    for prime in (2, 5):
        while denominator % prime == 0:
            denominator //= prime
    if denominator != 1:
        return None
    if value.denominator == 1:
        return Decimal(value.numerator)
    with localcontext() as context:
        context.prec = len(str(value.numerator)) + len(str(value.denominator)) * 4 + 10
        return (Decimal(value.numerator) / Decimal(value.denominator)).normalize()


def parse_number(surface: str, lang: Lang) -> Decimal | None:
    """A numeral as written -> exact value, or None if ``surface`` is not one valid numeral in ``lang``.

    >>> parse_number("7\u202f300", Lang.FR)
    Decimal('7300')
    >>> parse_number("3,5", Lang.EN) is None
    True
    """
    text = surface.strip(SPACES + "\t\n")
    if not text:
        return None
    direct = parse_digits(text, lang)
    if direct is not None:
        return direct
    data = lang_data(lang)
    if data is None:
        return None
    tokens = tokenize(text, lang)
    if not tokens:
        return None
    parsed = parse_tokens(tokens, 0, data, text)
    if parsed is None or parsed.last != len(tokens) or parsed.kind == "ordinal":
        return None
    if parsed.one_ish and tokens[0].key in data.articles_one:
        return None
    return fraction_to_decimal(parsed.value)
