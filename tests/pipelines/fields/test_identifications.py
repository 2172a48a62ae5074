"""The identification history: every determination on the sheet, on invented labels of the shapes
determination slips take (a slip under the data label, "conf." and "rev." slips, annotation and
type labels, a printed form's "Det." row)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.fields import CONFIRMATION, CURRENT, SUPERSEDED, Identification
from pipelines.fields import Parsed, labels_from_text, parse_fields, parse_labels
from pipelines.fields.identifications import remark_cue

DATA = "Exemplia sampleana (L.) Bl.\nLoc. Musterdorf, near the mill\n12 May 1931\nleg. K. Muster"


def parse(*labels: str) -> Parsed:
    return parse_labels(labels_from_text("\n\n".join(labels)))


def rows(parsed: Parsed, *terms: str) -> list[tuple[str, ...]]:
    return [tuple(i.value(t) for t in terms) for i in parsed.identifications]


def status(ident: Identification) -> str:
    return ident.value("identificationVerificationStatus")


NAME, WHO, WHEN, REMARK, STATUS = (
    "scientificName",
    "identifiedBy",
    "dateIdentified",
    "identificationRemarks",
    "identificationVerificationStatus",
)


def test_data_label_then_determination_then_confirmation() -> None:
    got = parse(DATA, "Exemplia probata Beisp.\ndet. A. Beispiel 1962", "conf. B. Probe 1990")
    assert rows(got, NAME, WHO, WHEN, REMARK, STATUS) == [
        ("Exemplia sampleana", "", "", "", SUPERSEDED),
        ("Exemplia probata", "A. Beispiel", "1962", "", CURRENT),
        ("Exemplia probata", "B. Probe", "1990", "conf.", CONFIRMATION),
    ]
    confirmation = got.identifications[2]
    # the confirmation prints no name: it takes the one it confirms, and says so
    assert confirmation.fields[NAME].flags == ["name_of_confirmed"]
    assert confirmation.fields[REMARK].evidence.text == "conf."
    # the record carries the current determination: one place decides
    assert (got.fields[NAME].value, got.fields[WHO].value, got.fields[WHEN].value) == (
        "Exemplia probata",
        "A. Beispiel",
        "1962",
    )
    for ident in got.identifications:
        assert all(0.0 <= c.confidence <= 1.0 for c in ident.fields.values())
        assert all(c.evidence.role in ("data", "determination") for c in ident.fields.values())


def test_a_confirmation_of_an_older_determination_leaves_the_older_current() -> None:
    got = parse(
        DATA,
        "Exemplia probata Beisp.\ndet. A. Beispiel 1962",
        "Exemplia probata Beisp.\nconf. B. Probe 1990",
    )
    assert rows(got, WHO, WHEN, REMARK, STATUS) == [
        ("", "", "", SUPERSEDED),
        ("A. Beispiel", "1962", "", CURRENT),
        ("B. Probe", "1990", "conf.", CONFIRMATION),
    ]
    assert got.identifications[1].fields[STATUS].evidence.rule == "identification.confirmed_older"
    assert (got.fields[WHO].value, got.fields[WHEN].value) == ("A. Beispiel", "1962")


def test_the_latest_dated_determination_is_current_whatever_the_order_of_the_slips() -> None:
    got = parse(
        "Exemplia rara Muster\nrev. C. Revisor 1999",
        DATA,
        "Exemplia probata Beisp.\ndet. A. Beispiel 1962",
    )
    assert rows(got, NAME, WHEN, REMARK, STATUS) == [
        ("Exemplia sampleana", "", "", SUPERSEDED),
        ("Exemplia probata", "1962", "", SUPERSEDED),
        ("Exemplia rara", "1999", "rev.", CURRENT),
    ]
    assert not any(c.flags for i in got.identifications for c in [i.fields[STATUS]])
    assert got.fields[NAME].value == "Exemplia rara"


def test_undated_slips_make_the_order_uncertain() -> None:
    got = parse(
        DATA, "Exemplia cf. probata\ndet. A. Beispiel", "Exemplia rara Muster\nrev. B. Probe"
    )
    statuses = [i.fields[STATUS] for i in got.identifications]
    assert all(s.flags == ["order_uncertain"] for s in statuses)
    assert all(s.confidence < 0.9 for s in statuses)
    assert [s.value for s in statuses].count(CURRENT) == 1
    assert rows(got, NAME, "identificationQualifier", REMARK) == [
        ("Exemplia sampleana", "", ""),
        ("Exemplia probata", "cf.", ""),
        ("Exemplia rara", "", "rev."),
    ]


def test_an_annotation_label_and_a_type_label() -> None:
    annotated = parse("ANNOTATION LABEL\nExemplia rara Muster\ndet. K. Muster 1975", DATA)
    assert rows(annotated, NAME, REMARK, STATUS) == [
        ("Exemplia sampleana", "", SUPERSEDED),
        ("Exemplia rara", "annot.", CURRENT),
    ]
    typed = parse(
        "HOLOTYPE\nExemplia rara Muster\ndet. K. Muster 1975",
        "Loc. Musterdorf, 3 km N\n12 May 1931\nleg. K. Muster",
    )
    assert rows(typed, NAME, WHO, WHEN, "typeStatus", STATUS) == [
        ("Exemplia rara", "K. Muster", "1975", "holotype", CURRENT)
    ]
    assert typed.identifications[0].fields[STATUS].evidence.rule == "identification.only"
    assert typed.identifications[0].fields[STATUS].confidence == 0.9


def test_a_printed_forms_det_row_determines_the_forms_name() -> None:
    form = (
        "FLORA EXEMPLARICA\nExemplia sampleana Bl.\nProv. Musterland\nLoc. Musterdorf\n"
        "Coll. K. Muster\nAlt. 300 m\nDet. vidi A. Beispiel    Date 3 June 1950"
    )
    got = parse(form)
    assert rows(got, NAME, WHO, REMARK, STATUS) == [
        ("Exemplia sampleana", "A. Beispiel", "conf.", CURRENT)
    ]
    assert got.fields[WHO].value == "A. Beispiel"


@pytest.mark.parametrize(
    ("labels", "names"),
    [
        # a host plant on an insect's data label, printed without an author: no determination
        (
            (
                "Musterdorf, 3 km N\n12.v.1931\nleg. K. Muster\nex Planta exemplaris",
                "Bombus probatus\ndet. K. Beispiel 1961",
            ),
            ["Bombus probatus"],
        ),
        # a country in capitals on a label of its own is no name
        (
            (
                "PUERTO RICO",
                "Loc. Musterdorf\nleg. K. Muster 12",
                "Exemplia sampleana Bl.\ndet. A. Beispiel 1962",
            ),
            ["Exemplia sampleana"],
        ),
        # a name and the one it is equated with are one determination (the core takes the
        # name equated)
        (
            ("Exemplia sampleana Bl.\n= Exemplia probata Beisp.\ndet. A. Beispiel 1962",),
            ["Exemplia probata"],
        ),
    ],
)
def test_what_is_no_determination(labels: tuple[str, ...], names: list[str]) -> None:
    got = parse(*labels)
    assert [i.value(NAME) for i in got.identifications] == names
    assert status(got.identifications[-1]) == CURRENT


def test_no_name_no_history() -> None:
    got = parse("Loc. Musterdorf\n12 May 1931\nleg. K. Muster", "conf. B. Probe 1990")
    assert got.identifications == []
    assert parse("").identifications == []


def test_parse_fields_is_parse_labels_fields() -> None:
    labels = labels_from_text(DATA + "\n\nExemplia probata Beisp.\ndet. A. Beispiel 1962")
    assert parse_fields(labels) == parse_labels(labels).fields


@pytest.mark.parametrize(
    ("line", "remark"),
    [
        ("conf. K. Muster 1990", "conf."),
        ("Conf.: K. Muster", "conf."),
        ("confirmed by K. Muster", "conf."),
        ("vidi A. Beispiel 1985", "conf."),
        ("Vidit K. Muster", "conf."),
        ("bestätigt K. Muster 1931", "conf."),
        ("confirmé par K. Muster", "conf."),
        ("rev. K. Muster 2001", "rev."),
        ("Revised by K. Muster", "rev."),
        ("redet. K. Muster 12.iv.1977", "rev."),
        ("revidit K. Muster", "rev."),
        ("Révision : K. Muster", "rev."),
        ("ANNOTATION LABEL", "annot."),
        ("Annot. K. Muster", "annot."),
        # not a remark: the Latin "compare" before an epithet, a reverend, a plain determination
        ("Exemplia conf. sampleana", None),
        ("Rev. K. Muster", None),
        ("det. K. Muster 1962", None),
        ("Revolution Road 12", None),
        ("confluence of two brooks", None),
    ],
)
def test_remark_cues(line: str, remark: str | None) -> None:
    found = remark_cue(line)
    assert (found[0] if found else None) == remark


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "det.",
                "conf.",
                "rev.",
                "Exemplia",
                "sampleana",
                "Bl.",
                "K.",
                "Muster",
                "1962",
                "\n",
                "\n\n",
                "vidi",
                "HOLOTYPE",
            ]
        ),
        max_size=30,
    )
)
def test_never_raises_and_one_current(words: list[str]) -> None:
    got = parse_labels(labels_from_text(" ".join(words)))
    assert [status(i) for i in got.identifications].count(CURRENT) == (
        1 if got.identifications else 0
    )


@pytest.mark.parametrize(
    ("dets", "current"),
    [
        # determinations signed one under another below one name: the latest is current
        ("Det. K. Muster 1990\nDet. J. Beispiel 2005", ("J. Beispiel", "2005")),
        ("Det. J. Beispiel 2005\nDet. K. Muster 1990", ("J. Beispiel", "2005")),
        # a confirmation leaves the determination it confirms current
        ("Det. K. Muster 1990\nConf. J. Beispiel 2005", ("K. Muster", "1990")),
    ],
)
def test_stacked_determinations_under_one_name(dets: str, current: tuple[str, str]) -> None:
    got = parse_fields(
        labels_from_text(
            f"Exempla ornata Muster\n{dets}\n\nSample Hill, 3 May 1950\nleg. A. Exemplo 45"
        )
    )
    assert (got["identifiedBy"].value, got["dateIdentified"].value) == current
    assert got["scientificName"].value == "Exempla ornata"


@pytest.mark.parametrize(
    ("slip", "date"),
    [
        # the confirmation's year is not the determination's
        ("Exampla minor L.\ndet. J. Beispiel\nconf. A. Exemplo 1999", ""),
        ("Exampla minor L.\ndet. J. Beispiel\nrev. A. Exemplo 1999", ""),
        # a date alone under the determiner is theirs
        ("Exampla minor L.\ndet. J. Beispiel\n12.v.1990", "1990-05-12"),
    ],
)
def test_a_determinations_date_is_not_the_next_ones(slip: str, date: str) -> None:
    history = parse(DATA, slip).identifications
    beispiel = next(i for i in history if i.value(WHO) == "J. Beispiel")
    assert beispiel.value(WHEN) == date
