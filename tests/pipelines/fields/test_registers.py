"""A museum's register number (pipelines.fields.registers): one shape the parsers build on."""

from __future__ import annotations

import pytest

from pipelines.fields.registers import REGISTER_NUMBER


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("Brit. Mus. 1937-512.", "1937-512"),
        ("B.M. 1961 - 418", "1961 - 418"),
        ("Reg. 1950.3.12.45", "1950.3.12.45"),
        ("XMNH (E) / 2014-77", "2014-77"),
        # no register: a year alone, a longer number, a date
        ("Sampleton 1937", None),
        ("12345-678", None),
    ],
)
def test_register_number(line: str, found: str | None) -> None:
    m = REGISTER_NUMBER.search(line)
    assert (m.group(0) if m else None) == found
