"""A printed heading and the place written beside it, read by the OCR as one line with a wide gap
between them (invented sheets): the heading stays a heading, the place is the data label's."""

from __future__ import annotations

import pytest

from pipelines.fields import labels_from_text
from pipelines.fields.roles import heading_columns_apart
from pipelines.fields.text import make_labels
from tests.pipelines.fields.parsed import value

_SHEETS = [
    ("FLORA OF SAMPLESHIRE      Probeham, hedge bank", "Probeham, hedge bank"),
    ("PLANTS OF EXAMPLESHIRE      Musterby, wet heath", "Musterby, wet heath"),
    ("FLORA EXAMPLICA       Musterdorf, Waldrand", "Musterdorf, Waldrand"),
    ("FLORA OF SAMPLESHIRE\tProbeham, hedge bank", "Probeham, hedge bank"),
    ("FLORA OF SAMPLESHIRE      Probeham", "Probeham"),
    # as the OCR misreads the heading's letters as figures ("0F", "SAMPLESHlRE")
    ("FLORA 0F SAMPLESHIRE     Probeham, hedge bank", "Probeham, hedge bank"),
    ("PLANTS OF EXAMPLA COUNTY      Probe Hill, dry slope", "Probe Hill, dry slope"),
]


@pytest.mark.parametrize(("first", "place"), _SHEETS)
def test_the_place_beside_a_heading_is_the_locality(first: str, place: str) -> None:
    text = f"{first}\nCarex fictiva L.\n3 May 1950  K. Muster"
    assert value(text, "verbatimLocality") == place
    assert value(text) == "K. Muster"


def test_the_columns_become_lines_and_every_offset_stays() -> None:
    (label,) = make_labels(labels_from_text("FLORA OF SAMPLESHIRE      Probeham, hedge bank\n1950"))
    apart = heading_columns_apart(label)
    assert [ln.text for ln in apart.lines] == [
        "FLORA OF SAMPLESHIRE",
        "Probeham, hedge bank",
        "1950",
    ]
    assert [ln.index for ln in apart.lines] == [0, 0, 1]
    assert len(apart.text) == len(label.text)
    assert all(apart.text[ln.start : ln.end] == ln.text for ln in apart.lines)


@pytest.mark.parametrize(
    "text",
    [
        # no heading among the columns: the data label's own columns
        "3 May 1950      K. Muster",
        "Probeham, hedge bank      12.6.1931",
        # a heading and its department, no data label's words beside it
        "FLORA OF SAMPLESHIRE      PLANTS OF EXAMPLA",
        # a heading alone
        "FLORA OF SAMPLESHIRE",
    ],
)
def test_other_lines_are_left_whole(text: str) -> None:
    (label,) = make_labels(labels_from_text(text))
    assert heading_columns_apart(label) is label


@pytest.mark.parametrize(
    "text",
    ["Flora of: OHIO                 County: ATHENS", "FLORA OF SAMPLESHIRE      Loc.: Probeham"],
)
def test_a_forms_keyed_field_beside_a_heading_is_left_on_its_line(text: str) -> None:
    (label,) = make_labels(labels_from_text(text))
    assert heading_columns_apart(label) is label
