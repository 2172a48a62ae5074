"""Field numbers with a stroke, double surnames in capitals broken over lines, a series' header
naming its collector beside a data label's collector, and the collectors, determiners and
numbers of Nordic, Baltic, Central and Eastern European and Latin American sheets.
Invented strings."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import value

STROKE_NUMBERS = [
    # a number and its sub-number or its year after a stroke: kept whole
    ("Carex exempla L.\nSampleton\nleg. K. Muster No. 78/112", "78/112"),
    ("Carex exempla L.\nSampleton\nK. Muster 78/112\n3.VII.1978", "78/112"),
    ("Carex exempla L.\nSampleton\nK. Muster 78/112, 12.VI.1978", "78/112"),
    ("Festuca exempla L.\nSampleton\nleg. J. Beispiel 45/1961\n12.6.1961", "45/1961"),
    ("Carex exempla L.\nSampleton\nK. Muster 1234/2", "1234/2"),
    ("Carex exempla L.\nSampleton\nColl. K. Muster No. 3/12", "3/12"),
    ("Carex exempla L.\nSampleton\nNo. 78/112", "78/112"),
    # a number, a stroke and the date: the number ("K. Muster no. 7136/17.7.1957")
    ("Exampla minor L.\nSampleton\nK. Muster no. 4321/17.7.1957", "4321"),
    ("Exampla minor L.\nSampleton\nK. Muster 4321/17.7.1957", "4321"),
    # no number, in Spanish and cut short: "s.n."
    ("Puya exempla L.\nDept. Huanuco\nLeg. K. Muster sin número", "s.n."),
    ("Puya exempla L.\nDept. Huanuco\nLeg. K. Muster s. num.", "s.n."),
    ("Puya exempla L.\nDept. Huanuco\nLeg. K. Muster SIN NUMERO", "s.n."),
    # a day and its month, a month and its year, a whole date: no number
    ("Carex exempla L.\nSampleton\nK. Muster 12/6/1961", None),
    ("Carex exempla L.\nSampleton\nleg. K. Muster 6/1961", None),
]


@pytest.mark.parametrize(("text", "expected"), STROKE_NUMBERS)
def test_stroke_numbers(text: str, expected: str | None) -> None:
    assert value(text, "recordNumber") == expected


BROKEN_CAPITALS = [
    # a double surname in capitals broken after its hyphen, an "0" for an "O" in its second part
    (
        "Viola exempla L.\nUppland, Sampleby\nCOLL. K. MUSTER-\nS0N 1234\n12 May 1965",
        "K. MUSTER-SON",
    ),
    ("Viola exempla L.\nUppland, Sampleby\nCOLL. K. MUSTER-\nBEISPIEL 1234", "K. MUSTER-BEISPIEL"),
    # a surname in small letters broken at the line's end: one word
    ("Viola exempla L.\nSampleby\nColl. K. Mus-\nter 1234", "K. Muster"),
]


@pytest.mark.parametrize(("text", "expected"), BROKEN_CAPITALS)
def test_broken_capitals(text: str, expected: str) -> None:
    assert value(text) == expected
    assert value(text, "recordNumber") == "1234"


HEADER_COLLECTORS = [
    # a series' header names its collector: kept where no data label names another
    (
        "PLANTS OF WESTERN EXAMPLIA COLLECTED BY K. MUSTER\nPrimula exempla L.\nSampleton Range\n"
        "June 1922\nNo. 4512",
        "K. MUSTER",
        "4512",
    ),
    # a data label's key names another: that one gathered the specimen
    (
        "PLANTS OF WESTERN EXAMPLIA COLLECTED BY K. MUSTER\n\nRhododendron sp.\nSampleton Range\n"
        "Coll. J. Beispiel 231\nMay 1925",
        "J. Beispiel",
        "231",
    ),
]


@pytest.mark.parametrize(("text", "collector", "number"), HEADER_COLLECTORS)
def test_header_collectors(text: str, collector: str, number: str) -> None:
    assert value(text) == collector
    assert value(text, "recordNumber") == number


COLLECTOR_KEYS = [
    # Danish and Norwegian "Saml." on the name's line; Finnish "ker." cut short
    ("Orchis exempla L.\nSjælland: Exempelskov\nSaml. J. Beispiel 23.5.1910", "J. Beispiel"),
    ("Ranunculus exempla L.\nKuusamo, Esimerkkijoki\n2.7.1961\nker. K. Muster 1456", "K. Muster"),
    # a letter with a stroke read bare ("zebral" for "zebrał"); the old Hungarian spelling;
    # Swedish "Saml. av"
    ("Carex exempla L.\nSampleton\nzebral K. Muster 1234", "K. Muster"),
    ("Carex exempla L.\nSampleton\nZEBRAL: K. MUSTER 1234", "K. MUSTER"),
    ("Carex exempla L.\nSampleton\nGyüjt. K. Muster 1234", "K. Muster"),
    ("Carex exempla L.\nSampleton\nSaml. av K. Muster 1234", "K. Muster"),
    # the keys in Ukrainian, Bulgarian, Romanian, Czech, German, Finnish and Danish plurals,
    # Hungarian "collected and named" (names in Cyrillic given in Latin letters)
    ("Carex exempla L.\nSampleton\nЗібрав: К. Мюстер", "K. Myuster"),
    ("Carex exempla L.\nSampleton\nСъбрал: К. Мюстер", "K. Myuster"),
    ("Carex exempla L.\nSampleton\nColectat: K. Muster", "K. Muster"),
    ("Carex exempla L.\nSampleton\nNasbíral: K. Muster", "K. Muster"),
    ("Carex exempla L.\nSampleton\nsammelte: K. Muster", "K. Muster"),
    ("Carex exempla L.\nSampleton\nKerääjät: K. Muster ja J. Beispiel", "K. Muster | J. Beispiel"),
    ("Carex exempla L.\nSampleton\nSamlere: K. Muster og J. Beispiel", "K. Muster | J. Beispiel"),
    ("Carex exempla L.\nSampleton\nGyűjtötte és határozta: K. Muster", "K. Muster"),
    # a son's or a father's mark after the surname, kept with it
    ("Carex exempla L.\nSampleton\nleg. K. Muster jun. 1234", "K. Muster jun."),
    ("Carex exempla L.\nSampleton\nK. Muster jun. 1234", "K. Muster jun."),
    ("Carex exempla L.\nSampleton\nSammler: Muster sen.", "Muster sen."),
    (
        "Carex exempla L.\nSampleton\nleg. K. Muster jun. & J. Beispiel",
        "K. Muster jun. | J. Beispiel",
    ),
    # "jun." before a year is June's
    ("Carex exempla L.\nSampleton\nleg. K. Muster jun. 1934", "K. Muster"),
]


@pytest.mark.parametrize(("text", "expected"), COLLECTOR_KEYS)
def test_collector_keys(text: str, expected: str) -> None:
    assert value(text) == expected


DETERMINER_KEYS = [
    # Czech and Slovak "urč." cut short; "teste" before a capitalised name on its line
    (
        "Pulsatilla exempla L.\nMoravia, Sampleton\nsbíral J. Beispiel 1955\nurč. K. Muster",
        "K. Muster",
    ),
    ("Carex exempla L.\nSampleton\nSammler: J. Beispiel\nteste K. Muster", "K. Muster"),
    ("Carex exempla L.\nSampleton\nleg. J. Beispiel\nВизначив: К. Мюстер", "K. Myuster"),
    ("Carex exempla L.\nSampleton\nleg. J. Beispiel\nDeterminat: K. Muster", "K. Muster"),
    # a revision's key before its colon, or shared with the determiner's
    ("Carex exempla L.\nSampleton\nleg. J. Beispiel 1234\nRev.: K. Muster 1990", "K. Muster"),
    ("Carex exempla L.\nSampleton\nleg. J. Beispiel 1234\nDet./Rev. K. Muster 1990", "K. Muster"),
    # the Italian word before small letters is no key
    ("Exampla ornata L.\nFiori in teste dense\nSampleton\nleg. K. Muster 12", None),
]


@pytest.mark.parametrize(("text", "expected"), DETERMINER_KEYS)
def test_determiner_keys(text: str, expected: str | None) -> None:
    assert value(text, "identifiedBy") == expected


NAMES = [
    # particles in capitals inside a name ("LA" no state there)
    ("Vriesea sp.\nBahia: Mun. Una\nCOL. M. EXEMPEL DE LA CRUZ 1234", "M. EXEMPEL DE LA CRUZ"),
    (
        "Vriesea sp.\nBahia: Mun. Una\nCOL. J. MUSTER BEISPIEL & M. EXEMPEL DE LA CRUZ 1234",
        "J. MUSTER BEISPIEL | M. EXEMPEL DE LA CRUZ",
    ),
    ("Vriesea sp.\nBahia\nCol. M. Exempel de los Santos 1234", "M. Exempel de los Santos"),
    # a suffix is no surname's start ("Sromowce")
    ("Carex exempla L.\nPieniny, Sromowce Niżne\nleg. K. Muster", "K. Muster"),
    ("Carex exempla L.\nSampleton\nleg. K. Muster Sr 1234", "K. Muster Sr"),
    # the transliterated Russian keys
    (
        "Rhodiola exempla L.\nKhibiny Mts.\nSOBRAL: JU. EXEMPELOV\nOPREDELIL: A. A. SAMPLEVA",
        "JU. EXEMPELOV",
    ),
    # a longer key opened by a key read on its line only
    ("Viola exempla L.\nDalarna, Exempelå sn\n18 juni 1899\nSaml. o. best. K. Muster", "K. Muster"),
]


@pytest.mark.parametrize(("text", "expected"), NAMES)
def test_names(text: str, expected: str) -> None:
    assert value(text) == expected


def test_transliterated_russian_determiner() -> None:
    text = "Rhodiola exempla L.\nKhibiny Mts.\nSOBRAL: JU. EXEMPELOV\nOPREDELIL: A. A. SAMPLEVA"
    assert value(text, "identifiedBy") == "A. A. SAMPLEVA"


_DATA = "Salix exempla L.\nAb: Turku, Sampleby\nleg. A. Exempel 1898\n\nSalix sampleana L.\n"

SLIPS = [
    # a revision's key and the reviser's name, the date with its day and month
    (_DATA + "Rev. J. Beispiel 12.3.1990", "J. Beispiel", "1990-03-12"),
    # a month in Roman figures glued to the year: no initial of the name
    (_DATA + "Rev. J. Beispiel V.1990", "J. Beispiel", "1990-05"),
    (_DATA + "J. Beispiel V.1990", "J. Beispiel", "1990-05"),
    (_DATA + "Det. K. Muster V.1987", "K. Muster", "1987-05"),
    # "confirm." (confirmavit)
    (_DATA + "confirm. J. Beispiel 1992", "J. Beispiel", "1992"),
]


@pytest.mark.parametrize(("text", "who", "when"), SLIPS)
def test_slips(text: str, who: str, when: str) -> None:
    assert value(text, "identifiedBy") == who
    assert value(text, "dateIdentified") == when


def test_country_no_binomial() -> None:
    """A museum's name ending in a country of two words is no plant's name."""
    text = "MUSEO NACIONAL DE COSTA RICA\nProv. Puntarenas, Osa\nInga sp.\nK. Muster, No. 3456"
    assert value(text, "scientificName") == "Inga"


BROKEN_LISTS = [
    # a surname broken at the line's end inside a list of collectors: the list runs on
    (
        "Carex exempla L.\nSampleton\nColl. K. Muster, J. Bei-\nspiel & A. Exempel 1234",
        "K. Muster | J. Beispiel | A. Exempel",
    ),
    ("Carex exempla L.\nSampleton\nleg. K. Mus-\nter & J. Beispiel", "K. Muster | J. Beispiel"),
    # a double surname broken after its hyphen, in small letters
    ("Carex exempla L.\nSampleton\nleg. A. A. Sampleva-\nExempel 45", "A. A. Sampleva-Exempel"),
    # a key alone on its line between a lone word and a name with initials: the name below
    ("Carex exempla L.\nSampleton\nleg.\nK. Muster\n1234", "K. Muster"),
    ("Carex exempla L.\nSampleton\nK. Muster\nleg.\n1234", "K. Muster"),
]


@pytest.mark.parametrize(("text", "expected"), BROKEN_LISTS)
def test_broken_lists(text: str, expected: str) -> None:
    assert value(text) == expected


ROMANISED_INITIALS = [
    # two Latin letters for one Cyrillic initial, on a name's line of its own above the year
    ("Gagea exempla L.\nGub. Exempelskaja\nJu. Exempelov\n1899", "Ju. Exempelov"),
    ("Gagea exempla L.\nGub. Exempelskaja\nYa. Exempelov\n12.V.1899", "Ya. Exempelov"),
    (
        "Carex exempla L.\nSampleton\nleg. Ju. Exempelov & A. A. Sampleva",
        "Ju. Exempelov | A. A. Sampleva",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROMANISED_INITIALS)
def test_romanised_initials(text: str, expected: str) -> None:
    assert value(text) == expected


_REVISED = "Carex exempla L.\nSampleton\nleg. K. Muster 1234\n\n"


@pytest.mark.parametrize(
    "slip",
    [
        "Det. J. Beispiel 1985\nRev. A. Exempel 1992",
        "Carex exempla L.\nDet. J. Beispiel 1985\nRev. A. Exempel 1992",
    ],
)
def test_revision_under_determination(slip: str) -> None:
    """ "Rev." capitalised with a name and a year under a determination: the reviser's, the
    latest, with its own year (no reverend)."""
    assert value(_REVISED + slip, "identifiedBy") == "A. Exempel"
    assert value(_REVISED + slip, "dateIdentified") == "1992"


def test_reverend_collector_stays() -> None:
    text = "Carex exempla L.\nSampleton\nRev. K. Muster 1234\n\nDet. J. Beispiel 1985"
    assert value(text) == "Rev. K. Muster"
    assert value(text, "identifiedBy") == "J. Beispiel"
