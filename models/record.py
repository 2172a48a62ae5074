"""One specimen record per image: the unit every output is built from."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from models.fields import FieldCandidate, Identification
from models.specimen import Barcode, ImageInfo, LabelRegion, LabelText

# barcode_text: the number printed beside bars that did not decode, read by OCR
IdSource = Literal["barcode", "filename_pattern", "barcode_text", "file_stem"]


class ErrorRecord(BaseModel):
    """Why an image could not be (fully) processed, in words a curator can act on."""

    stage: str
    kind: str
    message: str
    transient: bool = False


class SpecimenRecord(BaseModel):
    source_image: str = Field(description="the image path as given")
    image_id: str = Field(description="file stem, stable across runs")
    occurrence_id: str
    catalog_number: str | None = None
    id_source: IdSource
    image: ImageInfo | None = None
    barcodes: list[Barcode] = Field(default_factory=list)
    labels: list[LabelRegion] = Field(default_factory=list)
    label_texts: list[LabelText] = Field(default_factory=list)
    fields: dict[str, FieldCandidate] = Field(default_factory=dict)
    identifications: list[Identification] = Field(
        default_factory=list,
        description="every determination on the sheet, oldest first; the current one (its "
        "identificationVerificationStatus 'current') is the one the fields above carry",
    )
    errors: list[ErrorRecord] = Field(default_factory=list)
    seconds: float = Field(0.0, description="wall-clock time the image took in its worker")
    cpu_seconds: float = Field(
        0.0,
        description="processor time it took (one core's seconds): unlike `seconds`, not stretched "
        "when other programs share the cores",
    )

    @property
    def text(self) -> str:
        """All OCR text, label by label in reading order, labels separated by a blank line."""
        return "\n\n".join(t.text for t in self.label_texts if t.text)

    @property
    def failed(self) -> bool:
        return bool(self.errors) and self.image is None
