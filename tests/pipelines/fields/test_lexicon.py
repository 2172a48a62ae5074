"""The lexicon tables: every CSV in the package's data folder reads, and cue words become a safe
alternation."""

from __future__ import annotations

import re
from importlib import resources

import pytest

from pipelines.fields.geo import fold_same_length
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


def test_alternation_folds_and_lets_a_final_stop_go() -> None:
    # the words as folded text spells them (lower case, accents off), the final stop optional
    words = ["Prov.", "Província", "Dépt."]
    loose = re.compile(alternation(words, fold=fold_same_length, optional_stop=True) + "$")
    assert loose.match("prov") and loose.match("prov.") and loose.match("provincia")
    assert loose.match("dept") and not loose.match("departement")
    strict = re.compile(alternation(words, fold=fold_same_length) + "$")
    assert strict.match("prov.") and not strict.match("prov")


def test_alternation_comma_stop() -> None:
    cue = re.compile(alternation(["Conf.", "Det"], comma_stop=True))
    assert cue.fullmatch("Conf,") and cue.fullmatch("Conf.") and cue.fullmatch("Det")
    assert not cue.fullmatch("Conf") and not cue.fullmatch("Det,")
