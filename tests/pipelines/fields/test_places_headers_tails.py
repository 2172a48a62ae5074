"""The locality between a printed institution's header and the date-and-collector line: headers in
Estonian, Russian, Latin and German are never the place; a date and a collector after the place
end it; a place named, then its habitat, in English, Estonian and Russian (invented strings of the
shapes Baltic, Russian, British and German sheets print)."""

from __future__ import annotations

import pytest

from pipelines.fields import PERSON_OR_PLACE, extract_fields, labels_from_text
from pipelines.fields.places import EXTENT_UNCERTAIN
from pipelines.fields.places.institutions import institution_header
from pipelines.fields.places.persons import dated_person


def locality(text: str) -> str | None:
    found = extract_fields(labels_from_text(text)).get("verbatimLocality")
    return found.value if found is not None else None


TAKEN = [
    # the date and the collector's key on the line below end the place
    (
        "Exemplamaa, Sample khk., Beispiel, niit.\n12.VI.1956 leg. K. Muster",
        "Exemplamaa, Sample khk., Beispiel, niit.",
    ),
    (
        "Estonia: Exemplamaa, Sampla, segamets\n12.VI.1961, leg. K. Muster",
        "Estonia: Exemplamaa, Sampla, segamets",
    ),
    (
        "Примерская обл., Образцовый р-н, луг\n12.VII.1965 Собр. И. Иванов",
        "Примерская обл., Образцовый р-н, луг",
    ),
    # the header in Estonian capitals ending in its institution's word is passed over
    (
        "EESTI NSV TA EKSEMPLI INSTITUUDI HERBAARIUM\nCarex exempla L.\nSampla raj., Beispiel, soo serv\n"
        "12.VI.1961\nleg. K. Muster",
        "Sampla raj., Beispiel, soo serv",
    ),
    (
        "ГЕРБАРИЙ ПРИМЕРНОГО ИНСТИТУТА\nCarex exempla L.\n"
        "Примерская обл., Образцовый р-н, окр. д. Примерово, сосновый лес\n12.VI.1961\nСобрал И. Иванов",
        "Примерская обл., Образцовый р-н, окр. д. Примерово, сосновый лес",
    ),
    # a place named, then its habitat
    (
        "INSTITUTE OF BOTANY HERBARIUM\nCarex exempla L.\nSampleton, wet meadow\n12.06.1961\nleg. K. Muster",
        "Sampleton, wet meadow",
    ),
    (
        "Примерская обл., окр. ст. Примерово, луг\n12.VI.1961\nИ. Иванов",
        "Примерская обл., окр. ст. Примерово, луг",
    ),
    ("Хибины, г. Примерная, тундра\n12.VII.1931 И. Иванов", "Хибины, г. Примерная, тундра"),
    # a list of names with an abbreviated kind of place, then the habitat
    (
        "Exempli Ülikooli Herbaarium\nSampla v., Beispiel, kuusik\n12.06.1970",
        "Sampla v., Beispiel, kuusik",
    ),
    ("Herbarium of J. Beispiel\nSampleton, dry bank\nJune 1890", "Sampleton, dry bank"),
    # the series' title after its editor's name and a colon
    (
        "Dr. K. Muster: Flora von Exemplien\nSampelstadt, Kalkhügel\nJuni 1901",
        "Sampelstadt, Kalkhügel",
    ),
    # a stream's name in English
    (
        "PLANTS OF EXAMPLE COUNTY, VERMONT\nSampleton: wooded slope above Example Brook.\n"
        "12 June 1961\nK. Muster 123",
        "Sampleton: wooded slope above Example Brook.",
    ),
    # the county's abbreviation ("mk.") reads as a place; the collector's key below ends it
    ("Sampla mk., Beispiel v.\nKogus K. Muster 12.06.1975", "Sampla mk., Beispiel v."),
    # a Cyrillic surname before its initials after the date
    (
        "Примерово, Образцово, приморский луг\n12.VII.1958 Иванова А.",
        "Примерово, Образцово, приморский луг",
    ),
    # an Estonian compound naming the site ("kuusemets", "botaanikaaed") after the place
    ("Sampla, kuusemets\n12.VI.1950", "Sampla, kuusemets"),
    ("Sampla, botaanikaaed\n12.VI.1950\nK. Muster", "Sampla, botaanikaaed"),
    # on its own last line, such a compound is the habitat, as "rannaniit" is
    (
        "Exempli maakond, Sampla vald, Beispieli küla\nloodusniit\n12.06.1985\nleg. K. Muster",
        "Exempli maakond, Sampla vald, Beispieli küla",
    ),
    # the date and the collector in brackets after the place, on its line
    ("Malaya: Example Hills, 12.iii.1921 (K. Muster)", "Malaya: Example Hills"),
    (
        "Exempla: Sample Hills, Sampleton, 1500 m, 12.iv.1930, K. Muster",
        "Exempla: Sample Hills, Sampleton, 1500 m",
    ),
]


@pytest.mark.parametrize(("text", "expected"), TAKEN)
def test_locality_taken(text: str, expected: str) -> None:
    assert locality(text) == expected


NOT_TAKEN = [
    # a date and a collector after it: the collector's line, never the place
    ("Kew Herbarium\nSampleton, hedgebank\n12 June 1911 K. Muster", "K. Muster"),
    ("Хибины\n12.VII.1931 И. Иванов", "Иванов"),
    # an institution's header in other languages
    (
        "EESTI EKSEMPLI ÜLIKOOLI HERBAARIUM\nCarex exempla L.\n12.VI.1961\nleg. K. Muster",
        "HERBAARIUM",
    ),
    ("ГЕРБАРИЙ ПРИМЕРНОГО УНИВЕРСИТЕТА\nCarex exempla L.\n12.VI.1961", "ГЕРБАРИЙ"),
    ("Herbarium Universitatis Exemplensis\nCarex exempla L.\n12.VI.1891", "Universitatis"),
]


@pytest.mark.parametrize(("text", "wrong"), NOT_TAKEN)
def test_not_taken(text: str, wrong: str) -> None:
    assert wrong not in (locality(text) or "")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("EESTI NSV TA EKSEMPLI INSTITUUDI HERBAARIUM", True),
        ("ГЕРБАРИЙ БОТАНИЧЕСКОГО ИНСТИТУТА", True),
        ("Herbarium Universitatis Exemplensis", True),
        ("Museum Botanicum Exemplense", True),
        ("Exempla Akadeemia", True),
        # a place's line naming an institution inside it
        ("Sampleton, near the museum's park", False),
        ("Sampla, ülikooli park, muru", False),
        ("Sampleton, wet meadow", False),
    ],
)
def test_institution_header(line: str, expected: bool) -> None:
    assert institution_header(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("12 June 1911 K. Muster", True),
        ("12 June 1911 K. Muster 55", True),
        ("12.VII.1931 И. Иванов", True),
        ("Sampleton 12.vi.1931", False),
        ("12.vi.1931", False),
        ("12.vi.1931 Sampleton Common", False),
    ],
)
def test_dated_person(line: str, expected: bool) -> None:
    assert dated_person(line) is expected


def _flags(text: str) -> list[str]:
    found = extract_fields(labels_from_text(text)).get("verbatimLocality")
    assert found is not None
    return list(found.flags)


@pytest.mark.parametrize(
    "text",
    [
        # one word under the place, no region nor kind of place: an old sheet's collector as
        # often as the place's last part
        "Sampelstadt, Wiesen\nMuster",
        "Exempla Hills, Sampleton\nBeispiel\n1899",
    ],
)
def test_word_under_the_place_is_doubted(text: str) -> None:
    assert EXTENT_UNCERTAIN in _flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ham Example\nKent\n12.vi.1950\nK. Muster",  # a British county
        "SARAWAK\nKuching\n12.iii.1909\nK. Muster",  # the printed region, then the town
        "Sampleton, near Example Nature Center,\nFreeport.\n12 May 1961",  # a list running on
    ],
)
def test_place_under_the_place_is_not_doubted(text: str) -> None:
    assert EXTENT_UNCERTAIN not in _flags(text)


def test_kind_of_place_that_is_a_given_name_is_doubted() -> None:
    """ "Glen Example" under the place: a glen as often as a person named Glen; the locality and
    the collector read from the same words are both doubted (person_or_place), never confident."""
    fields = extract_fields(labels_from_text("SCOTLAND\nSampleton\nGlen Example\n12.vii.1950"))
    loc = fields["verbatimLocality"]
    assert "Glen Example" in loc.value
    assert PERSON_OR_PLACE in loc.flags
    collector = fields.get("recordedBy")
    assert collector is None or PERSON_OR_PLACE in collector.flags


def test_date_after_the_semicolon_is_no_habitat() -> None:
    fields = extract_fields(labels_from_text("Exemplamaa, Sampla, niit; 12.VI.1956; K. Muster"))
    assert fields["verbatimLocality"].value == "Exemplamaa, Sampla, niit"
    assert "habitat" not in fields


def test_habitat_after_the_semicolon_is_taken() -> None:
    fields = extract_fields(
        labels_from_text("Sampleton, Example Co.; moist sandy woods\nK. Muster 12")
    )
    assert fields["habitat"].value == "moist sandy woods"


@pytest.mark.parametrize(
    ("text", "place", "habitat"),
    [
        # the site on its own line under the place is the habitat, in Russian and Estonian as in
        # English
        (
            "Примерская обл., окр. д. Примерово\nсосновый лес на песке\n12.VI.1950\nИ. Иванов",
            "Примерская обл., окр. д. Примерово",
            "сосновый лес на песке",
        ),
        (
            "Sampla mk., Beispiel\nkuiv mets\n12.VI.1950\nK. Muster",
            "Sampla mk., Beispiel",
            "kuiv mets",
        ),
        (
            "Exampleshire: Sampleton\ndamp woodland ride\n12.vi.1961\nK. Muster",
            "Exampleshire: Sampleton",
            "damp woodland ride",
        ),
    ],
)
def test_habitat_line_under_the_place(text: str, place: str, habitat: str) -> None:
    fields = extract_fields(labels_from_text(text))
    assert fields["verbatimLocality"].value == place
    assert fields["habitat"].value == habitat


@pytest.mark.parametrize(
    "text",
    [
        # the month in Roman numerals under the county is no epithet making the county a genus
        "NHMUK 012345678\n\nSampleton\nKent\nvii.1930\nK. Muster",
        "Sampleton\nKent\nvii.1930\nK. Muster",
    ],
)
def test_county_above_a_roman_month(text: str) -> None:
    assert locality(text) == "Sampleton\nKent"


@pytest.mark.parametrize(
    ("text", "loc"),
    [
        # the collector's key left at the block's end once the name after it is cut off
        (
            "Exampla vulgaris L.\nPrope coloniam Exempla legit A . MUSTER , 1854",
            "Prope coloniam Exempla",
        ),
        # an author's abbreviation that is also a German word for a forest ("Forst." for Forster)
        (
            "Ex Herb. K. Muster\nExampla repens Forst\nHab - Nov Exempla\nColl . KM\n"
            "Communic . K . Muster 1856",
            "Hab-Nov Exempla",
        ),
    ],
)
def test_a_blocks_tail_and_head(text: str, loc: str) -> None:
    got = extract_fields(labels_from_text(text))
    assert got["verbatimLocality"].value == loc
