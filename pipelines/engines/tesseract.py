"""The Tesseract engine (through pytesseract): the only module that runs Tesseract."""

from __future__ import annotations

import logging
import os
import shutil
from dataclasses import dataclass
from functools import cache

import numpy as np
import pytesseract
from numpy.typing import NDArray
from PIL import Image

from models.errors import EngineError, MissingDependencyError
from models.geometry import Box

log = logging.getLogger(__name__)

NAME = "tesseract"
INSTALL_HINT = "install it with: apt-get install -y tesseract-ocr tesseract-ocr-eng"

# Tesseract parallelises with OpenMP; with one process per core that thrashes (8x slower per call
# measured on a 2-core machine), so each call gets one thread and we parallelise across images.
os.environ.setdefault("OMP_THREAD_LIMIT", "1")


@dataclass(frozen=True)
class TessWord:
    text: str
    confidence: float  # 0..1
    box: Box
    block: int
    paragraph: int
    line: int


@dataclass(frozen=True)
class TessResult:
    words: list[TessWord]
    timed_out: bool = False


def available() -> bool:
    return shutil.which(pytesseract.pytesseract.tesseract_cmd) is not None


@cache
def version() -> str:
    return str(pytesseract.get_tesseract_version())


@cache
def languages() -> frozenset[str]:
    return frozenset(pytesseract.get_languages(config=""))


def check(langs: str) -> str:
    """Fail early, with an install hint, if Tesseract or a language is missing; return the version."""
    if not available():
        raise MissingDependencyError(f"Tesseract is not installed: {INSTALL_HINT}")
    missing = [lang for lang in langs.split("+") if lang and lang not in languages()]
    if missing:
        packages = " ".join(f"tesseract-ocr-{m.replace('_', '-').lower()}" for m in missing)
        raise MissingDependencyError(
            f"Tesseract language data missing: {', '.join(missing)}; "
            f"install it with: apt-get install -y {packages}"
        )
    return version()


def read(
    image: NDArray[np.uint8], *, psm: int, langs: str, timeout: float, dpi: int = 300
) -> TessResult:
    """Recognise `image` (greyscale or RGB) and return its words with boxes and confidence.

    A timeout is a result (no words, flagged), not an exception; a crash raises EngineError.
    """
    config = f"--psm {psm} --dpi {dpi} -c preserve_interword_spaces=0"
    try:
        data = pytesseract.image_to_data(
            Image.fromarray(image),
            lang=langs,
            config=config,
            timeout=timeout,
            output_type=pytesseract.Output.DICT,
        )
    except RuntimeError as e:
        if "timeout" in str(e).lower():
            log.warning("tesseract timed out after %.0f s", timeout)
            return TessResult(words=[], timed_out=True)
        raise EngineError(f"tesseract failed: {e}") from e
    except pytesseract.TesseractError as e:
        raise EngineError(f"tesseract failed (status {e.status}): {e.message}") from e
    except pytesseract.TesseractNotFoundError as e:
        raise MissingDependencyError(f"Tesseract is not installed: {INSTALL_HINT}") from e

    words: list[TessWord] = []
    for i, text in enumerate(data["text"]):
        conf = float(data["conf"][i])
        if conf < 0 or not str(text).strip():
            continue
        words.append(
            TessWord(
                text=str(text).strip(),
                confidence=min(1.0, max(0.0, conf / 100.0)),
                box=Box(
                    x=int(data["left"][i]),
                    y=int(data["top"][i]),
                    w=int(data["width"][i]),
                    h=int(data["height"][i]),
                ),
                block=int(data["block_num"][i]),
                paragraph=int(data["par_num"][i]),
                line=int(data["line_num"][i]),
            )
        )
    return TessResult(words=words)
