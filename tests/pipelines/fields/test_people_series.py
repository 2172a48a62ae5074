"""Collectors with a series' number, numbers after a date's collector, doubtful field numbers and
name lines on several slips (issue 16), on invented strings."""

from __future__ import annotations

import pytest

from models.dwc import Term
from pipelines.fields import labels_from_text, parse_fields


def fields(text: str) -> dict[str, tuple[str, list[str]]]:
    return {k: (c.value, list(c.flags)) for k, c in parse_fields(labels_from_text(text)).items()}


SERIES = [
    # a series' code of initials between the name and the number
    (
        "Flora of Examplia\nAus bus L.\nExampleton, in grassy places, 6000 ft.\n"
        "G. H. K. Muster C.P. 1234\nDec. 1865",
        "G. H. K. Muster",
        "1234",
    ),
    ("Exampleton, in grassy places\nK. Muster n. 123\nDec. 1865", "K. Muster", "123"),
    # an exsiccata's title of abbreviated words before the number's key is no second person
    ("Exampleton\nleg. K. Muster, Pl. Exempl. no. 45\nDec. 1865", "K. Muster", "45"),
    ("Exampleton\nleg. K. Muster, Fl. Exs. n. 45\nDec. 1865", "K. Muster", "45"),
    # a second person after a comma stays one
    ("Exampleton\nleg. K. Muster, O. Beispiel no. 45\n3 May 1901", "K. Muster | O. Beispiel", "45"),
]


@pytest.mark.parametrize(("text", "collector", "number"), SERIES)
def test_series_number_after_name(text: str, collector: str, number: str) -> None:
    f = fields(text)
    assert f[Term.recordedBy.value][0] == collector
    assert f[Term.recordNumber.value][0] == number


def test_a_month_after_the_name_is_no_series() -> None:
    f = fields("Exampleton\nK. Muster, Jun. 12 1899")
    assert Term.recordNumber.value not in f


AFTER_DATE = [
    (
        "Exampleton, forest on N flank of\nMt Exempla.\n\nAlt: 4 000 ft s.m.\n"
        "12 Mar. 1977 K.L. Muster-Beispiel 41234 & O.P. Exempel",
        "K.L. Muster-Beispiel | O.P. Exempel",
        "41234",
    ),
    ("Exampleton, forest\n\n12 Mar. 1977 K.L. Muster 41234", "K.L. Muster", "41234"),
]


@pytest.mark.parametrize(("text", "collector", "number"), AFTER_DATE)
def test_name_and_number_after_the_date(text: str, collector: str, number: str) -> None:
    f = fields(text)
    assert f[Term.recordedBy.value][0] == collector
    assert f[Term.recordNumber.value][0] == number


def test_words_after_the_number_are_not_taken() -> None:
    f = fields("Exampleton\n\n12 Mar. 1977 K.L. Muster 41234 Exampleton hills")
    assert Term.recordNumber.value not in f


def test_a_keyed_number_elsewhere_makes_the_name_number_uncertain() -> None:
    text = (
        "Exampleton, forest on N flank of\nMt Exempla. (Field No 108).\n\n"
        "12 Mar. 1977 K.L. Muster 41234 & O.P. Exempel"
    )
    f = fields(text)
    assert f[Term.recordNumber.value] == ("41234", ["uncertain_number"])
    assert parse_fields(labels_from_text(text))[Term.recordNumber.value].confidence < 0.9


def test_the_same_keyed_number_is_no_doubt() -> None:
    f = fields("Exampleton\nColl. K. Muster No. 412\n12 May 1950")
    assert f[Term.recordNumber.value] == ("412", [])


def test_a_one_figure_number_is_uncertain() -> None:
    text = "Exampleton\nColl. K. Muster No. 4\n12 May 1950"
    f = fields(text)
    assert f[Term.recordNumber.value] == ("4", ["uncertain_number"])
    assert parse_fields(labels_from_text(text))[Term.recordNumber.value].confidence < 0.9


def test_a_day_after_a_name_is_no_number() -> None:
    text = (
        "12345\nspores\ncontaminated\nT. Beispiel 24. I. 1984\n\nExampleton, rocky outcrops\n\n"
        "Karl Muster 12345a\n\n27. X. 1982"
    )
    f = fields(text)
    assert f[Term.recordedBy.value][0] == "Karl Muster"
    assert f[Term.recordNumber.value][0] == "12345a"


def test_name_lines_on_two_slips_are_doubted() -> None:
    text = (
        "Herbarium of Examplia\nAus bus L.\n\nTissa K. Muster\n\nDate: Jan. 1977\n\n"
        "Exampleton, in forest\n\nO. Beispiel."
    )
    f = fields(text)
    assert f[Term.recordedBy.value] == ("Tissa K. Muster", ["several_collectors"])
    assert parse_fields(labels_from_text(text))[Term.recordedBy.value].confidence < 0.9


def test_one_name_line_is_no_doubt() -> None:
    f = fields("Herbarium of Examplia\nAus bus L.\n\nExampleton, in forest\n\nO. Beispiel.")
    assert f[Term.recordedBy.value] == ("O. Beispiel", [])


def test_a_surname_with_sine_numero_is_the_collector() -> None:
    f = fields(
        "Flora of Examplia\nAus bus L.\nExampleton, in grassy places\nMuster s.n.\nDec. 1865"
    )
    assert f[Term.recordedBy.value][0] == "Muster"
    assert f[Term.recordNumber.value][0] == "s.n."


@pytest.mark.parametrize("text", ["Exampleton\nLake s.n.", "Exampleton\nMuster s.n. Exempelberg"])
def test_no_surname_sine_numero(text: str) -> None:
    assert Term.recordedBy.value not in fields(text)


SIGNED = [
    ("Aus bus L.\nExampleton, rocky outcrops\n27. X. 1982\n\nT. Beispiel\n1984", False),
    ("Aus bus L.\nExampleton, rocky outcrops\n27. X. 1982\n\nT. Beispiel\n3 May 1984", True),
    # a name alone on its slip, or the collection's date on the slip: the collector's
    ("Aus bus L.\nExampleton, rocky outcrops\n27. X. 1982\n\nT. Beispiel", False),
    ("Aus bus L.\nExampleton, rocky outcrops\n\nT. Beispiel\n1984", False),
]


@pytest.mark.parametrize(("text", "signed"), SIGNED)
def test_a_signed_and_dated_slip_is_no_sure_collector(text: str, signed: bool) -> None:
    c = parse_fields(labels_from_text(text))[Term.recordedBy.value]
    assert c.value == "T. Beispiel"
    assert ("signed_slip" in c.flags) is signed
    assert (c.confidence < 0.9) is signed
