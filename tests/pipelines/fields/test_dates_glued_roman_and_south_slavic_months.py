"""Date shapes: a day glued to its Roman month ("30V-2001"), a month of two ones OCR read as
letters ("l2.ll.l935"), and the Slovak, Serbian, Bulgarian and Slovene months. Invented strings
in the shapes labels use."""

from __future__ import annotations

import pytest

from pipelines.fields.dates import find_dates
from tests.pipelines.fields.parsed import field

# (text, iso of the first date found, whether it is read surely)
SHAPES = [
    ("30V-2001", "2001-05-30", True),
    ("12VI.1935", "1935-06-12", True),
    ("3vii-1950", "1950-07-03", True),
    ("12. júna 1955", "1955-06-12", True),
    ("3. júla 1960", "1960-07-03", True),
    ("Dne 12. mája 1935", "1935-05-12", True),
    ("12. јуна 1910", "1910-06-12", True),
    ("3 јула 1912", "1912-07-03", True),
    ("12 юни 1935", "1935-06-12", True),
    ("12. avgusta 1935", "1935-08-12", True),
    ("1935. ápr. 12.", "1935-04-12", True),
    # Hungarian year first, each figure with its full stop, spaced
    ("1935. 06. 12.", "1935-06-12", True),
    ("1935. 6. 12.", "1935-06-12", True),
    # Estonian 'in June'
    ("juunis 1935", "1935-06", True),
    # the ones of a day, a month and a year read as l: November, the reading repaired
    ("l2.ll.l935", "1935-11-12", False),
    ("12.ll.1935", "1935-11-12", False),
    # two capital I's between a day and a year are February's Roman numeral
    ("12.II.1935", "1935-02-12", True),
]


@pytest.mark.parametrize(("text", "iso", "sure"), SHAPES)
def test_shape(text: str, iso: str, sure: bool) -> None:
    found = [d for d in find_dates(text) if d.precision > 1]
    assert found and found[0].iso == iso
    assert (found[0].confidence >= 0.9) == sure
    if not sure:
        assert "ocr_repaired" in found[0].flags


# Not a date: a glued Roman month needs a full year after it; "mája" without its accent is a name
NOT = ["12X 35", "220V 12", "Maja 1935", "Marc 1935", "mais 1935"]


@pytest.mark.parametrize("text", NOT)
def test_not_a_dated_month(text: str) -> None:
    assert not [d for d in find_dates(text) if d.precision > 1]


SHEETS = [
    (
        "WISCONSIN: Dane Co., Madison, on bark of Quercus.\n30V-2001\nA. Exempel 5521",
        "2001-05-30",
    ),
    (
        "Tennessee, Sevier Co., on soil along trail.\nl2.ll.l935\nColl. J. Beispiel 1234",
        "1935-11-12",
    ),
    ("Slovensko, Vysoké Tatry, Príkladová dolina.\n12. júna 1955\nleg. J. Príklad", "1955-06-12"),
    ("Serbia: Sample planina, pašnjaci.\n12. јуна 1910\nleg. K. Muster", "1910-06-12"),
]


@pytest.mark.parametrize(("text", "iso"), SHEETS)
def test_sheet(text: str, iso: str) -> None:
    got = field(text, "eventDate")
    assert got is not None and got.value == iso


# A Julian date and its Gregorian across a month's end, as Russian and Baltic labels wrote them
# before the calendar changed: the Gregorian date, flagged
@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("30.V/11.VI.1890", "1890-06-11"),
        ("30 мая / 11 июня 1890", "1890-06-11"),
        ("30 Mai/11 Juni 1890", "1890-06-11"),
        ("31.V/13.VI.1910", "1910-06-13"),
    ],
)
def test_julian_and_gregorian_across_months(text: str, iso: str) -> None:
    found = find_dates(text)
    assert found and found[0].iso == iso and "julian_gregorian" in found[0].flags


def test_a_slash_between_dates_no_calendar_pair_reads_the_second() -> None:
    found = find_dates("25.XII/6.I.1890")
    assert found and found[0].iso == "1890-01-06" and "julian_gregorian" not in found[0].flags
