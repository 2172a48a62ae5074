"""A Latin title's country over a place whose name the country tables never take for a land
(it names several: "Granada" is Grenada in Spanish, and a Spanish city and province) had been
outvoted by it and given no country; where that name is a province of the title's country
("Flora Hispanica / Sierra de Muestra, Granada") the title's country stands. A name naming
another land ("Congo" under "Plantae Gallicae"), or a land split since ("Galicja" under "Flora
Polonica"), still gives none. Invented places in the shapes labels use."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import reading


@pytest.mark.parametrize(
    ("text", "country", "state"),
    [
        (
            "Flora Hispanica\nSierra de Muestra, Granada\n15 mayo 1925\nleg. H. Sampleva",
            "Spain",
            "Granada",
        ),
        ("Flora Hispanica\nProbedo, Granada, 800 m\n1925\nleg. K. Muster", "Spain", "Granada"),
    ],
)
def test_the_titles_country_over_its_province(text: str, country: str, state: str) -> None:
    got = reading(text, "country")
    assert got is not None and got[0] == country
    province = reading(text, "stateProvince")
    assert province is not None and province[0] == state


@pytest.mark.parametrize(
    "text",
    [
        "Plantae Gallicae\nSampleville, Congo\n1925\nA. Exempel",
        "Flora Polonica\nGalicja: Probowo\n1925\nJ. Beispiel",
    ],
)
def test_another_land_still_outvotes_the_title(text: str) -> None:
    assert reading(text, "country") is None
