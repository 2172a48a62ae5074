"""Every determination on the sheet, as the specimen's identification history.

A sheet carries its determinations on several labels: the name on the data label (the collector's
or the first determiner's), then determination and annotation slips added over the decades ("det.
A. Name 1962", "conf. B. Name 1990", "rev.", "Annotation label"), type labels. Each becomes one
`Identification` (Darwin Core's Identification class): its name with authorship, rank and qualifier
(`names.name_fields`), who determined it (`people.find_people(...).determiners`, or the person
after a confirmation's or a revision's cue) and when (the determination's date, as `dates` read
it), what kind of determination it was (identificationRemarks "conf.", "rev.", "annot.", from the
cue words of `data/determination_kinds.csv`), the type status a type label states; each a
candidate with its confidence and evidence like every field.

Which one is current: `names.name_candidates` chooses the core's name as it always has (the
latest dated determination), and this module decides which determination on the sheet that is:
a "conf." of an older determination confirms it and does not replace it, so the older one stays
current (Darwin Core's identificationVerificationStatus "current"; the others "superseded", or
"confirmation"). Slips without a date make the order uncertain: then every status is flagged
`order_uncertain` and stays below 0.9. The core's determiner and date are the current one's
(`core_terms`): one place decides, and the record cannot disagree with its history.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache

from models.dwc import IDENTIFICATION_TERMS, Term
from models.fields import CONFIRMATION, CURRENT, SUPERSEDED, FieldCandidate, Identification
from pipelines.fields.dates import DatedSpan
from pipelines.fields.geo import countries, fold, states
from pipelines.fields.lexicon import data_rows
from pipelines.fields.name_keys import det_line
from pipelines.fields.names import (
    NameMatch,
    annotation_determiner,
    name_fields,
    type_status_candidates,
)
from pipelines.fields.people import given_name_only, persons_at
from pipelines.fields.people.cues import DET
from pipelines.fields.roles import Role
from pipelines.fields.slips import signature
from pipelines.fields.text import Label, candidate

__all__ = ["IDENTIFICATION_TERMS", "core_terms", "find_identifications", "remark_cue"]

# What the core takes from its current identification.
CORE_TERMS = (
    Term.scientificName.value,
    Term.scientificNameAuthorship.value,
    Term.taxonRank.value,
    Term.identificationQualifier.value,
    Term.identifiedBy.value,
    Term.dateIdentified.value,
)

CONF, REV, ANNOT = "conf.", "rev.", "annot."
# How far a determination line may stand from its name: below it, above it (lines)
_BELOW, _ABOVE = 3, 2
# A confirmation's or a revision's cue before a person, not the Latin "compare" before an epithet:
# after it a capital, a figure, the line's end, or a word that leads to the person ("conf. by")
_LEADS_TO_PERSON = re.compile(r"(?:by|par|von|door|av|af|por|da)\b")
_YEAR = re.compile(r"(?<!\d)(1[6-9]\d\d|20[0-4]\d)(?!\d)")

# the status's rule belief: order read from the slips' dates, or uncertain
_SURE, _UNSURE = 0.9, 0.6


@cache
def _kinds() -> tuple[tuple[re.Pattern[str], str], ...]:
    """(pattern, remark) for each cue of `data/determination_kinds.csv`, longest first."""
    rows = sorted(data_rows("determination_kinds.csv"), key=lambda r: -len(r["cue"]))
    out = []
    for row in rows:
        cue = row["cue"].strip()
        body = r"\s?\.".join(re.escape(p).replace(r"\ ", r"\s+") for p in cue.split("."))
        if cue[:1].isalpha():
            body = r"(?<![^\W\d_])" + body
        if cue[-1:].isalpha():
            body += r"(?![^\W\d_])"
        flags = re.IGNORECASE if row["case"] == "any" else 0
        out.append((re.compile(body, flags), row["remark"]))
    return tuple(out)


def remark_cue(line: str) -> tuple[str, int, int] | None:
    """The kind of determination a line's cue word names ("conf.", "rev.", "annot."), and where
    the cue stands in the line; None for a line without one. A confirmation's or a revision's cue
    must lead to a person or a date ("conf. K. Muster 1990", "vidi 1985"): before a lower-case
    word it is a qualifier ("Exemplia conf. sampleana")."""
    for pattern, remark in _kinds():
        for m in pattern.finditer(line):
            rest = line[m.end() :].lstrip(" \t:.,")
            if remark != ANNOT and rest[:1].islower() and not _LEADS_TO_PERSON.match(rest):
                continue
            return remark, m.start(), m.end()
    return None


@dataclass
class _Cue:
    """A determination line: its label, line, cue and what kind of determination it records."""

    label: Label
    line: int
    remark: str  # "", "conf.", "rev."
    start: int  # the cue's span in label.flat (the line's start for a plain "det." line)
    end: int


@dataclass
class _Entry:
    label: Label
    line: int
    name: NameMatch | None = None
    cue: _Cue | None = None
    fields: dict[str, FieldCandidate] = field(default_factory=dict)
    original: bool = False  # the data label's own name, written before any slip
    slip: bool = False  # on a determination slip (its label's role), added after the data label

    @property
    def remark(self) -> str:
        found = self.fields.get(Term.identificationRemarks.value)
        return found.value if found is not None else ""

    @property
    def date(self) -> str:
        found = self.fields.get(Term.dateIdentified.value)
        return found.value if found is not None else ""

    def order(self) -> tuple[int, str, int, int]:
        """Oldest first: the data label's undated names, undated slips, then by date."""
        if self.date:
            return (2, self.date, self.label.position, self.line)
        return (0 if self.original else 1, "", self.label.position, self.line)


def _cue_line(text: str) -> bool:
    """Whether a line opens a determination of its own (`_cues`)."""
    found = remark_cue(text)
    return (found is not None and found[0] != ANNOT) or det_line(text)


# "Rev." capitalised opening a line before a name and its year ("Rev. J. Beispiel 1992")
_REV_SIGNED = re.compile(r"[\W_]*Rev\.\s?(?=[A-Z])")


def _cues(labels: Sequence[Label]) -> list[_Cue]:
    out = []
    for lab in labels:
        lines = [ln.text for ln in lab.lines]
        for i, ln in enumerate(lab.lines):
            found = remark_cue(ln.text)
            if found is not None and found[0] != ANNOT:
                remark, s, e = found
                out.append(_Cue(lab, i, remark, ln.start + s, ln.start + e))
            elif det_line(ln.text):
                # (from the key where a collector's line runs into it: "leg. K. Muster
                # 12.6.1931 det. J. Beispiel 1960", the date before the key the collection's)
                key = DET.search(ln.text)
                at = ln.start + (key.start() if key is not None else 0)
                out.append(_Cue(lab, i, "", at, at))
            elif (
                (rev := _REV_SIGNED.match(ln.text)) is not None
                and signature(ln.text) is not None
                and any(det_line(t) for j, t in enumerate(lines) if j != i)
            ):
                # "Det. K. Muster 1985 / Rev. J. Beispiel 1992": under a determination, the
                # capitalised key with a name and a year is a revision's, no reverend's
                out.append(_Cue(lab, i, REV, ln.start + rev.start(), ln.start + rev.end()))
    return out


def _annotated(lab: Label) -> tuple[int, int] | None:
    """The span of an annotation label's heading ("ANNOTATION LABEL"), if the label has one."""
    for ln in lab.lines:
        found = remark_cue(ln.text)
        if found is not None and found[0] == ANNOT:
            return ln.start + found[1], ln.start + found[2]
    return None


def _distance(cue: _Cue, name: NameMatch) -> float | None:
    """How far a determination line stands from a name on its label, in lines (None: too far):
    a line below the name is nearer than one above it."""
    if cue.label is not name.label:
        return None
    lab = name.label
    first, last = lab.line_no(name.start), lab.line_no(max(name.start, name.end - 1))
    if cue.line > last:
        return cue.line - last if cue.line - last <= _BELOW else None
    if cue.line < first:
        return first - cue.line + 0.5 if first - cue.line <= _ABOVE else None
    return 0.0 if cue.start >= name.end or cue.remark == "" else 0.5


def _pair(cues: list[_Cue], names: list[NameMatch]) -> dict[int, int]:
    """name index -> cue index: each name with its nearest determination line, nearest first."""
    pairs = sorted(
        (d, c, n)
        for c, cue in enumerate(cues)
        for n, name in enumerate(names)
        if (d := _distance(cue, name)) is not None
    )
    named: dict[int, int] = {}
    taken: set[int] = set()
    for _, c, n in pairs:
        if n not in named and c not in taken:
            named[n] = c
            taken.add(c)
    # a slip the segmenter cut in two: the name alone on a short label, its "det." line opening
    # the next label, which names nothing ("Exemplia sampleana Bl." / "det. A. Person 1990")
    for c, cue in enumerate(cues):
        if c in taken or cue.line != 0 or any(n.label is cue.label for n in names):
            continue
        before = [
            n
            for n, name in enumerate(names)
            if n not in named
            and name.label.position == cue.label.position - 1
            and len(name.label.lines) <= 2
        ]
        if before:
            named[before[-1]] = c
            taken.add(c)
    # a printed form's "Det." row, further below the name than a slip's line: the label's one
    # name left is the one it determined
    for c, cue in enumerate(cues):
        if c in taken:
            continue
        above = [
            n
            for n, name in enumerate(names)
            if name.label is cue.label and name.start < cue.start and n not in named
        ]
        if len(above) == 1 and not any(n.label is cue.label for n in map(names.__getitem__, named)):
            named[above[0]] = c
            taken.add(c)
    return named


def _determiner(
    cue: _Cue, dets: Sequence[FieldCandidate], names: Sequence[NameMatch] = ()
) -> FieldCandidate | None:
    """Who made the determination of a cue's line: the determiner found on it or under it (not
    a name's words: "Determinavit: / Exemplia sampleana Bl. / A. Person 1990"), else the person
    right after a confirmation's or a revision's cue."""
    lab = cue.label
    for d in dets:
        s = d.evidence.start
        if d.evidence.label != lab.label or s is None or s < cue.end:
            continue
        if any(n.label is lab and n.start <= s < n.end for n in names):
            continue
        if cue.line <= lab.line_no(s) <= cue.line + 2:
            return d
    if not cue.remark:
        return None
    ln = lab.lines[cue.line]
    head = cue.end + len(lab.flat[cue.end : ln.end]) - len(lab.flat[cue.end : ln.end].lstrip(" :"))
    by = _LEADS_TO_PERSON.match(lab.flat, head)
    if by is not None:
        head = (
            by.end()
            + len(lab.flat[by.end() : ln.end])
            - len(lab.flat[by.end() : ln.end].lstrip(" :"))
        )
    p = persons_at(lab, head, end=ln.end)
    if p is None:
        return None
    value = " | ".join(p.names)
    conf, flags = 0.8, []
    if given_name_only(value):
        conf, flags = conf * 0.2, ["given_name_only"]
    return candidate(
        Term.identifiedBy, value, conf, lab, p.start, p.end, "det.remark_keyword", flags
    )


def _date(cue: _Cue, dated: Sequence[DatedSpan]) -> FieldCandidate | None:
    """The date of a cue's line (or of the line under it: "det. A. Person / 12.v.1990"), as the
    dates parser read it (the century a two-digit year takes from the sheet); else a year."""
    lab = cue.label
    for below in (0, 1):
        i = cue.line + below
        if i >= len(lab.lines):
            break
        if below and _cue_line(lab.lines[i].text):
            break  # "det. J. Beispiel / conf. A. Exemplo 1999": the confirmation's date
        for d in dated:
            if d.label is not lab or lab.line_no(d.date.start) != i or d.date.start < cue.start:
                continue
            return candidate(
                Term.dateIdentified,
                d.date.iso,
                d.date.confidence * 0.9,
                lab,
                d.date.start,
                d.date.end,
                d.date.rule,
                d.date.flags,
            )
    ln = lab.lines[cue.line]
    m = _YEAR.search(lab.flat, max(cue.start, ln.start), ln.end)
    if m is None:
        return None
    return candidate(Term.dateIdentified, m.group(1), 0.7, lab, m.start(1), m.end(1), "det.year")


def _same_taxon(a: _Entry, b: _Entry) -> bool:
    name = Term.scientificName.value
    x, y = a.fields.get(name), b.fields.get(name)
    return x is not None and y is not None and x.value.split()[:2] == y.value.split()[:2]


def find_identifications(
    labels: Sequence[Label],
    roles: Mapping[int, Role],
    names: Sequence[NameMatch],
    determiners: Sequence[FieldCandidate],
    dated: Sequence[DatedSpan],
    core: Mapping[str, FieldCandidate],
) -> list[Identification]:
    """The sheet's determinations, oldest first, the current one carrying the core's name.

    `labels`: the labels names are read on (data, determination and donor labels, stamp lines
    blanked); `names`: `names.proposable_names` of them; `determiners`: `find_people`'s; `dated`:
    `label_dates`; `core`: the fields chosen so far (its scientificName is the current one's). A
    record without a name has no history: nothing in it could be vouched for as current.
    """
    chosen = core.get(Term.scientificName.value)
    if chosen is None:
        return []
    # "Exemplia sampleana Bl. / = Exemplia probata Beisp.": one determination, the name equated
    # with the one above it (the name the core takes); nor is a place a determination, nor an
    # abbreviated genus no name spells out (an author's "L." read with the word after it)
    names = [
        n
        for n in names
        if not _equated_below(n, names)
        and not _place(n.genus, n.epithet)
        and (not n.genus.endswith(".") or _same_words(n, chosen))
    ]
    cues = _cues(labels)
    paired = _pair(cues, names)
    entries: list[_Entry] = []
    slip_roles = (Role.determination,)
    original = _original(names, paired, roles, chosen)
    for n, name in enumerate(names):
        lab = name.label
        # a name alone on a slip of its own, without a determination line: a determination only
        # when printed with its author (a caption in capitals is read as a name too)
        slip = name.slip and _AUTHORED.fullmatch(name.authorship) is not None
        on_slip = roles.get(lab.label) in slip_roles or slip
        if n not in paired and not on_slip and n != original:
            continue
        entry = _Entry(lab, lab.line_no(name.start), name, cues[paired[n]] if n in paired else None)
        entry.original = n == original
        entry.slip = roles.get(lab.label) is Role.determination
        entries.append(entry)
    # a determination slip that prints no name ("Det. A. Exempel, 1968" on a slip of its own,
    # a confirmation after it at most): the determination of the data label's own name, the one
    # such slip on the sheet (of two, which determined that name the sheet does not say; under a
    # revision, "Det. A. Exempel 1968 / Rev. J. Beispiel 1990", the reviser's name is current)
    loose = [
        cue
        for c, cue in enumerate(cues)
        if c not in paired.values() and not any(name.label is cue.label for name in names)
    ]
    unnamed = [cue for cue in loose if not cue.remark]
    own = next((e for e in entries if e.original and e.cue is None), None)
    # and only where the sheet prints no other determination of a name: beside one, which of
    # them the unnamed slip signed the sheet does not say
    if (
        own is not None
        and all(e is own for e in entries)
        and len(unnamed) == 1
        and all(cue.remark == CONF for cue in loose if cue is not unnamed[0])
    ):
        own.cue = unnamed[0]
    else:
        unnamed = []
    for c, cue in enumerate(cues):
        if c in paired.values() or cue in unnamed:
            continue
        # a confirmation on a slip of its own names no taxon: it confirms the name then current;
        # so does a determination signed under another one of the name above them ("Exempla
        # ornata / Det. K. Muster 1990 / Det. J. Beispiel 2005")
        near = [n for n, name in enumerate(names) if _distance(cue, name) is not None]
        stacked = bool(near) and all(
            n in paired and cues[paired[n]].label is cue.label and cues[paired[n]].line < cue.line
            for n in near
        )
        if (cue.remark == CONF and not near) or stacked:
            entries.append(_Entry(cue.label, cue.line, None, cue))

    for entry in entries:
        _fill(entry, determiners, dated, chosen, core, names)
    if not any(_carries(e, chosen) for e in entries):
        # the core's name came from no determination found here (a genus alone on its line)
        lab = next((x for x in labels if x.label == chosen.evidence.label), labels[0])
        entry = _Entry(lab, lab.line_no(chosen.evidence.start or 0), original=True)
        entry.fields = {t: c for t, c in core.items() if t in _NAME_TERMS}
        entries.append(entry)
    _type_status(entries)
    entries.sort(key=_Entry.order)
    _confirmed_names(entries)
    at = next(i for i, e in enumerate(entries) if _carries(e, chosen))
    current = _current(entries, at)
    if not entries[current].date:
        # taken as current though undated: the latest, as far as the sheet tells
        entries.append(entries.pop(current))
        at = len(entries) - 1 if at == current else at - (at > current)
        current = len(entries) - 1
    named = entries[current].name
    if current != at and "several_taxa" in chosen.flags and named is not None:
        # the doubt the core's name carried: the sheet names more than one taxon
        doubted = name_fields(named, ["several_taxa"], doubt=0.8)
        entries[current].fields.update({c.term: c for c in doubted})
    _lend(entries, current, core)
    return _statuses(entries, current, at)


def _lend(entries: list[_Entry], current: int, core: Mapping[str, FieldCandidate]) -> None:
    """Give the current determination the core's determiner and date where it found none of its
    own (a form's "Det." row on another label, a packet's determiner printed apart), unless they
    are another determination's."""
    for term in (Term.identifiedBy.value, Term.dateIdentified.value):
        cand = core.get(term)
        if cand is None or term in entries[current].fields:
            continue
        if any(_same_span(cand, e.fields.get(term)) for e in entries):
            continue
        entries[current].fields[term] = cand


def _same_span(a: FieldCandidate, b: FieldCandidate | None) -> bool:
    return b is not None and (a.evidence.label, a.evidence.start) == (
        b.evidence.label,
        b.evidence.start,
    )


def _original(
    names: Sequence[NameMatch],
    paired: Mapping[int, int],
    roles: Mapping[int, Role],
    chosen: FieldCandidate,
) -> int | None:
    """The index of the data label's own name, the sheet's first identification: of the names
    on data labels without a determination line, the likeliest; when the core did not choose it,
    only a name printed with its author ("Exemplia sampleana (L.) Bl."): a host plant, a place
    or a phrase the names parser let through is seldom printed so. None without one."""
    found = []
    for n, name in enumerate(names):
        if n in paired or roles.get(name.label.label) is Role.determination or name.slip:
            continue
        carried = name.label.label == chosen.evidence.label and name.start == chosen.evidence.start
        if not carried and not _AUTHORED.fullmatch(name.authorship):
            continue
        found.append((carried, name.score, -name.label.position, -name.start, n))
    return max(found)[-1] if found else None


def _same_words(name: NameMatch, chosen: FieldCandidate) -> bool:
    return (name.label.label, name.start) == (chosen.evidence.label, chosen.evidence.start)


def _equated_below(name: NameMatch, names: Sequence[NameMatch]) -> bool:
    """Whether a name is equated with another right after it ("... Bl. / = Exemplia ...")."""
    lab = name.label
    line = lab.line_no(name.start)
    return any(
        other.label is lab
        and other.start > name.start
        and lab.flat[: other.start].rstrip().endswith("=")
        and lab.line_no(other.start) - line <= 1
        for other in names
    )


# an author as botanists and zoologists print one: "(L.) Bl.", "Sw.", "Hook. & Arn.", "L"
_AUTHORED = re.compile(r"[A-Z]|.*[.()&].*")


def _place(genus: str, epithet: str) -> bool:
    """Whether a would-be name is a country's or a state's name ("Puerto rico")."""
    key = fold(f"{genus} {epithet}")
    return key in countries() or key in states()


_NAME_TERMS = (
    Term.scientificName.value,
    Term.scientificNameAuthorship.value,
    Term.taxonRank.value,
    Term.identificationQualifier.value,
)


def _carries(entry: _Entry, chosen: FieldCandidate) -> bool:
    """Whether the entry's name is the one the core chose (the same words of the same label)."""
    name = entry.fields.get(Term.scientificName.value)
    return (
        name is not None
        and name.evidence.label == chosen.evidence.label
        and name.evidence.start == chosen.evidence.start
    )


def _fill(
    entry: _Entry,
    determiners: Sequence[FieldCandidate],
    dated: Sequence[DatedSpan],
    chosen: FieldCandidate,
    core: Mapping[str, FieldCandidate],
    names: Sequence[NameMatch] = (),
) -> None:
    out = entry.fields
    if entry.name is not None:
        for c in name_fields(entry.name, []):
            out[c.term] = c
        if _carries(entry, chosen):
            # the core's own candidates, with the doubts it weighed ("several_taxa")
            out.update({t: c for t, c in core.items() if t in _NAME_TERMS})
    cue = entry.cue
    if cue is not None:
        who = _determiner(cue, determiners, names)
        when = _date(cue, dated)
        if who is not None:
            out[who.term] = who
        if when is not None:
            out[when.term] = when
        if who is None and entry.name is not None:
            # a form's "Determinavit:" over the name, the determiner signing under it
            for c in annotation_determiner(entry.name):
                out.setdefault(c.term, c)
        if cue.remark:
            lab = cue.label
            out[Term.identificationRemarks.value] = candidate(
                Term.identificationRemarks,
                cue.remark,
                0.85,
                lab,
                cue.start,
                cue.end,
                "identification.remark",
            )
    elif entry.name is not None:
        # the annotation line under a name, without "det." ("KRW 1936")
        for c in annotation_determiner(entry.name):
            out[c.term] = c
    heading = _annotated(entry.label)
    if heading is not None and Term.identificationRemarks.value not in out:
        s, e = heading
        out[Term.identificationRemarks.value] = candidate(
            Term.identificationRemarks, ANNOT, 0.8, entry.label, s, e, "identification.annotation"
        )


def _type_status(entries: list[_Entry]) -> None:
    """The type status a type label states, for the first determination on that label."""
    done: set[int] = set()
    for entry in sorted(entries, key=lambda e: (e.label.position, e.line)):
        if entry.name is None or entry.label.label in done:
            continue
        done.add(entry.label.label)
        for c in type_status_candidates([entry.label]):
            entry.fields[c.term] = c


def _confirmed_names(entries: list[_Entry]) -> None:
    """A confirmation without a name confirms the latest determination before it that named one:
    it takes that name (flagged: the slip itself does not print it)."""
    for i, entry in enumerate(entries):
        if entry.name is not None or Term.scientificName.value in entry.fields:
            continue
        before = [e for e in entries[:i] if Term.scientificName.value in e.fields]
        if not before:
            continue
        for t in _NAME_TERMS:
            if t in before[-1].fields:
                c = before[-1].fields[t]
                entry.fields[t] = c.model_copy(update={"flags": [*c.flags, "name_of_confirmed"]})


def _current(entries: list[_Entry], at: int) -> int:
    """The index of the current determination. `at` carries the core's name (`names` chose it:
    the latest dated determination as it reads them); where that is a "conf." of an older
    determination of the same taxon, the older one is current, and a later dated determination
    of the same taxon is the current one of that name ("det. A. Person / 12.v.1985" under the
    name, an older slip of it dated on its own line)."""
    base = at
    if _confirms_older(entries, at):
        base = [
            i
            for i in range(at)
            if entries[i].remark != CONF and _same_taxon(entries[i], entries[at])
        ][-1]
    # a determination slip of the same taxon, undated, is later than the data label's own name
    # ("Exampla minor / ..." and "DETERMINAVIT / Exampla minor / K. Muster"): the determiner's
    later = [
        i
        for i, e in enumerate(entries)
        if (e.date or (entries[base].original and e.slip and e.cue is not None))
        and not _confirms_older(entries, i)
        and _same_taxon(e, entries[base])
        and e.order() > entries[base].order()
    ]
    return later[-1] if later else base


def _confirms_older(entries: list[_Entry], i: int) -> bool:
    """Whether entries[i] is a "conf." of a determination before it of the same taxon."""
    return entries[i].remark == CONF and any(
        entries[j].remark != CONF and _same_taxon(entries[j], entries[i]) for j in range(i)
    )


def _uncertain(entries: list[_Entry], current: int) -> bool:
    """Whether the order is uncertain: an undated slip might be newer than the one taken as
    current (the data label's own name is older than any slip), or a determination of another
    taxon is dated later than it."""
    if len(entries) < 2:
        return False
    undated = [i for i, e in enumerate(entries) if not e.date and not e.original]
    if any(i != current for i in undated) or not entries[current].date:
        return True
    return any(
        e.date and e.order() > entries[current].order() and not _same_taxon(e, entries[current])
        for e in entries
    )


def _statuses(entries: list[_Entry], current: int, chosen: int) -> list[Identification]:
    unsure = _uncertain(entries, current)
    out = []
    for i, entry in enumerate(entries):
        if i == current:
            value = CURRENT
            rule = (
                "identification.only"
                if len(entries) == 1
                else "identification.confirmed_older"
                if current != chosen
                else "identification.latest"
            )
        elif entry.remark == CONF:
            value, rule = CONFIRMATION, "identification.confirmation"
        else:
            value, rule = SUPERSEDED, "identification.older"
        cite = (
            entry.fields.get(Term.dateIdentified.value)
            or entry.fields.get(Term.scientificName.value)
            or next(iter(entry.fields.values()), None)
        )
        fields = dict(entry.fields)
        if cite is not None:
            fields[Term.identificationVerificationStatus.value] = FieldCandidate(
                term=Term.identificationVerificationStatus.value,
                value=value,
                confidence=_UNSURE if unsure else _SURE,
                evidence=cite.evidence.model_copy(update={"rule": rule}),
                flags=["order_uncertain"] if unsure else [],
            )
        out.append(Identification(fields=fields))
    return out


def core_terms(
    fields: dict[str, FieldCandidate], history: Sequence[Identification]
) -> dict[str, FieldCandidate]:
    """The record's fields with the current identification's determiner and date (none where it
    has none): what the core carries of the history, so that the two cannot disagree."""
    current = next((i for i in history if i.current), None)
    if current is None:
        return fields
    # in place, the fields' order kept (the calibration reads them in order)
    out = dict(fields)
    for term in CORE_TERMS:
        if term in current.fields:
            out[term] = current.fields[term]
        else:
            out.pop(term, None)
    return out
