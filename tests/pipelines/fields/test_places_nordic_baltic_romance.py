"""Shapes of the locality: Nordic and Baltic labels (a parish's word, "sn", "pit.",
"par.", "pag.", "apyl.", a collector's key with its "by", the Finnish and Swedish national grids),
Russian ("близ", "около"), French, Italian and Iberian communes and keys ("commune de", "Départ.",
"Colhido por"), and Dutch and Indonesian labels (a forester's "bb." number, an expedition's
collector) (invented strings of real shapes)."""

from __future__ import annotations

import pytest

from pipelines.fields import extract_fields, labels_from_text
from pipelines.fields.places import EXTENT_UNCERTAIN
from pipelines.fields.places.asides import aside_line
from pipelines.fields.places.coordinates import before_national_grid, coordinates_line
from pipelines.fields.places.doubts import misread
from pipelines.fields.places.institutions import institution_header


def locality(text: str) -> str | None:
    cand = extract_fields(labels_from_text(text)).get("verbatimLocality")
    return None if cand is None else cand.value


TAKEN = [
    # a Swedish parish's "sn" and a Latin "par.": words of place
    (
        "Herbarium Exemplense\nAus bus L.\nUpl. Exempla sn, Sampleby, i lövskog.\n"
        "1935-07-12 leg. K. Muster",
        "Upl. Exempla sn, Sampleby, i lövskog.",
    ),
    (
        "Sk. Exempla par., Sampleby, strandäng.\n1901-06-03 leg. K. Muster\nAus bus L.",
        "Sk. Exempla par., Sampleby, strandäng.",
    ),
    # a Russian place after "около" ("near")
    (
        "Flora Exemplica\nAus bus L.\nоколо д. Образцово, на лугу.\n1912 г. Иванов И.",
        "около д. Образцово, на лугу.",
    ),
    # a French department and commune
    (
        "Aus bus L.\nDépart. du Var, commune de Sampleville, bois de pins.\n12 juin 1900 K. Muster",
        "Départ. du Var, commune de Sampleville, bois de pins.",
    ),
    # a collector's key with its "by" on the date's line under the place: not the place
    (
        "Flora Exemplica\nAb, Turku, Esimerkkisaari, kalliolla.\n20.6.1912 kerännyt J. Beispiel\n"
        "Aus bus L.",
        "Ab, Turku, Esimerkkisaari, kalliolla.",
    ),
    (
        "Flora Exemplica\nSm. Exempelö socken, vid Sampleån.\n12 juli 1923 insamlad av J. Beispiel",
        "Sm. Exempelö socken, vid Sampleån.",
    ),
    # a Portuguese collector's key ends the keyed locality's run
    (
        "Aus bus L.\nLocalidade: Serra do Exemplo, perto de Amostra, 800 m\n"
        "Colhido por A. Exemplo, 12 de julho de 1935",
        "Serra do Exemplo, perto de Amostra, 800 m",
    ),
    # the Finnish uniform grid under the place, or closing it
    (
        "Aus bus (L.) Muster\nOk: Exempla pit., Esimerkkivaara, lehdossa.\nGrid 27°E 734:61\n"
        "5.8.1951 K. Muster",
        "Ok: Exempla pit., Esimerkkivaara, lehdossa.",
    ),
    (
        "Aus bus L.\nFennia, Ta: Sampola, Esimerkki, lehto.\nYKJ 6783:3334\n1.7.1985 K. Muster",
        "Fennia, Ta: Sampola, Esimerkki, lehto.",
    ),
    (
        "Aus bus L.\nLokal: Exempla sn, Sampleby, RT 90 6587123 1234567\nDatum: 12.7.1920",
        "Exempla sn, Sampleby",
    ),
    # a forester's number and an expedition's collector under the place
    (
        "Pulau Contoh, Sungai Contoh, Bukit Sampel.\nbb. 12345\nleg. K. Muster 12-7-1935\n"
        "Aus bus L.",
        "Pulau Contoh, Sungai Contoh, Bukit Sampel.",
    ),
    (
        "Aus bus L.\nSumatra, Sungai Contoh, hutan, 400 m.\nExp. K. Muster 1930 no. 1234",
        "Sumatra, Sungai Contoh, hutan, 400 m.",
    ),
]


TAKEN += [
    # the Danish and Norwegian date's key ends a keyed locality's run
    (
        "Aus bus L.\nLokalitet: Exempla, Sampleby\nDato: 12.7.1950\nLeg.: K. Muster",
        "Exempla, Sampleby",
    ),
    # a forester's number with the collector after it, an expedition's name and number
    (
        "Aus bus L.\nNieuw-Guinea: Vogelkop, Kampong Contoh, bosch, 300 m.\nbb. 12345 leg. K. Muster",
        "Nieuw-Guinea: Vogelkop, Kampong Contoh, bosch, 300 m.",
    ),
    (
        "Herbarium Exemplense\nAus bus L.\nBorneo: Sg. Contoh, hutan, 100 m.\n"
        "Exp. Contoh 1930 no. 1234",
        "Borneo: Sg. Contoh, hutan, 100 m.",
    ),
    # a collector's surname and number under the place's finished sentence
    (
        "Aus bus L.\nTonkin: Massif du Exempla, env. de Sampleville, 1500 m.\nMuster 1234",
        "Tonkin: Massif du Exempla, env. de Sampleville, 1500 m.",
    ),
    # a height written after its unit is no year: the place goes on past it
    (
        "Aus bus L.\nItalia: Abruzzo, Monte Esempio, m.s.n.m. 1800, pascoli.\nleg. A. Esempio 1935",
        "Italia: Abruzzo, Monte Esempio, m.s.n.m. 1800, pascoli.",
    ),
    # the Dutch-era spellings of Malay kinds of place
    (
        "Aus bus L.\nCelebes, Goenoeng Contoh, Kampoeng Sampel, 1000 m.\nK. Muster 1234",
        "Celebes, Goenoeng Contoh, Kampoeng Sampel, 1000 m.",
    ),
]

TAKEN += [
    # a form's next fields keyed with a colon under the locality: the province's, the country's,
    # the commune's
    (
        "Aus bus L.\nLocalidad: Muestrilla\nProvincia: Ejemplo\nPaís: Exemplia\nFecha: 12-VII-1935",
        "Muestrilla",
    ),
    (
        "Aus bus L.\nLocalidade: Amostra\nConcelho: Exemplo\nDistrito: Exemplo\nData: 12-7-1935",
        "Amostra",
    ),
    ("Aus bus L.\nLocalità: Esempiola\nComune: Esempio\nData: 12.VII.1935", "Esempiola"),
    # a line left open runs on ("... presso / Esempiola")
    (
        "Aus bus L.\nLocalità: Val di Esempio, presso\nEsempiola, 800 m\nData: 12.VII.1935",
        "Val di Esempio, presso\nEsempiola, 800 m",
    ),
    # an institution's abbreviated name and its number under the place
    (
        "Aus bus L.\nExempla Islands: Beeby, Prov. Exempla, Mt. Sample.\nBur. Sci. 12345",
        "Exempla Islands: Beeby, Prov. Exempla, Mt. Sample.",
    ),
]


@pytest.mark.parametrize(("text", "expected"), TAKEN)
def test_locality_taken(text: str, expected: str) -> None:
    assert locality(text) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Grid 27°E 734:61",
        "YKJ 6783:3334",
        "KKJ: 6783:3334",
        "RT 90 6587123 1234567",
        "678:333",
        "ETRS-TM35FIN 6783123 334567",
    ],
)
def test_nordic_grid_line_is_coordinates(line: str) -> None:
    assert coordinates_line(line)


@pytest.mark.parametrize("line", ["Grid ref. TL 123 456", "Sampola 12:30", "Sampleton 1234"])
def test_not_a_nordic_grid_line(line: str) -> None:
    assert not coordinates_line(line)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sampola, lehto, YKJ 6783:3334", "Sampola, lehto"),
        ("Exempla sn, RT 90 6587123 1234567", "Exempla sn"),
        ("Sampola (YKJ 678:333)", "Sampola"),
        ("YKJ 678:333", "YKJ 678:333"),  # nothing of a place before it: left as it is
        ("Sampola, Exempla", "Sampola, Exempla"),
    ],
)
def test_before_national_grid(text: str, expected: str) -> None:
    assert text[: before_national_grid(text, 0, len(text))] == expected


@pytest.mark.parametrize(
    ("line", "aside"),
    [
        ("bb. 12345", True),
        ("b.b. 12345", True),
        ("Exp. K. Muster 1930 no. 1234", True),
        # an experiment station is a place
        ("Exp. Station Sampleton", False),
        ("Exp. Sta., Sampleton", False),
        ("Bur. Sci. 12345", True),
        # a kilometre's mark is a place
        ("Km. 123", False),
    ],
)
def test_forester_and_expedition_lines(line: str, aside: bool) -> None:
    assert aside_line(line) is aside


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # "Nov." is a month, never a Latvian district's word
        ("Aus bus L.\nK. Muster, Nov. 1976\nDept. Exempla, Sampleton", "Nov. 1976"),
        # the date's line under a place closing with its height
        (
            "Aus bus L.\nLapponia exemplensis, Exempla, Sampletunturi, 600 m.\n12.7.1920 leg. K. Muster",
            "12.7.1920",
        ),
        # a surname and number on a sentence's line going on is the place's
        ("Aus bus L.\nTonkin: near the road to\nSampleville 12\nK. Muster", "Muster"),
    ],
)
def test_not_taken(text: str, wrong: str) -> None:
    assert wrong not in (locality(text) or "")


def test_second_place_key_under_the_locality_keys_the_habitat() -> None:
    """ "Vindplaats: X / Groeiplaats: in weiland": the habitat without its key."""
    fields = extract_fields(
        labels_from_text(
            "Aus bus L.\nVindplaats: Exemplaarsdorp\nGroeiplaats: in weiland\nDatum: 12-7-1950"
        )
    )
    assert fields["verbatimLocality"].value == "Exemplaarsdorp"
    assert fields["habitat"].value == "in weiland"


@pytest.mark.parametrize(
    ("line", "header"),
    [
        ("Dept. of Botany, Univ. of Exempla, Sampleton", True),
        ("Univ. Exempla, Sampleton", True),
        ("Department of Plant Sciences, Exempla", True),
        # a place on an institution's grounds
        ("Dept. of Agriculture Experiment Station grounds, Sampleton", False),
        ("Sampleton, Univ. campus", False),
        ("Exempla Univ. Forest", False),
    ],
)
def test_department_address_is_an_institution(line: str, header: bool) -> None:
    assert institution_header(line) is header


def test_department_address_is_no_locality() -> None:
    text = "Aus bus L.\nDept. of Botany, Univ. of Exempla, Sampleton\nK. Muster 1920"
    assert locality(text) is None


def found(text: str) -> tuple[str | None, list[str]]:
    cand = extract_fields(labels_from_text(text)).get("verbatimLocality")
    return (None, []) if cand is None else (cand.value, list(cand.flags))


@pytest.mark.parametrize(
    ("text", "misread_shown"),
    [
        ("Toscana: presso Esempiola, 1ocalita Campo Esempio, 6OO m s.m.", True),
        ("Sierra de Ejemplo, 12OO m.s.n.m.", True),
        # ordinals and a plain height are no misreading
        ("Sampleville, 1er arrondissement, 600 m", False),
        ("Exempla, 1st terrace, 1200 m s.m.", False),
    ],
)
def test_misread_figures(text: str, misread_shown: bool) -> None:
    assert misread(text) is misread_shown


def test_misread_museum_header_is_no_place() -> None:
    """ "Mus6e d'Histoire Nature11e" over the place: the museum's name as the OCR misread it."""
    value, _ = found("Aus bus L.\nMus6e d'Histoire Nature11e\nEnv. de Samp1evi11e\nK. Muster 1890")
    assert value == "Env. de Sampleville"


def test_place_cut_by_a_header_read_between_is_doubted() -> None:
    """ "Exempla vald, Näidise küla, / Herbarium Universitatis / metsaserv.": the place's list
    left open before another label's header, its end perhaps below it."""
    value, flags = found(
        "Aus bus L.\nExempla vald, Näidise küla,\nHerbarium Universitatis\nmetsaserv.\n"
        "kog. J. Tamm 1958"
    )
    assert value == "Exempla vald, Näidise küla"
    assert EXTENT_UNCERTAIN in flags


def test_place_closing_its_list_before_a_header_is_not_doubted() -> None:
    value, flags = found(
        "Aus bus L.\nExempla vald, Näidise küla, metsaserv.\nHerbarium Universitatis\n"
        "kog. J. Tamm 1958"
    )
    assert value == "Exempla vald, Näidise küla, metsaserv."
    assert EXTENT_UNCERTAIN not in flags


@pytest.mark.parametrize(
    ("text", "place", "habitat"),
    [
        # the biotope's and the ecology's keys in the Nordic and Dutch forms end the locality
        (
            "Aus bus L.\nLandskap: Exempla\nLokal: Sampleby, vid ån\nBiotop: lövskog\n"
            "Datum: 1985-07-12",
            "Sampleby, vid ån",
            "lövskog",
        ),
        (
            "Aus bus L.\nLokalitet: Prøvedalen, ved elva\nØkologi: bjørkeskog\nDato: 12.07.1985",
            "Prøvedalen, ved elva",
            "bjørkeskog",
        ),
        (
            "Aus bus L.\nVindplaats: Proefbos\nBiotoop: loofbos\nDatum: 12-7-1985",
            "Proefbos",
            "loofbos",
        ),
        # the collector closing a substrate's line is no site
        (
            "Aus bus L.\nExempla, Sampleby, on sandy ground, Muster 1234",
            "Exempla, Sampleby, on sandy ground",
            "on sandy ground",
        ),
        # the collector's key after the last ";" is no habitat
        (
            "Aus bus L.\nSierra de Ejemplo: Muestrilla, pr. Amostra; in rupibus; 1200 m; "
            "leg. A. Exemplo",
            "Sierra de Ejemplo: Muestrilla, pr. Amostra; in rupibus; 1200 m",
            None,
        ),
    ],
)
def test_place_and_habitat(text: str, place: str, habitat: str | None) -> None:
    fields = extract_fields(labels_from_text(text))
    assert fields["verbatimLocality"].value == place
    found_habitat = fields.get("habitat")
    assert (found_habitat.value if found_habitat is not None else None) == habitat


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Aus bus L.\nJava: Exempla, 1500 m, K. Muster 1234, 12-7-1925", "Java: Exempla, 1500 m"),
        (
            "Aus bus L.\nEnv. de Sampleville (Exemple), K. Muster n° 123, juin 1890",
            "Env. de Sampleville (Exemple)",
        ),
        # a mountain's "G." is no initial, nor a height a collector's number
        (
            "Flora Exemplica\nAus bus L.\nNederlandsch-Indië: Java, G. Sampel, 1800 m.\n"
            "leg. K. Muster 1925 no. 1234 a",
            "Nederlandsch-Indië: Java, G. Sampel, 1800 m.",
        ),
        # a place's name and number closing the line
        ("Aus bus L.\nExempla, Sampleby, Camp 12\nK. Muster", "Exempla, Sampleby, Camp 12"),
    ],
)
def test_collector_closing_the_place_line(text: str, expected: str) -> None:
    assert locality(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Aus bus L.\nLugar de recolección: Muestrilla, orilla del río\nFecha: 12-VII-1935",
            "Muestrilla, orilla del río",
        ),
        (
            "Aus bus L.\nLocal de colheita: Amostra, margem do rio\nData: 12-7-1935",
            "Amostra, margem do rio",
        ),
        (
            "Aus bus L.\nLuogo di raccolta: Esempiola, riva del fiume\nData: 12.VII.1935",
            "Esempiola, riva del fiume",
        ),
        ("Aus bus L.\nLocalitat: Exemplet, vora el riu\nData: 12-7-1935", "Exemplet, vora el riu"),
        ("Aus bus L.\nKeruupaikka: Sampola, Esimerkkilä\nPvm: 12.7.1935", "Sampola, Esimerkkilä"),
        (
            "Aus bus L.\nParaje: Los Ejemplos, Sierra de Muestra\nFecha: 12-VII-1935",
            "Los Ejemplos, Sierra de Muestra",
        ),
        (
            "Aus bus L.\nHerkomst: Exemplaarsdorp, Gelderland\nDatum: 12-7-1935",
            "Exemplaarsdorp, Gelderland",
        ),
        (
            "Aus bus L.\nLieu de récolte : Sampleville, bord du ruisseau\nDate : 12.VII.1935",
            "Sampleville, bord du ruisseau",
        ),
    ],
)
def test_keys_of_the_place_of_gathering(text: str, expected: str) -> None:
    assert locality(text) == expected


@pytest.mark.parametrize("line", ["K. Muster s.n.", "K. Muster sn", "J. A. Beispiel s. n."])
def test_a_name_without_its_number_is_a_person_not_a_parish(line: str) -> None:
    # "sn" after a name is sine numero; after a place it is a Swedish parish ("Exempla sn")
    from pipelines.fields.places.persons import PERSON_LINE

    assert PERSON_LINE.fullmatch(line)
    assert locality("Carex exempla L.\nSampleton\n" + line) == "Sampleton"
