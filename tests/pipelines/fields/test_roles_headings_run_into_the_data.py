"""An institution's printed heading that the OCR read into the data label's own lines, on invented
sheets of British and continental herbaria: the heading run on into the taxon's name on one line,
its address line run into it, its stops read as commas. The heading is the stamp's; the taxon,
the place and the date under it are the specimen's."""

from __future__ import annotations

import pytest

from pipelines.fields.institution_names import data_after_heading
from pipelines.fields.roles import stamp_columns
from tests.pipelines.fields.parsed import values


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        # an institution's name in capitals, one blank, the taxon
        (
            "HERBARIUM OF SAMPLETON UNIVERSITY Carex exempla L.",
            "HERBARIUM OF SAMPLETON UNIVERSITY",
        ),
        ("PROBEHAM NATURAL HISTORY SOCIETY Juncus effusus L.", "PROBEHAM NATURAL HISTORY SOCIETY"),
        (
            "ROYAL BOTANIC GARDEN MUSTERBURGH Viola exempla Muster",
            "ROYAL BOTANIC GARDEN MUSTERBURGH",
        ),
        ("Herbarium Musei Exemplensis Rosa beispielii Muster", "Herbarium Musei Exemplensis"),
        # a herbarium's heading shortened, its stops kept
        ("HERB. HORT. BOT. REG. SAMPL. Orchis exempla (L.) L.", "HERB. HORT. BOT. REG. SAMPL."),
        # the same as the OCR misread it
        (
            "HERBARIUM 0F THE SAMPLETON MUSEUM Carex probea Muster",
            "HERBARIUM 0F THE SAMPLETON MUSEUM",
        ),
    ],
)
def test_a_heading_run_into_the_taxon_is_the_headings_column(line: str, heading: str) -> None:
    assert [line[a:b] for a, b in stamp_columns(line)] == [heading]


@pytest.mark.parametrize(
    "line",
    [
        # a person's herbarium: left to the people parser, who may take its owner
        "Herb. K. Muster Exampla minor L.",
        "HERB. J. BEISPIEL Carex exempla L.",
        # a German or Latin name's adjectives are no taxon
        "Botanisches Museum Musterstadt",
        "Herbarium generale Musei Exempli",
        # a place named after an institution, a taxon after it: the data label's
        "Museum Road, Sampleton Carex exempla",
        # no institution before the taxon
        "SAMPLETON COMMON Carex exempla L.",
        # a stamp's figures before it
        "Reg. No. 1950-12 Carex exempla L.",
    ],
)
def test_no_heading_column_without_an_institutions_name(line: str) -> None:
    assert stamp_columns(line) == ()


@pytest.mark.parametrize(
    ("text", "name", "place"),
    [
        (
            "PROBEHAM NATURAL HISTORY SOCIETY Juncus exemplus L.\nSampleton, roadside verge\n"
            "16 May 1918\nD. Mockridge",
            "Juncus exemplus",
            "Sampleton, roadside verge",
        ),
        (
            "HERB. HORT. BOT. REG. SAMPL. Orchis mascula (L.) L.\nProbeham, near the church, Devon\n"
            "6 Jan. 1910\nK. Muster",
            "Orchis mascula",
            "Probeham, near the church, Devon",
        ),
        # the heading's address run into the taxon under the heading's name
        (
            "SAMPLETON MUSEUM\nWILLIAM EXAMPLE STREET Silene dioica (L.) Clairv.\n"
            "Testbury, damp woodland, Dorset\nAug. 7, 1951\nJ. Beispiel",
            "Silene dioica",
            "Testbury, damp woodland, Dorset",
        ),
        (
            "PROBEHAM MUSEUM\n12 MUSTER ROAD Viola hirta L.\nCasewick, wet meadow, Kent\n"
            "3 June 1932\nA. Exempel",
            "Viola hirta",
            "Casewick, wet meadow, Kent",
        ),
        # a shortened heading whose stops the OCR read as commas runs on into no list
        (
            "HERB, H0RT,\nBOT SAMPL,\nViola hirta L.\nKent: Exampleford, damp woodland\n3.vii.1939\n"
            "K. Muster",
            "Viola hirta",
            "Kent: Exampleford, damp woodland",
        ),
        # a shortened heading over a place of three parts: no duplicate list under a stamp
        (
            "HERB. HORT. BOT. REG. SAMPL.\nExampla minor L.\nSampleton, near the church, Devon\n"
            "6 Jan. 1910\nD. Mockridge",
            "Exampla minor",
            "Sampleton, near the church, Devon",
        ),
        (
            "HERB. HORT. BOT. EXEMPL.\nProbeham, Sampla Wood, Sussex\n12 June 1902\nK. Muster",
            None,
            "Probeham, Sampla Wood, Sussex",
        ),
    ],
)
def test_the_data_under_a_heading_read_into_it_is_the_specimens(
    text: str, name: str | None, place: str
) -> None:
    got = values(text)
    assert got.get("scientificName") == name
    assert got.get("verbatimLocality") == place


def test_a_duplicate_list_still_runs_on_over_its_lines() -> None:
    got = values(
        "Exampla minor L.\nSampleton, 3.vii.1939, K. Muster\nDupl. sent to: Aville, Beetown,\n"
        "Ceeville, Deeport"
    )
    assert got["verbatimLocality"] == "Sampleton"


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        # a heading in capitals, then the data label's place in small letters after its capital
        (
            "HERBARIUM OF THE UNIVERSITY OF SAMPLETON Dummerton, hedge bank",
            "HERBARIUM OF THE UNIVERSITY OF SAMPLETON",
        ),
        ("PROBEHAM MUSEUM Fictley Moor, old wall", "PROBEHAM MUSEUM"),
        (
            "MUSEUM EXEMPLI NATURAL HISTORY Casewick dunes, Sampleshire",
            "MUSEUM EXEMPLI NATURAL HISTORY",
        ),
    ],
)
def test_a_heading_in_capitals_run_into_the_place_is_the_headings_column(
    line: str, heading: str
) -> None:
    assert [line[a:b] for a, b in stamp_columns(line)] == [heading]


@pytest.mark.parametrize(
    "line",
    [
        # the words after the heading are a stamp's or another institution's: the stamp's whole
        "HERB. HORT. BOT. REG. SAMPL. Distributed 1931",
        "ROYAL BOTANIC GARDEN SAMPLETON Imaged 2015",
        "SAMPLETON MUSEUM Department of Botany",
        # one word in capitals is no heading ("SAMPLETON Carex exempla": a place, a taxon)
        "PROBEHAM Fictley Moor",
    ],
)
def test_no_heading_column_before_a_stamps_words(line: str) -> None:
    assert stamp_columns(line) == ()


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "HERBARIUM OF THE UNIVERSITY OF SAMPLETON Dummerton, hedge bank\nRosa canina L.\n"
            "Aug. 1902\nH. Sampleva",
            "Dummerton, hedge bank",
        ),
        (
            "PROBEHAM MUSEUM Fictley Moor, old wall\nViola hirta L.\n12 May 1921\nK. Muster",
            "Fictley Moor, old wall",
        ),
    ],
)
def test_the_place_after_a_heading_in_capitals_is_the_specimens(text: str, place: str) -> None:
    assert values(text).get("verbatimLocality") == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a society's or an institution's founding under its name: no place, no date
        (
            "PROBEHAM LITERARY AND PHILOSOPHICAL SOCIETY\nFOUNDED 1838\nRanunculus acris L.\n"
            "Dummerton, wet meadows\n20 May 1905\nK. Muster",
            "Dummerton, wet meadows",
        ),
        (
            "SAMPLETON FIELD CLUB\nEstablished 1861\nViola hirta L.\nProbeham, old quarry\n"
            "June 1899\nA. Exempel",
            "Probeham, old quarry",
        ),
        (
            "Société exemplaire de Sampleville\nFondée en 1853\nCarex flacca Schreb.\n"
            "Localité : Bois de Probe, lisière\n12.6.1902\nleg. A. Exempel",
            "Bois de Probe, lisière",
        ),
    ],
)
def test_a_founding_under_a_heading_is_the_institutions(text: str, place: str) -> None:
    got = values(text)
    assert got.get("verbatimLocality") == place
    assert got["eventDate"] not in ("1838", "1861", "1853")


@pytest.mark.parametrize(
    "text",
    [
        # a collection's title cut at a hyphen, its word's remains alone on the next line
        "FLORA OF SAMPLE-\nSHIRE\nViola hirta L.\nK. Muster\n12 May 1921",
        # as the OCR read it, a figure for a letter
        "FLORA 0F SAMPLESH-\nIRE\nViola hirta L.\nK. Muster\n12 May 1921",
        "PLANTS OF EXAMPLE-\nSHIRE.\nCarex exempla L.\nJ. Beispiel\n3 June 1930",
        "LICHENS OF PROBE-\nLAND\nCladonia exempla Muster\nA. Exempel\n4.v.1960",
    ],
)
def test_a_titles_cut_word_is_no_locality(text: str) -> None:
    assert "verbatimLocality" not in values(text)


def test_the_place_under_a_cut_title_is_the_specimens() -> None:
    got = values(
        "PLANTS OF EXAMPLE-\nSHIRE.\nViola hirta L.\nProbeham, hedge bank\nK. Muster\n12 May 1921"
    )
    assert got["verbatimLocality"] == "Probeham, hedge bank"


def test_a_place_cut_at_a_hyphen_under_no_title_is_kept() -> None:
    got = values("Sampleton-\nDORF\nViola hirta L.\nK. Muster\n12 May 1921")
    assert "DORF" in got["verbatimLocality"]


@pytest.mark.parametrize(
    ("line", "data"),
    [
        ("Herbarium Musei Samplensis Carex exempla L.", "Carex exempla L."),
        ("Herbarium Musei Samplensis Ranunculns exemplus L.", "Ranunculns exemplus L."),  # misread
        # the heading's own Latin in a binomial's shape: no genus, no taxon
        ("Herbarium Musei Universitatis Vindobonensis edita", None),
        ("Flora Exsiccata Musei Samplensis Austriaca edita", None),
    ],
)
def test_a_taxon_after_a_heading_has_a_known_genus(line: str, data: str | None) -> None:
    start = data_after_heading(line)
    assert (line[start:] if start is not None else None) == data
