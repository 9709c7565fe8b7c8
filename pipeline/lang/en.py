"""English language data for the numeric-facts stage (no logic).

Every word key is lower-case and accent-free: ``pipeline.numerals.fold`` is applied before lookup.
"""

from __future__ import annotations

from typing import Final

from pipeline.lang.signs import CURRENCY_SIGNS
from pipeline.model import Qualifier

# Cardinal words: value and class ("unit" 0-9, "teen" 10-19, "ten" 20-90).
UNITS: Final[dict[str, int]] = {
    "zero": 0, "nought": 0, "naught": 0,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
}
TEENS: Final[dict[str, int]] = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS: Final[dict[str, int]] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
HUNDRED: Final[frozenset[str]] = frozenset({"hundred"})
# Scale words folded into the value; the key of SCALE_NAMES is what ``Fact.scale`` records.
SCALES: Final[dict[str, int]] = {
    "thousand": 10**3, "thousands": 10**3,
    "million": 10**6, "millions": 10**6,
    "billion": 10**9, "billions": 10**9,
    "trillion": 10**12, "trillions": 10**12,
    "quadrillion": 10**15, "quadrillions": 10**15,  # "6.4 quadrillion VND" (French "6 400 000 milliards")
    "lakh": 10**5, "lakhs": 10**5, "lac": 10**5, "lacs": 10**5, "crore": 10**7, "crores": 10**7,
    "milliard": 10**9, "milliards": 10**9,  # left untranslated from French ("1,4 milliards euros")
}
# Scale words that need a number before them (bare "millions of people" is not a figure).
PLURAL_SCALES: Final[frozenset[str]] = frozenset({
    "thousands", "millions", "billions", "trillions", "quadrillions", "hundreds", "milliards",
})
# Abbreviated scales written after digits ("10k", "1.2bn", "2 mln"); values and the canonical scale name.
SCALE_ABBREVIATIONS: Final[dict[str, tuple[int, str]]] = {
    "k": (10**3, "k"), "K": (10**3, "k"),
    "mn": (10**6, "million"), "mln": (10**6, "million"), "mil": (10**6, "million"), "MM": (10**6, "million"),
    "m": (10**6, "million"),  # only when glued to a money figure ("$5m"); "5m" alone is 5 metres
    "M": (10**6, "million"),
    "bn": (10**9, "bn"), "bln": (10**9, "bn"), "b": (10**9, "bn"), "B": (10**9, "bn"),
    "tn": (10**12, "trillion"), "tln": (10**12, "trillion"), "trn": (10**12, "trillion"),
    "cr": (10**7, "crore"), "Cr": (10**7, "crore"),  # Indian English: "Rs 300 cr"
}
DOZENS: Final[dict[str, int]] = {"dozen": 12, "dozens": 12, "dozs": 12, "dzs": 12, "doz": 12}
AND_WORDS: Final[frozenset[str]] = frozenset({"and"})
POINT_WORDS: Final[frozenset[str]] = frozenset({"point"})
MINUS_WORDS: Final[frozenset[str]] = frozenset({"minus", "negative"})
MARGIN_WORDS: Final[tuple[str, ...]] = ("plus", "or")  # "plus or minus 3.1": a margin, no negative figure
# Articles that stand for 1 in front of a scale or fraction word ("a million", "a third").
ARTICLES_ONE: Final[frozenset[str]] = frozenset({"a", "an"})
# "one" alone is a figure unless one of these precedes it ("the one", "this one") or follows it ("one of").
ONE_BLOCKERS_BEFORE: Final[frozenset[str]] = frozenset({
    "the", "this", "that", "which", "each", "every", "any", "no", "another", "a", "an", "some", "only", "one",
    "little", "right", "wrong", "new", "old", "big", "small", "good", "bad", "last", "next", "first", "whichever",
    "someone", "anyone", "everyone", "no-one", "such", "same", "other", "younger", "older", "loved", "chosen",
    # "the work of one extremist" ("d'un extrémiste"), "said one customer", "a single one": an article's job.
    "of", "said", "says", "recalls", "recalled", "single",
    # "not one dollar" ("aucun dollar"): no figure, as the French article is none
    "not",
})
# A verb after "a third", "a fifth" makes the share the subject ("a third voted no", "a fifth were"): a fraction,
# where a noun makes a rank ("a third term"). Past forms in -ed count too, but for these adjectives and nouns.
FRACTION_VERBS_AFTER: Final[frozenset[str]] = frozenset({
    "is", "are", "was", "were", "be", "have", "has", "had", "will", "would", "could", "can", "may", "might",
    "should", "must", "do", "does", "did", "don't", "didn't", "say", "says", "said", "think", "thinks", "thought",
    "believe", "believes", "want", "wants", "live", "lives", "own", "owns", "remain", "remains", "go", "went",
    "come", "came", "die", "died", "left", "leave", "leaves", "chose", "choose", "fell", "rose", "got", "get",
    "gets", "saw", "see", "sees", "became", "become", "take", "took", "make", "made", "support", "supports",
    "oppose", "opposes", "expect", "expects", "feel", "feels", "felt", "know", "knew", "spend", "spent", "now",
    "still", "also", "already", "never", "only",
})
NOT_FRACTION_VERBS_AFTER: Final[frozenset[str]] = frozenset({
    "speed", "breed", "creed", "steed", "tweed", "greed", "hundred", "kindred", "sacred", "naked", "wicked",
    "armed", "ranked", "seeded", "rated", "placed", "based", "listed", "named",
})
ONE_BLOCKERS_AFTER: Final[frozenset[str]] = frozenset({
    "another", "of", "by", "or", "s",
    # the pronoun: "one could argue", "one had to serve", "if one wanted"
    "could", "can", "cannot", "can't", "couldn't", "should", "shouldn't", "would", "wouldn't", "must", "might",
    "may", "will", "shall", "had", "has", "does", "did", "wants", "wanted", "needs", "evokes",
    # a duration noun: "one day" (some day), "one year" ("un an", whose article is no figure either)
    "day", "year", "month", "week", "hour", "minute",
    # a subject after it: "a book, one he describes as anti-history"
    "he", "she", "they", "we", "you", "i",
})
# "one" in contrast with "the other"/"another" a few words later is the pronoun ("one experienced, the other
# not", "from one hideout to another"); up to this many words apart.
ONE_CONTRAST: Final[tuple[str, ...]] = ("the other", "the others", "another")
ONE_CONTRAST_WINDOW: Final[int] = 8

# Ordinal words (singular) and their value; plural forms are denominators of fractions ("three fifths").
ORDINALS: Final[dict[str, int]] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "nineth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
    "eightieth": 80, "ninetieth": 90,
}
SCALE_ORDINALS: Final[dict[str, int]] = {
    "hundredth": 100, "thousandth": 10**3, "millionth": 10**6, "billionth": 10**9, "trillionth": 10**12,
}
# Ordinal words that are never read as denominators ("two seconds" is a duration).
NOT_DENOMINATORS: Final[frozenset[str]] = frozenset({"second", "seconds", "first", "firsts"})
# Fraction words that are not ordinals.
FRACTION_WORDS: Final[dict[str, int]] = {"half": 2, "halves": 2, "quarter": 4, "quarters": 4}
HALF_WORDS: Final[frozenset[str]] = frozenset({"half"})
# Words before "half" that make it a part of a period, not a fraction ("the first half" = "le premier semestre").
HALF_PERIOD_BEFORE: Final[frozenset[str]] = frozenset({"first", "second", "latter", "final"})
# "five and a half years", "a year and a half": a half added to a duration.
AND_A_HALF: Final[str] = r"and\s+a\s+half"
# "a quarter" / "three quarters" added to a duration: "two hours and a quarter" -> 2.25 h.
AND_QUARTERS: Final[dict[str, tuple[int, int]]] = {"and a quarter": (1, 4), "and three quarters": (3, 4)}
# Decades in words, after "the" or a century word: "the eighties", "nineteen seventies" -> year 1980, 1970.
DECADE_WORDS: Final[dict[str, int]] = {
    "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70, "eighties": 80, "nineties": 90,
}
DECADE_CENTURIES: Final[dict[str, int]] = {"nineteen": 1900, "twenty": 2000}
# Dates written as a slash alone that name an event: "9/11" is 11 September (French "le 11 septembre").
NAMED_DATES: Final[dict[str, tuple[int, int]]] = {"9/11": (9, 11)}
# Digit ordinal suffixes: "1st", "2nd", "3rd", "4th".
ORDINAL_SUFFIXES: Final[tuple[str, ...]] = ("st", "nd", "rd", "th", "ST", "ND", "RD", "TH")

MONTHS: Final[dict[str, int]] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
}
# Month words that are also ordinary words: only read as months when capitalised and next to a day or year.
AMBIGUOUS_MONTHS: Final[frozenset[str]] = frozenset({"may", "march", "mar", "jan", "dec"})

# Hedges written before a figure. Longest phrases are tried first.
# Forms of the verbs that pass a figure: a bound in the qualifier table, a floor in ``FLOOR_BEFORE``.
_PASSED_FORMS: Final[tuple[str, ...]] = (
    "exceeds", "exceeded", "surpasses", "surpassed", "surpassing", "topped", "topping",
)
QUALIFIERS: Final[dict[str, Qualifier]] = {
    "nearly": Qualifier.NEARLY, "almost": Qualifier.NEARLY, "close to": Qualifier.NEARLY,
    "just under": Qualifier.LESS_THAN, "just shy of": Qualifier.LESS_THAN,  # as "slightly less than", "un peu moins de"
    "about": Qualifier.ABOUT, "around": Qualifier.ABOUT, "approximately": Qualifier.ABOUT,
    "approx.": Qualifier.ABOUT, "some": Qualifier.ABOUT, "roughly": Qualifier.ABOUT, "an estimated": Qualifier.ABOUT,
    "estimated": Qualifier.ABOUT, "circa": Qualifier.ABOUT, "about some": Qualifier.ABOUT,
    # "of the order of 170 euros" ("de l'ordre de"), "perhaps 8%" ("environ 8 %"); "near" only before a measure,
    # a sum or a percentage ("near 200 days"; "near 10 Downing Street" is a place), see facts._qualifier_before
    "of the order of": Qualifier.ABOUT, "on the order of": Qualifier.ABOUT, "in the order of": Qualifier.ABOUT,
    "perhaps": Qualifier.ABOUT, "maybe": Qualifier.ABOUT, "near": Qualifier.NEARLY,
    "more than": Qualifier.MORE_THAN, "over": Qualifier.MORE_THAN, "above": Qualifier.MORE_THAN,
    "upwards of": Qualifier.MORE_THAN, "in excess of": Qualifier.MORE_THAN, "greater than": Qualifier.MORE_THAN,
    "just over": Qualifier.MORE_THAN, "higher than": Qualifier.MORE_THAN, "exceeding": Qualifier.MORE_THAN,
    "longer than": Qualifier.MORE_THAN, "larger than": Qualifier.MORE_THAN, "bigger than": Qualifier.MORE_THAN,
    "older than": Qualifier.MORE_THAN, "taller than": Qualifier.MORE_THAN, "heavier than": Qualifier.MORE_THAN,
    "younger than": Qualifier.LESS_THAN, "shorter than": Qualifier.LESS_THAN,
    "at least": Qualifier.AT_LEAST, "no less than": Qualifier.AT_LEAST, "no fewer than": Qualifier.AT_LEAST,
    "not less than": Qualifier.AT_LEAST, "a minimum of": Qualifier.AT_LEAST,
    "less than": Qualifier.LESS_THAN, "fewer than": Qualifier.LESS_THAN, "under": Qualifier.LESS_THAN,
    "below": Qualifier.LESS_THAN, "lower than": Qualifier.LESS_THAN,
    "at most": Qualifier.AT_MOST, "up to": Qualifier.AT_MOST, "no more than": Qualifier.AT_MOST,
    "not more than": Qualifier.AT_MOST, "a maximum of": Qualifier.AT_MOST, "as many as": Qualifier.AT_MOST,
    # "no larger than 70 m2" ("ne dépassera pas 70 mètres carrés"), "no older than 35"
    **{f"no {comparative} than": Qualifier.AT_MOST
       for comparative in ("larger", "bigger", "greater", "higher", "longer", "older", "taller", "heavier")},
    **{f"no {comparative} than": Qualifier.AT_LEAST for comparative in ("smaller", "lower", "shorter", "younger")},
    "as much as": Qualifier.AT_MOST, "to within": Qualifier.AT_MOST, "smaller than": Qualifier.LESS_THAN,
    # inclusive bounds, as in rules and tables (French "inférieur ou égal à")
    "less than or equal to": Qualifier.AT_MOST, "lower than or equal to": Qualifier.AT_MOST,
    "smaller than or equal to": Qualifier.AT_MOST, "equal to or less than": Qualifier.AT_MOST,
    "equal to or lower than": Qualifier.AT_MOST, "greater than or equal to": Qualifier.AT_LEAST,
    "more than or equal to": Qualifier.AT_LEAST, "higher than or equal to": Qualifier.AT_LEAST,
    "equal to or greater than": Qualifier.AT_LEAST, "equal to or more than": Qualifier.AT_LEAST,
    "equal to or higher than": Qualifier.AT_LEAST,
    # A verb that passes the figure: "the toll exceeded 3,000", "surpassed the 1 million mark" (French "a dépassé
    # les 3 000"). Denied, it bounds from above: "must not exceed 0.35%" ("ne doit pas dépasser 0,35 %"). The bare
    # "exceed" is read as its French present or future ("costs exceed", "will exceed": "dépassent", "dépassera"),
    # not after a word of ``facts._NOT_QUALIFIER_AFTER`` ("could exceed", "expected to exceed": "pourrait dépasser").
    **{f"{verb}{article}": Qualifier.MORE_THAN
       for verb in ("exceed", "surpass", *_PASSED_FORMS)
       for article in ("", " the")},
    # A figure passed on the way up: "rose past 100", "pushed past the $2,000 mark"; with "passed", "crossed" and
    # "broke" only a mark or a figure with its scale word (``MARK_QUALIFIERS``): "passed 1 million", "crossed the
    # 100,000 mark", but "passed 3 laws", "broke 2 records".
    **{f"{verb}{article}": Qualifier.MORE_THAN
       for verb in ("rose past", "climbed past", "jumped past", "surged past", "soared past", "shot past",
                    "pushed past", "moved past", "went past", "edged past", "crept past", "passed", "crossed",
                    "broke", "broke through")
       for article in ("", " the")},
    # "remaining below the 50 mark" ("sous la barre des 50"): only before a mark (``MARK_QUALIFIERS``)
    "below the": Qualifier.LESS_THAN, "under the": Qualifier.LESS_THAN, "above the": Qualifier.MORE_THAN,
    "over the": Qualifier.MORE_THAN,
    **{f"{denial.replace(chr(39), apostrophe)} {verb}{article}": Qualifier.AT_MOST
       for denial in ("not", "never", "not to", "doesn't", "don't", "didn't", "won't", "cannot", "can't",
                      "shouldn't", "mustn't", "wouldn't")
       for apostrophe in ("'", "\u2019")
       for verb in ("exceed", "surpass")
       for article in ("", " the")},
    # "has not exceeded", "never exceeded", "not exceeding": the denied past, as "n'a pas dépassé"
    **{f"{denial.replace(chr(39), apostrophe)} {verb}{article}": Qualifier.AT_MOST
       for denial in ("not", "never", "hasn't", "haven't", "hadn't")
       for apostrophe in ("'", "\u2019")
       for verb in ("exceeded", "surpassed", "exceeding", "surpassing")
       for article in ("", " the")},
}

MARK_QUALIFIERS: Final[frozenset[str]] = frozenset({
    *(f"{verb}{article}" for verb in ("passed", "crossed", "broke", "broke through") for article in ("", " the")),
    "below the", "under the", "above the", "over the",
})
MARK_NOUNS: Final[tuple[str, ...]] = ("mark", "milestone", "threshold", "barrier")

# Range connectors: (opening word or None, middle word).
# Time adverbs between a verb of the qualifier table and its figure: "has not exceeded in any year 0.35%".
QUALIFIER_ADVERBS: Final[tuple[str, ...]] = (
    "each year", "every year", "in any year", "a year", "this year", "already", "on average", "in total",
)

RANGE_PAIRS: Final[tuple[tuple[str, str], ...]] = (("between", "and"), ("from", "to"), ("from", "through"))
RANGE_MIDDLES: Final[tuple[str, ...]] = ("to", "through")  # "grades 6 through 8"
OUT_OF: Final[tuple[str, ...]] = ("out of", "in every", "over", "in")  # "in": see facts._ratio
FRACTION_OF: Final[tuple[str, ...]] = ("of",)

PERCENT_WORDS: Final[tuple[str, ...]] = ("per cent", "percent", "percents", "percentage", "pct")
PERCENT_GLUED: Final[tuple[str, ...]] = ("pc", "pct")  # British press: "prices rose 3.5pc", lower case only
PERCENT_OF_WORDS: Final[tuple[str, ...]] = ("percent of", "percents of", "per cent of")

# Multipliers: whole words, then "<number> times" / "<number>-fold".
MULTIPLIER_WORDS: Final[dict[str, int]] = {
    "twice": 2, "thrice": 3, "doubled": 2, "tripled": 3, "trebled": 3, "quadrupled": 4,
    "twofold": 2, "threefold": 3, "fourfold": 4, "fivefold": 5, "sixfold": 6, "sevenfold": 7, "eightfold": 8,
    "ninefold": 9, "tenfold": 10, "elevenfold": 11, "twelvefold": 12, "fifteenfold": 15, "twentyfold": 20,
    "thirtyfold": 30, "fortyfold": 40, "fiftyfold": 50, "hundredfold": 100, "thousandfold": 1000, "quintupled": 5,
}
# Words that hold a figure although no number word starts them: "halving the deficit" (by half).
PREFILTER_WORDS: Final[tuple[str, ...]] = ("halve", "halved", "halving")
# A verb and "by" before the factor: "multiplied by four" (quadrupled).
MULTIPLIED_BY: Final[tuple[str, ...]] = ("multiplied by", "multiply by", "multiplies by", "multiplying by")
TIMES_WORDS: Final[tuple[str, ...]] = ("times", "fold")

# Currency: symbols written before the figure, words/codes written after it.
CURRENCY_PREFIXES: Final[dict[str, str]] = {
    "US$": "USD", "U.S.$": "USD", "USD": "USD", "$": "USD", "C$": "CAD", "A$": "AUD", "S$": "SGD",
    "HK$": "HKD", "€": "EUR", "EUR": "EUR", "£": "GBP", "GBP": "GBP", "¥": "JPY", "JPY": "JPY", "VND": "VND",
    "₫": "VND", "CNY": "CNY", "RMB": "CNY", "Rs": "INR", "₹": "INR", "CHF": "CHF", "Rp": "IDR", "₩": "KRW",
    "CA$": "CAD", "NZ$": "NZD", "AU$": "AUD", "NT$": "TWD", "R$": "BRL", "Mex$": "MXN", "MX$": "MXN",
    "AUD": "AUD", "CAD": "CAD", "NZD": "NZD", "SGD": "SGD", "HKD": "HKD", "INR": "INR", "KRW": "KRW", "THB": "THB",
    "MYR": "MYR", "TWD": "TWD", "BRL": "BRL", "MXN": "MXN",
    **CURRENCY_SIGNS,
}
# Currency subunits after a figure: (currency, parts in one unit). "39 cents" is money 0.39 USD (as in French).
SUBUNITS: Final[dict[str, tuple[str, int]]] = {
    "cents": ("USD", 100), "cent": ("USD", 100), "¢": ("USD", 100), "c": ("USD", 100),  # "c" glued only: "up 3c"
    "centimes": ("USD", 100),  # left untranslated from French
    # the currency named before the subunit: "5 euro cents" is 0.05 EUR, "30 US cents" 0.30 USD
    "euro cents": ("EUR", 100), "euro cent": ("EUR", 100), "eurocents": ("EUR", 100), "eurocent": ("EUR", 100),
    "us cents": ("USD", 100), "us cent": ("USD", 100), "u.s. cents": ("USD", 100), "u.s. cent": ("USD", 100),
    "pence": ("GBP", 100), "p": ("GBP", 100),  # "p" glued only, below 480 (not "1080p"): "up 5p a litre"
    # a US cent as often as a British penny: USD unless the sentence speaks of sterling (see ``facts``)
    "penny": ("USD", 100), "pennies": ("USD", 100),
}
CURRENCY_WORDS: Final[dict[str, str]] = {
    "usd": "USD", "dollars": "USD", "dollar": "USD", "us dollars": "USD", "u.s. dollars": "USD",
    "us dollar": "USD", "american dollars": "USD", "eur": "EUR", "euros": "EUR", "euro": "EUR",
    "us$": "USD", "ca$": "CAD", "c$": "CAD",
    "gbp": "GBP", "pounds sterling": "GBP", "british pounds": "GBP", "sterling": "GBP",
    "vnd": "VND", "dong": "VND", "đong": "VND", "vietnamese dong": "VND", "yen": "JPY", "jpy": "JPY",
    "yuan": "CNY", "renminbi": "CNY", "cny": "CNY", "rupees": "INR", "rupee": "INR", "inr": "INR",
    "canadian dollars": "CAD", "australian dollars": "AUD", "singapore dollars": "SGD", "hong kong dollars": "HKD",
    "new zealand dollars": "NZD", "sgd": "SGD", "hkd": "HKD", "nzd": "NZD",
    "swiss francs": "CHF", "francs": "CHF", "won": "KRW", "baht": "THB", "ringgit": "MYR", "riel": "KHR",
    "$": "USD", "€": "EUR", "£": "GBP", "₫": "VND", "rmb": "CNY", "pesetas": "ESP", "lira": "TRY",
    "kip": "LAK", "rubles": "RUB", "roubles": "RUB", "sek": "SEK", "chf": "CHF", "cad": "CAD", "aud": "AUD",
    "bitcoins": "BTC", "bitcoin": "BTC", "btc": "BTC",
    "forints": "HUF", "forint": "HUF", "zlotys": "PLN", "zloty": "PLN",
    **CURRENCY_SIGNS,
}

# Units after a figure: written form (folded, lower-case unless case matters) -> normalised symbol.
UNITS_OF_MEASURE: Final[dict[str, str]] = {
    "km": "km", "kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km",
    "m": "m", "metres": "m", "meters": "m", "metre": "m", "meter": "m",
    "cm": "cm", "centimetres": "cm", "centimeters": "cm", "centimetre": "cm", "centimeter": "cm",
    "mm": "mm", "millimetres": "mm", "millimeters": "mm", "millimetre": "mm", "millimeter": "mm",
    "dm": "dm", "decimetres": "dm", "decimeters": "dm",
    "kg": "kg", "kilograms": "kg", "kilogrammes": "kg", "kilogram": "kg", "kilos": "kg", "kilo": "kg",
    "g": "g", "grams": "g", "grammes": "g", "gram": "g", "mg": "mg", "milligrams": "mg", "milligram": "mg",
    "micrograms": "µg", "microgram": "µg", "µg": "µg", "ug": "µg",
    "t": "t", "tonnes": "t", "tonne": "t", "tons": "t", "ton": "t", "metric tons": "t", "metric tonnes": "t",
    "ha": "ha", "hectares": "ha", "hectare": "ha",
    "m2": "m2", "m²": "m2", "sq m": "m2", "square metres": "m2", "square meters": "m2", "square metre": "m2",
    "square meter": "m2", "km2": "km2", "km²": "km2", "square kilometres": "km2", "square kilometers": "km2",
    "sq km": "km2", "m3": "m3", "m³": "m3", "cubic metres": "m3", "cubic meters": "m3",
    "°c": "°C", "ºc": "°C", "degrees celsius": "°C", "degrees c": "°C", "°f": "°F",
    "degrees fahrenheit": "°F", "degrees f": "°F", "° celsius": "°C", "° fahrenheit": "°F", "°": "°",
    "degrees": "°", "degree": "°",
    "l": "l", "litres": "l", "liters": "l", "litre": "l", "liter": "l", "ml": "ml", "millilitres": "ml",
    "milliliters": "ml", "millilitre": "ml", "milliliter": "ml",
    "mw": "MW", "megawatts": "MW", "megawatt": "MW", "kw": "kW", "kilowatts": "kW", "kilowatt": "kW",
    "gw": "GW", "gigawatts": "GW", "kwh": "kWh", "mwh": "MWh", "gwh": "GWh", "kv": "kV",
    "percentage points": "pp", "percentage point": "pp", "percentage-point": "pp", "basis points": "bp",
    "basis point": "bp", "basis-point": "bp", "base points": "bp", "base point": "bp",  # a translation's "base points"
    "miles per hour": "mph", "miles an hour": "mph", "kilometres per hour": "km/h", "kilometers per hour": "km/h",
    "km per hour": "km/h", "kilometres an hour": "km/h", "kilometers an hour": "km/h",
    "km/h": "km/h", "kmh": "km/h", "kph": "km/h", "kmph": "km/h", "km/hr": "km/h", "mph": "mph", "m/s": "m/s",
    "miles": "mi", "mile": "mi", "mi": "mi", "feet": "ft", "foot": "ft", "ft": "ft", "inches": "in",
    "inch": "in", "yards": "yd", "yard": "yd", "acres": "acre", "acre": "acre",
    "gallons": "gal", "gallon": "gal", "barrels": "bbl", "barrel": "bbl", "ounces": "oz", "ounce": "oz",
    "oz": "oz", "lbs": "lb", "lb": "lb", "pounds": "lb", "pound": "lb",
    "mm/h": "mm/h", "hpa": "hPa", "mb": "MB", "gb": "GB", "tb": "TB", "mbps": "Mbps", "gbps": "Gbps", "kbps": "kbps",
    "mbit/s": "Mbps", "gbit/s": "Gbps", "kbit/s": "kbps", "bits": "bit", "bit": "bit", "ghz": "GHz",
    "kilobytes": "kB", "kilobyte": "kB", "megabytes": "MB", "megabyte": "MB", "gigabytes": "GB", "gigabyte": "GB",
    "terabytes": "TB", "terabyte": "TB", "μg": "µg",
    "mhz": "MHz", "cc": "cc", "cubic feet": "ft3", "nautical miles": "nmi", "nautical mile": "nmi",
    "square miles": "mi2", "square mile": "mi2", "sq miles": "mi2", "sq mi": "mi2", "knots": "kn", "knot": "kn",
    "quintals": "q", "quintal": "q",
    # Time spans (see DURATION_UNITS): "a 10-year wait" -> quantity 10 a, as "10 ans".
    "year": "a", "years": "a", "yr": "a", "yrs": "a", "month": "mo", "months": "mo", "week": "wk", "weeks": "wk",
    "day": "d", "days": "d", "hour": "h", "hours": "h", "hr": "h", "hrs": "h", "minute": "min", "minutes": "min",
    "min": "min", "mins": "min", "second": "s", "seconds": "s", "sec": "s", "secs": "s",
}
# Normalised symbols of the time-span units (year ``a``, month ``mo``, week ``wk``, day ``d``, hour ``h``, minute
# ``min``, second ``s``), the same in both languages.
DURATION_UNITS: Final[frozenset[str]] = frozenset({"a", "mo", "wk", "d", "h", "min", "s"})
# Units that are single letters or otherwise easy to confuse: need a digit right before (no word numbers).
SHORT_UNITS: Final[frozenset[str]] = frozenset({"m", "g", "t", "l", "c", "mi", "ft", "oz", "lb", "mb", "cc", "°"})
# Spellings of short units that are written in capitals and still a unit ("100 MB"; "5G" stays a label).
CASED_SHORT_UNITS: Final[frozenset[str]] = frozenset({"MB", "L"})
# Units that are a currency after a scale word unless "of" or "worth" follows: "361 million pounds" is sterling,
# "542 million pounds of pumpkin" and "600 million pounds worth of candy" a weight, as is "25 pounds".
MONEY_AFTER_SCALE: Final[dict[str, str]] = {"pounds": "GBP", "pound": "GBP"}

# Count nouns that make a four-digit 1900-2099 number a count rather than a year ("2013 people").
COUNT_NOUNS: Final[frozenset[str]] = frozenset({
    "people", "persons", "children", "men", "women", "students", "pupils", "workers", "households", "families",
    "cases", "patients", "deaths", "houses", "homes", "vehicles", "cars", "tons", "tonnes", "hectares", "units",
    "officers", "soldiers", "troops", "members", "employees", "jobs", "visitors", "tourists", "addicts",
    "individuals", "residents", "victims", "communes", "villages", "schools", "teachers", "doctors", "beds",
    "projects", "companies", "enterprises", "firms", "businesses", "participants", "delegates", "votes",
})
# Words that make the four-digit number a year even before a plural noun ("in 2013 hospitals ...").
YEAR_CUES_BEFORE: Final[frozenset[str]] = frozenset({
    "in", "since", "from", "until", "till", "by", "of", "year", "during", "before", "after", "early", "late",
    "mid", "fiscal", "end", "summer", "winter", "spring", "autumn", "fall", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december", "for", "through",
})

# Nouns before a number that make it a label ("Route 66", "Article 5", "storm No. 10").
LABEL_NOUNS: Final[frozenset[str]] = frozenset({
    "route", "highway", "article", "decree", "resolution", "circular", "decision", "law", "chapter", "section",
    "clause", "room", "gate", "lane", "flight", "camp", "unit", "zone", "ward", "hamlet", "district", "phase",
    "stage", "level", "grade", "class", "region", "road", "street", "avenue", "building", "block", "plot",
    "storm", "typhoon", "tropical depression", "team", "group", "division", "corps", "brigade", "regiment",
    "battalion", "army", "military region", "item", "paragraph", "annex", "appendix", "version",
    "platform", "terminal", "line", "bus", "apartment", "floor", "lot", "plan", "package", "precinct", "sector",
    "station", "pier", "berth", "km", "kilometre", "kilometer", "project", "hall", "channel", "vtv", "season",
    "episode", "volume", "vol", "no", "nos", "number", "series", "model", "type", "category", "task",
    "ligue", "league", "chart", "graph", "visa", "public school", "districts", "articles", "chapters", "sections",
    "boeing", "airbus", "district council", "p.s.", "p.s", "table",
})
# Label nouns after which a number of four digits 1900-2099 is a year, not a label ("the model 2014").
LABEL_YEAR_NOUNS: Final[frozenset[str]] = frozenset({
    "model", "version", "season", "series", "edition", "class", "plan",
})
# Capitalised nouns after which an ordinal in digits names rather than ranks: "the 23rd District" = "District 23".
ORDINAL_LABEL_NOUNS: Final[frozenset[str]] = frozenset({"district", "districts"})
# Capitalised nouns after which a bare small integer or Roman numeral names something ("Center 1", "Center I").
NAME_HEADS: Final[frozenset[str]] = frozenset({
    "center", "centre", "hospital", "school", "formula", "camp", "prison", "region", "war", "phase", "zone", "unit",
    "team",
    "division", "corps", "stage", "station", "plant", "bridge", "port", "factory", "company", "club", "park",
    "market", "district", "ward", "commune", "hamlet", "village", "street", "road", "lake", "dam", "island",
    "tower", "pagoda", "temple", "church", "college", "university", "institute", "clinic", "department", "force",
    "fleet", "group", "league", "cup", "games", "tour", "congress", "conference", "plenum", "session", "pope", "king",
    "queen", "emperor", "elizabeth", "louis", "henry", "john", "paul", "edward", "george", "charles", "william",
})

# Not used in English (see ``pipeline.lang.fr``).
DECADE_NOUNS: Final[tuple[str, ...]] = ()
SCALE_GAP_WORDS: Final[frozenset[str]] = frozenset()
ADJECTIVE_NUMBERS: Final[frozenset[str]] = frozenset()
ADJECTIVE_CUES_BEFORE: Final[frozenset[str]] = frozenset()
ADJECTIVE_CUES_BEFORE_LINK: Final[frozenset[str]] = frozenset()
ADJECTIVE_FOLLOWERS: Final[frozenset[str]] = frozenset()
NUMBER_CUES_BEFORE: Final[frozenset[str]] = frozenset()

# "the two parties" / "both parties" ("les deux partis"): "two" after one of BOTH_BEFORE is no figure, as French
# "les deux" (which English renders "both" as often as "the two"), unless a word of BOTH_KEEP_AFTER follows ("the
# two largest", "the next two", "the two years").
BOTH_WORDS: Final[frozenset[str]] = frozenset({"two"})
BOTH_BEFORE: Final[frozenset[str]] = frozenset({"the", "these", "those", "this"})
BOTH_KEEP_AFTER: Final[frozenset[str]] = frozenset({
    "first", "last", "next", "past", "previous", "following", "other", "others", "only", "remaining", "largest",
    "biggest", "main", "top", "most", "best", "leading", "major", "dozen", "thirds", "fifths", "hundred",
    "thousand", "million", "billion", "years", "months", "weeks", "days", "hours", "minutes", "decades",
    "centuries", "seasons", "terms", "quarters", "and", "or", "to", "per", "percent",
})
# Hedges written after the figure: "20 or so people", "50-odd shirts", "ten or more".
TRAILING_QUALIFIERS: Final[dict[str, Qualifier]] = {
    "or so": Qualifier.ABOUT, "odd": Qualifier.ABOUT, "or more": Qualifier.AT_LEAST, "or less": Qualifier.AT_MOST,
    "or fewer": Qualifier.AT_MOST, "at least": Qualifier.AT_LEAST, "at most": Qualifier.AT_MOST,
    "or over": Qualifier.AT_LEAST, "or older": Qualifier.AT_LEAST, "or above": Qualifier.AT_LEAST,
    "or greater": Qualifier.AT_LEAST, "or higher": Qualifier.AT_LEAST, "or lower": Qualifier.AT_MOST,
    "or younger": Qualifier.AT_MOST,
    "plus": Qualifier.MORE_THAN,  # only joined by a hyphen: "140-plus creditors" ("plus de 140")
    "and over": Qualifier.AT_LEAST, "and up": Qualifier.AT_LEAST, "and older": Qualifier.AT_LEAST,
    "and above": Qualifier.AT_LEAST,
}
# Collective numbers ("une dizaine"): none in English ("dozens", "hundreds" hold no figure; "a dozen" is a number).
COLLECTIVES: Final[dict[str, int]] = {}
# "25m people", "7.5m voters", "1m earthquake survivors": a glued "m" is million, not metres, when the next word is
# a count noun or a plural-looking noun (or a word then such a noun) and not one of MILLION_M_NOT_AFTER; "25m high",
# "a 100m race", "the 50m freestyle", "100m-long", "25 m" (a space) stay metres. After a currency ("£2m") it is
# always million.
MILLION_M_NOT_AFTER: Final[frozenset[str]] = frozenset({
    "across", "towards", "besides", "plus", "less", "thus", "this", "these", "those", "was", "has", "does", "is",
    "as", "always", "perhaps", "unless", "whereas", "its", "his", "hers", "ours", "theirs", "metres", "meters",
    "miles", "feet", "inches", "yards", "seconds", "minutes", "hours", "days", "weeks", "months", "years",
    "kilometres", "kilometers", "laps", "lengths", "heats", "finals", "semis", "events", "relays", "hurdles",
    "medals", "races", "swims", "times", "records", "depths", "heights", "floors", "storeys", "stories",
})

# Nouns that are figures (see "Figure nouns" in ``pipeline.facts``): value, unit, approximate. "a decade", "two
# decades", "a two-decade low" -> 10 a, 20 a, 20 a; "a fortnight" -> 14 d; "an octogenarian" -> 80 a, approximate.
# A count (digits, a unit word, "a"/"an") multiplies the first two; the -genarian nouns take none.
FIGURE_NOUNS: Final[dict[str, tuple[int, str, bool]]] = {
    "decade": (10, "a", False), "decades": (10, "a", False), "century": (100, "a", False),
    "centuries": (100, "a", False), "fortnight": (14, "d", False),
    "fortnights": (14, "d", False),
    **{f"{stem}genarian{plural}": (age, "a", True)
       for stem, age in (("quadra", 40), ("quinqua", 50), ("sexa", 60), ("septua", 70), ("octo", 80), ("nona", 90))
       for plural in ("", "s")},
    "centenarian": (100, "a", True), "centenarians": (100, "a", True),
}
# "in his eighties", "in their forties": an age, approximate (as "octogénaire", "dans la quarantaine"); not the
# twenties (no number word of their own, see DECADE_WORDS).
AGE_TENS: Final[dict[str, int]] = {
    "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70, "eighties": 80,
    "nineties": 90,
}
AGE_TENS_BEFORE: Final[tuple[str, ...]] = ("in his", "in her", "in their", "in my", "in your", "in our")

# Rates (for the cross-check): what a figure is counted per. "$300 a month", "5% a year", "3 million visitors each
# year", "$90 per barrel", "6.5 tonnes/ha"; an adverb after ("grew 5% annually") or an adjective before ("a monthly
# wage of $300", "annual growth of 5%"). Keys are shared with French: "year" is "par an", "l'an", "annuel".
RATE_PER: Final[tuple[str, ...]] = ("a", "an", "per", "each", "every")
RATE_PER_NEXT: Final[tuple[str, ...]] = ()  # only right after the figure (French "le baril")
# Up to three words may stand between the figure and its period, none of these: "rose 14% over a year" is a
# comparison, "in a day" a span.
RATE_NOT_BETWEEN: Final[frozenset[str]] = frozenset({
    "and", "or", "but", "than", "to", "over", "in", "for", "within", "during", "after", "before", "under", "by", "at",
    "on", "from", "since", "with", "into", "until", "about", "nearly", "almost", "around",
})
RATE_BASES: Final[dict[str, str]] = {
    "year": "year", "yr": "year", "annum": "year", "quarter": "quarter", "month": "month", "week": "week",
    "day": "day", "night": "night",
    "hour": "hour", "hr": "hour", "minute": "minute", "head": "person", "capita": "person", "person": "person",
    "resident": "person", "inhabitant": "person", "kg": "kg", "kilo": "kg", "kilogram": "kg", "kilogramme": "kg",
    "tonne": "tonne", "ton": "tonne", "litre": "litre", "liter": "litre", "barrel": "barrel", "share": "share",
    "square metre": "square metre", "square meter": "square metre", "sq m": "square metre", "m2": "square metre",
    "hectare": "hectare", "ha": "hectare",
}
RATE_ADVERBS: Final[dict[str, str]] = {
    "annually": "year", "yearly": "year", "monthly": "month", "weekly": "week", "daily": "day", "nightly": "night",
    "hourly": "hour", "annual": "year",
}
RATE_ADJECTIVES: Final[dict[str, str]] = {
    "annual": "year", "yearly": "year", "monthly": "month", "weekly": "week", "daily": "day", "hourly": "hour",
}
# "5% a year earlier", "300 a day later", "a year ago", "a year on, ...": a point in time, not a rate ("a month on
# average", "a day on three shifts" are rates).
RATE_NOT_AFTER: Final[frozenset[str]] = frozenset({
    "earlier", "ago", "before", "after", "later", "since", "on,", "on.", "on;", "old", "older", "younger", "from",
    "of",
})

# Changes (for the cross-check): the way a figure moved, "up" or "down", read from the word before it ("rose 9%",
# "fell by nearly 3%", "an increase of 5%", "up 35%"; words of DIRECTION_FILLERS or a qualifier between) or after it
# ("a 12% increase", "5% lower").
_UP: Final = (
    "rose", "rise", "rises", "rising", "risen", "increase", "increased", "increases", "increasing", "grew", "grow",
    "grows", "growing", "grown", "growth", "climbed", "climb", "climbs", "climbing", "jumped", "jump", "jumps",
    "jumping", "soared", "soaring", "surged", "surge", "surging", "gained", "gain", "gains", "gaining", "rallied",
    "rebounded", "rebound", "advanced", "up", "boosted", "hiked", "hike", "expanded", "strengthened", "appreciated",
    # a gap or a pace ("the deficit widened by", "inflation accelerated to"), a currency ("firmed"), jobs
    "widened", "widen", "widens", "widening", "accelerated", "accelerate", "accelerates", "accelerating", "firmed",
    "firming", "strengthen", "strengthens", "strengthening", "raised", "raise", "raises", "raising", "hired", "hire",
    "hires", "hiring", "recruited", "recruit", "recruits", "recruiting", "created", "create", "creates", "creating",
    "creation", "added", "add", "adds", "adding",
    # small moves: "edged up to 7.3%", "ticked higher"
    *(f"{verb} {way}" for verb in ("edged", "inched", "ticked", "crept", "moved", "went", "picked", "nudged")
      for way in ("up", "higher")),
)
_DOWN: Final = (
    "fell", "fall", "falls", "falling", "fallen", "dropped", "drop", "drops", "dropping", "declined", "decline",
    "declines", "declining", "decreased", "decrease", "decreases", "decreasing", "slumped", "slump", "plunged",
    "plunge", "plummeted", "tumbled", "slid", "slide", "slipped", "shrank", "shrunk", "shrink", "shrinks",
    "contracted", "contraction", "dipped", "dip", "eased", "lost", "lose", "loses", "losing", "loss", "shed", "cut",
    "cuts", "cutting", "reduced", "reduction", "lowered", "down", "weakened", "depreciated", "sank", "sunk",
    "retreated",
    "narrowed", "narrow", "narrows", "narrowing", "slowed", "slows", "slowing", "decelerated", "decelerating",
    "weaken", "weakens", "weakening", "slashed", "slash", "slashes", "slashing", "axed", "axe", "axing",
    "eliminated", "eliminate", "eliminating", "scrapped", "scrap", "scrapping", "trimmed", "trim", "trims",
    "trimming", "laid off", "lay off", "lays off", "laying off", "sheds", "shedding",
    *(f"{verb} {way}" for verb in ("edged", "inched", "ticked", "crept", "moved", "went", "nudged")
      for way in ("down", "lower")),
)
DIRECTION_BEFORE: Final[dict[str, str]] = {**dict.fromkeys(_UP, "up"), **dict.fromkeys(_DOWN, "down")}
DIRECTION_STEMS: Final[dict[str, str]] = {}  # French has them: "augmenteront", "reculait"
DIRECTION_FILLERS: Final[tuple[str, ...]] = (
    "by", "to", "of", "a", "an", "another", "a further", "further", "a record", "just", "only", "sharply", "slightly",
    "steeply", "again",
)
DIRECTION_AFTER: Final[dict[str, str]] = {
    **dict.fromkeys(("increase", "increases", "rise", "rises", "jump", "gain", "gains", "growth", "hike", "surge",
                     "rebound", "higher", "more"), "up"),
    **dict.fromkeys(("drop", "drops", "fall", "falls", "decline", "declines", "decrease", "cut", "cuts",
                     "reduction", "loss", "losses", "slump", "plunge", "dip", "slide", "lower", "cheaper", "less",
                     "fewer"), "down"),
}
# Words of change only right before or after a percentage or a sum ("up 35%", "down $2", "15% more"): "give up two
# years", "backed down seven months later", "up to 15%" (a bound), "20 more planes" are no changes; nor is "more or
# less".
DIRECTION_BARE: Final[tuple[str, ...]] = ("up", "down", "more", "less", "fewer")

# Words before a figure that make it a ceiling, which translators give as a bound ("à moins de", "jusqu'à") or as a
# plain figure ("dans les deux semaines", "atteignant 1,7 mètre"): "within 1.8 million kilometres", "reaching 200
# metres". Up to two words may stand between: "within the next two weeks".
CEILING_BEFORE: Final[tuple[str, ...]] = (
    "within", "reaching", "reached", "reach", "reaches", "peaking at", "peaked at",
)
# Verbs that make the plain figure up to six words after them a floor, which translators give as a bound ("plus de")
# or plain: "exceeded in March for the first time 1,000" / "plus de 1 000", "topped $1 trillion" / "a dépassé mardi
# pour la première fois les 1 000 milliards".
FLOOR_BEFORE: Final[tuple[str, ...]] = (
    *_PASSED_FORMS, "tops", "exceeding",
)  # not "passed", "crossed": "passed 3 laws" (see MARK_QUALIFIERS)

# A month named alone ("in July", "since March", "mid-June", "between July and September"): a date with only its
# month. The month is capitalised, written in full and comes after one of these words; "May", "March", "April",
# "June" and "August" are also names and words ("Theresa May", "the March on Washington", "Johnny and June"), so
# they need one of the strong cues. A month with a possessive ("September's attack") or opening a sentence
# ("October was the bloodiest month") needs no cue, unless it is one of those.
MONTH_CUES_STRONG: Final[tuple[str, ...]] = (
    "in", "since", "until", "till", "early", "mid", "late", "last", "next", "this", "during", "throughout",
    "before", "by", "end of", "beginning of", "start of", "middle of", "month of",
)
MONTH_CUES: Final[tuple[str, ...]] = (
    "from", "to", "through", "of", "each", "every", "between", "and", "or", "after", "for", "the", "with", "its",
    "their", "his", "her", "our",
)
MONTH_NAMES_AMBIGUOUS: Final[frozenset[str]] = frozenset({"may", "march", "april", "june", "august"})
