"""Collectors on European herbarium and insect labels: invented strings of the shapes they print."""

from __future__ import annotations

import pytest

from pipelines.fields import labels_from_text, parse_fields
from pipelines.fields.people import split_people


def collector(text: str) -> str | None:
    got = parse_fields(labels_from_text(text)).get("recordedBy")
    return got.value if got is not None else None


# (label, the collector as the parser keeps it)
SHAPES = [
    # a given name cut to three or four letters after the keyword
    ("Borneo: Exampleton\nLeg. Moh. Muster\nNo. 385.", "Moh. Muster"),
    ("Leg. Wilh. Beispiel 1891", "Wilh. Beispiel"),
    # a printed form's keys in a column, the values in another, read line by line
    (
        "Collector :\nNo . : 688\nJ . v . Beispiel Muster\nFamilia : Exampleaceae",
        "J. v. Beispiel Muster",
    ),
    ("Vinder:\nZeehoogte :\nK D. Muster\n1600 m.", "K D. Muster"),
    # a brace gives the name below to both keys
    ("Dat. 28.IV.1951\nLeg .\nNo. 8414\nDet.\n} K.L. Muster", "K.L. Muster"),
    # collectors listed surname first, joined by a comma and "and", the number below
    (
        "Muster, A.B., Beispiel, C.D., Exempel, and Probst\n1201\nTuesday, March 15, 1988",
        "Muster, A.B. | Beispiel, C.D. | Exempel | Probst",
    ),
    # a particle glued to the initial before it, its stop spaced or not
    ("Communic. L.v . Muster 1829", "L.v. Muster"),
    ("Leg. J.v.d. Beispiel", "J.v.d. Beispiel"),
    # surnames without initials joined before the collectors' number
    ("Exemplia\nMuster & Beispiel 4127\n19 June 1995", "Muster | Beispiel"),
    # a collection's name cut to its consonants under the collector is nobody
    ("Exampleton\n1. VI. 1911\nBeispiel\nC. Rthschld.", "Beispiel"),
    # a title before a lone surname, its stops spaced
    ("Exemplia\nPrinc . Muster . 1838", "Princ. Muster"),
    # joiners of other languages
    ("leg. K. Muster und J. Beispiel", "K. Muster | J. Beispiel"),
    ("leg. K. Muster en J. Beispiel", "K. Muster | J. Beispiel"),
    ("leg. K. Muster och J. Beispiel", "K. Muster | J. Beispiel"),
]


@pytest.mark.parametrize(("text", "value"), SHAPES)
def test_collector_shapes(text: str, value: str) -> None:
    assert collector(text) == value


# What must not be taken for a collector: a date's key or a weekday by the date, a form's key
# under a collector's key, an abbreviated place after the keyword, a name under "Det."
NOT_COLLECTORS = [
    "Exampleton\nTuesday, March 15, 1988",
    "Datum 9 Nov 1927",
    "Dat. 28.IV.1951",
    "Vinder:\nZeehoogte :\n1600-1700 m.",
    "Leg .\nNo. 8414\nDet.\nK.L. Muster",
]


@pytest.mark.parametrize("text", NOT_COLLECTORS)
def test_not_collectors(text: str) -> None:
    assert collector(text) is None


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # degrees after a name are dropped; after a lone surname they are its initials
        ("K. Muster, Ph. & M. D.", ["K. Muster"]),
        ("K. Muster M.D. & J. Beispiel", ["K. Muster", "J. Beispiel"]),
        ("Muster, M. D.", ["Muster, M. D."]),
        ("K. Muster und J. Beispiel", ["K. Muster", "J. Beispiel"]),
        ("K. Muster, J. Beispiel, and L. Probst", ["K. Muster", "J. Beispiel", "L. Probst"]),
        ("K. Muster ja J. Beispiel", ["K. Muster", "J. Beispiel"]),
    ],
)
def test_split_joiners(text: str, people: list[str]) -> None:
    assert split_people(text) == people


# A name alone on a line, with nothing on the sheet that says who collected
NAME_LINES = [
    # a particle between capitalised words makes the line a person, a title of nobility or not
    ("Exemplia vulgaris\nAug. 1832\nExampleton\n\nMax Prinz v. Muster", "Max Prinz v. Muster"),
    # a given name of the table and a surname, the collector's town after a comma
    (
        "Exemplia vulgaris\nBeispieltal\n\nErnst Muster, Exempelstadt\n\n30. Juni 1979",
        "Ernst Muster",
    ),
    # a month in Roman figures and its year after the name
    ("Exampleton\nA.E. Muster VII/06", "A.E. Muster"),
    # a middle initial V is no Roman month
    ("Exampleton\nH. V. Muster", "H. V. Muster"),
    # a signature with degrees, the given name cut short in capitals; a title of nobility
    ("Exemplia vulgaris\nBeispiel Bay\nWILH . MUSTER , PH . & M . D .", "WILH. MUSTER"),
    ("Exemplia vulgaris\n\nBARON WILH . VON MUSTER , PH . & M . D", "BARON WILH. VON MUSTER"),
    ("Exampleton\nK. Muster, M.D.", "K. Muster"),
    ("Exampleton\nDr. K. Muster", "Dr. K. Muster"),
    ("Exampleton\nFrhr. K. v. Muster", "Frhr. K. v. Muster"),
    # a given name and a surname with the collector's number (or a year) after them
    ("Exemplia vulgaris\nGerardo Muster 1900\n\nExampleton", "Gerardo Muster"),
    # an initial without its stop opening a label
    ("H Muster\nExampleshire\n85'", "H Muster"),
    # a dealer's firm keyed as the collector
    ("Exampleton\nBeispielhof\nMuster Frères\n1 e Semestre 1897", "Muster Frères"),
    ("Exampleton\n\nGebr. Muster", "Gebr. Muster"),
    ("Exampleton\n\nMuster & Co.", "Muster & Co."),
]


@pytest.mark.parametrize(("text", "value"), NAME_LINES)
def test_name_lines(text: str, value: str) -> None:
    assert collector(text) == value


NOT_NAME_LINES = [
    # the author under the name it wrote, beside a year
    "Exemplia vulgaris\nB. Muster.\n1833",
    "Exemplia vulgaris (Beisp.)\nD. Muster",
    # a determiner keyed under the name
    "Exemplia vulgaris Muster\nJ. P. Beispiel\nDET.\n10. 10. 1975",
    # a place that opens with "Fort", "Port", "Cape" beside the year
    "Exemplia vulgaris\nFort Exampleton 1833",
    # capitals cut short are a month or a state, not a given name
    "Exampleton\nAUG. BEISPIEL",
    # a bearing or an article before a place, a number glued to a name (the OCR's noise)
    "N Exampleton\nExampleshire",
    "A Exemplaña\nExampleshire",
    "Exemplia vulgaris\nK. Muster61",
    # a particle opens a place's name too ("Van" is also a given name)
    "Exemplia vulgaris\nVan Exempelland.\nLegit exmpl. Com. Beispiel 1839",
    # a keeper's note where no name could be read
    "Exampleton\n1. VI. 1911\nIllegible",
    "Exampleton\n1. VI. 1911\nUnleserlich",
    # a firm's word after a place
    "Exampleton\n\nExampleshire Bay & Co.",
]


@pytest.mark.parametrize("text", NOT_NAME_LINES)
def test_not_name_lines(text: str) -> None:
    assert collector(text) is None


def test_initials_named_elsewhere() -> None:
    """ "Coll. JDM": the person of those initials the sheet names ("Communic. J. D Muster")."""
    assert collector("Ex Herb. Beisp.\nColl . JDM\nCommunic . J . D Muster 1856") == "J. D Muster"


def test_initials_alone_doubted() -> None:
    got = parse_fields(labels_from_text("Exampleton\nColl . JDM"))["recordedBy"]
    assert (got.value, "initials_only" in got.flags, got.confidence < 0.9) == ("JDM", True, True)


@pytest.mark.parametrize(
    "text",
    [
        "Communic. K. Muster 1832\n\nCommunic. J. Beispiel 1829",
        "Communic. K. B . de Muster 1832\n\nCommunic. L.v . Beispiel 1829",
    ],
)
def test_two_senders_doubted(text: str) -> None:
    got = parse_fields(labels_from_text(text))["recordedBy"]
    assert ("several_collectors" in got.flags, got.confidence < 0.9) == (True, True)


# A personal herbarium's or a series' header names its owner: the collector as often as a former
# owner, so only when nothing else names a collector, flagged and below 0.9
HEADERS = [
    ("HERBIER J . MUSTER\n\nN° 3759\n\nVitis exempla L .\n\nDate : 21 - 6 - 2010", "J. MUSTER"),
    ("Herb. K. Beispiel\n\nExemplia vulgaris\nExampleton", "K. Beispiel"),
    ("A . VAN DE MUSTER\nHERBARIUM RUBORUM\n\nNr . 83 . 41\nExemplia vulgaris", "A. VAN DE MUSTER"),
    ("K. Muster, Flora von Exempla.\n\nExampleton, Urwald.\n1899", "K. Muster"),
]


@pytest.mark.parametrize(("text", "value"), HEADERS)
def test_header_names_the_collector_as_a_last_resort(text: str, value: str) -> None:
    got = parse_fields(labels_from_text(text))["recordedBy"]
    assert (got.value, got.flags, got.confidence < 0.9) == (value, ["herbarium_header"], True)


NOT_HEADERS = [
    # a Latin genitive alone names an owner without initials; a former collection
    "HERBARIUM MUSTERI\n\nExemplia vulgaris\nExampleton",
    "Ex Herb. K. Muster\n\nExemplia vulgaris\nExampleton",
    # an institution's herbarium under a line of names
    "L . Exempla Muster\nHerbier du Jardin botanique de Exempelstadt\n\nExemplia vulgaris",
]


@pytest.mark.parametrize("text", NOT_HEADERS)
def test_no_header_collector(text: str) -> None:
    assert collector(text) is None


def test_a_collector_outranks_the_header() -> None:
    text = "HERBIER J . MUSTER\n\nExemplia vulgaris\nLeg. K. Beispiel"
    assert collector(text) == "K. Beispiel"


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # a lone word in capitals: as often a place, a header or a misread name
        ("Exampleton\nColl. MUSTER 1918", True),
        # a surname in mixed case, or with initials, is not doubted for its case
        ("Exampleton\nColl. Muster 1918", False),
        ("Exampleton\nColl. K. MUSTER 1918", False),
    ],
)
def test_a_lone_word_in_capitals_is_doubted(text: str, flagged: bool) -> None:
    got = parse_fields(labels_from_text(text))["recordedBy"]
    assert ("lone_capitals" in got.flags, got.confidence < 0.9) == (flagged, flagged)


# A brace gives one name to the collector's key and the determiner's beside it, the name on the
# line between the keys, below them, or after the keys on their lines
BRACED = [
    "Exemplia vulgaris\nExampleton, 12.VI.1961\nleg.\n} A. B. Muster\ndet.",
    "Exemplia vulgaris\nExampleton, 12.VI.1961\nleg.\ndet.\n} A. B. Muster",
    "Exemplia vulgaris\nExampleton, 12.VI.1961\nleg. }\ndet. } A. B. Muster",
    "Exemplia vulgaris\nExampleton, 12.VI.1961\nleg. } A. B. Muster\ndet. }",
]


@pytest.mark.parametrize("text", BRACED)
def test_a_brace_names_both(text: str) -> None:
    got = parse_fields(labels_from_text(text))
    assert (got["recordedBy"].value, got["identifiedBy"].value) == ("A. B. Muster", "A. B. Muster")


def test_without_a_brace_the_name_under_two_keys_is_the_determiners() -> None:
    got = parse_fields(
        labels_from_text("Exemplia vulgaris\nExampleton, 12.VI.1961\nleg.\ndet.\nA. B. Muster")
    )
    assert ("recordedBy" in got, got["identifiedBy"].value) == (False, "A. B. Muster")


# A revision's heading in Spanish or Portuguese with the name revised after its colon and the
# reviser's signature under it: the name and its reviser
@pytest.mark.parametrize("key", ["Revisión 1994:", "Revisão 1994:", "REVISIÓN 1994:"])
def test_a_revision_heading_before_the_name(key: str) -> None:
    got = parse_fields(labels_from_text(f"{key} Exemplia vulgaris\nA. Muestrez"))
    assert (got["scientificName"].value, got["identifiedBy"].value) == (
        "Exemplia vulgaris",
        "A. Muestrez",
    )


# An organisation after the collector's key, the man who collected for it in brackets: he is the
# collector; a person before the brackets stays the collector
@pytest.mark.parametrize(
    ("line", "who"),
    [
        ("leg. Forest Department (K. Muster)", "K. Muster"),
        ("leg. Houtvesterij Exempla (J. Muster-Boer)", "J. Muster-Boer"),
        ("leg. Service Forestier (R. Exemple)", "R. Exemple"),
        ("Coll. Sample Expedition (A. B. Beispiel)", "A. B. Beispiel"),
        ("leg. K. Muster (J. Beispiel)", "K. Muster"),
    ],
)
def test_a_collector_in_an_organisations_brackets(line: str, who: str) -> None:
    assert collector(f"Sampleton\n12-X-1949\n{line}") == who
