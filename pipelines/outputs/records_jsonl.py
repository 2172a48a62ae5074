"""records.jsonl: every record with full provenance, one JSON object per image.

This is the file to debug, score and re-export from: `id` is the image id, so
/work/shared/devset/score.py reads it directly, and `read_records` gives back the exact
`SpecimenRecord` objects (the queue mode writes one `record_to_json` object per image and exports
later with `record_from_json`). Field values keep their confidence, evidence and flags; only the CSV
writers flatten them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, BinaryIO

from models.errors import InputFileError
from models.fields import FieldCandidate
from models.record import SpecimenRecord


def record_to_json(record: SpecimenRecord) -> dict[str, Any]:
    return {
        "id": record.image_id,
        "source_image": record.source_image,
        "occurrenceID": record.occurrence_id,
        "catalogNumber": record.catalog_number,
        "id_source": record.id_source,
        "image": record.image.model_dump(mode="json") if record.image else None,
        "barcodes": [b.model_dump(mode="json") for b in record.barcodes],
        "labels": [label.model_dump(mode="json") for label in record.labels],
        "text": record.text,
        "label_texts": [t.model_dump(mode="json") for t in record.label_texts],
        "fields": _fields_json(record.fields),
        # every determination on the sheet, oldest first, each in the format of "fields"
        "identifications": [_fields_json(i.fields) for i in record.identifications],
        "errors": [e.model_dump(mode="json") for e in record.errors],
        "seconds": record.seconds,
        "cpu_seconds": record.cpu_seconds,
    }


def _fields_json(fields: Mapping[str, FieldCandidate]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, candidate in fields.items():
        entry = candidate.model_dump(
            mode="json", include={"value", "confidence", "evidence", "flags"}
        )
        if candidate.term != key:  # normally equal; kept only when not, so reading back is lossless
            entry["term"] = candidate.term
        out[key] = entry
    return out


def _fields_from_json(data: Mapping[str, Any] | None) -> dict[str, Any]:
    return {
        key: {"term": key, **entry} if "term" not in entry else entry
        for key, entry in (data or {}).items()
    }


def record_from_json(data: dict[str, Any]) -> SpecimenRecord:
    """The inverse of `record_to_json`; `text` is derived from `label_texts` and not read back.
    A record written before identification histories were kept reads back with none."""
    fields = _fields_from_json(data.get("fields"))
    history = [{"fields": _fields_from_json(i)} for i in data.get("identifications") or []]
    return SpecimenRecord.model_validate(
        {
            "source_image": data["source_image"],
            "image_id": data["id"],
            "occurrence_id": data["occurrenceID"],
            "catalog_number": data.get("catalogNumber"),
            "id_source": data["id_source"],
            "image": data.get("image"),
            "barcodes": data.get("barcodes", []),
            "labels": data.get("labels", []),
            "label_texts": data.get("label_texts", []),
            "fields": fields,
            "identifications": history,
            "errors": data.get("errors", []),
            "seconds": data.get("seconds", 0.0),
            "cpu_seconds": data.get("cpu_seconds", 0.0),
        }
    )


def dumps_line(record: SpecimenRecord) -> bytes:
    """One JSON line, UTF-8, readable (no \\u escapes for accented letters).

    A lone surrogate (possible in text decoded from a broken file name or engine output) cannot be
    encoded as UTF-8; "backslashreplace" writes it as the JSON escape \\udXXX instead, which is
    valid JSON and reads back as the same string, rather than aborting the batch.
    """
    return dumps_json(record_to_json(record))


def dumps_json(data: dict[str, Any]) -> bytes:
    """`data` as one line of UTF-8 JSON, lone surrogates written as \\udXXX escapes (see above)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.encode("utf-8", errors="backslashreplace") + b"\n"


def write_records_jsonl(fh: BinaryIO, records: Iterable[SpecimenRecord]) -> int:
    count = 0
    for record in records:
        fh.write(dumps_line(record))
        count += 1
    return count


def read_records(path: Path) -> list[SpecimenRecord]:
    """Records from a records.jsonl; a broken line is reported with its number, not skipped."""
    records = []
    with path.open("rb") as fh:
        for number, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                records.append(record_from_json(json.loads(line.decode("utf-8"))))
            # ValueError covers bad UTF-8, bad JSON and pydantic's ValidationError.
            except (ValueError, KeyError, TypeError, AttributeError) as e:
                raise InputFileError(
                    f"{path}, line {number}: not a labelscribe record ({e})"
                ) from e
    return records
