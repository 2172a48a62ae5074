"""Catalogue numbers, dates and British geography as OCR and transcribers give them:
a barcode's zeros read as letters glued to its institution's code ("KOOO123458", "BMOO0123456")
are mended and doubted, never without a known code; a surname in capitals and a number ("MUSTER
1234") is a collector's, no catalogue number; a year whose century's 1 is read as a letter too
("l9O5", "I9I2"), a day of ten read as letters before a Roman month ("lO.V.1908"); a county named
by a header ("PLANTS OF PERTHSHIRE") or after a country's name and a stop ("SCOTLAND. Fife:"),
"Ross & Cromarty", "Kirkcudbright". Invented strings in the shapes labels use."""

from __future__ import annotations

import pytest

from pipelines.fields import labels_from_text
from pipelines.fields.catalog import find_catalog_numbers
from pipelines.fields.dates import find_dates
from pipelines.fields.text import make_labels
from tests.pipelines.fields.parsed import fields


def _numbers(text: str) -> list[tuple[str, float, list[str]]]:
    found = find_catalog_numbers(make_labels(labels_from_text(text)))
    return [(c.value, c.confidence, list(c.flags)) for c in found]


# a barcode's number whose zeros and ones the OCR read as letters, glued to a known code
MISREAD = [
    ("KOOO123458", "K000123458"),
    ("K0OO123458", "K000123458"),
    ("KOO0123458", "K000123458"),
    ("E0O654321", "E00654321"),
    ("EO0654321", "E00654321"),
    ("BMOO0123456", "BM000123456"),
    ("L.l234567", "L.1234567"),
    ("NY0l234567", "NY 01234567"),
    ("TENN-L-OO12346", "TENN-L-0012346"),  # a collection's letter between code and number
    ("B lO 0654322", "B 10 0654322"),  # groups spaced as the shape prints them
    ("BR0OO0012345679", "BR0000012345679"),  # thirteen figures
    ("NHMUKO10123456", "NHMUK010123456"),
    ("L.O123456", "L 0123456"),  # (the older series' shape: seven figures, the first a 0)
    ("ROYAL BOTANIC GARDENS KEW\n\nKOOO123458\n\nSampleton, 12.vi.1934", "K000123458"),
]


@pytest.mark.parametrize(("text", "value"), MISREAD)
def test_misread_barcode_number_is_mended_and_doubted(text: str, value: str) -> None:
    got = _numbers(text)
    assert got and got[0][0] == value
    assert got[0][1] < 0.9 and "ocr_repaired" in got[0][2]


# no known code before the letters: nothing to mend
@pytest.mark.parametrize("text", ["OO123458", "XQOO123456", "Sampleton OOl2345"])
def test_misread_number_without_code_is_not_mended(text: str) -> None:
    assert not [v for v, _, _ in _numbers(text) if v.startswith(("0", "XQ0"))]


# a surname in capitals and a number on a line of their own: the collector and his number
@pytest.mark.parametrize(
    "text", ["MUSTER 1234", "BEISPIEL 56789\nSampleton", "Sampleton\n12.vi.1950\n\nEXEMPEL 4567"]
)
def test_surname_and_number_is_no_catalogue_number(text: str) -> None:
    assert not _numbers(text)


# an unknown acronym and a number stays a doubtful catalogue number
@pytest.mark.parametrize("text", ["NGP 12345", "KRTSCH 12345", "UCMC 123456"])
def test_acronym_and_number_stays(text: str) -> None:
    got = _numbers(text)
    assert got and got[0][1] < 0.9


# register numbers alone on a sheet: no catalogue number (the institution publishes its barcode's)
@pytest.mark.parametrize("text", ["NHMUK(E) 012345678", "B.M. 1927-123", "Reg. No. 1234"])
def test_register_number_alone_is_no_catalogue_number(text: str) -> None:
    assert "catalogNumber" not in fields(f"Sampleton, Kent\n12.vi.1950\nK. Muster\n\n{text}")


DATES = [
    ("l9O5", "1905"),
    ("I9I2", "1912"),
    ("Sampleton, l9O5", "1905"),
    ("lO.V.I9O8", "1908-05-10"),
    ("lO. VI. 1934", "1934-06-10"),
    ("IO.X.1950", "1950-10-10"),
    ("12.VI.l934", "1934-06-12"),
    ("3 Sept. l881", "1881-09-03"),
    ("3-VIII-I9O2", "1902-08-03"),
    ("July l2, l9Ol", "1901-07-12"),
    ("l2.vi.l93l", "1931-06-12"),
]


# commas for a Roman month's stops, as OCR reads a small label's or a transcriber writes them
COMMAS = [
    ("12,vi,1950", "1950-06-12"),
    ("12.vi,1950", "1950-06-12"),
    ("12, VI, 1950", "1950-06-12"),
]


@pytest.mark.parametrize(("text", "iso"), COMMAS)
def test_roman_month_between_commas(text: str, iso: str) -> None:
    got = find_dates(text)
    assert got and got[0].iso == iso


@pytest.mark.parametrize(("text", "iso"), DATES)
def test_ocr_slips_in_dates(text: str, iso: str) -> None:
    got = find_dates(text)
    assert got and got[0].iso == iso
    assert "ocr_repaired" in got[0].flags and got[0].confidence < 0.9


# a Roman numeral's own I's are no day, letters that are no year's figures are no year
@pytest.mark.parametrize(
    ("text", "iso"), [("Vol. II-III 1936", "1936"), ("lOOl", None), ("lOl9", None)]
)
def test_ocr_repair_leaves_other_letters(text: str, iso: str | None) -> None:
    got = find_dates(text)
    assert (got[0].iso if got else None) == iso


COUNTIES = [
    ("PLANTS OF PERTHSHIRE\nBen Exampla, rocky ledges\n3.VIII.1885\nJ. Beispiel", "Perthshire"),
    ("Flora of Argyll\nIsle of Exampla, shore\nJune 1899", "Argyll"),
    ("Exampla muster\nRoss & Cromarty: Glen Sampleton\n12.vii.1910", "Ross and Cromarty"),
    ("Kirkcudbright: Sampleton shore\n12.vi.1960\nA. Exempel 44", "Kirkcudbrightshire"),
    ("SCOTLAND. Fife: Sampleton Links\n12.vi.1932\nK. Muster", "Fife"),
]


@pytest.mark.parametrize(("text", "county"), COUNTIES)
def test_british_county_shapes(text: str, county: str) -> None:
    got = fields(text)
    assert got["county"].value == county
    assert got["countryCode"].value == "GB"


# an institution's header names its own county, not the specimen's
@pytest.mark.parametrize(
    "text", ["HERBARIUM OF THE UNIVERSITY OF KENT\nSampleton, in silva\n12.vi.1950"]
)
def test_institution_header_county_is_not_the_specimens(text: str) -> None:
    assert "county" not in fields(text)


# a thousands' mark inside a misread number; a bare number under an institution's name misread
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("EMEC 6l2,345", "EMEC 612,345"),
        ("EMEC 6l2.345", "EMEC 612,345"),
        ("NEW YORK BOTANICAL GARDEN\n00l23456", "00123456"),
    ],
)
def test_misread_numbers_with_marks_or_under_a_name(text: str, value: str) -> None:
    got = _numbers(text)
    assert got and got[0][0] == value
    assert got[0][1] < 0.9 and "ocr_repaired" in got[0][2]


@pytest.mark.parametrize("text", ["Sampleton\n00l23456", "Sampleton l2.345"])
def test_misread_bare_number_without_institution_is_not_read(text: str) -> None:
    assert not _numbers(text)


# grid references whose figures the OCR read as letters: mended (the verbatim value too, as a
# keyer enters it), flagged
GRID = [
    ("Exampla Down, Hants\nSU l23 456\n12 May 1975", "SU 123 456", "71"),
    ("Exampla Wood\nGrid Ref. TQ 1O 34\n12.iv.1988", "TQ 10 34", "707"),
    ("Co. Kerry: Exampla Lough\nV l23 456\n3.viii.1955", "V 123 456", "71"),
    ("Flora of Ireland\nCo Mayo : Lough Probe\nG 123 l45\n14/7/1929", "G 123 145", "71"),
    ("Flora of Wales\nMerioneth: Llyn Sampl\nSH 7l2 234\nJuly 1931", "SH 712 234", "71"),
]


@pytest.mark.parametrize(("text", "verbatim", "uncertainty"), GRID)
def test_grid_reference_with_ocr_slips(text: str, verbatim: str, uncertainty: str) -> None:
    got = fields(text)
    assert got["verbatimCoordinates"].value == verbatim
    assert "ocr_repaired" in got["decimalLatitude"].flags
    assert got["coordinateUncertaintyInMeters"].value == uncertainty


# letters that are words, or more than one slip in a group: no reference
@pytest.mark.parametrize(
    "text", ["Exampla, Hants\nSO lOl 1OO\n12 May 1975", "Exampla, Hants\nTO lO\n12 May 1975"]
)
def test_grid_slips_stay_few(text: str) -> None:
    assert "verbatimCoordinates" not in fields(text)


# a keyed vice-county's number with a 1 read as "l" or "I", a 0 as "O"
@pytest.mark.parametrize(
    ("line", "number"),
    [("v.c. l1 Sampleton", "11"), ("V.C. 6O", "60"), ("VC 1O", "10"), ("v.c.ll", "11")],
)
def test_vice_county_number_with_ocr_slips(line: str, number: str) -> None:
    got = fields(f"Exampla muster\n{line}\n12.vi.1950\nK. Muster")
    assert f'"viceCounty": "{number}"' in got["dynamicProperties"].value
    assert "ocr_repaired" in got["dynamicProperties"].flags


@pytest.mark.parametrize(
    "line", ["v.c. Ilford, Sampleton", "v.c. I Sampleton", "v.c. 2S Sampleton"]
)
def test_vice_county_letters_are_no_number(line: str) -> None:
    assert "dynamicProperties" not in fields(f"Exampla muster\n{line}\n12.vi.1950\nK. Muster")


# a railway named after the country it ran to names no country
def test_country_named_railway_is_no_country() -> None:
    got = fields(
        "BRITISH EAST AFRICA\nSampleton, Uganda Railway, 5000 ft.\n12.iii.1905\nK. Muster 234"
    )
    assert got["countryCode"].value == "KE"


@pytest.mark.parametrize(
    ("line", "county"),
    [("Wigtownshire: Sampleton", "Wigtownshire"), ("Mid-Lothian: Sampleton", "Midlothian")],
)
def test_more_scottish_county_forms(line: str, county: str) -> None:
    assert fields(f"Exampla muster\n{line}\n12.vi.1910\nK. Muster")["county"].value == county


# colonial and old regional names of one of today's countries
COLONIAL = [
    ("N.W. Provinces: Sampleton", "IN", "Uttar Pradesh"),
    ("Malabar: Sampleton, in silva", "IN", "Kerala"),
    ("Pondoland: Sampleton", "ZA", "Eastern Cape"),
    ("Griqualand West: Sampleton", "ZA", "Northern Cape"),
    ("Damaraland: Sampleton", "NA", None),
    ("Gaboon: Sampleton", "GA", None),
    ("Danish West Indies: Sampleton", "VI", None),
    ("Hayti: Sampleton", "HT", None),
    ("Arracan: Sampleton", "MM", None),
    ("Pegu: Sampleton", "MM", None),
]


@pytest.mark.parametrize(("line", "code", "province"), COLONIAL)
def test_colonial_region_names(line: str, code: str, province: str | None) -> None:
    got = fields(f"Exampla muster\n{line}\n12.vi.1900\nK. Muster 12")
    assert got["countryCode"].value == code
    assert (got["stateProvince"].value if "stateProvince" in got else None) == province


# a name split between today's countries gives none
@pytest.mark.parametrize("line", ["Namaqualand: Sampleton", "Rhodesia: Sampleton"])
def test_split_colonial_names_give_no_country(line: str) -> None:
    assert "countryCode" not in fields(f"Exampla muster\n{line}\n12.vi.1900\nK. Muster 12")


# a stamp's or a gift's date under its cue line is no collection date
STAMPS = [
    "HERB. MUS. BRIT.\nPresented by J. Beispiel\n1927\n\nSampleton, Natal\nK. Muster 567",
    "RECEIVED\n12 JUN 1952\nROYAL BOTANIC GARDENS KEW\n\nSampleton, Exampla\nA. Exempel 45",
    "EX HERB. K. MUSTER\nAcq. 1931\n\nExampla muster\nSampleton, Kent\nJ. Beispiel",
]


@pytest.mark.parametrize("text", STAMPS)
def test_stamp_dates_under_their_cue(text: str) -> None:
    assert "eventDate" not in fields(text)


# a full date under who sent the specimen is its gathering's, as before
def test_full_date_under_a_sender_stays() -> None:
    got = fields("Exampla muster\nSampleton, Kent\nCommunicated by K. Muster\n6 June 1930")
    assert got["eventDate"].value == "1930-06-06"


# an Irish county keyed without the key's stop
def test_irish_county_keyed_without_stop() -> None:
    got = fields("Exampla muster\nCo Kerry: Sampleton\n12.vi.1910\nK. Muster")
    assert got["county"].value == "Kerry"
    assert got["countryCode"].value == "IE"


# one kind of letter for the figures is the font's; two kinds are a blurred print's: doubted
@pytest.mark.parametrize(
    ("text", "unsure"),
    [("l2.vi.l93l", False), ("12.VI.l934", False), ("l9O5", True), ("12.Vll.l95O", True)],
)
def test_two_kinds_of_slips_are_a_doubt(text: str, unsure: bool) -> None:
    got = find_dates(text)
    assert got and ("unsure_reading" in got[0].flags) == unsure


# a form's printed century and the year's last figures written in after it
@pytest.mark.parametrize(
    ("text", "iso", "verbatim"),
    [
        ("12.vi.18 87", "1887-06-12", "12.vi.18 87"),
        ("June 12, 18 87", "1887-06-12", "June 12, 18 87"),
        ("12. VI. 19 05", "1905-06-12", "12. VI. 19 05"),
    ],
)
def test_form_century_and_written_year(text: str, iso: str, verbatim: str) -> None:
    got = find_dates(text)
    assert got and (got[0].iso, got[0].verbatim) == (iso, verbatim)


# without a day before the month the figures may be the day ("Mar 18 87")
@pytest.mark.parametrize("text", ["Mar 18 87", "Sampleton 12 18 87"])
def test_no_century_joined_without_day_and_month(text: str) -> None:
    assert not [d for d in find_dates(text) if d.iso.startswith("1887")]


@pytest.mark.parametrize(
    "text", ["Probe Dale\nGrid ref. SK/12/34", "Grid ref. TQ/123.456\nSampleton"]
)
def test_a_stroked_grid_reference_is_no_slip(text: str) -> None:
    got = fields(text + "\n12 May 1975")
    assert "/" in got["verbatimCoordinates"].value
    assert "ocr_repaired" not in got["verbatimCoordinates"].flags
