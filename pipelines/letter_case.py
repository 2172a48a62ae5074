"""Letter case slips in a recognised word: "YoRK", "NEw", "CoLL", "MARcH" for capitals.

Both recognisers confuse the case of letters whose capital and small forms differ mostly in size
(c o s v w x z, and small capitals in general), so a word printed in capitals comes out with one or
two small letters. A word is taken to be meant in capitals when it has more capitals than small
letters, or when capitals and small letters alternate more than a real name does ("JaNuaRy");
names set in mixed case on purpose ("McDonald", "DeWitt", "LeConte") keep their case.
"""

from __future__ import annotations

import re
from itertools import pairwise

_MIXED_BY_DESIGN = re.compile(r"^[A-Z][a-z]+[A-Z][a-z]{2,}$")
MIN_LETTERS = 3


def _humps(letters: str) -> int:
    """How many times a capital follows a small letter."""
    return sum(a.islower() and b.isupper() for a, b in pairwise(letters))


_LETTER_RUN = re.compile(r"[^\W\d_]+")


def settle_case(word: str) -> str:
    """The word with each run of letters in capitals where its mixed case is a recognition slip.

    Runs are judged apart, so "rubella(Vain.)B.Holmb." and "CAL:Sta.Cruz.Co." keep their case.
    """
    return _LETTER_RUN.sub(lambda m: _settle(m.group()), word)


def _settle(letters: str) -> str:
    if len(letters) < MIN_LETTERS or letters.isupper() or letters.islower():
        return letters
    if _MIXED_BY_DESIGN.match(letters):
        return letters
    upper = sum(ch.isupper() for ch in letters)
    if (upper >= 2 and upper >= len(letters) - upper) or _humps(letters) >= 2:
        return letters.upper()
    return letters
