"""An institution's name after a person's is no second person. Invented strings."""

from __future__ import annotations

import pytest

from pipelines.fields import labels_from_text, parse_fields

DATA = "Exampla vulgaris L.\nSampleton, wet meadow\n12.6.1931\nleg. K. Muster\n"


@pytest.mark.parametrize(
    "slip",
    [
        "det. J. Beispiel, Field Museum 1960",
        "Det. J. Beispiel, Royal Botanic Garden Edinburgh, 1978",
        "Det. J. Beispiel (Example University Herbarium) 1978",
        "Det. J. Beispiel, Botanisches Museum Exempla, 1978",
    ],
)
def test_the_determiners_institution_is_not_a_person(slip: str) -> None:
    got = parse_fields(labels_from_text(DATA + slip))
    assert got["identifiedBy"].value == "J. Beispiel"


@pytest.mark.parametrize(
    ("slip", "who"),
    [
        # two persons stay two
        ("Det. J. Beispiel, K. Muster 1978", "J. Beispiel | K. Muster"),
        ("Det. J. Beispiel & K. Muster 1978", "J. Beispiel | K. Muster"),
    ],
)
def test_two_determiners_stay_two(slip: str, who: str) -> None:
    got = parse_fields(labels_from_text(DATA + slip))
    assert got["identifiedBy"].value == who


def test_a_collection_named_in_small_letters_beside_a_register_number_is_a_donor() -> None:
    got = parse_fields(labels_from_text("Sampleton\nVI.1931\nMuster coll.\nB.M. 1931-123"))
    assert "recordedBy" not in got
