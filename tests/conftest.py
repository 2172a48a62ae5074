"""Shared fixtures: real images generated on the fly (nothing copyrighted is stored in the repo)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import zxingcpp
from PIL import Image, ImageDraw, ImageFont

from models.config import PipelineSettings

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")


def render_label(lines: list[str], *, size: int = 40, pad: int = 30) -> Image.Image:
    """A printed label: dark serif text on cream paper with a thin border."""
    font = ImageFont.truetype(str(FONT), size)
    widths = [int(font.getlength(line)) for line in lines]
    w = max(widths) + 2 * pad
    h = len(lines) * int(size * 1.35) + 2 * pad
    label = Image.new("RGB", (w, h), (244, 238, 220))
    draw = ImageDraw.Draw(label)
    draw.rectangle([3, 3, w - 4, h - 4], outline=(60, 50, 40), width=2)
    for i, line in enumerate(lines):
        draw.text((pad, pad + i * int(size * 1.35)), line, font=font, fill=(25, 20, 15))
    return label


def barcode_image(value: str, *, scale: int = 3) -> Image.Image:
    bitmap = zxingcpp.create_barcode(value, zxingcpp.BarcodeFormat.Code128).to_image(
        scale=scale, add_quiet_zones=True
    )
    return Image.fromarray(np.asarray(bitmap)).convert("RGB")


LABEL_LINES = [
    "PLANTS OF ARIZONA",
    "Quercus emoryi Torr.",
    "Pima Co.: Santa Catalina Mts.",
    "Coll. J. Smith 1234",
    "12 July 1951",
]


def make_sheet(*, rotate_label: int = 0, with_barcode: bool = True) -> Image.Image:
    """A herbarium-sheet-like page: a plant-ish scribble, a label and a barcode."""
    rng = np.random.default_rng(7)
    sheet = Image.new("RGB", (1800, 2600), (236, 233, 226))
    draw = ImageDraw.Draw(sheet)
    for _ in range(30):  # stems and leaves
        x, y = int(rng.integers(200, 1500)), int(rng.integers(150, 1500))
        draw.line(
            [(x, y), (x + int(rng.integers(-200, 200)), y + int(rng.integers(100, 600)))],
            fill=(60, 90, 40),
            width=9,
        )
        draw.ellipse([x - 40, y - 15, x + 40, y + 15], fill=(70, 110, 50))
    label = render_label(LABEL_LINES)
    if rotate_label:
        label = label.rotate(rotate_label, expand=True)
    sheet.paste(label, (1800 - label.width - 60, 2600 - label.height - 60))
    if with_barcode:
        sheet.paste(barcode_image("LSH00012345"), (150, 2300))
    return sheet


@pytest.fixture
def settings() -> PipelineSettings:
    return PipelineSettings(save_crops=True)


@pytest.fixture
def sheet_path(tmp_path: Path) -> Path:
    path = tmp_path / "sheet.jpg"
    make_sheet().save(path, quality=92)
    return path
