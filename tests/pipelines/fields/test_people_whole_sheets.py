"""Collectors of whole sheets: a collector's series printed as a surname and a number without a
key ("Standley 45678", Field Museum's shape), and the lines of that shape that are no collector
(a road's, a plot's, a place named again, a year); a name under an annotation slip's heading
("Annotated for Flora Neotropica / J. Exemplo 1995") that signs the slip, never the collector's;
"Coll. Muster" alone on an undated pin label, a collection's as often as a collector's.
Invented strings."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import field, role_of, value

_HEAD = "FIELD MUSEUM OF NATURAL HISTORY\nFLORA OF EXAMPLA\n"

SURNAME_NUMBER = [
    (
        _HEAD + "Dept. Exemplo: hills east of Sampleton, 900 m.\nMuster 45678\nJan. 8, 1947",
        "Muster",
        "45678",
    ),
    (
        _HEAD + "Beispiel 1234\nExampla ornata L.\nMunicipio de Sampleton. 1800 m.\n12 Feb 1955",
        "Beispiel",
        "1234",
    ),
    (_HEAD + "Sampleton, 1500 m.\nMuster 12345 with Beispiel\nJan. 1940", "Muster", "12345"),
    (
        _HEAD + "Sampleton, 1500 m.\nMuster 12345 with J. Beispiel\nJan. 1940",
        "Muster | J. Beispiel",
        "12345",
    ),
    # a slip's determiner and the year: the collector's line stays the collector's
    (_HEAD + "Sampleton.\nMuster 1234\nMarch 1938\n\nDet. Beispiel 1939", "Muster", "1234"),
    (_HEAD + "Sampleton.\nMuster 1234\nMarch 1938\n\nDet. Muster 1939", "Muster", "1234"),
]


@pytest.mark.parametrize(("text", "who", "number"), SURNAME_NUMBER)
def test_surname_and_number(text: str, who: str, number: str) -> None:
    got = field(text, "recordedBy")
    assert got is not None and got.value == who
    assert got.confidence < 0.9 and "surname_only" in got.flags
    num = field(text, "recordNumber")
    assert num is not None and num.value == number
    assert num.confidence < 0.9  # as doubted as the name


NOT_SURNAME_NUMBER = [
    # a road's, a plot's, a box's number; a kind of place; a street's name
    "Plants of Exampla\nRoute 1234\nSampleton.\nDec. 1, 1960",
    "Plants of Exampla\nPlot 345\nSampleton.\nDec. 1, 1960",
    "Plants of Exampla\nBox 345\nSampleton.\nDec. 1, 1960",
    "Plants of Exampla\nAcc 1993\nSampleton.\nDec. 1, 1960",
    "Plants of Exampla\nRidge 345\nSampleton.\nDec. 1, 1960",
    "Pflanzen aus Exampla\nHauptstrasse 123\nSampleton.\n3.5.1935",
    # a place and its height
    "INDONESIA: Sulawesi\nSampleton 900m\n12.iv.1990",
    "Plants of Exampla\nSampleton 1200 ft\nDec. 1, 1960",
    # a year after the word: a date's, a slip's or a stamp's
    "Plants of Exampla\nSampleton.\nDec. 1930\n\nExemplo 1931",
    "Plants of Exampla\nSampleton.\nDec. 1930\n\nImaged 2010",
    # the place named again on the label: its number
    "Plants of Exampla\nWoods near Sampleton.\nSampleton 345\nDec. 1930",
    # a month or a country before the number
    "Plants of Exampla\nSampleton.\nJanuar 1910\nPeru 1234",
    # no date on the label: a list's or a register's line
    "Plants of Exampla\nMuster 1234\nSampleton.",
    # a type's, a packet's, a part of the plant's, a garden's bed's number
    "Plants of Exampla\nWoods near Sampleton.\nIsotype 1234\nDec. 1, 1930",
    "Plants of Exampla\nWoods near Sampleton.\nPacket 1234\nDec. 1, 1930",
    "Plants of Exampla\nWoods near Sampleton.\nSeeds 1234\nDec. 1, 1930",
    "Plants of Exampla\nWoods near Sampleton.\nBed 1234\nDec. 1, 1930",
    "Plants of Exampla\nWoods near Sampleton.\nStandort 1234\nDec. 1, 1930",
    # a number too short or too long for a series
    "Plants of Exampla\nSampleton.\nMuster 12\nDec. 1930",
    "Plants of Exampla\nSampleton.\nMuster 1234567\nDec. 1930",
]


@pytest.mark.parametrize("text", NOT_SURNAME_NUMBER)
def test_not_surname_and_number(text: str) -> None:
    assert value(text) is None


KEYED_WINS = [
    # a collector with a key or with initials is the collector, the bare line is not read
    (_HEAD + "Sampleton.\nKerr 1234\nColl. J. Beispiel 567\nMarch 1938", "J. Beispiel", "567"),
    (_HEAD + "Sampleton.\nK. Muster 234\nJune 1923\n\nSampleton 45", "K. Muster", "234"),
]


@pytest.mark.parametrize(("text", "who", "number"), KEYED_WINS)
def test_keyed_collector_wins(text: str, who: str, number: str) -> None:
    assert value(text) == who
    assert value(text, "recordNumber") == number


ANNOTATION_SLIPS = [
    "Annotated for Flora Neotropica\nJ. Exemplo 1995",
    "Examined for monograph of Exampla\nP. Muestra 1990",
    "Specimen examined for the Flora of Exampla\nK. Muster, 1966",
    "FIELD MUSEUM OF NATURAL HISTORY\nAnnotated for Flora Neotropica\nJ. Exemplo 1995",
    # as the OCR reads it: a letter changed, the initial's stop lost
    "Annotuted jor Flora Neotropica\nJ Exemplo 1995",
]


@pytest.mark.parametrize("text", ANNOTATION_SLIPS)
def test_annotation_slip_is_a_determination(text: str) -> None:
    assert role_of(text).value == "determination"


def test_annotation_slip_signer_is_no_collector() -> None:
    text = (
        "CHICAGO NATURAL HISTORY MUSEUM\nPLANTS OF PERU\nExampla ornata L.\n"
        "Dpto. Exemplo: Prov. Muestra, 2,300 m.\nJune 3, 1949\n\n"
        "Annotated for Flora Neotropica\nJ. Exemplo 1995"
    )
    assert value(text) is None
    assert value(text, "eventDate") == "1949-06-03"


NOT_ANNOTATION_SLIPS = [
    # a place or a collector's line under a heading that names no examination
    "Flora of Exampla\nK. Muster 1966",
    # more after the signature than an institution: a data label
    "Annotated for Flora Neotropica\nJ. Exemplo 1995\nSampleton Wood",
    # an initial without its stop and a year under any other heading: a collector's as often
    "Flora of Exampla\nJ Exemplo 1995",
]


@pytest.mark.parametrize("text", NOT_ANNOTATION_SLIPS)
def test_not_annotation_slip(text: str) -> None:
    assert role_of(text).value != "determination"


COLLECTION_LABELS = [
    # "Coll." and a bare surname on a label of its own without a figure, beside the pin's
    # place and date: the collection's as often
    ("Exampla\nSampleton\n12.VI.1905\n\nColl. Staudinger", "Staudinger"),
    ("Mus. Zool. Berol.\nSampleton\nVII.1912\n\nColl. Muster", "Muster"),
]


@pytest.mark.parametrize(("text", "who"), COLLECTION_LABELS)
def test_collection_label_doubted(text: str, who: str) -> None:
    got = field(text, "recordedBy")
    assert got is not None and got.value == who
    assert got.confidence < 0.9


COLLECTOR_LABELS = [
    # a date on the label, initials, the full key, or no other label: the collector
    ("Sampleton\n12.vi.1950\nColl. Muster", "Muster"),
    ("Sampleton\n12.vi.1950\n\nColl. K. Muster", "K. Muster"),
    ("Sampleton\n12.vi.1950\n\nCollector: Muster", "Muster"),
    ("Coll. Staudinger", "Staudinger"),
    ("Sampleton\n12.vi.1950\n\nColl. Muster 123", "Muster"),
]


@pytest.mark.parametrize(("text", "who"), COLLECTOR_LABELS)
def test_collector_label_kept(text: str, who: str) -> None:
    got = field(text, "recordedBy")
    assert got is not None and got.value == who
    assert "surname_only" not in got.flags


def test_leg_outranks_a_pins_collection_label() -> None:
    text = "Exampla\nSampleton\n12.7.1923\nleg. J. Beispiel\n\nColl. Staudinger"
    got = field(text, "recordedBy")
    assert got is not None and got.value == "J. Beispiel"
    assert "several_collectors" not in got.flags


NOT_FIELD_NUMBERS = [
    # a photograph's negative (its "N" misread), an accession, a photograph's own number
    "Photograph of type specimen\nField Museum N\nm Weg. No. 23456\nExampla ornata\nSampleton.",
    "Exampla ornata\nSampleton.\n12 May 1930\nAcc. No. 12345",
    "Exampla ornata\nSampleton.\n12 May 1930\nPhotograph No. 12345",
    "Exampla ornata\nSampleton.\n12 May 1930\nNeg. No. 12345",
]


@pytest.mark.parametrize("text", NOT_FIELD_NUMBERS)
def test_not_field_numbers(text: str) -> None:
    assert value(text, "recordNumber") is None
    assert value(text) is None


def test_number_key_in_words() -> None:
    text = "Plants of Exampla\nSampleton.\nCollector: K. Muster\nNumber 567\nDate: 14 Sept 1959"
    assert value(text) == "K. Muster"
    assert value(text, "recordNumber") == "567"


LATER_DETERMINERS = [
    # a revision's or a new determination's key, in German and English: the later determiner
    (
        "Pflanzen aus Exampla\nSammler: K. Muster\nDatum: 3.6.1905\n\n"
        "Bestimmt von J. Beispiel 1920\n\nRevidiert A. Exemplo 1985",
        "A. Exemplo",
    ),
    (
        "Flora von Exampla\nSampleton\nleg. K. Muster 3.6.1905\n\n"
        "Bestimmt J. Beispiel 1920\n\nNachbestimmt A. Exemplo 1985",
        "A. Exemplo",
    ),
    (
        "Plants of Exampla\nSampleton\nK. Muster 123\n3 June 1905\n\n"
        "Det. J. Beispiel 1920\n\nRedet. A. Exemplo 1985",
        "A. Exemplo",
    ),
    # the later year wins, whatever the key
    (
        "Plants of Exampla\nSampleton\nK. Muster 123\n3 June 1905\n\n"
        "Det. J. Beispiel 1990\n\nRedetermined by A. Exemplo 1985",
        "J. Beispiel",
    ),
]


@pytest.mark.parametrize(("text", "who"), LATER_DETERMINERS)
def test_later_determiner(text: str, who: str) -> None:
    assert value(text, "identifiedBy") == who
    assert value(text) == "K. Muster"


PLACE_AND_NUMBER = [
    # a place's name of two words, the last a kind of place: no collector, its number no field
    # number; the collector with initials below is the one
    (
        _HEAD + "Sampleton Hall 345\nExampla ornata\nSampleton woods\nJune 1960\nK. Muster 1234",
        "K. Muster",
    ),
    ("Plants of Exampla\nSampleton Hill 345\nSampleton woods\nJune 1960", None),
    # a given name before the surname: a person
    ("Plants of Exampla\nSampleton woods\nPaul Muster 345\nJune 1960", "Paul Muster"),
]


@pytest.mark.parametrize(("text", "who"), PLACE_AND_NUMBER)
def test_place_and_number(text: str, who: str | None) -> None:
    assert value(text) == who
    assert value(text, "recordNumber") != "345" or who == "Paul Muster"


def test_latin_numero_cut_to_its_letter() -> None:
    text = "Iter Exemplense\nMuster n. 456\nExampla ornata\nIn pratis prope Sampleton.\nJun. 1888"
    got = field(text, "recordedBy")
    assert got is not None and got.value == "Muster" and got.confidence < 0.9
    assert value(text, "recordNumber") == "456"
    assert value("Sampleton\nRiver n. 45\n1888") is None


STOPS_LOST = [
    # an initial's stop the OCR lost, in a team after a comma or "&", or opening a numbered line
    (
        "Plants of Exampla\nSampleton, 4200 m.\nK. Muster, J Beispiel & A. Exemplo 2345\n3 June 1984",
        "K. Muster | J Beispiel | A. Exemplo",
        "2345",
    ),
    (
        "Plants of Exampla\nSampleton, 2600 m.\nK. Muster & J Beispiel 890\nOct. 3, 1960",
        "K. Muster | J Beispiel",
        "890",
    ),
    ("Herbarium of Exampla\nSampleton woods\nDec. 1 1960\nA Exemplo 345", "A Exemplo", "345"),
    ("Hedge, Sampleton.\nK J Muster 345\n14 Aug 1899", "K J Muster", "345"),
    # a colon between a full name and the date
    ("Hedge, Sampleton. Exampleshire.\nK. Muster: 14 Aug 1899", "K. Muster", None),
]


@pytest.mark.parametrize(("text", "who", "number"), STOPS_LOST)
def test_stops_lost(text: str, who: str, number: str | None) -> None:
    assert value(text) == who
    assert value(text, "recordNumber") == number


NOT_STOPS_LOST = [
    # a bearing before a place, no initial
    "Plants of Exampla\nRio Exemplo, S Sampleton, 2600 m.\nOct. 3, 1960",
    "Hedge, Sampleton.\nN Sampleton 345\n14 Aug 1899",
    # a place before a colon and the date: no person
    "Hedge\nSampleton: 14 Aug 1899",
]


@pytest.mark.parametrize("text", NOT_STOPS_LOST)
def test_not_stops_lost(text: str) -> None:
    assert value(text) is None


KEYS_MISREAD = [
    # the collector's key as the OCR reads it: its first letters cut by the label's edge, its
    # ending misread, "Sammler" with an "i" for the "l"
    (
        "Plants of Exampla\nSampleton.\nlected by K. Muster and J. Beispiel\nNo. 234\n1928",
        "K. Muster | J. Beispiel",
    ),
    ("Plants of Exampla\nSampleton, 2000 m\nCollectest by K. Muster\nNo. 12345\n1942", "K. Muster"),
    ("Flora von Exampla\nSampleton\nNr 123\nSammier: J. Beispiel\n1932", "J. Beispiel"),
]


@pytest.mark.parametrize(("text", "who"), KEYS_MISREAD)
def test_keys_misread(text: str, who: str) -> None:
    assert value(text) == who


def test_selected_by_is_no_key() -> None:
    assert value("Plants of Exampla\nSampleton\nselected by the committee\n1928") is None


def test_signer_of_a_slip_without_det_is_the_latest_determiner() -> None:
    # a printed annotation slip whose name has no author, signed and dated without "det.": the
    # latest determination, over an older keyed one
    text = (
        "PLANTS OF SAMPLETON COUNTY\nRoadside, 2 mi N of Muestra.\nK. Muster 1234\n"
        "Sept. 14, 1955\n\nDet. J. Beispiel 1960\n\nAnnotation label\nExampla minor\nA. Exemplo 1998"
    )
    assert value(text, "identifiedBy") == "A. Exemplo"
    assert value(text, "dateIdentified") == "1998"
    assert value(text) == "K. Muster"
    assert role_of("Annotation label\nExampla minor\nA. Exemplo 1998").value == "determination"


def test_examined_for_slip_signs_no_determination() -> None:
    # the signer of an annotation that names no plant: no determiner over the keyed one
    text = (
        "Plants of Exampla\nSampleton, 1900 m.\nK. Muster 4321\n15 Jan 1961\n\n"
        "Det. J. Beispiel 1970\n\nAnnotated for Flora Neotropica\nA. Exemplo 1992"
    )
    assert value(text, "identifiedBy") == "J. Beispiel"
    assert value(text) == "K. Muster"


_DATA = "FIELD MUSEUM OF NATURAL HISTORY\nFlora of Exampla\nDept. Exemplo: Sampleton, 3000 m.\nMar. 1940\n\n"
STAFF_LABELS = [
    # the names of a photograph's, a negative's or a preparator's label: never the collector
    _DATA + "K. Muster\nPhotographer",
    _DATA + "Field Museum Neg. No. 1234\nK. Muster",
    _DATA + "K. Muster\nPreparator",
    _DATA + "Photographed by K. Muster 1950",
    _DATA + "Imaged 2010\nK. Muster",
]


@pytest.mark.parametrize("text", STAFF_LABELS)
def test_staff_labels_name_no_collector(text: str) -> None:
    assert value(text) is None


def test_a_name_alone_on_its_label_is_still_read() -> None:
    assert value(_DATA + "K. Muster") == "K. Muster"


def test_number_split_by_a_blank_is_doubted() -> None:
    text = "Plants of Exampla\nSampleton, 2100 m.\nK. Muster & J. Beispiel 56 78\nFeb. 20, 1946"
    got = field(text, "recordNumber")
    assert got is not None and got.confidence < 0.9
    # a year after the number: the number and the year, as printed
    got = field("Plants of Exampla\nSampleton, 2100 m.\nK. Muster 5678 1946", "recordNumber")
    assert got is not None and got.value == "5678" and got.confidence >= 0.9


# a state's abbreviation before the date is shaped like an initialled name: the place, not the
# collector
@pytest.mark.parametrize(
    "text",
    [
        "Sampleton, Exampla Co.,\nN. Car. 12-VI-1931\nK. Muster",
        "Sampleton\nS. Dak. 12 June 1931\nK. Muster",
    ],
)
def test_state_abbreviation_by_the_date_is_no_collector(text: str) -> None:
    assert value(text) == "K. Muster"


def test_state_abbreviation_alone_by_the_date_gives_no_collector() -> None:
    assert value("Sampleton\nW. Va. 12 June 1931") is None


# a series' letters without stops before the collector's number: part of the number
@pytest.mark.parametrize(
    ("line", "number"),
    [
        ("K. Muster SAN 12345", "SAN 12345"),
        ("K. Muster C.P. 1234", "1234"),
    ],
)
def test_series_letters_before_the_number(line: str, number: str) -> None:
    text = f"Sampleton, Exampla Co.\n{line}\n12 Jun 1960"
    assert value(text) == "K. Muster"
    assert value(text, "recordNumber") == number
    assert "Muster" not in (value(text, "verbatimLocality") or "")


def test_roman_month_after_the_name_is_no_series() -> None:
    assert value("Sampleton, Exampla Co.\nK. Muster VII 1931", "recordNumber") is None
