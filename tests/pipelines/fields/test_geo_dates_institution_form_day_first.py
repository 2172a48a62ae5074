"""A slashed date that reads either way ("12/6/1930") on a label that prints the name of an
institution of a country that writes the day first (its own form, "HERBARIUM OF TRINITY COLLEGE
DUBLIN"): read day first, still a doubt; a US institution's form keeps the month first. The
institutions' names are real (data/institutions.csv), the rest invented."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import reading


@pytest.mark.parametrize(
    ("header", "date", "iso"),
    [
        ("HERBARIUM OF TRINITY COLLEGE DUBLIN", "12/6/1930", "1930-06-12"),
        ("NATIONAL BOTANIC GARDENS, GLASNEVIN, DUBLIN", "3/8/1921", "1921-08-03"),
        ("Royal Botanic Garden Edinburgh", "4/7/1920", "1920-07-04"),
        ("ROYAL BOTANIC GARDENS, KEW", "9/5/1899", "1899-05-09"),
    ],
)
def test_a_day_first_institutions_form(header: str, date: str, iso: str) -> None:
    got = reading(f"{header}\nExampla palustris L.\nSampleton bog\n{date}\nA. Exempel", "eventDate")
    assert got is not None and got[0] == iso
    assert "ambiguous_day_month" in got[2] and got[1] < 0.9


@pytest.mark.parametrize(
    "text",
    [
        "THE NEW YORK BOTANICAL GARDEN\nSampleton bog\n4/7/1920",
        # the institution's name on another label than the date's says nothing of its writer
        "ROYAL BOTANIC GARDENS, KEW\n\nSampleton bog\n4/7/1920\nK. Muster",
    ],
)
def test_otherwise_the_month_stays_first(text: str) -> None:
    got = reading(text, "eventDate")
    assert got is not None and got[0] == "1920-04-07" and "month_first" in got[2]
