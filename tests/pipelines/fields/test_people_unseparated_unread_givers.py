"""Two collectors' names with no separator between them ("K. Muster J. Beispiel 1234"), a
transcriber's marker of an unread word before a surname ("coll. [illegible] Musterling"), a
giver's key that holds a sender's ("Dono dedit K. Muster"), and an exsiccata's number, which is
the series', not the collector's. Invented strings."""

from __future__ import annotations

import pytest

from pipelines.fields.people.persons import split_people
from tests.pipelines.fields.parsed import reading, value, values


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("K. Muster J. Muestra", ["K. Muster", "J. Muestra"]),
        ("K. MUSTER J. BEISPIEL", ["K. MUSTER", "J. BEISPIEL"]),
        ("K. Muster J. Beispiel A. Exempel", ["K. Muster", "J. Beispiel", "A. Exempel"]),
        ("A. Exempel, K. Muster J. Beispiel", ["A. Exempel", "K. Muster", "J. Beispiel"]),
        # a given name before the initials: one person
        ("Anna K. Muster", ["Anna K. Muster"]),
        # a surname before initials and a surname: as before, one name
        ("Muster J. Beispiel", ["Muster J. Beispiel"]),
    ],
)
def test_names_without_a_separator(text: str, people: list[str]) -> None:
    assert split_people(text) == people


@pytest.mark.parametrize(
    ("text", "who", "number"),
    [
        (
            "FLORA OF EXAMPLIA\nIringa District, Sampleton, 1800 m\nK. Muster J. Muestra 1234\n"
            "12 March 1962",
            "K. Muster | J. Muestra",
            "1234",
        ),
        (
            "HERB. MUS. BOT. BEROL.\nKreta: Distr. Chania, Omalos\nleg. K. MUSTER J. BEISPIEL\n"
            "14.5.1978",
            "K. MUSTER | J. BEISPIEL",
            None,
        ),
        (
            "Flora\nKenya: Sampleton Hills\nColl. K. Muster J. Beispiel 45\n14-IV-1960",
            "K. Muster | J. Beispiel",
            "45",
        ),
        # a lone capital and a word after the name ("St. Exampleton") is no second person; a
        # letter and a number is no name
        ("Flora\nKenya: Sampleton Hills\nJ. Muster B. 1234\n3 Jan 1970", "J. Muster", None),
    ],
)
def test_two_collectors_without_a_separator(text: str, who: str, number: str | None) -> None:
    got = values(text)
    assert got.get("recordedBy") == who
    if number is not None:
        assert got.get("recordNumber") == number


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Nepal: Exampla valley, 3400 m\ncoll. [illegible] Musterling 455\n2 Aug 1954",
            "Musterling",
        ),
        ("Nepal: Exampla valley, 3400 m\nLeg. [illeg.] Musterling\n2 Aug 1954", "Musterling"),
        ("Hispania: Prov. Granada, Sierra Nevada\nleg. [?] Mustermann\nVII.1902", "Mustermann"),
        ("Hispania: Prov. Granada, Sierra Nevada\nleg. ? Mustermann\nVII.1902", "Mustermann"),
        ("Exampla: Sampleberg\nleg. (unleserlich) Musterling\n12.6.1901", "Musterling"),
    ],
)
def test_unread_word_before_a_surname_is_doubted(text: str, who: str) -> None:
    got = reading(text, "recordedBy")
    assert got is not None
    assert got[0] == who
    assert got[1] < 0.9


@pytest.mark.parametrize(
    "text",
    [
        "Herbarium Hookerianum\nDono dedit K. Muster\nIndia orientalis: Khasia\n1850",
        "Herbarium Exemplianum\nDono ded. K. Muster\nIndia orientalis: Khasia\n1850",
        "Herbarium Exemplianum\nDonavit K. Muster\nIndia orientalis: Khasia\n1850",
        "Presented by Miss K. Muster\nRhodesia: Salisbury\n10.xi.1931",
    ],
)
def test_a_giver_is_no_collector(text: str) -> None:
    assert value(text) is None


def test_a_giver_beside_the_collector() -> None:
    text = "BRITISH MUSEUM (NATURAL HISTORY)\nPresented by Miss K. Muster\nRhodesia: Salisbury\nColl. A. Exempel 77\n10.xi.1931"
    assert value(text) == "A. Exempel"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # the series' number alone: none kept
        (
            "PLANTAE EXEMPLENSES EXSICCATAE\nNo. 412\nExampla sampleana Boiss.\n"
            "Graecia: Mons Exemplus\nleg. J. Beispiel\nVI.1905",
            None,
        ),
        (
            "LICHENES EXEMPLI EXSICCATI\nNo. 67. Exampla ornata (Ach.) Muster\nOn rocks, Sampleton\n"
            "leg. K. Muster\n1951",
            None,
        ),
        # the collector's own number beside the series': his, sure
        (
            "FLORA EXSICCATA EXEMPLICA\nNo. 2345. Exampla minor L.\nExemplia inferior: in pratis\n"
            "leg. K. Muster 88\nJun. 1890",
            "88",
        ),
    ],
)
def test_an_exsiccatas_number_is_the_series(text: str, number: str | None) -> None:
    got = reading(text, "recordNumber")
    if number is None:
        assert got is None
    else:
        assert got is not None and got[0] == number and got[1] >= 0.9


def test_a_journeys_number_stays_doubted() -> None:
    got = reading(
        "ITER EXEMPLICUM 1890\nNo. 234\nExampla minor L.\nSampleton, in rupibus\nleg. K. Muster",
        "recordNumber",
    )
    assert got is not None and got[0] == "234" and got[1] < 0.9


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # one capital before the figures: the number's prefix as printed, doubted
        ("Flora of Ceylon\nKandy District\nJ. MUSTER B. 1234\n3 Jan 1970", "B. 1234"),
        ("Flora of Ceylon\nKandy District\nleg. J. Muster B. 1234\n3 Jan 1970", "B. 1234"),
        ("Flora of Ceylon\nKandy District\nColl. K. Beispiel A 234\n3 Jan 1970", "A 234"),
    ],
)
def test_a_letter_before_the_number(text: str, number: str) -> None:
    got = reading(text, "recordNumber")
    assert got is not None and got[0] == number and got[1] < 0.9


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            "SARAWAK FOREST DEPARTMENT\nBaram, Exampla ridge\nColl. K. Muster S. 12345\n3 May 1960",
            "S. 12345",
        ),
        ("Flora of Exampla\nSampleton\nK. Muster C.P. 1234\n12.3.1950", "1234"),
    ],
)
def test_series_and_initials_before_the_number_as_before(text: str, number: str) -> None:
    assert value(text, "recordNumber") == number


@pytest.mark.parametrize(
    ("text", "who", "number"),
    [
        ("FLORA OF UGANDA\nToro: Sampleton, 3000 m\nMUSTER No. 4056\n20/5/1939", "MUSTER", "4056"),
        ("FLORA OF UGANDA\nToro: Sampleton, 3000 m\nMUSTER No. 4O56\n20/5/1939", "MUSTER", "4056"),
        ("FLORA OF NIGERIA\nJos, Sampleton\nMuster no. 1234\n14.2.1948", "Muster", "1234"),
    ],
)
def test_a_surname_and_its_keyed_number(text: str, who: str, number: str) -> None:
    got = reading(text, "recordedBy")
    assert got is not None and got[0] == who and got[1] < 0.9
    assert value(text, "recordNumber") == number


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("K. Muster, M. Exempel y Mostra", ["K. Muster", "M. Exempel y Mostra"]),
        ("M. Exempel i Mostra & K. Muster", ["M. Exempel i Mostra", "K. Muster"]),
        ("J. Muster Beispiel & M. Exempel i Mostra", ["J. Muster Beispiel", "M. Exempel i Mostra"]),
        # a second name with initials after the joiner: two people
        ("K. Muster & J. Beispiel e A. Exempel", ["K. Muster", "J. Beispiel", "A. Exempel"]),
    ],
)
def test_a_double_surname_inside_a_list(text: str, people: list[str]) -> None:
    assert split_people(text) == people


def test_a_herbariums_barcode_on_its_own_label_is_no_field_number() -> None:
    text = (
        "PLANTAE EXEMPLI EXSICCATAE\nNo. 123. Exampla fennica Muster\nAb: Sampleby, in prato.\n"
        "12.VI.1905 A. Exempel\n\nH123456"
    )
    assert value(text, "recordNumber") is None


@pytest.mark.parametrize("key", ["Leg.", "Coll."])
def test_the_collectors_keyed_number_on_an_exsiccata(key: str) -> None:
    text = (
        "LICHENES EXEMPLI EXSICCATI\nFasc. 4. No. 156\nExamplaria sampleana\nad saxa, Sampleberg\n"
        f"{key} K. Muster (No. 77)\n1932"
    )
    assert value(text, "recordNumber") == "77"
