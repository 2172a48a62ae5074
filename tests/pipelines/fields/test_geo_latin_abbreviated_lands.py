"""The Latin names of lands as 18th- and 19th-century labels abbreviate them ("Nov. Holl.",
"Nov. Zel.", "Cap. b. spei", "Jav."), their space after a full stop kept or lost: today's country,
flagged historical_name; the halves of the world and the Indies ("Amer. sept.", "Ind. or.") name
none, and keep "Ind." from being read as Indiana. Invented strings in the shapes labels use."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import field, values


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Polypodium sp.\nNov. Holl.\nHerb. K. Muster", "AU"),
        ("Exampla ornata R.Br.\nNov. Holld.\nex herb. J. Beispiel", "AU"),
        ("Filix exempla\nNov.Holl.\n1823", "AU"),
        ("Acacia fictiva\nVan Diem.\n1840", "AU"),
        ("Lichen exemplaris\nNov. Zel.\nleg. H. Sampleva", "NZ"),
        ("Hypnum fictum\nNov. Zeel.\n1841", "NZ"),
        ("Erica exempla\nCap. b. spei\nleg. A. Exempel", "ZA"),
        ("Protea sampleana\nCap. bon. spei\nJ. Beispiel", "ZA"),
        ("Senecio fictus\nProm. b. spei\n1830", "ZA"),
        ("Rosa exemplaris\nGall. mer.\n1860", "FR"),
        ("Thymus fictus\nHisp.\nleg. A. Exempel", "ES"),
        ("Gentiana exempla\nHelv.\n1870", "CH"),
        ("Viola samplea\nIn Ital. bor.\n1855", "IT"),
    ],
)
def test_a_latin_abbreviation_names_todays_country(text: str, code: str) -> None:
    got = field(text, "countryCode")
    assert got is not None and got.value == code and "historical_name" in got.flags


@pytest.mark.parametrize(
    "text",
    ["Ficus exempla\nJav.\nleg. J. Beispiel", "Piper fictum\nIns. Jav.\n1850"],
)
def test_java_abbreviated_gives_its_country_and_island(text: str) -> None:
    got = values(text)
    assert (got.get("countryCode"), got.get("stateProvince")) == ("ID", "Java")


@pytest.mark.parametrize(
    "text",
    [
        "Exampla indica\nInd. or.\nleg. K. Muster",
        "Samplea orientalis\nInd. orient.\n1835",
        "Aster exemplaris\nAmer. sept.\nex herb. K. Muster",
        "Quercus fictiva\nAmer. bor.\n1820",
        "Samplea fictiva\nInd. occ.\nleg. J. Beispiel",
    ],
)
def test_a_half_of_the_world_names_no_country_nor_state(text: str) -> None:
    got = values(text)
    assert (got.get("country"), got.get("stateProvince")) == (None, None)


def test_indiana_abbreviated_stays_a_state() -> None:
    got = values("Ind.: Probe Co., Sampleton\n5 Aug 1955")
    assert got.get("stateProvince") == "Indiana"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Fern\nNov Zel.\nJ. Beispiel", "NZ"),
        ("Filix exempla\nNov Holl.\n1830", "AU"),
        ("Carex fictiva\nBrit Honduras\nleg. K. Muster", "BZ"),
        ("Salvia exempla\nIn Ital bor.\n1855", "IT"),
    ],
)
def test_an_abbreviation_its_full_stop_lost_before_the_next_word(text: str, code: str) -> None:
    got = field(text, "countryCode")
    assert got is not None and got.value == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Nov. Zel.\nBay of Samples\n1841", "NZ"),
        ("JAMAICA\nBay of Samples\nK. Muster", "JM"),
        ("Nov. Holl.\nPoint Exampla\n1802", "AU"),
    ],
)
def test_a_place_noun_on_the_next_line_is_no_part_of_the_name(text: str, code: str) -> None:
    got = field(text, "countryCode")
    assert got is not None and got.value == code


def test_a_place_noun_on_the_names_line_makes_it_a_place() -> None:
    assert values("Jamaica Bay, Sampleton\n1901").get("country") is None
