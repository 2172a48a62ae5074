"""A surname alone on the last line of an old sheet's data label, under its place ("Exampla
minor L. / Cap. b. spei / Thorbecksen", "Sampleford 87 / Muster"): old collectors signed their
labels so, with no key, no initial and no date. The last resort when nothing else on the labels
names a collector; flagged `surname_only` and kept under 0.9: a lone word under a place is a
second place's as often (its shape alone, no table, tells a town's name from a surname).
"""

from __future__ import annotations

import re

from models.dwc import Term
from models.fields import FieldCandidate
from pipelines.fields.dates import find_dates
from pipelines.fields.genera import genus_known
from pipelines.fields.geo import countries, fold, place_nouns, states
from pipelines.fields.people.cues import DET
from pipelines.fields.people.patterns import LOW, UP
from pipelines.fields.people.persons import Person, bad_word
from pipelines.fields.people.shapes import SURNAME_ONLY, person_candidate
from pipelines.fields.text import Label, is_institution
from pipelines.fields.vicecounty import is_british_county

__all__ = ["lone_surname_last"]

# one capitalised word, perhaps a double one ("Muster-Beispiel"), nothing else on its line
_LONE_WORD = re.compile(rf"[ \t]*(?P<w>[{UP}][{LOW}]{{3,}}(?:-[{UP}][{LOW}]{{2,}})?)[ \t.]*")
# a binomial opening a line ("Exampla minor L.", "E. minor"): a lone word under it is its author
_NAME_OPENS = re.compile(rf"[ \t]*[{UP}](?:[{LOW}]+\.?[ \t]+|\.[ \t]*)[{LOW}]{{3,}}")
_RULE = "collector.surname_last"


def _placeless(word: str) -> bool:
    """Whether `word` is none of a place's words: no country, state, county, kind of place, town
    ending, genus or higher taxon, no word a name never is (`persons.bad_word`); and a word with
    a vowel (a surname, no abbreviation)."""
    # (`name_keys` reads the people's cue words: imported here, not at the module's top)
    from pipelines.fields.name_keys import higher_rank, place_like

    key = fold(word)
    if not re.search(r"[aeiouy]", key):
        return False  # "Krth.": an author's abbreviation, its vowels dropped
    return not (
        bad_word(word)
        or key in countries()
        or key in states()
        or key in place_nouns()
        or is_british_county(word)
        or place_like(word)
        or genus_known(word)
        or higher_rank(word)
    )


def lone_surname_last(labels: list[Label]) -> list[FieldCandidate]:
    """The surname alone on the last line of a data label of three lines or more that opens
    with a name, under a line that is neither a name nor a date nor a determination (see the
    module's docstring)."""
    for lab in labels:
        if len(lab.lines) < 3:
            continue
        last, above = lab.lines[-1], lab.lines[-2]
        m = _LONE_WORD.fullmatch(last.text)
        if m is None or not _placeless(m.group("w")):
            continue
        if (
            # an old sheet's data label opens with its name, then the place over the surname
            not any(_NAME_OPENS.match(ln.text) for ln in lab.lines[:-2])
            or _NAME_OPENS.match(above.text)
            or find_dates(above.text)
            or DET.search(above.text)
            or is_institution(above.text)
            or any(DET.search(ln.text) for ln in lab.lines)
        ):
            continue
        s, e = last.start + m.start("w"), last.start + m.end("w")
        c = person_candidate(Term.recordedBy, Person(lab, s, e, [m.group("w")]), 0.4, _RULE)
        return [c.model_copy(update={"flags": [*c.flags, SURNAME_ONLY]})]
    return []
