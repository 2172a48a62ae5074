"""British sheets' places: a place near a town with its vice-county's number on one line ("Nr.
Sampleton, v.c. 17"), the site's line under it, a grid reference the OCR read with letters for
its figures, a line that only describes the site; and the OCR's "l" or "L" for an "I" in
capitals ("lSLE OF SAMPLE"). Invented strings of real shapes."""

from __future__ import annotations

import pytest

from pipelines.fields import extract_fields, labels_from_text
from pipelines.fields.places import EXTENT_UNCERTAIN, SEVERAL_PLACES
from pipelines.fields.places.repairs import capitals_mended
from pipelines.fields.places.vice_counties import vice_county_line


def _found(text: str, term: str = "verbatimLocality") -> tuple[str | None, list[str]]:
    got = extract_fields(labels_from_text(text)).get(term)
    return (got.value, got.flags) if got is not None else (None, [])


@pytest.mark.parametrize(
    ("text", "place", "site"),
    [
        # the place near a town with its vice-county, the site under it, a grid reference
        (
            "Aus bus L.\nNr. Sampleton, v.c. 17\ndamp meadow by stream\nSU 123 456\n"
            "K. Muster  14 June 1962",
            "Nr. Sampleton",
            "damp meadow by stream",
        ),
        (
            "Aus bus L.\nnear Beeby, VC 29\nwet woods along river\nTL 456 789\nJ. Beispiel 1990",
            "near Beeby",
            "wet woods along river",
        ),
        # the grid reference's figures read as letters ("l" for "1", "O" for "0")
        (
            "Aus bus L.\nNr. Probeham, v.c. 22\nrough grassland\nTQ 2l4 5O7\nA. Exempel 1975",
            "Nr. Probeham",
            "rough grassland",
        ),
        (
            "Aus bus L.\nSample Wood, v.c. 12\nhedge bank\nH. Sampleva 1988",
            "Sample Wood",
            "hedge bank",
        ),
    ],
)
def test_place_near_a_town_with_its_vice_county(text: str, place: str, site: str) -> None:
    assert _found(text) == (place, [])
    assert _found(text, "habitat")[0] == site


@pytest.mark.parametrize(
    ("line", "county_only"),
    [
        ("Cambs. v.c. 29", True),
        ("Exampleshire, v.c. 99", True),
        ("v.c. 12 Exampleshire", True),
        # a place named near or by its kind before the number
        ("Nr. Sampleton, v.c. 17", False),
        ("near Beeby, VC 29", False),
        ("Sample Wood, v.c. 12", False),
    ],
)
def test_vice_county_line(line: str, county_only: bool) -> None:
    assert vice_county_line(line) is county_only


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Aus bus L.\nLoc. Beeby Wood, nr. Sampleton (v.c. 29)\nleg. K. Muster 1977",
            "Beeby Wood, nr. Sampleton",
        ),
        ("Aus bus L.\nHab. Sampleton, v.c. 12\nleg. K. Muster 1977", "Sampleton"),
        ("Aus bus L.\nHab. Probe Hills, VC 5\nJ. Beispiel 1950", "Probe Hills"),
    ],
)
def test_keyed_place_leaves_its_vice_county(text: str, place: str) -> None:
    assert _found(text)[0] == place


@pytest.mark.parametrize(
    "text",
    [
        # the island's name in capitals over the name; the site described under it
        "ISLE OF SAMPLE\nPlantago exempla Huds.\nrocky shore below lighthouse\nH. Sampleva\n1951",
        "lSLE OF SAMPLE\nPlantago exempla Huds.\nrocky shore below lighthouse\nH. Sampleva\n1951",
    ],
)
def test_site_described_beside_a_place_named_is_doubted(text: str) -> None:
    # which of the two the keyer took, the label does not say
    assert SEVERAL_PLACES in _found(text)[1]


def test_place_named_over_the_site_described() -> None:
    text = "Beeby Island\nAus bus L.\nwet woods along stream\nJ. Beispiel 1933"
    assert _found(text) == ("Beeby Island", [])


def test_capitals_over_the_place_doubt_its_extent_when_misread() -> None:
    value, flags = _found("lSLE OF SAMPLE\nSampleford Bay\n15.vi.1921\nJ. Beispiel")
    assert value == "ISLE OF SAMPLE\nSampleford Bay"
    assert EXTENT_UNCERTAIN in flags


@pytest.mark.parametrize(
    ("text", "mended"),
    [
        ("lSLE OF SAMPLE", "ISLE OF SAMPLE"),
        ("LSLE OF EXAMPLE", "ISLE OF EXAMPLE"),
        ("BEEBY LSLAND", "BEEBY ISLAND"),
        ("HERBARlUM MUSTERI", "HERBARIUM MUSTERI"),
        ("SAMPLET0N", "SAMPLETON"),
        ("CAL1F: Sample Co.", "CALIF: Sample Co."),
        ("EXAMPL1A", "EXAMPLIA"),
        # a code's figure between letters ("A1B 2C3", "NGF 12345"): kept
        ("A1B 2C3", "A1B 2C3"),
        ("NGF 12345", "NGF 12345"),
        # an "L" that makes no kind of place mended, a lone "l", a word in lower case: kept
        ("LAKE SAMPLA", "LAKE SAMPLA"),
        ("HILL", "HILL"),
        ("Sampleton l", "Sampleton l"),
        ("Isle", "Isle"),
    ],
)
def test_capitals_mended(text: str, mended: str) -> None:
    assert capitals_mended(text) == mended


@pytest.mark.parametrize("line", ["Co. Exampla (H38)", "West Sussex v.c. 13"])
def test_county_with_a_kind_of_place_in_its_name_is_a_county_line(line: str) -> None:
    assert vice_county_line(line)


@pytest.mark.parametrize(
    ("text", "site"),
    [
        # the site's line under the place past a county's and vice-county's line or a grid
        # reference
        (
            "Aus bus L.\nSample Wood, near Beeby\nExampleshire v.c. 12\nby the lake\nK. Muster 1950",
            "by the lake",
        ),
        (
            "Aus bus L.\nProbe Common, nr. Sampleton\nSU 12 34\nwet heath\nJ. Beispiel 1988",
            "wet heath",
        ),
    ],
)
def test_site_under_the_county_line(text: str, site: str) -> None:
    assert _found(text, "habitat")[0] == site


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # an old label's "Hab." naming a place whose noun is a site's, capitalised after its name
        ("Aus bus L.\nHab. Probe Woods, v.c. 3\nleg. A. Exempel 1960", "Probe Woods"),
        (
            "Aus bus L.\nHab. Sample Moor, near Beeby\nleg. K. Muster 1930",
            "Sample Moor, near Beeby",
        ),
    ],
)
def test_hab_naming_a_place_with_a_site_noun(text: str, place: str) -> None:
    assert _found(text)[0] == place
