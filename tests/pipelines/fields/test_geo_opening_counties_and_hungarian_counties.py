"""Places: a British county whose name is a surname or a given name as often ("Sutherland",
"Angus"), read where it opens a line before a colon; Hungary's counties with their type word
after ("Pest megye") or Latin's before ("Comit. Pest"). Invented strings in the shapes labels
use."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import field, values

_REST = "\n12 July 1935\nColl. K. Muster 1102"


@pytest.mark.parametrize(
    ("line", "county"),
    [
        ("Sutherland: Ben Sample, wet ledges, 700 m.", "Sutherland"),
        ("Angus: Glen Exempla, cliffs.", "Angus"),
        ("Moray: Sampleton Woods.", "Moray"),
    ],
)
def test_opening_county(line: str, county: str) -> None:
    got = values(line + _REST)
    assert got.get("county") == county and got.get("countryCode") == "GB"
    country = field(line + _REST, "countryCode")
    assert country is not None and country.confidence < 0.9
    assert "county_inferred" in country.flags


@pytest.mark.parametrize(
    "text",
    [
        "Ben Sample, wet ledges\n12 July 1935\nColl. J. Sutherland 1102",
        "Glen Exempla, cliffs, Sutherland 1935\nColl. K. Muster",
        "Sampleton, near Angus\n12 July 1935\nColl. K. Muster",
        "leg. Angus: Sampleton\n12 July 1935",
    ],
)
def test_a_name_elsewhere_is_no_county(text: str) -> None:
    assert values(text).get("county") is None


@pytest.mark.parametrize(
    ("text", "province"),
    [
        ("Magyarország, Pest megye, Exempel-hegy, sziklagyep.\n1935. VI. 12.", "Pest"),
        ("Hungaria, Comit. Pest, prope Exempelfalva.\n1935. jún. 12.", "Pest"),
    ],
)
def test_hungarian_county(text: str, province: str) -> None:
    got = values(text + "\nleg. K. Minta")
    assert got.get("stateProvince") == province and got.get("countryCode") == "HU"
