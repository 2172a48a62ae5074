"""Shapes of American herbarium sheets and lichen packets read end to end: a
determiner's year before a collecting date written month first, a place's name before a comma
and its site under the county's line, the county and the state's abbreviation heading the
locality, a herbarium's code and number that read as a British grid reference, and a state's
name inside an institution's ("THE NEW YORK ..."). Invented strings in the shapes labels use."""

from __future__ import annotations

import pytest

from pipelines.fields import labels_from_text
from pipelines.fields.coords import coordinate_candidates
from pipelines.fields.dates import find_dates
from pipelines.fields.places.lines import description_start
from pipelines.fields.places.score import place_score
from pipelines.fields.text import make_labels
from tests.pipelines.fields.parsed import field, value

# (text, iso of the day-precise date found): a year before "Month day, year" is not its year
DATES = [
    ("Det. by J. Beispiel 1985\nJune 20, 1956", "1956-06-20"),
    ("K. Muster 1985 June 20 1956", "1956-06-20"),
    ("Det. A. Exemplo 1990\nSept. 3, 1961", "1961-09-03"),
    # still year first where no year follows
    ("1931 Jun. 12", "1931-06-12"),
    ("1931, June 12, K. Muster 45", "1931-06-12"),
    ("1950. június 12.", "1950-06-12"),
]


@pytest.mark.parametrize(("text", "iso"), DATES)
def test_year_before_month_first_date(text: str, iso: str) -> None:
    found = [d for d in find_dates(text) if d.precision == 3]
    assert [d.iso for d in found] == [iso]


def test_determiners_year_is_not_the_collecting_date() -> None:
    sheet = (
        "LICHENS OF NORTH AMERICA\nWisconsin: Exampla County\nSampleton, on granite outcrop.\n"
        "Coll. K. Muster No. 77\nDet. by J. Beispiel 1985\nJune 20, 1956"
    )
    assert value(sheet, "eventDate") == "1956-06-20"


# The place's name before a comma and a site, on the line under the county: the site goes, the
# name stays (keyers give the substrate as the habitat)
NAME_THEN_SITE = [
    (
        "Wisconsin: Exampla County\nSampleton, on granite outcrop.\nColl. K. Muster No. 77",
        "Exampla County\nSampleton",
    ),
    ("Exampla Co.\nSamplefield, on boulders in pasture.\nK. Muster 45", "Exampla Co.\nSamplefield"),
]


@pytest.mark.parametrize(("text", "locality"), NAME_THEN_SITE)
def test_name_before_site_stays(text: str, locality: str) -> None:
    assert value(text, "verbatimLocality") == locality


# What must stay cut: a habitat's line with no name before its comma
def test_habitat_line_without_a_name_goes() -> None:
    text = "Exampla Co.: Sampleton\nSandy banks, near the stream.\nK. Muster 45"
    assert value(text, "verbatimLocality") == "Sampleton"


# The county and the state's abbreviation heading the locality: both are fields of their own
COUNTY_STATE_HEAD = [
    ("Sampla Co., Wis.; Sampleton, on boulders in pasture.\nJ. Beispiel 112", "Sampleton"),
    ("Sampla Co., Wis., Sampleton, on boulders in pasture.\nJ. Beispiel 112", "Sampleton"),
    ("Exampla Co., Tenn.: Sample Bluff, on sandstone.\nK. Muster 45", "Sample Bluff"),
]


@pytest.mark.parametrize(("text", "opening"), COUNTY_STATE_HEAD)
def test_county_and_state_head_dropped(text: str, opening: str) -> None:
    got = value(text, "verbatimLocality")
    assert got is not None and got.startswith(opening)


def test_place_before_state_stays() -> None:
    # a town before its state is the locality's own
    text = "Sampleton, Wis., on boulders in pasture.\nJ. Beispiel 112"
    got = value(text, "verbatimLocality")
    assert got is not None and got.startswith("Sampleton")


# A herbarium's code and number of its printed shape is no British grid reference, even where a
# word of the sheet ("York") names a British county and no other country is read
NOT_GRID = [
    "THE NEW YORK BOTANICAL GARDEN\nFlora of Puerto Axe\nK. Muster 7721\nNY 01987654",
    "THE NEW YORK B\nK BOTANICAL GARDEN\nA. Exemplo 45\nNY 00456321",
    "York\nK. Muster 12\nNY01987654",
]


@pytest.mark.parametrize("text", NOT_GRID)
def test_catalogue_number_is_no_grid_reference(text: str) -> None:
    assert not coordinate_candidates(make_labels(labels_from_text(text)))
    country = field(text, "country")
    assert country is None or country.value != "United Kingdom"


# A grid reference is still read: spaced in its two halves, of six figures, or keyed
GRID = [
    ("Cumberland: Sample Fell\nNY 1234 5678", "NY 1234 5678"),
    ("Cumberland: Sample Fell, NY 123456", "NY 123456"),
    ("Cumberland: Sample Fell\nGrid ref. NY 12345678", "NY 12345678"),
]


@pytest.mark.parametrize(("text", "verbatim"), GRID)
def test_grid_reference_still_read(text: str, verbatim: str) -> None:
    found = coordinate_candidates(make_labels(labels_from_text(text)))
    assert found and found[0].value == verbatim


# A state after "the" names an institution, not the state
def test_state_after_the_is_an_institutions_name() -> None:
    text = "THE NEW YORK B\nK BOTANICAL GARDEN\nPlants collected in Exampla\nK. Muster 3340"
    assert field(text, "stateProvince") is None


def test_state_still_read_elsewhere() -> None:
    assert value("PLANTS OF NEW YORK\nExampla Co.: swamp near Sampleton.", "stateProvince") == (
        "NEW YORK"
    )


# The site after the place's comma, cut off the locality, is the habitat
SITE_AFTER_PLACE = [
    (
        "Wisconsin: Exampla County\nSampleton, on granite outcrop.\nColl. K. Muster No. 77",
        "on granite outcrop",
    ),
    ("Exampla Co.\nSampleton, roadside.\nK. Muster 4", "roadside"),
]


@pytest.mark.parametrize(("text", "habitat"), SITE_AFTER_PLACE)
def test_site_after_place_is_habitat(text: str, habitat: str) -> None:
    assert value(text, "habitat") == habitat


# The plant's description after the place's sentence on one line: the place is the locality
PLACE_THEN_DESCRIPTION = [
    (
        "PLANTS OF EXAMPLIA\nAlong road from Sampleton to Rio Exemplo, Mun. Muestra. Shrub 2 m "
        "tall, flowers white.\nK. Muster 1234",
        "Along road from Sampleton to Rio Exemplo, Mun. Muestra.",
    ),
    (
        "Dept. Exemplo: 5 km W of Villa Muestra. Epiphyte on Quercus.\nK. Muster 12",
        "Dept. Exemplo: 5 km W of Villa Muestra.",
    ),
]


@pytest.mark.parametrize(("text", "locality"), PLACE_THEN_DESCRIPTION)
def test_description_cut_off_the_place(text: str, locality: str) -> None:
    assert value(text, "verbatimLocality") == locality


# Not a description: an abbreviation's full stop before a place's name, a name's word alone
NOT_DESCRIPTION = [
    "Cerro Sampleto, Dept. Flores, 300 m",
    "Along road to Sampleton, Depto. Flores, bosque",
    "Rossia: gub. Exempla, distr. Sample",
    "Sample Creek. Herb",
    "Shrub 2 m, flowers white.",
]


@pytest.mark.parametrize("line", NOT_DESCRIPTION)
def test_no_description_start(line: str) -> None:
    assert description_start(line) is None


# A state's abbreviation with its full stop before the county's name on an insect's label
STATE_THEN_COUNTY = [
    ("CAL. Exampla Co.\nExemplo Lake\nJuly 4, 1966\nK. Muster Collr.", "Exampla"),
    ("TEX. Sampla Co.\n3 mi N Sampleton", "Sampla"),
    ("Tenn. Exampla Co.: Sample Bluff", "Exampla"),
    # not a state's abbreviation: the county's own words
    ("Del Norte Co.\nSampleton", "Del Norte"),
    ("St. Exampla Co.\nSampleton, Mo.", "St. Exampla"),
]


@pytest.mark.parametrize(("text", "county"), STATE_THEN_COUNTY)
def test_state_abbreviation_before_county(text: str, county: str) -> None:
    assert value(text, "county") == county


# A full stop alone before a name, after the key's own or "by": the initial lost to the OCR, the
# name doubted (kept under 0.9)
LOST_INITIAL = [
    ("Exampla Co.: swamp 2 mi. N of Sampleton.\nColl. . Beispiel No. 312", "recordedBy"),
    ("Sampleton, on rock.\nColl. K. Muster 77\nDet. by . Beispiel 1985", "identifiedBy"),
]


@pytest.mark.parametrize(("text", "term"), LOST_INITIAL)
def test_lost_initial_doubted(text: str, term: str) -> None:
    got = field(text, term)
    assert got is not None and got.value == "Beispiel"
    assert "unsure_reading" in got.flags and got.confidence < 0.9


# Not doubted: a text that spaces every full stop, a name with its initial
NOT_LOST = [
    ("12 Februar 1850 Legit . Beispiel", "recordedBy"),
    ("Sampleton\nColl. J. Beispiel No. 312", "recordedBy"),
]


@pytest.mark.parametrize(("text", "term"), NOT_LOST)
def test_no_lost_initial(text: str, term: str) -> None:
    got = field(text, term)
    assert got is not None and "unsure_reading" not in got.flags


# A date under a line is no field number below a name ("Villa Muestra / IV-9-1962" on a pin's
# stacked label: the place's last line, the date, then the collector)
def test_date_below_is_no_number() -> None:
    text = "BAJA CALIF: Sample\nCyn., 12 mi N\nVilla Muestra\nIV-9-1962\nA. Exemplo\nEMEC 808,909"
    assert value(text) == "A. Exemplo"
    assert value(text, "recordNumber") is None


def test_number_below_still_read() -> None:
    assert value("Sampleton\nK. Muster, no.\n7481", "recordNumber") == "7481"


# A site, then "at" or a comma and the place's name, under the county's header: the locality
SITE_AT_PLACE = [
    (
        "FIELD MUSEUM OF NATURAL HISTORY\nBOTANY\nPlants of Lake County, Illinois\n"
        "Sand dunes at Sampleton.\nColl. J. Beispiel\n6-28-1921",
        "Sand dunes at Sampleton.",
    ),
    ("Plants of Exampla\nCarex exempla L.\nWet meadow, Sampleton\nColl. K. Muster", None),
]


@pytest.mark.parametrize(("text", "locality"), SITE_AT_PLACE)
def test_site_at_place(text: str, locality: str | None) -> None:
    expected = locality or text.split("\n")[2]
    assert value(text, "verbatimLocality") == expected


# Not a place: a key and a name after "at", a person after the comma
@pytest.mark.parametrize("text", ["collected at Muster", "Meadows, K. Muster"])
def test_no_site_at_place(text: str) -> None:
    assert place_score(text) == 0


# "Det. 3. Beispiel": the determiner's name on the key's line, its initial read as a figure; the
# barcode's code on the line below is nobody
def test_misread_determiner_not_taken_from_below() -> None:
    text = "Sampleton, on rock.\nDet. 3. Beispiel, 1975\nMIS-L-0123456"
    assert field(text, "identifiedBy") is None


def test_determiner_below_key_still_read() -> None:
    assert value("Sampleton, on rock.\nDet. 1975\nK. Muster", "identifiedBy") == "K. Muster"


# A shape with a mark inside its number ("EMEC ###,###"): the number printed as the shape has it
# where the OCR read the comma as a full stop or a blank, or lost it
@pytest.mark.parametrize("printed", ["EMEC 123.456", "EMEC 123,456", "EMEC 123 456", "EMEC 123456"])
def test_inner_mark_as_the_shape_has_it(printed: str) -> None:
    assert value(f"CAL: Exampla Co.\nK. Muster coll.\n{printed}", "catalogNumber") == (
        "EMEC 123,456"
    )


# Shapes without such a mark keep the number as printed
@pytest.mark.parametrize("printed", ["TENN-L-0012345", "BM000123456"])
def test_other_shapes_as_printed(printed: str) -> None:
    assert value(f"Sampleton\n{printed}", "catalogNumber") == printed
