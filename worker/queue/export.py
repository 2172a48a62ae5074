"""`labelscribe export`: the outputs of local mode (occurrence.csv, records.jsonl, failures.csv,
dwca.zip) from the record files of a batch, in submission order, from whatever has finished."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import redis

from models.record import ErrorRecord, SpecimenRecord
from pipelines.outputs import OutputSummary, write_outputs
from pipelines.process import build_record
from worker.queue import batches
from worker.queue.records import read_record, record_path

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ExportSummary:
    outputs: OutputSummary
    total: int
    exported: int
    pending: int
    missing: list[str]


def export_batch(conn: redis.Redis, name: str, *, out_dir: Path | None = None) -> ExportSummary:
    """Write the batch's outputs into `out_dir` (default: the batch's own folder).

    An image is exported once it is done or failed for good, from its record file; one that failed
    but has no file (the folder is not shared with the worker that gave up, say) gets a failure
    record from the reason kept in Redis. Images still queued or running (including ones sent round
    again by retry-failed or a changed file) are left out and counted in `pending`; done images
    whose record file is missing are listed in `missing`.
    """
    batch = batches.load(conn, name)
    entries = batches.images(conn, name)
    done = batches.done_ids(conn, name)
    failed = batches.failures(conn, name)
    records: list[SpecimenRecord] = []
    pending = 0
    missing: list[str] = []
    for entry in entries:
        path = record_path(batch.out_dir, entry.image_id)
        if entry.image_id not in done and entry.image_id not in failed:
            pending += 1
        elif path.exists():
            records.append(read_record(path))
        elif entry.image_id in done:
            missing.append(str(path))
        else:
            error = ErrorRecord(stage="queue", kind="failed", message=failed[entry.image_id])
            records.append(
                build_record(
                    Path(entry.path), batch.settings, image_id=entry.image_id, errors=[error]
                )
            )
    target = out_dir or batch.out_dir
    summary = write_outputs(records, target, batch.settings.dataset)
    log.info("batch %s: exported %d of %d images to %s", name, len(records), len(entries), target)
    return ExportSummary(
        outputs=summary,
        total=len(entries),
        exported=len(records),
        pending=pending,
        missing=missing,
    )
