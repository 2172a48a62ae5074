"""Dates as real labels write them (strings from the devset's gold transcriptions)."""

from __future__ import annotations

import pytest

from pipelines.fields import labels_from_text, parse_fields
from pipelines.fields.dates import find_dates

REAL = [
    ("11 July 1951", "1951-07-11", "11 July 1951"),
    ("VII-4-54", "1954-07-04", "VII-4-54"),
    ("VI-11-1962", "1962-06-11", "VI-11-1962"),
    ("VII-8-52", "1952-07-08", "VII-8-52"),
    ("V-16-1979", "1979-05-16", "V-16-1979"),
    ("VII-18-22-51", "1951-07-18/1951-07-22", "VII-18-22-51"),
    ("10 Aug. 1951", "1951-08-10", "10 Aug. 1951"),
    ("July 1,1934", "1934-07-01", "July 1,1934"),
    ("Calif. VI-6-59", "1959-06-06", "VI-6-59"),
    ("Portal, 26-VIII-\n1977", "1977-08-26", "26-VIII-\n1977"),
    ("7000' VI-28-66", "1966-06-28", "VI-28-66"),
    ("Central Vy.IX-26\n1978 R.Coville", "1978-09-26", "IX-26\n1978"),
    ("Inyo Co. Cal.\nVII-2-53", "1953-07-02", "VII-2-53"),
    ("N.Mex.VII-13-59", "1959-07-13", "VII-13-59"),
    ("8-8 59ARIZ 5000'", "1959-08-08", "8-8 59"),
    ("NEV.VII-11-67", "1967-07-11", "VII-11-67"),
    ("Cyn 1700-2700' Sierra\nJuarez III-20-67", "1967-03-20", "III-20-67"),
    ("V-23-76 R.Wharton &", "1976-05-23", "V-23-76"),
    ("11/13-IV-1985", "1985-04-11/1985-04-13", "11/13-IV-1985"),
    ("Humboldt Co. Sept 14\n16,1992 flight trap", "1992-09-14/1992-09-16", "Sept 14\n16,1992"),
    ("May 10, 1991", "1991-05-10", "May 10, 1991"),
    ("J.Powell VIII-26-81", "1981-08-26", "VIII-26-81"),
    ("21 May 2006", "2006-05-21", "21 May 2006"),
    ("19 Sep 1990.", "1990-09-19", "19 Sep 1990"),
    ("5 November 1976", "1976-11-05", "5 November 1976"),
    ("19.VI.1894", "1894-06-19", "19.VI.1894"),
    ("January 2, 1953", "1953-01-02", "January 2, 1953"),
    ("4 Sep 1960.", "1960-09-04", "4 Sep 1960"),
    ("Date Nov. 12, 1939", "1939-11-12", "Nov. 12, 1939"),
    ("Aug. 1956.", "1956-08", "Aug. 1956"),
    ("Oct. 30, 1965", "1965-10-30", "Oct. 30, 1965"),
    ("April 10, 1966", "1966-04-10", "April 10, 1966"),
    ("July 16-21, 1962", "1962-07-16/1962-07-21", "July 16-21, 1962"),
    ("Coll. Date 20 July 1997", "1997-07-20", "20 July 1997"),
    ("Date: 30 Aug 1988", "1988-08-30", "30 Aug 1988"),
    ("Date 28 Sept. 1972", "1972-09-28", "28 Sept. 1972"),
    ("14-8-67", "1967-08-14", "14-8-67"),
    ("September 1969", "1969-09", "September 1969"),
    ("October 1981", "1981-10", "October 1981"),
    ("Coll: Stephen S. Talbot #S15-8\t\tOctober 1981", "1981-10", "October 1981"),
    ("November 4, 1994", "1994-11-04", "November 4, 1994"),
    ("18-Jan-94", "1994-01-18", "18-Jan-94"),
    ("4 de Agosto, 1981.", "1981-08-04", "4 de Agosto, 1981"),
    ("SEPT. 5-12, 1910", "1910-09-05/1910-09-12", "SEPT. 5-12, 1910"),
    ("AUG. 31-SEPT. 20, 1905", "1905-08-31/1905-09-20", "AUG. 31-SEPT. 20, 1905"),
    ("}COLLECTORS AUG. 31-SEPT. 20, 1905", "1905-08-31/1905-09-20", "AUG. 31-SEPT. 20, 1905"),
    ("13 agost. 1992", "1992-08-13", "13 agost. 1992"),
    ("Sept. 2, 1946", "1946-09-02", "Sept. 2, 1946"),
    ("Feb. 11, 12, 1914", "1914-02-11/1914-02-12", "Feb. 11, 12, 1914"),
    ("DATE: 10 February 1983", "1983-02-10", "10 February 1983"),
    ("April 5-17,1922", "1922-04-05/1922-04-17", "April 5-17,1922"),
    ("20 enero 1975.-", "1975-01-20", "20 enero 1975"),
    ("23 Ene, 1985", "1985-01-23", "23 Ene, 1985"),
    ("Aug. 1941", "1941-08", "Aug. 1941"),
    ("September 3 - 5, 1952", "1952-09-03/1952-09-05", "September 3 - 5, 1952"),
    ("Fecha 0ct., 1934", "1934-10", "0ct., 1934"),
    ("COLL. C. WRIGHT 1856-7, in Cuba", "1856/1857", "1856-7"),
    ("MARCH, APRIL AND MAY, 1903", "1903-03/1903-05", "MARCH, APRIL AND MAY, 1903"),
    ("May 5-13,1920", "1920-05-05/1920-05-13", "May 5-13,1920"),
    ("Fecha Aug. 23, 1950", "1950-08-23", "Aug. 23, 1950"),
    ("30-V-2001", "2001-05-30", "30-V-2001"),
    ("Dec. 27, 1969", "1969-12-27", "Dec. 27, 1969"),
    ("SEPTEMBER 25, 1906", "1906-09-25", "SEPTEMBER 25, 1906"),
    ("VIII-26-81", "1981-08-26", "VIII-26-81"),
    ("V-13-1939", "1939-05-13", "V-13-1939"),
    ("12.vi.1987", "1987-06-12", "12.vi.1987"),
    ("6-22-38", "1938-06-22", "6-22-38"),
    ("3 juil. 1972", "1972-07-03", "3 juil. 1972"),
    ("21 Abril 1998", "1998-04-21", "21 Abril 1998"),
    ("Aug. 1923", "1923-08", "Aug. 1923"),
    ("12-15.vi.1987", "1987-06-12/1987-06-15", "12-15.vi.1987"),
    ("June 1-5, 1950", "1950-06-01/1950-06-05", "June 1-5, 1950"),
    ("15. März 1910", "1910-03-15", "15. März 1910"),
    ("3 janvier 1890", "1890-01-03", "3 janvier 1890"),
    ("12 Maio 1970", "1970-05-12", "12 Maio 1970"),
    ("7 Junii 1843", "1843-06-07", "7 Junii 1843"),
    ("ix.1950", "1950-09", "ix.1950"),
    ("1987-06-12", "1987-06-12", "1987-06-12"),
    ("Oreg. 1871", "1871", "1871"),
]

# OCR readings of the devset's labels: Roman months with I read as 1 or J, days read as letters,
# month names cut short or with a digit inside, stray quotes and dots.
OCR = [
    ("Nay..Mex.\nV11-18-22-51", "1951-07-18/1951-07-22", "V11-18-22-51"),
    ("Nay.,Mex.\nVI1-18-22-51", "1951-07-18/1951-07-22", "VI1-18-22-51"),
    ("Sierra\nJuarez II1-20-67", "1967-03-20", "II1-20-67"),
    ("Co. Orinda VIJ-12-\n1970 E.Schlinger", "1970-07-12", "VIJ-12-\n1970"),
    ("Dotglas Co.\nNEV.VII-II-67", "1967-07-11", "VII-II-67"),
    ("Cochise Co..\nAriz.Ix-g-58", "1958-09-09", "Ix-g-58"),
    ("E of Nalcrest canal, low pineland.\n21 ‘Jan 1989.", "1989-01-21", "21 ‘Jan 1989"),
    ("Date...\nNove 12, 1939", "1939-11-12", "Nove 12, 1939"),
    ("Coil. A. J, Sharp and Z. Iwatsuki\n24 Ju1y 1967", "1967-07-24", "24 Ju1y 1967"),
    ("Col.Bro.Leo..\nFecha.0ct..,1934.", "1934-10", "0ct..,1934"),
    # the space before a Roman month lost: glued to an elevation, to the collector's name
    ("Hotevilla\nNavajo Co.Ariz\n7000VI-28-66", "1966-06-28", "VI-28-66"),
    ("Contra Costa Co.\nJ.Powe11VIII-26-81", "1981-08-26", "VIII-26-81"),
    ("Contra Costa Co.\nJ.PowellVIII-26-81", "1981-08-26", "VIII-26-81"),
    # a month's name one OCR slip away, beside a day and a year
    ("Alt.: About 3500 ft.\nJume 20, 1939", "1939-06-20", "Jume 20, 1939"),
    ("JUME 20, 1939", "1939-06-20", "JUME 20, 1939"),
    ("Sabana de la Mar. Alt. 50 m.\n13 M4r., 1971.", "1971-03-13", "13 M4r., 1971"),
    ("Apri1 5, 1922", "1922-04-05", "Apri1 5, 1922"),
    ("Apri1 1922", "1922-04", "Apri1 1922"),
    # the day read as letters: 1 as I, l or a slash, 4 as h
    ("SALAMANCA\n.n.y.\nJULYI,1934", "1934-07-01", "JULYI,1934"),
    ("July l, 1934", "1934-07-01", "July l, 1934"),
    ("No.3498\nJanuary /0,1910", "1910-01-10", "January /0,1910"),
    ("J. Sharp and Z. Iwatsuki\n2h July 1967", "1967-07-24", "2h July 1967"),
    ("of A. boulderensis)\nI March -1961", "1961-03-01", "I March -1961"),
    # the abbreviation's full stop read as a comma
    ("Ruth Kessler Mar, 7, 1962", "1962-03-07", "Mar, 7, 1962"),
    # a day glued to the word before it
    ("C.E.Garton:16199 Dore16 Aug. 1974", "1974-08-16", "16 Aug. 1974"),
]

# Text that looks like an OCR slip of a date but is not one: the repair must leave it alone.
NOT_SLIPS = [
    ("April, 1922", "1922-04", "April, 1922"),  # the l is the month's own
    ("JULI, 1934", "1934-07", "JULI, 1934"),  # German July, not "JUL 1"
    ("Juli 1, 1934", "1934-07-01", "Juli 1, 1934"),
    ("Jul / 1934", "1934", "1934"),  # a slash between words is no day
    ("Julia 12, 1950", "1950", "1950"),  # a name one letter from "Julio"
    ("Martins 3, 1950", "1950", "1950"),  # an author, one letter from "Martius"
    ("Jane 20, 1939", "1939", "1939"),  # a, u: no OCR slip
    ("Jume 1939", "1939", "1939"),  # a slipped month needs its day
    ("Vol. I, March 1961", "1961-03", "March 1961"),
    ("DORE16 Aug. 1974", "1974-08", "Aug. 1974"),  # glued only after a lower-case letter
    ("24h July 1967", "1967-07", "July 1967"),
    ("Sept. 9,\n» 1946", "1946", "1946"),
]


@pytest.mark.parametrize(("text", "iso", "verbatim"), REAL)
def test_real_dates(text: str, iso: str, verbatim: str) -> None:
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
        "I1-20-67",  # 11-20-67 as likely as a Roman month
        "T.Zanon1 1-1989",
    ],
)
def test_no_roman_month_from_one_slip(text: str) -> None:
    assert [d.rule for d in find_dates(text) if "roman" in d.rule] == []


@pytest.mark.parametrize(
    "text",
    [
        # a year whose day and month could not be read is not the collection year
        "Palm Canyon\nRiverside Co., Calf\n-13-\n1939\n\nE.S.Ross\nCollector",
        "Sabana de la Mar. Alt. 50 m.\n\nBro. Alain H Lioger 13 Mlre, 1971.",
        # a collection header's year and a determiner's year are not the collection date
        "THE NEW YORK BOTANICAL GARDEN\nPLANTS collected IN Turks STANDS, 1905\n\n"
        "Grand Turk, August 27-September 1.",
        "Cerceris\nconvergens '71\nDet. by V.& C.\nH.A.Scullen",
        # a determination slip's date, when the collection date is unreadable
        "Capraria biflora L.\nDet: J. Williams & B.L. Turner, 30 Jul 1996\n\n"
        "PLANTS OF NEW PROVIDENCE ISLAND, BAHAMAS\nSiri von Reis, no.\n249\n\n"
        "September 8 - 5, 1952",
        "Lindernia crustacea\n(L.) F.v. Muell.\nDet. D. A. Qualls\n15 June 1984\n"
        "University of North Carolina,Chapel Hill\n\nBrother Alain Liogier\n\nApril 30, 196)",
    ],
)
def test_no_collection_date_on_poor_evidence(text: str) -> None:
    assert "eventDate" not in parse_fields(labels_from_text(text))


def test_determination_slip_date_stays_the_determination_date() -> None:
    text = (
        "Capraria biflora L.\nDet: J. Williams & B.L. Turner, 30 Jul 1996\n\nSeptember 8 - 5, 1952"
    )
    assert parse_fields(labels_from_text(text))["dateIdentified"].value == "1996-07-30"


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        ("VII-4-54", ["two_digit_year"]),
        ("8-8 59", ["two_digit_year", "ambiguous_day_month"]),
        ("Vl-13-1939", ["ocr_repaired"]),
        ("V11-18-22-51", ["two_digit_year", "ocr_repaired"]),
        ("NEV.VII-II-67", ["two_digit_year", "ocr_repaired"]),
        ("24 Ju1y 1967", ["ocr_repaired"]),
        ("Lich. Arctoi 90. I860.", ["ocr_repaired"]),
        ("JULYI,1934", ["ocr_repaired"]),
        ("Jume 20, 1939", ["ocr_repaired"]),
        ("2h July 1967", ["ocr_repaired"]),
        ("Dore16 Aug. 1974", ["ocr_repaired"]),
        ("J.PowellVIII-26-81", ["two_digit_year", "ocr_repaired"]),
        ("11 July 1951", []),
        # 1904 or 2004: either century could have written it
        ("12-VI-04", ["two_digit_year", "century_ambiguous"]),
        ("3.v.21", ["two_digit_year", "century_ambiguous"]),
    ],
)
def test_flags(text: str, flags: list[str]) -> None:
    assert find_dates(text)[0].flags == flags


def test_a_two_digit_year_of_either_century_is_not_called_sure() -> None:
    fields = parse_fields(labels_from_text("Sandy wash, 3 mi E of Kingman\n12-VI-04\nR. Ferris"))
    date = fields["eventDate"]
    assert (date.value, "century_ambiguous" in date.flags) == ("1904-06-12", True)
    assert date.confidence < 0.9
    # a 20xx year elsewhere on the sheet tells the century
    text = "Sandy wash, 3 mi E of Kingman\n12-VI-04\nR. Ferris\n\nDet. A. Brill 2006"
    date = parse_fields(labels_from_text(text))["eventDate"]
    assert (date.value, date.flags) == ("2004-06-12", ["two_digit_year"])


@pytest.mark.parametrize(
    "text",
    [
        "31 Feb 1999",
        "30-II-1950",
        "XIII-4-1954",
        "32 July 1951",
        "Elevation 1800 Feet",
        "alt. 2,200 feet",
        "T35N, R3E, S22.",
        "18°29'N. 66°56'W.",
        "0-30 m",
        "4-4.5 km. al N",
        "J.Powell-26-81",  # a word's end is no Roman month
        "Alvin-12-67",
        "Jume 20",  # a slipped month, a day, no year
        "2h July",
        "I March",
        "July I",
        "",
    ],
)
def test_no_date(text: str) -> None:
    assert find_dates(text) == []


def test_future_years_are_rejected() -> None:
    assert find_dates("12 July 2999") == []


def test_confidence_is_lower_for_doubtful_forms() -> None:
    clear = find_dates("11 July 1951")[0].confidence
    two_digit = find_dates("VII-4-54")[0].confidence
    ambiguous = find_dates("6-7-38")[0].confidence
    repaired = find_dates("Vl-13-1939")[0].confidence
    assert clear > two_digit > ambiguous
    assert clear > repaired


@pytest.mark.parametrize(
    ("text", "event", "identified"),
    [
        (
            "Cerceris ♀\ncompacta Cr.\nDet.by '58\nH.A.Scullen\n\n10 km.W.of\nZitacuaro,\n"
            "Mich.,Mex.\n11 July 1951",
            "1951-07-11",
            "1958",
        ),
        (
            "Lindernia diffusa (L.) Wettst.\nDet. D. A. Qualls\t15 June 1984\n\n"
            "Bro. Alain H. Liogier 13 Mar., 1971.",
            "1971-03-13",
            "1984-06-15",
        ),
        (
            "Det. By P.Y.Wong Nov. 1975\t\tNo. of Replicates 9\n\nDate 28 Sept. 1972",
            "1972-09-28",
            "1975-11",
        ),
        (
            "Coll. Barbara Moore\t\tAlt.\nDet. Barbara Moore\t\tDate 17 May 1963",
            "1963-05-17",
            "1963-05-17",
        ),
        (
            "Agawa Bay\nColl. H. A. Sierk\nDet. H. A. Sierk\nAugust 1, 1957",
            "1957-08-01",
            "1957-08-01",
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
    old = parse_fields(labels_from_text("VII-4-54"))["eventDate"]
    assert old.value == "1954-07-04"
    assert old.flags == ["two_digit_year"]
    new = parse_fields(labels_from_text("VII-4-04\n\nDet. J. Smith 2005"))["eventDate"]
    assert new.value == "2004-07-04"


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
