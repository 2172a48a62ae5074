"""The OCR's and transcribers' slips mended in a locality's value (`repaired`: "_" for a space, a
height's "l" and "O" for its figures, spaced hyphens, stops and brackets, and `ocr_slips`' figures
for letters; `capitals_mended`, a kind of place's "L" for its "I" too; `STRAY_HEAD`, a letter
glued before it)."""

from __future__ import annotations

import re

from pipelines.fields.ocr_slips import (
    LETTERS_AS_FIGURES,
    capitals_o_and_i_mended,
    small_letters_mended,
)
from pipelines.fields.places.cues import GEO_WORDS

# A letter the OCR read from a mark glued before the value's first word ("yTrapper's cove").
STRAY_HEAD = re.compile(r"[a-z](?=[A-Z][a-z])")
# a space read as "_" in the words of a place ("WEST_INDIES")
_UNDERSCORE = re.compile(r"(?<=[^\W\d_])_(?=[^\W\d_])")
# a hyphen set apart between the words of one name ("Exempel - Kar", "St - Aubin")
_SPACED_HYPHEN = re.compile(r"(?<=[^\W\d_])[ \t]+-[ \t]+(?=[^\W\d_])")


# punctuation set apart by a transcriber's or the OCR's spacing ("Java .", "Tg . Parat",
# "( Beispieleiland )"): the place as it is printed
_SPACED_STOP = re.compile(r"[ \t]+(?=[.,;:!?](?:\s|$))|(?<=\w)[ \t]+(?=\.\w)")
_SPACED_BRACKET = re.compile(r"(\()[ \t]+|[ \t]+(?=\))")


# A height's figures as the OCR misread them, "l" or "I" for a "1", "O" for a "0" ("l2000 ft.",
# "l0,OOO FT.", "5OOO FT."): a figure among them, its unit after
_HEIGHT_FIGURES = re.compile(
    r"(?<![\w.,])(?=[\dlIO.,]*\d)(?=[\d.,]*[lIO])[\dlIO][\dlIO.,]*(?=[ \t]?(?i:m|ft|feet)\b)"
)
# a word in capitals with an "L" the OCR may have read for an "I" ("LSLE", "LSLAND")
_CAPITAL_WORD_L = re.compile(r"(?<![^\W\d_])[A-Z]*L[A-Z]*(?![^\W\d_])")


def capitals_mended(text: str) -> str:
    """`text` with the OCR's "0" for an "O" in words in capitals mended ("C0LL. K. MUSTER N0."),
    and its "l", "1" or "L" for an "I" ("lSLE", "CAL1F", "LSLAND": a kind of place once mended),
    its offsets kept."""
    text = capitals_o_and_i_mended(text)
    return _CAPITAL_WORD_L.sub(lambda m: _kind_of_place_mended(m[0]), text)


def _kind_of_place_mended(word: str) -> str:
    """`word` in capitals with one "L" read as an "I" where that makes it a kind of place the
    word itself is not ("LSLE" -> "ISLE"); else `word`."""
    if GEO_WORDS.fullmatch(word):
        return word
    for i, ch in enumerate(word):
        if ch == "L" and GEO_WORDS.fullmatch(mended := word[:i] + "I" + word[i + 1 :]):
            return mended
    return word


def repaired(value: str) -> str:
    value = _UNDERSCORE.sub(" ", _SPACED_HYPHEN.sub("-", value))
    value = _SPACED_STOP.sub("", _SPACED_BRACKET.sub(r"\1", value))
    value = _HEIGHT_FIGURES.sub(lambda m: m[0].translate(LETTERS_AS_FIGURES), value)
    value = capitals_mended(value)
    return small_letters_mended(value)
