"""Coordinates whose decimal minutes the OCR read with a letter for a figure ("59°3O.5'N",
"44°l2.25'N"): mended, flagged. Invented strings in the shapes labels use."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import reading

MENDED = [
    ("Sample Inlet, 59°3O.5'N, 151°2O.1'W", "59°30.5'N, 151°20.1'W", "59.50833"),
    ("Probe Bay, 44°l2.25'N, 68°O4.5'W", "44°12.25'N, 68°04.5'W", "44.20417"),
    ("Musterton Ridge\n36°O6.2'N 81°48.0'W", "36°06.2'N 81°48.0'W", "36.10333"),
]


@pytest.mark.parametrize(("text", "verbatim", "latitude"), MENDED)
def test_misread_decimal_minutes_are_mended(text: str, verbatim: str, latitude: str) -> None:
    text += "\nK. Muster 123\n12 Aug 1991"
    got = reading(text, "verbatimCoordinates")
    assert got is not None and got[0] == verbatim and "ocr_repaired" in got[2]
    lat = reading(text, "decimalLatitude")
    assert lat is not None and lat[0] == latitude


GPS = [
    ("Probe Bog; N 44 21.512 W 72 30.128", "N 44 21.512 W 72 30.128", "44.35853", "-72.50213"),
    ("Sample Point\nN44 21.512, W072 30.128", "N44 21.512, W072 30.128", "44.35853", "-72.50213"),
    ("Probe Ridge S 33 51.2 E 151 12.6", "S 33 51.2 E 151 12.6", "-33.85333", "151.21000"),
]


@pytest.mark.parametrize(("text", "verbatim", "lat", "lon"), GPS)
def test_a_gps_reading_without_marks(text: str, verbatim: str, lat: str, lon: str) -> None:
    text += "\nK. Muster 123\n12 Aug 1991"
    got = [reading(text, t) for t in ("verbatimCoordinates", "decimalLatitude", "decimalLongitude")]
    assert [g[0] if g else None for g in got] == [verbatim, lat, lon]


@pytest.mark.parametrize(
    "text", ["Sample, N 12 34.5 K. Muster", "No 12 34.5 W. Muster 12 30.1", "Plot 12 34.5 W 12"]
)
def test_figures_without_both_hemispheres_are_no_gps_reading(text: str) -> None:
    assert reading(text + "\n12 Aug 1991", "verbatimCoordinates") is None
