"""Where a German or European sheet's place ends: a site whose noun German capitalises
("Musterdorf (Kr. Probestadt), feuchte Wiese") still reads as a place's line; the soil's key
under the place ("Boden: Sand", "Sol: calcaire") and how common the plant is, in the labels'
languages ("Häufig.", "Assez commun.", "Sällsynt"), are no part of it (invented strings of the
shapes German, French and Nordic herbaria print)."""

from __future__ import annotations

import pytest

from pipelines.fields import extract_fields, labels_from_text
from pipelines.fields.places.lines import abundance_line


def locality(text: str) -> str | None:
    found = extract_fields(labels_from_text(text)).get("verbatimLocality")
    return found.value if found is not None else None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Exampla minor L.\nMusterdorf (Kr. Probestadt), feuchte Wiese\n12.6.1935 K. Muster",
            "Musterdorf (Kr. Probestadt), feuchte Wiese",
        ),
        (
            "Exampla minor L.\nProbehausen, sonniger Hang\n2.5.1950 J. Beispiel",
            "Probehausen, sonniger Hang",
        ),
        (
            "Herbarium Musterianum\nExampla minor L.\nMusterstadt: Probewald, Lichtung\nBoden: Sand\n"
            "leg. J. Beispiel 3.6.1931",
            "Musterstadt: Probewald, Lichtung",
        ),
        (
            "Herbier K. Muster\nExampla gallica L.\nSampleville, bois de Probe\nSol: calcaire\n"
            "juin 1890",
            "Sampleville, bois de Probe",
        ),
        (
            "Exampla minor L.\nBeispielberg, Kalkfelsen.\nHäufig.\nJuli 1908 J. Beispiel",
            "Beispielberg, Kalkfelsen.",
        ),
        (
            "Exampla minor L.\nBeispielberg, Kalkfelsen. Ziemlich häufig.\nJuli 1908 J. Beispiel",
            "Beispielberg, Kalkfelsen.",
        ),
        (
            "Exampla minor L.\nSampleby, Exempelmyren, tallmosse.\nSällsynt.\n12.7.1931 A. Exempel",
            "Sampleby, Exempelmyren, tallmosse.",
        ),
    ],
)
def test_where_the_place_ends(text: str, place: str) -> None:
    assert locality(text) == place


@pytest.mark.parametrize(
    ("line", "alone"),
    [
        ("Frequent.", True),
        ("Locally common.", True),
        ("Häufig.", True),
        ("Ziemlich häufig", True),
        ("Assez commun.", True),
        ("Tämligen allmän", True),
        ("Commune de Sampleville", False),
        ("Sampleton Common", False),
        ("Rare Hill", False),
    ],
)
def test_abundance_line(line: str, alone: bool) -> None:
    assert abundance_line(line) == alone
