"""Stage 6: key the record by the specimen's identifier and attach the image-level fields."""

from __future__ import annotations

import re
from pathlib import Path

from models.dwc import Term
from models.fields import Evidence, FieldCandidate
from models.record import IdSource
from models.specimen import Barcode
from pipelines.fields.catalog import split_catalog_number
from pipelines.printed_numbers import FLAG as PRINTED_FLAG

# Formats that carry catalogue numbers on specimen sheets; QR codes often hold URLs instead.
_LINEAR_FIRST = ("Code 39", "Code 128", "Code 93", "Codabar", "ITF", "DataMatrix")
# A decoded barcode whose institution's number printed on the labels differs: no longer high.
_MISMATCH = 0.85


def _barcode_rank(code: Barcode) -> tuple[int, int, int, float, int]:
    digits = sum(ch.isdigit() for ch in code.value)
    is_url = code.value.lower().startswith(("http://", "https://"))
    decoded = PRINTED_FLAG not in code.flags
    linear = code.format in _LINEAR_FIRST
    return (int(decoded), 0 if is_url else 1, int(linear), code.confidence, digits)


def specimen_id(
    path: Path, barcodes: list[Barcode], pattern: str | None
) -> tuple[str | None, IdSource, FieldCandidate | None]:
    """The catalogue number and where it came from: a decoded barcode, else the file name
    pattern, else the number printed beside bars that did not decode (read by OCR).

    Returns (catalog_number, id_source, catalogNumber candidate); with none, the file stem keys
    the record and no catalogue number is claimed.
    """
    code = max(barcodes, key=_barcode_rank) if barcodes else None
    if code is not None and PRINTED_FLAG not in code.flags:
        candidate = FieldCandidate(
            term=Term.catalogNumber.value,
            value=code.value,
            confidence=min(0.99, code.confidence),
            evidence=Evidence(
                text=code.value,
                rule=f"barcode.{code.format.replace(' ', '').lower()}",
                source="barcode",
            ),
            flags=list(code.flags),
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
    if code is not None:
        candidate = FieldCandidate(
            term=Term.catalogNumber.value,
            value=code.value,
            confidence=code.confidence,
            evidence=Evidence(text=code.value, rule="barcode.printed_number", source="barcode"),
            flags=list(code.flags),
        )
        return code.value, "barcode_text", candidate
    return None, "file_stem", None


def check_printed(barcode: FieldCandidate, printed: FieldCandidate | None) -> FieldCandidate:
    """The decoded barcode's catalogNumber, checked against the number printed on the labels.

    The same number (leading zeros aside) printed on a label: the evidence's rule says so
    ("barcode.code128+printed"). Another number printed under the same institution's code (a second
    specimen on the sheet, a sticker from another sheet): flagged `barcode_text_mismatch`, and the
    confidence drops below the high band so that a curator looks. A number of another institution,
    or a bare number, says nothing about the barcode.
    """
    if printed is None or printed.evidence.source != "ocr":
        return barcode
    code, digits = split_catalog_number(barcode.value)
    printed_code, printed_digits = split_catalog_number(printed.value)
    if not digits.strip("0") or not printed_digits.strip("0"):
        return barcode
    if code and printed_code and code != printed_code:
        return barcode
    if digits.lstrip("0") == printed_digits.lstrip("0"):
        rule = f"{barcode.evidence.rule}+printed"
        return barcode.model_copy(
            update={"evidence": barcode.evidence.model_copy(update={"rule": rule})}
        )
    if code is None or code != printed_code:
        return barcode
    return barcode.model_copy(
        update={
            "confidence": min(barcode.confidence, _MISMATCH),
            "flags": [*barcode.flags, "barcode_text_mismatch"],
        }
    )


def same_number(a: str, b: str) -> bool:
    """Whether two catalogue numbers are the same but for spacing, punctuation and case."""
    return re.sub(r"[\W_]", "", a).upper() == re.sub(r"[\W_]", "", b).upper()


def occurrence_id(
    catalog_number: str | None, stem: str, *, institution: str, collection: str
) -> str:
    """A stable occurrenceID: urn:catalog:INST:COLL:NUMBER when the institution is configured (the
    form Darwin Core suggests), else the catalogue number itself, else the file stem."""
    key = catalog_number or stem
    if institution:
        return f"urn:catalog:{institution}:{collection}:{key}"
    return key
