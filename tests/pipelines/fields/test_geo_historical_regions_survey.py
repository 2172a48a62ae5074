"""Places: Central Europe's historical regions and today's countries (a region split
between two countries gives none or a doubt), Italy's regions named without the country, and the
American survey coordinates (township and range, UTM). Invented strings in the shapes labels use."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import fields

# (label, code): wholly (or all but a sliver) in one of today's countries: sure
WHOLE = [
    ("Flora von Böhmen\nFundort: Umgebung von Exampeln\nSammler: K. Muster", "CZ"),
    ("Mähren: Brünn, Beispielwald\n9. V. 1901 leg. J. Beispiel", "CZ"),
    ("Siebenbürgen: Kronstadt, Beispielberg\nleg. J. Beispiel 3.VI.1887", "RO"),
    ("Flora Hungarica\nErdély: Példafalva\ngyűjtötte Minta K.", "RO"),
    ("Krain: Beispielgora\nleg. A. Exemplo, Mai 1888", "SI"),
    ("Südtirol: Meran, Beispielweg\nleg. K. Muster 1902", "IT"),
]


@pytest.mark.parametrize(("text", "code"), WHOLE)
def test_regions_in_one_country(text: str, code: str) -> None:
    got = fields(text)
    assert got["countryCode"].value == code
    assert got["country"].confidence >= 0.9


# (label, code): mostly in one country: that country, judged, below 0.9
JUDGED = [
    ("Tirol: Exampeltal bei Sampleck, 1800 m\n8. Aug. 1910 leg. J. Beispiel", "AT"),
    ("Istrien: bei Exampeldorf\n15.IV.1899 leg. J. Beispiel", "HR"),
    ("Österr. Schlesien: Exampelsdorf\nleg. J. Beispiel VI.1905", "CZ"),
    ("Schlesien: Exampelsdorf bei Breslau\nleg. J. Beispiel 1890", "PL"),
]


@pytest.mark.parametrize(("text", "code"), JUDGED)
def test_regions_mostly_in_one_country(text: str, code: str) -> None:
    got = fields(text)
    assert got["countryCode"].value == code
    assert "country_judged" in got["country"].flags
    assert got["country"].confidence < 0.9


# split between today's countries: no country at all
SPLIT = [
    "Flora von Galizien\nExampelnow, Waldrand\nleg. K. Muster  14. Sept. 1898",
    "Flora Polonica\nGalicja, okolice Przykładowa\nzebrał K. Muster 14 VII 1931",
    "Banat: Exampelbad\nleg. K. Muster 1875",
    "Bukowina: Czernowitz, Beispielwald\nleg. K. Muster 1900",
    "Pommern: Kreis Exampeln\nleg. K. Muster 1911",
    "Ost-Preussen: Kreis Exampeln\nTorfmoor bei Sampleheim",
    "Küstenland: bei Exampeldorf\nleg. K. Muster",
]


@pytest.mark.parametrize("text", SPLIT)
def test_split_regions_give_no_country(text: str) -> None:
    assert "country" not in fields(text)


def test_a_south_tyrolean_town_under_tyrol_is_a_doubt() -> None:
    got = fields("Tirol: Bozen, Beispielhof\nleg. K. Muster 1899")
    assert got["countryCode"].value == "IT"
    assert got["country"].confidence < 0.9


def test_the_country_printed_keeps_tyrol_sure() -> None:
    got = fields("Austria: Tirol, Exampeltal\nleg. K. Muster")
    assert (got["countryCode"].value, got["stateProvince"].value) == ("AT", "Tirol")
    assert got["country"].confidence >= 0.9 and got["stateProvince"].confidence >= 0.9


# (label, province): Italy's regions as the Italian herbaria print them without the country
ITALY = [
    ("Erbario Centrale\nToscana: presso Esempio, località Campo", "Toscana"),
    ("Piemonte: Valle Esempio, 1500 m\nA. Exemplo 12.7.1921", "Piemonte"),
    ("Liguria: Esempio\nA. Exemplo 1890", "Liguria"),
    ("Calabria: Aspromonte presso Esempio\nA. Exemplo", "Calabria"),
]


@pytest.mark.parametrize(("text", "province"), ITALY)
def test_italian_regions(text: str, province: str) -> None:
    got = fields(text)
    assert (got["countryCode"].value, got["stateProvince"].value) == ("IT", province)


# what must not be Italy: the American Piedmont, a woman's given name
NOT_ITALY = [
    "Flora of Exampla County\nPiedmont region, red clay hills\nK. Muster 1234  May 2, 1951",
    "Plants of North Carolina\nPiedmont: Exampla Co., near Sampleton\nJ. Beispiel 9/12/1960",
    "Herbarium of Emilia Exemplo\nSampleton, dry hills",
]


@pytest.mark.parametrize("text", NOT_ITALY)
def test_no_italy(text: str) -> None:
    got = fields(text)
    assert "countryCode" not in got or got["countryCode"].value != "IT"


# (label, verbatimCoordinates, system): the township, range and section, and UTM, as printed
SURVEY = [
    ("Exampla Co.: bluffs along Sample Creek, T12N R3W Sec. 14", "T12N R3W Sec. 14", "Township"),
    (
        "Plants of Utah\nSec. 14, T. 12 N., R. 3 W.\nJ. Beispiel",
        "Sec. 14, T. 12 N., R. 3 W.",
        "Town",
    ),
    ("Granite ledge, sec. 4, T21N,\nR9E. 3 Jun 1988", "sec. 4, T21N, R9E.", "Township"),
    ("T12N, R5W, S17, Exampla County", "T12N, R5W, S17", "Township"),
    ("NW1/4 sec. 21, T2S-R6E, Washtenaw Co.", "sec. 21, T2S-R6E", "Township"),
    ("Pima Co.: canyon\nUTM 12 523456E 3556789N\nElev. 1200 m", "UTM 12 523456E 3556789N", "UTM"),
    ("UTM: 17 E 0412345 N 4123456", "UTM: 17 E 0412345 N 4123456", "UTM"),
]


@pytest.mark.parametrize(("text", "verbatim", "system"), SURVEY)
def test_survey_coordinates(text: str, verbatim: str, system: str) -> None:
    got = fields(text)
    assert got["verbatimCoordinates"].value == verbatim
    assert got["verbatimCoordinateSystem"].value.startswith(system)


def test_utm_gives_a_doubted_point_in_its_zone() -> None:
    got = fields("UTM 12 523456E 3556789N")
    lat, lon = float(got["decimalLatitude"].value), float(got["decimalLongitude"].value)
    assert 32.0 < lat < 32.3 and -111.0 < lon < -110.5  # zone 12 north: Arizona
    assert got["decimalLatitude"].confidence < 0.9


# a range, a section or a number alone is no survey coordinate; a latitude printed wins
NOT_SURVEY = [
    "Coll. K. Muster 1234 R3W",
    "T12N alone 3W",
    "Sec. 14 of the road",
]


@pytest.mark.parametrize("text", NOT_SURVEY)
def test_no_survey_coordinates(text: str) -> None:
    assert "verbatimCoordinates" not in fields(text)


def test_a_latitude_is_taken_over_the_township() -> None:
    got = fields("Lat/Long 30.1234 N, 97.5678 W\nT12N R3W Sec. 14")
    assert got["verbatimCoordinates"].value == "30.1234 N, 97.5678 W"


# (label, code): the Dual Monarchy's name is no country; its crown land's row names today's
MONARCHY = [
    ("Österreich-Ungarn: Böhmen\nbei Exampeldorf", "CZ"),
    ("Austria-Hungary: Moravia, near Sampleton", "CZ"),
    ("Austria-Hungary: Galicia\nnear Sampleton", None),
    ("Rakousko-Uhersko\nKrain: Beispielgora", "SI"),
]


@pytest.mark.parametrize(("text", "code"), MONARCHY)
def test_austria_hungary_is_no_country(text: str, code: str | None) -> None:
    got = fields(text)
    assert (got["countryCode"].value if "countryCode" in got else None) == code


# (label, code): a country's name over a region that lies in another country today: a doubt
OTHER_COUNTRYS_REGION = [
    ("Ungarn: Siebenbürgen, Kronstadt\nleg. K. Muster 1890", "HU"),
    ("Deutschland: Schlesien, Sampeldorf\nleg. K. Muster 1901", "DE"),
]


@pytest.mark.parametrize(("text", "code"), OTHER_COUNTRYS_REGION)
def test_a_country_over_another_countrys_region_is_a_doubt(text: str, code: str) -> None:
    got = fields(text)
    assert got["countryCode"].value == code
    assert got["country"].confidence < 0.9


# the same country's region beside its name stays sure
SAME_COUNTRY = [
    ("Austria: Niederösterreich, bei Beispieldorf", "AT"),
    ("Italia: Toscana, presso Esempio", "IT"),
    ("Czechoslovakia: Bohemia, prope Exampleov", "CZ"),
]


@pytest.mark.parametrize(("text", "code"), SAME_COUNTRY)
def test_a_countrys_own_region_stays_sure(text: str, code: str) -> None:
    got = fields(text)
    assert got["countryCode"].value == code
    assert got["country"].confidence >= 0.9


# a vice-county number OCR misread, a letter glued to its digits: no vice-county
@pytest.mark.parametrize("text", ["Plants of Exampleshire\nv.c. 2S\nSampleton"])
def test_a_misread_vice_county_number_is_none(text: str) -> None:
    got = fields(text)
    assert "dynamicProperties" not in got and "county" not in got


# an O glued to the figures is read as a 0, and doubted: 10 as often as 16 or 19
def test_a_vice_county_number_with_an_o_is_doubted() -> None:
    got = fields("v.c. 1O Sampleton")
    assert "unsure_reading" in got["dynamicProperties"].flags
    assert "unsure_reading" in got["county"].flags


def test_a_vice_county_against_the_county_printed_is_a_doubt() -> None:
    got = fields("Cambs.: Sampleton Fen\nv.c. 17")
    assert "vice_county_conflict" in got["county"].flags
    assert got["county"].confidence < 0.9


def test_a_vice_county_agreeing_with_the_county_printed_stays_sure() -> None:
    got = fields("Hants. v.c. 11\nSampleton Common")
    assert got["county"].value == "Hampshire" and got["county"].confidence >= 0.9


@pytest.mark.parametrize(
    ("text", "county"),
    [
        ("Sampleton, Suff.", "Suffolk"),
        ("Sampleton, Norf.", "Norfolk"),
        ("Sampleton, Perths.", "Perthshire"),
    ],
)
def test_more_county_abbreviations(text: str, county: str) -> None:
    assert fields(text)["county"].value == county


# (label, verbatimElevation, metres): Central European keys and sea-level suffixes
ELEVATIONS = [
    ("Exampleov, 450 m n. m.", "450 m n. m.", "450"),
    ("Példafalva, 300 m tszf.", "300 m tszf.", "300"),
    ("Sampleton, Seehöhe 1200 m", "1200 m", "1200"),
    ("Sampleton, Höhe: 1200 m", "1200 m", "1200"),
    ("presso Esempio, quota 900 m", "900 m", "900"),
]


@pytest.mark.parametrize(("text", "verbatim", "metres"), ELEVATIONS)
def test_central_european_elevations(text: str, verbatim: str, metres: str) -> None:
    got = fields(text)
    assert (got["verbatimElevation"].value, got["minimumElevationInMeters"].value) == (
        verbatim,
        metres,
    )


def test_a_plants_height_is_no_elevation() -> None:
    assert "verbatimElevation" not in fields("Strauch, Höhe 2 m")


# (label, verbatim, lat, lon): decimal degrees with the hemisphere first, as GPS receivers print
GPS = [
    ("GPS: N 30.1234 W 97.5678", "N 30.1234 W 97.5678", "30.12340", "-97.56780"),
    ("GPS: N30.12340° W097.56780°", "N30.12340° W097.56780°", "30.12340", "-97.56780"),
    ("S 12.3456, E 45.6789", "S 12.3456, E 45.6789", "-12.34560", "45.67890"),
]


@pytest.mark.parametrize(("text", "verbatim", "lat", "lon"), GPS)
def test_hemisphere_first_decimals(text: str, verbatim: str, lat: str, lon: str) -> None:
    got = fields(text)
    assert (
        got["verbatimCoordinates"].value,
        got["decimalLatitude"].value,
        got["decimalLongitude"].value,
    ) == (verbatim, lat, lon)


def test_a_plots_metres_are_no_coordinates() -> None:
    assert "verbatimCoordinates" not in fields("Plot N 3.1250 E 4.5000 m")


# (label, code): an old sovereign's name over a land split between countries since: a doubt
OLD_SOVEREIGN = [
    ("Russland: Livland, bei Sampelhof", "RU"),
    ("Deutschland: Ostpreussen, Kr. Exampeln", "DE"),
    ("Polen: Galizien, bei Exampelow", "PL"),
]


@pytest.mark.parametrize(("text", "code"), OLD_SOVEREIGN)
def test_an_old_sovereign_over_a_split_land_is_a_doubt(text: str, code: str) -> None:
    got = fields(text)
    assert got["countryCode"].value == code
    assert got["country"].confidence < 0.9


# (label, code): a country printed after a former federation's name is a part of it: sure
SUCCESSORS = [
    ("Jugoslawien: Slowenien, bei Exampelje", "SI"),
    ("ČSSR: Slovensko, Tatry", "SK"),
    ("DDR: Bez. Exampeln, bei Sampeldorf", "DE"),
]


@pytest.mark.parametrize(("text", "code"), SUCCESSORS)
def test_a_federations_part_stays_sure(text: str, code: str) -> None:
    got = fields(text)
    assert got["countryCode"].value == code
    assert got["country"].confidence >= 0.9


# (label, state): a state's abbreviation after a county keyword with a digit OCR read for a letter
@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Sampleton, Exampla Co., Ca1if.\nK. Muster 12", "California"),
        ("Sampleton, Exampla Co., Co1o.", "Colorado"),
    ],
)
def test_a_state_abbreviation_with_a_digit_for_a_letter(text: str, state: str) -> None:
    got = fields(text)
    assert (got["stateProvince"].value, got["countryCode"].value) == (state, "US")


def test_figures_after_a_county_are_no_state() -> None:
    assert "stateProvince" not in fields("Sampleton, Exampla Co., 1234")


# a country alone on its line over an Irish or British county with its key: the country printed
@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("IRELAND\nCo. Cork: Sampleton strand\nJ. Beispiel 10th June 1902", "IRELAND"),
        ("ENGLAND\nCounty Durham: Sampleton", "United Kingdom"),
    ],
)
def test_a_country_over_a_keyed_county(text: str, country: str) -> None:
    got = fields(text)
    assert got["country"].value == country and got["country"].confidence >= 0.9


def test_a_us_county_named_after_a_country_stays_a_county() -> None:
    got = fields("Scotland Co., Mo.\nSampleton")
    assert (got["countryCode"].value, got["county"].value) == ("US", "Scotland")
