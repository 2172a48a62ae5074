"""Coordinates beside a locality, which keyers give fields of their own: a line of a township,
range and section, a UTM zone, a GPS reading or a latitude and longitude under the place
(`coordinates_line`), and a British grid reference closing the place's line
(`before_grid_reference`) or a Nordic national grid's closing it (`before_national_grid`)."""

from __future__ import annotations

import re

from pipelines.fields.gridref import find_grid_references
from pipelines.fields.places.cues import GEO_WORDS
from pipelines.fields.text import Label

# The key of a Nordic national grid (see `_COORDINATES_HEAD`), before its figures
_NORDIC_GRID = (
    r"(?:(?i:grid|ruutu)\s?27\s?°?\s?E|(?i:ykj|kkj|yhtenäiskoordinaatit)|ETRS-?TM35(?:FIN)?"
    r"|EUREF(?:-FIN)?|RT\s?90|(?i:rikets\s+nät))\b[\s:.]*\d"
)


# A quarter-degree square of southern Africa's grid: the degrees of latitude and longitude, the
# quarter's and its quarter's letters ("3318 CD", "2930DC"), perhaps with the square's name in
# brackets ("3418 AB (Sampleton)")
_QUARTER_DEGREE = r"[1-3]\d[1-4]\d\s?[A-D]{2}\b(?:\s*\([^()\n]{2,40}\))?"


# A line opening with coordinates: a township and range, perhaps after the section ("T12N R3W Sec.
# 14", "Sec. 14, T. 12 N., R. 3 W.", "NW 1/4 Sec. 3, T2S, R7E"), a UTM zone, a GPS reading, a
# latitude's key or figures ("Lat/Long: 38.12 N, 92.56 W", "Lat. 30°12'N", "N 34.5678")
_COORDINATES_HEAD = re.compile(
    r"\W*(?:(?:[NSEW]{1,2}\s?\d/\d\s*(?:of\s+)?)?(?:(?:Sec(?:tion)?|S)\.?\s?\d{1,2}[\s,.]+)?"
    r"T\.?\s?\d{1,3}\s?[NS]\b\.?[\s,]*R\.?\s?\d{1,3}\s?[EW]\b\.?"
    r"|UTM\b|GPS\b|Lat\.?\s*/\s*Long\b|(?:Lat|Latitude)\b\.?\s*[:.]?\s*\d"
    r"|[NS]\s?\d{1,2}(?:[°.]\s?\d|\s\d{1,2}[°'])"
    # a Nordic national grid's key or its northing and easting: the Finnish uniform grid ("Grid
    # 27°E 734:61", "YKJ 6783:3334", "KKJ", "ETRS-TM35FIN"), the Swedish ("RT 90 6587123 1234567",
    # "Rikets nät"), a grid square's figures alone ("678:333")
    r"|" + _NORDIC_GRID + r"|\d{3,4}\s?:\s?\d{3,4}\W*$"
    # a South African quarter-degree square ("3318 CD", "2930DC (Sampleton)")
    r"|" + _QUARTER_DEGREE + r"\W*$"
    r")"
)


# A township and range opening a line, perhaps after its section ("T. 123 N., R. 45 W., Sec. 12")
_TOWNSHIP_HEAD = re.compile(
    r"\W*(?:[NSEW]{1,2}\s?\d/\d\s*(?:of\s+)?)?(?:(?:Sec(?:tion)?|S)\.?\s?\d{1,2}[\s,.]+)?"
    r"T\.?\s?\d{1,3}\s?[NS]\b\.?[\s,]*R\.?\s?\d{1,3}\s?[EW]\b"
)


def township_line(titled: Label) -> tuple[int, int] | None:
    """The offsets in `titled` of the first line below its first line that opens with a township
    and range ("FLORA OF EXAMPLA COUNTY, MINNESOTA / T. 123 N., R. 45 W., Sec. 12"): on a sheet
    whose only place is a series' title, the township is where the plant grew."""
    for ln in titled.lines[1:]:
        if _TOWNSHIP_HEAD.match(ln.text):
            return ln.start + len(ln.text) - len(ln.text.lstrip()), ln.end
    return None


def coordinates_line(line: str) -> bool:
    """Whether `line` opens with coordinates (`_COORDINATES_HEAD`) and names no place after them
    ("T12N R3W Sec. 14", not "T12N R3W Sec. 14, Sample Lake")."""
    m = _COORDINATES_HEAD.match(line)
    return m is not None and GEO_WORDS.search(line, m.end()) is None


# A grid reference's key before the reference ("Grid ref.", "GR", "NGR", "O.S.")
_GRID_KEY = re.compile(
    r"(?i:(?:(?:irish|national|nat\.|o\.\s?s\.)\s*)?grid(?:\s*ref(?:erence)?)?|n?gr|o\.\s?s\.)"
    r"\s*[.:]?\s*$"
)


# a site described in lower case after a grid reference on its line (", boggy ground")
_SITE_AFTER = re.compile(r"[ \t]*\)?[ \t]*[,;][ \t]*[a-zà-ÿ]")


def before_grid_reference(labels: list[Label], lab: Label, s: int, e: int) -> int:
    """Where the locality `lab.text[s:e]` ends before a grid reference closing it ("Sample
    Wood, nr Beeby, TL 456 789", "Sampleton. Grid ref. TL 456 789"), its key cut off too, or
    before one the site's description follows on its line ("Probeham Common, TQ 123 456, boggy
    ground": where British keyers end the place, the site the habitat's)."""
    for hit in find_grid_references(labels):
        if hit.label is not lab or not s < hit.start < e:
            continue
        if lab.text[hit.end : e].strip(" \t.,;:)") and not _SITE_AFTER.match(lab.text, hit.end, e):
            continue  # the place goes on after it
        end = hit.start
        key = _GRID_KEY.search(lab.text, s, end)
        end = key.start() if key is not None else end
        while end > s and lab.text[end - 1] in " \t\n.,;:(-":
            end -= 1
        if re.search(r"[^\W\d_]{3}", lab.text[s:end]):
            return end
    return e


def past_grid_reference(labels: list[Label], lab: Label, end: int) -> int:
    """Where a grid reference right after `end` on its line ends ("Probeham Common, grid ref. TQ
    123 456, boggy ground": past the reference the locality was cut before, where the site
    goes on); `end` where none follows."""
    line_end = lab.line_at(end).end if end < len(lab.text) else end
    for hit in find_grid_references(labels):
        if hit.label is not lab or not end <= hit.start < line_end:
            continue
        between = lab.text[end : hit.start]
        key = _GRID_KEY.search(between)
        if not (between[: key.start()] if key is not None else between).strip(" \t.,;:("):
            return hit.end
    return end


# A Nordic national grid's key and figures closing a locality's line ("Sampola, lehto, YKJ
# 6783:3334", "Exempla sn, RT 90 6587123 1234567")
_NORDIC_GRID_TAIL = re.compile(r"[\s,;.(]+" + _NORDIC_GRID + r"[\d\s:.,/-]*\)?\W*$", re.MULTILINE)


def before_national_grid(text: str, s: int, e: int) -> int:
    """Where the locality `text[s:e]` ends before a Nordic national grid's reference closing its
    last line (`_NORDIC_GRID_TAIL`), its key cut off too."""
    # a grid's key and figures are short: the last 60 characters only
    m = _NORDIC_GRID_TAIL.search(text[:e], max(s, e - 60))
    if m is None or m.start() <= s or not re.search(r"[^\W\d_]{3}", text[s : m.start()]):
        return e
    return m.start()


# A quarter-degree square heading the place's line before a colon or a dash ("3418 AB
# (Sampleton): Exampla Peak") or closing it after a comma or in brackets ("Farm Exampla 123,
# 3318 CD", "Exampla Peak (3418 AB)")
_QUARTER_DEGREE_HEAD = re.compile(
    # (after the province's name perhaps: "TRANSVAAL.--2528 CA (Sampleton): Farm Exampla 123")
    r"[ \t]*(?:[A-Z][\w'’]+(?:[ \t]+[A-Z][\w'’]+){0,2}[ \t]*[.,:;–-]+[ \t]*)?"
    + _QUARTER_DEGREE
    + r"[ \t]*[:;,–-][ \t]*"
)
_QUARTER_DEGREE_TAIL = re.compile(
    r"[ \t]*[,;.(][ \t]*(?:(?i:q\.?d\.?s\.?|grid)[ \t]*:?[ \t]*)?"
    + _QUARTER_DEGREE
    + r"\)?[ \t.]*$",
    re.MULTILINE,
)


def without_quarter_degree(text: str, s: int, e: int) -> tuple[int, int]:
    """The locality `text[s:e]` without a quarter-degree square heading or closing it (a grid's
    reference, which keyers leave out), when a place is left."""
    head = _QUARTER_DEGREE_HEAD.match(text, s, e)
    if head is not None and re.search(r"[^\W\d_]{3}", text[head.end() : e]):
        s = head.end()
    tail = _QUARTER_DEGREE_TAIL.search(text[:e], max(s, e - 60))
    if tail is not None and tail.start() > s and re.search(r"[^\W\d_]{3}", text[s : tail.start()]):
        e = tail.start()
    return s, e
