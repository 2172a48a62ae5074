"""Words set in small capitals are read in title case, true capitals stay capitals."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from pipelines.barcodes import find_barcodes
from pipelines.load import load_image
from pipelines.ocr import OcrOptions, read_label, text_pixels
from pipelines.segment import segment_labels

SERIF = Path("/usr/share/fonts/opentype/urw-base35/NimbusRoman-Regular.otf")
OPTIONS = OcrOptions(langs="eng", timeout=30)


def _set(words: list[str], *, small_caps: bool, ink: int, paper: int) -> Image.Image:
    """One line of capitals; in small capitals a word's first letter is full size, unless the
    word is given in lower case."""
    big = ImageFont.truetype(str(SERIF), 48)
    small = ImageFont.truetype(str(SERIF), 36) if small_caps else big
    page = Image.new("L", (1300, 300), paper)
    draw = ImageDraw.Draw(page)
    x = 80.0
    for word in words:
        head, tail = ("", word.upper()) if word.islower() else (word[0], word[1:])
        draw.text((x, 160), head, font=big, fill=ink, anchor="ls")
        x += big.getlength(head)
        draw.text((x, 160), tail, font=small, fill=ink, anchor="ls")
        x += small.getlength(tail) + big.getlength(" ")
    return page


def _read(page: Image.Image, tmp_path: Path) -> str:
    path = tmp_path / "line.png"
    page.save(path)
    image = load_image(path, max_pixels=10**8)
    gray = text_pixels(image, find_barcodes(image))
    regions = segment_labels(gray, max_labels=4, max_side=2000)
    return " ".join(read_label(gray, r, OPTIONS).text for r in regions)


@pytest.mark.parametrize(("ink", "paper"), [(25, 235), (230, 40)])
def test_small_capitals_read_in_title_case(tmp_path: Path, ink: int, paper: int) -> None:
    words = ["THE", "LAKESIDE", "BOTANIC", "GARDEN"]
    text = _read(_set(words, small_caps=True, ink=ink, paper=paper), tmp_path)
    assert text == "The Lakeside Botanic Garden"


def test_true_capitals_stay_capitals(tmp_path: Path) -> None:
    words = ["THE", "LAKESIDE", "BOTANIC", "GARDEN"]
    text = _read(_set(words, small_caps=False, ink=25, paper=235), tmp_path)
    assert text == "THE LAKESIDE BOTANIC GARDEN"


def test_small_capitals_without_a_capital_read_in_lower_case(tmp_path: Path) -> None:
    words = ["VICINITY", "of", "PUNTA", "del", "MAR"]
    text = _read(_set(words, small_caps=True, ink=25, paper=235), tmp_path)
    assert text == "Vicinity of Punta del Mar"
