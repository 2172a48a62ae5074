"""Shapes of the habitat: a site in a word or three heading the place's line before the place's
preposition in Central and Northern European languages ("Wiesen bei Sampleton", "Kiefernwald
unweit Sampleberg", "Louky u Sampleova"), which keyers leave in the locality too; and the
Latvian and Estonian words of place ("pie", "juures") (invented strings of real shapes)."""

from __future__ import annotations

import pytest

from pipelines.fields import extract_fields, labels_from_text


def fields(text: str) -> dict[str, str]:
    return {t: c.value for t, c in extract_fields(labels_from_text(text)).items()}


HEADED = [
    (
        "Carex exempla Muster\nWiesen bei Sampleton, am Ufer der Exampla\n12.6.1903\n"
        "leg. K. Muster",
        "Wiesen",
        "Wiesen bei Sampleton, am Ufer der Exampla",
    ),
    (
        "Pinus exempla L.\nKiefernwald unweit Sampleberg, Kr. Exampla\nJuli 1912    leg. J. Beispiel",
        "Kiefernwald",
        "Kiefernwald unweit Sampleberg, Kr. Exampla",
    ),
    (
        "Primula exempla L.\nLouky u Sampleova, pod Exampleskou horou\n12. 5. 1931   lgt. J. Beispiel",
        "Louky",
        "Louky u Sampleova, pod Exampleskou horou",
    ),
]


@pytest.mark.parametrize(("text", "habitat", "place"), HEADED)
def test_site_heading_the_place(text: str, habitat: str, place: str) -> None:
    got = fields(text)
    assert got.get("habitat") == habitat
    assert got.get("verbatimLocality") == place


# a place's name before its preposition is no site
@pytest.mark.parametrize(
    "text",
    [
        "Anemone exempla L.\nSampleton Wood, nr Exampla, Exampleshire\n12 April 1923\nColl. K. Muster",
        "Aus bus L.\nSampleton bei Exampla\n12.6.1903 leg. K. Muster",
    ],
)
def test_name_before_preposition_no_site(text: str) -> None:
    assert fields(text).get("habitat") is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Flora Exemplica\nAnemone exempla\nExampla pag., pie Samples muižas, mežā\n"
            "12.5.1930 leg. K. Muster",
            "Exampla pag., pie Samples muižas, mežā",
        ),
        (
            "Pulsatilla exempla\nExampla khk., Sample küla juures, männimets\n"
            "12.05.1935 kog. J. Beispiel",
            "Exampla khk., Sample küla juures, männimets",
        ),
    ],
)
def test_baltic_words_of_place(text: str, place: str) -> None:
    assert fields(text).get("verbatimLocality") == place


# a substrate opening the line, then a relation before the place's name: the substrate the
# habitat, the place from its relation on (as "Growing on rocks by stream near Beeby")
@pytest.mark.parametrize(
    ("text", "habitat", "place"),
    [
        (
            "Geranium exemplum L.\nOn limestone rocks above Sampleton Scar, Exampleshire\n"
            "Coll. J. Beispiel No. 45   10.7.1961",
            "On limestone rocks",
            "above Sampleton Scar, Exampleshire",
        ),
        (
            "GERANIUM EXEMPLUM L.\nEXAMPLESHIRE, V.C. 69\nON LIMESTONE ROCKS ABOVE SAMPLETON SCAR\n"
            "COLL. J. BEISPIEL NO. 45   10.7.1961",
            "ON LIMESTONE ROCKS",
            "ABOVE SAMPLETON SCAR",
        ),
    ],
)
def test_substrate_then_place(text: str, habitat: str, place: str) -> None:
    got = fields(text)
    assert got.get("habitat") == habitat
    assert got.get("verbatimLocality") == place
