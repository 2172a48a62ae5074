"""Shapes of the locality and the habitat, read from whole sheets: the place under a
museum's shortened name on an insect's pin (not a postal address), the site's line under the
place (a genus after "with", a German noun, a site's adjective), the collector's key and the plant
described after a site, a series' title naming a group and its region, a genus alone with its
"sp." (invented strings of real shapes)."""

from __future__ import annotations

import pytest

from pipelines.fields.places.habitat_phrases import habitat_line
from pipelines.fields.places.institutions import shortened_museum
from tests.pipelines.fields.parsed import value

LOCALITIES = [
    # the lines under a museum's shortened name, then the specimen's date, height or collector
    (
        "Mus. Zool. Berol.\nDeutsch-Ostafrika\nExemplo-Berge\n15.III.1912 Muster S.\n\nZMB 123456",
        "Deutsch-Ostafrika\nExemplo-Berge",
    ),
    (
        "Mus. Zool. Berol.\nTanganyika\nSampla-Berg\n500 m\n12.II.1935\n\nExampla sp.\ndet. K. Muster",
        "Tanganyika\nSampla-Berg",
    ),
    ("Herb. Mus. Brit.\nSampleton Common\n12 Aug 1890", "Sampleton Common"),
    ("Mus. Nat. Paris\nExempleville\nTonkin\nK. Muster 1925", "Exempleville\nTonkin"),
    # the OCR's misreading of the shortened name: no place
    (
        "Mus, Zool. Berol.\nDeutsch-Ostafrika\nExemplo-Berge\n15.III.1912 Muster S.",
        "Deutsch-Ostafrika\nExemplo-Berge",
    ),
    ("Mus Zool. Berol.\nTanganyika\nSampla-Berg\n500 m\n12.II.1935", "Tanganyika\nSampla-Berg"),
    # the site's line under the place is the habitat's
    (
        "HERB. MUS. BRIT.\nExampla vulgaris L.\nv.c. 17 Surrey: Sampleton Common\n"
        "Dry heath, with Calluna.\nK. Muster   12.vii.1958",
        "Surrey: Sampleton Common",
    ),
    (
        "Flora of Nepal\nSampla Himal: Exemplo Khola, 3400 m\nMoist shady bank under Betula.\n"
        "Perennial herb 40 cm; fls yellow. Occasional.\nK. Muster 567\n12.8.1972",
        "Sampla Himal: Exemplo Khola, 3400 m",
    ),
    (
        "Herb. Berol.\nFlora von Exampla\nAm Ufer des Exemplo-Sees bei Sampelstadt\nSandiger Boden\n"
        "Juni 1880   leg. J. Beispiel",
        "Am Ufer des Exemplo-Sees bei Sampelstadt",
    ),
    (
        "Herbarium of the University of Exampla\nSampleton, Sampla Co., Exampla\n"
        "Sandy field along railroad.\nK. Muster 123   Sept. 1901",
        "Sampleton, Sampla Co., Exampla",
    ),
    # the plant described in Portuguese on the line under the place
    (
        "PLANTS OF BRAZIL\nEst. Sampla: Mun. Exemplo, Fazenda Beeby, cerrado, 900 m.\n"
        "Subarbusto 50 cm; flores amarelas.\nK. Muster 12345   12 Jan 1972",
        "Est. Sampla: Mun. Exemplo, Fazenda Beeby, cerrado, 900 m.",
    ),
    # a series' title naming the group and the region: the place is after the substrate
    (
        "Tennessee Lichens\nExampla sp.\nOn bark of Quercus, Exemplo Gorge, Sampla Co.\n"
        "alt. 1800 ft.\nK. Muster 456   3 Nov 1965",
        "Exemplo Gorge",  # (the county closing it cut off: a field of its own)
    ),
    # a genus alone with its "sp." over the place, as the OCR reads it
    (
        "Example sp\nEdo. Sampla: Distrito Exemplo, selva nublada arriba de Beeby, 1800 m alt.\n"
        "Leg. K. Muster 5678   12-IV-1975",
        "Edo. Sampla: Distrito Exemplo, selva nublada arriba de Beeby, 1800 m alt.",
    ),
    # the site's and the plant's sentences after the place's on its line, the plant's size in
    # centimetres and how common it is closing it
    (
        "Plants of Exampla\nExemplo Hills, 10 km N of Sampleton, 1500 m. Grassland on granite. "
        "Tufted grass 40 cm. Common.\nK. Muster 7777   12 Sept 1985",
        "Exemplo Hills, 10 km N of Sampleton, 1500 m.",
    ),
    # a grid reference's line with the vice-county after it
    (
        "Plants of Sampleshire\nExampla minor\nRoadside verge, 1 km S of Sampleton\n"
        "Grid ref: SU 123 456   VC 12\nK. Muster   12 June 1987",
        "Roadside verge, 1 km S of Sampleton",
    ),
    # a keyed locality ends at the grid reference's key, its stop lost
    (
        "Plants of the British Isles\nLocality: Exemplo Wood, nr. Sampleton\nGrid ref: SU 12 34\n"
        "Habitat: Ancient beech woodland\nColl.: K. Muster   Date: 4 May 1975",
        "Exemplo Wood, nr. Sampleton",
    ),
    # the plant's form and size after a comma the OCR read for a stop
    (
        "Flora of Turkey\nC3 Sampla: Exemplo Dag, 1700 m, igneous screes, Shrublet 20 cm; fls "
        "yellow.\nK. Muster 2345",
        "C3 Sampla: Exemplo Dag, 1700 m, igneous screes",
    ),
    # the Himalayan words of place and "below", "above"
    (
        "Flora of Bhutan\nExemplo Chu, below Sampla Dzong, 2100 m\nK. Muster & J. Beispiel 901",
        "Exemplo Chu, below Sampla Dzong, 2100 m",
    ),
    # a school's name over the place
    (
        "PLANTS OF HONDURAS\nEscuela Agrícola Panamericana\nDept. Sampla: Cerro Exemplo, cloud "
        "forest, 1,900 m.\nK. Muster 1234   Mar 1951",
        "Dept. Sampla: Cerro Exemplo, cloud forest, 1,900 m.",
    ),
    # a Spanish site's word on the line under the place
    (
        "Plants of Colombia\nDpto. Sampla: Mpio. Exemplo, páramo de Beeby, 3600 m.\nFrailejonal.\n"
        "K. Muster 34567   12 Sep 1963",
        "Dpto. Sampla: Mpio. Exemplo, páramo de Beeby, 3600 m.",
    ),
    # the site's sentence after a height the OCR misread
    (
        "ROYAL BOTANIC GARDENS, KEW\nMalaya: Pahang, Exemplo Hill, 150e m. Montane forest.\n"
        "K. Muster 12345   2.4.1932",
        "Malaya: Pahang, Exemplo Hill, 150e m.",
    ),
    # a surname and its initials under the place, as German pins sign (not one letter: a
    # place's abbreviation, "Sampleford G.")
    ("Zool. Mus. Berlin\nD.O.Afrika\nSampla\nMuster S.G.", "Sampla"),
    (
        "Sampleford G.\nEXAMPLESHIRE. TQ-1234\n20 April 1996.\nK.L. Muster",
        "Sampleford G.\nEXAMPLESHIRE. TQ-1234",
    ),
    # not taken: the place and its date on one line stays whole
    ("Oak Wood\nSampleton\nHerts 19-6-76\nK.M.", "Oak Wood\nSampleton\nHerts"),
]


@pytest.mark.parametrize(("text", "expected"), LOCALITIES)
def test_locality(text: str, expected: str) -> None:
    assert value(text, "verbatimLocality") == expected


NO_LOCALITY = [
    # a museum's postal address under its name: a street's number, a postal code
    "ZOOLOGISCHES MUSEUM BERLIN\nInvalidenstraße 43\n10115 Berlin\n\nExampla sp.\ndet. K. Muster",
    "MUS. ZOOL. BEROL.\nInvalidenstr. 43\nBerlin N 4\n\nEx coll. K. Muster",
    "CALIFORNIA ACADEMY OF SCIENCES\nSan Francisco, Calif.\nK. Muster collector",
    "Museum of Comparative Zoology\nCambridge, Mass.\n12 June 1950",
    # a stamp's date under a herbarium's town
    "BOTANISCHES MUSEUM\nBerlin-Dahlem\n12.6.1960",
]


@pytest.mark.parametrize("text", NO_LOCALITY)
def test_no_locality(text: str) -> None:
    assert value(text, "verbatimLocality") is None


HABITATS = [
    (
        "Flora of Nepal\nSampla Himal: Exemplo Khola, 3400 m\nMoist shady bank under Betula.",
        "Moist shady bank under Betula.",
    ),
    (
        "Cornell University Herbarium\nSampla Co.: Exemplo Swamp near Beeby\nBog, with Sphagnum\nK. Muster 1234   6 July 1935",
        "Bog, with Sphagnum",
    ),
    (
        "Herb. Berol.\nAm Ufer des Exemplo-Sees bei Sampelstadt\nSandiger Boden\nJuni 1880   leg. J. Beispiel",
        "Sandiger Boden",
    ),
    (
        "Plants of Sikkim\nExemplo La, 4200 m.\nAlpine turf.\nCushion plant; fls white.\nK. Muster 12   June 1913",
        "Alpine turf.",
    ),
    # the collector's key and the plant described below end the site
    (
        "Plants of Nicaragua\nDept. Sampla: vicinity of Exemplo; alt. 900 m.; wet thicket along stream.\n"
        "Collected by K. Muster, No. 890\nFeb. 1, 1950",
        "wet thicket along stream.",
    ),
    (
        "FLORA OF PANAMA\nProv. Darién: vicinity of Sampleton, along Río Exemplo, 50 m; tropical moist "
        "forest.\nShrub 4 m; fruits red.\nK. Muster 1234   Feb. 2, 1967",
        "tropical moist forest.",
    ),
    (
        "Tennessee Lichens\nOn bark of Quercus, Exemplo Gorge, Sampla Co.\nK. Muster 456   3 Nov 1965",
        "On bark of Quercus",
    ),
]


NO_HABITAT = [
    # the plant's habit, not its substrate
    "Dept. Sampla: wet mountain forest on Cerro Exemplo, 2 km above Beeby, alt. 2,000 m.\n"
    "Epiphytic shrub; flowers red.\nK. Muster & J. Beispiel 34567",
]


@pytest.mark.parametrize("text", NO_HABITAT)
def test_no_habitat(text: str) -> None:
    assert value(text, "habitat") is None


@pytest.mark.parametrize(("text", "expected"), HABITATS)
def test_habitat(text: str, expected: str) -> None:
    assert value(text, "habitat") == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Dry heath, with Calluna.", True),
        ("Bog, with Sphagnum", True),
        ("feuchte Wiese am Waldrand", True),
        ("Sandiger Boden", True),
        ("Sandy field along railroad.", True),
        # a place's name: not the site's
        ("Sampla Heath", False),
        ("Exemplo Swamp near Beeby", False),
        ("Sampleton, with K. Muster", False),
        ("near Sampla Forest", False),
        ("Slopes under Beeby", False),
        ("Sampleton, near the Heath", False),
    ],
)
def test_habitat_line(line: str, expected: bool) -> None:
    assert habitat_line(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Mus. Zool. Berol.", True),
        ("Mus Zool. Berol.", True),
        ("Coll. Mus. Berol.", True),
        ("Mus. Hung.", True),
        ("Mt. Exemplo", False),
        ("Sampla Co.", False),
        ("Mus musculus L.", False),
    ],
)
def test_shortened_museum(line: str, expected: bool) -> None:
    assert shortened_museum(line) is expected


# a slip printed inside a data label's text: its heading is no part of the place
@pytest.mark.parametrize(
    ("text", "locality"),
    [
        (
            "Aus bus L.\nExampla County: Sampleton. Roadside.\nAnnotation label\nDet. by J. Beispiel 1980",
            "Sampleton. Roadside.",
        ),
        ("Aus bus L.\nSampleton, Exampla Co.\nDETERMINAVIT\nK. Muster 1987", "Sampleton"),
    ],
)
def test_slip_heading_ends_no_locality(text: str, locality: str) -> None:
    assert value(text, "verbatimLocality") == locality


# a line opening with the plant and its size: the site after it, the place after the site
@pytest.mark.parametrize(
    ("line", "locality", "habitat"),
    [
        ("Plant 2 m tall, in moist woods near Sampleton.", "near Sampleton.", "in moist woods"),
        ("Shrub 2 m, in moist woods near Sampleton.", "near Sampleton.", "in moist woods"),
        ("Plants 30 cm high, common in wet meadows, Sampleton.", "Sampleton.", "common in wet meadows"),
    ],
)  # fmt: skip
def test_sized_plant_before_site_and_place(line: str, locality: str, habitat: str) -> None:
    text = f"Exampla minor L.\n{line}\nK. Muster 123\n12 June 1931"
    assert value(text, "verbatimLocality") == locality
    assert value(text, "habitat") == habitat
