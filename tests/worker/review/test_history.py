"""Reviewing the identification history: add, remove, mark current, correct; the audit log
replays it, stale changes are conflicts, the record's name follows the current identification,
and export-reviewed writes it."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

import pytest

from models.config import DatasetMetadata
from pipelines.outputs.validate import validate_output
from worker.review.batch import load_records
from worker.review.export import export_reviewed
from worker.review.history import History, digest
from worker.review.storage import Change, ConflictError, ReviewStore, field_value, history_of


def names(history: History) -> list[tuple[str, str]]:
    return [
        (h.values.get("scientificName", ""), h.values.get("identificationVerificationStatus", ""))
        for h in history
    ]


def test_add_mark_current_remove_and_replay(history_batch: Path) -> None:
    record = load_records(history_batch)[0]
    store = ReviewStore(history_batch)
    machine = history_of(record, store.state(record.image_id))
    assert names(machine) == [
        ("Vespina exempla", "superseded"),
        ("Vespina ornatula Kr.", "current"),
        ("Vespina ornatula Kr.", "confirmation"),
    ]
    new = {
        "scientificName": "Vespina rara",
        "identifiedBy": "C. Revisor",
        "dateIdentified": "2024",
    }
    store.apply(
        record,
        [
            Change(
                action="identification_add",
                value=json.dumps({**new, "identificationVerificationStatus": "current"}),
                base=digest(machine),
            )
        ],
        who="ana",
    )
    review = store.state(record.image_id)
    assert names(history_of(record, review)) == [
        ("Vespina exempla", "superseded"),
        ("Vespina ornatula Kr.", "superseded"),
        ("Vespina ornatula Kr.", "confirmation"),
        ("Vespina rara", "current"),
    ]
    # the record's identification is the current one
    assert field_value(record, review, "scientificName") == "Vespina rara"
    assert field_value(record, review, "identifiedBy") == "C. Revisor"
    assert field_value(record, review, "dateIdentified") == "2024"
    assert field_value(record, review, "scientificNameAuthorship") == ""

    base = digest(history_of(record, review))
    store.apply(record, [Change(action="identification_current", field="1", base=base)], who="bo")
    review = store.state(record.image_id)
    assert names(history_of(record, review))[1] == ("Vespina ornatula Kr.", "current")
    assert names(history_of(record, review))[3] == ("Vespina rara", "superseded")
    store.apply(
        record,
        [
            Change(
                action="identification_remove",
                field="3",
                base=digest(history_of(record, review)),
            )
        ],
        who="bo",
    )
    review = ReviewStore(history_batch).state(record.image_id)  # replayed from the log
    assert names(history_of(record, review)) == [
        ("Vespina exempla", "superseded"),
        ("Vespina ornatula Kr.", "current"),
        ("Vespina ornatula Kr.", "confirmation"),
    ]
    assert field_value(record, review, "identifiedBy") == "A. Beispiel"
    entries = store.entries(record.image_id)
    assert [(e.who, e.action, e.field) for e in entries] == [
        ("ana", "identification_add", "identifications"),
        ("bo", "identification_current", "identifications"),
        ("bo", "identification_remove", "identifications"),
    ]
    # each entry holds the history before and after it
    assert [h["values"]["scientificName"] for h in json.loads(entries[0].new)][-1] == "Vespina rara"
    assert json.loads(entries[2].old)[3]["machine"] is None


def test_stale_history_change_is_a_conflict(history_batch: Path) -> None:
    record = load_records(history_batch)[0]
    one, two = ReviewStore(history_batch), ReviewStore(history_batch)
    seen = digest(history_of(record, one.state(record.image_id)))
    one.apply(record, [Change(action="identification_current", field="0", base=seen)], who="ana")
    with pytest.raises(ConflictError, match="identification history has changed"):
        two.apply(record, [Change(action="identification_remove", field="2", base=seen)], who="bo")
    assert len(two.entries(record.image_id)) == 1


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (Change(action="identification_remove", field="1", base=""), "mark another"),
        (Change(action="identification_current", field="7", base=""), "no identification number 7"),
        (Change(action="identification_add", value='{"identifiedBy": "X"}', base=""), "needs a"),
        (Change(action="identification_add", value='{"locality": "X"}', base=""), "not a term"),
        (Change(action="identification_edit", field="0", value="[1]", base=""), "JSON object"),
    ],
)
def test_bad_history_changes_are_refused(history_batch: Path, change: Change, message: str) -> None:
    record = load_records(history_batch)[0]
    store = ReviewStore(history_batch)
    change = change.model_copy(
        update={"base": digest(history_of(record, store.state("d-ent-001")))}
    )
    with pytest.raises(ValueError, match=message):
        store.apply(record, [change], who="ana")
    assert store.entries() == []


def test_editing_the_records_name_edits_the_current_identification(history_batch: Path) -> None:
    record = load_records(history_batch)[0]
    store = ReviewStore(history_batch)
    store.apply(
        record,
        [
            Change(
                action="edit",
                field="scientificName",
                value="Vespina ornatula Kristoff",
                base="Vespina ornatula Kr.",
            )
        ],
        who="ana",
    )
    review = store.state(record.image_id)
    assert names(history_of(record, review))[1] == ("Vespina ornatula Kristoff", "current")
    assert [(e.action, e.field) for e in store.entries()] == [
        ("edit", "scientificName"),
        ("identification_edit", "identifications"),
    ]


def test_export_reviewed_writes_the_history(history_batch: Path, tmp_path: Path) -> None:
    records = load_records(history_batch)
    record = records[0]
    store = ReviewStore(history_batch)
    base = digest(history_of(record, store.state(record.image_id)))
    new = {
        "scientificName": "Vespina rara",
        "identifiedBy": "C. Revisor",
        "dateIdentified": "2024-03-02",
    }
    store.apply(
        record,
        [
            Change(
                action="identification_add",
                value=json.dumps({**new, "identificationVerificationStatus": "current"}),
                base=base,
            )
        ],
        who="ana",
    )
    done = export_reviewed(
        records, store, tmp_path / "reviewed", DatasetMetadata(institution_code="EMEC")
    )
    target = done.outputs.out_dir
    assert [str(p) for p in validate_output(target) if p.severity == "error"] == []
    rows = list(csv.DictReader(io.StringIO(done.outputs.occurrence_csv.read_text("utf-8"))))
    first = next(r for r in rows if r["occurrenceID"] == "EMEC512347")
    assert (first["scientificName"], first["identifiedBy"], first["dateIdentified"]) == (
        "Vespina rara",
        "C. Revisor",
        "2024-03-02",
    )
    with zipfile.ZipFile(done.outputs.dwca_zip) as zf:
        lines = zf.read("identification.txt").decode("utf-8").splitlines()
    table = list(csv.DictReader(lines, delimiter="\t"))
    assert [(r["scientificName"], r["identificationVerificationStatus"]) for r in table] == [
        ("Vespina exempla", "superseded"),
        ("Vespina ornatula Kr.", "superseded"),
        ("Vespina ornatula Kr.", "confirmation"),
        ("Vespina rara", "current"),
    ]
    back = json.loads(done.outputs.records_jsonl.read_text("utf-8").splitlines()[0])
    added = back["identifications"][3]
    assert added["scientificName"]["evidence"]["source"] == "review"
    assert added["scientificName"]["confidence"] == 1.0
    # the machine's readings keep their confidence and evidence
    assert back["identifications"][0]["scientificName"]["evidence"]["rule"] == "test.rule"
    sidecar = list(csv.DictReader(io.StringIO(done.sidecar.read_text("utf-8"))))
    name = next(r for r in sidecar if r["imageId"] == "d-ent-001" and r["term"] == "scientificName")
    assert (name["value"], name["machineValue"], name["fieldReview"], name["reviewedBy"]) == (
        "Vespina rara",
        "Vespina ornatula Kr.",
        "edited",
        "ana",
    )
