"""A capitalised "Rev." before a person's initials on a sheet with no data label: the reverend
collected it ("Exampla minor L. / Sampleton / Rev. J. Beispiel / 12 June 1888"); beside a data
label it signs a revision. Invented labels."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import check


@pytest.mark.parametrize(
    ("text", "term", "value", "absent"),
    [
        (
            "Exampla minor L.\nSampleton\nRev. J. Beispiel\n12 June 1888",
            "eventDate",
            "1888-06-12",
            "dateIdentified",
        ),
        (
            "Exampla minor L.\nHedgebank, Sampleton\nRev. J. Beispiel\n1888",
            "verbatimLocality",
            "Hedgebank, Sampleton",
            "dateIdentified",
        ),
        (
            "Plants of Exampleshire\nExampla minor L.\nRev. K. Muster\n1899",
            "recordedBy",
            "Rev. K. Muster",
            "dateIdentified",
        ),
        # beside a data label: a revision slip
        (
            "Exampla minor L.\nRev. K. Muster\n12.vi.1990\n\nSampleton\n12.vi.1931\nJ. Beispiel",
            "dateIdentified",
            "1990-06-12",
            "",
        ),
        (
            "Exampla minor L.\nRev. K. Muster\n12.vi.1990\n\nSampleton\n12.vi.1931\nJ. Beispiel",
            "eventDate",
            "1931-06-12",
            "",
        ),
        # a slip alone, no line of its own but the name and the date: still a slip
        (
            "Exampla minor L.\nRev. K. Muster\n12.vi.1990",
            "dateIdentified",
            "1990-06-12",
            "eventDate",
        ),
        # a revision in small letters is one wherever it stands
        (
            "Exampla minor L.\nSampleton\nrev. K. Muster\n1990",
            "dateIdentified",
            "1990",
            "eventDate",
        ),
    ],
)
def test_fields(text: str, term: str, value: str, absent: str) -> None:
    check(text, term, value, absent)
