"""The zxing-cpp barcode engine: the only module that calls it."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import cache
from importlib import metadata

import numpy as np
import zxingcpp
from numpy.typing import NDArray

from models.errors import EngineError
from models.geometry import Box

log = logging.getLogger(__name__)

NAME = "zxing-cpp"

# The codes specimen labels carry by default (settings.barcode_formats): linear codes (Code 39,
# Code 128, ...), QR and Data Matrix. Looking for every symbology (Aztec, PDF417, MaxiCode, micro
# and rectangular QR as well) took 128 ms instead of 88 per 3744x5616 sheet read once (measured
# on the devset's sheets).


@cache
def formats(names: str) -> zxingcpp.BarcodeFormats:
    """zxing-cpp's formats from their names ("AllLinear,QRCode,DataMatrix")."""
    return zxingcpp.barcode_formats_from_str(names)


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


def read(gray: NDArray[np.uint8], names: str, *, light_on_dark: bool = False) -> list[Decoded]:
    """Decode every barcode of the symbologies `names` in a greyscale image, at any of the four
    right angles; printed light on a dark ground too if `light_on_dark` (zxing-cpp's
    `try_invert`: 0.069 instead of 0.049 s per devset image, where every code is dark on light).

    zxing-cpp finds QR codes at any angle, but linear codes and Data Matrix only near the turn it
    reads the image at (a Data Matrix turned 90 or 180 degrees is missed), so it tries all four
    (`try_rotate`): 204 ms per sheet, 22 per insect photo, against 256 and 31 for every
    symbology upright and turned once, which missed such a Data Matrix.
    """
    try:
        results = zxingcpp.read_barcodes(
            gray,
            formats=formats(names),
            try_rotate=True,
            try_downscale=True,
            try_invert=light_on_dark,
        )
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
