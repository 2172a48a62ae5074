"""Institutions' printed names of UK museums and surveys, Bulgarian, Macedonian and Turkish
herbaria, as printed and with the OCR's figures for letters, on invented sheets: a header, never
the locality, the country or the collector."""

from __future__ import annotations

import pytest

from pipelines.fields.institution_names import institution_name
from pipelines.fields.ocr_slips import figures_as_letters
from pipelines.fields.roles import Role
from tests.pipelines.fields.parsed import role_of, values


@pytest.mark.parametrize(
    "line",
    [
        # the Bulgarian "на" (of) after a name's word is no place's preposition
        "ХЕРБАРИЙ НА СОФИЙСКИЯ УНИВЕРСИТЕТ",
        "МУЗЕЙ НА ЕКЗЕМПЛОВО",
        "ХЕРБАРИУМ НА ПРИРОДНАТА ИСТОРИЈА",
        "ISTANBUL ÜNİVERSİTESİ ECZACILIK FAKÜLTESİ HERBARYUMU (ISTE)",
        "EXAMPLE ÜNİVERSİTESİ HERBARYUMU",
        "NATIONAL MUSEUMS SCOTLAND",
        "GEOLOGICAL SURVEY OF GREAT BRITAIN",
        "Geological Survey of Examplia",
        # the OCR's figures for letters in a name's capitals
        "GEOLOGlCAL SURVEY 0F GREAT BRlTAlN",
        "NATlONAL HERBARlUM OF NEW S0UTH WALES",
        "HERBARlUM 0F THE R0YAL B0TANIC GARDEN EDlNBURGH",
    ],
)
def test_an_institutions_name(line: str) -> None:
    assert institution_name(line)


@pytest.mark.parametrize(
    "line",
    [
        "на берегу у музея",  # Russian: on the shore by the museum
        "Гербарий: на скалах",
        "Herbarium No. 12345",
        "Museum K000123456",
    ],
)
def test_no_institutions_name(line: str) -> None:
    assert not institution_name(line)


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("FL0RA 0F EXAMPLIA", "FLORA OF EXAMPLIA"),
        ("HERBARIUM 0F THE R0YAL GARDEN", "HERBARIUM OF THE ROYAL GARDEN"),
        ("No. 1205", "No. 1205"),
        ("K000123456", "K000123456"),
        ("leg. K. Muster 10", "leg. K. Muster 10"),
    ],
)
def test_figures_read_for_letters(line: str, read: str) -> None:
    assert figures_as_letters(line) == read


def test_a_bulgarian_header_over_its_own_label() -> None:
    assert role_of("ХЕРБАРИЙ НА СОФИЙСКИЯ УНИВЕРСИТЕТ") is Role.curatorial


def test_a_museums_country_is_not_the_specimens() -> None:
    # "SCOTLAND" in the museum's name was the country at 0.86 over the data label's Kenya
    got = values(
        "NATIONAL MUSEUMS SCOTLAND\nNMS.Z.1921.143.12\n\n"
        "Exampla avis\nLoc. Kenya, Kisumu, swamp\nDate 3.iv.1912\nColl. K. Muster No. 81"
    )
    assert got["country"] == "Kenya"


def test_a_surveys_name_is_no_locality() -> None:
    got = values(
        "GEOLOGICAL SURVEY OF GREAT BRITAIN\nReg. No. GSM 98765\n\n"
        "Exampla trilobita Muster\nWenlock Limestone, Sampleton, Worcestershire\n"
        "Coll. A. Exempel, 1858"
    )
    assert got["verbatimLocality"] == "Wenlock Limestone, Sampleton, Worcestershire"
    assert got["county"] == "Worcestershire"


def test_a_surveys_name_misread_is_a_header() -> None:
    assert role_of("GEOLOGlCAL SURVEY 0F GREAT BRlTAlN\nMUSEUM OF PRACTlCAL GEOLOGY") is (
        Role.curatorial
    )


def test_a_herbariums_word_alone_heads_no_address() -> None:
    # the plant's name and its place in capitals under "HERBARIUM" were read as its address
    got = values(
        "HERBARIUM\nEXAMPLA GUINEENSIS BEISPIEL\nSAMPLETON F.R., HIGH FOREST\n"
        "J. BEISPIEL 2230\n14/3/1938"
    )
    assert got["verbatimLocality"] == "SAMPLETON F.R., HIGH FOREST"


@pytest.mark.parametrize(
    "line",
    ["Kew Bulletin 1934: 221", "Kew Bull. 12: 345 (1958)", "Hooker's Icones Plantarum t. 1234"],
)
def test_a_journals_citation_is_curatorial(line: str) -> None:
    assert role_of(line) is Role.curatorial


def test_a_collector_signing_beside_the_giver() -> None:
    # "K. Muster coll." beside a register number names the collection it came from; beside the
    # giver's own line it signs the collector (the label was a donor's: no collector)
    text = (
        "B.M. (N.H.) 1931.3.12.4-7\nExampla piscis\nLake Sampla, Exampleton, Uganda\n"
        "K. Muster coll.\nPresented by the Exampla Fisheries Dept."
    )
    assert role_of(text) is Role.data
    assert values(text)["recordedBy"] == "K. Muster"


def test_a_collection_under_its_register_is_a_donors() -> None:
    assert role_of("K. Muster coll.\nB.M. 1950-12") is Role.donor


@pytest.mark.parametrize("stamp", ["12 FEB 1985", "1 2 FEB 1985"])
def test_a_stamps_date_under_the_institutions_address(stamp: str) -> None:
    got = values(
        f"NATIONAL BOTANICAL INSTITUTE\nSAMPLETON\n{stamp}\nExampla capensis Muster\n"
        "Sampleton farm, rocky ridge\nA. Exempel 88\nNov. 1984"
    )
    assert got["eventDate"] == "1984-11"


def test_a_givers_year_under_his_cue_is_no_collection_date() -> None:
    # "1903" after the seller's name was the eventDate at 0.92
    got = values(
        "Exampla ciliata Muster\nSampleton, Natal\nA. Exempel 12\nPurchased from\nJ. Sampleton, 1903"
    )
    assert "eventDate" not in got
    assert got["recordedBy"] == "A. Exempel"


def test_a_purchase_stamp_on_two_lines_is_a_donors() -> None:
    assert role_of("Purchased from\nJ. Sampleton, 1903") is Role.donor


@pytest.mark.parametrize(
    "note",
    [
        "Skeleton No. 123",
        "Skull No. 4567",
        "Exchanged with K. Muster 1921",
        "Photo. K. Muster 1950",
        "Remounted 1960",
        "Drawn for Hooker's Icones 1890",
        "Figured specimen",
        "Named at Kew 1902",
        "Compared with type at K, 1955",
        "Intercambio K. Muster 1960",
        "Permuta com K. Muster 1960",
        "Scambio K. Muster 1930",
        "Comprado a K. Muster 1930",
        "Monté en 1950",
        "Ex dono K. Muster 1890",
        "Revisto por K. Muster 1980",
    ],
)
@pytest.mark.parametrize("apart", ["\n", "\n\n"])
def test_a_museums_note_gives_no_collector_date_or_number(note: str, apart: str) -> None:
    # the prepared part's word was the collector at 0.82 and its number the recordNumber; the
    # exchange's, the photograph's, the remounting's and the naming's years the eventDate
    got = values(f"Exampla avis\nSampleton Creek, Natal\nJ. Beispiel{apart}{note}")
    assert got["recordedBy"] == "J. Beispiel"
    assert "eventDate" not in got
    assert "recordNumber" not in got


@pytest.mark.parametrize("note", ["Named at Kew 1902", "Compared with type at K, 1955"])
def test_a_herbariums_naming_is_a_determination(note: str) -> None:
    assert role_of(note) is Role.determination


def test_a_portuguese_woodland_stays_the_locality() -> None:
    # "Montado" alone is a cork oak woodland: only "Montado en" and "Montado por" mount a sheet
    assert role_of("Montado de sobro, Sampleto, Alentejo\nleg. K. Muster\n12.IV.1940") is Role.data


@pytest.mark.parametrize(
    "slip",
    ["Determlnavit K. Muster 1970", "REVlSED BY K. MUSTER 1970", "C0NF. K. MUSTER 1970"],
)
def test_a_misread_determinations_year_is_no_collection_date(slip: str) -> None:
    # the slip's year was the eventDate at 0.92 (and its determiner the collector at 0.81)
    got = values(f"Exampla avis\nSampleton Creek, Natal\nJ. Beispiel\n\n{slip}")
    assert "eventDate" not in got
    assert got["dateIdentified"] == "1970"
    assert got["recordedBy"] == "J. Beispiel"
