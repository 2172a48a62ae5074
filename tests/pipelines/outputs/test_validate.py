"""`validate`: what the IPT and GBIF would refuse or flag, per row and per file."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.config import DatasetMetadata
from models.record import SpecimenRecord
from pipelines.outputs import write_outputs
from pipelines.outputs.validate import (
    Problem,
    check_row,
    in_box,
    parse_iso_date,
    validate_archive,
    validate_csv,
    validate_manifest,
    validate_output,
)

TODAY = date(2026, 8, 15)
BASE = {"occurrenceID": "EMEC512347", "basisOfRecord": "PreservedSpecimen"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1951", (date(1951, 1, 1), date(1951, 12, 31))),
        ("1951-07", (date(1951, 7, 1), date(1951, 7, 31))),
        ("1952-02", (date(1952, 2, 1), date(1952, 2, 29))),
        ("1951-12", (date(1951, 12, 1), date(1951, 12, 31))),
        ("1951-07-11", (date(1951, 7, 11), date(1951, 7, 11))),
        ("1951-07-11T14:30", (date(1951, 7, 11), date(1951, 7, 11))),
        ("1951-07-11T14:30:05Z", (date(1951, 7, 11), date(1951, 7, 11))),
        ("1951-07-11T14:30+02:00", (date(1951, 7, 11), date(1951, 7, 11))),
        ("1951-192", (date(1951, 7, 11), date(1951, 7, 11))),
        ("1951-07-11/1951-07-15", (date(1951, 7, 11), date(1951, 7, 15))),
        ("1951-07-11/15", (date(1951, 7, 11), date(1951, 7, 15))),
        ("1951-07-11/08-02", (date(1951, 7, 11), date(1951, 8, 2))),
        ("1951-07/1951-08", (date(1951, 7, 1), date(1951, 8, 31))),
        ("1951/1953", (date(1951, 1, 1), date(1953, 12, 31))),
        ("1951-07-15/1951-07-11", None),  # ends before it starts
        ("11.vii.1951", None),
        ("11/07/1951", None),
        ("1951-13-01", None),
        ("1951-02-29", None),
        ("1951-7-11", None),
        ("51-07-11", None),
        ("1951-07-11T25:00", None),
        ("1951-000", None),
        ("1951-366", None),
        ("July 1951", None),
        ("", None),
    ],
)
def test_parse_iso_date(text: str, expected: tuple[date, date] | None) -> None:
    assert parse_iso_date(text) == expected


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        ({}, []),
        ({"occurrenceID": ""}, [("error", "occurrenceID", "is empty")]),
        ({"basisOfRecord": ""}, [("error", "basisOfRecord", "is empty")]),
        (
            {"basisOfRecord": "preservedspecimen"},
            [
                (
                    "error",
                    "basisOfRecord",
                    "'preservedspecimen' is not in the vocabulary (write 'PreservedSpecimen')",
                )
            ],
        ),
        ({"basisOfRecord": "HumanObservation"}, []),
        (
            {"eventDate": "12 July 1951"},
            [("error", "eventDate", "'12 July 1951' is not an ISO 8601 date or interval")],
        ),
        ({"eventDate": "1951-07-11/15"}, []),
        ({"eventDate": "2031-01-01"}, [("warning", "eventDate", "'2031-01-01' is in the future")]),
        (
            {"dateIdentified": "1958-13"},
            [("error", "dateIdentified", "'1958-13' is not an ISO 8601 date or interval")],
        ),
        (
            {"year": "1851", "eventDate": "1951-07-11"},
            [("warning", "year", "1851 disagrees with eventDate")],
        ),
        ({"month": "13"}, [("error", "month", "'13' is not a whole number from 1 to 12")]),
        ({"day": "x"}, [("error", "day", "'x' is not a whole number from 1 to 31")]),
        (
            {"decimalLatitude": "32.5", "decimalLongitude": "-110.7", "geodeticDatum": "WGS84"},
            [],
        ),
        (
            {"decimalLatitude": "95", "decimalLongitude": "-110.7", "geodeticDatum": "WGS84"},
            [("error", "decimalLatitude", "95 is outside -90..90")],
        ),
        (
            {"decimalLatitude": "32.5", "decimalLongitude": "-181", "geodeticDatum": "WGS84"},
            [("error", "decimalLongitude", "-181 is outside -180..180")],
        ),
        (
            {"decimalLatitude": "32°30'N", "decimalLongitude": "-110.7", "geodeticDatum": "WGS84"},
            [("error", "decimalLatitude", '"32°30\'N" is not a decimal number')],
        ),
        (
            {"decimalLatitude": "32.5"},
            [("error", "decimalLongitude", "is empty while the other coordinate is given")],
        ),
        (
            {"decimalLatitude": "0", "decimalLongitude": "0"},
            [
                (
                    "warning",
                    "decimalLatitude",
                    "coordinates 0, 0 are almost always a missing value",
                ),
                ("warning", "geodeticDatum", "is empty; GBIF will assume WGS84"),
            ],
        ),
        ({"countryCode": "US", "country": "United States"}, []),
        ({"countryCode": "MX", "country": "Mexico"}, []),
        (
            {"countryCode": "XX"},
            [("error", "countryCode", "'XX' is not an ISO 3166-1 alpha-2 code")],
        ),
        (
            {"countryCode": "us"},
            [("error", "countryCode", "'us' is not an ISO 3166-1 alpha-2 code")],
        ),
        (
            {"countryCode": "US", "country": "Mexico"},
            [("error", "countryCode", "'US' disagrees with country 'Mexico' (MX)")],
        ),
        ({"countryCode": "FR", "country": "Gallia"}, []),  # an old name: not contradicted
        (
            {"locality": "Cave Creek\nCyn."},
            [("error", "locality", "contains a line break or control character")],
        ),
        (
            {"locality": "Cave\tCreek"},
            [("error", "locality", "contains a line break or control character")],
        ),
        (
            {"locality": "Cave\x85Creek"},
            [("error", "locality", "contains a line break or control character")],
        ),
        ({"locality": " Cave Creek"}, [("warning", "locality", "has leading or trailing spaces")]),
        (
            {"minimumElevationInMeters": "650 m"},
            [("error", "minimumElevationInMeters", "'650 m' is not a number")],
        ),
        ({"minimumElevationInMeters": "650"}, []),
    ],
)
def test_check_row(cells: dict[str, str], expected: list[tuple[str, str, str]]) -> None:
    assert check_row(BASE | cells, today=TODAY) == expected


OUTSIDE = "decimalLatitude/decimalLongitude {} lie outside {}"


@pytest.mark.parametrize(
    ("lat", "lon", "code", "expected"),
    [
        ("42.4440", "-76.5019", "US", None),  # Ithaca, NY
        ("-12.0464", "-77.0428", "PE", None),  # Lima
        ("4.9372", "-52.3260", "FR", None),  # Cayenne: French Guiana is part of France
        ("4.9372", "-52.3260", "GF", None),  # ... and has its own code
        ("48.8566", "2.3522", "GF", OUTSIDE.format("48.8566, 2.3522", "GF")),  # Paris is not GF
        ("78.2232", "15.6267", "NO", None),  # Longyearbyen, Svalbard
        ("-0.7434", "-90.3134", "EC", None),  # Puerto Ayora, Galápagos
        ("18.1520", "-66.43507", "PR", None),  # inland Puerto Rico (invented point)
        ("18.1520", "-66.43507", "US", None),  # ... a US territory
        # a machine output once gave a Puerto Rico sheet countryCode CA
        ("18.1520", "-66.43507", "CA", OUTSIDE.format("18.1520, -66.43507", "CA")),
        # the Aleutians run over the antimeridian: Attu (172.9 E), Kiska, Adak (176.6 W)
        ("52.9", "172.9", "US", None),
        ("51.98", "177.5", "US", None),
        ("51.88", "-176.65", "US", None),
        ("51.9", "-179.8", "US", None),  # the date line: inside the margin of the 179.78 E edge
        ("51.88", "-176.65", "CA", OUTSIDE.format("51.88, -176.65", "CA")),  # Adak is not CA
        ("-18.2", "-178.8", "FJ", None),  # Lakeba, Lau Islands: Fiji west of the date line
        ("-18.1416", "178.4419", "FJ", None),  # Suva
        ("40.7", "-74.0", "MX", OUTSIDE.format("40.7, -74.0", "MX")),  # New York
        (
            "42.4440",
            "76.5019",
            "US",
            OUTSIDE.format("42.4440, 76.5019", "US") + " (sign of longitude swapped?)",
        ),
        (
            "12.0464",
            "-77.0428",
            "PE",
            OUTSIDE.format("12.0464, -77.0428", "PE") + " (sign of latitude swapped?)",
        ),
        (
            "12.0464",
            "77.0428",
            "PE",
            OUTSIDE.format("12.0464, 77.0428", "PE")
            + " (signs of latitude and longitude swapped?)",
        ),
        (
            "-77.0428",
            "-12.0464",
            "PE",
            OUTSIDE.format("-77.0428, -12.0464", "PE") + " (latitude and longitude swapped?)",
        ),
        ("28.2072", "-177.3735", "UM", None),  # Midway: no boxes for UM, so not checked
    ],
)
def test_point_in_country(lat: str, lon: str, code: str, expected: str | None) -> None:
    cells = {
        "decimalLatitude": lat,
        "decimalLongitude": lon,
        "geodeticDatum": "WGS84",
        "countryCode": code,
    }
    assert check_row(BASE | cells, today=TODAY) == ([("error", "", expected)] if expected else [])


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        # an unknown code or an unreadable coordinate is reported once, not again as "outside"
        (
            {"decimalLatitude": "42.444", "decimalLongitude": "-76.502", "countryCode": "XX"},
            [("error", "countryCode", "'XX' is not an ISO 3166-1 alpha-2 code")],
        ),
        (
            {"decimalLatitude": "95", "decimalLongitude": "-76.502", "countryCode": "US"},
            [("error", "decimalLatitude", "95 is outside -90..90")],
        ),
        (
            {"decimalLatitude": "42°26'N", "decimalLongitude": "-76.502", "countryCode": "US"},
            [("error", "decimalLatitude", '"42°26\'N" is not a decimal number')],
        ),
        (
            {"decimalLatitude": "42.444", "countryCode": "PE"},
            [("error", "decimalLongitude", "is empty while the other coordinate is given")],
        ),
    ],
)
def test_point_in_country_needs_valid_values(
    cells: dict[str, str], expected: list[tuple[str, str, str]]
) -> None:
    assert check_row(BASE | {"geodeticDatum": "WGS84"} | cells, today=TODAY) == expected


@pytest.mark.parametrize(
    ("lat", "lon", "inside"),
    [
        (-15.0, 175.0, True),
        (-15.0, 180.0, True),
        (-15.0, -180.0, True),
        (-15.0, -175.0, True),
        (-15.0, -169.6, True),  # within the margin east of the box
        (-15.0, -169.4, False),
        (-15.0, 169.6, True),
        (-15.0, 169.4, False),
        (-15.0, 0.0, False),
        (-9.6, 175.0, True),
        (-9.4, 175.0, False),
    ],
)
def test_box_across_the_antimeridian(lat: float, lon: float, *, inside: bool) -> None:
    # (west, south, east, north) with west > east: from 170 E over the date line to 170 W
    assert in_box(lat, lon, (170.0, -20.0, -170.0, -10.0)) is inside


@given(st.text())
def test_parse_iso_date_never_raises(text: str) -> None:
    parse_iso_date(text)


@given(
    st.dictionaries(
        st.sampled_from(
            ["eventDate", "decimalLatitude", "decimalLongitude", "countryCode", "year"]
        ),
        st.one_of(st.text(), st.sampled_from(["US", "FJ", "UM", "-12.05", "-77.04", "180"])),
    )
)
def test_check_row_never_raises(cells: dict[str, str]) -> None:
    check_row(BASE | cells, today=TODAY)


def write(path: Path, text: str) -> Path:
    path.write_bytes(text.encode("utf-8"))
    return path


def test_csv_header_duplicates_and_rows(tmp_path: Path) -> None:
    path = write(
        tmp_path / "occurrence.csv",
        "occurrenceID,basisOfRecord,eventdate,scientific_name\r\n"
        "A1,PreservedSpecimen,1951-07-11,x\r\n"
        "a1,PreservedSpecimen,1951,x\r\n"
        ",Specimen,1951,x\r\n"
        "A4,PreservedSpecimen\r\n",
    )
    assert [str(p) for p in validate_csv(path, today=TODAY)] == [
        "error: occurrence.csv: eventdate: 'eventdate' is not a Darwin Core term (did you mean 'eventDate'?)",
        "error: occurrence.csv: scientific_name: 'scientific_name' is not a Darwin Core term",
        "error: occurrence.csv row 2 (a1): occurrenceID: repeats row 1",
        "error: occurrence.csv row 3: occurrenceID: is empty",
        "error: occurrence.csv row 3: basisOfRecord: 'Specimen' is not in the vocabulary: use one of "
        "Event, FossilSpecimen, HumanObservation, LivingSpecimen, MachineObservation, MaterialCitation, "
        "MaterialEntity, MaterialSample, Occurrence, PreservedSpecimen, Taxon",
        "error: occurrence.csv row 4 (A4): has 2 cells, the header 4",
    ]


def test_csv_missing_columns_and_encoding(tmp_path: Path) -> None:
    path = write(tmp_path / "a.csv", "catalogNumber,catalogNumber\r\nX,Y\r\n")
    assert [str(p) for p in validate_csv(path)] == [
        "error: a.csv: catalogNumber: column appears more than once",
        "error: a.csv: occurrenceID: column is missing",
        "error: a.csv: basisOfRecord: column is missing",
        "error: a.csv row 1: occurrenceID: is empty",
        "error: a.csv row 1: basisOfRecord: is empty",
    ]
    latin1 = tmp_path / "b.csv"
    latin1.write_bytes(
        "occurrenceID,basisOfRecord\r\nTil\u00e1mbaro,PreservedSpecimen\r\n".encode("latin-1")
    )
    assert validate_csv(latin1) == [
        Problem("error", "b.csv", None, "", "", "is not UTF-8 (line 2, byte 31)")
    ]
    bom = write(tmp_path / "c.csv", "\ufeffoccurrenceID,basisOfRecord\r\nA,PreservedSpecimen\r\n")
    assert [str(p) for p in validate_csv(bom)] == ["warning: c.csv: starts with a byte order mark"]


def test_written_outputs_pass(
    tmp_path: Path, records: list[SpecimenRecord], dataset: DatasetMetadata
) -> None:
    write_outputs(records, tmp_path, dataset)
    assert validate_output(tmp_path, today=TODAY) == []


def test_archive_problems(
    tmp_path: Path, records: list[SpecimenRecord], dataset: DatasetMetadata
) -> None:
    write_outputs(records, tmp_path, dataset)
    broken = tmp_path / "broken.zip"
    with zipfile.ZipFile(tmp_path / "dwca.zip") as src, zipfile.ZipFile(broken, "w") as dst:
        for name in src.namelist():
            data = src.read(name)
            if name == "meta.xml":
                data = data.replace(b"terms/eventDate", b"terms/eventdate")
            if name == "occurrence.txt":
                data = data.replace(b"1953-08-14", b"14.viii.1953")
            dst.writestr(name, data)
    assert [str(p) for p in validate_archive(broken, today=TODAY)] == [
        "error: broken.zip:meta.xml: http://rs.tdwg.org/dwc/terms/eventdate: is not a Darwin Core term URI",
        "error: broken.zip:occurrence.txt: eventdate: 'eventdate' is not a Darwin Core term (did you mean 'eventDate'?)",
    ]
    with zipfile.ZipFile(tmp_path / "dwca.zip") as src, zipfile.ZipFile(broken, "w") as dst:
        for name in src.namelist():
            data = src.read(name)
            if name == "occurrence.txt":
                data = data.replace(b"1953-08-14", b"14.viii.1953")
            if name == "eml.xml":
                data = data[:-20]
            dst.writestr(name, data)
    problems = validate_archive(broken, today=TODAY)
    assert [(p.file, p.message[:25]) for p in problems] == [
        ("broken.zip:eml.xml", "is not well-formed XML (u")
    ]
    with zipfile.ZipFile(tmp_path / "dwca.zip") as src, zipfile.ZipFile(broken, "w") as dst:
        for name in src.namelist():
            data = src.read(name)
            if name == "occurrence.txt":
                data = data.replace(b"1953-08-14", b"14.viii.1953")
            dst.writestr(name, data)
    assert [str(p) for p in validate_archive(broken, today=TODAY)] == [
        "error: broken.zip:occurrence.txt row 1 (EMEC512347): eventDate: '14.viii.1953' is not an ISO 8601 date or interval"
    ]


def test_missing_files(tmp_path: Path) -> None:
    assert [str(p) for p in validate_output(tmp_path)] == [
        f"error: occurrence.csv: not found in {tmp_path}",
        f"error: dwca.zip: not found in {tmp_path}",
    ]
    write(tmp_path / "dwca.zip", "not a zip")
    assert [p.message for p in validate_archive(tmp_path / "dwca.zip")] == [
        "is not a zip archive (File is not a zip file)"
    ]


def test_formula_cells_and_huge_cells(tmp_path: Path) -> None:
    path = write(
        tmp_path / "occurrence.csv",
        "occurrenceID,basisOfRecord,locality,decimalLongitude,decimalLatitude,geodeticDatum\r\n"
        "A1,PreservedSpecimen,=cmd|' /C calc'!A0,-3.5,40.1,WGS84\r\n"
        "A2,PreservedSpecimen,'=neutralised,,,\r\n"
        f"A3,PreservedSpecimen,{'x' * 200_000},,,\r\n",  # over the csv module's 128 KB default
    )
    assert [str(p) for p in validate_csv(path, today=TODAY)] == [
        "error: occurrence.csv row 1 (A1): locality: \"=cmd|' /C calc'!A0\" would run as a formula "
        "in a spreadsheet: prefix it with an apostrophe (labelscribe's writers do)",
        "warning: occurrence.csv row 3 (A3): locality: holds 200,000 characters; a spreadsheet "
        "cuts a cell at 32,767",
    ]


def test_manifest_catches_a_mixed_set(
    tmp_path: Path, records: list[SpecimenRecord], dataset: DatasetMetadata
) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    write_outputs(records, first, dataset)
    write_outputs(records[:1], second, dataset)
    (first / "dwca.zip").write_bytes((second / "dwca.zip").read_bytes())  # one file of another set
    assert [str(p) for p in validate_manifest(first)] == [
        "error: dwca.zip: is not the file written with the rest of the set (manifest.json gives "
        "another size or hash): a write was interrupted, or the file was replaced since; write the "
        "outputs again (run --resume, export or export-reviewed), or delete manifest.json if you "
        "changed the file on purpose"
    ]
    (first / "failures.csv").unlink()
    assert "error: failures.csv: is listed in manifest.json but missing" in [
        str(p) for p in validate_manifest(first)
    ]
    (first / "manifest.json").write_text("{")
    assert next(p.message for p in validate_manifest(first)).startswith(
        "is not a labelscribe manifest"
    )
