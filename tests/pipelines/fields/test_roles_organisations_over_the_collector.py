"""An organisation's name heading a data label (invented sheets): a survey's, a recording
project's or a government service's line over the collector or the plant ("Survey of Sampleland
/ leg. A. Exempel", "Ministry of Agriculture, Sampleland") names who collected, never where: the
locality is the place written under it, and the collector's line under it is no address."""

from __future__ import annotations

import pytest

from pipelines.fields.institution_names import institution_name, name_words
from pipelines.fields.text import address_shaped
from tests.pipelines.fields.parsed import fields, value

_HEADS = [
    "Survey of Sampleland",
    "SURVEY OF SAMPLELAND",
    "Biological Survey of Exampleshire",
    "Vegetation Survey of Exampla County",
    "Sampleshire Wildlife Trust Survey",
    "Exampleshire Flora Project",
    "Naturkundliche Erfassung Musterland",
    "Floristische Kartierung Musterland",
    "Inventaire de la flore de Sampleland",
    "Ministry of Agriculture, Sampleland",
    "Ministère de l'Agriculture, Exemplie",
    "Departamento de Agricultura, Exampla",
]


@pytest.mark.parametrize("head", _HEADS)
def test_an_organisations_line_is_an_institutions_name(head: str) -> None:
    assert institution_name(head)


@pytest.mark.parametrize(
    ("head", "key", "person", "place"),
    [
        ("Survey of Sampleland", "leg.", "A. Exempel", "Probeham"),
        ("Biological Survey of Exampleshire", "Coll.", "J. Beispiel", "Musterby Fen"),
        ("Naturkundliche Erfassung Musterland", "leg.", "K. Muster", "Musterdorf, Waldrand"),
        ("Exampleshire Flora Project", "leg.", "H. Sampleva", "Sampleford"),
        ("SURVEY 0F SAMPLELAND", "leg.", "A. Exempel", "Probeham"),
    ],
)
def test_the_locality_is_the_place_under_the_organisation(
    head: str, key: str, person: str, place: str
) -> None:
    text = f"{head}\n{key} {person}\nExampla minor L.\n{place}, 5.6.1977"
    assert value(text, "verbatimLocality") == place
    assert value(text) == person


@pytest.mark.parametrize(
    ("head", "place"),
    [
        ("Ministry of Agriculture, Sampleland\nDivision of Botany", "Probeham, pasture"),
        ("Departamento de Agricultura, Exampla", "Sampleton, potrero"),
        ("Ministerio de Agricultura, Exampla", "Sampleton, potrero"),
    ],
)
def test_a_ministrys_heading_is_no_locality(head: str, place: str) -> None:
    text = f"{head}\nExampla minor L.\n{place}\n3.4.1961\nA. Exempel 1203"
    assert value(text, "verbatimLocality") == place


@pytest.mark.parametrize(
    "line",
    [
        # a place named after the organisation, or the word in a sentence, stays the data label's
        "near the Survey camp, Sampleton",
        "Sampleton, survey plot 4",
        "Agricultural station near Probeham",
    ],
)
def test_a_place_named_after_one_is_no_heading(line: str) -> None:
    assert not institution_name(line)


@pytest.mark.parametrize(
    ("line", "shaped"),
    [
        ("Coll. J. Beispiel", False),
        ("Leg. A. Exempel", False),
        ("Collector: K. Muster", False),
        # a town and its country, and a college's shortened name, are an address's still
        ("Sampleton, Exampla", True),
        ("Coll. of Agriculture, Sampleton", True),
    ],
)
def test_a_keyed_collector_is_no_address(line: str, shaped: bool) -> None:
    assert address_shaped(line) is shaped


@pytest.mark.parametrize(
    ("head", "code"),
    [
        ("HERB. UGANDA FOREST DEPT.", "UG"),
        ("Forest Dept. Burma", "MM"),
        ("KENYA FORESTRY DEPT.", "KE"),
        ("Agric. Dept. Fiji", "FJ"),
        ("Forest Department, Uganda", "UG"),
        ("Ministry of Agriculture, Tanganyika", "TZ"),
    ],
)
def test_a_government_services_country_is_offered_as_a_doubt(head: str, code: str) -> None:
    text = f"{head}\nExampla ornata L.\nSampleton, teak forest\n12.3.1931 J. Beispiel 45"
    got = fields(text)
    assert got["countryCode"].value == code
    assert "country_judged" in got["countryCode"].flags
    assert got["countryCode"].confidence < 0.9
    assert got["verbatimLocality"].value == "Sampleton, teak forest"


def test_a_countrys_department_stays_the_specimens() -> None:
    # "Dept." alone is the type word of a department of a country, the specimen's own
    got = fields("Dept. Cusco, Prov. Exampla\nExampla ornata L.\n12.3.1931 J. Beispiel 45")
    assert got["stateProvince"].value == "Cusco"


@pytest.mark.parametrize(
    "head",
    ["Exampleshire Biological Records Centre", "Sampleshire Environmental Records Center"],
)
def test_a_records_centre_over_its_recorder_is_no_locality(head: str) -> None:
    text = f"{head}\nRecorder: K. Muster\nCarex fictiva L.\nMusterby Marsh\n3 Sept 1999"
    assert value(text, "verbatimLocality") == "Musterby Marsh"


@pytest.mark.parametrize("head", ["EAUX ET FORETS", "Service des Eaux et Forêts"])
def test_a_forest_services_heading_is_no_locality(head: str) -> None:
    assert institution_name(head)
    text = (
        f"{head}\nExampla ornata L.\nForêt de Probeville, sous-bois\n12 mars 1952\nleg. A. Exempel"
    )
    assert value(text, "verbatimLocality") == "Forêt de Probeville, sous-bois"


def test_a_names_joining_word_is_no_institutions_word() -> None:
    # "Muster K. et Beispiel J.": the list's "et" is no word of an institution's name
    assert "et" not in name_words()
    assert {"eaux", "forêts"} <= name_words()
    assert value("Carex exempla L.\nSampleton\nleg. Muster K. et Beispiel J.") == (
        "Muster K. | Beispiel J."
    )


@pytest.mark.parametrize(
    "line", ["Sampleton, Ordnance Survey trig point", "Survey trig, Probe Hill", "Probe Hill trig"]
)
def test_the_mapping_surveys_mark_is_a_place(line: str) -> None:
    assert not institution_name(line)
    assert (
        value(f"Exampla minor L.\n{line}\n12.6.1961\nleg. A. Exempel", "verbatimLocality") == line
    )


@pytest.mark.parametrize(
    ("head", "state"),
    [
        ("INDIANA BIOLOGICAL SURVEY", "INDIANA"),
        ("Biological Survey of Vermont", "Vermont"),
        ("Floristic Inventory of Oregon", "Oregon"),
    ],
)
def test_a_surveys_land_is_the_specimens_state(head: str, state: str) -> None:
    # the land a survey, an inventory or a project surveyed is where its specimens grew (as a
    # flora's title's is); its line is still never the locality, and a herbarium's is no state
    text = (
        f"{head}\nExampla minor L.\nRich woods along Sample Creek\nMay 5 1941\nK. Muster No. 4115"
    )
    assert value(text, "stateProvince") == state
    assert value(text, "verbatimLocality") == "Rich woods along Sample Creek"
    herbarium = text.replace(head, f"HERBARIUM OF {state.upper()} UNIVERSITY")
    assert value(herbarium, "stateProvince") is None
