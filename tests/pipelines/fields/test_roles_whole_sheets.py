"""Whole sheets' labels, invented in the shapes of US, UK and Berlin herbaria: a determination
printed as a column under another herbarium's header, a lichen packet ending in the same column,
accession and photograph stamps under an institution's name, type photographs and fragments, and
descriptions that open with a header's word."""

from __future__ import annotations

import pytest

from pipelines.fields import labels_from_text
from pipelines.fields.roles import Role, column_dates, label_roles
from pipelines.fields.text import is_header, make_labels
from tests.pipelines.fields.parsed import role_of, values

_DATA = "Plants of Exampla\nExampla minor L.\nSampleton Co., dry woods.\nK. Muster 77\nJune 1, 1935"


@pytest.mark.parametrize(
    "text",
    [
        # the cue, the determiner, the date: a column under another herbarium's name
        "HERBARIUM, SAMPLETON STATE COLLEGE, EXAMPLEVILLE\nExampla minor L.\nDETERMINAVIT\n"
        "J. Beispiel\nMar. 1987",
        "FIELD MUSEUM OF NATURAL HISTORY\nExampla minor L.\nDet.\nJ. Beispiel\n12 May 1987",
        "NATIONAL HERBARIUM OF EXAMPLA\nExampla minor L.\nDETERMINAVIT\nK. Muster\n21. I. 1957",
        # the determiner's initials as the OCR read them, their stops lost
        "HERBARIUM OF THE UNIVERSITY OF EXAMPLA\nExampla minor L.\nDet.\nJ Beispiel\n12 Mar 1987",
        # the determiner's initial read as a figure
        "Exampla Botanical Garden Herbarium\nDet.\n2. Beispiel\n12 May 1987",
        "HERBARIUM OF THE UNIVERSITY OF EXAMPLA\nExampla minor\nDet.\n1 Beispiel\n12 May 1987",
        # the type's photograph and fragment
        "Photograph of type specimen in Herb. Exampl.\nField Museum Neg. No. 1234",
        "Type photograph\nExampla nova Muster\nPhotographed 1935",
        "Fragment of type",
        "Fragment of holotype\nExampla nova Muster",
        # an annotation for a flora, its "for" misread
        "Annotated fer Flora Exemplica\nExampla parva Muster\nJ. Beispiel 1990",
    ],
)
def test_a_slip_or_a_types_label(text: str) -> None:
    assert role_of(text) is Role.determination


@pytest.mark.parametrize(
    "text",
    [
        # a lichen packet: where it grew, its collector, then "Det. / name / date"
        "Exampla cinerea (Ach.) Muster\nOn bark of Quercus\nSampleton Co., Exampleville\n"
        "K. Muster 3344\nDet.\nJ. Beispiel\n1970",
        "LICHENS OF EXAMPLA\nExampla cinerea (Ach.) Muster\nOn granite boulders\n"
        "2 mi. E of Exampleville\nDet.\nJ. Beispiel\n12 May 1970",
        "Exampla cinerea (Ach.) Muster\nin moist woods\nK. Muster\nDETERMINAVIT\nJ. Beispiel\n1970",
        # the packet's own date above the column
        "LICHENS OF EXAMPLA\nExampla cinerea (Ach.) Muster\nOn bark, Sampleton Co.\n"
        "Coll. K. Muster 3344\n14 Sept. 1968\nDet.\nJ. Beispiel\n1970",
    ],
)
def test_a_packet_ending_in_a_column_stays_data(text: str) -> None:
    assert role_of(text) is Role.data


@pytest.mark.parametrize(
    "text",
    [
        "CHICAGO NATURAL HISTORY MUSEUM\nAcc. No. 1234567\nMar 4 1960",
        # the full stop read as a comma
        "Chicago Natural History Museum\nAcc. No, 1234567\nMar 4 1960",
        "FIELD MUSEUM OF NATURAL HISTORY\nNeg. No. 12345\n3 JUN 1980",
        "EXAMPLE MUSEUM NEGATIVE\nNo. 12345\nDATE\n3 JUN 1980",
    ],
)
def test_a_stamp_form_under_its_institutions_name(text: str) -> None:
    assert role_of(text) is Role.curatorial


@pytest.mark.parametrize(
    "text",
    [
        # a data label's key under the heading: the collection's
        "FIELD MUSEUM OF NATURAL HISTORY\nAcc. No. 1234\nDept. Sampleton: 1200 m\n3 JUN 1940",
        "CHICAGO NATURAL HISTORY MUSEUM\nAcc. No. 1234567\nSampleton, in dry woods\nMar 4 1960",
    ],
)
def test_no_stamp_form_with_a_place(text: str) -> None:
    assert role_of(text) is Role.data


def test_a_columns_date_is_no_collection_date() -> None:
    text = (
        "Exampla cinerea (Ach.) Muster\nOn bark of Quercus\nSampleton Co., Exampleville\n"
        "K. Muster 3344\nDet.\nJ. Beispiel\n1970"
    )
    (label,) = make_labels(labels_from_text(text))
    assert column_dates(label) == [6]
    got = values(text)
    assert "eventDate" not in got
    assert got["identifiedBy"] == "J. Beispiel"


@pytest.mark.parametrize(
    "text",
    [
        # a date alone under a name with no cue above: a collector's label
        "Exampla minor L.\nSampleton\nK. Muster\n1970",
        # a name with its own cue: the dates parser's
        "Exampla minor L.\nDet. J. Beispiel\nK. Muster\n1970",
        # a type's label: its date is the type's collection
        "Holotype\nK. Muster\n1882",
    ],
)
def test_no_column_date(text: str) -> None:
    (label,) = make_labels(labels_from_text(text))
    assert column_dates(label) == []


def test_the_slips_header_gives_no_place() -> None:
    got = values(
        _DATA + "\n\nNATIONAL HERBARIUM OF EXAMPLA, SAMPLETOWN, AUSTRALIA\nExampla minor L.\n"
        "DETERMINAVIT\nJ. Beispiel\n21. I. 1957"
    )
    assert got["eventDate"] == "1935-06-01"
    assert got.get("country") != "Australia"


@pytest.mark.parametrize(
    ("line", "header"),
    [
        ("Plant 2 m tall", False),
        ("Plants to 30 cm high, common in wet meadows", False),
        ("Plant erect, flowers white", False),
        ("Lichen on bark of Quercus", False),
        ("Plants, ca. 1.5 m", False),
        ("Flora 2 cm across", False),
        ("PLANTS OF EXAMPLA", True),
        ("Plants collected in Exampla", True),
        ("Plants and Ferns of Exampla", True),
        ("Flora of Exampla", True),
        ("Lichenes exsiccati", True),
        ("Plantae Exemplenses", True),
        ("Insects from Exampla", True),
        ("Pflanzen aus Exampla", True),
        ("Plonts of Exampla", True),
    ],
)
def test_a_description_is_no_header(line: str, header: bool) -> None:
    assert is_header(line) is header


def _sheet_roles(text: str) -> list[Role]:
    roles = label_roles(make_labels(labels_from_text(text)))
    return [roles[i] for i in sorted(roles)]


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        # a slip whose cue the OCR lost, beside the data label that names its own collector
        (
            "K. Muster\n12.3.1977\n\n" + _DATA,
            [Role.determination, Role.data],
        ),
        (_DATA + "\n\nJ Beispiel\nMay 1988", [Role.data, Role.determination]),
        # a pin's collector and his date beside a place with no person: the collector's label
        (
            "GERMANIA\nSampelstadt\n12.6.1910\n\nK. Muster\n1910",
            [Role.data, Role.data],
        ),
        # alone on its sheet: the data label
        ("K. Muster\n12.3.1977", [Role.data]),
        # a name with its cue is no signature to re-read
        ("leg. K. Muster\n12.3.1977\n\n" + _DATA, [Role.data, Role.data]),
    ],
)
def test_a_signature_beside_the_data_label(text: str, roles: list[Role]) -> None:
    assert _sheet_roles(text) == roles


def test_a_signatures_date_is_no_collection_date() -> None:
    got = values("J. Beispiel\n12.3.1977\n\n" + _DATA)
    assert got["eventDate"] == "1935-06-01"
    assert got["recordedBy"] == "K. Muster"
    assert got["dateIdentified"] == "1977-03-12"


def _address(text: str) -> list[bool]:
    (label,) = make_labels(labels_from_text(text))
    return label.address


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        # an insect's label: the country and the town under the museum, the collector last
        ("Mus. Zool. Exampl.\nExamplia\nSampelstadt\nleg. J. Beispiel", [False] * 4),
        ("Zoological Museum Exampla\nSampelstadt\nleg. J. Beispiel", [False] * 3),
        # under a herbarium's name the line may be a genus alone: left as it was read
        ("HERBARIUM EXEMPLENSE\nExampla\nSampleby\nleg. K. Muster", [False, True, True, False]),
        # a herbarium's name shortened as a pin's ("Herb. Mus. Exampl.") prints no address: the
        # lines over the collector are the specimen's (the places parser's rule, in the address)
        ("Herb. Mus. Exampl.\nExampla\nSampleby\nleg. K. Muster", [False] * 4),
        # the museum's own address: alone, over a stamp's date, or printed in capitals
        ("ZOOLOGISCHES MUSEUM EXAMPLA\nSampelstadt", [False, True]),
        ("Museum für Exempla\nSampelstadt\n12.6.1960", [False, True, False]),
        ("NATURAL HISTORY MUSEUM\nSAMPLETON\nleg. K. Muster", [False, True, False]),
    ],
)
def test_lines_under_a_museums_name(text: str, flags: list[bool]) -> None:
    assert _address(text) == flags


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        # the data label's collector with his initial's stop lost, as the OCR reads it
        (
            "Exampla minor L.\nSampleton, in woods\nK Muster 123\n12 June 1950\n\n"
            "J. Beispiel\n1988",
            [Role.data, Role.determination],
        ),
        # an exchange label's distribution note: a stamp's year
        ("Duplicate from the Herbarium of Exampla\nDistributed 1950", [Role.curatorial]),
    ],
)
def test_more_labels_beside_the_data_label(text: str, roles: list[Role]) -> None:
    assert _sheet_roles(text) == roles


def test_a_distributions_year_is_no_collection_date() -> None:
    got = values(
        "Herbarium of the University of Exampla\nExampla minor L.\n"
        "Duplicate from the Herbarium of the University of Exampla\nDistributed 1950"
    )
    assert "eventDate" not in got
