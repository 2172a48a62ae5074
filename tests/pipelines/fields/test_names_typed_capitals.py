"""Names on typed data labels in capitals, and a data label closed by its determiner's line.
Invented strings."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import field, value


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the name on a line of its own among the place's, the date's and the collector's
        (
            "GALIUM EXEMPLI\nSAND DUNES, SAMPLE BAY, ANGLESEY\n23 JUL 1937\nK. MUSTER",
            "Galium exempli",
        ),
        (
            "FLORA OF NORWAY\nNORGE: TROMS, SAMPLEFJORD\nDRABA EKSEMPLA\n11.07.1970\nLEG. K. MUSTER",
            "Draba eksempla",
        ),
        (
            "FLORA OF THAILAND\nCHIANG MAI: DOI EXAMPLA, 1600 M\nARGYREIA BEISPIELII\n19 JAN. 1958",
            "Argyreia beispielii",
        ),
        (
            "CAREX SAMPLETONIAE\nWET MEADOW NEAR EXAMPLA\n4 JUNE 1961\nJ. BEISPIEL 211",
            "Carex sampletoniae",
        ),
        # epithets of the third declension ("-e", "-ens", "-ex")
        (
            "FLORA OF GLAMORGAN\nASPLENIUM EXEMPLIFORME\nWALL OF CASTELL SAMPL\n21.4.1987",
            "Asplenium exempliforme",
        ),
        (
            "CAREX BEISPIELENS\nFEN BY SAMPLETON MERE\n2 JULY 1970\nLEG. K. MUSTER",
            "Carex beispielens",
        ),
        # after its form's key
        (
            "TAXON:      ORCHIS EXEMPLARE\nLOCALITY:   DAMP PASTURE, SAMPLEBY\nDATE:  1985\n"
            "RECORDER:   K. MUSTER",
            "Orchis exemplare",
        ),
        # a genus ending as an English town does is still a genus
        (
            "POTAMOGETON MUSTERI\nCANAL AT SAMPLETON LOCK\n12 JUL 1950\nK. MUSTER",
            "Potamogeton musteri",
        ),
    ],
)
def test_a_name_in_capitals_on_its_own_line(text: str, name: str) -> None:
    assert value(text, "scientificName") == name


@pytest.mark.parametrize(
    "text",
    [
        # places, vegetation and titles in capitals are no names
        "SIERRA NEVADA\nROCKY SLOPES, 2000 M\n12 JUL 1950\nK. MUSTER",
        "NOVA SCOTIA\nHALIFAX CO., SAMPLE LAKE\n12 JUL 1950\nK. MUSTER",
        "BAJA CALIFORNIA\nSAN EXAMPLO, 20 KM S\n12 JUL 1950\nK. MUSTER",
        "SAMPLETON MARSHES\nGB: KENT\n12 JUL 1950\nK. MUSTER",
        "ANNOTATION LABEL\nSAMPLETON, IN WOODS\n12 JUL 1950\nK. MUSTER",
        "MONTE EXAMPLA\nLIMESTONE PAVEMENT\n12 JUL 1950\nK. MUSTER",
        "FLORA OF KENT\nMUSTER HOUSE\nNEAR SAMPLETON\n12 JUL 1950",
        "HEATH\nEXAMPLA CASTLE\nNEAR SAMPLETON\n12 JUL 1950",
        "FIELDS\nSAINTE EXAMPLE\n1950\nK. MUSTER",
    ],
)
def test_capitals_lines_that_are_no_names(text: str) -> None:
    assert value(text, "scientificName") is None


def test_a_zero_read_for_an_o_in_a_name_is_doubted() -> None:
    got = field(
        "P0TAMOGETON MUSTERI\nCANAL AT SAMPLETON LOCK\n12 JUL 1950\nK. MUSTER", "scientificName"
    )
    assert got is not None
    assert got.value == "Potamogeton musteri"
    assert "unsure_reading" in got.flags
    assert got.confidence < 0.9


@pytest.mark.parametrize(
    "text",
    [
        # the determiner's line closes the data label; the place's words above it are no
        # misread determination that would hide the name
        "FLORA OF WALES\nFestuca exempelii\nLimestone cliffs, Sample Head, Caernarvonshire\n"
        "Grid ref. SH 77.83\nDate: 21/5/1974     Collector: M. Muster\nDet. J. Beispiel 1975",
        "Exampla minor\nShingle banks, Sample Point\nAlt. 20 m\nColl. K. Muster 412, 3 May 1962\n"
        "Det. J. Beispiel 1970",
    ],
)
def test_a_data_label_closed_by_its_determiners_line_keeps_its_name(text: str) -> None:
    got = value(text, "scientificName")
    assert got is not None
    assert got.split()[0] in ("Festuca", "Exampla")


def test_a_misread_determination_right_over_its_line_still_counts() -> None:
    # a word pair that reads as no Latin name, right over a dated "det." line on a slip: the
    # current determination, misread; the older name on the data label is not the current one
    text = "Exampla minor L.\nSampleton, 12 May 1950\nK. Muster 12\n\nStachya latifaliz H.B.K.\nDet. J. Beispiel 1987"
    assert value(text, "scientificName") != "Exampla minor"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a determination slip in capitals, its O read as a zero: the name, doubted
        (
            "NEW FOREST\nHANTS.\n21.7.05\nH. EXEMPEL\n\nAPH0DIUS BEISPIELI\nDET. M. MUSTER 1999",
            "Aphodius beispieli",
        ),
        (
            "GB: KENT\nSAMPLETON MARSHES\n3.VIII.1998\n\nCH0RTHIPPUS EXEMPLARIS\n(ZETT.) DET. P. MUSTER",
            "Chorthippus exemplaris",
        ),
    ],
)
def test_a_slip_in_capitals_with_a_zero_for_an_o(text: str, name: str) -> None:
    got = field(text, "scientificName")
    assert got is not None
    assert (got.value, got.confidence < 0.9) == (name, True)


@pytest.mark.parametrize(
    "text",
    [
        # a type's label on an insect's pin, the only name on it, its author and year below
        "Kenya Colony\nMt. Exampla\n1-20.i.1948\nE. Muster\n\nHolotype\nChrysis musteriana\nExempel 1952",
        "Kenya Colony\nMt. Exampla\n1-20.i.1948\nE. Muster\n\nParatype\nChrysis musteriana\nExempel",
    ],
)
def test_a_type_label_alone_names_the_specimen(text: str) -> None:
    assert value(text, "scientificName") == "Chrysis musteriana"


def test_a_type_label_yields_to_a_determination() -> None:
    text = (
        "Kenya Colony\nMt. Exampla\n1-20.i.1948\nE. Muster\n\nHolotype\nChrysis musteriana\n"
        "Exempel 1952\n\nChrysis exemplaris Beispiel\ndet. K. Muster 1990"
    )
    assert value(text, "scientificName") == "Chrysis exemplaris"
