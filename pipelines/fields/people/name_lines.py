"""A line that is nothing but names ("Harold P. Quist"): the collector when nothing else on the
labels says who collected.
"""

from __future__ import annotations

import re

from models.dwc import Term
from models.fields import FieldCandidate
from pipelines.fields.dates import date_alone, find_dates
from pipelines.fields.people.cues import DET, DET_ALONE, NO_KEY
from pipelines.fields.people.patterns import CAPW, TITLE, UP
from pipelines.fields.people.persons import Person, persons_at
from pipelines.fields.people.shapes import (
    DATE_SHAPE,
    binomial_line,
    compass_place,
    firm_line,
    full_name,
    given,
    initialled,
    is_firm,
    line_head,
    only_noise,
    particled,
    person_candidate,
    place_given,
    surname_of,
    titled,
)
from pipelines.fields.text import Label


def name_line_collectors(
    labels: list[Label], dated: set[int] | None = None
) -> list[FieldCandidate]:
    """A line that is nothing but names ("Harold P. Quist", "G.Gagnon, P.Desjardins"), with
    nothing else on the labels that says who collected: most often the collector, printed on the
    label's last line or on a slip of its own. Not under a "Det." line, and only names with
    initials or a title ("Brother Anselm Lefort"): capitalised words alone are as often a place
    ("New Providence"). A date the date parser could not read may follow the name
    (`DATE_SHAPE`: "J.Farrel1Vll-Z4-83"). The first label's name is taken; flagged
    `several_collectors` when another label has a name line of another person; flagged
    `signed_slip` and far less sure when its label is only the name and a date while the
    collection's date (the labels of `dated`) is on another label: an annotator's signature."""
    lines: list[Person] = []
    glens: list[Person] = []  # name lines that may be a place's (`place_given`): the last resort
    for lab in labels:
        if any(_STAFF_LINE.search(ln.text) for ln in lab.lines):
            continue  # "Field Museum Neg. No. 1234 / K. Muster", "K. Muster / Photographer"
        for i, line in enumerate(lab.lines):
            if DET.search(line.text):
                continue
            if i > 0 and DET.search(lab.lines[i - 1].text):
                continue
            if i > 0 and _DESIGNATED.fullmatch(lab.lines[i - 1].text):
                continue  # "Lectotype / ... / designated / J. Beispiel 1990": the designator
            if i > 0 and lab.lines[i - 1].text.rstrip().endswith(","):
                continue  # "With: A. Bell, C. Dorn, / E. Fisk": a list that runs on
            if line.text.rstrip().endswith(":"):
                continue  # "S. Exampleland:": a region heading an insect's label, or a key
            if _signs_slip(lab, i):
                continue  # "J. P. Muster / DET. / 10. 10. 1975": the determiner of a slip
            # "Herbier d'Exempla (Mr Muster 1850)": a titled name in brackets, even on a line
            # that names a collection
            p = _titled_in_brackets(lab, i)
            if p is None and lab.institution[i]:
                continue
            if p is None:
                p = persons_at(lab, line.start + line_head(line.text), end=line.end)
            if i > 0 and binomial_line(lab.lines[i - 1].text) and not (p is not None and titled(p)):
                continue  # "Exemplia vulgaris / B. Muster": the name's author under it (no title)
            bare = _bare_initial_first(lab) if p is None and i == 0 else None
            p = firm_line(lab, i) or bare or p  # "Muster Frères": a dealer's firm; "H Muster"
            if p is None or not (
                p is bare or initialled(p) or titled(p) or particled(p) or given(p) or is_firm(p)
            ):
                continue
            if compass_place(p):
                continue  # "N. Exampleland / Sampleton": the region over the place
            p = _town_dropped(p)
            rest = lab.flat[p.end : line.end]
            if not (
                only_noise(rest)
                or DATE_SHAPE.fullmatch(rest)
                or _MONTH_YEAR_SHAPE.fullmatch(rest)
                # "Gerardo Muster 1900": the collector's number (or the year) after the name
                or _NUMBER_REST.fullmatch(rest)
                # "K. Muster (No. 23)": the number in brackets
                or _BRACKET_NUMBER.fullmatch(rest)
                # "Ernst Muster, Exempelstadt": where the collector lived
                or (full_name(p) and _TOWN_AFTER.fullmatch(rest))
                # "(Mr Muster 1850)": a titled name in brackets with its year
                or (titled(p) and _BRACKET_TAIL.fullmatch(rest))
                # "K. Muster (in herb. J. Beispiel)": the herbarium the specimen went to
                or _IN_HERB.fullmatch(rest)
            ):
                continue
            found = [p]
            for nxt in lab.lines[i + 1 : i + 4]:
                q = persons_at(lab, nxt.start + line_head(nxt.text), end=nxt.end)
                if q is None or not full_name(q) or not only_noise(lab.flat[q.end : nxt.end]):
                    break
                if not (initialled(q) or titled(q) or given(q) or particled(q)):
                    break  # "K. Muster / Central Exempla": two capitalised words are as often a place
                found.append(q)
            names = [n for q in found for n in q.names]
            if place_given(p):
                # "Glen Example / K. Muster": the glen, and the collector under it
                if len(found) > 1:
                    names = names[len(p.names) :]
                    lines.append(Person(lab, found[1].start, found[-1].end, names))
                    break
                glens.append(p)
                continue
            lines.append(Person(lab, found[0].start, found[-1].end, names))
            break
    lines = lines or glens[:1]
    if not lines:
        return []
    first = person_candidate(Term.recordedBy, lines[0], 0.45, "collector.name_line")
    if place_given(lines[0]):
        # "SCOTLAND / Sampleton / Glen Example": a glen under the place as often as Mr Glen
        first = first.model_copy(
            update={
                "confidence": first.confidence * _PLACE_GIVEN,
                "flags": [*first.flags, PERSON_OR_PLACE],
            }
        )
    if dated and lines[0].label.label not in dated and _signed_slip(lines[0]):
        conf = first.confidence * _SIGNED_SLIP
        first = first.model_copy(update={"confidence": conf, "flags": [*first.flags, SIGNED_SLIP]})
    if any(surname_of(" | ".join(q.names)) != surname_of(first.value) for q in lines[1:]):
        # a name alone on another label too: a determiner's or an annotator's slip is as often
        # the one read first
        first = first.model_copy(update={"flags": [*first.flags, SEVERAL_COLLECTORS]})
    return [first]


# A line of a photograph's, a negative's or a mounting's stamp ("Field Museum Neg. No. 1234",
# "Photographer", "Photographed", "Mounted by", "Imaged 2010"): the names on its label are the
# photographer's or the preparator's, never a collector's.
_STAFF_LINE = re.compile(
    r"(?<![^\W\d_])(?i:photograph\w*|photo\.|neg\.|negative|preparator|mounted|imaged|"
    r"digiti[sz]ed|databased)(?![^\W\d_])"
)


# A type's designation alone on its line, the designator's name under it ("designated", "des.
# by", "designavit", "design.").
_DESIGNATED = re.compile(
    r"\s*(?i:designated|designavit|selected|design\.|desig\.|des\.)(?:\s+(?i:by))?[\s.:,]*"
)


# A titled name in brackets inside a line, a year at most after it: "Herbier d'Exempla (Mr Muster
# 1850)", as old sheets credit the collector after a collection's or a flora's name.
_BRACKET_TITLE = re.compile(rf"\((?={TITLE})")
_BRACKET_TAIL = re.compile(r"[\s,.]*(?:(?:1[6-9]|20)\d\d)?[\s,.]*\)[\s,.]*")


def _titled_in_brackets(lab: Label, i: int) -> Person | None:
    line = lab.lines[i]
    for m in _BRACKET_TITLE.finditer(lab.flat, line.start, line.end):
        p = persons_at(lab, m.end(), end=line.end)
        if p is not None and titled(p) and _BRACKET_TAIL.fullmatch(lab.flat, p.end, line.end):
            return p
    return None


# The herbarium a collector's specimen was kept in, in brackets after the name: "(in herb. J.
# Beispiel)", "(ex hb. Muster)", the donor's (`donors`), not a second collector.
_IN_HERB = re.compile(r"\s*[(\[]\s*(?i:in|ex)\s+(?i:herb|hb)\.?\s[^)\]]{2,60}[)\]][\s.,]*")


# A name line's belief when its given name is also a kind of place ("Glen Example").
_PLACE_GIVEN = 0.5
# The flag of a collector and a locality read from the same words ("Example Wood, 4/6/1902": a
# wood or Mr Wood): one of the two is wrong, and nothing on the label says which (`fields` sets
# it on both; a name line whose given name is a kind of place carries it from here).
PERSON_OR_PLACE = "person_or_place"
# the flag of a collector (and a field number) on a sheet whose labels name several collectors
SEVERAL_COLLECTORS = "several_collectors"
# the flag of a name that signs a slip: as likely the determiner as the collector
SIGNED_SLIP = "signed_slip"

# A name line's belief on a slip that is only the name and a date, the collection dated elsewhere.
_SIGNED_SLIP = 0.25
_YEAR_ALONE = re.compile(r"[\s.,]*(?:1[6-9]|20)\d\d[\s.,]*")


def _signed_slip(p: Person) -> bool:
    """Whether the label of `p` holds nothing but the name (and what follows it on its line) and
    a line or two that are a date ("K. Muster / 3 May 1984"), or the name and a date after it on
    one line. A year alone is not enough: old sheets print the collector and the year so; but it
    is under a scientific name with its author, the slip's name ("Exampla minor L. / J. Beispiel
    1980": a determination signed and dated)."""
    lab = p.label
    first, last = lab.line_no(p.start), lab.line_no(max(p.start, p.end - 1))
    named = first > 0 and _named_above(lab.lines[first - 1].text)
    # (the name over the signature is no other line when it is the slip's)
    top = first - 1 if named else first
    others = [ln.text for k, ln in enumerate(lab.lines) if not top <= k <= last and ln.text.strip()]
    if not others:
        # "K. Muster 24. V. 1984" alone on its slip: the date on the name's line
        others = [lab.flat[p.end : lab.lines[last].end]]
    if len(others) > 2:
        return False
    for text in others:
        dates = find_dates(text)
        if _YEAR_ALONE.fullmatch(text) and not named:
            return False  # "K. Muster / 1834": old sheets' collector and year, or the number
        if not (
            DATE_SHAPE.fullmatch(text)
            or (dates and not (text[: dates[0].start] + text[dates[0].end :]).strip(" .,;:"))
        ):
            return False
    return True


# A scientific name with its author alone on its line ("Exampla minor L.", "Exampla minor
# (Muster) Beispiel"), the line a determination slip's signature stands under.
_NAME_AND_AUTHOR = re.compile(
    r"\s*(?P<g>[A-Z][a-zë]+)\s(?P<e>[a-zë-]{3,})(?:\s(?:var|ssp|subsp|f)\.?\s[a-zë-]{3,})?"
    r"\s+[(]?[A-Z][\w.'’&() -]{0,40}\s*"
)


def _named_above(text: str) -> bool:
    m = _NAME_AND_AUTHOR.fullmatch(text)
    return m is not None and binomial_line(f"{m['g']} {m['e']}")


# A number after a name on its line, keyed or not ("K. Muster 1832", "K. Muster No. 12"); not
# glued to it ("K. Muster61": the OCR's noise).
_NUMBER_REST = re.compile(rf"(?:\s?[.,]?\s+|\s*{NO_KEY}\s?\.?\s?)\d{{1,6}}[a-z]?[.,]?\s*")
_BRACKET_NUMBER = re.compile(rf"\s*\(\s?(?:{NO_KEY}\s?\.?\s?)?\d{{1,6}}[a-z]?\s?\)[.,]?\s*")
# An initial without its stop before a surname alone at the head of a label ("H Muster", the
# stop lost or never printed): not a bearing ("N", "S", "E", "W"), an article ("A Coruña", "O
# Porto", "Y") or a numeral ("I").
_BARE_INITIAL_HEAD = re.compile(rf"[\s\W]*(?P<i>(?![NSEWAOYI]\s)[{UP}])\s(?={CAPW}[\s.,]*$)")


def _bare_initial_first(lab: Label) -> Person | None:
    """ "H Muster" as a label's first line: the initial and the surname, the only words on it."""
    line = lab.lines[0]
    m = _BARE_INITIAL_HEAD.match(line.text)
    if m is None:
        return None
    p = persons_at(lab, line.start + m.end(), end=line.end)
    if p is None or len(p.names) != 1 or " " in p.names[0]:
        return None
    return Person(lab, line.start + m.start("i"), p.end, [f"{m.group('i')} {p.names[0]}"])


# A month in Roman figures and its year ("VII/06", "IX.1911"), the date insect labels print
# beside the collector.
_MONTH_YEAR_SHAPE = re.compile(r"[\s,.]*[IVX]{1,4}[./-]['’]?(?:\d{2}|1[6-9]\d\d|20\d\d)[\s.]*")
# One capitalised word after a comma: the collector's town after the name.
_TOWN_AFTER = re.compile(rf"\s*,\s*{CAPW}\.?\s*")


def _signs_slip(lab: Label, i: int) -> bool:
    """Whether line `i` is over a determiner's key alone on its line that ends the label or
    has only a date under it: a determination slip signed "J. P. Muster / DET. / 1975" (on a
    collector's form the key under the name is followed by the form's other rows)."""
    if i + 1 >= len(lab.lines) or not DET_ALONE.fullmatch(lab.lines[i + 1].text):
        return False
    return i + 2 >= len(lab.lines) or date_alone(lab.lines[i + 2].text, full_year=False)


def _town_dropped(p: Person) -> Person:
    """ "Ernst Muster, Exempelstadt": a lone capitalised word after a comma and a given name and
    surname is the collector's town, not a second collector."""
    text = p.label.flat[p.start : p.end]
    comma = text.rfind(",")
    if len(p.names) != 2 or not given(p) or comma < 0:
        return p
    if not re.fullmatch(rf"\s*{CAPW}", text[comma + 1 :]):
        return p
    end = p.start + len(text[:comma].rstrip())
    return Person(p.label, p.start, end, p.names[:1])
