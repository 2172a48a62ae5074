"""A place's name, then the site described after its preposition with no comma between ("Sampleton
in pratis humidis", "Musterhafen an sandigen Stellen"): the name is the locality, the site the
habitat; a line whose head is no place's name keeps no such split. Invented strings of real
shapes."""

from __future__ import annotations

import pytest

from pipelines.fields import extract_fields, labels_from_text
from pipelines.fields.places.habitat_phrases import open_site_after_name


def _fields(text: str) -> tuple[str | None, str | None]:
    got = extract_fields(labels_from_text(text))
    loc, hab = got.get("verbatimLocality"), got.get("habitat")
    return (loc.value if loc else None, hab.value if hab else None)


SPLIT = [
    # Latin, one word of place
    (
        "Exampla ornata L.\nSampleton in pratis humidis\nleg. K. Muster\n12.6.1887",
        "Sampleton",
        "in pratis humidis",
    ),
    ("Aus bus L.\nBeeby ad muros vetustos\nJ. Beispiel 1878", "Beeby", "ad muros vetustos"),
    ("Aus bus L.\nProbeham ad vias\nA. Exempel 1902", "Probeham", "ad vias"),
    # two words of place, a preposition of place between names
    (
        "Aus bus L.\nMons Exempla in rupibus calcareis\nleg. H. Sampleva 1911",
        "Mons Exempla",
        "in rupibus calcareis",
    ),
    (
        "Aus bus L.\nSampla prope Beebykastro in collibus siccis\nleg. K. Muster\n1899",
        "Sampla prope Beebykastro",
        "in collibus siccis",
    ),
    # German, its site's noun capitalised; Spanish
    (
        "Aus bus L.\nMusterhafen an sandigen Stellen\nK. Muster Juni 1890",
        "Musterhafen",
        "an sandigen Stellen",
    ),
    (
        "Aus bus L.\nProbeda en lugares húmedos\nleg. H. Sampleva\n10-IV-1930",
        "Probeda",
        "en lugares húmedos",
    ),
]


@pytest.mark.parametrize(("text", "place", "site"), SPLIT)
def test_site_after_the_name_is_the_habitat(text: str, place: str, site: str) -> None:
    assert _fields(text) == (place, site)


@pytest.mark.parametrize(
    ("line", "at"),
    [
        ("Sampleton in pratis humidis", 10),
        ("Beeby Hill in silvis", 11),
        ("Exempla prope Sampla ad vias.", 21),
        # how common the plant is, how it was found, a key: no place's name
        ("Common in wet meadows", None),
        ("Frequent in pastures", None),
        ("Found on old walls", None),
        ("Hab. in pratis humidis", None),
        # a habitat's word heading the line, a year after "in", a comma before the site
        ("Meadows in silvis", None),
        ("Sampleton in 1890", None),
        ("Sampleton, in pratis", None),
        # the words after the preposition describe no site
        ("Sampleton in Exampleshire", None),
    ],
)
def test_open_site_after_name(line: str, at: int | None) -> None:
    assert open_site_after_name(line) == at


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # an island's or a region's name and its colon, then the site described
        (
            "PLANTS OF EXAMPLA ISLANDS\nAus bus Muster\nBeeby: on damp sand in clearing\n"
            "among palmettos, Sample Ponds region,\nFlowers pink.\n\nFeb. 11, 1969\n\n"
            "K. Muster & J. Beispiel 58211",
            "Beeby: on damp sand in clearing\namong palmettos, Sample Ponds region",
        ),
        (
            "Aus bus L.\nProbe Island: in sandy clearing\nK. Muster 12\nMay 3, 1950",
            "Probe Island: in sandy clearing",
        ),
    ],
)
def test_name_colon_then_site(text: str, place: str) -> None:
    assert _fields(text)[0] == place
