"""Collectors, numbers and determiners in shapes found by probing invented labels of unseen
institutions: a key and a date before the name ("Сбор. 12.VII.1970 Иванов И.И."), "leg" without
its stop, a surname in Cyrillic before its initials on a line of its own, Estonian cues after the
name or doubled, a bare number before its collector, the signer of a revision slip (no reverend),
and the herbarium a specimen went to in brackets. Invented strings."""

from __future__ import annotations

import pytest

from pipelines.fields import labels_from_text
from pipelines.fields.people import record_number_candidates
from pipelines.fields.text import make_labels
from tests.pipelines.fields.parsed import field, value

COLLECTORS = [
    # a date between the key and the name on its line
    ("Примерово, луг\nСбор. 12.VII.1970 Иванов И.И.", "Ivanov I.I."),
    ("Sampleton, meadow\nleg. 12.VI.1935 K. Muster", "K. Muster"),
    # the Latin key's stop lost before initials
    ("Exampleshire, Sampleton\n12. VI. 1956 leg K. Muster", "K. Muster"),
    ("Sampleton, wood\nLeg J. Beispiel\n1901", "J. Beispiel"),
    # a surname in Cyrillic before its initials, a line of its own under the date or over it
    ("Гербарий\nОкрестности Примерово, луг\n12.VI.1935\nИванов И.", "Ivanov I."),
    ("Окрестности Примерово, лес\nИванова А.\n3.VIII.1951", "Ivanova A."),
    ("Окрестности Примерово\n3.VIII.1951\nПетров П. П.", "Petrov P. P."),
    # Estonian: the key after the name, and the collector who also named it
    ("Harjumaa, Näidise mets\n12.VI.1956\nK. Muster kogus", "K. Muster"),
    ("Tartumaa, Näidise soo\nKogunud ja määranud K. Muster\n14.VII.1960", "K. Muster"),
    ("Tartumaa, Näidise soo\nKogus ja määras K. Muster\n14.VII.1960", "K. Muster"),
    # a bare number before the collector, the date after the name
    ("Plants of Exampleshire\nSampleton, hedge bank\n1234 K. Muster 12 May 1901", "K. Muster"),
    # the herbarium the specimen went to, in brackets: the donor's, not a second collector
    ("Sampleton, wood\nK. Muster (in herb. J. Beispiel)\n1899", "K. Muster"),
    # a series' title over its number is no name: the collector is by the date
    ("Plantae Exemplenses\nNo. 45\nSampleton\n12.VI.1899\nK. Muster", "K. Muster"),
    ("Iter Exemplum\nNo. 45\nSampleton\n12.VI.1899\nJ. Beispiel", "J. Beispiel"),
    # a reverend collecting, no slip's shape: kept
    ("Sampleton, Exampleshire\nRev. K. Muster\nJuly 1850", "Rev. K. Muster"),
]


@pytest.mark.parametrize(("text", "expected"), COLLECTORS)
def test_collectors(text: str, expected: str) -> None:
    assert value(text) == expected


NO_COLLECTOR = [
    # the signer of a revision slip printed without "det.": the determiner, no collector
    "Carex exampla L.\nRev. K. Muster, 1972",
    "Exampla ornata (Muster) Beispiel\nK. Muster & J. Beispiel (2005)",
    # "leg" without its stop before a word in small letters: no key
    "Sampleton\nleg broken, antenna missing",
    # a genus and its author's initial in Latin letters is no surname before initials
    "Exempla L.\nSampleton",
]


@pytest.mark.parametrize("text", NO_COLLECTOR)
def test_no_collector(text: str) -> None:
    assert value(text) is None


def test_slip_signer_is_the_determiner() -> None:
    text = "Carex exampla L.\nRev. K. Muster, 1972"
    assert value(text, "identifiedBy") is not None
    assert value(text) is None


NUMBERS = [
    ("Plants of Exampleshire\nSampleton, hedge bank\n1234 K. Muster 12 May 1901", "1234"),
    ("Sampleton\n1234 K. Muster", "1234"),
]


@pytest.mark.parametrize(("text", "expected"), NUMBERS)
def test_number_before_collector(text: str, expected: str) -> None:
    got = field(text, "recordNumber")
    assert got is not None and got.value == expected
    # as often a register's number: below the bulk-accept line
    assert "uncertain_number" in got.flags and got.confidence < 0.9


NO_NUMBER = [
    # a year before the name is the date's, no number
    "Sampleton\n1901 K. Muster",
    # a number before another line's name is no field number of the collector's
    "Sampleton\n1234\nleg. K. Muster",
]


@pytest.mark.parametrize("text", NO_NUMBER)
def test_no_number_before_collector(text: str) -> None:
    got = field(text, "recordNumber")
    assert got is None or got.evidence.rule != "number.before_collector"


def test_thousands_comma_dropped() -> None:
    got = field("Sampleton, wood\nleg. K. Muster\nNo. 12,031", "recordNumber")
    assert got is not None and got.value == "12031"


def test_lone_number_label_doubted() -> None:
    # five or six figures that are a label of their own: a sheet's stamp as often
    got = field("Sampleton, wood\n12.VI.1901\n\n201280\n\nHerbarium Exemplense", "recordNumber")
    assert got is None or ("uncertain_number" in got.flags and got.confidence < 0.9)


def test_number_opening_a_printed_label_kept() -> None:
    # five or six figures opening a label over its printed header: the collector's number
    labels = make_labels(labels_from_text("650161\nLICHENS OF EXAMPLELAND\nSampleton, on bark"))
    found = record_number_candidates(labels)
    assert [(c.value, c.flags) for c in found] == [("650161", [])]


DETERMINERS = [
    # a date between the key and the name
    ("Carex exampla L.\nDet. 1972 K. Muster", "K. Muster"),
    ("Carex exampla L.\nrev. 12.VI.1972 K. Muster", "K. Muster"),
    # "Rev." capitalised with a year after it: a revision, no reverend
    ("Carex exampla L.\nRev. 1972 K. Muster", "K. Muster"),
]


@pytest.mark.parametrize(("text", "expected"), DETERMINERS)
def test_determiners(text: str, expected: str) -> None:
    assert value(text, "identifiedBy") == expected


def test_reverend_without_year_is_no_revision() -> None:
    text = "Sampleton, Exampleshire\nRev. K. Muster\nJuly 1850"
    assert value(text, "identifiedBy") is None
    assert value(text) == "Rev. K. Muster"
