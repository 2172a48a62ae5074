"""Which namespace each Simple Darwin Core term belongs to, and the header check every writer runs.

The term names themselves live in `models.dwc`; this module only adds what an archive needs on top:
the full term URI for meta.xml. Simple Darwin Core borrows eight terms from Dublin Core (TDWG lists
them first in simple_dwc_vertical.csv); those are `http://purl.org/dc/terms/<term>`, all others are
`http://rs.tdwg.org/dwc/terms/<term>`. The set is written out rather than taken as "the first eight
lines" so that a new term added at the top of the official list cannot silently become a dcterm; a
test checks that the set is exactly the leading block of the list.
"""

from __future__ import annotations

from collections.abc import Iterable

from models.dwc import Term, official_terms
from models.errors import InvalidOutputError

DWC_NS = "http://rs.tdwg.org/dwc/terms/"
DCTERMS_NS = "http://purl.org/dc/terms/"
OCCURRENCE_ROW_TYPE = f"{DWC_NS}Occurrence"

DUBLIN_CORE_TERMS = frozenset(
    {
        "type",
        "modified",
        "language",
        "license",
        "rightsHolder",
        "accessRights",
        "bibliographicCitation",
        "references",
    }
)


def term_uri(term: str) -> str:
    """The full URI meta.xml must give for a Simple Darwin Core column name."""
    check_header([term])
    namespace = DCTERMS_NS if term in DUBLIN_CORE_TERMS else DWC_NS
    return f"{namespace}{term}"


def check_header(header: Iterable[str]) -> None:
    """Refuse to write a column the GBIF IPT would not auto-map (a typo, a project-internal key)."""
    official = set(official_terms())
    columns = list(header)
    unknown = [c for c in columns if c not in official]
    if unknown:
        raise InvalidOutputError(
            f"output header has columns that are not Simple Darwin Core terms: {', '.join(unknown)}"
        )
    repeated = sorted({c for c in columns if columns.count(c) > 1})
    if repeated:
        raise InvalidOutputError(f"output header repeats columns: {', '.join(repeated)}")


def ordered_terms(terms: Iterable[str]) -> tuple[str, ...]:
    """occurrenceID first (the archive's id column, and what a curator looks up), then TDWG order.

    Unknown names are an error rather than dropped, so a caller's bug is not hidden.
    """
    wanted = set(terms)
    check_header(wanted)
    rest = [t for t in official_terms() if t in wanted and t != Term.occurrenceID]
    return (Term.occurrenceID.value, *rest)
