"""The current determination among several: the latest dated one, the determiner's and its date."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import value

DATA = "\n\nSampleton, Exampla Co.\nK. Muster 123\n12 May 1940"


@pytest.mark.parametrize(
    ("text", "who", "year"),
    [
        # a revision under the determination on one label: the reviser's
        ("Exampla minor L.\ndet. J. Beispiel 1950\nrev. A. Exemplo 1970" + DATA, "A. Exemplo", "1970"),
        # the determiner's own line has no year: the reviser's year on the next line is not his
        ("Exampla minor L.\ndet. J. Beispiel\nrev. A. Exemplo 1970" + DATA, "A. Exemplo", "1970"),
        # two slips: the later one's
        (
            "Exampla minor L.\ndet. J. Beispiel 1970" + DATA + "\n\nExampla major\nDet. A. Exemplo 1950",
            "J. Beispiel",
            "1970",
        ),
    ],
)  # fmt: skip
def test_latest_determination(text: str, who: str, year: str) -> None:
    assert value(text, "identifiedBy") == who
    assert value(text, "dateIdentified") == year


def test_latest_slip_date_without_a_determiner() -> None:
    # two dated slips, no determiner's name read: the later date is the current one
    text = "Exampla minor" + DATA + "\n\nDet. 1985\n\nDet. 2007"
    assert value(text, "dateIdentified") == "2007"


COLLECTOR = "Exampla minor L.\nSample Island\nCollector K. Muster\n\n"
COLLECTED = "\n\nColl. Date 14 June 1996"


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # a slip of its own, its key above the determiner: his year after his name
        (COLLECTOR + "Det.\nJohn W. Beispiel 1998" + COLLECTED, "1998"),
        # a month and year after the name, on its line or the next
        (COLLECTOR + "Det. By\nA. B. Beispiel Nov. 1975" + COLLECTED, "1975-11"),
        (COLLECTOR + "Det. By\nA. B. Beispiel\nNov. 1975" + COLLECTED, "1975-11"),
        # no year after the determiner: none (the collection's date is not his)
        (COLLECTOR + "Det.\nJohn W. Beispiel" + COLLECTED, None),
    ],
)  # fmt: skip
def test_the_date_after_the_determiner(text: str, year: str | None) -> None:
    assert value(text, "dateIdentified") == year
    assert value(text, "eventDate") == "1996-06-14"
