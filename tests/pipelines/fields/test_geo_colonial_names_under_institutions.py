"""Colonial and historical names of Africa and Asia as Kew, Edinburgh, BM and Brussels sheets print
them: a colony's name alone under the institution's ("... BRUXELLES / CONGO BELGE"), French
Indochina hyphenated ("INDO-CHINE FRANÇAISE / Annam"), French West Africa (no single country:
the colony under it decides), the Mandate's "PALESTINE" (a judgement, its subdivision no surer),
British India's provinces (Sind, Baluchistan); a collector's number before a month that no day
has ("A. Exempel 33  Oct 1902"). Invented strings."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import field, value

_TAIL = "\nExempla africana Beispiel\nA. Exempel 1234   12 Feb. 1954"


@pytest.mark.parametrize(
    ("head", "code"),
    [
        (
            "HERBARIUM DU JARDIN BOTANIQUE DE L'ÉTAT, BRUXELLES\nCONGO BELGE\n"
            "Kivu: Lac Kivu, forêt de montagne",
            "CD",
        ),
        ("INDO-CHINE FRANÇAISE\nAnnam: Massif du Lang-Bian, 1500 m", "VN"),
        ("AFRIQUE OCCIDENTALE FRANÇAISE\nHaute Volta: Bobo-Dioulasso, savane", "BF"),
        ("SIND: Karachi, sandy shore", "PK"),
        ("TANGANYIKA TERRITORY\nIringa District: Mufindi, forest edge", "TZ"),
        ("GOLD COAST: Ashanti, Kumasi, secondary forest", "GH"),
        ("N. RHODESIA: Abercorn distr., Kalambo Falls", "ZM"),
        ("BECHUANALAND PROTECTORATE\nNgamiland: near Maun", "BW"),
        ("CEYLON. Central Prov.: Hakgala, montane forest", "LK"),
        ("SIAM\nChiengmai: Doi Sutep, evergreen forest", "TH"),
        ("NEDERLANDSCH-INDIË\nJava: Tjibodas, 1500 m", "ID"),
    ],
)
def test_country(head: str, code: str) -> None:
    assert value(head + _TAIL, "countryCode") == code


def test_french_west_africa_alone_names_no_country() -> None:
    assert value("AFRIQUE OCCIDENTALE FRANÇAISE\nsavane boisée" + _TAIL, "countryCode") is None


def test_palestine_is_a_judgement() -> None:
    text = "PALESTINE\nJerusalem, stony slopes" + _TAIL
    got = field(text, "countryCode")
    assert got is not None and got.value == "PS" and "country_judged" in got.flags
    state = field(text, "stateProvince")
    assert state is None or "country_judged" in state.flags


def test_a_number_no_day_has_before_the_month() -> None:
    text = "BOMBAY PRES.: Mahableshwar, laterite\nExempla bombayensis\nA. Exempel 33  Oct 1902"
    assert value(text, "eventDate") == "1902-10"
    assert value(text, "recordNumber") == "33"
