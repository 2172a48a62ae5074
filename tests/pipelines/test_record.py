"""The record's key: a decoded barcode is the catalogue number, checked against the printed one."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.config import PipelineSettings
from models.fields import Evidence, FieldCandidate
from models.geometry import Box
from models.specimen import Barcode
from pipelines.process import build_record
from pipelines.record import check_printed

BOX = Box(x=0, y=0, w=10, h=10)


def _barcode(value: str) -> FieldCandidate:
    evidence = Evidence(text=value, rule="barcode.code128", source="barcode")
    return FieldCandidate(term="catalogNumber", value=value, confidence=0.99, evidence=evidence)


def _printed(value: str) -> FieldCandidate:
    evidence = Evidence(label=0, line=0, start=0, end=len(value), text=value, rule="catalog.x")
    return FieldCandidate(term="catalogNumber", value=value, confidence=0.9, evidence=evidence)


@pytest.mark.parametrize(
    ("barcode", "printed"),
    [
        ("BR0000012345678", "BR0000012345678"),
        ("L 0123456", "L 0123456"),
        ("E00654321", "E00654321"),
        ("01234567", "01234567"),  # a bare number under the institution's name
        ("01234567", "NY 01234567"),
        ("TENN-L-0012345", "TENN-L-0012345"),
    ],
)
def test_the_same_number_printed_is_said_in_the_evidence(barcode: str, printed: str) -> None:
    got = check_printed(_barcode(barcode), _printed(printed))
    assert got.value == barcode
    assert got.evidence.rule == "barcode.code128+printed"
    assert got.confidence == 0.99
    assert got.flags == []


@pytest.mark.parametrize(
    ("barcode", "printed"),
    [
        ("BR0000012345678", "BR0000012345685"),  # the same institution, another number
        ("NHMUK012345678", "NHMUK 012345679"),
        ("L 0123456", "L 0123457"),
    ],
)
def test_another_number_of_the_same_institution_is_flagged(barcode: str, printed: str) -> None:
    got = check_printed(_barcode(barcode), _printed(printed))
    assert got.value == barcode
    assert got.flags == ["barcode_text_mismatch"]
    assert got.confidence < 0.9
    assert got.evidence.rule == "barcode.code128"


@pytest.mark.parametrize(
    ("barcode", "printed"),
    [
        ("BR0000012345678", None),
        ("K000123456", "L.1234567"),  # another institution's number says nothing
        ("01234567", "01234568"),  # a bare number: whose?
        ("E00654321", "000000"),
    ],
)
def test_nothing_to_compare_leaves_the_barcode(barcode: str, printed: str | None) -> None:
    code = _barcode(barcode)
    assert check_printed(code, _printed(printed) if printed else None) == code


def test_build_record_checks_the_barcode_against_the_printed_number(tmp_path: Path) -> None:
    fields = {"catalogNumber": _printed("E00654322")}
    record = build_record(
        tmp_path / "sheet.jpg",
        PipelineSettings(),
        image_id="sheet",
        barcodes=[Barcode(value="E00654321", format="Code 128", box=BOX)],
        fields=fields,
    )
    got = record.fields["catalogNumber"]
    assert (record.catalog_number, record.id_source) == ("E00654321", "barcode")
    assert got.value == "E00654321" and got.flags == ["barcode_text_mismatch"]
