"""Insect pin labels of many museums and colonial sheets, as text and as OCR reads them.
Coordinates with the longitude first or a decimal comma, elevations at a place line's end or with
the unit first, colonial and Australian abbreviations, insect labels' state in capitals, museums'
collection infixes and unknown acronyms, and dates whose reading the OCR leaves in doubt. Invented
strings in the shapes labels use."""

from __future__ import annotations

import pytest

from models.fields import FieldCandidate
from pipelines.fields import parse_fields
from pipelines.fields.catalog import find_catalog_numbers
from pipelines.fields.dates import find_dates
from pipelines.fields.text import make_labels
from tests.pipelines.fields.ocr_labels import ocr_label
from tests.pipelines.fields.parsed import fields, values

# --- coordinates ---


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        # the longitude first, each half led by its hemisphere
        ("Sampleton\nE 8°12' N 48°05'", "48.08333", "8.20000"),
        ("Sampleton\nE 11.4567 N 48.1234", "48.12340", "11.45670"),
        ("Sampleton\nW 3.5000 N 37.2500", "37.25000", "-3.50000"),
        # a decimal comma on both halves, as continental labels write them
        ("Sampleton\nN 48,123 E 11,456", "48.12300", "11.45600"),
        # a slash between the halves
        ("Sampleton\n48°12'N/11°27'E", "48.20000", "11.45000"),
        # a receiver's key before unsigned decimals
        ("Sampleton\nGPS: 48.1234, 11.4567", "48.12340", "11.45670"),
        # the next line's figures are no seconds of the pair's last half
        ("Sampleton\nE 8°12' N 48°05'\n12.vi.1970", "48.08333", "8.20000"),
        ("Sampleton\nN 48°05' E 8°12'\n12.vi.1970", "48.08333", "8.20000"),
        ("Sampleton\nE 8°12' N 48°05'\n550 m", "48.08333", "8.20000"),
        ("Sampleton\nE 8°12'30\" N 48°05'15\"", "48.08750", "8.20833"),
        # the shapes that were read before stay read
        ("Sampleton\nN 48.123 E 11.456", "48.12300", "11.45600"),
        ("Sampleton\n12°20'S 34°30'E", "-12.33333", "34.50000"),
    ],
)
def test_coordinates_read(text: str, lat: str, lon: str) -> None:
    got = values(text)
    assert (got.get("decimalLatitude"), got.get("decimalLongitude")) == (lat, lon)


@pytest.mark.parametrize(
    "text",
    [
        "Plot 3.1250 4.5000",  # a plot's figures, no key, no sign
        "Sampleton\nN 48,123 E 11.456",  # a comma on one half only
        "Sampleton\nN 3.1250 E 4.5000 m",  # a grid's figures in metres
        "Sampleton\n48.20N 11.45E",  # two decimals: minutes as often as hundredths
    ],
)
def test_no_coordinates(text: str) -> None:
    assert "decimalLatitude" not in values(text)


# --- elevations ---


@pytest.mark.parametrize(
    ("text", "verbatim", "metres"),
    [
        # at the end of the place's line, without a comma
        ("Sierra Exemplo 2100m\n28.vi.1983", "2100m", "2100"),
        ("Sampleton 1200 m\n12.vi.1970", "1200 m", "1200"),
        # an item before a coordinates' line (its hemisphere is no bearing)
        ("GREECE, Kreta\nSampleton, 350 m\nN 35.123 E 24.456", "350 m", "350"),
        # the unit first, as Italian labels write it
        ("ITALIA: Trentino\nSampleton, m 1450\n15.VII.1971", "m 1450", "1450"),
        ("Sampleton, quota m 900", "m 900", "900"),
        ("ITALIA, Piemonte\nValle Exemplo\nm 1200, 23.vi.1968", "m 1200", "1200"),
        # run-on field notes: the item's sentence ends at its unit's full stop
        (
            "Tree 15 m, bole 40 cm diam. Sampleton Forest Reserve, 1200 m. 14 Feb. 1952",
            "1200 m.",
            "1200",
        ),
        (
            "Frequent on sand. Sampleton, 12 mi. E of Exampleville. 1,200 ft. 12 May 1954",
            "1,200 ft.",
            "366",
        ),
        ("Shrub 3-4 ft. high. Sampleton Hills, 4-5000 ft. Oct. 1922", "4-5000 ft.", "1219"),
        ("Gede, c. 1600 m\n20/4 1897", "c. 1600 m", "1600"),
        # an item opening its line, the date after its comma
        ("MEXICO: Chiapas\nSampleton 12 km N\n2000 m, 16.vii.1985", "2000 m", "2000"),
    ],
)
def test_elevation_read(text: str, verbatim: str, metres: str) -> None:
    got = values(text)
    assert got.get("verbatimElevation") == verbatim
    assert got.get("minimumElevationInMeters") == metres


@pytest.mark.parametrize(
    "text",
    [
        "Alter 300 m",  # an age
        "Tiefe 120 m",  # a depth
        "Sampleton road 500 m\nfrom the bridge",  # a distance whose sentence goes on
        "Sampleton 500 m\nN of the church",  # a bearing below
        "Sampleton, m 12 x 30",  # a size
        "Exampla minor\nshrub\n2 m, flowers white",  # a wrapped description's plant height
        "Stems erect, 3 m. Flowers white. Sampleton",  # a plant's height in a run-on note
        "Sampleton road, 100 m. from the bridge",  # a distance
        "Sampleton c. 500 m\nN of the church",  # a distance whose bearing is below
        "1935 m. liepos 12 d.\nSampla apyl.",  # a Lithuanian date: m. for metai, the year
    ],
)
def test_no_elevation(text: str) -> None:
    assert "verbatimElevation" not in values(text)


# --- countries and states ---


@pytest.mark.parametrize(
    ("text", "code", "state"),
    [
        # a French federation's initials before its colony's name are no person's initials
        ("A. E. F. Moyen-Congo\nSampleton, forêt\n12.iii.1951", "CG", None),
        ("A.O.F. - Dahomey\nSampleton", "BJ", None),
        # the German colonies hyphenated as old labels print them
        ("Deutsch-Ost-Afrika\nSampleton\n12.II.1907", "TZ", None),
        ("D.S.W.Afrika\nSampleton", "NA", None),
        # the presidency's word shortened
        ("Madras Pres.\nSampleton Taluk\nOct. 1911", "IN", None),
        # Australian states' abbreviations
        ("Qld: Sampleton Creek\n3 Sept. 1961", "AU", "Queensland"),
        ("Sampleton, Tas.\nJan 1950", "AU", "Tasmania"),
        # a compass letter that names another country
        ("N. Korea: Sampleton", "KP", None),
        ("S. Sudan\nSampleton", "SS", None),
        ("Korea: Sampleton", "KR", None),
        # the Indian state under its country's name is no split Bengal
        ("INDIA: W. Bengal\nDarjeeling Dist.", "IN", "West Bengal"),
        ("E. Bengal: Sampleton", "BD", None),
        # colonial names and abbreviations
        ("Philippine Islands: Sampleton", "PH", None),
        ("Somaliland Prot.\nSampleton", "SO", None),
        ("Sampleton, N.Z.", "NZ", None),
        # an insect label opens with its state in capitals, the place after it
        ("MASS. Sampleton\nVII.4.1923\nK. Muster", "US", "Massachusetts"),
        ("CALIF. Exampleville\nVI-12-1955", "US", "California"),
        ("MONT. Sampleton Co.\nVI-12-1955", "US", "Montana"),
    ],
)
def test_country_read(text: str, code: str, state: str | None) -> None:
    got = values(text)
    assert got.get("countryCode") == code
    if state is not None:
        assert got.get("stateProvince") == state


@pytest.mark.parametrize(
    "text",
    [
        # initials of a person after a collector's key, or not opening the line
        "leg. A. E. F. Jordan\nSampleton",
        "J. A. E. F. Jordan\nSampleton",
    ],
)
def test_person_not_country(text: str) -> None:
    assert values(text).get("countryCode") != "JO"


def test_a_historical_name_gives_todays_country_and_its_flag() -> None:
    country = fields("Philippine Islands: Sampleton").get("country")
    assert country is not None and country.value == "Philippines"
    assert "historical_name" in country.flags


def test_abbreviations_of_two_readings_need_their_country() -> None:
    # N.T. is also Hong Kong's New Territories, W.A. West Africa on colonial sheets: alone, no
    # country (regions.mentions `_initials_in_context`); with Australia's, its state
    for text in ("Sampleton, N.T.\n12.vi.1970", "Sampleton, W.A.\n12.vi.1970"):
        assert "countryCode" not in fields(text)
        got = fields(text + "\nAUSTRALIA")
        assert got["countryCode"].value == "AU"


@pytest.mark.parametrize(
    "text", ["Mont. Exemple\n12.vi.1970", "MONT. Exemple\n12.vi.1970", "MONT. EXEMPLE\n12.vi.1970"]
)
def test_mountain_before_a_word_is_no_state(text: str) -> None:
    # "Mont. Exemple": a mountain as often as Montana, in capitals too
    assert "stateProvince" not in values(text)


# --- catalogue numbers ---


def _catalog(text: str) -> FieldCandidate | None:
    return fields(text).get("catalogNumber")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("MCZ-ENT 00123456\nMASS. Sampleton", "MCZ-ENT 00123456"),  # a collection's infix
        ("ZMB INS 12345", "ZMB INS 12345"),
        ("MNHN EY0001234\nSénégal", "MNHN EY0001234"),  # the table's shape
    ],
)
def test_museum_numbers(text: str, value: str) -> None:
    got = _catalog(text)
    assert got is not None and got.value == value and not got.flags


@pytest.mark.parametrize("text", ["NGP 12345\nExampla minor", "Sampleton\n\nLSH ENT 000123"])
def test_unknown_acronym_is_a_doubt(text: str) -> None:
    got = _catalog(text)
    assert got is not None
    assert "unknown_code" in got.flags and got.confidence < 0.9


@pytest.mark.parametrize("text", ["B.M. 1932-456", "Brit. Mus. 1927-123", "BMNH(E) 2005-123"])
def test_register_numbers_are_no_catalogue_number(text: str) -> None:
    assert _catalog(f"Sampleton\n12.vi.1955\nK. Muster\n\n{text}") is None


def test_bare_number_read_unsurely_is_doubted() -> None:
    # a date's marks lost by the OCR ("vi-vii.1978" as a run of digits)
    labels = [
        ocr_label([[("Sampleton", 0.95)], [("1541978", 0.84)], [("K.", 0.9), ("Muster", 0.95)]])
    ]
    found = find_catalog_numbers(make_labels(labels))
    assert found and "unsure_reading" in found[0].flags


# --- dates ---


@pytest.mark.parametrize(
    "text",
    [
        "12.v5.1955",  # a Roman month misread: no May
        "1.i1.1929",  # no January
    ],
)
def test_month_year_glued_to_a_word_is_no_date(text: str) -> None:
    assert all(d.precision < 2 or d.iso[5:7] not in ("05", "01") for d in find_dates(text))


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # the day after an abbreviation's full stop, the space lost
        ("Sampleton\na.p.12.v.1972", "1972-05-12"),
        ("Sampleton\nleg.3.vi.1950 K. Muster", "1950-06-03"),
        # an "ex larva" line above the collecting run, the emergence date below it
        (
            "Sampleton\nex larva\n15.iv.-3.v.1972\ne.p. 12.v.1972\nJ. Beispiel",
            "1972-04-15/1972-05-03",
        ),
    ],
)
def test_dates(text: str, iso: str) -> None:
    assert values(text)["eventDate"] == iso


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # a run of full dates across the year's end
        ("30.XII.1955-2.I.1956", "1955-12-30/1956-01-02"),
        ("30 Dec. 1955-2 Jan. 1956", "1955-12-30/1956-01-02"),
        ("30.12.1955-2.1.1956", "1955-12-30/1956-01-02"),
    ],
)
def test_run_across_the_years_end(text: str, iso: str) -> None:
    assert find_dates(text)[0].iso == iso


def test_register_number_is_no_run() -> None:
    # a register's year and number, then the collecting date on its line below
    assert values("B.M. 1932-456\nSampleton\n12.vi.1931\nK. Muster")["eventDate"] == "1931-06-12"


def test_india_under_west_bengal_is_sure() -> None:
    assert fields("INDIA: W. Bengal\nSampleton")["country"].confidence >= 0.9


def test_month_year_after_a_roman_numeral_is_doubted() -> None:
    # "iii.iv.1955": a run of months whose dash was lost, not April
    got = fields("Sampleton\niii.iv.1955")["eventDate"]
    assert "unsure_reading" in got.flags and got.confidence < 0.9


@pytest.mark.parametrize(
    ("register", "iso"),
    [
        # a museum's register year bounds a two-digit year's century, as a determination's does
        ("Brit. Mus. 1956-123", "1955-06-12"),
        ("B.M. 1932-456", "1855-06-12"),
    ],
)
def test_register_year_tells_the_century(register: str, iso: str) -> None:
    got = fields(f"Sampleton\n12.VI.55\nK. Muster\n\n{register}")["eventDate"]
    assert got.value == iso and "century_ambiguous" not in got.flags


def test_two_digit_year_alone_stays_ambiguous() -> None:
    got = fields("Sampleton\n12.VI.55\nK. Muster\n\nex coll. J. Beispiel 1956-12")["eventDate"]
    assert "century_ambiguous" in got.flags


def test_emergence_date_is_flagged() -> None:
    got = fields("Sampleton\ne.l. 3.v.1971\nK. Muster")["eventDate"]
    assert got.value == "1971-05-03" and "emergence_date" in got.flags


def _ocr_date(lines: list[list[tuple[str, float]]]) -> FieldCandidate:
    return parse_fields([ocr_label(lines)])["eventDate"]


def test_roman_month_read_unsurely_is_doubted() -> None:
    got = _ocr_date(
        [[("Sampleton", 0.95)], [("VII-3-1965", 0.86)], [("K.", 0.9), ("Muster", 0.95)]]
    )
    assert "unsure_reading" in got.flags and got.confidence < 0.9


def test_roman_month_read_surely_is_not_doubted() -> None:
    got = _ocr_date(
        [[("Sampleton", 0.95)], [("VII-3-1965", 0.98)], [("K.", 0.9), ("Muster", 0.95)]]
    )
    assert "unsure_reading" not in got.flags and got.confidence >= 0.9


def test_month_in_figures_read_unsurely_is_doubted() -> None:
    # a Roman "12.iii.1930" read as figures
    got = _ocr_date([[("Sampleton", 0.95)], [("12.10.1930", 0.88)]])
    assert "unsure_reading" in got.flags and got.confidence < 0.9


def test_date_glued_to_an_abbreviation_is_doubted() -> None:
    got = fields("Sampleton\na.p.12.v.1972")["eventDate"]
    assert got.value == "1972-05-12" and "unsure_reading" in got.flags


def test_bare_number_ending_in_a_year_is_doubted() -> None:
    # "12.iii.1930" with its marks lost
    found = find_catalog_numbers(
        make_labels([ocr_label([[("Sumatra", 0.95)], [("121930", 0.98)]])])
    )
    assert found and "unsure_reading" in found[0].flags


def test_month_year_with_a_day_left_out_is_doubted() -> None:
    # "e.l. 3.v.1971" read "e1.3.v.1971": the day's figures glued before the month
    got = _ocr_date(
        [[("Sampleton", 0.95)], [("e1.3.v.1971", 0.95)], [("K.", 0.9), ("Muster", 0.95)]]
    )
    assert got.value != "1971-05" or got.confidence < 0.9


@pytest.mark.parametrize(
    ("text", "code", "state"),
    [
        # the first letters of a longer abbreviation are no shorter one's ("N.S.W" is no "N.S.")
        ("N.S.W: Sampleton\n12.vi.1960", "AU", "New South Wales"),
        ("Sampleton, N.S.\n12.vi.1960", None, "Nova Scotia"),
        # the country's own state before the island several countries share
        ("BORNEO: Sabah\nSampleton\n12.vi.1960", "MY", "Sabah"),
        # a Roman month the OCR misread between a day and a year is no state
        ("Sampleton\n12.VT.1960\nK. Muster", None, None),
        ("Sampleton, Wake Co.N.C.\n12 June 1931", "US", "North Carolina"),
    ],
)
def test_state_abbreviations_in_context(text: str, code: str | None, state: str | None) -> None:
    got = values(text)
    if code is not None:
        assert got.get("countryCode") == code
    assert got.get("stateProvince") == state
