"""Every figure of a sentence, as ``Fact`` objects: ``extract_facts(text, lang)``.

The extractor is pure and deterministic: precompiled ``regex`` patterns and table look-ups, no model.

Conventions (the contract the cross-check relies on)
----------------------------------------------------
* **Spans.** ``text[start:end] == fact.text`` covers the figure with what is written *attached* to it: sign,
  currency symbol or word (``$5 million``, ``5 millions de dollars``), scale word, unit, ``%``, ordinal suffix.
  It never covers the hedge before it: in ``nearly 7,300`` the span is ``7,300`` and the fact carries
  ``Qualifier.NEARLY``. Ranges span from the first figure to the last (``2013 and 2015`` in
  ``between 2013 and 2015``: the opening ``between``/``from``/``entre``/``de`` is left out like a qualifier).
* **Kinds.** An integral value is ``cardinal``, otherwise ``decimal``. ``fraction`` holds a ``Ratio`` in lowest
  terms for a proper fraction (``two thirds``, ``un tiers``, ``half``, ``moitié``, ``3/4 of``); a mixed number
  (``one and a half``) is a ``decimal`` when its expansion terminates. A fraction followed by a scale word
  (``half a million``) is the scaled cardinal. ``a/b`` not followed by "of"/"de" is a ``ratio`` (``367/280``),
  as are ``3 out of 4`` and ``3 sur 4``.
* **Magnitudes.** A vague amount named by its order (``thousands of``, ``des dizaines de milliers``, ``decades``) is a
  ``magnitude`` whose value is the order (``pipeline.magnitudes``), where it overlaps no other figure.
* **Shares, factors, ages.** ``one in five``, ``1 in 100`` (a numerator up to 10), ``un enfant sur cinq``, ``deux
  Français sur trois`` are ratios (``un accord sur deux points``: a plural after the whole makes sur "on"; ``un jour
  sur deux`` is a rhythm, no share). ``a third`` before a verb is a share (``a third voted no``), before a noun a rank
  (``a third term``); ``le tiers des``, ``du quart de`` are shares, and a French bound before an article bounds a
  share only (``plus de la moitié``, ``moins du quart``; ``plus des 3 000 salariés`` is a count). ``50-50``,
  ``fifty-fifty``, ``moitié-moitié`` and ``halve(d)`` are one half; ``half an hour``, ``une demi-heure`` 0.5 h; ``a
  quarter of a century``, ``un demi-siècle`` 25, 50 a. ``multiplié par quatre``, ``multiplied by 3``, ``fourfold``
  are multipliers, and so are ``two and a half times``, ``deux fois et demie`` (2.5) and ``une fois et demie`` (1.5;
  ``une fois`` alone is "once"). A score in goals is a range: ``2 partout``, ``à deux partout``, ``un but partout``
  (2-2, 1-1, as ``a 2-2 draw``), ``deux buts à un``, ``three goals to one``, ``one-nil``. ``U23``, ``under-23``,
  ``the over 50s`` are ages with their bound (less than 23, more than 50); ``in his 30s``, ``60-something`` about
  30, 60 years. ``Q3``, ``T3``, ``H1``, ``S1`` before a year or after a preposition are ordinals (``the Audi Q3`` a
  name). Round-the-clock idioms (``24/7``, ``24 h/24``, ``7 jours sur 7``), half compounds (``half-time``,
  ``demi-finale``), chemical formulas (``CO2``) and ``recommencer à zéro`` hold no figure.
* **Ranges.** ``2013 - 2015``, ``2013–2015``, ``from 2013 to 2015``, ``between 2013 and 2015``, ``entre 2013 et
  2015``, ``de 2013 à 2015`` -> ``range`` with ``Range(low, high)`` (as written, not reordered). A range of
  percents (``10-15%``) is a ``range`` with ``unit="%"``; a range of money or quantities carries that unit.
  Thousands written once after the last end count for the first (``5-6,000``, ``entre 5 et 6 000``, ``$4-5,000``
  -> 5,000 to 6,000 and $4,000 to $5,000) when the last end's leading group is above the first end and at most
  twice it; ``1-1,000`` and ``3-10,000`` stay as written.
* **Years vs counts.** A four-digit integer 1900-2099 written without a thousands separator is a ``year``
  (``since 2013``, ``en 2013``) unless the next word makes it a count: a known count noun (``2013 people``,
  ``2013 personnes``) or, in French only, a plural-looking noun when no year cue (``en``, ``depuis``…) precedes.
  English writes counts of that size with a comma (``2,013 people``), so a bare English number stays a year.
* **"one" / "un".** French ``un``/``une`` alone is an article and never a figure, except after ``numéro`` (``le
  numéro un mondial`` is 1, as ``le numéro deux`` is 2; ``un numéro un peu fou`` none) and in the cases below.
  English ``one`` alone is a cardinal unless a determiner precedes it (``the one``, ``this one``, ``which one``)
  or ``of``/``another`` follows (``one of``, ``one another``). ``a``/``an`` count as 1 only before a scale or
  fraction word (``a million``, ``a third``; ``a third-degree burn`` holds the ordinal, as ``a third term``).
* **Qualifiers** (``nearly``/``près de``…) are read from the words right before the figure, else from a hedge right
  after it (``20 or so``, ``50-odd``, ``140-plus``, ``40 or over``, ``18 and over`` (not before a determiner), ``20
  ans environ``, ``10 jours minimum``, ``6 ans de prison minimum``, ``21 ans et plus``, ``Dix morts au moins``
  (after a noun and an adjective, not after a verb or a preposition); not when a figure follows: in ``sur 100,
  environ 20`` the hedge is the 20's). ``sous les 45 %``, ``sous la barre des 105 yens``, ``sous 48
  heures`` are less than (not ``sous deux perspectives``); ``un maximum de`` / ``un minimum de`` bounds, except after
  ``d'`` (``passé d'un minimum de 40 %``: from a low of). A verb that passes the figure is more than (``exceeded
  3,000``, ``surpassed the 1 million mark``, ``a dépassé les 3 000``, ``dépasse la barre des``) and, denied, at most
  (``must not exceed 0.35%``, ``has not exceeded``, ``n'a pas dépassé``, ``ne dépasse pas``; a time adverb may stand
  between, ``ne devra pas dépasser chaque année 0,35%``); a bare ``exceed`` is left unread (``could exceed``).
  Comparison signs bound in either language (``>5%``, ``≤ 0,35 %``, ``< = 100``), but not as an arrow (``5 -> 7``) or
  glued to a letter (``x>10``); ``larger``, ``bigger``, ``older``, ``taller``, ``heavier than`` are more than,
  ``younger``, ``shorter than`` less than. ``over`` + a period (``over four years``, ``£4,000 over three years``) or
  after a phrasal verb (``spread over 13 categories``) means during/across, not more than, unless
  ``for``/``aged``/``to``/``at``/a form of *be*… precedes or ``old``/``ago`` follows (``for over ten years``, ``over
  30 years old``). ``près des deux tiers`` is nearly (of a share or percent only: ``près des trois écoles`` is a
  place); ``de plus de 25 ans`` is more than 25; only ``en plus de`` is no bound (``en plus de 3 000 euros``: in
  addition to), except before a span of time (``en plus d'une décennie``: in over a decade).
* **Approximate numerals.** French collective numbers after ``un``/``une`` are cardinals hedged ``ABOUT`` unless a
  hedge precedes: ``une dizaine`` 10, ``une vingtaine`` 20 … ``une centaine`` 100, ``un millier`` 1000 (``un petit
  millier``, ``une bonne centaine`` too), ``une centaine de milliers`` 100 000, ``plus d'une trentaine`` more than 30.
  ``une douzaine`` and ``a dozen`` are 12 ``ABOUT`` too. ``des centaines``, ``des milliers``, ``dozens``, ``hundreds``
  hold no figure. Before ``d'années`` / ``de jours`` they are spans (see "Figure nouns"): ``une dizaine d'années`` 10
  a, ``une quinzaine de jours`` 14 d.
* **"both".** French ``les``/``des``/``aux``/``ces deux`` + a noun or alone and English ``the``/``these``/``those
  two`` are "both" (English ``both`` holds no figure): no fact, unless a sequence, superlative, scale or time word
  follows (``les deux premiers``, ``the next two``, ``the two largest``, ``les deux prochaines années``).
* **Glued "m".** English digits glued to ``m`` are million, not metres, before a count noun or a plural-looking
  noun, or a word and such a noun (``25m people``, ``7.5m voters``, ``1m earthquake survivors``, ``5m-6m
  Muslims``); ``25m high``, ``a 100m race``, ``the 100m hurdles``, ``100m-long`` and ``25 m`` stay metres. After a
  currency sign ``m`` is always million (``£2m``); ``bn``/``k`` are always scales.
* **Clock times.** ``10h``, ``20h45``, ``17H00`` (capital H with minutes); ``à``/``vers``/``après``/``à partir
  de``/``entre … et`` + ``N heures``; English ``at 1530 hours``, ``(20.45 hrs)`` after a preposition of time or a
  parenthesis (``1500 hours of community service`` is a duration).
* **Roman ordinals** (French): ``XXe siècle``, ``XIXème``, ``IIIe République``, ``Ier siècle`` -> ordinal 20, 19,
  3, 1; a single letter only before a noun such as ``siècle``/``République`` (``la Ve République``, ``la Ire
  République``; ``Ce`` is never one, nor ``François Ier``).
* **Labels.** Numbers that name rather than count are ``label`` facts: ``COVID-19``, ``G7``, ``H5N1``, ``PM2.5``
  (``PM2,5`` in French), ``bac+5``, ``No. 10``,
  ``n° 10``, ``Route 66``, ``Article 5``, ``Decree 15/2016/ND-CP`` (value 15), ``36-NQ/TW``, a Roman numeral or small
  integer right after a capitalised name (``Center I`` -> 1, ``Center 1``, ``Nghe An 1``, ``Formule 1``), a French
  number word with a capital inside a sentence (``l'université de Trente``, ``les Trente Glorieuses``), a measure in
  capitalised words with a singular unit before a capitalised word (``Three Mile Island``, ``Eight Mile Road``), and a
  capitalised number word up to 20 right after a capitalised name word with no capital after it (``Phase One``,
  ``Formula One``; ``Police Arrest Two Men`` is a title-case headline). A label noun may be elided (``l'article 220``)
  or plural, then numbers joined by ``and``/``et``/a comma are labels too (``Districts 8 and 9``, ``Symphonies No. 3
  and 4``); not before a unit, currency, scale or ``%`` (``a chart 2 metres wide``), and a year after
  ``model``/``modèle``/``season``… is a year. Codes are labels: ``787-8``, ``777-300ER`` (a smaller second number or
  letters after it: no range), ``Boeing 777``, ``777X``, ``4x4``, ``4x50 m``, ``98,1 FM``, ``Moody 4B`` (a title, not
  4 billion), an ordinal before a capitalised ``District`` (``le 23e District`` = ``District 23``); a bare number of
  three digits or more that a code of the sentence begins with is the same label (``the 777X … a 777 design``).
* **Currency subunits.** ``N cents`` / ``N cent`` after a numeral is money N/100 with unit ``USD`` in both
  languages (``39 cents`` -> 0.39 USD, ``18,4 cents`` -> 0.184 USD); a bare ``cent`` is the number word only
  where it is one (``cent personnes``, ``deux cents``, ``322 cent``); ``50 Cent`` is a name. In a range the subunit
  applies to a bare first end (``between 30 and 40 cents`` -> 0.30-0.40 USD); ``14 cents to $96.24`` is no range.
  A currency named beside the subunit is its currency: ``5 euro cents``, ``5 centimes d'euro`` -> 0.05 EUR; ``30
  US cents``, ``30 cents américains`` -> 0.30 USD.
  ``pence`` are GBP hundredths (``197 pence`` -> 1.97 GBP), and so is French ``penny``; an English ``penny`` is a
  US cent as often as a British one: USD (``even one penny`` = ``d'1 cent``), GBP when the sentence names pounds,
  sterling, pence or ``£``. A whole amount in a written currency and a subunit
  amount after it, with nothing or ``and``/``et`` between, are one amount in the whole amount's currency (``3
  dollars 50 cents`` -> 3.50 USD, ``15 euros et 15 centimes`` -> 15.15 EUR); a comma keeps them apart. So are
  the cents left unnamed, two digits or a number word under 100 at the end of a clause (``it costs 15 dollars
  50.``, ``thirteen dollars forty five``, ``le ticket passe à 1 euro 90.``; not ``15 dollars 50 times`` nor, in a
  range, ``between 10 dollars and 20.``), and the cents after a sign between the figures, as French prices are
  written (``1€90``, ``2 € 50`` -> 1.90, 2.50 EUR; spaced in French only; ``10 € 50 %`` is 10 EUR and 50 %).
* **Currency names.** Besides the language tables, every CLDR currency name of two words or more, singular and
  plural, as Babel has it (``420 million Finnish markka`` -> FIM, ``250 millions de florins néerlandais`` -> NLG,
  ``3 livres turques`` -> TRY); the tables win where both name a currency, and one-word names (``won``, ``real``)
  are the tables' alone. A hyphen joins a figure to a written-out currency as to a written-out unit (``a 12-cent
  dividend``, ``a five-dollar note``), not to a code (``a 10-USD fee``).
* **Currency signs.** ``$`` is USD unless a country prefix or name says otherwise (``CA$``, ``C$``, ``$CA``, ``$ CA`` ->
  CAD; ``US$``, ``$US`` -> USD; ``S$3,000``, ``3 000 $ de Singapour``, ``66 M$ de Singapour`` -> SGD; ``NT$`` TWD,
  ``R$`` BRL, ``Mex$`` MXN; an ISO code and the sign in either case, ``CAD$ 15``, ``cad$ 15``, ``AUD$15``). An ISO
  code before the figure is that currency, glued too (``AUD 20``, ``USD115``, ``EUR2bn``: not a label as ``A320``),
  and after it, in capitals (``13 000 CZK``, ``50 million SEK``; an M before it is millions, ``30 MUSD``): every code
  of a currency in use (``iso_currency_codes``), but those that are words or acronyms in capitals (``TOP 10``, ``COP
  21``). The signs of other currencies mean
  the same in both languages, before or after the figure (``₭50,000``, ``100 000 ₭`` LAK, ``៛`` KHR, ``฿`` THB, ``₱``
  PHP, ``元`` CNY …: ``pipeline.lang.signs``). English ``3c`` (glued) and French ``50 centimes`` are cents, as ``50
  cents``; ``un dollar symbolique`` is $1. A bare number joined by ``and``/``et`` to a percent shares its sign (``1.3
  and 2.0% respectively``), not after a hedge nor before ``of``; French ``les 5 premiers %`` is 5 %. A scale
  abbreviation right before a currency sign scales the figure even after a space: ``290,4 M$`` = 290.4 million USD, ``25
  M€``, ``4,4 Md$``, ``2 G$``, ``3 Mds €``, ``10 k€``; ``entre 325 et 340 M$`` is the range 325-340 million USD (the
  scale and currency apply to both ends; so in ``$4-5 million``, ``30 to 40 thousand million`` and the falling ``de 4,2
  à 4,1 Md$``, but not ``500,000 to 1 million``).
* **Decimal commas in English.** A French decimal comma left in an English translation is read as one: digits, a
  comma and one or two digits (or four and more, never a thousands group) directly followed by ``%``, a scale word
  (``milliards`` included), a currency or a unit: ``0,4%`` = 0.4 %, ``1,5 million`` = 1 500 000, and the first end
  of such a range (``1,2 and 1,4 milliards``). Anywhere else ``3,5`` stays two numbers (``parse_number`` is strict).
* **Decades** are ``year`` facts holding the first year: ``the 1980s``, ``the '80s``, ``the eighties``,
  ``nineteen eighties``, ``les années 80``, ``les années 1980``, ``les années quatre-vingt`` -> 1980; four digits
  from 1100 (``the 1760s``, ``les années 1880``). Two digits
  (or a tens word) are the 1900s except ``00`` (2000s): ``les années 20`` are the 1920s, the 2010s/2020s being
  written with four digits. English tens words need ``the`` or a century word before them (``in their forties``
  is an age), from ``thirties`` up. A second decade after ``and``/``or``/``to``/a comma is one too (``the 70s and
  80s``, ``the late '60s or early '70s``, ``les années 70 et 80``).
* **Event years.** A year glued by a hyphen to a capitalised word is a ``year`` (``Mondial-2010``, ``JO-2012``,
  ``Euro-2009`` = ``the 2010 World Cup``…); two digits stay a label (``Mondial-82``).
* **Durations.** Time spans are quantities with a unit after a numeral in digits or words: year/an/année ``a``,
  month/mois ``mo``, week/semaine ``wk``, day/jour ``d``, hour/heure ``h``, minute ``min``, second/seconde ``s`` (``10
  ans``, ``a 10-year wait``, ``ten years``, ``deux ans`` -> 10 a, 2 a; ``a 37-year-old`` and ``37 ans`` both 37 a; a
  hyphen joins written-out units and abbreviations, ``a 2.5-km stretch``, but not ``3-in-1``), so that ``ten years`` /
  ``10 mois`` is a changed unit. ``one day``, ``un jour`` (once) hold no figure (see "one"/"un"). ``N ans et demi`` /
  ``N and a half years`` add a half (``12 ans et demi``, ``cinq ans et demi`` -> 12.5 a, 5.5 a; ``five and a half
  years``, ``three-and-a-half hours``, ``un an et demi``, ``a year and a half`` -> 5.5 a, 3.5 h, 1.5 a). A range of
  durations carries its unit (``de 2 à 7 ans`` -> 2–7 a, ``de 2 à 7 mois`` -> 2–7 mo); the cross-check lets a range
  with no unit (``aged between 2 and 7``) stand for one in years, never in months, weeks or days. French clock times
  are ``time`` facts after a preposition of time: ``à 10 heures``, ``vers 15 heures 30``, ``à 8 heures du soir``
  (20:00); ``pendant 10 heures`` is a duration; in words (``à six heures``) the hour stays a bare number. One duration
  in two units is one quantity, in minutes, or in hours when the minutes are quarters: ``2 hours 40 minutes``, ``2
  heures 40 minutes``, ``il dure 2 heures 40`` -> 160 min, ``2 hours 45 minutes`` 2.75 h; ``une heure trente`` 1.5 h
  (``à six heures trente`` 06:30); ``20 sec 53`` 20.53 s; quarters add to a duration (``une heure et quart`` 1.25 h,
  ``12 ans trois quarts`` 12.75 a), as does a mixed number (``5 1/2-hour`` 5.5 h). Feet and inches, pounds and ounces
  likewise, in the smaller unit: ``5 feet 2 inches``, ``5 ft 2 in`` (``in`` ending the clause) 62 in, ``a 6-foot-2
  striker``, ``6 foot 11`` 74 in, 83 in, ``7 pounds 3 ounces`` 115 oz. A time in hours, minutes and seconds is a span
  in seconds (``in 2:06:05``, ``en 2h06'05`` -> 7565 s: race results; a clock time to the second, rare in news, reads
  so too, the same way in both), and so are seconds and hundredths (``9"58``, ``9 s 58``, ``1'43"12``, ``1:43.12`` ->
  9.58 s, 9.58 s, 103.12 s; a clock time never has hundredths). French ``derniers``/``prochains`` may stand between a
  count and its time unit: ``les 12 derniers mois`` 12 mo, ``les quatre dernières décennies`` 40 a (as ``the last 12
  months``, ``the past four decades``). A fraction before a unit is a quantity (``a 1/4 mile oval`` 0.25 mi, ``a
  3/4-inch pipe`` 0.75 in); French ``1m80`` is 1.8 m. Capitalised data units and litres stay units (``100 MB``, ``500
  Go``, ``75 L``), where a capital glued to digits otherwise names (``5G``, ``la 4G``: French ``G`` is a scale only
  before a currency, ``2 G$``), and a unit glued to more digits is a code (``24703m212``; ``24703m2`` is square
  metres). The lengths of a dimension are each a quantity, the unit written once at the end or after each: ``5 x 7 m``
  5 m and 7 m, ``1 m x 1 m``, ``30x40cm``, ``2 x 3 x 4 m``, ``10 by 20 feet``, ``5 m sur 7 m`` (not the multiplier ``x
  7``; ``3 sur 4`` with no unit stays a ratio, a relay ``4x100 m`` a code). ``degrees``/``degrés`` alone are ``°``,
  ``100° Celsius`` is °C, and so are digits glued to ``C`` (``F``: °F) beside a temperature word or the other scale
  (``highs of 30C``, ``a 40C heatwave``, ``104F (40C)``; ``Canon 4C`` stays a label); a rate keeps its first unit
  (``6.5 tonnes/ha`` 6.5 t, as ``6,5 tonnes par hectare``; ``10 kg/m2`` holds no label 2); ``percentage
  points``/``points de pourcentage`` are ``pp``, ``basis points``/``points de base`` ``bp``; French ``moins 15
  degrés`` is -15 ° (``au moins 15 degrés`` at least 15). English ``pounds`` after a scale word is sterling (``361
  million pounds``) unless ``of`` or ``worth`` follows (``542 million pounds of pumpkin``); elsewhere it is a weight,
  while French ``livres`` alone has no unit (books or pounds). ``une heure du matin``, ``5 heures du soir`` are clock
  times; English ``At 5.13 on Monday morning`` is 05:13, ``at 6.30 that night`` 18:30 (a day part must follow); ``à 9
  heures et demie`` 09:30, ``à dix heures moins le quart`` 09:45, ``midi et demi`` 12:30 (``midi`` alone is no figure:
  ``vendredi midi``, ``après midi``), ``half past six`` 06:30, ``a quarter past midnight`` 00:15, ``a quarter to
  nine`` 08:45 (``ten to six`` a range), ``12 noon`` 12:00, ``12 midnight`` 00:00. A year by its last two digits after
  an apostrophe and a preposition, a season, a name or a year and a dash: ``in '08`` 2008, ``Woodstock '69`` 1969,
  ``1968-'69`` (00-30 in the 2000s, a year the cross-check matches with any century). Suspended hyphens make a range:
  ``the 40- to 49-year-old`` 40-49.
* **Ages** (English). A bare number that is an age carries the year unit, as French ``N ans`` does: ``aged 33``,
  ``age 33``, ``at age 33``, ``at the age of 33``, ``died at 43`` (up to six words between), ``aged over 80``;
  ``I was 28``, ``when he was 28`` (a personal pronoun and a form of *be*, the figure then ending the clause); and
  the news appositive ``Ali Ditta, 42,`` / ``Smith, 42)`` (a capitalised word that is no month, weekday or function
  word, a comma, the figure, a comma not followed by a digit, or ``)``) -> 33 a, 43 a… Only integers 1-120, in
  digits (in words too after ``aged``/``age``/``died at``). ``It was 28.``, ``In 2013, 42 people``, ``Items A, 12,
  13`` stay bare numbers; ``aged 2 to 7`` is a range without a unit (see Durations). Also ``for ages 3 and up``,
  ``people 60 and older`` and the age group ``under 8s`` (8 a, less than; as ``des moins de 8 ans``); French
  ``âgés de 6/7 ans`` is the range 6-7.
* **Seasons and event dates.** ``2011/12``, ``2011/2012`` (consecutive years) are the range 2011-2012, as
  ``2011-12`` (``1999-00`` is 1999-2000); English ``9/11`` alone is 11 September; a date line ``28.8.09``
  standing alone is a date. A day and a month after a preposition of time are a date when only one order reads as
  one (``on 22/1``, ``from 20/1 to 25/1``, ``le 22/1``: 22 January); ``on 2/9`` stays a ratio, read alike in both
  versions.
* **Figure nouns.** ``a decade``, ``two decades``, ``a two-decade low``, ``une décennie``, ``deux décennies`` -> 10 a,
  20 a, 20 a, 10 a, 20 a (``a decade and a half``, ``une décennie et demie`` 15 a); ``a century``, ``five centuries``,
  ``cinq siècles``, ``deux siècles et demi`` 100, 500, 500, 250 a; ``a fortnight`` 14 d; ``decades``, ``des
  décennies``, ``des siècles``, ``the next decade``, ``la prochaine décennie``, ``le XXe siècle`` (an ordinal) hold no
  figure. Age nouns are the age ``ABOUT`` (a hedge on one side only is a warning, so ``an eighty-year-old`` against
  ``un octogénaire`` passes): ``octogénaire``/``octogenarian`` 80 a, quadra- 40, quinqua- 50, sexa- 60, septua- 70,
  nona- 90, ``un centenaire`` (a person, not ``le centenaire de``) 100; ``in his eighties``, ``in their forties``
  (thirties up), ``dans la quarantaine`` (trentaine up), ``il a la soixantaine``, ``elle approche la cinquantaine``
  likewise (``mise à la quarantaine`` is none).
* **Words that are not figures.** English ``one`` is the pronoun, not 1, before a modal or auxiliary (``one
  could``), in contrast with ``the other``/``another`` up to eight words later (``one experienced, the other
  not``), after ``of``/``said``/``single`` (``the work of one extremist`` = ``d'un extrémiste``), in a compound
  (``one-child``) and before a singular time noun (``one day``, ``one year`` = ``un an``). ``half``/``moitié``
  after ``first``/``second``/``première``… is a part of a period (``the first half`` = ``le premier semestre``), not
  a fraction. French ``neuf`` after a noun is the adjective new (``un T4 neuf``, ``un appartement neuf``, ``flambant
  neuf``, ``quoi de neuf``), a number before a noun or standing as a count (``tué neuf personnes``, ``il en a
  neuf``, ``neuf ans``, ``neuf fois``, ``état de neuf lettres``); ``un mille``
  is a mile, ``milles`` the unit mile (``26,2 milles`` = 26.2 mi); ``tous (les) deux``/``toutes deux`` is "both".
  ``100 autres milliards`` is 100 billion; ``320 millions un an plus tôt`` is 320 000 000. ``seuls neuf`` is 9;
  ``la soixantaine de`` (with a noun after it) is about 60 as ``une soixantaine``; ``large d'un mètre``, ``d'un
  mètre de diamètre`` and English ``a metre wide`` are 1 m; ``un cinquantenaire`` is a person of about 50.
* **Titles and idioms.** ``le Premier ministre``, ``les Premiers ministres`` are a title (Prime Minister), not a
  rank; ``whichever comes first`` holds no ordinal; English ``not one dollar`` no figure (``aucun dollar``), and
  ``one`` is the pronoun before a subject (``a book, one he describes``) or ending a clause after an article and
  its adjectives (``an American urban one.``). ``the XXth century`` is the ordinal 20, as ``le XXe siècle``.
* **Not extracted:** digits inside URLs, e-mail addresses, handles (``@jemb123``), phone numbers (``08 11 00 06
  95``, ``08.11.00.06.95``), hashes and placeholder tokens (``DNUM_CCZABZCABG``).
* ``Lang.VI`` and ``Lang.OTHER`` are read digits-only with French separators (``7.300`` = 7300) and
  language-neutral symbols (``%``, ``$``, ``km``…).
"""

from __future__ import annotations

import datetime
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from decimal import Decimal
from fractions import Fraction
from functools import cache, lru_cache
from itertools import pairwise
from typing import Final, NamedTuple

import regex
from babel import Locale
from babel.core import get_global
from babel.numbers import get_currency_name, get_territory_currencies

from pipeline.magnitudes import with_magnitudes
from pipeline.model import DateValue, Fact, FactKind, FactValue, Lang, Qualifier, Range, Ratio, TimeValue
from pipeline.numerals import (
    LangData,
    NumberParse,
    Token,
    alternation,
    ends_after_digits,
    fold,
    fraction_to_decimal,
    lang_data,
    parse_number,
    parse_tokens,
    singular_scale,
    tokenize,
)

__all__ = ["FACTS_VERSION", "cldr_currency_names", "extract_facts"]

FACTS_VERSION: Final = "99"

# Markers written over figures in the masked copy of the text (same length, so offsets are kept).
_M_DIGITS: Final = "\ue000"  # a cardinal written in digits
_M_WORDS: Final = "\ue003"  # a cardinal written (partly) in words
_M_ORD: Final = "\ue004"  # an ordinal
_M_FRAC: Final = "\ue005"  # a fraction
_M_MORE: Final = "\ue001"  # continuation of any figure
_M_TAKEN: Final = "\ue002"  # already a fact, or blocked (URL, e-mail, placeholder)

_NUM: Final = f"(?:[{_M_DIGITS}{_M_WORDS}]{_M_MORE}*)"
_DNUM: Final = f"(?:{_M_DIGITS}{_M_MORE}*)"
_ORD: Final = f"(?:{_M_ORD}{_M_MORE}*)"
_NUMFRAC: Final = f"(?:[{_M_DIGITS}{_M_WORDS}{_M_FRAC}]{_M_MORE}*)"

_ACCENTS: Final[dict[str, str]] = {
    "a": "aàâä", "e": "eéèêë", "i": "iîï", "o": "oôö", "u": "uùûü", "c": "cç", "'": "'’", "d": "dđ",
}


# Whether word patterns being built accept accented letters for plain ones. English words carry no accents, and
# every tolerant letter is a character class that the regex compiler parses: building the English patterns
# without them halves the cost of the first extraction in a process (the cold start of ``parafacts check``).
_ACCENT_TOLERANT: ContextVar[bool] = ContextVar("accent_tolerant", default=True)


def _tolerant(word: str) -> str:
    """A regex source matching ``word`` (a folded key) with or without its accents, spaces as any space."""
    accents = _ACCENT_TOLERANT.get()
    parts: list[str] = []
    for ch in word:
        if accents and ch in _ACCENTS:
            parts.append(f"[{_ACCENTS[ch]}]")
        elif ch == " ":
            parts.append(r"[\s\u00a0\u202f]+")
        else:
            parts.append(regex.escape(ch))
    return "".join(parts)


def _trie_alternation(words: Iterable[str], tolerant: bool = True) -> str:
    """As ``_alternation``, with shared prefixes factored out: a long list is tried character by character instead
    of word by word. Tolerant: lower-case keys only, so that branches never overlap; the greedy optional tails then
    give the longest word, as the longest-first alternation does."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in set(words):
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:  # type: ignore[type-arg]
        branches = [(_tolerant(ch) if tolerant else regex.escape(ch)) + emit(child)
                    for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


def _alternation(words: Iterable[str], tolerant: bool = True) -> str:
    if not tolerant:
        return alternation(words)
    return "|".join(_tolerant(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


# --------------------------------------------------------------------------------------------------------------
# Per-language compiled patterns
# --------------------------------------------------------------------------------------------------------------

# Comparison signs before a figure, in either language: "inflation >5%", "≤ 0.35 %", "< = 100" (a space typed
# between the two signs). Not after a word character ("x>10" is a formula) nor after a sign that makes an arrow or
# a quotation mark of it ("->", "=>", "<<"): see ``_qualifier_before``.
_SYMBOL_QUALIFIERS: Final[dict[str, Qualifier]] = {
    ">": Qualifier.MORE_THAN, "<": Qualifier.LESS_THAN, ">=": Qualifier.AT_LEAST, "<=": Qualifier.AT_MOST,
    "> =": Qualifier.AT_LEAST, "< =": Qualifier.AT_MOST, "\u2265": Qualifier.AT_LEAST, "\u2264": Qualifier.AT_MOST,
}
_ARROW_SIGNS: Final = frozenset("-=<>")

_NEUTRAL_CURRENCY_PREFIXES: Final[dict[str, str]] = {
    "US$": "USD", "USD": "USD", "$": "USD", "€": "EUR", "EUR": "EUR", "£": "GBP", "GBP": "GBP", "¥": "JPY",
    "VND": "VND", "₫": "VND",
}
_NEUTRAL_CURRENCY_WORDS: Final[dict[str, str]] = {
    "usd": "USD", "eur": "EUR", "vnd": "VND", "đong": "VND", "dong": "VND", "₫": "VND", "$": "USD", "€": "EUR",
    "£": "GBP",
}
_CURRENCY_NAME = regex.compile(r"[\p{L}'’.-]+(?: [\p{L}'’.-]+)+")


@cache
def cldr_currency_names(lang: Lang) -> dict[str, str]:
    """CLDR display names of the world's currencies, singular and plural, as Babel has them, folded as lookups are:
    ``florins neerlandais`` -> NLG. Only names of two words or more (a bare ``won`` or ``real`` is a common word:
    the language tables decide those), and not the X codes (gold, test and fund codes)."""
    names: dict[str, str] = {}
    locale = Locale.parse(lang.value)
    for code in sorted(locale.currencies):
        if code.startswith("X"):
            continue
        for count in (None, 1, 2):
            name = fold(get_currency_name(code, count=count, locale=locale))
            if _CURRENCY_NAME.fullmatch(name):
                names.setdefault(name, code)
    return names


# ISO 4217 codes of the currencies in use (CLDR, from Babel), written in capitals before or after a figure: "CZK
# 13,000", "50 million SEK". Not the codes that are words or common acronyms in capitals ("TOP 10", "COP 21", "SDG
# 4", "Hong Kong SAR"), nor the X codes (gold, test and fund codes).
_CODES_THAT_ARE_WORDS: Final = frozenset({
    "ALL", "AMD", "BAM", "BOB", "COP", "CUP", "CVE", "GEL", "MAD", "MOP", "NAD", "NPR", "PEN", "PHP", "SAR", "SDG",
    "SOS", "TMT", "TOP",
})


@cache
def iso_currency_codes() -> dict[str, str]:
    """Every ISO code of a currency that is legal tender somewhere today, but those that are words, as code -> code."""
    day = datetime.date(2026, 1, 1)  # fixed, so that the output does not change with the day it runs
    codes: set[str] = set()
    for territory in sorted(get_global("territory_currencies")):
        codes.update(get_territory_currencies(territory, day, tender=True, non_tender=False))
    return {code: code for code in sorted(codes) if not code.startswith("X") and code not in _CODES_THAT_ARE_WORDS}


@cache
def iso_currency_prefixes() -> dict[str, str]:
    """The codes as written before a figure: in capitals, and glued to a dollar sign in either case ("CAD$ 15",
    "cad$ 15", "MXN$15"), which no word is."""
    codes = iso_currency_codes()
    return {**codes, **{f"{code}$": code for code in codes}, **{f"{code.lower()}$": code for code in codes}}


_NEUTRAL_UNITS: Final[dict[str, str]] = {
    "km": "km", "m": "m", "cm": "cm", "mm": "mm", "kg": "kg", "g": "g", "t": "t", "ha": "ha", "m2": "m2",
    "m²": "m2", "km2": "km2", "km²": "km2", "m3": "m3", "m³": "m3", "°c": "°C", "ºc": "°C", "l": "l",
    "ml": "ml", "mw": "MW", "kw": "kW", "kwh": "kWh", "km/h": "km/h",
}
_NEUTRAL_SHORT: Final[frozenset[str]] = frozenset({"m", "g", "t", "l"})


@dataclass(frozen=True, slots=True)
class _Scan:
    """A composite pattern over the masked text, with what makes finding its matches cheap.

    ``anchored``: a match can only begin on a figure's first marker or where ``extra_starts`` matches, so the
    pattern is tried only there (see ``_scan``); not on a figure followed by one of ``rejects`` (an ASCII character,
    or a space and one, after which no match can begin on the figure). ``precheck``: matches the masked text wherever
    ``pattern``
    does; when it finds nothing the full scan is skipped.
    """

    pattern: regex.Pattern[str]
    anchored: bool = False
    extra_starts: regex.Pattern[str] | None = None
    precheck: regex.Pattern[str] | None = None
    rejects: frozenset[str] = frozenset()


def _anchored(pattern: regex.Pattern[str], extra_starts: regex.Pattern[str] | None = None) -> _Scan:
    """A ``_Scan`` for a pattern whose matches begin on a figure (or where ``extra_starts`` matches)."""
    # A partial match tells whether any continuation of "figure + what follows" could still match.
    ascii_chars = [chr(code) for code in range(128)]
    rejects = frozenset(
        follow for follow in ascii_chars + [" " + ch for ch in ascii_chars]
        if all(
            pattern.match(marker + _M_MORE * more + follow, partial=True) is None
            for marker in (_M_DIGITS, _M_WORDS, _M_ORD, _M_FRAC) for more in (0, 1)
        )
    )
    return _Scan(pattern, anchored=True, extra_starts=extra_starts, rejects=rejects)


@dataclass(frozen=True, slots=True)
class _Patterns:
    lang: Lang
    data: LangData | None
    prefilter: regex.Pattern[str] | None
    currency_prefix: _Scan
    currency_prefix_map: Mapping[str, str]
    currency_suffix: _Scan
    currency_word_map: Mapping[str, str]
    currency_names: _Scan | None  # a figure and the words after it, for the CLDR names
    currency_name_map: Mapping[str, str]  # folded CLDR name -> code
    percent: _Scan
    percent_of: regex.Pattern[str]
    quantity: _Scan
    unit_map: Mapping[str, str]
    short_units: frozenset[str]
    cased_units: frozenset[str]  # capitalised spellings of short units that stay units ("100 MB", "500 Go")
    money_after_scale: Mapping[str, str]  # folded unit word -> currency after a scale word ("361 million pounds")
    multiplier: _Scan
    multiplier_words: regex.Pattern[str] | None
    multiplier_map: Mapping[str, int]
    dates: tuple[_Scan, ...]
    months: Mapping[str, int]
    ambiguous_months: frozenset[str]
    range_gap: regex.Pattern[str]
    range_open: regex.Pattern[str]
    ratio_gap: regex.Pattern[str]
    fraction_of: regex.Pattern[str]
    qualifier: regex.Pattern[str] | None
    qualifier_map: Mapping[str, Qualifier]
    share_qualifiers: frozenset[str]  # qualifiers that bound a share only ("plus de la moitié")
    mark_qualifiers: frozenset[str]  # qualifiers that bound only a mark or a large round figure ("passed")
    mark_nouns: regex.Pattern[str] | None  # "mark", "threshold" after the figure
    label_nouns: frozenset[str]
    label_year_nouns: frozenset[str]  # label nouns after which a year-like number is a year ("modèle 2014")
    ordinal_label_nouns: frozenset[str]  # capitalised nouns after which an ordinal names ("le 23e District")
    named_dates: Mapping[str, tuple[int, int]]  # "9/11" -> (month, day)
    ordinal_suffixes: frozenset[str]
    count_nouns: frozenset[str]
    year_cues: frozenset[str]
    name_heads: frozenset[str]
    one_before: frozenset[str]
    one_after: frozenset[str]
    scale_abbreviations: Mapping[str, tuple[int, str]]
    start_words: frozenset[str]
    number_keys: frozenset[str]  # start words and multiplier words
    lone_articles: frozenset[str]  # articles that count as 1 only before another number word
    point_words: frozenset[str]
    subunits: Mapping[str, tuple[str, int]]  # "cents" -> ("USD", 100)
    durations: frozenset[str]  # unit symbols of time spans
    and_a_half: regex.Pattern[str] | None  # "and a half" / "et demi" right after a duration
    and_quarters: regex.Pattern[str] | None  # "et quart", "trois quarts" right after a duration
    quarter_map: Mapping[str, Fraction]
    year_and_a_half: regex.Pattern[str] | None  # "a year and a half", "un an et demi"
    half_period_before: frozenset[str]
    decades: regex.Pattern[str] | None
    decade_words: Mapping[str, int]
    decade_centuries: Mapping[str, int]
    scale_gap_words: frozenset[str]
    one_contrast: regex.Pattern[str] | None
    adjective_numbers: frozenset[str]
    adjective_cues: frozenset[str]
    adjective_link_cues: frozenset[str]  # "quoi de neuf", "remis à neuf"
    adjective_followers: frozenset[str]  # words after the adjective "neuf" ("un appartement neuf et …")
    number_cues: frozenset[str]
    comma_decimal_follow: frozenset[str]  # folded words after which "0,4" in English is a decimal comma
    both_words: frozenset[str]  # "two"/"deux" read as "both" after a word of both_before ("les deux partis")
    both_before: frozenset[str]
    both_keep_after: frozenset[str]
    trailing_qualifier: regex.Pattern[str] | None  # a hedge right after the figure ("20 or so", "20 ans environ")
    trailing_qualifier_map: Mapping[str, Qualifier]
    collectives: regex.Pattern[str] | None  # "une dizaine (de milliers)"
    million_m_not_after: frozenset[str]  # words after which a glued "m" stays metres ("25m heats")
    collective_map: Mapping[str, int]


# Spans that hold no figures, each with cheap tests that the text may contain one: a substring ("" = a digit) and,
# where the full pattern is slow to scan, a precheck that every match of it must also match.
_BLOCKED: Final[tuple[tuple[str, regex.Pattern[str] | None, regex.Pattern[str]], ...]] = (
    ("/", None, regex.compile(r"(?:https?://|www\.)\S+")),
    ("www", None, regex.compile(r"www\.\S+")),
    ("@", None, regex.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")),
    ("@", None, regex.compile(r"(?<![\w])@[^\W\d]\w*")),  # a handle: "@jemb123"
    # A phone number: "08 11 00 06 95", "08.11.00.06.95", "0811000695".
    ("", regex.compile(r"0\d[\s.\u00a0-]?\d\d[\s.\u00a0-]?\d\d"),
     regex.compile(r"(?<![\w.,+-])0\d(?P<sep>[\s.\u00a0-]?)\d\d(?:(?P=sep)\d\d){3}(?![\w]|[.,-]?\d)")),
    ("_", regex.compile(r"(?<=[A-Z0-9])_[A-Z0-9_]"), regex.compile(r"\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b")),
    # A hex run holding both a digit and a letter has a digit next to a letter somewhere.
    ("", regex.compile(r"(?<=[a-f])\d|\d(?=[a-f])"),
     regex.compile(r"\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{8,}\b")),
    (".", regex.compile(r"\.(?:html?|php|aspx?|jpe?g|png|gif|pdf|docx?)\b"),
     regex.compile(r"\b[\w-]+\.(?:html?|php|aspx?|jpe?g|png|gif|pdf|docx?)\b")),
    # "200 m 4 nages": the medley (four strokes).
    ("nages", None, regex.compile(r"(?i)\b4[\s\u00a0]+nages\b")),
    # "se mettre sur son 31": dressed up.
    ("31", None, regex.compile(r"(?i)\bsur[\s\u00a0]+(?:son|sa|leur|mon|ton|notre|votre)[\s\u00a0]+31\b")),
    # "$300 a quarter", "5% a quarter": the period of a rate, not a fraction ("a quarter of them" is one).
    ("quarter", None, regex.compile(
        r"(?i)(?<=(?:\d|%|\b(?:dollars?|euros?|pounds?|cents?|pence|per[\s\u00a0]?cent|percent|million|billion|bn|m))"
        r"[\s\u00a0]+)a[\s\u00a0]+quarter(?![\s\u00a0-]+(?:of|century|mile|hour|point|final)s?\b)(?![\w-])"
    )),
    # "le Premier ministre", "les Premiers ministres": a title (Prime Minister), not a rank.
    ("inistre", None, regex.compile(r"(?i)\bpremi(?:er|ère|ere)s?(?=[\s\u00a0]+ministres?\b)")),
    # Round the clock: "24/7", "24 hours a day", "7 days a week", "24 h/24", "7 jours sur 7" (always, no count).
    ("", regex.compile(r"24|7|365"), regex.compile(
        r"(?i)(?<![\w/.,])(?:24[/x×]7|24[\s\u00a0]+hours[\s\u00a0]+a[\s\u00a0]+day|7[\s\u00a0]+days[\s\u00a0]+a[\s\u00a0]+week"
        r"|365[\s\u00a0]+days[\s\u00a0]+a[\s\u00a0]+year|24[\s\u00a0]?h(?:eures)?[\s\u00a0]?(?:/|sur)[\s\u00a0]?24"
        r"|7[\s\u00a0]?j(?:ours)?[\s\u00a0]?(?:/|sur)[\s\u00a0]?7|365[\s\u00a0]+jours[\s\u00a0]+(?:sur[\s\u00a0]+365|par[\s\u00a0]+an))"
        r"(?![\w/])"
    )),
    (" a ", regex.compile(r"(?i)seven|twenty-four"), regex.compile(
        r"(?i)(?<![\w-])(?:twenty-four[\s\u00a0]+hours[\s\u00a0]+a[\s\u00a0]+day|seven[\s\u00a0]+days[\s\u00a0]+a[\s\u00a0]+week)"
        r"(?![\w])"
    )),
    # "recommencer à zéro", "repartir de zéro": to start afresh ("start from scratch"), no count.
    ("z", regex.compile(r"(?i)z[ée]ro"), regex.compile(
        r"(?i)(?<=\b(?:re)?(?:commenc|part|pren|redémarr|redemarr)\w*[\s\u00a0]+)(?:[àa]|de)[\s\u00a0]+z[ée]ro\b"
    )),
    # Chemical formulas: "CO2", "NO2", "H2O" (carbon dioxide, no figure).
    ("", regex.compile(r"[A-Z]\d|\d[A-Z]"), regex.compile(r"(?<![\w-])(?:CO2|CO₂|NO2|SO2|H2O|CH4|N2O)(?![\w])")),
    # "de première importance", "de premier plan", "de premier ordre": of prime importance, leading, first-rate.
    ("premi", None, regex.compile(
        r"(?i)(?<=\bde[\s\u00a0]+)premi(?:er|ère|ere)s?(?=[\s\u00a0]+(?:importance|plan|ordre)\b)"
    )),
    # "whichever comes first": the sooner of two, not a rank.
    ("first", None, regex.compile(r"(?i)(?<=\bwhichever[\s\u00a0]+(?:comes|is|happens|occurs)[\s\u00a0]+)first\b")),
)
_TIME_COLON: Final = regex.compile(
    r"(?<![\d:.,/])(?P<h>[01]?\d|2[0-3])[:](?P<m>[0-5]\d)(?![\d:])"
    r"(?:\s?(?P<ap>[ap]\.\s?m\.|[AaPp][Mm]\b))?"
)
# "20h45", "10h", "17H00" (a capital H only with the minutes).
_TIME_H: Final = regex.compile(
    r"(?<![\w.,])(?P<h>[01]?\d|2[0-4])(?:\s?h\s?(?P<m>[0-5]\d)?|H(?P<m>[0-5]\d))(?![\w])"
)
# English military / British clock times: "at 1530 hours", "(20.45 hrs)" -> 15:30, 20:45 (after a preposition of
# time or an opening parenthesis: "1500 hours of community service" is a duration).
_TIME_HOURS_EN: Final = regex.compile(
    r"(?<=(?:(?<![\w])(?:at|around|about|by|until|till|from|before|after|since|to|circa|approximately)[\s\u00a0]+"
    r"|\())(?P<h>[01]\d|2[0-3]|(?<![\d])\d(?=\.))\.?(?P<m>[0-5]\d)[\s\u00a0]?(?:hours|hrs|hr|h)(?![\w])",
    regex.IGNORECASE,
)
# A part of the day after a French clock time in digits that makes it p.m.: "8h le soir", "3 h de l'après-midi".
_FR_EVENING_AFTER: Final = regex.compile(
    r"[\s\u00a0]+(?:(?:du|le|ce)[\s\u00a0]+soir|de[\s\u00a0]+l['’][\s\u00a0]?apr[èe]s[- ]midi)(?![\w])",
    regex.IGNORECASE,
)
# English clock times without a.m./p.m.: "6 o'clock in the evening" 18:00, "at 5 in the morning" 05:00, "at 10
# tonight" 22:00, "9 o'clock" 09:00 ("ten o'clock" with no part of the day stays a bare number, as "à dix heures");
# and the news wire's "1300 GMT", "0700 UTC" (13:00, 07:00).
_EN_DAY_PARTS: Final = (
    r"in[\s\u00a0]+the[\s\u00a0]+(?:morning|afternoon|evening)|at[\s\u00a0]+night|tonight|"
    r"this[\s\u00a0]+(?:morning|afternoon|evening)"
)
_TIME_OCLOCK: Final = regex.compile(
    r"(?<![\w-])(?P<h>1[0-2]|0?[1-9]|" + "|".join(
        ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
    ) + r")(?:[\s\u00a0]+o['’][\s\u00a0]?clock(?:[\s\u00a0]+(?P<part>" + _EN_DAY_PARTS + r"))?"
    r"|(?<=(?<![\w])(?:at|around|about|by|until|till|before|after|from)[\s\u00a0]+(?:\d{1,2}|[a-z]+))"
    r"[\s\u00a0]+(?P<part>" + _EN_DAY_PARTS + r"))(?![\w])",
    regex.IGNORECASE,
)
_TIME_GMT: Final = regex.compile(r"(?<![\w.,:])(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)[\s\u00a0]?(?:GMT|UTC)(?![\w])")
# French prepositions that make "N heures" a clock time, not a duration ("à 10 heures" / "pendant 10 heures").
_FR_TIME_PREPOSITIONS: Final = r"[àa]|vers|d[èe]s|jusqu['’][àa]|avant|apr[èe]s|entre|partir[\s\u00a0]+de"
# French clock times in words: "à 10 heures", "vers 15 heures 30", "dès 6 heures du matin", "à 8 heures du soir"
# (after a preposition of time only: "pendant 10 heures", "un vol de 10 heures" are durations).
_TIME_HEURES: Final = regex.compile(
    rf"(?<=(?<![\w])(?:{_FR_TIME_PREPOSITIONS}"
    r"|entre[\s\u00a0]+\d{1,2}[\s\u00a0]+heures?[\s\u00a0]+et)[\s\u00a0]+)"
    r"(?P<h>[01]?\d|2[0-4])[\s\u00a0]+heures?(?![\s\u00a0]+\d{1,2}[\s\u00a0]+(?:min|sec))"
    r"(?:[\s\u00a0]+(?P<m>[0-5]\d)(?![\w])"
    r"|[\s\u00a0]+(?P<q>et[\s\u00a0]+demie|et[\s\u00a0]+quart|moins[\s\u00a0]+(?:le[\s\u00a0]+)?quart)(?![\w]))?(?![\w])"
    r"(?:[\s\u00a0]+(?:(?P<pm>du[\s\u00a0]+soir|de[\s\u00a0]+l['’]apr[èe]s-midi)|du[\s\u00a0]+matin))?",
    regex.IGNORECASE,
)
# A French preposition of time right before a number word and "heure(s)": a clock time in words ("à six
# heures"). English writes no clock time so: "delayed by five hours", "until six hours later" are durations.
_HOUR_CUE: Final = regex.compile(
    rf"(?<![\w])(?:{_FR_TIME_PREPOSITIONS})"
    r"[\s\u00a0]+$",
    regex.IGNORECASE,
)
_TIME_AMPM: Final = regex.compile(
    r"(?<![\w.,:])(?P<h>1[0-2]|0?\d)(?:[.](?P<m>[0-5]\d))?\s?(?P<ap>[ap]\.\s?m\.|[ap]\.m\b|[AaPp][Mm]\b)"
)
# "12 noon", "12 midnight", "12:00 midnight": the hour named by the word after it (00:00 at midnight).
_TIME_NOON: Final = regex.compile(
    r"(?<![\w.,:])12(?:[:.]00)?[\s\u00a0]?(?P<w>noon|midday|mid-day|midnight)\b", regex.IGNORECASE
)
_DATE_NUMERIC: Final = regex.compile(
    r"(?<![\w/.,-])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<c>\d{4}|\d{2})(?![\w/]|[.,-]\d)"
)
_DATE_ISO: Final = regex.compile(r"(?<![\w/.-])(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\w/-])")
_SLASH: Final = regex.compile(
    r"(?<![\w/.,])(?:(?P<whole>\d+)\s+)?(?P<sign>-)?(?P<a>\d+)\s?/\s?(?P<b>\d+)(?![\w/]|[.,]\d)"
)
# A legal document's number: "100/2019/ND-CP", "15/2016/ND-CP", "36-NQ/TW" (a Party resolution), "05-CT/TW".
_DOC_CODE: Final = regex.compile(
    r"(?<![\w/]|\d[.,])(?P<n>\d+)(?:(?:/\d+)*/(?:[A-ZĐ]{1,}[A-ZĐ0-9]*)(?:-[A-ZĐ0-9]+)*"
    r"|-[A-ZĐ]{1,}[A-ZĐ0-9]*/[A-ZĐ][A-ZĐ0-9]*(?:-[A-ZĐ0-9]+)*)(?![\w/])"
)
_LETTER_DIGITS: Final = regex.compile(
    r"(?<![\w])(?P<p>[^\W\d_]+)(?P<h>[-\u2010\u2011]?|(?<=[A-Z]{2})\.)"  # "BA.5": two capitals and a point
    r"(?P<n>\d+(?:\.\d+|(?<=[^\W\d_]\d+),\d+)?)(?P<tail>[^\W_]*)(?![\w])"  # "PM2,5": a decimal comma after a letter
)
_LABEL_MARKER: Final = regex.compile(
    r"(?<![\w])(?P<m>No\.|Nos\.|no\.|nos\.|N\s?°|n\s?°|Nº|nº|No|N\.|#)\s?(?P<n>\d+)(?![\d])"
)
# More labels after a first one: "Districts 8 and 9", "Symphonies No. 3 and 4", "articles 5, 6 et 7".
_LABEL_CHAIN: Final = regex.compile(
    r"(?:[\s\u00a0]*,[\s\u00a0]*|[\s\u00a0]+(?:and|et|&)[\s\u00a0]+)(?P<d>\d+)[A-Z]?(?![\w%]|[.,]\d)"
)
# A model number: "787-8", "777-300ER", "787-8s" (see ``_phase_labels``).
_MODEL_CODE: Final = regex.compile(
    r"(?<![\w.,-])(?P<n>\d{3,4})-(?P<m>\d{1,3})(?P<tail>[A-Za-z]*)(?![\w-]|[.,]\d)"
)
# Codes glued together: "4x4", "4X4s", "4x50m", "777X", "98,1 FM".
_GLUED_CODE: Final = regex.compile(
    r"(?<![\w.,])(?:(?P<a>\d{1,4})[xX×]\d{1,4}[^\W_]*|(?P<x>\d{3,})X[s]?|(?P<f>\d{2,3}(?:[.,]\d)?)[\s\u00a0]?FM)"
    r"(?![\w^])"
)
# What a label noun's number may carry: "Boeing 787-8s", "Boeing 777-300ER", "Boeing 777X", "Boeing 777s".
_CODE_TAIL: Final = regex.compile(r"(?:-\d+[A-Za-z]*|[A-Z]+s?|s)(?![\w])")
# An ordinal naming a capitalised noun: "le 23e District", "les 8e et 9e Districts", "the 23rd District".
_ORDINAL_LABEL: Final = regex.compile(
    r"(?<![\w])\d+(?:e|er|ème|eme|th|st|nd|rd)(?:(?:[\s\u00a0]*,[\s\u00a0]*|[\s\u00a0]+(?:et|and)[\s\u00a0]+)"
    r"\d+(?:e|ème|eme|th|st|nd|rd))*[\s\u00a0]+(?P<noun>[^\W\d_]+)"
)
_ELISION: Final = regex.compile(r"^(?:l|d|qu|j|n|s|c)'")
_ROMAN: Final = regex.compile(r"(?<=\w[\s\u00a0]+)(?=[IVX])(?P<r>X{0,3}(?:IX|IV|V?I{0,3}))(?![\w'’])")
_ROMAN_VALUES: Final[dict[str, int]] = {"I": 1, "V": 5, "X": 10}
_ROMAN_LETTERS: Final = frozenset("IVX")
_SPACE_CHARS: Final = frozenset(" \t\n\r\u00a0\u202f\u2009")
_WORD_INNER: Final = frozenset("'’.-_")
_WORD_AFTER: Final = regex.compile(r"^[\s\u00a0\u202f]*(?P<w>[^\W\d_][\w'’-]*)")
_SCALE_ATTACHED: Final = regex.compile(r"(?P<sp>[\s\u00a0\u202f]?)(?P<a>[A-Za-z]{1,3})(?![\w])")
_CURRENCY_AFTER: Final = regex.compile(r"[\s\u00a0\u202f]?[$€£¥]")
_EXPONENT: Final = regex.compile(
    r"[eE](?P<e>[+-]?\d+)(?![\w])|\^(?P<s>[+-]*)(?P<p>\d+)(?![\w])|\s?[x×]\s?10\^(?P<x>[+-]?\d+)(?![\w])"
)
_VULGAR: Final = regex.compile(r"(?<![\w])(?P<whole>\d+)?(?P<f>[\u00bc-\u00be\u2150-\u215e])(?![\w])")
# French "un" as the last of two figures set against each other: "trois contre un", "à 2 contre un" (3-to-1).
_AGAINST_BEFORE: Final = regex.compile(r"(?<![\w])(?P<n>\d+|[^\W\d_]+)[\s\u00a0]+contre[\s\u00a0]+$", regex.IGNORECASE)
_CLAUSE_OR_END: Final = regex.compile(r"[\s\u00a0]*(?:[.,;:!?)»\"]|$)")


def _un_against(state: _State, start: int, end: int) -> bool:
    before = _AGAINST_BEFORE.search(state.text, max(0, start - 40), start)
    if before is None or _CLAUSE_OR_END.match(state.text, end) is None:
        return False
    return before["n"].isdigit() or fold(before["n"]) in state.pat.start_words


# "one or two", "un ou deux", "one to 2", "un à deux": "one" as the first of two figures, never an article.
_ONE_THEN_NUMBER: Final = regex.compile(
    r"-?[\s\u00a0]+(?:or|to|ou|à)[\s\u00a0]+(?P<n>\d|[^\W\d_]+)", regex.IGNORECASE
)


def _one_then_number(state: _State, end: int) -> bool:
    after = _ONE_THEN_NUMBER.match(state.text, end)
    if after is None:
        return False
    word = fold(after["n"])
    return after["n"].isdigit() or (word in state.pat.start_words and word not in ("un", "une", "one", "a", "an"))


# What keeps French "un" a figure: a whole after "sur" ("un sur cinq"), a percent sign or word ("un pour cent").
_UN_SUR: Final = regex.compile(r"\s+sur\s+(?:\d|[^\W\d_])|[\s\u00a0\u202f]*(?:%|pour[\s\u00a0]+cent(?![\w]))")
# ... or "numéro" before it: "le numéro un mondial" is 1, as "le numéro deux du parti" is 2 ("No. 1", "number two").
_NUMERO_BEFORE: Final = regex.compile(r"(?<![\w])num[ée]ro[\s\u00a0]+$", regex.IGNORECASE)
_FR_NUMERO_UN: Final = regex.compile(r"(?<![\w])num[ée]ro[\s\u00a0]+une?(?![\w])(?![\s\u00a0]+peu\b)", regex.IGNORECASE)
_UN_PEU: Final = regex.compile(r"[\s\u00a0]+peu\b", regex.IGNORECASE)  # "un numéro un peu fou": "a little"


def _numero_un(text: str, start: int, end: int) -> bool:
    """Whether "un" at ``start:end`` is the number after "numéro" ("le numéro un mondial"), not "un peu"."""
    return _NUMERO_BEFORE.search(text, 0, start) is not None and _UN_PEU.match(text, end) is None
_DIGIT: Final = regex.compile(r"\d")
_LABEL_NUMBER: Final = regex.compile(r"(?<![\w.,])(?P<d>\d+)[A-Z]?(?![\w]|[.,]\d)")
_WORDS: Final = regex.compile(r"[^\W\d_]+")
_VULGAR_CHARS: Final = frozenset("\u00bc\u00bd\u00be" + "".join(chr(c) for c in range(0x2150, 0x215F)))
_VULGAR_CHAR: Final = regex.compile(r"[\u00bc-\u00be\u2150-\u215e]")  # any of _VULGAR_CHARS

# Prechecks: every match of the slow pattern named also matches its precheck, which scans much faster (it
# starts on a digit or a rare character), so a text the precheck does not match is not scanned again.
_TIME_H_PRE: Final = regex.compile(r"\d\s?h|\dH\d")
_TIME_AMPM_PRE: Final = regex.compile(r"\d\s?[AaPp]")
_SLASH_PRE: Final = regex.compile(r"\d\s?/\s?\d")
_LETTER_DIGITS_PRE: Final = regex.compile(r"(?<=[^\W\d_][-\u2010\u2011]?|[A-Z]{2}\.)\d")
_LABEL_MARKER_PRE: Final = regex.compile(r"(?<=[.°ºo#]\s?)\d")

# French ordinal suffixes that belong to one number: "1er", "1re", "2nd", "2de"; "777-300ER" is no ordinal.
_FR_SUFFIX_ONLY: Final[dict[str, int]] = {"er": 1, "re": 1, "ere": 1, "nd": 2, "nde": 2, "d": 2, "de": 2}

_FR_PLURAL_STOP: Final[frozenset[str]] = frozenset({
    "dans", "sous", "sans", "vers", "apres", "depuis", "alors", "plus", "moins", "tres", "puis", "tous",
    "toutes", "nous", "vous", "les", "des", "ses", "mes", "tes", "leurs", "ces", "mais", "jamais", "avons",
    "avez", "sont", "etaient", "avaient", "fois", "pas", "lors", "hors", "aux", "ans", "jours", "mois",
    "etait", "avait", "devrait", "pourrait", "serait", "aurait", "auxquels", "lesquels", "anterieurs",
})
_CAPITAL_STOP: Final[frozenset[str]] = frozenset({
    "the", "in", "on", "at", "since", "from", "by", "of", "to", "for", "and", "or", "with", "about", "over",
    "le", "la", "les", "en", "au", "aux", "du", "de", "des", "depuis", "dans", "sur", "et", "ou", "a", "an",
    "un", "une", "it", "he", "she", "they", "we", "i", "il", "elle", "ils", "nous", "photo", "ảnh",
    "page", "tel", "fax", "no", "phone", "hotline",
})


# (word before, phrase) pairs where the phrase is not a hedge: "en plus de 8 centres" = "in addition to 8".
_NOT_QUALIFIERS: Final[frozenset[tuple[str, str]]] = frozenset({
    ("en", "plus de"), ("en", "plus d'"), ("and", "over"), ("all", "over"), ("game", "over"),
    # "passé d'un minimum de 40 % à 61 %": from a low of 40 %, not at least 40 %
    ("d'", "un minimum de"), ("d'", "un maximum de"), ("d'", "un minimum d'"), ("d'", "un maximum d'"),
})
# Words before a bare "exceed" that make it a possibility, not a bound (see ``_NOT_QUALIFIER_AFTER``).
_MAY_EXCEED: Final[frozenset[str]] = frozenset({
    "could", "may", "might", "can", "should", "must", "to", "likely", "ever", "possibly", "probably",
})
# Phrasal verbs before "over" ("spread over 13 categories", "sign over half their territory"): not a bound.
_NOT_QUALIFIER_AFTER: Final[dict[str, frozenset[str]]] = {
    "over": frozenset({
        "spread", "spreads", "spreading", "sign", "signed", "signs", "signing", "hand", "handed", "hands",
        "handing", "turn", "turned", "turns", "turning", "take", "took", "taken", "takes", "taking", "split",
        "divided", "scattered", "stretched", "stretching", "stretches", "staggered", "phased",
    }),
    # "served under nine presidents", "played under three coaches": under their authority
    "under": frozenset({"served", "serve", "serves", "serving", "worked", "works", "working", "played", "playing"}),
    # "could exceed 5 million", "expected to exceed": a possibility (French "pourrait dépasser", an infinitive the
    # French table leaves unread), not a bound.
    **{f"{verb}{article}": _MAY_EXCEED
       for verb in ("exceed", "surpass")
       for article in ("", " the")},
    # "les eaux sont montées jusqu'à 1,50 m", "est descendue jusqu'à 2 °C": the level reached ("rose to 1.5 m"),
    # not a bound ("jusqu'à 10 000 euros d'amende" is one, and so is "il est tombé jusqu'à 15 cm de neige")
    "jusqu'a": frozenset(
        {f"{stem}{end}" for stem in ("mont", "remont", "grimp", "chut", "baiss", "recul", "gliss", "plong", "envol",
                                     "penetr", "avanc", "progress")
         for end in ("e", "ee", "es", "ees", "er", "ent", "ait", "aient")}
        | {f"{stem}{end}" for stem in ("descend", "redescend")
           for end in ("u", "ue", "us", "ues", "re", "ent", "ait", "aient", "")}
    ),
}
# "over" + a period is "during" ("over four years, the funding ...") unless one of these precedes it ("for over
# ten years", "aged over 80", "is over 30 years old") or an age / "ago" follows (``_OVER_AGE``).
_OVER_BOUND_BEFORE: Final[frozenset[str]] = frozenset({
    "for", "of", "aged", "age", "is", "are", "was", "were", "be", "been", "being", "in", "within", "lasted", "to",
    "during", "equals", "totalling", "totaling", "at",
    "lasting", "lasts", "last", "than", "just", "well", "by", "after", "since", "those", "people", "men", "women",
    "children", "anyone", "someone",
})
_OVER_PERIOD: Final = regex.compile(
    r"[\s\u00a0-]+(?:years?|months?|weeks?|days?|decades?|hours?|periods?|sessions?|quarters?|seasons?|"
    r"centuries|century|nights?|minutes?|games?|matches|races|rounds|terms?|categories|sites|stages|phases)(?![\w])",
    regex.IGNORECASE,
)
_OVER_AGE: Final = regex.compile(r"[\s\u00a0-]*(?:old|older|ago|of\s+age|earlier|of\s+service)(?![\w])",
                                 regex.IGNORECASE)


def _month_alternation(months: Iterable[str]) -> str:
    return _alternation(months)


@lru_cache(maxsize=8)
def _patterns(lang: Lang) -> _Patterns:
    token = _ACCENT_TOLERANT.set(lang is not Lang.EN)
    try:
        return _build_patterns(lang)
    finally:
        _ACCENT_TOLERANT.reset(token)


def _build_patterns(lang: Lang) -> _Patterns:
    data = lang_data(lang)
    module = data.module if data is not None else None
    if module is not None:
        hand_prefixes: Mapping[str, str] = module.CURRENCY_PREFIXES
        currency_prefix_map: Mapping[str, str] = {**iso_currency_prefixes(), **hand_prefixes}
        hand = {fold(k) for k in module.CURRENCY_WORDS}
        # CLDR names the tables do not hold (where both name a currency, the table's reading stands).
        cldr: dict[str, str] = {name: code for name, code in cldr_currency_names(lang).items() if name not in hand}
        currency_word_map: Mapping[str, str] = {**cldr, **module.CURRENCY_WORDS}
        unit_map: Mapping[str, str] = module.UNITS_OF_MEASURE
        short_units: frozenset[str] = module.SHORT_UNITS
        percent_words: tuple[str, ...] = module.PERCENT_WORDS
        multiplier_map: Mapping[str, int] = module.MULTIPLIER_WORDS
        times_words: tuple[str, ...] = module.TIMES_WORDS
        months: Mapping[str, int] = module.MONTHS
        ambiguous_months: frozenset[str] = module.AMBIGUOUS_MONTHS
        qualifier_map: Mapping[str, Qualifier] = {**module.QUALIFIERS, **_SYMBOL_QUALIFIERS}
        range_pairs: tuple[tuple[str, str], ...] = module.RANGE_PAIRS
        range_middles: tuple[str, ...] = module.RANGE_MIDDLES
        out_of: tuple[str, ...] = module.OUT_OF
        fraction_of: tuple[str, ...] = module.FRACTION_OF
        label_nouns: frozenset[str] = module.LABEL_NOUNS
        suffixes = frozenset(module.ORDINAL_SUFFIXES)
        count_nouns: frozenset[str] = module.COUNT_NOUNS
        year_cues: frozenset[str] = module.YEAR_CUES_BEFORE
        name_heads: frozenset[str] = module.NAME_HEADS
        one_before: frozenset[str] = module.ONE_BLOCKERS_BEFORE
        one_after: frozenset[str] = module.ONE_BLOCKERS_AFTER
        scale_abbreviations: Mapping[str, tuple[int, str]] = module.SCALE_ABBREVIATIONS
        subunits: Mapping[str, tuple[str, int]] = module.SUBUNITS
        durations: frozenset[str] = module.DURATION_UNITS
    else:
        hand_prefixes = _NEUTRAL_CURRENCY_PREFIXES
        currency_prefix_map = {**iso_currency_prefixes(), **hand_prefixes}
        currency_word_map = _NEUTRAL_CURRENCY_WORDS
        cldr = {}
        unit_map = _NEUTRAL_UNITS
        short_units = _NEUTRAL_SHORT
        percent_words = ()
        multiplier_map = {}
        times_words = ()
        months = {}
        ambiguous_months = frozenset()
        qualifier_map = {}
        range_pairs = ()
        range_middles = ()
        out_of = ()
        fraction_of = ()
        label_nouns = frozenset()
        suffixes = frozenset()
        count_nouns = frozenset()
        year_cues = frozenset()
        name_heads = frozenset()
        one_before = frozenset()
        one_after = frozenset()
        scale_abbreviations = {"k": (10**3, "k"), "K": (10**3, "k")}
        subunits = {}
        durations = frozenset()

    prefilter = None
    start_words: set[str] = set()
    if data is not None:
        for table in (data.units, data.teens, data.tens, data.scales, data.ordinals, data.scale_ordinals,
                      data.fraction_words, data.dozens):
            start_words.update(table)
            start_words.update(k + "s" for k in table)
        start_words.update(data.hundred)
        start_words.update(data.articles_one)
        start_words.update(data.minus_words)
        start_words.add("halves")
        words: set[str] = set()
        for table in (data.units, data.teens, data.tens, data.scales, data.ordinals, data.scale_ordinals,
                      data.fraction_words, data.dozens):
            words.update(table)
        words.update(data.hundred)
        words.update(fold(w) for w in multiplier_map)
        words.update(getattr(module, "PREFILTER_WORDS", ()))
        prefilter = regex.compile(
            rf"[\d\u00bc-\u00be\u2150-\u215e]|(?<![\w])(?:{_alternation(words)}|(?-i:[IVX]+(?![\w])))",
            regex.IGNORECASE,
        )

    space = r"[\s\u00a0\u202f]"
    prefixes = _trie_alternation(currency_prefix_map, tolerant=False)  # some 450: five times faster as a trie
    currency_prefix = _Scan(
        regex.compile(
            rf"(?:(?<![\w$€£¥₫])|(?<=(?<![\w])de)(?=[$€£]))(?P<cur>{prefixes}){space}?(?P<n>{_NUM})"
            r"(?P<abbr>(?:[mM]|bn|mn|b|k|K|tn)(?![\w]))?"
        ),
        # The table's prefixes and the shape of a code: looking back for ~450 prefixes at every character is six
        # times slower, and most sentences have none.
        precheck=regex.compile(
            rf"(?<=(?:{_alternation(hand_prefixes, tolerant=False)}|[A-Z]{{3}}\$?|[a-z]{{3}}\$){space}?)"
            rf"[{_M_DIGITS}{_M_WORDS}]"
        ),
    )
    # The table's words and subunits; the CLDR names are looked up by the currency_names scan below.
    table_keys = [key for key in map(fold, [*currency_word_map, *subunits]) if key not in cldr]
    currency_words = _trie_alternation(table_keys)
    connector = r"(?:de\s+|d['’]\s?)?" if lang is Lang.FR else r"(?:of\s+)?" if lang is Lang.EN else ""
    currency_suffix = _anchored(
        regex.compile(
            rf"(?P<n>{_NUM})(?P<sp>{space}*|[-\u2010\u2011]){connector}(?P<cur>{currency_words}"
            rf"|(?-i:M?(?:{_alternation(iso_currency_codes(), tolerant=False)})))(?![\w])",
            regex.IGNORECASE,
        )
    )
    # The CLDR names are looked up, not compiled in: some 400 names make a pattern that takes ~0.1 s to build. The
    # scan takes the words after a figure, and the longest run of them that is a name wins (see ``_composites``).
    most = max((len(name.split()) for name in cldr), default=0)
    currency_names = _anchored(
        regex.compile(
            rf"(?P<n>{_NUM}){space}*{connector}"
            rf"(?P<cur>[^\W\d_][\w'’-]*\.?(?:{space}+[^\W\d_][\w'’-]*\.?){{1,{most - 1}}})"
        )
    ) if most > 1 else None
    percent_alt = _alternation(percent_words) if percent_words else None
    percent_source = rf"(?P<n>{_NUMFRAC})(?P<p>{space}?%|{space}?‰"
    if percent_alt:
        percent_source += rf"|{space}+(?:{percent_alt})(?![\w])"
    glued_percent = getattr(module, "PERCENT_GLUED", ())
    if glued_percent:
        percent_source += rf"|(?-i:{'|'.join(map(regex.escape, glued_percent))})(?![\w])"  # "3.5pc"
    percent_source += ")"
    percent = _anchored(regex.compile(percent_source, regex.IGNORECASE))
    percent_of_words: tuple[str, ...] = module.PERCENT_OF_WORDS if module is not None else ()
    percent_of = regex.compile(
        rf"(?<![\w%]{space}*)(?<![\w%])(?:{_alternation(percent_of_words) if percent_of_words else '(?!)'})"
        rf"{space}+(?P<n>{_NUM})",
        regex.IGNORECASE,
    )
    span_adjective = _FR_SPAN_ADJECTIVE if lang is Lang.FR else "(?!)"
    quantity = _anchored(
        regex.compile(
            rf"(?P<n>{_NUMFRAC})(?P<sp>{space}?|[-\u2010\u2011])(?P<adj>{span_adjective}{space}+)?"
            rf"(?P<of>(?:de\s+|d['’]|of\s+)?)(?P<unit>{_alternation(unit_map)})"
            # "24703m212", "24703L202": a code, not metres or litres; "6.5 tonnes/ha" is tonnes (per hectare)
            r"(?![\w²³]|/(?![^\W\d_]|[\ue000-\ue005])|[\ue000-\ue005])",
            regex.IGNORECASE,
        )
    )
    times = _alternation(times_words) if times_words else "(?!)"
    multiplied = getattr(module, "MULTIPLIED_BY", ())
    by = _alternation(multiplied) if multiplied else "(?!)"
    multiplier = _anchored(
        regex.compile(
            rf"(?P<n>{_NUMFRAC}){space}*-?{space}*(?P<t>{times})(?![\w])"
            rf"|(?<![\w])[x×]{space}?(?P<n2>{_DNUM})(?![\w])"
            rf"|(?P<n3>{_DNUM})[x×](?![\w])"
            rf"|(?<![\w])(?:{by}){space}+(?P<n4>{_NUM})(?![\w])",  # "multiplié par quatre", "multiplied by 3"
            regex.IGNORECASE,
        ),
        regex.compile(rf"[x×](?={space}?{_M_DIGITS})|(?<![\w])(?:{by}){space}+(?={_NUM})", regex.IGNORECASE),
    )
    multiplier_words = (
        regex.compile(rf"(?<![\w])(?:{_alternation(multiplier_map, tolerant=False)})(?![\w])", regex.IGNORECASE)
        if multiplier_map
        else None
    )
    dates: tuple[_Scan, ...] = ()
    if months:
        month = _month_alternation(months)
        day_or_year = f"[{_M_DIGITS}{_M_ORD}]"

        def after_month(gap: str, figure: str) -> regex.Pattern[str]:
            return regex.compile(rf"(?<=(?:{month}){gap}){figure}", regex.IGNORECASE)

        if lang is Lang.EN:
            dates = (
                _Scan(
                    regex.compile(
                        rf"(?<![\w])(?P<month>{month})\.?{space}+(?:the{space}+)?(?P<day>{_DNUM}|{_ORD})"
                        rf"(?:,?{space}+(?P<year>{_DNUM}))?",
                        regex.IGNORECASE,
                    ),
                    precheck=after_month(rf"\.?{space}+(?:the{space}+)?", day_or_year),
                ),
                _anchored(
                    regex.compile(
                        rf"(?:the{space}+)?(?P<day>{_DNUM}|{_ORD}){space}+(?:of{space}+)?(?P<month>{month})(?![\w])"
                        rf"\.?(?:,?{space}+(?P<year>{_DNUM}))?",
                        regex.IGNORECASE,
                    ),
                    regex.compile(rf"the(?={space}+{day_or_year})", regex.IGNORECASE),
                ),
                _Scan(
                    regex.compile(rf"(?<![\w])(?P<month>{month})\.?,?{space}+(?P<year>{_DNUM})", regex.IGNORECASE),
                    precheck=after_month(rf"\.?,?{space}+", _M_DIGITS),
                ),
                # Year first, as Vietnamese writes it: "the 1945 August Revolution", "2019 September 5".
                _anchored(
                    regex.compile(
                        rf"(?P<year>{_DNUM}){space}+(?P<month>{month})(?![\w])(?:{space}+(?P<day>{_DNUM})(?![\w]))?",
                        regex.IGNORECASE,
                    )
                ),
            )
        else:
            dates = (
                _anchored(
                    regex.compile(
                        # "le 14-Juillet", "le 11-Septembre": the day a date names, its month capitalised
                        rf"(?P<day>{_DNUM}|{_ORD})(?:{space}+|-(?=(?-i:\p{{Lu}})))(?P<month>{month})(?![\w])\.?"
                        rf"(?:{space}+(?P<year>{_DNUM}))?",
                        regex.IGNORECASE,
                    )
                ),
                _Scan(
                    regex.compile(rf"(?<![\w])(?P<month>{month})\.?{space}+(?P<year>{_DNUM})", regex.IGNORECASE),
                    precheck=after_month(rf"\.?{space}+", _M_DIGITS),
                ),
            )
    middles = [m for _, m in range_pairs] + list(range_middles)
    middle_alt = _alternation(middles) if middles else "(?!)"
    range_gap = regex.compile(
        rf"^(?:{space}*[-–—~]{space}*|{space}+(?P<w>{middle_alt}){space}+)$", regex.IGNORECASE
    )
    opens = [o for o, _ in range_pairs]
    range_open = regex.compile(
        rf"(?<![\w])(?P<o>{_alternation(opens) if opens else '(?!)'}){space}*$", regex.IGNORECASE
    )
    ratio_gap = regex.compile(
        rf"^{space}+(?:{_alternation(out_of) if out_of else '(?!)'}){space}+$", regex.IGNORECASE
    )
    fraction_of_re = regex.compile(
        rf"{space}*(?:{_alternation(fraction_of) if fraction_of else '(?!)'})(?![\w])", regex.IGNORECASE
    )
    qualifier = None
    if qualifier_map:
        adverbs = getattr(module, "QUALIFIER_ADVERBS", ())
        between = rf"(?:{space}+(?P<adv>{_alternation(adverbs)}))?" if adverbs else ""
        qualifier = regex.compile(
            rf"(?<![\w])(?P<q>{_alternation(qualifier_map)}){between}{space}*$", regex.IGNORECASE
        )
    and_a_half = year_and_a_half = decades = one_contrast = and_quarters = None
    quarter_map: dict[str, Fraction] = {}
    decade_words: Mapping[str, int] = {}
    decade_centuries: Mapping[str, int] = {}
    comma_follow: set[str] = set()
    if module is not None and data is not None:
        durations_words = [word for word, symbol in unit_map.items() if symbol in durations]
        and_a_half = regex.compile(rf"{space}+(?:{module.AND_A_HALF})(?![\w])", regex.IGNORECASE)
        quarter_map = {fold(k): Fraction(*v) for k, v in module.AND_QUARTERS.items()}
        and_quarters = regex.compile(rf"{space}+(?P<q>{_alternation(quarter_map)})(?![\w])", regex.IGNORECASE)
        year_and_a_half = regex.compile(
            rf"(?:(?<![\w'’])|(?<=\b(?:[Qq]u|[Dd]|[Jj]usqu)['’]))"  # "qu'une heure et demie", "d'un an et demi"
            rf"(?P<n>{_alternation(data.articles_one | {'one'} if lang is Lang.EN else data.articles_one)})"
            rf"{space}+(?P<unit>{_alternation(w for w in durations_words if len(w) > 3 or w == 'an')})"
            rf"{space}+(?:(?P<half>{module.AND_A_HALF})|(?P<q>{_alternation(quarter_map)}))(?![\w])",
            regex.IGNORECASE,
        )
        decade_words = module.DECADE_WORDS
        decade_centuries = module.DECADE_CENTURIES
        if lang is Lang.EN:
            # "the 70s and 80s", "the late '60s or early '70s", "the 1980s and 90s": a second decade after
            # "and"/"or"/"to"/a comma.
            early = rf"(?:(?:very{space}+)?(?:early|mid|late)[\s\u00a0-]+)?"
            decades = regex.compile(
                rf"(?:(?<=(?<![\w])the{space}+{early})"
                rf"(?:['’]?(?P<d>[1-9]0)['’]?s|['’]?(?P<w>{_alternation(decade_words)}))"
                rf"|(?<![\w-])(?P<c>{_alternation(decade_centuries)})[\s\u00a0-]+(?P<w2>{_alternation(decade_words)})"
                rf"|(?<![\w.,'’])(?P<y>(?:1[1-9]|20)\d0)s)"
                r"(?![\w])"
                rf"(?:(?P<gap>{space}*,{space}*|{space}+(?:and|or|to){space}+)(?:the{space}+)?{early}"
                rf"(?P<second>['’]?(?P<d2>[1-9]0)['’]?s|(?P<d4>(?:1[1-9]|20)\d0)s)(?![\w]))?",
                regex.IGNORECASE,
            )
        else:
            tens = ("vingt", "trente", "quarante", "cinquante", "soixante", "soixante-dix", "septante",
                    "quatre-vingt", "quatre-vingts", "quatre-vingt-dix", "nonante")
            decades = regex.compile(
                rf"(?<![\w])(?:{_alternation(module.DECADE_NOUNS)}){space}+"
                rf"(?P<n>(?:1[1-9]|20)?\d0|{_alternation(tens)})(?![\w-])"
                rf"(?:{space}*(?:,|et|ou){space}*(?P<n2>(?:1[1-9]|20)?\d0|{_alternation(tens)})(?![\w-]))?",
                regex.IGNORECASE,
            )
            decade_words = {fold(t): v for t, v in zip(tens, (20, 30, 40, 50, 60, 70, 70, 80, 80, 90, 90), strict=True)}
        if module.ONE_CONTRAST:
            one_contrast = regex.compile(
                rf"(?:[\s\u00a0,;:]*[\w'’-]+){{0,{module.ONE_CONTRAST_WINDOW}}}?[\s\u00a0,;:]*"
                rf"(?<![\w])(?:{_alternation(module.ONE_CONTRAST)})(?![\w])",
                regex.IGNORECASE,
            )
        comma_follow.update(fold(k) for k in data.scales)
        comma_follow.update(fold(k).split(" ")[0] for k in module.CURRENCY_WORDS)  # not the CLDR names' adjectives
        comma_follow.update(fold(k).split(" ")[0] for k in unit_map)
        comma_follow.update(fold(k).split(" ")[0] for k in percent_words)
        comma_follow.update(k for k in scale_abbreviations)
        comma_follow.update("%‰$€£")
    trailing_qualifier = collectives = None
    trailing_map: dict[str, Qualifier] = {}
    mark_nouns: tuple[str, ...] = tuple(getattr(module, "MARK_NOUNS", ()))
    collective_map: dict[str, int] = {}
    if module is not None:
        trailing_map = {fold(k): v for k, v in module.TRAILING_QUALIFIERS.items()}
        # "20 or so", "50-odd", "20 ans environ"; not a hedge of the next figure ("20 ans environ 5 %" is rare, but
        # "sur 100, environ 20" is not: a digit after the word leaves it to that figure).
        # Set off by commas, a hedge still is one: "de 91 forints, au minimum, le seuil" (not "10 ans, au moins c'est").
        trailing = _alternation(module.TRAILING_QUALIFIERS)
        trailing_qualifier = regex.compile(
            rf"(?:{space}+|-|,{space}*(?=(?:{trailing}){space}*[,;).]))"
            rf"(?:{getattr(module, 'TRAILING_QUALIFIER_GAP', '')})?"
            rf"(?P<q>{trailing})(?![\w'’-])"
            rf"(?!{space}*(?:\d|de\b|d['’]))",
            regex.IGNORECASE,
        )
        collective_map = {fold(k): v for k, v in module.COLLECTIVES.items()}
        if collective_map:
            scales = _alternation(_COLLECTIVE_SCALES)
            collectives = regex.compile(
                rf"(?<![\w])(?P<a>une?|la)(?:{space}+(?:petite?|bonne?))?{space}+(?P<w>{_alternation(collective_map)})"
                r"(?![\w])"
                rf"(?:{space}+(?:de{space}+|d['’])(?P<s>{scales})(?![\w]))?"
                rf"(?!{space}+(?:d['’]{space}?ann[ée]es|de{space}+jours)(?![\w]))",
                regex.IGNORECASE,
            )
    return _Patterns(
        lang=lang, data=data, prefilter=prefilter,
        currency_prefix=currency_prefix, currency_prefix_map=currency_prefix_map,
        currency_suffix=currency_suffix, currency_word_map={fold(k): v for k, v in currency_word_map.items()},
        currency_names=currency_names, currency_name_map=cldr,
        percent=percent, percent_of=percent_of, quantity=quantity, unit_map={fold(k): v for k, v in unit_map.items()},
        short_units=short_units, cased_units=frozenset(getattr(module, "CASED_SHORT_UNITS", frozenset())),
        money_after_scale=dict(getattr(module, "MONEY_AFTER_SCALE", {})),
        multiplier=multiplier, multiplier_words=multiplier_words,
        multiplier_map={fold(k): v for k, v in multiplier_map.items()}, dates=dates,
        months=months, ambiguous_months=ambiguous_months, range_gap=range_gap, range_open=range_open,
        ratio_gap=ratio_gap, fraction_of=fraction_of_re, qualifier=qualifier,
        qualifier_map={fold(k): v for k, v in qualifier_map.items()},
        share_qualifiers=frozenset(getattr(module, "SHARE_QUALIFIERS", frozenset())),
        mark_qualifiers=frozenset(getattr(module, "MARK_QUALIFIERS", frozenset())),
        mark_nouns=regex.compile(r"[\s\u00a0]+(?:" + _alternation(mark_nouns, tolerant=False) + r")\b")
        if mark_nouns else None,
        label_nouns=frozenset(fold(n) for n in label_nouns),
        label_year_nouns=frozenset(getattr(module, "LABEL_YEAR_NOUNS", frozenset())),
        ordinal_label_nouns=frozenset(getattr(module, "ORDINAL_LABEL_NOUNS", frozenset())),
        named_dates=getattr(module, "NAMED_DATES", {}),
        ordinal_suffixes=frozenset(fold(s) for s in suffixes), count_nouns=count_nouns, year_cues=year_cues,
        name_heads=name_heads, one_before=one_before, one_after=one_after,
        scale_abbreviations=scale_abbreviations, start_words=frozenset(start_words),
        number_keys=frozenset(start_words) | {fold(k) for k in multiplier_map}
        | frozenset(getattr(module, "PREFILTER_WORDS", ()))
        | (frozenset(module.DECADE_WORDS) if module is not None else frozenset()) | frozenset(collective_map)
        | frozenset(fold(k) for k in getattr(module, "FIGURE_NOUNS", {}))
        | (frozenset({"centenaire", "cinquantenaire"}) if lang is Lang.FR else frozenset()),
        lone_articles=data.articles_one if data is not None else frozenset(),
        point_words=data.point_words if data is not None else frozenset(),
        subunits={fold(k): v for k, v in subunits.items()}, durations=durations, and_a_half=and_a_half,
        and_quarters=and_quarters, quarter_map=quarter_map,
        year_and_a_half=year_and_a_half,
        half_period_before=module.HALF_PERIOD_BEFORE if module is not None else frozenset(),
        decades=decades, decade_words=decade_words, decade_centuries=decade_centuries,
        scale_gap_words=module.SCALE_GAP_WORDS if module is not None else frozenset(), one_contrast=one_contrast,
        adjective_numbers=module.ADJECTIVE_NUMBERS if module is not None else frozenset(),
        adjective_cues=module.ADJECTIVE_CUES_BEFORE if module is not None else frozenset(),
        adjective_link_cues=module.ADJECTIVE_CUES_BEFORE_LINK if module is not None else frozenset(),
        adjective_followers=module.ADJECTIVE_FOLLOWERS if module is not None else frozenset(),
        number_cues=module.NUMBER_CUES_BEFORE if module is not None else frozenset(),
        comma_decimal_follow=frozenset(comma_follow),
        both_words=module.BOTH_WORDS if module is not None else frozenset(),
        both_before=module.BOTH_BEFORE if module is not None else frozenset(),
        both_keep_after=module.BOTH_KEEP_AFTER if module is not None else frozenset(),
        trailing_qualifier=trailing_qualifier, trailing_qualifier_map=trailing_map,
        collectives=collectives, collective_map=collective_map,
        million_m_not_after=getattr(module, "MILLION_M_NOT_AFTER", frozenset()),
    )


# --------------------------------------------------------------------------------------------------------------
# Working objects
# --------------------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Atom:
    """One number in the text: a cardinal, ordinal or fraction, before context gives it a kind."""

    start: int
    end: int
    kind: str  # "cardinal", "ordinal", "fraction"
    value: Fraction
    scale: str | None
    words: bool
    plain_int: bool  # digits only, no separator, integral, no scale


@dataclass(slots=True)
class _Candidate:
    start: int
    end: int
    kind: FactKind
    value: FactValue
    unit: str | None = None
    scale: str | None = None
    atoms: tuple[int, ...] = ()
    priority: int = 0
    raw: Fraction | None = None  # the number, for ranges
    spread: Fraction | None = None  # what the unit does to a bare number at the other end of a range (cents: 1/100)
    age: bool = False  # a bare English age given the year unit ("aged 2" in "aged 2 to 7")
    qualifier: Qualifier | None = None  # a bound written inside the figure ("U23", "the over 50s")


@dataclass(slots=True)
class _State:
    text: str
    lang: Lang
    pat: _Patterns
    occupied: bytearray
    facts: list[_Candidate] = field(default_factory=list)
    approx: list[tuple[int, int]] = field(default_factory=list)  # approximate numerals ("une dizaine", "a dozen")

    def free(self, start: int, end: int) -> bool:
        return self.occupied.find(1, start, end) == -1

    def take(self, candidate: _Candidate) -> None:
        self.facts.append(candidate)
        self.occupied[candidate.start : candidate.end] = b"\x01" * (candidate.end - candidate.start)

    def block(self, start: int, end: int) -> None:
        self.occupied[start:end] = b"\x01" * (end - start)


def _decimal(value: Fraction) -> Decimal | None:
    return fraction_to_decimal(value)


def _number_kind(value: Decimal) -> FactKind:
    return FactKind.CARDINAL if value == value.to_integral_value() else FactKind.DECIMAL


# --------------------------------------------------------------------------------------------------------------
# Phase 1: patterns on the raw text (times, numeric dates, slashes, labels)
# --------------------------------------------------------------------------------------------------------------


# "2:06:05", French "2 :06 :05" and "2h06'05": hours, minutes, seconds (and tenths or hundredths).
_HEIGHT_M_CM: Final = regex.compile(r"(?<![\w.,])(?P<m>[1-2])m(?P<cm>\d\d)(?![\w.,])")
_RACE_TIME: Final = regex.compile(
    r"(?<![\d:.,])(?P<h>\d{1,2})(?:[\u00a0\u202f ]?:(?P<m>[0-5]\d)[\u00a0\u202f ]?:(?P<s>[0-5]\d)"
    r"|h(?P<m2>[0-5]\d)['’](?P<s2>[0-5]\d)(?:['’]{2}|\")?)"
    r"(?:[.,](?P<f>\d{1,2}))?(?![\d:])"
)


# An even split or chance: "a 50-50 chance", "50/50", "fifty-fifty", "moitié-moitié" (one half, as "une chance sur
# deux" and "50 % de chances" say it), never the range 50 to 50.
_EVEN_SPLIT: Final = regex.compile(
    r"(?<![\w.,/-])(?:50[\s\u00a0]?[-–/][\s\u00a0]?50|fifty[-\s]fifty|moiti[ée][-\s]moiti[ée])(?![\w/-]|[.,]\d)",
    regex.IGNORECASE,
)


def _phase_even_split(state: _State) -> None:
    text = state.text
    if "50" not in text and "fifty" not in text.lower() and "moiti" not in text.lower():
        return
    for match in _EVEN_SPLIT.finditer(text):
        if state.free(match.start(), match.end()):
            state.take(_Candidate(match.start(), match.end(), FactKind.FRACTION, Ratio(Decimal(1), Decimal(2))))


# Half of one unit: "half an hour", "a half-day strike", "une demi-heure", "un demi-litre" (0.5 h, 0.5 d, 0.5 l), as
# "thirty minutes" or "12 heures" say it. A compound that names no measure holds no figure: "half-time",
# "half-brother", "demi-finale", "demi-frère".
_HALF_UNIT: Final[dict[Lang, regex.Pattern[str]]] = {
    Lang.EN: regex.compile(
        r"(?<![\w-])(?:(?:a|one)[\s\u00a0]+)?half(?:[\s\u00a0]+an?[\s\u00a0]+|-|[\s\u00a0]+)(?P<u>[^\W\d_]+)(?![\w'’-])",
        regex.IGNORECASE,
    ),
    Lang.FR: regex.compile(
        r"(?<![\w-])(?:une?[\s\u00a0]+)?demi[\s\u00a0-](?P<u>[^\W\d_]+)(?![\w'’-])", regex.IGNORECASE
    ),
}
_HALF_NO_FIGURE: Final[dict[Lang, regex.Pattern[str]]] = {
    Lang.EN: regex.compile(
        r"(?<![\w-])half[-\s]?(?:time|brothers?|sisters?|hearted(?:ly)?|truths?|mast|backs?)(?![\w-])", regex.IGNORECASE
    ),
    Lang.FR: regex.compile(
        r"(?<![\w-])demi[\s\u00a0-](?:fr[èe]res?|s(?:œ|oe)urs?|finales?|finalistes?|mesures?|tours?|teintes?|mots?|dieux?|pension"
        r"|[ée]cr[ée]m[ée])(?![\w-])",
        regex.IGNORECASE,
    ),
}


# A part of a century in years: "half a century", "a quarter-century", "un demi-siècle", "un quart de siècle".
_CENTURY_PARTS: Final[dict[Lang, regex.Pattern[str]]] = {
    Lang.EN: regex.compile(
        r"(?<![\w-])(?:(?P<q>(?:a|one)[\s\u00a0-]+quarter)|(?P<h>(?:(?:a|one)[\s\u00a0]+)?half))"
        r"(?:[\s\u00a0]+of)?(?:[\s\u00a0]+a)?[\s\u00a0-]+century(?![\w-])",
        regex.IGNORECASE,
    ),
    Lang.FR: regex.compile(
        r"(?<![\w-])(?:une?[\s\u00a0]+)?(?:(?P<q>quart[\s\u00a0]+de)[\s\u00a0]+|(?P<h>demi)[\s\u00a0-])si[èe]cle(?![\w-])",
        regex.IGNORECASE,
    ),
}


# "halving the deficit", "prices halved": by half, as "réduire de moitié".
_HALVED: Final = regex.compile(r"(?<![\w-])halv(?:e|ed|ing)(?![\w-])", regex.IGNORECASE)


# A quarter of an hour: "a quarter of an hour", "three quarters of an hour", "un quart d'heure", "trois quarts
# d'heure" (0.25 h, 0.75 h); not "the last quarter of an hour" / "le dernier quart d'heure", a part of a match.
_QUARTER_HOUR: Final[dict[Lang, regex.Pattern[str]]] = {
    Lang.EN: regex.compile(
        r"(?i)(?<=\b(?:a|one)[\s\u00a0]+)quarter(?:[\s\u00a0]+of[\s\u00a0]+an[\s\u00a0]+|-)hour(?![\w-])"
        r"|(?<![\w-])(?P<t>three)[\s\u00a0]+quarters[\s\u00a0]+of[\s\u00a0]+an[\s\u00a0]+hour(?![\w-])"
    ),
    Lang.FR: regex.compile(
        r"(?i)(?<![\w-])(?:un|(?P<t>trois))[\s\u00a0]+quarts?[\s\u00a0]+d['’][\s\u00a0]?heure(?![\w-])"
    ),
}


def _phase_half_units(state: _State) -> None:
    text = state.text
    lowered = text.lower()
    quarters = _QUARTER_HOUR.get(state.lang) if "quart" in lowered else None
    for match in quarters.finditer(text) if quarters is not None else ():
        if state.free(match.start(), match.end()):
            hours = Decimal("0.75") if match["t"] else Decimal("0.25")
            state.take(_Candidate(match.start(), match.end(), FactKind.QUANTITY, hours, "h"))
    if "century" in lowered or "siècle" in lowered or "siecle" in lowered:
        parts = _CENTURY_PARTS.get(state.lang)
        for match in parts.finditer(text) if parts is not None else ():
            if state.free(match.start(), match.end()):
                years = Decimal(25) if match["q"] else Decimal(50)
                state.take(_Candidate(match.start(), match.end(), FactKind.QUANTITY, years, "a"))
    if state.lang is Lang.EN and "halv" in lowered:
        for match in _HALVED.finditer(text):
            if state.free(match.start(), match.end()):
                state.take(_Candidate(match.start(), match.end(), FactKind.FRACTION, Ratio(Decimal(1), Decimal(2))))
    if "half" not in lowered and "demi" not in lowered:
        return
    blocked = _HALF_NO_FIGURE.get(state.lang)
    for match in blocked.finditer(text) if blocked is not None else ():
        state.block(match.start(), match.end())
    pattern = _HALF_UNIT.get(state.lang)
    for match in pattern.finditer(text) if pattern is not None else ():
        unit = state.pat.unit_map.get(fold(match["u"]))
        if unit is None or not state.free(match.start(), match.end()):
            continue
        before = _previous_words(text, match.start(), 1)
        if before and fold(before[0]) in state.pat.half_period_before:
            continue  # "the first half year": a part of a period
        if before and fold(before[0]) in ("and", "et"):
            continue  # "two and a half hours": a mixed number, read whole by the numeral parser
        state.take(_Candidate(match.start(), match.end(), FactKind.QUANTITY, Decimal("0.5"), unit,
                              raw=Fraction(1, 2)))


def _phase_raw(state: _State) -> None:
    text = state.text
    has_digit = _DIGIT.search(text) is not None
    for needle, precheck, blocked in _BLOCKED:
        if ((needle in text) if needle else has_digit) and (precheck is None or precheck.search(text)):
            for match in blocked.finditer(text):
                state.block(match.start(), match.end())
    _phase_decades(state)
    _phase_short_years(state)
    _phase_even_split(state)
    _phase_half_units(state)
    _phase_age_groups(state)
    _phase_hours(state)
    _phase_one_unit(state)
    _phase_race_times(state)
    _phase_dimensions(state)
    _phase_figure_nouns(state)
    _phase_collectives(state)
    _phase_the_million(state)
    _phase_rounds(state)
    _phase_plural_ranks(state)
    if not has_digit:
        _phase_vulgar(state)
        _phase_roman(state)
        return
    for match in _DATE_ISO.finditer(text) if "-" in text else ():
        if state.free(match.start(), match.end()):
            date = _valid_date(int(match["y"]), int(match["m"]), int(match["d"]))
            if date is not None:
                state.take(_Candidate(match.start(), match.end(), FactKind.DATE, date))
    for match in _DATE_NUMERIC.finditer(text) if ("/" in text or "." in text or "-" in text) else ():
        if not state.free(match.start(), match.end()):
            continue
        a, b, c = int(match["a"]), int(match["b"]), match["c"]
        year = int(c) if len(c) == 4 else 2000 + int(c)
        if match["sep"] == "." and len(c) == 2 and text.strip(" \t\n.").strip() != match.group():
            continue  # "1.2.10" may be a version; "28.8.09" standing alone is a date line
        if state.lang is Lang.EN and a <= 12:
            date = _valid_date(year, a, b) or _valid_date(year, b, a)
        else:
            date = _valid_date(year, b, a)
        if date is not None:
            state.take(_Candidate(match.start(), match.end(), FactKind.DATE, date))
    for match in _RACE_TIME.finditer(text) if (":" in text or "'" in text or "’" in text) else ():
        # "won in 2:06:05", "en 2h06'05" -> 7565 s: a time in hours, minutes and seconds is a span, not a clock.
        if state.free(match.start(), match.end()):
            seconds = _race_seconds(match["h"], match["m"] or match["m2"], match["s"] or match["s2"], match["f"])
            state.take(_Candidate(match.start(), match.end(), FactKind.QUANTITY, seconds, "s"))
    for match in _HEIGHT_M_CM.finditer(text) if "m" in text else ():
        # "il mesure 1m80" -> 1.80 m: metres and centimetres, as a height is written in French.
        if state.free(match.start(), match.end()):
            state.take(_Candidate(match.start(), match.end(), FactKind.QUANTITY,
                                  (Decimal(match["m"]) + Decimal(match["cm"]).scaleb(-2)).normalize(), "m"))
    lowered = text.lower()
    for pattern, needle, precheck in ((_TIME_COLON, ":", None), (_TIME_AMPM, "m", _TIME_AMPM_PRE)):
        if needle not in lowered or (precheck is not None and precheck.search(text) is None):
            continue
        for match in pattern.finditer(text):
            if not state.free(match.start(), match.end()):
                continue
            hour = int(match["h"])
            minute = int(match["m"]) if match["m"] else 0
            ap = (match["ap"] or "").lower()
            if ap.startswith("p") and hour < 12:
                hour += 12
            elif ap.startswith("a") and hour == 12:
                hour = 0
            state.take(_Candidate(match.start(), match.end(), FactKind.TIME, TimeValue(hour, minute)))
    for match in _TIME_NOON.finditer(text) if state.lang is Lang.EN and "12" in text else ():
        if state.free(match.start(), match.end()):
            hour = 0 if fold(match["w"]) == "midnight" else 12
            state.take(_Candidate(match.start(), match.end(), FactKind.TIME, TimeValue(hour, 0)))
    for match in _TIME_HEURES.finditer(text) if state.lang is Lang.FR and "heure" in lowered else ():
        if state.free(match.start(), match.end()) and int(match["h"]) <= 24:
            hour = int(match["h"])
            if match["pm"] and hour < 12:
                hour += 12
            minute = int(match["m"]) if match["m"] else _quarter_minutes(match["q"])
            state.take(_Candidate(match.start(), match.end(), FactKind.TIME, _clock(hour, minute)))
    english_hours = state.lang is Lang.EN and ("hour" in lowered or "hr" in lowered)
    for match in _TIME_HOURS_EN.finditer(text) if english_hours else ():
        if state.free(match.start(), match.end()):
            state.take(_Candidate(match.start(), match.end(), FactKind.TIME,
                                  TimeValue(int(match["h"]), int(match["m"]))))
    for match in _TIME_H.finditer(text) if ("h" in text or "H" in text) and _TIME_H_PRE.search(text) else ():
        if state.lang is Lang.EN and " " in match.group():
            continue  # English "5 h" is rather a duration
        before = _previous_words(text, match.start(), 1)
        if match["h"] in ("13", "20") and not match["m"] and before and fold(before[0]) in ("le", "du", "au"):
            if state.free(match.start(), match.end()):  # "au 20h", "le plateau du 20h": the news bulletin
                state.take(_Candidate(match.start(), match.end(), FactKind.LABEL, Decimal(match["h"])))
            continue
        if state.free(match.start(), match.end()) and int(match["h"]) <= 24:
            minute = int(match["m"]) if match["m"] else 0
            hour = int(match["h"])
            evening = _FR_EVENING_AFTER.match(text, match.end()) if state.lang is Lang.FR else None
            if evening is not None and hour < 12:
                hour += 12  # "de 8h le soir à minuit": 20:00
            state.take(_Candidate(match.start(), match.end(), FactKind.TIME, TimeValue(hour % 24, minute)))
    for match in _DOC_CODE.finditer(text) if "/" in text else ():
        if state.free(match.start(), match.end()):
            state.take(_Candidate(match.start(), match.end(), FactKind.LABEL, Decimal(match["n"])))
    _phase_vulgar(state)
    _phase_slash(state)
    _phase_labels(state)
    _phase_roman(state)


# French hours in words: "une heure trente" (1.5 h, or 1:30 after "à"), "une heure du matin", "5 heures du soir".
_FR_HOUR_WORDS: Final[dict[str, int]] = {
    "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10,
    "onze": 11, "douze": 12, "midi": 12, "minuit": 0,
}
_FR_MINUTE_WORDS: Final[dict[str, int]] = {
    "cinq": 5, "dix": 10, "quinze": 15, "vingt": 20, "vingt-cinq": 25, "trente": 30, "quarante": 40,
    "quarante-cinq": 45, "cinquante": 50, "et demie": 30, "et demi": 30, "et quart": 15, "moins le quart": -15,
    "moins quart": -15,
}


def _clock(hour: int, minutes: int) -> TimeValue:
    """The clock time ``minutes`` after ``hour`` (before it when negative: "dix heures moins le quart" 09:45, "midi
    moins le quart" 11:45, "minuit moins le quart" 23:45), on a 24-hour dial."""
    total = (hour * 60 + minutes) % (24 * 60)
    return TimeValue(total // 60, total % 60)


def _quarter_minutes(words: str | None) -> int:
    """The minutes "et demie", "et quart", "moins le quart" add to an hour (-15 for the last); 0 for none."""
    return _FR_MINUTE_WORDS[" ".join(fold(words).split())] if words else 0
_FR_HOURS: Final = regex.compile(
    r"(?<![\w'’-])(?P<h>"
    + _alternation((w for w in _FR_HOUR_WORDS if w not in ("midi", "minuit")), tolerant=False)
    + r"|[01]?\d|2[0-3])[\s\u00a0]+heures?[\s\u00a0]+"
    r"(?:(?P<m>" + _alternation(_FR_MINUTE_WORDS, tolerant=False) + r")(?![\w-])"
    r"(?![\s\u00a0]+(?:minutes?|min|ans?|jours?|mois)(?![\w]))"
    r"|(?P<part>du[\s\u00a0]+matin|du[\s\u00a0]+soir|de[\s\u00a0]+l['’]apr[èe]s-midi|de[\s\u00a0]+la[\s\u00a0]+nuit)"
    r"(?![\w]))",
    regex.IGNORECASE,
)
# English clock times in words: "half past ten" 10:30, "a quarter past midnight" 00:15, "twenty past six" 06:20, "a
# quarter to nine" 08:45 (only a quarter goes "to" an hour: "ten to six" may be a range). A quarter of the year
# is no clock: "rose over the quarter to 3.03 million", "in the first quarter to 3 million".
_EN_HOUR_WORDS: Final[dict[str, int]] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "noon": 12, "midday": 12, "midnight": 0,
}
_EN_MINUTE_WORDS: Final[dict[str, int]] = {
    "quarter": 15, "half": 30, "five": 5, "ten": 10, "twenty": 20, "twenty-five": 25, "twenty five": 25,
}
_EN_CLOCK_WORDS: Final = regex.compile(
    r"(?<![\w-])(?:(?<!\b(?:the|first|second|third|fourth|last|this|next|previous|same)[\s\u00a0]+)"
    r"(?P<m>(?:a[\s\u00a0]+)?quarter)[\s\u00a0]+(?P<dir>past|to)"
    r"|(?P<m>half|five|ten|twenty(?:[\s\u00a0-]five)?)[\s\u00a0]+(?P<dir>past))[\s\u00a0]+"
    r"(?P<h>" + _alternation(_EN_HOUR_WORDS, tolerant=False) + r"|1[0-2]|0?[1-9])(?![\w-])(?![.,]\d)"
    r"(?![\s\u00a0]+(?:million|billion|trillion|thousand|hundred)\b)"
    r"(?:[\s\u00a0]?(?P<ap>[ap]\.[\s\u00a0]?m\.|[ap]\.?m\b)|[\s\u00a0]+(?P<part>" + _EN_DAY_PARTS + r"))?",
    regex.IGNORECASE,
)
# Noon and midnight with a half or a quarter: "midi et demi" 12:30, "minuit et quart" 00:15 ("midi" alone is no
# figure: "vendredi midi" is lunchtime, "après midi" the afternoon).
_FR_NOON_TIME: Final = regex.compile(
    r"(?<![\w-])(?<!apr[èe]s[\s\u00a0])(?P<w>midi|minuit)[\s\u00a0]+"
    r"(?P<q>et[\s\u00a0]+demie?|et[\s\u00a0]+quart|moins[\s\u00a0]+(?:le[\s\u00a0]+)?quart)(?![\w])",
    regex.IGNORECASE,
)
# English "At 5.13 on Monday morning", "at 7.30 in the evening": a clock time with a dot, in a clear time context.
_WEEKDAY_ALT: Final = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_TIME_DOT_EN: Final = regex.compile(
    r"(?<=(?<![\w])at[\s\u00a0]+)(?P<h>1[0-2]|0?\d)\.(?P<m>[0-5]\d)(?![\d.,]|[\s\u00a0]?(?:[ap]\.?m|%))"
    r"(?=[\s\u00a0]+(?:(?:on[\s\u00a0]+)?(?:this|that|tomorrow|yesterday|" + _WEEKDAY_ALT
    + r")[\s\u00a0]+(?P<part>morning|afternoon|evening|night)|in[\s\u00a0]+the[\s\u00a0]+"
    r"(?P<part2>morning|afternoon|evening)|(?P<part3>tonight|this[\s\u00a0]+morning))(?![\w]))",
    regex.IGNORECASE,
)


# "72% of under 8s", "the over 50s": an age group (the qualifier is read from "under"/"over").
_AGE_GROUP: Final = regex.compile(r"(?<=(?<![\w])(?P<b>under|over)[\s\u00a0-]+)(?P<n>\d{1,2})['’]?s(?![\w])",
                                  regex.IGNORECASE)
# An age by its decade: "a man in his 30s", "in our late 20s", "in her mid-40s" (about 30, 20, 40 years old, as
# "un trentenaire").
_AGE_DECADE: Final = regex.compile(
    r"(?<=(?<![\w])(?:his|her|their|our|my|your|its)[\s\u00a0]+(?:(?:early|mid|late)[\s\u00a0-]+)?)"
    r"(?P<n>[1-9]0)['’]?s(?![\w])",
    regex.IGNORECASE,
)
# An age by its decade, hedged: "a 60-something man", "fifty-something" (about 60, 50 years old, as "un
# sexagénaire").
_SOMETHING_AGE: Final = regex.compile(r"(?<![\w-])(?P<n>[1-9]0|[^\W\d_]+ty)-something(?![\w-])", regex.IGNORECASE)
# Youth teams, in both languages: "U23", "U-20", "the under-23 side" (under 23 years, as "les moins de 23 ans").
_YOUTH_GROUP: Final = regex.compile(
    r"(?<![\w-])(?:U-?|(?<b>under)-)(?P<n>1[2-9]|2[0-5])(?![\w-])", regex.IGNORECASE
)


_FR_TOP_PERCENT: Final = regex.compile(
    r"(?<![\w,.])(?P<n>\d+(?:,\d+)?)[\s\u00a0]+(?:premiers|derniers)[\s\u00a0\u202f]?%", regex.IGNORECASE
)
# "1€90", "2 € 50": the sign between whole units and cents, as French prices are written (1.90 EUR); spaced
# only in French, and never before a third digit, a decimal or a percent ("1 € 500" is no price).
_SIGN_CENTS: Final[dict[Lang, regex.Pattern[str]]] = {
    lang: regex.compile(
        rf"(?<![\w.,])(?P<a>\d{{1,3}}(?:[{group}]\d{{3}})+|\d+){space}(?P<c>[€$£]){space}(?P<b>\d\d)"
        r"(?![\w%]|[.,]\d|[\s\u00a0\u202f]+%)"
    )
    for lang, space, group in ((Lang.EN, "", ","), (Lang.FR, r"[\s\u00a0\u202f]?", r"\s\u00a0\u202f."))
}
_SIGN_CURRENCY: Final[dict[str, str]] = {"€": "EUR", "$": "USD", "£": "GBP"}
_SIGN_CENTS_PRE: Final = regex.compile(r"\d[\s\u00a0\u202f]?[€$£][\s\u00a0\u202f]?\d")
# "un dollar symbolique" = "$1" (the idiom: "un dollar" alone is "a dollar", no figure, as in English).
_FR_SYMBOLIC: Final = regex.compile(
    r"(?<![\w])une?[\s\u00a0]+(?P<cur>dollar|euro|franc|yen|yuan)[\s\u00a0]+symbolique(?![\w])", regex.IGNORECASE
)
# "large d'un mètre", "d'un mètre de diamètre", "a metre wide": one unit of a dimension ("a 1-metre wide pipe").
_ONE_DIMENSION: Final[dict[Lang, regex.Pattern[str]]] = {
    Lang.FR: regex.compile(
        r"(?:(?<=(?<![\w])(?:large|longue?|haute?|profonde?|[ée]paisse?)s?[\s\u00a0]+d['’])(?P<u>un[\s\u00a0]+"
        r"(?:m[èe]tre|kilom[èe]tre|centim[èe]tre|millim[èe]tre))(?![\w])"
        r"|(?<=(?<![\w])d['’])(?P<u2>un[\s\u00a0]+(?:m[èe]tre|kilom[èe]tre|centim[èe]tre|millim[èe]tre))"
        r"(?=[\s\u00a0]+de[\s\u00a0]+(?:large|long|haut|diam[èe]tre|profondeur|hauteur|largeur|longueur|"
        r"circonf[ée]rence|[ée]paisseur)(?![\w])))",
        regex.IGNORECASE,
    ),
    Lang.EN: regex.compile(
        r"(?<![\w])(?P<u>an?[\s\u00a0]+(?:metre|meter|kilometre|kilometer|centimetre|centimeter|millimetre|"
        r"millimeter|mile|foot|inch|yard))(?=[\s\u00a0]+(?:wide|long|high|deep|tall|thick|in[\s\u00a0]+diameter)"
        r"(?![\w]))",
        regex.IGNORECASE,
    ),
}


# "500m2", "500 m2", "24703m2", "20 km2": the digit of the unit is no number ("m2" is the unit, not a label 2).
_SQUARE_UNIT: Final = regex.compile(
    r"(?<![\w.,])(?P<n>(?:\d{1,3}(?:[\s\u00a0\u202f.,]\d{3})+|\d+)(?:[.,]\d+)?)[\s\u00a0]?(?P<u>k?m[23])(?![\w])"
)


_LONE_SQUARE_UNIT: Final = regex.compile(r"(?<![\w])k?m[23](?![\w])")
# "2 million m2", "1,5 million de m3": a scale word between the number and the square or cubic unit.
_SCALED_SQUARE_UNIT: Final = regex.compile(
    r"(?<![\w.,])(?P<n>\d+(?:[.,]\d+)?)[\s\u00a0]+(?P<s>[^\W\d_]+)[\s\u00a0]+(?:(?:de|of)[\s\u00a0]+|d['’])?"
    r"(?P<u>k?m[23])(?![\w])"
)


# "the 40- to 49-year-old male", "a 10- to 15-minute walk": a range whose first end leaves the unit to the last.
_SUSPENDED_RANGE: Final = regex.compile(
    r"(?<![\w.,])(?P<a>\d{1,4})-[\s\u00a0]+to[\s\u00a0]+(?P<b>\d{1,4})-(?P<u>[^\W\d_]+)(?![\w])", regex.IGNORECASE
)


# A score in goals: French "2 partout", "à deux partout", "un but partout" (2-2, 1-1, as "a 2-2 draw"), "deux buts
# à un"; English "three goals to one", "one-nil" (3-1, 1-0, as "3-1").
_GOALS: Final = {
    Lang.FR: r"\d{1,2}|zéro|un|deux|trois|quatre|cinq|six|sept",
    Lang.EN: r"\d{1,2}|nil|zero|one|two|three|four|five|six|seven",
}
_SCORES: Final = {
    Lang.FR: regex.compile(
        rf"(?i)(?:(?<![\w.,])(?P<n>\d{{1,2}})|(?<=\b(?:à|de|sur|score|mené|menée)[\s\u00a0]+)(?P<w>{_GOALS[Lang.FR]}))"
        rf"(?:[\s\u00a0]+buts?)?[\s\u00a0]+partout(?![\w])|(?<![\w.,])(?P<w>{_GOALS[Lang.FR]})[\s\u00a0]+buts?"
        rf"[\s\u00a0]+(?:partout|à[\s\u00a0]+(?P<b>{_GOALS[Lang.FR]}))(?![\w]|[.,]\d)"
    ),
    Lang.EN: regex.compile(
        rf"(?i)(?<![\w.,])(?P<w>{_GOALS[Lang.EN]})(?:[\s\u00a0]+goals?[\s\u00a0]+to[\s\u00a0]+|-)(?P<b>{_GOALS[Lang.EN]})"
        r"(?![\w]|[.,]\d)"
    ),
}
_SCORE_WORDS: Final = {
    "nil": 0, "zero": 0, "un": 1, "one": 1, "deux": 2, "two": 2, "trois": 3, "three": 3, "quatre": 4, "four": 4,
    "cinq": 5, "five": 5, "six": 6, "sept": 7, "seven": 7,
}


def _goals(written: str) -> Decimal:
    return Decimal(written) if written.isdigit() else Decimal(_SCORE_WORDS[fold(written)])


# A draw with no goal: "a goalless draw", "un match nul et vierge" (0-0).
_NO_GOAL: Final = regex.compile(
    r"(?i)(?<![\w-])(?:(?:goalless|scoreless)(?=[\s\u00a0]+(?:(?:home|away)[\s\u00a0]+)?(?:draw|stalemate|tie|match|"
    r"game)s?\b)|nul[\s\u00a0]+et[\s\u00a0]+vierge|score[\s\u00a0]+vierge)(?![\w-])"
)


def _phase_scores(state: _State) -> None:
    text = state.text
    scores = _SCORES.get(state.lang)
    if scores is None:
        return
    for match in _NO_GOAL.finditer(text) if "less" in text or "vierge" in text else ():
        if state.free(match.start(), match.end()):
            state.take(_Candidate(match.start(), match.end(), FactKind.RANGE, Range(Decimal(0), Decimal(0))))
    if not ("partout" in text or "but" in text or "goal" in text or "nil" in text):
        return
    for match in scores.finditer(text):
        home = _goals(match.groupdict().get("n") or match["w"])
        away = _goals(match["b"]) if match["b"] else home
        if state.lang is Lang.EN and "-" in match.group() and "nil" not in fold(match.group()):
            continue  # "2-1" is read as a range already; "one-two" is no score
        if state.free(match.start(), match.end()):
            state.take(_Candidate(match.start(), match.end(), FactKind.RANGE, Range(home, away)))


def _phase_one_unit(state: _State) -> None:
    """French "les 5 premiers %" (the top 5 %), "un dollar symbolique" ($1), "large d'un mètre" and English "a metre
    wide" (1 m)."""
    text = state.text
    _phase_scores(state)
    for match in _SUSPENDED_RANGE.finditer(text) if state.lang is Lang.EN and "- to" in text else ():
        unit = state.pat.unit_map.get(fold(match["u"]))
        if unit is not None and len(match["u"]) > 2 and int(match["a"]) < int(match["b"]):
            if state.free(match.start(), match.end()):
                state.take(_Candidate(match.start(), match.end(), FactKind.RANGE,
                                      Range(Decimal(match["a"]), Decimal(match["b"])), unit))
    scales = state.pat.data.scales if state.pat.data is not None else {}
    for match in _SCALED_SQUARE_UNIT.finditer(text) if scales and ("m2" in text or "m3" in text) else ():
        number = parse_number(match["n"], state.lang)
        factor = scales.get(fold(match["s"]))
        value = _decimal(Fraction(number) * factor) if number is not None and factor is not None else None
        if value is not None and state.free(match.start(), match.end()):
            state.take(_Candidate(match.start(), match.end(), FactKind.QUANTITY, value, match["u"],
                                  singular_scale(fold(match["s"]))))
    for match in _SQUARE_UNIT.finditer(text) if "m2" in text or "m3" in text else ():
        number = parse_number(match["n"], state.lang if state.lang in (Lang.EN, Lang.FR) else Lang.FR)
        if number is not None and state.free(match.start(), match.end()):
            state.take(_Candidate(match.start(), match.end(), FactKind.QUANTITY, number, match["u"]))
    for match in _LONE_SQUARE_UNIT.finditer(text) if "m2" in text or "m3" in text else ():
        if state.free(match.start(), match.end()):
            state.block(match.start(), match.end())  # "cinq millions de km2", "per m2": a unit, no number 2
    cents = _SIGN_CENTS.get(state.lang)
    for match in cents.finditer(text) if cents is not None and _SIGN_CENTS_PRE.search(text) else ():
        whole = parse_number(match["a"], state.lang)
        if whole is not None and state.free(match.start(), match.end()):
            value = whole + Decimal(match["b"]) / 100
            state.take(_Candidate(match.start(), match.end(), FactKind.MONEY, value, _SIGN_CURRENCY[match["c"]]))
    if state.lang is Lang.FR and "%" in text:
        for match in _FR_TOP_PERCENT.finditer(text):
            if state.free(match.start(), match.end()):
                number = parse_number(match["n"], Lang.FR)
                if number is not None:
                    state.take(_Candidate(match.start(), match.end(), FactKind.PERCENT, number))
    if state.lang is Lang.FR and "symboli" in text:
        for match in _FR_SYMBOLIC.finditer(text):
            currency = state.pat.currency_word_map.get(fold(match["cur"]))
            if currency is not None and state.free(match.start(), match.end()):
                state.take(_Candidate(match.start(), match.end(), FactKind.MONEY, Decimal(1), currency))
    pattern = _ONE_DIMENSION.get(state.lang)
    for match in pattern.finditer(text) if pattern is not None else ():
        group = "u" if match["u"] else "u2"
        words = match[group].split()
        unit = state.pat.unit_map.get(fold(words[-1]))
        if unit is not None and state.free(match.start(group), match.end(group)):
            state.take(_Candidate(match.start(group), match.end(group), FactKind.QUANTITY, Decimal(1), unit))


# Lengths a dimension is written in: "5 x 7 m", "1 m x 1 m", "60 x 80 cm", "10 by 20 feet", "5 m sur 7".
_LENGTH_UNITS: Final = frozenset({"mm", "cm", "dm", "m", "km", "in", "ft", "yd", "mi"})
# Relay events are codes, not dimensions: "4x100 m", "4 x 400m" (see ``_GLUED_CODE``).
_RELAY_LEGS: Final = frozenset({25, 50, 100, 200, 400, 800, 1500})
_DIMENSION_NUMBER: Final = r"\d+(?:[.,]\d+)?"
_DIMENSION_PRE: Final = regex.compile(
    r"\d[\s\u00a0]?(?:[^\W\d_]{1,12}[\s\u00a0]?)?(?:[x×]|by|sur)[\s\u00a0]?\d", regex.IGNORECASE
)


@lru_cache(maxsize=8)
def _dimension_patterns(lang: Lang) -> tuple[regex.Pattern[str], regex.Pattern[str]] | None:
    """The whole of a dimension ("5 x 7 m", "2 m x 3 m x 4 m") and one of its parts ("5", "7 m")."""
    pat = _patterns(lang)
    words = [word for word, unit in pat.unit_map.items() if unit in _LENGTH_UNITS]
    if not words:
        return None
    token = _ACCENT_TOLERANT.set(lang is not Lang.EN)
    try:
        units = _alternation(words)
    finally:
        _ACCENT_TOLERANT.reset(token)
    space = r"[\s\u00a0]"
    by = {Lang.EN: "|by", Lang.FR: "|sur"}.get(lang, "")
    part = rf"(?P<n>{_DIMENSION_NUMBER})(?:{space}?(?P<u>{units})(?![\w²³/]))?"
    whole = regex.compile(
        rf"(?<![\w.,]){part}(?:{space}?(?:[x×]|{space}(?:{by[1:] or '(?!)'}))(?={space}?\d){space}?{part})+",
        regex.IGNORECASE,
    )
    return whole, regex.compile(part, regex.IGNORECASE)


# A race time in seconds and hundredths: 9"58 (9.58 s), 1'43"12 and 1:43.12 (1 min 43.12 s, 103.12 s), and a level
# of studies after the baccalauréat: "bac+5" (a label, as "a five-year degree" names no count).
_SPRINT_TIME: Final = regex.compile(
    r"(?<![\w'’.,:])(?:(?:(?P<m>\d{1,2})['’′])?(?P<s>\d{1,2})(?:[\"″]|'')(?P<c>\d{2})(?![\w\"″'])"
    r"|(?P<m>\d{1,2}):(?P<s>[0-5]\d)\.(?P<c>\d{1,2})(?![\w:]|[.,]\d))"  # "1:43.12": no clock time has hundredths
)
# Minutes and seconds with the short French units: "3 min 50 s", "4 min 08 s 69", "2 h 25 min 14 s", "9 s 83"
# (230, 248.69, 8714, 9.83 s; "16 min 28 sec" is read with the other units).
_MIN_SEC: Final = regex.compile(
    r"(?<![\w.,])(?:(?P<h>\d{1,2})[\s\u00a0]?h[\s\u00a0]?)?(?P<m>\d{1,3})[\s\u00a0]?min\.?[\s\u00a0]?(?P<s>[0-5]?\d)"
    r"[\s\u00a0]?s(?![\w])(?:[\s\u00a0]?(?P<c>\d{2})(?![\w]|[.,]\d))?"
    r"|(?<![\w.,])(?P<s>[0-5]?\d)[\s\u00a0]?s[\s\u00a0]?(?P<c>\d{2})(?![\w]|[.,]\d)"
)
_SECONDS_AND_HUNDREDTHS: Final = regex.compile(r"\d[\s\u00a0]?s[\s\u00a0]?\d")
_BAC_PLUS: Final = regex.compile(r"(?i)(?<![\w])bac[\s\u00a0]?\+[\s\u00a0]?(?P<n>\d{1,2})(?![\w])")


def _race_seconds(hours: str | None, minutes: str | None, seconds: str, fraction: str | None) -> Decimal:
    """A race time as written ("2", "06", "05", None; None, "1", "43", "12") in seconds: 7565, 103.12."""
    whole = Decimal(int(hours or 0) * 3600 + int(minutes or 0) * 60 + int(seconds))
    return whole + Decimal(fraction).scaleb(-len(fraction)) if fraction else whole


def _phase_race_times(state: _State) -> None:
    text = state.text
    for match in _SPRINT_TIME.finditer(text) if '"' in text or "″" in text or "''" in text or ":" in text else ():
        seconds = _race_seconds(None, match["m"], match["s"], match["c"])
        if (match["m"] is None or int(match["s"]) < 60) and state.free(match.start(), match.end()):
            state.take(_Candidate(match.start(), match.end(), FactKind.QUANTITY, seconds, "s"))
    hundredths = state.lang is Lang.FR and _SECONDS_AND_HUNDREDTHS.search(text) is not None  # "9 s 83"
    for match in _MIN_SEC.finditer(text) if "min" in text or hundredths else ():
        if match["m"] is None and state.lang is not Lang.FR:
            continue  # English "the 50s 20 years on" is no race time
        seconds = _race_seconds(match["h"], match["m"], match["s"], match["c"])
        if state.free(match.start(), match.end()):
            state.take(_Candidate(match.start(), match.end(), FactKind.QUANTITY, seconds, "s"))
    for match in _BAC_PLUS.finditer(text) if "+" in text else ():
        if state.free(match.start(), match.end()):
            state.take(_Candidate(match.start(), match.end(), FactKind.LABEL, Decimal(match["n"])))


def _phase_dimensions(state: _State) -> None:
    """Two or three lengths of one object, the unit written once at the end or after each: "5 x 7 m" is 5 m and
    7 m, "1 m x 1 m", "30x40cm", "2 x 3 x 4 m", "10 by 20 feet", "5 m sur 7 m" (quantities, not a multiplier "x 7"
    nor a code "30x40"). A relay ("4x100 m") stays a code."""
    text = state.text
    if _DIMENSION_PRE.search(text) is None:
        return
    patterns = _dimension_patterns(state.lang)
    if patterns is None:
        return
    whole, part = patterns
    for match in whole.finditer(text):
        units = match.captures("u")
        parts = list(part.finditer(text, match.start(), match.end()))
        last = parts[-1]
        if not units or last["u"] is None or not last.group().endswith(last["u"]) or last.end() != match.end():
            continue  # "3 m x 4": the last length carries the unit
        first = parts[0]
        if len(parts) == 2 and first["u"] is None and first["n"].isdigit() and int(first["n"]) <= 12 \
                and last["n"].isdigit() and int(last["n"]) in _RELAY_LEGS:
            continue  # "4x100 m": a relay
        if not state.free(match.start(), match.end()):
            continue
        unit = None
        found: list[_Candidate] = []
        for item in reversed(parts):
            if item["u"] is not None:
                unit = state.pat.unit_map.get(fold(item["u"]))
            number = parse_number(item["n"], state.lang if state.lang in (Lang.EN, Lang.FR) else Lang.FR)
            if number is None or unit is None:
                break
            found.append(_Candidate(item.start(), item.end(), FactKind.QUANTITY, number, unit))
        else:
            for candidate in found:
                state.take(candidate)


def _phase_age_groups(state: _State) -> None:
    """Age groups: "72% of under 8s" (8 a, less than), "the over 50s" (more than), youth teams "U23", "the
    under-23 side" (less than 23 a, as "les moins de 23 ans"), ages by decade ("in his 30s", "60-something")."""
    text = state.text
    for match in _YOUTH_GROUP.finditer(text) if "U" in text or "nder-" in text else ():
        if match["b"] is not None and state.lang is not Lang.EN:
            continue  # "under-23" is English
        if match["b"] is None and text[match.start()] != "U":
            continue  # "u23" in lower case is no team
        _take_age(state, match, int(match["n"]), Qualifier.LESS_THAN)
    if state.lang is not Lang.EN or "s" not in text:
        return
    tens = state.pat.data.tens if state.pat.data is not None else {}
    for match in _SOMETHING_AGE.finditer(text) if "-something" in text else ():
        _take_age(state, match, int(match["n"]) if match["n"].isdigit() else tens.get(fold(match["n"])),
                  Qualifier.ABOUT)
    for match in _AGE_DECADE.finditer(text) if "0s" in text or "0's" in text or "0’s" in text else ():
        _take_age(state, match, int(match["n"]), Qualifier.ABOUT)
    for match in _AGE_GROUP.finditer(text):
        _take_age(state, match, int(match["n"]),
                  Qualifier.LESS_THAN if fold(match["b"]) == "under" else Qualifier.MORE_THAN)


def _take_age(state: _State, match: regex.Match[str], years: int | None, bound: Qualifier) -> None:
    """An age in years over the span of ``match``, with the bound or hedge the words give it."""
    if years and state.free(match.start(), match.end()):
        state.take(_Candidate(match.start(), match.end(), FactKind.QUANTITY, Decimal(years), "a", qualifier=bound))


def _phase_hours(state: _State) -> None:
    """Hours in French words ("une heure trente" 1.5 h, "à six heures trente" 06:30, "une heure du matin" 01:00,
    "5 heures du soir" 17:00) and English clock times with a dot in a time context ("At 5.13 on Monday morning")."""
    text = state.text
    if state.lang is Lang.EN and "." in text:
        for match in _TIME_DOT_EN.finditer(text) if regex.search(r"(?i)\bat\s+\d", text) else ():
            if state.free(match.start(), match.end()):
                hour = int(match["h"])
                part = fold(match["part"] or match["part2"] or match["part3"] or "")
                if (part in ("afternoon", "evening", "tonight") and hour < 12) or (part == "night" and 5 <= hour < 12):
                    hour += 12  # "at 6.30 that night" is 18:30; "at 2.15 that night" 02:15
                state.take(_Candidate(match.start(), match.end(), FactKind.TIME, TimeValue(hour, int(match["m"]))))
    lowered = text.lower()
    if state.lang is Lang.EN and ("clock" in lowered or "ing" in lowered or "night" in lowered or "noon" in lowered):
        for match in _TIME_OCLOCK.finditer(text):
            if not state.free(match.start(), match.end()):
                continue
            written = fold(match["h"])
            if not written.isdigit() and match["part"] is None:
                continue  # "at ten o'clock" stays a bare number, as "à dix heures" does
            hour = int(written) if written.isdigit() else _EN_HOUR_WORDS[written]
            part = " ".join(fold(match["part"] or "").split())
            if part.endswith(("afternoon", "evening", "night")) and hour < 12:
                hour += 12  # "6 o'clock in the evening" 18:00, "at 10 tonight" 22:00
            elif part.endswith("morning") and hour == 12:
                hour = 0
            state.take(_Candidate(match.start(), match.end(), FactKind.TIME, TimeValue(hour % 24, 0)))
    for match in _TIME_GMT.finditer(text) if "GMT" in text or "UTC" in text else ():
        if state.free(match.start(), match.end()):
            clock = TimeValue(int(match["h"]), int(match["m"]))
            state.take(_Candidate(match.start(), match.end(), FactKind.TIME, clock))
    if state.lang is Lang.EN and ("past" in text or "quarter to" in text):
        for match in _EN_CLOCK_WORDS.finditer(text):
            if state.free(match.start(), match.end()):
                written = fold(match["h"])
                hour = int(written) if written.isdigit() else _EN_HOUR_WORDS[written]
                minute = _EN_MINUTE_WORDS[" ".join(fold(match["m"]).split()).removeprefix("a ")]
                if fold(match["dir"]) == "to":  # "a quarter to nine": 08:45
                    clock = _clock(hour, -minute)
                    hour, minute = clock.hour, clock.minute
                part = fold(match["ap"] or match["part"] or "")
                if (part.startswith("p") or part.endswith(("afternoon", "evening", "night"))) and hour < 12:
                    hour += 12  # "ten past six p.m.", "half past seven in the evening"
                state.take(_Candidate(match.start(), match.end(), FactKind.TIME, TimeValue(hour, minute)))
    if state.lang is not Lang.FR:
        return
    for match in _FR_NOON_TIME.finditer(text) if "mi" in text else ():
        if state.free(match.start(), match.end()):
            hour = 12 if fold(match["w"]) == "midi" else 0
            clock = _clock(hour, _quarter_minutes(match["q"]))
            state.take(_Candidate(match.start(), match.end(), FactKind.TIME, clock))
    if "heure" not in text.lower():
        return
    for match in _FR_HOURS.finditer(text):
        if not state.free(match.start(), match.end()):
            continue
        written = fold(match["h"])
        hour = int(written) if written.isdigit() else _FR_HOUR_WORDS[written]
        if match["part"] is not None:
            if fold(match["part"]).startswith(("du soir", "de l")) and hour < 12:
                hour += 12
            state.take(_Candidate(match.start(), match.end(), FactKind.TIME, TimeValue(hour % 24, 0)))
            continue
        minutes = _quarter_minutes(match["m"])
        if _HOUR_CUE.search(text, max(0, match.start() - 30), match.start()):
            state.take(_Candidate(match.start(), match.end(), FactKind.TIME, _clock(hour, minutes)))
        elif written.isalpha():
            total = Decimal(hour * 60 + minutes)  # "une heure trente plus tôt": a duration
            value, unit = (total / 60, "h") if minutes % 15 == 0 else (total, "min")
            state.take(_Candidate(match.start(), match.end(), FactKind.QUANTITY, value, unit))


# Every French decimal comma ``_decimal_commas`` reads: not a thousands group.
_DECIMAL_COMMA_PRE: Final = regex.compile(r"(?<![\d,.])\d{1,3},(?:\d{1,2}|\d{4,})(?!\d)")
# Every decade match holds one of these ("années 80", "eighties", "'80s").
_DECADE_PRE: Final = regex.compile(r"(?i)nn[ée]es[\s\u00a0]|ties(?![\w])|0['’]?s(?![\w])")


# "une centaine de milliers" = 100 000: the scale (and its name in ``Fact.scale``) after a collective number.
_COLLECTIVE_SCALES: Final[dict[str, tuple[int, str]]] = {
    "milliers": (10**3, "mille"), "millions": (10**6, "million"), "milliards": (10**9, "milliard"),
}


_COLLECTIVE_OF: Final = regex.compile(r"[\s\u00a0]+(?:de[\s\u00a0]+|d['’])[^\W\d_]", regex.IGNORECASE)


def _phase_collectives(state: _State) -> None:
    """French collective numbers: "une dizaine" -> 10, "un millier" -> 1000, "une centaine de milliers" -> 100 000,
    all approximate (see ``_facts``); "des centaines" holds no figure."""
    pattern = state.pat.collectives
    if pattern is None or ("aine" not in state.text and "illier" not in state.text):
        return
    for match in pattern.finditer(state.text):
        if not state.free(match.start(), match.end()):
            continue
        start = match.start()
        if fold(match["a"]) == "la":
            # "la soixantaine de maladies" (about sixty); not "la quarantaine" (quarantine) nor without a noun
            if fold(match["w"]) == "quarantaine" or not _COLLECTIVE_OF.match(state.text, match.end("w")):
                continue
            start = match.start("w")
        value = state.pat.collective_map[fold(match["w"])]
        scale = None
        if match["s"]:
            value, scale = value * _COLLECTIVE_SCALES[fold(match["s"])][0], _COLLECTIVE_SCALES[fold(match["s"])][1]
        state.take(_Candidate(start, match.end(), FactKind.CARDINAL, Decimal(value), scale=scale))
        state.approx.append((start, match.end()))


@dataclass(frozen=True, slots=True)
class _FigureNouns:
    nouns: regex.Pattern[str] | None  # "(two) decades", "a fortnight", "octogénaire"
    ages: regex.Pattern[str] | None  # "in his eighties", "dans la quarantaine"
    spans: regex.Pattern[str] | None  # "une dizaine d'années"
    table: Mapping[str, tuple[int, str, bool]]
    age_map: Mapping[str, int]
    span_map: Mapping[str, tuple[int, str]]
    counts: Mapping[str, int]


# French puts "last"/"next" between a count and its time unit: "les 12 derniers mois", "les quatre dernières
# décennies" (12 mo, 40 a, as "the last 12 months", "the past four decades"). "premiers" stays an ordinal, as
# "first" does in English ("the first two weeks", "les deux premières semaines": 1st and 2 on both sides).
_FR_SPAN_ADJECTIVE: Final = r"(?:derni[eè]re?s|prochaine?s)"


@cache
def _figure_nouns(lang: Lang) -> _FigureNouns:
    data = lang_data(lang)
    module = data.module if data is not None else None
    table: dict[str, tuple[int, str, bool]] = dict(getattr(module, "FIGURE_NOUNS", {}))
    age_map: dict[str, int] = dict(getattr(module, "AGE_TENS", {}))
    span_map: dict[str, tuple[int, str]] = dict(getattr(module, "COLLECTIVE_SPANS", {}))
    counts = {fold(k): v for k, v in getattr(module, "UNITS", {}).items() if v >= 1}
    counts.update({k: v for k, v in getattr(module, "TEENS", {}).items() if k == "ten" or k == "dix"})
    counts.update({"a": 1, "an": 1} if lang is Lang.EN else {"une": 1} if lang is Lang.FR else {})
    space = r"[\s\u00a0\u202f]"
    nouns = ages = spans = None
    if table:
        nouns = regex.compile(
            rf"(?<![\w-])(?:(?P<c>\d{{1,2}}|{_alternation(counts)})"
            rf"(?P<sep>{space}+(?:{_FR_SPAN_ADJECTIVE if lang is Lang.FR else '(?!)'}{space}+)?|-))?"
            rf"(?P<w>{_alternation(table)})"
            rf"(?P<half>{space}+(?:and{space}+a{space}+half|et{space}+demie?))?(?![\w])",
            regex.IGNORECASE,
        )
    if age_map:
        before = _alternation(getattr(module, "AGE_TENS_BEFORE", ()))
        ages = regex.compile(rf"(?<![\w])(?:{before}){space}+(?P<w>{_alternation(age_map)})(?![\w])",
                             regex.IGNORECASE)
    if span_map:
        spans = regex.compile(
            rf"(?<![\w])une(?:{space}+(?:petite|bonne))?{space}+(?P<w>{_alternation(span_map)})(?![\w])",
            regex.IGNORECASE,
        )
    return _FigureNouns(nouns, ages, spans, table, age_map, span_map, counts)


# French "le million", "au million", "du milliard": one million, one billion ("franchir le million", "le cap du
# milliard", "la ligne au million quotidien de voyageurs"); "des millions" is a magnitude.
_FR_THE_MILLION: Final = regex.compile(
    r"(?<![\w'’])(?:le|au|du|ce)[\s\u00a0]+(?P<s>million|milliard)(?![\w'’-])", regex.IGNORECASE
)
_THE_MILLION_VALUES: Final = {"million": 10**6, "milliard": 10**9}


def _phase_the_million(state: _State) -> None:
    if state.lang is not Lang.FR or "illi" not in state.text:
        return
    for match in _FR_THE_MILLION.finditer(state.text):
        word = match["s"]
        if word.islower() and state.free(match.start("s"), match.end()):  # "le Million Dollar" is a name
            state.take(_Candidate(match.start("s"), match.end(), FactKind.CARDINAL,
                                  Decimal(_THE_MILLION_VALUES[word]), scale=word))


def _phase_figure_nouns(state: _State) -> None:
    """Nouns that are figures: "a decade", "two decades", "une décennie" -> 10 a, 20 a, 10 a; "a fortnight", "une
    quinzaine de jours" -> 14 d; "an octogenarian", "un octogénaire", "in his eighties", "dans la quarantaine",
    "une dizaine d'années" -> 80 a, 80 a, 80 a, 40 a, 10 a, approximate."""
    if _FIGURE_NOUN_PRE.search(state.text) is None:
        return
    lower = state.text.lower()
    figures = _figure_nouns(state.lang)
    found: list[tuple[int, int, Fraction, str, bool]] = []
    if figures.spans is not None:
        for match in figures.spans.finditer(state.text):
            value, unit = figures.span_map[fold(match["w"]).replace("’", "'")]
            found.append((match.start(), match.end(), Fraction(value), unit, True))
    if figures.nouns is not None:
        for match in figures.nouns.finditer(state.text):
            value, unit, approx = figures.table[fold(match["w"])]
            count = match["c"]
            if count is not None and not approx:
                number = int(count) if count.isdigit() else figures.counts[fold(count)]
                singular = fold(match["w"]) in ("decade", "fortnight", "decennie", "century", "siecle")
                if number < 1 or (match["sep"] != "-" and (number == 1) != singular):
                    continue  # "one decades", "a fortnights"; "a two-decade low" is 20 a
                if match["half"] and match["sep"] == "-":
                    continue
                # "a decade and a half", "deux siècles et demi": 15, 250 a
                total = Fraction(value * number) + (Fraction(value, 2) if match["half"] else 0)
                found.append((match.start(), match.end(), total, unit, False))
            elif approx and not match["half"]:
                # "un octogénaire"; "deux trentenaires": the count is read on its own, as "two men in their thirties"
                found.append((match.start("w"), match.end(), Fraction(value), unit, True))
    if state.lang is Lang.FR:
        for match in _FR_CENTENARIAN.finditer(state.text) if "tenaire" in lower else ():
            age = 100 if fold(match["w"]) == "centenaire" else 50
            found.append((match.start("w"), match.end("w"), Fraction(age), "a", True))
    if figures.ages is not None:
        for match in figures.ages.finditer(state.text):
            found.append((match.start("w"), match.end(), Fraction(figures.age_map[fold(match["w"])]), "a", True))
    for start, end, amount, span_unit, hedged in found:
        if not state.free(start, end):
            continue
        exact = _decimal(amount)
        if exact is None:
            continue
        state.take(_Candidate(start, end, FactKind.QUANTITY, exact, span_unit))
        if hedged:
            state.approx.append((start, end))


# Every match of ``_phase_figure_nouns`` holds one of these.
_FIGURE_NOUN_PRE: Final = regex.compile(
    r"(?i)d[eé]c[eé]nni|decade|centur|si[eè]cle|fortnight|g[eé]naire|genarian|tenaire|ties(?![\w])|aine(?![\w])"
)
# "un centenaire", "une centenaire", "un cinquantenaire": a person of a hundred, of fifty (not "le centenaire de la
# guerre", the centenary).
_FR_CENTENARIAN: Final = regex.compile(
    r"(?:(?<![\w])une?|(?<![\w])(?!(?:le|la|les|du|au|son|sa|ce|cet|cette|leur|premier|dernier)[\s\u00a0])[^\W\d]{3,})"
    r"[\s\u00a0]+(?P<w>centenaire|cinquantenaire)(?![\w])(?![\s\u00a0]+(?:de|du|des)(?![\w])|[\s\u00a0]+d['’])",
    regex.IGNORECASE,
)  # "un centenaire", "le metteur en scène cinquantenaire"; not "le cinquantenaire de", "son centenaire"


# Decades written with four digits: "the 1760s", "les années 1880" ("the 1000s" are rather thousands).
_DECADE_FIRST: Final = 1100
_DECADE_LAST: Final = 2090


def _decade_year(value: int) -> int:
    """A decade written with two digits or a tens word -> its first year: 00 is the 2000s, 10-90 the 1900s (the
    2010s and 2020s are written with four digits: "les années 20" are the 1920s)."""
    if value >= 100:
        return value
    return 2000 + value if value == 0 else 1900 + value


def _phase_decades(state: _State) -> None:
    """Decades as the year they begin: "the 1980s" (see ``_bare``), "the '80s", "the eighties", "nineteen
    eighties", "les années 80", "les années 1980", "les années quatre-vingt" -> year 1980."""
    pattern = state.pat.decades
    if pattern is None:
        return
    text = state.text
    pat = state.pat
    if state.lang is Lang.FR:
        if "nées" not in text and "nees" not in text and "NÉES" not in text and "NEES" not in text:
            return
    elif "ties" not in text and "TIES" not in text and "0s" not in text and "0's" not in text and "0’s" not in text:
        return
    if _DECADE_PRE.search(text) is None:
        return
    for match in pattern.finditer(text):
        if not state.free(match.start(), match.end()):
            continue
        if state.lang is Lang.FR:
            for group in ("n", "n2"):
                if match[group] is None:
                    continue
                written = match[group]
                value = int(written) if written.isdigit() else pat.decade_words.get(fold(written))
                if value is None or (value >= 100 and not _DECADE_FIRST <= value <= _DECADE_LAST):
                    continue
                year = _decade_year(value)
                state.take(_Candidate(match.start(group), match.end(group), FactKind.YEAR, Decimal(year)))
            continue
        if match["y"] is not None:
            year = int(match["y"])
        elif match["d"] is not None:
            year = _decade_year(int(match["d"]))
        elif match["w"] is not None:
            year = _decade_year(pat.decade_words[fold(match["w"])])
        else:
            year = pat.decade_centuries[fold(match["c"])] + pat.decade_words[fold(match["w2"])]
        end = match.start("gap") if match["gap"] is not None else match.end()
        state.take(_Candidate(match.start(), end, FactKind.YEAR, Decimal(year)))
        if match["second"] is not None and state.free(match.start("second"), match.end("second")):
            # "the 70s and 80s", "the 1970s and 1980s": the second decade in the same century as the first
            second = year // 100 * 100 + int(match["d2"]) if match["d2"] is not None else int(match["d4"])
            state.take(_Candidate(match.start("second"), match.end("second"), FactKind.YEAR, Decimal(second)))


# A year by its last two digits after an apostrophe: "in '08", "the class of '95", "Woodstock '69", "1968-'69" (not
# "'10 things'" opening a quotation: a preposition, a season, a name or a dash goes before it).
_SHORT_YEAR: Final = regex.compile(r"(?<![\w'’])['’](?P<y>\d\d)(?![\w'’%]|[.,:/]\d)")
_SHORT_YEAR_AFTER: Final = frozenset({
    "in", "of", "since", "until", "till", "by", "from", "to", "through", "and", "before", "after", "summer",
    "spring", "fall", "autumn", "winter", "season", "vintage", "circa", "en", "depuis", "de", "du", "et", "jusqu",
    "avant", "apres", "ete", "hiver", "printemps", "automne", "saison", "cuvee", "millesime",
})
_SHORT_YEAR_PIVOT: Final = 30  # '08 is 2008, '69 is 1969; "the crash of '29" is read 2029, which matches 1929 (see
# ``crosscheck``: a year written short matches any year ending with its two digits)


def _phase_short_years(state: _State) -> None:
    text = state.text
    if "'" not in text and "’" not in text:
        return
    for match in _SHORT_YEAR.finditer(text):
        if not state.free(match.start(), match.end()):
            continue
        before = text[: match.start()].rstrip(" \u00a0")
        words = _previous_words(text, match.start(), 1)
        dash_after_year = regex.search(r"\d{4}[-\u2013]$", text[: match.start()]) is not None
        named = bool(words) and words[0][:1].isupper() and before.endswith(words[0])
        if not (dash_after_year or named or (words and fold(words[0]) in _SHORT_YEAR_AFTER)):
            continue
        short = int(match["y"])
        year = 2000 + short if short <= _SHORT_YEAR_PIVOT else 1900 + short
        state.take(_Candidate(match.start(), match.end(), FactKind.YEAR, Decimal(year)))


def _phase_vulgar(state: _State) -> None:
    text = state.text
    if _VULGAR_CHAR.search(text) is None:
        return
    for match in _VULGAR.finditer(text):
        if state.free(match.start(), match.end()):
            value = Fraction(Decimal(str(unicodedata.numeric(match["f"])))).limit_denominator(10)
            if match["whole"]:
                value += int(match["whole"])
            exact = _decimal(value)
            if exact is not None and value > 1:
                state.take(_Candidate(match.start(), match.end(), _number_kind(exact), exact, raw=value))
            else:
                state.take(_Candidate(match.start(), match.end(), FactKind.FRACTION,
                                      Ratio(Decimal(value.numerator), Decimal(value.denominator)), raw=value))


def _minus_before(text: str, position: int) -> int | None:
    """The offset of a minus sign glued to the figure at ``position`` ("-5", "(-5"), if there is one."""
    if position > 0 and text[position - 1] in "-\u2212":
        if position == 1 or text[position - 2] in " \t\n\u00a0([":
            return position - 1
    return None


def _valid_date(year: int, month: int, day: int) -> DateValue | None:
    if not (1 <= month <= 12 and 1 <= day <= 31 and 1000 <= year <= 2999):
        return None
    if day > (29 if month == 2 else 30 if month in (4, 6, 9, 11) else 31):
        return None
    return DateValue(year, month, day)


_UNIT_WORD_AFTER: Final = regex.compile(r"[\s\u00a0-](?P<u>[^\W\d_]+)(?![\w])")
# After "N million pounds": what makes the pounds a weight ("542 million pounds of pumpkin", "pounds' worth").
_WEIGHT_AFTER: Final = regex.compile(r"['\u2019]?\s+(?:of|worth)\b", regex.IGNORECASE)


# Prepositions of time before a day and a month written "22/1" (see ``_day_month``).
_DATE_PREPOSITIONS: Final[dict[Lang, frozenset[str]]] = {
    Lang.EN: frozenset({"on", "since", "from", "until", "till", "to", "by", "before", "after", "through"}),
    Lang.FR: frozenset({"le", "du", "au", "depuis", "des", "jusqu'au", "avant", "apres", "entre"}),
}


def _day_month(state: _State, start: int, match: regex.Match[str]) -> DateValue | None:
    """A day and a month in digits after a preposition of time, when only one order makes a date: "on 22/1",
    "from 20/1 to 25/1", "le 22/1" (22 January); English "on 1/22" is 22 January too. "on 2/9" stays a ratio in
    both versions: day-month and month-day orders disagree, and a translation keeps the digits."""
    if len(match["a"]) > 2 or len(match["b"]) > 2:
        return None
    a, b = int(match["a"]), int(match["b"])
    before = _previous_words(state.text, start, 1)
    if not before or fold(before[0]) not in _DATE_PREPOSITIONS.get(state.lang, frozenset()):
        order = _sibling_date_order(state, start)
        if order is None or a > 12 or b > 12:
            return None
        day, month = (a, b) if order == "dm" else (b, a)
    elif a > 12 and b <= 12:
        day, month = a, b
    elif b > 12 and a <= 12 and state.lang is Lang.EN:
        day, month = b, a
    else:
        return None
    date = _valid_date(2000, month, day)  # a leap year: "29/2" is a date
    return DateValue(None, month, day) if date is not None else None


# A day and month in digits, then "and", "or", "to" or a comma before another: "on 30/4 and 1/5".
_SIBLING_DATE: Final = regex.compile(
    r"(?<![\w/.,])(?P<a>\d{1,2})/(?P<b>\d{1,2})[\s\u00a0]*(?:,|and|or|to|et|ou|au|-|–)[\s\u00a0]*$", regex.IGNORECASE
)


def _sibling_date_order(state: _State, start: int) -> str | None:
    """The order ("dm" or "md") of the day-month date right before ``start`` that was read as a date ("30/4 and
    1/5": day then month, so 1/5 is 1 May), else None."""
    sibling = _SIBLING_DATE.search(state.text, max(0, start - 16), start)
    if sibling is None:
        return None
    if not any(c.kind is FactKind.DATE and c.start <= sibling.start() and sibling.end("b") <= c.end
               for c in state.facts):
        return None
    a, b = int(sibling["a"]), int(sibling["b"])
    if a > 12 >= b:
        return "dm"
    if b > 12 >= a and state.lang is Lang.EN:
        return "md"
    return None


def _phase_slash(state: _State) -> None:
    text = state.text
    if _SLASH_PRE.search(text) is None:
        return
    for match in _SLASH.finditer(text):
        start, end = match.start(), match.end()
        if not state.free(start, end):
            continue
        a, b = int(match["a"]), int(match["b"])
        if b == 0:
            continue
        sign = -1 if match["sign"] else 1
        if match["whole"] is not None:
            if a >= b or sign < 0:
                # "2013 367/280": the first number is separate.
                start = match.start("a")
            else:
                value = int(match["whole"]) + Fraction(a, b)
                exact = _decimal(value)
                negative = _minus_before(text, match.start())
                if negative is not None:
                    value, start = -value, negative
                unit_after = _UNIT_WORD_AFTER.match(text, end)
                unit = state.pat.unit_map.get(fold(unit_after["u"])) if unit_after is not None else None
                if exact is not None and unit is not None and unit_after is not None and len(unit_after["u"]) > 2:
                    # "a 5 1/2-hour argument", "5 1/2 miles" -> 5.5 h, 5.5 mi
                    state.take(_Candidate(start, unit_after.end(), FactKind.QUANTITY, _decimal(value) or exact, unit,
                                          raw=value))
                elif exact is not None:
                    state.take(_Candidate(start, end, _number_kind(exact), _decimal(value) or exact,
                                          raw=value))
                else:
                    state.take(_Candidate(start, end, FactKind.FRACTION, Ratio(Decimal(value.numerator),
                                          Decimal(value.denominator)), raw=value))
                continue
        if sign < 0:
            start = match.start("sign")
            if _minus_before(text, start + 1) is None:
                start = match.start("a")
                sign = 1
        written_a, written_b = match["a"], match["b"]
        day_month = _day_month(state, start, match) if sign > 0 and match["whole"] is None else None
        if day_month is not None:
            # "on 22/1", "le 22/1": 22 January (a day and a month after a preposition of time, one reading only)
            state.take(_Candidate(start, end, FactKind.DATE, day_month))
            continue
        if (
            sign > 0 and len(written_a) == 4 and 1900 <= a <= 2098
            and ((len(written_b) == 4 and b == a + 1) or (len(written_b) == 2 and b == (a + 1) % 100))
        ):
            # "2011/12", "2011/2012": a season or fiscal year, as "2011-12" (the years 2011-2012)
            state.take(_Candidate(start, end, FactKind.RANGE, Range(Decimal(a), Decimal(a + 1))))
            continue
        named = state.pat.named_dates.get(text[start:end])
        if named is not None and match["whole"] is None and state.pat.fraction_of.match(text, end) is None:
            # "9/11" (the attacks): the date 11 September, as "le 11 septembre"
            state.take(_Candidate(start, end, FactKind.DATE, DateValue(None, named[0], named[1])))
            continue
        followed_by_of = state.pat.fraction_of.match(text, end) is not None
        unit_after = _UNIT_WORD_AFTER.match(text, end)
        if (
            not followed_by_of and 2 <= a < b <= 120 and sign > 0 and unit_after is not None
            and state.pat.unit_map.get(fold(unit_after["u"])) == "a"
        ):
            # "âgés de 6/7 ans": 6 or 7 years old, a range (as "aged between 6 and 7")
            state.take(_Candidate(start, end, FactKind.RANGE, Range(Decimal(a), Decimal(b)), "a",
                                  atoms=(), raw=None))
            continue
        unit = state.pat.unit_map.get(fold(unit_after["u"])) if unit_after is not None else None
        if not followed_by_of and 0 < a < b and sign > 0 and unit is not None and unit_after is not None \
                and len(unit_after["u"]) > 2 and _decimal(Fraction(a, b)) is not None:
            # "a 1/4 mile oval", "a 3/4-inch pipe" -> 0.25 mi, 0.75 in (as "5 1/2 miles" above)
            value = Fraction(a, b)
            state.take(_Candidate(start, unit_after.end(), FactKind.QUANTITY, _decimal(value) or Decimal(0), unit,
                                  raw=value))
            continue
        if followed_by_of and a < b:
            value = Fraction(sign * a, b)
            state.take(_Candidate(start, end, FactKind.FRACTION,
                                  Ratio(Decimal(value.numerator), Decimal(value.denominator)), raw=value))
        else:
            state.take(_Candidate(start, end, FactKind.RATIO, Ratio(Decimal(sign * a), Decimal(b)),
                                  raw=Fraction(sign * a, b)))


def _take_label_chain(state: _State, end: int) -> None:
    """Labels joined to the one ending at ``end`` after a plural noun: "Districts 8 and 9", "articles 5, 6 et 7",
    "Symphonies No. 3 and 4" (each a label, as the first)."""
    while True:
        more = _LABEL_CHAIN.match(state.text, end)
        if more is None or not state.free(more.start("d"), more.end()):
            return
        state.take(_Candidate(more.start("d"), more.end(), FactKind.LABEL, Decimal(more["d"])))
        end = more.end()


def _plural_word(word: str) -> bool:
    key = fold(word)
    return len(key) > 3 and key[-1] in "sx"


def _label_guarded(state: _State, end: int) -> bool:
    """Whether a number after a label noun rather counts or measures: a unit, currency, scale word or ``%``
    follows ("table 2 metres", "chart 2%")."""
    after = state.text[end : end + 30]
    if after.lstrip(" \u00a0\u202f")[:1] in ("%", "$", "€", "£", "‰"):
        return True
    word = _WORD_AFTER.match(after)
    if word is None:
        return False
    key = fold(word["w"])
    data = state.pat.data
    return key in state.pat.unit_map or key in state.pat.currency_word_map or (
        data is not None and key in data.scales
    )


# A knockout round, named by the teams left ("the last 16", "the round of 16") or by the matches played ("les 8es
# de finale", "les huitièmes de finale"): a label whose value is the teams left, so both versions agree.
_ROUND_EN: Final = regex.compile(
    r"(?i)\b(?:(?:the|in|of|for|to)[\s\u00a0]+last[\s\u00a0]+(?:(?P<n>8|16|32|64)|(?P<w>sixteen|thirty-two))"
    r"(?=[\s\u00a0]*(?:[.,;:!?)\"'”’]|$|(?:in|match|"
    r"matches|round|tie|ties|stage|draw|first|second|leg|with|against|at|was|were|is|are|will|after|before|when"
    r"|of[\s\u00a0]+the)\b))|round[\s\u00a0]+of[\s\u00a0]+(?P<n>16|32|64)(?![\w]|[.,]\d))"
)
# A quarter of a year: "pushed to Q1/15" (the first quarter of 2015).
_QUARTER_YEAR: Final = regex.compile(r"(?<![\w/])Q(?P<q>[1-4])/(?P<y>\d\d)(?![\w/]|[.,]\d)")
_ROUND_FR: Final = regex.compile(
    r"(?i)\b(?:(?P<n>\d+)(?:e|es|èmes?)|(?P<w>huitièmes?|seizièmes?|trente-deuxièmes?))(?=[\s\u00a0]+de[\s\u00a0]+finale)"
)
# Teams left ("the last sixteen") and matches played ("les huitièmes"), in words.
_ROUND_WORDS: Final = {
    "sixteen": 16, "thirty-two": 32, "huitieme": 8, "seizieme": 16, "trente-deuxieme": 32,
}


# A plural French rank after a determiner: "ses quatrièmes élections", "les deuxièmes places" (2 to 9; "vingt-trois
# cinquièmes" is a fraction, the numeral before it says so, and "des dixièmes de seconde" are tenths).
_FR_PLURAL_RANKS: Final[dict[str, int]] = {
    "deuxiemes": 2, "troisiemes": 3, "quatriemes": 4, "cinquiemes": 5, "sixiemes": 6, "septiemes": 7,
    "huitiemes": 8, "neuviemes": 9,
}
_FR_PLURAL_RANK: Final = regex.compile(
    r"(?<![\w-])(?:ses|les|leurs|ces|nos|vos|mes|tes|aux)[\s\u00a0]+(?P<r>"
    + _alternation(_FR_PLURAL_RANKS, tolerant=True) + r")(?![\w-])(?![\s\u00a0]+(?:de|d'|du)\b)",
    regex.IGNORECASE,
)


def _phase_plural_ranks(state: _State) -> None:
    if state.lang is not Lang.FR or "iemes" not in fold(state.text):
        return
    for match in _FR_PLURAL_RANK.finditer(state.text):
        if state.free(match.start("r"), match.end("r")):
            value = _FR_PLURAL_RANKS[fold(match["r"])]
            state.take(_Candidate(match.start("r"), match.end("r"), FactKind.ORDINAL, Decimal(value)))


def _phase_rounds(state: _State) -> None:
    text = state.text
    rounds, doubled = (_ROUND_EN, 1) if state.lang is Lang.EN else (_ROUND_FR, 2)
    for match in rounds.finditer(text) if ("last" in text or "finale" in text or "round" in text) else ():
        word = match.groupdict().get("w")
        group = "w" if word else "n"
        if state.free(match.start(group), match.end()):
            played = _ROUND_WORDS[fold(word).rstrip("s")] if word else int(match["n"])
            state.take(_Candidate(match.start(group), match.end(), FactKind.LABEL, Decimal(played * doubled)))


def _phase_labels(state: _State) -> None:
    text = state.text
    pat = state.pat
    for match in _QUARTER_YEAR.finditer(text) if "Q" in text else ():
        if state.free(match.start(), match.end()):
            state.take(_Candidate(match.start(), match.start("q") + 1, FactKind.LABEL, Decimal(match["q"])))
            state.take(_Candidate(match.start("y"), match.end(), FactKind.YEAR, Decimal(2000 + int(match["y"]))))
    for match in _LABEL_MARKER.finditer(text) if _LABEL_MARKER_PRE.search(text) else ():
        if match["m"] == "No" and state.lang is not Lang.EN:
            continue
        if state.free(match.start("n"), match.end()):
            state.take(_Candidate(match.start("n"), match.end(), FactKind.LABEL, Decimal(match["n"])))
            before = _previous_words(text, match.start(), 1)
            if fold(match["m"]).startswith("nos") or (before and _plural_word(before[0])):
                _take_label_chain(state, match.end())
    for match in _MODEL_CODE.finditer(text) if "-" in text else ():
        # "787-8", "777-300ER", "787-8s": a model, not a range (the second number is smaller, or letters follow)
        first, second = int(match["n"]), int(match["m"])
        if not state.free(match.start(), match.end()) or (not match["tail"] and second >= first):
            continue
        if not match["tail"] and 1900 <= first <= 2099 and len(match["m"]) in (2, 4):
            continue  # "2013-14": seasons and year ranges
        if match["tail"] and second > first and fold(match["tail"]) in state.pat.unit_map:
            continue  # "200-300mm": a range of a measure, its unit glued to the last end
        state.take(_Candidate(match.start(), match.end(), FactKind.LABEL, Decimal(first)))
    for match in _GLUED_CODE.finditer(text) if regex.search(r"\d[xX×]\d|\dX|\d\s?FM", text) else ():
        # "4x4", "4X4", "4x4s", "4x50m" (a vehicle, a relay), "777X" (a model), "98,1 FM" (a radio station)
        if state.free(match.start(), match.end()):
            number = match["a"] or match["x"] or match["f"]
            state.take(_Candidate(match.start(), match.end(), FactKind.LABEL, Decimal(number.replace(",", "."))))
    for match in _ORDINAL_LABEL.finditer(text) if pat.ordinal_label_nouns else ():
        # "le 23e District", "Conseil du 37e District", "les 8e et 9e Districts": named as "District 23"
        if fold(match["noun"]) not in pat.ordinal_label_nouns or not match["noun"][:1].isupper():
            continue
        for number in regex.finditer(r"(?P<d>\d+)[^\W\d_]+", match.group()[: match.start("noun") - match.start()]):
            start, end = match.start() + number.start(), match.start() + number.end()
            if state.free(start, end):
                state.take(_Candidate(start, end, FactKind.LABEL, Decimal(number["d"])))
    for match in _LETTER_DIGITS.finditer(text) if _LETTER_DIGITS_PRE.search(text) else ():
        start, end = match.start(), match.end()
        if not state.free(start, end):
            continue
        prefix = match["p"]
        tail = match["tail"]
        if match["h"]:
            if not prefix[0].isupper() or fold(prefix) in ("mid", "pre", "post", "early", "late", "end", "since"):
                continue
            if not tail and len(match["n"]) == 4 and match["n"].isdigit() and 1900 <= int(match["n"]) <= 2099:
                # "Mondial-2010", "JO-2012", "Euro-2009": an event of that year, as "the 2010 World Cup"
                state.take(_Candidate(match.start("n"), end, FactKind.YEAR, Decimal(match["n"])))
                continue
        elif fold(prefix) in ("x",) and not tail:
            continue  # "x2" is a multiplier
        elif text[start - 1 : start] == "/" and fold(match.group()) in state.pat.unit_map:
            state.block(start, end)  # "10 kg/m2": the unit of a rate, no label 2
            continue
        elif not match["h"] and tail in ("", "m", "bn", "mn", "k", "tn") and prefix in state.pat.currency_prefix_map:
            continue  # "USD115", "EUR2bn", "Rs500": a sum in that currency
        elif prefix.islower() and not tail and len(prefix) > 1:
            continue  # "km5"-like noise, or a glued unit
        state.take(_Candidate(start, end, FactKind.LABEL, Decimal(match["n"].replace(",", "."))))  # "PM2,5"
    if pat.label_nouns:
        for match in _LABEL_NUMBER.finditer(text):
            start, end = match.start(), match.end()
            if not state.free(start, end):
                continue
            before = _previous_words(text, start, 2)
            if not before or text[start - 1 : start] not in (" ", "\u00a0"):
                continue
            one = _ELISION.sub("", fold(before[0]))
            two = _ELISION.sub("", fold(before[1])) + " " + one if len(before) > 1 else ""
            if one not in pat.label_nouns and two not in pat.label_nouns:
                continue
            if one in pat.label_year_nouns and end - start == 4 and 1900 <= int(match["d"]) <= 2099:
                continue  # "le modèle 2014", "the 2014 model year": a year
            if regex.match(r"-[^\W\d_]", text[end : end + 2]):
                continue  # "no 18-year-old": a compound adjective, not a label
            code = _CODE_TAIL.match(text, end)
            if code is not None:
                end = code.end()  # "Boeing 787-8s", "Boeing 777X"
            elif _label_guarded(state, end):
                continue  # "table 2 metres": a measure
            state.take(_Candidate(start, end, FactKind.LABEL, Decimal(match["d"])))
            if _plural_word(before[0]):
                _take_label_chain(state, end)


# French Roman ordinals: "XXe siècle", "XIXème", "IIIe République" -> ordinal 20, 19, 3 ("20th century"). A single
# letter ("Ve", "Xe") only before one of _ROMAN_ORDINAL_NOUNS.
_ROMAN_ORDINAL: Final = regex.compile(
    r"(?<![\w'’-])(?=[IVX])(?:(?P<r>X{0,3}(?:IX|IV|V?I{0,3}))(?:e|ème|eme|è|ᵉ)|(?P<r>I)(?:er|re|ère|ᵉʳ))(?![\w'’-])"
    r"(?P<n>[\s\u00a0]+[^\W\d_]+)?"
)
_ROMAN_ORDINAL_PRE: Final = regex.compile(r"[IVX][eèᵉ]|Ir")
# The first of two Roman ordinals that one noun follows: "entre le Xe et le XVe siècle", "du Ve au XIIe siècle".
_ROMAN_ORDINAL_PAIRED: Final = regex.compile(
    r"[\s\u00a0]+(?:et|au|à|ou)(?:[\s\u00a0]+(?:le|la|l['’]))?[\s\u00a0]*(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})"
    r"(?:e|ème|eme|è|ᵉ)[\s\u00a0]+(?P<noun>[^\W\d_]+)"
)
# English Roman ordinals before "century": "the XXth century" (two letters at least, or the noun after).
_ROMAN_ORDINAL_EN: Final = regex.compile(
    r"(?<![\w'’-])(?=[IVX])(?P<r>X{0,3}(?:IX|IV|V?I{0,3}))(?:th|st|nd|rd)(?=[\s\u00a0-]+centur(?:y|ies)\b)"
)
_ROMAN_ORDINAL_EN_PRE: Final = regex.compile(r"[IVX](?:th|st|nd|rd)[\s\u00a0-]+centur")
_ROMAN_ORDINAL_NOUNS: Final = frozenset({
    "siecle", "siecles", "republique", "arrondissement", "congres", "plan", "legislature", "regiment", "armee",
    "dynastie", "millenaire", "edition", "session", "conference", "reich", "empire", "concile", "festival",
    "sommet", "colloque", "forum", "biennale", "salon", "rencontres", "journees", "jeux", "olympiade",
})


def _phase_roman(state: _State) -> None:
    text = state.text
    if state.lang is Lang.EN and _ROMAN_ORDINAL_EN_PRE.search(text) is not None:
        for match in _ROMAN_ORDINAL_EN.finditer(text):
            # "the XXth century", "the XIXth century" (a translation's French numbering): ordinal 20, 19
            if match["r"] and state.free(match.start(), match.end()):
                state.take(_Candidate(match.start(), match.end(), FactKind.ORDINAL, Decimal(_roman_value(match["r"]))))
    if state.lang is Lang.FR and _ROMAN_ORDINAL_PRE.search(text) is not None:
        for match in _ROMAN_ORDINAL.finditer(text):
            roman = match["r"]
            if not roman or not state.free(match.start(), match.start("n") if match["n"] else match.end()):
                continue
            noun = fold(match["n"].strip()) if match["n"] else ""
            end = match.start("n") if match["n"] else match.end()
            if len(roman) == 1 and noun not in _ROMAN_ORDINAL_NOUNS:
                paired = _ROMAN_ORDINAL_PAIRED.match(text, end)
                if paired is None or fold(paired["noun"]) not in _ROMAN_ORDINAL_NOUNS:
                    continue
            state.take(_Candidate(match.start(), end, FactKind.ORDINAL, Decimal(_roman_value(roman))))
    for match in _ROMAN.finditer(text):
        roman = match["r"]
        if not roman or not state.free(match.start(), match.end()):
            continue
        if _roman_label_context(state, match.start(), roman):
            value = _roman_value(roman)
            if value:
                state.take(_Candidate(match.start(), match.end(), FactKind.LABEL, Decimal(value)))


def _roman_value(roman: str) -> int:
    total = 0
    for index, ch in enumerate(roman):
        value = _ROMAN_VALUES[ch]
        following = _ROMAN_VALUES[roman[index + 1]] if index + 1 < len(roman) else 0
        total += -value if value < following else value
    return total


def _previous_words(text: str, end: int, count: int) -> list[str]:
    """Up to ``count`` words right before ``end`` (nearest first), stopping at punctuation."""
    words: list[str] = []
    position = end
    while len(words) < count:
        stop = position
        while stop > 0 and text[stop - 1] in _SPACE_CHARS:
            stop -= 1
        begin = stop
        while begin > 0 and (text[begin - 1].isalnum() or text[begin - 1] in _WORD_INNER):
            begin -= 1
        while begin < stop and not text[begin].isalpha():
            begin += 1
        if begin >= stop:
            break
        words.append(text[begin:stop])
        position = begin
    return words


def _roman_label_context(state: _State, start: int, roman: str) -> bool:
    text = state.text
    before = _previous_words(text, start, 2)
    if not before:
        return False
    previous = before[0]
    after = text[start + len(roman) : start + len(roman) + 2]
    if after.startswith(".") and len(after) > 1 and after[1].isalpha():
        return False
    if state.lang is Lang.FR:
        if len(roman) == 1 and roman != "I":
            return previous[:1].isupper() and fold(previous) in state.pat.name_heads
        return fold(previous) not in _CAPITAL_STOP or previous[:1].isupper()
    if not previous[:1].isupper() or fold(previous) in _CAPITAL_STOP:
        return False
    if len(roman) > 1:
        return True
    if fold(previous) in state.pat.name_heads:
        return True
    return len(before) > 1 and before[1][:1].isupper() and fold(before[1]) not in _CAPITAL_STOP


# --------------------------------------------------------------------------------------------------------------
# Phase 2: numbers (digits and words) -> atoms
# --------------------------------------------------------------------------------------------------------------


def _atoms(state: _State) -> list[_Atom]:
    text = state.text
    lang = state.lang
    data = state.pat.data
    tokens = tokenize(text, lang)
    if lang is Lang.EN and "," in text and _DECIMAL_COMMA_PRE.search(text) is not None:
        tokens = _decimal_commas(state, tokens)
    atoms: list[_Atom] = []
    n = len(tokens)
    i = 0
    while i < n:
        token = tokens[i]
        if not state.free(token.start, token.end):
            i += 1  # "No.10": the label holds the digits the token ".10" would read as 0.1
            continue
        if token.kind == "num" and token.value is not None:
            atom, i = _digit_atom(state, tokens, i, data)
            if atom is not None:
                atoms.append(atom)
            continue
        if token.kind == "word" and data is not None and token.key in state.pat.start_words:
            parsed = parse_tokens(tokens, i, data, text)
            if parsed is not None and state.free(tokens[i].start, tokens[parsed.last - 1].end):
                atom = _word_atom(state, tokens, parsed, data)
                if atom is not None:
                    atoms.append(atom)
                    i = parsed.last
                    continue
        i += 1
    return atoms


def _decimal_commas(state: _State, tokens: list[Token]) -> list[Token]:
    """French decimal commas left in an English text (translated from French): "growth of 0,4%", "1,5 million
    controls", "1,3570 dollars". Digits, a comma and one or two digits (or four and more: never a thousands group)
    directly followed by ``%``, a scale word, a currency or a unit are one decimal number; so is the first of two
    such numbers joined by "and"/"to"/a dash ("between 1,2 and 1,4 milliards"). ``parse_number`` stays strict."""
    text = state.text
    follow = state.pat.comma_decimal_follow
    n = len(tokens)
    merged: dict[int, Token] = {}
    index = 0
    while index + 2 < n:
        whole, comma, part = tokens[index], tokens[index + 1], tokens[index + 2]
        if (
            whole.kind == "num" and comma.text == "," and part.kind == "num"
            and whole.end == comma.start and comma.end == part.start
            and whole.text.isdigit() and len(whole.text) <= 3 and part.text.isdigit() and len(part.text) != 3
            and not (index > 0 and tokens[index - 1].end == whole.start and tokens[index - 1].text in ",.")
            and not (index + 3 < n and tokens[index + 3].start == part.end and tokens[index + 3].text in ",")
        ):
            merged[index] = Token("num", whole.start, part.end, text[whole.start : part.end],
                                  text[whole.start : part.end], Decimal(f"{whole.text}.{part.text}"))
            index += 3
        else:
            index += 1
    if not merged:
        return tokens
    # Keep the merges whose number is followed by a unit-like word, or by "and"/"to"/a dash and a kept merge.
    kept: set[int] = set()
    for position in sorted(merged, reverse=True):
        after = position + 3
        if after >= n:
            continue
        nxt = tokens[after]
        gap = text[merged[position].end : nxt.start]
        if gap not in ("", " ", "\u00a0", "\u202f"):
            continue
        if nxt.key in follow or nxt.text in follow or (
            nxt.key in ("and", "to", "-") and after + 1 < n and after + 1 in kept
        ):
            kept.add(position)
    if not kept:
        return tokens
    result: list[Token] = []
    index = 0
    while index < n:
        if index in kept:
            result.append(merged[index])
            index += 3
        else:
            result.append(tokens[index])
            index += 1
    return result


def _digit_atom(state: _State, tokens: list[Token], i: int, data: LangData | None) -> tuple[_Atom | None, int]:
    text = state.text
    token = tokens[i]
    value = token.value
    assert value is not None  # checked by the caller
    start = token.start
    negative = _minus_before(text, start)
    sign = -1 if negative is not None else 1
    if negative is not None:
        start = negative
    if (
        data is not None and i + 2 < len(tokens) and tokens[i + 1].key in state.pat.scale_gap_words
        and tokens[i + 2].key in data.scales
    ):
        # "100 autres milliards": the scale word after "autres" still scales the figure.
        assert data is not None
        scale_token = tokens[i + 2]
        atom = _Atom(start, scale_token.end, "cardinal", sign * Fraction(value) * data.scales[scale_token.key],
                     scale_token.key.removesuffix("s"), True, False)
        return atom, i + 3
    if data is not None and not ends_after_digits(tokens, i, data):
        parsed = parse_tokens(tokens, i, data, text)
        if parsed is not None and parsed.last > i + 1 and state.free(token.start, tokens[parsed.last - 1].end):
            kind = parsed.kind
            atom = _Atom(start, tokens[parsed.last - 1].end, kind, sign * parsed.value, parsed.scale, True, False)
            return atom, parsed.last
    end = token.end
    # Ordinal suffix glued to the digits: "5th", "5ème", "1er", "22e".
    if i + 1 < len(tokens) and tokens[i + 1].start == end and tokens[i + 1].kind == "word":
        suffix = tokens[i + 1]
        glued_digit = i + 2 < len(tokens) and tokens[i + 2].start == suffix.end and tokens[i + 2].kind == "num"
        if (
            suffix.key in state.pat.ordinal_suffixes
            and value == value.to_integral_value()
            and (state.lang is not Lang.FR or _FR_SUFFIX_ONLY.get(suffix.key, value) == value)
            and sign > 0
            and not glued_digit
        ):
            if ("," not in token.text and "." not in token.text) or (
                state.lang is Lang.EN and _EN_THOUSANDS.fullmatch(token.text) is not None
            ):  # "1,000th"; not "2,5e" or "1,000e" (1.000 in French)
                return _Atom(start, suffix.end, "ordinal", Fraction(value), None, False, False), i + 2
    fvalue = Fraction(value) * sign
    scale: str | None = None
    # Exponents: "1e10", "1.3e6", "1.1^23".
    exponent = _EXPONENT.match(text, end)
    if exponent is not None and max(len(exponent["e"] or ""), len(exponent["p"] or ""), len(exponent["x"] or "")) > 3:
        exponent = None  # "1e1000": not a figure anyone writes in news, and too big to expand
    if exponent is not None:
        if exponent["x"] is not None:
            fvalue *= Fraction(10) ** int(exponent["x"])
        elif exponent["e"] is not None:
            fvalue *= Fraction(10) ** int(exponent["e"])
        else:
            power = int(exponent["p"]) * (-1 if exponent["s"].count("-") % 2 else 1)
            fvalue = fvalue ** power if fvalue != 0 or power > 0 else fvalue
        end = exponent.end()
        return _Atom(start, end, "cardinal", Fraction(fvalue), None, False, False), _skip_to(tokens, i, end)
    abbreviation = _SCALE_ATTACHED.match(text, end)
    if abbreviation is not None:
        abbr = abbreviation["a"]
        known = state.pat.scale_abbreviations.get(abbr)
        if known is None and abbr.lower() in ("k", "bn", "mln", "bln", "tln", "mn"):
            known = state.pat.scale_abbreviations.get(abbr.lower())
        glued_only = abbr in ("b", "B", "m", "G", "MM", "mil") or (abbr == "M" and state.lang is not Lang.EN)
        if abbr in ("B", "M", "K") and not abbreviation["sp"] and _after_name(state, start, abbreviation.end()):
            known = None  # "Moody 4B", "Cuvée 3K": a name, not 4 billion
        # Before a currency sign the abbreviation is a scale even after a space: "290,4 M$", "25 M€", "2 G$".
        money = known is not None and _CURRENCY_AFTER.match(text, abbreviation.end()) is not None
        if abbr == "G" and not money:
            known = None  # "la 5G", "réseau 4G": a generation of mobile networks; "2 G$" is 2 milliards de dollars
        if abbr == "m" and not abbreviation["sp"] and _million_m(state, abbreviation.end()):
            fvalue *= 10**6
            end = abbreviation.end()
            return _Atom(start, end, "cardinal", fvalue, "million", False, False), _skip_to(tokens, i, end)
        if known is not None and abbr not in ("m",) and (not glued_only or not abbreviation["sp"] or money):
            if abbr != "M" or state.lang is not Lang.FR or not abbreviation["sp"] or money:
                fvalue *= known[0]
                scale = known[1]
                end = abbreviation.end()
                return _Atom(start, end, "cardinal", fvalue, scale, False, False), _skip_to(tokens, i, end)
    plain = token.text.isdigit() and sign > 0
    return _Atom(start, end, "cardinal", fvalue, None, False, plain), i + 1


def _after_name(state: _State, start: int, end: int) -> bool:
    """Whether digits and a glued capital (``start``-``end``) follow a capitalised name word and no lower-case word
    follows them: "Moody 4B" is a title, "Facebook's 4B users" a count."""
    if _CURRENCY_AFTER.match(state.text, end) is not None or state.text[start - 1 : start] not in (" ", "\u00a0"):
        return False
    before = _previous_words(state.text, start, 1)
    if not before or not before[0][:1].isupper() or fold(before[0]) in _CAPITAL_STOP or before[0].endswith("."):
        return False
    after = _WORD_AFTER.match(state.text[end : end + 30])
    return after is None or not after["w"][:1].islower()


_M_RANGE_END: Final = regex.compile(r"[-–]\d+(?:\.\d+)?m(?![\w])")
_NOUN_AFTER: Final = regex.compile(r"[ \u00a0](?P<w>[A-Za-z][a-z'’]*)(?:[ \u00a0](?P<w2>[a-z][a-z'’]*))?")


def _million_m(state: _State, end: int) -> bool:
    """Whether "m" glued to digits and ending at ``end`` is million ("25m people", "1m earthquake survivors"), not
    metres ("25m high", "a 100m race", "100m-long"): English only, before a count noun or a plural-looking noun."""
    if state.lang is not Lang.EN:
        return False
    chained = _M_RANGE_END.match(state.text, end)
    if chained is not None:
        end = chained.end()  # "5m-6m Muslims": the first end as the last
    after = _NOUN_AFTER.match(state.text, end)
    if after is None:
        return False
    return _plural_noun(state, after["w"]) or (
        after["w2"] is not None and fold(after["w"]) not in state.pat.million_m_not_after
        and fold(after["w"]) not in state.pat.unit_map and _plural_noun(state, after["w2"])
    )


def _plural_noun(state: _State, word: str) -> bool:
    key = fold(word).removesuffix("'s").removesuffix("’s")
    if key in state.pat.count_nouns:
        return True
    return len(key) > 3 and key.endswith("s") and not key.endswith("ss") and key not in state.pat.million_m_not_after


def _skip_to(tokens: list[Token], i: int, end: int) -> int:
    while i < len(tokens) and tokens[i].start < end:
        i += 1
    return i


def _adjective_number(state: _State, tokens: list[Token], index: int) -> bool:
    """Whether the number word ``tokens[index]`` (French "neuf") is the adjective after a noun ("un T4 neuf")."""
    pat = state.pat
    if index == 0:
        return False
    previous = tokens[index - 1]
    if previous.kind == "word" and previous.key in pat.adjective_cues:
        return True
    if index >= 2 and tokens[index - 2].key in pat.adjective_link_cues and previous.key in ("a", "de"):
        return True  # "remis à neuf", "quoi de neuf"
    if previous.kind != "word" and not (previous.kind == "num" and index >= 2 and tokens[index - 2].kind == "word"
                                        and tokens[index - 2].end == previous.start):
        return False  # a digit, a hyphen or punctuation before: a number ("T4" is a letter then digits)
    if previous.kind == "word" and (previous.key in pat.number_cues or previous.key in pat.start_words):
        return False
    if previous.kind == "word" and previous.text[:1].isupper():
        return False  # "Neuf" after a name or at a sentence start: rather the number
    if index + 1 < len(tokens):
        nxt = tokens[index + 1]
        if nxt.kind == "word" and nxt.text[:1].islower() and nxt.key not in pat.adjective_followers:
            return False  # "ont tué neuf personnes", "a eu neuf ans", "neuf fois": a count before a noun
    return True


_CLAUSE_END: Final = regex.compile(r"[\s\u00a0]*(?:[.,;:!?)»\"”]|$)")


# Quarters of a year, not of a whole: after these words ("the next two quarters", "the first three quarters"), or
# before a year or "in a row" ("three quarters of 2014", "two quarters in a row"). French says "trimestres".
_QUARTERS_PERIOD_BEFORE: Final = frozenset({
    "next", "last", "past", "previous", "coming", "first", "final", "recent", "consecutive", "straight", "successive",
})
_QUARTERS_PERIOD_AFTER: Final = regex.compile(
    r"[\s\u00a0]+(?:of[\s\u00a0]+(?:(?:the|this|last|next)[\s\u00a0]+)?(?:\d{4}\b|year|fiscal)|in[\s\u00a0]+a[\s\u00a0]+row"
    r"|running\b)",
    regex.IGNORECASE,
)


def _quarters_of_a_year(text: str, start: int, end: int, count: Fraction) -> bool:
    """Whether "N quarters" counts quarters of a year: any count but three ("two quarters", "four quarters" are no
    share one would write so), or three where the words around say so."""
    if count.denominator != 1:
        return False
    if count != 3:
        return True
    before = _previous_words(text, start, 1)
    return bool(before and fold(before[0]) in _QUARTERS_PERIOD_BEFORE) or bool(_QUARTERS_PERIOD_AFTER.match(text, end))


def _word_atom(state: _State, tokens: list[Token], parsed: NumberParse, data: LangData) -> _Atom | None:
    text = state.text
    first = tokens[parsed.first]
    start, end = first.start, tokens[parsed.last - 1].end
    single = parsed.last == parsed.first + 1
    if single and state.lang is Lang.FR and parsed.first > 0:
        previous = tokens[parsed.first - 1]
        if first.key == "mille" and previous.key in data.articles_one:
            return None  # "un mille": a mile ("a mile" holds no figure either)
        if first.key == "deux" and (
            previous.key in ("tous", "toutes")
            or (previous.key == "les" and parsed.first > 1 and tokens[parsed.first - 2].key in ("tous", "toutes"))
        ):
            return None  # "tous (les) deux", "toutes deux": both
    if (
        single and parsed.kind == "cardinal" and first.key in state.pat.both_words and parsed.first > 0
        and tokens[parsed.first - 1].key in state.pat.both_before
        and not (parsed.last < len(tokens) and tokens[parsed.last].key in state.pat.both_keep_after)
        and not (parsed.last < len(tokens) and tokens[parsed.last].kind == "num")
    ):
        return None  # "les deux partis", "des deux côtés", "the two parties": both
    if first.key in ("cent", "cents"):
        before = _previous_words(text, start, 1)
        if before and fold(before[0]) in ("pour", "per"):
            return None  # "20 pour cent", "20 per cent"
        if single and parsed.first > 0 and tokens[parsed.first - 1].kind == "num":
            return None  # "39 cents": the currency subunit (a money fact, see ``_composites``); "50 Cent": a name
    if single and parsed.kind == "fraction" and first.key in data.half_words and state.pat.half_period_before:
        before = _previous_words(text, start, 1)
        if before and fold(before[0]) in state.pat.half_period_before:
            return None  # "the first half", "la première moitié": a part of a period ("le premier semestre")
    if single and first.key in state.pat.adjective_numbers and _adjective_number(state, tokens, parsed.first):
        return None  # "un T4 neuf", "un appartement neuf": new, not 9
    if single and state.lang is Lang.EN and first.key == "second" and text[end : end + 1] != "-":
        number = next((t for t in reversed(tokens[: parsed.first]) if t.text != "-"), None)
        if number is not None and number.kind == "num" and text[number.end : start] in (" ", "-"):
            return None  # "1 second", "a 30-second spot": the unit, read with its number; "2 second-round" stays
    if parsed.last == parsed.first + 1 and parsed.kind == "cardinal" and not (
        (first.key in data.articles_one or parsed.one_ish or first.key == "one") and _one_then_number(state, end)
    ):
        key = first.key
        if key in data.articles_one or (parsed.one_ish and state.lang is Lang.FR):
            if not (state.lang is Lang.FR and (
                _UN_SUR.match(text, end) or _un_against(state, start, end) or _numero_un(text, start, end)
            )):
                return None
        if key in ("one",):
            before = _previous_words(text, start, 2)  # nearest first
            after = _WORD_AFTER.match(text[end:])
            named = bool(text[start:end][:1].isupper() and before and before[0][:1].isupper()
                         and fold(before[0]) not in _CAPITAL_STOP)  # "Phase One will": a name's number (a label)
            counted = bool(  # "there is only one doctor for every 5,000" (not "the only one", "only one of")
                before and fold(before[0]) == "only" and not (len(before) > 1 and fold(before[1]) == "the")
                and after is not None and after["w"].isalpha() and fold(after["w"]) not in state.pat.one_after
            )
            if before and fold(before[0]) in state.pat.one_before and not counted:
                return None
            if after is not None and fold(after["w"]) in state.pat.one_after and not named:
                return None
            if text[end : end + 2] in ("'s", "’s"):
                return None
            if text[end : end + 1] in ("-", "\u2010", "\u2011") and text[end + 1 : end + 2].isalpha():
                return None  # "one-child policy", "a one-month sentence" ("d'un mois"): a compound adjective
            if state.pat.one_contrast is not None and state.pat.one_contrast.match(text, end) is not None:
                return None  # "one experienced, the other not": the pronoun
            if _CLAUSE_END.match(text, end) and any(
                fold(word) in ("a", "an") for word in _previous_words(text, start, 3)[1:]
            ):
                return None  # "an American urban one.": the pronoun after an article and its adjectives
    if parsed.kind == "ordinal" and parsed.last == parsed.first + 1:
        key = first.key
        if key in ("second", "seconde") and not regex.match(r"-[^\W\d_]", text[end : end + 2]):
            # "a second", "une seconde": a moment; "a second-year student", "a second pipeline", "une seconde
            # vague" are the rank; "3 mètres seconde" is a speed
            before = _previous_words(text, start, 2)
            word_before = fold(before[0]) if before else ""
            if word_before in ("per", "split", "par", "every", "each", "one") or word_before in state.pat.unit_map:
                return None
            if word_before == "la" and len(before) > 1 and fold(before[1]) == "a" and not _rank_noun_after(text, end):
                return None  # "5000 articles à la seconde", "à la seconde près": per second, to the second
            if word_before in ("de", "d") and len(before) > 1 and (
                fold(before[1]) in ("fraction", "fractions") or fold(before[1]).endswith(("ieme", "iemes"))
            ):
                return None  # "un dixième de seconde", "une fraction de seconde": the unit
            if word_before in ("a", "une") and not _rank_noun_after(text, end):
                return None
    if parsed.kind == "fraction" and state.lang is Lang.EN and parsed.last - parsed.first == 2 \
            and tokens[parsed.last - 1].key == "quarters":
        count = parsed.value * 4  # "the next two quarters", "the first three quarters of 2014": periods, counted
        if _quarters_of_a_year(text, start, end, count):
            return _Atom(start, tokens[parsed.first].end, "cardinal", count, None, True, False)
    if parsed.kind == "fraction" and first.key in data.articles_one and parsed.value.numerator == 1:
        # "a third term", "a twenty-first century", "a third-degree burn" are ordinals; "a third of", "a third."
        # are fractions.
        nxt = _WORD_AFTER.match(text[end:])
        last_key = tokens[parsed.last - 1].key
        compound = text[end : end + 1] in ("-", "\u2010", "\u2011") and text[end + 1 : end + 2].isalpha()
        if (
            (nxt is not None or compound)
            and (last_key in data.ordinals or last_key in data.scale_ordinals)
            and (compound or (nxt is not None and fold(nxt["w"]) not in ("of", "de", "d", "du", "des", "and", "et",
                                                                         "or", "ou")))
            and (compound or nxt is None or not _verb_after_share(data, fold(nxt["w"])))
            and not (not compound and nxt is not None and fold(nxt["w"]) in _AFTER_A_CHANGE
                     and _previous_words(text, start, 1)[:1] == ["by"])
        ):
            start = tokens[parsed.first + 1].start
            return _Atom(start, end, "ordinal", Fraction(parsed.value.denominator), None, True, False)
    if any(tokens[k].key in data.dozens for k in range(parsed.first, parsed.last)):
        state.approx.append((start, end))  # "a dozen", "une douzaine", "two dozen": approximate
    return _Atom(start, end, parsed.kind, parsed.value, parsed.scale, parsed.words, False)


_EN_THOUSANDS: Final = regex.compile(r"\d{1,3}(?:,\d{3})+")


# Words after "fell by a third" that keep it the share of a change, not a rank ("by a third party" is one).
_AFTER_A_CHANGE: Final = frozenset({
    "in", "from", "to", "over", "since", "last", "this", "compared", "on", "at", "after", "during", "between",
    "year", "against", "than", "while", "as", "within", "when",
})


# Words after "a second" / "une seconde" that keep it a moment: "a second later", "une seconde plus tard".
_MOMENT_AFTER: Final = frozenset({
    "later", "ago", "earlier", "before", "after", "or", "of", "and", "to", "in", "for", "the", "too", "longer",
    "plus", "de", "d", "et", "ou", "pour", "avant", "apres", "trop", "a", "en", "sans", "pendant", "qui", "que",
    "he", "she", "it", "they", "we", "i", "you", "il", "elle", "ils", "on", "je", "pres",
})


def _rank_noun_after(text: str, end: int) -> bool:
    """Whether a word after "a second" makes it a rank ("a second pipeline", "une seconde vague")."""
    after = _WORD_AFTER.match(text[end : end + 40])
    return after is not None and text[end : end + 1] in (" ", "\u00a0") and fold(after["w"]) not in _MOMENT_AFTER


def _verb_after_share(data: LangData, word: str) -> bool:
    """Whether ``word`` after "a third" is a verb whose subject is the share ("a third voted no")."""
    if word in getattr(data.module, "FRACTION_VERBS_AFTER", frozenset()):
        return True
    return data.lang is Lang.EN and len(word) > 4 and word.endswith("ed") and word not in getattr(
        data.module, "NOT_FRACTION_VERBS_AFTER", frozenset()
    )


# --------------------------------------------------------------------------------------------------------------
# Phase 3: composites on the masked text
# --------------------------------------------------------------------------------------------------------------


def _masked(state: _State, atoms: list[_Atom]) -> str:
    chars = list(state.text)
    occupied = state.occupied
    index = occupied.find(1)
    while index != -1:
        chars[index] = _M_TAKEN
        index = occupied.find(1, index + 1)
    for atom in atoms:
        if atom.kind == "ordinal":
            marker = _M_ORD
        elif atom.kind == "fraction":
            marker = _M_FRAC
        else:
            marker = _M_WORDS if atom.words else _M_DIGITS
        chars[atom.start] = marker
        for index in range(atom.start + 1, atom.end):
            chars[index] = _M_MORE
    return "".join(chars)


_MARKER_CHARS: Final = regex.compile(f"[{_M_DIGITS}{_M_MORE}{_M_TAKEN}{_M_WORDS}{_M_ORD}{_M_FRAC}]")


def _scan(
    scan: _Scan, masked: str, starts: list[int] | None, follows: Mapping[int, str]
) -> Iterator[regex.Match[str]]:
    """``scan.pattern.finditer(masked)``, trying an anchored pattern only where a match can begin.

    ``starts`` holds the offsets of the figure markers in ``masked`` in order (None: unknown, scan everything);
    ``follows`` maps each to the character right after its figure (two when the first is a space).
    """
    if scan.precheck is not None and scan.precheck.search(masked) is None:
        return
    if not scan.anchored or starts is None:
        yield from scan.pattern.finditer(masked)
        return
    if scan.extra_starts is not None:
        extra = [match.start() for match in scan.extra_starts.finditer(masked)]
        if extra:
            starts = sorted(set(starts).union(extra))
    # Same matches as finditer: leftmost first, each search resuming where the last match ended.
    resume = 0
    match_at = scan.pattern.match
    rejects = scan.rejects
    for position in starts:
        if position < resume or follows.get(position) in rejects:
            continue
        match = match_at(masked, position)
        if match is not None:
            yield match
            resume = match.end()


_ONCE_AND_A_HALF: Final = regex.compile(r"(?i)(?<![\w-])une[\s\u00a0]+fois[\s\u00a0]+et[\s\u00a0]+demie(?![\w-])")
_NAME_WORD: Final = regex.compile(r"(?P<w>[^\s\u00a0\u202f]+)")


# English "penny" is a US cent ("raise the tax even one penny" = "même d'1 cent") unless sterling is in the sentence.
_PENNY_WORDS: Final = frozenset({"penny", "pennies"})
_STERLING_CUE: Final = regex.compile(r"£|\b(?:pounds?|sterling|pence|GBP|\d+p)\b")


def _composites(state: _State, atoms: list[_Atom], masked: str) -> list[_Candidate]:
    by_start = {atom.start: index for index, atom in enumerate(atoms)}
    pat = state.pat
    out: list[_Candidate] = []
    # Figure markers are written at atom starts only, unless the text itself holds marker characters.
    starts = None if _MARKER_CHARS.search(state.text) else sorted(by_start)
    follows = {atom.start: masked[atom.end : atom.end + (2 if masked[atom.end : atom.end + 1] == " " else 1)]
               for atom in atoms}

    def atom_at(position: int) -> tuple[int, _Atom] | None:
        index = by_start.get(position)
        return None if index is None else (index, atoms[index])

    for match in _scan(pat.currency_prefix, masked, starts, follows):
        found = atom_at(match.start("n"))
        if found is None:
            continue
        index, atom = found
        value = atom.value
        scale = atom.scale
        if match["abbr"]:
            known = pat.scale_abbreviations.get(match["abbr"]) or (
                (10**6, "million") if match["abbr"] in ("m", "M") else None
            )
            if known is None or scale is not None:
                continue
            value *= known[0]
            scale = known[1]
        exact = _decimal(value)
        if exact is None:
            continue
        code = pat.currency_prefix_map[match["cur"]]
        out.append(_Candidate(match.start(), match.end(), FactKind.MONEY, exact, code, scale, (index,), 3,
                              raw=value))
    for match in _scan(pat.currency_suffix, masked, starts, follows):
        found = atom_at(match.start("n"))
        if found is None:
            continue
        index, atom = found
        if not match["cur"][-1:].isalpha() and state.text[match.end() : match.end() + 1].isdigit():
            continue  # "five $99": the symbol belongs to the number after it
        if match["sp"] and not match["sp"].isspace() and (len(match["cur"]) <= 3 or not match["cur"].isalpha()):
            continue  # a hyphen only before a written-out currency: "a 12-cent dividend", "a five-dollar note"
        key = fold(regex.sub(r"[\s\u00a0\u202f]+", " ", match["cur"]))
        subunit = pat.subunits.get(key)
        if subunit is not None:
            # "39 cents" -> 0.39 USD; "18,4 cents" -> 0.184 USD; "50 Cent" is a name.
            parts = match["cur"].split()
            noun = next((part for part in parts if fold(part) in pat.subunits), parts[-1])  # not "US", "Euro"
            if atom.kind != "cardinal" or atom.scale is not None or not noun.islower():
                continue
            if key in ("c", "p") and match.start("cur") != atom.end:
                continue  # "up 3c" is 3 cents, "5p" five pence; "3 c", "5 p" are not
            if key == "p" and atom.value >= 480:
                continue  # "1080p", "720p": a video resolution
            value = atom.value / subunit[1]
            exact = _decimal(value)
            sterling = key in _PENNY_WORDS and state.lang is Lang.EN and _STERLING_CUE.search(state.text)
            # "five pennies" is GBP where the sentence speaks of pounds
            if exact is not None:
                out.append(_Candidate(match.start(), match.end(), FactKind.MONEY, exact,
                                      "GBP" if sterling else subunit[0], None, (index,),
                                      3, raw=value, spread=Fraction(1, subunit[1])))
            continue
        exact = _decimal(atom.value)
        currency = pat.currency_word_map.get(key) or iso_currency_codes().get(match["cur"])
        scale, raw = atom.scale, atom.value
        if currency is None and match["cur"][:1] == "M" and atom.scale is None:
            # Millions of a currency in financial reports: "30 MUSD", "48.5 MGBP".
            currency, scale, raw = iso_currency_codes().get(match["cur"][1:]), "million", atom.value * 10**6
            exact = _decimal(raw)
        if exact is None or currency is None:
            continue
        out.append(_Candidate(match.start(), match.end(), FactKind.MONEY, exact, currency, scale, (index,), 3,
                              raw=raw))
    for match in _scan(pat.currency_names, masked, starts, follows) if pat.currency_names is not None else ():
        found = atom_at(match.start("n"))
        exact = _decimal(found[1].value) if found is not None else None
        if found is None or exact is None:
            continue
        index, atom = found
        words = list(_NAME_WORD.finditer(match["cur"]))
        for count in range(len(words), 1, -1):
            name = " ".join(word["w"] for word in words[:count])
            currency = pat.currency_name_map.get(fold(name))
            stop = words[count - 1].end("w")
            if currency is None and name.endswith("."):  # "420 million Finnish markka."
                currency, stop = pat.currency_name_map.get(fold(name[:-1])), stop - 1
            if currency is not None:
                end = match.start("cur") + stop
                out.append(_Candidate(match.start(), end, FactKind.MONEY, exact, currency, atom.scale, (index,), 3,
                                      raw=atom.value))
                break
    for match in _scan(pat.percent, masked, starts, follows):
        found = atom_at(match.start("n"))
        if found is None:
            continue
        index, atom = found
        exact = _decimal(atom.value)
        if exact is None:
            continue
        unit = "‰" if "‰" in match["p"] else None
        out.append(_Candidate(match.start(), match.end(), FactKind.PERCENT, exact, unit, atom.scale, (index,), 3,
                              raw=atom.value))
    for match in pat.percent_of.finditer(masked):
        found = atom_at(match.start("n"))
        before = masked[max(0, match.start() - 3) : match.start()]
        if found is None or any(ch in before for ch in (_M_DIGITS, _M_WORDS, _M_MORE, _M_TAKEN)):
            continue
        index, atom = found
        exact = _decimal(atom.value)
        if exact is not None:
            out.append(_Candidate(match.start("n"), match.end(), FactKind.PERCENT, exact, None, atom.scale,
                                  (index,), 1, raw=atom.value))
    for match in _scan(pat.quantity, masked, starts, follows):
        found = atom_at(match.start("n"))
        if found is None:
            continue
        index, atom = found
        unit_key = fold(regex.sub(r"[\s\u00a0\u202f]+", " ", match["unit"]))
        unit = pat.unit_map.get(unit_key)
        exact = _decimal(atom.value)
        if unit is None or exact is None or (atom.kind == "fraction" and atom.value <= 1):
            continue  # a mixed number may take a unit ("five and a half years"), a bare fraction not
        short = unit_key in pat.short_units or len(unit_key) <= 2
        if short and (atom.words or match["of"]) and atom.scale is None:
            continue  # "five km" is no measure; "1 million ha", "cinq millions de km2" (a scale word) are
        if unit_key in pat.short_units and match["unit"] != match["unit"].lower() \
                and match["unit"] not in pat.cased_units:
            continue  # "5G" is a label, "5 g" five grams, "100 MB" a hundred megabytes
        if unit_key in ("t", "l", "g") and match["sp"] and state.lang is Lang.EN:
            continue
        if len(unit_key) == 1 and state.text[match.end() : match.end() + 1] in ("'", "\u2019"):
            continue  # "2 l'an", "5 m'a dit": an elided article or pronoun, not litres or metres
        if match["unit"] in ("M",):
            continue
        end = match.end()
        if match["adj"] and (unit not in pat.durations or match["of"] or not match["sp"].isspace()):
            continue  # "les 12 derniers mois" is 12 mo; "les 3 derniers km" no quantity of its own
        if match["sp"] and not match["sp"].isspace() and (
            unit_key in pat.short_units or unit_key == "in" or match["of"]
        ):
            continue  # a hyphen before a unit word or abbreviation: "a 10-year wait", "a 2.5-km stretch" (not "3-in-1")
        value = atom.value
        kind = FactKind.QUANTITY
        if atom.scale is not None and unit_key in pat.money_after_scale \
                and _WEIGHT_AFTER.match(state.text, end) is None:
            kind, unit = FactKind.MONEY, pat.money_after_scale[unit_key]  # "361 million pounds": sterling
        if unit in pat.durations:
            # A time span takes its unit after digits and words alike ("10 ans", "a 10-year wait", "deux ans",
            # "twenty-one days"), so that "ten years" / "10 mois" is a changed unit, not a dropped one. A clock
            # time in words ("à six heures") stays a bare number, as "one day" / "un jour" (once) holds no figure.
            if atom.words and unit == "h" and _HOUR_CUE.search(state.text, max(0, atom.start - 30), atom.start):
                continue
            half = pat.and_a_half.match(state.text, end) if pat.and_a_half is not None else None
            quarter = pat.and_quarters.match(state.text, end) if pat.and_quarters is not None else None
            if half is not None and value.denominator == 1:
                # "cinq ans et demi", "12 ans et demi" -> 5.5 a, 12.5 a
                value += Fraction(1, 2)
                end = half.end()
                exact = _decimal(value) or exact
            elif quarter is not None and value.denominator == 1:
                # "12 ans trois quarts", "une heure et quart" -> 12.75 a, 1.25 h
                value += pat.quarter_map[fold(regex.sub(r"[\s\u00a0\u202f]+", " ", quarter["q"]))]
                end = quarter.end()
                exact = _decimal(value) or exact
        out.append(_Candidate(match.start(), end, kind, exact, unit, atom.scale, (index,), 2, raw=value))
    if pat.year_and_a_half is not None and pat.durations:
        text = state.text
        for match in pat.year_and_a_half.finditer(text) if "half" in text or "demi" in text or "quart" in text else ():
            # "a year and a half", "un an et demi", "une heure et quart" -> 1.5 a, 1.5 a, 1.25 h (as "1 an et demi")
            inside = tuple(index for index, atom in enumerate(atoms)
                           if match.start() <= atom.start < match.end())
            span_unit = pat.unit_map.get(fold(match["unit"]))
            amount = 1 + (Fraction(1, 2) if match["half"] else
                          pat.quarter_map[fold(regex.sub(r"[\s\u00a0\u202f]+", " ", match["q"]))])
            out.append(_Candidate(match.start(), match.end(), FactKind.QUANTITY, _decimal(amount) or Decimal(1),
                                  span_unit, None, inside, 2, raw=amount))
    for match in _scan(pat.multiplier, masked, starts, follows):
        group = next(name for name in ("n", "n2", "n3", "n4") if match[name])
        found = atom_at(match.start(group))
        if found is None:
            continue
        index, atom = found
        value, end = atom.value, match.end()
        if atom.kind == "fraction" and value <= 1:
            continue  # "two and a half times" is a factor 2.5; "half times" none
        half = pat.and_a_half.match(state.text, end) if pat.and_a_half is not None and group == "n" else None
        if half is not None and value.denominator == 1:
            value, end = value + Fraction(1, 2), half.end()  # "deux fois et demie" -> 2.5
        exact = _decimal(value)
        if exact is None or exact <= 0:
            continue
        out.append(_Candidate(match.start(), end, FactKind.MULTIPLIER, exact, None, None, (index,), 2))
    for match in _ONCE_AND_A_HALF.finditer(state.text) if state.lang is Lang.FR and "fois" in state.text else ():
        # "une fois et demie plus cher": a factor 1.5 ("une fois" alone is "once", no figure)
        inside = tuple(index for index, atom in enumerate(atoms) if match.start() <= atom.start < match.end())
        out.append(_Candidate(match.start(), match.end(), FactKind.MULTIPLIER, Decimal("1.5"), None, None, inside, 2))
    if pat.multiplier_words is not None:
        for match in pat.multiplier_words.finditer(masked):
            times = pat.multiplier_map.get(fold(match.group()))
            if times is not None:
                out.append(_Candidate(match.start(), match.end(), FactKind.MULTIPLIER, Decimal(times)))
    for scan in pat.dates:
        for match in _scan(scan, masked, starts, follows):
            candidate = _date_candidate(state, match, atom_at)
            if candidate is not None:
                out.append(candidate)
    return out


def _date_candidate(
    state: _State, match: regex.Match[str], atom_at: Callable[[int], tuple[int, _Atom] | None]
) -> _Candidate | None:
    text = state.text
    month_text = text[match.start("month") : match.end("month")]
    key = fold(month_text)
    month = state.pat.months.get(key)
    if month is None:
        return None
    if key in state.pat.ambiguous_months:
        if state.lang is Lang.EN and not month_text[:1].isupper():
            return None
        if state.lang is Lang.FR and key == "sept" and text[match.end("month") : match.end("month") + 1] != ".":
            return None
    day: int | None = None
    year: int | None = None
    atoms: list[int] = []
    start, end = match.start(), match.end()
    if "day" in match.groupdict() and match["day"] is not None:
        found = atom_at(match.start("day"))
        if found is None:
            return None
        index, atom = found
        if atom.value.denominator != 1 or not 1 <= atom.value <= 31 or atom.scale is not None:
            return None
        if atom.kind == "cardinal" and not atom.plain_int and not atom.words:
            return None
        day = int(atom.value)
        atoms.append(index)
    if match["year"] is not None:
        found = atom_at(match.start("year"))
        ok = False
        if found is not None:
            index, atom = found
            first = match.start("year") < match.start("month")  # "1945 August": a recent year only
            if atom.plain_int and match.end("year") - match.start("year") == 4 and (
                1800 <= atom.value <= 2100 if first else 1000 <= atom.value <= 2999
            ):
                year = int(atom.value)
                atoms.append(index)
                ok = True
        if not ok:
            if day is None:
                return None
            end = match.end("month")
            if text[end : end + 1] == ".":
                end += 1
            if match.start("year") < match.start("month"):
                return None
    if day is None and year is None:
        return None
    # Drop a leading "the " the pattern may have eaten.
    lead = regex.match(r"the[\s\u00a0]+", text[start:end], regex.IGNORECASE)
    if lead is not None:
        start += lead.end()
    if text[end - 1 : end] == "." and year is None and day is not None and match.end("month") == end - 1:
        # keep "Jan." abbreviations, but not a sentence-final full stop after a full month name
        if len(key) > 4:
            end -= 1
    if year is None and day is not None and end > match.end("month") and text[end - 1] == ".":
        if len(key) > 4:
            end -= 1
    return _Candidate(start, end, FactKind.DATE, DateValue(year, month, day), None, None, tuple(atoms), 4)


def _select(candidates: list[_Candidate]) -> list[_Candidate]:
    """Longest first, then higher priority, then leftmost; no two chosen candidates share an atom or a character."""
    ordered = sorted(candidates, key=lambda c: (-(c.end - c.start), -c.priority, c.start))
    chosen: list[_Candidate] = []
    used_atoms: set[int] = set()
    spans: list[tuple[int, int]] = []
    for candidate in ordered:
        if any(a in used_atoms for a in candidate.atoms):
            continue
        if any(candidate.start < e and s < candidate.end for s, e in spans):
            continue
        chosen.append(candidate)
        used_atoms.update(candidate.atoms)
        spans.append((candidate.start, candidate.end))
    return chosen


# --------------------------------------------------------------------------------------------------------------
# Phase 4: bare numbers, years, labels; then ranges and ratios between neighbours
# --------------------------------------------------------------------------------------------------------------


def _bare(state: _State, atom: _Atom, index: int) -> _Candidate | None:
    text = state.text
    if atom.kind == "ordinal":
        return _Candidate(atom.start, atom.end, FactKind.ORDINAL, Decimal(int(atom.value)), atoms=(index,),
                          raw=atom.value)
    if atom.kind == "fraction":
        exact = _decimal(atom.value)
        if atom.value.numerator >= atom.value.denominator and exact is not None:
            return _Candidate(atom.start, atom.end, _number_kind(exact), exact, atoms=(index,), raw=atom.value)
        return _Candidate(atom.start, atom.end, FactKind.FRACTION,
                          Ratio(Decimal(atom.value.numerator), Decimal(atom.value.denominator)), atoms=(index,),
                          raw=atom.value)
    exact = _decimal(atom.value)
    if exact is None:
        return _Candidate(atom.start, atom.end, FactKind.FRACTION,
                          Ratio(Decimal(atom.value.numerator), Decimal(atom.value.denominator)), atoms=(index,),
                          raw=atom.value)
    after = text[atom.end : atom.end + 1]
    if atom.plain_int and after == "s" and _DECADE_FIRST <= atom.value <= _DECADE_LAST and atom.value % 10 == 0:
        if not text[atom.end + 1 : atom.end + 2].isalnum():
            return _Candidate(atom.start, atom.end + 1, FactKind.YEAR, exact, atoms=(index,))
    if after in ("C", "F") and not atom.words and _is_glued_temperature(text, atom):
        return _Candidate(atom.start, atom.end + 1, FactKind.QUANTITY, exact, "°" + after, atoms=(index,),
                          raw=atom.value)
    if atom.plain_int and after[:1].isalpha() and not atom.words:
        # Digits glued to letters that are neither a unit nor a suffix: "5G", "3D".
        glued = regex.match(r"[^\W_]+", text[atom.end :])
        if glued is not None:
            return _Candidate(atom.start, atom.end + glued.end(), FactKind.LABEL, exact, atoms=(index,))
    if atom.plain_int and 1900 <= atom.value <= 2099 and atom.end - atom.start == 4:
        kind = FactKind.YEAR if _is_year(state, atom) else FactKind.CARDINAL
        return _Candidate(atom.start, atom.end, kind, exact, atoms=(index,), raw=atom.value)
    if _is_age(state, atom):
        return _Candidate(atom.start, atom.end, FactKind.QUANTITY, exact, "a", atoms=(index,), raw=atom.value,
                          age=True)
    if atom.plain_int and atom.value < 1000 and _is_name_number(state, atom):
        return _Candidate(atom.start, atom.end, FactKind.LABEL, exact, atoms=(index,))
    if atom.words and atom.value.denominator == 1 and atom.value > 0 and (
        (atom.value <= 20 and _is_name_word(state, atom)) or _is_french_name_word(state, atom)
    ):
        return _Candidate(atom.start, atom.end, FactKind.LABEL, exact, atoms=(index,))
    return _Candidate(atom.start, atom.end, _number_kind(exact), exact, scale=atom.scale, atoms=(index,),
                      raw=atom.value)


# English ages written as a bare number carry the year unit, as French "N ans" does (see "Ages" in the docstring).
_AGE_HEDGE: Final = r"(?:(?:over|under|about|around|nearly|almost|just|only|roughly|approximately|barely)[\s\u00a0]+)?"
_AGE_BEFORE: Final = regex.compile(
    r"(?<![\w])(?:aged|ages?|age[\s\u00a0]+of|died(?:[^\w.;:!?]+[\w'’-]+){0,6}?[\s\u00a0]+at)[\s\u00a0]+"
    + _AGE_HEDGE + r"$",
    regex.IGNORECASE,
)
# "I was 28", "when he was 28": a personal pronoun and a form of "be", the figure ending the clause.
_AGE_BE: Final = regex.compile(
    r"(?<![\w])(?:(?:I|[Hh]e|[Ss]he|[Yy]ou|[Ww]e|[Tt]hey)[\s\u00a0]+(?:was|were|is|are|am)|(?:I['’]m|[Hh]e['’]s|"
    r"[Ss]he['’]s|[Yy]ou['’]re|[Ww]e['’]re|[Tt]hey['’]re))[\s\u00a0]+" + _AGE_HEDGE + r"$"
)
_AGE_OLDER: Final = regex.compile(r"[\s\u00a0]+(?:and|or)[\s\u00a0]+older(?![\w])", regex.IGNORECASE)
_AGE_CLAUSE_END: Final = regex.compile(r"[\s\u00a0]*(?:[.,;:!?)—–]|[\s\u00a0]+(?:when|and|but|years|yrs)\b|$)")
# "Ditta, 42,": a capitalised name word, a comma, the age, a comma or ")"; not in a list of numbers.
_AGE_APPOSITIVE_BEFORE: Final = regex.compile(r"(?<![\w])(?P<w>[A-Z][\w'’-]*),[\s\u00a0]$")
_AGE_APPOSITIVE_AFTER: Final = regex.compile(r"(?:,(?![\s\u00a0]*\d)|\))")
_WEEKDAYS: Final[frozenset[str]] = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
})


# British news glues the degree letter to a temperature: "highs of 40C (104F)". A cue word before it, "heatwave"
# after it or the other scale in brackets says so; elsewhere "Meteor-1C", "Canon 4C" stay labels.
_TEMPERATURE_CUE: Final = regex.compile(
    r"\b(?:temperatures?|heat|hot(?:ter|test)?|warm(?:er|est)?|cold(?:er|est)?|cool(?:er|est)?|freez(?:es|ing)"
    r"|boil(?:s|ing)|melts|maximums?|minimums?|thermometers?"
    r"|mercury|highs?|lows?|weather|fever|températures?|chaleur|thermomètres?|mercure)\b[^.;!?]{0,40}$",
    regex.IGNORECASE,
)
_TEMPERATURE_AFTER: Final = regex.compile(r"[\s\u00a0]*(?:\(-?\d+(?:[.,]\d+)?[\s\u00a0]*°?[CF]\)|heat[\s-]?waves?\b)",
                                          regex.IGNORECASE)

_TEMPERATURE_BEFORE: Final = regex.compile(r"\d[\s\u00a0]*°?[CF][\s\u00a0]*\([\s\u00a0]*$")


def _is_glued_temperature(text: str, atom: _Atom) -> bool:
    """Digits glued to a capital C or F that a temperature word around them makes degrees (see ``_TEMPERATURE_CUE``);
    the letter must end the word."""
    end = atom.end + 1
    if text[end : end + 1].isalnum() or text[atom.start - 1 : atom.start] in ("-", "/") or abs(atom.value) > 200:
        return False
    return _TEMPERATURE_AFTER.match(text, end) is not None \
        or _TEMPERATURE_CUE.search(text, max(0, atom.start - 60), atom.start) is not None \
        or _TEMPERATURE_BEFORE.search(text, max(0, atom.start - 20), atom.start) is not None


def _is_age(state: _State, atom: _Atom) -> bool:
    """An English age written as a bare number: "aged 33", "at the age of 33", "died at 43", "I was 28",
    "Ditta, 42,"."""
    if state.lang is not Lang.EN or atom.kind != "cardinal" or atom.scale is not None:
        return False
    if atom.value.denominator != 1 or not 1 <= atom.value <= 120 or (not atom.plain_int and not atom.words):
        return False
    text = state.text
    before = text[max(0, atom.start - 60) : atom.start]
    if _AGE_BEFORE.search(before):
        return True
    if not atom.plain_int:
        return False
    if _AGE_OLDER.match(text, atom.end) is not None:
        return True  # "people 60 and older" ("les personnes de 60 ans et plus")
    if _AGE_BE.search(before):
        return _AGE_CLAUSE_END.match(text, atom.end) is not None
    appositive = _AGE_APPOSITIVE_BEFORE.search(before)
    if appositive is None or _AGE_APPOSITIVE_AFTER.match(text, atom.end) is None:
        return False
    word = fold(appositive["w"])
    return word not in state.pat.months and word not in _WEEKDAYS and word not in _CAPITAL_STOP


def _is_year(state: _State, atom: _Atom) -> bool:
    text = state.text
    pat = state.pat
    after = _WORD_AFTER.match(text[atom.end : atom.end + 40])
    if after is None:
        return True
    following = after["w"]
    key = fold(following)
    if key in pat.count_nouns:
        return False
    if state.lang is Lang.FR and following.islower() and len(key) > 3 and key[-1] in "sx":
        before = _previous_words(text, atom.start, 1)
        if key not in _FR_PLURAL_STOP and not (before and fold(before[0]) in pat.year_cues):
            return False
    return True


def _is_name_word(state: _State, atom: _Atom) -> bool:
    """A capitalised number word right after a capitalised name word: "Phase One", "Formula One", "Group Two" (as
    "Phase 1", "Formule 1"); not in a title-case headline ("Police Arrest Two Men": a capital follows)."""
    text = state.text
    word = text[atom.start : atom.end]
    if not word[:1].isupper() or not word.isalpha() or text[atom.start - 1 : atom.start] not in (" ", "\u00a0"):
        return False
    before = _previous_words(text, atom.start, 1)
    if not before or not before[0][:1].isupper() or fold(before[0]) in _CAPITAL_STOP:
        return False
    if fold(before[0]) in state.pat.months or before[0].endswith("."):
        return False
    nxt = _WORD_AFTER.match(text[atom.end : atom.end + 30])
    return nxt is None or not nxt["w"][:1].isupper()


def _is_french_name_word(state: _State, atom: _Atom) -> bool:
    """French writes no number word with a capital inside a sentence: "l'université de Trente" (Trento), "les Trente
    Glorieuses", "le Quinze de France" name; "Quatre blessés" opening a sentence or a quote counts."""
    if state.lang is not Lang.FR:
        return False
    word = state.text[atom.start : atom.end]
    return word[:1].isupper() and word[1:].isalpha() and word[1:].islower() and _after_a_letter(state.text, atom.start)


def _after_a_letter(text: str, start: int) -> bool:
    """Whether the last character before ``start``, spaces aside, is a letter: inside a sentence, not opening it."""
    index = start
    while index > 0 and text[index - 1].isspace():
        index -= 1
    return index > 0 and text[index - 1].isalpha()


def _title_case(text: str) -> bool:
    """Whether ``text`` is a headline in title case, where a capital says nothing about names ("Hagel Accuses 9 US
    States of Violating Homosexual Rights"): four words of four letters or more, all capitalised."""
    long_words = [word for word in _WORDS.findall(text) if len(word) > 3]
    return len(long_words) >= 4 and all(word[:1].isupper() for word in long_words)


_SCORE_AFTER: Final = regex.compile(r"[-–]\d{1,2}(?![\w.,-])")


def _is_name_number(state: _State, atom: _Atom) -> bool:
    """A small integer right after a capitalised name ("Center 1", "Nghe An 1"); in a title-case headline only after
    a name head ("Center 1")."""
    text = state.text
    gap = text[max(0, atom.start - 1) : atom.start]
    if gap not in (" ", "\u00a0"):
        return False
    before = _previous_words(text, atom.start, 2)
    if not before:
        return False
    previous = before[0]
    if not previous[:1].isupper() or fold(previous) in state.pat.months:
        return False
    if fold(previous) in _CAPITAL_STOP and (len(before) < 2 or not before[1][:1].isupper()):
        return False
    if previous.endswith("."):
        return False
    if len(before) < 2 or not before[1][:1].isupper() or _title_case(text):
        if fold(previous) not in state.pat.name_heads:
            return False
    rest = text[atom.end : atom.end + 30]
    if atom.end - atom.start <= 2 and _SCORE_AFTER.match(rest):
        return False  # "beat New Zealand 27-13": a score ("Boeing 737-800" names)
    nxt = _WORD_AFTER.match(rest)
    if nxt is not None and rest[: nxt.start("w")].strip() == "":
        word = nxt["w"]
        if word[:1].islower() and fold(word) not in ("in", "of", "de", "du", "des", "en", "and", "et", "a", "au"):
            return False
    elif rest[:1].isdigit():
        return False
    return True


def _combine(state: _State, items: list[_Candidate]) -> list[_Candidate]:
    """Join neighbours into ranges ("2013 - 2015", "entre 2013 et 2015") and ratios ("3 out of 4")."""
    text = state.text
    pat = state.pat
    result: list[_Candidate] = []
    index = 0
    while index < len(items):
        left = items[index]
        if index + 1 < len(items):
            right = items[index + 1]
            gap = text[left.end : right.start]
            combined = _range(state, left, right, gap) if pat.range_gap.match(gap) else None
            if combined is None and pat.ratio_gap.match(gap):
                combined = _ratio(state, left, right, gap)
            if combined is None and _noun_share_gap(state, gap, right):
                combined = _ratio(state, left, right, " sur ")  # "deux adultes sur dix"
            if combined is not None:
                result.append(combined)
                index += 2
                continue
        result.append(_one_noun_share(state, left))
        index += 1
    return result


# French writes a share as "un enfant sur cinq", "deux Français sur trois" (one child in five): a noun, or a noun
# and its adjective, between the parts. A plural word after the whole makes "sur" "on" ("un accord sur deux
# points", "un regard sur trois décennies").
_FR_SHARE_WORD: Final = r"(?!(?:l[ea]s?|de[s]?|du|d|aux?|en|et|ou|qui|que|ne|pas|se|s[ae]s?|son|leurs?|ce[st]?|cette" \
                        r"|sur|pour|par|avec|dans|un|une)(?![\w'’]))[^\W\d_][\w’-]*"
_FR_SHARE_GAP: Final = regex.compile(
    rf"^[\s\u00a0]+{_FR_SHARE_WORD}(?:[\s\u00a0]+{_FR_SHARE_WORD})?[\s\u00a0]+sur[\s\u00a0]+$", regex.IGNORECASE
)
_FR_ONE_SHARE: Final = regex.compile(
    rf"(?<![\w'’-])(?:une?)[\s\u00a0]+{_FR_SHARE_WORD}(?:[\s\u00a0]+{_FR_SHARE_WORD})?[\s\u00a0]+sur[\s\u00a0]+$",
    regex.IGNORECASE,
)
_PLURAL_AFTER: Final = regex.compile(r"[\s\u00a0]+[^\W\d_][\w'’-]*[sx](?![\w'’-])")


# Words in -s or -x after the whole that are no plural noun: "un jeune sur quatre dans le monde", "sur dix aux
# États-Unis", "un enfant sur cinq des pays pauvres".
_NOT_PLURAL_AFTER: Final = frozenset({
    "dans", "sans", "sous", "vers", "plus", "mais", "puis", "alors", "apres", "depuis", "pas", "jamais", "toujours",
    "moins", "tres", "des", "les", "aux", "ses", "leurs", "nos", "vos", "ces", "mes", "tes",
})


def _share_whole(state: _State, whole: _Candidate) -> bool:
    if state.lang is not Lang.FR or whole.kind is not FactKind.CARDINAL or not isinstance(whole.value, Decimal):
        return False
    after = _PLURAL_AFTER.match(state.text, whole.end)
    return whole.value >= 2 and (after is None or fold(after.group().strip()) in _NOT_PLURAL_AFTER)


# "un jour sur deux", "une semaine sur deux": every other day, week (a rhythm, which English gives no figure).
_FR_RHYTHM_NOUNS: Final = frozenset({
    "jour", "jours", "semaine", "semaines", "mois", "an", "ans", "annee", "annees", "soir", "soirs", "nuit", "nuits",
    "week-end", "week-ends", "weekend", "matin", "matins",
})


def _rhythm(words: str) -> bool:
    return fold(words.split()[0]) in _FR_RHYTHM_NOUNS


def _noun_share_gap(state: _State, gap: str, whole: _Candidate) -> bool:
    return _share_whole(state, whole) and _FR_SHARE_GAP.match(gap) is not None and not _rhythm(gap)


def _one_noun_share(state: _State, whole: _Candidate) -> _Candidate:
    """"un enfant sur cinq": the share 1/5, its "un" an article no other step reads as a figure."""
    if not _share_whole(state, whole) or whole.start < 4 or state.text[whole.start - 4 : whole.start].strip() != "sur":
        return whole
    match = _FR_ONE_SHARE.search(state.text, max(0, whole.start - 60), whole.start)
    if match is None or not state.free(match.start(), match.end()) or _rhythm(match.group().split(None, 1)[1]):
        return whole
    assert isinstance(whole.value, Decimal)
    return _Candidate(match.start(), whole.end, FactKind.RATIO, Ratio(Decimal(1), whole.value), atoms=whole.atoms)


_RANGEABLE: Final[frozenset[FactKind]] = frozenset({
    FactKind.CARDINAL, FactKind.DECIMAL, FactKind.YEAR, FactKind.PERCENT, FactKind.MONEY, FactKind.QUANTITY,
})


def _range(state: _State, left: _Candidate, right: _Candidate, gap: str) -> _Candidate | None:
    if left.kind not in _RANGEABLE or right.kind not in _RANGEABLE:
        return None
    if not isinstance(left.value, Decimal) or not isinstance(right.value, Decimal):
        return None
    match = state.pat.range_gap.match(gap)
    assert match is not None
    word = fold(match["w"]) if match["w"] else None
    if word is not None:
        opener = state.pat.range_open.search(state.text, max(0, left.start - 30), left.start)
        pairs = state.pat.data.module.RANGE_PAIRS if state.pat.data is not None else ()
        middles = state.pat.data.module.RANGE_MIDDLES if state.pat.data is not None else ()
        opener_key = fold(opener["o"]) if opener is not None else None
        if not any(opener_key == fold(o) and word == fold(m) for o, m in pairs) and word not in (
            fold(m) for m in middles
        ):
            return None
    else:
        if left.value < 0 or right.value < 0:
            return None
    low, high = left.value, right.value
    if left.kind == FactKind.YEAR and right.kind == FactKind.CARDINAL and right.end - right.start == 2 and not word:
        high = Decimal(int(low) // 100 * 100 + int(high))
        if high < low:
            if high + 100 != low + 1:
                # No span runs back into its own century: "1995-01" is a year and month, January 1995.
                month = int(right.value)
                if not (1 <= month <= 12 and state.text[right.start] == "0" and _valid_date(int(low), month, 1)):
                    return None
                return _Candidate(left.start, right.end, FactKind.DATE, DateValue(int(low), month, None),
                                  atoms=left.atoms + right.atoms)
            high += 100  # "the 1999-00 season": into the next century
    units = {left.unit, right.unit} - {None}
    kinds = {left.kind, right.kind}
    percent = FactKind.PERCENT in kinds
    if len(units) > 1:
        return None
    if percent and kinds - {FactKind.PERCENT, FactKind.CARDINAL, FactKind.DECIMAL}:
        return None
    if FactKind.MONEY in kinds and FactKind.QUANTITY in kinds:
        return None
    thousands = _shared_thousands(state, left, right, low)
    shared_money = (
        left.kind is FactKind.MONEY and left.scale is None and (right.scale is not None or thousands != low)
        and left.spread is None and right.kind in (FactKind.CARDINAL, FactKind.DECIMAL)
        and state.text[left.start] in _CURRENCY_SIGNS
    )  # "$4-5 million", "$4-5,000": the currency written before the first end, the scale after the last
    if left.kind in (FactKind.PERCENT, FactKind.MONEY, FactKind.QUANTITY) and right.kind in (
        FactKind.CARDINAL, FactKind.DECIMAL, FactKind.YEAR
    ) and not shared_money and not (left.age and right.kind is FactKind.CARDINAL):
        return None  # "5% - 2015": a figure then something else
    unit = "%" if percent else (units.pop() if units else None)
    if left.spread != right.spread and left.kind == right.kind == FactKind.MONEY:
        return None  # "up 14 cents to $96.24": a change, then a level
    if right.spread is not None and left.unit is None and left.kind in (FactKind.CARDINAL, FactKind.DECIMAL):
        low = _decimal(Fraction(low) * right.spread) or low  # "between 30 and 40 cents"
    else:
        low = thousands
    scale = right.scale or left.scale
    if right.scale and not left.scale and left.kind in (FactKind.CARDINAL, FactKind.DECIMAL, FactKind.MONEY):
        # "5-10 million", "30 to 40 thousand million", "de 4,2 à 4,1 Md$" (falling): the scale written once applies
        # to both ends, unless the first end is already of the size of the last ("500,000 to 1 million").
        factor = _range_factor(state, right)
        if factor is not None and low * factor <= high * 10:
            low = low * factor
    return _Candidate(left.start, right.end, FactKind.RANGE, Range(low, high), unit, scale,
                      left.atoms + right.atoms)


_CURRENCY_SIGNS: Final = frozenset("$€£¥₫")
# A currency sign that may open an end of a range ("$4-5 million").
_SIGN_BEFORE: Final = r"(?:[$€£¥]\s?)?"
_MANTISSA: Final = regex.compile(rf"{_SIGN_BEFORE}(?P<n>\d+(?:[.,]\d+)?)(?=[\s\u00a0\u202f]*[^\W\d_])")
# A bare first end and a last end in whole thousands: "5-6,000", "300 à 450 000", "£10-11 000 million".
_BARE_END: Final = regex.compile(rf"{_SIGN_BEFORE}(?P<n>[1-9]\d{{0,2}})")
_THOUSANDS_END: Final = regex.compile(
    rf"{_SIGN_BEFORE}(?P<lead>[1-9]\d{{0,2}})(?P<zeros>(?:(?P<sep>[,\s\u00a0\u202f])000)(?:(?P=sep)000)*)"
    r"(?![\d,.]\d)"
)


def _shared_thousands(state: _State, left: _Candidate, right: _Candidate, low: Decimal) -> Decimal:
    """The first end of "5-6,000 people", "entre 5 et 6 000", "300 à 450 000 couronnes": news writes the
    thousands once, after the last end, so the first is 5,000 and 300,000. Read so only when the last end's leading
    group is above the first end and at most twice it (so "1-1,000" and "3-10,000" stay as written), the first end
    is a bare integer of 2 to 999 and the last is whole thousands."""
    if left.kind not in (FactKind.CARDINAL, FactKind.MONEY) or left.scale is not None or left.spread is not None:
        return low
    bare = _BARE_END.fullmatch(state.text, left.start, left.end)
    last = _THOUSANDS_END.match(state.text, right.start, right.end)
    if bare is None or last is None or Decimal(bare["n"]) != low:
        return low
    lead = int(last["lead"])
    if not 2 <= low < lead <= 2 * low:
        return low
    groups: str = last["zeros"]
    return low * Decimal(1000) ** groups.count("000")


def _range_factor(state: _State, right: _Candidate) -> Decimal | None:
    """What the scale words of the last end of a range multiply its number by: "40 thousand million" -> 10^9."""
    assert isinstance(right.value, Decimal)
    mantissa = _MANTISSA.match(state.text, right.start)
    if mantissa is not None:
        number = parse_number(mantissa["n"], state.lang if state.lang in (Lang.EN, Lang.FR) else Lang.FR)
        if number:
            factor = right.value / number
            if factor >= 1000 and factor == factor.to_integral_value() and str(int(factor)).rstrip("0") == "1":
                return factor
    scale = right.scale
    assert scale is not None
    known = _scale_factor(state, scale)
    return Decimal(known) if known is not None else None


def _scale_factor(state: _State, scale: str) -> int | None:
    data = state.pat.data
    if data is not None and scale in data.scales:
        return data.scales[scale]
    for factor, name in state.pat.scale_abbreviations.values():
        if name == scale:
            return factor
    return None


def _ratio(state: _State, left: _Candidate, right: _Candidate, gap: str) -> _Candidate | None:
    if left.kind not in (FactKind.CARDINAL, FactKind.YEAR) or right.kind not in (FactKind.CARDINAL,):
        return None
    assert isinstance(left.value, Decimal) and isinstance(right.value, Decimal)
    word = fold(gap.strip())
    if right.value == 0:
        return None
    if word == "over":
        # "2000 over 3" divides; "2000 over 3 years" is a duration.
        if _WORD_AFTER.match(state.text[right.end :]) is not None:
            return None
    elif left.value > right.value:
        return None  # "3 out of 4": a part of a whole
    elif word == "in" and (
        left.kind is not FactKind.CARDINAL or not 1 <= left.value <= 10 or left.value == right.value
    ):
        return None  # "one in five", "1 in 100": a small part of a whole ("won 3 in 3" is no share)
    return _Candidate(left.start, right.end, FactKind.RATIO, Ratio(left.value, right.value),
                      atoms=left.atoms + right.atoms)


# Hedges that may be joined by a hyphen ("50-odd", "140-plus"); "plus" only so ("$5 plus tax" is no bound).
_HYPHEN_HEDGES: Final = frozenset({"odd", "plus"})
_HYPHEN_HEDGES_ONLY: Final = frozenset({"plus"})
# "5 and over the year", "10 and up the hill": a preposition before a determiner, not "or more".
_PREPOSITION_HEDGES: Final = frozenset({"and over", "and up", "and above"})
_DETERMINER_AFTER: Final = regex.compile(
    r"[\s\u00a0]+(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your)(?![\w])", regex.IGNORECASE
)


def _qualifier(state: _State, start: int, end: int, candidate: _Candidate) -> Qualifier | None:
    """The hedge before the figure ("nearly 7,300"), else after it ("20 or so", "20 ans environ"), else ABOUT for
    an approximate numeral ("une dizaine", "a dozen")."""
    found = _qualifier_before(state, start, end, candidate)
    if found is not None:
        return found
    pat = state.pat
    if pat.trailing_qualifier is not None:
        after = pat.trailing_qualifier.match(state.text, end)
        hyphen = after is not None and after.group()[:1] == "-"
        if after is not None and (not hyphen or fold(after["q"]) in _HYPHEN_HEDGES) and (
            hyphen or fold(after["q"]) not in _HYPHEN_HEDGES_ONLY
        ) and not (
            fold(after["q"]) in _PREPOSITION_HEDGES and _DETERMINER_AFTER.match(state.text, after.end()) is not None
        ):
            return pat.trailing_qualifier_map.get(fold(regex.sub(r"[\s\u00a0\u202f]+", " ", after["q"])))
    if state.approx and any(start <= a < end for a, _ in state.approx):
        return Qualifier.ABOUT
    return None


# The verbs of the qualifier tables (a figure passed, or not): a time adverb may stand between them and the figure.
_PASSING_VERB: Final = regex.compile(r"depass|exced|exceed|surpass")


def _qualifier_before(state: _State, start: int, end: int, candidate: _Candidate) -> Qualifier | None:
    pattern = state.pat.qualifier
    if pattern is None:
        return None
    match = pattern.search(state.text, max(0, start - 40), start)
    if match is None:
        return None
    key = fold(regex.sub(r"[\s\u00a0\u202f]+", " ", match["q"]))
    if key in _SYMBOL_QUALIFIERS and match.start() > 0 and state.text[match.start() - 1] in _ARROW_SIGNS:
        return None  # "5 -> 7", "=> 10": an arrow, not a bound
    if key in state.pat.share_qualifiers and candidate.kind not in (FactKind.FRACTION, FactKind.PERCENT):
        return None  # "près des deux tiers" is nearly two thirds; "près des deux écoles" near the two schools
    if key in ("sous", "near") and candidate.kind not in (
        FactKind.PERCENT, FactKind.MONEY, FactKind.QUANTITY, FactKind.RANGE
    ) and not (key == "sous" and candidate.value == 0):  # "sous zéro", as "below zero"
        return None  # "sous 5 %", "sous 48 heures" bound; "sous deux perspectives" (from two points of view) does not
    if key in state.pat.mark_qualifiers and not (
        (candidate.scale is not None and not key.endswith(" the"))
        or (state.pat.mark_nouns is not None and state.pat.mark_nouns.match(state.text, end))
    ):
        return None  # "passed 1 million", "crossed the 100,000 mark" are bounds; "passed 3 laws" is not
    if match["adv"] and not _PASSING_VERB.search(key):
        return None  # only a verb takes a time adverb before its figure: "ne devra pas dépasser chaque année 0,35%"
    before = _previous_words(state.text, match.start(), 1)
    previous = fold(before[0]) if before else ""
    if (previous, key) in _NOT_QUALIFIERS and not (
        previous == "en" and candidate.kind is FactKind.QUANTITY and candidate.unit in ("a", "mo", "wk", "d")
    ):
        return None  # "en plus de 3 000 euros" is in addition to; "en plus d'une décennie" in over a decade
    if key in _NOT_QUALIFIER_AFTER and previous in _NOT_QUALIFIER_AFTER[key]:
        return None
    if key in _EXTREMES and candidate.kind is FactKind.QUANTITY and candidate.unit in _TEMPERATURES:
        return None  # "un minimum de 8 degrés", "a maximum of 35C": the day's low or high, as "a low of 8 degrees"
    if key == "up to" and _MOVED_UP_TO.search(state.text, max(0, match.start() - 50), match.start()) is not None:
        return None  # "pushing the annual rate up to 3.5%", "took his tally up to 12": where it was moved, not a cap
    if key == "over" and previous not in _OVER_BOUND_BEFORE and _over_period(state, end, candidate):
        return None  # "over four years, ...", "spread over 13 categories": during / across, not more than
    return state.pat.qualifier_map.get(key)


# A verb that moves something, then its object, before "up to" (see ``_qualifier_before``).
_MOVED_UP_TO: Final = regex.compile(
    r"(?<![\w])(?:push|pushe[sd]|pushing|bring|brings|brought|bringing|take|takes|took|taking|lift|lifts|lifted"
    r"|lifting|drive|drives|drove|driving|send|sends|sent|sending)"
    r"(?:[\s\u00a0]+(?!(?:of|with|in|at|by|for|from|and|or|to|on)(?![\w]))[^\W\d_]+(?:['’]s)?){1,4}"
    r"[\s\u00a0]+$",
    regex.IGNORECASE,
)
_EXTREMES: Final = frozenset({"un minimum de", "un minimum d'", "un maximum de", "un maximum d'", "a minimum of",
                              "a maximum of"})


def _over_period(state: _State, end: int, candidate: _Candidate) -> bool:
    """Whether the figure after "over" counts a period ("over four years", "over 3 months") that is not an age or a
    time ago ("over 30 years old", "over ten years ago")."""
    text = state.text
    if candidate.kind is FactKind.QUANTITY and candidate.unit in state.pat.durations:
        rest = text[end : end + 20]
    else:
        period = _OVER_PERIOD.match(text, end)
        if period is None:
            return False
        rest = text[period.end() : period.end() + 20]
    return _OVER_AGE.match(rest) is None


# --------------------------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------------------------


# A digit outside 0-9. The regex module knows the digits of a newer Unicode than Python's ``Decimal`` and ``int``.
_OTHER_DIGIT: Final = regex.compile(r"(?![0-9])\d")


# "three-and-a-half hours", "a two-and-a-half-year-old": the hyphens of a mixed number read as spaces.
_HYPHENED_HALF: Final = regex.compile(r"(?<=[^\W\d_])-(and)-(a)-(?=half\b)", regex.IGNORECASE)


def _valued_digits_only(text: str) -> str:
    """``text`` with every digit Python cannot value (``Decimal`` would raise) as U+FFFD, one code point for one so
    that offsets stay: no figure is read from such a digit; and the hyphens of ``three-and-a-half`` as spaces."""
    if "-a-" in text:
        text = _HYPHENED_HALF.sub(lambda m: f" {m[1]} {m[2]} ", text)
    if text.isascii():
        return text
    return _OTHER_DIGIT.sub(lambda m: m[0] if m[0].isdecimal() else "\ufffd", text)


# A count written in words and restated in digits, or the other way round: "forty-five (45) dollars", "cinq (5)
# ans", "45 (forty-five)". The brackets and what they hold are one mention with the figure before them: the
# figures are read with the brackets left out, and each fact's span mapped back onto the text.
_RESTATEMENT_OPEN: Final = regex.compile(r"[\s\u00a0]*\([\s\u00a0]*")
_RESTATEMENT_CLOSE: Final = regex.compile(r"[\s\u00a0]*\)")


def _restatements(text: str, facts: tuple[Fact, ...]) -> list[tuple[int, int]]:
    """The spans from the end of a figure to the closing bracket of its restatement (``" (45)"``), in order."""
    spans: list[tuple[int, int]] = []
    for first, second in pairwise(facts):
        if first.kind is not FactKind.CARDINAL or second.kind is not FactKind.CARDINAL or first.value != second.value:
            continue
        if (_DIGIT.search(first.text) is None) == (_DIGIT.search(second.text) is None):
            continue
        close = _RESTATEMENT_CLOSE.match(text, second.end)
        if _RESTATEMENT_OPEN.fullmatch(text, first.end, second.start) is not None and close is not None:
            spans.append((first.end, close.end()))
    return spans


def _shift(offset: int, cuts: list[tuple[int, int]]) -> int:
    """An offset into the text without ``cuts`` mapped back onto the text with them."""
    for start, end in cuts:
        if offset > start:
            offset += end - start
    return offset


# A currency code between a figure and its scale word, as some English news writes it: "75 USD million" is read as
# "75 million USD" (the two words swapped in place, so that offsets stay).
@cache
def _code_before_scale() -> regex.Pattern[str]:
    codes = _alternation(iso_currency_codes(), tolerant=False)
    return regex.compile(rf"(?<=\d[\s\u00a0])({codes})([\s\u00a0])(million|billion|trillion)\b")


def extract_facts(text: str, lang: Lang) -> tuple[Fact, ...]:
    """Every figure in ``text`` (a sentence or a line), sorted by start, non-overlapping.

    ``text[f.start:f.end] == f.text`` for every fact; ``sentence`` and ``block`` are left None for the caller.
    """
    analysed = _valued_digits_only(text)
    if lang is Lang.EN and "illion" in analysed:
        analysed = _code_before_scale().sub(lambda m: f"{m[3]}{m[2]}{m[1]}", analysed)
    facts = _extract(analysed, lang)
    cuts = _restatements(analysed, facts) if "(" in analysed and len(facts) > 1 else []
    if cuts:
        piece_starts = [0] + [cut_end for _, cut_end in cuts]
        piece_ends = [cut_start for cut_start, _ in cuts] + [len(analysed)]
        kept = "".join(analysed[a:b] for a, b in zip(piece_starts, piece_ends, strict=True))
        facts = tuple(
            replace(f, start=_shift(f.start, cuts), end=_shift(f.end, cuts)) for f in _extract(kept, lang)
        )
    if analysed != text or cuts:
        facts = tuple(replace(f, text=text[f.start : f.end]) for f in facts)
    return with_magnitudes(text, lang, facts)


class _MonthWords(NamedTuple):
    pattern: regex.Pattern[str]
    strong: frozenset[str]  # the cues after which an ambiguous name is a month
    ambiguous: frozenset[str]
    months: dict[str, int]
    names: tuple[str, ...]  # the month names in lower case, searched for first (most sentences name none)


@cache
def _month_alone(lang: Lang) -> _MonthWords | None:
    data = lang_data(lang)
    module = data.module if data is not None else None
    strong: tuple[str, ...] = getattr(module, "MONTH_CUES_STRONG", ())
    if not strong or module is None:
        return None
    full = list(module.MONTHS)[:12]  # the full names come first
    words = {*full, *(name.replace("e", "é", 1) for name in full if name in ("fevrier", "decembre")), "août"}
    cued = (
        rf"(?<![\w'’-])(?P<cue>{_alternation(strong + getattr(module, 'MONTH_CUES', ()))})"
        rf"(?:(?<=['’])|[\s\u00a0]+|-)(?P<m>{_alternation(words)})(?![\w'’-])"
    )
    if lang is Lang.EN:  # "September's attack"; "October was the bloodiest month" (a sentence's first word)
        names = _alternation(words)
        cued += rf"|(?<![\w'’-])(?P<m>{names})(?='s\b)|^[\s\"“‘(-]*(?P<m>{names})(?![\w'’-])"
    return _MonthWords(regex.compile(cued, regex.IGNORECASE), frozenset(strong), module.MONTH_NAMES_AMBIGUOUS,
                       module.MONTHS, tuple(sorted(words)))


_MONTH_BEFORE: Final = regex.compile(r"(?P<m>[^\W\d_]+)[\s\u00a0]*$")


def _months_alone(state: _State, taken: list[_Candidate] | tuple[()]) -> list[_Candidate]:
    """A month named alone, after a word that makes it a time ("in July", "mid-June", "en juillet", "fin août"): a
    date with only its month. English months are capitalised and French ones not; see ``MONTH_CUES_STRONG``."""
    words = _month_alone(state.lang)
    if words is None:
        return []
    lower = state.text.lower()
    if not any(name in lower for name in words.names):
        return []
    found = []
    for match in words.pattern.finditer(state.text.replace("’", "'")):
        name, key, cue = match["m"], fold(match["m"]), fold(match["cue"] or "")
        if name[:1].isupper() != (state.lang is Lang.EN) and not (state.lang is Lang.FR and name.isupper()):
            continue  # "Mars" the planet, "la révolution d'Octobre"; English "may", "march"
        if key in words.ambiguous and " ".join(cue.split()) not in words.strong:
            before = _MONTH_BEFORE.search(state.text, 0, match.start())
            if before is None or fold(before["m"]) not in words.months:
                continue  # "Theresa May", "Johnny and June"; not "from January to March"
        start, end = match.start("m"), match.end("m")
        if not state.free(start, end) or any(c.start < end and start < c.end for c in taken):
            continue
        found.append(_Candidate(start, end, FactKind.DATE, DateValue(month=words.months[key])))
    return found


def _extract(text: str, lang: Lang) -> tuple[Fact, ...]:
    pat = _patterns(lang)
    if (
        _DIGIT.search(text) is None and not _has_number_word(pat, text) if pat.prefilter is not None
        else not any(ch.isdigit() or ch in _VULGAR_CHARS for ch in text)
    ):
        state = _State(text, lang, pat, bytearray(len(text)))
        return tuple(_facts(state, _months_alone(state, ())))
    state = _State(text, lang, pat, bytearray(len(text)))
    _phase_raw(state)
    atoms = _atoms(state)
    if atoms or (pat.multiplier_words is not None and pat.multiplier_words.search(text)) or (
        pat.year_and_a_half is not None and "quart" in text and pat.year_and_a_half.search(text)  # "une heure et quart"
    ):
        chosen = _select(_composites(state, atoms, _masked(state, atoms)))
    else:
        chosen = []
    used = {index for candidate in chosen for index in candidate.atoms}
    items: list[_Candidate] = list(chosen)
    for index, atom in enumerate(atoms):
        if index in used:
            continue
        if any(candidate.start < atom.end and atom.start < candidate.end for candidate in chosen):
            continue
        bare = _bare(state, atom, index)
        if bare is not None:
            items.append(bare)
    items.sort(key=lambda c: c.start)
    _codes_named_again(state, items)
    items = _join_units(state, items)
    if state.lang is Lang.FR and "moins" in state.text:
        items = [_minus_temperature(state, item) for item in items]
    items = [_named_measure(state, item) for item in items]
    _shared_percent(state, items)
    combined = _combine(state, items)
    combined += _months_alone(state, combined)
    everything = sorted(combined + state.facts, key=lambda c: (c.start, c.end))
    return tuple(_facts(state, everything))


# Between two parts of one measure: "2 hours 40 minutes", "2 heures et 40 minutes", "3 dollars and 50 cents".
_DURATION_GAP: Final = regex.compile(r"^(?:[\s\u00a0]+|[\s\u00a0]+(?:and|et)[\s\u00a0]+)$")
# Units written one after the other as one measure: (larger, smaller) -> smaller units in one larger.
_UNIT_PARTS: Final[dict[tuple[str, str], int]] = {
    ("h", "min"): 60, ("min", "s"): 60, ("ft", "in"): 12, ("lb", "oz"): 16,
}


# "in" after the inches of "5 ft 2 in", where a bare "2 in" is no measure ("2 in 10").
_INCHES_AFTER: Final = regex.compile(
    r"[\s\u00a0]+in(?=[\s\u00a0]*(?:[.,;:!?)]|$)|[\s\u00a0]+(?:tall|long|wide|high|deep|more)\b)"
)


# French "moins 15 degrés" is -15 °, as English "minus 15 degrees"; "au moins 15 degrés" is at least 15.
_FR_MINUS_BEFORE: Final = regex.compile(
    r"(?<![\w'’])(?<!\bau[\s\u00a0]+|\ble[\s\u00a0]+|\bdu[\s\u00a0]+)moins[\s\u00a0]+$", regex.IGNORECASE
)
_TEMPERATURES: Final = frozenset({"°", "°C", "°F"})


_CAPITAL_WORD_AFTER: Final = regex.compile(r"[\s\u00a0]+[A-Z][a-z]")
_POSSESSIVE_NAME_AFTER: Final = regex.compile(r"['’][\s\u00a0]+[A-Z][a-z]")


def _named_measure(state: _State, item: _Candidate) -> _Candidate:
    """A measure in capitalised words, its unit singular after a number above one, before a capitalised word is a
    name: "Three Mile Island", "Eight Mile Road" (a label, as "Route 66"); a title-case headline's "Five Years
    Later" stays a measure. Inside a French sentence, any capitalised measure names: "la guerre de Cent Ans"."""
    if item.kind is not FactKind.QUANTITY or not isinstance(item.value, Decimal) or item.value <= 1:
        return item
    written = state.text[item.start : item.end]
    words = written.split()
    if len(words) != 2 or not all(word[:1].isupper() and word[1:].isalpha() and word[1:].islower() for word in words):
        return item
    if state.lang is Lang.FR and _after_a_letter(state.text, item.start):
        return replace(item, kind=FactKind.LABEL, unit=None)  # "la guerre de Cent Ans" (see _is_french_name_word)
    if _POSSESSIVE_NAME_AFTER.match(state.text, item.end) is not None and not _title_case(state.text):
        return replace(item, kind=FactKind.LABEL, unit=None)  # "the Seven Years' War"
    if words[1].endswith("s"):
        return item
    if _CAPITAL_WORD_AFTER.match(state.text, item.end) is None:
        return item
    return replace(item, kind=FactKind.LABEL, unit=None)


def _minus_temperature(state: _State, item: _Candidate) -> _Candidate:
    """A temperature after French ``moins`` is below zero: "il fait moins 15 degrés" -> -15 °."""
    if item.kind is not FactKind.QUANTITY or item.unit not in _TEMPERATURES or not isinstance(item.value, Decimal) \
            or item.value <= 0:
        return item
    before = _FR_MINUS_BEFORE.search(state.text, max(0, item.start - 12), item.start)
    if before is None:
        return item
    return replace(item, start=before.start(), value=-item.value)


# The inches of a height after "N-foot": "6-foot-2", "6 foot 11" (one or two digits, no unit, no decimal), the
# foot written with a hyphen before and after it or with spaces ("a 10-foot 2 by 4" is no height).
_HEIGHT_INCHES: Final = regex.compile(r"(?:1[01]|[0-9])(?![\w.,]|-[^\W\d_]*\d)")
_HEIGHT_FOOT: Final = regex.compile(
    r"\d+(?:[-\u2010\u2011]foot[-\u2010\u2011]|[ \u00a0]foot[ \u00a0])", regex.IGNORECASE
)


def _join_units(state: _State, items: list[_Candidate]) -> list[_Candidate]:
    """One duration or measure written in two units: "2 hours 40 minutes", "2 heures 40 minutes" -> 160 min ("2
    hours 30 minutes" -> 2.5 h: hours when the minutes are quarters); "5 feet 2 inches" -> 62 in, "7 pounds 3
    ounces" -> 115 oz (so that a translation in metres or kilograms converts whole); French "2 heures 40" (minutes
    left out) likewise; and a time in seconds and hundredths, "20 sec 53" -> 20.53 s (as "a time of 20.53"). An
    amount in a written currency and a subunit amount after it are one amount in the first one's currency, whatever
    the table says of a bare "cents": "3 dollars 50 cents", "15 euros et 15 centimes" -> 3.50 USD, 15.15 EUR."""
    result: list[_Candidate] = []
    index = 0
    text = state.text
    while index < len(items):
        left = items[index]
        right = items[index + 1] if index + 1 < len(items) else None
        joined = None
        if (
            right is not None and left.kind is FactKind.QUANTITY and isinstance(left.value, Decimal)
            and isinstance(right.value, Decimal) and left.value == left.value.to_integral_value()
        ):
            gap = text[left.end : right.start]
            factor = _UNIT_PARTS.get((left.unit or "", right.unit or ""))
            bare_minutes = (
                state.lang is Lang.FR and right.kind is FactKind.CARDINAL and gap == " "
                and len(text[right.start : right.end]) == 2 and text[right.start : right.end].isdigit()
                and not _label_guarded(state, right.end)
            )
            measured, right_end, right_unit = right.kind is FactKind.QUANTITY, right.end, right.unit
            inches = _INCHES_AFTER.match(text, right.end) if left.unit == "ft" and gap == " " else None
            if inches is not None and right.kind is FactKind.CARDINAL:
                measured, right_end, right_unit, factor = True, inches.end(), "in", 12  # "5 ft 2 in"
            height = (
                left.unit == "ft" and _HEIGHT_FOOT.fullmatch(text, left.start, right.start) is not None
                and ((right.kind is FactKind.CARDINAL and _HEIGHT_INCHES.match(text, right.start) is not None)
                     or (right.unit == "in" and right.value < 12))
            )
            total: Decimal | None = None
            unit: str | None = None
            if height:  # "a 6-foot-2 striker", "the 6 foot 11 centre", "a 6-foot-2-inch man": 74 in, 83 in, 74 in
                total, unit = left.value * 12 + right.value, "in"
            elif measured and factor is not None and _DURATION_GAP.match(gap) and right.value < factor:
                total, unit = left.value * factor + right.value, right_unit
            elif left.unit == "h" and bare_minutes and right.value < 60:
                total, unit = left.value * 60 + right.value, "min"  # "il dure 2 heures 40"
            elif left.unit == "s" and bare_minutes and text[right.start : right.end].isdigit():
                total, unit = left.value + right.value / 100, "s"  # "en 20 sec 53"
            if total is not None and unit is not None:
                seconds_next = right.unit == "min" and index + 2 < len(items) and items[index + 2].unit == "s"
                if unit == "min" and total % 15 == 0 and not seconds_next:
                    total, unit = total / 60, "h"  # (not "2 hours 0 minutes 35 seconds": 7235 s)
                joined = _Candidate(left.start, right_end, FactKind.QUANTITY, total, unit, None,
                                    left.atoms + right.atoms)
        elif (
            right is not None and left.kind is FactKind.MONEY and right.kind is FactKind.MONEY
            and left.spread is None and right.spread is not None and left.scale is None
            and isinstance(left.value, Decimal) and isinstance(right.value, Decimal)
            and left.value == left.value.to_integral_value() and 0 < right.value < 1
            and not text[left.end - 1 : left.end].isdigit()  # "3 dollars", "3 $"; not "$3" before "50 cents"
            and _DURATION_GAP.match(text[left.end : right.start])
        ):
            raw = left.raw + right.raw if left.raw is not None and right.raw is not None else None
            joined = _Candidate(left.start, right.end, FactKind.MONEY, left.value + right.value, left.unit, None,
                                left.atoms + right.atoms, raw=raw)
        elif right is not None and (cents := _bare_cents(state, left, right)) is not None:
            assert isinstance(left.value, Decimal)
            joined = _Candidate(left.start, right.end, FactKind.MONEY, left.value + cents / 100, left.unit,
                                None, left.atoms + right.atoms)
        if joined is not None and joined.unit == "min" and right is not None and right.unit == "min":
            items = [*items[: index + 1], joined, *items[index + 2 :]]  # "2 hours 25 minutes" may take its seconds
            index += 1
        elif joined is not None:
            result.append(joined)
            index += 2
        else:
            result.append(left)
            index += 1
    return result


# What may follow the cents of "15 dollars 50": the end of the sentence or clause, or a cents word read apart.
_CENTS_END: Final = regex.compile(r"[\s\u00a0]*(?:[.,;:!?)]|$)")
_RANGE_OPENERS: Final = frozenset({"between", "from", "entre", "de", "du"})


def _bare_cents(state: _State, left: _Candidate, right: _Candidate) -> Decimal | None:
    """The cents of a whole amount in a written currency, left unnamed at the end of a clause: "it costs 15 dollars
    50.", "15 dollars and 15.", "thirteen dollars forty five", "le ticket passe à 1 euro 90." (1.90 EUR), and French
    "treize euros et quarante-cinq cents" (read alone, "quarante-cinq cents" is 4,500); not "15 dollars 50 times",
    "between 10 dollars and 20." (a range) nor "$15 50" (a sign before the figure)."""
    text = state.text
    if (
        left.kind is not FactKind.MONEY or right.kind is not FactKind.CARDINAL or left.scale is not None
        or right.scale is not None or not isinstance(left.value, Decimal) or not isinstance(right.value, Decimal)
        or left.value != left.value.to_integral_value()
        or text[left.end - 1 : left.end].isdigit() or text[left.end - 1 : left.end] in _SIGN_CURRENCY
    ):
        return None
    written = text[right.start : right.end]
    cents = right.value
    if state.lang is Lang.FR and fold(written).endswith("cents") and not written[:1].isdigit() and cents % 100 == 0:
        cents = cents / 100  # "et quarante-cinq cents"
    if not 0 < cents < 100 or (written.isdigit() and len(written) != 2):
        return None  # "15 dollars 5": not cents as written
    gap = text[left.end : right.start]
    if not _DURATION_GAP.match(gap) or not _CENTS_END.match(text, right.end):
        return None
    if gap.strip() and any(fold(word) in _RANGE_OPENERS for word in _previous_words(text, left.start, 3)):
        return None
    return cents


_SHARED_SIGN_GAP: Final = regex.compile(r"^[\s\u00a0]+(?:and|or|et|ou)[\s\u00a0]+$")


def _shared_percent(state: _State, items: list[_Candidate]) -> None:
    """A bare number joined by "and"/"et" to a percent shares its sign: "1.3 and 2.0% respectively" = "1,3 % et
    2 %" (a range keeps its own reading: "between 2 and 5%"); not after a hedge nor before "of" ("citizens over 65
    and 20% of voters")."""
    for index in range(len(items) - 1):
        left, right = items[index], items[index + 1]
        if (
            left.kind in (FactKind.CARDINAL, FactKind.DECIMAL) and left.scale is None and right.kind is FactKind.PERCENT
            and right.unit is None and _SHARED_SIGN_GAP.match(state.text[left.end : right.start])
            and state.pat.range_open.search(state.text, max(0, left.start - 30), left.start) is None
            and _qualifier_before(state, left.start, left.end, left) is None  # "citizens over 65 and 20% of voters"
            and state.pat.fraction_of.match(state.text, right.end) is None
        ):
            items[index] = _Candidate(left.start, left.end, FactKind.PERCENT, left.value, None, None, left.atoms,
                                      raw=left.raw)


def _codes_named_again(state: _State, items: list[_Candidate]) -> None:
    """A bare number of three digits or more that a model code of the sentence begins with names the same thing:
    "the 777X with an original 777 design", "a 787-8 ... the 787" (labels, as the code)."""
    codes = {
        str(c.value) for c in state.facts + items
        if c.kind is FactKind.LABEL and isinstance(c.value, Decimal) and c.value >= 100
        and not state.text[c.start : c.end].isdigit()
    }
    if not codes:
        return
    for index, item in enumerate(items):
        written = state.text[item.start : item.end]
        if item.kind is FactKind.CARDINAL and written.isdigit() and written in codes:
            items[index] = _Candidate(item.start, item.end, FactKind.LABEL, item.value, atoms=item.atoms)


def _has_number_word(pat: _Patterns, text: str) -> bool:
    """Whether a text without digits may hold a figure: a vulgar fraction, a Roman numeral or a number word.

    "a"/"an"/"un"/"une" make no figure on their own, only with another number word, so a text whose only number
    words they are holds none, unless it reads "un sur deux" or a decimal such as "un virgule cinq".
    """
    if _VULGAR_CHAR.search(text) is not None:
        return True
    if pat.lang is Lang.FR and _ROMAN_ORDINAL_PRE.search(text) and _ROMAN_ORDINAL.search(text) is not None:
        return True
    if pat.lang is Lang.EN and _ROMAN_ORDINAL_EN_PRE.search(text) is not None:
        return True
    if ("less" in text or "vierge" in text) and _NO_GOAL.search(text) is not None:
        return True  # "a goalless draw": 0-0
    keys: set[str] = set()
    for word in set(_WORDS.findall(text)):
        if word.isupper() and set(word) <= _ROMAN_LETTERS:
            return True
        keys.add(fold(word))
    found = keys & pat.number_keys
    if not found:
        return False
    if not found <= pat.lone_articles:
        return True
    if pat.lang is Lang.FR and "heure" in keys and _FR_HOURS.search(text) is not None:
        return True  # "une heure du matin", "une heure trente"
    if pat.lang is Lang.FR and "symbolique" in keys and _FR_SYMBOLIC.search(text) is not None:
        return True  # "un dollar symbolique"
    if pat.lang is Lang.FR and ("numero" in keys) and _FR_NUMERO_UN.search(text) is not None:
        return True  # "le numéro un mondial"
    dimension = _ONE_DIMENSION.get(pat.lang)
    if dimension is not None and dimension.search(text) is not None:
        return True  # "large d'un mètre", "a metre wide"
    return "sur" in text or not keys.isdisjoint(pat.point_words)


# A quarter or half of a year in its short form: "Q3 2013", "in H1", "au T3", "au S1" (the third quarter, the first
# half): a rank, as "third quarter" and "troisième trimestre" are, unless a name goes before ("the Audi Q3").
_PERIOD_CODE: Final = regex.compile(r"[QT][1-4]|[HS][12]")
_PERIOD_CODE_BEFORE: Final = frozenset({
    "in", "of", "for", "during", "by", "since", "au", "du", "en", "pendant", "depuis",
})
_YEAR_AFTER: Final = regex.compile(r"[\s\u00a0]+(?:(?:19|20)\d\d|['’]\d\d)(?!\w)")


def _is_period_code(state: _State, start: int, end: int) -> bool:
    if not _PERIOD_CODE.fullmatch(state.text, start, end):
        return False
    if _YEAR_AFTER.match(state.text, end) is not None:
        return True
    before = _previous_words(state.text, start, 1)
    return bool(before) and fold(before[0]) in _PERIOD_CODE_BEFORE and state.text[start - 1 : start].isspace()


def _facts(state: _State, candidates: list[_Candidate]) -> Iterator[Fact]:
    text = state.text
    last_end = -1
    for candidate in candidates:
        if candidate.start < last_end:
            continue
        start, end = candidate.start, candidate.end
        while end > start and text[end - 1] in " \u00a0\u202f\t":
            end -= 1
        qualifier = candidate.qualifier
        if qualifier is None and candidate.kind not in (
            FactKind.LABEL, FactKind.DATE, FactKind.TIME, FactKind.ORDINAL, FactKind.YEAR
        ):
            qualifier = _qualifier(state, start, end, candidate)
        last_end = end
        kind = candidate.kind
        if kind is FactKind.LABEL and _is_period_code(state, start, end):
            kind = FactKind.ORDINAL
        yield Fact(
            kind=kind,
            value=candidate.value,
            text=text[start:end],
            start=start,
            end=end,
            unit=candidate.unit,
            scale=candidate.scale,
            qualifier=qualifier,
        )
