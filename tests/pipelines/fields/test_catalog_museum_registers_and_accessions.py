"""Catalogue numbers of smaller museums printed after their code: accession numbers (a year, a
lot, an item: "LIV.1980.33.207"), a department's or register's letters before the number
("OUMNH J.12345", "BRSMG Cd1234"), a collection's word ("ZMB.Col.118372"), OCR's slips after a
known code ("MANCH O472l3") and a Field Museum barcode read with blanks ("V 0 123456 F"). The
shapes whose length varies are read only alone on their line. Invented strings."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import field, value

_DATA = "Flora Exempli\nSampleton, on rocks\nleg. A. Exempel 5678\n12.VI.1935\n\n"

READ = [
    ("WORLD MUSEUM LIVERPOOL\nLIV.1980.33.207", "LIV.1980.33.207"),
    ("LIV.2004.7", "LIV.2004.7"),
    ("NMW.V.2003.021.118", "NMW.V.2003.021.118"),
    ("NMW 2003.021.118", "NMW 2003.021.118"),
    ("LTR 2001.055", "LTR 2001.055"),
    ("O-V-2204417", "O-V-2204417"),
    ("O-L-123456", "O-L-123456"),
    ("ZMB.Col.118372", "ZMB.Col.118372"),
    ("HUNGARIAN NATURAL HISTORY MUSEUM\nBP 12345", "BP 12345"),
    ("OUMNH J.12345", "OUMNH J.12345"),
    ("MANCH LL.1234", "MANCH LL.1234"),
    ("NMS.Z.1990.12.3", "NMS.Z.1990.12.3"),
    ("GLAHM V1234", "GLAHM V1234"),
    ("LEEDM.C.1982.1.2", "LEEDM.C.1982.1.2"),
    ("BRSMG Cd1234", "BRSMG Cd1234"),
    ("CAMSM X.12345", "CAMSM X.12345"),
]


@pytest.mark.parametrize(("stamp", "number"), READ)
def test_read(stamp: str, number: str) -> None:
    got = field(_DATA + stamp, "catalogNumber")
    assert got is not None and got.value == number


MENDED = [
    ("THE MANCHESTER MUSEUM\nMANCH O472l3", "MANCH 047213"),
    ("FIELD MUSEUM OF NATURAL HISTORY\nV 0 123456 F", "V0123456F"),
    ("WORLD MUSEUM LIVERPOOL\nLIV.l980.33.2O7", "LIV.1980.33.207"),
]


@pytest.mark.parametrize(("stamp", "number"), MENDED)
def test_misread_figures_are_mended_and_doubted(stamp: str, number: str) -> None:
    got = field(_DATA + stamp, "catalogNumber")
    assert got is not None and got.value == number and got.confidence < 0.9


NOT_READ = [
    # a post-office box in an address is no Budapest number
    "Expedition office, BP 12345 Dakar, Senegal",
    # a register's shape inside running text
    "see OUMNH J.12345 for the type",
]


@pytest.mark.parametrize("stamp", NOT_READ)
def test_not_read(stamp: str) -> None:
    assert value(_DATA + stamp, "catalogNumber") is None
