"""Country names in the languages of Central, Eastern and Northern European labels, from
pycountry's catalogues: Czech, Polish, Hungarian, Swedish, Finnish, Estonian, Latvian, Serbian,
Bulgarian, Russian in Cyrillic and in both transliterations ("Germaniya", "Germanija")."""

from __future__ import annotations

import pytest

from pipelines.fields.geo import country_names, name_key
from tests.pipelines.fields.parsed import values


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Německo", "DE"),
        ("Maďarsko", "HU"),
        ("Niemcy", "DE"),
        ("Węgry", "HU"),
        ("Lengyelország", "PL"),
        ("Oroszország", "RU"),
        ("Ryssland", "RU"),
        ("Venäjä", "RU"),
        ("Viro", "EE"),
        ("Soome", "FI"),
        ("Krievija", "RU"),
        ("Србија", "RS"),
        ("България", "BG"),
        ("Германия", "DE"),
        ("Germaniya", "DE"),
        ("Germanija", "DE"),
        ("Chekhiya", "CZ"),
        ("Chechija", "CZ"),
        ("Shvetsiya", "SE"),
        ("Finlyandiya", "FI"),
        ("Vengriya", "HU"),
        ("Polsha", "PL"),
    ],
)
def test_name(name: str, code: str) -> None:
    entry = country_names().get(name_key(name))
    assert entry is not None and entry.code == code


def test_a_transliterated_name_gives_the_english_name() -> None:
    got = values("VENGRIYA, okr. Sampledorf, lug.\n12.VI.1975\nleg. I. Primerov")
    assert got.get("country") == "Hungary" and got.get("countryCode") == "HU"
