"""A series' code between a collector's name and his number ("K. Muster NGF 12345",
"K. Muster, BSIP 1234", "K. Muster & J. Beispiel LAE 67890", the OCR's "NGF l2345") cut from the
name and kept with the number; Sarawak's lone "S" on a label naming Sarawak; the collector who
also named it in Spanish, Portuguese and Swedish ("Leg. y det.", "Col. y det.", "Saml. o. best.");
a name and its author all in capitals ("EXEMPLIA SAMPLEANA MUST."). Invented strings."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import field, value

_PNG = "FLORA OF PAPUA NEW GUINEA\nExemplia sampleana Beisp.\nMorobe District, Exempla Valley.\n"

SERIES_AFTER_NAME = [
    (_PNG + "K. Muster NGF 12345     12 June 1965", "K. Muster", "NGF 12345"),
    (_PNG + "K. Muster BSIP 6789\n14/7/1965", "K. Muster", "BSIP 6789"),
    (_PNG + "K. Muster FRI 23456  3.4.1970", "K. Muster", "FRI 23456"),
    (_PNG + "K. Muster et al. NGF 23456\n10.x.1968", "K. Muster", "NGF 23456"),
    (_PNG + "K. MUSTER SAN 34567\n7 JULY 1978", "K. MUSTER", "SAN 34567"),
    (_PNG + "Leg.: K. Muster, NGF 34567\n12 Jan 1970", "K. Muster", "NGF 34567"),
    (
        _PNG + "K. Muster & J. Beispiel LAE 67890\n5 Sept 1974",
        "K. Muster | J. Beispiel",
        "LAE 67890",
    ),
    # a herbarium's code is no series: its number stays apart (catalog)
    (_PNG + "K. Muster 4567\n5 Sept 1974", "K. Muster", "4567"),
]


@pytest.mark.parametrize(("text", "who", "number"), SERIES_AFTER_NAME)
def test_series_code_after_name(text: str, who: str, number: str) -> None:
    assert value(text, "recordedBy") == who
    assert value(text, "recordNumber") == number


def test_series_number_misread() -> None:
    text = _PNG + "K. Muster NGF l2345\n2O March 1967"
    assert value(text, "recordedBy") == "K. Muster"
    num = field(text, "recordNumber")
    assert num is not None and num.value == "NGF 12345"
    assert num.confidence < 0.9 and "uncertain_number" in num.flags


SARAWAK = [
    ("SARAWAK FOREST DEPARTMENT\nExempla hill forest\nK. Muster S 12345\n12.8.1968", "S. 12345"),
    ("Sarawak\n1st Division, Kuching, Exempla Hill\nK. Muster S. 23456\n9.9.1963", "S. 23456"),
]


@pytest.mark.parametrize(("text", "number"), SARAWAK)
def test_sarawak_series(text: str, number: str) -> None:
    assert value(text, "recordedBy") == "K. Muster"
    assert value(text, "recordNumber") == number


def test_lone_s_elsewhere_no_series() -> None:
    # "S" off a Sarawak label: Stockholm's code as often; the number is not joined to it
    text = "Flora Exemplensis\nExempla, in pratis\nK. Muster S 12345\n12.8.1968"
    assert value(text, "recordNumber") != "S. 12345"


def test_initials_code_without_number_stays() -> None:
    from pipelines.fields.people.persons import _initials_code_at_end

    assert _initials_code_at_end("J. D. Muster JDM") is not None
    assert _initials_code_at_end("K. Muster NGF") is None
    assert _initials_code_at_end("K. Muster NGF", " 12345") is not None


COLLECTOR_WHO_NAMED = [
    ("Exemplia sampleana Bl.\nEcuador, Napo, Tena\nLeg. y det. K. Muster 567\n15-III-1979", "567"),
    ("Exemplia sampleana Bl.\nPeru, Amazonas\nLEG. Y DET. K. MUSTER 12345\n10.IV.1996", "12345"),
    ("Exemplia sampleana Bl.\nBolivia, Santa Cruz\nCol. y det. K. Muster 3344, 18/V/1982", "3344"),
    ("Exemplia sampleana Bl.\nBrasil, Amazonas\nLeg. e det. K. Muster 88\n3.4.1977", "88"),
    ("Viola exempla L.\nDalarna, Exempelå sn\n18 juni 1899\nSaml. o. best. K. Muster", None),
]


@pytest.mark.parametrize(("text", "number"), COLLECTOR_WHO_NAMED)
def test_collector_who_named_it(text: str, number: str | None) -> None:
    who = field(text, "recordedBy")
    assert who is not None and who.value.upper() == "K. MUSTER"
    assert (value(text, "identifiedBy") or "").upper() == "K. MUSTER"
    assert value(text, "recordNumber") == number


CAPITALS_WITH_AUTHOR = [
    ("PLANTS OF BORNEO\nARDISIA EXEMPLARIS MEZ\nSABAH: RANAU DISTRICT", "Ardisia exemplaris"),
    ("FLORA EXEMPLI\nCAREX SAMPLEANA (L.) MUST. & BEISP.\nMT. EXEMPLA", "Carex sampleana"),
    ("FLORA EXEMPLI\nEXEMPLIA SAMPLEANA MUST.\nin pratis", "Exemplia sampleana"),
]


@pytest.mark.parametrize(("text", "name"), CAPITALS_WITH_AUTHOR)
def test_name_and_author_in_capitals(text: str, name: str) -> None:
    assert value(text, "scientificName") == name


def test_place_in_capitals_no_name() -> None:
    assert value("NORTH CAROLINA\nWAKE COUNTY RALEIGH\n12 May 1950", "scientificName") is None


MORE_SERIES = [
    # a hyphen between the series' code and its number, kept as printed
    (_PNG + "K. Muster NGF-12345   3 Aug 1966", "K. Muster", "NGF-12345"),
    # "ET AL." in capitals ends the names
    (_PNG + "K. MUSTER ET AL. BSIP 1234\n4 MAY 1966", "K. MUSTER", "BSIP 1234"),
    # the number's own letters before a hyphen stay the number's
    (_PNG + "K. Muster KM-123\n3 Aug 1966", "K. Muster", "KM-123"),
    # on a Sarawak label, "S." after a number's key
    (
        "PLANTS OF SARAWAK\nExempla Ridge\nCollector: K. Muster   No.: S. 34567\nDate: 17.10.1984",
        "K. Muster",
        "S. 34567",
    ),
]


@pytest.mark.parametrize(("text", "who", "number"), MORE_SERIES)
def test_more_series_shapes(text: str, who: str, number: str) -> None:
    assert value(text, "recordedBy") == who
    assert value(text, "recordNumber") == number


def test_other_code_before_hyphen_no_number() -> None:
    # three capitals no series' table knows, then a hyphen: no field number read from them
    assert value(_PNG + "K. Muster XYZ-123\n3 Aug 1966", "recordNumber") != "XYZ-123"


MISREAD_AFTER_KEY = [
    ("Flora\nExempla, in silvis\nLeg. K. MUSTER NO. 9O12\n3 Aug 1966", "9012"),
    ("Flora\nExempla, in silvis\nK. Muster Nr. 12O4\n3 Aug 1966", "1204"),
]


@pytest.mark.parametrize(("text", "number"), MISREAD_AFTER_KEY)
def test_misread_number_after_key(text: str, number: str) -> None:
    # a number's key is no series' code before a misread number
    num = field(text, "recordNumber")
    assert num is not None and num.value == number and num.confidence < 0.9


COLLECTED_AND_NAMED_BALTIC_NORDIC = [
    "Exempla sampleana L.\nEesti NSV, Harju raj., Keila\nKog. ja määr. K. Muster\n3.VI.1970",
    "Exempla sampleana L.\nSuomi, Inari, Exempeljärvi\nKeräsi ja määritti K. Muster\n14.7.1958",
    "Exempla sampleana L.\nLatvija, Kurzeme, mežmala\nIevāca un noteica K. Muster\n12.VI.1936",
    "Exempla sampleana L.\nLietuva, Trakų raj.\nSurinko ir nustatė K. Muster\n1971.VII.4",
]


@pytest.mark.parametrize("text", COLLECTED_AND_NAMED_BALTIC_NORDIC)
def test_collected_and_named_baltic_nordic(text: str) -> None:
    assert value(text, "recordedBy") == "K. Muster"
    assert value(text, "identifiedBy") == "K. Muster"


def test_russian_series_number_doubted() -> None:
    # a distributed series' number under its title: the series', as often not the collector's
    text = (
        "HERBARIUM FLORAE ROSSICAE\nNo 1234. Exempla sampleana Beisp.\n"
        "Prov. Exemplensis, in silvis.\nLeg. K. Muster 12.VI.1901"
    )
    num = field(text, "recordNumber")
    assert num is not None and num.value == "1234" and num.confidence < 0.9
    assert value(text, "recordedBy") == "K. Muster"


NUMBER_AFTER_KEY_AFTER_NAME = [
    ("Exempla sampleana L.\nNorge, Troms, Exempelvik\nK. Muster lgt. 4321\n12.7.1977", "4321"),
    ("Exempla sampleana L.\nSverige, Öland, alvar\nK. Muster leg. 56\n1951-06-03", "56"),
    # a year or a date after the key is none
    ("Exempla sampleana L.\nSverige, Öland, alvar\nK. Muster leg. 1951", None),
    ("Exempla sampleana L.\nSverige, Öland, alvar\nK. Muster leg. 12.VI.1951", None),
]


@pytest.mark.parametrize(("text", "number"), NUMBER_AFTER_KEY_AFTER_NAME)
def test_number_after_key_after_name(text: str, number: str | None) -> None:
    assert value(text, "recordedBy") == "K. Muster"
    assert value(text, "recordNumber") == number
