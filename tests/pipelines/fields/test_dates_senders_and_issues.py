"""Date shapes: a sender's year ("Comm. K. Muster 1890") and an exsiccata's issue year
("Fasc. III (1905)") are no sure collection year; US dates and OCR-misread years. Invented strings
in the shapes labels use."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import field

SENT = [
    "Plants of Exampleshire\nv.c. 29\nRoadside bank near Sampleton\nComm. K. Muster 1890",
    "Botanical Exchange Club\nHants: Sampleton Common\nWatson B.E.C. 1876\nleg. J. Beispiel",
    "Lichenes exsiccati\nFasc. III (1905)\nNo. 124. Lecanora exempla\nAustria: Tirol, Exampeltal",
    "Exsiccatae Florae Exemplae\nLief. 4, 1902\nCarex exempla\nin Wäldern bei Sampeldorf",
    "Flora exemplaria\nCommunicated by J. Beispiel, 1911\nSampleton, chalk down",
    "Herb. Exemplum\nmisit K. Muster 1880\nin monte Exemplo",
]


@pytest.mark.parametrize("text", SENT)
def test_a_senders_or_an_issues_year_is_a_doubt(text: str) -> None:
    got = field(text, "eventDate")
    assert got is None or (got.confidence < 0.9 and "sent_or_issued_year" in got.flags)


# (label, date): the sheet's own date is taken over the sender's or the issue's year
OWN_DATE = [
    ("Comm. K. Muster\nSampleton, Exampleshire\n14 June 1890", "1890-06-14"),
    (
        "Exsiccatae Florae Exemplae\nLief. 4, 1902\nNo. 312 Carex exempla\n"
        "Bohemia: prope Exampleov, 12.6.1901",
        "1901-06-12",
    ),
    (
        "Flora Europaea exsiccata\nFasc. 2 (1911)\nTirol: Exampeltal, 1900 m\n"
        "leg. J. Beispiel 8.VII.1909",
        "1909-07-08",
    ),
    ("Comm. K. Muster 1890\nSampleton Fen\nJuly 1888", "1888-07"),
]


@pytest.mark.parametrize(("text", "iso"), OWN_DATE)
def test_the_sheets_own_date_wins(text: str, iso: str) -> None:
    got = field(text, "eventDate")
    assert got is not None and got.value == iso
    assert "sent_or_issued_year" not in got.flags


# what the words must not touch: a full date after "Comm." is the sender's note of the gathering,
# "Dec." is December, and a collector's year stays a year
NOT_SENT = [
    ("Comm. K. Muster, 12 June 1890\nSampleton", "1890-06-12"),
    ("Sampleton, chalk down\nDec. 1899\nleg. K. Muster", "1899-12"),
    ("Sampleton, chalk down\nleg. K. Muster 1899", "1899"),
    ("Flora of Sampleton\nCollected by K. Muster, Aug. 1931", "1931-08"),
]


@pytest.mark.parametrize(("text", "iso"), NOT_SENT)
def test_other_years_are_untouched(text: str, iso: str) -> None:
    got = field(text, "eventDate")
    assert got is not None and got.value == iso
    assert "sent_or_issued_year" not in got.flags


# US sheets: a written month is sure; a slashed date month first stays a doubt (the sheet may be
# day first), as does a two-digit year
US_DATES = [
    ("Plants of Exampla County, Texas\nK. Muster 1234a June 3, 1938", "1938-06-03", True),
    ("Plants of Missouri\nK. Muster 5521\n3 Jun 1938", "1938-06-03", True),
    ("Flora of Maine\nK. Muster  Aug 2 1902", "1902-08-02", True),
    ("Plants of Exampla County, Texas\nK. Muster 1234  6/3/38", "1938-06-03", False),
    ("Plants of Arizona\nColl. K. Muster 4/10/1972", "1972-04-10", False),
]


@pytest.mark.parametrize(("text", "iso", "sure"), US_DATES)
def test_us_dates(text: str, iso: str, sure: bool) -> None:
    got = field(text, "eventDate")
    assert got is not None and got.value == iso
    assert (got.confidence >= 0.9) == sure


# a year the OCR misread is never a sure wrong year: "19S2" (5 or 3?), "1g38" (9 or 8?)
MISREAD_YEARS = [
    "Plants of Texas\nColl. K. Muster with J. Beispiel K-123\n19S2",
    "Plants of Wisconsin\nDane Co.\nJ. Beispiel 45  July 9, 1g38",
    "Flora of Sampleton\nK. Muster 12\nMay 3, 19B1",
]


@pytest.mark.parametrize("text", MISREAD_YEARS)
def test_misread_years_are_no_sure_year(text: str) -> None:
    got = field(text, "eventDate")
    assert got is None or got.confidence < 0.9


# (text, iso): runs of days and months written with an en or em dash or a slash, as German and
# Central European labels print them; a run read as its last day alone would be a wrong day
RUNS = [
    ("Flora von Exampeln\n3./4. Juni 1901", "1901-06-03/1901-06-04"),
    ("Flora von Exampeln\nJuni—Juli 1901", "1901-06/1901-07"),
    ("Flora von Exampeln\n14.–16. VII. 1901", "1901-07-14/1901-07-16"),
    ("Plants of Exampla County\n12–14 June 1938", "1938-06-12/1938-06-14"),
    ("Flora von Exampeln\nVI—VII.1901", "1901-06/1901-07"),
]


@pytest.mark.parametrize(("text", "iso"), RUNS)
def test_runs_with_dashes_and_slashes(text: str, iso: str) -> None:
    got = field(text, "eventDate")
    assert got is not None and got.value == iso


# (text, iso): two ones read as letters in a day or a year: repaired and flagged
ONES = [
    ("Flora von Exampeln\nleg. K. Muster ll.VI.1911", "1911-06-11"),
    ("Flora von Exampeln\nleg. K. Muster 1.VI.19ll", "1911-06-01"),
]


@pytest.mark.parametrize(("text", "iso"), ONES)
def test_ones_read_as_letters(text: str, iso: str) -> None:
    got = field(text, "eventDate")
    assert got is not None and got.value == iso and "ocr_repaired" in got.flags


# (text, iso): a small label's date parted by OCR, the year's line read before the day's
SPLIT = [
    ("Ariz.: Exampla\nCo., 6.5 mi. SE\n1977\nSampleton, 26-VIII-", "1977-08-26"),
    ("Sampleton, 3.vi.\nK. Muster\n1931", "1931-06-03"),
]


@pytest.mark.parametrize(("text", "iso"), SPLIT)
def test_a_day_and_month_take_the_year_on_another_line(text: str, iso: str) -> None:
    got = field(text, "eventDate")
    assert got is not None and got.value == iso
    assert "year_on_another_line" in got.flags


# the year stays a year: two days and months that might take it, a determiner's year
NOT_SPLIT = [
    ("Sampleton 3-VI-\n1977\n5-VII-", "1977"),
    ("Sampleton 12-VI-\nleg. K. Muster 1977\nSample Creek", "1977"),
]


@pytest.mark.parametrize(("text", "iso"), NOT_SPLIT)
def test_the_year_stays_alone(text: str, iso: str) -> None:
    got = field(text, "eventDate")
    assert got is None or "year_on_another_line" not in got.flags
