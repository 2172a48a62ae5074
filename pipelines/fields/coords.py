"""Coordinates ("42°21'15"N, 93°14'40'W", "N46° 12' W 89° 27'", "41 deg 17' 38" N"; else a grid
reference, gridref.py, or an American survey's, survey.py) and elevations
("ca. 330 m", "6500'", "Alt.: About 4200 ft.", "720 METERS ALTITUDE")."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from functools import cache

from models.dwc import Term
from models.fields import FieldCandidate
from pipelines.fields.dates import MONTH_WORD
from pipelines.fields.gridref import grid_candidates
from pipelines.fields.lexicon import alternation, data_rows
from pipelines.fields.ocr_slips import LETTERS_AS_FIGURES
from pipelines.fields.regions import find_hits
from pipelines.fields.survey import survey_candidates, uniform_grid_candidates
from pipelines.fields.text import Label, candidate
from pipelines.outputs.validate import point_in_country

_NUM = r"\d{1,3}(?:\.\d{1,6})?"
_MIN = r"\d{1,2}(?:\.\d{1,6})?"
_DEG = r"(?:\s?[°º˚]\s?|\s?deg\.?\s|\s)"
# after the minutes and their degree sign, the end of the pair: a full stop, a comma or the label's end
_END = r"(?:(?<=[°º˚]\d\d)|(?<=[°º˚]\s\d\d))(?=\.?\s*$|\.?\s?[,;])"
_ONE = (
    # a sign the hemisphere repeats ("-108° 43' 12.6\" W")
    rf"(?:(?P<@Ph1>[@H])\.?\s?)?(?:[-–](?=\d))?(?P<@Pd>{_NUM}){_DEG}"
    # the minute mark may be lost before the hemisphere ("57°26N, 168°42W"), before the other
    # half's leading hemisphere ("N46° 12W 89° 27'"), at the end of the pair ("W 89° 27.") or
    # before the seconds and their mark ("108° 43 51\""); a stray second mark after it is
    # nothing ("38° 17'\"N")
    rf"(?:(?P<@Pm>{_MIN})(?:\s?['’′][\"”″]?|(?=\s?[@H]\b)|(?=\s?[@X]\.?\s?\d)|{_END}"
    rf"|(?=\s[0-5]?\d(?:\.\d{{1,3}})?\s?[\"”″])"
    # or all three numbers parted by spaces only, the seconds then closed by the hemisphere
    # ("38 14 06.5 N 84 22 47.3 W")
    rf"|(?=\s[0-5]?\d(?:\.\d{{1,3}})?\s?[@H]\b))"
    rf"\s?(?:(?P<@Ps>{_MIN})(?!\d)\s?(?:\"|”|″|''|')?)?)?"
    rf"\s?(?P<@Ph2>[@H](?:este)?\b)?\.?"
)
_COORDS = re.compile(
    r"(?:(?<![\w.])|(?<=Latitude))"
    + _ONE.replace("@P", "a").replace("@H", "NS").replace("@X", "EWO")
    # the two halves may run together when the longitude begins with its hemisphere ("N.46°19'W.89°27'")
    # between them a comma, "Long." in any case, or "and" in the labels' languages ("12°30'S y
    # 45°15'O")
    + r"\s?(?:,|;|/|\s(?:y|e|and|et|und)\s|\s|(?i:long(?:itude?)?)\.?|(?=[EWO]))\s{0,12}"
    + r"(?:(?i:long(?:itude?)?)\.?:?\s{0,4})?"
    # a speck read as a character at the end of the keyword's line ("Longitude 1 / 168° 42.318'W")
    + r"(?:(?:(?<=Longitude\s)|(?<=Long\.\s)|(?<=Long\s))[^\sA-Za-z°]\s{1,4}(?=\d{1,3}\s?[°º˚]))?"
    + _ONE.replace("@P", "o").replace("@H", "EWO").replace("@X", "NS")
)


# The longitude first, each half led by its hemisphere, as some European insect labels and GPS
# receivers print them ("E 8°12' N 48°05'", "O 11°27' N 48°12'")
_COORDS_LON_FIRST = re.compile(
    r"(?<![\w.])(?=[EWO])"
    + _ONE.replace("@P", "o").replace("@H", "EWO").replace("@X", "NS")
    + r"\s?(?:,|;|/|\s)\s{0,4}(?=[NS])"
    + _ONE.replace("@P", "a").replace("@H", "NS").replace("@X", "EWO")
)
# a seconds' mark
_SECONDS_MARK = re.compile(r"\s?[\"”″']")


def _decimal(d: str, m: str | None, s: str | None) -> float:
    return float(d) + (float(m) / 60 if m else 0.0) + (float(s) / 3600 if s else 0.0)


# OCR slips in the marks of a coordinate, each mended by one character of the same length so that
# spans still index the label's text:
# - the degree sign read as a "0" glued between degrees and minutes ("31047'N", "Latitude57026.414'"):
#   only with two- or three-digit degrees, minutes below 60 and a minute mark or hemisphere after;
_DEG_AS_ZERO = re.compile(
    r"(?<!\d)(?<!\d\.)(\d{2,3})0([0-5]\d(?:\.\d{1,6})?)(?=\s?['’′*!:\"]|\s?[NSEW]\b)"
)
# - the degree sign read as a "0" before the space that parts degrees and minutes ("N460 12W",
#   "Longitude 1680 42.318'W"): only where the number with the "0" would be no degree at all;
_DEG_AS_ZERO_SPACED = re.compile(
    r"(?<![\d.])(\d{2,3})0(?=\s[0-5]\d(?:\.\d{1,6})?(?:\s?['’′*!:\"]|\s?[NSEW]\b|\.?\s*$))"
)
# - the degree sign read as a "0" standing alone between degrees and minutes ("N46 0 12W");
_DEG_AS_LONE_ZERO = re.compile(r"(?<=\d )0(?= [0-5]\d(?:\.\d{1,6})?(?:\s?['’′*!:\"]|\s?[NSEW]\b))")
# - the degree sign read as an asterisk between two numbers ("149*21.0'W");
_DEG_AS_STAR = re.compile(r"(?<=\d)\*(?=\s?\d)")
# - the minute mark read as "*", "!", ":", '"' or "°" right after degree and minutes, before the
#   hemisphere or the end of the pair, "!" before any space ("81°37*W", "67° 14:W.",
#   "47° 33° w. 89° 27!");
_MIN_SLIP = re.compile(
    r"(?<=[°º˚]\d\d)[*!:\"°](?=\s?[NSEWnsew]\b|\s?[,;]|\s*$|(?<=!)\s)"
    r"|(?<=[°º˚]\s\d\d)[*!:\"°](?=\s?[NSEWnsew]\b|\s?[,;]|\s*$|(?<=!)\s)"
)
# - a hemisphere letter read in lower case after a minute mark or before degrees ("33' w. 89°").
_LOWER_HEMI = re.compile(
    r"(?<=['’′])\s?[nsew](?=\.?\s?\d{1,3}\s?[°º˚])|(?<=\s)[nsew](?=\.\s?\d{1,3}\s?[°º˚])"
)
# - the full stop after the longitude's leading hemisphere, read in lower case, read as a comma
#   ("19' w, 89° 27'"); a latitude's trailing "N," is the pair's own comma.
_HEMI_COMMA = re.compile(r"(?<=['’′])(\s?[ew]),(?=\s?\d{1,3}\s?[°º˚])")


# - a figure read as a letter inside degrees or minutes: a 1 as "l" or "I", a 0 as "O" ("l3°32'S",
#   "75°4O'W"), only beside a figure and before a degree or minute mark; the W of a hemisphere
#   read as "VV" ("71°55'VV"), mended as "W" and a blank (`_mend_letters`).
_LETTER_FIGURE = re.compile(
    r"(?<![A-Za-z\d])[lI](?=\d?\s?[°º˚'’′])"
    # (decimal minutes too: "59°3O.5'N")
    r"|(?<=[\d°º˚])[lIO](?=\d?(?:\.\d{1,6})?\s?[°º˚'’′])"
)
_DOUBLE_V = re.compile(r"(?<=[\d'’′])(\s?)VV(?![A-Za-z])")


def _mend_letters(flat: str) -> str:
    """`flat` with the letters OCR read for a coordinate's figures and hemisphere mended."""
    out = _LETTER_FIGURE.sub(lambda m: "0" if m[0] == "O" else "1", flat)
    return _DOUBLE_V.sub(lambda m: f"{m[1]}W ", out)


def _mend(flat: str) -> str:
    """`flat` with the OCR slips above mended, character for character."""
    flat = _mend_letters(flat)
    out = _DEG_AS_ZERO.sub(lambda m: f"{m[1]}°{m[2]}", flat)
    out = _DEG_AS_ZERO_SPACED.sub(lambda m: f"{m[1]}°" if int(m[1] + "0") > 180 else m[0], out)
    out = _DEG_AS_LONE_ZERO.sub("°", out)
    out = _HEMI_COMMA.sub(lambda m: f"{m[1]}.", out)
    out = _DEG_AS_STAR.sub("°", out)
    out = _MIN_SLIP.sub("'", out)
    return _LOWER_HEMI.sub(lambda m: m[0].upper(), out)


def _verbatim(text: str, flat: str, mended: str, s: int, e: int) -> str:
    """The coordinates as printed: the label's text with the mended marks, without the
    "Longitude" keyword between the two halves (the one before the latitude is not kept either)."""
    chars = [m if m != f else t for t, f, m in zip(text[s:e], flat[s:e], mended[s:e], strict=True)]
    value = re.sub(r"\s+", " ", "".join(chars))
    value = re.sub(
        r"(?<=[NSns\W])\s?(?i:long(?:itude?)?)\b\.?:?(?:\s[^\sA-Za-z°](?=\s))?", "", value
    )
    return re.sub(r"\s+", " ", value).strip(" ,;.")


# Decimal degrees: "41.2387N, 78.6514W", "28.1462°, -81.2209°", "Lat: 42.3071 Long: -74.9186",
# "34.1928 -112.4057". Without a hemisphere letter, the sign gives it; a pair with neither a
# hemisphere, a degree sign nor a keyword needs four decimals on both halves and a minus sign
# ("Plot 3.1250 4.5000" is no place).
_DECIMAL = re.compile(
    # a receiver's or a form's key before the pair marks it as a keyword does ("GPS: 48.1234,
    # 11.4567", "Koord.: ...", "Coordinates: ...")
    r"(?:(?<![\w.])(?P<gk>GPS|Koord(?:inaten)?|Coord(?:inate)?s?|Coordonn[ée]es)\.?\s?:?\s{0,2})?"
    r"(?<![\w.,-])(?P<lk>(?i:lat)(?:itude)?\.?\s?:?\s{0,2})?(?P<a>[-–]?\d{1,2}\.\d{3,8})(?!\d|\.\d)"
    r"\s?(?P<ad>[°º˚])?\s?(?P<ah>[NS](?![A-Za-z]))?\.?"
    r"\s?[,;/]?\s{0,4}(?P<ok>(?i:long)(?:itude)?\.?\s?:?\s{0,2})?"
    r"(?P<o>[-–]?\d{1,3}\.\d{3,8})(?!\d|\.\d)\s?(?P<od>[°º˚])?\s?(?P<oh>[EWO](?![A-Za-z]))?"
)


# Decimal degrees with the hemisphere before each half, as GPS receivers print them ("N 30.1234 W
# 97.5678", "N30.12340° W097.56780°")
# (or parted by a decimal comma, as continental labels write them: "N 48,1234 E 11,4567"; or the
# longitude first: "E 11.4567 N 48.1234")
_LAT_LEAD = r"(?P<ah>[NS])\.?\s?(?P<a>\d{1,2}[.,]\d{3,8})(?!\d|[.,]\d)\s?[°º˚]?"
_LON_LEAD = r"(?P<oh>[EWO])\.?\s?(?P<o>\d{1,3}[.,]\d{3,8})(?!\d|[.,]\d)\s?[°º˚]?"
_DECIMAL_LEAD = re.compile(
    rf"(?<![\w.,-])(?:{_LAT_LEAD}\s?[,;/]?\s{{0,4}}{_LON_LEAD}"
    rf"|{_LON_LEAD.replace('?P<', '?P<r')}\s?[,;/]?\s{{0,4}}{_LAT_LEAD.replace('?P<', '?P<r')})"
    # not a plot's or a grid's figures in metres ("N 3.1250 E 4.5000 m")
    r"(?!\s?(?i:m|km|ft)\b)"
)


def _decimal_pair(text: str, flat: str) -> tuple[int, int, str, float, float] | None:
    for m in _DECIMAL.finditer(flat):
        a, o = m["a"].replace("–", "-"), m["o"].replace("–", "-")
        hemis = bool(m["ah"]) + bool(m["oh"])
        if hemis == 1 or (m["ah"] and a.startswith("-")):
            continue
        marked = hemis or (m["ad"] and m["od"]) or (m["lk"] and m["ok"]) or m["gk"]
        decimals = min(len(a.split(".")[1]), len(o.split(".")[1]))
        # (three decimals where both halves are signed and parted by a comma, as a southern and
        # western point is written: "-13.533, -71.917")
        both_signed = a.startswith("-") and o.startswith("-") and "," in m.group(0)
        if (
            not marked
            and (decimals < 4 or "-" not in a + o)
            and not (decimals == 3 and both_signed)
        ):
            continue
        lat, lon = float(a), float(o)
        if abs(lat) > 90 or abs(lon) > 180:
            continue
        if m["ah"] == "S":
            lat = -abs(lat)
        if m["oh"]:
            lon = -abs(lon) if m["oh"] in "WO" else abs(lon)
        s = m.start("lk") if m["lk"] else m.start("a")  # the key "GPS" is not quoted
        value = re.sub(r"\s+", " ", text[s : m.end()]).strip(" ,;.")
        value = re.sub(r"^(?i:lat)(?:itude)?\.?\s?:?\s*", "", value)
        value = re.sub(r"\s*\b(?i:long)(?:itude)?\b\.?:?\s*", " ", value)
        return s, m.end(), value, lat, lon
    for m in _DECIMAL_LEAD.finditer(flat):
        r = "" if m["a"] else "r"
        a, o = m[f"{r}a"], m[f"{r}o"]
        if ("," in a) != ("," in o):
            continue  # a decimal comma on one half only: a list's comma, not a coordinate's
        lat, lon = float(a.replace(",", ".")), float(o.replace(",", "."))
        if lat > 90 or lon > 180:
            continue
        lat = -lat if m[f"{r}ah"] == "S" else lat
        lon = -lon if m[f"{r}oh"] in "WO" else lon
        value = re.sub(r"\s+", " ", text[m.start() : m.end()]).strip(" ,;.")
        return m.start(), m.end(), value, lat, lon
    return None


def _pair(text: str, flat: str) -> tuple[int, int, str, float, float] | None:
    """(start, end, verbatim, latitude, longitude) of the first coordinate pair in `flat`."""
    mended = _mend(flat)
    matches = sorted(
        [*_COORDS.finditer(mended), *_COORDS_LON_FIRST.finditer(mended)], key=lambda m: m.start()
    )
    for m in matches:
        g = m.groupdict()
        end = m.end()
        # the second half's seconds need their mark or the hemisphere after them: else no sign
        # tells where they end, and the next line's figures are no seconds ("E 8°12' / 12.vi.1970")
        last = "a" if m.re is _COORDS_LON_FIRST else "o"
        if (
            g[f"{last}s"]
            and not g[f"{last}h2"]
            and not _SECONDS_MARK.match(mended, m.end(f"{last}s"))
        ):
            g[f"{last}s"] = None  # the pair ends at the minutes and their mark
            mark = re.match(r"\s?['’′]", mended[m.end(f"{last}m") :])
            end = m.end(f"{last}m") + (mark.end() if mark else 0)
        lat_h = g["ah1"] or g["ah2"]
        lon_h = (g["oh1"] or g["oh2"] or "")[:1]
        if not lat_h or not lon_h:
            continue
        # Without a degree sign, minutes must be present: "38 17'42"N" yes, "22 N" no.
        found = m.group(0)
        marks = re.search(r"['’′]", found)
        # Nor a mark at all when both halves give degrees, minutes and seconds before their
        # hemisphere ("38 14 06.5 N 84 22 47.3 W").
        spaced = all(g[k] for k in ("am", "as", "om", "os"))
        # Nor when both halves give degrees and minutes parted by blanks, each closed by its
        # hemisphere after a blank ("13 32 S 71 55 W"; glued, "36 27N 93 18W" is as often a
        # township and range's shorthand)
        closed = (
            g["ah2"]
            and g["oh2"]
            and not g["as"]
            and not g["os"]
            and len(re.findall(r"\d\s[NSEWO]\b", found)) == 2
        )
        if not re.search(r"[°º˚]|deg", found) and not (
            g["am"] and g["om"] and (marks or spaced or closed)
        ):
            continue
        if spaced and max(float(g["as"]), float(g["os"]), float(g["om"])) >= 60:
            continue
        lat = _decimal(g["ad"], g["am"], g["as"])
        lon = _decimal(g["od"], g["om"], g["os"])
        if lat > 90 or lon > 180 or (g["am"] and float(g["am"]) >= 60):
            continue
        lat = -lat if lat_h == "S" else lat
        lon = -lon if lon_h in "WO" else lon
        s, e = m.start(), end
        return s, e, _verbatim(text, flat, mended, s, e), lat, lon
    return _decimal_pair(text, flat) or _gps_spaced(text, flat)


# A GPS receiver's degrees and decimal minutes without marks, each half led by its hemisphere
# ("N 44 21.512 W 72 30.128"): the hemispheres and the minutes' decimals say what the figures are
_GPS_SPACED = re.compile(
    r"(?<![\w.])(?P<ah>[NS])\.?\s?(?P<ad>\d{1,2})\s(?P<am>[0-5]?\d\.\d{1,4})[,;]?\s{1,4}"
    r"(?P<oh>[EWO])\.?\s?(?P<od>\d{1,3})\s(?P<om>[0-5]?\d\.\d{1,4})(?![\d.]|\s?['’′°])"
)


def _gps_spaced(text: str, flat: str) -> tuple[int, int, str, float, float] | None:
    m = _GPS_SPACED.search(flat)
    if m is None:
        return None
    lat = _decimal(m["ad"], m["am"], None)
    lon = _decimal(m["od"], m["om"], None)
    if lat > 90 or lon > 180:
        return None
    lat = -lat if m["ah"] == "S" else lat
    lon = -lon if m["oh"] in "WO" else lon
    s, e = m.span()
    return s, e, re.sub(r"\s+", " ", text[s:e]), lat, lon


# a longitude's hemisphere written O, standing alone
_LETTER_O = re.compile(r"(?<![A-Za-z])O(?![A-Za-z])")
# words of a label in German or Dutch (O is Ost, Oost: east) and in French, Spanish, Portuguese or
# Italian (O is Ouest, Oeste, Ovest: west)
_EAST_WORDS = re.compile(
    r"\b(?:Ost|Oost|östl|oostelijk|östlicher|Länge|lengte|Breite|breedte|nördl|bei|Fundort|"
    r"gesammelt|verzameld|Vindplaats|bij|Umgebung|Wald|Weg)\b|ö\.\s?L\b|O\.\s?L\b",
    re.IGNORECASE,
)
_WEST_WORDS = re.compile(
    r"\b(?:Ouest|Oeste|Ovest|près|environs|Récolté|Localité|Recol|Colector|Colhido|Localidad|"
    r"Localidade|Localité|Lieu|cerca|perto|y|pr[eè]s|Herbier|Herbario|Herbário|Erbario)\b",
    re.IGNORECASE,
)


# countries whose labels write O for east (German, Dutch) or for west (French, Spanish,
# Portuguese, Italian), where both readings fall inside the country's bounds
_O_EAST_COUNTRIES = frozenset({"DE", "AT", "NL", "LI"})
_O_WEST_COUNTRIES = frozenset(
    # and the former French and Portuguese colonies that straddle the prime meridian
    {"FR", "ES", "PT", "IT", "AD", "MC", "SM", "BF", "ML", "NE", "DZ", "TG", "BJ", "GW"}
)


def _o_is_east(labels: list[Label], lat: float, lon: float) -> bool | None:
    """Whether a longitude written with O is east: the reading that falls in the country the labels
    name, else the language the labels are in; None where neither tells."""
    codes = {h.code for h in find_hits(labels) if h.code}
    inside = {
        east: any(point_in_country(lat, lon if east else -lon, c) for c in codes)
        for east in (True, False)
    }
    if inside[True] != inside[False]:
        return inside[True]
    if codes and codes <= _O_EAST_COUNTRIES:
        return True
    if codes and codes <= _O_WEST_COUNTRIES:
        return False
    text = " ".join(lab.flat for lab in labels)
    east, west = bool(_EAST_WORDS.search(text)), bool(_WEST_WORDS.search(text))
    return east if east != west else None


@cache
def _catalogue_numbers() -> re.Pattern[str]:
    """A herbarium's two-letter code and its number as `data/institutions.csv` gives their shape
    ("NY ########"): the same letters and figures as a grid reference's square and digits."""
    alts = []
    for row in data_rows("institutions.csv"):
        code = row["code"].strip()
        for template in row["shapes"].split("|"):
            m = re.fullmatch(r"[ .-]?(?P<digits>#{6,})", template.strip()[len(code) :])
            if re.fullmatch(r"[A-Z]{2}", code) and template.strip().startswith(code) and m:
                alts.append(rf"{code}[ .-]?\d{{{len(m['digits'])}}}")
    return re.compile("|".join(alts) or r"(?!)")


def _catalogue_shaped(found: FieldCandidate) -> bool:
    """Whether an unkeyed grid reference is printed as a herbarium's code and number are ("NY
    01234567" under the New York garden's name, where "York" reads as a British county)."""
    return found.evidence.rule == "coords.gridref" and bool(
        _catalogue_numbers().fullmatch(found.evidence.text or "")
    )


# a decimal comma inside a figure, as continental labels write degrees and minutes ("58,3456 N
# 26,7123 E", "Lat. 58,1111 Long. 25,2222", "N 59°12,345'"); never a list's or a thousands' comma
# between longer runs ("1,234,567")
_DECIMAL_COMMA = re.compile(r"(?<![\d.,])(\d{1,3}),(\d{1,8})(?![\d.,])")


def _comma_pair(text: str, flat: str) -> tuple[int, int, str, float, float] | None:
    """The first coordinate pair once `flat`'s decimal commas are read as full stops, character
    for character; none where the pair's halves mix a decimal comma and a full stop ("N 48,123 E
    11.456": a list's comma as often)."""
    dotted = _DECIMAL_COMMA.sub(r"\1.\2", flat)
    if dotted == flat:
        return None
    pair = _pair(text, dotted)
    if pair is None or re.search(r"\d\.\d", flat[pair[0] : pair[1]]):
        return None
    return pair


def coordinate_candidates(labels: list[Label]) -> list[FieldCandidate]:
    """Latitude and longitude as printed, else a British or Irish grid reference (whose square
    also gives the uncertainty); never a mix of the two."""
    found: list[tuple[Label, int, int, str, float, float]] = []
    for lab in labels:
        pair = _pair(lab.text, lab.flat) or _comma_pair(lab.text, lab.flat)
        if pair is not None:
            found.append((lab, *pair))
            break
    else:
        # The OCR may part a label's latitude from its longitude as two labels ("Latitude 57°
        # 26.414'N" / "Longitude 168° 42.318' W"): a pair read across the end of one label and
        # the start of the next one; its evidence is the latitude's part.
        for a, b in itertools.pairwise(labels):
            pair = _pair(f"{a.text}\n{b.text}", f"{a.flat} {b.flat}")
            if pair is not None and pair[0] < len(a.flat) < pair[1]:
                found.append((a, pair[0], len(a.flat), *pair[2:]))
                break
    if not found:
        # a British or Irish grid reference, a Finnish uniform grid square, else an American
        # survey's (UTM, township and range)
        grid = [c for c in grid_candidates(labels) if not _catalogue_shaped(c)]
        return grid or uniform_grid_candidates(labels) or survey_candidates(labels)
    lab, s, e, verbatim, lat, lon = found[0]
    if _LETTER_O.search(verbatim):
        east = _o_is_east(labels, lat, abs(lon))
        if east is None:
            # "11°30'O": east in German and Dutch (Ost, Oost), west in the Romance languages
            # (Ouest, Oeste, Ovest); neither the country nor the language tells which: as printed
            return [candidate(Term.verbatimCoordinates, verbatim, 0.85, lab, s, e, "coords.dms")]
        lon = abs(lon) if east else -abs(lon)
    # a figure or the hemisphere read as a letter: which one it was is the OCR's guess
    mended = _mend_letters(lab.flat)[s:e] != lab.flat[s:e]
    conf, flags, rule = (
        (0.75, ["ocr_repaired"], "coords.dms") if mended else (0.85, [], "coords.dms")
    )
    return [
        candidate(Term.verbatimCoordinates, verbatim, conf, lab, s, e, rule, flags),
        candidate(Term.decimalLatitude, f"{lat:.5f}", conf, lab, s, e, rule, flags),
        candidate(Term.decimalLongitude, f"{lon:.5f}", conf, lab, s, e, rule, flags),
    ]


# a figure: thousands parted by a comma, or by a full stop as European and Latin American labels
# part them ("3.000 m", "2.500 msnm"), or a decimal
_QTY = r"\d{1,2}(?:,\d{3})|\d{1,2}\.\d{3}(?!\d)|\d{1,5}(?:\.\d{1,2})?"
# after a key or before a sea-level suffix, the thousands may be parted by a space ("alt. 1 500 m")
_QTY_KEYED = rf"\d{{1,2}}\s\d{{3}}(?!\d)|{_QTY}"
# the foot mark, straight or typeset ("85’")
_FT = r"['’′]"
# units of height; "ped." is Latin feet ("8000 ped." on East India Company sheets)
_UNIT = r"(?:m|mts?|meters|metres|metros|ft|feet|pies|ped)\b\.?"
_ELEV_KEYED = re.compile(
    # "Alt.:" with its full stop read as an "e" ("Alte: About 4200 ft.", "Altes About 4200 ft.")
    # German, Italian, Dutch and Polish keys too ("Seehöhe 1200 m", "Höhe: 800 m", "quota 900 m",
    # "hoogte 30 m", "wys. 1200 m")
    rf"(?<![A-Za-z])(?:alt(?:itude|itud|ura)?|alte(?=[:s]\s)s?|elev(?:ation|ación)?|el"
    # ("Höhe" alone only before its colon: "Strauch, Höhe 2 m" is the plant's)
    rf"|(?:see|meeres)h[öo]he|h[öo]he(?=\s?:)|quota|hoogte|wys"
    # the zone's key of Hooker's and Thomson's Indian sheets ("Regio temp. 8-10,000 ped.")
    rf"|regio\s(?:trop|subtrop|temp|subalp|alp)[a-z]*)\.?\s?:?\s?"
    rf"(?P<v>(?:(?:ca|c|about|approx|to)\.?\s)?(?:{_QTY_KEYED})(?:\s?(?:-|–|to)\s?(?:{_QTY_KEYED}))?"
    rf"\s?(?:{_UNIT}|{_FT}))",
    re.IGNORECASE,
)
_ELEV_AFTER = re.compile(
    rf"(?P<v>(?:(?:ca|c)\.\s?)?(?:{_QTY})(?:\s?(?:-|–|to)\s?(?:{_QTY}))?\s?(?:{_UNIT}|{_FT}))"
    # the unit's full stop read as a comma ("C.2600 Ft, Alt.")
    r",?\s?(?:alt(?:itude)?(?![^\W\d_])\.?|el\.|elev\.?)",
    re.IGNORECASE,
)
# Metres above the sea, as Spanish, Portuguese, Italian, German and Polish labels write them:
# "1500 m s.n.m.", "3000-3500 msnm", "800 m.s.n.m.", "1200 m s.l.m.", "650 m ü. M.", "500 m NN",
# "300 m n.p.m.", "2000 m a.s.l.", "450 m n. m.", "300 m tszf.": the suffix says what the figure
# is, without a key before it.
_SEA = (
    r"(?:a\.?\s?s\.?\s?l|s\.?\s?n\.?\s?(?:d\.?\s?)?m|s\.?\s?l\.?\s?m|ü\.?\s?(?:d\.?\s?)?M|ü\.?\s?NN|NN"
    r"|n\.?\s?p\.?\s?m|s\.\s?m"
    # Czech "m n. m." (nad mořem), Hungarian "m tszf." (tengerszint feletti)
    r"|n\.\s?m|tszf)\.?"
)
_SEA_UNIT = rf"(?:m|mts?|metros|metres|meters)\.?\s?{_SEA}|m(?:snm|slm|asl)\.?"
_ELEV_SEA = re.compile(
    rf"(?<![\d.,])(?P<v>(?:(?:ca|c|aprox|approx)\.?\s?)?(?:{_QTY_KEYED})"
    rf"(?:\s?(?:-|–|a|to)\s?(?:{_QTY_KEYED}))?"
    rf"\s?(?:{_SEA_UNIT}))(?![^\W\d_])",
    re.IGNORECASE,
)
# the words of an approximate figure before an item ("ca. 330 m", "about 800 m.")
# ("ca 1200 m": its full stop lost or never printed, a word of its own)
_ABOUT = r"(?:ca\.|(?<![^\W\d_])(?:ca|CA)(?=\s)|c\.|circa|about|approx\.|CA\.|C\.)\s?"
# "ca. 330 m;" or ", 0-30 m;" standing as its own comma-separated item after a locality, also
# at the end of its line ("Exampleton, in grassy places, 6000 ft." on old colonial sheets).
_ELEV_ITEM = re.compile(
    # (feet in capitals too, as labels printed in capitals give them: "SAMPLETON, C. 3000 FT.")
    rf"(?:^|[,;(]\s?)(?P<v>(?:{_ABOUT})?(?:{_QTY})(?:\s?-\s?(?:{_QTY}))?\s?(?:m|mts?|metros|ft|feet|ped|FT|FEET)\.?)"
    # not a distance whose sentence goes on below ("Exampleton road, 100 m / from the bridge")
    # (a coordinate's hemisphere opening the next line is no bearing: "Sampleton, 350 m / N 35.1234
    # E 24.5678")
    r"(?=\s?[;,)]|[ \t]*(?:\n(?![ \t]*(?i:from|of|to|past|beyond|along|north|south|east|west"
    r"|[NSEW]\b(?!\.?[ \t]?\d{1,3}(?:[.,]\d|[ \t]?[°º˚]))))|$)"
    r"|/\s?\d"
    # or the unit's full stop ending the item's sentence in a run-on field note ("Sampleton
    # Forest Reserve, 1200 m. 14 Feb. 1952"): three figures at least (", 3 m. Flowers white" is a
    # plant's height), not a distance's ("100 m. from the bridge")
    r"|(?:(?<=\d\d\d m\.)|(?<=\d\d\dm\.)|(?<=\d\d\d ft\.)|(?<=\d\d\dft\.)|(?<=\d\d\d FT\.))"
    r"[ \t]+(?!(?i:from|of|to|past|beyond|along|north|south|east|west|[NSEW]\b)))"
)
# the same item opening a sentence of a run-on field note after a word's full stop
# ("Sampleton, 12 mi. E of Exampleville. 1,200 ft. 12 May 1954"): three figures at least
_ELEV_SENTENCE = re.compile(
    # (or "about" opening it anywhere: "Gede, c. 1600 m")
    r"(?:(?<=[a-z]\.[ \t])|(?<=\s)(?=(?:ca?|circa)\.?[ \t]?\d))"
    r"(?P<v>(?:(?:ca|c|circa)\.?[ \t]?)?(?:\d{1,2},\d{3}|\d{3,5})(?:\s?-\s?(?:\d{1,2},\d{3}|\d{3,5}))?"
    r"\s?(?:m|ft|feet)\.?)(?=\s?[;,]|[ \t]*\Z|(?:[ \t]*\n|(?<=\.)[ \t]+)(?![ \t]*(?i:from|of|to|past"
    r"|beyond|along|north|south|east|west|[NSEW]\b(?!\.?[ \t]?\d))))"
)
# An item opening a line, a comma after it ("2000 m, 16.vii.1985"): three figures at least (a
# wrapped description's "2 m, flowers white" is a plant's height)
_ELEV_LINE_OPENING = re.compile(
    rf"(?m)^[ \t]*(?P<v>(?:{_ABOUT})?"
    r"(?:\d{1,2},\d{3}|\d{3,5})(?:\s?-\s?(?:\d{1,2},\d{3}|\d{3,5}))?"
    r"\s?(?:m|mts?|metros|ft|feet|ped)\.?)"
    # or its unit's full stop ending a sentence a capital word opens after it ("765m. Advanced
    # secondary forest"), not a distance's bearing ("800 m. N of the bridge")
    r"(?=[ \t]?[;,]|(?<=\.)[ \t]+(?!(?:North|South|East|West|From|Of|To|Past|Along|[NSEW])\b)"
    r"[A-Z][a-z])"
)
# Insect labels: the elevation at the end of the place's line after a word, without a comma
# ("Sierra Exemplo 2100m", "Sampleton 1200 m"): three or four figures, never before a bearing on
# the next line ("Sampleton 500 m / N of the bridge" is a distance)
_ELEV_LINE_END = re.compile(
    # not an age's, a length's or a depth's figure ("Alter 300 m", "Tiefe 120 m")
    r"(?<![^\W\d_])(?!(?i:alter|age|länge|length|tiefe|depth|breite|width|diam|dist)[^\W\d_]*[ \t])"
    r"[^\W\d_]+[ \t](?P<v>\d{3,4}(?:\s?-\s?\d{3,4})?[ \t]?m)\.?[ \t]*"
    r"(?:\n(?![ \t]*(?i:from|of|to|past|beyond|along|north|south|east|west"
    r"|[NSEW]\b(?!\.?[ \t]?\d{1,3}(?:[.,]\d|[ \t]?[°º˚]))))|$)"
)
# Italian labels put the unit first: "Sampleton, m 1450", "m. 1200-1400 s.l.m.", "quota m 900"
_ELEV_UNIT_FIRST = re.compile(
    r"(?:(?m:^)[ \t]*|[,;(][ \t]?|(?i:quota|alt\.?)[ \t])(?P<v>m\.?[ \t]?\d{2,4}(?:[ \t]?[-–][ \t]?\d{2,4})?)"
    r"(?![\d.,]\d|[ \t]?(?:x|×|km|mm|cm)\b)"
)
# Insect labels: "6500'" or "1500-2400'" (feet), never a minute of arc.
# Minutes before a hemisphere letter are a coordinate whose degree sign was misread ("29059'N"),
# an initial is not a hemisphere ("5000' K.L Marden").
_ELEV_FEET = re.compile(
    r"(?<![\d.°'\s])(?<![°]\d)(?P<v>\d{3,5}(?:-\d{3,5})?')(?![\d'\"]|\s?[NSEW](?!\w|\.\w))"
    # (with the word that says the height is guessed: "ca. 4000'")
    rf"|(?:^|\s)(?P<w>(?:{_ABOUT})?\d{{3,5}}(?:-\d{{3,5}})?')(?![\d'\"]|\s?[NSEW](?!\w|\.\w))"
)


# One height in both units, the second as the first's conversion ("1800 ft. (550 m)", "900 m
# (2950 ft)", "2200 ft / 670 m", "11,200 ft. = 3414 m"): the verbatim elevation is the first (as
# "1280m/4200ft" gives "1280m"), never the bracketed conversion alone, and the metres are the
# label's own. Taken only where the two figures agree (`_same_height`): two heights that
# disagree are two things (a place's height and a distance).
_METRIC = r"(?:m|mts?|meters|metres|metros)\b\.?"
_FEET = r"(?:ft|feet)\b\.?|['’′]"
_HEIGHT = rf"(?:{_ABOUT})?(?:{_QTY})(?:\s?(?:-|–|to)\s?(?:{_QTY}))?\s?"
_ELEV_BOTH = re.compile(
    rf"(?<![\d.,°º˚'’′])(?P<v>(?P<a>{_HEIGHT}(?:{_METRIC}|{_FEET}))"
    rf"[ \t]{{0,2}}(?:(?P<open>\()|[/=]|,)[ \t]?(?P<b>{_HEIGHT}(?:{_METRIC}|{_FEET}))(?(open)\s?\)))",
    re.IGNORECASE,
)
_SAME_HEIGHT = 0.12  # how far a conversion may stray: labels round either figure


def _same_height(first: str, second: str) -> tuple[str, str] | None:
    """The metres (low, high) of one height printed in both units, where `first` and `second`
    are a figure in metres and one in feet (either order) that agree; else None."""
    a, b = elevation_metres(first.strip()), elevation_metres(second.strip())
    metric = [
        re.search(rf"\d\s?(?:{_METRIC})\s*$", x.strip(), re.IGNORECASE) is not None
        for x in (first, second)
    ]
    if a is None or b is None or metric[0] == metric[1]:
        return None
    for lo, hi in zip(a, b, strict=True):
        x, y = float(lo), float(hi)
        if abs(x - y) > _SAME_HEIGHT * max(x, y, 1.0):
            return None
    return a if metric[0] else b


# Insect labels print the elevation alone on a line of its own ("5000 ft.", "ca. 2400 m").
_ELEV_LINE = re.compile(
    rf"^\s*(?P<v>(?:ca\.\s?)?(?:{_QTY})(?:\s?-\s?(?:{_QTY}))?"
    r"\s?(?:m|mts?|meters|metres|metros|ft|feet|ped)\.?)\s*$"
)


# A plant's height, not the place's: after the plant's habit ("Shrub, 12 ft.", "Tree, 30 m",
# "arbusto 3 m") or before "high"/"tall" in the labels' languages ("2 ft. high", "12 ped. alta").
# (the plant's forms and habits of data/plant_words.csv)
_HABIT = re.compile(
    r"(?<![^\W\d_])"
    + alternation(r["word"] for r in data_rows("plant_words.csv") if r["kind"] in ("form", "habit"))
    + r"[\s,;:]*(?:(?:ca|c|to|up to|about|bis|hasta|at[ée])\.?\s)?$",
    re.IGNORECASE,
)
_HEIGHT_AFTER = re.compile(
    r"\s?(?:high|tall|hoch|haut|alt[oa]s?|long|deep|tief|diam)(?![^\W\d_])", re.IGNORECASE
)
_UNKEYED = {"elevation.item", "elevation.own_line", "elevation.feet_mark"}
# the patterns that read line ends (`Label.text`, with the same offsets as `flat`)
_LINE_PATTERNS = (
    _ELEV_ITEM,
    _ELEV_UNIT_FIRST,
    _ELEV_LINE_END,
    _ELEV_LINE_OPENING,
    _ELEV_SENTENCE,
)


def _plant_height(lab: Label, start: int, end: int) -> bool:
    line = lab.line_at(start)
    before = lab.flat[max(line.start, start - 30) : start]
    return bool(_HABIT.search(before) or _HEIGHT_AFTER.match(lab.flat, end))


# a year's figure, "m." and a month's name in lower case on its line: a Lithuanian date ("1935 m.
# liepos 12 d.", m. for metai, the year), not a height ("Sampleton, 1800 m / Jul. 1890")
_YEAR_M = re.compile(r"(?:1[6-9]\d\d|20[0-3]\d)[ \t]?m\.[ \t]*(?=[^\W\d_A-Z])")


def _year_before_month(lab: Label, start: int) -> bool:
    m = _YEAR_M.match(lab.text, start)
    return m is not None and MONTH_WORD.match(lab.text, m.end()) is not None


def _line_matches(lab: Label, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    spans = []
    for line in lab.lines:
        m = pattern.match(line.text)
        if m is not None and len(re.sub(r"\D", "", m.group("v"))) >= 2:
            spans.append((line.start + m.start("v"), line.start + m.end("v")))
    return spans


def elevation_candidates(labels: list[Label]) -> list[FieldCandidate]:
    """The elevation the labels print (the first of the surest rules that reads one); where none
    is read, the one whose figures the OCR read as letters ("7,OOO FT.", "l200 m"), mended and
    flagged ocr_repaired."""
    mended = [m for lab in labels if (m := _mended_figures(lab)) is not None]
    # a height in both units first, as read, then with its figures mended (its other figure
    # alone would be read as an item otherwise: "9,2OO ft. (2805 m)")
    found = _both_units(labels) or _repaired(_both_units(mended))
    return found or _elevation_candidates(labels) or _repaired(_elevation_candidates(mended))


def _repaired(found: list[FieldCandidate]) -> list[FieldCandidate]:
    return [
        c.model_copy(update={"confidence": c.confidence * 0.8, "flags": [*c.flags, "ocr_repaired"]})
        for c in found
    ]


# a height's figures with letters the OCR read for them (O for 0, l and I for 1) before its unit:
# three characters at least, one of them a figure ("7,OOO FT.", "l200 m", "3O00 ft")
_FIGURE_SLIPS = re.compile(
    r"(?<![\w,.])(?=[\dOolI,.]*\d)[\dOolI][\dOolI,.]{2,}(?=[ \t]?(?i:m|mts?|ft|feet|ped)\b)"
)


# the metre's "m" read as "rn" after a height's figures ("1200 rn", "760 rn)"): mended to "m"
# and a blank, so that the label's offsets hold
_RN_FOR_M = re.compile(r"(?<=\d)([ \t]?)rn(?![^\W\d_])")


# the foot mark read as a degree sign after a height's figures ("Cyn 1700-2700°", "4800° el."):
# no degree at all where the figure is above a circle's 360 and no minutes follow
_DEGREE_FOR_FEET = re.compile(r"(?<![\d.,°º˚'’′])(?P<f>\d{3,5})(?:[-–]\d{3,5})?[°º˚](?![ \t]?\d)")


def _feet_mark(m: re.Match[str]) -> str:
    return m[0][:-1] + "'" if int(m["f"]) > 360 else m[0]


def _mended_figures(lab: Label) -> Label | None:
    """`lab` with its heights' misread figures mended, letter for letter, and a metre's "rn"
    read as "m"; None where none is."""
    text = _FIGURE_SLIPS.sub(lambda m: m[0].translate(LETTERS_AS_FIGURES), lab.text)
    text = _RN_FOR_M.sub(lambda m: m[1] + "m ", text)
    text = _DEGREE_FOR_FEET.sub(_feet_mark, text)
    if text == lab.text:
        return None
    lines = [replace(ln, text=text[ln.start : ln.end]) for ln in lab.lines]
    return Label(lab.position, lab.label, text, lines, lab.words)


def _both_units(labels: list[Label]) -> list[FieldCandidate]:
    """A height printed in both units (`_ELEV_BOTH`): the first figure, the label's own metres."""
    for lab in labels:
        for m in _ELEV_BOTH.finditer(lab.flat):
            metres = _same_height(m["a"], m["b"])
            # a plant's height in both units is no place's ("Tree, 30 m (100 ft) tall")
            if metres is None or _plant_height(lab, m.start("v"), m.end("v")):
                continue
            s, e = m.start("a"), m.end("a")
            rule = "elevation.both_units"
            value = lab.flat[s:e].strip()
            low, high = metres
            return [
                candidate(Term.verbatimElevation, value, _BOTH, lab, s, e, rule),
                candidate(Term.minimumElevationInMeters, low, _BOTH * 0.95, lab, s, e, rule),
                candidate(Term.maximumElevationInMeters, high, _BOTH * 0.95, lab, s, e, rule),
            ]
    return []


_BOTH = 0.85  # as sure as a keyed height: two figures that agree say what they are


def _elevation_candidates(labels: list[Label]) -> list[FieldCandidate]:
    rules = [
        (_ELEV_SEA, 0.85, "elevation.sea_level"),
        (_ELEV_KEYED, 0.85, "elevation.keyword"),
        (_ELEV_AFTER, 0.85, "elevation.keyword_after"),
        (_ELEV_ITEM, 0.6, "elevation.item"),
        (_ELEV_UNIT_FIRST, 0.6, "elevation.item"),
        (_ELEV_LINE_END, 0.6, "elevation.item"),
        (_ELEV_LINE, 0.6, "elevation.own_line"),
        (_ELEV_LINE_OPENING, 0.6, "elevation.item"),
        (_ELEV_SENTENCE, 0.6, "elevation.item"),
        (_ELEV_FEET, 0.6, "elevation.feet_mark"),
    ]
    for pattern, conf, rule in rules:
        for lab in labels:
            if pattern is _ELEV_LINE:
                spans = _line_matches(lab, pattern)
            else:
                # the item's pattern reads line ends (same offsets as `flat`)
                text = lab.text if pattern in _LINE_PATTERNS else lab.flat
                spans = [
                    (m.start(g), m.end(g))
                    for m in pattern.finditer(text)
                    for g in ("v" if m.group("v") else "w",)
                ]
            for s, e in spans:
                before = lab.flat[max(0, s - 3) : s]
                if "°" in before or re.search(r"\d\s?°\s?\d*$", lab.flat[max(0, s - 8) : s]):
                    continue
                if re.search(r"\d[,.]$", before):
                    continue  # "6,0008,000 ft.": the tail of a number, not "000 ft."
                if rule in _UNKEYED and _plant_height(lab, s, e):
                    continue
                if rule in _UNKEYED and _year_before_month(lab, s):
                    continue
                value = lab.flat[s:e].strip()
                out = [candidate(Term.verbatimElevation, value, conf, lab, s, e, rule)]
                metres = elevation_metres(value)
                if metres is not None:
                    low, high = metres
                    # The conversion adds no doubt of its own, but a unit misread ("m" for "mi")
                    # costs more in metres than in the verbatim string a curator reads.
                    c = conf * 0.95
                    out.append(candidate(Term.minimumElevationInMeters, low, c, lab, s, e, rule))
                    out.append(candidate(Term.maximumElevationInMeters, high, c, lab, s, e, rule))
                return out
    return []


_FOOT = 0.3048
_VALUE = re.compile(
    rf"^(?:(?:ca|c|about|approx|aprox)\.?\s?)?(?P<lo>{_QTY_KEYED})"
    rf"(?:\s?(?:-|–|to|a)\s?(?P<hi>{_QTY_KEYED}))?"
    rf"\s?(?P<u>{_SEA_UNIT}|{_UNIT}|{_FT})$",
    re.IGNORECASE,
)


def elevation_metres(verbatim: str) -> tuple[str, str] | None:
    """ "ca. 350 m" -> ("350", "350"); "1200 ft" -> ("366", "366"); "600-700 m" -> ("600", "700").

    Whole metres: labels give elevations to tens of feet or metres at best, so a decimal would
    claim a precision the label does not have. "to 3000 ft" gives no minimum and is left verbatim."""
    unit_first = re.fullmatch(r"m\.?\s?(.+)", verbatim.strip())
    if unit_first is not None:
        verbatim = f"{unit_first.group(1)} m"  # "m 1450": metres, as "1450 m"
    m = _VALUE.match(verbatim.strip())
    if m is None:
        return None
    unit = m.group("u").lower().rstrip(".")
    factor = 1.0 if unit.startswith("m") else _FOOT
    lo = _figure(m.group("lo"))
    hi = _figure(m.group("hi")) if m.group("hi") else lo
    if 0 < lo < 100 and hi >= max(1000, 100 * lo) and "." not in m.group("lo"):
        scaled = _shorthand_low(lo, hi)
        if scaled is None:
            return None
        lo = scaled
    lo, hi = lo * factor, hi * factor
    # Above Everest or a range that runs backwards is a misread, not an elevation.
    if hi < lo or hi > 8900:
        return None
    return str(int(lo + 0.5)), str(int(hi + 0.5))  # half up, not round()'s half to even


def _shorthand_low(lo: float, hi: float) -> float | None:
    """The low end of a range written short, its zeros left to the high end ("4-6000 ft.",
    "8-10,000 ft.", "12-1500 m": 4000, 8000, 1200): the figure scaled to the high end's
    magnitude, where that makes a range of a collecting place (the high end at most twice the
    low); else (a true "5-1000 m") none. Only thousands are written so ("2-300 m" is as often
    two to three hundred metres as 200-300)."""
    scaled = lo
    while scaled * 10 <= hi:
        scaled *= 10
    return scaled if hi < 2 * scaled else None


def _figure(qty: str) -> float:
    """A figure's value: "3,000", "3.000" and "3 000" are three thousand, "12.5" a decimal."""
    if re.fullmatch(r"\d{1,2}[.\s]\d{3}", qty):
        return float(re.sub(r"\D", "", qty))
    return float(qty.replace(",", ""))
