"""Greek prefectures (nomoi) as labels print them, their name in the genitive after "Nomos" or
"Nom." ("Nomos Lakonias" is Lakonia), and Russian and Soviet regions named by their town after a
Latin label's "Prov." or "Obl." ("Prov. Leningrad"), with or without its full stop, before
"Prov." ("Leningrad Prov.") or after "Province of". Invented strings in the shapes labels use
(the places are real prefectures and regions, the towns invented)."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import reading, value

_DATA = "\nExampla ornata Muster\n12.v.1974\nleg. K. Muster 123"

PREFECTURES = [
    ("FLORA GRAECA\nNomos Lakonias: prope Musterdorf, 600 m", "Lakonia"),
    ("Flora of Greece\nNomos Ioanninon: Sampleia, 1200 m", "Ioannina"),
    ("Iter Graecum\nNom. Achaias: Mt. Probeion", "Achaia"),
    ("Flora of Greece\nNOMOS CHANION: Sampleiko farangi", "Chania"),
    ("Flora Graeca\nNom. Fthiotidos, Mt. Sample", "Fthiotida"),
    # an older transliteration, the nominative, a name whose cases are one
    ("Flora of Greece\nNomos Achaeas, Sampleio, 400 m", "Achaia"),
    ("Flora of Greece\nNomos Arkadia: Probeio", "Arkadia"),
    ("Flora of Greece\nNomos Kilkis, Sampleio", "Kilkis"),
    ("Flora of Greece\nPrefecture of Magnisia: Mt. Sample", "Magnisia"),
]


@pytest.mark.parametrize(("text", "state"), PREFECTURES)
def test_a_prefecture_in_the_genitive_is_its_name(text: str, state: str) -> None:
    got = reading(text + _DATA, "stateProvince")
    assert got is not None and got[0] == state
    assert value(text + _DATA, "country") == "Greece"


@pytest.mark.parametrize(
    "text",
    [
        # a prefecture's name alone is its capital's too: no state without "Nomos"
        "Flora of Greece\nKozani: Sampleio",
        "Flora of Greece\nSampleio near Arta",
    ],
)
def test_a_prefectures_name_alone_is_no_state(text: str) -> None:
    assert value(text + _DATA, "stateProvince") is None


def test_a_hellenic_title_names_greece() -> None:
    got = reading("Flora Hellenica\nSampleio, 300 m" + _DATA, "country")
    assert got is not None and got[0] == "Greece" and got[1] >= 0.9 and got[2] == []


def test_a_hellenic_epithet_names_no_country() -> None:
    assert value("Exampla hellenica Muster\nSampleton, 12.v.1990", "country") is None


BY_TOWN = [
    ("Herbarium Samplense\nProv. Leningrad, distr. Probeham", "Prov. Leningrad", "Russia"),
    ("Herbarium Samplense\nProv Leningrad, distr. Musterovo", "Prov Leningrad", "Russia"),
    ("Plantae Rossicae\nProv. Kaluga, distr. Probsk", "Prov. Kaluga", "Russia"),
    ("Provincia Pskov, Sampleevo", "Provincia Pskov", "Russia"),
    ("Obl. Kaluga, Samplovo", "Obl. Kaluga", "Russia"),
    ("Prov. Kiev, Probeivka", "Prov. Kiev", "Ukraine"),
    ("Oblast Kaluga, Samplovo", "Oblast Kaluga", "Russia"),
    ("Leningrad Prov., Samplovo", "Leningrad Prov.", "Russia"),
    ("Province of Leningrad: Samplovo", "Province of Leningrad", "Russia"),
    ("Government of Tver, Samplino", "Government of Tver", "Russia"),
]


@pytest.mark.parametrize(("text", "state", "country"), BY_TOWN)
def test_a_region_by_its_town_after_a_province_word(text: str, state: str, country: str) -> None:
    got = (value(text + _DATA, "stateProvince"), value(text + _DATA, "country"))
    assert got == (state, country)


def test_a_dutch_province_is_not_taken_for_a_town() -> None:
    text = "Flora of the Netherlands\nProv. Utrecht, Probeveen" + _DATA
    assert (value(text, "stateProvince"), value(text, "country")) == ("Utrecht", "Netherlands")


@pytest.mark.parametrize(
    ("text", "state"),
    [
        # a type word's "m" read as "rn"
        ("FLORA GRAECA\nNornos Lakonias : prope Sampleika", "Lakonia"),
        ("Flora Graeca\nNORNOS MESSINIAS: Sampleio", "Messinia"),
    ],
)
def test_a_type_word_with_its_m_read_as_rn(text: str, state: str) -> None:
    assert value(text + _DATA, "stateProvince") == state
