"""Fields that answer for each other across a sheet's labels (pipelines.fields.parse_fields)."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import field

# a sheet of several collections: the number sits on another label than the chosen collector's
_SHEET = "FLORA OF EXAMPLA.\nColl. K. Muster, 1886.\n\n{number}\n\nColl. J. Beispiel."


@pytest.mark.parametrize(
    "number", ["Plantae Sampleenses.\nNo. 1234", "No. 1234", "Iter Exemplicum\nNo. 1234"]
)
def test_a_number_of_another_collection_carries_the_doubt(number: str) -> None:
    got = field(_SHEET.format(number=number), "recordNumber")
    assert got is not None and got.value == "1234"
    assert "several_collectors" in got.flags
    assert got.confidence < 0.9


def test_the_collectors_own_number_is_not_doubted() -> None:
    got = field("FLORA OF EXAMPLA.\nColl. K. Muster, 1886.\nNo. 1234", "recordNumber")
    assert got is not None and got.value == "1234"
    assert "several_collectors" not in got.flags
