"""The collector under a date split over two lines ("ix. / 1889 / Muster", "12. / vi. 1931 /
Beispiel"), and a surname alone under an old sheet's place, with no key, initial or date
("Exampla minor L. / Cap. b. spei / Thorbecksen", "Sampleford 87 / Muster"): doubted
(`surname_only`), never a county, a country, a town's name by its ending, nor an author under
its name. Invented strings."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import reading, value

SPLIT_DATE = [
    ("Sampleton\nix.\n1889\nMuster", "Muster"),
    ("Probeham, Kent\nvi.\n1902\nA. Exempel", "A. Exempel"),
    ("Musterdorf\niv.\n1911\nH. Sampleva", "H. Sampleva"),
    ("Sampleton\n12.\nvi. 1931\nBeispiel", "Beispiel"),
]


@pytest.mark.parametrize(("text", "who"), SPLIT_DATE)
def test_collector_under_split_date(text: str, who: str) -> None:
    assert value(text) == who


LONE_SURNAME = [
    ("Exampla minor L.\nCap. b. spei\nThorbecksen", "Thorbecksen"),
    ("Exampla minor L.\nSampleford 87\nMuster", "Muster"),
    ("Samplonia pallidula (Sow.)\nIns. Probea\nFictor", "Fictor"),
    ("Musterella obscura Walk.\nAd fl. Exempla\nBeispiel-Muster", "Beispiel-Muster"),
]


@pytest.mark.parametrize(("text", "who"), LONE_SURNAME)
def test_lone_surname_under_place(text: str, who: str) -> None:
    got = reading(text, "recordedBy")
    assert got is not None and got[0] == who
    assert got[1] < 0.9 and "surname_only" in got[2]


NO_SURNAME = [
    "Exampla minor L.\nSampleton\nYorkshire",  # a county
    "Exampla minor L.\nSampleford 87\nMadagascar",  # a country
    "Exampla minor L.\nProbeham\nExampleton",  # a town by its ending
    "Sampleford 87\nExampla minor\nMuster",  # the author under its name
    "Exampla minor L.\nDet. K. Beispiel\nMuster",  # a slip's lines
    "Exampla minor Muster\nE. probata Beispiel\nProbelvania",  # under a second name
    "Sampleford 87\nMusterdorf\nBeispiel",  # no name opens the label: a place as often
    "Exampla minor L.\nSampleford 87\nMstr.",  # an abbreviation without its vowels
]


@pytest.mark.parametrize("text", NO_SURNAME)
def test_no_lone_surname(text: str) -> None:
    got = reading(text, "recordedBy")
    assert got is None or got[1] < 0.9
    assert got is None or got[0] not in {"Yorkshire", "Madagascar", "Exampleton", "Muster"}
    assert got is None or got[0] not in {"Probelvania", "Beispiel", "Mstr"}
