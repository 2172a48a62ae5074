"""Stage 2: find and decode the barcodes on a specimen image."""

from __future__ import annotations

import logging
from dataclasses import replace

import cv2
import numpy as np
from numpy.typing import NDArray

from models.config import PipelineSettings
from models.geometry import Box
from models.specimen import Barcode
from pipelines.bar_regions import BarRegion, find_bar_regions
from pipelines.engines import tesseract, zxing
from pipelines.load import LoadedImage
from pipelines.printed_numbers import PrintedNumbers, read_printed_number

log = logging.getLogger(__name__)

DEFAULT_FORMATS: str = PipelineSettings.model_fields["barcode_formats"].default
# By default the number printed beside bars that do not decode is read, in English.
READ_PRINTED = PrintedNumbers()


def find_barcodes(
    image: LoadedImage,
    formats: str = DEFAULT_FORMATS,
    *,
    light_on_dark: bool = False,
    printed: PrintedNumbers | None = READ_PRINTED,
) -> list[Barcode]:
    """Every distinct barcode of the symbologies `formats` (zxing-cpp's names), top to bottom.

    Linear barcodes on a 3744x5616 sheet are only a few pixels per module, so the full-resolution
    image is read (0.4 s for a herbarium sheet); zxing-cpp itself tries rotations and downscales.
    On a smaller copy of a sheet (1,000-2,000 pixels across) the narrowest bars are a pixel wide
    or less and the whole image no longer decodes: each rectangle of bars that nothing decoded in
    is cut out, enlarged and decoded again (`upscaled`). When no code decoded anywhere, the
    number printed under or beside such bars is read by OCR (`printed`; None: not read) and
    returned as a code of lower confidence flagged `printed_under_barcode`.
    """
    gray = image.gray
    # each code with its confidence: None when the whole image decoded it
    found: list[tuple[zxing.Decoded, float | None]] = [
        (d, None) for d in zxing.read(gray, formats, light_on_dark=light_on_dark)
    ]
    left: list[BarRegion] = []
    if _wants_linear(formats):
        for region in find_bar_regions(gray):
            if any(_covers(region.box, d.box) for d, _ in found):
                continue
            enlarged = _decode_enlarged(gray, region, formats, light_on_dark)
            found.extend(enlarged)
            if not enlarged:
                left.append(region)
    seen: set[tuple[str, str]] = set()
    barcodes: list[Barcode] = []
    for d, confidence in sorted(found, key=lambda f: (f[0].box.y, f[0].box.x)):
        if (d.value, d.format) in seen:
            continue
        seen.add((d.value, d.format))
        barcodes.append(
            Barcode(
                value=d.value,
                format=d.format,
                box=d.box,
                orientation=d.orientation,
                confidence=1.0 if confidence is None else confidence,
                flags=[] if confidence is None else ["upscaled"],
            )
        )
    if not barcodes and left and printed is not None and tesseract.available():
        for region in left[:MAX_PRINTED_READS]:
            code = read_printed_number(gray, region, printed)
            if code is not None and (code.value, code.format) not in seen:
                seen.add((code.value, code.format))
                barcodes.append(code)
    log.debug("%s: %d barcode(s)", image.info.path, len(barcodes))
    return barcodes


# A code decoded from an enlarged crop: the decoder's checks passed, but on guessed pixels; more
# so when two or more enlargements read it and nothing else.
UPSCALED_CONFIDENCE = 0.85
AGREED_CONFIDENCE = 0.95
# Rectangles of bars whose printed number is read, strongest first (each costs 2-4 OCR reads).
MAX_PRINTED_READS = 3
# Enlargements tried, in turn, for bars too fine to decode (3x decoded most on the devset's
# sheets at 1,500 pixels across; 2x reads what is merely soft).
ENLARGE = (3, 2, 4)


def _wants_linear(formats: str) -> bool:
    names = {n.strip().replace(" ", "").lower() for n in formats.split(",")}
    return bool(names - _NOT_LINEAR)


def _covers(region: Box, decoded: Box) -> bool:
    """Whether a decoded code lies on a rectangle of bars (its box may be a few scan rows)."""
    return region.intersection_area(decoded) >= 0.5 * min(region.area, decoded.area)


def _crop(gray: NDArray[np.uint8], box: Box, along: float, across: float, vertical: bool) -> Box:
    """`box` grown by `along` of its length at both ends and `across` of its height at both
    sides (for bars running top to bottom; the other way round for turned bars)."""
    length, height = (box.w, box.h) if vertical else (box.h, box.w)
    grow_along, grow_across = int(along * length) + 4, int(across * height) + 2
    gx, gy = (grow_along, grow_across) if vertical else (grow_across, grow_along)
    x0, y0 = max(0, box.x - gx), max(0, box.y - gy)
    x1, y1 = min(gray.shape[1], box.x2 + gx), min(gray.shape[0], box.y2 + gy)
    return Box(x=x0, y=y0, w=x1 - x0, h=y1 - y0)


def _sharpened(pixels: NDArray[np.uint8], factor: int) -> NDArray[np.uint8]:
    """`pixels` enlarged `factor` times (cubic) and sharpened by an unsharp mask about a source
    pixel wide, which restores some of the contrast the shrinking took from the narrow bars."""
    big = cv2.resize(pixels, None, fx=factor, fy=factor, interpolation=cv2.INTER_CUBIC)
    soft = cv2.GaussianBlur(big, (0, 0), 0.8 * factor)
    return np.asarray(cv2.addWeighted(big, 1.8, soft, -0.8, 0), np.uint8)


def _decode_enlarged(
    gray: NDArray[np.uint8], region: BarRegion, formats: str, light_on_dark: bool
) -> list[tuple[zxing.Decoded, float]]:
    """The code in one rectangle of bars, read from an enlarged crop (in image coordinates),
    with its confidence: each enlargement is read, and a value more of them agree on is surer.
    Bars a pixel wide leave the decoder guessing, and Code 39 has no check digit to refuse a
    wrong guess (one of 51 devset codes misread at 5x, none at 2-4x)."""
    # the quiet zone is ten narrow bars each side: a tenth of a short code's length and more
    crop = _crop(gray, region.box, 0.15, 0.3, region.vertical)
    pixels = gray[crop.y : crop.y2, crop.x : crop.x2]
    votes: dict[tuple[str, str], list[zxing.Decoded]] = {}
    for factor in ENLARGE:
        for d in zxing.read(_sharpened(pixels, factor), formats, light_on_dark=light_on_dark):
            votes.setdefault((d.value, d.format), []).append(
                _scaled_back(d, factor, crop, gray.shape)
            )
    if not votes:
        return []
    most = max(len(v) for v in votes.values())
    winners = [v for v in votes.values() if len(v) == most]
    if len(winners) > 1:  # as many enlargements read one value as another
        log.debug("bars at %s read as %s: ambiguous", region.box, sorted(votes))
        return []
    agreed = most > 1 and len(votes) == 1
    return [(winners[0][0], AGREED_CONFIDENCE if agreed else UPSCALED_CONFIDENCE)]


def _scaled_back(d: zxing.Decoded, factor: int, crop: Box, shape: tuple[int, ...]) -> zxing.Decoded:
    x, y = crop.x + d.box.x // factor, crop.y + d.box.y // factor
    w = max(1, min(shape[1] - x, -(-d.box.w // factor)))
    h = max(1, min(shape[0] - y, -(-d.box.h // factor)))
    return replace(d, box=Box(x=x, y=y, w=w, h=h))


# Codes whose modules are squares (or stacked rows), not bars running across the whole code.
_NOT_LINEAR = {"qrcode", "microqrcode", "rmqrcode", "datamatrix", "aztec", "pdf417", "maxicode"}


def _follow(
    strip: NDArray[np.uint8], start: int, step: int, limit: int, dark: float
) -> list[NDArray[np.bool_]]:
    """Rows of bar pixels beyond row `start` of a vertical-bar code, one bar at a time.

    Each bar is followed straight on while it stays dark, so each ends at its own end (a
    slightly skewed code's bars end on different rows) and text beyond the gap is left alone.
    """
    alive = strip[start] < dark
    rows: list[NDArray[np.bool_]] = []
    y = start + step
    while 0 <= y < strip.shape[0] and len(rows) < limit:
        alive = alive & (strip[y] < dark)
        if not alive.any():
            break
        rows.append(alive)
        y += step
    return rows


def _vertical_bars(gray: NDArray[np.uint8], box: Box) -> tuple[Box, NDArray[np.bool_]]:
    strip = gray[:, box.x : box.x2]
    middle = strip[box.y + box.h // 4 : box.y2 - box.h // 4 + 1]
    # a bar's blurred end is still a quarter of the way from paper to ink; the gap to the text
    # beside the code is paler than that
    paper, ink = int(middle.max()), int(middle.min())
    dark = paper - 0.25 * (paper - ink)
    above = _follow(strip, box.y, -1, box.h, dark)
    below = _follow(strip, box.y2 - 1, 1, box.h, dark)
    inside = np.ones((box.h, box.w), dtype=bool)
    mask = np.vstack([*reversed(above), inside, *below]) if above or below else inside
    # the bars' blurred edges read as thin strokes: take a pixel more all round
    edges = cv2.dilate(mask.astype(np.uint8), np.ones((3, 3), np.uint8)).astype(bool)
    return Box(x=box.x, y=box.y - len(above), w=box.w, h=edges.shape[0]), edges


def bar_pixels(gray: NDArray[np.uint8], code: Barcode) -> tuple[Box, NDArray[np.bool_]]:
    """Which pixels a code covers: a box, and a mask of the same size within it.

    For a linear code the decoder reports the rows it scanned, often well short of the bars'
    full length; bars left outside make text printed just above or below the code (an
    institution's name, the number) read as noise. Each bar is followed to its end.
    """
    box = code.box
    if code.format.replace(" ", "").lower() in _NOT_LINEAR or box.w < 8 or box.h < 8:
        return box, np.ones((box.h, box.w), dtype=bool)
    if code.orientation % 180 == 0:
        return _vertical_bars(gray, box)
    turned, mask = _vertical_bars(
        np.ascontiguousarray(gray.T), Box(x=box.y, y=box.x, w=box.h, h=box.w)
    )
    return Box(x=turned.y, y=turned.x, w=turned.h, h=turned.w), np.ascontiguousarray(mask.T)
