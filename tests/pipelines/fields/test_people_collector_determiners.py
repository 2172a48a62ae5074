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
