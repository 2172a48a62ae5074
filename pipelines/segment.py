"""Stage 3: find the labels on a specimen image.

Text lines are found by a learned detector (PP-OCRv6 DB, see engines/textdet.py), which finds the
small labels in an insect photo as surely as the big one on a herbarium sheet, and ignores rulers'
tick marks, plants and cork texture far better than layout rules did (devset insect photos: word F1
0.54 with OpenCV rules, see BENCHMARKS.md). Lines are then grouped with OpenCV-free geometry into
labels: lines that run the same way and sit close together, one under the other, belong to one
piece of paper. Labels and their lines are returned in reading order.

The detector's cost grows with the area it reads, so it sees a small copy first and a larger one
only where the text turned out to be small (see _detect).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from itertools import combinations

import numpy as np
from numpy.typing import NDArray

from models.geometry import Box
from models.specimen import LabelRegion, TextLineBox
from pipelines.engines import textdet

log = logging.getLogger(__name__)

# Lines thinner than this (in image pixels) are specks, not text a person could read either.
MIN_LINE_THICKNESS = 8
# The detector first reads a small copy; where the lines it finds there are thinner than
# WANTED_THICKNESS pixels, neighbouring lines of small print run together (a 3744x5616 sheet at
# 1280 pixels merged whole paragraphs), so it reads again at the scale that makes them that thick.
# The PP-OCRv6 detector reads small print at a first look of 832 pixels as well as PP-OCRv4 did at
# 960 (devset: cer 0.1480 at 960, 0.1488 at 832, for 0.12 s less per image).
FIRST_SIDE = 832
WANTED_THICKNESS = 22
# A detected line at least this many times as long as thick is shaped like a line of text (a
# plant's leaves read as "lines" 1.0-2.1 times as long as thick; a label's lines 3.5-9 on a
# web-size sheet, a run-together pair 2.3).
TEXT_SHAPE = 2.5
OUTVOTED = 0.5
# Around a barcode, small print is looked for this far out (or the code's short side if more).
CODE_MARGIN_PX = 40
# A "line" this many times thicker than the image's median line is usually a paragraph of small,
# tightly set print the detector ran together at the scale it read the sheet (a typed label
# of nine lines found as three blobs 230-270 px thick among 75 px lines); it is looked at again
# at full resolution, and the lines found there replace it.
BLOB_THICKNESS = 2.2
# Labels stacked one under the other, overlapping across and less than this many lines'
# thickness apart, are read as one column before the labels beside them (see label_order).
COLUMN_GAP = 2.0


def _frame(line: TextLineBox, vertical: bool) -> tuple[float, float, float, float]:
    """The line's extent as (start, end) along and (top, bottom) across the reading direction."""
    b = line.box
    if vertical:
        return b.y, b.y2, b.x, b.x2
    return b.x, b.x2, b.y, b.y2


def _same_label(a: TextLineBox, b: TextLineBox) -> bool:
    """Two lines are on one label when they run the same way and touch as lines of a label do."""
    if a.vertical != b.vertical:
        return False
    a0, a1, at, ab = _frame(a, a.vertical)
    b0, b1, bt, bb = _frame(b, b.vertical)
    size = min(a.thickness, b.thickness)
    if max(a.thickness, b.thickness) > 2.2 * size:
        return False  # a title and small print can share a label, but not a 2x jump next door
    overlap_across = min(ab, bb) - max(at, bt)
    gap_along = max(a0, b0) - min(a1, b1)
    if overlap_across > 0.5 * size:  # the same row: words the detector split apart
        return gap_along < 1.2 * size
    gap_across = max(at, bt) - min(ab, bb)
    overlap_along = min(a1, b1) - max(a0, b0)
    return gap_across < 0.45 * size and overlap_along > -0.5 * size


def _groups(lines: Sequence[TextLineBox]) -> list[list[int]]:
    parent = list(range(len(lines)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(lines)):
        for j in range(i + 1, len(lines)):
            if _same_label(lines[i], lines[j]):
                parent[find(i)] = find(j)
    groups: dict[int, list[int]] = {}
    for i in range(len(lines)):
        groups.setdefault(find(i), []).append(i)
    return list(groups.values())


def reading_order(lines: Sequence[TextLineBox], rotation: int) -> list[TextLineBox]:
    """Lines as a person reads the label once it is turned `rotation` degrees clockwise: top to
    bottom, and lines on one row left to right.

    Rows are told by the lines' centres, not their boxes: the upright box of a long, slightly
    skewed line is much taller than the line and would swallow its neighbours.
    """

    def upright(ln: TextLineBox) -> tuple[float, float]:
        x, y = ln.cx, ln.cy
        return {0: (x, y), 90: (-y, x), 180: (-x, -y), 270: (y, -x)}[rotation % 360]

    rows: list[list[TextLineBox]] = []
    for line in sorted(lines, key=lambda ln: upright(ln)[1]):
        if rows:
            last = rows[-1][-1]
            gap = abs(upright(line)[1] - upright(last)[1])
            if gap < 0.5 * min(line.thickness, last.thickness):
                rows[-1].append(line)
                continue
        rows.append([line])
    return [ln for row in rows for ln in sorted(row, key=lambda ln: upright(ln)[0])]


def _union(boxes: Sequence[Box], width: int, height: int, margin: int) -> Box:
    x0 = max(0, min(b.x for b in boxes) - margin)
    y0 = max(0, min(b.y for b in boxes) - margin)
    x1 = min(width, max(b.x2 for b in boxes) + margin)
    y1 = min(height, max(b.y2 for b in boxes) + margin)
    return Box(x=x0, y=y0, w=x1 - x0, h=y1 - y0)


def _usual_thickness(lines: Sequence[TextLineBox]) -> float:
    """The lines' median thickness; that of the lines shaped like lines of text (at least
    TEXT_SHAPE times as long as thick) where it is less than OUTVOTED of it.

    On a web-size copy of a sheet the detector marks a plant's leaves and stems as fat, short
    "lines" (10-20 of them, 80-280 pixels thick at 832 pixels where a label's lines are 12-15),
    which outvote the labels' lines and hide that their print is small: the sheet was not read
    again at a larger scale, and the labels' run-together lines were not split. Where the
    labels' lines are most (a full-size scan), the median of all stands as it was.
    """
    usual = float(np.median([ln.thickness for ln in lines]))
    text = [ln.thickness for ln in lines if ln.length >= TEXT_SHAPE * ln.thickness]
    if text and float(np.median(text)) < OUTVOTED * usual:
        return float(np.median(text))
    return usual


def _detect(gray: NDArray[np.uint8], max_side: int) -> list[TextLineBox]:
    """Text lines, read at the smallest scale that keeps lines of small print apart."""
    long_side = max(gray.shape[:2])
    side = min(FIRST_SIDE, max_side)
    lines = textdet.detect(gray, max_side=side)
    scale = min(1.0, side / long_side)
    if lines and scale < 1.0:
        thickness = _usual_thickness(lines) * scale
        if thickness < WANTED_THICKNESS:
            wanted = min(max_side, round(side * WANTED_THICKNESS / max(thickness, 1.0)))
            if wanted > side * 1.15:
                closer = textdet.detect(gray, max_side=wanted)
                lines = closer + _lost(lines, closer)
    return lines


def _lost(first: Sequence[TextLineBox], closer: Sequence[TextLineBox]) -> list[TextLineBox]:
    """The first look's lines of text where the closer look found nothing at all.

    A closer look can lose print as well as part it: on a web-size copy of a sheet (a JPEG
    960 pixels wide), a small label's letters ten pixels high, soft from the camera and the
    compression, were found at the first look's 832 pixels and not at all at full size, where
    the detector's belief in them fell from 0.99 to 0.76 and under its threshold.
    """
    return [
        line
        for line in first
        if line.length >= TEXT_SHAPE * line.thickness
        and not any(line.box.intersection_area(c.box) > 0 for c in closer)
    ]


def _code_window(code: Box, width: int, height: int) -> Box:
    """The window looked at closely around a barcode for the small print beside it."""
    return _union([code], width, height, margin=max(CODE_MARGIN_PX, min(code.w, code.h)))


def _shifted(line: TextLineBox, dx: int, dy: int) -> TextLineBox:
    b = line.box
    return line.model_copy(
        update={
            "cx": line.cx + dx,
            "cy": line.cy + dy,
            "box": Box(x=b.x + dx, y=b.y + dy, w=b.w, h=b.h),
        }
    )


def _split_blobs(gray: NDArray[np.uint8], found: Sequence[TextLineBox]) -> list[TextLineBox]:
    """`found` with each blob of run-together lines replaced by the lines it holds, where a
    look at full resolution tells them apart."""
    if len(found) < 3:
        return list(found)
    usual = _usual_thickness(found)
    height, width = gray.shape[:2]
    margin = round(0.5 * usual)
    blobs = [ln for ln in found if ln.thickness > BLOB_THICKNESS * usual]
    lines = [ln for ln in found if ln.thickness <= BLOB_THICKNESS * usual]
    for blob in blobs:
        w = _union([blob.box], width, height, margin)
        window = gray[w.y : w.y2, w.x : w.x2]
        found_there = textdet.detect(window, max_side=max(window.shape[:2]))
        if not found_there:
            continue  # nothing reads as text up close: a leaf, a stain, a fold
        inside = [
            _shifted(ln, w.x, w.y) for ln in found_there if ln.thickness < 0.6 * blob.thickness
        ]
        if len(inside) < 2:
            lines.append(blob)
            continue
        for line in inside:  # blobs overlap, and reach into lines found apart
            if all(line.box.intersection_area(o.box) < 0.5 * line.box.area for o in lines):
                lines.append(line)
    return lines


def _beside_codes(
    gray: NDArray[np.uint8], codes: Sequence[Box], found: Sequence[TextLineBox]
) -> list[TextLineBox]:
    """`found` with the lines printed beside the barcodes, looked for at full resolution.

    A barcode label's own text (the institution's name above the bars, the number below) is set
    in type a few pixels high on a whole sheet, below what the detector sees at the scale it
    reads the sheet; the few lines around each code are worth a close look. A line seen whole
    there replaces the pieces of it the sheet-wide pass found; a line cut by the window's edge
    is only added where nothing was found.
    """
    height, width = gray.shape[:2]
    lines = list(found)
    for code in codes:
        w = _code_window(code, width, height)
        window = gray[w.y : w.y2, w.x : w.x2]
        if min(window.shape[:2]) < 32:
            continue
        for near in textdet.detect(window, max_side=max(window.shape[:2])):
            b = near.box
            whole = (
                b.x > 2 and b.y > 2 and b.x2 < window.shape[1] - 2 and b.y2 < window.shape[0] - 2
            )
            line = _shifted(near, w.x, w.y)
            pieces = [
                o
                for o in lines
                if line.box.intersection_area(o.box) > 0.3 * min(o.box.area, line.box.area)
            ]
            if not pieces:
                lines.append(line)
            elif whole and all(
                line.box.intersection_area(o.box) > 0.5 * o.box.area for o in pieces
            ):
                lines = [o for o in lines if all(o is not p for p in pieces)] + [line]
    return lines


def segment_labels(
    gray: NDArray[np.uint8], *, max_labels: int, max_side: int, codes: Sequence[Box] = ()
) -> list[LabelRegion]:
    """Labels in reading order (see label_order), each with its lines in reading order.

    `gray` is the image with decoded barcodes already painted over (ocr.text_pixels); `codes`
    are their boxes, around which small print is looked for closely.
    """
    height, width = gray.shape[:2]
    lines = _beside_codes(gray, codes, _split_blobs(gray, _detect(gray, max_side)))
    lines = [ln for ln in lines if ln.thickness >= MIN_LINE_THICKNESS]
    labels: list[tuple[float, LabelRegion]] = []
    for group in _groups(lines):
        members = [lines[i] for i in group]
        vertical = sum(ln.vertical for ln in members) * 2 > len(members)
        thickness = float(np.median([ln.thickness for ln in members]))
        weight = sum(ln.length / ln.thickness * ln.score for ln in members)  # ~ letters
        region = LabelRegion(
            index=0,
            box=_union([ln.box for ln in members], width, height, margin=round(thickness * 0.3)),
            score=float(np.mean([ln.score for ln in members])),
            vertical=vertical,
            lines=reading_order(members, 270 if vertical else 0),
        )
        labels.append((weight, region))

    # keep the labels with the most text when there are more than we may read, and always the
    # small print beside a barcode (the code's caption: institution and number)
    windows = [_code_window(code, width, height) for code in codes]

    def rank(weighed: tuple[float, LabelRegion]) -> tuple[bool, float]:
        weight, region = weighed
        return (not any(region.box.intersection_area(w) > 0 for w in windows), -weight)

    kept = label_order([r for _, r in sorted(labels, key=rank)[:max_labels]], windows)
    log.debug("%d lines in %d labels (kept %d)", len(lines), len(labels), len(kept))
    return [r.model_copy(update={"index": i}) for i, r in enumerate(kept)]


def _thickness(region: LabelRegion) -> float:
    """The region's usual line thickness (its box's height when it has no lines)."""
    return float(np.median([ln.thickness for ln in region.lines])) if region.lines else region.box.h


def _stacked(a: Box, b: Box, thickness: float) -> bool:
    """One box under the other, overlapping across and closer than COLUMN_GAP lines apart."""
    across = min(a.x2, b.x2) - max(a.x, b.x)
    gap = max(a.y, b.y) - min(a.y2, b.y2)
    return across > 0 and gap < COLUMN_GAP * thickness


def label_order(labels: Sequence[LabelRegion], windows: Sequence[Box]) -> list[LabelRegion]:
    """`labels` in the order a person reads them.

    Upright labels top to bottom, a column of stacked pieces read through before the next
    (a label's paragraphs set further apart than its lines come out as pieces, and a
    determination slip beside the label's foot would otherwise break into it); then sideways
    labels. A collection's barcode sticker (its caption and number: the regions mostly inside a
    code's window) is stuck on beside the specimen's labels: it is read after every label that
    begins above its foot, and before those wholly below it, as the keyers did on sheets and
    packets; a sideways sticker after the sideways labels.

    Measured on the devset by reordering stored readings (cer): sideways labels last 0.2477 ->
    0.2182 (lichen packets, whose sticker runs up the side, 0.202 -> 0.136); the sticker last
    0.2100 -> 0.1944 (herbarium 0.311 -> 0.282; keeping it together where it sits: 0.2144);
    columns read through 0.1944 -> 0.177 (herbarium 0.282 -> 0.240); the sticker placed by its
    foot instead of last, end to end 0.1775 -> 0.1712 (herbarium 0.241 -> 0.233: the "REPORT ANY
    REIDENTIFICATION" slip below it; lichens 0.132 -> 0.127). Joining a form's pieces
    that share rows ("Collector" ... "Karl S. Muster") gained 0.009 more, but on herbarium
    sheets it joined separate labels by chance and cost collectors and dates; left out.
    """

    def sticker(region: LabelRegion) -> int | None:
        """The code window `region` lies mostly inside, or None."""
        return next(
            (
                k
                for k, w in enumerate(windows)
                if region.box.intersection_area(w) >= 0.5 * region.box.area
            ),
            None,
        )

    code = {id(r): sticker(r) for r in labels}
    upright = [r for r in labels if not r.vertical and code[id(r)] is None]
    thickness = [_thickness(r) for r in upright]
    column = list(range(len(upright)))

    def root(i: int) -> int:
        while column[i] != i:
            i = column[i]
        return i

    for i, j in combinations(range(len(upright)), 2):
        if _stacked(upright[i].box, upright[j].box, max(thickness[i], thickness[j])):
            column[root(i)] = root(j)
    top: dict[int, int] = {}
    for i, region in enumerate(upright):
        top[root(i)] = min(top.get(root(i), region.box.y), region.box.y)
    foot: dict[int, int] = {}
    for region in labels:
        k = code[id(region)]
        if k is not None and not region.vertical:
            foot[k] = max(foot.get(k, 0), region.box.y2)
    # (group, place, sticker before a label that begins at its foot)
    rank = {id(region): (0, top[root(i)], 1) for i, region in enumerate(upright)}
    for region in labels:
        k = code[id(region)]
        if region.vertical:
            rank[id(region)] = (1 if k is None else 2, region.box.y, 0)
        elif k is not None:
            rank[id(region)] = (0, foot[k], 0)
    return sorted(labels, key=lambda r: (*rank[id(r)], r.box.y, r.box.x))
