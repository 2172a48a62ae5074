"""The municipality after its keyword ("Municipio de ...", "Mpio. ...": `municipality_candidates`)."""

from __future__ import annotations

import re

from models.dwc import Term
from models.fields import FieldCandidate
from pipelines.fields.text import Label, candidate, is_institution

# "Mun Hatillo.", "Municipio de San Lorenzo", "Mpio. Exemplo": the word is only ever a keyword,
# and the name that follows runs to the next punctuation.
_MUNICIPALITY = re.compile(
    r"(?<![\w])(?:Municipio|MUNICIPIO|Municipality|MUNICIPALITY|Mpio|MPIO|Mun|MUN)\b\.?:?\s*"
    r"(?:(?:de|of)\s+)?"
    r"(?P<n>(?:St\.\s|[A-ZÀ-Þ][\w'’-]*)(?:\s(?:de\s|del\s|la\s|las\s|los\s)?[A-ZÀ-Þ][\w'’-]*){0,3})"
)


def municipality_candidates(labels: list[Label]) -> list[FieldCandidate]:
    for lab in labels:
        for m in _MUNICIPALITY.finditer(lab.flat):
            if is_institution(lab.line_at(m.start()).text):
                continue
            s, e = m.start("n"), m.end("n")
            value = lab.flat[s:e]
            return [candidate(Term.municipality, value, 0.8, lab, s, e, "municipality.keyword")]
    return []
