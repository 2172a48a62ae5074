"""Heights: the foot mark read as a degree sign after figures no angle has ("Cyn 1700-2700°",
"4800° el."), mended and flagged; a height opening its line whose unit's full stop ends a
sentence ("765m. Advanced secondary forest"). Invented strings in the shapes labels use."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import reading

_DATA = "\nK. Muster 123\nMay 11, 1992"

FEET = [
    ("Sample Cyn 1700-2700° Sierra Exempla", "1700-2700'", "518"),
    ("Probe Canyon 4800° el.", "4800'", "1463"),
    ("Musterton Flat, 6500°", "6500'", "1981"),
]


@pytest.mark.parametrize(("text", "verbatim", "low"), FEET)
def test_a_foot_mark_read_as_a_degree_sign(text: str, verbatim: str, low: str) -> None:
    got = reading(text + _DATA, "verbatimElevation")
    assert got is not None and got[0] == verbatim and "ocr_repaired" in got[2]
    metres = reading(text + _DATA, "minimumElevationInMeters")
    assert metres is not None and metres[0] == low


@pytest.mark.parametrize(
    "text",
    [
        "Sampleton, slope 45° facing north",  # an angle
        "Sampleton\n35°12' N",  # a coordinate's degrees
        "Sampleton, 120° 15'W",
    ],
)
def test_a_degree_sign_after_an_angle_stays(text: str) -> None:
    assert reading(text + _DATA, "verbatimElevation") is None


@pytest.mark.parametrize(
    ("text", "verbatim"),
    [
        ("Sampleton, tree 1.3m long\n765m. Advanced secondary forest", "765m."),
        ("Probe Ridge\n1200 ft. Open pine woods", "1200 ft."),
    ],
)
def test_a_height_opening_a_sentence(text: str, verbatim: str) -> None:
    got = reading(text + _DATA, "verbatimElevation")
    assert got is not None and got[0] == verbatim


@pytest.mark.parametrize("text", ["Sampleton\n800 m. N of the bridge", "Probe\n500 m. From road"])
def test_a_distance_opening_a_line_is_no_height(text: str) -> None:
    assert reading(text + _DATA, "verbatimElevation") is None
