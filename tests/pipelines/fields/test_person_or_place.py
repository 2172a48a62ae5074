"""A collector and a locality read from the same words: one of them is wrong, and the curator is
told. Invented strings."""

from __future__ import annotations

from pipelines.fields import PERSON_OR_PLACE, labels_from_text, parse_fields


def test_a_name_beside_a_date_that_is_also_the_place_is_doubted_twice() -> None:
    # "Example Wood" beside its date: a wood, or a Mr Wood
    got = parse_fields(labels_from_text("Exampla vulgaris\nExample Wood, 4/6/1902"))
    for term in ("recordedBy", "verbatimLocality"):
        assert PERSON_OR_PLACE in got[term].flags
        assert got[term].confidence < 0.9


def test_a_keyed_collector_keeps_its_confidence_when_the_place_runs_over_it() -> None:
    # the place's block takes in the collectors' line: the place is doubted, the keyed name not
    text = "Grand Example, July 22-August 4.\nGEORGE V MUSTER COLLECTORS."
    got = parse_fields(labels_from_text(text))
    assert "MUSTER" in got["verbatimLocality"].value
    assert PERSON_OR_PLACE in got["verbatimLocality"].flags
    assert PERSON_OR_PLACE not in got["recordedBy"].flags
    assert got["recordedBy"].confidence >= 0.9


def test_separate_lines_are_no_doubt() -> None:
    got = parse_fields(labels_from_text("Exampla vulgaris\nExampleton\n4/6/1902\nK. Muster"))
    assert PERSON_OR_PLACE not in got["recordedBy"].flags
    assert PERSON_OR_PLACE not in got["verbatimLocality"].flags
