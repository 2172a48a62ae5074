"""Shapes of the locality (invented strings of real shapes): a study's plot alone, a
country's name in a binomial's shape heading the place on its line, and the colonial, tropical
and British sheets' places."""

from __future__ import annotations

import pytest

from pipelines.fields.places import PLACE_UNCUED
from pipelines.fields.places.cues import PLACE_PREPOSITION
from pipelines.fields.places.data_labels import _broken_word
from pipelines.fields.places.doubts import unit_alone
from pipelines.fields.places.higher_geography import old_region
from tests.pipelines.fields.parsed import field, value

LOCALITIES = [
    # a country and a place on one line, a colon between (the country's name read as a binomial)
    (
        "Congo belge: Sampleton\nExampla muster (L.) Beispiel\nLeg. A. Exempel n. 1234\n12-3-1935",
        "Congo belge: Sampleton",
    ),
    (
        "Kamerun: Exampla-Berg\nExampla muster Engl.\nleg. K. Muster 88\nMai 1908",
        "Kamerun: Exampla-Berg",
    ),
    # a line in capitals: the preposition and the place's name in capitals too
    (
        "BRITISH ISLES\nEXAMPLA MUSTER L.\nSAMPLETON DOWN, NR. EXAMPLA, WILTS.\nON CHALK DOWNLAND\n"
        "K. MUSTER 12 JUNE 1952",
        "SAMPLETON DOWN, NR. EXAMPLA, WILTS.",
    ),
    # a wide region printed over the name in capitals, the place under it
    (
        "BRITISH ISLES\nEXAMPLA MUSTER L.\nSAMPLETON DOWN, WILTS.\nK. MUSTER 12 JUNE 1952",
        "SAMPLETON DOWN, WILTS.",
    ),
    # a county and a country's abbreviation listed with a comma: no given name and surname
    ("Sampleton,\nKent, ENG.\nVI-12-1950\nK. Muster\n\nEMEC 123,456", "Sampleton,\nKent, ENG."),
    # a lichen's substrate, then the place, all in capitals
    (
        "LICHENS OF EXEMPLIA\nEXAMPLA MUSTER (ACH.) NYL.\n"
        "ON BARK OF TREES, SAMPLETON FOREST, MT. EXAMPLA, 2400 M.\nK. MUSTER 567 12.III.1972",
        "SAMPLETON FOREST, MT. EXAMPLA, 2400 M.",
    ),
    # an old label's "Hab." naming an island by its abbreviated word
    (
        "Exampla muster L.\nHab. in ins. Exampla, ad rupes maritimas\nleg. J. Beispiel\n1895",
        "in ins. Exampla, ad rupes maritimas",
    ),
    # the "Hab." key's stop read as a comma, or lost, before a Latin preposition
    (
        "Exampla muster Wall.\nHab, in sylvis prope Sampleton\nLeg. K. Muster\n1850",
        "in sylvis prope Sampleton",
    ),
    (
        "Exampla muster Wall.\nHab in pratis prope Sampleton\nLeg. K. Muster\n1850",
        "in pratis prope Sampleton",
    ),
    # an old distribution label's "Hab." naming a region alone
    ("Herb. Ind. Or. Exempl.\nHab. Khasia\nAlt. 4-6000 ped.\nExampla muster Wall.", "Khasia"),
    # a pin's isle abbreviated ("I. of W.") under its place
    ("Sampleton,\nI. of W.\nvii.1921\nJ. Beispiel", "Sampleton,\nI. of W."),
    # a word broken over a pin's lines by the OCR
    (
        "Exampla muster L.\nSampleton Com\nmon, Surrey\nK. Muster\n3.v.1921",
        "Sampleton Com\nmon, Surrey",
    ),
    # the site's sentence after the place's: the habitat
    (
        "Exampla muster L.\nExampla Wood, Sampleton. On chalk.\nK. Muster 55\n12.6.1950",
        "Exampla Wood, Sampleton.",
    ),
]


@pytest.mark.parametrize(("text", "expected"), LOCALITIES)
def test_locality(text: str, expected: str) -> None:
    assert value(text, "verbatimLocality") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Exampla muster L.\nPlot 7\n12 June 1998\nK. Muster 455",
        "HERBARIUM OF EXAMPLA\n\nExampla muster L.\nQuadrat l2\n3.vii.2001\nK. Muster 12",
    ],
)
def test_plot_alone_is_no_sure_place(text: str) -> None:
    got = field(text, "verbatimLocality")
    assert got is None or (PLACE_UNCUED in got.flags and got.confidence < 0.9)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Plot 7", True),
        ("QUADRAT 12", True),
        ("Transect no. B", True),
        ("Plot 7, Quadrat 3", True),
        ("Plot 7, Sampleton Forest Reserve", False),
        ("Sampleton Plot", False),
        ("Site of old mill", False),
    ],
)
def test_unit_alone(text: str, expected: bool) -> None:
    assert unit_alone(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SAMPLETON DOWN, NR. EXAMPLA, WILTS.", True),
        ("IN SYLVIS PROPE SAMPLETON", True),
        ("Max Pr. v Beispiel", False),
        ("HERBARIUM NR. 1234", False),
    ],
)
def test_preposition_in_capitals(text: str, expected: bool) -> None:
    assert (PLACE_PREPOSITION.search(text) is not None) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("BRITISH ISLES", True), ("Afr. trop.", True), ("Sampleton", False), ("Kent", False)],
)
def test_old_region(text: str, expected: bool) -> None:
    assert old_region(text) is expected


def test_wide_region_alone_is_uncued() -> None:
    text = "Sampleton 98\n\nBRITISH ISLES:\nMuster Coll.\nB.M. 1957-670.\n\nNHMUK\n010123456"
    got = field(text, "verbatimLocality")
    assert got is None or (PLACE_UNCUED in got.flags and got.confidence < 0.8)


@pytest.mark.parametrize(
    ("above", "line", "expected"),
    [
        ("Sampleton Com", "mon, Surrey", True),
        ("Exam-", "pla", True),
        ("Sample Hill", "near Beeby", False),
        ("Sample Wood", "on oak", False),
        ("Sampleton", "under stone", False),
    ],
)
def test_broken_word(above: str, line: str, expected: bool) -> None:
    assert _broken_word(above, line) is expected
