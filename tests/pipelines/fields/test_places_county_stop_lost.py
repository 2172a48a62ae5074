"""A county's "Co." whose stop the OCR or the printer lost where it closes the place's line
("..., Sample Hill, Knox Co"): the county's field, cut off the locality as with its stop; "CO"
in capitals (a state's code) is no county (invented strings of the shapes US sheets and lichen
packets print)."""

from __future__ import annotations

import pytest

from pipelines.fields import extract_fields, labels_from_text


def fields(text: str) -> tuple[str | None, str | None]:
    got = extract_fields(labels_from_text(text))
    loc, county = got.get("verbatimLocality"), got.get("county")
    return (loc.value if loc else None, county.value if county else None)


@pytest.mark.parametrize(
    ("text", "place", "county"),
    [
        (
            "LICHENS OF OHIO\nExampla saxicola\nOn sandstone boulders, Sample Hill, Knox Co\n"
            "Sept. 5, 1963 A. Exempel 1235",
            "Sample Hill",
            "Knox",
        ),
        (
            "PLANTS OF OHIO\nExampla minor L.\nSandy woods near Beeby, Knox Co\n"
            "K. Muster 12 May 3, 1950",
            "Sandy woods near Beeby",
            "Knox",
        ),
        (
            "PLANTS OF OHIO\nExampla minor L.\nSandy woods near Beeby, Knox Co.\n"
            "K. Muster 12 May 3, 1950",
            "Sandy woods near Beeby",
            "Knox",
        ),
    ],
)
def test_county_without_its_stop(text: str, place: str, county: str) -> None:
    assert fields(text) == (place, county)


def test_state_code_in_capitals_is_no_county() -> None:
    text = (
        "PLANTS OF COLORADO\nExampla minor L.\nSandy woods near Beeby, Sampleton CO\nK. Muster 12"
    )
    assert fields(text)[1] is None
