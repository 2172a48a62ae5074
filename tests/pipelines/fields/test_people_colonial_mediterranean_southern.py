"""Collectors on colonial Kew, Edinburgh and BM sheets, Mediterranean and southern-hemisphere
herbaria: a herbarium's code and its sheet's number after the collector's name ("Coll. K. Muster
MEL 1234567"), a whole-word title in capitals before initials ("COLL. MISS M. SAMPLETON"), the
collector's key shared with the determiner's in Italian and Spanish ("Racc. e det.", "Recol. y
det."). Invented strings."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import value, values


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "NATIONAL HERBARIUM OF EXAMPLIA\nColl. K. Muster MEL 1234567\nGrampians\n12.10.1985",
            "K. Muster",
        ),
        ("Flora of Exampla\nLeg. J. Beispiel NSW 123456\nBlue Mts\n3.11.1991", "J. Beispiel"),
        # the collector's initials coding his number, as before
        ("Flora of Exampla\nCollector: K. Muster  KM 1234\nBlue Mts\n3 Nov 1991", "K. Muster"),
    ],
)
def test_a_herbariums_code_after_the_name(text: str, who: str) -> None:
    got = values(text)
    assert got.get("recordedBy") == who
    assert not str(got.get("recordNumber", "")).startswith("123456")


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "PLANTS OF SIKKIM\nLACHUNG VALLEY, 3000 M\nCOLL. MISS M. SAMPLETON NO. 102\n12.VII.1913",
            "MISS M. SAMPLETON",
        ),
        (
            "PLANTS OF SIKKIM\nLachung valley\nMISS M. SAMPLETON 102\n12.VII.1913",
            "MISS M. SAMPLETON",
        ),
        ("FLORA OF CEYLON\nAMBAGAMUWA\nCOLL. SIR J. BEISPIEL\n1841", "SIR J. BEISPIEL"),
        ("FLORA OF CEYLON\nAmbagamuwa\nColl. Miss K. Muster 12\n1841", "Miss K. Muster"),
    ],
)
def test_a_title_in_capitals_before_initials(text: str, who: str) -> None:
    assert value(text) == who


@pytest.mark.parametrize(
    "text",
    [
        "Calabria: Aspromonte\nRacc. e det. K. Muster\n12.6.1910",
        "Teruel: Albarracín\nRecol. y det. K. Muster\n12.6.1960",
        "Girona: Olot\nLeg. i det. K. Muster\n12.6.1960",
    ],
)
def test_collected_and_named_by_one(text: str) -> None:
    got = values(text)
    assert got.get("recordedBy") == "K. Muster"
    assert got.get("identifiedBy") == "K. Muster"


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Flora of Iran\nElburz: Chalus valley\nK. Muster &\nJ. Beispiel 567\n12.6.1960",
            "K. Muster | J. Beispiel",
        ),
        (
            "Flora of Iran\nElburz: Chalus valley\nK. Muster,\nJ. Beispiel 567\n12.6.1960",
            "K. Muster | J. Beispiel",
        ),
    ],
)
def test_a_list_broken_after_its_ampersand(text: str, who: str) -> None:
    assert value(text) == who
    assert value(text, "recordNumber") == "567"


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Exampla minor L.\nDetd. A. Exempel 1935\n\nCyprus: Kyrenia\nColl. K. Muster 12\n4.1934",
            "A. Exempel",
        ),
        (
            "Exampla minor L.\nDet'd by A. Exempel 1935\n\nCyprus: Kyrenia\nColl. K. Muster 12\n4.1934",
            "A. Exempel",
        ),
    ],
)
def test_british_determined_abbreviated(text: str, who: str) -> None:
    assert value(text, "identifiedBy") == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Kenya: Kisumu\nLEG K MUSTER 45\n1930", "K MUSTER"),
        ("Kenya: Kisumu\nLeg K Muster 45\n1930", "K Muster"),
    ],
)
def test_a_key_and_initials_without_their_stops(text: str, who: str) -> None:
    assert value(text) == who
    assert value(text, "recordNumber") == "45"
