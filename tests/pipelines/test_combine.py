from __future__ import annotations

import pytest

from pipelines.combine import respace, words


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("EMEC609.488", ["EMEC", "609.488"], "EMEC 609.488"),
        ("U.C.Berkeley", ["ULC.", "Berkeley"], "U.C. Berkeley"),
        ("10 km.W.of", ["10", "km.", "W.of"], "10 km. W.of"),
        # where Tesseract misread the letters around a break, its break is not trusted
        ("compacta", ["compa", "GE", "a"], "compacta"),
        ("Cerceris", [], "Cerceris"),
        ("", ["Cerceris"], ""),
        ("  two   spaces ", ["two", "spaces"], "two spaces"),
    ],
)
def test_respace(text: str, reference: list[str], expected: str) -> None:
    assert respace(text, reference) == expected


def test_words_take_extent_and_confidence_from_the_characters() -> None:
    text = "AB CD"
    scores = [0.9, 0.7, 0.5, 1.0, 0.6]
    positions = [0.1, 0.2, 0.3, 0.6, 0.8]
    out = words(text, scores, positions, "A BCD")
    assert [w.text for w in out] == ["A", "BCD"]
    assert out[0].confidence == pytest.approx(0.9)
    assert out[1].confidence == pytest.approx((0.7 + 1.0 + 0.6) / 3)
    assert out[1].start == pytest.approx(0.2 - 0.15)
    assert out[1].end == pytest.approx(0.8 + 0.15)
