"""Preparations of jars, skins, skeletons and slides. All strings invented."""

from __future__ import annotations

import pytest

from pipelines.fields import labels_from_text, parse_fields
from pipelines.fields.preparations import preparation_candidates
from pipelines.fields.text import make_labels


def _value(text: str) -> str | None:
    got = preparation_candidates(make_labels(labels_from_text(text)))
    return got[0].value if got else None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Exampla minor\nin spirit\nSampleton", "alcohol"),
        ("Exampla minor\nalc.\nProbeham", "alcohol"),
        ("Exampla minor\n70% EtOH", "alcohol 70%"),
        ("Exampla minor\nin spirit, 80% EtOH", "alcohol 80%"),
        ("Exampla minor\nskull & skeleton", "skull | skeleton"),
        ("Exampla minor\nskin\nSampleton", "skin"),
        ("Exampla minor\nstudy skin, skull", "skin | skull"),
        ("Exempla sp.\nBalsam mount", "slide"),
        ("Exempla sp.\nslide\nProbeham", "slide"),
        ("Exempla sp.\nin Alkohol\nMusterdorf", "alcohol"),
        ("Exempla sp.\nSchädel\nMusterdorf", "skull"),
        ("Exempla sp.\nen alcool\nExempleville", "alcohol"),
        ("Exempla sp.\nformalin, then 70% ethanol", "formalin | alcohol 70%"),
    ],
)
def test_preparations(text: str, value: str) -> None:
    assert _value(text) == value


@pytest.mark.parametrize(
    "text",
    [
        "on skin of Exampla minor, Sampleton",  # a parasite's host: running text
        "landslide above Probeham",
        "dry grassland, Sampleton",
        "Mount Sampleton, 1200 m",
    ],
)
def test_weak_words_in_running_text_are_no_preparation(text: str) -> None:
    assert _value(text) is None


def test_preparations_in_the_fields() -> None:
    fields = parse_fields(labels_from_text("Exampla minor\nSampleton, 3 May 1950\nin spirit"))
    assert fields["preparations"].value == "alcohol"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Exampla minor\nPlaceby, Kent\n12 May 1901\ncoll. K. Muster\nBalsam mount",
            "Placeby, Kent",
        ),
        (
            "Exempla sp.\nProbeham, Dorset\n3.v.1950 J. Beispiel\nin spirit, 70% EtOH",
            "Probeham, Dorset",
        ),
        ("Exampla minor\nSampleton, Kent\nUpper Jurassie\nK. Muster", "Sampleton, Kent"),
    ],
)
def test_a_line_of_preparations_or_stratigraphy_is_no_locality(text: str, place: str) -> None:
    assert parse_fields(labels_from_text(text))["verbatimLocality"].value == place
