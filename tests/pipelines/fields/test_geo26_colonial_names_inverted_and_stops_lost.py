"""Old lands' names as lists and Latin labels print them: a colony's name with its colonial word
abbreviated after the land's ("Guiana Brit.", "Honduras Br.", "Guinea Port."), and an abbreviated
Latin name of three words with all its full stops lost ("Cap b spei", "Nov Cambr austr"). Each
is its country, flagged historical_name, as the ordered and stopped forms are. Invented strings
in the shapes labels use."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import reading


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Guiana Brit.\nSampletown, Essequibo\n12.3.1911\nleg. K. Muster", "Guyana"),
        ("Sampleton, Guiana Brit., 1911\nleg. A. Exempel", "Guyana"),
        ("Honduras Br.\nProbe Creek\n1905\nJ. Beispiel", "Belize"),
        ("Guinea Port.\nSampleville\n1931\nH. Sampleva", "Guinea-Bissau"),
        ("Somaliland Ital.\nProbe Wells\n1930\nK. Muster", "Somalia"),
        ("Cap b spei\nSampleberg\n1820\nleg. K. Muster", "South Africa"),
        ("C b spei\nProbekloof\n1830\nA. Exempel", "South Africa"),
        ("Prom b spei\nMusterbaai\n1815", "South Africa"),
        ("Nov Cambr austr\nSample River\n1845\nJ. Beispiel", "Australia"),
    ],
)
def test_inverted_and_stopless_colonial_names(text: str, country: str) -> None:
    got = reading(text, "country")
    assert got is not None and got[0] == country and "historical_name" in got[2]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # the land's name alone is today's country
        ("Guinea\nSampleville\n1931\nH. Sampleva", "Guinea"),
        ("Honduras\nProbe Creek\n1905\nJ. Beispiel", "Honduras"),
    ],
)
def test_the_lands_name_alone_stays(text: str, country: str) -> None:
    got = reading(text, "country")
    assert got is not None and got[0] == country and "historical_name" not in got[2]


def test_the_indies_name_no_country_with_their_stops_lost() -> None:
    assert reading("Ind or\nSampleghat\n1850\nleg. H. Sampleva", "country") is None
