"""The collection checklist: canonical names, exact and near-miss matches, the CSV file."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipelines.fields import labels_from_text, parse_fields
from pipelines.fields.checklist import Checklist, ChecklistError, canonical, load_checklist

NAMES = [
    "Limosella exilis R. Hale",
    "Cladonia cristatella Tuck.",
    "Cladonia crispata (Ach.) Flot.",
    "Poa annua var. minor Hook.",
    "Philanthus barbatus Cresson",
    "Quercus alba L.",
    "Quercus albo",  # a made-up neighbour: makes "Quercus alby" ambiguous
]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Quercus alba L.", "Quercus alba"),
        ("quercus alba", ""),
        ("QUERCUS alba", "Quercus alba"),
        ("Poa annua var. minor Hook.", "Poa annua var. minor"),
        ("Poa annua ssp. minor", "Poa annua subsp. minor"),
        ("Poa annua forma minor", "Poa annua f. minor"),
        ("Cladonia", "Cladonia"),
        ("Cladonia sp.", "Cladonia"),
        ("Salix × rubens", "Salix rubens"),
        ("", ""),
    ],
)
def test_canonical(name: str, expected: str) -> None:
    assert canonical(name) == expected


@pytest.mark.parametrize(
    ("name", "accepted", "corrected"),
    [
        ("Limosella exilis", "Limosella exilis", False),
        ("Limosella exilis Hale", "Limosella exilis", False),
        ("Limoseila exilis", "Limosella exilis", True),
        ("Philanthus barbafus", "Philanthus barbatus", True),
        ("Cladonia cristatela", "Cladonia cristatella", True),
        ("Poa annua var. minor", "Poa annua var. minor", False),
        ("Quercus alby", None, False),  # as close to "alba" as to "albo"
        ("Cladonia", None, False),  # a genus alone is not repaired
        ("Cladonia fictiva", None, False),
        ("Xalocotlan", None, False),
        ("", None, False),
    ],
)
def test_match(name: str, accepted: str | None, corrected: bool) -> None:
    found = Checklist.of(NAMES).match(name)
    assert (found.accepted if found else None) == accepted
    assert (found.corrected if found else False) == corrected


def test_load_with_a_scientific_name_column(tmp_path: Path) -> None:
    path = tmp_path / "names.csv"
    path.write_text("id,scientificName,family\n1,Quercus alba L.,Fagaceae\n2,,\n", "utf-8")
    assert load_checklist(path).names == {"quercus alba": "Quercus alba"}


def test_load_first_column_without_header(tmp_path: Path) -> None:
    path = tmp_path / "names.csv"
    path.write_text("\ufeffQuercus alba L.\nPoa annua\n", "utf-8")
    assert load_checklist(path).names == {"quercus alba": "Quercus alba", "poa annua": "Poa annua"}


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "cannot read"), ("", "is empty"), ("name\n123\n", "holds no scientific names")],
)
def test_bad_checklists(tmp_path: Path, content: str | None, message: str) -> None:
    path = tmp_path / "names.csv"
    if content is not None:
        path.write_text(content, "utf-8")
    with pytest.raises(ChecklistError, match=message) as info:
        load_checklist(path)
    assert info.value.exit_code == 2


def test_parse_fields_corrects_a_near_miss_with_evidence() -> None:
    labels = labels_from_text("Limoseila exilis R. Hale\nDet. J. Smith")
    plain = parse_fields(labels)["scientificName"]
    fixed = parse_fields(labels, checklist=Checklist.of(NAMES))["scientificName"]
    assert plain.value == "Limoseila exilis"
    assert fixed.value == "Limosella exilis"
    assert fixed.evidence.rule == "name.checklist"
    assert fixed.evidence.text == "Limoseila exilis"
    assert fixed.flags == ["checklist", "corrected"]


def test_a_name_in_the_checklist_is_more_certain_than_one_missing_from_it() -> None:
    labels = labels_from_text("Philanthus barbatus Bx.\n\nMich., Mex.\n23 June 1953")
    checklist = Checklist.of(NAMES)
    found = parse_fields(labels, checklist=checklist)["scientificName"]
    missing = parse_fields(labels, checklist=Checklist.of(["Quercus alba"]))["scientificName"]
    assert found.flags == ["checklist"]
    assert missing.flags == []
    assert found.confidence > missing.confidence


@pytest.mark.parametrize(
    ("genus", "held"),
    [("Cladonia", True), ("Quercus", True), ("Cladonla", False), ("cladonia", False), ("", False)],
)
def test_holds_genus(genus: str, held: bool) -> None:
    assert Checklist.of(NAMES).holds_genus(genus) is held
