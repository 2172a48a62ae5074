"""An institution's name over a keyed date alone, as a label of its own ("HERBARIUM OF THE SAMPLE
MUSEUM / Date 12.III.1958", "Гербарий ... / Дата 12.III.1958"), and receipt stamps in Latin
("Accepit 1958"), on invented sheets: the stamped day is the sheet's receipt as often as the
collection's, so any other date wins over it, and it is doubted where it is the only one."""

from __future__ import annotations

import pytest

from pipelines.fields.roles import Role
from tests.pipelines.fields.parsed import reading, role_of

_HEADS = [
    ("HERBARIUM OF THE SAMPLE MUSEUM", "Date 12.III.1958"),
    ("HERBARIUM OF THE SAMPLE MUSEUM", "Date: 4 May 1960"),
    ("Гербарий Примерского университета", "Дата 12.III.1958"),
    ("HERBARIUM UNIVERSITATIS SAMPLENSIS", "Datum 3.4.1962"),
]


@pytest.mark.parametrize(("head", "dated"), _HEADS)
def test_the_data_labels_date_wins_over_a_keyed_date_under_a_header(head: str, dated: str) -> None:
    sheet = f"{head}\n{dated}\n\nExampla ornata L.\nProbeham, meadow\n1931\nleg. A. Exempel"
    got = reading(sheet, "eventDate")
    assert got is not None and got[0] == "1931"


@pytest.mark.parametrize(("head", "dated"), _HEADS)
def test_a_keyed_date_under_a_header_alone_is_doubted(head: str, dated: str) -> None:
    got = reading(f"{head}\n{dated}", "eventDate")
    assert got is not None
    assert "stamp_or_collection_date" in got[2]
    assert got[1] < 0.9


@pytest.mark.parametrize("stamp", ["Accepit 1958", "Acceptum 12.III.1958", "Accessio 1958"])
def test_a_latin_receipt_stamp_is_curatorial(stamp: str) -> None:
    assert role_of(f"HERBARIUM UNIVERSITATIS SAMPLENSIS\n{stamp}") is Role.curatorial
    sheet = f"HERBARIUM UNIVERSITATIS SAMPLENSIS\n{stamp}\n\nExampla ornata L.\nMusterküla\n1931"
    got = reading(sheet, "eventDate")
    assert got is not None and got[0] == "1931"
    place = reading(sheet, "verbatimLocality")
    assert place is not None and place[0] == "Musterküla"


def test_a_data_label_with_its_own_date_key_stays_the_data_label() -> None:
    # the form's other keys make it the collector's: its date is the collection's
    sheet = "HERBARIUM OF THE SAMPLE MUSEUM\nLoc. Probeham\nDate 12.III.1958\nleg. A. Exempel"
    got = reading(sheet, "eventDate")
    assert got is not None
    assert got[0] == "1958-03-12"
    assert "stamp_or_collection_date" not in got[2]


def test_a_forms_keyed_date_over_the_herbariums_name_is_the_collections() -> None:
    # the form's last line read into one block with the herbarium's name printed under it
    sheet = (
        "FLORA OF EXAMPLA\nLichens\n\nParmelia fictiva Nyl.\nLoc. near Probe Creek\n\n"
        "Coll. A. Exempel\n\nDate 21 June 1963\nHERBARIUM OF THE UNIVERSITY OF SAMPLETON"
    )
    got = reading(sheet, "eventDate")
    assert got is not None
    assert got[0] == "1963-06-21"
    assert "stamp_or_collection_date" not in got[2]
