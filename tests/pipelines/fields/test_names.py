"""Scientific names, authorship, rank, family and sex from real label strings."""

from __future__ import annotations

import pytest

from pipelines.fields import labels_from_text, parse_fields


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
    "text", ["No. 46\tAlectoria", "A389.\n\tAlectoria", "3798a \tAlectoria", "4076.\t\tAlectoria"]
)
def test_genus_only(text: str) -> None:
    got = values(text)
    assert (got["scientificName"], got["taxonRank"]) == ("Alectoria", "genus")


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
    ],
)
def test_prose_is_not_a_name(text: str) -> None:
    assert "scientificName" not in values(text)


def test_determination_label_wins_over_host_plant() -> None:
    text = (
        "Hotevilla\nNavajo Co.Ariz\n7000' VI-28-66\n\nParaeyella\nfilifolia\nTorr.&Gray\n\n"
        "Cerceris\nconifrons ♀\n'68 Mickel\nDet. JM Davidson"
    )
    assert values(text)["scientificName"] == "Cerceris conifrons"


def test_abbreviated_genus_is_expanded_from_the_sheet() -> None:
    text = "B. floridana Gand.\ndet. FWP 1931\n\nBuchnera elongata Sw."
    assert values(text)["scientificName"] == "Buchnera floridana"


def test_several_taxa_lower_the_confidence() -> None:
    one = parse_fields(labels_from_text("Capraria biflora L."))["scientificName"]
    two = parse_fields(labels_from_text("Capraria biflora L.\n\nBuchnera elongata Sw."))
    assert two["scientificName"].confidence < one.confidence


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
