"""Countries and provinces: the Russian Empire's governorates by the town they are named after
("Gub. Kazan", "Gouv. Petersburg") and by their Latin adjectives ("Prov. Moscoviensis"), and
Ukraine's oblasts as Ukrainian labels name them ("Київська обл."). Invented strings in the shapes
labels use."""

from __future__ import annotations

import pytest

from pipelines.fields.geo import country_names, name_key
from tests.pipelines.fields.parsed import values

SHEETS = [
    (
        "Gub. Kazan, distr. Sampleski, in pratis.\n12 июня 1901\nleg. I. Primerov",
        "RU",
        "Gub. Kazan",
    ),
    (
        "Ingermanland, Gouv. Petersburg, Sample, in silvis.\n12.VI.1901\nleg. K. Muster",
        "RU",
        "Gouv. Petersburg",
    ),
    (
        "Prov. Moscoviensis, distr. Sampleski, in paludosis.\n12/24 V 1899\nleg. K. Muster",
        "RU",
        "Prov. Moscoviensis",
    ),
    (
        "Україна, Київська обл., с. Приклади, луки.\n12 червня 1970\nleg. I. Prykladenko",
        "UA",
        "Київська обл.",
    ),
]


@pytest.mark.parametrize(("text", "code", "province"), SHEETS)
def test_sheet(text: str, code: str, province: str) -> None:
    got = values(text)
    assert got.get("countryCode") == code
    assert got.get("stateProvince") == province


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Gub. Casanensis", "RU"),
        ("Gubernia Mosquensis", "RU"),
        ("Gouv. Kasan", "RU"),
        ("Prov. Kioviensis", "UA"),
        ("Gub. Olonez", "RU"),
        ("Львівська область", "UA"),
    ],
)
def test_names(name: str, code: str) -> None:
    entry = country_names().get(name_key(name))
    assert entry is not None and entry.code == code


def test_a_latin_adjective_alone_names_no_province() -> None:
    # "Moscoviensis" alone is an epithet as often ("Carex moscoviensis")
    assert name_key("Moscoviensis") not in country_names()
