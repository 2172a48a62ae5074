"""Writers of the batch outputs: occurrence.csv, records.jsonl, failures.csv and dwca.zip (with the
identification histories as its Identification extension).

`write_outputs` is the one entry point; `read_records` reads records.jsonl back. The files are
written as one set, under the folder's lock, with manifest.json listing their sizes and hashes.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime
from pathlib import Path

from pydantic import BaseModel

from models.config import DatasetMetadata
from models.errors import OutputFolderError
from models.record import SpecimenRecord
from pipelines.outputs.dwca import write_dwca
from pipelines.outputs.failures import write_failures_csv
from pipelines.outputs.folder import MANIFEST, describe_os_error, locked, remove_stale_parts
from pipelines.outputs.identification import identification_table
from pipelines.outputs.occurrence import (
    occurrence_row,
    occurrence_table,
    unique_occurrence_ids,
    write_occurrence_csv,
)
from pipelines.outputs.records_jsonl import (
    read_records,
    record_from_json,
    record_to_json,
    write_records_jsonl,
)
from pipelines.outputs.staging import staged

__all__ = [
    "OutputSummary",
    "occurrence_row",
    "read_records",
    "record_from_json",
    "record_to_json",
    "write_outputs",
]

log = logging.getLogger(__name__)

OCCURRENCE_CSV = "occurrence.csv"
RECORDS_JSONL = "records.jsonl"
FAILURES_CSV = "failures.csv"
DWCA_ZIP = "dwca.zip"
MANIFEST_FORMAT = "labelscribe-outputs/1"


class OutputSummary(BaseModel):
    """What `write_outputs` wrote, for the CLI to report."""

    out_dir: Path
    occurrence_csv: Path
    records_jsonl: Path
    failures_csv: Path
    dwca_zip: Path
    records: int
    occurrences: int
    failed: int
    errors: int
    columns: list[str]
    warnings: list[str]


def write_outputs(
    records: Sequence[SpecimenRecord],
    out_dir: Path,
    dataset: DatasetMetadata,
    *,
    pub_date: date | None = None,
    extra: Mapping[str, str] | None = None,
) -> OutputSummary:
    """Write all outputs into `out_dir`; they replace earlier ones only once all are complete.

    Records whose occurrenceIDs collide are published under unique IDs (see
    `unique_occurrence_ids`); records.jsonl carries the published IDs too, so it joins with
    occurrence.csv on occurrenceID. `pub_date` (default: today) is the archive's publication date.
    `extra` adds text files (name -> content) to the set, e.g. the review sidecar. Temporary files
    an earlier writer left behind (a crash) are removed first; an unwritable or full folder raises
    OutputFolderError.
    """
    published, warnings = unique_occurrence_ids(records)
    warnings += _repeated_image_ids(published)
    table = occurrence_table(published, dataset)
    identifications = identification_table(published)
    try:
        with locked(out_dir, "writing outputs"), staged(out_dir, first=MANIFEST) as stage:
            remove_stale_parts(out_dir)
            with stage.text(OCCURRENCE_CSV) as fh:
                write_occurrence_csv(fh, table)
            with stage.binary(RECORDS_JSONL) as raw:
                write_records_jsonl(raw, published)
            with stage.text(FAILURES_CSV) as fh:
                errors = write_failures_csv(fh, published)
            with stage.binary(DWCA_ZIP) as raw:
                write_dwca(raw, table, dataset, pub_date or date.today(), identifications)
            for name, text in (extra or {}).items():
                with stage.text(name) as fh:
                    fh.write(text)
            manifest = {
                "format": MANIFEST_FORMAT,
                "written_at": datetime.now(UTC).isoformat(timespec="seconds"),
                "files": stage.digests(),
            }
            with stage.binary(MANIFEST) as raw:
                raw.write(json.dumps(manifest, indent=1).encode() + b"\n")
    except OSError as e:
        raise OutputFolderError(f"cannot write the outputs: {describe_os_error(e, out_dir)}") from e
    for warning in warnings:
        log.warning("%s", warning)
    summary = OutputSummary(
        out_dir=out_dir,
        occurrence_csv=out_dir / OCCURRENCE_CSV,
        records_jsonl=out_dir / RECORDS_JSONL,
        failures_csv=out_dir / FAILURES_CSV,
        dwca_zip=out_dir / DWCA_ZIP,
        records=len(published),
        occurrences=len(table.rows),
        failed=sum(1 for r in published if r.failed),
        errors=errors,
        columns=list(table.columns),
        warnings=warnings,
    )
    log.info(
        "wrote %d occurrences, %d failed images, %d errors to %s",
        summary.occurrences,
        summary.failed,
        summary.errors,
        out_dir,
    )
    return summary


def _repeated_image_ids(records: Sequence[SpecimenRecord]) -> list[str]:
    # Two files with the same stem in different folders: records.jsonl would hold two objects with
    # one `id`, and a scorer or a re-export keyed on it would silently keep only one.
    counts = Counter(r.image_id for r in records)
    return [
        f"image id {image_id!r} is used by {n} images; records.jsonl has {n} objects with that id"
        for image_id, n in sorted(counts.items())
        if n > 1
    ]
