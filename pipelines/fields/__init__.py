"""Darwin Core fields from label text: the `parse_fields` stage.

Each parser proposes candidates with a confidence and the evidence they came from; this module
picks one value per term. The order matters where one field explains text another would otherwise
take: the collection date and the collector's name are cut out of the locality. What one field
then says of another (a locality read from the collector's words, a date turned abroad, a name
the OCR cut short or misread) is `record_checks`'.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from models.dwc import Term
from models.fields import FieldCandidate, Identification
from models.geometry import Box
from models.specimen import LabelText, OcrLine, OcrWord
from pipelines.confidence import calibrate
from pipelines.fields.catalog import find_catalog_numbers
from pipelines.fields.checklist import Checklist, apply_checklist
from pipelines.fields.coords import coordinate_candidates, elevation_candidates
from pipelines.fields.dates import DatedSpan, label_dates
from pipelines.fields.identifications import core_terms, find_identifications
from pipelines.fields.museum import museum_candidates, museum_claims
from pipelines.fields.names import (
    NameMatch,
    annotation_determiner,
    family_candidates,
    find_names,
    likely_names,
    name_candidates,
    proposable_names,
    sex_candidates,
    type_status_candidates,
)
from pipelines.fields.people import find_people, record_number_candidates
from pipelines.fields.people.name_lines import PERSON_OR_PLACE, SEVERAL_COLLECTORS, SIGNED_SLIP
from pipelines.fields.places import (
    county_candidates,
    habitat_candidates,
    locality_candidates,
    municipality_candidates,
)
from pipelines.fields.record_checks import (
    country_from_grid,
    cut_names,
    day_first_abroad,
    mended_name,
    one_date_twice,
    overlap,
    person_or_place,
    unread_slip,
)
from pipelines.fields.regions import find_hits, region_candidates, region_spans
from pipelines.fields.roles import (
    Role,
    Views,
    column_dates,
    dated_header,
    determination_dates,
    views,
)
from pipelines.fields.text import Label, candidate, label_of, make_labels
from pipelines.fields.vicecounty import county_candidates_gb, vice_county_candidates

__all__ = [
    "PERSON_OR_PLACE",
    "Parsed",
    "extract_fields",
    "labels_from_text",
    "parse_fields",
    "parse_labels",
]

log = logging.getLogger(__name__)

_NO_BOX = Box(x=0, y=0, w=0, h=0)


def labels_from_text(text: str) -> list[LabelText]:
    """Plain text (a gold transcription) as labels: blank lines separate labels."""
    labels: list[LabelText] = []
    for block in re.split(r"\n[ \t]*\n", text):
        lines = [ln for ln in block.split("\n") if ln.strip()]
        if not lines:
            continue
        ocr_lines = [
            OcrLine(
                text=ln,
                confidence=1.0,
                box=_NO_BOX,
                words=[OcrWord(text=w, confidence=1.0, box=_NO_BOX) for w in ln.split()],
            )
            for ln in lines
        ]
        labels.append(LabelText(label=len(labels), lines=ocr_lines, engine="text", confidence=1.0))
    return labels


def _best(cands: Iterable[FieldCandidate]) -> FieldCandidate | None:
    ranked = sorted(cands, key=lambda c: -c.confidence)
    return ranked[0] if ranked else None


# the collector's rules that read a name without a collector's key: a name alone on its line, or
# the name on a date's line or next to it
_UNKEYED = frozenset({"collector.name_line", "collector.line_by_date", "collector.next_to_date"})


def _slip_signer(collector: FieldCandidate, seen: Views) -> FieldCandidate:
    """The collector, doubted (`SIGNED_SLIP`) when it is a name without a collector's key on a
    label whose role is a determination's ("Exampla minor / Rev. J. Beispiel 1990"): the slip's
    signature is its determiner's or reviser's as often. A keyed collector ("leg. et det. K.
    Muster") stays as it is."""
    label = collector.evidence.label
    on_slip = label is not None and seen.roles.get(label) is Role.determination
    if not on_slip or collector.evidence.rule not in _UNKEYED or SIGNED_SLIP in collector.flags:
        return collector
    return collector.model_copy(update={"flags": [*collector.flags, SIGNED_SLIP]})


# Proposals of other values at least this share as sure as the chosen one are its rivals.
RIVAL_SHARE = 0.5


class _Proposals(dict[str, list[FieldCandidate]]):
    """Every candidate the parsers proposed, by term: a chosen value with rivals nearly as sure
    is less certain than one the labels offer alone, whatever the rule that found it."""

    def add(self, cands: Iterable[FieldCandidate]) -> list[FieldCandidate]:
        kept = [c for c in cands if c.value]
        for c in kept:
            self.setdefault(c.term, []).append(c)
        return kept

    def rivals(self, cand: FieldCandidate) -> int:
        own = _key(cand.value)
        floor = RIVAL_SHARE * cand.confidence
        return len(
            {
                key
                for c in self.get(cand.term, [])
                if c.confidence >= floor and (key := _key(c.value)) not in own and own not in key
            }
        )


def _key(value: str) -> str:
    """A value's words without punctuation or case. Not `normalise.squash`: that keeps Latin
    letters only, and would make every Cyrillic or Greek value one empty key."""
    return re.sub(r"\W+", "", value).casefold()


def _put(
    out: dict[str, FieldCandidate], cands: Iterable[FieldCandidate], proposed: _Proposals
) -> None:
    for c in proposed.add(cands):
        if c.term not in out or c.confidence > out[c.term].confidence:
            out[c.term] = c


# The doubt of a collection date read under an institution's name alone (`roles.dated_header`):
# the day the sheet was received or mounted is stamped so as often.
STAMP_OR_COLLECTION = "stamp_or_collection_date"


def _dates(
    dated: list[DatedSpan], out: dict[str, FieldCandidate], stamped: set[int]
) -> DatedSpan | None:
    """The collection date among the dated spans (`stamped`: the labels that are an
    institution's name and a date alone, whose date yields to any other and is doubted)."""
    spans = [d for d in dated if d.score > 0]
    event = [d for d in spans if not d.det and d.label.label not in stamped]
    event = event or [d for d in spans if not d.det]
    fallback = False
    if not event:
        # Printed forms put "Date" after the determiner's name ("Det. B. C. Sample  Date Nov. 12,
        # 1939"); with no other date, such a date on the collector's form is more likely the
        # collection date. A determination slip's date is the determination's only.
        event = [d for d in spans if d.score >= 2 and d.on_collection_form]
        fallback = True
    chosen: DatedSpan | None = None
    if event:
        top = max(d.score for d in event)
        best = [d for d in event if d.score == top]
        chosen = best[0]
        d = chosen.date
        conf = d.confidence
        if len({b.date.iso for b in best}) > 1:
            conf *= 0.75  # two equally good dates that disagree
        if chosen.score < 1.5:
            conf *= 0.8
        if fallback:
            conf *= 0.6
        lab = chosen.label
        flags = [*d.flags, STAMP_OR_COLLECTION] if lab.label in stamped else d.flags
        out[Term.eventDate.value] = candidate(
            Term.eventDate, d.iso, conf, lab, d.start, d.end, d.rule, flags
        )
        out[Term.verbatimEventDate.value] = candidate(
            Term.verbatimEventDate, d.verbatim, conf, lab, d.start, d.end, d.rule, flags
        )
    return chosen


def _event_dates(dated: list[DatedSpan]) -> list[FieldCandidate]:
    """Every date that could be the collection date, as candidates (for their rivalry only)."""
    return [
        candidate(
            Term.eventDate,
            d.date.iso,
            d.date.confidence,
            d.label,
            d.date.start,
            d.date.end,
            d.date.rule,
        )
        for d in dated
        if d.score > 0 and not d.det
    ]


def _date_identified(dated: list[DatedSpan], det: FieldCandidate | None) -> FieldCandidate | None:
    """The determination's date: the one nearest the chosen determiner's name on its label; else
    the latest of the slips' dates, the current identification's ("Det. 1985" and "Det. 2007")."""
    dets = [d for d in dated if d.det]
    if not dets:
        return None
    near = []
    if det is not None and det.evidence.end is not None:
        end = det.evidence.end
        near = [
            d for d in dets if d.label.label == det.evidence.label and abs(d.date.start - end) < 40
        ]
    if near:
        d = min(near, key=lambda sp: abs(sp.date.start - end))
    else:
        d = max(dets, key=lambda sp: sp.date.iso.split("/")[0])
    return _identified(d)


def _identified(d: DatedSpan) -> FieldCandidate:
    """A date read on the labels as the determination's, a little less sure than as read."""
    return candidate(
        Term.dateIdentified,
        d.date.iso,
        d.date.confidence * 0.9,
        d.label,
        d.date.start,
        d.date.end,
        d.date.rule,
        d.date.flags,
    )


@dataclass(frozen=True)
class Parsed:
    """What the labels say: the record's fields, and every determination on the sheet (oldest
    first; the current one's terms are the fields')."""

    fields: dict[str, FieldCandidate]
    identifications: list[Identification]


def parse_fields(
    labels: Sequence[LabelText], *, checklist: Checklist | None = None
) -> dict[str, FieldCandidate]:
    """Darwin Core term name -> the best candidate value found in the labels' text, with a
    calibrated confidence (the probability that a curator would key the same value).

    With a checklist of the collection's accepted names, a scientific name found in it is
    confirmed and a near miss is corrected (see `pipelines.fields.checklist`)."""
    fields, _ = _extract(labels, checklist)
    return _calibrated(fields, labels, checklist)


def parse_labels(labels: Sequence[LabelText], *, checklist: Checklist | None = None) -> Parsed:
    """`parse_fields`, and the identification history with its values calibrated as the
    fields are (a value the current identification shares with the record keeps the record's
    confidence: one value, one confidence)."""
    raw, history = _extract(labels, checklist)
    fields = _calibrated(raw, labels, checklist)
    out = []
    for ident in history:
        got = calibrate(
            ident.fields,
            labels,
            checklist_given=checklist is not None,
            record={**raw, **ident.fields},
        )
        values = {}
        for term, cand in ident.fields.items():
            if raw.get(term) == cand and term in fields:
                values[term] = fields[term]
            elif term == Term.identificationVerificationStatus.value:
                values[term] = cand  # the order's certainty, not a reading: no model for it
            else:
                values[term] = got.get(term, cand)
        out.append(Identification(fields=values))
    return Parsed(fields, out)


def _calibrated(
    fields: dict[str, FieldCandidate], labels: Sequence[LabelText], checklist: Checklist | None
) -> dict[str, FieldCandidate]:
    calibrated = calibrate(fields, labels, checklist_given=checklist is not None)
    # A value computed from another field (metres from "1200 ft") is never surer than the field it
    # was read from; the calibration has no devset examples of such terms to learn that from.
    for term, source in _DERIVED.items():
        got, src = calibrated.get(term), calibrated.get(source)
        if got is not None and src is not None and got.confidence > src.confidence:
            calibrated[term] = got.model_copy(update={"confidence": src.confidence})
    return calibrated


_DERIVED = {
    Term.minimumElevationInMeters.value: Term.verbatimElevation.value,
    Term.maximumElevationInMeters.value: Term.verbatimElevation.value,
}


def extract_fields(
    labels: Sequence[LabelText], *, checklist: Checklist | None = None
) -> dict[str, FieldCandidate]:
    """The parsers' best candidates, with the rules' own (uncalibrated) confidences."""
    return _extract(labels, checklist)[0]


def _extract(
    labels: Sequence[LabelText], checklist: Checklist | None
) -> tuple[dict[str, FieldCandidate], list[Identification]]:
    """The parsers' best candidates and the identification history, uncalibrated."""
    labs = make_labels(labels)
    out: dict[str, FieldCandidate] = {}
    if not labs:
        return out, []
    # Each field comes from the labels whose role carries it: a stamp's date is never the
    # collection date, a donor is not the collector, a header's place is not the locality.
    seen = views(labs)
    specimen = seen.of(Role.data, Role.determination, Role.donor)
    proposed = _Proposals()
    # on a data label a capitalised "Rev." before a name is the collector's title; on a slip, a
    # revision's cue
    # a slip's date is its determination's, though no "det." precedes it on its line
    slips = {lab.label: determination_dates(lab) for lab in seen.of(Role.determination)}
    slips |= {lab.label: column_dates(lab) for lab in seen.of(Role.data)}
    data = {lab.label for lab in seen.of(Role.data)}
    every_name = find_names(specimen)
    dated = [
        d
        for d in label_dates(specimen, labs, data=data, slip_lines=slips)
        if not _authors_year(d, every_name)
    ]
    # as printed: the specimen's view blanks a stamp's lines
    event = _dates(dated, out, {lab.label for lab in labs if dated_header(lab)})
    proposed.add(_event_dates(dated))
    numbers_printed = proposed.add(find_catalog_numbers(labs))
    _put(out, numbers_printed[:1], proposed)
    found = likely_names(every_name)
    _put(out, name_candidates(specimen, every_name, checklist), proposed)
    _put(out, family_candidates(specimen), proposed)
    _put(out, sex_candidates(specimen), proposed)
    _put(out, type_status_candidates(labs), proposed)
    museum = museum_candidates(labs)  # a fossil's stratigraphy, a jar's or a skin's preparation
    _put(out, museum, proposed)

    # a date whose year a series title gave ("12 July" under "PLANTAE ... 1948 lectae") is no
    # collector's line: its neighbours are no more the collector's than any
    dated_by_title = event is not None and "year_from_title" in event.date.flags
    event_spans = (
        [(event.label, event.date.start, event.date.end)] if event and not dated_by_title else []
    )
    # a personal herbarium's header ("HERBIER K. MUSTER") names the collector only as a last
    # resort; read as printed (the stamps' view blanks such a line)
    headers = [lab for lab in labs if seen.roles[lab.label] in (Role.curatorial, Role.donor)]
    people = find_people(
        seen.of(Role.data, Role.determination), event_spans, headers=headers, printed=labs
    )
    # a catalogue number is nobody's name, nor a collector's field number ("LSH Sample Coll. /
    # LSH ENT 000123": there "Coll." is the collection)
    catalogue = out.get(Term.catalogNumber.value)
    collector = _best(proposed.add(c for c in people.collectors if not overlap(c, catalogue)))
    if collector is not None:
        out[Term.recordedBy.value] = _slip_signer(collector, seen)
    numbers = [c for c in people.numbers if not overlap(c, catalogue)]
    # a number alone on its own slip may be the field number ("412037"): not a stamp's or a donor's
    numbered = seen.of(Role.data, Role.determination, Role.barcode)
    fallback = [c for c in record_number_candidates(numbered) if not overlap(c, catalogue)]
    number = _pick_number(proposed.add(numbers), collector) or _best(proposed.add(fallback))
    if number is not None:
        out[Term.recordNumber.value] = _number_of_whom(number, collector)
    name = out.get(Term.scientificName.value)
    slip = _annotation_of(found, name)
    det = slip[0] if slip else _pick_det(specimen, proposed.add(people.determiners), name)
    if det is not None:
        out[Term.identifiedBy.value] = det
    identified = _date_identified(dated, det) or _year_identified(
        specimen, det, people.determiners, dated, event
    )
    _put(out, slip[1:] if slip else filter(None, [identified]), proposed)

    regional = seen.of(Role.data, Role.determination, Role.donor, Role.curatorial)
    regions = find_hits(regional)
    # the institution's country as a last resort: its name and address as printed, not a
    # determiner's affiliation
    printed = [lab for lab in labs if seen.roles[lab.label] is not Role.determination]
    _put(out, region_candidates(regional, regions, printed), proposed)
    state = out.get(Term.stateProvince.value)
    # a first-level division read as the state ("St. James Parish" of Barbados) is not also the
    # county: the county is the level below it
    counties = county_candidates(specimen, state.value if state is not None else None)
    _put(out, [c for c in counties if not overlap(c, state)], proposed)
    _put(out, municipality_candidates(specimen), proposed)
    _put(out, vice_county_candidates(specimen), proposed)
    _put(out, county_candidates_gb(specimen, {h.code for h in regions}), proposed)
    day_first_abroad(out)
    _put(out, coordinate_candidates(specimen), proposed)
    _put(out, country_from_grid(out), proposed)
    _put(out, elevation_candidates(specimen), proposed)

    claimed: dict[int, list[tuple[int, int]]] = {}
    # a name the people parser itself doubts as a place ("Glen Example" under a place's lines)
    # leaves its words to the locality
    sure = [c for c in people.collectors if PERSON_OR_PLACE not in c.flags]
    named = sure + people.determiners + people.companions + people.donors
    named += museum_claims(museum, labs)
    for span in _claimed(labs, out, named, dated, found):
        claimed.setdefault(span[0], []).append((span[1], span[2]))
    places = seen.of(Role.data, Role.donor)
    loc = locality_candidates(places, claimed, region_spans(regions), printed=labs)
    _put(out, loc, proposed)
    person_or_place(out)
    _put(out, habitat_candidates(places, loc[0] if loc else None), proposed)
    if checklist is not None:
        apply_checklist(out, checklist)
    # every determination on the sheet; the current one's determiner and date are the record's
    names = proposable_names(every_name, checklist)
    history = find_identifications(specimen, seen.roles, names, people.determiners, dated, out)
    if checklist is not None:
        for ident in history:
            if ident.fields.get(Term.scientificName.value) != out.get(Term.scientificName.value):
                apply_checklist(ident.fields, checklist)
    out = core_terms(out, history)
    one_date_twice(out)
    unread_slip(out, seen, every_name)
    cut_names(out, labs)
    mended_name(out, labs)
    fields = {term: _with_role(cand, seen.roles, proposed) for term, cand in out.items()}
    return fields, [
        Identification(fields={t: _with_role(c, seen.roles, proposed) for t, c in i.fields.items()})
        for i in history
    ]


def _with_role(
    cand: FieldCandidate, roles: dict[int, Role], proposed: _Proposals
) -> FieldCandidate:
    """The candidate with its label's role and its rivals in the evidence: a curator sees which
    kind of label a value came from and whether the labels offered others, and the confidence
    weighs both."""
    role = roles.get(cand.evidence.label) if cand.evidence.label is not None else None
    update: dict[str, object] = {"rivals": proposed.rivals(cand)}
    if role is not None:
        update["role"] = role.value
    evidence = cand.evidence.model_copy(update=update)
    return cand.model_copy(update={"evidence": evidence})


def _pick_number(
    numbers: list[FieldCandidate], collector: FieldCandidate | None
) -> FieldCandidate | None:
    """The field number printed after the chosen collector, or right before the name on its line
    ("1234 K. Muster 12 May 1901"); another name's number is not theirs."""
    if collector is None:
        return _best(numbers)
    for n in numbers:
        ce, ns = collector.evidence.end, n.evidence.start
        same_label = n.evidence.label == collector.evidence.label
        if same_label and ce is not None and ns is not None and 0 <= ns - ce < 30:
            return n
    for n in numbers:
        cs, ne = collector.evidence.start, n.evidence.end
        same_line = n.evidence.label == collector.evidence.label and (
            n.evidence.line == collector.evidence.line
        )
        before = cs is not None and ne is not None and 0 < cs - ne <= 4
        if n.evidence.rule == "number.before_collector" and same_line and before:
            return n
    return None


def _number_of_whom(number: FieldCandidate, collector: FieldCandidate | None) -> FieldCandidate:
    """A field number read on another label than the chosen collector's, on a sheet whose labels
    name several collectors ("Coll. K. Muster" on one label, "J. Beispiel No. 1234" on another):
    whose number it is the labels do not say, so it carries the collector's doubt."""
    if (
        collector is None
        or SEVERAL_COLLECTORS not in collector.flags
        or number.evidence.label == collector.evidence.label
        or SEVERAL_COLLECTORS in number.flags
    ):
        return number
    return number.model_copy(update={"flags": [*number.flags, SEVERAL_COLLECTORS]})


def _annotation_of(found: list[NameMatch], name: FieldCandidate | None) -> list[FieldCandidate]:
    """The determiner and date of the chosen name when an annotation line under it dated it
    ("FWP 1931"): the current identification's, though printed without "det."."""
    if name is None:
        return []
    for n in found:
        if n.label.label == name.evidence.label and n.start == name.evidence.start:
            return annotation_determiner(n)
    return []


def _pick_det(
    labs: list[Label], dets: list[FieldCandidate], name: FieldCandidate | None
) -> FieldCandidate | None:
    """The determiner printed under the chosen name on its label, unless a later dated
    determination follows ("det. K. Muster 1950 / rev. J. Beispiel 1970"); else the latest dated
    determination (the current one, as for the name: "Det. A.Exemplar" on the original label,
    "Det. Robert D. Person 1988" on the annotation slip); else the first one found."""
    if not dets:
        return None
    years = [_det_year(labs, d, dets) for d in dets]
    latest = max(years)
    only_latest = latest > 0 and years.count(latest) == 1
    if name is not None and name.evidence.end is not None and name.evidence.label is not None:
        for d, year in zip(dets, years, strict=True):
            if (
                d.evidence.label == name.evidence.label
                and 0 <= (d.evidence.start or 0) - name.evidence.end < 80
                and not (only_latest and year < latest)
            ):
                return d
    if only_latest:
        return dets[years.index(latest)]
    return dets[0]


_DET_YEAR = re.compile(r"(?<!\d)(1[6-9]\d\d|20[0-3]\d)(?!\d)")


def _det_year(labs: list[Label], det: FieldCandidate, dets: Sequence[FieldCandidate] = ()) -> int:
    """The year written after a determiner's name, on its line ("Karl B. Muster 1986") or the
    next ("Det. K. L. Beispiel / 9 May 1981") unless another of `dets` stands there ("det. K.
    Muster / rev. J. Beispiel 1970": the reviser's year), or 0."""
    found = _det_year_match(labs, det, dets)
    return int(found[1].group(1)) if found else 0


def _year_identified(
    labs: list[Label],
    det: FieldCandidate | None,
    dets: Sequence[FieldCandidate],
    dated: list[DatedSpan],
    event: DatedSpan | None,
) -> FieldCandidate | None:
    """The determination's date where none was read as one: the date after the determiner's
    name ("Det. By / K. Muster Nov. 1975"), or its year alone ("Det. / K. Muster 1998"); not
    the collection's ("Det. K. Muster / 31 Aug 1981" on the data label)."""
    found = _det_year_match(labs, det, dets) if det is not None else None
    if found is None:
        return None
    lab, m = found
    if (
        event is not None
        and event.label.label == lab.label
        and event.date.start <= m.start(1) < event.date.end
    ):
        return None
    for d in dated:
        if d.label.label == lab.label and d.date.start <= m.start(1) < d.date.end:
            return _identified(d)
    return candidate(
        Term.dateIdentified, m.group(1), 0.85, lab, m.start(1), m.end(1), "date.det_year"
    )


def _det_year_match(
    labs: list[Label], det: FieldCandidate, dets: Sequence[FieldCandidate] = ()
) -> tuple[Label, re.Match[str]] | None:
    """`_det_year`'s match, on its label."""
    lab = label_of(labs, det.evidence)
    if lab is None or det.evidence.end is None:
        return None
    here = lab.line_no(det.evidence.end)
    i = min(here + 1, len(lab.lines) - 1)
    if any(
        o is not det
        and o.evidence.label == det.evidence.label
        and o.evidence.start is not None
        and lab.line_no(o.evidence.start) == i != here
        for o in dets
    ):
        i = here
    m = _DET_YEAR.search(lab.flat, det.evidence.end, lab.lines[i].end)
    return (lab, m) if m else None


def _claimed(
    labs: list[Label],
    out: dict[str, FieldCandidate],
    extra: list[FieldCandidate],
    dated: list[DatedSpan],
    names: list[NameMatch],
) -> Iterable[tuple[int, int, int]]:
    by_label = {lab.label: lab.position for lab in labs}
    terms = (
        Term.eventDate,
        Term.scientificName,
        Term.catalogNumber,
        Term.recordNumber,
        Term.typeStatus,
    )
    for c in [out[t.value] for t in terms if t.value in out] + extra:
        e = c.evidence
        if e.label in by_label and e.start is not None and e.end is not None:
            yield by_label[e.label], e.start, e.end
    for d in dated:
        yield d.label.position, d.date.start, d.date.end
    # every name, not only the chosen one: a host plant ("Exemplia / beispielii") is no place
    for n in names:
        yield n.label.position, n.start, _name_end(n)
    # a genus alone on its line ("PARATYPE / Exemplus" above the locality of an insect label)
    # when a label names it in full
    genera = {n.genus for n in names}
    for lab in labs:
        for ln in lab.lines:
            word = ln.text.strip()
            if word in genera:
                yield lab.position, ln.start + ln.text.index(word), ln.start + len(ln.text.rstrip())


def _authors_year(d: DatedSpan, names: list[NameMatch]) -> bool:
    """Whether a year alone is the one in a name's author, the year the name was published
    ("Exampla muster (Beispiel, 1888)", "Exampla muster / Beispiel, 1888"), no collection's."""
    year = d.date.verbatim.strip(" ,.;()")
    return any(
        n.label.label == d.label.label
        and year.isdigit()
        and year in n.authorship
        and 0 <= d.date.start - n.end <= len(n.authorship) + 8
        for n in names
    )


def _name_end(n: NameMatch) -> int:
    """Where a name's author ends ("Aus elongatus Sw.") when it follows on the name's line or
    the next: the author is no more a place than the name."""
    if not re.search(r"[.()&]", n.authorship):
        return n.end  # "Abies branches, Pond Lake": no author reads like that
    # the author as printed, its spacing free ("K . Muster ." for "K. Muster.")
    printed = r"\s*".join(re.escape(ch) for ch in n.authorship if not ch.isspace())
    m = re.compile(printed).search(n.label.flat, n.end)
    limit = n.label.line_at(n.end).end + 1
    if m is not None and m.start() <= limit:
        return m.end()
    return n.end
