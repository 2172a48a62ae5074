from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

import pipelines.outputs
from models.config import DatasetMetadata
from models.errors import OutputFolderError
from models.record import SpecimenRecord
from pipelines.outputs import write_outputs

from .conftest import PUB_DATE, RecordFactory

NAMES = ["dwca.zip", "failures.csv", "manifest.json", "occurrence.csv", "records.jsonl"]


def visible(folder: Path) -> list[str]:
    """The folder's files but its lock file (.labelscribe.lock, kept between runs on purpose)."""
    return sorted(p.name for p in folder.iterdir() if p.name != ".labelscribe.lock")


def test_summary(tmp_path: Path, records: list[SpecimenRecord], dataset: DatasetMetadata) -> None:
    out = tmp_path / "new" / "folder"
    summary = write_outputs(records, out, dataset, pub_date=PUB_DATE)
    assert visible(out) == NAMES
    assert summary.dwca_zip == out / "dwca.zip"
    assert (summary.records, summary.occurrences, summary.failed, summary.errors) == (3, 2, 1, 1)
    assert summary.columns[:3] == ["occurrenceID", "institutionCode", "basisOfRecord"]
    assert summary.warnings == [
        "occurrenceID 'EMEC512347' is shared by 2 images; kept it for images/d-ent-001.jpg, "
        "renamed images/back/d-ent-001-back.jpg -> 'EMEC512347_d-ent-001-back'. If they show the same "
        "specimen, merge these rows before publishing."
    ]


def test_files_get_the_usual_permissions(tmp_path: Path, make_record: RecordFactory) -> None:
    old = os.umask(0o022)
    try:
        write_outputs([make_record("a")], tmp_path, DatasetMetadata(), pub_date=PUB_DATE)
    finally:
        os.umask(old)
    assert {(tmp_path / n).stat().st_mode & 0o777 for n in NAMES} == {0o644}


def test_a_crash_leaves_the_previous_outputs_untouched(
    tmp_path: Path, make_record: RecordFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_outputs([make_record("first")], tmp_path, DatasetMetadata(), pub_date=PUB_DATE)
    before = {n: (tmp_path / n).read_bytes() for n in NAMES}

    def crash(*args: Any, **kwargs: Any) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(pipelines.outputs, "write_dwca", crash)
    with pytest.raises(OutputFolderError, match=r"cannot write the outputs: .*disk full"):
        write_outputs([make_record("second")], tmp_path, DatasetMetadata(), pub_date=PUB_DATE)
    assert visible(tmp_path) == NAMES  # no temporary files left over
    assert {n: (tmp_path / n).read_bytes() for n in NAMES} == before


def test_duplicate_image_ids_are_reported(tmp_path: Path, make_record: RecordFactory) -> None:
    records = [
        make_record("IMG_1", source_image="a/IMG_1.jpg"),
        make_record("IMG_1", source_image="b/IMG_1.jpg"),
    ]
    summary = write_outputs(records, tmp_path, DatasetMetadata(), pub_date=PUB_DATE)
    assert (
        summary.warnings[-1]
        == "image id 'IMG_1' is used by 2 images; records.jsonl has 2 objects with that id"
    )
    assert summary.occurrences == 2
