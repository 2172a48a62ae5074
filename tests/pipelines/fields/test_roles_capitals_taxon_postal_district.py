"""Whole sheets invented in the shapes of British, European and Neotropical herbaria: a plant's
name in capitals under the herbarium's printed name is no line of its address, a German town's
postal district after it ("1000 Berlin 33") is, and the institutions' codes of the catalogue
numbers those sheets print."""

from __future__ import annotations

import pytest

from pipelines.fields import labels_from_text
from pipelines.fields.text import Label, make_labels
from tests.pipelines.fields.parsed import fields, value


def _label(text: str) -> Label:
    (label,) = make_labels(labels_from_text(text))
    return label


@pytest.mark.parametrize(
    "header",
    [
        "HERBARIUM OF THE BRITISH MUSEUM",
        # the OCR's "l" for an "I" and "0" for an "O" in the header and in the name
        "HERBARlUM 0F THE BRlTlSH MUSEUM",
        "MANCHESTER MUSEUM HERBARIUM",
    ],
)
@pytest.mark.parametrize(
    "taxon",
    ["SAXIFRAGA EXAMPLA MUSTER", "SAXIFRAGA EXAMPLA (L.) BEISP.", "EXAMPLIA ORNATA MUST. & BEISP."],
)
def test_a_plants_name_in_capitals_ends_the_headers_address(header: str, taxon: str) -> None:
    # was: the name and the place under it the herbarium's address (no locality, no county)
    text = f"{header}\n{taxon}\nSAMPLA CRAG, CUMBERLAND\n14 JUNE 1912  K. MUSTER\n\nBM000123456"
    got = fields(text)
    assert got["verbatimLocality"].value == "SAMPLA CRAG, CUMBERLAND"
    assert got["county"].value == "Cumberland"


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        # a town under the name stays its address; so does a place without an author
        (
            "HERBARIUM OF THE BRITISH MUSEUM\nSAMPLETON, EXAMPLESHIRE\nExampla minor L.",
            [False, True, False],
        ),
        ("FIELD MUSEUM OF NATURAL HISTORY\nCHICAGO, ILLINOIS", [False, True]),
        # the plant's name in capitals, the place under it: no address
        (
            "HERBARIUM OF THE BRITISH MUSEUM\nEXAMPLA ORNATA MUSTER\nSAMPLETON, KENT",
            [False, False, False],
        ),
    ],
)
def test_address_flags(text: str, flags: list[bool]) -> None:
    assert _label(text).address == flags


def test_a_postal_district_after_the_town_is_the_senders_address() -> None:
    # "1000 Berlin 33, Germany" was the specimen's country at 0.97 under a data label in Africa
    text = (
        "Exampla ornata Muster\nSampla River, Zambesi\nJ. Beispiel 567, 3.4.1905\n\n"
        "BOTANISCHES MUSEUM BERLIN-DAHLEM\nKönigin-Luise-Str. 6-8\n1000 Berlin 33, Germany"
    )
    got = fields(text)
    assert got["verbatimLocality"].value == "Sampla River, Zambesi"
    assert got["country"].confidence < 0.9


@pytest.mark.parametrize(
    ("barcode", "number"),
    [
        ("COL 000123456", "COL 000123456"),
        ("LPB 0012345", "LPB 0012345"),
        ("VEN 123456", "VEN 123456"),
        ("MO-2345678", "MO-2345678"),
        ("S12-34567", "S12-34567"),
        ("RNG 012345", "RNG 012345"),
        ("BIRM 012345", "BIRM 012345"),
        ("NCL 012345", "NCL 012345"),
    ],
)
def test_catalogue_codes_of_british_and_neotropical_herbaria(barcode: str, number: str) -> None:
    text = f"Exampla ornata Muster\nSampla, in prato\nleg. K. Muster 12.6.1930\n\n{barcode}"
    got = fields(text)
    assert got["catalogNumber"].value == number
    assert got["catalogNumber"].evidence.rule in ("catalog.institution", "catalog.code")
    assert value(text) == "K. Muster"


@pytest.mark.parametrize("header", ["Watson B.E.C.", "WATSON B.E.C.", "B.S.B.I."])
def test_an_exchange_clubs_initials_are_no_place(header: str) -> None:
    # "Watson B.E.C." was the first line of the locality at 0.93
    text = (
        f"{header}\nRocks above Sampla Burn, Perth\nHieracium exampli Muster\nJ. Beispiel 8.8.1899"
    )
    assert fields(text)["verbatimLocality"].value == "Rocks above Sampla Burn, Perth"


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        # a Cyrillic header's town under it is its address, as a Latin one's is
        (
            "ХЕРБАРИЙ НА ИНСТИТУТА ПО БОТАНИКА, БАН\nСофия\nExampla ornata Muster",
            [False, True, False],
        ),
        ("ГЕРБАРИЙ ИНСТИТУТА ЭКЗЕМПЛИ\nКиїв\nExampla ornata Muster", [False, True, False]),
        # the specimen's region in small letters is no address
        (
            "ГЕРБАРИЙ ИНСТИТУТА ЭКЗЕМПЛИ\nПримерная обл., окр. Примерово\nExampla ornata Muster",
            [False, False, False],
        ),
    ],
)
def test_a_cyrillic_headers_town(text: str, flags: list[bool]) -> None:
    # "София" was the verbatimLocality at 0.85
    assert _label(text).address == flags
