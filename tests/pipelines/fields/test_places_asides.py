"""What an old or European sheet's locality must leave out, and the places it names with no cue:
citations, a herbarium's asides, habitat lines, remark keys; a place alone on its line, flagged.
Invented strings of real shapes."""

from __future__ import annotations

import pytest

from pipelines.fields import extract_fields, labels_from_text
from pipelines.fields.places import PLACE_UNCUED
from pipelines.fields.places.asides import CITATION, aside_line, horizon_line


def _found(text: str, term: str = "verbatimLocality") -> tuple[str | None, list[str]]:
    got = extract_fields(labels_from_text(text)).get(term)
    return (got.value, got.flags) if got is not None else (None, [])


TAKEN = [
    # a bibliographic citation above the place: the place, not the reference
    (
        "123. - AUS BUS DC. Prodr. 7, p. 409;\n"
        "Marais de Sainte - Exempla près de Beispielo ( Corse ) .\nLegit K. Muster.\nMai 1890",
        "Marais de Sainte-Exempla près de Beispielo (Corse).",
    ),
    # the habitat line and a co-collector after "&" under the place
    (
        "Summit of Exempla, Beeby, T.H.\nVery wet mossy cloud-forest.\n& Jonas Muster\n1938",
        "Summit of Exempla, Beeby, T.H.",
    ),
    # "&" before a place's name carries the place on ("entre X / & Y")
    (
        "Aus bus L.\nBase nord du Exempla entre Aville\n& Beeby\n20 Juin 1864",
        "Base nord du Exempla entre Aville\n& Beeby",
    ),
    # a remark key ends a keyed locality
    ("Fundort: Beispiel Höhe: 300 m\nBemerkungen: Am Waldrand\nleg. K. Muster", "Beispiel Höhe: 300 m"),
    ("Locality: Beeby Wood\nRemarks: common\nleg. K. Muster", "Beeby Wood"),
    # a place wrapped over two lines, its height after it
    (
        "Aus bus L.\nSerre-Muster (05) Les\nExemples ~ 1750 m\n17. 8. 1979",
        "Serre-Muster (05) Les\nExemples ~ 1750 m",
    ),
    # a habitat line under the place
    (
        "Aus bus L.\nN.C. EXEMPLA: BEISPIEL. 20 m.\nMaquis sur éboulis schisteux.\n"
        "24 . 04 . 1971",
        "N.C. EXEMPLA: BEISPIEL. 20 m.",
    ),
    # a collector's line with a title and initials above the place
    ("Aus bus L.\nDr. K. L. Beispiel\nBeeby Hill near Aville\n1885", "Beeby Hill near Aville"),
    # a collector's name shortened to its consonants under the place
    ("Aus bus L.\nExempla Beach\nKrth.\n1890", "Exempla Beach"),
    # a series' title heads the label: the place is under the name
    (
        "K. MUSTER. - PLANTES DE L'EXEMPLE ET DU BEISPIEL\nAus bus L.\nBeeby Hill near Aville\n1903",
        "Beeby Hill near Aville",
    ),
    (
        "Mission exemplaire 1911\nAus bus L.\nEXEMPLA ET RÉGION DU LAC BEISPIEL "
        "Aville, Beeby, Ceeton.\n1903",
        "EXEMPLA ET RÉGION DU LAC BEISPIEL Aville, Beeby, Ceeton.",
    ),
    # a key shared with the habitat; a keyed locality stops at a date alone on its line
    ("Aus bus L.\nLocality & Habitat: Beeby Wood, on chalk\n12 May 1950", "Beeby Wood, on chalk"),
    (
        "Aus bus L.\nFundort und Standort: Beispielberg, am Waldrand\n12.6.1901",
        "Beispielberg, am Waldrand",
    ),
    ("Aus bus L.\nLocality Beeby Wood\n1950", "Beeby Wood"),
    # a vice-county heading the keyed locality is a field of its own
    ("Aus bus L.\nLoc.: Exampleshire, v.c. 12, Beeby Wood\nleg. K. Muster", "Beeby Wood"),
    ("Aus bus L.\nLoc.: v.c. 12, Beeby Wood\nleg. K. Muster", "Beeby Wood"),
    ("Aus bus L.\nLoc.: Beeby Wood, v.c. 12, near the church\nleg. K. Muster", "Beeby Wood"),
    # prepositions of place in German and English open a place's line
    ("Aus bus L.\nunweit Beispielstadt\n12.6.1901\nleg. K. Muster", "unweit Beispielstadt"),
    ("FLORA OF EXAMPLESHIRE\nAus bus L.\nBeeby Wood, near Exampleton\n12 May 1950\nK. Muster",
     "Beeby Wood, near Exampleton"),
    # an old label's "Hab." naming the vegetation and the place, when nothing else is a place
    ("Aus bus L.\nHab. in pratis prope Exempla\nleg. K. Muster", "in pratis prope Exempla"),
    # an old English label's "Hab." naming places, no preposition
    ("Aus bus L.\nHab. Beeby Hills, Exampleland\nleg. K. Muster", "Beeby Hills, Exampleland"),
    # a vegetation phrase closing the block is the habitat
    (
        "Plants of Exampleland\nAus bus L.\nAlong Beeby River, 3 mi. SE of Exampleton\n"
        "Sandy banks.\n12 May 1950\nK. Muster 123",
        "Along Beeby River, 3 mi. SE of Exampleton",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), TAKEN)
def test_the_locality_leaves_out_what_is_no_place(text: str, expected: str) -> None:
    assert _found(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "habitat"),
    [
        (
            "Summit of Exempla, Beeby, T.H.\nVery wet mossy cloud-forest.\n& Jonas Muster\n1938",
            "Very wet mossy cloud-forest.",
        ),
        (
            "Aus bus L.\nN.C. EXEMPLA: BEISPIEL. 20 m.\nMaquis sur éboulis schisteux.\n"
            "24 . 04 . 1971",
            "Maquis sur éboulis schisteux.",
        ),
    ],
)
def test_the_line_under_the_place_describing_the_site_is_the_habitat(
    text: str, habitat: str
) -> None:
    assert _found(text, "habitat")[0] == habitat


UNCUED = [
    # a region alone under the plant's name, a country above: the region, not the country
    ("Aus bus L.\nFRANCE\nAus pusilla\nExempla\nJuillet\n\n1830", "Exempla"),
    # under a name with its genus abbreviated
    ("Aus bus Muster\nA. cus Beispiel\nPensylvania\n\nHERBARIUM EXEMPLI", "Pensylvania"),
    # the country alone, a teste's and a number's lines around it
    ("Aus bus L.\nt. Muster\nBrasilia.\nsp. 22.\nleg. K. Muster", "Brasilia."),
    # a name with its country in brackets
    ("Aus bus L.\nExempleville (Sénégal)\n1903", "Exempleville (Sénégal)"),
]


@pytest.mark.parametrize(("text", "expected"), UNCUED)
def test_a_place_with_no_cue_is_taken_flagged(text: str, expected: str) -> None:
    value, flags = _found(text)
    assert value == expected
    assert PLACE_UNCUED in flags


def test_an_uncued_place_stays_below_high_confidence() -> None:
    from pipelines.fields import parse_fields

    got = parse_fields(labels_from_text("Aus bus L.\nFRANCE\nAus pusilla\nExempla\nJuillet"))
    assert got["verbatimLocality"].value == "Exempla"
    assert got["verbatimLocality"].confidence < 0.9


NOT_TAKEN = [
    "Aus bus L.\nCat. p. 185.\n1890",  # a citation alone
    "Aus bus L.\nHab. Sandy banks of rivers\nleg. K. Muster",  # the vegetation, no place
    # an institution's name broken over lines by the OCR, a city's word above it, no country
    "Aus bus L.\n\nEXEMPLA\nBOTONICAL\nCARDEN.\n\nK. Muster\nCollectors, AUG. 31, 1905",
    "Aus bus L.\nRECEIVED Mar., 1879\nNº 2.536",  # a herbarium's acquisition and number
    "Aus bus L.\nK. Muster\nJuillet 1830",  # a person under the name
    "Exemplia\nJuillet 1830\n\nExemplia beispielii Muster",  # a genus alone
    "K. MUSTER. - PLANTES DE L'EXEMPLE ET DU BEISPIEL\nAus bus L.\n1903\nleg. K. Muster",
]


@pytest.mark.parametrize("text", NOT_TAKEN)
def test_no_locality_where_the_label_names_no_place(text: str) -> None:
    assert _found(text)[0] is None


@pytest.mark.parametrize(
    "line",
    [
        "123. - AUS BUS DC. Prodr. 7, p. 409;",
        "G. et G. Fl. Fr. 2, p. 397 ; de Muster, Cat. Exempl., p. 93 ;",
        "Cat. p. 185.",
        "in J. Exempl. ser 3, 4:117 (1912)",
        "in Exempl. Bull. Ser. III: 42 (1977)",
        "Aus bus Muster, Fl. Exempl. 7:123 (1931).",
    ],
)
def test_a_citation_is_recognised(line: str) -> None:
    assert CITATION.search(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Fl. white, in wet meadows",
        "Exempla, 12 Nov. 1885",
        "Fl. 12.VI.1890",
        "Km. 12 road to Exampleton",
        "Beeby Hill, 300 m",
    ],
)
def test_no_citation_in_a_place_or_a_date(line: str) -> None:
    assert CITATION.search(line) is None


@pytest.mark.parametrize(
    ("line", "aside"),
    [
        ("t. Muster", True),
        ("RECEIVED Mar., 1879", True),
        ("Reçu en 1991", True),
        ("Nº 2.536", True),
        ("sp. 22.", True),
        ("& Jonas Muster", True),
        ("& Beeby", False),  # a place's name carrying a line on
        ("T. Muster", False),  # an initial, not "teste"
        ("Received near Beeby Bridge", False),  # a word of place on it
    ],
)
def test_a_herbariums_aside(line: str, aside: bool) -> None:
    assert aside_line(line) is aside


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # two slips of one gathering, each naming another place
        ("Aus bus L.\nAville\nK. Muster\n\nBeeby Harbour\nK. Muster", True),
        # the same place on both
        ("Aus bus L.\nBeeby Isld\nK. Muster\n\nBeeby Is.,\nK. Muster 1904", False),
        # the curator's label under an insect's data label
        ("Hilltop fort\n23. VII. 42\n\nBRITISH ISLES:\nK. Muster Coll.", False),
    ],
)
def test_two_data_labels_naming_two_places_are_flagged(text: str, flagged: bool) -> None:
    from pipelines.fields.places import SEVERAL_PLACES

    assert (SEVERAL_PLACES in _found(text)[1]) is flagged


@pytest.mark.parametrize(
    "line", ["Rev. R. MUSTER.", "Rev . R . MUSTER .", "Dr. K. L. Beispiel", "Père J. Exemple"]
)
def test_a_collector_with_a_title_and_initials_is_a_persons_line(line: str) -> None:
    from pipelines.fields.places.line_kinds import line_kind

    assert line_kind(line, claimed=False) == "skip"


@pytest.mark.parametrize(
    "text",
    [
        # an expedition's surnames and field number under the place end its data label's place
        "Exampla vulgaris\nExample Khola, 2800 m\nMuster, Beispiel & Exemplo 1234\n14.x.1954",
        "Exampla vulgaris\nExample Khola, 2800 m\nMuster 1234\n14.x.1954",
        "Exampla vulgaris\nExample Khola, 2800 m\n14.x.1954   Muster & Beispiel 1234",
    ],
)
def test_a_teams_numbered_line_is_no_part_of_the_place(text: str) -> None:
    got = extract_fields(labels_from_text(text))["verbatimLocality"]
    assert got.value == "Example Khola, 2800 m"


@pytest.mark.parametrize(
    "text",
    [
        # a museum's name abbreviated is an institution's line, no place
        "Mus. Paris\nExempleville\nJuin 1890\nM. Muster",
        "Coll. Mus. Exemplia\nExempleville\n1937\nDr. K. Muster",
    ],
)
def test_an_abbreviated_museum_is_no_place(text: str) -> None:
    got = extract_fields(labels_from_text(text)).get("verbatimLocality")
    assert got is None or "Mus." not in got.value


@pytest.mark.parametrize(
    ("text", "place", "habitat"),
    [
        # a lichen's substrate, then where it grew: the place after the substrate's comma
        (
            "LICHENS OF EXAMPLE\nExampla rupestris (Ach.) Muster\nOn Pinus exemplaris, Example Bay\n"
            "K. Muster 123  May 4, 1970",
            "Example Bay",
            "On Pinus exemplaris",
        ),
        (
            "Examplaria rupestris\nOn granite boulders, Example State Park, Sample Co.\n"
            "Coll. K. Muster No. 789   Apr. 4, 1978",
            # (the county closing it cut off: a field of its own)
            "Example State Park",
            "On granite boulders",
        ),
        # no capitalised word after the comma: the whole line is the habitat, no place
        ("Exampla rupestris\nOn rocks, in shade\nK. Muster 123", None, "On rocks, in shade"),
    ],
)
def test_a_place_after_the_substrate(text: str, place: str | None, habitat: str) -> None:
    got = extract_fields(labels_from_text(text))
    loc = got.get("verbatimLocality")
    assert (loc.value if loc is not None else None) == place
    assert got["habitat"].value == habitat


def test_a_bureaus_series_line_is_no_part_of_the_place() -> None:
    text = (
        "PLANTS OF THE PHILIPPINES\nExampla luzonica Muster\n"
        "Luzon, Example Prov., Mt. Samplo, 1500 m\nBureau of Science 12345\nK. Muster   March 1912"
    )
    got = extract_fields(labels_from_text(text))["verbatimLocality"]
    assert got.value == "Luzon, Example Prov., Mt. Samplo, 1500 m"


# a fossil's horizon with its bed's colour or rock, or a stage of the chart, is no place; a town
# named like a series ("Ludlow") and a place with a colour's word are places
@pytest.mark.parametrize(
    ("line", "horizon"),
    [
        ("Blue Lias, Hettangian", True),
        ("Coal Measures, Lower Westphalian", True),
        ("Red Crag, Pliocene", True),
        ("Grey Marls, Wealden", True),
        ("Ludlow", False),
        ("Sampleton, Red Hill", False),
        ("Blue Mountains", False),
    ],
)
def test_a_horizons_line_with_its_beds_colour(line: str, horizon: bool) -> None:
    assert horizon_line(line) is horizon


def test_a_long_line_is_no_horizon() -> None:
    assert horizon_line("Lias " * 40) is False
