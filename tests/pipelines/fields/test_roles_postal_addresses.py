"""Whole sheets invented in the shapes of European and Field Museum herbaria and zoological
museums: an institution's European postal address under its name (its street and house number,
its town's postal code), and an accession stamp printed in one block with the sheet's barcode."""

from __future__ import annotations

import pytest

from pipelines.fields import labels_from_text
from pipelines.fields.roles import Role, dated_header, label_roles
from pipelines.fields.text import _address_line, make_labels
from tests.pipelines.fields.parsed import fields, role_of, values


@pytest.mark.parametrize(
    "line",
    [
        "Cromwell Road, London SW7",
        "Cromwell Road, London SW7 5BD",
        "Inverleith Row, Edinburgh EH3 5LR",
        "Königin-Luise-Str. 6-8",
        "D-14195 Berlin-Dahlem",
        "00100 Helsinki",
        "Unioninkatu 44",
        "Nieuwelaan 38, B-1860 Meise",
        "2300 RA Leiden",
        # a post office box
        "P.O. Box 123, Sampleton",
        "Apartado 1234",
        "Apartado Postal 70-233",
        "Casilla 160-C, Sampleton",
        "B.P. 1234, Sampleton",
    ],
)
def test_a_european_postal_address(line: str) -> None:
    assert _address_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "1951 Sampleton",  # a year, no postal code
        "Sampleton, 1200 m",
        "Exampla Road 5 km N",
        "Waldweg 3",  # a path's name, no street's
        "K. Muster 1234",
        "Tanganyika: Sampleton Distr., Exampla, 1400 m",
        "3 km Sampleton",
        "Box Hill, 1200 m",
    ],
)
def test_no_postal_address(line: str) -> None:
    assert not _address_line(line)


@pytest.mark.parametrize(
    ("text", "locality"),
    [
        (
            "NATURAL HISTORY MUSEUM\nCromwell Road, London SW7\nExampla londinensis Muster\n"
            "Kent: Sampleton, chalk grassland\nJune 1960 J. Beispiel",
            "Kent: Sampleton, chalk grassland",
        ),
        (
            "Botanisches Museum Berlin-Dahlem\nKönigin-Luise-Str. 6-8\nD-14195 Berlin\n"
            "Exampla africana Muster\nTanganyika: Sampleton Distr., Exampla, 1400 m\n"
            "3.4.1935 leg. K. Muster 333",
            "Tanganyika: Sampleton Distr., Exampla, 1400 m",
        ),
    ],
)
def test_the_address_under_a_header_is_no_locality(text: str, locality: str) -> None:
    assert values(text)["verbatimLocality"] == locality


@pytest.mark.parametrize(
    ("text", "stamp"),
    [
        ("K000444555\nHERBARIUM KEW\n12 MAY 1951", True),
        ("HERB. HORT. KEW.\n12 MAY 1951\nE00123456", True),
        # a year in the number: no barcode
        ("HERBARIUM KEW\n12 MAY 1951\nNo. 1951", False),
    ],
)
def test_a_stamp_with_the_barcode(text: str, stamp: bool) -> None:
    (label,) = make_labels(labels_from_text(text))
    assert dated_header(label) is stamp


@pytest.mark.parametrize(
    "text",
    [
        # a collection's owner over the museum's register number: the collection it came in
        "coll. K. Muster\nBrit. Mus.\n1950-123",
        "Coll. K. Muster\nB.M. 1950-123",
        "Coll. K. Muster\nBMNH(E) 2010-12",
        # a state collection's or a zoological museum's name shortened
        "Zool. Staatssamml. München\nColl. K. Muster",
        "Zool. Mus.\nColl. J. Beispiel",
    ],
)
def test_a_collections_label_on_a_pin(text: str) -> None:
    assert role_of(text) is Role.donor


def test_the_collector_keyed_beside_a_register_is_the_data_labels() -> None:
    sheet = "Ceylon\nSampleton\niii.1912\nColl. K. Muster\nB.M. 1950-123"
    assert role_of(sheet) is Role.data
    assert values(sheet)["recordedBy"] == "K. Muster"


def test_the_owner_of_a_collection_is_no_collector() -> None:
    got = values("Coll. K. Muster\nB.M. 1950-123\n\nCeylon\nSampleton\niii.1912")
    assert "recordedBy" not in got
    assert got["eventDate"] == "1912-03"


@pytest.mark.parametrize("stamp", ["eingeg. 12.4.1910", "Eingegangen 12.4.1910"])
def test_an_accession_stamps_date_is_no_collection_date(stamp: str) -> None:
    sheet = (
        f"Herbarium Berolinense\n{stamp}\n\nDeutsch-Südwestafrika\nExampla, Sandfeld\n"
        "K. Muster n. 45\nJan. 1909"
    )
    assert values(sheet)["eventDate"] == "1909-01"


_SHEET = "Exampla minor L.\nSampleland: Sampleton, 1100 m\nJ. Beispiel 9999\n5 May 1950"


@pytest.mark.parametrize(
    "copy",
    [
        "Photograph of type specimen\nin Herbarium Berolinense\nExampla typica Muster\n"
        "K. Muster 12, 1899\nNegative No. 7890",
        "Fragment of holotype\nExampla typica Muster\nK. Muster 12\n1899",
        "PH0TOGRAPH OF TYPE\nExampla typica Muster\nK. Muster 12",
    ],
)
def test_a_types_copy_beside_the_data_label_is_not_the_sheets(copy: str) -> None:
    got = values(f"{copy}\n\n{_SHEET}")
    assert got["recordedBy"] == "J. Beispiel"
    assert got["recordNumber"] == "9999"
    assert got["scientificName"] == "Exampla minor"
    labels = make_labels(labels_from_text(f"{copy}\n\n{_SHEET}"))
    assert list(label_roles(labels).values()) == [Role.curatorial, Role.data]


def test_a_types_copy_alone_is_the_sheets_data() -> None:
    got = values(
        "Photograph of type specimen in Herb. Berol.\nExampla bergii Muster\nNeg. No. 12345"
    )
    assert got["scientificName"] == "Exampla bergii"


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # the collector beside the date closes the pin's label: the lines above are its place
        ("Zool. Mus. Berlin\nTogo, Sampleton\nV.1895 Muster S.", [False, False, False]),
        ("Zool. Mus. Berlin\nTogo, Sampleton\n12.vi.1895 K. Muster", [False, False, False]),
        # a stamp's date alone, a month's name no person
        ("Botanisches Museum\nBerlin-Dahlem\n12 Mai 1960", [False, True, False]),
        ("Botanisches Museum\nBerlin-Dahlem\n12.6.1960", [False, True, False]),
    ],
)
def test_a_collector_beside_the_date_under_a_museums_name(text: str, address: list[bool]) -> None:
    (label,) = make_labels(labels_from_text(text))
    assert label.address == address


def test_a_pins_country_under_its_museums_name_is_the_specimens() -> None:
    got = fields("Zool. Mus. Berlin\nTogo, Sampleton\nV.1895 Muster S.")
    assert got["country"].value == "Togo"
    assert got["country"].evidence.rule == "country.name"


@pytest.mark.parametrize(
    "head",
    [
        "ROYAL BOTANIC GARDEN EDINBURGH\nE00123469\nHERB. HORT. BOT. EDIN.\n12 JUN 1952",
        "K000444555\nHERBARIUM KEW\n12 MAY 1951",
        "ROYAL BOTANIC GARDENS KEW\n12 MAY 1951",
    ],
)
def test_a_stamps_date_over_the_plants_name_in_one_block(head: str) -> None:
    got = values(f"{head}\nExampla montana Muster\nNepal: Sampleton, 3000 m\nK. Muster 4570")
    assert "eventDate" not in got
    assert got["recordedBy"] == "K. Muster"


def test_a_personal_herbariums_year_over_the_name_is_the_collections() -> None:
    got = values("Herb. K. Muster\n1870\nExampla minor L.\nSampleton")
    assert got["eventDate"] == "1870"


def test_a_post_office_box_is_nobodys_collection_number() -> None:
    got = values(
        "HERBARIUM, EXAMPLA RESEARCH INSTITUTE\nP.O. Box 123, Sampleton\nExampla minor L.\n"
        "Sampleland: Exampla Prov., 1200 m\nK. Muster 7979\n4 Feb 1990"
    )
    assert (got["recordedBy"], got["recordNumber"]) == ("K. Muster", "7979")


@pytest.mark.parametrize(
    ("text", "collector"),
    [
        ("Hb. K. Muster\nExampla minor L.\nSampleton, Exampleshire\nJune 1871", "K. Muster"),
        ("HERB. K. MUSTER\nExampla minor L.\nSampleton, by the river\nJune 1870", "K. MUSTER"),
    ],
)
def test_a_personal_herbariums_header_names_the_collector_at_last(
    text: str, collector: str
) -> None:
    got = fields(text)["recordedBy"]
    assert got.value == collector
    assert got.confidence < 0.9


def test_a_former_owners_herbarium_is_no_collector() -> None:
    got = values("Ex Herb. K. Muster\nExampla minor L.\nSampleton, Exampleshire\nJune 1871")
    assert "recordedBy" not in got


@pytest.mark.parametrize(
    "note", ["Imaged 2016-05-12", "Presented 1923", "Distributed 12.5.1950", "Deposited 1990"]
)
def test_a_dated_curatorial_note_in_the_data_label_is_blanked(note: str) -> None:
    got = values(f"Exampla minor L.\nSampleland: Sampleton, 800 m\nK. Muster 3535\n{note}")
    assert "eventDate" not in got
    assert got["recordNumber"] == "3535"
