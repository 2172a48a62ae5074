"""A height with the word that says it is guessed ("ca.", "ca" without its full stop, "about")
keeps the word in verbatimElevation, as keyers enter it, in feet marked by an apostrophe ("ca.
4000'") as in units ("ca 1200 m"). Invented strings in the shapes labels use."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import value


@pytest.mark.parametrize(
    ("text", "height"),
    [
        ("Sampleton, ca. 4000'\nK. Muster 12", "ca. 4000'"),
        ("Probeham Hills, about 3500'\n12 May 1931", "about 3500'"),
        ("Sampleton, ca 1200 m\n3.VI.1950", "ca 1200 m"),
        ("Sampleton, c. 1200 m\n3.VI.1950", "c. 1200 m"),
        ("Sampleton, 4000'\nA. Exempel", "4000'"),
    ],
)
def test_a_guessed_height_keeps_its_word(text: str, height: str) -> None:
    assert value(text, "verbatimElevation") == height


def test_ca_ending_a_word_is_no_guess() -> None:
    assert value("Sampleton, Musterca 1200 m", "verbatimElevation") == "1200 m"
