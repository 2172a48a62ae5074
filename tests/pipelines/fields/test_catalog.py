"""Catalogue numbers: an institution's code and a number of its shape, the barcode's printed digits
under the code the sheet names, and the numbers on a sheet that are not the catalogue number.
All codes are real (data/institutions.csv), all numbers invented."""

from __future__ import annotations

import time

import pytest

from models.fields import FieldCandidate
from pipelines.fields import labels_from_text, parse_fields
from pipelines.fields.catalog import (
    Shape,
    find_catalog_numbers,
    institutions,
    split_catalog_number,
)
from pipelines.fields.text import make_labels


def _found(text: str) -> list[FieldCandidate]:
    return find_catalog_numbers(make_labels(labels_from_text(text)))


def _best(text: str) -> FieldCandidate | None:
    got = _found(text)
    return got[0] if got else None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a known code glued to or spaced from a number of its shape
        ("BM000123456", "BM000123456"),
        ("E00654321", "E00654321"),
        ("K000123456", "K000123456"),
        ("L.1234567", "L.1234567"),
        ("L . 1234567", "L.1234567"),  # OCR's blanks around the dot
        ("l.1234567", "L.1234567"),  # the code read in lower case, on a line of its own
        ("L 0123456", "L 0123456"),
        ("U.1234567", "U.1234567"),
        ("WAG.1234567", "WAG.1234567"),
        ("AMD.123456", "AMD.123456"),
        ("B 10 0654321", "B 10 0654321"),
        ("NHMUK 012345678", "NHMUK 012345678"),
        ("NHMUK012345678", "NHMUK012345678"),
        ("NHMUK\n012345678", "NHMUK 012345678"),  # the code on its line, the number under it
        ("P01234567", "P01234567"),
        ("PC0123456", "PC0123456"),
        ("BR0000012345678", "BR0000012345678"),
        ("G00123456", "G00123456"),
        ("M-0123456", "M-0123456"),
        ("LE 01012345", "LE 01012345"),
        ("MW0123456", "MW0123456"),
        ("Z-000012345", "Z-000012345"),
        ("W 1889-0123456", "W 1889-0123456"),
        ("H1234567", "H1234567"),
        ("RMNH.INS.1234567", "RMNH.INS.1234567"),
        ("CASENT0123456", "CASENT0123456"),
        ("Isotypus K000123456 ex herb. A. Muster", "K000123456"),  # inside a line too
        ("K000123456 1985", "K000123456"),  # a year after it is not part of it
        # the shapes the US devset has
        ("U.C. Berkeley\nEMEC 512,347", "EMEC 512,347"),
        # the comma read as a dot: the number as its shape prints it
        ("U.C. Berkeley\nEMEC 512.347", "EMEC 512,347"),
        ("University of Beispiel (TENN)\nTENN-L-0012345", "TENN-L-0012345"),
        ("NY 01234567", "NY 01234567"),
        ("NEW YORK BOTANICAL GARDEN\n01234567", "01234567"),  # a bare number under the name
        ("MCZ 21011", "MCZ 21011"),  # a known code whose shape the table does not give
        # a barcode's printed digits, with separators, under the code the sheet names
        ("Herb. Horti Bot. Beisp. (BR)\n\n0 000012 34567 8", "BR0000012345678"),
        ('Herb. Horti Bot. Beisp. (BR)\n\nO " 000012 " 34567 " 8', "BR0000012345678"),
        (
            'Herb. Horti Bot. Beisp. ( BR\nBR - S . P\n234 567\n\n) " 000012 " 34567 " 8',
            "BR0000012345678",
        ),
        ("Royal Botanic Garden (E)\n\n00654321", "E00654321"),
        ("NHMUK\n\nB.M. 1992-71\n\n012345678", "NHMUK012345678"),  # the code alone on a line
    ],
)
def test_catalogue_numbers_are_found(text: str, value: str) -> None:
    got = _best(text)
    assert got is not None
    assert got.value == value
    assert got.confidence < 0.99  # below a decoded barcode's
    assert not got.flags


@pytest.mark.parametrize(
    "text",
    [
        "BMNH (E) 2011-47",  # register numbers
        "BMNH (E)\n2010-119",
        "B.M. 1992-71",
        "B.M.1990-19",
        "Brit. Mus. 1931-7.",
        "NMW. Z. 1990. 112",
        "No 912.345 678",  # accession and sheet numbers
        "№ 804,517- 16",
        "N° 37594",
        "Acc. 2011-28",
        "1984",  # a stamp's year
        "Imaged and databased\n2011",
        "K 1985",
        "MCZ 2011",
        "B-1860 Meise",  # postal codes and a street
        "FI-00014 Helsingin yliopisto",
        "A-1030 Wien",
        "FI-00014",
        "NY 10458",  # a ZIP code after a state
        "MO 65201",
        "Beispielstraße 12, D-80331 München",
        "L. 211",  # too short for Leiden's numbers
        "EMEC 512.3475",
        "Det. J. Beispiel (L) 1998",
        "Long. 113° 7' 12.4\" E",
        "Royal Botanic Garden (E)\n\n21 08 1995",  # a date under a code is not its number
        "Herb. Horti Bot. Beisp. (BR)\n\n0 1 2 3 4 5 6 7 8 9 10 11 12",  # a ruler's scale
        "Herb. Horti Bot. Beisp. (BR)\n\n234 567",  # the accession number: not the barcode's
        'Herb. Horti Bot. Beisp. (BR)\n\nO " 000012 " 34567 " o',  # its check digit unread
        "U.C. Beispiel\nKAV 1986",
    ],
)
def test_other_numbers_are_not_taken(text: str) -> None:
    assert _best(text) is None


def test_a_number_of_none_of_the_shapes_is_taken_with_a_flag() -> None:
    got = _best("NHMUK01234567")  # eight digits where NHMUK prints nine
    assert got is not None and got.value == "NHMUK01234567"
    assert got.flags == ["unusual_length"]
    assert got.confidence < 0.6


def test_the_preferred_series_ranks_first_without_a_flag() -> None:
    got = _found("HERB. LUGD. BAT.\nNo 912.345 678\nL.1234567\n\nL 0123456\n300751")
    assert [c.value for c in got[:2]] == ["L.1234567", "L 0123456"]
    assert not got[0].flags
    assert got[0].confidence > got[1].confidence > got[2].confidence


def test_two_numbers_of_one_institution_are_flagged() -> None:
    text = "Herb. Beisp. (BR)\n\n0 000012 34567 8\n\nHerb. Beisp. (BR)\n\n0 000012 34568 5"
    got = _found(text)
    assert [c.value for c in got] == ["BR0000012345678", "BR0000012345685"]
    assert all(c.flags == ["several_catalog_numbers"] for c in got)
    assert got[0].confidence < _best("BR0000012345678").confidence  # type: ignore[union-attr]


def test_numbers_of_two_institutions_are_flagged() -> None:
    got = _best("K000123456\n\nE00654321")
    assert got is not None and got.flags == ["several_institutions"]


@pytest.mark.parametrize(
    "text", ["L 0123456\n\nL 0123456", "NHMUK 012345678\nNHMUK012345678\n\nNHMUK\n012345678"]
)
def test_the_same_number_twice_is_no_conflict(text: str) -> None:
    got = _best(text)
    assert got is not None and not got.flags


@pytest.mark.parametrize(
    ("value", "code", "digits"),
    [
        ("BR0000012345678", "BR", "0000012345678"),
        ("L 0123456", "L", "0123456"),
        ("L.1234567", "L", "1234567"),
        ("NHMUK 012345678", "NHMUK", "012345678"),
        ("TENN-L-0012345", "TENN", "0012345"),
        ("B 10 0654321", "B", "100654321"),
        ("https://data.example.org/specimen/E00654321", "E", "00654321"),
        ("01234567", None, "01234567"),
    ],
)
def test_split_catalog_number(value: str, code: str | None, digits: str) -> None:
    assert split_catalog_number(value) == (code, digits)


def test_every_shape_in_the_table_reads_and_fills() -> None:
    table = institutions()
    assert {"BM", "NHMUK", "E", "K", "L", "B", "BR", "P", "TENN", "EMEC"} <= set(table)
    for inst in table.values():
        for shape in inst.shapes:
            # a run that may be longer ("#+") written two figures long, a register's letters
            # ("@") as one
            filled = shape.template.replace("#+", "77").replace("#", "7").replace("@", "X")
            tail = "".join(ch for ch in filled[len(inst.code) :] if ch.isalnum())
            assert shape.tail.fullmatch(tail), shape.template
            if shape.runs <= 1:  # (several runs of varying length: the printed marks decide)
                assert shape.fill(tail) == filled


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the Field Museum's barcodes end in its code
        ("V0123456F", "V0123456F"),
        ("FIELD MUSEUM OF NATURAL HISTORY\nC0654321F\nPLANTS OF EXAMPLE", "C0654321F"),
    ],
)
def test_a_number_that_ends_in_its_code(text: str, value: str) -> None:
    got = _best(text)
    assert got is not None and (got.value, got.confidence) == (value, 0.92)
    assert split_catalog_number(value) == ("F", value[1:-1])


@pytest.mark.parametrize("text", ["NV0123456F", "V01234567F", "V0123456FX", "Exemplum V0123F"])
def test_a_longer_or_shorter_number_is_no_suffixed_shape(text: str) -> None:
    assert all(c.evidence.rule != "catalog.institution" for c in _found(text))


def test_a_shape_must_start_with_its_code() -> None:
    with pytest.raises(ValueError, match="not code"):
        Shape.parse("K", "E########")


@pytest.mark.slow
@pytest.mark.parametrize(
    "unit", ["K000123456 L.1234567 ", "NHMUK 1 2 3 ", "(BR)\n0 000012 34567 8\n"]
)
def test_many_numbers_are_read_in_linear_time(unit: str) -> None:
    """About 100,000 characters of numbers: comparing each with every other would take minutes."""
    text = unit * (100_000 // len(unit))
    start = time.process_time()
    _found(text)
    assert time.process_time() - start < 10


@pytest.mark.parametrize(
    "text",
    [
        "Herb. Beisp. (BR)\n\n0 000012 34567 8\n\nHerb. Beisp. (BR)\n\n0 000012 34568 5",
        "K000123456\n\nE00654321",
        "NHMUK01234567",
    ],
)
def test_a_flagged_number_stays_below_the_high_band(text: str) -> None:
    """The calibration has no flagged catalogue numbers to learn from: they keep the parser's
    confidence."""
    got = parse_fields(labels_from_text(text))["catalogNumber"]
    assert got.flags and got.confidence < 0.9
    assert parse_fields(labels_from_text("K000123456"))["catalogNumber"].confidence >= 0.9


def test_a_letter_alone_on_a_line_names_no_institution() -> None:
    got = _best("Habitat: slope facing\nE\n\n00654321")  # a compass point, then a bare number
    assert got is not None and (got.value, got.evidence.rule) == ("00654321", "catalog.bare_number")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stable identifier's resolver, the specimen's id on the next line or glued to it
        ("Digitarium\n\nhttp://id.example.org/\nXYZ.1060\n2014-05-19\n\nH1234567", "XYZ.1060"),
        ("https://data.example.org/object/AB00012345", "AB00012345"),
        ("http://id.example.org/GL.123.\nExamplia sampleana", "GL.123"),
        # the stamp's unit named between the address and the id
        ("http://id.example.org/\nDigitarium\nXYZ.1060\n2014-05-19\nMUSEUM\n1234567", "XYZ.1060"),
    ],
)
def test_a_specimens_stable_identifier_is_its_catalogue_number(text: str, expected: str) -> None:
    got = parse_fields(labels_from_text(text))["catalogNumber"]
    assert got.value == expected and not got.flags


@pytest.mark.parametrize(
    "text",
    ["www.example-garden.org", "http://www.example.org/collections/", "https://example.org/"],
)
def test_a_web_site_names_no_specimen(text: str) -> None:
    assert "catalogNumber" not in parse_fields(labels_from_text(text))


@pytest.mark.parametrize(
    "text",
    [
        # a sentence or two words under the address: no stamp's id below them
        "http://id.example.org/\nsee the catalogue\nXYZ.1060",
        "http://id.example.org/\nDigitarium\nMuseum\nXYZ.1060",
    ],
)
def test_an_id_far_under_an_address_is_not_its_specimen(text: str) -> None:
    assert "catalogNumber" not in parse_fields(labels_from_text(text))


@pytest.mark.parametrize(
    ("text", "value", "rule"),
    [
        # a digitisation stamp without its resolver: its id, not the museum's older number
        ("MUSEUM EXEMPLI\nXYZ.1060\n2014-05-19\n1234567", "XYZ.1060", "catalog.stamp_id"),
        # with the resolver, the id under it
        (
            "MUSEUM EXEMPLI\n1234567\nhttp://id.example.org/\nXYZ.1060\n2014-05-19",
            "XYZ.1060",
            "catalog.identifier_uri",
        ),
    ],
)
def test_a_digitisation_stamps_id(text: str, value: str, rule: str) -> None:
    (first, *rest) = find_catalog_numbers(make_labels(labels_from_text(text)))
    assert (first.value, first.evidence.rule, first.flags) == (value, rule, [])
    assert all(c.confidence < first.confidence for c in rest)


def test_an_id_without_an_iso_date_is_no_stamps() -> None:
    got = find_catalog_numbers(make_labels(labels_from_text("MUSEUM EXEMPLI\nXYZ.1060\n12.6.1931")))
    assert [c.evidence.rule for c in got if c.evidence.rule == "catalog.stamp_id"] == []
