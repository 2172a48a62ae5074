"""A day of one figure the OCR read as a capital I before a month in figures and a full year,
parted by full stops ("I.8.1950"): the first of the month, mended and flagged, no longer January's
Roman numeral before a day. The hyphened US order ("I-8-1950", "VII-4-54") keeps its Roman
month. Invented strings in the shapes labels use."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import reading


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Probeham\nHants\nI.8.1950\nH. Sampleva", "1950-08-01"),
        ("Sampleton, Kent\nI.12.1931\nK. Muster", "1931-12-01"),
        ("Musterdorf, Waldrand\nI. 6. 1927\nleg. J. Beispiel", "1927-06-01"),
        ("Sampleby, Musterfjord\nleg. A. Exempel I.07.1955", "1955-07-01"),
    ],
)
def test_a_capital_i_before_a_month_in_figures_is_the_first(text: str, iso: str) -> None:
    got = reading(text, "eventDate")
    assert got is not None and got[0] == iso and "ocr_repaired" in got[2]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # the hyphened Roman month before the day, as US insect labels write it
        ("Sample Co., Ohio\nI-8-1950\nK. Muster", "1950-01-08"),
        ("Probeville, Tex.\nVII-4-1954\nA. Exempel", "1954-07-04"),
        # a Roman month between the day and the year is the month
        ("Sampleton\n1.VIII.1950\nJ. Beispiel", "1950-08-01"),
        # the OCR's other slips of a day's figures, as before
        ("Probeham\nDevon\nI2.VI.1951\nK. Muster", "1951-06-12"),
        ("Musterbury\n1O.vi.1931\nA. Exempel", "1931-06-10"),
        ("Sampleford\nl9.v.1920\nJ. Beispiel", "1920-05-19"),
    ],
)
def test_other_orders_stay(text: str, iso: str) -> None:
    got = reading(text, "eventDate")
    assert got is not None and got[0] == iso
