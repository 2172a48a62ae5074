"""No parser raises or hangs on arbitrary text, including very long and adversarial strings."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipelines.fields import labels_from_text, parse_fields
from pipelines.fields.dates import find_dates
from pipelines.fields.roles import Role, views
from pipelines.fields.text import make_labels

# Characters labels are made of, so that random text hits the parsers' patterns often.
LABEL_ALPHABET = st.sampled_from(
    list("0123456789IVXivxlO.,:;-/'\"°º#&()♀♂ \t\n") + list("ACDEFMNSWabcdeilmnorstu")
)
LABEL_TEXT = st.text(alphabet=LABEL_ALPHABET, max_size=400)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(LABEL_TEXT)
def test_label_like_text_never_raises(text: str) -> None:
    fields = parse_fields(labels_from_text(text))
    for cand in fields.values():
        assert 0.0 <= cand.confidence <= 1.0
        assert cand.value


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_unicode_never_raises(text: str) -> None:
    parse_fields(labels_from_text(text))
    find_dates(text)


# Cue words of every role, so that random text mixes keys, stamps and data.
ROLE_TEXT = st.lists(
    st.sampled_from(
        [
            *("Det. ", "leg. ", "Databased ", "Ex ", "Coll.", "Herb. ", "1931 ", "12.vi.", "\n"),
            *("\n\n", "Bequest ", "Dupl. sent to ", "A. Person ", ", ", "L.1234567 ", "m "),
        ]
    ),
    max_size=40,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(ROLE_TEXT, st.text(max_size=300)))
def test_the_role_classifier_takes_any_text(text: str) -> None:
    labels = make_labels(labels_from_text(text))
    seen = views(labels)
    assert set(seen.roles) == {lab.label for lab in labels}
    assert all(isinstance(role, Role) for role in seen.roles.values())
    for lab in labels:
        clean = seen.clean[lab.label]
        assert len(clean.text) == len(lab.text)  # masking keeps every offset


WORDS = [
    "Coll. Aa ",
    "A. ",
    "12 July 1951 ",
    "Det. 1951 ",
    "USA Aa ",
    "CA: ",
    "N.Y. ",
    "Aus bus (L.) ",
    "37°18'05\"N, ",
    "ca. 190 m; ",
    "VII-4-",
    "No. 12 ",
    "K.L. Oste\nCollector\n",
    "Aa Bb 12\n",
    "Co. ",
    "1-",
    "°",
]


@pytest.mark.slow
@pytest.mark.parametrize("unit", WORDS)
def test_long_text_is_linear(unit: str) -> None:
    """About 48,000 characters of one repeated pattern take about four times as long as 12,000,
    not sixteen (a quadratic scan) or more (catastrophic backtracking). A ratio, not a time:
    machines here differ about threefold in speed from day to day."""

    def took(chars: int) -> float:
        text = unit * (chars // len(unit))
        start = time.process_time()
        parse_fields(labels_from_text(text))
        return time.process_time() - start

    small, large = took(12_000), took(48_000)
    assert large < 8 * small + 1.0
