"""Determiners, collectors and numbers of shapes session 24 fixed: a determination slip whose
"Det." opens the name determined and whose "By:" names the determiner under it or after it
("Det.: Exampla minor Muster / By: K. Beispiel"). Invented strings."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import field, value

DET_BY = [
    # the key opens the name determined, "By:" the determiner on the next line
    ("Det.: Exampla minor Muster\nBy: K. Beispiel 1990", "K. Beispiel"),
    ("Det.: Carex fictiva Tester\nBy: A. Exempel", "A. Exempel"),
    ("Det: Salix probata (Muster) Beispiel\nby H. Sampleva, Nov. 1999", "H. Sampleva"),
    ("Det.: Exampla byssina Muster\nBy: T. Trialson", "T. Trialson"),
    # the "by" after the name on the key's line
    ("Det. Exampla minor L. by J. Probst, 1977", "J. Probst"),
    ("Det.: Rumex probatus Tester By: L. Samplewood", "L. Samplewood"),
    # French: "par"
    ("Dét. Exampla minor Muster\npar K. Beispiel 1950", "K. Beispiel"),
    # no "by": a name with initials alone under the name determined
    ("Det. Carex fictiva (Muster) Beispiel\nH. Sampleva 2003", "H. Sampleva"),
    # a name in capitals after the key: the "BY:" line under it says it is the name determined
    ("DET.: ROSA EXEMPLA MUSTER\nBY: L. SAMPLEWOOD 1992", "L. SAMPLEWOOD"),
    ("DET.: EXAMPLA MINOR L.\nBY: K. BEISPIEL", "K. BEISPIEL"),
    # the initial's stop lost after "By:"
    ("Det: Rumex probatus Tester\nBy: L Samplewood\n1983", "L Samplewood"),
    # the OCR's "8" for the "B" of "By"
    ("Det.: Exampla minor\n8y: K. Beispiel 1990", "K. Beispiel"),
    ("Dct.: Salix fictiva Tester\n8y: H. Sampleva 1977", "H. Sampleva"),
    # a name with initials after the key stays the determiner over a line opening with "By"
    ("Det. K. Muster\nBy request of J. Beispiel", "K. Muster"),
    # on a sheet with the data label above
    (
        "Salix exempla L.\nProbeham, 1920\nleg. K. Muster\n\n"
        "Det.: Salix probata Tester\nBy: A. Exempel, Nov. 1999",
        "A. Exempel",
    ),
]


@pytest.mark.parametrize(("text", "expected"), DET_BY)
def test_determiner_after_by(text: str, expected: str) -> None:
    assert value(text, "identifiedBy") == expected


NO_DETERMINER = [
    # the genus after the key is nobody
    "Det.: Exampla ornata",
    "Det. Carex fictiva Beispiel\nSampleton",
    "Det. Viola probata Muster",
]


@pytest.mark.parametrize("text", NO_DETERMINER)
def test_no_genus_for_determiner(text: str) -> None:
    assert value(text, "identifiedBy") is None


UNNAMED = [
    # a native or local collector on a line of its own, the field number after it
    ("Native collector 45\nSampleton district\n12.3.1929", "Native collector", "45"),
    (
        "Exampla minor Mez\nProbeham hills\nNative collector no. 312\nAug. 1931",
        "Native collector",
        "312",
    ),
    ("NATIVE COLLECTOR 1207\nMusterdorf\nMay 1936", "NATIVE COLLECTOR", "1207"),
    ("Local collectors 88\nSampleton\n1920", "Local collectors", "88"),
    ("Native Coll. No. 77\nProbeham\n1911", "Native Coll.", "77"),
    # the OCR's figures for the letters of "collector" set back
    ("Native co11ector 1207\nSampleton\nMay 1936", "Native collector", "1207"),
    # no number: the collector alone
    ("Native collector\nSampleton\n1920", "Native collector", None),
]


@pytest.mark.parametrize(("text", "who", "number"), UNNAMED)
def test_unnamed_collector(text: str, who: str, number: str | None) -> None:
    got = field(text, "recordedBy")
    assert got is not None
    assert (got.value, got.confidence < 0.9) == (who, True)
    assert value(text, "recordNumber") == number


NAMED_BESIDE = [
    # a named collector on the sheet outranks the unnamed one
    ("Sampleton\nNative collector 45\nK. Muster 1234\n12.vi.1930", "K. Muster"),
    ("Sampleton\nLocal knowledge 45\n1920", None),
]


@pytest.mark.parametrize(("text", "expected"), NAMED_BESIDE)
def test_unnamed_only_where_nobody_named(text: str, expected: str | None) -> None:
    assert value(text) == expected


SPLIT_LISTS = [
    # a list of collectors broken after its joining word, the number after the last name
    ("Sampleton\nK. Muster and\nJ. Beispiel 345\n10 Jul 1988", "K. Muster | J. Beispiel"),
    ("Sampleton\nK. Muster et\nJ. Beispiel 12\n1930", "K. Muster | J. Beispiel"),
    ("Sampleton\nH. Sampleva with\nJ. Probst 5521\n1930", "H. Sampleva | J. Probst"),
    ("Sampleton\nA. Exempel y\nR. Tester 4411\n1930", "A. Exempel | R. Tester"),
    ("Sampleton\nT. Trialson und\nG. Fictus 88\n1930", "T. Trialson | G. Fictus"),
    # broken after the next name's initials
    ("Sampleton\nK. Muster & J.\nBeispiel 4412\n12.6.1931", "K. Muster | J. Beispiel"),
    ("Sampleton\nA. Exempel, R. T.\nTester 88\n1930", "A. Exempel | R. T. Tester"),
    # a place's line, not a name with initials, before the joiner: the collector below alone
    ("Exampla minor L.\nSampleton and\nK. Muster 12\n1930", "K. Muster"),
    ("Exampla minor L.\nBetween Sampleton and\nJ. Beispiel 345\n1930", "J. Beispiel"),
    ("Exampla minor L.\nGlen Muster and\nJ. Beispiel 4411\n1930", "J. Beispiel"),
]


@pytest.mark.parametrize(("text", "expected"), SPLIT_LISTS)
def test_list_broken_after_joiner(text: str, expected: str) -> None:
    assert value(text) == expected


UNNAMED_SLIP_CONFIRMED = [
    # a determination slip that prints no name, a confirmation under it or on a slip of its own:
    # the slip determined the data label's name, which stays current
    (
        "Exampla minor L.\nSampleton, 3.6.1921\nleg. K. Muster\n\n"
        "Det. A. Exempel, 1968\nConf. J. Beispiel 1990",
        ("A. Exempel", "1968"),
    ),
    (
        "Carex probata Muster\nProbeham fen\n12.vii.1950\nColl. R. Tester 77\n\n"
        "Det. H. Sampleva 1975\n\nconf. G. Fictus 2001",
        ("H. Sampleva", "1975"),
    ),
    # under a revision the reviser's name is current, as before
    (
        "Exampla minor L.\nSampleton, 3.6.1921\nleg. K. Muster\n\n"
        "Det. A. Exempel, 1968\nRev. J. Beispiel 1990",
        ("J. Beispiel", "1990"),
    ),
    # without the confirmation, as before
    (
        "Exampla minor L.\nSampleton, 3.6.1921\nleg. K. Muster\n\nDet. A. Exempel, 1968",
        ("A. Exempel", "1968"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), UNNAMED_SLIP_CONFIRMED)
def test_unnamed_slip_determines_the_data_labels_name(text: str, expected: tuple[str, str]) -> None:
    assert (value(text, "identifiedBy"), value(text, "dateIdentified")) == expected


DETERMINATION_NOUN = [
    # the Russian form's key "Определение" (the determination), and after "Сбор и": the collector
    # who named it
    (
        "Exampla minor L.\nПримерский р-н\nСбор и определение И. Примерова\n12.VI.1958",
        "I. Primerov",
    ),
    (
        "Exampla minor L.\nПримерский р-н\nСобрал П. Образцов\nОпределение: А. Примеров 1960",
        "A. Primerov",
    ),
    ("Exampla minor L.\nСбор и определение Н. Образцовой\n1930", "N. Obraztsova"),
    ("Exampla minor L.\nСобрал П. Образцов\nОпределение Н. Примеровой 1960", "N. Primerova"),
    # after a colon the name is in the nominative: kept
    ("Exampla minor L.\nСобрал П. Образцов\nОпределение: Н. Примерова 1960", "N. Primerova"),
    # Ukrainian and Bulgarian
    ("Exampla minor L.\nЗібрав П. Образцов\nВизначення: А. Примеров 1960", "A. Primerov"),
    ("Exampla minor L.\nСъбрал П. Образцов\nОпределил А. Примеров 1960", "A. Primerov"),
]


@pytest.mark.parametrize(("text", "expected"), DETERMINATION_NOUN)
def test_determination_noun(text: str, expected: str) -> None:
    assert value(text, "identifiedBy") == expected


DATE_AFTER_KEY = [
    # a collector's line that runs into the determiner's: the date before "det." the collection's
    ("Exampla minor L.\nSampleton\nleg. K. Muster 12.6.1931 det. J. Beispiel 1960", "1960"),
    ("Exampla minor L.\nProbeham\nK. Muster 4412, 3.v.1950, det. A. Exempel 1975", "1975"),
    ("Exampla minor L.\nSampleton\nleg. K. Muster 12.6.1931 det. J. Beispiel", None),
]


@pytest.mark.parametrize(("text", "expected"), DATE_AFTER_KEY)
def test_determination_date_after_its_key(text: str, expected: str | None) -> None:
    assert value(text, "dateIdentified") == expected


TITLED_PAIRS = [
    # the second person's title after "&" or "and" is no state's abbreviation ("Miss.")
    (
        "Exampla minor L.\nProbeham\nMiss A. Exempel & Miss B. Probe\n12.6.1911",
        "Miss A. Exempel | Miss B. Probe",
    ),
    (
        "Exampla minor L.\nProbeham\nMrs. A. Exempel & Miss B. Probe\n12.6.1911",
        "Mrs. A. Exempel | Miss B. Probe",
    ),
    (
        "Exampla minor L.\nSampleton\ncoll. Miss H. Sampleva and Miss T. Trialson\n1920",
        "Miss H. Sampleva | Miss T. Trialson",
    ),
]


@pytest.mark.parametrize(("text", "expected"), TITLED_PAIRS)
def test_title_after_joiner(text: str, expected: str) -> None:
    assert value(text) == expected


EX_COLL_MISREAD = [
    # "ex coll." as the OCR reads it, its stop lost or its "ll" read as figures: a former
    # collection, never the collector
    ("Musterdorf\n3.VI.1938\nG. Fictus\n\nex coll L.Samplewood", "G. Fictus"),
    ("Sampleton\n12.vi.1931\nEx col1. K. Muster\nleg. J. Beispiel", "J. Beispiel"),
    ("Probeham\n20.V.1911\nleg. A. Exempel\n\nEx co11. R. Tester", "A. Exempel"),
    (
        "Sampleton\n4.vii.1932\nK. Muster\n\nex co11.\nJ. Beispiel\n\nBrit. Mus.\n1950-321",
        "K. Muster",
    ),
]


@pytest.mark.parametrize(("text", "expected"), EX_COLL_MISREAD)
def test_misread_ex_coll_is_a_donor(text: str, expected: str) -> None:
    assert value(text) == expected


LOST_STOPS_IN_KEYS = [
    # "leg. et det." with its stops lost
    (
        "Poa probata L.\nSampleton Moor\nleg et det J. Beispiel\n20.6.1905",
        "recordedBy",
        "J. Beispiel",
    ),
    ("Exampla minor L.\nProbeham\nleg. et det K. Muster\n1905", "recordedBy", "K. Muster"),
    ("Exampla minor L.\nProbeham\nleg et det K. Muster\n1905", "identifiedBy", "K. Muster"),
    # the OCR's "1" or "I" for the "l" of "leg", its stop lost before the shared key
    ("Exampla minor L.\nProbeham\n1eg et det W. Testfield\n3.8.1936", "recordedBy", "W. Testfield"),
    ("Exampla minor L.\nProbeham\nIeg & det K. Muster\n1936", "recordedBy", "K. Muster"),
    # "dct.": the OCR's "c" for the "e" of a lower-case "det."
    (
        "Exampla minor L.\nProvstad\nleg. K. Muster\n12.6.1931\ndct. J. Beispiel 1960",
        "identifiedBy",
        "J. Beispiel",
    ),
    # "N0.": the OCR's figure for the "o" of "No."
    ("Exampla minor L.\nSampleton\nK. Muster N0. 4412\n1931", "recordNumber", "4412"),
    (
        "Exampla minor L.\nCollectors: K. Muster, J. Beispiel\nN0. 334\nMay 4, 1960",
        "recordNumber",
        "334",
    ),
]


@pytest.mark.parametrize(("text", "term", "expected"), LOST_STOPS_IN_KEYS)
def test_keys_as_the_ocr_reads_them(text: str, term: str, expected: str) -> None:
    assert value(text, term) == expected


BARE_INITIAL_UNDER_DATE = [
    # a name under the date whose initials lost their stops: read, doubted
    ("Sampleton\n4.vii.1932\nK Muster", "K Muster"),
    (
        "SAMPLETON\n7.VIII.1964\nJ Beispiel\n\nFormica sampla For.\nDet. 1970 K. Muster",
        "J Beispiel",
    ),
    ("Probeham\n12.v.1922\nJ R BEISPIEL", "J R BEISPIEL"),
]


@pytest.mark.parametrize(("text", "expected"), BARE_INITIAL_UNDER_DATE)
def test_bare_initial_under_date(text: str, expected: str) -> None:
    got = field(text, "recordedBy")
    assert got is not None
    assert (got.value, got.confidence < 0.9) == (expected, True)


NO_BARE_INITIAL_NAME = [
    # a bearing and a place, or the place's word again: nobody
    "Sampleton\n4.vii.1932\nN Sampleton",
    "Sampleton\n4.vii.1932\nA Sampleton",
    "Sampleton\n4.vii.1932\nW Probeham",
]


@pytest.mark.parametrize("text", NO_BARE_INITIAL_NAME)
def test_no_bare_initial_place(text: str) -> None:
    assert value(text) is None


BARE_INITIAL_UNDER_KEY = [
    # the determiner on the line under the key, the initials' stops lost
    (
        "Sampleton\nVII-4-54\nA. Exempel\nCollector\n\nExampla minor\nDct.by '68\nK Muster",
        "K Muster",
    ),
    ("Exampla minor\nDet. by\nJ R Beispiel 1970", "J R Beispiel"),
    ("Exampla minor\nDet.\nS K Muster", "S K Muster"),
    # a bearing and a place under the key: nobody
    ("Exampla minor\nDet.\nN Sampleton", None),
]


@pytest.mark.parametrize(("text", "expected"), BARE_INITIAL_UNDER_KEY)
def test_bare_initial_under_det_key(text: str, expected: str | None) -> None:
    assert value(text, "identifiedBy") == expected


SIGNER_OVER_YEAR = [
    # a printed slip's form whose signer and year stand on lines of their own
    (
        "ANNOTATION LABEL\nCarex probata Exempel\nJ. Beispiel\n2011\n\n"
        "Carex sampla L.\nProbeham fen\nJune 1960\nColl. R. Muster 88",
        ("J. Beispiel", "2011"),
    ),
    (
        "ANNOTATION LABEL\nExampla minor (L.) Muster\nH. Sampleva\n12.iii.1999",
        ("H. Sampleva", "1999-03-12"),
    ),
    # a place under the name, no person: no signer
    ("ANNOTATION LABEL\nCarex probata Exempel\nSampleton\n2011", (None, "2011")),
]


@pytest.mark.parametrize(("text", "expected"), SIGNER_OVER_YEAR)
def test_signer_over_year(text: str, expected: tuple[str | None, str]) -> None:
    assert (value(text, "identifiedBy"), value(text, "dateIdentified")) == expected
