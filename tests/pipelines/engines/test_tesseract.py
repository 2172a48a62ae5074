from __future__ import annotations

import pytest

from models.errors import MissingDependencyError
from pipelines.engines import tesseract


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
