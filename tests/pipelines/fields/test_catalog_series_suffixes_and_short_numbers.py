"""Catalogue numbers: a series' letter between a herbarium's code and its number where the sheet
names the herbarium in brackets ("S-G-12345"), a letter of the institution's own shapes before a
number of another length ("TENN-L-012345"), a known code glued after a series' letter and the
number ("v0123456WIS"), four figures after a code of three letters ("PRC 1234"). Invented
strings in the shapes labels use."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import field, value

_DATA = "Flora Exempli\nSampleton, on rocks\nleg. A. Exempel 5678\n12.VI.1935\n\n"

READ = [
    ("HERBARIUM OF THE SWEDISH MUSEUM OF NATURAL HISTORY (S)\n\nS-G-12345", "S-G-12345"),
    ("UNIVERSITY OF TENNESSEE HERBARIUM (TENN)\nTENN-L-012345", "TENN-L-012345"),
    ("TENN-L-012345", "TENN-L-012345"),
    ("WISCONSIN STATE HERBARIUM\nv0123456WIS", "v0123456WIS"),
    ("HERBARIUM UNIVERSITATIS CAROLINAE PRAGENSIS (PRC)\nPRC 1234", "PRC 1234"),
    ("PRC 4567", "PRC 4567"),
    ("KRAM L-12345", "KRAM L-12345"),
    ("W 1889-0012345", "W 1889-0012345"),
    ("LE 01012345", "LE 01012345"),
    ("V0123456F", "V0123456F"),
    ("C0123456F", "C0123456F"),
]


@pytest.mark.parametrize(("stamp", "number"), READ)
def test_read(stamp: str, number: str) -> None:
    assert value(_DATA + stamp, "catalogNumber") == number


def test_a_number_of_another_length_than_the_shape_is_doubted() -> None:
    got = field(_DATA + "TENN-L-012345", "catalogNumber")
    assert got is not None and got.confidence < 0.9 and "unusual_length" in got.flags


NOT_READ = [
    # a one-letter code and a letter the sheet does not vouch for: an initial, a grid's square
    "S-G-12345",
    # another letter after a code the sheet does not name in brackets
    "WIS-Q-0123456",
    # a year after a code, a code that is no institution's glued after a number
    "PRC 1935",
    "v0123456XYZQ",
    # three figures, or a two-letter code and four: too short to be the sheet's
    "PRC 123",
    "LE 1234",
]


@pytest.mark.parametrize("stamp", NOT_READ)
def test_not_read(stamp: str) -> None:
    assert value(_DATA + stamp, "catalogNumber") is None


def test_a_one_letter_code_under_the_paris_museum_s_stamp() -> None:
    text = (
        "Regio Sampleburg\nDicoma exempla Oliv.\n\nHERB. MUS. PARIS\n\nP0010997\n\nleg. K. Muster"
    )
    got = field(text, "catalogNumber")
    # seven figures, not the eight of its shape: read, doubted
    assert got is not None and got.value == "P0010997" and got.confidence < 0.9
