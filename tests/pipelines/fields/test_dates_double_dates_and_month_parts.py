"""Dates: parts of a month before it ("early June 1890", "mi-juin 1890", "Anfang Mai 1890"):
the month, the words in the verbatim date, flagged part_of_month; Russian labels' double dates
before the calendar changed, the Julian day and the Gregorian one slashed or in brackets ("12/24
VI 1890", "12(24).VI.1890"): the Gregorian date, flagged julian_gregorian; a slashed pair of days
that is no such pair stays a run of days. Invented strings in the shapes labels use."""

from __future__ import annotations

import pytest

from pipelines.fields.dates import find_dates
from tests.pipelines.fields.parsed import value

DOUBLE = [
    ("12/24 VI 1890", "1890-06-24"),
    ("12(24).VI.1890", "1890-06-24"),
    ("12 (24) VI 1890", "1890-06-24"),
    ("15/27.V.1875", "1875-05-27"),
    ("3/16 июня 1912", "1912-06-16"),
    ("12/24 June 1890", "1890-06-24"),
    ("1/12 VII 1780", "1780-07-12"),
]


@pytest.mark.parametrize(("text", "iso"), DOUBLE)
def test_double_date_gives_the_gregorian_day(text: str, iso: str) -> None:
    (d,) = find_dates(text)
    assert (d.iso, "julian_gregorian" in d.flags) == (iso, True)


RUNS = [
    ("12/15 VI 1890", "1890-06-12/1890-06-15"),  # no calendar's lag between them
    ("12-24 VI 1890", "1890-06-12/1890-06-24"),  # a dash: a run of days
    ("12/24 VI 1950", "1950-06-12/1950-06-24"),  # after the calendar changed
]


@pytest.mark.parametrize(("text", "iso"), RUNS)
def test_other_pairs_of_days_stay_runs(text: str, iso: str) -> None:
    (d,) = find_dates(text)
    assert (d.iso, "julian_gregorian" in d.flags) == (iso, False)


def test_bracketed_day_without_the_lag_is_no_date_of_that_day() -> None:
    assert [d.iso for d in find_dates("12(15).VI.1890") if d.precision == 3] == []


def test_double_date_on_a_sheet() -> None:
    text = "TRANSVAAL\nSampleton, on rocks\nExampla ornata Muster\nJ. Beispiel 8888\n12(24).VI.1890"
    assert value(text, "eventDate") == "1890-06-24"


# a part of the month before it: the month, its words in the verbatim date, flagged part_of_month
PARTS = [
    ("early June 1890", "1890-06"),
    ("end of May 1890", "1890-05"),
    ("mi-juin 1890", "1890-06"),
    ("Anfang Mai 1890", "1890-05"),
    ("fine maggio 1890", "1890-05"),
    ("mediados de junio de 1925", "1925-06"),
    ("Mitte VI.1935", "1935-06"),
]


@pytest.mark.parametrize(("text", "iso"), PARTS)
def test_part_of_a_month(text: str, iso: str) -> None:
    (d,) = find_dates(text)
    assert (d.iso, d.verbatim, "part_of_month" in d.flags) == (iso, text, True)


def test_month_without_a_part_is_not_flagged() -> None:
    (d,) = find_dates("Sampleton, May 1890")
    assert (d.verbatim, d.flags) == ("May 1890", [])


def test_part_of_month_on_a_sheet() -> None:
    text = "S. RHODESIA: Sampleton\nExampla ornata Muster\nK. Muster 3456\nearly June 1930"
    assert value(text, "verbatimEventDate") == "early June 1930"


# a month's accent misread by the OCR ("Aoüt" for "Août"): the month, a repaired reading
@pytest.mark.parametrize("text", ["12 Aoüt 1920", "l2 Aoüt l92O", "12 aoűt 1920"])
def test_month_with_a_misread_accent(text: str) -> None:
    (d,) = find_dates(text)
    assert (d.iso, "ocr_repaired" in d.flags) == ("1920-08-12", True)
