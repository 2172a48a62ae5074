"""A determiner's year whose last figures the OCR read as the letter O ("K. Muster det. 192O",
"Rev. H. Sampleva 19O5", "J. Beispiel 195O" under the name): the determiner as with the year
read right, and the year with its nought, marked repaired. Invented strings."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import reading, value

_DATA = "Sampleton\n19.9.1917\nA. Exempel\n\n"

MISREAD = [
    (_DATA + "Exampla rufipes (Sow.)\nR. Fictor det. 192O", "R. Fictor", "1920"),
    (_DATA + "Samplonia minor Muster\nW. Fablewright 195O", "W. Fablewright", "1950"),
    (_DATA + "Musterella obscura (Beisp.)\nT. Examley det. 19O3", "T. Examley", "1903"),
    (
        "Exampla minor L.\nSampleton\nColl. A. Exempel\n\nRev. H. Sampleva 19O5",
        "H. Sampleva",
        "1905",
    ),
    (_DATA + "Probeus fuscus Walk.\nK. Muster 1948", "K. Muster", "1948"),
]


@pytest.mark.parametrize(("text", "who", "year"), MISREAD)
def test_determiner_with_misread_year(text: str, who: str, year: str) -> None:
    assert value(text, "identifiedBy") == who
    got = reading(text, "dateIdentified")
    assert got is not None and got[0] == year
    if "O" in text.rsplit("\n", 1)[-1]:
        assert "ocr_repaired" in got[2]


def test_lone_o_word_no_year() -> None:
    # a word of capitals after the name is no year
    assert value(_DATA + "Exampla rufipes (Sow.)\nR. Fictor OO", "dateIdentified") != "1900"
