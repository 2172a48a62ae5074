"""Determiners: the name after a "Det." keyword, on its line or below it, or beside the key on a
printed form's row.
"""

from __future__ import annotations

import re

from models.dwc import Term
from models.fields import FieldCandidate
from pipelines.fields.institution_names import name_words
from pipelines.fields.people.cues import DET, DET_ALONE, name_stops
from pipelines.fields.people.keyed import keyed_collectors, past_date
from pipelines.fields.people.patterns import CAPW, LOW, UP
from pipelines.fields.people.persons import Person, bare_initialled, persons_at
from pipelines.fields.people.romanise import nominative
from pipelines.fields.people.shapes import (
    has_surname,
    initialled,
    line_head,
    only_noise,
    person_candidate,
)
from pipelines.fields.slips import (
    examined_for,
    form_heading,
    name_line,
    signature,
    unkeyed_slip,
)
from pipelines.fields.text import Label, Line, candidate

# A determination's noun before a name without a colon, the name in the genitive ("Определение
# К. Мустера", "Сбор и определение К. Мустера", "Визначення К. Мюстера")
_DETERMINATION_OF = re.compile(r"(?i:определение|визначення)[ \t]*$")

# The most characters after a "det." key that ends its line: a year and its marks ("1990.", "19__").
_YEAR_AFTER_KEY = 8


def find_determiners(labels: list[Label], lab: Label) -> list[FieldCandidate]:
    """The determiners a "Det." keyword on `lab` names, after it or beside it on a form's row;
    the signers of a determination slip printed without it (`slip_signers`)."""
    dets: list[FieldCandidate] = slip_signers(lab) + _revisions_beside_collector(lab)
    for m in DET.finditer(lab.flat):
        i = lab.line_no(m.start())
        # (only where the key ends its line, bar a year: a long line is read once, not per key)
        ends = len(lab.flat[m.end() : lab.lines[i].end].strip()) <= _YEAR_AFTER_KEY
        signed = determiner_before_keyword(lab, i) if ends else None
        if signed is not None and initialled(signed):
            # "K. Muster det. 19__ / Exampla minor": the slip's signer before the key that ends
            # the line; the name below is the one determined
            dets.append(person_candidate(Term.identifiedBy, signed, 0.8, "det.keyword_after"))
            continue
        p = _determiner_after(lab, m)
        if p is not None:
            c = person_candidate(Term.identifiedBy, p, 0.85, "det.keyword")
            if _DETERMINATION_OF.search(m.group(0)):
                # "Определение К. Мустера": the determination of K. Muster, in the genitive
                c = c.model_copy(update={"value": nominative(c.value)})
            dets.append(c)
        elif (p := _determiner_beside(labels, lab, m)) is not None:
            dets.append(person_candidate(Term.identifiedBy, p, 0.8, "det.beside_keyword"))
        elif (p := determiner_before_keyword(lab, lab.line_no(m.start()))) is not None:
            dets.append(person_candidate(Term.identifiedBy, p, 0.8, "det.keyword_after"))
        elif ends and (p := _braced_above(lab, i)) is not None:
            dets.append(person_candidate(Term.identifiedBy, p, 0.85, "det.keyword"))
    return dets


def _braced_above(lab: Label, i: int) -> Person | None:
    """The name after a brace on the line above a "det." key alone ("leg. / } K. Muster / det.",
    "leg. } K. Muster / det. }"): the brace gives it to the keys above and below it."""
    if i == 0 or not DET_ALONE.fullmatch(lab.lines[i].text.replace("}", "")):
        return None
    above = lab.lines[i - 1]
    brace = above.text.rfind("}")
    if brace < 0:
        return None
    head = above.start + brace + 1
    head += len(lab.flat[head : above.end]) - len(lab.flat[head : above.end].lstrip())
    p = persons_at(lab, head, end=above.end, abbreviated=True)
    return (
        p if p is not None and has_surname(p) and only_noise(lab.flat[p.end : above.end]) else None
    )


def slip_signers(lab: Label) -> list[FieldCandidate]:
    """Who signed a determination slip printed without "det." ("ANNOTATION LABEL / Exampla minor
    / K. Muster 1998", `slips.unkeyed_slip`): a determiner beside the keyed ones, whose year
    weighs as theirs when the latest is chosen. Not the signer of an annotation that names no
    plant ("Annotated for Flora Neotropica / K. Muster 1995"): no determination of a name."""
    texts = [ln.text for ln in lab.lines]
    i = unkeyed_slip(texts)
    if i is None and texts and form_heading(texts[0]) and not any(DET.search(t) for t in texts):
        return _signer_over_year(lab)
    if i is None or DET.search(texts[i]) or any(examined_for(t) for t in texts[:i]):
        return []
    found = signature(texts[i])
    if found is None:
        return []
    line = lab.lines[i]
    who = " | ".join(found.persons(line.text))
    s, e = line.start + found.start, line.start + found.end
    return [candidate(Term.identifiedBy, who, 0.7, lab, s, e, "det.signature")]


# a year alone on its line, or a date ending in one ("2011", "12.iii.2011", "March 2011")
# (a year's last two figures here and below perhaps the OCR's "O" for a nought: "19O5")
_YEAR_LINE = re.compile(r"[\s\w.,/-]{0,14}(?<!\d)(?:1[6-9]|20)[\dO]{2}[\s.]*")


def _signer_over_year(lab: Label) -> list[FieldCandidate]:
    """The signer of a printed slip's form ("ANNOTATION LABEL / Exampla minor Muster / J.
    Beispiel / 2011") whose name and year stand on lines of their own: the first line of a name
    with initials alone under the name determined, a year's line under it."""
    for k in range(1, len(lab.lines) - 1):
        ln = lab.lines[k]
        if name_line(ln.text):
            continue
        p = persons_at(lab, ln.start + line_head(ln.text), end=ln.end)
        if (
            p is None
            or not initialled(p)
            or not only_noise(lab.flat[p.end : ln.end])
            or not any(name_line(t.text) for t in lab.lines[1:k])
            or _YEAR_LINE.fullmatch(lab.lines[k + 1].text) is None
        ):
            return []
        return [person_candidate(Term.identifiedBy, p, 0.7, "det.signature")]
    return []


# "Rev." capitalised opening a line before a name ("Rev. J. Beispiel 1985")
_REV_LINE = re.compile(r"[\W_]*Rev\.\s?(?=[A-Z])")


def _revisions_beside_collector(lab: Label) -> list[FieldCandidate]:
    """ "Rev. J. Beispiel 1985" with its year on a label whose collector or determiner a key
    names on another line ("Coll. A. Exempel / Rev. J. Beispiel 1985", "Det. A. Exempel 1980 /
    Rev. J. Beispiel 1985"): a revision's signature, no reverend's (a reverend collects where no
    other collector is keyed, and signs without a year)."""
    found = [
        (i, sig)
        for i, ln in enumerate(lab.lines)
        if _REV_LINE.match(ln.text) and (sig := signature(ln.text)) is not None and sig.cue
    ]
    if not found:
        return []
    own = {i for i, _ in found}
    if not any(
        c.evidence.start is not None
        and c.evidence.rule == "collector.keyword"  # (a sender's "Comm." is no collector's key)
        and lab.line_no(c.evidence.start) not in own
        for c in keyed_collectors(lab)[0]
    ) and not any(
        # "Det. K. Muster 1985 / Rev. J. Beispiel 1992": a determiner's key on another line
        DET.search(ln.text) is not None
        for i, ln in enumerate(lab.lines)
        if i not in own
    ):
        return []
    out = []
    for i, sig in found:
        line = lab.lines[i]
        who = " | ".join(sig.persons(line.text))
        s, e = line.start + sig.start, line.start + sig.end
        out.append(candidate(Term.identifiedBy, who, 0.8, lab, s, e, "det.keyword"))
    return out


# What follows a determiner's name on the slips of insect collections and old herbaria ("K.
# Muster det. 1990", "K. Muster, det.", "K. Muster leg. et det.", "K. Muster det. 19__", "K.
# Muster vid. 1990", "K. Muster conf."): the key, a year at most.
_DET_AFTER = re.compile(
    r"[\s,]*(?P<leg>(?i:leg|coll)\.?\s?(?:et|&|and|\+)\s?)?(?:(?i:det)|vid|vidit|conf|rev)(?:\.|\b)[\s.,]*"
    # "det. 19__": a printed slip's century, its year never written in
    r"(?:(?:1[6-9]|20)[\dO]{2}|['’]\d\d|1[89][_.]*(?!\d))?[\s.,]*"
)


def determiner_before_keyword(lab: Label, i: int) -> Person | None:
    """The name that opens line `i` before a "det." key that ends it ("K. Muster det. 1990")."""
    line = lab.lines[i]
    p = persons_at(lab, line.start + line_head(line.text), end=line.end)
    if p is None or not has_surname(p) or _DET_AFTER.fullmatch(lab.flat, p.end, line.end) is None:
        return None
    return p


def collector_before_keys(lab: Label, i: int) -> Person | None:
    """The name that opens line `i` before a key shared by collector and determiner ("K. Muster
    leg. et det.")."""
    line = lab.lines[i]
    p = persons_at(lab, line.start + line_head(line.text), end=line.end)
    if p is None or not has_surname(p):
        return None
    m = _DET_AFTER.fullmatch(lab.flat, p.end, line.end)
    return p if m is not None and m.group("leg") else None


# A printed form's field left blank: its rule or dots ("______", "........", "- - - -")
_BLANK = re.compile(r"[\s:.,]*(?:[_.\-–…][ \t]?){3,}[\s]*")


def _determiner_after(lab: Label, m: re.Match[str]) -> Person | None:
    """The name after a "Det." keyword: on its line, or below it ("Det.by '57 / H.A.Scovell"),
    past lines of the OCR's fragments of a year or of initials ("Det. by / V.&, / H.A.Scovell",
    "Det.by / 69 / H.A.Scovell", "Det.by / V.& / &C. / H.A.Scovell"); initials alone on the key's
    line ("Det. K.L.M.P.")."""
    i = lab.line_no(m.start())
    # "Det. 1972 K. Muster", "rev. 12.VI.1972 K. Muster": the date between the key and the name
    at = past_date(lab, m.end())
    if name_line(lab.flat[at : lab.lines[i].end]) or (
        lab.flat[at : lab.lines[i].end].strip()
        and i + 1 < len(lab.lines)
        and _BY_LINE.match(lab.lines[i + 1].text)
        # (a name with initials after the key is the determiner's: "Det. K. Muster / By
        # request of J. Beispiel")
        and not ((k := persons_at(lab, at, end=lab.lines[i].end)) is not None and initialled(k))
    ):
        # "Det.: Exampla minor Muster / By: K. Beispiel": the key opens the name determined
        # (its genus no person), the determiner follows a "by" on its line or under it (a "by"
        # opening the next line says so of a name in capitals too: "DET.: EXAMPLA MINOR / BY:
        # K. BEISPIEL")
        return _determiner_by(lab, at, i)
    p = persons_at(lab, at, end=lab.lines[i].end, abbreviated=True) or bare_initialled(
        lab, at, lab.lines[i].end
    )
    if p is not None and _cut_by_word(lab, p, lab.lines[i].end):
        return None  # "Det. CSIRO staff", "Det. Brit. Mus.": an institution, no person
    if p is not None and has_surname(p) and not _author_above_name(lab, p):
        return _surname_below(lab, p)
    if (q := _initials_after(lab, m.end(), lab.lines[i].end)) is not None:
        return q
    if re.search(
        rf"(?<![^\W\d_])(?:[{UP}]|(?<!\d)\d)\.\s?\S*[^\W\d_]{{3}}",
        lab.flat[at : min(lab.lines[i].end, at + 40)],
    ):
        # "Identified by J. 8eispiel / Jan 1990", "Det. 3. Beispiel, 1975 / WIS-L-...": the name
        # on the key's line, misread (its initial read as a figure); the line below is no
        # determiner's
        return None
    if _BLANK.fullmatch(lab.flat[m.end() : lab.lines[i].end]):
        return None  # "Det.: ______", "Det. ......": a form's field left blank; below is another
    return _signer_below(lab, i, named=False)


# The "by" of a determination slip's form whose "Det." opens the name determined ("Det.: Exampla
# minor Muster / By: K. Beispiel"), in the slips' languages ("par", "por", "von", "da"): after the
# name on the key's line, or opening a line under it.
# (the OCR's "8" for the "B": "8y: K. Beispiel")
_BY_KEY = re.compile(r"(?<![^\W\d_])(?:(?i:by|par|por)|8y)[ \t]?[:.]?[ \t]*(?=[^\W\d_])")
_BY_LINE = re.compile(rf"[\W_]*{_BY_KEY.pattern}")
# the lines under the key read for the "by" line, at most
_BY_REACH = 3


def _determiner_by(lab: Label, at: int, i: int) -> Person | None:
    """The determiner of a slip whose "Det." key opens the name determined: the name after a
    "by" later on the key's line ("Det. Exampla minor L. by K. Muster"), or opening one of the
    lines under it ("By: K. Muster 1990"), or a line of a name alone there ("K. Muster 1990");
    None where none is, never the genus after the key ("Det.: Exampla minor": no person)."""
    line = lab.lines[i]
    # (past the name's genus and epithet: "Exampla byssina" holds no "by" key)
    words = re.match(r"\S+\s+\S+", lab.flat[at : line.end])
    on_line = _BY_KEY.search(lab.flat, at + (words.end() if words else 0), line.end)
    if on_line is not None:
        p = persons_at(lab, on_line.end(), end=line.end, abbreviated=True)
        return p if p is not None and has_surname(p) else None
    return _signer_below(lab, i, named=True)


def _signer_below(lab: Label, i: int, *, named: bool) -> Person | None:
    """The determiner on the lines under the key's line `i` (a few, `_BY_REACH`), past the lines
    of the name determined ("DETERMINAVIT / Exampla minor L. / K. Muster") and the OCR's
    fragments of a year or of initials ("Det.by / 69 / H.A.Scovell"): a name after a "by" opening
    its line ("By: K. Muster 1990"), or a line of a name ("H.A.Scovell", ", H.L.Dixon" past the
    mark the OCR read before it), or initials whose stops the OCR lost after a "by" or before a
    year at most ("Det.by '68 / K Muster"); never past a line of words that name nobody.

    `named`: the key opened the name determined (`_determiner_by`: "Det.: Exampla minor / By:
    K. Muster"): a name without a "by" needs its initials there (the name's author stands on
    such lines: "Exampla minor / Muster")."""
    for ln in lab.lines[i + 1 : i + 1 + _BY_REACH]:
        if name_line(ln.text):
            continue  # the name determined, its author or its synonym on a line of its own
        by = _BY_LINE.match(ln.text)
        head = ln.start + (by.end() if by else line_head(ln.text))
        if by is None:
            # ", H.L.Dixon": a mark the OCR read before the name
            tail = lab.flat[head : ln.end]
            head += len(tail) - len(tail.lstrip(",;:. "))
        p = persons_at(lab, head, end=ln.end, abbreviated=by is not None)
        if p is not None and by is None and _author_above_name(lab, p):
            continue
        if p is not None and has_surname(p) and (by is not None or not named or initialled(p)):
            return _surname_below(lab, p)
        if (
            p is None
            and (q := bare_initialled(lab, head, ln.end)) is not None
            and (
                by is not None
                or (
                    not named
                    and _BARE_SIGNER_TAIL.fullmatch(lab.flat, q.end, ln.end)
                    and not _BEARING.match(lab.flat, q.start)
                )
            )
        ):
            return q  # "By: L Samplewood", "Det.by '68 / K Muster": the initial's stop lost
        if re.search(r"[^\W\d_]{3}", ln.text):
            return None  # a line of words that name nobody: the name is not further down
    return None


# what may follow a signer whose initials lost their stops on the line under the key: a year
_BARE_SIGNER_TAIL = re.compile(r"[\s,.]*(?:(?:1[6-9]|20)[\dO]{2})?[\s.]*")
# a compass point's letter alone before a word ("N Sampleton"): a bearing and a place
_BEARING = re.compile(r"[NSEW][ \t](?![A-Z][ \t])")

# A word right after a name, one blank or a stop between them ("CSIRO staff", "Brit. Mus."; not
# across a form's gap: "Det. K. Muster<tab>Date ...").
_WORD_AFTER = re.compile(r"\.?[ ]?(?P<w>[^\W\d_]{2,})")
# The words that make the name before them an institution's after "Det." ("Det. BM staff",
# "Det. Brit. Mus.", "Det. Herb. Kew"), with the words of institutions' names (`name_words`).
_INSTITUTION_TAIL = frozenset({"staff", "mus", "herb", "hb", "kew", "berol", "brit"})


def _cut_by_word(lab: Label, p: Person, end: int) -> bool:
    """Whether the name was cut short before a word of an institution's name: the words were an
    institution's ("Det. CSIRO staff", "Det. Brit. Mus.", "Det. Herb. Kew")."""
    m = _WORD_AFTER.match(lab.flat, p.end, end)
    if m is None:
        return False
    word = m.group("w").lower()
    return word in _INSTITUTION_TAIL or word in name_words()


def _author_above_name(lab: Label, p: Person) -> bool:
    """ "Det.by/ Cam. '62 / H.A.Scovell": a short word cut by a full stop or a comma, with a name
    in initials on the next line, is the abbreviated author of the name determined (Cameron), as
    "R.& K." is, not the determiner."""
    if len(p.names) != 1 or not re.fullmatch(rf"[{UP}][{LOW}]{{1,3}}", p.names[0]):
        return False
    if not re.match(r"[.,]", lab.flat[p.end : p.end + 1]):
        return False
    i = lab.line_no(p.start) + 1
    if i >= len(lab.lines):
        return False
    nxt = lab.lines[i]
    q = persons_at(lab, nxt.start + line_head(nxt.text), end=nxt.end)
    return q is not None and initialled(q) and has_surname(q)


# A determiner who signed with initials alone ("Det. K.L.M.P."), the rest of the line bar a year.
_INITIALS_ONLY = re.compile(
    rf"(?P<n>(?:[{UP}]\.\s?){{2,5}})(?:[\s,]*(?:1[6-9]|20)[\dO]{{2}})?[\s.,;]*"
)


def _initials_after(lab: Label, start: int, end: int) -> Person | None:
    m = _INITIALS_ONLY.fullmatch(lab.flat, start, end)
    if m is None or re.sub(r"[\s.]", "", m.group("n")).lower() in name_stops():
        return None  # "Det. R.B.G.E.": an institution's initials
    return Person(
        lab, m.start("n"), m.start("n") + len(m.group("n").rstrip()), [m.group("n").strip()]
    )


def _surname_below(lab: Label, p: Person) -> Person:
    """ "Det. . / Barbara / Moore": a given name alone on its line, the surname alone on the next
    (the OCR cut the row where the words stand apart)."""
    i = lab.line_no(p.start)
    line = lab.lines[i]
    if len(p.names) != 1 or re.search(r"[\s.]", p.names[0]) or i + 1 >= len(lab.lines):
        return p
    if not only_noise(lab.flat[p.end : line.end]):
        return p
    nxt = lab.lines[i + 1]
    if not re.fullmatch(rf"\s*{CAPW}[\s.,]*", nxt.text):
        return p
    q = persons_at(lab, p.start, end=nxt.end)
    if q is None or len(q.names) != 1 or q.end <= nxt.start:
        return p
    return q


# "Det." alone at the left of a printed form's row, the typed name further right on that row
# (read as a line of its own, often in another label): on the devset's forms the name's centre
# lies within 24 px of the key's (key 24-33 px high) and starts 47-155 px (2-6 key heights)
# after it.
_BESIDE_GAP = 10.0  # key heights between the key's end and the name's start, at most
_DET_PREFIX = re.compile(r"\s*(?:vel\s+confirm\.?\s*:?\s*|vidi\s+|\?\s*)?")


def _determiner_beside(labels: list[Label], lab: Label, m: re.Match[str]) -> Person | None:
    """The name on the row of a "Det." key that stands alone on its line, read from the nearest
    line to the key's right whose middle is within the key's height of the key's middle."""
    key_line = lab.line_at(m.start())
    key = key_line.box
    if key is None or key.w <= key.h or lab.flat[m.end() : key_line.end].strip(" .:,;-"):
        return None
    middle = key.y + key.h / 2
    beside: list[tuple[int, Label, Line]] = []
    for other in labels:
        for ln in other.lines:
            b = ln.box
            if b is None or b.w <= b.h or ln is key_line:
                continue
            gap = b.x - key.x2
            if 0 <= gap <= _BESIDE_GAP * key.h and abs(b.y + b.h / 2 - middle) <= key.h:
                beside.append((gap, other, ln))
    if not beside:
        return None
    _, other, ln = min(beside, key=lambda t: t[0])
    head = ln.start + line_head(ln.text)
    if (prefix := _DET_PREFIX.match(other.flat, head)) is not None:
        head = prefix.end()  # "vidi KENJI TANABE"
    p = persons_at(other, head, end=ln.end)
    return _surname_below(other, p) if p is not None and has_surname(p) else None
