"""A collector's or a determiner's name holding letters the OCR's known misreadings explain:
"rn" before a "p" for the "m" of "mp" ("A. Exernpel", "H. Sarnpleva"), a "c" between two
consonants or after a word's capital consonant for an "e" ("G. Probcrt", "L. Tcstwood"):
doubted (`unsure_reading`), kept as read. Names that hold "ch", "ck", "sc", "Mc" or "rnb" as
printed stay sure. Invented strings."""

from __future__ import annotations

import pytest

from pipelines.fields.people import misread_letters
from tests.pipelines.fields.parsed import reading

MISREAD = [
    ("Sampleton\n12.v.1931\nA. Exernpel", "recordedBy", "A. Exernpel"),
    ("Probeham\n3.vi.1920\nG. Probcrt", "recordedBy", "G. Probcrt"),
    ("Musterdorf\n1.8.1911\nL. Tcstwood", "recordedBy", "L. Tcstwood"),
    ("Sampleton\n12.v.1931\nM. Invcnta", "recordedBy", "M. Invcnta"),
    (
        "Sampleton\n12.v.1931\nK. Muster\n\nExampla minor (Sow.)\nH. Sarnpleva 1950",
        "identifiedBy",
        "H. Sarnpleva",
    ),
]


@pytest.mark.parametrize(("text", "term", "who"), MISREAD)
def test_misread_letters_doubted(text: str, term: str, who: str) -> None:
    got = reading(text, term)
    assert got is not None and got[0] == who
    assert got[1] < 0.9 and "unsure_reading" in got[2]


@pytest.mark.parametrize(
    "name", ["K. Muster", "J. McNeill", "K. Schmidt", "R. Thornbury", "A. Pickett", "H. Ascher"]
)
def test_printed_letters_not_misread(name: str) -> None:
    assert not misread_letters(name)


@pytest.mark.parametrize("name", ["A. Exernpel", "G. Probcrt", "L. Tcstwood", "E. Muskctt"])
def test_misread_letters(name: str) -> None:
    assert misread_letters(name)
