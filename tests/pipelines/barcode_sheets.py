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


# --- a whole sheet of an institution that prints its number under a Code 39 -----------------

MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
DATA_LABEL = [
    "PLANTS OF PERU",
    "Exampla vulgaris L.",
    "Dept. Example: Prov. Sample, 12 km N of",
    "Sampleton, 2500 m",
    "12 June 1931",
    "K. Muster 1234",
    "FIELD MUSEUM OF NATURAL HISTORY",
]
PACKET_LABEL = [
    "Flora of Peru",
    "Exemplaria saxicola Muster",
    "Dept. Example: Prov. Sample, on rocks",
    "above Sampleton, 3100 m",
    "3 May 1940",
    "J. Beispiel 567",
]
DET_SLIP = ["Exampla vulgaris L.", "det. J. Beispiel 1985"]
STAMP = ["FIELD MUSEUM", "OF NATURAL HISTORY", "No. 1234567"]


def typed_label(
    lines: list[str], size: int, *, font: str = MONO, paper: int = 248, ink: int = 25
) -> Image.Image:
    """A label typed or printed in `size`-pixel type, in a thin frame."""
    face = ImageFont.truetype(font, size)
    pad, leading = 30, int(size * 1.4)
    width = max(int(face.getlength(line)) for line in lines) + 2 * pad
    label = Image.new("L", (width, len(lines) * leading + 2 * pad), paper)
    draw = ImageDraw.Draw(label)
    draw.rectangle([2, 2, label.width - 3, label.height - 3], outline=min(255, ink + 40), width=2)
    for i, line in enumerate(lines):
        draw.text((pad, pad + i * leading), line, font=face, fill=ink)
    return label


def museum_sheet(
    value: str = "V0123456F",
    *,
    lines: list[str] = DATA_LABEL,
    packet: bool = False,
    size: int = 28,
    module: int = 2,
    bar_height: int = 50,
) -> Image.Image:
    """A 3000x4200 scan of a sheet as the Field Museum mounts it: a plant (or, `packet`, a
    folded packet of a moss or lichen) with the data label at the foot on the right, a
    determination slip above it, the barcode label ("V0123456F" printed under Code 39 bars
    `module` pixels a bar, in 2 mm type) above the slip, and the accession stamp with its
    own number at the foot on the left. Typed in `size`-pixel type (2.5 mm capitals)."""
    rng = np.random.default_rng(11)
    sheet = Image.new("L", (3000, 4200), PAPER)
    draw = ImageDraw.Draw(sheet)
    if packet:
        draw.rectangle([700, 1200, 2500, 3300], fill=244, outline=150, width=4)
        draw.line([(700, 1700), (2500, 1700)], fill=170, width=3)  # the flap's fold
        for _ in range(300):  # crusts and fragments inside
            x, y = int(rng.integers(900, 2300)), int(rng.integers(1800, 2500))
            draw.ellipse([x - 12, y - 9, x + 12, y + 9], fill=int(rng.integers(80, 140)))
    else:
        for _ in range(40):
            x, y = int(rng.integers(300, 2700)), int(rng.integers(200, 2700))
            end = (x + int(rng.integers(-300, 300)), y + int(rng.integers(200, 800)))
            draw.line([(x, y), end], fill=70, width=14)
            draw.ellipse([x - 60, y - 22, x + 60, y + 22], fill=90)
    data = typed_label(lines, size)
    at = (3000 - data.width - 80, 4200 - data.height - 80)
    sheet.paste(data, at)
    slip = typed_label(DET_SLIP, int(size * 1.15), font=SERIF)
    slip_y = at[1] - slip.height - 60
    sheet.paste(slip, (at[0], slip_y))
    code = barcode_label(
        value,
        "Code39",
        module=module,
        bar_height=bar_height,
        caption="FIELD MUSEUM OF NATURAL HISTORY",
    )
    sheet.paste(code, (3000 - code.width - 100, slip_y - code.height - 120))
    stamp = typed_label(STAMP, int(size * 1.2), font=SANS, paper=PAPER, ink=70)
    sheet.paste(stamp.rotate(2, expand=True, fillcolor=PAPER), (250, 3600))
    return sheet
