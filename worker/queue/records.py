"""Record files: OUT/records/<image_id>.json, one per finished image, written atomically.

Each is one `record_to_json` object (the format of a records.jsonl line), written to a temporary
name, fsynced and renamed (pipelines.outputs.staging), so a reader or a crash never sees half a file
and a job that runs twice simply replaces its own file.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from models.errors import InputFileError
from models.record import SpecimenRecord
from pipelines.outputs import record_from_json
from pipelines.outputs.records_jsonl import dumps_line
from pipelines.outputs.staging import staged

log = logging.getLogger(__name__)

RECORDS_DIR = "records"


def record_path(out_dir: Path, image_id: str) -> Path:
    return out_dir / RECORDS_DIR / f"{image_id}.json"


def write_record(out_dir: Path, record: SpecimenRecord) -> Path:
    with staged(out_dir / RECORDS_DIR) as stage, stage.binary(f"{record.image_id}.json") as fh:
        fh.write(dumps_line(record))
    return record_path(out_dir, record.image_id)


def read_record(path: Path) -> SpecimenRecord:
    try:
        return record_from_json(json.loads(path.read_bytes().decode("utf-8")))
    except (ValueError, KeyError, TypeError, AttributeError) as e:
        raise InputFileError(f"{path}: not a labelscribe record ({e})") from e
