"""Shapes of the locality and the habitat: insects' pin labels (how the insect was
taken with its height, its host keyed or after "ex", a county and a state's abbreviation alone),
colonial sheets (a collector's surname and number under the place, a series' "collected by"
title) and field notes where the place, the site and the plant described run together
(invented strings of real shapes)."""

from __future__ import annotations

import pytest

from pipelines.fields.places.asides import HOST_EX, METHOD_LINE, ocr_letters
from pipelines.fields.places.habitat_phrases import habitat_line
from pipelines.fields.places.institutions import misread_institution
from pipelines.fields.places.lines import description_start
from tests.pipelines.fields.parsed import value

LOCALITIES = [
    # the method and the height it was taken at, on its own line
    (
        "NEW GUINEA: Exampla\nExemplo River\nat light, 300m\n12.iii.1965\nJ. Beispiel",
        "NEW GUINEA: Exampla\nExemplo River",
    ),
    (
        "USA: ARIZONA\nSampla Co., Exemplo Cyn.\n5500 ft., at UV light\nVIII-3-1966\nK. Muster",
        "USA: ARIZONA\nSampla Co., Exemplo Cyn.\n5500 ft.",
    ),
    # the host after "ex" and a host's key
    (
        "KENYA: Coast Prov.\nSample Forest\nex Exampla minor leaf mines\ne.l. iv.1990\nK. Muster",
        "KENYA: Coast Prov.\nSample Forest",
    ),
    (
        "Host: Quercus exempla\nSampleton Co., Calif.\nIV-5-1950\nK. Muster",
        "Sampleton Co., Calif.",
    ),
    # a county and a state's abbreviation alone: both, not the abbreviation
    ("Calif., Sampleton Co.\nIV-5-1950\nK. Muster", "Calif., Sampleton Co."),
    # the place after the county and state's semicolon
    ("Sampla Co., Wis.; Sampleton\n1950\nK. Muster", "Sampleton"),
    # a collector's surname and field number closing the block
    (
        "Yunnan Fu\nHills W of city, open pine forest\nForrest 12345\nMay 1906",
        "Yunnan Fu\nHills W of city, open pine forest",
    ),
    (
        "Tonkin: env. de Exempleville\nForêt, bord de ruisseau\nMuster 1234\n12.iv.1930",
        "Tonkin: env. de Exempleville",
    ),
    # a series' title naming its collector
    (
        "CHINESE PLANTS COLLECTED BY K. MUSTER\nSzechwan: Mt. Exemplo\n"
        "Thickets on hillside, alt. 6-7000 ft.\nFl. yellow.\n12/10/22\nNo. 12345",
        "Szechwan: Mt. Exemplo",
    ),
    # the site's line with its height or a genus in it, under the place
    (
        "FLORA OF TROPICAL EAST AFRICA\nTanganyika Territory\nExampla District, Sample Hills\n"
        "Open Brachystegia woodland on red soil, 1200 m\nShrub 2 m, flowers white; common.\n"
        "12 June 1931\nK. Muster 123",
        "Tanganyika Territory\nExampla District, Sample Hills",
    ),
    (
        "Madras Pres.: Exampla Dist.\nSample Taluk, Beeby Ghat\nEvergreen forest, 1200 m\n"
        "Tree 20 m; fruit green. Vern. exampli.\n3/4/1912\nK. Muster 4567",
        "Madras Pres.: Exampla Dist.\nSample Taluk, Beeby Ghat",
    ),
    # the plant described after a semicolon in lower case, or after the height's "m."
    (
        "Flora Zambesiaca\nN. Rhodesia: Sampleton Dist.\nNear Exampla Falls, in riverine forest; "
        "tree 10 m, fruit red. Local name: muexempla.\nOct. 1922\nK. Muster 1234",
        "N. Rhodesia: Sampleton Dist.\nNear Exampla Falls, in riverine forest",
    ),
    (
        "In damp woods near Sampleton, on limestone; shrub 2 m, flowers white; common. "
        "12 June 1931. K. Muster 123",
        "In damp woods near Sampleton, on limestone",
    ),
    (
        "Exampla Mts., N slope above Beeby, in Abies forest, 2800 m. Shrub 1 m; fruit black.\n"
        "K. Muster 777",
        "Exampla Mts., N slope above Beeby, in Abies forest, 2800 m.",
    ),
    (
        "Plants of N.S.W.\nSampleton, 12 km N of Beeby\nEucalypt woodland on sandstone; shrub to "
        "1 m, flowers mauve\nK. Muster 456\n12/10/1922",
        "Sampleton, 12 km N of Beeby",
    ),
    # a place with its height, under the country and region, over a method's line
    (
        "FRANCE Hautes-Alpes\nSampleville 1800m\nà vue\n12.VII.1970\nJ. Beispiel",
        "FRANCE Hautes-Alpes\nSampleville 1800m",
    ),
    # the plant described after a comma, a sentence of how common it is, a colour after "Fl."
    (
        "Sampleton Hills, common in dry grassland on limestone, flowers yellow.\n12 June 1931\n"
        "K. Muster 45",
        "Sampleton Hills, common in dry grassland on limestone",
    ),
    (
        "Roadside bank near Sampleton, Exampleshire. Frequent. Fl. blue. Local name: exemplo.\n"
        "K. Muster 123\n3 Aug 1931",
        "Roadside bank near Sampleton, Exampleshire.",
    ),
    (
        "Exampla, Sampleton. Growing on tree trunks in shade. Epiphyte, fl. white.\n"
        "K. Muster 456\n1925",
        "Exampla, Sampleton.",
    ),
    # the site's sentence or semicolon's clause after the place's
    (
        "Sampleton, 5 miles N of Beeby. In marshy ground. Fruit red.\nK. Muster 77\n3.x.1922",
        "Sampleton, 5 miles N of Beeby.",
    ),
    (
        "Near Sampleton, alt. 2500 m. Alpine meadow. Perennial herb, fls. blue.\n"
        "K. Muster 999\n12.vii.1928",
        "Near Sampleton, alt. 2500 m.",
    ),
    (
        "Sikkim: Exampla Valley, 10,000 ft. Rhododendron forest. Shrub 3 m; fl. red.\n"
        "K. Muster 4455\nMay 1912",
        "Sikkim: Exampla Valley, 10,000 ft.",
    ),
    (
        "Beeby Hills, E of Sampleton; rocky slopes; fl. yellow\nK. Muster 12\n12.vi.1930",
        "Beeby Hills, E of Sampleton",
    ),
    # the flowers' colour as the OCR read "Fl." ("Fi yellow")
    (
        "Kwangtung: Sampleton, Exampla Shan. Thickets, common. Fi yellow\nK. Muster 2345\n"
        "Oct. 1922",
        "Kwangtung: Sampleton, Exampla Shan.",
    ),
    # an institution's word the OCR misread, a register number, a method after "at"
    ("Univeraitåt Sampleton\nExampla, Beeby\n12.6.1931\nleg. K. Muster", "Exampla, Beeby"),
    ("MCZ-ENT 00123456\nSampleton, Mass.\nVI-12-1935\nK. Muster", "Sampleton, Mass."),
    (
        "CAL: Exampla Co.\nBeeby Flat\nat blacklight\nVIII-3-1966\nJ. Beispiel",
        "CAL: Exampla Co.\nBeeby Flat",
    ),
    # an insect's host keyed "Hab." under its place
    ("Sampleton, Exampleshire\nHab. in Quercus\nvi.1950\nK. Muster", "Sampleton, Exampleshire"),
    # not taken: an old label's "Hab." naming the country, no other place
    ("Aus bus L.\nHab. in Germania\nK. Muster", "in Germania"),
    # not taken: a grid reference and a state's date are no register numbers
    ("Sampleford X.\nKENT. TQ-7152\n20 April 1996.\nK. Muster", "Sampleford X.\nKENT. TQ-7152"),
    # a named forest ("Forêt d'Exemple") is a place, not the site
    (
        "MADAGASCAR\nForêt d'Exemple\n800 m\nxi.1958\nK. Muster",
        "MADAGASCAR\nForêt d'Exemple",
    ),
    # a lichen's substrate by its adjective, then the place after its comma
    ("Corticolous on Quercus, Sample Park\nK. Muster 12\n1960", "Sample Park"),
    # a place's name, a semicolon, then its site
    ("Sampleton; grassland\nK. Muster\n1930", "Sampleton"),
    # a method's, a host's or a site's word as the OCR misread it
    (
        "ENGLAND: Kent\nSampleton Wood\nMV Iight\n12.vi.1975\nK. Muster",
        "ENGLAND: Kent\nSampleton Wood",
    ),
    (
        "NEW GUINEA: Exampla\nExemplo River\nat light, 3OOm\n12.iii.1965\nJ. Beispiel",
        "NEW GUINEA: Exampla\nExemplo River",
    ),
    (
        "KENYA: Coast Prov.\nSample Forest\ncx Exampla minor leaf mines\ne.l. iv.1990\nK. Muster",
        "KENYA: Coast Prov.\nSample Forest",
    ),
    ("Hcst: Quercus exempla\nSampleton Co., Calif.\nIV-5-1950\nK. Muster", "Sampleton Co., Calif."),
    ("Exampla, Nyasaland\nBrachystegia woodIand\nK. Muster 55\n12.3.1935", "Exampla, Nyasaland"),
    # how it was taken and its host on the line below
    ("Beeby Fen\nbeaten from\nQuercus robur\n12.vi.1960\nK. Muster", "Beeby Fen"),
    ("Beeby Fen\nswept from\nCarex\n12.vi.1960", "Beeby Fen"),
    # a form's next key closing the keyed locality's line without its colon
    (
        "Locality: Beeby, Exampla Hills. Habitat\ndry grassland\nColl. K. Muster 12",
        "Beeby, Exampla Hills.",
    ),
    ("Localité : Exempleville Récolteur\nK. Muster\n12 juin 1931", "Exempleville"),
    ("Locality: Beeby Forest. Altitude\n300 m\nCollector: K. Muster", "Beeby Forest."),
    ("Loc. Sampleton Hills Elev. 300 m\nColl. K. Muster 44", "Sampleton Hills Elev. 300 m"),
    ("Locality Sampleton Date 12.6.1931\nCollector K. Muster", "Sampleton"),
    ("Loc.: Beeby, Sampleton Dist. Notes\nTree 10 m\nK. Muster 77", "Beeby, Sampleton Dist."),
    # not taken: a place's name ending with a word that keys other forms ("Common")
    ("Locality: Sampleton Common\nColl. K. Muster 12", "Sampleton Common"),
    # a plant's form after a word of how it grows, a sentence however short
    (
        "Sampleton, Exampla Mts., 1200 m, in Fagus forest. Small tree. Fruits black.\n"
        "K. Muster 14\n1931",
        "Sampleton, Exampla Mts., 1200 m, in Fagus forest.",
    ),
    # a place's name and its site, then how common it is
    (
        "PLANTS OF EXAMPLA\nSampleton, roadside bank. Frequent.\nFlowers yellow.\nK. Muster 12\n"
        "12 June 1931",
        "Sampleton, roadside bank.",
    ),
    # how the plant grew, then where
    (
        "Growing on rocks by stream near Beeby, Exampleshire\nFrequent. Fl. yellow.\n"
        "12 June 1931\nK. Muster 123",
        "near Beeby, Exampleshire",
    ),
    ("Scattered in grassland near Sampleton\nK. Muster 5\n1931", "near Sampleton"),
    # not taken: how it grew with no place's name after it
    ("Common in woods\nSampleton\n1931", "Sampleton"),
    # not taken: an abbreviation's stop before a place's last word ("Thür. Wald")
    (
        "Umg. Beispielstadt\nThür. Wald\nLichtfang 12.7.1960\nleg. K. Muster",
        "Umg. Beispielstadt\nThür. Wald",
    ),
    # not taken: how common it is after a semicolon goes on into the place
    # the plant's form, how common it is and where, a relation left open at the line's end: the
    # place on the next line is the locality
    (
        "Herbaceous, creeping; frequent in open pastures, near\nVega del Ejemplo.",
        "near\nVega del Ejemplo.",
    ),
    # not taken: a proper name's capitalised word before "forest" is no genus
    (
        "U. S. A., NORTH CAROLINA: Exampla Co.,\nMusterville, State forest\n12 June 1931\nK. Muster",
        "Musterville, State forest",
    ),
]


@pytest.mark.parametrize(("text", "locality"), LOCALITIES)
def test_localities(text: str, locality: str) -> None:
    assert value(text, "verbatimLocality") == locality


HABITATS = [
    (
        "Tonkin: env. de Exempleville\nForêt, bord de ruisseau\nMuster 1234",
        "Forêt, bord de ruisseau",
    ),
    (
        "Tanganyika Territory\nExampla District, Sample Hills\n"
        "Open Brachystegia woodland on red soil, 1200 m\nK. Muster 123",
        "Open Brachystegia woodland on red soil",
    ),
    (
        "Bombay Presidency\nSample Dist., Beeby\nOn laterite plateau; herb 30 cm; fl. blue.\n"
        "K. Muster 99",
        "On laterite plateau",
    ),
    (
        "Sampleton, 5 miles N of Beeby. In marshy ground. Fruit red.\nK. Muster 77",
        "In marshy ground",
    ),
    ("Sampleton, on the road to Beeby; hedges. Fr. black.\nK. Muster 9\n1910", "hedges"),
    ("Loc.: Beeby, Sampleton Dist.\nHabitat: forest edge; tree 10 m, fl. white", "forest edge"),
    ("Mesopotamia\nSampleton\nDesert; annual\nK. Muster 5\n1918", "Desert"),
    (
        "Pahang: Sample Hill, 4000 ft.\nIn montane forest; epiphytic shrub, flowers red.\n"
        "K. Muster 1234",
        "In montane forest",
    ),
    ("Corticolous on Quercus, Sample Park\nK. Muster 12\n1960", "Corticolous on Quercus"),
    ("Sampleton; grassland\nK. Muster\n1930", "grassland"),
    (
        "Growing on rocks by stream near Beeby, Exampleshire\nK. Muster 123",
        "Growing on rocks by stream",
    ),
    # the plant described after the locality's semicolon is not taken; the site heading the
    # place's line before its preposition is
    (
        "In damp woods near Sampleton, on limestone; shrub 2 m, flowers white.\nK. Muster 1",
        "In damp woods",
    ),
]


@pytest.mark.parametrize(("text", "habitat"), HABITATS)
def test_habitats(text: str, habitat: str | None) -> None:
    assert value(text, "habitat") == habitat


@pytest.mark.parametrize(
    ("line", "method"),
    [
        ("at light, 300m", True),
        ("Malaise trap 1200 m", True),
        ("MV light", True),
        ("Lichtfalle", True),
        ("piège lumineux", True),
        ("Sampleton, 300 m", False),
        ("at Sampleton", False),
    ],
)
def test_method_line(line: str, method: bool) -> None:
    assert (METHOD_LINE.fullmatch(line) is not None) == method


@pytest.mark.parametrize(
    ("line", "host"),
    [
        ("ex Exampla minor leaf mines", True),
        ("Ex Quercus robur", True),
        ("Exampleton Wood", False),
        ("ex larva", False),
    ],
)
def test_host_ex(line: str, host: bool) -> None:
    assert (HOST_EX.fullmatch(line) is not None) == host


@pytest.mark.parametrize(
    ("line", "site"),
    [
        ("Evergreen forest, 1200 m", True),
        ("Open Brachystegia woodland on red soil", True),
        ("wet Sphagnum bog", True),
        ("Musterville, State forest", False),
        ("Sampleton Wood, 300 m", False),
    ],
)
def test_habitat_line(line: str, site: bool) -> None:
    assert habitat_line(line) == site


@pytest.mark.parametrize(
    ("line", "cut"),
    [
        ("Near Exampla Falls; tree 10 m, fruit red.", "Near Exampla Falls;"),
        ("Sample Ridge, 2800 m. Shrub 1 m; fruit black.", "Sample Ridge, 2800 m."),
        ("Sample Ridge; frequent in grassland near Beeby", None),
        ("Sample Ridge; flowers", None),
        ("Sample Ridge. Frequent. Fl. blue.", "Sample Ridge."),
        ("Sample Ridge, in dry grassland, flowers yellow.", "Sample Ridge, in dry grassland,"),
        ("Sample Ridge; climber, fl. white.", "Sample Ridge;"),
    ],
)
def test_description_start(line: str, cut: str | None) -> None:
    at = description_start(line)
    assert (line[:at] if at is not None else None) == cut


@pytest.mark.parametrize("text", ["Hedge\n12.6.1901", "Meadow\n12.6.1901\nK. Muster"])
def test_site_alone_is_no_place(text: str) -> None:
    assert value(text, "verbatimLocality") is None


@pytest.mark.parametrize(
    ("line", "misread"),
    [
        ("Univeraitåt Sampleton", True),
        ("Herbariurn Musei Exemplensis", True),
        ("Instltute of Botany", True),
        ("Academic Hill", False),
        ("Universal Studios", False),
        ("Herbaceous", False),
        ("Sampleton Museums", False),
    ],
)
def test_misread_institution(line: str, misread: bool) -> None:
    assert misread_institution(line) == misread


@pytest.mark.parametrize(
    ("line", "initial", "read"),
    [
        ("MV Iight", True, "MV light"),
        ("pitfa11 trap", True, "pitfall trap"),
        ("sweepinq", True, "sweeping"),
        ("cx Exampla minor", True, "ex Exampla minor"),
        ("at light, 3OOm", True, "at light, 300m"),
        ("Brachystegia woodIand", False, "Brachystegia woodland"),
        # a place's name opening with "I" is left as it is where `initial` is off
        ("heath near Ickleton", False, "heath near Ickleton"),
    ],
)
def test_ocr_letters(line: str, initial: bool, read: str) -> None:
    assert ocr_letters(line, initial=initial) == read
