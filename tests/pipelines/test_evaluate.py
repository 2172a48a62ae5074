"""The scorer's definitions on invented rows: accept98 coverage and a country in another language."""

from __future__ import annotations

from pipelines.evaluate import accept_coverage, evaluate


def test_accept_coverage_is_the_largest_share_one_threshold_keeps_right() -> None:
    # 49 right at 0.99, one wrong at 0.95, then 50 right at 0.9: at 0.95 the first 50 are 98 %
    # right, at 0.9 all 100 are 99 % right
    scored = [(0.99, True)] * 49 + [(0.95, False)] + [(0.9, True)] * 50
    assert accept_coverage(scored, 0.98) == (1.0, 0.9)
    # a wrong value at the top: no threshold keeps 98 % until enough right values follow it
    scored = [(0.99, False)] + [(0.5, True)] * 9
    assert accept_coverage(scored, 0.98) == (0.0, None)


def test_ties_are_accepted_or_refused_together() -> None:
    scored = [(0.9, True)] * 10 + [(0.9, False)]
    assert accept_coverage(scored, 0.98) == (0.0, None)


def test_a_country_in_the_labels_language_is_right_by_its_code() -> None:
    truth = [
        {"id": "a", "source": "s", "full_text": "", "fields": {"country": "Brazil", "countryCode": "BR"}},
        {"id": "b", "source": "s", "full_text": "", "fields": {"country": "Germany", "countryCode": "DE"}},
    ]  # fmt: skip
    preds = [
        {"id": "a", "fields": {"country": {"value": "BRESIL", "confidence": 0.95},
                               "countryCode": {"value": "BR", "confidence": 0.95}}},
        {"id": "b", "fields": {"country": {"value": "Austria", "confidence": 0.6},
                               "countryCode": {"value": "AT", "confidence": 0.6}}},
    ]  # fmt: skip
    scores = evaluate(truth, preds, by_source=False)["all"]
    assert scores["fields"]["country"] == {"n": 2, "recall": 0.5, "precision": 0.5}
    assert scores["fields"]["countryCode"]["recall"] == 0.5
    # the country's confidence is judged once, not again for its code
    assert scores["accept98_coverage"] == 0.5 and scores["accept98_threshold"] == 0.95


def test_a_determination_year_keyed_with_two_digits_is_judged_by_them() -> None:
    from pipelines.evaluate import field_correct

    assert field_correct("dateIdentified", "1961", "'61")
    assert not field_correct("dateIdentified", "1958", "61")
    assert field_correct("dateIdentified", "2001-05-26", "2001")
    assert not field_correct("dateIdentified", "2001", "2001-05-26")  # less than was keyed
