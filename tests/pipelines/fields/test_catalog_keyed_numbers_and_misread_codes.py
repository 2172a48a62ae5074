"""Catalogue numbers after a museum's key ("Cat. No. 12345", "Reg. No. 1911.7.4.21"), a herbarium's
code and number after the collector's name, and codes OCR misread ("B00612003" under Edinburgh's
name, "F1098377" for Florence's FI 098377). All numbers invented."""

from __future__ import annotations

import pytest

from pipelines.fields import labels_from_text
from pipelines.fields.catalog import find_catalog_numbers
from pipelines.fields.text import make_labels


def _numbers(text: str) -> list[tuple[str, float, list[str]]]:
    got = find_catalog_numbers(make_labels(labels_from_text(text)))
    return [(c.value, c.confidence, list(c.flags)) for c in got]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("MUSEUM OF EXAMPLA\nReg. No. 1911.7.4.21\nSampleton, Kenya", "1911.7.4.21"),
        ("Cat. No. 12345\nExampla sampleta Muster", "12345"),
        ("Catalogue no.: 45678\nSampleton", "45678"),
        ("K. Muster MEL 1234567\n12.x.1970", "MEL 1234567"),
        ("Sampleton Ranges\nJ. Beispiel PERTH 0123456", "PERTH 0123456"),
    ],
)
def test_keyed_and_after_collector(text: str, value: str) -> None:
    got = _numbers(text)
    assert got and got[0][0] == value and got[0][1] < 0.9


@pytest.mark.parametrize(
    "text",
    [
        "Reg. No. 1234",  # a register's serial alone: an accession's
        "Wall. Cat. No. 1234",  # a published catalogue's entry
        "Herb. Wallich\nCat. No. 1234",  # the same, its key on a line of its own
        "Collected by K. Muster MO 12345",  # a two-letter code after a name: a state's as often
        "Sampleton MEL 1234567 road",
    ],
)
def test_no_catalogue_number(text: str) -> None:
    assert not _numbers(text)


def test_barcode_before_keyed_number() -> None:
    got = _numbers("Reg. No. 1911.7.4.21\nNHMUK010123456")
    assert got[0][0] == "NHMUK010123456"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ROYAL BOTANIC GARDEN EDINBURGH\nB00612003", "E00612003"),
        ("Herbarium\nF1098377\nToscana: Sampleton", "FI098377"),
    ],
)
def test_misread_code_mended_and_doubted(text: str, value: str) -> None:
    (first, *_) = _numbers(text)
    assert first[0] == value and first[1] < 0.9 and "ocr_repaired" in first[2]


@pytest.mark.parametrize(
    "text",
    [
        "B00612003",  # no institution named whose shape the twin letter gives
        "FIELD MUSEUM\nF1098377",  # the Field Museum's own code, not Florence's
    ],
)
def test_misread_code_left(text: str) -> None:
    assert all(v not in ("E00612003", "FI098377") for v, _, _ in _numbers(text))
