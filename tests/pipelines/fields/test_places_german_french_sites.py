"""A place's name, a comma, then its site on German and French sheets: the site after a
contracted preposition ("Musterdorf, im Buchenwald am Probebach", "Probedorf, am Waldrand"), a
department's name in brackets after the place ("Sampleville (Exemple), rochers calcaires") and a
site of five or six words ("Sampleville, bois humides près du ruisseau") make the line a place's
(invented strings of the shapes German, Austrian, Swiss and French herbaria print)."""

from __future__ import annotations

import pytest

from pipelines.fields import extract_fields, labels_from_text
from pipelines.fields.places.score import place_score


def locality(text: str) -> str | None:
    found = extract_fields(labels_from_text(text)).get("verbatimLocality")
    return found.value if found is not None else None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Flora von Musterland\nAnemone nemorosa L.\nMusterdorf, im Buchenwald am Probebach\n"
            "12.5.1921 leg. K. Muster",
            "Musterdorf, im Buchenwald am Probebach",
        ),
        (
            "Exampla minor L.\nProbedorf, am Waldrand oberhalb der Mühle\n12.5.1921 leg. K. Muster",
            "Probedorf, am Waldrand oberhalb der Mühle",
        ),
        (
            "Exampla minor\nProbstadt, beim Bahnhof auf Schotter\n1.6.1903 J. Beispiel",
            "Probstadt, beim Bahnhof auf Schotter",
        ),
        (
            "Exampla gallica L.\nSampleville (Exemple), rochers calcaires\n12 mai 1902 K. Muster",
            "Sampleville (Exemple), rochers calcaires",
        ),
        (
            "Herbier K. Muster\nExampla gallica L.\nSampleville, bois humides près du ruisseau\n"
            "juin 1889",
            "Sampleville, bois humides près du ruisseau",
        ),
    ],
)
def test_place_then_site(text: str, place: str) -> None:
    assert locality(text) == place


@pytest.mark.parametrize(
    ("text", "placed"),
    [
        ("Musterdorf, im Buchenwald am Probebach", True),
        ("Beispielberg, am Waldrand", True),
        ("Sampleville (Exemple), rochers calcaires", True),
        ("Sampleville, bois humides près du ruisseau", True),
        # a person's name and a note, no place
        ("K. Muster, im Herbst gesammelt", False),
        ("Flowers white, in clusters", False),
    ],
)
def test_place_score(text: str, placed: bool) -> None:
    assert (place_score(text) > 0) == placed
