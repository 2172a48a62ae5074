"""Whole sheets invented in the shapes of UK and European herbaria and museums: the address under
an institution's header with the specimen's place set apart once, in `Label.address`, for every
parser that reads it."""

from __future__ import annotations

import pytest

from pipelines.fields import labels_from_text
from pipelines.fields.institution_names import header_address
from pipelines.fields.roles import Role
from pipelines.fields.text import Label, make_labels
from tests.pipelines.fields.parsed import fields, role_of


def _label(text: str) -> Label:
    (label,) = make_labels(labels_from_text(text))
    return label


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        # a museum's shortened name on a pin prints no address: the country and the town under it
        # are the specimen's, over the collector or over one more place's line and the collector
        ("MUS. ZOOL. BEROL.\nKAMERUN\nSampelstadt\nleg. K. Muster", [False] * 4),
        ("Mus. Zool. Berol.\nKamerun\nSampelstadt\nleg. K. Muster", [False] * 4),
        # the collection a pin came from is no collector: the lines stay the address
        (
            "MUS. ZOOL. EXAMPL.\nEXAMPLIA\nSampelstadt\nex coll. K. Muster",
            [False, True, False, False],
        ),
        # a museum's address in full stays the address
        ("NATURAL HISTORY MUSEUM\nSAMPLETON\nleg. K. Muster", [False, True, False]),
    ],
)
def test_the_address_sets_the_specimens_place_apart(text: str, flags: list[bool]) -> None:
    assert _label(text).address == flags


def test_a_pins_country_is_the_specimens_not_the_institutions() -> None:
    # was country.institution at 0.83 (the museum's "address")
    got = fields("MUS. ZOOL. BEROL.\nKAMERUN\nSampelstadt\nleg. K. Muster")
    assert got["country"].value == "Cameroon"
    assert got["country"].evidence.rule == "country.name"


def test_header_address_reads_the_labels_address() -> None:
    # a name only the institutions' lexicon knows, its town under it: blanked with it
    label = _label("UNIVERSITAS EXEMPLI\nSAMPLETON, EXAMPLIA\nExampla minor L.")
    assert header_address(label) == [1]
    # the specimen's place under a shortened one is kept
    label = _label("Zool. Staatssamml.\nSampelsee, Obb.\n12.7.1951\nleg. K. Muster")
    assert header_address(label) == []


@pytest.mark.parametrize(
    "text",
    [
        # a distributed series' title in Cyrillic is left unblanked: its number is the series'
        "ГЕРБАРИЙ ФЛОРЫ СССР\n№ 2345\nExampla minor Muster\n"
        "Ленинградская обл., Лужский р-н, луг\n12.VI.1956\nСобр. К. Мустер",
        "ГЕРБАРИЙ ФЛОРЫ СССР,\nиздаваемый Ботаническим институтом\n№ 2345. Exampla minor Muster\n"
        "Лужский р-н, луг\n12.VI.1956\nСобр. К. Мустер",
    ],
)
def test_a_cyrillic_series_title_keeps_its_number_doubted(text: str) -> None:
    got = fields(text)["recordNumber"]
    assert got.value == "2345"
    assert "series_number" in got.flags


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # the loan's date is no rival of the collection's
        (
            "Exampla ornata Beispiel\nSampleton, 1200 m, scrub\nJ. Beispiel 9911   2 Feb 1977\n\n"
            "Returned\n12 APR 1999",
            "",
        ),
        # the slide's number is no field number
        (
            "Sampelstadt\nExamplia\n12.v.1931\nK. Muster\n\nSlide made\nNo. 456\nJ. Beispiel 1975",
            "recordNumber",
        ),
    ],
)
def test_a_stamps_date_and_number_are_not_the_specimens(text: str, absent: str) -> None:
    got = fields(text)
    assert got["eventDate"].confidence >= 0.9
    assert absent not in got


@pytest.mark.parametrize(
    "text",
    [
        # a data label opening with a cue's word keeps its role
        "Returned from Sampleton\nExampla minor\n12 APR 1999\nK. Muster",
        # an institution's name over a date alone is left to the dates parser
        "HERB. HORT. SAMPL.\n22 JUN 1956",
    ],
)
def test_not_a_dated_stamp(text: str) -> None:
    from pipelines.fields.roles import _dated_stamp

    (label,) = make_labels(labels_from_text(text))
    assert not _dated_stamp([ln.text for ln in label.lines])


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # a herbarium's identification service: its name is the determiner's
        (
            "Identified at the Herbarium,\nRoyal Botanic Gardens, Kew\nExampla ornata Beispiel",
            Role.determination,
        ),
        ("Identified in the Herbarium, Kew\nExampla ornata Beispiel\n1962", Role.determination),
        (
            "Determined at the British Museum (Natural History)\nExampla minor Muster",
            Role.determination,
        ),
        # loan and digitisation notes in the labels' languages
        ("Prêté à Herb. Exempli\n12.3.1999", Role.curatorial),
        ("Retourné\n12.3.1999", Role.curatorial),
        ("Ausgeliehen an Herb. Exempli\n12.3.1999", Role.curatorial),
        ("Uitgeleend aan Herb. Exempli\n1999", Role.curatorial),
        ("Lainattu\n1999", Role.curatorial),
        # a stamp's cue over its date
        ("Returned\n12 APR 1999", Role.curatorial),
        ("DIGITISED\n12 NOV 2014", Role.curatorial),
        ("On loan to Herbarium Exempli\n15 Mar 2003", Role.curatorial),
        ("Loan returned\n1995", Role.curatorial),
        # a slide's label: its number and its preparer are the slide's
        ("Slide made\nNo. 456\nJ. Beispiel 1975", Role.curatorial),
        ("Sampled for DNA 2012", Role.curatorial),
        ("DNA extracted\nK. Muster 2010", Role.curatorial),
        ("Gescannt 2016", Role.curatorial),
    ],
)
def test_identification_services_stamps_and_loan_notes(text: str, role: Role) -> None:
    assert role_of(text) is role


def test_a_loan_notes_date_is_no_collection_date() -> None:
    text = (
        "Exampla minor Muster\nDeutschland: Sampelstadt, Wiese\nleg. K. Muster 12.6.1935\n\n"
        "Ausgeliehen an Herb. Exempli\n3.4.1999"
    )
    got = fields(text)["eventDate"]
    assert got.value == "1935-06-12" and got.confidence >= 0.9
