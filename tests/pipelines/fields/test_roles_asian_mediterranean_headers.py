"""Whole sheets invented in the shapes of Asian, Australian, Indochinese, Mediterranean and Iberian
herbaria and of collectors' distribution series: their stamps, type and annotation labels in their
languages, distributors' lines and headers as the OCR misreads them."""

from __future__ import annotations

import pytest

from pipelines.fields import labels_from_text
from pipelines.fields.roles import Role, stamp_lines
from pipelines.fields.text import is_header, make_labels
from tests.pipelines.fields.parsed import fields, role_of, value


@pytest.mark.parametrize(
    "text",
    [
        # a sheet's count among the specimen's sheets (was the data label's)
        "Sheet 1 of 2",
        "SHEET 2 OF 3\nK000123456",
        "Hoja 1 de 2",
        # parts kept apart: in spirit, the fruits, a tissue bank, a slide (were data or donor)
        "Spirit collection no. 1234",
        "Spirit coll. 567\nHerb. Hort. Bot. Sampl.",
        "Photographed 1985\nCarpological collection\nK000234567",
        "Kew DNA Bank 12345",
        "Microscope slide",
        "Microscope slide\nNo. 45",
    ],
)
def test_a_stamp_of_the_specimens_parts_and_sheets_is_curatorial(text: str) -> None:
    assert role_of(text) is Role.curatorial


@pytest.mark.parametrize(
    "text",
    [
        # a type's label in the Iberian and Italian herbaria's languages (were data)
        "Tipo nomenclatural\nExampla hispanica Beisp.\nDesignado por K. Muster, 1999",
        "TIPO\nExampla hispanica Muster\nK. Muster 1925",
        "HOLOTIPO\nExampla lusitanica Beisp.\nK. Muster 1958",
        "Lectótipo\nExampla lusitanica Beisp.\nK. Muster 1990",
        "OLOTIPO\nExampla italica Muster\nK. Muster 1975",
        # an annotation's or a revision's slip, its heading alone (were data)
        "ANOTACIÓN\nExampla minor Muster\nA. Exempel\n2001",
        "ANNOTAZIONE\nExampla italica Muster\nK. Muster\n1995",
        "Revisione\nExampla italica Muster\nJ. Beispiel 1975",
        "Revisão\nExampla lusitanica Muster\nJ. Beispiel 1980",
    ],
)
def test_type_and_annotation_labels_in_their_languages_are_slips(text: str) -> None:
    assert role_of(text) is Role.determination


def test_a_tipo_opening_a_data_labels_line_is_no_type() -> None:
    text = "Exampla minor Muster\nTipo de vegetación: matorral\nProv. Exempla: Sampla\n12-V-1950"
    assert role_of(text) is Role.data


def test_an_annotations_year_is_no_collection_date() -> None:
    text = (
        "ANOTACIÓN\nExampla minor Muster\nA. Exempel\n2001\n\n"
        "Exampla minor Muster\nProv. Exempla: Sierra de Sampla\nleg. J. Beispiel 45\n20-IV-1980"
    )
    got = fields(text)
    assert got["eventDate"].value == "1980-04-20"
    assert got["dateIdentified"].value == "2001"


@pytest.mark.parametrize(
    "distributor",
    [
        "Distribuées par la Société exemplaire, Genève, Suisse",
        "Distribuido por K. Muster, Ginebra, Suiza",
        "Distribuito da J. Beispiel, Firenze, Italia",
        "Ausgegeben von K. Muster, Berlin, Deutschland",
    ],
)
def test_a_distributors_address_is_no_place_of_the_specimen(distributor: str) -> None:
    # was country 'Switzerland' at 0.92, state 'Genève' at 0.94 and the distributor's line the
    # locality at 0.91
    text = (
        "PLANTAE EXEMPLI\nNo. 678\nExampla hispanica Beisp.\nSierra de Sampla, prope Exempla\n"
        f"leg. K. Muster\n15 mai 1905\n{distributor}"
    )
    got = fields(text)
    assert "stateProvince" not in got
    assert "country" not in got
    assert "Sampla" in got["verbatimLocality"].value


@pytest.mark.parametrize(
    ("line", "header"),
    [
        # a figure read for a letter of the header's first word
        ("FL0RA 0F YUNNAN", True),
        ("PLANT5 OF WESTERN CHINA", True),
        ("F1ora of Exampla", True),
        # numbers stay numbers
        ("1200 m, Sampla", False),
        ("No. 1015 Exampla minor", False),
    ],
)
def test_a_header_read_with_figures_for_letters(line: str, header: bool) -> None:
    assert is_header(line) is header


def test_a_misread_header_is_no_locality() -> None:
    # was verbatimLocality 'FL0RA 0F YUNNAN' at 0.81
    text = (
        "FL0RA 0F YUNNAN\nEXAMPLA YUNNANENSIS MUSTER\nLIKIANG, ALT. 3000 M.\n"
        "COLL. K. MUSTER N0. 2233\nSEPT. 4, l935"
    )
    assert "FL0RA" not in (value(text, "verbatimLocality") or "")


@pytest.mark.parametrize(
    ("header", "who"),
    [
        # a series' header naming its collectors, printed above the data label's lines (was
        # blanked as a stamp: no collector)
        ("HERB. IND. OR. HOOK. FIL. & THOMSON.", "HOOK. FIL. | THOMSON"),
        ("Herb. Fl. Exempl. Muster et Beispiel", "Muster | Beispiel"),
    ],
)
def test_a_series_header_naming_its_collectors_is_read_on_the_data_label(
    header: str, who: str
) -> None:
    text = (
        f"{header}\nExampla himalaica Muster\nHab. Sampla\nAlt. 4-6000 ped.\n\nHerb. Hort. Sampl."
    )
    got = fields(text)["recordedBy"]
    assert got.value == who
    assert got.confidence < 0.9


def test_an_institutions_abbreviated_heading_stays_a_stamp() -> None:
    text = "HERB. HORT. BOT. EXEMPL.\nExampla minor Muster\nSampla, in collibus\n1880"
    assert value(text) is None


@pytest.mark.parametrize(
    ("text", "blanked"),
    [
        # a herbarium named after its region or a person in one word is left to the parsers that
        # read it, as its name in full is ("HERBARIUM LUSITANICUM")
        ("HERB. LUSITANICUM\nExampla minor Muster\nSampla, in arenosis\n1880", []),
        ("Herb. Wallich\nExampla indica Muster\nSampla\n1821", []),
        ("Hb. Martii\nExampla minor Muster\nSampla\n1830", []),
        # an institution's name shortened is a stamp's
        ("HERB. HORT. BOT. PANORM.\nExampla minor Muster\nSampla\n1890", [0]),
        ("Herb. Panorm.\nExampla minor Muster\nSampla\n1890", [0]),
    ],
)
def test_a_herbarium_named_in_one_word_is_no_stamp(text: str, blanked: list[int]) -> None:
    (label,) = make_labels(labels_from_text(text))
    assert stamp_lines(label) == blanked


@pytest.mark.parametrize(
    "text",
    [
        # a register's and an accession's stamps in Spanish, Portuguese and Italian (were data:
        # the register's number the recordNumber at 0.97, the day it came the eventDate)
        "Registro No. 12345\nIngresado 12-III-1962",
        "N.º de registro 4567\n1962",
        "N.º de tombo 12345",
        "Registo 1234",
        "Inventario N. 1234\nRegistrato 1950",
        # the photograph's and the imaging's stamps
        "Fotografiado 1985\nDigitalizado 2015\nMA-01-00123456",
        "Fotografato 1990",
    ],
)
def test_register_and_imaging_stamps_of_southern_herbaria(text: str) -> None:
    assert role_of(text) is Role.curatorial


@pytest.mark.parametrize(
    "text",
    [
        # an entrance and a town named Registro open places
        "Exampla minor Muster\nEntrada del valle de Sampla\n12-V-1950",
        "Exampla minor Muster\nIngreso a la finca Sampla\n12-V-1950",
        "Exampla minor Muster\nRegistro, Exempla: margem do rio\n12-V-1950",
    ],
)
def test_an_entrance_or_a_town_named_registro_is_the_data_labels(text: str) -> None:
    assert role_of(text) is Role.data


def test_a_register_stamps_number_is_no_record_number() -> None:
    text = (
        "Registro No. 12345\nIngresado 12-III-1962\n\n"
        "Exampla minor Muster\nProv. Exempla: Sampla\nleg. A. Exempel\n20-VI-1958"
    )
    got = fields(text)
    assert "recordNumber" not in got
    assert got["eventDate"].value == "1958-06-20"


@pytest.mark.parametrize(
    ("slip", "year"),
    [
        # a type's label or a slip under its heading alone, signed with a name and a year, beside
        # a data label that prints no date (was the eventDate at 0.91)
        ("ISOTYPUS\nExampla italica Muster\nK. Muster, 1902", "1902"),
        ("HOLOTIPO\nExampla hispanica Beisp.\nJ. Beispiel 1958", "1958"),
        ("RÉVISION\nExampla indica Muster\nK. Muster 1970", "1970"),
        ("Revisione\nExampla italica Muster\nJ. Beispiel (Maggio 1985)", "1985-05"),
    ],
)
def test_a_signed_type_label_or_slip_dates_no_collection(slip: str, year: str) -> None:
    text = f"{slip}\n\nExampla minor Muster\nProv. Exempla: Sierra de Sampla\nleg. A. Exempel 45"
    got = fields(text)
    assert "eventDate" not in got
    assert got["dateIdentified"].value == year


def test_a_type_label_citing_the_gathering_keeps_its_date() -> None:
    # the collector's number before the year: the type's gathering, the sheet's own
    text = "HOLOTYPE\nExampla minor Muster\nSampleton, in pratis\nK. Muster 123, 1902"
    assert value(text, "eventDate") == "1902"
