"""The people of Asian, Himalayan, Mediterranean and Iberian sheets as European herbaria hold
them: ranks and titles before a name ("Lt.-Col. J. Beispiel"), Chinese names with a hyphenated
given name ("Chen Yu-lin", "Wang Qi-ming"), Italian particles ("A. di Exempel"); "R. Exampla" by the
date on a label in Spanish (Río Exampla as often); a sender on a former collection's label with
the specimen's data, or on a data label's line its view blanks as an acquisition's. Invented
strings."""

from __future__ import annotations

import pytest

from pipelines.fields import labels_from_text
from pipelines.fields.people import find_people
from pipelines.fields.roles import Role, views
from pipelines.fields.text import make_labels
from tests.pipelines.fields.parsed import reading, value

_INDIA = "FLORA OF INDIA\nExampla ornata Wall.\nKhasia Hills, Shillong, 1500 m.\n"


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # the ranks and titles stay in the name, as "Dr." and "Rev." do
        ("Exampla ornata Diels\nBurma: Chin Hills, 8000 ft.\nLt.-Col. J. Beispiel No. 321\n12.4.1938", "Lt.-Col. J. Beispiel"),
        ("Exampla ornata Diels\nBurma: Chin Hills, 8000 ft.\nLieut. Col. J. Beispiel 321\n12.4.1938", "Lieut. Col. J. Beispiel"),
        ("Exampla minor\nBaluchistan: Quetta\nColl. Maj. A. Exempel  14.v.1901", "Maj. A. Exempel"),
        ("Exampla ornata\nKashmir: Gulmarg\nColl. Hon. Mrs. A. Exempel No. 45\n2.vii.1921", "Hon. Mrs. A. Exempel"),
        ("Exampla ornata\nTonkin: Sampleville, 400 m.\nAbbé K. Muster n° 1234\n12 mars 1909", "Abbé K. Muster"),
        ("Exampla ornata\nSikkim: Lachen valley\nSir J. Beispiel\nSept. 1849", "Sir J. Beispiel"),
        # the titles in capitals, as labels printed in capitals give them
        ("FLORA OF CYPRUS\nExampla ornata\nTroodos\nCAPT. K. MUSTER 123\niv.1937", "CAPT. K. MUSTER"),
        ("PLANTS OF KASHMIR\nExampla minor\nSonamarg\nLT.-COL. J. BEISPIEL No. 45\n2.vii.1921", "LT.-COL. J. BEISPIEL"),
        ("PLANTS OF SIKKIM\nExampla minor\nGangtok\nColl. HON. MRS. A. EXEMPEL\n1.5.1920", "HON. MRS. A. EXEMPEL"),
        # a Chinese given name of two syllables joined by a hyphen, the second in small letters
        ("Exampla ornata\nKwangtung: Lo-fau Shan\nChen Yu-lin 2468\n1957.6.12", "Chen Yu-lin"),
        ("Exampla minor\nYunnan, Lijiang, 2800 m\nColl.: Wang Qi-ming  No. 1357\nDate: 1984.8.3", "Wang Qi-ming"),
        ("Exampla ornata\nYunnan: Exampla Shan, 3000 m.\nT. T. Yü 12345\nAug. 12, 1937", "T. T. Yü"),
        # the Italian particles
        ("Flora Sarda\nExampla minor\nSardegna: Gennargentu\nRacc. A. di Exempel, 12.6.1902", "A. di Exempel"),
        ("Exampla minor\nToscana: Sampleto\nleg. K. degli Muster\n5.6.1910", "K. degli Muster"),
    ],
)  # fmt: skip
def test_titles_ranks_and_names(text: str, who: str) -> None:
    assert value(text) == who


@pytest.mark.parametrize(
    "text",
    [
        "HERBARIO NACIONAL DE VENEZUELA\nExampla ornata L.\nEdo. Bolívar, Dtto. Sampleton\n"
        "Bosque ribereño, 300 m.\nR. Exampla. 15 Jun 1995",
        "PLANTAS DE BOLIVIA\nExampla ornata L.\nDpto. La Paz. Prov. Sampleton\nR. Exampla, 15 Jun 1995",
        # the sheet's language from its institution's or its country's name alone
        "HERBARIO NACIONAL DE VENEZUELA\nExampla ornata L.\nSampleton\nR. Exampla. 15 Jun 1995",
        "FLORA DO BRASIL\nExampla ornata\nMinas Gerais: Sampleton\nR. Exampla, 15.VI.1995",
        "FLORA DO BRASIL\nExampla ornata\nMinas Gerais: Sampleton\n15.VI.1995\nR. Exampla",
    ],
)
def test_river_initial_on_a_spanish_label_doubted(text: str) -> None:
    # "R." before one word there is Río as often: offered, below 0.9
    got = reading(text, "recordedBy")
    assert got is not None and got[0] == "R. Exampla" and got[1] < 0.9


def test_initial_r_elsewhere_stays_sure() -> None:
    text = "Exampla ornata L.\nSampleton, Exampla Co., Kent\nR. Exampla, 15 Jun 1995"
    got = reading(text, "recordedBy")
    assert got is not None and got[0] == "R. Exampla" and "person_or_place" not in got[2]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # a former collection's label that carries the specimen's data: its sender offered
        ("Ex Herb. Hook.\nExampla ornata L.\nNepal, Sampleton valley\nComm. Dr. K. Muster", "Dr. K. Muster"),
        ("EX HERB. HOOK.\nSikkim Himalaya\nComm. Dr. K. Muster", "Dr. K. Muster"),
        # its donor's, sender's and taxon's lines alone name no collector (test_roles_pins)
        ("Exampla ornata L.\nHerb. Musei Exemplensis\nEx herbario J. Beispiel\ncomm. K. Muster", None),
    ],
)  # fmt: skip
def test_sender_under_a_former_collection(text: str, who: str | None) -> None:
    got = reading(text, "recordedBy")
    assert (got[0] if got else None) == who
    assert got is None or got[1] < 0.9


def test_sender_line_a_data_labels_view_blanks() -> None:
    # "Communicated by ..., 1894." inside a data label, blanked there as an acquisition's line:
    # offered below 0.9 where nothing names a collector (with the labels as printed)
    labs = make_labels(labels_from_text(_INDIA + "Communicated by Miss K. Muster, 1894."))
    seen = views(labs)
    data = seen.of(Role.data, Role.determination)
    assert not find_people(data, []).collectors
    (got,) = find_people(data, [], printed=labs).collectors
    assert got.value == "Miss K. Muster"
    assert "herbarium_header" in got.flags
    # a collector named elsewhere keeps the sender out
    labs = make_labels(
        labels_from_text(_INDIA + "Coll. J. Beispiel 12\nCommunicated by Miss K. Muster, 1894.")
    )
    data = views(labs).of(Role.data, Role.determination)
    assert [c.value for c in find_people(data, [], printed=labs).collectors] == ["J. Beispiel"]


@pytest.mark.parametrize(
    ("text", "who", "number"),
    [
        # a surname in capitals before its initials, as Chinese and Japanese herbaria print it
        ("Exampla minor\nSichuan, Baoxing\nWANG Q. 5678\n1985.7.9", "WANG Q.", "5678"),
        ("Exampla minor\nKyushu, Kagoshima Pref.\nSAMPLEDA Y.  No. 3456\nApr. 2, 1960", "SAMPLEDA Y.", "3456"),
        ("Exampla minor\nLaos: Xieng Khouang\nMUSTER E.  n° 16543\n3-1931", "MUSTER E.", "16543"),
        # "& party": the leader's name, his number after it
        ("Exampla ornata R.Br.\nBlue Mountains, Sampleton Falls\nK. Muster & party 123\n14 Oct. 1961", "K. Muster", "123"),
        ("Exampla ornata\nCook District: Sampleton Range\nK. MUSTER & PARTY  KM 234\n12.8.1988", "K. MUSTER", "KM 234"),
        # a name in Chinese script before its romanisation, keyed or not
        ("Exampla ornata\nSichuan: Baoxing\n采集人 Coll.: 王启明 Wang Qi-ming  1357\n1984.8.3", "Wang Qi-ming", "1357"),
        ("FLORA OF CHINA\nExampla ornata\nSichuan: Baoxing, 2500 m\n王启明 Wang Qi-ming 1357\n1984.8.3", "Wang Qi-ming", "1357"),
    ],
)  # fmt: skip
def test_names_and_numbers(text: str, who: str, number: str) -> None:
    assert value(text) == who
    assert value(text, "recordNumber") == number


def test_number_key_read_with_a_zero() -> None:
    # "N0. l234": the key's "o" and the number's "1" misread; the number repaired, doubted
    text = "FL0RA 0F INDIA\nEXAMPLA ORNATA WALL.\nKHASIA HILLS\nC0LL. K. MUSTER N0. l234\nl2.5.l935"
    got = reading(text, "recordNumber")
    assert got is not None and got[0] == "1234" and got[1] < 0.9


@pytest.mark.parametrize(
    "slip",
    [
        "Exampla minor L.  det. A. Exempel 1955\nExampla ornata L.  det. J. Beispiel 1987",
        "Exampla minor L.\ndet. A. Exempel 1955\nExampla ornata L.\ndet. J. Beispiel 1987",
    ],
)
def test_two_dated_determinations_on_one_slip(slip: str) -> None:
    # each determination line is the name's above it: the latest is current
    text = "Exampla ornata\nCongo belge: Sampleton\nK. Muster 1234\n12.1.1932\n\n" + slip
    assert value(text, "scientificName") == "Exampla ornata"
    assert value(text, "identifiedBy") == "J. Beispiel"
    assert value(text, "dateIdentified") == "1987"


def test_expedition_and_its_number() -> None:
    # an expedition's name and its number, nobody named: offered below 0.9
    text = "Exampla ornata\nYunnan: Dali, Cangshan, 3500 m\nSino-British Exped. 0123\n19.5.1981"
    got = reading(text, "recordedBy")
    assert got is not None and got[0] == "Sino-British Exped." and got[1] < 0.9
    assert value(text, "recordNumber") == "0123"
    # the numbered line under the expedition's header; the header alone names no collector
    head = "SINO-BRITISH EXPEDITION TO SAMPLESHAN\n"
    assert value(head + text, "recordedBy") == "Sino-British Exped."
    assert value(head + "Exampla ornata\nYunnan: Dali\n19.5.1981") is None
    # a person named keeps the expedition out
    text = "Exampla ornata\nYunnan: Dali\nSino-British Exped. 0123\nleg. K. Muster\n19.5.1981"
    assert value(text) == "K. Muster"


@pytest.mark.parametrize(
    "text",
    [
        "FLORA OF BRITISH INDIA\nEXAMPLA MINOR HOOK.F.\nKHASIA: SAMPLETON, 6000 FT.\nCOLL. K. MUSTER  NO. 5678",
        "FL0RA 0F BRITISH INDIA\nEXAMPLA MINOR HOOK. F.\nKHASIA: SAMPLETON, 6000 FT.\nC0LL. K. MUSTER",
    ],
)  # fmt: skip
def test_name_in_capitals_by_the_son(text: str) -> None:
    # a name and its author in capitals, the son's "F." after the author's
    assert value(text, "scientificName") == "Exampla minor"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # "sine numero" in capitals or in full; a year under "sine num." is no number
        ("FLORA OF INDIA\nExampla minor\nAssam: Sampleton\nK. MUSTER S.N.\n1.1.1900", "s.n."),
        ("Exampla ornata\nGraecia: Sampleton\nleg. K. Muster sine num.\n1901", "s.n."),
        # the number in brackets after the name
        ("Exampla ornata\nCreta: Sampleton\nleg. J. Beispiel (1234)\n12.5.1960", "1234"),
        # after a place's words it is a vice-county's or the place's own
        ("Exampla minor\nExampla Common, Surrey (17)\n12.vi.1950\nK. Muster", None),
    ],
)
def test_numbers_after_the_name(text: str, number: str | None) -> None:
    assert value(text, "recordNumber") == number
