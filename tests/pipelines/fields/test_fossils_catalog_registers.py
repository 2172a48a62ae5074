"""Catalogue numbers of museums' zoology, palaeontology and geology registers: department and
register letters, a zoology register's dated numbers, letters inside the groups. The codes are
real (data/institutions.csv); every number is invented."""

from __future__ import annotations

import pytest

from pipelines.fields import labels_from_text, parse_fields
from pipelines.fields.catalog import find_catalog_numbers
from pipelines.fields.text import make_labels


def _best(text: str) -> str | None:
    got = find_catalog_numbers(make_labels(labels_from_text(text)))
    return got[0].value if got else None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # palaeontology's department and register letters
        ("NHMUK PV R 4321", "NHMUK PV R 4321"),
        ("NHMUK PV M 87654", "NHMUK PV M 87654"),
        ("NHMUK PI OR 23456", "NHMUK PI OR 23456"),
        ("NHMUK PB V 3456", "NHMUK PB V 3456"),
        # the zoology register's year, month, day and serial, and a range of serials
        ("BMNH 1932.4.12.1", "BMNH 1932.4.12.1"),
        ("BMNH 1899.11.3.17-20", "BMNH 1899.11.3.17-20"),
        # a range of serials three figures long: the longest reading that runs on without a blank
        ("NHMUK 1923.6.14.204-211", "NHMUK 1923.6.14.204-211"),
        # a number whose thousands are parted by a blank, as French and Dutch labels print them
        ("MNHN.F.A 57 312", "MNHN.F.A 57 312"),
        ("EMEC 512 889", "EMEC 512,889"),
        ("BMNH 86.3.1.12", "BMNH 86.3.1.12"),
        ("NHMUK 1965.7.22.104", "NHMUK 1965.7.22.104"),
        # a register's letter inside the groups, or before them
        ("NMW 31.456.G78", "NMW 31.456.G78"),
        ("NMW 88.12.G3", "NMW 88.12.G3"),
        ("CAMSM X.41234.5", "CAMSM X.41234.5"),
        ("CAMSM J.12345", "CAMSM J.12345"),
        ("OUMNH J.23456", "OUMNH J.23456"),
        ("GLAHM V4321", "GLAHM V4321"),
        ("NMS G.1987.45.6", "NMS G.1987.45.6"),
        ("NMS.Z.1990.12.3", "NMS.Z.1990.12.3"),
        ("BGS GSM 54321", "BGS GSM 54321"),
        ("BGS BDA 1234", "BGS BDA 1234"),
        ("MNHN.F.A54321", "MNHN.F.A54321"),
        ("NMING:F23456", "NMING:F23456"),
        ("YPM IP 123456", "YPM IP 123456"),
        ("FMNH PR 2345", "FMNH PR 2345"),
        ("USNM PAL 345678", "USNM PAL 345678"),
        ("GIT 345-67", "GIT 345-67"),
        ("TUG 1234-56", "TUG 1234-56"),
        # Tartu's and Turku's numbers, the fungi's series letter
        ("TU 234567", "TU 234567"),
        ("TU-M 23456", "TU-M 23456"),
        ("TUR 345678", "TUR 345678"),
    ],
)
def test_register_shapes(text: str, value: str) -> None:
    assert _best(text) == value


@pytest.mark.parametrize(
    "text",
    [
        "BMNH 1937-512",  # a register's accession: year and serial after a dash
        "BMNH(E) 2005-12",
        "BMNH 1932.4",  # a year and one part: no register's dated number
    ],
)
def test_accessions_are_no_catalogue_number(text: str) -> None:
    assert _best(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "BMNH 1932.4.12.1\nExampla minor\nSampleton",
        "Exampla minor\nSampleton\nBMNH 1911.7.4.21",
        "NHMUK 1965.7.22.104\nExampla minor\nProbeham",
    ],
)
def test_a_dated_register_number_is_no_collection_date(text: str) -> None:
    fields = parse_fields(labels_from_text(text))
    assert "eventDate" not in fields
    assert fields["catalogNumber"].value.split()[-1].startswith("19")


def test_the_fossil_label_of_the_brief() -> None:
    fields = parse_fields(
        labels_from_text("NHMUK PV R 5678\nExampla communis\nLower Lias, Sampleton, Dorset")
    )
    assert fields["catalogNumber"].value == "NHMUK PV R 5678"
    assert fields["earliestEpochOrLowestSeries"].value == "Lower Jurassic"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("GLAHM V7O37", "GLAHM V7037"),
        ("NHMUK PI OR 2468O", "NHMUK PI OR 24680"),
        ("OUMNH J.l2345", "OUMNH J.12345"),
        ("BMNH 1863.3.l1.75", "BMNH 1863.3.11.75"),
        ("MGUH 526O6", "MGUH 52606"),
    ],
)
def test_a_museum_number_with_misread_figures_is_mended_and_doubted(text: str, value: str) -> None:
    got = find_catalog_numbers(make_labels(labels_from_text(text)))
    assert got[0].value == value
    assert "ocr_repaired" in got[0].flags
    assert got[0].confidence < 0.9


@pytest.mark.parametrize("text", ["BMNH 1863.3.l1.75", "NMW 2l.345.G6"])
def test_a_lower_case_letter_is_no_register_letter(text: str) -> None:
    got = find_catalog_numbers(make_labels(labels_from_text(text)))
    assert all(c.value != text for c in got)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a zoology museum's department between its code and the number
        ("ZMB MAM 23456", "ZMB MAM 23456"),
        ("ZFMK HERP 3456", "ZFMK HERP 3456"),
        ("SMF PISC 23456", "SMF PISC 23456"),
        ("MHNG PAL 34567", "MHNG PAL 34567"),
    ],
)
def test_departments(text: str, value: str) -> None:
    assert _best(text) == value


def test_a_blank_ends_a_dotted_number() -> None:
    # a year after a register's number on its line is no part of the number
    assert "1950" not in (_best("NHMUK 1923.6.14.204 1950") or "")
