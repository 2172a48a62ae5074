"""Shapes of the locality: US sheets (a department under the museum's name, township
and range, UTM, GPS and latitude lines, associated species, an OCR-misread collector's line),
Central European cue words (German, Italian, Czech, Polish, Hungarian), British labels ("Nr.",
a county's abbreviation and colon, a vice-county or a grid reference closing the place), and the
doubts where the OCR's noise or two labels' lines show (invented strings of real shapes)."""

from __future__ import annotations

import pytest

from pipelines.fields import extract_fields, labels_from_text
from pipelines.fields.places import EXTENT_UNCERTAIN
from pipelines.fields.places.coordinates import coordinates_line
from pipelines.fields.places.doubts import UNSURE_READING, broken_block, misread
from pipelines.fields.places.persons import signed_line


def found(text: str) -> tuple[str | None, list[str], float]:
    cand = extract_fields(labels_from_text(text)).get("verbatimLocality")
    if cand is None:
        return None, [], 0.0
    return cand.value, cand.flags, cand.confidence


TAKEN = [
    # the museum's department under its name is no place
    (
        "FIELD MUSEUM OF NATURAL HISTORY\nBOTANY\nAus bus L.\n"
        "Along Sample River, 2 mi. below Exampleton\nK. Muster 4521  June 3, 1938",
        "Along Sample River, 2 mi. below Exampleton",
    ),
    # a township, range and section line under the place is the coordinates' field
    (
        "FLORA OF SAMPLE COUNTY, MICHIGAN\nCarex exempla Beispiel\n"
        "2 mi. N of Sampleton, jct. of Hwy 41 and Co. Rd. 550.\nT12N R3W Sec. 14\n"
        "Common in wet sedge meadow.\nJ. Beispiel 789  6/3/38",
        "2 mi. N of Sampleton, jct. of Hwy 41 and Co. Rd. 550.",
    ),
    # a UTM line under a keyed locality ends it
    (
        "Aus bus L.\nLocality: Sample Creek, 4 mi. NE of Exampleton\nUTM 14 123456E 3456789N\n"
        "Elev. 2300 ft.\nHabitat: gravel bar",
        "Sample Creek, 4 mi. NE of Exampleton",
    ),
    # the associated species are no place
    (
        "PLANTS OF EXAMPLA\nAus bus L.\nBeeby Prairie, 3 mi. NW of Sampleton.\n"
        "Assoc. spp.: Aus cus, Dus eus\nK. Muster 1234 June 3, 1938",
        "Beeby Prairie, 3 mi. NW of Sampleton.",
    ),
    # a collector's line the OCR misread (number and year) is no place
    (
        "FIELD MUSEUM OF NATURAL HISTORY\nAus bus L.\n2 mi. W of Sampleton along Rte 12\n"
        "K. Musler 12O4  June 3, 19S2",
        "2 mi. W of Sampleton along Rte 12",
    ),
    # Italian, Hungarian, Czech collectors' words end the place
    (
        "Aus bus L.\nPresso Monte Esempio, boschi di faggio\nraccolse A. Esempio  giugno 1902",
        "Presso Monte Esempio, boschi di faggio",
    ),
    (
        "Aus bus L.\nLocalita: Valle Esempio, presso il torrente\n"
        "Raccolse A. Esempio, 12 giugno 1902",
        "Valle Esempio, presso il torrente",
    ),
    (
        "Aus bus L.\nSiebenbürgen: Mintafalva mellett, sziklás lejtő\n"
        "gyűjtötte M. Minta  1905. VI. 12.",
        "Siebenbürgen: Mintafalva mellett, sziklás lejtő",
    ),
    # Hungarian locality key
    ("Aus bus L.\nLelőhely: Mintafalva, réten\nGyűjt. M. Minta", "Mintafalva, réten"),
    # British "Nr." before a name is "near", not a number's key; the vice-county below apart
    (
        "ROYAL BOTANIC GARDENS, KEW\nAus bus L.\nNr. Sampleton, Exampleshire\nv.c. 29\n"
        "K. Muster  12 June 1954",
        "Nr. Sampleton, Exampleshire",
    ),
    # a county's abbreviation and colon before the place; the grid reference after it apart
    (
        "BRITISH MUSEUM (NATURAL HISTORY)\nAus bus L.\n"
        "Glos.: Sampleton, limestone grassland  SO 812 345\nK. Muster  1952",
        "Glos.: Sampleton, limestone grassland",
    ),
    (
        "Aus bus L.\nSampleton, Exampleshire. Grid ref. TL 456 789\nK. Muster 1960",
        "Sampleton, Exampleshire",
    ),
    # the county and its vice-county heading the label: the place is the line below
    (
        "Cambs. v.c. 29\nAus bus L.\nSampleton Fen, ditch side\nCommunicated by J. Beispiel\n"
        "6 June 1930",
        "Sampleton Fen, ditch side",
    ),
    ("Aus bus L.\nHb. K. Muster\nSample Wood, Exampleshire\nvc 17", "Sample Wood, Exampleshire"),
    # a duplicate's provenance on its own line: the place under it is read
    (
        "Aus bus L.\nDuplicate from Herbarium of Exampla College\nSampleton, dry hillside\n"
        "K. Muster 1899",
        "Sampleton, dry hillside",
    ),
    # a series' title the OCR misread, a field number with a letter for a figure: no place
    (
        "Aus bus L.\nF1ora of Exarnpla\nSample Creek near Beeby, 2 mi. S\nK. Muster 3",
        "Sample Creek near Beeby, 2 mi. S",
    ),
    (
        "Aus bus L.\nSample Co.: rocky bluff, 3 mi. N. of Beeby\nKM 12-O34",
        "rocky bluff, 3 mi. N. of Beeby",
    ),
    # a recorder's line is no place
    ("Aus bus L.\nSampleton, Co. Exampla\nRecorded by K. Muster", "Sampleton, Co. Exampla"),
]


@pytest.mark.parametrize(("text", "value"), TAKEN)
def test_locality_taken(text: str, value: str) -> None:
    assert found(text)[0] == value


DOUBTED = [
    # two labels' lines interleaved: the block ends on "of"
    "Aus bus L.\nSandy hills 4 mi. E of\nHerb. Univ. Exampla\nSampleton, Exampla Co.\n"
    "K. Muster 34   July 8, 1940",
    # the OCR's noise in the place
    "Aus bus L.\nSandy hills 4 mi. E of Sarnpleton, ~~#$ Exarnpla Co. l%\n"
    "K. Muster 34   July 8, 1940",
    "Herbarium Berolinense\nAus bus L.\nFundort: Umgebung v0n Sarnpelstadt, arn Beispielberg\n"
    "Sammler: K. Muster  12. Jun. 1911",
    "Aus bus L.\nExarnple Co.; 3 rni. N of Sarnpleton\nHabitat: rich woods\nK. Musler 12O4 6/3/38",
    # a vice-county's number misread
    "ROYAL BOTANIC GARDENS, KEW\nAus bus L.\nNr. Sarnpleton, Exarnpleshire v.c. 2g\n"
    "K. Muster  12 June 1954",
    # the OCR's "1" for "l", mended in the value, seen in the text
    "NEW YORK BOTANICAL GARDEN\nAus bus L.\nExampla Co.: Beeby\nSarnpleton Hi11s, 12 mi. N\n"
    "K. Muster 1O23",
    # two counties' lines in one block
    "Aus bus L.\nExampla Co., Sampleton\nSarnple Co., Beeby Hills\nK. Muster 33 June 3, 1938\n"
    "J. Beispiel 44 July 4, 1939",
]


@pytest.mark.parametrize("text", DOUBTED)
def test_locality_doubted(text: str) -> None:
    value, flags, conf = found(text)
    assert value is not None
    assert {EXTENT_UNCERTAIN, UNSURE_READING} & set(flags)
    assert conf < 0.9


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("T12N R3W Sec. 14", True),
        ("Sec. 14, T. 12 N., R. 3 W.", True),
        ("UTM 14 123456E 3456789N", True),
        ("GPS: N 34.5678 W 118.1234", True),
        ("Lat/Long: 38.1234 N, 92.5678 W", True),
        ("Lat. 30°12'N, Long. 97°45'W", True),
        # a place after the coordinates: the line names it
        ("T12N R3W Sec. 14, Sample Lake", False),
        ("Tamarack Swamp, 3 mi. N of Sampleton", False),
        ("Latimer Creek", False),
    ],
)
def test_coordinates_line(line: str, expected: bool) -> None:
    assert coordinates_line(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("K. Musler 12O4  June 3, 19S2", True),
        ("K. Muster 1234a", True),
        ("J. Beispiel No. 44, 6/3/38", True),
        # no figure, or a place after the name
        ("K. Muster", False),
        ("N. Sampleton 3 mi.", False),
        ("K. Muster 12, near Sampleton", False),
    ],
)
def test_signed_line(line: str, expected: bool) -> None:
    assert signed_line(line) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Umgebung v0n Sarnpelstadt", True),
        ("Rte l2, 3 mi. W", True),
        ("Sampleton ~~#$", True),
        ("No. 12O4", True),
        ("2 rni. W of Sampleton", True),
        # ordinary places' figures and signs
        ("T12N R3W Sec. 14, Sample Lake", False),
        ("along U.S. Hwy #82, 2nd bridge", False),
        ("Sample Co., 3 mi. N of Beeby (Rte 12)", False),
        ("Les Exemples ~ 1750 m", False),
    ],
)
def test_misread(text: str, expected: bool) -> None:
    assert misread(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sandy hills 4 mi. E of", True),
        ("Exampla Co., Sampleton\nSample Co., Beeby Hills", True),
        ("Exampla Co.: Sampleton, in woods.\nExampla Co.: Beeby, in fields.", True),
        ("Sampleton, Exampla Co.", False),
        ("in Exemplia Orientali, prope", False),
        ("Exampla Co.: 3 mi. N of Sampleton, Exampla County line", False),
    ],
)
def test_broken_block(text: str, expected: bool) -> None:
    assert broken_block(text) is expected


NOT_TAKEN = [
    # the department alone under the museum's name, and the header's place only doubted
    "FIELD MUSEUM OF NATURAL HISTORY\nBOTANY\nPlants of Exampla County, Texas\nAus bus L.\n"
    "Collected by K. Muster  No. 456\n3 Jun 1938",
]


@pytest.mark.parametrize("text", NOT_TAKEN)
def test_no_confident_locality(text: str) -> None:
    value, _, conf = found(text)
    assert value is None or (conf < 0.9 and "BOTANY" not in value)


@pytest.mark.parametrize(
    "line",
    [
        "Sampletal, rochers humides, 1800 m",
        "Beispielberg, auf Kalk, ca. 900 m",
        "Exampleton, wet rocks, 6000 ft",
    ],
)
def test_a_place_its_site_and_its_height(line: str) -> None:
    text = f"Exampla alpina Muster\n{line}\n20.7.1965\nleg. J. Beispiel 455"
    assert found(text)[0] == line
