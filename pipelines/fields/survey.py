"""Survey coordinates that American sheets print instead of a latitude and longitude: the Public
Land Survey's township, range and section ("T12N R3W Sec. 14", "Sec. 14, T. 12 N., R. 3 W.",
"T12N, R5W, S17") and UTM ("UTM 14 523456E 3556789N", "UTM Zone 12S 0523456 3556789").

Both are kept as printed (verbatimCoordinates, with the system named in verbatimCoordinateSystem).
A township and range need both parts (a range or a section alone is a number of anything); a UTM
reference needs its key ("UTM") and a zone. A UTM reference also gives a latitude and longitude,
a doubt: labels seldom say their datum (NAD27 and WGS84 differ by up to a few hundred metres), and
a zone's band letter ("14S") is read as a band, not as the southern hemisphere.

Finnish labels give the square of the Finnish Uniform Coordinate System (YKJ, the KKJ grid of the
zone at 27°E, EPSG:2393) as northing:easting in kilometres or tens of them: "Grid 27°E 668:33",
"YKJ 6683:3334", "KKJ 668:333". The northing has three figures or more (6680 km: "668"); the easting
as many with its zone's leading 3 ("333"), or one fewer without it ("33"), as the "Grid 27°E"
squares of the Finnish floras are written. Taken only after its key, and only where both figures
fall inside Finland's span of the grid (northing 6600-7800 km, easting 3050-3750 km); the square's
centre in WGS84, with the distance to its corner as the uncertainty.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import pyproj

from models.dwc import Term
from models.fields import FieldCandidate
from pipelines.fields.text import Label, candidate

# township, range and section: "T12N", "T. 12 N.", "Twp. 12N"; "R3W", "R. 3 W.", "Rge 3W";
# "Sec. 14", "sec 14", "Section 14", "S14" (a bare S only beside a township and range)
_T = r"(?:T|Twp\.?|Township)\s?\.?\s?\d{1,3}\s?\.?\s?[NS]\b\.?"
_R = r"(?:R|Rge?\.?|Range)\s?\.?\s?\d{1,3}\s?\.?\s?[EW]\b\.?"
_S = r"(?:(?i:sec(?:tion|t)?s?)\.?|S\.?)\s?\d{1,2}(?!\d)"
# between the parts: a comma, a dash or a space; a line may end between them
_GAP = r"(?:[^\S\n]?[,;]?(?:[^\S\n]{0,2}|[^\S\n]?\n[^\S\n]?)|[^\S\n]?[-–][^\S\n]?)"
_TRS = re.compile(
    rf"(?<![\w.])(?:{_S}{_GAP})?{_T}{_GAP}{_R}(?:{_GAP}{_S})?(?![\w])"
    # or the range first ("R3W T12N")
    rf"|(?<![\w.])(?:{_S}{_GAP})?{_R}{_GAP}{_T}(?:{_GAP}{_S})?(?![\w])"
)
# "UTM 14 523456E 3556789N", "UTM: zone 14S, 523456 m E, 3556789 m N", "UTM 12 E523456 N3556789"
_UTM = re.compile(
    r"\bUTM\b[^\S\n]*[:.,]?[^\S\n]*(?i:zone)?[^\S\n]*(?P<zone>[1-5]?\d)(?![\d])"
    r"(?P<band>[C-HJ-NP-X])?\b[^\S\n]*[,;]?[^\S\n]*"
    r"(?:E[^\S\n]?)?(?P<e>0?\d{6})(?:\.\d+)?[^\S\n]?(?:m[^\S\n]?)?(?:E\b\.?)?[^\S\n]*[,;/]?[^\S\n]*"
    r"(?:N[^\S\n]?)?(?P<n>\d{7})(?:\.\d+)?[^\S\n]?(?:m[^\S\n]?)?(?:N\b\.?)?",
)


# the flag of a UTM reference's latitude and longitude: the datum is WGS84's by assumption
_DATUM = "datum_unknown"
# verbatimCoordinateSystem of each kind
_SYSTEMS = {"UTM": "UTM", "TRS": "Township Range Section"}
YKJ = "Finland Uniform Coordinate System (YKJ)"


@dataclass(frozen=True)
class SurveyHit:
    label: Label
    start: int
    end: int
    system: str  # "UTM" or "TRS"
    lat_lon: tuple[float, float] | None = None


@cache
def _to_wgs84(epsg: int) -> pyproj.Transformer:
    """A grid's (easting, northing) in metres to WGS84's (longitude, latitude), offline."""
    pyproj.network.set_network_enabled(False)  # type: ignore[attr-defined]
    return pyproj.Transformer.from_crs(f"EPSG:{epsg}", "EPSG:4326", always_xy=True)


def _utm_lat_lon(m: re.Match[str]) -> tuple[float, float] | None:
    zone, east, north = int(m["zone"]), int(m["e"]), int(m["n"])
    if not (1 <= zone <= 60 and 100_000 <= east <= 900_000 and north <= 9_400_000):
        return None
    south = m["band"] is not None and m["band"] < "N"
    lon, lat = _to_wgs84((32700 if south else 32600) + zone).transform(east, north)
    return float(lat), float(lon)


def find_survey(labels: list[Label]) -> SurveyHit | None:
    """The first UTM reference on the labels, else the first township and range."""
    for lab in labels:
        for m in _UTM.finditer(lab.text):
            end = m.end()
            while end > m.start() and lab.text[end - 1].isspace():
                end -= 1
            return SurveyHit(lab, m.start(), end, "UTM", _utm_lat_lon(m))
    for lab in labels:
        trs = _TRS.search(lab.text)
        if trs is not None:
            return SurveyHit(lab, trs.start(), trs.end(), "TRS")
    return None


def survey_candidates(labels: list[Label]) -> list[FieldCandidate]:
    """verbatimCoordinates (as printed) and its system; a UTM reference's latitude and longitude
    (WGS84 assumed: a doubt)."""
    hit = find_survey(labels)
    if hit is None:
        return []
    lab, s, e = hit.label, hit.start, hit.end
    verbatim = re.sub(r"\s+", " ", lab.text[s:e]).strip(" ,;")
    rule = f"coords.{hit.system.lower()}"
    out = [
        candidate(Term.verbatimCoordinates, verbatim, 0.8, lab, s, e, rule),
        candidate(Term.verbatimCoordinateSystem, _SYSTEMS[hit.system], 0.8, lab, s, e, rule),
    ]
    if hit.lat_lon is not None:
        lat, lon = hit.lat_lon
        out += [
            candidate(Term.decimalLatitude, f"{lat:.5f}", 0.5, lab, s, e, rule, [_DATUM]),
            candidate(Term.decimalLongitude, f"{lon:.5f}", 0.5, lab, s, e, rule, [_DATUM]),
        ]
    return out


# The key of a Finnish uniform grid square: "Grid 27°E", "Grid 27 E", "YKJ", "KKJ", "Yht.",
# "Yhtenäiskoord.", "Yhtenäiskoordinaatit", "Uniform grid"; then the northing, a colon (or a slash)
# and the easting
_YKJ = re.compile(
    r"(?<![\w.])(?:(?i:grid)[^\S\n]?27[^\S\n]?[°º˚]?[^\S\n]?E\b|YKJ|KKJ|(?i:yht(?:enäis)?"
    r"(?:koord(?:inaatit|inaatisto)?)?\.?|uniform[^\S\n]grid))[^\S\n]?[:.,]?[^\S\n]?\(?"
    r"(?P<n>[67]\d{2,6})[^\S\n]?[:/][^\S\n]?(?P<e>\d{2,7})(?![\d:/.,]\d|\d)"
)
# Finland's span of the grid, in metres
_YKJ_NORTH = (6_600_000, 7_800_000)
_YKJ_EAST = (3_050_000, 3_750_000)


@dataclass(frozen=True)
class UniformSquare:
    """A square of the Finnish uniform grid, in the grid's metres (south-west corner)."""

    northing: int
    easting: int
    size: int

    @property
    def uncertainty(self) -> int:
        return round(self.size * 2**0.5 / 2)


def uniform_square(north: str, east: str) -> UniformSquare | None:
    """The square that "668:33", "668:333", "6683:3334" name, or None when the figures are no
    square of Finland's span of the grid."""
    k = len(north)
    if not 3 <= k <= 7:
        return None
    scale = 10 ** (7 - k)
    if len(east) == k:
        e = int(east) * scale
    elif len(east) == k - 1:
        e = (3 * 10 ** (k - 1) + int(east)) * scale  # the zone's leading 3 left out
    else:
        return None
    n = int(north) * scale
    if not (_YKJ_NORTH[0] <= n < _YKJ_NORTH[1] and _YKJ_EAST[0] <= e < _YKJ_EAST[1]):
        return None
    return UniformSquare(n, e, scale)


def uniform_lat_lon(square: UniformSquare) -> tuple[float, float]:
    """(latitude, longitude) in WGS84 of the square's centre."""
    half = square.size / 2
    lon, lat = _to_wgs84(2393).transform(square.easting + half, square.northing + half)
    return float(lat), float(lon)


def uniform_grid_candidates(labels: list[Label]) -> list[FieldCandidate]:
    """A Finnish uniform grid square after its key: as printed, its system, and its centre."""
    for lab in labels:
        for m in _YKJ.finditer(lab.text):
            square = uniform_square(m["n"], m["e"])
            if square is None:
                continue
            s, e = m.start(), m.end()
            verbatim = re.sub(r"\s+", " ", lab.text[s:e]).strip(" ,;")
            lat, lon = uniform_lat_lon(square)
            rule = "coords.ykj"
            values = [
                (Term.verbatimCoordinates, verbatim, 0.9),
                (Term.verbatimCoordinateSystem, YKJ, 0.9),
                (Term.verbatimSRS, "EPSG:2393", 0.9),
                (Term.decimalLatitude, f"{lat:.5f}", 0.85),
                (Term.decimalLongitude, f"{lon:.5f}", 0.85),
                (Term.geodeticDatum, "EPSG:4326", 0.85),
                (Term.coordinateUncertaintyInMeters, str(square.uncertainty), 0.85),
            ]
            return [candidate(t, v, c, lab, s, e, rule) for t, v, c in values]
    return []
