"""Forms' dotted leaders taken out of recognised text."""

from __future__ import annotations

import pytest

from pipelines.leaders import kept, pieces, without_leaders


@pytest.mark.parametrize(
    ("read", "expected"),
    [
        ("Actinogyra..muhlenbergii..(Ach.)..Schol.", "Actinogyra muhlenbergii (Ach.) Schol."),
        ("Coll......", "Coll."),
        ("Coll...... A. J. Sharp", "Coll. A. J. Sharp"),
        ("Coll..A. J. Sharp", "Coll. A. J. Sharp"),
        ("..Co... Cocke.", "Co. Cocke."),
        ("Nay..Mex.", "Nay. Mex."),
        ("Fecha.0ct..,1934.", "Fecha.0ct.,1934."),
        ("Date ........ Nov. 12, 1939", "Date  Nov. 12, 1939"),
        ("Loc.…White Rocks", "Loc. White Rocks"),
        ("......", ""),
        # a lone full stop is never a leader
        ("U.S.A. 12.vi.1987 1.5 km", "U.S.A. 12.vi.1987 1.5 km"),
        ("", ""),
    ],
)
def test_without_leaders(read: str, expected: str) -> None:
    assert without_leaders(read) == expected


def test_kept_indexes_the_original_characters() -> None:
    assert kept("ab..cd") == [0, 1, None, 4, 5]
    assert kept("ab...") == [0, 1, 2]
    assert kept("...") == []


def test_pieces_are_the_words_a_token_holds() -> None:
    assert pieces("Actinogyra..muhlenbergii") == [("Actinogyra", 0, 10), ("muhlenbergii", 12, 24)]
    assert pieces("Coll......") == [("Coll.", 0, 5)]
    assert pieces(".....") == []
