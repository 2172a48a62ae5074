"""Shapes of the locality and the habitat: the site's line under the place in the Latin,
Italian, Portuguese and Spanish of Mediterranean and 19th-century sheets ("in rupestribus calc.",
"luoghi aridi", "Sítios pedregosos"), a height before or after the site on its line ("1800 m,
mossy forest", "Rainforest, 900 m alt.", "boschi di leccio, m 300"), and the plant's form and
how common it is before a relation left open at the line's end (invented strings of real
shapes)."""

from __future__ import annotations

import pytest

from pipelines.fields.places.asides import altitude_line
from pipelines.fields.places.habitat_phrases import habitat_line, name_carried
from pipelines.fields.places.lines import DATE_LINE, place_after_growth, site_start
from tests.pipelines.fields.parsed import value

LOCALITIES = [
    # a station's line under the place, in Latin, Italian, Portuguese and Spanish
    ("Viola exempla L.\ncirca Sampleton\nin pascuis\nApr. 1840", "circa Sampleton"),
    (
        "Sierra de Exampla, pr. Sampleto\nin rupestribus calc.\nleg. K. Muster\nJun. 1925",
        "Sierra de Exampla, pr. Sampleto",
    ),
    (
        "presso Sampleto (Toscana)\nluoghi aridi\nleg. K. Muster\nMaggio 1880",
        "presso Sampleto (Toscana)",
    ),
    (
        "Serra da Exampla: arredores de Sampleto\nSítios pedregosos\nleg. A. Exempel n.º 456",
        "Serra da Exampla: arredores de Sampleto",
    ),
    (
        "Sicilia: Exampla, presso il fiume Sampla\nSiepi\nleg. K. Muster\nApr. 1905",
        "Sicilia: Exampla, presso il fiume Sampla",
    ),
    (
        "Portugal: Beira Litoral, Sampleto, pr. Exampla\nPinhal\nLeg. A. Exempel 789\n12.IV.1950",
        "Portugal: Beira Litoral, Sampleto, pr. Exampla",
    ),
    # the site's line with its height after it, the unit first as Italian sheets write it
    (
        "ITALIA - Lazio\nlungo il torrente Sampla, presso Exampla\nboschi di leccio, m 300\n"
        "leg. A. Exempel 14.5.1960",
        "ITALIA-Lazio\nlungo il torrente Sampla, presso Exampla",
    ),
    (
        "Qld: Exampla Range\nRainforest, 900 m alt.\nJ. Beispiel 567\n3.iv.1968",
        "Qld: Exampla Range",
    ),
    # the height first, then the site
    (
        "Borneo: Sampleton, Mt. Exampla\n1800 m, mossy forest\nK. Muster 4567\n23 Aug 1932",
        "Borneo: Sampleton, Mt. Exampla",
    ),
    (
        "Uganda: Exampla Distr., Sampleton Forest\n1500 m, forest edge\nColl. K. Muster 112",
        "Uganda: Exampla Distr., Sampleton Forest",
    ),
    # the plant's form, how common it is and where, a relation left open at the line's end: the
    # place on the next line is the locality
    (
        "Herbaceous, creeping; frequent in open pastures, near\nVega del Ejemplo.",
        "near\nVega del Ejemplo.",
    ),
    # an old sheet's "Hab." with the station on its line, the place after a preposition on the
    # next
    (
        "Hab. in rupibus calcareis\nprope Sampleton\nleg. J. Beispiel\nJul. 1870",
        "prope Sampleton",
    ),
    # the preposition left open at the end of the "Hab." line, the place's name under it
    ("Hab. in silvis prope\nSampleton\nleg. K. Muster\n1850", "prope\nSampleton"),
    # a pin as the OCR reads it: the region's name, the height's figures and the year misread
    # (the "l" for an "I" in its capitals mended)
    ("SlKKlM\nSampleton\n7OOO ft.\nV.l912", "SIKKIM\nSampleton"),
    (
        "MALAYA: PAHANG\nCAMERON HIGHLANDS\n5OOO FT.\nl4.iv.l936",
        "MALAYA: PAHANG\nCAMERON HIGHLANDS",
    ),
    # Latin nouns of place in their cases, a noun shortened after the preposition
    (
        "Plantae Exemplicae\nIn montibus Exampla, ad fl. Sampla\nalt. 2500 m\nleg. K. Muster",
        "In montibus Exampla, ad fl. Sampla",
    ),
    ("Dintorni di Exampla\nleg. K. Muster\n1899", "Dintorni di Exampla"),
    # colonial German, French and Dutch sites under the place
    (
        "Deutsch-Ostafrika: Usambara, Sampleton\nim Regenwald, 1400 m\nleg. K. Muster n. 456",
        "Deutsch-Ostafrika: Usambara, Sampleton",
    ),
    (
        "Congo Belge: Kivu, env. de Exampla\nsavane boisée, alt. 1600 m\nleg. J. Beispiel 321",
        "Congo Belge: Kivu, env. de Exampla",
    ),
    (
        "Java: G. Exampla, Sampleton\n1500 m, in bosch\nleg. A. Exempel no. 77",
        "Java: G. Exampla, Sampleton",
    ),
    # the site's line in capitals: its ground's adjective, a small Latin word
    (
        "SIERRA DE EXAMPLA, PR. SAMPLETO\nROQUEDOS CALIZOS, 1800 M\nLEG. K. MUSTER 567",
        "SIERRA DE EXAMPLA, PR. SAMPLETO",
    ),
    (
        "GRAECIA\nIN MONTE EXAMPLA SUPRA SAMPLETO\nIN RUPIBUS\nLEG. J. BEISPIEL\nVI.1895",
        "GRAECIA\nIN MONTE EXAMPLA SUPRA SAMPLETO",
    ),
    # the plant's form and how common it is on the line under the place: no place
    (
        "Exampla Co.: Sampleton\nHerbaceous, creeping; frequent in open pastures\nK. Muster 15",
        "Sampleton",
    ),
    ("Shrub, erect; common in thickets near\nSampleton.\nK. Muster 12", "near\nSampleton."),
    # a place's name broken over a pin's lines before its site's noun: the name's, no site
    (
        "UGANDA: Exampla\nForest, 1300 m\nMV light\n10.xi.1992\nA. Exempel",
        "UGANDA: Exampla\nForest, 1300 m",
    ),
    # not cut: a place's name on the line under the place
    ("Prov. Exampla\nSampleton Hills\nleg. K. Muster", "Prov. Exampla\nSampleton Hills"),
]


@pytest.mark.parametrize(("text", "locality"), LOCALITIES)
def test_localities(text: str, locality: str) -> None:
    assert value(text, "verbatimLocality") == locality


HABITATS = [
    ("Viola exempla L.\ncirca Sampleton\nin pascuis\nApr. 1840", "in pascuis"),
    ("presso Sampleto (Toscana)\nluoghi aridi\nleg. K. Muster\nMaggio 1880", "luoghi aridi"),
    (
        "ITALIA - Lazio\nlungo il torrente Sampla, presso Exampla\nboschi di leccio, m 300\n"
        "leg. A. Exempel 14.5.1960",
        "boschi di leccio",
    ),
    ("Borneo: Sampleton, Mt. Exampla\n1800 m, mossy forest\nK. Muster 4567", "mossy forest"),
    (
        "Herbaceous, creeping; frequent in open pastures, near\nVega del Ejemplo.",
        "frequent in open pastures",
    ),
    (
        "Hab. in rupibus calcareis\nprope Sampleton\nleg. J. Beispiel\nJul. 1870",
        "in rupibus calcareis",
    ),
    ("Hab. in silvis prope\nSampleton\nleg. K. Muster\n1850", "in silvis"),
    (
        "Exampla Co.: Sampleton\nHerbaceous, creeping; frequent in open pastures\nK. Muster 15",
        "frequent in open pastures",
    ),
    ("UGANDA: Exampla\nForest, 1300 m\nMV light\n10.xi.1992\nA. Exempel", None),
]


@pytest.mark.parametrize(("text", "habitat"), HABITATS)
def test_habitats(text: str, habitat: str | None) -> None:
    assert value(text, "habitat") == habitat


@pytest.mark.parametrize(
    ("line", "site"),
    [
        ("in rupestribus calc.", True),
        ("In declivibus graminosis", True),
        ("Sítios pedregosos", True),
        ("pascoli sassosi", True),
        ("Rainforest, 900 m alt.", True),
        ("Pascoli, m. 1500 s.m.", True),
        ("1800 m, mossy forest", True),
        ("ROQUEDOS CALIZOS, 1800 M", True),
        ("IN RUPIBUS", True),
        ("IN SAMPLETON", False),
        ("alt. 6000 ft.; open scrub", True),
        # a place's name, a figure not a height
        ("Sampleton Forest", False),
        ("1800 m, Sampleton", False),
        ("K4 Sampleton", False),
    ],
)
def test_habitat_line(line: str, site: bool) -> None:
    assert habitat_line(line) == site


@pytest.mark.parametrize(
    ("line", "at"),
    [
        ("Herbaceous, creeping; frequent in open pastures, near", 49),
        ("Growing on rocks by stream near Beeby", 27),
        # the plant's form alone: no place after it
        ("Herbaceous, creeping; fl. white", None),
        # a relation open at the end of a line that does not describe the plant
        ("Sampleton Road, near", None),
    ],
)
def test_place_after_growth(line: str, at: int | None) -> None:
    assert place_after_growth(line) == at


def test_site_start_after_form() -> None:
    line = "Herbaceous, creeping; frequent in open pastures, near"
    assert line[site_start(line) :].startswith("frequent")


@pytest.mark.parametrize(
    ("line", "altitude"),
    [
        ("7OOO ft.", True),
        ("l0,OOO FT.", True),
        ("alt. 15OO m.", True),
        ("1500 m", True),
        ("Sampleton", False),
        ("Hill 5OO", False),
    ],
)
def test_altitude_line(line: str, altitude: bool) -> None:
    assert altitude_line(line) == altitude


@pytest.mark.parametrize(
    ("line", "dated"),
    [
        ("V.l912", True),
        ("JUNE l9l3", True),
        ("l2.v.l962", True),
        ("12.VI.1931", True),
        # no year: letters the OCR could not have read for figures
        ("Illo", False),
        ("Sampleton", False),
        ("K4 Sampleton", False),
    ],
)
def test_date_line(line: str, dated: bool) -> None:
    assert (DATE_LINE.search(line) is not None) == dated


@pytest.mark.parametrize(
    ("above", "line", "carried"),
    [
        ("UGANDA: Exampla", "Forest, 1300 m", True),
        ("Sampleton", "Heath", True),
        # the line above closed, or the site more than its noun
        ("Sampleton,", "Forest", False),
        ("UGANDA: Exampla", "Forest edge", False),
        ("UGANDA: Exampla", "Sampleton", False),
    ],
)
def test_name_carried(above: str, line: str, carried: bool) -> None:
    assert name_carried(above, line) == carried
