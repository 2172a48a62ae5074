"""A sample's note ("Sample for analysis", "SAMPLE NO. 12", "Sample codes: ...") is the plant's
record, no place; a county or a place whose name is the same word ("SAMPLE COUNTY", "Sample
Hills") is a place's line again (invented strings of the shapes US sheets print)."""

from __future__ import annotations

import pytest

from pipelines.fields import extract_fields, labels_from_text
from pipelines.fields.places.lines import DESCRIPTION


def locality(text: str) -> str | None:
    found = extract_fields(labels_from_text(text)).get("verbatimLocality")
    return found.value if found is not None else None


@pytest.mark.parametrize(
    ("line", "note"),
    [
        ("Sample for analysis", True),
        ("SAMPLE NO. 12", True),
        ("Sample codes: 12a LF (K-34)", True),
        ("Samples: bark, wood", True),
        ("Sample #4", True),
        ("sample 12", True),
        ("SAMPLE COUNTY", False),
        ("SAMPLE COUNTY: Beeby Swamp", False),
        ("Sample Co.", False),
        ("Sample Hills, 1200 m", False),
        ("SAMPLE LAKE", False),
        ("Sampleton", False),
    ],
)
def test_a_samples_note_only(line: str, note: bool) -> None:
    assert (DESCRIPTION.match(line) is not None) == note


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a county's line in capitals opening the place: its name is the same word
        (
            "NEW YORK BOTANICAL GARDEN\nExampla minor L.\n"
            "SAMPLE COUNTY: Beeby Swamp, 2 mi. S of Sampleton.\nWet woods.\n"
            "K. Muster 4567   June 20, 1975",
            "Beeby Swamp, 2 mi. S of Sampleton.",
        ),
        (
            "PLANTS OF EXAMPLA\nSAMPLE COUNTY: Exampla Bog, 3 mi. W of Beeby\n"
            "A. Exempel 123 Aug. 2, 1951",
            "Exampla Bog, 3 mi. W of Beeby",
        ),
        # a sample's note over the place stays out of it
        (
            "FLORA OF TEXAS\nExampla minor L.\nSample for analysis No. 12\n"
            "Sand hills 5 mi. W of Sampleton\nMay 1, 1955 K. Muster 55",
            "Sand hills 5 mi. W of Sampleton",
        ),
    ],
)
def test_county_named_by_the_word_is_a_place(text: str, place: str) -> None:
    assert locality(text) == place
