"""Generated herbarium-sheet-like images with a barcode label, for the barcode stage's tests.

A barcode label as herbarium sheets carry them: a caption, the bars (written by zxing-cpp, as
samples/ writes them) and the value printed under them; pasted on a large sheet with a plant-ish
scribble, and shrunk to a web-size copy whose narrowest bars are about a pixel wide. All values
and names are invented.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from samples.labels import barcode

SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
PAPER = 236


def barcode_label(
    value: str,
    fmt: str = "Code39",
    *,
    module: int = 4,
    bar_height: int = 110,
    caption: str = "INSTITUTE OF EXAMPLE BOTANY",
    no_code: bool = False,
) -> Image.Image:
    """A white barcode label: caption, bars `module` pixels per narrow bar, value printed under.
    `no_code`: bars of random widths instead, which look like a code and decode as none (a
    damaged or misprinted code, or one of a symbology not looked for)."""
    bars = (
        random_bars(module=module, height=bar_height)
        if no_code
        else barcode(value, fmt, module=module, height=bar_height)
    )
    number = ImageFont.truetype(SANS, int(bar_height * 0.42))
    small = ImageFont.truetype(SANS, int(bar_height * 0.2))
    width = bars.width + 40
    height = bar_height + int(bar_height * 0.95) + 40
    label = Image.new("L", (width, height), 252)
    draw = ImageDraw.Draw(label)
    draw.text((width // 2, 12), caption, font=small, fill=30, anchor="mt")
    top = 12 + int(bar_height * 0.26)
    label.paste(bars, (20, top))
    draw.text((width // 2, top + bar_height + 6), value, font=number, fill=25, anchor="mt")
    return label


def random_bars(*, module: int, height: int, count: int = 70) -> Image.Image:
    """Bars and gaps of one to three modules at random, with quiet zones: a code to the eye."""
    rng = np.random.default_rng(5)
    widths = rng.integers(1, 4, size=count) * module
    row = np.concatenate(
        [np.full(10 * module, 255, np.uint8)]
        + [np.full(w, 0 if i % 2 == 0 else 255, np.uint8) for i, w in enumerate(widths)]
        + [np.full(10 * module, 255, np.uint8)]
    )
    return Image.fromarray(np.repeat(row[None, :], height, axis=0), mode="L")


def sheet_with(label: Image.Image, *, at: tuple[int, int] = (300, 3300)) -> Image.Image:
    """A 3000x4200 sheet (a full-size scan) with stems and leaves and `label` pasted `at`."""
    rng = np.random.default_rng(11)
    sheet = Image.new("L", (3000, 4200), PAPER)
    draw = ImageDraw.Draw(sheet)
    for _ in range(40):
        x, y = int(rng.integers(300, 2700)), int(rng.integers(200, 2800))
        end = (x + int(rng.integers(-300, 300)), y + int(rng.integers(200, 900)))
        draw.line([(x, y), end], fill=70, width=14)
        draw.ellipse([x - 60, y - 22, x + 60, y + 22], fill=90)
    body = ImageFont.truetype(SANS, 44)
    for i, line in enumerate(["FLORA OF EXAMPLE COUNTY", "Herba exempli L.", "leg. K. Muster 123"]):
        draw.text((1900, 3500 + 70 * i), line, font=body, fill=30)
    sheet.paste(label, at)
    return sheet


def web_copy(sheet: Image.Image, width: int) -> Image.Image:
    """`sheet` shrunk to `width` pixels across, as a collection's web viewer serves it."""
    height = round(sheet.height * width / sheet.width)
    return sheet.resize((width, height), Image.Resampling.LANCZOS)
