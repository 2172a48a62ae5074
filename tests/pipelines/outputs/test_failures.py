from __future__ import annotations

from pathlib import Path

from models.config import DatasetMetadata
from models.record import ErrorRecord, SpecimenRecord
from pipelines.outputs import write_outputs

from .conftest import PUB_DATE, RecordFactory


def test_one_row_per_error_including_records_that_were_read(
    tmp_path: Path,
    records: list[SpecimenRecord],
    dataset: DatasetMetadata,
    make_record: RecordFactory,
) -> None:
    partly = make_record(
        "d-ent-003",
        labels=[["Vespina"]],
        errors=[
            ErrorRecord(
                stage="ocr", kind="timeout", message="label 2: Tesseract timed out after 60 s"
            ),
            ErrorRecord(stage="ocr", kind="engine_failed", message='said "no", then\tcrashed'),
        ],
    )
    summary = write_outputs([*records, partly], tmp_path, dataset, pub_date=PUB_DATE)
    assert summary.failures_csv.read_bytes().decode("utf-8") == (
        "source_image,stage,kind,message\r\n"
        "images/d-ent-002.jpg,load,input_file,"
        "image is truncated: the file ends after 812 of 2 MB\r\n"
        "images/d-ent-003.jpg,ocr,timeout,label 2: Tesseract timed out after 60 s\r\n"
        'images/d-ent-003.jpg,ocr,engine_failed,"said ""no"", then crashed"\r\n'
    )
    assert summary.errors == 3
    assert summary.failed == 1
    assert summary.occurrences == 3  # the partly read record is published


def test_header_only_when_nothing_failed(tmp_path: Path, make_record: RecordFactory) -> None:
    summary = write_outputs([make_record("a")], tmp_path, DatasetMetadata(), pub_date=PUB_DATE)
    assert summary.failures_csv.read_bytes() == b"source_image,stage,kind,message\r\n"
