"""Collectors, numbers, determiners and names on the labels UK and European herbaria hold from
elsewhere (colonial and tropical sheets, Latin America, exsiccata and type labels), on invented
strings: what is taken, and what must not be."""

from __future__ import annotations

import pytest

from models.dwc import Term
from pipelines.fields import labels_from_text, parse_fields

RECORDED_BY = Term.recordedBy.value
NUMBER = Term.recordNumber.value


def fields(text: str) -> dict[str, tuple[str, list[str]]]:
    return {k: (c.value, list(c.flags)) for k, c in parse_fields(labels_from_text(text)).items()}


def value(text: str, term: str) -> str | None:
    got = fields(text).get(term)
    return got[0] if got else None


COLLECTORS = [
    # the Latin "lectum", "lecta" before the name, as old sheets print it
    (
        "Exampla alpina Willd.\nHab. in rupibus montis Exempli\nlectum K. Muster\nJul. 1890",
        "K. Muster",
    ),
    ("Exampla ornata L.\nIn monte Exemplo\nlecta K. Muster\n1888", "K. Muster"),
    # a form's key with its plural in brackets, Spanish and Portuguese
    ("Coletor(es): A. Exemplo & J. Beispiel\nExampla ornata Mart.", "A. Exemplo | J. Beispiel"),
    ("Colector(es): A. Exemplo\nExampla ornata Kunth", "A. Exemplo"),
    # the Malay patronymic and the Iban "anak" in a forest department's collector's name
    ("Dist. Sampleton\nExampla ornata L.\nColl. Abdul bin Exemplo 345", "Abdul bin Exemplo"),
    ("Sampleton\nExampla ornata L.\nColl. Jugah anak Exemplo 678", "Jugah anak Exemplo"),
    # the Malay "Mohd." before a given name, cut as old labels cut "Wilh."
    ("Exampla ornata Ridl.\nSampleton\nColl. Mohd. Nur 12345", "Mohd. Nur"),
    # a colonial officer's rank, kept with the name as other titles are
    ("Exampla ornata L.\nSampleton\nCol. Lt.-Col. K. Muster", "Lt.-Col. K. Muster"),
    # an insect label's collector's line in brackets, the key after the name
    ("PARATYPE\nExamplus ornatus Muster\nExampleland: Sampleton\n(K. Muster leg.)", "K. Muster"),
    # a natural order's or a family's header over the label is nobody's name
    ("N.O. Exampleaceae\nExampla ornata L.\nSampleton\nK. Muster", "K. Muster"),
]


@pytest.mark.parametrize(("text", "collector"), COLLECTORS)
def test_collectors(text: str, collector: str) -> None:
    assert value(text, RECORDED_BY) == collector


NO_COLLECTOR = [
    # a garden's distribution series, an expedition, an unnamed collector: no person (a native
    # collector on a line of its own is offered as printed, doubted:
    # test_people_det_forms_native_split_lines.py)
    "Exampla ornata L.\nKew Distribution No. 345\nSampleton",
    "Exampla ornata L.\nSampleton\nCollector: Anon.",
    "Exampla ornata L.\nLegit: Ignotus",
    "Exampla ornata L.\nColl.: Collector unknown",
    "GRAMINEAE\nExampla pratensis L.\nSampleton, roadside",
    # the date's key with the gathering's word: no collector's key
    "Exampla ornata Kunth\nFecha de colecta:\nSampleton",
    # the numbers' key after the collector's is no name
    "Exampla ornata L.\nColl. Nos. 1234-1236",
    # an expedition's or a survey's name after the key
    "Exampla ornata L.\nLeg. Exemplo Exped.",
    "Exampla ornata L.\nSampleton\nleg. K. Muster Survey",
    "Exampleland\nSampleton\nColl. Exemplo Mus.",
    # the Latin participle ending a habitat's sentence: the place below is no collector
    "Exampla ornata L.\nIn pratis lectum\nExempelberg",
]


@pytest.mark.parametrize("text", NO_COLLECTOR)
def test_no_collector(text: str) -> None:
    assert value(text, RECORDED_BY) is None


NUMBERS = [
    # the ordinal sign for the degree sign, and a form's key in full
    ("Exampla ornata Mart.\nleg. A. Exemplo nº 1234", "1234"),
    ("Colectado por: A. Exemplo\nNúm. de colecta: 1234\nExampla ornata Kunth", "1234"),
    ("Coletado por: A. Exemplo\nNúmero de coleta: 567\nExampla ornata Mart.", "567"),
    ("Exampla ornata Kunth\nNº de campo: 1234\nColector: A. Exemplo", "1234"),
    ("Exampla ornata Kunth\nNo. de colección: 1234\nColector: A. Exemplo", "1234"),
    ("Exampla ornata Kunth\nColector y número: A. Exemplo 1234", "1234"),
    ("Exampla ornata Kunth\nColecta: A. Exemplo 1234", "1234"),
    # "sine numero" as Spanish and Portuguese labels print it
    ("Exampla ornata Kunth\nCol. A. Exemplo s/nº", "s.n."),
    ("Exampla ornata Kunth\nLeg. A. Exemplo S/N", "s.n."),
    ("Col.: A. Exemplo s/n\nExampla ornata Kunth\n13/V/1980", "s.n."),
    # the collector's own number on a series' label is his
    ("LICHENES EXSICCATI\nExamplaria ornata (L.) Muster\nleg. K. Muster 345", "345"),
    # a flora's header and its number: no series
    ("FLORA OF EXEMPLIA\nNo. 4567\nExampla ornata L.\nSampleton, 1200 ft.\nK. Muster", "4567"),
]


@pytest.mark.parametrize(("text", "number"), NUMBERS)
def test_numbers(text: str, number: str) -> None:
    assert value(text, NUMBER) == number


NOT_FIELD_NUMBERS = [
    # a published catalogue's number, a garden's distribution number
    "N. Wallich\nCat. No. 1234\nExampla indica Wall.\nNapalia",
    "CAT. NO. 1234\nExampla ornata L.\nSampleton\nK. Muster",
    "Exampla ornata L.\nKew Distribution No. 345\nSampleton",
]


@pytest.mark.parametrize("text", NOT_FIELD_NUMBERS)
def test_not_field_numbers(text: str) -> None:
    assert value(text, NUMBER) is None


SERIES_NUMBERS = [
    (
        "FLORA EXEMPLI EXSICCATA\nNo. 123\nExampla ornata L.\n"
        "In pratis humidis prope Exampleburg\nmense Majo 1850\nleg. K. Muster",
        None,
    ),
    (
        "LICHENES EXEMPLI EXSICCATI\nFasc. III. No. 78\nExamplaria ornata (Ach.) Muster\n"
        "ad corticem Quercus, Sampleton\nleg. J. Beispiel",
        None,
    ),
    ("ITER EXEMPLICUM SECUNDUM\nNo. 234\nExampla ornata L.\nleg. K. Muster et J. Beispiel", "234"),
    ("Hepaticae Exempli exsiccatae\nNr. 56\nExamplia ornata (L.) Dum.\nlg. J. Beispiel", None),
]


@pytest.mark.parametrize(("text", "number"), SERIES_NUMBERS)
def test_series_numbers_doubted(text: str, number: str | None) -> None:
    """A number keyed on an exsiccata's label is the series' number: not kept (the keyers keep
    none); on an "Iter"'s label offered, but flagged, never as sure as a collector's."""
    got = parse_fields(labels_from_text(text)).get(NUMBER)
    if number is None:
        assert got is None
        return
    assert got is not None and got.value == number
    assert {"uncertain_number", "series_number"} <= set(got.flags)
    assert got.confidence < 0.9


DETERMINERS = [
    ("Determinación: A. Exemplo\nExampla ornata Kunth\nFecha det.: 1990", "A. Exemplo"),
    ("Identificado por: A. Exemplo, 1985\nExampla ornata Kunth", "A. Exemplo"),
    ("Exampla ornata Mart.\nDeterminação: J. Beispiel 1990", "J. Beispiel"),
    # a revision slip's key before the reviser's name and year, without "det.": no reverend
    ("Exampla ornata L.\nRev. J. Beispiel, 1972", "J. Beispiel"),
    ("Exampla ornata Mart.\nleg. A. Exemplo nº 1234\nDet. por J. Beispiel", "J. Beispiel"),
]


@pytest.mark.parametrize(("text", "determiner"), DETERMINERS)
def test_determiners(text: str, determiner: str) -> None:
    assert value(text, Term.identifiedBy.value) == determiner


def test_an_expedition_and_its_year_is_no_annotation() -> None:
    text = "Exampla ornata L.\nExemplia Exped. 1934\nK. Muster, J. Beispiel et al. 567"
    f = fields(text)
    assert Term.identifiedBy.value not in f
    assert f[RECORDED_BY][0] == "K. Muster | J. Beispiel"


def test_an_italian_word_is_no_determiners_key() -> None:
    """ "teste" (Latin "on the witness of", Italian "heads") is read as no key: a place on the
    next line would be taken for the determiner."""
    text = "Exampla ornata L.\nFiori in teste dense\nSampleton\nleg. K. Muster 12"
    assert value(text, Term.identifiedBy.value) is None


def test_a_doubted_determination_names_nobody() -> None:
    text = "Exampla ornata L. (det. dub.)\nK. Muster 12"
    f = fields(text)
    assert Term.identifiedBy.value not in f
    assert f[RECORDED_BY][0] == "K. Muster"


def test_a_place_and_its_year_is_no_annotation() -> None:
    """One word and a year under the name: a place's line as often as a signer's."""
    assert value("Exampla ornata L.\nSampleton 1850\nMuster", Term.identifiedBy.value) is None


def test_an_annotators_initials_still_read() -> None:
    f = fields("Exampla ornata L.\nKMB 1984")
    assert f[Term.identifiedBy.value][0] == "KMB"


NAMES = [
    ("Exampla ornata Muster in sched.\nSampleton", "Muster"),
    ("Exampla ornata Muster ms.\nSampleton", "Muster"),
    ("Exampla ornata Muster ined.\nSampleton", "Muster"),
    ("Exampla ornata Muster nom. nud.\nSampleton", "Muster"),
    # "in" before a second author stays
    ("Exampla ornata Muster in Beispiel\nSampleton", "Muster in Beispiel"),
]


@pytest.mark.parametrize(("text", "author"), NAMES)
def test_unpublished_names_read(text: str, author: str) -> None:
    f = fields(text)
    assert f[Term.scientificName.value][0] == "Exampla ornata"
    assert f[Term.scientificNameAuthorship.value][0] == author


def test_a_collectors_key_is_no_epithet() -> None:
    """ "Exemplo / lecta": a place's last word and the collector's key, no second taxon."""
    f = fields("Exampla ornata L.\nIn monte Exemplo\nlecta K. Muster\n1888")
    assert "several_taxa" not in f[Term.scientificName.value][1]


TYPES = [
    ("Lectotype designated by K. Muster 1980\nExampla ornata L.", "lectotype"),
    ("LECTOTYPUS (design. K. Muster 1985)\nExampla ornata L.", "lectotype"),
    ("Neotype selected by K. Muster\nExampla ornata L.", "neotype"),
    ("Holotype\nExampla musteri Beispiel", "holotype"),
]


@pytest.mark.parametrize(("text", "status"), TYPES)
def test_type_status(text: str, status: str) -> None:
    assert value(text, Term.typeStatus.value) == status


def test_a_type_word_inside_a_sentence_is_none() -> None:
    assert (
        value("Exampla ornata L.\nthe lectotype designated by Muster", Term.typeStatus.value)
        is None
    )


FORMS = [
    # "f." before a lower-case epithet after an author: the rank of a form, no filius
    (
        "Exampla ornata (L.) Muster f. alba Beispiel\nSampleton",
        "Exampla ornata f. alba",
        "Beispiel",
    ),
    ("Exampla ornata Hook. f.\nSampleton", "Exampla ornata", "Hook. f."),
    ("Exampla ornata Hook. f. var. minor Muster\nSampleton", "Exampla ornata var. minor", "Muster"),
]


@pytest.mark.parametrize(("text", "name", "author"), FORMS)
def test_form_or_filius(text: str, name: str, author: str) -> None:
    f = fields(text)
    assert f[Term.scientificName.value][0] == name
    assert f[Term.scientificNameAuthorship.value][0] == author
