"""People and names on the shapes UK herbaria and the NHM's insect drawers hold from elsewhere
(invented strings): a glen under a place, a region heading an insect's label, a herbarium after
"Det.", a register number under the collector, a field number above a Roman month, forest
departments' field series, a form's English words, a type's designator."""

from __future__ import annotations

import pytest

from models.dwc import Term
from pipelines.fields import PERSON_OR_PLACE, labels_from_text
from pipelines.fields.people.series import series_numbers
from pipelines.fields.text import make_labels
from tests.pipelines.fields.parsed import reading as got
from tests.pipelines.fields.parsed import value

RECORDED_BY = Term.recordedBy.value
NUMBER = Term.recordNumber.value
IDENTIFIED_BY = Term.identifiedBy.value
NAME = Term.scientificName.value


# A given name that is also a kind of place, under a place, with no key: doubted, never sure.
@pytest.mark.parametrize(
    "text",
    [
        "SCOTLAND\nSampleton\nGlen Example\n12.vii.1950",
        "ENGLAND\nExampleshire\nDale Sample\n3.v.1921",
        "Exampleshire\nBrook Muster",
    ],
)
def test_given_name_that_is_a_kind_of_place_is_doubted(text: str) -> None:
    c = got(text, RECORDED_BY)
    assert c is None or (PERSON_OR_PLACE in c[2] and c[1] < 0.9)


@pytest.mark.parametrize(
    "text, who",
    [
        # an initial after the given name: a person
        ("Exampleshire\nGlen K. Muster\n12.vii.1950", "Glen K. Muster"),
        # a given name that is no kind of place
        ("Exampleshire\nJonas Muster\n12.vii.1950", "Jonas Muster"),
    ],
)
def test_person_with_such_a_given_name_is_kept(text: str, who: str) -> None:
    c = got(text, RECORDED_BY)
    assert c is not None and c[0] == who and PERSON_OR_PLACE not in c[2]


# A region heading an insect's label: a line ending in a colon, a compass point's initial before
# a land's name.
@pytest.mark.parametrize(
    "text, who",
    [
        ("S. Exampleland:\n\nSampleton\n\n4.xi.1932\n\n(K. Muster)", "K. Muster"),
        ("N. Exampleland\n\nSampleton\n\n4.xi.1932", None),
        ("N. Exampleland\nSampleton\n4.xi.1932", None),
        ("S. Africa\nSampleton\n4.xi.1932", None),
        ("W. Australia\n\nSampleton\n\n4.xi.1932", None),
        # a person whose initial is a compass point's letter
        ("Sampleton\n4.xi.1932\n\nN. Muster", "N. Muster"),
        ("Sampleton\n4.xi.1932\n\nE. Beispiel", "E. Beispiel"),
    ],
)
def test_region_heading_an_insect_label_is_no_collector(text: str, who: str | None) -> None:
    assert value(text, RECORDED_BY) == who


# A herbarium or its staff after "Det.": no person.
@pytest.mark.parametrize(
    "text",
    [
        "Quercus examplea L.\nDet. Kew 1913",
        "Quercus examplea L.\nDet. at K",
        "Quercus examplea L.\nDet. BM staff 1950",
        "Quercus examplea L.\nDet. at Kew, 1913",
    ],
)
def test_institution_after_det_is_no_determiner(text: str) -> None:
    assert value(text, IDENTIFIED_BY) is None


def test_determiner_after_det_is_kept() -> None:
    assert value("Quercus examplea L.\ndet. K. Muster (K) 1950", IDENTIFIED_BY) == "K. Muster"


def test_determiner_under_determined_by_is_no_collector() -> None:
    text = "Specimen determined by\nK. Muster 1980"
    assert value(text, IDENTIFIED_BY) == "K. Muster"
    assert value(text, RECORDED_BY) is None


# A year, a hyphen and a short tail under the collector, no key: a museum's register number.
@pytest.mark.parametrize(
    "text",
    [
        "Sampleton\nK. Muster\n1926-7",
        "Exampleshire\nH. Beispiel\n1908-77",
        "Sampleton\n\nK. Muster\n\n1937-512",
    ],
)
def test_register_number_under_the_collector_is_no_field_number(text: str) -> None:
    assert value(text, NUMBER) is None


@pytest.mark.parametrize(
    "text, number",
    [
        ("Sampleton\nK. Muster\n#1926-7", "1926-7"),  # keyed: the collector's
        ("Sampleton\nK. Muster\n861", "861"),
        ("Sampleton\nK. Muster\n87-216", "87-216"),  # a two-figure year and a serial
    ],
)
def test_field_number_under_the_collector_is_kept(text: str, number: str) -> None:
    assert value(text, NUMBER) == number


# The field number ending the collector's line over a month in Roman figures and its year.
@pytest.mark.parametrize(
    "text, number",
    [
        ("Rio Exemplo\nleg. A. Exemplo 12\nXI-1950", "12"),
        ("Rio Exemplo\nleg. A. Exemplo 345\niv.1962", "345"),
    ],
)
def test_number_above_a_month_and_year_is_the_field_number(text: str, number: str) -> None:
    assert value(text, NUMBER) == number


@pytest.mark.parametrize(
    "text",
    [
        "Rio Exemplo\nleg. A. Exemplo 12 XI 1950",  # one line: the date's day
        "Sampleton\nleg. K. Muster 24. V. 1984",
    ],
)
def test_day_before_the_month_on_its_line_is_no_number(text: str) -> None:
    assert value(text, NUMBER) is None


# Forest departments' and expeditions' field series: the collector's number, with its code.
@pytest.mark.parametrize(
    "text, number",
    [
        ("Flora of Exampleland\nSFN 12345\nSampleton, 12 Jan 1950", "SFN 12345"),
        ("Sarawak S. 12345\nExample Hill, 300 m\n3 Mar 1962", "S. 12345"),
        ("British Solomon Islands\nBSIP 1234\nExample Island", "BSIP 1234"),
        ("New Guinea\nNGF 12345\nSampleton, 1000 m", "NGF 12345"),
        ("FRI 23456\nSampleton, Exampleland", "FRI 23456"),
    ],
)
def test_series_number_is_the_field_number(text: str, number: str) -> None:
    assert value(text, NUMBER) == number


@pytest.mark.parametrize(
    "text",
    [
        "SFNX 12345",  # no series' code
        "Sampleton S. 12345",  # "S." after no Sarawak
        "BSIP 12",  # a catch's figure: too short for a series
        "NGF12345678",  # a longer code's digits
    ],
)
def test_no_series_number(text: str) -> None:
    assert series_numbers(make_labels(labels_from_text(text))) == []


# A form's English words are no genus.
@pytest.mark.parametrize(
    "text",
    [
        "Specimen examined for\nFLORA OF EXAMPLELAND\nby K. Muster 1975",
        "SPECIMEN EXAMINED FOR\nFLORA OF EXAMPLELAND",
        "Plants collected for\nFlora of Exampleland",
        "Sheet examined\nK. Muster 1975",
    ],
)
def test_form_words_are_no_name(text: str) -> None:
    assert value(text, NAME) is None


def test_name_under_the_form_words_is_taken() -> None:
    text = "Specimen examined for\nFLORA OF EXAMPLELAND\nExampla ornata L."
    assert value(text, NAME) == "Exampla ornata"


# A type's designator is no collector nor determiner of the specimen.
@pytest.mark.parametrize(
    "text",
    [
        "Poa examplea Hack.\nLectotype designated by K. Muster 1980",
        "Poa examplea Hack.\nLECTOTYPUS (design. K. Muster 1985)",
        "Neotype selected by K. Muster 1990\nPoa examplea Hack.",
    ],
)
def test_type_designator_is_nobody_of_the_specimen(text: str) -> None:
    assert value(text, RECORDED_BY) is None
    assert value(text, IDENTIFIED_BY) is None


def test_collector_beside_a_type_designation_is_kept() -> None:
    text = (
        "Poa examplea Hack.\nSampleton, in pratis\nleg. J. Beispiel 1890\n"
        "LECTOTYPUS (design. K. Muster 1985)"
    )
    assert value(text, RECORDED_BY) == "J. Beispiel"


# An expedition cut short beside the date is no person.
@pytest.mark.parametrize(
    "text",
    [
        "Sampleton\n15.vi.1952\nExample Expedn.\nB.M. 1952-456",
        "Sampleton\n12-14.v.1962\nExampleland Exp.",
        "Sampleton\n15.vi.1952\nExample Univ. Exped.",
    ],
)
def test_expedition_beside_the_date_is_no_collector(text: str) -> None:
    assert value(text, RECORDED_BY) is None


def test_person_under_an_expedition_is_kept() -> None:
    text = "Sampleton\n15.vi.1952\nExample Univ. Exped.\nK. Muster"
    assert value(text, RECORDED_BY) == "K. Muster"


# The name's author and year under a binomial on a type's label: no collector.
def test_author_and_year_under_the_name_is_no_collector() -> None:
    assert value("HOLOTYPE\nExampla ornata\nMuster, 1960", RECORDED_BY) is None


def test_initialled_collector_and_year_under_the_name_is_kept() -> None:
    assert value("Exampla ornata\nK. Muster, 1960", RECORDED_BY) == "K. Muster"


# A donor's cue alone on its line, the name under it: the former collection, no collector.
@pytest.mark.parametrize(
    "text",
    [
        "Ex coll.\nJ. Beispiel\n1950-3",
        "Pres. by\nK. Muster\nB.M. 1950-123",
        "Ex coll.\nK. Muster",
    ],
)
def test_donor_under_its_cue_is_no_collector(text: str) -> None:
    assert value(text, RECORDED_BY) is None


@pytest.mark.parametrize(
    "text, who",
    [
        # a herbarium's header over the collector's line is no donor's cue
        ("HERBARIUM\nK. Muster 1234\nSampleton", "K. Muster"),
        ("Sampleton\n12.v.1901\nJ. Beispiel\n\nPres. by\nK. Muster\nB.M. 1950-123", "J. Beispiel"),
    ],
)
def test_collector_beside_a_donor_is_kept(text: str, who: str) -> None:
    assert value(text, RECORDED_BY) == who


# Latin words of a garden's or a living plant's label are no genus.
@pytest.mark.parametrize("text", ["Planta viva\nHortus Kewensis", "Ex Horto Kewensi"])
def test_garden_words_are_no_name(text: str) -> None:
    assert value(text, NAME) is None


def test_name_under_garden_words_is_taken() -> None:
    assert value("Ex Horto Kewensi\nExampla ornata", NAME) == "Exampla ornata"


# A year and its serial after the name, no key: doubted; a range of years: no field number.
@pytest.mark.parametrize(
    "text",
    ["Exampla ornata L.\nSampleton\nK. Muster 1965-123", "Coll. K. Muster 1965-123\nSampleton"],
)
def test_year_and_serial_after_the_name_is_doubted(text: str) -> None:
    c = got(text, NUMBER)
    assert c is not None and c[0] == "1965-123" and "uncertain_number" in c[2]


def test_keyed_collector_on_a_register_shaped_line_is_kept() -> None:
    assert value("Coll. K. Muster 1965-123\nSampleton", RECORDED_BY) == "K. Muster"


def test_range_of_years_under_the_collector_is_no_field_number() -> None:
    assert value("Exampla ornata L.\nSampleton\nJ. Beispiel\n1908-1912", NUMBER) is None


def test_number_in_brackets_after_a_name_line() -> None:
    text = "Exampla ornata L.\nSampleton, Exampleshire\n12 May 1920\nK. Muster (No. 23)"
    assert value(text, RECORDED_BY) == "K. Muster"
    assert value(text, NUMBER) == "23"


def test_collector_under_a_glen_is_taken_alone() -> None:
    c = got("Glen Example\nK. Muster", RECORDED_BY)
    assert c is not None and c[0] == "K. Muster" and PERSON_OR_PLACE not in c[2]


# An institution's name, initials or town after "Det.": no determiner.
@pytest.mark.parametrize(
    "text",
    [
        "Exampla ornata L.\nDet. Herb. Kew",
        "Exampla ornata L.\nDet. R.B.G.E. 1970",
        "Exampla ornata L.\nDet. Brit. Mus. 1920",
        "Exampla ornata L.\nDet. Edinburgh 1970",
        "Exampla ornata L.\nDet. Herb. Berol.",
        "Exampla ornata L.\nDet. Berlin-Dahlem 1960",
        "Exampla ornata\nDet. CSIRO staff 1990",
    ],
)
def test_institution_words_after_det_are_no_determiner(text: str) -> None:
    assert value(text, IDENTIFIED_BY) is None


@pytest.mark.parametrize(
    "text, who",
    [
        ("Exampla ornata\nDet. K. Muster Sept. 1975", "K. Muster"),
        ("Exampla ornata\nDet. K. Muster, Edinburgh 1970", "K. Muster"),
        ("Exampla ornata\nDet. K. Muster (Herb. Kew) 1970", "K. Muster"),
        ("Exampla ornata\nDet. K.L.M.", "K.L.M."),
    ],
)
def test_determiner_beside_an_institution_is_kept(text: str, who: str) -> None:
    assert value(text, IDENTIFIED_BY) == who


def test_determiner_before_a_form_caption_is_kept() -> None:
    text = "Exampla ornata\nDet. K. Muster\t\tDate 23 June 1965\nHERBARIUM OF EXAMPLE UNIVERSITY"
    assert value(text, IDENTIFIED_BY) == "K. Muster"


# Names under the date that run on to the next line.
@pytest.mark.parametrize(
    "text, who",
    [
        ("Sampleton\n12.vi.1930\nJ. Beispiel &\nK. Muster", "J. Beispiel | K. Muster"),
        ("Sampleton\n12.vi.1930\nJ. Beispiel and\nK. Muster", "J. Beispiel | K. Muster"),
        # a place under the "&": the first name alone
        ("Sampleton\n12.vi.1930\nJ. Beispiel &\nExampleland", "J. Beispiel"),
    ],
)
def test_names_under_the_date_run_on(text: str, who: str) -> None:
    assert value(text, RECORDED_BY) == who
