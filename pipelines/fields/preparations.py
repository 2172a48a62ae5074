"""How a specimen was prepared or is kept: Darwin Core's `preparations`.

Jars ("in spirit", "alc.", "70% EtOH"), skins, skulls and skeletons, slides ("Balsam mount"),
casts: the words are a table, `data/preparations.csv`, in English, German and French. A strong
word says a preparation wherever it stands; a weak one ("skin", "slide", "dry") only alone on its
line or beside another preparation, since running text uses it otherwise ("on skin of
trout", "landslide"). Several preparations are joined by " | ", in the order printed, once each.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from models.dwc import Term
from models.fields import FieldCandidate
from pipelines.fields.geo import fold, fold_same_length
from pipelines.fields.lexicon import alternation, data_rows
from pipelines.fields.text import Label, candidate

__all__ = ["preparation_candidates"]

_CONF = 0.9
_PERCENT = r"\d{2}(?:[.,]\d)?\s?%"


@cache
def _words() -> dict[str, tuple[str, bool]]:
    """Folded word -> (the value written, whether the word is strong)."""
    return {
        fold(r["word"]): (r["value"], r["strength"] == "strong")
        for r in data_rows("preparations.csv")
    }


@cache
def _pattern() -> re.Pattern[str]:
    words = alternation(_words())
    return re.compile(
        rf"(?<![\w])(?:(?P<pre>{_PERCENT})\s*)?(?P<w>{words})(?![\w])(?:\s*(?P<post>{_PERCENT}))?"
    )


def preparation_candidates(labels: Iterable[Label]) -> list[FieldCandidate]:
    """The preparations the labels name, as one value; its evidence the first word read."""
    values: list[str] = []
    first: tuple[Label, int, int] | None = None
    for lab in labels:
        folded = fold_same_length(lab.flat)
        hits = list(_pattern().finditer(folded))
        for m in hits:
            value, strong = _words()[re.sub(r"\s+", " ", m.group("w"))]
            line = lab.line_at(m.start("w"))
            rest = folded[line.start : line.end][: m.start() - line.start]
            rest += folded[line.start : line.end][m.end() - line.start :]
            alone = not re.search(r"\w", rest)
            beside = any(
                o is not m and lab.line_no(o.start()) == lab.line_no(m.start()) for o in hits
            )
            if not (strong or alone or beside):
                continue
            percent = m.group("pre") or m.group("post")
            if percent and value == "alcohol":
                value = "alcohol " + re.sub(r"\s", "", percent)
            # "in spirit, 70% EtOH": one preparation, its strength the more precise
            same = [i for i, v in enumerate(values) if v.split()[0] == value.split()[0]]
            if same and len(value) > len(values[same[0]]):
                values[same[0]] = value
            elif not same:
                values.append(value)
            if first is None:
                first = (lab, m.start(), m.end())
            elif first[0] is lab:
                first = (lab, first[1], m.end())
    if first is None:
        return []
    lab, s, e = first
    return [candidate(Term.preparations, " | ".join(values), _CONF, lab, s, e, "preparations.word")]
