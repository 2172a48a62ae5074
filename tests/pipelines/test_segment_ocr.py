"""Label detection and reading with the real detector and the real Tesseract on generated sheets."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from models.geometry import Box
from models.specimen import LabelRegion, LabelText, OcrLine, TextLineBox
from pipelines.barcodes import find_barcodes
from pipelines.load import load_image
from pipelines.ocr import (
    OcrOptions,
    is_text,
    may_be_text,
    read_label,
    rotation_of,
    text_pixels,
)
from pipelines.segment import _split_blobs, label_order, reading_order, segment_labels
from samples.draw import finish, paper_texture, paste
from samples.fonts import font
from tests.conftest import FONT, LABEL_LINES, barcode_image, make_sheet, render_label

OPTIONS = OcrOptions(langs="eng", timeout=60)


def _label_box(sheet_w: int, sheet_h: int, label_w: int, label_h: int) -> Box:
    return Box(x=sheet_w - label_w - 60, y=sheet_h - label_h - 60, w=label_w, h=label_h)


def _covered(outer: Box, inner: Box) -> float:
    return outer.intersection_area(inner) / inner.area


def _regions(path: Path) -> tuple[np.ndarray, list[LabelRegion]]:
    image = load_image(path, max_pixels=10**8)
    gray = text_pixels(image, find_barcodes(image))
    return gray, segment_labels(gray, max_labels=12, max_side=2000)


@pytest.mark.parametrize("rotation", [0, 90, 180, 270])
def test_label_found_and_read_upright(tmp_path: Path, rotation: int) -> None:
    sheet = make_sheet(rotate_label=rotation)
    path = tmp_path / f"sheet{rotation}.jpg"
    sheet.save(path, quality=92)
    gray, regions = _regions(path)
    texts = [read_label(gray, r, OPTIONS) for r in regions]
    label = next(t for t in texts if "Quercus" in t.text)
    # every line of the label, in the order it was printed
    assert label.text.splitlines() == LABEL_LINES
    # `rotation` is how far the label was turned counter-clockwise (PIL); reading it upright
    # turns it back clockwise by the same amount
    assert label.rotation == rotation
    region = regions[label.label]
    assert region.vertical is (rotation in (90, 270))
    printed = render_label(LABEL_LINES)
    w, h = (printed.height, printed.width) if rotation in (90, 270) else printed.size
    assert _covered(_label_box(sheet.width, sheet.height, w, h), region.box) > 0.9


def test_word_boxes_map_back_to_the_image(tmp_path: Path) -> None:
    path = tmp_path / "sheet.jpg"
    make_sheet(rotate_label=90).save(path, quality=92)
    gray, regions = _regions(path)
    # the detector also marks a few of the drawn plant's strokes; the label is the turned region
    # that reads as the label
    region, text = next(
        (r, t)
        for r in regions
        if r.vertical and "Quercus" in (t := read_label(gray, r, OPTIONS)).text
    )
    words = [w for line in text.lines for w in line.words]
    assert len(words) >= 15
    for word in words:
        # every word lies inside its label, and along a turned label words are taller than wide
        assert _covered(region.box, word.box) > 0.9, (word.text, word.box, region.box)
        if len(word.text) >= 4:
            assert word.box.h > word.box.w, (word.text, word.box)


def test_barcodes_are_blanked_before_reading(sheet_path: Path) -> None:
    image = load_image(sheet_path, max_pixels=10**8)
    codes = find_barcodes(image)
    gray = text_pixels(image, codes)
    b = codes[0].box
    assert gray[b.y : b.y2, b.x : b.x2].std() == 0
    assert gray[b.y : b.y2, b.x : b.x2].min() > 200  # paper colour, not ink
    assert image.gray[b.y : b.y2, b.x : b.x2].min() < 60  # the image itself is untouched
    _, regions = _regions(sheet_path)
    assert all(r.box.intersection_area(b) < 0.1 * b.area for r in regions)


def test_confidences_are_normalised(sheet_path: Path) -> None:
    gray, regions = _regions(sheet_path)
    assert regions
    for region in regions:
        text = read_label(gray, region, OPTIONS)
        assert 0.0 <= text.confidence <= 1.0
        for line in text.lines:
            assert 0.0 <= line.confidence <= 1.0
            assert all(0.0 <= w.confidence <= 1.0 for w in line.words)


def _line(cx: float, cy: float, angle: float = 0.0, thickness: float = 40) -> TextLineBox:
    return TextLineBox(
        cx=cx, cy=cy, length=300, thickness=thickness, angle=angle, score=0.9,
        box=Box(x=max(0, int(cx - 150)), y=max(0, int(cy - 20)), w=300, h=40),
    )  # fmt: skip


def test_reading_order_rows_then_columns() -> None:
    a, b, c = _line(200, 100), _line(600, 108), _line(200, 160)
    assert reading_order([c, b, a], 0) == [a, b, c]
    # the same label seen upside down reads from the bottom right
    assert reading_order([a, b, c], 180) == [c, b, a]


def test_reading_order_of_turned_labels() -> None:
    left, right = _line(100, 300, angle=90), _line(160, 300, angle=90)
    # turned 90 clockwise to read: the first line was on the left; turned 270: on the right
    assert reading_order([right, left], 90) == [left, right]
    assert reading_order([left, right], 270) == [right, left]


@pytest.mark.parametrize(
    ("angle", "flip", "expected"),
    [(0.0, False, 0), (0.0, True, 180), (90.0, False, 270), (90.0, True, 90), (-88.0, False, 90), (3.0, True, 180)],
)  # fmt: skip
def test_rotation_of(angle: float, flip: bool, expected: int) -> None:
    assert rotation_of(_line(0, 0, angle=angle), flip) == expected


def _reading(text: str, rotation: int = 0, confidence: float = 0.9) -> LabelText:
    lines = [
        OcrLine(text=t, confidence=confidence, box=Box(x=0, y=0, w=10, h=10))
        for t in text.split("\n")
    ]
    return LabelText(label=0, lines=lines, rotation=rotation, engine="t", confidence=confidence)


@pytest.mark.parametrize(
    ("text", "rotation", "kept"),
    [
        ("Det.", 0, True),  # a determination slip's printed word
        ("713", 0, True),  # a box or sheet number
        ("No. 3", 0, True),
        ("bo", 90, False),  # a ruler's digit or a pin read sideways
        ("KO", 270, False),
        ("ie =)", 180, False),
        ("ENN", 90, False),
        ("Pima Co.", 90, True),  # a turned label with words on it
        ("3\n4\n5", 0, False),  # a ruler's numbering
        ("1 2 3 4 5 6 7 8 9 10 11 cm", 0, False),
        ("12 July 1951", 0, True),
        ("x", 0, False),
    ],
)
def test_is_text(text: str, rotation: int, kept: bool) -> None:
    assert is_text(_reading(text, rotation)) is kept


def _region_of(*lines: tuple[float, float, float]) -> LabelRegion:
    """A region of lines given as (length, thickness, angle)."""
    boxes = [
        TextLineBox(
            cx=50, cy=50, length=n, thickness=t, angle=a, score=0.9, box=Box(x=0, y=0, w=9, h=9)
        )
        for n, t, a in lines
    ]
    vertical = sum(b.vertical for b in boxes) * 2 > len(boxes)
    return LabelRegion(index=0, box=Box(x=0, y=0, w=100, h=100), vertical=vertical, lines=boxes)


@pytest.mark.parametrize(
    ("lines", "worth_reading"),
    [
        ([(46, 40, 90)], False),  # a ruler's digit, taller than wide, read as a turned line
        ([(46, 40, -88), (47, 41, 90)], False),
        ([(60, 40, 90)], True),  # room for four narrow letters ("Univ" read at 1.58)
        ([(46, 40, 0)], True),  # upright: two letters suffice, and "No" fits
        ([(46, 40, 90), (46, 40, 0)], True),
        ([(300, 40, 90)], True),  # a turned label's line
        ([], True),  # nothing detected: read_label says it is empty
    ],
)
def test_lone_glyphs_are_not_read(
    lines: list[tuple[float, float, float]], worth_reading: bool
) -> None:
    assert may_be_text(_region_of(*lines)) is worth_reading


def _sheet_with_a_captioned_code(path: Path) -> None:
    """A whole-sheet scan: a label in ordinary type, and a barcode label whose caption is set in
    type 14 pixels high (as an institution's name above the bars on herbarium sheets)."""
    sheet = Image.new("L", (3744, 5616), 236)
    sheet.paste(render_label(LABEL_LINES, size=60).convert("L"), (1900, 4300))
    code = barcode_image("LS00012345", scale=3).convert("L")
    sheet.paste(code, (400, 5000))
    caption = ImageFont.truetype(str(FONT), 14)
    ImageDraw.Draw(sheet).text((440, 4975), "LAKESIDE BOTANICAL GARDEN", font=caption, fill=20)
    sheet.save(path)


def _captioned_sheet(tmp_path: Path) -> tuple[np.ndarray, list[Box]]:
    """The sheet's pixels as the segmenter sees them, and its decoded barcodes' boxes."""
    path = tmp_path / "sheet.png"
    _sheet_with_a_captioned_code(path)
    image = load_image(path, max_pixels=10**8)
    codes = find_barcodes(image)
    return text_pixels(image, codes), [c.box for c in codes]


def test_small_print_beside_a_barcode_is_found(tmp_path: Path) -> None:
    gray, codes = _captioned_sheet(tmp_path)

    def texts(near: list[Box]) -> list[str]:
        regions = segment_labels(gray, max_labels=12, max_side=2000, codes=near)
        return [read_label(gray, r, OPTIONS).text for r in regions]

    # at the scale the sheet is read, the caption is too small to see
    assert not any("BOTANICAL" in t for t in texts([]))
    assert "LAKESIDE BOTANICAL GARDEN" in texts(codes)


def test_sideways_labels_are_read_after_upright_ones(tmp_path: Path) -> None:
    sheet = Image.new("RGB", (1600, 1400), (236, 233, 226))
    sticker = render_label(["University of Nevada", "NEVA-L-0002318"]).rotate(90, expand=True)
    sheet.paste(sticker, (1300, 60))  # runs up the side, higher on the sheet than the label
    sheet.paste(render_label(LABEL_LINES), (80, 700))
    path = tmp_path / "packet.png"
    sheet.save(path)
    gray, regions = _regions(path)
    texts = [read_label(gray, r, OPTIONS).text for r in regions]
    assert [r.vertical for r in regions] == [False, True]
    assert "Quercus" in texts[0] and "NEVA-L-0002318" in texts[1]


def test_quotes_and_primes_come_out_as_keyed(tmp_path: Path) -> None:
    sheet = Image.new("RGB", (1400, 600), (236, 233, 226))
    sheet.paste(render_label(["Lat. 46°23’N, 64°47’W", "“El Quemado” ladera"]), (80, 150))
    path = tmp_path / "coordinates.png"
    sheet.save(path)
    gray, regions = _regions(path)
    text = "\n".join(read_label(gray, r, OPTIONS).text for r in regions)
    assert "46°23'N" in text
    assert not any(mark in text for mark in "’‘“”′″")


def _region(x: int, y: int, w: int, h: int, *, vertical: bool = False) -> LabelRegion:
    line = TextLineBox(
        cx=x + w / 2, cy=y + 20, length=w, thickness=40, angle=90 if vertical else 0, score=0.9,
        box=Box(x=x, y=y, w=w, h=40),
    )  # fmt: skip
    return LabelRegion(index=0, box=Box(x=x, y=y, w=w, h=h), vertical=vertical, lines=[line])


def test_label_order_reads_a_column_of_pieces_through() -> None:
    head = _region(2300, 100, 1100, 100)  # a label's heading and its body, set 60 px apart
    body = _region(2300, 260, 1100, 140)
    slip = _region(1100, 230, 1150, 100)  # a determination slip beside the label's foot
    far = _region(2300, 900, 1100, 100)  # another label further down: 5 lines' thickness away
    sideways = _region(100, 50, 60, 400, vertical=True)
    caption = _region(200, 850, 300, 40)  # a barcode sticker's caption and number, beside `far`
    number = _region(250, 970, 200, 40)
    below = _region(2300, 1200, 1100, 60)  # a stamp wholly below the sticker
    window = Box(x=130, y=825, w=440, h=210)  # around the bars between caption and number
    labels = [number, below, far, caption, slip, sideways, body, head]
    order = label_order(labels, [window])
    # the sticker after the label beside it (which begins above its foot), before the stamp
    assert order == [head, body, slip, far, caption, number, below, sideways]
    # without the sticker's window, its pieces are labels like the others, each at its top
    assert label_order(labels, []) == [head, body, slip, caption, far, number, below, sideways]
    # regions without detected lines (built by hand) are measured by their boxes
    bare = [LabelRegion(index=0, box=Box(x=0, y=y, w=100, h=40)) for y in (50, 0)]
    assert label_order(bare, []) == bare[::-1]


def test_a_barcode_sticker_is_read_after_the_specimens_labels(tmp_path: Path) -> None:
    sheet = Image.new("RGB", (1600, 1000), (236, 233, 226))
    sheet.paste(render_label(LABEL_LINES), (80, 300))
    # the sticker sits higher than the label's last lines: caption above the bars, number below
    code = barcode_image("LS02217499", scale=3)
    sheet.paste(code, (1000, 330))
    draw = ImageDraw.Draw(sheet)
    font = ImageFont.truetype(str(FONT), 34)
    draw.text((1010, 280), "LAKESIDE BOTANICAL GARDEN", font=font, fill=(20, 20, 20))
    draw.text((1060, 340 + code.height), "LS02217499", font=font, fill=(20, 20, 20))
    path = tmp_path / "packet.png"
    sheet.save(path)
    image = load_image(path, max_pixels=10**8)
    codes = find_barcodes(image)
    gray = text_pixels(image, codes)
    regions = segment_labels(gray, max_labels=12, max_side=2000, codes=[c.box for c in codes])
    text = "\n".join(read_label(gray, r, OPTIONS).text for r in regions)
    order = [text.index(s) for s in ("PLANTS", "12 July 1951", "BOTANICAL", "LS02217499")]
    assert order == sorted(order)


def test_a_forms_dotted_leaders_part_its_words(tmp_path: Path) -> None:
    lines = ["Coll. ............ R. T. Vance", "Lasallia..kellermanii..(Hal.)..Schad."]
    path = tmp_path / "form.png"
    label = render_label(lines)
    sheet = Image.new("RGB", (label.width + 200, label.height + 200), (236, 233, 226))
    sheet.paste(label, (100, 100))
    sheet.save(path)
    gray, regions = _regions(path)
    text = " ".join(read_label(gray, r, OPTIONS).text for r in regions)
    assert ".." not in text
    for word in ("Coll.", "Vance", "Lasallia", "kellermanii", "(Hal.)", "Schad."):
        assert word in text.split(), text


def _blob_over(box: Box) -> TextLineBox:
    """What the detector reports for a paragraph it ran together: one "line" as thick as it."""
    return TextLineBox(
        cx=box.x + box.w / 2, cy=box.y + box.h / 2, length=box.w, thickness=box.h, angle=0.0,
        score=0.8, box=box,
    )  # fmt: skip


def test_a_paragraph_run_together_is_looked_at_again(tmp_path: Path) -> None:
    sheet = Image.new("L", (2400, 1600), 236)
    small = render_label(LABEL_LINES, size=22).convert("L")
    sheet.paste(small, (1200, 900))
    title = render_label(["HERBARIUM"], size=40).convert("L")
    for x in (100, 600, 1100):  # ordinary lines elsewhere set the image's usual thickness
        sheet.paste(title, (x, 100))
    gray = np.asarray(sheet, np.uint8)
    paragraph = Box(x=1200, y=900, w=small.width, h=small.height)
    blank = Box(x=200, y=900, w=600, h=small.height)
    titles = [_blob_over(Box(x=x + 30, y=125, w=title.width - 60, h=50)) for x in (100, 600, 1100)]
    lines = _split_blobs(gray, [*titles, _blob_over(paragraph), _blob_over(blank)])
    inside = [ln for ln in lines if _covered(paragraph, ln.box) > 0.9]
    # the paragraph's lines, each as thin as a line; nothing where the paper is blank
    assert len(inside) >= len(LABEL_LINES) - 1
    assert all(ln.thickness < 0.5 * paragraph.h for ln in inside)
    assert not any(_covered(blank, ln.box) > 0.5 for ln in lines)
    assert all(t in lines for t in titles)


def test_a_barcodes_caption_is_kept_when_labels_are_many(tmp_path: Path) -> None:
    gray, codes = _captioned_sheet(tmp_path)
    regions = segment_labels(gray, max_labels=1, max_side=2000, codes=codes)
    assert read_label(gray, regions[0], OPTIONS).text == "LAKESIDE BOTANICAL GARDEN"


def _web_size_sheet(path: Path, seed: int) -> Box:
    """A sheet drawn at 1200 x 1700 pixels with one small two-line label in its corner, softened
    as a camera would and saved as a 960-pixel JPEG of low quality (a web derivative). Returns
    where the label is on the saved image."""
    rng = np.random.default_rng(seed)
    canvas = paper_texture(1200, 1700, (236, 232, 218), rng, grain=3.0, blotch=6.0)
    face = font("serif", 16)
    lines = ["Exampla: Sampelalm", "1907 leg. K. Muster"]
    w, h = max(int(face.getlength(line)) for line in lines) + 30, 22 * len(lines) + 25
    label = Image.new("RGBA", (w, h), (250, 247, 238, 255))
    draw = ImageDraw.Draw(label)
    draw.rectangle([1, 1, w - 2, h - 2], outline=(70, 65, 60, 255), width=1)
    for i, line in enumerate(lines):
        draw.text((15, 12 + i * 22), line, font=face, fill=(22, 22, 28, 255))
    x, y = 1150 - w, 1650 - h
    paste(canvas, label, (x, y), shadow=3)
    soft = finish(canvas, rng, blur=0.4).resize((960, 1360), Image.Resampling.LANCZOS)
    soft.save(path, quality=45)
    return Box(x=round(x * 0.8), y=round(y * 0.8), w=round(w * 0.8), h=round(h * 0.8))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_small_soft_label_on_a_web_size_sheet_is_found(tmp_path: Path, seed: int) -> None:
    # the detector found its lines in the first, smaller look and none at full size; the closer
    # look may part lines, never lose them
    path = tmp_path / "web.jpg"
    where = _web_size_sheet(path, seed)
    gray, regions = _regions(path)
    assert any(_covered(where, r.box) > 0.5 for r in regions)
    assert any("Muster" in read_label(gray, r, OPTIONS).text for r in regions)
