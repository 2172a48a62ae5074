"""Catalogue numbers: a herbarium's code, the letter of its lichens', vascular plants' or
bryophytes' series and the number, where the institutions' table gives none of its shapes
("WIS-L-0123456"). Invented strings in the shapes labels use."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import value

_DATA = "LICHENS OF SIKKIM\nSampleton, on rocks\nA. Exempel 5678\nOct. 1960\n\n"


@pytest.mark.parametrize("number", ["WIS-L-0123456", "WIS-V-0123456"])
def test_series_letter_between_code_and_number(number: str) -> None:
    assert value(_DATA + number, "catalogNumber") == number


def test_other_letters_stay_unread() -> None:
    assert value(_DATA + "WIS-Q-0123456", "catalogNumber") is None


def test_one_read_as_a_letter_is_no_series_letter() -> None:
    text = "FIELD MUSEUM OF NATURAL HISTORY\nF l876543\n\nPLANTS OF MEXICO\nK. MUSTER 1234"
    assert value(text, "catalogNumber") != "F l876543"
