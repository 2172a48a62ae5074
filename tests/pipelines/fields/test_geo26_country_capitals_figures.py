"""A country's name in capitals with a figure or two the OCR read for its O or I ("N0RGE",
"SVER1GE", "P0RTUGAL"), alone on its line or opening the place's line: the country, mended and
doubted (ocr_repaired, unsure_reading), as a lower-case name's l read as "1" is ("Fin1and"). A
code's or a number's figures are no name. Invented strings in the shapes labels use."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import reading


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("N0RGE\nSampleby, Musterfjord\n12.7.1955\nleg. A. Exempel", "Norway"),
        ("SVER1GE\nProbeholm, Musterö\n4.8.1961\nleg. H. Sampleva", "Sweden"),
        ("P0RTUGAL\nSerra da Amostra\n12.IV.1940\nleg. J. Beispiel", "Portugal"),
        ("Herb. K. Muster\nDANMARK\nProbeskov\n22.5.1933", "Denmark"),
        ("P0LSKA, Probowo\n12.VI.1934\nleg. A. Exempel", "Poland"),
        ("SUOM1\nSampleniemi\n15.6.1949\nleg. K. Muster", "Finland"),
    ],
)
def test_a_capitals_name_with_figures_is_its_country_doubted(text: str, country: str) -> None:
    got = reading(text, "country")
    assert got is not None and got[0] == country
    if "DANMARK" not in text:
        assert got[1] < 0.9 and "ocr_repaired" in got[2]


@pytest.mark.parametrize(
    "text",
    [
        "L0123456\nSampleton\n1931\nK. Muster",
        "NO 10234\nSampleton\n1931\nK. Muster",
        "BM001234567\nProbeham Wood\n1931",
    ],
)
def test_codes_and_numbers_name_no_country(text: str) -> None:
    assert reading(text, "country") is None
