"""A British grid reference inside the place's line, the site described after it ("Probeham
Common, grid ref. TQ 123 456, boggy ground", "Sample Cove, SW 41 32, cliff top"): where British
keyers end the locality (it had run on over the reference and the site); the site after it is
the habitat, the reference the coordinates'. A place that goes on after the reference keeps it.
Invented places and references in the shapes labels use."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import reading


@pytest.mark.parametrize(
    ("text", "place", "site", "grid"),
    [
        (
            "WEST SUSSEX v.c. 13\nProbeham Common, grid ref. TQ 123 456, boggy ground\n"
            "3rd August 1968\nJ. Beispiel",
            "Probeham Common",
            "boggy ground",
            "TQ 123 456",
        ),
        (
            "Sample Cove, SW 41 32, cliff top\nWEST CORNWALL v.c. 1\n1957",
            "Sample Cove",
            "cliff top",
            "SW 41 32",
        ),
        # the reference opening the line under the place's: the place's comma and the line's
        # end are no part of it
        (
            "Exampleshire: Sampleby Moss,\nNY 234 511, raised bog\n12.vi.1960",
            "Exampleshire: Sampleby Moss",
            "raised bog",
            "NY 234 511",
        ),
        (
            "MID PERTH v.c. 88\nGlen Probeham, NN 12 34, wet flush\n1952",
            "Glen Probeham",
            "wet flush",
            "NN 12 34",
        ),
    ],
)
def test_the_place_ends_at_the_grid_reference(text: str, place: str, site: str, grid: str) -> None:
    loc = reading(text, "verbatimLocality")
    hab = reading(text, "habitat")
    ref = reading(text, "verbatimCoordinates")
    assert loc is not None and loc[0] == place
    assert hab is not None and hab[0] == site
    assert ref is not None and ref[0] == grid


def test_a_place_going_on_after_the_reference_keeps_it() -> None:
    text = "EAST KENT v.c. 15\nSampleton, TR 21 63, Probeham\n1957"
    loc = reading(text, "verbatimLocality")
    assert loc is not None and loc[0] == "Sampleton, TR 21 63, Probeham"


@pytest.mark.parametrize(
    "text",
    ["Probeham Common, TQ 123 456", "Exampla minor L.\nSample Moss, NY 23 51\n1957"],
)
def test_a_place_before_its_grid_reference_is_no_collector(text: str) -> None:
    # the words before the reference are the place it locates, its figures no field number
    assert reading(text, "recordedBy") is None
    assert reading(text, "recordNumber") is None
