"""A collector nobody named: a line of its own that says a native or a local collector gathered
the specimen, and the field number after it ("Native collector 45", "Local collectors No. 312";
the words before "collector": people_cues.csv, role unnamed). Colonial herbaria's sheets print
it where a collector's name would stand, and keyers key it as printed; the name of nobody, it is
kept under 0.9 (flagged `surname_only`: no person's full name), its number as sure as a field
number after a name.
"""

from __future__ import annotations

import re
from functools import cache

from models.dwc import Term
from models.fields import FieldCandidate
from pipelines.fields.people.cues import COLL_WORD, NO_KEY, cues
from pipelines.fields.people.shapes import SURNAME_ONLY
from pipelines.fields.text import Label, candidate

# the figures and marks the OCR reads for the letters of "collector"
_LETTERS = str.maketrans({"1": "l", "|": "l", "!": "l", "0": "o"})


@cache
def _unnamed_line() -> re.Pattern[str]:
    # (the collector's word as the OCR reads it too: "co11ector", "Coll.")
    return re.compile(
        rf"[\W_]*(?P<who>{cues('unnamed', 'before', stop=False)}[ \t]+{COLL_WORD}\.?)"
        rf"(?:[ \t,:]*(?:{NO_KEY}\.?[ \t]*)?(?P<n>\d{{1,6}}[a-z]?))?[ \t.,]*"
    )


def unnamed_collectors(labels: list[Label]) -> tuple[list[FieldCandidate], list[FieldCandidate]]:
    """The unnamed collectors of lines of their own on `labels`, and their numbers."""
    coll: list[FieldCandidate] = []
    nums: list[FieldCandidate] = []
    for lab in labels:
        for line in lab.lines:
            m = _unnamed_line().fullmatch(line.text)
            if m is None:
                continue
            # the collector's word's letters the OCR read as figures set back ("co11ector")
            who = re.sub(r"\s+", " ", m.group("who")).translate(_LETTERS)
            s, e = line.start + m.start("who"), line.start + m.end("who")
            rule = "collector.unnamed"
            coll.append(candidate(Term.recordedBy, who, 0.7, lab, s, e, rule, [SURNAME_ONLY]))
            if m.group("n"):
                ns, ne = line.start + m.start("n"), line.start + m.end("n")
                nums.append(
                    candidate(Term.recordNumber, m.group("n"), 0.8, lab, ns, ne, "number.unnamed")
                )
    return coll, nums
