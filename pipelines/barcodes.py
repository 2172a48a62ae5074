"""Stage 2: find and decode the barcodes on a specimen image."""

from __future__ import annotations

import logging

from models.specimen import Barcode
from pipelines.engines import zxing
from pipelines.load import LoadedImage

log = logging.getLogger(__name__)


def find_barcodes(image: LoadedImage) -> list[Barcode]:
    """Every distinct barcode, top to bottom.

    Linear barcodes on a 3744x5616 sheet are only a few pixels per module, so the full-resolution
    image is read (0.4 s for a herbarium sheet); zxing-cpp itself tries rotations and downscales.
    """
    seen: set[tuple[str, str]] = set()
    barcodes: list[Barcode] = []
    for d in sorted(zxing.read(image.gray), key=lambda d: (d.box.y, d.box.x)):
        if (d.value, d.format) in seen:
            continue
        seen.add((d.value, d.format))
        barcodes.append(
            Barcode(value=d.value, format=d.format, box=d.box, orientation=d.orientation)
        )
    log.debug("%s: %d barcode(s)", image.info.path, len(barcodes))
    return barcodes
