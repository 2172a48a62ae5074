"""Flattening text into one CSV / TSV cell.

Every value that leaves the program through occurrence.csv, occurrence.txt or failures.csv passes
through `clean_cell`: line breaks and other control characters inside a cell break naive readers
(and a tab breaks the archive's tab-separated core file), and a lone surrogate cannot be encoded as
UTF-8 at all, which would abort the whole batch at write time.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from models.specimen import LabelText

# C0 and C1 controls (tab, CR, LF, NEL, ...), DEL, and the Unicode line / paragraph separators.
_BREAKS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")
_SURROGATES = re.compile(r"[\ud800-\udfff]")

# verbatimLabel keeps the label's layout visible without line breaks: lines within one label are
# joined with " | ", labels with " || ". A vertical bar is rare on labels, so a curator (or a
# script) can split the cell back into labels and lines; records.jsonl keeps the exact lines anyway.
LINE_SEPARATOR = " | "
LABEL_SEPARATOR = " || "


def clean_cell(value: str) -> str:
    """One line of NFC text: each run of control characters becomes one space; ends are trimmed.

    NFC because GBIF matches and indexes composed text ("á" as one code point); the OCR engine may
    give either form.
    """
    value = _SURROGATES.sub("\ufffd", value)
    value = _BREAKS.sub(" ", value)
    return unicodedata.normalize("NFC", value).strip()


def verbatim_label(label_texts: Iterable[LabelText]) -> str:
    """All OCR text of a record on one line, label by label in reading order."""
    labels = []
    for label in label_texts:
        lines = [clean_cell(line.text) for line in label.lines]
        joined = LINE_SEPARATOR.join(line for line in lines if line)
        if joined:
            labels.append(joined)
    return LABEL_SEPARATOR.join(labels)


# --- spreadsheet formulas (CSV injection) -------------------------------------------------------

# The characters OWASP lists as starting a formula in Excel, LibreOffice and Google Sheets.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# A plain number ("-12.5", "+3") is data, and Darwin Core needs it unchanged (decimalLongitude).
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)")
# Excel's limit on one cell; a longer value is cut when a curator opens the file.
MAX_CELL = 32_767


def is_formula(value: str) -> bool:
    """Whether a spreadsheet would run `value` as a formula (a plain signed number is not one)."""
    return value.startswith(FORMULA_START) and not _NUMBER.fullmatch(value)


def neutral_cell(value: str) -> str:
    """`value` made inert for spreadsheets, as OWASP advises: a formula gets a leading apostrophe.

    Excel and LibreOffice show such a cell as text without the apostrophe; other readers see it, so
    "=cf. Carex" arrives as "'=cf. Carex" (the README says so).
    """
    return "'" + value if is_formula(value) else value


def readable(text: str) -> str:
    """`text` fit for a terminal, a log or a UTF-8 file: the undecodable bytes of a file name (lone
    surrogates, as Python gives them) are shown as \\xNN, the way `ls -b` shows them."""
    return _SURROGATES.sub(_escaped, text)


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else f"\\u{code:04x}"
