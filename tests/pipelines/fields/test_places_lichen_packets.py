"""Lichen packets and US sheets: the substrate's line kept out of the locality, the county heading
or closing the place cut off (its key perhaps read with a zero for its "O": "EXAMPLA C0UNTY:"),
and a height's key under the place ("Elevation: 1200 m") no part of it. Invented strings of real
shapes."""

from __future__ import annotations

import pytest

from pipelines.fields import extract_fields, labels_from_text


def _fields(text: str) -> dict[str, str]:
    return {t: c.value for t, c in extract_fields(labels_from_text(text)).items()}


@pytest.mark.parametrize(
    ("text", "place", "county", "site"),
    [
        (
            "LICHENS OF EXAMPLA\nParmelia exempla Nyl.\non bark of Quercus\n"
            "MUSTER C0UNTY: 3 mi. N of Probetown, along Beeby Creek.\nK. Muster 1234   12 May 1971",
            "3 mi. N of Probetown, along Beeby Creek.",
            "MUSTER",
            "on bark of Quercus",
        ),
        (
            "LICHENS OF EXAMPLA\nLecanora sampla Th. Fr.\non sandstone\n"
            "PR0BE COUNTY: Exampla State Park, cliffs above Beeby River.\nJ. Beispiel 5678\n1985",
            "Exampla State Park, cliffs above Beeby River.",
            "PROBE",
            "on sandstone",
        ),
        # the place after the substrate's comma, the county closing the line
        (
            "Flora of Examplia\nCladonia exempla Ahti\nOn soil over granite, Sampleton Bluffs, "
            "Probe Co.\nA. Exempel 432\nJune 4, 1960",
            "Sampleton Bluffs",
            "Probe",
            "On soil over granite",
        ),
        (
            "Lichens of Exampla\nAus bus Nyl.\non sandstone, Beeby Rocks, Muster County\n"
            "K. Muster 12\n1960",
            "Beeby Rocks",
            "Muster",
            "on sandstone",
        ),
    ],
)
def test_packet_place_county_and_substrate(text: str, place: str, county: str, site: str) -> None:
    got = _fields(text)
    assert (got.get("verbatimLocality"), got.get("county"), got.get("habitat")) == (
        place,
        county,
        site,
    )


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "LICHENS OF EXAMPLA\nUsnea probea Mot.\non twigs of Picea\n"
            "Exampla National Forest, 2 km E of Musterburg\nElevation: 1200 m\nH. Sampleva 77\n1992",
            "Exampla National Forest, 2 km E of Musterburg",
        ),
        (
            "Aus bus L.\n5 mi. S of Beeby, along Sample Creek\nElevation 800 ft.\nK. Muster 3\n1950",
            "5 mi. S of Beeby, along Sample Creek",
        ),
    ],
)
def test_height_key_under_the_place(text: str, place: str) -> None:
    assert _fields(text).get("verbatimLocality") == place
