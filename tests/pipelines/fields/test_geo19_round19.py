"""Round 19's dates and geography: year-first dates with dashes and one-figure parts
("1921-6-15"), a grid reference's square whose figures are on the next line (no reference), a
title naming a region wider than one of today's countries ("FLORA OF BRITISH INDIA"), a
distributor's address. Invented strings in the shapes labels use."""

from __future__ import annotations

import pytest

from pipelines.fields.dates import find_dates
from tests.pipelines.fields.parsed import fields

# the year first, with dashes and one-figure month or day
YEAR_FIRST = [
    ("1921-6-15 K. Muster", "1921-06-15"),
    ("1921-6-5", "1921-06-05"),
    ("Sampleton, 1935-12-1", "1935-12-01"),
    ("1921-06-15", "1921-06-15"),
]


@pytest.mark.parametrize(("text", "iso"), YEAR_FIRST)
def test_year_first_with_dashes(text: str, iso: str) -> None:
    assert [d.iso for d in find_dates(text)][:1] == [iso]


# a museum's register number: four groups, or a year and one number, is no date
@pytest.mark.parametrize(
    "text", ["1950-3-12-45", "Reg. No. 1950-3-12-45", "B.M. 1927-123", "1921-13-5"]
)
def test_register_number_is_no_year_first_date(text: str) -> None:
    assert not [d for d in find_dates(text) if d.precision == 3]


def test_run_of_dashed_dates_after_a_year_stays() -> None:
    got = [d.iso for d in find_dates("12-6-1955-2-7-1955")]
    assert got == ["1955-12-06", "1955-02-07"]


def test_year_first_date_and_collector_on_a_sheet() -> None:
    got = fields("Carex exampla\nSampleton, wet meadow\n1921-6-15 K. Muster")
    assert got["eventDate"].value == "1921-06-15"
    assert got["recordedBy"].value == "K. Muster"


# a grid square, then a date on the next line: no reference, nor figures taken from the date
@pytest.mark.parametrize(
    ("text", "verbatim"),
    [
        ("Kent: Sampleton Down\nGrid ref. TQ\n14.7.1962\nleg. K. Muster", None),
        ("Kent: Sampleton Down\nGrid ref. TQ 14\n14.7.1962\nleg. K. Muster", "TQ 14"),
        ("Kent: Sampleton Down\nGrid ref. TQ 123 456\n14.7.1962", "TQ 123 456"),
    ],
)
def test_grid_reference_stays_on_its_line(text: str, verbatim: str | None) -> None:
    got = fields(text).get("verbatimCoordinates")
    assert (got.value if got else None) == verbatim


# a title naming a region that is several of today's countries names none of them
@pytest.mark.parametrize(
    "text",
    [
        "FLORA OF BRITISH INDIA\nFicus exampla L.\nSampleton, 4000 ft.\nColl. J. Beispiel 12.3.1887",
        "HERB. BRIT. INDIA\nFicus exampla L.\nSampleton Ghat\n12.3.1887",
    ],
)
def test_british_india_names_no_country(text: str) -> None:
    assert "country" not in fields(text)


def test_country_title_still_names_the_country() -> None:
    got = fields("PLANTS OF PERU\nFicus exampla L.\nSampleton\n12 de enero de 1985")
    assert got["countryCode"].value == "PE"


# a distributor's address names where the duplicates were sent from
@pytest.mark.parametrize(
    "text",
    [
        "Distributed by the Botanical Museum, Copenhagen, Denmark\nCarex exampla\n"
        "Sampleton, among stones\n12.VI.1935 leg. A. Exempel",
        "Carex exampla\nSampleton, among stones\n12.VI.1935 leg. A. Exempel\n\n"
        "Distributed by the Botanical Museum,\nCopenhagen, Denmark",
    ],
)
def test_distributor_address_names_no_country(text: str) -> None:
    assert "country" not in fields(text)
