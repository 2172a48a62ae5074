"""Real SpecimenRecord objects with the awkward values label OCR produces, for the writer tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from models.config import DatasetMetadata
from models.fields import (
    CONFIRMATION,
    CURRENT,
    SUPERSEDED,
    Evidence,
    FieldCandidate,
    Identification,
)
from models.geometry import Box
from models.record import ErrorRecord, SpecimenRecord
from models.specimen import Barcode, ImageInfo, LabelRegion, LabelText, OcrLine, OcrWord

PUB_DATE = date(2026, 8, 15)
BOX = Box(x=10, y=20, w=300, h=40)

RecordFactory = Callable[..., SpecimenRecord]


def line(text: str, confidence: float = 0.9) -> OcrLine:
    words = [OcrWord(text=w, confidence=confidence, box=BOX) for w in text.split()]
    return OcrLine(text=text, confidence=confidence, box=BOX, words=words)


def candidate(term: str, value: str, confidence: float = 0.8, label: int = 0) -> FieldCandidate:
    return FieldCandidate(
        term=term,
        value=value,
        confidence=confidence,
        evidence=Evidence(
            label=label, line=0, start=0, end=len(value), text=value, rule="test.rule"
        ),
        flags=["two_digit_year"] if term == "eventDate" else [],
    )


def build_record(
    image_id: str,
    *,
    occurrence_id: str | None = None,
    source_image: str | None = None,
    labels: list[list[str]] | None = None,
    fields: dict[str, str] | None = None,
    errors: list[ErrorRecord] | None = None,
    failed: bool = False,
    barcode: str | None = None,
) -> SpecimenRecord:
    source = source_image or f"images/{image_id}.jpg"
    label_lines = labels or []
    data: dict[str, Any] = {
        "source_image": source,
        "image_id": image_id,
        "occurrence_id": occurrence_id or barcode or image_id,
        "catalog_number": barcode,
        "id_source": "barcode" if barcode else "file_stem",
        "errors": errors
        or (
            [ErrorRecord(stage="load", kind="input_file", message="not an image")] if failed else []
        ),
        "seconds": 1.25,
        "cpu_seconds": 1.03,
    }
    if not failed:
        data |= {
            "image": ImageInfo(
                path=source,
                width=4000,
                height=3000,
                mode="RGB",
                format="JPEG",
                sha256="ab" * 32,
                bytes=123456,
            ),
            "barcodes": [Barcode(value=barcode, format="Code128", box=BOX)] if barcode else [],
            "labels": [
                LabelRegion(index=i, box=BOX, crop=f"crops/{image_id}-{i}.png", score=0.75)
                for i in range(len(label_lines))
            ],
            "label_texts": [
                LabelText(
                    label=i,
                    lines=[line(t) for t in lines],
                    engine="tesseract 5.3.4",
                    confidence=0.85,
                )
                for i, lines in enumerate(label_lines)
            ],
            "fields": {term: candidate(term, value) for term, value in (fields or {}).items()},
        }
    return SpecimenRecord.model_validate(data)


def identification(status: str, name: str, *terms: tuple[str, str]) -> Identification:
    """An identification of invented values: its name, status and other terms."""
    fields = {"scientificName": candidate("scientificName", name, 0.9)}
    fields |= {t: candidate(t, v, 0.85, label=1) for t, v in terms}
    fields["identificationVerificationStatus"] = candidate(
        "identificationVerificationStatus", status, 0.9, label=1
    )
    return Identification(fields=fields)


def with_history(record: SpecimenRecord) -> SpecimenRecord:
    """The record with three determinations: the data label's name, a dated slip (current, the
    record's name) and a confirmation of it."""
    history = [
        identification(SUPERSEDED, "Exemplia sampleana"),
        identification(
            CURRENT, "Exemplia probata", ("identifiedBy", "A. Beispiel"), ("dateIdentified", "1962")
        ),
        identification(
            CONFIRMATION,
            "Exemplia probata",
            ("identifiedBy", "B. Probe"),
            ("dateIdentified", "1990-05"),
            ("identificationRemarks", "conf."),
        ),
    ]
    return record.model_copy(update={"identifications": history})


@pytest.fixture
def make_record() -> RecordFactory:
    return build_record


@pytest.fixture
def dataset() -> DatasetMetadata:
    return DatasetMetadata(
        title="Essig Hymenoptera labels <script>alert('x')</script> & more",
        description="Labels of bees and wasps, read by OCR.",
        publisher="Essig Museum of Entomology",
        contact_name="Ana Tilámbaro",
        contact_email="ana@example.org",
        license="CC-BY-4.0",
        institution_code="EMEC",
        collection_code="",
        basis_of_record="PreservedSpecimen",
    )


@pytest.fixture
def records() -> list[SpecimenRecord]:
    """A read specimen with tricky text, a second image of the same barcode, and a failed image."""
    tricky = build_record(
        "d-ent-001",
        barcode="EMEC512347",
        labels=[
            ["8 km.N.of", "Tilámbaro ♀,\tMich.", 'said "Mex."'],
            ["   "],  # a label with only blank lines contributes nothing
            ["Vespina", "ornatula Kr.\r\nDet. 1964"],
        ],
        fields={
            "scientificName": "Vespina ornatula Kr.",
            "eventDate": "1953-08-14",
            "verbatimLocality": '8 km.N.of\nTilámbaro ♀,\tMich., "Mex."',
            "occurrenceRemarks": "<script>alert(1)</script>",
            "substrate": "on Asclepias",  # not a Darwin Core term: records.jsonl only
            "basisOfRecord": "HumanObservation",  # the dataset setting wins
        },
    )
    second_view = build_record(
        "d-ent-001-back",
        barcode="EMEC512347",
        source_image="images/back/d-ent-001-back.jpg",
        labels=[["EMEC 512,347"]],
        fields={"recordedBy": "K.L. Oste"},
    )
    failed = build_record(
        "d-ent-002",
        failed=True,
        errors=[
            ErrorRecord(
                stage="load",
                kind="input_file",
                message="image is truncated:\nthe file ends after 812 of 2 MB",
            )
        ],
    )
    return [tricky, failed, second_view]
