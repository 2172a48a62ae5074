"""identification.txt: the archive's Identification extension, every determination of every record.

One row per identification (a record's history, oldest first), linked to its occurrence by the
core's id (the published occurrenceID, column 0, `coreid` in meta.xml), with the Darwin Core terms
of GBIF's Identification History extension (rowType http://rs.tdwg.org/dwc/terms/Identification):
identificationID (the occurrenceID and the identification's number), scientificName and its
authorship, rank and qualifier, identifiedBy, dateIdentified, identificationRemarks, typeStatus,
identificationVerificationStatus ("current", "superseded", "confirmation") and
isAcceptedIdentification (true for the current one). The current one is also the core row's
identification, as the extension asks. The columns are always the same, so an IPT mapping made
once holds for every batch.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass

from models.dwc import IDENTIFICATION_TERMS, Term
from models.record import SpecimenRecord
from pipelines.outputs.cells import clean_cell, neutral_cell
from pipelines.outputs.terms import DWC_NS, check_header

IDENTIFICATION_ROW_TYPE = f"{DWC_NS}Identification"
IDENTIFICATION_FILE = "identification.txt"
# column 0 is the core's id (coreid): its header names what it holds, no term is mapped to it
CORE_ID = Term.occurrenceID.value
IDENTIFICATION_COLUMNS: tuple[str, ...] = (
    Term.identificationID.value,
    *IDENTIFICATION_TERMS,
    Term.isAcceptedIdentification.value,
)


@dataclass(frozen=True)
class IdentificationTable:
    """The rows of identification.txt: (core id, {term: value}) in record order."""

    rows: tuple[dict[str, str], ...]
    columns: tuple[str, ...] = IDENTIFICATION_COLUMNS

    def matrix(self) -> list[list[str]]:
        return [
            [row.get(CORE_ID, "")] + [row.get(c, "") for c in self.columns] for row in self.rows
        ]


def identification_id(occurrence_id: str, number: int) -> str:
    """A record's n-th identification (1 = the oldest): stable for the same sheet."""
    return f"{occurrence_id}:identification:{number}"


def identification_table(records: Iterable[SpecimenRecord]) -> IdentificationTable:
    """The histories of the records that were read, under their published occurrenceIDs (the
    records as `unique_occurrence_ids` returned them)."""
    rows = []
    for record in records:
        if record.failed:
            continue
        core_id = clean_cell(record.occurrence_id) or clean_cell(record.image_id)
        for number, ident in enumerate(record.identifications, start=1):
            row = {t: clean_cell(ident.value(t)) for t in IDENTIFICATION_COLUMNS}
            row[CORE_ID] = core_id
            row[Term.identificationID.value] = identification_id(core_id, number)
            row[Term.isAcceptedIdentification.value] = "true" if ident.current else "false"
            rows.append({k: v for k, v in row.items() if v})
    return IdentificationTable(rows=tuple(rows))


def identification_txt(table: IdentificationTable) -> bytes:
    """Tab-separated, a header line, fields enclosed by '"' when needed (as occurrence.txt)."""
    check_header(table.columns)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([CORE_ID, *table.columns])
    writer.writerows([neutral_cell(c) for c in row] for row in table.matrix())
    return buffer.getvalue().encode("utf-8")
