"""A second line recogniser: the PP-OCRv6 small multilingual model, run on the CPU with onnxruntime.

The model ships inside the pinned `rapidocr` wheel (Apache-2.0). It reads whole lines (no word
segmentation) and is markedly better than Tesseract on worn typewriter print, small labels
photographed under a lens and neat handwriting, and it gives the accents of European languages
("Müll.", "Muñoz"). Its alphabet also holds Chinese, Japanese and other scripts; labels here are
in Latin script, so decoding is limited to Latin letters, digits, punctuation and the symbols
labels use (degree, prime, sex signs), which stops look-alike characters of other scripts and
full-width punctuation from being emitted. This module is the only place that runs the model.
"""

from __future__ import annotations

import importlib.util
import logging
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Any

import cv2
import numpy as np
from numpy.typing import NDArray

from models.errors import EngineError
from pipelines.engines import onnx as onnx_engine

log = logging.getLogger(__name__)

NAME = "pp-ocrv6-rec"
MODEL = "models/PP-OCRv6_rec_small.onnx"
HEIGHT = 48
MAX_WIDTH = 2400
_EXTRA = set("°′″'’‘“”♀♂±×½¼¾&§")


@dataclass(frozen=True)
class Reading:
    text: str
    confidence: float  # mean probability of the emitted characters, 0..1
    # per character of `text`: its probability and the horizontal centre of the frame that emitted
    # it, as a fraction of the line's width
    scores: tuple[float, ...]
    positions: tuple[float, ...]


def _latin(ch: str) -> bool:
    if ch in _EXTRA:
        return True
    if not ch.isprintable() or len(ch) != 1:
        return False
    if ord(ch) < 128:
        return True
    name = unicodedata.name(ch, "")
    return name.startswith("LATIN ") and ord(ch) < 0x250


def available() -> bool:
    return onnx_engine.available(MODEL)


def version() -> str:
    return onnx_engine.version(NAME)


def check() -> str:
    onnx_engine.check("line recogniser", MODEL)
    return version()


def _alphabet(characters: list[str]) -> list[str]:
    """The model's classes: index 0 is the CTC blank, the last the space character."""
    return ["", *characters, " "]


def _allowed(alphabet: list[str]) -> NDArray[np.int64]:
    """The indices of the classes decoding may emit (the blank, and Latin script's characters)."""
    return np.array([0] + [i for i, ch in enumerate(alphabet) if i and _latin(ch)], np.int64)


def _latin_head(data: bytes) -> bytes:
    """The recogniser with its output layer cut to the classes decoding may emit.

    The layer maps each of the line's frames to 18,710 classes, most of them characters of other
    scripts that decoding never emits; it was a sixth of the model's time (devset lines: 21.2 ->
    17.8 ms per line cut to 509). The most probable allowed class of every frame is the same as
    before; only the probabilities are now normalised over the allowed classes, so a frame that
    also leant towards a character of another script reads a little surer (on 300 devset lines
    the same characters everywhere, the frames' best probability 0.0009 higher on average, 0.018
    at the 99th percentile).
    """
    import onnx
    from onnx import numpy_helper

    model = onnx.load_from_string(data)
    graph = model.graph
    meta = {p.key: p for p in model.metadata_props}
    alphabet = _alphabet(meta["character"].value.splitlines())
    allowed = _allowed(alphabet)
    if alphabet[int(allowed[-1])] != " ":
        raise EngineError("the recogniser's alphabet does not end with the space character")
    producer = {out: node for node in graph.node for out in node.output}
    softmax = producer[graph.output[0].name]
    node = producer[softmax.input[0]]
    while node.op_type == "Identity":
        node = producer[node.input[0]]
    matmul = producer[node.input[0]]
    if softmax.op_type != "Softmax" or node.op_type != "Add" or matmul.op_type != "MatMul":
        raise EngineError("the recogniser's output layer is not MatMul, Add, Softmax")
    initializers = {t.name: t for t in graph.initializer}
    for name, axis in ((matmul.input[1], 1), (node.input[1], 0)):
        values = numpy_helper.to_array(initializers[name])
        cut = np.ascontiguousarray(np.take(values, allowed, axis=axis))
        initializers[name].CopyFrom(numpy_helper.from_array(cut, name))
    graph.output[0].type.tensor_type.shape.dim[-1].dim_value = len(allowed)
    meta["character"].value = "\n".join(alphabet[int(i)] for i in allowed[1:-1])
    return bytes(model.SerializeToString())


@cache
def _model() -> tuple[Any, list[str], NDArray[np.int64]]:
    """The session (single-threaded), its alphabet, and the indices of the characters we allow."""
    if importlib.util.find_spec("onnx") is None:  # the full model reads the same, a sixth slower
        session = onnx_engine.session(MODEL)
    else:
        session = onnx_engine.session_of(onnx_engine.derived(MODEL, "latin1", _latin_head))
    characters = session.get_modelmeta().custom_metadata_map["character"].splitlines()
    alphabet = _alphabet(characters)
    return session, alphabet, _allowed(alphabet)


def _prepare(gray: NDArray[np.uint8]) -> NDArray[np.float32]:
    h, w = gray.shape[:2]
    width = int(min(MAX_WIDTH, max(HEIGHT, round(w * HEIGHT / max(1, h)))))
    resized = cv2.resize(
        gray, (width, HEIGHT), interpolation=cv2.INTER_AREA if h > HEIGHT else cv2.INTER_CUBIC
    )
    x = resized.astype(np.float32) / 127.5 - 1.0
    return np.repeat(x[None, None], 3, axis=1)


def recognise(gray: NDArray[np.uint8]) -> Reading:
    """Read one upright text line (greyscale)."""
    session, alphabet, allowed = _model()
    tensor = _prepare(gray)
    try:
        probs = session.run(None, {session.get_inputs()[0].name: tensor})[0][0]
    except Exception as e:  # onnxruntime raises its own exception types
        raise EngineError(f"line recogniser failed: {e}") from e
    sub = probs[:, allowed]
    best = sub.argmax(axis=1)
    frames = len(best)
    chars: list[str] = []
    scores: list[float] = []
    positions: list[float] = []
    previous = -1
    for t, k in enumerate(best.tolist()):
        if k != previous and k != 0:
            chars.append(alphabet[int(allowed[k])])
            scores.append(float(sub[t, k]))
            positions.append((t + 0.5) / frames)
        previous = k
    # the model spells some punctuation in full-width forms; NFKC folds them to ASCII, one
    # character for one among the characters we allow
    chars = [unicodedata.normalize("NFKC", ch)[:1] or ch for ch in chars]
    confidence = float(np.mean(scores)) if scores else 0.0
    return Reading(
        text="".join(chars), confidence=confidence, scores=tuple(scores), positions=tuple(positions)
    )
