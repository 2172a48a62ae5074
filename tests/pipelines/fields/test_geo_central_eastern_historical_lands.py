"""Countries: the historical lands of Central and Eastern Europe and Central Asia as German,
Latin and local labels name them, each to today's country, or to none where it is split
(historical_countries.csv). Invented strings in the shapes labels use."""

from __future__ import annotations

import pytest

from pipelines.fields.geo import country_names, name_key
from tests.pipelines.fields.parsed import field, values


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Kurlandia", "LV"),
        ("Kranjska", "SI"),
        ("Bosnien", "BA"),
        ("Herzegowina", "BA"),
        ("Slawonien", "HR"),
        ("Walachei", "RO"),
        ("Samogitia", "LT"),
        ("Daghestan", "RU"),
        ("Grusien", "GE"),
        ("Czernagora", "ME"),
        ("Podolien", "UA"),
        ("Zips", "SK"),
        # split between today's countries: none
        ("Bessarabien", ""),
        ("Transkaukasien", ""),
        ("Turkestan", ""),
    ],
)
def test_name(name: str, code: str) -> None:
    entry = country_names().get(name_key(name))
    assert entry is not None and entry.code == code


@pytest.mark.parametrize(
    ("text", "code", "sure"),
    [
        ("Caucasus: Daghestan, in alpinis montis Sample.\nVII.1898\nleg. K. Muster", "RU", True),
        ("Walachei: bei Sampleşti, in Wäldern.\n1O.V.1880\nleg. A. Exempel", "RO", True),
        # mostly, not wholly, in today's country: below 0.9
        ("Podolien: bei Sampleczyn, Steppenhang.\n12. 5. 1910\nleg. J. Beispiel", "UA", False),
        ("Zips: Sample-Tal bei Exempelmark.\n12. VII. 1890\nleg. J. Beispiel", "SK", False),
    ],
)
def test_sheet(text: str, code: str, sure: bool) -> None:
    got = field(text, "countryCode")
    assert got is not None and got.value == code
    assert (got.confidence >= 0.9) == sure


def test_a_split_land_gives_no_country() -> None:
    text = "Turkestan: in montibus Sample-tau, 2500 m.\n12/VI 1910\nleg. J. Beispiel"
    assert values(text).get("countryCode") is None


def test_salzburg_is_austria_s_land() -> None:
    got = values("SALZBURG: UNTERSBERG BEI MUSTERDORF, 1600 M.\n12. VII. 1902\nLEG. K. MUSTER")
    assert got.get("countryCode") == "AT" and got.get("stateProvince") == "Salzburg"
