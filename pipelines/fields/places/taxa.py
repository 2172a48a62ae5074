"""What is a taxon or a determination, not a place: a determination or a family (`DET_OR_FAMILY`,
`DET_WORD`), a scientific name opening a line (`names_taxon`, `BINOMIAL`), a higher
taxon alone (`HIGHER_TAXON`), a name's author (`AUTHOR_LINE`), a genus written alone
(`genus_alone`), a type's word (`TYPE_LINE`), and a place's name shaped like a binomial
(`placed_capital`)."""

from __future__ import annotations

import re
from collections.abc import Callable

from pipelines.fields.places.cues import (
    GEO_WORDS,
    PLACE_NOUN,
    PLACE_PREPOSITION,
    PLACE_SMALL_WORD,
    place_words,
)
from pipelines.fields.text import Label

# The words of a determination (in `DET_OR_FAMILY` with a family alone on its line)
DET_WORD = re.compile(r"(?:\b|(?<=[a-z]))(?:det\.|det\b|determined|identified)", re.IGNORECASE)


# The eight families' conserved old names ("Compositae", "GRAMINEAE"), which no place is named
_OLD_FAMILY = (
    r"(?:Compositae|Gramineae|Leguminosae|Cruciferae|Labiatae|Umbelliferae|Palmae|Guttiferae|"
    r"Papilionaceae)"
)
# A family's key before its name ("Fam. Exampleaceae", "Familia: Exampleaceae", "Famille")
_FAMILY_KEY = r"(?:Fam|Famil(?:y|ia|ie|le))\.?\s*:?\s*"
# A determination ("exempla Kunth -det. K. Muster, 93") or a family alone on its line ("ARACEAE",
# "Compositae", "Fam. Exampleaceae"): the name's business, never the place. OCR merges such lines
# into the locality's block.
DET_OR_FAMILY = re.compile(
    DET_WORD.pattern
    + rf"|^\W*(?:{_FAMILY_KEY})?(?:[A-Z][a-z]+aceae|[A-Z]+ACEAE|{_OLD_FAMILY})\W*$",
    re.IGNORECASE,
)


# A scientific name opening a line, after an exsiccata's running number ("180. Aus bus Muster!",
# "Aus bus var. cus"), or an infraspecific rank and epithet ("f. brevicauda", "var. minor"): the
# name's line, not the place's, unless a word of place is on it ("Aus bus L. Along the road").
_NAME_LINE = re.compile(
    r"\W*(?:\d{1,5}\s?\.?\s*)?(?:[A-Z][a-z]+\s+(?:[a-z]{3,}|[A-Z]\.\s?[a-z]{3,})\b"
    # in capitals, where the name parser found it ("EXAMPLA MINOR MUSTER")
    r"|[A-Z]{3,}\s+[A-Z]{3,}\b"
    r"|(?:f|fo|forma|var|v|ssp|subsp)\.\s*[a-z]{3,}\b)"
)


# A type's word opening a line, as OCR may split it ("Isotype", "HOLOTYPUS", "Isot pe"): the
# type status, not the place
TYPE_LINE = re.compile(r"\W*(?i:holo|iso|para|lecto|neo|syn|topo|epi)\s?t\s?[yi]?\s?p")


# A genus and a Latin epithet alone on their line, perhaps with the author's abbreviation
# ("Lecanora exemplaris", "Examplea samploides Muster"), which the name parser may not have taken:
# the name's line, not the place's
_LATIN_BINOMIAL = re.compile(
    r"\W*(?:\d{1,5}\s?\.?\s*)?[A-Z][a-z]{2,}\s+[a-z]{1,}"
    r"(?:is|us|um|ae|ii|oides|ensis|ata|ana|osa|ella|ica|ina|ula)\.?"
    r"(?:\s+\(?[A-Z][a-z]{0,10}\.?\)?(?:\s?(?:&|et|ex)\s?[A-Z][a-z]{0,10}\.?)?)?\W*"
)


# A genus with no species named, alone on its line ("Exampla sp.", "Exampla spp.", "Exampla sp.
# nov.", "Exampla sp. 3", as the OCR may read it: "Example sp", "Exampla se."): the name's line
_GENUS_SP = re.compile(
    r"\W*[A-Z][a-z]{3,}\s+(?:sp|spp|ssp|se|sp\.\s?nov|indet)\b\.?(?:\s?\d{1,3})?\W*"
)


def names_taxon(line: str, named: Callable[[int, int], bool]) -> bool:
    """Whether `line` opens with a scientific name the name parser found (`named` of the name's
    offsets in `line`) or an infraspecific epithet (`_NAME_LINE`), and holds no word of place;
    or is a genus alone with its "sp." (`_GENUS_SP`)."""
    if _GENUS_SP.fullmatch(line) and not GEO_WORDS.search(line):
        return True
    # (an epithet's first "l" the OCR read as a figure: "Carex 1imosa L.")
    line = _EPITHET_ONE.sub(r"\g<genus>l", line)
    m = _NAME_LINE.match(line)
    if m is None:
        return False
    bare = re.sub(r"^[\W\d_]+", "", m.group(0))
    if (
        not re.match(r"(?:f|fo|forma|var|v|ssp|subsp)\.", bare)
        and not named(m.end() - len(bare), m.end())
        and not _LATIN_BINOMIAL.fullmatch(line)
    ):
        return False  # "Bajando hacia el Cerro": a sentence, its words no name
    epithet = m.group(0).split()[-1]
    if PLACE_SMALL_WORD.fullmatch(epithet) or GEO_WORDS.fullmatch(epithet):
        return False  # "Bachtal bei Dorf", "Sample road": a place's words
    return not (GEO_WORDS.search(line) or PLACE_PREPOSITION.search(line))


# A "1" the OCR read for an epithet's first "l" after a genus ("Carex 1imosa L.")
_EPITHET_ONE = re.compile(r"^(?P<genus>\W*[A-Z][a-z]{2,}[ \t]+)1(?=[a-z]{3,})")


# A higher taxon's name alone on its line ("Coleoptera", "CARABIDAE", "Noctuinae", "Rosaceae"),
# or an order and its family ("Coleoptera: Carabidae"): printed over an insect's or a plant's
# label, no place
_TAXON_WORD = (
    r"(?:[A-Z][a-z]{2,}(?:ptera|aceae|idae|inae|oidea)|[A-Z]{3,}(?:PTERA|ACEAE|IDAE|INAE|OIDEA))"
)
HIGHER_TAXON = re.compile(rf"[^\w\n]*{_TAXON_WORD}(?:[^\w\n]+{_TAXON_WORD}){{0,2}}[^\w\n]*")


# A scientific name opening a line ("Carex nigra (L.) Reichard"): a determination slip's
BINOMIAL = re.compile(
    r"\W*[A-Z][a-z]+\s+(?:[a-z]{3,}\b|[A-Z]\.\s?[a-z]{3,}\b"
    # an epithet in capitals, as older labels write it, before its author ("Exemplia Vulgaris (L.)")
    r"|[A-Z][a-z]{2,}\s+\(?[A-Z][a-z]*\.)"
)


_MONTH_NAMES = "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec"
# the words opening a data label's line under a place that are no epithet: prepositions, a
# collector's key ("Sampelstadt / leg. K. Muster"), how an insect was taken
_NOT_EPITHET = (
    r"(?:under|over|among|along|at|in|on|from|with|by|near|beside|below|above|ex|"
    r"leg|legit|lgt|coll|collegit|" + place_words("method") + ")"
)


def genus_alone(line: str, labels: list[Label]) -> bool:
    """Whether `line` is one word that some label writes as a name's genus ("Exemplia?" where
    another line reads "Exemplia exempla Muster")."""
    word = re.fullmatch(r"\W*([A-Z][a-z]{3,})\W*", line)
    if word is None:
        return False
    # not a month in Roman numerals or by name on the line below ("Kent / vii.1930")
    # the epithet on the genus's line or the next, not a preposition or how an insect was taken
    # there ("Exampleshire / under stone", "Sampleton / bred 1980" are no names)
    genus = re.compile(
        rf"\b{word.group(1)}(?:[ \t]+|\s*\n\s*(?!{_NOT_EPITHET}\b))"
        rf"(?!(?:[ivx]+|{_MONTH_NAMES})\b)[a-z]{{3,}}"
    )
    return any(genus.search(lab.text) for lab in labels)


def placed_capital(text: str) -> bool:
    """Whether the second word of `text`, a binomial's shape, is a capitalised noun of place
    ("Sampleton Wood", "Exampla Common"), not an epithet in capitals ("Exemplia Vulgaris")."""
    words = text.split()
    return (
        len(words) > 1
        and words[1][:1].isupper()
        and PLACE_NOUN.fullmatch(words[1].strip("(.,").lower()) is not None
    )


# A name's author alone on its line, abbreviated ("B . Muster .", "A. Doe", "(L.) Beisp.", "L.")
AUTHOR_LINE = re.compile(
    r"(?=[^.]*\.)\W*(?:\(?[A-ZÀ-Þ][a-zà-ÿ]{0,12}\s?\.?\s?\)?\s?(?:&|et|ex)?\s*){1,4}\W*"
)
