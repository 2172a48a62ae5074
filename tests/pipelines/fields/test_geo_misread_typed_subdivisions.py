"""States: a first-level subdivision after its type word, its name one letter away from the
gazetteer's once OCR's figures are read as letters ("DEPTO. HUEHUETENANG0", "DEPTO. ANTIOQUlA"),
or in an older spelling ("Depto. Quezaltenango"): the gazetteer's name, flagged. Invented strings
in the shapes labels use."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import field

_REST = "\n12 jun 1942\nP. C. Exampla 4123"


@pytest.mark.parametrize(
    ("line", "province"),
    [
        ("GUATEMALA: DEPTO. HUEHUETENANG0, SIERRA DE SAMPLE, 3000 M.", "Huehuetenango"),
        ("COLOMBIA: DEPTO. ANTIOQUlA, MPIO. SAMPLEVILLE, 2500 M.", "Antioquia"),
        ("Guatemala. Depto. Quezaltenango: Volcan Sample, 2800 m.", "Quetzaltenango"),
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
    assert got is not None and got.value == "HUEHUETENANGO"
    assert "ocr_repaired" not in got.flags


@pytest.mark.parametrize(
    ("text", "state"),
    [
        # the Caribbean islands' keyers keep the printed type word (the devset's NYBG sheets)
        ("Rep. Dominicana: Prov. San Juan, Sampleton\n12 Jun 1950", "Prov. San Juan"),
        ("Cuba: Prov. Pinar del Río, Sampleton\n12 Jun 1950", "Prov. Pinar del Río"),
        # elsewhere the name alone, as Darwin Core's examples and the European herbaria key it
        ("BELGIQUE: prov. de Namur\nSampleville, bois\n12.6.1950\nleg. K. Muster", "Namur"),
        ("Tanzania: Morogoro Region, Sampleton\n1950", "Morogoro"),
        ("PERU: Dept. Cusco\nnear Sampleton\n12 Jun 1950", "Cusco"),
    ],
)
def test_the_type_word_is_kept_on_caribbean_sheets_only(text: str, state: str | None) -> None:
    got = field(text, "stateProvince")
    assert (got.value if got is not None else None) == state
