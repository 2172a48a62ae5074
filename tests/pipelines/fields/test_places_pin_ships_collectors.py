"""Lines of museum pins and colonial sheets that are no place: a collector named without his
name ("Native collector 45") and a ship's name after its prefix ("H.M.S. Exampla", its stops
perhaps lost to the OCR). Invented strings of real shapes."""

from __future__ import annotations

import pytest

from pipelines.fields import extract_fields, labels_from_text
from pipelines.fields.places.asides import aside_line


def _locality(text: str) -> str | None:
    got = extract_fields(labels_from_text(text)).get("verbatimLocality")
    return got.value if got is not None else None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the unnamed collector signs the pin's data label, its place above it
        ("Sampleton\nNative collector 45\nBrit. Mus. 1936-404", "Sampleton"),
        ("Probeham\nN. Exampla\nNative coll.\nB.M. 1922-7", "Probeham\nN. Exampla"),
        ("Beeby Hills\nNATIVE COLLECTOR\nB.M. 1921-3", "Beeby Hills"),
        # a ship's name over or under the place
        ("H.M.S. Exampla\nProbe Island\n12.iii.1874", "Probe Island"),
        ("Beeby Isld.\nHM.S. Sample\n1.ii.1891\nBrit. Mus. 1891-33", "Beeby Isld."),
        ("Sampla Bay\nHMS Probe\n3.v.1880", "Sampla Bay"),
        ("Voyage of H.M.S. Beeby\nExampla Island\n1875", "Exampla Island"),
    ],
)
def test_pin_lines_that_are_no_place(text: str, place: str) -> None:
    assert _locality(text) == place


@pytest.mark.parametrize(
    ("line", "aside"),
    [
        ("Native collector 45", True),
        ("Native collect.", True),
        ("H.M.S. Sample", True),
        ("HM.S. Sample", True),
        ("H. M. S. Probe", True),
        ("R.V. Beeby", True),
        # no ship's name after the letters, letters that make a word, a place
        ("HMS", False),
        ("Hms Sample", False),
        ("Sample Sound", False),
        ("Native Point", False),
    ],
)
def test_aside_line(line: str, aside: bool) -> None:
    assert aside_line(line) is aside


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a collector's key whose stop the OCR lost ends a keyed locality
        (
            "Aus bus L.\nVindplaats: Sampledam, duinvallei\nleg J. Beispiel\n12-8-1956",
            "Sampledam, duinvallei",
        ),
        (
            "Aus bus L.\nFundort: Musterbach bei Probedorf\nlgt K. Muster\n1931",
            "Musterbach bei Probedorf",
        ),
        (
            "Aus bus L.\nLocality: Beeby Woods,\nnear Sampleton\nleg. A. Exempel",
            "Beeby Woods,\nnear Sampleton",
        ),
    ],
)
def test_collector_key_without_its_stop_ends_the_keyed_place(text: str, place: str) -> None:
    assert _locality(text) == place
