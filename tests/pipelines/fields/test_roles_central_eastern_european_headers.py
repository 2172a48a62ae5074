"""Herbaria's and museums' printed names in the Baltic, Central, South-Eastern and Eastern
European languages, on invented sheets: a header, never the taxon, the locality or the collector."""

from __future__ import annotations

import pytest

from pipelines.fields.institution_names import institution_name
from tests.pipelines.fields.parsed import values


@pytest.mark.parametrize(
    "line",
    [
        "LATVIJAS DABAS MUZEJS",
        "Latvijas Universitātes Herbārija",
        "LIETUVOS MOKSLŲ AKADEMIJOS BOTANIKOS INSTITUTO HERBARIUMAS",
        "VILNIAUS UNIVERSITETO MUZIEJUS",
        "HERBARIJ PRIRODOSLOVNEGA MUZEJA SLOVENIJE",
        "HERBARIUM CROATICUM SVEUČILIŠTA",
        "ХЕРБАРИЈУМ ПРИРОДЊАЧКОГ МУЗЕЈА",
        "ГЕРБАРІЙ ІНСТИТУТУ БОТАНІКИ",
        "HERBARUL UNIVERSITĂȚII EXEMPLI",
        "MUZEUL DE ISTORIE NATURALĂ",
        "MAGYAR NEMZETI MÚZEUM NÖVÉNYTÁRA",
        "HERBÁR SLOVENSKÉHO NÁRODNÉHO MÚZEA",
        "HERBÁŘ BOTANICKÉHO ÚSTAVU",
        "ZIELNIK INSTYTUTU BOTANIKI",
    ],
)
def test_an_institutions_name(line: str) -> None:
    assert institution_name(line)


def test_a_museums_name_in_capitals_is_no_taxon() -> None:
    # two capitalised words over the specimen's name were read as a genus and its epithet
    got = values(
        "LATVIJAS DABAS MUZEJS\nExampla sibirica Muster\nAltai: Sampla river valley\n"
        "leg. A. Exempel  VII.1912"
    )
    assert got["scientificName"] == "Exampla sibirica"
    assert got["recordedBy"] == "A. Exempel"
