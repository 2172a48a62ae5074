"""The outputs with the curators' values: the same writers as `run` and `export`, plus a sidecar.

Reviewed values replace the machine's before the records reach `write_outputs`, so occurrence.csv,
records.jsonl and dwca.zip follow the same rules as always. A reviewed identification history
replaces the machine's (records.jsonl, the archive's identification.txt), and its current entry
is the record's identification (scientificName, identifiedBy, dateIdentified ...). An edited value becomes a candidate with
confidence 1.0 and evidence `{source: "review", rule: "review.edit"}`; a cleared field is dropped;
an accepted one keeps its machine candidate.

occurrence_review.csv (the sidecar, keyed by the published occurrenceID) carries what the Darwin
Core columns cannot: per field, the machine's value and confidence, the review state and who did it,
and per record the review status and note. One row per field, a row with an empty term for a record
without fields.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from models.config import DatasetMetadata
from models.dwc import Term
from models.fields import Evidence, FieldCandidate, Identification
from models.record import SpecimenRecord
from pipelines.fields.identifications import CORE_TERMS
from pipelines.outputs import OutputSummary, write_outputs
from pipelines.outputs.cells import clean_cell
from pipelines.outputs.occurrence import unique_occurrence_ids, write_csv
from worker.review.history import ReviewedIdentification
from worker.review.storage import RecordReview, ReviewStore, current_status

log = logging.getLogger(__name__)

REVIEWED_DIR = "reviewed"
SIDECAR = "occurrence_review.csv"
SIDECAR_COLUMNS = (
    "occurrenceID",
    "imageId",
    "status",
    "note",
    "term",
    "value",
    "machineValue",
    "confidence",
    "fieldReview",
    "reviewedBy",
    "reviewedAt",
    "rule",
)


@dataclass(frozen=True)
class ReviewedExport:
    outputs: OutputSummary
    sidecar: Path
    exported: int
    skipped: int


def reviewed_history(
    record: SpecimenRecord, history: Sequence[ReviewedIdentification], who: str
) -> list[Identification]:
    """The reviewed history as identifications: a value the machine read keeps its candidate
    (confidence, evidence); a curator's value is a candidate of confidence 1.0, evidence
    `{source: "review", rule: "review.edit"}`."""
    out = []
    for entry in history:
        machine = (
            record.identifications[entry.machine]
            if entry.machine is not None and 0 <= entry.machine < len(record.identifications)
            else None
        )
        fields: dict[str, FieldCandidate] = {}
        for term, value in entry.values.items():
            known = machine.fields.get(term) if machine is not None else None
            if known is not None and known.value == value:
                fields[term] = known
            else:
                fields[term] = FieldCandidate(
                    term=term,
                    value=value,
                    confidence=1.0,
                    evidence=Evidence(text=value, rule="review.edit", source="review"),
                    flags=[f"edited_by:{who}"],
                )
        out.append(Identification(fields=fields))
    return out


def reviewed_record(record: SpecimenRecord, review: RecordReview) -> SpecimenRecord:
    fields = dict(record.fields)
    catalog = record.catalog_number
    for key, done in review.fields.items():
        if done.state == "cleared" or not done.value:
            fields.pop(key, None)
        elif done.state == "edited":
            fields[key] = FieldCandidate(
                term=key,
                value=done.value,
                confidence=1.0,
                evidence=Evidence(text=done.value, rule="review.edit", source="review"),
                flags=[f"edited_by:{done.who}"],
            )
        if key == Term.catalogNumber and done.state != "accepted":
            catalog = done.value or None  # the record's own number wins in occurrence_row
    history = record.identifications
    if review.identifications is not None:
        history = reviewed_history(record, review.identifications, review.who)
        current = next((i for i in history if i.current), None)
        if current is not None:
            # one place decides: the record's identification is the history's current one
            for term in CORE_TERMS:
                if term in current.fields:
                    fields[term] = current.fields[term]
                else:
                    fields.pop(term, None)
    return record.model_copy(
        update={"fields": fields, "catalog_number": catalog, "identifications": history}
    )


def export_reviewed(
    records: Sequence[SpecimenRecord],
    store: ReviewStore,
    target: Path,
    dataset: DatasetMetadata,
    *,
    reviewed_only: bool = False,
    pub_date: date | None = None,
) -> ReviewedExport:
    """Write occurrence.csv, records.jsonl, failures.csv, dwca.zip and the sidecar into `target`.

    With `reviewed_only`, only records a curator marked reviewed (not flagged ones) are written.
    """
    states = store.states()
    originals: list[SpecimenRecord] = []
    chosen: list[SpecimenRecord] = []
    reviews: list[RecordReview] = []
    for record in records:
        review = states.get(record.image_id, RecordReview())
        if reviewed_only and current_status(record, review) != "reviewed":
            continue
        originals.append(record)
        chosen.append(reviewed_record(record, review))
        reviews.append(review)
    # The sidecar must carry the IDs occurrence.csv will carry; write_outputs makes them unique the
    # same way and leaves IDs that already are unchanged.
    published, _ = unique_occurrence_ids(chosen)
    sidecar = io.StringIO(newline="")
    rows = [
        row
        for original, record, review in zip(originals, published, reviews, strict=True)
        for row in _sidecar_rows(original, record, review)
    ]
    write_csv(sidecar, SIDECAR_COLUMNS, rows)
    # One set with the other outputs (manifest.json lists it), its formulas neutralised as theirs.
    outputs = write_outputs(
        published, target, dataset, pub_date=pub_date, extra={SIDECAR: sidecar.getvalue()}
    )
    log.info("exported %d reviewed records to %s", len(published), target)
    return ReviewedExport(
        outputs=outputs,
        sidecar=target / SIDECAR,
        exported=len(published),
        skipped=len(records) - len(published),
    )


def _sidecar_rows(
    original: SpecimenRecord, record: SpecimenRecord, review: RecordReview
) -> list[list[str]]:
    status = current_status(original, review)
    head = [record.occurrence_id, record.image_id, status, review.note]
    rows = []
    for key in sorted(set(original.fields) | set(review.fields) | set(record.fields)):
        machine = original.fields.get(key)
        done = review.fields.get(key)
        value = record.fields[key].value if key in record.fields else ""
        state = done.state if done else "machine"
        if done is None and value != (machine.value if machine else ""):
            state = "edited"  # the current identification a curator chose or corrected
        rows.append(
            [
                *head,
                key,
                value,
                machine.value if machine else "",
                f"{machine.confidence:.3f}" if machine else "",
                state,
                done.who if done else (review.who if state == "edited" else ""),
                done.at if done else (review.at if state == "edited" else ""),
                machine.evidence.rule if machine else "",
            ]
        )
    if not rows:
        rows.append([*head, "", "", "", "", "", "", "", ""])
    return [[clean_cell(cell) for cell in row] for row in rows]
