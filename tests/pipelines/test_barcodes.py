from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import zxingcpp
from PIL import Image, ImageDraw, ImageFont
from pydantic import ValidationError

from models.config import PipelineSettings
from models.fields import Evidence, FieldCandidate
from models.geometry import Box
from models.specimen import Barcode
from pipelines.bar_regions import find_bar_regions
from pipelines.barcodes import (
    AGREED_CONFIDENCE,
    DEFAULT_FORMATS,
    UPSCALED_CONFIDENCE,
    find_barcodes,
)
from pipelines.engines import zxing
from pipelines.load import LoadedImage, load_image
from pipelines.ocr import text_pixels
from pipelines.printed_numbers import FLAG as PRINTED
from pipelines.printed_numbers import as_catalogue_number
from pipelines.process import build_record
from pipelines.record import specimen_id
from tests.conftest import FONT, barcode_image
from tests.pipelines.barcode_sheets import SANS, barcode_label, sheet_with, web_copy


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


# --- bars too fine to decode at the image's scale (web-size copies of sheets) ------------------

CODE = "LS0012345"  # invented


def _web_copy_of(tmp_path: Path, label: Image.Image, width: int | None) -> LoadedImage:
    sheet = sheet_with(label)
    if width is not None:
        sheet = web_copy(sheet, width)
    path = tmp_path / "sheet.jpg"
    sheet.convert("RGB").save(path, quality=85)
    return load_image(path, max_pixels=10**8)


@pytest.mark.parametrize(("fmt", "name"), [("Code39", "Code 39"), ("Code128", "Code 128")])
@pytest.mark.parametrize("turn", [0, 90])
def test_bars_too_fine_for_the_image_decode_from_an_enlarged_crop(
    tmp_path: Path, fmt: str, name: str, turn: int
) -> None:
    """A 3000x4200 sheet shrunk to 1000 pixels across: the narrowest bars are 1.3 pixels."""
    label = barcode_label(CODE, fmt, module=4).rotate(turn, expand=True)
    image = _web_copy_of(tmp_path, label, 1000)
    assert zxing.read(image.gray, DEFAULT_FORMATS) == []  # the whole image does not decode
    codes = find_barcodes(image)
    assert [(c.value, c.format, c.flags) for c in codes] == [(CODE, name, ["upscaled"])]
    assert codes[0].confidence in (UPSCALED_CONFIDENCE, AGREED_CONFIDENCE)
    # mapped back onto the image: within the label, pasted at (300, 3300) before the shrinking
    box, scale = codes[0].box, 1000 / 3000
    assert 300 * scale <= box.x and box.x2 <= (300 + label.width) * scale + 1
    assert 3300 * scale <= box.y and box.y2 <= (3300 + label.height) * scale + 1
    long_side, short_side = (box.w, box.h) if turn == 0 else (box.h, box.w)
    assert long_side > 2 * short_side


@pytest.mark.parametrize("turn", [0, 90, 180, 270])
def test_number_printed_under_bars_too_fine_to_decode_is_read(tmp_path: Path, turn: int) -> None:
    """Bars of 3 pixels on the sheet, a pixel on the copy: no decoding; the number under them is
    large enough to read, whichever way up the label is."""
    label = barcode_label(CODE, "Code39", module=3).rotate(turn, expand=True)
    image = _web_copy_of(tmp_path, label, 1000)
    codes = find_barcodes(image)
    assert [(c.value, c.format, c.flags) for c in codes] == [(CODE, "linear", [PRINTED])]
    assert 0.5 <= codes[0].confidence <= 0.85
    assert codes[0].orientation == (0 if turn % 180 == 0 else 90)


@pytest.mark.parametrize("width", [None, 1000])
def test_number_printed_under_bars_that_are_no_code_is_read(
    tmp_path: Path, width: int | None
) -> None:
    """Bars that decode as nothing (damaged, misprinted), on the full scan and on a copy."""
    image = _web_copy_of(tmp_path, barcode_label(CODE, no_code=True), width)
    assert [(c.value, c.flags) for c in find_barcodes(image)] == [(CODE, [PRINTED])]
    assert find_barcodes(image, printed=None) == []  # only when asked to read it


def test_printed_numbers_are_not_read_when_a_code_decoded(tmp_path: Path) -> None:
    sheet = sheet_with(barcode_label(CODE, no_code=True))
    sheet.paste(barcode_label("LS0099999", "Code128", module=4), (1800, 300))
    path = tmp_path / "two.png"
    sheet.save(path)
    codes = find_barcodes(load_image(path, max_pixels=10**8))
    assert [(c.value, c.format, c.flags) for c in codes] == [("LS0099999", "Code 128", [])]


def test_text_rulers_and_targets_are_not_bars() -> None:
    """Upright strokes that are no code: words of m, n, i, bold condensed capitals, a ruler's
    ticks, a resolution target's even bars; at full size and shrunk."""
    page = Image.new("L", (3000, 2000), 236)
    draw = ImageDraw.Draw(page)
    bold = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf", 110)
    draw.text((100, 100), "HERBARIUM OF THE EXAMPLE INSTITUTE", font=bold, fill=25)
    draw.text((100, 300), "MILLIMETRE HILL IIIII", font=bold, fill=25)
    body = ImageFont.truetype(SANS, 40)
    for i in range(8):
        line = "Herba exempli L. var. minima, leg. K. Muster 1234, 12 VII 1951"
        draw.text((100, 500 + 55 * i), line, font=body, fill=30)
    for i in range(60):  # a ruler: a tick every 12 pixels, a longer one every fifth
        draw.rectangle(
            [200 + 12 * i, 1200, 202 + 12 * i, 1200 + (60 if i % 5 == 0 else 35)], fill=20
        )
    for i in range(12):  # a resolution target
        draw.rectangle([1500 + 16 * i, 1200, 1507 + 16 * i, 1300], fill=20)
    for scale in (1.0, 0.5, 0.33):
        shrunk = page.resize((int(3000 * scale), int(2000 * scale)), Image.Resampling.LANCZOS)
        assert find_bar_regions(np.asarray(shrunk)) == [], scale


def test_bar_regions_are_where_the_bars_are(tmp_path: Path) -> None:
    image = _web_copy_of(tmp_path, barcode_label(CODE, no_code=True), None)
    regions = find_bar_regions(image.gray)
    assert len(regions) == 1 and regions[0].vertical
    # the random bars: 20 pixels into the label, 40 pixels of quiet zone, 40 below its caption
    box = regions[0].box
    assert abs(box.x - 360) <= 16 and abs(box.y - 3340) <= 8
    assert abs(box.h - 110) <= 8 and 500 <= box.w <= 600


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("00012345", "00012345"),
        ("NY 01234567", "NY 01234567"),
        ("BM000123456", "BM000123456"),
        ("L.1234567", "L.1234567"),
        ("ABC-L-0012345", "ABC-L-0012345"),
        ("512,347", "512,347"),
        ("01234567A", "01234567A"),
        ("0001O345", "00010345"),  # a letter O among the digits
        ("~ 01234567 .", "01234567"),  # marks from the bars' ends and the label's edge
    ],
)
def test_printed_catalogue_numbers(text: str, value: str) -> None:
    assert as_catalogue_number(text) == value


@pytest.mark.parametrize(
    "text",
    [
        "INSTITUTE OF EXAMPLE BOTANY",
        "1951-07-12",
        "12.07.1951",
        "12",
        "HERB 12",
        "leg. K. Muster 123",
    ],
)
def test_what_is_no_printed_catalogue_number(text: str) -> None:
    assert as_catalogue_number(text) is None


def _code(
    value: str, fmt: str, *, flags: list[str] | None = None, confidence: float = 1.0
) -> Barcode:
    box = Box(x=0, y=0, w=10, h=10)
    return Barcode(value=value, format=fmt, box=box, confidence=confidence, flags=flags or [])


def test_the_record_takes_a_decoded_code_then_the_file_name_then_the_printed_number() -> None:
    printed = _code("LS0012345", "linear", flags=[PRINTED], confidence=0.8)
    decoded = _code("LS0099999", "Code 39", flags=["upscaled"], confidence=0.95)
    path, pattern = Path("LS-0077777_front.jpg"), r"LS-(\d+)"
    catalog, source, candidate = specimen_id(path, [printed, decoded], pattern)
    assert (catalog, source) == ("LS0099999", "barcode")
    assert candidate is not None and candidate.confidence == 0.95
    assert candidate.flags == ["upscaled"]
    assert specimen_id(path, [printed], pattern)[:2] == ("0077777", "filename_pattern")
    catalog, source, candidate = specimen_id(path, [printed], None)
    assert (catalog, source) == ("LS0012345", "barcode_text")
    assert candidate is not None and candidate.confidence == 0.8
    assert candidate.evidence.rule == "barcode.printed_number"
    assert candidate.flags == [PRINTED]


@pytest.mark.parametrize(
    ("read_on_label", "confidence", "id_source", "value", "kept"),
    [
        ("LS 0012345", 0.95, "barcode_text", "LS0012345", 0.95),  # the same: surer together
        ("LS0077777", 0.95, "file_stem", "LS0077777", 0.95),  # another, surer: it stays
        ("LS0077777", 0.6, "barcode_text", "LS0012345", 0.8),  # another, less sure
    ],
)
def test_a_printed_number_and_the_one_read_on_the_labels(
    read_on_label: str, confidence: float, id_source: str, value: str, kept: float
) -> None:
    on_label = FieldCandidate(
        term="catalogNumber",
        value=read_on_label,
        confidence=confidence,
        evidence=Evidence(label=0, text=read_on_label, rule="catalog.bare_number"),
    )
    printed = _code("LS0012345", "linear", flags=[PRINTED], confidence=0.8)
    record = build_record(
        Path("sheet.jpg"),
        PipelineSettings(),
        image_id="sheet",
        barcodes=[printed],
        fields={"catalogNumber": on_label},
    )
    assert record.id_source == id_source
    assert record.catalog_number == value
    assert record.fields["catalogNumber"].value == value
    assert record.fields["catalogNumber"].confidence == kept


def test_a_hyphen_read_as_an_equals_sign() -> None:
    assert as_catalogue_number("ABC=-L-0012345?") == "ABC-L-0012345"
