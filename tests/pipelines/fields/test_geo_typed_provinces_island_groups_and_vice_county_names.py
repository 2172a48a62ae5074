"""Places: a province's type word that tells which country's subdivision a name is ("Prov. de
Granada" Spain's, "Dpto. Granada" Nicaragua's), a name never taken for a country that still names
a state, island groups and the Cape Province's short form that give the country, a province's
type word after a country's name ("Benin Prov.": Nigeria's colonial province), Hungarian counties
with their short type words, and a vice-county that takes in parts of two counties with its own
county printed. Invented strings in the shapes labels use."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import fields


@pytest.mark.parametrize(
    ("text", "code", "state"),
    [
        ("Prov. de Granada: Sierra Exampla, 1800 m\nleg. K. Muster 12", "ES", "Granada"),
        ("Dpto. Granada: Sampleton\nleg. K. Muster 12", "NI", "Granada"),
    ],
)
def test_type_word_tells_the_country(text: str, code: str, state: str) -> None:
    got = fields(text)
    assert got["countryCode"].value == code and got["country"].confidence < 0.9
    assert got["stateProvince"].value == state


def test_named_country_and_province_of_a_blocked_name() -> None:
    got = fields("SPAIN\nProv. de Granada: Sierra Exampla\nleg. K. Muster 1234")
    assert got["stateProvince"].value == "Granada"


@pytest.mark.parametrize(
    ("text", "code", "sure"),
    [
        ("Naxos (Cyclades): Sampleton, phrygana\nleg. K. Muster 22", "GR", True),
        ("Kykladen: Sampleton\nleg. K. Muster", "GR", True),
        ("C.P.: Exampla Div., Sampleton Kloof\nJ. Beispiel 3456", "ZA", False),
    ],
)
def test_region_gives_country(text: str, code: str, sure: bool) -> None:
    got = fields(text)
    assert got["countryCode"].value == code
    assert (got["country"].confidence >= 0.9) == sure


def test_province_word_after_a_country_name() -> None:
    got = fields("Benin Prov.: Sampleton forest reserve\nNIGERIA\nJ. Beispiel 456")
    assert got["countryCode"].value == "NG"


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("MAGYARORSZÁG\nPest m.: Sampleton, homokpuszta\nleg. K. Muster", "Pest"),
        ("HUNGARIA\nVas vm., Sampleton\nleg. K. Muster", "Vas"),
    ],
)
def test_hungarian_county_short_type_words(text: str, state: str) -> None:
    assert fields(text)["stateProvince"].value == state


def test_height_is_no_hungarian_county() -> None:
    got = fields("SPAIN\nProv. Granada: Sierra Exampla 1200 m.\nleg. K. Muster")
    assert got["stateProvince"].value == "Granada"


def test_vice_county_of_two_counties_with_its_county_named() -> None:
    got = fields("Westmorland: Sampleton Tarn v.c. 69\nK. Muster   Aug. 1887")
    assert got["county"].value == "Westmorland"
    assert got["countryCode"].value == "GB"


@pytest.mark.parametrize(
    "text",
    [
        "Sampleton La, Exampla\nleg. K. Muster 12  5.6.1950",
        "Cuesta de Sampleton La\nleg. K. Muster",
    ],
)
def test_romance_article_ending_a_place_is_no_state(text: str) -> None:
    assert "stateProvince" not in fields(text)


@pytest.mark.parametrize(
    "text", ["Sampleton, La.\nK. Muster 12 May 1950", "Exampla Parish, Sampleton La.\nK. Muster"]
)
def test_louisiana_with_its_stop_or_comma(text: str) -> None:
    assert fields(text)["stateProvince"].value == "Louisiana"


@pytest.mark.parametrize("state", ["Westland", "Wellington", "North Auckland", "Stewart Island"])
def test_new_zealand_provinces_and_land_districts(state: str) -> None:
    got = fields(f"NEW ZEALAND\n{state}: Sampleton, tussock\nK. Muster 12  5 Jan 1950")
    assert got["stateProvince"].value == state


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Republica Dominicana Prov. San Pedro de Macoris\nK. Muster 12", "DO"),
        ("Kwangtung Province\nSampleton Mountain\nK. Muster 5656", "CN"),
    ],
)
def test_province_word_before_a_name_or_after_a_region(text: str, code: str) -> None:
    assert fields(text)["countryCode"].value == code


def test_initial_after_a_name_is_no_hungarian_county() -> None:
    from pipelines.fields.subdivisions import typed_subdivision_line

    assert not typed_subdivision_line("DR. RAFAEL M. EXAMPLA")
    assert typed_subdivision_line("Sampleton, Exampla Prov.")
