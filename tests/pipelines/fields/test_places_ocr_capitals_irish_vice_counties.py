"""Shapes of the locality: a place's line in capitals with the OCR's "0" for an "O" ("R0ADSIDE
VERGE W 0F SAMPLET0N"), an Irish vice-county's number under or closing the place ("H-12",
"v.c. H12", "Co. Exampla, H2"), and an exsiccata's header, number and place in one block
(invented strings of real shapes)."""

from __future__ import annotations

import pytest

from pipelines.fields import extract_fields, labels_from_text


def locality(text: str) -> str | None:
    cand = extract_fields(labels_from_text(text)).get("verbatimLocality")
    return None if cand is None else cand.value


TAKEN = [
    # a line in capitals whose "O"s the OCR read as "0": scored as the place it is
    (
        "ROSA CANINA L.\nR0ADSIDE VERGE W 0F SAMPLET0N\nK. MUSTER  l2.7.1935",
        "ROADSIDE VERGE W OF SAMPLETON",
    ),
    (
        "R0ADSIDE VERGE W 0F SAMPLET0N, EXAMPLESHIRE\nK. MUSTER  l2.7.1935",
        "ROADSIDE VERGE W OF SAMPLETON, EXAMPLESHIRE",
    ),
    ("ROSA CANINA L.\nSAMPLET0N, NEAR EXAMPLA\nK. MUSTER  l2.7.1935", "SAMPLETON, NEAR EXAMPLA"),
    # an Irish vice-county's number alone on its line under the place: the vice-county's field
    (
        "Saxifraga exempla Brot.\nCo. Exampla: Sampleton, on wet rocks by the lake\nH-12\n"
        "K. Muster 12 June 1930",
        "Sampleton, on wet rocks by the lake",
    ),
    (
        "Saxifraga exempla Brot.\nSampleton, on wet rocks by the lake, v.c. H12\n"
        "K. Muster 12 June 1930",
        "Sampleton, on wet rocks by the lake",
    ),
    # closing the place's line after its county
    (
        "Saxifraga exempla Brot.\nSampleton, Co. Kerry, H2\nK. Muster 12 June 1930",
        "Sampleton, Co. Kerry",
    ),
    # an exsiccata's header, its number and name, then the place line with its date
    (
        "FLORA EXSICCATA EXAMPLAE\nNo. 123. Carex exempla Muster\n"
        "Sampleton, in pratis humidis, 12.6.1899\nleg. K. Muster",
        "Sampleton, in pratis humidis",
    ),
    (
        "Aus bus L.\n\nFLORA EXSICCATA EXAMPLAE\nNo. 123. Carex exempla\n"
        "Sampleton, in pratis humidis, 12.6.1899\nleg. K. Muster\n\nB 10 0123457",
        "Sampleton, in pratis humidis",
    ),
]


@pytest.mark.parametrize(("text", "expected"), TAKEN)
def test_locality_taken(text: str, expected: str) -> None:
    assert locality(text) == expected


REGION_TITLES = [
    # a Latin title naming a region below its country heads the place its label gives
    (
        "PLANTAE JAVANICAE\nAus bus Blume\nSampla c. 2000 m\n25/4 1897.\n\nLEG. K. MUSTER",
        "PLANTAE JAVANICAE, Sampla c. 2000 m",
    ),
    (
        "Aus bus\nC. Exemplar, Herbarium javanicum.\n№ 68\nFundort: Sampleton\n"
        "Bemerkungen: An Wegen\n\nleg. J. P. Muster.",
        "Herbarium javanicum, Sampleton",
    ),
    # not where the place names the region itself
    (
        "PLANTAE JAVANICAE\nAus bus Blume\nJava: Sampla c. 2000 m\n25/4 1897.",
        "Java: Sampla c. 2000 m",
    ),
    # nor a title naming a country only (the country's field)
    ("Plantae Peruvianae\nAus bus\nSampla, 2000 m\n25/4 1897. K. Muster", "Sampla, 2000 m"),
]


@pytest.mark.parametrize(("text", "expected"), REGION_TITLES)
def test_region_title_heads_the_place(text: str, expected: str) -> None:
    assert locality(text) == expected
