"""A capitalised "Rev." before a name: a reverend on a data label, a revision on a slip; a slip
announced by its heading dates its determination wherever its determiner's name stands. Invented
labels."""

from __future__ import annotations

import pytest

from pipelines.fields.roles import Role
from tests.pipelines.fields.parsed import check, fields, role_of, values


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # a line opening with a preposition of place is the data label's, whatever cue stands
        (
            "Exampla minor L.\nNear Sampleton, Exampleshire\nRev. J. Beispiel\n12 June 1888",
            Role.data,
        ),
        ("Exampla minor L.\nprope Villanova\nRev. J. Beispiel\n1888", Role.data),
        # no place: a revision's slip
        ("Exampla minor L.\nRev. J. Beispiel\n12 June 1988", Role.determination),
        # a slip under its heading, the date under the determiner's name or affiliation
        ("ANNOTATION LABEL\nExampla minor L.\nJ. Beispiel\n12 May 1990", Role.determination),
        (
            "ANNOTATION LABEL\nExampla minor L.\nRev. J. Beispiel\nUniv. of Sampleton\n12 May 1990",
            Role.determination,
        ),
    ],
)
def test_role(text: str, role: Role) -> None:
    assert role_of(text) is role


@pytest.mark.parametrize(
    ("text", "term", "value", "absent"),
    [
        # a reverend on a data label: his date is the collection's
        (
            "Exampla minor L.\nNear Sampleton, Exampleshire\nRev. J. Beispiel\n12 June 1888",
            "eventDate",
            "1888-06-12",
            "dateIdentified",
        ),
        (
            "Flora of Exampleshire\nExampla minor\nHedge bank, Sampleton\nColl. Rev. A. Exemplo\n"
            "July 1888",
            "eventDate",
            "1888-07",
            "dateIdentified",
        ),
        # a revision on a slip, and on a data label whose collector is keyed
        (
            "Exampla minor L.\nRev. K. Muster\n12.vi.1990",
            "dateIdentified",
            "1990-06-12",
            "eventDate",
        ),
        (
            "Exampla minor L.\nleg. A. Exemplo\nRev. K. Muster 1990",
            "dateIdentified",
            "1990",
            "eventDate",
        ),
        # "rev." in lower case is a revision wherever it stands
        (
            "Sampleton woods, 12 June 1931\nK. Muster 123\nrev. J. Beispiel 1975",
            "dateIdentified",
            "1975",
            "",
        ),
        # a headed slip: the date is the determination's, the signer is doubted as the collector
        (
            "ANNOTATION LABEL\nExampla minor L.\nJ. Beispiel\n12 May 1990",
            "dateIdentified",
            "1990-05-12",
            "eventDate",
        ),
        # a type's label is no slip: its date is the type's collection
        ("Syntype\nSampleton\n1882", "eventDate", "1882", "dateIdentified"),
        ("Lectotype\nSampleton\n12.vi.1911", "eventDate", "1911-06-12", "dateIdentified"),
    ],
)
def test_reverend_or_revision(text: str, term: str, value: str, absent: str) -> None:
    check(text, term, value, absent)


def test_a_headed_slips_signer_is_doubted_as_the_collector() -> None:
    got = fields("ANNOTATION LABEL\nExampla minor L.\nJ. Beispiel\n12 May 1990")
    collector = got.get("recordedBy")
    assert collector is None or (collector.confidence < 0.9 and "signed_slip" in collector.flags)


def test_vidit_capitalised_with_its_stop_is_a_determiners_cue_not_a_place() -> None:
    got = fields("Exampla ornata L.\nVid. K. Muster 1975\nJ. Beispiel coll.")
    assert got["identifiedBy"].value == "K. Muster"
    assert "verbatimLocality" not in got
    # Swedish "vid" (at), without a stop, opens a place
    place = fields("Sm. Vid Exempelsjön\n12 juni 1931\nleg. K. Muster")
    assert place["verbatimLocality"].value == "Sm. Vid Exempelsjön"


def test_a_year_alone_under_a_senders_line_is_doubted_as_the_senders() -> None:
    got = fields("Sampleton\nComm. Rev. K. Muster\n1880")
    date = got["eventDate"]
    assert date.value == "1880" and date.confidence < 0.9
    assert "sent_or_issued_year" in date.flags
    # a collection date of its own wins
    assert values("Sampleton, 12 June 1879\nComm. K. Muster\n1880")["eventDate"] == "1879-06-12"
