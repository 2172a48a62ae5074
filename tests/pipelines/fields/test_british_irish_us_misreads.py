"""Confident errors on shapes of British, Irish and US sheets and their OCR misreads,
probed with invented labels (no text is copied from a transcription)."""

from __future__ import annotations

import pytest

from pipelines.fields import labels_from_text, parse_fields
from pipelines.fields.catalog import find_catalog_numbers
from pipelines.fields.text import make_labels
from pipelines.fields.vicecounty import irish_county_after


def _field(text: str, term: str) -> str | None:
    fields = parse_fields(labels_from_text(text))
    return fields[term].value if term in fields else None


# --- county: the Irish "Co. X" form, and names too short to be a county's ---


@pytest.mark.parametrize(
    ("text", "county"),
    [
        # a comma read as a full stop before the key: the county is the one after it
        ("Flora of Exampleshire\nSampleby. Co. Kerry\nwet rocks", "Kerry"),
        ("Sampleby, Co. Kerry\nJ. Beispiel, 9 Apr. 1890", "Kerry"),
        ("Exampla Co. Kerry\nleg. A. Exemplo 2 Aug 1889", "Kerry"),
        # the full stop after the county lost: its name alone, not the place after it
        ("Co. Kerry Sampleview bog\nleg. A. Exemplo 2 Aug 1889", "Kerry"),
        ("Co. Galway: Sampleshore\nK. Muster 1.8.1901", "Galway"),
        # not Irish: the US forms keep the name before the key
        ("Sampleton Co., Iowa\nK. Muster 88 June 5 1921", "Sampleton"),
        ("Plants of Exampla County, Texas\nK. Muster 12 May 1932", "Exampla"),
        ("Clare Co., Mich.\nsandy shore", "Clare"),
    ],
)
def test_county_irish_form(text: str, county: str) -> None:
    assert _field(text, "county") == county


def test_irish_county_misread_is_mended_and_flagged() -> None:
    fields = parse_fields(labels_from_text("Co. Galvay, Sampleshore\nK. Muster 1.8.1901"))
    assert fields["county"].value == "Galway"
    assert "ocr_repaired" in fields["county"].flags


@pytest.mark.parametrize(
    ("text", "pos", "expected"),
    [
        ("Sampleby. Co. Kerry", 13, ("Kerry", 14, 19, False)),
        ("Co. Queen's County", 3, ("Queen's County", 4, 18, False)),
        ("Co. Galvay", 3, ("Galway", 4, 10, True)),
        # a short word one letter from a county's is not taken for it
        ("Co. Clark", 3, None),
        ("Co. Sampleton", 3, None),
        ("Co. kerry", 3, None),  # a county's name is capitalised
    ],
)
def test_irish_county_after(
    text: str, pos: int, expected: tuple[str, int, int, bool] | None
) -> None:
    assert irish_county_after(text, pos) == expected


@pytest.mark.parametrize(
    "text",
    [
        # OCR split the county's name across lines: "A" is no county's name
        "PLANTS OF EXAMPLA\nA COUNTY, TEXAS\nDry slopes near Sampleton.",
        "Flora of Texas\nX Co.\nK. Muster 12",
    ],
)
def test_county_of_one_or_two_letters_is_not_taken(text: str) -> None:
    county = _field(text, "county")
    assert county is None or len(county) > 2


# --- catalogue number: a bare number under an institution whose numbers' shape is known ---


def _numbers(text: str) -> list[tuple[str, list[str]]]:
    return [(c.value, c.flags) for c in find_catalog_numbers(make_labels(labels_from_text(text)))]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the code's E read as an 8, the K as a 1
        ("ROYAL BOTANIC GARDEN EDINBURGH\n\n800123456", "E00123456"),
        ("Herbarium, Royal Botanic Gardens, Kew\n\n1000123456", "K000123456"),
    ],
)
def test_bare_number_repaired_to_the_named_institutions_shape(text: str, value: str) -> None:
    got = _numbers(text)
    assert got[0][0] == value
    assert "ocr_repaired" in got[0][1] and "unsure_reading" in got[0][1]


def test_bare_number_of_no_shape_of_the_named_institution_is_doubted() -> None:
    got = _numbers("ROYAL BOTANIC GARDEN EDINBURGH\n\n4567123")
    assert got[0][0] == "4567123"
    assert "unsure_reading" in got[0][1]


@pytest.mark.parametrize(
    "text",
    [
        # the shape's digits without the code: fits, left alone
        "ROYAL BOTANIC GARDEN EDINBURGH\n\n00123456",
        # no institution named in full: nothing to weigh the number against
        "HERBARIUM OF EXAMPLE COLLEGE\n\n800123456",
    ],
)
def test_bare_number_not_doubted(text: str) -> None:
    got = _numbers(text)
    assert got and "unsure_reading" not in got[0][1] and "ocr_repaired" not in got[0][1]


# --- dates: determination cues from the tables; "Recorded by"; a keyed number before a day ---


@pytest.mark.parametrize(
    ("text", "event", "identified"),
    [
        # label_roles.csv's determination cues date the determination
        ("ISOTYPE\nExemplia sampleana Muster\n\nExamined by A. Exemplo, May 1988", None, "1988-05"),
        ("Seen by K. Muster 1975\nExemplia\nleg. J. Beispiel 3.4.1890", "1890-04-03", "1975"),
        # a type label's status word is no determination's cue: its date is the collection's
        ("ISOTYPE\nExemplia sampleana\nleg. K. Muster 12 May 1932", "1932-05-12", None),
        # a record's collector keyed by "Recorded by" above the confirmation: the date is the
        # record's too
        (
            "Flora of Britain\nHedge bank nr. Sampleton\nRecorded by K. Muster\n"
            "conf. J. Beispiel\nJune 1955",
            "1955-06",
            "1955-06",
        ),
        # a determination slip: its date is the determination's alone
        ("Exemplia sampleana\nDetermined by J. Beispiel\n12.5.1960", None, "1960-05-12"),
    ],
)
def test_determination_cues(text: str, event: str | None, identified: str | None) -> None:
    assert _field(text, "eventDate") == event
    assert _field(text, "dateIdentified") == identified


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # a number's key before the figure: the figure is the number, the date the month's
        ("Plants of Exampla Co., Texas\nK. Muster No. 12 May 1932", "1932-05"),
        ("Plants of Exampla Co., Texas\nK. Muster #12 May 1932", "1932-05"),
        ("leg. K. Muster Nr. 3. Juni 1932", "1932-06"),
        # a day after a name, or after a keyed number and a comma: the date's day
        ("Plants of Exampla Co., Texas\nK. Muster 12 May 1932", "1932-05-12"),
        ("No. 123, 12 May 1932", "1932-05-12"),
        ("K. Muster 1234 12 May 1932", "1932-05-12"),
    ],
)
def test_number_key_before_a_day(text: str, event: str) -> None:
    assert _field(text, "eventDate") == event


@pytest.mark.parametrize(
    "text",
    [
        # a longitude after its compass letter is no number of the institution coded W
        "Flora of Exampla Co., Kentucky\nGPS: N 37.1234 W 085.5678\nK. Muster 88",
        "Lat/Long: N 37.1234, W 085.5678",
    ],
)
def test_coordinate_is_no_catalogue_number(text: str) -> None:
    assert not [v for v, _ in _numbers(text) if v.startswith("W")]


def test_code_and_number_alone_still_taken() -> None:
    assert _numbers("Flora Austriaca\nW 0012345\nleg. K. Muster")[0][0] == "W 0012345"


# --- country: a name that stood for more land on an old label ---


@pytest.mark.parametrize(
    ("text", "judged"),
    [
        # the Kingdom of Hungary before 1920 took in Slovakia, Transylvania, the Banat ...
        ("Flora Hungarica\nHungaria: Comit. Exampla, Sampleszeg\nleg. J. Beispiel 1890", True),
        ("Ungarn: bei Exampelhaza\nleg. K. Muster 3.6.1911", True),
        # after Trianon, or with no year, the name is today's country's
        ("Hungaria: Sampleszeg\nleg. J. Beispiel 12.5.1985", False),
        ("Ungarn\nleg. K. Muster", False),
        # Dalmatia, an Austrian crown land, took in the Bay of Kotor (Montenegro's today)
        ("Dalmatien: bei Exampelgrad\nleg. K. Muster 1900", True),
        ("Kroatien: bei Exampelgrad\nleg. K. Muster 1900", False),
    ],
)
def test_country_judged_before_borders(text: str, judged: bool) -> None:
    fields = parse_fields(labels_from_text(text))
    assert ("country_judged" in fields["country"].flags) is judged
    assert (fields["country"].confidence < 0.9) is judged


# --- dates: misread figures that stay a doubt ---


@pytest.mark.parametrize(
    ("text", "iso", "doubted"),
    [
        # a year's figure read as S or B: mended, a doubt (S is a 5 or an 8)
        ("K. Muster\n12 May 19S2", "1952-05-12", True),
        ("K. Muster\n12 May 19B2", "1982-05-12", True),
        # a lone figure a space before the day: the day's first figure parted, or a number
        ("K. Muster 1 2 Aug 1950", "1950-08-02", True),
        # sure readings stay sure
        ("K. Muster\n12 May l932", "1932-05-12", False),
        ("K. Muster 12 Aug 1950", "1950-08-12", False),
        ("K. Muster 4 June 12, 1938", "1938-06-12", False),
    ],
)
def test_misread_figures(text: str, iso: str, doubted: bool) -> None:
    fields = parse_fields(labels_from_text(text))
    assert fields["eventDate"].value == iso
    assert (fields["eventDate"].confidence < 0.9) is doubted


@pytest.mark.parametrize("text", ["BS 1950", "Z 1950", "Route 1SS2"])
def test_letters_alone_are_no_year(text: str) -> None:
    assert _field(f"K. Muster\n{text}", "eventDate") in (None, "1950")


@pytest.mark.parametrize("number", ["2g", "1q", "2G", "1b"])
def test_vice_county_number_with_a_letter_glued_is_not_read(number: str) -> None:
    # "v.c. 2g": 29 misread, not v.c. 2 (East Cornwall)
    text = f"Flora of Britain\nv.c. {number}\nSampleton Common\nK. Muster 12 May 1950"
    assert _field(text, "county") is None


def test_vice_county_number_before_a_word_still_read() -> None:
    text = "Flora of Britain\nv.c. 2 gravel pit\nK. Muster 12 May 1950"
    assert _field(text, "county") == "Cornwall"
