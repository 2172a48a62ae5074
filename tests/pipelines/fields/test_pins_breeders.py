"""A breeder's line on an insect's pin ("Bred K. Muster", "Reared by A. Exempel", "Bred by H.
Sampleva"): the name without the breeder's word, keyed as the collector as a sender's is
(people_cues.csv, role sender), doubted beside another collector's name. Invented strings."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import reading, value

BRED = [
    ("Sampleton\nBred K. Muster\ne.l. 12.v.1931", "K. Muster"),
    ("Probeham\n12.v.1931\nReared by A. Exempel", "A. Exempel"),
    ("Testbury\nBred by H. Sampleva\n1931", "H. Sampleva"),
    ("Musterdorf, Kent\nvi.1920\nBRED J. BEISPIEL", "J. BEISPIEL"),
]


@pytest.mark.parametrize(("text", "who"), BRED)
def test_breeder_without_his_word(text: str, who: str) -> None:
    assert value(text) == who


def test_breeder_beside_collector_doubted() -> None:
    got = reading("Sampleton\n12.v.1931\nK. Muster\n\nBred J. Beispiel", "recordedBy")
    assert got is not None and got[1] < 0.9
