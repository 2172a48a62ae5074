"""Collectors without a keyword whose line carries their field number: "K. Muster 1234", "Muster
s.n.", "Muster: Exempla 1901 No. 961", "No. 4417  R. T. Mabry".
"""

from __future__ import annotations

import re

from models.dwc import Term
from models.fields import FieldCandidate
from pipelines.fields.catalog import institutions
from pipelines.fields.dates import date_alone, find_dates
from pipelines.fields.geo import fold, given_names, place_nouns
from pipelines.fields.gridref import find_grid_references
from pipelines.fields.lexicon import data_rows
from pipelines.fields.people.cues import DET, JOINERS, NO_KEY, NO_KEY_INLINE
from pipelines.fields.people.numbers import (
    DATE_LIKE,
    UNCERTAIN_NUMBER,
    initials_number,
    misread_number,
    number_after,
    number_below,
)
from pipelines.fields.people.patterns import CAPW, LOW, UP, WORD
from pipelines.fields.people.persons import (
    Person,
    bad_word,
    bare_initialled,
    person_view,
    persons_at,
)
from pipelines.fields.people.shapes import (
    DATE_SHAPE,
    MONTH_AFTER,
    SURNAME_ONLY,
    full_name,
    given,
    has_surname,
    initialled,
    line_head,
    only_noise,
    past_cjk,
    person_candidate,
    place_given,
    surnames_joined,
)
from pipelines.fields.text import Label, candidate, is_institution

# a typed column's gap before initials
_GAP_TO_INITIALS = re.compile(rf"(?<=\S)[ \t]{{2,}}(?=[{UP}]\.)")
# A comma or a semicolon inside a line, before the name that may follow it; or a typed label's
# column gap before initials ("Carex exempla Host  K. Muster 123": the name's line, the
# collector and his number after it)
_CLAUSE = re.compile(r"[,;][ \t]+|(?<=\S)[ \t]{2,}(?=[A-Z]\.)")
# what may end the line after the number: nothing, or a date after a comma ("K. Muster 512, 4 May
# 1958", "K. Muster 12, 1948")
_TAIL = re.compile(r"[ \t.,;]*")


def name_number_in_line(lab: Label, i: int) -> tuple[list[FieldCandidate], list[FieldCandidate]]:
    """A collector with initials and his field number closing a line after the place, a comma
    before them ("Peru: Sampleton, K. Muster 12", "Sampleton, 3000 m, K. Muster 512, 4 May
    1958"), as type photographs and run-on transcriptions print a data label in one line: nothing
    but a date after the number. A shape alone vouches for it: below the keyed ones."""
    line = lab.lines[i]
    if lab.institution[i] or lab.address[i]:
        return [], []
    for m in _CLAUSE.finditer(line.text):
        start = line.start + m.end()
        p = persons_at(lab, start, end=line.end)
        if p is None or not initialled(p) or _place_named(p):
            continue
        if _GAP_TO_INITIALS.search(lab.flat, p.start, p.end):
            continue  # "Sampleton, Exampleshire  K. Muster 123": the name after the gap
        num = number_after(p, 0.7)
        if num is None or num.evidence.end is None:
            continue
        if DATE_LIKE.match(lab.flat, num.evidence.start or 0):
            continue
        rest = lab.flat[num.evidence.end : line.end]
        tail = _TAIL.match(rest)
        after = rest[tail.end() :] if tail else rest
        if after and not (
            rest[:1] in ",;"
            and any(d.start == 0 and d.end >= len(after.rstrip(" .")) for d in find_dates(after))
        ):
            continue
        c = person_candidate(Term.recordedBy, p, 0.7, "collector.name_number_inline")
        return [c], [num]
    return [], []


# a list of names broken after its "&" or its comma at the line's end, or after the next name's
# initials ("K. Muster & J. / Beispiel 4412")
_LIST_RUNS_ON = re.compile(rf"[^\W\d_][ \t]*[&,][ \t]*(?:[{UP}]\.[ \t]?){{0,3}}$")
# or after a joining word ("K. Muster and / J. Beispiel 345", "K. Muster et / J. Beispiel",
# "H. Sampleva with / J. Probst 5521"; the joiners of people_cues.csv), where the line's name has
# initials or a given name ("Sampleton and / K. Muster 12": a place's line over the
# collector's)
_JOINER_AT_END = re.compile(rf"(?<=[^\W\d_])\.?[ \t]+(?:{JOINERS})[ \t]*$")


def numbered_line(lab: Label, i: int) -> tuple[list[FieldCandidate], list[FieldCandidate]]:
    """A name that opens line `i` with the collector's field number after it or below it ("K.
    Muster 1234", "Muster s.n.") or before it ("No. 4417  R. T. Mabry"): the collectors and the
    numbers."""
    line = lab.lines[i]
    coll: list[FieldCandidate] = []
    nums: list[FieldCandidate] = []
    if lab.institution[i] or lab.address[i]:
        return coll, nums  # "Exampletown, New York 10458" under the herbarium's name: its address
    # ("王启明 Wang Qi-ming 1357": past the name in its own script, to its romanisation)
    head = past_cjk(line.text, len(line.text) - len(line.text.lstrip()))
    end = line.end
    if i + 1 < len(lab.lines) and (
        _LIST_RUNS_ON.search(line.text)
        or (
            _JOINER_AT_END.search(line.text)
            and (own := persons_at(lab, line.start + head, end=line.end)) is not None
            and (initialled(own) or (given(own) and not place_given(own)))
        )
    ):
        end = lab.lines[i + 1].end  # "K. Muster & / J. Beispiel 567": the list runs on below
    p = persons_at(lab, line.start + head, end=end) or _team_after_date(lab, i)
    if p is not None and p.end > line.end and not number_after(p, 0.8):
        p = persons_at(lab, line.start + head, end=line.end) or _team_after_date(lab, i)
    if p is not None and _grid_reference_after(lab, p, line.end):
        return coll, nums  # "Probeham Common, TQ 123 456": a place and its grid reference
    gap = _GAP_TO_INITIALS.search(lab.flat, p.start, p.end) if p is not None else None
    if (
        p is not None
        and gap is not None
        and not re.search(rf"[{UP}]\.", lab.flat[p.start : gap.start()])
    ):
        # "Sampleton, Exampleshire  K. Muster 123": words without initials, a typed column's
        # gap, then initials: the place before the collector (`name_number_in_line`)
        return coll, nums
    if p is not None and (q := _capitals_surname_first(lab, p, line.end)) is not None:
        # "WANG Q. 5678", "SAMPLEDA Y.  No. 3456": a surname in capitals before its initials, as
        # Chinese and Japanese herbaria print a name, with the number after them
        num = number_after(q, 0.7, gap=True)
        if num is not None and not DATE_LIKE.match(lab.flat, num.evidence.start or 0):
            coll.append(person_candidate(Term.recordedBy, q, 0.7, "collector.name_number"))
            nums.append(num)
            return coll, nums
    if p is not None and _surname_sine_numero(lab, p, line.end):
        # "Muster s.n.", "Muster No. 12": a surname alone, but with the collector's
        # number (or "no number") after it
        c = person_candidate(Term.recordedBy, p, 0.6, "collector.name_number")
        coll.append(c.model_copy(update={"flags": [*c.flags, SURNAME_ONLY]}))
        if (num := number_after(p, 0.6) or misread_number(p, 0.6)[1]) is not None:
            nums.append(num)
    elif p is not None and (q := _name_place_number(lab, p, line.end)) is not None:
        # "Muster: Exempla 1901 No. 961": an old collector's own label
        c = person_candidate(Term.recordedBy, q, 0.6, "collector.name_place_number")
        coll.append(c.model_copy(update={"flags": [*c.flags, SURNAME_ONLY]}))
    elif p is not None and (full_name(p) or surnames_joined(p)) and not _place_named(p):
        # "K. Muster KMP 2306": the initials' code first, lest the figures after it be read alone
        num = (initials_number(p, 0.8) if full_name(p) else None) or number_after(p, 0.8, gap=True)
        if num is not None and not DATE_LIKE.match(lab.flat, num.evidence.start or 0):
            # the name's span stays the first collector's: the number is paired with its end
            joined = Person(lab, p.start, p.end, p.names + _names_below(lab, i))
            rule = "collector.name_number"
            # surnames alone ("Muster & Beispiel 4005"): less sure than names with initials
            conf = 0.8 if full_name(p) else 0.6
            coll.append(person_candidate(Term.recordedBy, joined, conf, rule))
            nums.append(num)
        elif (num := number_below(lab, i, p)) is not None:
            rule = "collector.name_number_below"
            coll.append(person_candidate(Term.recordedBy, p, 0.75, rule))
            nums.append(num)
        elif full_name(p) and (num := initials_number(p, 0.8)) is not None:
            # "K. Muster KM 12-034": the collector's initials code the number
            coll.append(person_candidate(Term.recordedBy, p, 0.8, "collector.name_number"))
            nums.append(num)
        elif full_name(p) and (misread := misread_number(p, 0.7))[1] is not None:
            # "K. Muster 12O4": the name's line, its number misread (`misread_number`); not a
            # year misread ("Rev. K. Muster 19O5": a date's, the name read beside it if any)
            coll.append(person_candidate(Term.recordedBy, p, 0.8, "collector.name_number"))
            nums += [n for n in misread[1:] if n is not None]
    elif p is None and (q := _bare_initial_numbered(lab, line.start + head, line.end)) is not None:
        # "K Muster 345": the initial's stop lost (to the OCR), the number after the name
        num = number_after(q, 0.7)
        if num is not None and not DATE_LIKE.match(lab.flat, num.evidence.start or 0):
            coll.append(person_candidate(Term.recordedBy, q, 0.7, "collector.name_number"))
            nums.append(num)
    elif p is None and (q := _person_after_number(lab, i)) is not None:
        coll.append(person_candidate(Term.recordedBy, q, 0.75, "collector.number_name"))
    elif p is None and (q := _person_after_bare_number(lab, i)) is not None:
        # "1234 K. Muster 12 May 1901": the number before its collector, less sure than one after
        coll.append(person_candidate(Term.recordedBy, q, 0.7, "collector.number_name"))
        m = _BARE_NUMBER_FIRST.match(line.text)
        if m is not None:
            s, e = line.start + m.start("n"), line.start + m.end("n")
            # as often a register's or a sheet's number: `uncertain_number` keeps it under 0.9
            rule = "number.before_collector"
            flags = [UNCERTAIN_NUMBER]
            nums.append(candidate(Term.recordNumber, m.group("n"), 0.7, lab, s, e, rule, flags))
    return coll, nums


# A British or Irish grid reference's letters and figures ("TQ 123", "H 12", "SU1234")
_GRID_START = re.compile(r"(?<![^\W\d_])[A-Z]{1,2}[ \t]?\d")


def _grid_reference_after(lab: Label, p: Person, end: int) -> bool:
    """Whether a grid reference follows the words read as a name on its line, or takes the
    name's last letters ("Probeham Common, TQ 123 456", read "Probeham Common, TQ" with "123"
    its number): the words are the place it locates, and its figures no field number."""
    if _GRID_START.search(lab.flat, p.start, end) is None:
        return False
    return any(
        h.label is lab
        and p.start < h.start < end
        and not re.search(r"\d", lab.flat[p.start : h.start])
        for h in find_grid_references([lab])
    )


# the initials after a surname in capitals, a figure or a number's key after them
_INITIALS_THEN_NUMBER = re.compile(
    rf"(?:[ \t]{{1,2}}[{UP}]\.){{1,2}}[ \t]{{1,3}}(?:(?:{NO_KEY}|{NO_KEY_INLINE})\.?[ \t]?|#[ \t]?)?\d"
)


def _capitals_surname_first(lab: Label, p: Person, end: int) -> Person | None:
    """A surname in capitals opening a line, its initials after it and a number after them ("WANG
    Q. 5678", "SAMPLEDA Y.  No. 3456"): the name with its initials (read as after a keyword)."""
    if len(p.names) != 1 or not re.fullmatch(rf"[{UP}]{{2,}}", p.names[0]):
        return None
    if not _INITIALS_THEN_NUMBER.match(lab.flat, p.end, end):
        return None
    q = persons_at(lab, p.start, end=end, abbreviated=True)
    if q is None or len(q.names) != 1 or not q.names[0].startswith(p.names[0] + " "):
        return None
    return q


# An expedition's name making a line with its field number after it ("Sino-British Exped. 0123",
# "Exampla Expedition 1934-5 No. 45"): up to five capitalised words, the expedition's word
# (people_cues.csv: name_stop rows "exped", "expedition", "expedición", "expedição"), where it
# went ("to Sampleland") and the number. Without a number the expedition is no collector
# (test_people_uk_drawers: "Example Univ. Exped." by the date, a trip as often as a team).
_EXPEDITION_NUMBER = re.compile(
    rf"[ \t]*(?P<name>(?:[{UP}][\w.'’&-]*[ \t]){{1,5}}(?i:exped(?:ition|ición|ição|n)?|exp)\.?"
    rf"(?:[ \t]+(?i:to|of)(?:[ \t]+[{UP}][\w'’-]+){{1,3}})?)"
    r"(?:[ \t]+(?:1[89]\d\d(?:-\d{1,4})?))?[ \t]+(?:(?i:no)\.?[ \t]?|#[ \t]?)?"
    r"(?P<n>\d{1,6})[ \t.]*"
)
# below the names the line's shape alone vouches for: an expedition is no person, whom a curator
# may key as the collector or not
_EXPEDITION_CONF = 0.5


def expedition_numbers(labels: list[Label]) -> tuple[list[FieldCandidate], list[FieldCandidate]]:
    """The expedition whose name and field number make a data label's line ("Sino-British Exped.
    0123"), where no person is named: the collector as herbaria key it, flagged `surname_only`
    (a doubt: below 0.9), and its number."""
    found = [
        (lab, line, m)
        for lab in labels
        for i, line in enumerate(lab.lines)
        if (m := _EXPEDITION_NUMBER.fullmatch(line.text)) is not None and not lab.institution[i]
    ]
    if not found:
        return [], []
    lab, line, m = found[0]
    s, e = line.start + m.start("name"), line.start + m.end("name")
    c = candidate(
        Term.recordedBy, m.group("name"), _EXPEDITION_CONF, lab, s, e,
        "collector.expedition", [SURNAME_ONLY],
    )  # fmt: skip
    ns, ne = line.start + m.start("n"), line.start + m.end("n")
    n = candidate(
        Term.recordNumber, m.group("n"), _EXPEDITION_CONF, lab, ns, ne, "number.after_collector"
    )
    return [c], [n]


def _place_named(p: Person) -> bool:
    """ "Sampleton Hill 345", "Exempla Creek 12": two words without an initial, the last a kind
    of place and the first no given name: a place's name and a number, no person's."""
    if len(p.names) != 1 or "." in p.names[0]:
        return False
    words = p.names[0].split()
    return (
        len(words) == 2
        and fold(words[1]) in place_nouns() | {"hall"}
        and fold(words[0]) not in given_names()
    )


# one or two capitals without their stops that open a line, no bearing ("N Sampleton")
_BARE_OPENING = re.compile(rf"[ \t]*(?![NSEW] )[{UP}] (?:[{UP}] )?(?=[{UP}][{LOW}])")


def _bare_initial_numbered(lab: Label, start: int, end: int) -> Person | None:
    """ "K Muster 345", "K J Muster 345": initials without their stops before a surname that
    opens the line (`bare_initialled`), one name alone."""
    if _BARE_OPENING.match(lab.flat, start, end) is None:
        return None
    q = bare_initialled(lab, start, end)
    return (
        q if q is not None and len(q.names) == 1 and not bad_word(q.names[0].split()[-1]) else None
    )


def _team_after_date(lab: Label, i: int) -> Person | None:
    """Surnames joined after a date that opens line `i` ("14.x.1954   Muster & Beispiel 1234"),
    whose number follows them; names with initials after a date are the rule of names beside
    dates, which also reads a companion after the number."""
    text = lab.lines[i].text
    head = len(text) - len(text.lstrip())
    for d in find_dates(text):
        if d.start == head and text[d.end : d.end + 1].isspace():
            rest = text[d.end :]
            start = lab.lines[i].start + d.end + len(rest) - len(rest.lstrip(" \t,;"))
            p = persons_at(lab, start, end=lab.lines[i].end)
            return p if p is not None and surnames_joined(p) and not full_name(p) else None
    return None


def _names_below(lab: Label, i: int) -> list[str]:
    """ "A. B. Quill #4410 / C. D. Rowe   3 May 1999": a second collector with initials alone on the
    line under the first's name and number, or beside the date."""
    if i + 1 >= len(lab.lines):
        return []
    nxt = lab.lines[i + 1]
    q = persons_at(lab, nxt.start + line_head(nxt.text), end=nxt.end)
    if q is None or not initialled(q) or not has_surname(q):
        return []
    rest = lab.flat[q.end : nxt.end]
    return q.names if only_noise(rest) or date_alone(rest, full_year=False) else []


# "No. 4417  R. T. Mabry  June 3, 1958": the number keyed before the name on a line of its own.
_NUMBER_FIRST = re.compile(rf"[ \t]*{NO_KEY}\.?[ \t]?\d{{1,6}}[a-z]?[ \t,]+(?=\S)")


def _person_after_number(lab: Label, i: int) -> Person | None:
    """A name with initials after a field number that opens its line, and nothing after it but
    the date (the number itself is read by `numbers.record_number_candidates`)."""
    line = lab.lines[i]
    m = _NUMBER_FIRST.match(line.text)
    if m is None:
        return None
    p = persons_at(lab, line.start + m.end(), end=line.end)
    if p is None or not initialled(p):
        return None
    rest = lab.flat[p.end : line.end]
    if only_noise(rest) or MONTH_AFTER.match(rest) or DATE_SHAPE.match(rest):
        return p
    dates = find_dates(rest)
    return p if dates and not rest[: dates[0].start].strip(" ,.") else None


# A bare field number before the name ("1234 K. Muster"): two to six figures, not a year.
_BARE_NUMBER_FIRST = re.compile(r"[ \t]*(?P<n>\d{2,6}[a-z]?)[ \t]+(?=\S)")
_YEAR = re.compile(r"1[7-9]\d\d|20[0-3]\d")


def _person_after_bare_number(lab: Label, i: int) -> Person | None:
    """ "1234 K. Muster": a name with initials after a bare number that opens its line, nothing
    after the name but noise (not after a year: "1901 K. Muster" is the date's line)."""
    line = lab.lines[i]
    m = _BARE_NUMBER_FIRST.match(line.text)
    if m is None or _YEAR.fullmatch(m.group("n")):
        return None
    p = persons_at(lab, line.start + m.end(), end=line.end)
    if p is None or not initialled(p):
        return None
    rest = lab.flat[p.end : line.end]
    if only_noise(rest) or DATE_SHAPE.fullmatch(rest):
        return p
    # the date after the name ("1234 K. Muster 12 May 1901"), nothing else
    dates = find_dates(rest)
    first = min(dates, key=lambda d: d.start) if dates else None
    if first is None or rest[: first.start].strip(" ,.;") or not only_noise(rest[first.end :]):
        return None
    return p


_SINE_NUMERO = re.compile(
    rf"[\s,]*(?:s\.\s?n\.|s\.?n(?![\w.])|[sS]/[nN]º?|{NO_KEY}\s?\.?\s?(?:\d{{1,6}}[a-z]?|(?=[\dOlI]*\d)[\dOlI]{{2,6}})?(?![\d.,]\d)"
    # (its figures misread as letters: "MUSTER No. 4O56", read by `misread_number`)
    # "Muster n. 456": the Latin numero cut to its letter, as old distributed sets print it
    r"|n\.[ \t]?\d{1,6}[a-z]?(?![\d.,]\d))[\s.,;]*"
)


def _surname_sine_numero(lab: Label, p: Person, line_end: int) -> bool:
    """ "Muster s.n." or "Muster No. 12" alone on its line: one capitalised surname and "sine
    numero" or a keyed number (its figures may be lost: "Muster no."); in capitals too, four
    letters or more with a vowel ("MUSTER No. 4056"; no institution's code: "MEXU No. 12")."""
    name = p.names[0] if len(p.names) == 1 else ""
    capitals = re.fullmatch(r"[A-Z]{4,}", name) is not None and (
        _VOWEL.search(name) is not None and name not in institutions()
    )
    if not (re.fullmatch(CAPW, name) or capitals) or bad_word(name):
        return False
    if p.names[0].lower() in _counted():
        return False  # "Photograph No. 1234", "Plot No. 12": the thing's number
    return _SINE_NUMERO.fullmatch(lab.flat, p.end, line_end) is not None


# "Muster: Exempla 1901 No. 961", "Muster, Exempla, 1901, No. 961": a surname that opens its line
# before a colon or a comma, a place and a year, and the line ends with a keyed number.
_PLACE_YEAR_NUMBER = re.compile(
    rf"\s?[:,]\s*[^\d:]{{2,60}}?[\s,.]+(?:1[6-9]|20)\d\d[\s,.]*{NO_KEY}\s?\.?\s?\d{{1,6}}[a-z]?[\s.,;]*"
)


def _name_place_number(lab: Label, p: Person, line_end: int) -> Person | None:
    """The surname of `_PLACE_YEAR_NUMBER` at the start of `p` (which may have read the place
    after the comma as a second name), or None."""
    m = re.compile(WORD).match(person_view(lab.flat), p.start, line_end)
    if m is None or bad_word(m.group(0)) or fold(m.group(0)) in given_names():
        return None
    if _PLACE_YEAR_NUMBER.fullmatch(lab.flat, m.end(), line_end) is None:
        return None
    return Person(lab, m.start(), m.end(), [m.group(0)])


# "Forrest 12345", "Kerr 1234 with Beispiel": a surname alone and a field number of three to six
# figures (a letter after it at most) on a line of their own, a companion after "with" or not
_SURNAME_NUMBER = re.compile(
    # (a height is no number: "Sampleton 900m")
    # (or the surname in capitals, as printed series and field labels set it: "MUSTER 1234")
    rf"[ \t]*(?P<name>{CAPW}|[{UP}]{{4,}}(?:-[{UP}]{{2,}})?)[ \t]+(?P<n>\d{{3,6}}(?![ \t]?(?:m|ft|km|mi)\b)[a-z]?)"
    rf"(?:[ \t]*,?[ \t]+(?:with|w/|&|and)[ \t]+(?:[{UP}]\.[ \t]?){{0,3}}{CAPW})?[ \t.]*"
)
_YEAR_SHAPED = re.compile(r"1[6-9]\d\d|20[0-4]\d")
# a street's or a road's name built with its kind ("Hauptstrasse 12", "Dorpsstraat 4", "Kirchweg
# 3"): an address, no person
_STREET_WORD = re.compile(
    r"(?i:.+(?:strasse|straße|str|weg|gasse|platz|allee|damm|straat|laan|plein|gracht|kade|vej|gatan|vägen|katu|tie))"
)


def _surname_number(lab: Label, i: int) -> re.Match[str] | None:
    """Line `i` as `_SURNAME_NUMBER` reads it, its word no counted noun, place or street, its
    number no year; else None."""
    line = lab.lines[i]
    m = _SURNAME_NUMBER.fullmatch(line.text)
    if m is None or lab.institution[i] or lab.address[i] or is_institution(line.text):
        return None
    word = m.group("name")
    if (
        _YEAR_SHAPED.fullmatch(m.group("n"))
        or len(word) < 3
        or bad_word(word)
        or word.lower() in _counted()
        or fold(word) in place_nouns()
        or _STREET_WORD.fullmatch(word)
        # a surname in capitals has a vowel and is no institution's code ("MEXU 1234": its
        # accession number)
        or (word.isupper() and (not _VOWEL.search(word) or word in institutions()))
    ):
        return None
    return m


_VOWEL = re.compile(r"[AEIOUYÀ-ÆÈ-ÏÒ-ÖØ-Ý]")


def _counted() -> frozenset[str]:
    """The nouns a number counts after them (people_cues.csv, role counted: "plot", "box")."""
    return frozenset(r["cue"] for r in data_rows("people_cues.csv") if r["role"] == "counted")


def surname_number_line(lab: Label) -> tuple[FieldCandidate, FieldCandidate] | None:
    """ "Standley 45678" alone on a line of a label that bears a date elsewhere: a surname
    without initials or key and the collector's field number, as some herbaria's printed labels
    give the collector's series. The line is as often something else ("Route 12", "Plot 34",
    "Sampleton 45" where the place is named again, a year under a slip's heading), so the word
    must be no noun counted by a number, no place's kind or known name, no street's, the number
    no year, and the word named nowhere else on the label but a determiner's line; one such line
    on the label, no more (a list's); the collector is flagged `surname_only` and the number
    `uncertain_number` (both kept under 0.9: nothing but the line's shape says it is a
    collector's)."""
    found = [(k, m) for k in range(len(lab.lines)) if (m := _surname_number(lab, k)) is not None]
    if len(found) != 1:
        return None
    i, m = found[0]
    line = lab.lines[i]
    word, number = m.group("name"), m.group("n")
    others = [ln for k, ln in enumerate(lab.lines) if k != i]
    if any(
        re.search(rf"(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])", ln.text)
        and DET.search(ln.text) is None
        for ln in others
    ):
        return None  # "Sampleton 45" under "Woods near Sampleton": the place's number
    if not any(find_dates(ln.text) for ln in others):
        return None  # no data label's date: a catalogue's, a box's or a list's line
    s, e = line.start + m.start("name"), line.start + m.end("name")
    rule = "collector.surname_number"
    who = candidate(Term.recordedBy, word, 0.6, lab, s, e, rule, [SURNAME_ONLY])
    ns, ne = line.start + m.start("n"), line.start + m.end("n")
    # the number as doubted as the name: if the line is no collector's, it is no field number
    rule = "number.after_surname"
    num = candidate(Term.recordNumber, number, 0.6, lab, ns, ne, rule, [UNCERTAIN_NUMBER])
    return who, num
