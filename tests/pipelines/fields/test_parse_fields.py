"""The public stage: whole labels in, one candidate per Darwin Core term out, with evidence."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from models.dwc import Term
from models.geometry import Box
from models.specimen import LabelText, OcrLine
from pipelines.fields import labels_from_text, parse_fields

INSECT = (
    "U.C. Berkeley\nEMEC 609,488\n\n10 km.W.of\nZitacuaro,\nMich.,Mex.\n11 July 1951\n\n"
    "P.D. Hurd\nCollector\n\nCerceris ♀\ncompacta Cr.\nDet.by '58\nH.A.Scullen"
)
LICHEN = (
    "\tThe New York Botanical Garden\n\tLichens of Ohio, U.S.A.\n\n"
    "Polycoccum minutulum Kocourková & F. Berger\non Trapeliopsis placodioides Coppins & James\n\n"
    "Scioto County: Shawnee State Forest, along Pond Lick \n Run N of Forest Road 1, 0.35 mi SW of"
    " SR 125, \n 38°42'20\"N, 83°08'25'W, ca. 190 m; sandstone \n boulders along stream and "
    "adjacent oak woods.\n\n21 May 2006\n\nRichard C. Harris 52766\n\n\tNEW YORK BOTANICAL GARDEN\n"
    "\t01075760\n\n\tCollected on the 15th Tuckerman Workshop"
)
SHEET = (
    "0 1 2 3 4 5 6 7 8 9 10\ncm\tcopyright reserved\t\nThe New York\nBotanical Garden\n\n\n"
    "REVISIONARY STUDIES IN LINDERNIA ALLIONI\n\nLindernia diffusa (L.) Wettst.\n"
    "Det. D. A. Qualls\t15 June 1984\nUniversity of North Carolina, Chapel Hill\n\n\n"
    "THE NEW YORK BOTANICAL GARDEN\nEXPLORATION OF JAMAICA\nConstant Spring to Annatto Bay\n"
    "No. 835\n\nVandellia diffusa L\n\nLawn, Castleton Garden\n\n"
    "N. L. BRITTON, COLLECTOR\tSEPTEMBER 25, 1906\n\n\nNEW YORK BOTANICAL GARDEN\n01334543"
)

EXPECTED = [
    (
        INSECT,
        {
            "catalogNumber": "EMEC 609,488",
            "scientificName": "Cerceris compacta",
            "scientificNameAuthorship": "Cr.",
            "taxonRank": "species",
            "sex": "female",
            "eventDate": "1951-07-11",
            "verbatimEventDate": "11 July 1951",
            "recordedBy": "P.D. Hurd",
            "identifiedBy": "H.A.Scullen",
            "dateIdentified": "1958",
            "country": "Mexico",
            "countryCode": "MX",
            "stateProvince": "Michoacán",
            "verbatimLocality": "10 km.W.of\nZitacuaro,\nMich.,Mex.",
        },
    ),
    (
        LICHEN,
        {
            "catalogNumber": "01075760",
            "scientificName": "Polycoccum minutulum",
            "scientificNameAuthorship": "Kocourková & F. Berger",
            "taxonRank": "species",
            "eventDate": "2006-05-21",
            "verbatimEventDate": "21 May 2006",
            "recordedBy": "Richard C. Harris",
            "recordNumber": "52766",
            "country": "United States",
            "countryCode": "US",
            "stateProvince": "Ohio",
            "county": "Scioto",
            "verbatimCoordinates": "38°42'20\"N, 83°08'25'W",
            "decimalLatitude": "38.70556",
            "decimalLongitude": "-83.14028",
            "verbatimElevation": "ca. 190 m",
            "minimumElevationInMeters": "190",
            "maximumElevationInMeters": "190",
            # the county has its own field
            "verbatimLocality": "Shawnee State Forest, along Pond Lick \n Run N of"
            " Forest Road 1, 0.35 mi SW of SR 125, \n 38°42'20\"N, 83°08'25'W, ca. 190 m",
            # The substrate line is the first habitat statement on a lichen packet.
            "habitat": "on Trapeliopsis placodioides Coppins & James",
        },
    ),
    (
        SHEET,
        {
            "catalogNumber": "01334543",
            "scientificName": "Lindernia diffusa",
            "scientificNameAuthorship": "(L.) Wettst.",
            "taxonRank": "species",
            "eventDate": "1906-09-25",
            "verbatimEventDate": "SEPTEMBER 25, 1906",
            "recordedBy": "N. L. BRITTON",
            "recordNumber": "835",
            "identifiedBy": "D. A. Qualls",
            "dateIdentified": "1984-06-15",
            "country": "JAMAICA",
            "countryCode": "JM",
            "verbatimLocality": "Constant Spring to Annatto Bay",
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), EXPECTED)
def test_whole_labels(text: str, expected: dict[str, str]) -> None:
    got = {k: c.value for k, c in parse_fields(labels_from_text(text)).items()}
    assert got == expected


@pytest.mark.parametrize("text", [t for t, _ in EXPECTED])
def test_evidence_points_at_the_text(text: str) -> None:
    labels = labels_from_text(text)
    by_index = {lab.label: lab for lab in labels}
    for term, cand in parse_fields(labels).items():
        ev = cand.evidence
        assert term == cand.term
        assert term in {t.value for t in Term}
        assert 0.0 <= cand.confidence <= 1.0
        assert ev.label is not None and ev.start is not None and ev.end is not None
        lab = by_index[ev.label]
        assert lab.text[ev.start : ev.end] == ev.text
        assert ev.line is not None and lab.lines[ev.line].text in lab.text
        assert ev.rule


@pytest.mark.parametrize(
    ("text", "catalog"),
    [
        ("U.C. Berkeley\nEMEC 609,488", "EMEC 609,488"),
        ("U.C. Berkeley\nEMEC 609.889\nTopaz Lake,", "EMEC 609.889"),  # the comma read as a dot
        ("EMEC 609.8895", None),
        ("University of Tennessee (TENN)\nTENN-L-0000001", "TENN-L-0000001"),
        ("NEW YORK BOTANICAL GARDEN\n00040685", "00040685"),
        ("\t\tNEW YORK BOTANICAL GARDEN\n\t\t01075785", "01075785"),
        ("NY 01234567", "NY 01234567"),
        ("NCI Sample codes: OCJX-0176-H (LF); 0177-I (RT)", None),
        ("273\nWI", None),
        ("KAV 1986", None),  # initials and a year
        ("FWP-1931", None),
        ("MCZ 2011", None),  # reads as a year too: a 4-digit code is not told from one
        ("MCZ 21011", "MCZ 21011"),
        ("SR 125, 1.7 mi N of Huxford at CR 30", None),
    ],
)
def test_catalog_numbers(text: str, catalog: str | None) -> None:
    got = parse_fields(labels_from_text(text)).get("catalogNumber")
    assert (got.value if got else None) == catalog
    if got is not None:
        assert got.confidence < 0.99  # below a decoded barcode's (which build_record prefers)


def test_labels_from_text_splits_on_blank_lines() -> None:
    labels = labels_from_text("a\nb\n\n \n\nc\n")
    assert [lab.text for lab in labels] == ["a\nb", "c"]
    assert [lab.label for lab in labels] == [0, 1]
    assert all(lab.engine == "text" and lab.confidence == 1.0 for lab in labels)
    assert [w.text for w in labels[0].lines[0].words] == ["a"]


def test_empty_input() -> None:
    assert parse_fields([]) == {}
    assert parse_fields(labels_from_text("")) == {}
    assert parse_fields(labels_from_text("\n\n  \n")) == {}


def _ocr_label(lines: list[tuple[str, float]]) -> LabelText:
    box = Box(x=0, y=0, w=10, h=10)
    return LabelText(
        label=3,
        engine="tesseract",
        lines=[OcrLine(text=t, confidence=c, box=box) for t, c in lines],
    )


def test_ocr_confidence_lowers_field_confidence() -> None:
    sure = parse_fields([_ocr_label([("Palm Canyon", 0.9), ("V-13-1939", 0.95)])])
    unsure = parse_fields([_ocr_label([("Palm Canyon", 0.9), ("V-13-1939", 0.3)])])
    assert sure["eventDate"].value == unsure["eventDate"].value == "1939-05-13"
    assert unsure["eventDate"].confidence < sure["eventDate"].confidence
    assert sure["eventDate"].evidence.label == 3


def test_blank_ocr_lines_keep_offsets_and_line_indexes() -> None:
    label = _ocr_label([("Palm Canyon", 1.0), ("   ", 0.0), ("V-13-1939", 1.0)])
    date = parse_fields([label])["eventDate"]
    assert date.evidence.line == 2
    assert label.text[date.evidence.start or 0 : date.evidence.end] == "V-13-1939"


# the devset sits beside the repository (../shared/devset) on development and CI machines
TRUTH = Path(__file__).resolve().parents[3].parent / "shared" / "devset" / "truth.jsonl"
SCORE = TRUTH.parent / "score.py"


@pytest.mark.slow
@pytest.mark.skipif(not TRUTH.exists(), reason="the devset is not on this machine")
def test_devset_gold_text_scores(tmp_path: Path) -> None:
    """Regression guard on the real labels: the parsers must keep what they reach today."""
    out = tmp_path / "pred.jsonl"
    subprocess.run(
        [sys.executable, "-m", "pipelines.fields.evaluate_text", str(TRUTH), str(out)], check=True
    )
    result = subprocess.run(
        [sys.executable, str(SCORE), str(TRUTH), str(out)],
        check=True,
        capture_output=True,
        text=True,
    )
    scores = json.loads(result.stdout)["all"]
    assert scores["core_field_accuracy"] >= 0.9
    assert scores["high_conf_precision"] >= 0.97
    for term in ("catalogNumber", "eventDate", "recordedBy", "country"):
        assert scores["fields"][term]["precision"] >= 0.95, term
