"""Digitisation stamps on invented labels: a resolver's address, the specimen's id, the day it was
imaged, the unit's and the museum's names, printed as one block or cut into several labels. None
of their lines gives a specimen's field."""

from __future__ import annotations

import pytest

from pipelines.fields import extract_fields, labels_from_text
from pipelines.fields.roles import (
    Role,
    affiliation_lines,
    dated_header,
    digitisation_stamp,
    label_roles,
    stamp_lines,
)
from pipelines.fields.text import is_header, make_labels
from tests.pipelines.fields.parsed import fields

_STAMP = (
    "http://id.example.org/\nDigitarium\nXYZ.1060\n2014-05-19\n"
    "MUSEUM EXEMPLI\nUNIV. (X), EXAMPLETOWN\n1234567\nQUADR."
)


def _roles(text: str) -> list[Role]:
    roles = label_roles(make_labels(labels_from_text(text)))
    return [roles[i] for i in sorted(roles)]


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        # the whole block, from the address to the drawer word
        (_STAMP, list(range(8))),
        # the museum's lines above the address
        (
            "MUSEUM EXEMPLI\nUNIV. (X), EXAMPLETOWN\nhttp://id.example.org/\nXYZ.1060\n2014-06-11",
            [0, 1, 2, 3, 4],
        ),
        # no address: the specimen's id and an ISO date together
        ("MUSEUM EXEMPLI\nXYZ.1060\n2014-05-19", [0, 1, 2]),
        # under a data label's lines: only the stamp's run
        ("Foo Heath, 300 m\n12.6.1931\nhttp://id.example.org/\nXYZ.1060\n2014-05-19", [2, 3, 4]),
    ],
)
def test_a_digitisation_stamps_lines(text: str, lines: list[int]) -> None:
    (label,) = make_labels(labels_from_text(text))
    assert digitisation_stamp(label) == lines


@pytest.mark.parametrize(
    "text",
    [
        # an ISO date alone, or under a herbarium's heading, is a date written on a label
        "Foo Heath\n2014-05-19\nleg. A. Person",
        "HERBARIUM EXEMPLI\n2014-05-19",
        # an id without a date: a catalogue number
        "MUSEUM EXEMPLI\nXYZ.1060",
        # a date written by hand next to an id is no stamp's
        "XYZ.1060\n12.6.1931",
    ],
)
def test_not_a_digitisation_stamp(text: str) -> None:
    (label,) = make_labels(labels_from_text(text))
    assert digitisation_stamp(label) == []


def test_the_stamp_as_one_label_is_curatorial_and_dates_nothing() -> None:
    text = "Foo Heath\n17.5.1938\nleg. A. Person\n\n" + _STAMP
    assert _roles(text) == [Role.data, Role.curatorial]
    got = extract_fields(labels_from_text(text))
    assert got["eventDate"].value == "1938-05-17"
    assert got["catalogNumber"].value == "XYZ.1060"


def test_the_stamp_cut_into_labels() -> None:
    # the unit's name and the museum's lines beside the address are the stamp's
    text = (
        "Aus bus L.\nFoo Heath\nA. Person\n\nMUSEUM EXEMPLI\nUNIV. (X), EXAMPLETOWN\n1234567\n"
        "QUADR.\n\nDigitarium\n\nhttp://id.example.org/\nXYZ.1060\n2014-06-23"
    )
    assert _roles(text) == [Role.data, Role.curatorial, Role.curatorial, Role.curatorial]
    got = extract_fields(labels_from_text(text))
    assert got["scientificName"].value == "Aus bus"
    assert "eventDate" not in got
    assert "EXAMPLETOWN" not in got.get("verbatimLocality", got["scientificName"]).value


def test_a_word_alone_is_the_stamps_only_beside_its_address() -> None:
    text = "Beispielia\n\nFoo Heath\n12.6.1931\n\nhttp://id.example.org/\nXYZ.1060\n2014-06-23"
    assert _roles(text) == [Role.data, Role.data, Role.curatorial]


def test_a_digitisation_word_alone_is_curatorial_anywhere() -> None:
    # a digitisation unit's or a stamp's word is the stamp's, with no address beside it
    text = "Digitarium\n\nFoo Heath\n12.6.1931\n\nDATABASED"
    assert _roles(text) == [Role.curatorial, Role.data, Role.curatorial]


def test_the_stamp_inside_a_data_label_is_blanked_with_the_museums_lines() -> None:
    text = (
        "Foo Heath, 300 m\n12.6.1931\nhttp://id.example.org/\nXYZ.1060\n2014-05-19\nMUSEUM EXEMPLI"
    )
    (label,) = make_labels(labels_from_text(text))
    assert stamp_lines(label) == [2, 3, 4, 5]
    got = extract_fields(labels_from_text(text))
    assert got["eventDate"].value == "1931-06-12"


def test_a_determiners_affiliation_is_not_the_specimens_country() -> None:
    text = "Aus bus L.\nFoo Heath\n\nrev. A. Person 1990\nUniversity of Exampletown, Finland"
    labels = make_labels(labels_from_text(text))
    assert affiliation_lines(labels[1]) == [1]
    assert "country" not in extract_fields(labels_from_text(text))
    # the determiner's own line naming his herbarium stays
    (slip,) = make_labels(labels_from_text("Aus bus L.\nDet. A. Person, 1974 Herbarium Exempli"))
    assert affiliation_lines(slip) == []


@pytest.mark.parametrize(
    "line",
    [
        "FERNS OF EXAMPLIA",
        "Filices exemplenses exsiccatae",
        "Растения Примерии",
        "Farne aus Beispiel",
    ],
)
def test_series_headers(line: str) -> None:
    assert is_header(line)
    # the header's year is not the collection date
    text = f"{line} 1948\nAus bus L.\nA. Person"
    assert "eventDate" not in extract_fields(labels_from_text(text))


def test_a_word_that_only_starts_like_a_header_is_none() -> None:
    assert not is_header("Fernside Road, Examplia")


def test_a_heading_between_the_key_and_the_name_is_no_affiliation() -> None:
    (slip,) = make_labels(
        labels_from_text("Det.\nHERBARIUM OF THE UNIVERSITY OF EXAMPLE\nA. Person")
    )
    assert affiliation_lines(slip) == []


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        ("HERB. HORT. SAMPL.\n22 JUN 1956", True),
        ("HERBARIUM SAMPLETON\n12 FEB 1931", True),
        ("SAMPLETON MUSEUM\n(NATURAL HISTORY)\n12 Feb. 1931", True),
        ("12 July 1993\nHERBARIUM EXEMPLI\nSAMPLETON UNIVERSITY", True),
        # a person's herbarium may date the specimen; a region's header is the data label's
        ("Herb. K. Muster\n12 Jun 1898", False),
        ("Flora of Exampleland\n12 Jun 1923", False),
        # a place, a collector or a number beside the date makes it the data label
        ("HERBARIUM SAMPLETON\nSample Hill\n12 FEB 1931", False),
        ("HERBARIUM SAMPLETON\n12 FEB 1931 K. Muster 45", False),
        ("HERBARIUM SAMPLETON", False),
    ],
)
def test_an_institutions_name_and_a_date_alone(text: str, dated: bool) -> None:
    assert dated_header(make_labels(labels_from_text(text))[0]) is dated


def test_a_date_under_an_institutions_name_is_doubted_and_yields() -> None:
    alone = fields(
        "Exampleia sampleana\nSample Hills, 1200 m\nK. Muster 345\n\nHERB. HORT. SAMPL.\n22 JUN 1956"
    )
    assert alone["eventDate"].value == "1956-06-22"
    assert "stamp_or_collection_date" in alone["eventDate"].flags
    assert alone["eventDate"].confidence < 0.9
    # the data label's own date wins over the stamp's
    both = fields(
        "Sample Hills, 1200 m\n3 May 1950 K. Muster 345\n\nHERB. HORT. SAMPL.\n22 JUN 1956"
    )
    assert both["eventDate"].value == "1950-05-03"
    assert "stamp_or_collection_date" not in both["eventDate"].flags


def test_a_place_under_an_accession_number_keeps_the_label_the_specimens() -> None:
    # a stamp form's fields are short words; a place's name is not three of them run together
    got = fields("Acc. No. 1934-56\nSampleton, 12.6.1933\nleg. K. Muster")
    assert got["eventDate"].value == "1933-06-12"


def test_a_register_stamp_heads_no_address() -> None:
    # an insect's labels read as one: the register stamp's line, then the specimen's place
    got = fields("Brit. Mus. 1937-512.\nSampleton\n12.vi.1931")
    assert got["verbatimLocality"].value == "Sampleton"


_DATA = "Exampla minor L.\nSampleton, roadside.\nK. Muster 123\n\n"


@pytest.mark.parametrize(
    "note",
    [
        "Specimen data entered 2014\nImaged 12 Mar 2015",
        "Label data transcribed by A. Exemplo 2019",
        "Transcribed 3.iv.2019",
        "Data entered 12/3/2014",
        "Locality georeferenced by A. Exemplo 2015",
        "Plants of Sampleton\nDistributed by the Example Botanical Garden\nIssued June 1910",
    ],
)
def test_a_data_entry_or_issue_note_dates_no_collection(note: str) -> None:
    got = fields(_DATA + note)
    assert "eventDate" not in got
    assert got["recordedBy"].value == "K. Muster"


@pytest.mark.parametrize(
    "slip",
    [
        "ISOTYPE\nExampla minor Muster\nExamined by A. Exemplo, May 1988",
        "Exampla minor Muster\nSeen by A. Exemplo 1988",
    ],
)
def test_a_specialists_examination_is_a_determination(slip: str) -> None:
    assert _roles(_DATA + slip)[-1] is Role.determination


@pytest.mark.parametrize(
    ("slip", "role"),
    [
        # the OCR's comma for a cue's full stop
        ("Exampla ornata Muster\nConf, J. Beispiel 1999", Role.determination),
        ("Exampla ornata Muster\nDet, J. Beispiel 1999", Role.determination),
        # the OCR's "Dct." for "Det."
        ("Exampla ornata Muster\nDct. J. Beispiel 1985", Role.determination),
        ("Acc, No. 12345\n1962", Role.curatorial),
        # a comma after a word that is no cue's abbreviation stays what it was
        ("Confluence, Sampleton\n12 May 1931", Role.data),
    ],
)
def test_a_cue_read_with_a_comma_for_its_full_stop(slip: str, role: Role) -> None:
    assert _roles(_DATA + slip)[-1] is role


@pytest.mark.parametrize(
    "slip", ["Exampla minor Muster\nExamined by A. Exemplo, May 1988", "Seen by A. Exemplo 1988"]
)
def test_a_specialists_examination_names_the_determiner(slip: str) -> None:
    got = fields(_DATA + slip)
    assert got["identifiedBy"].value == "A. Exemplo"
    assert "eventDate" not in got
