"""A county after "Co." the OCR misread in its common slips ("rn" for "m", "vv" for "w", "i" or
"1" for "l"): Irish counties and the British ones printed with "Co." ("Co. Durham"), mended and
doubted, as is one of five letters or more one letter from one county's; a name no such county is
(a US county's) stays as printed. Invented strings in the shapes labels use."""

from __future__ import annotations

import pytest

from pipelines.fields.vicecounty import irish_county_after
from tests.pipelines.fields.parsed import reading


@pytest.mark.parametrize(
    ("text", "county"),
    [
        ("Co. Durharn, Sampleton\n12.6.1931\nleg. K. Muster", "Durham"),
        ("Co. Antrirn, Musterbridge\n14.5.1961", "Antrim"),
        ("Co. Wicklovv, Probeham\n17.6.1946", "Wicklow"),
        ("Co. Dub1in, Probeham\n9.4.1899", "Dublin"),
        ("Co. Donegai, Musterfort\n5.6.1934", "Donegal"),
        ("Sampleton. Co. Ferrnanagh\nJ. Beispiel", "Fermanagh"),
        # five letters, one wrong, the first kept
        ("Co. Kerrv, Sampleton\n1.8.1950", "Kerry"),
        ("Co. Corkk, Probeham\n2.9.1901", "Cork"),
    ],
)
def test_a_misread_county_after_co_is_mended_and_doubted(text: str, county: str) -> None:
    got = reading(text, "county")
    assert got is not None and got[0] == county and got[1] < 0.9 and "ocr_repaired" in got[2]


@pytest.mark.parametrize(
    ("text", "county"),
    [
        ("Co. Durham, Probeham\n3.7.1925", "Durham"),
        ("Sampleton, Co. Durham\nA. Exempel", "Durham"),
        ("Co. Kerry, Sampleton\n1.8.1950", "Kerry"),
    ],
)
def test_a_county_after_co_read_right_stays_sure(text: str, county: str) -> None:
    got = reading(text, "county")
    assert got is not None and got[0] == county and "ocr_repaired" not in got[2]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Co. Durharn", ("Durham", 4, 11, True)),
        ("Co. Durham", ("Durham", 4, 10, False)),
        # a name of four letters no county's slips give, and a US county after "Co."
        ("Co. Kent", None),
        ("Co. Cocke", None),
        # a US county's name as printed is no Irish one misread
        ("Co. Clark", None),
    ],
)
def test_the_county_after_co(text: str, expected: tuple[str, int, int, bool] | None) -> None:
    assert irish_county_after(text, 3) == expected
