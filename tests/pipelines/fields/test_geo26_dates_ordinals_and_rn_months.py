"""British dates the OCR misread: a day with its ordinal ending whose figures were read as letters
("l2th June l93l", "June l0th, 1949", "2lst May 1931") had given the wrong day (the 2nd) or no date;
a month's "m" read as "rn" ("3 rnai 1921", "l2 rnars 1912", "Decernber 3, 1931") had given the year
alone. Both now give the day, flagged ocr_repaired. Invented strings in the shapes labels use."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import reading


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Carex exempla L.\nSampleton, Kent, England\nl2th June l93l\nK. Muster", "1931-06-12"),
        ("Probeham, Yorks.\nl0th July l949\nJ. Beispiel", "1949-07-10"),
        ("Musterford, Devon\nJune l2th, 1931\nA. Exempel", "1931-06-12"),
        ("Sampleton Moor\n2lst May 1931\nH. Sampleva", "1931-05-21"),
        ("Isle of Sample\nI7th Aug. 1936\nK. Muster", "1936-08-17"),
    ],
)
def test_an_ordinal_day_read_as_letters(text: str, iso: str) -> None:
    got = reading(text, "eventDate")
    assert got is not None and got[0] == iso and "ocr_repaired" in got[2]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("BELGIQUE\nSampleville\n3 rnai 1921\nK. Muster", "1921-05-03"),
        ("Nouvelle Calédonie\nMont Exemple\n12 rnars 1912\nJ. Beispiel", "1912-03-12"),
        ("Probeham Wood\n12 rnarch 1931\nA. Exempel", "1931-03-12"),
        ("Sampleton, wet meadow\nDecernber 3, 1931\nH. Sampleva", "1931-12-03"),
    ],
)
def test_a_months_m_read_as_rn(text: str, iso: str) -> None:
    got = reading(text, "eventDate")
    assert got is not None and got[0] == iso and "ocr_repaired" in got[2]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # a word that is no month once mended stays a word
        ("Sampleton\n12 Marnie 1931\nK. Muster", "1931"),
        # a day's figures read right keep their reading
        ("Sampleton\n12th June 1931\nK. Muster", "1931-06-12"),
    ],
)
def test_other_words_stay(text: str, iso: str) -> None:
    got = reading(text, "eventDate")
    assert got is not None and got[0] == iso


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Sampleton\n12th VI 1931\nK. Muster", "1931-06-12"),
        ("Probeham Wood\n1st.vi.1931", "1931-06-01"),
        ("Sampleton Moor\n23rd IX 1902\nJ. Beispiel", "1902-09-23"),
    ],
)
def test_an_ordinal_day_before_a_roman_month(text: str, iso: str) -> None:
    # the day with its ordinal ending before a Roman month: the whole date, not the month alone
    got = reading(text, "eventDate")
    assert got is not None and got[0] == iso
