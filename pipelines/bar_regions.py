"""Where an image has bars: compact rectangles of many parallel, evenly dark, thin strokes.

A linear barcode shrunk until its narrowest bars are a pixel wide or less (a web-size copy of a
herbarium sheet) no longer decodes, but its bars still change brightness sharply across and not
at all along: strong gradients one way, none the other, over a compact rectangle. Text has
strokes both ways, a ruler's ticks are few and far apart, a plant's edges wander.

Found on a working copy at most about WORK_SIDE pixels long (a full 3744x5616 sheet is read at
a quarter of its size): about 5 ms of CPU for a full sheet, 8 for a 1,200x1,600 photograph
(measured on the devset).
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np
from numpy.typing import NDArray

from models.geometry import Box

# The working copy's longest side is at most this many times 1, 2, 3 ... smaller than the image:
# a 1,500-pixel-wide sheet is searched as it is, a full scan at a quarter of its size.
WORK_SIDE = 1400
# Mean across-the-bars gradient, less twice the along-the-bars one, over 8x8 pixels, in grey
# levels per pixel: printed bars score 40-60 at every size tried, the densest text 30-45 at
# most, and only in short stretches.
MIN_ENERGY = 25
# At the working scale: a code's bars run at least this long (a 20-module code at a pixel a
# module) and are at least this tall.
MIN_ALONG = 24
MIN_ACROSS = 8
# What makes a rectangle bars (measured on the devset's sheets at full size and at 1,500 and
# 1,000 pixels across): the profile across them is the same in its upper and lower half, give or
# take SKEW pixels (the codes' halves agree 0.55 or better; a line of text does not); the pixels
# change along the bars at most MAX_ALONG as much as across them (codes 0.19 at most, bold
# condensed capitals 0.22-0.49); the profile does not echo itself a few bars on (a resolution
# target's even bars 0.55-0.87, codes 0.54 at most).
MIN_AGREEMENT = 0.5
SKEW = 2
MAX_ALONG = 0.2
MAX_PERIODICITY = 0.6
# Light-dark swings along the profile: a Code 39 of three characters has 25 bars (the devset's
# codes show 15 or more at every size, aliased; a word of upright strokes 12-13).
MIN_SWINGS = 14
# The bars' height over their mean spacing (swings per length): 3.6 or more for the devset's
# codes at every size (aliasing hides bars at a pixel a bar), 1.2-2.0 for words in 40-pixel type.
MIN_TALL = 3.0
# A row beyond the middle of the bars that correlates this well with their profile across (give
# or take a pixel) is still bars.
ROW_ALIKE = 0.6
MAX_REGIONS = 8


@dataclass(frozen=True)
class BarRegion:
    """A rectangle of bars on the image; `vertical` when the bars run top to bottom (the code
    reads left to right)."""

    box: Box
    vertical: bool
    score: float


def _working(gray: NDArray[np.uint8]) -> tuple[NDArray[np.uint8], int]:
    step = max(1, max(gray.shape[:2]) // WORK_SIDE)
    if step == 1:
        return gray, 1
    size = (gray.shape[1] // step, gray.shape[0] // step)
    return np.asarray(cv2.resize(gray, size, interpolation=cv2.INTER_LINEAR), np.uint8), step


def _rows_of_bars(energy: NDArray[np.uint8]) -> tuple[int, int]:
    """The longest run of rows where the bars are (the closing also took in a caption above or
    the number below): rows at least half as strong as the strongest."""
    rows = energy.mean(axis=1)
    strong = rows >= 0.5 * rows.max()
    best, start, best_span = (0, len(rows)), None, 0
    for i, on in enumerate([*strong, False]):
        if on and start is None:
            start = i
        elif not on and start is not None:
            if i - start > best_span:
                best, best_span = (start, i), i - start
            start = None
    return best


def _looks_like_bars(patch: NDArray[np.uint8]) -> bool:
    """Whether `patch` (bars running top to bottom) is a code's bars: the same profile across
    in its upper and lower half, many light-dark swings, hardly any change along the bars, and
    bars of several widths at uneven spacing (a resolution target's or a ruler's are even)."""
    height = patch.shape[0]
    middle = patch[height // 5 : height - height // 5].astype(np.float64)
    if middle.shape[0] < 2:
        return False
    half = middle.shape[0] // 2
    upper, lower = middle[:half].mean(axis=0), middle[half:].mean(axis=0)
    if _likeness(upper[None, :], lower, SKEW)[0] < MIN_AGREEMENT:
        return False
    profile = middle.mean(axis=0)
    level = cv2.blur(profile.astype(np.float32)[None, :], (9, 1))[0]
    dark = profile < level - 0.1 * (profile.max() - profile.min())
    swings = int(np.count_nonzero(dark[1:] & ~dark[:-1]))
    # bars are tall for their spacing; the upright strokes of a word (minimum, illicium) are
    # as far apart as the letters are tall
    if swings < MIN_SWINGS or height * swings < MIN_TALL * patch.shape[1]:
        return False
    across = float(np.abs(np.diff(middle, axis=1)).mean())
    along = float(np.abs(np.diff(middle, axis=0)).mean())
    if along > MAX_ALONG * across:
        return False
    centred = profile - profile.mean()
    echo = np.correlate(centred, centred, "full")[len(centred) - 1 :]
    return float(echo[2 : max(3, len(centred) // 3)].max()) < MAX_PERIODICITY * float(echo[0])


def _candidates(energy: NDArray[np.uint8], vertical: bool) -> list[tuple[int, int, int, int]]:
    """Compact rectangles of high bar energy (x, y, w, h on the half-size energy map): the bars
    of one code, joined."""
    # join the bars across the gaps between them, not the code to the line of text beside it
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (5, 2) if vertical else (2, 5))
    mask = np.asarray(
        cv2.morphologyEx((energy > MIN_ENERGY).astype(np.uint8), cv2.MORPH_CLOSE, kernel), np.uint8
    )
    # contours, not connectedComponentsWithStats: 2 ms instead of 40 on a 1500x2250 image
    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    found = []
    for contour in contours:
        x, y, w, h = cv2.boundingRect(contour)
        along, across = (w, h) if vertical else (h, w)
        if 2 * along < MIN_ALONG or 2 * across < MIN_ACROSS or along < 1.2 * across:
            continue
        if cv2.countNonZero(mask[y : y + h, x : x + w]) < 0.5 * w * h:
            continue
        found.append((x, y, w, h))
    return found


def _likeness(
    rows: NDArray[np.float64], profile: NDArray[np.float64], skew: int
) -> NDArray[np.float64]:
    """Each row's correlation with `profile`, the best of shifts by up to `skew` pixels (a
    slightly skewed code's bars are a pixel or two further along at the bottom than at the
    top); -1 for a flat row."""
    best = np.full(rows.shape[0], -1.0)
    width = rows.shape[1]
    for shift in range(-skew, skew + 1):
        x = rows[:, max(0, shift) : width + min(0, shift)]
        y = profile[max(0, -shift) : width + min(0, -shift)]
        x = x - x.mean(axis=1, keepdims=True)
        y = y - y.mean()
        norm = np.sqrt((x * x).sum(axis=1) * float((y * y).sum()))
        best = np.maximum(best, np.where(norm > 0, (x @ y) / np.maximum(norm, 1e-9), -1.0))
    return best


def _bar_rows(patch: NDArray[np.uint8], top: int, bottom: int) -> tuple[int, int]:
    """The rows of `patch` (bars running top to bottom) the bars cover, from a first guess
    [top, bottom): rows on from the middle while they look like the middle across. The bar
    energy alone takes in the number printed under the bars, whose strokes are upright too."""
    middle = patch[top + (bottom - top) // 3 : bottom - (bottom - top) // 3]
    alike = _likeness(patch.astype(np.float64), middle.mean(axis=0), 1) >= ROW_ALIKE
    first = last = (top + bottom) // 2
    while first > 0 and alike[first - 1]:
        first -= 1
    while last + 1 < patch.shape[0] and alike[last + 1]:
        last += 1
    return first, last + 1


def _bars(
    work: NDArray[np.uint8], bar_energy: NDArray[np.uint8], inside: tuple[int, int]
) -> tuple[int, int, float] | None:
    """The rows of bars within a candidate (bars running top to bottom, the candidate's own rows
    `inside`, the patch a little larger), and their strength; None when it is not a code."""
    start, end = inside
    top, bottom = _rows_of_bars(bar_energy[start:end])
    top, bottom = start + top, start + bottom
    height, width = bottom - top, bar_energy.shape[1]
    if height < MIN_ACROSS or width < 1.2 * height:
        return None
    if not _looks_like_bars(work[top:bottom]):
        return None
    strength = float(bar_energy[top:bottom].mean())
    top, bottom = _bar_rows(work, top, bottom)
    return top, bottom, strength


def find_bar_regions(gray: NDArray[np.uint8]) -> list[BarRegion]:
    """The rectangles of bars on a greyscale image, strongest first (at most MAX_REGIONS)."""
    work, step = _working(gray)
    if min(work.shape[:2]) < MIN_ALONG:
        return []
    # |difference| to the next pixel right and down, on the same grid
    dx = cv2.absdiff(work[:-1, 1:], work[:-1, :-1])
    dy = cv2.absdiff(work[1:, :-1], work[:-1, :-1])
    half = (dx.shape[1] // 2, dx.shape[0] // 2)
    regions: list[BarRegion] = []
    for vertical in (True, False):
        across, along = (dx, dy) if vertical else (dy, dx)
        # bars: gradient across them, none along them (twice, so text's mixed strokes fall out)
        bar_energy = np.asarray(cv2.subtract(cv2.subtract(across, along), along), np.uint8)
        # averaged over 2x2 cells, then over 4x4 of those: 8x8 working pixels, at a quarter of
        # the cost of a 7x7 blur and closing at full size
        # (an even-sized input: INTER_AREA's fast path is for whole factors only, 1 ms not 7)
        even = bar_energy[: 2 * half[1], : 2 * half[0]]
        energy = np.asarray(
            cv2.blur(cv2.resize(even, half, interpolation=cv2.INTER_AREA), (4, 4)), np.uint8
        )
        for cx, cy, cw, ch in _candidates(energy, vertical):
            x, y, w, h = 2 * cx, 2 * cy, 2 * cw, 2 * ch
            if vertical:  # a margin above and below, where the bars may go on
                y0, y1 = max(0, y - h // 2), min(work.shape[0] - 1, y + h + h // 2)
                patch, strength = work[y0:y1, x : x + w], bar_energy[y0:y1, x : x + w]
                bars = _bars(patch, strength, (y - y0, y - y0 + h))
                if bars is not None:
                    top, bottom, score = bars
                    box = Box(x=x, y=y0 + top, w=w, h=bottom - top)
            else:  # turned so the bars run top to bottom
                x0, x1 = max(0, x - w // 2), min(work.shape[1] - 1, x + w + w // 2)
                patch, strength = work[y : y + h, x0:x1].T, bar_energy[y : y + h, x0:x1].T
                bars = _bars(patch, strength, (x - x0, x - x0 + w))
                if bars is not None:
                    top, bottom, score = bars
                    box = Box(x=x0 + top, y=y, w=bottom - top, h=h)
            if bars is not None:
                regions.append(
                    BarRegion(box=_scaled(box, step, gray.shape), vertical=vertical, score=score)
                )
    regions.sort(key=lambda r: -r.score * r.box.area)
    return regions[:MAX_REGIONS]


def _scaled(box: Box, step: int, shape: tuple[int, ...]) -> Box:
    height, width = shape[:2]
    x, y = min(width - 1, box.x * step), min(height - 1, box.y * step)
    return Box(x=x, y=y, w=min(width - x, box.w * step), h=min(height - y, box.h * step))
