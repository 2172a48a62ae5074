"""A county read from its keyword on a sheet that names no state, whose name no county table
knows ("Co. Zapplewood", "Probeshire County"), is doubted (county_not_in_state): it had been given
at 0.97. A county the tables know (a US one of any state, Britain's and Ireland's) keeps its
confidence. Invented names in the shapes labels use."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import reading


@pytest.mark.parametrize(
    ("text", "county"),
    [
        ("Co. Zapplewood\nSampleton, wet meadow\nJune 3, 1921\nK. Muster", "Zapplewood"),
        ("Zapplewood Co.\nSampleton\nJune 3, 1921\nK. Muster", "Zapplewood"),
        ("Sampleton, Probeshire County\n12 May 1911\nA. Exempel", "Probeshire"),
        ("Musterbrook, Co. Exemplar\n1931\nJ. Beispiel", "Exemplar"),
    ],
)
def test_a_stateless_county_no_table_knows_is_doubted(text: str, county: str) -> None:
    got = reading(text, "county")
    assert got is not None and got[0] == county
    assert got[1] < 0.9 and "county_not_in_state" in got[2]


@pytest.mark.parametrize(
    ("text", "county"),
    [
        ("Sampleton, Co. Kerry\n1902\nK. Muster", "Kerry"),
        ("Probeham, Co. Durham\n1911\nA. Exempel", "Durham"),
        ("Cook Co.\nSampleville, sandy prairie\n1903", "Cook"),
        ("Plaquemines Parish\nSampleton\n1921", "Plaquemines Parish"),
        # a state named: the state's own check applies, not this one
        ("Halifax Co., Nova Scotia\nSampleton\n1931", "Halifax"),
    ],
)
def test_a_county_the_tables_know_stays(text: str, county: str) -> None:
    got = reading(text, "county")
    assert got is not None and got[0] == county and "county_not_in_state" not in got[2]


@pytest.mark.parametrize(
    "text",
    [
        # a land whose counties no table holds names the county's country
        "TAIWAN\nExampla County, Sampleshan\n1931\nK. Muster",
        "Formosa: Probe County\n1931\nA. Exempel",
    ],
)
def test_a_county_abroad_stays(text: str) -> None:
    got = reading(text, "county")
    assert got is not None and "county_not_in_state" not in got[2]


def test_a_county_under_a_british_or_irish_title_no_table_knows_is_doubted() -> None:
    got = reading("PLANTS OF IRELAND\nCo. Zapplewood\nSampleton\n1902", "county")
    assert got is not None and got[0] == "Zapplewood" and "county_not_in_state" in got[2]
