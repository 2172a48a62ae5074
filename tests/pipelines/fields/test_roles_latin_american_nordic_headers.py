"""Whole sheets invented in the shapes of the Field Museum's, Latin American, Baltic, Russian and
Nordic herbaria: their headers' addresses and numbers, as OCR and transcribers give them."""

from __future__ import annotations

import pytest

from pipelines.fields import labels_from_text
from pipelines.fields.roles import Role, stamp_lines
from pipelines.fields.text import Label, address_shaped, is_header, make_labels, one_script
from tests.pipelines.fields.parsed import fields, role_of, value


def _label(text: str) -> Label:
    (label,) = make_labels(labels_from_text(text))
    return label


@pytest.mark.parametrize(
    ("line", "shaped"),
    [
        # a dash between the town and its country, as Latin American headers print it
        ("SAMPLETON - EXAMPLIA", True),
        ("Sampla – Exemplia", True),
        ("MUESTRA — EXEMPLIA", True),
        # a dash alone is no address, nor a place's line with figures
        ("-", False),
        ("Sampla - Exempla, 1200 m", False),
    ],
)
def test_a_dash_parts_an_address_as_a_comma(line: str, shaped: bool) -> None:
    assert address_shaped(line) is shaped


@pytest.mark.parametrize(
    "text",
    [
        "MUSEO NACIONAL DE HISTORIA NATURAL\nSAMPLETON - CHILE\nExampla minor Muster\n"
        "Prov. Exemplo: Cuesta La Muestra, 1200 m\nLeg. K. Muster  Nº 876\nXII.1960",
        'MUSEO DE HISTORIA NATURAL "K. MUSTER"\nSampla - Perú\nExampla minor Muster\n'
        "Lomas de Exemplo, 400 m\nLeg. K. Muster 55   12.X.1950",
    ],
)
def test_a_museums_address_with_a_dash_is_no_place_of_the_specimen(text: str) -> None:
    # was country.name at 0.98, and the address taken for the locality ('Sampla-Perú' at 0.78)
    got = fields(text)
    assert got["country"].evidence.rule == "country.institution"
    assert "Sampla" not in (value(text, "verbatimLocality") or "").replace("Sampleton", "")


@pytest.mark.parametrize(
    ("text", "blanked"),
    [
        # an institution's accession number under its name
        ("HERB. UNIV. EXEMPLIENSIS\nNo. 12345\nExampla minor Muster\nUppland: Exempelby", [0, 1]),
        ("HERBARIUM MUSEI EXEMPLI\nNo 12345\nExampla minor Muster\nTa: Sampela", [1]),
        ("FIELD MUSEUM OF NATURAL HISTORY\n1234567\nExampla minor Muster\nPeru: Sampleton", [1]),
        # a former owner's herbarium and a person's distributed one number their own sheets
        (
            "Ex herb. Musei bot. Sampletoniensis\n№ 3050\nExampla minor Muster\nProv. Exempla",
            [0, 1],
        ),
        ("K. Muster, Herbarium exemplicum.\n№ 117\nExampla minor Muster\nFundort: Sampla", [1]),
        # left: a series' number, a person's herbarium's, a region's header's, a year
        ("PLANTAE EXEMPLIAE EXSICCATAE\nNr. 123\nExampla minor Muster\nAb: Sampla", []),
        (
            "LICHENES EXEMPLI EXSICCATI\nEditi a Museo Botanico Exempli\n№ 456\n"
            "Exampla saxicola Muster\nKa: Sampela",
            [],
        ),
        ("Herb. K. Muster\nNo. 12\nExampla minor Muster\nSampleton", []),
        ("PLANTS OF EXAMPLIA\nNo. 123\nExampla minor Muster\nSampleton", []),
        ("HERBARIUM MUSEI EXEMPLI\n1890\nSampleton, Exempla\nExampla minor Muster", []),
    ],
)
def test_a_number_under_an_institutions_name_is_its_own(text: str, blanked: list[int]) -> None:
    assert stamp_lines(_label(text)) == blanked


@pytest.mark.parametrize(
    "text",
    [
        # was recordNumber '12345' at 0.97
        "HERB. UNIV. EXEMPLIENSIS\nNo. 12345\nExampla minor Muster\nUppland: Exempelby\n"
        "1880  leg. K. Muster",
        # was recordNumber '12345' at 0.86
        "HERBARIUM MUSEI EXEMPLI\nNo 12345\nExampla minor Muster\nTa: Sampela, Exempeli, niitty\n"
        "12.VII.1950\nleg. K. Muster",
        # was recordNumber '3050' at 0.97
        "Ex herb. Musei bot. Sampletoniensis\n№ 3050\nExampla minor Muster\n"
        "Prov. Exempla. Sampleton 18 10/12 74",
    ],
)
def test_the_institutions_number_is_no_record_number(text: str) -> None:
    assert value(text, "recordNumber") is None


def test_the_collectors_number_under_a_numbered_header_stays() -> None:
    text = (
        "HERB. UNIV. EXEMPLIENSIS\nNo. 12345\nExampla minor Muster\nUppland: Exempelby\n"
        "1880  leg. K. Muster 77"
    )
    assert value(text, "recordNumber") == "77"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a museum's department under its name, in capitals: no genus and epithet (was
        # scientificName 'Division plantas' at 0.74, the plant's name lost)
        (
            "MUSEO DE SAMPLETON\nDIVISION PLANTAS VASCULARES\nExampla minor Muster\n"
            "Prov. Exempla: Pdo. Muestra, Sampla\nLeg. K. Muster 55\n12-XI-1940",
            "Exampla minor",
        ),
        (
            "EXEMPLISKA RIKSMUSEET\nBotaniska avdelningen\nExampla alpina Muster\n"
            "Jämtland: Åre sn, Exempelfjäll\n1905-07-12\nleg. K. Muster",
            "Exampla alpina",
        ),
        (
            "MUSEO NACIONAL DE EXEMPLIA\nSECCION BOTANICA\nExampla minor Muster\n"
            "Depto. Exempla, 1200 m\nLeg. K. Muster 12\n3.IV.1950",
            "Exampla minor",
        ),
    ],
)
def test_a_museums_department_is_no_plants_name(text: str, name: str) -> None:
    got = fields(text)["scientificName"]
    assert got.value == name
    assert got.confidence >= 0.9


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        # Latin lookalikes in a Cyrillic word, as an engine reading both scripts gives them
        ("ГEPБAPИЙ БOTAHИЧECKOГO ИHCTИTУTA", "ГЕРБАРИЙ БОТАНИЧЕСКОГО ИНСТИТУТА"),
        # a Cyrillic lookalike in a Latin word
        ("Exаmpla minоr", "Exampla minor"),
        # a word of lookalikes alone, a word of each script, figures: left as read
        ("CCCP", "CCCP"),
        ("LE 01012345 Ленинград", "LE 01012345 Ленинград"),
        # both scripts' own letters in one word: nothing tells which was meant
        ("ЖLм", "ЖLм"),
    ],
)
def test_one_script_per_word(text: str, fixed: str) -> None:
    assert one_script(text) == fixed
    assert len(one_script(text)) == len(text)


def test_a_mixed_script_series_title_doubts_its_number() -> None:
    # was recordNumber '1234' at 0.97, the title's words not read
    got = fields(
        "ГEPБAPИЙ ФЛOPЫ CCCP\n№ 1234\nExampla minor Muster\nКавказ, окр. Примерово\n"
        "12.VI.1959\nСобр. К. Мустер"
    )["recordNumber"]
    assert got.value == "1234"
    assert got.confidence < 0.9


@pytest.mark.parametrize(
    "slip",
    [
        "Exampla rosea Muster\nDet. J. Beispiel\nFIELD MUSEUM OF NATURAL HISTORY\n"
        "SAMPLETON, ILLINOIS   1978",
        "Exampla rosea Muster\nDet. J. Beispiel\nFIELD MUSEUM OF NATURAL HISTORY\nSAMPLETON, ILLINOIS",
    ],
)
def test_a_slips_institutions_town_is_no_place(slip: str) -> None:
    # was verbatimLocality 'SAMPLETON, ILLINOIS' at 0.89: the slip taken for a data label
    text = (
        slip
        + "\n\nExampla rosea Muster\nEcuador: Prov. Carchi, 3200 m\nK. Muster 4521\n12 May 1962"
    )
    assert role_of(slip) is Role.determination
    assert value(text, "verbatimLocality") == "Ecuador: Prov. Carchi, 3200 m"
    assert value(text, "stateProvince") == "Carchi"


def test_a_slip_over_a_state_alone_stays_a_data_label() -> None:
    # a state on a line of its own under the slip's lines, no institution above it
    assert role_of("Exampla rosea Muster\nDet. J. Beispiel\nILLINOIS") is Role.data


@pytest.mark.parametrize(
    "text",
    [
        # a herbarium's title naming a flora is a series': its number is left to the people parser
        "ГЕРБАРИЙ ПРИМЕРНОЙ ФЛОРЫ\nNr. 1234\nExampla minor Muster\nSampla, in pratis",
        "HERBARIUM FLORAE EXEMPLI\nNo. 1234\nExampla minor Muster\nSampla, in pratis",
    ],
)
def test_a_number_under_a_floras_title_is_left(text: str) -> None:
    assert 1 not in stamp_lines(_label(text))


@pytest.mark.parametrize(
    ("line", "header"),
    [
        # the Nordic and Baltic languages name the place first, in the genitive
        ("Eesti samblikud", True),
        ("EXEMPLI KASVIT", True),
        ("Exempels växter", True),
        ("NORGES FLORA", True),
        ("Exemplijas Flora", True),
        ("Exemplos augalai", True),
        # a plant's name, a sentence, a place: no header
        ("Exampla flora", False),
        ("Sampla, Exempla flora", False),
        ("rich flora", False),
        ("Exampla samblikud minor", False),
    ],
)
def test_a_header_that_names_its_place_first(line: str, header: bool) -> None:
    assert is_header(line) is header


def test_a_header_that_names_its_place_first_is_no_locality() -> None:
    # was verbatimLocality 'Eesti samblikud' at 0.96
    text = "Eesti samblikud\nExampla minor Muster\nSampla, in pratis\n12.VI.1925  leg. K. Muster"
    assert value(text, "verbatimLocality") == "Sampla, in pratis"
