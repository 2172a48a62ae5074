"""What a British museum's, a fossil's and a Finnish herbarium's locality must leave out: a
county's line with its vice-county in brackets over the place, a register's number whose groups
open with a year, a fossil's horizon (on its own line or closing the place's), and the
herbarium's word alone ("Kasvio"). Invented strings of real shapes."""

from __future__ import annotations

import pytest

from pipelines.fields import extract_fields, labels_from_text
from pipelines.fields.places.asides import before_horizon, horizon_line
from pipelines.fields.places.line_kinds import line_kind


def _field(text: str, term: str = "verbatimLocality") -> str | None:
    got = extract_fields(labels_from_text(text)).get(term)
    return got.value if got is not None else None


LOCALITIES = [
    # a county's line with its vice-county in brackets over the place
    (
        "HERBARIUM MUSEI BRITANNICI\nWarwickshire (v.c. 38)\nSampleton Wood, near Exampla\n"
        "Exampla vulgaris L.\nColl. A. Exempel  14.vi.1952",
        "Sampleton Wood, near Exampla",
    ),
    ("Exampleshire (VC 12)\nSample Fen, nr Beeby\nK. Muster 3.v.1930", "Sample Fen, nr Beeby"),
    # an Irish county's with its vice-county's; a county's and its number after a dash
    (
        "HERB. MUS. BRIT.\nCo. Exampla (H1)\nSampleton Bog, nr Beeby\nExampla minor Muster\n"
        "J. Beispiel 2.vii.1901",
        "Sampleton Bog, nr Beeby",
    ),
    (
        "Exampleshire - v.c. 12\nSampleton Wood, near Beeby, in ditch\nExampla vulgaris L.\n"
        "leg. K. Muster  3.v.1948",
        "Sampleton Wood, near Beeby, in ditch",
    ),
    # a register's number under the place, its groups opening with a year
    (
        "Sampleton Quarry, nr. Exampla\nNMW.C.1989.004.2213\nExampla beispiela (Muster)\n"
        "coll. K. Muster",
        "Sampleton Quarry, nr. Exampla",
    ),
    # a fossil's horizon on its line under the place, or closing the place's line
    (
        "Sampleton Quarry, nr. Exampla\nLias, bucklandi Zone\nExampla beispiela (Muster)\n"
        "coll. K. Muster",
        "Sampleton Quarry, nr. Exampla",
    ),
    (
        "Exampla beispiela (Muster)\nExampla Quarry, nr. Sampleton. Lias, bucklandi Zone\n"
        "Coll. K. Muster 1923",
        "Exampla Quarry, nr. Sampleton",
    ),
    # the herbarium's word alone over a Finnish place
    (
        "Kasvio\nTa: Sampleby, Exempelä kylä, lehto\nExampla minor Muster\n"
        "21.6.1934 leg. A. Exempel",
        "Ta: Sampleby, Exempelä kylä, lehto",
    ),
]


@pytest.mark.parametrize(("text", "want"), LOCALITIES)
def test_locality(text: str, want: str) -> None:
    assert _field(text) == want


KINDS = [
    ("NMW.C.1989.004.2213", "skip"),
    ("LIV.1980.33.207", "skip"),
    ("BM(NH) 1921.3.4.12", "skip"),
    ("Kasvio", "header"),
    ("KASVIO N:o 233", "skip"),
    ("Lias, bucklandi Zone", "skip"),
    ("Exampla Formation, Bathonian", "skip"),
    # a date after a county's name is no register's number; a place is a place
    ("KENT. 1921.7.12", "text"),
    ("Sampleton Quarry", "text"),
]


@pytest.mark.parametrize(("line", "want"), KINDS)
def test_line_kind(line: str, want: str) -> None:
    assert line_kind(line, claimed=False) == want


HORIZONS = [
    ("Lias, bucklandi Zone", True),
    ("Inferior Oolite", True),
    ("Upper Chalk", True),
    ("Sample Clay Member, Jurassic", True),
    ("Zone of Exampla minor", True),
    # a site's words are no horizon
    ("Chalk grassland", False),
    ("alpine zone", False),
    ("Sampleton, Lias", False),
]


@pytest.mark.parametrize(("line", "want"), HORIZONS)
def test_horizon_line(line: str, want: bool) -> None:
    assert horizon_line(line) is want


def test_before_horizon() -> None:
    text = "Sampleton Quarry, nr. Exampla. Lias, bucklandi Zone"
    assert text[: before_horizon(text, 0, len(text))] == "Sampleton Quarry, nr. Exampla"
    place = "Sampleton, near Exampla"
    assert before_horizon(place, 0, len(place)) == len(place)
