"""Determination slips printed without "det.": the determiners' line and the slip's shape, on
invented strings (what is taken, and what must not be)."""

from __future__ import annotations

import pytest

from pipelines.fields import labels_from_text, parse_labels
from pipelines.fields.dates import date_alone
from pipelines.fields.roles import Role, label_role
from pipelines.fields.slips import signature, unkeyed_slip
from pipelines.fields.text import make_labels


@pytest.mark.parametrize(
    ("line", "persons", "year"),
    [
        ("K. Muster & J. Beispiel (2005)", ["K. Muster", "J. Beispiel"], 2005),
        ("M. Anna Muster & JFA. Beispiel (2005)", ["M. Anna Muster", "JFA. Beispiel"], 2005),
        ("K. Beispiel, 1988", ["K. Beispiel"], 1988),
        ("rev. K. Beispiel, 1988", ["K. Beispiel"], 1988),
        ("conf. K. Muster 1990", ["K. Muster"], 1990),
        ("K. Muster, 12.V.1990", ["K. Muster"], 1990),
        ("J.-P. de Beispiel (3.1999)", ["J.-P. de Beispiel"], 1999),
        ("Karl Muster (1990)", ["Karl Muster"], 1990),
        ("K. Muster et J. Beispiel, 2001", ["K. Muster", "J. Beispiel"], 2001),
        # as transcribers space the marks
        ("J . P . Muster & K. Beispiel ( 2005 )", ["J . P . Muster", "K. Beispiel"], 2005),
        ("K . Muster, 1990", ["K . Muster"], 1990),
        # in Cyrillic letters, "и" joining two persons
        ("И. Иванов, 1975", ["И. Иванов"], 1975),
        ("А. Петрова и И. Иванов (1980)", ["А. Петрова", "И. Иванов"], 1980),
        ("Опр. И. Иванов, 1975", ["И. Иванов"], 1975),
    ],
)
def test_signature_lines(line: str, persons: list[str], year: int) -> None:
    found = signature(line)
    assert found is not None
    assert (found.persons(line), found.year) == (persons, year)


@pytest.mark.parametrize(
    "line",
    [
        "in pratis 1901",
        "Mont Exemple, 1901",  # full words alone and a year: a place as often
        "Karl Muster, 1990",
        "Fundort: Beispieldorf, 1901",
        "Beispielstadt, 1901",
        "Leg. J. Muster, 1901",  # a collector's key
        "K. Muster",  # no year
        "Образцово, 1950",  # a place and a year
        "Собр. И. Иванов, 1950",  # a collector's key
    ],
)
def test_no_signature(line: str) -> None:
    assert signature(line) is None


@pytest.mark.parametrize(
    ("lines", "at"),
    [
        (["Exampla ornata (Muster) Beispiel", "K. Muster & J. Beispiel (2005)"], 1),
        (["Annotation label", "Exampla ornata (Muster) Beisp.", "K. Muster, 1990"], 2),
        (
            [
                "Herb. Mus. Exempli",
                "Exampla ornata (Muster)",
                "Beispiel",
                "K. Muster (2005)",
                "Université de Exemple",
            ],
            3,
        ),
        (["Exampla ornata Muster", "rev. K. Beispiel, 1988"], 1),
        (["Exampla rossica Muster", "И. Иванов, 1975"], 1),
        (["Exampla ornata ( Muster ) Beisp .", "J . P . Muster & K. Beispiel ( 2005 )"], 1),
        # a year after a bare space under a printed slip's heading
        (
            [
                "ANNOTATION LABEL",
                "Exampla ornata Muster",
                "K. Beispiel 1988",
                "EXAMPLE BOTANICAL GARDEN",
            ],
            2,
        ),
    ],
)
def test_unkeyed_slips(lines: list[str], at: int) -> None:
    assert unkeyed_slip(lines) == at


@pytest.mark.parametrize(
    "lines",
    [
        # a data label: a name over its collector and year, a place between them
        ["Exampla ornata L.", "J. Muster 1901"],
        ["Exampla ornata L.", "in pratis", "K. Muster (2005)"],
        ["Exampla ornata L.", "K. Muster, 1901", "in pratis prope Beispielstadt"],
        # a series' title over the name is no slip's heading
        ["Plantae of Examplia", "Exampla ornata (Muster) Beisp.", "K. Muster, 1990"],
        # no author: a phrase, not a printed name
        ["Exampla ornata", "K. Muster, 1990"],
        ["K. Muster & J. Beispiel (2005)"],
        # a year after a bare space without a slip's heading: the collectors' as often
        ["Exampla ornata (Muster) Beisp.", "K. Muster & J. Beispiel 2005", "Herbarium Exempli"],
    ],
)
def test_not_unkeyed_slips(lines: list[str]) -> None:
    assert unkeyed_slip(lines) is None


def test_an_unkeyed_slip_is_a_determination_and_its_name_current() -> None:
    data = "Exampla vulgaris Pers.\nin pratis prope Beispielstadt\n12.6.1901 leg. J. Muster"
    slip = "Exampla ornata (Muster) Beispiel\nK. Muster & J. Beispiel (2005)"
    (label,) = make_labels(labels_from_text(slip))
    assert label_role(label) is Role.determination
    got = parse_labels(labels_from_text(f"{data}\n\n{slip}"))
    values = {t: c.value for t, c in got.fields.items()}
    assert values["scientificName"] == "Exampla ornata"
    assert values["identifiedBy"] == "K. Muster | J. Beispiel"
    assert values["dateIdentified"] == "2005"
    # the slip's year is no collection date, and the data label's name stays in the history
    assert values["eventDate"] == "1901-06-12"
    assert [i.value("scientificName") for i in got.identifications] == [
        "Exampla vulgaris",
        "Exampla ornata",
    ]


@pytest.mark.parametrize(
    ("line", "alone"),
    [
        ("1988", True),
        ("12. v. 1988", True),
        ("Nov. 1988", True),
        ("(3/1988)", True),
        ("in pratis 1988", False),
        ("K. Muster 1988", False),
        ("12. v. 88", False),  # the century is the dates parser's to tell
        ("Date 1988", False),  # a key, not a month
        ("Muster 1988", False),
        ("12 Mai 1988", True),
    ],
)
def test_date_alone(line: str, alone: bool) -> None:
    assert date_alone(line) is alone


DATA = "Exampla vulgaris Pers.\nin pratis prope Beispielstadt\n12.6.1901 leg. J. Muster"


@pytest.mark.parametrize(
    ("slips", "name", "flagged"),
    [
        # a year on the line under "Det." may be another slip's read into the label (a date
        # the segmenter joined): the slip's name is taken on its weight, flagged
        (
            ["ANNOTATION LABEL\nExampla ornata Muster\nDet. K. Beispiel\n1988"],
            "Exampla ornata",
            True,
        ),
        # a dated slip is current over an undated one
        (
            [
                "Exampla ornata (Muster) Beisp.\ndet. K. Beispiel 1988",
                "Exampla minor Muster\ndet. J. Muster",
            ],
            "Exampla ornata",
            False,
        ),
        # the later of two dated slips, whatever their order on the sheet
        (
            [
                "Exampla minor (Muster) Beisp.\nrev. J. Probe (1995)",
                "Herbarium Musei Exempli\nExampla ornata (Muster) Beisp.\nK. Beispiel, 1988",
            ],
            "Exampla minor",
            False,
        ),
        # a type label's name is the basionym: the later determination is current
        (
            [
                "HOLOTYPE\nExampla ornata Muster",
                "Exampla minor (Muster) Beisp.\ndet. K. Beispiel 1988",
            ],
            "Exampla minor",
            False,
        ),
        # two undated names of different taxa: a judgement, flagged
        (["ISOTYPE\nExampla ornata Muster"], "Exampla vulgaris", True),
    ],
)
def test_which_name_is_current(slips: list[str], name: str, flagged: bool) -> None:
    got = parse_labels(labels_from_text("\n\n".join([DATA, *slips]))).fields["scientificName"]
    assert got.value == name
    assert ("several_taxa" in got.flags) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # the older name and the one a "=" line equates it with, just below: one taxon
        (
            "Exampla vulgaris Pers.\n= Exemplaria vulgaris (Pers.) Beisp.\nin pratis\n12.6.1901",
            False,
        ),
        # a "=" name on a slip of its own, another taxon on the data label: still a judgement
        (f"{DATA}\n\nExampla minor Beisp.\n= Exemplaria vulgaris (Pers.) Beisp.", True),
    ],
)
def test_an_equated_name_is_one_taxon_with_the_name_above(text: str, flagged: bool) -> None:
    got = parse_labels(labels_from_text(text)).fields["scientificName"]
    assert got.value == "Exemplaria vulgaris"
    assert ("several_taxa" in got.flags) is flagged


def test_a_forms_heading_over_the_name_leaves_the_determiner_under_it() -> None:
    # "Determinavit:" over the name: the name's words are no determiner's
    got = parse_labels(
        labels_from_text(f"{DATA}\n\nDeterminavit:\nExampla ornata Muster\nK. Beispiel 1988")
    )
    values = {t: c.value for t, c in got.fields.items()}
    assert (values["scientificName"], values["identifiedBy"], values["dateIdentified"]) == (
        "Exampla ornata",
        "K. Beispiel",
        "1988",
    )


@pytest.mark.parametrize(
    ("slip", "flagged"),
    [
        # a slip whose name the OCR misread beyond reading: the label's name may be outdated
        ("E, exem, plaria Knth\ndet K.M. 1988", True),
        ("Exmp1a 1ongifo1ia\nDet. J. Beispiel 2001", True),
        # a confirmation without a name of its own, or a slip whose name is read: no doubt
        ("Det. K. Muster\n1986", False),
        ("Exampla minor Beisp.\ndet. K. Muster 1986", False),
    ],
)
def test_a_slip_whose_name_was_not_read_doubts_the_labels_name(slip: str, flagged: bool) -> None:
    text = "HERBARIUM\nNo. 764\nScientific Name Exampla elongata SW\nLocality Sampleton\nK. MUSTER"
    got = parse_labels(labels_from_text(f"{text}\n\n{slip}")).fields["scientificName"]
    assert ("unread_determination" in got.flags) is flagged
    assert got.value == ("Exampla minor" if "minor" in slip else "Exampla elongata")
