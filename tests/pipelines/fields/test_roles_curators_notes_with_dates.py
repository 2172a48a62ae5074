"""Curators' notes with their own dates on a label of their own beside an invented data label:
an imaging stamp after the institution's initials, a photograph's, a barcoding's, a curation's or
a georeferencing's note, a determination checked or verified: none dates the collection, none
names its collector."""

from __future__ import annotations

import pytest

from pipelines.fields import labels_from_text
from pipelines.fields.roles import Role, label_roles
from pipelines.fields.text import make_labels
from tests.pipelines.fields.parsed import values

_DATA = "Viola hirta L.\nProbeham, hedge bank\nK. Muster\n\n"


def _roles(text: str) -> list[Role]:
    roles = label_roles(make_labels(labels_from_text(text)))
    return [roles[i] for i in sorted(roles)]


@pytest.mark.parametrize(
    ("note", "role"),
    [
        # a stamp's cue after the institution's initials
        ("NHM Image 2015", Role.curatorial),
        ("BM Imaged 12.3.2015", Role.curatorial),
        ("SMPL Accession No. 123456 12.3.1960", Role.curatorial),
        # notes of the table (label_roles.csv)
        ("Specimen photographed 12.3.1987", Role.curatorial),
        ("Photo J. Beispiel 1960", Role.curatorial),
        ("Barcode added 2010", Role.curatorial),
        ("Curated 2001", Role.curatorial),
        ("Georef. 2015", Role.curatorial),
        ("Checked 1990", Role.determination),
        ("Verified A. Exempel 1985", Role.determination),
        ("Specimen examined 1978", Role.determination),
    ],
)
def test_a_curators_note_is_no_data_label(note: str, role: Role) -> None:
    text = _DATA + note
    assert _roles(text) == [Role.data, role]
    got = values(text)
    assert "eventDate" not in got
    assert got["recordedBy"] == "K. Muster"


@pytest.mark.parametrize(
    "text",
    [
        # a place's name in capitals before a word of the data label's is no institution's
        "Viola hirta L.\nSAMPLETON Mounted on rock\nK. Muster\n12 May 1921",
        # one capital letter is no institution's initials
        "Viola hirta L.\nProbeham, hedge bank\nK Muster\n12 May 1921",
    ],
)
def test_no_stamp_without_an_institutions_initials(text: str) -> None:
    assert values(text)["eventDate"] == "1921-05-12"


@pytest.mark.parametrize(
    ("note", "role"),
    [
        # Dutch and French acquisitions, bequests and revisions (label_roles.csv)
        ("Ingekomen 1950", Role.curatorial),
        ("Aankoop 1920", Role.curatorial),
        ("Aangekocht 1921 van J. Beispiel", Role.curatorial),
        ("Legs de Mme H. Sampleva 1920", Role.donor),
        ("Révisé 1985", Role.determination),
        ("Revu par A. Exempel 1985", Role.determination),
    ],
)
def test_a_continental_curators_note_is_no_data_label(note: str, role: Role) -> None:
    text = "Viola hirta L.\nVindplaats: Proefdorp, bosrand\nverz. K. Muster\n\n" + note
    assert _roles(text) == [Role.data, role]
    got = values(text)
    assert "eventDate" not in got
    assert got["recordedBy"] == "K. Muster"
