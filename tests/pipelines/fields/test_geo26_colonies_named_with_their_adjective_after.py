"""A colony named in French, Spanish, German or Latin with its colonial word after the land's
("Guinée portugaise", "Guyane hollandaise", "Guiana batava"): today's country of the colony
(historical_countries.csv), no longer the land's own name's (Guinea, French Guiana: 0.97, wrong);
a colonial word after a land's name the tables do not hold with it ("Guinée espagnole", "Inde
portugaise") makes the country a judgement (country_judged), as one before it does ("Brit.
Cameroons"). Invented places in the shapes labels use."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import reading


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Guinée portugaise", "Guinea-Bissau"),
        ("Guyane hollandaise", "Suriname"),
        ("Guyane anglaise", "Guyana"),
        ("Guiana batava", "Suriname"),
        ("Britisch-Guayana", "Guyana"),
    ],
)
def test_a_colony_named_with_its_adjective_after(name: str, country: str) -> None:
    got = reading(f"{name}\nSampleville, in silvis\n12.6.1901\nleg. K. Muster", "country")
    assert got is not None and got[0] == country and "historical_name" in got[2]


@pytest.mark.parametrize(
    "name",
    ["Guinée espagnole", "Inde portugaise", "Somalie italienne", "Guinea gallica"],
)
def test_an_adjective_the_tables_do_not_hold_makes_a_judgement(name: str) -> None:
    got = reading(f"{name}\nProbeville, savane\n3.4.1911\nA. Exempel", "country")
    assert got is not None and got[1] < 0.9 and "country_judged" in got[2]


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Guinée", "Guinea"),
        ("Guyane", "French Guiana"),
        ("Congo belge", "Congo, The Democratic Republic of the"),
    ],
)
def test_the_name_alone_or_held_whole_stays(name: str, country: str) -> None:
    got = reading(f"{name}\nSampleville\n1901\nK. Muster", "country")
    assert got is not None and got[0] == country and got[1] >= 0.9
