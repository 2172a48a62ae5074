"""Check a batch's occurrence.csv and dwca.zip as the GBIF IPT and GBIF's validator would.

The writers already refuse most of these mistakes; this is the independent check a publisher runs on
the files they are about to upload, including files edited by hand or by other tools after the run.
The Identification extension is checked too: each row linked to a core row, ISO dates, unique
identificationIDs, exactly one current identification per occurrence.
Every problem names its file, row, occurrenceID and column, so a curator can find and fix it.

Errors are what the IPT refuses or GBIF drops the record for (unknown term, duplicate id, a date
that is not ISO 8601, a latitude of 95); warnings are what GBIF flags but publishes (a date in the
future, coordinates 0/0, only one of a coordinate pair). A cell a spreadsheet would run as a formula
(it starts with =, +, -, @, a tab or a carriage return and is not a plain number) is an error too:
curators open these files in Excel, and labelscribe's writers never leave one (they prefix an
apostrophe), so one found here was typed or re-saved by another program. When the folder holds a
manifest.json, every file it lists must still have its size and hash: otherwise the files are not
one set (a write was interrupted between two renames, or a file was replaced since).

A point must lie inside its countryCode, checked against bounding boxes (country-bounding-boxes:
Natural Earth 1:50m map subunits, offline). Boxes are generous, so this catches gross mistakes (a
dropped minus sign, latitude and longitude swapped, the wrong country) rather than points a few
kilometres over a border.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Literal

import country_bounding_boxes
import pycountry

from models.dwc import Term, official_terms
from pipelines.outputs.cells import MAX_CELL, is_formula
from pipelines.outputs.folder import MANIFEST
from pipelines.outputs.terms import DCTERMS_NS, DWC_NS

Severity = Literal["error", "warning"]

# The Darwin Core basisOfRecord vocabulary (https://dwc.tdwg.org/terms/#dwc:basisOfRecord).
BASIS_OF_RECORD = frozenset(
    {
        "MaterialEntity",
        "PreservedSpecimen",
        "FossilSpecimen",
        "LivingSpecimen",
        "MaterialSample",
        "Event",
        "HumanObservation",
        "MachineObservation",
        "Taxon",
        "Occurrence",
        "MaterialCitation",
    }
)

# C0 and C1 controls (tab and line breaks included), DEL, Unicode line/paragraph separators.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")

# ISO 8601 calendar dates at year, month or day precision, with an optional time and zone.
_DATE = re.compile(
    r"(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2})"
    r"(?:T(?P<time>\d{2}(?::\d{2}(?::\d{2}(?:\.\d+)?)?)?)(?P<tz>Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?"
)
_ORDINAL = re.compile(r"(?P<y>\d{4})-(?P<doy>\d{3})")
_INTEGER = re.compile(r"[+-]?\d+")
_DECIMAL = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)")


@dataclass(frozen=True)
class Problem:
    severity: Severity
    file: str
    row: int | None  # 1-based data row (the header is row 0); None for the file as a whole
    occurrence_id: str
    column: str
    message: str

    def __str__(self) -> str:
        where = self.file if self.row is None else f"{self.file} row {self.row}"
        if self.occurrence_id:
            where += f" ({self.occurrence_id})"
        column = f" {self.column}:" if self.column else ""
        return f"{self.severity}: {where}:{column} {self.message}"


# --- values -------------------------------------------------------------------------------------


def parse_iso_date(text: str) -> tuple[date, date] | None:
    """The first and last day an ISO 8601 date or interval covers; None when it is not ISO 8601.

    Accepts YYYY, YYYY-MM, YYYY-MM-DD (optionally with a time), YYYY-DDD, and intervals "a/b" whose
    end may leave out leading parts ("1951-07-11/15", "1951-07-11/08-02"), as Darwin Core allows.
    """
    if "/" in text:
        start_text, _, end_text = text.partition("/")
        start = _parse_one(start_text)
        if start is None:
            return None
        end = _parse_one(end_text) or _parse_one(_complete(start_text, end_text))
        if end is None or end[1] < start[0]:
            return None
        return start[0], end[1]
    return _parse_one(text)


def _complete(start: str, end: str) -> str:
    # "1951-07-11/15" -> "1951-07-15": the end takes the start's leading parts it leaves out.
    head = start.split("T")[0]
    if not re.fullmatch(r"\d{2}(-\d{2})?", end) or len(head) < 7:
        return ""
    return head[: len(head) - len(end)] + end


def _parse_one(text: str) -> tuple[date, date] | None:
    if match := _ORDINAL.fullmatch(text):
        year, doy = int(match["y"]), int(match["doy"])
        try:
            day = date.fromordinal(date(year, 1, 1).toordinal() + doy - 1)
        except ValueError:
            return None
        return (day, day) if day.year == year and doy >= 1 else None
    match = _DATE.fullmatch(text)
    if match is None:
        return None
    try:
        year = int(match["y"])
        if match["d"]:
            day = date(year, int(match["m"]), int(match["d"]))
            if match["time"]:
                datetime.fromisoformat(text.replace("Z", "+00:00"))
            return day, day
        if match["m"]:
            month = int(match["m"])
            first = date(year, month, 1)
            last = date(year + month // 12, month % 12 + 1, 1)
            return first, date.fromordinal(last.toordinal() - 1)
        return date(year, 1, 1), date(year, 12, 31)
    except ValueError:
        return None


@cache
def _country_codes() -> frozenset[str]:
    return frozenset(c.alpha_2 for c in pycountry.countries)


def _country_names(code: str) -> set[str]:
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return set()
    names = {country.name}
    for attribute in ("official_name", "common_name"):
        if name := getattr(country, attribute, None):
            names.add(name)
    return {n.casefold() for n in names}


def _country_code_of(name: str) -> str | None:
    try:
        return str(pycountry.countries.lookup(name).alpha_2)
    except LookupError:
        return None


# --- one row --------------------------------------------------------------------------------------


def check_row(row: dict[str, str], *, today: date | None = None) -> list[tuple[Severity, str, str]]:
    """(severity, column, message) for every problem of one row, in column order."""
    today = today or date.today()
    found: list[tuple[Severity, str, str]] = []
    for column, value in row.items():
        if _CONTROL.search(value):
            found.append(("error", column, "contains a line break or control character"))
        if value != value.strip():
            found.append(("warning", column, "has leading or trailing spaces"))

    if not row.get(Term.occurrenceID, "").strip():
        found.append(("error", Term.occurrenceID, "is empty"))
    basis = row.get(Term.basisOfRecord, "")
    if not basis:
        found.append(("error", Term.basisOfRecord, "is empty"))
    elif basis not in BASIS_OF_RECORD:
        hint = next((b for b in sorted(BASIS_OF_RECORD) if b.casefold() == basis.casefold()), None)
        found.append(
            (
                "error",
                Term.basisOfRecord,
                f"{basis!r} is not in the vocabulary"
                + (
                    f" (write {hint!r})"
                    if hint
                    else f": use one of {', '.join(sorted(BASIS_OF_RECORD))}"
                ),
            )
        )

    for term in (Term.eventDate, Term.dateIdentified):
        value = row.get(term, "")
        if not value:
            continue
        span = parse_iso_date(value)
        if span is None:
            found.append(("error", term, f"{value!r} is not an ISO 8601 date or interval"))
        elif span[0] > today:
            found.append(("warning", term, f"{value!r} is in the future"))
    found += _check_year_month_day(row)
    found += _check_coordinates(row)
    found += _check_country(row)
    found += _check_point_in_country(row)
    for term in (Term.minimumElevationInMeters, Term.maximumElevationInMeters):
        value = row.get(term, "")
        if value and not _DECIMAL.fullmatch(value):
            found.append(("error", term, f"{value!r} is not a number"))
    return found


def _check_year_month_day(row: dict[str, str]) -> list[tuple[Severity, str, str]]:
    found: list[tuple[Severity, str, str]] = []
    limits = {Term.year: (1000, 9999), Term.month: (1, 12), Term.day: (1, 31)}
    numbers: dict[str, int] = {}
    for term, (low, high) in limits.items():
        value = row.get(term, "")
        if not value:
            continue
        if not _INTEGER.fullmatch(value) or not low <= int(value) <= high:
            found.append(("error", term, f"{value!r} is not a whole number from {low} to {high}"))
        else:
            numbers[term] = int(value)
    span = parse_iso_date(row.get(Term.eventDate, "")) if row.get(Term.eventDate) else None
    if (
        span is not None
        and Term.year in numbers
        and not span[0].year <= numbers[Term.year] <= span[1].year
    ):
        found.append(("warning", Term.year, f"{numbers[Term.year]} disagrees with eventDate"))
    return found


def _check_coordinates(row: dict[str, str]) -> list[tuple[Severity, str, str]]:
    found: list[tuple[Severity, str, str]] = []
    values: dict[str, float] = {}
    for term, limit in ((Term.decimalLatitude, 90.0), (Term.decimalLongitude, 180.0)):
        value = row.get(term, "")
        if not value:
            continue
        if not _DECIMAL.fullmatch(value):
            found.append(("error", term, f"{value!r} is not a decimal number"))
        elif not -limit <= float(value) <= limit:
            found.append(("error", term, f"{value} is outside -{limit:g}..{limit:g}"))
        else:
            values[term] = float(value)
    has_lat = bool(row.get(Term.decimalLatitude))
    has_lon = bool(row.get(Term.decimalLongitude))
    if has_lat != has_lon:
        missing = Term.decimalLongitude if has_lat else Term.decimalLatitude
        found.append(("error", missing, "is empty while the other coordinate is given"))
    if len(values) == 2:
        if values[Term.decimalLatitude] == 0 and values[Term.decimalLongitude] == 0:
            found.append(
                (
                    "warning",
                    Term.decimalLatitude,
                    "coordinates 0, 0 are almost always a missing value",
                )
            )
        if not row.get(Term.geodeticDatum):
            found.append(("warning", Term.geodeticDatum, "is empty; GBIF will assume WGS84"))
    return found


def _check_country(row: dict[str, str]) -> list[tuple[Severity, str, str]]:
    code = row.get(Term.countryCode, "")
    if not code:
        return []
    if code not in _country_codes():
        return [("error", Term.countryCode, f"{code!r} is not an ISO 3166-1 alpha-2 code")]
    country = row.get(Term.country, "")
    if country and country.casefold() not in _country_names(code):
        other = _country_code_of(country)
        if other is not None and other != code:
            return [
                (
                    "error",
                    Term.countryCode,
                    f"{code!r} disagrees with country {country!r} ({other})",
                )
            ]
    return []


# Bounding boxes are (west, south, east, north) in degrees. Natural Earth's 1:50m coastlines are
# generalised and leave out small islets; half a degree (about 55 km) keeps coastal and offshore
# collecting sites in while a dropped minus sign still lands an ocean or a continent away.
BOX_MARGIN = 0.5

Box = tuple[float, float, float, float]

# Islands the 1:50m subunits leave out, farther off than the margin reaches, where specimens are
# collected and British grid references point (the Isles of Scilly lie 45 km beyond Land's End).
_ISLANDS: dict[str, tuple[Box, ...]] = {
    "GB": (
        (-6.46, 49.86, -6.24, 49.99),  # Isles of Scilly
        (-8.66, 57.79, -8.47, 57.89),  # St Kilda
    ),
}


@cache
def _country_boxes() -> dict[str, tuple[Box, ...]]:
    """Every bounding box a countryCode may use: its own subunits, and for a sovereign state also
    those of its dependencies (a record in French Guiana may say GF or FR; one in France not GF)."""
    boxes: dict[str, set[Box]] = {}
    by_sovereign: dict[str, set[Box]] = {}
    for code in _country_codes():
        for subunit in country_bounding_boxes.country_subunits_by_iso_code(code):
            west, south, east, north = subunit.bbox
            box = (float(west), float(south), float(east), float(north))
            boxes.setdefault(code, set()).add(box)
            by_sovereign.setdefault(subunit.sovereignt, set()).add(box)
    for sovereign, owned in by_sovereign.items():
        own_code = _country_code_of(sovereign)
        if own_code is not None and own_code in boxes:
            boxes[own_code] |= owned
    for code, islands in _ISLANDS.items():
        boxes.setdefault(code, set()).update(islands)
    return {code: tuple(sorted(found)) for code, found in boxes.items()}


def in_box(lat: float, lon: float, box: Box, margin: float = BOX_MARGIN) -> bool:
    west, south, east, north = box
    if not south - margin <= lat <= north + margin:
        return False
    # Longitudes are measured eastwards from the box's widened west edge, modulo 360, so that a
    # box (or its margin) running over the antimeridian needs no special case: Alaska's Aleutians
    # end at 179.78 E and the margin reaches -179.72.
    span = east - west if east >= west else east - west + 360
    return (lon - (west - margin)) % 360 <= span + 2 * margin


def point_in_country(lat: float, lon: float, code: str) -> bool | None:
    """Whether the point lies in (a margin around) one of the country's boxes; None without boxes."""
    boxes = _country_boxes().get(code)
    if not boxes:
        return None
    return any(in_box(lat, lon, box) for box in boxes)


def _coordinate(row: dict[str, str], term: str, limit: float) -> float | None:
    value = row.get(term, "")
    if not _DECIMAL.fullmatch(value) or not -limit <= float(value) <= limit:
        return None
    return float(value)


def _check_point_in_country(row: dict[str, str]) -> list[tuple[Severity, str, str]]:
    code = row.get(Term.countryCode, "")
    lat = _coordinate(row, Term.decimalLatitude, 90.0)
    lon = _coordinate(row, Term.decimalLongitude, 180.0)
    # Unreadable coordinates and unknown codes have their own errors already.
    if lat is None or lon is None or code not in _country_codes():
        return []
    if point_in_country(lat, lon, code) is not False:
        return []
    message = (
        f"{Term.decimalLatitude}/{Term.decimalLongitude} {row[Term.decimalLatitude]}, "
        f"{row[Term.decimalLongitude]} lie outside {code}"
    )
    mistakes = [
        ((lat, -lon), "sign of longitude swapped?"),
        ((-lat, lon), "sign of latitude swapped?"),
        ((-lat, -lon), "signs of latitude and longitude swapped?"),
        ((lon, lat), "latitude and longitude swapped?"),
    ]
    for (other_lat, other_lon), hint in mistakes:
        if (
            (other_lat, other_lon) != (lat, lon)
            and abs(other_lat) <= 90
            and point_in_country(other_lat, other_lon, code)
        ):
            message += f" ({hint})"
            break
    return [("error", "", message)]


# --- tables and files -------------------------------------------------------------------------------


def check_header(columns: Sequence[str], file: str) -> list[Problem]:
    official = set(official_terms())
    problems: list[Problem] = []
    folded = {t.casefold(): t for t in official}
    for column in columns:
        if column in official:
            continue
        hint = folded.get(column.strip().casefold())
        message = f"{column!r} is not a Darwin Core term" + (
            f" (did you mean {hint!r}?)" if hint else ""
        )
        problems.append(Problem("error", file, None, "", column, message))
    for column in sorted({c for c in columns if list(columns).count(c) > 1}):
        problems.append(Problem("error", file, None, "", column, "column appears more than once"))
    for required in (Term.occurrenceID, Term.basisOfRecord):
        if required not in columns:
            problems.append(Problem("error", file, None, "", required, "column is missing"))
    return problems


def check_table(
    columns: Sequence[str], rows: Iterable[Sequence[str]], file: str, *, today: date | None = None
) -> list[Problem]:
    problems = check_header(columns, file)
    seen: dict[str, int] = {}
    for number, cells in enumerate(rows, start=1):
        row = dict(zip(columns, cells, strict=False))
        occurrence_id = row.get(Term.occurrenceID, "")
        if len(cells) != len(columns):
            message = f"has {len(cells)} cells, the header {len(columns)}"
            problems.append(Problem("error", file, number, occurrence_id, "", message))
        key = occurrence_id.strip().casefold()
        if key and key in seen:
            problems.append(
                Problem(
                    "error",
                    file,
                    number,
                    occurrence_id,
                    Term.occurrenceID,
                    f"repeats row {seen[key]}",
                )
            )
        elif key:
            seen[key] = number
        for severity, column, message in check_row(row, today=today):
            problems.append(Problem(severity, file, number, occurrence_id, column, message))
        for severity, column, message in check_cells(columns, cells):
            problems.append(Problem(severity, file, number, occurrence_id, column, message))
    return problems


def check_cells(columns: Sequence[str], cells: Sequence[str]) -> list[tuple[Severity, str, str]]:
    """Cells that are unsafe in a spreadsheet: formulas, and values longer than a cell can hold."""
    found: list[tuple[Severity, str, str]] = []
    for index, cell in enumerate(cells):
        column = columns[index] if index < len(columns) else f"column {index + 1}"
        if is_formula(cell):
            found.append(
                (
                    "error",
                    column,
                    f"{_clip(cell)!r} would run as a formula in a spreadsheet: prefix it with an "
                    "apostrophe (labelscribe's writers do)",
                )
            )
        if len(cell) > MAX_CELL:
            found.append(
                (
                    "warning",
                    column,
                    f"holds {len(cell):,} characters; a spreadsheet cuts a cell at {MAX_CELL:,}",
                )
            )
    return found


def _clip(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _allow_big_cells() -> None:
    # The csv module refuses a cell over 128 KB with an exception; a hand-edited file may well have
    # one, and validate must report it rather than crash.
    if csv.field_size_limit() < 1 << 30:
        csv.field_size_limit(1 << 30)


def _decode(data: bytes, file: str) -> tuple[str | None, list[Problem]]:
    problems = []
    if data.startswith(b"\xef\xbb\xbf"):
        problems.append(Problem("warning", file, None, "", "", "starts with a byte order mark"))
        data = data[3:]
    try:
        return data.decode("utf-8"), problems
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        problems.append(
            Problem("error", file, None, "", "", f"is not UTF-8 (line {line}, byte {e.start})")
        )
        return None, problems


def validate_csv(path: Path, *, today: date | None = None) -> list[Problem]:
    """occurrence.csv: comma-separated, UTF-8, header of Darwin Core terms."""
    text, problems = _decode(path.read_bytes(), path.name)
    if text is None:
        return problems
    _allow_big_cells()
    table = list(csv.reader(io.StringIO(text, newline="")))
    if not table:
        return [*problems, Problem("error", path.name, None, "", "", "is empty")]
    return problems + check_table(table[0], table[1:], path.name, today=today)


def validate_archive(path: Path, *, today: date | None = None) -> list[Problem]:
    """dwca.zip: meta.xml and eml.xml parse, meta.xml names only Darwin Core terms, core rows pass."""
    name = path.name
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as e:
        return [Problem("error", name, None, "", "", f"is not a zip archive ({e})")]
    with archive:
        members = set(archive.namelist())
        problems: list[Problem] = []
        for member in ("meta.xml", "eml.xml"):
            if member not in members:
                problems.append(Problem("error", f"{name}:{member}", None, "", "", "is missing"))
                continue
            try:
                ET.fromstring(archive.read(member))
            except ET.ParseError as e:
                problems.append(
                    Problem(
                        "error", f"{name}:{member}", None, "", "", f"is not well-formed XML ({e})"
                    )
                )
        if problems:
            return problems
        meta = ET.fromstring(archive.read("meta.xml"))
        ns = {"t": "http://rs.tdwg.org/dwc/text/"}
        core = meta.find("t:core", ns)
        location = core.find("t:files/t:location", ns) if core is not None else None
        if core is None or location is None or location.text not in members:
            return [
                Problem(
                    "error",
                    f"{name}:meta.xml",
                    None,
                    "",
                    "",
                    "names no core data file in the archive",
                )
            ]
        core_file = f"{name}:{location.text}"
        header, table, file_problems = _read_member(archive, core, name, ns)
        problems += file_problems
        if table is None:
            return problems
        problems += check_table(header, table, core_file, today=today)
        id_index = int(_attr(core.find("t:id", ns), "index", "0"))
        core_rows = {
            cells[id_index]: dict(zip(header, cells, strict=False))
            for cells in table
            if len(cells) > id_index
        }
        for extension in meta.findall("t:extension", ns):
            problems += _check_extension(archive, extension, name, ns, core_rows, today=today)
        return problems


def _attr(element: ET.Element | None, key: str, default: str) -> str:
    return element.get(key, default) if element is not None else default


def _read_member(
    archive: zipfile.ZipFile, element: ET.Element, name: str, ns: dict[str, str]
) -> tuple[list[str], list[list[str]] | None, list[Problem]]:
    """The columns (the terms meta.xml gives them) and data rows of a core or extension file."""
    location = element.find("t:files/t:location", ns)
    member = f"{name}:{location.text if location is not None else ''}"
    if location is None or location.text not in archive.namelist():
        return [], None, [Problem("error", member, None, "", "", "is not in the archive")]
    problems: list[Problem] = []
    columns: dict[int, str] = {}
    for field in element.findall("t:field", ns):
        term = field.get("term", "")
        local = term.removeprefix(DWC_NS).removeprefix(DCTERMS_NS)
        if local == term or local not in official_terms():
            problems.append(
                Problem(
                    "error", f"{name}:meta.xml", None, "", term, "is not a Darwin Core term URI"
                )
            )
        columns[int(field.get("index", "-1"))] = local
    text, decode_problems = _decode(archive.read(str(location.text)), member)
    problems += decode_problems
    if text is None:
        return [], None, problems
    _allow_big_cells()
    delimiter = element.get("fieldsTerminatedBy", ",").encode().decode("unicode_escape")
    quote = element.get("fieldsEnclosedBy", "")
    reader = csv.reader(
        io.StringIO(text, newline=""),
        delimiter=delimiter,
        quotechar=quote or '"',
        quoting=csv.QUOTE_MINIMAL if quote else csv.QUOTE_NONE,
    )
    table = list(reader)
    skip = int(element.get("ignoreHeaderLines", "0") or 0)
    # meta.xml, not the file's header line, says which column holds which term.
    header = [columns.get(i, f"column {i}") for i in range(max(columns, default=-1) + 1)]
    return header, table[skip:], problems


IDENTIFICATION_ROW_TYPE = f"{DWC_NS}Identification"
CURRENT = "current"


def _check_identification(
    row: dict[str, str], core: dict[str, str], today: date
) -> list[tuple[Severity, str, str]]:
    """One identification row: its date, its current flag, its name against the core's."""
    found: list[tuple[Severity, str, str]] = []
    value = row.get(Term.dateIdentified, "")
    span = parse_iso_date(value) if value else None
    if value and span is None:
        found.append(
            ("error", Term.dateIdentified, f"{value!r} is not an ISO 8601 date or interval")
        )
    elif span is not None and span[0] > today:
        found.append(("warning", Term.dateIdentified, f"{value!r} is in the future"))
    status = row.get(Term.identificationVerificationStatus, "")
    accepted = row.get(Term.isAcceptedIdentification, "")
    if accepted and accepted not in ("true", "false"):
        found.append(("error", Term.isAcceptedIdentification, f"{accepted!r} is not true or false"))
    elif accepted and (accepted == "true") != (status == CURRENT):
        message = f"{accepted} disagrees with identificationVerificationStatus {status!r}"
        found.append(("error", Term.isAcceptedIdentification, message))
    name, core_name = row.get(Term.scientificName, ""), core.get(Term.scientificName, "")
    if status == CURRENT and core_name and name and core_name != name:
        message = f"the current identification's {name!r} is not the core's {core_name!r}"
        found.append(("warning", Term.scientificName, message))
    return found


def _check_extension(
    archive: zipfile.ZipFile,
    extension: ET.Element,
    name: str,
    ns: dict[str, str],
    core_rows: dict[str, dict[str, str]],
    *,
    today: date | None = None,
) -> list[Problem]:
    """An extension's rows: terms, cells, each row linked to a core row by its coreid; for the
    Identification extension also its dates, unique identificationIDs, and exactly one current
    identification per occurrence (the one the core row carries)."""
    today = today or date.today()
    location = extension.find("t:files/t:location", ns)
    member = f"{name}:{location.text if location is not None else ''}"
    header, table, problems = _read_member(archive, extension, name, ns)
    if table is None:
        return problems
    coreid = extension.find("t:coreid", ns)
    if coreid is None:
        return [
            *problems,
            Problem("error", f"{name}:meta.xml", None, "", "", f"{member} has no coreid"),
        ]
    link = int(coreid.get("index", "0"))
    identification = extension.get("rowType") == IDENTIFICATION_ROW_TYPE
    seen: dict[str, int] = {}
    current: dict[str, list[int]] = {}
    for number, cells in enumerate(table, start=1):
        core_id = cells[link] if len(cells) > link else ""
        row = {c: v for c, v in zip(header, cells, strict=False) if not c.startswith("column ")}
        found: list[tuple[Severity, str, str]] = []
        if core_id not in core_rows:
            found.append(("error", "coreid", f"{core_id!r} is the id of no row of the core"))
        found += check_cells(header, cells)
        found += [
            ("error", column, "contains a line break or control character")
            for column, value in row.items()
            if _CONTROL.search(value)
        ]
        if identification:
            found += _check_identification(row, core_rows.get(core_id, {}), today)
            ident_id = row.get(Term.identificationID, "")
            if ident_id and ident_id in seen:
                found.append(("error", Term.identificationID, f"repeats row {seen[ident_id]}"))
            elif ident_id:
                seen[ident_id] = number
            if row.get(Term.identificationVerificationStatus, "") == CURRENT:
                current.setdefault(core_id, []).append(number)
        problems += [Problem(sev, member, number, core_id, col, msg) for sev, col, msg in found]
    if identification:
        for core_id in sorted({cells[link] for cells in table if len(cells) > link}):
            marked = current.get(core_id, [])
            if len(marked) != 1:
                rows = ", ".join(map(str, marked)) or "none"
                problems.append(
                    Problem(
                        "error",
                        member,
                        None,
                        core_id,
                        Term.identificationVerificationStatus,
                        f"an occurrence needs exactly one current identification (rows: {rows})",
                    )
                )
    return problems


def validate_manifest(out_dir: Path) -> list[Problem]:
    """The files manifest.json lists must be there with the size and hash it gives."""
    path = out_dir / MANIFEST
    if not path.is_file():
        return []
    try:
        files = json.loads(path.read_bytes())["files"]
        listed = {str(name): (int(f["bytes"]), str(f["sha256"])) for name, f in files.items()}
    except (ValueError, KeyError, TypeError, AttributeError) as e:
        return [Problem("error", MANIFEST, None, "", "", f"is not a labelscribe manifest ({e})")]
    problems = []
    for name, (size, digest) in sorted(listed.items()):
        target = out_dir / name
        if not target.is_file():
            message = f"is listed in {MANIFEST} but missing"
        elif target.stat().st_size != size or _sha256(target) != digest:
            message = (
                f"is not the file written with the rest of the set ({MANIFEST} gives another "
                "size or hash): a write was interrupted, or the file was replaced since; write "
                "the outputs again (run --resume, export or export-reviewed), or delete "
                f"{MANIFEST} if you changed the file on purpose"
            )
        else:
            continue
        problems.append(Problem("error", name, None, "", "", message))
    return problems


def _sha256(path: Path) -> str:
    with path.open("rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def validate_output(out_dir: Path, *, today: date | None = None) -> list[Problem]:
    """All problems of the batch's publishable files; missing files are errors."""
    problems = validate_manifest(out_dir)
    for name, check in (("occurrence.csv", validate_csv), ("dwca.zip", validate_archive)):
        path = out_dir / name
        if not path.is_file():
            problems.append(Problem("error", name, None, "", "", f"not found in {out_dir}"))
        else:
            problems += check(path, today=today)
    return problems
