"""Stage 6: key the record by the specimen's identifier and attach the image-level fields."""

from __future__ import annotations

import re
from pathlib import Path

from models.dwc import Term
from models.fields import Evidence, FieldCandidate
from models.record import IdSource
from models.specimen import Barcode

# Formats that carry catalogue numbers on specimen sheets; QR codes often hold URLs instead.
_LINEAR_FIRST = ("Code 39", "Code 128", "Code 93", "Codabar", "ITF", "DataMatrix")


def _barcode_rank(code: Barcode) -> tuple[int, int, int]:
    digits = sum(ch.isdigit() for ch in code.value)
    is_url = code.value.lower().startswith(("http://", "https://"))
    return (0 if is_url else 1, 1 if code.format in _LINEAR_FIRST else 0, digits)


def specimen_id(
    path: Path, barcodes: list[Barcode], pattern: str | None
) -> tuple[str | None, IdSource, FieldCandidate | None]:
    """The catalogue number and where it came from: the barcode, else the file name pattern.

    Returns (catalog_number, id_source, catalogNumber candidate); with neither, the file stem keys
    the record and no catalogue number is claimed.
    """
    if barcodes:
        code = max(barcodes, key=_barcode_rank)
        candidate = FieldCandidate(
            term=Term.catalogNumber.value,
            value=code.value,
            confidence=0.99,
            evidence=Evidence(
                text=code.value,
                rule=f"barcode.{code.format.replace(' ', '').lower()}",
                source="barcode",
            ),
        )
        return code.value, "barcode", candidate
    if pattern:
        match = re.search(pattern, path.name)
        if match:
            value = match.group(1) if match.groups() else match.group(0)
            if value:
                candidate = FieldCandidate(
                    term=Term.catalogNumber.value,
                    value=value,
                    confidence=0.9,
                    evidence=Evidence(text=path.name, rule="filename.pattern", source="filename"),
                )
                return value, "filename_pattern", candidate
    return None, "file_stem", None


def occurrence_id(
    catalog_number: str | None, stem: str, *, institution: str, collection: str
) -> str:
    """A stable occurrenceID: urn:catalog:INST:COLL:NUMBER when the institution is configured (the
    form Darwin Core suggests), else the catalogue number itself, else the file stem."""
    key = catalog_number or stem
    if institution:
        return f"urn:catalog:{institution}:{collection}:{key}"
    return key
