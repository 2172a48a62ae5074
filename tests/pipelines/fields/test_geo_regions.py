"""Higher geography from the regions of the Russian Empire and the Soviet Union, the Baltic
provinces, Prussia's provinces, and what must not give a country (an institution's header, a
determiner's institution, a region split between today's countries). Every label is invented."""

from __future__ import annotations

import pytest

from pipelines.fields.geo import russian_region_names, transliterations
from pipelines.fields.subdivisions import typed_subdivision_line
from tests.pipelines.fields.parsed import fields

# (label, country, code, stateProvince): a Russian region's adjective and type word, in Cyrillic
# or in Latin letters; the stateProvince as printed, the country today's
RUSSIAN_REGIONS = [
    (
        "Ленинградская обл., Примерский р-н\nокр. дер. Примерово, сосновый лес\nсобр. И. Иванов",
        "Russia",
        "RU",
        "Ленинградская обл.",
    ),
    ("Московская область, окр. Примерска\n12.VI.1960", "Russia", "RU", "Московская область"),
    ("Leningradskaya obl., Primersky r-n\nleg. I. Ivanov", "Russia", "RU", "Leningradskaya obl."),
    ("Pskovskaja gub., prope Primerovo\nleg. K. Muster", "Russia", "RU", "Pskovskaja gub."),
    ("Петербургская губ., Примерский у.\nлуг\n1899", "Russia", "RU", "Петербургская губ."),
    ("Краснодарский край, окр. Примерной\n1975", "Russia", "RU", "Краснодарский край"),
    ("Минская обл., окр. Примерово\n1971", "Belarus", "BY", "Минская обл."),
    ("Львовская обл., окр. Примерова\n1965", "Ukraine", "UA", "Львовская обл."),
    ("Курляндская губ., окр. Примерсгофа\n1890", "Latvia", "LV", "Курляндская губ."),
    # an oblique case (a series title, a sentence): the region's name in the nominative
    ("Флора Московской области\nокр. Примерово, березняк", "Russia", "RU", "Московская область"),
    # Estonia's counties with their type word abbreviated
    ("Harju mk., Näidise v.\nleg. M. Proov", "Estonia", "EE", "Harjumaa"),
]


@pytest.mark.parametrize(("text", "country", "code", "state"), RUSSIAN_REGIONS)
def test_russian_regions(text: str, country: str, code: str, state: str) -> None:
    got = fields(text)
    assert got["country"].value == country
    assert got["countryCode"].value == code
    assert got["stateProvince"].value == state


# (label, country, code): a Soviet republic gives today's country, flagged historical_name, and
# no stateProvince
SOVIET_REPUBLICS = [
    ("Эстонская ССР, Примерский р-н\nберег реки", "Estonia", "EE"),
    ("Латвийская ССР, Примерский р-н\nлес у оз. Примерное", "Latvia", "LV"),
    ("Литовская ССР, окр. Примеряй", "Lithuania", "LT"),
    ("Latvijskaja SSR, prope Primery", "Latvia", "LV"),
    ("Карельская АССР, окр. Примерного", "Russia", "RU"),
]


@pytest.mark.parametrize(("text", "country", "code"), SOVIET_REPUBLICS)
def test_soviet_republics(text: str, country: str, code: str) -> None:
    got = fields(text)
    assert (got["country"].value, got["countryCode"].value) == (country, code)
    assert "historical_name" in got["country"].flags
    assert "stateProvince" not in got


# a region split between today's countries gives no country: the Livonian governorate (Estonia and
# Latvia), East Prussia (Poland and Russia), Vilna's governorate (Lithuania and Belarus), the
# Caucasus (Tyrol is Austria's, judged: test_judged_countries_stay_below_accepting)
SPLIT = [
    "Livland, bei Sampelhof\nin Wäldern\nleg. K. Muster",
    "Лифляндская губ., окр. Примерного",
    "Ostpreußen: Kreis Sampelburg\nleg. K. Muster",
    "Виленская губ., окр. Примерок",
    "Kaukasus: Sampeltal\nleg. K. Muster",
]


@pytest.mark.parametrize("text", SPLIT)
def test_split_regions_give_no_country(text: str) -> None:
    assert "country" not in fields(text)


# (label, code): a historical name only mostly in today's country: the country, flagged as a
# judgement, below 0.9
JUDGED = [
    ("Flora von Schlesien\nSampeldorf bei Sampelstadt\nleg. H. Beispiel", "PL"),
    ("Westpreussen: Sampelwalde\nleg. K. Muster", "PL"),
    ("Deutsch-Ostafrika\nSampelberge, 900 m\nleg. K. Beispiel 1234", "TZ"),
    ("U.R.S.S.: prope Primerovo\nleg. K. Muster", "RU"),
    ("Tirol: Sampeljoch\nleg. K. Muster", "AT"),
]


@pytest.mark.parametrize(("text", "code"), JUDGED)
def test_judged_countries_stay_below_accepting(text: str, code: str) -> None:
    got = fields(text)
    assert got["countryCode"].value == code
    assert "country_judged" in got["country"].flags
    assert got["country"].confidence < 0.9


# (label, country, code): a historical name wholly in one of today's countries, the English name
WHOLE = [
    ("Estland, bei Sampel\nam Strande", "Estonia", "EE"),
    ("Eesti, Tartumaa, Näidise khk.\nniidul", "Estonia", "EE"),
    ("Harjumaa, Näidise khk., Näidisküla\nkuivas männikus", "Estonia", "EE"),
    ("Kurland, Sampelhof\nDünen", "Latvia", "LV"),
    ("Posen: Sampelwo\nleg. K. Muster", "Poland", "PL"),
    ("Böhmen: Sampelberg\nleg. J. Musterka", "Czechia", "CZ"),
    ("Mark Brandenburg\nKreis Sampel: Sampelsee, Ufer", "Germany", "DE"),
]


@pytest.mark.parametrize(("text", "country", "code"), WHOLE)
def test_historical_names_whole_in_one_country(text: str, country: str, code: str) -> None:
    got = fields(text)
    assert (got["country"].value, got["countryCode"].value) == (country, code)
    assert "country_judged" not in got["country"].flags


# an institution's name or a determiner's says nothing of where the specimen grew
NOT_THE_SPECIMENS = [
    "Det. J. Beispiel, Royal Botanic Garden Edinburgh, 1978\nSample Wood, Sampletown\n1960",
    "FIELD MUSEUM OF NATURAL HISTORY, CHICAGO, ILLINOIS\nSample Wood\nK. Muster 12",
    "ROYAL BOTANIC GARDEN EDINBURGH\nE00123456\nSample Wood near Sampletown",
]


@pytest.mark.parametrize("text", NOT_THE_SPECIMENS)
def test_institutions_give_no_country(text: str) -> None:
    got = fields(text)
    assert "country" not in got or got["country"].confidence < 0.9


def test_transliterations() -> None:
    assert transliterations("Ленинградская") == ["Leningradskaya", "Leningradskaja"]
    assert transliterations("Харьковская") == ["Kharkovskaya", "Charkovskaja"]
    names = russian_region_names()
    assert names["ленинградская обл."].code == "RU"
    assert names["leningradskaja oblast"].printed_province
    assert not names["эстонская сср"].printed_province


# (label, country, code, stateProvince or None): colonial names abbreviated, the states of
# Australia, China's provinces in their older romanisations, Austria's Länder, the Baltic towns'
# German names
MORE_PLACES = [
    ("Brit. Honduras: Sample River\n1931 K. Muster", "Belize", "BZ", None),
    ("Br. Honduras, Sample Creek", "Belize", "BZ", None),
    ("Port. Guinea: Sampleville", "Guinea-Bissau", "GW", None),
    ("Canal Zone: Sample Island\n1935 K. Muster", "Panama", "PA", None),
    ("New South Wales: Sample Creek near Exampleton", "Australia", "AU", "New South Wales"),
    ("N.S.W.: Sample Range\n1930 K. Muster", "Australia", "AU", "New South Wales"),
    ("Plantae Chinenses\nProv. Szechwan: Sample shan", "China", "CN", "Sichuan"),
    ("Kwangtung: Sample Mountain, 800 m", "China", "CN", "Guangdong"),
    ("Oberösterreich: Sampelberg\nleg. K. Muster", "Austria", "AT", "Oberösterreich"),
    ("Krain: Sampelberg\nleg. K. Muster", "Slovenia", "SI", None),
    ("Dorpat, am Embach\nleg. K. Muster", "Estonia", "EE", None),
    ("Livland, bei Dorpat\nleg. K. Muster", "Estonia", "EE", None),
    ("Kurland: Strand bei Libau", "Latvia", "LV", None),
]


@pytest.mark.parametrize(("text", "country", "code", "state"), MORE_PLACES)
def test_more_places(text: str, country: str, code: str, state: str | None) -> None:
    got = fields(text)
    assert (got["country"].value, got["countryCode"].value) == (country, code)
    if state is None:
        assert "stateProvince" not in got
    else:
        assert got["stateProvince"].value == state


# (label, flag): a country the labels name in a way that may mean another: below 0.9, flagged
DOUBTFUL = [
    ("Sample Hill, Georgia\n1980 K. Muster", "country_judged"),  # or the US state
    ("Brit. Togo: Sample Hills", "country_judged"),  # British Togoland: today Ghana
    ("Gold Coast, Queensland\nSample beach, dunes", "several_countries"),
    ("Steiermark: Sampelalpe\nleg. K. Muster", "country_judged"),  # Lower Styria is Slovenia
]


@pytest.mark.parametrize(("text", "flag"), DOUBTFUL)
def test_doubtful_countries(text: str, flag: str) -> None:
    got = fields(text)
    assert flag in got["country"].flags
    assert got["country"].confidence < 0.9


def test_a_country_beside_another_stays_sure() -> None:
    # a country's own name printed beside a region of another: the name is the surer
    got = fields("CHINA. Taiwan. Sample Co.: Sample-hsiang, forest")
    assert got["countryCode"].value == "CN"
    assert "several_countries" not in got["country"].flags


def test_a_british_county_after_a_compass_word() -> None:
    got = fields("W. Sussex: Sampleham\n22.vii.1978\nleg. K. Muster")
    assert got["county"].value == "Sussex"
    assert got["countryCode"].value == "GB"


def test_a_herbarium_code_before_a_country_is_no_colonial_word() -> None:
    got = fields("BR FRANCE\nSample-le-Bourg\n22.7.1886\nLeg.: K. Muster")
    assert got["countryCode"].value == "FR"
    assert "country_judged" not in got["country"].flags


# a determination's line names the determiner's institution, not where the specimen grew
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Plants of Peru\nDept. Cusco: Sample valley\nK. Muster 123\n\nDet. J. Beispiel, Kew, "
         "England, 1985", "PE"),
        ("Sample ridge\nleg. K. Muster 1950\nDeterminavit: J. Beispiel (Berlin, Deutschland) 2001",
         None),
        ("Sample bog\nopr. I. Ivanov, Leningradskaya obl.", None),
    ],
)  # fmt: skip
def test_a_determiners_place_is_not_the_specimens(text: str, code: str | None) -> None:
    got = fields(text)
    if code is None:
        assert "countryCode" not in got
    else:
        assert got["countryCode"].value == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Sample ridge\n12.vi.1950 K. Muster\nRoyal Botanic Garden Edinburgh, Scotland", "GB"),
        # the country in the institution's name, whether or not its town follows a comma
        ("Sample ridge\n12.vi.1950 K. Muster\nHerbarium of the University of Ghana", "GH"),
        (
            "Sample ridge\n12.vi.1950 K. Muster\nHerbarium of the University of Ghana, Sampleton",
            "GH",
        ),
    ],
)
def test_an_institutions_country_is_a_doubt(text: str, code: str) -> None:
    got = fields(text)
    assert got["countryCode"].value == code
    assert got["countryCode"].confidence < 0.9


@pytest.mark.parametrize(
    ("text", "code"),
    [("S. Africa: Cape Prov., Sample Kloof", "ZA"), ("Deutsch-Ostafr.\nSampel", "TZ")],
)
def test_abbreviated_names(text: str, code: str) -> None:
    assert fields(text)["countryCode"].value == code


# a town or a county of the United States named after a country is not that country
@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Jersey Co., Ill.\nSample prairie", "Illinois"),
        ("Guernsey County, Ohio\nSample woods", "Ohio"),
        ("Peru, Indiana\nalong Sample Creek", "Indiana"),
        ("Poland, Maine\nSample bog", "Maine"),
        ("Holland, Michigan\ndunes", "Michigan"),
        ("Cuba, Allegany Co., New York", "New York"),
        ("PLANTS OF MISSOURI\nMexico, Audrain Co.\nroadside", "MISSOURI"),
        ("Panama City, Florida\nbeach dunes", "Florida"),
        ("China Grove, N.C.\nroadside", "North Carolina"),
        ("Denmark, S.C.\npine woods", "South Carolina"),
    ],
)
def test_towns_named_after_countries(text: str, state: str) -> None:
    got = fields(text)
    assert got["countryCode"].value == "US"
    assert got["stateProvince"].value == state


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Mexico, Chihuahua: Sample canyon", "MX"),  # the state is the country's own
        ("Peru, Dept. Cusco: Sample valley", "PE"),
        ("Canada, Ontario: Sample Lake", "CA"),
    ],
)
def test_a_country_before_its_own_state_stays(text: str, code: str) -> None:
    assert fields(text)["countryCode"].value == code


def test_the_east_indies_in_latin_are_no_country() -> None:
    assert "country" not in fields("Hab. in India orientali\nSample")


@pytest.mark.parametrize(
    ("text", "code", "state"),
    [
        ("Herb. Hort. Kew.\nSikkim: Sample, 10000 ft.\n1850 leg. K. Muster", "IN", "Sikkim"),
        ("Transjordan: Sample wadi", "JO", None),
    ],
)
def test_british_india_and_mandates(text: str, code: str, state: str | None) -> None:
    got = fields(text)
    assert got["countryCode"].value == code
    assert (got["stateProvince"].value if "stateProvince" in got else None) == state


# Swiss cantons by their German names, with or without "Kt."
@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Schweiz: Wallis, Sampelalp\n1900", "Wallis"),
        ("Helvetia: Kt. Bern, Sampelalp\n1900", "Bern"),
        ("Schweiz: Kanton Genf, Sampelbach", "Genf"),
    ],
)
def test_swiss_cantons(text: str, state: str) -> None:
    got = fields(text)
    assert got["countryCode"].value == "CH"
    assert got["stateProvince"].value == state


def test_a_towns_name_is_no_canton_alone() -> None:
    # Genf, Freiburg, Basel are towns as often: only with their type word
    got = fields("Schweiz: Genf, am See\n1900")
    assert "stateProvince" not in got


# Britain and Ireland as insect and herbarium labels print them
@pytest.mark.parametrize(
    ("text", "country", "code"),
    [
        ("UK: Devon, Sample Cove\n1990", "United Kingdom", "GB"),
        ("U.K. Sample Moor\n1990", "United Kingdom", "GB"),
        ("Gt. Britain: Sample\n1930", "United Kingdom", "GB"),
        ("N. Ireland: Co. Down, Sample\n1960", "United Kingdom", "GB"),
        ("Northern Ireland, Sample Lough", "United Kingdom", "GB"),
        ("Eire: Co. Clare, Sample\n1960", "Ireland", "IE"),
        ("Outer Hebrides: Isle of Sample", "United Kingdom", "GB"),
        ("New Hebrides: Sample Island", "Vanuatu", "VU"),
        ("Eestimaa, Harju\n1910", "Estonia", "EE"),
    ],
)
def test_britain_ireland_and_baltic_names(text: str, country: str, code: str) -> None:
    got = fields(text)
    assert (got["country"].value, got["countryCode"].value) == (country, code)


def test_ireland_with_a_northern_irish_county_is_a_doubt() -> None:
    got = fields("Ireland: Co. Tyrone, Sampletown bog\n1901 K. Muster")
    assert "country_judged" in got["country"].flags
    assert got["country"].confidence < 0.9


@pytest.mark.parametrize("text", ["Liivimaa, Näidise\n1910", "Ulster: Sample Lough"])
def test_split_names_in_other_languages(text: str) -> None:
    assert "country" not in fields(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Flora of Turkey\nC5 Adana: Sample Dağ\n1960 K. Muster", "TR"),
        ("Gub. Estljandskaja, distr. Sample\n1905 leg. K. Muster", "EE"),
        ("Byelorussia: prope Sampelovo", "BY"),
        ("Spitsbergen: Sample Fjord", "SJ"),
        ("Galapagos: Isla Sample", "EC"),
    ],
)
def test_names_pycountry_lacks(text: str, code: str) -> None:
    assert fields(text)["countryCode"].value == code


def test_a_town_named_like_an_island_of_another_country() -> None:
    # Trinidad is a town of Cuba's (and Bolivia's) too: the island alone is not taken
    assert fields("Cuba: Trinidad, Sample hills")["countryCode"].value == "CU"


@pytest.mark.parametrize(
    ("text", "term", "expected"),
    [
        # a subdivision named with its type word under the herbarium's name is the specimen's
        # place, not the institution's address
        (
            "HERBARIO EXEMPLAR DE COLOMBIA\nDepto. Antioquia, Mpio. Sampleton\n1200 m",
            "stateProvince",
            "Antioquia",
        ),
        (
            "FOREST DEPARTMENT, BURMA\nSampleton Dist., Upper Burma\nK. Muster 123",
            "verbatimLocality",
            "Sampleton Dist., Upper Burma",
        ),
    ],
)
def test_a_typed_subdivision_under_a_header_is_no_address(
    text: str, term: str, expected: str
) -> None:
    assert fields(text)[term].value == expected


@pytest.mark.parametrize(
    ("line", "typed"),
    [
        ("Depto. Antioquia, Mpio. Sampleton", True),
        ("Sampleton Dist., Upper Exampleland", True),
        ("Provincia de Muestra", True),
        ("Dept. of Botany, Sampleton", False),  # a university's department
        ("BRONX, NEW YORK 10458", False),
        ("La Plata, Prov. Muestra", False),  # the type word is not where the line opens
    ],
)
def test_typed_subdivision_lines(line: str, typed: bool) -> None:
    assert typed_subdivision_line(line) is typed
