"""The collector who also named the specimen ("coll. & det.", "leg. et det.", as printed and as
the OCR reads the keys) under a place's line, and slips signed without "det.". Invented strings."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import value, values

# a place and its county (or a kind of place) over "coll. & det.": no genus determined, the
# collector named it, and the date under the line is the collection's
COLLECTOR_NAMED_IT = [
    (
        "Carex exempla L.\nSampleton Fen, Cambs.\ncoll. & det. J. Beispiel\n5 May 1970",
        "J. Beispiel",
    ),
    ("Carex exempla L.\nProbeham Moor, Yorks.\nleg. et det. A. Exempel\n5 May 1970", "A. Exempel"),
    (
        "Juncus fictus L.\nMusterton Heath, Kent\ncoll. et det. H. Sampleva\n2 June 1961",
        "H. Sampleva",
    ),
]


@pytest.mark.parametrize(("text", "who"), COLLECTOR_NAMED_IT)
def test_collector_named_it_under_a_place(text: str, who: str) -> None:
    got = values(text)
    assert (got.get("recordedBy"), got.get("identifiedBy")) == (who, who)
    assert got.get("scientificName") == text.split("\n")[0].rsplit(" ", 1)[0]


# the collector's key as the OCR reads it ("co11.", "1eg."), shared with the determiner's: the
# date under the line is the collection's too
MISREAD_SHARED_KEYS = [
    ("Carex exempla L.\nMusterton Fen\nco11. & det. A. Exempel\n12 May 1972", "1972-05-12"),
    ("Exampla ornata L.\nProbe Key\n1eg. et det. K. Muster 5531\n14 Feb 1964", "1964-02-14"),
    ("Exampla ornata L.\nSampleton\nco11. et det. J. Beispiel\n3 Aug. 1931", "1931-08-03"),
]


@pytest.mark.parametrize(("text", "date"), MISREAD_SHARED_KEYS)
def test_misread_shared_keys_date_the_collection(text: str, date: str) -> None:
    got = values(text)
    assert got.get("eventDate") == date
    assert got.get("recordedBy") == got.get("identifiedBy")
    assert value(text) is not None


def _determination(text: str) -> tuple[object, object, object]:
    """The record's name, determiner and determination date."""
    got = values(text)
    return got.get("scientificName"), got.get("identifiedBy"), got.get("dateIdentified")


# a slip's name whose author the OCR misread with a figure ("Beispie1"): the slip's name, its
# determiner and year, as with the author read right
MISREAD_AUTHORS = [
    (
        "Det. K. Muster 1987\nCarex fictiva Beispie1\n\nCarex exempla L.\nProbeham\nleg. J. Beispiel 3.6.1953",
        ("Carex fictiva", "K. Muster", "1987"),
    ),
    (
        "Carex fictiva Mu1ler\ndet. A. Exempel 1987\n\nCarex exempla L.\nProbeham\nleg. J. Beispiel 1953",
        ("Carex fictiva", "A. Exempel", "1987"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), MISREAD_AUTHORS)
def test_slip_name_with_misread_author(text: str, expected: tuple[str, str, str]) -> None:
    assert _determination(text) == expected


# a reviser's signature and year over the name revised, a slip of its own ("Rev." capitalised: a
# revision's key there, no reverend's)
REVISIONS_OVER_NAMES = [
    (
        "Carex exempla L.\nSampleton\nleg. K. Muster 1931\n\nRev. J. Beispiel 1978\nCarex fictiva Beispiel",
        ("Carex fictiva", "J. Beispiel", "1978"),
    ),
    ("Rev. J. Beispiel 1978\nCarex fictiva Beispiel", ("Carex fictiva", "J. Beispiel", "1978")),
    (
        "Exampla minor Muster\nSampleton\nK. Muster 1931\n\nRev. A. Exempel 2004\nExampla maior (L.) Beispiel",
        ("Exampla maior", "A. Exempel", "2004"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), REVISIONS_OVER_NAMES)
def test_revision_signed_over_the_name(text: str, expected: tuple[str, str, str]) -> None:
    assert _determination(text) == expected


def test_reverend_on_a_data_label_collects() -> None:
    assert value("Carex exempla L.\nSampleton\nRev. J. Beispiel\n1870") == "Rev. J. Beispiel"


# one walk reads the lines under a determiner's key, whether the key opens the name determined
# ("Det.: Exampla minor / By: ...") or stands alone ("Det. / By: ..."): a "by" line, a line of a
# name with initials, a given name and the surname under it
SIGNERS_BELOW = [
    ("Exampla minor Muster\nDet.\nBy: K. Beispiel\n1990", "K. Beispiel"),
    ("Det.: Exampla minor Muster\nBy: Barbara\nBeispiel", "Barbara Beispiel"),
    ("Det.: Carex fictiva Beispiel\nBy: J. Beispiel\nDate: 4 March 1988", "J. Beispiel"),
    ("Det.by\n'68\nK Muster", "K Muster"),
    ("Det.: Exampla minor\nK. Muster 1990", "K. Muster"),
]


@pytest.mark.parametrize(("text", "expected"), SIGNERS_BELOW)
def test_signer_below_the_key(text: str, expected: str) -> None:
    assert value(text, "identifiedBy") == expected


def test_author_under_a_named_key_is_no_signer() -> None:
    assert value("Det.: Exampla minor\nMuster", "identifiedBy") is None


# a determiner's key before a word that names the collector again ("idem", "ipse", "the
# collector": people_cues.csv, same_person): the sheet's collector determined it
SAME_PERSON = [
    ("Carex exempla L.\nSampleton\nLeg. K. Muster\nDet. idem\n12.6.1951", "K. Muster"),
    ("Carex exempla L.\nSampleton\nleg. J. Beispiel 12.6.1951\ndet. ipse 1960", "J. Beispiel"),
    ("Carex exempla L.\nSampleton\nleg. A. Exempel, det. idem\n3.v.1931", "A. Exempel"),
    ("Carex exempla L.\nSampleton\nH. Sampleva 1234\nDet.: the collector", "H. Sampleva"),
    ("Carex exempla L.\nMusterdorf\nleg. K. Muster\nBestimmt: derselbe", "K. Muster"),
]


@pytest.mark.parametrize(("text", "expected"), SAME_PERSON)
def test_determined_by_the_collector(text: str, expected: str) -> None:
    assert value(text, "identifiedBy") == expected


def test_same_person_without_a_collector() -> None:
    assert value("Carex exempla L.\nSampleton\nDet. idem", "identifiedBy") is None


# a year the OCR misread after a name ("19O5") is no field number: the reviser of a slip is no
# collector; on a data label the name is read beside the date
def test_reviser_with_misread_year_is_no_collector() -> None:
    assert value("Carex fictiva Beispiel\nRev. H. Sampleva 19O5") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Carex exempla L.\nSampleton\nK. Muster 19O5", ("K. Muster", None)),
        ("Carex exempla L.\nSampleton\nJ. Beispiel 192l", ("J. Beispiel", None)),
        ("Carex exempla L.\nSampleton\nK. Muster 12O4\n1905", ("K. Muster", "1204")),
    ],
)
def test_misread_year_or_number_after_a_name(text: str, expected: tuple[str, str | None]) -> None:
    assert (value(text), value(text, "recordNumber")) == expected
