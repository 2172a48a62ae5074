"""Scientific names, their authorship and rank, the family, and the sex symbols of insect labels.

A name is a capitalised genus and a lower-case epithet, optionally an infraspecific epithet, then an
authorship ("(Verm.) Holt", "Hook. & Arn.", "Bx."). Insect determination labels break a name over
lines and put the sex symbol inside it ("Philanthus ♀ / barbatus Bx."), so names are searched on the
label's flat text. When a sheet carries several names, the one on a determination label (a label with
"Det.") wins, the latest dated one among several: in Darwin Core the scientific name is the current
identification.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from rapidfuzz import fuzz

from models.dwc import Term
from models.fields import FieldCandidate
from pipelines.fields.checklist import Checklist
from pipelines.fields.dates import MONTHS, date_alone, find_dates
from pipelines.fields.genera import epithets_of, genus_known, near_known_genus
from pipelines.fields.geo import countries, fold, folded_place_words, place_nouns, states
from pipelines.fields.name_keys import (
    AFTER_NAME,
    INDET,
    QUALIFIER,
    KeyKind,
    det_line,
    higher_rank,
    indet_value,
    line_key,
    not_authors,
    not_epithets,
    not_genera,
    place_like,
    qualifier_value,
    revision_line,
    sex_sign_reading,
)
from pipelines.fields.ocr_slips import as_figures
from pipelines.fields.people.cues import COLL_WORD, DET_ALONE, STOP, cue_words, cues, name_stops
from pipelines.fields.people.shapes import misread_letters
from pipelines.fields.places import habitat_lines
from pipelines.fields.places.cues import cue_pattern
from pipelines.fields.regions import find_hits
from pipelines.fields.slips import signature, unkeyed_slip
from pipelines.fields.text import Label, Line, candidate, is_header, is_institution
from pipelines.fields.vicecounty import is_british_county

_GENUS = r"(?P<genus>[A-Z][a-zäëïöüéè]{2,}|[A-Z]\.)"
_EPITHET = r"[a-zäëïöüéè][a-zäëïöüéè-]{2,}"
# A full stop may close the epithet before its author or at its line's end ("Exemplia
# sampleana. L.", "Exemplia sampleana. (L.) Muster", "Exemplia sampleana."), as old labels
# print it; not before a lower-case word, where the word is an abbreviation ("sampl. var.").
_EPITHET_STOP = r"(?:(?![\w.])|(?=\.(?:[ \t]+[(\[A-Z]|[ \t]*(?:\n|$))))"
_NAME = re.compile(
    rf"(?<![\w.]){_GENUS}(?:\s+[♀♂])?\s+(?:(?P<qual>{QUALIFIER})\s+|(?P<doubt>\?)\s*)?"
    # a hybrid's sign before the epithet ("Exemplia ×sampleana", "Exemplia x sampleana")
    r"(?P<hyb>×[ \t]?|x[ \t])?"
    rf"(?P<ep>{_EPITHET}){_EPITHET_STOP}"
    rf"(?:(?:\s+[♀♂])?\s+(?P<rank>(?:var|subsp|ssp|f|v)\s?\.|forma)\s*(?P<infra>{_EPITHET}))?"
    rf"(?:(?:\s+[♀♂])?\s+(?P<infra2>{_EPITHET})(?![\w.]))?"
)
_AUTHOR_PART = r"[(\[=]*(?:[A-ZÀ-ÖØ-Þ][\w'’.\-&]*|&|ex|et|in|and|de|da|van|von|der|f\.|fil\.|v\.|d'|Jr\.?)[)\],.]*"
_AUTHOR_TOKEN = re.compile(rf"^(?:{_AUTHOR_PART}){{1,4}}$")
_ORGANISM_WORDS = {
    "tree",
    "shrub",
    "herb",
    "vine",
    "flowers",
    "flower",
    "fruit",
    "fruits",
    "leaves",
    "plant",
    "plants",
    "stems",
    "corolla",
    "petals",
    "along",
    "near",
    "with",
    "from",
    "above",
    "below",
    "between",
    "the",
    "and",
    "white",
    "pink",
    "yellow",
    "green",
    "red",
    "blue",
    "purple",
    "common",
    "rare",
    "flowered",
    "branched",
    "herbaceous",
    "creeping",
    "growing",
    "locally",
    "among",
    "open",
    "moist",
    "dry",
    "wet",
    "sandy",
    "rocky",
    "grounds",
    "ground",
    "woods",
    "forest",
    "roadside",
    "side",
    "area",
    "road",
    "river",
    "creek",
    "lake",
    "slope",
    "slopes",
    "edge",
    "bank",
    "hills",
    "hillsides",
    "collected",
    "sample",
    "codes",
    "collections",
    "utilizado",
    "como",
    "para",
    "con",
    "las",
    "los",
    "del",
    "por",
    "una",
    "frequent",
    "occasional",
    "abundant",
    "sheet",
    "supported",
    "deposited",
    "name",
    "bay",
    "east",
    "west",
    "north",
    "south",
    "end",
    "trail",
    "island",
    "point",
    "par",
    # vegetation types: "Rhytidium rugosum tundra", "Eriophorum vaginatum-sedge peatland"
    "tundra",
    "heath",
    "peatland",
    "woodland",
    "meadow",
    "bog",
    "fen",
    "scrub",
    "thicket",
    "community",
    "littoral",
    # prose: "All species are trees"
    "species",
    "are",
    "were",
}
_NOT_GENERA = {
    "Along",
    "Near",
    "Tree",
    "Shrub",
    "Herb",
    "Flowers",
    "Trailing",
    "Pendant",
    "Bank",
    "Border",
    "Woods",
    "Open",
    "Rocky",
    "Roadside",
    "Lawn",
    "Lavender",
    "Erect",
    "Corolla",
    "Climbing",
    "Herbaceous",
    "Cultivated",
    "Growing",
    "Among",
    "Submerged",
    "Railroad",
    "Arbusto",
    "Planted",
    "Vicinity",
    "Hanging",
    "Waste",
    "Common",
    "Local",
    "Locality",
    "Habitat",
    "Collected",
    "Det",
    "Coll",
    "Collector",
    "Date",
    "Name",
    "Family",
    # the captions of printed forms in other languages
    "Familia",
    "Famille",
    "Familie",
    "Fecha",
    "Localidad",
    "Colector",
    "Nombre",
    "Chemical",
    "Notes",
    "Other",
    "Herbacea",
    "Substratum",
    "Slide",
    "Inflorescence",
    "Hojas",
    "Flores",
    "Culms",
    "Fieldwork",
    "Report",
    "Specimens",
    "Lich",
    "Monogr",
    "Typus",
    "Plants",
    "Flora",
    "Lichens",
    "Moist",
    "Dry",
    "In",
    "On",
    "The",
    "Across",
    "Botanical",
    "Scientific",
    "Trail",
    "Location",
    "Quad",
    "Map",
    "Recueilli",
    "Determined",
    "Identifié",
    "All",
    "Associated",
    "Assoc",
}
# (an insect's host: "ex Exampla minor", "e.l. Exampla minor", "ex larva Exampla minor", "Host:
# Exampla minor", "auf Exampla minor", "sur Exampla minor": the plant it was reared from or
# taken on)
_PRECEDING_NOT_NAME = re.compile(
    r"(?:\b(?:on|of|in|upon|over|fls\.|sobre|en|with|for|from|near|ex|auf|an|sur|hosts?|"
    r"host\s+plants?|wirt|wirtspflanze|reared|bred|e\.\s?[lp]\.|ex\s+(?:larva|pupa|ovo|gall))"
    r"[\s:]*)$",
    re.IGNORECASE,
)
# The key of the associated taxa ("Associated species:", "Assoc. spp.", "Associates:"): the names
# after it, to the end of its line and the lines that carry its list on, are the plants the
# specimen grew with, not the specimen.
_ASSOCIATED_KEY = re.compile(
    r"\b(?:assoc(?:iated|s?\.)?\s*(?:spp\.?|species|taxa|plants|vegetation|flora|with)\b|"
    r"associates\b|growing\s+with\b|together\s+with\b)",
    re.IGNORECASE,
)


def _associated_spans(lab: Label) -> list[tuple[int, int]]:
    """The spans of `lab.flat` that list associated taxa (see `_ASSOCIATED_KEY`)."""
    out: list[tuple[int, int]] = []
    for m in _ASSOCIATED_KEY.finditer(lab.flat):
        i = lab.line_no(m.start())
        end = lab.lines[i].end
        while i + 1 < len(lab.lines) and (
            lab.lines[i].text.rstrip().endswith((",", ";", "-"))
            or lab.lines[i + 1].text.lstrip()[:1].islower()
        ):
            i += 1
            end = lab.lines[i].end
        out.append((m.start(), end))
    return out


_DET_LINE = re.compile(
    r"(?:\b|(?<=\b[lI1|]))(?:det\b|det\.|determined|identified|vidi)", re.IGNORECASE
)
_RANKS = {
    "var.": "variety",
    "v.": "variety",
    "subsp.": "subspecies",
    "ssp.": "subspecies",
    "f.": "form",
    "forma": "form",
}


@dataclass
class NameMatch:
    label: Label
    start: int
    end: int
    genus: str
    epithet: str
    infra: str | None
    rank: str
    authorship: str
    score: float
    infra_bare: bool = False  # a zoological trinomial, no rank word ("barbatus barbatus")
    rank_word: str = ""
    words: list[tuple[int, int]] = field(default_factory=list)  # the name's own words
    det_year: int = 0  # the year on the determination line under the name, 0 when none
    annotation: int = -1  # the annotation line under the name ("KRW 1936"), -1 when none
    qualifier: str = ""  # identificationQualifier: "aff.", "cf.", "sp." of a genus alone
    slip: bool = False  # the name alone on its label (see `_slip`)

    @property
    def spans(self) -> list[tuple[int, int]]:
        """The name's own words (not the marks between them), or its whole span."""
        return self.words or [(self.start, self.end)]

    @property
    def ocr_confidence(self) -> float:
        """The OCR engine's confidence in the name's words."""
        return min(self.label.word_confidence(s, e) for s, e in self.spans)

    @property
    def second_only(self) -> bool:
        """Whether a word of the name was read by the second recogniser alone (see `_proposable`)."""
        return any(self.label.read_by_second_only(s, e) for s, e in self.spans)

    @property
    def name(self) -> str:
        parts = [self.genus, self.epithet]
        if self.infra:
            if not (self.rank == "subspecies" and self.infra_bare):
                parts.append(self.rank_word)
            parts.append(self.infra)
        return " ".join(p for p in parts if p)


# The combining author after a parenthesised one, its capital read as lower case ("(Retz.) verm",
# "(L.) holt."): a short word that ends the line. Not a word that goes on in a phrase ("(L.) on").
_LOWER_AUTHOR = re.compile(r"[a-z]{2,5}\.?")
_LINKING_WORDS = {"on", "in", "of", "at", "to", "by", "near", "with", "from", "and", "the", "en"}
_LINKING_WORDS |= {"sur", "sobre", "bei", "auf", "am", "im", "une", "und", "y", "et", "des"}


def _lower_case_author(author: str, leftover: str) -> bool:
    """Whether `leftover`, the rest of the line after the name's `author`, is its combining
    author read in lower case (see `_LOWER_AUTHOR`)."""
    word = leftover.rstrip(".")
    # "Exemplia sampleana ait", "... mchx": the whole author, in lower case, ends as no Latin word
    alone = not author and _LATIN_END.search(word) is None and word not in not_epithets()
    return (
        (author.endswith(")") or alone)
        and _LOWER_AUTHOR.fullmatch(leftover) is not None
        and word not in _LINKING_WORDS
        and word not in _ORGANISM_WORDS
    )


def _author_line(line: str) -> bool:
    """Whether `line`, under an epithet, is its author alone ("(Verm.) Holt", "Bx. 1923"), not
    a line that goes on after an author-like start ("K. Muster, Herbarium exemplicum.")."""
    novelty = re.match(rf"[ \t,]*{AFTER_NAME}", line)
    body = " ".join(_close_marks(line[novelty.end() :] if novelty else line).split()).lstrip(" ,")
    author = _authorship(body)
    return re.search(r"[^\W\d_]", body[len(author) :]) is None


# A zoological author and year, alone on their line under an insect's name: "Muster, 1905",
# "(Muster, 1905)", "Muster & Beispiel, 1939". A line of one word, a comma and a year under a
# name is this or a place and its year ("Sampleton, 1923"), no determiner's annotation.
_ZOO_AUTHOR = re.compile(
    r"[ \t]*\(?(?P<a>[A-Z][\w'’-]+(?:[ \t]+(?:&|and|et)[ \t]+[A-Z][\w'’-]+)?),[ \t]*"
    r"(?P<y>1[789]\d\d|20[0-4]\d)\)?[ \t.]*"
)


# An author's name with a figure the OCR read for one of its small letters ("Beispie1", "Mu1ler",
# "Exemp0"): a capital, three letters or more, one "1" or "0" among or after them.
_MISREAD_AUTHOR = re.compile(r"[A-Z](?=[a-z01]{3,}$)[a-z]*[01][a-z]*")


# A person's initials and surname alone on a line ("K. Muster", "A.B. Exempel"): under a name
# on an insect's pin the collector's or the determiner's, where an author prints his surname
# alone or abbreviated ("Muster", "Must.", "(Muster, 1905)").
_INITIALLED_PERSON = re.compile(
    r"[ \t]*(?:[A-Z]\.[ \t]?){1,3}[A-Z][a-zäöüéè]+(?:-[A-Z][a-z]+)?[ \t]*"
)


def _authorship(rest: str) -> str:
    """The author-like prefix of the text after a name ("(L.) Karst." of "(L.) Karst. Along"),
    its punctuation closed up where a transcription spaced it ("( Muell . ) Probst"), without
    the publication cited after a comma ("Bl., Rev. Exempl. 9: 93"); a zoological author with
    the year ("(Muster, 1905)")."""
    rest = _close_marks(rest)
    zoo = _ZOO_AUTHOR.fullmatch(rest)
    if zoo is not None:
        return rest.strip(" \t.")
    tokens: list[str] = []
    words = rest.lstrip(" ,").split()
    for i, tok in enumerate(words):
        if tok in "♀♂":
            continue
        if not _AUTHOR_TOKEN.match(tok):
            break
        if re.fullmatch(r"[(\[](?:[A-Z]\.|[A-Z][a-z]{2,})", tok) and re.fullmatch(
            r"[a-z][a-z-]{2,}[)\],.]*", words[i + 1] if i + 1 < len(words) else ""
        ):
            break  # "Exemplia sampleana L. (E. altera Muster)": a second name in brackets
        if (
            tok == "f."
            and tokens
            and re.fullmatch(
                r"[a-z][a-z-]{2,}", words[i + 1 : i + 2][0] if i + 1 < len(words) else ""
            )
        ):
            break  # "(L.) Muster f. alba Beispiel": the rank of a form, no filius
        tokens.append(tok)
        if tok.endswith(",") and any(re.search(r"\d", w) for w in words[i + 1 : i + 5]):
            break
    # "Muster in sched.", "Muster ex": a word that links to a second author whom the text does
    # not name ends no authorship ("Exempel, in co-operation": after a comma a phrase goes on)
    while len(tokens) > 1 and tokens[-1] in ("in", "ex", "&", "et") and tokens[-2][-1:] != ",":
        tokens.pop()
    # "Carex exempla Host  K. Muster 123": the collector's initials, name and number after the
    # author on the name's line, no second author's
    after = words[len(tokens)] if len(tokens) < len(words) else ""
    if tokens and re.fullmatch(r"\d{1,6}[a-z]?[.,]?", after):
        j = len(tokens) - 1  # the surname's
        while j > 0 and re.fullmatch(r"(?:[A-Z]\.){1,3}", tokens[j - 1]):
            j -= 1
        if 0 < j < len(tokens) - 1 and re.fullmatch(r"[A-Z][a-z]{2,}", tokens[-1]):
            tokens = tokens[:j]
    text = " ".join(tokens).lstrip("=").strip()
    return text.rstrip(",")


_SPACE_BEFORE_MARK = re.compile(r"[ \t]+(?=[.,)\]])")
_SPACE_AFTER_BRACKET = re.compile(r"(?<=[(\[])[ \t]+")


def _close_marks(text: str) -> str:
    """ "( Muell . ) Probst" as "(Muell.) Probst": the marks a transcription spaced, closed up."""
    return _SPACE_BEFORE_MARK.sub("", _SPACE_AFTER_BRACKET.sub("", text))


# A lone mark between the genus and the epithet of an insect determination label, on a line of
# its own: the sex symbol as OCR reads it ("°", "re", "ref"), a stray digit pair.
_NOISE_LINE = re.compile(r"\s*(?![♀♂]\s*$)(?!(?:var|v|f|ssp|subsp)\.\s*$)\S{1,3}\s*")
# Endings of Latin (and latinised Greek) genera and epithets; OCR garble ("Brotsnewf mue",
# "Arvid strandhoorn") and English ("High littoral") mostly end otherwise.
_LATIN_END = re.compile(r"(?:a|e|i|o|us|um|is|es|os|as|ys|on|en|an|ar|er|or|ex|ix|ax|yx|ns|x)$")
# "Dryas integrifolia-Carex rupestris heath", "Ledum decumbens - Betula nana": plant
# communities, named by their dominant species.
_COMMUNITY_AFTER = re.compile(r"\s?[-–]\s?[A-Z]")
_COMMUNITY_BEFORE = re.compile(r"[A-Za-z]\s?[-–]\s?$")


# An author right after a name: "(Hal.) Schad.", "Holt.", "(L.) Karst".
_AUTHOR_AHEAD = r"(?=[ \t]+(?:\([A-Z][\w.\s&]*\)|[A-Z][a-z]*\.))"
# ... or an author's name closing the line without a full stop ("Exempla Sampleana Muster").
_AUTHOR_AHEAD_OR_ENDING = rf"(?:{_AUTHOR_AHEAD}|(?=[ \t]+(?P<last>[A-Z][a-z]+)\b))"
# Old labels capitalise an epithet named after a person or a former genus ("Bryoria Hendersonii
# Holt.", "Linaria Linaria (L.) Karst"); exsiccata print names, or their epithets, in
# capitals ("LASALLIA KELLERMANI1 (Hal.) Schad.", "Lasallia KELLERMANI1 (Hal.) Schad.").
# Geographic and other adjectival epithets were capitalised too ("Cornus Exemplensis L.",
# "Cetraria Exemplica Sampl."), unless the pair names a place ("Costa Rica Prov.", see
# `_place_pair`). A family's name is neither half ("Rosaceae Asteraceae Smith Herbarium" is
# two families).
_NOT_FAMILY = r"(?![A-Za-z]+(?:aceae|ACEAE)(?![\w]))"
_CAPITAL_EPITHET = re.compile(
    rf"(?<![\w.]){_NOT_FAMILY}(?P<g>[A-Z][a-z]{{2,}})[ \t]+{_NOT_FAMILY}"
    rf"(?P<e>[A-Z][a-z]+(?:ii|ae|iana|ianum|ianus|ensis|ense|ica|icum|icus|anum|anus|inum|inus"
    rf"|aris|alis)){_AUTHOR_AHEAD_OR_ENDING}"
    rf"|(?<![\w.])(?P<g2>[A-Z][a-z]{{2,}})[ \t]+(?P<e2>(?P=g2)){_AUTHOR_AHEAD}"
)
# (an "O" read as a zero in either word, "0XALIS EXEMPLA L.": read as the letter, the name
# flagged `unsure_reading` by `name_candidates`)
_CAPITALS_NAME = re.compile(
    rf"(?<![\w.]){_NOT_FAMILY}(?P<g>(?=[A-Z0]?[A-Z])[A-Z0](?:[A-Z0]{{3,}}|[a-z]{{3,}}))[ \t]+"
    rf"{_NOT_FAMILY}(?P<e>(?=0?[A-Z])[A-Z0][A-Z01]{{3,}}){_AUTHOR_AHEAD}"
)
# ... and with its author in capitals too, to the line's end ("EXEMPLIA SAMPLEANA MUST.",
# "EXEMPLIA SAMPLEANA (L.) BEISP. & MUST.", "EXEMPLIA SAMPLEANA MUST", the son's "HOOK.F."): read
# on the text, lines apart; the genus and the epithet must read as Latin (`_capitals_named`).
_CAPS_FILIUS = r"(?:[ \t]?(?:F|FIL)\.)?"
_CAPS_AUTHOR = (
    rf"[A-Z]{{2,}}(?:\.|[ \t](?=[ \t]*\())?{_CAPS_FILIUS}"
    rf"(?:[ \t]?(?:&|et|ex)[ \t]?[A-Z]{{2,}}\.?{_CAPS_FILIUS})?"
)
_CAPITALS_NAME_CAPS_AUTHOR = re.compile(
    rf"^[ \t]*(?P<g>[A-Z]{{4,}})[ \t]+(?P<e>[A-Z]{{4,}})[ \t]+"
    rf"(?:\([A-Z][A-Z.\s&]*\)[ \t]*)?{_CAPS_AUTHOR}[ \t]*$",
    re.MULTILINE,
)


def _noise_lines(lab: Label) -> set[int]:
    """Positions in `lab.lines` of the lone marks between a name's lines (see `_NOISE_LINE`)."""
    return {
        i
        for i, ln in enumerate(lab.lines)
        if 0 < i < len(lab.lines) - 1 and _NOISE_LINE.fullmatch(ln.text)
    }


def _lines_apart(a: int, b: int, noise: set[int]) -> int:
    """How many lines line `b` lies below line `a`, not counting the lone marks between them: a
    misread sex symbol or a stray "G8" does not move the "Det." line away from the name."""
    return b - a - sum(1 for i in noise if a < i < b)


# A word of a name the OCR split with a stray space: "Philanthus variifr ons", "Philanthus simil is",
# "Proserp inaca palustris". The first part does not end as a Latin word does, the joined word
# does; the second part of a split epithet is a short tail ("ons", "is"), a split genus is
# followed by its epithet.
_SPLIT_EPITHET = re.compile(
    r"(?<![\w.])[A-Z][a-zäëïöüéè]{2,}[ \t]+(?:[♀♂][ \t]+)?"
    r"(?P<a>[a-zäëïöüéè]{4,}) (?P<b>[a-zäëïöüéè]{2,4})(?![\w.])"
)
_SPLIT_GENUS = re.compile(
    r"(?<![\w.])(?P<a>[A-Z][a-zäëïöüéè]{2,}) (?P<b>[a-zäëïöüéè]{2,})(?=[ \t]+[a-zäëïöüéè]{3,})"
)


# The prepositions that open a site's description after a word (place_cues.csv, role site):
# "Heathland on sandstone" is a habitat's words, not "Heathlandon" split by a stray space.
_SITE_WORD = re.compile(cue_pattern("site"))


def _split_word(lab: Label, m: re.Match[str]) -> bool:
    """Whether match `m` is one word with a stray space (see `_SPLIT_EPITHET`): on one line, a
    first part that cannot end a Latin word and a joined word that can, whose second part is no
    preposition."""
    a, b = m.group("a"), m.group("b")
    return (
        lab.line_no(m.end("a")) == lab.line_no(m.start("b"))
        and _LATIN_END.search(a.lower()) is None
        and _LATIN_END.search(b) is not None
        and a.lower() not in _ORGANISM_WORDS
        and b not in _ORGANISM_WORDS
        and a not in _NOT_GENERA
        and _SITE_WORD.fullmatch(b) is None
    )


def _join_split_words(lab: Label, chars: list[str]) -> None:
    """Close the stray space of a split word in `chars`, moving it after the word so the text
    keeps its length ("variifr ons" -> "variifrons ")."""
    text = "".join(chars)
    for pattern in (_SPLIT_GENUS, _SPLIT_EPITHET):
        for m in pattern.finditer(text):
            if _split_word(lab, m):
                s, e = m.start("a"), m.end("b")
                chars[s:e] = list(m.group("a") + m.group("b") + " ")
        text = "".join(chars)


# A genus alone on its line, or split in two by a stray space ("Artho pyrenia"), and a few lines
# below it its epithet opening a line with its author ("probata (Muster) Beisp."), a header's
# capitals or a stray word of OCR between them ("EXAMPLE COLLECTIONS", "xqzv").
_GENUS_LINE = re.compile(
    r"[ \t]*(?P<a>[A-Z][a-zäëïöüéè]{2,})(?:[ \t](?P<b>[a-zäëïöüéè]{3,}))?[ \t]*"
)
_EPITHET_LINE = re.compile(rf"[ \t]*{_EPITHET}[ \t]+(?P<author>[(\[]?[A-Z][^\n]*)")
# How many lines may stand between such a genus and its epithet's line.
_GENUS_GAP = 2


def _epithet_line(text: str) -> bool:
    """Whether `text` is an epithet and its author alone ("probata (Muster) Beisp.")."""
    m = _EPITHET_LINE.fullmatch(text)
    if m is None or not re.search(r"[.()&]", m.group("author")):
        return False
    return _close_marks(m.group("author")).strip(" ,") == _authorship(m.group("author"))


def _gap_line(text: str, split: bool) -> bool:
    """Whether a line between a genus and its epithet's line is a header's capitals or, under a
    `split` genus, a stray word in small letters; not a word in capitals alone, a genus itself
    ("Leiden / EXEMPLIA / sampleana (Bl.) Wa"), nor under a whole genus a word in small
    letters, its epithet ("Exemplus / sampleanus / probatus Bx.")."""
    words = text.split()
    return (
        not words
        or (text.isupper() and len(words) >= 2)
        or (split and len(words) == 1 and words[0].isalpha() and words[0].islower())
    )


def _join_genus_to_its_epithet(lab: Label, chars: list[str]) -> None:
    """Join in `chars` a genus (see `_GENUS_LINE`) to its epithet's line below: the words of a
    split genus closed up, the lines between blanked, so that the two read as one name."""
    lines = lab.lines
    for i, ln in enumerate(lines):
        m = _GENUS_LINE.fullmatch(ln.text)
        if m is None or not _may_be_genus(m.group("a") + (m.group("b") or "")):
            continue
        a, b = m.group("a"), m.group("b")
        # a split genus: its second part ends as a genus does, its first is a fragment, not a
        # genus of its own with its epithet ("Exemplia sampleana / EXAMPLE / probata (L.) Bl.")
        if b and (_LATIN_END.search(b) is None or (len(a) > 5 and _LATIN_END.search(a.lower()))):
            continue
        # the epithet's line right under the genus needs no joining ("Exemplia / sampleana
        # (L.) Muster"), nor under a binomial, where it is a subspecies' ("... / probata Bl.")
        for j in range(i + 1, min(i + 2 + _GENUS_GAP, len(lines))):
            if j == i + 1 or not _epithet_line(lines[j].text):
                if not _gap_line(lines[j].text, bool(b)):
                    break
                continue
            if m.group("b"):
                s, e = ln.start + m.start("a"), ln.start + m.end("b")
                chars[s:e] = list(m.group("a") + m.group("b") + " ")
            for k in range(i + 1, j):
                gap = lines[k]
                chars[gap.start : gap.end] = " " * len(gap.text)
            break


# A form's dotted leader between genus and epithet, read as one full stop
# ("Lasallia.kellermanii" for "Lasallia....kellermanii").
_LEADER_IN_NAME = re.compile(r"(?<![\w.])[A-Z][a-z]{2,}(\.)[a-z]{3,}")


def _place_pair(flat: str, m: re.Match[str]) -> bool:
    """Whether two capitalised words matched as a name with a capital epithet name a place: a
    country or a state ("Costa Rica Prov."), or a place before a kind of place ("Sierra
    Exemplica Mts.", "Monte Sampleanum Co.")."""
    genus, ep = m.group("g") or m.group("g2"), m.group("e") or m.group("e2")
    ahead = flat[m.end() :].split(maxsplit=1)
    nouns = place_nouns()
    return (
        fold(f"{genus} {ep}") in countries()
        or fold(f"{genus} {ep}") in states()
        or fold(genus) in nouns
        or (bool(ahead) and fold(ahead[0]) in nouns)
    )


def _name_text(lab: Label, noise: set[int]) -> str:
    """The label's flat text as names are searched in, one character for one: lone marks on
    lines of their own (`noise`, from `_noise_lines`) blanked, so a name broken over lines around
    them is still one match, a dotted leader inside a name read as a space, and
    names printed with a capital epithet or in capitals written as a binomial is."""
    chars = list(lab.flat)
    for m in _LEADER_IN_NAME.finditer(lab.flat):
        chars[m.start(1)] = " "
    for i in noise:
        ln = lab.lines[i]
        chars[ln.start : ln.end] = " " * len(ln.text)
    for m in _CAPITAL_EPITHET.finditer(lab.flat):
        if _place_pair(lab.flat, m) or (
            m.group("last") and lab.line_at(m.start("last")).end != m.end("last")
        ):
            continue
        s = m.start("e") if m.group("e") else m.start("e2")
        chars[s] = chars[s].lower()
    for m in [*_CAPITALS_NAME.finditer(lab.flat), *_capitals_named(lab)]:
        s, e = m.span("e")
        genus = _read_o(m.group("g"))
        chars[m.start("g") : m.end("g")] = genus[0] + genus[1:].lower()
        chars[s:e] = _read_o(m.group("e")).lower().replace("1", "i")
    for m in _FIGURE_IN_WORD.finditer(lab.flat):
        chars[m.start()] = _FIGURE_LETTER[m.group(0)]
    _lower_epithets(lab, chars)
    _blank_keys(lab, chars)
    _join_split_words(lab, chars)
    _join_genus_to_its_epithet(lab, chars)
    return "".join(chars)


def _capitals_named(lab: Label) -> list[re.Match[str]]:
    """The lines of a name and its author all in capitals (`_CAPITALS_NAME_CAPS_AUTHOR`) whose
    genus may be one and whose epithet ends as a Latin word does; no header's line."""
    return [
        m
        for m in _CAPITALS_NAME_CAPS_AUTHOR.finditer(lab.text)
        if _may_be_genus(m.group("g"))
        and _LATIN_END.search(m.group("e").lower()) is not None
        and not is_header(lab.text[m.start() : m.end()])
    ]


# A "1" or a "0" between small letters ("Quercus exemp1a", "Sa1ix"): the OCR's reading of an "l"
# or an "o". Read as the letter; the name is flagged `unsure_reading` (`name_candidates`).
_FIGURE_IN_WORD = re.compile(r"(?<=[a-z])[10](?=[a-z])")
_FIGURE_LETTER = {"1": "l", "0": "o"}


# Old labels capitalise an epithet made from a person's name or a people's, in the genitive
# or as an adjective ("Exemplia Muelleri", "Exemplia Beispielorum Bl. e Wa", "Exemplia
# Musteriana Koch"): before an author, a comma or the line's end.
_GENITIVE_EPITHET = re.compile(
    rf"(?<![\w.]){_NOT_FAMILY}(?P<g>[A-Z][a-z]{{2,}})[ \t]+"
    r"(?P<e>[A-Z][a-z]{2,}(?:i|orum|arum|ae|iana|ianum|ianus))"
    rf"(?:{_AUTHOR_AHEAD}|(?=[ \t]*(?:$|,))"
    r"|(?=[ \t]+[A-Z][\w'’-]+[ \t]*(?:$|,|&|(?:et|e|y|and|ex)[ \t])))",
    re.MULTILINE,
)
# A genus in capitals alone on its line above its epithet ("EXEMPLIA / sampleana (Bl.) Wa"), a
# name in capitals alone on its slip ("EXEMPLIA SAMPLEANA").
_CAPITAL_GENUS_LINE = re.compile(r"[ \t]*(?P<g>[A-Z]{4,})[ \t]*")
_CAPITALS_SLIP = re.compile(r"\W*(?P<g>[A-Z][A-Z0]{3,})[ \t]+(?P<e>[A-Z][A-Z0]{3,})\W*")


_AUTHOR_NEXT = re.compile(r"[ \t]+[A-Z(]")


def _may_be_genus(word: str) -> bool:
    """Whether a capitalised word may be a genus: Latin-ended, no title's, herbarium's or
    place's word."""
    word = word.capitalize()
    return (
        _LATIN_END.search(word.lower()) is not None
        and word not in _NOT_GENERA
        and word not in not_genera()
        and not _place_genus(word)
    )


def _lower_epithets(lab: Label, chars: list[str]) -> None:
    """Write in `chars` as a binomial is written the names printed otherwise: a capital
    genitive epithet, a genus in capitals above its epithet, a slip's name in capitals."""
    for m in _GENITIVE_EPITHET.finditer(lab.text):
        e = m.group("e")
        # "-i" alone ends many words; after a Latin genus it is a genitive ("Exemplia Muelleri")
        # an adjective's "-iana" ends place names too ("Villa Exempliana"): with its author only
        adjective = re.search(r"ian(?:a|um|us)$", e) is not None
        if adjective and not _AUTHOR_NEXT.match(lab.text, m.end("e")):
            continue
        if _may_be_genus(m.group("g")) and (len(m.group("g")) >= 5 or not e.endswith("i")):
            chars[m.start("e")] = e[0].lower()
    lines = lab.lines
    for i, ln in enumerate(lines):
        genus = _CAPITAL_GENUS_LINE.fullmatch(ln.text)
        if (
            genus is not None
            and i + 1 < len(lines)
            and re.match(r"[ \t]*[a-z]{3,}", lines[i + 1].text)
            and _may_be_genus(genus.group("g"))
        ):
            s, e = ln.start + genus.start("g") + 1, ln.start + genus.end("g")
            chars[s:e] = genus.group("g")[1:].lower()
        slip = _CAPITALS_SLIP.fullmatch(ln.text)
        if (
            slip is not None
            and len(lines) <= 2
            and not is_header(ln.text)
            and _may_be_genus(_read_o(slip.group("g")))
            and _LATIN_END.search(_read_o(slip.group("e")).lower())
        ):
            _write_as_binomial(chars, ln.start, slip)
        elif len(lines) > 2:
            # after its form's key, where one opens the line ("TAXON:  GALIUM EXEMPLI")
            key = line_key(ln.text)
            at = key.end if key is not None else 0
            if (pair := _capitals_name_line(ln.text[at:])) is not None:
                _write_as_binomial(chars, ln.start + at, pair)


def _read_o(word: str) -> str:
    """A word in capitals with its zeros read as the O they stand for ("P0TAMOGETON")."""
    return word.replace("0", "O")


def _write_as_binomial(chars: list[str], at: int, pair: re.Match[str]) -> None:
    """Write in `chars` a genus and epithet in capitals (`pair`'s groups g and e, on the line
    starting at `at`) as a binomial is written."""
    for group, keep in (("g", 1), ("e", 0)):
        s, e = at + pair.start(group) + keep, at + pair.end(group)
        chars[s:e] = _read_o(pair.group(group))[keep:].lower()


# A typed label in capitals prints the name on a line of its own among the place's and the
# collector's ("GALIUM EXEMPLI / SAND DUNES, SAMPLE BAY / 23 JUL 1937"), its O now and then read
# as a zero ("P0TAMOGETON MUSTERI"). Two words alone on the line, each ending as a Latin word
# does (an epithet as an epithet does), neither a place's word nor together a region's name.
_CAPITALS_LINE = re.compile(r"[ \t]*(?P<g>[A-Z][A-Z0]{3,})[ \t]+(?P<e>[A-Z][A-Z0]{3,})[ \t.]*")
# the third declension's endings only as an adjective's ("-ale", "-ense", "-iforme"): "-e" alone
# ends as many English words ("HOUSE", "CASTLE")
_EPITHET_END = re.compile(r"(?:i|ae|a|us|um|is|ale|are|ile|ense|iforme|estre|ens|ans|ex|ix)$")


def _capitals_name_line(text: str) -> re.Match[str] | None:
    """A line in capitals that is a name alone (`_CAPITALS_LINE`), its genus and epithet."""
    pair = _CAPITALS_LINE.fullmatch(text)
    if pair is None or is_header(text):
        return None
    genus, ep = (_read_o(pair.group(k)).capitalize() for k in ("g", "e"))
    nouns = place_nouns()
    named = (
        _may_be_genus(genus)
        and _EPITHET_END.search(ep.lower()) is not None
        and not any(fold(w) in nouns or place_like(w) for w in (genus, ep))
        and fold(f"{genus} {ep}") not in countries()
        and fold(f"{genus} {ep}") not in states()
        and fold(ep) not in countries()
        and fold(ep) not in states()
    )
    return pair if named else None


def _blank_keys(lab: Label, chars: list[str]) -> None:
    """Blank in `chars` the form keys before a name ("Gen. ", "Spec. ", "Nom : "), so that
    "Gen. Exemplia / Spec. sampleana" reads as the name broken over two lines."""
    for ln in lab.lines:
        key = line_key(ln.text)
        if key is not None:
            chars[ln.start : ln.start + key.end] = " " * key.end


def _revised_lines(lab: Label) -> dict[int, KeyKind]:
    """The two lines under a revision slip's heading ("Revised for Flora Exempla"), where its name
    stands; the heading's own line where the name follows its colon ("Revisión 1994: Exampla
    minor")."""
    out = {}
    for i, ln in enumerate(lab.lines):
        if revision_line(ln.text):
            after = (i, i + 1, i + 2) if re.search(r":\s*\S", ln.text) else (i + 1, i + 2)
            out.update({j: KeyKind.revised for j in after if j < len(lab.lines)})
    return out


def _keyed_lines(lab: Label) -> dict[int, KeyKind]:
    """The lines that open with a name's key, and the key's kind."""
    out = {}
    for i, ln in enumerate(lab.lines):
        key = line_key(ln.text)
        if key is not None:
            out[i] = key.kind
    return out


# (a year's last figures perhaps the OCR's "O" for a nought: "K. Muster 195O")
_DET_YEAR = re.compile(r"(?<!\d)(1[789][\dO]{2}|20[\dO]{2})(?![\dO])|['’,]\s?(\d\d)(?!\d)")
_NOUGHT = as_figures("O")


def _year(line: str) -> int:
    """The year a determination line gives ("Det. E. R. Pierson 1988", "det. K. Lowe, 91"), or 0."""
    years = []
    for m in _DET_YEAR.finditer(line):
        years.append(int(m[1].translate(_NOUGHT)) if m[1] else 1900 + int(m[2]))
    return max(years, default=0)


# An annotation slip's second line: who revised the name and when, without "det." ("KRW 1936",
# "RMB 1984", "K. Brandl 3-1988", "H & L. 1942").
_ANNOTATION = re.compile(
    r"\W*(?:(?:[A-Z][\w.'’-]{0,20}|&)[.,]?\s*){1,4}[\s,.-]*(?:\d{1,2}[-./]\s?)?"
    r"(?P<y>1[789][\dO]{2}|20[0-4O][\dO])(?:[ \t]?[-–][ \t]?(?P<y2>1[789]\d\d|20[0-4]\d))?\W*"
)
# Words that make such a line something else: a collection date ("Aug. 1923"), a collector, a
# number ("No. 1931").
_NOT_ANNOTATION = re.compile(
    # (the collector's keys as OCR reads them too: "Co1l.", "CoIl.", "1eg.")
    r"\b(?:No|Nr|Num|Col\w*|COL\w*|C[o0][l1I|!]\w*|Leg|[l1I]eg|Date|Fecha|Alt|Elev|"
    + "|".join(sorted((re.escape(m) for m in MONTHS if len(m) >= 3), key=len, reverse=True))
    + r")\b\.?",
    re.IGNORECASE,
)


# The words no person's name holds (people_cues.csv, name_stop) but the joiners a line of two
# signers may hold ("Muster and Beispiel 1984").
_NO_SIGNER = name_stops() - {"and", "with"}


def annotation_determiner(name: NameMatch) -> list[FieldCandidate]:
    """Who wrote the annotation line under the name, and when ("KRW 1936", "H & L. 1942"): the
    current identification's determiner and date, though printed without "det."."""
    if name.annotation < 0:
        return []
    line = name.label.lines[name.annotation]
    following = name.label.lines[name.annotation + 1 : name.annotation + 2]
    if following and date_alone(following[0].text):
        # "Poa exempla L. / K. Muster 1952 / June 3, 1952": a data label's collector over its
        # date, no signer of a determination
        return []
    m = _ANNOTATION.fullmatch(line.text)
    if m is None:
        return _signature_determiner(name)
    # "K. Brandl 3-1988", "K. Muster V.1987": the month before the year, in figures or Roman
    who = re.sub(_MONTH_AT_END, "", line.text[: m.start("y")]).strip(" \t,.-")
    who = re.sub(r"\s*\d{1,2}[-./]?$", "", who).strip(" ,.-")
    if not re.search(r"[A-Z]", who) or any(fold(w) in place_nouns() for w in who.split()):
        return []  # "Fort Exempel 1833" under the name: the place and year of the collection
    if _names_a_land(who):
        return []  # "Sampleton, Mo. 1931", "Sampleton, Kent 1931": the collection's place and year
    if any(w.strip(".,;:()").lower() in _NO_SIGNER for w in who.split()):
        return []  # "Exemplia Exped. 1934", "Kew Distribution 1890": a series, no signer
    if re.fullmatch(r"[A-Z][a-z'’-]+", who):
        return []  # "Sampleton 1850": one word and a year, a place's as often as a signer's
    # "Rev. K. Muster, 1972": the revision's key, no reverend (`slips.unkeyed_slip`)
    # a determiner's key the line's other parsers missed ("Dct. J. Beispiel 1985", the OCR's
    # "Det."): no part of the name
    key = re.match(r"(?:Rev|Conf|Vid|Det|Dct|DET|DCT)\.\s*(?=[A-Z])", who)
    if key is not None:
        who = who[key.end() :]
    s = line.start + line.text.index(who)
    y = line.start + m.start("y")
    # "1973-1974": the years the annotator worked through the collection, an interval
    year = m.group("y").translate(_NOUGHT)  # "195O": the OCR's "O" for a nought
    repaired = ["ocr_repaired"] if year != m.group("y") else []
    when, y_end = year, y + 4
    if m.group("y2") and m.group("y2") > year:
        when, y_end = f"{year}/{m.group('y2')}", line.start + m.end("y2")
    else:
        # the day or the month before the year ("K. Muster V.1987", "K. Muster 12.3.1990")
        y, when = _date_ending_at(line, m.start("y") + 4, s - line.start + len(who), y, when)
    rule = "det.annotation"
    # "H. Sarnpleva 1905": letters the OCR's known misreadings explain (`misread_letters`)
    unsure = ["unsure_reading"] if misread_letters(who) else []
    return [
        candidate(Term.identifiedBy, who, 0.7, name.label, s, s + len(who), rule, unsure),
        candidate(Term.dateIdentified, when, 0.7, name.label, y, y_end, rule, repaired),
    ]


def _names_a_land(who: str) -> bool:
    """Whether a word of an annotation line's signer, after a comma, is a state's, a country's or a
    British county's name or abbreviation ("Sampleton, Mo.", "Sampleton, Pa", "Exampleton,
    Kent", "Sampleton, Brasil"): a place and the collection's year, no signer ("K. Kent 1988" has
    no comma: a person)."""
    for part in who.split(",")[1:]:
        w = part.strip(" .")
        if w and (w in states() or fold(w) in countries() or _region_word(w)):
            return True
    return False


def _region_word(word: str) -> bool:
    """Whether a word, its marks stripped, is a state's name or abbreviation ("Pa", "Ohio") or a
    British county's ("Kent", "Cambs")."""
    return word + "." in states() or fold(word) in states() or is_british_county(word)


# a month in Roman figures glued to the year after a signer's name ("K. Muster V.1987")
_MONTH_AT_END = re.compile(r"\s(?:X?I{1,3}|I?[VX]|VI{1,3}|XI{1,2})[-./][ \t]?$")


def _date_ending_at(line: Line, end: int, after: int, y: int, when: str) -> tuple[int, str]:
    """The start and value of the date with a day or a month that ends at `end` on `line` after
    the signer's name (from `after`), else `y` and `when` (the year)."""
    for d in find_dates(line.text[after:]):
        if d.precision > 1 and d.iso.startswith(when) and after + d.end == end:
            return line.start + after + d.start, d.iso
    return y, when


def _signature_determiner(name: NameMatch) -> list[FieldCandidate]:
    """Who signed a determination slip printed without "det." and when ("Exampla ornata Muster
    / K. Muster & J. Beispiel (2005)", `slips.unkeyed_slip`)."""
    lab = name.label
    if unkeyed_slip([ln.text for ln in lab.lines]) != name.annotation:
        return []
    line = lab.lines[name.annotation]
    found = signature(line.text)
    if found is None:
        return []
    who = " | ".join(found.persons(line.text))
    s, e = line.start + found.start, line.start + found.end
    y = line.text.rindex(str(found.year))
    # the day and month before the year ("Rev. K. Muster 12.3.1990"): the whole date
    y_start, when = _date_ending_at(line, y + 4, found.end, line.start + y, str(found.year))
    y_end = line.start + y + 4
    rule = "det.signature"
    return [
        candidate(Term.identifiedBy, who, 0.7, lab, s, e, rule),
        candidate(Term.dateIdentified, when, 0.7, lab, y_start, y_end, rule),
    ]


def _annotation_year(lab: Label, i: int) -> int:
    """The year of an annotation line at `lab.lines[i]` ("S. lacustris Hold. / KRW 1936"), or of
    the determiners' line of a slip without "det." (`slips.unkeyed_slip`), or 0."""
    if i >= len(lab.lines):
        return 0
    text = lab.lines[i].text
    if _ZOO_AUTHOR.fullmatch(text):
        return 0  # "Muster, 1905": the name's author, or a place and its year
    m = _ANNOTATION.fullmatch(text)
    if m is None or _NOT_ANNOTATION.search(text):
        found = signature(text)
        if found is not None and unkeyed_slip([ln.text for ln in lab.lines]) == i:
            return found.year
        return 0
    return max(int(m.group("y").translate(_NOUGHT)), int(m.group("y2") or 0))


def _slip_cut_in_two(lab: Label, after: int, following: Label) -> bool:
    """A determination slip the segmenter cut in two: a short label ending with the name (at
    most two lines, nothing after line `after - 1`), then a label opening with "det. ..."
    ("Cajanus indicus (L.) Holt" / "det. R. Lowe, 2009")."""
    return (
        after >= len(lab.lines)
        and len(lab.lines) <= 2
        and _DET_LINE.match(following.lines[0].text.lstrip(" -")) is not None
    )


# The name of the plant the specimen grew on or beside, after its own name ("Cornus alba near
# Salix nigra", "Usnea rubicunda on Quercus alba"): no sentence of prose.
# a collector's key after the name and its author on their line ("Carex exempla Host  leg. K.
# Muster 123"): the collector's, no word of a phrase the name is part of
_COLLECTOR_AFTER = re.compile(rf"(?:{cues('collector', 'before')}|{COLL_WORD}{STOP})")
_NAME_BESIDE = re.compile(r"(?:on|near|with|under|among|beside)\s+[A-Z][a-z]{2,}\s+[a-z]{3,}")


def _after_institution(line: str, at: int) -> bool:
    """Whether the name at offset `at` of `line` follows the institution's name on its line and
    is no part of it ("... State College Herbarium (LSC) Cornus obliqua (Benth)")."""
    return is_institution(line[:at]) and not is_institution(line[at:])


def _not_a_name(genus: str, ep: str) -> bool:
    """Whether a capitalised word and a lower-case one are no name: a caption's, a title's or a
    place's word before a Latin one ("Insula Java"), a country's two words ("Costa Rica"), a particle of a person's name or a rank word
    after one ("Hoekstra van den Berg", "Probst var / ...")."""
    return (
        genus in _NOT_GENERA
        or genus.capitalize() in not_genera()
        or ep in _ORGANISM_WORDS
        or ep in not_epithets()
        # a country's name of two words ("MUSEO NACIONAL DE COSTA RICA")
        or fold(f"{genus} {ep}") in countries()
    )


_AFTER_AUTHOR = re.compile(AFTER_NAME, re.IGNORECASE)
_ABBREVIATION = re.compile(rf"(?:{INDET}|{AFTER_NAME}|{QUALIFIER})", re.IGNORECASE)


def _abbreviation(text: str, m: re.Match[str]) -> bool:
    """Whether the epithet of match `m` is a word abbreviated with a full stop, no epithet
    closed by one (see `_EPITHET_STOP`): a short word or one ending as no Latin word does
    ("Exemplia spec. B", "Muster leg. K."), a determiner's word ("sp.", "nov.")."""
    ep = m.group("ep")
    if not text.startswith(".", m.end("ep")):
        return False
    return (
        len(ep) < 4
        or _LATIN_END.search(ep) is None
        or _ABBREVIATION.fullmatch(ep + ".") is not None
    )


def _slip(lab: Label, first: int, last: int) -> bool:
    """Whether the label holds nothing but the name on lines `first` to `last`, bar its
    institution's name, determination lines and figures: a determination slip."""
    return all(
        first <= i <= last
        or is_institution(ln.text)
        or det_line(ln.text)
        or re.fullmatch(r"[\W\d_]*", ln.text) is not None
        for i, ln in enumerate(lab.lines)
    )


def _place_genus(genus: str) -> bool:
    """Whether a would-be genus is a country's or a state's name ("Peruvia", "Malaysia")."""
    key = fold(genus)
    return key in countries() or key in states()


# A word of a Latin diagnosis: the cases its adjectives and nouns take ("foliis ovatis",
# "ramulis", "floribus", "corolla glabra" does not count: English ends so too often).
_DIAGNOSIS_WORD = re.compile(
    r"[a-zäëïöü]{2,}(?:is|ibus|ae|um|us|atis|osa|ata|ulis|ium|orum|arum|que)"
)


def _diagnosis(after: str) -> bool:
    """Whether the text after an epithet, to its line's end, opens a Latin diagnosis: two
    lower-case words in a Latin case ("foliis ovatis, ramulis ...")."""
    words = re.findall(r"[^\W\d_]+", after)[:2]
    return len(words) == 2 and all(
        w.islower() and _DIAGNOSIS_WORD.fullmatch(w) is not None for w in words
    )


_QUALIFIER_BEFORE = re.compile(rf"(?<![^\W\d_]){QUALIFIER}[ \t]*$", re.IGNORECASE)


def _qualifier(m: re.Match[str], before: str) -> str:
    """The identificationQualifier printed with the name `m`: between its genus and epithet
    ("aff.", "cf.", "?"), or before its genus ("cf. Exemplia sampleana")."""
    if m.group("qual"):
        return qualifier_value(m.group("qual"))
    if m.group("doubt"):
        return "?"
    q = _QUALIFIER_BEFORE.search(before)
    return qualifier_value(q[0]) if q else ""


def _type_lines(lab: Label) -> set[int]:
    """The lines of a type label's statements and the line under the last of them."""
    out: set[int] = set()
    alone = False
    for i, ln in enumerate(lab.lines):
        m = _TYPE_OF.match(ln.text)
        if m is not None:
            out.add(i)
            alone = m.end() >= len(ln.text.rstrip())
        elif alone:
            out.add(i)
            alone = False
    return out


# A genus named without its epithet as a determination: after a form's key ("Gen. Exemplia",
# "Nomen: Exemplia"), with "sp." ("Exemplia sp.", "Exemplia spec. B"), or with its author over a
# "det." line ("Exemplia Scheff. / det. A. Person").
_GENUS_DET = re.compile(
    rf"[ \t]*(?:(?P<qual>{QUALIFIER})[ \t]+)?(?P<g>[A-Z][a-zäëïöüéè]{{2,}})"
    rf"(?:[ \t]+(?P<indet>{INDET})(?:[ \t]+[A-Z0-9]{{1,2}}(?![\w.]))?)?(?P<rest>[^\n]*)"
)


@cache
def _folded_cue_words() -> frozenset[str]:
    """The people's cue words without their accents ("Ievaca J. Ozols" for "Ievāca")."""
    return frozenset(fold(w) for w in cue_words())


def _genus_determinations(
    lab: Label,
    text: str,
    found: list[NameMatch],
    det_lines: list[int],
    keyed: dict[int, KeyKind],
    noise: set[int],
) -> list[NameMatch]:
    """The genera the label names as a determination (see `_GENUS_DET`), as names of rank
    genus; not the genus of a binomial found."""
    starts = {n.start for n in found if n.label is lab}
    out: list[NameMatch] = []
    for i, ln in enumerate(lab.lines):
        m = _GENUS_DET.fullmatch(text, ln.start, ln.end)
        if m is None or m.start("g") in starts:
            continue
        genus, key = m.group("g"), keyed.get(i)
        if key is None and _LATIN_END.search(genus.lower()) is None:
            continue
        if genus in _NOT_GENERA or genus in not_genera() or _place_genus(genus):
            continue
        if fold(genus) in _folded_cue_words():
            continue  # "Keräsi K. Muster": a collector's key before his initial, no genus
        if is_institution(ln.text) or is_header(ln.text):
            continue
        author = _authorship(m.group("rest"))
        if _close_marks(m.group("rest")).strip(" ,") != author:
            continue  # more follows than an author
        if any(w.strip("(),.") in not_authors() for w in author.split()):
            continue  # "Carbon Co.", "Leiden Herb.": a place, a herbarium
        if _place_words(author):
            continue  # "Sampleton Fen, Cambs." over "coll. & det.": a place and its county
        dets = [d for d in det_lines if 0 < _lines_apart(i, d, noise) <= 2]
        authored = re.search(r"[.()&]", author) is not None
        if not (key in (KeyKind.genus, KeyKind.name) or m.group("indet") or (authored and dets)):
            continue
        score = 0.4  # a genus says less than a binomial
        score += 0.25 if author else 0.0
        score += 0.2 if key in (KeyKind.genus, KeyKind.name) else 0.0
        score += 0.2 if m.group("indet") else 0.0
        score += 0.3 if dets or key is KeyKind.revised else 0.0
        det_year = max((_year(lab.lines[d].text) for d in dets), default=0)
        qualifier = m.group("qual") and qualifier_value(m.group("qual"))
        qualifier = qualifier or (m.group("indet") and indet_value(m.group("indet"))) or ""
        out.append(
            NameMatch(
                lab,
                m.start("g"),
                m.end("g"),
                genus,
                "",
                None,
                "genus",
                author,
                score,
                words=[m.span("g")],
                det_year=det_year,
                qualifier=qualifier,
            )
        )
    return out


@cache
def _habitat_words() -> frozenset[str]:
    """The folded habitats' words of one word (data/place_words.csv, kind habitat): "selva",
    "sabana", "heath"."""
    return frozenset(w for w in folded_place_words("habitat") if " " not in w)


def _habitat_word(word: str) -> bool:
    """Whether `word` is a habitat's word, its singular where the table lists the plural
    ("Prado" of "prados") or its plural where the table lists the singular ("Pelouses")."""
    key = fold(word)
    words = _habitat_words()
    return key in words or f"{key}s" in words or (key.endswith("s") and key[:-1] in words)


def _place_words(author: str) -> bool:
    """Whether a would-be author holds a kind of place ("Fen", "Moor": `geo.place_nouns`), a
    British county's name ("Cambs.", "Kent") or a state's ("Pa."): the rest of a place's line."""
    for w in author.split():
        bare = w.strip("(),.;:")
        if bare and (fold(bare) in place_nouns() or _region_word(bare)):
            return True
    return False


def _det_of_name_above(
    found: list[NameMatch], lab: Label, line_i: int, dets: list[int], noise: set[int]
) -> bool:
    """Whether the determination lines under a doubtful word pair belong to a name above it.

    A data label that ends with its determiner's line ("Exemplia sampleana / Limestone cliffs,
    Sample Head / Date: ... Collector: ... / Det. K. Muster 1975") puts the place's words within
    reach of the "Det." line: they are no misread determination (`MISREAD_DETERMINATION_SCORE`)
    when a name that reads as one stands above them on the label, undated, and they do not sit
    right over the line.
    """
    return (
        bool(dets)
        and all(_lines_apart(line_i, d, noise) >= 2 for d in dets)
        and any(
            n.label is lab
            and n.score >= MIN_NAME_SCORE
            and not n.det_year
            and lab.line_no(n.start) < line_i
            for n in found
        )
    )


def find_names(labels: list[Label]) -> list[NameMatch]:
    out: list[NameMatch] = []
    for k, lab in enumerate(labels):
        det_lines = [i for i, ln in enumerate(lab.lines) if det_line(ln.text)]
        revised = _revised_lines(lab)
        noise = _noise_lines(lab)
        habitat = habitat_lines(lab)
        text = _name_text(lab, noise)
        associated = _associated_spans(lab)
        keyed = _keyed_lines(lab)
        typed = _type_lines(lab)
        # the lines names open: a determination line under a later name is that name's ("Exampla
        # minor L. det. A. Exempel 1955 / Exampla ornata L. det. J. Beispiel 1987")
        named = {
            lab.line_no(m.start())
            for m in _NAME.finditer(text)
            if not _not_a_name(m.group("genus"), m.group("ep"))
        }
        for m in _NAME.finditer(text):
            genus, ep = m.group("genus"), m.group("ep")
            if _not_a_name(genus, ep) or _abbreviation(text, m):
                continue
            if any(s <= m.start() < e for s, e in associated):
                continue
            line_i = lab.line_no(m.start())
            line = lab.lines[line_i]
            ep_line = lab.line_no(m.end("ep") - 1)
            # the name text: a form's key before the name is blanked
            before = text[max(line.start, m.start() - 60) : m.start()]
            if _PRECEDING_NOT_NAME.search(before) or (
                is_institution(line.text)
                and not _after_institution(line.text, m.start() - line.start)
            ):
                continue
            if is_header(line.text) and line.text.isupper():
                continue
            if _COMMUNITY_BEFORE.search(before):
                continue  # the vegetation the specimen grew in, not the specimen
            if _COMMUNITY_AFTER.match(text, m.end("ep")):
                continue
            infra, rank_word, bare = (
                m.group("infra"),
                "".join((m.group("rank") or "").split()),
                False,
            )
            end = m.end()
            infra2 = m.group("infra2")
            if infra2 and (
                infra2 in _ORGANISM_WORDS
                or infra2 in not_epithets()
                or _LATIN_END.search(infra2) is None  # "ait", an author read in lower case
                or not re.search(r"[aeiouy]", infra2)  # "mchx"
            ):
                infra2 = None
            # "Exemplia sampleana foliis ovatis, ...": the Latin diagnosis after the name
            ep_end = m.end("ep")
            diagnosis = _diagnosis(text[ep_end : min(lab.line_at(ep_end).end, ep_end + 60)])
            if infra is None and infra2 and not diagnosis:
                infra, bare = infra2, True
            elif m.group("infra2"):
                end = m.end("infra") if m.group("infra") else m.end("ep")
            rest_line_end = lab.line_at(end).end
            rest = text[end : min(rest_line_end, end + 200)].replace("♀", " ").replace("♂", " ")
            if end == m.end("ep") and rest.startswith("."):
                rest = " " + rest[1:]  # the epithet's full stop (see `_EPITHET_STOP`)
            if len(words_after := rest.split()) == 1 and sex_sign_reading(words_after[0]):
                rest = ""  # "Exampla minor ó", "... 9": the sex sign the OCR misread, no author
            next_line = False
            phrase = False
            infra_words: list[tuple[int, int]] = []
            # Insect labels print the author on the line after the epithet.
            if not rest.strip() and lab.line_no(end) + 1 < len(lab.lines):
                nxt = lab.lines[lab.line_no(end) + 1]
                # Only when it reads like one: "Bx.", "(Verm.) Holt", not "Hardin  Co".
                below = _STRAY_LETTER.sub("", nxt.text)
                # (nor a place's line: "Exampla minor / Sampleton, Yorks.", a county's word; nor
                # a person's initials and surname alone, the collector's or the determiner's line
                # of a pin: "Exampla minor ♂ / K. Muster")
                if not det_line(nxt.text) and (
                    (
                        re.search(r"[.(&]", nxt.text)
                        and _author_line(below)
                        and not _place_words(below)
                        and not _INITIALLED_PERSON.fullmatch(below)
                    )
                    or _ZOO_AUTHOR.fullmatch(nxt.text)
                ):
                    rest, next_line = below, True
                # "Betula glandulosa / n low dwarf shrub tundra": a phrase goes on
                phrase = re.match(r"\s*(?:[a-z]\s)?[a-z]{2,}\s", nxt.text) is not None
            # "mihi", "sp. nov.": the writer's own name, where an author stands
            novelty = re.match(rf"[ \t,]*{AFTER_NAME}", rest)
            if novelty is not None:
                rest = rest[novelty.end() :]
            author = _authorship(rest)
            if _place_genus(genus) and not re.search(r"[.()&]", author):
                continue  # "Peruvia orientalis", "Malaysia / exemplata": a country, no genus
            if (
                not genus_known(genus) and (fold(genus) in place_nouns() or _place_words(author))
            ) or (
                _habitat_word(genus)
                and (
                    not genus_known(genus) or (not author and ep.lower() not in epithets_of(genus))
                )
            ):
                # "Bosque primario, Epífita", "Upper Sample River": a kind of place, or a
                # place's name with its kind after it (data/place_words.csv, kind geo), where
                # no backbone knows the genus; "Selva alta", "Sabana arbolada": a habitat's
                # word (kind habitat) and its adjective, no author, where no backbone lists the
                # epithet under it (a genus "Selva" is known, its "alta" not; "Spinifex
                # hirsutus Labill.", a habitat's word too, keeps its author); a habitat's word
                # no backbone knows as a genus is none, whatever follows it ("Pelouses
                # calcaires de Saint-Probe (Drôme)": no author)
                continue
            if line_i in habitat and (
                before.strip()
                or not re.search(r"[.()&]", author)
                or len(lab.lines[line_i - 1].text.split()) < 2  # "Habitat:" alone above
            ):
                # the vegetation the specimen grew in ("Habitat: / Exemplia sampleana heath"),
                # not a name with its author opening a line under a habitat the key's line held
                # ("Hab. in pratis prope Sampleton / Exemplia sampleana L.")
                continue
            if infra is None and author:
                # "Exemplia sampleana / (L.) Muster / var. probata Bl.": after the author's line
                at = lab.lines[lab.line_no(end) + 1].start if next_line else end
                infra_m = _infra_after_author(lab, text, at, author)
                if infra_m is not None:
                    infra, rank_word = (
                        infra_m.group("infra"),
                        # the Nordic asterisk of a subspecies ("Exemplia sampleana L. * minor")
                        "".join(infra_m.group("rank").split()).replace("*", "subsp."),
                    )
                    end = infra_m.end()
                    next_line = False  # the name's span now holds its author's line
                    infra_words = [infra_m.span("infra")]
                    rest = text[end : lab.line_at(end).end]
                    author = _authorship(rest) or author  # an autonym's author is the species'
            score = 0.5
            if (
                novelty is not None
                or re.search(r"[.()&]", author)
                or re.fullmatch(r"[A-Z](?:[a-z]+)?|[A-ZÀ-Þ]{3,}", author or "-")
                or _ZOO_AUTHOR.fullmatch(author)
                or _MISREAD_AUTHOR.fullmatch(author)
            ):
                # "HEER", an author in capitals, is as telling as "Heer"; two capitals are as
                # often a state's or a herbarium's code ("CA", "NY"); a zoologist's name and
                # year ("Muster, 1923") as telling as a botanist's abbreviation; "Beispie1",
                # an author whose "l" the OCR read as a figure, as "Beispiel"
                score += 0.25
            if infra and rank_word:
                score += 0.1  # a rank word between two Latin words ("M. polycarpa var. lutea")
            # (the blanks as the author's words are joined: "Host  K. Muster 123")
            body = " ".join(_close_marks(rest).split()).lstrip(" ,")
            leftover = body[len(author) :].strip() if author else body
            if (
                leftover[:1].islower()
                and not diagnosis
                and not _AFTER_AUTHOR.fullmatch(leftover)  # "Exemplia sampleana L. s.l."
                and not (next_line and not author)
                and not _lower_case_author(author, leftover)
                and not _NAME_BESIDE.match(leftover)
                and not _COLLECTOR_AFTER.match(leftover)
            ) or (phrase and not author):
                score -= 0.3
            if before.strip() == "=":
                score += 0.3  # "= Exemplia sampleana": the name an older one is equated with
            if before.strip() in ("", "=") or re.fullmatch(r"[\s\d.A-Za-z]{0,6}[.\s]", before):
                score += 0.1  # the name starts its line ("No. 52 Bryoria")
            latin = genus.endswith(".") or _LATIN_END.search(genus.lower()) is not None
            unlatin = 0.3 if not (latin and _LATIN_END.search(ep)) else 0.0
            unlatin += 0.1 if genus.endswith(".") else 0.0
            dets = [
                d
                for d in det_lines
                if (
                    0 <= _lines_apart(line_i, d, noise) <= 3
                    or 0 <= _lines_apart(ep_line, d, noise) <= 2
                )
                and not any(ep_line < n <= d for n in named)
            ]
            if score - unlatin < MIN_NAME_SCORE and _det_of_name_above(
                out, lab, line_i, dets, noise
            ):
                dets = []
            if dets or line_i in revised:
                score += 0.3
            slip = _slip(lab, line_i, lab.line_no(end) + (1 if next_line else 0))
            if line_i in keyed or ep_line in keyed:
                score += 0.2  # a form's key names it ("Gen. Exemplia / Spec. sampleana")
            det_year = max((_year(lab.lines[d].text) for d in dets), default=0)
            annotation = -1
            if not dets:
                after = lab.line_no(end) + (2 if next_line else 1)
                det_year = _annotation_year(lab, after)
                annotation = after if det_year else -1
                following = labels[k + 1] if k + 1 < len(labels) else None
                if following is not None and _slip_cut_in_two(lab, after, following):
                    score += 0.3
                    det_year = _year(following.lines[0].text)
                    annotation = -1
                elif annotation < 0 and any(
                    _lines_apart(d, line_i, noise) == 1 and DET_ALONE.fullmatch(lab.lines[d].text)
                    for d in det_lines
                ):
                    score += 0.3  # "DETERMINAVIT / Exampla minor L. / K. Muster": the slip's key
                elif annotation < 0 and (
                    signed := [
                        d + 1
                        for d in det_lines
                        if _lines_apart(d, line_i, noise) == 2
                        and DET_ALONE.fullmatch(lab.lines[d].text)
                        and _year(lab.lines[d + 1].text)
                        and d + 1 not in named
                    ]
                ):
                    # "Det. / J. Beispiel 1999 / Exampla minor L.": the slip's key, its signer and
                    # year, then the name determined
                    score += 0.3
                    det_year = _year(lab.lines[signed[0]].text)
                elif (
                    annotation < 0
                    and line_i > 0
                    and unkeyed_slip([ln.text for ln in lab.lines]) == line_i - 1
                ):
                    # "Rev. J. Beispiel 1985 / Exampla minor Muster": the reviser's signature and
                    # year over the name revised, a slip of its own (`slips.unkeyed_slip`)
                    score += 0.3
                    det_year = _year(lab.lines[line_i - 1].text)
            if line_i in typed:
                # the name a type label typifies ("Holotype of: ..."): the basionym, and its
                # year the typification's, no determination's
                det_year, annotation = 0, -1
            if not (latin and _LATIN_END.search(ep)):
                score -= 0.3
            if genus.endswith("."):
                score -= 0.1
            if line_i in typed:
                # it yields to another name on the sheet, but a type's label alone on an
                # insect's pin ("Holotype / Exampla musteri / Beispiel 1952") still names it
                score = max(score - 0.1, min(score, MIN_NAME_SCORE))
            rank = (
                _RANKS.get(rank_word, "subspecies" if bare else "species") if infra else "species"
            )
            words = [m.span("genus"), m.span("ep")]
            if infra_words:
                words += infra_words
            elif infra:
                words.append(m.span("infra2") if bare else m.span("infra"))
            out.append(
                NameMatch(
                    lab,
                    m.start(),
                    end,
                    genus,
                    ("×" if m.group("hyb") else "") + ep,
                    infra,
                    rank,
                    author,
                    score,
                    bare,
                    rank_word,
                    words,
                    det_year,
                    annotation,
                    _qualifier(m, before),
                    slip,
                )
            )
        out += _genus_determinations(lab, text, out, det_lines, keyed | revised, noise)
    _expand_abbreviated_genera(out)
    _join_epithets_read_whole_elsewhere(out)
    return out


# "Pastinaca sativa L. subsp. sativa": the rank and infraspecific epithet after the species' author.
_INFRA_AFTER = re.compile(
    rf"[ \t]+(?P<rank>(?:var|subsp|ssp|f)[ \t]?\.|forma|\*)[ \t]*(?P<infra>{_EPITHET})(?![\w.])"
)


_RANK_AT_END = re.compile(r"[ \t](?:var|subsp|ssp|f|forma)[ \t]?\.?[ \t]*$")
_RANK_AT_START = re.compile(
    rf"[ \t]*(?:(?:var|subsp|ssp|f)[ \t]?\.|forma)[ \t]*{_EPITHET}(?![\w.])"
)


def _infra_after_author(lab: Label, text: str, end: int, author: str) -> re.Match[str] | None:
    """The infraspecific part printed after the author that follows the epithet at `end` of
    `text`, the label's text as names are searched in; on the next line when the rank ends the
    line ("Pastinaca sativa L. subsp. / sativa")."""
    line_end = lab.line_at(end).end
    after = lab.line_no(end) + 1
    if (
        after < len(lab.lines)
        and (
            _RANK_AT_END.search(text, end, line_end)
            # "Tilia americana (Walter) Sarg. / var. heterophylla (Vent.) Loudon":
            # the author fills the line, the rank opens the next
            or (
                " ".join(text[end:line_end].split()).strip(" ,") == author
                and _RANK_AT_START.match(lab.lines[after].text)
            )
        )
    ):
        line_end = lab.lines[after].end
    for m in _INFRA_AFTER.finditer(text, end, min(line_end, end + 200)):
        between = text[end : m.start()]
        if " ".join(between.split()).strip(" ,") == author:
            return m
    return None


# The author line of a name as OCR reads it often starts with a stray letter, the tail of the
# epithet read twice: "e (Hal.) Moll. Berg.", "r(Hedl.) Ho1t.", "a (L.) Holt.".
_STRAY_LETTER = re.compile(r"^\s*[a-z]\s?(?=\()")


def _expand_abbreviated_genera(names: list[NameMatch]) -> None:
    """ "S. lacustris" on an annotation slip means the genus of the sheet's other names."""
    full = [n.genus for n in names if not n.genus.endswith(".")]
    for n in names:
        if n.genus.endswith("."):
            match = [g for g in full if g[0] == n.genus[0]]
            if match:
                n.genus = match[0]
                n.score += 0.05


def _join_epithets_read_whole_elsewhere(names: list[NameMatch]) -> None:
    """ "Torenia asia tica" on a determination slip, "Torenia asiatica" on the label: a bare
    trinomial whose last two words are, run together, the epithet of the same genus elsewhere on
    the sheet is that epithet split by a stray space, not a subspecies."""
    whole = {(n.genus, n.epithet) for n in names}
    for n in names:
        if n.infra and n.infra_bare and (n.genus, n.epithet + n.infra) in whole:
            n.epithet, n.infra, n.infra_bare, n.rank = n.epithet + n.infra, None, False, "species"


# A name with a word the OCR engine was unsure of is more often a misreading ("Brvoria lanaica",
# "Stachys latifalia") than the name: no value is better than a wrong one. Devset OCR (run
# base18): of the names read at 0.80-0.86, three were misreadings (at 0.82, 0.84
# and 0.85) and one right (0.84); from 0.865 up, the
# wrong names were wrong choices among several, not misreadings, but for two (0.96, 0.98).
NAME_MIN_OCR = 0.86
# A genus alone on its line has nothing beside it to confirm it: it must be read surely (devset OCR:
# the one right lone genus was read at 0.96, the five misreadings at
# 0.83-0.87; a generated sample's "Bombus" at 0.8999).
GENUS_ALONE_MIN_OCR = 0.88


# Below this a match is a word pair that only happens to look like a name.
MIN_NAME_SCORE = 0.6


def likely_names(found: Sequence[NameMatch]) -> list[NameMatch]:
    """Of `find_names`' matches, those that read like names: candidates for the name, and text no
    other field takes."""
    return [n for n in found if n.score >= MIN_NAME_SCORE]


# Two readings whose genera and epithets are this close (rapidfuzz ratio, 0-100) are one name read
# twice ("Sprgela ovatcides" on a slip, "Spigelia ovatoides" on the label: 80 and 89); the
# epithets of two species differ more ("montana" / "latifolia": 25, "latifalia" / "montana": 38).
SAME_NAME_RATIO = 75


def _same_name(a: NameMatch, b: NameMatch) -> bool:
    return (
        fuzz.ratio(a.genus, b.genus) >= SAME_NAME_RATIO
        and fuzz.ratio(a.epithet, b.epithet) >= SAME_NAME_RATIO
    )


def _surest_readings(names: list[NameMatch]) -> list[NameMatch]:
    """The names without the readings of a name that is read more surely elsewhere on the sheet:
    of two readings of one name, the one with the higher OCR word confidence is the likelier."""
    return [
        n
        for n in names
        if not any(
            m.ocr_confidence > n.ocr_confidence
            and m.score >= n.score
            and m.det_year >= n.det_year
            and m.name != n.name
            and _same_name(m, n)
            for m in names
        )
    ]


# A name with a word only the second recogniser read (Tesseract read nothing like it: most often
# handwriting, which PP-OCRv6 reads and Tesseract does not) is kept only when the collection's
# checklist holds it or a near miss of it. Such names are misspelt too often to be proposed on
# their own: devset OCR, 9 of 14 right against 93 of 102 for the others;
# five wrong (a letter or two misread in a word, as "Flavocetiaria nivaiis"). For other fields such words are as
# often right as the rest (recordedBy 12 of 13, verbatimLocality 22 of 26).
def _proposable(name: NameMatch, checklist: Checklist | None) -> bool:
    """Whether a name may be proposed: read surely (`NAME_MIN_OCR`) and not by the second
    recogniser alone, or held by the collection's checklist, itself or as a near miss: a slip the
    checklist repairs, a word read unsurely but right, not a different name (devset OCR:
    one name right at 0.83, one near miss at 0.84, one different name at 0.84)."""
    if name.ocr_confidence >= NAME_MIN_OCR and not name.second_only:
        return True
    return checklist is not None and checklist.match(name.name) is not None


# A word pair on a dated determination line refused for one doubt alone (an epithet ending as no
# Latin word does, "Stachya latifaliz H.B.K." over "K.Brandl3-1987") is a misread
# determination: it still says that the sheet's older names are not the current one. Two doubts
# are no misread name: "Wet ditch nr. Sampleton" two lines above "conf. J. Beispiel 1990" (a
# lower-case word after it, no Latin ending; 0.5 + 0.1 + 0.3 - 0.6, which floating point made
# 0.3000...04 against 0.2999...93) left the sheet no name at all; the margin keeps it out.
MISREAD_DETERMINATION_SCORE = MIN_NAME_SCORE - 0.25


# How much less a rule believes a name read unsurely (see `name_candidates`).
UNSURE_READING_DOUBT = 0.5


def proposable_names(
    found: Sequence[NameMatch], checklist: Checklist | None = None
) -> list[NameMatch]:
    """Of `find_names`' matches, the names that may be proposed (`_proposable`), one reading of
    each: the names the sheet's determinations are made of."""
    return _surest_readings([n for n in likely_names(found) if _proposable(n, checklist)])


def latest_determination_year(found: Sequence[NameMatch]) -> int:
    """The year of the latest dated determination on the sheet, its name read or not (0: none)."""
    return max((n.det_year for n in found if n.score >= MISREAD_DETERMINATION_SCORE), default=0)


# what a genus the backbones know adds to a name's score when names compete (`fields.genera`):
# more than the shape of a Latin ending gives (0.6 against 0.75), less than a keyed determination
KNOWN_GENUS_BONUS = 0.2


def name_candidates(
    labels: list[Label], found: Sequence[NameMatch], checklist: Checklist | None = None
) -> list[FieldCandidate]:
    """The scientific name and its parts, from `find_names(labels)`."""
    names = proposable_names(found, checklist)
    flags = []
    if not names and checklist is None:
        # a name read unsurely or by the second recogniser alone is proposed only when the sheet
        # has no surer one and no checklist could confirm it, flagged: a curator checks it rather
        # than keys it afresh
        names = _surest_readings(likely_names(found))
        flags = ["unsure_reading"] if names else []
    # the latest dated determination is the current identification (Darwin Core); when it cannot
    # be read surely, or is read as no Latin name, an older name on the sheet would be the wrong one
    latest = latest_determination_year(found)
    if latest and not any(n.det_year == latest for n in names):
        return []
    if not names:
        return _genus_only(labels, checklist)
    if latest:
        names = [n for n in names if n.det_year == latest]
    # of names equally sure, one alone on its slip: a determination, added after the data label;
    # a genus a taxonomic backbone knows counts for more than a word's shape ("Sempervivum
    # exempla" under "Kalkfelsen ober Sampleton", two words of a German place)
    best = max(
        names,
        key=lambda n: (
            round(n.score + KNOWN_GENUS_BONUS * genus_known(n.genus), 3),
            n.slip,
            -n.label.position,
            -n.start,
        ),
    )
    # the names a "= Newname" line equates with the name it replaces are one taxon
    several = len({(n.genus, n.epithet) for n in names if not _equated_by(n, best)}) > 1
    several = several or _epithet_written_over(best)
    if several:
        # the sheet names more than one taxon (a redetermination or a host plant): a doubt the
        # curator sees, and the calibration weighs with the other flagged doubts
        flags.append("several_taxa")
    if (
        any(re.search(r"[01]", best.label.flat[s:e]) for s, e in best.words)
        and "unsure_reading" not in flags
    ):
        # "Quercus exemp1a", "P0TAMOGETON": a figure read as a letter in it
        flags.append("unsure_reading")
    doubt = (0.8 if several else 1.0) * (UNSURE_READING_DOUBT if "unsure_reading" in flags else 1.0)
    if "unsure_reading" not in flags and _unknown_without_author(best, checklist):
        # "Exampla minor / Sampleton": two Latin-ended words no backbone and no checklist knows,
        # with no author to say a name: a name as likely as a place's or a habitat's words
        flags.append("unsure_reading")
    if "unsure_reading" not in flags and _unknown_capitals(best, found, checklist):
        # "EXAMPLA MINOR MUSTER": a binomial in capitals reads as any two Latin-ended words do;
        # unless its genus is known (the checklist's, or spelt in small letters on the sheet)
        flags.append("unsure_reading")
    return name_fields(best, flags, doubt=doubt)


def _unknown_without_author(name: NameMatch, checklist: Checklist | None) -> bool:
    """Whether `name` has no author and its genus is one no taxonomic backbone knows
    (`fields.genera`) nor the collection's checklist holds, and reads as a known one misread
    ("Nothofgus", "Prirnula") or is split by a blank ("Loba ria"). A genus no backbone holds that
    is no known one's misreading (a fossil's, "Ichthyosaurus"; a genus the backbones lack, as
    insects' often are) stays as sure as its shape: on the real sets such names were right."""
    if name.authorship or genus_known(name.genus) or name.genus.endswith("."):
        return False
    if checklist is not None and checklist.holds_genus(name.genus):
        return False
    return not name.genus.isalpha() or near_known_genus(name.genus)


def _unknown_capitals(
    name: NameMatch, found: Sequence[NameMatch], checklist: Checklist | None
) -> bool:
    """Whether `name`'s genus is printed in capitals ("EXAMPLA MINOR") and nothing confirms it:
    no checklist holds it, no taxonomic backbone knows it (`fields.genera`), no name on the sheet
    spells it in small letters."""
    s, e = name.words[0]
    printed = name.label.flat[s:e]
    if len(printed) < 4 or not printed.isupper():
        return False
    if checklist is not None and checklist.holds_genus(name.genus):
        return False
    if genus_known(name.genus):
        return False
    for n in found:
        gs, ge = n.words[0]
        if n.genus == name.genus and not n.label.flat[gs:ge].isupper():
            return False
    return True


# An epithet alone on the line over a name's line, in small letters: a correction written over
# the printed name ("sampleana / Exemplia probata Bl."), whose epithet it replaces.
_EPITHET_ALONE = re.compile(r"[ \t]*(?P<e>[a-zäëïöü]{5,})[ \t]*")


def _epithet_written_over(name: NameMatch) -> bool:
    """Whether the line above `name`'s own line is another epithet alone (`_EPITHET_ALONE`)."""
    lab = name.label
    i = lab.line_no(name.start)
    if i == 0:
        return False
    m = _EPITHET_ALONE.fullmatch(lab.lines[i - 1].text)
    if m is None:
        return False
    word = m.group("e")
    return (
        word != name.epithet
        and _LATIN_END.search(word) is not None
        and word not in _ORGANISM_WORDS
        and word not in not_epithets()
        and word not in _STATE_WORDS
    )


# A specimen's state written over its name ("sterile / Exemplia probata Bl."): no epithet.
_STATE_WORDS = {"sterile", "fertile", "sterilis", "fertilis", "juvenile", "indet"}


# How far above a "= Newname" line the names it equates may stand ("Exemplia sampleana Bl. /
# - Exemplia probata Beisp. / = Exemplaria sampleana (Bl.) Muster"), in lines.
_EQUATED_ABOVE = 2


def _equated_by(name: NameMatch, new: NameMatch) -> bool:
    """Whether `name` is one `new` is equated with: `new` opens its line with "=" and `name`
    stands on one of the lines just above it, on the same label."""
    lab = new.label
    if name.label is not lab or name.start >= new.start:
        return False
    line = lab.line_at(new.start)
    if lab.flat[line.start : new.start].strip() != "=":
        return False
    return 0 < lab.line_no(new.start) - lab.line_no(name.start) <= _EQUATED_ABOVE


def name_fields(best: NameMatch, flags: list[str], *, doubt: float = 1.0) -> list[FieldCandidate]:
    """The terms of one name: scientificName, its qualifier, authorship and rank (the rule's
    confidence from the name's score, scaled by `doubt`)."""
    lab = best.label
    conf = min(0.95, 0.45 + best.score * 0.6) * doubt
    if best.genus.endswith("."):
        conf = min(conf, 0.4)
    rule = "name.genus" if best.rank == "genus" else "name.binomial"
    name = candidate(Term.scientificName, best.name, conf, lab, best.start, best.end, rule, flags)
    out = [name]
    if best.qualifier:
        out.append(
            candidate(
                Term.identificationQualifier,
                best.qualifier,
                conf * 0.9,
                lab,
                best.start,
                best.end,
                "name.qualifier",
            )
        )
    if best.authorship:
        out.append(
            candidate(
                Term.scientificNameAuthorship,
                best.authorship,
                conf * 0.9,
                lab,
                best.start,
                best.end,
                "name.authorship",
            )
        )
    out.append(
        candidate(Term.taxonRank, best.rank, conf * 0.9, lab, best.start, best.end, "name.rank")
    )
    return out


# The genus may follow a number ("No. 52 Bryoria", "B417. Bryoria"), not a word: after a
# word it is an epithet or a place ("Pastinaca Sativa", "Sage Canyon", "Edwin R. Pierson").
_GENUS_ALONE = re.compile(
    r"^\s*(?:(?:No\.?|#|[^\s\d]*\d\S*)\s+){0,2}?"
    r"(?P<g>[A-Z][a-z]{3,}(?:ia|ella|us|um|is|a|es|on|ix|ex|as|ys))"
    # a sex symbol beside the genus, or its usual misreadings ("Exemplus 2", "Exemplus Q")
    r"(?:\s+[♀♂2Q])?\s*$"
)


def _no_lone_genus(lab: Label, i: int, word: str) -> bool:
    """Whether `word`, alone on line `i` of `lab`, is no genus for its word or its neighbours: a
    taxon above the genus ("Coleoptera", `higher_rank`), a town's name by its ending
    ("Sampleton", `place_like`; "Natural History Museum / London"), an institution's name in
    one word ("Naturkundemuseum") or its first word ("Sampleia / Museum"), or a place under a
    country or a state alone on its line ("Madagascar / Sampleana"). Not any word under an
    institution's name: a lichen herbarium's label prints its genus under it ("EXEMPLUM
    HERBARIUM / Exemplia")."""
    if higher_rank(word) or place_like(word) or _COMPOUND_INSTITUTION.search(word):
        return True
    above = lab.lines[i - 1].text if i > 0 else ""
    below = lab.lines[i + 1].text if i + 1 < len(lab.lines) else ""
    place = fold(above.strip(" \t.,:;"))
    if place and (place in countries() or place in states()):
        return True
    return bool(below) and len(below.split()) <= 2 and is_institution(f"{word} {below}")


# An institution's name in one compound word ("Naturkundemuseum", "Landesherbarium").
_COMPOUND_INSTITUTION = re.compile(r"(?i)[^\W\d_]{3,}(?:museum|herbarium)\b")


def _genus_only(labels: list[Label], checklist: Checklist | None = None) -> list[FieldCandidate]:
    """A lone Latin-looking word on its own line ("Bryoria"): the specimen is named to genus only.

    Not next to a date or a state: there the word is a place ("Marcella / N.Y."). A genus read
    unsurely or by the second recogniser alone stands when the collection's checklist holds it,
    as a binomial does (`_proposable`).
    """
    for lab in labels:
        hits = find_hits([lab])
        for i, line in enumerate(lab.lines):
            near = lab.lines[i : i + 2]
            # an insect's data label prints its place, its region and its date on three lines
            # ("Sampleton / Exampleshire / vi.1931")
            if any(find_dates(x.text) for x in lab.lines[i : i + 3]) or any(
                near[0].start <= h.start <= near[-1].end for h in hits
            ):
                continue
            m = _GENUS_ALONE.match(line.text)
            if m is None or m.group("g") in _NOT_GENERA or is_institution(line.text):
                continue
            if _TYPE_OF.match(line.text):
                continue  # "Syntypus", "Lectotypus ♂": a type label's status, no genus
            if m.group("g") in not_genera() or _no_lone_genus(lab, i, m.group("g")):
                continue
            s, e = line.start + m.start("g"), line.start + m.end("g")
            held = checklist is not None and checklist.holds_genus(m.group("g"))
            if not held and (
                lab.word_confidence(s, e) < GENUS_ALONE_MIN_OCR or lab.read_by_second_only(s, e)
            ):
                continue
            if i + 1 < len(lab.lines) and re.match(r"\s*[a-z]{3,}", lab.lines[i + 1].text):
                continue  # the epithet below was misread: the genus alone would be wrong
            if re.match(r"\s*(?:on|in|of|upon)\s", line.text, re.IGNORECASE):
                continue
            if i > 0 and _PRECEDING_NOT_NAME.search(lab.lines[i - 1].text.rstrip()):
                continue  # "On fls. of / Cymopterus": the host the specimen was taken on
            if fold(m.group("g")) not in states() and fold(m.group("g")) not in countries():
                # flagged: an epithet may have been lost (the devset holds too few lone genera
                # for the calibration to learn their rate on its own)
                doubt = ["genus_only"]
                genus = m.group("g")
                rule = "name.genus_only"
                return [
                    candidate(Term.scientificName, genus, 0.45, lab, s, e, rule, doubt),
                    candidate(Term.taxonRank, "genus", 0.4, lab, s, e, rule, doubt),
                ]
    return []


_FAMILY = re.compile(
    r"(?<![\w])(?P<f>[A-Z][a-z]+aceae|[A-Z]+ACEAE|Gramineae|GRAMINEAE|Compositae|COMPOSITAE|"
    r"Leguminosae|LEGUMINOSAE|Palmae|Cruciferae|Labiatae|Umbelliferae|Guttiferae|[A-Z][a-z]+idae)"
    r"(?![\w])"
)


def family_candidates(labels: list[Label]) -> list[FieldCandidate]:
    for lab in labels:
        for m in _FAMILY.finditer(lab.flat):
            fam = m.group("f")
            value = fam.capitalize() if fam.isupper() else fam
            return [candidate(Term.family, value, 0.85, lab, m.start(), m.end(), "name.family")]
    return []


# A binomial and a last word after it on its line: where the word is a reading of a sex sign
# (`name_keys.sex_sign_reading`), the OCR's for "♂" or "♀" ("Exampla minor ó", "... 9").
_SIGN_AFTER_NAME = re.compile(
    r"^[ \t]*[A-Z][a-zäëïöüéè]{2,}[ \t]+[a-zäëïöüéè][a-zäëïöüéè-]{2,}[ \t]+(?P<s>\S{1,2})[ \t]*$",
    re.MULTILINE,
)


def sex_candidates(labels: list[Label]) -> list[FieldCandidate]:
    for lab in labels:
        for m in re.finditer(r"[♀♂]", lab.flat):
            value = "female" if m.group(0) == "♀" else "male"
            return [candidate(Term.sex, value, 0.9, lab, m.start(), m.end(), "sex.symbol")]
    for lab in labels:
        for m in _SIGN_AFTER_NAME.finditer(lab.text):
            if (read := sex_sign_reading(m.group("s"))) is not None:
                # a reading of the sign, not the sign: doubted (a letter may be just a letter)
                s, e = m.span("s")
                rule = "sex.sign_misread"
                return [candidate(Term.sex, read, 0.8, lab, s, e, rule, ["unsure_reading"])]
    return []


_TYPE_WORDS = (
    r"holo|iso|para|syn|lecto|neo|allo|epi|isolecto|isosyn|isoneo|paralecto|paraneo|topo|cotype|co"
)
# A type label's statement: "Holotype of:", "ISOTYPUS", "Type de"; the name it typifies follows
# on its line or the next.
_TYPE_OF = re.compile(
    rf"^\W*(?:{_TYPE_WORDS})?typ(?:e|us|i)\b\W*(?:(?:of|de|du|des|von|der|för)\b\W*)?",
    re.IGNORECASE,
)
# A type label says only its kind, sometimes with the name it typifies: "HOLOTYPE", "Isotypus",
# "PARATYPE ♂", "Type of Philanthus barbatus Bx.". The word must open its line: inside a sentence
# ("the type locality of", "vide Typum in herb. Muster") it is a citation, not this specimen's status.
# Who chose a lectotype or a neotype, after the word ("Lectotype designated by K. Muster 1980",
# "LECTOTYPUS (design. K. Muster)"): the status is the word's.
_TYPE_STATUS = re.compile(
    rf"^\s*(?P<w>(?:{_TYPE_WORDS})?typ(?:e|us))\b\.?"
    r"(?:\s+(?:of|de|von|du)\s+(?P<of>[A-Z][^\n]*?))?\s*[♀♂]?\s*[.:]?"
    r"(?:\s*[,(]?\s*(?:(?:designated|designavit|selected|chosen)\b|design\.|desig\.)[^\n]*)?\s*$",
    re.IGNORECASE,
)


def type_status_candidates(labels: list[Label]) -> list[FieldCandidate]:
    """typeStatus as printed, with the type word in English lower case ("Isotypus" -> "isotype")."""
    for lab in labels:
        for line in lab.lines:
            m = _TYPE_STATUS.match(line.text)
            if m is None:
                continue
            word = m.group("w").lower()
            word = word[:-2] + "e" if word.endswith("typus") else word
            value = word + (f" of {m.group('of').strip()}" if m.group("of") else "")
            # A bare "Type" line is less telling than a named kind of type.
            conf = 0.75 if word == "type" else 0.85
            s = line.start + m.start("w")
            e = line.start + (m.end("of") if m.group("of") else m.end("w"))
            return [candidate(Term.typeStatus, value, conf, lab, s, e, "type.line")]
    return []
