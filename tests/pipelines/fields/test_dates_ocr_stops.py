"""Dates as the OCR reads them on degraded sheets: the day's full stop read as a comma, a Roman
month in small letters with a stroke read as 1; and a reverend collector whose title is no
revision. Invented strings."""

from __future__ import annotations

import pytest

from pipelines.fields import labels_from_text, parse_fields
from pipelines.fields.dates import find_dates


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("12,VI.1925", "1925-06-12"),
        ("12, VI.1925", "1925-06-12"),
        ("5,VIII.1949", "1949-08-05"),
        ("12, Juni 1880", "1880-06-12"),
        ("12.vi1.1950", "1950-07-12"),
        # not a day: a number's comma before a month alone
        ("No. 1234, VI.1925", "1925-06"),
        ("No. 345, June 1880", "1880-06"),
        ("vol. 12, VI 1925", "1925-06"),
    ],
)
def test_dates_read_with_the_ocrs_stops(text: str, iso: str) -> None:
    assert find_dates(text)[0].iso == iso


def test_a_reverend_after_the_collectors_key_is_no_revision() -> None:
    text = "Exampla minor Sm.\nSampleford Common\nColl. Rev. A. Exemplo  July 1888"
    fields = parse_fields(labels_from_text(text))
    assert fields["eventDate"].value == "1888-07"
    assert "dateIdentified" not in fields


def test_a_revision_after_the_collector_still_dates_the_determination() -> None:
    fields = parse_fields(labels_from_text("Exampla minor\nleg. K. Muster, rev. J. Beispiel 1990"))
    assert fields["dateIdentified"].value == "1990"
