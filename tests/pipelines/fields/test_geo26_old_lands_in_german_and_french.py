"""Old lands as German, Dutch, French and Nordic labels name them ("Capland", "Nyassaland",
"Süd-Rhodesien", "Rhodésie du Sud", "Britisch-Ostafrika", "Färöer"): each had given no country;
now today's (historical_countries.csv, country_names.csv), a colony split since judged as its
English name is (British East Africa). Invented places in the shapes labels use."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import reading


@pytest.mark.parametrize(
    ("name", "country", "sure"),
    [
        ("Capland", "South Africa", True),
        ("Nyassaland", "Malawi", True),
        ("Süd-Rhodesien", "Zimbabwe", True),
        ("Rhodésie du Nord", "Zambia", True),
        ("Britisch-Ostafrika", "Kenya", False),
        ("Färöer", "Faroe Islands", True),
    ],
)
def test_an_old_land_in_another_language(name: str, country: str, sure: bool) -> None:
    got = reading(f"{name}\nSampleville, in silvis\n12.6.1901\nleg. K. Muster", "country")
    assert got is not None and got[0] == country and (got[1] >= 0.9) is sure
