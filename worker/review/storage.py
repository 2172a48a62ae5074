"""Review state of a batch: an append-only audit log, and the current state replayed from it.

OUT/review/audit.jsonl holds one JSON object per change (who, when, which image / occurrence, which
field, old value, new value, action). It is the only thing written: the current state is derived by
replaying it, so there is no second file that could disagree with the log. Each change is appended,
flushed and fsynced before the request that made it is answered, so an acknowledged change survives
a crash or a power cut; a torn last line (a crash mid-write, never acknowledged) is skipped.

Two curators on one batch (one app, or two apps on a shared folder) never overwrite each other
silently: every change says which value it was based on (the value of the field, or the status, the
curator saw), and a change whose base is no longer current is refused with `ConflictError` (HTTP 409
in the app), leaving the curator to reload and decide. The log is appended under an exclusive
`flock`, after reading whatever other processes appended, so the check and the write are atomic.
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, ValidationError

from models.dwc import official_terms
from models.errors import LabelscribeError
from models.record import SpecimenRecord
from pipelines.fields.identifications import CORE_TERMS
from pipelines.outputs.cells import MAX_CELL
from worker.review.history import (
    HISTORY_FIELD,
    History,
    ReviewedIdentification,
    changed,
    core_value,
    current_of,
    digest,
    dumps,
    loads,
    machine_history,
    with_core_edit,
)

log = logging.getLogger(__name__)

REVIEW_DIR = "review"
AUDIT_LOG = "audit.jsonl"

Status = Literal["unreviewed", "reviewed", "flagged", "failed"]
FieldState = Literal["accepted", "edited", "cleared"]
Action = Literal[
    "accept",
    "edit",
    "clear",
    "status",
    # the identification history (worker.review.history): `field` the entry's number, `value` its
    # values as a JSON object; the audit entry's old and new are the whole history before and after
    "identification_add",
    "identification_remove",
    "identification_current",
    "identification_edit",
]
HISTORY_ACTIONS = frozenset(
    {"identification_add", "identification_remove", "identification_current", "identification_edit"}
)
SETTABLE: tuple[Status, ...] = ("unreviewed", "reviewed", "flagged")


class ConflictError(LabelscribeError):
    """Someone else changed the value this change was based on."""

    kind = "review_conflict"

    def __init__(self, message: str, *, current: str) -> None:
        super().__init__(message)
        self.current = current


class AuditEntry(BaseModel):
    """One line of audit.jsonl."""

    at: str = Field(description="UTC time, ISO 8601")
    who: str
    image_id: str
    occurrence_id: str
    action: Action
    field: str = Field("", description="the Darwin Core term; empty for a status change")
    old: str = ""
    new: str = ""
    note: str = ""


class FieldReview(BaseModel):
    value: str
    state: FieldState
    who: str
    at: str


class RecordReview(BaseModel):
    """The reviewed state of one record; `version` counts its audit entries."""

    status: Status = "unreviewed"
    note: str = ""
    fields: dict[str, FieldReview] = Field(default_factory=dict)
    # the reviewed identification history; None while nobody has changed the machine's
    identifications: list[ReviewedIdentification] | None = None
    version: int = 0
    who: str = ""
    at: str = ""


class Change(BaseModel):
    """What a curator asks for, with the value it was based on (`base`)."""

    action: Action
    field: str = ""
    value: str = Field("", description="the new value (edit) or status (status)")
    base: str = Field(
        description="the field's value, the status, or the history's digest the curator saw"
    )
    note: str = ""


def machine_status(record: SpecimenRecord) -> Status:
    return "failed" if record.failed else "unreviewed"


def history_of(record: SpecimenRecord, review: RecordReview) -> History:
    """The identification history a curator sees now: the reviewed one, else the machine's."""
    if review.identifications is not None:
        return review.identifications
    return machine_history(record)


def field_value(record: SpecimenRecord, review: RecordReview, field: str) -> str:
    """The value a curator sees now: the reviewed value if there is one, else the machine's; the
    core's identification terms are the current identification's once the history is reviewed."""
    reviewed = review.identifications
    if reviewed is not None and field in CORE_TERMS and current_of(reviewed) is not None:
        return core_value(reviewed, field)
    if field in review.fields:
        return review.fields[field].value
    candidate = record.fields.get(field)
    return candidate.value if candidate else ""


def current_status(record: SpecimenRecord, review: RecordReview) -> Status:
    return (
        review.status
        if review.version and review.status != "unreviewed"
        else machine_status(record)
    )


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


class ReviewStore:
    """The audit log of one batch folder and the state replayed from it; safe across threads and
    processes."""

    def __init__(self, out_dir: Path) -> None:
        self.path = out_dir / REVIEW_DIR / AUDIT_LOG
        self._lock = threading.Lock()
        self._offset = 0
        self._states: dict[str, RecordReview] = {}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.touch(exist_ok=True)
        with self._lock, self._locked() as fh:
            self._catch_up(fh)

    def state(self, image_id: str) -> RecordReview:
        with self._lock:
            self._refresh()
            return self._states.get(image_id, RecordReview()).model_copy(deep=True)

    def states(self) -> dict[str, RecordReview]:
        with self._lock:
            self._refresh()
            return {k: v.model_copy(deep=True) for k, v in self._states.items()}

    def entries(self, image_id: str | None = None) -> list[AuditEntry]:
        """The audit trail, oldest first (all of it, or one record's)."""
        found = []
        with self._lock, self.path.open("rb") as fh:
            for entry in _parse(fh.read())[0]:
                if image_id is None or entry.image_id == image_id:
                    found.append(entry)
        return found

    def apply(self, record: SpecimenRecord, changes: Sequence[Change], *, who: str) -> RecordReview:
        """Check every change against the current state, then append them all, or none."""
        with self._lock, self._locked() as fh:
            self._catch_up(fh)
            review = self._states.get(record.image_id, RecordReview())
            stamp = now()
            entries: list[AuditEntry] = []
            status = current_status(record, review)
            values: dict[str, str] = {}
            history: History | None = None  # the history as this batch of changes leaves it
            for change in changes:
                for what, text in (("value", change.value), ("note", change.note)):
                    if len(text) > MAX_CELL:
                        raise ValueError(
                            f"the {what} for {change.field or 'the status'} has {len(text):,} "
                            f"characters; a {what} may have at most {MAX_CELL:,} (what a "
                            "spreadsheet cell holds)"
                        )
                entry = AuditEntry(
                    at=stamp,
                    who=who,
                    image_id=record.image_id,
                    occurrence_id=record.occurrence_id,
                    action=change.action,
                    field=change.field,
                    note=change.note,
                )
                seen = review.model_copy(
                    update={
                        "identifications": history
                        if history is not None
                        else review.identifications
                    }
                )
                if change.action == "status":
                    if change.value not in SETTABLE:
                        raise ValueError(f"not a status a curator can set: {change.value!r}")
                    if change.base != status:
                        raise ConflictError(
                            f"{record.image_id}: status is now {status!r} (you saw {change.base!r})",
                            current=status,
                        )
                    entry.old, entry.new = status, change.value
                    status = change.value
                elif change.action in HISTORY_ACTIONS:
                    before = history_of(record, seen)
                    if change.base != digest(before):
                        raise ConflictError(
                            f"{record.image_id}: the identification history has changed "
                            "since you saw it",
                            current=digest(before),
                        )
                    history = changed(before, change.action, change.field, change.value)
                    entry.field = HISTORY_FIELD
                    entry.old, entry.new = dumps(before), dumps(history)
                else:
                    if change.field not in record.fields and change.field not in official_terms():
                        raise ValueError(f"not a Darwin Core term: {change.field!r}")
                    current = values.get(change.field, field_value(record, seen, change.field))
                    if change.base != current:
                        raise ConflictError(
                            f"{record.image_id}: {change.field} is now {current!r} "
                            f"(you saw {change.base!r})",
                            current=current,
                        )
                    new = {"accept": current, "edit": change.value, "clear": ""}[change.action]
                    entry.old, entry.new = current, new
                    values[change.field] = new
                    before = history_of(record, seen)
                    if change.field in CORE_TERMS and new != current and current_of(before):
                        # the record's identification is the history's current one: edit that
                        entries.append(entry)
                        history = with_core_edit(before, change.field, new)
                        entry = entry.model_copy(
                            update={
                                "action": "identification_edit",
                                "field": HISTORY_FIELD,
                                "old": dumps(before),
                                "new": dumps(history),
                                "note": f"{change.field} of the current identification",
                            }
                        )
                entries.append(entry)
            if entries:
                self._append(fh, entries)
            return self._states.get(record.image_id, RecordReview()).model_copy(deep=True)

    def accept_above(
        self, record: SpecimenRecord, threshold: float, *, who: str
    ) -> tuple[RecordReview, list[str]]:
        """Accept every machine value with confidence >= threshold that nobody has reviewed yet.

        Needs no base: it never touches a field someone accepted, edited or cleared, so it cannot
        overwrite another curator's work.
        """
        with self._lock:
            self._refresh()
            review = self._states.get(record.image_id, RecordReview())
            chosen = [
                key
                for key, candidate in record.fields.items()
                if candidate.confidence >= threshold and key not in review.fields
            ]
        changes = [
            Change(action="accept", field=key, base=record.fields[key].value) for key in chosen
        ]
        try:
            return self.apply(record, changes, who=who), chosen
        except ConflictError:
            # another curator reviewed one of them in between: take the rest from fresh state
            return self.accept_above(record, threshold, who=who)

    # -- the log ---------------------------------------------------------------------------------

    @contextmanager
    def _locked(self) -> Iterator[int]:
        fd = os.open(self.path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o666)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield fd
        finally:
            os.close(fd)  # releases the lock

    def _refresh(self) -> None:
        if self.path.stat().st_size != self._offset:
            with self._locked() as fd:
                self._catch_up(fd)

    def _catch_up(self, fd: int) -> None:
        size = os.fstat(fd).st_size
        if size == self._offset:
            return
        data = os.pread(fd, size - self._offset, self._offset)
        entries, used = _parse(data)
        for entry in entries:
            self._replay(entry)
        self._offset += used

    def _append(self, fd: int, entries: list[AuditEntry]) -> None:
        size = os.fstat(fd).st_size
        # backslashreplace: an image id from a file name that is not UTF-8 (lone surrogates) is
        # written as \udcXX escapes, which read back as the same id
        data = b"".join(
            json.dumps(e.model_dump(mode="json"), ensure_ascii=False).encode(
                "utf-8", "backslashreplace"
            )
            + b"\n"
            for e in entries
        )
        if size and os.pread(fd, 1, size - 1) != b"\n":
            data = b"\n" + data  # a torn line from a crash: never let it swallow ours
        os.write(fd, data)
        os.fsync(fd)
        self._catch_up(fd)

    def _replay(self, entry: AuditEntry) -> None:
        review = self._states.setdefault(entry.image_id, RecordReview())
        review.version += 1
        review.who, review.at = entry.who, entry.at
        if entry.action == "status":
            review.status = entry.new  # type: ignore[assignment]  # validated when written
            review.note = entry.note
            return
        if entry.action in HISTORY_ACTIONS:
            review.identifications = loads(entry.new)
            return
        state: FieldState = {"accept": "accepted", "edit": "edited", "clear": "cleared"}[
            entry.action
        ]  # type: ignore[assignment]
        previous = review.fields.get(entry.field)
        if state == "accepted" and previous is not None and previous.state == "edited":
            state = "edited"  # accepting one's own correction keeps it marked as a correction
        review.fields[entry.field] = FieldReview(
            value=entry.new, state=state, who=entry.who, at=entry.at
        )


def _parse(data: bytes) -> tuple[list[AuditEntry], int]:
    """Entries of complete lines, and how many bytes those lines took; bad lines are skipped."""
    entries: list[AuditEntry] = []
    end = data.rfind(b"\n") + 1
    for number, line in enumerate(data[:end].splitlines(), start=1):
        if not line.strip():
            continue
        try:
            # json.loads, not model_validate_json: pydantic's parser refuses \udcXX escapes
            entries.append(AuditEntry.model_validate(json.loads(line)))
        except (ValidationError, ValueError):
            log.warning("review audit log: skipped unreadable line %d (a torn write?)", number)
    return entries, end
