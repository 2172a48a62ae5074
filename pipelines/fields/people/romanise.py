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


def romanised(text: str) -> str:
    """ "Иванова А. П." -> "Ivanova A. P."; "Щукин" -> "Shchukin"; Latin letters kept."""
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


def romanise_candidate(c: FieldCandidate) -> FieldCandidate:
    """A person's candidate whose value holds Cyrillic letters, romanised and flagged; any other
    unchanged."""
    if not _CYRILLIC.search(c.value):
        return c
    return c.model_copy(
        update={
            "value": romanised(c.value),
            "flags": [*c.flags, ROMANISED],
        }
    )
