"""A date that could be read day first or month first ("4/6/1902") is read as the label's country
writes dates. Invented strings."""

from __future__ import annotations

import pytest

from pipelines.fields import labels_from_text, parse_fields


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # a country that writes the day first
        ("Exampla vulgaris\nSample Wood, England, 4/6/1902\nleg. K. Muster", "1902-06-04"),
        ("Exampla vulgaris\nExempelby, Sverige, 3/5/1931\nleg. K. Muster", "1931-05-03"),
        # the United States write the month first; no country: month first, as before
        ("Exampla vulgaris\nSample Wood, Texas, 4/6/1902\nleg. K. Muster", "1902-04-06"),
        ("Exampla vulgaris\nSample Wood, 4/6/1902\nleg. K. Muster", "1902-04-06"),
        # a day above 12 decides the order wherever the label is from
        ("Exampla vulgaris\nSample Wood, England, 4/16/1902", "1902-04-16"),
    ],
)
def test_an_ambiguous_date_follows_the_labels_country(text: str, iso: str) -> None:
    assert parse_fields(labels_from_text(text))["eventDate"].value == iso


def test_a_date_read_day_first_stays_doubted() -> None:
    text = "Exampla vulgaris\nSample Wood, England, 4/6/1902\nleg. K. Muster"
    got = parse_fields(labels_from_text(text))["eventDate"]
    assert "ambiguous_day_month" in got.flags and got.confidence < 0.9


def test_a_date_read_day_first_is_not_turned() -> None:
    # a slash then a space put the day first already ("10/9 1903"): no second turn
    text = "Exampla vulgaris\nExempleville, France\n10/9 1903\nleg. K. Muster"
    assert parse_fields(labels_from_text(text))["eventDate"].value == "1903-09-10"


def test_a_british_county_makes_the_date_day_first() -> None:
    # the country inferred from a county alone decides the order too
    text = "Exampla vulgaris\nExample Wood, Sussex, 4/6/1902"
    assert parse_fields(labels_from_text(text))["eventDate"].value == "1902-06-04"


@pytest.mark.parametrize(
    ("text", "month_first"),
    [
        ("Exampla vulgaris\nSample Wood, England, 4/6/1902", False),
        ("Exampla vulgaris\nSample Wood, Texas, 4/6/1902", True),
        ("Exampla vulgaris\nSample Wood, 4/6/1902", True),
    ],
)
def test_the_flags_say_which_way_the_date_was_read(text: str, month_first: bool) -> None:
    flags = parse_fields(labels_from_text(text))["eventDate"].flags
    assert "ambiguous_day_month" in flags
    assert ("month_first" in flags) is month_first
