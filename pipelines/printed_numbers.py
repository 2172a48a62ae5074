"""The number printed under (or beside) a barcode's bars, read by OCR when the bars do not decode.

Barcode labels print their value in plain digits next to the bars, in type large enough to read
on a web-size copy of a sheet whose bars have shrunk below a pixel. The line of print nearest the
bars is cut out, enlarged and read with Tesseract as one line (and where Tesseract is unsure,
with the second recogniser too); a value shaped like a catalogue number (an optional prefix of
capitals, then digits) is returned as a barcode of lower confidence, flagged, so the record can
use it when nothing decoded.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

import cv2
import numpy as np
from numpy.typing import NDArray
from rapidfuzz.distance import Levenshtein

from models.errors import EngineError
from models.geometry import Box
from models.specimen import Barcode
from pipelines.bar_regions import BarRegion
from pipelines.engines import pprec, tesseract

log = logging.getLogger(__name__)

FLAG = "printed_under_barcode"
FORMAT = "linear"  # the bars did not decode: their symbology is not known

# Tesseract's page segmentation mode for a single line of text.
SINGLE_LINE = 7
# The printed line is enlarged until its characters are about this tall (Tesseract reads best
# at 30-40 pixels), by at most MAX_ENLARGE.
TEXT_HEIGHT = 40
MAX_ENLARGE = 4
# Bars askew by less than this (degrees) are read as they are; by more than MAX_SKEW they are
# no label stuck on straight-ish, and left alone too.
MIN_SKEW = 0.5
MAX_SKEW = 15.0
# A row of the strip beside the bars with more than this share of ink pixels has print on it.
MIN_INK = 0.02
# A reading less sure than this (Tesseract's mean word confidence) is no catalogue number: at
# 0.5 one number of 51 on the devset's lichen packets shrunk to 600 pixels came out wrong (an
# O-like zero); at 0.6 none did, there nor on the devset's herbarium sheets at 1,500 and 1,000.
MIN_OCR_CONFIDENCE = 0.6
# Tesseract reads a number whose type is only 6-8 pixels tall on the copy (a 1,000-pixel-wide
# sheet) at 0.2-0.5, right or a character or two off ("VO1L23456F", "V0O123456F"); the second
# recogniser, which reads the whole line at once, reads the same line right at 0.99. A number the
# second recogniser reads surely, every character at least SECOND_CHARACTER, that Tesseract read
# alike but for a character in AGREE_SHARE (at most AGREE_EDITS) is taken. Each engine's
# misreadings are its own: read upside down the line is "SISPETTON" to the one and "VO25F" to
# the other. The two confidences are averaged.
SECOND_CONFIDENCE = 0.95
SECOND_CHARACTER = 0.8
AGREE_SHARE = 4
AGREE_EDITS = 2
# What an OCR'd number is worth against a decoded one (1.0) or a file name pattern (0.9).
CONFIDENCE_FROM = 0.5
CONFIDENCE_TO = 0.85

# A catalogue number as printed under a code: an optional institution prefix of capitals, then
# four or more digits, perhaps grouped by single spaces, dots, commas or hyphens, and a final
# capital (NY 01234567, BM000123456, L.1234567, ABC-L-0012345, 609,488, 01234567A).
_NUMBER = re.compile(r"^(?:[A-Z]{1,8}[ .:-]?){0,3}\d(?:[ .,-]?\d){3,15}[A-Z]?$")
# ... and not a date printed near a code (1951-07-12, 12.07.1951)
_DATE = re.compile(r"^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})$")
_STRAY = " .,:;-_'\"|~`^*?!"
# Letters Tesseract reads for digits inside a run of digits.
_AS_DIGIT = str.maketrans({"O": "0", "o": "0", "D": "0", "Q": "0", "I": "1", "l": "1", "|": "1"})


@dataclass(frozen=True)
class PrintedNumbers:
    """How the number printed beside bars that do not decode is read (by Tesseract)."""

    langs: str = "eng"
    timeout: float = 10.0
    backend: tesseract.Backend = "auto"
    # a number Tesseract is unsure of is read by the second recogniser too (see
    # SECOND_CONFIDENCE)
    second_recogniser: bool = True


@dataclass(frozen=True)
class _Reading:
    value: str
    confidence: float


def _turned(pixels: NDArray[np.uint8], bars: Box, turn: int) -> tuple[NDArray[np.uint8], Box]:
    """`pixels` turned `turn` degrees clockwise, and where the bars are in the turned copy."""
    height, width = pixels.shape[:2]
    if turn == 90:
        turned = cv2.rotate(pixels, cv2.ROTATE_90_CLOCKWISE)
        box = Box(x=height - bars.y2, y=bars.x, w=bars.h, h=bars.w)
    elif turn == 180:
        turned = cv2.rotate(pixels, cv2.ROTATE_180)
        box = Box(x=width - bars.x2, y=height - bars.y2, w=bars.w, h=bars.h)
    elif turn == 270:
        turned = cv2.rotate(pixels, cv2.ROTATE_90_COUNTERCLOCKWISE)
        box = Box(x=bars.y, y=width - bars.x2, w=bars.h, h=bars.w)
    else:
        turned, box = pixels, bars
    return np.asarray(turned, np.uint8), box


def _deskewed(crop: NDArray[np.uint8], bars: Box) -> NDArray[np.uint8]:
    """`crop` turned about the bars' centre so they run straight up and down (or across): a label
    stuck on a few degrees askew runs the ends of the bars into its printed number. The bars'
    direction is that of the image's structure tensor over them."""
    pixels = crop[bars.y : bars.y2, bars.x : bars.x2].astype(np.float32)
    gx, gy = cv2.Sobel(pixels, cv2.CV_32F, 1, 0), cv2.Sobel(pixels, cv2.CV_32F, 0, 1)
    gradient = 0.5 * np.degrees(
        np.arctan2(2 * float((gx * gy).sum()), float((gx * gx - gy * gy).sum()))
    )
    skew = gradient - 90 * round(gradient / 90)
    if not MIN_SKEW <= abs(skew) <= MAX_SKEW:
        return crop
    # a positive angle turns counter-clockwise (y down), undoing a clockwise gradient
    centre = (bars.x + bars.w / 2, bars.y + bars.h / 2)
    turn = cv2.getRotationMatrix2D(centre, float(skew), 1.0)
    size = (crop.shape[1], crop.shape[0])
    return np.asarray(
        cv2.warpAffine(crop, turn, size, flags=cv2.INTER_CUBIC, borderMode=cv2.BORDER_REPLICATE),
        np.uint8,
    )


def _runs(on: NDArray[np.bool_]) -> list[tuple[int, int]]:
    """(start, end) of each run of True."""
    edges = np.flatnonzero(np.diff(np.concatenate([[0], on.astype(np.int8), [0]])))
    return list(zip(edges[::2].tolist(), edges[1::2].tolist(), strict=True))


def _line_beside(view: NDArray[np.uint8], bars: Box, below: bool) -> NDArray[np.uint8] | None:
    """The line of print nearest the bars (which run top to bottom in `view`) below or above
    them, cut out with a little paper round it; None when there is none of a plausible size."""
    reach = int(max(1.1 * bars.h, 0.25 * bars.w))
    x0, x1 = max(0, bars.x - bars.w // 4), min(view.shape[1], bars.x2 + bars.w // 4)
    y0, y1 = (bars.y2, bars.y2 + reach) if below else (bars.y - reach, bars.y)
    y0, y1 = max(0, y0), min(view.shape[0], y1)
    # the side next to the bars first
    strip = view[y0:y1, x0:x1] if below else view[y0:y1, x0:x1][::-1]
    if strip.shape[0] < 4 or strip.shape[1] < 8:
        return None
    paper = float(np.percentile(strip, 90))
    ink = strip < paper - 0.35 * max(1.0, paper - float(strip.min()))
    fill = ink.mean(axis=1)
    # The rectangle found for the bars may stop a few rows short of their ends, and on a small
    # copy their blurred ends run into the number: skip down the fading ends to the palest row
    # between them and the print.
    gap = 0
    if fill[0] > MIN_INK:
        while gap + 1 < len(fill) and fill[gap + 1] <= fill[gap]:
            gap += 1
    lines = [
        (gap + a, gap + b)
        for a, b in _runs(fill[gap:] > fill[gap] + MIN_INK)
        if b - a >= max(3, 0.1 * bars.h)
    ]
    if not lines:
        return None
    top, bottom = lines[0]
    columns = np.flatnonzero(ink[top:bottom].any(axis=0))
    left, right = int(columns[0]), int(columns[-1]) + 1
    if right - left < 0.2 * bars.w or bottom - top > 0.8 * (right - left):
        return None
    pad = max(2, (bottom - top) // 4)
    line = strip[max(gap, top - pad) : bottom + pad, max(0, left - pad) : right + pad]
    return line if below else line[::-1]


def _enlarged(line: NDArray[np.uint8]) -> NDArray[np.uint8]:
    factor = min(float(MAX_ENLARGE), max(1.0, TEXT_HEIGHT / max(1, line.shape[0] * 0.7)))
    big = cv2.resize(line, None, fx=factor, fy=factor, interpolation=cv2.INTER_CUBIC)
    paper = int(np.percentile(big, 90))
    border = max(10, big.shape[0] // 3)
    return np.asarray(
        cv2.copyMakeBorder(big, border, border, border, border, cv2.BORDER_CONSTANT, value=paper),
        np.uint8,
    )


def as_catalogue_number(text: str) -> str | None:
    """`text` (OCR'd words) as a catalogue number, or None when it is not shaped like one:
    letters read for digits inside the digits put right, stray marks at the ends dropped."""
    text = " ".join(text.split()).strip(_STRAY)
    # a hyphen read doubled or as an equals sign (TENN=-L-)
    text = re.sub(r"[-=]{2,}|=", "-", text)
    match = re.match(r"^((?:[A-Z]{1,8}[ .:-]?){0,3})(.*)$", text)
    if match is None:
        return None
    prefix, rest = match.groups()
    if not rest or not (rest[0].isdigit() or rest[0] in "OoDQIl|"):
        return None
    value = prefix + rest.translate(_AS_DIGIT)
    return value if _NUMBER.match(value) and not _DATE.match(value) else None


def _number_in(words: list[tesseract.TessWord]) -> _Reading | None:
    """The longest run of consecutive words that reads as a catalogue number (marks read from
    the label's edge or the bars' ends are words of their own), with their mean confidence."""
    best: _Reading | None = None
    for i in range(len(words)):
        for j in range(i + 1, min(len(words), i + 4) + 1):
            value = as_catalogue_number(" ".join(w.text for w in words[i:j]))
            if value is None or (best is not None and len(value) <= len(best.value)):
                continue
            best = _Reading(value, float(np.mean([w.confidence for w in words[i:j]])))
    return best


def _alike(words: list[tesseract.TessWord], value: str) -> float | None:
    """Tesseract's mean confidence over the run of `words` that reads as `value` but for at
    a letter or digit in AGREE_SHARE (at most AGREE_EDITS); None when no run does."""
    wanted = re.sub(r"[\W_]", "", value).upper()
    edits = min(AGREE_EDITS, len(wanted) // AGREE_SHARE)
    for i in range(len(words)):
        for j in range(i + 1, min(len(words), i + 4) + 1):
            read = re.sub(r"[\W_]", "", " ".join(w.text for w in words[i:j])).upper()
            if Levenshtein.distance(read, wanted) <= edits:
                return float(np.mean([w.confidence for w in words[i:j]]))
    return None


def _read(line: NDArray[np.uint8], options: PrintedNumbers) -> _Reading | None:
    big = _enlarged(line)
    result = tesseract.read(
        big, psm=SINGLE_LINE, langs=options.langs, timeout=options.timeout, backend=options.backend
    )
    reading = _number_in(result.words)
    if reading is not None and reading.confidence >= MIN_OCR_CONFIDENCE:
        return reading
    if not result.words or not options.second_recogniser or not pprec.available():
        return None
    try:
        second = pprec.recognise(big)
    except EngineError as e:  # the number goes unread; the codes found stand
        log.warning("second reading of a printed number failed: %s", e)
        return None
    value = as_catalogue_number(second.text)
    if (
        value is None
        or second.confidence < SECOND_CONFIDENCE
        or min(second.scores) < SECOND_CHARACTER
    ):
        return None
    first = _alike(result.words, value)
    if first is None:
        log.debug("printed number %r: Tesseract read no such run", value)
        return None
    return _Reading(value, (first + second.confidence) / 2)


def read_printed_number(
    gray: NDArray[np.uint8], region: BarRegion, options: PrintedNumbers
) -> Barcode | None:
    """The number printed beside one rectangle of bars that did not decode, as a flagged
    barcode of lower confidence; None when no line there reads as a catalogue number.

    The label may be either way up: the bars are turned to run top to bottom both ways (0 and
    180 degrees, or 90 and 270 for a code turned a quarter), and the line below them read in
    each; only when neither reads is the line above tried (numbers printed over the bars). The
    surer reading wins.
    """
    bars = region.box
    length, height = (bars.w, bars.h) if region.vertical else (bars.h, bars.w)
    reach = int(max(0.9 * height, 0.2 * length)) + 4
    gx, gy = (length // 4, reach) if region.vertical else (reach, length // 4)
    x0, y0 = max(0, bars.x - gx), max(0, bars.y - gy)
    x1, y1 = min(gray.shape[1], bars.x2 + gx), min(gray.shape[0], bars.y2 + gy)
    inner = Box(x=bars.x - x0, y=bars.y - y0, w=bars.w, h=bars.h)
    crop = _deskewed(gray[y0:y1, x0:x1], inner)
    turns = (0, 180) if region.vertical else (90, 270)
    best: _Reading | None = None
    for below in (True, False):
        for turn in turns:
            view, box = _turned(crop, inner, turn)
            line = _line_beside(view, box, below)
            reading = _read(line, options) if line is not None else None
            if reading is not None and (best is None or reading.confidence > best.confidence):
                best = reading
        if best is not None:
            break
    if best is None:
        return None
    log.debug("number printed beside the bars at %s: %s (%.2f)", bars, best.value, best.confidence)
    return Barcode(
        value=best.value,
        format=FORMAT,
        box=bars,
        orientation=0 if region.vertical else 90,
        confidence=round(CONFIDENCE_FROM + (CONFIDENCE_TO - CONFIDENCE_FROM) * best.confidence, 3),
        flags=[FLAG],
    )
