"""Stage 4: read each label region with Tesseract, upright and at a size Tesseract reads best."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

import cv2
import numpy as np
from numpy.typing import NDArray

from models.geometry import Box
from models.specimen import Barcode, LabelRegion, LabelText, OcrLine, OcrWord
from pipelines.engines import tesseract
from pipelines.load import LoadedImage

log = logging.getLogger(__name__)

# Tesseract's LSTM models read best when capital letters are roughly 25-40 pixels high.
TARGET_LETTER_PX = 32
BORDER = 12
# Below these, a word or line is most likely texture, plant or ruler read as letters. Labels are
# found generously, so what Tesseract reads from the paper around them is trimmed here.
MIN_WORD_CONFIDENCE = 0.2
MIN_LINE_CONFIDENCE = 0.4
MIN_LABEL_CONFIDENCE = 0.45


@dataclass(frozen=True)
class OcrOptions:
    langs: str
    timeout: float


@dataclass(frozen=True)
class _View:
    """A crop turned and scaled for Tesseract, and how to map its pixels back to the image."""

    pixels: NDArray[np.uint8]
    rotation: int  # degrees clockwise the crop was turned
    scale: float
    origin: Box  # the crop's box in the full image

    def to_image(self, b: Box) -> Box:
        """Map a box in view pixels back to full-image pixels."""
        x0, y0 = (b.x - BORDER) / self.scale, (b.y - BORDER) / self.scale
        x1, y1 = (b.x2 - BORDER) / self.scale, (b.y2 - BORDER) / self.scale
        w, h = self.origin.w, self.origin.h
        if self.rotation == 90:  # view (u, v) <- crop (x = v, y = h - u)
            x0, y0, x1, y1 = y0, h - x1, y1, h - x0
        elif self.rotation == 270:  # view (u, v) <- crop (x = w - v, y = u)
            x0, y0, x1, y1 = w - y1, x0, w - y0, x1
        elif self.rotation == 180:
            x0, y0, x1, y1 = w - x1, h - y1, w - x0, h - y0
        left = max(0, round(self.origin.x + max(0.0, x0)))
        top = max(0, round(self.origin.y + max(0.0, y0)))
        right = round(self.origin.x + min(float(w), x1))
        bottom = round(self.origin.y + min(float(h), y1))
        return Box(x=left, y=top, w=max(0, right - left), h=max(0, bottom - top))


_TURNS = {
    90: cv2.ROTATE_90_CLOCKWISE,
    180: cv2.ROTATE_180,
    270: cv2.ROTATE_90_COUNTERCLOCKWISE,
}


def turn(pixels: NDArray[np.uint8], rotation: int) -> NDArray[np.uint8]:
    """Turn an image clockwise by 0, 90, 180 or 270 degrees."""
    if rotation not in _TURNS:
        return pixels
    return np.asarray(cv2.rotate(pixels, _TURNS[rotation]), np.uint8)


def _view(gray: NDArray[np.uint8], region: LabelRegion, rotation: int) -> _View:
    b = region.box
    crop: NDArray[np.uint8] = gray[b.y : b.y2, b.x : b.x2]
    scale = 1.0
    if region.letter_height > 0:
        scale = float(np.clip(TARGET_LETTER_PX / region.letter_height, 0.4, 4.0))
    if abs(scale - 1.0) > 0.1:
        interpolation = cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC
        crop = np.asarray(
            cv2.resize(crop, None, fx=scale, fy=scale, interpolation=interpolation), np.uint8
        )
    else:
        scale = 1.0
    crop = turn(crop, rotation)
    bordered = cv2.copyMakeBorder(crop, BORDER, BORDER, BORDER, BORDER, cv2.BORDER_REPLICATE)
    return _View(pixels=np.asarray(bordered, np.uint8), rotation=rotation, scale=scale, origin=b)


def _lines(result: tesseract.TessResult, view: _View) -> list[OcrLine]:
    grouped: dict[tuple[int, int, int], list[tesseract.TessWord]] = {}
    for w in result.words:
        grouped.setdefault((w.block, w.paragraph, w.line), []).append(w)
    lines: list[OcrLine] = []
    for key in sorted(grouped):
        words = [
            OcrWord(text=w.text, confidence=w.confidence, box=view.to_image(w.box))
            for w in grouped[key]
            if w.confidence >= MIN_WORD_CONFIDENCE
        ]
        if not words:
            continue
        box = words[0].box
        for word in words[1:]:
            box = box.union(word.box)
        chars = sum(len(w.text) for w in words)
        conf = sum(w.confidence * len(w.text) for w in words) / max(1, chars)
        if conf < MIN_LINE_CONFIDENCE:
            continue
        lines.append(
            OcrLine(text=" ".join(w.text for w in words), confidence=conf, box=box, words=words)
        )
    return lines


def _confidence(lines: list[OcrLine]) -> float:
    chars = sum(len(line.text) for line in lines)
    if not chars:
        return 0.0
    return sum(line.confidence * len(line.text) for line in lines) / chars


def _read(view: _View, options: OcrOptions) -> tuple[list[OcrLine], bool]:
    result = tesseract.read(view.pixels, psm=6, langs=options.langs, timeout=options.timeout)
    return _lines(result, view), result.timed_out


def text_pixels(image: LoadedImage, barcodes: Sequence[Barcode]) -> NDArray[np.uint8]:
    """The greyscale image with decoded barcodes painted over in paper colour.

    Their value is already known exactly, and bars inside a label crop make Tesseract read noise
    and can cost the printed number beside them.
    """
    if not barcodes:
        return image.gray
    gray = image.gray.copy()
    for code in barcodes:
        b = code.box
        ring = gray[max(0, b.y - 8) : b.y2 + 8, max(0, b.x - 8) : b.x2 + 8]
        gray[b.y : b.y2, b.x : b.x2] = int(np.percentile(ring, 95))
    return gray


def read_label(gray: NDArray[np.uint8], region: LabelRegion, options: OcrOptions) -> LabelText:
    """Read one label; labels turned 90 degrees are read both ways and the surer reading kept."""
    rotations = (90, 270) if region.vertical else (0,)
    best: tuple[float, int, list[OcrLine], bool] | None = None
    for rotation in rotations:
        lines, timed_out = _read(_view(gray, region, rotation), options)
        conf = _confidence(lines)
        if best is None or conf > best[0]:
            best = (conf, rotation, lines, timed_out)
    assert best is not None
    conf, rotation, lines, timed_out = best
    flags = ["timeout"] if timed_out else []
    if not lines:
        flags.append("empty")
    elif conf < MIN_LABEL_CONFIDENCE:
        flags.append("low_confidence")
    return LabelText(
        label=region.index,
        lines=lines,
        rotation=rotation,
        engine=f"{tesseract.NAME} {tesseract.version()}",
        confidence=conf,
        flags=flags,
    )


def is_text(label: LabelText) -> bool:
    """Whether a reading is label text worth passing on (not texture read as letters)."""
    letters = sum(ch.isalnum() for ch in label.text)
    return letters >= 2 and "low_confidence" not in label.flags and "empty" not in label.flags
