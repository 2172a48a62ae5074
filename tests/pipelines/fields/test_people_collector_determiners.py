"""The collector who also named the specimen ("coll. & det.", "leg. et det.", as printed and as
the OCR reads the keys) under a place's line, and slips signed without "det.". Invented strings."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import value, values

# a place and its county (or a kind of place) over "coll. & det.": no genus determined, the
# collector named it, and the date under the line is the collection's
COLLECTOR_NAMED_IT = [
    ("Carex exempla L.\nSampleton Fen, Cambs.\ncoll. & det. J. Beispiel\n5 May 1970", "J. Beispiel"),
    ("Carex exempla L.\nProbeham Moor, Yorks.\nleg. et det. A. Exempel\n5 May 1970", "A. Exempel"),
    ("Juncus fictus L.\nMusterton Heath, Kent\ncoll. et det. H. Sampleva\n2 June 1961", "H. Sampleva"),
]


@pytest.mark.parametrize(("text", "who"), COLLECTOR_NAMED_IT)
def test_collector_named_it_under_a_place(text: str, who: str) -> None:
    got = values(text)
    assert (got.get("recordedBy"), got.get("identifiedBy")) == (who, who)
    assert got.get("scientificName") == text.split("\n")[0].rsplit(" ", 1)[0]


# the collector's key as the OCR reads it ("co11.", "1eg."), shared with the determiner's: the
# date under the line is the collection's too
MISREAD_SHARED_KEYS = [
    ("Carex exempla L.\nMusterton Fen\nco11. & det. A. Exempel\n12 May 1972", "1972-05-12"),
    ("Exampla ornata L.\nProbe Key\n1eg. et det. K. Muster 5531\n14 Feb 1964", "1964-02-14"),
    ("Exampla ornata L.\nSampleton\nco11. et det. J. Beispiel\n3 Aug. 1931", "1931-08-03"),
]


@pytest.mark.parametrize(("text", "date"), MISREAD_SHARED_KEYS)
def test_misread_shared_keys_date_the_collection(text: str, date: str) -> None:
    got = values(text)
    assert got.get("eventDate") == date
    assert got.get("recordedBy") == got.get("identifiedBy")
    assert value(text) is not None
