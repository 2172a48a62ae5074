"""The archive's Identification extension: written, read back by python-dwca-reader with its rows
linked to their occurrences, accepted by dwcahandler, checked by `validate`."""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
from dwca.read import DwCAReader
from dwcahandler import DwcaHandler, MetaElementTypes, get_error_report

from models.config import DatasetMetadata
from models.record import SpecimenRecord
from pipelines.outputs import write_outputs
from pipelines.outputs.validate import validate_archive, validate_output

from .conftest import PUB_DATE, RecordFactory, with_history

DWC = "http://rs.tdwg.org/dwc/terms/"
TEXT = "{http://rs.tdwg.org/dwc/text/}"


@pytest.fixture
def histories(make_record: RecordFactory) -> list[SpecimenRecord]:
    """Two read records with histories (one of them a second image of the same barcode, so its
    published id is suffixed), one without, and a failed one."""
    first = with_history(
        make_record("h-001", barcode="LSH 0001", fields={"scientificName": "Exemplia probata"})
    )
    again = with_history(
        make_record("h-001-back", barcode="LSH 0001", fields={"scientificName": "Exemplia probata"})
    )
    plain = make_record("h-002", fields={"recordedBy": "K. Muster"})
    failed = with_history(make_record("h-003", failed=True))
    return [first, plain, again, failed]


@pytest.fixture
def archive(tmp_path: Path, histories: list[SpecimenRecord], dataset: DatasetMetadata) -> Path:
    return write_outputs(histories, tmp_path, dataset, pub_date=PUB_DATE).dwca_zip


def test_members_and_meta(archive: Path) -> None:
    with zipfile.ZipFile(archive) as zf:
        assert sorted(zf.namelist()) == [
            "eml.xml",
            "identification.txt",
            "meta.xml",
            "occurrence.txt",
        ]
        meta = ET.fromstring(zf.read("meta.xml"))
    (ext,) = meta.findall(f"{TEXT}extension")
    assert ext.get("rowType") == f"{DWC}Identification"
    assert ext.findtext(f"{TEXT}files/{TEXT}location") == "identification.txt"
    coreid = ext.find(f"{TEXT}coreid")
    assert coreid is not None and coreid.get("index") == "0"
    assert [f.get("term") for f in ext.findall(f"{TEXT}field")] == [
        f"{DWC}{t}"
        for t in (
            "identificationID",
            "scientificName",
            "scientificNameAuthorship",
            "taxonRank",
            "identificationQualifier",
            "identifiedBy",
            "dateIdentified",
            "identificationRemarks",
            "typeStatus",
            "identificationVerificationStatus",
            "isAcceptedIdentification",
        )
    ]


def test_read_back_with_python_dwca_reader(archive: Path) -> None:
    with DwCAReader(str(archive)) as dwca:
        assert [e.type for e in dwca.descriptor.extensions] == [f"{DWC}Identification"]
        cores = {row.id: row for row in dwca}
        assert sorted(cores) == ["LSH 0001", "LSH 0001_h-001-back", "h-002"]
        assert cores["h-002"].extensions == []
        for core_id in ("LSH 0001", "LSH 0001_h-001-back"):
            linked = cores[core_id].extensions
            assert [r.core_id for r in linked] == [core_id] * 3
            assert [
                (
                    r.data[f"{DWC}identificationID"],
                    r.data[f"{DWC}scientificName"],
                    r.data[f"{DWC}identifiedBy"],
                    r.data[f"{DWC}dateIdentified"],
                    r.data[f"{DWC}identificationRemarks"],
                    r.data[f"{DWC}identificationVerificationStatus"],
                    r.data[f"{DWC}isAcceptedIdentification"],
                )
                for r in linked
            ] == [
                (
                    f"{core_id}:identification:1",
                    "Exemplia sampleana",
                    "",
                    "",
                    "",
                    "superseded",
                    "false",
                ),
                (
                    f"{core_id}:identification:2",
                    "Exemplia probata",
                    "A. Beispiel",
                    "1962",
                    "",
                    "current",
                    "true",
                ),
                (
                    f"{core_id}:identification:3",
                    "Exemplia probata",
                    "B. Probe",
                    "1990-05",
                    "conf.",
                    "confirmation",
                    "false",
                ),
            ]
            # the core row carries the current identification
            current = [r for r in linked if r.data[f"{DWC}isAcceptedIdentification"] == "true"]
            assert (
                cores[core_id].data[f"{DWC}scientificName"]
                == (current[0].data[f"{DWC}scientificName"])
            )


def test_dwcahandler_accepts_the_archive(archive: Path) -> None:
    errors = get_error_report()
    ok = DwcaHandler.validate_dwca(
        str(archive),
        content_keys={
            MetaElementTypes.OCCURRENCE: "occurrenceID",
            MetaElementTypes.IDENTIFICATION: "identificationID",
        },
        error_df=errors,
    )
    assert ok is True
    assert errors.empty


def test_validate_passes_the_written_outputs(archive: Path) -> None:
    assert [str(p) for p in validate_output(archive.parent, today=PUB_DATE)] == []


def test_no_history_no_extension(tmp_path: Path, make_record: RecordFactory) -> None:
    summary = write_outputs([make_record("a")], tmp_path, DatasetMetadata(), pub_date=PUB_DATE)
    with zipfile.ZipFile(summary.dwca_zip) as zf:
        assert "identification.txt" not in zf.namelist()
        assert b"extension" not in zf.read("meta.xml")


def _edited(archive: Path, dst: Path, rows: list[list[str]]) -> Path:
    """The archive with identification.txt's data rows replaced."""
    with zipfile.ZipFile(archive) as zin:
        header = zin.read("identification.txt").decode("utf-8").split("\n")[0]
        buffer = io.StringIO(newline="")
        csv.writer(buffer, delimiter="\t", lineterminator="\n").writerows(rows)
        with zipfile.ZipFile(dst, "w") as zout:
            for name in zin.namelist():
                data = zin.read(name)
                if name == "identification.txt":
                    data = (header + "\n" + buffer.getvalue()).encode("utf-8")
                zout.writestr(name, data)
    return dst


def row(core: str, n: int, name: str, when: str, status: str, accepted: str) -> list[str]:
    return [
        core,
        f"{core}:identification:{n}",
        name,
        "",
        "",
        "",
        "",
        when,
        "",
        "",
        status,
        accepted,
    ]


def test_validate_reports_extension_problems(archive: Path, tmp_path: Path) -> None:
    bad = _edited(
        archive,
        tmp_path / "bad.zip",
        [
            row("LSH 0001", 1, "Exemplia probata", "1962", "current", "true"),
            row("LSH 0001", 2, "Exemplia rara", "1990", "current", "true"),  # two current
            row("LSH 0001_h-001-back", 1, "Exemplia sampleana", "12/5/1962", "superseded", "true"),
            row("LSH 9999", 1, "Exemplia probata", "1962", "current", "yes"),  # no such core row
            row("h-002", 1, "Exemplia rara", "2999", "current", "true"),  # not the core's name?
            row("h-002", 1, "Exemplia rara", "1999", "superseded", "false"),  # repeated id
        ],
    )
    problems = [str(p) for p in validate_archive(bad, today=PUB_DATE)]
    member = "bad.zip:identification.txt"
    assert problems == [
        f"warning: {member} row 2 (LSH 0001): scientificName: the current identification's "
        "'Exemplia rara' is not the core's 'Exemplia probata'",
        f"error: {member} row 3 (LSH 0001_h-001-back): dateIdentified: '12/5/1962' is not an ISO "
        "8601 date or interval",
        f"error: {member} row 3 (LSH 0001_h-001-back): isAcceptedIdentification: true disagrees "
        "with identificationVerificationStatus 'superseded'",
        f"error: {member} row 4 (LSH 9999): coreid: 'LSH 9999' is the id of no row of the core",
        f"error: {member} row 4 (LSH 9999): isAcceptedIdentification: 'yes' is not true or false",
        f"warning: {member} row 5 (h-002): dateIdentified: '2999' is in the future",
        f"error: {member} row 6 (h-002): identificationID: repeats row 5",
        f"error: {member} (LSH 0001): identificationVerificationStatus: an occurrence needs "
        "exactly one current identification (rows: 1, 2)",
        f"error: {member} (LSH 0001_h-001-back): identificationVerificationStatus: an occurrence "
        "needs exactly one current identification (rows: none)",
    ]


def test_validate_warns_when_the_core_is_not_the_current_identification(
    archive: Path, tmp_path: Path
) -> None:
    bad = _edited(
        archive,
        tmp_path / "bad.zip",
        [row("LSH 0001", 1, "Exemplia rara", "1962", "current", "true")],
    )
    assert [str(p) for p in validate_archive(bad, today=PUB_DATE)] == [
        "warning: bad.zip:identification.txt row 1 (LSH 0001): scientificName: the current "
        "identification's 'Exemplia rara' is not the core's 'Exemplia probata'"
    ]
