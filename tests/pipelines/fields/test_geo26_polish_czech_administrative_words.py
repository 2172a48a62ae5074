"""Central European places with their administrative unit's word after a comma ("Probowo, pow.
Samplowski", "Probowo, gm. Samplowice", "Vzorov, okres Ukázkov"): the words of place of
place_words.csv (Polish powiat, gmina, województwo; Czech and Slovak okres; Hungarian megye,
járás); the Polish abbreviations in lower case had made the line no place and given no locality.
Invented places in the shapes labels use."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import reading


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Flora Polonica\nProbowo, pow. Samplowski\n12.VI.1934\nleg. A. Exempel",
            "Probowo, pow. Samplowski",
        ),
        ("Probowo, gm. Samplowice\n12.VI.1934\nleg. J. Beispiel", "Probowo, gm. Samplowice"),
        ("Wzorowo, woj. Próbne\n3.VII.1952\nleg. H. Sampleva", "Wzorowo, woj. Próbne"),
        ("Vzorov, okres Ukázkov\n14. 6. 1950\nleg. K. Muster", "Vzorov, okres Ukázkov"),
    ],
)
def test_an_administrative_word_names_a_place(text: str, place: str) -> None:
    got = reading(text, "verbatimLocality")
    assert got is not None and got[0] == place
