from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image

from pipelines.barcodes import find_barcodes
from pipelines.load import load_image
from tests.conftest import barcode_image


def test_code128_found_with_its_box(sheet_path: Path) -> None:
    codes = find_barcodes(load_image(sheet_path, max_pixels=10**8))
    assert [(c.value, c.format) for c in codes] == [("LSH00012345", "Code 128")]
    box = codes[0].box
    # pasted at (150, 2300); the box covers the bars, inside the quiet zone
    assert 150 <= box.x < 200 and 2300 <= box.y < 2330
    assert box.w > 200


def test_small_barcode_on_large_rotated_sheet(tmp_path: Path) -> None:
    """A 3744x5616 scan with a small barcode turned 90 degrees, as on many sheets."""
    sheet = Image.new("L", (3744, 5616), 235)
    code = barcode_image("NY01234567", scale=2).convert("L").rotate(90, expand=True)
    sheet.paste(code, (3300, 4000))
    path = tmp_path / "big.png"
    sheet.save(path)
    codes = find_barcodes(load_image(path, max_pixels=10**8))
    assert [c.value for c in codes] == ["NY01234567"]
    # the box is mapped back from the turned reading: tall and narrow, where the code was pasted
    box = codes[0].box
    assert 3300 <= box.x < 3340 and 4000 <= box.y < 4040
    assert box.h > 2 * box.w
    assert box.x2 <= 3300 + code.width and box.y2 <= 4000 + code.height


def test_no_barcode(tmp_path: Path) -> None:
    path = tmp_path / "blank.png"
    Image.fromarray(np.full((300, 400), 240, np.uint8)).save(path)
    assert find_barcodes(load_image(path, max_pixels=10**8)) == []
