from __future__ import annotations

import csv
import io
import random
from pathlib import Path

import pytest

from models.config import DatasetMetadata
from models.dwc import Term, official_terms
from models.errors import InvalidOutputError
from models.record import SpecimenRecord
from pipelines.outputs import occurrence_row, write_outputs
from pipelines.outputs.occurrence import (
    OccurrenceTable,
    occurrence_table,
    unique_occurrence_ids,
    write_occurrence_csv,
)

from .conftest import PUB_DATE, RecordFactory

EXPECTED_CSV = (
    "occurrenceID,institutionCode,basisOfRecord,eventDate,verbatimLocality,catalogNumber,"
    "verbatimLabel,recordedBy,associatedMedia,occurrenceRemarks,scientificName\r\n"
    'EMEC512347,EMEC,PreservedSpecimen,1953-08-14,"8 km.N.of Tilámbaro ♀, Mich., ""Mex.""",'
    'EMEC512347,"8 km.N.of | Tilámbaro ♀, Mich. | said ""Mex."" || '
    'Vespina | ornatula Kr. Det. 1964",'
    ",images/d-ent-001.jpg,<script>alert(1)</script>,Vespina ornatula Kr.\r\n"
    'EMEC512347_d-ent-001-back,EMEC,PreservedSpecimen,,,EMEC512347,"EMEC 512,347",K.L. Oste,'
    "images/back/d-ent-001-back.jpg,,\r\n"
)


def test_occurrence_csv_exact_content(
    tmp_path: Path, records: list[SpecimenRecord], dataset: DatasetMetadata
) -> None:
    summary = write_outputs(records, tmp_path, dataset, pub_date=PUB_DATE)
    data = summary.occurrence_csv.read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf")  # no BOM
    assert data.decode("utf-8") == EXPECTED_CSV
    assert summary.occurrences == 2
    assert summary.failed == 1


def test_header_is_official_terms_with_occurrence_id_first(
    records: list[SpecimenRecord], dataset: DatasetMetadata
) -> None:
    table = occurrence_table(records, dataset)
    official = official_terms()
    assert table.columns[0] == Term.occurrenceID
    assert set(table.columns) <= set(official)
    rest = list(table.columns[1:])
    assert rest == sorted(rest, key=official.index)
    assert "substrate" not in table.columns


def test_cells_read_back_as_single_lines(
    tmp_path: Path, records: list[SpecimenRecord], dataset: DatasetMetadata
) -> None:
    write_outputs(records, tmp_path, dataset, pub_date=PUB_DATE)
    with (tmp_path / "occurrence.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["occurrenceID"] for r in rows] == ["EMEC512347", "EMEC512347_d-ent-001-back"]
    assert rows[0]["verbatimLocality"] == '8 km.N.of Tilámbaro ♀, Mich., "Mex."'
    for row in rows:
        for value in row.values():
            assert "\n" not in value and "\r" not in value and "\t" not in value


def test_failed_records_are_not_rows(make_record: RecordFactory, dataset: DatasetMetadata) -> None:
    failed = make_record("x-1", failed=True)
    assert failed.failed
    table = occurrence_table([failed], dataset)
    assert table.rows == ()
    # the header stays usable for an IPT mapping even when the batch has no row
    assert table.columns == (
        "occurrenceID",
        "institutionCode",
        "basisOfRecord",
        "catalogNumber",
        "verbatimLabel",
        "associatedMedia",
    )


def test_occurrence_row_precedence(make_record: RecordFactory) -> None:
    record = make_record(
        "img-7",
        fields={
            "institutionCode": "UCB",
            "collectionCode": "ENT",
            "catalogNumber": "512347",
            "basisOfRecord": "HumanObservation",
            "occurrenceID": "label-says-this",
            "country": "  Mexico\n",
            "locality": "   ",
        },
    )
    dataset = DatasetMetadata(
        institution_code="", collection_code="Hym", basis_of_record="FossilSpecimen"
    )
    assert occurrence_row(record, dataset) == {
        "occurrenceID": "img-7",
        "institutionCode": "UCB",  # from the label: the setting is blank
        "collectionCode": "Hym",  # the setting wins
        "catalogNumber": "512347",  # the record has none of its own: the parsed one is used
        "basisOfRecord": "FossilSpecimen",
        "associatedMedia": "images/img-7.jpg",
        "country": "Mexico",
    }


def test_duplicate_ids_are_made_unique_whatever_the_input_order(make_record: RecordFactory) -> None:
    records = [
        make_record("IMG_0003", barcode="B1"),
        make_record("IMG_0001", barcode="B1"),
        make_record("IMG_0002", barcode="b1"),  # differs only in case: the IPT treats it as equal
        make_record("IMG_0004", occurrence_id="B1_IMG_0003"),  # already taken by the suffix scheme
        make_record("IMG_0005", barcode="B2"),
    ]
    results = []
    for seed in range(5):
        shuffled = records[:]
        random.Random(seed).shuffle(shuffled)
        published, warnings = unique_occurrence_ids(shuffled)
        results.append(({r.image_id: r.occurrence_id for r in published}, sorted(warnings)))
    assert all(result == results[0] for result in results)
    ids, warnings = results[0]
    assert ids == {
        "IMG_0001": "B1",
        "IMG_0002": "B1_IMG_0002",
        "IMG_0003": "B1_IMG_0003_2",
        "IMG_0004": "B1_IMG_0003",
        "IMG_0005": "B2",
    }
    assert warnings == [
        "occurrenceID 'B1' is shared by 3 images; kept it for images/IMG_0001.jpg, renamed "
        "images/IMG_0002.jpg -> 'B1_IMG_0002'; images/IMG_0003.jpg -> 'B1_IMG_0003_2'. "
        "If they show the same specimen, merge these rows before publishing."
    ]


def test_unique_ids_leave_the_input_alone_and_skip_failed(make_record: RecordFactory) -> None:
    records = [make_record("a", barcode="X"), make_record("b", barcode="X", failed=True)]
    published, warnings = unique_occurrence_ids(records)
    assert warnings == []
    assert published == records


def test_empty_occurrence_id_falls_back_to_image_id(make_record: RecordFactory) -> None:
    record = make_record("IMG_9").model_copy(update={"occurrence_id": " \n"})
    published, warnings = unique_occurrence_ids([record])
    assert published[0].occurrence_id == "IMG_9"
    assert warnings == ["images/IMG_9.jpg: empty occurrenceID, used the image id 'IMG_9'"]
    assert record.occurrence_id == " \n"


def test_write_refuses_a_header_that_is_not_darwin_core() -> None:
    table = OccurrenceTable(columns=("occurrenceID", "substrate"), rows=({"occurrenceID": "1"},))
    with pytest.raises(InvalidOutputError, match="not Simple Darwin Core terms: substrate"):
        write_occurrence_csv(io.StringIO(), table)
