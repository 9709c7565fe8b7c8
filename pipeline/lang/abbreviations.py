"""Abbreviations after which a full stop does not end a sentence, per language (lower case, without the dot).

Kept apart from the segmenter's algorithm, as spaCy keeps tokenizer exceptions under ``lang/``. ``etc`` is left
out on purpose: it ends sentences far more often than it sits inside one.
"""

from __future__ import annotations

_COMMON = frozenset(
    "no nos nr art vol fig p pp ch cf ca approx dept st".split()
)

EN = _COMMON | frozenset(
    "mr mrs ms dr prof gen gov sen rep sgt col lt capt maj cmdr adm rev hon pres jr sr mt ft "
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun "
    "vs v est inc ltd co corp bros assn univ dist ave blvd rd".split()
)

FR = _COMMON | frozenset(
    "m mm mme mmes mlle mlles me mgr pr dr st ste av bd env éd réf tél "
    "janv févr fév avr juil sept oct nov déc lun mar mer jeu ven sam dim "
    "cie éts gal gén col cdt lt sgt".split()
)
