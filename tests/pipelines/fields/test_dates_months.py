"""The month table (data/months.csv) and what other parsers read of it through dates.py: every
language's month names and the abbreviations labels use, with and without their full stop, and
the Roman numerals. Invented strings only."""

from __future__ import annotations

import pytest

from pipelines.fields.dates import DATE_LIKE, MONTH_WORD, find_dates

# (language, the words a label writes for each month, January first): names and the usual
# abbreviations, from the languages' own conventions
WORDS = {
    "en": [
        "January Jan Jany",
        "February Feb Febr Feby",
        "March Mar",
        "April Apr",
        "May",
        "June Jun",
        "July Jul",
        "August Aug Augt",
        "September Sept Sep Septr",
        "October Oct Octr",
        "November Nov Novr",
        "December Dec Decr",
    ],
    "de": [
        "Januar Jänner Jan",
        "Februar Feber Febr Feb",
        "März Mrz",
        "April Apr",
        "Mai",
        "Juni Jun",
        "Juli Jul",
        "August Aug",
        "September Sept Sep Septbr",
        "Oktober Okt Octbr",
        "November Nov Novbr",
        "Dezember Dez Dezbr Decbr",
    ],
    "fr": [
        "janvier janv jan",
        "février févr fév fevrier",
        "mars",
        "avril avr",
        "mai",
        "juin",
        "juillet juil juill",
        "août aout",
        "septembre sept 7bre",
        "octobre oct 8bre",
        "novembre nov 9bre",
        "décembre déc dec Xbre",
    ],
    "nl": [
        "januari jan",
        "februari febr feb",
        "maart mrt",
        "april apr",
        "mei",
        "juni jun",
        "juli jul",
        "augustus aug",
        "september sept sep",
        "oktober okt",
        "november nov",
        "december dec",
    ],
    "es": [
        "enero ene",
        "febrero feb",
        "marzo mar",
        "abril abr",
        "mayo",
        "junio jun",
        "julio jul",
        "agosto ago",
        "septiembre setiembre sept sep set",
        "octubre oct",
        "noviembre nov",
        "diciembre dic",
    ],
    "pt": [
        "janeiro jan",
        "fevereiro fev",
        "março marco mar",
        "abril abr",
        "maio",
        "junho jun",
        "julho jul",
        "agosto ago",
        "setembro set",
        "outubro out",
        "novembro nov",
        "dezembro dez",
    ],
    "it": [
        "gennaio genn",
        "febbraio febbr",
        "marzo mar",
        "aprile apr",
        "maggio magg",
        "giugno giu",
        "luglio lug",
        "agosto ago",
        "settembre sett",
        "ottobre",
        "novembre nov",
        "dicembre dic",
    ],
    "la": [
        "Januarius Januarii Ianuarii Jan",
        "Februarius Februarii Febr",
        "Martius Martii Mart",
        "Aprilis Apr",
        "Maius Maii Majo",
        "Junius Junii Jun",
        "Julius Julii Jul",
        "Augustus Augusti Aug",
        "Septembris Septembri Sept 7bris",
        "Octobris Octobri Oct",
        "Novembris Novembri Nov",
        "Decembris Decembri Dec Xbris",
    ],
    "sv": [
        "januari jan",
        "februari febr feb",
        "mars",
        "april apr",
        "maj",
        "juni",
        "juli",
        "augusti aug",
        "september sept sep",
        "oktober okt",
        "november nov",
        "december dec",
    ],
    "fi": [
        "tammikuuta tammikuu tammik",
        "helmikuuta helmik",
        "maaliskuuta maalisk",
        "huhtikuuta huhtik",
        "toukokuuta toukok",
        "kesäkuuta kesäk",
        "heinäkuuta heinäk",
        "elokuuta elok",
        "syyskuuta syysk",
        "lokakuuta lokak",
        "marraskuuta marrask",
        "joulukuuta jouluk",
    ],
    "et": [
        "jaanuar jaanuaril jaan",
        "veebruar veebr",
        "märts märtsil",
        "aprill apr",
        "mai",
        "juuni juunil",
        "juuli juulil",
        "august aug",
        "september sept",
        "oktoober okt",
        "november nov",
        "detsember dets",
    ],
}
SPELLED = [
    (lang, word, month)
    for lang, months in WORDS.items()
    for month, words in enumerate(months, 1)
    for word in words.split()
]


@pytest.mark.parametrize(("lang", "word", "month"), SPELLED)
def test_every_month_word_with_a_day_and_a_year(lang: str, word: str, month: int) -> None:
    for written in (word, word + "."):
        for text in (f"14 {written} 1950", f"14. {written.upper()} 1950"):
            assert [d.iso for d in find_dates(text)] == [f"1950-{month:02d}-14"], (lang, text)


ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


@pytest.mark.parametrize(("month", "numeral"), list(enumerate(ROMAN, 1)))
def test_roman_months(month: int, numeral: str) -> None:
    for text in (f"14.{numeral}.1950", f"14 {numeral.lower()} 1950", f"{numeral}-14-1950"):
        assert [d.iso for d in find_dates(text)] == [f"1950-{month:02d}-14"], text


@pytest.mark.parametrize(
    "word",
    ["Jan.", "Febr", "juillet", "Juill.", "Mrz.", "SEPT.", "okt", "Novbr.", "kesäkuuta", "Augusti"],
)
def test_month_word(word: str) -> None:
    m = MONTH_WORD.match(word)
    assert m is not None and m.group(0) == word


@pytest.mark.parametrize(
    # names and words that start like a month, and the month words that need a day
    "word",
    ["Janet", "Mayfield", "Marsh", "Augusta", "Decker", "Junction", "Gen.", "Ott", "Mart.", "des"],
)
def test_not_a_month_word(word: str) -> None:
    assert MONTH_WORD.match(word) is None


@pytest.mark.parametrize(
    "line",
    [
        "12.7.1950",
        "3-VI-88",
        "14 . 03 . 1968",
        "5 juin 1890",
        "28. Juli 1890",
        "Juli 1890",
        "Aug. 12, 1950",
        "3 de agosto de 1950",
        "loc. Exempla, 14 heinäkuuta 1950",
        "3 Mart. 1850",
    ],
)
def test_date_like(line: str) -> None:
    assert DATE_LIKE.search(line) is not None


@pytest.mark.parametrize(
    "line",
    ["Janet 1950", "Mayfield 1950", "Euterpe exemplaris Mart. 1824", "Reg. 1950", "No. 12.345"],
)
def test_not_date_like(line: str) -> None:
    assert DATE_LIKE.search(line) is None


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("die 19 mensis Septembris 1883", "1883-09-19"),  # Latin: "on the 19th of the month of"
        ("die 3. mensis Maji 1902", "1902-05-03"),
        ("d. 7 mensis Octobris 1871", "1871-10-07"),
        ("5 de Agosto de 1982", "1982-08-05"),
        ("the 5th of May 1890", "1890-05-05"),
        ("mense Julio 1883", "1883-07"),  # no day: the month's precision
    ],
)
def test_a_word_between_the_day_and_its_month(text: str, iso: str) -> None:
    """The words of data/date_words.csv kind of_month join a day to its month's name."""
    assert [d.iso for d in find_dates(text)][:1] == [iso]
