"""Shapes the helpers reported from other areas' sheets, fixed across areas. Invented strings."""

from __future__ import annotations

import pytest

from pipelines.fields.text import _address_line
from tests.pipelines.fields.parsed import field, value


@pytest.mark.parametrize(
    ("text", "locality"),
    [
        # a place, a comma, then the vegetation tropical and British sheets name
        (
            "Exampla ornata Beispiel\nSampleton, dry bushland\nK. Muster 890\n12 May 1965",
            "Sampleton, dry bushland",
        ),
        ("Sampleton, miombo woodland\nK. Muster 890\n12 May 1965", "Sampleton, miombo woodland"),
        (
            "PLANTS OF PERTHSHIRE\nBen Exampla, rocky ledges\n12 July 1921",
            "Ben Exampla, rocky ledges",
        ),
        (
            "Flore du Congo Belge\nSampleton, galerie forestière\n12.III.1935\nleg. K. Muster 1234",
            "Sampleton, galerie forestière",
        ),
        # a vice-county's number in brackets closing the place: neither bracket is the place's
        ("Exampla minor L.\nSampleton [VC59]\n12.vi.1950\nK. Muster", "Sampleton"),
        ("Exampla minor L.\nSampleton (v.c. 59)\n12.vi.1950\nK. Muster", "Sampleton"),
    ],
)
def test_places_with_their_vegetation_or_vice_county(text: str, locality: str) -> None:
    assert value(text, "verbatimLocality") == locality


@pytest.mark.parametrize(
    ("text", "county"),
    [
        # an old Irish county's possessive name before its key, the place after it
        ("IRELAND\nQueen's Co.: Sampleton, bog\n12.vi.1901\nK. Muster", "Queen's"),
        ("King's County: Sampleton\n12.vi.1901\nleg. K. Muster", "King's"),
        ("Kings County: Sampleton\n12.vi.1901\nleg. K. Muster", "Kings"),
    ],
)
def test_a_possessive_county_name(text: str, county: str) -> None:
    assert value(text, "county") == county


def test_a_forestry_series_code_is_the_numbers_not_the_collectors() -> None:
    text = "FLORA OF NIGERIA\nExampla minor L.\nSampleton Forest Reserve\nJ. Beispiel FHI 12345"
    assert value(text) == "J. Beispiel"
    number = field(text, "recordNumber")
    assert number is not None and number.value == "FHI 12345"


@pytest.mark.parametrize(
    ("header", "country"),
    [
        # a museum's postal address: a street's word in lower case, a house number with its comma
        ("MUSEE NATIONAL D'EXEMPLE\n57 rue Sampleton, 75005 Paris, France", "Madagascar"),
        ("MUSEE NATIONAL D'EXEMPLE\n57, rue Sampleton, 75005 Paris", "Madagascar"),
        # a British postcode after a comma, the country after it
        ("ROYAL BOTANIC GARDEN, EXAMPLE\nRichmond, Surrey, TW9 3AB, England", "Madagascar"),
    ],
)
def test_an_institutions_postal_address_names_no_country_of_the_specimen(
    header: str, country: str
) -> None:
    text = (
        f"{header}\n\nExampla minor L.\nMadagascar: Sampleton, forêt\n12.III.1935\nleg. K. Muster"
    )
    got = field(text, "country")
    assert got is not None and got.value == country and got.confidence >= 0.9


@pytest.mark.parametrize(
    "line",
    ["57 rue Sampleton, 75005 Paris, France", "Richmond, Surrey, TW9 3AB, England", "12 via Roma"],
)
def test_address_lines(line: str) -> None:
    assert _address_line(line)


@pytest.mark.parametrize(
    "line", ["Sampleton, in dry woods", "12 km N of Sampleton", "1951 Sampleton"]
)
def test_no_address_lines(line: str) -> None:
    assert not _address_line(line)


@pytest.mark.parametrize(
    ("text", "locality"),
    [
        # an old label's "Hab.": the place's name first, then its site in Latin
        (
            "HERB. HORT. EXEMPL.\nExampla minor L.\nHab. Sampleton Hills, in sylvis\nColl. J. Beispiel",
            "Sampleton Hills, in sylvis",
        ),
        ("Exampla minor L.\nHab. Beeby Hills, ad rupes\nNo. 234", "Beeby Hills, ad rupes"),
    ],
)
def test_an_old_labels_habitat_key_before_a_place_then_its_site(text: str, locality: str) -> None:
    assert value(text, "verbatimLocality") == locality


@pytest.mark.parametrize(
    ("text", "collector"),
    [
        # a second place under a pin's date, the initialled collector under it
        ("Sampleton\nS. Devon\nvii.1902\nExampla Wood\nJ. Beispiel", "J. Beispiel"),
        # a county with its bearing is no initialled name
        ("Sampleton\nE. Kent\n12.vi.1950\nK. Muster", "K. Muster"),
        # a name without initials under the date, nothing under it: still the collector's
        ("Sampleton\n12.vi.1950\nKarl Muster", "Karl Muster"),
    ],
)
def test_a_pins_collector_below_a_second_place(text: str, collector: str) -> None:
    assert value(text) == collector


@pytest.mark.parametrize(
    ("text", "term", "expected"),
    [
        # the year first, with dots or slashes
        ("Sampleton, meadow\n1921.06.15 K. Muster", "eventDate", "1921-06-15"),
        ("Sampleton, meadow\n1921/6/15 K. Muster", "eventDate", "1921-06-15"),
        ("Sampleton, meadow\n1921.15.06 K. Muster", "eventDate", None),
        # the reverend keyed on his own line collects: the date is the collection's
        ("Exampla minor L.\nSampleton\nRev. J. Beispiel, coll.\nJune 1900", "eventDate", "1900-06"),
        ("Exampla minor L.\nSampleton\nRev. J. Beispiel, coll.\nJune 1900", "dateIdentified", None),
        # another collector keyed: the capitalised "Rev." revises
        ("Leg. K. Muster\nRev. J. Beispiel 1980", "dateIdentified", "1980"),
    ],
)
def test_year_first_dates_and_the_reverends_date(
    text: str, term: str, expected: str | None
) -> None:
    assert value(text, term) == expected


def test_a_register_number_is_no_year_first_date() -> None:
    assert value("Sampleton\nReg. 1950.3.12.45\n12.vi.1950", "eventDate") == "1950-06-12"


@pytest.mark.parametrize(
    ("line", "verbatim", "uncertainty"),
    [
        # strokes or stops between a reference's parts, as some recorders' cards print it
        ("Grid ref. TQ/123.456", "TQ/123.456", "71"),
        ("Grid ref. SU/123/456", "SU/123/456", "71"),
        ("GR TQ/1234", "TQ/1234", "707"),
    ],
)
def test_a_grid_reference_with_strokes(line: str, verbatim: str, uncertainty: str) -> None:
    text = f"Exampla minor L.\nSampleton Heath, Surrey\n{line}\n14.7.1962"
    assert value(text, "verbatimCoordinates") == verbatim
    assert value(text, "coordinateUncertaintyInMeters") == uncertainty


def test_a_square_with_figures_after_a_stroke_is_no_bare_square() -> None:
    # easting and northing of unequal length: no reference, and not the 100 km square alone
    text = "Exampla minor L.\nSampleton Heath\nGrid ref. TQ/12.345\n14.7.1962"
    assert value(text, "verbatimCoordinates") is None


@pytest.mark.parametrize(
    ("text", "province"),
    [
        (
            "HERBARIUM MUSEI FENNICI\n\nOK: Sampleby, Exampla, kuivalla kankaalla\n"
            "12.VII.1935 leg. K. Muster",
            "Ostrobottnia kajanensis",
        ),
        (
            "MUSEUM BOTANICUM UNIVERSITATIS HELSINGIENSIS\n\nKS: Sampleby, Exampla\n1935 K. Muster",
            "Regio kuusamoensis",
        ),
        ("PLANTAE FENNICAE\n\nTA: Sampleby, Exampla\n12.VII.1935 K. Muster", "Tavastia australis"),
    ],
)
def test_a_finnish_province_in_capitals_on_a_finnish_sheet(text: str, province: str) -> None:
    # two capitals and a colon are a US state's postal code elsewhere: here Kainuu, not Oklahoma
    assert value(text, "stateProvince") == province
    assert value(text, "country") == "Finland"


def test_a_postal_code_in_capitals_stays_a_us_state_elsewhere() -> None:
    text = "OK: Sampleton, 3 mi N of Exampla\n12 June 1931\nK. Muster 12"
    assert value(text, "stateProvince") == "Oklahoma"


@pytest.mark.parametrize(
    ("text", "locality"),
    [
        (
            "Locus: Sampleby, Exampla, in prato\nDies: 12.VI.1935\nLeg.: K. Muster",
            "Sampleby, Exampla, in prato",
        ),
        ("Paikka: Sampleby, Exampla\nPäivä: 12.6.1935\nKerääjä: K. Muster", "Sampleby, Exampla"),
        ("Leiukoht: Sampleküla, Exampla\nAeg: 12.06.1935\nKogus: K. Muster", "Sampleküla, Exampla"),
    ],
)
def test_a_forms_date_key_in_latin_finnish_or_estonian_ends_the_place(
    text: str, locality: str
) -> None:
    assert value(text, "verbatimLocality") == locality


@pytest.mark.parametrize(
    ("text", "collector"),
    [
        # German and Latin given names cut to five or six letters, as 19th-century labels print
        ("Exemplia vulgaris\nBeispiel Bay\nTHEOD . MUSTER , PH . & M . D .", "THEOD. MUSTER"),
        ("Sampleton\n12.VI.1890\nTheod. Muster", "Theod. Muster"),
        ("Sampleton 1890\nleg. Friedr. Beispiel", "Friedr. Beispiel"),
        ("Sampleton\n1890 Herm. Muster", "Herm. Muster"),
    ],
)
def test_given_names_cut_short_open_the_name(text: str, collector: str) -> None:
    assert value(text, "recordedBy") == collector


def test_a_year_first_date_with_one_digit_parts_before_the_name() -> None:
    # the dates parser reads the whole date, so the name after its day is the collector
    text = "Sampleton, wet meadow\n1921-6-15 K. Muster 123"
    assert value(text, "eventDate") == "1921-06-15"
    assert value(text, "recordedBy") == "K. Muster"
    assert value(text, "recordNumber") == "123"


@pytest.mark.parametrize(
    "text",
    [
        "HERBARIUM MUSEI FENNICI\nLeg.: K. Muster\nDet.: ____\nLocus: Sampleby, Exampla",
        "Flora von Exampeln\nDet. ......\nDie Pflanze wuchs am Bach\nleg. K. Muster 12.6.1901",
        "Date 12 Oct 1957    Det. ______\nLoc. Sampleton, Exampla Co.\nColl. K. Muster 123",
    ],
)
def test_a_forms_determiner_left_blank_names_nobody(text: str) -> None:
    # the line under a blank field is the form's next key or the label's text
    assert field(text, "identifiedBy") is None
    assert field(text, "dateIdentified") is None


def test_a_collectors_key_after_a_county_is_no_misread_state() -> None:
    # "Co. / Coll. K. Muster": "Coll" is one letter from "Colo." but keys the name after it
    text = "Sampleton, Exampla Co.\nColl. K. Muster 123\n12 Oct 1957"
    assert field(text, "stateProvince") is None
    assert value(text, "county") == "Exampla"
    # a state's abbreviation misread there is still read
    assert value("Riverside Co.\nCalf. VI-12-50\nK. Muster", "stateProvince") == "California"


@pytest.mark.parametrize(
    "text",
    [
        # a state's name as the second word of a mountain's or a river's name is no state
        "PROV. GRANADA\nSierra Nevada, Sampleto, 2500 m\n12.V.1950\nleg. K. Muster",
        "Cerro Colorado, Sampleto\n12.V.1950\nleg. K. Muster",
        "In Sierra Nevada de Ejemplo, 3000 m\n12.V.1950",
    ],
)
def test_a_state_inside_a_place_name_is_no_state(text: str) -> None:
    # ("PROV. GRANADA" is Spain's province, read after its type word: not Nevada)
    assert value(text, "stateProvince") in (None, "GRANADA")


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Nevada: Walker Lake Nevada\n12 May 1950", "Nevada"),
        ("Cal.: In Sierra Nevada, Sample Meadow\n12 May 1950", "California"),
        ("On rocks, Sample Creek, Nevada\n12 May 1950", "Nevada"),
    ],
)
def test_a_state_beside_a_place_name_stays(text: str, state: str) -> None:
    assert value(text, "stateProvince") == state


@pytest.mark.parametrize(
    ("text", "collector"),
    [
        # a collector's surname broken by a hyphen at the end of the line under the date
        ("Hedge, Exampla Lane\nAug. 15. 1902.\nG. C. Sample-\nton", "G. C. Sampleton"),
        ("Sampleton, 12.vi.1931\nK. Mus-\nter", "K. Muster"),
    ],
)
def test_a_surname_broken_over_two_lines_by_the_date(text: str, collector: str) -> None:
    assert value(text) == collector


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # a final code's letter read as its twin ("P", "E" for the Field Museum's "F")
        ("FIELD MUSEUM OF NATURAL HISTORY\nV0550021P", "V0550021F"),
        ("FIELD MUSEUM\nC0123456E", "C0123456F"),
    ],
)
def test_a_final_codes_letter_misread_is_repaired_and_doubted(text: str, number: str) -> None:
    got = field(text, "catalogNumber")
    assert got is not None and got.value == number
    assert "ocr_repaired" in got.flags and got.confidence < 0.9


def test_a_final_letter_that_fits_no_code_stays_unread() -> None:
    assert value("Sampleton, hedges\nV0550021Q\n12 Jun 1950", "catalogNumber") is None


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("SCOT.\nPerth\nGlen Sampl\nvii.1908", "United Kingdom"),
        ("PAPUA N.G.\nMt. Exampla\n2600 m\n12.ii.1965", "Papua New Guinea"),
        ("P.N.G.: Morobe Prov.\nSampleton\n1966", "Papua New Guinea"),
        # a journal's abbreviation in title case names no country
        ("Scot. Nat. 1899\nSampleton, by the burn", None),
    ],
)
def test_country_abbreviations_of_pins(text: str, country: str | None) -> None:
    assert value(text, "country") == country


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Rinko: K. Muster   1965 07 12\nSampleton", "1965-07-12"),
        ("Ievāca: K. Muster 1931. g. 8. VII\nSampleton", "1931-07-08"),
        ("Sampleton, hedges\n1905, Jul.\nK. Muster", "1905-07"),
        ("Sampleton\n1891 Mai\nleg. K. Muster", "1891-05"),
        ("Sampleton\n1950 May 12\nK. Muster", "1950-05-12"),
    ],
)
def test_year_first_dates_spaced_with_a_roman_month_or_the_months_name(
    text: str, date: str
) -> None:
    assert value(text, "eventDate") == date


@pytest.mark.parametrize(
    "text",
    [
        "Tirolia: ad Sampljoch\nPrimula exempla\nJul. [illegible] 1873\nleg. K. Muster",
        "Sampleton, on oak bark\nSept. ? 1937\ncoll. A. J. Sampleton",
    ],
)
def test_a_year_beside_a_month_it_could_not_join_is_doubted(text: str) -> None:
    got = field(text, "eventDate")
    assert got is not None and "partial_date" in got.flags and got.confidence < 0.9


def test_an_accession_numbers_year_is_no_collection_year() -> None:
    assert value("LTR 2001.055\n\nSampleton, damp pasture\nK. Muster", "eventDate") is None


@pytest.mark.parametrize(
    ("text", "country", "county"),
    [
        # two compass letters before a county's abbreviation
        (
            "Pastures near Sampleghyll, Upper Exampledale,\nN.W. Yorks.\nSept. 1883",
            "United Kingdom",
            "Yorkshire",
        ),
        # a vice-county's key with its stop read as a comma
        ("SOUTH LANCASHIRE v.c,59\nDune slack, Sampleton\n1959", "United Kingdom", "Lancashire"),
        # the islands off Cornwall name the United Kingdom
        (
            "On rocks, Sampleton Porth, Isles of Scilly\nColl. K. Muster 1895",
            "United Kingdom",
            None,
        ),
    ],
)
def test_british_counties_and_islands_in_ocr_shapes(
    text: str, country: str, county: str | None
) -> None:
    assert (value(text, "country"), value(text, "county")) == (country, county)


@pytest.mark.parametrize(
    "text",
    [
        "ALGAE OF THE COASTS\nRock pools, Sampleness, Fife\nLeg. Miss E. Exemplar  Apr. 14, 1911",
        "Sampleton Wood\nColl. Miss K. M. Muster 12.6.1920",
    ],
)
def test_a_title_before_initials_is_no_states_abbreviation(text: str) -> None:
    assert value(text, "stateProvince") is None
    assert value(text, "country") != "United States"


@pytest.mark.parametrize(
    "text",
    [
        "PLANTAE FENNICAE EXEMPLARES\nKS: SAMPLAMO, EXEMPELVAARA, IN RUPIBUS\n1926 VII 4\n"
        "LEG. K. MUSTER",
        "HERBARIUM MUSEI FENNICI\nOK: SAMPLAMO, EXEMPELI\n12.7.1955\nLEG. K. MUSTER",
    ],
)
def test_a_two_letter_code_alone_on_a_sheet_nothing_says_american_is_doubted(text: str) -> None:
    state = field(text, "stateProvince")
    assert state is None or ("state_code_alone" in state.flags and state.confidence < 0.9)
    country = field(text, "country")
    assert country is None or country.confidence < 0.9


def test_a_two_letter_code_with_its_county_is_the_state() -> None:
    state = field("CA: Exampla Co.\nSample Creek, 3 mi SE Sampleton\nVII-12-1958", "stateProvince")
    assert state is not None and state.value == "California"
    assert "state_code_alone" not in state.flags


def test_an_unnamed_det_on_the_data_label_leaves_a_named_slips_determination_current() -> None:
    """A data label's own "Det.: initials / d.d.: a date" under a name read from its form's
    keys, beside a slip that names the taxon with its determiner and a later date: which name the
    unnamed "Det." signed the sheet does not say, so the slip's stays current (it had given the
    data label's determination of 1953, and no determiner)."""
    text = (
        "NATIONAL HERBARIUM OF SAMPLELAND\nCasuarina exempla L.\nssp. exempla\nDETERMINAVIT\n"
        "KL Muster\n21. I. 1957\n\nCOMM. EX HERBARIO SAMPLENSI\nCollector :\nNo . : 688\n"
        "A . v . Beispiel\ndd.: 25 IX 1951\nFamilia : Casuarinaceae\nGenus : Casuarina\n"
        "Species : exempla L .\n\nDet . : A . v . B . W .\nd . d . : VIII 1953 .\n"
        "Loc . : W of Sampleton"
    )
    assert value(text, "identifiedBy") == "KL Muster"
    assert value(text, "dateIdentified") == "1957-01-21"
    assert value(text, "scientificName") == "Casuarina exempla ssp. exempla"


@pytest.mark.parametrize(
    "header",
    ["PROBEHAM NATURALISTS' FIELD CLUB", "Sampleton Field Club", "Exampleby Naturalists' Club"],
)
def test_a_naturalists_club_is_a_header_not_the_place(header: str) -> None:
    text = f"{header}\nAcc. no. 1928/589\n\nSorbus exempla\n6th September 1892\nK. Muster legit"
    assert value(text, "verbatimLocality") is None


@pytest.mark.parametrize(
    ("text", "county", "doubted"),
    [
        # a county none of the state's: a park's initials, a place, a misread state
        (
            "PLANTS OF NEW YORK\nCarex exempla\nSampleton Co.: woods\nJune 3, 1931",
            "Sampleton",
            True,
        ),
        ("TENNESSEE\nCladonia exempla\nSMNP Co., on rock\n12 May 1950", "SMNP", True),
        # the state's own county, in any case; a slip of one is mended
        ("PLANTS OF NEW YORK\nCarex exempla\nEssex Co.: woods\nJune 3, 1931", "Essex", False),
        ("PLANTS OF NEW YORK\nCarex exempla\nEssez Co.: woods\nJune 3, 1931", "Essex", False),
    ],
)
def test_a_county_none_of_its_states_is_doubted(text: str, county: str, doubted: bool) -> None:
    got = field(text, "county")
    assert got is not None and got.value == county
    assert ("county_not_in_state" in got.flags) is doubted


@pytest.mark.parametrize(
    ("slip", "identified"),
    [
        ("Det.: Carex fictiva Beispiel\nBy: A. Exempel\nDate: 5 March 1968", "1968-03-05"),
        ("Det. Carex fictiva Beispiel\npar A. Exempel\n5 mars 1968", "1968-03-05"),
        ("Det.: Carex fictiva Beispiel\nBy: A. Exempel\n1968", "1968"),
    ],
)
def test_a_slips_by_line_keeps_its_date_the_determinations(slip: str, identified: str) -> None:
    """A form's "By:" line between a slip's det line and its date: the date is the
    determination's, never the collection's (it had been the eventDate at 0.96)."""
    data = "Carex exempla Muster\nSampleton, in pratis\n12.6.1931\nleg. K. Muster"
    assert value(f"{data}\n\n{slip}", "eventDate") == "1931-06-12"
    assert value(f"{data}\n\n{slip}", "dateIdentified") == identified
    assert value(f"Carex exempla Muster\nSampleton\nleg. K. Muster\n\n{slip}", "eventDate") is None
