"""The words around a scientific name, per language, from `data/name_keys.csv`.

Printed forms key a name ("Nom : Exemplia sampleana", "Gen. Exemplia / Spec. sampleana Bl.",
"Lat. naam : ..."), determiners qualify it ("Exemplia aff. sampleana", "Exemplia sp."), authors
close it with a word of their own ("mihi", "sp. nov."), and titles, herbaria and places print
capitalised Latin that is no genus ("Plantae Exemplianae", "Herbarium Muelleri", "Insula Java").
The table holds the words; this module turns them into the patterns `names` searches with. The
determination cues are the people table's (`people.cues`), with the Latin and the OCR's forms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from pipelines.fields.lexicon import data_rows
from pipelines.fields.people.cues import cue_words, cues

__all__ = [
    "AFTER_NAME",
    "INDET",
    "QUALIFIER",
    "Key",
    "KeyKind",
    "det_line",
    "higher_rank",
    "indet_value",
    "line_key",
    "not_authors",
    "not_epithets",
    "not_genera",
    "place_like",
    "qualifier_value",
    "revision_line",
    "sex_sign_reading",
]


class KeyKind(StrEnum):
    name = "name"  # the whole name follows
    genus = "genus"
    species = "species"  # the epithet, or the whole name
    revised = "revised"  # under a revision slip's heading ("Revised for Flora Exempla")


@dataclass(frozen=True)
class Key:
    kind: KeyKind
    end: int  # where the key and its punctuation end in the line


def _rows(kind: str) -> list[dict[str, str]]:
    return [r for r in data_rows("name_keys.csv") if r["kind"] == kind]


def _word(cue: str) -> str:
    """A cue as a pattern: its blanks any run of blanks, its full stops spaced or not ("Gen ."),
    a letter before and after it no part of it."""
    body = r"\s?\.".join(re.escape(part).replace(r"\ ", r"\s+") for part in cue.split("."))
    # a space after a full stop ("sp. nov.") may be missing or doubled
    body = body.replace(r"\.\s+", r"\.\s*")
    start = r"(?<![^\W\d_])" if cue[:1].isalpha() else ""
    end = r"(?![^\W\d_])" if cue[-1:].isalpha() else ""
    return start + body + end


def _alternation(cues_: list[str]) -> str:
    unique = sorted({c.strip() for c in cues_ if c.strip()}, key=lambda c: (-len(c), c))
    return "(?:" + "|".join(_word(c) for c in unique) + ")"


@cache
def _key_pattern() -> re.Pattern[str]:
    groups = []
    for kind in (KeyKind.name, KeyKind.genus, KeyKind.species):
        words = [r["cue"] for r in _rows(kind.value)]
        dotted = _alternation([w for w in words if w.endswith(".")])
        bare = _alternation([w for w in words if not w.endswith(".")])
        # a word needs its colon or full stop ("Genus: X", "Nomen.: X"), or a form's column gap; a
        # phrase of two words names its key alone, so a capital after it is enough ("Scientific
        # Name Exemplia sampleana")
        alone = rf"{dotted}|{bare}(?=\s*[.:]|\t| {{3}})"
        phrases = [w for w in words if not w.endswith(".") and " " in w.strip()]
        if phrases:
            alone += rf"|{_alternation(phrases)}(?=\s+(?-i:[^\W\d_a-z]))"
        groups.append(rf"(?P<{kind.value}>{alone})")
    return re.compile(r"^[^\w\n]{0,3}(?:" + "|".join(groups) + r")[ \t.:]*", re.IGNORECASE)


def line_key(line: str) -> Key | None:
    """The name key that opens `line`, and where it ends ("Spec. " of "Spec. sampleana Bl.")."""
    m = _key_pattern().match(line)
    if m is None:
        return None
    kind = next(k for k in (KeyKind.name, KeyKind.genus, KeyKind.species) if m.group(k.value))
    if not m.group(kind.value)[:1].isupper():
        return None  # a form prints its keys capitalised; "name:" goes on a phrase ("Vernacular / name:")
    return Key(kind, m.end())


def _values(kind: str) -> dict[str, str]:
    return {re.sub(r"\s+", " ", r["cue"].strip().lower()): r["value"] for r in _rows(kind)}


# "aff.", "cf.", "nr.": between the genus and the epithet, or before the genus
QUALIFIER = _alternation([r["cue"] for r in _rows("qualifier")])
# "sp.", "spec.", "spp." after a genus: the species not named
INDET = _alternation([r["cue"] for r in _rows("indet")])
# "mihi", "sp. nov.", "agg.": after a name where its author stands
AFTER_NAME = _alternation([r["cue"] for r in _rows("after")])


def _normal(word: str) -> str:
    return re.sub(r"\s*\.\s*", ". ", word.strip().lower()).strip()


def qualifier_value(word: str) -> str:
    """A printed qualifier as Darwin Core keeps it ("Aff ." -> "aff.", "cfr." -> "cf.")."""
    table = {_normal(k): v for k, v in _values("qualifier").items()}
    return table.get(_normal(word), word.strip())


def indet_value(word: str) -> str:
    """A printed "species not named" word as Darwin Core keeps it ("spec." -> "sp.")."""
    table = {_normal(k): v for k, v in _values("indet").items()}
    return table.get(_normal(word), word.strip())


@cache
def not_genera() -> frozenset[str]:
    """Capitalised words that are no genus before a Latin word ("Herbarium", "Plantae",
    "Insula"), in title case; their capitals ("HERBARIUM") are folded to it by the caller."""
    return frozenset(r["cue"].strip() for r in _rows("not_genus"))


@cache
def not_authors() -> frozenset[str]:
    """Abbreviations that stand where an author would and are a place's kind or a label's cue
    ("Co.", "Herb."), without their full stop."""
    return frozenset(r["cue"].strip().rstrip(".") for r in _rows("not_author"))


@cache
def not_epithets() -> frozenset[str]:
    """Lower-case words that follow a capitalised word as an epithet would and are none
    ("van", "den", "var", "coll"), and the people's cue words ("Sampleta raccolse K. Muster":
    a place and the collector's cue)."""
    return frozenset(r["cue"].strip() for r in _rows("not_epithet")) | cue_words()


@cache
def _higher() -> dict[str, str]:
    return {r["cue"].strip(): r["value"].strip() for r in _rows("higher")}


def higher_rank(word: str) -> str:
    """The rank of a taxon above the genus that `word` names ("Coleoptera" -> "order"), or ""
    when it names none: the table's names, and any word ending in "-ptera", an insect order."""
    word = word.capitalize()
    if word in _higher():
        return _higher()[word]
    return "order" if len(word) > 7 and word.endswith("ptera") else ""


@cache
def _place_endings() -> list[tuple[str, tuple[str, ...]]]:
    rows = _rows("place_ending")
    return [(r["cue"].strip(), tuple(v for v in r["value"].split("|") if v)) for r in rows]


def place_like(word: str) -> bool:
    """Whether a capitalised word ends as the names of towns do and genera do not ("Sampleton",
    "Exampledon", "Tartumaa"; not "Croton", "Cynodon")."""
    low = word.lower()
    return any(
        low.endswith(end) and len(low) > len(end) + 2 and not low.endswith(keep)
        for end, keep in _place_endings()
    )


@cache
def _sex_signs() -> dict[str, str]:
    return {r["cue"]: r["value"] for r in _rows("sex_sign")}


def sex_sign_reading(word: str) -> str | None:
    """The sex an insect label's sign stands for where the OCR read it as `word` ("ó": male, "9",
    "Q": female), after the epithet at its line's end; None where `word` is no such reading."""
    return _sex_signs().get(word)


_REVISION = re.compile(
    r"^[^\w\n]{0,3}" + _alternation([r["cue"] for r in _rows("revision")]), re.IGNORECASE
)


def revision_line(line: str) -> bool:
    """Whether a line heads a revision's slip ("Revised for Flora Exempla")."""
    return _REVISION.match(line) is not None


# A determination line: "Det.", "det", "determined", "identified", "vidi" as the devset's labels
# print them (the edge of an insect label read as "l" or "I" before "Det"), and the people
# table's determiner cues in every language ("determ.", "Bestimmt", "dét.", "опр."), each in the
# case the table allows ("rev." a revision, "Rev." a reverend).
_DET_WORDS = re.compile(
    # "Dct.": the OCR's "c" for the "e"
    r"(?:\b|(?<=\b[lI1|]))(?:det\b|det\.|dct\.|clet\.|determined|identified|vidi)",
    re.IGNORECASE,
)
_DET_TABLE = re.compile(cues("determiner", "before"))


def det_line(line: str) -> bool:
    """Whether a line names a determination ("Det. A. Person 1990", "determ . Person .")."""
    text = re.sub(r"\s+(?=[.:,;])", "", line)
    return _DET_WORDS.search(text) is not None or _DET_TABLE.search(text) is not None
