"""Stage 4: read each detected text line with Tesseract, upright and at the size it reads best.

Each line is cut out along its own axis (so a skewed or turned label is read straight), scaled so its
letters are about 35 pixels high (the size Tesseract's LSTM models were trained near) and read as a
single line (page segmentation mode 7). Which way a label reads (0/180, or 90/270 for a label turned
a quarter) is decided once per label, by reading its longest line both ways and keeping the surer.
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace

import cv2
import numpy as np
from numpy.typing import NDArray
from rapidfuzz import fuzz

from models.geometry import Box
from models.specimen import Barcode, LabelRegion, LabelText, OcrLine, OcrWord, TextLineBox
from pipelines import combine, leaders
from pipelines.barcodes import bar_pixels
from pipelines.engines import pprec, tesseract
from pipelines.letter_case import settle_case
from pipelines.load import LoadedImage
from pipelines.normalise import straight_quotes
from pipelines.segment import reading_order
from pipelines.small_caps import settle_small_caps

log = logging.getLogger(__name__)

# A detected line's box is about 1.6x its letters' height; 56 px puts capitals near 35 px.
TARGET_THICKNESS_PX = 56
BORDER = 10
# The detector's boxes reach into the neighbouring lines of tightly set labels; cutting at 0.8 of
# the box keeps ascenders and descenders and loses most of the neighbours (devset, every third
# image, word F1: 0.75 -> 0.744, 0.8 -> 0.743, 0.85 -> 0.688 (wheel build), 0.9 -> 0.741).
CUT_THICKNESS = 0.8
SINGLE_LINE = 7  # Tesseract page segmentation mode
# Below these, a word or line is most likely texture, plant or ruler read as letters. (Devset:
# of the words on lines read at 0.4-0.7, 10-20 % were keyed by the transcribers, mostly scrawls
# read as letters; MIN_LINE_CONFIDENCE 0.4 -> 0.6: word F1 0.8296 -> 0.8315, cer 0.2102 -> 0.2098;
# 0.7: word F1 0.8338 but cer 0.2152, the half-read lines' right letters lost with the rest.)
MIN_WORD_CONFIDENCE = 0.2
MIN_LINE_CONFIDENCE = 0.6
MIN_LABEL_CONFIDENCE = 0.45
# Lines Tesseract reads with less confidence than this are read by the second recogniser too, and
# the two readings are merged word by word (combine.merge) when the second is at least SECOND_MIN
# sure. (devset, every third image: rechecking below 0.9 gave word F1 0.789, rechecking every line
# 0.790 at 1.6x the time.) A line with one word read below RECHECK_WORD_BELOW is read again too
# (PP-OCRv6, whole devset: cer 0.1488 -> 0.1481, word F1 0.8722 -> 0.8740, +0.02 s per image;
# every line read by both: word F1 0.8768 for +0.29 s). At 0.9 rather than 0.8, now that a word the
# two read differently is made less sure (DISPUTED): word F1 0.8769 -> 0.8785, confident values the
# OCR made wrong on the OCR-noise bench 20 -> 15 of 337, processor time +4.5 %.
RECHECK_BELOW = 0.9
RECHECK_WORD_BELOW = 0.9
SECOND_MIN = 0.5
MAX_WORD = 28
# A first reading surer than this is not tried upside down.
SURE = 0.8
# Deciding a label's direction reads up to PROBE_LINES lines both ways, longest first, until one
# direction holds this much confidence-weighted word-like text (about two sure words).
PROBE_LINES = 3
ENOUGH_EVIDENCE = 8.0


# Label borders, rules and the paper's edge read as these at the ends of a line's words.
_RULES = "|¦[]{}_~™®©¢"
_WORDLIKE = re.compile(r"^[\W_]*[A-Za-z0-9][A-Za-z0-9.,'’:/-]*[\W_]*$")


@dataclass(frozen=True)
class OcrOptions:
    langs: str
    timeout: float
    backend: tesseract.Backend = "auto"
    second_recogniser: bool = True


@dataclass(frozen=True)
class _LineView:
    """A line cut out upright for Tesseract, and the map from its pixels back to the image."""

    pixels: NDArray[np.uint8]
    back: NDArray[np.float64]  # 2x3 affine: view pixel -> image pixel

    def to_image(self, b: Box, width: int, height: int) -> Box:
        corners = np.array(
            [[b.x, b.y, 1], [b.x2, b.y, 1], [b.x2, b.y2, 1], [b.x, b.y2, 1]], dtype=np.float64
        )
        mapped = corners @ self.back.T
        x0, y0 = np.clip(mapped.min(axis=0), 0, None)
        x1, y1 = mapped.max(axis=0)
        x1, y1 = min(float(width), x1), min(float(height), y1)
        return Box(x=int(x0), y=int(y0), w=max(0, int(x1 - x0)), h=max(0, int(y1 - y0)))


def rotation_of(line: TextLineBox, flip: bool) -> int:
    """Degrees clockwise the image is turned to read `line` (0, 90, 180 or 270)."""
    return round((-line.angle + (180 if flip else 0)) / 90.0) * 90 % 360


def _line_view(gray: NDArray[np.uint8], line: TextLineBox, flip: bool) -> _LineView:
    a = math.radians(line.angle)
    along = np.array([math.cos(a), math.sin(a)])
    across = np.array([-math.sin(a), math.cos(a)])
    length = line.length + 0.3 * line.thickness  # the detector's ends can clip a letter
    thickness = line.thickness * CUT_THICKNESS
    scale = float(np.clip(TARGET_THICKNESS_PX / max(1.0, line.thickness), 0.25, 4.0))
    w, h = max(8, round(length * scale)), max(8, round(thickness * scale))
    c = np.array([line.cx, line.cy])
    src = np.array(
        [
            c - along * length / 2 - across * thickness / 2,
            c + along * length / 2 - across * thickness / 2,
            c - along * length / 2 + across * thickness / 2,
        ],
        dtype=np.float32,
    )
    corners = [[w, h], [0, h], [w, 0]] if flip else [[0, 0], [w, 0], [0, h]]
    dst = np.array(corners, dtype=np.float32) + BORDER
    forward = cv2.getAffineTransform(src, dst)
    interpolation = cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC
    pixels = cv2.warpAffine(
        gray,
        forward,
        (w + 2 * BORDER, h + 2 * BORDER),
        flags=interpolation,
        borderMode=cv2.BORDER_REPLICATE,
    )
    back = np.asarray(cv2.invertAffineTransform(forward), np.float64)
    return _LineView(pixels=np.asarray(pixels, np.uint8), back=back)


def _as_line(words: list[OcrWord]) -> OcrLine | None:
    if not words:
        return None
    chars = sum(len(w.text) for w in words)
    confidence = sum(w.confidence * len(w.text) for w in words) / max(1, chars)
    box = words[0].box
    for word in words[1:]:
        box = box.union(word.box)
    text = " ".join(w.text for w in words)
    return OcrLine(text=text, confidence=confidence, box=box, words=words)


def _placed(
    view: _LineView, words: list[tuple[Box, str, float]], shape: tuple[int, int]
) -> list[OcrWord]:
    """A line's words (boxes in its view) as image words, their letter case settled."""
    texts = settle_small_caps(
        view.pixels, [(box, straight_quotes(settle_case(text))) for box, text, _ in words]
    )
    height, width = shape
    return [
        OcrWord(text=text, confidence=confidence, box=view.to_image(box, width, height))
        for (box, _, confidence), text in zip(words, texts, strict=True)
    ]


def _split_leaders(box: Box, text: str) -> list[tuple[Box, str]]:
    """A Tesseract word cut where a form's dotted leader joined words, each with its share of
    the box (by characters: the dots are about as wide as letters in typewriter print)."""
    n = max(1, len(text))
    return [
        (Box(x=box.x + box.w * a // n, y=box.y, w=max(1, box.w * (b - a) // n), h=box.h), piece)
        for piece, a, b in leaders.pieces(text)
    ]


def _without_leaders(reading: pprec.Reading) -> pprec.Reading:
    """The recogniser's reading with forms' dotted leaders taken out (see pipelines/leaders.py)."""
    order = leaders.kept(reading.text)
    if order == list(range(len(reading.text))):
        return reading
    text, scores, positions = [], [], []
    for k, i in enumerate(order):
        near = i if i is not None else order[k - 1]  # a break sits where the dots began
        assert near is not None  # a break always follows a kept character
        text.append(" " if i is None else reading.text[i])
        scores.append(reading.scores[near])
        positions.append(reading.positions[near])
    return replace(reading, text="".join(text), scores=tuple(scores), positions=tuple(positions))


def _second_opinion(
    view: _LineView, first: OcrLine | None, shape: tuple[int, int]
) -> OcrLine | None:
    """The PP-OCR recogniser's reading, spaced like Tesseract's, unless it is unsure."""
    reading = _without_leaders(pprec.recognise(view.pixels))
    if reading.confidence < SECOND_MIN:
        return None
    reference = [w.text for w in first.words] if first else []
    letters = combine.borrow_commas(reading.text, reference)
    spaced = combine.respace(letters, reference, reading.positions)
    # the recogniser sometimes runs a whole line's words into one string when it is set tightly
    # between neighbours; no word on a label is that long (devset: cer 0.2662 -> 0.2648, word F1
    # unchanged; checking for letters lost against Tesseract's reading, or cutting the view down
    # to the line's own rows, cost 0.004-0.010 word F1 and were left out)
    if any(len(token) > MAX_WORD for token in spaced.split()):
        return None
    inner_w = view.pixels.shape[1] - 2 * BORDER
    inner_h = view.pixels.shape[0] - 2 * BORDER
    kept = []
    for w in combine.words(letters, reading.scores, reading.positions, spaced):
        text = w.text.strip(_RULES)
        if not text:
            continue
        x0 = BORDER + round(w.start * inner_w)
        box = Box(x=x0, y=BORDER, w=max(1, BORDER + round(w.end * inner_w) - x0), h=inner_h)
        kept.append((box, text, w.confidence))
    return _as_line(_placed(view, kept, shape))


# A word the second recogniser read is confirmed by the first when some stretch of the first's
# reading of the line is at least this alike (rapidfuzz, 0-100): "Vespiua" confirms "Vespina"
# on worn print, "Fictogyra vandermeulenii" confirms "Fictogyra.vandermeulenii" read across a
# form's dotted leaders.
ALIKE_RATIO = 60


def _alike(word: str, reading: str) -> float:
    if len(reading) < len(word):  # a short reading would match inside the word
        return fuzz.ratio(word, reading)
    return fuzz.partial_ratio(word, reading)


def _marked(
    words: list[OcrWord],
    first: Sequence[OcrWord],
    second: Sequence[OcrWord],
    disputed: Collection[int] = (),
) -> list[OcrWord]:
    """The merged words, those taken from the second reading that the first read nothing like
    anywhere on the line marked `second_only`, and those the two readings saw differently
    (`disputed`, by id) made less sure (`DISPUTED`)."""
    theirs = {id(w) for w in second}
    reading = " ".join(w.text for w in first)
    out = []
    for w in words:
        update: dict[str, object] = {}
        if id(w) in theirs and _alike(w.text, reading) < ALIKE_RATIO:
            update["second_only"] = True
        if id(w) in disputed:
            update["confidence"] = w.confidence * DISPUTED
        out.append(w.model_copy(update=update) if update else w)
    return out


# A word the two recognisers read differently is less sure than either engine says: on the
# devset's lines read by both, the kept reading of a disputed word (confidence >= 0.9) was a word
# of the transcriptions 0.90 of the time, against 0.99 where both read it alike.
DISPUTED = 0.9


def _read_line(
    gray: NDArray[np.uint8], line: TextLineBox, flip: bool, options: OcrOptions
) -> tuple[OcrLine | None, bool]:
    """One line's words (or None when nothing legible), and whether Tesseract timed out.

    Tesseract reads first; where it is unsure and the second recogniser is on, that one reads
    too and the two readings are merged, the surer reading of each word kept.
    """
    view = _line_view(gray, line, flip)
    result = tesseract.read(
        view.pixels,
        psm=SINGLE_LINE,
        langs=options.langs,
        timeout=options.timeout,
        backend=options.backend,
    )
    height, width = gray.shape[:2]
    kept = []
    for w in result.words:
        for box, piece in _split_leaders(w.box, w.text):
            text = piece.strip(_RULES)
            # an unsure word is kept when it is shaped like one: noise rarely is
            if text and (w.confidence >= MIN_WORD_CONFIDENCE or _WORDLIKE.match(text)):
                kept.append((box, text, w.confidence))
    words = _placed(view, kept, (height, width))
    first = _as_line(words)
    unsure = first is None or (
        first.confidence < RECHECK_BELOW
        or any(w.confidence < RECHECK_WORD_BELOW for w in first.words)
    )
    if options.second_recogniser and unsure:
        second = _second_opinion(view, first, (height, width))
        if second is not None:
            mine = first.words if first else []
            disputed: set[int] = set()
            both = combine.merge(mine, second.words, lambda w: disputed.add(id(w)))
            line_read = _as_line(_marked(both, mine, second.words, disputed))
            return line_read, result.timed_out
    return first, result.timed_out


def _confidence(lines: Sequence[OcrLine]) -> float:
    chars = sum(len(line.text) for line in lines)
    if not chars:
        return 0.0
    return sum(line.confidence * len(line.text) for line in lines) / chars


def _evidence(line: OcrLine | None) -> float:
    """How much confidently read, word-like text a reading holds (for choosing a direction).

    Upside-down text often reads as short fragments with fair confidence; counting only
    word-shaped tokens, weighted by their length, separates the two far better than mean
    confidence does.
    """
    if line is None:
        return 0.0
    return sum(w.confidence * len(w.text) for w in line.words if _WORDLIKE.match(w.text))


@dataclass(frozen=True)
class _Probe:
    """What deciding a label's direction learnt: the direction, and the probed lines' readings."""

    rotation: int
    readings: dict[tuple[int, int], OcrLine | None]  # by (id() of the line, rotation)
    timed_out: bool


def _label_rotation(gray: NDArray[np.uint8], region: LabelRegion, options: OcrOptions) -> _Probe:
    """Which way the label reads, from its longest lines read both ways when in doubt.

    Labels on a photographed specimen are upright far more often than upside down, so a horizontal
    label is turned only when the turned readings are clearly better; a label turned a quarter has
    no such prior and both readings compete evenly. Both recognisers take part: on worn print
    Tesseract alone often reads both directions equally badly (deciding with Tesseract alone cost
    0.055 word F1 on the devset's insect labels). The longest detected line is sometimes not text
    at all (a rule, a stain, a scrawl), so lines are added, longest first, until one direction has
    read enough word-like text to be trusted.
    """
    longest = max(region.lines, key=lambda ln: ln.length)
    ahead, behind = rotation_of(longest, False), rotation_of(longest, True)
    readings: dict[tuple[int, int], OcrLine | None] = {}
    evidence = {ahead: 0.0, behind: 0.0}
    timed_out = False
    for line in sorted(region.lines, key=lambda ln: -ln.length)[:PROBE_LINES]:
        for flip in (False, True):
            rotation = rotation_of(line, flip)
            reading, late = _read_line(gray, line, flip, options)
            readings[id(line), rotation] = reading
            timed_out = timed_out or late
            if rotation in evidence:
                evidence[rotation] += _evidence(reading)
            sure = reading is not None and reading.confidence >= SURE
            if not flip and sure and not region.vertical and rotation == ahead:
                return _Probe(ahead, readings, timed_out)
        if max(evidence.values()) >= ENOUGH_EVIDENCE:
            break
    margin = 1.0 if region.vertical else 1.5
    rotation = behind if evidence[behind] > margin * evidence[ahead] else ahead
    return _Probe(rotation, readings, timed_out)


def text_pixels(image: LoadedImage, barcodes: Sequence[Barcode]) -> NDArray[np.uint8]:
    """The greyscale image with decoded barcodes painted over in paper colour.

    Their value is already known exactly, and bars inside a label make the detector and Tesseract
    read noise and can cost the printed number beside them.
    """
    if not barcodes:
        return image.gray
    gray = image.gray.copy()
    for code in barcodes:
        b, bars = bar_pixels(image.gray, code)
        ring = gray[max(0, b.y - 8) : b.y2 + 8, max(0, b.x - 8) : b.x2 + 8]
        gray[b.y : b.y2, b.x : b.x2][bars] = int(np.percentile(ring, 95))
    return gray


def turn(pixels: NDArray[np.uint8], rotation: int) -> NDArray[np.uint8]:
    """Turn an image clockwise by 0, 90, 180 or 270 degrees."""
    turns = {90: cv2.ROTATE_90_CLOCKWISE, 180: cv2.ROTATE_180, 270: cv2.ROTATE_90_COUNTERCLOCKWISE}
    if rotation not in turns:
        return pixels
    return np.asarray(cv2.rotate(pixels, turns[rotation]), np.uint8)


def read_label(gray: NDArray[np.uint8], region: LabelRegion, options: OcrOptions) -> LabelText:
    """Read every line of one label, all the same way round."""
    engine = f"{tesseract.NAME} {tesseract.check(options.langs, options.backend)}"
    if not region.lines:
        return LabelText(label=region.index, engine=engine, flags=["empty"])
    probe = _label_rotation(gray, region, options)
    rotation, timed_out = probe.rotation, probe.timed_out
    lines: list[OcrLine] = []
    for line in reading_order(region.lines, rotation):
        if (id(line), rotation) in probe.readings:
            read = probe.readings[id(line), rotation]  # read already, the same way round
        else:
            read, late = _read_line(gray, line, rotation_of(line, False) != rotation, options)
            timed_out = timed_out or late
        if read is not None and read.confidence >= MIN_LINE_CONFIDENCE:
            lines.append(read)
    confidence = _confidence(lines)
    flags = ["timeout"] if timed_out else []
    if not lines:
        flags.append("empty")
    elif confidence < MIN_LABEL_CONFIDENCE:
        flags.append("low_confidence")
    return LabelText(
        label=region.index,
        lines=lines,
        rotation=rotation,
        engine=engine,
        confidence=confidence,
        flags=flags,
    )


_SCALE_WORD = re.compile(r"^(?:\d{1,2}|cm|mm|in|inch|inches)$", re.IGNORECASE)


def is_scale(label: LabelText) -> bool:
    """Whether a reading is a ruler's numbering ("3", "0 1 2 ... 10 cm") rather than a label.

    Rulers are photographed beside most specimens; their numbers are not label text, and a
    curator does not want them in verbatimLabel.
    """
    tokens = [t.strip(".,;:") for t in label.text.split()]
    return bool(tokens) and all(_SCALE_WORD.match(t) for t in tokens if t)


# A few characters read only after turning the region are a mark, a pin or a ruler's digit read
# sideways: too short to tell its direction (on the devset, 45 such readings were noise such as
# "bo", "KO", "st)" or fragments of words read properly elsewhere: "ENN", "WIS-").
MIN_TURNED_LETTERS = 4
# No letter is narrower than this share of its detected line's thickness (about half the letter's
# height); the narrowest four-letter reading of a turned region on the devset was 0.39 ("Univ").
MIN_LETTER_WIDTH = 0.3


def is_text(label: LabelText) -> bool:
    """Whether a reading is label text worth passing on (not texture or a ruler read as letters)."""
    letters = sum(ch.isalnum() for ch in label.text)
    usable = "low_confidence" not in label.flags and "empty" not in label.flags
    if label.rotation != 0 and letters < MIN_TURNED_LETTERS:
        return False
    return letters >= 2 and usable and not is_scale(label)


def may_be_text(region: LabelRegion) -> bool:
    """Whether reading `region` can give what `is_text` keeps.

    A region whose lines all run up the image is read turned, and such a reading must hold
    MIN_TURNED_LETTERS letters. When none of its lines is long enough to hold them, the region is
    a lone glyph, mostly a ruler's digit taller than wide, and reading it (both ways, with both
    recognisers) would be wasted: on the devset 1.1 such regions per image, 0.027 s.
    """
    shortest = MIN_TURNED_LETTERS * MIN_LETTER_WIDTH
    return not region.lines or any(
        not ln.vertical or ln.length >= shortest * ln.thickness for ln in region.lines
    )
