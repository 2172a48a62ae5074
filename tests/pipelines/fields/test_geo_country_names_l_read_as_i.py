"""A country's or an old land's name whose lower-case l the OCR read as a capital I, a figure 1
or a stroke ("Nov. HoII.", "Fin1and", "Ita1y", "Fin|and"): the country, mended and doubted; a
name read right stays sure, and capitals ("ISLAND", an initial's "I") are left as printed.
Invented strings in the shapes labels use."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import field, values


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Polypodium sp.\nNov. HoII.\nHerb. K. Muster", "AU"),
        ("Fin1and, Sampleby\n12.6.1931", "FI"),
        ("Ita1y, Sampleton\n1901", "IT"),
        ("Sampleton, Fin|and\nleg. A. Exempel", "FI"),
        ("Hypnum fictum\nNov. ZeI.\n1841", "NZ"),
    ],
)
def test_an_l_read_as_i_in_a_country_name(text: str, code: str) -> None:
    got = field(text, "countryCode")
    assert got is not None and got.value == code
    assert got.confidence < 0.9 and "ocr_repaired" in got.flags


@pytest.mark.parametrize(
    ("text", "code"),
    [("Nov. Holl.\nleg. K. Muster", "AU"), ("Finland, Sampleby\n1931", "FI")],
)
def test_a_name_read_right_stays_sure(text: str, code: str) -> None:
    got = field(text, "countryCode")
    assert got is not None and got.value == code and "ocr_repaired" not in got.flags


@pytest.mark.parametrize("text", ["Sampleton I1 May\nK. Muster", "Probeham, Vol. II\n1931"])
def test_other_capital_is_no_country(text: str) -> None:
    assert values(text).get("country") is None
