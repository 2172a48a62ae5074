"""A person's name the OCR cut short: the word goes on past the value, on the next line after a
break in the middle of the surname or after a figure read inside it. The stub is doubted (flag
name_cut_short, below 0.9); a whole name before a line of words is not. Every string is invented."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import reading

CUT = [
    ("Sampleton, in moist woods\nColl. A. Exe\nmpel 8841    27 July 1998", "recordedBy"),
    ("Sampleton, wet heath\nCOLL. H. PRO8EWELL  NO. 112   8.8.1974", "recordedBy"),
    ("Blanket bog, Sampleton\nleg.H. Prob\newell 1.ix.1981", "recordedBy"),
    ("Carex exempla\nSampleton\n12.6.1931\nDet. A. Exem\npel, 1979", "identifiedBy"),
]


@pytest.mark.parametrize(("text", "term"), CUT)
def test_a_surname_the_text_goes_on_past_is_doubted(text: str, term: str) -> None:
    got = reading(text, term)
    assert got is not None
    _, confidence, flags = got
    assert "name_cut_short" in flags
    assert confidence < 0.9


WHOLE = [
    "Sampleton, wet heath\nColl. A. Exempel 8841\nin moist woods",
    "Sampleton\nleg. K. Muster\n12.6.1931",
    "Sampleton\nColl. K. Muster\nand J. Beispiel 1234",
]


@pytest.mark.parametrize("text", WHOLE)
def test_a_whole_name_is_not_doubted_for_the_next_line(text: str) -> None:
    got = reading(text, "recordedBy")
    assert got is not None
    assert "name_cut_short" not in got[2]


@pytest.mark.parametrize(
    "text",
    [
        "HERBIER DE MONTPELLIER\nHérault: Sampleton\nRécolté par K. Muster\nle 12 mai 1901",
        "Sampleton\nleg. K. Muster\nmaggio 1890",
        "Exempelberg\nLeg.K.Muster12.6.1931",
    ],
)
def test_a_date_under_or_glued_to_a_name_is_no_rest_of_it(text: str) -> None:
    got = reading(text, "recordedBy")
    assert got is not None
    assert "name_cut_short" not in got[2]
