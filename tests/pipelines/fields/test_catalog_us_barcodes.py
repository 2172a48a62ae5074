"""Catalogue numbers: US barcodes and an accession number beside them, and a barcode's
number whose digits OCR read as letters ("C0l23456F", "E0O123456"): taken, repaired and doubted.
Invented numbers in the shapes institutions print."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import field

# (label, number): the barcode number, not the accession or sheet number printed beside it
SURE = [
    ("FIELD MUSEUM OF NATURAL HISTORY\nBOTANY\nC0123456F\nPlants of Texas", "C0123456F"),
    ("V0234567F\nFIELD MUSEUM OF NATURAL HISTORY\nFlora of Sampleton", "V0234567F"),
    ("US 1234567\nUNITED STATES NATIONAL HERBARIUM\nAccession No. 987654", "US 1234567"),
    ("MO-1234567\nAccession No. 98765\nMISSOURI BOTANICAL GARDEN", "MO-1234567"),
    ("NEW YORK BOTANICAL GARDEN\nNY 01234567\nPlants of Vermont", "NY 01234567"),
]


@pytest.mark.parametrize(("text", "number"), SURE)
def test_us_barcodes(text: str, number: str) -> None:
    got = field(text, "catalogNumber")
    assert got is not None and got.value == number and got.confidence >= 0.9


def test_an_accession_number_alone_is_no_catalogue_number() -> None:
    text = "Herbarium of the University of Example\nAccession No. 123456\nPlants of Kansas"
    assert field(text, "catalogNumber") is None


# (label, number): a digit read as a letter, a space before the final code: repaired, below 0.9
MISREAD = [
    ("FIELD MUSEUM\nCO123456F\nPlants of Texas", "C0123456F"),
    ("FIELD MUSEUM\nC0123456 F\nPlants of Texas", "C0123456F"),
    ("FIELD MUSEUM\nV0l23456F", "V0123456F"),
    ("FIELD MUSEUM\nC01234S6F", "C0123456F"),
    ("US l234567\nSMITHSONIAN INSTITUTION", "US 1234567"),
    ("E0O123456\nROYAL BOTANIC GARDEN EDINBURGH", "E00123456"),
    ("K00O123456\nROYAL BOTANIC GARDENS, KEW", "K000123456"),
]


@pytest.mark.parametrize(("text", "number"), MISREAD)
def test_misread_barcode_numbers_are_repaired_and_doubted(text: str, number: str) -> None:
    got = field(text, "catalogNumber")
    assert got is not None and got.value == number
    assert "ocr_repaired" in got.flags and got.confidence < 0.9


# a misread figure elsewhere is no catalogue number: a height, a field number, a word
NOT_NUMBERS = [
    "Elev. l200 ft",
    "SOIL l23456",
    "K. Muster 12O4",
    "Sampleton, on SOIL OB1234S6 sand",
    "TEXO123456",
]


@pytest.mark.parametrize("text", NOT_NUMBERS)
def test_misread_figures_elsewhere(text: str) -> None:
    assert field(text, "catalogNumber") is None


def test_a_sure_number_wins_over_a_misread_one() -> None:
    got = field("FIELD MUSEUM\nV0123456F\nCO123456F", "catalogNumber")
    assert got is not None and got.value == "V0123456F"
