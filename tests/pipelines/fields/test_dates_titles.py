"""A series' or an expedition's title that carries the gathering's year ("PLANTAE EXEMPLENSES 1948
lectae"), dates in three parts between slashes, and a determination slip's date read apart from
the slip. Invented strings in the shapes labels use."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipelines.fields import extract_fields, labels_from_text
from pipelines.fields.dates import find_dates, label_dates
from pipelines.fields.text import make_labels


def _event(text: str) -> tuple[str, str, list[str]] | None:
    c = extract_fields(labels_from_text(text)).get("eventDate")
    return (c.value, c.evidence.rule or "", c.flags) if c else None


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # a title's year with a collecting word, in the languages of labels, and no other date
        ("PLANTAE EXEMPLENSES 1948 lectae\n\nIn silvis montis Exempli", "1948"),
        ("ITER EXEMPLUM 1902 COLLECTAE\n\nAd rivulum", "1902"),
        ("Plants collected in Examplia, 1905\n\nOak Hill, sandy soil", "1905"),
        ("Flora von Beispielland, gesammelt 1899\n\nAm Waldrand", "1899"),
        ("Plantes de l'Exemplie récoltées en 1890\n\nBord du lac", "1890"),
        ("Planten verzameld in 1911 te Voorbeeld\n\nOp duinen", "1911"),
        ("Växter insamlade 1923\n\nI skogen", "1923"),
        ("Kasveja kerätty 1930\n\nMetsässä", "1930"),
    ],
)
def test_title_year_is_the_collection_year(text: str, iso: str) -> None:
    assert _event(text) == (iso, "date.collecting_year", ["year_from_title"])


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # a day and a month without a year, completed by the title's year
        ("PLANTAE EXEMPLENSES 1948 lectae\n\nIn silva, 12 July\nleg. K. Muster", "1948-07-12"),
        ("Iter Exemplum 1902 collectae\n3.-5. Juni, in monte", "1902-06-03/1902-06-05"),
        (
            "EXAMPLE GARDEN\nPLANTS COLLECTED IN EXAMPLE ISLANDS, 1909\n\n"
            "West Cay, July 24-August 3.",
            "1909-07-24/1909-08-03",
        ),
        ("Plantae Exemplenses lectae 1911\n\nAd viam, 14. VII.", "1911-07-14"),
    ],
)
def test_title_year_completes_a_day_and_month(text: str, iso: str) -> None:
    assert _event(text) == (iso, "date.title_year", ["year_from_title"])


def test_title_year_outranks_an_annotation_of_another_year() -> None:
    text = (
        "Exempla beispielii (Mus.) Bsp.\n\nK. Muster\n\nDate: Jan. 1977\n\n"
        "PLANTAE EXEMPLENSES 1948 lectae\n\n6811. In silva ad montem"
    )
    assert _event(text) == ("1948", "date.collecting_year", ["year_from_title"])


def test_dated_data_label_of_the_title_year_wins() -> None:
    text = "PLANTAE EXEMPLENSES 1948 lectae\n\nIn silva, 12 July 1948\n\nDate: Jan. 1977"
    value, rule, _ = _event(text) or ("", "", [])
    assert (value, rule) == ("1948-07-12", "date.dmy_name")


def test_expedition_year_prefers_its_own_date() -> None:
    text = (
        "Spores 24.I.1984 K. Muster\n\nIn rocky outcrops\n\n27. X. 1982\n\n"
        "EXAMPLE FLORA EXPEDITION 1982"
    )
    assert _event(text) == ("1982-10-27", "date.dmy_roman", [])


@pytest.mark.parametrize(
    "text",
    [
        # a year without a collecting word is no collection date
        "PLANTAE EXEMPLENSES 1948\n\nIn silva",
        "FLORA OF EXAMPLIA 1948\n\nIn silva",
        # an expedition's year alone is never taken
        "EXAMPLE EXPEDITION 1982\n\nIn silva",
        # a determination's or a distribution's year beside the word is not the title's
        "Det. K. Muster 1950, collected plants\n\nIn silva",
        # a figure between the word and the year
        "Plants collected No. 12 1948\n\nIn silva",
    ],
)
def test_no_title_year(text: str) -> None:
    found = _event(text)
    assert found is None or found[1] not in ("date.collecting_year", "date.title_year")


@pytest.mark.parametrize(
    "text",
    [
        # a month word that is also a common word or a name ("Gen.", "Ott")
        "PLANTAE EXEMPLENSES 1948 lectae\n\nVia 12 Gen. Exemplo",
        # a day and month followed by a figure (a distance, a number)
        "PLANTAE EXEMPLENSES 1948 lectae\n\nIn silva, 12 July, 3 km N of Exemplo",
    ],
)
def test_title_year_completes_no_doubtful_day(text: str) -> None:
    assert _event(text) == ("1948", "date.collecting_year", ["year_from_title"])


def test_title_year_does_not_complete_a_determination_day() -> None:
    text = "PLANTAE EXEMPLENSES 1948 lectae\n\nIn silva\n\nDet. K. Muster 12 July"
    assert _event(text) == ("1948", "date.collecting_year", ["year_from_title"])


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("May / 1 / 1938", "1938-05-01"),
        ("June / 12 / 1899", "1899-06-12"),
        ("Sept./3/1921", "1921-09-03"),
        ("May\n1\n1938", "1938-05-01"),
    ],
)
def test_month_day_year_between_slashes(text: str, iso: str) -> None:
    assert [(d.iso, d.rule) for d in find_dates(text)] == [(iso, "date.mdy_name")]


@pytest.mark.parametrize("text", ["May / 1, 1938", "Juni 3 / 1950"])
def test_one_slash_is_no_three_part_date(text: str) -> None:
    assert [d.rule for d in find_dates(text) if d.rule == "date.mdy_name"] == []


@pytest.mark.parametrize(
    ("text", "det"),
    [
        # a determination slip read as two labels (the cue and name, then the date alone) on a
        # sheet with a collection date of its own
        ("Ad rivulum, 12. X. 1950\n\nDeterminavit\nK. Muster\n\nDate: 6/09/2007", True),
        ("In silva, 3 May 1921\n\ndet. K. Muster\n\n12 June 2009", True),
        # the only date on the sheet: a packet's "Det." line beside its collection date
        ("Exempla sp.\n\nDeterminavit\nK. Muster\n\nDate: 6/09/2007", False),
        ("Coll. K. Muster\n\nDet. K. Muster\n\nAugust 1, 1957", False),
        # a printed form's empty "Det." field above its date: the collection's
        ("Coll. K. Muster\nNo. 123\nDet.\n\ndd. 19-V-1928", False),
        ("Det.\n\nDate: 19 May 1928", False),
        # the slip above has a year of its own: the date below is another's
        ("det. K. Muster 1990\n\n12 June 1950", False),
    ],
)
def test_determination_slip_date_read_apart(text: str, det: bool) -> None:
    spans = label_dates(make_labels(labels_from_text(text)))
    last = spans[-1]
    assert last.det is det


@given(st.text(max_size=200))
def test_title_weighing_never_raises(text: str) -> None:
    label_dates(make_labels(labels_from_text("Plantae lectae 1950\n\n" + text)))
