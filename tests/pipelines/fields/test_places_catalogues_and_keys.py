"""What a colonial, an old Latin or a Baltic sheet's locality must leave out and keep: a
catalogue's or a register's number, a family's header, an expedition's name, a taxon's line, two
collectors one of them a son, the place's name after a Latin preposition, a Latin substrate;
the locality keys of Baltic and Nordic forms, a growing place naming a place, and a colonial
division's line under an institution's header. Invented strings of real shapes."""

from __future__ import annotations

import pytest

from pipelines.fields import extract_fields, labels_from_text
from pipelines.fields.places.asides import GRID_LINE, aside_line
from pipelines.fields.places.cues import GEO_WORDS
from pipelines.fields.places.institutions import institution_header
from pipelines.fields.places.line_kinds import line_kind
from pipelines.fields.places.lines import ON
from pipelines.fields.places.persons import PERSON_LINE
from pipelines.fields.places.taxa import DET_OR_FAMILY


def _locality(text: str) -> str | None:
    got = extract_fields(labels_from_text(text)).get("verbatimLocality")
    return got.value if got is not None else None


TAKEN = [
    # a catalogue's number at the head of the sheet is no place
    ("CAT. NO. 1234\nRanunculus exemplaris L.\n12 June 1950", None),
    ("Wall. Cat. 1234\nSikkim", "Sikkim"),
    # a family's header over the name
    ("Compositae\nAster exemplaris L.\nK. Muster 12\n12.5.1950", None),
    ("Fam. Exampleaceae\nExamplea sampla\nK. Muster 12", None),
    # an expedition's name and year
    ("Exemplia Exped. 1934\nPrimula exemplaris\nK. Muster 123", None),
    # a lichen's name over its substrate and place
    ("Lecanora exemplaris\nad corticem Fagi, Sampleton", "Sampleton"),
    # two collectors, one of them a son, under the place
    ("Assam, Khasia Hills\nMuster f. & Beispiel", "Assam, Khasia Hills"),
    # the place's name after a Latin preposition, though a name parser may claim it
    ("In silvis prope Sampleton\nmens. Aug. 1850", "In silvis prope Sampleton"),
    ("In monte Exemplo prope Sampleton\nmens. Majo 1850", "In monte Exemplo prope Sampleton"),
    # the locality keys of Baltic forms
    ("Atradne: Paraugciems, purvs\nLeg. K. Muster", "Paraugciems, purvs"),
    ("Radavietė: Pavyzdžių kaimas\nLeg. K. Muster", "Pavyzdžių kaimas"),
    # a growing place naming a place where the form keys no locality; the collector's key is
    # no place
    (
        "Kasvukoht: Näidise küla, soo serv\nKuupäev: 12.06.1955\nKorjaja: E. Muster",
        "Näidise küla, soo serv",
    ),
    ("Växtplats: Exempelby, fuktig äng\nLeg. K. Muster", "Exempelby, fuktig äng"),
    # a colonial division's line under an institution's header is the place, no address
    (
        "ROYAL BOTANIC GARDENS, KEW\nSampleton, Exampla Prov.\nK. Muster 12",
        "Sampleton, Exampla Prov.",
    ),
]


@pytest.mark.parametrize(("text", "want"), TAKEN)
def test_locality_taken(text: str, want: str | None) -> None:
    assert _locality(text) == want


@pytest.mark.parametrize(
    ("line", "aside"),
    [
        ("CAT. NO. 1234", True),
        ("Wall. Cat. 1234", True),
        ("Acc. No. 56", True),
        ("Herb. No. 12", True),
        ("Katalog Nr. 7", True),
        ("Cat. Exempl. No. 12", True),
        ("St. Exempla 12", False),
        ("Exemplia Exped. 1934", True),
        ("Brit. Mus. Exampla Expedition", True),
        # a field-number series' code and number alone on its line
        ("S. 12345", True),
        ("SAN 12345", True),
        ("KEP 1234a", True),
        ("Km 12", False),
        # places with a number, a word beginning like a catalogue's
        ("Sampleton 1234", False),
        ("Catania 12", False),
        ("Mount Exemplo Expedition camp", False),
    ],
)
def test_catalogue_and_expedition_lines(line: str, aside: bool) -> None:
    assert aside_line(line) is aside


@pytest.mark.parametrize(
    ("line", "family"),
    [
        ("Compositae", True),
        ("GRAMINEAE", True),
        ("Leguminosae", True),
        ("Fam. Exampleaceae", True),
        ("Familia: Exampleaceae", True),
        ("Sampleton", False),
        ("Compton Wood", False),
    ],
)
def test_family_header(line: str, family: bool) -> None:
    assert bool(DET_OR_FAMILY.search(line)) is family


@pytest.mark.parametrize(
    ("line", "person"),
    [
        ("Muster f. & Beispiel", True),
        ("Beispiel & Muster f.", True),
        ("Hook. f. & Thoms.", True),
        ("Muster fil. et Beispiel", True),
        ("Assam & Bhutan", False),
        ("Sampleton & Beeby", False),
        ("St. Ives & Beeby", False),
    ],
)
def test_collectors_one_a_son(line: str, person: bool) -> None:
    assert bool(PERSON_LINE.fullmatch(line)) is person


@pytest.mark.parametrize(
    ("line", "substrate"),
    [
        ("ad corticem Fagi, Sampleton", True),
        ("in cortice Quercus", True),
        ("ad saxa calcarea", True),
        # the place after the substrate's preposition: a place's line
        ("ad saxa prope Sampleton", False),
        ("In rupibus calcareis montis Exempli", False),
        ("ad Sampleton", False),
    ],
)
def test_latin_substrate_line(line: str, substrate: bool) -> None:
    assert bool(ON.match(line)) is substrate


def test_printed_address_stays_an_address() -> None:
    # a town and its county printed under the header: the institution's address
    text = "ROYAL BOTANIC GARDENS, KEW\nRichmond, Surrey\n\nAster exemplaris L."
    assert _locality(text) is None


@pytest.mark.parametrize(
    ("line", "words"),
    [
        # an abbreviation's full stop ends the word of place
        ("Mt. Exemplo", ["Mt."]),
        ("Sample Dist., Beeby", ["Dist."]),
        ("Exampla Hills", ["Hills"]),
        ("Exampla Mts.", ["Mts."]),
        ("Mekong-Exemplo divide", ["divide"]),
        ("Distance", []),
        ("Mtn", []),
    ],
)
def test_words_of_place(line: str, words: list[str]) -> None:
    assert GEO_WORDS.findall(line) == words


MORE = [
    # a bearing's initials before a state's name: the region, not a person
    (
        "N.W. Yunnan\nMekong-Exemplo divide, 11,000 ft.\nOct. 1922\nK. Muster No. 23456",
        "N.W. Yunnan\nMekong-Exemplo divide, 11,000 ft.",
    ),
    # a colonial district's line, no cue but its type word
    (
        "FOREST DEPARTMENT, BURMA\nSample Dist., Beeby Reserve\nNo. 12345\nK. Muster 3.5.1925",
        "Sample Dist., Beeby Reserve",
    ),
    (
        "HERB. HORT. BOT. EXEMPL.\nExampla Hills, 4000 ft.\nColl. K. Muster",
        "Exampla Hills, 4000 ft.",
    ),
    # the same place on two labels of a pin: the top one
    (
        "Beeby Isld\n5- 04\nMuster Col\n\nBeeby Is.,\nexampla Is.\napril, 1904\nCol. Muster",
        "Beeby Isld",
    ),
    # a year's century written apart from the date claimed
    ("Prov. Exampla. Sampleton 18 10/12 74\nLeg. K. Muster", "Prov. Exampla. Sampleton"),
]


@pytest.mark.parametrize(("text", "want"), MORE)
def test_more_localities(text: str, want: str | None) -> None:
    assert _locality(text) == want


@pytest.mark.parametrize(("line", "kind"), [("N.W. Yunnan", "text"), ("N.E. Muster 12", "skip")])
def test_bearing_before_region(line: str, kind: str) -> None:
    assert line_kind(line, claimed=False) == kind


@pytest.mark.parametrize(
    ("line", "grid"),
    [
        ("VC 29 TL 123 456", True),
        ("v.c. 12, SU 12 34", True),
        ("VC 12", False),
        ("Sample Fen", False),
    ],
)
def test_vice_county_and_grid_line(line: str, grid: bool) -> None:
    assert bool(GRID_LINE.fullmatch(line)) is grid


@pytest.mark.parametrize(
    ("line", "header"),
    [
        ("Musée d'Histoire Naturelle d'Exempla", True),
        ("Muséum National d Histoire Naturelle", True),
        ("Museo Nacional de Ciencias Naturales", True),
        ("Environs de Sampleton", False),
        ("Sampleton", False),
    ],
)
def test_museum_header(line: str, header: bool) -> None:
    assert institution_header(line) is header


def test_museum_header_is_no_place() -> None:
    text = "Musée d'Histoire Naturelle d'Exempla\nEnvirons de Sampleton\n1850"
    assert _locality(text) == "Environs de Sampleton"
