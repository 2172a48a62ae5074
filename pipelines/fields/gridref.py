"""Ordnance Survey grid references ("TL 456 789", "SU1234", "Grid ref. NT 25 73", "GR: SK 123 456",
the tetrad "TL45N", the quadrant "TL45NE", the 100 km square alone "Grid ref. TQ") and Irish grid
references ("O 123 456", "Irish Grid H 45 67").

A reference names a square, not a point: two letters (one in Ireland) for the 100 km square, then
the same number of digits for the easting and the northing inside it, each further pair of digits a
square ten times smaller. The record gets the square's centre in WGS84 and, as its uncertainty,
the distance from the centre to a corner (1 km square: 707 m).

Letters and digits occur in other places on a label (a herbarium's code and number "SD 123456",
"NO 42" for a number, a date "TL 12 06 1987"), so a reference is taken when a key says what it is
("Grid ref.", "GR", "NGR", "O.S."), or when its shape leaves no doubt: a 100 km square that covers
land in Great Britain, then 4 to 10 digits, alone in its place (not before another number or a
unit). A short reference ("TL45", a 10 km square) and an Irish one (a single letter) need a key, or
a British or Irish label and a line of their own.
"""

from __future__ import annotations

import math
import re
import warnings
from dataclasses import dataclass
from functools import cache

import pyproj
from pyproj.transformer import TransformerGroup

from models.dwc import Term
from models.fields import FieldCandidate
from pipelines.fields.ocr_slips import as_figures
from pipelines.fields.regions import find_hits
from pipelines.fields.text import Label, candidate
from pipelines.fields.vicecounty import BRITISH_OR_IRISH, find_vice_counties, names_british_county

__all__ = [
    "BRITISH_GRID",
    "IRISH_GRID",
    "GridHit",
    "GridSquare",
    "find_grid_references",
    "grid_candidates",
    "parse_reference",
    "to_wgs84",
]

BRITISH_GRID = "Ordnance Survey British National Grid"
IRISH_GRID = "Irish Grid"

# The projected systems the references are in. The Irish Grid's letters and figures are the same on
# TM65 (EPSG:29902) and TM75 (EPSG:29903); Ordnance Survey Ireland and Northern Ireland have given
# them on TM75 since 1975, and the Irish Transverse Mercator (EPSG:2157) has no letters at all.
_EPSG = {BRITISH_GRID: 27700, IRISH_GRID: 29903}
# How far the offline transformation to WGS84 may be off: PROJ picks the best one it holds without
# its network grids, the seven-parameter Helmert transformations EPSG:1314 (OSGB36: "2 m" in EPSG's
# register, up to about 5 m by the Ordnance Survey's account, where the OSTN15 grid would be
# centimetres) and EPSG:1954 (TM75: about 1 m). No reference is surer than that.
_DATUM_ERROR_M = {BRITISH_GRID: 5, IRISH_GRID: 2}

# Letters of the grids' 100 km squares: A-Z without I, in rows of five from the north-west.
_LETTERS = "ABCDEFGHJKLMNOPQRSTUVWXYZ"
# The British squares that cover land in Great Britain and the Isle of Man (the others are sea):
# only these are taken without a key.
_BRITISH_LAND = frozenset(
    [
        "HP",
        "HT",
        "HU",
        "HW",
        "HX",
        "HY",
        "HZ",
        "NA",
        "NB",
        "NC",
        "ND",
        "NF",
        "NG",
        "NH",
        "NJ",
        "NK",
        "NL",
        "NM",
        "NN",
        "NO",
        "NR",
        "NS",
        "NT",
        "NU",
        "NW",
        "NX",
        "NY",
        "NZ",
        "OV",
        "SC",
        "SD",
        "SE",
        "SH",
        "SJ",
        "SK",
        "SM",
        "SN",
        "SO",
        "SP",
        "SR",
        "SS",
        "ST",
        "SU",
        "SV",
        "SW",
        "SX",
        "SY",
        "SZ",
        "TA",
        "TF",
        "TG",
        "TL",
        "TM",
        "TQ",
        "TR",
        "TV",
    ]
)
_IRISH_LAND = frozenset("ABCDFGHJLMNOQRSTVWX")
# Tetrads (2 km squares) lettered A-Z without O up the columns from the south-west ("DINTY");
# quadrants (5 km squares) by their compass corner.
_TETRADS = "ABCDEFGHIJKLMNPQRSTUVWXYZ"
_QUADRANTS = {"SW": (0, 0), "NW": (0, 5000), "SE": (5000, 0), "NE": (5000, 5000)}


@dataclass(frozen=True)
class GridSquare:
    """A grid reference as the square it names, in the grid's metres."""

    system: str  # BRITISH_GRID or IRISH_GRID
    easting: int  # south-west corner
    northing: int
    size: int  # side in metres: 100 000 for "TQ", 10 for "TG 5140 1317"

    @property
    def centre(self) -> tuple[float, float]:
        return self.easting + self.size / 2, self.northing + self.size / 2

    @property
    def uncertainty(self) -> int:
        """Metres from the centre to a corner, never less than the datum transformation's error."""
        return max(round(self.size * math.sqrt(2) / 2), _DATUM_ERROR_M[self.system])


def _square_origin(letters: str) -> tuple[str, int, int] | None:
    """(system, easting, northing) of a 100 km square's south-west corner."""
    idx = [_LETTERS.find(c) for c in letters]
    if any(i < 0 for i in idx):
        return None
    if len(idx) == 1:  # Irish: one 500 km block of 25 squares, V at the origin
        i = idx[0]
        return IRISH_GRID, (i % 5) * 100_000, (4 - i // 5) * 100_000
    first, second = idx
    if letters[0] not in "HNOST":  # the 500 km blocks the British grid uses; S at the origin
        return None
    east = ((first - 2) % 5) * 5 + second % 5
    north = (19 - (first // 5) * 5) - second // 5
    return BRITISH_GRID, east * 100_000, north * 100_000


# the letters, then the figures: easting and northing parted by a space, as many of each
# ("TL 456 789"), or run together ("TL456789"), a 10 km square's with a tetrad or quadrant
# after them ("TL45N", "TL45NE")
_FIGURES = (
    "(?P<en>" + "|".join(rf"\d{{{k}}}[^\S\n]\d{{{k}}}(?!\d)" for k in range(1, 6)) + ")"
    r"|(?P<d>\d{2,10})(?:[^\S\n]?(?P<q>NE|NW|SE|SW)|(?P<t>[A-NP-Z]))?"
)
_SHAPE = re.compile(rf"(?P<sq>[A-Za-z]{{1,2}})\s?(?:{_FIGURES})?")


def parse_reference(text: str) -> GridSquare | None:
    """The square a grid reference names ("TL 456 789", "O123456", "TL45N", "TQ"); None if `text`
    is no valid reference."""
    m = _SHAPE.fullmatch(text.strip())
    return _square(m) if m is not None else None


def _square(m: re.Match[str]) -> GridSquare | None:
    origin = _square_origin(m["sq"].upper())
    if origin is None:
        return None
    system, east, north = origin
    if m["en"] is not None:
        e, n = m["en"].split()
    elif m["d"] is not None:
        if len(m["d"]) % 2:
            return None
        half = len(m["d"]) // 2
        e, n = m["d"][:half], m["d"][half:]
    else:
        return GridSquare(system, east, north, 100_000)
    size = 10 ** (5 - len(e))
    east, north = east + int(e) * size, north + int(n) * size
    if m["t"] or m["q"]:
        if len(e) != 1:  # tetrads and quadrants divide a 10 km square
            return None
        if m["t"]:
            i = _TETRADS.index(m["t"])
            return GridSquare(system, east + (i // 5) * 2000, north + (i % 5) * 2000, 2000)
        de, dn = _QUADRANTS[m["q"]]
        return GridSquare(system, east + de, north + dn, 5000)
    return GridSquare(system, east, north, size)


@cache
def _transformer(system: str) -> pyproj.Transformer:
    # PROJ may fetch grids over the network when asked to; the parsers never may.
    # (the documented setter; pyproj.network re-exports it without saying so to mypy)
    pyproj.network.set_network_enabled(False)  # type: ignore[attr-defined]
    with warnings.catch_warnings():
        # "Best transformation is not available": the OSTN15 grid, see _DATUM_ERROR_M
        warnings.simplefilter("ignore", UserWarning)
        group = TransformerGroup(
            f"EPSG:{_EPSG[system]}", "EPSG:4326", always_xy=True, allow_ballpark=False
        )
    return group.transformers[0]  # the most accurate one PROJ holds offline


def to_wgs84(square: GridSquare) -> tuple[float, float]:
    """(latitude, longitude) in WGS84 of the square's centre."""
    x, y = square.centre
    lon, lat = _transformer(square.system).transform(x, y)
    return float(lat), float(lon)


@dataclass(frozen=True)
class GridHit:
    square: GridSquare
    label: Label
    start: int
    end: int
    verbatim: str
    confidence: float
    rule: str
    flags: tuple[str, ...] = ()


# "Grid ref.", "Grid Reference:", "O.S. grid ref", "Nat. Grid Ref.", "Irish Grid", "Map ref.",
# "GR", "G.R.", "NGR", "OSGR", "IGR" ("Ref." alone is as often a reference number's key)
_KEY = re.compile(
    r"(?:(?<![A-Za-z])(?i:(?:o\.?\s?s\.?\s?|nat(?:ional|\.)?\s?|irish\s)?grid(?:\s?ref(?:erence|\.)?)?"
    r"|map\s?ref(?:erence|\.)?|o\.\s?s\.\s?ref\.?)"
    r"|(?<![A-Za-z])(?:N?G\.?\s?R|OSGR|IGR)\.?)"
    r"\s?[:=\-–]?\s{0,2}\(?$"
)
# (read in the label's text with its line breaks: the figures on the square's own line, as a date
# on the next line is no part of it: "Grid ref. TQ" over "14.7.1962")
_REF = re.compile(rf"(?<![A-Za-z0-9.])(?P<sq>[A-Za-z]{{1,2}})[^\S\n]?(?:{_FIGURES})(?![A-Za-z0-9])")
# "Grid ref. TQ": the 100 km square alone, after a key only
_BARE_SQUARE = re.compile(r"(?<![A-Za-z0-9])(?P<sq>[HNOST][A-HJ-Z])(?![A-Za-z0-9])")
_UTM_BEFORE = re.compile(r"(?:\b(?:UTM|MGRS)|(?<![\w.])\d{1,2}\s?[C-HJ-NP-X])\s?[:.]?\s*$")
_UNIT = re.compile(r"\s?(?:km|m|mi|miles?|ft|feet|yds?|mm|cm)\b", re.IGNORECASE)
# the next word is a number ("TL 12 06 1987"), not a date's day ("... 12.v.1987", "12 May 1990")
_NUMBER_NEXT = re.compile(r"\s{1,3}\d+[.,;:)]?(?:\s+|$)(?![A-Za-z]{3})")
_IRISH = re.compile(
    r"\b(?:Ireland|IRELAND|Eire|Éire|Irland|Irlande|Ierland|Hibernia|Irish)\b|\bCo\.\s?(?:"
    r"Kerry|Cork|Waterford|Tipperary|Limerick|Clare|Kilkenny|Wexford|Carlow|Laois|Galway|Offaly|"
    r"Kildare|Wicklow|Dublin|Meath|Westmeath|Longford|Roscommon|Mayo|Sligo|Leitrim|Cavan|Louth|"
    r"Monaghan|Fermanagh|Donegal|Tyrone|Armagh|Down|Antrim|Londonderry|Derry)\b"
)


def _county_only(labels: list[Label], text: str) -> bool:
    """A British county named ("Oxon", "Kent") where no other country or state is: "Kent Co.,
    Delaware" is no British label."""
    if not names_british_county(text):
        return False
    return all(h.code in ("GB", "IE") for h in find_hits(labels))


def _context(labels: list[Label]) -> tuple[bool, bool]:
    """Whether the labels say the specimen is British or Irish (a country, a vice-county)."""
    text = " ".join(lab.flat for lab in labels)
    vcs = find_vice_counties(labels)
    british = bool(BRITISH_OR_IRISH.search(text)) or bool(vcs) or _county_only(labels, text)
    irish = bool(_IRISH.search(text)) or any(h.vc.number.startswith("H") for h in vcs)
    return british, irish


# a reference's figures as OCR reads them, a 1 as "l" or "I", a 0 as "O" ("SU l23 456", "TQ 1O
# 34"): the square's letters, then one or two groups of figures, each with one such slip at most
_SLIPS = as_figures("OolI|")
_SLIPPED = re.compile(
    r"(?<![A-Za-z0-9.])(?P<sq>[A-Z]{1,2})(?P<sp>[^\S\n]?)"
    r"(?P<f>[0-9OolI|]{2,10}(?:[^\S\n][0-9OolI|]{2,5})?)"
    r"(?![A-Za-z0-9])"
)


# A reference written with strokes or stops between its parts ("TQ/123.456", "SU/123/456",
# "TQ/1234"), as some recorders' cards print it: read as spaced (the same length)
_STROKED = re.compile(
    r"(?<![A-Za-z0-9.])(?P<sq>[HNOST][A-HJ-Z])/(?P<e>\d{1,5})(?:[./](?P<n>\d{1,5}))?"
    r"(?![\d/.]?\d)"
)


def _unstroked(flat: str) -> str:
    def spaced(m: re.Match[str]) -> str:
        if m["n"] is None:
            return f"{m['sq']} {m['e']}"
        if len(m["e"]) != len(m["n"]):
            return m.group(0)
        return f"{m['sq']} {m['e']} {m['n']}"

    return _STROKED.sub(spaced, flat)


def _mend_figures(flat: str) -> str:
    """`flat` with the letters OCR read for a grid reference's figures read as figures (the same
    length: the offsets stand)."""

    def mend(m: re.Match[str]) -> str:
        groups = m["f"].split()
        slips = [sum(not ch.isdigit() for ch in g) for g in groups]
        if not any(slips) or max(slips) > 1:  # (a group has two characters: one a figure)
            return m.group(0)
        return m["sq"] + m["sp"] + m["f"].translate(_SLIPS)

    return _SLIPPED.sub(mend, flat)


def _judge(
    m: re.Match[str], square: GridSquare, lab: Label, keyed: bool, context: tuple[bool, bool]
) -> tuple[float, str] | None:
    """The confidence and rule of a reference-shaped match, or None when it is too weak. `m` is a
    match in the label's text with its figures mended (`_mend_figures`)."""
    flat = m.string
    letters = m["sq"]
    digits = len(re.sub(r"\D", "", m["d"] or m["en"]))
    # what follows on the reference's own line: a number on the next line is no part of it
    after = lab.text[m.end() : lab.line_at(m.start()).end]
    if not letters.isupper() or _UNIT.match(after):
        return None  # "No 42"; "SW 12 km": a direction and a distance
    if _UTM_BEFORE.search(flat[max(0, m.start() - 12) : m.start()]):
        return None  # a military grid (MGRS) square of UTM: "30T VK 12 34", "UTM: 31T CH 1234"
    number_next = _NUMBER_NEXT.match(after) is not None
    line = lab.line_at(m.start())
    alone = flat[line.start : line.end].strip(" .,;:()") == m.group(0).strip()
    compact = not re.search(r"\s", m.group(0))
    british, irish = context
    if keyed:
        # "Grid ref. TL 12 06 1987": a date after a key is still a date
        if number_next and digits <= 4:
            return None
        return 0.9, "coords.gridref_keyed"
    if number_next:
        return None
    if square.system == IRISH_GRID:
        # one letter and figures are many things; on an Irish label, with the figures of a
        # reference: "O 123 456", "H 4567" alone on its line
        if letters not in _IRISH_LAND or not irish or digits < 4:
            return None
        if not (alone or (m["en"] is not None and digits >= 6)):
            return None
        return 0.7, "coords.gridref_irish"
    if letters not in _BRITISH_LAND:
        return None
    if m["t"] or m["q"] or digits == 2:
        # "TL45N", "TL45NE", "TL45": a short reference, alone on its line ("NO42" is a number)
        if compact and alone and letters != "NO" and (british or m["t"] or m["q"]):
            return (0.7 if british else 0.6), "coords.gridref_short"
        return None
    if letters == "NO" and digits < 6:
        return None  # "NO 1234": a number
    spaced = m["en"] is not None
    if spaced and (british or digits >= 6):
        return (0.85 if british else 0.75), "coords.gridref"
    if british:
        return 0.8, "coords.gridref"
    # a bare "SU1234" is a reference alone on its line; with eight digits or more such a word is
    # as often a herbarium's code and number ("SD00123456")
    if alone and compact and digits <= 6:
        return 0.6, "coords.gridref"
    return None


_MENDED = 0.8  # factor for a reference whose figures the OCR read as letters


def find_grid_references(labels: list[Label]) -> list[GridHit]:
    context = _context(labels)
    hits: list[GridHit] = []
    for lab in labels:
        unstroked = _unstroked(lab.text)
        text = _mend_figures(unstroked)
        flat = text.replace("\n", " ")
        for m in _REF.finditer(text):
            square = _square(m)
            if square is None:
                continue
            keyed = _KEY.search(flat[max(0, m.start() - 30) : m.start()]) is not None
            judged = _judge(m, square, lab, keyed, context)
            if judged is None:
                continue
            conf, rule = judged
            flags: tuple[str, ...] = ()
            # (figures mended; a stroke parting them, "SK/12/34", is no slip)
            if text[m.start() : m.end()] != unstroked[m.start() : m.end()]:
                conf *= _MENDED  # which figure the letter was is the OCR's guess
                flags = ("ocr_repaired",)
            # as printed (its strokes: "TQ/123.456"), its figures as mended: a keyer keys "G 123
            # 145" where the OCR read "G 123 l45"
            printed = lab.text[m.start() : m.end()]
            verbatim = re.sub(r"\s+", " ", _mend_figures(printed) if flags else printed)
            hits.append(GridHit(square, lab, m.start(), m.end(), verbatim, conf, rule, flags))
        for m in _BARE_SQUARE.finditer(flat):
            if not _KEY.search(flat[max(0, m.start() - 30) : m.start()]):
                continue
            if re.match(r"\s?[\w(]|[/.\-–]\s?\d", flat[m.end() : m.end() + 3]):
                continue  # "Grid ref. TQ 38": the full match above; "TQ/12.3": no bare square
            origin = _square_origin(m["sq"])
            if origin is None:
                continue
            square = GridSquare(origin[0], origin[1], origin[2], 100_000)
            hits.append(
                GridHit(square, lab, m.start(), m.end(), m["sq"], 0.7, "coords.gridref_keyed")
            )
    return hits


def grid_candidates(labels: list[Label]) -> list[FieldCandidate]:
    """The coordinates of the most precise, surest grid reference on the labels."""
    hits = find_grid_references(labels)
    if not hits:
        return []
    h = max(hits, key=lambda x: (x.confidence, -x.square.size))
    lat, lon = to_wgs84(h.square)
    system = h.square.system
    values = [
        (Term.verbatimCoordinates, h.verbatim),
        (Term.verbatimCoordinateSystem, system),
        (Term.verbatimSRS, f"EPSG:{_EPSG[system]}"),
        (Term.decimalLatitude, f"{lat:.5f}"),
        (Term.decimalLongitude, f"{lon:.5f}"),
        (Term.geodeticDatum, "EPSG:4326"),
        (Term.coordinateUncertaintyInMeters, str(h.square.uncertainty)),
    ]
    return [
        candidate(term, value, h.confidence, h.label, h.start, h.end, h.rule, h.flags)
        for term, value in values
    ]
