"""A vice-county's key after a county's name that ends in the letters of a person's key ("SOUTH
DEVON v.c. 3", "Derby v.c. 57": "von", "by") had been taken for a person's ("leg. von ...") and
given no county; the key words are whole words. Invented strings in the shapes labels use."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import reading


@pytest.mark.parametrize(
    ("text", "county"),
    [
        ("Viola exempla Jord.\nSOUTH DEVON v.c. 3\nLane near Probeton\nSummer 1931", "Devon"),
        ("N. Devon v.c.4\nProbeham Cross\n12th June 1931\nK. Muster", "Devon"),
        ("Derby v.c. 57\nSampledale, limestone\n1931\nA. Exempel", "Derbyshire"),
        ("EAST KENT v.c. 15\nSampleton Marshes\n1957", "Kent"),
    ],
)
def test_the_name_before_the_key_gives_the_county(text: str, county: str) -> None:
    got = reading(text, "county")
    assert got is not None and got[0] == county
    country = reading(text, "country")
    assert country is not None and country[0] == "United Kingdom"


@pytest.mark.parametrize(
    "text",
    [
        "Sampleton\nleg. A. Exempel von v.c. 2",
        "Sampleton\ncoll. v.c. 12",
    ],
)
def test_a_persons_key_before_the_key_still_gives_none(text: str) -> None:
    assert reading(text, "county") is None
