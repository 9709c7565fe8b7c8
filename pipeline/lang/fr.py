"""French language data for the numeric-facts stage (no logic).

Every word key is lower-case and accent-free: ``pipeline.numerals.fold`` is applied before lookup
("cinquième" is looked up as "cinquieme"). French ``billion`` is 10^12 and ``milliard`` 10^9.
"""

from __future__ import annotations

from typing import Final

from pipeline.lang.signs import CURRENCY_SIGNS
from pipeline.model import Qualifier

UNITS: Final[dict[str, int]] = {
    "zero": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9,
}
TEENS: Final[dict[str, int]] = {
    "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
}
TENS: Final[dict[str, int]] = {
    "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "septante": 70,
    "huitante": 80, "octante": 80, "nonante": 90,
}
HUNDRED: Final[frozenset[str]] = frozenset({"cent", "cents"})
SCALES: Final[dict[str, int]] = {
    "mille": 10**3, "mil": 10**3,  # "milles" is the unit mile ("26,2 milles"): the number "mille" is invariable
    "million": 10**6, "millions": 10**6,
    "milliard": 10**9, "milliards": 10**9,
    "billion": 10**12, "billions": 10**12,
    "billiard": 10**15, "billiards": 10**15,
    "trillion": 10**18, "trillions": 10**18,
}
PLURAL_SCALES: Final[frozenset[str]] = frozenset({"millions", "milliards", "billions", "milliers", "centaines"})
SCALE_ABBREVIATIONS: Final[dict[str, tuple[int, str]]] = {
    "k": (10**3, "k"), "K": (10**3, "k"),
    "M": (10**6, "million"), "Mio": (10**6, "million"), "mio": (10**6, "million"), "mln": (10**6, "million"),
    "Md": (10**9, "milliard"), "Mds": (10**9, "milliard"), "Mrd": (10**9, "milliard"), "mds": (10**9, "milliard"),
    "Mrds": (10**9, "milliard"), "mrd": (10**9, "milliard"), "mrds": (10**9, "milliard"),
    "G": (10**9, "milliard"),
}
DOZENS: Final[dict[str, int]] = {"douzaine": 12, "douzaines": 12}
AND_WORDS: Final[frozenset[str]] = frozenset({"et"})
POINT_WORDS: Final[frozenset[str]] = frozenset({"virgule"})
MINUS_WORDS: Final[frozenset[str]] = frozenset({"negatif"})
MARGIN_WORDS: Final[tuple[str, ...]] = ()  # "plus ou moins 3" reads no minus ("moins" is not a minus word)
ARTICLES_ONE: Final[frozenset[str]] = frozenset({"un", "une"})
# French "un"/"une" is mostly an article: never a figure on its own.
ONE_BLOCKERS_BEFORE: Final[frozenset[str]] = frozenset()
ONE_BLOCKERS_AFTER: Final[frozenset[str]] = frozenset()

ORDINALS: Final[dict[str, int]] = {
    "premier": 1, "premiere": 1, "premiers": 1, "premieres": 1, "unieme": 1, "second": 2, "seconde": 2,
    "deuxieme": 2, "troisieme": 3, "quatrieme": 4, "cinquieme": 5, "sixieme": 6, "septieme": 7,
    "huitieme": 8, "neuvieme": 9, "dixieme": 10, "dizieme": 10, "onzieme": 11, "douzieme": 12,
    "treizieme": 13, "quatorzieme": 14, "quinzieme": 15, "seizieme": 16, "vingtieme": 20, "trentieme": 30,
    "quarantieme": 40, "cinquantieme": 50, "soixantieme": 60, "septantieme": 70, "huitantieme": 80,
    "octantieme": 80, "nonantieme": 90, "tierce": 3,
}
SCALE_ORDINALS: Final[dict[str, int]] = {
    "centieme": 100, "millieme": 10**3, "millionieme": 10**6, "milliardieme": 10**9, "billionieme": 10**12,
}
NOT_DENOMINATORS: Final[frozenset[str]] = frozenset({
    "second", "seconde", "secondes", "seconds", "premier", "premiere", "premiers", "premieres", "tierce",
})
FRACTION_WORDS: Final[dict[str, int]] = {
    "demi": 2, "demie": 2, "demis": 2, "moitie": 2, "tiers": 3, "quart": 4, "quarts": 4,
}
HALF_WORDS: Final[frozenset[str]] = frozenset({"demi", "demie", "moitie"})
# "le tiers des voix", "plus du quart de la population": a share without a numerator (see numerals._definite_share).
SHARE_ARTICLES: Final[frozenset[str]] = frozenset({"le", "du", "au"})
SHARE_OF: Final[frozenset[str]] = frozenset({"de", "des", "du", "d"})
NOT_SHARES_AFTER: Final[frozenset[str]] = frozenset({"finale", "finales", "heure", "heures", "siecle", "siecles"})
ORDINAL_SUFFIXES: Final[tuple[str, ...]] = (
    "ème", "eme", "ième", "ieme", "è", "e", "ᵉ", "er", "ᵉʳ", "re", "ère", "ere", "nd", "nde", "d", "de",
    "es", "èmes", "emes", "ièmes", "iemes",  # plural: "les 199es", "les 8es de finale"
)

MONTHS: Final[dict[str, int]] = {
    "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "aout": 8,
    "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
    "janv": 1, "fevr": 2, "fev": 2, "avr": 4, "juil": 7, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
AMBIGUOUS_MONTHS: Final[frozenset[str]] = frozenset({"mars", "sept", "oct", "dec"})

# What may stand between a verb that passes a figure and the figure: "dépasse les 3 000", "la barre des 1 000".
_PASSED_MARKS: Final[tuple[str, ...]] = (
    "", " les", " le", " la barre des", " la barre de", " le cap des", " le cap de", " le seuil des", " le seuil de",
)
# Forms of the verbs that pass a figure: a bound in the qualifier table, a floor in ``FLOOR_BEFORE``.
_PASSED_FORMS: Final[tuple[str, ...]] = (
    "depasse", "depassee", "depasses", "depassees", "depassent", "depassait", "depassera", "excede",
)
QUALIFIERS: Final[dict[str, Qualifier]] = {
    "pres de": Qualifier.NEARLY, "pres d'": Qualifier.NEARLY, "presque": Qualifier.NEARLY,
    # Of a share only (see ``SHARE_QUALIFIERS``): "près des deux tiers", "plus de la moitié", "moins du quart".
    "pres des": Qualifier.NEARLY, "pres du": Qualifier.NEARLY, "pres de la": Qualifier.NEARLY,
    "presque la": Qualifier.NEARLY, "quasiment la": Qualifier.NEARLY, "pratiquement la": Qualifier.NEARLY,
    "environ la": Qualifier.ABOUT, "environ le": Qualifier.ABOUT, "plus de la": Qualifier.MORE_THAN,
    "plus du": Qualifier.MORE_THAN, "plus des": Qualifier.MORE_THAN, "au moins la": Qualifier.AT_LEAST,
    "au moins le": Qualifier.AT_LEAST, "moins de la": Qualifier.LESS_THAN, "moins du": Qualifier.LESS_THAN,
    "moins des": Qualifier.LESS_THAN,
    "quasi": Qualifier.NEARLY, "quasiment": Qualifier.NEARLY, "pratiquement": Qualifier.NEARLY,
    "environ": Qualifier.ABOUT, "quelque": Qualifier.ABOUT, "quelques": Qualifier.ABOUT,
    "autour de": Qualifier.ABOUT, "autour d'": Qualifier.ABOUT, "a peu pres": Qualifier.ABOUT,
    "approximativement": Qualifier.ABOUT, "aux alentours de": Qualifier.ABOUT, "de l'ordre de": Qualifier.ABOUT,
    "plus de": Qualifier.MORE_THAN, "plus d'": Qualifier.MORE_THAN, "au-dela de": Qualifier.MORE_THAN,
    "au dela de": Qualifier.MORE_THAN, "davantage": Qualifier.MORE_THAN, "davantage que": Qualifier.MORE_THAN,
    "superieur a": Qualifier.MORE_THAN, "superieure a": Qualifier.MORE_THAN, "plus que": Qualifier.MORE_THAN,
    "au moins": Qualifier.AT_LEAST, "pas moins de": Qualifier.AT_LEAST, "minimum": Qualifier.AT_LEAST,
    "moins de": Qualifier.LESS_THAN, "moins d'": Qualifier.LESS_THAN, "inferieur a": Qualifier.LESS_THAN,
    "inferieure a": Qualifier.LESS_THAN, "sous": Qualifier.LESS_THAN, "en dessous de": Qualifier.LESS_THAN,
    "au plus": Qualifier.AT_MOST, "jusqu'a": Qualifier.AT_MOST, "pas plus de": Qualifier.AT_MOST,
    "au maximum": Qualifier.AT_MOST, "tout au plus": Qualifier.AT_MOST,
    # "sous les 45 %", "sous la barre des 105 yens" ("below 45%"); "un maximum de 300 $" ("a maximum of $300")
    "sous les": Qualifier.LESS_THAN, "sous la barre des": Qualifier.LESS_THAN, "sous la barre de": Qualifier.LESS_THAN,
    "sous le seuil des": Qualifier.LESS_THAN, "sous le seuil de": Qualifier.LESS_THAN,
    "en dessous des": Qualifier.LESS_THAN, "au-dessous de": Qualifier.LESS_THAN, "au-dessous des": Qualifier.LESS_THAN,
    # "au-dessus de 2" ("over 2"); not with an article, a comparison as often ("17 %, juste au-dessus des 15,4 %")
    "au-dessus de": Qualifier.MORE_THAN, "au dessus de": Qualifier.MORE_THAN,
    # "des amendes pouvant atteindre 40 millions" ("fines of up to 40 million")
    "pouvant atteindre": Qualifier.AT_MOST, "pouvant aller jusqu'a": Qualifier.AT_MOST,
    "un maximum de": Qualifier.AT_MOST, "un maximum d'": Qualifier.AT_MOST, "un minimum de": Qualifier.AT_LEAST,
    "un minimum d'": Qualifier.AT_LEAST,
    # "exceeding" and its French: "dépassant 3 000"
    "depassant": Qualifier.MORE_THAN, "excedant": Qualifier.MORE_THAN,
    "superieurs a": Qualifier.MORE_THAN, "superieures a": Qualifier.MORE_THAN,
    "inferieurs a": Qualifier.LESS_THAN, "inferieures a": Qualifier.LESS_THAN,
    # inclusive bounds ("less than or equal to")
    "inferieur ou egal a": Qualifier.AT_MOST, "inferieure ou egale a": Qualifier.AT_MOST,
    "inferieurs ou egaux a": Qualifier.AT_MOST, "inferieures ou egales a": Qualifier.AT_MOST,
    "superieur ou egal a": Qualifier.AT_LEAST, "superieure ou egale a": Qualifier.AT_LEAST,
    "superieurs ou egaux a": Qualifier.AT_LEAST, "superieures ou egales a": Qualifier.AT_LEAST,
    # A verb that passes the figure, as English "exceeded": "a dépassé les 3 000", "dépasse le cap des 1 000";
    # denied, it bounds from above: "ne dépasse pas 5 %", "ne doit pas dépasser 0,35 %" ("must not exceed").
    **{f"{verb}{article}": Qualifier.MORE_THAN
       for verb in (*_PASSED_FORMS, "depassaient", "depasseront", "depasserait", "depasseraient", "excedent",
                    "excedait", "excedera", "pour depasser", "pour exceder")  # "a triplé pour dépasser le million"
       for article in _PASSED_MARKS},
    **{f"{verb}{article}": Qualifier.AT_MOST
       for verb in ("pas depasser", "jamais depasser", "pas depasse", "pas depassee", "pas depasses",
                    "pas depassees", "jamais depasse", "depasse pas", "depassent pas", "depassait pas",
                    "depassaient pas", "depassera pas", "depasseront pas", "pas exceder", "pas excede",
                    "excede pas", "excedent pas", "sans depasser", "sans exceder")
       for article in _PASSED_MARKS},
    # "a franchi la barre des 8 milliards", "franchit le cap du million": a mark crossed ("a franchi 3 frontières" is
    # no bound)
    **{f"{verb} {mark} {article}": Qualifier.MORE_THAN
       for verb in ("franchi", "franchit", "franchissent", "franchissait", "franchira", "franchiront", "pour franchir")
       for mark in ("la barre", "le cap", "le seuil")
       for article in ("des", "de", "du", "d'")},
    # the literary denial without "pas": "ne peut dépasser 5 %" (may not exceed), "ne saurait dépasser"
    **{f"ne {modal} {verb}{article}": Qualifier.AT_MOST
       for modal in ("peut", "peuvent", "pourra", "pourront", "doit", "doivent", "saurait", "sauraient")
       for verb in ("depasser", "exceder")
       for article in _PASSED_MARKS},
}

# The qualifiers of ``QUALIFIERS`` that end in an article: they bound a share ("plus de la moitié", "plus des
# deux tiers"), never a count ("plus des 3 000 salariés" is most of the 3,000).
SHARE_QUALIFIERS: Final[frozenset[str]] = frozenset({
    "pres des", "pres du", "pres de la", "presque la", "quasiment la", "pratiquement la", "environ la",
    "environ le", "plus de la", "plus du", "plus des", "au moins la", "au moins le", "moins de la", "moins du",
    "moins des",
})
# Time adverbs between a verb of the qualifier table and its figure: "ne devra pas dépasser chaque année 0,35 %".
QUALIFIER_ADVERBS: Final[tuple[str, ...]] = (
    "chaque annee", "chaque mois", "chaque jour", "par an", "par jour", "cette annee", "desormais", "deja",
    "largement", "en moyenne", "au total",
)

RANGE_PAIRS: Final[tuple[tuple[str, str], ...]] = (
    ("entre", "et"), ("de", "a"), ("du", "au"), ("d'", "a"), ("de", "au"),
)
RANGE_MIDDLES: Final[tuple[str, ...]] = ("a",)
OUT_OF: Final[tuple[str, ...]] = ("sur",)
FRACTION_OF: Final[tuple[str, ...]] = ("de", "d'", "du", "des")

PERCENT_WORDS: Final[tuple[str, ...]] = ("pour cent", "pourcent", "pourcents", "pourcentage", "pourcentages")
PERCENT_OF_WORDS: Final[tuple[str, ...]] = ("pourcentage de", "pourcent des", "pourcent de")

MULTIPLIER_WORDS: Final[dict[str, int]] = {
    "doublé": 2, "doublée": 2, "doublés": 2, "doublées": 2, "triplé": 3, "triplée": 3, "triplés": 3,
    "triplées": 3, "quadruplé": 4, "quadruplée": 4, "doubler": 2, "tripler": 3, "quadrupler": 4,
    "doublera": 2, "triplera": 3, "doublent": 2, "triplent": 3,
    "quadruplés": 4, "quadruplées": 4, "quintuplé": 5, "quintuplée": 5, "quintuplés": 5, "quintuplées": 5,
    "décuplé": 10, "décuplée": 10, "décuplés": 10, "décuplées": 10, "centuplé": 100,
}
# A verb and "par" before the factor: "a été multiplié par quatre" (quadrupled), as "deux fois plus".
MULTIPLIED_BY: Final[tuple[str, ...]] = tuple(
    f"{verb} par" for verb in ("multiplié", "multipliée", "multipliés", "multipliées", "multiplier", "multiplie",
                               "multiplient", "multipliera", "multiplieront", "multipliait", "multipliant",
                               "multiplication")
)
TIMES_WORDS: Final[tuple[str, ...]] = ("fois",)

CURRENCY_PREFIXES: Final[dict[str, str]] = {
    "US$": "USD", "USD": "USD", "$": "USD", "€": "EUR", "EUR": "EUR", "£": "GBP", "GBP": "GBP", "¥": "JPY",
    "VND": "VND", "₫": "VND", "CHF": "CHF", "CNY": "CNY", "$CA": "CAD", "C$": "CAD", "CA$": "CAD", "$US": "USD",
    "A$": "AUD", "AU$": "AUD", "S$": "SGD", "HK$": "HKD", "NZ$": "NZD", "NT$": "TWD", "R$": "BRL", "₹": "INR",
    "₩": "KRW", "AUD": "AUD", "CAD": "CAD", "NZD": "NZD", "SGD": "SGD", "HKD": "HKD", "INR": "INR", "KRW": "KRW",
    "THB": "THB", "MYR": "MYR", "TWD": "TWD", "BRL": "BRL", "MXN": "MXN",
    **CURRENCY_SIGNS,
}
CURRENCY_WORDS: Final[dict[str, str]] = {
    "usd": "USD", "dollars": "USD", "dollar": "USD", "dollars americains": "USD", "dollars us": "USD",
    "dollars des etats-unis": "USD", "$ us": "USD", "$": "USD", "us$": "USD", "eur": "EUR", "euros": "EUR",
    "euro": "EUR", "€": "EUR", "gbp": "GBP", "livres sterling": "GBP", "livre sterling": "GBP",
    "vnd": "VND", "dong": "VND", "dongs": "VND", "đong": "VND", "₫": "VND", "yens": "JPY", "yen": "JPY",
    "yuans": "CNY", "yuan": "CNY", "francs suisses": "CHF", "francs": "CHF", "franc": "CHF", "chf": "CHF",
    "roupies": "INR", "wons": "KRW", "won": "KRW", "bahts": "THB", "baht": "THB", "rials": "IRR",
    "dollars canadiens": "CAD", "dollars australiens": "AUD", "couronnes suedoises": "SEK", "sek": "SEK",
    "roubles": "RUB", "£": "GBP", "fcfa": "XOF", "francs cfa": "XOF", "bitcoins": "BTC", "bitcoin": "BTC",
    "btc": "BTC", "forints": "HUF", "forint": "HUF", "zlotys": "PLN", "zloty": "PLN",
    "$ ca": "CAD", "$ca": "CAD", "ca$": "CAD", "c$": "CAD", "$us": "USD", "cad": "CAD", "$cad": "CAD",
    "$usd": "USD", "$aud": "AUD", "$au": "AUD", "$sg": "SGD", "$hk": "HKD",
    # "$" named by its country after the amount: "3 000 $ de Singapour", "66 M$ de Singapour" (S$3,000)
    "$ de singapour": "SGD", "dollars de singapour": "SGD", "dollars singapouriens": "SGD", "$ singapouriens": "SGD",
    "$ de hong kong": "HKD", "dollars de hong kong": "HKD", "dollars hongkongais": "HKD", "$ hk": "HKD",
    "$ australiens": "AUD", "$ canadiens": "CAD", "dollars neo-zelandais": "NZD", "$ neo-zelandais": "NZD",
    "sgd": "SGD", "hkd": "HKD", "aud": "AUD", "nzd": "NZD",
    **CURRENCY_SIGNS,
}
# Currency subunits written after a figure: (currency, parts in one unit). "39 cents" is money 0.39 USD in both
# languages (the cent of the dollar, whatever the country); a digit numeral before "cent(s)" makes it the subunit,
# while "cent personnes", "deux cents" stay the number word.
SUBUNITS: Final[dict[str, tuple[str, int]]] = {
    "cents": ("USD", 100), "cent": ("USD", 100), "¢": ("USD", 100), "centimes": ("USD", 100), "centime": ("USD", 100),
    "pence": ("GBP", 100), "penny": ("GBP", 100), "pennies": ("GBP", 100),  # British only in French
    # the currency named after the subunit: "5 centimes d'euro" is 0.05 EUR, "30 cents américains" 0.30 USD
    **{f"{cent} {of}euro{s}": ("EUR", 100) for cent in ("centimes", "centime", "cents", "cent")
       for of in ("d'", "d’") for s in ("", "s")},
    **{f"{cent} de dollar{s}": ("USD", 100) for cent in ("centimes", "centime", "cents", "cent") for s in ("", "s")},
    "cents americains": ("USD", 100), "cent americain": ("USD", 100),
}

UNITS_OF_MEASURE: Final[dict[str, str]] = {
    "km": "km", "kilometres": "km", "kilometre": "km", "m": "m", "metres": "m", "metre": "m",
    "cm": "cm", "centimetres": "cm", "centimetre": "cm", "mm": "mm", "millimetres": "mm", "millimetre": "mm",
    "dm": "dm", "decimetres": "dm", "decimetre": "dm", "hm": "hm", "hectometres": "hm", "hectometre": "hm",
    "kg": "kg", "kilogrammes": "kg", "kilogramme": "kg", "kilos": "kg", "kilo": "kg",
    "g": "g", "grammes": "g", "gramme": "g", "mg": "mg", "milligrammes": "mg", "milligramme": "mg",
    "microgrammes": "µg", "microgramme": "µg", "µg": "µg", "ug": "µg",
    "t": "t", "tonnes": "t", "tonne": "t", "ha": "ha", "hectares": "ha", "hectare": "ha",
    "m2": "m2", "m²": "m2", "metres carres": "m2", "metre carre": "m2", "km2": "km2", "km²": "km2",
    "kilometres carres": "km2", "m3": "m3", "m³": "m3", "metres cubes": "m3", "metre cube": "m3",
    "°c": "°C", "ºc": "°C", "degres celsius": "°C", "degres centigrades": "°C", "degres c": "°C", "°f": "°F", "°": "°",
    "points de pourcentage": "pp", "point de pourcentage": "pp", "points de base": "bp", "point de base": "bp",
    "degres": "°", "degre": "°", "degres fahrenheit": "°F", "degres f": "°F", "° celsius": "°C", "° fahrenheit": "°F",
    "l": "l", "litres": "l", "litre": "l", "ml": "ml", "millilitres": "ml", "millilitre": "ml", "cl": "cl",
    "mw": "MW", "megawatts": "MW", "megawatt": "MW", "kw": "kW", "kilowatts": "kW", "gw": "GW", "kwh": "kWh",
    "kilometres a l'heure": "km/h", "kilometres par heure": "km/h", "km a l'heure": "km/h", "miles a l'heure": "mph",
    "miles par heure": "mph",
    "mwh": "MWh", "gwh": "GWh", "kv": "kV", "km/h": "km/h", "mph": "mph", "m/s": "m/s",
    "miles": "mi", "mile": "mi", "pieds": "ft", "pied": "ft", "pouces": "in", "pouce": "in", "acres": "acre",
    "acre": "acre", "gallons": "gal", "gallon": "gal", "barils": "bbl", "baril": "bbl", "onces": "oz",
    "once": "oz", "pieds cubes": "ft3", "mo": "MB", "go": "GB", "hpa": "hPa", "ghz": "GHz", "mhz": "MHz",
    "mbit/s": "Mbps", "gbit/s": "Gbps", "kbit/s": "kbps", "mb/s": "Mbps", "gb/s": "Gbps", "bits": "bit", "bit": "bit",
    "ko": "kB", "kilooctets": "kB", "kilooctet": "kB", "megaoctets": "MB", "megaoctet": "MB", "gigaoctets": "GB",
    "gigaoctet": "GB", "teraoctets": "TB", "teraoctet": "TB", "μg": "µg",
    "milles": "mi", "milles nautiques": "nmi", "milles marins": "nmi", "mille nautique": "nmi",
    "mille marin": "nmi", "miles carres": "mi2", "mille carre": "mi2", "milles carres": "mi2", "noeuds": "kn",
    "noeud": "kn", "nœuds": "kn", "nœud": "kn", "quintaux": "q", "quintal": "q",
    # Time spans (see DURATION_UNITS): "10 ans" / "10-year" -> quantity 10 a.
    "an": "a", "ans": "a", "annee": "a", "annees": "a", "mois": "mo", "semaine": "wk", "semaines": "wk",
    "jour": "d", "jours": "d", "journee": "d", "journees": "d", "heure": "h", "heures": "h", "minute": "min",
    "minutes": "min", "min": "min", "seconde": "s", "secondes": "s", "sec": "s",
}
# Normalised symbols of the time-span units above (year ``a``, month ``mo``, week ``wk``, day ``d``, hour ``h``,
# minute ``min``, second ``s``), the same in both languages: "37-year-old" and "37 ans" are quantity 37 a.
DURATION_UNITS: Final[frozenset[str]] = frozenset({"a", "mo", "wk", "d", "h", "min", "s"})
# "N ans et demi", "une heure et demie": a half added to a duration.
AND_A_HALF: Final[str] = r"et\s+demie?"
# "N ans trois quarts", "une heure et quart" -> a quarter or three added to a duration (12.75 a, 1.25 h).
AND_QUARTERS: Final[dict[str, tuple[int, int]]] = {
    "et quart": (1, 4), "et trois quarts": (3, 4), "trois quarts": (3, 4),
}
# Words before "moitié" that make it a part of a period, not a fraction ("la première moitié de l'année").
HALF_PERIOD_BEFORE: Final[frozenset[str]] = frozenset({"premiere", "seconde", "deuxieme", "derniere"})
# A noun introducing a decade: "les années 80" (year 1980), "années 1980", "années soixante-dix" (1970).
DECADE_NOUNS: Final[tuple[str, ...]] = ("annees",)
# Words between a figure and its scale word: "100 autres milliards" = 100 billion.
SCALE_GAP_WORDS: Final[frozenset[str]] = frozenset({"autres"})
SHORT_UNITS: Final[frozenset[str]] = frozenset({"m", "g", "t", "l", "c", "mo", "go", "ko", "°"})
# Spellings of short units that are written in capitals and still a unit ("500 Go", "75 L"). "To" (téraoctets) is
# not a unit at all: after a figure, "to" is far more often English ("from 5 to 10" quoted).
CASED_SHORT_UNITS: Final[frozenset[str]] = frozenset({"Mo", "Go", "Ko", "L"})

COUNT_NOUNS: Final[frozenset[str]] = frozenset({
    "personnes", "enfants", "hommes", "femmes", "eleves", "etudiants", "travailleurs", "menages", "familles",
    "cas", "patients", "morts", "deces", "maisons", "vehicules", "voitures", "tonnes", "hectares", "unites",
    "agents", "soldats", "membres", "employes", "emplois", "visiteurs", "touristes", "toxicomanes",
    "individus", "habitants", "victimes", "communes", "villages", "ecoles", "enseignants", "medecins", "lits",
    "projets", "entreprises", "societes", "participants", "delegues", "voix", "gens",
})
YEAR_CUES_BEFORE: Final[frozenset[str]] = frozenset({
    "en", "depuis", "de", "des", "du", "jusqu'en", "annee", "avant", "apres", "fin", "debut", "mi", "ete",
    "hiver", "printemps", "automne", "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout",
    "septembre", "octobre", "novembre", "decembre", "pour", "vers", "entre", "et", "a", "au", "dans",
})

LABEL_NOUNS: Final[frozenset[str]] = frozenset({
    "route", "autoroute", "article", "decret", "resolution", "circulaire", "decision", "loi", "chapitre",
    "section", "clause", "salle", "porte", "vol", "camp", "unite", "zone", "quartier", "hameau", "district",
    "phase", "etape", "niveau", "classe", "region", "rue", "avenue", "batiment", "bloc", "lot", "tempete",
    "typhon", "depression tropicale", "equipe", "groupe", "division", "corps", "brigade", "regiment",
    "bataillon", "armee", "region militaire", "point", "paragraphe", "annexe", "version", "quai", "terminal",
    "ligne", "bus", "appartement", "etage", "plan", "secteur", "station", "km", "kilometre", "projet", "chaine",
    "saison", "episode", "volume", "numero", "no", "serie", "modele", "type", "categorie", "ql", "rn",
    "ligue", "tableau", "graphique", "visa", "visas", "ecole publique", "districts", "articles", "chapitres",
    "sections", "grade", "boeing", "airbus",
})
# Label nouns after which a number of four digits 1900-2099 is a year, not a label ("le modèle 2014").
LABEL_YEAR_NOUNS: Final[frozenset[str]] = frozenset({
    "modele", "version", "saison", "serie", "edition", "plan", "promotion", "classe",
})
# Capitalised nouns after which an ordinal in digits names rather than ranks: "le 23e District" = "District 23".
ORDINAL_LABEL_NOUNS: Final[frozenset[str]] = frozenset({"district", "districts"})
NAME_HEADS: Final[frozenset[str]] = frozenset({
    "centre", "hopital", "ecole", "formule", "camp", "prison", "region", "guerre", "phase", "zone", "unite", "equipe",
    "division", "corps", "station", "centrale", "pont", "port", "usine", "societe", "club", "parc", "marche",
    "district", "quartier", "commune", "hameau", "village", "rue", "lac", "barrage", "ile", "tour", "pagode",
    "temple", "eglise", "college", "universite", "institut", "clinique", "departement", "force", "groupe",
    "ligue", "coupe", "congres", "conference", "session", "pape", "roi", "reine", "empereur", "louis",
    "henri", "jean", "paul", "charles", "napoleon", "elisabeth",
})
# Not used in French (see ``pipeline.lang.en``): "un"/"une" is never a figure alone anyway.
DECADE_WORDS: Final[dict[str, int]] = {}
DECADE_CENTURIES: Final[dict[str, int]] = {}
ONE_CONTRAST: Final[tuple[str, ...]] = ()
ONE_CONTRAST_WINDOW: Final[int] = 0

# Number words that are also adjectives after a noun: "un T4 neuf", "un appartement neuf" (new), not 9. "neuf"
# alone is read as the adjective when the word before is a noun-like word (none of NUMBER_CUES_BEFORE, no
# number) and no lower-case content word follows, or when one of ADJECTIVE_CUES_BEFORE precedes it.
ADJECTIVE_NUMBERS: Final[frozenset[str]] = frozenset({"neuf"})
ADJECTIVE_CUES_BEFORE: Final[frozenset[str]] = frozenset({
    "flambant", "tout", "toute", "quoi", "rien", "remis", "remise", "remettre", "refait", "refaite", "etat",
})
# "quoi de neuf", "remis à neuf": after one of these and "à" or "de", "neuf" is the adjective ("état de neuf
# lettres" is 9).
ADJECTIVE_CUES_BEFORE_LINK: Final[frozenset[str]] = frozenset({
    "quoi", "rien", "remis", "remise", "remettre", "refait", "refaite",
})
# Words that follow the adjective ("un appartement neuf et spacieux", "un T4 neuf de la famille"): any other
# lower-case word after "neuf" is what it counts ("neuf ans", "neuf fois", "neuf lettres").
ADJECTIVE_FOLLOWERS: Final[frozenset[str]] = frozenset({
    "et", "ou", "mais", "de", "d'", "du", "des", "a", "au", "aux", "en", "pour", "par", "sur", "dans", "avec", "sans",
    "chez", "selon", "vers", "entre", "contre", "depuis", "pendant", "apres", "avant", "qui", "que", "qu'", "dont",
    "comme", "le", "la", "les", "l'", "un", "une", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs",
    "est", "sont", "etait", "sera", "se", "s'", "ne", "n'", "y", "il", "elle", "ils", "elles", "on",
})
# Words after which "neuf" stays a number: determiners, prepositions, conjunctions, verbs that count.
NUMBER_CUES_BEFORE: Final[frozenset[str]] = frozenset({
    "les", "des", "de", "d'", "du", "ces", "ses", "leurs", "nos", "vos", "mes", "tes", "aux", "a", "au", "en",
    "sur", "pour", "par", "et", "ou", "dont", "environ", "plus", "moins", "pres", "quelque", "tous", "toutes",
    "avec", "sans", "entre", "vers", "dans", "chez", "contre", "apres", "avant", "depuis", "pendant", "que", "qu'",
    "soit", "sont", "ont", "est", "compte", "comptait", "comptent", "sept", "huit", "dix", "le", "la", "l'",
    "seulement", "neuf", "ans", "fois", "parmi", "jusqu'a", "seuls", "seules", "seul", "seule",
})

# "les deux partis", "des deux côtés", "les deux" (pronoun): "both", no figure (English "both" holds none), unless a
# word of BOTH_KEEP_AFTER follows ("les deux premiers", "les deux prochaines années"). See ``pipeline.lang.en``.
BOTH_WORDS: Final[frozenset[str]] = frozenset({"deux"})
BOTH_BEFORE: Final[frozenset[str]] = frozenset({"les", "des", "aux", "ces"})
BOTH_KEEP_AFTER: Final[frozenset[str]] = frozenset({
    "premier", "premiers", "premieres", "dernier", "derniers", "dernieres", "prochain", "prochains", "prochaines",
    "precedents", "precedentes", "suivants", "suivantes", "autres", "seuls", "seules", "principaux",
    "principales", "plus", "grands", "grandes", "douzaines", "tiers", "cinquiemes", "cent", "cents", "mille",
    "millions", "milliards", "ans", "annees", "mois", "semaines", "jours", "heures", "minutes", "decennies",
    "siecles", "saisons", "mandats", "trimestres", "et", "ou", "a", "de", "d'", "sur", "pour", "fois",
})
# Hedges written after the figure: "20 ans environ", "10 jours minimum", "dix ou plus".
TRAILING_QUALIFIERS: Final[dict[str, Qualifier]] = {
    "environ": Qualifier.ABOUT, "minimum": Qualifier.AT_LEAST, "au minimum": Qualifier.AT_LEAST,
    "au moins": Qualifier.AT_LEAST, "ou plus": Qualifier.AT_LEAST, "maximum": Qualifier.AT_MOST,
    "au maximum": Qualifier.AT_MOST, "au plus": Qualifier.AT_MOST, "ou moins": Qualifier.AT_MOST,
    "et plus": Qualifier.AT_LEAST,  # "les personnes de 21 ans et plus" ("21 years or older")
    "ou plusieurs": Qualifier.AT_LEAST, "ou davantage": Qualifier.AT_LEAST,  # "deux ou plusieurs" ("two or more")
}
# Words that end the noun phrase of a figure, so a later "au moins" is not its hedge: prepositions, conjunctions,
# pronouns, negation and verbs ("pour au moins cinq ans", "Les deux hommes se sont au moins parlé").
_NOT_IN_NOUN_PHRASE: Final[str] = (
    r"(?:pour|par|dans|sur|sous|avec|sans|chez|vers|contre|entre|apr[eè]s|avant|depuis|pendant|[aà]|au|aux|de|des"
    r"|du|en|et|ou|mais|donc|car|ni|que|qui|dont|o[uù]|il|elle|ils|elles|on|se|y|nous|vous|leur|ne|pas|plus|ont"
    r"|est|sont|[ée]tait|[ée]taient|avait|avaient|sera|seront|aura|auront|fut|furent|soit|soient|ait|aient|[ée]t[ée]"
    r"|fait|doit|doivent|peut|peuvent|\w+(?:ront|raient|aient|ait))(?![\w'’])"
)
# What may stand between the figure and a trailing "minimum"/"maximum": "6 ans de prison minimum"; and the noun and
# adjective a postposed "au moins" follows, plural as they are after a count: "Dix morts au moins", "Quatre blessés
# légers au moins" (not a verb: "Un salarié sur cinq télétravaille au moins un jour").
TRAILING_QUALIFIER_GAP: Final[str] = (
    r"(?:de\s+|d['’])[^\W\d_]+\s+(?=(?:au\s+)?(?:minimum|maximum)(?![\w]))"
    rf"|(?:(?!{_NOT_IN_NOUN_PHRASE})[^\W\d_]+[sxz]\s+){{1,2}}(?=au\s+moins(?![\w]))"
)
# Collective numbers after "un"/"une": "une dizaine de personnes" -> cardinal 10, approximate (Qualifier.ABOUT unless
# a hedge precedes: "plus d'une trentaine" is more than 30); "une centaine de milliers" -> 100 000. The plural without
# a number ("des centaines", "des milliers", "quelques dizaines") is a magnitude (``pipeline.magnitudes``). "une
# douzaine" (12) and "a dozen" are read as numbers (DOZENS) and approximate too. "une dizaine d'années" is a span
# (COLLECTIVE_SPANS), as "a decade".
COLLECTIVES: Final[dict[str, int]] = {
    "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
    "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "millier": 1000,
}

# Nouns that are figures (see "Figure nouns" in ``pipeline.facts``): value, unit, approximate. "une décennie", "deux
# décennies" -> 10 a, 20 a; "un octogénaire" -> 80 a, approximate (as "in his eighties"). A count multiplies the
# first two; the -génaire nouns take none. "centenaire" is a person only after "un"/"une" and not before "de".
FIGURE_NOUNS: Final[dict[str, tuple[int, str, bool]]] = {
    "decennie": (10, "a", False), "decennies": (10, "a", False), "siecle": (100, "a", False),
    "siecles": (100, "a", False),
    "trentenaire": (30, "a", True), "trentenaires": (30, "a", True),
    "quadragenaire": (40, "a", True), "quadragenaires": (40, "a", True),
    "quinquagenaire": (50, "a", True), "quinquagenaires": (50, "a", True),
    "sexagenaire": (60, "a", True), "sexagenaires": (60, "a", True),
    "septuagenaire": (70, "a", True), "septuagenaires": (70, "a", True),
    "octogenaire": (80, "a", True), "octogenaires": (80, "a", True),
    "nonagenaire": (90, "a", True), "nonagenaires": (90, "a", True),
}
# "dans la quarantaine" (in one's forties) -> 40 a, approximate.
AGE_TENS: Final[dict[str, int]] = {
    "trentaine": 30, "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "septantaine": 70,
}
# "il a la soixantaine", "elle approche la cinquantaine" (he is in his sixties) likewise.
AGE_TENS_BEFORE: Final[tuple[str, ...]] = (
    "dans la", "il a la", "elle a la", "qui a la", "avait la", "avaient la", "avoir la", "aura la", "approche la",
    "frole la", "passe la", "depasse la",
)
# "une dizaine d'années", "une quinzaine de jours": a span, approximate (10 a; 14 d, a fortnight).
COLLECTIVE_SPANS: Final[dict[str, tuple[int, str]]] = {
    "dizaine d'annees": (10, "a"), "quinzaine d'annees": (15, "a"), "vingtaine d'annees": (20, "a"),
    "trentaine d'annees": (30, "a"), "dizaine de jours": (10, "d"), "quinzaine de jours": (14, "d"),
    "vingtaine de jours": (20, "d"), "trentaine de jours": (30, "d"), "quarantaine d'annees": (40, "a"),
    "cinquantaine d'annees": (50, "a"), "soixantaine d'annees": (60, "a"), "centaine d'annees": (100, "a"),
    "dizaine de mois": (10, "mo"), "vingtaine de minutes": (20, "min"), "trentaine de minutes": (30, "min"),
    "dizaine de minutes": (10, "min"), "quinzaine de minutes": (15, "min"),
}

# Rates (for the cross-check; keys shared with ``pipeline.lang.en``): "300 dollars par mois", "5 % l'an", "90 dollars
# le baril", "6,5 tonnes/ha"; an adverb or adjective after ("5 % annuels", "progressé de 5 % annuellement") or an
# adjective before ("un salaire mensuel de 300 dollars", "une croissance annuelle de 5 %").
RATE_PER: Final[tuple[str, ...]] = ("par", "chaque")
# With an article, only right after the figure: "108,58 $ le baril", "5 % l'an", "10 euros de l'heure"; not "600
# chambres verront le jour", "11 semaines la nuit où".
RATE_PER_NEXT: Final[tuple[str, ...]] = ("l'", "le", "la", "de l'", "a l'", "a la", "au")
RATE_NOT_BETWEEN: Final[frozenset[str]] = frozenset({
    "et", "ou", "mais", "que", "qu'", "sur", "en", "pour", "dans", "pendant", "depuis", "avant", "apres", "sous",
    "avec", "jusqu'", "a", "vers", "environ", "pres",
})
RATE_BASES: Final[dict[str, str]] = {
    "an": "year", "annee": "year", "trimestre": "quarter", "mois": "month", "semaine": "week", "jour": "day",
    "nuit": "night",
    "nuitee": "night", "heure": "hour", "minute": "minute", "tete": "person", "habitant": "person",
    "personne": "person", "kg": "kg", "kilo": "kg", "kilogramme": "kg", "tonne": "tonne", "litre": "litre",
    "baril": "barrel", "action": "share", "metre carre": "square metre", "m2": "square metre", "hectare": "hectare",
    "ha": "hectare",
}
RATE_ADVERBS: Final[dict[str, str]] = {
    "annuellement": "year", "mensuellement": "month", "quotidiennement": "day", "annuel": "year",
    "annuels": "year", "annuelle": "year", "annuelles": "year", "mensuel": "month", "mensuels": "month",
    "mensuelle": "month", "mensuelles": "month", "hebdomadaire": "week", "hebdomadaires": "week",
    "quotidien": "day", "quotidiens": "day", "quotidienne": "day", "quotidiennes": "day",
}
RATE_ADJECTIVES: Final[dict[str, str]] = {
    "annuel": "year", "annuelle": "year", "annuels": "year", "annuelles": "year", "mensuel": "month",
    "mensuelle": "month", "mensuels": "month", "mensuelles": "month", "hebdomadaire": "week",
    "hebdomadaires": "week", "quotidien": "day", "quotidienne": "day", "quotidiens": "day",
    "quotidiennes": "day", "journalier": "day", "journaliere": "day",
}
# "5 % l'an dernier", "le mois prochain", "la semaine de Noël", "l'an 2000": a point in time, not a rate.
RATE_NOT_AFTER: Final[frozenset[str]] = frozenset({
    "dernier", "derniere", "derniers", "dernieres", "prochain", "prochaine", "passe", "passee", "precedent",
    "precedente", "suivant", "suivante", "avant", "apres", "auparavant", "plus", "meme", "de", "d'", "du", "des",
    "entier", "entiere", "suivants",
})

# Changes (for the cross-check; see ``pipeline.lang.en``): "a reculé de 9 %", "en hausse de 35 %", "une baisse de
# près de 3 %", "3 % de hausse", "5 % de moins".
# Stems, with any ending ("augmenteront", "reculait", "chutera"); "mont" is not one ("un montant de"), nor "gagn".
_UP_STEMS: Final = (
    "augment", "progress", "grimp", "bond", "rebond", "envol", "redress", "apprecie", "majora", "majore",
    "accru", "accroi", "relev",
    # a gap or a pace ("le déficit s'est creusé", "s'est élargi", "a accéléré"), a currency ("s'est raffermi"), jobs
    "creus", "elargi", "acceler", "raffermi", "alourdi", "etend", "etendu", "embauch", "recrut", "ajout",
)
_DOWN_STEMS: Final = (
    "baiss", "diminu", "recul", "chut", "perd", "repli", "ced", "redui", "reduct", "flechi", "degringol",
    "effondr", "plong", "gliss", "deprecie", "abaiss", "tomb", "retomb", "declin", "regress", "contract",
    "ralent", "resserr", "affaibl", "allege", "supprim", "suppression", "licenci", "amput", "sabr",
)
_UP: Final = (
    "hausse", "hausses", "croissance", "cru", "monte", "montee", "montes", "montees", "montent", "gain", "gains",
    "gagne", "gagnent", "gagnait", "gagnaient", "gagnera", "gagneront",  # not "gagner", "gagnant": to earn, to win
    "cree", "creee", "crees", "creees", "creer", "creera", "creeront", "creant", "creation", "creations",
    "pris", "prend", "prennent", "prenait", "prendra",  # "a pris 8 points de base"
    # "supérieure de 6 % à", "plus élevés de 3 %"
    "superieur de", "superieure de", "superieurs de", "superieures de", "plus eleve de", "plus elevee de",
    "plus eleves de", "plus elevees de",
)
_DOWN: Final = (
    "perte", "pertes", "cede", "cedent", "repli", "reduit", "reduite", "reduits",
    "inferieur de", "inferieure de", "inferieurs de", "inferieures de", "plus bas de", "plus basse de",
)
DIRECTION_STEMS: Final[dict[str, str]] = {**dict.fromkeys(_UP_STEMS, "up"), **dict.fromkeys(_DOWN_STEMS, "down")}
DIRECTION_BEFORE: Final[dict[str, str]] = {**dict.fromkeys(_UP, "up"), **dict.fromkeys(_DOWN, "down")}
DIRECTION_FILLERS: Final[tuple[str, ...]] = (
    "de", "d'", "a", "un", "une", "encore", "fortement", "legerement", "nettement", "seulement",
)
DIRECTION_AFTER: Final[dict[str, str]] = {
    **dict.fromkeys(("de plus", "en hausse", "de hausse", "de croissance", "de progression", "d'augmentation",
                     "superieur", "superieure", "superieurs", "superieures", "plus cher", "plus chers",
                     "plus chere", "plus cheres", "plus eleve", "plus elevee", "plus eleves", "plus elevees"), "up"),
    **dict.fromkeys(("de moins", "en baisse", "de baisse", "de recul", "de diminution", "en recul", "de repli",
                     "inferieur", "inferieure", "inferieurs", "inferieures", "moins cher", "moins chers",
                     "moins chere", "moins cheres", "plus bas", "plus basse"), "down"),
}
DIRECTION_BARE: Final[tuple[str, ...]] = ()

# See ``pipeline.lang.en``: "dans les deux semaines", "dans un délai de trois jours", "atteint par endroits 200 mètres".
CEILING_BEFORE: Final[tuple[str, ...]] = (
    "dans les", "dans un delai de", "dans un delai d'", "dans un rayon de", "dans un rayon d'", "d'ici", "atteint",
    "atteignant", "atteignent", "atteindre", "atteindra", "atteindront", "atteignait", "culminant a", "culmine a",
)
FLOOR_BEFORE: Final[tuple[str, ...]] = (
    *_PASSED_FORMS, "depassant", "franchi", "franchie", "franchit", "franchissant", "excedant", "surpasse",
    "surpassant",
)

# A month named alone ("en juillet", "depuis mars", "à la mi-juin", "fin août", "entre juillet et septembre"; see
# ``pipeline.lang.en``): in lower case, written in full, after one of these words.
MONTH_CUES_STRONG: Final[tuple[str, ...]] = (
    "en", "depuis", "jusqu'en", "d'ici", "fin", "debut", "mi", "milieu", "courant", "de", "d'", "des", "entre", "et",
    "ou",
    "a", "avant", "apres", "mois de", "mois d'",
)
MONTH_CUES: Final[tuple[str, ...]] = ()
MONTH_NAMES_AMBIGUOUS: Final[frozenset[str]] = frozenset()
