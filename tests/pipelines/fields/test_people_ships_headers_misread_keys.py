"""Collectors, numbers and determiners the OCR or the label's shape hides: a number's key read
with a comma, a surname's capital read in lower case, a ship and its station, a herbarium's
word and its number, a header's "of", the OCR's "l" for the "i" of a long key, the Portuguese
reviser's key. Invented strings."""

from __future__ import annotations

import pytest

from pipelines.fields import labels_from_text, parse_fields


def fields(text: str) -> dict[str, tuple[str, float]]:
    got = parse_fields(labels_from_text(text))
    return {str(k): (str(v.value), v.confidence) for k, v in got.items()}


SHEET = "Carex exempla Host\nSampleton, Exampleshire\n12.6.1961\n"


@pytest.mark.parametrize(
    ("last", "name", "number"),
    [
        # "No," the OCR's comma for the key's stop
        ("M. Sampleva No, 416", "M. Sampleva", "416"),
        ("K. Muster No. 416", "K. Muster", "416"),
    ],
)
def test_number_key_read_with_a_comma(last: str, name: str, number: str) -> None:
    got = fields(SHEET + last)
    assert got["recordedBy"][0] == name
    assert got["recordNumber"][0] == number


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Coll. A. exempel 1199", "A. Exempel"),
        ("Coll. A. B. exempel 1199", "A. B. Exempel"),
        ("leg. K. muster", "K. Muster"),
        ("coll. k. muster 1199", "K. Muster"),
    ],
)
def test_surname_read_in_lower_case_after_a_key(line: str, name: str) -> None:
    got = fields(SHEET + line)
    assert got["recordedBy"][0] == name
    assert got["recordedBy"][1] < 0.9  # the OCR misread it: doubted


@pytest.mark.parametrize(
    "text",
    [
        "Exampla minor Muster\nH.M.S. Exampla Stn. 23\nLat. 12 S. Long. 40 E.\n12 June 1874",
        "Exampla minor Muster\nHMS Exampla Stn. 23\n12 June 1874",
        "Exampla minor Muster\nR/V Exampla Station 23\n12 June 1974",
    ],
)
def test_a_ship_is_no_collector(text: str) -> None:
    assert "recordedBy" not in fields(text)


def test_ship_above_a_keyed_collector() -> None:
    got = fields("Exampla minor\nH.M.S. Exampla\nColl. K. Muster 12\n12 June 1874")
    assert got["recordedBy"][0] == "K. Muster"


@pytest.mark.parametrize(
    "head",
    ["Kasvio n:o 233", "KASVIO N:O 233", "Zielnik nr 45"],
)
def test_herbarium_word_and_number(head: str) -> None:
    got = fields(head + "\n" + SHEET + "K. Mustonen")
    assert got.get("recordedBy", ("",))[0] == "K. Mustonen"
    assert "recordNumber" not in got


@pytest.mark.parametrize(
    ("slip", "name"),
    [
        ("Carex exemplaris Muster\nRevisto por K. Muster", "K. Muster"),
        ("Carex exemplaris Muster\nDetermlnavit K. Muster", "K. Muster"),
        ("Carex exemplaris Muster\nK. Muster 1962", "K. Muster"),
    ],
)
def test_determination_slips(slip: str, name: str) -> None:
    got = fields(SHEET + "leg. J. Beispiel 456\n\n" + slip)
    assert got["identifiedBy"][0] == name
    assert got["recordedBy"][0] == "J. Beispiel"


def test_private_herbarium_header_with_of() -> None:
    got = fields("HERBARIUM OF J. BEISPIEL\n\nCarex exempla Host\nSampleton\n12 June 1901")
    assert got["recordedBy"][0] == "J. BEISPIEL"
    assert got["recordedBy"][1] < 0.9


def test_institution_herbarium_of_names_nobody() -> None:
    got = fields(
        "HERBARIUM OF THE UNIVERSITY OF EXAMPLA\n\nCarex exempla Host\nSampleton\n12 June 1901"
    )
    assert "recordedBy" not in got


@pytest.mark.parametrize(
    ("text", "name", "number"),
    [
        # the name's line, a typed column's gap, the collector and his number
        (
            "Carex exempla Host  K. Muster 123\nSampleton, Exampleshire\n12 June 1901",
            "K. Muster",
            "123",
        ),
        # the place's line so
        ("Sampleton, Exampleshire  K. Muster 123\n12 June 1901", "K. Muster", "123"),
        ("Carex exempla Host  leg. K. Muster 123\nSampleton\n12 June 1901", "K. Muster", "123"),
    ],
)
def test_collector_after_a_column_gap(text: str, name: str, number: str) -> None:
    got = fields(text)
    assert got["recordedBy"][0] == name
    assert got["recordNumber"][0] == number


@pytest.mark.parametrize(
    "text",
    [
        "Carex exempla Host\nSampleton Moss, Exampleshire\nK. Muster legit\n12.vi.1912",
        "Carex exempla Host\nSampleton Moss\nK. Muster leg.\n12.vi.1912",
    ],
)
def test_place_above_a_name_and_its_key(text: str) -> None:
    assert fields(text)["recordedBy"][0] == "K. Muster"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "A. B. Norquist\nC. D. MacAllister Collectors\nSampleton",
            "A. B. Norquist | C. D. MacAllister",
        ),
        # a given name in full above the initials, a plural key
        (
            "Carex exempla\nRoadside wall\n\nKarlsson Muster\nN. L. Beispiel\nCollectors, 1905",
            "Karlsson Muster | N. L. Beispiel",
        ),
        (
            "Carex exempla\nRoadside wall\n\nKarlsson Muster\nN. L. Beispiel Collectors\n1905",
            "Karlsson Muster | N. L. Beispiel",
        ),
    ],
)
def test_names_above_a_plural_key_still_read(text: str, names: str) -> None:
    assert fields(text)["recordedBy"][0] == names


@pytest.mark.parametrize(
    ("line", "name"),
    [("leg. J. af Beispiel", "J. af Beispiel"), ("J. af Beispiel 123", "J. af Beispiel")],
)
def test_nordic_particle(line: str, name: str) -> None:
    got = fields("Carex exempla Host\nSverige, Provby sn\n12.6.1891\n" + line)
    assert got["recordedBy"][0] == name
