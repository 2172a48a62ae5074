"""Checks across a record's fields, once every parser has proposed its values: what one field
says of another that neither parser could see alone.

- a locality read from the collector's words is doubted, and the collector too where no key made
  it one (`person_or_place`);
- a date read month first for want of a sign is turned where the record's country writes the day
  first (`day_first_abroad`), and a British grid reference names its country (`country_from_grid`);
- a determination date read from the collection date's words (`one_date_twice`), a name beside an
  unread determination slip (`unread_slip`) and a person's name the OCR cut short (`cut_names`)
  are doubted; a scientific name the OCR misread by a letter is mended to the one the taxonomic
  backbones know (`mended_name`, `fields.genera`).

Each flag is one of the confidence model's doubts (`pipelines.confidence.DOUBTS`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from models.dwc import Term
from models.fields import FieldCandidate
from pipelines.fields.dates import MONTH_FIRST_COUNTRIES, MONTH_WORD
from pipelines.fields.genera import mended_epithet, mended_genus
from pipelines.fields.gridref import BRITISH_GRID
from pipelines.fields.lexicon import data_rows
from pipelines.fields.name_keys import det_line
from pipelines.fields.names import NameMatch
from pipelines.fields.people.name_lines import PERSON_OR_PLACE
from pipelines.fields.people.shapes import surname_of
from pipelines.fields.roles import Role, Views
from pipelines.fields.text import Label, label_of

__all__ = [
    "CUT_NAME",
    "NAME_MENDED",
    "ONE_DATE_TWICE",
    "UNREAD_DETERMINATION",
    "country_from_grid",
    "cut_names",
    "day_first_abroad",
    "mended_name",
    "one_date_twice",
    "overlap",
    "person_or_place",
    "unread_slip",
]


def overlap(a: FieldCandidate, b: FieldCandidate | None) -> bool:
    """Whether two candidates were read from overlapping characters of one label."""
    if b is None:
        return False
    x, y = a.evidence, b.evidence
    if x.label is None or x.label != y.label:
        return False
    if x.start is None or x.end is None or y.start is None or y.end is None:
        return False
    return x.start < y.end and y.start < x.end


def person_or_place(out: dict[str, FieldCandidate]) -> None:
    """Flag the locality when it was read from the collector's words, and the collector too
    where no keyword made it one ("K. Muster, collectors" is a person whatever the place's block
    took in)."""
    person, place = out.get(Term.recordedBy.value), out.get(Term.verbatimLocality.value)
    if person is None or place is None or not overlap(person, place):
        return
    doubted = [(Term.verbatimLocality, place)]
    if not person.evidence.rule.startswith("collector.keyword"):
        doubted.append((Term.recordedBy, person))
    for term, cand in doubted:
        if PERSON_OR_PLACE not in cand.flags:
            out[term.value] = cand.model_copy(update={"flags": [*cand.flags, PERSON_OR_PLACE]})


def day_first_abroad(out: dict[str, FieldCandidate]) -> None:
    """A collection date read month first for want of a sign ("4/6/1902": `fields.dates` flags
    it ambiguous_day_month and month_first) is read day first on a label of a country that writes
    the day first; it stays flagged ambiguous_day_month, for the label's writer may have followed
    another custom."""
    date, code = out.get(Term.eventDate.value), out.get(Term.countryCode.value)
    if date is None or code is None or "month_first" not in date.flags:
        return
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", date.value)
    if code.value in MONTH_FIRST_COUNTRIES or m is None:
        return
    flags = [f for f in date.flags if f != "month_first"]
    out[Term.eventDate.value] = date.model_copy(
        update={"value": f"{m[1]}-{m[3]}-{m[2]}", "flags": flags}
    )


# What a grid reference of the British National Grid says of the country it lies in: Great
# Britain and its islands (the Irish Grid also covers Northern Ireland, so it says nothing).
_GRID_COUNTRY = {BRITISH_GRID: ("United Kingdom", "GB")}


def country_from_grid(out: dict[str, FieldCandidate]) -> list[FieldCandidate]:
    """The country a British grid reference lies in, where the labels name none ("Sampleton
    Moss, Grid ref. NT 123 456"), a little less sure than the reference itself."""
    system = out.get(Term.verbatimCoordinateSystem.value)
    if system is None or Term.country.value in out or system.value not in _GRID_COUNTRY:
        return []
    name, code = _GRID_COUNTRY[system.value]
    evidence = system.evidence.model_copy(update={"rule": "country.from_grid"})
    return [
        system.model_copy(
            update={
                "term": term,
                "value": value,
                "confidence": 0.9 * system.confidence,
                "evidence": evidence,
            }
        )
        for term, value in ((Term.country, name), (Term.countryCode, code))
    ]


# the flag of a name read beside a determination slip whose own name could not be read
UNREAD_DETERMINATION = "unread_determination"


def unread_slip(out: dict[str, FieldCandidate], seen: Views, every_name: list[NameMatch]) -> None:
    """Doubt the name of a data label or a header when the sheet carries a determination slip,
    keyed by its determiner, with a line that may be a name ("E, lon, gifolia Knth", a hand the
    OCR misread, over "det. K. M. 1986") and no name was read from it: the slip is likelier the
    current determination than the label's name, and what it says is unknown."""
    name = out.get(Term.scientificName.value)
    at = name.evidence.label if name is not None else None
    if name is None or at is None or seen.roles.get(at) is Role.determination:
        return
    named = {n.label.label for n in every_name}
    for lab in seen.of(Role.determination):
        # (a slip that prints the name's last word names it, though the name parser passed it by)
        if lab.label in named or name.value.split()[-1] in lab.text:
            continue
        keyed = [det_line(ln.text) for ln in lab.lines]
        if any(keyed) and any(
            _LOWER_WORD.search(ln.text) and not k for ln, k in zip(lab.lines, keyed, strict=True)
        ):
            out[Term.scientificName.value] = name.model_copy(
                update={"flags": [*name.flags, UNREAD_DETERMINATION]}
            )
            return


# a word an epithet could be, as the OCR gives it
_LOWER_WORD = re.compile(r"(?<![^\W\d_])[a-z]{4,}(?![^\W\d_])")


# the flag of a person's name whose last word the OCR may have cut short
CUT_NAME = "name_cut_short"
# what follows a name's end when its word goes on: more letters in the same token, or a figure
# read for a letter inside it ("H. PRO8EWELL" read up to the figure; not "Muster12.6.1931", a date
# glued on), or a line break before a lower-case stub that a number or a date follows ("A. Exe\n
# mpel 8841", "Det. A. Exem\npel, 1979"); a month's name in the label's language ("maggio 1890")
# and a word a date follows ("le 12 mai 1901": data/date_words.csv, kind before) are the date's,
# not the name's rest
_WORD_GOES_ON = re.compile(
    r"[^\W\d_]|\d[^\W\d_]|-?[ \t]*\n[ \t]*(?P<stub>[a-zß-ÿ]{2,})(?=[,;]?[ \t]*\d)"
)
_BEFORE_DATE = frozenset(r["word"] for r in data_rows("date_words.csv") if r["kind"] == "before")
_PERSON_TERMS = (Term.recordedBy.value, Term.identifiedBy.value)


def cut_names(out: dict[str, FieldCandidate], labs: Sequence[Label]) -> None:
    """Doubt a collector or determiner whose surname the label's text goes on past: the OCR broke
    the word ("A. Exe" over "mpel 8841") or misread a letter as a figure inside it ("H. PRO" of
    "H. PRO8EWELL"), so the value holds a stub of the name."""
    for term in _PERSON_TERMS:
        cand = out.get(term)
        ev = cand.evidence if cand is not None else None
        if cand is None or ev is None or ev.end is None or CUT_NAME in cand.flags:
            continue
        lab = label_of(labs, ev)
        body = lab.text if lab is not None else ""
        if not body[ev.end - 1 : ev.end].isalpha():
            continue
        goes_on = _WORD_GOES_ON.match(body, ev.end)
        stub = goes_on["stub"] if goes_on else None
        if goes_on and not (stub and (MONTH_WORD.fullmatch(stub) or stub in _BEFORE_DATE)):
            out[term] = cand.model_copy(update={"flags": [*cand.flags, CUT_NAME]})


# the flag of a name whose genus or epithet the OCR misread, mended to the one a backbone knows
NAME_MENDED = "name_mended"
# a name read with every word at least this sure is as printed (a transcription's are all 1.0):
# a label may spell a genus as no backbone does ("Jasminium"), and the keyer keeps it
_SURELY_READ = 0.99


def mended_name(out: dict[str, FieldCandidate], labs: Sequence[Label]) -> None:
    """Mend a scientific name the OCR read unsurely whose genus no backbone knows and is one
    letter from exactly one known genus, or whose epithet is one letter from exactly one of its
    genus's ("Cetiaria islaudica" -> "Cetraria islandica"; `fields.genera`): doubted, for the
    backbone's one neighbour need not be the name printed."""
    name = out.get(Term.scientificName.value)
    ev = name.evidence if name is not None else None
    if name is None or ev is None or ev.start is None or ev.end is None:
        return
    lab = label_of(labs, ev)
    if lab is None or lab.word_confidence(ev.start, ev.end) >= _SURELY_READ:
        return
    genus, *rest = name.value.split(" ")
    genus = mended_genus(genus, rest[0] if rest else "") or genus
    if rest:
        rest[0] = mended_epithet(genus, rest[0]) or rest[0]
    value = " ".join([genus, *rest])
    if value != name.value:
        flags = [*name.flags, NAME_MENDED]
        out[Term.scientificName.value] = name.model_copy(update={"value": value, "flags": flags})


# the flag of a determination date read from the collection date's words
ONE_DATE_TWICE = "collection_or_determination_date"


def one_date_twice(out: dict[str, FieldCandidate]) -> None:
    """Flag the determination date when it was read from the collection date's words and two
    people collected and determined ("leg. K. Muster / det. J. Beispiel / 12.6.1911"): a data
    label's one date is the collection's more often (the devset's lichen packets), but the
    labels do not say. A collector who named the plant ("leg. et det.") may have named it that
    day."""
    event, det = out.get(Term.eventDate.value), out.get(Term.dateIdentified.value)
    if event is None or det is None:
        return
    collector, determiner = out.get(Term.recordedBy.value), out.get(Term.identifiedBy.value)
    if collector is None or determiner is None:
        return
    if surname_of(collector.value) == surname_of(determiner.value):
        return
    a, b = event.evidence, det.evidence
    if (a.label, a.start) != (b.label, b.start) or a.start is None or ONE_DATE_TWICE in det.flags:
        return
    out[Term.dateIdentified.value] = det.model_copy(update={"flags": [*det.flags, ONE_DATE_TWICE]})
