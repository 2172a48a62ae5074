"""Dates in words and with transcribers' marks: a day as an ordinal word ("the twentieth of
July, 1937"), a day left unread ("Jul. [illegible] 1873", "Sept. ? 1937": the month and year,
flagged partial_date), a month and a two-figure year after its apostrophe ("June '78"), whose
century a sheet's year a century earlier leaves a doubt. Invented strings."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import field

_HEAD = "Flora Exempli\nOrchis exempla L.\nSampleton, chalk downs\n"


@pytest.mark.parametrize(
    ("date", "iso"),
    [
        ("Collected by J. Beispiel the twentieth of July, 1937", "1937-07-20"),
        ("leg. K. Muster, the first of May 1890", "1890-05-01"),
        ("leg. K. Muster, twenty-first day of June, 1921", "1921-06-21"),
        ("leg. K. Muster, thirty first of March 1905", "1905-03-31"),
        ("A. Exempel  Jul. [illegible] 1873", "1873-07"),
        ("K. Muster  Sept. ? 1937", "1937-09"),
        ("K. Muster  Aug. [?] 1902", "1902-08"),
    ],
)
def test_read(date: str, iso: str) -> None:
    got = field(_HEAD + date, "eventDate")
    assert got is not None and got.value == iso


def test_an_unread_day_is_flagged() -> None:
    got = field(_HEAD + "A. Exempel  Jul. [illegible] 1873", "eventDate")
    assert got is not None and "partial_date" in got.flags


def test_no_ordinal_word_without_of_and_month() -> None:
    got = field(_HEAD + "the second collection, 1937", "eventDate")
    assert got is None or got.value == "1937"


def test_an_apostrophe_year_after_a_month_alone() -> None:
    got = field(_HEAD + "J. Beispiel  June '78\n\nDet. A. Exempel 1879", "eventDate")
    assert got is not None and got.value == "1878-06"


def test_a_year_a_century_before_leaves_the_century_a_doubt() -> None:
    text = "Herb. J. Beispiel, presented 1881\n" + _HEAD + "J. Beispiel  12 June '78"
    got = field(text, "eventDate")
    assert got is not None and "century_ambiguous" in got.flags and got.confidence < 0.8
    alone = field(_HEAD + "J. Beispiel  12 June '78", "eventDate")
    assert alone is not None and alone.confidence > got.confidence


def test_an_apostrophe_year_nothing_dates_is_doubted() -> None:
    apostrophe = field(_HEAD + "J. Beispiel  12 June '78", "eventDate")
    full = field(_HEAD + "J. Beispiel  12 June 1978", "eventDate")
    assert apostrophe is not None and apostrophe.value == "1978-06-12"
    assert full is not None and apostrophe.confidence < full.confidence
    assert "century_ambiguous" in apostrophe.flags
