"""The zxing-cpp barcode engine: the only module that calls it."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from importlib import metadata

import numpy as np
import zxingcpp
from numpy.typing import NDArray

from models.errors import EngineError
from models.geometry import Box

log = logging.getLogger(__name__)

NAME = "zxing-cpp"


@dataclass(frozen=True)
class Decoded:
    value: str
    format: str
    box: Box
    orientation: int


def available() -> bool:
    return hasattr(zxingcpp, "read_barcodes")


def version() -> str:
    return metadata.version("zxing-cpp")


def _decode(gray: NDArray[np.uint8]) -> list[Decoded]:
    try:
        results = zxingcpp.read_barcodes(gray, try_rotate=False, try_downscale=True)
    except Exception as e:  # the binding raises plain exceptions on bad buffers
        raise EngineError(f"zxing-cpp failed: {e}") from e
    found: list[Decoded] = []
    height, width = gray.shape[:2]
    for r in results:
        if not r.valid or not r.text:
            continue
        pos = r.position
        xs = [pos.top_left.x, pos.top_right.x, pos.bottom_right.x, pos.bottom_left.x]
        ys = [pos.top_left.y, pos.top_right.y, pos.bottom_right.y, pos.bottom_left.y]
        x0, y0 = max(0, min(xs)), max(0, min(ys))
        x1, y1 = min(width, max(xs) + 1), min(height, max(ys) + 1)
        found.append(
            Decoded(
                value=r.text,
                format=str(r.format).removeprefix("BarcodeFormat."),
                box=Box(x=x0, y=y0, w=max(1, x1 - x0), h=max(1, y1 - y0)),
                orientation=int(r.orientation),
            )
        )
    return found


def read(gray: NDArray[np.uint8]) -> list[Decoded]:
    """Decode every barcode in a greyscale image, upright or turned a quarter.

    zxing-cpp's own `try_rotate` tries four turns; a linear code reads the same at 0 and 180
    degrees, and the 2D codes labels carry (DataMatrix, QR) are found at any angle, so reading
    the image as it is and turned once finds the same codes in half the time (0.36 s instead of
    1.1 s for four sheets and a packet, measured).
    """
    found = _decode(gray)
    width = gray.shape[1]
    for d in _decode(np.ascontiguousarray(np.rot90(gray))):
        # np.rot90 turns counter-clockwise: (x', y') in the turned image is (W-1-y', x') here
        b = d.box
        box = Box(x=max(0, width - b.y2), y=b.x, w=b.h, h=b.w)
        if not any(f.value == d.value and f.format == d.format for f in found):
            found.append(
                Decoded(value=d.value, format=d.format, box=box, orientation=d.orientation - 90)
            )
    return found
