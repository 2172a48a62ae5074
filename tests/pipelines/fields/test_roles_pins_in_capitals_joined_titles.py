"""Whole sheets invented in the shapes of insect pins in UK museums and of exsiccatae as a
transcriber joins their lines: a pin's data label in capitals beside the museum's register
number is the data label's (its place and collector were a stamp's), and a series' title that
runs on into the label's text is no header alone."""

from __future__ import annotations

import pytest

from pipelines.fields.ocr_slips import letters_as_figures
from pipelines.fields.roles import Role
from pipelines.fields.text import is_header
from tests.pipelines.fields.parsed import fields, role_of


@pytest.mark.parametrize(
    "text",
    [
        "SAMPLA HILLS\nKENYA\nK. MUSTER\nB.M. 1927-131.",
        "SAMPLA HILLS\nKENYA\nK. MUSTER\nB.M. l927-l3l.",
        "UGANDA: SAMPLA\nA. EXEMPEL\nBrit. Mus. 1934-117.",
    ],
)
def test_a_pins_data_in_capitals_beside_its_register_number(text: str) -> None:
    # the lines in capitals read as a stamp's codes: the whole label was curatorial
    assert role_of(text) == Role.data
    got = fields(text)
    assert got["recordedBy"].value.upper() in ("K. MUSTER", "A. EXEMPEL")
    assert "eventDate" not in got


@pytest.mark.parametrize(
    "text",
    [
        # a stamp's codes stay a stamp's
        "BMNH (E)\n1234567",
        "NHM\nREG. 1950-12",
    ],
)
def test_a_stamps_codes_stay_curatorial(text: str) -> None:
    assert role_of(text) != Role.data


@pytest.mark.parametrize(
    ("line", "header"),
    [
        ("FLORA EXSICCATA BAVARICA", True),
        ("Flora exsiccata Bavarica. No. 789.", True),
        (
            "Flora exsiccata Exempli. No. 789. Salix exampla Beispiel. Oberbayern: Isarauen bei "
            "Sampelfing, 500 m. leg. K. Muster 3. 5. 1905",
            False,
        ),
        (
            "PLANTAE EXSICCATAE EXEMPLI | No. 567 | Carex exempla Muster | Sampla, com. Pest | "
            "12. VI. 1925 | leg. J. Beispiel",
            False,
        ),
    ],
)
def test_a_title_running_on_into_the_label_is_no_header(line: str, header: bool) -> None:
    assert is_header(line) is header


def test_a_joined_exsiccata_keeps_its_place() -> None:
    # the whole line was a header's: no locality at all
    text = (
        "Flora exsiccata Exempli. No. 789. Salix exampla Beispiel. Oberbayern: Isarauen bei "
        "Sampelfing, 500 m. leg. K. Muster 3. 5. 1905"
    )
    got = fields(text)
    assert "Sampelfing" in got["verbatimLocality"].value
    assert got["verbatimLocality"].confidence < 0.8  # the title and the name ride with it


@pytest.mark.parametrize(
    "stamp",
    [
        "FIELD MUSEUM OF NATURAL HISTORY\nHERBARIUM\nNo. 1234567\nDATE MAR 12 1983",
        # the OCR's figures for letters in the name, letters for figures in the number and date
        "FlELD MUSEUM 0F NATURAL HlSTORY\nHERBARlUM\nNo. l234567\nDATE MAR l2 l983",
    ],
)
def test_an_accession_stamp_read_with_the_ocrs_slips(stamp: str) -> None:
    # its date was the eventDate at 0.86
    assert role_of(stamp) == Role.curatorial
    text = (
        f"{stamp}\n\nPLANTS OF EXEMPLIA\nExampla ornata Muster\nDept. Sampla: near Exampla, 1000 m"
        "\nA. Exempel 4567  5 Jan 1982"
    )
    assert fields(text)["eventDate"].value == "1982-01-05"


@pytest.mark.parametrize(
    ("line", "mended"),
    [
        ("No. l234567", "No. 1234567"),
        ("DATE MAR l2 l983", "DATE MAR 12 1983"),
        ("l9O5", "1905"),
        # words stay words
        ("Sampla lO Oct", "Sampla lO Oct"),
        ("Io", "Io"),
    ],
)
def test_letters_as_figures(line: str, mended: str) -> None:
    assert letters_as_figures(line) == mended
