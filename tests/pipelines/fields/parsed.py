"""An invented label's text, parsed as `parse_fields` parses it: the tests' one way in."""

from __future__ import annotations

from models.fields import FieldCandidate
from pipelines.fields import labels_from_text, parse_fields
from pipelines.fields.roles import Role, label_role
from pipelines.fields.text import make_labels


def fields(text: str) -> dict[str, FieldCandidate]:
    """Every field of `text` (labels split at blank lines), with confidence and flags."""
    return parse_fields(labels_from_text(text))


def values(text: str) -> dict[str, str]:
    """Every field's value."""
    return {term: got.value for term, got in fields(text).items()}


def field(text: str, term: str) -> FieldCandidate | None:
    return fields(text).get(term)


def value(text: str, term: str = "recordedBy") -> str | None:
    """One field's value, None where the text gives none (the collector unless told)."""
    got = field(text, term)
    return got.value if got is not None else None


def reading(text: str, term: str) -> tuple[str, float, list[str]] | None:
    """One field's value, confidence and flags, None where the text gives none."""
    got = field(text, term)
    return (got.value, got.confidence, list(got.flags)) if got is not None else None


def role_of(text: str) -> Role:
    """The role of a one-label text."""
    (label,) = make_labels(labels_from_text(text))
    return label_role(label)


def check(text: str, term: str, value: str, absent: str = "") -> dict[str, str]:
    """Assert that `text` gives `term` as `value` and no `absent` term; every field's value."""
    got = values(text)
    assert got.get(term) == value
    if absent:
        assert absent not in got
    return got
