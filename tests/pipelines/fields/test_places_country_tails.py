"""A place's line that closes with its region and its country after commas ("Probeham, Kent,
England", "Sampleton, New England, U.S.A."): keyers give the country its own field and key the
place before it; a town's name before the country ("..., Rio Sample, Puerto Rico"), a state's
abbreviation (an American pin's or sheet's postal line "Chih., Mexico") and an old province's
or a region's name ("Sampleton, Natal") keep it (invented strings of the shapes British,
European and American sheets print)."""

from __future__ import annotations

import pytest

from pipelines.fields import extract_fields, labels_from_text
from pipelines.fields.places.higher_geography import before_country_tail


def locality(text: str) -> str | None:
    found = extract_fields(labels_from_text(text)).get("verbatimLocality")
    return found.value if found is not None else None


CUT = [
    ("Exampla minor L.\nProbeham, Kent, England\n12 May 1922\nK. Muster", "Probeham, Kent"),
    ("Exampla minor L.\nProbeham, Kent, ENGLAND.\n12 May 1924\nK. Muster", "Probeham, Kent"),
    (
        "Exampla scotica L.\nBeeby, Perthshire, Scotland\nJuly 1899\nJ. Beispiel",
        "Beeby, Perthshire",
    ),
    (
        "Exampla cambrica L.\nSampleton, Merioneth, Wa1es\nJune 1911 A. Exempel",
        "Sampleton, Merioneth",
    ),
    (
        "Herbarium Musterianum\nCarex exempla L.\nSampleton, New England, U.S.A.\nK. Muster 1880",
        "Sampleton, New England",
    ),
    # the region and the country alone on the line under the place's
    (
        "Herbarium Musterianum\nCarex exempla L.\nSampleton,\nNew England, U.S.A.\nK. Muster 1885",
        "Sampleton,\nNew England",
    ),
    (
        "Exampla borealis L.\nSampleton, Ontario, Canada\nJune 12, 1935\ncoll. J. Beispiel",
        "Sampleton, Ontario",
    ),
    (
        "Exampla australis L.\nMusterville, Queensland, Australia\nleg. A. Exempel 3.1911",
        "Musterville, Queensland",
    ),
    (
        "Exampla germanica L.\nMusterdorf, Thüringen, Deutschland\nleg. K. Muster 5.1902",
        "Musterdorf, Thüringen",
    ),
    # the country abbreviated, a nation and its country, Northern Ireland
    ("Exampla minor L.\nSampleton, Kent, U.K.\n12 May 1962 K. Muster", "Sampleton, Kent"),
    (
        "Exampla minor L.\nSampleton, Argyll, Scotland, UK\n12 May 1962 K. Muster",
        "Sampleton, Argyll",
    ),
    (
        "Exampla minor L.\nSampleton, Co. Antrim, N. Ireland\n12 May 1962 K. Muster",
        "Sampleton, Co. Antrim",
    ),
    # an old colony's name for the whole of today's country
    ("Exampla javanica L.\nSampleton, Java, Ned. Indië\nleg. K. Muster 1912", "Sampleton, Java"),
]


@pytest.mark.parametrize(("text", "place"), CUT)
def test_country_after_a_region_is_cut(text: str, place: str) -> None:
    assert locality(text) == place


KEPT = [
    # a town's name before the country, as the US herbaria key it
    (
        "Exampla minor L.\nSample Forest Station, Rio Probo, Puerto Rico\nK. Muster 1234\n"
        "May 3, 1950",
        "Sample Forest Station, Rio Probo, Puerto Rico",
    ),
    # a state's abbreviation before it: an American pin's postal line
    (
        "Exampla minor\n18 mi. W. Sampleton\nChih., Mexico\n14 Jul. 1953\nK. Muster",
        "18 mi. W. Sampleton\nChih., Mexico",
    ),
    # a US or a Mexican state before its country: the American postal line, keyed whole
    ("Exampla minor\nSampleton\nOaxaca, Mex.\nVII-9-53", "Sampleton\nOaxaca, Mex."),
    (
        "Plants of Vermont\nExampla minor L.\nSampleton, Vermont, U.S.A.\nAug. 3, 1901 K. Muster",
        "Sampleton, Vermont, U.S.A.",
    ),
    # an old province, not the country
    ("Exampla minor L.\nSampleton, Natal\nleg. K. Muster 1911", "Sampleton, Natal"),
    # a US state that is a country's name too
    ("Exampla minor L.\nSampleton, Georgia\nK. Muster 1899", "Sampleton, Georgia"),
]


@pytest.mark.parametrize(("text", "place"), KEPT)
def test_country_kept(text: str, place: str) -> None:
    assert locality(text) == place


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("Probeham, Kent, England", "Probeham, Kent"),
        ("Kent, England", "Kent"),
        ("Sampleton, Co. Exampla, Ireland", "Sampleton, Co. Exampla"),
        ("Sampleton, Vt., U.S.A.", "Sampleton, Vt., U.S.A."),
        ("Sampleton, Beeby, England", "Sampleton, Beeby, England"),
        ("Sampleton, Kent, Exampleland", "Sampleton, Kent, Exampleland"),
        ("Sampleton, Kent", "Sampleton, Kent"),
        # the comma between the place and its county lost
        ("Probeham Kent, England", "Probeham Kent"),
        ("Glen Sample PERTHSHIRE, SCOTLAND", "Glen Sample PERTHSHIRE"),
        ("Sampleton Common, England", "Sampleton Common, England"),
    ],
)
def test_before_country_tail(text: str, end: str) -> None:
    assert text[: before_country_tail(text, 0, len(text))] == end
