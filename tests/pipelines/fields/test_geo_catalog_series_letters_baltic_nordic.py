"""Catalogue numbers of Baltic and Nordic herbaria with a series' letter: a fungarium's "M" after
a code the table gives no shapes ("TU-M 12345", no postal code for its five figures), and a
series' letter set apart from its code by a space ("UPS V-123456") read with the OCR's letters
for figures ("UPS V-l23456"), mended and doubted. Invented numbers."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import reading


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("TU-M 12345\nTartumaa, Sampleküla\n1960", "TU-M 12345"),
        ("TU-M 54321\nVõrumaa, Probeküla\n1971", "TU-M 54321"),
        ("TU-M 234567\nPärnumaa, Musterküla\n1968", "TU-M 234567"),
        ("TU 123456\nTartumaa, Sampleküla\n1960", "TU 123456"),
        ("TUR 123456\nFinland, Musterlahti\n1950", "TUR 123456"),
        ("UPS V-123456\nUpl. Sampleby sn\n1901", "UPS V-123456"),
    ],
)
def test_a_series_letter_after_the_code(text: str, number: str) -> None:
    got = reading(text, "catalogNumber")
    assert got is not None and got[0] == number and "ocr_repaired" not in got[2]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("UPS V-l23456\nSweden, Probeby\n1901", "UPS V-123456"),
        ("UPS V-98765S\nSweden, Musterby\n1911", "UPS V-987655"),
        ("H l234567\nFinland, Probela\n1931", "H1234567"),
        # a code the table gives no shapes: one run of figures, mended
        ("TUR l23456\nFinland, Probela\n1931", "TUR 123456"),
        ("TU 2345B7\nTartumaa, Sampleküla\n1960", "TU 234587"),
        ("OULU 98765l\nFinland, Sampleby\n1955", "OULU 987651"),
    ],
)
def test_letters_read_for_figures_are_mended_and_doubted(text: str, number: str) -> None:
    got = reading(text, "catalogNumber")
    assert got is not None and got[0] == number and got[1] < 0.9 and "ocr_repaired" in got[2]


@pytest.mark.parametrize(
    "text", ["FI-00014 Helsinki", "Box 12345\nSampleton", "TU l2345\nTartumaa", "TU l9S1"]
)
def test_a_postal_code_is_no_catalogue_number(text: str) -> None:
    assert reading(text, "catalogNumber") is None
