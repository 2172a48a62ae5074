"""A British county whose name is a word or a first name as often ("Angus", "Sutherland", read
alone only opening a line before a colon) is the county where it stands between a comma and the
nation that closes the place's line ("Easter Sampleton, Angus, Scotland"); it had given no
county. Alone, or after a collector's key, it is still none. Invented strings."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import reading


@pytest.mark.parametrize(
    ("text", "county"),
    [
        ("Easter Sampleton, Angus, Scotland\n23rd May 1925\nK. Muster", "Angus"),
        ("Ben Sample, Sutherland, Scotland\n2 July 1938\nA. Exempel", "Sutherland"),
        ("Loch Probe, Moray, Scotland.\n1931\nJ. Beispiel", "Moray"),
    ],
)
def test_the_word_before_its_nation_is_the_county(text: str, county: str) -> None:
    got = reading(text, "county")
    assert got is not None and got[0] == county


@pytest.mark.parametrize(
    "text",
    [
        "Sampleton, Angus\n1925\nK. Muster",
        "Sampleton\nleg. Angus, Scotland\n1925",
        "Probeham\nAngus Muster, Scotland\n1925",
    ],
)
def test_the_word_elsewhere_is_no_county(text: str) -> None:
    assert reading(text, "county") is None
