"""Dates that are never the collection date (an acquisition's, a printer's), the layouts and cues
that tell the collection date, and the doubt several competing dates leave. Invented strings in
the shapes labels use."""

from __future__ import annotations

import pytest

from pipelines.confidence import DOUBTS
from pipelines.fields import extract_fields, labels_from_text
from pipelines.fields.curatorial_dates import curatorial_line, never_collection
from pipelines.fields.dates import find_dates
from pipelines.fields.roles import Role, label_role
from pipelines.fields.text import make_labels


def _event(text: str) -> str | None:
    got = extract_fields(labels_from_text(text)).get("eventDate")
    return None if got is None else got.value


@pytest.mark.parametrize(
    "line",
    [
        "Reçu le 3 mars 1950",
        "Reçu en 1991.",
        "RECU LE 3 MARS 1950",
        "Entré le 12 juin 1932",
        "donné par Mme K. Muster, sa nièce, en 1911.",
        "Don du Musée d'Exempleville reçu le 14 octobre 1981",
        "acquis en Février 1879.",
        "RECEIVED Mar., 1879.",
        "Recd. from A. Person 1890",
        "Presented by A. Person, 1890",
        "Purchased 1902",
        "Herb. acquired 1902",
        "Ex herb. K. Muster 1880",
        "acc. 1996",
        "Exchange from the Herbarium of Exempleton, 1950",
        "erhalten 1910",
        "Geschenk von K. Muster 1905",
        "geschenkt 1905",
        "ontvangen 12.3.1921",
        "Schenking van P. Voorbeeld 1930",
        "PRÊT Nº 12",
        "Erhållen 1899",
        "Lahjoitus 1925",
        "Получено 1910",
        "Recibido el 3 de mayo de 1950",
        "DEPOSITED 1948 IN THE X HERBARIUM",
        "Distributed by the Exempla Herbarium, 1905",
        "Envoi du Muséum d'Exempleville, 1950",
        "Erworben 1920",
        "Zugang 1950",
        "Aanwinst 1931",
        "Vahetus 1930",
        "Обмен 1930",
        "Govt. Press 5/1921 2000",
        "G.P.-S. 1234—25/4/34—10,000",
        "A.B. 12 – 3.1934 – 5 . 000",
        "Wt. 12345/678 5M 3/37",
    ],
)
def test_acquisition_and_imprint_lines_are_curatorial(line: str) -> None:
    assert curatorial_line(line)
    data = "Exempleville\n12.6.1901\nleg. K. Muster"
    assert _event(f"{data}\n\n{line}") == "1901-06-12"


@pytest.mark.parametrize(
    "line",
    [
        "Entre le pont et la route, 3.5.1950",  # "entre": between
        "Entrée de la grotte, 3.5.1950",  # a cave's entrance
        "legs and antennae broken",
        "Don Muster 1950",  # a title, not a gift
        "Leg. K. Muster 12.5.1905",
        "Collected 12th June 1898",
        "Presidio, 3.5.1950",
        "Dat. 14.3.1968 No. 123 — 1200 m",
        "No. 12 — 3.5.1950 — 1,200 m",  # a number, a date and a height
        "Km 12 - 3.5 - 1,200 ft",
    ],
)
def test_what_is_no_acquisition_nor_imprint(line: str) -> None:
    assert not curatorial_line(line)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Reçu le 3 mars 1950", "3 mars 1950"),
        ("Herbier K. Muster, reçu le 3 mars 1950", "3 mars 1950"),
        ("G.P.-S. 1234—25/4/34—10,000", "25/4/34"),
    ],
)
def test_never_the_collection_date(text: str, date: str) -> None:
    start = text.index(date)
    assert never_collection(text, 0, start, start + len(date))


def test_a_date_before_the_cue_is_not_the_acquisition_s() -> None:
    text = "12.5.1905 leg. K. Muster, erhalten 1910"
    assert not never_collection(text, 0, 0, 9)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Herbier de K. Muster\nReçu le 3 mars 1962, de l'Institut d'Exempleville",
            Role.curatorial,
        ),
        ("Herbier de A. Person\ndonné par Mme B. Person en 1907.", Role.curatorial),
        ("Herbier du Dr K. Muster,\nacquis en Février 1879.", Role.curatorial),
        ("Entre le pont et la route\n3.5.1950", Role.data),
        # a collector and his year in a heading's parentheses: the specimen's own data
        ("Herbier du Brésil (Mr Muster 1840)\nSerra Exemplar", Role.data),
    ],
)
def test_roles(text: str, role: Role) -> None:
    (label,) = make_labels(labels_from_text(text))
    assert label_role(label) is role


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # a Roman month and a year, a slash or a dash between, in any case
        ("leg. R. Muster XI/1954", "1954-11"),
        ("leg. R. Muster XI.1954", "1954-11"),
        ("leg. R. Muster xi-1954", "1954-11"),
        ("X/1954", "1954-10"),
        # British ordinal days, "of" before the month
        ("21st of May 1888", "1888-05-21"),
        ("Collected 12th June 1898", "1898-06-12"),
        ("Date: 3rd Sept. 1898", "1898-09-03"),
        ("June 12th, 1898", "1898-06-12"),
    ],
)
def test_layouts(text: str, iso: str) -> None:
    assert find_dates(text)[0].iso == iso


@pytest.mark.parametrize(
    ("text", "isos"),
    [
        ("Vol. II/1954", ["1954"]),  # a volume and its year
        ("Fl. Exempl. XI/1954", ["1954"]),
    ],
)
def test_what_the_layouts_do_not_take(text: str, isos: list[str]) -> None:
    assert [d.iso for d in find_dates(text)] == isos


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # a printer's date with its day is no rival to a keyed month
        (
            "G.P.-S. 1234—25/4/34—10,000\nNATIONAL HERBARIUM, EXEMPLETON\nRegio Exempla\n\n"
            "Anno May 1938\nLegit K. Muster",
            "1938-05",
        ),
        # a collector's year in a heading's parentheses
        ("No 42\nHerbier du Brésil (Mr Muster 1840)\nSerra Exemplar", "1840"),
        # a date keyed by a collecting word before an unkeyed one elsewhere
        ("Exempleville\nleg. K. Muster, 1854-5\n\nNo. 702\n\n(2008)", "1854/1855"),
        # an acquisition's date is no collection date, even beside an institution's name
        ("Don du Musée d'Exempleville reçu le 14 octobre 1981\n\nMr. Muster 1863.", "1863"),
    ],
)
def test_collection_date_on_a_sheet(text: str, iso: str) -> None:
    assert _event(text) == iso


@pytest.mark.parametrize(
    "text",
    [
        "Herbier de M. K. Muster\nReçu le 3 mars 1950",
        "Herbier du Dr K. Muster,\nacquis en Février 1879.",
        "Exempla\nA. Person\nRECEIVED Mar., 1879.",
        "Herbier de A. Person\ndonné par Mme B. Person, sa fille, en 1907.",
    ],
)
def test_no_collection_date_from_an_acquisition(text: str) -> None:
    assert _event(text) is None


def test_several_specimens_dates_are_a_doubt() -> None:
    text = "Musterberg\n30.7.1979\nrochers\nExempleton\n3.8.1978\nleg. K. Muster"
    got = extract_fields(labels_from_text(text))["eventDate"]
    assert "several_dates" in got.flags
    assert "several_dates" in DOUBTS


def test_a_keyed_date_over_an_unkeyed_one_is_no_doubt() -> None:
    text = "Exempleville\nDat. 14.10.1957\nleg. K. Muster\n\nAus bus\n5.5.1958"
    got = extract_fields(labels_from_text(text))["eventDate"]
    assert got.value == "1957-10-14"
    assert "several_dates" not in got.flags


def test_agreeing_dates_are_no_doubt() -> None:
    text = "Exempleville\n12.XI.1954\nleg. K. Muster\n\nXI/1954"
    got = extract_fields(labels_from_text(text))["eventDate"]
    assert got.value == "1954-11-12"
    assert "several_dates" not in got.flags


def test_two_collectors_labels_with_other_years_are_a_doubt() -> None:
    # two specimens' labels on one sheet, a collecting key before one year only
    text = (
        "FLORA EXEMPLA.\nColl. Dr. K. Muster, 1886.\nNo. 613\n\n"
        "Aus bus L.\nColl. A. PERSON,\nB. PERSON 1878\n\nDEPOSITED 1948 IN THE X HERBARIUM"
    )
    got = extract_fields(labels_from_text(text))["eventDate"]
    assert got.value == "1886"
    assert "several_dates" in got.flags


def test_a_deposit_s_year_is_no_collection_date() -> None:
    text = "Exempleville\nleg. K. Muster\n\nHERBARIUM OF X\nDEPOSITED 1948\nIN THE Y HERBARIUM"
    assert _event(text) is None


def test_a_date_under_a_determiner_s_affiliation_is_the_determination_s() -> None:
    text = (
        "Exempleville\nleg. K. Muster\ndd. 15 Nov. 1963\n\n"
        "Aus bus L.\nDet. A. Person\nUniversity of Exempla\n7.4.1981"
    )
    got = extract_fields(labels_from_text(text))
    assert got["eventDate"].value == "1963-11-15"
    assert "several_dates" not in got["eventDate"].flags
    assert got["dateIdentified"].value == "1981-04-07"


def test_a_collector_s_year_beside_another_year_is_a_doubt() -> None:
    text = "FLORA EXEMPLA.\nColl. Dr. K. Muster, 1886.\n\nAus bus L.\n\n1878."
    got = extract_fields(labels_from_text(text))["eventDate"]
    assert got.value == "1886"
    assert "several_dates" in got.flags
