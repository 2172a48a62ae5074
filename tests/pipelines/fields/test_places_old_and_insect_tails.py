"""Shapes of colonial, old Latin and insect labels at the locality's edges (invented strings): a
Latin date's "mense" and a collecting method ("at light", "Malaise trap") under the place are not
the place; an old label's "Hab. in ..." names the place; a place under the taxon with its
altitude; and the bugs the package's split found (an "on" habitat with no comma, a month read
in "Junction 12", an indented habitat key, a municipality running over its line)."""

from __future__ import annotations

import pytest

from pipelines.fields import extract_fields, labels_from_text
from pipelines.fields.places.lines import DATE_LINE


def fields(text: str) -> dict[str, str]:
    return {k: v.value for k, v in extract_fields(labels_from_text(text)).items()}


LOCALITY = [
    # the Latin date's month word is the date's, not the place's
    (
        "In pratis humidis prope Exampleburg\nmense Majo 1850\nleg. J. Beispiel",
        "In pratis humidis prope Exampleburg",
    ),
    (
        "Ad ripas fluvii prope Sampleheim mense Junio 1861\nK. Muster",
        "Ad ripas fluvii prope Sampleheim",
    ),
    # how an insect was taken, on the line of its date, is not the place
    ("NIGERIA: Sampleton\nat light, 12.iii.1949\nK. Muster", "NIGERIA: Sampleton"),
    (
        "BRAZIL: Mato Grosso, Beeby Mt. 850 m\nMalaise trap 3-12.ii.1973\nJ. Beispiel",
        "BRAZIL: Mato Grosso, Beeby Mt. 850 m",
    ),
    ("KENYA: Exampleton For.\nm.v. light 4.xi.1962\n(K. Muster)", "KENYA: Exampleton For."),
    # an old label's "Hab. in" and the site in several Latin words before the place's name
    (
        "Hab. in rupibus calcareis montis Sampleberg\nJun. 1890. K. Muster",
        "in rupibus calcareis montis Sampleberg",
    ),
    # a place with its altitude between the taxon and the collector's line, its name made of
    # "Sample" (no sample's note)
    (
        "DUPLICATE EX K\nExampleia sampleana\nSample Hills, 1200 m\nK. Muster 4567\n12 Jan 1970",
        "Sample Hills, 1200 m",
    ),
    (
        "Exampleia sampleana\nSample Valley, 1500 m\nJ. Beispiel 555, 12.ii.1933",
        "Sample Valley, 1500 m",
    ),
    # a keyed locality runs over a line whose number follows a word that only opens like a month
    (
        "Locality: Old road from Sampleton to\nJunction 12\n12 May 1960",
        "Old road from Sampleton to\nJunction 12",
    ),
]


@pytest.mark.parametrize(("text", "expected"), LOCALITY)
def test_locality_edges(text: str, expected: str) -> None:
    assert fields(text).get("verbatimLocality") == expected


@pytest.mark.parametrize(
    "text",
    [
        # a sample's note stays out of the place
        "Exampleia sampleana\nSample for analysis\nK. Muster 789\n14.3.1960",
        "Exampleia sampleana\nSAMPLE NO. 12\nK. Muster 789\n14.3.1960",
    ],
)
def test_sample_note_is_no_place(text: str) -> None:
    assert "Sample" not in (fields(text).get("verbatimLocality") or "")


@pytest.mark.parametrize(
    ("line", "dated"),
    [
        ("Junction 12", False),
        ("Marsh 3 km N of Sampleton", False),
        ("Decatur 4", False),
        ("Mayfield 12", False),
        ("Aug. 12", True),
        ("Sept 1931", True),
        ("Mai 12", True),
        ("12.VI.1931", True),
    ],
)
def test_month_on_a_date_line_is_a_whole_word(line: str, dated: bool) -> None:
    assert (DATE_LINE.search(line) is not None) is dated


def test_method_under_the_place_is_no_habitat() -> None:
    got = fields("ENGLAND: Exampleshire, Sampleton Wood\nbeating oak\n12.v.1951\nJ. Beispiel")
    assert got["verbatimLocality"] == "ENGLAND: Exampleshire, Sampleton Wood"
    assert "habitat" not in got


@pytest.mark.parametrize(
    ("text", "habitat", "place"),
    [
        # the substrate's line without a comma: the habitat runs to the comma before the place
        # read after the substrate, never to the label's end
        (
            "On bark\nOn granite boulders, Exampleton Park\nleg. K. Muster 1950",
            "On bark\nOn granite boulders",
            "Exampleton Park",
        ),
        (
            "On Quercus exempla, Sampleton Park\nleg. K. Muster 1950",
            "On Quercus exempla",
            "Sampleton Park",
        ),
    ],
)
def test_substrate_then_place(text: str, habitat: str, place: str) -> None:
    got = fields(text)
    assert got["habitat"] == habitat
    assert got["verbatimLocality"] == place


@pytest.mark.parametrize("key", ["Habitat: bog", "  Habitat: bog", "\tHabitat: bog"])
def test_indented_habitat_key_keeps_its_value(key: str) -> None:
    got = fields(f"Locality: Sampleton\n{key}\nK. Muster 12")
    assert got["habitat"] == "bog"


@pytest.mark.parametrize(
    ("text", "municipality"),
    [
        ("Municipio de San Lorenzo\nBeeby Road, km 4\nK. Muster 12, 3 Mar 1980", "San Lorenzo"),
        ("Mpio. Exemplo\nSampleton\nK. Muster 12", "Exemplo"),
        ("Municipio de San Juan de la Muestra, 3 km N", "San Juan de la Muestra"),
        ("Município de Rio Exemplo, Fazenda Amostra\nA. Exemplo 12", "Rio Exemplo"),
        ("Município de São José dos Exemplos", "São José dos Exemplos"),
        ("MUNICIPALITY OF SAMPLETON\nBarrio Ejemplo\nA. Exemplo 123", "SAMPLETON"),
        ("MUNICIPIO DE SAN EJEMPLO, Barrio Muestra", "SAN EJEMPLO"),
    ],
)
def test_municipality_stays_on_its_line(text: str, municipality: str) -> None:
    assert fields(text).get("municipality") == municipality


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a district's or a forest reserve's line under a forest department's header is the
        # place, not the department's address
        (
            "FOREST DEPARTMENT, EXAMPLELAND\nExampleton Dist., Sample Reserve\n"
            "Coll. K. Muster No. 567\n12.3.1925",
            "Exampleton Dist., Sample Reserve",
        ),
        # a series' code and number after the state's name is no place
        (
            "Sarawak S. 12345\nKapit Dist., Bukit Sampel, 700 m\nColl. J. Beispiel\n12 March 1970",
            "Kapit Dist., Bukit Sampel, 700 m",
        ),
        (
            "BRUNEI. BRUN 1234\nBelait Dist., Sungai Contoh\n12.iii.1960\nK. Muster",
            "Belait Dist., Sungai Contoh",
        ),
    ],
)
def test_colonial_district_lines(text: str, expected: str) -> None:
    assert fields(text).get("verbatimLocality") == expected


@pytest.mark.parametrize(
    ("text", "habitat"),
    [
        # the host wraps while its line is left open or its genus waits for the epithet
        ("on leaves of\nQuercus exempla\n12.v.1951\nK. Muster", "on leaves of\nQuercus exempla"),
        ("On fls. of\nExemplia\nSampleana L.\n12.v.1951", "On fls. of\nExemplia\nSampleana L."),
        ("on dead twigs\nof Quercus\n12.v.1951", "on dead twigs\nof Quercus"),
        # not into the place nor the collector below it
        (
            "Lichenes exsiccati\nNo. 45\nExampla sampleana\non bark of Quercus\n"
            "Sampleton, Exampleshire\nleg. J. Beispiel",
            "on bark of Quercus",
        ),
        ("On bark, stones or soil, etc.\nSample Lake Trail east of Beeby Lake", None),
    ],
)
def test_on_habitat_wraps_only_while_left_open(text: str, habitat: str | None) -> None:
    got = fields(text).get("habitat")
    if habitat is None:
        assert got is None or "Sample Lake" not in got
    else:
        assert got == habitat


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the division's own line under a keyed locality is the form's next field
        (
            "Localidad: Ejemplo, orilla del río Muestra\nDepto. Muestra\nFecha: 12-IV-1962\n"
            "Colector: A. Exemplo 123",
            "Ejemplo, orilla del río Muestra",
        ),
        ("Loc.: Cerro Ejemplo\nProv. Muestra\nAlt. 2500 m\nLeg. A. Exemplo 456", "Cerro Ejemplo"),
        # not a line going on in lower case, nor a place's name that opens like one
        (
            "Locality: 5 km N of Sampleton,\nnear the Province boundary\nK. Muster 12",
            "5 km N of Sampleton,\nnear the Province boundary",
        ),
        # a Colombian vereda, a Brazilian fazenda: words of place in Spanish and Portuguese
        (
            "Mpio. Muestra: vereda El Ejemplo\nCol. A. Exemplo 456\n12-IV-1962",
            "Mpio. Muestra: vereda El Ejemplo",
        ),
        (
            "Fazenda Amostra, córrego Exemplo\nA. Exemplo 456\n12-IV-1962",
            "Fazenda Amostra, córrego Exemplo",
        ),
    ],
)
def test_latin_american_localities(text: str, expected: str) -> None:
    assert fields(text).get("verbatimLocality") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # how the insect was taken after the place on its line
        ("Sampleton, at m.v. light\n12.v.1951\nK. Muster", "Sampleton"),
        ("Sample Marsh, pitfall trap\n12.v.1951\nK. Muster", "Sample Marsh"),
        ("Sample Heath\nMalaise trap\n12-19.v.1951\nK. Muster", "Sample Heath"),
        # a vice-county's number heading the place's line, as in a keyed locality
        ("v.c. 12, Sample Wood\non Fagus\n12.v.1951", "Sample Wood"),
        # an old label's "Hab." naming a region and a height
        (
            "Herb. Hort. Bot. Exempl.\nExampleia sampleana\nHab. Sikkim Himalaya, alt. 8000 ft.\n"
            "Coll. K. Muster",
            "Sikkim Himalaya, alt. 8000 ft.",
        ),
    ],
)
def test_insect_and_old_sheet_places(text: str, expected: str) -> None:
    assert fields(text).get("verbatimLocality") == expected


def test_lighthouse_is_no_method() -> None:
    got = fields("Sample Lighthouse, Exampleshire\n12.v.1951\nK. Muster")
    assert got.get("verbatimLocality") == "Sample Lighthouse, Exampleshire"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the host the insect was bred from, under the rearing's words, is no place
        ("Ex larva\nQuercus\nSample Wood\n12.v.1951\n\nK. Muster", "Sample Wood"),
        ("bred from\nQuercus robur\nSampleton Common\n12.v.1951", "Sampleton Common"),
        # how it was taken, then the place
        ("at light\nSampleton Common\n12.v.1951\nK. Muster", "Sampleton Common"),
    ],
)
def test_host_under_the_rearing_is_no_place(text: str, expected: str) -> None:
    assert fields(text).get("verbatimLocality") == expected


@pytest.mark.parametrize(
    ("text", "place", "habitat"),
    [
        # a packet's substrate after the place on its line is the habitat; the locality keeps
        # it, as old sheets' keyers do ("Exampleton, on old walls": tests/.../test_old_sheets.py)
        (
            "Bryophyta of Exampleshire\nNo. 12\nExampla sampleana\nSample Wood, on bark of Fraxinus\n"
            "v.c. 12\nK. Muster\n12.iii.1960",
            "Sample Wood, on bark of Fraxinus",
            "on bark of Fraxinus",
        ),
        (
            "Sampleton Park, on old walls\nK. Muster\n12.iii.1960",
            "Sampleton Park, on old walls",
            "on old walls",
        ),
        (
            "Sample Common, on Quercus robur\n12.v.1951\nK. Muster",
            "Sample Common, on Quercus robur",
            "on Quercus robur",
        ),
        # not a road or a place the "on" names
        (
            "Sampleton, on the road to Beeby\n12.v.1951\nK. Muster",
            "Sampleton, on the road to Beeby",
            None,
        ),
        ("Exampleton, on Sample River\n12.v.1951\nK. Muster", "Exampleton, on Sample River", None),
    ],
)
def test_substrate_after_the_place(text: str, place: str, habitat: str | None) -> None:
    got = fields(text)
    assert got["verbatimLocality"] == place
    assert got.get("habitat") == habitat


@pytest.mark.parametrize(
    "text",
    [
        "Lichenes exsiccati\nFasc. 3, No. 45\nExampla sampleana\nK. Muster",
        "Flora Exempli exsiccata\nCent. XII n. 1134\nExampla sampleana\nK. Muster",
        "Musci exsiccati\nSer. 2, Nr. 45\nExampla sampleana\nK. Muster 1890",
    ],
)
def test_exsiccata_numbers_are_no_place(text: str) -> None:
    assert "verbatimLocality" not in fields(text)
