"""Old sheets of British and colonial herbaria: a place, a comma, the site and its height in feet,
without a key word ("Exampleton, in grassy places, 6000 ft."). Invented strings."""

from __future__ import annotations

import pytest

from pipelines.fields import extract_fields, labels_from_text


def _values(text: str) -> dict[str, str]:
    return {t: c.value for t, c in extract_fields(labels_from_text(text)).items()}


@pytest.mark.parametrize(
    ("text", "locality"),
    [
        (
            "Ranunculus exemplaris Wall.\nExampleton, in grassy places, 6000 ft.\nDec. 1865",
            "Exampleton, in grassy places, 6000 ft.",
        ),
        ("Exampleton, on old walls\nJune 1887\nW. Beispiel", "Exampleton, on old walls"),
        ("Beispielberg, auf Kalk\n12.6.1901\nleg. K. Muster", "Beispielberg, auf Kalk"),
        ("Sampleford, sur les rochers\n3 mai 1890", "Sampleford, sur les rochers"),
    ],
)
def test_a_place_then_its_site_is_the_locality(text: str, locality: str) -> None:
    assert _values(text).get("verbatimLocality") == locality


@pytest.mark.parametrize(
    ("text", "elevation"),
    [
        ("Exampleton, in grassy places, 6000 ft.\nDec. 1865", "6000 ft."),
        ("Sample Hill, 300 m\nleg. K. Muster", "300 m"),
        ("Sample Hill, 1200 ft; open moor", "1200 ft"),
    ],
)
def test_a_height_ending_the_place_line_is_the_elevation(text: str, elevation: str) -> None:
    assert _values(text).get("verbatimElevation") == elevation


@pytest.mark.parametrize(
    "text",
    [
        # a distance whose sentence goes on below
        "Road to Exampleton, 100 m\nfrom the bridge",
        # a number in a sentence, no unit at the line's end
        "Exampleton, 300 specimens seen\nJune 1887",
    ],
)
def test_a_distance_is_no_elevation(text: str) -> None:
    assert "verbatimElevation" not in _values(text)


@pytest.mark.parametrize(
    ("text", "locality"),
    [
        # the county closes a place: the place stays whole, not the state alone
        ("Springdale, Travis Co., Texas\n12 May 1950", "Springdale, Travis Co., Texas"),
        # the county heads the locality: keyers give it its own field
        ("Knox Co.: top of Example Knob\n12 May 1950", "top of Example Knob"),
        ("ST. MARTIN PARISH:\nSampleville.\n12 May 1950", "Sampleville."),
        ("Co. Kerry: Sample Lough\n1950", "Sample Lough"),
    ],
)
def test_a_county_heads_or_closes_the_locality(text: str, locality: str) -> None:
    assert _values(text).get("verbatimLocality") == locality


def test_a_first_level_parish_is_the_state_not_also_the_county() -> None:
    got = _values("DOMINICA\nST. PAUL PARISH: Exampleton Valley, 300 ft.\nleg. K. Muster 1234")
    assert got.get("stateProvince") == "ST. PAUL PARISH"
    assert "county" not in got
