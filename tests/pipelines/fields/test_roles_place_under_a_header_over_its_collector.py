"""A place written right under an institution's printed name, its collector's name alone under it
and the date last (invented sheets): the collector's initials and surname are no line of the
institution's address, so the place is the specimen's, not the header's address."""

from __future__ import annotations

import pytest

from pipelines.fields.text import address_shaped, person_alone
from tests.pipelines.fields.parsed import value

_SHEETS = [
    ("THE SAMPLETON MUSEUM", "Probeham, Kent", "A. Exempel", "12 June 1931"),
    ("SAMPLE MUSEUM", "Musterby, Sampleshire", "J. W. Beispiel", "3.vii.1949"),
    ("HERBARIUM OF THE SAMPLE MUSEUM", "Probeham, Kent", "H. Sampleva", "4 Aug. 1902"),
    ("EXAMPLE COLLEGE HERBARIUM", "Sampleford, Musterland", "K. Muster", "May 1950"),
    # the date's figures read as letters ("l2.vi.l931", "I2 June I931")
    ("SAMPLE MUSEUM", "Probeham, Kent", "K. Muster", "l2.vi.l931"),
    ("HERBARIUM OF THE SAMPLE MUSEUM", "Musterby, Sampleshire", "A. Exempel", "I2 June I931"),
]


@pytest.mark.parametrize(("head", "place", "person", "date"), _SHEETS)
def test_the_place_over_its_collector_is_the_specimens(
    head: str, place: str, person: str, date: str
) -> None:
    text = f"{head}\n{place}\n{person}\n{date}"
    assert value(text, "verbatimLocality") == place
    assert value(text) == person


def test_a_museums_pin_with_no_date_keeps_its_place() -> None:
    assert value("SAMPLETON MUSEUM\nProbeham, Kent\nA. Exempel", "verbatimLocality") == (
        "Probeham, Kent"
    )


@pytest.mark.parametrize("date", ["12 June 1931", "l2 June l931"])
def test_an_address_in_capitals_stays_the_institutions(date: str) -> None:
    text = f"EXAMPLE BOTANICAL GARDEN\nSAMPLETON, EXAMPLIA\nA. Exempel\n{date}"
    assert value(text, "verbatimLocality") is None


@pytest.mark.parametrize(
    ("line", "person", "address"),
    [
        ("A. Exempel", True, False),
        ("J. W. Beispiel", True, False),
        ("K.Muster", True, False),
        # one compass letter before a name is a region's
        ("S. Devon", False, True),
        ("N. Wales", False, True),
        ("Sampleton, Kent", False, True),
        ("A. Exempel 1234", False, False),
    ],
)
def test_a_person_alone(line: str, person: bool, address: bool) -> None:
    assert person_alone(line) is person
    assert address_shaped(line) is address
