"""Label roles on invented labels of the shapes sheets and pins carry, and the fields each role
may give."""

from __future__ import annotations

import pytest

from pipelines.fields import extract_fields, labels_from_text
from pipelines.fields.roles import Role, label_role, masked, stamp_lines, views
from pipelines.fields.text import make_labels


def _role(text: str) -> Role:
    (label,) = make_labels(labels_from_text(text))
    return label_role(label)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # the specimen's own label: keys, a dated place, a measured place
        ("Loc.: Beispielheide bei Musterdorf\nleg. K. Muster", Role.data),
        ("Sammler: J. Beispiel\n3.6.1921", Role.data),
        ("Musterberg, 1200 m\nA. Person", Role.data),
        ("Foo Heath\n12.vi.1931", Role.data),
        ("Vindplaats: langs de dijk\nverz. P. Voorbeeld", Role.data),
        # a printed form: the herbarium's heading above the data
        ("HERBARIUM OF THE EXAMPLE INSTITUTE\nColl. A. Person No. 123\nDate 4 May 1950", Role.data),
        # a determination slip, an annotation label, a type label
        ("Aus bus L.\ndet. A. Person 1987", Role.determination),
        (
            "Revised for Flora Exempla\nAus bus (L.) Pers.\ndet. B. Person 1/1990",
            Role.determination,
        ),
        ("Bestimmt: K. Muster", Role.determination),
        ("HOLOTYPE", Role.determination),
        # a slip with the data label's country read into the same block
        ("Aus bus L.\ndet. A. Person 1987\nMadagascar", Role.data),
        # stamps, headers, registers, duplicate lists
        ("Imaged and databased\nXYZ\n2011", Role.curatorial),
        ("Digitised 2014-06-09", Role.curatorial),
        ("Herbier du Jardin botanique d'Exemple\n(VILLE)", Role.curatorial),
        ("Herb. Horti Bot. Exempl. (XX)\nXX - S.P.\n123 456", Role.curatorial),
        ("acc 1996", Role.curatorial),
        ("Reg. No. 1957-123", Role.curatorial),
        ("B.M. 1930-333.", Role.curatorial),
        ("Dupl. sent to Herb. at: Aville, Beetown,\nCeeville, Deeport", Role.curatorial),
        # donors and former collections
        ("Ex Exemplar Coll.\nBrit. Mus. 1931-7.", Role.donor),
        ("A. Person\ncollection\nReg. 1943-58", Role.donor),
        ("W. Sample-Name\nBequest\nBMNH (E)\n1962-41", Role.donor),
        ("Ex herb. A. Person", Role.donor),
        # a catalogue number alone
        ("XX0000012345678", Role.barcode),
        ("0 000012 34567 8", Role.barcode),
        # the collector signs under the name: no donor
        ("A. B. Person\nColl.", Role.data),
        # a month and a year alone are a date, not a catalogue number
        ("XI - 1992", Role.data),
        # a digitisation unit's or a stamp's one word alone, in any case
        ("Digitarium", Role.curatorial),
        ("DIGITISED", Role.curatorial),
        ("imaged", Role.curatorial),
        ("Numérisé", Role.curatorial),
        # a slip without "det.": the name with its author over its determiners and their year
        ("Aus bus (L.) Pers.\nK. Muster & J. Beispiel (2005)", Role.determination),
        ("ANNOTATION LABEL\nAus bus (L.) Pers.\nK. Muster, 1990", Role.determination),
        # a date alone under a determination's line dates the determination
        ("Aus bus L.\nDeterminavit K. Muster\n12. v. 1988", Role.determination),
        ("Vide K. Muster 1990", Role.determination),
        ("Aus bus L.\nDet. K. Muster\nDate 1988", Role.determination),
        # a printed form's "Date" under "Det." with the collector's key: the data label's
        ("Coll. A. Person No. 12\nDet. B. Person\nDate 4 May 1950", Role.data),
        # a name over its collector and a year after a bare space: the data label's
        ("Aus bus L.\nJ. Muster 1901", Role.data),
    ],
)
def test_label_role(text: str, role: Role) -> None:
    assert _role(text) is role


def test_stamp_lines_inside_a_data_label_are_masked_with_their_run_on_lines() -> None:
    text = (
        "Coll. A. Person No. 12\nLoc. Mount Example\n"
        "Dupl. sent to Herb. at: Aville, Beetown,\nCeeville, Singapore.\nNotes: tree"
    )
    (label,) = make_labels(labels_from_text(text))
    assert stamp_lines(label) == [2, 3]
    clean = masked(label, stamp_lines(label))
    assert len(clean.text) == len(label.text) and clean.flat.index("Notes") == label.flat.index(
        "Notes"
    )
    assert "Singapore" not in clean.text and clean.lines[2].text.strip() == ""


def test_a_list_runs_on_over_list_lines_however_the_line_before_ended() -> None:
    text = (
        "Coll. A. Person No. 12\nDupl. sent to: Aville, Beetown, Ceeport, New\n"
        "Town, Deeport, Hawaii, Eeton, Ffield\nHabitat: forest, 300 m"
    )
    (label,) = make_labels(labels_from_text(text))
    assert stamp_lines(label) == [1, 2]


def test_views_hand_each_parser_its_roles() -> None:
    text = (
        "Loc. Foo Heath\n12.vi.1931\nA. Person\n\nDatabased\n2011\n\nEx Person Coll.\nReg. 1950-1"
    )
    seen = views(make_labels(labels_from_text(text)))
    assert [seen.roles[i] for i in sorted(seen.roles)] == [Role.data, Role.curatorial, Role.donor]
    assert [lab.label for lab in seen.of(Role.data)] == [0]


@pytest.mark.parametrize(
    ("text", "term", "absent"),
    [
        # a digitisation stamp's year is not the collection date
        ("Foo Heath\nA. Person\n\nImaged and databased\nXYZ\n2011", "eventDate", "2011"),
        # a register's year neither
        ("Foo Heath\n\nEx Exemplar Coll.\nBrit. Mus. 1931-7.", "eventDate", "1927"),
        # a donor is not the collector
        ("Foo Heath\n1.vi.1931\n\nEx Exemplar Coll.\nBrit. Mus. 1931-7.", "recordedBy", "Exemplar"),
        # a country in a list of herbaria that received duplicates is not the specimen's
        (
            "Coll. A. Person No. 12\nIsland Examplia\nDupl. sent to Herb. at: Aville,\nSingapore.",
            "country",
            "Singapore",
        ),
        # a digitisation unit's word read into the data label is no locality
        (
            "PLANTAE EXEMPLAE\nDigitarium\nAus bus L.\nMusterberg, c. 900 m\n3.5.1901",
            "verbatimLocality",
            "Digitarium",
        ),
        # a slip's "Date" under its "Det." line neither
        ("Foo Heath\nA. Person\n\nAus bus L.\nDet. K. Muster\nDate 1988", "eventDate", "1988"),
        # a slip's year without "det." is no collection date
        ("Foo Heath\nA. Person\n\nAus bus (L.) Pers.\nK. Muster (2005)", "eventDate", "2005"),
    ],
)
def test_fields_come_from_the_role_that_carries_them(text: str, term: str, absent: str) -> None:
    got = extract_fields(labels_from_text(text)).get(term)
    assert got is None or absent not in got.value


def test_a_digitisation_stamp_with_a_resolvers_address_is_curatorial() -> None:
    # its date is the day the sheet was imaged, not the collection date
    assert _role("http://id.example.org/\nXYZ.1060\n2014-05-19") is Role.curatorial
    text = "Foo Heath\n17.5.1978\nleg. A. Person\n\nhttp://id.example.org/\nXYZ.1060\n2014-05-19"
    assert extract_fields(labels_from_text(text))["eventDate"].value == "1978-05-17"
