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
    assert value(text, "stateProvince") == "Graubünden"


# A state's name alone, in a state's place (after a first-level type word, or opening a line before
# a colon), one country's subdivision only: that country, as a doubt, and the state
BARE_STATES = [
    ("Est. Bahia: Sampleton, restinga\nleg. A. Exempel 4455", "Brazil", "Bahia"),
    ("S. Paulo: Sampleton, campo\nleg. K. Muster 88", "Brazil", "S. Paulo"),
    ("Minas Gerais: Sampleton, cerrado\nJ. Beispiel 1234", "Brazil", "Minas Gerais"),
    ("DEPT. MORAZAN: Sampleton, bosque\nK. Muster 3344", "El Salvador", "MORAZAN"),
    ("Matto Grosso: Sampleton\nleg. K. Muster 12", "Brazil", "Matto Grosso"),
]


@pytest.mark.parametrize(("text", "country", "state"), BARE_STATES)
def test_state_alone_names_its_country_as_a_doubt(text: str, country: str, state: str) -> None:
    got = reading(text, "country")
    assert got is not None and got[0] == country and "country_judged" in got[2]
    assert value(text, "stateProvince") == state


def test_department_without_its_article() -> None:
    text = "FLORA DE BOLIVIA\nDept. Beni: Prov. Exampla, Sampleton\nleg. A. Exempel 9876"
    assert (value(text, "country"), value(text, "stateProvince")) == ("BOLIVIA", "Beni")


NO_STATE = [
    "Santa Cruz: Sampleton\nleg. K. Muster 1",  # Bolivia's and Argentina's
    "Name Exampla ornata I.G.:601606\nleg. K. Muster 1",  # two letters: a code
    "Sampleton: in collibus\nleg. K. Muster 1",
]


@pytest.mark.parametrize("text", NO_STATE)
def test_no_country_from_names_of_several_or_short(text: str) -> None:
    assert value(text, "country") is None


def test_header_country_contradicted_by_another_countrys_province() -> None:
    text = (
        "FLORA OF COSTA RICA\nExampla ornata Muster\nChiriquí: Sampleton, 1200 m\nJ. Beispiel 4567"
    )
    got = reading(text, "country")
    assert got is not None and got[0] == "COSTA RICA" and got[1] < 0.9
    assert "several_countries" in got[2]


def test_header_country_with_its_own_province_stays_sure() -> None:
    text = "FLORA OF PANAMA\nExampla ornata Muster\nChiriquí: Sampleton, 1200 m\nJ. Beispiel 4567"
    got = reading(text, "country")
    assert got is not None and got[1] >= 0.9


def test_title_broken_over_two_lines() -> None:
    assert value("PLANTAE\nPERUVIANAE" + _DATA, "country") == "Peru"


def test_epithet_on_the_line_under_a_title_word_is_no_title() -> None:
    assert value("Flora\nperuviana Muster\nSampleton\nleg. K. Muster 1", "country") is None
