"""Stamps, headers and slips' headings as the OCR misreads their first or institution word
("Herbariurn", "Muscum", "HERBAR1UM", "Botanic Gardcn", "ANNOTATI0N LABEL"): still a stamp, a
header or a slip, never the data label nor the locality; and a slip headed by the work it was
written for ("Revised for Flora of X"). Invented labels."""

from __future__ import annotations

import pytest

from pipelines.fields.institution_names import institution_name
from pipelines.fields.roles import Role, _repair_cues
from pipelines.fields.text import is_institution, repair_institution_words
from tests.pipelines.fields.parsed import check, role_of


@pytest.mark.parametrize(
    ("line", "repaired"),
    [
        ("Herbariurn of the University of Sampleton", "Herbarium of the University of Sampleton"),
        ("HERBAR1UM", "HERBARIUM"),
        ("Hcrbarium Universitatis Samplensis", "Herbarium Universitatis Samplensis"),
        ("Herbarlum", "Herbarium"),
        ("Muscum of Natural History", "Museum of Natural History"),
        ("Botanisches Muscum Sampleton", "Botanisches Museum Sampleton"),
        ("Royal Botanic Gardcn", "Royal Botanic Garden"),
        ("Univeraitåt Sampleton", "Universität Sampleton"),
        ("Unversity of Sampleton", "University of Sampleton"),
        ("Botanischcr Garten", "Botanischer Garten"),
        # not misread: another form of a word, a place's or a person's name, a short word
        ("Muster Institutes", "Muster Institutes"),
        ("Botanisches Institut", "Botanisches Institut"),
        ("Marden, Exampleshire", "Marden, Exampleshire"),
        ("Sampleton Gardens", "Sampleton Gardens"),
        ("Musca domestica", "Musca domestica"),
        ("Garten", "Garten"),
        ("HERBARIUM UNlVERSlTY OF EXAMPLA", "HERBARIUM UNIVERSITY OF EXAMPLA"),
    ],
)
def test_repair_institution_words(line: str, repaired: str) -> None:
    assert repair_institution_words(line) == repaired


@pytest.mark.parametrize(
    "line",
    ["Herbariurn", "Muscum of Natural History", "Botanic Gardcn Sampleton", "HERBAR1UM"],
)
def test_misread_institution_is_one(line: str) -> None:
    assert is_institution(line) or institution_name(line)


@pytest.mark.parametrize("line", ["Marden Road, Exampleshire", "Gardens near Sampleton"])
def test_place_is_no_institution(line: str) -> None:
    assert not is_institution(line)
    assert not institution_name(line)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Univeraitåt Sampleton\nBotanisches Institut", Role.curatorial),
        ("Royal Botanic Gardcn Sampleton", Role.curatorial),
        ("Herbarium\nBotanischcr Garten Sampleton", Role.curatorial),
        ("HERBAR1UM\nSAMPLETON UNIVERSITY", Role.curatorial),
        # a slip's heading misread, or naming the flora it was written for
        ("ANNOTATI0N LABEL\nExampla minor L.\nK. Muster\n12 May 1990", Role.determination),
        (
            "Revised for Flora of Exampleland\nExampla minor L.\nK. Muster\nMay 1990",
            Role.determination,
        ),
        # a slip's heading in its other words
        ("Determination label\nExampla minor L.\nJ. Beispiel\n1985", Role.determination),
        ("Identification\nExampla minor L.\nK. Muster 1990", Role.determination),
        ("Revisio\nExampla minor L.\nK. Muster 1990", Role.determination),
        # a stamp's form under its heading misread
        ("ACCESSI0N No. 12345\nDATE 3 JUN 1980", Role.curatorial),
        ("ACCESSION No. 12345\nDATE 3 JUN 1980", Role.curatorial),
        # a data label under a misread heading stays the data label
        (
            "Herbariurn of the University of Sampleton\nExampla minor L.\nSampleton, grassy bank\n"
            "4 July 1930\nJ. Beispiel 77",
            Role.data,
        ),
        # a type's label carries the type's own data
        ("Syntype\nSampleton\n12.iv.1882\nK. Muster", Role.data),
    ],
)
def test_role(text: str, role: Role) -> None:
    assert role_of(text) is role


@pytest.mark.parametrize(
    ("text", "term", "value", "absent"),
    [
        # the misread museum's name is not the locality
        (
            "Botanisches Muscum Sampleton\nExampla minor L.\n12.6.1931\nleg. K. Muster",
            "eventDate",
            "1931-06-12",
            "verbatimLocality",
        ),
        # a misread slip heading dates its determination, not the collection
        (
            "ANNOTATI0N LABEL\nExampla minor L.\nK. Muster\n12 May 1990\n\n"
            "Sampleton, Exampleshire\n12.vi.1931\nJ. Beispiel 45",
            "eventDate",
            "1931-06-12",
            "",
        ),
        (
            "ANNOTATI0N LABEL\nExampla minor L.\nK. Muster\n12 May 1990\n\n"
            "Sampleton, Exampleshire\n12.vi.1931\nJ. Beispiel 45",
            "dateIdentified",
            "1990-05-12",
            "",
        ),
        (
            "Revised for Flora of Exampleland\nExampla minor L.\nK. Muster\nMay 1990\n\n"
            "Sampleton\n12.vi.1931\nJ. Beispiel",
            "dateIdentified",
            "1990-05",
            "",
        ),
        (
            "Identification\nExampla minor L.\nK. Muster 1990\n\nSampleton\n12.vi.1931\n"
            "J. Beispiel 45",
            "verbatimLocality",
            "Sampleton",
            "",
        ),
    ],
)
def test_fields(text: str, term: str, value: str, absent: str) -> None:
    got = check(text, term, value, absent)
    if term == "eventDate":
        assert "ANNOTAT" not in got.get("verbatimLocality", "")


@pytest.mark.parametrize(
    ("line", "repaired"),
    [
        ("ANNOTATI0N LABEL", "ANNOTATION LABEL"),
        ("HOLOTPE", "HOLOTYPE"),
        ("Paratpe", "Paratype"),
        ("Sarnmler: K. Muster", "Sammler: K. Muster"),
        # a word of an institution's name, or an English word near a Dutch cue, stays itself
        ("MUSEUM BOTANICUM", "MUSEUM BOTANICUM"),
        ("Sampla National Park", "Sampla National Park"),
        ("Herdier leg.", "Herdier leg."),
    ],
)
def test_repair_cues(line: str, repaired: str) -> None:
    assert _repair_cues(line) == repaired
