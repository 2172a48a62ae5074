"""A vice-county named without its number, by its compass word and its name alone in a place's
part ("Loch Sample, W. Inverness", "Sampleton, Mid Perth", "West Ross: Glen Sample"): its
historic county and the country, inferred and doubted (county_inferred) as a county named alone
is; it had given neither. A compass word before a name no vice-county bears names none
("Sampleton, North Dakota"). Invented places in the shapes labels use."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import reading


@pytest.mark.parametrize(
    ("text", "county"),
    [
        ("Loch Sample,\nW. Inverness\nI0.viii.1937\nJ. Beispiel", "Inverness-shire"),
        ("Sampleton, Mid Perth\n1952\nA. Exempel", "Perthshire"),
        ("West Ross: Glen Sample\n1952\nK. Muster", "Ross and Cromarty"),
        ("Sampleton, S. Aberdeen\n1952\nH. Sampleva", "Aberdeenshire"),
        ("Probe Moss, Mid-west Yorks.\n1952\nJ. Beispiel", "Yorkshire"),
    ],
)
def test_a_vice_county_named_by_its_compass(text: str, county: str) -> None:
    got = reading(text, "county")
    assert got is not None and got[0] == county and "county_inferred" in got[2]
    country = reading(text, "country")
    assert country is not None and country[0] == "United Kingdom" and country[1] < 0.9


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Sampleton, North Dakota\n1952\nK. Muster", "United States"),
        ("Sampleton, S. Australia\n1952\nK. Muster", "Australia"),
    ],
)
def test_a_compass_before_another_land_names_no_vice_county(text: str, country: str) -> None:
    assert reading(text, "county") is None
    got = reading(text, "country")
    assert got is not None and got[0] == country


def test_an_initial_and_a_name_alone_on_their_line_name_no_vice_county() -> None:
    # a person's initial and surname as often as West Ross
    assert reading("Sampleton\n12.6.1931\nW. Ross", "county") is None
