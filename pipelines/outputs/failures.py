"""failures.csv: one row per error, so a curator can see which images to re-shoot or check by hand.

Records that were read but had a problem on the way (e.g. one label timed out) appear here and in
occurrence.csv; records that could not be read at all appear only here and in records.jsonl.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from models.record import SpecimenRecord
from pipelines.outputs.cells import clean_cell
from pipelines.outputs.occurrence import write_csv

FAILURE_COLUMNS = ("source_image", "stage", "kind", "message")


def failure_rows(records: Iterable[SpecimenRecord]) -> list[list[str]]:
    return [
        [clean_cell(v) for v in (record.source_image, error.stage, error.kind, error.message)]
        for record in records
        for error in record.errors
    ]


def write_failures_csv(fh: TextIO, records: Iterable[SpecimenRecord]) -> int:
    rows = failure_rows(records)
    write_csv(fh, FAILURE_COLUMNS, rows)
    return len(rows)
