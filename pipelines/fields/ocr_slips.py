"""The OCR's slips of one character for another that looks like it, and their menders: a figure
read for a letter inside a word ("FL0RA", "Samp0la", "PLANT5"), a letter read for a figure inside a
number ("No. l234567", "l9O5"), an "l", "1" or "|" for the "I" and a "0" for the "O" of a word in
capitals ("BRAZlL", "C0LL.", "BElSPlEL").

One place for them: the people, place, region and coordinate parsers mend what they read with
these, each where its own words are at stake (a surname in capitals, a country's name, a height's
figures). Every mender keeps the text's length, so a mended text's offsets are the read one's.
"""

from __future__ import annotations

import re
from functools import cache

# In a word in capitals, an "l", a "1" or a "|" read for an "I" and a "0" for an "O" ("BRAZlL",
# "CALlF.", "PR0BST"), as a table for `str.translate`
CAPITALS_SLIPS = str.maketrans("l1|0", "IIIO")
# figures read for a name's small letters ("HUEHUETENANG0", "Ca1if.", "ANTIOQU1A")
FIGURES_AS_LETTERS = str.maketrans("015", "ois")


# Each figure and the letters and marks the OCR reads for it: one table, each parser taking the
# look-alikes its context allows (a year's "S" for a 5, a catalogue number's "Q" for a 0)
_LOOKALIKES = {"0": "OoQD", "1": "lI|!", "2": "Z", "5": "S", "6": "G", "8": "B", "9": "g"}
_FIGURE_OF = {ch: figure for figure, chars in _LOOKALIKES.items() for ch in chars}


def as_figures(letters: str) -> dict[int, str]:
    """A `str.translate` table writing each of `letters` as the figure it looks like
    (`as_figures("lIO")`: "l" and "I" as 1, "O" as 0)."""
    return str.maketrans({ch: _FIGURE_OF[ch] for ch in letters})


# the letters read for figures, as the figures (a number's, a height's, a coordinate's)
LETTERS_AS_FIGURES = as_figures("lIOo")
# A run of letters the OCR reads for one letter inside a word, and the letter ("Prirnula",
# "Claclonia", "Wicklovv"), undone before a word is matched to a lexicon's
LETTER_RUN_SLIPS = (("rn", "m"), ("cl", "d"), ("ii", "u"), ("vv", "w"))


# A word in capitals with the OCR's "l", "1", "|" for an "I" or "0" for an "O" in it ("BElSPlEL",
# "PR0BST"): three capitals at least (of the character class `capitals`), no small letter but the
# "l"s
@cache
def _capitals_word(capitals: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?<![^\W\d_])(?=(?:[l1|0]*[{capitals}]){{3}})[{capitals}l1|0]*[l1|0][{capitals}l1|0]*"
        r"(?![^\W\d_])"
    )


# one such slip beside capitals: after one, or before two ("CH1NA", "lNDIA", "KUMA0N")
_CAPITALS_SLIP = re.compile(r"(?<=[A-Z])[l1|]|[l1|](?=[A-Z]{2})|(?<=[A-Z])0|0(?=[A-Z]{2})")


def capitals_words_mended(text: str, capitals: str = "A-Z") -> str:
    """`text` with each word in capitals (`capitals`: a character class's contents) mended of its
    slips, whole ("BElSPlEL J." -> "BEISPIEL J.")."""
    return _capitals_word(capitals).sub(lambda m: m.group(0).translate(CAPITALS_SLIPS), text)


def capitals_slips_mended(text: str) -> str:
    """`text` with each slip beside capitals mended ("CH1NA" -> "CHINA", "BRAZlL:" -> "BRAZIL:")."""
    return _CAPITALS_SLIP.sub(lambda m: m.group(0).translate(CAPITALS_SLIPS), text)


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


def capitals_o_and_i_mended(text: str) -> str:
    """`text` with the "0" for an "O" in words in capitals mended ("C0LL. K. MUSTER N0."), and
    the "l" or "1" for an "I" ("lSLE", "CAL1F")."""
    text = _CAPITAL_O.sub(lambda m: "O" * len(m[0]), text)
    text = _CAPITAL_SMALL_L.sub(lambda m: m[0].replace("l", "I"), text)
    return _CAPITAL_ONE.sub("I", text)


# A word the OCR read a letter of as a figure ("FL0RA", "PLANT5", "F1ora"): three letters or more,
# one or two of the figures that look like letters
_FIGURED_WORD = re.compile(r"(?<![^\W_])(?=(?:\d*[^\W\d_]){3})[^\W\d_015]*[015][^\W_]*")
# a word of two capitals, one a nought ("0F", "T0"): "OF", "TO" as the OCR read them in a
# printed name's capitals
_NOUGHT_WORD = re.compile(r"(?<![^\W_])(?:0[A-Z]|[A-Z]0)(?![^\W_])")
_FIGURES_AS_CAPITALS = str.maketrans("015", "OIS")
_FIGURES_AS_SMALL = str.maketrans("015", "ols")


def figures_as_letters(line: str) -> str:
    """`line` with the figures read for letters inside its words written as the letters ("FL0RA
    0F X" -> "FLORA OF X", "PLANT5" -> "PLANTS"), in the word's case; a number is left as it is."""

    def fix(m: re.Match[str]) -> str:
        word = m[0]
        figures = [c for c in word if c.isdigit()]
        if len(figures) > 2 or any(c not in "015" for c in figures):
            return word
        capitals = sum(c.isupper() for c in word) > sum(c.islower() for c in word)
        return word.translate(_FIGURES_AS_CAPITALS if capitals else _FIGURES_AS_SMALL)

    if not re.search(r"[015]", line):
        return line
    return _NOUGHT_WORD.sub(lambda m: m[0].replace("0", "O"), _FIGURED_WORD.sub(fix, line))


# Figures the OCR read for a place's small letters: an "l" read as "1" or "|" between lower-case
# letters ("Exampli1ville"), an "o" read as "0" between letters ("Samp0la"), an "O" read as "0"
# opening a word in lower case ("0kr. d. Exempla"), not a measure's figure ("0 km", "0cm")
_DIGIT_L = re.compile(r"(?<=[a-z])[1|]+(?=[a-z])")
_DIGIT_O = re.compile(r"(?<=[A-Za-z])0+(?=[a-z])")
_LEADING_O = re.compile(r"(?<![\w.,])0(?=[a-z]{2,}\b)(?!(?:km|mi|ft|cm|mm|ml|kg)\b)")


def small_letters_mended(text: str) -> str:
    """`text` with the figures the OCR read for small letters inside a word mended ("Exemp1eby",
    "Samp0la", "0kr."): unlike `figures_as_letters`, a "1" is an "l" (a place's words), and one
    figure among small letters is enough."""
    text = _LEADING_O.sub("O", text)
    text = _DIGIT_O.sub(lambda m: "o" * len(m.group(0)), text)
    return _DIGIT_L.sub(lambda m: "l" * len(m.group(0)), text)


# A number the OCR read with letters for some of its figures ("No. l234567", "MAR l2 l983",
# "l9O5"): figures and the letters that look like them, one figure at least
_LETTERED_NUMBER = re.compile(r"(?<![^\W\d_])(?=[lIOo]*\d)[\dlIOo]{2,}(?![^\W\d_])")


def letters_as_figures(line: str) -> str:
    """`line` with the letters read for figures inside its numbers written as the figures ("No.
    l234567" -> "No. 1234567", "MAR l2 l983" -> "MAR 12 1983"); a word is left as it is."""
    return _LETTERED_NUMBER.sub(lambda m: m[0].translate(LETTERS_AS_FIGURES), line)
