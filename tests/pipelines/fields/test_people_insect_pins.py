"""Collectors, numbers, determiners, names and type statuses of insect pin labels and colonial
sheets: a collecting method's or a nobody's words ("Malaise trap", "Native collector") that are
no name nor the line a name's author stands under, a slip signed before its "det." key with the
year left blank ("K. Muster det. 19__"), "sine numero" without its stops ("K. Muster sn"), a
height alone on its line that is no field number ("1200m"), a zoologist's author and year under
a type label's name, "Paralectotype". Invented strings."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import field, value

COLLECTORS = [
    # a collecting method's line between the date and the collector is no binomial, whose
    # author the name under it would be
    ("Sampleton 12.vi.1950\nMalaise trap\nJ. Beispiel", "J. Beispiel"),
    ("Sampleton\n12.vi.1950\nPitfall trap\nK. Muster", "K. Muster"),
    ("Sampleton\n12.vi.1950\nLight trap\nJ. Beispiel", "J. Beispiel"),
    # "sine numero" with its stops lost or never printed
    ("Sampleton\nK. Muster sn", "K. Muster"),
    ("W.A.: Sampleton\nK. Muster sn\n12.x.1931", "K. Muster"),
    ("K. Muster s.n\nSampleton", "K. Muster"),
    ("Sampleton\nMuster sn", "Muster"),
    # initials without their stops after a collector's key or before one
    ("Sampleton\n5.vi.1970\nleg. K Muster", "K Muster"),
    ("Sampleton\n5.vi.1970\nleg. K J Muster", "K J Muster"),
    ("Sampleton\n5.vi.1970\nK Muster leg.", "K Muster"),
    # "Collector" before a name with initials, its colon not printed, in running text
    ("Leaves glaucous, flowers white. Collector K. Muster. 12 June 1931. Sampleton.", "K. Muster"),
    ("Sampleton\n12.vi.1960\nCollector K. Muster", "K. Muster"),
    # a preparation's label: its name and number are the preparer's and the slide's
    ("Sampleton\n12.vi.1960\nK. Muster\n\nGenitalia slide\nJ. Beispiel 1234", "K. Muster"),
    ("Sampleton\n12.vi.1960\nJ. Beispiel\n\nGen. prep. K. Muster 1234", "J. Beispiel"),
    ("Sampleton\n12.vi.1960\nJ. Beispiel\n\nSlide No. 12\nK. Muster", "J. Beispiel"),
    # a word after a preparation's key keeps the line below a collector's
    ("Sampleton\nPrep. Exampla\nK. Muster 123", "K. Muster"),
    # the possessive of the collector who hired the collectors
    ("Plants of Sampleton\nK. Muster's Collectors\nNo. 4567\n1922", "K. Muster"),
    # the French key after the name
    ("Sampleton\nK. Muster réc.\nVI.1930", "K. Muster"),
]


@pytest.mark.parametrize(("text", "expected"), COLLECTORS)
def test_collectors(text: str, expected: str) -> None:
    assert value(text) == expected


NOT_COLLECTORS = [
    # a word that begins with "sn" is no "sine numero"
    ("Sampleton\nK. Muster snow", None),
    # the author under a binomial is still no collector
    ("Exampla minor\nK. Muster", None),
    # a bearing and a place, no initial and a surname, without a key
    ("Sampleton\n5.vi.1970\nN Sampleton", None),
    # the designator of a lectotype, under the designation's word
    (
        "Lectotype ♂\nExampla minor\nMuster\ndesignated\nJ. Beispiel 1990\n\nSampleton\n12.vi.1920",
        None,
    ),
    # a published catalogue's series, its stop lost: no person named "Cat"
    ("Wallich Cat 1234\nExampla minor", None),
    # the seller of a purchase
    ("Sampleton\n12.vi.1960\nAnkauf K. Muster 1935", None),
]


@pytest.mark.parametrize(("text", "expected"), NOT_COLLECTORS)
def test_not_collectors(text: str, expected: str | None) -> None:
    assert value(text) == expected


NUMBERS = [
    ("Sampleton\nK. Muster sn", "s.n."),
    ("leg. K. Muster sn\nSampleton", "s.n."),
    # after a surname alone or a place "sn" is as often a Swedish parish (socken): no number
    ("Sampleton\nMuster sn", None),
    ("Carex exempla L.\nSm. Exempelby sn\n1899", None),
    # a number with a letter after it alone on its line stays a field number
    ("Sampleton\n3798a\nK. Muster", "3798a"),
    # a height in metres alone on its line is none
    ("Sampleton\n1200m\nVI.1950\nleg. K. Muster", None),
    ("Sampleton\n1200m\nVI.1950\nleg. K. Muster\ncoll. J. Beispiel", None),
    # a slide's number, no field number
    ("Sampleton\n12.vi.1960\nK. Muster\n\nSlide K. Muster 123", None),
    ("Sampleton\n12.vi.1960\nK. Muster\n\nGenitalia slide\nJ. Beispiel 1234", None),
    # a type's number in a museum's register
    ("Sampleton\n12.vi.1950\nK. Muster\nType No. 1234", None),
    ("Sampleton\n12.vi.1950\nK. Muster\nUSNM Type No. 12345", None),
    # after a collector's key it stays, doubted
    ("Sampleton\nleg. K. Muster 1965-123", "1965-123"),
]


@pytest.mark.parametrize(("text", "expected"), NUMBERS)
def test_numbers(text: str, expected: str | None) -> None:
    assert value(text, "recordNumber") == expected


DETERMINERS = [
    # the signer before a "det." key that ends the line, the year printed as a century only:
    # the name under it is the one determined, no determiner
    ("K. Muster det. 19\nExampla minor", "K. Muster"),
    ("K. Muster det. 19__\nExampla minor", "K. Muster"),
    ("Exampla minor\nK. Muster det. 1975", "K. Muster"),
    # the key first, the name after it
    ("det. K. Muster 1975\nExampla minor", "K. Muster"),
    ("Exampla minor det.\nK. Muster", "K. Muster"),
    # "vidit", "confirmed", "revised" after the name
    ("Exampla minor\nJ. Beispiel vid. 1990", "J. Beispiel"),
    ("Exampla minor\nvid. J. Beispiel", "J. Beispiel"),
    ("Exampla minor\nK. Muster conf. 1990", "K. Muster"),
    ("Exampla minor\nK. Muster rev. 1990", "K. Muster"),
]


@pytest.mark.parametrize(("text", "expected"), DETERMINERS)
def test_determiners(text: str, expected: str) -> None:
    assert value(text, "identifiedBy") == expected


NAMES = [
    # a type label's name with a zoologist's author and year on the line under it
    ("HOLOTYPE ♂\nExampla minor\nMuster, 1923\n\nSampleton\nvi.1920\nJ. Beispiel", "Exampla minor"),
    # nobody named, a collecting method: no names
    ("Pres. by K. Muster\n\nSampleton, Kenya\n3.iv.1953\nNative collector", None),
    ("PLANTS OF SIKKIM\nSampleton, 6-7000 ft.\nOct. 1922\nNative collector", None),
    ("Sampleton\n12.vi.1950\nMalaise trap\nK. Muster", None),
    # a preparation's label and a type's status are no names
    ("Sampleton\n12.vi.1960\nK. Muster\n\nGenitalia slide\nJ. Beispiel 1234", None),
    ("Syntypus\nExampla minor m.", None),
    ("Sampleton\n12.V1.1955\nMuster\nvoucher 1234", None),
    # a type's word before a German one: the name is under it
    ("Nach Type verglichen\nExampla minor", "Exampla minor"),
    # an insect's host plant, the key before it: no name of the specimen
    ("Sampleton\n12.vi.1960\nex Exampla minor\nJ. Beispiel", None),
    ("Sampleton\n12.vi.1960\nHost: Exampla minor\nJ. Beispiel", None),
    ("Sampleton\n12.vi.1960\ne.l. Exampla minor\nJ. Beispiel", None),
    ("Sampleton\n12.vi.1960\nex larva Exampla minor", None),
    ("Sampleton\nauf Exampla minor", None),
    # "ex" between two authors is no host's key
    ("Exampla minor Muster ex Beispiel\nSampleton", "Exampla minor"),
    # "per": through whom the specimen came, no epithet
    ("Sampleton\nColl. A. Exemplo per K. Muster\n12.3.1950", None),
]


@pytest.mark.parametrize(("text", "expected"), NAMES)
def test_names(text: str, expected: str | None) -> None:
    assert value(text, "scientificName") == expected


TYPE_STATUS = [
    ("Exampla minor Muster\nParalectotype\ndes. J. Beispiel 1990", "paralectotype"),
    ("PARALECTOTYPUS\nExampla minor Muster", "paralectotype"),
    ("Paratype ♀\nExampla minor", "paratype"),
]


@pytest.mark.parametrize(("text", "expected"), TYPE_STATUS)
def test_type_status(text: str, expected: str) -> None:
    assert value(text, "typeStatus") == expected


SIGNED_SLIPS = [
    # a name with its author, a name and a year under it, alone on a label while another
    # label holds the collection's date: a determination signed, no collector's line
    "Sampleton\n12.6.1901\n\nExampla minor L.\nJ. Beispiel 1980",
    "Sampleton\n12.6.1901\n\nExampla minor (L.) Muster\nJ. Beispiel 12.5.1980",
]


@pytest.mark.parametrize("text", SIGNED_SLIPS)
def test_signed_slip_is_doubted(text: str) -> None:
    got = field(text, "recordedBy")
    assert got is None or ("signed_slip" in got.flags and got.confidence < 0.9)


KEPT = [
    # a name line and a year alone: an old sheet's collector and year
    ("Sampleton\n12.6.1901\n\nK. Muster\n1834", 0.9),
    # the collector's own label, its date on its line
    ("Exampla minor L.\nSampleton\nJ. Beispiel 1880", 0.9),
]


@pytest.mark.parametrize(("text", "least"), KEPT)
def test_name_lines_kept(text: str, least: float) -> None:
    got = field(text, "recordedBy")
    assert got is not None and "signed_slip" not in got.flags and got.confidence >= least


def test_register_shaped_number_without_collector_is_doubted() -> None:
    """ "K. Muster 1950/12": a museum's register line as often; no collector kept, the number
    doubted."""
    got = field("Sampleton\nK. Muster 1950/12", "recordNumber")
    assert got is not None and "uncertain_number" in got.flags and got.confidence < 0.9


SEVERAL = [
    # "leg." names one person and "Coll." another (on a pin the collection as often): which one
    # gathered it the labels do not say
    "Sampleton\n12.vi.1960\nJ. Beispiel leg.\nColl. K. Muster",
    "Sampleton\n12.vi.1960\nleg. K. Muster\ncoll. J. Beispiel",
]


@pytest.mark.parametrize("text", SEVERAL)
def test_leg_and_coll_naming_two_people_are_doubted(text: str) -> None:
    got = field(text, "recordedBy")
    assert got is not None and "several_collectors" in got.flags and got.confidence < 0.9


def test_leg_and_coll_naming_one_person_are_not_doubted() -> None:
    got = field("Sampleton\n12.vi.1960\nK. Muster leg.\nColl. K. Muster", "recordedBy")
    assert got is not None and got.value == "K. Muster" and "several_collectors" not in got.flags


def test_figure_read_for_initial_is_doubted() -> None:
    """ "1. Beispiel Collr.": the initial read as a figure; the surname alone is flagged."""
    got = field("Sampleton\n12.VI.1960\n1. Beispiel Collr.", "recordedBy")
    assert got is not None
    assert (got.value, "unsure_reading" in got.flags) == ("Beispiel", True)
    assert got.confidence < 0.9
    clean = field("Sampleton\n12.VI.1960\nJ. Beispiel Collr.", "recordedBy")
    assert clean is not None and "unsure_reading" not in clean.flags


def test_a_museum_code_under_a_collections_key_is_no_collector() -> None:
    # "Coll." ending a collection's line, the catalogue number's letters under it
    text = "LSH Sample Coll.\nLSH ENT 000123\n\nSampleton\nVII-4-54\n\nK. Muster\nCollector"
    collector = field(text, "recordedBy")
    assert collector is not None and collector.value == "K. Muster"
    assert "several_collectors" not in collector.flags
