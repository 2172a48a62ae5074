"""Vice-counties: the fixed recording areas of British and Irish natural history ("v.c. 29",
"VC17", "V.C. 17 Surrey", "Cambs. (29)", "vc 64 Mid-west Yorks.", "Co. Kerry (H2)").

Watson (1852) divided Great Britain into 112 vice-counties and Praeger (1896) Ireland into 40
(H1-H40); recorders have printed their numbers on labels ever since, because they never change
with local government. The table is `data/vice_counties.csv`. A vice-county goes into
`dynamicProperties` as JSON ({"viceCounty": "29", "viceCountyName": "Cambridgeshire"}): Darwin Core
has no term for it and it is neither a county nor a locality. Its country (Northern Ireland's six
are the United Kingdom's, the other Irish ones Ireland's) and, where it lies in one historic county,
that county are proposed too.

A number counts when a key says it is a vice-county ("v.c.", "VC", "vice-county") or when the name
printed before it in brackets is that vice-county's ("Surrey (17)"); a name after a keyed number that
is another vice-county's lowers the confidence and flags the field.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from rapidfuzz.distance import Levenshtein

from models.dwc import Term
from models.fields import FieldCandidate
from pipelines.fields.geo import country_name, us_counties
from pipelines.fields.lexicon import data_rows
from pipelines.fields.ocr_slips import as_figures
from pipelines.fields.text import Label, candidate, is_header, is_institution

__all__ = [
    "BRITISH_OR_IRISH",
    "ViceCounty",
    "ViceCountyHit",
    "county_candidates_gb",
    "find_counties",
    "find_vice_counties",
    "irish_county_after",
    "vice_county_candidates",
]

# the compass words of vice-county names, and how labels shorten them ("S.E. Yorks.", "M.W. Yorks")
_COMPASS = {
    "n": "north",
    "s": "south",
    "e": "east",
    "w": "west",
    "m": "mid",
    "north": "north",
    "south": "south",
    "east": "east",
    "west": "west",
    "mid": "mid",
    "main": "main",
    "ne": "north east",
    "nw": "north west",
    "se": "south east",
    "sw": "south west",
    "mw": "mid west",
}


@dataclass(frozen=True)
class ViceCounty:
    number: str  # "29", "H21"
    name: str
    country_code: str  # "" where the vice-county is not in one country
    county: str  # "" where it takes in parts of two historic counties
    compass: tuple[str, ...]  # ("mid", "west") for Mid-west Yorkshire
    forms: tuple[tuple[str, ...], ...]  # the name without its compass word, as word tuples


@dataclass(frozen=True)
class ViceCountyHit:
    vc: ViceCounty
    label: Label
    start: int
    end: int
    confidence: float
    rule: str
    flags: tuple[str, ...] = ()
    # the vice-counties a name printed after a keyed number is instead ("VC17 Kent")
    others: tuple[str, ...] = ()


def _words(text: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", text.replace("’", "'"))
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    folded = folded.replace("'s", "s").replace("&", " and ")
    return re.findall(r"[a-z]+", folded)


def _compass_of(words: list[str]) -> tuple[str, ...]:
    return tuple(" ".join(_COMPASS[w] for w in words).split())


@cache
def vice_counties() -> dict[str, ViceCounty]:
    """Number ("29", "H21") -> vice-county, from data/vice_counties.csv."""
    out: dict[str, ViceCounty] = {}
    for row in data_rows("vice_counties.csv"):
        forms = tuple(tuple(_words(f)) for f in row["forms"].split("|") if f.strip())
        name = _words(row["name"])
        core = max((f for f in forms if tuple(name[-len(f) :]) == f), key=len, default=())
        lead = name[: len(name) - len(core)] if core else []
        compass = _compass_of(lead) if all(w in _COMPASS for w in lead) else ()
        out[row["number"]] = ViceCounty(
            number=row["number"],
            name=row["name"],
            country_code=row["countryCode"],
            county=row["county"],
            compass=compass,
            forms=forms,
        )
    return out


@cache
def _county_forms() -> frozenset[tuple[str, ...]]:
    """Every vice-county's name as labels write it ("oxon", "cambs", "isle of wight")."""
    return frozenset(f for vc in vice_counties().values() for f in vc.forms if f)


def names_british_county(text: str) -> bool:
    """Whether `text` names a British or Irish county or vice-county as labels write it ("Oxon",
    "Cambs.", "Co. Kerry", "Isle of Wight"): context for a grid reference's reading, not a field."""
    words = _words(text)
    forms = _county_forms()
    longest = max(len(f) for f in forms)
    return any(
        tuple(words[i : i + n]) in forms for i in range(len(words)) for n in range(1, longest + 1)
    )


@cache
def _irish_counties() -> dict[str, str]:
    """A county's name as labels print it after "Co.", folded -> the county: the Irish ones, and
    the British ones whose forms have "Co." before them (british_counties.csv: "Co Durham")."""
    out: dict[str, str] = {}
    for vc in vice_counties().values():
        if vc.number.startswith("H") and vc.county:
            for form in (vc.county, *(" ".join(f) for f in vc.forms)):
                out[" ".join(_words(form))] = vc.county
    for row in data_rows("british_counties.csv"):
        for form in row["forms"].split("|"):
            words = _words(form)
            if len(words) > 1 and words[0] in ("co", "county"):
                out[" ".join(words[1:])] = row["county"]
    return out


# the OCR's slips in a name's letters, as one key both spellings share: "rn" for "m", "vv" for
# "w", "i" and "1" for "l" and the reverse ("Durharn", "Wicklovv", "Dubiin", "Antrirn")
_OCR_PAIRS = (("rn", "m"), ("vv", "w"), ("1", "l"), ("i", "l"), ("0", "o"))


def _ocr_key(word: str) -> str:
    for slip, letter in _OCR_PAIRS:
        word = word.replace(slip, letter)
    return word


@cache
def _irish_counties_by_ocr_key() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for form, county in _irish_counties().items():
        out.setdefault(_ocr_key(form), set()).add(county)
    return {k: frozenset(v) for k, v in out.items()}


# (a 1 or a 0 the OCR read for a letter inside the name: "Co. Dub1in")
_NAME_AFTER = re.compile(r"[ \t]*(?P<n>[A-Z](?:[A-Za-z'’]|[01](?=[a-z]))*(?:[ \t]+[A-Z][a-z]+)?)")


@cache
def _us_county_names() -> frozenset[str]:
    """Every US county's name, folded to its letters ("clark", "saint louis")."""
    return frozenset(
        re.sub(r"[^a-z]", "", name) for counties in us_counties().values() for name in counties
    )


def irish_county_after(text: str, pos: int) -> tuple[str, int, int, bool] | None:
    """The Irish county named after "Co." at `pos` of `text` ("Sampleby, Co. Kerry"), whatever a
    misread comma left before the keyword ("Sampleby. Co. Kerry" is no county "Sampleby"):
    (its name, start, end, whether a letter was mended), or None. A name of five letters or more
    one letter from one county's is that county misread ("Co. Galvay", "Co. Kerrv"; five letters
    with the first kept), as is a name in the OCR's common slips ("Co. Durharn")."""
    m = _NAME_AFTER.match(text, pos)
    if m is None:
        return None
    table = _irish_counties()
    words = m["n"].split()
    for n in (2, 1):  # "Queen's County" is read by its own words
        if len(words) >= n and " ".join(_words(" ".join(words[:n]))) in table:
            printed = " ".join(words[:n]).rstrip(".")
            start = m.start("n")
            return printed, start, start + len(printed), False
    word = words[0].rstrip(".'’")
    # (figures the OCR read for letters kept: "Dub1in")
    key = re.sub(r"[^a-z01]", "", word.lower())
    same = _irish_counties_by_ocr_key().get(_ocr_key(key), frozenset())
    if len(key) >= 4 and len(same) == 1:
        # one county's name in the OCR's common slips ("Co. Durharn", "Co. Wicklovv")
        return next(iter(same)), m.start("n"), m.start("n") + len(word), True
    if len(key) < 5 or key in _us_county_names():
        return None  # ("Co. Clark": a US county's name as printed, no Irish one misread)
    # (five letters: a county's of four or more, its first letter kept: "Co. Kerrv", "Co. Corkk")
    shortest = 6 if len(key) >= 6 else 4
    near = {
        c
        for f, c in table.items()
        if len(f) >= shortest
        and (len(key) >= 6 or f[0] == key[0])
        and Levenshtein.distance(key, f) <= 1
    }
    if len(near) != 1:
        return None
    return near.pop(), m.start("n"), m.start("n") + len(word), True


def is_british_county(text: str) -> bool:
    """Whether `text` is, as a whole, a British or Irish county's or vice-county's name ("Sussex",
    "Co. Kerry"): a place, not a person, where it stands beside a date."""
    return tuple(_words(text)) in _county_forms()


def _named_before(vc: ViceCounty, words: list[str]) -> bool:
    """Whether the words printed before a bracketed number end with the vice-county's name, with
    no compass word that contradicts its own ("S. Devon (4)" is no vice-county)."""
    for form in vc.forms:
        if len(words) < len(form) or tuple(words[-len(form) :]) != form:
            continue
        lead: list[str] = []
        for w in reversed(words[: len(words) - len(form)][-2:]):
            if w not in _COMPASS:
                break
            lead.insert(0, w)
        return not (lead and vc.compass and _compass_of(lead) != vc.compass)
    return False


def _named_after(words: list[str]) -> set[str]:
    """The numbers of the vice-counties whose name the words after a keyed number start with
    ("Mid-west Yorks." -> {"64"}; "Yorks." -> the five Yorkshires)."""
    lead = 0
    while lead < min(2, len(words)) and words[lead] in _COMPASS:
        lead += 1
    compass = _compass_of(words[:lead])
    rest = tuple(words[lead:])
    found = set()
    for vc in vice_counties().values():
        if compass and vc.compass and compass != vc.compass:
            continue
        if any(f and rest[: len(f)] == f for f in vc.forms):
            found.add(vc.number)
    return found


_KEY = r"(?<![A-Za-z])(?i:v[.,]?\s?-?\s?c[.,]?|vice[\s-]?county)"  # a stop read as a comma too
# not a number OCR misread, a letter glued to its digits ("v.c. 2S": 25? 28?; "v.c. 2g": 29)
# ("v.c. 2S": 25? 28?; "v.c. 2g": 29); a 1 read as "l" or "I" and a 0 as "O" are no doubt
# ("v.c. l1", "VC 1O", "v.c.ll"): read as figures (`_mend_number`)
_NUMBER = (
    r"(?P<num>H\s?[\dlI][\dlIO]?|[\dlI][\dlIO]{0,2})"
    r"(?![\d.,/-]\d|\d|[SOolIBZGgqb](?![a-z]))"
)
_FIGURE_SLIPS = as_figures("lIO")


def _mend_number(num: str) -> str | None:
    """A keyed vice-county's number with its figures' slips read ("l1" -> "11", "H2l" -> "H21");
    None for a letter alone ("v.c. I"), no number."""
    num = num.replace(" ", "")
    irish = num.startswith("H")
    body = num[1:] if irish else num
    if not any(ch.isdigit() for ch in body) and len(body) < 2:
        return None
    return ("H" if irish else "") + body.translate(_FIGURE_SLIPS)


_KEYED = re.compile(rf"{_KEY}\s?[:#.-]?\s?{_NUMBER}")
# "Cambs. (29)", "Co. Kerry (H2)"; the Irish number also after a comma ("Co. Dublin, H21")
_BRACKETED = re.compile(r"\(\s?(?P<num>H?\s?\d{1,3})\s?\)|(?<=,\s)(?P<irish>H\d{1,2})(?![\w.])")
# a label that names Britain, Ireland or a part of them (in the languages of European herbaria)
BRITISH_OR_IRISH = re.compile(
    r"\b(?:England|Scotland|Wales|Great\s+Britain|Britain|United\s+Kingdom|U\.\s?K\.|UK|"
    r"ENGLAND|SCOTLAND|WALES|BRITAIN|Isle\s+of\s+Man|Northern\s+Ireland|Ireland|IRELAND|Eire|Éire|"
    r"Engeland|Schotland|Angleterre|[ÉE]cosse|Pays\s+de\s+Galles|Schottland|Grossbritannien|"
    r"Großbritannien|Grande-Bretagne|Inghilterra|Irland|Irlande|Ierland|Hibernia|Anglia|Scotia)\b"
)
# a collector's or determiner's initials are no key ("leg. V. C. Muster 17")
_UNIT_AFTER = re.compile(r"\s?(?:km|m|mi|miles?|ft)\b", re.IGNORECASE)
# (whole words: a county's name may end in one, "SOUTH DEVON v.c. 3", "Derby v.c. 57")
_PERSON_BEFORE = re.compile(r"(?<![^\W\d_])(?i:leg|coll|det|by|von|per)\.?\s*$")


def find_vice_counties(labels: list[Label]) -> list[ViceCountyHit]:
    table = vice_counties()
    hits: list[ViceCountyHit] = []
    british = any(BRITISH_OR_IRISH.search(lab.flat) for lab in labels)
    for lab in labels:
        flat = lab.flat
        for m in _KEYED.finditer(flat):
            number = _mend_number(m["num"])
            if number != m["num"].replace(" ", "") and flat[m.end() : m.end() + 1].isalpha():
                number = None  # a word's letters ("v.c. Ilford"), no number misread
            vc = table.get(number) if number is not None else None
            if vc is None or _PERSON_BEFORE.search(flat[max(0, m.start() - 8) : m.start()]):
                continue
            if _UNIT_AFTER.match(flat, m.end()):
                continue  # "V.C. 12 km": Veracruz and a distance
            line_end = lab.line_at(m.end("num")).end
            after = re.split(r"[,;()]", flat[m.end() : line_end])[0]
            named = _named_after(_words(after)[:4])
            end = m.end()
            flags: tuple[str, ...]
            others: tuple[str, ...] = ()
            if vc.number in named:
                conf, rule, flags = 0.9, "vice_county.keyed_named", ()
                end = m.end() + len(after.rstrip())
            elif named:
                conf, rule, flags = 0.5, "vice_county.keyed", ("vice_county_conflict",)
                others = tuple(sorted(named))
            else:
                # the key alone, on a label that names no part of Britain or Ireland
                conf, rule, flags = (0.85 if british else 0.7), "vice_county.keyed", ()
            if number != m["num"].replace(" ", ""):
                conf, flags = conf * 0.8, (*flags, "ocr_repaired")
                if "O" in m["num"]:
                    # an O is a 0 as often as another figure misread ("1O": 10? 16? 19?)
                    flags = (*flags, "unsure_reading")
            hits.append(ViceCountyHit(vc, lab, m.start(), end, conf, rule, flags, others))
        for m in _BRACKETED.finditer(flat):
            number = (m["num"] or m["irish"]).replace(" ", "").upper()
            vc = table.get(number)
            if vc is None:
                continue
            line_start = lab.line_at(m.start()).start
            before = flat[max(line_start, m.start() - 40) : m.start()]
            if not _named_before(vc, _words(before)):
                continue
            name = re.search(r"[A-Za-z][\w.'’&\s-]*$", before)
            start = m.start() - (len(before) - name.start()) if name else m.start()
            hits.append(ViceCountyHit(vc, lab, start, m.end(), 0.85, "vice_county.named"))
    return hits


def vice_county_candidates(labels: list[Label]) -> list[FieldCandidate]:
    """dynamicProperties with the vice-county, and its country and county where one fits it."""
    hits = sorted(find_vice_counties(labels), key=lambda h: -h.confidence)
    if not hits:
        return []
    h = hits[0]
    vc, lab = h.vc, h.label
    if len({x.vc.number for x in hits}) > 1:
        return []  # two vice-counties on one specimen's labels: a curator decides
    value = json.dumps({"viceCounty": vc.number, "viceCountyName": vc.name}, ensure_ascii=False)
    out = [
        candidate(Term.dynamicProperties, value, h.confidence, lab, h.start, h.end, h.rule, h.flags)
    ]
    table = vice_counties()
    # with a name that contradicts the number, only what the two have in common
    if vc.country_code and all(table[n].country_code == vc.country_code for n in h.others):
        # implied, not printed: a printed country ("ENGLAND") is surer
        conf = h.confidence * 0.9
        rule = "country.from_vice_county"
        name = country_name(vc.country_code)
        out.append(candidate(Term.country, name, conf, lab, h.start, h.end, rule, h.flags))
        out.append(
            candidate(Term.countryCode, vc.country_code, conf, lab, h.start, h.end, rule, h.flags)
        )
    if vc.county and not h.others:
        conf = h.confidence * 0.8
        rule = "county.from_vice_county"
        flags = h.flags
        named = {c.county for c in find_counties(labels)}
        if named and vc.county not in named:
            # "Cambs.: Sampleton Fen / v.c. 17": the number's county is not the one printed
            conf, flags = conf * 0.6, (*flags, "vice_county_conflict")
        out.append(candidate(Term.county, vc.county, conf, lab, h.start, h.end, rule, flags))
    elif not vc.county and not h.others:
        # a vice-county that takes in parts of two counties, its own county's name printed
        # ("Westmorland: Sampleton Tarn, v.c. 69"): the county the label names
        printed = [c for c in find_counties(labels) if c.county == vc.name]
        if printed:
            c = printed[0]
            conf = h.confidence * 0.8
            out.append(
                candidate(
                    Term.county, c.county, conf, c.label, c.start, c.end, "county.vice_county_named"
                )
            )
    return out


# --- counties named without a vice-county number ("Example Common, Surrey", "Co. Cork")


@dataclass(frozen=True)
class CountyHit:
    county: str
    country_code: str
    label: Label
    start: int
    end: int
    keyed: bool  # "Co. Cork", "County Durham"


def _form_pattern(form: str) -> str:
    """A printed form as a pattern: its words with blanks, stops or hyphens between, "and" also
    as "&" ("Ross & Cromarty")."""
    words = [w for w in re.split(r"[\s.-]+", form.strip()) if w]
    return r"[\s.-]*".join("(?:and|&)" if w.lower() == "and" else re.escape(w) for w in words)


@cache
def _county_table() -> dict[str, tuple[str, str, bool]]:
    """Printed form, folded -> (county, country code, needs "Co." before it): the British
    historic counties (british_counties.csv) and the Irish ones after "Co." (vice_counties.csv)."""
    out: dict[str, tuple[str, str, bool]] = {}
    for vc in vice_counties().values():
        if vc.number.startswith("H") and vc.county:
            out[" ".join(_words(vc.county))] = (vc.county, vc.country_code, True)
    for row in data_rows("british_counties.csv"):
        for form in [*row["forms"].split("|"), *_opening_forms(row)]:
            out[" ".join(_words(form))] = (row["county"], row["countryCode"], False)
            if form.endswith("shire"):
                # "Inverness-sh.", "Aberdeensh.": the "shire" cut to its first letters
                out[" ".join(_words(form[:-3]))] = (row["county"], row["countryCode"], False)
    return out


def _opening_forms(row: dict[str, str]) -> list[str]:
    return [f for f in (row.get("opening") or "").split("|") if f.strip()]


@cache
def _opening() -> frozenset[str]:
    """The forms (folded) that are names or words as often ("Sutherland", "Angus"): a county only
    where one opens its line and a colon follows ("Sutherland: Ben Sample")."""
    return frozenset(
        " ".join(_words(f))
        for row in data_rows("british_counties.csv")
        for f in _opening_forms(row)
    )


@cache
def _county_pattern() -> re.Pattern[str]:
    forms = sorted({f for f in _county_table()}, key=len, reverse=True)
    names = "|".join(_form_pattern(f) for f in forms)
    return re.compile(
        rf"(?<![\w.'-])(?P<key>(?:Co\.?|County|CO\.?|COUNTY)\s+)?(?P<name>{names})(?P<stop>\.)?"
        r"(?![\w'-])",
        re.IGNORECASE,
    )


# what may stand before a county on its line: nothing, or the end of a phrase
# ... and a compass word or two may stand between ("W. Sussex: Sampleham", "South Devon, Sample
# Cove", "N.W. Yorks.")
_COUNTY_BEFORE = re.compile(
    r"(?:^|[,;:(/]|\s[-–]|\d)\s*(?:(?:North|South|East|West|Mid|N|S|E|W)\.?[ \t-]*){0,2}$"
)
# a country's name in capitals and its full stop before the county ("SCOTLAND. Fife: Sampleton")
_COUNTRY_STOP_BEFORE = re.compile(r"(?:^|\s)[A-Z]{4,}\.\s*$")
# a header's "of" before it ("PLANTS OF PERTHSHIRE", "Flora of Argyll")
_HEADER_OF = re.compile(r"\bof\s+(?:the\s+)?$", re.IGNORECASE)


def _county_header(before: str, line: str) -> bool:
    """Whether what stands before a county on its line lets it be the sheet's county: a country's
    name and a stop, or a header that names the county the plants come from (not an
    institution's: "Herbarium of the University of ...")."""
    if _COUNTRY_STOP_BEFORE.search(before):
        return True
    return bool(_HEADER_OF.search(before)) and is_header(line) and not is_institution(line)


# what may follow it: the end of the line or of a phrase, a date or a vice-county number; never a
# US county's or an island's word ("Kent Co.", "Norfolk Island") or a person's initial
# ("Kent, J.")
_COUNTY_AFTER = re.compile(r"\s*(?:$|[,;:)/]|\(|\s\d|[-–]\s)")
_NOT_COUNTY_AFTER = re.compile(
    r"\s*(?:,\s*)?(?:Co\b|County|Parish|Island|Isl?\b|I\.|[A-Z]\.\s?(?:[A-Z]\.|[A-Z][a-z]|\d|$))",
)


# the nation after a comma closing the line ("Easter Sampleton, Angus, Scotland"): a name that is
# a word as often is the county there too
_NATION_AFTER = re.compile(r"\s*,\s*(?:" + BRITISH_OR_IRISH.pattern + r")\.?\s*$")


def find_counties(labels: list[Label]) -> list[CountyHit]:
    """British and Irish counties a label names as places, without a vice-county number."""
    from pipelines.fields.regions import skipped_lines

    table = _county_table()
    hits: list[CountyHit] = []
    for lab in labels:
        flat = lab.flat
        skip = skipped_lines(lab)
        for m in _county_pattern().finditer(flat):
            key = m["key"] is not None
            name = m["name"]
            if not name[0].isupper() or (name.isupper() and len(name) < 4):
                continue
            county, code, needs_key = table[" ".join(_words(name))]
            if (needs_key and not key) or skip[lab.line_no(m.start())]:
                continue
            line = lab.line_at(m.start())
            before = flat[line.start : m.start()]
            after = flat[m.end() : line.end]
            if (
                " ".join(_words(name)) in _opening()
                and (key or before.strip() or not after.lstrip().startswith(":"))
                and not _NATION_AFTER.match(after)
            ):
                continue
            if not key and not (_COUNTY_BEFORE.search(before) or _county_header(before, line.text)):
                continue
            if _NOT_COUNTY_AFTER.match(after):
                continue
            if not (m["stop"] and after[:1] == " ") and not _COUNTY_AFTER.match(after):
                continue
            hits.append(CountyHit(county, code, lab, m.start(), m.end(), key))
    return hits + _compass_named(labels, hits)


# a place's part between line breaks, commas, semicolons and colons
_SEGMENT = re.compile(r"[^\n,;:]+")


def _compass_named(labels: list[Label], found: list[CountyHit]) -> list[CountyHit]:
    """A vice-county named without its number, by its compass word and a form of its name alone
    in a place's part ("Loch Sample, W. Inverness", "Sampleton, Mid Perth", "West Ross: Glen
    Sample"), where exactly one vice-county's county is that; its historic county (the table's,
    or the name without its compass word)."""
    out: list[CountyHit] = []
    for lab in labels:
        for m in _SEGMENT.finditer(lab.text):  # (the text's offsets are the flat text's)
            if any(h.label is lab and h.start < m.end() and m.start() < h.end for h in found):
                continue
            words = _words(m.group(0))
            lead = 0
            while lead < min(2, len(words) - 1) and words[lead] in _COMPASS:
                lead += 1
            if not lead:
                continue
            listed = lab.text[: m.start()].rstrip(" \t\n").endswith((",", ";", ":")) or (
                lab.text[m.end() : m.end() + 1] in (",", ";", ":")
            )
            if not listed and all(len(w) == 1 for w in words[:lead]):
                continue  # "W. Ross" alone on its line: a person's initial and name as often
            compass, rest = _compass_of(words[:lead]), tuple(words[lead:])
            named = [
                vc for vc in vice_counties().values() if vc.compass == compass and rest in vc.forms
            ]
            counties = {
                vc.county or " ".join(vc.name.split()[len(vc.compass) :])
                for vc in named
                if vc.country_code
            }
            codes = {vc.country_code for vc in named}
            if len(counties) != 1 or len(codes) != 1:
                continue
            text = m.group(0)
            s = m.start() + len(text) - len(text.lstrip())
            e = m.start() + len(text.rstrip(" \t."))
            out.append(CountyHit(counties.pop(), codes.pop(), lab, s, e, False))
    return out


# a label naming a state or a country other than these is no British sheet ("Middlesex Co.,
# Mass."; "Cumberland, N.S.W.")
_HOME = frozenset({"GB", "IE", "IM", ""})


def county_candidates_gb(labels: list[Label], codes: set[str]) -> list[FieldCandidate]:
    """county and country from a British or Irish county named without a vice-county number:
    inferred (the label does not print the country), flagged and kept under 0.9. `codes`: the
    countries and states the labels name otherwise (regions.find_hits)."""
    if codes - _HOME or find_vice_counties(labels):
        return []  # abroad, or a vice-county's number says more (vice_county_candidates)
    hits = find_counties(labels)
    if not hits:
        return []
    h = hits[0]
    out: list[FieldCandidate] = []
    flags = ("county_inferred",)
    if len({x.country_code for x in hits}) == 1:
        conf = 0.8 if h.keyed else 0.75
        rule = "country.from_county"
        name = country_name(h.country_code)
        out.append(candidate(Term.country, name, conf, h.label, h.start, h.end, rule, flags))
        out.append(
            candidate(Term.countryCode, h.country_code, conf, h.label, h.start, h.end, rule, flags)
        )
    if len({x.county for x in hits}) == 1:
        # (a keyed county, "Co. Kerry", is the places parser's too, surer; this reads it where
        # that one does not: "Co Kerry" without its stop); a county of the country the labels
        # print ("ENGLAND: Kent") is no inference
        rule = "county.british"
        own = () if h.country_code in codes else flags
        out.append(candidate(Term.county, h.county, 0.7, h.label, h.start, h.end, rule, own))
    return out
