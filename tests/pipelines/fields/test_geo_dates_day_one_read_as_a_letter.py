"""A day of one figure the OCR read as a letter: opening a run of days ("l.-6.VI.1933",
"I-9.vii.1931") or before a Roman month ("l.VI.1933"), mended and flagged; a capital I alone
before a Roman month stays January's numeral's doubt. Invented strings in the shapes labels
use."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import reading

MENDED = [
    ("Flora Hispanica\nProv. Exempla: Sampledo\nl.-6.VI.1933", "1933-06-01/1933-06-06"),
    ("Musterdorf, Waldrand\nl-9.vii.1931\nleg. K. Muster", "1931-07-01/1931-07-09"),
    ("Probeham Moss\nI.-4.VIII.1950\nJ. Beispiel", "1950-08-01/1950-08-04"),
    ("Sampleton\nl.VI.1933\nA. Exempel", "1933-06-01"),
    ("Sampleton\n|.x.1902\nH. Sampleva", "1902-10-01"),
]


@pytest.mark.parametrize(("text", "iso"), MENDED)
def test_a_day_read_as_a_letter_is_mended(text: str, iso: str) -> None:
    got = reading(text, "eventDate")
    assert got is not None and got[0] == iso and "ocr_repaired" in got[2]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # a collector's initial before a date on the next line is no day
        ("Sampleton, leg. K. Muster l.\n12.VI.1933", "1933-06-12"),
        # a capital I alone before a Roman month is no mended day
        ("Sampleton\nI.VI.1933\nA. Exempel", "1933-06"),
    ],
)
def test_other_letters_stay(text: str, iso: str) -> None:
    got = reading(text, "eventDate")
    assert got is not None and got[0] == iso and "ocr_repaired" not in got[2]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Co. Exampla, Sampleton\nl.8.1950", "1950-08-01"),
        ("Sampleton\n|.12.1931\nleg. K. Muster", "1931-12-01"),
        ("Probeham Moss\nl.06.1977\nJ. Beispiel", "1977-06-01"),
    ],
)
def test_a_day_read_as_a_letter_before_a_month_in_figures(text: str, iso: str) -> None:
    got = reading(text, "eventDate")
    assert got is not None and got[0] == iso and "ocr_repaired" in got[2]
