"""Abbreviations after which a full stop may not end a sentence, per language (without the dot), and the words
that start sentences after one. Kept apart from the segmenter's algorithm, as spaCy keeps tokenizer exceptions
under ``lang/``.

An entry in lower case matches the word in any case (``mr`` matches ``Mr.`` and ``MR.``); an entry with a capital
matches only as written, for abbreviations that are also common words or units (``M.`` is *monsieur*, ``m.`` is
metres; ``Ill.`` is Illinois, ``ill.`` is not).

Three groups, by how often the abbreviation ends a sentence:

* ``TITLES`` come before a name and never end a sentence (``Mr.``, ``M.``, ``Dr.``, ``Gen.``);
* ``NUMBER_PREFIXES`` abbreviate only before a number (``No. 10``, ``art. 5``, ``p. 12``, ``vol. II``); before a
  word they are the word itself (``the answer was No.``, ``l'art.``, ``le vol.``, ``la mer.``);
* ``OTHER`` (company suffixes, months, states, ``U.S.``-style acronyms and initials, which the segmenter
  recognises by shape) end a sentence only when the next word is one of ``SENTENCE_STARTERS``, the closed-class
  words (articles, pronouns, conjunctions) that begin sentences and almost never follow an abbreviation inside
  one: ``… Republic Airways Holdings Inc. The carrier …`` splits, ``… U.S. Army …`` does not.

``etc`` is left out on purpose: it ends sentences far more often than it sits inside one.
"""

from __future__ import annotations

_NUMBER_PREFIXES = frozenset(["no", "nos", "nr", "art", "vol", "fig", "figs", "p", "pp", "ch", "chap", "sect"])

EN_TITLES = frozenset(
    "mr mrs ms messrs dr prof gen gov sen rep sgt col lt capt maj cmdr adm rev hon pres pfc cpl spc brig "
    "supt insp det atty".split()
)
FR_TITLES = frozenset("M MM mme mmes mlle mlles me mgr pr dr gal gén col cdt lt sgt".split())

EN_OTHER = frozenset(
    "jr sr mt ft st jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri "
    "sat sun vs v est inc ltd co corp bros assn univ dist ave blvd rd cf ca approx dept ph.d e.g i.e Ala "
    "Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Mass Md Mich Minn Miss Mo Mont Neb Nebr "
    "Nev Okla Ore Pa Tenn Va Wash Wis Wyo".split()
)
FR_OTHER = frozenset(
    "st ste av bd env éd réf tél janv févr fév avr juil sept oct nov déc lun mar ven dim cie éts cf ca "
    "approx dept".split()
)

EN_STARTERS = frozenset(
    "The An But And It Its He She They We You This That These Those There In On At For If When While "
    "After Before As So Yet However Meanwhile Now Then His Her Their Our My Some Many Most Not What Why "
    "How Who Where Also According Still Although Since Under With Last Earlier Later Analysts Officials".split()
)
FR_STARTERS = frozenset(
    "Le La Les L' Un Une Des Il Elle Ils Elles On Nous Vous Je J' Ce C' Cet Cette Ces Mais Et Or Donc Car "
    "En Dans Selon Pour Par Au Aux Du Depuis Si Quand Lorsque Alors Ainsi Cependant Pourtant Toutefois Sa "
    "Son Ses Leur Leurs Notre Mon Ma Mes Qui Que Qu' Quel Quelle Pas Plus Après Avant Avec Sur Sous Entre "
    "D'après Bien Puis Enfin Désormais Néanmoins Même Tout Tous Toutes Chaque Certains Rien Aucun "
    "Aujourd'hui".split()
)

# What the segmenter reads, per language code.
TITLES = {"en": EN_TITLES, "fr": FR_TITLES}
NUMBER_PREFIXES = {"en": _NUMBER_PREFIXES, "fr": _NUMBER_PREFIXES}
OTHER = {"en": EN_OTHER, "fr": FR_OTHER}
SENTENCE_STARTERS = {"en": EN_STARTERS, "fr": FR_STARTERS}

# Backwards-compatible flat lists: every abbreviation of a language, whatever its group.
EN = EN_TITLES | _NUMBER_PREFIXES | EN_OTHER
FR = FR_TITLES | _NUMBER_PREFIXES | FR_OTHER


def matches(word: str, entries: frozenset[str]) -> bool:
    """Does ``word`` (without its final dot) match an entry? Lower-case entries match any case."""
    return word in entries or word.lower() in entries
