"""The identification history as a curator reviews it: add a determination, remove one, mark one
current, correct one's values.

A record's history starts as the machine's (`SpecimenRecord.identifications`); the first change a
curator makes stores the whole reviewed history in the audit log (each entry's `new` is the history
after the change, its `old` the history before), so replaying the log gives it back with nothing
else to keep. Each change names the history it was based on by its `digest`, and one based on a
history that has changed since is refused as a conflict, as field edits are.

The history decides the record's identification: the core's scientificName, its authorship, rank
and qualifier, identifiedBy and dateIdentified are the current entry's (`core_value`), and a
curator's edit of one of those fields is made on the current entry.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence

from pydantic import BaseModel, Field

from models.dwc import IDENTIFICATION_TERMS, Term
from models.fields import CONFIRMATION, CURRENT, SUPERSEDED
from models.record import SpecimenRecord
from pipelines.fields.identifications import CORE_TERMS

STATUS = Term.identificationVerificationStatus.value
REMARKS = Term.identificationRemarks.value
# the terms a curator gives an identification (its status is set by marking one current)
EDITABLE = tuple(t for t in IDENTIFICATION_TERMS if t != STATUS)
HISTORY_FIELD = "identifications"


class ReviewedIdentification(BaseModel):
    """One entry of a reviewed history: its values, and which machine identification it was
    (None: added by a curator)."""

    values: dict[str, str] = Field(default_factory=dict)
    machine: int | None = None

    @property
    def current(self) -> bool:
        return self.values.get(STATUS) == CURRENT


History = list[ReviewedIdentification]


def machine_history(record: SpecimenRecord) -> History:
    return [
        ReviewedIdentification(values={t: c.value for t, c in i.fields.items()}, machine=n)
        for n, i in enumerate(record.identifications)
    ]


def dumps(history: Sequence[ReviewedIdentification]) -> str:
    return json.dumps([h.model_dump(mode="json") for h in history], ensure_ascii=False)


def loads(text: str) -> History:
    return [ReviewedIdentification.model_validate(h) for h in json.loads(text or "[]")]


def digest(history: Sequence[ReviewedIdentification]) -> str:
    """A short fingerprint of a history: the base a change names."""
    return hashlib.sha256(dumps(history).encode("utf-8", "backslashreplace")).hexdigest()[:16]


def current_of(history: Sequence[ReviewedIdentification]) -> ReviewedIdentification | None:
    return next((h for h in history if h.current), None)


def core_value(history: Sequence[ReviewedIdentification], term: str) -> str:
    current = current_of(history)
    return current.values.get(term, "") if current is not None else ""


def _values(text: str) -> dict[str, str]:
    try:
        given = json.loads(text or "{}")
    except ValueError as e:
        raise ValueError(f"an identification's values must be a JSON object ({e})") from e
    if not isinstance(given, dict):
        raise ValueError("an identification's values must be a JSON object")
    unknown = sorted(set(given) - set(EDITABLE) - {STATUS})
    if unknown:
        raise ValueError(f"not a term of an identification: {', '.join(unknown)}")
    return {str(k): str(v).strip() for k, v in given.items() if str(v).strip()}


def _index(history: Sequence[ReviewedIdentification], field: str) -> int:
    try:
        i = int(field)
    except ValueError as e:
        raise ValueError(f"not an identification's number: {field!r}") from e
    if not 0 <= i < len(history):
        raise ValueError(f"no identification number {i} (the history has {len(history)})")
    return i


def _retired(entry: ReviewedIdentification) -> ReviewedIdentification:
    """The entry no longer current: a confirmation stays one, any other is superseded."""
    status = CONFIRMATION if entry.values.get(REMARKS) == "conf." else SUPERSEDED
    return entry.model_copy(update={"values": {**entry.values, STATUS: status}})


def changed(
    history: Sequence[ReviewedIdentification], action: str, field: str, value: str
) -> History:
    """The history after one curator's change (see the module's docstring)."""
    out = [h.model_copy(deep=True) for h in history]
    if action == "identification_add":
        values = _values(value)
        if not values.get(Term.scientificName.value):
            raise ValueError("an identification needs a scientificName")
        make_current = values.pop(STATUS, "") == CURRENT or current_of(out) is None
        out = [_retired(h) if make_current and h.current else h for h in out]
        values[STATUS] = CURRENT if make_current else SUPERSEDED
        out.append(ReviewedIdentification(values=values))
    elif action == "identification_remove":
        i = _index(out, field)
        if out[i].current and len(out) > 1:
            raise ValueError("mark another identification current before removing the current one")
        del out[i]
    elif action == "identification_current":
        i = _index(out, field)
        out = [_retired(h) if h.current and n != i else h for n, h in enumerate(out)]
        out[i].values[STATUS] = CURRENT
    elif action == "identification_edit":
        i = _index(out, field)
        values = _values(value)
        values.pop(STATUS, None)
        kept = {t: v for t, v in out[i].values.items() if t == STATUS}
        if not values.get(Term.scientificName.value):
            raise ValueError("an identification needs a scientificName")
        out[i].values = {**values, **kept}
    else:
        raise ValueError(f"not a change of the history: {action!r}")
    return out


def with_core_edit(history: Sequence[ReviewedIdentification], term: str, value: str) -> History:
    """The history after a curator edited (or cleared) one of the core's identification terms:
    the edit is the current entry's."""
    out = [h.model_copy(deep=True) for h in history]
    current = current_of(out)
    if current is not None and term in CORE_TERMS:
        if value:
            current.values[term] = value
        else:
            current.values.pop(term, None)
    return out
