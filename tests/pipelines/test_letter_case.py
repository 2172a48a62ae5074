from __future__ import annotations

import pytest

from pipelines.letter_case import settle_case


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        # capitals read with a small letter or two
        ("YoRK", "YORK"),
        ("NEw", "NEW"),
        ("CoLL.", "COLL."),
        ("SEPt", "SEPT"),
        ("MAy", "MAY"),
        ("HERBARIUm", "HERBARIUM"),
        ("BOTanIcaL", "BOTANICAL"),
        ("SoLEDAD,", "SOLEDAD,"),
        ("MARcH", "MARCH"),
        ("JaNuaRy", "JANUARY"),
        ("EsQ.", "ESQ."),
        # case that is meant
        ("McDonald", "McDonald"),
        ("DeWitt", "DeWitt"),
        ("LeConte", "LeConte"),
        ("Botanical", "Botanical"),
        ("NEW", "NEW"),
        ("leg.", "leg."),
        ("pH", "pH"),
        ("iN", "iN"),
        ("D.S.Correll", "D.S.Correll"),
        ("12.vi.1987", "12.vi.1987"),
        ("lactea(Mass.)A.Zahlbr.", "lactea(Mass.)A.Zahlbr."),
        ("CAL:Sta.Barb.Co.", "CAL:Sta.Barb.Co."),
        ("CA:Ah-Pah", "CA:Ah-Pah"),
        ("(NEw)", "(NEW)"),
        ("VIII-26-81", "VIII-26-81"),
        ("", ""),
    ],
)
def test_settle_case(word: str, expected: str) -> None:
    assert settle_case(word) == expected
