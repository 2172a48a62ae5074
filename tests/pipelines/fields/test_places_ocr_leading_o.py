"""An "O" the OCR read as a "0" opening a word in lower case ("0kr. d. Primerovo, lug"): the
place's word mended, so its line reads as a place's; a measure's figure ("0 km", "0cm") is kept
(invented strings of the shapes Russian sheets transliterate)."""

from __future__ import annotations

import pytest

from pipelines.fields import extract_fields, labels_from_text
from pipelines.fields.ocr_slips import small_letters_mended


@pytest.mark.parametrize(
    ("text", "mended"),
    [
        ("0kr. d. Primerovo, lug", "Okr. d. Primerovo, lug"),
        ("Exampla, 0bere Wiese", "Exampla, Obere Wiese"),
        ("Samp0la, Exemp1eby", "Sampola, Exempleby"),
        ("0 km N of Sampleton", "0 km N of Sampleton"),
        ("0cm", "0cm"),
        ("10km W", "10km W"),
    ],
)
def test_small_letters_mended(text: str, mended: str) -> None:
    assert small_letters_mended(text) == mended


def test_place_with_its_o_misread() -> None:
    got = extract_fields(
        labels_from_text("Exampla minor L.\n0kr. d. Primerovo, lug\n12.VI.1961 sobr. I. Ivanov")
    ).get("verbatimLocality")
    assert got is not None and got.value == "Okr. d. Primerovo, lug"
