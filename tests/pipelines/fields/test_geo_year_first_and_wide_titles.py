"""Dates and geography: year-first dates with dashes and one-figure parts
("1921-6-15"), a grid reference's square whose figures are on the next line (no reference), a
title naming a region wider than one of today's countries ("FLORA OF BRITISH INDIA"), a
distributor's address. Invented strings in the shapes labels use."""

from __future__ import annotations

import pytest

from pipelines.fields.dates import find_dates
from tests.pipelines.fields.parsed import fields

# the year first, with dashes and one-figure month or day
YEAR_FIRST = [
    ("1921-6-15 K. Muster", "1921-06-15"),
    ("1921-6-5", "1921-06-05"),
    ("Sampleton, 1935-12-1", "1935-12-01"),
    ("1921-06-15", "1921-06-15"),
]


@pytest.mark.parametrize(("text", "iso"), YEAR_FIRST)
def test_year_first_with_dashes(text: str, iso: str) -> None:
    assert [d.iso for d in find_dates(text)][:1] == [iso]


# a museum's register number: four groups, or a year and one number, is no date
@pytest.mark.parametrize(
    "text", ["1950-3-12-45", "Reg. No. 1950-3-12-45", "B.M. 1927-123", "1921-13-5"]
)
def test_register_number_is_no_year_first_date(text: str) -> None:
    assert not [d for d in find_dates(text) if d.precision == 3]


def test_run_of_dashed_dates_after_a_year_stays() -> None:
    got = [d.iso for d in find_dates("12-6-1955-2-7-1955")]
    assert got == ["1955-12-06", "1955-02-07"]


def test_year_first_date_and_collector_on_a_sheet() -> None:
    got = fields("Carex exampla\nSampleton, wet meadow\n1921-6-15 K. Muster")
    assert got["eventDate"].value == "1921-06-15"
    assert got["recordedBy"].value == "K. Muster"


# a grid square, then a date on the next line: no reference, nor figures taken from the date
@pytest.mark.parametrize(
    ("text", "verbatim"),
    [
        ("Kent: Sampleton Down\nGrid ref. TQ\n14.7.1962\nleg. K. Muster", None),
        ("Kent: Sampleton Down\nGrid ref. TQ 14\n14.7.1962\nleg. K. Muster", "TQ 14"),
        ("Kent: Sampleton Down\nGrid ref. TQ 123 456\n14.7.1962", "TQ 123 456"),
    ],
)
def test_grid_reference_stays_on_its_line(text: str, verbatim: str | None) -> None:
    got = fields(text).get("verbatimCoordinates")
    assert (got.value if got else None) == verbatim


# a title naming a region that is several of today's countries names none of them
@pytest.mark.parametrize(
    "text",
    [
        "FLORA OF BRITISH INDIA\nFicus exampla L.\nSampleton, 4000 ft.\nColl. J. Beispiel 12.3.1887",
        "HERB. BRIT. INDIA\nFicus exampla L.\nSampleton Ghat\n12.3.1887",
    ],
)
def test_british_india_names_no_country(text: str) -> None:
    assert "country" not in fields(text)


def test_country_title_still_names_the_country() -> None:
    got = fields("PLANTS OF PERU\nFicus exampla L.\nSampleton\n12 de enero de 1985")
    assert got["countryCode"].value == "PE"


# a distributor's address names where the duplicates were sent from
@pytest.mark.parametrize(
    "text",
    [
        "Distributed by the Botanical Museum, Copenhagen, Denmark\nCarex exampla\n"
        "Sampleton, among stones\n12.VI.1935 leg. A. Exempel",
        "Carex exampla\nSampleton, among stones\n12.VI.1935 leg. A. Exempel\n\n"
        "Distributed by the Botanical Museum,\nCopenhagen, Denmark",
    ],
)
def test_distributor_address_names_no_country(text: str) -> None:
    assert "country" not in fields(text)


# Latin American coordinates: degrees and minutes parted by blanks, each half closed by its
# hemisphere; a figure read as a letter ("l3°", "4O'"), the W read as "VV"
COORDINATES = [
    ("Prov. Ichilo, 17 32 S 63 45 W\n12-ene-1985", "17 32 S 63 45 W", "-17.53333", "-63.75000"),
    ("Sampleton\nl3°32'S 71°55'W\n12.I.1985", "13°32'S 71°55'W", "-13.53333", "-71.91667"),
    ("Sampleton\n11°25'S, 75°4O'VV\nene. 1985", "11°25'S, 75°40'W", "-11.41667", "-75.66667"),
    ("Sampleton\n13°32'S, 71°55'VV\n1985", "13°32'S, 71°55'W", "-13.53333", "-71.91667"),
]


@pytest.mark.parametrize(("text", "verbatim", "lat", "lon"), COORDINATES)
def test_latin_american_coordinates(text: str, verbatim: str, lat: str, lon: str) -> None:
    got = fields(text)
    assert got["verbatimCoordinates"].value == verbatim
    assert (got["decimalLatitude"].value, got["decimalLongitude"].value) == (lat, lon)


def test_coordinate_letters_mended_are_flagged() -> None:
    got = fields("Sampleton\nl3°32'S 71°55'W\n12.I.1985")
    assert "ocr_repaired" in got["decimalLatitude"].flags


# a township and range's shorthand, the hemisphere glued: no coordinates
@pytest.mark.parametrize("text", ["36 27N 93 18W", "Km 17 32 S", "Iso 12° Sampleton"])
def test_spaced_shapes_that_are_no_coordinates(text: str) -> None:
    assert "verbatimCoordinates" not in fields(text)


def test_historical_department() -> None:
    got = fields("FLORA DE NICARAGUA\nExampla muster\nDepto. Zelaya: Sampleton\n12 ene 1985")
    assert got["stateProvince"].value == "Zelaya"


# an insect label's state abbreviation: with its county after it on the line, with an I misread
@pytest.mark.parametrize(
    ("text", "state", "county"),
    [
        ("Ariz. Santa Cruz Co.\nExampla Cyn., 4500 ft.\n12 Aug. 1961", "Arizona", "Santa Cruz"),
        ("CALlF. Riverside Co.\nSampleton\nVl-l2-l950\nK. Muster", "California", "Riverside"),
        ("ARlZ: Cochise Co.\nSampleton\n12-VI-50", "Arizona", "Cochise"),
        ("COL0. Larimer Co.\nSampleton\nVII-4-1962", "Colorado", "Larimer"),
    ],
)
def test_insect_label_state(text: str, state: str, county: str) -> None:
    got = fields(text)
    assert (got["stateProvince"].value, got["county"].value) == (state, county)
    assert got["countryCode"].value == "US"


# a Swedish province's abbreviation with its full stop, on a sheet that says it is Swedish
@pytest.mark.parametrize(
    ("text", "province"),
    [
        ("Exampla muster\nUpl. Sampleby sn\n12/6 1935\nA. Exempel", "Uppland"),
        ("Sk. Sampleby sn, strandäng\n12 juli 1920\nK. Muster", "Skåne"),
        ("FLORA SUECICA\nExampla muster\nSm.: Sampleby, äng\n12 aug. 1921", "Småland"),
    ],
)
def test_swedish_province_abbreviation(text: str, province: str) -> None:
    got = fields(text)
    assert (got["stateProvince"].value, got["countryCode"].value) == (province, "SE")


def test_dotted_abbreviation_on_an_unsaid_sheet_is_nothing() -> None:
    assert "country" not in fields("Exampla muster\nVg. Muster 1234\nSampleton\n12.6.1950")


# the German labels' districts of Estland and Livland: today's Estonian county
@pytest.mark.parametrize(
    ("text", "province"),
    [
        ("Flora von Livland\nKreis Dorpat: Gut Sampelhof, Wiese\n12. Juni 1895", "Tartumaa"),
        ("Kreis Pernau: Sampelhof, Strand\n12.6.1902", "Pärnumaa"),
        ("Kreis Werro, Sampelhof\n12.6.1902\nleg. K. Muster", "Võrumaa"),
    ],
)
def test_german_district_names_todays_county(text: str, province: str) -> None:
    got = fields(text)
    assert (got["stateProvince"].value, got["countryCode"].value) == (province, "EE")


# an old sovereign's name and a place's historical name wholly in another country today
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Russland: Dorpat, Wald\nExampla muster\n12.6.1890", "EE"),
        ("Russia: Helsingfors, Sampleby\n12.6.1890", "FI"),
        ("Russia: Fellin, Wald\n12.6.1890", "EE"),
    ],
)
def test_old_sovereign_and_historical_place(text: str, code: str) -> None:
    assert fields(text)["countryCode"].value == code


def test_county_now_split_between_countries_names_none() -> None:
    assert "country" not in fields("Petserimaa, Sampleküla\nExampla muster\n12.6.1935")


# three decimals, both halves signed and parted by a comma; keys in lower case
@pytest.mark.parametrize(
    "text", ["Sampleton\n-13.533, -71.917\n12.I.1985", "Sampleton\nlat. -13.533, long. -71.917"]
)
def test_signed_decimal_pair(text: str) -> None:
    got = fields(text)
    assert (got["decimalLatitude"].value, got["decimalLongitude"].value) == (
        "-13.53300",
        "-71.91700",
    )


@pytest.mark.parametrize("text", ["Plot 3.125, 4.500", "Sampleton 3.125, -4.500"])
def test_short_decimals_are_no_pair(text: str) -> None:
    assert "decimalLatitude" not in fields(text)
