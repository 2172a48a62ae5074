"""Localities of colonial African and Asian sheets, of Mediterranean herbaria (prepositions of
place in Portuguese, Catalan, French and Italian; a region, a colon, a place and its site), of
the southern hemisphere (a natural feature's name under the herbarium's header, a South
African quarter-degree square left out, a site's line under the place) and of British museums'
zoology labels (a river's abbreviated word, a marine station off a headland, a depth's,
a skin's measurement's and an egg set's lines left out). Invented strings of real shapes."""

from __future__ import annotations

import pytest

from pipelines.fields import extract_fields, labels_from_text
from pipelines.fields.places.asides import measure_line
from pipelines.fields.places.coordinates import without_quarter_degree
from pipelines.fields.places.habitat_phrases import habitat_line
from pipelines.fields.places.higher_geography import country_line
from pipelines.fields.places.line_kinds import line_kind
from pipelines.fields.places.repairs import repaired


def _field(text: str, term: str = "verbatimLocality") -> str | None:
    got = extract_fields(labels_from_text(text)).get(term)
    return got.value if got is not None else None


LOCALITIES = [
    # a colony's name heading the place under the herbarium's header is no address
    (
        "HERBARIUM, ROYAL BOTANIC GARDENS, KEW\nGold Coast Colony, Sampleton\n"
        "savanna, on termite mounds\nExampla minor Muster\nColl. J. Beispiel No. 771  3.ii.1931",
        "Gold Coast Colony, Sampleton",
    ),
    # a country's line with its colony's word over a district's line with its colon
    (
        "KENYA COLONY\nExampla District: Sampleton, in bush, 5000 ft.\nExampla minor Muster\n"
        "A. Exempel 1123   4.IV.1938",
        "Exampla District: Sampleton, in bush, 5000 ft.",
    ),
    # Portuguese, Catalan, French and Italian prepositions of place
    (
        "HERBÁRIO DA UNIVERSIDADE DE COIMBRA\nBeira Litoral: ao pé de Sampleton, pinhal\n"
        "Exampla beispiela (Muster)\nleg. A. Exempel  n.º 2211  20-IV-1952",
        "Beira Litoral: ao pé de Sampleton, pinhal",
    ),
    (
        "Herbier de la Flore française\nEntre Exampla et Sampleton, lieux humides\n"
        "Exampla vulgaris L.\nK. Muster   juin 1878",
        "Entre Exampla et Sampleton, lieux humides",
    ),
    # a region, a colon, a mountain's abbreviated word and its name, then the site
    (
        "Herb. Sicul.\nPalermo: M. Exampla, in pascuis aridis\nExampla minor Muster\n"
        "Leg. A. Exempel  Maj. 1870",
        "Palermo: M. Exampla, in pascuis aridis",
    ),
    # a natural feature's name under the herbarium's header is no address
    (
        "WESTERN AUSTRALIAN HERBARIUM\nExampla Range, W.A.\nSandy loam over laterite\n"
        "Exampla beispiela (Muster)\nJ. Beispiel 4456   3 Sept. 1975",
        "Exampla Range, W.A.",
    ),
    (
        "AUCKLAND MUSEUM HERBARIUM\nExampla Stream, Sample Range\nIn beech forest, 900 m\n"
        "Exampla minor Muster\nColl. A. Exempel   14 Jan 1960",
        "Exampla Stream, Sample Range",
    ),
    # a quarter-degree square on its line under the place, or heading the place's line
    (
        "Natal: Farm Sampleton near Exampla, grassland\n2930 DC\nExampla minor Muster\n"
        "A. Exempel 337\n14/2/1949",
        "Natal: Farm Sampleton near Exampla, grassland",
    ),
    (
        "BOLUS HERBARIUM\n3418 AB (Sampleton): Exampla Peak, southern slopes, fynbos\n"
        "Exampla vulgaris L.\nJ. Beispiel 551  Oct. 1944",
        "Exampla Peak, southern slopes, fynbos",
    ),
    # the site's line under an Australian station's place
    (
        "STATE HERBARIUM OF SOUTH AUSTRALIA\nExampla Station, c. 40 km N of Sampleton.\n"
        "Gibber plain with saltbush.\nExampla vulgaris L.\nK. Muster 556   12 Aug 1970",
        "Exampla Station, c. 40 km N of Sampleton.",
    ),
    # a river's abbreviated word, on one line or over two
    (
        "NATURAL HISTORY MUSEUM\nR. Exampla at Sampleton\nExampla beispiela (Muster)\n"
        "Coll. K. Muster  12.vii.1931",
        "R. Exampla at Sampleton",
    ),
    (
        "BMNH(E) 1234567\nR. Exampla\nat Sampleton\nExampleshire\n20.vi.1921\nK. Muster",
        "R. Exampla\nat Sampleton\nExampleshire",
    ),
    # a marine station off a headland
    (
        "Exampla minor Muster\noff Sample Head, 40 fms\n4.viii.1899",
        "off Sample Head, 40 fms",
    ),
    # a depth's, a skin's measurement's and an egg set's lines under the place
    (
        "Loch Exampla, Sampleton\nin 3 fms.\nExampla vulgaris\nK. Muster leg. 3.ix.1950",
        "Loch Exampla, Sampleton",
    ),
    (
        "Exampla minor ♀\nSampleton, Exampleshire\nWing 112 mm\n3 Dec. 1911\n"
        "Coll. A. Exempel No. 45",
        "Sampleton, Exampleshire",
    ),
    (
        "Exampleshire: Sampleton Moor\nClutch of 4\n14 May 1908\nJ. Beispiel",
        "Exampleshire: Sampleton Moor",
    ),
    # a horizon in capitals as the OCR misread it, closing the place's line
    (
        "BRITISH MUSEUM (NATURAL HISTORY)\nEXAMPLA BEISPIELA (MUSTER)\n"
        "EXAMPLA QUARRY, NR. SAMPLETON. GREAT 00LITE.\nPRESENTED BY K. MUSTER 1912",
        "EXAMPLA QUARRY, NR. SAMPLETON",
    ),
]


@pytest.mark.parametrize(("text", "want"), LOCALITIES)
def test_locality(text: str, want: str) -> None:
    assert _field(text) == want


KINDS = [
    ("3318 CD", "skip"),
    ("2930DC (Sampleton)", "skip"),
    ("in 3 fms.", "skip"),
    ("25 fathoms", "skip"),
    ("Wing 112 mm", "skip"),
    ("Clutch of 4", "skip"),
    # a measurement's word in a place's name is no measurement
    ("Sampleton Bill, on the point", "text"),
]


@pytest.mark.parametrize(("line", "want"), KINDS)
def test_line_kind(line: str, want: str) -> None:
    assert line_kind(line, claimed=False) == want


@pytest.mark.parametrize(
    ("line", "want"),
    [("Iris brown", True), ("Tail 45", True), ("Sampleton Creek", False), ("Wingfield", False)],
)
def test_measure_line(line: str, want: bool) -> None:
    assert measure_line(line) is want


@pytest.mark.parametrize(
    ("line", "want"),
    [("KENYA COLONY", True), ("Uganda Protectorate", True), ("Sampleton Colony", False)],
)
def test_country_line(line: str, want: bool) -> None:
    assert country_line(line) is want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("3418 AB (Sampleton): Exampla Peak", "Exampla Peak"),
        ("TRANSVAAL.--2528 CA (Sampleton): Farm Exampla 123", "Farm Exampla 123"),
        ("Farm Exampla 123, 3318 CD", "Farm Exampla 123"),
        ("Exampla Peak (3418 AB)", "Exampla Peak"),
        # a Dutch postal code in an address is no square
        ("2333 CR Sampleton", "2333 CR Sampleton"),
    ],
)
def test_without_quarter_degree(text: str, want: str) -> None:
    s, e = without_quarter_degree(text, 0, len(text))
    assert text[s:e] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a height's figures and a word in capitals as the OCR misread them
        ("mountains W of Sampleton, l0,000 ft.", "mountains W of Sampleton, 10,000 ft."),
        (
            "EXAMPLA DISTRICT: SAMPLET0N, BUSH, 5OOO FT.",
            "EXAMPLA DISTRICT: SAMPLETON, BUSH, 5000 FT.",
        ),
        ("SAMPLET0N, 5 KM S 0F EXAMPLA", "SAMPLETON, 5 KM S OF EXAMPLA"),
        ("Sample Lake, 1200 m", "Sample Lake, 1200 m"),
    ],
)
def test_repaired(text: str, want: str) -> None:
    assert repaired(text) == want


@pytest.mark.parametrize(
    ("line", "want"),
    [("by stream", True), ("beside a brook", True), ("by Sampleton", False)],
)
def test_habitat_line_beside(line: str, want: bool) -> None:
    assert habitat_line(line) is want


def test_site_line_by_stream() -> None:
    text = "Burma: Exampla Hills, Sampleton\nby stream\nExampla minor Muster\nA. Exempel 773"
    assert _field(text) == "Burma: Exampla Hills, Sampleton"
    assert _field(text, "habitat") == "by stream"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a collector's key in capitals as the OCR misread it closes the place
        (
            "FL0RA 0F INDIA\nEXAMPLA MINOR HOOK.F.\nKHASIA: SAMPLET0N, 6000 FT.\n"
            "C0LL. K. MUSTER  N0. 5678\n12.l0.l886",
            "KHASIA: SAMPLETON, 6000 FT.",
        ),
        # an institution's name in capitals as the OCR misread it is no place
        (
            "B0TANICAL SURVEY 0F INDIA\nExampla indica Muster\nKerala: Sampla, 1500 m\n"
            "Coll. K. Muster 2345\n12.3.1975",
            "Kerala: Sampla, 1500 m",
        ),
        # a height left on the date's line of a pin
        (
            "MALAYA: Pahang\nExampla Hills\n35OO ft. l2.v.l93l\nK. Muster",
            "MALAYA: Pahang\nExampla Hills",
        ),
    ],
)
def test_capitals_misread(text: str, want: str) -> None:
    assert _field(text) == want


def test_site_preposition_left_open() -> None:
    # the site's preposition left open at the place's line's end goes with the site below
    text = (
        "FLORA OF BURMA\nUpper Burma: Exampla Distr.,\nSampleton, 4000 ft., on\n"
        "limestone rocks\nExampla minor Muster\nA. Exempel 12345   12.3.1912"
    )
    assert _field(text) == "Upper Burma: Exampla Distr.,\nSampleton, 4000 ft."
    assert _field(text, "habitat") == "on limestone rocks"
