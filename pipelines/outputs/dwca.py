"""dwca.zip: a Darwin Core Archive (meta.xml, eml.xml, occurrence.txt and, when a record has an
identification history, the Identification extension's identification.txt) that the GBIF IPT and
GBIF's validator accept as is.

occurrence.txt has the same rows and columns as occurrence.csv, tab-separated. Cells never contain
tabs or line breaks (`clean_cell` removed them), but they may start with a quote, which some readers
(pandas, and so dwcahandler) would take as an enclosure; so fields are enclosed by '"' when needed
and meta.xml says so, which every archive reader honours. A cell a spreadsheet would run as a
formula starts with an apostrophe, as in occurrence.csv (`cells.neutral_cell`).
"""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET
import zipfile
from datetime import date
from typing import BinaryIO

from models.config import DatasetMetadata
from models.dwc import Term
from models.errors import InvalidOutputError
from pipelines.outputs.cells import neutral_cell
from pipelines.outputs.eml import check_xml, eml_xml
from pipelines.outputs.identification import (
    IDENTIFICATION_FILE,
    IDENTIFICATION_ROW_TYPE,
    IdentificationTable,
    identification_txt,
)
from pipelines.outputs.occurrence import OccurrenceTable
from pipelines.outputs.terms import OCCURRENCE_ROW_TYPE, check_header, term_uri

CORE_FILE = "occurrence.txt"
META_FILE = "meta.xml"
EML_FILE = "eml.xml"


def _file(parent: ET.Element, tag: str, row_type: str, location: str) -> ET.Element:
    element = ET.SubElement(
        parent,
        tag,
        {
            "encoding": "UTF-8",
            # Backslash escapes are the meta.xml convention for these two attributes.
            "fieldsTerminatedBy": "\\t",
            "linesTerminatedBy": "\\n",
            "fieldsEnclosedBy": '"',
            "ignoreHeaderLines": "1",
            "rowType": row_type,
        },
    )
    ET.SubElement(ET.SubElement(element, "files"), "location").text = location
    return element


def meta_xml(columns: tuple[str, ...], extension: tuple[str, ...] = ()) -> bytes:
    """meta.xml for the core's `columns` and, when given, the Identification extension's
    `extension` columns (after its coreid column 0)."""
    check_header(columns)
    if not columns or columns[0] != Term.occurrenceID:
        raise InvalidOutputError("the archive's first column must be occurrenceID (its id column)")
    root = ET.Element("archive", {"xmlns": "http://rs.tdwg.org/dwc/text/", "metadata": EML_FILE})
    core = _file(root, "core", OCCURRENCE_ROW_TYPE, CORE_FILE)
    ET.SubElement(core, "id", {"index": "0"})
    for index, column in enumerate(columns):
        ET.SubElement(core, "field", {"index": str(index), "term": term_uri(column)})
    if extension:
        check_header(extension)
        ext = _file(root, "extension", IDENTIFICATION_ROW_TYPE, IDENTIFICATION_FILE)
        ET.SubElement(ext, "coreid", {"index": "0"})
        for index, column in enumerate(extension, start=1):
            ET.SubElement(ext, "field", {"index": str(index), "term": term_uri(column)})
    ET.indent(root)
    data: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    check_xml(data, META_FILE)
    return data


def occurrence_txt(table: OccurrenceTable) -> bytes:
    check_header(table.columns)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(table.columns)
    writer.writerows([neutral_cell(c) for c in row] for row in table.matrix())
    return buffer.getvalue().encode("utf-8")


def check_unique_ids(table: OccurrenceTable) -> None:
    """The IPT refuses an archive whose ids repeat (case-insensitively); fail here instead."""
    seen: set[str] = set()
    for row in table.rows:
        key = row.get(Term.occurrenceID, "").casefold()
        if not key:
            raise InvalidOutputError("a row of the archive has no occurrenceID")
        if key in seen:
            raise InvalidOutputError(f"occurrenceID {row[Term.occurrenceID]!r} is used twice")
        seen.add(key)


def write_dwca(
    fh: BinaryIO,
    table: OccurrenceTable,
    dataset: DatasetMetadata,
    pub_date: date,
    identifications: IdentificationTable | None = None,
) -> None:
    check_unique_ids(table)
    extension = identifications.columns if identifications and identifications.rows else ()
    members = {
        META_FILE: meta_xml(table.columns, extension),
        EML_FILE: eml_xml(dataset, pub_date),
        CORE_FILE: occurrence_txt(table),
    }
    if identifications is not None and extension:
        core_ids = {row.get(Term.occurrenceID, "") for row in table.rows}
        stray = [r for r in identifications.rows if r.get(Term.occurrenceID, "") not in core_ids]
        if stray:
            raise InvalidOutputError(
                f"identification {stray[0].get(Term.identificationID, '')!r} links to no core row"
            )
        members[IDENTIFICATION_FILE] = identification_txt(identifications)
    # A fixed timestamp (the publication date) makes the zip byte-identical for identical input, so
    # a re-run that changed nothing does not look like a new version.
    stamp = (pub_date.year, pub_date.month, pub_date.day, 0, 0, 0)
    with zipfile.ZipFile(fh, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
