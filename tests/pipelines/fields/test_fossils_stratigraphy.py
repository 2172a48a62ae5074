"""A fossil's stratigraphy (GeologicalContext terms): the chart's units with their qualifiers in
English, German and French, lithostratigraphic units by their rank word or rock, zones. All
strings invented (people, places, taxa)."""

from __future__ import annotations

import pytest

from pipelines.fields import labels_from_text, parse_fields
from pipelines.fields.stratigraphy import RANK_UNSTATED, stratigraphy_candidates
from pipelines.fields.text import make_labels


def _terms(text: str) -> dict[str, str]:
    cands = stratigraphy_candidates(make_labels(labels_from_text(text)))
    return {c.term: c.value for c in cands}


@pytest.mark.parametrize(
    ("text", "term", "value"),
    [
        ("Exampla minor\nJurassic\nSampleton", "earliestPeriodOrLowestSystem", "Jurassic"),
        ("Exampla minor\nJurassic\nSampleton", "latestPeriodOrHighestSystem", "Jurassic"),
        ("Exampla minor\nCarboniferous, Probeham", "earliestPeriodOrLowestSystem", "Carboniferous"),
        (
            "Exampla minor\nUpper Jurassic\nSampleton",
            "earliestEpochOrLowestSeries",
            "Upper Jurassic",
        ),
        (
            "Exempla sp.\nLower Cretaceous\nProbeham",
            "latestEpochOrHighestSeries",
            "Lower Cretaceous",
        ),
        ("Exempla sp.\nLate Triassic, Probeham", "earliestEpochOrLowestSeries", "Late Triassic"),
        # German: a qualifier glued before the period, or a word before it
        ("Oberkreide\nMusterdorf", "earliestEpochOrLowestSeries", "Upper Cretaceous"),
        ("Unterkarbon\nMusterdorf", "earliestEpochOrLowestSeries", "Lower Carboniferous"),
        ("unterer Jura\nMusterdorf", "earliestEpochOrLowestSeries", "Lower Jurassic"),
        ("Kreide\nMusterdorf", "earliestPeriodOrLowestSystem", "Cretaceous"),
        # French: the qualifier after
        ("Jurassique supérieur\nExempleville", "earliestEpochOrLowestSeries", "Upper Jurassic"),
        ("Crétacé inférieur\nExempleville", "earliestEpochOrLowestSeries", "Lower Cretaceous"),
        ("Carbonifère\nExempleville", "earliestPeriodOrLowestSystem", "Carboniferous"),
        # regional names: the Lias is the Lower Jurassic
        ("Lower Lias, Sampleton", "earliestEpochOrLowestSeries", "Lower Jurassic"),
        ("Lias, Probeham", "earliestEpochOrLowestSeries", "Lower Jurassic"),
        ("Dogger\nMusterdorf\nHorizon: Dogger", "earliestEpochOrLowestSeries", "Middle Jurassic"),
        # epochs and stages, in three languages
        ("Miocene, Sampleton", "earliestEpochOrLowestSeries", "Miocene"),
        ("Miozän\nMusterdorf", "earliestEpochOrLowestSeries", "Miocene"),
        ("Oxfordian, Sampleton", "earliestAgeOrLowestStage", "Oxfordian"),
        ("Bajocien\nExempleville", "earliestAgeOrLowestStage", "Bajocian"),
        ("Cenomanium\nMusterdorf", "earliestAgeOrLowestStage", "Cenomanian"),
        ("Palaeozoic\nProbeham", "earliestEraOrLowestErathem", "Paleozoic"),
    ],
)
def test_chronostratigraphy(text: str, term: str, value: str) -> None:
    assert _terms(text).get(term) == value


@pytest.mark.parametrize(
    ("text", "earliest", "latest"),
    [
        ("Upper Jurassic - Lower Cretaceous\nSampleton", "Upper Jurassic", "Lower Cretaceous"),
        ("Bajocian to Bathonian\nProbeham", "Bajocian", "Bathonian"),
        ("Silurian - Devonian\nMusterdorf", "Silurian", "Devonian"),
    ],
)
def test_ranges(text: str, earliest: str, latest: str) -> None:
    got = stratigraphy_candidates(make_labels(labels_from_text(text)))
    early = [c.value for c in got if c.term.startswith("earliest")]
    late = [c.value for c in got if c.term.startswith("latest")]
    assert (early, late) == ([earliest], [latest])


@pytest.mark.parametrize(
    "text",
    [
        # a place's name that is a unit's too, on a sheet that speaks of no rocks
        "Devon: Sampleton\n12 May 1901\nK. Muster",
        "Jura, prope Exempleville\nleg. J. Beispiel",
        "Ludlow, Salop\nExampla minor",
        # running text in lower case
        "in the jura valleys near Probeham",
        # a common word
        "Secondary woodland, Sampleton",
    ],
)
def test_places_and_words_are_no_units(text: str) -> None:
    assert _terms(text) == {}


def test_a_place_name_read_as_a_unit_under_a_cue() -> None:
    got = _terms("Horizon: Devon\nSampleton Quarry")
    assert got["earliestPeriodOrLowestSystem"] == "Devonian"


@pytest.mark.parametrize(
    ("text", "term", "value"),
    [
        ("Oxford Clay Formation, Sampleton Pit", "formation", "Oxford Clay Formation"),
        ("Chalk Group\nProbeham", "group", "Chalk Group"),
        ("Sampleton Sandstone Member\nProbeham", "member", "Sampleton Sandstone Member"),
        ("Exampla Beds\nMusterdorf", "bed", "Exampla Beds"),
        ("From Probeham Limestone Formation", "formation", "Probeham Limestone Formation"),
    ],
)
def test_lithostratigraphy_by_rank(text: str, term: str, value: str) -> None:
    got = stratigraphy_candidates(make_labels(labels_from_text(text)))
    found = [c for c in got if c.term == term]
    assert [c.value for c in found] == [value]
    assert RANK_UNSTATED not in found[0].flags


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Kimmeridge Clay\nSampleton", "Kimmeridge Clay"),
        ("Portland Stone, Probeham", "Portland Stone"),
        ("Wenlock Limestone\nMuch Sampleton", "Wenlock Limestone"),
        ("Probeham Greensand", "Probeham Greensand"),
    ],
)
def test_a_unit_by_its_rock_alone_is_a_doubted_formation(text: str, value: str) -> None:
    got = [
        c
        for c in stratigraphy_candidates(make_labels(labels_from_text(text)))
        if c.term == "formation"
    ]
    assert [c.value for c in got] == [value]
    assert RANK_UNSTATED in got[0].flags


@pytest.mark.parametrize(
    "text",
    [
        "Sampleton Clay Pit, Probeham",  # a place named after its rock
        "Chalk Farm\nProbeham",
        "Sampleton Naturalists' Field Club",
        "near Stone, Exampleshire",  # a town, no unit before it
    ],
)
def test_places_named_after_rocks_are_no_units(text: str) -> None:
    assert _terms(text) == {}


def test_wenlock_limestone_is_a_formation_not_the_series() -> None:
    got = _terms("Wenlock Limestone\nSampleton")
    assert "earliestEpochOrLowestSeries" not in got


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Zone of Exampla minor\nSampleton", "Exampla minor Zone"),
        ("bucklandi Zone, Probeham", "bucklandi Zone"),
        ("Exempla jamesoni Zone", "Exempla jamesoni Zone"),
        ("Zone à Exampla planorbis", "Exampla planorbis Zone"),
        ("margaritatus Subzone\nMusterdorf", "margaritatus Subzone"),
    ],
)
def test_zones(text: str, value: str) -> None:
    assert _terms(text).get("lowestBiostratigraphicZone") == value


@pytest.mark.parametrize(
    "text", ["intertidal zone, Sampleton", "alpine zone above Probeham", "buffer zone"]
)
def test_ecological_zones_are_no_biozones(text: str) -> None:
    assert "lowestBiostratigraphicZone" not in _terms(text)


def test_the_stratigraphy_is_kept_apart_from_the_fields() -> None:
    fields = parse_fields(
        labels_from_text("Exampla minor\nOxford Clay Formation\nSampleton Pit\nleg. K. Muster 1921")
    )
    assert fields["formation"].value == "Oxford Clay Formation"
    assert "Oxford Clay" not in fields["verbatimLocality"].value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Probeham Shale\njamesoni Zone", "jamesoni Zone"),
        ("Sampleton Limestone Member\nplanorbis Zone", "planorbis Zone"),
        ("Exampla minor\nTestwick Beds davoei Zone", "davoei Zone"),
    ],
)
def test_a_zone_takes_no_word_of_the_line_above_or_of_a_unit(text: str, value: str) -> None:
    assert _terms(text).get("lowestBiostratigraphicZone") == value


@pytest.mark.parametrize(
    "text",
    [
        "Exempla sp. Red clay soil.",  # a soil
        "On Sampleton sandstone in the hills.",  # a substrate in lower case
        "Probeham Grit sandstone flats.",  # the rock's word an adjective
        "Substratum conglomerate",
    ],
)
def test_rocks_described_are_no_units(text: str) -> None:
    assert "formation" not in _terms(text)


@pytest.mark.parametrize(
    ("text", "term", "value"),
    [
        (
            "Exampla minor\nUpper Jurassie\nSampleton",
            "earliestEpochOrLowestSeries",
            "Upper Jurassic",
        ),
        ("Exampla minor\nSi1urian, Probeham", "earliestPeriodOrLowestSystem", "Silurian"),
        ("Exempla sp.\nOxfordlan\nSampleton", "earliestAgeOrLowestStage", "Oxfordian"),
        ("Exempla sp.\nPerrnian\nMusterdorf", "earliestPeriodOrLowestSystem", "Permian"),
        ("Exempla sp.\nCretaceons inférieur", "earliestEpochOrLowestSeries", "Lower Cretaceous"),
        ("Exempla sp.\nOxford Clay Forrnation", "formation", "Oxford Clay Formation"),
        ("Exempla sp.\nProbeham Mernber", "member", "Probeham Member"),
    ],
)
def test_misread_units_are_mended_and_doubted(text: str, term: str, value: str) -> None:
    got = [
        c for c in stratigraphy_candidates(make_labels(labels_from_text(text))) if c.term == term
    ]
    assert [c.value for c in got] == [value]
    assert "ocr_repaired" in got[0].flags


@pytest.mark.parametrize("text", ["Devou: Sampleton\nK. Muster", "Jurisdiction of Probeham"])
def test_misread_place_names_stay_places(text: str) -> None:
    assert _terms(text) == {}
