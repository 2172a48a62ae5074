"""Dates as labels write them: invented strings in the shapes of North American and European
collection labels (none is copied from a transcription)."""

from __future__ import annotations

import re

import pytest

from pipelines.fields import labels_from_text, parse_fields
from pipelines.fields.dates import _MONTH_OF, MONTHS, find_dates, label_dates
from pipelines.fields.lexicon import data_rows
from pipelines.fields.text import make_labels

PRINTED = [
    ("14 July 1948", "1948-07-14", "14 July 1948"),
    ("VII-6-57", "1957-07-06", "VII-6-57"),
    ("VI-13-1964", "1964-06-13", "VI-13-1964"),
    ("VII-9-53", "1953-07-09", "VII-9-53"),
    ("V-18-1977", "1977-05-18", "V-18-1977"),
    ("VII-17-21-53", "1953-07-17/1953-07-21", "VII-17-21-53"),
    ("12 Aug. 1949", "1949-08-12", "12 Aug. 1949"),
    ("July 3,1936", "1936-07-03", "July 3,1936"),
    ("Calif. VI-7-58", "1958-06-07", "VI-7-58"),
    ("Ridgeway, 24-VIII-\n1975", "1975-08-24", "24-VIII-\n1975"),
    ("6500' VI-27-65", "1965-06-27", "VI-27-65"),
    ("Upper Vy.IX-25\n1976 K.Muster", "1976-09-25", "IX-25\n1976"),
    ("Alpine Co. Cal.\nVII-3-54", "1954-07-03", "VII-3-54"),
    ("N.Mex.VII-14-58", "1958-07-14", "VII-14-58"),
    ("7-7 58ARIZ 4500'", "1958-07-07", "7-7 58"),
    ("NEV.VII-12-66", "1966-07-12", "VII-12-66"),
    ("Cyn 1300-2100' Sierra\nBlanca IV-17-63", "1963-04-17", "IV-17-63"),
    ("V-24-75 K.Muster &", "1975-05-24", "V-24-75"),
    ("12/14-IV-1983", "1983-04-12/1983-04-14", "12/14-IV-1983"),
    ("Lake Co. Sept 12\n15,1991 light trap", "1991-09-12/1991-09-15", "Sept 12\n15,1991"),
    ("May 11, 1990", "1990-05-11", "May 11, 1990"),
    ("J.Muster VIII-27-82", "1982-08-27", "VIII-27-82"),
    ("22 May 2005", "2005-05-22", "22 May 2005"),
    ("18 Sep 1991.", "1991-09-18", "18 Sep 1991"),
    ("6 November 1974", "1974-11-06", "6 November 1974"),
    ("18.VI.1893", "1893-06-18", "18.VI.1893"),
    ("January 3, 1952", "1952-01-03", "January 3, 1952"),
    ("5 Sep 1961.", "1961-09-05", "5 Sep 1961"),
    ("Date Nov. 14, 1938", "1938-11-14", "Nov. 14, 1938"),
    ("Aug. 1957.", "1957-08", "Aug. 1957"),
    ("Oct. 29, 1964", "1964-10-29", "Oct. 29, 1964"),
    ("April 11, 1967", "1967-04-11", "April 11, 1967"),
    ("July 15-20, 1963", "1963-07-15/1963-07-20", "July 15-20, 1963"),
    ("Coll. Date 12 June 1996", "1996-06-12", "12 June 1996"),
    ("Date: 29 Aug 1987", "1987-08-29", "29 Aug 1987"),
    ("Date 27 Sept. 1971", "1971-09-27", "27 Sept. 1971"),
    ("15-8-68", "1968-08-15", "15-8-68"),
    ("September 1968", "1968-09", "September 1968"),
    ("October 1982", "1982-10", "October 1982"),
    ("Coll: Karl M. Muster #K12-7\t\tOctober 1980", "1980-10", "October 1980"),
    ("November 5, 1993", "1993-11-05", "November 5, 1993"),
    ("19-Jan-93", "1993-01-19", "19-Jan-93"),
    ("9 de Octubre, 1984.", "1984-10-09", "9 de Octubre, 1984"),
    ("SEPT. 4-11, 1911", "1911-09-04/1911-09-11", "SEPT. 4-11, 1911"),
    ("JUL. 27-AUG. 16, 1908", "1908-07-27/1908-08-16", "JUL. 27-AUG. 16, 1908"),
    ("}COLLECTORS JUL. 23-AUG. 12, 1910", "1910-07-23/1910-08-12", "JUL. 23-AUG. 12, 1910"),
    ("14 agost. 1993", "1993-08-14", "14 agost. 1993"),
    ("Sept. 3, 1947", "1947-09-03", "Sept. 3, 1947"),
    ("Feb. 12, 13, 1915", "1915-02-12/1915-02-13", "Feb. 12, 13, 1915"),
    ("DATE: 11 February 1984", "1984-02-11", "11 February 1984"),
    ("April 6-18,1923", "1923-04-06/1923-04-18", "April 6-18,1923"),
    ("21 enero 1976.-", "1976-01-21", "21 enero 1976"),
    ("24 Ene, 1986", "1986-01-24", "24 Ene, 1986"),
    ("Aug. 1942", "1942-08", "Aug. 1942"),
    ("September 4 - 6, 1953", "1953-09-04/1953-09-06", "September 4 - 6, 1953"),
    ("Fecha 0ct., 1935", "1935-10", "0ct., 1935"),
    ("COLL. K. MUSTER 1857-8, in Cuba", "1857/1858", "1857-8"),
    ("JUNE, JULY AND AUGUST, 1907", "1907-06/1907-08", "JUNE, JULY AND AUGUST, 1907"),
    ("May 6-14,1921", "1921-05-06/1921-05-14", "May 6-14,1921"),
    ("Fecha Aug. 24, 1951", "1951-08-24", "Aug. 24, 1951"),
    ("29-V-2002", "2002-05-29", "29-V-2002"),
    ("Dec. 26, 1968", "1968-12-26", "Dec. 26, 1968"),
    ("SEPTEMBER 24, 1907", "1907-09-24", "SEPTEMBER 24, 1907"),
    ("VIII-25-82", "1982-08-25", "VIII-25-82"),
    ("V-14-1938", "1938-05-14", "V-14-1938"),
    ("13.vi.1986", "1986-06-13", "13.vi.1986"),
    ("6-23-37", "1937-06-23", "6-23-37"),
    ("4 juil. 1973", "1973-07-04", "4 juil. 1973"),
    ("22 Abril 1997", "1997-04-22", "22 Abril 1997"),
    ("Aug. 1924", "1924-08", "Aug. 1924"),
    ("13-16.vi.1986", "1986-06-13/1986-06-16", "13-16.vi.1986"),
    ("June 2-6, 1951", "1951-06-02/1951-06-06", "June 2-6, 1951"),
    ("16. März 1911", "1911-03-16", "16. März 1911"),
    ("4 janvier 1891", "1891-01-04", "4 janvier 1891"),
    ("13 Maio 1971", "1971-05-13", "13 Maio 1971"),
    ("8 Junii 1844", "1844-06-08", "8 Junii 1844"),
    ("ix.1951", "1951-09", "ix.1951"),
    ("1986-06-13", "1986-06-13", "1986-06-13"),
    ("Oreg. 1872", "1872", "1872"),
]

# OCR readings: Roman months with I read as 1 or J, days read as letters, month names cut short
# or with a digit inside, stray quotes and dots.
OCR = [
    ("Nw..Mex.\nV11-17-21-53", "1953-07-17/1953-07-21", "V11-17-21-53"),
    ("Nw.,Mex.\nVI1-17-21-53", "1953-07-17/1953-07-21", "VI1-17-21-53"),
    ("Cerro\nBlanco II1-21-66", "1966-03-21", "II1-21-66"),
    ("Co. Alamo VIJ-13-\n1971 K.Muster", "1971-07-13", "VIJ-13-\n1971"),
    ("Elkc Co.\nNEV.VII-II-66", "1966-07-11", "VII-II-66"),
    ("Pima Co..\nAriz.Ix-g-57", "1957-09-09", "Ix-g-57"),
    ("W of Oakfield canal, wet prairie.\n22 ‘Jan 1988.", "1988-01-22", "22 ‘Jan 1988"),
    ("Date...\nNove 14, 1938", "1938-11-14", "Nove 14, 1938"),
    ("Coil. K. J, Muster and B. Beispiel\n23 Ju1y 1966", "1966-07-23", "23 Ju1y 1966"),
    ("Col.Bro.Ken..\nFecha.0ct..,1947.", "1947-10", "0ct..,1947"),
    # the space before a Roman month lost: glued to an elevation, to the collector's name
    ("Oakdale\nApache Co.Ariz\n6500VI-27-65", "1965-06-27", "VI-27-65"),
    ("Marin Co.\nJ.Muste11VIII-27-82", "1982-08-27", "VIII-27-82"),
    ("Marin Co.\nJ.MusterVIII-27-82", "1982-08-27", "VIII-27-82"),
    # a month's name one OCR slip away, beside a day and a year
    ("Alt.: About 4200 ft.\nJume 21, 1938", "1938-06-21", "Jume 21, 1938"),
    ("JUME 21, 1938", "1938-06-21", "JUME 21, 1938"),
    ("Cerro del Muestra. Alt. 65 m.\n14 M4r., 1972.", "1972-03-14", "14 M4r., 1972"),
    ("Apri1 6, 1923", "1923-04-06", "Apri1 6, 1923"),
    ("Apri1 1923", "1923-04", "Apri1 1923"),
    # the day read as letters: 1 as I, l or a slash, 4 as h
    ("BELLAVISTA\nn.y..\nJULYI,1935", "1935-07-01", "JULYI,1935"),
    ("July l, 1935", "1935-07-01", "July l, 1935"),
    ("No.4127\nJanuary /0,1911", "1911-01-10", "January /0,1911"),
    ("K. Muster and B. Beispiel\n2h July 1966", "1966-07-24", "2h July 1966"),
    ("of B. exemplaris)\nI March -1962", "1962-03-01", "I March -1962"),
    # the abbreviation's full stop read as a comma
    ("Karla Muster Mar, 8, 1963", "1963-03-08", "Mar, 8, 1963"),
    # a day glued to the word before it
    ("K.E.Muster:17288 Lore17 Aug. 1975", "1975-08-17", "17 Aug. 1975"),
]

# Text that looks like an OCR slip of a date but is not one: the repair must leave it alone.
NOT_SLIPS = [
    ("April, 1923", "1923-04", "April, 1923"),  # the l is the month's own
    ("JULI, 1935", "1935-07", "JULI, 1935"),  # German July, not "JUL 1"
    ("Juli 1, 1935", "1935-07-01", "Juli 1, 1935"),
    ("Jul / 1935", "1935", "1935"),  # a slash between words is no day
    ("Julia 13, 1951", "1951", "1951"),  # a name one letter from "Julio"
    ("Martins 4, 1951", "1951", "1951"),  # an author, one letter from "Martius"
    ("Jane 21, 1938", "1938", "1938"),  # a, u: no OCR slip
    ("Jume 1938", "1938", "1938"),  # a slipped month needs its day
    ("Vol. I, March 1962", "1962-03", "March 1962"),
    ("LORE17 Aug. 1975", "1975-08", "Aug. 1975"),  # glued only after a lower-case letter
    ("23h July 1966", "1966-07", "July 1966"),
    ("Sept. 8,\n» 1947", "1947", "1947"),
]


@pytest.mark.parametrize(("text", "iso", "verbatim"), PRINTED)
def test_printed_dates(text: str, iso: str, verbatim: str) -> None:
    found = find_dates(text)
    assert [(d.iso, d.verbatim) for d in found[:1]] == [(iso, verbatim)]


@pytest.mark.parametrize(("text", "iso", "verbatim"), OCR)
def test_ocr_dates(text: str, iso: str, verbatim: str) -> None:
    found = find_dates(text)
    assert [(d.iso, d.verbatim) for d in found[:1]] == [(iso, verbatim)]


@pytest.mark.parametrize(("text", "iso", "verbatim"), NOT_SLIPS)
def test_not_ocr_slips(text: str, iso: str, verbatim: str) -> None:
    found = find_dates(text)
    assert [(d.iso, d.verbatim) for d in found[:1]] == [(iso, verbatim)]


@pytest.mark.parametrize(
    "text",
    [
        "I1-21-66",  # 11-21-66 as likely as a Roman month
        "K.Muste1 1-1988",
    ],
)
def test_no_roman_month_from_one_slip(text: str) -> None:
    assert [d.rule for d in find_dates(text) if "roman" in d.rule] == []


@pytest.mark.parametrize(
    "text",
    [
        # a year whose day and month could not be read is not the collection year
        "Oak Canyon\nOrange Co., Calf\n-14-\n1938\n\nK.L.Muster\nCollector.",
        "Cerro del Muestra. Alt. 65 m.\n\nBro. Karl H Musterr 14 Mlre, 1972.",
        # a determiner's year is not the collection date
        "Philanthus\nexemplaris '72\nDet. by K.& B.\nK.L.Muster",
        # a determination slip's date, when the collection date is unreadable
        "Scoparia exemplaris L.\nDet: K. Muster & B.L. Beispiel, 29 Jul 1995\n\n"
        "PLANTS OF EXAMPLE ISLAND, BAHAMAS\nKarla von Muster, no.\n318\n\n"
        "September 9 - 6, 1953",
        "Lindernia exemplaris\n(L.) Exempl.\nDet. K. A. Muster\n14 June 1985\n"
        "University of Example,Oak Hill\n\nBrother Karl Beispiel\n\nApril 29, 196)",
    ],
)
def test_no_collection_date_on_poor_evidence(text: str) -> None:
    assert "eventDate" not in parse_fields(labels_from_text(text))


def test_determination_slip_date_stays_the_determination_date() -> None:
    text = (
        "Scoparia exemplaris L.\nDet: K. Muster & B.L. Beispiel, 29 Jul 1995\n\n"
        "September 9 - 6, 1953"
    )
    assert parse_fields(labels_from_text(text))["dateIdentified"].value == "1995-07-29"


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        # 1957, or 1857 on an old sheet: nothing on it tells
        ("VII-6-57", ["two_digit_year", "century_ambiguous"]),
        ("7-7 58", ["two_digit_year", "century_ambiguous", "ambiguous_day_month", "month_first"]),
        ("Vl-14-1938", ["ocr_repaired", "unsure_reading"]),
        ("V11-17-21-53", ["two_digit_year", "century_ambiguous", "ocr_repaired", "unsure_reading"]),
        ("NEV.VII-II-66", ["two_digit_year", "century_ambiguous", "ocr_repaired"]),
        ("23 Ju1y 1966", ["ocr_repaired"]),
        ("Lich. Exempl. 80. I870.", ["ocr_repaired"]),
        ("JULYI,1935", ["ocr_repaired"]),
        ("Jume 21, 1938", ["ocr_repaired"]),
        ("2h July 1966", ["ocr_repaired"]),
        ("Lore17 Aug. 1975", ["ocr_repaired"]),
        ("J.MusterVIII-27-82", ["two_digit_year", "century_ambiguous", "ocr_repaired"]),
        ("14 July 1948", []),
        # 1905 or 2005: either century could have written it
        ("13-VI-05", ["two_digit_year", "century_ambiguous"]),
        ("4.v.22", ["two_digit_year", "century_ambiguous"]),
    ],
)
def test_flags(text: str, flags: list[str]) -> None:
    assert find_dates(text)[0].flags == flags


def test_a_two_digit_year_of_either_century_is_not_called_sure() -> None:
    fields = parse_fields(labels_from_text("Dry wash, 4 mi E of Oakville\n13-VI-05\nK. Muster"))
    date = fields["eventDate"]
    assert (date.value, "century_ambiguous" in date.flags) == ("1905-06-13", True)
    assert date.confidence < 0.9
    # a 20xx year elsewhere on the sheet makes 2005 the likelier reading, 1905 still possible
    text = "Dry wash, 4 mi E of Oakville\n13-VI-05\nK. Muster\n\nDet. B. Beispiel 2007"
    date = parse_fields(labels_from_text(text))["eventDate"]
    assert (date.value, date.flags) == ("2005-06-13", ["two_digit_year", "century_ambiguous"])
    assert date.confidence < 0.9


@pytest.mark.parametrize(
    "text",
    [
        "31 Feb 1997",
        "30-II-1951",
        "XIII-5-1953",
        "32 July 1952",
        "Elevation 1850 Feet",
        "alt. 2,300 feet",
        "T34N, R2E, S21.",
        "17°28'N. 65°55'W.",
        "0-40 m",
        "3-3.5 km. al N",
        "J.Muster-27-82",  # a word's end is no Roman month
        "Alvin-13-66",
        "Jume 21",  # a slipped month, a day, no year
        "2h Sept",
        "I April",
        "July I",
        "",
    ],
)
def test_no_date(text: str) -> None:
    assert find_dates(text) == []


def test_future_years_are_rejected() -> None:
    assert find_dates("12 July 2999") == []


def test_confidence_is_lower_for_doubtful_forms() -> None:
    clear = find_dates("14 July 1948")[0].confidence
    two_digit = find_dates("VII-6-57")[0].confidence
    ambiguous = find_dates("5-6-37")[0].confidence
    repaired = find_dates("Vl-14-1938")[0].confidence
    assert clear > two_digit > ambiguous
    assert clear > repaired


@pytest.mark.parametrize(
    ("text", "event", "identified"),
    [
        (
            "Philanthus ♀\nexemplaris Cr.\nDet.by '59\nK.L.Muster\n\n12 km.W.of\nOakvilla,\n"
            "Mich., Mex.\n14 July 1948",
            "1948-07-14",
            "1959",
        ),
        (
            "Lindernia exemplaris (L.) Wettst.\nDet. K. A. Muster\t14 June 1985\n\n"
            "Bro. Karl H. Beispiel 14 Mar., 1972.",
            "1972-03-14",
            "1985-06-14",
        ),
        (
            "Det. By K.Y.Muster Nov. 1976\t\tNo. of Replicates 7\n\nDate 27 Sept. 1971",
            "1971-09-27",
            "1976-11",
        ),
        (
            "Coll. Karla Muster\t\tAlt.\nDet. Karla Muster\t\tDate 18 May 1962",
            "1962-05-18",
            "1962-05-18",
        ),
        (
            "Example Bay\nColl. K. A. Muster\nDet. K. A. Muster\nAugust 2, 1958",
            "1958-08-02",
            "1958-08-02",
        ),
    ],
)
def test_collection_date_is_kept_apart_from_determination(
    text: str, event: str, identified: str
) -> None:
    fields = parse_fields(labels_from_text(text))
    assert fields["eventDate"].value == event
    assert fields["dateIdentified"].value == identified


def test_two_digit_years_follow_the_century_of_the_sheet() -> None:
    old = parse_fields(labels_from_text("VII-6-57"))["eventDate"]
    assert old.value == "1957-07-06"
    assert old.flags == ["two_digit_year", "century_ambiguous"]  # or 1857
    assert old.confidence < 0.9
    # the sheet's own years tell it
    placed = parse_fields(labels_from_text("VII-6-57\nK. Muster\n\nDet. B. Beispiel 1960"))
    assert (placed["eventDate"].value, placed["eventDate"].flags) == (
        "1957-07-06",
        ["two_digit_year"],
    )
    new = parse_fields(labels_from_text("VII-6-03\n\nDet. K. Muster 2006"))["eventDate"]
    assert new.value == "2003-07-06"


# Shapes seen in other projects' label collections (strings invented here in the same shapes).
SHAPES = [
    # slashes on both sides of a Roman month
    ("Fecha 7/IX/1994", "1994-09-07", "7/IX/1994"),
    ("Coll. 21 / XI / 2003", "2003-11-21", "21 / XI / 2003"),
    # a dash or an underscore between the month's name and the day
    ("leg. R. Ortiz  SEP-_4,1957", "1957-09-04", "SEP-_4,1957"),
    ("Date: Jun.-23, 1961", "1961-06-23", "Jun.-23, 1961"),
    # a month and a four-figure year: the month's precision only
    ("M. Dupont 214 11/1996", "1996-11", "11/1996"),
    ("Date 3/2008", "2008-03", "3/2008"),
]


@pytest.mark.parametrize(("text", "iso", "verbatim"), SHAPES)
def test_date_shapes(text: str, iso: str, verbatim: str) -> None:
    found = find_dates(text)
    assert [(d.iso, d.verbatim) for d in found[:1]] == [(iso, verbatim)]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("13/1998", "1998"),  # no month 13: the year alone
        ("0/1998", "1998"),
        ("p. 4/1998-99", "1998/1999"),  # a run of years, not April
        ("1/2/1998", "1998-01-02"),  # a full date is not a month and a year
        ("3/VII-2001", "2001-07"),  # a slash on one side of the month only
    ],
)
def test_month_and_year_only_where_nothing_else_fits(text: str, iso: str) -> None:
    assert [d.iso for d in find_dates(text)[:1]] == [iso]


# Shapes seen on herbarium sheets outside the devset (strings invented here).
SECOND_ROUND = [
    # a number closing the line above must not lend the month-first date its day
    ("Ada Quill 7 Oct. 21, 1988", "1988-10-21", "Oct. 21, 1988"),
    ("Mar 3, 2004", "2004-03-03", "Mar 3, 2004"),
    # the year in two figures after an apostrophe, the day and month written out
    ("Piney Flats, TN Aug. 9, '74 Sullivan Co.", "1974-08-09", "Aug. 9, '74"),
    # a month and a two-figure year right after the date's keyword
    ("Date. 8/63 No.", "1963-08", "8/63"),
    ("DATE: 11/58", "1958-11", "11/58"),
]


@pytest.mark.parametrize(("text", "iso", "verbatim"), SECOND_ROUND)
def test_second_round_dates(text: str, iso: str, verbatim: str) -> None:
    found = find_dates(text)
    assert [(d.iso, d.verbatim) for d in found[:1]] == [(iso, verbatim)]


@pytest.mark.parametrize("text", ["ratio 8/63", "Date 8/63/", "seeds 3/58 viable"])
def test_month_and_short_year_only_after_the_keyword(text: str) -> None:
    assert [d.rule for d in find_dates(text) if d.rule == "date.my_numeric_keyed"] == []


def test_a_citation_date_is_not_the_collection_date() -> None:
    text = (
        "Plants of Ohio\nHocking County\ncoll. R. Vale # 4\n"
        "Voucher for: Vale et al. Ploidy in ferns. Am. Fern J. May 2011 101:12-19; "
        "published online 3 May 2011, doi: 10.1640/0002-8444"
    )
    assert "eventDate" not in parse_fields(labels_from_text(text))


# European layouts: the day first, numeric, Roman or named months (strings invented here).
EUROPEAN = [
    # numeric, day first: dots (spaced or not), a slash then a space or a dash, colons
    ("14 . 03 . 1968", "1968-03-14", "14 . 03 . 1968"),
    ("14.3.1968", "1968-03-14", "14.3.1968"),
    ("Date : 21 - 6 - 2011", "2011-06-21", "21 - 6 - 2011"),
    ("Dat. 12/5 1899", "1899-05-12", "12/5 1899"),
    ("24/5-1918.", "1918-05-24", "24/5-1918"),
    ("Dat. 27/9-'49.", "1949-09-27", "27/9-'49"),
    ("Oak Lane\n9 : 7 :1958\nK.L.Muster", "1958-07-09", "9 : 7 :1958"),
    # after a collector's number and its slash
    ("K. Muster no. 7316/14.7.1957", "1957-07-14", "14.7.1957"),
    # a run of days, then the month in figures
    ("12-15.6.1987", "1987-06-12/1987-06-15", "12-15.6.1987"),
    ("1.-5.7.1931", "1931-07-01/1931-07-05", "1.-5.7.1931"),
    ("dd.: 4-6/11 1952.", "1952-11-04/1952-11-06", "4-6/11 1952"),
    # Roman months, lower or upper case, runs of days
    ("22.vi.75", "1975-06-22", "22.vi.75"),
    ("22.VI.1975", "1975-06-22", "22.VI.1975"),
    ("22. vi. 1975", "1975-06-22", "22. vi. 1975"),
    ("1.-5.VII.1931", "1931-07-01/1931-07-05", "1.-5.VII.1931"),
    ("8-13. Viii. 1928", "1928-08-08/1928-08-13", "8-13. Viii. 1928"),
    ("Dat. 15. X. 1956", "1956-10-15", "15. X. 1956"),
    ("dd.: 26 IX 1952", "1952-09-26", "26 IX 1952"),
    # the month's precision only
    ("VI.1931", "1931-06", "VI.1931"),
    ("vi 1931", "1931-06", "vi 1931"),
    ("Oak Wood\nVIII 1937\nK. Muster", "1937-08", "VIII 1937"),
    ("Sept. 1898", "1898-09", "Sept. 1898"),
    # named months with the day first, the year in two figures
    ("d. 28. Dec. 34", "1934-12-28", "28. Dec. 34"),
    ("28 Juli 90", "1990-07-28", "28 Juli 90"),
    # a full stop after a month-first day
    ("AUG.6. 1936", "1936-08-06", "AUG.6. 1936"),
    # ordinals
    ("1er mai 1890", "1890-05-01", "1er mai 1890"),
    ("1º de mayo de 1950", "1950-05-01", "1º de mayo de 1950"),
    # vague spans: the year's precision only
    ("1 e Semestre 1894", "1894", "1 e Semestre 1894"),
    ("printemps 1890", "1890", "printemps 1890"),
    ("Frühjahr 1901", "1901", "Frühjahr 1901"),
]


@pytest.mark.parametrize(("text", "iso", "verbatim"), EUROPEAN)
def test_european_layouts(text: str, iso: str, verbatim: str) -> None:
    found = find_dates(text)
    assert [(d.iso, d.verbatim) for d in found[:1]] == [(iso, verbatim)]


# One date in each language of the month table, and the forms labels use.
LANGUAGES = [
    ("3 March 1950", "1950-03-03"),  # en
    ("3. März 1950", "1950-03-03"),  # de
    ("3. Jänner 1950", "1950-01-03"),
    ("3. Feber 1950", "1950-02-03"),
    ("Okt. 1950", "1950-10"),
    ("3 févr. 1950", "1950-02-03"),  # fr
    ("3 août 1950", "1950-08-03"),
    ("3 maart 1950", "1950-03-03"),  # nl
    ("3 mei 1950", "1950-05-03"),
    ("mrt. 1950", "1950-03"),
    ("3 de septiembre de 1950", "1950-09-03"),  # es
    ("3 de março de 1950", "1950-03-03"),  # pt
    ("3 de dezembro de 1950", "1950-12-03"),
    ("3 giugno 1950", "1950-06-03"),  # it
    ("3 sett. 1950", "1950-09-03"),
    ("3 Januarii 1850", "1850-01-03"),  # la
    ("mense Majo 1850", "1850-05"),
    ("15 Octobris 1850", "1850-10-15"),
    ("3 augusti 1950", "1950-08-03"),  # sv
    ("3 maj 1950", "1950-05-03"),
    ("3. heinäkuuta 1950", "1950-07-03"),  # fi
    ("3. heinakuuta 1950", "1950-07-03"),
    ("kesäkuussa 1950", "1950-06"),
    ("3. kesäk. 1950", "1950-06-03"),
    ("3. tammikuuta 1950", "1950-01-03"),
    ("3. juunil 1950", "1950-06-03"),  # et
    ("3. jaanuar 1950", "1950-01-03"),
    ("detsember 1950", "1950-12"),
    ("3. marts 1950", "1950-03-03"),  # da
    ("3. des. 1950", "1950-12-03"),  # no
    ("3. května 1950", "1950-05-03"),  # cs
    ("3. září 1950", "1950-09-03"),
    ("3 lipca 1950", "1950-07-03"),  # pl
    ("3 października 1950", "1950-10-03"),
    ("3 июня 1950 г.", "1950-06-03"),  # ru
    ("3 сент. 1950", "1950-09-03"),
    ("15 7bre 1850", "1850-09-15"),  # September as the 7th month
    ("3 Xbris 1850", "1850-12-03"),
]


@pytest.mark.parametrize(("text", "iso"), LANGUAGES)
def test_month_names_in_the_languages_of_labels(text: str, iso: str) -> None:
    assert [d.iso for d in find_dates(text)[:1]] == [iso]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # numbers that are no dates: a page, a catalogue number, a count, a measurement, a time
        ("p. 12.3", None),
        ("1234.567", None),
        ("No. 12/5", None),
        ("3.5 cm", None),
        ("at 9:30", None),
        ("1 - 3 - 1900 m", None),
        # a camp's number, then an altitude on the next line
        ("Camp 5 - 6\n- 1750", "1750"),
        # dots put the day first: a volume, a page and a year
        ("Bot. Jahrb. 9. 14. 1891", None),
        # a form's printed "19" and the year's end written after it: 1962, not 1919
        ("26 . 7 . 19 . 62", "1962-07-26"),
        # a Roman numeral numbering a volume or a plate, a lone letter
        ("Vol. II 1936", "1936"),
        ("Fl. Ital. VI 1870", "1870"),
        ("Tab. IV 1890", "1890"),
        ("V 1936", "1936"),
        # month words that are also words or names stand before a year only with a day
        ("leg. Ott 1950", "1950"),
        ("Gen. 1950", "1950"),
        ("list 1950", "1950"),
        ("Herbier des 1950", "1950"),
        ("mail 1950", "1950"),
        # the author abbreviation of Martius, and a given name
        ("Euterpe exemplaris Mart. 1824", "1824"),
        ("Otto 12 1890", "1890"),
        # a month's name at the start of a longer word, in any script
        ("мартами 1950", "1950"),
        ("Maiden 1950", "1950"),
        # a surname that is also a season
        ("leg. Sommer 1890", "1890"),
    ],
)
def test_what_is_not_a_date_or_not_a_month(text: str, iso: str | None) -> None:
    assert [d.iso for d in find_dates(text)] == ([iso] if iso else [])


def test_a_two_digit_year_takes_the_century_of_the_years_on_its_label() -> None:
    text = "In arena prope Exempla\nd. 28. Dec. 34. leg. K. Muster.\nIter exemplare\n1836."
    date = parse_fields(labels_from_text(text))["eventDate"]
    assert (date.value, date.flags) == ("1834-12-28", ["two_digit_year"])


def test_a_two_digit_year_takes_the_century_of_the_sheet() -> None:
    text = "Exempla Gorge\n3. vi. 88\nK. Muster\n\nHerbarium K. Muster\nleg. 1886"
    date = parse_fields(labels_from_text(text))["eventDate"]
    assert (date.value, date.flags) == ("1888-06-03", ["two_digit_year"])


def test_a_two_digit_year_is_not_after_the_determination() -> None:
    # "91" cannot be 1991 under a determination of 1972
    text = "Exempla, ad ripam\n16/8 - 91\nK. Muster\n\nDet. B. Beispiel 8/1972"
    dates = label_dates(make_labels(labels_from_text(text)))
    assert [(d.date.iso, d.det) for d in dates] == [("1891-08-16", False), ("1972-08", True)]


def test_a_stamp_year_does_not_tell_the_century() -> None:
    text = "Exempla Gorge\n3. vi. 88\nK. Muster\n\nDatabased, scanned\n1990"
    date = parse_fields(labels_from_text(text))["eventDate"]
    assert date.value == "1988-06-03"
    assert "century_ambiguous" in date.flags  # 1988, or 1888: the stamp's year tells nothing
    text = "Exempla Gorge\n3. vi. 08\nK. Muster\n\nDatabased, scanned\n1910"
    date = parse_fields(labels_from_text(text))["eventDate"]
    assert "century_ambiguous" in date.flags
    assert date.confidence < 0.9


def test_month_table() -> None:
    rows = data_rows("months.csv")
    listed = {lang for r in rows for lang in r["languages"].split()}
    romance_germanic = {"en", "de", "fr", "nl", "es", "pt", "it", "la", "sv", "da", "no"}
    full = romance_germanic | {"fi", "et", "cs", "pl", "ru", "hu", "ro", "lv", "lt", "uk"}
    # (languages whose other months are written as a neighbour's: Catalan, Slovak, Serbian,
    # Bulgarian, Slovene)
    assert full <= listed <= full | {"ca", "sk", "sr", "bg", "sl", "*"}
    # the Roman numerals, written in any language
    roman = [(int(r["month"]), r["word"]) for r in rows if r["languages"] == "*"]
    assert roman == list(
        enumerate(["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"], 1)
    )
    for r in rows:
        assert r["word"] == r["word"].strip().lower(), r
        assert 0 <= int(r["month"]) <= 12, r
        assert r["ocr"] in ("", "y") and r["needs_day"] in ("", "y"), r
    # a word names one month only
    months: dict[str, set[str]] = {}
    for r in rows:
        months.setdefault(r["word"], set()).add(r["month"])
    assert {w: m for w, m in months.items() if len(m) > 1} == {}
    # the twelve months in each language
    for lang in full:
        got = {int(r["month"]) for r in rows if lang in r["languages"].split()}
        assert got - {0} == set(range(1, 13)), lang


def test_words_that_need_a_day_are_not_offered_as_months_to_other_parsers() -> None:
    needs_day = {r["word"] for r in data_rows("months.csv") if r["needs_day"] == "y"}
    assert needs_day and not needs_day & set(MONTHS)
    assert needs_day <= set(_MONTH_OF)
    assert {"juni", "juli", "mei", "kesäkuuta", "kesakuuta", "května"} <= set(MONTHS)
    assert not {"otto", "marc", "jane", "kesä", "tammi", "vi", "x"} & set(_MONTH_OF)
    assert "mart" in needs_day  # Latin "3 Mart. 1850", never "Euterpe Mart. 1824"
    assert all(re.fullmatch(r"[^\W\d_]+|\d{1,2}b\w+|0ct", w) for w in _MONTH_OF)


def test_a_date_under_a_dated_determination_is_not_the_determination_s() -> None:
    text = "Exemplaria fragilis Lour.\ndet. K.L.M. 1916-7\n23/4-1916.\nRIJKSHERBARIUM EXEMPLAR"
    dates = label_dates(make_labels(labels_from_text(text)))
    assert [(d.date.iso, d.det) for d in dates] == [("1916/1917", True), ("1916-04-23", False)]
    # under a determiner's line without a year, the date is the determination's
    text = "Exemplaria fragilis Lour.\ndet. K.L.M.\n23/4-1916."
    dates = label_dates(make_labels(labels_from_text(text)))
    assert [(d.date.iso, d.det) for d in dates] == [("1916-04-23", True)]


@pytest.mark.parametrize("cue", ["Определил", "Опр.", "Určil", "Oznaczył", "Määras"])
def test_a_determiners_cue_of_any_language_dates_the_determination(cue: str) -> None:
    text = f"Carex exempla L.\nSampleton, meadow\n1950\nleg. K. Muster\n\nCarex exempla L.\n{cue} J. Beispiel 1975"
    got = parse_fields(labels_from_text(text))
    assert got["eventDate"].value == "1950"
    assert got["dateIdentified"].value == "1975"
    assert "several_dates" not in got["eventDate"].flags
