"""Institutions' printed names in the labels' languages, as lexicon data.

Headers and stamps name the institution that keeps or sent a specimen: "EXAMPLE UNIVERSITY
HERBARIUM", "HERBARIUM OF THE MUSEUM OF X", "Botanisches Museum X", an Estonian institute's
"... INSTITUUDI HERBAARIUM", "ГЕРБАРИЙ ИНСТИТУТА X". The words such names hold, per language and
in their inflected forms, are a table (`data/institution_words.csv`), with the words that make a
line naming one a place named after it ("Museum Road", "near University campus", "cult. in
Botanic Garden X"). `roles` makes such a line curatorial, and blanks it inside a data label with
the address printed under it (`header_address`): its places are not where the specimen grew.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from pipelines.fields.genera import genus_known, mended_genus
from pipelines.fields.lexicon import alternation, data_rows, institution_words
from pipelines.fields.ocr_slips import figures_as_letters
from pipelines.fields.text import (
    Label,
    is_institution,
    repair_institution_words,
)

__all__ = [
    "data_after_heading",
    "header_address",
    "institution_name",
    "institution_stems",
    "name_words",
    "named_beside",
    "place_named_after",
    "survey_line",
]


@cache
def _words() -> dict[str, tuple[str, ...]]:
    """kind -> the words of `data/institution_words.csv` of that kind (name, place, stem; a
    survey's words are a name's too: only the land it names is read, `survey_line`)."""
    kinds = {row["kind"] for row in data_rows("institution_words.csv")}
    return {kind: got for kind in kinds if (got := institution_words(kind))}


@cache
def _institution_words() -> dict[str, re.Pattern[str]]:
    """The names', the places' and the surveys' words, each kind as one pattern of whole words."""
    return {
        kind: re.compile(rf"(?<![^\W\d_]){alternation(_words()[kind])}(?![^\W\d_])", re.IGNORECASE)
        for kind in ("name", "place", "survey")
        if kind in _words()
    }


@cache
def _joined() -> re.Pattern[str]:
    """A name's word and the word after it that ties the name to its owner, in a language where
    that word is also a place's preposition (`data/institution_words.csv`, kind joins: the
    Bulgarian "ХЕРБАРИЙ НА X", of, where the Russian "на" is on): the name's word alone counts."""
    joins = _words().get("joins", ())
    if not joins or "name" not in _words():
        return re.compile(r"(?!)")
    return re.compile(
        rf"(?<![^\W\d_])({alternation(_words()['name'])})\s+{alternation(joins)}(?![^\W\d_])",
        re.IGNORECASE,
    )


@cache
def name_words() -> frozenset[str]:
    """Every word of the institutions' names in `data/institution_words.csv`, lower case
    ("museum", "botanic", "instituudi", "гербария"): no person's name holds one, so a name read
    on ("det. K. Muster, Field Museum") stops before it. The words that join a name's parts
    ("Eaux et Forêts") are none: a list of collectors joins its names so ("Muster K. et
    Beispiel J.")."""
    return frozenset(
        word.lower()
        for name in _words().get("name", ())
        for word in name.split()
        if word.lower() not in _JOINING
    )


def survey_line(line: str) -> bool:
    """Whether an institution's line names a survey, an inventory or a recording project
    ("INDIANA BIOLOGICAL SURVEY", "Floristic Inventory of X": `data/institution_words.csv`, kind
    survey): the land it names is where its specimens were collected."""
    survey = _institution_words().get("survey")
    return survey is not None and survey.search(line) is not None


# the words that join the parts of an institution's name in the labels' languages
_JOINING = frozenset({"et", "and", "und", "&", "of", "the", "de", "des", "du", "la", "le", "y"})


@cache
def institution_stems() -> re.Pattern[str]:
    """A word an institution's name holds, by its opening letters in the labels' inflected
    languages (`data/institution_words.csv`, kind stem: "herbaar" for herbaarium and herbaariumi,
    "гербари" for гербарий and гербария), in any case."""
    return re.compile(rf"(?<!\w){alternation(_words().get('stem', ()))}\w*", re.IGNORECASE)


# the most words an institution's name prints on one line ("EXEMPLI NSV TA ZOOLOOGIA JA
# BOTAANIKA INSTITUUDI HERBAARIUM", "BOTANISCHER GARTEN UND BOTANISCHES MUSEUM BERLIN-DAHLEM")
_NAME_WORDS = 10


@lru_cache(maxsize=8192)
def institution_name(text: str) -> bool:
    """Whether a line is an institution's printed name, in any of the labels' languages
    (`data/institution_words.csv`): a word of such a name ("HERBARIUM", "Museum", "INSTITUUDI",
    "ГЕРБАРИЙ", "University") among at most a few words, with no figures and no word of a place
    named after it or of a garden a plant was grown in ("Museum Road", "near University
    campus", "cult. in Botanic Garden X"): those are the data label's."""
    # its words as the OCR misread them ("Botanisches Muscum", "Univeraitåt Sampleton"), figures
    # read for letters too ("HERBARIUM 0F THE R0YAL ...": no number)
    line = repair_institution_words(figures_as_letters(text.strip()))
    found = _institution_words()
    name = found.get("name")
    if name is None or re.search(r"\d", line):
        return False
    if not (found_name := [m[0] for m in name.finditer(line)]):
        return False
    # a place, a comma and the institution in small letters: "Sampla, botaanikaaed" runs in the
    # data label's text (a printed name capitalises its first word at least)
    if "," in line and not any(w[:1].isupper() for w in found_name):
        return False
    # a colon or a semicolon between its parts, or a comma at its end: a sentence of the data
    # label runs through the line ("Example Republic: Capital District: Botanic Garden:")
    if re.search(r"[:;]|,$", line) or line[:1].islower():
        return False  # (or it starts in small letters: "del Museo Exemplar." continues one)
    if place_named_after(line):
        return False
    return len(re.findall(r"[^\W\d_]+", line)) <= _NAME_WORDS


def place_named_after(line: str) -> bool:
    """Whether a line holds a word that makes an institution's name in it a place's or a
    garden's ("Museum Road", "near University campus", "cult. in Botanic Garden X":
    `data/institution_words.csv`, kind place): the data label's, no heading."""
    place = _institution_words().get("place")
    return place is not None and place.search(_joined().sub(r"\1", line)) is not None


# a taxon's name after a header on its line: a capitalised word, then one in small letters
_BINOMIAL = re.compile(
    r"(?<![^\W\d_])[A-Z][a-z]+\s+(?!(?:voor|della|delle|degli|dello)\b)[a-z]{4,}(?![^\W\d_])"
)


def named_beside(line: str) -> bool:
    """Whether a name of an institution in English runs on into a taxon's name ("Example
    College Herbarium (EX) Exampla ornata (Muster)"): a word in small letters after a
    capitalised one that is no word of an institution's name (German and Latin names print
    adjectives so: "Botanisches Museum" is no taxon)."""
    name = _institution_words().get("name")
    return any(name is None or not name.search(m[0]) for m in _BINOMIAL.finditer(line))


# a word of four letters or more in small letters: a printed name capitalises its words but its
# joins ("of", "the", "de", "du", "und")
_SMALL_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_A-ZÀ-Þ]{4,}(?![^\W\d_])")


# a word in capitals of two letters or more, its stops, and the words that join a heading's
# ("HERBARIUM OF THE UNIVERSITY OF SAMPLETON", "HERB. HORT. BOT. REG. KEW.", "MUSÉUM D'HISTOIRE")
_CAPITALS_RUN = re.compile(r"[\W\d_]*(?:[^\W\d_a-zß-ÿа-яё]{2,}[\W\d_]*)+")
# a word in small letters after its capital ("Sampleton", "Carex"), opening the data label's text
_MIXED_WORD = re.compile(r"(?<![^\W\d_])[A-ZÀ-Þ][a-zß-ÿ]{2,}(?![^\W\d_])")


@lru_cache(maxsize=8192)
def data_after_heading(line: str) -> int | None:
    """Where the data label's text starts after a heading on its line, as the OCR reads a header
    and the data label's first line beside it as one line, or None. After a heading of
    capitalised words, a taxon's name: a capitalised word with one in small letters after it
    that hold no word of an institution's name (`named_beside`: "Botanisches Museum" is no
    taxon), the genus a known one (`fields.genera`; "HERBARIUM OF SAMPLETON UNIVERSITY Carex exempla L.", "Herbarium Musei Exempli Rosa
    beispielii"); after a heading in capitals, the first word written in small letters after its
    capital ("HERBARIUM OF THE UNIVERSITY OF SAMPLETON Dummerton, hedge bank"). Whether the words
    before it are an institution's heading is the caller's to tell."""
    name = _institution_words().get("name")
    for m in _BINOMIAL.finditer(line):
        if name is not None and name.search(m[0]):
            continue
        head = line[: m.start()].strip(" \t,;:-")
        # the genus one the backbones know, or a letter from one: a heading's own Latin runs on
        # in the same shape ("... a Museo Universitatis Vindobonensis edita")
        genus = m[0].split()[0]
        if head and not _SMALL_WORD.search(head) and (genus_known(genus) or mended_genus(genus)):
            return m.start()
        break
    capitals = _CAPITALS_RUN.match(line)
    if capitals is None or len(re.findall(r"[^\W\d_]{2,}", capitals[0])) < 2:
        return None
    mixed = _MIXED_WORD.match(line, capitals.end())
    return mixed.start() if mixed is not None else None


# A word in small letters: an address prints names ("SAMPLETON, EXAMPLIA"), a place's line under
# a header may describe the site ("Sampla v., Beispiel, kuusik")
_RUNNING_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_A-ZÀ-ÞА-ЯЁ]{4,}(?![^\W\d_])")


def header_address(label: Label) -> list[int]:
    """Positions in `label.lines` of the address printed under an institution's name that only
    this module's lexicon knows (`institution_name`: "UNIVERSITAS EXEMPLI / SAMPLETON,
    EXAMPLIA"): blanking the name hides from the other parsers that a heading stood there, so
    its address goes with it (the names they know keep theirs, and read it as an address)."""
    named = [institution_name(ln.text) and not is_institution(ln.text) for ln in label.lines]
    if not any(named):
        return []
    # the address with the specimen's place under the header set apart (`Label.address`); the
    # names this module knows are among the label's institutions (`Label.institution`)
    heading = label.institution
    out: list[int] = []
    # the address of a name this module alone knows: the run of names above it holds one
    ours = False
    for i, address in enumerate(label.address):
        if heading[i]:
            ours = (ours and i > 0 and heading[i - 1]) or named[i]
        elif address and ours and not _RUNNING_WORD.search(label.lines[i].text):
            out.append(i)
        elif not address:
            ours = False
    return out
