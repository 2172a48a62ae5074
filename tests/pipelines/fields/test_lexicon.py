"""The lexicon tables: every CSV in the package's data folder reads, and cue words become a safe
alternation."""

from __future__ import annotations

import re
from importlib import resources

import pytest

from pipelines.fields.lexicon import alternation, data_rows

TABLES = sorted(
    p.name
    for p in resources.files("pipelines.fields").joinpath("data").iterdir()
    if p.name.endswith(".csv")
)


@pytest.mark.parametrize("name", TABLES)
def test_every_table_reads_with_a_full_header(name: str) -> None:
    rows = data_rows(name)
    assert rows, f"{name} is empty"
    for row in rows:
        assert None not in row, f"{name}: a row has more cells than the header"


def test_alternation_tries_longer_words_first_and_escapes() -> None:
    pattern = re.compile(rf"^{alternation(['Coll.', 'Collector', 'leg.', 'c.o.l'])}")
    first, second = pattern.match("Collector: A. Person"), pattern.match("Coll. A. Person")
    assert first is not None and first[0] == "Collector"
    assert second is not None and second[0] == "Coll."
    assert pattern.match("Collx") is None  # "." is literal, not any character
    assert re.fullmatch(alternation(["Récolté par"]), "Récolté   par")
