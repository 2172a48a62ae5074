"""Collectors as UK, European, Baltic and Russian labels print them, and the lines that only look
like one: a land's name alone on its line (never a person), a sender after "per", the OCR's "Mo."
for "No.", a surname before its initials in capitals. Invented strings."""

from __future__ import annotations

import pytest

from pipelines.fields.people import place_named
from tests.pipelines.fields.parsed import field, value

# a country's, a historical country's, a region's or a state's name alone on a line, and no
# other name on the sheet: no collector
NO_COLLECTOR = [
    "Polypodium sp.\nNova Hollandia\nHERBARIUM EXEMPLI\n1234",
    "Polypodium sp.\nNOVA HOLLANDIA\nHERBARIUM EXEMPLI\n4321",
    "Exampla ornata L.\nZeylania\nHERB. HORT. SAMPL.",
    "Exampla ornata L.\nKamtschatka\n1870",
    "Carex exempla L.\nNova Scotia\nHERBARIUM PROBI\n77",
    # a Latin land's word ("Terra"): no word of a name
    "Polypodium sp.\nTerra Nova\n1850",
    "Polypodium sp.\nTerra Exemplaris\n1850",
]


@pytest.mark.parametrize("text", NO_COLLECTOR)
def test_a_land_alone_is_no_collector(text: str) -> None:
    assert value(text) is None


# the land's line beside a person's line: the person
BESIDE_A_LAND = [
    ("Exampla ornata L.\nNova Hollandia\nHERBARIUM EXEMPLI\nLeg. J. Beispiel", "J. Beispiel"),
    # the land's line read with the name's under it: the name alone
    ("Polypodium sp.\nNova Hollandia\nK. Muster", "K. Muster"),
    ("Polypodium sp.\nZeylania\nJ. Beispiel\n1871", "J. Beispiel"),
    (
        "Exampla ornata L.\nHelvetia\nSampelberg ob Sampeldorf\nJ. Beispiel\nJuli 1920",
        "J. Beispiel",
    ),
]


@pytest.mark.parametrize(("text", "expected"), BESIDE_A_LAND)
def test_a_person_beside_a_land(text: str, expected: str) -> None:
    assert value(text) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Nova Hollandia", True),
        ("NOVA HOLLANDIA", True),
        ("Zeylania", True),
        ("New Mexico", True),
        ("Nova Hollandia | Zeylania", True),
        ("K. Holland", False),
        ("J. Beispiel", False),
        ("Nova Hollandia | K. Muster", False),
    ],
)
def test_place_named(name: str, expected: bool) -> None:
    assert place_named(name) is expected


# "per": through whom the specimen came, the sender, keyed as the collector where no key names
# one; never over a keyed collector, and "Per" a given name
SENDERS = [
    ("Juncus fictus L.\nProbeham Moor, Yorkshire\nJuly 1889\nper K. Muster", "K. Muster"),
    ("Exampla ornata L.\nSampleton, Hants\n1890\nper H. Sampleva", "H. Sampleva"),
    (
        "Juncus fictus L.\nSampleton, Devon\nleg. A. Exempel\nper J. Beispiel\nAug. 1902",
        "A. Exempel",
    ),
    ("Exampla ornata L.\nMaine: Sampleton\nColl. K. Muster, per J. Beispiel\n1901", "K. Muster"),
    ("Exampla ornata L.\nSampleton, 3 ft per metre\nK. Muster 1931", "K. Muster"),
    ("Exampla ornata L.\nSampleton, per H. Sampleva\n1901", "H. Sampleva"),
    # a name before the sender's key on its line: the collector, sent through the other
    ("Exampla ornata L.\nSampleton\nK. Muster per J. Beispiel\n1901", "K. Muster"),
    ("Exampla ornata L.\nProbeham\nA. Exempel, per H. Sampleva\n1911", "A. Exempel"),
    ("Exampla ornata L.\nSampleton\nKarl Muster comm. J. Beispiel\n1901", "Karl Muster"),
]


@pytest.mark.parametrize(("text", "expected"), SENDERS)
def test_senders(text: str, expected: str) -> None:
    assert value(text) == expected


# the OCR's "Mo." for "No." after a collector's name on its line: the field number; "Mo."
# elsewhere is Missouri's, no number's key
MISREAD_NO = [
    ("Carex exempla L.\nSampleton, 12.6.1951\nK.Muster Mo. 4412", "K.Muster", "4412"),
    ("Exampla ornata L.\nSampleton Down\nK. Muster Mo. 881\n9.vi.1949", "K. Muster", "881"),
    ("Exampla ornata L.\nProbeham Down\nA. Exempel Mo 992\n11.vi.1951", "A. Exempel", "992"),
    ("Rubus fictus L.\nMusterton Lane\nJ. Beispiel Mo. 2217\n3.7.1927", "J. Beispiel", "2217"),
]


@pytest.mark.parametrize(("text", "collector", "number"), MISREAD_NO)
def test_misread_number_key(text: str, collector: str, number: str) -> None:
    assert (value(text), value(text, "recordNumber")) == (collector, number)


# a place, a state's, a country's or a county's name and a year under the scientific name: the
# collection's place and year, no annotation's signer
NO_ANNOTATOR = [
    "Exampla ornata L.\nSampleton, Mo. 1931\nK. Muster",
    "Exampla ornata L.\nSampleton, Pa. 1931\nK. Muster",
    "Exampla ornata L.\nProbeham, Kent 1931\nK. Muster",
    "Exampla ornata L.\nMusterdorf, Austria 1911\nK. Muster",
]


@pytest.mark.parametrize("text", NO_ANNOTATOR)
def test_place_and_year_is_no_annotation(text: str) -> None:
    assert value(text, "identifiedBy") is None
    assert value(text) == "K. Muster"


def test_signer_and_year_is_an_annotation() -> None:
    assert value("Exampla ornata L.\nK. R. Beispiel 1988", "identifiedBy") == "K. R. Beispiel"


# a surname before its initials filling a line by the date, without a key: in capitals, with
# or without the comma, the initial's stop lost at the line's end
SURNAME_FIRST = [
    ("Carex exempla L.\nSampleton, rocky ledges\nSAMPLEVA H.\n20.vii.1960", "SAMPLEVA H."),
    ("Carex exempla L.\nSampleton\n12.6.1951\nMUSTER K.", "MUSTER K."),
    ("Carex exempla L.\nProovila, rabaserv\nNÄIDIS A.\n12.VI.1951", "NÄIDIS A."),
    ("Carex exempla L.\nNäidisvere, niit\nPROOVIKIVI K\n14.VI.1953", "PROOVIKIVI K"),
    ("Carex exempla L.\nProbeham\nExempel, A\n9 Aug 1936", "Exempel, A"),
    ("Carex exempla L.\nSampleton\n14.VI.1953\nMuster K.", "Muster K."),
    ("Carex exempla L.\nSampleton\nBEISPIEL J. K.\n3.v.1921", "BEISPIEL J. K."),
]


@pytest.mark.parametrize(("text", "expected"), SURNAME_FIRST)
def test_surname_first_by_the_date(text: str, expected: str) -> None:
    assert value(text) == expected


# a genus a backbone knows and its author's initial, or a word and one initial in mixed case
# above the date, is no surname listed first
@pytest.mark.parametrize(
    "text",
    ["Sampleton\nCAREX L.\n14.VI.1953", "Exampla L.\n14.VI.1953", "Sampleton\nPoa L.\n1.v.1950"],
)
def test_genus_and_author_by_the_date(text: str) -> None:
    assert value(text) is None


# a Cyrillic key the OCR read with a figure for a letter and Latin look-alikes ("Co6p." for
# "Собр."): the key still (names in Cyrillic given in Latin letters: `people.romanise`)
CYRILLIC_KEYS_MISREAD = [
    ("Carex exempla L.\nокр. дер. Образцово, луг\nCo6p. Б. Образцов\n14.VI.1953", "B. Obraztsov"),
    ("Carex exempla L.\nокр. дер. Примерово\nСo6p. Е. Шаблонова\n2.VII.1961", "E. Shablonova"),
    ("Carex exempla L.\nокр. с. Примерка\nCo6paл А. Примеров\n1.VI.1950", "A. Primerov"),
]


@pytest.mark.parametrize(("text", "expected"), CYRILLIC_KEYS_MISREAD)
def test_cyrillic_key_misread(text: str, expected: str) -> None:
    assert value(text) == expected


def test_figure_alone_is_no_cyrillic_key() -> None:
    assert value("Carex exempla L.\nSampleton\nCo6p 12\n14.VI.1953") is None


# several surnames listed first on the line by the date, or after the date on its line; a
# surname in capitals the OCR misread ("l" for "I", "0" for "O"): mended and doubted
SURNAMES_FIRST_MORE = [
    (
        "Carex exempla L.\nPrimerovo\nPrimerov A., Obrazcov B.\n12.VI.1951",
        "Primerov A. | Obrazcov B.",
    ),
    (
        "Carex exempla L.\nSampleton\nMuster K. ja Beispiel J.\n20.vii.1960",
        "Muster K. | Beispiel J.",
    ),
    ("Carex exempla L.\nPrimerovo\n12.VI.1951 Primerov A.", "Primerov A."),
    ("Carex exempla L.\nProovila, niit\n12.VI.1951 PROOVIKIVI K.", "PROOVIKIVI K."),
    (
        "Carex exempla L.\nSampleton\n3.v.1931 Muster, K. & Beispiel, J.",
        "Muster, K. | Beispiel, J.",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SURNAMES_FIRST_MORE)
def test_surnames_first_listed_or_after_the_date(text: str, expected: str) -> None:
    assert value(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Saxifraga ficta L.\nBen Probe, rocky ledges\nBElSPlEL J.\n20.vii.1962", "BEISPIEL J."),
        ("Carex exempla L.\nProovila, niit\n12.VI.1951 PR0BST K.", "PROBST K."),
        ("Carex exempla L.\nProovila\n1.v.1950\nPR0OVIKIVI A.", "PROOVIKIVI A."),
    ],
)
def test_capitals_misread_mended_and_doubted(text: str, expected: str) -> None:
    got = field(text, "recordedBy")
    assert got is not None
    assert (got.value, "unsure_reading" in got.flags, got.confidence < 0.9) == (
        expected,
        True,
        True,
    )


def test_genus_and_author_after_the_date() -> None:
    assert value("Carex exempla L.\nProovila\n12.VI.1951 Carex L.") is None


# a keyed list broken at its joiner, the second name on the line under the first
JOINED_BELOW = [
    (
        "Carex exempla L.\nSampleton\nLeg. K. Muster\n& J. Beispiel\n12.6.1951",
        "K. Muster | J. Beispiel",
    ),
    (
        "Carex exempla L.\nSampleton\nleg. K. Muster\nja A. Näidis 12.6.1951",
        "K. Muster | A. Näidis",
    ),
    (
        "Carex exempla L.\nSampleton\nColl. H. Sampleva\nand J. Beispiel 4412",
        "H. Sampleva | J. Beispiel",
    ),
    # a place's words after the joiner: no second collector
    ("Carex exempla L.\nSampleton\nleg. K. Muster\n& Sampleton Wood", "K. Muster"),
]


@pytest.mark.parametrize(("text", "expected"), JOINED_BELOW)
def test_keyed_list_joined_below(text: str, expected: str) -> None:
    assert value(text) == expected


# a land's name as the surname after initials: a person; after a bearing's or a land prefix's
# initial ("N. Holland", "S. Wales", "B. Honduras", "N. S. Wales") still a place
LAND_SURNAMES = [
    ("Carex exempla L.\nSampleton, Surrey\nleg. K. Holland\n1890", "K. Holland"),
    ("Carex exempla L.\nSampleton, Surrey\nColl. J. Wales\n1890", "J. Wales"),
    (
        "Carex exempla L.\nSampleton\nColl. J. R. Jordan & K. Muster\n1890",
        "J. R. Jordan | K. Muster",
    ),
    ("Carex exempla L.\nSampleton, Surrey\nK. England 1234\n1890", "K. England"),
    ("Carex exempla L.\nSampleton\nleg. A. IRELAND\n3.v.1911", "A. IRELAND"),
]


@pytest.mark.parametrize(("text", "expected"), LAND_SURNAMES)
def test_land_as_surname(text: str, expected: str) -> None:
    assert value(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Exampla ornata L.\nN. Holland\n1890",
        "Exampla ornata L.\nS. Wales, Sampleton\n1890",
        "Exampla ornata L.\nN. S. Wales\n1890",
        "Exampla ornata L.\nB. Honduras\n1890",
    ],
)
def test_land_after_a_prefix_initial_is_no_person(text: str) -> None:
    assert value(text) is None


# the word for "year" after a date's year ("1951. a.", "1951 г.", "1951 r."): no initial of the
# name after it (people_cues.csv, year_word); a capital after the year is an initial still
YEAR_WORDS = [
    ("Carex exempla L.\nTartumaa, Proovila küla\n12. VI 1951. a. K. Proovikivi", "K. Proovikivi"),
    ("Carex exempla L.\nPrzykładowo\n12 VI 1951 r. K. Przykład", "K. Przykład"),
    ("Carex exempla L.\nПримерово\n12.VI.1951 г. А. Примеров", "A. Primerov"),
    ("Carex exempla L.\nProovila\n12.VI.1951 A. Näidis", "A. Näidis"),
]


@pytest.mark.parametrize(("text", "expected"), YEAR_WORDS)
def test_year_word_before_the_name(text: str, expected: str) -> None:
    assert value(text) == expected
