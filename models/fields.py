"""A candidate Darwin Core value with its confidence and the evidence it came from."""

from __future__ import annotations

from pydantic import BaseModel, Field


class Evidence(BaseModel):
    """Where a value came from: which label, which characters of its text, which rule."""

    label: int | None = Field(None, description="label index; None for image-level sources")
    line: int | None = Field(None, description="line index within the label text")
    start: int | None = Field(None, description="character offset in the label text")
    end: int | None = None
    text: str = Field("", description="the verbatim text span")
    rule: str = Field(description="name of the rule that produced the value, e.g. 'date.dmy_roman'")
    source: str = Field("ocr", description="ocr | barcode | filename | settings")
    role: str | None = Field(
        None,
        description="the role of the label it was read from: data, determination, curatorial, "
        "donor or barcode (pipelines.fields.roles)",
    )


class FieldCandidate(BaseModel):
    term: str
    value: str
    confidence: float = Field(ge=0.0, le=1.0)
    evidence: Evidence
    flags: list[str] = Field(default_factory=list, description="e.g. 'two_digit_year'")
