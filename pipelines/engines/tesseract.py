"""The Tesseract engine: the only module that runs Tesseract.

Two ways in, one interface (`read`): the `tesserocr` in-process API, which loads the language model
once per process (25 ms for a small label, measured), and `pytesseract`, which starts the
`tesseract` program per call (125 ms for the same label, mostly start-up and model loading). Both
use the Debian language data. tesserocr is used when it imports; pytesseract is the fallback that
works wherever the `tesseract` program is installed.
"""

from __future__ import annotations

import csv
import io
import logging
import os
import shutil
import subprocess
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Literal

import cv2
import numpy as np
from numpy.typing import NDArray
from PIL import Image

from models.errors import EngineError, MissingDependencyError
from models.geometry import Box

log = logging.getLogger(__name__)

NAME = "tesseract"
INSTALL_HINT = "install it with: apt-get install -y tesseract-ocr tesseract-ocr-eng"
Backend = Literal["auto", "tesserocr", "pytesseract"]

# Tesseract parallelises with OpenMP; with one process per core that thrashes (8x slower per call
# measured on a 2-core machine), so each call gets one thread and we parallelise across images.
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

# Tesseract reads an unsure line a second time inverted, in case it is light on a dark ground
# (tessedit_do_invert); `read` turns such images dark on light itself, from their pixels, and the
# retry is switched off. On the devset's line images that is 4 % less Tesseract time (0.5 ms a
# line, 0.01 s per image), and the white printed headers of herbarium sheets read as well as
# before (word F1 0.8751 -> 0.8757, cer 0.1467 -> 0.1468).
_NO_INVERT = "tessedit_do_invert"


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


PROGRAM = "tesseract"


def available() -> bool:
    return shutil.which(PROGRAM) is not None


def _ask(*args: str) -> str:
    """What the `tesseract` program prints for a query (it prints some on stderr)."""
    done = subprocess.run([PROGRAM, *args], capture_output=True, text=True, check=False, timeout=30)
    return done.stdout + done.stderr


@cache
def version() -> str:
    return _ask("--version").split()[1]


@cache
def languages() -> frozenset[str]:
    listing = _ask("--list-langs").splitlines()
    return frozenset(line.strip() for line in listing[1:] if line.strip())


@cache
def tessdata_dir() -> str:
    """Where the installed language data lives (Debian: /usr/share/tesseract-ocr/5/tessdata)."""
    if "TESSDATA_PREFIX" in os.environ:
        return os.environ["TESSDATA_PREFIX"]
    for line in _ask("--list-langs").splitlines():
        if '"' in line:
            return str(Path(line.split('"')[1]))
    return "/usr/share/tesseract-ocr/5/tessdata"


def _tesserocr() -> Any | None:
    try:
        import tesserocr
    except ImportError:
        return None
    return tesserocr


def backend_name(backend: Backend) -> str:
    if backend == "pytesseract" or (backend == "auto" and _tesserocr() is None):
        return "pytesseract"
    return "tesserocr"


# Debian ships the script models ("Latin", "Cyrillic", ...) as tesseract-ocr-script-<ISO 15924>.
_SCRIPTS = {
    "Latin": "latn",
    "Cyrillic": "cyrl",
    "Greek": "grek",
    "Arabic": "arab",
    "Devanagari": "deva",
}


def package_of(lang: str) -> str:
    """The Debian package that ships a Tesseract language or script model."""
    if lang in _SCRIPTS:
        return f"tesseract-ocr-script-{_SCRIPTS[lang]}"
    return f"tesseract-ocr-{lang.replace('_', '-').lower()}"


def check(langs: str, backend: Backend = "auto") -> str:
    """Fail early, with an install hint, if Tesseract or a language is missing; return the version."""
    if not available():
        raise MissingDependencyError(f"Tesseract is not installed: {INSTALL_HINT}")
    missing = [lang for lang in langs.split("+") if lang and lang not in languages()]
    if missing:
        packages = " ".join(package_of(m) for m in missing)
        raise MissingDependencyError(
            f"Tesseract language data missing: {', '.join(missing)}; "
            f"install it with: apt-get install -y {packages}"
        )
    if backend == "tesserocr" and _tesserocr() is None:
        raise MissingDependencyError("tesserocr is not installed: pip install tesserocr")
    name = backend_name(backend)
    if name == "tesserocr":
        return f"{_tesserocr().tesseract_version().split()[1]} (tesserocr)"  # type: ignore[union-attr]
    return f"{version()} (pytesseract)"


@cache
def _api(langs: str, psm: int, dpi: int) -> Any:
    """One API per process and configuration: the language model is loaded once."""
    tesserocr = _tesserocr()
    assert tesserocr is not None
    api = tesserocr.PyTessBaseAPI(path=tessdata_dir(), lang=langs, psm=psm)
    api.SetVariable("user_defined_dpi", str(dpi))
    api.SetVariable(_NO_INVERT, "0")
    return api


def _words_from_tsv(tsv: str) -> list[TessWord]:
    words: list[TessWord] = []
    rows = csv.reader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE)
    for row in rows:
        if len(row) < 12 or row[0] != "5":  # level 5 = word
            continue
        text, conf = row[11].strip(), float(row[10])
        if conf < 0 or not text:
            continue
        words.append(
            TessWord(
                text=text,
                confidence=min(1.0, max(0.0, conf / 100.0)),
                box=Box(x=int(row[6]), y=int(row[7]), w=int(row[8]), h=int(row[9])),
                block=int(row[2]),
                paragraph=int(row[3]),
                line=int(row[4]),
            )
        )
    return words


def _read_in_process(
    image: Image.Image, psm: int, langs: str, timeout: float, dpi: int
) -> TessResult:
    api = _api(langs, psm, dpi)
    try:
        api.SetImage(image)
        if not api.Recognize(timeout=int(timeout * 1000)):
            log.warning("tesseract gave up after %.0f s", timeout)
            return TessResult(words=[], timed_out=True)
        return TessResult(words=_words_from_tsv(api.GetTSVText(0)))
    except RuntimeError as e:
        raise EngineError(f"tesseract failed: {e}") from e


def _read_subprocess(
    image: Image.Image, psm: int, langs: str, timeout: float, dpi: int
) -> TessResult:
    # imported here: pytesseract imports pandas when it is installed, a quarter second that every
    # command would pay at start-up
    import pytesseract

    config = f"--psm {psm} --dpi {dpi} -c {_NO_INVERT}=0"
    try:
        tsv = pytesseract.image_to_data(image, lang=langs, config=config, timeout=timeout)
    except RuntimeError as e:
        if "timeout" in str(e).lower():
            log.warning("tesseract timed out after %.0f s", timeout)
            return TessResult(words=[], timed_out=True)
        raise EngineError(f"tesseract failed: {e}") from e
    except pytesseract.TesseractError as e:
        raise EngineError(f"tesseract failed (status {e.status}): {e.message}") from e
    except pytesseract.TesseractNotFoundError as e:
        raise MissingDependencyError(f"Tesseract is not installed: {INSTALL_HINT}") from e
    return TessResult(words=_words_from_tsv(str(tsv)))


def dark_on_light(image: NDArray[np.uint8]) -> NDArray[np.uint8]:
    """`image` inverted when it is light on a dark ground: when most of its pixels are on the dark
    side of the threshold that best splits them in two (Otsu's), the dark is the ground."""
    gray = image if image.ndim == 2 else cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)
    threshold, _ = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    if float(np.mean(gray < threshold)) > 0.5:
        return np.asarray(255 - image, np.uint8)
    return image


def read(
    image: NDArray[np.uint8],
    *,
    psm: int,
    langs: str,
    timeout: float,
    backend: Backend = "auto",
    dpi: int = 300,
) -> TessResult:
    """Recognise `image` (greyscale or RGB) and return its words with boxes and confidence.

    A timeout is a result (no words, flagged), not an exception; a crash raises EngineError.
    """
    pil = Image.fromarray(dark_on_light(image))
    if backend_name(backend) == "tesserocr":
        return _read_in_process(pil, psm, langs, timeout, dpi)
    return _read_subprocess(pil, psm, langs, timeout, dpi)
