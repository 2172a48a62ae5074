"""The municipality after its keyword ("Municipio de ...", "Mpio. ...": `municipality_candidates`)."""

from __future__ import annotations

import re

from models.dwc import Term
from models.fields import FieldCandidate
from pipelines.fields.text import Label, candidate, is_institution

# "Mun Hatillo.", "Municipio de San Lorenzo", "Mpio. Exemplo", "Município de Exemplo": the word is only ever a keyword,
# and the name that follows runs to the next punctuation.
_MUNICIPALITY = re.compile(
    r"(?<![\w])(?:Munic[ií]pio|MUNIC[IÍ]PIO|Municipality|MUNICIPALITY|Mpio|MPIO|Mun|MUN)\b\.?:?\s*"
    r"(?:(?:de|of|do|da|DE|OF|DO|DA)\s+)?"
    # the name on the keyword's line ("Municipio de San Lorenzo / Beeby Road": not the road)
    r"(?P<n>(?:St\.[ \t]|[A-ZÀ-Þ][\w'’-]*)"
    r"(?:[ \t](?:(?:de|del|la|las|los|da|das|do|dos)[ \t]){0,2}[A-ZÀ-Þ][\w'’-]*){0,3})"
)


def municipality_candidates(labels: list[Label]) -> list[FieldCandidate]:
    for lab in labels:
        for m in _MUNICIPALITY.finditer(lab.text):
            if is_institution(lab.line_at(m.start()).text):
                continue
            s, e = m.start("n"), m.end("n")
            value = lab.text[s:e]
            return [candidate(Term.municipality, value, 0.8, lab, s, e, "municipality.keyword")]
    return []
