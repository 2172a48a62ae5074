"""Shapes of the old colonial, Latin and typification labels UK herbaria hold: a typification's
year, a month and a full year in figures, the Latin names of countries, today's name for Burma
and a number series named after a place. Invented strings in the shapes labels use."""

from __future__ import annotations

import pytest

from pipelines.fields import labels_from_text, parse_fields
from pipelines.fields.curatorial_dates import curatorial_line
from pipelines.fields.dates import find_dates


def _field(text: str, term: str) -> tuple[str, float, list[str]] | None:
    """The value, its calibrated confidence (as curators see it) and its flags."""
    c = parse_fields(labels_from_text(text)).get(term)
    return None if c is None else (c.value, c.confidence, list(c.flags))


def _value(text: str, term: str) -> str | None:
    got = _field(text, term)
    return None if got is None else got[0]


@pytest.mark.parametrize(
    "line",
    [
        "Lectotype designated by K. Muster 1980",
        "LECTOTYPUS (design. K. Muster 1985)",
        "Lectotype selected by A. Exemplo 1972",
        "Holotype selected by A. Exemplo 1972",
        "Lectotypus hic designatus, K. Muster 1990",
        "Neotype designated here: J. Beispiel 2001",
        "Lectotype désigné par K. Muster 1980",
        "Lectotypus festgelegt von K. Muster 1980",
        "Typification: K. Muster 1999",
    ],
)
def test_a_typification_line_is_curatorial(line: str) -> None:
    assert curatorial_line(line)


@pytest.mark.parametrize(
    "line",
    [
        # the type's own label and its citation of the gathering are no designation
        "HOLOTYPE",
        "Lectotype: Sampleton, 12 May 1850, K. Muster 123",
        "Isotypus",
        "Sampleton, in a designated nature reserve",
    ],
)
def test_type_words_alone_are_not_curatorial(line: str) -> None:
    assert not curatorial_line(line)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("LECTOTYPUS (design. K. Muster 1985)\n\nSalix exempla\n\nleg. J. Beispiel", None),
        ("Lectotype designated by K. Muster 1980\n\nCarex sample\n\nSampleton", None),
        (
            "Holotype selected by A. Exemplo 1972\n\nCarex sample\n\nBrazil: Rio Exemplo, 1850",
            "1850",
        ),
        (
            "Lectotype designated by K. Muster 1980\n\nExampleshire: Sampleton, 12 June 1855",
            "1855-06-12",
        ),
    ],
)
def test_a_typification_year_is_never_the_gathering(text: str, iso: str | None) -> None:
    assert _value(text, "eventDate") == iso


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("leg. J. Beispiel 3.1900", "1900-03"),
        ("03.1900", "1900-03"),
        ("3/1900", "1900-03"),
        ("III.1900", "1900-03"),
        ("VI.1919", "1919-06"),
        ("Sampleton 12.1950", "1950-12"),
        # spaced, the whole of its line, as insect labels print it
        ("7. 1925", "1925-07"),
        ("Sampleton, Exampleshire\n03. 1900", "1900-03"),
    ],
)
def test_a_month_and_a_full_year_in_figures(text: str, iso: str) -> None:
    assert [d.iso for d in find_dates(text)] == [iso]


@pytest.mark.parametrize(
    "text",
    [
        "1.5 km N of river",
        "1.1950 m",
        "3.1900 km",
        "13.1900",
        "12.3.1900.5",
        "1950.3.12.45",
        # spaced within a line: a volume and its year
        "Bot. J. Exempl. 7. 1925",
        "Sampleton 7. 1925",
    ],
)
def test_no_month_and_year_in_a_decimal_or_a_register(text: str) -> None:
    assert not any(d.rule == "date.my_numeric" for d in find_dates(text))


def test_a_full_date_is_not_cut_to_its_month() -> None:
    assert [d.iso for d in find_dates("12.3.1900")] == ["1900-03-12"]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Napalia: Sampleton\nleg. K. Muster", "Nepal"),
        ("Hab. in Napalia, Sampleton\nleg. K. Muster 1821", "Nepal"),
        ("Mexicum: Sampleby\nleg. K. Muster", "Mexico"),
        ("Scotia: Sampleby\nleg. K. Muster", "United Kingdom"),
        ("Paraguaria: Sampleby\nleg. K. Muster", "Paraguay"),
        ("Nova Zeelandia, Sampleton\nleg. K. Muster", "New Zealand"),
        ("Insulae Philippinae: Sampleby\nleg. K. Muster", "Philippines"),
        ("Japonia: Sampleton\nleg. K. Muster", "Japan"),
        ("Sina: Exampleshan\nleg. K. Muster", "China"),
        ("Lusitania: Sampleira\nleg. A. Exemplo", "Portugal"),
    ],
)
def test_latin_country_names(text: str, country: str) -> None:
    assert _value(text, "country") == country


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Zeylania: Sampleton\nleg. K. Muster", "Sri Lanka"),
        ("Zeylona: Sampleton\nleg. K. Muster", "Sri Lanka"),
        ("Burma: Sample Hills\nK. Muster", "Myanmar"),
        ("Upper Burma: Sample Hills\nK. Muster", "Myanmar"),
        ("BURMA: Sample Hills\nK. Muster", "Myanmar"),
        ("Birma: Sample-Berge\nleg. K. Muster", "Myanmar"),
        ("Tanganyika Terr.: Sample Hills\nK. Muster", "Tanzania"),
    ],
)
def test_old_names_give_todays_english_name(text: str, country: str) -> None:
    got = _field(text, "country")
    assert got is not None and got[0] == country and "historical_name" in got[2]


@pytest.mark.parametrize(
    "text",
    [
        "Bengalia: Sampleby\nleg. K. Muster",
        "Bengal: Sampleby\nleg. K. Muster",
        # Canada's province: no Scotland in it
        "Nova Scotia: Sampleby\nleg. K. Muster",
    ],
)
def test_split_or_other_names_give_no_such_country(text: str) -> None:
    assert _value(text, "country") not in {"India", "Bangladesh", "United Kingdom"}


def test_borussia_is_a_doubt() -> None:
    got = _field("Borussia: Exampleburg\nleg. K. Muster", "country")
    assert got is None or (got[1] < 0.9 and "country_judged" in got[2])


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("SINGAPORE FIELD No. 12345\n\nPahang: Sample Hill\nK. Muster\n12 Mar 1931", "Pahang"),
        ("Sarawak S. 12345\n\nPahang: Sample Hill\nK. Muster", "Pahang"),
        ("Singapore Field Number 123\n\nJohore: Sample Forest Reserve\nK. Muster", "Johor"),
    ],
)
def test_a_number_series_named_after_a_place_is_no_mention(text: str, state: str) -> None:
    assert _value(text, "country") == "Malaysia"
    assert _value(text, "stateProvince") == state


def test_a_place_named_before_its_own_number_still_counts() -> None:
    assert (
        _value("Sarawak: Sample Dist.\nSample River\nK. Muster 123", "stateProvince") == "Sarawak"
    )


@pytest.mark.parametrize(
    "text",
    [
        "GEORGIA\n\nnear Exampleton, in pine woods along the creek\nK. Muster 1234\nMay 3, 1950",
        "Georgia\n\n3 mi. S of Exampleton on Hwy 12\nK. Muster 1234",
        "Flora of Georgia\nSample Ridge\nK. Muster, Sept. 12, 1950",
    ],
)
def test_georgia_alone_on_an_american_sheet_is_the_state_as_a_doubt(text: str) -> None:
    country = _field(text, "country")
    assert country is not None and country[0] == "United States"
    assert country[1] < 0.9 and "country_judged" in country[2]
    state = _value(text, "stateProvince")
    assert state is not None and state.lower() == "georgia"


@pytest.mark.parametrize(
    "text",
    [
        "Georgia\n\nSample Gorge near Exampleti, 1200 m\nleg. K. Muster 12.VI.1978",
        "Georgia: Tbilisi, Sample Gorge\nleg. K. Muster 3 May 1910",
        "Georgia: distr. Sampleti, 12 km S of Exampleti\nleg. K. Muster 3.vii.1910",
    ],
)
def test_caucasian_georgia_stays_the_country(text: str) -> None:
    assert _value(text, "country") == "Georgia"
    assert _value(text, "stateProvince") is None


def test_georgia_with_a_county_stays_the_state_surely() -> None:
    got = _field("Georgia\n\nSample Co., near Exampleton\nK. Muster 1234", "country")
    assert got is not None and got[0] == "United States" and got[1] >= 0.9


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # an old official name holding the Spanish name of the United States
        ("Estados Unidos do Brasil: Sampleira\nK. Muster 123", "Brazil"),
        ("Estados Unidos de Venezuela: Sample\nK. Muster 123", "Venezuela"),
        # not Hawaii's old name
        (
            "South Sandwich Islands: Sample\nK. Muster 123",
            "South Georgia and the South Sandwich Islands",
        ),
        ("S. Sandwich Is.: Sample\nK. Muster 123", "South Georgia and the South Sandwich Islands"),
        ("Sandwich Is.: Sample\nK. Muster 123", "United States"),
        # island groups shortened as colonial labels print them
        ("Solomon Is.: Sample Island\nK. Muster 123", "Solomon Islands"),
        ("Gilbert Is.: Sample Atoll\nK. Muster 123", "Kiribati"),
        ("Andaman Is.: Port Sample\nK. Muster 123", "India"),
        # colonial provinces
        ("O.F.S.: Sampleton\nK. Muster 123", "South Africa"),
        ("Cape Prov.: Sampleton\nK. Muster 123", "South Africa"),
        ("Chitral: Sample Valley\nK. Muster 123", "Pakistan"),
        ("Lushai Hills: Sample\nK. Muster 123", "India"),
    ],
)
def test_colonial_and_old_official_names(text: str, country: str) -> None:
    assert _value(text, "country") == country


def test_the_spanish_name_of_the_united_states_still_counts() -> None:
    assert _value("Estados Unidos: Texas, Sample Co.\nK. Muster 123", "stateProvince") == "Texas"


def test_a_presidency_partly_elsewhere_is_a_doubt() -> None:
    got = _field("Bombay Presidency: Sample Ghats\nK. Muster 123", "country")
    assert got is not None and got[0] == "India" and got[1] < 0.9


@pytest.mark.parametrize(
    ("text", "country", "state"),
    [
        ("Darjeeling: Sample Forest\nK. Muster 123", "India", "West Bengal"),
        ("Simla: Sample Hill\nK. Muster 123", "India", "Himachal Pradesh"),
        ("N.E.F.A.: Sample Valley\nK. Muster 123", "India", "Arunachal Pradesh"),
        ("Naga Hills: Sample\nK. Muster 123", "India", "Nagaland"),
        ("Ladak: Sample Pass\nK. Muster 123", "India", "Ladakh"),
        ("Waziristan: Sample\nK. Muster 123", "Pakistan", "Khyber Pakhtunkhwa"),
        ("Chinese Turkestan: Sample Range\nK. Muster 123", "China", "Xinjiang"),
        ("Yezo: Sample\nK. Muster 123", "Japan", "Hokkaido"),
        ("Chittagong: Sample Hills\nK. Muster 123", "Bangladesh", None),
        ("Nippon: Sample\nK. Muster 123", "Japan", None),
    ],
)
def test_himalayan_and_east_asian_districts(text: str, country: str, state: str | None) -> None:
    assert _value(text, "country") == country
    assert _value(text, "stateProvince") == state


@pytest.mark.parametrize(
    "text",
    [
        "Russian Turkestan: Sample Range\nK. Muster 123",
        "Kashmir: Sample Valley\nK. Muster 123",
        "Punjab: Sampleton\nK. Muster 123",
    ],
)
def test_split_himalayan_and_central_asian_regions_give_no_country(text: str) -> None:
    assert _value(text, "country") is None


def test_a_us_state_beats_an_indian_hill_station_of_the_same_name() -> None:
    assert _value("Simla, Elbert Co., Colorado\nK. Muster 123", "country") == "United States"


@pytest.mark.parametrize(
    "text", ["SAN 12345", "KEP 12345", "LAE 12345", "BRUN 1234", "SAN JOSE 12345"]
)
def test_malesian_herbaria_series_are_no_catalogue_number(text: str) -> None:
    assert _value(text + "\n\nSample River\nK. Muster", "catalogNumber") is None


def test_a_barcode_beside_a_herbarium_series() -> None:
    assert _value("SAN 12345\n\nSabah: Mt. Sample\n\nK000123456", "catalogNumber") == "K000123456"


@pytest.mark.parametrize(
    "line",
    ["CAMP 12345", "FIELD 12345", "CERRO 12345", "SANTA ANA 12345", "KENYA 12345", "BORNEO 12345"],
)
def test_a_place_word_or_a_country_before_a_number_is_no_acronym(line: str) -> None:
    assert _value(line + "\n\nSample River\nK. Muster", "catalogNumber") is None


@pytest.mark.parametrize("line", ["EMEC 612,345", "LSH ENT 000123", "UCFC 0123456"])
def test_unknown_acronyms_before_a_number_still_count(line: str) -> None:
    assert _value(line + "\n\nSample River\nK. Muster", "catalogNumber") == line


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Gotlandia: Sampleby\nleg. K. Muster", "Sweden"),
        ("Moluccae: Sample Island\nleg. K. Muster", "Indonesia"),
        ("Nova Cambria Australis: Port Sample\nleg. K. Muster", "Australia"),
        ("Siamia: Sample\nleg. K. Muster", "Thailand"),
        ("Carniolia: Sample\nleg. K. Muster", "Slovenia"),
    ],
)
def test_latin_regions_and_old_countries(text: str, country: str) -> None:
    assert _value(text, "country") == country


@pytest.mark.parametrize(
    "text",
    ["Caucasus: Sample Valley\nleg. K. Muster", "Thracia: Sample\nleg. K. Muster"],
)
def test_split_latin_regions_give_no_country(text: str) -> None:
    assert _value(text, "country") is None


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Georgian S.S.R.: Sample Gorge\nleg. K. Muster 1970", "Georgia"),
        ("Georgian SSR: Sample Gorge\ncoll. K. Muster, May 3, 1970", "Georgia"),
        ("Grusinien: Tiflis\nleg. K. Muster 1900", "Georgia"),
        ("Armenian SSR: Sample\nleg. K. Muster 1970", "Armenia"),
        ("Kazakh S.S.R.: Sample\nleg. K. Muster 1970", "Kazakhstan"),
        ("Казахская ССР: Sample\nleg. K. Muster 1970", "Kazakhstan"),
    ],
)
def test_soviet_republics_give_todays_country(text: str, country: str) -> None:
    got = _field(text, "country")
    assert got is not None and got[0] == country and "historical_name" in got[2]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("SINGAPORE FIELD No. 12345\n\nSample Hill\nK. Muster", "SINGAPORE"),
        ("Sarawak S. 12345\n\nSample River\nK. Muster", "Malaysia"),
    ],
)
def test_a_series_place_alone_is_a_doubt(text: str, country: str) -> None:
    got = _field(text, "country")
    assert got is not None and got[0] == country
    assert got[1] < 0.9 and "country_judged" in got[2]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Ceylon Forest Dept. No. 123\n\nSample Hills\nK. Muster", "Sri Lanka"),
        ("Burma Forest Dept. No. 12\n\nSample Hills\nK. Muster", "Myanmar"),
    ],
)
def test_a_department_named_after_its_country_still_counts(text: str, country: str) -> None:
    assert _value(text, "country") == country


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("B.E.A.: Sampleton\n4.xi.1912", "Kenya"),
        ("P.E.A.: Sampleton\n4.xi.1912", "Mozambique"),
        ("N. Rhod.: Sampleton\n4.xi.1912", "Zambia"),
        ("S. Rhod.: Sampleton\n4.xi.1912", "Zimbabwe"),
    ],
)
def test_colonies_shortened_as_insect_labels_print_them(text: str, country: str) -> None:
    assert _value(text, "country") == country


def test_a_shortened_colony_that_is_also_initials_is_a_doubt() -> None:
    got = _field("B.E.A.: Sampleton\n4.xi.1912", "country")
    assert got is not None and got[1] < 0.9


def test_initials_after_a_collectors_key_are_no_colony() -> None:
    assert _value("Sampleton\nleg. B.E.A. Muster", "country") is None
