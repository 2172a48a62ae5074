"""Shapes of the locality and the habitat (invented strings of real shapes): Field
Museum and Latin American sheets with their vegetation, US insect pins and lichen packets as the
OCR reads them, Baltic, Russian and Nordic sheets with the site closing the place's line."""

from __future__ import annotations

import pytest

from pipelines.fields.places.habitat_phrases import habitat_line
from tests.pipelines.fields.parsed import field, value

HABITATS = [
    # the site closing the place's line after its last comma, which keyers leave in the locality
    ("EESTI\nExampla muster L.\nTartumaa, Sampleküla, niit.\nLeg. K. Muster 12.VI.1958", "niit"),
    ("Exampla vald, Sampleküla küla, metsas.\nKog. J. Beispiel\n15.07.1965", "metsas"),
    ("Eesti NSV, Tartu raj., Exampla jõe kallas, lepik.\nLeg. A. Exempel  3.VIII.1970", "lepik"),
    ("EESTI NSV. HARJU RAJ., SAMPLEKÜLA METS, KUUSIK.\nKOG. A. EXEMPEL 1.VI.1975", "KUUSIK"),
    ("Эстония, Тартуский уезд, окр. д. Сэмплево, лес.\nСобр. К. Мустер  12.VI.1910", "лес"),
    ("Окр. г. Сэмплев, сосновый лес.\nСобр. К. Мустер 14.VII.1963", "сосновый лес"),
    (
        "Sa: Sampleby pitäjä, Exampla kylä, Sampleenjärvi, rannalla.\nLeg. J. Beispiel 3.VIII.1938",
        "rannalla",
    ),
    ("Sm. Sampleby socken, vid Exampla gård, betesmark.\nJ. Beispiel 4.7.1899", "betesmark"),
    ("Gotland, Sampleby sn, Exampla träsk, på kalkhäll.\nLeg. K. Muster 1947", "på kalkhäll"),
    (
        "BRASIL: Bahia: Mun. Sampleton, Fazenda Exampla, mata atlântica.\ncol. J. Beispiel 9876",
        "mata atlântica",
    ),
    (
        "BRASIL. GOIAS: MUN. SAMPLETON, CERCA DE 10 KM DE EXAMPLA, CERRADO.\nLEG. J. BEISPIEL 4321",
        "CERRADO",
    ),
    (
        "MEXICO: JALISCO: MPIO. SAMPLETON, 12 KM AL SW DE EXAMPLA, BOSQUE DE ENCINO.\n"
        "R. Sampleton 1590  3 Sep 1962",
        "BOSQUE DE ENCINO",
    ),
    ("LATVIJA\nRīgas apr., Sampleciems, pļava.\nLeg. K. Muster 12.VI.1936", "pļava"),
    ("Lietuva, Kauno apskr., Samplekaimis, miškas.\nLeg. J. Beispiel 3.VII.1938", "miškas"),
    ("Dalarna, Sampleby sn, vid Exampla sjön, sumpskog.\nleg. J. Beispiel 20.7.1944", "sumpskog"),
    # a lichen's substrate broken over the lines after "on"
    (
        "LICHENS OF WISCONSIN\nExampla muster (Ach.) Nyl.\nSampleton Co.: 3 mi. NE of Exampla, on\n"
        "bark of Acer saccharum.\nJ. Beispiel 3344  Sept. 12, 1964",
        "on bark of Acer saccharum.",
    ),
    # a Spanish site in capitals, its adjective after its noun, the height after it
    (
        "BOLIVIA: SANTA CRUZ: PROV. ICHILO:\nPARQUE NACIONAL EXAMPLA, SAMPLETON,\n"
        "BOSQUE HUMEDO, 400 M.\nJ. BEISPIEL 88  12 SEP 1990",
        "BOSQUE HUMEDO",
    ),
    ("Danmark. Sjælland: Sampleby, Exampla skov, bøgeskov.\nleg. J. Beispiel 3.6.1899", "bøgeskov"),
    # a Portuguese form's site key
    (
        "Exampla ornata Benth.\nLocal: Serra do Exampla, estrada para Sampleton, km 8.\n"
        "Ambiente: campo rupestre.\nColetor: J. Beispiel 345",
        "campo rupestre.",
    ),
    # the substrate's sentence before the place's
    (
        "LICHENS OF MISSOURI\nExampla muster (Ach.) Nyl.\nOn soil over limestone. Sampleton "
        "Bluffs, along Exampla River. Exampla Co.\nK. Muster 5678   May 5, 1990",
        "On soil over limestone",
    ),
    # a name broken by its hyphen over the lines, the site after its end
    (
        "Exampla muster L.\nProv. Exampla: Sample-\nton, ad ripas fluminis.\nleg. J. Beispiel 1888",
        "ad ripas fluminis",
    ),
    # the height after the site
    (
        "Bolivia: Depto. La Paz: 3 km arriba de Sampleton, selva nublada, 2400 m.\n"
        "Leg. K. Muster 556  22.X.1982",
        "selva nublada",
    ),
    # the vegetation on a line of its own under the place: the Andes' and in capitals
    (
        "COLOMBIA: Antioquia: Mpio. Sampleton, Cerro Exampla, 2800 m.\nPáramo.\n"
        "A. Exempel 4455   14 jul 1970",
        "Páramo.",
    ),
    (
        "HONDURAS: DEPT. MORAZAN: CERRO EXAMPLA, NEAR SAMPLETON, 1800 M.\nPINE-OAK FOREST.\n"
        "A. EXEMPEL 234  JAN. 12, 1951",
        "PINE-OAK FOREST.",
    ),
    (
        "ARGENTINA. Prov. Jujuy: Quebrada de Exampla, 2 km al E de Sampleton, 2900 m.\n"
        "Prepuna, ladera rocosa.\nLeg. J. Beispiel 778  12-I-1975",
        "Prepuna, ladera rocosa.",
    ),
]


@pytest.mark.parametrize(("text", "expected"), HABITATS)
def test_habitat(text: str, expected: str) -> None:
    assert value(text, "habitat") == expected


LOCALITIES = [
    # the vegetation's line under the place is no part of it
    (
        "COLOMBIA: Antioquia: Mpio. Sampleton, Cerro Exampla, 2800 m.\nPáramo.\n"
        "A. Exempel 4455   14 jul 1970",
        "COLOMBIA: Antioquia: Mpio. Sampleton, Cerro Exampla, 2800 m.",
    ),
    (
        "HONDURAS: DEPT. MORAZAN: CERRO EXAMPLA, NEAR SAMPLETON, 1800 M.\nPINE-OAK FOREST.\n"
        "A. EXEMPEL 234  JAN. 12, 1951",
        "HONDURAS: DEPT. MORAZAN: CERRO EXAMPLA, NEAR SAMPLETON, 1800 M.",
    ),
    (
        "LICHENS OF MISSOURI\nExampla muster (Ach.) Nyl.\nOn soil over limestone. Sampleton "
        "Bluffs, along Exampla River. Exampla Co.\nK. Muster 5678   May 5, 1990",
        "Sampleton Bluffs, along Exampla River. Exampla Co.",
    ),
    (
        "Exampla muster L.\nProv. Exampla: Sample-\nton, ad ripas fluminis.\nleg. J. Beispiel 1888",
        "Prov. Exampla: Sample-\nton",
    ),
    # a name and its author in capitals over the place: no part of it
    (
        "PLANTS OF EXAMPLIA\nEXAMPLA MINOR MUSTER\nSAMPLA PROVINCE: SAMPLETON,\n"
        "LIMESTONE CLIFFS, 1300 M.\nCOLL. K. MUSTER NO. 4321\nDATE 12.VIII.1966",
        "SAMPLA PROVINCE: SAMPLETON",
    ),
    # a pin's bearing under the distance: no person's initial and surname
    (
        "CALIF: Sampleton Co.\nExampla Cr., 4 mi\nN. Sampleton\nVII-14-1962\nK.Muster",
        "CALIF: Sampleton Co.\nExampla Cr., 4 mi\nN. Sampleton",
    ),
    (
        "CALIF:Sampleton Co.\nExampla Cr.,4mi\nN.Sampleton\nVII-l4-1962\nK.Muster\ncolr.",
        "CALIF:Sampleton Co.\nExampla Cr.,4mi\nN.Sampleton",
    ),
    # a preposition left open at a line's end: the name on the next line is the place's, its
    # site after a semicolon
    (
        "Flora de Costa Rica\nProv. Alajuela: Cantón de San Carlos,\norillas del Río Exampla, "
        "cerca de\nSampleton; bosque muy húmedo, 400 m.\nCol. J. Beispiel 1288",
        "Prov. Alajuela: Cantón de San Carlos,\norillas del Río Exampla, cerca de\nSampleton",
    ),
]


@pytest.mark.parametrize(("text", "expected"), LOCALITIES)
def test_locality(text: str, expected: str) -> None:
    assert value(text, "verbatimLocality") == expected


# A line in capitals is a site's only when all its words are a site's
@pytest.mark.parametrize(
    ("line", "site"),
    [
        ("PINE-OAK FOREST.", True),
        ("BOSQUE DE PINO", True),
        ("SELVA.", True),
        ("BOSQUE HUMEDO, 400 M.", True),
        ("SAMPLETON FOREST", False),
        ("PINE FOREST NEAR SAMPLETON", False),
        ("EXAMPLA STATE FOREST", False),
    ],
)
def test_habitat_line_in_capitals(line: str, site: bool) -> None:
    assert habitat_line(line) is site


def test_county_by_initials_is_doubted() -> None:
    # California has two counties "S.B." may stand for
    got = field("CALIF: S.B.Co.\nExampla Cyn.\nIV-2-1961\nJ. Beispiel col.", "county")
    assert got is not None
    assert got.value == "S.B."
    assert "initials_only" in got.flags
    assert got.confidence < 0.9


def test_county_keyword_with_a_zero() -> None:
    assert value("Sampleton C0.\n2 mi. W. Exampla\nV-15-1949\nJ. Beispiel", "county") == (
        "Sampleton"
    )


def test_site_not_taken_from_a_record_on_one_line() -> None:
    # the date and the collector after the site on its line: the line is a record, no habitat
    assert value("Exemplamaa, Sampla, niit; 12.VI.1956; K. Muster", "habitat") is None


@pytest.mark.parametrize(
    "text",
    [
        "Exampla muster L.\nSampleton Natl. Forest\nK. Muster 2345  June 3, 1960",
        "Exampla muster L.\nExampla Nat'l. Forest\nK. Muster 2345  June 3, 1960",
    ],
)
def test_forest_of_a_name_is_no_habitat(text: str) -> None:
    # the forest's word after a name's abbreviation names the place, no vegetation
    assert value(text, "habitat") is None
