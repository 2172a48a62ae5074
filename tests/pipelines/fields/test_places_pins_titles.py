"""Shapes of the locality (invented strings of real shapes): a pinned insect's place
over a collector's key and no date, the museum's own city repeated under its header, a county
and a title's state heading a township line, and the regions of a title outside the block."""

from __future__ import annotations

import pytest

from pipelines.fields import labels_from_text
from pipelines.fields.places import PLACE_UNCUED, locality_candidates
from pipelines.fields.places.higher_geography import only_higher_geography
from pipelines.fields.places.institutions import shortened_museum
from pipelines.fields.places.persons import collector_key_line
from pipelines.fields.text import make_labels
from tests.pipelines.fields.parsed import value

LOCALITIES = [
    # a pin's label of places over the collector's key, no date on it
    ("Mus. Zool. Berol.\n\nExampla\nSampelstadt\nleg. K. Muster", "Exampla\nSampelstadt"),
    ("Exampla\nSampelstadt\nlgt. J. Beispiel\n\nCarabus exemplaris Dej.", "Exampla\nSampelstadt"),
    # a surname and the collector's key after it; a museum's register line closing the places
    ("Mus. Zool. Berol.\nSampla\nExempelberg\nMuster leg.", "Sampla\nExempelberg"),
    ("Sampleton,\nN. Exampla.\nB.M.1931-412.", "Sampleton,\nN. Exampla."),
    # the county and the series' title's state cut off over the township line
    (
        "Plants of Exampla County, Oregon\nSampleton, T 2S R 3E S 14\nwet meadow",
        "Sampleton, T 2S R 3E S 14",
    ),
    (
        "FLORA OF EXEMPLIA\nSample Co.: T45N R6W Sec. 22\nbog margin\nK. Muster 77 Sept. 2 1971",
        "T45N R6W Sec. 22",
    ),
    # the places under a herbarium's header, the list left open by commas: no postal address
    (
        "HERBARIUM MUSEI EXEMPLI\nPohjois-Sampla\nExampla, Sampleby,\nMuster-järvi, länsiranta,\n"
        "kosteikko\nK. Muster 17.7.1960",
        "Pohjois-Sampla\nExampla, Sampleby,\nMuster-järvi, länsiranta,\nkosteikko",
    ),
    # a word broken over the lines under the header, in capitals
    (
        "HERBARIUM UNIVERSITATIS EXEMPLAE\nSAMPOLA, EXAMPLA-\nVAARA, LÄHTEIKKÖ\n2.8.1951 K. MUSTER",
        "SAMPOLA, EXAMPLA-\nVAARA, LÄHTEIKKÖ",
    ),
    # "bei" cut short between two places' names on a pin
    (
        "Zoologische Staatssammlung München\n\nSampelheim b. München\n12.5.1930",
        "Sampelheim b. München",
    ),
    # a state's collection's name shortened on a pin: no place
    ("Zool. Staatssamml.\nSampelsee, Obb.\n12.7.1951", "Sampelsee, Obb."),
    # a growing place's key naming the place, under a series' title after its region's name
    (
        "Eesti taimed\nKasvukoht: Exempla khk., Sampla küla, lodumets\nKogus: J. Beispiel 5.7.1931",
        "Exempla khk., Sampla küla, lodumets",
    ),
    # over a country's name alone
    (
        "EESTI\nKasvukoht: Sampla khk., Exempla küla\n12.7.1930 K. Muster",
        "Sampla khk., Exempla küla",
    ),
    # the country and its province heading the place: fields of their own
    (
        "SVERIGE. Jämtland: Exempelåsen, Sample socken\nfuktig granskog\n1925-07-15 K. Muster",
        "Exempelåsen, Sample socken\nfuktig granskog",
    ),
    (
        "U. S. A., VIRGINIA: Sampla co., Exampla\nState Park.\nOn rock\n12 May 1960",
        "Exampla\nState Park.",
    ),
    # the collector's initials and surname after the place's sentence on its line
    ("Ta: Sampola, Exempelby, niitty. K. Muster\n12.7.1925", "Ta: Sampola, Exempelby, niitty."),
    ("Sampleton, near St. Exampla\n12.7.1925\nK. Muster", "Sampleton, near St. Exampla"),
    # the site's line between the place and its date under a shortened herbarium's name
    (
        "Herb. Mus. Exempl.\nTa\nSampola, Exempelby\nniitty\n5.7.1930 J. Beispiel",
        "Sampola, Exempelby",
    ),
    # figures the OCR read for letters inside the places' names
    ("Ta : Samp0la, Exemp1eby, kuusikko\nl2.7.l93l K. Musler", "Ta: Sampola, Exempleby, kuusikko"),
    # a date the OCR misread under the place ends it
    ("Ta: Sampola, Exemplaby, niitty\nl5.6.l9l2 A. Exempel", "Ta: Sampola, Exemplaby, niitty"),
    # a series' title naming the county over the township: the township is the place
    (
        "THE NEW YORK BOTANICAL GARDEN\nFLORA OF EXAMPLA COUNTY, MINNESOTA\n"
        "T. 123 N., R. 45 W., Sec. 12\nDry prairie hillside\nJuly 12, 1952\nK. Muster 1234",
        "T. 123 N., R. 45 W., Sec. 12",
    ),
    (
        "FLORA OF SAMPLE COUNTY, NORTH DAKOTA\nNW 1/4 Sec. 8, T140N, R78W\nMixed grass prairie\n"
        "J. Beispiel 3456   7 July 1978",
        "NW 1/4 Sec. 8, T140N, R78W",
    ),
    # an insect label's state over the place: keyers give both lines
    ("Muestla\nOaxaca, Mex.\nVII-9-53", "Muestla\nOaxaca, Mex."),
]


@pytest.mark.parametrize(("text", "expected"), LOCALITIES)
def test_locality(text: str, expected: str) -> None:
    assert value(text, "verbatimLocality") == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("leg. K. Muster", True),
        ("leg.", True),
        ("Coll:", True),
        ("K. Muster", False),
        ("Sampelstadt", False),
        ("leg. bei Sampelstadt", False),
    ],
)
def test_collector_key_line(line: str, expected: bool) -> None:
    assert collector_key_line(line) is expected


def test_regions_outside_the_span_are_not_blanked() -> None:
    text = "FLORA OF MICHIGAN\nSample Co.: T45N"
    s = text.index("Sample")
    assert only_higher_geography(text, s, s + len("Sample Co.: "), [(9, 17)])


@pytest.mark.parametrize(
    ("header", "place", "uncued"),
    [
        ("Zoologische Staatssammlung München", "München", True),
        ("ZOOLOGISCHE STAATSSAMMLUNG MUENCHEN", "Muenchen", True),
        ("Zoologische Staatssammlung München", "Sampelheim", False),
        ("Naturhistorisches Museum Wien", "Wien", True),
    ],
)
def test_museum_city_repeated_is_uncued(header: str, place: str, uncued: bool) -> None:
    labs = make_labels(labels_from_text(f"{header}\n\n{place}\n12.5.1930\n\nAphodius exempli"))
    # the sheet's view blanks the header's label: the printed labels say where the museum is
    (found,) = locality_candidates(labs[1:], {}, printed=labs)
    assert found.value == place
    assert (PLACE_UNCUED in found.flags) is uncued
    assert found.confidence <= (0.45 if uncued else 1.0)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Zool. Staatssamml.", True),
        ("Mus. Zool. Berol.", True),
        ("Sampelsee, Obb.", False),
        ("Staatssamml. Sampelstadt", False),
    ],
)
def test_shortened_museum(line: str, expected: bool) -> None:
    assert shortened_museum(line) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the growing place's value: the place, and the site after its last comma the habitat
        ("Kasvukoht: Exempla khk., Sampla küla, lodumets\nKogus: J. Beispiel 5.7.1931", "lodumets"),
        ("Kasvukoht: Exempla küla, niit\nKogus: K. Muster 1.7.1930", "niit"),
        # the value names only places: no habitat
        ("EESTI\nKasvukoht: Sampla khk., Exempla küla\n12.7.1930 K. Muster", None),
    ],
)
def test_growth_site_habitat(text: str, expected: str | None) -> None:
    assert value(text, "habitat") == expected
