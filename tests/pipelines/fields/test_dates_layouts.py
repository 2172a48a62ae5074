"""European date layouts: a printed form's filled-in blanks, runs of days across two months,
runs of Roman months, days joined by a slash. Invented strings in the shapes labels use."""

from __future__ import annotations

import pytest

from pipelines.fields import labels_from_text
from pipelines.fields.dates import find_dates, label_dates
from pipelines.fields.text import make_labels


@pytest.mark.parametrize(
    ("text", "iso", "rule"),
    [
        # a form's blanks ("Dat.: ..../..../....") filled in: the marks of the blanks stay
        ("Dat.: 9 . / . 6 ./ 2002", "2002-06-09", "date.form"),
        ("3./.4./1950", "1950-04-03", "date.form"),
        ("3 ./. 11 ./. 1950", "1950-11-03", "date.form"),
        ("17 .. 8 .. 1951", "1951-08-17", "date.form"),
        # the century printed, the year's end written after it
        ("26 . 7 . 19 . 62", "1962-07-26", "date.form"),
        ("4.5.19.87", "1987-05-04", "date.form"),
        ("Datum: 12 / 6 / 19 . 58", "1958-06-12", "date.form"),
        # plain numeric dates stay the numeric rule's
        ("14.3.1968", "1968-03-14", "date.numeric"),
        ("14 . 03 . 1968", "1968-03-14", "date.numeric"),
        # a run of days across two months
        ("12.IV-3.V.1950", "1950-04-12/1950-05-03", "date.dmy_roman"),
        ("28.VI.-3.VII.1950", "1950-06-28/1950-07-03", "date.dmy_roman"),
        ("28 vi - 3 vii 1950", "1950-06-28/1950-07-03", "date.dmy_roman"),
        ("12 avr.-3 mai 1950", "1950-04-12/1950-05-03", "date.dmy_name"),
        ("30 juin - 2 juil. 1950", "1950-06-30/1950-07-02", "date.dmy_name"),
        ("28. Juni - 3. Juli 1950", "1950-06-28/1950-07-03", "date.dmy_name"),
        ("28 June - 3 July 1950", "1950-06-28/1950-07-03", "date.dmy_name"),
        # a run of Roman months
        ("VI-VII.1950", "1950-06/1950-07", "date.my_roman"),
        ("VI.-VII.1950", "1950-06/1950-07", "date.my_roman"),
        # year first
        ("1950. VII. 14.", "1950-07-14", "date.ymd_roman"),
        ("1950-VII-14", "1950-07-14", "date.ymd_roman"),
        ("1950 vii 3", "1950-07-03", "date.ymd_roman"),
        # days joined by a slash, then the month and the year
        ("14/15.6.1950", "1950-06-14/1950-06-15", "date.numeric_range"),
        ("3/4.VI.1950", "1950-06-03/1950-06-04", "date.dmy_roman"),
    ],
)
def test_european_layouts(text: str, iso: str, rule: str) -> None:
    assert [(d.iso, d.rule) for d in find_dates(text)] == [(iso, rule)]


@pytest.mark.parametrize(
    ("text", "isos"),
    [
        # dots put the day first: a volume, a page and a year, not a form
        ("Bot. Jahrb. 9. 14. 1891", []),
        # a page range and a number are no runs of days
        ("p. 1.2.3.45", []),
        # the days' run ends before it starts
        ("15.VI-3.VI.1950", []),
        # no run of days with three slashes
        ("14/15/6/50", []),
        # a year, a numeral and a measure or a decimal are no year-first date
        ("1890 IV 12 m", ["1890"]),
        ("1890 II 3.5", ["1890"]),
        # a volume's numerals before a year are no run of months
        ("Vol. II-III 1936", ["1936"]),
    ],
)
def test_what_the_layouts_do_not_take(text: str, isos: list[str]) -> None:
    assert [d.iso for d in find_dates(text)] == isos


def _dates(text: str) -> list[tuple[str, bool, float]]:
    return [(d.date.iso, d.det, d.score) for d in label_dates(make_labels(labels_from_text(text)))]


def test_a_date_alone_over_a_determiner_s_line_is_the_determination_s() -> None:
    # a revision slip's date written over the determiner's name, each read as a block
    text = "Revised for\n\nExemplaria fragilis Bl.\n\n8/1972\n\ndet. K. Muster\n\nLeg. B. Beispiel 12.5.1890"
    assert [(iso, det) for iso, det, _ in _dates(text)] == [
        ("1972-08", True),
        ("1890-05-12", False),
    ]
    # a date with more beside it, or over a dated determiner's line, stays the collection's
    text = "Exempla, 8/1972\n\ndet. K. Muster"
    assert [(iso, det) for iso, det, _ in _dates(text)] == [("1972-08", False)]
    text = "8/1972\n\ndet. K. Muster 1980"
    assert _dates(text)[0][:2] == ("1972-08", False)


def test_a_number_ending_the_line_above_is_no_day_of_the_year() -> None:
    # a sheet's number over a year alone: the year keeps its score
    assert _dates("Exemplaria 3\n1832") == [("1832", False, 1.0)]
    # a day whose month could not be read, before the year on the same line or across it
    assert _dates("Nxvq 14, 1938")[0][2] < 0
    assert _dates("Nxvq 14,\n1938")[0][2] < 0


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # year first, then the month's name and the day
        ("1931, June 12", "1931-06-12"),
        ("1931 Jun. 12", "1931-06-12"),
        ("1931. június 12.", "1931-06-12"),
        # a German ordinal day
        ("den 12ten Juli 1890", "1890-07-12"),
        # Hungarian and Romanian month names
        ("12 szept. 1950", "1950-09-12"),
        ("25 iulie 1950", "1950-07-25"),
        # two full dates joined by a dash or a word: one run of days
        ("31.V.1899 - 2.VI.1899", "1899-05-31/1899-06-02"),
        ("3 May 1950 to 5 June 1950", "1950-05-03/1950-06-05"),
        ("1.5.1950 bis 3.5.1950", "1950-05-01/1950-05-03"),
        ("2.VII.1950 — 4.VII.1950", "1950-07-02/1950-07-04"),
    ],
)
def test_more_layouts(text: str, iso: str) -> None:
    assert [d.iso for d in find_dates(text)] == [iso]


@pytest.mark.parametrize(
    ("text", "isos"),
    [
        # the later date first, or years apart: two dates, not a run
        ("5.5.1950 - 3.5.1950", ["1950-05-05", "1950-05-03"]),
        ("12.VI.1931 - 12.VI.1935", ["1931-06-12", "1935-06-12"]),
        # a year, a month and a distance are no date
        ("1931 Mai 12 km", ["1931"]),
        # a date and a month alone are not joined
        ("3.V.1950 - VI.1950", ["1950-05-03", "1950-06"]),
    ],
)
def test_not_joined_or_not_read(text: str, isos: list[str]) -> None:
    assert [d.iso for d in find_dates(text)] == isos
