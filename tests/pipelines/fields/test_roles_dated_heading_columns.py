"""An institution's heading with a date stamped beside it, read by the OCR as one line with a wide
gap ("HERBARIUM UNIVERSITATIS SAMPLENSIS      12.III.1958"), over a data label that dates the
collection (invented sheets): the stamped day is the sheet's receipt, the label's own date the
collection's."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import value

_HEADS = [
    "HERBARIUM UNIVERSITATIS SAMPLENSIS      12.III.1958",
    "HERBARIUM OF THE SAMPLE MUSEUM      4 May 1960",
    "Гербарий Примерского университета      3.IV.1970",
    "NÄIDISE ÜLIKOOLI HERBAARIUM\t12.03.1958",
    # the stamp's figures read as letters
    "HERBARIUM UNIVERSITATIS SAMPLENSIS      l2.III.l958",
]


@pytest.mark.parametrize("head", _HEADS)
@pytest.mark.parametrize(
    ("lines", "date"),
    [
        ("Musterküla, niit\n1931\nleg. A. Exempel", "1931"),
        ("Musterküla, niit\nleg. A. Exempel 1931", "1931"),
        ("Musterküla, niit\n12.VI.1931\nleg. A. Exempel", "1931-06-12"),
    ],
)
def test_the_labels_own_date_wins_over_the_stamp_beside_the_heading(
    head: str, lines: str, date: str
) -> None:
    assert value(f"{head}\nExampla ornata L.\n{lines}", "eventDate") == date


def test_a_date_beside_the_heading_is_kept_where_the_label_has_no_other() -> None:
    # nothing on the label says whether it is the receipt's or the collection's
    text = "HERBARIUM OF THE SAMPLE MUSEUM      4 May 1960\nExampla ornata L.\nProbeham, meadow"
    assert value(text, "eventDate") == "1960-05-04"


def test_a_data_labels_own_columns_are_left_alone() -> None:
    text = "Exampla ornata L.\nProbeham, meadow      12 June 1931\nleg. A. Exempel 1930"
    assert value(text, "eventDate") == "1931-06-12"
