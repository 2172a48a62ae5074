"""The fields of the collections beyond sheets and pins (fossils, spirit jars, skins, skeletons):
a fossil's stratigraphy and a specimen's preparations, in one call for the pipeline; and which
of them take their lines from the locality (`museum_claims`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from models.fields import FieldCandidate
from pipelines.fields.preparations import preparation_candidates
from pipelines.fields.stratigraphy import stratigraphy_candidates
from pipelines.fields.text import Label

__all__ = ["museum_candidates", "museum_claims"]


def museum_candidates(labels: Sequence[Label]) -> list[FieldCandidate]:
    """The GeologicalContext terms and `preparations` the labels name."""
    return stratigraphy_candidates(labels) + preparation_candidates(labels)


def museum_claims(cands: Sequence[FieldCandidate], labels: Sequence[Label]) -> list[FieldCandidate]:
    """The candidates whose words fill their lines ("Balsam mount", "in spirit, 70% EtOH",
    "Upper Jurassie"): the locality takes no such line. A horizon closing a place's line
    ("Sampleton Quarry. Lias") is left to the locality's own horizon words
    (`places.asides.before_horizon`), which cut it with its stop."""
    by_label = {lab.label: lab for lab in labels}
    out: list[FieldCandidate] = []
    for c in cands:
        lab = by_label.get(c.evidence.label) if c.evidence.label is not None else None
        s, e = c.evidence.start, c.evidence.end
        if lab is None or s is None or e is None:
            continue
        first, last = lab.line_at(s), lab.line_at(max(s, e - 1))
        rest = lab.flat[first.start : s] + lab.flat[e : last.end]
        if not re.search(r"[^\W\d_]", rest):
            out.append(c)
    return out
