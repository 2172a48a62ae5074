"""People and names on US, British and Central European sheets and their OCR (invented
strings): the cue words of more languages, a herbarium's code under the collector's line, field
numbers coded by the collector's initials or with a letter before a hyphen, a form's "Number:",
a forest department's "S." series alone on its line, numbers and keys the OCR misread, a sender
beside a line of names, and a place's words no misread determination."""

from __future__ import annotations

import pytest

from models.dwc import Term
from tests.pipelines.fields.parsed import reading as got
from tests.pipelines.fields.parsed import value

RECORDED_BY = Term.recordedBy.value
NUMBER = Term.recordNumber.value
IDENTIFIED_BY = Term.identifiedBy.value
NAME = Term.scientificName.value

HEAD = "Plants of Exampla\nCarex exempla L.\n"


# The collector's cue in more languages, and the OCR's slips in the English one.
@pytest.mark.parametrize(
    "line, who",
    [
        ("gyűjtötte: A. Exemplo", "A. Exemplo"),
        ("gyüjtötte A. Exemplo", "A. Exemplo"),
        ("raccolse K. Muster", "K. Muster"),
        ("zbieral J. Beispiel", "J. Beispiel"),
        ("zebrali K. Muster i J. Beispiel", "K. Muster"),
        ("Recorded by K. Muster", "K. Muster"),
        ("Co11ected by K. Muster", "K. Muster"),
        ("CoIlected by K. Muster", "K. Muster"),
        ("Co!l. K. Muster 1234", "K. Muster"),
        ("Collected and det. by K. Muster", "K. Muster"),
    ],
)
def test_collector_cues(line: str, who: str) -> None:
    c = got(f"{HEAD}Sampleton\n{line}\n12.6.1950", RECORDED_BY)
    assert c is not None and c[0].split(" | ")[0] == who


@pytest.mark.parametrize(
    "line, who",
    [
        ("határozta: J. Beispiel", "J. Beispiel"),
        ("Collected and det. by K. Muster", "K. Muster"),
    ],
)
def test_determiner_cues(line: str, who: str) -> None:
    assert value(f"{HEAD}Sampleton\n{line}", IDENTIFIED_BY) == who


def test_cue_line_leaves_the_locality() -> None:
    text = "Watson B.E.C.\nFestuca exempla L.\nYorks.: Sampleton, VC64\nRecorded by K. Muster"
    loc = value(text, Term.verbatimLocality.value)
    assert loc is not None and "Muster" not in loc


# A herbarium's code and barcode under the collector's keyed line is no part of the name.
@pytest.mark.parametrize("code", ["US 1234567", "NY 1234567", "MO 123456"])
def test_herbarium_code_below_the_name(code: str) -> None:
    assert value(f"{HEAD}Coll. A. Exemplo\n{code}", RECORDED_BY) == "A. Exemplo"


# A field number coded by the collector's initials, apart from its figures.
@pytest.mark.parametrize(
    "lines, number",
    [
        ("Coll. K. Muster\nKM 12-034", "KM 12-034"),
        ("coll. K. Muster with J. Beispiel\nKM 12-034", "KM 12-034"),
        ("K. Muster KM 12-034\n3 Jun 1938", "KM 12-034"),
        ("K. Muster & J. Beispiel KM 89", "KM 89"),
        ("Coll. K. Muster & J. Beispiel JB 7", "JB 7"),
        ("Coll. J. D. Muster JDM 45", "JDM 45"),
    ],
)
def test_initials_coded_number(lines: str, number: str) -> None:
    assert value(f"{HEAD}{lines}", NUMBER) == number


# Letters that are not the collector's initials: a herbarium's code and its number, no field number.
@pytest.mark.parametrize("lines", ["K. Muster MO 1234", "Coll. K. Muster\nUS 12345"])
def test_other_code_is_no_field_number(lines: str) -> None:
    assert value(f"{HEAD}{lines}", NUMBER) is None


@pytest.mark.parametrize(
    "lines, number",
    [
        ("Coll. K. Muster\nNo. K-123", "K-123"),
        ("Coll. K. Muster\nNumber: 1234", "1234"),
        ("Collectors: K. Muster & J. Beispiel\nNumber: 1234", "1234"),
        ("Coll. K. Muster\nNo. AB-12", "AB-12"),
    ],
)
def test_keyed_number_shapes(lines: str, number: str) -> None:
    assert value(f"{HEAD}{lines}", NUMBER) == number


@pytest.mark.parametrize(
    "lines",
    ["Coll. K. Muster\nAccession Number: 123456", "Coll. K. Muster\nSheet Number: 2"],
)
def test_museum_numbers_are_no_field_number(lines: str) -> None:
    assert value(f"{HEAD}{lines}", NUMBER) is None


# "S. 12345" alone on its line: the Sarawak series without the state's name, read but doubted.
def test_lone_s_series_number() -> None:
    text = "Forest Department\nExemplia sampleana Muster\nSampleton Forest Reserve\nS. 12345\nK. Muster"
    c = got(text, NUMBER)
    assert c is not None and c[0] == "S. 12345" and c[1] < 0.9


def test_sarawak_series_number_stays_sure() -> None:
    text = "Sarawak S. 12345\nExemplia sampleana Muster\nK. Muster"
    c = got(text, NUMBER)
    assert c is not None and c[0] == "S. 12345" and "uncertain_number" not in c[2]


# A field number with a letter misread for a figure: the collector read, the number repaired but
# under 0.9; a misread year is no number.
@pytest.mark.parametrize(
    "line, number",
    [
        ("K. Muster 12O4", "1204"),
        ("K. Muster l234", "1234"),
        ("K. Muster No. l234", "1234"),
        ("Coll. K. Muster No. 45S7", "4557"),
        ("K. Muster I234", "1234"),
        ("Coll. K. Muster\nNo. O567", "0567"),
    ],
)
def test_misread_number_is_doubted(line: str, number: str) -> None:
    text = f"{HEAD}{line}\nJune 3, 1938"
    assert value(text, RECORDED_BY) == "K. Muster"
    c = got(text, NUMBER)
    assert c is not None and c[0] == number and c[1] < 0.9


def test_misread_year_is_no_number() -> None:
    text = f"{HEAD}K. Muster 19S2"
    assert value(text, RECORDED_BY) == "K. Muster"
    assert value(text, NUMBER) is None


@pytest.mark.parametrize(
    "line, number", [("K. Muster B1234", "B1234"), ("K. Muster 1234a", "1234a")]
)
def test_sure_number_shapes_stay_sure(line: str, number: str) -> None:
    c = got(f"{HEAD}{line}", NUMBER)
    assert c is not None and c[0] == number and "uncertain_number" not in c[2]


# The sender is the collector when nobody else is named; beside a line of names, doubted.
def test_sender_beside_a_name_line_is_doubted() -> None:
    c = got(
        "Plants of Exampleshire\nCarex exempla L.\nJ. Beispiel\nComm. K. Muster\n1921", RECORDED_BY
    )
    assert c is None or c[1] < 0.9


def test_sender_alone_is_kept() -> None:
    c = got("Plants of Exampleshire\nCarex exempla L.\nComm. K. Muster\n1921", RECORDED_BY)
    assert c is not None and c[0] == "K. Muster" and "several_collectors" not in c[2]


def test_sender_beside_a_keyed_collector() -> None:
    text = "Herb. K. Muster\nJuncus exempla L.\nCommunicated by J. Beispiel\nleg. A. Exemplo"
    assert value(text, RECORDED_BY) == "A. Exemplo"


# A place's line of two lower-case words near a "conf." line is no misread determination: the
# sheet keeps its name.
def test_place_words_near_a_confirmation_leave_the_name() -> None:
    text = (
        "Plants of Exampleshire\nRanunculus exemplus L.\nWet ditch nr. Sampleton, v.c. 29\n"
        "Grid ref. TL 456 789\nColl. K. Muster\nconf. J. Beispiel 1990\n12 June 1978"
    )
    assert value(text, NAME) == "Ranunculus exemplus"


# The Latin and German keys as OCR misreads them.
@pytest.mark.parametrize(
    "line", ["Ieg. K. Muster", "1eg. K. Muster", "lcg. K. Muster", "Sarnmler: K. Muster"]
)
def test_misread_keys(line: str) -> None:
    assert value(f"Herbarium Berolinense\nCarex exempla L.\nSampelstadt\n{line}", RECORDED_BY) == (
        "K. Muster"
    )


# A name the OCR may have misread: a figure inside it, or a surname a letter away from another
# on the sheet. Read, but under 0.9.
@pytest.mark.parametrize(
    "lines, term",
    [
        ("leg. K. Musler\ndet. K. Muster", RECORDED_BY),
        ("leg. K. Musler\ndet. K. Muster", IDENTIFIED_BY),
        ("leg. K. Muster\ndet. J. Beispie1", IDENTIFIED_BY),
    ],
)
def test_misread_name_is_doubted(lines: str, term: str) -> None:
    c = got(f"Herbarium Berolinense\nCarex exempla L.\nSampelstadt\n{lines}", term)
    assert c is not None and c[1] < 0.9 and "unsure_reading" in c[2]


@pytest.mark.parametrize(
    "lines", ["leg. K. Muster\ndet. K. Muster", "leg. K. Muster\ndet. J. Beispiel"]
)
def test_names_read_clean_are_not_doubted(lines: str) -> None:
    text = f"Herbarium Berolinense\nCarex exempla L.\nSampelstadt\n{lines}"
    for term in (RECORDED_BY, IDENTIFIED_BY):
        c = got(text, term)
        assert c is not None and "unsure_reading" not in c[2]


# A year alone on the line under the collector's line is no date the number is part of.
@pytest.mark.parametrize(
    "lines, who",
    [
        ("K. Muster 1234\n1923", "K. Muster"),
        ("Coll. K. Muster 1234\n1923", "K. Muster"),
        ("Muster, K. & Beispiel, J. 1234\n1923", "Muster, K. | Beispiel, J."),
    ],
)
def test_number_over_a_year_line(lines: str, who: str) -> None:
    text = f"{HEAD}Sampleton\n{lines}"
    assert value(text, RECORDED_BY) == who
    assert value(text, NUMBER) == "1234"


# A date on the name's line is no number.
@pytest.mark.parametrize(
    "line", ["R. Quimby V-9-74", "K. Muster 24. V. 1984", "K. Muster 12 June 1938"]
)
def test_date_after_the_name_is_no_number(line: str) -> None:
    assert value(f"{HEAD}Sampleton\n{line}", NUMBER) is None


def test_collector_for_an_institution() -> None:
    text = f"{HEAD}Sampleton\nCollected by K. Muster for the Field Museum\n1923"
    assert value(text, RECORDED_BY) == "K. Muster"


def test_institution_after_a_key_is_no_collector() -> None:
    assert value(f"{HEAD}Sampleton\nColl. Exampla Museum\n1923", RECORDED_BY) is None


# "Det." as OCR reads it ("Dct."): the determiner's key, no part of the name.
@pytest.mark.parametrize("line", ["Dct. J. Beispiel 1985", "DCT. J. Beispiel 1985"])
def test_misread_det_key(line: str) -> None:
    text = f"{HEAD}Coll. K. Muster 1234\nJune 3, 1938\n\nCarex sampleana Beispiel\n{line}"
    assert value(text, IDENTIFIED_BY) == "J. Beispiel"
    assert value(text, RECORDED_BY) == "K. Muster"


@pytest.mark.parametrize(
    "line, number",
    [("K. Muster No. 12,345", "12345"), ("Collector K. Muster Number 1234", "1234")],
)
def test_number_after_name_shapes(line: str, number: str) -> None:
    text = f"{HEAD}{line}"
    assert value(text, RECORDED_BY) == "K. Muster"
    assert value(text, NUMBER) == number


# A keyed number alone under the herbarium's name: its accession number as often; doubted.
@pytest.mark.parametrize(
    "text",
    [
        "HERBARIUM OF EXAMPLE COLLEGE\nNo. 4567\nCarex exempla L.\nColl. K. Muster",
        "FIELD MUSEUM OF NATURAL HISTORY\nNo. 4567\nCarex exempla L.\nK. Muster",
    ],
)
def test_number_under_the_institution_is_doubted(text: str) -> None:
    c = got(text, NUMBER)
    assert c is None or (c[1] < 0.9 and "uncertain_number" in c[2])


def test_keyed_number_among_the_data_stays_sure() -> None:
    c = got(f"{HEAD}Coll. K. Muster\nNo. 4567", NUMBER)
    assert c is not None and c[0] == "4567" and "uncertain_number" not in c[2]


# A capitalised word before a phrase in small letters after the name opens the phrase.
@pytest.mark.parametrize(
    "line, who",
    [
        ("Coll. K. Muster Wet meadow", "K. Muster"),
        ("Coll. K. Muster Beispiel", "K. Muster Beispiel"),
        ("Coll. J. Muster Beispiel et al.", "J. Muster Beispiel"),
        ("K. Muster Beispiel 1234", "K. Muster Beispiel"),
    ],
)
def test_phrase_after_the_name(line: str, who: str) -> None:
    assert value(f"{HEAD}{line}", RECORDED_BY) == who


# A place's word and a comma before names with initials is no person; a surname before its
# initials is.
@pytest.mark.parametrize(
    "line, who",
    [
        ("Sampleton, K. Muster 1234", "K. Muster"),
        ("Sampleton, K. Muster & J. Beispiel 1234", "K. Muster | J. Beispiel"),
        ("Muster, K. 1234", "Muster, K."),
        ("Muster, K. & Beispiel, J. 1234", "Muster, K. | Beispiel, J."),
        ("Coll. Muster, K. Beispiel", "Muster | K. Beispiel"),
    ],
)
def test_place_before_the_names(line: str, who: str) -> None:
    assert value(f"{HEAD}{line}", RECORDED_BY) == who


def test_number_under_a_collectors_ex_herbarium_stays_sure() -> None:
    c = got("PLANTS OF EXAMPLA\nEX HERBARIUM MUSTER\nNo. 12,031\nCarex exempla L.", NUMBER)
    assert c is not None and c[0] == "12031" and "uncertain_number" not in c[2]


# The joiners of more languages between two collectors' names.
@pytest.mark.parametrize(
    "line",
    [
        "leg. K. Muster u. J. Beispiel",
        "sbíral K. Muster a J. Beispiel",
        "zebrali K. Muster i J. Beispiel",
        "raccolse K. Muster e J. Beispiel",
        "gyűjtötte K. Muster és J. Beispiel",
        "K. Muster u. J. Beispiel 1234",
    ],
)
def test_joiners(line: str) -> None:
    assert value(f"Flora\nCarex exempla L.\nSampello\n{line}", RECORDED_BY) == (
        "K. Muster | J. Beispiel"
    )


@pytest.mark.parametrize(
    "line, who", [("leg. K. Muster u. a.", "K. Muster"), ("j.R.Tovar 1234", "J.R.Tovar")]
)
def test_not_joiners(line: str, who: str) -> None:
    assert value(f"Flora\nCarex exempla L.\nSampello\n{line}", RECORDED_BY) == who


# A slip's "det." line the OCR ran onto the collector's line: both read.
@pytest.mark.parametrize(
    "line", ["K. Muster 1234  det. J. Beispiel 1985", "K. Muster 1234 Det. J. Beispiel"]
)
def test_collector_line_with_a_det_line_run_on(line: str) -> None:
    text = f"PLANTS OF EXAMPLA\nCarex exempla L.\nWet meadow\n{line}"
    assert value(text, RECORDED_BY) == "K. Muster"
    assert value(text, NUMBER) == "1234"
    assert value(text, IDENTIFIED_BY) == "J. Beispiel"


def test_determiner_before_the_key_is_no_collector() -> None:
    text = "PLANTS OF EXAMPLA\nCarex exempla L.\nWet meadow\nK. Muster det. 1880"
    assert value(text, RECORDED_BY) is None
    assert value(text, IDENTIFIED_BY) == "K. Muster"


@pytest.mark.parametrize(
    "line, who, number",
    [
        ("K. Muster Jr. 1234", "K. Muster Jr.", "1234"),
        ("K. Muster, Jr. 1234", "K. Muster, Jr.", "1234"),
        ("Kurt and Joan Muster 1234", "Kurt & Joan Muster", "1234"),
        ("Coll. K. Muster & J. Beispiel (KM 1234)", "K. Muster | J. Beispiel", "KM 1234"),
    ],
)
def test_us_collector_lines(line: str, who: str, number: str) -> None:
    text = f"PLANTS OF EXAMPLA\nCarex exempla L.\nSampleton\n{line}"
    assert value(text, RECORDED_BY) == who
    assert value(text, NUMBER) == number


def test_given_name_before_initials_is_not_shared() -> None:
    text = "PLANTS OF EXAMPLA\nCarex exempla L.\nSampleton\nThomas and J. Beispiel 1234"
    c = got(text, RECORDED_BY)
    assert c is not None and "J. Beispiel" in c[0].split(" | ")


# "Det. & comm. K. Muster": the determiner and sender, as likely not the collector.
@pytest.mark.parametrize("line", ["Det. & comm. K. Muster", "Det. & comm.: K. Muster"])
def test_determined_and_communicated(line: str) -> None:
    text = f"Plants of Exampleshire\nCarex exempla L.\nSampleton\n{line}\n1901"
    assert value(text, IDENTIFIED_BY) == "K. Muster"
    c = got(text, RECORDED_BY)
    assert c is None or c[1] < 0.9


@pytest.mark.parametrize(
    "line", ["Found by K. Muster", "Recorder: K. Muster", "Coll. & comm. K. Muster"]
)
def test_british_collector_keys(line: str) -> None:
    text = f"Plants of Exampleshire\nCarex exempla L.\nSampleton\n{line}\n1901"
    assert value(text, RECORDED_BY) == "K. Muster"


@pytest.mark.parametrize(
    "line, number",
    [
        ("K. Muster 1234/2", "1234/2"),
        ("K. Muster 1234/B", "1234/B"),
        ("Coll. K. Muster No. 1234/2", "1234/2"),
    ],
)
def test_number_with_a_sub_number(line: str, number: str) -> None:
    assert value(f"PLANTS OF EXAMPLA\nCarex exempla L.\nSampleton\n{line}", NUMBER) == number


def test_slashed_date_after_the_name_is_no_number() -> None:
    assert (
        value("PLANTS OF EXAMPLA\nCarex exempla L.\nSampleton\nK. Muster 12/6/38", NUMBER) is None
    )


# A figure the OCR read for a letter inside a name's word: read, flagged, under 0.9.
@pytest.mark.parametrize(
    "line, name",
    [("Quercus exemp1a L.", "Quercus exempla"), ("Sa1ix exempla L.", "Salix exempla")],
)
def test_figure_in_a_scientific_name(line: str, name: str) -> None:
    c = got(f"PLANTS OF EXAMPLA\n{line}\nK. Muster 1234", NAME)
    assert c is not None and c[0] == name and c[1] < 0.9 and "unsure_reading" in c[2]


def test_clean_scientific_name_is_not_doubted() -> None:
    c = got("PLANTS OF EXAMPLA\nQuercus exempla L.\nK. Muster 1234", NAME)
    assert c is not None and "unsure_reading" not in c[2]


# OCR noise inside names and beside them.
def test_figure_for_a_capital_in_a_co_collector() -> None:
    c = got(f"{HEAD}Coll. K. Muster, J. 8eispiel, A. Exemplo 1234", RECORDED_BY)
    assert c is not None and c[0] == "K. Muster | J. Beispiel | A. Exemplo"
    assert c[1] < 0.9 and "unsure_reading" in c[2]


def test_misread_month_after_the_name_is_no_person() -> None:
    text = f"{HEAD}Sampleton\nCollected by K. Muster, Jiine 3, 1938. No. 1234."
    assert value(text, RECORDED_BY) == "K. Muster"


def test_line_below_a_misread_determiner_is_no_determiner() -> None:
    text = f"{HEAD}Coll. K. Muster 1234\nIdentified by J. #eispiel\nJari 1990"
    assert value(text, IDENTIFIED_BY) != "Jari"


def test_determiner_below_a_key_with_a_word() -> None:
    assert value(f"{HEAD}Det.by/ Cam. 61\nK.L.Muster", IDENTIFIED_BY) == "K.L.Muster"


def test_misread_survey_is_no_person() -> None:
    assert value(f"{HEAD}Coll. Exampla 5urvey 1234", RECORDED_BY) is None


# A field number with a letter the OCR read for its last figure: repaired, under 0.9; a real
# suffix letter stays.
@pytest.mark.parametrize(
    "lines, number",
    [
        ("Coll.: K. Muster\nNo.: 89O", "890"),
        ("Coll. K. Muster, No. 12-34S", "12-345"),
        ("K. Muster 1234S", "12345"),
    ],
)
def test_misread_last_figure(lines: str, number: str) -> None:
    c = got(f"{HEAD}{lines}", NUMBER)
    assert c is not None and c[0] == number and c[1] < 0.9


def test_s_code_glued_is_doubted() -> None:
    c = got(f"{HEAD}Coll. K. Muster\nNo. S67", NUMBER)
    assert c is not None and c[1] < 0.9


@pytest.mark.parametrize(
    "lines, number",
    [
        ("K. Muster 1234a", "1234a"),
        ("K. Muster 1234B", "1234B"),
        ("Coll. K. Muster\nNo. 866-b", "866-b"),
    ],
)
def test_suffix_letters_stay_sure(lines: str, number: str) -> None:
    c = got(f"{HEAD}{lines}", NUMBER)
    assert c is not None and c[0] == number and "uncertain_number" not in c[2]


# A number whose tail after the hyphen was misread is no number cut at the hyphen.
@pytest.mark.parametrize(
    "lines",
    ["Coll. K. Muster, No. 1965-O34", "Coll. K. Muster No. 12-O34", "coll. K. Muster\nKM 12-O34"],
)
def test_misread_tail_is_not_cut(lines: str) -> None:
    c = got(f"{HEAD}{lines}", NUMBER)
    assert c is None or c[1] < 0.9


def test_misread_year_alone_is_no_number() -> None:
    text = "Plants of Exampleshire\nCarex exempla L.\nJ. Beispiel\nComm. K. Muster\n192l"
    assert value(text, NUMBER) is None


def test_day_with_a_comma_is_no_number() -> None:
    assert value(f"{HEAD}leg. K. Muster 12, Jun. 1912", NUMBER) is None


def test_misread_coll_key_under_the_name_is_no_determiner() -> None:
    text = "Botanical Expedition to Exampla 1923\nSalix exempla L.\nCo1l. K. Muster 1923"
    assert value(text, IDENTIFIED_BY) is None
    assert value(text, RECORDED_BY) == "K. Muster"


@pytest.mark.parametrize(
    "lines, term, expected",
    [
        # the herbarium's word on the next line is no organisation after the name
        ("Coll. K. Muster\nHerbarium No. 4567", RECORDED_BY, "K. Muster"),
        ("Coll. K. Muster\nHerbariiim No. 4567", NUMBER, None),
        ("COLL. K. MUSTER N0. 1234", NUMBER, "1234"),
        ("Bestimmt: Prof, J. Beispiel", IDENTIFIED_BY, "Prof. J. Beispiel"),
        ("J. Beispiel\nCornm. K. Muster\n1901", RECORDED_BY, "K. Muster"),
    ],
)
def test_more_ocr_noise(lines: str, term: str, expected: str | None) -> None:
    assert value(f"{HEAD}{lines}", term) == expected


def test_collector_over_its_date_under_the_name_is_no_determiner() -> None:
    text = "Flora of Sampleton\nPoa exemplaris L.\nK. Muster 1952\nJune 3, 1952"
    assert value(text, IDENTIFIED_BY) is None
    assert value(text, RECORDED_BY) == "K. Muster"


@pytest.mark.parametrize(
    "lines, term, expected",
    [
        ("clet. K. Muster\nconf. J. Beispiel\n1980", IDENTIFIED_BY, "K. Muster"),
        ("Lcgit K. Muster, comm. J. Beispiel", RECORDED_BY, "K. Muster"),
        ("leg. K. Muster 12. Jiin. 1912", NUMBER, None),
        ("K. Muster 12,VI.1950 1234", NUMBER, None),
        ("Det.: J. Beispiel, Field Museurn", IDENTIFIED_BY, "J. Beispiel"),
        ("Coll. Exampla Siirvey 1234", RECORDED_BY, None),
        ("Coll. K. Muster 12", NUMBER, "12"),
    ],
)
def test_noise_round_three(lines: str, term: str, expected: str | None) -> None:
    assert value(f"Flora of Sampleton\nPoa exemplaris L.\n{lines}", term) == expected


@pytest.mark.parametrize(
    ("line", "who"),
    [
        ("leidis A. Tamm", "A. Tamm"),
        ("K. Kask kog.", "K. Kask"),
        ("Коллектор: П. Петров", "P. Petrov"),
    ],
)
def test_baltic_and_russian_collectors_keys(line: str, who: str) -> None:
    text = f"Carex exempla L.\nSaaremaa, Näidise laid\n15.VII.1971\n{line}"
    assert value(text, "recordedBy") == who
