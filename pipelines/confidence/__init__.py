"""Calibrated field confidence: the probability that a proposed value is what a curator would key.

The parsers give each candidate a rule confidence (how specific the pattern that matched is).
`calibrate` replaces it by the output of a small logistic model per term family that also weighs
the OCR confidence of the evidence words, a validity check of the value, agreement between labels,
the parser's flags and, for names, a collection checklist. See BENCHMARKS.md ("Field confidence")
for the cross-validated reliability of the shipped fit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from models.fields import FieldCandidate
from models.specimen import LabelText
from pipelines.confidence.features import FAMILY, FEATURES, Context, Family, features
from pipelines.confidence.model import CalibrationModel, default_model

__all__ = ["DOUBTS", "calibrate", "candidate_features"]

UNSURE_READING = "unsure_reading"
# Flags that say the tool cannot vouch for the value, whatever its features: which of two
# catalogue numbers is the specimen's, which century a two-digit year means, a lone given name,
# a barcode that disagrees with its printed number. Such a field stays below 0.9, in its order.
DOUBTS = frozenset(
    {
        "century_ambiguous",
        "ambiguous_day_month",
        "given_name_only",
        "initials_only",  # a collector keyed by initials no name on the sheet spells out
        "several_collectors",  # two keyed collectors that name different people
        "uncertain_number",  # a one-figure field number, or one a keyed number elsewhere contradicts
        "herbarium_header",  # a collector read from a personal herbarium's header alone
        "lone_capitals",  # a person's name that is one word in capitals ("MUSTER")
        "signed_slip",  # a name signing a dated slip of its own: as likely the determiner
        "surname_only",  # a collector's surname (after a title at most) no sure cue names
        "genus_only",  # a genus alone where an epithet may have been lost
        UNSURE_READING,  # a name read unsurely or by one recogniser alone, a word below UNSURE_WORD
        "year_from_title",  # a collection year read from a series title, not a dated data label
        "stamp_or_collection_date",  # a date alone under an institution's name (fields)
        "several_taxa",  # names of different taxa on the sheet: which is current is a judgement
        "several_catalog_numbers",
        "several_institutions",
        "several_dates",  # another collection date nearly as likely gives another day (fields.dates)
        "partial_date",  # a year alone beside a month or a day its rules did not read (fields.dates)
        "datum_unknown",  # a UTM reference's latitude and longitude, WGS84 assumed (fields.survey)
        "collection_or_determination_date",  # read from the collection date's words (fields)
        "long_year_run",  # a run of years longer than a trip ("1923-45"): a series' number as often
        "sent_or_issued_year",  # a year after "Comm." or "Fasc.": the sender's or the (fields.dates)
        "several_states",
        "state_code_alone",  # a state from its two-letter code on a sheet nothing else says American
        "shared_island",  # an island several countries share read as the state (fields.regions)
        "barcode_text_mismatch",
        "vice_county_conflict",
        "county_not_in_state",  # a county none of its US state's counties (fields.places.counties)
        "county_inferred",  # a country read from a British or Irish county alone (fields.vicecounty)
        "country_judged",  # a country from a region only mostly in it (fields.regions)
        "several_countries",  # labels naming two countries (fields.regions)
        "extent_uncertain",  # a locality's block that may run over another field (fields.places)
        "place_uncued",  # a locality read where nothing on the label says "place" (fields.places)
        "several_places",  # two data labels naming different places (fields.places)
        "person_or_place",  # a collector and a locality read from the same words (fields)
        "romanised",  # a person's name printed in Cyrillic, given in Latin letters (fields.people)
        "questioned",  # a collector the label itself queries ("leg. Muster ?") (fields.people)
        "type_copy_date",  # a date on a type's photograph or annotation: the type's (fields.dates)
        "unread_determination",  # a determination slip beside the name gave no name (fields)
        "name_cut_short",  # a person's surname the label's text goes on past (fields)
        "title_heads_place",  # a region's Latin title before a bare place (fields.places)
        "name_mended",  # a genus or epithet misread, mended to a backbone's one neighbour (fields)
        "rank_unstated",  # a rock unit named by its rock alone, as the formation (fields.stratigraphy)
        "several_units",  # a label naming units of different ages (fields.stratigraphy)
    }
)
DOUBT_SCALE = 0.9
# A value one of whose words the OCR engine itself read at less than this: on the devset's
# images, 14 of 21 such values were right (two of five below 0.7), far from the nine in ten a
# confidence of 0.9 promises. It is flagged `unsure_reading` and doubted like the flags above
# (names excepted: `fields.names` weighs the words of the name alone, NAME_MIN_OCR).
UNSURE_WORD = 0.8
_OCR_MIN = FEATURES.index("ocr_min")


def candidate_features(
    fields: Mapping[str, FieldCandidate],
    labels: Sequence[LabelText],
    *,
    checklist_given: bool = False,
    rule_rates: Mapping[str, float] | None = None,
    record: Mapping[str, FieldCandidate] | None = None,
) -> dict[str, tuple[Family, list[float]]]:
    """Each OCR-derived field's family and feature vector (the fitting script uses this too).
    `record`: the fields the features weigh a value against (by default `fields` themselves)."""
    context = Context(
        labels={lab.label: lab for lab in labels},
        fields=fields if record is None else record,
        checklist_given=checklist_given,
        rule_rates=rule_rates,
    )
    out: dict[str, tuple[Family, list[float]]] = {}
    for term, cand in fields.items():
        if cand.evidence.source != "ocr":
            continue  # barcodes and settings keep the confidence their stage gave them
        out[term] = (FAMILY.get(term, Family.place), features(cand, context))
    return out


def calibrate(
    fields: Mapping[str, FieldCandidate],
    labels: Sequence[LabelText],
    *,
    checklist_given: bool = False,
    model: CalibrationModel | None = None,
    record: Mapping[str, FieldCandidate] | None = None,
) -> dict[str, FieldCandidate]:
    """The fields with their confidence replaced by the calibrated probability of being right;
    `record`: the fields they are weighed against (by default `fields` themselves)."""
    model = model or default_model()
    vectors = candidate_features(
        fields, labels, checklist_given=checklist_given, rule_rates=model.rules, record=record
    )
    out: dict[str, FieldCandidate] = {}
    for term, cand in fields.items():
        if term in vectors:
            family, x = vectors[term]
            p = model.probability(family.value, x)
            flags = cand.flags
            # (a name's parser knows which of its span's words are the name's: it judges them)
            if (
                family is not Family.name
                and x[_OCR_MIN] < UNSURE_WORD
                and UNSURE_READING not in flags
            ):
                flags = [*flags, UNSURE_READING]
            if DOUBTS.intersection(flags):
                p *= DOUBT_SCALE
            cand = cand.model_copy(update={"confidence": round(p, 4), "flags": flags})
        out[term] = cand
    return out
