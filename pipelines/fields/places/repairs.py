"""The OCR's and transcribers' slips mended in a locality's value (`repaired`: "_" for a space,
"1" for "l", "0" for "o", a height's "l" and "O" for its figures, spaced hyphens, stops and brackets; `STRAY_HEAD`, a letter glued before it)."""

from __future__ import annotations

import re

from pipelines.fields.places.cues import GEO_WORDS

# A letter the OCR read from a mark glued before the value's first word ("yTrapper's cove").
STRAY_HEAD = re.compile(r"[a-z](?=[A-Z][a-z])")
# Same-place slips of the OCR in the words of a place: a space read as "_" ("WEST_INDIES"), an
# "l" read as "1" or "|" between lower-case letters ("Exampli1ville").
_UNDERSCORE = re.compile(r"(?<=[^\W\d_])_(?=[^\W\d_])")
_DIGIT_L = re.compile(r"(?<=[a-z])[1|]+(?=[a-z])")
# an "o" read as "0" between letters, a lower-case one after it ("Samp0la")
_DIGIT_O = re.compile(r"(?<=[A-Za-z])0+(?=[a-z])")
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
# an "O" read as "0" in a word in capitals ("SAMPLET0N", "0F EXAMPLA", "C0LL.", "N0.")
_CAPITAL_O = re.compile(
    r"(?<=[A-Z])0+(?=[A-Z])|\b0(?=[A-Z]+\b)|(?<=[A-Z]{2})0\b|(?<=\b[A-Z])0(?=\.)"
)


# an "l" read for an "I" in a word in capitals ("lSLE OF SAMPLE", "HERBARlUM"): two capitals
# or more beside it, no lower-case letter
_CAPITAL_SMALL_L = re.compile(
    r"(?<![^\W\d_])(?=[A-Zl]*l)(?=(?:[A-Zl]*[A-Z]){2})[A-Zl]+(?![^\W\d_])"
)
# a "1" read for an "I" between capitals ("CAL1F:", "lLL1NOIS")
_CAPITAL_ONE = re.compile(r"(?<=[A-Z]{2})1(?=[A-Z])|(?<=[A-Z])1(?=[A-Z]{2})")
# a word in capitals with an "L" the OCR may have read for an "I" ("LSLE", "LSLAND")
_CAPITAL_WORD_L = re.compile(r"(?<![^\W\d_])[A-Z]*L[A-Z]*(?![^\W\d_])")


def capitals_mended(text: str) -> str:
    """`text` with the OCR's "0" for an "O" in words in capitals mended ("C0LL. K. MUSTER N0."),
    and its "l", "1" or "L" for an "I" ("lSLE", "CAL1F", "LSLAND": a kind of place once mended),
    its offsets kept."""
    text = _CAPITAL_O.sub(lambda m: "O" * len(m[0]), text)
    text = _CAPITAL_SMALL_L.sub(lambda m: m[0].replace("l", "I"), text)
    text = _CAPITAL_ONE.sub("I", text)
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
    value = _HEIGHT_FIGURES.sub(lambda m: m[0].translate(_FIGURES), value)
    value = capitals_mended(value)
    return letters_mended(value)


_FIGURES = str.maketrans({"l": "1", "I": "1", "O": "0"})


# an "O" read as "0" opening a word in lower case ("0kr. d. Exempla"), not a measure's figure
# ("0 km", "0cm")
_LEADING_O = re.compile(r"(?<![\w.,])0(?=[a-z]{2,}\b)(?!(?:km|mi|ft|cm|mm|ml|kg)\b)")


def letters_mended(text: str) -> str:
    """`text` with the figures the OCR read for letters inside a word mended ("Exemp1eby",
    "Samp0la", "0kr."), so its words read as a place's."""
    text = _LEADING_O.sub("O", text)
    text = _DIGIT_O.sub(lambda m: "o" * len(m.group(0)), text)
    return _DIGIT_L.sub(lambda m: "l" * len(m.group(0)), text)
