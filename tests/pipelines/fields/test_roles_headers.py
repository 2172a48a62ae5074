"""Institutions' printed names in the labels' languages, stamps printed as forms, citations and
type labels, on invented labels: their places, dates and people are never the specimen's."""

from __future__ import annotations

import pytest

from pipelines.fields import extract_fields, labels_from_text
from pipelines.fields.institution_names import institution_name
from pipelines.fields.roles import Role, affiliation_lines, label_roles
from pipelines.fields.text import is_header, is_institution, make_labels


def _roles(text: str) -> list[Role]:
    roles = label_roles(make_labels(labels_from_text(text)))
    return [roles[i] for i in sorted(roles)]


def _values(text: str) -> dict[str, str]:
    return {k: v.value for k, v in extract_fields(labels_from_text(text)).items()}


@pytest.mark.parametrize(
    "line",
    [
        "EXEMPLI NSV TA ZOOLOOGIA JA BOTAANIKA INSTITUUDI HERBAARIUM",
        "SAMPLETONI ÜLIKOOLI HERBAARIUM",
        "ГЕРБАРИЙ БОТАНИЧЕСКОГО ИНСТИТУТА",
        "Гербарий Ботанического института",
        "ИНСТИТУТ БОТАНИКИ",
        "ROYAL BOTANIC GARDENS, SAMPLETON",
        "Botanischer Garten und Botanisches Museum Beispielstadt-Nord",
        "Zoologisches Museum Beispielstadt",
        "Naturhistorisches Museum Beispielstadt",
        "Universität Beispielstadt",
        "HERBARIUM OF THE EXAMPLE MUSEUM",
        "FIELD MUSEUM OF NATURAL HISTORY",
        "Rijksmuseum voor Natuurlijke Historie Sampleton",
        "Naturhistoriska riksmuseet",
        "Muséum national d'Histoire naturelle",
        "Musée d'Histoire Naturelle de Sampleville",
        "UNIVERSITAS EXEMPLI",
        "Herbarium der Kaiserlichen Universität Sampleburg",
        "Гербарий Образцовского государственного университета",
        "Universitäts-Herbarium Sampleburg",
        "Sampleton Riiklik Ülikool",
        "Conservatoire et Jardin botaniques de Sampleville",
        "Magyar Természettudományi Múzeum",
        "Botanische Staatssammlung Sampelstadt",
        "Muzeum Przyrodnicze Przykładowo",
        # the learned societies and exchange clubs that distributed sets
        "BOTANICAL SOCIETY OF THE EXAMPLE ISLES",
        "Watson Botanical Exchange Club",
        "Sampleton Natural History Society",
        "Société botanique de Sampleville",
        "Societas pro Fauna et Flora Exemplica",
        "Botanischer Verein der Provinz Beispielland",
        "Exempla Loodusuurijate Selts",
        # a Russian herbarium's name in Latin letters
        "GERBARIJ BOTANICHESKOGO INSTITUTA",
    ],
)
def test_institution_names(line: str) -> None:
    assert institution_name(line)


@pytest.mark.parametrize(
    "line",
    [
        # a word of the table's anywhere rows, whatever else the line holds
        "Herbarium No. 12345",
        "Department of Botany, Sampleton",
        "Digitisation supported by the Example Trust, 2014",
        "U.S. Forest Service, Region 9",
        "Colegio Exemplar, 1950",
        "Universite de Sampleville",
        # the shapes the pattern keeps beside the words
        "Coll. Mus. Exampleland",
        "ACME OPTICAL CO.",
        "SAMPLETON BOTANICA!  GAR",
        "Jardín Botánico Exemplar",
    ],
)
def test_institution_lines(line: str) -> None:
    assert is_institution(line)


@pytest.mark.parametrize(
    "line",
    [
        "Sampleton, 12 May 1930",
        "Servicetown Creek",
        "in pratis humidis",
        "Museumsinsel 4",
        # a Latin American department is a state
        "Dept. Exemplo, Prov. Muestra",
    ],
)
def test_lines_naming_no_institution(line: str) -> None:
    assert not is_institution(line)


@pytest.mark.parametrize(
    "line",
    [
        "Museum Road, Sampleton",
        "Sampleton, near University of Exampleton campus",
        "Near Exampleton Museum, roadside",
        "Cult. in Royal Botanic Garden Sampleton",
        "Grounds of Sampleton University",
        "bei dem Museum in Beispielstadt",
        "Exampleshire Co.: 3 mi N of Sampleton, along Museum Road",
        "Sampleton, 12 May 1930",
        "Ленинградская обл., около музея",
        "Sampleton ülikooli botaanikaaias",
        "Sampleton ülikooli juures",
        # an archipelago named after a society is a place
        "Society Islands",
        "Society Is., Sampleton",
        "в саду Ботанического института",
        "Sampleton yliopiston puutarhassa",
        "окр. музея-усадьбы Образцово",
        # a sentence of the data label runs through the line
        "Capital:Hortus Botanicus Exemplar:",
        "Distrito Capital; Hortus Botanicus Exemplar,",
        "del Museo Exemplar y Aula Muestra.",
    ],
)
def test_places_named_after_institutions(line: str) -> None:
    assert not institution_name(line)


@pytest.mark.parametrize(
    "text",
    [
        "EXEMPLI NSV TA ZOOLOOGIA JA BOTAANIKA INSTITUUDI HERBAARIUM",
        "ГЕРБАРИЙ БОТАНИЧЕСКОГО ИНСТИТУТА АН СССР",
        "HERB. HORT. SAMPL.",
        "ROYAL BOTANIC GARDENS, SAMPLETON",
        "Botanischer Garten und Botanisches Museum Beispielstadt-Nord",
        "SAMPLETONI ÜLIKOOLI HERBAARIUM",
        "Published in Fieldiana, Bot. 12: 34. 1935",
        "EXMP NEGATIVE\nNo. 12345\nDATE\nINIT.\n- - JUN 1980",
        "ACCESSION\nNo. 4512\nDate 12.v.1931",
        "Sent to SAMPL for det.\n1962",
        "Received from K. Muster\n12/3/1931",
    ],
)
def test_header_and_stamp_labels_are_curatorial(text: str) -> None:
    assert _roles(text) == [Role.curatorial]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("TYPE\nExampla nova Beisp.", Role.determination),
        ("Type specimen", Role.determination),
        ("Isolectotypus\nExampla nova Muster", Role.determination),
        ("Голотип\nExampla rossica Muster", Role.determination),
        ("NEOTYPE\nExampla nova Muster\ndet. K. Muster 1990", Role.determination),
        # a data label that opens with a stamp's word goes on with a place and its collector
        ("Received from K. Muster\nSampleton, Exampleshire\n12 May 1930", Role.data),
        ("Accession of 1931\nSampleton, in woods\nleg. K. Muster", Role.data),
        # a header with a taxon's name on its line (US forms) stays the data label's
        ("Lakeside State College Herbarium (LSC) Exampla ornata (Muster)", Role.data),
        ("Museum Road, Sampleton\n12 May 1930\nK. Muster 5", Role.data),
        # determiners' cues in the labels' languages
        ("Опр. И. Иванов, 1975", Role.determination),
        ("Определила А. Петрова 1968", Role.determination),
        ("Annotated by K. Muster 1990\nExampla ornata", Role.determination),
        ("Määranud K. Muster 1971", Role.determination),
        # a collector's estate, bought or given: the herbarium the sheet came from
        ("Nachlass K. Muster\nAnkauf 1931", Role.donor),
        ("aus dem Nachlass von K. Muster", Role.donor),
        ("Succession J. Exemple", Role.donor),
        # a name only the lexicon knows above the data: the lines an address would take are
        # not a stamp's, and the label stays the data label
        (
            "Museum für Naturkunde\nder Beispiel-Universität zu Sampleburg\nExampla\nSampledorf\n1930",
            Role.data,
        ),
    ],
)
def test_roles_of_slips_and_data(text: str, role: Role) -> None:
    assert _roles(text) == [role]


@pytest.mark.parametrize(
    "text",
    [
        # the header as a label of its own, or as the data label's first line
        "EXEMPLI NSV TA ZOOLOOGIA JA BOTAANIKA INSTITUUDI HERBAARIUM\n\nCarex exempla L.\n"
        "Näidisküla, niiskel niidul\n12. VI 1961\nKog. K. Muster",
        "EXEMPLI NSV TA ZOOLOOGIA JA BOTAANIKA INSTITUUDI HERBAARIUM\nCarex exempla L.\n"
        "Näidisküla, niiskel niidul\n12. VI 1961\nKog. K. Muster",
        "ГЕРБАРИЙ БОТАНИЧЕСКОГО ИНСТИТУТА АН СССР\n\nОбразцово, берег реки\n15 VII 1958\n"
        "Собрал И. Иванов",
    ],
)
def test_header_is_no_locality(text: str) -> None:
    loc = _values(text).get("verbatimLocality", "")
    assert "HERBAARIUM" not in loc and "ГЕРБАРИЙ" not in loc


def test_header_address_is_no_country() -> None:
    # an institution's name only the lexicon knows, its address under it
    text = (
        "UNIVERSITAS EXEMPLI\nHERBARIUM FACULTATIS\nSAMPLETON, INDONESIA\n\n"
        "Sampleton Hills, 900 m\nK. Muster 12, 12.v.1957"
    )
    assert _values(text).get("country") != "Indonesia"


def test_stamp_form_date_is_not_the_collection_date() -> None:
    text = "EXMP NEGATIVE\nNo. 12345\nDATE\nINIT.\n- - JUN 1980\n\nExampla\nSampleton\nK. Muster 5"
    assert "eventDate" not in _values(text)


def test_citation_year_is_not_the_collection_date() -> None:
    text = (
        "Published in Fieldiana, Bot. 12: 34. 1935\n\nExampla ornata Muster\nSampleton\nK. Muster"
    )
    assert "eventDate" not in _values(text)


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("Määras K. Muster 1971\nEXEMPLI NSV TA Zooloogia ja Botaanika Instituut", [1]),
        ("Определил И. Иванов 1975\nБотанический институт АН СССР", [1]),
        # a place under the determiner is no institution's
        ("Опр. И. Иванов 1971\nОбразцово, около музея", []),
    ],
)
def test_a_slips_affiliation_in_any_language(text: str, lines: list[int]) -> None:
    assert affiliation_lines(make_labels(labels_from_text(text))[0]) == lines


def test_a_place_run_through_a_garden_stays_the_locality() -> None:
    text = (
        "JARDIN BOTANICO EXEMPLAR\nSAMPLETON, REPUBLICA EXEMPLAR\n\n"
        "Exampla vulgaris L.\nRepública Exemplar:Provincia\nCentral:Hortus Botanicus Exemplar:\n"
        "Plantas sembradas junto al patio\ndel Museo y Aula Muestra.\n9 de Mayo, 1983.\nK. Muster"
    )
    loc = _values(text).get("verbatimLocality", "")
    assert loc.startswith("República Exemplar:Provincia\nCentral:Hortus Botanicus Exemplar")


def test_an_exsiccatas_notes_title_is_no_locality() -> None:
    text = "Schedae ad Floram Exemplicam exsiccatam\nNo. 567\nExampla fennica Muster\n1931"
    assert "verbatimLocality" not in _values(text)


def test_a_locality_with_a_short_word_a_cue_begins_with_is_typical() -> None:
    # "nach" begins "Nachlass" (a donor's cue): the word is no cue cut short
    from models.fields import Evidence, FieldCandidate
    from pipelines.confidence.consistency import atypical

    value = "Umgebung von Sampeldorf, am Wege nach Beispielsdorf"
    cand = FieldCandidate(
        term="verbatimLocality",
        value=value,
        confidence=0.9,
        evidence=Evidence(text=value, rule="locality.keyword"),
    )
    assert atypical(cand) == 0.0


def test_a_russian_herbariums_number_in_latin_letters_is_no_field_number() -> None:
    text = "Gerbarij № 4567\nExampla rossica\nСобрал И. Иванов 12.VI.1958"
    assert "recordNumber" not in _values(text)


@pytest.mark.parametrize(
    ("text", "doubted"),
    [
        # a name without a key signing a determination slip: the reviser as often as a collector
        ("Exampla minor\nRev. J. Beispiel 1990", True),
        # a collector's key on the slip names the collector
        ("Exampla minor\nleg. et det. K. Muster 1990", False),
        # a reverend on the data label
        ("Sampleton Heath\nJune 1899\nRev. J. Beispiel", False),
    ],
)
def test_a_name_signing_a_determination_slip_is_a_doubtful_collector(
    text: str, doubted: bool
) -> None:
    got = extract_fields(labels_from_text(text))["recordedBy"]
    assert ("signed_slip" in got.flags) == doubted


@pytest.mark.parametrize(
    ("line", "header"),
    [
        # a header's first word with one letter misread by the OCR, or printed with a ligature
        ("Plonts of Exampla County", True),
        ("Plora Exemplica", True),
        ("BRYOFHYTES OF SAMPLE PARK", True),
        ("Plantæ Exemplenses", True),
        # a form's key, a place, a short word: no header
        ("Planta: Exemplia sampleana", False),
        ("Flores, Sampleton", False),
        ("Plots near Sampleton", False),
        ("Sampleton Heath", False),
    ],
)
def test_a_header_read_with_one_letter_wrong(line: str, header: bool) -> None:
    assert is_header(line) == header
