"""The committed samples agree with their truth file: images exist, barcodes decode to the
catalogue numbers the truth claims."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipelines.barcodes import find_barcodes
from pipelines.fields import labels_from_text, parse_labels
from pipelines.load import load_image
from samples.fonts import covers

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
TRUTH = [json.loads(line) for line in (SAMPLES / "truth.jsonl").read_text().splitlines()]


def test_every_sample_image_has_a_truth_row() -> None:
    images = sorted(p.name for p in SAMPLES.glob("*.jpg"))
    assert images == sorted(Path(row["image"]).name for row in TRUTH)
    assert len(images) >= 6


@pytest.mark.parametrize("row", TRUTH, ids=lambda r: r["id"])
def test_barcodes_decode_to_the_catalogue_number(row: dict[str, object]) -> None:
    image = load_image(SAMPLES / str(row["image"]), max_pixels=10**8)
    values = [b.value for b in find_barcodes(image)]
    fields = row["fields"]
    assert isinstance(fields, dict)
    if values:
        assert fields["catalogNumber"] in values


HISTORIES = [row for row in TRUTH if row.get("identifications")]


def test_a_sample_shows_several_determinations() -> None:
    assert [row["id"] for row in HISTORIES] == ["sample-herb-004"]


@pytest.mark.parametrize("row", HISTORIES, ids=lambda r: r["id"])
def test_expected_history_from_the_transcription(row: dict[str, object]) -> None:
    """The parsers give the history the truth expects, from the labels' text as keyed."""
    expected = row["identifications"]
    assert isinstance(expected, list)
    parsed = parse_labels(labels_from_text(str(row["full_text"])))
    assert len(parsed.identifications) == len(expected)
    got = [
        {t: i.value(t) for t in want}
        for i, want in zip(parsed.identifications, expected, strict=True)
    ]
    assert got == expected
    fields = row["fields"]
    assert isinstance(fields, dict)
    current = next(i for i in parsed.identifications if i.current)
    assert current.value("identifiedBy") == fields["identifiedBy"]
    assert parsed.fields["scientificName"].value == current.value("scientificName")


@pytest.mark.parametrize(
    ("key", "text", "drawn"),
    [
        ("typewriter", "K. Muster 1234", True),
        ("typewriter", "K. Muster & J. Beispiel", False),
        ("typewriter", "12°30' N", False),
        ("serif", "K. Muster & J. Beispiel, 12°30' N", True),
    ],
)
def test_a_face_covers_the_characters_it_draws(key: str, text: str, drawn: bool) -> None:
    assert covers(key, text) is drawn
