"""The people of Field Museum, Latin American, Baltic, Russian and Nordic sheets, and leftovers of
an earlier round: the sender an acquisition's label names ("Communicated by Miss K. Muster,
1894."), a surname in capitals and its number alone on a line ("MUSTER 1234"), a distributed
series naming its collectors ("HERB. IND. OR. HOOK. FIL. & THOMSON."), the number keyed "Nº"
under a collector's name, "Korj.", "Опред.". Invented strings."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import field, value

_PLACE = "Exampla major Muster\nSampleton Hills, Exempla Province\n"


def test_acquisition_sender_offered_below_sure() -> None:
    text = _PLACE + "12 May 1890\n\nCommunicated by Miss K. Muster, 1894."
    got = field(text, "recordedBy")
    assert got is not None
    assert got.value == "Miss K. Muster"
    assert got.confidence < 0.9


def test_acquisition_sender_never_over_a_keyed_collector() -> None:
    text = _PLACE + "leg. J. Beispiel\n12 May 1890\n\nCommunicated by Miss K. Muster, 1894."
    assert value(text) == "J. Beispiel"


SURNAME_NUMBER = [
    (_PLACE + "12 Mar 1965\nMUSTER 1234", "MUSTER", "1234"),
    (_PLACE + "12 Mar 1965\nBEISPIEL-EXEMPEL 567", "BEISPIEL-EXEMPEL", "567"),
    # an institution's code and its number, no person's
    (_PLACE + "12 Mar 1965\nMEXU 1234", None, None),
    # no vowel: a code, no surname
    (_PLACE + "12 Mar 1965\nBRKT 1234", None, None),
]


@pytest.mark.parametrize(("text", "who", "number"), SURNAME_NUMBER)
def test_surname_in_capitals_and_number(text: str, who: str | None, number: str | None) -> None:
    got = field(text, "recordedBy")
    assert (got.value if got else None) == who
    assert value(text, "recordNumber") == number
    if got is not None:
        assert got.confidence < 0.9


SERIES = [
    ("HERB. IND. OR. HOOK. FIL. & THOMSON.", "HOOK. FIL. | THOMSON"),
    ("Herb. Ind. Or. Hook. fil. & Thomson.", "Hook. fil. | Thomson"),
    ("Herb. Fl. Exempl. K. Muster & J. Beispiel", "K. Muster | J. Beispiel"),
    ("HERB. HORT. BOT. EXEMPL.", None),
]


@pytest.mark.parametrize(("header", "who"), SERIES)
def test_series_header_names_its_collectors(header: str, who: str | None) -> None:
    text = header + "\n\n" + _PLACE + "12 May 1850"
    got = field(text, "recordedBy")
    assert (got.value if got else None) == who
    if got is not None:
        assert got.confidence < 0.9


NUMBERS_BELOW = [
    ("Colector: K. Muster\nNº 345\n15 de marzo de 1985", "345"),
    ("Colectores: K. Muster, J. Beispiel y A. Exempel\nNº 9876\n17-VIII-1983", "9876"),
    ("Coletor: K. Muster\nn.º 77\n12/V/1965", "77"),
]


@pytest.mark.parametrize(("lines", "number"), NUMBERS_BELOW)
def test_ordinal_key_under_collector(lines: str, number: str) -> None:
    assert value(_PLACE + lines, "recordNumber") == number


KEYS = [
    ("Korj. K. Muster\n15.6.1932", "recordedBy", "K. Muster"),
    ("korj. K. Muster\n15.6.1932", "recordedBy", "K. Muster"),
    ("leg. K. Muster\n12.VI.1951\nОпред. Й. Бейшпиль", "identifiedBy", "Y. Beyshpil"),
]


@pytest.mark.parametrize(("lines", "term", "who"), KEYS)
def test_baltic_and_russian_keys(lines: str, term: str, who: str) -> None:
    assert value(_PLACE + lines, term) == who


def test_capital_and_joins_two_collectors() -> None:
    text = _PLACE + "COLLECTED BY K. MUSTER AND J. BEISPIEL\nNO. 1234\nFEB. 10, 1941"
    assert value(text) == "K. MUSTER | J. BEISPIEL"
    assert value(text, "recordNumber") == "1234"
    text = _PLACE + "K. MUSTER AND J. BEISPIEL 345\nFEB. 10, 1941"
    assert value(text) == "K. MUSTER | J. BEISPIEL"
    # a place's "AND" before no name stays the place's
    text = "SAMPLETON AND EXAMPLA ROAD\nK. MUSTER 345\nFEB. 10, 1941"
    assert value(text) == "K. MUSTER"


MISREAD_BELOW = [
    ("COLLECTED BY K. MUSTER\nNO. l234\nFEB. 10, 1941", "1234"),
    ("Col. K. Muster\nNº 12O4\n5 ago 1985", "1204"),
    # a year however misread is none
    ("Col. K. Muster\nNo. l9l2\n5 ago 1985", None),
]


@pytest.mark.parametrize(("lines", "number"), MISREAD_BELOW)
def test_keyed_number_misread_below_doubted(lines: str, number: str | None) -> None:
    got = field(_PLACE + lines, "recordNumber")
    assert (got.value if got else None) == number
    if got is not None:
        assert got.confidence < 0.9


GENITIVE = [
    ("Сбор К. Мустера", "K. Muster"),
    ("Сбор И. Петровой", "I. Petrova"),
    ("Сбор Ивана Бейшпиля", "Ivan Beyshpil"),
    ("СБОР К. МУСТЕРА", "K. MUSTER"),
    ("Сбор А. Примерского", "A. Primerskiy"),
    # after a colon the name is in the nominative
    ("Сбор: Петрова П.", "Petrova P."),
]


@pytest.mark.parametrize(("line", "who"), GENITIVE)
def test_gathering_of_in_genitive(line: str, who: str) -> None:
    assert value("Алтай, Пример\n" + line + "\n1965") == who


def test_name_with_n_for_u_doubted() -> None:
    text = _PLACE + "Leg. J. Beispiel 12.6.1921\n\nDet: K. Mnster 1975"
    got = field(text, "identifiedBy")
    assert got is not None and got.value == "K. Mnster" and got.confidence < 0.9
    got = field(_PLACE + "Leg. J. Muster 12.6.1921", "recordedBy")
    assert got is not None and got.confidence >= 0.9


def test_ordinal_key_under_a_name_doubted() -> None:
    got = field(_PLACE + "Colector: K. Muster\nNº 345\n15 de marzo de 1985", "recordNumber")
    assert got is not None and got.value == "345" and got.confidence < 0.9
    got = field(_PLACE + "Colector: K. Muster\nN° 345\n15 de marzo de 1985", "recordNumber")
    assert got is not None and got.value == "345" and got.confidence >= 0.9


SEMICOLONS = [
    ("Collectors: K. Muster; J. Beispiel\nNo. 678\nJuly 7, 1942", "K. Muster | J. Beispiel"),
    ("K. Muster; J. Beispiel 678\nJuly 7, 1942", "K. Muster | J. Beispiel"),
    ("Leg. K. Muster; 12.VI.1950", "K. Muster"),
    ("Leg. K. Muster; Det. J. Beispiel\n12.VI.1950", "K. Muster"),
]


@pytest.mark.parametrize(("lines", "who"), SEMICOLONS)
def test_semicolon_between_collectors(lines: str, who: str) -> None:
    assert value(_PLACE + lines) == who


_COLLECTED = "Exampla major Muster\nSampleton Hills, Exempla Province\nK. Muster 9912\n17 Nov 1981"

SIGNED_WITH_HERBARIUM = [
    ("Rev. J. Beispiel (F) 2001", "J. Beispiel"),
    ("Rev. J. Beispiel 2001 (F)", "J. Beispiel"),
    ("Exampla minor L.\nRev. J. Beispiel 2001 (F)", "J. Beispiel"),
    ("Exampla minor L.\nJ. Beispiel (MO), 2001", "J. Beispiel"),
]


@pytest.mark.parametrize(("slip", "who"), SIGNED_WITH_HERBARIUM)
def test_slip_signer_with_herbarium_code(slip: str, who: str) -> None:
    text = _COLLECTED + "\n\n" + slip
    assert value(text, "identifiedBy") == who
    assert value(text) == "K. Muster"


def test_former_collection_with_stop_after_ex() -> None:
    text = "TEX: Exampla Co.\nSampleton\nV-3-1962\n\nEx. coll. K. Muster"
    assert value(text) is None


def test_semicolon_between_surnames_first() -> None:
    text = _PLACE + "Leg.: Muster, K.; Beispiel, J.\n1.II.1965"
    assert value(text) == "Muster, K. | Beispiel, J."


@pytest.mark.parametrize("line", ["KOG K. MUSTER", "Kog K. Muster"])
def test_estonian_key_without_its_stop(line: str) -> None:
    got = value("EESTI, Tartumaa, Exampla\n" + line + "\n1.07.1955")
    assert got is not None and got.upper() == "K. MUSTER"


LATIN_KEYS = [
    ("Colec. K. Muster 8899\n12-VI-1980", "K. Muster", "8899"),
    ("Coleta: K. Muster et al. 5566\n12/VIII/1994", "K. Muster", "5566"),
    # the key's noun in a form's caption is no collector's key
    ("Local de coleta: Fazenda Exampla\nColetor: K. Muster\n12/VIII/1994", "K. Muster", None),
    ("Lugar de colecta: Finca Exampla\n12 may 1970\nColector: K. Muster", "K. Muster", None),
]


@pytest.mark.parametrize(("lines", "who", "number"), LATIN_KEYS)
def test_latin_american_keys(lines: str, who: str, number: str | None) -> None:
    text = "Exampla major Muster\nBrasil. Estado de Exempla\n" + lines
    assert value(text) == who
    assert value(text, "recordNumber") == number


def test_sent_by_keys_the_sender() -> None:
    text = "Exampla minor L.\nSampleton River, Exempla.\nSent by K. Muster, Esq.\n1885"
    assert value(text) == "K. Muster"
    got = field(text, "recordedBy")
    assert got is not None and got.evidence.rule == "collector.sender"
    # a keyed collector outranks the sender
    text = "Exampla minor L.\nSampleton River.\nleg. J. Beispiel\nSent by K. Muster, Esq.\n1885"
    assert value(text) == "J. Beispiel"


IN_LINE = [
    ("Sampleton, 3000 m, K. Muster 512, 4 May 1958", "K. Muster", "512"),
    ("Peru, Sampleton, K. Muster 12", "K. Muster", "12"),
    ("Peru: Sampleton, K. Muster 12, 1948", "K. Muster", "12"),
    # a distance after the number, a road's number: no collector
    ("Sampleton, K. Muster 12 km N\n5 May 1950", None, None),
    ("Sampleton, Route 12\n5 May 1950", None, None),
]


@pytest.mark.parametrize(("line", "who", "number"), IN_LINE)
def test_name_and_number_closing_a_line(line: str, who: str | None, number: str | None) -> None:
    text = "Exampla typica Muster\n" + line
    assert value(text) == who
    assert value(text, "recordNumber") == number


THOUSANDS_STOP = [
    ("J. Beispiel 12.345\n25-II-1980", "12345"),
    ("J. Beispiel 12.345, 25-II-1980", "12345"),
    # a height with its stop between the thousands, a year: no number
    ("J. Beispiel 2.345 m\n25-II-1980", None),
    ("J. Beispiel 1.980\n25-II-1980", None),
]


@pytest.mark.parametrize(("lines", "number"), THOUSANDS_STOP)
def test_number_with_a_stop_between_thousands(lines: str, number: str | None) -> None:
    assert (
        value("Exampla major Muster\nVenezuela. Edo. Exempla\n" + lines, "recordNumber") == number
    )
