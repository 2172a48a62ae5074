"""The lines whose dates are never the collection date: how a specimen came into a collection, and a
printed form's imprint.

A sheet records, besides its gathering, the day a herbarium received, bought, was given or lent it
("Reçu le 3 mars 1950", "Received Mar. 1879", "donné par Mme X en 1907", "erhalten 1910"), and
printed forms carry their printer's line: a code, the month it was printed and the print run
("G.P.-S. 1234—25/4/34—10,000", "Govt. Press 5/1921 2000"). The cue words are a table
(`data/curatorial_dates.csv`), per language. `roles` makes such a line curatorial (so no parser
reads it as the specimen's); `dates` never takes a date after such a cue on its line, nor one
inside an imprint, even where the line is left to be read (an institution's name).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from pipelines.fields.lexicon import alternation, data_rows

__all__ = ["curatorial_line", "never_collection", "stamp_line", "type_copy_line"]


@cache
def _cues(kind: str = "") -> re.Pattern[str]:
    rows = [
        r
        for r in data_rows("curatorial_dates.csv")
        if r["kind"] == kind or (not kind and r["kind"] not in _OWN_LINES)
    ]
    # (a kind without cues of one place matches nothing there)
    start = alternation(r["cue"] for r in rows if r["where"] == "start").replace("(?:)", "(?!)")
    anywhere = alternation(r["cue"] for r in rows if r["where"] == "any").replace("(?:)", "(?!)")
    # as whole words of any script; a cue ending in a full stop needs nothing after it
    return re.compile(
        rf"(?:^[^\S\n]*[\W_]{{0,3}}[^\S\n]*{start}|(?<![^\W\d_]){anywhere})"
        r"(?:(?<=\.)|(?![^\W\d_]))",
        re.IGNORECASE | re.MULTILINE,
    )


# kinds whose lines stay the label's own (not curatorial): their cues only doubt the dates
_OWN_LINES = frozenset({"type_copy"})


def type_copy_line(line: str) -> bool:
    """Whether `line` opens a type's photograph or annotation ("Photograph of holotype (B)",
    "Type photograph", "Holotype of Exampla ornata Muster, coll. 1890"): the dates under it and
    after it on its line are the type's gathering, not this sheet's."""
    return _cues("type_copy").search(line) is not None


# A printer's line on a form: a code or a number, a dash, the day or month of printing, a dash and
# the print run in thousands ("1234—25/4/34—10,000", "A.B. 12 – 3.1934 – 5 . 000").
_S = r"[^\S\n]?"
_IMPRINT = re.compile(
    r"\d[^\S\n]*[—–-]{1,2}[^\S\n]*"
    # the day, the month and the year, or the month and the year ("25/4/34", "3.1934")
    rf"(?P<date>\d{{1,2}}{_S}[/.]{_S}\d{{1,2}}{_S}[/.]{_S}\d{{2,4}}|\d{{1,2}}{_S}[/.]{_S}(?:\d{{4}}|\d\d))"
    r"[^\S\n]*[—–-]{1,2}[^\S\n]*\d{1,3}(?:[^\S\n]?[,.][^\S\n]?\d{3})+"
    # not a height or a distance ("No. 12 — 3.5.1950 — 1,200 m")
    r"(?!\d|[^\S\n]?(?i:m|km|ft|feet|mi|yds?)\b)"
)


@lru_cache(maxsize=8192)
def curatorial_line(line: str) -> bool:
    """Whether `line` records an acquisition or is a printer's imprint (cached: the roles ask
    of every line several times)."""
    return _cues().search(line) is not None or _IMPRINT.search(line) is not None


def stamp_line(line: str) -> bool:
    """Whether `line` is a stamp's numbered entry or a photograph's line ("Acc. No. 812345",
    "Field Museum Neg. No. 12345", "Photographed 1931"), whose date stands under it: a line that
    names who sent or gave the specimen ("Communicated by K. Muster / 6 June 1930") is often
    followed by the gathering's own date."""
    if _cues("photograph").search(line) is not None:
        return True
    m = _cues().search(line)
    if m is None:
        return False
    # a figure on it, or the cue alone on its line, a stamp's word ("RECEIVED" over its date)
    return re.search(r"\d", line) is not None or not line[m.end() :].strip(" \t.,:;-")


def never_collection(text: str, line_start: int, start: int, end: int) -> bool:
    """Whether the date at `text[start:end]`, on the line beginning at `line_start`, is an
    acquisition's (a cue before it on its line) or a printer's (inside an imprint)."""
    # a few words before it, a few figures around it: as far as a label's line goes
    if _cues().search(text, max(line_start, start - _REACH), start) is not None:
        return True
    line_end = text.find("\n", end, end + _REACH)
    line_end = min(len(text), end + _REACH) if line_end < 0 else line_end
    return any(
        m.start("date") <= start < m.end("date")
        for m in _IMPRINT.finditer(text, max(line_start, start - _REACH), line_end)
    )


_REACH = 120
