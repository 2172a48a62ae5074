"""Scientific names printed in capitals (doubted unless their genus is known; an "O" read as a
zero mended, doubted) and names whose author the collector follows on their line. Invented
strings."""

from __future__ import annotations

import pytest

from pipelines.fields import labels_from_text, parse_fields
from pipelines.fields.checklist import Checklist


def name(text: str, checklist: Checklist | None = None) -> tuple[str, float, str] | None:
    got = parse_fields(labels_from_text(text), checklist=checklist)
    c = got.get("scientificName")
    a = got.get("scientificNameAuthorship")
    return (str(c.value), c.confidence, str(a.value) if a else "") if c else None


@pytest.mark.parametrize(
    "text",
    [
        "EXAMPLA MINOR MUSTER\nSampleton, Exampleshire\n12 June 1901\nColl. J. Beispiel 77",
        "EXEMPLARIA SAMPLEANA L.\nSampleton\n12 June 1901",
    ],
)
def test_capitals_doubted(text: str) -> None:
    got = name(text)
    assert got is not None
    assert got[1] < 0.9


def test_capitals_known_from_the_sheet() -> None:
    got = name(
        "EXAMPLA MINOR MUSTER\nSampleton\n12 June 1901\nColl. J. Beispiel 77\n\n"
        "Exampla minor Muster\ndet. K. Muster 1960"
    )
    assert got is not None
    assert got[0] == "Exampla minor"
    assert got[1] >= 0.9


def test_capitals_known_to_the_taxonomic_backbones() -> None:
    got = name("CAREX EXEMPLA L.\nSampleton\n12 June 1901")
    assert got is not None
    assert got[0] == "Carex exempla"
    assert got[1] >= 0.9


def test_capitals_known_from_the_checklist() -> None:
    got = name(
        "EXAMPLA MINOR MUSTER\nSampleton\n12 June 1901\nColl. J. Beispiel 77",
        Checklist.of(["Exampla minor Muster"]),
    )
    assert got is not None
    assert got[1] >= 0.9


def test_zero_for_o_in_capitals() -> None:
    got = name("0XALIS EXEMPLA L.\nSampleton, Exampleshire\n12 June 1901")
    assert got is not None
    assert got[0] == "Oxalis exempla"
    assert got[1] < 0.9


@pytest.mark.parametrize(
    "text",
    [
        "Carex exempla Host  K. Muster 123\nSampleton, Exampleshire\n12 June 1901",
        "Carex exempla Host K. Muster 123\nSampleton, Exampleshire\n12 June 1901",
        "Carex exempla Host  leg. K. Muster 123\nSampleton\n12 June 1901",
    ],
)
def test_author_before_the_collector(text: str) -> None:
    got = name(text)
    assert got is not None
    assert got[0] == "Carex exempla"
    assert got[2] == "Host"


def test_author_with_initials_kept() -> None:
    got = name("Carex exempla (L.) K. Muster\nSampleton\n12 June 1901")
    assert got is not None
    assert got[2] == "(L.) K. Muster"


@pytest.mark.parametrize(
    "text",
    [
        "Carex exempla Host\nSampleton\nleg. K. Muster 1234\n12.6.1961\n\n"
        "Det.\nJ. Beispiel 1999\nCarex exemplaris Muster",
        "Carex exempla Host\nSampleton\n12.6.1961\n\nDet.\nJ. Beispiel 1999\nCarex exemplaris Muster",
    ],
)
def test_slip_key_signer_then_name(text: str) -> None:
    got = parse_fields(labels_from_text(text))
    assert got["scientificName"].value == "Carex exemplaris"
    assert got["identifiedBy"].value == "J. Beispiel"
