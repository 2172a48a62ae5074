"""A province's name of three or four letters ("Napo", "Loja", "Meta", "Lara", "Var") printed
bare right after its country's name and a colon or a comma ("ECUADOR: Napo"), as the American
herbaria's sheets print it: the stateProvince; elsewhere so short a name is a town's or a word as
often, and is not taken. Invented strings in the shapes labels use."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import values


@pytest.mark.parametrize(
    ("text", "province"),
    [
        ("ECUADOR: Napo\nSampleton, 400 m\n12 Mar 1985\nK. Muster 1234", "Napo"),
        ("ECUADOR : Napo\nSampleton 600 m\n20 Aug 1991", "Napo"),
        ("ECUADOR: Loja\nProbeham road km 12\n3 May 1990", "Loja"),
        ("COLOMBIA: Meta\nProbeham\n2 Jan 1970", "Meta"),
        ("VENEZUELA: Lara\nMusterdorf\n11 Jul 1977", "Lara"),
        ("ECUADOR: Napo: Sampleton, río Exampla", "Napo"),
        ("FRANCE, Var, Sampleville", "Var"),
    ],
)
def test_a_short_province_after_its_country(text: str, province: str) -> None:
    assert values(text).get("stateProvince") == province


@pytest.mark.parametrize(
    "text",
    [
        # not right after the country's name on its line
        "Sampleton, Meta\nColombia",
        "ECUADOR\nNapo",
        # a town, no subdivision
        "Germany: Ulm",
    ],
)
def test_a_short_name_elsewhere_is_no_province(text: str) -> None:
    assert values(text).get("stateProvince") is None
