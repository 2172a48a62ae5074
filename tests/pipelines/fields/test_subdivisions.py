"""stateProvince outside the USA, Canada and Mexico: a first-level subdivision of the record's
country (ISO 3166-2, and the table of those ISO does not list) printed on a data label. Every
label line here is invented (invented places in real subdivisions)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.fields import FieldCandidate
from pipelines.fields import extract_fields, labels_from_text, parse_fields
from pipelines.fields.subdivisions import gazetteer


def fields(text: str) -> dict[str, FieldCandidate]:
    return extract_fields(labels_from_text(text))


def state(text: str) -> FieldCandidate | None:
    return fields(text).get("stateProvince")


# (label, stateProvince as printed with its type word, rule)
TAKEN = [
    # a type word before the name, in the label's language, its full stop kept or lost
    ("Exampleton, Prov. San Juan, Rep. Dominicana", "Prov. San Juan", "state.subdivision"),
    ("REPUBLICA DOMINICANA\nprov. Monte Plata\nloma arriba", "prov. Monte Plata", "state.subdivision"),
    ("CUBA\nPROVINCE OF MATANZAS\nNEAR EXAMPLEVILLE", "PROVINCE OF MATANZAS", "state.subdivision"),
    ("Plantas de CUBA. Prov. MATANZAS", "Prov. MATANZAS", "state.subdivision"),
    ("República Dominicana: Provincia de La Vega: cerca de Ejemplo", "Provincia de La Vega", "state.subdivision"),
    ("USA, Puerto Rico. Mun Exampleport. Mun Utuado. 18°N", "Mun Utuado", "state.subdivision"),
    ("Haïti: Dépt. du Nord-Ouest, Exempleville", "Dépt. du Nord-Ouest", "state.subdivision"),
    ("Belgique: Prov. de Namur, Exempleville", "Namur", "state.subdivision"),
    # a type word after the name; "St." for "Saint"
    ("Locality St. Philip Parish, Barbados", "St. Philip Parish", "state.subdivision"),
    ("PLANTS OF JAMAICA\nST. ANN PARISH. Road above Exampletown", "ST. ANN PARISH", "state.subdivision"),
    ("PLANTS OF ELEUTHERA ISLAND, BAHAMAS", "ELEUTHERA ISLAND", "state.subdivision"),
    ("KENYA: Exampletown, Kiambu County, 1800 m", "Kiambu", "state.subdivision"),
    # a form's key: the value is the name alone
    ("Country: Costa Rica\nProvince: Alajuela\nLocality: Ejemplo", "Alajuela", "state.subdivision"),
    # alone, in its own place: right after the country's name, or between punctuation
    ("WEST INDIES, Dominica. St. Patrick. Above the example bridge", "St. Patrick", "state.subdivision_bare"),
    ("República Dominicana:Distrito\nNacional:Jardín de Ejemplo", "Distrito Nacional", "state.subdivision_bare"),
    ("PLANTS OF THE CAYMAN ISLANDS\nCayman Brac\nExample Bluff", "Cayman Brac", "state.subdivision_bare"),
    ("FLORA OF THE BAHAMA ISLANDS\nAbaco: in pineyard near Exampleton", "Abaco", "state.subdivision_bare"),
    # a province's old name (Cuba before 1976)
    ("CUBA: Las Villas, Loma del Ejemplo", "Las Villas", "state.subdivision_bare"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "rule"), TAKEN)
def test_subdivision_taken(text: str, value: str, rule: str) -> None:
    got = state(text)
    assert got is not None
    assert (got.value, got.evidence.rule) == (value, rule)


def test_a_type_word_is_surer_than_a_bare_name() -> None:
    typed = state("Rep. Dominicana: Prov. Barahona: Exampleton")
    after = state("Rep. Dominicana: Barahona: Exampleton")
    alone = state("Exampleton, 3 km N.\nBarahona, loma\nREP. DOMINICANA")
    assert typed is not None and after is not None and alone is not None
    assert typed.confidence > after.confidence > alone.confidence


def test_an_ordinary_word_is_doubtful() -> None:
    # "Oriente" (east): Cuba's old province, and a word
    got = state("CUBA\nSierra Ejemplo, cerca de Muestra, Oriente")
    assert got is not None and got.value == "Oriente"
    assert got.confidence < 0.5


NOT_TAKEN = [
    # a name inside running text is a town's ("vicinity of", "cerca de")
    "Rep. Dominicana: vicinity of San Juan, 300 m",
    "CUBA: cerca de Santa Clara en el camino",
    # another country's subdivision: San Juan is no Cuban province, Namur no Dutch one
    "CUBA: Prov. San Juan, Exampleville",
    "NEDERLAND: Prov. Namur, bij Voorbeeld",
    # no country: nothing to look in
    "Prov. San Juan, Exampleton, 300 m",
    # a department of an institution, not of a country
    "DOMINICAN REPUBLIC\nDept. Agriculture, Exampleton",
    # the institution's address
    "JARDIN BOTANICO DE EJEMPLO\nSANTIAGO, REPUBLICA DOMINICANA\nloma del ejemplo",
    # a short name needs its type word ("Sud" alone is a word)
    "Haïti: Sud, Exempleville",
    # "is" is no abbreviation of "Island"
    "BAHAMAS\nThe plant on Exampleton Andros is rare",
]


@pytest.mark.parametrize("text", NOT_TAKEN)
def test_subdivision_not_taken(text: str) -> None:
    assert state(text) is None


# Where another table names the regions, ISO's names are not looked for: British vice-counties,
# Finland's biogeographical provinces, US states (their own tables, unchanged)
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Suomi, Uusimaa: Esimerkkilä\nleg. M. Malli", "Nylandia"),
        ("U.S.A. Ohio: Exampleton, Sample Co.", "Ohio"),
        ("MEXICO: Jalisco, 5 km N of Ejemplo", "Jalisco"),
    ],
)
def test_other_tables_decide(text: str, value: str) -> None:
    got = state(text)
    assert got is not None and got.value == value


def test_no_iso_names_where_another_table_decides() -> None:
    assert gazetteer("GB") == {} and gazetteer("FI") == {} and gazetteer("US") == {}
    assert state("ENGLAND: Kent, Exampleton Wood") is None


def test_gazetteer_keeps_first_levels_and_drops_towns() -> None:
    ee = gazetteer("EE")
    assert "tartumaa" in ee and ee["tartumaa"].bare
    assert "rakvere" not in ee  # a municipality inside a county
    do = gazetteer("DO")
    assert do["san pedro de macoris"].name == "San Pedro de Macorís"
    assert "distrito nacional" in do  # ISO: "Distrito Nacional (Santo Domingo)"
    assert not gazetteer("HT")["sud"].bare  # fewer than five letters: a type word is needed


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=80))
def test_never_raises(text: str) -> None:
    fields("CUBA: " + text)


@pytest.mark.parametrize(
    "text",
    [
        # a district of a region ISO names alike: not the region itself
        "Tanganyika Territory: Morogoro District, Sample Mts\n1950 K. Muster",
        "Kenya: Nakuru District, Sample Forest\n1950 K. Muster",
    ],
)
def test_a_district_of_another_level_is_no_state(text: str) -> None:
    assert "stateProvince" not in parse_fields(labels_from_text(text))


def test_a_district_where_iso_names_districts() -> None:
    got = parse_fields(labels_from_text("Bulgaria: Sample, distr. Sofia\n1930"))
    assert got["stateProvince"].value == "Sofia"
