from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import zxingcpp
from PIL import Image, ImageDraw, ImageFont
from pydantic import ValidationError

from models.config import PipelineSettings
from pipelines.barcodes import find_barcodes
from pipelines.load import load_image
from pipelines.ocr import text_pixels
from tests.conftest import FONT, barcode_image


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


@pytest.mark.parametrize("turn", [0, 90, 33])
def test_2d_codes_found_at_any_angle(tmp_path: Path, turn: int) -> None:
    """An insect label's Data Matrix and a QR code, upright, turned a quarter, or askew."""
    page = Image.new("L", (900, 500), 238)
    for x, value, kind in ((60, "NHMUK010123456", "DataMatrix"), (480, "MCZ:ENT:12345", "QRCode")):
        symbol = zxingcpp.create_barcode(value, getattr(zxingcpp.BarcodeFormat, kind))
        image = Image.fromarray(np.asarray(symbol.to_image(scale=6, add_quiet_zones=True)))
        page.paste(image.convert("L").rotate(turn, expand=True, fillcolor=238), (x, 60))
    path = tmp_path / "codes.png"
    page.save(path)
    codes = find_barcodes(load_image(path, max_pixels=10**8))
    assert sorted((c.value, c.format) for c in codes) == [
        ("MCZ:ENT:12345", "QR Code"),
        ("NHMUK010123456", "Data Matrix"),
    ]


def test_other_symbologies_are_read_when_asked_for(tmp_path: Path) -> None:
    symbol = zxingcpp.create_barcode("LSH00012345", zxingcpp.BarcodeFormat.PDF417)
    page = Image.new("L", (900, 500), 238)
    page.paste(
        Image.fromarray(np.asarray(symbol.to_image(scale=3, add_quiet_zones=True))), (60, 60)
    )
    path = tmp_path / "pdf417.png"
    page.save(path)
    image = load_image(path, max_pixels=10**8)
    assert find_barcodes(image) == []  # not a symbology specimen labels carry by default
    names = f"{PipelineSettings().barcode_formats},PDF417"
    assert [(c.value, c.format) for c in find_barcodes(image, names)] == [("LSH00012345", "PDF417")]


def test_light_on_dark_codes_are_read_when_asked_for(tmp_path: Path) -> None:
    symbol = zxingcpp.create_barcode("NHMUK010123456", zxingcpp.BarcodeFormat.DataMatrix)
    bitmap = np.asarray(symbol.to_image(scale=6, add_quiet_zones=True))
    page = Image.new("L", (500, 400), 30)
    page.paste(Image.fromarray(255 - bitmap), (60, 60))
    path = tmp_path / "inverted.png"
    page.save(path)
    image = load_image(path, max_pixels=10**8)
    assert find_barcodes(image) == []  # labels print their codes dark on light
    found = find_barcodes(image, light_on_dark=True)
    assert [(c.value, c.format) for c in found] == [("NHMUK010123456", "Data Matrix")]


def test_unknown_barcode_formats_are_refused_at_start_up() -> None:
    with pytest.raises(ValidationError, match="barcode formats"):
        PipelineSettings(barcode_formats="AllLinear,QRcodes")


def test_no_barcode(tmp_path: Path) -> None:
    path = tmp_path / "blank.png"
    Image.fromarray(np.full((300, 400), 240, np.uint8)).save(path)
    assert find_barcodes(load_image(path, max_pixels=10**8)) == []


def _worn_code_under_a_caption(turn: int) -> Image.Image:
    """A tall Code 128 whose worn upper and lower thirds the decoder cannot read, with a caption
    printed just above it (as the institution's name on a herbarium barcode label)."""
    rng = np.random.default_rng(3)
    code = barcode_image("LSH00012345", scale=3)
    bars = np.asarray(code.crop((0, 20, code.width, code.height - 20)).resize((code.width, 240)))
    bars = bars[..., 0].copy()
    for band in (bars[:70], bars[170:]):
        worn = (rng.random(band.shape) < 0.5) & (band < 100)
        band[worn] = rng.integers(120, 170, size=int(worn.sum()))
        dusty = (rng.random(band.shape) < 0.3) & (band > 200)
        band[dusty] = rng.integers(150, 175, size=int(dusty.sum()))
    page = Image.new("L", (700, 500), 238)
    ImageDraw.Draw(page).text(
        (70, 60), "NEW YORK BOTANICAL GARDEN", font=ImageFont.truetype(str(FONT), 22), fill=20
    )
    page.paste(Image.fromarray(bars), (60, 92))
    return page.rotate(turn, expand=True)


@pytest.mark.parametrize("turn", [0, 90])
def test_bars_beyond_the_decoded_rows_are_painted_and_the_caption_kept(
    tmp_path: Path, turn: int
) -> None:
    path = tmp_path / "code.png"
    _worn_code_under_a_caption(turn).save(path)
    image = load_image(path, max_pixels=10**8)
    codes = find_barcodes(image)
    assert [c.value for c in codes] == ["LSH00012345"]
    gray = text_pixels(image, codes)
    upright = np.rot90(gray, k=-turn // 90) if turn else gray
    original = np.rot90(image.gray, k=-turn // 90) if turn else image.gray
    # the decoder saw only the middle rows, yet no bar is left anywhere along the code
    reported = codes[0].box
    assert (reported.w if turn else reported.h) < 150
    assert upright[92:332, 90:460].min() >= 100
    # and the caption just above the bars is untouched
    assert np.array_equal(upright[55:88], original[55:88])
    assert upright[55:88].min() < 60
