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
    "U.C. Riverside\nUCRC 412,077\n\n14 km.S.of\nCuanajito,\nMich.,Mex.\n23 June 1953\n\n"
    "R.T. Vance\nCollector\n\nPhilanthus ♀\nbarbatus Bx.\nDet.by '57\nK.L.Marsden"
)
LICHEN = (
    "\tThe Vermont Botanic Garden\n\tLichens of Iowa, U.S.A.\n\n"
    "Muellerella parvula Horáková & K. Ohlsen\non Lecanora fictiva Brandt & Moser\n\n"
    "Hardin County: Pine Ridge State Park, along Sample Lick \n Run S of Park Road 5, 0.35 mi NE of"
    " SR 175, \n 42°21'15\"N, 93°14'40'W, ca. 330 m; sandstone \n ledges above brook and "
    "adjoining maple woods.\n\n14 June 2004\n\nEdwin R. Pierson 40318\n\n\tVERMONT BOTANIC GARDEN\n"
    "\t02217463\n\n\tCollected on the 9th Exampla Lichen Foray"
)
SHEET = (
    "0 1 2 3 4 5 6 7 8 9\ncm\tcopyright protected\t\nThe Vermont\nBotanic Garden\n\n\n"
    "REVISIONARY STUDIES IN STEMODIA L.\n\nStemodia parviflora (L.) Hollb.\n"
    "Det. K. R. Lowe\t11 May 1982\nUniversity of Oregon, Lakeside\n\n\n"
    "THE VERMONT BOTANICAL GARDEN\nEXPLORATION OF BARBADOS\nRiverhead Spring to Mallard Bay\n"
    "No. 612\n\nCapraria parviflora L\n\nLawn, Hillcrest Garden\n\n"
    "N. L. HARTMAN, COLLECTOR\tOCTOBER 17, 1908\n\n\nVERMONT BOTANICAL GARDEN\n02481937"
)

EXPECTED = [
    (
        INSECT,
        {
            "catalogNumber": "UCRC 412,077",
            "scientificName": "Philanthus barbatus",
            "scientificNameAuthorship": "Bx.",
            "taxonRank": "species",
            "sex": "female",
            "eventDate": "1953-06-23",
            "verbatimEventDate": "23 June 1953",
            "recordedBy": "R.T. Vance",
            "identifiedBy": "K.L.Marsden",
            "dateIdentified": "1957",
            "country": "Mexico",
            "countryCode": "MX",
            "stateProvince": "Michoacán",
            "verbatimLocality": "14 km.S.of\nCuanajito,\nMich.,Mex.",
        },
    ),
    (
        LICHEN,
        {
            "catalogNumber": "02217463",
            "scientificName": "Muellerella parvula",
            "scientificNameAuthorship": "Horáková & K. Ohlsen",
            "taxonRank": "species",
            "eventDate": "2004-06-14",
            "verbatimEventDate": "14 June 2004",
            "recordedBy": "Edwin R. Pierson",
            "recordNumber": "40318",
            "country": "United States",
            "countryCode": "US",
            "stateProvince": "Iowa",
            "county": "Hardin",
            "verbatimCoordinates": "42°21'15\"N, 93°14'40'W",
            "decimalLatitude": "42.35417",
            "decimalLongitude": "-93.24444",
            "verbatimElevation": "ca. 330 m",
            "minimumElevationInMeters": "330",
            "maximumElevationInMeters": "330",
            # the county has its own field
            "verbatimLocality": "Pine Ridge State Park, along Sample Lick \n Run S of"
            " Park Road 5, 0.35 mi NE of SR 175, \n 42°21'15\"N, 93°14'40'W, ca. 330 m",
            # The substrate line is the first habitat statement on a lichen packet.
            "habitat": "on Lecanora fictiva Brandt & Moser",
        },
    ),
    (
        SHEET,
        {
            "catalogNumber": "02481937",
            "scientificName": "Stemodia parviflora",
            "scientificNameAuthorship": "(L.) Hollb.",
            "taxonRank": "species",
            "eventDate": "1908-10-17",
            "verbatimEventDate": "OCTOBER 17, 1908",
            "recordedBy": "N. L. HARTMAN",
            "recordNumber": "612",
            "identifiedBy": "K. R. Lowe",
            "dateIdentified": "1982-05-11",
            "country": "BARBADOS",
            "countryCode": "BB",
            "verbatimLocality": "Riverhead Spring to Mallard Bay",
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
        ("U.C. Riverside\nUCRC 412,077", "UCRC 412,077"),
        ("U.C. Riverside\nUCRC 412.719\nSilver Lake,", "UCRC 412.719"),  # the comma read as a dot
        ("UCRC 412.7193", None),
        ("University of Oklahoma (OKLA)\nOKLA-L-0002318", "OKLA-L-0002318"),
        ("LAKESIDE BOTANICAL GARDEN\n00052917", "00052917"),
        ("\t\tLAKESIDE BOTANICAL GARDEN\n\t\t01128406", "01128406"),
        ("NY 01234567", "NY 01234567"),
        ("Sample codes (NCI): PQRT-0243-K (LF); 0244-M (RT)", None),
        ("273\nWI", None),
        ("RMB 1984", None),  # initials and a year
        ("KRW-1936", None),
        ("MCZ 2011", None),  # reads as a year too: a 4-digit code is not told from one
        ("MCZ 21011", "MCZ 21011"),
        ("SR 175, 2.3 mi N of Elmdale at CR 41", None),
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
    sure = parse_fields([_ocr_label([("Sage Canyon", 0.9), ("V-17-1942", 0.95)])])
    unsure = parse_fields([_ocr_label([("Sage Canyon", 0.9), ("V-17-1942", 0.3)])])
    assert sure["eventDate"].value == unsure["eventDate"].value == "1942-05-17"
    assert unsure["eventDate"].confidence < sure["eventDate"].confidence
    assert sure["eventDate"].evidence.label == 3


def test_blank_ocr_lines_keep_offsets_and_line_indexes() -> None:
    label = _ocr_label([("Sage Canyon", 1.0), ("   ", 0.0), ("V-17-1942", 1.0)])
    date = parse_fields([label])["eventDate"]
    assert date.evidence.line == 2
    assert label.text[date.evidence.start or 0 : date.evidence.end] == "V-17-1942"


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
