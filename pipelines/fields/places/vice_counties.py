"""A British vice-county's number at the head of a locality (`past_vice_county`,
`past_vice_county_line`) or closing it (`before_vice_county`), and as a cue of place (`VICE_COUNTY_CUE`); the vice-county's own field is
`pipelines.fields.vicecounty`'s."""

from __future__ import annotations

import re

from pipelines.fields.places.cues import GEO_WORDS, HABITAT_WORDS, PLACE_PREPOSITION
from pipelines.fields.vicecounty import is_british_county

# a vice-county's number on a line ("v.c. 99", "VC 12"): the line names a British county
VICE_COUNTY_CUE = re.compile(
    # (or an Irish one's in brackets: "Co. Exampla (H1)")
    r"(?<![\w.])(?:v\.\s?c\.|V\.\s?C\.|VC)\s*H?\s?\d{1,3}[a-z]?\b|\(H\s?\d{1,2}\)"
    # (or an Irish one's alone on its line: "H-12", "H12")
    r"|^[ \t]*H[ \t-]?\d{1,2}[ \t.]*$",
    re.MULTILINE,
)


# A vice-county's number ("v.c. 12", "VC 23 (Exampleshire)", "(v.c. 38)", an Irish one's "(H1)")
# and the punctuation around it
_VICE_COUNTY = re.compile(
    r"[ \t,;–-]*(?:\(?(?:v\.\s?c\.|V\.\s?C\.|VC|vc)\s*H?\s?\d{1,3}[a-z]?\)?|\(H\s?\d{1,2}\)"
    r"|(?<![\w-])H[ \t-]?\d{1,2}(?![\w-]))[ \t]*"
    r"(?:\([^)\n]{0,40}\))?[ \t]*[,:;.]?[ \t]*"
)
# a county's name before its vice-county's number ("Exampleshire, v.c. 12, ...")
_COUNTY_NAME = re.compile(r"\s*(?:[A-ZÀ-Þ][\w'’.-]*[ \t]*){1,3}")


def past_vice_county(text: str, s: int, e: int) -> int:
    """The start of the keyed locality `text[s:e]` past a vice-county that heads it, alone or
    after its county's name ("v.c. 12, Sample Wood", "Exampleshire, v.c. 12: Sample Wood"): the
    vice-county is a field of its own and would end the locality there (`_INLINE_STOP`)."""
    line_end = text.find("\n", s, e)
    line_end = e if line_end < 0 else line_end
    head = _COUNTY_NAME.match(text, s, line_end)
    if head is not None and (GEO_WORDS.search(head[0]) or HABITAT_WORDS.search(head[0])):
        head = None  # "Beeby Wood, v.c. 12, near the church": a place before the number
    for at in (s, head.end() if head is not None else s):
        vc = _VICE_COUNTY.match(text, at, line_end)
        if vc is not None and sum(ch.isalpha() for ch in text[vc.end() : line_end]) >= 3:
            return vc.end()
    return s


# A line naming a county by its name and vice-county's number and nothing else ("Exampleshire,
# v.c. 99", "v.c. 99 Exampleshire", "VC 12 (Exampleshire)")
_VICE_COUNTY_LINE = re.compile(
    r"[^\w\n]*(?:(?:[A-ZÀ-Þ][\w'’.-]*[ \t]*){1,3}[,:;]?[ \t]*)?"
    + _VICE_COUNTY.pattern
    + r"(?:(?:[A-ZÀ-Þ][\w'’.-]*[ \t]*){1,3})?[\W]*"
)


def vice_county_line(line: str) -> bool:
    """Whether `line` names only a county and its vice-county ("Cambs. v.c. 29"): a short line
    with the vice-county's cue (the pattern backtracks on long lines without one); not a place
    named near or by its kind before the number ("Nr. Sampleton, v.c. 17", "Beeby Wood, v.c.
    12"), which is the locality with its vice-county."""
    return (
        len(line) <= 80
        and VICE_COUNTY_CUE.search(line) is not None
        and _VICE_COUNTY_LINE.fullmatch(line) is not None
        and not _place_before_number(line)
    )


def _place_before_number(line: str) -> bool:
    """Whether the words before the vice-county's number on `line` name a place, not a county:
    a preposition of place or a kind of place ("Nr. Sampleton, v.c. 17", "Beeby Wood, v.c. 12")."""
    cue = VICE_COUNTY_CUE.search(line)
    head = line[: cue.start()] if cue is not None else line
    if PLACE_PREPOSITION.search(head) is not None:
        return True
    named = head.strip(" \t,;:(")
    # (a county's own name holds a kind of place: "Isle of Wight, v.c. 10", "Co. Down (H38)")
    return (
        (GEO_WORDS.search(head) is not None or HABITAT_WORDS.search(head) is not None)
        and not is_british_county(named)
        and _IRISH_COUNTY.fullmatch(named) is None
    )


# An Irish county after its word ("Co. Down", "County Exampla")
_IRISH_COUNTY = re.compile(r"(?:Co\.|County)\s*[A-Z][\w'’-]+")


def past_vice_county_line(text: str, s: int, e: int) -> int:
    """The start of the unkeyed locality `text[s:e]` past its first line when that names only
    the county and its vice-county ("Exampleshire, v.c. 99 / Sampleton Moss"): the vice-county
    is a field of its own, as in a keyed locality (`past_vice_county`)."""
    nl = text.find("\n", s, e)
    if nl < 0 or not _VICE_COUNTY_LINE.fullmatch(text, s, nl) or _place_before_number(text[s:nl]):
        return s
    rest = nl + 1
    while rest < e and text[rest].isspace():
        rest += 1
    return rest if sum(ch.isalpha() for ch in text[rest:e]) >= 3 else s


# A vice-county's number closing a place's line ("Nr. Sampleton, Exampleshire v.c. 29",
# "Sample Fen (VC 29)")
VICE_COUNTY_TAIL = re.compile(
    r"[ \t,;(]*(?:(?:v\.\s?c\.|V\.\s?C\.|VC|vc)\s*H?\s?\d{1,3}[a-z]?\)?"
    # (an Irish one's after its county: "Sampleton, Co. Exampla, H2", "Co. Exampla (H2)")
    r"|(?<=,[ \t])H\d{1,2}|\(H\s?\d{1,2}\))[^\w\n]*$"
)


def before_vice_county(text: str, s: int, e: int) -> int:
    """The end of the locality `text[s:e]` before a vice-county's number that closes it (the
    vice-county is a field of its own), when a place's name is left before it."""
    m = VICE_COUNTY_TAIL.search(text, s, e)
    if m is None or sum(ch.isalpha() for ch in text[s : m.start()]) < 3:
        return e
    end = m.start()
    while end > s and text[end - 1] in " \t\n,;:([":
        end -= 1
    return end
