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
        ("MoRENITA,", "MORENITA,"),
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
        ("K.R.Lowell", "K.R.Lowell"),
        ("17.vi.1984", "17.vi.1984"),
        ("rubella(Vain.)B.Holmb.", "rubella(Vain.)B.Holmb."),
        ("CAL:Sta.Cruz.Co.", "CAL:Sta.Cruz.Co."),
        ("CA:Ah-Pah", "CA:Ah-Pah"),
        ("(NEw)", "(NEW)"),
        ("VIII-19-83", "VIII-19-83"),
        ("", ""),
    ],
)
def test_settle_case(word: str, expected: str) -> None:
    assert settle_case(word) == expected
