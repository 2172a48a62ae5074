"""Collectors as UK, European, Baltic and Russian labels print them, and the lines that only look
like one: a land's name alone on its line (never a person), a sender after "per", the OCR's "Mo."
for "No.", a surname before its initials in capitals. Invented strings."""

from __future__ import annotations

import pytest

from pipelines.fields.people import place_named
from tests.pipelines.fields.parsed import value

# a country's, a historical country's, a region's or a state's name alone on a line, and no
# other name on the sheet: no collector
NO_COLLECTOR = [
    "Polypodium sp.\nNova Hollandia\nHERBARIUM EXEMPLI\n1234",
    "Polypodium sp.\nNOVA HOLLANDIA\nHERBARIUM EXEMPLI\n4321",
    "Exampla ornata L.\nZeylania\nHERB. HORT. SAMPL.",
    "Exampla ornata L.\nKamtschatka\n1870",
    "Carex exempla L.\nNova Scotia\nHERBARIUM PROBI\n77",
]


@pytest.mark.parametrize("text", NO_COLLECTOR)
def test_a_land_alone_is_no_collector(text: str) -> None:
    assert value(text) is None


# the land's line beside a person's line: the person
BESIDE_A_LAND = [
    ("Exampla ornata L.\nNova Hollandia\nHERBARIUM EXEMPLI\nLeg. J. Beispiel", "J. Beispiel"),
    ("Exampla ornata L.\nHelvetia\nSampelberg ob Sampeldorf\nJ. Beispiel\nJuli 1920", "J. Beispiel"),
]


@pytest.mark.parametrize(("text", "expected"), BESIDE_A_LAND)
def test_a_person_beside_a_land(text: str, expected: str) -> None:
    assert value(text) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Nova Hollandia", True),
        ("NOVA HOLLANDIA", True),
        ("Zeylania", True),
        ("New Mexico", True),
        ("Nova Hollandia | Zeylania", True),
        ("K. Holland", False),
        ("J. Beispiel", False),
        ("Nova Hollandia | K. Muster", False),
    ],
)
def test_place_named(name: str, expected: bool) -> None:
    assert place_named(name) is expected


# "per": through whom the specimen came, the sender, keyed as the collector where no key names
# one; never over a keyed collector, and "Per" a given name
SENDERS = [
    ("Juncus fictus L.\nProbeham Moor, Yorkshire\nJuly 1889\nper K. Muster", "K. Muster"),
    ("Exampla ornata L.\nSampleton, Hants\n1890\nper H. Sampleva", "H. Sampleva"),
    ("Juncus fictus L.\nSampleton, Devon\nleg. A. Exempel\nper J. Beispiel\nAug. 1902", "A. Exempel"),
    ("Exampla ornata L.\nMaine: Sampleton\nColl. K. Muster, per J. Beispiel\n1901", "K. Muster"),
    ("Exampla ornata L.\nSampleton, 3 ft per metre\nK. Muster 1931", "K. Muster"),
    ("Exampla ornata L.\nSampleton, per H. Sampleva\n1901", "H. Sampleva"),
    # a name before the sender's key on its line: the collector, sent through the other
    ("Exampla ornata L.\nSampleton\nK. Muster per J. Beispiel\n1901", "K. Muster"),
    ("Exampla ornata L.\nProbeham\nA. Exempel, per H. Sampleva\n1911", "A. Exempel"),
    ("Exampla ornata L.\nSampleton\nKarl Muster comm. J. Beispiel\n1901", "Karl Muster"),
]


@pytest.mark.parametrize(("text", "expected"), SENDERS)
def test_senders(text: str, expected: str) -> None:
    assert value(text) == expected
