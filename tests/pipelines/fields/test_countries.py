"""Countries as European labels name them: in the label's language, by a historical name, by a
region that lies in one country; and the names that say nothing of where the specimen grew.
Every label line here is invented."""

from __future__ import annotations

import pytest

from pipelines.fields import extract_fields, labels_from_text
from pipelines.fields.geo import country_names, name_key
from tests.pipelines.fields.parsed import fields, values

# (label, country, countryCode): a country's name in the label's language gives its English name
# (one form whatever the language), the code which country it is; names in English and Spanish
# are kept as printed (AS_PRINTED)
IN_THE_LABELS_LANGUAGE = [
    ("Kamerun: Exempelhof, Urwald am Fluss\nleg. K. Muster 1899", "Cameroon", "CM"),
    ("Deutschland, Bayern: Beispielhausen\nleg. K. Muster", "Germany", "DE"),
    ("BRESIL\nProv. Rio de Janeiro, in silvis", "Brazil", "BR"),
    ("Brasilien: Provinz Beispiel\nleg. J. Beispiel", "Brazil", "BR"),
    ("NEDERLAND\nProv. Gelderland, bij Voorbeeldorp", "Netherlands", "NL"),
    ("Belgique: Prov. de Namur, Exempleville", "Belgium", "BE"),
    ("Suomi, Pohjois-Karjala: Esimerkkilä\nleg. M. Malli", "Finland", "FI"),
    ("Eesti, Tartumaa: Näidiskülä\nleg. M. Näidis", "Estonia", "EE"),
    ("Sverige, Uppland: Exempelby\nleg. E. Exempel", "Sweden", "SE"),
    ("Norge: Exempelfjord\nleg. O. Prøve", "Norway", "NO"),
    ("Danmark: Eksempelby\nleg. E. Eksempel", "Denmark", "DK"),
    ("Polska: Przykładów\nleg. J. Przykład", "Poland", "PL"),
    ("Österreich, Tirol: Beispieltal", "Austria", "AT"),
    ("Schweiz, Wallis: Beispielalp 1800 m", "Switzerland", "CH"),
    ("Frankreich: Dep. Var, Beispielort", "France", "FR"),
    ("Espagne: Sierra Exemple", "Spain", "ES"),
    ("Italia: Toscana, Monte Esempio", "Italy", "IT"),
    ("Finlande: Exempleville", "Finland", "FI"),
    ("Ruotsi: Esimerkkikylä", "Sweden", "SE"),
    ("Soome: Näidisküla", "Finland", "FI"),
    ("Venemaa: Näidisküla", "Russia", "RU"),
    ("Tsjechië: Voorbeeldstad", "Czechia", "CZ"),
    ("Rossija: Primerovo\nleg. I. Primerov", "Russia", "RU"),
    ("Lõuna-Eesti, Võrumaa: Näidisküla", "Estonia", "EE"),
    ("Viro: Esimerkkikylä", "Estonia", "EE"),
    ("Lettland, Kurland: Beispielhof", "Latvia", "LV"),
    # Cyrillic: the English name, the code from the printed one
    ("Россия: окрестности Примерово", "Russia", "RU"),
    # the Latin names of European labels give the country's English name
    ("FENNIA, Tavastia australis: Exempelby", "Finland", "FI"),
    ("SUECIA: Exempelby, in pratis", "Sweden", "SE"),
    ("Rossia: prope Exemplovo", "Russia", "RU"),
    # a Spanish name of a country outside Spanish America, and the nations of the United Kingdom
    ("ESPAÑA: Sierra de Ejemplo, pr. Muestrilla", "Spain", "ES"),
    ("Alemania: Baviera, Ejemplodorf", "Germany", "DE"),
    ("Sample Hill, Scotland\nleg. K. Muster", "United Kingdom", "GB"),
    ("WALES: Sampleton, Exampla Wood", "United Kingdom", "GB"),
    ("England. Surrey: Sampleton Common", "United Kingdom", "GB"),
]


# the names the American herbaria key as printed: English and Spanish
AS_PRINTED = [
    ("PLANTS OF HAITI\nSample valley", "HAITI", "HT"),
    ("REPUBLICA DOMINICANA\nProv. Ejemplo", "REPUBLICA DOMINICANA", "DO"),
]


@pytest.mark.parametrize(("text", "country", "code"), AS_PRINTED)
def test_country_as_printed(text: str, country: str, code: str) -> None:
    got = values(text)
    assert (got["country"], got["countryCode"]) == (country, code)


@pytest.mark.parametrize(("text", "country", "code"), IN_THE_LABELS_LANGUAGE)
def test_country_in_the_labels_language(text: str, country: str, code: str) -> None:
    got = values(text)
    assert (got["country"], got["countryCode"]) == (country, code)


# (label, country, code, stateProvince or None): a historical name gives today's country,
# flagged historical_name
HISTORICAL = [
    ("Persia: Prov. Exemplum, in montibus", "Iran", "IR", None),
    ("CEYLON. Central Prov., Exampletown", "Sri Lanka", "LK", None),
    ("Mission botanique au Congo Belge\nLocalité Exempleville", None, "CD", None),
    ("Belgisch Congo: Voorbeeldstad", None, "CD", None),
    ("FORMOSA: Example Hills", "Taiwan", "TW", None),
    ("Siam: Doi Example, 1500 m", "Thailand", "TH", None),
    ("Ned. Indië: Voorbeeldberg", "Indonesia", "ID", None),
    ("Nederlandsch Indië\nVoorbeeldberg, 1200 m", "Indonesia", "ID", None),
    ("Ned. N. Guinea: Voorbeeldrivier", "Indonesia", "ID", "New Guinea"),
    ("NEDERLANDS NIEUW-GUINEA\nVoorbeeld river, 200 m", "Indonesia", "ID", "New Guinea"),
    ("Abyssinia: Example plateau", "Ethiopia", "ET", None),
    ("Tanganyika Territory: Example District", "Tanzania", "TZ", None),
    ("S. Rhodesia: Exampleton", "Zimbabwe", "ZW", None),
    ("Bohemia: prope Exemplov", "Czechia", "CZ", None),
    ("Estonian SSR, Example district", "Estonia", "EE", None),
    ("Dutch Guiana: Example creek", "Suriname", "SR", None),
]


@pytest.mark.parametrize(("text", "country", "code", "state"), HISTORICAL)
def test_historical_names(text: str, country: str | None, code: str, state: str | None) -> None:
    got = fields(text)
    assert got["countryCode"].value == code
    if country is not None:
        assert got["country"].value == country
    assert "historical_name" in got["country"].flags
    assert got["countryCode"].flags == got["country"].flags
    assert (got["stateProvince"].value if "stateProvince" in got else None) == state


def test_a_judged_mapping_is_less_sure() -> None:
    # Prussia's east is Poland and Russia today: a guess, below a name that is no judgement
    prussia = fields("Prussia: prope Exempelstadt")["countryCode"]
    ceylon = fields("Ceylon: prope Exempelstadt")["countryCode"]
    assert prussia.value == "DE"
    assert prussia.confidence < ceylon.confidence
    # the rule's own belief, before calibration weighs it with the rest
    raw = extract_fields(labels_from_text("Prussia: prope Exempelstadt"))["countryCode"]
    sure = extract_fields(labels_from_text("Ceylon: prope Exempelstadt"))["countryCode"]
    assert raw.confidence < sure.confidence - 0.1


# (label, country, code, stateProvince): a region that lies in one country names it; the record
# gives the country's English name and the region as the stateProvince where it is one
REGIONS = [
    ("Insula Java\nLegit: K. Voorbeeld\nprope Exempeldorp", "Indonesia", "ID", "Java"),
    ("Island Celebes\nLoc. Voorbeeld, 300 m", "Indonesia", "ID", "Sulawesi"),
    ("Archipel. Ind. Sumatra, prope Exempeldorp", "Indonesia", "ID", "Sumatra"),
    ("Kagu-Eesti: Näidisküla, metsas", "Estonia", "EE", None),
    ("Tartumaa: Näidisküla, niidul", "Estonia", "EE", "Tartumaa"),
    ("Lapponia kemensis: Exempeltunturi", "Finland", "FI", "Lapponia kemensis"),
    ("Nylandia, Exempelby, in silva", "Finland", "FI", "Nylandia"),
    ("Karelia ladogensis: Exempelsaari", "Russia", "RU", None),
    ("Carelia ladogensis, Exempelsaari, in prato", "Russia", "RU", None),
    ("SICILIA: Monte Esempio, 900 m", "Italy", "IT", "Sicilia"),
]


@pytest.mark.parametrize(("text", "country", "code", "state"), REGIONS)
def test_regions_naming_one_country(text: str, country: str, code: str, state: str | None) -> None:
    got = fields(text)
    assert (got["country"].value, got["countryCode"].value) == (country, code)
    assert got["country"].evidence.rule == "country.region"
    assert "historical_name" not in got["country"].flags
    assert (got["stateProvince"].value if "stateProvince" in got else None) == state


@pytest.mark.parametrize(
    ("text", "state"),
    [
        # Borneo and New Guinea are each shared by several countries: the island, no country
        ("Borneo: Voorbeeldrivier, 50 m\nleg. K. Voorbeeld", "Borneo"),
        ("Nieuw Guinea: Voorbeeldmeer\nleg. K. Voorbeeld", "New Guinea"),
        ("New Guinea, Example Range, 2200 m", "New Guinea"),
    ],
)
def test_islands_of_several_countries_give_no_country(text: str, state: str) -> None:
    got = values(text)
    assert "country" not in got
    assert "countryCode" not in got
    assert got["stateProvince"] == state


def test_the_countrys_own_name_decides_an_islands_country() -> None:
    got = values("Borneo, East Kalimantan, Indonesia\nExample river")
    assert (got["country"], got["countryCode"], got["stateProvince"]) == (
        "Indonesia",
        "ID",
        "Borneo",
    )


# Names that say nothing of where the specimen grew
NOT_THE_PLACE = [
    # herbaria the duplicates went to, over several lines
    (
        "Island Celebes\nLoc. Voorbeeld\nDupl. sent to Herb. at: Kew, Paris, Leiden,\n"
        "Calcutta, Sydney, Manila, Hawaii, New York,\nCanberra, Singapore, Brisbane.",
        "ID",
    ),
    ("N. Sumatra\nDuplicatum missum ad Herb.: Kew, Singapore, Leiden, China", "ID"),
    # a herbarium's stamp and its acronym
    ("Insula Java\nprope Exempeldorp\n(Herbarium Exemplum, Leiden, Netherlands)", "ID"),
    ("NEDERLAND (L)\nIndonesia, Lesser Sunda Islands, Exampleisland", "ID"),
    # a journal's title and a flora cited
    (
        "Insula Java\nCitatur in: Annalen van het\nNederlandsch Indië, Deel 4",
        "ID",
    ),
    ("Cit. Fl. Afr. Centr.\n(Zaire-Rwanda-Burundi)\nCameroun: Exempleville", "CM"),
    ("Herb. Mus. Fenn.\nSuecia: Exempelby", "SE"),
]


@pytest.mark.parametrize(("text", "code"), NOT_THE_PLACE)
def test_duplicates_stamps_and_citations_are_passed_over(text: str, code: str) -> None:
    got = fields(text)
    assert got["countryCode"].value == code
    # one country named: no conflict lowered its confidence
    assert got["countryCode"].confidence >= 0.8


@pytest.mark.parametrize(
    "text",
    [
        # "Guinea" inside New Guinea, "Congo" alone: no country
        "Nieuw-Guinea, Voorbeeldvallei",
        "N. Guinea: Voorbeeldberg",
        "Congo: Exempleville, forêt",
        "Kongo: Beispielort",
        # a word or a first name that a catalogue gives a country's name
        "Island Example, on rocks",
        "Maurice Exemple leg.",
        "Dominique Exemple, 1923",
        # a person's initial before the name, a work's title
        "leg. A. Holland 1932",
        "Herb. Mus. Fenn.",
        "Fl. Madag. 45: 12",
        # Latin abbreviations are works' and herbaria's as often
        "Fl. Suec. ed. 2",
        # the herbaria of a duplicates list
        "Dupl. sent to Herb. at: Leiden, Exampleville, Kew,\nBeeport, Paris.",
        "Duplicata envoyés à: Paris, Genève, Bruxelles (Belgique)",
        # a Spanish or Italian place named like a country in another language
        "HISPANIA: Granada, Sierra Exemplo",
        "Santa Lucia, Exemplo",
    ],
)
def test_not_a_country(text: str) -> None:
    got = values(text)
    bad = {"GN", "CG", "CD", "IS", "MU", "DM", "NL", "FI", "MG", "SE", "SG", "BE", "GD", "LC"}
    assert got.get("countryCode") not in bad


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Java, Walworth Co., South Dakota", "South Dakota"),
        ("Sumatra, Liberty County, Florida", "Florida"),
        ("Bohemia, Suffolk Co., New York", "New York"),
        ("PLANTS OF NEBRASKA\nCrete, Saline County, on prairie", "NEBRASKA"),
    ],
)
def test_a_town_named_after_a_region_gives_way_to_the_state(text: str, state: str) -> None:
    got = values(text)
    assert (got["countryCode"], got["stateProvince"]) == ("US", state)


def test_a_country_named_twice_agrees() -> None:
    # the data label's Suomi twice against a header's Sweden: Finland, flagged as a conflict
    got = fields("Suomi, Uusimaa: Esimerkkilä\nSuomi\nFLORA OF SWEDEN")
    assert got["countryCode"].value == "FI"


def test_every_country_has_its_code() -> None:
    for text, *_ in IN_THE_LABELS_LANGUAGE + HISTORICAL + REGIONS:
        got = values(text)
        assert ("country" in got) == ("countryCode" in got)


def test_tables_map_to_iso_codes() -> None:
    import pycountry

    codes = {c.alpha_2 for c in pycountry.countries}
    for key, entry in country_names().items():
        assert entry.code == "" or entry.code in codes, key
        assert 0 < entry.confidence <= 1, key
        assert entry.kind in ("name", "historical", "region"), key


@pytest.mark.parametrize(
    ("printed", "key"),
    [("Nieuw-Guinea", "nieuw guinea"), ("Ned . Indië", "ned.indie"), ("ÖSTERREICH", "osterreich")],
)
def test_name_key(printed: str, key: str) -> None:
    assert name_key(printed) == key


def test_an_authors_abbreviation_after_a_name_is_no_state() -> None:
    # "Mont." after a binomial is its author, not Montana: the keyed state beside it wins
    got = fields("Aster exemplaris Mont.\nN.C.: Wake Co., near Sampleton\n12 May 1950")
    assert got["stateProvince"].value == "North Carolina"
    assert got["county"].value == "Wake"


def test_two_states_named_as_often_are_a_doubt() -> None:
    got = fields("Aster exemplaris L.\nN.C.: Wake Co., near Sampleton\nTenn.\n12 May 1950")
    assert "several_states" in got["stateProvince"].flags
    assert got["stateProvince"].confidence < 0.9


@pytest.mark.parametrize(
    ("text", "country", "state"),
    [
        # a region of the United States whose name holds another country's
        ("Onoclea exempla L.\nNew England, U.S.A.\nleg. K. Muster", "United States", None),
        ("Nova Anglia\nleg. K. Muster", "United States", None),
        ("Sample Hill, England\nleg. K. Muster", "United Kingdom", None),
        # a note opening a line ("nota bene") is no province; the province's abbreviation is
        (
            "ALASKA. Sample Mts., near Exampleton\nN.B. Lost the scent in a damp box\n28.VII.1967",
            "United States",
            "ALASKA",
        ),
        ("Exampleton, N.B.\nleg. K. Muster 1950", "Canada", "New Brunswick"),
        ("N.B.: Sample Lake, Fundy", "Canada", "New Brunswick"),
    ],
)
def test_names_that_hold_other_places(text: str, country: str, state: str | None) -> None:
    fields = extract_fields(labels_from_text(text))
    assert fields["country"].value == country
    assert (fields["stateProvince"].value if "stateProvince" in fields else None) == state


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a herbarium named after the country its plants come from
        ("HERBIER DE FRANCE\nNom Exempla vulgaris\nMai 1957", "FR"),
        ("Herbier du Brésil (Mr Muster 1840)\nSerra dos Exemplos", "BR"),
        ("Herbarium of Ceylon\nExample Hills, 1860", "LK"),
        # the country alone above a herbarium's complete name (an owner's herbarium)
        ("BRESIL\nHerbier de A. MUSTER\ndonné par Mme EXEMPLE en 1907.", "BR"),
        # Korea in the labels' languages, as institutions key old specimens
        ("Muster: Corée 1894 No 123.", "KR"),
        ("Flora of Corea\nExample 1905", "KR"),
    ],
)
def test_a_herbarium_named_after_its_country(text: str, code: str) -> None:
    assert values(text).get("countryCode") == code


@pytest.mark.parametrize(
    "text",
    [
        # an institution's own herbarium and address say nothing sure of the specimen: its
        # country is offered as a doubt where the labels name no other
        "Herbarium of the University of Ghana\nExample Co.",
        "Herbier de l'Université de Madagascar\nrochers",
    ],
)
def test_an_institutions_herbarium_names_no_sure_country(text: str) -> None:
    got = fields(text).get("countryCode")
    assert got is None or ("country_judged" in got.flags and got.confidence < 0.9)


def test_the_institutions_country_gives_way_to_the_specimens() -> None:
    got = values("Herbarium of the University of Ghana\nExample Co., Togo")
    assert got["countryCode"] == "TG"


@pytest.mark.parametrize(
    ("text", "state"),
    [
        # a state ends its phrase, or goes before its country, a road or a county
        ("Gallatin Co., Mont.", "Montana"),
        ("Son. Mexico", "Sonora"),
        ("Tenn. Knox Co., 3 mi N of Exampleville", "Tennessee"),
        # a French mountain, a person's initials: no state
        ("dans le Jura\nleg. Muster\nMont. Exemple", None),
        ("leg. N. L. Muster, 1902", None),
    ],
)
def test_a_states_abbreviation_before_a_word(text: str, state: str | None) -> None:
    assert values(text).get("stateProvince") == state


@pytest.mark.parametrize(
    ("text", "country", "code"),
    [
        # a country's name abbreviated in its language is kept as printed, with or without spaces
        ("Rep. Dominicana: Prov. Exemplo", "Rep. Dominicana", "DO"),
        ("Rep.Dominicana, Exemplo", "Rep.Dominicana", "DO"),
        # initials give the English name; an abbreviation's lost space changes nothing
        ("Exampleville, U. S. A.", "United States", "US"),
        ("Exampleville, U.S.A.", "United States", "US"),
    ],
)
def test_abbreviated_country_names(text: str, country: str, code: str) -> None:
    got = values(text)
    assert (got["country"], got["countryCode"]) == (country, code)
