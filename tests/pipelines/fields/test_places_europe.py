"""The locality on European herbarium sheets: an old sheet's place alone under its name, the
extent keyers take, and the blocks whose extent is uncertain (invented strings of real shapes)."""

from __future__ import annotations

import pytest

from pipelines.fields import extract_fields, labels_from_text
from pipelines.fields.places import EXTENT_UNCERTAIN


def locality(text: str) -> str | None:
    found = extract_fields(labels_from_text(text)).get("verbatimLocality")
    return found.value if found is not None else None


TAKEN = [
    # an old sheet's label: the name and its author above the place, the year after it
    ("Aster exemplaris\nK . Muster .\nFort Exempel 1833\n\nMax Pr. v Beispiel", "Fort Exempel"),
    # the family and the genus above the place, the month and year below it
    ("Exemplaceae\n5\nExempla\nBeeby Hills\nOctober 1874\n\nExempla beispielii", "Beeby Hills"),
    # a reference's citation is no place; the place before its date on another label
    (
        "Fide:\nChecklist and Bibl. of\nExemplaceae: 12 (2001\nK. De Muster 2005\n\n"
        "EXEMPLA sept 1918\ncoll MUSTER",
        "EXEMPLA",
    ),
    # a society's distribution heads the label: the place is under the name
    (
        "Association exemplaire n°12\n1885 - 1886\nRubus exemplaris K . Muster\nLe Exemple\n"
        "14 . 6 . 1886\nLeg . : Beispiel",
        "Le Exemple",
    ),
    # a German relation of places, the hyphen set apart closed
    (
        "Aus bus Muster\n\nExemplgebirge , Beispiel - Alm unterhalb Gr . Musterkopf\n\n"
        "K. Muster , Basel\n\n30 . Juni 1979",
        "Exemplgebirge, Beispiel-Alm unterhalb Gr. Musterkopf",
    ),
    # the form's old region left out; the names after ";" go on
    (
        "Archipel. Ind . : Exempla ; res. Beeby\nCeeton, Deeby.\nherb, 2 m high.\n"
        "Dat. 28/9-'48.\nLeg. K. Muster",
        "Exempla; res. Beeby\nCeeton, Deeby.",
    ),
    # the form's island key above the locality key: given with its key, as keyers do
    (
        "Familia : Exemplaceae\nInsula : Pulau Exempla ( Beispieleiland )\n"
        "Loc . : W of Tg . Muster\nHabitatio :\nForest.",
        "Insula: Pulau Exempla (Beispieleiland) W of Tg. Muster",
    ),
    # the habitat's sentence on the block's last line is the habitat's field
    (
        "District: Exemplia. East Beispiel, 1 km NE of Exempeldorf, Batu Muster.\n"
        "Lowland forest beside a brook.\nSep 8, 2003",
        "District: Exemplia. East Beispiel, 1 km NE of Exempeldorf, Batu Muster.",
    ),
    # a sentence opening like a name ("Bajando hacia") stays; the altitude and the plant's
    # description in Spanish do not
    (
        "Provincia : Exemplo , Barrio Beispiel\nBajando hacia el Cerro Muster .\n1200 m\n"
        "Arbolito de 3 m . Hojas rojizas\narriba . Flores blancas",
        "Provincia: Exemplo, Barrio Beispiel\nBajando hacia el Cerro Muster.",
    ),
    # a collection's number before the place's name
    ("Aus bus Muster\n\n703 Beeby River\n\nK. Muster\n12.VI.1931", "Beeby River"),
]


@pytest.mark.parametrize(("text", "expected"), TAKEN)
def test_locality_taken(text: str, expected: str) -> None:
    assert locality(text) == expected


NOT_TAKEN = [
    # a prince's name: "Pr." in the middle of a line is no preposition
    ("Max Pr. v Beispiel\n\nAus bus", "Max Pr. v Beispiel"),
    # a series' title with its editor
    (
        "K. Muster, Flora von Exemplarien.\n\nNo 12. Aus bus Muster\n\nBeeby, Urwaldgebiet.\n1899",
        "K. Muster, Flora von Exemplarien.",
    ),
    # a type's word as OCR splits it under the country's name
    ("COSTA EXEMPLA\nIsot pe\nExemplaceae\n\nAus bus\n12 May 1990", "COSTA EXEMPLA\nIsot pe"),
    # a reference's citation
    ("Fide:\nChecklist of Exemplaceae: 12 (2001)\nK. Muster 2005", "Checklist of Exemplaceae"),
    # an exsiccata's running number and name, an infraspecific epithet
    ("Exempla Beispiel\nf. brevicauda\n180. Aus bus. Ell!\nBeeby Hills", "Aus bus"),
]


@pytest.mark.parametrize(("text", "wrong"), NOT_TAKEN)
def test_not_taken(text: str, wrong: str) -> None:
    assert wrong not in (locality(text) or "")


def test_form_with_empty_locality_key_is_doubted() -> None:
    """A form whose locality key was read without a value: any block is a guess, flagged and
    kept low."""
    text = (
        "Vern.\nIsland\nN. Exempla\nLoc.\n\nHabitat sandy places, 3-10 m.\n"
        "Notes Beeby, bei Ceeton,\nsunny places."
    )
    found = extract_fields(labels_from_text(text))["verbatimLocality"]
    assert EXTENT_UNCERTAIN in found.flags
    assert found.confidence <= 0.4


def test_block_over_a_claimed_date_is_doubted() -> None:
    """A date claimed by the date parser inside the block: the block may run over it."""
    text = "Juin 1841. - Prés et fossés\nombragés.\nNs Muster. Exempelstadt, Beispielland"
    found = extract_fields(labels_from_text(text))["verbatimLocality"]
    assert found.flags == [EXTENT_UNCERTAIN]
    assert found.confidence <= 0.4


def test_clear_block_is_not_doubted() -> None:
    found = extract_fields(labels_from_text("Aus bus L.\n\nExempelstadt bei Beeby, Beispielland"))
    assert found["verbatimLocality"].value == "Exempelstadt bei Beeby, Beispielland"
    assert found["verbatimLocality"].flags == []
