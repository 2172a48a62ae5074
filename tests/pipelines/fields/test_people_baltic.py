"""Collectors and determiners as Baltic, Russian and Central European labels print them: a
surname before its initials without a comma after a keyword, the cues of Estonian, Latvian,
Lithuanian and Russian, names in Cyrillic romanised; and the doubts of a lone word by the date.
Invented strings (a name in Cyrillic is given in Latin letters: see `people.romanise`)."""

from __future__ import annotations

import pytest

from pipelines.fields.people.romanise import romanised
from tests.pipelines.fields.parsed import field, value

COLLECTORS = [
    # the surname before its initials, no comma, after a keyword
    ("Примерово, луг\n12.VI.1961\nСобр. Иванова А. П.", "Ivanova A. P."),
    ("Sampleton, wet meadow\n12.vi.1961\nleg. Muster K.", "Muster K."),
    ("Sampleton\n12.6.1901\nLeg. Muster K. & Beispiel J.", "Muster K. | Beispiel J."),
    ("Sampleton\nleg. MUSTER J. K. 1901", "MUSTER J. K."),
    # a month in Roman figures before the year is no initial
    ("Sampleton\nleg. Muster V. 1901", "Muster"),
    ("Примерово\n12 VI 1961\nСборщик: Иванов И.И.", "Ivanov I.I."),
    ("Примерово\nСобрали: Иванов И., Петров П.", "Ivanov I. | Petrov P."),
    # with a comma, as before
    ("Näidise, raba\nLeg. Mustkask, A.\n12.06.1955", "Mustkask, A."),
    # the cues of the Baltic languages and Russian
    ("Примерово, болото\nСбор: Петров П.\n1954", "Petrov P."),
    ("Примерово, луг\n12.VI.1961\nСобрал и определил И. Иванов", "I. Ivanov"),
    ("Примерово, луг\n12.VI.1961\nсобр. и опр. Иванова А. П.", "Ivanova A. P."),
    ("Näidise küla\n12.06.1961\nKorjas: K. Mustkask", "K. Mustkask"),
    ("Näidise küla\n12.06.1961\nKogus: K. Mustkask", "K. Mustkask"),
    ("Paraugu pag., pļava\n12.06.1931\nIevāca: K. Paraudzinš", "K. Paraudzinš"),
    ("Pavyzdžių k., pieva\n12.06.1931\nSurinko K. Pavyzdys", "K. Pavyzdys"),
    ("Sampelhof, Wiese\n12.6.1889\ngesamm. K. Muster", "K. Muster"),
    ("Livland: Sampelhof\n12. Juni 1859\nges. v. K. Muster", "K. Muster"),
    # a given name in full before the surname is no surname listed first
    ("Sampleton, 12.6.1901\nLeg. Karl Muster", "Karl Muster"),
    # the collector in brackets after the date on its line
    ("Sampleton, 12.vi.1931 (K. Muster)", "K. Muster"),
    ("Sampleton, 12.6.1901; K. Muster", "K. Muster"),
]


@pytest.mark.parametrize(("text", "expected"), COLLECTORS)
def test_collectors(text: str, expected: str) -> None:
    assert value(text) == expected


DETERMINERS = [
    ("Примерово\n12.VI.1961\nСобр. И. Иванов\nОпр. Петров Б. В.", "Petrov B. V."),
    ("Sampleton\n12.6.1901\nDet. Muster K. 1962", "Muster K."),
    ("Näidise küla\n12.06.1961\nKogus: K. Muster\nMääras: J. Beispiel", "J. Beispiel"),
    ("Paraugu pag.\n12.06.1931\nIevāca: K. Muster\nNoteica: J. Piemērs", "J. Piemērs"),
    ("Примерово\nСобр. И. Иванов\nОпредел. П. Петров", "P. Petrov"),
    ("Примерово\nСборщик: Иванов И.И.\nОпределил: Петров П.П.", "Petrov P.P."),
]


@pytest.mark.parametrize(("text", "expected"), DETERMINERS)
def test_determiners(text: str, expected: str) -> None:
    assert value(text, "identifiedBy") == expected


# Not a surname before its initials where no keyword says a name stands: a genus and its
# author's initial
NOT_SURNAME_FIRST = [
    ("Exempla L.\nSampleton, 12.6.1901\nleg. K. Muster", "K. Muster"),
    ("Exempla L.\nSampleton\n12.6.1901", None),
]


@pytest.mark.parametrize(("text", "expected"), NOT_SURNAME_FIRST)
def test_not_surname_first(text: str, expected: str | None) -> None:
    assert value(text) == expected


# A lone word under the date, no cue naming it the collector's: offered, doubted (below 0.9);
# initials or a keyword make it sure.
LONE_WORDS = [
    ("Carex exempla L.\nSampleton Wood\n12.6.1901\nBeispiel", True),
    ("Carex exempla L.\nSampelhof bei Exempla\nJuni 1889\nMuster", True),
    ("Carex exempla L.\nSampleton Wood\n12.6.1901\nK. Beispiel", False),
    ("Carex exempla L.\nSampleton Wood\n12.6.1901\nleg. Beispiel", False),
]


def test_lone_words_under_the_date_outrank_a_lone_word_before_it() -> None:
    # "Place, date" is the commoner line: the lone words under it are the collectors (doubted)
    got = field("Carex exempla L.\nSampleton, 12.6.1901\nMuster & Beispiel", "recordedBy")
    assert got is not None
    assert got.value == "Muster | Beispiel"
    assert got.confidence < 0.9


@pytest.mark.parametrize(("text", "doubted"), LONE_WORDS)
def test_a_lone_word_by_the_date_is_doubted(text: str, doubted: bool) -> None:
    got = field(text, "recordedBy")
    assert got is not None
    assert ("surname_only" in got.flags) is doubted
    assert (got.confidence < 0.9) is doubted


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        ("Иванова А. П.", "Ivanova A. P."),
        ("Щукин", "Shchukin"),
        ("ЩУКИН Ж. Ю.", "SHCHUKIN Zh. Yu."),
        ("Соловьёв", "Solovev"),
        ("Хмельницкий", "Khmelnitskiy"),
        ("K. Muster", "K. Muster"),
    ],
)
def test_romanised(cyrillic: str, latin: str) -> None:
    assert romanised(cyrillic) == latin


def test_a_name_in_cyrillic_is_offered_romanised_and_doubted() -> None:
    got = field("Примерово, луг\n12.VI.1961\nСобр. Иванова А. П.", "recordedBy")
    assert got is not None
    assert got.value == "Ivanova A. P."
    assert got.evidence.text == "Иванова А. П."
    assert "romanised" in got.flags
    assert got.confidence < 0.9


# The OCR's Cyrillic look-alikes in a name printed in Latin letters are set back by their look,
# with no doubt; a name in Cyrillic with a Latin look-alike in it is still romanised
@pytest.mark.parametrize(
    ("text", "expected", "flagged"),
    [
        ("Sampleton\n12.6.1901\nleg. К. Мuster", "K. Muster", False),
        ("Sampleton\n12.6.1901\nleg. Н. Muster", "H. Muster", False),
        ("Примерово\n12.6.1901\nСобр. Ивaнова А. П.", "Ivanova A. P.", True),
        ("Sampleton\n12.6.1901\nleg. K. Muster & И. Иванов", "K. Muster | I. Ivanov", True),
    ],
)
def test_cyrillic_look_alikes(text: str, expected: str, flagged: bool) -> None:
    got = field(text, "recordedBy")
    assert got is not None
    assert got.value == expected
    assert ("romanised" in got.flags) is flagged
