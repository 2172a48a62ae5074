"""A whole herbarium sheet, as a collection's web viewer serves it, through the real pipeline.

An institution that prints its Code 39 value ("V0123456F": a letter, seven digits, "F") under the
bars, a typed data label, a determination slip and an accession stamp with a number of its own,
on a 3000x4200 scan shrunk to 1,000-1,200 pixels across: the bars are under a pixel, the typed
capitals 7-8 pixels tall. Real detector, real Tesseract, real second recogniser. All names,
places and numbers are invented.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

from models.config import PipelineSettings
from models.geometry import Box
from models.record import SpecimenRecord
from models.specimen import TextLineBox
from pipelines.barcodes import find_barcodes
from pipelines.fields import parse_labels
from pipelines.load import load_image
from pipelines.printed_numbers import FLAG as PRINTED
from pipelines.printed_numbers import PrintedNumbers
from pipelines.process import process_image
from pipelines.segment import _usual_thickness
from tests.pipelines.barcode_sheets import PACKET_LABEL, museum_sheet, web_copy


def _run(tmp_path: Path, width: int, **sheet: Any) -> SpecimenRecord:
    path = tmp_path / "sheet.jpg"
    web_copy(museum_sheet(**sheet), width).convert("RGB").save(path, quality=85)
    return process_image(path, PipelineSettings(save_crops=False))


def _values(record: SpecimenRecord) -> dict[str, str]:
    return {term: c.value for term, c in record.fields.items()}


@pytest.mark.parametrize("width", [1200, 1000])
def test_a_web_size_sheet_gives_what_a_curator_needs(tmp_path: Path, width: int) -> None:
    record = _run(tmp_path, width)
    values = _values(record)
    assert (record.catalog_number, values["catalogNumber"]) == ("V0123456F", "V0123456F")
    assert {t: values.get(t) for t in ("recordedBy", "recordNumber", "eventDate", "country")} == {
        "recordedBy": "K. Muster",
        "recordNumber": "1234",
        "eventDate": "1931-06-12",
        "country": "PERU",
    }
    assert values["scientificName"] == "Exampla vulgaris"
    assert values["verbatimLocality"] == (
        "Dept. Example: Prov. Sample, 12 km N of\nSampleton, 2500 m"
    )
    # the accession stamp's number is read, and is not the catalogue number
    assert any("1234567" in t.text for t in record.label_texts)
    assert "1234567" not in values["catalogNumber"]
    # nor does it become one when the barcode label is lost
    others = [t for t in record.label_texts if "V0123456F" not in t.text]
    assert "catalogNumber" not in parse_labels(others).fields


def test_a_cryptogam_packet(tmp_path: Path) -> None:
    record = _run(tmp_path, 1000, value="C0123456F", lines=PACKET_LABEL, packet=True)
    values = _values(record)
    assert record.catalog_number == "C0123456F"
    assert {t: values.get(t) for t in ("recordedBy", "recordNumber", "eventDate", "country")} == {
        "recordedBy": "J. Beispiel",
        "recordNumber": "567",
        "eventDate": "1940-05-03",
        "country": "Peru",
    }


def test_the_number_under_the_bars_needs_both_recognisers_at_1000_pixels(
    tmp_path: Path,
) -> None:
    """On the 1,000-pixel copy Tesseract reads the number right but unsure (0.4-0.5); the
    second recogniser reading the same is what makes it the catalogue number."""
    path = tmp_path / "sheet.jpg"
    web_copy(museum_sheet(), 1000).convert("RGB").save(path, quality=85)
    image = load_image(path, max_pixels=10**8)
    both = find_barcodes(image, printed=PrintedNumbers())
    assert [(c.value, c.flags) for c in both] == [("V0123456F", [PRINTED])]
    assert find_barcodes(image, printed=PrintedNumbers(second_recogniser=False)) == []


def _line(thickness: float, length: float) -> TextLineBox:
    box = Box(x=0, y=0, w=round(length), h=round(thickness))
    return TextLineBox(
        box=box,
        cx=length / 2,
        cy=thickness / 2,
        length=length,
        thickness=thickness,
        angle=0.0,
        score=0.8,
    )


def test_a_plants_blobs_do_not_outvote_the_labels_lines() -> None:
    labels = [_line(t, 6 * t) for t in (12.0, 13.0, 14.0, 15.0)]
    leaves = [_line(t, 1.3 * t) for t in np.linspace(80, 280, 12)]
    assert _usual_thickness([*labels, *leaves]) == 13.5
    # where the labels' lines are most, or no line is shaped like text: the median of all
    many = [_line(t, 6 * t) for t in (12.0, 13.0, 14.0, 15.0, 16.0, 18.0, 20.0)]
    assert _usual_thickness([*many, *leaves[:3]]) == 17.0
    assert _usual_thickness(leaves[:3]) == float(np.median([ln.thickness for ln in leaves[:3]]))
