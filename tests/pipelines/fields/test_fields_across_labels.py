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


def test_one_date_under_a_collector_and_another_determiner() -> None:
    text = "Exampla minor L.\nSampleton, roadside\nleg. K. Muster\ndet. J. Beispiel\n12.6.1911"
    det = field(text, "dateIdentified")
    assert det is not None and "collection_or_determination_date" in det.flags
    assert det.confidence < 0.9
    event = field(text, "eventDate")
    assert event is not None and event.value == "1911-06-12"


def test_a_collector_who_determined_keeps_the_date_for_both() -> None:
    text = "Exampla minor L.\nSampleton, roadside\nleg. K. Muster\ndet. K. Muster\n12.6.1911"
    det = field(text, "dateIdentified")
    assert det is None or "collection_or_determination_date" not in det.flags


@pytest.mark.parametrize(
    ("run", "long"), [("1923-45", True), ("1856-7", False), ("1901-03", False)]
)
def test_a_long_run_of_years_is_doubted(run: str, long: bool) -> None:
    got = field(f"Exampla minor L.\nSampleton, roadside\nK. Muster {run}", "eventDate")
    assert got is not None
    assert ("long_year_run" in got.flags) is long
    if long:
        assert got.confidence < 0.9
