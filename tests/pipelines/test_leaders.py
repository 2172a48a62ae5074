"""Forms' dotted leaders taken out of recognised text."""

from __future__ import annotations

import pytest

from pipelines.engines.pprec import Reading
from pipelines.leaders import kept, pieces
from pipelines.ocr import _without_leaders


@pytest.mark.parametrize(
    ("read", "expected"),
    [
        ("Lasallia..kellermanii..(Hal.)..Schad.", "Lasallia kellermanii (Hal.) Schad."),
        ("Coll......", "Coll."),
        ("Coll...... R. T. Vance", "Coll. R. T. Vance"),
        ("Coll..R. T. Vance", "Coll. R. T. Vance"),
        ("..Co... Lorne.", "Co. Lorne."),
        ("Nay..Mex.", "Nay. Mex."),
        ("Fecha.0ct..,1937.", "Fecha.0ct.,1937."),
        ("Date ........ Nov. 19, 1941", "Date  Nov. 19, 1941"),
        ("Loc.…Grey Rocks", "Loc. Grey Rocks"),
        ("......", ""),
        # a lone full stop is never a leader
        ("U.S.A. 17.vi.1984 2.5 km", "U.S.A. 17.vi.1984 2.5 km"),
        ("", ""),
    ],
)
def test_without_leaders(read: str, expected: str) -> None:
    assert "".join(" " if i is None else read[i] for i in kept(read)) == expected


def test_kept_indexes_the_original_characters() -> None:
    assert kept("ab..cd") == [0, 1, None, 4, 5]
    assert kept("ab...") == [0, 1, 2]
    assert kept("...") == []


def test_pieces_are_the_words_a_token_holds() -> None:
    assert pieces("Lasallia..kellermanii") == [("Lasallia", 0, 8), ("kellermanii", 10, 21)]
    assert pieces("Coll......") == [("Coll.", 0, 5)]
    assert pieces(".....") == []


@pytest.mark.parametrize(
    ("read", "expected"),
    [
        ("Nay..Mex.", "Nay. Mex."),
        ("Coll......A.", "Coll A."),
        ("Coll..A.", "Coll. A."),
        ("Sage Canyon", "Sage Canyon"),
    ],
)
def test_the_second_recognisers_reading_keeps_its_scores_in_step(read: str, expected: str) -> None:
    n = len(read)
    reading = Reading(
        text=read,
        confidence=0.9,
        scores=tuple(0.5 + i / (2 * n) for i in range(n)),
        positions=tuple((i + 0.5) / n for i in range(n)),
    )
    out = _without_leaders(reading)
    assert out.text == expected
    assert len(out.scores) == len(out.positions) == len(out.text)
    # each character keeps its own place on the line
    for ch, position in zip(out.text, out.positions, strict=True):
        if ch != " ":
            assert read[round(position * n - 0.5)] == ch
