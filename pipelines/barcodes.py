"""Stage 2: find and decode the barcodes on a specimen image."""

from __future__ import annotations

import logging

import cv2
import numpy as np
from numpy.typing import NDArray

from models.config import PipelineSettings
from models.geometry import Box
from models.specimen import Barcode
from pipelines.engines import zxing
from pipelines.load import LoadedImage

log = logging.getLogger(__name__)

DEFAULT_FORMATS: str = PipelineSettings.model_fields["barcode_formats"].default


def find_barcodes(
    image: LoadedImage, formats: str = DEFAULT_FORMATS, *, light_on_dark: bool = False
) -> list[Barcode]:
    """Every distinct barcode of the symbologies `formats` (zxing-cpp's names), top to bottom.

    Linear barcodes on a 3744x5616 sheet are only a few pixels per module, so the full-resolution
    image is read (0.4 s for a herbarium sheet); zxing-cpp itself tries rotations and downscales.
    """
    seen: set[tuple[str, str]] = set()
    barcodes: list[Barcode] = []
    found = zxing.read(image.gray, formats, light_on_dark=light_on_dark)
    for d in sorted(found, key=lambda d: (d.box.y, d.box.x)):
        if (d.value, d.format) in seen:
            continue
        seen.add((d.value, d.format))
        barcodes.append(
            Barcode(value=d.value, format=d.format, box=d.box, orientation=d.orientation)
        )
    log.debug("%s: %d barcode(s)", image.info.path, len(barcodes))
    return barcodes


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
