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


def test_the_herbariums_address_is_no_collector_and_its_zip_code_no_number() -> None:
    text = (
        "THE EXAMPLE BOTANICAL GARDEN\nSampleton, New York 10458\nPlants of Example\n"
        "Exampla vulgaris L.\nExample Co.: 3 mi N of Sampleton, wet meadow\n12 June 1961\n"
        "J. Beispiel 1234"
    )
    got = parse_fields(labels_from_text(text))
    assert (got["recordedBy"].value, got["recordNumber"].value) == ("J. Beispiel", "1234")


@pytest.mark.parametrize("colony", ["D. O. Afrika", "Deutsch-Ostafrika"])
def test_a_colonys_name_in_initials_is_no_person(colony: str) -> None:
    got = parse_fields(labels_from_text(f"{colony}\nSampleberg\nAmani 12.III.06"))
    assert "recordedBy" not in got or colony not in got["recordedBy"].value
    assert got["countryCode"].value == "TZ"
