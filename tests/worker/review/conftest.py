"""Batch folders to review: one built from SpecimenRecord objects, a real image and real crops;
one made by really running `labelscribe run` on committed samples."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from PIL import Image

from models.config import DatasetMetadata
from models.fields import CONFIRMATION, CURRENT, SUPERSEDED
from models.geometry import Box
from models.record import SpecimenRecord
from models.specimen import LabelRegion
from pipelines.outputs import write_outputs
from tests.pipelines.outputs.conftest import build_record, candidate, identification
from worker.cli import cli


def make_batch(folder: Path) -> list[SpecimenRecord]:
    """Three records: one read (tricky text, a `<script>` label), one low-confidence, one failed."""
    images = folder / "images"
    images.mkdir(parents=True)
    out = folder / "out"
    sheet = images / "d-ent-001.jpg"
    Image.new("RGB", (400, 300), (236, 233, 226)).save(sheet)
    first = build_record(
        "d-ent-001",
        barcode="EMEC512347",
        source_image=str(sheet),
        labels=[["Vespina ornatula Kr.", "<script>alert(1)</script>"], ["12 July 1951"]],
        fields={"scientificName": "Vespina ornatula Kr.", "locality": "<b>Tilámbaro</b>"},
    )
    first.image.width, first.image.height = 400, 300  # type: ignore[union-attr]
    first.fields["scientificName"] = candidate("scientificName", "Vespina ornatula Kr.", 0.95)
    first.fields["eventDate"] = candidate("eventDate", "1951-07-12", 0.92, label=1)
    first.fields["locality"] = candidate("locality", "<b>Tilámbaro</b>", 0.4)
    first.labels = [
        LabelRegion(index=0, box=Box(x=10, y=20, w=200, h=60), crop="crops/d-ent-001/label-00.jpg"),
        LabelRegion(
            index=1, box=Box(x=10, y=100, w=200, h=40), crop="crops/d-ent-001/label-01.jpg"
        ),
    ]
    second = build_record(
        "d-ent-003",
        source_image=str(images / "d-ent-003.jpg"),  # gone: the page says so
        labels=[["leg. P. Arnoux"]],
        fields={"recordedBy": "P. Arnoux"},
    )
    second.fields["recordedBy"] = candidate("recordedBy", "P. Arnoux", 0.3)
    failed = build_record("d-ent-002", failed=True)
    records = [first, failed, second]
    crops = out / "crops" / "d-ent-001"
    crops.mkdir(parents=True)
    for i in range(2):
        Image.new("RGB", (200, 60), (244, 238, 220)).save(crops / f"label-0{i}.jpg")
    write_outputs(records, out, DatasetMetadata(institution_code="EMEC"))
    return records


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    make_batch(tmp_path)
    return tmp_path / "out"


SAMPLES = Path(__file__).parents[3] / "samples"


@pytest.fixture(scope="session")
def run_batch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The output of a real `labelscribe run` on two committed samples (a herbarium sheet and a
    pinned insect's labels); made once per session, never changed: copy it to review it."""
    folder = tmp_path_factory.mktemp("run")
    images = folder / "images"
    images.mkdir()
    for name in ("sample-herb-001.jpg", "sample-ent-001.jpg"):
        shutil.copy(SAMPLES / name, images / name)
    out = folder / "out"
    result = CliRunner().invoke(
        cli, ["run", str(images), "-o", str(out), "-j", "1", "--no-progress"]
    )
    assert result.exit_code == 0, result.output
    assert "2 images, 2 records, 0 failed" in result.output
    return out


@pytest.fixture
def real_batch(run_batch: Path, tmp_path: Path) -> Path:
    """A private copy of the run's output folder (the images stay where the run read them)."""
    return Path(shutil.copytree(run_batch, tmp_path / "out"))


@pytest.fixture(scope="session")
def turned_batch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real run on the committed sheet whose main label is turned a quarter."""
    folder = tmp_path_factory.mktemp("turned")
    images = folder / "images"
    images.mkdir()
    shutil.copy(SAMPLES / "sample-herb-003.jpg", images / "sample-herb-003.jpg")
    out = folder / "out"
    result = CliRunner().invoke(
        cli, ["run", str(images), "-o", str(out), "-j", "1", "--no-progress"]
    )
    assert result.exit_code == 0, result.output
    return out


def add_history(record: SpecimenRecord) -> SpecimenRecord:
    """The record with three invented determinations: the data label's name, the current slip
    (the record's name) and a confirmation of it; the record carries the current one."""
    current = record.fields["scientificName"].value
    history = [
        identification(SUPERSEDED, "Vespina exempla"),
        identification(
            CURRENT, current, ("identifiedBy", "A. Beispiel"), ("dateIdentified", "1962")
        ),
        identification(
            CONFIRMATION,
            current,
            ("identifiedBy", "B. Probe"),
            ("dateIdentified", "1990-05"),
            ("identificationRemarks", "conf."),
        ),
    ]
    fields = dict(record.fields)
    fields["identifiedBy"] = history[1].fields["identifiedBy"]
    fields["dateIdentified"] = history[1].fields["dateIdentified"]
    return record.model_copy(update={"identifications": history, "fields": fields})


@pytest.fixture
def history_batch(tmp_path: Path) -> Path:
    """The batch of `make_batch`, its first record with an identification history."""
    records = make_batch(tmp_path)
    records[0] = add_history(records[0])
    out = tmp_path / "out"
    write_outputs(records, out, DatasetMetadata(institution_code="EMEC"))
    return out
