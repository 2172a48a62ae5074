"""Names no backbone knows on insect pins and old sheets: a Latin binomial over a place's line
is a name, doubted where no author vouches for it, and the place's line is neither its author
nor part of it ("Exampla minor / Sampleton, Yorks."); the sex sign after the epithet as the OCR
reads it ("ó", "d", "o", "9", "Q", "cf") loses no name and gives the sex, doubted. Invented
strings."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import field, reading, value

OVER_A_PLACE = [
    (
        "Exampla minor\nSampleton, Yorks.\n12.vi.1931\nK. Muster",
        "Exampla minor",
        "Sampleton, Yorks.",
    ),
    (
        "Samplonia pallidula\nProbeham, Kent\n3.v.1902\nA. Exempel",
        "Samplonia pallidula",
        "Probeham, Kent",
    ),
    (
        "Fictomyia rufipes\nTestbury, Devon\nvi.1950\nJ. Beispiel",
        "Fictomyia rufipes",
        "Testbury, Devon",
    ),
    (
        "Musterella obscura\nNomwick, Hants.\n1.8.1911\nH. Sampleva",
        "Musterella obscura",
        "Nomwick, Hants.",
    ),
]


@pytest.mark.parametrize(("text", "name", "place"), OVER_A_PLACE)
def test_unknown_binomial_over_a_place(text: str, name: str, place: str) -> None:
    got = reading(text, "scientificName")
    assert got is not None
    assert got[0] == name
    # no backbone knows the genus, and it is no known genus misread: as sure as its shape (a
    # fossil's or a genus the backbones lack, as the real sets' such names were right)
    assert "unsure_reading" not in got[2]
    assert value(text, "verbatimLocality") == place
    assert value(text, "scientificNameAuthorship") is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a known genus misread: one letter off, or the OCR's "rn" for "m", or split by a blank
        ("Caraus minor\nSampleton, Yorks.\n12.vi.1931", "Caraus minor"),
        ("Prirnula exempla\nSampleton, Yorks.\n12.vi.1931", "Prirnula exempla"),
    ],
)
def test_unknown_binomial_misread_is_doubted(text: str, name: str) -> None:
    got = reading(text, "scientificName")
    assert got is not None and got[0] == name
    assert got[1] < 0.9 and "unsure_reading" in got[2]


def test_author_vouches_for_unknown_genus() -> None:
    text = "Exampla minor (Sow.)\nSampleton, Yorks.\n12.vi.1931\nK. Muster"
    got = reading(text, "scientificName")
    assert got is not None and got[0] == "Exampla minor" and "unsure_reading" not in got[2]
    assert value(text, "scientificNameAuthorship") == "(Sow.)"


def test_known_genus_place_below_no_author() -> None:
    # a genus a backbone knows, the county's line under it: no authorship "Sampleton, Yorks."
    text = "Carabus minor\nSampleton, Yorks.\n12.vi.1931\nK. Muster"
    assert value(text, "scientificName") == "Carabus minor"
    assert value(text, "scientificNameAuthorship") is None


SIGNS = [
    ("Exampla minor ó\nK. Muster", "Exampla minor", "male"),
    ("Samplonia pallidula d\nA. Exempel", "Samplonia pallidula", "male"),
    ("Musterella obscura o\nJ. Beispiel", "Musterella obscura", "male"),
    ("Fictomyia rufipes cf\nH. Sampleva", "Fictomyia rufipes", "male"),
    ("Probeus longicornis 9\nK. Muster", "Probeus longicornis", "female"),
    (
        "Sampleton\n12.v.1931\nA. Exempel\n\nTesticera borealis Q\nJ. Beispiel det.",
        "Testicera borealis",
        "female",
    ),
]


@pytest.mark.parametrize(("text", "name", "sex"), SIGNS)
def test_misread_sex_sign_after_epithet(text: str, name: str, sex: str) -> None:
    assert value(text, "scientificName") == name
    assert value(text, "scientificNameAuthorship") is None
    got = field(text, "sex")
    assert got is not None and got.value == sex
    assert got.confidence < 0.9 and "unsure_reading" in got.flags


def test_printed_sign_stays_sure() -> None:
    got = field("Sampleton\n12.v.1931\nA. Exempel\n\nTesticera borealis ♀\nJ. Beispiel det.", "sex")
    assert got is not None and got.value == "female" and got.confidence >= 0.9


def test_letter_after_place_pair_no_sex() -> None:
    # a word after two words of no name: no sex read from it
    assert value("Sampleton\n12.v.1931\nA. Exempel", "sex") is None
