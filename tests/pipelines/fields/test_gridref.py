"""British and Irish grid references and vice-counties, on invented label strings."""

from __future__ import annotations

import json
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pyproj import Geod

from models.dwc import Term
from pipelines.fields import extract_fields, labels_from_text
from pipelines.fields.gridref import (
    BRITISH_GRID,
    IRISH_GRID,
    GridSquare,
    find_grid_references,
    parse_reference,
    to_wgs84,
)
from pipelines.fields.text import make_labels
from pipelines.fields.vicecounty import find_vice_counties, vice_counties
from pipelines.outputs.validate import point_in_country

_GEOD = Geod(ellps="WGS84")


def _metres(lat: float, lon: float, lat2: float, lon2: float) -> float:
    return float(_GEOD.inv(lon, lat, lon2, lat2)[2])


def _fields(text: str) -> dict[str, str]:
    return {k: c.value for k, c in extract_fields(labels_from_text(text)).items()}


# --- the square a reference names --------------------------------------------------------------


@pytest.mark.parametrize(
    ("ref", "system", "east", "north", "size"),
    [
        # the Ordnance Survey's own worked example (Caister water tower), 1 m figures
        ("TG 51409 13177", BRITISH_GRID, 651409, 313177, 1),
        ("TG5140913177", BRITISH_GRID, 651409, 313177, 1),
        ("TL 4567 7890", BRITISH_GRID, 545670, 278900, 10),
        ("TL 456 789", BRITISH_GRID, 545600, 278900, 100),
        ("SU1234", BRITISH_GRID, 412000, 134000, 1000),
        ("SU 12 34", BRITISH_GRID, 412000, 134000, 1000),
        ("NT 25 73", BRITISH_GRID, 325000, 673000, 1000),
        ("TL45", BRITISH_GRID, 540000, 250000, 10000),
        ("TQ", BRITISH_GRID, 500000, 100000, 100000),
        ("SV 00", BRITISH_GRID, 0, 0, 10000),  # the grid's false origin
        ("HP 61 15", BRITISH_GRID, 461000, 1215000, 1000),
        # tetrads, lettered up the columns from the south-west, O left out
        ("TL45A", BRITISH_GRID, 540000, 250000, 2000),
        ("TL45E", BRITISH_GRID, 540000, 258000, 2000),
        ("TL45N", BRITISH_GRID, 544000, 256000, 2000),
        ("TL45Z", BRITISH_GRID, 548000, 258000, 2000),
        # quadrants
        ("TL45NE", BRITISH_GRID, 545000, 255000, 5000),
        ("TL45SW", BRITISH_GRID, 540000, 250000, 5000),
        # the Irish grid: one letter, V at the origin
        ("O 123 456", IRISH_GRID, 312300, 245600, 100),
        ("V 00 00", IRISH_GRID, 0, 0, 1000),
        ("N 00000 50000", IRISH_GRID, 200000, 250000, 1),
        ("H 45 67", IRISH_GRID, 245000, 367000, 1000),
        ("A", IRISH_GRID, 0, 400000, 100000),
    ],
)
def test_square(ref: str, system: str, east: int, north: int, size: int) -> None:
    assert parse_reference(ref) == GridSquare(system, east, north, size)


@pytest.mark.parametrize(
    "ref",
    ["TL 456 78", "TL 12345", "AB 12 34", "XY1234", "I 12 34", "TL1234N", "TL 456 789 0", ""],
)
def test_no_square(ref: str) -> None:
    assert parse_reference(ref) is None


@pytest.mark.parametrize(
    ("ref", "metres"),
    [
        ("TQ", 70711),
        ("TL45", 7071),
        ("TL45NE", 3536),
        ("TL45N", 1414),
        ("SU1234", 707),
        ("SU 123 456", 71),
        ("SU 1234 5678", 7),
        ("SU 12345 67890", 5),  # never surer than the OSGB36 -> WGS84 transformation
        ("O 12345 67890", 2),
    ],
)
def test_uncertainty(ref: str, metres: int) -> None:
    square = parse_reference(ref)
    assert square is not None
    assert square.uncertainty == metres


# --- to WGS84 ------------------------------------------------------------------------------------


def test_os_worked_example() -> None:
    # The Ordnance Survey publishes Caister water tower, TG 51409 13177 (651409.903, 313177.270 on
    # OSGB36), at 52°39'28.8282"N 1°42'57.7870"E on ETRS89 (WGS84 to well under a metre in 1989,
    # under a metre now); on OSGB36's own ellipsoid it is 52°39'27.2531"N 1°43'4.5177"E, some
    # 120 m away, which is what a reference read without changing datum would give.
    square = parse_reference("TG 51409 13177")
    assert square is not None
    lat, lon = to_wgs84(square)
    etrs = (52 + 39 / 60 + 28.8282 / 3600, 1 + 42 / 60 + 57.7870 / 3600)
    osgb = (52 + 39 / 60 + 27.2531 / 3600, 1 + 43 / 60 + 4.5177 / 3600)
    assert _metres(lat, lon, *etrs) < 5
    assert _metres(lat, lon, *osgb) > 100


def test_irish_grid_origin() -> None:
    # The Irish Grid's true origin, 53°30'N 8°W, is at 200 000, 250 000 (TM75); WGS84 moves it
    # by tens of metres, a wrong letter by 100 km.
    square = parse_reference("N 00000 50000")
    assert square is not None
    lat, lon = to_wgs84(square)
    assert 20 < _metres(lat, lon, 53.5, -8.0) < 150


def test_british_central_meridian() -> None:
    # Easting 400 000 is 2°W on OSGB36; the datum shifts it about 100 m west
    square = parse_reference("SU 00000 00000")
    assert square is not None
    lat, lon = to_wgs84(square)
    assert -2.0025 < lon < -2.0005
    assert 50.79 < lat < 50.81


@pytest.mark.parametrize(
    ("ref", "code"),
    [
        ("HP 61 15", "GB"),  # Unst, Shetland
        ("SV 90 10", "GB"),  # the Isles of Scilly
        ("NF 10 99", "GB"),  # St Kilda
        ("TR 39 68", "GB"),  # Kent
        ("SC 38 84", "IM"),  # the Isle of Man
        ("V 35 70", "IE"),  # Kerry
        ("O 15 34", "IE"),  # Dublin
        ("J 33 74", "GB"),  # Antrim
        ("C 80 40", "GB"),  # Londonderry
    ],
)
def test_points_pass_validate(ref: str, code: str) -> None:
    square = parse_reference(ref)
    assert square is not None
    assert point_in_country(*to_wgs84(square), code) is True


# --- on labels -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "verbatim", "uncertainty"),
    [
        ("Grid ref. TG 51409 13177", "TG 51409 13177", "5"),
        ("Grid Ref: NT 25 73", "NT 25 73", "707"),
        ("GR: SK 123 456, 12 May 1990", "SK 123 456", "71"),
        ("Boggy hollow (GR SU123456) leg. K. Muster", "SU123456", "71"),
        ("O.S. grid ref. TL 45", "TL 45", "7071"),
        ("NGR TQ 3038", "TQ 3038", "707"),
        ("Grid ref. TQ", "TQ", "70711"),
        ("Grid ref. NO 12 34", "NO 12 34", "707"),
        ("Sandy heath\nTL 563 705\nleg. K. Muster", "TL 563 705", "71"),
        ("SU1234", "SU1234", "707"),
        ("Muddy pond\nTL45N", "TL45N", "1414"),
        ("ENGLAND: Beispiel Moor\nTL45", "TL45", "7071"),
        ("ENGLAND, Beispiel Wood, TL4567 12.v.1987", "TL4567", "707"),
        ("Sandy heath, SU 123 456 12 May 1990", "SU 123 456", "71"),
        ("Irish Grid V 123 456", "V 123 456", "71"),
        ("Grid ref. H 45 67", "H 45 67", "707"),
        ("IRELAND, Co. Kerry, Beispiel Bog\nV 123 456", "V 123 456", "71"),
    ],
)
def test_reference_on_label(text: str, verbatim: str, uncertainty: str) -> None:
    fields = _fields(text)
    assert fields[Term.verbatimCoordinates] == verbatim
    assert fields[Term.coordinateUncertaintyInMeters] == uncertainty
    assert fields[Term.geodeticDatum] == "EPSG:4326"
    square = parse_reference(verbatim)
    assert square is not None
    system = fields[Term.verbatimCoordinateSystem]
    assert system == square.system
    assert fields[Term.verbatimSRS] == ("EPSG:27700" if system == BRITISH_GRID else "EPSG:29903")
    lat, lon = float(fields[Term.decimalLatitude]), float(fields[Term.decimalLongitude])
    assert (lat, lon) == pytest.approx(to_wgs84(square), abs=1e-5)


@pytest.mark.parametrize(
    "text",
    [
        "SU",  # a square alone without a key
        "No. 1234",
        "No 42",
        "NO 1234",
        "NO 42",
        "Plot TL 12 06 1987",  # a date
        "Grid ref. TL 12 06 1987",
        "TL 45 in a sentence about a hedge",
        "collected 5 km SW 12 km from Musterstadt",
        "SW 12 km of Musterstadt",
        "SD00123456",  # a herbarium's code and number
        "Herbarium SD 123456789",
        "SU 1234 5",
        "O 123 456",  # Irish figures on a label that says nothing of Ireland
        "H 45 67",
        "USNM 123456",
        "Lot TL 4567 890",
        "ab 12 34",
        "TL1234N",
        "XY 123 456",  # no such square
        "TW 123 456",  # a square of open sea, without a key
        "UTM 30T TL 123 456",  # a military grid square of UTM
        "31T SU 1234 5678",
        "Hang\nSO 1200",  # German "Südost": an aspect and an elevation
        "5 km NO 123 m",
    ],
)
def test_not_a_reference(text: str) -> None:
    assert find_grid_references(make_labels(labels_from_text(text))) == []


def test_latitude_and_longitude_win_over_a_reference() -> None:
    fields = _fields("Musterwood, 52°18'N, 0°17'E, Grid ref. TL 563 705")
    assert fields[Term.verbatimCoordinates] == "52°18'N, 0°17'E"
    assert Term.coordinateUncertaintyInMeters not in fields
    assert Term.verbatimCoordinateSystem not in fields


def test_the_surest_reference_wins() -> None:
    fields = _fields("Fen edge\nSU1234\nGrid ref. TL 563 705")
    assert fields[Term.verbatimCoordinates] == "TL 563 705"


# --- vice-counties ----------------------------------------------------------------------------


def test_table() -> None:
    table = vice_counties()
    british = [n for n in table if not n.startswith("H")]
    irish = [n for n in table if n.startswith("H")]
    assert british == [str(i) for i in range(1, 114)]  # Watson's 112 and the Channel Islands
    assert irish == [f"H{i}" for i in range(1, 41)]
    northern = {n for n in irish if table[n].country_code == "GB"}
    assert northern == {"H33", "H36", "H37", "H38", "H39", "H40"}
    assert {table[n].country_code for n in irish} - {"GB"} == {"IE"}
    assert table["71"].country_code == "IM"
    assert table["113"].country_code == ""
    assert table["64"].compass == ("mid", "west")
    assert table["61"].compass == ("south", "east")
    assert table["83"].compass == ()


@pytest.mark.parametrize(
    ("text", "number", "name", "country", "code", "county"),
    [
        ("v.c. 29", "29", "Cambridgeshire", "United Kingdom", "GB", "Cambridgeshire"),
        ("Beispiel Fen, VC29", "29", "Cambridgeshire", "United Kingdom", "GB", "Cambridgeshire"),
        ("V.C. 17 Surrey", "17", "Surrey", "United Kingdom", "GB", "Surrey"),
        ("VC 17", "17", "Surrey", "United Kingdom", "GB", "Surrey"),
        ("vice-county 35", "35", "Monmouthshire", "United Kingdom", "GB", "Monmouthshire"),
        (
            "Beispiel Fen, Cambs. (29)",
            "29",
            "Cambridgeshire",
            "United Kingdom",
            "GB",
            "Cambridgeshire",
        ),
        ("vc 64 Mid-west Yorks.", "64", "Mid-west Yorkshire", "United Kingdom", "GB", "Yorkshire"),
        (
            "Musterdale, M.W. Yorks. (64)",
            "64",
            "Mid-west Yorkshire",
            "United Kingdom",
            "GB",
            "Yorkshire",
        ),
        ("S.E. Yorks. (61)", "61", "South-east Yorkshire", "United Kingdom", "GB", "Yorkshire"),
        ("Yorks. (64)", "64", "Mid-west Yorkshire", "United Kingdom", "GB", "Yorkshire"),
        ("v.c. 55", "55", "Leicestershire", "United Kingdom", "GB", None),  # with Rutland
        ("v.c. 71", "71", "Isle of Man", "Isle of Man", "IM", None),
        ("v.c. 113", "113", "Channel Islands", None, None, None),
        ("Co. Kerry (H2)", "H2", "North Kerry", "Ireland", "IE", "Kerry"),
        ("Co. Dublin, H21", "H21", "Dublin", "Ireland", "IE", "Dublin"),
        ("v.c. H39", "H39", "Antrim", "United Kingdom", "GB", "Antrim"),
        ("VC H 33", "H33", "Fermanagh", "United Kingdom", "GB", "Fermanagh"),
    ],
)
def test_vice_county(
    text: str, number: str, name: str, country: str | None, code: str | None, county: str | None
) -> None:
    fields = _fields(text)
    assert json.loads(fields[Term.dynamicProperties]) == {
        "viceCounty": number,
        "viceCountyName": name,
    }
    assert fields.get(Term.country) == country
    assert fields.get(Term.countryCode) == code
    assert fields.get(Term.county) == county


def test_vice_county_contradicted_by_its_name() -> None:
    out = extract_fields(labels_from_text("VC17 Kent"))
    vc = out[Term.dynamicProperties]
    assert json.loads(vc.value)["viceCounty"] == "17"
    assert "vice_county_conflict" in vc.flags
    assert vc.confidence < 0.6
    assert Term.county not in out  # Surrey or Kent: a curator decides
    assert out[Term.countryCode].value == "GB"  # both are English


@pytest.mark.parametrize(
    "text",
    [
        "S. Devon (4)",  # the number is North Devon's
        "Kent (17)",
        "leg. V.C. 17",  # a collector's initials and number
        "VC 200",
        "v.c. 0",
        "Plot (29)",
        "Kent Co. (15)",
        "Beispiel (H21)",
        "H21",
        "v.c. 29, v.c. 17",  # two vice-counties: none is taken
        "Jalapa, V.C. 12 km N",  # Veracruz and a distance
    ],
)
def test_not_a_vice_county(text: str) -> None:
    fields = _fields(text)
    assert Term.dynamicProperties not in fields


def test_a_bare_key_is_surer_on_a_british_label() -> None:
    alone = extract_fields(labels_from_text("Beispiel Fen, v.c. 29"))
    british = extract_fields(labels_from_text("ENGLAND: Beispiel Fen, v.c. 29"))
    named = extract_fields(labels_from_text("Beispiel Fen, v.c. 29 Cambs."))
    vc = Term.dynamicProperties
    assert alone[vc].confidence < british[vc].confidence < named[vc].confidence


def test_vice_county_makes_a_label_british() -> None:
    # a 10 km square alone on its line counts once the label is known to be British
    labels = make_labels(labels_from_text("Beispiel Common, v.c. 17\nTQ15"))
    assert [h.verbatim for h in find_grid_references(labels)] == ["TQ15"]
    assert len(find_vice_counties(labels)) == 1


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="HNOSTVJLMQRUWXYZ0123456789 .,:()vcVCGRidref\n", max_size=60))
def test_never_raises(text: str) -> None:
    fields = _fields(text)
    if Term.coordinateUncertaintyInMeters in fields:
        assert float(fields[Term.coordinateUncertaintyInMeters]) >= 2
        assert not math.isnan(float(fields[Term.decimalLatitude]))


@pytest.mark.parametrize(
    ("text", "verbatim"),
    [
        # a British county named makes a spaced reference of four figures a reference
        ("Exampleton Wood, Oxon\nSP 51 08\n3 May 1950", "SP 51 08"),
        # a year on the next line is no part of the reference on the line above
        ("Sampleham, Kent\nTQ 5671 4523\n1921", "TQ 5671 4523"),
    ],
)
def test_a_county_makes_a_label_british(text: str, verbatim: str) -> None:
    labels = make_labels(labels_from_text(text))
    assert [h.verbatim for h in find_grid_references(labels)] == [verbatim]


def test_a_county_of_another_country_is_no_british_context() -> None:
    labels = make_labels(
        labels_from_text("Exampleton, Kent Co., Delaware\nSR 12 34 coll. K. Muster")
    )
    assert find_grid_references(labels) == []


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a British grid reference alone says the country
        (
            "Exampla vulgaris L.\nSampleton Moss\nGrid ref. NT 123 456\n12 June 1961",
            "United Kingdom",
        ),
        # a country printed wins
        ("Exampla vulgaris L.\nSampleton Moss, Scotland\nGrid ref. NT 123 456\n12 June 1961", None),
        # the Irish Grid covers two countries: it says none
        ("Exampla vulgaris L.\nSampleton Bog\nGrid ref. O 123 456\n12 June 1961", None),
    ],
)
def test_the_country_a_grid_reference_lies_in(text: str, country: str | None) -> None:
    got = extract_fields(labels_from_text(text))
    rule = got["country"].evidence.rule if "country" in got else None
    if country is None:
        assert rule != "country.from_grid"
    else:
        assert (got["country"].value, got["countryCode"].value, rule) == (
            country,
            "GB",
            "country.from_grid",
        )
