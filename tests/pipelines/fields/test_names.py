"""Scientific names, authorship, rank, family and sex from real label strings."""

from __future__ import annotations

import pytest

from models.specimen import LabelText, OcrLine, OcrWord
from pipelines.fields import labels_from_text, parse_fields
from pipelines.fields.checklist import Checklist
from tests.pipelines.fields.ocr_labels import BOX, ocr_label


def values(text: str) -> dict[str, str]:
    return {k: c.value for k, c in parse_fields(labels_from_text(text)).items()}


NAMES = [
    ("Cerceris ♀\ncompacta Cr.\nDet.by '58\nH.A.Scullen", "Cerceris compacta", "Cr.", "species"),
    (
        "Cerceris ♂\ncompacta\ncompacta Cr.\nDet.by '62\nH.A.Scullen",
        "Cerceris compacta compacta",
        "Cr.",
        "subspecies",
    ),
    (
        "Cerceris ♂\ncompar\nalbinota Scul.\nDet.by '69\nH.A.Scullen",
        "Cerceris compar albinota",
        "Scul.",
        "subspecies",
    ),
    (
        "Polycoccum minutulum Kocourková & F. Berger\non Trapeliopsis placodioides Coppins & James",
        "Polycoccum minutulum",
        "Kocourková & F. Berger",
        "species",
    ),
    (
        "Pyrenidium actinellum Nyl.\n\non Acarospora fuscata (Nyl.) Arnold",
        "Pyrenidium actinellum",
        "Nyl.",
        "species",
    ),
    (
        "Arthopyrenia\n\t\thalodytes (Nyl.) Arnold",
        "Arthopyrenia halodytes",
        "(Nyl.) Arnold",
        "species",
    ),
    (
        "Pyrenocollema tichothecioides (Arn.) Harris",
        "Pyrenocollema tichothecioides",
        "(Arn.) Harris",
        "species",
    ),
    (
        "Zwackhiomyces dispersus (Körber) Grube & Tribel",
        "Zwackhiomyces dispersus",
        "(Körber) Grube & Tribel",
        "species",
    ),
    (
        "Arthopyrenia cinchonae (Ach.) Müll. Arg.",
        "Arthopyrenia cinchonae",
        "(Ach.) Müll. Arg.",
        "species",
    ),
    ("Ciferriolichen cinchonae (Ach.)", "Ciferriolichen cinchonae", "(Ach.)", "species"),
    (
        "No. 1. Acarospora badiofusca (Nyl.) Th.. Fr.",
        "Acarospora badiofusca",
        "(Nyl.) Th.. Fr.",
        "species",
    ),
    (
        "Actinogyra muhlenbergii (Ach.) Schol.",
        "Actinogyra muhlenbergii",
        "(Ach.) Schol.",
        "species",
    ),
    ("Alectoria ochroleuca (Ehrh.)Nyl.", "Alectoria ochroleuca", "(Ehrh.)Nyl.", "species"),
    ("Cetraria islandica (L) Ach", "Cetraria islandica", "(L) Ach", "species"),
    (
        "Name Cetraria islandica (L.) Ach. I.G.:601606",
        "Cetraria islandica",
        "(L.) Ach.",
        "species",
    ),
    (
        "Cetrelia alaskana (Culb. & Culb.) Culb. & Culb.",
        "Cetrelia alaskana",
        "(Culb. & Culb.) Culb. & Culb.",
        "species",
    ),
    ("Cetraria delisei (Bory) Th. Fr.", "Cetraria delisei", "(Bory) Th. Fr.", "species"),
    (
        "Sideroxylon americanum (Mill.) T. D. Penn.",
        "Sideroxylon americanum",
        "(Mill.) T. D. Penn.",
        "species",
    ),
    ("Scientific Name Capraria biflora L.", "Capraria biflora", "L.", "species"),
    (
        "Plantae Cubenses Wrightianae.\nNo. 409\nHaenianthus salicifolius, Griseb",
        "Haenianthus salicifolius",
        "Griseb",
        "species",
    ),
    ("Cynoctonum mitreola(L)Britt.", "Cynoctonum mitreola", "(L)Britt.", "species"),
    (
        "Mitreola petiolata (J.F. Gmel.) Torr. & Gray\nDet. A.J.M. Leeuwenberg, 1974",
        "Mitreola petiolata",
        "(J.F. Gmel.) Torr. & Gray",
        "species",
    ),
    (
        "Lindernia crustacea (L.) F.v. Muell.",
        "Lindernia crustacea",
        "(L.) F.v. Muell.",
        "species",
    ),
    (
        "Bryeria trichodes var. americana (Mot.) Brodo & Hawks",
        "Bryeria trichodes var. americana",
        "(Mot.) Brodo & Hawks",
        "variety",
    ),
    (
        "Daucus carota subsp. sativus (Hoffm.) Arcang.",
        "Daucus carota subsp. sativus",
        "(Hoffm.) Arcang.",
        "subspecies",
    ),
    # the rank and infraspecific epithet after the species' author (an autonym keeps that author)
    (
        "Daucus carota L. subsp. carota\nErnest Small, Nov. 1976\nDept. Agriculture, Ottawa",
        "Daucus carota subsp. carota",
        "L.",
        "subspecies",
    ),
    # ... the epithet on the next line when the rank ends the line
    (
        "Daucus carota L. subsp.\ncarota\nErnest Small, Nov. 1976",
        "Daucus carota subsp. carota",
        "L.",
        "subspecies",
    ),
    (
        "Pinus ponderosa Laws. var. scopulorum Engelm.",
        "Pinus ponderosa var. scopulorum",
        "Engelm.",
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
        "No. 46\tAlectoria",
        "A389.\n\tAlectoria",
        "3798a \tAlectoria",
        "4076.\t\tAlectoria",
        "A389.\n\tAlectoria\n\tOpen face of cliff.",
        "3798a \tAlectoria\n\tBank of lake, moist, partial shade.",
    ],
)
def test_genus_only(text: str) -> None:
    got = values(text)
    assert (got["scientificName"], got["taxonRank"]) == ("Alectoria", "genus")


# Not a specimen named to genus: a host plant after "on flowers of".
@pytest.mark.parametrize(
    "text",
    [
        "P. D. Hurd\nCollector\n\nOn fls. of\nDonnellsmithia\nHintonii M&C",
        "P. D. Hurd\nCollector\n\nOn fls. of\nDonnellsmithia",
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
        "Lavender flowered herb of hillsides\nin pine woods.",
        "Erect branched herb, locally frequent; corolla pink.",
        "Open marshy ground along S. side of the Salina\nReserve.",
        "Across bay from Port Moller, Alaska.",
        "on Liriodendron",
        "Growing on roadside, somewhat dry calcareous rock.",
        "Botanical name:\t\t(Accession number for Washington office)",
        "Recueilli par",
        "Oregon\n1871",
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
        "Hotevilla\nNavajo Co.Ariz\n7000' VI-28-66\n\nParaeyella\nfilifolia\nTorr.&Gray\n\n"
        "Cerceris\nconifrons ♀\n'68 Mickel\nDet. JM Davidson",
        "Cerceris conifrons",
    ),
    (
        "Hotevilla\nNavajo Co.Ariz\n7000VI-28-66\n\nFarryella\nfilifolia\nTorr.&Gray\n"
        "J.M. Davidson )\nM.A, Cazier\nCollectors\n\nCerceris\nconifrons\nG8\nmicKel\n"
        "Det. JM Davidson",
        "Cerceris conifrons",
    ),
    (
        "Hotevilla\nNavajo Co.Ariz\n\nFarryella\nfilifolia\nTorr.&Gray\n\n"
        "Cerceris\nref\nconifrons\nG8\nmicKel\nDet. JM Davidson",
        "Cerceris conifrons",
    ),
]


@pytest.mark.parametrize(("text", "name"), HOST_AND_DETERMINATION)
def test_determination_label_wins_over_host_plant(text: str, name: str) -> None:
    assert values(text)["scientificName"] == name


def test_abbreviated_genus_is_expanded_from_the_sheet() -> None:
    text = "B. floridana Gand.\ndet. FWP 1931\n\nBuchnera elongata Sw."
    assert values(text)["scientificName"] == "Buchnera floridana"


def test_several_taxa_lower_the_confidence() -> None:
    one = parse_fields(labels_from_text("Capraria biflora L."))["scientificName"]
    two = parse_fields(labels_from_text("Capraria biflora L.\n\nBuchnera elongata Sw."))
    assert two["scientificName"].confidence < one.confidence
    assert "several_taxa" in two["scientificName"].flags and not one.flags


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("OLEACEAE\nJasminum fluminense Vell.", "Oleaceae"),
        ("RHIZOPHORACEAE\nCassipourea elliptica (Sw.) Poir.", "Rhizophoraceae"),
        ("193\tARALIACEAE\nNO.\tFAMILIA", "Araliaceae"),
        ("Gramineae\nBambusa tuldoides Munro", "Gramineae"),
        ("Poaceae\nBambusa multiplex (Loureiro) Raeuschel", "Poaceae"),
        ("No. 764 Family Scrophulariaceae", "Scrophulariaceae"),
        ("Myriophyllum aquaticum (Vell.) Verdc.\nHaloragaceae", "Haloragaceae"),
        ("NO. 8651 FAMILIA Oleaceae", "Oleaceae"),
    ],
)
def test_family(text: str, family: str) -> None:
    assert values(text)["family"] == family


@pytest.mark.parametrize(
    ("text", "sex"),
    [
        ("Cerceris ♀\ncompacta Cr.", "female"),
        ("Cerceris ♂\nconvergens", "male"),
        ("Cerceris", None),
    ],
)
def test_sex(text: str, sex: str | None) -> None:
    assert values(text).get("sex") == sex


TYPE_STATUS = [
    ("HOLOTYPE", "holotype"),
    ("Isotype", "isotype"),
    ("U.C. Berkeley\nEMEC 609,636\n\nPARATYPE\nCerceris", "paratype"),
    ("Type", "type"),
    ("Isotypus", "isotype"),
    ("Syntype", "syntype"),
    ("LECTOTYPE", "lectotype"),
    ("PARATYPE ♂", "paratype"),
    ("Holotype of Cerceris compacta Scullen", "holotype of Cerceris compacta Scullen"),
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
        "der (the type locality of A. boulderensis)",
        "descr. et Isotypus No. 1385 in Bryologist 17: 62. 1914.",
        "ifornica Zahlbr. ined. cf. Typus in herb Vienna No. 1026, non Hasse",
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
        "E.S.Ross\nCollector\nCerceris\nre\nconvergens\nDet. by\nV.&\nH.A.Scullen'",
        "Cerceris convergens",
    ),
    ("P.D.Hurd\nCollector\nCerceris\n°\nconvergens\nDet.byV.&\nH.A.Scullen", "Cerceris convergens"),
    ("Cerceris\nref\n59\nconvergens\nDet. by.V.& C.\nH.A.Scullen", "Cerceris convergens"),
    (
        "J. W. MacSwain\nCollector\nCerceris\nconvergens\nlDet.by\nV.&C\nH.A.Scullen'",
        "Cerceris convergens",
    ),
    ("LICHENS OF LOUISIANA\nArthopyrenia cinchonae\ne (Ach.) Mull. Arg.", "Arthopyrenia cinchonae"),
    ("PLANTS OF ONTARIO, CANADA\nAlectoria bicolor\nr(Ehrh.) Ny1.", "Alectoria bicolor"),
    ("LICHENS OF ONTARIO\nNo.623\nAlectoria jubata\na (L.) Ach.", "Alectoria jubata"),
    ("1315.\nAlectoria Fremontii Tuck.\ndet. C. W. Dodge 1943", "Alectoria fremontii"),
    (
        "NO. 355\nCymbalaria Cymbalaria (L.) Wettst\nRoadside wall, The Crawl.",
        "Cymbalaria cymbalaria",
    ),
    ("No. 67. ACTINOGYRA MUHLENBERGI1 (Ach.) Schol.", "Actinogyra muhlenbergii"),
    ("No. 67. Actinogyra MUHLENBERGI1 (Ach.) Schol.", "Actinogyra muhlenbergii"),
]


@pytest.mark.parametrize(("text", "name"), OCR_NAMES)
def test_names_in_ocr_text(text: str, name: str) -> None:
    assert values(text).get("scientificName") == name


# A word of the name split by a stray space: the epithet's tail, the genus's second half. The
# joined word, not the fragments, is the name (and the host plant must not win over a
# determination whose epithet lost its Latin ending to the split).
SPLIT_NAMES = [
    ("Krombein Coll\n\nCerceris\ncomp ar\nDet. by\nH.A.Scullen", "Cerceris compar"),
    (
        "Douglas,6 mi.E)\nCochise Co.\nAriz.Ix-9-58\nHaplqpappus\nhartwegi\n\n"
        "E.G.Linsley\nCollector\n\nCerceris\nref\n59\nconverg ens +\nDet. by.V.& c.\n"
        "H.A.Scullen",
        "Cerceris convergens",
    ),
    (
        "PLANTS OF DOMINICA, LESSER ANTILLES\nMyriop hyllum aquaticum (Vell.) Verdc.\n"
        "Haloragaceae\nDet. S.R.Hill 9/93",
        "Myriophyllum aquaticum",
    ),
    # both parts Latin: split only where the sheet prints the epithet whole elsewhere
    (
        "Lindernia crus tacea\n(L.) F.v. Muell.\nDet. D. A. Qualls —\n15 June 1984\n\n"
        "THE NEW YORK BOTANICAL GARDEN\nPlants of Puerto Rico\n\n"
        "Lindernia crustacea (L.) F. Muell.",
        "Lindernia crustacea",
    ),
    (
        "Cerceris ♂\ncompacta\ncompacta Cr.\nDet.by '62\n\nCerceris compacta",
        "Cerceris compacta compacta",
    ),
    # whole words are left as they are: a Latin first word, an English one
    ("Lindernia crustacea (L.) F. Muell.\nDet. D. A. Qualls", "Lindernia crustacea"),
    ("Cerceris compacta Cr.\nDet.by '58", "Cerceris compacta"),
    ("Alectoria jubata (L.) Ach.\nOn bark of pine", "Alectoria jubata"),
]


@pytest.mark.parametrize(("text", "name"), SPLIT_NAMES)
def test_a_word_split_by_a_stray_space(text: str, name: str) -> None:
    assert values(text).get("scientificName") == name


# Not the specimen's name: the vegetation it grew in, English, OCR garble, a place or a person
# where a lone genus would stand.
NOT_NAMES = [
    "Habitat\nEmpetrum nigrum-Salix arctica heath of upper-mountain\nslope",
    "Habitat:\nVaccinium uliginosum - Empetrum nigrum\nheath; slope 6°; SE exposure",
    "Habitat\nCarex aquatilis-lichen peatland",
    "Habitat\nOn boulder ridge in Salix rotundifolia-Racomitrium\nlanuginosum tundra",
    "Elevation:\n1800 Feet\nVaccinium uliginosum\nm erect dwarf shrub tundra",
    "High littoral, White Horse Beach,\nbetween Manomet Pt, and Rocky",
    "INSTITUTE OF ECONOMIC BOTANY\nPlatsnehf\nmae(ags\nARACEAE",
    "VICINITY OF PINAR DEL Rio\nNo.\nMuelail lag\nde BCE",
    "Eirik stijfhoorn 77and\nwith G. A. Eidesen and H. T. Beck",
    "Palm Canyon\nRiverside Co., Calf",
    "Collector Stephen S. Talbot\nJohn W. Thomson",
]


@pytest.mark.parametrize("text", NOT_NAMES)
def test_not_a_name(text: str) -> None:
    assert "scientificName" not in values(text)


@pytest.mark.parametrize(
    ("words", "name"),
    [
        # OCR unsure of a word of the name: a misreading, not emitted
        (
            [
                [("FLORA", 0.97), ("OF", 0.96), ("ALASKA", 0.96)],
                [("Cehara", 0.77), ("laevga", 0.59)],
            ],
            None,
        ),
        ([[("Cetana", 0.87), ("aendica", 0.73), ("ChAol.", 0.6)]], None),
        # unsure only of a mark between the words: the name stands
        (
            [
                [("Cerceris", 0.99)],
                [("ref", 0.5)],
                [("convergens", 0.98)],
                [("Det.", 0.94), ("by", 0.9)],
            ],
            "Cerceris convergens",
        ),
        ([[("Cetraria", 0.99), ("islandica", 0.98), ("(L.)", 0.9)]], "Cetraria islandica"),
        ([[("Mtrela", 0.82), ("peticlata", 0.9), ("Tourtray", 0.8)]], None),
        ([[("Cetaua", 0.84), ("ilandica", 0.9), ("(k)Ach.", 0.7)]], None),
        # one name read twice: the surer reading
        (
            [
                [("Mtrela", 0.87), ("peticlata", 0.9), ("Tourtray", 0.8)],
                [("Mitreola", 0.92), ("petiolata", 0.95), ("(J.", 0.9), ("F.", 0.9)],
            ],
            "Mitreola petiolata",
        ),
        # the latest determination read unsurely: not the older name beside it
        (
            [
                [("Buchnera", 0.97)],
                [("longireha", 0.85), ("H.B.k.", 0.8)],
                [("T.Zanon1", 0.8), ("1-1989", 0.9)],
                [("Buchnera", 0.97), ("elongata", 0.97), ("Sw.", 0.95)],
            ],
            None,
        ),
    ],
)
def test_names_need_confident_ocr(words: list[list[tuple[str, float]]], name: str | None) -> None:
    got = parse_fields([ocr_label(words)]).get("scientificName")
    assert (got.value if got else None) == name


def test_host_plant_is_not_part_of_the_locality() -> None:
    text = (
        "Douglas,6 mi.E\nCochise Co..\nAriz.Ix-g-58\nHaplqpappus\nhartwegi\nE.G.Linsley\n"
        "Collector\n\nCerceris\nref\n59\nconvergens\nDet. by.V.& C.\nH.A.Scullen"
    )
    got = values(text)
    assert (got["scientificName"], got["verbatimLocality"]) == (
        "Cerceris convergens",
        "Douglas,6 mi.E\nCochise Co..\nAriz.",
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Cladonia rangiferina (L.) Weber\nDet. J. Smith 1950\n\n"
            "Cladonia stygia (Fr.) Ruoss\nDet. A. Jones 1995",
            "Cladonia stygia",
        ),
        (
            "Cladonia stygia (Fr.) Ruoss\nDet. A. Jones, 95\n\n"
            "Cladonia rangiferina (L.) Weber\nDet. J. Smith 1950",
            "Cladonia stygia",
        ),
        # an annotation slip gives the reviser and the year without "det."
        (
            "B. floridana Gand.\nFWP1931\n\nTHE NEW YORK BOTANICAL GARDEN\n\n"
            "Buchnera elongata Sw.\n\nNassau and vicinity, N. P. Bahamas",
            "Buchnera floridana",
        ),
        (
            "B. longifolia Kunth\nKAV 1986\n\nPLANTS OF THE DOMINICAN REPUBLIC\n"
            "Buchnera elongata Sw.\nVicinity of San Francisco de Macorís\n\n"
            "Buchnera longifolia HBK\nT. Zanoni 1-1989",
            "Buchnera longifolia",
        ),
        (
            "Alectoria americana Mot.\nLICHENS OF NORTH AMERICA\n\n(=Alectoria americana Mot.)\n"
            "Bryeria trichodes var. americana (Mot.) Brodo & Hawks\nJ P Dey 1980",
            "Bryeria trichodes var. americana",
        ),
        # ... but a collection date or a number under a name is none
        (
            "Cladonia stygia (Fr.) Ruoss\nDet. A. Jones 1950\n\nCladonia rangiferina (L.) Weber\n"
            "Aug. 1962",
            "Cladonia stygia",
        ),
        (
            "Cladonia stygia (Fr.) Ruoss\nDet. A. Jones 1950\n\nCladonia rangiferina (L.) Weber\n"
            "No. 1962",
            "Cladonia stygia",
        ),
        # a determination slip cut in two by the segmenter
        (
            "Verrucaria lactea Garov.\nSantee Canal,\nColl. H.W.Ravenel South Carolina, 1857\n\n"
            "The New York Botanical Garden\nArthopyrenia cinchonae (Ach.) Müll. Arg.\n\n"
            "Det. Richard C. Harris 1986",
            "Arthopyrenia cinchonae",
        ),
    ],
)
def test_the_latest_determination_is_the_current_name(text: str, name: str) -> None:
    assert values(text)["scientificName"] == name


@pytest.mark.parametrize(
    ("word", "confidence", "name"),
    [("Alectoria", 0.96, "Alectoria"), ("Aleetona", 0.86, None), ("Buchnena", 0.87, None)],
)
def test_a_lone_genus_must_be_read_surely(word: str, confidence: float, name: str | None) -> None:
    label = ocr_label([[("No.", 0.95), ("46", 0.95)], [(word, confidence)]])
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
            OcrLine(text="AKFWS HERBARIUM", confidence=0.95, box=BOX),
            OcrLine(text=text, confidence=0.95, box=BOX, words=line),
        ],
    )


def test_a_name_only_the_second_recogniser_read_needs_the_checklist() -> None:
    words = ["Cetiaria", "islaudica", "(L.)", "Ach."]
    assert "scientificName" not in parse_fields([_handwritten(words, second_only=True)])
    assert parse_fields([_handwritten(words, second_only=False)])["scientificName"].value == (
        "Cetiaria islaudica"
    )
    checklist = Checklist.of(["Cetraria islandica", "Cetraria laevigata"])
    fixed = parse_fields([_handwritten(words, second_only=True)], checklist=checklist)
    assert fixed["scientificName"].value == "Cetraria islandica"
    assert fixed["scientificName"].flags == ["checklist", "corrected"]


def test_a_genus_alone_only_the_second_recogniser_read_is_not_proposed() -> None:
    assert "scientificName" not in parse_fields([_handwritten(["Alectona"], second_only=True)])
    got = parse_fields([_handwritten(["Alectoria"], second_only=False)])["scientificName"]
    assert got.value == "Alectoria"


@pytest.mark.parametrize("caption", ["Familia", "Famille", "Familie", "Localidad"])
def test_a_form_caption_is_not_a_genus(caption: str) -> None:
    text = f"HERBARIO DEL COLEGIO DE LA SALLE\nNúm. 16235\n{caption}\nCol. Bro. León"
    assert "scientificName" not in values(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("No. 46\tActinogyra.muhlenbergii (Ach.).Schol.", "Actinogyra muhlenbergii"),
        ("Alectoria.ochroleuca (Ehrh.) Nyl.", "Alectoria ochroleuca"),
    ],
)
def test_a_dotted_leader_read_as_one_full_stop_inside_a_name(text: str, name: str) -> None:
    assert values(text)["scientificName"] == name


# A determination read as no Latin name ("longipoliz") still dates the sheet's current name: the
# older name beside it is not proposed in its place.
@pytest.mark.parametrize(
    ("lines", "name"),
    [
        (
            [
                [("Buchneea", 0.86), ("longipoliz", 0.9), ("H.B.K.", 0.95)],
                [("T.Zanoni1-1989", 0.95)],
                [("Buchnera", 0.92), ("elongata", 0.95), ("Swe", 0.95)],
            ],
            None,
        ),
        # undated, the misreading outdates nothing
        (
            [
                [("Buchneea", 0.86), ("longipoliz", 0.9), ("H.B.K.", 0.95)],
                [("Buchnera", 0.92), ("elongata", 0.95), ("Swe", 0.95)],
            ],
            "Buchnera elongata",
        ),
        # a dated determination read right is the name
        (
            [
                [("Buchnera", 0.96), ("longifolia", 0.95), ("H.B.K.", 0.95)],
                [("T.Zanoni1-1989", 0.95)],
                [("Buchnera", 0.92), ("elongata", 0.95), ("Swe", 0.95)],
            ],
            "Buchnera longifolia",
        ),
    ],
)
def test_a_misread_determination_outdates_the_older_name(
    lines: list[list[tuple[str, float]]], name: str | None
) -> None:
    got = parse_fields([ocr_label(lines)]).get("scientificName")
    assert (got.value if got else None) == name


# Read unsurely (below NAME_MIN_OCR), a name stands when the checklist holds it or a near miss.
@pytest.mark.parametrize(
    ("words", "checklist", "name"),
    [
        ([("Cetraria", 0.83), ("laevigata", 0.93), ("Rass.", 1.0)], None, None),
        (
            [("Cetraria", 0.83), ("laevigata", 0.93), ("Rass.", 1.0)],
            ["Cetraria laevigata Rass."],
            "Cetraria laevigata",
        ),
        (
            [("Cetraria", 0.92), ("laevrgata", 0.84), ("Rars,", 0.94)],
            ["Cetraria laevigata Rass.", "Cetraria islandica (L.) Ach."],
            "Cetraria laevigata",
        ),
        # a checklist of other names confirms nothing
        (
            [("Cetraria", 0.83), ("laevigata", 0.93), ("Rass.", 1.0)],
            ["Cladonia stygia (Fr.) Ruoss"],
            None,
        ),
    ],
)
def test_the_checklist_confirms_a_name_read_unsurely(
    words: list[tuple[str, float]], checklist: list[str] | None, name: str | None
) -> None:
    label = ocr_label([[("FLORA", 0.96), ("OF", 0.97), ("ALASKA", 0.89)], words])
    given = Checklist.of(checklist) if checklist is not None else None
    got = parse_fields([label], checklist=given).get("scientificName")
    assert (got.value if got else None) == name


# A lone genus read unsurely or by the second recogniser alone needs the checklist to hold it.
@pytest.mark.parametrize(
    ("word", "confidence", "second_only", "checklist", "name"),
    [
        ("Alectoria", 1.0, True, None, None),
        ("Alectoria", 1.0, True, ["Alectoria ochroleuca (Ehrh.) Nyl."], "Alectoria"),
        ("Alectoria", 0.85, False, ["Alectoria ochroleuca (Ehrh.) Nyl."], "Alectoria"),
        ("Alectoria", 0.85, False, None, None),
        # a near miss of a genus is not repaired, nor confirmed
        ("Alectona", 0.94, True, ["Alectoria ochroleuca (Ehrh.) Nyl."], None),
        ("Alectoria", 1.0, True, ["Cladonia stygia (Fr.) Ruoss"], None),
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
            OcrLine(text="A389.", confidence=1.0, box=BOX),
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
        ("Cetraria nigricans (Retz.) nyl", "Cetraria nigricans"),
        ("Cetraria islandica (L.) ach.", "Cetraria islandica"),
        # a phrase going on after the author is no author
        ("Cladonia rangiferina (L.) on", None),
        ("Cladonia rangiferina (L.) near", None),
        # without parentheses a lower-case word is no combining author
        ("Cladonia rangiferina L. nyl", None),
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
