"""Finnish and Swedish places after a biological province ("Kb: Musterkylä, Probelampi"): where
another field claims the list's next name (a place and a site in lower case under it read as a
taxon's name), the locality cut short there is doubted. Invented strings of real shapes."""

from __future__ import annotations

import pytest

from pipelines.fields import extract_fields, labels_from_text
from pipelines.fields.places import EXTENT_UNCERTAIN


def _found(text: str) -> tuple[str | None, list[str]]:
    got = extract_fields(labels_from_text(text)).get("verbatimLocality")
    return (got.value, got.flags) if got is not None else (None, [])


@pytest.mark.parametrize(
    "text",
    [
        "Aus bus L.\nKb: Musterkylä, Probelampi\nsuolla\nJ. Beispiel 8.8.1958",
        "Aus bus L.\nKb Musterkylä, Probelampi\nsuolla\nJ. Beispiel 8.8.1958",
    ],
)
def test_list_cut_short_by_a_claimed_name_is_doubted(text: str) -> None:
    value, flags = _found(text)
    assert value is not None and value.endswith("Musterkylä")
    assert EXTENT_UNCERTAIN in flags


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a date after the place's comma: nothing claimed goes on the list
        (
            "PLANTS COLLECTED IN EXAMPLA, 1911\nAus bus L.\n\nExampla Cay, July 3-July 9.\n\nK. MUSTER",
            "Exampla Cay",
        ),
        (
            "FLORA FENNICA\nAus bus L.\nTa: Sampleby, Exempelä\nkuivalla kalliolla\nleg. K. Muster\n12.7.1934",
            "Ta: Sampleby, Exempelä",
        ),
    ],
)
def test_place_not_doubted(text: str, place: str) -> None:
    assert _found(text) == (place, [])


@pytest.mark.parametrize(
    ("text", "place", "site"),
    [
        # the site's adjective left open after the last comma, its noun on the line under it
        (
            "FLORA FENNICA\nAus bus L.\nTa, Sampleby, Exempelä kylä, kuiva\nkallio\n"
            "12.7.1934 K. Muster",
            "Ta, Sampleby, Exempelä kylä",
            "kuiva kallio",
        ),
        (
            "Aus bus L.\nSampleton, Beeby Hills, dry\nrocky slopes\nK. Muster 12\n1950",
            "Sampleton, Beeby Hills",
            "dry rocky slopes",
        ),
    ],
)
def test_site_adjective_left_open(text: str, place: str, site: str) -> None:
    got = extract_fields(labels_from_text(text))
    assert (got["verbatimLocality"].value, got["habitat"].value) == (place, site)


def test_place_name_carried_over_is_no_site() -> None:
    text = "Aus bus L.\nSampleton, Beeby Hills, Probe\nValley\nK. Muster 12\n1950"
    assert _found(text)[0] == "Sampleton, Beeby Hills, Probe\nValley"
