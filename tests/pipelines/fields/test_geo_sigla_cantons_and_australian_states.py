"""Mediterranean and southern sheets: a subdivision printed as its ISO code, an Italian province's
sigla or a French département's number in brackets after a town ("Abetone (PT)", "Gavarnie
(65)"), a Swiss canton's code opening a line ("VS: Zermatt"); the number in brackets after the
name itself ("Hautes-Pyrénées (65):"); the type words "Cant." and "Vil."; Australian states'
initials on a sheet an Australian herbarium's or city's name says is Australian ("S.A.", "W.A."
under "... ADELAIDE"), "Q'LAND". Invented strings."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import value

_TAIL = "\nExempla alpina Beispiel\nleg. J. Beispiel 412, 12.VI.1935"


@pytest.mark.parametrize(
    ("head", "state"),
    [
        ("FRANCE\nHautes-Pyrénées (65): Gavarnie, éboulis calcaires", "Hautes-Pyrénées"),
        ("FRANCE\nGavarnie (65), éboulis calcaires", "Hautes-Pyrénées"),
        ("ITALIA\nAbetone (PT), faggeta, 1400 m", "Pistoia"),
        ("SUISSE\nVS: Saas-Fee, moraine 1900 m", "Valais"),
        ("Suisse, Cant. Valais: Zermatt, pelouses alpines", "Valais"),
        ("TURKEY\nVil. Konya: Sultan Dag, steppe, 1500 m", "Konya"),
        ("STATE HERBARIUM OF SOUTH AUSTRALIA, ADELAIDE\nS.A.: Flinders Ranges", "South Australia"),
        ("WESTERN AUSTRALIAN HERBARIUM\nW.A.: Stirling Range, Bluff Knoll", "Western Australia"),
        ("Q'LAND: Mt. Sampleton, 12 mi N of Exampleton", "Queensland"),
    ],
)
def test_state(head: str, state: str) -> None:
    assert value(head + _TAIL, "stateProvince") == state


@pytest.mark.parametrize(
    "head",
    [
        # a sigla of no province, a herbarium's code in brackets on an institution's line
        "ITALIA\nSampleton (XX), faggeta",
        # S.A. on a sheet that says nothing of Australia: South Africa or America as often
        "S.A.: Sampleton Ranges",
    ],
)
def test_no_state(head: str) -> None:
    assert value(head + _TAIL, "stateProvince") is None
