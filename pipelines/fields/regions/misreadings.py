"""States and countries the OCR misread, found where a label prints one: a collection header's
region ("LICHENS OF MICHIGAIN", `header_misreadings`), a state's abbreviation after a county
keyword ("Riverside Co., Calf", `after_county_misreadings`) and a country's name in capitals
opening a line before its colon ("ECUAD0R: Napo", `opening_country_misreadings`)."""

from __future__ import annotations

import re
from functools import cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from pipelines.fields.geo import fold, states
from pipelines.fields.ocr_slips import CAPITALS_SLIPS, FIGURES_AS_LETTERS
from pipelines.fields.regions.hit import Hit
from pipelines.fields.regions.patterns import abbreviation_index, region_names
from pipelines.fields.text import Label, is_header

# "LICHENS OF VERMONTT", "FLORA OF NEBRASCA": the region a collection header names, misread.
_HEADER_REGION = re.compile(
    r"\b(?:of|OF|Of)\s+(?:the\s+|THE\s+)?(?P<r>[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ01| .]{3,30})"
)


# the letters OCR reads for a name's letters: a capital I as "l" opening a word ("lowa",
# "lllinois", "LlCHENS"), an l or an i as "1", an o as "0" ("Co1orado", "Ca1ifornia")
_NAME_SLIPS = (str.maketrans("1|0", "lio"), str.maketrans("1|0", "iio"))


def _mended_name(printed: str) -> tuple[str, str, str] | None:
    """The region a printed name is once its letters read as figures or an "l" read for a
    capital I are mended, where that is exactly one state's or country's name (the name as
    printed is none)."""
    names = _full_names()
    key = fold(printed)
    if key in names:
        return None
    words = {key}
    letters = re.sub(r"[l1|0]", "", printed)
    if letters.isupper():
        words.add(fold(printed.translate(CAPITALS_SLIPS)))  # "ARlZONA", "lLLINOIS"
    found = set()
    for table in _NAME_SLIPS:
        for word in (w.translate(table) for w in words):
            for form in {word, re.sub(r"(?<![a-z])l(?=[a-z])", "i", word, count=1)}:
                if form != key and form in names:
                    found.add(names[form])
    return found.pop() if len(found) == 1 else None


@cache
def _full_names() -> dict[str, tuple[str, str, str]]:
    """`region_names`, and the states' names of four letters ("iowa", "ohio", "utah")."""
    table = dict(region_names())
    for key, entries in states().items():
        if not entries[0].abbreviation and len(key) == 4:
            table.setdefault(key, ("state", entries[0].code, entries[0].name))
    return table


def header_misreadings(labels: list[Label], found: list[Hit]) -> list[Hit]:
    """A header's region read with a letter or two wrong, on a header naming no known region."""
    out: list[Hit] = []
    for lab in labels:
        for ln in lab.lines:
            if not is_header(ln.text) or any(
                h.label is lab and ln.start <= h.start < ln.end for h in found
            ):
                continue
            m = _HEADER_REGION.search(ln.text)
            if m is None:
                continue
            printed = m.group("r").strip(" .")
            key = fold(printed)
            mended = _mended_name(printed)
            if mended is not None:
                kind, code, name = mended
                start = ln.start + m.start("r")
                out.append(Hit(lab, start, start + len(printed), kind, code, name, False, True))
                continue
            # a misread changes letters; "DOMINICAN", "ALASKAN" are another word
            names = [
                k
                for k in region_names()
                if k[0] == key[0]
                and abs(len(k) - len(key)) <= 2
                and not (key.startswith(k) or k.startswith(key))
            ]
            best = process.extractOne(key, names, scorer=fuzz.ratio, score_cutoff=80)
            if best is None:
                continue
            kind, code, name = region_names()[best[0]]
            start = ln.start + m.start("r")
            out.append(Hit(lab, start, start + len(printed), kind, code, name, False, True))
    return out


# "Sampleton Co., Calf", "ExamplaCo. Callf": the word after a county keyword is where a label prints
# its state's abbreviation.
# its state's abbreviation; a digit OCR read for a letter inside it ("Ca1if.") is read as the letter
_AFTER_COUNTY = re.compile(
    r"(?:County|Co)[.,]\s?,?\s*(?P<r>[A-Z](?=[a-z015]*[a-z][a-z015]*[a-z])[a-z015]{3,5})(?![A-Za-z0-9])"
)
# a person's initials after the word: the word was the key of a name
_INITIALS_AFTER = re.compile(r"[.:]?[ \t]*[A-Z]\.[ \t]?(?:[A-Z]\.[ \t]?)*[A-Z][a-z]")
# "CALlF. Riverside Co.", "ARlZ: Sampleton": a state's abbreviation in capitals opening a line,
# its I read as "l", "1" or "|" (or its O as "0"), before its full stop or colon
_OPENING_CAPITALS = re.compile(
    r"^[ \t]*(?P<r>(?=[A-Z]+[l1|0][A-Zl1|0]*[.:])[A-Z][A-Zl1|0]{3,5})(?=[.:])", re.MULTILINE
)
_DIGIT_AS_LETTER = str.maketrans("015", "ols")


def after_county_misreadings(labels: list[Label], found: list[Hit]) -> list[Hit]:
    """A state's abbreviation of four letters or more read with one letter dropped, added or wrong,
    right after a county keyword, on a label naming no state; only when one abbreviation is that
    close."""
    out: list[Hit] = []
    for lab in labels:
        if any(h.label is lab and h.kind == "state" for h in found):
            continue
        for m in _AFTER_COUNTY.finditer(lab.text):
            if _INITIALS_AFTER.match(lab.text, m.end()):
                continue  # "Exampla Co. / Coll. K. Muster": a person's key, no "Colo."
            printed = m.group("r").lower()
            # one letter dropped, added or wrong; or the printed word itself once its digits are
            # read as letters (a 1 for an l or an i)
            words = {printed.translate(_DIGIT_AS_LETTER), printed.translate(FIGURES_AS_LETTERS)}
            close = {
                key
                for letters, key in abbreviation_index().items()
                for word in words
                if len(letters) >= 4
                and letters[0] == word[0]
                and letters != printed
                and Levenshtein.distance(letters, word) == (1 if word == printed else 0)
            }
            entries = [st for key in close for st in states()[key]]
            if len({st.code + st.name for st in entries}) != 1:
                continue
            st = entries[0]
            s, e = m.start("r"), m.end("r")
            out.append(Hit(lab, s, e, "state", st.code, st.name, True, True))
            break
        else:
            for m in _OPENING_NAME.finditer(lab.text):
                # a state's full name opening its line before a colon, its letters misread
                # ("ARlZONA: Pima Co.", "lllinois : Lake Co.")
                mended = _mended_name(m.group("r"))
                if mended is None or mended[0] != "state":
                    continue
                kind, code, name = mended
                out.append(Hit(lab, m.start("r"), m.end("r"), kind, code, name, True, True))
                break
            else:
                out += _opening_capitals(lab)
    return out


# a word opening a line before a colon with a figure or an "l" in it: a misread name's place
_OPENING_NAME = re.compile(
    r"^[ \t]*(?P<r>(?=[A-Za-z0]*[l1|0])[A-Za-z0][A-Za-z1|0]{3,15}(?:[ \t][A-Z][A-Za-z1|0]{2,15})?)"
    r"(?=[ \t]?:)",
    re.MULTILINE,
)


def _opening_capitals(lab: Label) -> list[Hit]:
    """A state's abbreviation in capitals opening a line, misread (`_OPENING_CAPITALS`)."""
    for m in _OPENING_CAPITALS.finditer(lab.text):
        key = abbreviation_index().get(m.group("r").translate(CAPITALS_SLIPS).lower())
        entries = states().get(key, []) if key else []
        if len(entries) != 1:
            continue
        st = entries[0]
        return [Hit(lab, m.start("r"), m.end("r"), "state", st.code, st.name, True, True)]
    return []


# a name in capitals opening a line before a colon or a comma, as the American herbaria's sheets
# print the country before its province ("ECUADOR: Napo"): figures the OCR read for its letters
# too ("ECUAD0R", "B0LIVIA")
_OPENING_COUNTRY = re.compile(
    r"^[ \t]*(?P<r>[A-Z0-9|]{6,20}(?:[ \t][A-Z0-9|]{2,20})?)(?=[ \t]?[:,])", re.MULTILINE
)


@cache
def _country_names_of_length() -> dict[int, dict[str, tuple[str, str, str]]]:
    """The countries' English names of six letters or more (`region_names`), by length."""
    out: dict[int, dict[str, tuple[str, str, str]]] = {}
    for key, entry in region_names().items():
        if entry[0] == "country" and len(key) >= 6:
            out.setdefault(len(key), {})[key] = entry
    return out


def opening_country_misreadings(labels: list[Label], found: list[Hit]) -> list[Hit]:
    """A country's name in capitals opening a line before its colon, misread ("ECUAD0R: Napo",
    "EGUADOR: Orellana"): its figures read as letters, or one letter wrong where exactly one
    country's name is that close, on a sheet that names no country; a doubt (fuzzy)."""
    if any(h.kind == "country" for h in found):
        return []
    for lab in labels:
        for m in _OPENING_COUNTRY.finditer(lab.text):
            printed = m.group("r")
            if not re.search(r"[A-Z]{3}", printed):
                continue  # a number's figures, no name
            mended = _mended_name(printed)
            if mended is None:
                key = fold(printed.translate(CAPITALS_SLIPS))
                close = {
                    entry
                    for name, entry in _country_names_of_length().get(len(key), {}).items()
                    if Levenshtein.distance(name, key) == 1
                }
                # (the printed word must be no region's name itself)
                mended = close.pop() if len(close) == 1 and key not in _full_names() else None
            if mended is None or mended[0] != "country":
                continue
            kind, code, name = mended
            return [Hit(lab, m.start("r"), m.end("r"), kind, code, name, False, True, mended=True)]
    return []
