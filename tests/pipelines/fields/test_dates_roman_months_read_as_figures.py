"""A Roman month whose I the OCR read as a figure or a small l ("12.111.1934", "5.Vl.1925",
"8.VIl.1901"): read, and doubted (which numeral it was the reading cannot say)."""

from __future__ import annotations

import pytest

from pipelines.fields.dates import find_dates


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("leg. J. Beispiel 12.111.1934", "1934-03-12"),
        ("5.Vl.1925", "1925-06-05"),
        ("8.VIl.1901", "1901-07-08"),
        ("3.V11.1911", "1911-07-03"),
    ],
)
def test_misread_roman_month_doubted(text: str, iso: str) -> None:
    (d,) = find_dates(text)
    assert d.iso == iso and "unsure_reading" in d.flags


@pytest.mark.parametrize("text", ["12.III.1934", "5.vi.1925", "8.vii.1901"])
def test_clean_roman_month_not_doubted(text: str) -> None:
    (d,) = find_dates(text)
    assert "unsure_reading" not in d.flags


@pytest.mark.parametrize("text", ["No. 111.1934", "111.1934", "12 111 1934"])
def test_three_ones_elsewhere_no_month(text: str) -> None:
    assert all(d.iso[5:7] != "03" for d in find_dates(text))
