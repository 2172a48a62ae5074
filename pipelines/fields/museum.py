"""The fields of the collections beyond sheets and pins (fossils, spirit jars, skins, skeletons):
a fossil's stratigraphy and a specimen's preparations, in one call for the pipeline. (The
locality leaves a horizon out by its own words: `places.asides.horizon_line`.)"""

from __future__ import annotations

from collections.abc import Sequence

from models.fields import FieldCandidate
from pipelines.fields.preparations import preparation_candidates
from pipelines.fields.stratigraphy import stratigraphy_candidates
from pipelines.fields.text import Label

__all__ = ["museum_candidates"]


def museum_candidates(labels: Sequence[Label]) -> list[FieldCandidate]:
    """The GeologicalContext terms and `preparations` the labels name."""
    return stratigraphy_candidates(labels) + preparation_candidates(labels)
