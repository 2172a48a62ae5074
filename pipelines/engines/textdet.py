"""A learned text-line detector: the PP-OCRv6 small DB model, run on the CPU with onnxruntime.

The model ships inside the pinned `rapidocr` wheel (Apache-2.0), so nothing is downloaded at run
time. This module is the only place that runs it. The network outputs a
per-pixel text probability map; lines are the connected regions of that map, grown back by the
margin DB training shrinks them by.
"""

from __future__ import annotations

import logging

import cv2
import numpy as np
from numpy.typing import NDArray

from models.errors import EngineError
from models.geometry import Box
from models.specimen import TextLineBox
from pipelines.engines import onnx

log = logging.getLogger(__name__)

NAME = "pp-ocrv6-det"
MODEL = "models/PP-OCRv6_det_small.onnx"

# DB post-processing constants of the PP-OCR reference configuration
PIXEL_THRESHOLD = 0.3
BOX_THRESHOLD = 0.5
UNCLIP_RATIO = 1.6


def _line_box(corners: NDArray[np.float32], score: float) -> TextLineBox:
    """Describe a rotated rectangle by its centre, its long axis and its extent along and across."""
    edge_a, edge_b = corners[1] - corners[0], corners[2] - corners[1]
    along, across = (edge_a, edge_b) if np.hypot(*edge_a) >= np.hypot(*edge_b) else (edge_b, edge_a)
    angle = float(np.degrees(np.arctan2(along[1], along[0])))
    if angle <= -90:
        angle += 180
    elif angle > 90:
        angle -= 180
    x0, y0 = np.floor(corners.min(axis=0))
    x1, y1 = np.ceil(corners.max(axis=0))
    cx, cy = corners.mean(axis=0)
    return TextLineBox(
        cx=float(cx),
        cy=float(cy),
        length=float(np.hypot(*along)),
        thickness=float(np.hypot(*across)),
        angle=angle,
        score=min(1.0, max(0.0, score)),
        box=Box(
            x=max(0, int(x0)), y=max(0, int(y0)), w=int(x1 - max(0, x0)), h=int(y1 - max(0, y0))
        ),
    )


def available() -> bool:
    return onnx.available(MODEL)


def version() -> str:
    return onnx.version(NAME)


def check() -> str:
    onnx.check("text detector", MODEL)
    return version()


def _prepare(image: NDArray[np.uint8], max_side: int) -> tuple[NDArray[np.float32], float, float]:
    h, w = image.shape[:2]
    scale = min(1.0, max_side / max(h, w))
    # the network downsamples by 32
    rh, rw = max(32, round(h * scale / 32) * 32), max(32, round(w * scale / 32) * 32)
    resized = cv2.resize(image, (rw, rh), interpolation=cv2.INTER_AREA)
    # the model was trained on BGR input normalised to [-1, 1]; grey is given as three equal planes
    x = (resized.astype(np.float32) / 127.5) - 1.0
    planes = np.repeat(x[None], 3, axis=0) if x.ndim == 2 else x[..., ::-1].transpose(2, 0, 1)
    return np.ascontiguousarray(planes[None]), w / rw, h / rh


def detect(image: NDArray[np.uint8], *, max_side: int) -> list[TextLineBox]:
    """Text lines in a greyscale or RGB image, read at most `max_side` pixels on the long side."""
    tensor, sx, sy = _prepare(image, max_side)
    session = onnx.session(MODEL)
    try:
        prob = session.run(None, {session.get_inputs()[0].name: tensor})[0][0, 0]
    except Exception as e:  # onnxruntime raises its own exception types
        raise EngineError(f"text detector failed: {e}") from e
    mask = (prob > PIXEL_THRESHOLD).astype(np.uint8)
    mask = cv2.dilate(mask, np.ones((2, 2), np.uint8))
    contours, _ = cv2.findContours(mask, cv2.RETR_LIST, cv2.CHAIN_APPROX_SIMPLE)
    lines: list[TextLineBox] = []
    for contour in contours:
        if len(contour) < 4:
            continue
        (cx, cy), (w, h), angle = cv2.minAreaRect(contour)
        if min(w, h) < 3:
            continue
        x, y, bw, bh = cv2.boundingRect(contour)
        region = np.zeros((bh, bw), np.uint8)
        cv2.fillPoly(region, [contour - [x, y]], 1)
        score = float(cv2.mean(prob[y : y + bh, x : x + bw], region)[0])
        if score < BOX_THRESHOLD:
            continue
        # undo the shrink DB applies to its training targets: offset = area * ratio / perimeter
        grow = w * h * UNCLIP_RATIO / (2 * (w + h))
        rect = cv2.boxPoints(((cx, cy), (w + 2 * grow, h + 2 * grow), angle))
        corners: NDArray[np.float32] = np.asarray(rect * np.array([sx, sy]), np.float32)
        lines.append(_line_box(corners, score))
    return lines
