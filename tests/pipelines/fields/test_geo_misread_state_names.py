"""A state's or a country's full name the OCR misread with the letters it reads for others: a
capital I as "l" ("Plants of lowa", "ARlZONA:"), a figure for a letter ("Flora of Co1orado"), in a
collection's header or opening a line before its colon; taken only where the mended word is
exactly one region's name. Invented strings in the shapes labels use."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import value

MENDED = [
    ("Plants of lowa\nStory County: Sample Marsh", "Iowa"),
    ("Flora of Co1orado\nBoulder Co.: Probe Lake", "Colorado"),
    ("Plants of Ca1ifornia\nInyo Co.: Probe Meadow", "California"),
    ("LICHENS OF NORTH CAROLlNA\nAvery County: Mt. Probe", "North Carolina"),
    ("lllinois : Lake Co., Probeton", "Illinois"),
    ("ARlZONA: Pima Co.\nProbe Canyon", "Arizona"),
    ("0REGON: Lane Co.\nProbe Butte", "Oregon"),
]


@pytest.mark.parametrize(("text", "state"), MENDED)
def test_a_misread_state_name_is_mended(text: str, state: str) -> None:
    text += "\nK. Muster 123\nJuly 12, 1950"
    assert (value(text, "stateProvince"), value(text, "country")) == (state, "United States")


@pytest.mark.parametrize(
    "text",
    [
        "lona: Sampleton",  # no state's name once mended
        "Plants of Sampleton 1890",
        "Flora of lslay\nSampleton",
    ],
)
def test_a_word_that_mends_to_no_state_gives_none(text: str) -> None:
    assert value(text + "\nK. Muster 123\n12.vi.1950", "stateProvince") is None
