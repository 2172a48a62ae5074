from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.specimen import LabelText
from pipelines.outputs.cells import clean_cell, is_formula, neutral_cell, readable, verbatim_label

from .conftest import line


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Tilámbaro ♀", "Tilámbaro ♀"),
        ("Tila\u0301mbaro", "Tilámbaro"),  # decomposed accent -> NFC
        ("8 km N\nof Tilámbaro", "8 km N of Tilámbaro"),
        ("a\r\nb", "a b"),
        ("a\tb\t\tc", "a b c"),
        ("  padded \n", "padded"),
        ("line\u2028sep\u2029para", "line sep para"),
        ("nel\x85c1", "nel c1"),
        ('He said "Mex.", then left', 'He said "Mex.", then left'),
        ("<script>alert(1)</script>", "<script>alert(1)</script>"),
        ("bad \ud800 surrogate", "bad \ufffd surrogate"),
        ("\x00\x07", ""),
    ],
)
def test_clean_cell(raw: str, clean: str) -> None:
    assert clean_cell(raw) == clean


@given(st.text())
def test_clean_cell_is_one_encodable_line(text: str) -> None:
    cell = clean_cell(text)
    assert not any(ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F or c in "\u2028\u2029" for c in cell)
    assert cell == cell.strip()
    cell.encode("utf-8")  # raises on a lone surrogate


def test_verbatim_label_joins_lines_and_labels() -> None:
    labels = [
        LabelText(label=0, lines=[line("U.C. Berkeley"), line("EMEC 512,347")], engine="t"),
        LabelText(label=1, lines=[line("  ")], engine="t"),
        LabelText(label=2, lines=[], engine="t"),
        LabelText(label=3, lines=[line("K.L. Oste\nCollector"), line("")], engine="t"),
    ]
    assert verbatim_label(labels) == "U.C. Berkeley | EMEC 512,347 || K.L. Oste Collector"
    assert verbatim_label([]) == ""


@pytest.mark.parametrize(
    ("value", "neutral"),
    [
        ("=1+2", "'=1+2"),
        ('=HYPERLINK("http://example.org","x")', '\'=HYPERLINK("http://example.org","x")'),
        ("+41 22 123 45", "'+41 22 123 45"),
        ("-cf. Carex", "'-cf. Carex"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("-2+3", "'-2+3"),
        # what must NOT change: plain numbers Darwin Core needs as they are, and ordinary text
        ("-33.8568", "-33.8568"),
        ("+12", "+12"),
        ("-.5", "-.5"),
        ("1951-07-12", "1951-07-12"),
        ("Quercus emoryi Torr.", "Quercus emoryi Torr."),
        (" =not first", " =not first"),
        ("", ""),
        ("'=already", "'=already"),
    ],
)
def test_neutral_cell(value: str, neutral: str) -> None:
    assert neutral_cell(value) == neutral
    assert not is_formula(neutral_cell(value))


@given(st.text())
def test_neutral_cell_is_never_a_formula(text: str) -> None:
    assert not is_formula(neutral_cell(text))


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("plain é", "plain é"),
        ("herbier-\udce9t\udce9", "herbier-\\xe9t\\xe9"),  # bytes of a file name that is not UTF-8
        ("odd \ud800", "odd \\ud800"),  # a surrogate no byte gives
    ],
)
def test_readable(text: str, shown: str) -> None:
    assert readable(text) == shown
    readable(text).encode("utf-8")
