"""A word alone on its line taken for a genus only where it may be one, and an insect's author line
under its name read as the author, not as a determiner's annotation. Every string is invented, of
the shapes UK, Berlin and Estonian labels print."""

from __future__ import annotations

import pytest

from pipelines.fields import labels_from_text, parse_fields
from pipelines.fields.name_keys import higher_rank, place_like


def fields(text: str) -> dict[str, tuple[str, float, list[str]]]:
    got = parse_fields(labels_from_text(text))
    return {k: (str(c.value), c.confidence, list(c.flags)) for k, c in got.items()}


# a word alone on its line that is no genus: a place, an address, a taxon above the genus
NO_LONE_GENUS = [
    "Sampleton\nExampleshire\nvi.1931\nK.M.",  # an insect's data label: place, county, date
    "NHMUK010123456\nSampleton\nExampleshire\n12.vi.1931\nK. Muster",
    "Natural History Museum\nLondon",  # the address under an institution, by its ending
    "Naturkundemuseum\nK. Muster",  # an institution's name in one word
    "Sampleia\nMuseum\nExampleton.",  # the first word of an institution's name
    "Madagascar\nSampleana\nK. Muster Frères",  # a place under a country alone on its line
    "Coleoptera\nSampleton, Exampleshire\n12.vi.1931\nK. Muster",  # an insect order
    "Lepidoptera\nNoctuidae",
    "Diptera\nBrit. Mus.\n1931-456",
    "Collector: K. Muster\nSampleton",  # an English town by its ending
    "Kogus: A. Mustkask\nTartumaa",  # an Estonian county by its ending
]


@pytest.mark.parametrize("text", NO_LONE_GENUS)
def test_no_genus_alone(text: str) -> None:
    assert "scientificName" not in fields(text)


# a genus alone where it is one: under a series' title, after a field number
LONE_GENUS = [
    ("LICHENS OF EXAMPLESHIRE\nExemplia\non bark of spruce, dense woods", "Exemplia"),
    ("Flora of Peru\nExemplia\nDept. Sampleo\nK. Muster 12", "Exemplia"),
    ("EXEMPLUM HERBARIUM\nExemplia", "Exemplia"),
    ("HERBARIUM EXEMPLUM\n4076. Exemplia\nAmong mosses on a hummock", "Exemplia"),
    ("Sampleia sp.\nSampleton\nDet. K. Muster", "Sampleia"),
]


@pytest.mark.parametrize(("text", "genus"), LONE_GENUS)
def test_genus_alone(text: str, genus: str) -> None:
    got = fields(text)
    assert got["scientificName"][0] == genus
    assert got["taxonRank"][0] == "genus"


@pytest.mark.parametrize(
    ("word", "rank"),
    [
        ("Coleoptera", "order"),
        ("HYMENOPTERA", "order"),
        ("Exemplaptera", "order"),
        ("Lichenes", "group"),
        ("Exemplia", ""),
        ("Ptera", ""),
    ],
)
def test_higher_rank(word: str, rank: str) -> None:
    assert higher_rank(word) == rank


@pytest.mark.parametrize(
    ("word", "place"),
    [
        ("Sampleton", True),
        ("Exampledon", True),
        ("Harjumaa", True),
        ("Croton", False),  # genera that end so
        ("Cynodon", False),
        ("Exemplia", False),
        ("Ton", False),
    ],
)
def test_place_like(word: str, place: bool) -> None:
    assert place_like(word) is place


# an insect's author and year on the line under its name: the name's author, nobody's determination
ZOOLOGICAL_AUTHORS = [
    ("BMNH(E) 1234567\nExemplus sampleanus\nMuster, 1905", "Muster, 1905"),
    ("Exemplus sampleanus\nLinnaeus, 1758\nNHMUK 010123456", "Linnaeus, 1758"),
    ("Exemplus sampleanus\n(Muster & Beispiel, 1939)", "(Muster & Beispiel, 1939)"),
]


@pytest.mark.parametrize(("text", "author"), ZOOLOGICAL_AUTHORS)
def test_zoological_author_line(text: str, author: str) -> None:
    got = fields(text)
    assert got["scientificName"][0] == "Exemplus sampleanus"
    assert got["scientificNameAuthorship"][0] == author
    assert "identifiedBy" not in got and "dateIdentified" not in got


def test_a_place_and_year_under_a_name_is_no_annotation() -> None:
    got = fields("Exemplia sampleana subsp. probata (Bl.) Muster\nSampleton, 1923")
    assert got["scientificName"][0] == "Exemplia sampleana subsp. probata"
    assert "identifiedBy" not in got


def test_an_annotation_in_initials_still_is_one() -> None:
    got = fields("Exemplia sampleana Bl.\nKRW 1936")
    assert got["identifiedBy"][0] == "KRW"


# a name with its author opening the line under a habitat the key's line held is the specimen's;
# a name in a habitat's value, or under the key alone, is the vegetation's
HABITATS = [
    ("Hab. in pratis prope Sampleton\nExemplia sampleana L.", "Exemplia sampleana"),
    ("Habitat: in silvis\nExemplia sampleana (L.) Muster\nleg. K. Muster", "Exemplia sampleana"),
    ("Habitat:\nExemplia sampleana L. forest\nSampleton", None),
    ("Habitat:\nExemplia sampleana L.\nSampleton", None),
    ("Habitat: among Exemplia sampleana L.\nSampleton", None),
    ("Habitat: in silvis\nExemplia sampleana heath\nSampleton", None),
]


@pytest.mark.parametrize(("text", "name"), HABITATS)
def test_a_name_under_a_habitat(text: str, name: str | None) -> None:
    assert fields(text).get("scientificName", (None,))[0] == name
