"""What the stages find in one image: the image itself, barcodes, label regions and their OCR text."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from models.geometry import Box


class ImageInfo(BaseModel):
    """Facts about a loaded image, kept in the record so a curator knows what was read."""

    path: str = Field(description="the path as given by the user")
    width: int
    height: int
    mode: str = Field(
        description="the PIL mode of the file before conversion, e.g. RGB, CMYK, I;16"
    )
    format: str | None = None
    pages: int = 1
    sha256: str
    bytes: int
    notes: list[str] = Field(default_factory=list)


class Barcode(BaseModel):
    """A code found on the image: decoded, or (flag `printed_under_barcode`) its human-readable
    number read by OCR beside bars that did not decode."""

    model_config = ConfigDict(frozen=True)

    value: str
    format: str = Field(description="the decoder's name for the symbology; 'linear' when unknown")
    box: Box
    orientation: int = Field(0, description="degrees, as the decoder reports it")
    confidence: float = Field(1.0, ge=0.0, le=1.0)
    flags: list[str] = Field(
        default_factory=list,
        description="'upscaled': decoded from an enlarged crop of bars too fine for the image; "
        "'printed_under_barcode': the number printed beside the bars, read by OCR",
    )


class OcrWord(BaseModel):
    text: str
    confidence: float = Field(ge=0.0, le=1.0)
    box: Box
    second_only: bool = Field(
        False,
        description="read by the second recogniser alone, where Tesseract read other letters or "
        "nothing (most often handwriting)",
    )


class OcrLine(BaseModel):
    text: str
    confidence: float = Field(ge=0.0, le=1.0)
    box: Box
    words: list[OcrWord] = Field(default_factory=list)

    def word_offsets(self, base: int = 0) -> list[tuple[int, int, OcrWord]]:
        """Each word with its (start, end) in the line's text, shifted by `base`."""
        spans: list[tuple[int, int, OcrWord]] = []
        cursor = 0
        for word in self.words:
            at = self.text.find(word.text, cursor) if word.text else -1
            if at < 0:
                continue
            spans.append((base + at, base + at + len(word.text), word))
            cursor = at + len(word.text)
        return spans


class LabelText(BaseModel):
    """The OCR result for one label region, in reading order."""

    label: int = Field(description="index of the label region in the record")
    lines: list[OcrLine] = Field(default_factory=list)
    rotation: Literal[0, 90, 180, 270] = 0
    engine: str
    confidence: float = Field(0.0, ge=0.0, le=1.0)
    flags: list[str] = Field(default_factory=list, description="e.g. 'timeout', 'empty'")

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines if line.text.strip())

    def line_offsets(self) -> list[tuple[int, int, OcrLine]]:
        """Each line that is part of `text`, with its (start, end) there: the offsets evidence
        spans are given in."""
        spans: list[tuple[int, int, OcrLine]] = []
        offset = 0
        for line in self.lines:
            if not line.text.strip():
                continue
            spans.append((offset, offset + len(line.text), line))
            offset += len(line.text) + 1  # the "\n" between lines
        return spans

    def word_offsets(self) -> list[tuple[int, int, OcrWord]]:
        """Each word with its (start, end) in `text`."""
        return [w for start, _, line in self.line_offsets() for w in line.word_offsets(start)]


class TextLineBox(BaseModel):
    """A detected line of text: a rotated rectangle on the (orientation-corrected) image.

    `angle` is the direction of the line's axis in degrees, clockwise from the x axis, in
    (-90, 90]: 0 for ordinary text, 90 or near it for a label turned a quarter. Which way the text
    runs along that axis (e.g. 90 vs 270) is decided when the line is read.
    """

    cx: float
    cy: float
    length: float = Field(ge=0, description="along the text")
    thickness: float = Field(ge=0, description="across the text")
    angle: float = Field(gt=-90, le=90)
    score: float = Field(ge=0.0, le=1.0)
    box: Box = Field(description="axis-aligned bounds")

    @property
    def vertical(self) -> bool:
        return abs(self.angle) > 45


class LabelRegion(BaseModel):
    """A paper label found on the specimen image (a box on the orientation-corrected image)."""

    index: int
    box: Box
    crop: str | None = Field(
        None, description="path of the saved crop, relative to the output folder"
    )
    score: float = Field(0.0, ge=0.0, le=1.0, description="how label-like the region is")
    vertical: bool = Field(
        False, description="its text lines run top-bottom (label turned 90 degrees)"
    )
    lines: list[TextLineBox] = Field(
        default_factory=list, description="detected text lines, in reading order"
    )
