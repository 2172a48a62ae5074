"""Scientific names in the shapes old labels and OCR give them: a full stop after the epithet, an
author line that is no author's, an annotation dated with a range of years. Every string is
invented, of the shapes labels print."""

from __future__ import annotations

import pytest

from pipelines.fields import labels_from_text, parse_fields


def fields(text: str) -> dict[str, tuple[str, float, list[str]]]:
    got = parse_fields(labels_from_text(text))
    return {k: (str(c.value), c.confidence, list(c.flags)) for k, c in got.items()}


# a full stop closes the epithet before its author or at its line's end
EPITHET_STOPS = [
    ("Exemplia sampleana. L.\nMustertal, Exempland\nK. Beispiel", "Exemplia sampleana", "L."),
    ("Exemplia sampleana. (L.) Muster\nleg. K. Beispiel", "Exemplia sampleana", "(L.) Muster"),
    ("Exemplia sampleana.\n(Bl.) Wa\nleg. K. Beispiel", "Exemplia sampleana", "(Bl.) Wa"),
    ("Herbarium Exemplum\nExemplia sampleana.\nMustertal", "Exemplia sampleana", None),
]


@pytest.mark.parametrize(("text", "name", "author"), EPITHET_STOPS)
def test_a_full_stop_after_the_epithet(text: str, name: str, author: str | None) -> None:
    got = fields(text)
    assert got["scientificName"][0] == name
    assert got.get("scientificNameAuthorship", (None,))[0] == author


# a word abbreviated with a full stop is no epithet closed by one
ABBREVIATIONS = [
    ("Exemplia spec. B\nleg. K. Beispiel", "Exemplia"),  # a genus, "spec." its indet word
    ("Musterdorf leg. K. Beispiel", None),
    ("Exemplia sampl. Bl.\nleg. K. Beispiel", None),
]


@pytest.mark.parametrize(("text", "name"), ABBREVIATIONS)
def test_an_abbreviation_is_no_epithet(text: str, name: str | None) -> None:
    assert fields(text).get("scientificName", (None,))[0] == name


def test_a_line_that_goes_on_after_a_person_is_no_author_line() -> None:
    # the name written above the printed one, then the collector's line: two names, doubted
    text = (
        "Exemplia\nsampleana\nK. Muster, Herbarium exemplicum.\nNo 12\n"
        "Beispielia sampleana Muster\nFundort: Musterberg"
    )
    got = fields(text)
    assert got["scientificName"][0] == "Beispielia sampleana"
    assert "several_taxa" in got["scientificName"][2]
    assert got["scientificName"][1] < 0.9


@pytest.mark.parametrize("below", ["(Verm.) Holt", "Bx.", "Bx. 1923"])
def test_an_author_line_under_the_epithet(below: str) -> None:
    got = fields(f"Exemplus ♀\nsampleanus\n{below}")
    assert got["scientificName"][0] == "Exemplus sampleanus"
    assert got["scientificNameAuthorship"][0] == below.removesuffix(" 1923")


def test_an_annotation_dated_with_a_range_of_years() -> None:
    # the annotator's line under the later name gives the years of the revision
    text = (
        "Exemplia sampleana Muster\nBeispielland\n\n"
        "Beispielia sampleana (Bl.) Wa\nKarl P. Muster, 1971-1972\nHerbarium Beispiel"
    )
    got = fields(text)
    assert got["scientificName"][0] == "Beispielia sampleana"
    assert got["identifiedBy"][0] == "Karl P. Muster"
    assert got["dateIdentified"][0] == "1971/1972"


# a genus the OCR split with a stray space, its epithet and author a few lines below, a header's
# capitals or a stray word between them: one name
GENUS_OVER_A_GAP = [
    (
        "HERBARIUM OF\nTHE UNIVERSITY OF EXAMPLE\nExem plaria\nEXAMPLE COLLECTIONS\n"
        "rocordio\nsampleana (Nyl.) Muster\nColl. K. Muster",
        "Exemplaria sampleana",
        "(Nyl.) Muster",
    ),
    (
        "Exemplaria\nLICHENS OF EXAMPLESHIRE\nsampleana (Nyl.) Muster\nColl. K. Muster",
        "Exemplaria sampleana",
        "(Nyl.) Muster",
    ),
    # not a binomial over a subspecies' line, nor a place over a genus in capitals, nor a genus
    # over its epithet and its subspecies' line
    ("Exemplia sampleana\nprobata (L.) Muster", "Exemplia sampleana probata", "(L.) Muster"),
    ("Exemplia sampleana\nSampleton Museum\nprobata (L.) Muster", "Exemplia sampleana", None),
    ("Sampleburg\nEXEMPLIA\nsampleana (Bl.) Wa\nJava", "Exemplia sampleana", "(Bl.) Wa"),
    ("Exemplus\nsampleanus\nprobatus Bx.\nDet. K. Muster", "Exemplus sampleanus probatus", "Bx."),
]


@pytest.mark.parametrize(("text", "name", "author"), GENUS_OVER_A_GAP)
def test_a_genus_over_a_gap(text: str, name: str, author: str | None) -> None:
    got = fields(text)
    assert got["scientificName"][0] == name
    assert got.get("scientificNameAuthorship", (None,))[0] == author


# a hybrid's sign, an aggregate's word after the author, a plant's key, an adjective's capital
MORE_SHAPES = [
    ("Exemplia ×sampleana Muster\nSampleton, Kent", "Exemplia ×sampleana", "Muster"),
    ("Exemplia x sampleana Muster\nSampleton", "Exemplia ×sampleana", "Muster"),
    ("Exemplia sampleana L. s.l.\nSampleton", "Exemplia sampleana", "L."),
    ("Planta: Exemplia sampleana\nSampleton", "Exemplia sampleana", None),
    ("Exemplia Musteriana Koch\nSampleton", "Exemplia musteriana", "Koch"),
    # not: a place whose second word ends as an adjective's epithet, without an author
    ("Villa Exempliana\nvi.1931", None, None),
    ("Sampleton x Exampleton\nvi.1931", None, None),
]


@pytest.mark.parametrize(("text", "name", "author"), MORE_SHAPES)
def test_more_shapes(text: str, name: str | None, author: str | None) -> None:
    got = fields(text)
    assert got.get("scientificName", (None,))[0] == name
    assert got.get("scientificNameAuthorship", (None,))[0] == author


# an epithet alone written over the printed name: a correction, so the name is doubted
OVERWRITTEN = [
    ("Lichens\nsampleana\nExemplia probata Bl.\nNo. 502", True),
    ("Exemplia probata Bl.\nNo. 502", False),
    ("sterile\nExemplia probata Bl.", False),  # the specimen's state, no epithet
    ("Exemplus\nsampleanus Bx.", False),  # the genus over its own epithet
]


@pytest.mark.parametrize(("text", "doubted"), OVERWRITTEN)
def test_an_epithet_written_over_the_name(text: str, doubted: bool) -> None:
    _, confidence, flags = fields(text)["scientificName"]
    assert ("several_taxa" in flags) is doubted
    assert (confidence < 0.9) is doubted


# the infraspecific rank on the line after the author's own line
INFRA_AFTER_THE_AUTHOR_LINE = [
    ("Exemplia sampleana\n(L.) Muster\nvar. probata Beisp.\nSampleton", "var. probata", "Beisp."),
    ("Exemplus sampleanus\nMuster, 1905\nssp. probatus Beisp.", "ssp. probatus", "Beisp."),
    ("Exemplia sampleana\n(L.) Muster\nSampleton", None, "(L.) Muster"),
]


@pytest.mark.parametrize(("text", "infra", "author"), INFRA_AFTER_THE_AUTHOR_LINE)
def test_infra_after_the_author_line(text: str, infra: str | None, author: str) -> None:
    got = fields(text)
    assert got["scientificName"][0].endswith(infra or "sampleana")
    assert got["scientificNameAuthorship"][0] == author


# Old labels capitalise adjectival epithets too ("Cornus Canadensis L."): a name when an author
# follows (with a full stop, in brackets, or closing the line); two capitalised words that name a
# place, or stand before a kind of place, are none.
CAPITAL_EPITHETS = [
    ("FLORA OF EXAMPLA\nCetraria Exemplica Sampl.\nSampleton, on rocks", "Cetraria exemplica"),
    ("Cetraria Exemplica Muster\nSample Island, 3 May 1901", "Cetraria exemplica"),
    ("Parmelia Exemplaris Nyl.\nSampleton, on rocks\nleg. K. Muster 12", "Parmelia exemplaris"),
    ("Cornus Exemplensis (L.) Muster\nSampleton", "Cornus exemplensis"),
    ("Costa Rica Prov. Alajuela\nleg. K. Muster 12", None),
    ("Sierra Exemplica Mts., 3 May 1901\nleg. K. Muster 12", None),
    ("Santa Exemplica Mts.\nleg. K. Muster 12", None),
    ("Cetraria Exemplica Muster leg.\nSampleton", None),  # the word after goes on: no author
]


@pytest.mark.parametrize(("text", "name"), CAPITAL_EPITHETS)
def test_a_capitalised_epithet(text: str, name: str | None) -> None:
    assert fields(text).get("scientificName", (None,))[0] == name


# A zoological author's year is the name's publication's, never the collection's.
AUTHORS_YEARS = [
    ("SYNTYPE\nExampla muster\nBeispiel, 1888\n\nSampleton\nK. Muster", None),
    ("Exampla muster Beispiel, 1888\nSampleton, Exampla Co.\nleg. K. Muster", None),
    ("Sampleton\n12.VII.1950\nK. Muster\n\nExampla muster (Beispiel, 1888)", "1950-07-12"),
    ("Exampla muster Beispiel\nSampleton, 1888\nleg. K. Muster", "1888"),  # a place's year
]


@pytest.mark.parametrize(("text", "date"), AUTHORS_YEARS)
def test_an_authors_year_is_no_collection_date(text: str, date: str | None) -> None:
    assert fields(text).get("eventDate", (None,))[0] == date


# a habitat's words before the name: "Heathland on" is no genus split by a stray space
@pytest.mark.parametrize(
    "habitat",
    [
        "Heathland on sandstone",
        "Woodland in clearings",
        "Grassland among rocks",
        "Moorland on peat",
    ],
)
def test_a_habitats_preposition_is_no_split_genus(habitat: str) -> None:
    got = fields(f"{habitat}\nColl. K. Muster 1442   14.xi.1986\nExemplia musteriana")
    assert got["scientificName"][0] == "Exemplia musteriana"
