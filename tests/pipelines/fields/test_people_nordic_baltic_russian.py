"""Collectors, numbers and determiners of Nordic, Baltic, Russian, Iberian and Indonesian labels:
the keys the cue table lacked, a surname before its initials with a joiner word or a key after
it, Latin look-alikes in a Cyrillic key or name, and a collector's key that is no genus.
Invented strings (names in Cyrillic are given in Latin letters: see `people.romanise`)."""

from __future__ import annotations

import pytest

from pipelines.fields.people.romanise import romanised
from tests.pipelines.fields.parsed import field, value

COLLECTORS = [
    # the keys of the table in Estonian, Swedish, Portuguese, Spanish, Indonesian, Russian
    ("Carex exempla L.\nNäidise küla\n1935\nLeidnud J. Tamm", "J. Tamm"),
    ("Carex exempla L.\nUpl. Provby sn\nInsaml. av E. Prov", "E. Prov"),
    ("Carex exempla L.\nSm. Provby\n1899\nsamlad af E. Prov", "E. Prov"),
    ("Cistus exemplaris L.\nSerra do Exemplo\nColhido por A. Exemplo n.º 345", "A. Exemplo"),
    ("Cistus exemplaris L.\nSerra do Exemplo\nColheu: A. Exemplo", "A. Exemplo"),
    ("Cistus exemplaris L.\nSierra de Muestra\nRecol. A. Muestra", "A. Muestra"),
    ("Ficus exempla L.\nPulau Contoh\nKolektor: J. Contoh", "J. Contoh"),
    ("Ficus exempla L.\nPulau Contoh\nPengumpul: J. Contoh", "J. Contoh"),
    ("Ficus exempla L.\nPulau Contoh\nDikumpulkan oleh J. Contoh", "J. Contoh"),
    ("Carex exempla L.\nOstrov Primer\nSobr. i opr. I. Ivanov", "I. Ivanov"),
    # a surname before its initials, then a joiner word in the language of the label
    ("Carex exempla L.\nNäidise küla\nleg. Kask K. ja Tamm J.", "Kask K. | Tamm J."),
    ("Carex exempla L.\nSampleton\nleg. Muster K. et Beispiel J.", "Muster K. | Beispiel J."),
    ("Carex exempla L.\nПримерово\nСобр. Иванов И.И. и Петров П.П.", "Ivanov I.I. | Petrov P.P."),
    # a surname before its initials, a collector's key after them
    ("Carex exempla L.\nNäidise küla\nKask K. leg.\n1935", "Kask K."),
    ("Carex exempla L.\nNäidise küla\nKask K. & Tamm J. leg.", "Kask K. | Tamm J."),
    ("Carex exempla L.\nNäidise küla\nKask K. kog.", "Kask K."),
    # a Cyrillic key and name with Latin look-alikes typed or read into them
    ("Carex exempla L.\nПримерово\nCoбрaл И. Иванов", "I. Ivanov"),
    ("Carex exempla L.\nПримерово\nСобрал И. Пeтpов", "I. Petrov"),
]


@pytest.mark.parametrize(("text", "expected"), COLLECTORS)
def test_collectors(text: str, expected: str) -> None:
    assert value(text) == expected


NOT_COLLECTORS = [
    # a genus and its author's initial before a keyword that has words after it
    ("Exempla L. leg. K. Muster\nSampleton", "K. Muster"),
    # a surname before its initials with no key is a genus and its author's as often
    ("Carex exempla L.\nNäidise küla\nKask K.", None),
    ("Exempla L.\nSampleton\n12.6.1901", None),
]


@pytest.mark.parametrize(("text", "expected"), NOT_COLLECTORS)
def test_not_collectors(text: str, expected: str | None) -> None:
    assert value(text) == expected


DETERMINERS = [
    ("Carex exempla L.\nUpl. Provby\nLeg. K. Prov\nBest. H. Exempel", "H. Exempel"),
    ("Carex exempla L.\nSk. Provby\nLeg. K. Prov\nbestämd af H. Exempel", "H. Exempel"),
    ("Ficus exempla L.\nPulau Contoh\nDeterminasi: J. Contoh", "J. Contoh"),
    ("Carex exempla L.\nПримерово\nOпр. П. Петров", "P. Petrov"),
]


@pytest.mark.parametrize(("text", "expected"), DETERMINERS)
def test_determiners(text: str, expected: str) -> None:
    assert value(text, "identifiedBy") == expected


NUMBERS = [
    ("Carex exempla L.\nTa: Sampola\nleg. M. Esimerkki N:o 45", "45"),
    ("Carex exempla L.\nTa: Sampola\nleg. M. Esimerkki\nN:o 45", "45"),
    ("Carex exempla L.\nTa: Sampola\nleg. M. Esimerkki nro 45", "45"),
    ("Carex exempla L.\nSampleton\nleg. H. Dupont n.° 45", "45"),
]


@pytest.mark.parametrize(("text", "expected"), NUMBERS)
def test_numbers(text: str, expected: str) -> None:
    assert value(text, "recordNumber") == expected


def test_a_collectors_key_is_no_genus() -> None:
    text = "Flora Fennica\nCarex exempla\n12.VII.1935\nKeräsi M. Esimerkki\nMäär. P. Näyte"
    assert value(text, "scientificName") == "Carex exempla"
    assert value(text) == "M. Esimerkki"


@pytest.mark.parametrize(
    ("mixed", "latin"),
    [
        ("Пeтpов", "Petrov"),  # Latin "e" and "p" in a Cyrillic word
        ("Bасильев", "Vasilev"),  # a Latin "B" for the Cyrillic "В"
        ("К. Мuster", "K. Muster"),  # a Latin word keeps its letters
        ("Coll. Иванов", "Coll. Ivanov"),
    ],
)
def test_romanised_look_alikes(mixed: str, latin: str) -> None:
    assert romanised(mixed) == latin


def test_a_romanised_name_stays_doubted() -> None:
    got = field("Carex exempla L.\nПримерово\nCoбрaл И. Иванов", "recordedBy")
    assert got is not None
    assert got.confidence < 0.9


DOUBLE_SURNAMES = [
    # one person's two surnames joined by the Iberian "and", or two collectors: kept whole, doubted
    ("Cistus exemplaris L.\nCatalunya: Exemple\nLeg. P. Exemple i Mostra", "P. Exemple i Mostra"),
    ("Cistus exemplaris L.\nPortugal: Exemplo\nLeg. J. Exemplo e Sousa", "J. Exemplo e Sousa"),
    ("Cistus exemplaris L.\nMadrid\nLeg. S. Ejemplo y Muestra", "S. Ejemplo y Muestra"),
]


@pytest.mark.parametrize(("text", "expected"), DOUBLE_SURNAMES)
def test_an_iberian_double_surname_is_kept_whole_and_doubted(text: str, expected: str) -> None:
    got = field(text, "recordedBy")
    assert got is not None
    assert got.value == expected
    assert got.confidence < 0.9


TWO_PEOPLE = [
    # two bare surnames, or the second with its initials: two collectors
    ("Cistus exemplaris L.\nMadrid\nLeg. Ejemplo y Muestra", "Ejemplo | Muestra"),
    ("Cistus exemplaris L.\nMadrid\nLeg. A. Ejemplo y J. Muestra", "A. Ejemplo | J. Muestra"),
    # a surname before "&" shares nothing with initials after it, nor one before "e"
    ("Carex exempla L.\nSampleton\nleg. Muster & K. Beispiel", "Muster | K. Beispiel"),
    ("Carex exempla L.\nleg. G. Rossi e Bianchi & A. Verdi", "G. Rossi | Bianchi | A. Verdi"),
    # a given name before "&" shares the surname after it, as before
    ("Carex exempla L.\nSampleton\nleg. Martin & Greta Holloway", "Martin & Greta Holloway"),
]


@pytest.mark.parametrize(("text", "expected"), TWO_PEOPLE)
def test_two_people(text: str, expected: str) -> None:
    assert value(text) == expected


NOBODY = [
    "Carex exempla L.\nTartumaa\nKerääjä: Tuntematon",
    "Carex exempla L.\nUpl. Provby\nLeg. Okänd",
    "Carex exempla L.\nTartumaa\nKogunud: Tundmatu",
    "Carex exempla L.\nПримерово\nСобрал: Неизвестный",
    "Cistus exemplaris L.\nSierra de Muestra\nLeg. Desconocido",
    "Centaurea exempla L.\nExempleville\nLeg. Inconnu",
    "Ficus exempla L.\nExempleville\nLeg. Onbekend",
    "Carex exempla L.\nExempleville\nLeg. Unbekannt",
    "Carex exempla L.\nExempleville\nleg. Studenten",
    "Carex exempla L.\nПримерово\nСбор: экскурсия",
]


@pytest.mark.parametrize("text", NOBODY)
def test_an_unknown_collector_or_a_group_is_nobody(text: str) -> None:
    assert value(text) is None


DATE_FIRST = [
    # a key that the date follows, the name after the date's "by", on the line or the next
    ("Centaurea exempla L.\nRécolté le 12 juin 1935 par H. Dupont", "H. Dupont"),
    ("Centaurea exempla L.\nExempleville\nRécolté le 12 juil. 1935\npar H. Dupont", "H. Dupont"),
    ("Cistus exemplaris L.\nRecolectado el 12 de julio de 1935 por A. Ejemplo", "A. Ejemplo"),
    ("Cistus exemplaris L.\nColhido em 12 de julho de 1935 por A. Exemplo", "A. Exemplo"),
    ("Centaurea exempla L.\nRaccolto il 12.7.1935 da G. Rossi", "G. Rossi"),
    # no "by": no name
    ("Centaurea exempla L.\nRécolté le 12 juin 1935\npar", None),
]


@pytest.mark.parametrize(("text", "expected"), DATE_FIRST)
def test_a_key_the_date_follows(text: str, expected: str | None) -> None:
    assert value(text) == expected


MISREAD_KEYS = [
    # a key the OCR misread before initials and a surname is no given name
    ("Carex exempla L.\nTa: Sampola\n12.VII.1935\nKerüsi M. Esimerkki", "M. Esimerkki"),
    # a surname before its initials after a key stays whole
    ("Carex exempla L.\n12.VII.1935\nleg. Leidig K.", "Leidig K."),
    # a given name of the table stays
    ("Carex exempla L.\nSampleton\n12.VII.1935\nleg. Johann K. Muster", "Johann K. Muster"),
]


@pytest.mark.parametrize(("text", "expected"), MISREAD_KEYS)
def test_a_misread_key_is_no_given_name(text: str, expected: str) -> None:
    assert value(text) == expected


def test_the_year_word_between_key_and_name() -> None:
    text = "Carex exempla L.\nСобрал А. Тамм\nОпр. 1960 г. И. Иванов"
    assert value(text, "identifiedBy") == "I. Ivanov"
    assert value(text) == "A. Tamm"


ACCENTS_LOST = [
    # a key's accents dropped by the OCR or a transcriber
    ("Carex exempla L.\nleg. A. Tamm\nMaar. K. Kask", "identifiedBy", "K. Kask"),
    ("Carex exempla L.\nKerannyt: M. Esimerkki", "recordedBy", "M. Esimerkki"),
    ("Centaurea exempla L.\nRecolte par H. Dupont", "recordedBy", "H. Dupont"),
    ("Carex exempla L.\nBestamd av H. Exempel\nLeg. A. Tamm", "identifiedBy", "H. Exempel"),
    # and no genus: "Ievaca J. Ozols" under no det. line, above one
    ("Carex exempla L.\nIevaca J. Ozols\nNoteica A. Berzins", "recordedBy", "J. Ozols"),
    ("Carex exempla L.\nIevaca J. Ozols\nNoteica A. Berzins", "identifiedBy", "A. Berzins"),
    ("Carex exempla L.\nIevaca J. Ozols\nNoteica A. Berzins", "scientificName", "Carex exempla"),
]


@pytest.mark.parametrize(("text", "term", "expected"), ACCENTS_LOST)
def test_a_key_without_its_accents(text: str, term: str, expected: str) -> None:
    assert value(text, term) == expected


NUMBERS_MISREAD = [
    # the ordinal of "Nº" read as a figure before the number
    ("Carex exempla L.\nleg. H. Dupont N9 45", "45"),
    ("Carex exempla L.\nleg. H. Dupont N0 45", "45"),
]


@pytest.mark.parametrize(("text", "expected"), NUMBERS_MISREAD)
def test_a_misread_number_key(text: str, expected: str) -> None:
    assert value(text, "recordNumber") == expected


def test_two_names_glued_to_their_ampersand() -> None:
    assert value("Carex exempla L.\nK. KASK&J. TAMM\n1935") == "K. KASK | J. TAMM"
    assert value("Carex exempla L.\nleg. H.&V. Trask") == "H. & V. Trask"


GIVEN_NAMES = [
    # a given name that is also a month's word, before a capitalised surname
    ("Carex exempla L.\nSampleton\nleg. Jaan Tamm", "Jaan Tamm"),
    ("Carex exempla L.\nSampleton\nleg. Jan Muster", "Jan Muster"),
    ("Carex exempla L.\nSampleton\nleg. August Muster", "August Muster"),
    ("Carex exempla L.\nSampleton\nleg. Mai Saar", "Mai Saar"),
    # or before an initial and the surname, with the field number and no key
    (
        "Piper exemplum Trel.\nSierra de Muestra, 1400 m.\nAug. 3, 1942\nJulio A. Muster 50218",
        "Julio A. Muster",
    ),
    (
        "Piper exemplum Trel.\nSierra de Muestra\nJulio R. Ejemplo 1234\n12 Marzo 1941",
        "Julio R. Ejemplo",
    ),
    # the Spanish and Portuguese ordinal after an initial ("M.ª", María)
    ("Cistus exemplaris L.\nMadrid\nLeg.: M.ª J. Ejemplo", "M. J. Ejemplo"),
]


@pytest.mark.parametrize(("text", "expected"), GIVEN_NAMES)
def test_given_names(text: str, expected: str) -> None:
    assert value(text) == expected


NO_MONTH_NAMES = [
    # a month before its day or year is no given name
    ("Carex exempla L.\nSampleton\n12 Juli 1935", None),
    ("Carex exempla L.\nleg. K. Muster Juli 1935", "K. Muster"),
    ("Piper exemplum Trel.\nSierra de Muestra\nJulio 1942\nK. Muster 5", "K. Muster"),
]


@pytest.mark.parametrize(("text", "expected"), NO_MONTH_NAMES)
def test_a_month_is_no_given_name(text: str, expected: str | None) -> None:
    assert value(text) == expected


def test_a_mission_under_the_name_signs_nothing() -> None:
    text = "Centaurea exempla L.\nMission Exemple 1935\nH. Dupont n° 123"
    assert value(text, "identifiedBy") is None
    assert value(text) == "H. Dupont"


SECOND_NAMES = [
    # a hybrid's formula and a name in brackets after the name's author: the first name, doubted
    "Salix exempla L. × S. altera Muster\nSampleton\nleg. K. Kask",
    "Carex exempla L. (C. altera Muster)\nSampleton\nleg. K. Kask",
    "Carex exempla L. (Carex altera Muster)\nSampleton\nleg. K. Kask",
]


@pytest.mark.parametrize("text", SECOND_NAMES)
def test_a_second_name_after_the_author_is_no_author(text: str) -> None:
    got = field(text, "scientificName")
    assert got is not None
    assert got.value == text.split()[0] + " " + text.split()[1]
    assert got.confidence < 0.9
    assert value(text, "scientificNameAuthorship") == "L."


NORDIC_SUBSPECIES = [
    # the asterisk Nordic floras print for a subspecies, after the species' author
    (
        "Hieracium exemplum Norrl. * subexemplum Muster\nSampleton",
        "Hieracium exemplum subsp. subexemplum",
    ),
    ("Carex exempla L. * minor (Kask) Tamm\nleg. K. Kask", "Carex exempla subsp. minor"),
    # an asterisk alone after the author names no subspecies
    ("Carex exempla L. *\nSampleton", "Carex exempla"),
]


@pytest.mark.parametrize(("text", "expected"), NORDIC_SUBSPECIES)
def test_the_nordic_asterisk_of_a_subspecies(text: str, expected: str) -> None:
    assert value(text, "scientificName") == expected


NOT_NAMES = [
    # a given name of the table that is no month stays a bad word where it was one ("Flora")
    "Flora Exemplica\nSampla küla\n1930",
    "Flora Estonica\nNäidise küla\n1930",
    # a mission named for its leader, no collector's key: nobody sure
    "Herbier du Muséum de Paris\nAus bus L.\nSoudan français: Exempla\nMission K. Muster 1931",
]


@pytest.mark.parametrize("text", NOT_NAMES)
def test_no_collector(text: str) -> None:
    assert value(text) is None


@pytest.mark.parametrize(
    ("line", "number"),
    [
        # a typed label's column gap, then the number's own key: the collector's number
        ("Colector: A. Exemplo   Nº 1234", "1234"),
        ("leg. K. Muster      nº 45      12.V.1930", "45"),
        # a gap and a bare number: a column of another field as often
        ("leg. K. Muster     1234", None),
    ],
)
def test_a_keyed_number_across_a_column_gap(line: str, number: str | None) -> None:
    assert value("Exampla ornata Kunth\n" + line, "recordNumber") == number
