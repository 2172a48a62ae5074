"""Shapes of the locality: a country's line in capitals (with the OCR's slips) over a region's
and its place, Czech, Polish, Hungarian and transliterated Russian places and their habitats,
a Finnish place under a university's header with its grid square below (invented strings of
real shapes)."""

from __future__ import annotations

import pytest

from pipelines.fields import extract_fields, labels_from_text
from pipelines.fields.places.higher_geography import country_line


def field(text: str, term: str) -> str | None:
    cand = extract_fields(labels_from_text(text)).get(term)
    return None if cand is None else cand.value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the country's line over a region's and its place: the keyer starts at the region
        (
            "INDIA\nKUMA0N: near Sampleton, 2000 m\nAus bus Muster\ncoll. K. Muster No. 412\n"
            "12.v.1931",
            # (the OCR's "0" for an "O" in capitals mended)
            "KUMAON: near Sampleton, 2000 m",
        ),
        (
            "PLANTS OF CHlNA\nCHlNA\nYUNNAN: mountains W of Sampleton, 3000 m\nAus sp.\n"
            "A. Exempel 55\nAug. 1922",
            "YUNNAN: mountains W of Sampleton, 3000 m",
        ),
        (
            "BRAZlL\nMinas Gerais: Serra do Exemplo, near Sampleton\nAus sp.\n"
            "leg. K. Muster 332, 12.III.1978",
            "Minas Gerais: Serra do Exemplo, near Sampleton",
        ),
        (
            "KENYA\nNairobi District: Sampleton Forest, 1700 m\nAus sp.\nA. Exempel 771, 3 Mar 1960",
            "Nairobi District: Sampleton Forest, 1700 m",
        ),
        (
            "NORGE\nHordaland: Sampla herred, Exempelvik, bergvegg\nAus bus (L.) Muster\n"
            "12.8.1931 J. Beispiel",
            "Hordaland: Sampla herred, Exempelvik, bergvegg",
        ),
        (
            "ECUADOR\nPROV. EXAMPLA: CARRETERA A SAMPLETON, KM 12, BOSQUE HUMEDO\nAus sp.\n"
            "K. MUSTER & J. BEISPIEL 4056\n3 MAR 1988",
            "PROV. EXAMPLA: CARRETERA A SAMPLETON, KM 12, BOSQUE HUMEDO",
        ),
        # or over a department's or a province's word opening the line under it
        (
            "BOLIVIA\nDept. Sampla, Prov. Exempla; 3 km al S de Sampleton, orilla del río, 400 m\n"
            "Aus sp.\nleg. A. Exempel 222\n20.VIII.1991",
            "Dept. Sampla, Prov. Exempla; 3 km al S de Sampleton, orilla del río, 400 m",
        ),
        # over the place alone the country's line stays, as an insect's pin gives it
        (
            "MADAGASCAR\nForêt d'Exemple\n800 m\nxi.1958\nK. Muster",
            "MADAGASCAR\nForêt d'Exemple",
        ),
        # Czech, Polish, Hungarian and transliterated Russian words of place
        (
            "FLORA POLSKA\nOkolice Samplowa, las k. Exemplina, bór sosnowy\nAus bus L.\n"
            "12.IV.1961 leg. K. Musterski",
            "Okolice Samplowa, las k. Exemplina, bór sosnowy",
        ),
        (
            "Gub. Samplensk, uezd Exempla, bliz derevni Sampla, v lesu\nAus bus L.\n"
            "12.VII.1912 leg. A. Exempelov",
            "Gub. Samplensk, uezd Exempla, bliz derevni Sampla, v lesu",
        ),
        (
            "Čechy, okolí Exampleova: pod hradem Sampla, nad řekou\nAus bus L.\n"
            "15. 7. 1955 A. Exempel",
            "Čechy, okolí Exampleova: pod hradem Sampla, nad řekou",
        ),
        # a Finnish place under a university's header, its grid square below it: no address
        (
            "Herbarium Universitatis Exemplensis\nAb Sampla, Exempelby\nGrid 27°E 671:24\n"
            "Aus bus L.\n17.VIII.1978 K. Muster",
            "Ab Sampla, Exempelby",
        ),
    ],
)
def test_locality(text: str, expected: str) -> None:
    assert field(text, "verbatimLocality") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gub. Samplensk, uezd Exempla, bliz derevni Sampla, v lesu\nAus bus L.\n"
            "12.VII.1912 leg. A. Exempelov",
            "v lesu",
        ),
        (
            "Sampla mellett, Exempla-hegy, sziklagyep\nAus bus L.\n1931. június 12. J. Beispiel",
            "sziklagyep",
        ),
        (
            "Okolice Samplowa, las k. Exemplina, bór sosnowy\nAus bus L.\n"
            "12.IV.1961 leg. K. Musterski",
            "bór sosnowy",
        ),
    ],
)
def test_habitat_after_the_place(text: str, expected: str) -> None:
    assert field(text, "habitat") == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("INDIA", True),
        ("BRAZlL", True),
        ("CH1NA.", True),
        ("C0LOMBIA", True),
        ("Magyarország", True),
        ("EXAMPL4", False),
        ("Sampleton", False),
        ("Brazil nuts", False),
    ],
)
def test_country_line(line: str, expected: bool) -> None:
    assert country_line(line) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of places left open by its comma goes on with one more place's name
        (
            "Herbarium Musei Exemplensis\nTa: Sampla pit., Exempelä kylä,\n"
            "Esimerkkijärven ranta, lehto\n12.VII.1931 leg. K. Muster\nAus bus L.",
            "Ta: Sampla pit., Exempelä kylä,\nEsimerkkijärven ranta, lehto",
        ),
        # a site's words under it are the habitat's
        (
            "Aus bus L.\nSampleton, Exampla Co.,\nLowland forest\nK. Muster 12\nMay 2, 1930",
            "Sampleton",
        ),
    ],
)
def test_list_left_open(text: str, expected: str) -> None:
    assert field(text, "verbatimLocality") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a county's line in full over the place: the county is a field of its own
        (
            "FLORA OF EXAMPLIA\nExampla County\nSand dunes near Sampleton\nAus bus Raf.\n"
            "K. Muster 12\nJune 1, 1921",
            "Sand dunes near Sampleton",
        ),
        # an insect's pin's county, abbreviated, is given whole
        ("Sample Co.\nExampleton, 4 mi. E\nVI-6-59\nK. Muster", "Sample Co.\nExampleton, 4 mi. E"),
    ],
)
def test_county_line_over_the_place(text: str, expected: str) -> None:
    assert field(text, "verbatimLocality") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the county and its state closing the place's line: fields of their own
        (
            "PLANTS OF EXAMPLIA\nAlong Beeby Creek, 2 mi. S of Exampla, Sampla Co., Ill.\n"
            "Rich woods\nAus bus Beck\nK. Muster 441\nMay 3, 1938",
            "Along Beeby Creek, 2 mi. S of Exampla",
        ),
        # the state's "I" read as an "l"
        (
            "Along Beeby Creek, 2 ml. S of Exampla, Sampla Co., lll.\nAus bus Beck\n"
            "K. Muster 441\nMay 3, 1938",
            "Along Beeby Creek, 2 ml. S of Exampla",
        ),
        # the county's line, then the state's, over the place
        (
            "Exampla County\nMichigan\nSampleton, along Beeby Lake shore\nAus bus Willd.\n"
            "K. Muster 7\nAug 12 1911",
            "Sampleton, along Beeby Lake shore",
        ),
    ],
)
def test_county_and_state_around_the_place(text: str, expected: str) -> None:
    assert field(text, "verbatimLocality") == expected


@pytest.mark.parametrize(
    ("text", "locality", "habitat"),
    [
        # a German site's line under the place, its nouns capitalised ("auf Kalk")
        (
            "Flora von Exemplien\nExampla, Sampleberg\nBuchenwald auf Kalk\n"
            "12.5.1920 leg. K. Muster\nAus bus L.",
            "Exampla, Sampleberg",
            "Buchenwald auf Kalk",
        ),
    ],
)
def test_german_site_line(text: str, locality: str, habitat: str) -> None:
    assert field(text, "verbatimLocality") == locality
    assert field(text, "habitat") == habitat


@pytest.mark.parametrize(
    ("text", "habitat"),
    [
        # the site after the county and state cut off the locality's line
        (
            "Aus bus (L.) Ach.\nSampleton Nat'l. Forest, Exampla Co., Calif. On granite.\n"
            "J. Beispiel 888  Aug 3 1962",
            "On granite",
        ),
        (
            "PLANTS OF EXAMPLIA\nSampleton, Exampla Co., Ill.\n"
            "Prairie remnant along railroad right-of-way\nAus bus L.\nK. Muster 5532\nMay 20, 1940",
            "Prairie remnant along railroad right-of-way",
        ),
    ],
)
def test_site_after_the_county_and_state(text: str, habitat: str) -> None:
    assert field(text, "habitat") == habitat
