"""The locality under an institution's printed header, and the lines that are no place beside it
(invented strings in the shapes UK, Berlin, Field Museum and Baltic labels print): a museum's
header over a one-label sheet whose place has a date below it; a person's key and name in any
language of people_cues.csv; a higher taxon's name; a grid reference; a vice-county's line; the
collector in brackets after the place."""

from __future__ import annotations

import pytest

from pipelines.fields import extract_fields, labels_from_text
from pipelines.fields.places.line_kinds import line_kind
from pipelines.fields.places.persons import person_cue_line
from pipelines.fields.text import make_labels


def locality(text: str) -> str | None:
    found = extract_fields(labels_from_text(text)).get("verbatimLocality")
    return found.value if found is not None else None


def address(text: str) -> list[bool]:
    return make_labels(labels_from_text(text))[0].address


TAKEN = [
    # a museum's header over the place, the date and the collector: the place is the specimen's
    (
        "BRITISH MUSEUM (NATURAL HISTORY)\nSampleton\nExampleshire\n12.vi.1920\nK. Muster",
        "Sampleton\nExampleshire",
    ),
    ("Herb. Mus. Brit.\nSampleton Common\n12 Aug 1890\nK. Muster", "Sampleton Common"),
    ("ZOOLOGISCHES MUSEUM BERLIN\nSampelstadt\n12.VI.1911\nMuster", "Sampelstadt"),
    (
        "Museum für Naturkunde Berlin\nSampelstadt\nBeispielwald\n6.VIII.1908\nleg. Muster",
        "Sampelstadt\nBeispielwald",
    ),
    # the collector's line between the place and its date
    (
        "Mus. Zool. Berol.\nSampelstadt\nBeispielland\nMuster leg.\n12.VI.1911",
        "Sampelstadt\nBeispielland",
    ),
    # a person's key and name under the place, in any language, is no part of it
    ("Carex exempla L.\nHedgerow near Sampleton\nper K. Muster", "Hedgerow near Sampleton"),
    (
        "Carex exempla L.\nSampleton, wet meadow\nper J. Beispiel\n12.6.1912",
        "Sampleton, wet meadow",
    ),
    ("Тарту\nСбор: И. Иванов\n12.VI.1935", "Тарту"),
    ("Тарту, берег реки\nсбор И. Иванов", "Тарту, берег реки"),
    ("Sampla küla\nIevāca K. Musters", "Sampla küla"),
    # an order or a family printed over or under the place
    ("Hymenoptera\nFormicidae\nSampleton\n12.vi.1950\nK. Muster", "Sampleton"),
    ("Sampleton\nHemiptera\n12.v.1911", "Sampleton"),
    ("Lepidoptera\nNoctuidae\nExampleshire\nSampleton\nvi.1925", "Exampleshire\nSampleton"),
    ("Ichneumonidae\nSampleton, Exampleshire\n12.VII.1920", "Sampleton, Exampleshire"),
    # the collector in brackets after the place, the date after him
    ("Sampleton (K. Muster) 12.6.1901", "Sampleton"),
    # a British data label: the vice-county's line above the place, a grid reference below it
    (
        "Exampla vulgaris L.\nExampleshire, v.c. 99\nSampleton Moss, wet flush\n"
        "Grid ref. NT 123 456\n12 June 1961\nK. Muster 1234",
        "Sampleton Moss, wet flush",
    ),
    (
        "Exampla vulgaris L.\nSampleton, Exampleshire\nGR SU 12 34\n12 June 1961",
        "Sampleton, Exampleshire",
    ),
    # a given name cut short as old British and German labels print it, under the place
    ("Sampleton\nThos. Muster\n12.vi.1920", "Sampleton"),
    ("Sampleton\nWilh. Muster\n12.VI.1920", "Sampleton"),
    ("Sampleton\nGeo. Beispiel\n12.vi.1920", "Sampleton"),
    # a place's noun capitalised after its name is no epithet in capitals
    ("Sampleton Wood (J. Beispiel)\n12 June 1901", "Sampleton Wood"),
    ("MUSEUM OF EXAMPLE\nSAMPLETON, MASS.\nBeispielburg\n12.vi.1920\nK. Muster", "Beispielburg"),
    # how an insect was taken, on its own line under the place, is no place
    ("Sampleton\nExampleshire\nSweeping\n12.vi.1980", "Sampleton\nExampleshire"),
    ("Sampleton\nExampleshire\nM.V. light\n12.vi.1980\nK. Muster", "Sampleton\nExampleshire"),
    ("Sampelstadt\nBeispielwald\nLichtfang\n12.VI.1980", "Sampelstadt\nBeispielwald"),
    # nor is a county's name a genus for the small word on the line below it
    ("Sampleton\nExampleshire\nunder stone\n12.vi.1980", "Sampleton\nExampleshire"),
    ("Sampleton\nExampleshire\nbred 1980\nK. Muster", "Sampleton\nExampleshire"),
    # a person's key and name after a comma on the place's line ends it, in any language
    (
        "Carex exempla L.\nHedgerow near Sampleton, per K. Muster\n12.6.1901",
        "Hedgerow near Sampleton",
    ),
    ("Carex exempla L.\nWood near Sampleton, comm. J. Beispiel\n1885", "Wood near Sampleton"),
    ("Carex exempla L.\nSampleton, in pratis, ded. K. Muster\n1885", "Sampleton, in pratis"),
    ("Exampla minor\nSampla küla, niit, kogus K. Muster\n12.VI.1935", "Sampla küla, niit"),
    (
        "Exampla minor\nSampelstadt, Waldrand, gesammelt von K. Muster\n12.VI.1935",
        "Sampelstadt, Waldrand",
    ),
    ("Exampla minor\nТарту, луг, собр. И. Иванов\n12.VI.1935", "Тарту, луг"),
    # a county or a country alone over the plant's name, the place under it
    ("Kent\nExampla minor\nSampleton Common\n12 May 1880", "Sampleton Common"),
    ("SURREY\nExampla minor L.\nSampleton Heath\n12 May 1880\nK. Muster", "Sampleton Heath"),
    ("PERU\nExampla minor\nSampleton\n12 May 1880", "Sampleton"),
    # the county alone when the label names no other place
    ("Kent\nExampla minor\n12 May 1880", "Kent"),
    # the collector's key and name, then the place after a comma, stays
    ("COLL. K. MUSTER, in Exemplia Occidentali, prope", "in Exemplia Occidentali, prope"),
]


@pytest.mark.parametrize(("text", "expected"), TAKEN)
def test_locality_beside_an_institution_or_a_person(text: str, expected: str) -> None:
    assert locality(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a real address under the header: the institution's town and country
        "MUSEUM OF EXAMPLE\nSAMPLETON\nEXAMPLIA",
        "ZOOLOGISCHES MUSEUM BERLIN\nSampelstadt",
        "UNIVERSITY HERBARIUM\nSAMPLETON, EXAMPLIA\n1950",
        # a stamp's date ends its label
        "Museum für Exempla\nSampelstadt\n12.6.1960",
        # a received stamp: the institution, its town and the day in capitals
        "NATURAL HISTORY MUSEUM\nSAMPLETON\n12 MAY 1980",
        "HERBARIUM EXEMPLENSE\nSAMPLETON-BEISPIEL\n12.6.1960",
        "Royal Botanic Garden Edinburgh\nInverexample, Exampleshire\nExampla minor\n12 June 1950",
    ],
)
def test_an_address_under_its_header_is_no_place(text: str) -> None:
    assert locality(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ROYAL BOTANIC GARDEN\nSAMPLETON\n12 JUN 1985\nExampla minor\nBeispielburg\n"
            "K. Muster 456",
            "Beispielburg",
        ),
        (
            "THE EXAMPLE BOTANICAL GARDEN\nSAMPLETON, NEW YORK\nJUN 12 1960\nExampla minor\n"
            "Examplia: Beispielburg, roadside\nK. Muster 1234",
            "Examplia: Beispielburg, roadside",
        ),
        # a stamp's label over the data label, its date ending it
        (
            "Herbarium Exemplense\nSampleton-Beispiel\n12.6.1960\n\nExampla minor L.\n"
            "Beispielburg\n12 May 1930\nK. Muster 12",
            "Beispielburg",
        ),
    ],
)
def test_a_stamps_town_and_date_are_no_place(text: str, expected: str) -> None:
    assert locality(text) == expected


def test_an_address_over_the_plants_name_stays_an_address() -> None:
    text = (
        "UNIVERSITY OF EXAMPLE HERBARIUM\nSAMPLETON, EXAMPLIA\nCarex exempla L.\n"
        "Dry meadow near Beispielburg\n12 June 1950\nK. Muster 123"
    )
    assert address(text)[1]
    assert locality(text) == "Dry meadow near Beispielburg"


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        (
            "BRITISH MUSEUM (NATURAL HISTORY)\nSampleton\nExampleshire\n12.vi.1920\nK. Muster",
            [False] * 5,
        ),
        ("MUSEUM OF EXAMPLE\nSAMPLETON\nEXAMPLIA\nExampla minor", [False, True, True, False]),
        # a year alone under a place in capitals: the address's, as often as the specimen's
        ("UNIVERSITY HERBARIUM\nSAMPLETON, EXAMPLIA\n1950", [False, True, False]),
        # lines in capitals are the printed address, the date under them a stamp's
        ("UNIVERSITY HERBARIUM\nSAMPLETON, EXAMPLIA\n12.VI.1950", [False, True, False]),
        # a stamp's date over the plant's name
        (
            "Herbarium Exemplense\nSampleton-Beispiel\n12.6.1960\nExampla minor",
            [False, True, False, False],
        ),
        # the town printed in capitals over the place written otherwise stays the address
        (
            "MUSEUM OF EXAMPLE\nSAMPLETON, MASS.\nBeispielburg\n12.vi.1920\nK. Muster",
            [False, True] + [False] * 3,
        ),
        (
            "MUSEUM OF EXAMPLE\nSAMPLETON\nEXAMPLIA\nBeispielburg\n12.vi.1920",
            [False, True, True, False, False],
        ),
    ],
)
def test_address_flags(text: str, flags: list[bool]) -> None:
    assert address(text) == flags


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Annotated by J. Beispiel", True),
        ("per K. Muster", True),
        ("Сбор: И. Иванов", True),
        ("Ievāca K. Musters", True),
        ("Determ. J. Beispiel", True),
        ("ex coll. K. Muster", True),
        # no person after the key, or a place
        ("Perth, Exampleshire", False),
        ("per Sampleton road", False),
        ("Coll. K. Muster, in Exemplia occidentali", False),
    ],
)
def test_a_persons_key_line(line: str, expected: bool) -> None:
    assert person_cue_line(line) is expected


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Coleoptera", "skip"),
        ("CARABIDAE", "skip"),
        ("Noctuinae", "skip"),
        ("Coleoptera: Carabidae", "skip"),
        ("Beating oak", "skip"),
        ("Swept meadow near Sampleton", "text"),
        ("Bredon Hill", "text"),
        ("Grid ref. NT 123 456", "skip"),
        ("NT 1234 5678", "skip"),
        # a place's name is no taxon ("Wales")
        ("Wales", "text"),
        ("Sampleton Moss, wet flush", "text"),
    ],
)
def test_line_kinds(line: str, kind: str) -> None:
    assert line_kind(line, claimed=False) == kind


def test_an_old_labels_hab_is_its_place_not_also_its_habitat() -> None:
    text = (
        "HERB. HORT. BOT. REG. EDINBURGH\nExampla minor\nHab. Exampleshire: Sampleton Glen\n"
        "Leg. K. Muster\nDate 12.vi.1902"
    )
    fields = extract_fields(labels_from_text(text))
    assert fields["verbatimLocality"].value == "Exampleshire: Sampleton Glen"
    assert "habitat" not in fields
