from __future__ import annotations

import json
from pathlib import Path

import pytest

from models.config import DatasetMetadata
from models.errors import InputFileError
from models.record import SpecimenRecord
from pipelines.outputs import read_records, record_from_json, record_to_json, write_outputs

from .conftest import PUB_DATE, RecordFactory, candidate, with_history


def test_round_trip_through_the_file(
    tmp_path: Path, records: list[SpecimenRecord], dataset: DatasetMetadata
) -> None:
    summary = write_outputs(records, tmp_path, dataset, pub_date=PUB_DATE)
    back = read_records(summary.records_jsonl)
    # identical apart from nothing: the duplicate barcode's published ID is what was written
    assert [r.occurrence_id for r in back] == [
        "EMEC512347",
        "d-ent-002",
        "EMEC512347_d-ent-001-back",
    ]
    assert back[0] == records[0]
    assert back[1] == records[1]
    assert back[2] == records[2].model_copy(update={"occurrence_id": "EMEC512347_d-ent-001-back"})


def test_json_layout_is_what_the_scorer_and_curators_read(records: list[SpecimenRecord]) -> None:
    data = record_to_json(records[0])
    assert list(data) == [
        "id",
        "source_image",
        "occurrenceID",
        "catalogNumber",
        "id_source",
        "image",
        "barcodes",
        "labels",
        "text",
        "label_texts",
        "fields",
        "identifications",
        "errors",
        "seconds",
        "cpu_seconds",
    ]
    assert data["id"] == "d-ent-001"
    assert data["text"] == records[0].text
    assert data["text"].startswith("8 km.N.of\nTilámbaro ♀,\tMich.\n")
    assert data["fields"]["eventDate"] == {
        "value": "1953-08-14",
        "confidence": 0.8,
        "evidence": {
            "label": 0,
            "line": 0,
            "start": 0,
            "end": 10,
            "text": "1953-08-14",
            "rule": "test.rule",
            "source": "ocr",
            "role": None,
            "rivals": 0,
        },
        "flags": ["two_digit_year"],
    }
    assert data["labels"][0]["crop"] == "crops/d-ent-001-0.png"
    assert data["label_texts"][0]["lines"][1]["words"][0] == {
        "text": "Tilámbaro",
        "confidence": 0.9,
        "box": {"x": 10, "y": 20, "w": 300, "h": 40},
        "second_only": False,
    }
    assert json.loads(json.dumps(data)) == data


def test_identifications_round_trip_and_old_records_read(
    tmp_path: Path, make_record: RecordFactory
) -> None:
    record = with_history(make_record("h-001", fields={"scientificName": "Exemplia probata"}))
    data = record_to_json(record)
    assert [list(i) for i in data["identifications"]] == [
        ["scientificName", "identificationVerificationStatus"],
        ["scientificName", "identifiedBy", "dateIdentified", "identificationVerificationStatus"],
        [
            "scientificName",
            "identifiedBy",
            "dateIdentified",
            "identificationRemarks",
            "identificationVerificationStatus",
        ],
    ]
    assert data["identifications"][1]["dateIdentified"]["value"] == "1962"
    assert record_from_json(json.loads(json.dumps(data))) == record
    # a record written before histories were kept
    del data["identifications"]
    assert record_from_json(data).identifications == []


def test_failed_record_round_trips(records: list[SpecimenRecord]) -> None:
    data = record_to_json(records[1])
    assert data["image"] is None
    assert data["text"] == ""
    assert data["errors"][0]["message"] == "image is truncated:\nthe file ends after 812 of 2 MB"
    assert record_from_json(data) == records[1]


def test_field_key_different_from_its_term_survives(make_record: RecordFactory) -> None:
    record = make_record("a")
    record.fields["verbatimLocality"] = candidate("locality", "near Tilámbaro")
    assert record_from_json(record_to_json(record)) == record


def test_lone_surrogate_is_written_as_a_json_escape(
    tmp_path: Path, make_record: RecordFactory
) -> None:
    record = make_record("bad-\udc80-name", labels=[["ok"]])
    write_outputs([record], tmp_path, DatasetMetadata(), pub_date=PUB_DATE)
    raw = (tmp_path / "records.jsonl").read_bytes()
    assert b'"id":"bad-\\udc80-name"' in raw
    # the published occurrenceID has the surrogate replaced, like every CSV cell; the rest is intact
    published = record.model_copy(update={"occurrence_id": "bad-\ufffd-name"})
    assert read_records(tmp_path / "records.jsonl") == [published]


def test_broken_line_is_reported_with_its_number(
    tmp_path: Path, records: list[SpecimenRecord]
) -> None:
    path = tmp_path / "records.jsonl"
    good = json.dumps(record_to_json(records[0]))
    path.write_text(f'{good}\n\n{{"id": "x"}}\n', encoding="utf-8")
    with pytest.raises(InputFileError, match=r"records.jsonl, line 3: not a labelscribe record"):
        read_records(path)
