"""Digitisation stamps in the labels' other languages, on invented sheets: the stamp's word alone
with its year or its day ("Digitaliseeritud 2015", "Skannattu 2016", "Zdigitalizowano 2015") is
curatorial, and its year never the collection date nor its word the locality."""

from __future__ import annotations

import pytest

from pipelines.fields.roles import Role
from tests.pipelines.fields.parsed import role_of, values

_STAMPS = [
    "Digitaliseeritud 2015",
    "Skaneeritud 12.03.2014",
    "Digitalisoitu 2017",
    "Skannattu 2016",
    "Skannad 2012",
    "Digitaliseret 2018",
    "Digitalisert 2019",
    "Zdigitalizowano 2015",
    "Digitalizováno 2016",
    "Digitalizálva 2013",
    "Digitalizēts 2014",
    "Skaitmeninta 2015",
    "Оцифровано 2016",
    "Scansionato 2011",
    "Escaneado 2010",
    "Scanné le 4/5/2013",
    "DIGITALISEERITUD 2015",
]


@pytest.mark.parametrize("stamp", _STAMPS)
def test_a_digitisation_stamp_in_another_language_is_curatorial(stamp: str) -> None:
    assert role_of(stamp) is Role.curatorial


@pytest.mark.parametrize(
    ("stamp", "place", "year"),
    [
        ("Digitaliseeritud 2015", "Musterküla, niit", "1931"),
        ("Skannattu 2016", "Esimerkki, niitty", "1904"),
        ("Zdigitalizowano 2014", "Przykladowo", "1958"),
        ("Digitaliseret 2018", "Eksempelby", "1899"),
    ],
)
def test_the_stamps_year_and_word_are_no_specimens(stamp: str, place: str, year: str) -> None:
    got = values(f"{stamp}\n\nExampla ornata L.\n{place}\n{year}\nleg. A. Exempel")
    assert got["eventDate"] == year
    assert got.get("verbatimLocality") != stamp.split()[0]


@pytest.mark.parametrize("text", ["Skannattu", "Skannad", "Escaneado"])
def test_a_scanning_word_heads_its_stamp_only(text: str) -> None:
    # the scanning words that are everyday words are read heading their line only
    assert role_of(f"Exampla ornata L.\nSampleton, {text.lower()} sand\n1931\nleg. K. Muster") is (
        Role.data
    )


@pytest.mark.parametrize(
    "stamp",
    [
        "Wypożyczono 1980",
        "Zapůjčeno 1975",
        "Laenutatud 1969",
        "Udlånt 1985",
        "Utlånt 1986",
        "Prestito 1990",
        "In prestito a Herb. Esempio 1990",
        "Emprestado 1977",
        "Kölcsönözve 1982",
    ],
)
def test_a_loan_note_in_another_language_is_curatorial(stamp: str) -> None:
    assert role_of(stamp) is Role.curatorial
    got = values(f"Exampla ornata L.\nSampleton, wood\nleg. A. Exempel 1931\n\n{stamp}")
    assert got["eventDate"] == "1931"
    assert got.get("verbatimLocality") != stamp


@pytest.mark.parametrize(
    ("head", "stamp"),
    [
        ("ГЕРБАРИЙ ПРИМЕРСКОГО УНИВЕРСИТЕТА", "Инв. № 12345\n1958"),
        ("Гербарий Примерского института", "Инвентарный номер 4567"),
        ("NÄIDISE ÜLIKOOLI HERBAARIUM", "Inv. nr. 4567"),
        ("HERBARIUM UNIVERSITATIS SAMPLENSIS", "Inv. 23456"),
    ],
)
def test_an_inventory_number_under_a_herbariums_name_is_no_field_number(
    head: str, stamp: str
) -> None:
    assert role_of(f"{head}\n{stamp}") is Role.curatorial
    got = values(
        f"Exampla ornata L.\nSampleton, meadow\n12.VI.1931\nleg. A. Exempel\n\n{head}\n{stamp}"
    )
    assert "recordNumber" not in got
    assert got["eventDate"] == "1931-06-12"


@pytest.mark.parametrize(
    "stamp",
    [
        "Saņemts 12.03.1958",
        "Gauta 1958",
        "Поступил 12.III.1958",
        "Надійшло 12.III.1958",
        "Vastaanotettu 1958",
        "Mottagen 1958",
        "Mottatt 1958",
        "Eingelangt 12.3.1958",
        "Obdrženo 1958",
        "Otrzymano 1958",
        "Beérkezett 1958",
    ],
)
def test_a_receipt_stamp_in_another_language_is_curatorial(stamp: str) -> None:
    assert role_of(stamp) is Role.curatorial
    got = values(f"Exampla ornata L.\nSampleton, wood\nleg. A. Exempel 1931\n\n{stamp}")
    assert got["eventDate"] == "1931"
