"""Two features that transfer between collections: whether a value agrees with the record's other
fields, and whether it looks like a value of its term at all.

Neither knows any institution: a state lies in one country, coordinates inside their country's
outline, a collection comes before its determination; a collector's name holds no cue word of a
label ("Communicat.", "Herb.") and no kind of place ("Fort", "Mount"), a locality does not start
on a key's punctuation or hold a determiner's key.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

from models.dwc import Term
from models.fields import FieldCandidate
from pipelines.outputs.validate import point_in_country  # the outlines validate checks too

# The gazetteers and lexicons are the field parsers' (pipelines.fields, which calls this package):
# imported where used, so that either package can be imported first.

_PERSON_TERMS = {Term.recordedBy, Term.identifiedBy}
_PLACE_TERMS = {Term.verbatimLocality, Term.locality, Term.habitat}
_GEO_TERMS = {Term.decimalLatitude, Term.decimalLongitude, Term.verbatimCoordinates}


def _code(fields: Mapping[str, FieldCandidate]) -> str | None:
    got = fields.get(Term.countryCode.value)
    return got.value.upper() if got is not None and got.value else None


def _state_codes(value: str) -> set[str]:
    from pipelines.fields.geo import fold, states

    return {entry.code for entry in states().get(fold(value), [])}


def _point(fields: Mapping[str, FieldCandidate]) -> tuple[float, float] | None:
    lat, lon = fields.get(Term.decimalLatitude.value), fields.get(Term.decimalLongitude.value)
    try:
        return (float(lat.value), float(lon.value)) if lat and lon else None
    except ValueError:
        return None


def _year(value: str) -> int | None:
    m = re.match(r"(\d{4})", value)
    return int(m.group(1)) if m else None


def consistent(cand: FieldCandidate, fields: Mapping[str, FieldCandidate]) -> float:
    """+1 where another field, found independently, confirms the value; -1 where one contradicts
    it; 0 where nothing says either way."""
    term, code = cand.term, _code(fields)
    if term in (Term.country, Term.countryCode):
        verdicts = []
        state = fields.get(Term.stateProvince.value)
        # a country worked out from the state agrees with it by construction: no evidence
        if state is not None and code and not cand.evidence.rule.endswith("from_state"):
            codes = _state_codes(state.value)
            if codes:
                verdicts.append(1.0 if code in codes else -1.0)
        point = _point(fields)
        if point is not None and code:
            inside = point_in_country(*point, code)
            if inside is not None:
                verdicts.append(1.0 if inside else -1.0)
        return min(verdicts) if verdicts else 0.0
    if term == Term.stateProvince:
        country = fields.get(Term.country.value)
        codes = _state_codes(cand.value)
        if not codes:
            return 0.0
        # coordinates outside every country the state may be of contradict it, whichever field
        # the country was read from ("GA" from a broken header beside an African point)
        point = _point(fields)
        if point is not None:
            within = [point_in_country(*point, c) for c in sorted(codes)]
            if within and all(v is False for v in within):
                return -1.0
        if code is None or country is None:
            return 0.0
        if country.evidence.rule.endswith("from_state"):
            return 0.0
        return 1.0 if code in codes else -1.0
    if term in _GEO_TERMS:
        point = _point(fields)
        if point is None or code is None:
            return 0.0
        inside = point_in_country(*point, code)
        return 0.0 if inside is None else (1.0 if inside else -1.0)
    if term in (Term.eventDate, Term.verbatimEventDate):
        event = fields.get(Term.eventDate.value)
        det = fields.get(Term.dateIdentified.value)
        if event is None or det is None:
            return 0.0
        collected, determined = _year(event.value), _year(det.value)
        if collected is None or determined is None:
            return 0.0
        return -1.0 if collected > determined else 0.0
    return 0.0


@cache
def _cue_words(*, place: bool) -> frozenset[str]:
    """Words of the labels' keys (data/label_roles.csv) that no name holds; for a place, all
    but a place's own keys ("Loc.", "Alt."), which may end a locality's text. A key's word is
    the one it opens with ("Collected" of "Collected by", "Received" of "Received from"): the
    words after it join it to what follows, and a place holds them as often ("3 km from X",
    "östlich von X", "por el camino")."""
    from pipelines.fields.geo import fold
    from pipelines.fields.lexicon import data_rows

    words = set()
    for row in data_rows("label_roles.csv"):
        if place and row["role"] == "data" and row["note"] != "collector":
            continue
        for word in re.findall(r"[^\W\d_]+", row["cue"])[:1]:
            if len(word) >= 3:
                words.add(fold(word))
    return frozenset(words)


def _holds_cue(tokens: list[str], *, place: bool = False) -> bool:
    cues = _cue_words(place=place)
    # a cue word cut short by the label or the reader ("Communic" for "Communicat."); not a
    # word of four letters, which as often begins a cue as it is a word ("nach", "Nachlass")
    return any(t in cues or (len(t) >= 5 and any(c.startswith(t) for c in cues)) for t in tokens)


_BINOMIAL = re.compile(r"[A-Z][a-z]{2,} [a-z]{3,}")
# an initial or a title before a name ("A.", "A.B.", "Ch.", "A B Name", "AB Name", "Dr")
_INITIAL = re.compile(
    r"(?<![^\W\d_])(?:[A-ZÀ-Þ][a-z]?\.|[A-ZÀ-Þ]{1,3}(?=\s[A-ZÀ-Þ])|(?:Dr|Mrs?|Prof|Rev)\b)"
)


def atypical(cand: FieldCandidate) -> float:
    """0 for a value shaped like its term's, up to 1 for one that is most likely something else."""
    from pipelines.fields.geo import countries, fold, given_names, place_nouns

    value = cand.value.strip()
    tokens = [fold(t) for t in re.findall(r"[^\W\d_]{2,}", value)]
    if cand.term in _PERSON_TERMS:
        if re.search(r"\d", value) or _holds_cue(tokens):
            return 1.0
        if any(t in place_nouns() for t in tokens) or fold(value) in countries():
            return 1.0
        if len(tokens) > 6:
            return 0.5
        # initials, a title or a known given name make a person; one or two capitalised words
        # without them are as often a place or a word read beside the date ("Sample Hill")
        first = value.split(" | ")[0]
        person = _INITIAL.search(first) or (tokens and tokens[0] in given_names())
        return 0.0 if person else 0.5
    if cand.term in _PLACE_TERMS:
        if not value or (not value[0].isalnum() and value[0] not in "\"'("):
            return 1.0  # the key's punctuation read as the start of the place (". : W of X")
        if _holds_cue([t for t in tokens if len(t) >= 3], place=True) or _BINOMIAL.fullmatch(value):
            return 1.0
        return 0.5 if value.count("\n") >= 2 else 0.0
    named_place = any(t in place_nouns() for t in tokens)
    if cand.term == Term.scientificName and (_holds_cue(tokens) or named_place):
        return 1.0
    return 0.0
