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
    rivals: int = Field(
        0,
        ge=0,
        description="how many other values the parsers proposed for the term, nearly as sure",
    )


class FieldCandidate(BaseModel):
    term: str
    value: str
    confidence: float = Field(ge=0.0, le=1.0)
    evidence: Evidence
    flags: list[str] = Field(default_factory=list, description="e.g. 'two_digit_year'")


# identificationVerificationStatus of an identification in a record's history (see Identification)
CURRENT = "current"  # the specimen's current identification: the core's scientificName
SUPERSEDED = "superseded"  # an older determination, replaced by a later one
CONFIRMATION = "confirmation"  # a "conf." of another determination, not itself the current one


class Identification(BaseModel):
    """One determination of the specimen: a determination or annotation slip, a type label, the
    data label's own name. Its Darwin Core terms of the Identification class (scientificName,
    scientificNameAuthorship, taxonRank, identifiedBy, dateIdentified, identificationQualifier,
    identificationRemarks, typeStatus, identificationVerificationStatus), each a candidate with
    its confidence and evidence like every field of the record."""

    fields: dict[str, FieldCandidate] = Field(default_factory=dict)

    def value(self, term: str) -> str:
        found = self.fields.get(term)
        return found.value if found is not None else ""

    @property
    def current(self) -> bool:
        """Whether this is the specimen's current identification (identificationVerificationStatus)."""
        return self.value("identificationVerificationStatus") == CURRENT
