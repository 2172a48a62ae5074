"""States: a first-level subdivision after its type word, its name one letter away from the
gazetteer's once OCR's figures are read as letters ("DEPTO. HUEHUETENANG0", "DEPTO. ANTIOQUlA"),
or in an older spelling ("Depto. Quezaltenango"): the name as printed, flagged. Invented strings
in the shapes labels use."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import field

_REST = "\n12 jun 1942\nP. C. Exampla 4123"


@pytest.mark.parametrize(
    ("line", "province"),
    [
        ("GUATEMALA: DEPTO. HUEHUETENANG0, SIERRA DE SAMPLE, 3000 M.", "DEPTO. HUEHUETENANG0"),
        ("COLOMBIA: DEPTO. ANTIOQUlA, MPIO. SAMPLEVILLE, 2500 M.", "DEPTO. ANTIOQUlA"),
        ("Guatemala. Depto. Quezaltenango: Volcan Sample, 2800 m.", "Depto. Quezaltenango"),
    ],
)
def test_misread_name_after_its_type_word(line: str, province: str) -> None:
    got = field(line + _REST, "stateProvince")
    assert got is not None and got.value == province
    assert "ocr_repaired" in got.flags


@pytest.mark.parametrize(
    "line",
    [
        # two letters away, or a short name one letter from several: no province
        "GUATEMALA: DEPTO. HUEHUETEMANGX, SIERRA DE SAMPLE, 3000 M.",
        "PERU: DEPTO. LIMX, SAMPLEPAMPA, 300 M.",
        # no type word before it
        "GUATEMALA: HUEHUETENANG0, SIERRA DE SAMPLE, 3000 M.",
    ],
)
def test_not_read(line: str) -> None:
    got = field(line + _REST, "stateProvince")
    assert got is None or "ocr_repaired" not in got.flags


def test_an_exact_name_is_read_as_before() -> None:
    got = field("GUATEMALA: DEPTO. HUEHUETENANGO, SAMPLE, 3000 M." + _REST, "stateProvince")
    assert got is not None and got.value == "DEPTO. HUEHUETENANGO"
    assert "ocr_repaired" not in got.flags
