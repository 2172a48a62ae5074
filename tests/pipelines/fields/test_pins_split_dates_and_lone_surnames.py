"""The collector under a date split over two lines ("ix. / 1889 / Muster", "12. / vi. 1931 /
Beispiel"). Invented strings."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import value

SPLIT_DATE = [
    ("Sampleton\nix.\n1889\nMuster", "Muster"),
    ("Probeham, Kent\nvi.\n1902\nA. Exempel", "A. Exempel"),
    ("Musterdorf\niv.\n1911\nH. Sampleva", "H. Sampleva"),
    ("Sampleton\n12.\nvi. 1931\nBeispiel", "Beispiel"),
]


@pytest.mark.parametrize(("text", "who"), SPLIT_DATE)
def test_collector_under_split_date(text: str, who: str) -> None:
    assert value(text) == who
