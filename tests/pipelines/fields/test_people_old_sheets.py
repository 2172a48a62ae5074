"""Collectors on old European herbarium sheets: titles, personal herbaria's headers in Latin,
an old collector's own numbered label, the ambiguous "Col." key. Invented strings of the shapes
the sheets print."""

from __future__ import annotations

import pytest

from models.fields import FieldCandidate
from pipelines.fields import labels_from_text, parse_fields
from pipelines.fields.people import SURNAME_ONLY, title_and_surname


def collector(text: str) -> FieldCandidate | None:
    return parse_fields(labels_from_text(text)).get("recordedBy")


def number(text: str) -> str | None:
    got = parse_fields(labels_from_text(text)).get("recordNumber")
    return got.value if got is not None else None


# (label, the collector as the parser keeps it, the flags it must carry)
SHAPES = [
    # a title and initials on a data label, alone on the line; the stops spaced
    ("3547\nRev . K . MUSTER .\nCENTRAL EXEMPLA\nRECEIVED Mar . , 1879 .", "Rev. K. MUSTER", []),
    ("Exemplum\nDr. K. Muster", "Dr. K. Muster", []),
    # British titles without their stop
    ("Exempla\nRevd K. Muster", "Revd K. Muster", []),
    # a title under a binomial: a person, not the name's author
    ("Exemplum vulgare\nRev. J. Muster.", "Rev. J. Muster", []),
    # a title and a surname alone: offered, flagged
    ("Exemplum\nMr. Beispiel 1871.", "Mr. Beispiel", [SURNAME_ONLY]),
    ("Exemplum\nDr Muster\n1890", "Dr Muster", [SURNAME_ONLY]),
    ("Exemplum\nAbbé Exemple", "Abbé Exemple", [SURNAME_ONLY]),
    ("Exemplum\nPère Exemple", "Père Exemple", [SURNAME_ONLY]),
    ("Exemplum\nPfarrer Muster", "Pfarrer Muster", [SURNAME_ONLY]),
    ("Exempla\nLehrer Muster 1890", "Lehrer Muster", [SURNAME_ONLY]),
    # a titled name in brackets after a collection's name
    ("Flora of Exempla\nHerbier du Brésil (Mr Beispiel 1850)", "Mr Beispiel", [SURNAME_ONLY]),
    # a personal herbarium's header, the given names in the Latin genitive: the header fallback
    (
        "Exemplum\nHERBARIUM\nCaroli Ludovici MUSTER\nExempla (Gallia)\n30 . 7 . 79",
        "C. L. MUSTER",
        ["herbarium_header"],
    ),
    ("Herbarium Caroli Beispiel\nExempla", "C. Beispiel", ["herbarium_header"]),
    # a French header: a given name cut to two letters, its stop spaced, the surname in capitals
    (
        "Exemplum\nHerbier Th . MUSTER\nReçu le 3 Mars 1962 , de l'Institut Exemple .",
        "Th. MUSTER",
        ["herbarium_header"],
    ),
    # a given name cut short in capitals that is also a month's
    ("HERBIER AUG . MUSTER\nExemplum", "Aug. MUSTER", ["herbarium_header"]),
    # a series' header after a stop and a dash
    ("Aug . MUSTER . - PLANTES DE L ' EXEMPLA\n1903", "Aug. MUSTER", ["herbarium_header"]),
    # an old collector's own label: the surname, the place, the year and the number
    ("Exemplum\nBeispiel: Exempla 1901 № 961.", "Beispiel", [SURNAME_ONLY]),
    ("Exemplum\nBeispiel, Exempla, 1901, No. 961", "Beispiel", [SURNAME_ONLY]),
    # a surname and a number's key, the number lost or kept
    ("Exemplum\nMuster no.\nExempla", "Muster", [SURNAME_ONLY]),
    ("Exemplum\nMuster No. 1234", "Muster", [SURNAME_ONLY]),
    # "Col." with one "l" before a lone word: a colonel or a colonia as often as a collector
    ("Exemplum\nCol. Exempla\nExemplia", "Exempla", [SURNAME_ONLY]),
    # "Coll." before a surname, "Col." before initials: the collector, sure; the next line's word
    # is no part of the name
    ("Exemplum\nColl. Muster\nExempla", "Muster", []),
    ("Exemplum\nCol. K. Muster 123", "K. Muster", []),
    ("Leg. Dr. Muster", "Dr. Muster", []),
]


@pytest.mark.parametrize(("text", "value", "flags"), SHAPES)
def test_old_sheet_collectors(text: str, value: str, flags: list[str]) -> None:
    got = collector(text)
    assert got is not None
    assert got.value == value
    assert [f for f in got.flags if f in (SURNAME_ONLY, "herbarium_header")] == flags
    if flags:
        assert got.confidence < 0.9


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Exemplum\nBeispiel: Exempla 1901 № 961.", "961"),
        ("Exemplum\nMuster No. 1234", "1234"),
    ],
)
def test_old_collectors_numbers(text: str, value: str) -> None:
    assert number(text) == value


# What must not be taken for a collector: donors, buyers and former herbaria, an institution's
# herbarium in Latin, a country before the numbered place, a place's number.
NOT_COLLECTORS = [
    "Exemplum vulgare\nPresented by K. Muster",
    "Exemplum vulgare\nDonné par Mme K. Muster",
    "Exemplum vulgare\nPurchased from K. Muster",
    "Exemplum vulgare\nDonated by Dr. K. Muster",
    "Exemplum\nEx herb. K. Muster",
    "Exemplum\nEx herbario Ioannis Muster",
    "Herbarium Universitatis Exemplensis\nExemplum",
    "Herbarium Horti Botanici Exemplensis\nExemplum",
    "HERBARIUM\nUniversity of Exempla\nExemplum vulgare",
    "Exemplum\nFrance: Exempla 1901 No. 961",
    "Exemplum\nStation No. 4",
    "HERBIER AUG. 1890\nExemplum",
]


@pytest.mark.parametrize("text", NOT_COLLECTORS)
def test_not_collectors(text: str) -> None:
    assert collector(text) is None


def test_donor_beside_an_owners_herbarium() -> None:
    got = collector("Herbier de J. Beispiel donné par Mme K. Muster\nExemplum vulgare")
    assert got is None or "Muster" not in got.value


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Mr. Muster", True),
        ("Père Exemple", True),
        ("Pfarrer Muster | K. Beispiel", True),
        ("Dr. K. Muster", False),
        ("K. Muster", False),
        ("Muster", False),
        ("Prof. Ernst Muster", False),
    ],
)
def test_title_and_surname(value: str, expected: bool) -> None:
    assert title_and_surname(value) is expected


# Teams: the others unnamed after the names, a companion after the collector's number.
TEAMS = [
    ("Exemplum vulgare\nExempla\nK. Muster et al. 1234\n12 May 1960", "K. Muster", "1234"),
    ("Exemplum\nColl. K. Muster et al. 1234\n12 May 1960", "K. Muster", "1234"),
    ("Exemplum\nK. Muster & al.\nExempla 1901", "K. Muster", None),
    (
        "Exemplum vulgare\nExempla\nK. Muster 1234 with J. Beispiel\n12 May 1960",
        "K. Muster | J. Beispiel",
        "1234",
    ),
]


# The key shared with the determiner's; a name that ends its line after the key.
KEYED = [
    ("Exemplum\nleg. & det. K. Muster\n1901", "K. Muster"),
    ("Exemplum\nLeg. & Det.: K. Muster", "K. Muster"),
    ("Exemplum\nColl. et det. K. Muster", "K. Muster"),
    ("Exemplum\nLeg.: Muster, K.\nExempla", "Muster, K."),
    ("Exemplum\nColl. K. Muster &\nJ. Beispiel 123", "K. Muster | J. Beispiel"),
    ("Exemplum\nColl. K. Muster and\nJ. Beispiel", "K. Muster | J. Beispiel"),
]


@pytest.mark.parametrize(("text", "value"), KEYED)
def test_keyed(text: str, value: str) -> None:
    got = collector(text)
    assert got is not None
    assert got.value == value


@pytest.mark.parametrize(("text", "value", "num"), TEAMS)
def test_teams(text: str, value: str, num: str | None) -> None:
    got = collector(text)
    assert got is not None
    assert got.value == value
    assert number(text) == num


def test_with_a_plant_is_no_companion() -> None:
    assert (
        collector("Exemplum vulgare\nExempla\nAlt. 1200 with Exemplia vulgaris\n12 May 1960")
        is None
    )


def test_surname_only_is_a_doubt() -> None:
    from pipelines.confidence import DOUBTS

    assert SURNAME_ONLY in DOUBTS


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # "f." and "fil." (filius) after a surname: the son, part of his name
        (
            "Exampla indica Wall.\nExample Hills, 4000 ft.\nColl. Muster f. & Beispiel",
            "Muster f. | Beispiel",
        ),
        ("leg. K. Muster fil. 1902", "K. Muster fil."),
        ("Coll. J. Muster f. 123", "J. Muster f."),
        # a form (forma) in the name below is no part of the collector's
        ("leg. K. Muster\nExampla vulgaris f. minor", "K. Muster"),
    ],
)
def test_a_sons_mark_after_the_surname(text: str, value: str) -> None:
    got = collector(text)
    assert got is not None and got.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a place and its British county before the date: no collector
        ("Exampla vulgaris\nExample Wood, Sussex, 4/6/1902", None),
        ("Exampla vulgaris\nExample Moor, Co. Kerry 12.6.1931", None),
        # a surname that is also a county's, with its initial, stays a collector
        ("Exampla vulgaris\nJ. Kent 4/6/1902", "J. Kent"),
    ],
)
def test_a_county_beside_the_date_is_no_collector(text: str, value: str | None) -> None:
    got = collector(text)
    assert (got.value if got is not None else None) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a team's surnames after the date that opens the line, their number after them
        (
            "Exampla vulgaris\nExample Khola, 2800 m\n14.x.1954   Muster & Beispiel 1234",
            "Muster | Beispiel",
        ),
        # names with initials after a date keep their companion after the number
        (
            "Alt: 4 000 ft\n28 Feb. 1988 K.L. Muster 14872 & J. Beispiel",
            "K.L. Muster | J. Beispiel",
        ),
        # a place and a number after a date: no collector
        ("Exampla vulgaris\n12.vi.1954 Exampleville 1234", None),
    ],
)
def test_a_team_after_the_date(text: str, value: str | None) -> None:
    got = collector(text)
    assert (got.value if got is not None else None) == value
