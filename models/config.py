"""Typed settings the stages receive; read from the environment only at the edge (worker.settings)."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, Field, field_validator

BasisOfRecord = Literal[
    "PreservedSpecimen", "FossilSpecimen", "LivingSpecimen", "MaterialSample", "MaterialCitation"
]
License = Literal["CC0-1.0", "CC-BY-4.0", "CC-BY-NC-4.0"]


class DatasetMetadata(BaseModel):
    """What goes into the archive's eml.xml and the constant columns of occurrence.csv."""

    title: str = "Specimen labels transcribed by labelscribe"
    description: str = "Darwin Core records extracted from specimen label images by OCR."
    publisher: str = "Unknown publisher"
    contact_name: str = "Collections data manager"
    contact_email: str = ""
    license: License = "CC-BY-4.0"
    institution_code: str = ""
    collection_code: str = ""
    basis_of_record: BasisOfRecord = "PreservedSpecimen"
    language: str = "en"


class OcrSettings(BaseModel):
    """How labels are read."""

    languages: str = Field("eng", description="Tesseract language codes joined by '+'")
    timeout_seconds: float = Field(60.0, gt=0, le=3600)
    max_labels: int = Field(12, ge=1, le=100)


class PipelineSettings(BaseModel):
    """Everything a stage may need, as one typed, picklable value."""

    ocr: OcrSettings = Field(default_factory=OcrSettings)
    dataset: DatasetMetadata = Field(default_factory=DatasetMetadata)
    max_image_pixels: int = Field(
        120_000_000, ge=1_000_000, description="refuse larger images (decompression bombs)"
    )
    catalog_number_pattern: str | None = Field(
        None,
        description="regular expression applied to the file name when no barcode is decoded; "
        "its first group (or the whole match) becomes the catalogue number",
    )
    save_crops: bool = True

    @field_validator("catalog_number_pattern")
    @classmethod
    def _compiles(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                re.compile(value)
            except re.error as e:
                raise ValueError(f"not a valid regular expression: {e}") from e
        return value
