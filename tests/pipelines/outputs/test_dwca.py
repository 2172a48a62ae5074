"""The archive, read back by python-dwca-reader and validated by the ALA's dwcahandler."""

from __future__ import annotations

import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path
from typing import Any

import pytest
from dwca.read import DwCAReader
from dwcahandler import DwcaHandler, MetaElementTypes, get_error_report

from models.config import DatasetMetadata
from models.dwc import official_terms
from models.errors import InvalidOutputError
from models.record import SpecimenRecord
from pipelines.outputs import write_outputs
from pipelines.outputs.dwca import write_dwca
from pipelines.outputs.eml import package_id
from pipelines.outputs.occurrence import OccurrenceTable

from .conftest import PUB_DATE, RecordFactory

DWC = "http://rs.tdwg.org/dwc/terms/"
EML = "{eml://ecoinformatics.org/eml-2.1.1}"


@pytest.fixture
def archive(tmp_path: Path, records: list[SpecimenRecord], dataset: DatasetMetadata) -> Path:
    return write_outputs(records, tmp_path, dataset, pub_date=PUB_DATE).dwca_zip


def validate(path: Path) -> tuple[bool, Any]:  # Any: a pandas DataFrame (pandas has no stubs here)
    """dwcahandler checks core ids only when told the key column; without it a repeat passes."""
    errors = get_error_report()
    ok = DwcaHandler.validate_dwca(
        str(path), content_keys={MetaElementTypes.OCCURRENCE: "occurrenceID"}, error_df=errors
    )
    return ok, errors


def test_archive_members(archive: Path) -> None:
    with zipfile.ZipFile(archive) as zf:
        assert sorted(zf.namelist()) == ["eml.xml", "meta.xml", "occurrence.txt"]
        for name in ("eml.xml", "meta.xml"):
            ET.fromstring(zf.read(name))


def test_read_back_with_python_dwca_reader(archive: Path, tmp_path: Path) -> None:
    csv_header = (
        (tmp_path / "occurrence.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
    )
    with DwCAReader(str(archive)) as dwca:
        assert dwca.descriptor.core.type == f"{DWC}Occurrence"
        assert dwca.descriptor.core.id_index == 0
        terms = [f["term"].split("/")[-1] for f in dwca.descriptor.core.fields]
        assert [f["index"] for f in dwca.descriptor.core.fields] == list(range(len(terms)))
        assert terms == csv_header
        assert all(t in official_terms() for t in terms)
        rows = list(dwca)
        assert [row.id for row in rows] == ["EMEC512347", "EMEC512347_d-ent-001-back"]
        first = rows[0].data
        assert first[f"{DWC}verbatimLocality"] == '8 km.N.of Tilámbaro ♀, Mich., "Mex."'
        assert first[f"{DWC}verbatimLabel"] == (
            '8 km.N.of | Tilámbaro ♀, Mich. | said "Mex." || Vespina | ornatula Kr. Det. 1964'
        )
        assert first[f"{DWC}occurrenceRemarks"] == "<script>alert(1)</script>"
        assert first[f"{DWC}basisOfRecord"] == "PreservedSpecimen"
        assert rows[1].data[f"{DWC}scientificName"] == ""
        assert rows[1].data[f"{DWC}catalogNumber"] == "EMEC512347"
        # the EML the reader found is ours, with the markup in the title kept as text
        assert dwca.metadata is not None
        assert dwca.metadata.find("dataset/title").text == (
            "Essig Hymenoptera labels <script>alert('x')</script> & more"
        )


def test_dcterms_get_their_own_namespace(tmp_path: Path) -> None:
    table = OccurrenceTable(
        columns=("occurrenceID", "type", "license", "basisOfRecord"),
        rows=(
            {"occurrenceID": "1", "type": "PhysicalObject", "license": "CC0", "basisOfRecord": "x"},
        ),
    )
    path = tmp_path / "a.zip"
    with path.open("wb") as fh:
        write_dwca(fh, table, DatasetMetadata(), PUB_DATE)
    with DwCAReader(str(path)) as dwca:
        assert [f["term"] for f in dwca.descriptor.core.fields] == [
            f"{DWC}occurrenceID",
            "http://purl.org/dc/terms/type",
            "http://purl.org/dc/terms/license",
            f"{DWC}basisOfRecord",
        ]


def test_eml(archive: Path, dataset: DatasetMetadata) -> None:
    with zipfile.ZipFile(archive) as zf:
        root = ET.fromstring(zf.read("eml.xml"))
    assert root.tag == f"{EML}eml"
    assert root.get("packageId") == package_id(dataset.title) == package_id(f" {dataset.title}")
    assert package_id("another title") != package_id(dataset.title)
    ds = root.find("dataset")
    assert ds is not None
    assert [child.tag for child in ds] == [
        "alternateIdentifier",
        "title",
        "creator",
        "metadataProvider",
        "pubDate",
        "language",
        "abstract",
        "intellectualRights",
        "contact",
    ]
    assert ds.findtext("pubDate") == "2026-08-15"
    assert ds.findtext("abstract/para") == dataset.description
    for role in ("creator", "metadataProvider", "contact"):
        assert ds.findtext(f"{role}/individualName/surName") == "Ana Tilámbaro"
        assert ds.findtext(f"{role}/organizationName") == "Essig Museum of Entomology"
        assert ds.findtext(f"{role}/electronicMailAddress") == "ana@example.org"
    link = ds.find("intellectualRights/para/ulink")
    assert link is not None
    assert link.get("url") == "http://creativecommons.org/licenses/by/4.0/legalcode"
    assert link.findtext("citetitle") == "Creative Commons Attribution (CC-BY) 4.0 License"


@pytest.mark.parametrize(
    ("licence", "url", "title"),
    [
        (
            "CC0-1.0",
            "http://creativecommons.org/publicdomain/zero/1.0/legalcode",
            "Public Domain (CC0 1.0)",
        ),
        (
            "CC-BY-NC-4.0",
            "http://creativecommons.org/licenses/by-nc/4.0/legalcode",
            "Creative Commons Attribution Non Commercial (CC-BY-NC) 4.0 License",
        ),
    ],
)
def test_eml_licences(
    tmp_path: Path, make_record: RecordFactory, licence: str, url: str, title: str
) -> None:
    dataset = DatasetMetadata.model_validate({"license": licence, "contact_email": ""})
    summary = write_outputs([make_record("a")], tmp_path, dataset, pub_date=PUB_DATE)
    with zipfile.ZipFile(summary.dwca_zip) as zf:
        root = ET.fromstring(zf.read("eml.xml"))
    assert root.find("dataset/creator/electronicMailAddress") is None
    para = root.find("dataset/intellectualRights/para")
    assert para is not None
    assert "".join(para.itertext()).endswith(f"{title}.") or licence == "CC0-1.0"
    link = para.find("ulink")
    assert link is not None
    assert (link.get("url"), link.findtext("citetitle")) == (url, title)


def test_dwcahandler_accepts_the_archive(archive: Path) -> None:
    ok, errors = validate(archive)
    assert ok is True
    assert errors.empty


def _rewrite_core(src: Path, dst: Path, edit: str) -> None:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for name in zin.namelist():
            data = zin.read(name).decode("utf-8")
            if name == "occurrence.txt":
                data = edit if edit else data
            zout.writestr(name, data)


@pytest.mark.parametrize("second_id", ["EMEC512347", "emec512347"])
def test_dwcahandler_rejects_repeated_ids(archive: Path, tmp_path: Path, second_id: str) -> None:
    # A hand-edited archive (as a curator might produce) in which two rows share an id, exactly or
    # in case only: the validator must say no, which shows it really checks the rows.
    with zipfile.ZipFile(archive) as zf:
        lines = zf.read("occurrence.txt").decode("utf-8").split("\n")
    lines[2] = lines[2].replace("EMEC512347_d-ent-001-back", second_id, 1)
    bad = tmp_path / "bad.zip"
    _rewrite_core(archive, bad, "\n".join(lines))
    ok, errors = validate(bad)
    assert ok is False
    assert list(errors["Row"]) == ["[1]"]


def test_writer_refuses_repeated_ids(tmp_path: Path) -> None:
    table = OccurrenceTable(
        columns=("occurrenceID",), rows=({"occurrenceID": "A1"}, {"occurrenceID": "a1"})
    )
    with (
        (tmp_path / "x.zip").open("wb") as fh,
        pytest.raises(InvalidOutputError, match="'a1' is used twice"),
    ):
        write_dwca(fh, table, DatasetMetadata(), PUB_DATE)


def test_writer_refuses_an_archive_without_occurrence_id_first(tmp_path: Path) -> None:
    table = OccurrenceTable(columns=("catalogNumber", "occurrenceID"), rows=())
    with (
        (tmp_path / "x.zip").open("wb") as fh,
        pytest.raises(InvalidOutputError, match="first column"),
    ):
        write_dwca(fh, table, DatasetMetadata(), PUB_DATE)


def test_archive_is_byte_identical_for_identical_input(
    tmp_path: Path, records: list[SpecimenRecord], dataset: DatasetMetadata
) -> None:
    a = write_outputs(records, tmp_path / "a", dataset, pub_date=PUB_DATE).dwca_zip.read_bytes()
    b = write_outputs(records, tmp_path / "b", dataset, pub_date=PUB_DATE).dwca_zip.read_bytes()
    assert a == b
