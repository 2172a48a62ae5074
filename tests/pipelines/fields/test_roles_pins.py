"""Insect pins' labels by role: a museum's collection label ("MUSEUM EXEMPLI / Coll. K. Muster")
names a former owner, a dissection's or a slide's label ("Genitalia slide / J. Beispiel 1234")
its preparer, neither the collector; a herbarium's header over "Coll." names the collector.
Invented labels."""

from __future__ import annotations

import pytest

from pipelines.fields.roles import Role
from tests.pipelines.fields.parsed import role_of, values


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("MUSEUM EXEMPLI\nColl. K. Muster", Role.donor),
        ("Senckenberg-Museum\nColl. K. Muster", Role.donor),
        ("Zool. Mus. Berlin\nColl. K. Muster", Role.donor),
        # a herbarium's header over the collector, a museum's label with the data
        ("HERBARIUM EXEMPLENSE\nColl. K. Muster", Role.data),
        ("Museum Botanicum Sampleton\nColl. K. Muster", Role.data),
        ("Muséum Paris\nColl. K. Muster\nSampleville\n12.vi.1955", Role.data),
        ("Coll. K. Muster\nSampleville\n12.vi.1955", Role.data),
        # a preparation's label: its preparer and its number
        ("Genitalia slide\nJ. Beispiel 1234", Role.curatorial),
        ("Gen. Präp.\nK. Muster\nNr. 1234", Role.curatorial),
        ("Gen. prep. 1234", Role.curatorial),
        ("slide no. 456", Role.curatorial),
        # a slide's label that goes on to a place and a date is the data label
        ("Slide No. 12\nSampleton\n12.vi.1955\nK. Muster", Role.data),
    ],
)
def test_role(text: str, role: Role) -> None:
    assert role_of(text) is role


@pytest.mark.parametrize(
    ("text", "term", "value"),
    [
        (
            "Senckenberg-Museum\nColl. K. Muster\n\nExamplingen\n12.6.1955\nleg. J. Beispiel",
            "recordedBy",
            "J. Beispiel",
        ),
        ("MUSEUM EXEMPLI\nColl. K. Muster\n\nSampleville\n12.vi.1955", "recordedBy", None),
        ("Sampleton\n12.vi.1955\n\nGenitalia slide\nJ. Beispiel 1234", "recordedBy", None),
        ("Sampleton\n12.vi.1955\n\nGenitalia slide\nJ. Beispiel 1234", "recordNumber", None),
        (
            "HERBARIUM EXEMPLENSE\nColl. K. Muster\n\nExampla minor\nExamplingen\n12.6.1955",
            "recordedBy",
            "K. Muster",
        ),
    ],
)
def test_fields(text: str, term: str, value: str | None) -> None:
    assert values(text).get(term) == value


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # "Name coll." beside a register number is the collection it came from
        ("K. Muster Coll.\nB.M. 1950-12", Role.donor),
        ("A. Name\ncollection\nReg. 1950-12", Role.donor),
        ("Rothschild Bequest\n1939-1.", Role.donor),
        ("Ex Herb. K. Muster\n1880", Role.donor),
        # under an institution's name alone, on a dated label, it signs the collector
        (
            "Essig Museum of Entomology\nCAL: Sampleton Co.\n3 mi N Exampleville\nVII-12-1955\n"
            "K. Muster coll.",
            Role.data,
        ),
        # a taxon, a place and a collector with a date under "Ex Herb.": the specimen's data
        (
            "Ex Herb. Hort. Bot. Reg. Sampl.\nExampla minor L.\nSampleton\n1880\nK. Muster",
            Role.data,
        ),
    ],
)
def test_donor_or_data(text: str, role: Role) -> None:
    assert role_of(text) is role


@pytest.mark.parametrize(
    ("text", "term", "value"),
    [
        (
            "Essig Museum of Entomology\nCAL: Sampleton Co.\n3 mi N Exampleville\nVII-12-1955\n"
            "K. Muster coll.",
            "recordedBy",
            "K. Muster",
        ),
        (
            "Ex Herb. Hort. Bot. Reg. Sampl.\nExampla minor L.\nSampleton\n1880\nK. Muster",
            "recordedBy",
            "K. Muster",
        ),
        ("K. Muster Coll.\nB.M. 1950-12\n\nSampleton\n3.vii.1930", "recordedBy", None),
        (
            "Exampla ornata L.\nHerb. Musei Exemplensis\nEx herbario J. Beispiel\ncomm. K. Muster",
            "recordedBy",
            None,
        ),
    ],
)
def test_donorvalues(text: str, term: str, value: str | None) -> None:
    assert values(text).get(term) == value


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # a person's name over a museum's register number: who the museum acquired it from
        ("K. Muster\nB.M. 1950-12", Role.donor),
        ("K. Muster\nCol\nB.M.1850-12", Role.donor),
        # a place with the register number is the data label; a name with a range of years
        # is no register's
        ("Sampleton\nB.M. 1950-12", Role.data),
        ("Sampleton\n12.vi.1955\nJ. Beispiel\nB.M. 1955-123", Role.data),
        # a type's label, its status word misread or in Latin, with no data of its own
        ("Paratpe\nExampla minor\nMuster 1960", Role.determination),
        ("Cotypus\nExampla minor\nMuster", Role.determination),
        # a type's label with the type's data is the data label
        ("Cotypus\nSampleton\n12.iv.1882\nK. Muster", Role.data),
    ],
)
def test_register_and_type(text: str, role: Role) -> None:
    assert role_of(text) is role


@pytest.mark.parametrize(
    ("text", "term", "value"),
    [
        # the name alone over the register number: the donor, most often the collector too,
        # offered below 0.9 (test_people_uk_colonial_slips)
        ("K. Muster\nB.M. 1950-12\n\nSampleton\n3.vii.1930", "recordedBy", "K. Muster"),
        # the word's remains on the donor's label are no place
        ("K. Muster\nCol\nB.M.1850-12\n\nSampleton\n3.vii.1930", "verbatimLocality", "Sampleton"),
        ("Sampleton\n12.vi.1955\nJ. Beispiel\nB.M. 1955-123", "recordedBy", "J. Beispiel"),
    ],
)
def test_registervalues(text: str, term: str, value: str | None) -> None:
    assert values(text).get(term) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the giver under a giver's cue alone on its line is no place
        (
            "Pres. by\nImp. Bur. Ent.\n1931-45.\n\nSampleton,\nExampleshire.\n12.iii.1929.",
            "Sampleton,\nExampleshire.",
        ),
        (
            "Pres. by\nImp. Bur. Ent.\nB.M. 1930-123\n\nSampleton\n12.vi.1929\nK. Muster",
            "Sampleton",
        ),
    ],
)
def test_giver_is_no_place(text: str, value: str) -> None:
    assert values(text).get("verbatimLocality") == value
