"""The Finnish uniform grid (YKJ, EPSG:2393) squares of Finnish labels, on invented strings."""

from __future__ import annotations

import pytest

from pipelines.fields.survey import YKJ, uniform_lat_lon, uniform_square
from tests.pipelines.fields.parsed import fields


# (northing, easting, south-west corner north and east, side)
@pytest.mark.parametrize(
    ("north", "east", "corner", "size"),
    [
        ("668", "33", (6_680_000, 3_330_000), 10_000),
        ("668", "333", (6_680_000, 3_330_000), 10_000),
        ("6683", "3334", (6_683_000, 3_334_000), 1_000),
        ("6683", "334", (6_683_000, 3_334_000), 1_000),
        ("66834", "33345", (6_683_400, 3_334_500), 100),
        ("7012", "3456", (7_012_000, 3_456_000), 1_000),
    ],
)
def test_square(north: str, east: str, corner: tuple[int, int], size: int) -> None:
    sq = uniform_square(north, east)
    assert sq is not None and (sq.northing, sq.easting) == corner and sq.size == size


@pytest.mark.parametrize(("north", "east"), [("5683", "3334"), ("6683", "2534"), ("668", "3")])
def test_no_square(north: str, east: str) -> None:
    assert uniform_square(north, east) is None


def test_helsinki_square() -> None:
    # the 10 km square 667:338 holds the centre of Helsinki (60.17 N, 24.94 E)
    sq = uniform_square("667", "38")
    assert sq is not None
    lat, lon = uniform_lat_lon(sq)
    assert abs(lat - 60.17) < 0.06 and abs(lon - 24.94) < 0.1


@pytest.mark.parametrize(
    ("text", "verbatim", "uncertainty"),
    [
        ("Finland, Ta: Sampola\nGrid 27°E 668:33\n12.VII.1935", "Grid 27°E 668:33", "7071"),
        ("Suomi, Kn: Näytekylä\nYKJ 7012:3456\nleg. K. Muster", "YKJ 7012:3456", "707"),
        ("Ab, Esimerkki\nYht. 6683:334, 3.6.1962", "Yht. 6683:334", "707"),
        ("Ok: Esimerkki\nGrid 27 E: 700:45", "Grid 27 E: 700:45", "7071"),
    ],
)
def test_on_label(text: str, verbatim: str, uncertainty: str) -> None:
    got = fields(text)
    assert got["verbatimCoordinates"].value == verbatim
    assert got["verbatimCoordinateSystem"].value == YKJ
    assert got["coordinateUncertaintyInMeters"].value == uncertainty


@pytest.mark.parametrize(
    "text",
    [
        "No. 668:33\nleg. K. Muster",  # no key
        "Herb. 6683:3334",
        "YKJ 5683:3334",  # south of Finland
        "KKJ 6683:2534",  # another zone of KKJ
        "Grid 27°E 668:33:12",
    ],
)
def test_not_a_square(text: str) -> None:
    assert "verbatimCoordinates" not in fields(text)


# A longitude written O: Ost/Oost (east) in German and Dutch, Ouest/Oeste (west) in French,
# Spanish and Portuguese. (text, longitude, or None where only the verbatim may be given)
@pytest.mark.parametrize(
    ("text", "lon"),
    [
        ("Deutschland, Bayern\n48°10'N 11°30'O\n12.VII.1935", "11.50000"),
        ("Nederland, Gelderland\n52°05' N, 5°40' O", "5.66667"),
        ("Österreich, Tirol\n47°15' N, 11°24' O", "11.40000"),
        ("Fundort: bei Beispielsdorf\n48°10'N 11°30'O", "11.50000"),
        ("France, Bretagne\n48°10'N 3°30'O", "-3.50000"),
        ("España, 40°25'N 3°42'O", "-3.70000"),
        ("Brasil\n12°30'S 45°20'O", "-45.33333"),
        ("Haute-Volta\nLat. 12°30' N, Long. 1°20' O", "-1.33333"),
        ("48°10'N 11°30'O\nleg. K. Muster", None),
    ],
)
def test_longitude_written_o(text: str, lon: str | None) -> None:
    got = fields(text)
    assert "verbatimCoordinates" in got
    if lon is None:
        assert "decimalLongitude" not in got
    else:
        assert got["decimalLongitude"].value == lon
