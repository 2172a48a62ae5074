"""Whole sheets invented in the shapes of UK and European herbaria and museums: the address under
an institution's header with the specimen's place set apart once, in `Label.address`, for every
parser that reads it."""

from __future__ import annotations

import pytest

from pipelines.fields import labels_from_text
from pipelines.fields.institution_names import header_address
from pipelines.fields.text import make_labels
from tests.pipelines.fields.parsed import fields


def _label(text: str):  # type: ignore[no-untyped-def]
    (label,) = make_labels(labels_from_text(text))
    return label


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        # a museum's shortened name on a pin prints no address: the country and the town under it
        # are the specimen's, over the collector or over one more place's line and the collector
        ("MUS. ZOOL. BEROL.\nKAMERUN\nSampelstadt\nleg. K. Muster", [False] * 4),
        ("Mus. Zool. Berol.\nKamerun\nSampelstadt\nleg. K. Muster", [False] * 4),
        # the collection a pin came from is no collector: the lines stay the address
        (
            "MUS. ZOOL. EXAMPL.\nEXAMPLIA\nSampelstadt\nex coll. K. Muster",
            [False, True, False, False],
        ),
        # a museum's address in full stays the address
        ("NATURAL HISTORY MUSEUM\nSAMPLETON\nleg. K. Muster", [False, True, False]),
    ],
)
def test_the_address_sets_the_specimens_place_apart(text: str, flags: list[bool]) -> None:
    assert _label(text).address == flags


def test_a_pins_country_is_the_specimens_not_the_institutions() -> None:
    # was country.institution at 0.83 (the museum's "address")
    got = fields("MUS. ZOOL. BEROL.\nKAMERUN\nSampelstadt\nleg. K. Muster")
    assert got["country"].value == "Cameroon"
    assert got["country"].evidence.rule == "country.name"


def test_header_address_reads_the_labels_address() -> None:
    # a name only the institutions' lexicon knows, its town under it: blanked with it
    label = _label("UNIVERSITAS EXEMPLI\nSAMPLETON, EXAMPLIA\nExampla minor L.")
    assert header_address(label) == [1]
    # the specimen's place under a shortened one is kept
    label = _label("Zool. Staatssamml.\nSampelsee, Obb.\n12.7.1951\nleg. K. Muster")
    assert header_address(label) == []
