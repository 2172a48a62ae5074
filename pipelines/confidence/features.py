"""What a field's confidence is computed from: a few numbers per candidate, the same for every label.

Each feature is a property any institution's labels have (how sure the OCR engine was of the words
the value came from, how specific the matching rule is, whether the value passes a validity check,
whether another label says the same), never a fact about particular labels.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from models.dwc import Term
from models.fields import FieldCandidate
from models.specimen import LabelText
from pipelines.confidence.consistency import atypical, consistent
from pipelines.normalise import squash


class Family(StrEnum):
    """Terms whose confidence behaves alike share one fitted model."""

    date = "date"
    name = "name"
    person = "person"
    place = "place"
    region = "region"
    number = "number"
    # a collector's field number: written by hand or typed beside the name, misread or cut short
    # far more often than a printed catalogue number, so it has a model of its own
    field_number = "field_number"
    geo = "geo"


FAMILY: dict[str, Family] = {
    Term.eventDate: Family.date,
    Term.verbatimEventDate: Family.date,
    Term.dateIdentified: Family.date,
    Term.scientificName: Family.name,
    Term.scientificNameAuthorship: Family.name,
    Term.taxonRank: Family.name,
    Term.family: Family.name,
    Term.typeStatus: Family.name,
    Term.recordedBy: Family.person,
    Term.identifiedBy: Family.person,
    Term.verbatimLocality: Family.place,
    Term.locality: Family.place,
    Term.habitat: Family.place,
    Term.municipality: Family.region,
    Term.country: Family.region,
    Term.countryCode: Family.region,
    Term.stateProvince: Family.region,
    Term.county: Family.region,
    # the vice-county (pipelines.fields.vicecounty), the only value put there so far
    Term.dynamicProperties: Family.region,
    Term.catalogNumber: Family.number,
    Term.recordNumber: Family.field_number,
    Term.sex: Family.number,
    Term.verbatimCoordinates: Family.geo,
    Term.decimalLatitude: Family.geo,
    Term.decimalLongitude: Family.geo,
    Term.geodeticDatum: Family.geo,
    Term.coordinateUncertaintyInMeters: Family.geo,
    Term.verbatimCoordinateSystem: Family.geo,
    Term.verbatimSRS: Family.geo,
    Term.verbatimElevation: Family.geo,
    Term.minimumElevationInMeters: Family.geo,
    Term.maximumElevationInMeters: Family.geo,
    # a fossil's stratigraphy and a specimen's preparation: words of the data label, as a place's
    # are (the sets that fit the models key none of them, so they have no model of their own)
    Term.preparations: Family.place,
    **{
        term: Family.place
        for term in Term
        if term.value.startswith(("earliest", "latest", "lowest", "highest"))
        or term in (Term.lithostratigraphicTerms, Term.group, Term.formation, Term.member, Term.bed)
    },
}

BASE_FEATURES = (
    "bias",
    "rule",  # logit of the rule's own confidence: how specific the matching pattern is
    "ocr_min",  # lowest OCR word confidence in the evidence span
    "ocr_label",  # the label's OCR confidence: how readable the whole label was
    "garble",  # share of characters in the span that rarely occur on labels (OCR noise)
    "valid",  # the term's validity check, 0..1
    "agree",  # another label (or the same label elsewhere) repeats the value
    "flagged",  # the parser flagged a doubt (two-digit year, corrected, ...)
    "checklist",  # +1 the name is in the collection's checklist, -1 a checklist was given and it is not
    "role_fit",  # 1 the value came from the kind of label that carries its term, 0 it did not
    "consistent",  # +1 another field confirms it (a state in its country), -1 one contradicts it
    "atypical",  # 0..1: how unlike its term the value is (a collector holding a cue word or a place)
    "rivals",  # 0..1: other values the labels offered for the term, nearly as sure (0, 1, 2+)
)
# How often the values of the candidate's rule were right on other institutions' labels: the
# fitting script measures it leaving each source out (a rule's rate on the source it was made
# from says nothing of a new collection) and the model ships the rates (`CalibrationModel.rules`).
RULE_RATE = "rule_rate"
FEATURES = (*BASE_FEATURES, RULE_RATE)

_ODD = re.compile(r"[^\w\s.,;:'’\"()\-&/°º'#+]")
_LATIN_END = re.compile(
    r"(?:us|a|um|is|e|ii|ae|i|es|ensis|oides|ata|atum|atus|ens|ans|ax|ix|ex|or|on|os|as|ys)$"
)
_WORDLIKE = re.compile(
    r"^(?:[A-Za-zÀ-ÿ][a-zà-ÿ'’-]+\.?|[A-ZÀ-Þ]\.|\d+(?:[.,]\d+)?|[A-ZÀ-Þ]{2,}\.?)[,;:.]?$"
)


@dataclass(frozen=True)
class Context:
    """What the features of one candidate are computed against."""

    labels: Mapping[int, LabelText]
    fields: Mapping[str, FieldCandidate]
    checklist_given: bool = False
    # rule key -> the smoothed log-odds of its values being right on other sources (the model's)
    rule_rates: Mapping[str, float] | None = None


# The kinds of label that carry each term (pipelines.fields.roles): names and their determiners
# come from slips and data labels, catalogue numbers from stamps, barcodes and data labels, the
# rest from the specimen's own data label.
_DETERMINATION_TERMS = {
    Term.scientificName,
    Term.scientificNameAuthorship,
    Term.taxonRank,
    Term.family,
    Term.typeStatus,
    Term.identifiedBy,
    Term.dateIdentified,
}


def role_fit(cand: FieldCandidate) -> float:
    role = cand.evidence.role
    if role is None:
        return 0.5
    if cand.term in _DETERMINATION_TERMS:
        return 1.0 if role in ("data", "determination") else 0.0
    if cand.term == Term.catalogNumber:
        return 1.0 if role in ("data", "curatorial", "barcode") else 0.0
    return 1.0 if role == "data" else 0.0


def rule_key(cand: FieldCandidate) -> str:
    return f"{cand.term}:{cand.evidence.rule}"


def logit(p: float) -> float:
    p = min(max(p, 0.01), 0.99)
    return math.log(p / (1 - p))


def span_word_confidences(label: LabelText, start: int, end: int) -> list[float]:
    """OCR confidences of the words overlapping characters [start, end) of `label.text`."""
    out: list[float] = []
    for line_start, line_end, line in label.line_offsets():
        if not (line_start < end and line_end >= start):
            continue
        if not line.words:
            out.append(line.confidence)
            continue
        out.extend(
            w.confidence for ws, we, w in line.word_offsets(line_start) if ws < end and we > start
        )
    return out


def _line_confidence(label: LabelText, start: int, end: int) -> float:
    confs = [
        line.confidence
        for line_start, line_end, line in label.line_offsets()
        if line_start <= max(start, end - 1) and line_end >= start
    ]
    return min(confs) if confs else 1.0


def _garble(text: str) -> float:
    letters = [c for c in text if not c.isspace()]
    if not letters:
        return 0.0
    odd = len(_ODD.findall(text))
    # letters and digits mixed inside one token ("Ar1zona", "l95l") are typical misreadings
    mixed = sum(1 for t in text.split() if re.search(r"[A-Za-z]\d|\d[A-Za-z]", t.strip(".,;:")))
    return min(1.0, (odd + mixed) / len(letters) * 4)


def _valid_date(value: str) -> float:
    first = value.split("/")[0]
    m = re.match(r"^(\d{4})(?:-(\d\d))?(?:-(\d\d))?", first)
    if not m:
        return 0.0
    year = int(m[1])
    if not 1750 <= year <= date.today().year:
        return 0.0
    return 1.0 if m[3] else 0.6 if m[2] else 0.3


def plausible_name(value: str) -> float:
    """How much a value looks like a Latin binomial: capitalised genus, lower-case epithet, Latin
    endings. Used when no checklist is given."""
    parts = value.split()
    if not parts:
        return 0.0
    genus = parts[0]
    score = 0.0
    if re.fullmatch(r"[A-Z][a-zë]{2,}", genus):
        score += 0.4
        if _LATIN_END.search(genus) or genus.endswith(("ia", "um", "on", "is", "ella", "opsis")):
            score += 0.1
    if len(parts) > 1:
        epithet = parts[1]
        if re.fullmatch(r"[a-zë][a-zë-]{2,}", epithet):
            score += 0.3
            if _LATIN_END.search(epithet):
                score += 0.2
    return score


_SURNAME = re.compile(r"(?:Mc|Mac|O'|D')?[A-ZÀ-Þ][a-zà-ÿ'’-]{2,}|[A-ZÀ-Þ]{3,}")
_INITIAL = re.compile(r"[A-ZÀ-Þ][a-z]?\.")


def _valid_person(value: str) -> float:
    """A person's name as labels print it: initials or a given name, then a surname. A single
    word is as often a place or a genus that sits where a name would ("Coll. Ahuacatlan")."""
    first = re.split(r"\s*[|&]\s*|\s+and\s+", value)[0]
    tokens = [t for t in re.split(r"(?<=\.)|\s+", first) if t.strip()]
    if not tokens or re.search(r"\d", value):
        return 0.0
    surname = bool(_SURNAME.fullmatch(tokens[-1].strip(".,")))
    initials = any(_INITIAL.fullmatch(t.strip()) for t in tokens[:-1])
    words = len(tokens) >= 2
    return 0.4 * surname + 0.4 * (initials or words) + 0.2 * (len(tokens[-1].strip(".,")) >= 4)


def _valid_place(value: str) -> float:
    tokens = value.split()
    if not tokens:
        return 0.0
    good = sum(1 for t in tokens if _WORDLIKE.match(t))
    size = min(1.0, len(tokens) / 6)
    return 0.5 * good / len(tokens) + 0.5 * size


def _valid_region(cand: FieldCandidate, fields: Mapping[str, FieldCandidate]) -> float:
    # a country implied by, or printed beside, a recognised state is consistent by construction;
    # one printed alone is less certain to be the collecting country (institution lines, headers)
    others = [t for t in (Term.country, Term.stateProvince, Term.county) if t.value in fields]
    return min(1.0, (len(others) - 1) / 2) if others else 0.0


def _valid_number(cand: FieldCandidate) -> float:
    digits = len(re.sub(r"\D", "", cand.value))
    if cand.term == Term.catalogNumber:
        return min(1.0, digits / 8)
    # field numbers are mostly 3-5 digits; a lone digit or two is often the tail of a misread one
    if not re.fullmatch(r"[A-Za-z]{0,3}[- ]?\d{1,6}[a-zA-Z]?", cand.value.strip()):
        return 0.0
    return min(1.0, digits / 3)


def _valid_geo(cand: FieldCandidate, fields: Mapping[str, FieldCandidate]) -> float:
    if cand.term in (
        Term.verbatimElevation,
        Term.minimumElevationInMeters,
        Term.maximumElevationInMeters,
    ):
        low = fields.get(Term.minimumElevationInMeters.value)
        try:
            metres = float(low.value) if low is not None else None
        except ValueError:
            metres = None
        return 1.0 if metres is not None and 0 <= metres <= 6500 else 0.5
    lat, lon = fields.get(Term.decimalLatitude.value), fields.get(Term.decimalLongitude.value)
    try:
        ok = (
            lat is not None
            and lon is not None
            and abs(float(lat.value)) <= 90
            and abs(float(lon.value)) <= 180
        )
    except ValueError:
        ok = False
    return 1.0 if ok else 0.3


def validity(cand: FieldCandidate, family: Family, fields: Mapping[str, FieldCandidate]) -> float:
    if family is Family.date:
        iso = (
            cand.value
            if cand.term != Term.verbatimEventDate
            else fields.get(Term.eventDate.value, cand).value
        )
        return _valid_date(iso)
    if family is Family.name:
        return plausible_name(cand.value)
    if family is Family.person:
        return _valid_person(cand.value)
    if family is Family.place:
        return _valid_place(cand.value)
    if family is Family.region:
        return _valid_region(cand, fields)
    if family in (Family.number, Family.field_number):
        return _valid_number(cand)
    return _valid_geo(cand, fields)


def _agree(cand: FieldCandidate, labels: Mapping[int, LabelText]) -> float:
    key = squash(cand.evidence.text)
    if len(key) < 4:
        return 0.0
    seen = 0
    for index, label in labels.items():
        text = squash(label.text)
        count = text.count(key)
        seen += count - 1 if index == cand.evidence.label else count
    return 1.0 if seen > 0 else 0.0


def features(cand: FieldCandidate, context: Context) -> list[float]:
    """The feature vector of one candidate, in the order of `BASE_FEATURES`."""
    family = FAMILY.get(cand.term, Family.place)
    ev = cand.evidence
    label = context.labels.get(ev.label) if ev.label is not None else None
    if label is not None and ev.start is not None and ev.end is not None:
        words = span_word_confidences(label, ev.start, ev.end)
        ocr_min = min(words) if words else label.confidence
        ocr_label = label.confidence
        # the parsers scale a rule's belief by the lines' OCR confidence (0.6 + 0.4 * conf) to rank
        # candidates; undo that so the rule feature says only how specific the rule is
        rule = cand.confidence / (0.6 + 0.4 * _line_confidence(label, ev.start, ev.end))
    else:  # barcodes and settings: no OCR involved
        ocr_min = ocr_label = 1.0
        rule = cand.confidence
    checklist = 0.0
    if family is Family.name and context.checklist_given:
        checklist = 1.0 if ev.rule == "name.checklist" or "checklist" in cand.flags else -1.0
    rates = context.rule_rates or {}
    return [
        1.0,
        logit(rule),
        ocr_min,
        ocr_label,
        _garble(ev.text or cand.value),
        validity(cand, family, context.fields),
        _agree(cand, context.labels),
        1.0 if cand.flags else 0.0,
        checklist,
        role_fit(cand),
        consistent(cand, context.fields),
        atypical(cand),
        min(ev.rivals, 2) / 2,
        rates.get(rule_key(cand), rates.get(f"{family.value}:*", 0.0)),
    ]
