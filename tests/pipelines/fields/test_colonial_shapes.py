"""Shapes of the labels UK herbaria and museums hold from elsewhere: colonial and tropical
sheets, Latin American labels in Spanish and Portuguese, 19th-century Latin and exsiccata labels,
Himalayan expedition labels and pinned insects' small labels. Dates, catalogue numbers, regions
and elevations; invented strings in the shapes labels use."""

from __future__ import annotations

import pytest

from pipelines.fields import extract_fields, labels_from_text
from pipelines.fields.catalog import find_catalog_numbers
from pipelines.fields.coords import elevation_candidates
from pipelines.fields.dates import find_dates, label_dates
from pipelines.fields.text import make_labels


def _value(text: str, term: str) -> str | None:
    c = extract_fields(labels_from_text(text)).get(term)
    return c.value if c else None


def _collection_dates(text: str) -> list[str]:
    spans = label_dates(make_labels(labels_from_text(text)))
    return [sp.date.iso for sp in spans if sp.score > 0 and not sp.det]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # a collector's number ending the line above a month's date is no day of it
        ("Coll. A. Exemplo 7\nIV.1962", "1962-04"),
        ("leg. A. Exemplo 12\nXI-1950", "1950-11"),
        ("leg. K. Muster 12\nMay 1950", "1950-05"),
        ("K. Muster 3\n12.v.1925", "1925-05-12"),
        # on one line the day is the date's
        ("Sampleton, 7 IV 1962", "1962-04-07"),
        ("Sampleton, 12 May 1950", "1950-05-12"),
        ("12-IV-1962", "1962-04-12"),
        ("4.xi.1932", "1932-11-04"),
    ],
)
def test_a_day_is_not_read_across_a_line_break(text: str, iso: str) -> None:
    assert _collection_dates(text)[:1] == [iso]


@pytest.mark.parametrize(
    "text",
    [
        "Exsiccata No. 1903\nHab. in silvis",
        "Iter Exemplicum No. 1862",
        "Wall. Cat. 1850\nNepal",
        "Herb. Exempli Nr. 1921",
        "Lichenes exsiccati n° 1899",
        "Sheet 1921",
        "Musci exsiccati # 1903",
    ],
)
def test_a_numbered_entry_is_no_year(text: str) -> None:
    assert _collection_dates(text) == []


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Exsiccata No. 123\nSampleton, 1903", "1903"),
        ("Anno 1903", "1903"),
        ("Sampleton 1850", "1850"),
        ("Nr. 1903\nAug. 1890", "1890-08"),
    ],
)
def test_a_year_beside_a_number_still_counts(text: str, iso: str) -> None:
    assert _collection_dates(text)[:1] == [iso]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Oct. 1898 - Mar. 1899", "1898-10/1899-03"),
        ("Oct. 1898 to Mar. 1899", "1898-10/1899-03"),
        ("VI.1950 - VIII.1950", "1950-06/1950-08"),
        ("3.V.1950 - 5.V.1950", "1950-05-03/1950-05-05"),
    ],
)
def test_a_run_of_months_is_one_interval(text: str, iso: str) -> None:
    assert [d.iso for d in find_dates(text)] == [iso]


@pytest.mark.parametrize(
    "text",
    [
        "Mar. 1899 - Oct. 1898",  # backwards
        "May 1950 - May 1952",  # longer than a year: two visits
        "Jun. 1850\nJul. 1850",  # no dash between them
    ],
)
def test_months_not_joined(text: str) -> None:
    assert len(find_dates(text)) == 2


@pytest.mark.parametrize(
    ("text", "verbatim", "metres"),
    [
        ("1500 m s.n.m.", "1500 m s.n.m.", "1500"),
        ("alt. 2300 m.s.n.m.", "2300 m.s.n.m.", "2300"),
        ("3000-3500 msnm", "3000-3500 msnm", "3000"),
        ("Sampleton, 3000 msnm", "3000 msnm", "3000"),
        ("ca. 800 m snm", "ca. 800 m snm", "800"),
        ("1200 m s.l.m.", "1200 m s.l.m.", "1200"),
        ("Am Exempelberg, 650 m ü. M.", "650 m ü. M.", "650"),
        ("500 m NN", "500 m NN", "500"),
        ("300 m n.p.m.", "300 m n.p.m.", "300"),
        ("2000 m a.s.l.", "2000 m a.s.l.", "2000"),
        # the keyed and the feet shapes as before
        ("Alt. 10,000 ft.", "10,000 ft.", "3048"),
        ("Sampleton, 6500-7000 ft.", "6500-7000 ft.", "1981"),
    ],
)
def test_metres_above_the_sea(text: str, verbatim: str, metres: str) -> None:
    found = {c.term: c.value for c in elevation_candidates(make_labels(labels_from_text(text)))}
    assert found.get("verbatimElevation") == verbatim
    assert found.get("minimumElevationInMeters") == metres


@pytest.mark.parametrize("text", ["12 mm", "5 km al N de Exemplo", "1500 m sobre el río"])
def test_no_sea_level_elevation(text: str) -> None:
    found = {c.term: c.value for c in elevation_candidates(make_labels(labels_from_text(text)))}
    assert "verbatimElevation" not in found


@pytest.mark.parametrize(
    "text",
    ["SFN 12345", "Malaya, Pahang\nSFN 12345", "NGF 23456", "BSIP 1234", "FRI 12345"],
)
def test_a_field_number_series_is_no_catalogue_number(text: str) -> None:
    assert find_catalog_numbers(make_labels(labels_from_text(text))) == []


def test_a_barcode_beside_a_field_number_series() -> None:
    found = find_catalog_numbers(make_labels(labels_from_text("SFN 12345\nK000123456")))
    assert [c.value for c in found] == ["K000123456"]


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("BRASIL: Est. Paraná, Mun. Sampleton", "Paraná"),
        ("Venezuela, Edo. Mérida\nSampleton, 3000 msnm", "Mérida"),
        ("Colombia, Depto. Antioquia, Mpio. Sampleton", "Antioquia"),
        ("Paraguay, Dpto. Cordillera", "Cordillera"),
    ],
)
def test_latin_american_states_after_their_type_words(text: str, state: str) -> None:
    assert _value(text, "stateProvince") == state


@pytest.mark.parametrize(
    "text",
    [
        # Latin "Flor." (flowering) is no abbreviation of Florida
        "Flor. mense Junio\nFruct. mense Septembri 1849",
        "Flor. albis\nHab. in pratis",
    ],
)
def test_latin_flor_is_no_state(text: str) -> None:
    assert _value(text, "stateProvince") is None
    assert _value(text, "country") is None


@pytest.mark.parametrize(
    ("text", "country", "state"),
    [
        # British India's provinces and regions wholly in today's India
        ("Madras Presidency, Sampleton", "India", None),
        ("Coorg: Sampleton", "India", "Karnataka"),
        ("Orissa: Sampleton", "India", "Odisha"),
        ("Andaman Islands", "India", "Andaman and Nicobar Islands"),
        ("Nilgiris: Sampleton", "India", "Tamil Nadu"),
        # British Burma's divisions, the Malay States, the old NWFP
        ("Shan States: Sampleton", "Myanmar", "Shan"),
        ("Tenasserim: Sampleton", "Myanmar", None),
        ("Johore: Sampleton", "Malaysia", "Johor"),
        ("Negri Sembilan, Sampleton", "Malaysia", "Negeri Sembilan"),
        ("N.W.F.P.: Sampleton", "Pakistan", "Khyber Pakhtunkhwa"),
        # China's provinces in the older and the French romanisations
        ("Hopei: Sampleton", "China", "Hebei"),
        ("Se-tchuen: Sampleton", "China", "Sichuan"),
        ("Kouy-tcheou", "China", "Guizhou"),
        ("S.W. Africa: Sampleton", "Namibia", None),
        ("Loo Choo: Sampleton", "Japan", None),
    ],
)
def test_colonial_regions(text: str, country: str, state: str | None) -> None:
    assert _value(text, "country") == country
    assert _value(text, "stateProvince") == state


@pytest.mark.parametrize(
    "text",
    [
        # split since: never one country
        "Bengal Presidency\nSampleton Dist.",
        "Punjab: Sampleton",
        "Kashmir: Sampleton",
        "Straits Settlements: Sampleton",
        "Indo-China: Sampleton",
    ],
)
def test_split_regions_name_no_country(text: str) -> None:
    assert _value(text, "country") is None


@pytest.mark.parametrize(
    "text",
    ["June, 1923, F.N.C.", "Sampleton\nJune 1923 (F.N.C.)", "K.S.C. 1234", "leg. A.N.C. Muster"],
)
def test_initials_are_no_state(text: str) -> None:
    assert _value(text, "stateProvince") is None
    assert _value(text, "country") is None


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Wake Co.N.C.", "North Carolina"),
        ("Wake Co., N.C.", "North Carolina"),
        ("Durham,N.C.", "North Carolina"),
        ("Exampleton, S.C., 1950", "South Carolina"),
    ],
)
def test_state_abbreviations_still_read(text: str, state: str) -> None:
    assert _value(text, "stateProvince") == state


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # Spanish and Portuguese: the month, "de" and the year; Brazilian "jan/1980"
        ("março de 1975", "1975-03"),
        ("Fecha: abril de 1962", "1962-04"),
        ("mayo del 1975", "1975-05"),
        ("abril y mayo de 1962", "1962-04/1962-05"),
        ("jan/1980", "1980-01"),
        ("Dec./1950", "1950-12"),
        ("marzo/abril 1950", "1950-03/1950-04"),
        ("Sampleton, 12 de abril de 1962", "1962-04-12"),
        # Latin ablative and genitive months
        ("In pratis prope Exampleburg\nmense Majo 1850", "1850-05"),
        ("d. 12 Maji 1850", "1850-05-12"),
    ],
)
def test_month_and_year_in_the_romance_languages(text: str, iso: str) -> None:
    assert _collection_dates(text)[:1] == [iso]


@pytest.mark.parametrize(
    "text",
    [
        "Sampleton\nPres. 1961",
        "Sampleton\nK. Muster\nPres. by J. Beispiel 1937",
        "Sampleton\nBequest 1960",
        "Sampleton\nPurch. 1950",
    ],
)
def test_a_museum_acquisition_year_is_no_collection_year(text: str) -> None:
    assert _value(text, "eventDate") is None


def test_a_distribution_year_gives_way_to_the_collection_year() -> None:
    assert _value("Distrib. 1952\nSampleton\nK. Muster 123\n1951", "eventDate") == "1951"


@pytest.mark.parametrize(
    ("text", "verbatim", "metres"),
    [
        # thousands parted by a full stop, as European and Latin American labels part them
        ("ca. 3.000 m", "ca. 3.000 m", "3000"),
        ("2.500 msnm", "2.500 msnm", "2500"),
        ("Alt. 1.850 m.", "1.850 m.", "1850"),
        ("1.200 m s.n.m.", "1.200 m s.n.m.", "1200"),
        # or by a space, after a key or before a sea-level suffix
        ("alt. 1 500 m", "1 500 m", "1500"),
        ("Alt: 4 000 ft s.m.", "4 000 ft", "1219"),
        ("1 500 m s. m.", "1 500 m s. m.", "1500"),
        # Spanish units
        ("600 mts.", "600 mts.", "600"),
        ("Sampleton, 800 metros", "800 metros", "800"),
        ("Alt.: 350-400 m s.m.", "350-400 m s.m.", "350"),
        # a decimal stays one
        ("Alt. 12.5 m", "12.5 m", "13"),
    ],
)
def test_thousands_and_spanish_units(text: str, verbatim: str, metres: str) -> None:
    found = {c.term: c.value for c in elevation_candidates(make_labels(labels_from_text(text)))}
    assert found.get("verbatimElevation") == verbatim
    assert found.get("minimumElevationInMeters") == metres


@pytest.mark.parametrize("text", ["leg. K. Muster 12 500 m", "Sampleton 1 500 m N of bridge"])
def test_a_spaced_figure_without_a_key_is_no_elevation(text: str) -> None:
    found = {c.term: c.value for c in elevation_candidates(make_labels(labels_from_text(text)))}
    assert "verbatimElevation" not in found


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        # "long." in lower case, and "and" between the halves in the labels' languages
        ("lat. 6°S, long. 37°E", "-6.00000", "37.00000"),
        ("lat. 12°30' S; long. 45°15' W", "-12.50000", "-45.25000"),
        ("12°30'S y 45°15'O", "-12.50000", "-45.25000"),
        ("12°30'S e 45°15'W", "-12.50000", "-45.25000"),
        ("Lat. 27° 20' 30\" N, Long. 88° 40' 15\" E", "27.34167", "88.67083"),
    ],
)
def test_coordinates_in_degrees_and_minutes(text: str, lat: str, lon: str) -> None:
    assert _value(text, "decimalLatitude") == lat
    assert _value(text, "decimalLongitude") == lon


@pytest.mark.parametrize(
    "text",
    [
        # a museum's register numbers: a year, then a number
        "BM000123456\nBM 1950-123",
        "Sampleton\nB.M. 1927-52.",
        "Musei Brit. 1950.3.12.45",
        "Sampleton\nReg. 1926-483",
        "Sampleton\n1937-419",
    ],
)
def test_a_register_number_is_no_year(text: str) -> None:
    assert _collection_dates(text) == []


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Sampleton, 1849-50", "1849/1850"),
        ("Sampleton, 1856-7", "1856/1857"),  # 19th-century labels' run of years
        ("Sampleton, 1849-1852", "1849/1852"),
    ],
)
def test_a_run_of_years_is_still_read(text: str, iso: str) -> None:
    assert _collection_dates(text) == [iso]


@pytest.mark.parametrize(
    ("text", "state"),
    [
        # the capital is in the District of Columbia, not in the state of Washington
        ("Washington, D.C.", "District of Columbia"),
        ("Washington, D. C., Rock Creek", "District of Columbia"),
        ("District of Columbia: Rock Creek Park", "District of Columbia"),
        ("Washington: Sampleton Co.", "Washington"),
        ("WASHINGTON\nKing County", "WASHINGTON"),
    ],
)
def test_the_district_of_columbia(text: str, state: str) -> None:
    assert _value(text, "stateProvince") == state


@pytest.mark.parametrize(
    "text", ["leg. D.C. Muster", "Sampleton\nD. C. Muster 123", "Aster exemplaris D.C."]
)
def test_initials_dc_are_no_district(text: str) -> None:
    assert _value(text, "stateProvince") is None


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        # a range written short, its zeros left to the high end
        ("Khasia, 4-6000 ft.", "1219", "1829"),
        ("Alt. 8-10,000 ft.", "2438", "3048"),
        ("Alt. 5-6000'", "1524", "1829"),
        ("13-14,000 ft.", "3962", "4267"),
        ("alt. 12-1500 m", "1200", "1500"),
        ("alt. 0-1000 m", "0", "1000"),
        ("alt. 600-700 m", "600", "700"),
        # Latin feet
        ("Sikkim, 8000 ped.", "2438", "2438"),
        ("Sikkim alt. 8000 ped. Angl.", "2438", "2438"),
    ],
)
def test_short_ranges_and_latin_feet(text: str, low: str, high: str) -> None:
    found = {c.term: c.value for c in elevation_candidates(make_labels(labels_from_text(text)))}
    assert (found.get("minimumElevationInMeters"), found.get("maximumElevationInMeters")) == (
        low,
        high,
    )


@pytest.mark.parametrize("text", ["alt. 5-1000 m", "alt. 1-2000 ft"])
def test_an_unclear_short_range_gives_no_metres(text: str) -> None:
    found = {c.term: c.value for c in elevation_candidates(make_labels(labels_from_text(text)))}
    assert "verbatimElevation" in found
    assert "minimumElevationInMeters" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Sampleton\nShrub, 12 ft.",
        "Sampleton\nTree, 30 m",
        "Sampleton\nHerb, 2 ft. high",
        "Sampleton, 12 ped. alta",
        "Sampleton, arbusto, 3 m",
    ],
)
def test_a_plant_height_is_no_elevation(text: str) -> None:
    found = {c.term: c.value for c in elevation_candidates(make_labels(labels_from_text(text)))}
    assert "verbatimElevation" not in found


@pytest.mark.parametrize(
    ("text", "verbatim"),
    [
        ("Tree 20 ft., Sampleton, 6000 ft.", "6000 ft."),
        ("Sampleton\n5000 ft.", "5000 ft."),
        ("4000 ft alt", "4000 ft"),
    ],
)
def test_the_place_elevation_beside_a_height(text: str, verbatim: str) -> None:
    found = {c.term: c.value for c in elevation_candidates(make_labels(labels_from_text(text)))}
    assert found.get("verbatimElevation") == verbatim


@pytest.mark.parametrize(
    ("text", "state"),
    [
        # a long abbreviation printed without its full stop, then a capitalised word: a name's
        # first word ("Alta Verapaz"), not Alberta
        ("Guatemala: Depto. Alta Verapaz, Sampleton", "Alta Verapaz"),
        ("Guatemala: Alta Verapaz, Sampleton", "Alta Verapaz"),
        # still the state where it ends its phrase or its county follows
        ("Sampleton, Alta", "Alberta"),
        ("Sampleton, Calif", "California"),
        ("Sampleton, Calif San Diego Co.", "California"),
        ("Colo Boulder County", "Colorado"),
    ],
)
def test_a_dotless_abbreviation_before_a_name(text: str, state: str) -> None:
    assert _value(text, "stateProvince") == state


def test_alta_verapaz_alone_is_no_alberta() -> None:
    # Guatemala's department alone (a doubt: regions.candidates), never Canada's Alberta
    got = extract_fields(labels_from_text("Alta Verapaz: Sampleton"))
    assert got["stateProvince"].value == "Alta Verapaz"
    assert got["country"].value == "Guatemala" and "country_judged" in got["country"].flags


@pytest.mark.parametrize(
    ("text", "state"),
    [
        # a national herbarium's label: the country in its header, the department typed below
        (
            "Herbario Exemplar de Colombia\n\nDepto. Antioquia, Mpio. Sampleton\nbosque",
            "Antioquia",
        ),
        (
            "Herbário do Museu Exemplo, Brasil\nEstado de São Paulo, Mun. Sampleton",
            "São Paulo",
        ),
    ],
)
def test_a_typed_subdivision_of_the_institution_country(text: str, state: str) -> None:
    c = extract_fields(labels_from_text(text)).get("stateProvince")
    assert c is not None and c.value == state
    assert "country_judged" in c.flags


def test_no_bare_subdivision_of_the_institution_country() -> None:
    text = "Herbario Exemplar de Colombia\n\nAntioquia, Mpio. Sampleton"
    assert _value(text, "stateProvince") is None


@pytest.mark.parametrize(
    ("text", "verbatim"),
    [
        ("In pratis prope Exampleburg\nmense Majo 1850", "mense Majo 1850"),
        ("mens. Aug. 1850", "mens. Aug. 1850"),
        ("Majo 1850", "Majo 1850"),
    ],
)
def test_the_latin_month_word_is_part_of_the_date(text: str, verbatim: str) -> None:
    assert [d.verbatim for d in find_dates(text)] == [verbatim]


def test_the_locality_stops_before_the_latin_date() -> None:
    text = "In pratis humidis prope Exampleburg\nmense Majo 1850\nleg. K. Muster"
    assert _value(text, "verbatimLocality") == "In pratis humidis prope Exampleburg"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # the month's name, the day and a slash before the year, as American collectors wrote
        ("Aug. 17/32", "1932-08-17"),
        ("Sept. 12/1937", "1937-09-12"),  # was read as December 1937
        ("No. 12, Aug. 17/32", "1932-08-17"),
    ],
)
def test_month_day_slash_year(text: str, iso: str) -> None:
    assert [d.iso for d in find_dates(text)][:1] == [iso]


@pytest.mark.parametrize("text", ["Jun 5/6", "Aug. 17/325"])
def test_month_day_slash_no_year(text: str) -> None:
    assert find_dates(text) == []


@pytest.mark.parametrize(
    ("text", "iso", "month_first"),
    [
        # a slashed date on a form keyed in a language that writes the day first
        ("Fecha de colecta: 04/12/1962", "1962-12-04", False),
        ("Colector: A. Exemplo\n4/6/1962", "1962-06-04", False),
        ("Datum: 4/6/1962", "1962-06-04", False),
        # an English key or none: month first for want of a sign, as before
        ("Date: 4/6/1962", "1962-04-06", True),
        ("Sampleton, 4/6/1962", "1962-04-06", True),
    ],
)
def test_a_form_key_tells_the_day_first(text: str, iso: str, month_first: bool) -> None:
    c = extract_fields(labels_from_text(text)).get("eventDate")
    assert c is not None and c.value == iso
    assert "ambiguous_day_month" in c.flags
    assert ("month_first" in c.flags) == month_first
