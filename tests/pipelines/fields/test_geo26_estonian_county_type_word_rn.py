"""An Estonian county's type word with its "m" read as "rn" by the OCR ("Harju rnaak.", "Tartu
rnk.", "Pärnu rnaakond"): the county, as the word read right gives it; the county's name before
the word is read as printed and vouches for the slip. Invented places in the shapes labels use."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import reading


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Eesti\nHarju rnaak., Samplevere\n12.VI.1936\nleg. K. Muster", "Harjumaa"),
        ("Eesti\nTartu rnk., Probeküla mets\n3.VII.1951\nleg. J. Beispiel", "Tartumaa"),
        ("Pärnu rnaakond, Näidiste küla\n1948\nleg. A. Exempel", "Pärnumaa"),
        ("Harju rnk, Samplevere\n1936", "Harjumaa"),
    ],
)
def test_the_type_words_rn_is_its_m(text: str, state: str) -> None:
    got = reading(text, "stateProvince")
    assert got is not None and got[0] == state
    country = reading(text, "country")
    assert country is not None and country[0] == "Estonia"


def test_a_word_no_county_precedes_names_none() -> None:
    assert reading("Probe rnk., Samplevere\n1936", "stateProvince") is None
