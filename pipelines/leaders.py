"""The dotted lines of fill-in forms ("Coll. ........ R. T. Vance").

Printed label forms lead the eye from a keyword to the value written after it with a row of dots,
and typists filled in names over dotted rules. Both recognisers read the dots as full stops glued
to the words on either side: "Lasallia..kellermanii..(Hal.)..Schad." is one token to Tesseract,
not four words, and no word of it counts as word-like when a label's direction is decided (on the
devset such a line read as nothing, and its label was turned upside down and lost).

A run of two or more dots between words becomes a space; a run ending a word is a single full
stop ("Coll......" -> "Coll."), and so is a pair of dots between a word and a capital ("Nay..Mex."
is "Nay.,Mex." with its comma read as a stop, or "Coll..A. J." a leader read short); a run standing
alone is dropped. A lone full stop is never touched. The recognisers' characters keep their
indices (`kept`), so that boxes, scores and positions follow the text.
"""

from __future__ import annotations

import re

_RUN = re.compile(r"[.…·]{2,}|…")


def kept(text: str) -> list[int | None]:
    """Which of `text`'s characters stay once its leaders are taken out, in order, by index; None
    stands for a space put where a run of dots parted two words."""
    out: list[int | None] = []
    start = 0
    for run in _RUN.finditer(text):
        out.extend(range(start, run.start()))
        before = text[run.start() - 1 : run.start()]
        after = text[run.end() : run.end() + 1]
        word_before = bool(before) and not before.isspace()
        if after and not after.isspace() and after not in ",;:)":
            if before.isalpha() and after.isupper() and run.end() - run.start() == 2:
                # an abbreviation's stop and a comma read as one: "Nay..Mex."
                out.append(run.start())
            if word_before:
                out.append(None)  # between words: the run is a word break
        elif word_before:
            out.append(run.start())  # ends a word: "Coll......" -> "Coll."
        start = run.end()
    out.extend(range(start, len(text)))
    return out


def pieces(text: str) -> list[tuple[str, int, int]]:
    """The words a token holds once its leaders are taken out: (text, start, end) in the token."""
    out: list[tuple[str, int, int]] = []
    current: list[int] = []
    for i in [*kept(text), None]:
        if i is not None:
            current.append(i)
        elif current:
            out.append(("".join(text[k] for k in current), current[0], current[-1] + 1))
            current = []
    return out
