"""A Latin title whose land was larger than today's country ("Plantae Rossicae", "Flora
Germanica": a judgement, flagged country_judged) printed over a region that lies wholly in
today's country ("Moscow Region", "Bayern", "Prov. Kaluga"): the region's sure mapping gives the
country, no longer doubted; the title alone stays a doubt. Invented strings in the shapes labels
use."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import reading

_DATA = "\n12.VI.1925\nleg. A. Exempel"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Plantae Rossicae\nMoscow Region, near Samplevo", "Russia"),
        ("Flora Germanica\nBayern: Musterdorf, Kalkhang, 850 m", "Germany"),
        ("Flora Rossica\nProv. Kaluga, Samplovo", "Russia"),
    ],
)
def test_a_region_confirms_a_titles_country(text: str, country: str) -> None:
    got = reading(text + _DATA, "country")
    assert got is not None and got[0] == country and "country_judged" not in got[2]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Flora Germanica\nMusterdorf, Kalkhang", "Germany"),
        ("Plantae Rossicae\nSamplevo", "Russia"),
    ],
)
def test_a_title_alone_stays_a_doubt(text: str, country: str) -> None:
    got = reading(text + _DATA, "country")
    assert got is not None and got[0] == country and "country_judged" in got[2]
