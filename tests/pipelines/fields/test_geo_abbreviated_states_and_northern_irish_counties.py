"""A multi-word state with one word cut short ("Baja Calif. Sur") named as the state, over a
header's larger land whose name opens it ("PLANTS OF BAJA CALIFORNIA"); "IRELAND" over a county
of Northern Ireland ("Co. Down"): the United Kingdom, doubted; a state's abbreviation in capitals
after a word of another language ("EXEMPLA KÜLA LA") is no state. Invented strings."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import field, value

_BAJA = (
    "PLANTS OF BAJA CALIFORNIA\nMexico: Baja Calif. Sur: Mpio. La Paz, 12 km S of Sampleton.\n"
    "Fouquieria exempla Beispiel\nJ. Beispiel 4412   14 Mar 1977"
)


def test_the_narrower_state_over_the_header_s_larger_land() -> None:
    got = field(_BAJA, "stateProvince")
    assert got is not None and got.value == "Baja California Sur"
    assert "several_states" not in got.flags


@pytest.mark.parametrize("county", ["Co. Down", "Co. Antrim", "Co. Fermanagh", "CO. TYRONE"])
def test_ireland_over_a_northern_irish_county(county: str) -> None:
    text = f"IRELAND\n{county}: Sampleton Lough, shore.\nJuncus exemplaris L.\nK. Muster 301 10 July 1935"
    got = field(text, "country")
    code = field(text, "countryCode")
    assert got is not None and got.value == "United Kingdom" and got.confidence < 0.9
    assert code is not None and code.value == "GB"


def test_ireland_over_a_county_of_the_republic() -> None:
    text = "IRELAND\nCo. Cork: Sampleton, woods\nK. Muster 55, 2 June 1931"
    assert value(text, "countryCode") == "IE"


@pytest.mark.parametrize("line", ["EXEMPLA KÜLA LA", "SAMPLETONI VALD, ÄKSI LA"])
def test_no_state_after_a_word_of_another_language(line: str) -> None:
    text = f"Cladonia exempla Ach.\n{line}\nleg. K. Muster 12.VIII.1968"
    assert value(text, "stateProvince") is None
    assert value(text, "countryCode") != "US"
