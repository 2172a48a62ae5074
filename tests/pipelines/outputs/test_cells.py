from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.specimen import LabelText
from pipelines.outputs.cells import clean_cell, verbatim_label

from .conftest import line


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Zitácuaro ♀", "Zitácuaro ♀"),
        ("Zita\u0301cuaro", "Zitácuaro"),  # decomposed accent -> NFC
        ("10 km W\nof Zitácuaro", "10 km W of Zitácuaro"),
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
        LabelText(label=0, lines=[line("U.C. Berkeley"), line("EMEC 609,488")], engine="t"),
        LabelText(label=1, lines=[line("  ")], engine="t"),
        LabelText(label=2, lines=[], engine="t"),
        LabelText(label=3, lines=[line("P.D. Hurd\nCollector"), line("")], engine="t"),
    ]
    assert verbatim_label(labels) == "U.C. Berkeley | EMEC 609,488 || P.D. Hurd Collector"
    assert verbatim_label([]) == ""
