"""Which merged words only the second recogniser read (OcrWord.second_only)."""

from __future__ import annotations

from models.geometry import Box
from models.specimen import OcrWord
from pipelines.combine import merge
from pipelines.ocr import DISPUTED, _marked

BOX = Box(x=0, y=0, w=10, h=10)


def _words(*read: tuple[str, float]) -> list[OcrWord]:
    return [OcrWord(text=t, confidence=c, box=BOX) for t, c in read]


def _flags(first: list[OcrWord], second: list[OcrWord]) -> list[tuple[str, bool]]:
    merged = _marked(merge(first, second), first, second)
    return [(w.text, w.second_only) for w in merged]


def test_a_word_tesseract_read_nothing_like_is_marked() -> None:
    # a handwritten determination: Tesseract reads scrawl, the second recogniser a name
    first = _words(("Cdi", 0.31), ("iila.", 0.42))
    second = _words(("Fictaria", 0.95), ("borealica", 0.93))
    assert _flags(first, second) == [("Fictaria", True), ("borealica", True)]


def test_a_word_tesseract_read_alike_is_not_marked() -> None:
    # worn print: Tesseract slips a letter, the second recogniser's reading is kept, confirmed
    first = _words(("Vespiua", 0.55), ("ornatula", 0.91))
    second = _words(("Vespina", 0.97), ("ornatula", 0.96))
    assert _flags(first, second) == [("Vespina", False), ("ornatula", False)]


def test_a_word_confirmed_by_a_stretch_of_tesseracts_line() -> None:
    # a dotted leader read as one full stop joins two words Tesseract read apart
    first = _words(("Fictogyra", 0.6), ("vandermeulenii", 0.62), ("(Ach.)", 0.9))
    second = _words(("Fictogyra.vandermeulenii", 0.98), ("(Ach.)", 0.97))
    assert _flags(first, second)[0] == ("Fictogyra.vandermeulenii", False)


def test_everything_is_second_only_when_tesseract_read_nothing() -> None:
    assert _flags([], _words(("Fictoria", 0.9))) == [("Fictoria", True)]


def test_a_short_tesseract_reading_does_not_confirm_a_long_word() -> None:
    # "la" is inside "lacunosa", but says nothing about it
    assert _flags(_words(("la", 0.3)), _words(("lacunosa", 0.93))) == [("lacunosa", True)]


def test_a_word_the_engines_read_differently_is_less_sure() -> None:
    # a letter read two ways: the surer reading is kept, but the dispute lowers its confidence
    first = _words(("K.", 0.95), ("Master", 0.9))
    second = _words(("K.", 0.96), ("Muster", 0.98))
    disputed: set[int] = set()
    merged = _marked(merge(first, second, lambda w: disputed.add(id(w))), first, second, disputed)
    assert [(w.text, w.confidence) for w in merged] == [("K.", 0.96), ("Muster", 0.98 * DISPUTED)]
    assert not any(w.second_only for w in merged)
