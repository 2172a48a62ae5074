"""Collectors as British herbarium sheets and insect labels print them (Kew, Edinburgh, the
Natural History Museum): titles, a keyword under the name, an unknown collector. Invented
strings."""

from __future__ import annotations

import pytest

from models.fields import FieldCandidate
from pipelines.fields import labels_from_text, parse_fields


def collector(text: str) -> FieldCandidate | None:
    return parse_fields(labels_from_text(text)).get("recordedBy")


COLLECTORS = [
    ("Carex exempla L.\nSampleton Common\n12 June 1961\nMrs K. Muster", "Mrs K. Muster"),
    # "Miss" before a name is a title, not the state's abbreviation ("Miss.")
    ("Carex exempla L.\nSampleton\nJune 1901\nMiss K. Muster", "Miss K. Muster"),
    # the keyword under the name: the lines above the name are the place
    ("Sampleton\nExampleshire\nG. C. Muster\nColl.", "G. C. Muster"),
    ("A. B. Muster\nC. D. Beispiel\nCollectors", "A. B. Muster | C. D. Beispiel"),
    ("Sampleton\n12.vi.1931\nK. Muster\nB.M. 1931-123", "K. Muster"),
    ("v.c. 17 Surrey: Sampleton\nColl. K. Muster 1234   12 June 1961", "K. Muster"),
    # a bare field number before the name
    ("Carex exempla L.\nSampleton\n1234 K. Muster\n12.6.1901", "K. Muster"),
    # a place before the keyword on its line, the name after it
    ("Carex exempla L.\n12.6.1901\nSampleton, leg. Muster", "Muster"),
    ("Carex exempla L.\n12.6.1901\nSampleton, ges. K. Muster", "K. Muster"),
    ("Carex exempla L.\n12.6.1901\nK. Muster leg. 12.6.1901", "K. Muster"),
]


@pytest.mark.parametrize(("text", "expected"), COLLECTORS)
def test_collectors(text: str, expected: str) -> None:
    got = collector(text)
    assert got is not None
    assert got.value == expected


# An unknown collector is nobody: not the place above the keyword
NOT_COLLECTORS = [
    "Carex exempla L.\nSampleton\nleg. ?",
    "Carex exempla L.\nSampleton\nColl.: (?)",
    "Carex exempla L.\nSampleton\nColl. unknown",
    "Carex exempla L.\nSampleton\nleg. ign.",
    # initials alone after the keyword: not a keyword after the place above
    "Carex exempla L.\nSampleton\nleg. K.M.",
    # a slide's number and who prepared it
    "Sampleton\n12.vi.1931\nSlide No. 12345\ngenitalia K. Muster",
    "Sampleton\n12.vi.1931\nPhoto: K. Muster",
]


@pytest.mark.parametrize("text", NOT_COLLECTORS)
def test_not_collectors(text: str) -> None:
    assert collector(text) is None


# A title and a surname alone, uncued, is doubted (below 0.9)
@pytest.mark.parametrize(
    "text",
    [
        "Carex exempla L.\nSampleton, Exampleshire\nJune 1901\nMiss Muster",
        "Carex exempla L.\nSampleton, Exampleshire\nJune 1901\nMr. Muster",
    ],
)
def test_title_and_surname_doubted(text: str) -> None:
    got = collector(text)
    assert got is not None
    assert "surname_only" in got.flags
    assert got.confidence < 0.9


# A museum's own numbers are no collector's field number; a collector's are
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Sampleton\n12.vi.1931\nSlide No. 12345", None),
        ("Sampleton\n12.vi.1931\nGen. prep. No. 45", None),
        ("Sampleton\n12.vi.1931\nHerb. No. 6789", None),
        ("Sampleton\n12.vi.1931\nColl. No. 6789", "6789"),
        ("Sampleton\n12.vi.1931\nNo. 6789", "6789"),
    ],
)
def test_field_numbers(text: str, number: str | None) -> None:
    got = parse_fields(labels_from_text(text)).get("recordNumber")
    assert (got.value if got is not None else None) == number


def test_annotated_by_names_the_determiner() -> None:
    got = parse_fields(
        labels_from_text("Carex exempla L.\nSampleton\nAnnotated by J. Beispiel 2001")
    )
    assert got["identifiedBy"].value == "J. Beispiel"
    assert "recordedBy" not in got


# A year before a name is the date's line, no field number's
def test_a_year_before_a_name_is_no_field_number() -> None:
    got = parse_fields(labels_from_text("Carex exempla L.\nSampleton\n1901 K. Muster"))
    assert got["recordedBy"].evidence.rule != "collector.number_name"


# A question mark beside the name: the label doubts its collector; the OCR's "?" for the
# keyword's stop does not
@pytest.mark.parametrize(
    ("text", "questioned"),
    [
        ("Sampleton\n12.6.1901\nleg. ? Muster", True),
        ("Sampleton\n12.6.1901\nleg. Muster ?", True),
        ("Sampleton\n12.6.1901\nleg. K. Muster (?)", True),
        ("Sampleton\n12.6.1901\nLeg? K. Muster", False),
        ("Sampleton ? 12.6.1901\nleg. K. Muster", False),
    ],
)
def test_a_queried_collector_is_doubted(text: str, questioned: bool) -> None:
    got = collector(text)
    assert got is not None
    assert ("questioned" in got.flags) is questioned
    assert (got.confidence < 0.9) is questioned


# The determiner's name before the key, as insect collections' slips print it: never the
# collector, unless the key is shared ("leg. et det.")
@pytest.mark.parametrize(
    ("text", "recorded", "identified"),
    [
        (
            "Sampleton\n12.vi.1931\nJ. Beispiel\n\nExempla exempla\nK. Muster det. 1990",
            "J. Beispiel",
            "K. Muster",
        ),
        ("Sampleton\n12.vi.1931\n\nExempla exempla\nK. Muster, det.", None, "K. Muster"),
        ("Sampleton\n12.vi.1931\nK. Muster leg. et det.", "K. Muster", "K. Muster"),
        ("Sampleton\n12.vi.1931\nExempla exempla det.", None, None),
    ],
)
def test_determiner_before_the_key(text: str, recorded: str | None, identified: str | None) -> None:
    got = parse_fields(labels_from_text(text))
    rec, ident = got.get("recordedBy"), got.get("identifiedBy")
    assert (rec.value if rec else None) == recorded
    assert (ident.value if ident else None) == identified
