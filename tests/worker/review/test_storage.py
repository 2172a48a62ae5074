"""The audit log: durable, replayable, and refusing changes based on stale values."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from worker.review.batch import load_records
from worker.review.storage import Change, ConflictError, ReviewStore


def test_changes_are_logged_and_replayed(batch: Path) -> None:
    record = load_records(batch)[0]
    store = ReviewStore(batch)
    store.apply(
        record,
        [
            Change(action="edit", field="locality", value="Tilámbaro", base="<b>Tilámbaro</b>"),
            Change(action="accept", field="scientificName", base="Vespina ornatula Kr."),
            Change(action="clear", field="eventDate", base="1951-07-12"),
            Change(action="status", value="flagged", base="unreviewed", note="check the date"),
        ],
        who="ana",
    )
    lines = [json.loads(x) for x in (batch / "review" / "audit.jsonl").read_text().splitlines()]
    assert [(e["who"], e["action"], e["field"], e["old"], e["new"], e["note"]) for e in lines] == [
        ("ana", "edit", "locality", "<b>Tilámbaro</b>", "Tilámbaro", ""),
        ("ana", "accept", "scientificName", "Vespina ornatula Kr.", "Vespina ornatula Kr.", ""),
        ("ana", "clear", "eventDate", "1951-07-12", "", ""),
        ("ana", "status", "", "unreviewed", "flagged", "check the date"),
    ]
    assert {e["image_id"] for e in lines} == {"d-ent-001"}
    assert {e["occurrence_id"] for e in lines} == {"EMEC512347"}
    review = ReviewStore(batch).state("d-ent-001")  # a fresh store replays the log
    assert review.status == "flagged"
    assert review.note == "check the date"
    assert review.version == 4
    assert {k: (f.value, f.state, f.who) for k, f in review.fields.items()} == {
        "locality": ("Tilámbaro", "edited", "ana"),
        "scientificName": ("Vespina ornatula Kr.", "accepted", "ana"),
        "eventDate": ("", "cleared", "ana"),
    }


def test_stale_edit_is_a_conflict_and_writes_nothing(batch: Path) -> None:
    record = load_records(batch)[0]
    one, two = ReviewStore(batch), ReviewStore(batch)  # two apps on one shared folder
    one.apply(
        record,
        [Change(action="edit", field="locality", value="A", base="<b>Tilámbaro</b>")],
        who="ana",
    )
    with pytest.raises(ConflictError) as raised:
        two.apply(
            record,
            [
                Change(action="accept", field="scientificName", base="Vespina ornatula Kr."),
                Change(action="edit", field="locality", value="B", base="<b>Tilámbaro</b>"),
            ],
            who="ben",
        )
    assert raised.value.current == "A"
    assert raised.value.message == "d-ent-001: locality is now 'A' (you saw '<b>Tilámbaro</b>')"
    assert [e.who for e in two.entries()] == ["ana"]  # all or nothing
    with pytest.raises(ConflictError):
        two.apply(record, [Change(action="status", value="reviewed", base="flagged")], who="ben")
    two.apply(record, [Change(action="edit", field="locality", value="B", base="A")], who="ben")
    assert one.state("d-ent-001").fields["locality"].value == "B"  # sees the other's change


def test_accept_above_skips_reviewed_fields(batch: Path) -> None:
    record = load_records(batch)[0]
    store = ReviewStore(batch)
    store.apply(
        record,
        [Change(action="edit", field="eventDate", value="1951-07-13", base="1951-07-12")],
        who="ana",
    )
    review, accepted = store.accept_above(record, 0.9, who="ben")
    assert accepted == ["scientificName"]  # eventDate (0.92) was edited; locality is 0.4
    assert review.fields["eventDate"].value == "1951-07-13"
    assert store.accept_above(record, 0.0, who="ben")[1] == ["locality"]


def test_bad_changes_are_refused(batch: Path) -> None:
    record = load_records(batch)[0]
    store = ReviewStore(batch)
    with pytest.raises(ValueError, match="not a status a curator can set: 'failed'"):
        store.apply(record, [Change(action="status", value="failed", base="unreviewed")], who="a")
    with pytest.raises(ValueError, match="not a Darwin Core term: 'colour'"):
        store.apply(record, [Change(action="edit", field="colour", value="red", base="")], who="a")
    assert store.entries() == []


def test_torn_last_line_is_skipped_and_not_merged(batch: Path) -> None:
    record = load_records(batch)[0]
    store = ReviewStore(batch)
    store.apply(
        record, [Change(action="accept", field="locality", base="<b>Tilámbaro</b>")], who="a"
    )
    with (batch / "review" / "audit.jsonl").open("ab") as fh:
        fh.write(b'{"at": "2026-08-15T10:00:00Z", "who": "cra')  # a crash mid-write
    again = ReviewStore(batch)
    assert again.state("d-ent-001").version == 1
    again.apply(record, [Change(action="status", value="reviewed", base="unreviewed")], who="b")
    assert [e.action for e in ReviewStore(batch).entries()] == ["accept", "status"]
    assert ReviewStore(batch).state("d-ent-001").status == "reviewed"


def test_failed_records_show_as_failed(batch: Path) -> None:
    failed = load_records(batch)[1]
    store = ReviewStore(batch)
    from worker.review.storage import current_status

    assert current_status(failed, store.state(failed.image_id)) == "failed"
    store.apply(failed, [Change(action="status", value="flagged", base="failed")], who="a")
    assert current_status(failed, store.state(failed.image_id)) == "flagged"
