"""Calibrated field confidence: the features, the shipped model, the fitting routine."""

from __future__ import annotations

import numpy as np
import pytest

from models.fields import Evidence, FieldCandidate
from pipelines.confidence import calibrate, candidate_features
from pipelines.confidence.features import (
    BASE_FEATURES,
    FEATURES,
    RULE_RATE,
    plausible_name,
    span_word_confidences,
)
from pipelines.confidence.model import default_model, fit_logistic
from pipelines.fields import extract_fields, labels_from_text, parse_fields
from tests.pipelines.fields.ocr_labels import ocr_label

LABEL = ocr_label([[("Sage", 0.9), ("Canyon", 0.8)], [("V-17-1942", 0.5), ("leg.", 0.95)]])


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (0, 4, [0.9]),
        (0, 11, [0.9, 0.8]),
        (5, 11, [0.8]),
        (12, 21, [0.5]),
        (7, 14, [0.8, 0.5]),
        (22, 26, [0.95]),
        (30, 40, []),
    ],
)
def test_span_word_confidences(start: int, end: int, expected: list[float]) -> None:
    assert span_word_confidences(LABEL, start, end) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Philanthus barbatus", 1.0),
        ("Quercus alba", 1.0),
        ("Stemodia parviflora", 1.0),
        ("Cladonia", 0.5),
        ("Cymop terus", 0.9),
        ("Xalocotlan", 0.4),
        ("XALOCOTLAN Mex.", 0.0),
        ("Philanthus barbafus", 1.0),  # plausible: only a checklist catches this slip
        ("", 0.0),
    ],
)
def test_plausible_name(name: str, expected: float) -> None:
    assert plausible_name(name) == pytest.approx(expected)


def test_shipped_model_matches_the_features() -> None:
    model = default_model()
    assert tuple(model.features) == FEATURES == (*BASE_FEATURES, RULE_RATE)
    for name, m in model.models.items():
        assert len(m.weights) == len(FEATURES), name
        assert m.samples > 0
    assert {"date", "name", "person", "place", "region", "number", "geo"} <= set(model.models)
    # every family's fallback rate, and rule rates keyed as the code keys them ("term:rule")
    assert all(f"{family}:*" in model.rules for family in model.models)
    assert all(":" in key for key in model.rules)


INVENTED = [
    "Aus bus L.\ndet. A. Person 1987\n\nLoc. Foo Heath, 120 m\n12.vi.1931\nleg. K. Muster",
    "Flora of Examplia\nColl. A. B. Person No. 123\nDate 4 May 1950\n\nXX0000012345678",
    "Sammler: J. Beispiel\nDeutschland: Musterberg\n\nDatabased 2011",
]


@pytest.mark.parametrize("text", INVENTED)
def test_the_code_computes_the_features_the_model_was_fitted_on(text: str) -> None:
    """The vectors the code computes for real candidates have the model's length and names,
    and each feature takes values in the range the fit saw (no silent NaN or unit change)."""
    model = default_model()
    labels = labels_from_text(text)
    fields = extract_fields(labels)
    vectors = candidate_features(fields, labels, rule_rates=model.rules)
    assert vectors
    for _term, (family, x) in vectors.items():
        assert len(x) == len(model.features) == len(model.models[family.value].weights)
        assert x[0] == 1.0  # the bias
        assert all(np.isfinite(v) for v in x)
        named = dict(zip(model.features, x, strict=True))
        assert 0.0 <= named["role_fit"] <= 1.0 and named["consistent"] in (-1.0, 0.0, 1.0)
        assert 0.0 <= named["atypical"] <= 1.0
        assert named["rule_rate"] != 0.0  # a known rule's or the family's rate, never missing


def test_calibrated_confidences_are_probabilities_below_the_ceiling() -> None:
    labels = labels_from_text("Philanthus barbatus Bx.\n\nMich., Mex.\n23 June 1953\nR.T. Vance")
    fields = parse_fields(labels)
    assert fields
    for cand in fields.values():
        assert 0.0 < cand.confidence <= default_model().ceiling


def test_low_word_confidence_lowers_the_calibrated_confidence() -> None:
    def date_conf(word_conf: float) -> float:
        label = ocr_label([[("Sage", 0.9), ("Canyon", 0.9)], [("V-17-1942", word_conf)]])
        return parse_fields([label])["eventDate"].confidence

    # (a sure date may reach the model's ceiling before the words are sure)
    assert date_conf(0.3) < date_conf(0.7) <= date_conf(0.99)


def test_barcode_candidates_keep_their_confidence() -> None:
    barcode = FieldCandidate(
        term="catalogNumber",
        value="02481937",
        confidence=0.99,
        evidence=Evidence(text="02481937", rule="barcode.code128", source="barcode"),
    )
    out = calibrate({"catalogNumber": barcode}, [])
    assert out["catalogNumber"] == barcode


def test_calibration_keeps_values_and_evidence() -> None:
    labels = labels_from_text("Lawn, Hillcrest Garden\nW. H. HARLOW, COLLECTOR\tOCTOBER 17, 1908")
    raw = extract_fields(labels)
    calibrated = parse_fields(labels)
    assert raw.keys() == calibrated.keys()
    for term, cand in raw.items():
        assert calibrated[term].value == cand.value
        assert calibrated[term].evidence == cand.evidence


def test_fit_logistic_recovers_the_generating_weights() -> None:
    rng = np.random.default_rng(0)
    x = np.column_stack([np.ones(4000), rng.normal(size=4000), rng.normal(size=4000)])
    true = np.array([0.5, 2.0, -1.0])
    y = (rng.random(4000) < 1 / (1 + np.exp(-x @ true))).astype(np.float64)
    w = fit_logistic(x, y, l2=0.0)
    assert np.allclose(w, true, atol=0.15)


@pytest.mark.parametrize(
    ("text", "term", "rivals"),
    [
        # one collection date on the label: nothing rivals it
        ("Sandy slope above Exampleford\n12 May 1931\nleg. K. Muster", "eventDate", 0),
        # two dates that disagree, neither a determination's: the chosen one has a rival
        ("Exampleford, 12 May 1931\nSample Hill, 3 June 1934\nleg. K. Muster", "eventDate", 1),
        # the same date written twice is no rival
        ("Exampleford 12 May 1931\nleg. K. Muster 12.V.1931", "eventDate", 0),
        ("Exampleford\n12 May 1931\nleg. K. Muster", "recordedBy", 0),
    ],
)
def test_rivals_count_other_values_the_labels_offered(text: str, term: str, rivals: int) -> None:
    got = extract_fields(labels_from_text(text))[term]
    assert got.evidence.rivals == rivals


def test_a_rival_lowers_the_confidence() -> None:
    alone = parse_fields(labels_from_text("Exampleford\n12 May 1931\nleg. K. Muster"))
    rivalled = parse_fields(
        labels_from_text("Exampleford, 12 May 1931\nSample Hill, 3 June 1934\nleg. K. Muster")
    )
    date = "eventDate"
    assert rivalled[date].evidence.rivals > alone[date].evidence.rivals
    assert rivalled[date].confidence < alone[date].confidence


@pytest.mark.parametrize("doubt", ["several_taxa", "century_ambiguous", "herbarium_header"])
def test_a_doubt_keeps_a_field_below_the_high_band(doubt: str) -> None:
    # a name the model trusts (a determination slip's), then the same name doubted
    text = "Exampla vulgaris L.\n\nSamplea ornata (L.) Beispiel\nDet. J. Muster 1990"
    labels = labels_from_text(text)
    raw = extract_fields(labels)
    sure = calibrate(raw, labels)["scientificName"]
    assert sure.confidence >= 0.9
    name = raw["scientificName"]
    doubted = {**raw, "scientificName": name.model_copy(update={"flags": [*name.flags, doubt]})}
    assert calibrate(doubted, labels)["scientificName"].confidence < 0.9


@pytest.mark.parametrize(("word_conf", "doubted"), [(0.6, True), (0.75, True), (0.95, False)])
def test_a_word_the_engine_doubts_keeps_its_value_below_the_high_band(
    word_conf: float, doubted: bool
) -> None:
    label = ocr_label(
        [
            [("Sampleton", 0.97), ("Common", 0.97)],
            [("12", 0.97), ("May", 0.97), ("1931", 0.97)],
            [("leg.", 0.97), ("K.", 0.97), ("Muster", word_conf)],
        ]
    )
    collector = parse_fields([label])["recordedBy"]
    assert collector.value == "K. Muster"
    assert ("unsure_reading" in collector.flags) is doubted
    if doubted:
        assert collector.confidence < 0.9
    date = parse_fields([label])["eventDate"]
    assert "unsure_reading" not in date.flags
