"""Scientific names as European labels print them: form keys in many languages, qualifiers, genera
alone, capitalised and capital-letter names, diagnoses, several determinations; and the Latin that
is no name. Every string is invented, of the shapes labels print."""

from __future__ import annotations

import pytest

from pipelines.fields import labels_from_text, parse_fields
from pipelines.fields.name_keys import KeyKind, det_line, line_key
from tests.pipelines.fields.parsed import values

# a printed form's keys, in the languages of European herbaria
FORM_KEYS = [
    ("Gen. Exemplia\nSpec. sampleana Bl.\nLoc. Muster valley", "Exemplia sampleana"),
    ("Nom : Exemplia\nsampleana\nLoc. : Musterdorf", "Exemplia sampleana"),
    ("Lat. naam : Exemplia sampleana\nVindplaats: Musterbos", "Exemplia sampleana"),
    ("Naam: Exemplia sampleana Wa\nLeg. K. Muster", "Exemplia sampleana"),
    ("Nom latin : Exemplia sampleana Bl.\nRécolté par J. Beispiel", "Exemplia sampleana"),
    ("Genre : Exemplia\nEspèce : sampleana Bl.", "Exemplia sampleana"),
    ("Gattung: Exemplia\nArt: sampleana Bl.\nSammler: K. Muster", "Exemplia sampleana"),
    ("Art: Exemplia sampleana Bl.\nSammler: K. Muster", "Exemplia sampleana"),
    ("Fam. : Exemplaceae\nGen. : Exemplia\nSp. : sampleana", "Exemplia sampleana"),
    ("Familia: Exemplaceae\nGenus: Exemplia\nSpecies: sampleana Bl.", "Exemplia sampleana"),
    ("GENUS: Exemplia\nSPECIES: sampleana Bl.", "Exemplia sampleana"),
    ("Perekond: Exemplia\nLiik: sampleana Bl.\nKoguja: K. Muster", "Exemplia sampleana"),
    ("Suku: Exemplia\nLaji: sampleana Bl.", "Exemplia sampleana"),
    ("Släkte: Exemplia\nArt: sampleana Bl.", "Exemplia sampleana"),
    ("Род: Exemplia\nВид: sampleana Bl.", "Exemplia sampleana"),
    ("Nomen.: Exemplia sampleana\nDet.:", "Exemplia sampleana"),
    # a key of two words needs no colon before a capital
    (
        "Family Exemplaceae\nScientific Name Exemplia sampleana SW\nCommon Name",
        "Exemplia sampleana",
    ),
    ("Scientific Name Exemplia sampleana\nLocality Muster River", "Exemplia sampleana"),
    ("Wissenschaftlicher Name Exemplia sampleana\nSammler: K. Muster", "Exemplia sampleana"),
]


@pytest.mark.parametrize(("text", "name"), FORM_KEYS)
def test_a_forms_keys_before_the_name(text: str, name: str) -> None:
    assert values(text)["scientificName"] == name


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Gen. Exemplia", KeyKind.genus),
        ("Gen . Exemplia", KeyKind.genus),
        ("Spec. sampleana", KeyKind.species),
        ("Sp. : sampleana", KeyKind.species),
        ("Espèce : sampleana", KeyKind.species),
        ("Nom : Exemplia", KeyKind.name),
        ("Lat. naam : Exemplia", KeyKind.name),
        ("Nomen.: Exemplia", KeyKind.name),
        ("Genus\tExemplia", KeyKind.genus),
        ("Scientific Name Exemplia", KeyKind.name),
    ],
)
def test_name_keys(line: str, kind: KeyKind) -> None:
    key = line_key(line)
    assert key is not None and key.kind is kind


@pytest.mark.parametrize(
    "line",
    [
        "Genera of the world",  # no key: a word that begins like one
        "Species list 12",  # a word without its colon
        "name: tubu bekit",  # the key in lower case goes on a phrase ("Vernacular / name:")
        "Nom du récolteur : J. Beispiel",
        "Artemisia sampleana",
        "Scientific name list",  # a phrase key before a word in lower case
        "Name Exemplia sampleana",  # one word needs its colon
    ],
)
def test_no_name_key(line: str) -> None:
    assert line_key(line) is None


CAPITALS = [
    # a genus in capitals above its epithet
    ("Rijksmuster\nEXEMPLIA\nsampleana (Bl.) Wa\nMuster no.", "Exemplia sampleana"),
    # a slip's name in capitals, under its herbarium's name
    ("Exemplia alba\nMuster hill\nFeb 1903\n\nEXEMPLIA SAMPLEANA\nMuster Herbarium", None),
    # an epithet after a person, capitalised as 19th-century labels print it
    ("Exemplia Muelleri Bl.\nMuster valley", "Exemplia muelleri"),
    ("Exemplia Beispielorum Probst e Muster ,\nDet\nA. Person , 1993", "Exemplia beispielorum"),
    ("Exemplia Beispielii\nLeg. K. Muster", "Exemplia beispielii"),
]


@pytest.mark.parametrize(("text", "name"), CAPITALS)
def test_names_printed_in_capitals(text: str, name: str | None) -> None:
    # None: the slip's name in capitals ("EXEMPLIA SAMPLEANA") is the determination
    assert values(text)["scientificName"] == (name or "Exemplia sampleana")


GENERA = [
    ("Exemplia sp.\nAcc.\n(det. A. Muster van den Berg)", "sp."),
    ("Revised for Flora Exempla\nExemplia spec. B\n\ndet. Mrs. A. Person\n1/19 70.", "sp."),
    ("Gen. Exemplia\nSpec.\nDet.\nVern.", None),
    ("Nomen.: Exemplia\nDet.:\nLoc.: Muster river", None),
    ("Exemplia Scheff.\ndet. A. Person 1990", None),
]


@pytest.mark.parametrize(("text", "qualifier"), GENERA)
def test_a_genus_alone_as_the_determination(text: str, qualifier: str | None) -> None:
    got = values(text)
    assert got["scientificName"] == "Exemplia"
    assert got["taxonRank"] == "genus"
    assert got.get("identificationQualifier") == qualifier


def test_a_genus_with_its_author_keeps_the_author() -> None:
    assert values("Exemplia Scheff.\ndet. A. Person 1990")["scientificNameAuthorship"] == "Scheff."


QUALIFIERS = [
    ("Exemplia aff. sampleana\nDet. By: A. Muster 1993", "aff."),
    ("Exemplia cf. sampleana Bl.\nLeg. K. Muster", "cf."),
    ("Exemplia cfr. sampleana Bl.", "cf."),
    ("cf. Exemplia sampleana Bl.", "cf."),
    ("Exemplia nr. sampleana Wa\ndet. A. Person", "nr."),
]


@pytest.mark.parametrize(("text", "qualifier"), QUALIFIERS)
def test_the_qualifier_is_kept_apart_from_the_name(text: str, qualifier: str) -> None:
    got = values(text)
    assert got["scientificName"] == "Exemplia sampleana"
    assert got["identificationQualifier"] == qualifier


def test_a_name_without_a_qualifier_has_none() -> None:
    assert "identificationQualifier" not in values("Exemplia sampleana Bl.\nLeg. K. Muster")


@pytest.mark.parametrize(
    "text",
    [
        "Exemplia sampleana foliis ovatis, caulibus teretibus\nfloribus solitariis",
        "Exemplia sampleana caulibus , foliis glabris",
    ],
)
def test_the_latin_diagnosis_after_the_name(text: str) -> None:
    got = values(text)
    assert got["scientificName"] == "Exemplia sampleana"
    assert got["taxonRank"] == "species"


def test_a_zoological_trinomial_is_no_diagnosis() -> None:
    got = values("Exemplia sampleana minoris Bl.\nDet. A. Person 1970")
    assert got["scientificName"] == "Exemplia sampleana minoris"


@pytest.mark.parametrize(
    ("text", "name", "author", "rank"),
    [
        # a transcription spaces the marks
        (
            "Exemplia sampleana ( Bl . ) Wa\nDet . : A . Person",
            "Exemplia sampleana",
            "(Bl.) Wa",
            "species",
        ),
        (
            "Exemplia sampleana HEER ssp . minor MUSTER\nMuster valley",
            "Exemplia sampleana ssp. minor",
            "MUSTER",
            "subspecies",
        ),
        # the publication cited after the author is no part of it
        (
            "Exemplia sampleana Bl., Rev. Zool. Exempl. 9: 93",
            "Exemplia sampleana",
            "Bl.",
            "species",
        ),
    ],
)
def test_authors_spaced_in_capitals_or_cited(text: str, name: str, author: str, rank: str) -> None:
    got = values(text)
    assert (got["scientificName"], got["scientificNameAuthorship"], got["taxonRank"]) == (
        name,
        author,
        rank,
    )


def test_mihi_stands_where_the_author_would() -> None:
    text = "A12 . Exemplia?\nPrope Musterdorf Peruvia orientalis\ncoll K . Muster\n\nExemplia rufa mihi"
    assert values(text)["scientificName"] == "Exemplia rufa"


SEVERAL = [
    # the latest dated determination
    (
        "Exemplia alba Bl.\nLoc. Muster\n\nExemplia rubra Wa\ndet. A. Person 1950\n\n"
        "Exemplia nigra (Bl.) Wa\ndet. B. Muster 1990",
        "Exemplia nigra",
    ),
    # a revision slip
    (
        "Exemplia alba Bl.\nLeg. K. Muster 1901\n\nRevised for Flora Exempla\n"
        "Exemplia rubra Wa\ndet. A. Person 1990",
        "Exemplia rubra",
    ),
    # a confirmation dates the name it confirms
    (
        "Exemplia alba Bl.\ndet. A. Person 1950\nconf. B. Muster 1990\n\n"
        "Exemplia rubra Wa\ndet. C. Beispiel 1970",
        "Exemplia alba",
    ),
    # a type label's name is the basionym; its year the typification's
    (
        "Isotype of:\nExemplia sampleana var. minor Bl.\ndet. A. Person 2001\n\n"
        "Exemplia alba (Bl.) Wa\ndet. B. Muster 1990",
        "Exemplia alba",
    ),
    (
        "Holotype of: Exemplia sampleana Bl.\n\nExemplia alba (Bl.) Wa\ndet. B. Muster",
        "Exemplia alba",
    ),
    # "= Name": the name an older one is equated with
    (
        "Exemplia alba L.\nMuster county\nCommunic. K. Muster 1832\n\n= Exemplia rubra wtt\n"
        "var . minor T et Gr",
        "Exemplia rubra",
    ),
    # a slip that holds the name alone is the determination, the data label's the older
    ("Exemplia alba\nMuster county\nCommunic. K. Muster 1829\n\nExemplia rubra", "Exemplia rubra"),
]


@pytest.mark.parametrize(("text", "name"), SEVERAL)
def test_the_current_determination_of_several(text: str, name: str) -> None:
    assert values(text)["scientificName"] == name


def test_a_type_label_alone_names_the_specimen() -> None:
    assert values("Holotype of:\nExemplia sampleana Bl.")["scientificName"] == "Exemplia sampleana"


NOT_NAMES = [
    "Plantae Exemplianae\nLoc. Muster valley",
    "PLANTAE EXEMPLIANAE",
    "Flora Exempla exsiccata\nNo. 12",
    "Herbarium Sampleanum",
    "HERBARIUM MUELLERI",
    "Herbarium Muelleri\n\nMuster valley",
    "Herb. Muelleri",
    "Insula Java\nleg. K. Muster",
    "Insula Sumatrae Bl.",
    "Prope Musterdorf Peruvia orientalis\ncoll K . Muster",
    "Malaysia\nexemplata",
    "Rev. Zool. Afr. 9: 93",
    "det. Hoekstra van den Muster",
    "Vernacular\nname: tubu bekit (Muster language)",
    "Muster var\nminor Bl.",
    # Latin regions before a Latin adjective; a kind of place after a place's name
    "Karelia ladogensis: Musterjärvi",
    "Carelia ladogensis, Musterjärvi, in prato",
    "Alpes maritimae, Mont Muster",
    "America borealis\nComm. K. Muster",
    "Plaine des Muster, 200 m",
    "Tartumaa, Musterküla küla",
    "Upplandia, Vänge socken",
    # a place's or a herbarium's abbreviation where a genus's author would stand
    "Utah\nCarbon Co.\nDet. A. Person 1966",
    "Leiden Herb.\ndet. A. Person 1990",
    # a word alone on its line that is no genus
    "Muster\nCollection\nB.M. 1901-12",
    "Insula\nMuster",
    # a kind of place where no backbone knows the genus, or a place's kind after its name
    "Bosque primario, Epifita, flores rojas.\n14 nov 1995",
    "Upper Sample River\nExampla Islands\n2500 ft.",
    "Lower Probe Creek\nNov. 1910",
]


@pytest.mark.parametrize("text", NOT_NAMES)
def test_latin_that_is_no_name(text: str) -> None:
    assert "scientificName" not in values(text)


@pytest.mark.parametrize(
    ("line", "det"),
    [
        ("determ . Muster .", True),
        ("Det . : A . Person", True),
        ("Bestimmt: K. Muster", True),
        ("rev. A. Person 1990", True),
        ("conf. A. Person 1990", True),
        ("Rev. A. Person", False),  # a reverend
        ("Revised for Flora Exempla", False),
    ],
)
def test_determination_lines(line: str, det: bool) -> None:
    assert det_line(line) is det


@pytest.mark.parametrize("line", ["Exemplus 2", "Exemplus Q", "Exemplus ♀"])
def test_a_genus_alone_beside_its_sex_symbol_misread(line: str) -> None:
    # the insect's determination slip: genus, the sex symbol read as a digit or a letter
    got = parse_fields(labels_from_text(f"{line}\nDet. A. Person 61"))
    assert got["scientificName"].value == "Exemplus"
    assert got["scientificName"].confidence < 0.9  # the epithet may have been lost
