from __future__ import annotations

import pytest

from pipelines.normalise import squash, straight_quotes


@pytest.mark.parametrize(
    ("text", "keyed"),
    [
        ("46°23’N, 64°47’W", "46°23'N, 64°47'W"),
        ("31°47′07″N", "31°47'07\"N"),
        ("“El Quemado”", '"El Quemado"'),
        ("Hale‘s", "Hale's"),
        ("O'Neill 12 July", "O'Neill 12 July"),  # already straight: unchanged
    ],
)
def test_straight_quotes(text: str, keyed: str) -> None:
    assert straight_quotes(text) == keyed


def test_squash_folds_accents_case_and_punctuation() -> None:
    assert squash("EMEC 512,347") == "emec512347"
    assert squash("Müll. Arg.") == "mullarg"
