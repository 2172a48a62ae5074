from __future__ import annotations

from dataclasses import dataclass

import pytest

from pipelines.combine import borrow_commas, merge, respace, words


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("EMEC512.347", ["EMEC", "512.347"], "EMEC 512.347"),
        ("U.C.Berkeley", ["ULC.", "Berkeley"], "U.C. Berkeley"),
        ("8 km.N.of", ["8", "km.", "N.of"], "8 km. N.of"),
        # where Tesseract misread the letters around a break, its break is not trusted
        ("ornatula", ["ornat", "GE", "a"], "ornatula"),
        ("Vespina", [], "Vespina"),
        ("", ["Vespina"], ""),
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


def _even(text: str, wide_before: set[int]) -> list[float]:
    """Character centres one pitch apart, two pitches before the indices in `wide_before`."""
    out, x = [], 0.0
    for i, _ in enumerate(text):
        x += 2.0 if i in wide_before else 1.0
        out.append(x / (len(text) * 2 + 2))
    return out


def test_respace_keeps_only_breaks_the_letters_stand_apart_at() -> None:
    # "Det.by" in typewriter print: Tesseract breaks after the period, the letters are evenly set
    assert respace("Det.by", ["Det.", "by"], _even("Det.by", set())) == "Det.by"
    # "EMEC 512": a real space, an empty cell between C and 6
    assert respace("EMEC512", ["EMEC", "512"], _even("EMEC512", {4})) == "EMEC 512"
    # the recogniser's own spaces stay whatever the geometry
    assert respace("K. L. Oste", ["K.", "L.Oste"], _even("K. L. Oste", set())) == "K. L. Oste"


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("EMEC512.903", ["EMEC", "512,903"], "EMEC512,903"),
        (
            "Varnek Island. Olsundi Bay.",
            ["Varnek", "Island,", "Olsundi", "Bay."],
            "Varnek Island, Olsundi Bay.",
        ),
        # a full stop Tesseract also reads as one stays
        ("Det. R. Hollis", ["Det.", "R.", "Hollis"], "Det. R. Hollis"),
        # a comma in Tesseract's reading of other letters is no evidence
        ("Mull. Arg.", ["Mu,", "Arg."], "Mull. Arg."),
        ("512.903", [], "512.903"),
        # a date's stops: Tesseract's comma beside a day or a month is a misread stop
        ("12.VI.1925", ["12,VI.1925"], "12.VI.1925"),
        ("12.VI.1925", ["12,", "VI.1925"], "12.VI.1925"),
        ("3.Aug.1901 K. Muster", ["3,Aug.1901", "K.", "Muster"], "3.Aug.1901 K. Muster"),
        # ... and beside an initial or a short abbreviation; after a word, before a space it is one
        ("G.A.Muster", ["G.A,Muster"], "G.A.Muster"),
        ("Sample Cr.jct.", ["Sample", "Cr,jct."], "Sample Cr.jct."),
        ("K.Muster.Collr.", ["K.Muster,Collr."], "K.Muster,Collr."),
        ("May 12. 1987", ["May", "12,", "1987"], "May 12, 1987"),
    ],
)
def test_borrow_commas(text: str, reference: list[str], expected: str) -> None:
    assert borrow_commas(text, reference) == expected


@dataclass(frozen=True)
class _W:
    text: str
    confidence: float


def _read(*words: tuple[str, float]) -> list[_W]:
    return [_W(t, c) for t, c in words]


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # read alike: kept, as sure as the surer engine
        ([("Riverside", 0.6), ("Co.", 0.7)], [("Riverside", 0.95), ("Co.", 0.9)], [("Riverside", 0.95), ("Co.", 0.9)]),
        # word for word: the second's word where it is surer by the margin
        ([("Hopkins", 0.9), ("Wel!", 0.5)], [("Hopkins", 0.9), ("Well", 0.9)], [("Hopkins", 0.9), ("Well", 0.9)]),
        ([("Hopkins", 0.9), ("Well", 0.88)], [("Hopkins", 0.9), ("Wel!", 0.9)], [("Hopkins", 0.9), ("Well", 0.88)]),
        # a stretch parted differently: the surer stretch as a whole
        ([("EMEC", 0.9), ("512", 0.4), (".716", 0.4)], [("EMEC", 0.95), ("512,716", 0.9)], [("EMEC", 0.95), ("512,716", 0.9)]),
        ([("Det.", 0.85), ("by", 0.85)], [("Det.by", 0.9)], [("Det.", 0.85), ("by", 0.85)]),
        # words only one engine saw
        ([("Palm", 0.9)], [("Palm", 0.9), ("Canyon", 0.9)], [("Palm", 0.9), ("Canyon", 0.9)]),
        ([("Palm", 0.9), ("Canyon", 0.85)], [("Palm", 0.9)], [("Palm", 0.9), ("Canyon", 0.85)]),
        # ... but an unsure word the second did not see at all is dropped: a mark read as a letter
        ([("Bombus", 0.42), ("9", 0.67)], [("Bombus", 0.95)], [("Bombus", 0.95)]),
        ([("Palm", 0.9), ("nyon", 0.3)], [("Palm", 0.9)], [("Palm", 0.9)]),
        ([], [("Canyon", 0.7)], [("Canyon", 0.7)]),
    ],
)  # fmt: skip
def test_merge(
    first: list[tuple[str, float]],
    second: list[tuple[str, float]],
    expected: list[tuple[str, float]],
) -> None:
    assert merge(_read(*first), _read(*second)) == _read(*expected)


@pytest.mark.parametrize(
    ("first", "second", "disputed"),
    [
        # read alike, or alike but for letter case or where the words part: no dispute
        ([("Riverside", 0.6), ("Co.", 0.7)], [("Riverside", 0.95), ("Co.", 0.9)], []),
        ([("RIVERSIDE", 0.6)], [("Riverside", 0.95)], []),
        ([("Det.", 0.85), ("by", 0.85)], [("Det.by", 0.9)], []),
        # other letters: the kept word is disputed, whichever engine read it
        ([("Hopkins", 0.9), ("Wel!", 0.5)], [("Hopkins", 0.9), ("Well", 0.9)], ["Well"]),
        ([("K.", 0.9), ("Muster", 0.93)], [("K.", 0.9), ("Master", 0.9)], ["Muster"]),
        ([("EMEC", 0.9), ("512", 0.4), (".716", 0.4)], [("EMEC", 0.95), ("512,716", 0.9)], ["512,716"]),
        # a word only one engine saw has nothing to dispute it
        ([("Palm", 0.9)], [("Palm", 0.9), ("Canyon", 0.9)], []),
        ([], [("Canyon", 0.7)], []),
    ],
)  # fmt: skip
def test_merge_reports_the_words_the_readings_dispute(
    first: list[tuple[str, float]], second: list[tuple[str, float]], disputed: list[str]
) -> None:
    seen: list[str] = []
    merge(_read(*first), _read(*second), lambda w: seen.append(w.text))
    assert seen == disputed
