"""Latvia's historical lands ("Kurzeme", "Latgale") and its districts named in the genitive
before their word, written out or abbreviated ("Rīgas rajons", "Cēsu raj.", its accents lost
"Rigas raj."): Latvia, no stateProvince. Invented places."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import values


@pytest.mark.parametrize(
    "text",
    [
        "Rīgas raj., Samplegala\n12.VI.1960",
        "Cēsu rajons, Sampleciems\nleg. K. Muster",
        "Rigas raj., Probeciems\n1971",
        "Kurzeme, Samplegala\n3.VI.1999",
        "Latgale: Probeciems, purvs\n1965",
    ],
)
def test_a_latvian_land_or_district_gives_latvia(text: str) -> None:
    got = values(text)
    assert (got.get("countryCode"), got.get("stateProvince")) == ("LV", None)
