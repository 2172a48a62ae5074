"""Coordinates written with a decimal comma, as continental and Baltic labels write them: decimal
degrees with the hemisphere after each half ("58,3456 N 26,7123 E") or before it ("N 59,4321 E
24,7654"), after their keys ("Lat. 58,1111 Long. 25,2222"), and decimal minutes ("N 59°12,345'
E 17°54,321'"); distances and a plot's figures stay none. Invented strings and points."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import values


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        ("Estonia, Harjumaa, Sampleküla\nN 59,4321 E 24,7654\n12.06.1999", "59.43210", "24.76540"),
        ("Estonia, Tartumaa\n58,3456 N 26,7123 E\n3.07.2001", "58.34560", "26.71230"),
        ("France, Sampleville\n45,1234 N, 5,6789 E\n3.6.2003", "45.12340", "5.67890"),
        ("Estonia, Sampleküla\nLat. 58,1111 Long. 25,2222\n2.7.2004", "58.11110", "25.22220"),
        ("Sweden, Probeby\nN 59°12,345' E 17°54,321'\n4.6.2000", "59.20575", "17.90535"),
        ("Chile, Sampleton\n33,4567 S 70,6543 W\n1.2.2010", "-33.45670", "-70.65430"),
    ],
)
def test_a_decimal_comma_in_coordinates(text: str, lat: str, lon: str) -> None:
    got = values(text)
    assert (got.get("decimalLatitude"), got.get("decimalLongitude")) == (lat, lon)


@pytest.mark.parametrize(
    "text",
    [
        "Plot 3,1250 4,5000\nSampleton",
        "Sampleton 12,5 km N, 3,5 km E",
        "Sheets 1,234,567 N",
        # a decimal comma on one half only: a list's comma as often
        "Probeham\nN 47,123 E 12.456",
    ],
)
def test_other_figures_with_commas_are_no_coordinates(text: str) -> None:
    assert values(text).get("decimalLatitude") is None
