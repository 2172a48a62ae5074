from __future__ import annotations

import numpy as np
import pytest

from models.errors import MissingDependencyError
from pipelines.engines import tesseract
from tests.conftest import render_label


@pytest.mark.parametrize(
    ("lang", "package"),
    [
        ("eng", "tesseract-ocr-eng"),
        ("chi_sim", "tesseract-ocr-chi-sim"),
        ("Latin", "tesseract-ocr-script-latn"),
        ("Cyrillic", "tesseract-ocr-script-cyrl"),
    ],
)
def test_package_of(lang: str, package: str) -> None:
    assert tesseract.package_of(lang) == package


def test_missing_language_names_the_package() -> None:
    with pytest.raises(MissingDependencyError, match="apt-get install -y tesseract-ocr-zzz"):
        tesseract.check("eng+zzz")


@pytest.mark.parametrize("backend", ["tesserocr", "pytesseract"])
def test_light_print_on_a_dark_ground_is_read(backend: tesseract.Backend) -> None:
    """A header printed white on black (as herbarium sheets' institution bands) is read, with
    Tesseract's own inverted retry switched off."""
    line = np.asarray(render_label(["Botanic Garden"], size=36).convert("L"))
    white_on_black = 255 - line
    result = tesseract.read(white_on_black, psm=7, langs="eng", timeout=30, backend=backend)
    assert " ".join(w.text for w in result.words) == "Botanic Garden"


def test_dark_on_light_keeps_dark_print_and_turns_light_print() -> None:
    line = np.asarray(render_label(["Pima Co."], size=36).convert("L"))
    assert tesseract.dark_on_light(line) is line
    assert np.array_equal(tesseract.dark_on_light(255 - line), line)
    rgb = np.dstack([255 - line] * 3)
    assert np.array_equal(tesseract.dark_on_light(rgb), np.dstack([line] * 3))
