"""Date shapes: Latvian, Lithuanian, Ukrainian, pre-reform Russian and Catalan month
names, the Lithuanian and Latvian year-first layouts, and the Russian and Baltic "24/VI 1910".
Invented strings in the shapes labels use."""

from __future__ import annotations

import pytest

from pipelines.fields.dates import find_dates
from tests.pipelines.fields.parsed import field

# (text, iso of the first date found)
SHAPES = [
    ("12. jūlijs 1935", "1935-07-12"),
    ("3. augustā 1936", "1936-08-03"),
    ("5. septembrī 1937", "1937-09-05"),
    ("1935. g. 12. jūlijā", "1935-07-12"),
    ("1935. gada 2. jūnijā", "1935-06-02"),
    ("1935 m. liepos 12 d.", "1935-07-12"),
    ("1936 m. rugpjūčio mėn. 3 d.", "1936-08-03"),
    ("12 liepos 1935", "1935-07-12"),
    ("gegužės 1935", "1935-05"),
    ("12 липня 1935 р.", "1935-07-12"),
    ("3 травня 1912", "1912-05-03"),
    ("3 іюля 1912 г.", "1912-07-03"),
    ("24 Іюня 1910", "1910-06-24"),
    ("12 de juliol de 1935", "1935-07-12"),
    ("3 d'agost de 1936", "1936-08-03"),
    ("Gener 1935", "1935-01"),
    ("24/VI 1910 г.", "1910-06-24"),
    ("12/VII 1935", "1935-07-12"),
    ("sausis 1935", "1935-01"),
]


@pytest.mark.parametrize(("text", "iso"), SHAPES)
def test_shape(text: str, iso: str) -> None:
    found = [d for d in find_dates(text) if d.precision > 1]
    assert found and found[0].iso == iso
    assert found[0].confidence >= 0.9


# Not a date, or not this one: a given name or a word that is also a month's form, an altitude
NOT = [
    "Augusta 1935",
    "Marta 1935",
    "Marc 1935",
    "liepa 1935",
    "1800 m. Jul 12",
    "alt. 1935 m. VII 12",
]


@pytest.mark.parametrize("text", NOT)
def test_not_a_dated_month(text: str) -> None:
    assert not [d for d in find_dates(text) if d.precision > 1]


# On a sheet: the Baltic and Catalan labels' dates
SHEETS = [
    ("Latvija, Kurzeme, Paraugciems\n12. jūlijs 1935\nleg. J. Paraugs", "1935-07-12"),
    ("Lietuva, prie Pavyzdžių\n1935 m. liepos 12 d.\nleg. J. Pavyzdys", "1935-07-12"),
    ("Catalunya: Vilaexemple\n3 d'agost de 1936\nleg. J. Exemple", "1936-08-03"),
    ("Эстляндская губ., у дер. Примерная\n24/VI 1910 г.\nсобрал И. Иванов", "1910-06-24"),
    ("Flora Hispanica\nVilaexemple\n12 juliol 1935\nleg. J. Exemple", "1935-07-12"),
]


@pytest.mark.parametrize(("text", "iso"), SHEETS)
def test_sheet(text: str, iso: str) -> None:
    got = field(text, "eventDate")
    assert got is not None and got.value == iso


# OCR's readings of the same shapes
OCR = [
    ("12. juuIi 1935", "1935-07-12"),  # a capital I for the l of Estonian juuli (not juuni)
    ("12 JuIi 1935", "1935-07-12"),
    ("1935 m. liepos 12 d", "1935-07-12"),  # the full stops lost
    ("1935 m liepos 12 d.", "1935-07-12"),
    ("1936 m. rugpjucio men. 3 d.", "1936-08-03"),  # the accents lost
    ("12 iюля 1912", "1912-07-12"),  # the old і read as a Latin i
    ("Luzhskii r-n\n12.VI.1950", "1950-06-12"),  # a line's last letter n is no number's key
]


@pytest.mark.parametrize(("text", "iso"), OCR)
def test_ocr_reading(text: str, iso: str) -> None:
    found = [d for d in find_dates(text) if d.precision > 1]
    assert found and found[0].iso == iso


def test_a_word_one_slip_from_two_months_is_neither() -> None:
    # "juuii": Latin junii (June) with u for n, or Estonian juuli (July) with i for l
    assert not [d for d in find_dates("12. juuii 1935") if d.precision > 1]


def test_lithuanian_layout_needs_a_lithuanian_month() -> None:
    assert not [d for d in find_dates("1800 m Jul 12 d") if d.precision > 1]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("1.º de Julho de 1935", "1935-07-01"),  # the Portuguese ordinal
        ("12.6.-15.7.1935", "1935-06-12/1935-07-15"),  # a run of days across two months
        ("28.6. - 3.7.1950", "1950-06-28/1950-07-03"),
        ("12.6.-15.6.1935", "1935-06-12/1935-06-15"),
    ],
)
def test_ordinal_and_run(text: str, iso: str) -> None:
    found = find_dates(text)
    assert found and found[0].iso == iso


@pytest.mark.parametrize("text", ["12.7.-15.6.1935", "1.2.-3.4.1950 m"])
def test_no_run(text: str) -> None:
    assert not [d for d in find_dates(text) if d.precision > 1]
