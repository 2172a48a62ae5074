"""A Romance word that is a state's abbreviation too, printed without its full stop right after a
place's capitalised word ("Beira Alta", "Sierra Alta"): a word of the place's name, not Alberta
(it gave Canada and Alberta at 0.94-0.96 on a Portuguese sheet). Invented strings in the shapes
labels use."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import value

_DATA = "\nExampla lusitanica Muster\n12.v.1934\nleg. K. Muster 12"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Flora Lusitanica\nBeira Alta: Sampleiro", "Portugal"),
        ("Portugal: Beira Alta, Sampleiro", "Portugal"),
        ("Sierra Alta, Probeño", None),
        ("Flora Hispanica\nVal Alta: Musterejo", "Spain"),
    ],
)
def test_a_romance_adjective_after_a_name_is_no_state(text: str, country: str | None) -> None:
    assert value(text + _DATA, "stateProvince") is None
    assert value(text + _DATA, "country") == country


@pytest.mark.parametrize(
    "text", ["Canada: Alta, Probe Lake", "Probe Lake, Alta.", "CANADA: Alta.\nProbe Lake"]
)
def test_alberta_abbreviated_stays(text: str) -> None:
    assert value(text + _DATA, "stateProvince") == "Alberta"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a bare abbreviation in small letters does not outvote a title's country
        ("Flora Italica\nMonte Sample, Val di Pa", "Italy"),
        ("Plantae Cubenses\nSampleton, Ill", "Cuba"),
    ],
)
def test_a_bare_abbreviation_gives_way_to_a_title(text: str, country: str) -> None:
    assert (value(text + _DATA, "country"), value(text + _DATA, "stateProvince")) == (country, None)


def test_a_stopped_abbreviation_still_outvotes_a_title() -> None:
    text = "Flora Italica\nMonte Sample, Pa." + _DATA
    assert value(text, "stateProvince") == "Pennsylvania"
