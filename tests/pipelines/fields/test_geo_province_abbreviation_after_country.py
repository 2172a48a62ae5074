"""States: a Finnish biogeographical province's abbreviation before its colon after the country's
name opening the line ("Fennia. Ta: Exampla", "Suomi, Ok: Esimerkki"). Invented strings in the
shapes labels use."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import values


@pytest.mark.parametrize(
    ("line", "province"),
    [
        ("Fennia. Ta: Sampleby, in prato.", "Tavastia australis"),
        ("Suomi. Ta: Esimerkki, Kylä, niitty.", "Tavastia australis"),
        ("Ta: Sampleby, in prato.", "Tavastia australis"),
    ],
)
def test_after_the_country(line: str, province: str) -> None:
    got = values(line + "\n12.VI.1912\nleg. K. Muster")
    assert got.get("countryCode") == "FI" and got.get("stateProvince") == province


def test_a_word_and_a_colon_later_in_the_line_is_no_province() -> None:
    got = values("Oregon. Near Sampleton, Ta: 12\n12.VI.1912\nleg. K. Muster")
    assert got.get("countryCode") != "FI"
