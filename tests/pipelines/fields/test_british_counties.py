"""British and Irish counties named without a vice-county number, and the historical names of
British and German labels: invented strings in the shapes UK and Berlin sheets print."""

from __future__ import annotations

import pytest

from pipelines.fields import labels_from_text, parse_fields


def _fields(text: str) -> dict[str, tuple[str, float, tuple[str, ...]]]:
    out = parse_fields(labels_from_text(text))
    return {k: (c.value, c.confidence, tuple(c.flags)) for k, c in out.items()}


@pytest.mark.parametrize(
    ("text", "county", "code"),
    [
        ("Exampla vulgaris L.\nExample Common, Surrey\nJune 12th 1898\nA. Muster", "Surrey", "GB"),
        ("Middlesex: Example Heath\n14 July 1870", "Middlesex", "GB"),
        ("Westmorland. Sample Tarn. Aug. 1902", "Westmorland", "GB"),
        ("Salop: Example Hill. 3.6.1925", "Shropshire", "GB"),
        ("Yorks.: Sample Dale, 1950", "Yorkshire", "GB"),
        ("Lincs. Example Marsh, 1930", "Lincolnshire", "GB"),
        ("Glos. Example Common 1966", "Gloucestershire", "GB"),
        ("Sample Down, Hants", "Hampshire", "GB"),
        ("Carnarvonshire: Sample Pass", "Caernarvonshire", "GB"),
        ("Inverness-shire: Glen Sample, 1912", "Inverness-shire", "GB"),
        ("Huntingdonshire: Sample Wood", "Huntingdonshire", "GB"),
        ("Anglesey: Example Point", "Anglesey", "GB"),
    ],
)
def test_a_county_alone_gives_county_and_country_inferred(
    text: str, county: str, code: str
) -> None:
    f = _fields(text)
    assert f["county"][0] == county
    assert f["countryCode"][0] == code
    # inferred, not printed: flagged and under 0.9
    assert "county_inferred" in f["countryCode"][2]
    assert f["countryCode"][1] < 0.9


@pytest.mark.parametrize(
    ("text", "code"),
    [("Co. Cork, Roadside near Exampletown", "IE"), ("Co. Antrim: Sample Glen", "GB")],
)
def test_an_irish_county_after_co_gives_its_country(text: str, code: str) -> None:
    f = _fields(text)
    assert f["countryCode"][0] == code
    assert f["countryCode"][1] < 0.9


@pytest.mark.parametrize(
    "text",
    [
        "Exampla vulgaris\nSample Wood\nleg. J. Kent 1901",  # a surname
        "Devonian limestone, Example Quarry",  # inside a word
        "Sample Wood\nKent, J. 1901",  # surname first
        "Cork: Sample Bog",  # an Irish county needs "Co."
        "Sample Point, Norfolk Island",  # another country's island
    ],
)
def test_what_is_no_british_county(text: str) -> None:
    f = _fields(text)
    assert f.get("countryCode", ("",))[0] != "GB"
    assert "county.british" not in str(f.get("county"))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Durham Co., North Carolina", "US"),  # a US county of an English county's name
        ("Middlesex Co., Mass.\nSample Pond", "US"),
        ("Cumberland, Maine\nSample Bog", "US"),
    ],
)
def test_a_us_label_keeps_its_country(text: str, code: str) -> None:
    assert _fields(text)["countryCode"][0] == code


def test_a_printed_country_wins_and_the_county_is_kept() -> None:
    f = _fields("ENGLAND: Norfolk, Sample Broad")
    assert f["countryCode"][0] == "GB"
    assert "county_inferred" not in f["countryCode"][2]
    assert f["county"][0] == "Norfolk"


@pytest.mark.parametrize(
    ("text", "county"),
    [
        ("ENGLAND: Norfolk, Sample Broad", "Norfolk"),
        ("Sampleton, Kent, England", "Kent"),
        ("Flora of Wales\nCaernarvonshire: Cwm Sampl", "Caernarvonshire"),
        ("SCOTLAND: Perthshire, Glen Sample", "Perthshire"),
    ],
)
def test_a_county_of_the_printed_country_is_no_inference(text: str, county: str) -> None:
    f = _fields(text)
    assert f["county"][0] == county and "county_inferred" not in f["county"][2]


def test_a_county_alone_stays_a_doubt() -> None:
    f = _fields("Sample Down, Hants")
    assert f["county"][0] == "Hampshire" and "county_inferred" in f["county"][2]


def test_a_vice_county_number_says_more_than_its_county() -> None:
    f = _fields("Cambs. (29) Example Fen")
    assert f["county"][0] == "Cambridgeshire"
    assert "county_inferred" not in f["countryCode"][2]


@pytest.mark.parametrize(
    ("text", "code", "province"),
    [
        ("Prov. Brandenburg: Kr. Exempel, Beispielsee", "DE", "Brandenburg"),
        ("Provinz Sachsen: Beispielwald", "DE", "Sachsen-Anhalt"),
        ("Westfalen: Beispielheide", "DE", "Nordrhein-Westfalen"),
        ("Natal: Sample Valley", "ZA", "KwaZulu-Natal"),
        ("Tibet: Sample Pass", "CN", "Xizang"),
    ],
)
def test_historical_provinces(text: str, code: str, province: str) -> None:
    f = _fields(text)
    assert f["countryCode"][0] == code
    assert f["stateProvince"][0] == province


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Cochin China: Example", "VN"),
        ("Fernando Po: Sample", "GQ"),
        ("Federated Malay States: Sample", "MY"),
        ("Neu-Mecklenburg: Beispiel", "PG"),
        ("Elsass: Beispieltal", "FR"),
        ("Westpreußen: Kr. Beispiel", "PL"),
    ],
)
def test_historical_names_map_to_today(text: str, code: str) -> None:
    assert _fields(text)["countryCode"][0] == code


@pytest.mark.parametrize("text", ["French Indo-China: Example Mts", "Ostpreußen: Beispiel"])
def test_a_name_now_split_between_countries_gives_none(text: str) -> None:
    assert "countryCode" not in _fields(text)


def test_peru_department_older_spelling() -> None:
    f = _fields("PLANTS OF PERU\nDept. Cuzco, Prov. Urubamba: Example valley")
    assert "Cuzco" in f["stateProvince"][0]


def test_an_english_place_noun_is_no_french_country() -> None:
    f = _fields("Isle of Wight: Sample Chine")
    assert f["countryCode"][0] == "GB"
    assert _fields("CHINE: Yunnan, Exempleshan")["countryCode"][0] == "CN"
