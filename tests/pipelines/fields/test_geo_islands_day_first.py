"""Places and dates on whole sheets: an island several countries share is never a sure
state (the country's own subdivision printed under it is; Indonesia keys its islands), a colonial
power in brackets after the island names its part; the unit below a typed state ("Dpto. Exempla,
Prov. Muestra") is the county; a numeric date on a label in a language that writes the day first is
read day first; a stamp's date under its accession or photograph line is never the collection
date. Invented strings in the shapes labels use."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import fields

# an island several countries share, alone or with a name that does not tell the province: the
# island is read, flagged and below 0.9
ISLAND = [
    ("NEW GUINEA: Papua\nSampleton River, lowland forest, 50 m.\nK. Muster 3345  12 Aug 1936"),
    ("NEW GUINEA\nSampleton, 1000 m\nK. Muster 31  12 Mar 1939"),
    ("NEW GUINEA: Territory of Papua, Central District\nExampla Plateau\nJ. Beispiel 12"),
    ("Flora of Borneo\nBorneo: Sampleton Hills, 300 m\nK. Muster 34  6 Jul 1979"),
]


@pytest.mark.parametrize("text", ISLAND)
def test_shared_island_is_no_sure_state(text: str) -> None:
    got = fields(text)["stateProvince"]
    assert "shared_island" in got.flags
    assert got.confidence < 0.9


# the country's own subdivision printed under (or beside) the shared island is the state
SUBDIVISION = [
    (
        "NEW YORK BOTANICAL GARDEN\nPlants of New Guinea\n\n"
        "Papua New Guinea: Morobe Province, Sampleton, 1800 m\nK. Muster 778  10 Jul 1966",
        "Morobe",
    ),
    (
        "Flora of Borneo\nBorneo: Kalimantan Timur, Sampleton\nK. Muster 34  6 Jul 1979",
        "Kalimantan Timur",
    ),
]


@pytest.mark.parametrize(("text", "state"), SUBDIVISION)
def test_subdivision_under_shared_island(text: str, state: str) -> None:
    got = fields(text)["stateProvince"]
    assert got.value == state
    assert "shared_island" not in got.flags


# one country's part of the island keeps its state ("BORNEO: Sarawak")
def test_country_region_on_island_kept() -> None:
    got = fields("BORNEO: Sarawak\nExampla Hills, 300 m\nK. Muster 99, 3 Jan 1930")
    assert got["stateProvince"].value == "Sarawak"
    assert got["stateProvince"].confidence >= 0.9


# with Indonesia read, the island names Indonesia's part of it (as the Dutch herbaria key it)
def test_indonesian_island_kept() -> None:
    got = fields("Indonesia: Borneo, Sampleton River\nK. Muster 12  3 May 1950")
    assert got["stateProvince"].value == "Borneo"
    assert "shared_island" not in got["stateProvince"].flags


# a colonial power in brackets after the island: its part of the island, not the power's country
COLONY = [
    ("NEW GUINEA (Netherlands): Vogelkop, Sampleton, 800 m\nK. Muster 4456  12 Mar 1958", "ID"),
    ("New Guinea (British): Sampleton\nK. Muster 12  3 May 1930", "PG"),
    ("Timor (Portuguese): Sampleton\nK. Muster 12  3 May 1930", "TL"),
]


@pytest.mark.parametrize(("text", "code"), COLONY)
def test_colonial_power_in_brackets(text: str, code: str) -> None:
    assert fields(text)["countryCode"].value == code


# "Sampleton (Peru)": a town's country in brackets stays the country
def test_country_in_brackets_after_town() -> None:
    assert fields("Sampleton (Peru), 2000 m\nK. Muster 12  3 May 1950")["countryCode"].value == "PE"


# (label, state, county): the unit below a typed state, printed after it on its line
BELOW = [
    (
        "Plants of Peru\nDpto. Junín, Prov. Tarma: vicinity of Palca, 2800 m.\nK. Muster 4567",
        "Junín",
        "Prov. Tarma",
    ),
    (
        "Plants of Bolivia\nDpto. La Paz: Prov. Nor Yungas, along road to Coroico, 1500 m.\n"
        "J. Beispiel 2231",
        "La Paz",
        "Prov. Nor Yungas",
    ),
    (
        "Plants of Argentina\nProv. Jujuy, Depto. Tilcara: Quebrada de Exemplo, 2700 m.\n"
        "K. Muster 667",
        "Jujuy",
        "Depto. Tilcara",
    ),
    (
        "Flora of Costa Rica\nProv. San José: Cantón Dota, near Sampleton, 1900 m.\nA. Exemplo 5",
        "San José",
        "Cantón Dota",
    ),
]


BELOW.append(
    (
        "Plants of Peru\nDpto. Junín, Provincia de Tarma: near Palca, 2800 m.\nK. Muster 4567",
        "Junín",
        "Provincia de Tarma",
    )
)


# below a Mexican state and a Soviet region (the unit below as printed)
BELOW += [
    (
        "PLANTS OF MEXICO\nEdo. Oaxaca, Distr. Exampla: 12 km N of Muestra, 2100 m.\n"
        "K. Muster 4521\n14 Oct 1965",
        "Oaxaca",
        "Distr. Exampla",
    ),
    (
        "Plantas de Mexico\nChiapas, Distrito Muestra: selva alta.\nJ. Beispiel 812\n3 mar 1972",
        "Chiapas",
        "Distrito Muestra",
    ),
    (
        "HERBARIO NACIONAL DE VENEZUELA\nEstado de Merida, Distrito Exampla: 2500 m.\n"
        "J. Beispiel 456\n3 feb 1959",
        "Merida",
        "Distrito Exampla",
    ),
    (
        "Ленинградская обл., Лужский р-н, окр. дер. Примерово, опушка.\n23 июня 1935\n"
        "собрал А. Образцов",
        "Ленинградская обл.",
        "Лужский р-н",
    ),
    (
        "Тверская губ., Старицкий уезд, с. Примерное, луг.\n5 августа 1912",
        "Тверская губ.",
        "Старицкий уезд",
    ),
]


@pytest.mark.parametrize(("text", "state", "county"), BELOW)
def test_unit_below_state_is_county(text: str, state: str, county: str) -> None:
    got = fields(text)
    assert got["stateProvince"].value == state
    assert got["county"].value == county


# no unit below: a municipality's word (its own field), the state's own kind, a place's name
NOT_BELOW = [
    "Plants of Colombia\nDpto. Antioquia: Mpio. Sampleton, 2100 m.\nA. Exemplo 4567",
    "Plants of Peru\nDept. Loreto, Dept. Sampleton, 120 m.\nK. Muster 34567",
    "Flora of Ecuador\nProv. Napo: along road between Baeza and Tena, 1800 m.\nK. Muster 2345",
]


# no county: a US state's name before a comma and a district's word; a Soviet region followed by
# a place in lower case or without a district's word
NOT_BELOW += [
    "Texas, Distr. of Exampla\nK. Muster 12\n3 May 1950",
    "Ленинградская обл., окр. дер. Примерово, опушка.\n23 июня 1935",
    "Ленинградская обл., Примерово, опушка.\n23 июня 1935",
]


@pytest.mark.parametrize("text", NOT_BELOW)
def test_no_unit_below(text: str) -> None:
    assert "county" not in fields(text)


# (label, date): a numeric date read day first where the specimen's labels write a language that
# does (no country read)
DAY_FIRST = [
    ("Herbarium Hamburgense\nFlora von Exampla\n12-6-1931 leg. K. Muster", "1931-06-12"),
    ("Exampelheide bij Sampleton\nleg. K. Muster 12-6-1931", "1931-06-12"),
    ("Sampleton, près de l'église\n4/5/1902 K. Muster", "1902-05-04"),
]


@pytest.mark.parametrize(("text", "date"), DAY_FIRST)
def test_day_first_by_language(text: str, date: str) -> None:
    got = fields(text)["eventDate"]
    assert got.value == date
    assert "ambiguous_day_month" in got.flags
    assert got.confidence < 0.9


# an American sheet keeps the month first, "Datum" of a geodetic datum is English
MONTH_FIRST = [
    (
        "PLANTS OF EXAMPLA COUNTY, KANSAS\nPrairie near Sampleton.\nK. Muster 123   6-7-1931",
        "1931-06-07",
    ),
    (
        "Plants of Texas\nExampla Co.: 5 mi S of Sampleton, Datum: NAD27\nK. Muster 12   6/4/1990",
        "1990-06-04",
    ),
]


@pytest.mark.parametrize(("text", "date"), MONTH_FIRST)
def test_month_first_kept(text: str, date: str) -> None:
    assert fields(text)["eventDate"].value == date


# a stamp's date under its accession's or photograph's line is never the collection date
STAMPED = [
    "FIELD MUSEUM OF NATURAL HISTORY\nFlora of Guatemala\nDept. Quiché: Sampleton, 2000 m.\n"
    "K. Muster 2231\n\nFIELD MUSEUM OF NATURAL HISTORY\nAcc. No. 812345\nMAR 3 1955",
    "Field Museum Neg. No. 23456\n1931\n\nExampla minor Muster\nColombia: Sampleton",
    "Photographed in Berlin, 1930\n\nExampla minor Muster\nColombia: Sampleton",
]


@pytest.mark.parametrize("text", STAMPED)
def test_stamp_date_not_collection(text: str) -> None:
    assert "eventDate" not in fields(text)


# the collection date beside a stamp's is still read
def test_collection_date_beside_stamp() -> None:
    text = (
        "FIELD MUSEUM OF NATURAL HISTORY\nFlora of Honduras\nSampleton valley, 800 m.\n"
        "K. Muster 4455   7 Jan 1949\n\nAcc. No. 1234567\nPhotographed 1955"
    )
    assert fields(text)["eventDate"].value == "1949-01-07"


# (label, verbatim, metres): an approximate elevation opening its line as its own item
ABOUT = [
    (
        "Plants of Guatemala\nabout 800 m., Sampleton\nK. Muster 12  4 May 1960",
        "about 800 m.",
        "800",
    ),
    ("Plants of Honduras\nc. 1,200 m; Sampleton\nK. Muster 12  4 May 1960", "c. 1,200 m", "1200"),
]


@pytest.mark.parametrize(("text", "verbatim", "metres"), ABOUT)
def test_about_elevation_item(text: str, verbatim: str, metres: str) -> None:
    got = fields(text)
    assert got["verbatimElevation"].value == verbatim
    assert got["minimumElevationInMeters"].value == metres


# outside Spanish America a canton or a district after a department is no county
def test_no_unit_below_in_france() -> None:
    got = fields(
        "Flore de France\nDépt. du Var, Canton de Sampleton: garrigue\nleg. K. Muster 1950"
    )
    assert "county" not in got


# a bare number under the name of an institution whose barcodes end in its code (the Field
# Museum, also under its former name) or under a former name of one with a known shape fits no
# barcode: doubted
BARE_UNDER_NAME = [
    "CHICAGO NATURAL HISTORY MUSEUM\nFlora of Venezuela\nEdo. Mérida: Sampleton\n"
    "A. Exemplo 8890  3 Feb 1952\n\n61234567",
    "FIELD MUSEUM OF NATURAL HISTORY\nFlora of Peru\nSampleton\nK. Muster 1  3 Feb 1952\n\n1234567",
    "BRITISH MUSEUM (NATURAL HISTORY)\nFlora of Iraq\nK. Muster 123  12.4.1957\n804000765432",
]


@pytest.mark.parametrize("text", BARE_UNDER_NAME)
def test_bare_number_under_named_institution_doubted(text: str) -> None:
    got = fields(text)["catalogNumber"]
    assert got.confidence < 0.9
    assert "unsure_reading" in got.flags


def test_field_museum_barcode_beside_bare_number() -> None:
    text = (
        "FIELD MUSEUM OF NATURAL HISTORY\nFlora of Peru\nSampleton\nK. Muster 1  3 Feb 1952\n\n"
        "V0123456F\n\n1234567"
    )
    got = fields(text)["catalogNumber"]
    assert got.value == "V0123456F"
    assert got.confidence >= 0.9


# v.c. 97 Westerness takes in North Argyll as well as West Inverness-shire: no county of its own
def test_westerness_names_no_county() -> None:
    got = fields(
        "HERB. MUS. BRIT.\nv.c. 97 Westerness: Sampleton, NM 12 34\nK. Muster  12 June 1965"
    )
    assert "county" not in got
    assert got["countryCode"].value == "GB"


# a field note's "photographed" inside its line is no photograph's stamp: its date is the
# collection's
def test_photographed_in_field_note() -> None:
    text = "Flora of Peru\nShrub 2 m, photographed. Sampleton, 12 May 1950\nK. Muster 12"
    assert fields(text)["eventDate"].value == "1950-05-12"


# a former owner's label goes on with the specimen's data: its date is the collection's
def test_date_under_former_owner() -> None:
    text = "Exampla minor Muster\n\nEx Herb. J. Beispiel\n12 June 1890\nSampleton, Exampleshire"
    assert fields(text)["eventDate"].value == "1890-06-12"


# a line naming who sent the specimen, with no stamp's number, is followed by the gathering's date
@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Yorks. Sampleby, parish of Exampleton\nCommunicated by J. Beispiel\nMay 1899", "1899-05"),
        ("Sampleton Fen, ditch side\nCommunicated by J. Beispiel\n6 June 1930", "1930-06-06"),
    ],
)
def test_date_under_sender_is_collection(text: str, date: str) -> None:
    assert fields(text)["eventDate"].value == date
