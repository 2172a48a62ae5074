"""occurrence.csv: one IPT-ready Darwin Core row per specimen image that was read.

Columns are exact Simple Darwin Core term names (so the GBIF IPT maps them without help),
occurrenceID first and the rest in TDWG's order. The columns every row has are always present, even
when empty, so a curator's IPT mapping survives a batch in which, say, no catalogue number was
found; the parsed fields add a column when at least one row has a value for them.
"""

from __future__ import annotations

import csv
import logging
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TextIO

from models.config import DatasetMetadata
from models.dwc import Term, official_terms
from models.record import SpecimenRecord
from pipelines.outputs.cells import clean_cell, neutral_cell, verbatim_label
from pipelines.outputs.terms import check_header, ordered_terms

log = logging.getLogger(__name__)

# Columns the writer owns: a parsed field with the same name never overrides them.
_FIXED = frozenset(
    {
        Term.occurrenceID,
        Term.catalogNumber,
        Term.basisOfRecord,
        Term.associatedMedia,
        Term.verbatimLabel,
    }
)


@dataclass(frozen=True)
class OccurrenceTable:
    """The rows of occurrence.csv / occurrence.txt and their header, checked and ordered."""

    columns: tuple[str, ...]
    rows: tuple[dict[str, str], ...]

    def matrix(self) -> list[list[str]]:
        return [[row.get(c, "") for c in self.columns] for row in self.rows]


def occurrence_row(record: SpecimenRecord, dataset: DatasetMetadata) -> dict[str, str]:
    """The Darwin Core values of one record as clean one-line strings; empty values left out.

    Precedence: the record's own identifiers and the dataset settings win over parsed label fields,
    because they were decided on purpose (a decoded barcode, the curator's configuration), except
    that a parsed institutionCode / collectionCode is used when the settings leave them blank.
    """
    row: dict[str, str] = {}
    official = set(official_terms())
    for key, candidate in record.fields.items():
        if key in official and key not in _FIXED:
            row[key] = clean_cell(candidate.value)
        elif key not in official:
            # Project-internal keys (e.g. substrate) stay in records.jsonl; the IPT cannot map them.
            log.debug(
                "%s: field %r is not a Darwin Core term, not in occurrence.csv",
                record.image_id,
                key,
            )
    if dataset.institution_code:
        row[Term.institutionCode] = clean_cell(dataset.institution_code)
    if dataset.collection_code:
        row[Term.collectionCode] = clean_cell(dataset.collection_code)

    catalog = record.catalog_number
    if catalog is None and Term.catalogNumber in record.fields:
        catalog = record.fields[Term.catalogNumber].value
    row[Term.occurrenceID] = clean_cell(record.occurrence_id)
    row[Term.catalogNumber] = clean_cell(catalog or "")
    row[Term.basisOfRecord] = dataset.basis_of_record
    row[Term.associatedMedia] = clean_cell(record.source_image)
    row[Term.verbatimLabel] = verbatim_label(record.label_texts)
    return {key: value for key, value in row.items() if value}


def unique_occurrence_ids(
    records: Sequence[SpecimenRecord],
) -> tuple[list[SpecimenRecord], list[str]]:
    """Copies of the records whose published occurrenceIDs are unique, and what was changed and why.

    Two images with the same ID are most often two photographs of one specimen (front and back, a
    label close-up, a re-shoot). Both rows are kept, because dropping or merging one would silently
    lose a transcription. The image whose id (file stem) sorts first keeps the plain ID: cameras and
    imaging stations number shots in order, and the first shot is usually the main view; the choice
    depends only on the file names, never on the order in which parallel workers finished or on OCR
    results that change between runs. The others get "_<image id>" appended, so a curator sees at
    once which file each row came from and can merge rows before publishing. IDs are compared
    case-insensitively, as the GBIF IPT and dwcahandler do. An empty ID falls back to the image id.
    Failed records are not published and are left alone.
    """
    out = list(records)
    warnings: list[str] = []
    published: dict[int, str] = {}
    for i, record in enumerate(records):
        if record.failed:
            continue
        occurrence_id = clean_cell(record.occurrence_id)
        if not occurrence_id:
            occurrence_id = clean_cell(record.image_id)
            warnings.append(
                f"{record.source_image}: empty occurrenceID, used the image id {occurrence_id!r}"
            )
        published[i] = occurrence_id

    groups: dict[str, list[int]] = defaultdict(list)
    for i, occurrence_id in published.items():
        groups[occurrence_id.casefold()].append(i)
    taken = set(groups)
    for key in sorted(groups):
        members = sorted(
            groups[key], key=lambda i: (records[i].image_id, records[i].source_image, i)
        )
        if len(members) < 2:
            continue
        renamed = []
        for i in members[1:]:
            candidate = base = f"{published[members[0]]}_{clean_cell(records[i].image_id)}"
            n = 2
            while candidate.casefold() in taken:
                candidate, n = f"{base}_{n}", n + 1
            taken.add(candidate.casefold())
            published[i] = candidate
            renamed.append(f"{records[i].source_image} -> {candidate!r}")
        warnings.append(
            f"occurrenceID {published[members[0]]!r} is shared by {len(members)} images; "
            f"kept it for {records[members[0]].source_image}, renamed {'; '.join(renamed)}. "
            "If they show the same specimen, merge these rows before publishing."
        )
    for i, occurrence_id in published.items():
        if occurrence_id != records[i].occurrence_id:
            out[i] = records[i].model_copy(update={"occurrence_id": occurrence_id})
    return out, warnings


def occurrence_table(
    records: Iterable[SpecimenRecord], dataset: DatasetMetadata
) -> OccurrenceTable:
    """Rows for the records that were read (failed ones are in records.jsonl and failures.csv)."""
    rows = tuple(occurrence_row(r, dataset) for r in records if not r.failed)
    present: set[str] = set(_FIXED)
    if dataset.institution_code:
        present.add(Term.institutionCode)
    if dataset.collection_code:
        present.add(Term.collectionCode)
    for row in rows:
        present.update(row)
    columns = ordered_terms(present)
    check_header(columns)
    return OccurrenceTable(columns=columns, rows=rows)


def write_csv(fh: TextIO, header: Sequence[str], rows: Iterable[Sequence[str]]) -> None:
    """RFC 4180: comma, CRLF, fields quoted only when they contain a comma, quote or line break.

    Every cell that a spreadsheet would run as a formula gets a leading apostrophe (`neutral_cell`).
    """
    writer = csv.writer(fh, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([neutral_cell(c) for c in header])
    writer.writerows([neutral_cell(c) for c in row] for row in rows)


def write_occurrence_csv(fh: TextIO, table: OccurrenceTable) -> None:
    check_header(table.columns)  # at write time too: a hand-built table must obey the same rule
    write_csv(fh, table.columns, table.matrix())
