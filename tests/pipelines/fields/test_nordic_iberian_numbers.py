"""Nordic and Iberian shapes outside the dates: Uppsala's and Madrid's catalogue
numbers, Sweden's provinces (landskap) and Norway's counties before 2020. Invented strings."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import field, reading


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Herbario RJB Madrid\nMA-01-00123456\nHispania: Villaejemplo", "MA-01-00123456"),
        ("REAL JARDÍN BOTÁNICO MADRID\nMA 612345", "MA 612345"),
        ("Herbarium Upsaliense\nUPS V-123456\nUpl. Exempel sn", "UPS V-123456"),
        ("UPS V-1234567\nleg. K. Muster", "UPS V-1234567"),
    ],
)
def test_catalogue_number(text: str, number: str) -> None:
    got = reading(text, "catalogNumber")
    assert got is not None and got[0] == number and got[1] >= 0.9


@pytest.mark.parametrize("text", ["MA 1234\nleg. J. Ejemplo", "UPS 123456\nleg. K. Muster"])
def test_not_a_sure_catalogue_number(text: str) -> None:
    got = reading(text, "catalogNumber")
    assert got is None or got[1] < 0.9


@pytest.mark.parametrize(
    ("text", "country", "province"),
    [
        ("Sverige, Uppland, Exempel socken\njuli 1935\nleg. K. Muster", "Sweden", "Uppland"),
        ("Flora Suecica\nSmolandia, par. Exempel\n1890", "Sweden", "Småland"),
        ("Medelpad: Exempelby sn, vid sjön", "Sweden", "Medelpad"),
        ("Norge, Akershus: Eksempel, ved Prøvevann", "Norway", "Akershus"),
        ("Norge, Hordaland: Eksempelvik\nAug. 1935", "Norway", "Hordaland"),
        ("Norway, Sogn og Fjordane: Eksempeldal", "Norway", "Sogn og Fjordane"),
    ],
)
def test_province(text: str, country: str, province: str) -> None:
    c, s = field(text, "country"), field(text, "stateProvince")
    assert c is not None and c.value == country
    assert s is not None and s.value == province


def test_norwegian_county_not_taken_on_a_swedish_sheet() -> None:
    s = field("Sverige, Uppland: Exempel sn\nleg. K. Troms", "stateProvince")
    assert s is not None and s.value == "Uppland"


@pytest.mark.parametrize(
    ("text", "country", "historical"),
    [
        ("Urundi: Exempleville\n12-III-1958\nleg. J. Exemple", "Burundi", True),
        ("Timor Português: Exemplo\n1953\nleg. A. Exemplo", "Timor-Leste", True),
        ("Estado da Índia, Goa\n12 de Dezembro de 1950", "India", True),
        ("São Tomé, Exemplo\n5 de Março de 1932", "Sao Tome and Principe", False),
        ("São Tomé e Príncipe: Roça Exemplo", "Sao Tome and Principe", False),
        ("Côte des Somalis: Exempleville\n3 janv. 1910", "Djibouti", True),
        ("Sahara Español: Exemplo\n12-VII-1935", "Western Sahara", True),
        ("Río Muni: Exemplo\n12-VII-1935", "Equatorial Guinea", True),
        ("Podkarpatská Rus, Exempleves\n12.VII.1935", "Ukraine", True),
    ],
)
def test_colony(text: str, country: str, historical: bool) -> None:
    got = field(text, "country")
    assert got is not None and got.value == country
    assert ("historical_name" in got.flags) == historical


def test_ruanda_urundi_names_no_one_country() -> None:
    assert field("Ruanda-Urundi: Exempleville\n12.VII.1953", "country") is None


def test_two_numbers_of_a_code_without_shapes_are_a_doubt() -> None:
    got = reading("LISU 123456\nLISU 654321\nleg. A. Exemplo", "catalogNumber")
    assert got is not None and got[1] < 0.9 and "several_catalog_numbers" in got[2]
    got = reading("LISU 123456\nHerb. LISU\nLISU 123456", "catalogNumber")
    assert got is not None and got[0] == "LISU 123456" and got[1] >= 0.9


@pytest.mark.parametrize(
    ("text", "province"),
    [
        (
            "Plantes de France\nDépart. de la Drôme, près de Sampleville\nMai 1890",
            "Drôme",
        ),
        ("France: Dép. Gard, Exempleville", "Gard"),
        ("Norge, Akershus fylke: Eksempel", "Akershus"),
    ],
)
def test_typed_province(text: str, province: str) -> None:
    got = field(text, "stateProvince")
    assert got is not None and got.value == province
