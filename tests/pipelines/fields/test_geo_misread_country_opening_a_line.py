"""A country's name in capitals opening a line before its colon, as the American herbaria print
the country before its province, read by the OCR with a figure for a letter ("ECUAD0R: Napo",
"B0LIVIA: La Paz") or one letter wrong ("EGUADOR: Orellana"): today's country where exactly one
is that close, on a sheet naming no other, mended and doubted. A form's key in capitals
("HABITAT:", "LOCALITY:") names none. Invented strings in the shapes labels use."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import field, values


@pytest.mark.parametrize(
    ("text", "code", "province"),
    [
        ("ECUAD0R: Napo\nSampleton 500 m\n2 Apr 1983", "EC", "Napo"),
        ("EGUADOR: Orellana\nSampleton\n9 Feb 1995", "EC", "Orellana"),
        ("B0LIVIA: La Paz\nMusterdorf\n1.II.1982", "BO", "La Paz"),
        ("C0LOMBIA: Meta\nProbeham\n2 Jan 1970", "CO", "Meta"),
        ("VENEZUEIA, Lara\nMusterdorf", "VE", "Lara"),
    ],
)
def test_a_misread_country_opening_its_line(text: str, code: str, province: str) -> None:
    got = field(text, "countryCode")
    assert got is not None and got.value == code
    assert got.confidence < 0.9 and "ocr_repaired" in got.flags
    assert values(text).get("stateProvince") == province


@pytest.mark.parametrize(
    "text",
    [
        "HABITAT: moist forest\nSampleton",
        "LOCALITY: Sampleton\nK. Muster 123",
        "COLLECTOR: K. Muster",
        "SAMPLETON: roadside",
    ],
)
def test_a_form_key_in_capitals_names_no_country(text: str) -> None:
    assert values(text).get("country") is None


def test_a_country_named_elsewhere_on_the_sheet_wins() -> None:
    got = field("ECUADOR\nEGUADOR: Napo", "country")
    assert got is not None and got.value == "ECUADOR" and "ocr_repaired" not in got.flags
