"""Shapes of lines the locality's and the habitat's rules share: a date's line (`DATE_LINE`,
`date_alone`), the plant described (`DESCRIPTION`, `PLANT_COLOUR`, `describes_plant`) and where
its description starts after the place or the site (`SENTENCE_START`, `description_start`,
`site_end`), how the plant grew before the place (`place_after_growth`), an "on ..." line
(`ON`), a height's unit before its figure (`height_before`), a sentence carried on over lines
(`carries_on`, `UNFINISHED_LINE`) and a line's leading blanks (`lead`). The words of a plant's
description (how it grows, its form, its parts, its colours) are data/plant_words.csv
(`plant_words`)."""

from __future__ import annotations

import re

from pipelines.fields.dates import MONTH_WORD
from pipelines.fields.lexicon import alternation, data_rows


def plant_words(*kinds: str) -> str:
    """The words of `kinds` in data/plant_words.csv (every language), as a regex alternation."""
    return alternation(r["word"] for r in data_rows("plant_words.csv") if r["kind"] in kinds)


DESCRIPTION = re.compile(
    r"^\s*(?:Tree|Shrub|Herb|Vine|Liana|Epiphyte|Flowers?|Fls?\.|Fl\.|Fr\.|Fruits?|Corolla|Petals|"
    r"Leaves|Culms|Stems?|Climbing|Erect|Trailing|Arbusto|[AÁ]rbol|Hierba|Herb[aá]cea|Flores|Hojas|"
    r"Inflorescen\w+|NV:|USES:|Local name|NCI|Pfizer|Chemical|Lavender|Pendant|Plant|"
    # how the plant grew: "Hanging from shrubs", "Growing by the path"
    r"Hanging|Growing|Creeping|Epiphytic|Scattered|Abundant|Frequent|Occasional|"
    # its form and duration: "Perennial herb", "Climber to 5 m", "Shrublet"
    r"Annual|Perennial|Biennial|Subshrub|Shrublet|Undershrub|Treelet|Climber|"
    # the plant described in other languages: "Arbolito de 3 m", "Strauch, 2 m", "Arbuste"
    r"Arbolito|Arbustillo|Bejuco|Ep[ií]fita|Strauch|Baum|Kraut|Staude|Arbre|Arbuste|Arbrisseau|"
    # and in Portuguese and more Spanish: "Subarbusto 50 cm", "Árvore 10 m", "Enredadera"
    r"Subarbusto|[AÁ]rvore|Arvoreta|Trepadeira|Enredadera|Trepadora|Sufr[uú]tice|"
    r"Struik|Boom|Kruid"
    # a sample's note ("Sample for analysis", "SAMPLE NO. 12", "Sample codes: ..."): the word
    # and a note's word, a number or a colon after it, never a place named by the word ("Sample
    # Hills", "SAMPLE COUNTY", "Sample Co.")
    r"|Samples?(?=[ \t]*(?:[#:]|\d|(?:for|no|nos|nr|number|codes?|taken|of)\b)))\b",
    re.IGNORECASE,
)
ON = re.compile(
    r"^\s*(?:on|On|ON|upon|sobre|sur)\s+\S"
    # a lichen's or a moss's substrate by its adjective ("Corticolous on Quercus", "Saxicolous")
    r"|^\s*(?i:corticolous|saxicolous|terricolous|lignicolous|muscicolous|foliicolous|"
    r"epiphyllous|epixylic|epilithic|epiphytic|calcicolous)\b"
    # not the plant's habit ("Epiphytic shrub; flowers red", "Epiphytic orchid")
    rf"(?!\s+(?i:{plant_words('form', 'growth')}|orchids?|ferns?|bromeliads?)\b)"
    # a Latin label's substrate: "ad corticem Fagi", "ad saxa calcarea", "in cortice Quercus";
    # not the place after it ("In rupibus prope Sampleton", "ad saxa pr. Beeby")
    r"|^\s*(?:(?i:ad)\s+(?i:saxa|rupes|lapides|terram|muros|arbores|folia)"
    r"|(?i:ad|in|supra)\s+(?i:cortic\w*|trunc\w*|ram(?:os|ulos|is|ulis)|lign\w*))\b"
    r"(?![^\n]*\b(?:prope|juxta|pr\.|circa|versus|haud procul)\s)"
)
# A lichen's or a moss's substrate after the place on its line ("Sample Wood, on bark of
# Fraxinus", "Sampleton, on old walls", "..., sur rochers"): the habitat, not the place; "on" then
# a substrate's word or a plant's genus, not a road ("Sampleton, on the road to Beeby"); the line
# may break after "on" ("..., on / bark of Acer")
SUBSTRATE_TAIL = re.compile(
    r"[,;][ \t]*(?:on|On|upon|sur|auf|sobre)(?:[ \t]+|[ \t]*\n[ \t]*)(?:(?:old|dead|decaying|rotting|living|fallen|"
    r"wet|dry|shaded|mossy|the)[ \t]+)*"
    r"(?:bark|trunks?|twigs?|branch(?:es)?|logs?|stumps?|wood|rocks?|boulders?|stones?|walls?|"
    r"soil|sand|humus|ground|moss(?:es)?|leaves|leaf|dung|peat|roots?|trees?|concrete|tiles?|"
    r"rochers?|[A-Z][a-z]{3,}(?=[ \t]+[a-z]+\b|[ \t]*$))[^\n]*$",
    re.MULTILINE,
)
# The colour of the flowers or fruit anywhere on a line ("3' shrub ; fls. pink; in sandy",
# "fl. white, sweet odour"): the plant's description, which OCR may start with a misread height.
PLANT_COLOUR = re.compile(
    # "Fl." as the OCR may read it ("Fi yellow", "F1. white")
    r"\b(?:fls?|f[i1]s?|flowers?|fr|fruits?|corolla|petals?)\.?\s*" + plant_words("colour") + r"\b",
    re.IGNORECASE,
)


# A line of an insect's data label that carries its date: a year, a day and month in figures
# or Roman numerals, a month's name ("12.VI.1931", "SEPT 1931", "3-7-88"), as printed or as the
# OCR misread the year's figures.
DATE_LINE = re.compile(
    r"\b(?:1[6-9]\d\d|20[0-2]\d)\b"
    # a year as the OCR misreads its figures ("V.l912", "JUNE l9l3", "l2.v.l962"), two of them
    # figures still
    r"|(?<![^\W_])(?=(?:[lIO]*\d){2})[1lI][6-9lI][\dlIO]{2}(?![^\W_])"
    r"|\d\s?[-./:]\s?(?:[IVXivx]{1,4}|\d{1,2})\s?[-./:]\s?['’]?\d{2}"
    r"|\b(?:[IVX]{1,4})\s?[-./]\s?(?:(?:1[6-9]|20)?\d\d\b|\d{1,2}\s?[-./]\s?\d{2})"
    # a month's name as a whole word before a figure ("Aug. 12", "Sept 1931"; not "Junction 12",
    # "Marsh 3", "Decatur 4")
    r"|(?i:" + MONTH_WORD.pattern + r")\s*\d"
    # a month and a year alone on the line ("7.03.")
    r"|^\W*\d{1,2}\s?[-./]\s?\d{2}\s?\.?\s*$",
)


def describes_plant(line: str) -> bool:
    return DESCRIPTION.match(line) is not None or PLANT_COLOUR.search(line) is not None


def opens_description(line: str) -> bool:
    """Whether `line` opens with the plant described (`DESCRIPTION`: "Shrub 2 m", "Growing on
    ...") or with its form alone in a clause before a semicolon ("Herbaceous, creeping; ...")."""
    return DESCRIPTION.match(line) is not None or _FORM_CLAUSE.match(line) is not None


# Where a sentence starts on a line: after a word's full stop (not an abbreviation's: "Mun.
# Flores", "Dept. Flores" name a place) or a semicolon, and a blank
SENTENCE_START = re.compile(
    r"(?:(?<![^\W\d_])(?!(?i:dept|depto|prov|mpio|dist|distr|edo|twp|isl|hwy|rte|mts|est)\.)"
    # or a height's unit closing the place's or the plant's sentence ("..., 2800 m. Shrub 1 m",
    # "Tufted grass 40 cm. Common."; a figure the OCR read as a letter: "150e m. Montane forest.")
    r"[^\W\d_]{4,}\.|\d[A-Za-z]?[ \t]?(?:m|cm|ft|feet)\.|;)(?P<gap>[ \t]+)"
    # the description after a semicolon may open in lower case ("on limestone; shrub 2 m")
    r"(?=[A-Z]|(?<=;[ \t])[a-z])"
)


# The plant's form or parts opening a description in lower case ("shrub 2 m", "tree 10 m",
# "fls. white", "annual herb")
# (data/plant_words.csv: how the plant grows, its form, its parts)
_GROWTH = plant_words("growth")
# A plant's form after a word of how it grows, opening a sentence ("Prostrate herb.", "Small
# tree."): the description, however short
_GROWTH_FORM = re.compile(rf"(?i:{_GROWTH}\s+{plant_words('form')})\b")
# perhaps after a word of how it grows ("epiphytic shrub", "small tree", "erect herb")
_PLANT_FORM = re.compile(rf"(?:{_GROWTH}\s+)?{plant_words('form', 'part')}\b")


def description_start(line: str) -> int | None:
    """Where the plant's description starts on a line that opens with something else
    (`_sentence_description`), or earlier at a comma before the plant's capitalised form and its
    size ("..., igneous screes, Shrublet 20 cm; fls yellow.": a sentence's stop the OCR read as a
    comma)."""
    at = _sentence_description(line)
    for m in re.finditer(r",[ \t]+(?=[A-ZÀ-Þ])", line[:at]):
        rest = line[m.end() :]
        if DESCRIPTION.match(rest) and _PLANT_SIZE.match(rest) and not DESCRIPTION.match(line):
            return m.start()
    return at


def _sentence_description(line: str) -> int | None:
    """Where the plant's description starts on a line that opens with something else (the place:
    "Along road to Sampleton, Mun. Exempla. Shrub 2 m tall, flowers white."): the first sentence
    after the first that opens with a description's word, names the flowers' colour or says
    how common the plant is ("Frequent."); or a comma's clause closing the line that names the
    flowers' colour ("Sampleton Hills, in dry grassland, flowers yellow."); None where there is
    none, or the line opens with it."""
    for m in SENTENCE_START.finditer(line):
        rest = line[m.end() :]
        sentence = re.split(r"(?<=[.;])[ \t]", rest, maxsplit=1)[0]
        # a description's word opening a sentence of a few words, with a figure or a colour
        # ("Shrub 2 m tall", "climber, fl. white"), not a name's word alone ("distr. Sample")
        said = (
            len(sentence.split()) >= 3
            or re.search(r"\d", sentence) is not None
            or PLANT_COLOUR.search(rest[:40]) is not None
        )
        if rest[:1].islower():
            # in lower case after a semicolon only the plant's form or parts ("; shrub 2 m"),
            # not how common it is ("; frequent in cultivated ground near X": the site)
            if (_PLANT_FORM.match(rest) and said) or PLANT_COLOUR.match(rest):
                return m.start("gap")
            continue
        if (
            (DESCRIPTION.match(rest) and said)
            or _GROWTH_FORM.match(rest)
            or PLANT_COLOUR.search(sentence)
            or PLANT_COLOUR.match(rest)
            or _ABUNDANCE.fullmatch(sentence)
        ):
            return m.start("gap")
    if DESCRIPTION.match(line):
        return None  # "Shrub 2 m, flowers white.": the line opens with the description
    clause = _COLOUR_CLAUSE.search(line)
    return clause.start() + 1 if clause is not None else None


# A word or two, then a plant's size ("Shrublet 20 cm", "Tree 10 m")
_PLANT_SIZE = re.compile(r"[^\W\d_]+(?:[ \t][a-z]+)?[ \t]+\d+(?:[.,]\d+)?[ \t]?(?:mm|cm|dm|m|ft)\b")


# How common the plant is, a sentence of its own, in the labels' languages ("Frequent.", "Locally
# common.", "Häufig.", "Assez commun.", "Tämligen allmän."): data/plant_words.csv kinds
# abundance and degree
_ABUNDANCE = re.compile(rf"(?i:(?:{plant_words('degree')})\s+)?(?i:{plant_words('abundance')})\.?")


def abundance_line(line: str) -> bool:
    """Whether `line` only says how common the plant is ("Frequent.", "Häufig.", "Sällsynt")."""
    return _ABUNDANCE.fullmatch(line.strip()) is not None


# The plant's form alone in a clause closed by a semicolon ("Herbaceous, creeping; ")
_FORM_CLAUSE = re.compile(
    rf"\s*(?i:{_GROWTH}|{plant_words('form')})(?:,[ \t]*(?i:{_GROWTH}))*;[ \t]*"
)
# How the plant grew or how common it is opening a line ("Growing on rocks by stream near
# Beeby", "Scattered in grassland near Sampleton"), or opening the clause after a semicolon
# that closes the plant's form ("Herbaceous, creeping; frequent in open pastures, near"), then
# where: a relation before a name, or left open at the line's end with the name on the next
_GROWTH_HEAD = re.compile(
    r"\s*(?:Growing|Hanging|Creeping|Scattered|Abundant|Frequent|Occasional|Common|Rare)\b"
    rf"|{_FORM_CLAUSE.pattern}(?:(?i:growing)|{_ABUNDANCE.pattern})\b"
    # or with the substrate it grew on ("On limestone rocks above Sampleton Scar")
    r"|\s*(?:On|ON|on)\s"
)
_PLACE_AFTER = re.compile(
    r"\b(?:near|nr\.|above|below|beside|at|by|in)(?:\s+(?:the\s+)?(?=[A-Z][a-z]{2,})|[ \t]*$)"
    # on a line in capitals ("ON LIMESTONE ROCKS ABOVE SAMPLETON SCAR")
    r"|(?<![\w.])(?:NEAR|NR\.|ABOVE|BELOW|BESIDE|AT|BY)\s+(?:THE\s+)?(?=[A-Z]{3,}\b)"
)


def place_after_growth(line: str) -> int | None:
    """Where the place starts on a line that opens with how the plant grew (`_GROWTH_HEAD`) or
    with the plant and its size ("Plant 2 m tall, in moist woods near Sampleton", "Plants 30 cm
    high, common in wet meadows, Sampleton."): at the relation before the first capitalised name
    ("Growing on rocks by stream near Beeby, Exampleshire" -> "near Beeby, Exampleshire"), or after
    a sized plant at the comma before the name closing the line; None where the line opens
    otherwise or names no place."""
    sized = _sized_plant(line)
    if _GROWTH_HEAD.match(line) is None and not sized:
        return None
    relation = _PLACE_AFTER.search(line)
    if relation is not None and relation[0].isupper() and not line.isupper():
        relation = None  # a relation in capitals only on a line in capitals
    if relation is not None:
        return relation.start()
    clause = _LAST_NAMED_CLAUSE.search(line) if sized else None
    return clause.end() if clause is not None else None


def _sized_plant(line: str) -> bool:
    """Whether a line opens with the plant and its size ("Plant 2 m tall", "Shrub 2 m")."""
    described = DESCRIPTION.match(line) is not None or _PLANTS.match(line) is not None
    return described and _PLANT_SIZE.match(line.lstrip()) is not None


def site_start(line: str) -> int:
    """Where the site starts on a line that opens with the plant and its size, or its form alone
    before a semicolon: after that clause ("Plant 2 m tall, in moist woods near Sampleton" -> "in
    moist woods ...", "Herbaceous, creeping; frequent in ..." -> "frequent in ..."); else 0."""
    m = re.match(r"[^,;]*[,;][ \t]*", line) if _sized_plant(line) else _FORM_CLAUSE.match(line)
    return m.end() if m is not None else 0


# "Plants 30 cm high": the plural the description's words leave out
_PLANTS = re.compile(r"\s*Plants\b")
# the comma before a name that closes the line ("..., common in wet meadows, Sampleton.")
_LAST_NAMED_CLAUSE = re.compile(r",[ \t]+(?=[A-Z][a-z]{2,}[^,;]*$)")


def site_end(text: str) -> int:
    """Where a habitat's value `text` ends before the plant's description that follows it
    ("Rocky slopes; annual herb, fl. yellow.", "Desert; annual", "forest edge; tree 10 m"):
    `description_start`, or a semicolon before the plant's form in lower case."""
    at = description_start(text)
    form = re.search(r";[ \t]*(?=" + _PLANT_FORM.pattern + ")", text)
    ends = [x for x in (at, form.start() if form is not None else None) if x is not None]
    return len(text[: min(ends)].rstrip(" ;,.")) if ends else len(text)


# A comma's clause closing the line that names the flowers' or the fruit's colour (", flowers
# yellow.", ", fl. white"): the plant described after the place and its site
_COLOUR_CLAUSE = re.compile(
    r",[ \t]*(?=" + PLANT_COLOUR.pattern + r"[^,;\n]{0,30}$)", re.IGNORECASE
)


def carries_on(prev: str, line: str) -> bool:
    """Whether `line` continues the sentence of the line above: that one is left open (no full
    stop) and this one opens with a lower-case word."""
    return not prev.rstrip().endswith(".") and line.lstrip()[:1].islower()


# A line of a locality that stops on a preposition or an article
UNFINISHED_LINE = re.compile(
    r"(?<![A-Za-z])(?:of|up|to|the|at|on|in|near|from|and|along|above|below|by|with|between)$"
)


# A distance closing a line, its bearing on the next ("Exampla Cr., 4 mi / N. Sampleton"): the
# bearing's initial and the name after it are the place's, no person's initial and surname
OPEN_DISTANCE = re.compile(r"\d[ \t]?(?i:mi|miles?|km|kms)\.?[ \t]*$")
BEARING_NAME = re.compile(
    r"\s*(?:[NSEW]{1,3}\.?|[NS]\.?[EW]\.?)[ \t]?(?:of[ \t]+)?"
    r"[A-Z][\w'’.-]+(?:[ \t][A-Z][\w'’.-]+)?\W*"
)


def bearing_under_distance(above: str, line: str) -> bool:
    """Whether `line` is a bearing's initial and a place's name under `above`, which closes with
    a distance ("Exampla Cr., 4 mi / N. Sampleton"): the place's, no person's initial and
    surname."""
    return OPEN_DISTANCE.search(above) is not None and BEARING_NAME.fullmatch(line) is not None


def lead(text: str) -> int:
    """How many blanks open `text`."""
    return len(text) - len(text.lstrip())


# A height's unit or key written before its figure ("m.s.n.m. 1800", "m 1200 s.m.", "alt. 1800",
# "Höhe 1850", "quota 900", "s.l.m. 600"), closing the text before a claimed span: the figure is
# the height, not a year another field claimed
HEIGHT_BEFORE = re.compile(
    r"(?<![\w.])(?:m\.?\s?s\.?\s?n\.?\s?m|s\.?\s?l\.?\s?m|a\.?\s?s\.?\s?l|m|alt|altit\w*|elev|"
    r"(?i:höhe|quota|korkeus|höjd|hoogte|высота|kõrgus))\.?[ \t]*[:=]?[ \t]*(?:c(?:a|irca)?\.?[ \t]*)?\Z"
)


def height_before(text: str, s: int, cs: int) -> bool:
    """Whether `text[s:cs]` closes with a height's unit or key (`HEIGHT_BEFORE`): the figure at
    `cs` is a height. Only the 30 characters before `cs` are read."""
    return HEIGHT_BEFORE.search(text, max(s, cs - 30), cs) is not None
