"""The site described on its own line above the place, as American and lichen labels print it
("Wet rock face. / 2 km S of Sampleton harbour, Alaska"): the site is the habitat, the lines
under it the locality; a site left open at its line's end carries the place on after its last
comma ("Gravel bars and heath, north end of / Sample Lake"). Invented strings of real shapes."""

from __future__ import annotations

import pytest

from pipelines.fields import extract_fields, labels_from_text


def _fields(text: str) -> tuple[str | None, str | None]:
    got = extract_fields(labels_from_text(text))
    loc, hab = got.get("verbatimLocality"), got.get("habitat")
    return (loc.value if loc else None, hab.value if hab else None)


@pytest.mark.parametrize(
    ("text", "place", "site"),
    [
        (
            "LICHENS OF ALASKA\n\nB512.\n\nWet rock face.\n2 km S of Sampleton harbour, Alaska,"
            "\nColl. K. Muster\n9 July 1958",
            "2 km S of Sampleton harbour, Alaska",
            "Wet rock face",
        ),
        (
            "Aus bus L.\nBoggy meadow, wet, open.\nBelow Beeby Quarry, Exampla Island."
            "\n14 June 1958\nColl. J. Beispiel",
            "Below Beeby Quarry, Exampla Island.",
            "Boggy meadow, wet, open",
        ),
        # the site's sentence over two lines, the first left open
        (
            "LICHENS OF ALASKA\nIn heath among mosses on\nlow mound, damp, shaded.\n"
            "About 4 km by trail N. of Beeby\nCabin, Exampla Island.\n14 June 1958\nColl. K. Muster",
            "About 4 km by trail N. of Beeby\nCabin, Exampla Island.",
            "In heath among mosses on low mound, damp, shaded",
        ),
        (
            "Aus bus L.\nRocky slopes\nProbe Hills, 3 mi. N of Beeby\nK. Muster 12\n1950",
            "Probe Hills, 3 mi. N of Beeby",
            "Rocky slopes",
        ),
        # the site's line left open: the place goes on after its last comma
        (
            "LICHENS OF THE NORTH\nEXAMPLA TERRITORY\n17. Aus bus Nyl.\n"
            "Gravel bars and heath, north end of\nSample Lake by Beeby Camp.\nK. Muster",
            "north end of\nSample Lake by Beeby Camp.",
            "Gravel bars and heath",
        ),
    ],
)
def test_site_above_the_place(text: str, place: str, site: str) -> None:
    assert _fields(text) == (place, site)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a place's name before the comma of the line left open: one place, no site above
        (
            "Aus bus L.\nExampla, in scrub on crest of\nBeeby Range 3200 ft.\nK. Muster",
            "Exampla, in scrub on crest of\nBeeby Range 3200 ft.",
        ),
        # the site over a county alone: nothing but the county would be left
        ("Aus bus L.\nOpen woods\nSample Co.\nK. Muster 12", "Open woods\nSample Co."),
    ],
)
def test_no_site_above_the_place(text: str, place: str) -> None:
    assert _fields(text)[0] == place


@pytest.mark.parametrize(
    "text",
    [
        # the plant described above the place, no site
        "Aus bus L.\nLow shrub\nBeeby Hills, 4 mi. S of Sampleton\nK. Muster 3\n1950",
        "Aus bus L.\nFlowers white\nBeeby Hills, 4 mi. S of Sampleton\nK. Muster 3\n1950",
    ],
)
def test_plant_described_above_the_place_is_no_habitat(text: str) -> None:
    assert _fields(text) == ("Beeby Hills, 4 mi. S of Sampleton", None)
