"""Places, dates and numbers on whole sheets: the unit below a Mexican state ("Edo.
Oaxaca, Distr. Exampla") and below a Soviet region ("Ленинградская обл., Лужский р-н") is the
county; a national herbarium's header names a typed state's country and leaves its county; a
Soviet republic's abbreviated names give today's country; a Finnish province's abbreviation
before a colon ("Ta: Exampla") gives the province and Finland; Latvian, Lithuanian and Russian
dates with abbreviated months or the year first; the Field Museum's stamped number ("F 1234567")
under its name, doubted; a date on a type's photograph or annotation is the type's. Invented
strings in the shapes labels use."""

from __future__ import annotations

import pytest

from pipelines.fields.dates import find_dates
from tests.pipelines.fields.parsed import fields

# a Soviet republic's abbreviated or foreign name: today's country
SSR = [
    ("Flora of Latv. SSR\nRigas raj., near Exampla, pine forest.\n12.VII.1958", "LV"),
    ("Flora of BSSR\nnear Exampla, bog.\n2.VIII.1949", "BY"),
    ("Lietuvos TSR, Exampla raj., prie upės\n1965.V.20", "LT"),
    ("Estnische SSR: bei Exampla, Wiese\n12.VI.1960", "EE"),
    ("Ukr. SSR, near Exampla, steppe\n12.VI.1960", "UA"),
]


@pytest.mark.parametrize(("text", "code"), SSR)
def test_soviet_republic_names_todays_country(text: str, code: str) -> None:
    assert fields(text)["countryCode"].value == code


# a Finnish province's abbreviation before a colon at a line's start
PROVINCE = [
    (
        "PLANTAE FENNICAE\nTa: Exampla, Muurikkala, lehto.\n12. VII. 1935\nleg. K. Muster",
        "FI",
        "Tavastia australis",
        True,
    ),
    ("HERB. MUS. FENN.\nAb: Turku, Exampla, kallio.\n14. VI. 1950", "FI", "Regio aboensis", True),
    # nothing else says Finnish: judged, below 0.9
    ("Kb: Exampla, Esimerkkivaara.\n1.VIII.1898\nleg. K. Muster", "FI", "Karelia borealis", False),
]


@pytest.mark.parametrize(("text", "code", "province", "sure"), PROVINCE)
def test_finnish_province_abbreviation(text: str, code: str, province: str, sure: bool) -> None:
    got = fields(text)
    assert got["countryCode"].value == code
    assert got["stateProvince"].value == province
    if not sure:
        assert got["country"].confidence < 0.9
        assert "country_judged" in got["country"].flags


# two capitals and a colon that are no province's abbreviation, or no place after them
NOT_PROVINCE = [
    "Ex: Exampla, near Muestra\n12 May 1950",
    "N: 60 12\nExampla\n12 May 1950",
    "ta: Exampla, near Muestra\n12 May 1950",
]


@pytest.mark.parametrize("text", NOT_PROVINCE)
def test_no_province_abbreviation(text: str) -> None:
    assert fields(text).get("stateProvince") is None


DATES = [
    ("1957. g. 14. jūl.", "1957-07-14"),
    ("14. jūl. 1957", "1957-07-14"),
    ("12. liep. 1935", "1935-07-12"),
    ("1948 г. 25 мая", "1948-05-25"),
    ("12 мая 1935 г.", "1935-05-12"),
    ("3 elok 1960", "1960-08-03"),
    ("12 heinäk. 1948", "1948-07-12"),
    ("12 marts 1935", "1935-03-12"),
]


@pytest.mark.parametrize(("text", "iso"), DATES)
def test_baltic_and_russian_dates(text: str, iso: str) -> None:
    assert [d.iso for d in find_dates(text)] == [iso]


# the Field Museum's stamped number under its name: read, but which of its numbers is the
# catalogue number (its barcode, "V0123456F") is a doubt; with the barcode, the barcode
def test_field_museum_stamped_number_is_doubted() -> None:
    got = fields(
        "FIELD MUSEUM OF NATURAL HISTORY\nF 1234567\n\nPLANTS OF PERU\nExampla, 2800 m.\n"
        "K. Muster 12\n3 May 1950"
    )["catalogNumber"]
    assert got.value == "F 1234567"
    assert got.confidence < 0.9
    both = fields(
        "FIELD MUSEUM OF NATURAL HISTORY\nF 1234567\n\nV0123456F\n\nPLANTS OF PERU\n"
        "Exampla, 2800 m.\nK. Muster 12\n3 May 1950"
    )["catalogNumber"]
    assert both.value == "V0123456F"


def test_lone_letter_number_is_no_catalogue_number() -> None:
    got = fields("PLANTS OF PERU\nExampla, 2800 m.\nK. Muster 12\n3 May 1950\n\nF 1234567")
    assert "catalogNumber" not in got


# a date on a type's photograph or annotation is the type's: another date wins, and alone it is
# no sure collection date
TYPE_COPY = [
    (
        "Photograph of holotype (B)\nExampla grandis Muster\nColl. K. Muster 123, 12 Mar 1890\n"
        "Neg. No. 4567",
        None,
    ),
    ("TYPE PHOTOGRAPH\nExampla minor Beispiel\nPeru: Exampla, 1890\n\nK000222333", None),
    (
        "Holotype of Exampla ornata Muster, coll. 1890\n\nKenya: Exampla Hills.\nK. Muster s.n.",
        None,
    ),
    (
        "HOLOTYPE of Exampla rubra Muster (1891)\ncoll. 1888\n\nMadagascar: Exampla.\nBaron 1234\n1887",
        "1887",
    ),
]


@pytest.mark.parametrize(("text", "iso"), TYPE_COPY)
def test_type_copy_date_is_the_types(text: str, iso: str | None) -> None:
    got = fields(text).get("eventDate")
    if iso is None:
        assert got is None or got.confidence < 0.8
    else:
        assert got is not None and got.value == iso


# a type label that is the specimen's own keeps its date
def test_type_label_keeps_its_date() -> None:
    got = fields("SYNTYPE\nExampla alba Muster\nIndia, Exampla hills\nK. Muster s.n.\nOct. 1875")
    assert got["eventDate"].value == "1875-10"


# a Soviet region printed in Latin letters with its type word first, in lower case, and its
# district after it
def test_region_type_word_first_in_lower_case() -> None:
    got = fields("obl. Moskovskaja, distr. Dmitrov, prope Exampla\n15.VII.1930")
    assert got["countryCode"].value == "RU"
    assert got["stateProvince"].value == "obl. Moskovskaja"
    assert got["county"].value == "distr. Dmitrov"
    got = fields("Moskovskaja obl., Dmitrovskij r-n, prope Exampla\n15.VII.1930")
    assert got["county"].value == "Dmitrovskij r-n"


def test_lower_case_word_is_no_region() -> None:
    assert "stateProvince" not in fields("gub. Exampla, near the river\n15.VII.1930")


# the Field Museum's short name on its stamp names it as its full name does: its stamped number
# is read but doubted, a bare number under it is at most its accession number
def test_field_museum_short_name() -> None:
    base = "\n\nPLANTS OF PERU\nExampla, 2800 m.\nK. Muster 12\n3 May 1950"
    got = fields("FIELD MUSEUM\nBOTANY\nF 1234567" + base)["catalogNumber"]
    assert (got.value, got.confidence < 0.9) == ("F 1234567", True)
    assert fields("FIELD MUSEUM\n1234567" + base)["catalogNumber"].confidence < 0.9


# a habitat's "Type of ..." opens no type's annotation
def test_type_of_habitat_keeps_the_date() -> None:
    got = fields("Type of vegetation: pine forest\nExampla, 300 m.\nK. Muster 12\n12 May 1950")
    assert got["eventDate"].value == "1950-05-12"
    assert got["eventDate"].confidence >= 0.9


# a Soviet region named after its town in Latin letters, its type word after or before it
TOWN_REGION = [
    ("Leningrad Region, Luga distr., near Exampla.\n12.VI.1970", "RU", "Leningrad Region"),
    ("Flora of BSSR\nMinsk obl., Exampla raion, bog.\n2.VIII.1949", "BY", "Minsk obl."),
    ("Gub. Jaroslavl, distr. Exampla, ad pag. Muestra.\n12 Jun. 1899", "RU", "Gub. Jaroslavl"),
    ("Ukraine, Kiev obl., Exampla raion\n12.VI.1988", "UA", "Kiev obl."),
]


@pytest.mark.parametrize(("text", "code", "state"), TOWN_REGION)
def test_region_named_after_its_town(text: str, code: str, state: str) -> None:
    got = fields(text)
    assert got["countryCode"].value == code
    assert got["stateProvince"].value == state


def test_town_without_type_word_is_no_region() -> None:
    got = fields("Moscow, Idaho\nLatah Co.\n12 May 1950")
    assert got["countryCode"].value == "US"
    assert got["stateProvince"].value == "Idaho"


# the state of México is named with its type word; "México" alone stays the country
MEXICO_STATE = [
    ("MEXICO: Estado de Mexico, Exampla, 2600 m\nK. Muster 12\n12 May 1970", "Estado de Mexico"),
    ("ESTADO DE MEXICO: DISTR. EXAMPLA\nK. Muster 12\n12 May 1970", "ESTADO DE MEXICO"),
    ("MEXICO. Edo. Méx., Exampla\nK. Muster 12\n12 May 1970", "Estado de México"),
]


@pytest.mark.parametrize(("text", "state"), MEXICO_STATE)
def test_state_of_mexico(text: str, state: str) -> None:
    got = fields(text)
    assert got["countryCode"].value == "MX"
    assert got["stateProvince"].value == state


def test_mexico_alone_is_the_country() -> None:
    got = fields("Mexico: Oaxaca, Exampla\nK. Muster 12\n12 May 1970")
    assert got["stateProvince"].value == "Oaxaca"
