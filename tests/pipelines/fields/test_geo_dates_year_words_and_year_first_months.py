"""Dates that open with their year: the year's word of Estonian, Latvian and Russian labels
before the day and the month ("1951. a. 12. juunil", "1959. g. 3. jūlijā", "1952 г. 5 июля") or
the month alone ("1955. a. juunis"), and a Roman month after the year and a comma ending its line
("1951, VI"), never a work's year and volume ("Fl. Exempl. 1870, VI"). Invented strings in the
shapes labels use."""

from __future__ import annotations

import pytest

from pipelines.fields.dates import find_dates
from tests.pipelines.fields.parsed import value


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Harju maak., Musterküla\n1951. a. 12. juunil\nleg. A. Exempel", "1951-06-12"),
        ("Sampleküla\n1960. a. 9. mail", "1960-05-09"),
        ("Probeküla\n1948. a. 22. augustil", "1948-08-22"),
        ("Tartumaa Sampleküla\n1951.a. 12.juunil", "1951-06-12"),
        ("Musterküla raba\n1970. aastal 2. septembril", "1970-09-02"),
        ("Sampleküla\n1957. a. 7. VII\nkog. J. Beispiel", "1957-07-07"),
        ("Samplegala\n1959. g. 3. jūlijā", "1959-07-03"),
        ("Примерово\n1952 г. 5 июля", "1952-07-05"),
        ("Sampleküla\n1955. a. juunis", "1955-06"),
        ("Probeküla\n1962. a. augustis\nkog. H. Sampleva", "1962-08"),
        ("Примерово\n1951 г., июнь", "1951-06"),
    ],
)
def test_a_year_and_its_word_open_the_date(text: str, iso: str) -> None:
    assert value(text, "eventDate") == iso


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Probeham\n1951, VI\nleg. A. Exempel", "1951-06"),
        ("Sampleton\n1934, IX\nH. Sampleva", "1934-09"),
        ("Musterdorf\n1901, V.\nleg. K. Muster", "1901-05"),
        ("Sampleton, 1963,VIII", "1963-08"),
        ("Probeby\n1922.XI", "1922-11"),
        ("Sampleton\n1950, VI-VII", "1950-06/1950-07"),
    ],
)
def test_a_roman_month_after_the_year(text: str, iso: str) -> None:
    assert value(text, "eventDate") == iso


@pytest.mark.parametrize(
    "text",
    [
        # a work's year and volume: the year alone, never a month
        "Fl. Exempl. 1870, VI",
        "Fl. Exempl. 1870, VI, p. 12",
        # a Roman numeral the line goes on past is no month
        "Sampleton 1950, IV, 12",
        # "a" is no year's word without its full stop
        "Sampleton 1951 a 12 VI",
    ],
)
def test_other_numerals_after_a_year_give_the_year_alone(text: str) -> None:
    assert [d.rule for d in find_dates(text) if d.precision > 1] == []
