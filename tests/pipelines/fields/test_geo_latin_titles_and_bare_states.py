"""Geography: Latin titles naming the country with an adjective or a genitive ("Plantae
Peruvianae", "Flora Fennica", "Lichenes Brasilienses", "Iter Hispanicum"), never the same word as
a scientific epithet ("Exampla peruviana"); a title naming a land wider than one country
("Plantae Africanae") names none. Invented strings in the shapes labels use."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import reading, value

_DATA = "\nExampla ornata Muster\nSampleton, in collibus\nleg. K. Muster 123\n12 Mai 1925"

TITLES = [
    ("PLANTAE PERUVIANAE", "Peru"),
    ("Flora Fennica", "Finland"),
    ("PLANTAE CHINENSES", "China"),
    ("Flora Japonica", "Japan"),
    ("LICHENES BRASILIENSES", "Brazil"),
    ("FLORA HISPANICA", "Spain"),
    ("Flora Italica exsiccata", "Italy"),
    ("FLORA HELVETICA", "Switzerland"),
    ("Plantae Suecicae", "Sweden"),
    ("Flora Danica", "Denmark"),
    ("Musci Fennici", "Finland"),
    ("ITER HISPANICUM 1880", "Spain"),
    ("Flora exsiccata Bavarica", "Germany"),
    ("Flora Sicula", "Italy"),
    ("Plantae Mexicanae", "Mexico"),
    ("Flora Hispaniae", "Spain"),
]


@pytest.mark.parametrize(("title", "country"), TITLES)
def test_latin_title_names_the_country(title: str, country: str) -> None:
    assert value(title + _DATA, "country") == country


JUDGED = ["FLORA GERMANICA", "Flora Austriaca", "Flora Rossica"]


@pytest.mark.parametrize("title", JUDGED)
def test_title_of_a_larger_land_is_a_doubt(title: str) -> None:
    got = reading(title + _DATA, "country")
    assert got is not None and got[1] < 0.9 and "country_judged" in got[2]


def test_title_of_an_island_gives_its_province() -> None:
    text = "PLANTAE JAVANICAE" + _DATA
    assert (value(text, "country"), value(text, "stateProvince")) == ("Indonesia", "Java")


NONE = [
    "PLANTAE AFRICANAE",
    "Plantae Indiae orientalis",
    "Flora exsiccata Austro-Hungarica",
    "Flora Orientalis",
]


@pytest.mark.parametrize("title", NONE)
def test_title_of_a_wider_land_names_no_country(title: str) -> None:
    assert value(title + _DATA, "country") is None


EPITHETS = [
    "Exampla peruviana Muster\nSampleton, roadside\nleg. J. Beispiel 55\n3 March 1960",
    "Carex japonica Thunb.\nSampleton, roadside\nJ. Beispiel 88\nMay 1898",
    "HERBARIUM OF EXEMPLIA\nExampla fennica Muster\nSampleton\nleg. K. Muster 1",
    "Herbarium Musei Exempli\nExampla hispanica Muster\nSampleton\nleg. K. Muster 1",
]


@pytest.mark.parametrize("text", EPITHETS)
def test_epithet_names_no_country(text: str) -> None:
    assert value(text, "country") is None


def test_title_province_beside_the_country_adjective() -> None:
    text = "FLORA HELVETICA\nExampla nivalis Muster\nKt. Graubünden: Sampleton, 2400 m\nJuli 1899"
    assert value(text, "stateProvince") == "Kt. Graubünden"
