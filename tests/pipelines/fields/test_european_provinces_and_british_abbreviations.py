"""A commune's département or province in brackets after it, an Italian province that ISO lists as
a metropolitan city, British counties abbreviated as old labels cut them, and a habitat's French
plural opening a locality's line: invented places in the shapes European labels print."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import value, values


@pytest.mark.parametrize(
    ("text", "state", "country"),
    [
        # a département or a province in brackets after its commune
        ("Saint-Probe (Drôme)\nmai 1884", "Drôme", "France"),
        ("Carrière du Bois, Exempleux (Namur)\n1974", "Namur", "Belgium"),
        ("Sampleville (Savoie), prairies\n1902", "Savoie", "France"),
        # an Italian province ISO gives as a metropolitan city, after its type word
        ("Prov. di Firenze: Monte Campione\nmaggio 1895", "Firenze", "Italy"),
        ("Provincia di Torino, Val Esempio\n1930", "Torino", "Italy"),
    ],
)
def test_a_province_names_its_country(text: str, state: str, country: str) -> None:
    got = values(text)
    assert (got.get("stateProvince"), got.get("country")) == (state, country)


def test_a_word_in_brackets_that_names_no_province_gives_none() -> None:
    assert value("Exampleville (Sample River)\n1950", "country") is None


@pytest.mark.parametrize(
    ("text", "county"),
    [
        ("Mockford Wood\nWarwicks.\n17/9/56\nJ. H. Pullinger", "Warwickshire"),
        ("Loch Samplach\nInverness-sh.\n18.vi.1934", "Inverness-shire"),
        ("Sampleton, Aberdeensh.\n1950", "Aberdeenshire"),
    ],
)
def test_abbreviated_british_counties(text: str, county: str) -> None:
    got = values(text)
    assert (got.get("county"), got.get("country")) == (county, "United Kingdom")


def test_a_habitats_plural_is_no_genus() -> None:
    # "Pelouses" (the table's "pelouse") no backbone knows as a genus: the line is the place's,
    # whatever follows it, and the sheet's own name stays sure
    got = values(
        "Orchis probata Gren.\nPelouses calcaires au-dessus\nde Saint-Probe (Drôme)\nmai 1884"
    )
    assert got["scientificName"] == "Orchis probata"
    assert got["verbatimLocality"].startswith("Pelouses calcaires")
