"""Collectors printed next to the collection date, unmarked ("R. Quimby V-9-74"), and the field
number after such a name.
"""

from __future__ import annotations

import re
from functools import cache

from models.dwc import Term
from models.fields import FieldCandidate
from pipelines.fields.genera import genus_known
from pipelines.fields.geo import PLACE_NOUNS, states
from pipelines.fields.lexicon import alternation, data_rows, institution_words
from pipelines.fields.ocr_slips import capitals_words_mended
from pipelines.fields.people.cues import JOINERS, listed
from pipelines.fields.people.numbers import number_after
from pipelines.fields.people.patterns import UP, WORD
from pipelines.fields.people.persons import Person, bad_word, bare_initialled, persons_at
from pipelines.fields.people.shapes import (
    SURNAME_ONLY,
    binomial_line,
    compass_place,
    firm_line,
    full_name,
    initialled,
    line_head,
    only_noise,
    person_candidate,
    titled,
)
from pipelines.fields.text import Label, is_institution
from pipelines.fields.vicecounty import is_british_county


def _names_after_number(lab: Label, num: FieldCandidate) -> list[str]:
    """The names after "&" that follow a collector's number on its line, if any."""
    end = num.evidence.end or 0
    line_end = lab.line_at(end).end if end < len(lab.flat) else len(lab.flat)
    m = re.match(rf"\s?(?:&|{JOINERS})\s?", lab.flat[end:line_end])
    q = persons_at(lab, end + m.end(), end=line_end) if m else None
    return q.names if q is not None else []


# The word for "year" after a date's year, per language (people_cues.csv, role year_word: "a.",
# "г.", "r."), and the blanks after it.
_YEAR_WORD = re.compile(rf"(?:{listed('year_word')})[ \t,]+")


def numbered_after_date(lab: Label, e: int) -> list[FieldCandidate]:
    """ "12 Mar. 1977 K. L. Muster 41234 & O. Beispiel": the collector after the date on its line,
    with the field number after the name and a second collector after it or nothing. The name is
    read by `people_near_date`; this is the number paired with it."""
    line_end = lab.line_at(e).end
    after = lab.flat[e:line_end]
    skip = len(after) - len(after.lstrip(" ,."))
    p = persons_at(lab, e + skip, end=line_end)
    if p is None or not full_name(p):
        return []
    num = number_after(p, 0.8)
    if num is None or num.evidence.end is None:
        return []
    rest = lab.flat[num.evidence.end : line_end]
    if only_noise(rest):
        return [num]
    m = re.match(rf"\s?(?:&|{JOINERS})\s?", rest)
    q = persons_at(lab, num.evidence.end + m.end(), end=line_end) if m else None
    return [num] if q is not None and only_noise(lab.flat[q.end : line_end]) else []


def _state_abbreviation(name: str) -> bool:
    """Whether `name` is a state's abbreviation shaped like an initialled name ("N. Car",
    "S. Dak.", "W. Va."), as the states' table prints it without its spaces ("N.Car.")."""
    key = re.sub(r"\s+", "", name).rstrip(".") + "."
    return any(e.abbreviation for e in states().get(key, []))


def people_near_date(lab: Label, s: int, e: int) -> list[FieldCandidate]:
    """Insect and some herbarium labels put the collector right next to the date, unmarked."""
    out: list[FieldCandidate] = []
    line_i = lab.line_no(s)
    line = lab.lines[line_i]
    after = lab.flat[e : lab.line_at(e).end]
    # "Sampleton, 12.vi.1931 (K. Muster)", "Sampleton, 12.6.1901; K. Muster": the name in
    # brackets or after a semicolon
    skip = len(after) - len(after.lstrip(" ,.(;"))
    if (year := _YEAR_WORD.match(after, skip)) is not None:
        # "12. VI 1951. a. K. Muster", "12.VI.1951 г. А. Примеров": the year's word, no initial
        skip = year.end()
    found: list[Person] = []
    p = persons_at(lab, e + skip, end=lab.line_at(e).end)
    rest = lab.flat[e + skip : lab.line_at(e).end].rstrip()
    if (p is None or lab.flat[p.end : lab.line_at(e).end].strip(" ,.);")) and (
        names := surname_first_names(rest)
    ):
        # "12.VI.1951 Primerov A.": the surname before its initials after the date
        found.append(Person(lab, e + skip, e + skip + len(rest), names))
    elif p is not None and not lab.flat[p.end : lab.line_at(e).end].strip(" ,.);"):
        found.append(p)
    elif p is not None and (num := numbered_after_date(lab, e)):
        # "12 Mar. 1977 K. L. Muster 41234 & O. Beispiel": the second collector after the number
        names = [*p.names, *(_names_after_number(lab, num[0]))]
        found.append(Person(lab, p.start, p.end, names))
    before = lab.text[max(line.start, s - 120) : s]
    head = line_head(before)
    if before.strip():
        p = persons_at(lab, line.start + head, end=s)
        author = (
            p is not None
            and line_i > 0
            and not (full_name(p) or titled(p))
            and binomial_line(lab.lines[line_i - 1].text)
        )
        # "Exampla ornata / Muster, 1960": the name's author and year under it (a type's label);
        # "K. Muster: 14 Aug 1899", "K. Muster; 14.8.1899": a colon or a semicolon between them
        gap = lab.flat[p.end : s] if p is not None else ""
        if (
            p is not None
            and not author
            and not gap.strip(" ,.:;\t")
            and (full_name(p) or not gap.strip(" ,.\t"))
        ):
            found.append(p)
    for p in found:
        if any(is_british_county(n) or _state_abbreviation(n) for n in p.names):
            # "Example Wood, Sussex, 4/6/1902", "N. Car. 12-VI-1931": a place and its county or
            # its state before the date
            continue
        # "Pismo VII-14-72. / R. Covell": a lone word by the date is as often the place; before
        # the date ("Sampleton, 12.6.1901 / Muster") more often than a lone word under it
        conf = 0.6 if full_name(p) else (0.42 if p.start >= e else 0.38)
        c = _doubted(person_candidate(Term.recordedBy, p, conf, "collector.next_to_date"), p)
        out.append(_mended_doubted(_river_doubted(lab, c, p), p))
    # (a date split over lines, "ix. / 1889 / Muster", "12. / vi. 1931 / Beispiel": the line
    # under its last line)
    last_i = lab.line_no(max(s, e - 1))
    for j in (last_i + 1, line_i - 1):
        if 0 <= j < len(lab.lines):
            ln = lab.lines[j]
            h = line_head(ln.text)
            # "del Museo y Jardin Escolar." above the date ends a locality: an institution's
            # words are nobody's name
            if is_institution(ln.text):
                continue
            firm = firm_line(lab, j)  # "Muster Frères" by the date: a dealer's firm
            if firm is not None:
                out.append(person_candidate(Term.recordedBy, firm, 0.5, "collector.line_by_date"))
                continue
            if (q := _surname_first_line(lab, j, below=j > last_i)) is not None:
                # "SAMPLEVA H.", "Muster, K", "NÄIDIS A." by the date: a surname before its
                # initials, as indexes and Baltic and Russian labels sign
                c = person_candidate(Term.recordedBy, q, 0.5, "collector.line_by_date")
                out.append(_mended_doubted(c, q))
                continue
            p = persons_at(lab, ln.start + h, end=ln.end)
            if p is None and j > last_i and (q := _bare_initial_line(lab, j)) is not None:
                # "4.vii.1932 / K Muster": the initial's stop lost to the OCR
                c = person_candidate(Term.recordedBy, q, 0.5, "collector.line_by_date")
                out.append(c.model_copy(update={"flags": [*c.flags, _UNSURE_READING]}))
                continue
            if p is None or len(p.names[0]) <= 4 or _place_name(p):
                continue
            # a data label reads place, date, collector: the line above the date is the place
            # unless initials or a title make it a person ("SAMPLETON / 16.7.07")
            if j < line_i and not (initialled(p) or titled(p)):
                continue
            if j > 0 and binomial_line(lab.lines[j - 1].text):
                continue  # "Exemplia vulgaris / B. Muster / Exampleton 1833": the author
            if compass_place(p):
                continue  # "S. Devon / vii.1902": the county over the date, its bearing first
            if j > last_i and not (initialled(p) or titled(p)) and _initialled_below(lab, j):
                continue  # "vii.1902 / Exampla Wood / J. Beispiel": a second place, the collector
            rest = ln.text[p.end - ln.start :]
            # "T. Zeller, F." under the date: a second collector cut short by the OCR
            run_on = _RUNS_ON.fullmatch(rest) is not None
            if only_noise(rest) or re.fullmatch(r"[\s,;&]*[A-Z]\.?\s*", rest) or run_on:
                p = _list_run_on(lab, j, p)  # "J. Beispiel & / K. Muster"
                # a lone word by the date is as often the place ("EXEMPLATON,")
                conf = 0.5 if full_name(p) else 0.4
                c = person_candidate(Term.recordedBy, p, conf, "collector.line_by_date")
                out.append(_river_doubted(lab, _doubted(c, p), p))
    return out


# An initial and one word ("R. Exampla"), or a kind of place in Spanish or Portuguese and one
# word ("Cerro Exampla"), the first letter the place-initial rows of people_cues.csv give.
_PLACE_INITIAL = re.compile(rf"(?:{listed('place_initial')})\s?{WORD}")


_IBERIAN = ("es", "pt")


@cache
def _iberian_words() -> re.Pattern[str]:
    """The Spanish and Portuguese words of places, of subdivisions' keys, of institutions and the
    countries' names in those languages (data/place_words.csv: "río", "bosque"; subdivision_words:
    "Edo.", "Dpto.", "Mun."; institution_words: "Herbario"; country_names: "Brasil", "México"): a
    label in those languages."""
    words = [r["word"] for r in data_rows("place_words.csv") if r["language"] in _IBERIAN]
    words += [
        r["word"]
        for r in data_rows("subdivision_words.csv")
        if r["lang"] in _IBERIAN and r["position"] in ("before", "key")
    ]
    words += institution_words("name", languages=_IBERIAN)
    words += [r["name"] for r in data_rows("country_names.csv") if r["lang"] in _IBERIAN]
    return re.compile(rf"(?<![^\W\d_]){alternation(words)}(?![^\W\d_])", re.IGNORECASE)


def _river_doubted(lab: Label, c: FieldCandidate, p: Person) -> FieldCandidate:
    """A name of an initial and one word by the date, unkeyed, on a label in Spanish or
    Portuguese, whose initial abbreviates a kind of place there ("Dpto. Meta / R. Exampla. 15 Jun
    1995": Río Exampla, a river or a town as often as a collector), flagged `person_or_place` (a
    doubt: below 0.9)."""
    if (
        len(p.names) != 1
        or not _PLACE_INITIAL.fullmatch(p.names[0])
        or not _iberian_words().search(lab.text)
        or "person_or_place" in c.flags
    ):
        return c
    return c.model_copy(update={"flags": [*c.flags, "person_or_place"]})


# A list of names that runs on to the next line: "&" or a joiner ends the name's line.
_RUNS_ON = re.compile(rf"\s*,?\s*(?:&|{JOINERS})\s*")


def _list_run_on(lab: Label, j: int, p: Person) -> Person:
    """ "J. Beispiel & / K. Muster" under the date: the names on the next line join those of
    line `j` when its name ends in "&" (or "and", "et") and the next line is names alone."""
    ln = lab.lines[j]
    if not _RUNS_ON.fullmatch(lab.flat, p.end, ln.end) or j + 1 >= len(lab.lines):
        return p
    nxt = lab.lines[j + 1]
    q = persons_at(lab, nxt.start + line_head(nxt.text), end=nxt.end)
    if q is None or not full_name(q) or not only_noise(lab.flat[q.end : nxt.end]):
        return p
    return Person(lab, p.start, q.end, [*p.names, *q.names])


# the doubt on a name the OCR may have misread (`people._misreadings_doubted`'s)
_UNSURE_READING = "unsure_reading"
# a line of one to three initials without their stops and a surname, nothing else ("K Muster",
# "J R BEISPIEL"); no compass point's letter first ("N Sampleton": a bearing and a place)
_BARE_INITIAL_LINE = re.compile(
    rf"[ \t]*(?![NSEW][ \t])(?:[{UP}][ \t]){{1,3}}(?P<w>{WORD})[ \t.,]*"
)


def _bare_initial_line(lab: Label, j: int) -> Person | None:
    """The name of line `j` when it is initials without their stops and a surname alone ("K
    Muster" under the date), no place's word."""
    ln = lab.lines[j]
    m = _BARE_INITIAL_LINE.fullmatch(ln.text)
    if m is None:
        return None
    p = bare_initialled(lab, ln.start + m.start(), ln.end)
    if p is None or _place_name(p) or compass_place(p):
        return None
    word = re.compile(rf"(?<![^\W\d_]){re.escape(m.group('w'))}(?![^\W\d_])", re.IGNORECASE)
    if any(word.search(o.text) for k, o in enumerate(lab.lines) if k != j):
        return None  # "Sampleton / 4.vii.1932 / A Sampleton": the place's word again
    return p


def _doubted(c: FieldCandidate, p: Person) -> FieldCandidate:
    """A lone word by the date that no cue names the collector's ("Sampleton / 12.vi.1931 /
    Muster") is flagged `surname_only`: as often the place, a species' author ("exempla / 1984 /
    Muster") or a former owner as the collector (the open fold's and the devset's: 3 right of 4).
    Two words or more without an initial ("Exemplo Beispiel Muster") are left sure: right where
    the sets print them."""
    if SURNAME_ONLY in c.flags or not all(re.fullmatch(WORD, n) for n in p.names):
        return c
    return c.model_copy(update={"flags": [*c.flags, SURNAME_ONLY]})


# The nouns that end place names ("Peedee Canal", "Mud Lake"); a collector's name without
# initials that ends in one is the place printed beside the date.
_PLACE_NOUN = re.compile(
    rf"\s(?:{PLACE_NOUNS}|Canal|Mts?\.|Cove|Forest|Station)[\s,.;]*$", re.IGNORECASE
)


def _initialled_below(lab: Label, j: int) -> bool:
    """Whether the line after line `j` is an initialled name alone ("J. Beispiel")."""
    if j + 1 >= len(lab.lines):
        return False
    ln = lab.lines[j + 1]
    q = persons_at(lab, ln.start + line_head(ln.text), end=ln.end)
    return q is not None and initialled(q) and only_noise(lab.flat[q.end : ln.end])


# A surname before its initials, the comma after it or not ("Muster, K.", "MUSTER K.", "Muster,
# K" with the initial's stop lost before a separator or the line's end); a list of such names
# joined by commas, semicolons, "&" or a joiner word ("Primerov A., Obrazcov B.", "Kask K. ja
# Tamm J.")
_SURNAME_FIRST_NAME = (
    rf"{WORD},?[ \t]{{1,2}}(?:(?:[{UP}]\.[ \t]?){{1,3}}|[{UP}](?=[ \t]*(?:$|[,;&]|{JOINERS}[ \t])))"
)
_SURNAME_FIRST_ONE = re.compile(
    rf"(?P<s>{WORD})(?P<c>,)?[ \t]{{1,2}}(?P<i>(?:[{UP}]\.[ \t]?){{1,3}}|[{UP}])"
)
_SURNAME_FIRST_LIST = re.compile(
    rf"{_SURNAME_FIRST_NAME}(?:[ \t]*(?:[,;&]|{JOINERS})[ \t]*{_SURNAME_FIRST_NAME}){{0,4}}[ \t.]*"
)


def surname_first_names(text: str, *, below: bool = True) -> list[str]:
    """The names of `text` when it is, whole, one or more surnames each before its initials
    ("SAMPLEVA H.", "Näidis, A.", "PROOVIKIVI K", "Primerov A., Obrazcov B."), as indexes and
    Baltic, Russian and Central European labels sign; else none. Not a genus and its author's
    initial ("Carex L.", a genus a backbone knows), nor a word no name holds; one word in mixed
    case and one initial without the comma ("Exampla L.") only where `below` (under the date,
    where a data label puts its collector: above it, a genus's line as often). A surname in
    capitals the OCR read an "I" or an "O" of as "l", "1" or "0" is given mended ("BElSPlEL J." ->
    "BEISPIEL J."; see `misread_names`)."""
    text = capitals_words_mended(text, UP)
    if _SURNAME_FIRST_LIST.fullmatch(text) is None:
        return []
    found = list(_SURNAME_FIRST_ONE.finditer(text))
    for m in found:
        surname = m.group("s")
        if len(surname) < 3 or bad_word(surname) or genus_known(surname):
            return []
    m = found[0]
    alone = len(found) == 1 and not (m.group("c") or m.group("s").isupper())
    if alone and m.group("i").count(".") <= 1 and not below:
        return []
    return [text[m.start() : m.end()].strip() for m in found]


def _mended_doubted(c: FieldCandidate, p: Person) -> FieldCandidate:
    """A name given otherwise than printed (a surname in capitals mended, `surname_first_names`),
    flagged `unsure_reading`: the OCR misread it, another letter of it may be wrong too."""
    raw = p.label.flat[p.start : p.end]
    if all(n in raw for n in p.names) or _UNSURE_READING in c.flags:
        return c
    return c.model_copy(update={"flags": [*c.flags, _UNSURE_READING]})


def _surname_first_line(lab: Label, j: int, *, below: bool) -> Person | None:
    """The person (or people) whose surnames and initials after them fill line `j` by the date
    (`surname_first_names`)."""
    ln = lab.lines[j]
    h = line_head(ln.text)
    names = surname_first_names(ln.text[h:].rstrip(), below=below)
    if not names:
        return None
    return Person(lab, ln.start + h, ln.start + len(ln.text.rstrip()), names)


def _place_name(p: Person) -> bool:
    return not initialled(p) and _PLACE_NOUN.search(" " + " ".join(p.names)) is not None
