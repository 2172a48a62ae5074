"""Labels as the OCR stage hands them over, built from words and their confidences."""

from __future__ import annotations

from models.geometry import Box
from models.specimen import LabelText, OcrLine, OcrWord

BOX = Box(x=0, y=0, w=10, h=10)


def ocr_label(lines: list[list[tuple[str, float]]], *, engine: str = "tesseract") -> LabelText:
    """A label whose lines are these (word, confidence) pairs."""
    return LabelText(
        label=0,
        engine=engine,
        confidence=0.9,
        lines=[
            OcrLine(
                text=" ".join(w for w, _ in words),
                confidence=min(c for _, c in words),
                box=BOX,
                words=[OcrWord(text=w, confidence=c, box=BOX) for w, c in words],
            )
            for words in lines
        ],
    )


def placed_label(label: int, lines: list[tuple[str, tuple[int, int, int, int]]]) -> LabelText:
    """A label whose lines lie where the image shows them: (text, (x, y, w, h)) pairs."""
    ocr_lines = []
    for text, (x, y, w, h) in lines:
        box = Box(x=x, y=y, w=w, h=h)
        words = [OcrWord(text=t, confidence=0.95, box=box) for t in text.split()]
        ocr_lines.append(OcrLine(text=text, confidence=0.95, box=box, words=words))
    return LabelText(label=label, engine="tesseract", confidence=0.95, lines=ocr_lines)
