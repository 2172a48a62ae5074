"""What the pages show, computed from records and review state (no web framework in here)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from models.geometry import Box
from models.record import SpecimenRecord
from models.specimen import LabelText
from pipelines.fields.identifications import CORE_TERMS
from worker.review.history import EDITABLE, STATUS, digest, loads
from worker.review.storage import RecordReview, current_status, field_value, history_of

PAGE = 200
URL_BYTES, URL_PASS = "~x", "~p"  # prefixes of an image id given as hex (see url_id)
SORTS = ("confidence", "id", "errors", "status")
STATUS_FILTERS = ("all", "unreviewed", "reviewed", "flagged", "failed")


def url_id(image_id: str) -> str:
    """The image id as a URL path segment (before percent-encoding).

    An id from a file name that is not UTF-8 holds lone surrogates, which neither a URL nor a
    browser's encodeURIComponent can carry; such an id travels as "~x" + the hex of the file name's
    bytes ("~p" + the hex of its surrogate-pass encoding for a surrogate that no byte gives).
    """
    try:
        image_id.encode("utf-8")
    except UnicodeEncodeError:
        try:
            return URL_BYTES + image_id.encode("utf-8", "surrogateescape").hex()
        except UnicodeEncodeError:
            return URL_PASS + image_id.encode("utf-8", "surrogatepass").hex()
    return image_id


def from_url_id(segment: str) -> str | None:
    """The image id a "~x..." or "~p..." segment stands for; None for any other segment."""
    errors = {URL_BYTES: "surrogateescape", URL_PASS: "surrogatepass"}.get(segment[:2])
    if errors is None:
        return None
    try:
        return bytes.fromhex(segment[2:]).decode("utf-8", errors)
    except ValueError:
        return None


def confidence_class(confidence: float | None) -> str:
    if confidence is None:
        return "conf-none"
    return "conf-low" if confidence < 0.5 else "conf-mid" if confidence < 0.8 else "conf-high"


@dataclass(frozen=True)
class ListQuery:
    status: str = "all"
    field: str = ""
    sort: str = "confidence"
    errors: bool = False
    offset: int = 0

    @classmethod
    def from_params(cls, params: Mapping[str, str]) -> ListQuery:
        status = params.get("status", "all")
        sort = params.get("sort", "confidence")
        try:
            offset = max(0, int(params.get("offset", "0")))
        except ValueError:
            offset = 0
        return cls(
            status=status if status in STATUS_FILTERS else "all",
            field=params.get("field", "")[:64],
            sort=sort if sort in SORTS else "confidence",
            errors=params.get("errors") == "1",
            offset=offset,
        )

    def params(self) -> dict[str, str]:
        """The list's filters, carried along to specimen pages so j/k follow the same list."""
        out = {"status": self.status, "sort": self.sort}
        if self.field:
            out["field"] = self.field
        if self.errors:
            out["errors"] = "1"
        return out


@dataclass(frozen=True)
class ListRow:
    image_id: str
    occurrence_id: str
    status: str
    lowest: float | None
    lowest_field: str
    fields: int
    reviewed_fields: int
    errors: int
    who: str


def _row(record: SpecimenRecord, review: RecordReview, query: ListQuery) -> ListRow:
    # Only fields nobody has reviewed yet count for "lowest confidence": the queue shows what is left.
    open_fields = {k: c for k, c in record.fields.items() if k not in review.fields}
    if query.field:
        open_fields = {k: c for k, c in open_fields.items() if k == query.field}
    lowest_key = min(open_fields, key=lambda k: open_fields[k].confidence, default="")
    return ListRow(
        image_id=record.image_id,
        occurrence_id=record.occurrence_id,
        status=current_status(record, review),
        lowest=open_fields[lowest_key].confidence if lowest_key else None,
        lowest_field=lowest_key,
        fields=len(record.fields),
        reviewed_fields=len(review.fields),
        errors=len(record.errors),
        who=review.who,
    )


def list_rows(
    records: Sequence[SpecimenRecord], states: Mapping[str, RecordReview], query: ListQuery
) -> list[ListRow]:
    rows = []
    for record in records:
        if query.field and query.field not in record.fields:
            continue
        if query.errors and not record.errors:
            continue
        row = _row(record, states.get(record.image_id, RecordReview()), query)
        if query.status != "all" and row.status != query.status:
            continue
        rows.append(row)
    order = {"unreviewed": 0, "flagged": 1, "failed": 2, "reviewed": 3}
    if query.sort == "confidence":
        rows.sort(key=lambda r: (r.lowest is None, r.lowest or 0.0, r.image_id))
    elif query.sort == "errors":
        rows.sort(key=lambda r: (-r.errors, r.image_id))
    elif query.sort == "status":
        rows.sort(key=lambda r: (order[r.status], r.image_id))
    else:
        rows.sort(key=lambda r: r.image_id)
    return rows


def counts(records: Sequence[SpecimenRecord], states: Mapping[str, RecordReview]) -> dict[str, int]:
    found: Counter[str] = Counter(
        current_status(r, states.get(r.image_id, RecordReview())) for r in records
    )
    return {
        "all": len(records),
        **{s: found.get(s, 0) for s in STATUS_FILTERS[1:]},
        "errors": sum(1 for r in records if r.errors),
    }


def field_names(records: Sequence[SpecimenRecord]) -> list[str]:
    return sorted({k for r in records for k in r.fields})


# --- the specimen page ------------------------------------------------------------------------------


def word_spans(label: LabelText) -> list[tuple[int, int, Box]]:
    """(start, end, box) of each word in the label's text (`LabelText.text` offsets)."""
    return [(start, end, word.box) for start, end, word in label.word_offsets()]


def percent(box: Box, width: int, height: int) -> list[float]:
    return [
        round(100 * box.x / width, 3),
        round(100 * box.y / height, 3),
        round(100 * box.w / width, 3),
        round(100 * box.h / height, 3),
    ]


@dataclass
class FieldView:
    term: str
    value: str
    machine_value: str
    confidence: float | None
    state: str
    who: str
    rule: str
    evidence: str
    label: int | None
    source: str
    flags: list[str] = field(default_factory=list)


@dataclass
class IdentificationView:
    """One determination as the page shows it: its values (the reviewed ones), the machine's
    confidence and evidence where the value is the machine's, and where it came from."""

    index: int
    values: dict[str, str]
    status: str
    current: bool
    origin: str  # machine, edited (a curator changed a value), added (by a curator)
    confidence: dict[str, float] = field(default_factory=dict)
    evidence: str = ""
    label: int | None = None
    flags: list[str] = field(default_factory=list)


def identification_views(record: SpecimenRecord, review: RecordReview) -> list[IdentificationView]:
    out = []
    for n, entry in enumerate(history_of(record, review)):
        machine = (
            record.identifications[entry.machine]
            if entry.machine is not None and entry.machine < len(record.identifications)
            else None
        )
        same = {
            t: c
            for t, c in (machine.fields.items() if machine else [])
            if entry.values.get(t) == c.value
        }
        edited = machine is not None and any(
            entry.values.get(t, "") != machine.value(t) for t in EDITABLE
        )
        name = same.get("scientificName")
        out.append(
            IdentificationView(
                index=n,
                values={t: entry.values.get(t, "") for t in EDITABLE},
                status=entry.values.get(STATUS, ""),
                current=entry.current,
                origin="added" if machine is None else "edited" if edited else "machine",
                confidence={t: c.confidence for t, c in same.items()},
                evidence=name.evidence.text if name else "",
                label=name.evidence.label if name else None,
                flags=sorted({f for c in same.values() for f in c.flags}),
            )
        )
    return out


@dataclass
class LabelView:
    index: int
    text: str
    crop: str | None
    engine: str
    confidence: float
    box: list[float] | None
    rotation: int


@dataclass
class SpecimenPage:
    record: SpecimenRecord
    status: str
    note: str
    version: int
    fields: list[FieldView]
    identifications: list[IdentificationView]
    history_base: str
    labels: list[LabelView]
    boxes: dict[str, Any]
    prev_id: str | None
    next_id: str | None
    position: int
    total: int


def specimen_page(record: SpecimenRecord, review: RecordReview, ids: Sequence[str]) -> SpecimenPage:
    image = record.image
    width, height = (image.width, image.height) if image else (1, 1)
    texts = {t.label: t for t in record.label_texts}
    labels = []
    for region in record.labels:
        text = texts.get(region.index)
        labels.append(
            LabelView(
                index=region.index,
                text=text.text if text else "",
                crop=region.crop,
                engine=text.engine if text else "",
                confidence=text.confidence if text else 0.0,
                box=percent(region.box, width, height),
                rotation=text.rotation if text else 0,
            )
        )
    words: dict[str, list[list[float]]] = {}
    fields = []
    for key in sorted(
        _keys(record, review),
        key=lambda k: (record.fields[k].confidence if k in record.fields else 2.0, k),
    ):
        candidate = record.fields.get(key)
        done = review.fields.get(key)
        evidence = candidate.evidence if candidate else None
        value = field_value(record, review, key)
        fields.append(
            FieldView(
                term=key,
                value=value,
                machine_value=candidate.value if candidate else "",
                confidence=candidate.confidence if candidate else None,
                state=_state(record, review, key, value),
                who=done.who if done else "",
                rule=evidence.rule if evidence else "",
                evidence=evidence.text if evidence else "",
                label=evidence.label if evidence else None,
                source=evidence.source if evidence else "",
                flags=list(candidate.flags) if candidate else [],
            )
        )
        if evidence and evidence.source == "barcode":
            words[key] = [
                percent(b.box, width, height)
                for b in record.barcodes
                if candidate is None or b.value == candidate.value
            ]
        elif evidence and evidence.label in texts and evidence.start is not None:
            end = evidence.end if evidence.end is not None else evidence.start
            words[key] = [
                percent(box, width, height)
                for start, stop, box in word_spans(texts[evidence.label])
                if start < end and stop > evidence.start
            ]
    position = ids.index(record.image_id) if record.image_id in ids else -1
    return SpecimenPage(
        record=record,
        status=current_status(record, review),
        note=review.note,
        version=review.version,
        fields=fields,
        identifications=identification_views(record, review),
        history_base=digest(history_of(record, review)),
        labels=labels,
        boxes={
            "labels": [[lv.index, lv.box] for lv in labels],
            "barcodes": [[b.value, percent(b.box, width, height)] for b in record.barcodes],
            "words": words,
            "crops": {
                str(region.index): percent(region.box, width, height) for region in record.labels
            },
        },
        prev_id=ids[position - 1] if position > 0 else None,
        next_id=ids[position + 1] if 0 <= position < len(ids) - 1 else None,
        position=position + 1,
        total=len(ids),
    )


def _keys(record: SpecimenRecord, review: RecordReview) -> set[str]:
    """The fields the page lists: the machine's, the reviewed ones, and the identification terms
    the reviewed history's current entry gives the record."""
    given = {t for t in CORE_TERMS if field_value(record, review, t)}
    return set(record.fields) | set(review.fields) | given


def _state(record: SpecimenRecord, review: RecordReview, key: str, value: str) -> str:
    """A field's review state; a value the reviewed history gave it (the current identification
    a curator chose or corrected) counts as edited."""
    done = review.fields.get(key)
    if done is not None:
        return done.state
    machine = record.fields.get(key)
    return "edited" if value != (machine.value if machine else "") else "machine"


def state_json(record: SpecimenRecord, review: RecordReview) -> dict[str, Any]:
    keys = sorted(_keys(record, review))
    return {
        "image_id": record.image_id,
        "status": current_status(record, review),
        "note": review.note,
        "version": review.version,
        "fields": {
            k: {
                "value": field_value(record, review, k),
                "state": _state(record, review, k, field_value(record, review, k)),
                "who": review.fields[k].who if k in review.fields else "",
            }
            for k in keys
        },
        "identifications": [
            {"values": v.values, "status": v.status, "origin": v.origin}
            for v in identification_views(record, review)
        ],
        "history_base": digest(history_of(record, review)),
    }


def history_summary(text: str) -> str:
    """An audit entry's history in a line: each name, the current one marked."""
    try:
        history = loads(text)
    except ValueError:
        return text
    names = [
        (h.values.get("scientificName") or "?") + (" (current)" if h.current else "")
        for h in history
    ]
    return "; ".join(names) or "none"
