"""A number of one to three figures closing a place's name on an insect pin's line ("Sampleton
98", "Probe Wood 12", "Beeby '03"): the pin's number or a year cut short, no part of the
locality; a place counted by its number ("Camp 12", "km 86", "Plot 7", "VC 29") keeps it
(invented strings of the shapes British and colonial insect pins print)."""

from __future__ import annotations

import pytest

from pipelines.fields import extract_fields, labels_from_text
from pipelines.fields.places.block import before_number_tail


def locality(text: str) -> str | None:
    found = extract_fields(labels_from_text(text)).get("verbatimLocality")
    return found.value if found is not None else None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Sampleton 98\nK. Muster coll.\n\nB.M. 1950-123", "Sampleton"),
        ("Probe Wood 12\nJ. Beispiel\n\nExampla minor", "Probe Wood"),
        ("Probeford 99\n15.vi.\nA. Exempel", "Probeford"),
        ("Sampleton vi.98\nK. Muster", "Sampleton"),
        ("EXAMPLA HEATH 45\n3.vi.1921\nK. MUSTER", "EXAMPLA HEATH"),
        # its letters as the OCR read them
        ("Sampleb1y 12\nJ. Beispiel\n12.v.1931", "Samplebly"),
    ],
)
def test_pin_number_is_cut_off(text: str, place: str) -> None:
    assert locality(text) == place


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("Sampleton 98", "Sampleton"),
        ("Probe Wood 12", "Probe Wood"),
        ("Beeby '03", "Beeby"),
        ("St. Exampla 45", "St. Exampla"),
        ("Exampla Heath\nSampleton 12", "Exampla Heath\nSampleton"),
        # a month and a year cut short
        ("Probe Wood 7.98", "Probe Wood"),
        ("Sampleton vi.98", "Sampleton"),
        ("Sampleton-on-Sea 98", "Sampleton-on-Sea"),
        ("Sample Forest, km 7.5", "Sample Forest, km 7.5"),
        # a place counted by its number
        ("Camp 12", "Camp 12"),
        ("Sintang, km 86", "Sintang, km 86"),
        ("Plot 7", "Plot 7"),
        ("W slope of Hill 102", "W slope of Hill 102"),
        ("Route 9", "Route 9"),
        ("Sampleton Lake 12", "Sampleton Lake 12"),
        ("near Beeby, VC 29", "near Beeby, VC 29"),
        ("Sampleton No. 12", "Sampleton No. 12"),
        ("Sample Forest, Abt. 12", "Sample Forest, Abt. 12"),
        ("окр. д. Примерово, кв. 12", "окр. д. Примерово, кв. 12"),
        # a height, a year, a number after a comma: other rules'
        ("Sample 1200 m", "Sample 1200 m"),
        ("Beeby 4500", "Beeby 4500"),
        ("Sampleton, 98", "Sampleton, 98"),
        # a sentence, not a name's words
        ("along the road to Sampleton 12", "along the road to Sampleton 12"),
    ],
)
def test_before_number_tail(text: str, end: str) -> None:
    assert text[: before_number_tail(text, 0, len(text))] == end


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a collection's key whose stops the OCR lost signs the pin's data label
        ("Beeby 45\nex coll J Beispiel", "Beeby"),
        ("Probe Wood\nex coll J Beispiel", "Probe Wood"),
        ("Exampla Heath\nex coll. J. Beispiel", "Exampla Heath"),
    ],
)
def test_pin_signed_by_a_collection(text: str, place: str) -> None:
    assert locality(text) == place
