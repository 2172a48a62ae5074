"""The collector's companions of a "with" line ("with Tobias A. Zeller", "327 w/ S. Dorfman")."""

from __future__ import annotations

import re

from models.dwc import Term
from models.fields import FieldCandidate
from pipelines.fields.dates import date_alone
from pipelines.fields.people.persons import Person, persons_at
from pipelines.fields.people.shapes import full_name, only_noise, person_candidate
from pipelines.fields.text import Label, candidate

# "with Tobias A. Zeller, José Cerdán" on a line of its own, "With: M. Brennick", "327 w/ S. Dorfman".
# After a collector's number on its line too: "K. Muster 1234 with J. Beispiel".
_WITH = re.compile(
    r"(?:^[ \t]*(?:[Ww]ith|WITH)(?P<colon>[ \t]*:)?|(?<![A-Za-z])w/|(?<=\d )(?P<inline>with|WITH)(?= ))"
    r"[ \t]*(?=\S)",
    re.M,
)


def _companions(lab: Label, m: re.Match[str]) -> Person | None:
    """The people after "with": full names (a lone word is as often a place: "with Mad
    River"), and after a bare "with" nothing else on the line ("with Pinus Ponderosa forest")."""
    i = lab.line_no(m.start())
    end = lab.lines[i].end
    # a list that runs on to the next line: "With: A. Bell, C. Dorn,\nE. Fisk"
    if lab.text[:end].rstrip().endswith(",") and i + 1 < len(lab.lines):
        end = lab.lines[i + 1].end
    p = persons_at(lab, m.end(), end=end)
    if p is None or not full_name(Person(lab, p.start, p.end, p.names[:1])):
        return None
    explicit = m.group("colon") or m.group("inline") or m.group(0).startswith("w/")
    rest = lab.flat[p.end : end]
    # "with J. Q. Ames   7 Oct 1995": the collection date beside the name
    if not explicit and not (only_noise(rest) or date_alone(rest, full_year=False)):
        return None
    return p


def with_companions(
    labels: list[Label], coll: list[FieldCandidate]
) -> tuple[list[FieldCandidate], list[FieldCandidate]]:
    """The collector's companions join the names (Darwin Core's recordedBy lists everyone who
    collected, the primary collector first): after a collector named on the same line or up to
    two lines above, or on the line above a collector's; without one, they are the collectors
    found. Also returns the companions' own spans."""
    out = list(coll)
    spans: list[FieldCandidate] = []
    for li, lab in enumerate(labels):
        for m in _WITH.finditer(lab.text):
            p = _companions(lab, m)
            if p is None:
                continue
            alone = person_candidate(Term.recordedBy, p, 0.5, "collector.with")
            # the span claimed from the places holds the keyword too
            spans.append(
                candidate(
                    Term.recordedBy, alone.value, 0.5, lab, m.start(), p.end, alone.evidence.rule
                )
            )
            at = lab.line_no(m.start())
            # "... / with Ottilie Brand // Warren P. Fisk 33418": the "with" line ends its label,
            # the collector's line opens the next
            below = labels[li + 1] if li + 1 < len(labels) and at == len(lab.lines) - 1 else None
            joined = False
            for k, c in enumerate(out):
                line = c.evidence.line
                opens_below = (
                    below is not None
                    and c.evidence.label == below.label
                    and (c.evidence.start or 0) < below.lines[0].end
                )
                if not opens_below:
                    if c.evidence.label != lab.label or line is None or not -1 <= at - line <= 2:
                        continue
                    if at >= line and (c.evidence.end or 0) > p.start:
                        continue
                names = c.value.split(" | ")
                names += [n for n in p.names if n not in names]
                # the evidence stays the first collector's name (a field number is paired with
                # its end); the rule tells a curator the value also holds the "with" line's names
                cited = c.evidence.model_copy(update={"rule": f"{c.evidence.rule}+with"})
                out[k] = c.model_copy(update={"value": " | ".join(names), "evidence": cited})
                joined = True
            if not joined and not coll:
                out.append(alone)
    return out, spans
