"""A run of days written with ordinals, the second day's ordinal too ("15th-20th June 1934",
"June 15th-20th, 1934", "21st-23rd May 1899"): the run, not the month alone (which a keyer's run
of days makes wrong) nor the second day alone. Invented strings in the shapes labels use."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import value

RUNS = [
    ("15th-20th June 1934", "1934-06-15/1934-06-20"),
    ("15th - 20th June, 1934", "1934-06-15/1934-06-20"),
    ("1st-5th Aug. 1901", "1901-08-01/1901-08-05"),
    ("15-20th June 1934", "1934-06-15/1934-06-20"),
    ("21st-23rd May 1899", "1899-05-21/1899-05-23"),
    ("June 15th-20th, 1934", "1934-06-15/1934-06-20"),
    ("June 15-20th 1934", "1934-06-15/1934-06-20"),
    ("Aug. 31st-Sept. 2nd, 1905", "1905-08-31/1905-09-02"),
]


@pytest.mark.parametrize(("date", "iso"), RUNS)
def test_an_ordinal_run_of_days(date: str, iso: str) -> None:
    text = f"Plants of Exampleshire\nSampleton Common\n{date}\nK. Muster"
    assert value(text, "eventDate") == iso
