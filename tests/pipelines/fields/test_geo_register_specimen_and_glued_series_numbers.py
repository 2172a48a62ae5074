"""Catalogue numbers: a museum's older specimen number after its register's code and department
letter ("BMNH(E) 1234567": one run of six to eight figures, never a register's year and number),
below the current barcode's number on the same pin, its misread figures mended and doubted; an
unknown acronym before a collection's letters glued to a padded number ("INBIO CRI000123456"), a
doubt. Codes real, numbers invented."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import reading

_PIN = "\n\nENGLAND: Kent\nSampleton Wood\n15-20.vi.1934\nA. Exempel"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("BMNH(E) 1234567", "BMNH(E) 1234567"),
        ("BMNH (E) 7654321", "BMNH (E) 7654321"),
        ("BMNH(E) #654321", "BMNH(E) #654321"),
        # the code on its line, the number on the next
        ("BMNH(E)\n1098765", "BMNH(E) 1098765"),
    ],
)
def test_a_registers_specimen_number(text: str, number: str) -> None:
    got = reading(text + _PIN, "catalogNumber")
    assert got is not None and got[0] == number and got[2] == []


@pytest.mark.parametrize(
    ("text", "number"),
    [("BMNH(E) l234568", "BMNH(E) 1234568"), ("BMNH(E) 1O24680", "BMNH(E) 1024680")],
)
def test_a_misread_specimen_number_is_mended_and_doubted(text: str, number: str) -> None:
    got = reading(text + _PIN, "catalogNumber")
    assert got is not None and got[0] == number
    assert "ocr_repaired" in got[2] and got[1] < 0.9


def test_the_current_barcode_comes_first() -> None:
    text = "NHMUK010123456\n\nBMNH(E) 1234567" + _PIN
    got = reading(text, "catalogNumber")
    assert got is not None and got[0] == "NHMUK010123456" and got[2] == []


@pytest.mark.parametrize(
    "text",
    [
        "BMNH(E) 2005-12",  # a register's year and number
        "BMNH (E)\n2010-119",
        "BMNH(E) 12345",  # too short for a specimen's run
        "B.M. 1932-456",
    ],
)
def test_register_numbers_stay_no_catalogue_number(text: str) -> None:
    assert reading(text + _PIN, "catalogNumber") is None


_CR = "\n\nCOSTA RICA, Prov. Puntarenas, Est. Sampleña, 1100 m\n15-20.vi.1994\nK. Muster"


@pytest.mark.parametrize(
    "number", ["INBIO CRI000123456", "INBIO CRI000987654", "ZMPR ENT00012345", "ABCD-L-0012345"]
)
def test_an_unknown_acronym_before_a_series_glued_to_its_number_is_a_doubt(number: str) -> None:
    got = reading(number + _CR, "catalogNumber")
    assert got is not None and got[0] == number
    assert "unknown_code" in got[2] and got[1] < 0.9


@pytest.mark.parametrize("text", ["MUSTER ABC123456", "Sampleton, K. Muster\nMUSTER K100123"])
def test_a_surname_before_letters_and_figures_is_no_acronym(text: str) -> None:
    assert reading(text + _CR, "catalogNumber") is None


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("lNBIO CRI000456789", "INBIO CRI000456789"),
        ("INBIO CRI0001l2233", "INBIO CRI000112233"),
        ("ZMPR ENT0OO12345", "ZMPR ENT00012345"),
    ],
)
def test_a_misread_glued_series_number_is_mended_and_doubted(text: str, number: str) -> None:
    got = reading(text + _CR, "catalogNumber")
    assert got is not None and got[0] == number
    assert "ocr_repaired" in got[2] and got[1] < 0.9


def test_a_countrys_name_before_a_misread_number_is_no_acronym() -> None:
    assert reading("KENYA ABC001l2345" + _CR, "catalogNumber") is None
