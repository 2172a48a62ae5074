from __future__ import annotations

from models.geometry import Box
from models.specimen import LabelText, OcrLine, OcrWord

BOX = Box(x=0, y=0, w=1, h=1)


def _line(text: str, words: list[str]) -> OcrLine:
    return OcrLine(
        text=text,
        confidence=0.9,
        box=BOX,
        words=[OcrWord(text=w, confidence=0.8, box=BOX) for w in words],
    )


def test_offsets_match_the_label_text() -> None:
    label = LabelText(
        label=0,
        engine="t",
        lines=[_line("Coll. J. Smith", ["Coll.", "J.", "Smith"]), _line("  ", []), _line("12 July 1951", ["12", "July", "1951"])],
    )  # fmt: skip
    assert label.text == "Coll. J. Smith\n12 July 1951"
    assert [(s, e) for s, e, _ in label.line_offsets()] == [(0, 14), (15, 27)]
    spans = label.word_offsets()
    assert [label.text[s:e] for s, e, _ in spans] == ["Coll.", "J.", "Smith", "12", "July", "1951"]
    assert [w.text for _, _, w in spans] == ["Coll.", "J.", "Smith", "12", "July", "1951"]


def test_words_missing_from_the_line_text_are_skipped() -> None:
    line = _line("Det. by Bekke", ["Det.", "xx", "Bekke"])
    assert [(s, e, w.text) for s, e, w in line.word_offsets(10)] == [
        (10, 14, "Det."),
        (18, 23, "Bekke"),
    ]
