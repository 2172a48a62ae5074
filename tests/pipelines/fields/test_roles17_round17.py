"""Whole sheets invented in the shapes of European and Field Museum herbaria and zoological
museums: an institution's European postal address under its name (its street and house number,
its town's postal code), and an accession stamp printed in one block with the sheet's barcode."""

from __future__ import annotations

import pytest

from pipelines.fields import labels_from_text
from pipelines.fields.roles import dated_header
from pipelines.fields.text import _address_line, make_labels
from tests.pipelines.fields.parsed import values


@pytest.mark.parametrize(
    "line",
    [
        "Cromwell Road, London SW7",
        "Cromwell Road, London SW7 5BD",
        "Inverleith Row, Edinburgh EH3 5LR",
        "Königin-Luise-Str. 6-8",
        "D-14195 Berlin-Dahlem",
        "00100 Helsinki",
        "Unioninkatu 44",
        "Nieuwelaan 38, B-1860 Meise",
        "2300 RA Leiden",
    ],
)
def test_a_european_postal_address(line: str) -> None:
    assert _address_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "1951 Sampleton",  # a year, no postal code
        "Sampleton, 1200 m",
        "Exampla Road 5 km N",
        "Waldweg 3",  # a path's name, no street's
        "K. Muster 1234",
        "Tanganyika: Sampleton Distr., Exampla, 1400 m",
        "3 km Sampleton",
    ],
)
def test_no_postal_address(line: str) -> None:
    assert not _address_line(line)


@pytest.mark.parametrize(
    ("text", "locality"),
    [
        (
            "NATURAL HISTORY MUSEUM\nCromwell Road, London SW7\nExampla londinensis Muster\n"
            "Kent: Sampleton, chalk grassland\nJune 1960 J. Beispiel",
            "Kent: Sampleton, chalk grassland",
        ),
        (
            "Botanisches Museum Berlin-Dahlem\nKönigin-Luise-Str. 6-8\nD-14195 Berlin\n"
            "Exampla africana Muster\nTanganyika: Sampleton Distr., Exampla, 1400 m\n"
            "3.4.1935 leg. K. Muster 333",
            "Tanganyika: Sampleton Distr., Exampla, 1400 m",
        ),
    ],
)
def test_the_address_under_a_header_is_no_locality(text: str, locality: str) -> None:
    assert values(text)["verbatimLocality"] == locality


@pytest.mark.parametrize(
    ("text", "stamp"),
    [
        ("K000444555\nHERBARIUM KEW\n12 MAY 1951", True),
        ("HERB. HORT. KEW.\n12 MAY 1951\nE00123456", True),
        # a year in the number: no barcode
        ("HERBARIUM KEW\n12 MAY 1951\nNo. 1951", False),
    ],
)
def test_a_stamp_with_the_barcode(text: str, stamp: bool) -> None:
    (label,) = make_labels(labels_from_text(text))
    assert dated_header(label) is stamp
