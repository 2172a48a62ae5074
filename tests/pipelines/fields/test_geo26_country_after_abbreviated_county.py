"""A UK place's line closing with its county abbreviated with a full stop and its nation
("Probeham, Yorks., England", "Sampleton, Glos., U.K."): the nation is the country's field and
cut off the locality, as after a county in full ("Probeham, Kent, England"); it had been kept.
A US or a Mexican state's abbreviation before the country keeps it (the postal line keyers give
whole). Invented strings in the shapes labels use."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import reading


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Probeham, Yorks., England\n10th July 1949\nJ. Beispiel", "Probeham, Yorks."),
        ("Musterbury, Oxon., England\n3 May 1931\nK. Muster", "Musterbury, Oxon."),
        ("Probe Fen, Cambs., England.\n1931\nA. Exempel", "Probe Fen, Cambs."),
        ("Sampleton, Glos., U.K.\n1931\nH. Sampleva", "Sampleton, Glos."),
        ("Glen Sample, Perths., Scotland\n1931\nK. Muster", "Glen Sample, Perths."),
    ],
)
def test_the_nation_after_an_abbreviated_county_is_cut(text: str, place: str) -> None:
    got = reading(text, "verbatimLocality")
    assert got is not None and got[0] == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Sampleton, Mass., U.S.A.\n1931\nK. Muster", "Sampleton, Mass., U.S.A."),
        ("Muestla, Chih., Mexico\n1931\nA. Exempel", "Muestla, Chih., Mexico"),
        # a nation's abbreviation closing a pin's line, as its keyers give it
        ("Sampleton,\nKent, ENG.\nVI-12-1950\nK. Muster", "Sampleton,\nKent, ENG."),
    ],
)
def test_an_american_postal_line_stays_whole(text: str, place: str) -> None:
    got = reading(text, "verbatimLocality")
    assert got is not None and got[0] == place
