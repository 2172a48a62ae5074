from __future__ import annotations

import pytest

from models.dwc import Term, official_terms
from models.errors import InvalidOutputError
from pipelines.outputs.terms import DUBLIN_CORE_TERMS, check_header, ordered_terms, term_uri


def test_dublin_core_terms_are_the_leading_block_of_the_official_list() -> None:
    terms = official_terms()
    assert set(terms[: len(DUBLIN_CORE_TERMS)]) == DUBLIN_CORE_TERMS


def test_term_uri() -> None:
    assert term_uri(Term.occurrenceID) == "http://rs.tdwg.org/dwc/terms/occurrenceID"
    assert term_uri(Term.verbatimLabel) == "http://rs.tdwg.org/dwc/terms/verbatimLabel"
    assert term_uri("license") == "http://purl.org/dc/terms/license"
    assert term_uri("bibliographicCitation") == "http://purl.org/dc/terms/bibliographicCitation"
    assert term_uri("feedbackURL") == "http://rs.tdwg.org/dwc/terms/feedbackURL"
    with pytest.raises(InvalidOutputError, match="substrate"):
        term_uri("substrate")


def test_check_header_rejects_unknown_and_repeated_columns() -> None:
    check_header([Term.occurrenceID, Term.catalogNumber])
    with pytest.raises(InvalidOutputError, match="scientificname"):
        check_header([Term.occurrenceID, "scientificname"])
    with pytest.raises(InvalidOutputError, match="repeats columns: catalogNumber"):
        check_header([Term.catalogNumber, Term.catalogNumber])


def test_ordered_terms_puts_occurrence_id_first_then_official_order() -> None:
    assert ordered_terms(["scientificName", "occurrenceID", "type", "basisOfRecord"]) == (
        "occurrenceID",
        "type",
        "basisOfRecord",
        "scientificName",
    )
