"""Collection and determination dates, as written on labels, to ISO 8601 with only the precision given.

Entomological labels write the month as a Roman numeral ("VIII-27-82", "13.vi.1986"), herbarium labels
spell it out in the collector's language ("5 de Agosto, 1982", "4 juil. 1973"). Numeric dates with the
day and month both <= 12 are ambiguous: dotted ones are read day-first (European), dashed and slashed
ones month-first (North American), with low confidence.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Container, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from pipelines.fields.curatorial_dates import (
    curatorial_line,
    never_collection,
    stamp_line,
    type_copy_line,
)
from pipelines.fields.lexicon import alternation, data_rows
from pipelines.fields.ocr_slips import as_figures
from pipelines.fields.registers import DASH, SERIAL, YEAR
from pipelines.fields.text import Label, Line, is_header, is_institution


def _fold(word: str) -> str:
    """The word without its accents ("märz" -> "marz", "kesäkuuta" -> "kesakuuta")."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


# Month names and their abbreviations in the languages of labels, from data/months.csv.
_ROWS = [
    (int(row["month"]), row["word"].strip().lower().rstrip("."), row)
    for row in data_rows("months.csv")
    if row["languages"].strip() != "*"
]
# the Roman numerals (languages "*"): read by the date patterns, which allow for OCR's slips
_ROMAN_MONTHS = [
    row["word"].strip().upper()
    for row in sorted(data_rows("months.csv"), key=lambda r: int(r["month"]))
    if row["languages"].strip() == "*"
]
_MONTH_ROWS = [r for r in _ROWS if r[0] > 0]
# seasons and parts of the year (month 0 in the table): a date of the year's precision
_SEASONS = {v for m, w, _ in _ROWS if m == 0 for v in (w, _fold(w))}
# every month word the patterns read, and the words that may stand before a year without a day
_MONTH_OF: dict[str, int] = {}
_ALONE: set[str] = set()
for _m, _w, _row in _MONTH_ROWS:
    for _v in (_w, _fold(_w)):
        _MONTH_OF.setdefault(_v, _m)
        if _row["needs_day"] != "y":
            _ALONE.add(_v)
# "0ct" is how OCR most often reads "Oct"; accept it rather than lose the date.
_MONTH_OF["0ct"] = 10
_ALONE.add("0ct")
# Abbreviations are prefixes of the month's name ("Sept", "Novem"); OCR drops a word's end as
# often ("Octo 3, 1950"). A prefix of four letters or more names one month only; the few that
# are also names or words are left out. Only the words marked ocr=y in the table are cut so.
_OCR_WORDS = {
    m: [w for m2, w, row in _MONTH_ROWS if m2 == m and row["ocr"] == "y"] for m in range(1, 13)
}
for _m, _words in _OCR_WORDS.items():
    for _w in _words:
        for _k in range(4, len(_w)):
            if _w[:_k] not in ("jane", "marc", "mart") and _w[:_k] not in _MONTH_OF:
                _MONTH_OF[_w[:_k]] = _m
                _ALONE.add(_w[:_k])
# The month words other parsers may rely on (a month is no name, no place): those that are not
# also a common word or a name.
MONTHS: dict[str, int] = {w: m for w, m in _MONTH_OF.items() if w in _ALONE}


def _trie(words: Iterable[str]) -> str:
    """A regex matching any of `words`, longest first, written as a tree of their letters: the
    patterns try it at every character of a label, and one branch per letter keeps that fast
    with hundreds of words (a flat alternation tries each word in turn)."""
    tree: dict[str, Any] = {}
    for w in words:
        node = tree
        for c in w:
            node = node.setdefault(c, {})
        node[""] = {}

    def walk(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [re.escape(c) + walk(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return f"(?:{body})?" if len(branches) > 1 or len(branches[0]) > 1 else body + "?"
        return body

    return "(?:" + walk(tree) + ")"


_MONTH = _trie(_MONTH_OF)
# no letter of any script before or after ("марта" is not the start of "мартами")
_MON = rf"(?<![^\W\d_]){_MONTH}(?![^\W\d_])\.?"
# a Lithuanian month's name (its year-first layout is read with these only)
_LT_MON = (
    rf"(?<![^\W\d_])"
    rf"{_trie({v for m, w, r in _MONTH_ROWS if 'lt' in r['languages'].split() for v in (w, _fold(w))})}"
    rf"(?![^\W\d_])"
)


def _date_words(kind: str) -> str:
    """The words of `kind` in data/date_words.csv as one alternation."""
    return alternation(r["word"] for r in data_rows("date_words.csv") if r["kind"] == kind)


# the word for "year" after a year opening a date ("1935. g.", "1935 г.", "1951. a."):
# data/date_words.csv, kind year_word; as a whole word ("1951 a" is no "1951 aastal")
_YEAR_WORD = (
    "(?-i:"
    + alternation(r["word"] for r in data_rows("date_words.csv") if r["kind"] == "year_word")
    + r")(?![^\W\d_])"
)
# the words between a day and its month's name ("5 de Agosto", "the 5th of May", Latin "die 19
# mensis Septembris"): data/date_words.csv, kind of_month
_OF_MONTH = _date_words("of_month")
# a day as an ordinal word ("twentieth", "twenty-first", "thirty first"): data/date_words.csv
_ORDINALS = {
    r["word"]: int(r["note"]) for r in data_rows("date_words.csv") if r["kind"] == "ordinal"
}
_TENS = {r["word"]: int(r["note"]) for r in data_rows("date_words.csv") if r["kind"] == "tens"}
_ORDINAL_DAY = (
    rf"(?:{_trie(_TENS)}[-\s](?:{_trie(w for w, n in _ORDINALS.items() if n < 10)})"
    rf"|{_trie(_ORDINALS)})(?![^\W\d_])"
)


def _ordinal_day(words: str) -> int:
    """The day an ordinal word names ("twentieth" 20, "twenty-first" 21)."""
    parts = re.split(r"[-\s]+", words.lower())
    return sum(_TENS.get(p, 0) + _ORDINALS.get(p, 0) for p in parts)


# a month's name that may stand before a year without a day ("Mai 1931", not "ott 1931")
_MON_ALONE = rf"(?<![^\W\d_]){_trie(_ALONE)}(?![^\W\d_])\.?"
# For the other parsers (a month is no place, no name; a dated line is a data label's): a month's
# name in any of the table's languages as a whole word, not those that need a day ("Gen.", "Ott");
# and a span shaped like a date, with its day or its month and year ("12.7.1950", "3-VI-88",
# "5 juin 1890", "Juli 1890", "Aug. 12, 1950").
MONTH_WORD = re.compile(_MON_ALONE, re.IGNORECASE)
DATE_LIKE = re.compile(
    r"(?<!\d)[0-3]?\d\s*[./-]\s*(?:[01]?\d|[IVXivx]{1,4})\s*[./-]\s*(?:1[6-9]\d\d|20[0-3]\d|\d\d)(?!\d)"
    rf"|(?:(?<![\w.])[0-3]?\d(?:st|nd|rd|th|er)?\.?\s*(?:de\s+)?{_MON}|{_MON_ALONE}),?\s*"
    r"(?:[0-3]?\d(?:st|nd|rd|th)?,?\s*)?(?:de\s+)?(?:1[6-9]\d\d|20[0-3]\d)(?!\d)",
    re.IGNORECASE,
)
# A year beside a collector named with a title, in parentheses, as old herbaria wrote who gathered a
# sheet and when ("(Mr Muster 1840)", "(M. Exemple, 1850)", "(Dr. K. Beispiel 1902)"); without a
# title it is as often a zoological author's citation ("(Linnaeus, 1758)").
COLLECTOR_YEAR = re.compile(
    r"\(\s*(?:(?:Mrs?|Mme|Mlle|Dr|Prof|Rev|Herr|Hr|Sr|Abbé|Frère)\.?|M\.)\s*"
    r"[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,3}?[,\s]+(?P<y>1[6-9]\d\d|20[0-3]\d)\s*\)"
)
# A Roman month, or one with an I read as 1 or J ("V11", "II1", "VIJ", "vi1"): with a V or an X,
# or three characters, so that "I1" (more likely 11) is not taken for a month.
_ROMAN = (
    # no letter of any script around it ("fév. 1950" is no "v. 1950")
    r"(?<![^\W_])(?:[IVXivxl|]{1,4}|(?=[IVX1Jl|]*[VX])[IVX][IVXl|1J]{1,3}|[IVX][IVXl|1J]{2,3}"
    r"|(?=[ivx1l|]*[vx])[ivx][ivxl|1]{1,3}|[ivx][ivxl|1]{2,3}"
    # March's III read as figures between a day's and a year's dots ("12.111.1934")
    r"|(?<=\d\.)1[1Il|]{2}(?=\.(?:1[6-9]|20)\d\d(?!\d)))"
    r"(?![^\W_])"
)
# A Roman month glued to the word before it, the space lost ("J.Muste11Vll-27-82"): only in
# capitals after a lower-case letter or a digit, so the end of a word ("Muster-27-82") is no month.
_GLUED_ROMAN = r"(?<=[a-z0-9])(?=[IVX])" + _ROMAN.removeprefix(r"(?<![^\W_])")
# A day glued to the word before it ("Lore17 Aug. 1975"): only after a lower-case letter.
_GLUED = r"(?<=(?-i:[a-z]))"
# a year in four figures, as the dates and field numbers of labels fall
FOUR_DIGIT_YEAR = r"(?:1[6-9]\d\d|20[0-3]\d)"
_Y4 = FOUR_DIGIT_YEAR
_YEAR = rf"(?:{_Y4}|'?\d\d)(?!\d)"
_DAY = r"(?:[0-3]?\d)"
# Between a Roman month and the year the day is certain to be a day, so its OCR slips are read
# too: "II" or "ll" for 11, "g" for 9 ("VII-II-66", "Ix-g-57").
_ROMAN_DAY = r"(?:[0-3]?\d|[Il|]{2}|g)"

# Between a day and its month: a mark or a blank, never a line break ("leg. K. Muster 7" over
# "IV.1962" is a collector's number above a month's date, not the 7th of April)
_DM_GAP = r"(?:[^\S\n]?[-./][^\S\n]?|[^\S\n])"

# the second end of a run of full dates, after the first's year and its dash
# ("30.XII.1955-2.I.1956", "30 Dec. 1955-2 Jan. 1956")
_AFTER_YEAR_DASH = r"(?<=[^\d][12]\d{3}[-–])"

# the gap between two figures of a form's date: dots and slashes, spaced or not
_FORM_GAP = r"[^\S\n]?[./](?:[^\S\n]?[./]){0,4}[^\S\n]?"

# A second day after the first: the end of a run of days ("12-15.VI.1890", "12/15 June 1890"),
# or, on Russian labels before 1918, the Gregorian day after the Julian one, slashed or in
# brackets ("12/24 VI 1890", "12(24).VI.1890": `_double_date`)
_SECOND_DAY = (
    rf"(?:\.?\s?(?P<ds>[-–—&/])\s?(?P<d2>{_DAY})(?:(?<=1)st|(?<=2)nd|(?<=3)rd|th)?"
    rf"|[^\S\n]?\((?P<dg>{_DAY})\)(?=[^\S\n]?[.\-\s]))?"
)

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "date.iso",
        re.compile(rf"(?<!\d)(?P<y>{_Y4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!\d)"),
    ),
    # the year first with dots, slashes or dashes ("1921.06.15", "1921/6/15", "1921-6-5"), as
    # East Asian and some Nordic labels write it; not a fourth group after it, as a museum's
    # register number runs on ("1950-3-12-45")
    (
        "date.iso",
        re.compile(
            rf"(?<![\d./-])(?P<y>{_Y4})(?P<sep>[./-])(?P<m>[01]?\d)(?P=sep)(?P<d>[0-3]?\d)"
            r"(?!\d|[./-]\d)"
        ),
    ),
    # the year first with a full stop after each figure, spaced, as Hungarian labels write it
    # ("1935. 06. 12.", "1935. 6. 12."): the last full stop too, which a citation's page has not
    (
        "date.iso",
        re.compile(
            rf"(?<![\d.,/-])(?P<y>{_Y4})\.[^\S\n](?P<m>0?[1-9]|1[0-2])\.[^\S\n]?(?P<d>[0-3]?\d)\."
            r"(?![\d]|[^\S\n]?\d)"
        ),
    ),
    # the year first, spaced, its month and day in two figures each ("1965 07 12"), as forms and
    # Baltic labels write it
    (
        "date.iso",
        re.compile(
            rf"(?<![\d.,/-])(?P<y>{_Y4})[^\S\n](?P<m>0[1-9]|1[0-2])[^\S\n](?P<d>[0-3]\d)"
            r"(?![\d./-]|[^\S\n]?\d)"
        ),
    ),
    # a run of days across two months: "28.VI.-3.VII.1950", "28 juin - 3 juil. 1950"
    (
        "date.dmy_roman",
        re.compile(
            rf"(?<![\w.-])(?P<d>{_DAY}){_DM_GAP}(?P<rm>{_ROMAN})\.?\s?(?P<js>[-–]|/)\s?"
            rf"(?P<d2>{_DAY})(?:\s?[-./]\s?|\s)(?P<rm2>{_ROMAN})(?:\s?[-./]\s?|\s)(?P<y>{_YEAR})"
        ),
    ),
    (
        "date.dmy_name",
        re.compile(
            rf"(?<![\w.-])(?P<d>{_DAY})\.?[^\S\n]?(?:de\s+)?(?P<mon>{_MON})\s?(?P<js>[-–]|/)\s?"
            rf"(?P<d2>{_DAY})\.?\s?(?:de\s+)?(?P<mon2>{_MON})[\s,.\-/]{{0,3}}(?:de\s+)?(?P<y>{_YEAR})",
            re.IGNORECASE,
        ),
    ),
    (
        "date.dmy_roman",
        re.compile(
            # the day may follow an abbreviation's full stop, the space lost ("e.p.12.v.1972"),
            # and carry its ordinal's ending ("12th VI 1931")
            # or a lower-case letter, the blank lost after a name ("K. Musterz13-III-1991")
            rf"(?:(?<![\w.–-])|(?<=[^\W\d_]\.)|(?<=[a-zà-ÿ])|{_AFTER_YEAR_DASH})(?P<d>{_DAY})(?:st|nd|rd|th)?{_SECOND_DAY}(?:\s?(?P<sl>/)\s?|[^\S\n]?[-.][^\S\n]?|(?P<cm>,)[^\S\n]?(?={_ROMAN}[.,-])|[^\S\n])"
            # slashes on both sides of the month or on neither ("3/VII/2001"); or a slash, then
            # a blank before a full year, as Russian and Baltic labels write it ("24/VI 1910");
            # commas for both stops, as OCR reads a small label's ("12,vi,1950")
            rf"(?P<rm>{_ROMAN})(?:\s?(?(sl)/|(?(cm)[-.,]|(?:[-.]|,(?=[^\S\n]?{_Y4}(?!\d)))))\s?|(?(sl)[^\S\n](?={_Y4}(?!\d))|\s))(?P<y>{_YEAR})"
        ),
    ),
    # the day glued to its Roman month, the blank lost ("30V-2001", "12vi.1935"): only before a
    # full year, the month in one case
    (
        "date.dmy_roman",
        re.compile(
            rf"(?<![\w.-])(?P<d>[0-3]?\d)(?P<rm>[IVX]{{1,4}}|[ivx]{{1,4}})[^\S\n]?[-./][^\S\n]?"
            rf"(?P<y>{_Y4})(?![\d°'\"]|[.,]\d)"
        ),
    ),
    (
        "date.mdy_roman",
        re.compile(
            rf"(?P<rm>{_ROMAN}|{_GLUED_ROMAN})(?:\s?[-.]\s?|\s)(?P<d>{_ROMAN_DAY})"
            rf"(?:\s?[-/]\s?(?P<d2>{_DAY}))?"
            rf"(?:\s?[-.,]\s?|\s)(?P<y>{_YEAR})"
        ),
    ),
    # year first, as Hungarian and East Asian labels write it: "1950. VII. 14.", "1950-VII-14"
    (
        "date.ymd_roman",
        re.compile(
            rf"(?<![\d.,/-])(?P<y>{_Y4})\.?(?:\s?[-./]\s?|\s)(?P<rm>{_ROMAN})(?:\s?[-./]\s?|\s)"
            rf"(?P<d>[0-3]?\d)(?![\d°'\"]|\s?(?i:m|km|cm|mm|ft)\b|[.,]\d)"
        ),
    ),
    # year first with the month's name: "1931, June 12", "1931 Jun. 12", "1931. június 12."; not
    # where a year follows the day ("Det. K. Muster 1985 / June 20, 1956": a determiner's year,
    # then the collecting date written month first)
    (
        "date.ymd_name",
        re.compile(
            rf"(?<![\d.,/-])(?P<y>{_Y4})[.,]?\s{{1,2}}(?P<mon>{_MON})\s?(?P<d>{_DAY})"
            rf"(?:st|nd|rd|th|\.)?(?![\d°'\"]|\s?(?i:m|km|cm|mm|ft)\b|[.,]\d"
            rf"|[.,]?[^\S\n]{{1,2}}{_Y4}(?!\d))"
        ),
    ),
    # Lithuanian, with its words for year and day (and month): "1935 m. liepos 12 d.",
    # "1935 m. liepos mėn. 12 d." (both words, so that "1800 m. Jul 12" is no date)
    (
        "date.ymd_name",
        re.compile(
            rf"(?<![\d.,/-])(?P<y>{_Y4})[^\S\n]?m\.?[^\S\n]{{1,2}}(?P<mon>{_LT_MON})"
            rf"(?:[^\S\n]m[ėe]n\.?)?[^\S\n]?(?P<d>{_DAY})[^\S\n]?d(?![^\W\d_])\.?"
        ),
    ),
    # Latvian, Russian and Estonian, the year and its word first, then the day and a Roman
    # month: "1935. g. 12. VII", "1935 г. 12 VII", "1951. a. 12. VI"
    (
        "date.ymd_roman",
        re.compile(
            rf"(?<![\d.,/-])(?P<y>{_Y4})\.?[^\S\n]?{_YEAR_WORD}[^\S\n]?(?P<d>{_DAY})[.,]?"
            rf"[^\S\n]?(?P<rm>{_ROMAN})"
        ),
    ),
    # Latvian, Russian and Estonian, the year and its word first, then the day and the month:
    # "1935. g. 12. jūlijā", "1935. gada 12. jūlijā", "1935 г. 12 июля", "1951. a. 12. juunil"
    (
        "date.ydm_name",
        re.compile(
            rf"(?<![\d.,/-])(?P<y>{_Y4})\.?[^\S\n]?{_YEAR_WORD}[^\S\n]?(?P<d>{_DAY})\.?"
            rf"[^\S\n]?(?P<mon>{_MON})"
        ),
    ),
    # ... or the month alone after the year's word ("1955. a. juunis", "1935. g. jūlijā", "1951
    # г., июнь")
    (
        "date.my_name",
        re.compile(
            rf"(?<![\d.,/-])(?P<y>{_Y4})\.?[^\S\n]?{_YEAR_WORD},?[^\S\n]?(?P<mon>{_MON_ALONE})"
            rf"(?![^\S\n]?[,.]?[^\S\n]?\d)"
        ),
    ),
    (
        "date.my_roman",
        # "VI.1950", "VI-VII.1950", "XI/1950": a month or a run of months, and the year
        re.compile(
            rf"(?P<rm>{_ROMAN})(?:\.?\s?[-–—]\s?(?P<rm2>{_ROMAN}))?(?:\s?[-.]\s?|(?P<sp>\s|/))"
            rf"(?P<y>{_Y4})(?!\d)"
        ),
    ),
    # the year first, a comma or a full stop, then the Roman month and no day ("1951, VI",
    # "1934.IX", "1901, V."), as Baltic and Nordic labels write it (with a day after it, it is
    # "1950. VII. 14.", read above)
    (
        "date.my_roman",
        re.compile(
            # the month ends its line: "1870, VI, p. 12" is a citation's volume
            # (or a run of months: "1950, VI-VII")
            rf"(?m)(?<![\d.,/-])(?P<y>{_Y4})[.,][^\S\n]?(?P<rm>{_ROMAN})"
            rf"(?:\.?[^\S\n]?[-–][^\S\n]?(?P<rm2>{_ROMAN}))?(?=\.?[^\S\n]*$)"
        ),
    ),
    (
        "date.dmy_name",
        re.compile(
            rf"(?:(?<![\w.-])|{_GLUED}|{_AFTER_YEAR_DASH})(?P<d>{_DAY})(?:st|nd|rd|th|er|ten|ter|\.?[oº](?=\s))?"
            rf"{_SECOND_DAY}"
            rf"(?:[^\S\n]|[.,\-/‘’'`]){{0,3}}(?:{_OF_MONTH}\s+|d['’])?(?P<mon>{_MON})[\s,.\-/]{{0,3}}(?:de\s+)?(?P<y>{_YEAR})"
            # a two-figure "year" followed by a four-figure one is the day of a month-first date
            # ("... 1 Sep. 12, 1999": a number before the month, then "Sep. 12, 1999")
            rf"(?!,?\s{{0,2}}{_Y4}(?!\d))"
        ),
    ),
    # a day written as an ordinal word ("the twentieth of July, 1937", "twenty-first day of May,
    # 1890"): data/date_words.csv, kinds ordinal and tens
    (
        "date.dmy_name",
        re.compile(
            rf"(?<![^\W\d_])(?P<dw>{_ORDINAL_DAY})(?:[^\S\n]+day)?[^\S\n]+of[^\S\n]+"
            rf"(?P<mon>{_MON})[\s,.]{{0,3}}(?P<y>{_Y4})(?!\d)"
        ),
    ),
    (
        "date.mdy_name",
        re.compile(
            # a dash or an underscore between the month and the day ("AUG-_12,1967"), or the
            # abbreviation's full stop read as a comma ("Feb, 6, 1981")
            # or its three parts between slashes, spaced ("May / 1 / 1938"): the slash twice
            rf"(?P<mon>{_MON})(?:\s{{0,2}}|\s?[-_]{{1,2}}\s?|,\s|(?P<sl>[^\S\n]?/[^\S\n]?))"
            rf"(?P<d>{_DAY})(?:st|nd|rd|th)?"
            rf"(?:(?:\s?[-–,&]\s?|\s)(?:(?P<mon2>{_MON})\s?)?(?P<d2>{_DAY})(?![\d'])(?:st|nd|rd|th)?)?"
            # or a slash before a two-figure year, as American collectors wrote ("Aug. 17/32")
            rf"(?(sl)[^\S\n]?/[^\S\n]?|\.?\s?,?\s?/?)(?P<y>{_Y4}|'\d\d|(?<=\d/)\d\d)(?!\d)"
        ),
    ),
    (
        "date.my_name",
        re.compile(
            # with the Latin "in the month" before it, part of the date ("mense Majo 1850")
            rf"(?:(?<![^\W\d_])(?:mense|mensis|mens\.)\s?)?"
            rf"(?P<mon>{_MON_ALONE})(?:(?:\s?[-–—,&/]\s?|\s(?:and|to|y|et|à|a)\s)(?:{_MON})){{0,3}}?"
            rf"(?:(?:\s?[-–—,&/]\s?|\s(?:and|to|y|et|à|a)\s)(?P<mon2>{_MON_ALONE}))?"
            # the day a transcriber or the collector left unread ("Jul. [illegible] 1873",
            # "Sept. ? 1937"): the month and its year, flagged partial_date
            r"(?P<unread>[^\S\n]?(?:\[[^\]\n]{1,20}\]|\?{1,3}))?"
            # "Mai 1931", "Aug., 1950", Spanish and Portuguese "abril de 1962", "jan/1980"
            # or a two-figure year after its apostrophe ("June '78")
            rf"(?:[.,]{{0,2}}\s?|\.?/|\.?\s(?:de|del)\s)(?P<y>{_Y4}|['’]\d\d)(?![\d'’])",
            re.IGNORECASE,
        ),
    ),
    # the year, then the month's name alone ("1905, Jul.", "1891 Mai"), no day after it
    (
        "date.my_name",
        re.compile(
            rf"(?<![\d.,/-])(?P<y>{_Y4}),?[^\S\n]{{1,2}}(?P<mon>{_MON_ALONE})"
            rf"(?![^\S\n]?[,.]?[^\S\n]?\d)",
            re.IGNORECASE,
        ),
    ),
    # "12.6.-15.7.1935", "28.6. - 3.7.1950": a run of days across two months, day first, with dots
    (
        "date.numeric_run",
        re.compile(
            rf"(?<![\d.,/°'#-])(?P<d>{_DAY})\.[^\S\n]?(?P<m>0?[1-9]|1[0-2])\.?[^\S\n]?[-–][^\S\n]?"
            rf"(?P<d2>{_DAY})\.[^\S\n]?(?P<m2>0?[1-9]|1[0-2])\.[^\S\n]?(?P<y>{_Y4})(?![\d°'\"]|\.\d)"
            r"(?!\s?(?i:m|km|cm|mm|ft)\b)"
        ),
    ),
    # "12-15.6.1987", "1.-5.7.1931", "4-6/11 1952", "14/15.6.1950": a run of days, the month, the
    # year (day first)
    (
        "date.numeric_range",
        re.compile(
            rf"(?<![\d.,/°'#-])(?P<d>{_DAY})\.?\s?(?P<ds>[-–/])\s?(?P<d2>{_DAY})\s?(?P<s>[./])\s?"
            rf"(?P<m>0?[1-9]|1[0-2])(?:\s?(?P=s)\s?|\s)(?P<y>{_YEAR})(?![\d°'\"]|\.\d)"
        ),
    ),
    # "6-23-37", "14.3.1968", "14 . 03 . 1968", "12/5 1899", "24/5-1918", "9 : 7 : 1958"; also
    # after a collector's number and its slash ("No. 7316/14.7.1957")
    (
        "date.numeric",
        re.compile(
            # no line break before a separator: "Camp 5 - 6 / - 1750" is a camp and an altitude
            # (after a year's dash, not two groups and a short "year" with dashes again:
            # "1950-3-12-45" is a register number)
            rf"(?:(?<![\d.,/°'#-])|(?<=\d\d\d/)|{_AFTER_YEAR_DASH}(?!\d+-\d+-\d{{1,3}}(?!\d)))"
            rf"(?P<a>{_DAY})[^\S\n]?(?P<s>[-/.:])\s?(?P<b>{_DAY})"
            rf"(?P<t>[^\S\n]?(?:(?P=s)|-)\s?|\s\s?)(?P<y>{_YEAR})"
            # nor more numbers after ("26 . 7 . 19 . 62": a printed "19" and the year's end)
            r"(?![\d°'\"]|\.\d|[^\S\n]?\.[^\S\n]?\d)(?!\s?(?i:m|km|cm|mm|ft)\b)"
        ),
    ),
    # A printed form's blanks filled in: "Dat.: 9 ../.. 6 ../ 2002" (the dots and slashes of the
    # blanks between the figures), "26 . 7 . 19 . 62" (the century printed, the year's end
    # written after it). Day first, as the European forms that print them.
    (
        "date.form",
        re.compile(
            rf"(?<![\d.,/°'#-])(?P<d>{_DAY})(?P<s1>{_FORM_GAP})(?P<m>0?[1-9]|1[0-2])(?P<s2>{_FORM_GAP})"
            r"(?:(?P<c>1[6-9]|20)(?:[^\S\n]?\.[^\S\n]?|[^\S\n]))?(?P<y>\d\d(?:\d\d)?)"
            r"(?![\d°'\"]|[^\S\n]?[./][^\S\n]?\d)"
        ),
    ),
    # "2/2010", "3.1900", "03.1900": a month and a four-figure year, with a slash or a full stop
    # and nothing else numeric around it (nor a unit after it: "1.1900 m" is a decimal)
    (
        "date.my_numeric",
        re.compile(
            # (nor glued to a word: "12.v5.1955" is a Roman month misread, not May)
            rf"(?<![\w.,/°'#:-])(?P<m>0?[1-9]|1[0-2])[/.](?P<y>{_Y4})(?![\d°'/]|[.,]\d|-\d)"
            r"(?!\s?(?i:m|km|cm|mm|ft|feet|g|kg|ha|%)\b)"
        ),
    ),
    # "7. 1925": a month, its full stop and a space, and a full year, the whole of its line (as
    # insect labels print them); within a line that shape is a volume and its year in a citation
    (
        "date.my_numeric",
        re.compile(rf"(?m)^[^\S\n]*(?P<m>0?[1-9]|1[0-2])\.[^\S\n](?P<y>{_Y4})[^\S\n]*$"),
    ),
    # "Date 7/56": a month and a two-figure year only right after the date keyword, where no
    # fraction or count could stand
    (
        "date.my_numeric_keyed",
        re.compile(
            r"(?:(?<=(?i:date) )|(?<=(?i:date)\. )|(?<=(?i:date): )|(?<=(?i:date)\.)|(?<=(?i:date):))"
            r"(?P<m>0?[1-9]|1[0-2])/(?P<y>\d\d)(?![\d/°'.]|-\d)"
        ),
    ),
    # "printemps 1890", "2e semestre 1893", "Frühjahr 1901": a season or a part of the year
    (
        "date.season",
        re.compile(
            rf"(?<!\w)(?:[1-4]\s?(?:e|er|re|ème|nd|st|rd|th|\.)?\s?)?{_trie(_SEASONS)}"
            rf"[\s,]{{1,3}}(?:(?:de|of|del|du)\s)?(?P<y>{_Y4})(?!\d)",
            re.IGNORECASE,
        ),
    ),
    (
        "date.year",
        re.compile(
            rf"(?<![\d#.,°'-])(?P<y>{_Y4})(?:\s?[-/]\s?(?P<y2>\d{{1,4}}))?(?![\d°'])(?!\s?[-–/]\s?\d)"
            r"(?!\s?(?i:ft|feet|m|meters|metros|km|mi)\b)"
            # nor the year of a museum's register number in four parts ("1950.3.12.45"), nor of
            # an accession number's ("2001.055": a day or a month has two figures at most)
            r"(?!\.\d{1,2}\.\d{1,2}\.\d)(?![.,]\d{3})"
        ),
    ),
    # "Det. by '59": a year written with an apostrophe, as determiners date their slips.
    ("date.apostrophe_year", re.compile(r"(?<![\w'])'(?P<y>\d\d)(?![\d'\w])")),
]
# A year read alone beside what may be the rest of its date, which the rules could not read: a
# month's name or a Roman month before it with an unread part between ("Jul. [illegible] 1873"),
# or a day or a month after it in a year-first layout ("1935. g. 19. V", "1985 06 22", "1891,
# Mai"). The day may be on the label: the year alone is doubted ("partial_date").
_UNREAD_BEFORE = re.compile(
    rf"(?:{_MON}|(?-i:{_ROMAN}))\s*(?:\[[^\]\n]{{0,20}}\]|\?)?[\s.,]*$", re.IGNORECASE
)
_UNREAD_AFTER = re.compile(
    rf"[\s.,]+(?:[^\W\d_]{{1,2}}\.\s*)?(?:[0-3]?\d|(?-i:{_ROMAN})|{_MON})(?![\w])",
    re.IGNORECASE,
)


def _unread_date_parts(text: str, start: int, end: int, line: Line) -> bool:
    """Whether the year alone at `start`-`end` of `text` (on `line`) stands beside a month or a
    day its date's rules did not read (see `_UNREAD_BEFORE`)."""
    before = text[max(line.start, start - 25) : start]
    return (
        _UNREAD_BEFORE.search(before) is not None
        or _UNREAD_AFTER.match(text, end, line.end) is not None
    )


# the rules that read a date glued to the word before it, the space lost
_GLUED_RULES = {"date.dmy_name", "date.mdy_roman", "date.dmy_roman"}
_IGNORECASE_RULES = {
    "date.dmy_name",
    "date.mdy_name",
    "date.my_name",
    "date.ymd_name",
    "date.ydm_name",
}
_PATTERNS = [
    (rule, re.compile(p.pattern, re.IGNORECASE) if rule in _IGNORECASE_RULES else p)
    for rule, p in _PATTERNS
]


@dataclass
class DateMatch:
    iso: str
    verbatim: str
    start: int
    end: int
    rule: str
    confidence: float
    precision: int  # 3 day, 2 month, 1 year
    flags: list[str] = field(default_factory=list)


def _roman(token: str) -> int | None:
    if not re.search(r"[IVXivx]", token) and not re.fullmatch(r"1[1Il|]{2}", token):
        return None  # (three figures 1 are March's III only where `_ROMAN` took them)
    fixed = re.sub(r"[l|1J]", "I", token).upper()
    return _ROMAN_MONTHS.index(fixed) + 1 if fixed in _ROMAN_MONTHS else None


# Words after which a Roman numeral numbers a volume, a plate or a series, not a month
# ("Fl. Bras. VI 1870", "Vol. II 1936"): a capitalised abbreviation, or one of these.
_NUMBERED = re.compile(
    r"(?:\b(?i:vol|tom|t|tab|taf|pl|fig|fasc|ser|bd|band|heft|lief|nr|no|ed|pars|part|sect|cent|"
    r"dec|suppl|exs|exsicc|app)\.?|\b[A-Z][a-z]*\.)\s$"
)


def _after_numbered(m: re.Match[str]) -> bool:
    """Whether a date opens after a word that numbers what follows it (`_NUMBERED`)."""
    before = m.string[max(0, m.start() - 12) : m.start()]
    return _NUMBERED.search(before) is not None and _DATE_KEY.search(before) is None


def _roman_alone(m: re.Match[str]) -> bool:
    """Whether a Roman numeral with only a space or a slash before the year ("VIII 1937",
    "XI/1954") is a month: two letters at least (one before a slash), none of them an OCR slip,
    and not the number of a volume or a plate."""
    rm = m.group("rm")
    # "X/1954": a slash sets the month apart as a space does not, one letter is enough
    if (len(rm) < 2 and m.group("sp") != "/") or re.search(r"[l|1J]", rm):
        return False
    before = m.string[max(0, m.start() - 12) : m.start()]
    return _NUMBERED.search(before) is None or _DATE_KEY.search(before) is not None


def _day(token: str) -> int:
    return int(token.translate(as_figures("Il|g")))


def _month(word: str) -> int | None:
    return _MONTH_OF.get(word.lower().rstrip("."))


# letters OCR reads for a year's figures whose reading stays a doubt: S is a 5 or an 8, B an 8
# or a 3 ("19S2" may be 1952 or 1982)
_YEAR_SLIPS = as_figures("SBZG")
_DOUBTFUL_SLIPS = frozenset("SBZG")


# a form's printed century, a blank, and the year's last two figures written in after a month
# ("12.vi.18 87", "June 12, 18 87", "VI. 19 05")
_FORM_CENTURY = re.compile(
    r"(?P<pre>[./,-][^\S\n]?|[^\S\n])(?P<c>1[6-9])[^\S\n](?P<y>\d\d)(?![\d.,:/-]?\d)"
)
# the day and the month before it ("12.vi", "12 June", "June 12th"): the figures after are no
# day ("Mar 18 87" is the 18th of March '87)
_DAY_MONTH_BEFORE = re.compile(
    r"(?:(?<![\w.])\d{1,2}\w{0,2}[^\S\n]?[./-]?[^\S\n]?(?P<m1>[IVXivx]{1,4}|[A-Za-z]{3,9})\.?"
    r"|(?P<m2>[A-Za-z]{3,9})\.?[^\S\n]\d{1,2}(?:st|nd|rd|th)?)$"
)


def _join_century(m: re.Match[str]) -> str:
    d = _DAY_MONTH_BEFORE.search(m.string[max(0, m.start() - 16) : m.start()])
    word = (d["m1"] or d["m2"]) if d is not None else None
    if word is None or (_roman(word) is None and _month(word) is None):
        return m.group(0)
    return m["pre"] + m["c"] + m["y"] + " "  # (find_dates takes the moved figure back in)


def _repair_digits(text: str) -> str:
    """Length-preserving fix of the OCR confusions O->0 and l/I->1 inside number-like tokens."""

    def fix(m: re.Match[str]) -> str:
        tok = m.group(0)
        fixed = tok.translate(as_figures("OolI|"))
        digits = sum(c.isdigit() for c in tok)
        # one slip in a number; two in a year's four figures, two of them read ("19ll", "l9O5",
        # "I9I2": the century's 1 read as a letter too), three when the century's 8 or 9 is read
        # ("l9Ol")
        year = (
            len(tok) == 4
            and (digits >= 2 or tok[1] in "89")
            and re.fullmatch(_Y4, fixed) is not None
        )
        if not digits or (digits < len(tok) - 1 and not year):
            return tok
        return fixed

    # (a day's ordinal ending after the figures: "l2th June", "l0th July")
    text = re.sub(
        r"(?<![A-Za-z])[0-9OolI|]{2,4}(?![A-Za-z])|(?<![A-Za-z])[0-9OolI|]{2}(?=(?:st|nd|rd|th)\b)",
        fix,
        text,
    )
    # a year's last figures read as the letter they resemble ("19S2", "18B7"): one at most, the
    # reading a doubt (`_DOUBTFUL_SLIPS`)
    text = re.sub(
        r"(?<![\w])(?:1[6-9]|20)\d?[SBZG]\d?(?![\w])",
        lambda m: m.group(0).translate(_YEAR_SLIPS) if len(m.group(0)) == 4 else m.group(0),
        text,
    )
    # a month of two ones read as letters between a day's and a year's figures ("l2.ll.l935",
    # "12.ll.1935"): November; two capital I's there are February's Roman numeral ("12.II.1935")
    text = re.sub(r"(?<=\d[./-])(?!II)[l|I][l|I](?=[./-](?:1[6-9]|20)\d\d(?!\d))", "11", text)
    # a day of two ones read as letters before a Roman month ("ll.VI.1911", "Il. VII. 1902"); not
    # two capital I's, a Roman numeral themselves ("Vol. II-III 1936")
    # ("lO.V.1908": ten, its 0 read as the letter too)
    text = re.sub(
        r"(?<![\w.-])(?!II)[lI|][lI|O](?=[^\S\n]?[./-][^\S\n]?[IVX]{1,4}\b)",
        lambda m: m.group(0).translate(as_figures("lI|O")),
        text,
    )
    # a day of one figure read as a letter: opening a run of days ("l.-6.VI.1933", "I-6.vi.1933")
    # or before a Roman month ("l.VI.1933"; not a capital I there, January's numeral)
    text = re.sub(
        r"(?<![\w.,-])[lI|](?=\.?[^\S\n]?[-–][^\S\n]?\d{1,2}[^\S\n]?[./-][^\S\n]?[IVXivx]{1,4}\b)"
        r"|(?<![\w.,-])[l|](?=[^\S\n]?\.[^\S\n]?[IVXivx]{1,4}[^\S\n]?[./-])"
        # or before a month in figures and a full year, parted by full stops ("l.8.1950",
        # "|.12.1931", "I. 8. 1950"): a capital I too, January's numeral before a day in figures
        # being the United States' order, whose labels write the same date "1.8.1950" month first
        # anyway; the hyphened "I-8-1950" stays January's
        r"|(?<![\w.,-])[lI|](?=\.[^\S\n]?(?:0?[1-9]|1[0-2])\.[^\S\n]?(?:1[6-9]|20)\d\d(?!\d))",
        "1",
        text,
    )
    # a comma read for a numeric date's first full stop ("14,6.1949"), and a lower-case Roman
    # month's i read as j ("12.jii.1934")
    text = re.sub(r"(?<![\d.,])(\d{1,2}),(?=\d{1,2}\.(?:1[6-9]|20)\d\d(?!\d))", r"\1.", text)
    text = re.sub(
        r"(?<=\d[.\-])[ijvx]{1,4}(?=[.\-](?:1[6-9]|20)\d\d(?!\d))",
        lambda m: m.group(0).replace("j", "i") if "j" in m.group(0) else m.group(0),
        text,
    )
    # a form's printed century and the year's figures written after it ("12.vi.18 87", "June 12,
    # 18 87"): one year, its blank moved after it
    text = _FORM_CENTURY.sub(_join_century, text)
    # and 1 for l inside a word ("Ju1y"), or at the end of a month's name ("Apri1 1923" is April)
    text = re.sub(r"(?<=[A-Za-z])1(?=[a-z])", "l", text)
    return re.sub(
        r"(?<![A-Za-z])([A-Za-z]{2,8})1(?![\w])",
        lambda m: m.group(1) + "l" if (m.group(1) + "l").lower() in _MONTH_OF else m.group(0),
        text,
    )


# Letters OCR takes for one another, and digits it reads inside words ("Jume", "M4r.", "duly": a
# capital J read as d): a word one such slip away from a month's name is that month when a day
# stands beside it.
_LETTER_SLIPS = "mn nu uv ec eo co ao il it lt ij hb yv gq ft rn jd"
_DIGIT_SLIPS = {"4": "a", "0": "o", "1": "l", "5": "s", "8": "b", "6": "b", "9": "g", "2": "z"}
# Words and names one slip away from a month ("Julia", "Martins"), left as they are.
_NOT_MONTHS = {"julia", "julie", "juno", "mail", "mains", "mali", "mans", "martins", "maya"}


def _slips() -> dict[str, str]:
    alike: dict[str, set[str]] = {}
    for pair in _LETTER_SLIPS.split():
        a, b = pair[0], pair[1]
        alike.setdefault(a, set()).add(b)
        alike.setdefault(b, set()).add(a)
    for digit, letter in _DIGIT_SLIPS.items():
        alike.setdefault(letter, set()).add(digit)
    out: dict[str, str] = {}
    clash: set[str] = set()
    # the months every word one slip away from a month's word names, whether or not the table
    # lets OCR's slips of that word be read ("juuii" is Latin "junii" or Estonian "juuli")
    near: dict[str, set[int]] = {}
    for m, w, _row in _MONTH_ROWS:
        for i, c in enumerate(w):
            for r in alike.get(c, ()):
                near.setdefault(w[:i] + r + w[i + 1 :], set()).add(m)
    for words in _OCR_WORDS.values():
        for w in set(words):
            for i, c in enumerate(w):
                for r in alike.get(c, ()):
                    v = w[:i] + r + w[i + 1 :]
                    if len(w) < 4 and not r.isdigit():
                        continue  # "Jon", "Doc": three letters are too few to judge
                    if v in _MONTH_OF or v in _NOT_MONTHS:
                        continue
                    if out.get(v, w) != w and _MONTH_OF[out[v]] != _MONTH_OF[w]:
                        clash.add(v)
                    out[v] = w
    clash |= {v for v, w in out.items() if near.get(v, set()) - {_MONTH_OF[w]}}
    return {v: w for v, w in out.items() if v not in clash}


_MONTH_SLIPS = _slips()
_Y4_AHEAD = _Y4 + r"(?!\d)"
# a word with a day after it ("Jume 21, 1938") or before it ("14 M4r., 1972"), then a year
_SLIPPED_MDY = re.compile(
    r"(?<![A-Za-z0-9])(?P<w>[A-Za-zÀ-ɏ][A-Za-z0-9À-ɏ]{2,9})(?=\.?\s{0,2}[0-3]?\d\b[^\n]{0,12}?"
    + _Y4_AHEAD
    + ")"
)
_SLIPPED_DMY = re.compile(
    r"(?<![\w.-])[0-3]?\d[\s.\-/]{1,3}(?P<w>[A-Za-zÀ-ɏ][A-Za-z0-9À-ɏ]{2,9})(?=\.?[\s,.\-/]{0,3}"
    + _Y4_AHEAD
    + ")"
)
# The day after a month's name read as a letter: "JULYI,1935", "July l, 1935" (1), "January
# /0,1911" (the 1 of 10 read as a slash).
_SLIPPED_DAY = re.compile(
    rf"(?<![A-Za-z])(?P<w>(?i:{_MONTH}))(?P<sep>\.?\s?)(?:(?P<one>[Il|])(?![A-Za-z0-9])|/(?=\d\b))"
    rf"(?=\d?\s?[,.]?\s?{_Y4_AHEAD})"
)
# A day before a month's name with its 4 read as h ("2h July 1966"), or a lone 1 read as I
# ("I March 1962").
_SLIPPED_DAY_BEFORE = re.compile(
    rf"(?<![\w.-])(?:(?P<d>[0-2])h|(?P<one>I))(?=[\s.]{{1,2}}(?i:{_MONTH})\b[\s,.\-/]{{0,3}}"
    rf"{_Y4_AHEAD})"
)


def _repair_words(text: str) -> str:
    """Length-preserving fix of month names and days one OCR slip away, beside a date's other
    parts: the slipped word alone ("Jume", "I") is never read as a date."""

    def month(m: re.Match[str]) -> str:
        w = m.group("w")
        # a capital I inside a lower-case word is an l ("juuIi", "JuIi": juuli, Juli)
        el = re.sub(r"(?<=[a-z])I(?=[a-z]|$)", "l", w).lower()
        fixed = el if el != w.lower() and el in _MONTH_OF else _MONTH_SLIPS.get(w.lower())
        if fixed is None and len(plain := _fold(w).lower()) == len(w) and plain in _MONTH_OF:
            fixed = plain  # an accent misread ("Aoüt", "Févriér"): the month without its accents
        pad = ""
        if fixed is None and (merged := re.sub("rn", "m", w, flags=re.I).lower()) in _MONTH_OF:
            # an "m" read as "rn" ("3 rnai 1921", "Decernber 3, 1931"): the month, a blank before
            # it for each letter fewer, as the date's patterns allow two
            fixed, pad = merged, " " * (len(w) - len(merged))
        if fixed is None or _MONTH_OF.get(w.lower()):
            return m.group(0)
        fixed = fixed.upper() if w.isupper() else fixed.capitalize() if w[0].isupper() else fixed
        return m.group(0)[: m.start("w") - m.start()] + pad + fixed

    text = _SLIPPED_MDY.sub(month, text)
    text = _SLIPPED_DMY.sub(month, text)

    def day(m: re.Match[str]) -> str:
        if (
            m.group("one")
            and not m.group("sep")
            and (m.group("w") + m.group("one")).lower() in _MONTH_OF
        ):
            return m.group(0)  # "Juli", "Apri" + "l": the month's own last letter
        return m.group("w") + m.group("sep") + "1"

    text = _SLIPPED_DAY.sub(day, text)
    return _SLIPPED_DAY_BEFORE.sub(lambda m: m.group("d") + "4" if m.group("d") else "1", text)


def _year(token: str, *, pivot_20xx: bool) -> tuple[int, bool]:
    digits = token.lstrip("'’")
    if len(digits) == 4:
        return int(digits), False
    yy = int(digits)
    this_year = dt.date.today().year
    if pivot_20xx and 2000 + yy <= this_year:
        return 2000 + yy, True
    return 1900 + yy, True


@dataclass(frozen=True)
class Era:
    """What a sheet tells of a two-digit year's century: the four-digit years written near it (a
    distribution's year, the collector's other dates: "d. 28. Dec. 34 ... 1836" is 1834) and the
    latest year it can be (a determination's: "16/8-91" under a slip dated 1972 is 1891)."""

    near: tuple[int, ...] = ()
    latest: int | None = None
    # the sheet's other four-digit years that tell no century themselves (a herbarium's or a
    # donor's header, "Herb. K. Muster, presented 1881"; a stamp's): one a century or more
    # before a two-digit year's reading leaves that century a doubt
    elsewhere: tuple[int, ...] = ()

    def year(self, yy: int) -> int | None:
        """The year `yy` stands for, or None when the sheet does not tell."""
        this_year = dt.date.today().year
        bound = min(this_year, self.latest or this_year)
        readings = [c + yy for c in (1700, 1800, 1900, 2000) if c + yy <= bound]
        if not readings:
            return None
        if self.near:
            best = min(readings, key=lambda y: min(abs(y - e) for e in self.near))
            if min(abs(best - e) for e in self.near) <= 25:
                return best
        if self.latest is not None and 2000 + yy > self.latest:
            return readings[-1]  # the latest reading the determination allows
        return None


_CENTURY_BEFORE = 0.9  # `_century`'s doubt where only the century before could have written it
_APOSTROPHE_FROM = 1800  # a year after an apostrophe may be the nineteenth century's
_APOSTROPHE_DOUBT = 0.7


def _century(year: int, era: Era | None, *, pivot_20xx: bool) -> tuple[int, float]:
    """A two-digit year read as `year` (19yy, or 20yy after `_year`'s pivot): the year the sheet
    says it is, and how sure its century is when the sheet does not tell: 1.0 told; 0.6 when
    the next century could as well have written it ("11 may 04": 1904 or 2004); 0.9 when only
    the century before could ("28 Juli 90": 1990, or 1890 on an old sheet; the later century is
    the likelier, collections having grown since, but not sure)."""
    known = era.year(year % 100) if era is not None else None
    if known is not None:
        return known, 1.0
    if era is not None and any(y <= year - 75 for y in era.elsewhere):
        return year, 0.6  # "June '78" under a header of 1881: 1878 as likely as 1978
    if _either_century(year, pivot_20xx=pivot_20xx):
        return year, 0.6
    return year, _CENTURY_BEFORE if year - 100 >= 1700 else 1.0


def _either_century(year: int, *, pivot_20xx: bool) -> bool:
    """Whether a two-digit year read as `year` could as well be a century later ("11 may 04": 1904
    or 2004) and nothing on the sheet tells which (a 20xx year elsewhere would have made it 2004)."""
    return not pivot_20xx and year % 100 <= dt.date.today().year % 100


def _iso(y: int, m: int | None = None, d: int | None = None) -> str | None:
    if not 1700 <= y <= dt.date.today().year:
        return None
    if m is None:
        return f"{y:04d}"
    if not 1 <= m <= 12:
        return None
    if d is None:
        return f"{y:04d}-{m:02d}"
    try:
        dt.date(y, m, d)
    except ValueError:
        return None
    return f"{y:04d}-{m:02d}-{d:02d}"


def _interval(start: str | None, end: str | None) -> str | None:
    if start is None:
        return None
    if end is None or end == start:
        return start
    return f"{start}/{end}" if end > start else None


def find_dates(text: str, *, pivot_20xx: bool = False, era: Era | None = None) -> list[DateMatch]:
    """Every date in `text`, longest and most precise first where matches overlap. A two-digit
    year is put in the century the `era` tells, else in the 1900s (the 2000s with `pivot_20xx`,
    when a 20xx year stands elsewhere on the sheet)."""
    fixed = _repair_words(_repair_digits(text))
    found: list[DateMatch] = []
    taken = bytearray(len(text))  # characters already explained by a longer, earlier rule
    for rule, pattern in _PATTERNS:
        for m in pattern.finditer(fixed):
            s, e = m.span()
            if any(taken[s:e]):
                continue
            if _numbered_day(m, text):
                continue  # "K. Muster No. 12 May 1932": the number's figure, then "May 1932"
            match = _convert(rule, m, pivot_20xx=pivot_20xx, era=era)
            if match is None:
                four_digit = len((m.groupdict().get("y") or "").lstrip("'")) == 4
                roman_ok = "rm" not in m.groupdict() or _roman(m.group("rm")) is not None
                # "Vol. II 1936" is a volume and its year, not a wrong date
                # (or "Fl. Exempl. 1870, VI", a work's year and volume)
                numbered = rule == "date.my_roman" and (
                    m.groupdict().get("sp") is not None or m.group(0)[0].isdigit()
                )
                # (two dates a slash parts that are no Julian and Gregorian pair: the second is
                # read alone, "25.XII/6.I.1890")
                slashed = m.groupdict().get("js") == "/"
                # "K. Muster 33  Oct 1902": figures no day has, set apart from the month by a
                # column's gap, are a number before it ("32 July 1952" is a day misread)
                day = m.groupdict().get("d") or ""
                gap = fixed[m.end("d") : m.start("mon")] if "mon" in m.groupdict() and day else ""
                no_day = day.isdigit() and int(day) > 31 and ("  " in gap or "," in gap)
                if four_digit and roman_ok and not numbered and not slashed and not no_day:
                    taken[s:e] = b"\x01" * (e - s)  # "31 Feb 1999" is wrong, not "Feb 1999"
                continue
            iso, conf, precision, mflags = match
            while e < len(text) and fixed[e] == " " and text[e].isdigit():
                e += 1  # the year's last figure, its blank moved before it (`_join_century`)
            glued = s > 0 and text[s - 1].isalnum() and rule in _GLUED_RULES
            if (text[s:e] != fixed[s:e] or glued) and "ocr_repaired" not in mflags:
                conf *= 0.8
                mflags.append("ocr_repaired")
            # the letters the OCR read for the date's figures: one kind throughout is the font's
            # ("l2.vi.l93l"); two kinds ("l9O5", "Vll.l95O") are a blurred print's, a figure lost
            # as often as misread
            slips = {
                a for a, b in zip(text[s:e], fixed[s:e], strict=False) if a != b and a.isalpha()
            }
            if rule.endswith("_roman"):
                # a Roman month's I read as "l" ("Vll")
                months = "".join(v for k, v in m.groupdict().items() if k in ("rm", "rm2") and v)
                slips |= {ch for ch in "l|1" if ch in months}
                if any(ch in months for ch in "l|1J") and not months.islower():
                    # a capital month's I read as a figure or a small l ("5.Vl.1925", "VIl",
                    # "12.111.1934"): which numeral it was the reading cannot say
                    mflags.append("unsure_reading")
            if (
                any(
                    a in _DOUBTFUL_SLIPS and b.isdigit()
                    for a, b in zip(text[s:e], fixed[s:e], strict=False)
                )
                or (text[s].isdigit() and _STRAY_FIGURE.search(text, max(0, s - 3), s))
                or len(slips) > 1
            ):
                # "12 May 19S2": which figure the letter was; "1 2 Aug 1950": the day 2 or 12
                mflags.append("unsure_reading")
                if len(slips) > 1:
                    conf *= _BLURRED
            found.append(DateMatch(iso, text[s:e], s, e, rule, round(conf, 3), precision, mflags))
            taken[s:e] = b"\x01" * (e - s)
    found.sort(key=lambda d: d.start)
    for d in found:
        _take_part_of_month(d, text)
    return _joined(found, text)


# Words naming a part of a month before it ("early June 1890", "end of May 1890", "mi-juin 1890",
# "Anfang Mai 1890": data/date_words.csv, kind part), at the end of the text before the month
@lru_cache(maxsize=1)
def _part_before() -> re.Pattern[str]:
    return re.compile(
        rf"(?<![^\W\d_]){_date_words('part')}\.?(?:[^\S\n]*-[^\S\n]*|[^\S\n]+)"
        r"(?:(?:of|de|di|des|du|del|van)[^\S\n]+(?:the[^\S\n]+)?)?\Z",
        re.IGNORECASE,
    )


def _take_part_of_month(d: DateMatch, text: str) -> None:
    """A month and its year after a part of the month's words ("early June 1890"): the words
    join the verbatim date, the date keeps the month, flagged part_of_month (which days the
    collector meant the record does not say)."""
    if d.precision != 2 or "/" in d.iso:
        return
    m = _part_before().search(text[max(0, d.start - 30) : d.start])
    if m is None:
        return
    d.start -= len(m.group(0))
    d.verbatim = text[d.start : d.end]
    d.flags.append("part_of_month")


_BLURRED = 0.6  # factor for a date with two kinds of OCR slips in it ("l9O5")


# a lone figure one space before a date's day: the day'"'"'s own first figure parted by the OCR
# ("1 2 Aug 1950") as often as a number
_STRAY_FIGURE = re.compile(r"(?<![\w.,:/-])\d[^\S\n]$")


# what may stand after a date alone on its line: blanks, punctuation, brackets, a stray letter
_AFTER_DATE_ALONE = re.compile(r"[\s,.;:&{}\[\]()|]*(?:[a-z]\b)?[\s,.;:&{}\[\]()|]*")
# the longest a date alone is written ("( 12 . VIII . 1988 )."); a longer line is no date alone
_DATE_ALONE_LENGTH = 40


@lru_cache(maxsize=8192)
def date_alone(text: str, *, full_year: bool = True) -> bool:
    """Whether `text` is one date and nothing else but blanks and punctuation ("12. v. 1988",
    "Nov. 1988", "(3/1988)"; not "K. Muster 1988", "Date 1988"). With `full_year`, a year of two
    figures ("12. v. 88") is no date alone: which century it means is the dates parser's to tell
    from the rest of the sheet. (Cached: the roles ask it of every line several times.)"""
    if len(text.strip()) > _DATE_ALONE_LENGTH:
        return False
    dates = find_dates(text)
    if len(dates) != 1:
        return False
    d = dates[0]
    if full_year and "two_digit_year" in d.flags:
        return False
    return (
        not text[: d.start].strip(" \t,.;([")
        and _AFTER_DATE_ALONE.fullmatch(text[d.end :]) is not None
    )


def _numbered_day(m: re.Match[str], text: str) -> bool:
    """Whether a date's day, leading it, stands right after a number's key ("No. 12 May 1932",
    "# 12 May 1932"): that figure is the collector's number, the date the month's."""
    day = m.groupdict().get("d")
    return (
        day is not None
        and m.start("d") == m.start()
        and _NUMBER_WORD.search(text, max(0, m.start() - 16), m.start()) is not None
    )


# Between the two ends of a run of dates written in full: a dash, or "to" in the labels' languages
# ("31.V.1899 - 2.VI.1899", "3 May 1950 to 5 June 1950", "1.5.1950 bis 3.5.1950").
_RANGE_GAP = re.compile(
    r"[^\S\n]*(?:[-–—]|" + _date_words("range") + r"\b)[^\S\n]*",
    re.IGNORECASE,
)
# The longest run two full dates may span and be read as one collecting trip.
MAX_RUN_DAYS = 366


def _joined(found: list[DateMatch], text: str) -> list[DateMatch]:
    """Two dates to the day, or two months with their years ("Oct. 1898 - Mar. 1899"), joined by
    a dash or "to" are one interval, the earlier first."""
    out: list[DateMatch] = []
    for d in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.precision == d.precision
            and d.precision >= 2
            and "/" not in prev.iso + d.iso
            and _RANGE_GAP.fullmatch(text[prev.end : d.start])
            and 0 < _days_between(prev.iso, d.iso) <= MAX_RUN_DAYS
        ):
            out[-1] = DateMatch(
                f"{prev.iso}/{d.iso}",
                text[prev.start : d.end],
                prev.start,
                d.end,
                prev.rule,
                min(prev.confidence, d.confidence),
                d.precision,
                list(dict.fromkeys(prev.flags + d.flags)),
            )
            continue
        out.append(d)
    return out


def _days_between(first: str, last: str) -> int:
    """Days from the first to the last date ("1898-10" counts from the month's first day)."""

    def day(iso: str) -> dt.date:
        return dt.date.fromisoformat(iso if len(iso) == 10 else iso + "-01")

    return (day(last) - day(first)).days


def _form_date(g: dict[str, Any]) -> tuple[str, float, int, list[str]] | None:
    """A form's filled-in date (`date.form`): only where the blanks show (a gap of more than one
    mark, or the printed century), the plain "14.3.1968" being `date.numeric`'s."""
    y = g["y"]
    if g["c"]:
        if len(y) != 2:
            return None
        y = g["c"] + y
    elif len(y) != 4 or (len(g["s1"].strip()) < 2 and len(g["s2"].strip()) < 2):
        return None
    iso = _iso(int(y), int(g["m"]), int(g["d"]))
    return (iso, 0.75, 3, []) if iso else None


# how sure a month and a year in figures joined by a full stop ("3.1900") are, below the slash's 0.6
_MONTH_DOT_YEAR = 0.4


# Years a run of years ("1856-7", "1923-45") may span and still be read as one collecting trip
LONG_RUN = 2


# The days the Julian calendar ran behind the Gregorian, by the year's century: Russian labels
# (and others of the Orthodox lands) wrote both dates until the calendar changed (1918 in Russia,
# 1923 in Greece)
_JULIAN_LAG = ((1800, 11), (1900, 12), (1924, 13))


def _double_date(day: int | None, second: int, year: int) -> int | None:
    """The Gregorian day of a Julian and Gregorian pair ("12/24 VI 1890": 24), where the second
    day is the first's plus the lag of the year's century, within one month; None for another
    pair (a run of days, "12/15 VI 1890")."""
    lag = next((days for until, days in _JULIAN_LAG if year < until), None)
    if day is None or lag is None or year < 1700:
        return None
    return second if second - day == lag else None


def _julian_pair(y: int, mo: int, d: int, m2: int, d2: int) -> str | None:
    """The Gregorian date of a Julian and Gregorian pair across a month's end ("30 мая / 11 июня
    1890", "30.V/11.VI.1890": 1890-06-11), where the second is the first plus the century's lag;
    None for another pair."""
    lag = next((days for until, days in _JULIAN_LAG if y < until), None)
    if lag is None or y < 1700:
        return None
    try:
        first, second = dt.date(y, mo, d), dt.date(y, m2, d2)
    except ValueError:
        return None
    return second.isoformat() if (second - first).days == lag else None


def _convert(
    rule: str, m: re.Match[str], *, pivot_20xx: bool, era: Era | None = None
) -> tuple[str, float, int, list[str]] | None:
    g = m.groupdict()
    flags: list[str] = []
    conf = 0.95
    y2: int | None = None
    if rule == "date.season":
        iso = _iso(int(g["y"]))
        return (iso, 0.6, 1, flags) if iso else None
    if rule == "date.year":
        y = int(g["y"])
        if g.get("y2"):
            tail = g["y2"]
            if len(tail) == 3:
                return None  # "1950-123": a register's or an accession's number ("1856-7" is
                # a run of years as 19th-century labels write them)
            y2 = int(str(y)[: 4 - len(tail)] + tail)
            if _iso(y2) is None or y2 <= y:
                return None  # "1950-12", "1926-1412": no run of years
        if y2 and y2 - y > LONG_RUN:
            # "K. Muster 1923-45": a collector's numbered series or a register as often as
            # years of collecting
            flags.append("long_year_run")
        iso = _interval(_iso(y), _iso(y2) if y2 else None)
        return (iso, 0.5, 1, flags) if iso else None
    y, two = _year(g["y"], pivot_20xx=pivot_20xx)
    sure = 1.0
    if two:
        y, sure = _century(y, era, pivot_20xx=pivot_20xx)
        if sure == _CENTURY_BEFORE and g["y"][:1] in "'’" and y - 100 >= _APOSTROPHE_FROM:
            # "17 May '78": the apostrophe's year is as old a hand's as a recent one's (the
            # nineteenth century's collectors wrote it so), and nothing on the sheet tells
            sure = _APOSTROPHE_DOUBT
    ambiguous = sure < 1.0
    if rule == "date.apostrophe_year":
        iso = _iso(y)
        return (iso, 0.6, 1, ["two_digit_year"]) if iso else None
    if rule == "date.form":
        return _form_date(g)
    if rule == "date.my_numeric":
        iso = _iso(y, int(g["m"]))
        # "3.1900" less surely than "3/1900": a full stop also ends a day's or a decimal's figures
        return (iso, 0.6 if "/" in m.group(0) else _MONTH_DOT_YEAR, 2, flags) if iso else None
    if rule == "date.my_numeric_keyed":
        iso = _iso(y, int(g["m"]))
        keyed_flags = ["two_digit_year"]
        if ambiguous:
            keyed_flags.append("century_ambiguous")
        return (iso, 0.6, 2, keyed_flags) if iso else None
    if two:
        flags.append("two_digit_year")
        conf = 0.85
        if ambiguous:
            flags.append("century_ambiguous")
            conf *= sure
    d = _day(g["d"]) if g.get("d") else _ordinal_day(g["dw"]) if g.get("dw") else None
    d2 = int(g["d2"]) if g.get("d2") else None
    if "dg" in g and (g["dg"] or g["ds"] == "/"):
        gregorian = _double_date(d, int(g["dg"] or g["d2"]), y)
        if gregorian is None and g.get("dg"):
            return None  # "12(15).VI.1890": no Julian and Gregorian pair
        if gregorian is not None:
            # "12/24 VI 1890": the Julian day and the Gregorian, the record's the Gregorian
            d, d2 = gregorian, None
            flags.append("julian_gregorian")
    if g.get("d") and not g["d"].isdigit():
        conf *= 0.8
        flags.append("ocr_repaired")
    m2: int | None = None
    if rule == "date.iso":
        mo: int | None = int(g["m"])
    elif "roman" in rule:
        mo = _roman(g["rm"])
        if mo is None:
            return None
        if g.get("rm2"):
            m2 = _roman(g["rm2"])
            if m2 is None:
                return None
        if re.search(r"[l|1J]", g["rm"]) and "ocr_repaired" not in flags:
            conf *= 0.8
            flags.append("ocr_repaired")
    elif rule == "date.numeric_run":
        mo, m2 = int(g["m"]), int(g["m2"])
        if m2 < mo:
            return None  # a run into an earlier month: no run within one year
        conf *= 0.9
    elif rule == "date.numeric_range":
        if g["ds"] == "/" and g["s"] == "/":
            return None  # "14/15/6/50": no European run of days
        mo = int(g["m"])
        conf *= 0.9
    elif rule == "date.numeric":
        a, b = int(g["a"]), int(g["b"])
        s, t = g["s"], g["t"].strip()
        if s == ":" and (t != ":" or two):
            return None  # "9:30": a time; colons only between a day, a month and a full year
        # a slash then a space or a dash ("12/5 1899", "24/5-1918") is how Europeans write the
        # day and the month; the North American month-first date has the slash twice
        day_first = s in ".:" or (s == "/" and t != "/")
        if s in ".:" and b > 12:
            return None  # dots put the day first: "9. 14. 1891" is a volume, a page and a year
        if a > 12 and b <= 12:
            d, mo = a, b
        elif b > 12 and a <= 12:
            d, mo = b, a
        elif s in ".:":
            d, mo = a, b  # dots and colons put the day first wherever labels use them
        elif day_first:
            d, mo = a, b
            conf *= 0.7
            flags.append("ambiguous_day_month")
        else:
            d, mo = b, a
            conf *= 0.7
            # read month first for want of a sign: the record's country may turn it round
            flags += ["ambiguous_day_month", "month_first"]
        conf *= 0.9
    else:
        mo = _month(g["mon"])
        if g.get("mon2"):
            m2 = _month(g["mon2"])
    if rule == "date.my_roman" and g.get("sp") and not _roman_alone(m):
        return None
    if rule == "date.my_roman" and m.group(0)[0].isdigit() and _after_numbered(m):
        return None  # "Fl. Exempl. 1870, VI": a work's year and volume
    if g.get("unread"):
        flags.append("partial_date")
        conf *= 0.9
    if rule == "date.my_name" or rule == "date.my_roman":
        start = _iso(y, mo)
        end = _iso(y, m2) if m2 else None
        iso = _interval(start, end)
        return (iso, conf * 0.95, 2, flags) if iso else None
    if g.get("js") == "/":
        # a slash between two days of two months: the Julian date and the Gregorian, never a run
        pair = (
            _julian_pair(y, mo or 0, d or 0, m2 or 0, d2 or 0) if mo and m2 and d and d2 else None
        )
        if pair is None or _iso(y) is None:
            return None
        return pair, conf, 3, [*flags, "julian_gregorian"]
    start = _iso(y, mo, d)
    end = _iso(y, m2 or mo, d2) if d2 is not None else None
    if d2 is not None and end is None:
        return None
    iso = _interval(start, end)
    if iso is None:
        return None
    return iso, conf, 3, flags


def _det_cues(*, cased: bool) -> str:
    """The determination's cues of the tables, as one alternation: the determiner's key of the
    people's lexicon ("det.", "Определил", "Určil") and the cues that open a determination label
    (label_roles.csv: "Examined by", "Seen by", "Annotation"), not a type label's status word
    ("Isotype": the type's own data follow it). With `cased`, a cue the people's table reads only
    as written is read so ("rev." a revision; "Rev." capitalised a reverend: "Rev. K. Muster /
    12 June 1888" on a data label is the collector and the collection's date); without, in any
    case (on a determination slip "Rev. K. Muster / 12.vi.1990" is a revision)."""
    people = [r for r in data_rows("people_cues.csv") if r["role"] == "determiner"]
    exact = {r["cue"] for r in people if r["case"] == "exact"} if cased else set()
    lowered = {c.lower() for c in exact}
    any_case = [r["cue"] for r in people if r["cue"] not in exact] + [
        r["cue"]
        for r in data_rows("label_roles.csv")
        if r["role"] == "determination"
        and not re.search(r"typ|тип", r["cue"], re.IGNORECASE)
        and r["cue"].lower() not in lowered
    ]
    return alternation(any_case) + (f"|(?-i:{alternation(exact)})" if exact else "")


def _det_pattern(*, cased: bool) -> re.Pattern[str]:
    return re.compile(
        # the stems of the cues, however OCR and hands end them: "Det" without its stop,
        # "Determin..." and "Identifi..." in any language, "Vidi", "Conf" and "Confirm...",
        # "dét", Finnish "määr..."
        r"\b(?:det(?:\.|\b|ermin)|identifi|vidi|conf(?:irm)?\b|dét\b|määr"
        + r"|(?:"
        + _det_cues(cased=cased)
        + r")(?![^\W\d_]))",
        re.IGNORECASE,
    )


_DET = _det_pattern(cased=False)
_DET_CASED = _det_pattern(cased=True)
# The date's own key: "Date", "Fecha", "Datum", "Data", "Dato", Dutch and Latin "Dat." and "d.d."
# (de dato), Latin "Anno" ("Anno May 1936"), Finnish "pvm", Estonian "kuupäev".
_DATE_KEY = re.compile(
    r"\b(?:date|fecha|datum|data|dato|anno|pvm|kuup[äa]ev|coll\.?\s*date)\b|\b(?:dat|d\.\s?d|dd)\.",
    re.IGNORECASE,
)


def _collector_keys() -> str:
    """The first words of the collector's keys of people_cues.csv in other languages than
    English ("kog.", "keräsi", "ievāca", "surinko", "собрал"), beside the English ones."""
    words = {
        re.split(r"[\s.:]", r["cue"].strip().lower())[0]
        for r in data_rows("people_cues.csv")
        if r["role"] == "collector" and r["language"] != "en"
    }
    words |= {"coll", "collector", "col", "samml", "récolt\\w*"}
    return "|".join(sorted((w if w.endswith("*") else re.escape(w) for w in words), key=len)[::-1])


_COLL_KEY = re.compile(rf"\b(?:{_collector_keys()})\b", re.IGNORECASE)
# A reverend's title before a name ("Rev. J. Beispiel"), capitalised as people_cues.csv keeps
# the revision's "rev." only in lower case
_REVEREND = re.compile(r"(?<![^\W\d_])Rev\.\s*(?:[A-Z]\.\s*)*[A-Z][a-z]")
# A determiner's cue right after a collector's key is the collector's title: "Coll. Rev. K. Muster
# July 1888" (a reverend), not a revision.
_TITLE_AFTER_KEY = re.compile(_COLL_KEY.pattern + r"\.?:?\s*$", re.IGNORECASE)
# the words of the stamps that date a sheet's handling, not its gathering ("Databased 2011")
_HANDLING = re.compile(r"databas|imag|digiti[sz]|scann|\bacc(?:\.|ession|\b)", re.IGNORECASE)
# A day number just before a year ("Nove 14, 1938", "-14- 1938", "14 Mlre, 1972"): the year is
# the end of a date whose month could not be read.
_DAY_BEFORE = re.compile(r"(?<![\d.,])\d{1,2}(?![\d.,]\d)(?P<gap>\D{0,7})$")


# A word that numbers what follows it, right before a year-shaped figure ("No. 1903", "Cat.
# 1850", "# 1921"): the figure is an entry's or a sheet's number.
_NUMBER_WORD = re.compile(
    # (not the "n." of "s.n.", sine numero: "leg. K. Muster s.n. 3 Mar 1957" has no number)
    r"(?:(?<![^\W\d_])(?<!s\.)(?<!s\. )"
    + _date_words("number")
    + r"(?![^\W\d_])\.?|#)[^\S\n]?:?[^\S\n]?\Z",
    re.IGNORECASE,
)


# A word that dates a sheet's sending or an exsiccata's issue, a few words at most before a year on
# its line ("Comm. K. Muster 1890", "Watson B.E.C. 1876", "Fasc. III (1905)"): the year is the
# sender's or the issue's, a doubt as the collection's.
_SENT_WORD = re.compile(
    r"(?<![^\W\d_])" + _date_words("sent") + r"(?![^\W\d_])\.?[^\S\n]?:?[^\d\n]{0,40}$",
    re.IGNORECASE,
)
# how much a year after such a word keeps of its confidence, and the score it has at most (any
# other date of the sheet is taken before it)
_SENT_CONFIDENCE = 0.6
_SENT_SCORE = 0.5


def _sent_above(lab: Label, date: DateMatch) -> bool:
    """Whether a year alone on its line stands under a sender's line ("Comm. Rev. K. Muster /
    1880"): the sender's year as much as the collection's."""
    i = lab.line_no(date.start)
    alone = lab.lines[i].text.strip(" .,;()") == lab.text[date.start : date.end].strip(" .,;()")
    if i == 0 or not alone:
        return False
    above = lab.lines[i - 1]
    return _SENT_WORD.search(lab.text, above.start, above.end) is not None


_TYPE_COPY_SCORE = 2.5  # a full date alone stays, doubted; a year alone is dropped
_TYPE_COPY_CONFIDENCE = 0.5


def _first_type_copy_line(lab: Label, printed: Label) -> int | None:
    """The number of the label's first line that opens a type's photograph or annotation
    (`type_copy_line`): the dates on it and under it are the type's. Read on the label as
    printed (`printed`: the specimen's view blanks a photograph's line)."""
    lines = printed.lines if len(printed.lines) == len(lab.lines) else lab.lines
    return next((i for i, ln in enumerate(lines) if type_copy_line(ln.text)), None)


def _acquired_above(lab: Label, date: DateMatch, printed: Label) -> bool:
    """Whether a date alone on its line stands under an acquisition's or a photograph's line
    ("Acc. No. 812345 / MAR 3 1955", "Field Museum Neg. No. 12345 / 1931"): the stamp's date.
    `printed`: the label as printed (the specimen's view blanks such a line)."""
    i = lab.line_no(date.start)
    alone = lab.lines[i].text.strip(" .,;()") == lab.text[date.start : date.end].strip(" .,;()")
    if i == 0 or not alone or len(printed.lines) != len(lab.lines):
        return False
    above = printed.lines[i - 1].text
    # (a former owner's label, "Ex Herb. K. Muster", goes on with the specimen's own data)
    if _FORMER_OWNER.match(above) is not None:
        return False
    # a year alone under who gave or sold it ("Presented by K. Muster / 1927") is the gift's: a
    # gathering's date under such a line is a full one ("Communicated by K. Muster / 6 June 1930")
    return stamp_line(above) or (date.precision == 1 and curatorial_line(above))


_FORMER_OWNER = re.compile(r"[\W_]*ex[ \t]+h(?:er)?b\b", re.IGNORECASE)


def _day_before(text: str) -> bool:
    """Whether `text` (what stands before a year) ends with the day of a date whose month could
    not be read; not a number ending the line above ("Vitis 3" over "1832": a sheet's number)."""
    m = _DAY_BEFORE.search(text)
    return m is not None and not ("\n" in m["gap"] and not m["gap"].split("\n")[0].strip())


# a determiner's line: the cue at its start
_DET_LINE = re.compile(r"[\W_]{0,3}" + _DET.pattern, re.IGNORECASE)


def _det_note(labels: list[Label], i: int, date: DateMatch) -> bool:
    """Whether `date` is all of label `i` and the next label is a determiner's line without a
    year of its own ("8/1972" written over "det. A. Name"): the determination's date."""
    text = labels[i].text
    if i + 1 >= len(labels) or len(text) > 2 * len(date.verbatim) + 4:
        return False  # more than the date (checked first: a long label has many dates)
    if re.sub(r"[\W_]", "", text) != re.sub(r"[\W_]", "", date.verbatim):
        return False
    after = labels[i + 1].text.strip()
    return _DET_LINE.match(after) is not None and re.search(FOUR_DIGIT_YEAR, after) is None


# a literature citation printed on a voucher label: its dates are the paper's
_CITATION = re.compile(r"\bdoi\s?:|\bpublished\b", re.IGNORECASE)


def _det_cue_in(det_cue: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first determiner's cue in `text` that is no title after a collector's key ("Coll.
    Rev. K. Muster / July 1888": a reverend)."""
    return next(
        (m for m in det_cue.finditer(text) if not _TITLE_AFTER_KEY.search(text, 0, m.start())),
        None,
    )


def in_det_context(label: Label, start: int, *, cased: bool = False) -> bool:
    """A date on a "Det." line, or right under one that has no year of its own ("det. K. Muster
    1917 / 24/5-1917": the line's own year is the determination's), or under the determiner's
    affiliation ("det. K. Muster / University of Exempla / 7.4.1981"), dates the identification,
    not the collection. With `cased` (a data label), the cues are read in the case the people's
    table allows (`_det_cues`)."""
    det_cue = _DET_CASED if cased else _DET
    i = label.line_no(start)
    line = label.lines[i]
    before = label.text[max(line.start, start - 120) : start]
    if _det_cue_in(det_cue, before) is not None:
        return True
    if _COLL_KEY.search(before) or i == 0 or len(before.strip()) >= 3:
        return False
    k = i - 1
    # the determiner's institution (a line or two, blanked or not) between the name and the date
    while (
        k > 0
        and i - k <= 2
        and (not label.lines[k].text.strip() or is_institution(label.lines[k].text))
    ):
        k -= 1
    above = label.lines[k].text
    det = _det_cue_in(det_cue, above)
    return det is not None and re.search(FOUR_DIGIT_YEAR, above[det.end() :]) is None


# a person's key that is a participle and "by" ("Recorded by", "Gathered by", "Found by")
_BY_KEY = re.compile(r"[\W_]{0,3}[^\W\d_]{3,}ed\s+by\b", re.IGNORECASE)


def _collector_line(text: str) -> bool:
    """Whether a line names the collector by a key: a collector's ("leg.", "Coll.") or a
    participle with "by" that is no determiner's ("Recorded by", not "Determined by")."""
    return _COLL_KEY.search(text) is not None or (
        _BY_KEY.match(text) is not None and _DET_LINE.match(text) is None
    )


def _det_slip_date(labels: list[Label], i: int, date: DateMatch) -> bool:
    """Whether label `i` is only a date ("Date: 6/9/2007") read apart from the determination
    slip above it: a determiner's cue with the determiner's name after it ("Determinavit / A.
    Name"), no year of its own, and no collector's key (a printed form's empty "Det." field
    above its "Date" is the collection's)."""
    if i == 0:
        return False
    rest = labels[i].text[: date.start] + labels[i].text[date.end :]
    if _DATE_KEY.sub("", rest).strip(" \t\n:.,;-") != "":
        return False
    above = labels[i - 1].text
    if re.search(FOUR_DIGIT_YEAR, above) or _COLL_KEY.search(above):
        return False
    lines = [ln.strip() for ln in above.split("\n")]
    for k, line in enumerate(lines):
        m = _DET_LINE.match(line)
        if m is None:
            continue
        after = " ".join([line[m.end() :], *lines[k + 1 : k + 2]])
        if re.search(r"[^\W\d_]{2}", re.sub(r"^\w*[./:\s]*", "", after)):
            return True
    return False


def _is_det(labels: list[Label], i: int, date: DateMatch, *, cased: bool = False) -> bool:
    """Whether a date of label `i` dates a determination (`cased`: see `in_det_context`)."""
    return in_det_context(labels[i], date.start, cased=cased) or _det_note(labels, i, date)


@dataclass
class DatedSpan:
    label: Label
    date: DateMatch
    det: bool
    score: float  # <= 0: too doubtful to be the collection date at all

    @property
    def on_collection_form(self) -> bool:
        """Whether the date's label also names the collector: a printed form's "Det. ... Date ..."
        then dates the collection too, while a determination slip's date never does ("Recorded
        by K. Muster / conf. J. Beispiel / June 1955": the record's date and the confirmation's)."""
        return any(_collector_line(ln.text) for ln in self.label.lines)


def _written_years(
    labels: list[Label], i: int, dates: list[DateMatch]
) -> tuple[list[int], list[int]]:
    """The four-digit years of a label's dates that tell a two-digit year's century: those near
    it, and the determinations' (an upper bound). Not a stamp's or an institution's year, nor a
    run of years ("1926-483" is a museum's register number as often)."""
    lab = labels[i]
    near: list[int] = []
    det: list[int] = []
    for d in dates:
        if "two_digit_year" in d.flags or (d.rule == "date.year" and "/" in d.iso):
            continue
        line = lab.line_at(d.start)
        if is_institution(line.text) or _HANDLING.search(lab.text[max(0, d.start - 40) : d.start]):
            continue
        (det if _is_det(labels, i, d) else near).append(int(d.iso[:4]))
    return near, det


# a register number after the museum's key ("B.M. 1932-456", "Brit. Mus. 1927-123", "Reg. No.
# 1950-12"): three figures of serial at most after a dash or a slash, never a day and month
_MUSEUM_REGISTER = re.compile(
    r"(?<![\w.])(?:B\.\s?M\.|Brit\.\s?Mus\.?|Reg(?:ister)?\.?\s?No\.?|Acc\.?\s?No\.?)[\s:]*"
    rf"(?P<y>{YEAR})(?:{DASH})(?:{SERIAL})(?!\d|\.\d)"
)


def _registered_years(labels: Iterable[Label]) -> list[int]:
    """The years of the museum's register numbers on the labels (see `_MUSEUM_REGISTER`)."""
    return [int(m.group("y")) for lab in labels for m in _MUSEUM_REGISTER.finditer(lab.text)]


def _sheet_dates(
    labels: list[Label],
    pivot: bool,
    registered: list[int] | None = None,
    others: Iterable[Label] = (),
) -> list[list[DateMatch]]:
    """Each label's dates, a two-digit year put in the century the sheet's other years tell:
    those on its own label first, then those on the others."""
    found = [find_dates(lab.text, pivot_20xx=pivot) for lab in labels]
    if not any("two_digit_year" in d.flags for ds in found for d in ds):
        return found
    written = [_written_years(labels, i, ds) for i, ds in enumerate(found)]
    dets = [y for _, det in written for y in det if y >= 1800]
    # a museum's register number: the year the specimen was registered, no earlier than its
    # collection ("12.VI.55" under "Brit. Mus. 1956-123" is 1955)
    dets += registered or []
    latest = max(dets) if dets else None
    told = {y for near, det in written for y in (*near, *det)}
    # (and the years of the sheet as printed: its headers, stamps and slips)
    more = [find_dates(lab.text) for lab in others]
    elsewhere = tuple(
        int(d.iso[:4])
        for ds in [*found, *more]
        for d in ds
        if "two_digit_year" not in d.flags and int(d.iso[:4]) not in told
    )
    for i, lab in enumerate(labels):
        if not any("two_digit_year" in d.flags for d in found[i]):
            continue
        near = written[i][0] or [y for j, w in enumerate(written) if j != i for y in w[0]]
        era = Era(tuple(near), latest, elsewhere)
        found[i] = find_dates(lab.text, pivot_20xx=pivot, era=era)
    return found


def label_dates(
    labels: list[Label],
    sheet_labels: Iterable[Label] = (),
    *,
    data: Container[int] = (),
    slip_lines: Mapping[int, Container[int]] | None = None,
) -> list[DatedSpan]:
    """All dates with a score for being the collection date (higher is better). `sheet_labels`:
    all the sheet's labels, whose museum register numbers bound a two-digit year's century (the
    register's own label carries no collection date). On the `data` labels (by their
    `Label.label`: the specimen's data labels) that key no collector, the determiners' cues are
    read in the case the people's table allows (`in_det_context`). `slip_lines`: by label, the
    lines the roles found dating a determination (a slip's, "DETERMINAVIT / K. Muster / 1987"):
    their dates are determinations', and no rival of the collection date."""
    sheet_labels = list(sheet_labels)
    pivot = any(re.search(r"\b20[0-3]\d\b", lab.text) for lab in labels)
    out: list[DatedSpan] = []
    slips: list[DatedSpan] = []
    sheet = _sheet_dates(
        labels, pivot, _registered_years([*labels, *sheet_labels]), others=sheet_labels
    )
    titles = _titled_years(labels, sheet)
    day_first = any(_DAY_FIRST_KEY.search(lab.text) for lab in labels)
    printed = {lab.label: lab for lab in sheet_labels}
    for i, (lab, dates) in enumerate(zip(labels, sheet, strict=True)):
        # a reverend collects where no other collector is keyed: "Leg. K. Muster / Rev. J.
        # Beispiel 1980" is a revision
        # ("Rev. J. Beispiel, coll.": the reverend's own key on his line keys no one else)
        cased = (
            bool(dates)
            and lab.label in data
            and not any(
                _COLL_KEY.search(ln.text) and not _REVEREND.search(ln.text) for ln in lab.lines
            )
        )
        type_copy = _first_type_copy_line(lab, printed.get(lab.label, lab)) if dates else None
        # (the label as printed: its institution's line is blanked in `lab`)
        own = _day_first_institution(printed.get(lab.label, lab)) if dates else False
        for d in dates:
            if "month_first" in d.flags and (day_first or own):
                _read_day_first(d)
            # read on the lines (a date does not run on across a line that starts with a dash),
            # quoted as one line
            d.verbatim = lab.flat[d.start : d.end]
            line = lab.line_at(d.start)
            det = _is_det(labels, i, d, cased=cased)
            score = float(d.precision)
            # "(Mr Muster 1840)": a collector's year, even in a heading ("Herbier du X (Mr ...)")
            titled = any(
                m.start("y") == d.start
                for m in COLLECTOR_YEAR.finditer(
                    lab.text, max(line.start, d.start - 80), min(line.end, d.end + 5)
                )
            )
            if titled:
                score += 0.5
            elif is_institution(line.text) or (is_header(line.text) and d.precision == 1):
                score -= 2.5
            before = lab.text[max(line.start, d.start - 60) : d.start]
            if _DATE_KEY.search(before) or _collecting_cue(before):
                score += 0.5  # "Date: ...", "Collected 12th June 1898", "leg. A. Name 12.5.1905"
            if never_collection(lab.text, line.start, d.start, d.end) or _acquired_above(
                lab, d, printed.get(lab.label, lab)
            ):
                score -= 10  # "Reçu le 3 mars 1950", a printer's "1234—25/4/34—10,000"
            if d.rule == "date.year" and re.search(
                r"[:;]\s*\d|\bp\.\s*\d|\d+\s*:\s*\d", line.text[:300]
            ):
                score -= 2  # a year in a literature citation ("Exempl. J. 18: 73. 1916")
            if _CITATION.search(
                lab.flat, max(line.start, d.start - 150), min(line.end, d.end + 150)
            ):
                score -= (
                    4  # the date a voucher's paper was published ("... 12 June 2015, doi: ...")
                )
            if d.rule == "date.year" and _day_before(lab.text[max(0, d.start - 12) : d.start]):
                score -= 2
            if d.rule == "date.apostrophe_year":
                score -= 1  # "exemplaris '72": how determiners date their slips
            # (a bounded window: a long line has many years)
            if d.rule == "date.year" and _NUMBER_WORD.search(
                lab.text, max(line.start, d.start - 16), d.start
            ):
                score -= 2  # "Exsiccata No. 1903", "Wall. Cat. 1850": a number, not a year
            if d.rule == "date.year" and (
                _SENT_WORD.search(lab.text, max(line.start, d.start - 60), d.start)
                or _sent_above(lab, d)
            ):
                # "Comm. K. Muster 1890", "Fasc. III (1905)", "Comm. K. Muster / 1890": the
                # sender's or the year
                score = min(score, _SENT_SCORE)
                d.confidence *= _SENT_CONFIDENCE
                d.flags.append("sent_or_issued_year")
            if d.rule == "date.year" and _unread_date_parts(lab.text, d.start, d.end, line):
                d.flags.append("partial_date")
            if _EMERGED.search(before):
                # "e.l. 3.v.1971", "e.p. 12.v.1972": the day the insect emerged in rearing, not
                # the day it was collected; a collecting date elsewhere on the labels wins
                score -= 0.5
                d.confidence *= _EMERGED_CONFIDENCE
                d.flags.append("emergence_date")
            if type_copy is not None and type_copy <= lab.line_no(d.start):
                # "Photograph of holotype / ... 12 Mar 1890", "Holotype of X, coll. 1890": the
                # type's gathering, not this sheet's; any other date outranks it
                score -= _TYPE_COPY_SCORE
                d.confidence *= _TYPE_COPY_CONFIDENCE
                d.flags.append("type_copy_date")
            _doubt_reading(lab, d)
            det = det or lab.line_no(d.start) in (slip_lines or {}).get(lab.label, ())
            out.append(DatedSpan(lab, d, det, score))
            if not det and _det_slip_date(labels, i, d):
                slips.append(out[-1])
    # A slip's date read apart from it is the determination's when the sheet has a collection
    # date of its own; alone, it may as well be a packet's date beside its "Det." line.
    if any(sp.score > 0 and not sp.det and sp.date.precision >= 2 for sp in out if sp not in slips):
        for sp in slips:
            sp.det = True
    _join_split_lines(out)
    return _flag_rivals(_weigh_by_titles(out, titles, labels))


# the rearing cues of insect labels right before a date on its line: ex larva, ex pupa, ex ovo
# ("e.l.", "e.p.", "e.o."), "emerged", "em.", German "geschl." (geschlüpft)
_EMERGED = re.compile(
    r"(?<![^\W\d_])(?:e\.\s?[lpo]\.|ex\s(?:larv[ae]|pupa|ovo)|emerged|em\.|geschl(?:\.|üpft))"
    r"[\s:,]*$",
    re.IGNORECASE,
)
_EMERGED_CONFIDENCE = 0.8
_UNSURE_CONFIDENCE = 0.8
# A Roman month's letters read below this confidence: one stroke more or less is another month
# ("vi" for "vii"), and both recognisers may agree on the wrong one
_ROMAN_READ = 0.9
_GLUED_INITIAL = re.compile(r"(?<![^\W\d_])[^\W\d_]\.\Z")
# a day's figures and their mark right before a month and year the rules read without them
# ("e1.3.v.1971", the day parted from its month by a misread key)
# (or a Roman numeral and its full stop: "iii.iv.1955", a run of months whose dash was lost)
_DAY_LEFT_OUT = re.compile(
    r"(?:(?<![\d,])[0-3]?\d|(?<![^\W\d_])[ivxIVX]{1,4})[^\S\n]?[.\-/][^\S\n]?\Z"
)


def _doubt_reading(lab: Label, d: DateMatch) -> None:
    """Flag a date whose reading is a doubt the rules do not see: a month in Roman numerals or
    figures in words the OCR read unsurely, or a month and year with a day's figures glued before them (the day left out:
    the date is less precise than the label's)."""
    if "unsure_reading" in d.flags:
        return
    # (also a month in figures: "12.1.1930", "12.10.1930" and "9.1988" are as often a Roman
    # "12.iii.1930" or "9.ix.1988" misread; a month's name stays legible at a lower confidence)
    fragile = "roman" in d.rule or "numeric" in d.rule
    roman_unsure = fragile and lab.words and lab.word_confidence(d.start, d.end) < _ROMAN_READ
    day_left_out = d.precision == 2 and _DAY_LEFT_OUT.search(lab.text, max(0, d.start - 5), d.start)
    # glued to a one-letter abbreviation's full stop ("a.p.12.v.1972"): which key it was (a
    # rearing's "e.p.", "e.l.") the OCR left unread; a state's before it is common on insect
    # labels ("N.Mex.VII-13-59")
    glued = _GLUED_INITIAL.search(lab.text, max(0, d.start - 3), d.start) is not None
    if roman_unsure or day_left_out or glued:
        d.confidence *= _UNSURE_CONFIDENCE
        d.flags.append("unsure_reading")


# A day and its month ending a line with the dash or the dot that leads to the year
# ("Sampleton, 26-VII-", "3.vi."), the year read on a line of its own near it: OCR parts a small
# label's date so, or puts the year's line before the day's ("1977" / "Sampleton, 26-VII-").
_DM_FRAGMENT = re.compile(
    rf"(?<![\w.,/-])(?P<d>{_DAY})[^\S\n]?[-.][^\S\n]?(?P<m>{_ROMAN}|{_MON_ALONE})[^\S\n]?[-.][^\S\n]*$",
    re.MULTILINE | re.IGNORECASE,
)
_YEAR_LINE = re.compile(rf"[^\S\n]*{_Y4}\.?[^\S\n]*")
_SPLIT_LINES = 2  # lines between the day's and the year's at most
_SPLIT_CONFIDENCE = 0.85


def _join_split_lines(spans: list[DatedSpan]) -> None:
    """A year alone on its line, with a day and month ending a line near it that have no year
    of their own: the year becomes that day's date (its evidence the day and month)."""
    for sp in spans:
        d = sp.date
        lab = sp.label
        if d.rule != "date.year" or sp.det or sp.score <= 0 or "/" in d.iso:
            continue
        line = lab.line_at(d.start)
        if not _YEAR_LINE.fullmatch(line.text):
            continue
        taken = [(o.date.start, o.date.end) for o in spans if o.label is lab and o is not sp]
        found = [
            m
            for m in _DM_FRAGMENT.finditer(lab.text)
            if abs(lab.line_no(m.start()) - lab.line_no(d.start)) <= _SPLIT_LINES
            and not any(a < m.end() and m.start() < b for a, b in taken)
        ]
        if len(found) != 1:
            continue
        m = found[0]
        month = _roman(m["m"]) if re.fullmatch(_ROMAN, m["m"]) else _month(m["m"])
        iso = _iso(int(d.iso), month, int(m["d"])) if month else None
        if iso is None or in_det_context(lab, m.start()):
            continue
        flags = [*d.flags, "year_on_another_line"]
        conf = d.confidence * _SPLIT_CONFIDENCE
        sp.date = DateMatch(
            iso,
            lab.flat[m.start() : m.end()],
            m.start(),
            m.end(),
            "date.split_lines",
            conf,
            3,
            flags,
        )
        sp.score += 2


# The words of the languages that write the day first (data/date_words.csv, kind day_first: a
# form's keys, places' prepositions, collections' titles in Spanish, Portuguese, German, Dutch,
# French, Scandinavian): a numeric date on a specimen with such a label is read day first
# ("Fecha: 04/12/1962", "heide bij Sampleton / 12-6-1931"); "Datum" before a geodetic datum's name
# ("Datum: NAD27") is English.
_DAY_FIRST_KEY = re.compile(
    r"(?<![^\W\d_])" + _date_words("day_first") + r"(?![^\W\d_])(?![\s:.]*(?:NAD|WGS|ED)\s*\d)",
    re.IGNORECASE,
)


# Countries whose labels write the month before the day ("4/6/1902" for April 6)
MONTH_FIRST_COUNTRIES = frozenset(
    {"US", "PH", "FM", "MH", "PW", "GU", "PR", "VI", "AS", "MP", "UM"}
)


@lru_cache(maxsize=1)
def _institution_names() -> tuple[tuple[str, bool], ...]:
    """The names of the institutions of data/institutions.csv, their words folded (three words
    at least: a shorter name is too common a phrase), and whether their country writes the day
    first."""
    out = []
    for row in data_rows("institutions.csv"):
        words = re.findall(r"[a-z]+", _fold(re.sub(r"\(.*?\)", " ", row["institution"])).lower())
        if len(words) >= 3 and row["country"]:
            out.append((" " + " ".join(words) + " ", row["country"] not in MONTH_FIRST_COUNTRIES))
    return tuple(out)


def _day_first_institution(lab: Label) -> bool:
    """Whether the label prints the name of an institution of a country that writes the day first
    ("HERBARIUM OF TRINITY COLLEGE DUBLIN / ... / 12/6/1930"): its own printed form, filled in
    as its country writes dates, whatever country the specimen is from; a US institution's name
    says the month comes first."""
    words = " " + " ".join(re.findall(r"[a-z]+", _fold(lab.text).lower())) + " "
    named = [first for name, first in _institution_names() if name in words]
    return bool(named) and all(named)


def _read_day_first(d: DateMatch) -> None:
    """A date read month first for want of a sign, read day first instead: still flagged
    ambiguous_day_month."""
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", d.iso)
    if m is None or _iso(int(m[1]), int(m[3]), int(m[2])) is None:
        return
    d.iso = f"{m[1]}-{m[3]}-{m[2]}"
    d.flags = [f for f in d.flags if f != "month_first"]


def _collecting_cue(before: str) -> bool:
    """Whether `before` (what stands before a date on its line) holds a collector's key or a
    collecting word ("leg. A. Name", "Collected", "gesammelt am"), not a determiner's."""
    found = _COLL_KEY.search(before) or _TITLE_WORD["collected"].search(before)
    return found is not None and not _DET.search(before, found.end())


def _ends(part: str, *, last: bool) -> tuple[int, int, int]:
    """The first (or `last`) day an ISO date may mean, as (year, month, day): "1954" is
    (1954, 0, 0) to (1954, 13, 32)."""
    nums = [int(x) for x in part.split("-")]
    fill = [13, 32] if last else [0, 0]
    y, m, d = (nums + fill[len(nums) - 1 :])[:3]
    return y, m, d


def _agree(a: str, b: str) -> bool:
    """Whether two dates may be the same day: "1954" and "1954-11", overlapping runs."""
    a1, a2 = a.split("/")[0], a.split("/")[-1]
    b1, b2 = b.split("/")[0], b.split("/")[-1]
    return _ends(a1, last=False) <= _ends(b2, last=True) and _ends(b1, last=False) <= _ends(
        a2, last=True
    )


# how far below the best a disagreeing date still makes the choice a doubt: only as good (a key, a
# day and a month more make one date likelier than another); on another collector's label, a
# date with a month more or a key more ("Coll. A. Name, 1886" beside "Coll. B. Name 1878": two
# specimens' labels on one sheet)
_RIVAL_GAP = 0.25
_YEAR_RIVAL_GAP = 0.5
_OTHER_SPECIMEN_GAP = 1.0


def _flag_rivals(spans: list[DatedSpan]) -> list[DatedSpan]:
    """Flag `several_dates` on the best collection dates when another one, nearly as good, gives
    another day: several specimens' labels on one sheet, a date the roles could not tell from a
    determination's or a print's. The choice is then a guess the confidence must show."""
    event = [sp for sp in spans if sp.score > 0 and not sp.det]
    if len(event) < 2:
        return spans
    top = max(sp.score for sp in event)
    # whether each label names a collector (asked once a label: a long label has many dates)
    forms = {sp.label.label: sp for sp in event}
    keyed = {label for label, sp in forms.items() if sp.on_collection_form}
    rivals = {sp.date.iso for sp in event if sp.score >= top - _RIVAL_GAP}
    # a year alone is weak evidence: a key or a collecting word more makes it no surer than a
    # year on another label ("Coll. A. Name, 1886" beside "1878.")
    years = {sp.date.iso for sp in event if sp.score >= top - _YEAR_RIVAL_GAP}
    others = {
        (sp.label.label, sp.date.iso)
        for sp in event
        if sp.score >= top - _OTHER_SPECIMEN_GAP and sp.label.label in keyed
    }
    for sp in event:
        if sp.score < top:
            continue
        near = years if sp.date.rule == "date.year" else rivals
        if any(not _agree(iso, sp.date.iso) for iso in near) or (
            sp.label.label in keyed
            and any(
                label != sp.label.label and not _agree(iso, sp.date.iso) for label, iso in others
            )
        ):
            sp.date.flags.append("several_dates")
    return spans


# Words that date a series' gathering ("PLANTAE EXEMPLENSES 1948 lectae", "gesammelt 1899") or name
# a journey with its year ("Exemplia Expedition 1982"), from data/collecting_words.csv.
_TITLE_WORDS = {
    kind: alternation(
        v
        for r in data_rows("collecting_words.csv")
        if r["kind"] == kind
        for v in (r["word"], _fold(r["word"]))
    )
    for kind in ("collected", "expedition")
}
_TITLE_WORD = {
    kind: re.compile(rf"(?<![^\W\d_]){words}(?![^\W\d_])", re.IGNORECASE)
    for kind, words in _TITLE_WORDS.items()
}
# between the word and the year, on one line: no figure, a few words at most
_TITLE_GAP = re.compile(r"[^\d\n]{0,40}")


@dataclass(frozen=True)
class TitledYear:
    """A year a series title or an expedition's name gives the sheet's gathering."""

    label: int
    date: DateMatch
    kind: str  # "collected" or "expedition"
    first: int
    last: int


def _years(iso: str) -> tuple[int, int]:
    """The first and last year of an ISO date or interval ("1964/1968", "1950-07-11/15")."""
    parts = [p for p in iso.split("/") if re.match(r"\d{4}", p)]
    return int(parts[0][:4]), int(parts[-1][:4])


def _titled_years(labels: list[Label], sheet: list[list[DateMatch]]) -> list[TitledYear]:
    """The years written beside a collecting word or an expedition's name, on the same line and
    with no figure between: never a determination's, a stamp's or an institution's year."""
    out: list[TitledYear] = []
    for i, (lab, dates) in enumerate(zip(labels, sheet, strict=True)):
        for d in dates:
            if d.rule != "date.year" or _is_det(labels, i, d):
                continue
            line = lab.line_at(d.start)
            if is_institution(line.text) or _HANDLING.search(line.text):
                continue
            for kind, word in _TITLE_WORD.items():
                near = [
                    m
                    for m in word.finditer(lab.text, line.start, line.end)
                    if (m.end() <= d.start and _TITLE_GAP.fullmatch(lab.text, m.end(), d.start))
                    or (m.start() >= d.end and _TITLE_GAP.fullmatch(lab.text, d.end, m.start()))
                ]
                if near:
                    out.append(TitledYear(i, d, kind, *_years(d.iso)))
                    break
    return out


# a day and a month's name without a year ("12 July", "July 12th", "12. VII.", "August 26-September
# 2", "3-5 Juni"), which a series title's year completes; not the month words that are also
# common words or names ("Via 12 Gen.")
_ORD = r"(?:st|nd|rd|th|er)?"
_DAY_MONTH = re.compile(
    rf"(?<![\w.])(?P<ma>{_MON_ALONE})\s(?P<da>{_DAY}){_ORD}"
    rf"(?:\s?[-–]\s?(?:(?P<ma2>{_MON_ALONE})\s)?(?P<da2>{_DAY}){_ORD})?(?![\w/])"
    rf"|(?<![\w.,/-])(?P<db>{_DAY}){_ORD}\.?(?:\s?[-–]\s?(?P<db2>{_DAY}){_ORD}\.?)?\s?(?:de\s+)?"
    rf"(?P<mb>{_MON_ALONE})(?:\s?[-–]\s?(?P<db3>{_DAY}){_ORD}\.?\s?(?:de\s+)?(?P<mb3>{_MON_ALONE}))?"
    rf"|(?<![\w.,/-])(?P<dr>{_DAY})\.\s?(?P<rm>[IVX]{{1,4}})\.",
    re.IGNORECASE,
)
# what must not follow such a day and month: a year or another figure
_NO_YEAR_AFTER = re.compile(r"[\s,.\-/']{0,3}\d")


def _day_month_iso(m: re.Match[str], year: int) -> str | None:
    """The date or run of dates a `_DAY_MONTH` match gives in `year`."""
    if m["ma"]:
        mo, d, mo2, d2 = _month(m["ma"]), int(m["da"]), m["ma2"], m["da2"]
        mo2_n = _month(mo2) if mo2 else mo
    elif m["mb"]:
        mo, d = _month(m["mb"]), int(m["db"])
        if m["db3"]:
            mo2_n, d2 = _month(m["mb3"]), m["db3"]
        else:
            mo2_n, d2 = mo, m["db2"]
    else:
        mo, d, mo2_n, d2 = _roman(m["rm"]), int(m["dr"]), None, None
    if mo is None:
        return None
    start = _iso(year, mo, d)
    if d2 is None:
        return start
    end = _iso(year, mo2_n, int(d2)) if mo2_n else None
    return _interval(start, end) if end else None


def _completed(labels: list[Label], year: int, taken: list[DatedSpan]) -> list[DatedSpan]:
    """The days and months written without a year on the sheet's data, dated by the series
    title's `year`; none inside a date already read, nor on a determination's line."""
    out: list[DatedSpan] = []
    for lab in labels:
        spans = [(t.date.start, t.date.end) for t in taken if t.label is lab]
        for m in _DAY_MONTH.finditer(lab.text):
            s, e = m.span()
            if any(a < e and s < b for a, b in spans) or _NO_YEAR_AFTER.match(lab.text, e):
                continue
            iso = _day_month_iso(m, year)
            if iso is None or in_det_context(lab, s):
                continue
            flags = ["year_from_title"]
            date = DateMatch(iso, lab.flat[s:e], s, e, "date.title_year", 0.55, 3, flags)
            out.append(DatedSpan(lab, date, False, 2.0))
    return out


def _weigh_by_titles(
    spans: list[DatedSpan], titles: list[TitledYear], labels: list[Label]
) -> list[DatedSpan]:
    """Weigh the sheet's dates by the years its titles give the gathering: a date of another year
    is likelier a determination's or an annotation's ("Date: Jan. 1977" on a slip beside
    "PLANTAE EXEMPLENSES 1948 lectae"), one of that year the collection's. With no date of the
    title's year, the title's year is the collection date (weakly), completing a day and month
    written without a year when the sheet has one."""
    if not titles:
        return spans
    title_dates = {id(t.date): t for t in titles}
    collected = [t for t in titles if t.kind == "collected"]
    agree_any = False
    for sp in spans:
        t = title_dates.get(id(sp.date))
        if t is not None:
            if t.kind == "collected":
                sp.date.rule = "date.collecting_year"
                sp.date.confidence = 0.45
                sp.date.flags.append("year_from_title")
                sp.score = 0.9
            continue
        if sp.det:
            continue
        first, last = _years(sp.date.iso)
        strong = bool(collected)
        if any(t.first <= last and first <= t.last for t in titles):
            sp.score += 1.0 if strong else 0.75
            agree_any = agree_any or sp.date.precision >= 2
        else:
            sp.score -= 2.0 if strong else 1.0
    years = {(t.first, t.last) for t in collected}
    if len(years) == 1 and not agree_any:
        first, last = years.pop()
        if first == last:
            return spans + _completed(labels, first, spans)
    return spans
