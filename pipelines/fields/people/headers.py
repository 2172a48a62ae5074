"""The person a personal herbarium's or a series' header names ("HERBIER K. MUSTER", "K. MUSTER /
HERBARIUM RUBORUM"): a last resort for the collector.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from models.dwc import Term
from models.fields import FieldCandidate
from pipelines.fields.people.cues import listed
from pipelines.fields.people.donors import DONOR_TAIL
from pipelines.fields.people.patterns import LOW, UP
from pipelines.fields.people.persons import Person, bad_word, persons_at
from pipelines.fields.people.shapes import (
    SURNAME_ONLY,
    given,
    initialled,
    line_head,
    only_noise,
    person_candidate,
)
from pipelines.fields.text import Label, is_institution

# A personal herbarium's or a series' header (people_cues.csv, role header): the herbarium's
# word before the name on its line ("HERBIER K. MUSTER"), or after it: after a comma ("K.
# Muster, Flora von Exempla") or opening the next line ("K. MUSTER / HERBARIUM RUBORUM").
# "HERBARIUM OF J. BEISPIEL": the "of" before the owner's name is the header's, never the name's
# ("Herbarium of the University" names no person: the name after "of" is read as a person's)
_HEADER_BEFORE = re.compile(rf"{listed('header', 'before')}\s?[.:]?\s*(?:(?i:of)\s+)?")
_HEADER_AFTER = re.compile(rf"\s?(?:,|\s?\.?\s?[-–—])\s*{listed('header', 'after')}")
_HEADER_LINE = re.compile(rf"[\s\W]*{listed('header', 'after')}")
# "propr." (proprium) after the owner's name: the herbarium his own ("Herb. Muster propr."), the
# sheets of his own gathering or of his collectors'
_PROPRIUM = re.compile(r"[\s,]*(?i:propr)(?:\.|(?i:ium)\b)?[\s.]*")
# The owner is as often a former owner as the collector: the value is a last resort, flagged
# (a doubt: below 0.9) and with a low rule confidence.
_HEADER_CONF = 0.12


def _series_line(text: str) -> bool:
    """A series' header under its owner's name ("HERBARIUM RUBORUM", "Plantae Exemplenses"), not
    an institution's herbarium ("Herbier du Jardin botanique", "Herbarium of the University")."""
    m = _HEADER_LINE.match(text)
    if m is None:
        return False
    rest = text[m.end() :]
    return re.match(r"\s*(?i:du|de|des|of|der|van|del|della)\b", rest) is None and not (
        is_institution(rest)
    )


# A distributed series' header naming its collectors after the region it covers, the herbarium's
# word opening the line ("HERB. IND. OR. HOOK. FIL. & THOMSON.", "Herb. Fl. Ross. K. Muster & J.
# Beispiel"): the region's words (abbreviated, a few), then two names or more joined by "&",
# "et" or "and", a surname abbreviated and its "fil." as such series cite their collectors.
# the word after a cited collector's surname: his son's, or the elder's ("Hook. fil.")
_FILIUS = r"(?i:fil|f|filius|jun|sen)"
_SERIES_NAME = (
    rf"(?:[{UP}]\.\s?){{0,3}}(?:[{UP}][{LOW}'’]+|[{UP}]{{2,}})\.?"
    rf"(?:\s{_FILIUS}\.?)?"
)
_SERIES_NAMES = re.compile(
    rf"[\s\W]*{listed('header', 'before')}\s?[.:]?\s*"
    rf"(?P<region>(?:[{UP}][^\s&]*\s?){{0,4}}?)"
    rf"(?P<names>{_SERIES_NAME}(?:\s?,\s?{_SERIES_NAME})*\s?(?:&|et|and)\s{_SERIES_NAME})[\s.]*"
)
_SERIES_SPLIT = re.compile(r"\s?(?:,|&|\bet\b|\band\b)\s?")


def _series_collectors(lab: Label) -> list[FieldCandidate]:
    """The collectors a distributed series' header names after its region ("HERB. IND. OR. HOOK.
    FIL. & THOMSON."), as printed, flagged `herbarium_header`."""
    out: list[FieldCandidate] = []
    for line in lab.lines:
        m = _SERIES_NAMES.fullmatch(line.text)
        if m is None:
            continue
        names = [n.strip(" .") for n in _SERIES_SPLIT.split(m.group("names")) if n.strip(" .")]
        # a name's stop kept where it abbreviates ("Hook. fil.")
        names = [n + "." if re.search(rf"[{UP}{LOW}]\.?\s{_FILIUS}$", n) else n for n in names]
        surnames = [re.sub(rf"\s{_FILIUS}\.?$", "", n).split()[-1] for n in names]
        if len(names) < 2 or any(bad_word(w.rstrip(".")) for w in surnames):
            continue
        s, e = line.start + m.start("names"), line.start + m.end("names")
        p = Person(lab, s, e, names)
        c = person_candidate(Term.recordedBy, p, _HEADER_CONF, "collector.header")
        out.append(c.model_copy(update={"flags": [*c.flags, "herbarium_header"]}))
    return out


def header_collectors(labels: Sequence[Label]) -> list[FieldCandidate]:
    """The person a personal herbarium's or a series' header names, with initials or a given
    name ("HERBIER K. MUSTER", "Herb. K. Muster", "K. Muster, Flora von Exempla", "K. MUSTER /
    HERBARIUM RUBORUM"), flagged `herbarium_header`; the given names in the Latin genitive as
    initials ("Herbarium Caroli MUSTER" -> "C. MUSTER"), the name under the header's word alone
    too; not a former collection ("Ex Herb. K. Muster": the cue must open its line) nor a Latin
    genitive alone ("HERBARIUM MUSTERI")."""
    out: list[FieldCandidate] = []
    for lab in labels:
        if series := _series_collectors(lab):
            out += series
            continue
        for i, line in enumerate(lab.lines):
            head = line.start + line_head(line.text)
            m = _HEADER_BEFORE.match(lab.flat, head, line.end)
            if m is not None and m.end() >= line.end and i + 1 < len(lab.lines):
                # "HERBARIUM / Caroli MUSTER": the herbarium's word alone, the name under it
                nxt = lab.lines[i + 1]
                p = persons_at(lab, nxt.start + line_head(nxt.text), end=nxt.end)
                if p is None or DONOR_TAIL.fullmatch(lab.flat, p.end, nxt.end) is None:
                    continue
            elif m is not None:
                p = persons_at(lab, m.end(), end=line.end) or _month_named(lab, m.end(), line.end)
                if p is not None and _PROPRIUM.fullmatch(lab.flat, p.end, line.end):
                    # "Herb. Muster propr.": the owner's own herbarium, his surname alone
                    c = person_candidate(Term.recordedBy, p, _HEADER_CONF, "collector.header")
                    flags = [*c.flags, "herbarium_header", SURNAME_ONLY]
                    out.append(c.model_copy(update={"flags": flags}))
                    continue
                if p is None or DONOR_TAIL.fullmatch(lab.flat, p.end, line.end) is None:
                    continue
            else:
                p = persons_at(lab, head, end=line.end)
                if p is None:
                    continue
                rest = lab.flat[p.end : line.end]
                below = (
                    i + 1 < len(lab.lines)
                    and only_noise(rest)
                    and _series_line(lab.lines[i + 1].text)
                )
                if not (_HEADER_AFTER.match(rest) or below):
                    continue
            if is_institution(lab.flat[p.start : p.end]):
                continue  # "Herbarium Universitatis Exemplensis"
            if len(p.names) == 1 and (genitive := _latin_genitive(p.names[0])) is not None:
                p = Person(p.label, p.start, p.end, [genitive])
            elif len(p.names) != 1 or not (initialled(p) or given(p)):
                continue
            c = person_candidate(Term.recordedBy, p, _HEADER_CONF, "collector.header")
            out.append(c.model_copy(update={"flags": [*c.flags, "herbarium_header"]}))
    return out[:1]


# A given name cut short in capitals that is also a month's ("AUG." August, "JUL." Jules): after a
# header's word and before a surname in capitals it is the given name ("HERBIER AUG. MUSTER").
_MONTH_GIVEN = re.compile(rf"(?P<g>AUG|JUL)\s?\.\s{{0,2}}(?=[{UP}]{{3}})")


def _month_named(lab: Label, start: int, end: int) -> Person | None:
    m = _MONTH_GIVEN.match(lab.flat, start, end)
    if m is None:
        return None
    p = persons_at(lab, m.end(), end=end)
    if p is None or len(p.names) != 1 or not p.names[0].isupper() or " " in p.names[0]:
        return None
    return Person(lab, start, p.end, [f"{m.group('g').capitalize()}. {p.names[0]}"])


# A given name in the Latin genitive, as personal herbaria print their owner's ("Herbarium Caroli
# Muster", "Herbarium Caroli Ludovici MUSTER", "Herbarium Mariae Beispiel"): -i, -ii, -ae, -is,
# and "-que" ("and") joining a second one.
_GENITIVE = re.compile(rf"[{UP}][{LOW}]+(?:i|ae|æ|is)(?:que)?")


def _latin_genitive(name: str) -> str | None:
    """ "Caroli Ludovici MUSTER" -> "C. L. MUSTER": given names in the Latin genitive (one to
    three) and a surname, as initials and the surname; None for any other name."""
    words = name.split()
    if not 2 <= len(words) <= 4 or not all(_GENITIVE.fullmatch(w) for w in words[:-1]):
        return None
    if _GENITIVE.fullmatch(words[-1]) and not words[-1].isupper():
        return None  # "Herbarium Horti Botanici": every word a genitive, no surname
    return " ".join([*(w[0] + "." for w in words[:-1]), words[-1]])
