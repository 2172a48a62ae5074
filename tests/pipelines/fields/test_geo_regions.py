"""Higher geography from the regions of the Russian Empire and the Soviet Union, the Baltic
provinces, Prussia's provinces, and what must not give a country (an institution's header, a
determiner's institution, a region split between today's countries). Every label is invented."""

from __future__ import annotations

import pytest

from models.fields import FieldCandidate
from pipelines.fields import labels_from_text, parse_fields
from pipelines.fields.geo import russian_region_names, transliterations


def fields(text: str) -> dict[str, FieldCandidate]:
    return parse_fields(labels_from_text(text))


# (label, country, code, stateProvince): a Russian region's adjective and type word, in Cyrillic
# or in Latin letters; the stateProvince as printed, the country today's
RUSSIAN_REGIONS = [
    (
        "Ленинградская обл., Примерский р-н\nокр. дер. Примерово, сосновый лес\nсобр. И. Иванов",
        "Russia",
        "RU",
        "Ленинградская обл.",
    ),
    ("Московская область, окр. Примерска\n12.VI.1960", "Russia", "RU", "Московская область"),
    ("Leningradskaya obl., Primersky r-n\nleg. I. Ivanov", "Russia", "RU", "Leningradskaya obl."),
    ("Pskovskaja gub., prope Primerovo\nleg. K. Muster", "Russia", "RU", "Pskovskaja gub."),
    ("Петербургская губ., Примерский у.\nлуг\n1899", "Russia", "RU", "Петербургская губ."),
    ("Краснодарский край, окр. Примерной\n1975", "Russia", "RU", "Краснодарский край"),
    ("Минская обл., окр. Примерово\n1971", "Belarus", "BY", "Минская обл."),
    ("Львовская обл., окр. Примерова\n1965", "Ukraine", "UA", "Львовская обл."),
    ("Курляндская губ., окр. Примерсгофа\n1890", "Latvia", "LV", "Курляндская губ."),
]


@pytest.mark.parametrize(("text", "country", "code", "state"), RUSSIAN_REGIONS)
def test_russian_regions(text: str, country: str, code: str, state: str) -> None:
    got = fields(text)
    assert got["country"].value == country
    assert got["countryCode"].value == code
    assert got["stateProvince"].value == state


# (label, country, code): a Soviet republic gives today's country, flagged historical_name, and
# no stateProvince
SOVIET_REPUBLICS = [
    ("Эстонская ССР, Примерский р-н\nберег реки", "Estonia", "EE"),
    ("Латвийская ССР, Примерский р-н\nлес у оз. Примерное", "Latvia", "LV"),
    ("Литовская ССР, окр. Примеряй", "Lithuania", "LT"),
    ("Latvijskaja SSR, prope Primery", "Latvia", "LV"),
    ("Карельская АССР, окр. Примерного", "Russia", "RU"),
]


@pytest.mark.parametrize(("text", "country", "code"), SOVIET_REPUBLICS)
def test_soviet_republics(text: str, country: str, code: str) -> None:
    got = fields(text)
    assert (got["country"].value, got["countryCode"].value) == (country, code)
    assert "historical_name" in got["country"].flags
    assert "stateProvince" not in got


# a region split between today's countries gives no country: the Livonian governorate (Estonia and
# Latvia), East Prussia (Poland and Russia), Vilna's governorate (Lithuania and Belarus), Tyrol
SPLIT = [
    "Livland, bei Dorpat\nin Wäldern\nleg. K. Muster",
    "Лифляндская губ., окр. Примерного",
    "Ostpreußen: Kreis Sampelburg\nleg. K. Muster",
    "Виленская губ., окр. Примерок",
    "Tirol: Sampeljoch\nleg. K. Muster",
    "Kaukasus: Sampeltal\nleg. K. Muster",
]


@pytest.mark.parametrize("text", SPLIT)
def test_split_regions_give_no_country(text: str) -> None:
    assert "country" not in fields(text)


# (label, code): a historical name only mostly in today's country: the country, flagged as a
# judgement, below 0.9
JUDGED = [
    ("Flora von Schlesien\nSampeldorf bei Sampelstadt\nleg. H. Beispiel", "PL"),
    ("Westpreussen: Sampelwalde\nleg. K. Muster", "PL"),
    ("Deutsch-Ostafrika\nSampelberge, 900 m\nleg. K. Beispiel 1234", "TZ"),
    ("U.R.S.S.: prope Primerovo\nleg. K. Muster", "RU"),
]


@pytest.mark.parametrize(("text", "code"), JUDGED)
def test_judged_countries_stay_below_accepting(text: str, code: str) -> None:
    got = fields(text)
    assert got["countryCode"].value == code
    assert "country_judged" in got["country"].flags
    assert got["country"].confidence < 0.9


# (label, country, code): a historical name wholly in one of today's countries, the English name
WHOLE = [
    ("Estland, bei Sampel\nam Strande", "Estonia", "EE"),
    ("Eesti, Tartumaa, Näidise khk.\nniidul", "Estonia", "EE"),
    ("Harjumaa, Näidise khk., Näidisküla\nkuivas männikus", "Estonia", "EE"),
    ("Kurland, Sampelhof\nDünen", "Latvia", "LV"),
    ("Posen: Sampelwo\nleg. K. Muster", "Poland", "PL"),
    ("Böhmen: Sampelberg\nleg. J. Musterka", "Czechia", "CZ"),
    ("Mark Brandenburg\nKreis Sampel: Sampelsee, Ufer", "Germany", "DE"),
]


@pytest.mark.parametrize(("text", "country", "code"), WHOLE)
def test_historical_names_whole_in_one_country(text: str, country: str, code: str) -> None:
    got = fields(text)
    assert (got["country"].value, got["countryCode"].value) == (country, code)
    assert "country_judged" not in got["country"].flags


# an institution's name or a determiner's says nothing of where the specimen grew
NOT_THE_SPECIMENS = [
    "Det. J. Beispiel, Royal Botanic Garden Edinburgh, 1978\nSample Wood, Sampletown\n1960",
    "FIELD MUSEUM OF NATURAL HISTORY, CHICAGO, ILLINOIS\nSample Wood\nK. Muster 12",
    "ROYAL BOTANIC GARDEN EDINBURGH\nE00123456\nSample Wood near Sampletown",
]


@pytest.mark.parametrize("text", NOT_THE_SPECIMENS)
def test_institutions_give_no_country(text: str) -> None:
    got = fields(text)
    assert "country" not in got or got["country"].confidence < 0.9


def test_transliterations() -> None:
    assert transliterations("Ленинградская") == ["Leningradskaya", "Leningradskaja"]
    assert transliterations("Харьковская") == ["Kharkovskaya", "Charkovskaja"]
    names = russian_region_names()
    assert names["ленинградская обл."].code == "RU"
    assert names["leningradskaja oblast"].printed_province
    assert not names["эстонская сср"].printed_province
