"""A height printed in both units, the second as the first's conversion ("1800 ft. (550 m)",
"900 m (2950 ft)", "2200 ft / 670 m"): the verbatim elevation is the first figure, never the
bracketed conversion alone, and the metres are the label's own; two figures that disagree are not
read as one height. Invented strings in the shapes labels use."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import field, reading, value

_DATA = "\nExampla ornata Muster\nleg. K. Muster 123\n12 Jun 1950"

BOTH = [
    ("Probe Hill, 4500 ft. (1372 m)", "4500 ft.", "1372", "1372"),
    ("Coire Sample, 900 m (2950 ft)", "900 m", "900", "900"),
    ("Sample Co.: Musterville, 1800 ft. (550 m)", "1800 ft.", "550", "550"),
    ("Mt. Exempel\n2200 ft / 670 m", "2200 ft", "670", "670"),
    ("Probe Pass, 11,200 ft. (3414 m)", "11,200 ft.", "3414", "3414"),
    ("Sampleton, 1000-1200 m (3300-3900 ft.)", "1000-1200 m", "1000", "1200"),
    ("Alt. 5000' (1525 m), Beispiel Ridge", "5000'", "1525", "1525"),
    ("Sample Gap, 3000 ft = 915 m", "3000 ft", "915", "915"),
    ("Ridge top, 1280m/4200ft; oak woods", "1280m", "1280", "1280"),
    # the OCR's slips in one of the figures or in the metre's letter, mended
    ("Ben Probe, 1050 rn (3450 ft)", "1050 m", "1050", "1050"),
    ("Probe Plateau, 9,2OO ft. (2805 m)", "9,200 ft.", "2805", "2805"),
]


@pytest.mark.parametrize(("text", "verbatim", "low", "high"), BOTH)
def test_a_height_in_both_units_is_read_whole(
    text: str, verbatim: str, low: str, high: str
) -> None:
    got = (
        value(text + _DATA, "verbatimElevation"),
        value(text + _DATA, "minimumElevationInMeters"),
        value(text + _DATA, "maximumElevationInMeters"),
    )
    assert got == (verbatim, low, high)


def test_a_mended_height_is_doubted() -> None:
    got = reading("Probe Plateau, 9,2OO ft. (2805 m)" + _DATA, "verbatimElevation")
    assert got is not None and "ocr_repaired" in got[2]


def test_a_distance_after_a_height_is_no_conversion_of_it() -> None:
    text = "Sampleton, 1200 ft., 12 m from the road"
    assert value(text + _DATA, "verbatimElevation") == "1200 ft."


@pytest.mark.parametrize(
    "text",
    [
        "Musterdorf, 700 m (600 m)",
        "Musterdorf, 700 m (4000 ft)",
        "Probe Hill, 3000 ft / 300 m",
        # a plant's height in both units
        "Sampleton, shrub, 3 m (10 ft) tall",
        "Probe Wood, tree 30 m (100 ft) high",
    ],
)
def test_two_figures_that_disagree_are_not_one_height(text: str) -> None:
    got = field(text + _DATA, "verbatimElevation")
    assert got is None or got.evidence.rule != "elevation.both_units"


def test_a_metre_read_as_rn_alone() -> None:
    text = "Flora Hispanica\nProv. Exempla: Sampledo, 1200 rn" + _DATA
    assert value(text, "verbatimElevation") == "1200 m"
