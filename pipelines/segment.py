"""Stage 3: find the paper labels on a specimen image.

Labels are found through their text: dark, letter-sized marks on locally bright paper, lined up in
rows. Marks that are too big (plant stems, pins, ruler edges), too small (dust, paper grain) or
colourful (colour charts, the specimen) are dropped; the rest are joined into lines and the lines into
blocks, one block per label. The work is done on a copy downscaled to about 1600 pixels, where a
3744x5616 sheet's label text is still 8-12 pixels high; boxes are scaled back to the full image.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

import cv2
import numpy as np
from numpy.typing import NDArray

from models.geometry import Box
from models.specimen import Barcode, LabelRegion
from pipelines.load import LoadedImage

log = logging.getLogger(__name__)

WORK_SIDE = 2400


@dataclass(frozen=True)
class Mark:
    x: int
    y: int
    w: int
    h: int
    contrast: float  # how much darker than the paper around it, 0..1


def _work_copy(image: LoadedImage) -> tuple[NDArray[np.uint8], NDArray[np.uint8], float]:
    h, w = image.gray.shape
    scale = min(1.0, WORK_SIDE / max(h, w))
    size = (max(1, round(w * scale)), max(1, round(h * scale)))
    gray = cv2.resize(image.gray, size, interpolation=cv2.INTER_AREA)
    rgb = cv2.resize(image.rgb, size, interpolation=cv2.INTER_AREA)
    return np.asarray(gray, np.uint8), np.asarray(rgb, np.uint8), scale


def _ink(gray: NDArray[np.uint8], rgb: NDArray[np.uint8]) -> NDArray[np.uint8]:
    """Binary mask of dark, grey marks on locally brighter background."""
    ink = cv2.adaptiveThreshold(
        gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 25, 18
    )
    channels = rgb.astype(np.int16)
    chroma = channels.max(axis=2) - channels.min(axis=2)
    # strongly coloured marks (colour charts, green or brown specimens) are not label ink; absolute
    # chroma rather than HSV saturation, which is high for any dark pixel on tinted paper
    colourful = chroma > 90
    ink[colourful] = 0
    # rules, underlines and label borders touch the letters and would merge them into one big mark
    for kernel in ((41, 1), (1, 41)):
        rules = cv2.morphologyEx(
            ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, kernel)
        )
        ink[rules > 0] = 0
    return np.asarray(ink, np.uint8)


def _letter_marks(ink: NDArray[np.uint8], gray: NDArray[np.uint8]) -> list[Mark]:
    count, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    rows, cols = gray.shape
    marks: list[Mark] = []
    for i in range(1, count):
        x, y, w, h, area = (int(v) for v in stats[i])
        if not 5 <= h <= 48 or w > 6 * h or w < 1:
            continue
        fill = area / float(w * h)
        # letters fill 15-80% of their box; solid blobs and thin frames do not
        if not 0.12 <= fill <= 0.85 and not (w <= 3 and h >= 5):
            continue
        ring = gray[max(0, y - 3) : min(rows, y + h + 3), max(0, x - 3) : min(cols, x + w + 3)]
        paper = float(np.percentile(ring, 90))
        darkest = float(gray[y : y + h, x : x + w].min())
        marks.append(Mark(x, y, w, h, (paper - darkest) / max(1.0, paper)))
    return marks


def _find(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def _chains(marks: list[Mark], *, vertical: bool) -> list[list[int]]:
    """Group marks into text lines: neighbours of similar size, side by side, overlapping.

    Background texture (cork, foam, paper grain) gives letter-sized specks too, but they do not line
    up; a line needs at least three marks.
    """
    n = len(marks)
    if n == 0:
        return []
    a = np.array([(m.x, m.y, m.w, m.h) for m in marks], dtype=np.float32)
    if vertical:
        a = a[:, [1, 0, 3, 2]]
    x, y, w, h = a[:, 0], a[:, 1], a[:, 2], a[:, 3]
    x2, y2 = x + w, y + h
    # the "height" across the line is h, along it w; compare marks pairwise, chunked to bound memory
    parent = list(range(n))
    chunk = 512
    for s0 in range(0, n, chunk):
        sl = slice(s0, min(n, s0 + chunk))
        gap = np.maximum(x[None, :] - x2[sl, None], x[sl, None] - x2[None, :])
        overlap = np.minimum(y2[sl, None], y2[None, :]) - np.maximum(y[sl, None], y[None, :])
        hmax = np.maximum(h[sl, None], h[None, :])
        hmin = np.minimum(h[sl, None], h[None, :])
        near = (gap <= 0.9 * hmax) & (overlap >= 0.5 * hmin) & (hmax <= 2.0 * hmin)
        ii, jj = np.nonzero(near)
        for i, j in zip((ii + s0).tolist(), jj.tolist(), strict=True):
            if i < j:
                ri, rj = _find(parent, i), _find(parent, j)
                if ri != rj:
                    parent[ri] = rj
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(_find(parent, i), []).append(i)
    return [g for g in groups.values() if len(g) >= 3]


def _bbox(marks: list[Mark]) -> tuple[int, int, int, int]:
    x0 = min(m.x for m in marks)
    y0 = min(m.y for m in marks)
    x1 = max(m.x + m.w for m in marks)
    y1 = max(m.y + m.h for m in marks)
    return x0, y0, x1 - x0, y1 - y0


@dataclass(frozen=True)
class Block:
    x: int
    y: int
    w: int
    h: int
    score: float
    vertical: bool
    letter: float


def _lines(marks: list[Mark]) -> list[tuple[list[Mark], bool]]:
    """Text lines as (marks, is_vertical); a mark joins the direction where its line is longer."""
    best: dict[int, tuple[int, int, bool]] = {}
    for vertical in (False, True):
        for k, group in enumerate(_chains(marks, vertical=vertical)):
            for i in group:
                best[i] = max(best.get(i, (0, -1, vertical)), (len(group), k, vertical))
    members: dict[tuple[bool, int], list[Mark]] = {}
    for i, (_, k, vertical) in best.items():
        members.setdefault((vertical, k), []).append(marks[i])
    return [(ms, vertical) for (vertical, _), ms in members.items() if len(ms) >= 3]


def _line_quality(ms: list[Mark], vertical: bool) -> float:
    """Letters on a printed line have similar heights and make a long thin strip."""
    across = np.array([m.w if vertical else m.h for m in ms], dtype=np.float32)
    _, _, w, h = _bbox(ms)
    length, thickness = (h, w) if vertical else (w, h)
    spread = float(np.std(across) / max(1.0, float(np.mean(across))))
    if spread > 0.45 or length < 2.5 * thickness:
        return 0.0
    # shadows in cork, foam and paper grain line up by chance, but they are faint
    if float(np.median([m.contrast for m in ms])) < 0.3:
        return 0.0
    return float(len(ms))


def _blocks(marks: list[Mark], ink: NDArray[np.uint8]) -> list[Block]:
    """Join lines into blocks, one per label (or per paragraph of a large label)."""
    lines = [(ms, v, _line_quality(ms, v)) for ms, v in _lines(marks)]
    lines = [line for line in lines if line[2] > 0]
    if not lines:
        return []
    # each line reaches out by its own letter size: words of a line are further apart than the
    # lines of a label (along 4.4 letters, across 1.1), and a turned label swaps the two
    joined = np.zeros(ink.shape, np.uint8)
    rows, cols = ink.shape
    for ms, vertical, _ in lines:
        x, y, w, h = _bbox(ms)
        letter = float(np.median([m.w if vertical else m.h for m in ms]))
        along, across = round(letter * 2.2), round(letter * 0.55)
        dx, dy = (across, along) if vertical else (along, across)
        joined[max(0, y - dy) : min(rows, y + h + dy), max(0, x - dx) : min(cols, x + w + dx)] = 255
    count, labels, stats, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)
    quality = np.zeros(count, np.float32)
    vertical_votes = np.zeros(count, np.float32)
    letter_area = np.zeros(count, np.float32)
    letters: dict[int, list[int]] = {}
    for ms, vertical, q in lines:
        m0 = ms[0]
        k = labels[m0.y + m0.h // 2, m0.x + m0.w // 2]
        quality[k] += q
        vertical_votes[k] += q if vertical else -q
        letter_area[k] += sum(m.w * m.h for m in ms)
        letters.setdefault(int(k), []).extend(m.w if vertical else m.h for m in ms)
    blocks: list[Block] = []
    for k in range(1, count):
        x, y, w, h = (int(v) for v in stats[k][:4])
        if quality[k] < 4:
            continue
        # plant parts and ruler scales leave much ink outside any letter; labels do not
        ink_area = float(np.count_nonzero(ink[y : y + h, x : x + w]))
        clutter = max(0.0, ink_area - letter_area[k] * 0.6) / max(1.0, float(w * h))
        score = float(quality[k]) * max(0.0, 1.0 - 4 * clutter)
        letter_k = float(np.median(letters[k]))
        blocks.append(Block(x, y, w, h, score, bool(vertical_votes[k] > 0), letter_k))
    return blocks


def segment_labels(
    image: LoadedImage, *, max_labels: int, barcodes: Sequence[Barcode] = ()
) -> list[LabelRegion]:
    """Label regions in reading order (top to bottom, then left to right).

    Decoded barcodes are blanked first: their bars line up like letters but carry no text to read.
    """
    gray, rgb, scale = _work_copy(image)
    ink = _ink(gray, rgb)
    for code in barcodes:
        c = code.box
        ink[int(c.y * scale) : int(c.y2 * scale) + 1, int(c.x * scale) : int(c.x2 * scale) + 1] = 0
    blocks = [b for b in _blocks(_letter_marks(ink, gray), ink) if b.score >= 4]
    blocks = sorted(blocks, key=lambda b: -b.score)[:max_labels]
    full_h, full_w = image.gray.shape
    pad = 2
    regions: list[LabelRegion] = []
    for b in blocks:
        x0 = max(0, int((b.x - pad) / scale))
        y0 = max(0, int((b.y - pad) / scale))
        x1 = min(full_w, int((b.x + b.w + pad) / scale) + 1)
        y1 = min(full_h, int((b.y + b.h + pad) / scale) + 1)
        box = Box(x=x0, y=y0, w=x1 - x0, h=y1 - y0)
        regions.append(
            LabelRegion(
                index=0,
                box=box,
                score=min(1.0, b.score / 40),
                vertical=b.vertical,
                letter_height=round(b.letter / scale),
            )
        )
    regions.sort(key=lambda r: (r.box.y, r.box.x))
    return [r.model_copy(update={"index": i}) for i, r in enumerate(regions)]
