"""A Nordic sheet's printed head of its place, the country's and the province's names left open
by a comma over the place's line ("Sverige. Småland, / Sampleby socken, Exempelhult"): keyers
give them their fields and key the place under them; a country alone over the place, or a head
closed by no comma, is kept as before; and a scientific name whose epithet's first "l" the OCR
read as a figure ("Carex 1imosa L.") is no line of the place (invented strings of the shapes
Nordic herbaria print)."""

from __future__ import annotations

import pytest

from pipelines.fields import extract_fields, labels_from_text


def locality(text: str) -> str | None:
    found = extract_fields(labels_from_text(text)).get("verbatimLocality")
    return found.value if found is not None else None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Sverige. Småland,\nSampleby socken, Exempelhult,\nängsmark\nOrchis mascula L.\n"
            "28.5.1935 K. Muster",
            "Sampleby socken, Exempelhult",
        ),
        (
            "SVERIGE, Uppland,\nProbevik, Exempeldalen\nExampla minor L.\n3.7.1950 J. Beispiel",
            "Probevik, Exempeldalen",
        ),
        # a country alone over the place stays with it
        (
            "PLANTS OF THE WEST INDIES\nEXAMPLA ISLANDS,\nSouth Sample.\nK. Muster 1234\n"
            "May 2, 1974",
            None,
        ),
        # the name misread under the country's bilingual head is no line of the place
        (
            "SUOMI - FINLAND\nCarex 1imosa L.\nTa: Sampola, Esimerkkijärvi, rantaneva\n"
            "5.7.1954 K. Muster",
            "Ta: Sampola, Esimerkkijärvi, rantaneva",
        ),
    ],
)
def test_head_of_the_place(text: str, place: str | None) -> None:
    got = locality(text)
    if place is None:
        assert got is not None and got.startswith("EXAMPLA ISLANDS")
    else:
        assert got == place
