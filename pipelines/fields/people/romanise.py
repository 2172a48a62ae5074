"""People's names printed in Cyrillic ("Собр. Иванова А. П."), given in the Latin alphabet.

Herbaria that print Russian labels keep their persons in Latin letters in their databases
(collectors' indexes, Darwin Core exports), so a name read in Cyrillic is offered romanised by the
BGN/PCGN system for Russian, without diacritics ("Иванова А. П." -> "Ivanova A. P."), the label's
text staying in the evidence. Which system a collection follows (BGN/PCGN "Shishkin", the
scholarly "Šiškin", a botanist's own "Schischkin") the label does not say: the value is flagged
`romanised`, a doubt (`pipelines.confidence.DOUBTS`), so it stays a suggestion below the
bulk-accept threshold.
"""

from __future__ import annotations

import re

from models.fields import FieldCandidate

# BGN/PCGN 1947 for Russian, diacritics left out ("ё" as "e"); the hard and soft signs dropped
_LETTERS = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "ё": "e",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "й": "y",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "yu",
    "я": "ya",
    # the letters of the old orthography (before 1918) and of Ukrainian and Belarusian names
    "і": "i",
    "ї": "yi",
    "є": "ye",
    "ѣ": "e",
    "ѳ": "f",
    "ў": "w",
    "ґ": "g",
}
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
ROMANISED = "romanised"
# The Cyrillic letters that look like Latin ones: in a name printed in Latin letters, the OCR's
# slips into the other alphabet ("К. Мuster", "Н. Muster" for "H. Muster"), set back by their
# look, not by their sound
_TWINS = str.maketrans("АВЕКМНОРСТХаеорсухіјЅѕ", "ABEKMHOPCTXaeopcyxijSs")
_LATIN = re.compile(r"[A-Za-z]")


# The Latin look-alikes a Cyrillic word may hold ("Пeтpов" with a Latin "e" and "p"), set to
# the Cyrillic letters they stand for
_CYRILLIC_TWINS = str.maketrans("ABEKMHOPCTXaeopcyxk", "АВЕКМНОРСТХаеорсухк")
_WORD = re.compile(r"[^\W\d_]+")


def _cyrillic_word(m: re.Match[str]) -> str:
    """A word in Cyrillic with Latin look-alikes in it, all Cyrillic; any other unchanged."""
    word = m.group(0)
    cyrillic = len(_CYRILLIC.findall(word))
    if not cyrillic or cyrillic <= len(_LATIN.findall(word)):
        return word
    fixed = word.translate(_CYRILLIC_TWINS)
    return word if _LATIN.search(fixed) else fixed


def romanised(text: str) -> str:
    """ "Иванова А. П." -> "Ivanova A. P."; "Щукин" -> "Shchukin"; Latin letters kept, bar the
    look-alikes in a Cyrillic word ("Пeтpов" -> "Petrov", not "Petpov")."""
    text = _WORD.sub(_cyrillic_word, text)
    out = []
    for k, ch in enumerate(text):
        low = ch.lower()
        if low not in _LETTERS:
            out.append(ch)
            continue
        latin = _LETTERS[low]
        if ch != low and latin:
            # a capital: the whole digraph in capitals inside a word in capitals ("ЩУКИН")
            nxt = text[k + 1 : k + 2]
            upper = nxt.isupper() or (not nxt.isalpha() and text[k - 1 : k].isupper())
            latin = latin.upper() if upper and len(latin) > 1 else latin.capitalize()
        out.append(latin)
    return "".join(out)


def _in_latin(name: str) -> str | None:
    """A name printed in Latin letters with the OCR's Cyrillic twins in it ("К. Мuster" -> "K.
    Muster": Latin letters in it, every Cyrillic one a Latin look-alike), or None."""
    if not _LATIN.search(name):
        return None
    fixed = name.translate(_TWINS)
    return None if _CYRILLIC.search(fixed) else fixed


def romanise_candidate(c: FieldCandidate) -> FieldCandidate:
    """A person's candidate whose value holds Cyrillic letters: the OCR's twins in a Latin name
    set back; a name in Cyrillic romanised and flagged; any other unchanged."""
    if not _CYRILLIC.search(c.value):
        return c
    names = c.value.split(" | ")
    fixed = [_in_latin(n) for n in names]
    if all(f is not None for f in fixed):
        return c.model_copy(update={"value": " | ".join(f for f in fixed if f is not None)})
    value = " | ".join(
        f if f is not None else romanised(n) for n, f in zip(names, fixed, strict=True)
    )
    return c.model_copy(update={"value": value, "flags": [*c.flags, ROMANISED]})


# A surname's or a given name's genitive after "Сбор" ("Сбор К. Мустера", "Сбор И. Петровой":
# the gathering of), set back to the nominative: the endings of the masculine and feminine
# declensions, most specific first; a word of three letters or fewer (an initial) kept
_GENITIVE_ENDINGS = (
    ("ского", "ский"),
    ("цкого", "цкий"),
    ("ской", "ская"),
    ("цкой", "цкая"),
    ("овой", "ова"),
    ("евой", "ева"),
    ("иной", "ина"),
    ("ыной", "ына"),
    ("ова", "ов"),
    ("ева", "ев"),
    ("ёва", "ёв"),
    ("ина", "ин"),
    ("ына", "ын"),
)
_CONSONANT_A = re.compile(r"(?<=[бвгджзклмнпрстфхцчшщ])а$")
_SOFT_YA = re.compile(r"(?<=[лнр])я$")


def _nominative_word(m: re.Match[str]) -> str:
    word = m.group(0)
    if len(word) <= 3 or not _CYRILLIC.search(word):
        return word
    low = word.lower()
    upper = word.isupper()
    for gen, nom in _GENITIVE_ENDINGS:
        if low.endswith(gen):
            out = word[: -len(gen)] + (nom.upper() if upper else nom)
            return out
    if _CONSONANT_A.search(low):
        return word[:-1]
    if _SOFT_YA.search(low):
        return word[:-1] + ("Ь" if upper else "ь")
    return word


def nominative(name: str) -> str:
    """ "К. Мустера" -> "К. Мустер", "И. Петровой" -> "И. Петрова", "Бейшпиля" -> "Бейшпиль":
    a name in Cyrillic in the genitive, as "Сбор" governs it, in the nominative."""
    return _WORD.sub(_nominative_word, name)
