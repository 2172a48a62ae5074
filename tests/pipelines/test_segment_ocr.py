"""Segmentation and OCR with the real Tesseract on generated sheets."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.geometry import Box
from pipelines.barcodes import find_barcodes
from pipelines.load import load_image
from pipelines.ocr import OcrOptions, read_label, text_pixels
from pipelines.segment import segment_labels
from tests.conftest import LABEL_LINES, make_sheet, render_label

OPTIONS = OcrOptions(langs="eng", timeout=60)


def _label_box(sheet_w: int, sheet_h: int, label_w: int, label_h: int) -> Box:
    return Box(x=sheet_w - label_w - 60, y=sheet_h - label_h - 60, w=label_w, h=label_h)


def _covered(outer: Box, inner: Box) -> float:
    return outer.intersection_area(inner) / inner.area


@pytest.mark.parametrize("rotation", [0, 90, 270])
def test_label_found_and_read_upright(tmp_path: Path, rotation: int) -> None:
    sheet = make_sheet(rotate_label=rotation)
    path = tmp_path / f"sheet{rotation}.jpg"
    sheet.save(path, quality=92)
    image = load_image(path, max_pixels=10**8)
    regions = segment_labels(image, max_labels=12, barcodes=find_barcodes(image))
    texts = [read_label(image.gray, r, OPTIONS) for r in regions]
    joined = "\n".join(t.text for t in texts)
    assert "Quercus emoryi Torr." in joined
    assert "12 July 1951" in joined
    assert "Coll. J. Smith 1234" in joined
    best = max(zip(regions, texts, strict=True), key=lambda rt: "Quercus" in rt[1].text)
    assert best[1].rotation == rotation
    assert best[0].vertical is (rotation in (90, 270))
    # the region holding the name lies inside the pasted label
    label = render_label(LABEL_LINES)
    w, h = (label.height, label.width) if rotation else (label.width, label.height)
    assert _covered(_label_box(sheet.width, sheet.height, w, h), best[0].box) > 0.9


def test_word_boxes_map_back_to_the_image(tmp_path: Path) -> None:
    path = tmp_path / "sheet.jpg"
    make_sheet(rotate_label=90).save(path, quality=92)
    image = load_image(path, max_pixels=10**8)
    regions = segment_labels(image, max_labels=12, barcodes=find_barcodes(image))
    for region in regions:
        text = read_label(image.gray, region, OPTIONS)
        for line in text.lines:
            for word in line.words:
                # every word lies inside its region (a few pixels of slack for Tesseract's boxes)
                assert _covered(region.box, word.box) > 0.9, (word.text, word.box, region.box)
                if text.rotation == 90:
                    assert word.box.h > word.box.w or len(word.text) < 3


def test_barcode_not_taken_for_a_label(sheet_path: Path) -> None:
    image = load_image(sheet_path, max_pixels=10**8)
    codes = find_barcodes(image)
    regions = segment_labels(image, max_labels=12, barcodes=codes)
    assert all(r.box.intersection_area(codes[0].box) == 0 for r in regions)


def test_confidences_are_normalised(sheet_path: Path) -> None:
    image = load_image(sheet_path, max_pixels=10**8)
    for region in segment_labels(image, max_labels=12):
        text = read_label(image.gray, region, OPTIONS)
        assert 0.0 <= text.confidence <= 1.0
        for line in text.lines:
            assert 0.0 <= line.confidence <= 1.0
            assert all(0.0 <= w.confidence <= 1.0 for w in line.words)


def test_barcodes_are_blanked_before_reading(sheet_path: Path) -> None:
    image = load_image(sheet_path, max_pixels=10**8)
    codes = find_barcodes(image)
    gray = text_pixels(image, codes)
    b = codes[0].box
    assert gray[b.y : b.y2, b.x : b.x2].std() == 0
    assert gray[b.y : b.y2, b.x : b.x2].min() > 200  # paper colour, not ink
    assert image.gray[b.y : b.y2, b.x : b.x2].min() < 60  # the image itself is untouched
