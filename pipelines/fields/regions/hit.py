"""A mention of a country or a state printed on a label (`Hit`), and where the mentions are
(`region_spans`: text a locality may leave out)."""

from __future__ import annotations

from dataclasses import dataclass

from pipelines.fields.geo import CountryName
from pipelines.fields.text import Label


@dataclass
class Hit:
    label: Label
    start: int
    end: int
    kind: str  # country | state
    code: str  # country code
    name: str  # canonical name
    abbreviation: bool
    fuzzy: bool = False  # a misread name on a collection header ("LICHENS OF MICHIGAIN")
    # the name may stand for another country than its own: a colony named after it ("Brit.
    # Cameroons"), a US state of the same name ("Georgia") on a label that says nothing else
    judged: bool = False
    # the name of a field-number series ("SINGAPORE FIELD No. 12345", "Sarawak S. 12345")
    series: bool = False
    # what a country's printed name says (historical name, region, language); None for an
    # abbreviation or a state
    entry: CountryName | None = None
    # the name mended from the OCR's slips where no header or key vouches for the place
    # ("ECUAD0R: Napo"): flagged ocr_repaired and unsure_reading, a doubt
    mended: bool = False

    @property
    def text(self) -> str:
        return self.label.text[self.start : self.end]


def region_spans(hits: list[Hit]) -> list[tuple[int, int, int]]:
    """(label position, start, end) of every country and state name: evidence of a locality."""
    return [(h.label.position, h.start, h.end) for h in hits]
