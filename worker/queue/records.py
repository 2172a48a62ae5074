"""Record files: OUT/records/<image_id>.json, one per finished image, written atomically.

Each is one `record_to_json` object (the format of a records.jsonl line), written to a temporary
name, fsynced and renamed (pipelines.outputs.staging), so a reader or a crash never sees half a file
and a job that runs twice simply replaces its own file. Local mode (`labelscribe run`) writes the
same files, adding `source_file` (the source's absolute path, size and modification time) so that
a resumed run can tell a finished image from one changed since.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from pathlib import Path
from typing import Any

from models.errors import InputFileError, OutputFolderError
from models.record import SpecimenRecord
from pipelines.outputs import record_from_json, record_to_json
from pipelines.outputs.folder import describe_os_error
from pipelines.outputs.records_jsonl import dumps_json
from pipelines.outputs.staging import staged

log = logging.getLogger(__name__)

RECORDS_DIR = "records"
SOURCE_FILE = "source_file"
# A file name may have 255 bytes; an image id (a file stem) may have 250.
_LONGEST_NAME = 200


def record_name(image_id: str) -> str:
    """The record file's name: the image id, shortened with a hash when it is very long."""
    raw = os.fsencode(image_id)
    if len(raw) <= _LONGEST_NAME:
        return f"{image_id}.json"
    digest = hashlib.sha256(raw).hexdigest()[:16]
    return f"{os.fsdecode(raw[:150])}-{digest}.json"


def record_path(out_dir: Path, image_id: str) -> Path:
    return out_dir / RECORDS_DIR / record_name(image_id)


def write_record(
    out_dir: Path, record: SpecimenRecord, *, source: dict[str, Any] | None = None
) -> Path:
    """Write the record file; an unwritable or full folder raises OutputFolderError."""
    data = record_to_json(record)
    if source is not None:
        data[SOURCE_FILE] = source
    path = record_path(out_dir, record.image_id)
    try:
        with staged(path.parent) as stage, stage.binary(path.name) as fh:
            fh.write(dumps_json(data))
    except OSError as e:
        raise OutputFolderError(
            f"cannot write the record of {record.image_id!r}: {describe_os_error(e, path.parent)}"
        ) from e
    return path


def read_record_data(path: Path) -> tuple[SpecimenRecord, dict[str, Any]]:
    """The record in a record file, and the file's whole JSON object (with `source_file`)."""
    try:
        data = json.loads(path.read_bytes().decode("utf-8"))
        return record_from_json(data), data
    except (ValueError, KeyError, TypeError, AttributeError) as e:
        raise InputFileError(f"{path}: not a labelscribe record ({e})") from e


def read_record(path: Path) -> SpecimenRecord:
    return read_record_data(path)[0]
