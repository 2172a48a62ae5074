"""A dated stamp the OCR read into the data label's date or collector's line with one blank
between them, and a British museum's address closed by its city's postal district, on invented
sheets of British herbaria: the stamp's date is no collection's, the address no locality."""

from __future__ import annotations

import pytest

from pipelines.fields.roles import stamp_columns
from pipelines.fields.text import _address_line
from tests.pipelines.fields.parsed import values


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        ("20 June 1911 Received 3.2.1921", "Received 3.2.1921"),
        ("12.vii.1912 Imaged 2015", "Imaged 2015"),
        ("4 May 1923 Databased 12 Mar 2010", "Databased 12 Mar 2010"),
        ("12 June 1931 Accession No. 12345 1.1.1987", "Accession No. 12345 1.1.1987"),
        ("H. Sampleva Imaged 2015", "Imaged 2015"),
        ("J. Beispiel Digitised 2014", "Digitised 2014"),
    ],
)
def test_a_dated_stamp_after_the_date_or_the_collector_is_its_column(line: str, stamp: str) -> None:
    assert [line[a:b] for a, b in stamp_columns(line)] == [stamp]


@pytest.mark.parametrize(
    "line",
    [
        # a giver's label: the person is no collector, nothing to split off
        "K. Muster Bequest 1950",
        # a stamp without its date
        "H. Sampleva Imaged",
        # the stamp first, the data after it: the line is the stamp's
        "Received 3.2.1921 20 June 1911",
        # a place before the stamp is left to the whole line's roles
        "Sampleton, Kent Imaged 2015",
    ],
)
def test_no_dated_stamp_split_off_a_giver_or_a_register(line: str) -> None:
    assert stamp_columns(line) == ()


@pytest.mark.parametrize(
    ("text", "date", "collector"),
    [
        (
            "Bromus erectus Huds.\nPseudon Bridge, roadside, Sussex\n20 June 1911 Received 3.2.1921\n"
            "D. Mockridge",
            "1911-06-20",
            "D. Mockridge",
        ),
        (
            "Carex flacca Schreb.\nDummerton, chalk grassland, Sussex\n4 May 1923\n"
            "H. Sampleva Imaged 2015",
            "1923-05-04",
            "H. Sampleva",
        ),
        (
            "Viola hirta L.\nProbeham, hedge bank, Kent\n3.vi.1930 Databased 12 Mar 2010\nA. Exempel",
            "1930-06-03",
            "A. Exempel",
        ),
    ],
)
def test_the_date_and_the_collector_beside_a_stamp_are_the_specimens(
    text: str, date: str, collector: str
) -> None:
    got = values(text)
    assert (got.get("eventDate"), got.get("recordedBy")) == (date, collector)


@pytest.mark.parametrize(
    "line",
    [
        "OXFORD ROAD, MANCHESTER 13",
        "EXAMPLE ROAD, LONDON, S.W.7",
        "SAMPLE STREET, GLASGOW, W.2",
        "PROBEHAM ROAD, LIVERPOOL 3",
    ],
)
def test_a_british_citys_postal_district_closes_an_address(line: str) -> None:
    assert _address_line(line)


@pytest.mark.parametrize(
    "line",
    [
        # a handwritten place and its figures: no printed address
        "Sampleton 13",
        "Probeham Wood, 2",
    ],
)
def test_no_postal_district_in_small_letters(line: str) -> None:
    assert not _address_line(line)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "THE SAMPLETON MUSEUM\nOXFORD ROAD, SAMPLETON 13\nRanunculus acris L.\n"
            "Trialhope, wet meadow, Cheshire\n20 May 1905\nK. Muster",
            "Trialhope, wet meadow, Cheshire",
        ),
        (
            "PROBEHAM MUSEUM\nEXAMPLE ROAD, LONDON, S.W.7\nViola hirta L.\nCasewick, hedge bank\n"
            "2 June 1950\nA. Exempel",
            "Casewick, hedge bank",
        ),
    ],
)
def test_a_museums_address_with_its_postal_district_is_no_locality(text: str, place: str) -> None:
    assert values(text).get("verbatimLocality") == place


@pytest.mark.parametrize(
    "text",
    [
        # a digitisation stamp's word in a stamp's capitals, its date beside it, on a label of
        # its own or closing the data label
        "Viola hirta L.\nProbeham, hedge bank\nK. Muster\n\nDIGITISED 12 NOV 2014",
        "Viola hirta L.\nProbeham, hedge bank\nK. Muster\nDATABASED 12 MAR 2010",
        "Carex exempla L.\nSampleton, wet meadow\nJ. Beispiel\n\nSCANNED 3.4.2016",
        "Carex exempla L.\nSampleton, wet meadow\nJ. Beispiel\n\nBARCODED 2 JUNE 2012",
    ],
)
def test_a_stamps_word_in_capitals_dates_no_collection(text: str) -> None:
    got = values(text)
    assert "eventDate" not in got
    assert got["recordedBy"] in ("K. Muster", "J. Beispiel")


@pytest.mark.parametrize(
    ("line", "register"),
    [
        # a museum's register after the data label's words on one line, as the OCR reads an
        # insect's stacked labels
        ("Sampleton, 12.vi.1932 Brit. Mus. 1932-456.", "Brit. Mus. 1932-456."),
        ("Probeham 3.v.1911 K. Muster B.M. 1911-23.", "B.M. 1911-23."),
        ("K. Muster B.M. 1932-456.", "B.M. 1932-456."),
        ("J. Beispiel Reg. No. 1950-12", "Reg. No. 1950-12"),
        # after a giver's words: the register records the gift
        ("K. Muster coll. B.M. 1932-456.", "B.M. 1932-456."),
    ],
)
def test_a_register_after_the_data_is_its_column(line: str, register: str) -> None:
    assert [line[a:b] for a, b in stamp_columns(line)] == [register]


@pytest.mark.parametrize(
    "line",
    [
        # the register's line whole
        "Brit. Mus. 1937-512.",
        "B.M. 1932-456.",
        "BMNH(E) 2010-12",
        # a number alone after a place: no museum's initials, no register's
        "Sampleton 1932-456",
    ],
)
def test_no_register_column_on_a_registers_own_line(line: str) -> None:
    assert stamp_columns(line) == ()


@pytest.mark.parametrize(
    ("text", "place", "date"),
    [
        (
            "Sampleton, Probeshire, 12.vi.1932 Brit. Mus. 1932-456.",
            "Sampleton, Probeshire",
            "1932-06-12",
        ),
        ("Casewick\n12.vi.1932\nK. Muster B.M. 1932-456.", "Casewick", "1932-06-12"),
    ],
)
def test_the_data_beside_a_register_is_the_specimens(text: str, place: str, date: str) -> None:
    got = values(text)
    assert (got.get("verbatimLocality"), got.get("eventDate")) == (place, date)
    assert "recordNumber" not in got
