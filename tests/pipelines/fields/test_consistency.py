"""Agreement between a record's fields, and how typical a value is of its term (invented values)."""

from __future__ import annotations

import pytest

from models.fields import Evidence, FieldCandidate
from pipelines.confidence.consistency import atypical, consistent
from pipelines.confidence.model import rule_rates


def cand(term: str, value: str, rule: str = "test.rule") -> FieldCandidate:
    return FieldCandidate(
        term=term, value=value, confidence=0.9, evidence=Evidence(rule=rule, text=value)
    )


def record(**values: str) -> dict[str, FieldCandidate]:
    return {term: cand(term, value) for term, value in values.items()}


@pytest.mark.parametrize(
    ("term", "fields", "expected"),
    [
        # a state in its country, and not
        ("stateProvince", record(stateProvince="Ohio", country="United States", countryCode="US"), 1.0),
        ("stateProvince", record(stateProvince="Indiana", country="Indonesia", countryCode="ID"), -1.0),
        ("country", record(stateProvince="Indiana", country="Indonesia", countryCode="ID"), -1.0),
        ("stateProvince", record(stateProvince="Java", country="Indonesia", countryCode="ID"), 0.0),
        # coordinates inside their country's outline, and far outside it
        ("decimalLatitude", record(decimalLatitude="48.85", decimalLongitude="2.35", countryCode="FR"), 1.0),
        ("decimalLatitude", record(decimalLatitude="-33.9", decimalLongitude="151.2", countryCode="FR"), -1.0),
        # a collection after its own determination
        ("eventDate", record(eventDate="1990-05-01", dateIdentified="1985"), -1.0),
        ("eventDate", record(eventDate="1980-05-01", dateIdentified="1985"), 0.0),
        ("recordedBy", record(recordedBy="A. Person"), 0.0),
    ],
)  # fmt: skip
def test_consistent(term: str, fields: dict[str, FieldCandidate], expected: float) -> None:
    assert consistent(fields[term], fields) == expected


def test_a_country_from_its_state_is_no_independent_evidence() -> None:
    fields = record(stateProvince="Ohio", countryCode="US")
    fields["country"] = cand("country", "United States", rule="country.from_state")
    assert consistent(fields["country"], fields) == 0.0
    assert consistent(fields["stateProvince"], fields) == 0.0


@pytest.mark.parametrize(
    ("state", "lat", "lon", "expected"),
    [
        ("Georgia", "-6.8", "39.3", -1.0),  # read from "GA" in a broken header, a Tanzanian point
        ("Georgia", "41.7", "44.8", -1.0),  # the state is the American one, the point Caucasian
        ("Georgia", "33.7", "-84.4", 0.0),  # inside: no field but the state's own says the country
        ("Texas", "31.0", "-99.0", 0.0),
        ("Texas", "48.85", "2.35", -1.0),
    ],
)
def test_a_state_outside_the_sheets_coordinates_is_contradicted(
    state: str, lat: str, lon: str, expected: float
) -> None:
    """Whichever field the country came from (here the state itself), coordinates that lie in
    none of the countries the state may be of contradict the state."""
    fields = record(
        stateProvince=state, decimalLatitude=lat, decimalLongitude=lon, countryCode="US"
    )
    fields["country"] = cand("country", "United States", rule="country.from_state")
    assert consistent(fields["stateProvince"], fields) == expected


@pytest.mark.parametrize(
    ("term", "value", "expected"),
    [
        ("recordedBy", "A. B. Person", 0.0),
        ("recordedBy", "K. Muster | J. Beispiel", 0.0),
        ("recordedBy", "Fort Example", 1.0),  # a place where the name should be
        ("recordedBy", "XYZ Communic", 1.0),  # a sender's key cut short
        ("recordedBy", "Herb. A. Person", 1.0),
        ("recordedBy", "A. Person 1234", 1.0),
        ("recordedBy", "Sample Hollow", 0.5),  # no initial, no given name: as often a place
        ("recordedBy", "John Person", 0.0),
        ("recordedBy", "ABC Person", 0.0),
        ("recordedBy", "Datum", 1.0),  # a date's key beside the date
        ("identifiedBy", "Det. A. Person", 1.0),
        ("verbatimLocality", "Foo Heath near Bartown", 0.0),
        ("verbatimLocality", ". : W of Bartown", 1.0),  # the key's punctuation
        ("verbatimLocality", "Aus bus", 1.0),  # a binomial
        ("verbatimLocality", "Foo Heath\nleg. A. Person", 1.0),
        ("verbatimLocality", "Foo\nBar\nBaz", 0.5),
        # the words after a key's own word ("Received from", "Déterminé par") are no cue
        ("verbatimLocality", "3 km from Bartown", 0.0),
        ("verbatimLocality", "2 km östlich von Bartown", 0.0),
        ("verbatimLocality", "camino por Bartown", 0.0),
        ("recordedBy", "K. von Person", 0.0),
        ("scientificName", "Aus bus", 0.0),
        ("scientificName", "Mount Example", 1.0),
        ("eventDate", "1931-06-12", 0.0),
    ],
)
def test_atypical(term: str, value: str, expected: float) -> None:
    assert atypical(cand(term, value)) == expected


def test_rule_rates_are_smoothed_toward_the_family() -> None:
    outcomes = [("t:often_right", "f", True)] * 20 + [("t:once_wrong", "f", False)]
    outcomes += [("t:mixed", "f", ok) for ok in (True, False) * 10]
    rates = rule_rates(outcomes)
    assert rates["t:often_right"] > rates["f:*"] > rates["t:mixed"]
    # one wrong value moves a rule below its family, but less than twenty values right half the
    # time do
    assert rates["f:*"] > rates["t:once_wrong"] > rates["t:mixed"]
