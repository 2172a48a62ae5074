"""Scientific names, authorship, rank, family and sex, on invented strings in the shapes labels
print them."""

from __future__ import annotations

import pytest

from models.specimen import LabelText, OcrLine, OcrWord
from pipelines.fields import labels_from_text, parse_fields
from pipelines.fields.checklist import Checklist
from tests.pipelines.fields.ocr_labels import BOX, ocr_label
from tests.pipelines.fields.parsed import values

NAMES = [
    # an insect determination label: the sex symbol inside the name, the author on the next line
    ("Philanthus ♀\nbarbatus Bx.\nDet.by '57\nK.L.Marden", "Philanthus barbatus", "Bx.", "species"),
    (
        "Philanthus ♂\nbarbatus\nbarbatus Bx.\nDet.by '63\nK.L.Marden",
        "Philanthus barbatus barbatus",
        "Bx.",
        "subspecies",
    ),
    (
        "Philanthus ♂\nsimilis\nfuscata Mard.\nDet.by '66\nK.L.Marden",
        "Philanthus similis fuscata",
        "Mard.",
        "subspecies",
    ),
    # a lichenicolous fungus and, on the next line, its host
    (
        "Muellerella parvula Horáková & K. Ohlsen\non Lecanora fictiva Brandt & Moser",
        "Muellerella parvula",
        "Horáková & K. Ohlsen",
        "species",
    ),
    (
        "Stigmidium clarum Verm.\n\non Lecidea nigrata (Verm.) Holt",
        "Stigmidium clarum",
        "Verm.",
        "species",
    ),
    (
        "Verrucaria\n\t\tmarinula (Verm.) Holt",
        "Verrucaria marinula",
        "(Verm.) Holt",
        "species",
    ),
    (
        "Porina pseudochromata (Hol.) Wester",
        "Porina pseudochromata",
        "(Hol.) Wester",
        "species",
    ),
    (
        "Endococcus sparsus (Köhler) Mayr & Trinkl",
        "Endococcus sparsus",
        "(Köhler) Mayr & Trinkl",
        "species",
    ),
    (
        "Anisomeridium quinae (Hal.) Möll. Berg.",
        "Anisomeridium quinae",
        "(Hal.) Möll. Berg.",
        "species",
    ),
    ("Mycoporum quinae (Hal.)", "Mycoporum quinae", "(Hal.)", "species"),
    (
        "No. 4. Lecanora castaneofusca (Verm.) Jo.. Holt.",
        "Lecanora castaneofusca",
        "(Verm.) Jo.. Holt.",
        "species",
    ),
    (
        "Lasallia kellermanii (Hal.) Schad.",
        "Lasallia kellermanii",
        "(Hal.) Schad.",
        "species",
    ),
    ("Bryoria pallescens (Hedl.)Verm.", "Bryoria pallescens", "(Hedl.)Verm.", "species"),
    ("Flavocetraria montana (L) Holt", "Flavocetraria montana", "(L) Holt", "species"),
    (
        "Name Flavocetraria montana (L.) Holt. I.G.:482913",
        "Flavocetraria montana",
        "(L.) Holt.",
        "species",
    ),
    (
        "Parmelina nordica (Hask. & Hask.) Hask. & Hask.",
        "Parmelina nordica",
        "(Hask. & Hask.) Hask. & Hask.",
        "species",
    ),
    (
        "Tuckermannia vernalis (Dorn) Th. Holm.",
        "Tuckermannia vernalis",
        "(Dorn) Th. Holm.",
        "species",
    ),
    (
        "Pouteria campestris (Lam.) R. J. Hend.",
        "Pouteria campestris",
        "(Lam.) R. J. Hend.",
        "species",
    ),
    ("Scientific Name Exemplia quadrifida L.", "Exemplia quadrifida", "L.", "species"),
    (
        "Plantae Insulares Smithianae.\nNo. 273\nLinociera laurifolia, Hollb",
        "Linociera laurifolia",
        "Hollb",
        "species",
    ),
    ("Spigelia fictiva(L)Holt.", "Spigelia fictiva", "(L)Holt.", "species"),
    (
        "Mitreola sessilis (J.F. Hahn.) Bert. & Lowe\nDet. A.J.M. Oosterveld, 1977",
        "Mitreola sessilis",
        "(J.F. Hahn.) Bert. & Lowe",
        "species",
    ),
    (
        "Torenia rotundata (L.) F.v. Brandt.",
        "Torenia rotundata",
        "(L.) F.v. Brandt.",
        "species",
    ),
    (
        "Bryoria furcata var. borealis (Vik.) Holt & Marsh",
        "Bryoria furcata var. borealis",
        "(Vik.) Holt & Marsh",
        "variety",
    ),
    (
        "Pastinaca sylvestris subsp. montana (Hoffm.) Brandt.",
        "Pastinaca sylvestris subsp. montana",
        "(Hoffm.) Brandt.",
        "subspecies",
    ),
    # the rank and infraspecific epithet after the species' author (an autonym keeps that author)
    (
        "Pastinaca sativa L. subsp. sativa\nWalter Brandt, Oct. 1971\nDept. Agriculture, Regina",
        "Pastinaca sativa subsp. sativa",
        "L.",
        "subspecies",
    ),
    # ... the epithet on the next line when the rank ends the line
    (
        "Pastinaca sativa L. subsp.\nsativa\nWalter Brandt, Oct. 1971",
        "Pastinaca sativa subsp. sativa",
        "L.",
        "subspecies",
    ),
    (
        "Pinus montana Laws. var. alpestris Brandt.",
        "Pinus montana var. alpestris",
        "Brandt.",
        "variety",
    ),
]


# Epithets after people and places begin as their names do, in any language: gm-, pf-, kw-, sz-
NAMES += [
    ("Larix gmelinii (Rupr.) Kuzen.", "Larix gmelinii", "(Rupr.) Kuzen.", "species"),
    ("Abies szechuanensis Franch.", "Abies szechuanensis", "Franch.", "species"),
    ("Aster kwangtungensis C.C. Chang", "Aster kwangtungensis", "C.C. Chang", "species"),
    ("Cyrtandra pfeifferi Seem.", "Cyrtandra pfeifferi", "Seem.", "species"),
]


# A family's name on the line above the specimen's does not pair with another family as a
# capitalised genus and epithet.
NAMES += [
    (
        "FLORA OF OHIO\nRosaceae\nAsteraceae J. K. Smith Herbarium\n12. Viola pedata L.",
        "Viola pedata",
        "L.",
        "species",
    ),
]


@pytest.mark.parametrize(("text", "name", "authorship", "rank"), NAMES)
def test_names(text: str, name: str, authorship: str, rank: str) -> None:
    got = values(text)
    assert (got["scientificName"], got["scientificNameAuthorship"], got["taxonRank"]) == (
        name,
        authorship,
        rank,
    )


@pytest.mark.parametrize(
    "text",
    [
        "No. 52\tBryoria",
        "B417.\n\tBryoria",
        "2864b \tBryoria",
        "5093.\t\tBryoria",
        "B417.\n\tBryoria\n\tOpen face of ledge.",
        "2864b \tBryoria\n\tBank of stream, moist, deep shade.",
    ],
)
def test_genus_only(text: str) -> None:
    got = values(text)
    assert (got["scientificName"], got["taxonRank"]) == ("Bryoria", "genus")


# Not a specimen named to genus: a host plant after "on flowers of".
@pytest.mark.parametrize(
    "text",
    [
        "R. T. Vance\nCollector\n\nOn fls. of\nCymopterus\nFremontii B&K",
        "R. T. Vance\nCollector\n\nOn fls. of\nCymopterus",
    ],
)
def test_not_genus_only(text: str) -> None:
    assert "scientificName" not in values(text)


def test_genus_kept_above_a_capitalised_epithet() -> None:
    # "Bombus / Sonorus Say" (the run keeps the genus, the curator writes the name; the review
    # tests rely on it): a capitalised word under the genus does not drop it as a lower-case
    # epithet does
    label = ocr_label([[("Bombus", 0.90)], [("Sonorus", 0.85), ("Say", 0.97)]])
    assert parse_fields([label])["scientificName"].value == "Bombus"


@pytest.mark.parametrize(
    "text",
    [
        "Purple flowered shrub of gullies\nin pine woods.",
        "Low tufted herb, rather scarce; corolla pale blue.",
        "Wet sandy ground along E. side of the Exampla\nReserve.",
        "Across inlet from Port Exampla, Alaska.",
        "on Catalpa",
        "Growing on roadside, rather dry sandstone ledge.",
        "Botanical name:\t\t(Accession number for Muster office)",
        "Recueilli par",
        "Nevada\n1868",
        # two families, the second read as a capitalised epithet
        "Rosaceae\nAsteraceae J. K. Smith Herbarium",
        "ROSACEAE ASTERACEAE (L.) Smith",
    ],
)
def test_prose_is_not_a_name(text: str) -> None:
    assert "scientificName" not in values(text)


# The host plant on the locality label has an author, the determination label's name has a
# "Det." line under it; a lone mark the OCR read between them (the sex symbol as "G8") must not
# move the "Det." line out of the name's reach.
HOST_AND_DETERMINATION = [
    (
        "Tovanaki\nCoconino Co.Ariz\n6500' VII-14-63\n\nPsorothamnus\nscoparius\nHook.&Arn.\n\n"
        "Philanthus\nvariifrons ♀\n'67 Brandt\nDet. KL Marden",
        "Philanthus variifrons",
    ),
    (
        "Tovanaki\nCoconino Co.Ariz\n6500VII-14-63\n\nPsorcthamnus\nscoparius\nHook.&Arn.\n"
        "K.L. Marden )\nR.T, Vance\nCollectors\n\nPhilanthus\nvariifrons\nG8\nbrAndt\n"
        "Det. KL Marden",
        "Philanthus variifrons",
    ),
    (
        "Tovanaki\nCoconino Co.Ariz\n\nPsorcthamnus\nscoparius\nHook.&Arn.\n\n"
        "Philanthus\nref\nvariifrons\nG8\nbrAndt\nDet. KL Marden",
        "Philanthus variifrons",
    ),
]


@pytest.mark.parametrize(("text", "name"), HOST_AND_DETERMINATION)
def test_determination_label_wins_over_host_plant(text: str, name: str) -> None:
    assert values(text)["scientificName"] == name


def test_abbreviated_genus_is_expanded_from_the_sheet() -> None:
    text = "S. lacustris Hold.\ndet. KRW 1936\n\nStachys montana Sw."
    assert values(text)["scientificName"] == "Stachys lacustris"


def test_several_taxa_lower_the_confidence() -> None:
    one = parse_fields(labels_from_text("Scoparia triflora L."))["scientificName"]
    two = parse_fields(labels_from_text("Scoparia triflora L.\n\nStachys montana Sw."))
    assert two["scientificName"].confidence < one.confidence
    assert "several_taxa" in two["scientificName"].flags and not one.flags


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("LAMIACEAE\nSalvia riparia Vell.", "Lamiaceae"),
        ("MELASTOMATACEAE\nMiconia obovata (Sw.) Poir.", "Melastomataceae"),
        ("248\tAPOCYNACEAE\nNO.\tFAMILIA", "Apocynaceae"),
        ("Gramineae\nChusquea montana Munro", "Gramineae"),
        ("Poaceae\nGuadua paniculata (Ferreira) Hollmann", "Poaceae"),
        ("No. 581 Family Plantaginaceae", "Plantaginaceae"),
        ("Gonocarpus montanus (Brandt) Holm.\nHaloragaceae", "Haloragaceae"),
        ("NO. 4127 FAMILIA Lamiaceae", "Lamiaceae"),
    ],
)
def test_family(text: str, family: str) -> None:
    assert values(text)["family"] == family


@pytest.mark.parametrize(
    ("text", "sex"),
    [
        ("Philanthus ♀\nbarbatus Bx.", "female"),
        ("Philanthus ♂\nsimilis", "male"),
        ("Philanthus", None),
    ],
)
def test_sex(text: str, sex: str | None) -> None:
    assert values(text).get("sex") == sex


TYPE_STATUS = [
    ("HOLOTYPE", "holotype"),
    ("Isotype", "isotype"),
    ("U.C. Riverside\nUCRC 412,077\n\nPARATYPE\nPhilanthus", "paratype"),
    ("Type", "type"),
    ("Isotypus", "isotype"),
    ("Syntype", "syntype"),
    ("LECTOTYPE", "lectotype"),
    ("PARATYPE ♂", "paratype"),
    ("Holotype of Philanthus barbatus Marden", "holotype of Philanthus barbatus Marden"),
]


@pytest.mark.parametrize(("text", "status"), TYPE_STATUS)
def test_type_status(text: str, status: str) -> None:
    cand = parse_fields(labels_from_text(text))["typeStatus"]
    assert cand.value == status
    assert cand.evidence.rule == "type.line"
    assert 0 < cand.confidence < 1


@pytest.mark.parametrize(
    "text",
    [
        "ner (the type locality of C. musterensis)",
        "descr. et Isotypus No. 5120 in Acta Exempli 7: 41. 1934.",
        "ensis Probst ined. vide Typum in herb. Muster No. 2208, non Hahn",
        "Type locality",
        "Typed by M. Smith",
    ],
)
def test_no_type_status(text: str) -> None:
    assert "typeStatus" not in parse_fields(labels_from_text(text))


# Names as OCR reads them: stray marks between genus and epithet (the sex symbol misread), a
# stray letter before the author, a "Det." with a letter glued on, capital epithets, capitals.
OCR_NAMES = [
    (
        "T.R.Vance\nCollector\nPhilanthus\nre\nsimilis\nDet. by\nV.&\nK.L.Marden'",
        "Philanthus similis",
    ),
    ("R.T.Vance\nCollector\nPhilanthus\n°\nsimilis\nDet.byV.&\nK.L.Marden", "Philanthus similis"),
    ("Philanthus\nref\n59\nsimilis\nDet. by.V.& C.\nK.L.Marden", "Philanthus similis"),
    (
        "A. W. MacLeary\nCollector\nPhilanthus\nsimilis\nlDet.by\nV.&C\nK.L.Marden'",
        "Philanthus similis",
    ),
    ("LICHENS OF ALABAMA\nAnisomeridium quinae\ne (Hal.) Moll. Berg.", "Anisomeridium quinae"),
    ("PLANTS OF MANITOBA, CANADA\nBryoria discolor\nr(Hedl.) Ho1t.", "Bryoria discolor"),
    ("LICHENS OF QUEBEC\nNo.517\nBryoria lanata\na (L.) Holt.", "Bryoria lanata"),
    ("2248.\nBryoria Hendersonii Holt.\ndet. R. W. Brandt 1947", "Bryoria hendersonii"),
    (
        "NO. 482\nLinaria Linaria (L.) Karst\nGarden wall, The Close.",
        "Linaria linaria",
    ),
    ("No. 84. LASALLIA KELLERMANI1 (Hal.) Schad.", "Lasallia kellermanii"),
    ("No. 84. Lasallia KELLERMANI1 (Hal.) Schad.", "Lasallia kellermanii"),
]


@pytest.mark.parametrize(("text", "name"), OCR_NAMES)
def test_names_in_ocr_text(text: str, name: str) -> None:
    assert values(text).get("scientificName") == name


# A word of the name split by a stray space: the epithet's tail, the genus's second half. The
# joined word, not the fragments, is the name (and the host plant must not win over a
# determination whose epithet lost its Latin ending to the split).
SPLIT_NAMES = [
    ("Brandt Coll\n\nPhilanthus\nsimil is\nDet. by\nK.L.Marden", "Philanthus similis"),
    (
        "Benson,4 mi.W)\nPima Co.\nAriz.Ix-7-61\nEricamerla\nlaricifolia\n\n"
        "T.R.Vance\nCollector\n\nPhilanthus\nref\n59\nvariifr ons +\nDet. by.V.& c.\n"
        "K.L.Marden",
        "Philanthus variifrons",
    ),
    (
        "PLANTS OF GRENADA, LESSER ANTILLES\nProserp inaca palustris (Brandt) Holm.\n"
        "Haloragaceae\nDet. K.R.Lowe 4/91",
        "Proserpinaca palustris",
    ),
    # both parts Latin: split only where the sheet prints the epithet whole elsewhere
    (
        "Torenia asia tica\n(L.) F.v. Brandt.\nDet. K. R. Lowe —\n11 May 1982\n\n"
        "THE LAKESIDE BOTANICAL GARDEN\nPlants of Guadeloupe\n\n"
        "Torenia asiatica (L.) F. Brandt.",
        "Torenia asiatica",
    ),
    (
        "Philanthus ♂\nbarbatus\nbarbatus Bx.\nDet.by '63\n\nPhilanthus barbatus",
        "Philanthus barbatus barbatus",
    ),
    # whole words are left as they are: a Latin first word, an English one
    ("Torenia asiatica (L.) F. Brandt.\nDet. K. R. Lowe", "Torenia asiatica"),
    ("Philanthus barbatus Bx.\nDet.by '57", "Philanthus barbatus"),
    ("Bryoria lanata (L.) Holt.\nOn bark of spruce", "Bryoria lanata"),
]


@pytest.mark.parametrize(("text", "name"), SPLIT_NAMES)
def test_a_word_split_by_a_stray_space(text: str, name: str) -> None:
    assert values(text).get("scientificName") == name


# Not the specimen's name: the vegetation it grew in, English, OCR garble, a place or a person
# where a lone genus would stand.
NOT_NAMES = [
    # a place and the collector's cue after it
    "Toscana: presso Sampleta raccolse J. Beispiel\n5 maggio 1890",
    "am Exampel-Berg bei Musterstadt gyűjtötte K. Muster\n1911",
    "Habitat\nDryas integrifolia-Carex rupestris heath of lower-mountain\nslope",
    "Habitat:\nLedum decumbens - Betula nana\nheath; slope 7°; W exposure",
    "Habitat\nEriophorum vaginatum-sedge peatland",
    "Habitat\nOn gravel ridge in Dryas octopetala-Rhytidium\nrugosum tundra",
    "Elevation:\n2300 Feet\nBetula glandulosa\nn low dwarf shrub tundra",
    "High littoral, Grey Gull Beach,\nbetween Harlow Pt, and Stony",
    "INSTITUTE OF APPLIED BOTANY\nBrotsnewf\nmue(ogs\nARACEAE",
    "VICINITY OF LOMA DEL Ejemplo\nNo.\nMuclail lig\nde BCE",
    "Arvid strandhoorn 77and\nwith K. B. Solheim and J. T. Moe",
    "Sage Canyon\nImperial Co., Calf",
    "Collector Walter K. Brandon\nEdwin R. Pierson",
]


@pytest.mark.parametrize("text", NOT_NAMES)
def test_not_a_name(text: str) -> None:
    assert "scientificName" not in values(text)


@pytest.mark.parametrize(
    ("words", "name"),
    [
        # OCR unsure of a word of the name: offered as an unsure reading (see below)
        (
            [
                [("FLORA", 0.97), ("OF", 0.96), ("YUKON", 0.96)],
                [("Bryaria", 0.77), ("lanfa", 0.59)],
            ],
            "?Bryaria lanfa",
        ),
        # (the genus a letter from one the backbones know is mended: fields.genera)
        ([[("Brvoria", 0.87), ("lanaica", 0.73), ("HoAlt.", 0.6)]], "?Bryoria lanaica"),
        # unsure only of a mark between the words: the name stands
        (
            [
                [("Philanthus", 0.99)],
                [("ref", 0.5)],
                [("similis", 0.98)],
                [("Det.", 0.94), ("by", 0.9)],
            ],
            "Philanthus similis",
        ),
        ([[("Bryoria", 0.99), ("lanata", 0.98), ("(L.)", 0.9)]], "Bryoria lanata"),
        ([[("Sprgela", 0.82), ("anthelnoides", 0.9), ("Hoitray", 0.8)]], "?Sprgela anthelnoides"),
        ([[("Bryaua", 0.84), ("lanafa", 0.9), ("(k)Holt.", 0.7)]], "?Bryaua lanafa"),
        # one name read twice: the surer reading
        (
            [
                [("Sprgela", 0.87), ("ovatcides", 0.9), ("Hoitray", 0.8)],
                [("Spigelia", 0.92), ("ovatoides", 0.95), ("(J.", 0.9), ("F.", 0.9)],
            ],
            "Spigelia ovatoides",
        ),
        # the latest determination read unsurely: not the older name beside it
        (
            [
                [("Stachys", 0.97)],
                [("latifalia", 0.85), ("H.B.k.", 0.8)],
                [("K.Brandl", 0.8), ("3-1987", 0.9)],
                [("Stachys", 0.97), ("montana", 0.97), ("Sw.", 0.95)],
            ],
            None,
        ),
    ],
)
def test_names_need_confident_ocr(words: list[list[tuple[str, float]]], name: str | None) -> None:
    """A name read surely is proposed; one read unsurely ("?" here) is offered where the sheet
    has no surer name, flagged and well below the bulk-accept line: most often a misreading."""
    got = parse_fields([ocr_label(words)]).get("scientificName")
    unsure = got is not None and "unsure_reading" in got.flags
    assert (f"{'?' if unsure else ''}{got.value}" if got else None) == name
    if unsure:
        assert got is not None and got.confidence < 0.8


def test_host_plant_is_not_part_of_the_locality() -> None:
    text = (
        "Benson,4 mi.W\nPima Co..\nAriz.Ix-g-61\nEricamerla\nlaricifolia\nT.R.Vance\n"
        "Collector\n\nPhilanthus\nref\n59\nsimilis\nDet. by.V.& C.\nK.L.Marden"
    )
    got = values(text)
    assert (got["scientificName"], got["verbatimLocality"]) == (
        "Philanthus similis",
        "Benson,4 mi.W\nPima Co..\nAriz.",
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Cladonia fictiva (L.) Weber\nDet. J. Smith 1950\n\n"
            "Cladonia stygia (Fr.) Ruoss\nDet. A. Jones 1995",
            "Cladonia stygia",
        ),
        (
            "Cladonia stygia (Fr.) Ruoss\nDet. A. Jones, 95\n\n"
            "Cladonia fictiva (L.) Weber\nDet. J. Smith 1950",
            "Cladonia stygia",
        ),
        # an annotation slip gives the reviser and the year without "det."
        (
            "S. lacustris Hold.\nKRW1936\n\nTHE LAKESIDE BOTANICAL GARDEN\n\n"
            "Stachys montana Sw.\n\nFreeport and vicinity, G. B. Bahamas",
            "Stachys lacustris",
        ),
        (
            "S. latifolia Kunth\nRMB 1984\n\nPLANTS OF THE REPUBLIC OF HAITI\n"
            "Stachys montana Sw.\nVicinity of San Rafael de Hinche\n\n"
            "Stachys latifolia HBK\nK. Brandl 3-1988",
            "Stachys latifolia",
        ),
        (
            "Evernia borealis Vik.\nLICHENS OF WESTERN CANADA\n\n(=Evernia borealis Vik.)\n"
            "Bryoria furcata var. borealis (Vik.) Holt & Marsh\nK R Lowe 1983",
            "Bryoria furcata var. borealis",
        ),
        # ... but a collection date or a number under a name is none
        (
            "Cladonia stygia (Fr.) Ruoss\nDet. A. Jones 1950\n\nCladonia fictiva (L.) Weber\n"
            "Aug. 1962",
            "Cladonia stygia",
        ),
        (
            "Cladonia stygia (Fr.) Ruoss\nDet. A. Jones 1950\n\nCladonia fictiva (L.) Weber\n"
            "No. 1962",
            "Cladonia stygia",
        ),
        # a determination slip cut in two by the segmenter
        (
            "Verrucaria fictilis Garov.\nMill Creek Canal,\nColl. T.W.Ashby South Carolina, 1862\n\n"
            "The Lakeside Botanic Garden\nAnisomeridium quinae (Hal.) Möll. Berg.\n\n"
            "Det. Edwin R. Pierson 1988",
            "Anisomeridium quinae",
        ),
    ],
)
def test_the_latest_determination_is_the_current_name(text: str, name: str) -> None:
    assert values(text)["scientificName"] == name


@pytest.mark.parametrize(
    ("word", "confidence", "name"),
    [("Bryoria", 0.96, "Bryoria"), ("Bryorla", 0.86, None), ("Scopanla", 0.87, None)],
)
def test_a_lone_genus_must_be_read_surely(word: str, confidence: float, name: str | None) -> None:
    label = ocr_label([[("No.", 0.95), ("52", 0.95)], [(word, confidence)]])
    got = parse_fields([label]).get("scientificName")
    assert (got.value if got else None) == name


def _handwritten(words: list[str], *, second_only: bool) -> LabelText:
    """A determination line whose words the second recogniser read, Tesseract reading nothing
    like them (`second_only`), or both alike."""
    line = [OcrWord(text=w, confidence=0.95, box=BOX, second_only=second_only) for w in words]
    text = " ".join(words)
    return LabelText(
        label=0,
        engine="tesseract",
        confidence=0.95,
        lines=[
            OcrLine(text="NWFS HERBARIUM", confidence=0.95, box=BOX),
            OcrLine(text=text, confidence=0.95, box=BOX, words=line),
        ],
    )


def test_a_name_only_the_second_recogniser_read_needs_the_checklist() -> None:
    words = ["Flavocetiaria", "nivaiis", "(L.)", "Holt."]
    # offered for a curator to check, flagged, never bulk-accepted
    unsure = parse_fields([_handwritten(words, second_only=True)])["scientificName"]
    assert "unsure_reading" in unsure.flags
    assert unsure.confidence < 0.8
    # read by both recognisers, it is offered; a letter off the backbones' name, it is mended and
    # doubted (fields.genera)
    both = parse_fields([_handwritten(words, second_only=False)])["scientificName"]
    assert (both.value, both.flags) == ("Flavocetraria nivalis", ["name_mended"])
    assert both.confidence < 0.9
    checklist = Checklist.of(["Flavocetraria nivalis", "Flavocetraria cucullata"])
    fixed = parse_fields([_handwritten(words, second_only=True)], checklist=checklist)
    assert fixed["scientificName"].value == "Flavocetraria nivalis"
    assert fixed["scientificName"].flags == ["checklist", "corrected"]


def test_a_genus_alone_only_the_second_recogniser_read_is_not_proposed() -> None:
    assert "scientificName" not in parse_fields([_handwritten(["Bryorla"], second_only=True)])
    got = parse_fields([_handwritten(["Bryoria"], second_only=False)])["scientificName"]
    assert got.value == "Bryoria"


@pytest.mark.parametrize("caption", ["Familia", "Famille", "Familie", "Localidad"])
def test_a_form_caption_is_not_a_genus(caption: str) -> None:
    text = f"HERBARIO DEL COLEGIO DE SAN JOSE\nNúm. 20418\n{caption}\nCol. Hno. Ramón"
    assert "scientificName" not in values(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("No. 52\tLasallia.kellermanii (Hal.).Schad.", "Lasallia kellermanii"),
        ("Bryoria.pallescens (Hedl.) Verm.", "Bryoria pallescens"),
    ],
)
def test_a_dotted_leader_read_as_one_full_stop_inside_a_name(text: str, name: str) -> None:
    assert values(text)["scientificName"] == name


# A determination read as no Latin name ("latifaliz") still dates the sheet's current name: the
# older name beside it is not proposed in its place.
@pytest.mark.parametrize(
    ("lines", "name"),
    [
        (
            [
                [("Stachya", 0.86), ("latifaliz", 0.9), ("H.B.K.", 0.95)],
                [("K.Brandl3-1987", 0.95)],
                [("Stachys", 0.92), ("montana", 0.95), ("Swe", 0.95)],
            ],
            None,
        ),
        # undated, the misreading outdates nothing
        (
            [
                [("Stachya", 0.86), ("latifaliz", 0.9), ("H.B.K.", 0.95)],
                [("Stachys", 0.92), ("montana", 0.95), ("Swe", 0.95)],
            ],
            "Stachys montana",
        ),
        # a dated determination read right is the name
        (
            [
                [("Stachys", 0.96), ("latifolia", 0.95), ("H.B.K.", 0.95)],
                [("K.Brandl3-1987", 0.95)],
                [("Stachys", 0.92), ("montana", 0.95), ("Swe", 0.95)],
            ],
            "Stachys latifolia",
        ),
    ],
)
def test_a_misread_determination_outdates_the_older_name(
    lines: list[list[tuple[str, float]]], name: str | None
) -> None:
    got = parse_fields([ocr_label(lines)]).get("scientificName")
    assert (got.value if got else None) == name


# Read unsurely (below NAME_MIN_OCR), a name stands when the checklist holds it or a near miss;
# without a checklist it is offered flagged ("?"), with one that does not hold it, not at all.
@pytest.mark.parametrize(
    ("words", "checklist", "name"),
    [
        ([("Bryoria", 0.83), ("nitidula", 0.93), ("Holt.", 1.0)], None, "?Bryoria nitidula"),
        (
            [("Bryoria", 0.83), ("nitidula", 0.93), ("Holt.", 1.0)],
            ["Bryoria nitidula Holt."],
            "Bryoria nitidula",
        ),
        (
            [("Bryoria", 0.92), ("nitrdula", 0.84), ("Hoit,", 0.94)],
            ["Bryoria nitidula Holt.", "Bryoria lanata (L.) Holt."],
            "Bryoria nitidula",
        ),
        # a checklist of other names confirms nothing
        (
            [("Bryoria", 0.83), ("nitidula", 0.93), ("Holt.", 1.0)],
            ["Cladonia stygia (Fr.) Ruoss"],
            None,
        ),
    ],
)
def test_the_checklist_confirms_a_name_read_unsurely(
    words: list[tuple[str, float]], checklist: list[str] | None, name: str | None
) -> None:
    label = ocr_label([[("FLORA", 0.96), ("OF", 0.97), ("YUKON", 0.89)], words])
    given = Checklist.of(checklist) if checklist is not None else None
    got = parse_fields([label], checklist=given).get("scientificName")
    unsure = got is not None and "unsure_reading" in got.flags
    assert (f"{'?' if unsure else ''}{got.value}" if got else None) == name


# A lone genus read unsurely or by the second recogniser alone needs the checklist to hold it.
@pytest.mark.parametrize(
    ("word", "confidence", "second_only", "checklist", "name"),
    [
        ("Bryoria", 1.0, True, None, None),
        ("Bryoria", 1.0, True, ["Bryoria pallescens (Hedl.) Verm."], "Bryoria"),
        ("Bryoria", 0.85, False, ["Bryoria pallescens (Hedl.) Verm."], "Bryoria"),
        ("Bryoria", 0.85, False, None, None),
        # a near miss of a genus is not repaired, nor confirmed
        ("Bryorla", 0.94, True, ["Bryoria pallescens (Hedl.) Verm."], None),
        ("Bryoria", 1.0, True, ["Cladonia stygia (Fr.) Ruoss"], None),
    ],
)
def test_the_checklist_confirms_a_lone_genus(
    word: str, confidence: float, second_only: bool, checklist: list[str] | None, name: str | None
) -> None:
    label = LabelText(
        label=0,
        engine="tesseract",
        confidence=0.95,
        lines=[
            OcrLine(text="B417.", confidence=1.0, box=BOX),
            OcrLine(
                text=word,
                confidence=confidence,
                box=BOX,
                words=[OcrWord(text=word, confidence=confidence, box=BOX, second_only=second_only)],
            ),
        ],
    )
    given = Checklist.of(checklist) if checklist is not None else None
    got = parse_fields([label], checklist=given).get("scientificName")
    assert (got.value if got else None) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the combining author read in lower case after the parenthesised one
        ("Bryoria fictiva (Retz.) verm", "Bryoria fictiva"),
        ("Bryoria lanata (L.) holt.", "Bryoria lanata"),
        # a phrase going on after the author is no author
        ("Cladonia fictiva (L.) on", None),
        ("Cladonia fictiva (L.) near", None),
        # without parentheses a lower-case word is no combining author
        ("Cladonia fictiva L. nyl", None),
    ],
)
def test_a_combining_author_read_in_lower_case(text: str, name: str | None) -> None:
    assert values(text).get("scientificName") == name


# Shapes met on label strings outside the devset (invented strings in the same shapes).
NAME_SHAPES = [
    # the associated species are not the specimen
    ("Carex lurida Wahlenb.\nAssociated species: Juncus effusus, Typha latifolia", "Carex lurida"),
    ("Rubus idaeus L.\nAssoc. spp.: Betula papyrifera, Alnus incana", "Rubus idaeus"),
    ("Associated species: Acer rubrum L.", None),
    # prose: "species" is no epithet, and no word joined to it makes a genus
    ("All species are herbs", None),
    # the rank opens the line after an author that fills the line
    (
        "Tilia americana (Walter) Sarg.\nvar. heterophylla (Vent.) Loudon",
        "Tilia americana var. heterophylla",
    ),
    # an abbreviated genus with a rank word and no author
    ("B. papyrifera var. cordifolia", "B. papyrifera var. cordifolia"),
    ("S. nigra subsp. canadensis.", "S. nigra subsp. canadensis"),
    ("S. nigra f. aurea.", "S. nigra f. aurea"),
    # the name after the institution on the label's first line
    ("Lakeside State College Herbarium (LSC) Salix nigra (Marshall)", "Salix nigra"),
    # the plant it grew beside, after the name
    ("Usnea strigosa near Parmelia sulcata", "Usnea strigosa"),
]


@pytest.mark.parametrize(("text", "name"), NAME_SHAPES)
def test_name_shapes(text: str, name: str | None) -> None:
    assert values(text).get("scientificName") == name
