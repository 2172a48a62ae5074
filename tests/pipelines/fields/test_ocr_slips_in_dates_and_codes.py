"""OCR's slips in a date's or a barcode's characters, as photographs of small labels give them: a
comma for a full stop, j for a Roman i, a capital J read as d, a day glued to the name before it,
a final code letter read as B. Each reading is repaired and doubted (flag ocr_repaired, below a
sure reading). Every string is invented."""

from __future__ import annotations

import pytest

from pipelines.fields import labels_from_text, parse_fields
from pipelines.fields.dates import find_dates

SLIPPED_DATES = [
    ("Coll. K. Muster 14,6.1949", "1949-06-14"),
    ("K. Muster 2318 12.jii.1934", "1934-03-12"),
    ("Coll. A. Exempel duly 4, 1898", "1898-07-04"),
    ("Leg: P. Muestrez13-III-1991", "1991-03-13"),
]


@pytest.mark.parametrize(("text", "iso"), SLIPPED_DATES)
def test_a_slipped_date_is_read_and_doubted(text: str, iso: str) -> None:
    (date,) = find_dates(text)
    assert date.iso == iso
    assert "ocr_repaired" in date.flags


@pytest.mark.parametrize("text", ["12,5 m", "Alt. 14,6 km", "K. Muster 12,5"])
def test_a_decimal_comma_is_no_date(text: str) -> None:
    assert find_dates(text) == []


# "s.n." (sine numero) is no number's key: the figure after it is the day
@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Leg. A. Exempel s.n. 3 Mar 1957", "1957-03-03"),
        ("Leg. A. Exempel s. n. 3 Mar 1957", "1957-03-03"),
        ("K. Muster No. 12 May 1932", "1932-05"),
    ],
)
def test_the_day_after_sine_numero(text: str, iso: str) -> None:
    assert [d.iso for d in find_dates(text)] == [iso]


@pytest.mark.parametrize("printed", ["V0488776B", "C0488776B", "V0488776P"])
def test_a_field_museum_barcodes_final_letter_read_as_its_twin(printed: str) -> None:
    got = parse_fields(labels_from_text(f"FIELD MUSEUM OF NATURAL HISTORY\n\n{printed}"))
    number = got["catalogNumber"]
    assert number.value == printed[:-1] + "F"
    assert number.confidence < 0.9
