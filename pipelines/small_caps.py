"""Words set in small capitals ("THE LAKESIDE" with a tall first letter) back to title case.

Institution headers and collection titles are often set in small capitals; a person transcribes
them as "The Lakeside Botanic Garden", while both recognisers report capitals throughout. A word
the recogniser read in capitals is checked on the line's own pixels: when its first letter stands
clearly taller than every other letter, and those are all of one height, it was small capitals
("The"); on such a line, a word whose letters are all of the small height was lower case ("of").
"""

from __future__ import annotations

import cv2
import numpy as np
from numpy.typing import NDArray

from models.geometry import Box

# The first letter must rise above the others by this share of its own height (small capitals
# are about 70-80 % of a capital's height; a row of true capitals differs by a pixel or two).
TALLER = 0.12
# The other letters' tops may spread by this share of the first letter's height.
EVEN = 0.08
MIN_LETTERS = 3
MIN_HEIGHT_PX = 10
MERGED = 2  # pieces that may be two letters touching
EVEN_PX = 2  # the spread allowed on small print, whatever EVEN says


def _letters(ink: NDArray[np.bool_]) -> list[tuple[int, int, int]]:
    """(left, top, bottom) of the letters standing on the first letter's baseline, left to right.

    Pieces of the neighbouring lines that reach into the view stand elsewhere and are left out.
    """
    count, _, stats, _ = cv2.connectedComponentsWithStats(ink.astype(np.uint8), connectivity=8)
    pieces = [
        (int(x), int(y), int(y + h))
        for x, y, w, h, area in stats[1:count]
        if h >= MIN_HEIGHT_PX // 2 and area >= 4
    ]
    pieces.sort()
    if not pieces:
        return []
    _, top, base = pieces[0]
    slack = max(2, round(0.15 * (base - top)))
    return [p for p in pieces if abs(p[2] - base) <= slack]


def _heights(pixels: NDArray[np.uint8], box: Box, core: str) -> list[int] | None:
    """Each letter's height in `box` of an upright line view, or None unless the letters of
    `core` stand apart (but for a pair or two touching)."""
    crop = pixels[box.y : box.y2, box.x : box.x2]
    if min(crop.shape) < MIN_HEIGHT_PX:
        return None
    _, binary = cv2.threshold(crop, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    ink = binary > 0
    if ink.mean() > 0.5:  # light letters on a dark ground
        ink = ~ink
    letters = _letters(ink)
    # two letters set tight touch and are one piece: as tall as each
    if not len(core) - MERGED <= len(letters) <= len(core):
        return None
    return [bottom - top for _, top, bottom in letters]


def _capitals(text: str) -> str | None:
    """The word without trailing punctuation when it is all capitals, else None."""
    core = text.rstrip(".,;:")
    return core if len(core) >= 2 and core.isalpha() and core.isupper() else None


def settle_small_caps(pixels: NDArray[np.uint8], words: list[tuple[Box, str]]) -> list[str]:
    """The words of one line (boxes in its upright view), small capitals set back in lower case.

    A word whose first letter is clearly taller than its other letters, those all of one height,
    is small capitals with a capital ("THE" -> "The"); once a line has such words, a word in
    capitals whose letters are all of the small height is lower case ("OF" -> "of").
    """
    heights = [
        _heights(pixels, box, core) if (core := _capitals(text)) else None for box, text in words
    ]
    caps: list[int] = []
    smalls: list[int] = []
    titled = [False] * len(words)
    for i, h in enumerate(heights):
        if h is None or len(h) < MIN_LETTERS or h[0] < MIN_HEIGHT_PX:
            continue
        rest = h[1:]
        spread = max(EVEN_PX, EVEN * h[0])
        if len(rest) >= 2 and h[0] - max(rest) >= TALLER * h[0] and max(rest) - min(rest) <= spread:
            titled[i] = True
            caps.append(h[0])
            smalls.extend(rest)
    out = [text for _, text in words]
    if not caps:
        return out
    cap, small = float(np.median(caps)), float(np.median(smalls))
    for i, h in enumerate(heights):
        if titled[i]:
            out[i] = out[i][0] + out[i][1:].lower()
        elif h is not None and all(abs(x - small) <= max(EVEN_PX, EVEN * cap) for x in h):
            out[i] = out[i].lower()
    return out
