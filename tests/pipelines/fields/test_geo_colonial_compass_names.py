"""Colonial names as insect pins shorten them: Rhodesia's north-eastern and north-western
protectorates ("N.E. RHODESIA", "N. W. Rhodesia": today's Zambia), "Ger." for German ("Ger. E.
Africa", "Ger. S.W. Africa"). Invented places; the colonies' names real."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import reading

_DATA = "\nSampleton\n12.vi.1929\nK. Muster"


@pytest.mark.parametrize(
    ("text", "country", "judged"),
    [
        ("N.E. RHODESIA", "Zambia", False),
        ("N. W. Rhodesia", "Zambia", False),
        ("North-Eastern Rhodesia", "Zambia", False),
        ("Ger. S.W. Africa", "Namibia", False),
        # German East Africa held Rwanda and Burundi too: a judgement
        ("Ger. E. Africa", "Tanzania", True),
    ],
)
def test_a_shortened_colonial_name(text: str, country: str, judged: bool) -> None:
    got = reading(text + _DATA, "country")
    assert got is not None and got[0] == country and "historical_name" in got[2]
    assert ("country_judged" in got[2]) == judged


def test_rhodesia_alone_names_no_country() -> None:
    assert reading("Rhodesia" + _DATA, "country") is None
