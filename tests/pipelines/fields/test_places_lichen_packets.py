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


@pytest.mark.parametrize(
    ("text", "place", "site"),
    [
        # the substrate without its preposition, then the place after its comma; the county's
        # line in full under it a field of its own
        (
            "LICHENS OF EXAMPLA\n\nAus bus Norrl.\n\nAbies branches, Sample Lake\nBeeby County\n\n"
            "2 June 1957\n\ncoll. K. Muster",
            "Sample Lake",
            "Abies branches",
        ),
        (
            "LICHENS OF EXAMPLA\n\nAus bus (L.) Ach.\n\nbark, margin of trail by ravine\n"
            "Probe County\n\n17 May 1957\n\ncoll. J. Beispiel",
            "margin of trail by ravine",
            "bark",
        ),
        # the substrate on a slip of its own above the place's label
        (
            "HERBARIUM OF EXAMPLA\nAus bus (Nyl.) Arnold\n\nshell of Exampla minor\n\n"
            "Upper shore, Sample Cove,\nbetween Beeby Point and Probe Point\n8 October 1971\n\n"
            "Coll. K. Muster",
            "Upper shore, Sample Cove,\nbetween Beeby Point and Probe Point",
            "shell of Exampla minor",
        ),
    ],
)
def test_substrate_without_its_preposition(text: str, place: str, site: str) -> None:
    got = _fields(text)
    assert (got.get("verbatimLocality"), got.get("habitat")) == (place, site)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a place named by a substrate's noun is a place
        (
            "Aus bus L.\nSample Rocks, Beeby Island\nK. Muster 12\n1960",
            "Sample Rocks, Beeby Island",
        ),
        # an insect's pin keeps its county written short and its state
        ("Musterville\nProbe Co.\nTex. V-9-38\nH. Sampleva", "Musterville\nProbe Co.\nTex."),
    ],
)
def test_no_substrate_cut(text: str, place: str) -> None:
    assert _fields(text).get("verbatimLocality") == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a county's line in full between two lines of the place: the county's own field
        (
            "PLANTS OF EXAMPLA\nAus bus L.\nSandy woods near Sampleton\nProbe County\n"
            "along Beeby Creek, 2 mi. N of Exampleton\nK. Muster 123\nJune 3, 1950",
            "Sandy woods near Sampleton\nalong Beeby Creek, 2 mi. N of Exampleton",
        ),
        (
            "Aus bus L.\nRavine below Beeby Falls\nMUSTER COUNTY\n3 mi. E of Sampleton\n"
            "J. Beispiel 45\nMay 2, 1961",
            "Ravine below Beeby Falls\n3 mi. E of Sampleton",
        ),
    ],
)
def test_county_line_between_the_place_lines(text: str, place: str) -> None:
    assert _fields(text).get("verbatimLocality") == place
