"""German sites: "Standort" (the site) is filled with the place and its site, as the Baltic and
Nordic growing places' keys are ("Standort: Musterstadt, am Seeufer": the locality, and the site
after the comma the habitat; it had been the habitat alone); its key alone on its line gives the
line below the same way, and a habitat's value under its key stops at a date alone on its line
(it had run over it: "..., am Bachufer 12.6.1931"). A site's short word with its m read as rn
("irn", "arn") opens the site as "im", "am" do. Invented strings in the shapes labels use."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import reading


@pytest.mark.parametrize(
    ("text", "place", "site"),
    [
        (
            "DEUTSCHLAND\nStandort: Musterstadt, am Seeufer\n14.8.1935\nleg. K. Muster",
            "Musterstadt, am Seeufer",
            "am Seeufer",
        ),
        (
            "Standort:\nMusterhausen, am Bachufer\n12.6.1931\nleg. J. Beispiel",
            "Musterhausen, am Bachufer",
            "am Bachufer",
        ),
        (
            "Exampla ornata L.\nStandort:\nMusterdorf, irn Buchenwald\n12.6.1931\nleg. K. Muster",
            "Musterdorf, irn Buchenwald",
            "irn Buchenwald",
        ),
        (
            "Kasvukoht:\nNäidiste küla, niit\n12.6.1931\nleg. J. Beispiel",
            "Näidiste küla, niit",
            "niit",
        ),
    ],
)
def test_a_site_key_gives_the_place_and_its_site(text: str, place: str, site: str) -> None:
    loc = reading(text, "verbatimLocality")
    hab = reading(text, "habitat")
    assert loc is not None and loc[0] == place
    assert hab is not None and hab[0] == site


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Musterhausen, arn Bachufer\n12.6.1931\nleg. J. Beispiel", "Musterhausen, arn Bachufer"),
        ("Sampleton, beirn Bahnhof\n1931\nA. Exempel", "Sampleton, beirn Bahnhof"),
    ],
)
def test_a_site_word_with_rn_for_m_opens_a_site(text: str, place: str) -> None:
    loc = reading(text, "verbatimLocality")
    assert loc is not None and loc[0] == place


@pytest.mark.parametrize(
    ("text", "habitat"),
    [
        ("Habitat:\nSampleton, wet meadow\n12.6.1931\nleg. J. Beispiel", "Sampleton, wet meadow"),
        ("Standort:\nKalkfelsen bei Musterdorf\n12.6.1931", "Kalkfelsen bei Musterdorf"),
    ],
)
def test_a_habitat_under_its_key_stops_at_a_date(text: str, habitat: str) -> None:
    hab = reading(text, "habitat")
    assert hab is not None and hab[0] == habitat
